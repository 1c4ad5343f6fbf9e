"""The day a confirmed status names ("on sale March 5") lets one outlet's later report
release the product. Only a confirmation the rules read may name that day: a rumour's
date carried into the confirmed status would release on one report of a guess."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.core.models import Detection, Label, RawItem, SourceSpec, Status, Target, Trust
from bot.core.ports import PollSuccess
from bot.core.tracker import Tracker
from bot.store.sqlite import SqliteStore

TARGET = Target("Widget 3", maker="Acme", official_domains=("acme.example",))
START = datetime(2026, 3, 1, 12, tzinfo=UTC)
DAY = date(2026, 3, 5)


class Clock:
    def __init__(self) -> None:
        self.at = START

    def now(self) -> datetime:
        return self.at


async def _report(
    store: SqliteStore, clock: Clock, domain: str, detection: Detection, trust: Trust
) -> None:
    """One item from `domain`, published and seen at the clock's time."""
    source = await store.add_source(SourceSpec(f"https://{domain}/feed.xml", trust=trust), "cli")
    item = RawItem("Widget 3 news", link=f"https://{domain}/a", guid=domain, published=clock.at)
    success = PollSuccess(None, None, None, clock.at + timedelta(minutes=15))
    await store.record_poll(source.id, success, [(item, [(TARGET.name, detection)])], clock.at)


async def _replay(
    tmp_path: Path, steps: list[tuple[int, str, Detection, Trust]]
) -> list[tuple[Status, date | None]]:
    """Each step's (day offset, domain, detection, trust) recorded and evaluated in turn;
    the status and its day after each."""
    store = SqliteStore(tmp_path / "bot.db")
    await store.open()
    clock = Clock()
    tracker = Tracker(store, clock, [TARGET])
    seen: list[tuple[Status, date | None]] = []
    try:
        await store.sync_targets([TARGET])
        for offset, domain, detection, trust in steps:
            clock.at = START + timedelta(days=offset)
            await _report(store, clock, domain, detection, trust)
            await tracker.evaluate(TARGET.name)
            status = await store.get_status(TARGET.name)
            seen.append((status.status, status.due))
    finally:
        await store.close()
    return seen


def _said(label: Label, due: date | None = None, by_model: bool = False) -> Detection:
    window = due.isoformat() if due else None
    return Detection(label, 0.9, "…", window=window, due=due, by_model=by_model)


async def test_the_makers_day_and_one_later_report_release(tmp_path: Path) -> None:
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED, DAY), Trust.OFFICIAL),
            (5, "news.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert seen == [(Status.CONFIRMED, DAY), (Status.RELEASED, None)]


async def test_a_rumoured_day_is_not_carried_into_confirmed(tmp_path: Path) -> None:
    seen = await _replay(
        tmp_path,
        [
            (0, "leaks.example", _said(Label.RUMOURED, DAY), Trust.PRESS),
            (1, "a.example", _said(Label.CONFIRMED), Trust.PRESS),
            (2, "b.example", _said(Label.CONFIRMED), Trust.PRESS),
            (6, "c.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert seen == [
        (Status.RUMOURED, None),
        (Status.RUMOURED, None),
        (Status.CONFIRMED, None),
        (Status.CONFIRMED, None),
    ]


async def test_a_day_only_the_second_opinion_reads_counts_for_nothing(tmp_path: Path) -> None:
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED, DAY, by_model=True), Trust.OFFICIAL),
            (5, "news.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert seen == [(Status.CONFIRMED, None), (Status.CONFIRMED, None)]


async def test_a_rumour_only_the_second_opinion_reads_needs_a_second_voice(
    tmp_path: Path,
) -> None:
    """The rules found nothing; the model's "rumoured" on one blog is too thin to announce."""
    seen = await _replay(
        tmp_path,
        [
            (0, "blog.example", _said(Label.RUMOURED, by_model=True), Trust.PRESS),
            (1, "other.example", _said(Label.RUMOURED, by_model=True), Trust.PRESS),
        ],
    )
    assert seen == [(Status.UNKNOWN, None), (Status.RUMOURED, None)]


def _window(label: Label, window: str, opens: date) -> Detection:
    return Detection(label, 0.9, "…", window=window, opens=opens)


async def test_the_makers_window_and_one_plain_report_in_it_release(tmp_path: Path) -> None:
    opens = date(2026, 3, 10)
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _window(Label.CONFIRMED, "2026-03", opens), Trust.OFFICIAL),
            (5, "early.example", _said(Label.RELEASED), Trust.PRESS),
            (12, "news.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert [s for s, _ in seen] == [Status.CONFIRMED, Status.CONFIRMED, Status.RELEASED]


async def test_a_delay_moves_the_windows_first_day(tmp_path: Path) -> None:
    """The maker's new window replaces the old one's first day: a report inside the old
    window, after the delay, is one voice only."""
    seen = await _replay(
        tmp_path,
        [
            (
                0,
                "acme.example",
                _window(Label.CONFIRMED, "2026-03", date(2026, 3, 10)),
                Trust.OFFICIAL,
            ),
            (
                2,
                "news.acme.example",
                _window(Label.CONFIRMED, "2026-06", date(2026, 6, 1)),
                Trust.OFFICIAL,
            ),
            (12, "news.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert [s for s, _ in seen] == [Status.CONFIRMED] * 3

"""The day a confirmed status names ("on sale March 5") lets one outlet's later report
release the product. Only a confirmation the rules read may name that day: a rumour's
date carried into the confirmed status would release on one report of a guess."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

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


def _said(
    label: Label, due: date | None = None, by_model: bool = False, confidence: float = 0.9
) -> Detection:
    window = due.isoformat() if due else None
    return Detection(label, confidence, "…", window=window, due=due, by_model=by_model)


def _reported(due: date, by_model: bool = False) -> Detection:
    """An outlet's report of a day that is not the maker on record ("is now set for")."""
    return _said(Label.CONFIRMED, due, by_model, confidence=0.7)


async def test_the_makers_day_and_one_later_report_release(tmp_path: Path) -> None:
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED, DAY), Trust.OFFICIAL),
            (5, "news.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert seen == [(Status.CONFIRMED, DAY), (Status.RELEASED, None)]


@pytest.mark.parametrize(
    ("days_after", "then"),
    [
        # A product first reported out 86 days after its day (the Surface Laptop 4's first
        # review) is still backed by the maker's day.
        pytest.param(86, (Status.RELEASED, None), id="up-to-ninety-days-releases"),
        pytest.param(170, (Status.RELEASED, None), id="up-to-half-a-year-releases"),
        # Long after the day, it may have slipped by a delay only one outlet reported.
        pytest.param(200, (Status.CONFIRMED, DAY), id="long-after-does-not-release"),
    ],
)
async def test_one_report_after_the_day(
    tmp_path: Path, days_after: int, then: tuple[Status, date | None]
) -> None:
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED, DAY), Trust.OFFICIAL),
            (4 + days_after, "news.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert seen == [(Status.CONFIRMED, DAY), then]


@pytest.mark.parametrize(
    ("days_after", "detection", "trust", "then"),
    [
        pytest.param(
            1,
            _said(Label.RELEASED, by_model=True, confidence=0.98),
            Trust.PRESS,
            Status.RELEASED,
            id="sure-after-the-day-releases",
        ),
        pytest.param(
            1,
            _said(Label.RELEASED, by_model=True, confidence=0.9),
            Trust.PRESS,
            Status.CONFIRMED,
            id="unsure-does-not",
        ),
        pytest.param(
            -3,
            _said(Label.RELEASED, by_model=True, confidence=0.98),
            Trust.PRESS,
            Status.CONFIRMED,
            id="before-the-day-does-not",
        ),
        pytest.param(
            1,
            _said(Label.RELEASED, by_model=True, confidence=0.98),
            Trust.COMMUNITY,
            Status.CONFIRMED,
            id="a-forum-does-not",
        ),
    ],
)
async def test_a_release_only_the_second_opinion_reads_after_the_day(
    tmp_path: Path, days_after: int, detection: Detection, trust: Trust, then: Status
) -> None:
    """The maker's day is the first voice; the second opinion, sure of a release dated
    after it, the second (a graphics card's launch-day review in French)."""
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED, DAY), Trust.OFFICIAL),
            (4 + days_after, "news.example", detection, trust),
        ],
    )
    assert seen[-1][0] is then


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
    """The rules found nothing; the model's unsure "rumoured" on one blog is too thin to
    announce."""
    unsure = _said(Label.RUMOURED, by_model=True, confidence=0.6)
    seen = await _replay(
        tmp_path,
        [
            (0, "blog.example", unsure, Trust.PRESS),
            (1, "other.example", unsure, Trust.PRESS),
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


async def test_one_outlets_later_day_moves_the_makers_day(tmp_path: Path) -> None:
    """A delay one outlet reports ("now opens June 1") replaces a day that would otherwise
    pass unmet and go stale: the real release, reported once after the new day, is out."""
    later = date(2026, 6, 1)
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED, DAY), Trust.OFFICIAL),
            (30, "news.example", _reported(later), Trust.PRESS),
            (60, "early.example", _said(Label.RELEASED), Trust.PRESS),
            (95, "other.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert seen == [
        (Status.CONFIRMED, DAY),
        (Status.CONFIRMED, later),
        (Status.CONFIRMED, later),
        (Status.RELEASED, None),
    ]


async def test_one_outlets_earlier_day_does_not_move_it(tmp_path: Path) -> None:
    """An earlier day would let reports release sooner than the maker said: it needs a
    second voice, and one outlet's report before the maker's day cannot release."""
    sooner = date(2026, 3, 3)
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED, date(2026, 3, 20)), Trust.OFFICIAL),
            (1, "news.example", _reported(sooner), Trust.PRESS),
            (3, "early.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert [day for _, day in seen] == [date(2026, 3, 20)] * 3
    assert [s for s, _ in seen] == [Status.CONFIRMED] * 3


async def test_a_forums_or_the_second_opinions_later_day_does_not_move_it(
    tmp_path: Path,
) -> None:
    later = date(2026, 6, 1)
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED, DAY), Trust.OFFICIAL),
            (20, "forum.example", _reported(later), Trust.COMMUNITY),
            (40, "news.example", _reported(later, by_model=True), Trust.PRESS),
        ],
    )
    assert [day for _, day in seen] == [DAY] * 3


async def test_a_window_only_the_second_opinion_confirms_does_not_hide_the_outlets_day(
    tmp_path: Path,
) -> None:
    """The maker's post the model alone reads as a date names no day; the outlet that
    reads the same day plainly sets it, and the launch-day report releases."""
    later = date(2026, 6, 1)
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED), Trust.OFFICIAL),
            (20, "blog.acme.example", _said(Label.CONFIRMED, later, by_model=True), Trust.OFFICIAL),
            (21, "news.example", _said(Label.CONFIRMED, later), Trust.PRESS),
            (92, "shop.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert seen == [
        (Status.CONFIRMED, None),
        (Status.CONFIRMED, None),
        (Status.CONFIRMED, later),
        (Status.RELEASED, None),
    ]


@pytest.mark.parametrize(("after", "released"), [(3, False), (20, True)])
async def test_the_makers_word_and_one_plain_report_weeks_later_release(
    tmp_path: Path, after: int, released: bool
) -> None:
    """A confirmation without a day: one outlet's plain "is out" report two weeks or more
    after it releases; one in the days of the unveiling, when "launched" may mean
    "announced", waits for a second outlet."""
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED), Trust.OFFICIAL),
            (after, "news.example", _said(Label.RELEASED), Trust.PRESS),
        ],
    )
    assert seen[-1][0] is (Status.RELEASED if released else Status.CONFIRMED)


@pytest.mark.parametrize(
    ("detection", "trust"),
    [
        (_said(Label.RELEASED, confidence=0.65), Trust.PRESS),  # a review, a mention of use
        (_said(Label.RELEASED, by_model=True), Trust.PRESS),
        (_said(Label.RELEASED), Trust.COMMUNITY),
    ],
    ids=["weak-reading", "second-opinion-only", "forum"],
)
async def test_weeks_after_the_makers_word_a_weak_report_is_no_release(
    tmp_path: Path, detection: Detection, trust: Trust
) -> None:
    seen = await _replay(
        tmp_path,
        [
            (0, "acme.example", _said(Label.CONFIRMED), Trust.OFFICIAL),
            (20, "news.example", detection, trust),
        ],
    )
    assert [s for s, _ in seen] == [Status.CONFIRMED, Status.CONFIRMED]

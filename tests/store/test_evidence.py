"""Evidence keeps whose reading it is: the tracker weighs a "released" that only the
trained second opinion read as one voice, so the flag must survive the store and the
snapshots inside notices. So must the day a confirmed status names: after it, one
outlet's report of the release is enough."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.models import (
    Detection,
    Label,
    RawItem,
    SourceSpec,
    Status,
    Target,
    Transition,
    Trust,
)
from bot.core.ports import PollSuccess
from bot.core.tracker import notice_for
from bot.store.codec import evidence_dict, evidence_of
from bot.store.sqlite import SqliteStore

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


async def test_evidence_keeps_whether_the_model_read_it(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "bot.db")
    await store.open()
    try:
        await store.sync_targets([Target("Widget 3", maker="Acme")])
        source = await store.add_source(
            SourceSpec("https://acme.example/feed.xml", trust=Trust.OFFICIAL), "cli"
        )
        items = [
            (
                RawItem("Widget 3 rolls out", link="https://acme.example/a", guid="a"),
                [("Widget 3", Detection(Label.RELEASED, 0.8, "rolls out", by_model=True))],
            ),
            (
                RawItem("Widget 3 is out", link="https://acme.example/b", guid="b"),
                [("Widget 3", Detection(Label.RELEASED, 0.9, "is out"))],
            ),
        ]
        success = PollSuccess(None, None, None, NOW + timedelta(minutes=15))
        await store.record_poll(source.id, success, items, NOW)
        stored = await store.evidence_since("Widget 3", NOW - timedelta(days=1), [Label.RELEASED])
        assert [(e.title, e.by_model) for e in stored] == [
            ("Widget 3 rolls out", True),
            ("Widget 3 is out", False),
        ]
        assert [evidence_of(evidence_dict(e)) for e in stored] == stored
    finally:
        await store.close()


@pytest.mark.parametrize(
    ("window", "due", "opens"),
    [
        ("2026-03-20", date(2026, 3, 20), None),  # a day ("on sale March 20")
        ("this autumn", None, date(2026, 9, 1)),  # a window's first day ("this fall")
    ],
)
async def test_the_day_or_window_start_a_confirmation_names_is_kept(
    tmp_path: Path, window: str, due: date | None, opens: date | None
) -> None:
    store = SqliteStore(tmp_path / "bot.db")
    await store.open()
    try:
        await store.sync_targets([Target("Widget 3", maker="Acme")])
        source = await store.add_source(SourceSpec("https://acme.example/feed.xml"), "cli")
        detection = Detection(Label.CONFIRMED, 0.9, "…", window=window, due=due, opens=opens)
        item = RawItem("Widget 3 dated", link="https://acme.example/a", guid="a")
        success = PollSuccess(None, None, None, NOW + timedelta(minutes=15))
        await store.record_poll(source.id, success, [(item, [("Widget 3", detection)])], NOW)
        stored = await store.evidence_since("Widget 3", NOW - timedelta(days=1), [Label.CONFIRMED])
        assert [(e.due, e.opens) for e in stored] == [(due, opens)]
        assert [evidence_of(evidence_dict(e)) for e in stored] == stored

        change = Transition(
            "Widget 3",
            Status.UNKNOWN,
            Status.CONFIRMED,
            NOW,
            tuple(stored),
            window=window,
            due=due,
            opens=opens,
        )
        assert await store.apply_transition(change, notice_for(change), Status.UNKNOWN)
        status = await store.get_status("Widget 3")
        assert (status.status, status.window, status.due, status.opens) == (
            Status.CONFIRMED,
            window,
            due,
            opens,
        )
    finally:
        await store.close()

"""Evidence keeps whose reading it is: the tracker weighs a "released" that only the
trained second opinion read as one voice, so the flag must survive the store and the
snapshots inside notices. So must the day a confirmed status names: after it, one
outlet's report of the release is enough."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

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


async def test_the_day_a_window_names_is_kept(tmp_path: Path) -> None:
    day = date(2026, 3, 20)
    store = SqliteStore(tmp_path / "bot.db")
    await store.open()
    try:
        await store.sync_targets([Target("Widget 3", maker="Acme")])
        source = await store.add_source(SourceSpec("https://acme.example/feed.xml"), "cli")
        detection = Detection(
            Label.CONFIRMED, 0.9, "on sale March 20", window="2026-03-20", due=day
        )
        item = RawItem("Widget 3 on sale March 20", link="https://acme.example/a", guid="a")
        success = PollSuccess(None, None, None, NOW + timedelta(minutes=15))
        await store.record_poll(source.id, success, [(item, [("Widget 3", detection)])], NOW)
        stored = await store.evidence_since("Widget 3", NOW - timedelta(days=1), [Label.CONFIRMED])
        assert [e.due for e in stored] == [day]
        assert [evidence_of(evidence_dict(e)) for e in stored] == stored

        change = Transition(
            "Widget 3",
            Status.UNKNOWN,
            Status.CONFIRMED,
            NOW,
            tuple(stored),
            window="2026-03-20",
            due=day,
        )
        assert await store.apply_transition(change, notice_for(change), Status.UNKNOWN)
        status = await store.get_status("Widget 3")
        assert (status.status, status.window, status.due) == (Status.CONFIRMED, "2026-03-20", day)
    finally:
        await store.close()


async def test_the_first_day_of_a_window_is_kept(tmp_path: Path) -> None:
    opens = date(2026, 9, 1)
    store = SqliteStore(tmp_path / "bot.db")
    await store.open()
    try:
        await store.sync_targets([Target("Widget 3", maker="Acme")])
        source = await store.add_source(SourceSpec("https://acme.example/feed.xml"), "cli")
        detection = Detection(
            Label.CONFIRMED, 0.9, "coming this fall", window="this autumn", opens=opens
        )
        item = RawItem("Widget 3 this fall", link="https://acme.example/b", guid="b")
        success = PollSuccess(None, None, None, NOW + timedelta(minutes=15))
        await store.record_poll(source.id, success, [(item, [("Widget 3", detection)])], NOW)
        stored = await store.evidence_since("Widget 3", NOW - timedelta(days=1), [Label.CONFIRMED])
        assert [(e.due, e.opens) for e in stored] == [(None, opens)]
        assert [evidence_of(evidence_dict(e)) for e in stored] == stored

        change = Transition(
            "Widget 3",
            Status.UNKNOWN,
            Status.CONFIRMED,
            NOW,
            tuple(stored),
            window="this autumn",
            opens=opens,
        )
        assert await store.apply_transition(change, notice_for(change), Status.UNKNOWN)
        status = await store.get_status("Widget 3")
        assert (status.window, status.due, status.opens) == ("this autumn", None, opens)
    finally:
        await store.close()

"""Evidence keeps whose reading it is: the tracker weighs a "released" that only the
trained second opinion read as one voice, so the flag must survive the store and the
snapshots inside notices."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.models import Detection, Label, RawItem, SourceSpec, Target, Trust
from bot.core.ports import PollSuccess
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

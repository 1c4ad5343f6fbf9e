"""Rows name only known targets; a target dropped from the config keeps its history."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.models import Notice, Status, Subscription, Target, Transition
from bot.store.sqlite import SqliteStore


async def test_rows_must_name_a_known_target(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "bot.db")
    await store.open()
    try:
        await store.sync_targets([Target("Widget 3")])
        await store.subscribe(Subscription("slack", "C1", "Widget 3"))
        with pytest.raises(sqlite3.IntegrityError):
            await store.subscribe(Subscription("slack", "C1", "Widget 4"))
    finally:
        await store.close()


async def test_a_retired_target_keeps_its_history(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "bot.db")
    await store.open()
    try:
        await store.sync_targets([Target("Widget 3"), Target("Gadget")])
        now = datetime.now(UTC)
        change = Transition("Gadget", Status.UNKNOWN, Status.RUMOURED, now, manual_by="ops")
        notice = Notice("Gadget", Status.UNKNOWN, Status.RUMOURED, now)
        assert await store.apply_transition(change, notice, Status.UNKNOWN) is not None
        await store.sync_targets([Target("Widget 3")])  # Gadget left the config
        assert [t.new for t in await store.history("Gadget", 5)] == [Status.RUMOURED]
        rows = await store.db.fetchall("SELECT name, retired FROM targets ORDER BY name")
        assert [(r["name"], r["retired"]) for r in rows] == [("Gadget", 1), ("Widget 3", 0)]
    finally:
        await store.close()

"""Schema versions: fresh databases, upgrades that keep data and take a backup, and a
database from a newer sora-bot refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.errors import UserError
from bot.store.migrate import available
from bot.store.sqlite import SqliteStore

LATEST = available()[-1].version


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


async def test_fresh_database_gets_every_migration(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "bot.db")
    assert await store.open() == (0, LATEST)
    await store.close()
    assert user_version(tmp_path / "bot.db") == LATEST
    assert not list(tmp_path.glob("*.bak")), "an empty database needs no backup"


async def test_upgrade_keeps_data_and_takes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    old = SqliteStore(path)
    await old.db.open(upto=1)
    async with old.db.transaction() as conn:
        await conn.execute("INSERT INTO targets (name, spec) VALUES ('Sora', '{}')")
        await conn.execute(
            """INSERT INTO subscriptions (platform, channel, target, created_at)
               VALUES ('slack', 'C1', 'Sora', '2024-01-01T00:00:00.000000Z')"""
        )
    await old.close()
    assert user_version(path) == 1

    store = SqliteStore(path)
    assert await store.open() == (1, LATEST)
    subs = await store.subscriptions()
    assert [(s.platform, s.channel, s.target) for s in subs] == [("slack", "C1", "Sora")]
    await store.set_meta("k", "v")  # the table 0002 added
    assert await store.get_meta("k") == "v"
    await store.close()
    backup = path.with_name("bot.db.v1.bak")
    assert backup.exists() and user_version(backup) == 1


async def test_reopening_is_a_no_op(tmp_path: Path) -> None:
    for expected in ((0, LATEST), (LATEST, LATEST)):
        store = SqliteStore(tmp_path / "bot.db")
        assert await store.open() == expected
        await store.close()


async def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    store = SqliteStore(path)
    with pytest.raises(UserError, match="newer than this sora-bot"):
        await store.open()
    await store.close()


async def test_failed_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.store import migrate

    broken = [*available()[:1], migrate.Migration(2, "0002_broken.sql", "CREATE TABLE x (;")]
    monkeypatch.setattr(migrate, "available", lambda: broken)
    store = SqliteStore(tmp_path / "bot.db")
    with pytest.raises(sqlite3.OperationalError):
        await store.open()
    await store.close()
    assert user_version(tmp_path / "bot.db") == 1

"""The SQLite connection pair: one writer, serialised, and one reader.

SQLite allows one writer at a time. Tasks sharing a connection would silently mix their
transactions, so every write goes through `transaction()`, which holds a lock and starts
with `BEGIN IMMEDIATE` (a read-then-write transaction started deferred fails at once with
"database is locked" when another connection committed in between). Reads use a second
connection, which in WAL mode sees only committed data and never waits for the writer:
chat commands stay fast during a big poll.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.migrate import migrate

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
EPOCH = "1970-01-01T00:00:00.000000Z"  # "due now" for a new source


def ts(moment: datetime | None) -> str | None:
    """A UTC time as fixed-width text, so that text order is time order."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime(_FORMAT)


def parse_ts(text: str | None) -> datetime | None:
    """The inverse of `ts`. fromisoformat, because strptime costs 30x more and evidence
    rows are read by the thousand."""
    return None if text is None else datetime.fromisoformat(text)


def day(value: date | None) -> str | None:
    """A calendar day as ISO text (YYYY-MM-DD)."""
    return None if value is None else value.isoformat()


def parse_day(text: str | None) -> date | None:
    """The inverse of `day`."""
    return None if text is None else date.fromisoformat(text)


async def _pragma(conn: aiosqlite.Connection, pragma: str) -> None:
    """Run a PRAGMA and close its cursor: an unread result row keeps a statement open,
    and SQLite then refuses to commit."""
    async with conn.execute(f"PRAGMA {pragma}") as cur:
        await cur.fetchall()


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Database:
    """Owns the two connections. `open()` applies migrations before anything else runs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer: aiosqlite.Connection | None = None
        self._reader: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    async def open(self, upto: int | None = None) -> tuple[int, int]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = await self._connect()
        await _pragma(self._writer, "journal_mode = WAL")
        versions = await migrate(self._writer, self.path, upto)
        self._reader = await self._connect()
        return versions

    async def _connect(self) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        for pragma in ("busy_timeout = 5000", "foreign_keys = ON", "synchronous = NORMAL"):
            await _pragma(conn, pragma)
        return conn

    async def close(self) -> None:
        for conn in (self._reader, self._writer):
            if conn is not None:
                await conn.close()
        self._reader = self._writer = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction at a time; committed on success, rolled back on error."""
        if self._writer is None:
            raise RuntimeError("database is not open")
        async with self._lock:
            await self._writer.execute("BEGIN IMMEDIATE")
            try:
                yield self._writer
            except BaseException:
                await self._writer.rollback()
                raise
            await self._writer.commit()

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        if self._reader is None:
            raise RuntimeError("database is not open")
        async with self._reader.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None


async def fetch_all(
    conn: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()
) -> list[aiosqlite.Row]:
    """Rows read inside a write transaction (on the writer connection)."""
    async with conn.execute(sql, tuple(params)) as cur:
        return list(await cur.fetchall())


async def fetch_maybe(
    conn: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()
) -> aiosqlite.Row | None:
    async with conn.execute(sql, tuple(params)) as cur:
        return await cur.fetchone()


async def fetch_one(
    conn: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()
) -> aiosqlite.Row:
    row = await fetch_maybe(conn, sql, params)
    if row is None:
        raise LookupError(f"no row for {sql!r}")
    return row

"""Numbered SQL migrations, applied at start.

`migrations/NNNN_name.sql` files run in order, each with the version bump in the same
transaction, so a failed upgrade leaves the database as it was. The version lives in
`PRAGMA user_version`. Before upgrading a database that already holds data, a copy is
taken beside it; a database newer than this code is refused rather than misread.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import aiosqlite

from bot.errors import UserError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    """The shipped migrations, in order. Versions must be 1, 2, 3, ... without gaps."""
    found = []
    for entry in resources.files("bot.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {[m.name for m in found]}")
    return found


async def migrate(
    conn: aiosqlite.Connection, path: Path | None, upto: int | None = None
) -> tuple[int, int]:
    """Bring the schema to the newest version (or `upto`). Returns (from, to).

    `path` is the database file, for the backup copy; None for a database with no file.
    """
    migrations = available()
    latest = upto if upto is not None else migrations[-1].version
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    current = int(row[0]) if row else 0
    if current > migrations[-1].version:
        raise UserError(
            f"The database {path} has schema version {current}, newer than this sora-bot "
            f"understands ({migrations[-1].version}).",
            "Upgrade sora-bot, or point --db at another file.",
        )
    if current >= latest:
        return current, current
    if current > 0 and path is not None:
        async with conn.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cur:
            await cur.fetchall()
        # A copy of a few MB at start, once per upgrade: not worth a thread.
        shutil.copy2(path, path.with_name(f"{path.name}.v{current}.bak"))
    for migration in migrations[current:latest]:
        script = f"BEGIN;\n{migration.sql}\nPRAGMA user_version = {migration.version};\nCOMMIT;"
        try:
            await conn.executescript(script)
        except Exception:
            if conn.in_transaction:
                await conn.rollback()
            raise
    return current, latest

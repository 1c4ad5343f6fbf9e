"""The SQLite implementation of the core's `Store` port."""

from __future__ import annotations

from pathlib import Path

from bot.store.db import Database
from bot.store.outbox import OutboxTables
from bot.store.sources import SourceTables
from bot.store.status import StatusTables


class SqliteStore(SourceTables, StatusTables, OutboxTables):
    """One object per process; `open()` migrates, `close()` releases the file."""

    def __init__(self, path: Path) -> None:
        self.db = Database(path)

    async def open(self) -> tuple[int, int]:
        """Apply pending migrations. Returns (schema version before, after)."""
        return await self.db.open()

    async def close(self) -> None:
        await self.db.close()

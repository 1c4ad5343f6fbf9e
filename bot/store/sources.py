"""Sources, their poll state and leases, and the items and evidence a poll brings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import aiosqlite

from bot.core.models import Detection, RawItem, SourceSpec, SourceState
from bot.core.ports import NewItem, PollSuccess
from bot.core.sources.identity import domain_of, normalise_link, title_key
from bot.store.codec import source_of
from bot.store.db import EPOCH, Database, day, dumps, fetch_maybe, fetch_one, ts


class SourceTables:
    db: Database

    async def sync_config_sources(self, specs: Sequence[SourceSpec]) -> None:
        urls = [s.url for s in specs]
        async with self.db.transaction() as conn:
            for spec in specs:
                await conn.execute(
                    """INSERT INTO sources (url, kind, trust, name, targets, interval_s, selector,
                           item_path, fields, origin, next_poll)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'config', ?)
                       ON CONFLICT (url) DO UPDATE SET kind = excluded.kind,
                           trust = excluded.trust, name = excluded.name,
                           targets = excluded.targets, interval_s = excluded.interval_s,
                           selector = excluded.selector, item_path = excluded.item_path,
                           fields = excluded.fields, origin = 'config'""",
                    (*_spec_params(spec), EPOCH),
                )
            marks = ",".join("?" * len(urls))
            await conn.execute(
                f"DELETE FROM sources WHERE origin = 'config' AND url NOT IN ({marks})",  # noqa: S608 - placeholders only
                urls,
            )

    async def add_source(self, spec: SourceSpec, origin: str) -> SourceState:
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                """INSERT INTO sources (url, kind, trust, name, targets, interval_s, selector,
                       item_path, fields, origin, next_poll)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (*_spec_params(spec), origin, EPOCH),
            )
            row = await fetch_one(conn, "SELECT * FROM sources WHERE id = ?", (cur.lastrowid,))
        return source_of(row)

    async def remove_source(self, source_id: int) -> SourceState | None:
        async with self.db.transaction() as conn:
            row = await fetch_maybe(conn, "SELECT * FROM sources WHERE id = ?", (source_id,))
            if row is None:
                return None
            await conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        return source_of(row)

    async def get_source(self, source_id: int) -> SourceState | None:
        row = await self.db.fetchone("SELECT * FROM sources WHERE id = ?", (source_id,))
        return source_of(row) if row else None

    async def find_source(self, url: str) -> SourceState | None:
        row = await self.db.fetchone("SELECT * FROM sources WHERE url = ?", (url,))
        return source_of(row) if row else None

    async def list_sources(self) -> list[SourceState]:
        return [source_of(r) for r in await self.db.fetchall("SELECT * FROM sources ORDER BY id")]

    async def claim_source(
        self, source_id: int, owner: str, now: datetime, lease_s: float
    ) -> SourceState | None:
        """Lease one source for a poll now, whatever its schedule; None if someone has it."""
        async with self.db.transaction() as conn:
            row = await fetch_maybe(
                conn,
                """SELECT * FROM sources WHERE id = ?
                   AND (lease_expires IS NULL OR lease_expires < ? OR lease_owner = ?)""",
                (source_id, ts(now), owner),
            )
            if row is None:
                return None
            await conn.execute(
                "UPDATE sources SET lease_owner = ?, lease_expires = ? WHERE id = ?",
                (owner, ts(now + timedelta(seconds=lease_s)), source_id),
            )
        return source_of(row)

    async def record_poll(
        self,
        source_id: int,
        success: PollSuccess,
        items: Sequence[tuple[RawItem, Sequence[tuple[str, Detection]]]],
        seen_at: datetime,
    ) -> list[NewItem]:
        new: list[NewItem] = []
        async with self.db.transaction() as conn:
            source = await fetch_maybe(conn, "SELECT * FROM sources WHERE id = ?", (source_id,))
            if source is None:  # removed while it was being polled
                return []
            await conn.execute(
                """UPDATE sources SET etag = ?, last_modified = ?, content_hash = ?,
                       last_success = ?, last_error = NULL, failures = 0, next_poll = ?,
                       baseline_done = 1, lease_owner = NULL, lease_expires = NULL
                   WHERE id = ?""",
                (
                    success.etag,
                    success.last_modified,
                    success.content_hash,
                    ts(seen_at),
                    ts(success.next_poll),
                    source_id,
                ),
            )
            for raw, detections in items:
                item_id = await _insert_item(conn, source_id, raw, seen_at)
                if item_id is None:
                    continue
                domain = domain_of(raw.link or source["url"])
                await conn.executemany(
                    """INSERT INTO evidence (item_id, target, label, confidence, span, window,
                           domain, trust, source_name, seen_at, by_model, due, opens)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [
                        (
                            item_id,
                            target,
                            d.label.value,
                            d.confidence,
                            d.evidence,
                            d.window,
                            domain,
                            source["trust"],
                            source["name"] or domain_of(source["url"]),
                            ts(seen_at),
                            d.by_model,
                            day(d.due),
                            day(d.opens),
                        )
                        for target, d in detections
                    ],
                )
                new.append(NewItem(item_id, raw, tuple(detections)))
        return new

    async def record_poll_failure(
        self, source_id: int, error: str, next_poll: datetime
    ) -> SourceState:
        async with self.db.transaction() as conn:
            await conn.execute(
                """UPDATE sources SET last_error = ?, failures = failures + 1, next_poll = ?,
                       lease_owner = NULL, lease_expires = NULL
                   WHERE id = ?""",
                (error[:500], ts(next_poll), source_id),
            )
            row = await fetch_one(conn, "SELECT * FROM sources WHERE id = ?", (source_id,))
        return source_of(row)


def _spec_params(spec: SourceSpec) -> tuple[object, ...]:
    return (
        spec.url,
        spec.kind.value,
        spec.trust.value,
        spec.name,
        dumps(list(spec.targets)),
        spec.interval_s,
        spec.selector,
        spec.item_path,
        dumps([list(f) for f in spec.fields]),
    )


async def _insert_item(
    conn: aiosqlite.Connection, source_id: int, raw: RawItem, seen_at: datetime
) -> int | None:
    """Insert an item unless seen before; None when it is a repeat.

    A repeat is the same guid or the same title from this source, or the same normalised
    link from any source, so a publisher that rewrites guids or dates repeats nothing.
    """
    link_key = normalise_link(raw.link) if raw.link else ""
    tkey = title_key(raw.title)
    guid = raw.guid or link_key or tkey
    # One indexed lookup per key: an OR of them would scan the whole table.
    seen = await fetch_maybe(
        conn,
        """SELECT 1 FROM items WHERE source_id = ? AND guid = ?
           UNION ALL SELECT 1 FROM items WHERE source_id = ? AND title_key = ?
           UNION ALL SELECT 1 FROM items WHERE link_key = ? AND link_key != ''
           LIMIT 1""",
        (source_id, guid, source_id, tkey, link_key),
    )
    if seen is not None:
        return None
    cur = await conn.execute(
        """INSERT INTO items (source_id, guid, link_key, title_key, title, summary, link,
               published, seen_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            source_id,
            guid,
            link_key,
            tkey,
            raw.title,
            raw.summary,
            raw.link,
            ts(raw.published),
            ts(seen_at),
        ),
    )
    return cur.lastrowid

"""Subscriptions, the outbox rows that deliver notices to them, and adapter key/values.

An outbox row moves pending -> claimed -> sent (or dead). A claim carries an owner and a
lease expiry; a claim whose lease ran out belongs to a worker that died mid-send, and is
reconciled (was it posted?) before it is sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import aiosqlite

from bot.core.models import Delivery, Subscription
from bot.store.codec import notice_of, subscription_of
from bot.store.db import Database, fetch_all, fetch_one, ts

_DELIVERY = """SELECT o.id AS oid, o.notice, o.attempts, o.claimed_by, o.remote_id, s.*
               FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id"""


class OutboxTables:
    db: Database

    async def subscribe(self, sub: Subscription) -> Subscription:
        async with self.db.transaction() as conn:
            await conn.execute(
                """INSERT INTO subscriptions (platform, channel, target, role, webhook_url,
                       created_at)
                   VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                   ON CONFLICT (platform, channel, target) DO UPDATE SET role = excluded.role,
                       webhook_url = excluded.webhook_url, broken = NULL""",
                (sub.platform, sub.channel, sub.target, sub.role, sub.webhook_url),
            )
            row = await fetch_one(
                conn,
                "SELECT * FROM subscriptions WHERE platform = ? AND channel = ? AND target = ?",
                (sub.platform, sub.channel, sub.target),
            )
        return subscription_of(row)

    async def unsubscribe(self, platform: str, channel: str, target: str) -> bool:
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "DELETE FROM subscriptions WHERE platform = ? AND channel = ? AND target = ?",
                (platform, channel, target),
            )
            return cur.rowcount > 0

    async def subscriptions(self, target: str | None = None) -> list[Subscription]:
        if target is None:
            rows = await self.db.fetchall("SELECT * FROM subscriptions ORDER BY id")
        else:
            rows = await self.db.fetchall(
                "SELECT * FROM subscriptions WHERE target = ? ORDER BY id", (target,)
            )
        return [subscription_of(r) for r in rows]

    async def mark_broken(self, subscription_id: int, reason: str) -> bool:
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE subscriptions SET broken = ? WHERE id = ? AND broken IS NULL",
                (reason[:300], subscription_id),
            )
            await conn.execute(
                """UPDATE outbox SET state = 'dead', last_error = ?, claimed_by = NULL,
                       lease_expires = NULL
                   WHERE subscription_id = ? AND state IN ('pending', 'claimed')""",
                (f"subscription broken: {reason}"[:300], subscription_id),
            )
            return cur.rowcount > 0

    async def get_meta(self, key: str) -> str | None:
        row = await self.db.fetchone("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    async def set_meta(self, key: str, value: str) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                """INSERT INTO meta (key, value) VALUES (?, ?)
                   ON CONFLICT (key) DO UPDATE SET value = excluded.value""",
                (key, value),
            )

    async def claim_deliveries(
        self, owner: str, now: datetime, lease_s: float, limit: int, platforms: Sequence[str]
    ) -> list[Delivery]:
        if not platforms:
            return []
        marks = ",".join("?" * len(platforms))
        async with self.db.transaction() as conn:
            rows = await fetch_all(
                conn,
                f"""{_DELIVERY} WHERE o.state = 'pending' AND o.not_before <= ?
                    AND s.platform IN ({marks}) ORDER BY o.id LIMIT ?""",
                (ts(now), *platforms, limit),
            )
            await conn.executemany(
                """UPDATE outbox SET state = 'claimed', claimed_by = ?, lease_expires = ?,
                       attempts = attempts + 1
                   WHERE id = ?""",
                [(owner, ts(now + timedelta(seconds=lease_s)), r["oid"]) for r in rows],
            )
        return [_delivery_of(r, claimed_by=owner, extra_attempt=1) for r in rows]

    async def expired_claims(self, now: datetime) -> list[Delivery]:
        rows = await self.db.fetchall(
            f"{_DELIVERY} WHERE o.state = 'claimed' AND o.lease_expires < ? ORDER BY o.id",
            (ts(now),),
        )
        return [_delivery_of(r) for r in rows]

    async def mark_sent(self, delivery_id: int, remote_id: str | None) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                """UPDATE outbox SET state = 'sent', remote_id = ?, claimed_by = NULL,
                       lease_expires = NULL, sent_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                   WHERE id = ?""",
                (remote_id, delivery_id),
            )

    async def mark_retry(self, delivery_id: int, error: str, not_before: datetime) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                """UPDATE outbox SET state = 'pending', last_error = ?, not_before = ?,
                       claimed_by = NULL, lease_expires = NULL
                   WHERE id = ?""",
                (error[:300], ts(not_before), delivery_id),
            )

    async def mark_dead(self, delivery_id: int, error: str) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                """UPDATE outbox SET state = 'dead', last_error = ?, claimed_by = NULL,
                       lease_expires = NULL
                   WHERE id = ?""",
                (error[:300], delivery_id),
            )

    async def outbox_counts(self) -> dict[str, int]:
        rows = await self.db.fetchall("SELECT state, count(*) AS n FROM outbox GROUP BY state")
        return {r["state"]: r["n"] for r in rows}


def _delivery_of(
    row: aiosqlite.Row, claimed_by: str | None = None, extra_attempt: int = 0
) -> Delivery:
    return Delivery(
        id=row["oid"],
        subscription=subscription_of(row),
        notice=notice_of(row["notice"]),
        attempts=row["attempts"] + extra_attempt,
        claimed_by=claimed_by or row["claimed_by"],
        remote_id=row["remote_id"],
    )

"""Evidence, each target's current status, and its transitions with their outbox rows."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import datetime

import aiosqlite

from bot.core.models import (
    Evidence,
    Label,
    Notice,
    Status,
    Target,
    TargetStatus,
    Transition,
)
from bot.store.codec import evidence_dict, evidence_list, evidence_of, notice_json
from bot.store.db import Database, day, dumps, fetch_all, fetch_maybe, parse_day, parse_ts, ts


class StatusTables:
    db: Database

    async def sync_targets(self, targets: Sequence[Target]) -> None:
        async with self.db.transaction() as conn:
            await conn.execute("UPDATE targets SET retired = 1")
            await conn.executemany(
                """INSERT INTO targets (name, spec) VALUES (?, ?)
                   ON CONFLICT (name) DO UPDATE SET spec = excluded.spec, retired = 0""",
                [(t.name, dumps(_spec(t))) for t in targets],
            )

    async def evidence_since(
        self, target: str, since: datetime, labels: Collection[Label]
    ) -> list[Evidence]:
        marks = ",".join("?" * len(labels))
        rows = await self.db.fetchall(
            f"""SELECT e.*, i.title, i.link, i.published FROM evidence e
                JOIN items i ON i.id = e.item_id
                WHERE e.target = ? AND e.seen_at >= ? AND e.label IN ({marks})
                ORDER BY e.seen_at, e.id""",  # noqa: S608 - placeholders only
            (target, ts(since), *(label.value for label in labels)),
        )
        return [_evidence_of(r) for r in rows]

    async def get_status(self, target: str) -> TargetStatus:
        row = await self.db.fetchone("SELECT * FROM status WHERE target = ?", (target,))
        if row is None:
            return TargetStatus(target, Status.UNKNOWN)
        evidence = evidence_list(row["evidence"])
        return TargetStatus(
            target=target,
            status=Status(row["status"]),
            since=parse_ts(row["since"]),
            evidence=evidence[0] if evidence else None,
            window=row["window"],
            manual=bool(row["manual"]),
            due=parse_day(row["due"]),
            opens=parse_day(row["opens"]),
        )

    async def history(self, target: str, limit: int) -> list[Transition]:
        rows = await self.db.fetchall(
            "SELECT * FROM transitions WHERE target = ? ORDER BY at DESC, id DESC LIMIT ?",
            (target, limit),
        )
        return [_transition_of(r) for r in rows]

    async def apply_transition(
        self, transition: Transition, notice: Notice, expected: Status
    ) -> Transition | None:
        async with self.db.transaction() as conn:
            row = await fetch_maybe(
                conn, "SELECT status FROM status WHERE target = ?", (transition.target,)
            )
            if (Status(row["status"]) if row else Status.UNKNOWN) != expected:
                return None
            snapshot = dumps([evidence_dict(e) for e in transition.evidence])
            await conn.execute(
                """INSERT INTO status (target, status, since, window, manual, evidence, due,
                       opens)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (target) DO UPDATE SET status = excluded.status,
                       since = CASE WHEN status.status = excluded.status THEN status.since
                                    ELSE excluded.since END,
                       window = excluded.window, due = excluded.due, opens = excluded.opens,
                       manual = excluded.manual, evidence = excluded.evidence""",
                (
                    transition.target,
                    transition.new.value,
                    ts(transition.at),
                    transition.window,
                    int(transition.manual_by is not None),
                    snapshot,
                    day(transition.due),
                    day(transition.opens),
                ),
            )
            cur = await conn.execute(
                """INSERT INTO transitions (target, old, new, at, manual_by, window, evidence)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (
                    transition.target,
                    transition.old.value,
                    transition.new.value,
                    ts(transition.at),
                    transition.manual_by,
                    transition.window,
                    snapshot,
                ),
            )
            await _enqueue(conn, cur.lastrowid, notice, transition.at)
        return replace(transition, id=cur.lastrowid)


async def _enqueue(
    conn: aiosqlite.Connection, transition_id: int | None, notice: Notice, at: datetime
) -> int:
    subs = await fetch_all(
        conn,
        "SELECT id FROM subscriptions WHERE target = ? AND broken IS NULL",
        (notice.target,),
    )
    body = notice_json(notice)
    await conn.executemany(
        """INSERT INTO outbox (subscription_id, transition_id, notice, not_before, created_at)
           VALUES (?, ?, ?, ?, ?)""",
        [(s["id"], transition_id, body, ts(at), ts(at)) for s in subs],
    )
    return len(subs)


def _spec(target: Target) -> dict[str, object]:
    return {
        "aliases": list(target.aliases),
        "maker": target.maker,
        "official_domains": list(target.official_domains),
    }


def _evidence_of(row: aiosqlite.Row) -> Evidence:
    """The evidence join's columns carry the snapshot's names, so one decoder serves both."""
    return evidence_of(dict(row))


def _transition_of(row: aiosqlite.Row) -> Transition:
    at = parse_ts(row["at"])
    assert at is not None
    return Transition(
        target=row["target"],
        old=Status(row["old"]),
        new=Status(row["new"]),
        at=at,
        evidence=evidence_list(row["evidence"]),
        manual_by=row["manual_by"],
        window=row["window"],
        id=row["id"],
    )

"""Rows and JSON snapshots to model objects and back. Snapshots (evidence inside a
transition or a notice) are copies, so history stays readable after items are pruned."""

from __future__ import annotations

import json
from typing import Any

import aiosqlite

from bot.core.models import (
    Evidence,
    Label,
    Notice,
    SourceKind,
    SourceSpec,
    SourceState,
    Status,
    Subscription,
    Trust,
)
from bot.store.db import day, dumps, parse_day, parse_ts, ts


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    return {
        "item_id": ev.item_id,
        "target": ev.target,
        "label": ev.label.value,
        "confidence": ev.confidence,
        "span": ev.span,
        "title": ev.title,
        "link": ev.link,
        "domain": ev.domain,
        "trust": ev.trust.value,
        "seen_at": ts(ev.seen_at),
        "published": ts(ev.published),
        "window": ev.window,
        "source_name": ev.source_name,
        "by_model": ev.by_model,
        "due": day(ev.due),
        "opens": day(ev.opens),
    }


def evidence_of(data: dict[str, Any]) -> Evidence:
    seen_at = parse_ts(data["seen_at"])
    assert seen_at is not None
    return Evidence(
        item_id=data["item_id"],
        target=data["target"],
        label=Label(data["label"]),
        confidence=data["confidence"],
        span=data["span"],
        title=data["title"],
        link=data["link"],
        domain=data["domain"],
        trust=Trust(data["trust"]),
        seen_at=seen_at,
        published=parse_ts(data.get("published")),
        window=data.get("window"),
        source_name=data.get("source_name", ""),
        by_model=bool(data.get("by_model", False)),
        due=parse_day(data.get("due")),
        opens=parse_day(data.get("opens")),
    )


def evidence_list(text: str | None) -> tuple[Evidence, ...]:
    return tuple(evidence_of(d) for d in json.loads(text or "[]"))


def notice_json(notice: Notice) -> str:
    return dumps(
        {
            "target": notice.target,
            "old": notice.old.value,
            "new": notice.new.value,
            "at": ts(notice.at),
            "evidence": [evidence_dict(e) for e in notice.evidence],
            "manual_by": notice.manual_by,
            "window": notice.window,
            "previous_window": notice.previous_window,
        }
    )


def notice_of(text: str) -> Notice:
    data = json.loads(text)
    at = parse_ts(data["at"])
    assert at is not None
    return Notice(
        target=data["target"],
        old=Status(data["old"]),
        new=Status(data["new"]),
        at=at,
        evidence=tuple(evidence_of(e) for e in data["evidence"]),
        manual_by=data.get("manual_by"),
        window=data.get("window"),
        previous_window=data.get("previous_window"),
    )


def source_of(row: aiosqlite.Row) -> SourceState:
    spec = SourceSpec(
        url=row["url"],
        kind=SourceKind(row["kind"]),
        trust=Trust(row["trust"]),
        targets=tuple(json.loads(row["targets"])),
        interval_s=row["interval_s"],
        selector=row["selector"],
        item_path=row["item_path"],
        fields=tuple((a, b) for a, b in json.loads(row["fields"])),
        name=row["name"],
    )
    return SourceState(
        id=row["id"],
        spec=spec,
        origin=row["origin"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        content_hash=row["content_hash"],
        last_success=parse_ts(row["last_success"]),
        last_error=row["last_error"],
        failures=row["failures"],
        next_poll=parse_ts(row["next_poll"]),
        baseline_done=bool(row["baseline_done"]),
    )


def subscription_of(row: aiosqlite.Row) -> Subscription:
    return Subscription(
        platform=row["platform"],
        channel=row["channel"],
        target=row["target"],
        role=row["role"],
        webhook_url=row["webhook_url"],
        broken=row["broken"],
        id=row["id"],
    )

"""Replies and notices as plain text: the console adapter's output and the fallback text
that chat platforms show in notifications. Feed text is quoted, never interpreted."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Evidence, Notice, Status, Transition
from bot.core.replies import (
    CheckReply,
    ErrorReply,
    HelpReply,
    HistoryReply,
    MessageReply,
    Reply,
    SourcesReply,
    SourceTestReply,
    StatusReply,
    SubscribeReply,
)

HEADLINES = {
    Status.UNKNOWN: "no word yet",
    Status.RUMOURED: "rumoured",
    Status.CONFIRMED: "confirmed by its maker",
    Status.RELEASED: "released",
}


def when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "never"


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, the cut marked by an ellipsis. Every renderer
    uses this one, so a limit means the same on the console, Discord and Slack."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


def quote(text: str, limit: int) -> str:
    """Feed text on one line: whitespace collapsed, then clipped."""
    return clip(" ".join(text.split()), limit)


def evidence_line(ev: Evidence) -> str:
    source = ev.source_name or ev.domain
    if ev.published:
        source += f", {ev.published:%Y-%m-%d}"
    said = f' — "{quote(ev.span, 200)}"' if ev.span else ""
    return f"{quote(ev.title, 150)} ({source}) {ev.link}{said}"


def change_line(t: Transition) -> str:
    if t.old == t.new:
        return f"{t.target}: release window now {t.window}"
    return f"{t.target}: {t.old.word} → {t.new.word}"


def notice_text(notice: Notice) -> str:
    if notice.window_change:
        was = f" (was {notice.previous_window})" if notice.previous_window else ""
        head = f"{notice.target}: still {notice.new.word}; release window now {notice.window}{was}"
    else:
        head = f"{notice.target}: {notice.old.word} → {notice.new.word}"
    lines = [head]
    if notice.manual_by:
        lines.append(f"Set by hand by {notice.manual_by}.")
    if notice.window and notice.old != notice.new:
        lines.append(f"Release window: {notice.window}")
    lines += [f"  {evidence_line(e)}" for e in notice.evidence[:3]]
    lines.append(f"  at {when(notice.at)}")
    return "\n".join(lines)


def render(reply: Reply) -> str:
    match reply:
        case StatusReply():
            return _status(reply)
        case SubscribeReply(subscription=sub, current=current):
            return f"Subscribed {sub.channel} to {sub.target}.\n" + _status(current)
        case HistoryReply(target=target, transitions=transitions):
            if not transitions:
                return f"{target}: no status changes yet."
            rows = [f"{target} history (newest first):"]
            for t in transitions:
                how = f" (set by {t.manual_by})" if t.manual_by else ""
                rows.append(f"  {when(t.at)}  {change_line(t)}{how}")
                rows += [f"      {evidence_line(e)}" for e in t.evidence[:2]]
            return "\n".join(rows)
        case SourcesReply(sources=sources, broken=broken):
            if not sources:
                return "No sources yet. Add one with `sources add URL`."
            rows = []
            for s in sources:
                health = (
                    "ok"
                    if s.healthy
                    else (
                        "never polled"
                        if not s.last_success and not s.failures
                        else f"failing ×{s.failures}"
                    )
                )
                kind, trust = s.spec.kind.value, s.spec.trust.value
                rows.append(f"  [{s.id}] {kind:5} {trust:9} {health:12} {s.spec.url}")
                if s.last_error:
                    rows.append(f"        last error: {s.last_error}")
            rows += [f"  ! {b.platform} {b.channel} ({b.target}): {b.broken}" for b in broken]
            return "Sources:\n" + "\n".join(rows)
        case SourceTestReply():
            rows = [f"{reply.url} ({reply.kind}): {reply.items} items read."]
            for f in reply.findings[:20]:
                rows.append(f"  {f.detection.label.value:9} {f.target}: {quote(f.item.title, 100)}")
                if f.detection.evidence:
                    rows.append(f'            "{quote(f.detection.evidence, 160)}"')
            for target, status in reply.conclusion:
                rows.append(f"Alone, this source says {target} is {status.word}.")
            return "\n".join(rows)
        case CheckReply(reports=reports, transitions=transitions):
            rows = [
                f"  [{r.source_id}] {r.outcome:12} {r.new_items:3} new  {r.url}"
                + (f"\n        {r.error}" if r.error else "")
                for r in reports
            ]
            rows += [f"  → {change_line(t)}" for t in transitions]
            return "Checked:\n" + "\n".join(rows)
        case HelpReply(command=name, entries=entries):
            return "\n".join(
                f"  /{name} {e.usage:55} {e.summary}{' (admins)' if e.admin_only else ''}"
                for e in entries
            )
        case MessageReply(title=title, text=text):
            return f"{title}. {text}".strip()
        case ErrorReply():
            ref = f" (incident {reply.incident})" if reply.incident else ""
            return f"Error: {reply.message} {reply.hint}{ref}".strip()


def _status(reply: StatusReply) -> str:
    st = reply.status
    rows = [f"{st.target}: {st.status.word.upper()} — {HEADLINES[st.status]}"]
    if st.since:
        rows.append(f"  since {when(st.since)}" + (" (set by hand)" if st.manual else ""))
    if st.window:
        rows.append(f"  release window: {st.window}")
    if st.evidence:
        rows.append(f"  evidence: {evidence_line(st.evidence)}")
    rows.append(
        f"  last check {when(reply.last_check)}; "
        f"{reply.sources_healthy}/{reply.sources_total} sources healthy"
    )
    rows += [f"  ! {w}" for w in reply.warnings]
    return "\n".join(rows)

"""Core replies and notices as Slack Block Kit, each with the fallback `text` Slack shows in
notifications and screen readers.

Everything that did not come from this module is escaped (`&`, `<`, `>`) before it goes
into mrkdwn: feed titles, spans and links are hostile, and Slack reads `<!channel>`,
`<@U123>` and `<url|label>` only from those three characters. Links are made only from
http(s) URLs, so a feed cannot smuggle in a `<!here>` through its link field either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import takewhile
from typing import Any
from urllib.parse import urlsplit

from bot.core.models import Evidence, Notice, SourceState, Status, Subscription, Transition
from bot.core.render_text import clip
from bot.core.render_text import when as plain_when
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

Block = dict[str, Any]

# Block Kit limits (characters), https://docs.slack.dev/reference/block-kit/blocks
HEADER_MAX = 150
SECTION_MAX = 3000
FIELD_MAX = 2000
CONTEXT_MAX = 2000
FALLBACK_MAX = 3000  # Slack allows 40 000; a notification never needs more than this
BLOCKS_MAX = 50
SPAN_MAX = 300  # an evidence quote longer than this is a paragraph, not a quote

EMOJI = {
    Status.UNKNOWN: "❔",
    Status.RUMOURED: "💬",
    Status.CONFIRMED: "✅",
    Status.RELEASED: "🚀",
}


@dataclass(frozen=True, slots=True)
class Message:
    """A Slack message body: `text` is the fallback, `blocks` what clients draw."""

    text: str
    blocks: tuple[Block, ...]

    def payload(self) -> dict[str, Any]:
        """Keyword arguments for `ack()`, `respond()` and `chat.postMessage`."""
        return {"text": self.text, "blocks": list(self.blocks)}

    def followed_by(self, other: Message) -> Message:
        """Both messages in one, divided by a rule."""
        blocks = (*self.blocks, {"type": "divider"}, *other.blocks)
        return Message(clip(f"{self.text}\n{other.text}", FALLBACK_MAX), blocks[:BLOCKS_MAX])


def escape(text: str) -> str:
    """Make text inert in mrkdwn: no mentions, no links, no `<!here>`."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(url: str, label: str = "") -> str:
    """A mrkdwn link for an http(s) URL; anything else is shown as inert text."""
    parts = urlsplit(url)
    shown = escape(clip(label or url, 200))
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return shown
    # `|` would end the URL part and `>` the link; percent-encoding keeps the URL working.
    target = escape(url).replace("|", "%7C")
    return f"<{target}|{shown}>"


def when(moment: datetime | None) -> str:
    """A date Slack renders in each reader's own time zone, with a UTC fallback."""
    if moment is None:
        return "never"
    fallback = plain_when(moment)
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, HEADER_MAX)}}


def section(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(mrkdwn, SECTION_MAX)}}


def fields(pairs: Iterable[tuple[str, str]]) -> Block:
    return {
        "type": "section",
        "fields": [
            {"type": "mrkdwn", "text": clip(f"*{name}*\n{value}", FIELD_MAX)}
            for name, value in pairs
        ][:10],
    }


def context(*parts: str) -> Block:
    elements = [{"type": "mrkdwn", "text": clip(p, CONTEXT_MAX)} for p in parts if p][:10]
    return {"type": "context", "elements": elements}


def sections(lines: Sequence[str]) -> list[Block]:
    """Pack lines into as few sections as Slack's per-section limit allows."""
    blocks: list[Block] = []
    chunk = ""
    for line in lines:
        line = clip(line, SECTION_MAX)
        if chunk and len(chunk) + 1 + len(line) > SECTION_MAX:
            blocks.append(section(chunk))
            chunk = ""
        chunk = f"{chunk}\n{line}" if chunk else line
    if chunk:
        blocks.append(section(chunk))
    return blocks


def _message(text: str, blocks: Iterable[Block]) -> Message:
    kept = tuple(b for b in blocks if b.get("type") != "context" or b["elements"])
    return Message(clip(text, FALLBACK_MAX), kept[:BLOCKS_MAX])


def _quote(span: str) -> str:
    return f"> “{escape(clip(' '.join(span.split()), SPAN_MAX))}”"


def _evidence_lines(evidence: Evidence) -> str:
    origin = escape(evidence.source_name or evidence.domain)
    if evidence.source_name and evidence.domain:
        origin = f"{origin} ({escape(evidence.domain)})"
    lines = [_quote(evidence.span)] if evidence.span else []
    lines.append(f"{link(evidence.link, evidence.title or evidence.link)} — {origin}")
    return "\n".join(lines)


def _channel(sub: Subscription) -> str:
    if sub.platform == "slack":
        return f"<#{escape(sub.channel)}>"
    return escape(f"{sub.platform}:{sub.channel}")


# --- notices ------------------------------------------------------------------------------


def notice(note: Notice) -> Message:
    """An announcement of one status change, as the outbox posts it."""
    target = escape(note.target)
    if note.window_change:
        was = escape(note.previous_window) if note.previous_window else "not announced"
        lines = [f"*{target}* is still *{note.new.word}*; the release window was {was}."]
        title = f"{EMOJI[note.new]} {note.target}: the release window moved"
    else:
        lines = [f"*{target}* moved from *{note.old.word}* to *{note.new.word}*."]
        title = f"{EMOJI[note.new]} {note.target} is {note.new.word}"
    if note.window:
        lines.append(f"*Release window:* {escape(note.window)}")
    blocks = [
        header(title),
        section("\n".join(lines)),
        *(section(_evidence_lines(e)) for e in note.evidence[:3]),
        context(when(note.at), f"set by {escape(note.manual_by)}" if note.manual_by else ""),
    ]
    text = (
        f"{target}: release window now {escape(note.window or '')}"
        if note.window_change
        else f"{target}: {note.old.word} → {note.new.word}"
    )
    if note.evidence:
        first = note.evidence[0]
        text += f" — “{escape(clip(first.span or first.title, SPAN_MAX))}” ({escape(first.domain)})"
    return _message(text, blocks)


# --- replies ------------------------------------------------------------------------------


def reply(answer: Reply, command: str, usage: Mapping[str, str] | None = None) -> Message:
    """Any core reply. `command` is the slash command's name and `usage` the Slack forms
    of its subcommands (keyed as `ADMIN_COMMANDS` names them), for the help list."""
    match answer:
        case StatusReply():
            return status(answer)
        case HistoryReply():
            return history(answer)
        case SourcesReply():
            return sources(answer)
        case SourceTestReply():
            return source_test(answer)
        case CheckReply():
            return check(answer)
        case SubscribeReply():
            return subscribed(answer)
        case MessageReply():
            return message(answer)
        case HelpReply():
            return help_(answer, command, usage or {})
        case ErrorReply():
            return error(answer)


def status(answer: StatusReply) -> Message:
    current = answer.status
    target = escape(current.target)
    facts = [
        ("Status", f"{current.status.word}{' (set by hand)' if current.manual else ''}"),
        ("Since", when(current.since) if current.since else "—"),
        ("Release window", escape(current.window) if current.window else "not announced"),
        ("Sources", f"{answer.sources_healthy} of {answer.sources_total} healthy"),
    ]
    blocks = [header(f"{EMOJI[current.status]} {current.target} — {current.status.word}")]
    blocks.append(fields(facts))
    evidence = current.evidence
    if evidence is not None:
        blocks.append(section(f"*Evidence*\n{_evidence_lines(evidence)}"))
    blocks.extend(sections([f":warning: {escape(w)}" for w in answer.warnings]))
    source = f"Source: {link(evidence.link, evidence.title or evidence.link)}" if evidence else ""
    blocks.append(context(source, f"Last check: {when(answer.last_check)}"))
    text = f"{target}: {current.status.word}"
    if current.since is not None:
        text += f" since {plain_when(current.since)}"
    if evidence is not None and evidence.span:
        text += f" — “{escape(clip(evidence.span, SPAN_MAX))}” ({escape(evidence.domain)})"
    return _message(text, blocks)


def _transition_line(change: Transition) -> str:
    line = f"• {when(change.at)}: {change.old.word} → *{change.new.word}*"
    if change.manual_by:
        line += f", set by {escape(change.manual_by)}"
    if change.evidence:
        first = change.evidence[0]
        line += f" — {link(first.link, first.title or first.link)}"
    return line


def history(answer: HistoryReply) -> Message:
    target = escape(answer.target)
    if not answer.transitions:
        body = [section(f"*{target}* has not changed status yet.")]
    else:
        body = sections([_transition_line(t) for t in answer.transitions])
    text = f"{target}: {len(answer.transitions)} status changes"
    return _message(text, [header(f"{answer.target} — history"), *body])


def _source_line(source: SourceState) -> str:
    spec = source.spec
    line = f"*#{source.id}* {link(spec.url, spec.name or spec.url)} · `{spec.kind}` · {spec.trust}"
    if spec.targets:
        line += f" · {escape(', '.join(spec.targets))}"
    if source.failures:
        error = escape(clip(source.last_error or "unknown error", 200))
        return f"{line}\n    :x: failing ({source.failures}×): {error}"
    if source.last_success is None:
        return f"{line}\n    :hourglass: not read yet"
    return f"{line}\n    :white_check_mark: read {when(source.last_success)}"


def sources(answer: SourcesReply) -> Message:
    lines = [_source_line(s) for s in answer.sources] or ["No sources yet."]
    blocks = [header(f"Sources ({len(answer.sources)})"), *sections(lines)]
    if answer.broken:
        broken = [
            f"• {_channel(b)} ({escape(b.target)}): {escape(b.broken or '')}" for b in answer.broken
        ]
        blocks.extend(sections([":warning: *Subscriptions that stopped working*", *broken]))
    healthy = sum(1 for s in answer.sources if s.healthy)
    return _message(f"{len(answer.sources)} sources, {healthy} healthy", blocks)


def source_test(answer: SourceTestReply) -> Message:
    read = f"Read *{answer.items}* items from {link(answer.url)} as `{escape(answer.kind)}`."
    lines = [read]
    for found in answer.findings[:15]:
        item, detection = found.item, found.detection
        line = (
            f"• *{detection.label}* ({detection.confidence:.2f}) for *{escape(found.target)}*: "
            f"{link(item.link, item.title or item.link)}"
        )
        if detection.evidence:
            line += f" — “{escape(clip(detection.evidence, SPAN_MAX))}”"
        lines.append(line)
    if len(answer.findings) > 15:
        lines.append(f"…and {len(answer.findings) - 15} more.")
    verdicts = ", ".join(f"*{escape(t)}* → {s.word}" for t, s in answer.conclusion)
    lines.append(f"Alone, this source suggests: {verdicts or 'nothing about any target'}.")
    text = f"Source test: {answer.items} items from {escape(answer.url)}"
    return _message(text, [header("Source test"), *sections(lines)])


def check(answer: CheckReply) -> Message:
    lines = []
    for report in answer.reports:
        outcome = escape(report.outcome)
        if report.error:
            outcome = f":x: {escape(clip(report.error, 200))}"
        elif report.new_items:
            outcome += f", {report.new_items} new"
        lines.append(f"• *#{report.source_id}* {link(report.url)}: {outcome}")
    changes = [f"• *{escape(t.target)}*: {t.old.word} → *{t.new.word}*" for t in answer.transitions]
    lines.append("*Status changes*" if changes else "No status changed.")
    lines.extend(changes)
    text = f"Checked {len(answer.reports)} sources; {len(answer.transitions)} status changes"
    return _message(text, [header("Check finished"), *sections(lines)])


def subscribed(answer: SubscribeReply) -> Message:
    sub = answer.subscription
    line = f"{_channel(sub)} now hears about *{escape(sub.target)}*."
    done = _message(f"Subscribed {_channel(sub)} to {escape(sub.target)}", [section(line)])
    return done.followed_by(status(answer.current))


def message(answer: MessageReply) -> Message:
    body = f"*{escape(answer.title)}*"
    if answer.text:
        body += f"\n{escape(answer.text)}"
    return _message(escape(answer.title), [section(body)])


def help_(answer: HelpReply, command: str, usage: Mapping[str, str]) -> Message:
    lines = []
    for entry in answer.entries:
        name = " ".join(takewhile(lambda w: w[0] not in "[<", entry.usage.split()))
        form = usage.get(name, entry.usage)
        tag = " _(admins)_" if entry.admin_only else ""
        lines.append(f"• `/{command} {escape(form)}` — {escape(entry.summary)}{tag}")
    lines.append(f"Add `--public` to `/{command} status` to share the answer with the channel.")
    return _message(f"/{command} commands", [header(f"/{command} commands"), *sections(lines)])


def error(answer: ErrorReply) -> Message:
    body = f":warning: *{escape(answer.message)}*"
    if answer.hint:
        body += f"\n{escape(answer.hint)}"
    incident = f"Incident id: `{answer.incident}`" if answer.incident else ""
    text = escape(f"{answer.message} {answer.hint}".strip())
    return _message(text, [section(body), context(incident)])


def working(what: str) -> Message:
    """The immediate acknowledgement of a command that takes a while."""
    return _message(what, [context(f":hourglass_flowing_sand: {escape(what)}")])

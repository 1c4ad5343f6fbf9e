"""Core replies as Discord embeds, always within Discord's limits; `announce` builds the
notices from the same parts.

Discord rejects a whole message when one embed limit is exceeded, and a rejected
announcement would be retried forever, so every embed leaves through `fit`, which
truncates with an ellipsis instead of failing. Text from feeds is hostile: it is escaped
(markdown and mentions) before it reaches an embed, and links are kept only when they are
plain http(s) URLs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote, urlsplit

import discord

from bot.core.models import Evidence, SourceState, Status, TargetStatus, Transition
from bot.core.render_text import clip
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

# Discord's documented embed limits (characters).
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
TOTAL_MAX = 6000

COLOURS: dict[Status, discord.Colour] = {
    Status.UNKNOWN: discord.Colour(0x95A5A6),  # grey
    Status.RUMOURED: discord.Colour(0xF5A623),  # amber
    Status.CONFIRMED: discord.Colour(0x3498DB),  # blue
    Status.RELEASED: discord.Colour(0x2ECC71),  # green
}
ERROR_COLOUR = discord.Colour(0xE74C3C)
NEUTRAL_COLOUR = discord.Colour(0x5865F2)

_WHITESPACE = re.compile(r"\s+")
_MARKDOWN = re.compile(r"([\\*_~|`\[\]()])")
_LINE_START = {"#", "-", ">"}  # headings, lists and quotes only start a line


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message to post: what `channel.send`/`webhook.send` need, nothing else."""

    embed: discord.Embed
    content: str | None = None
    allowed_mentions: discord.AllowedMentions = field(default_factory=discord.AllowedMentions.none)


def plain(text: str, limit: int = 300) -> str:
    """Hostile text made inert: one line, markdown and mentions escaped, clipped.

    Discord's markdown treats a backslash before any punctuation as an escape, so every
    character that could start formatting, a masked link or a heading is escaped."""
    flat = clip(_WHITESPACE.sub(" ", text).strip(), limit)
    escaped = _MARKDOWN.sub(r"\\\1", flat)
    if escaped[:1] in _LINE_START:
        escaped = "\\" + escaped
    return discord.utils.escape_mentions(escaped)


def safe_url(url: str) -> str | None:
    """The URL if it is a plain http(s) link Discord will accept, quoted; else None, because
    one malformed link would make Discord reject the whole message."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc or len(url) > 1000:
        return None
    return quote(url.strip(), safe=":/?#@!$&'*+,;=%~-._")


def link(title: str, url: str, limit: int = 200) -> str:
    """A markdown link, or the escaped title alone when the URL is not safe."""
    label = plain(title, limit) or "(untitled)"
    target = safe_url(url)
    return f"[{label}]({target})" if target else label


def when(at: datetime | None, style: discord.utils.TimestampStyle = "R") -> str:
    """A Discord timestamp, shown in each reader's own time zone and language."""
    return discord.utils.format_dt(at, style) if at else "never"


def lines_within(lines: Iterable[str], limit: int) -> str:
    """Join whole lines up to `limit`, ending with how many were left out."""
    all_lines = list(lines)
    kept: list[str] = []
    size = 0
    reserve = 20  # room for the "…and N more" note
    for index, line in enumerate(all_lines):
        if size + len(line) + 1 > limit - reserve:
            if not kept:
                kept.append(clip(line, limit - reserve))
                index += 1
            left = len(all_lines) - index
            if left:
                kept.append(f"…and {left} more")
            break
        kept.append(line)
        size += len(line) + 1
    return clip("\n".join(kept), limit)


def fit(embed: discord.Embed) -> discord.Embed:
    """Make `embed` satisfy every Discord limit, truncating and never raising.

    Order of sacrifice: each part is clipped to its own limit, fields beyond 25 go, then,
    while the total exceeds 6000, the description shrinks and the last fields go.
    """
    if embed.title:
        embed.title = clip(embed.title, TITLE_MAX)
    if embed.description:
        embed.description = clip(embed.description, DESCRIPTION_MAX)
    if embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, FOOTER_MAX))
    fields = [(f.name or "\u200b", f.value or "—", f.inline) for f in embed.fields]
    embed.clear_fields()
    for name, value, inline in fields[:FIELDS_MAX]:
        embed.add_field(
            name=clip(name, FIELD_NAME_MAX), value=clip(value, FIELD_VALUE_MAX), inline=inline
        )
    while len(embed) > TOTAL_MAX:
        overflow = len(embed) - TOTAL_MAX
        description = embed.description or ""
        if len(description) > 500:
            embed.description = clip(description, max(len(description) - overflow, 500))
        elif embed.fields:
            embed.remove_field(len(embed.fields) - 1)
        elif description:
            embed.description = clip(description, max(len(description) - overflow, 0))
        else:
            embed.title = clip(embed.title or "", max(len(embed.title or "") - overflow, 1))
    return embed


def evidence_text(evidence: Evidence, *, with_span: bool = True) -> str:
    """Title link, source and, optionally, the deciding phrase as a quote."""
    source = evidence.source_name or evidence.domain
    text = f"{link(evidence.title, evidence.link)}\n{plain(source, 100)}"
    if evidence.domain and evidence.source_name:
        text += f" · {plain(evidence.domain, 100)}"
    if with_span and evidence.span:
        text += f"\n> “{plain(evidence.span, 400)}”"
    return text


def status_embed(
    status: TargetStatus,
    *,
    last_check: datetime | None = None,
    healthy: tuple[int, int] | None = None,
    warnings: Iterable[str] = (),
) -> discord.Embed:
    """The status card shape, shared by `/sora status`, the subscribe post and the card."""
    embed = discord.Embed(
        title=f"{plain(status.target, 100)}: {status.status.word}",
        colour=COLOURS[status.status],
    )
    if status.since:
        embed.add_field(name="Since", value=f"{when(status.since, 'D')} ({when(status.since)})")
    if status.window:
        embed.add_field(name="Release date or window", value=plain(status.window, 200))
    if status.manual:
        embed.add_field(name="Set by", value="an admin, by hand")
    if status.evidence:
        embed.add_field(name="Evidence", value=evidence_text(status.evidence), inline=False)
    elif status.status is Status.UNKNOWN:
        embed.description = "No source has said anything decisive yet."
    if last_check is not None or healthy is not None:
        embed.add_field(name="Last check", value=when(last_check))
    if healthy is not None:
        embed.add_field(name="Sources", value=f"{healthy[0]} of {healthy[1]} healthy")
    notes = [plain(w, 300) for w in warnings]
    if notes:
        embed.add_field(
            name="⚠ Needs an admin", value=lines_within(notes, FIELD_VALUE_MAX), inline=False
        )
    return fit(embed)


def reply_status(reply: StatusReply) -> discord.Embed:
    return status_embed(
        reply.status,
        last_check=reply.last_check,
        healthy=(reply.sources_healthy, reply.sources_total),
        warnings=reply.warnings,
    )


def _transition_line(t: Transition) -> str:
    line = f"{when(t.at, 'D')} **{t.old.word} → {t.new.word}**"
    if t.manual_by:
        line += f" — set by {plain(t.manual_by, 80)}"
    if t.window:
        line += f" — window: {plain(t.window, 80)}"
    for evidence in t.evidence[:3]:
        line += f"\n  • {link(evidence.title, evidence.link, 120)}"
        line += f" ({plain(evidence.source_name or evidence.domain, 60)})"
    return line


def reply_history(reply: HistoryReply) -> discord.Embed:
    newest_first = sorted(reply.transitions, key=lambda t: t.at, reverse=True)
    colour = COLOURS[newest_first[0].new] if newest_first else COLOURS[Status.UNKNOWN]
    embed = discord.Embed(title=f"History of {plain(reply.target, 100)}", colour=colour)
    embed.description = (
        lines_within((_transition_line(t) for t in newest_first), DESCRIPTION_MAX)
        if newest_first
        else "No change recorded yet."
    )
    return fit(embed)


def _source_line(source: SourceState) -> str:
    spec = source.spec
    name = link(spec.name or urlsplit(spec.url).netloc or spec.url, spec.url, 80)
    line = f"`#{source.id}` {'✅' if source.healthy else '❌'} {name} · {spec.kind} · {spec.trust}"
    if spec.targets:
        line += f" · {plain(', '.join(spec.targets), 80)}"
    if source.origin == "config":
        line += " · config"
    if source.last_error:
        line += f"\n  {source.failures} failure(s): {plain(source.last_error, 160)}"
    elif source.last_success:
        line += f" · read {when(source.last_success)}"
    else:
        line += " · not read yet"
    return line


def reply_sources(reply: SourcesReply) -> discord.Embed:
    embed = discord.Embed(title=f"Sources ({len(reply.sources)})", colour=NEUTRAL_COLOUR)
    embed.description = (
        lines_within((_source_line(s) for s in reply.sources), DESCRIPTION_MAX)
        if reply.sources
        else "No sources yet. Add one with `sources add`."
    )
    if reply.broken:
        broken = [
            f"<#{s.channel}> ({plain(s.target, 60)}): {plain(s.broken or 'broken', 160)}"
            for s in reply.broken
        ]
        embed.add_field(
            name="⚠ Broken subscriptions",
            value=lines_within(broken, FIELD_VALUE_MAX),
            inline=False,
        )
    return fit(embed)


def reply_source_test(reply: SourceTestReply) -> discord.Embed:
    best = max((status for _, status in reply.conclusion), default=Status.UNKNOWN)
    embed = discord.Embed(
        title=f"Source test: {clip(reply.url, 200)}",
        description=f"Read {reply.items} item(s) as {plain(reply.kind, 20)}. Nothing was stored.",
        colour=COLOURS[best],
    )
    for target, status in reply.conclusion:
        embed.add_field(name=plain(target, 100), value=f"would suggest **{status.word}**")
    findings = [
        f"**{f.detection.label}** ({f.detection.confidence:.2f}) {plain(f.target, 60)}: "
        f"{link(f.item.title, f.item.link, 120)}"
        + (f"\n> “{plain(f.detection.evidence, 200)}”" if f.detection.evidence else "")
        for f in reply.findings
    ]
    if findings:
        embed.add_field(
            name="What it read", value=lines_within(findings, FIELD_VALUE_MAX), inline=False
        )
    return fit(embed)


def reply_check(reply: CheckReply) -> discord.Embed:
    errors = [r for r in reply.reports if r.outcome == "error"]
    embed = discord.Embed(
        title=f"Checked {len(reply.reports)} source(s)",
        colour=ERROR_COLOUR if errors else NEUTRAL_COLOUR,
    )
    lines = [
        f"`#{r.source_id}` {plain(r.url, 80)}: {r.outcome}"
        + (f", {r.new_items} new" if r.new_items else "")
        + (f" — {plain(r.error, 120)}" if r.error else "")
        for r in reply.reports
    ]
    embed.description = lines_within(lines, DESCRIPTION_MAX) if lines else "No sources to check."
    if reply.transitions:
        changes = [
            f"{plain(t.target, 60)}: {t.old.word} → **{t.new.word}**" for t in reply.transitions
        ]
        embed.add_field(name="Changes", value=lines_within(changes, FIELD_VALUE_MAX), inline=False)
    return fit(embed)


def reply_subscribe(reply: SubscribeReply) -> discord.Embed:
    sub = reply.subscription
    text = f"Announcements about **{plain(sub.target, 100)}** will go to <#{sub.channel}>"
    if sub.role:
        text += f" and mention <@&{sub.role}>"
    if sub.webhook_url:
        text += " through its webhook"
    embed = discord.Embed(title="Subscribed", description=text + ".", colour=NEUTRAL_COLOUR)
    embed.add_field(name="Current status", value=reply.current.status.status.word)
    return fit(embed)


def reply_message(reply: MessageReply) -> discord.Embed:
    text = discord.utils.escape_mentions(reply.text) if reply.text else None
    embed = discord.Embed(title=plain(reply.title, 250), description=text, colour=NEUTRAL_COLOUR)
    return fit(embed)


def reply_help(reply: HelpReply) -> discord.Embed:
    lines = [
        f"`/{e.usage.lstrip('/')}` — {e.summary}" + (" *(Manage Server)*" if e.admin_only else "")
        for e in reply.entries
    ]
    embed = discord.Embed(
        title=f"/{reply.command}",
        description=lines_within(lines, DESCRIPTION_MAX),
        colour=NEUTRAL_COLOUR,
    )
    return fit(embed)


def reply_error(reply: ErrorReply) -> discord.Embed:
    embed = discord.Embed(
        title="Something went wrong" if reply.incident else "That did not work",
        description=discord.utils.escape_mentions(f"{reply.message}\n{reply.hint}".strip()),
        colour=ERROR_COLOUR,
    )
    if reply.permission:
        embed.add_field(name="Permission needed", value=reply.permission)
    if reply.incident:
        embed.set_footer(text=f"Incident {reply.incident}")
    return fit(embed)


def render(reply: Reply) -> discord.Embed:
    """Any core reply as one embed."""
    match reply:
        case StatusReply():
            return reply_status(reply)
        case HistoryReply():
            return reply_history(reply)
        case SourcesReply():
            return reply_sources(reply)
        case SourceTestReply():
            return reply_source_test(reply)
        case CheckReply():
            return reply_check(reply)
        case SubscribeReply():
            return reply_subscribe(reply)
        case MessageReply():
            return reply_message(reply)
        case HelpReply():
            return reply_help(reply)
        case ErrorReply():
            return reply_error(reply)

"""Announcements as Discord messages: the embed, the role ping and the status card a
notice leaves behind. Apart from `render` (replies to commands) because a notice is the
one message the bot sends unasked, so who it may ping is decided here and nowhere else.
"""

from __future__ import annotations

import discord

from bot.adapters.discord.render import (
    COLOURS,
    Outgoing,
    evidence_text,
    fit,
    plain,
)
from bot.core.models import Notice, TargetStatus


def role_ping(role: str | None) -> discord.AllowedMentions:
    """Pings allowed for a subscription: its own role, never @everyone, @here or users."""
    if role and role.isdigit():
        return discord.AllowedMentions(
            everyone=False, users=False, roles=[discord.Object(int(role))], replied_user=False
        )
    return discord.AllowedMentions.none()


def notice_message(notice: Notice, *, role: str | None, marker: str) -> Outgoing:
    """An announcement. `marker` goes into the footer so a crashed send can be found again
    (see `DiscordNotifier.find_sent`)."""
    if notice.window_change:
        title = f"{plain(notice.target, 100)}: the release window moved"
        was = plain(notice.previous_window, 100) if notice.previous_window else "not announced"
        description = f"Still {notice.new.word}. The window was {was}."
    else:
        title = f"{plain(notice.target, 100)} is now {notice.new.word}"
        description = f"Was {notice.old.word}."
    embed = discord.Embed(
        title=title, description=description, colour=COLOURS[notice.new], timestamp=notice.at
    )
    if notice.window:
        embed.add_field(name="Release date or window", value=plain(notice.window, 200))
    if notice.manual_by:
        embed.add_field(name="Set by", value=plain(notice.manual_by, 100))
    for number, evidence in enumerate(notice.evidence[:10], start=1):
        embed.add_field(name=f"Evidence {number}", value=evidence_text(evidence), inline=False)
    embed.set_footer(text=marker)
    content = None
    if role and role.isdigit():
        content = f"<@&{role}> {title}."
    return Outgoing(embed=fit(embed), content=content, allowed_mentions=role_ping(role))


def card_status(notice: Notice) -> TargetStatus:
    """The status a notice leaves its target in, for the status card."""
    return TargetStatus(
        target=notice.target,
        status=notice.new,
        since=notice.at,
        evidence=notice.evidence[0] if notice.evidence else None,
        window=notice.window,
        manual=notice.manual_by is not None,
    )

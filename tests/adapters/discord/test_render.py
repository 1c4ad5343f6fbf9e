"""Embeds stay within Discord's limits whatever the data, and hostile text stays inert."""

from __future__ import annotations

from dataclasses import replace

import discord
import pytest

from bot.adapters.discord import announce, render
from bot.core.models import (
    Detection,
    Evidence,
    Label,
    Notice,
    RawItem,
    SourceSpec,
    SourceState,
    Status,
    Subscription,
    Transition,
)
from bot.core.replies import (
    CheckReply,
    ErrorReply,
    Finding,
    HelpEntry,
    HelpReply,
    HistoryReply,
    MessageReply,
    PollReport,
    Reply,
    SourcesReply,
    SourceTestReply,
    StatusReply,
    SubscribeReply,
)
from tests.adapters.discord.conftest import DISCORD
from tests.fakes.commands import NOW, hostile_evidence

HUGE = "x" * 10_000
LIMITS = {"title": 256, "description": 4096}


def huge_evidence() -> Evidence:
    return replace(
        hostile_evidence(DISCORD),
        title=HUGE,
        span=HUGE,
        source_name=HUGE,
        link="https://a.b/" + HUGE,
    )


def within_limits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(embed) <= render.TOTAL_MAX
    for key, limit in LIMITS.items():
        assert len(data.get(key, "")) <= limit
    assert len(data.get("fields", [])) <= render.FIELDS_MAX
    for f in data.get("fields", []):
        assert 0 < len(f["name"]) <= render.FIELD_NAME_MAX
        assert 0 < len(f["value"]) <= render.FIELD_VALUE_MAX
    assert len(data.get("footer", {}).get("text", "")) <= render.FOOTER_MAX


def status_reply() -> StatusReply:
    ev = huge_evidence()
    status = announce.card_status(
        Notice(HUGE, Status.UNKNOWN, Status.RELEASED, NOW, (ev,), window=HUGE)
    )
    return StatusReply(status, NOW, 1, 2, tuple(HUGE for _ in range(40)))


def many_sources() -> SourcesReply:
    spec = SourceSpec("https://example.org/" + HUGE, name=HUGE, targets=(HUGE,))
    sources = tuple(SourceState(i, spec, "chat", last_error=HUGE, failures=3) for i in range(300))
    broken = tuple(Subscription("discord", str(i), HUGE, broken=HUGE) for i in range(300))
    return SourcesReply(sources, broken)


HUGE_REPLIES: list[Reply] = [
    status_reply(),
    HistoryReply(
        HUGE,
        tuple(
            Transition(
                HUGE, Status.UNKNOWN, Status.RUMOURED, NOW, (huge_evidence(),) * 5, HUGE, HUGE
            )
            for _ in range(500)
        ),
    ),
    many_sources(),
    CheckReply(
        tuple(PollReport(i, HUGE, "error", 0, HUGE) for i in range(500)),
        tuple(Transition(HUGE, Status.UNKNOWN, Status.RELEASED, NOW) for _ in range(500)),
    ),
    SourceTestReply(
        HUGE,
        HUGE,
        500,
        tuple(
            Finding(RawItem(HUGE, link=HUGE), HUGE, Detection(Label.RELEASED, 1.0, HUGE))
            for _ in range(500)
        ),
        tuple((HUGE, Status.RELEASED) for _ in range(50)),
    ),
    SubscribeReply(Subscription("discord", HUGE, HUGE, HUGE, HUGE), status_reply()),
    MessageReply(HUGE, HUGE),
    HelpReply(HUGE, tuple(HelpEntry(HUGE, HUGE, True) for _ in range(100))),
    ErrorReply(HUGE, HUGE, incident="abcd1234", permission=HUGE),
]


@pytest.mark.parametrize("reply", HUGE_REPLIES, ids=lambda r: type(r).__name__)
def test_every_reply_fits_discords_limits(reply: Reply) -> None:
    within_limits(render.render(reply))


def test_a_huge_notice_fits_and_is_marked() -> None:
    notice = Notice(
        HUGE,
        Status.RUMOURED,
        Status.CONFIRMED,
        NOW,
        (huge_evidence(),) * 30,
        manual_by=HUGE,
        window=HUGE,
    )
    out = announce.notice_message(notice, role=None, marker="sora-bot · delivery 1")

    within_limits(out.embed)
    assert out.embed.footer.text == "sora-bot · delivery 1"


def test_fit_drops_fields_past_25_and_never_leaves_them_empty() -> None:
    embed = discord.Embed(title="t")
    for i in range(40):
        embed.add_field(name="", value="" if i % 2 else "v")

    within_limits(render.fit(embed))
    assert len(embed.fields) == 25


def test_truncation_is_marked_with_an_ellipsis() -> None:
    assert render.clip("abcdef", 4) == "abc…"
    assert render.clip("abc", 4) == "abc"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("@everyone look", "@\u200beveryone look"),
        ("@here", "@\u200bhere"),
        ("<@&123456789012345678>", "<@\u200b&123456789012345678>"),
        ("[x](https://evil.example)", "\\[x\\]\\(https://evil.example\\)"),
        (
            "**bold** __u__ ~~s~~ `c` ||spoiler||",
            "\\*\\*bold\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\|",
        ),
        ("# heading", "\\# heading"),
        ("> quote > more", "\\> quote > more"),
    ],
)
def test_feed_text_is_escaped(text: str, shown: str) -> None:
    assert render.plain(text) == shown


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a b)c", "https://example.org/a%20b%29c"),
        ("javascript:alert(1)", None),
        ("ftp://example.org/x", None),
        ("https://", None),
    ],
)
def test_only_plain_web_links_are_kept(url: str, kept: str | None) -> None:
    assert render.safe_url(url) == kept


def test_role_ping_never_allows_everyone_or_users() -> None:
    allowed = announce.role_ping("777777777777777777").to_dict()

    assert allowed["parse"] == []
    assert allowed["roles"] == [777777777777777777]
    assert announce.role_ping(None).to_dict() == {"parse": []}

"""The command-line grammar and the Block Kit rendering, as tables; no network."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.adapters.slack import render
from bot.adapters.slack.commands import Invocation, parse
from bot.core.models import Evidence, Label, Notice, Status, Trust
from bot.core.replies import ErrorReply, HistoryReply, MessageReply
from bot.errors import UserError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Invocation("help")),
        ("help", Invocation("help")),
        ("status", Invocation("status")),
        ("STATUS Sora", Invocation("status", target="Sora")),
        ('status "Sora 2" --public', Invocation("status", target="Sora 2", public=True)),
        ("status Sora 2", Invocation("status", target="Sora 2")),
        ("history Sora", Invocation("history", target="Sora")),
        ("sources", Invocation("sources list")),
        ("sources list", Invocation("sources list")),
        ("sources remove 4", Invocation("sources remove", source_id=4)),
        ("sources remove #4", Invocation("sources remove", source_id=4)),
        (
            "sources add <https://a.example/f?x=1&amp;y=2|a.example/f> trust=official",
            Invocation(
                "sources add", url="https://a.example/f?x=1&y=2", options={"trust": "official"}
            ),
        ),
        (
            "sources add https://a.example/p kind=page selector='h2 &gt; a'",
            Invocation(
                "sources add",
                url="https://a.example/p",
                options={"kind": "page", "selector": "h2 > a"},
            ),
        ),
        ("sources test https://a.example/f", Invocation("sources test", url="https://a.example/f")),
        ("subscribe", Invocation("subscribe")),
        ("subscribe Sora <#C42|news>", Invocation("subscribe", target="Sora", channel="C42")),
        ("unsubscribe <#G7>", Invocation("unsubscribe", channel="G7")),
        ("check", Invocation("check")),
    ],
)
def test_parse(text: str, expected: Invocation) -> None:
    assert parse(text, "sora") == expected


@pytest.mark.parametrize(
    ("text", "problem", "hint"),
    [
        ("launch", "`launch` is not a `/sora` command.", "Try one of: check, help, history"),
        ("sources purge", "`sources` has no `purge` subcommand.", "`remove <id>`"),
        ("sources remove", "The source id is missing.", "`/sora sources list` shows ids"),
        ("sources remove 1 2", "`1 2` is not a source id.", "/sora sources remove <id>"),
        ("sources add", "The source's URL is missing.", "/sora sources add <url>"),
        ("sources add https://a https://b", "`https://b` is extra.", "/sora sources add <url>"),
        ("sources test https://a trust=press", "Unknown option `trust=`", "sources test <url>"),
        ("status kind=feed", "`status` takes no `kind=` option.", "/sora status [target]"),
        ("status <#C1>", "`status` does not take a channel.", "/sora status"),
        ("check now", "`check` takes no arguments.", "Use: `/sora check`"),
        ("subscribe <#C1> <#C2>", "Name one channel at a time.", "subscribe [target]"),
        ("subscribe #general", "I could not read that channel.", "as you type `#`"),
        ("history --public", "`history` has no `--public` flag.", "/sora history"),
        ('status "Sora', "A quote in your command is not closed.", 'selector="'),
    ],
)
def test_parse_errors_say_what_is_wrong_and_the_right_form(
    text: str, problem: str, hint: str
) -> None:
    with pytest.raises(UserError) as caught:
        parse(text, "sora")
    assert problem in caught.value.message
    assert hint in caught.value.hint


def test_escape_and_links() -> None:
    assert render.escape("<!here> & <@U1>") == "&lt;!here&gt; &amp; &lt;@U1&gt;"
    assert render.link("https://a.example/x|y>z", "t") == "<https://a.example/x%7Cy&gt;z|t>"
    assert render.link("javascript:alert(1)", "<!channel>") == "&lt;!channel&gt;"
    assert render.link("", "") == ""


def test_long_feed_text_is_clipped_to_block_kit_limits() -> None:
    at = datetime(2025, 3, 1, tzinfo=UTC)
    evidence = Evidence(
        1, "Sora", Label.RELEASED, 1.0, "word " * 2000, "T" * 5000, "https://a.example/",
        "a.example", Trust.OFFICIAL, at,
    )  # fmt: skip
    message = render.notice(Notice("S" * 400, Status.CONFIRMED, Status.RELEASED, at, (evidence,)))

    assert len(message.blocks[0]["text"]["text"]) <= render.HEADER_MAX
    for block in message.blocks[1:]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= render.SECTION_MAX
    assert len(message.text) <= render.FALLBACK_MAX


def test_long_lists_are_split_into_sections() -> None:
    lines = [f"line {n} " + "x" * 200 for n in range(100)]
    blocks = render.sections(lines)
    assert len(blocks) > 1
    assert all(len(b["text"]["text"]) <= render.SECTION_MAX for b in blocks)
    assert "\n".join(b["text"]["text"] for b in blocks) == "\n".join(lines)


def test_every_reply_has_fallback_text() -> None:
    replies = [
        HistoryReply("Sora", ()),
        MessageReply("Source <1> removed", "bye & thanks"),
        ErrorReply("Sorry, something went wrong on our side.", "Try again.", incident="ab12"),
    ]
    for reply in replies:
        message = render.reply(reply, "sora")
        assert message.text
        assert message.blocks
    error = render.reply(replies[2], "sora")
    assert error.blocks[-1]["elements"][0]["text"] == "Incident id: `ab12`"
    assert render.reply(replies[1], "sora").text == "Source &lt;1&gt; removed"

"""Signed slash commands POSTed to the HTTP-mode app, through slack-bolt's real dispatch,
with answers arriving at the fake's response_url."""

from __future__ import annotations

import time
from typing import Any

import aiohttp

from bot.adapters.slack.app import SlackAdapter
from tests.adapters.slack.conftest import SECRET, ScriptedCommands, events_url
from tests.fakes.slack_server import FakeSlack


async def command(
    fake: FakeSlack, app: SlackAdapter, text: str, user: str = "UPLAIN", channel: str = "C1"
) -> tuple[dict[str, str], int, dict[str, Any] | str]:
    payload = fake.command_payload(text, user=user, channel=channel)
    status, ack = await fake.post_command(events_url(app), SECRET, payload)
    return payload, status, ack


def all_text(message: dict[str, Any]) -> str:
    """Every text a client would draw, fallback included."""
    parts = [message.get("text", "")]
    for block in message.get("blocks", []):
        if "text" in block:
            parts.append(block["text"]["text"])
        for item in block.get("fields", []) + block.get("elements", []):
            parts.append(item["text"])
    return "\n".join(parts)


async def test_status_is_acked_then_answered_ephemerally_in_block_kit(
    fake: FakeSlack, http_app: SlackAdapter, commands: ScriptedCommands
) -> None:
    payload, status, ack = await command(fake, http_app, "status")

    assert status == 200
    assert ack == {}  # an empty ack: the answer follows through response_url
    [answer] = await fake.wait_response(payload["response_url"])
    assert answer["response_type"] == "ephemeral"
    blocks = answer["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "✅ Sora — confirmed"},
    }
    facts = [f["text"] for f in blocks[1]["fields"]]
    assert facts[0] == "*Status*\nconfirmed"
    assert facts[1].startswith("*Since*\n<!date^1740830400^")
    assert facts[2] == "*Release window*\nspring"
    assert "*Evidence*" in blocks[2]["text"]["text"]
    assert blocks[-1]["type"] == "context"
    assert blocks[-1]["elements"][0]["text"].startswith(
        "Source: <https://news.example.com/a?x=1&amp;y=2|Sora &lt;!here&gt; confirmed>"
    )
    assert answer["text"].startswith("Sora: confirmed since 2025-03-01 12:00 UTC")
    [(method, caller, args)] = commands.calls
    assert (method, args) == ("status", {"target": None})
    assert (caller.platform, caller.user_id, caller.channel, caller.is_admin) == (
        "slack",
        "UPLAIN",
        "C1",
        False,
    )


async def test_feed_text_can_never_ping_or_link(fake: FakeSlack, http_app: SlackAdapter) -> None:
    payload, _, _ = await command(fake, http_app, "status")
    [answer] = await fake.wait_response(payload["response_url"])
    text = all_text(answer)

    assert "&lt;!channel&gt;" in text
    for live in ("<!channel>", "<!here>", "<@U999>", "<https://evil.example"):
        assert live not in text


async def test_status_public_is_shared_in_channel(fake: FakeSlack, http_app: SlackAdapter) -> None:
    payload, _, _ = await command(fake, http_app, "status sora --public")
    [answer] = await fake.wait_response(payload["response_url"])
    assert answer["response_type"] == "in_channel"


async def test_bad_arguments_are_refused_in_the_ack_with_the_right_form(
    fake: FakeSlack, http_app: SlackAdapter, commands: ScriptedCommands
) -> None:
    cases = {
        "frobnicate": "`frobnicate` is not a `/sora` command.",
        "sources remove abc": "`abc` is not a source id.",
        "sources add": "The source's URL is missing.",
        'sources add "https://x.example/feed': "A quote in your command is not closed.",
        "sources add https://x.example/feed colour=red": "Unknown option `colour=`",
        "status --loud": "`status` has no `--loud` flag.",
    }
    for text, problem in cases.items():
        _, status, ack = await command(fake, http_app, text)
        assert status == 200
        assert isinstance(ack, dict)
        assert ack["response_type"] == "ephemeral"
        assert problem in ack["blocks"][0]["text"]["text"], text
    _, _, ack = await command(fake, http_app, "sources remove abc")
    assert isinstance(ack, dict)
    assert "Use: `/sora sources remove &lt;id&gt;`" in ack["blocks"][0]["text"]["text"]
    assert commands.calls == []


async def test_user_errors_from_the_core_are_shown_with_their_hint(
    fake: FakeSlack, http_app: SlackAdapter
) -> None:
    payload, _, _ = await command(fake, http_app, "status Nope")
    [answer] = await fake.wait_response(payload["response_url"])
    body = answer["blocks"][0]["text"]["text"]
    assert "No tracked target is called 'Nope'." in body
    assert "Tracked: Sora." in body
    assert answer["response_type"] == "ephemeral"


async def test_changing_commands_are_refused_to_non_admins(
    fake: FakeSlack, http_app: SlackAdapter, commands: ScriptedCommands
) -> None:
    payload, _, _ = await command(fake, http_app, "sources remove 3", user="UPLAIN")
    [answer] = await fake.wait_response(payload["response_url"])

    assert answer["response_type"] == "ephemeral"
    assert "needs a workspace admin or owner" in answer["blocks"][0]["text"]["text"]
    assert "sources remove" not in commands.methods()


async def test_admins_owners_and_configured_ids_may_change_things(
    fake: FakeSlack, http_app: SlackAdapter, commands: ScriptedCommands
) -> None:
    for user in ("UADMIN", "UOWNER", "UCONF"):
        payload, _, _ = await command(fake, http_app, "sources remove #3", user=user)
        [answer] = await fake.wait_response(payload["response_url"])
        assert answer["blocks"][0]["text"]["text"] == "*Source 3 removed*"
    assert commands.methods() == ["sources remove"] * 3
    # UCONF comes from the config, so Slack is never asked about it.
    looked_up = [c.params["user"] for c in fake.calls_to("users.info")]
    assert sorted(looked_up) == ["UADMIN", "UOWNER"]


async def test_admin_lookups_are_cached(fake: FakeSlack, http_app: SlackAdapter) -> None:
    for _ in range(3):
        payload, _, _ = await command(fake, http_app, "help", user="UADMIN")
        await fake.wait_response(payload["response_url"])
    assert len(fake.calls_to("users.info")) == 1


async def test_sources_add_passes_quoted_and_escaped_options(
    fake: FakeSlack, http_app: SlackAdapter, commands: ScriptedCommands
) -> None:
    # What Slack sends for: sources add https://x.example/news?a=1&b=2 kind=page
    #                       selector=“div.news > h2” target=Sora
    text = (
        "sources add <https://x.example/news?a=1&amp;b=2> kind=page "
        "selector=“div.news &gt; h2” target=Sora"
    )
    payload, _, _ = await command(fake, http_app, text, user="UADMIN")
    await fake.wait_response(payload["response_url"])

    [(method, _, args)] = commands.calls
    assert method == "sources add"
    assert args == {
        "url": "https://x.example/news?a=1&b=2",
        "kind": "page",
        "target": "Sora",
        "trust": None,
        "selector": "div.news > h2",
    }


async def test_subscribe_names_a_channel_and_posts_the_status_there(
    fake: FakeSlack, http_app: SlackAdapter, commands: ScriptedCommands
) -> None:
    payload, _, _ = await command(fake, http_app, "subscribe Sora <#C2|releases>", user="UADMIN")
    [answer] = await fake.wait_response(payload["response_url"])

    assert commands.calls[0][2] == {"target": "Sora", "channel": "C2"}
    assert answer["blocks"][0]["text"]["text"] == "<#C2> now hears about *Sora*."
    [card] = fake.posted("C2")
    assert card["blocks"][0]["text"]["text"] == "✅ Sora — confirmed"


async def test_subscribe_where_the_bot_cannot_post_says_how_to_fix_it(
    fake: FakeSlack, http_app: SlackAdapter
) -> None:
    fake.add_channel("C3", "private", member=False)
    payload, _, _ = await command(fake, http_app, "subscribe <#C3>", user="UADMIN")
    [answer] = await fake.wait_response(payload["response_url"])

    first = answer["blocks"][0]["text"]["text"]
    assert "cannot post in that channel (not_in_channel)" in first
    assert "`/invite`" in first


async def test_slow_commands_are_acked_before_the_work_is_done(
    fake: FakeSlack, http_app: SlackAdapter, commands: ScriptedCommands
) -> None:
    # `check` blocks until released; the ack must already be back by then.
    payload, status, ack = await command(fake, http_app, "check", user="UADMIN")
    assert status == 200
    assert isinstance(ack, dict)
    assert "Checking every source" in ack["text"]
    assert fake.responses_to(payload["response_url"]) == []

    commands.release_check.set()
    [answer] = await fake.wait_response(payload["response_url"])
    assert answer["blocks"][0]["text"]["text"] == "Check finished"


async def test_bad_signature_and_stale_timestamp_are_refused(
    fake: FakeSlack, http_app: SlackAdapter, commands: ScriptedCommands
) -> None:
    payload = fake.command_payload("status", user="UPLAIN", channel="C1")
    status, _ = await fake.post_command(events_url(http_app), SECRET, payload, bad_signature=True)
    assert status == 401
    stale = int(time.time()) - 10 * 60
    status, _ = await fake.post_command(events_url(http_app), SECRET, payload, timestamp=stale)
    assert status == 401
    assert commands.calls == []


async def test_healthz(http_app: SlackAdapter) -> None:
    url = f"http://127.0.0.1:{http_app.port}/healthz"
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        assert resp.status == 200
        assert await resp.json() == {"ok": True, "mode": "http"}


async def test_admin_warnings_show_only_in_private_answers(
    fake: FakeSlack, http_app: SlackAdapter
) -> None:
    private, _, _ = await command(fake, http_app, "status", user="UADMIN")
    shared, _, _ = await command(fake, http_app, "status --public", user="UADMIN")
    [mine] = await fake.wait_response(private["response_url"])
    [everyone] = await fake.wait_response(shared["response_url"])

    assert ":warning: Announcements to C9 stopped" in all_text(mine)
    assert "Announcements to C9" not in all_text(everyone)

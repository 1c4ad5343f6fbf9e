"""Socket Mode through slack_sdk's real client: `apps.connections.open` on the configured
api_url hands out the fake's websocket, a slash command envelope arrives on it, the ack
goes back on it, and the answer goes to the response_url."""

from __future__ import annotations

import pytest

from bot.adapters.slack.app import SlackAdapter
from bot.errors import ConfigError
from tests.adapters.slack.conftest import ScriptedCommands, settings
from tests.fakes.slack_server import FakeSlack


async def test_slash_command_round_trip(fake: FakeSlack, commands: ScriptedCommands) -> None:
    adapter = SlackAdapter(
        commands,  # type: ignore[arg-type]
        settings(fake, "socket"),
        fake.bot_token,
        fake.app_token,
        None,
        "sora",
    )
    await adapter.start()
    try:
        assert len(fake.calls_to("apps.connections.open")) == 1

        payload = fake.command_payload("status --public", user="UPLAIN", channel="C1")
        ack = await fake.socket_command(payload)
        assert ack == {}
        [answer] = await fake.wait_response(payload["response_url"])
        assert answer["response_type"] == "in_channel"
        assert answer["blocks"][0]["text"]["text"] == "✅ Sora — confirmed"

        bad = fake.command_payload("sources remove x", user="UPLAIN", channel="C1")
        refusal = await fake.socket_command(bad)
        assert refusal["response_type"] == "ephemeral"
        assert "`x` is not a source id." in refusal["blocks"][0]["text"]["text"]
    finally:
        await adapter.close()
    assert commands.methods() == ["status"]


async def test_a_refused_app_token_stops_start_with_a_fix(
    fake: FakeSlack, commands: ScriptedCommands
) -> None:
    adapter = SlackAdapter(
        commands,  # type: ignore[arg-type]
        settings(fake, "socket"),
        fake.bot_token,
        "xapp-wrong",
        None,
        "sora",
    )
    with pytest.raises(ConfigError, match=r"SLACK_APP_TOKEN \(invalid_auth\)"):
        await adapter.start()
    await adapter.close()


async def test_a_refused_bot_token_stops_start_with_a_fix(
    fake: FakeSlack, commands: ScriptedCommands
) -> None:
    adapter = SlackAdapter(
        commands,  # type: ignore[arg-type]
        settings(fake, "http"),
        "xoxb-wrong",
        None,
        "secret",
        "sora",
    )
    with pytest.raises(ConfigError, match=r"SLACK_BOT_TOKEN \(invalid_auth\)"):
        await adapter.start()
    await adapter.close()


def test_each_transport_needs_its_secret(fake: FakeSlack, commands: ScriptedCommands) -> None:
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN is not set"):
        SlackAdapter(commands, settings(fake, "socket"), "xoxb", None, None, "sora")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET is not set"):
        SlackAdapter(commands, settings(fake, "http"), "xoxb", None, None, "sora")  # type: ignore[arg-type]

"""Fixtures for the Slack adapter: the fake Slack, a scripted core, and the adapter running
in HTTP mode or Socket Mode against both."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.adapters.slack.app import SlackAdapter
from bot.config import SlackConfig
from tests.fakes.commands import Platform, ScriptedCommands
from tests.fakes.slack_server import FakeSlack

SECRET = "test-signing-secret"
SLACK = Platform(
    name="slack",
    permission="workspace admin or owner",
    hostile_span="<!channel> Sora <@U999> is out & <https://evil.example|click>",
    hostile_title="Sora <!here> confirmed",
    link="https://news.example.com/a?x=1&y=2",
    window="spring",
    broken_channel="C9",
    broken_reason="not_in_channel",
)


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    slack = FakeSlack()
    slack.add_channel("C1", "general")
    slack.add_channel("C2", "releases")
    slack.add_user("UADMIN", admin=True)
    slack.add_user("UOWNER", owner=True)
    slack.add_user("UPLAIN")
    await slack.start()
    yield slack
    await slack.close()


@pytest.fixture
def commands() -> ScriptedCommands:
    return ScriptedCommands(SLACK)


def settings(fake: FakeSlack, mode: str) -> SlackConfig:
    return SlackConfig.model_validate(
        {"mode": mode, "api_url": fake.api_url, "port": 0, "admin_ids": ["UCONF"]}
    )


def http_adapter(fake: FakeSlack, commands: ScriptedCommands) -> SlackAdapter:
    """An HTTP-mode adapter on the fake, not yet started."""
    return SlackAdapter(
        commands,  # type: ignore[arg-type]
        settings(fake, "http"),
        fake.bot_token,
        None,
        SECRET,
        "sora",
    )


@pytest.fixture
async def http_app(fake: FakeSlack, commands: ScriptedCommands) -> AsyncIterator[SlackAdapter]:
    adapter = http_adapter(fake, commands)
    await adapter.start()
    yield adapter
    commands.release_check.set()
    await adapter.close()


def events_url(adapter: SlackAdapter) -> str:
    return f"http://127.0.0.1:{adapter.port}/slack/events"

"""Fixtures for the Discord adapter: the fake Discord, a scripted core, and the adapter
connected to both through discord.py's real HTTP and gateway code."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
from discord.gateway import DiscordWebSocket

from bot.adapters.discord.client import DiscordAdapter
from bot.config import DiscordConfig
from tests.fakes.commands import Platform, ScriptedCommands
from tests.fakes.discord_server import TOKEN, FakeDiscord

DISCORD = Platform(
    name="discord",
    permission="Manage Server",
    hostile_span=(
        "@everyone Sora <@&123456789012345678> is out @here <@123456789012345678> **now**"
    ),
    hostile_title="Sora @everyone confirmed [click](https://evil.example)",
    link="https://news.example.com/a?x=1&y=(2)",
    window="spring 2025",
    broken_channel="42",
    broken_reason="no access",
)


class MetaStore:
    """The two Store calls the adapter itself makes (command hash, status cards)."""

    def __init__(self) -> None:
        self.meta: dict[str, str] = {}

    async def get_meta(self, key: str) -> str | None:
        return self.meta.get(key)

    async def set_meta(self, key: str, value: str) -> None:
        self.meta[key] = value


@pytest.fixture(autouse=True)
def restore_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    """The adapter aims discord.py's class-level endpoints at the fake; undo it after."""
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def commands() -> ScriptedCommands:
    return ScriptedCommands(DISCORD)


@pytest.fixture
def store() -> MetaStore:
    return MetaStore()


def settings(fake: FakeDiscord, **overrides: Any) -> DiscordConfig:
    values: dict[str, Any] = {
        "api_base_url": fake.api_base,
        "gateway_url": fake.gateway_url,
        "guild_ids": [fake.guild_id],
        "admin_ids": [424242424242424242],
        **overrides,
    }
    return DiscordConfig.model_validate(values)


@pytest.fixture
async def adapter(
    fake: FakeDiscord, commands: ScriptedCommands, store: MetaStore
) -> AsyncIterator[DiscordAdapter]:
    bot = DiscordAdapter(commands, store, settings(fake), TOKEN, "sora")  # type: ignore[arg-type]
    await bot.start()
    yield bot
    commands.release_check.set()
    await bot.close()


def embed_of(message: dict[str, Any]) -> dict[str, Any]:
    assert len(message["embeds"]) == 1, message
    embed: dict[str, Any] = message["embeds"][0]
    return embed


def text_of(embed: dict[str, Any]) -> str:
    """Every visible string of an embed, for asserting what a reader sees."""
    parts = [embed.get("title", ""), embed.get("description", "")]
    parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    parts.append(embed.get("footer", {}).get("text", ""))
    return "\n".join(parts)

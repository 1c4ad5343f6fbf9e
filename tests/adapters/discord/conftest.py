"""Fixtures for the Discord adapter: the fake Discord, a scripted core, and the adapter
connected to both through discord.py's real HTTP and gateway code."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import discord
import pytest
from discord.gateway import DiscordWebSocket

from bot.adapters.discord.client import DiscordAdapter
from bot.config import DiscordConfig
from bot.core.models import (
    Evidence,
    Label,
    SourceSpec,
    SourceState,
    Status,
    Subscription,
    TargetStatus,
    Transition,
    Trust,
)
from bot.core.replies import (
    Caller,
    CheckReply,
    HelpEntry,
    HelpReply,
    HistoryReply,
    MessageReply,
    PollReport,
    SourcesReply,
    SourceTestReply,
    StatusReply,
    SubscribeReply,
)
from bot.errors import NotFound, PermissionDenied
from tests.fakes.discord_server import TOKEN, FakeDiscord

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
HOSTILE = "@everyone Sora <@&123456789012345678> is out @here <@123456789012345678> **now**"


def hostile_evidence() -> Evidence:
    return Evidence(
        item_id=1,
        target="Sora",
        label=Label.CONFIRMED,
        confidence=0.9,
        span=HOSTILE,
        title="Sora @everyone confirmed [click](https://evil.example)",
        link="https://news.example.com/a?x=1&y=(2)",
        domain="news.example.com",
        trust=Trust.PRESS,
        seen_at=NOW,
        source_name="Example News",
    )


class ScriptedCommands:
    """The core's `Commands` surface with canned answers; records every call. `check`
    waits for `release_check`, so a test can see the deferral before the answer."""

    name = "sora"

    def __init__(self) -> None:
        self.calls: list[tuple[str, Caller, dict[str, Any]]] = []
        self.release_check = asyncio.Event()

    def _record(self, method: str, caller: Caller, **kwargs: Any) -> None:
        self.calls.append((method, caller, kwargs))

    def target_names(self) -> list[str]:
        return ["Sora", "Veo", "Gemini Ultra"]

    async def source_choices(self) -> list[tuple[int, str]]:
        return [(1, "https://news.example.com/feed"), (2, "https://blog.example.org/rss")]

    def current(self, caller: Caller) -> StatusReply:
        status = TargetStatus(
            "Sora", Status.CONFIRMED, since=NOW, evidence=hostile_evidence(), window="spring 2025"
        )
        warnings = ("Announcements to 42 stopped: no access.",) if caller.is_admin else ()
        return StatusReply(status, NOW, 3, 4, warnings)

    async def status(self, caller: Caller, target: str | None = None) -> StatusReply:
        self._record("status", caller, target=target)
        if target not in (None, "Sora"):
            raise NotFound(f"No tracked target is called {target!r}.", "Tracked: Sora.")
        return self.current(caller)

    async def history(
        self, caller: Caller, target: str | None = None, limit: int = 10
    ) -> HistoryReply:
        self._record("history", caller, target=target)
        old = Transition("Sora", Status.UNKNOWN, Status.RUMOURED, NOW.replace(month=1))
        new = Transition("Sora", Status.RUMOURED, Status.CONFIRMED, NOW, (hostile_evidence(),))
        return HistoryReply("Sora", (old, new))

    async def sources_list(self, caller: Caller) -> SourcesReply:
        self._record("sources list", caller)
        spec = SourceSpec("https://news.example.com/feed", name="Example")
        broken = Subscription("discord", "42", "Sora", broken="no access", id=3)
        return SourcesReply((SourceState(1, spec, "config", last_success=NOW),), (broken,))

    async def sources_add(self, caller: Caller, url: str, **kwargs: Any) -> MessageReply:
        self._record("sources add", caller, url=url, **kwargs)
        self._admin(caller, "sources add")
        return MessageReply("Source 3 added", f"{url} informs every target.")

    async def sources_remove(self, caller: Caller, source_id: int) -> MessageReply:
        self._record("sources remove", caller, source_id=source_id)
        self._admin(caller, "sources remove")
        return MessageReply(f"Source {source_id} removed")

    async def sources_test(self, caller: Caller, url: str, **kwargs: Any) -> SourceTestReply:
        self._record("sources test", caller, url=url, **kwargs)
        return SourceTestReply(url, "feed", 0, (), (("Sora", Status.UNKNOWN),))

    async def subscribe(
        self,
        caller: Caller,
        target: str | None = None,
        channel: str | None = None,
        role: str | None = None,
        webhook_url: str | None = None,
    ) -> SubscribeReply:
        self._record(
            "subscribe", caller, target=target, channel=channel, role=role, webhook_url=webhook_url
        )
        self._admin(caller, "subscribe")
        sub = Subscription(
            "discord", channel or caller.channel or "", "Sora", role, webhook_url, id=1
        )
        return SubscribeReply(sub, self.current(caller))

    async def unsubscribe(
        self, caller: Caller, target: str | None = None, channel: str | None = None
    ) -> MessageReply:
        self._record("unsubscribe", caller, target=target, channel=channel)
        self._admin(caller, "unsubscribe")
        return MessageReply("Unsubscribed", "No more Sora announcements here.")

    async def check(self, caller: Caller) -> CheckReply:
        self._record("check", caller)
        self._admin(caller, "check")
        await self.release_check.wait()
        report = PollReport(1, "https://news.example.com/feed", "ok", new_items=2)
        return CheckReply((report,), ())

    def help(self, caller: Caller) -> HelpReply:
        self._record("help", caller)
        return HelpReply(
            "sora",
            (
                HelpEntry("status [target]", "Where the target stands.", False),
                HelpEntry("subscribe [target] [channel] [role]", "Announce here.", True),
            ),
        )

    @staticmethod
    def _admin(caller: Caller, command: str) -> None:
        if not caller.is_admin:
            raise PermissionDenied(command, "Manage Server")

    def methods(self) -> list[str]:
        return [m for m, _, _ in self.calls]


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
    return ScriptedCommands()


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

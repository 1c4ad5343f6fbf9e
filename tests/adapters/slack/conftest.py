"""Fixtures for the Slack adapter: the fake Slack, a scripted core, and the adapter running
in HTTP mode or Socket Mode against both."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.adapters.slack.app import SlackAdapter
from bot.config import SlackConfig
from bot.core.models import (
    Evidence,
    Label,
    SourceSpec,
    SourceState,
    Status,
    Subscription,
    TargetStatus,
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
from tests.fakes.slack_server import FakeSlack

SECRET = "test-signing-secret"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
HOSTILE = "<!channel> Sora <@U999> is out & <https://evil.example|click>"


def hostile_evidence() -> Evidence:
    return Evidence(
        item_id=1,
        target="Sora",
        label=Label.CONFIRMED,
        confidence=0.9,
        span=HOSTILE,
        title="Sora <!here> confirmed",
        link="https://news.example.com/a?x=1&y=2",
        domain="news.example.com",
        trust=Trust.PRESS,
        seen_at=NOW,
        source_name="Example News",
    )


class ScriptedCommands:
    """The core's `Commands` surface with canned answers; records every call. `check`
    waits for `release_check`, so a test can prove the ack went out before the work."""

    name = "sora"

    def __init__(self) -> None:
        self.calls: list[tuple[str, Caller, dict[str, Any]]] = []
        self.release_check = asyncio.Event()

    def _record(self, method: str, caller: Caller, **kwargs: Any) -> None:
        self.calls.append((method, caller, kwargs))

    def target_names(self) -> list[str]:
        return ["Sora"]

    async def source_choices(self) -> list[tuple[int, str]]:
        return [(1, "https://news.example.com/feed")]

    def _status(self, caller: Caller) -> StatusReply:
        status = TargetStatus(
            "Sora", Status.CONFIRMED, since=NOW, evidence=hostile_evidence(), window="spring"
        )
        warnings = ("Announcements to C9 stopped: not_in_channel.",) if caller.is_admin else ()
        return StatusReply(status, NOW, 3, 4, warnings)

    async def status(self, caller: Caller, target: str | None = None) -> StatusReply:
        self._record("status", caller, target=target)
        if target not in (None, "Sora", "sora"):
            raise NotFound(f"No tracked target is called {target!r}.", "Tracked: Sora.")
        return self._status(caller)

    async def history(
        self, caller: Caller, target: str | None = None, limit: int = 10
    ) -> HistoryReply:
        self._record("history", caller, target=target)
        return HistoryReply("Sora", ())

    async def sources_list(self, caller: Caller) -> SourcesReply:
        self._record("sources list", caller)
        spec = SourceSpec("https://news.example.com/feed", name="Example")
        return SourcesReply((SourceState(1, spec, "config", last_success=NOW),))

    async def sources_add(self, caller: Caller, url: str, **kwargs: Any) -> MessageReply:
        self._record("sources add", caller, url=url, **kwargs)
        self._admin(caller, "sources add")
        return MessageReply("Source 2 added", f"{url} informs every target.")

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
        self._record("subscribe", caller, target=target, channel=channel)
        self._admin(caller, "subscribe")
        sub = Subscription("slack", channel or caller.channel or "", "Sora", id=1)
        return SubscribeReply(sub, self._status(caller))

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
            raise PermissionDenied(command, "workspace admin or owner")

    def methods(self) -> list[str]:
        return [m for m, _, _ in self.calls]


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
    return ScriptedCommands()


def settings(fake: FakeSlack, mode: str) -> SlackConfig:
    return SlackConfig.model_validate(
        {"mode": mode, "api_url": fake.api_url, "port": 0, "admin_ids": ["UCONF"]}
    )


@pytest.fixture
async def http_app(fake: FakeSlack, commands: ScriptedCommands) -> AsyncIterator[SlackAdapter]:
    adapter = SlackAdapter(
        commands,  # type: ignore[arg-type]
        settings(fake, "http"),
        fake.bot_token,
        None,
        SECRET,
        "sora",
    )
    await adapter.start()
    yield adapter
    commands.release_check.set()
    await adapter.close()


def events_url(adapter: SlackAdapter) -> str:
    return f"http://127.0.0.1:{adapter.port}/slack/events"

"""A scripted stand-in for the core's `Commands`, shared by the Discord and Slack adapter
tests.

Both adapters are tested against the same scripted core, so their behaviour can be
compared: the same canned answers, the same recorded calls, the same refusals. Only what
really belongs to a platform differs, and it is passed in as a `Platform`: the name a
`Subscription` carries, the right a refusal names, feed text full of that platform's
mention syntax, and the details each suite's assertions spell out.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

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

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Platform:
    """What the scripted core says differently on one platform."""

    name: str  # Subscription.platform: "discord", "slack"
    permission: str  # the right a refused change names
    hostile_span: str  # feed text that would ping or link if rendered raw
    hostile_title: str
    link: str  # an evidence link that needs escaping in this platform's markup
    window: str  # the release window the status reports
    broken_channel: str  # a subscription that stopped, shown to admins
    broken_reason: str


def hostile_evidence(platform: Platform) -> Evidence:
    return Evidence(
        item_id=1,
        target="Sora",
        label=Label.CONFIRMED,
        confidence=0.9,
        span=platform.hostile_span,
        title=platform.hostile_title,
        link=platform.link,
        domain="news.example.com",
        trust=Trust.PRESS,
        seen_at=NOW,
        source_name="Example News",
    )


class ScriptedCommands:
    """The core's `Commands` surface with canned answers; records every call. `check`
    waits for `release_check`, so a test can see the ack or deferral go out before the
    answer."""

    name = "sora"

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.calls: list[tuple[str, Caller, dict[str, Any]]] = []
        self.release_check = asyncio.Event()

    def _record(self, method: str, caller: Caller, **kwargs: Any) -> None:
        self.calls.append((method, caller, kwargs))

    def _broken(self) -> Subscription:
        p = self.platform
        return Subscription(p.name, p.broken_channel, "Sora", broken=p.broken_reason, id=3)

    def target_names(self) -> list[str]:
        return ["Sora", "Veo", "Gemini Ultra"]

    async def source_choices(self) -> list[tuple[int, str]]:
        return [(1, "https://news.example.com/feed"), (2, "https://blog.example.org/rss")]

    def current(self, caller: Caller) -> StatusReply:
        evidence = hostile_evidence(self.platform)
        status = TargetStatus(
            "Sora", Status.CONFIRMED, since=NOW, evidence=evidence, window=self.platform.window
        )
        broken = self._broken()
        warnings = (
            (f"Announcements to {broken.channel} stopped: {broken.broken}.",)
            if caller.is_admin
            else ()
        )
        return StatusReply(status, NOW, 3, 4, warnings)

    async def status(self, caller: Caller, target: str | None = None) -> StatusReply:
        self._record("status", caller, target=target)
        if target is not None and target.casefold() != "sora":
            raise NotFound(f"No tracked target is called {target!r}.", "Tracked: Sora.")
        return self.current(caller)

    async def history(
        self, caller: Caller, target: str | None = None, limit: int = 10
    ) -> HistoryReply:
        self._record("history", caller, target=target)
        evidence = hostile_evidence(self.platform)
        old = Transition("Sora", Status.UNKNOWN, Status.RUMOURED, NOW.replace(month=1))
        new = Transition("Sora", Status.RUMOURED, Status.CONFIRMED, NOW, (evidence,))
        return HistoryReply("Sora", (old, new))

    async def sources_list(self, caller: Caller) -> SourcesReply:
        self._record("sources list", caller)
        spec = SourceSpec("https://news.example.com/feed", name="Example")
        return SourcesReply((SourceState(1, spec, "config", last_success=NOW),), (self._broken(),))

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
        **options: str | None,
    ) -> SubscribeReply:
        # `role` and `webhook_url` are recorded only if the adapter passes them (Discord
        # does, Slack has neither), so each suite sees exactly the call its adapter made.
        self._record("subscribe", caller, target=target, channel=channel, **options)
        self._admin(caller, "subscribe")
        sub = Subscription(
            self.platform.name,
            channel or caller.channel or "",
            "Sora",
            options.get("role"),
            options.get("webhook_url"),
            id=1,
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

    def _admin(self, caller: Caller, command: str) -> None:
        if not caller.is_admin:
            raise PermissionDenied(command, self.platform.permission)

    def methods(self) -> list[str]:
        return [m for m, _, _ in self.calls]

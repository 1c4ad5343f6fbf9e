"""Every chat and CLI command, implemented once. Adapters build a `Caller`, call one method,
and render the reply; they hold no logic of their own.

Admin-only commands are refused here too (not only in the adapters), so no platform can
forget the check. Methods raise `UserError` for anything the user can fix.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

from bot.core.detect.classifier import Classifier
from bot.core.fetch import Fetcher
from bot.core.models import (
    ItemKind,
    SourceKind,
    SourceSpec,
    Status,
    Subscription,
    Target,
    Trust,
)
from bot.core.poller import Poller, classify_items
from bot.core.ports import Store
from bot.core.replies import (
    Caller,
    CheckReply,
    Finding,
    HelpEntry,
    HelpReply,
    HistoryReply,
    MessageReply,
    SourcesReply,
    SourceTestReply,
    StatusReply,
    SubscribeReply,
)
from bot.core.sources import parse_items
from bot.core.sources.page import check_selector
from bot.errors import NotFound, PermissionDenied, UserError

ADMIN_COMMANDS = frozenset({"sources add", "sources remove", "subscribe", "unsubscribe", "check"})

HELP: tuple[tuple[str, str], ...] = (
    ("status [target]", "Where the target stands now, since when, and the evidence."),
    ("history [target]", "Every status change, newest first, with its evidence."),
    ("sources list", "The sources polled, their health and last error."),
    ("sources add <url> [kind] [target] [trust] [selector]", "Poll a new feed, page or JSON API."),
    ("sources remove <id>", "Stop polling a source."),
    ("sources test <url> [kind] [selector]", "Fetch and classify a source without storing."),
    ("subscribe [target] [channel] [role]", "Announce the target's changes in a channel."),
    ("unsubscribe [target] [channel]", "Stop announcing in a channel."),
    ("check", "Poll every source now."),
    ("help", "This list."),
)


class SourceSchedule(Protocol):
    """The scheduler's side of adding and removing sources at run time."""

    async def add(self, source_id: int) -> None: ...
    async def remove(self, source_id: int) -> None: ...


class Commands:
    def __init__(
        self,
        name: str,
        store: Store,
        poller: Poller,
        fetcher: Fetcher,
        targets: Sequence[Target],
        classifiers: Mapping[str, Classifier],
        default_interval_s: int,
    ) -> None:
        self.name = name
        self._store = store
        self._poller = poller
        self._fetcher = fetcher
        self._targets = list(targets)
        self._classifiers = classifiers
        self._interval = default_interval_s
        self.schedule: SourceSchedule | None = None

    def target_names(self) -> list[str]:
        return [t.name for t in self._targets]

    async def source_choices(self) -> list[tuple[int, str]]:
        return [(s.id, s.spec.url) for s in await self._store.list_sources()]

    async def status(self, caller: Caller, target: str | None = None) -> StatusReply:
        name = self._target(target).name
        sources = [
            s
            for s in await self._store.list_sources()
            if not s.spec.targets or name in s.spec.targets
        ]
        checks = [s.last_success for s in sources if s.last_success]
        return StatusReply(
            status=await self._store.get_status(name),
            last_check=max(checks) if checks else None,
            sources_healthy=sum(s.healthy for s in sources),
            sources_total=len(sources),
            warnings=await self._warnings(caller),
        )

    async def history(
        self, caller: Caller, target: str | None = None, limit: int = 10
    ) -> HistoryReply:
        name = self._target(target).name
        return HistoryReply(name, tuple(await self._store.history(name, max(1, min(limit, 50)))))

    async def sources_list(self, caller: Caller) -> SourcesReply:
        broken = [
            s
            for s in await self._store.subscriptions()
            if s.broken and s.platform == caller.platform
        ]
        return SourcesReply(tuple(await self._store.list_sources()), tuple(broken))

    async def sources_add(
        self,
        caller: Caller,
        url: str,
        kind: str | None = None,
        target: str | None = None,
        trust: str | None = None,
        selector: str | None = None,
    ) -> MessageReply:
        self._require_admin(caller, "sources add")
        spec = self._spec(caller, url, kind, target, trust, selector)
        existing = await self._store.find_source(spec.url)
        if existing is not None:
            raise UserError(
                f"{spec.url} is already source {existing.id}.",
                f"Remove it first with `/{self.name} sources remove {existing.id}` to change it.",
            )
        origin = "cli" if caller.platform == "console" else "chat"
        state = await self._store.add_source(spec, origin=origin)
        if self.schedule:
            await self.schedule.add(state.id)
        informs = ", ".join(spec.targets) or "every target"
        return MessageReply(
            f"Source {state.id} added",
            f"{spec.url} ({spec.kind.value}, {spec.trust.value}) informs {informs}. "
            "Its first poll is a baseline: it counts as evidence but announces at most one "
            "change per target.",
        )

    async def sources_remove(self, caller: Caller, source_id: int) -> MessageReply:
        self._require_admin(caller, "sources remove")
        removed = await self._store.remove_source(source_id)
        if removed is None:
            raise NotFound(
                f"There is no source {source_id}.",
                f"`/{self.name} sources list` shows the ids.",
            )
        if self.schedule:
            await self.schedule.remove(source_id)
        return MessageReply(f"Source {source_id} removed", f"No longer polling {removed.spec.url}.")

    async def sources_test(
        self,
        caller: Caller,
        url: str,
        kind: str | None = None,
        target: str | None = None,
        selector: str | None = None,
    ) -> SourceTestReply:
        spec = self._spec(caller, url, kind, target, None, selector)
        fetched = await self._fetcher.fetch(spec.url, allow_file=caller.platform == "console")
        items = parse_items(spec, fetched.body, fetched.content_type, fetched.final_url)
        wanted = {
            n: c for n, c in self._classifiers.items() if not spec.targets or n in spec.targets
        }
        classified = classify_items(items, wanted, ItemKind.of_trust(spec.trust))
        findings = tuple(
            Finding(raw, name, det) for raw, found in classified for name, det in found
        )
        conclusion = tuple(
            (
                name,
                max(
                    (Status.of(f.detection.label) for f in findings if f.target == name),
                    default=Status.UNKNOWN,
                ),
            )
            for name in wanted
        )
        return SourceTestReply(spec.url, spec.kind.value, len(items), findings, conclusion)

    async def subscribe(
        self,
        caller: Caller,
        target: str | None = None,
        channel: str | None = None,
        role: str | None = None,
        webhook_url: str | None = None,
    ) -> SubscribeReply:
        self._require_admin(caller, "subscribe")
        name = self._target(target).name
        where = self._channel(caller, channel)
        sub = await self._store.subscribe(
            Subscription(caller.platform, where, name, role=role, webhook_url=webhook_url)
        )
        return SubscribeReply(sub, await self.status(caller, name))

    async def unsubscribe(
        self, caller: Caller, target: str | None = None, channel: str | None = None
    ) -> MessageReply:
        self._require_admin(caller, "unsubscribe")
        name = self._target(target).name
        where = self._channel(caller, channel)
        if not await self._store.unsubscribe(caller.platform, where, name):
            raise NotFound(
                f"This channel is not subscribed to {name}.",
                f"`/{self.name} subscribe {name}` subscribes it.",
            )
        return MessageReply("Unsubscribed", f"No more {name} announcements here.")

    async def check(
        self, caller: Caller, progress: Callable[[int, int], None] | None = None
    ) -> CheckReply:
        self._require_admin(caller, "check")
        reports, transitions = await self._poller.poll_all(progress)
        return CheckReply(tuple(reports), tuple(transitions))

    def help(self, caller: Caller) -> HelpReply:
        return HelpReply(
            self.name,
            tuple(
                HelpEntry(usage, text, _command_of(usage) in ADMIN_COMMANDS) for usage, text in HELP
            ),
        )

    def _target(self, name: str | None) -> Target:
        if not name:
            return self._targets[0]
        wanted = name.strip().casefold()
        for t in self._targets:
            if wanted in (n.casefold() for n in t.names):
                return t
        raise NotFound(
            f"No tracked target is called {name!r}.",
            f"Tracked: {', '.join(self.target_names())}.",
        )

    def _channel(self, caller: Caller, channel: str | None) -> str:
        where = channel or caller.channel
        if not where:
            raise UserError("Which channel?", "Name the channel to announce in.")
        return where

    def _require_admin(self, caller: Caller, command: str) -> None:
        if not caller.is_admin:
            needed = {"discord": "Manage Server", "slack": "workspace admin or owner"}
            raise PermissionDenied(command, needed.get(caller.platform, "bot admin"))

    async def _warnings(self, caller: Caller) -> tuple[str, ...]:
        if not caller.is_admin:
            return ()
        return tuple(
            f"Announcements for {s.target} to {s.channel} stopped: {s.broken}. "
            f"Fix access, then `/{self.name} subscribe` there again."
            for s in await self._store.subscriptions()
            if s.broken and s.platform == caller.platform
        )

    def _spec(
        self,
        caller: Caller,
        url: str,
        kind: str | None,
        target: str | None,
        trust: str | None,
        selector: str | None,
    ) -> SourceSpec:
        url = url.strip().strip("<>")
        scheme = urlsplit(url).scheme
        allowed = {"http", "https"} | ({"file"} if caller.platform == "console" else set())
        if scheme not in allowed:
            raise UserError(
                f"Cannot poll {url!r}: only http:// and https:// URLs can be added from chat.",
                "file:// sources belong in the config file.",
            )
        source_kind = _parse(SourceKind, kind, SourceKind.FEED, "kind")
        if source_kind is SourceKind.PAGE:
            if not selector:
                raise UserError(
                    "A page source needs a CSS selector for the part to watch.",
                    'Add selector="article h2" (for example).',
                )
            check_selector(selector)
        return SourceSpec(
            url=url,
            kind=source_kind,
            trust=_parse(Trust, trust, Trust.PRESS, "trust"),
            targets=(self._target(target).name,) if target else (),
            interval_s=self._interval,
            selector=selector,
        )


_E = TypeVar("_E", SourceKind, Trust)


def _parse(enum: type[_E], value: str | None, default: _E, what: str) -> _E:
    if not value:
        return default
    try:
        return enum(value.strip().lower())
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise UserError(f"Unknown {what} {value!r}.", f"Use one of: {allowed}.") from None


def _command_of(usage: str) -> str:
    words = [w for w in usage.split() if w[0] not in "[<"]
    return " ".join(words)

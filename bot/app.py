"""The one place that knows every concrete class. It builds the core on the SQLite store,
attaches the notifiers and chat adapters that have credentials, and owns start and stop
order: stop taking commands, finish polls in flight, deliver, then close connections.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TextIO

from bot.adapters.console.notifier import ConsoleNotifier
from bot.config import Config
from bot.core.commands import Commands
from bot.core.detect.classifier import Classifier
from bot.core.fetch import Fetcher, FetchLimits
from bot.core.models import Subscription
from bot.core.outbox import Outbox
from bot.core.poller import Poller, PollPolicy
from bot.core.ports import Clock
from bot.core.scheduler import Scheduler
from bot.core.tracker import Tracker
from bot.store.sqlite import SqliteStore

log = logging.getLogger(__name__)


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ChatAdapter(Protocol):
    async def start(self) -> None: ...
    async def close(self) -> None: ...


@dataclass
class Core:
    config: Config
    store: SqliteStore
    fetcher: Fetcher
    tracker: Tracker
    poller: Poller
    outbox: Outbox
    commands: Commands
    adapters: list[ChatAdapter] = field(default_factory=list)

    async def close(self) -> None:
        for adapter in reversed(self.adapters):
            await adapter.close()
        await self.fetcher.close()
        await self.store.close()


def worker_id() -> str:
    """The owner name on leases: which process holds a source or an outbox row."""
    return f"{socket.gethostname()}:{os.getpid()}"


async def build_core(
    config: Config,
    *,
    db_path: str | Path | None = None,
    clock: Clock | None = None,
    console: TextIO | None = None,
) -> Core:
    """Open the store (migrating it), sync targets and config sources, and wire the core.
    Notices for the console always flow when it is enabled."""
    clock = clock or SystemClock()
    store = SqliteStore(Path(db_path or config.database))
    await store.open()
    targets = config.target_list()
    await store.sync_targets(targets)
    await store.sync_config_sources(config.source_specs())
    for target in targets:  # the console is a subscriber like any channel
        if config.console.enabled:
            await store.subscribe(Subscription("console", "console", target.name))
        else:
            await store.unsubscribe("console", "console", target.name)
    polling = config.polling
    fetcher = Fetcher(
        FetchLimits(
            connect_timeout_s=polling.connect_timeout_s,
            read_timeout_s=polling.read_timeout_s,
            total_timeout_s=polling.total_timeout_s,
            max_bytes=polling.max_bytes,
            max_redirects=polling.max_redirects,
            max_connections=polling.max_connections,
            max_per_host=polling.max_per_host,
        )
    )
    await fetcher.start()
    classifiers = {t.name: Classifier(t) for t in targets}
    tracker = Tracker(store, clock, targets)
    owner = worker_id()
    poller = Poller(
        store,
        fetcher,
        tracker,
        classifiers,
        clock,
        owner,
        PollPolicy(
            jitter_s=polling.jitter_s,
            max_backoff_s=polling.max_backoff_s,
            report_after_failures=polling.report_after_failures,
        ),
    )
    outbox = Outbox(store, clock, owner)
    if config.console.enabled:
        outbox.register(ConsoleNotifier(console))
    commands = Commands(
        config.command_name, store, poller, fetcher, targets, classifiers, polling.interval_s
    )
    return Core(config, store, fetcher, tracker, poller, outbox, commands)


async def attach_chat(core: Core) -> None:
    """Start the chat adapters whose credentials are in the environment."""
    config, secrets = core.config, core.config.secrets
    if secrets.discord_token:
        from bot.adapters.discord.client import DiscordAdapter

        admin_ids = [*config.discord.admin_ids, *map(int, config.platform_admins("discord"))]
        settings = config.discord.model_copy(update={"admin_ids": admin_ids})
        discord = DiscordAdapter(
            core.commands, core.store, settings, secrets.discord_token, config.command_name
        )
        await discord.start()
        core.adapters.append(discord)
        core.outbox.register(discord.notifier)
    if secrets.slack_bot_token:
        from bot.adapters.slack.app import SlackAdapter

        slack = SlackAdapter(
            core.commands,
            config.slack,
            secrets.slack_bot_token,
            secrets.slack_app_token,
            secrets.slack_signing_secret,
            config.command_name,
            admin_ids=config.platform_admins("slack"),
        )
        await slack.start()
        core.adapters.append(slack)
        core.outbox.register(slack.notifier)


async def run(
    config: Config,
    *,
    db_path: str | Path | None = None,
    until: Callable[[Core], Awaitable[None]] | None = None,
) -> None:
    """Run the bot until SIGINT/SIGTERM (or until `until` returns, for the demo). The
    demo polls by itself, a day at a time, so the scheduler stays off then: its first
    polls would race the demo's, and a transition could print under the next day."""
    core = await build_core(config, db_path=db_path)
    scheduler = Scheduler(
        core.store,
        core.poller,
        core.outbox,
        SystemClock(),
        misfire_grace_s=config.polling.misfire_grace_s,
    )
    core.commands.schedule = scheduler
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await attach_chat(core)
        if until is None:
            await scheduler.start()
        log.info(
            "running: %d targets, %d sources, notifiers: %s",
            len(config.targets),
            len(await core.store.list_sources()),
            ", ".join(core.outbox.platforms) or "none",
        )
        waiter = asyncio.ensure_future(stop.wait())
        tasks: set[asyncio.Future[Any]] = {waiter}
        if until is not None:
            tasks.add(asyncio.ensure_future(until(core)))
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        for task in done:
            task.result()
    finally:
        log.info("stopping: finishing polls in flight")
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await scheduler.stop()
        await core.outbox.drain()
        await core.close()

"""The scheduler against the real core: one job per source at its stored time, sources
added and removed at run time, backoff honouring Retry-After, and a clean stop."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.app import SystemClock, build_core
from bot.config import Config
from bot.core.models import Delivery, Subscription
from bot.core.poller import backoff
from bot.core.replies import Caller
from bot.core.scheduler import Scheduler
from tests.conftest import rss
from tests.fakes.http_server import FeedServer

ADMIN = Caller("console", "tester", is_admin=True, channel="console")
TARGET = '[[targets]]\nname = "Widget 3"\nmaker = "Acme"\n'
LAUNCH = rss(
    (
        "Acme's Widget 3 is now available",
        "Acme's Widget 3 is now available to everyone.",
        "https://acme.example/w3",
        "Mon, 03 Mar 2025 10:00:00 GMT",
    )
)


class Waiter:
    """A notifier that lets a test await the first delivery instead of sleeping."""

    platform = "test"

    def __init__(self) -> None:
        self.delivered = asyncio.Event()

    async def send(self, delivery: Delivery) -> str | None:
        self.delivered.set()
        return None

    async def find_sent(self, delivery: Delivery) -> str | None:
        return None


def test_backoff_grows_caps_and_honours_retry_after() -> None:
    assert [backoff(n, 60, 600, None) for n in (1, 2, 3, 4, 5)] == [60, 120, 240, 480, 600]
    assert backoff(1, 60, 600, 3600) == 3600
    assert backoff(3, 60, 600, 5) == 240


async def test_sources_run_on_schedule_and_change_at_run_time(
    feed_server: FeedServer, write_config: Callable[..., Config]
) -> None:
    feed_server.set("/news.xml", LAUNCH)
    config = write_config(
        f'[[sources]]\nurl = "{feed_server.url("/news.xml")}"\ntrust = "official"\n',
        targets=TARGET,
    )
    core = await build_core(config, console=io.StringIO())
    waiter = Waiter()
    core.outbox.register(waiter)
    await core.store.subscribe(Subscription("test", "c", "Widget 3"))
    scheduler = Scheduler(core.store, core.poller, core.outbox, SystemClock())
    core.commands.schedule = scheduler
    try:
        await scheduler.start()
        await asyncio.wait_for(waiter.delivered.wait(), 20)  # polled at once, announced
        state = await core.store.get_source(1)
        assert state is not None and state.next_poll is not None
        assert scheduler.next_run(1) == state.next_poll
        assert state.next_poll > datetime.now(UTC) + timedelta(seconds=800)

        feed_server.set("/other.xml", LAUNCH)
        added = await core.commands.sources_add(ADMIN, feed_server.url("/other.xml"))
        assert "Source 2 added" in added.title
        next_run = scheduler.next_run(2)
        assert next_run is not None and next_run <= datetime.now(UTC) + timedelta(seconds=1)
        await core.commands.sources_remove(ADMIN, 2)
        assert scheduler.next_run(2) is None
    finally:
        await scheduler.stop()
        await core.close()


async def test_a_429_backs_off_as_long_as_the_server_asks(
    feed_server: FeedServer, write_config: Callable[..., Config]
) -> None:
    feed_server.set("/busy", "slow down", status=429, headers={"Retry-After": "7200"})
    config = write_config(f'[[sources]]\nurl = "{feed_server.url("/busy")}"\n', targets=TARGET)
    core = await build_core(config, console=io.StringIO())
    try:
        before = datetime.now(UTC)
        check = await core.commands.check(ADMIN)
        assert check.reports[0].outcome == "error" and "429" in (check.reports[0].error or "")
        state = await core.store.get_source(1)
        assert state is not None and state.failures == 1 and state.next_poll is not None
        assert state.next_poll >= before + timedelta(seconds=7200)
    finally:
        await core.close()


async def test_stop_finishes_the_poll_in_flight(
    feed_server: FeedServer, write_config: Callable[..., Config]
) -> None:
    feed_server.set("/slow.xml", LAUNCH, delay=0.5)
    config = write_config(
        f'[[sources]]\nurl = "{feed_server.url("/slow.xml")}"\ntrust = "official"\n',
        targets=TARGET,
    )
    core = await build_core(config, console=io.StringIO())
    scheduler = Scheduler(core.store, core.poller, core.outbox, SystemClock())
    try:
        await scheduler.start()
        await asyncio.wait_for(feed_server.wait_for_request("/slow.xml"), 10)
        await scheduler.stop()
        state = await core.store.get_source(1)
        assert state is not None and state.last_success is not None, "the poll was finished"
        assert (await core.store.get_status("Widget 3")).status.word == "released"
    finally:
        await core.close()

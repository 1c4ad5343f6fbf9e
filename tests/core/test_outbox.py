"""Outbox delivery rules on the real store: retries back off and are recorded, Retry-After
is honoured, a broken subscription stops at once, and nothing is sent twice."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.app import build_core
from bot.config import Config
from bot.core.models import Delivery, Status, Subscription
from bot.errors import DeliveryBroken, DeliveryRetry

TARGET = '[[targets]]\nname = "Widget 3"\n'


class Clock:
    def __init__(self) -> None:
        self.moment = datetime.now(UTC)

    def now(self) -> datetime:
        return self.moment


class Scripted:
    """Answers each send with the next scripted outcome: an exception or a message id."""

    platform = "test"

    def __init__(self, *outcomes: Exception | str) -> None:
        self.outcomes = list(outcomes)
        self.sends: list[int] = []

    async def send(self, delivery: Delivery) -> str | None:
        self.sends.append(delivery.id)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def find_sent(self, delivery: Delivery) -> str | None:
        return None


async def test_retries_back_off_then_deliver_once(write_config: Callable[..., Config]) -> None:
    clock = Clock()
    config = write_config(targets=TARGET, extra="[console]\nenabled = false\n")
    core = await build_core(config, clock=clock, console=io.StringIO())
    try:
        notifier = Scripted(
            DeliveryRetry("HTTP 503"), DeliveryRetry("rate limited", after=120), "m1"
        )
        core.outbox.register(notifier)
        await core.store.subscribe(Subscription("test", "c1", "Widget 3"))
        await core.tracker.set_manual("Widget 3", Status.RUMOURED, "ops")

        assert await core.outbox.drain_once() == 0
        assert await core.outbox.drain_once() == 0, "not due yet: backing off"
        clock.moment += timedelta(seconds=3)
        assert await core.outbox.drain_once() == 0  # the 429: asks for 120 s
        clock.moment += timedelta(seconds=60)
        assert await core.outbox.drain_once() == 0, "Retry-After is honoured"
        clock.moment += timedelta(seconds=61)
        assert await core.outbox.drain_once() == 1
        assert await core.outbox.drain_once() == 0
        assert len(notifier.sends) == 3
        assert await core.store.outbox_counts() == {"sent": 1}
    finally:
        await core.close()


async def test_a_broken_subscription_stops_and_shows(write_config: Callable[..., Config]) -> None:
    clock = Clock()
    config = write_config(targets=TARGET, extra="[console]\nenabled = false\n")
    core = await build_core(config, clock=clock, console=io.StringIO())
    try:
        notifier = Scripted(DeliveryBroken("channel deleted"))
        core.outbox.register(notifier)
        await core.store.subscribe(Subscription("test", "gone", "Widget 3"))
        await core.tracker.set_manual("Widget 3", Status.RUMOURED, "ops")
        await core.tracker.set_manual("Widget 3", Status.CONFIRMED, "ops")
        assert await core.outbox.drain() == 0
        assert len(notifier.sends) == 1, "the second notice is not even tried"
        assert await core.store.outbox_counts() == {"dead": 2}
        (sub,) = await core.store.subscriptions("Widget 3")
        assert sub.broken == "channel deleted"
        from bot.core.replies import Caller

        admin = Caller("test", "u1", is_admin=True)
        listed = await core.commands.sources_list(admin)
        assert [b.channel for b in listed.broken] == ["gone"]
        status = await core.commands.status(admin)
        assert any("gone" in w and "channel deleted" in w for w in status.warnings)
        member = Caller("test", "u2")
        assert (await core.commands.status(member)).warnings == ()
        # Subscribing again repairs it.
        await core.store.subscribe(Subscription("test", "gone", "Widget 3"))
        assert (await core.store.subscriptions("Widget 3"))[0].broken is None
    finally:
        await core.close()


async def test_gives_up_after_max_attempts(write_config: Callable[..., Config]) -> None:
    clock = Clock()
    config = write_config(targets=TARGET, extra="[console]\nenabled = false\n")
    core = await build_core(config, clock=clock, console=io.StringIO())
    try:
        notifier = Scripted(*[DeliveryRetry("HTTP 500", after=1) for _ in range(10)])
        core.outbox.register(notifier)
        await core.store.subscribe(Subscription("test", "c1", "Widget 3"))
        await core.tracker.set_manual("Widget 3", Status.RUMOURED, "ops")
        for _ in range(12):
            await core.outbox.drain_once()
            clock.moment += timedelta(seconds=2)
        assert len(notifier.sends) == 10
        assert await core.store.outbox_counts() == {"dead": 1}
    finally:
        await core.close()

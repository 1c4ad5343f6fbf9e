"""Delivers queued notices: claim, send, then mark sent.

The order is what makes delivery exactly-once in practice. Rows are written with the status
change (never sent before being recorded, so no duplicates from a crash before commit) and
only marked sent after the platform accepted them (never dropped before sending, so no
losses). The remaining gap, a crash between "sent" and "marked sent", is closed at the next
drain: a claim whose lease expired is first looked up on the platform (`find_sent`) and only
resent if it is not there.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.core.models import Delivery
from bot.core.ports import Clock, Notifier, Store
from bot.errors import DeliveryBroken, DeliveryRetry

log = logging.getLogger(__name__)


class Outbox:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        owner: str,
        *,
        lease_s: float = 60,
        max_attempts: int = 10,
        batch: int = 50,
    ) -> None:
        self._store = store
        self._clock = clock
        self._owner = owner
        self._lease_s = lease_s
        self._max_attempts = max_attempts
        self._batch = batch
        self._notifiers: dict[str, Notifier] = {}

    def register(self, notifier: Notifier) -> None:
        self._notifiers[notifier.platform] = notifier

    @property
    def platforms(self) -> tuple[str, ...]:
        return tuple(self._notifiers)

    async def drain_once(self) -> int:
        """Reconcile abandoned claims, then send what is due. Returns how many were sent."""
        now = self._clock.now()
        await self.reconcile(now)
        deliveries = await self._store.claim_deliveries(
            self._owner, now, self._lease_s, self._batch, self.platforms
        )
        sent = 0
        broken: set[int | None] = set()
        for delivery in deliveries:
            if delivery.subscription.id in broken:
                continue  # its rows were closed when the first one broke it
            try:
                sent += await self._deliver(delivery)
            except DeliveryBroken as exc:
                broken.add(delivery.subscription.id)
                await self._broken(delivery, exc.reason)
        return sent

    async def drain(self) -> int:
        """Drain until nothing is due now (used by `check` and the demo)."""
        total = 0
        while (sent := await self.drain_once()) > 0:
            total += sent
        return total

    async def reconcile(self, now: datetime) -> None:
        for delivery in await self._store.expired_claims(now):
            notifier = self._notifiers.get(delivery.subscription.platform)
            if notifier is None:
                continue
            try:
                remote_id = await notifier.find_sent(delivery)
            except DeliveryRetry as exc:
                log.info("delivery %s: cannot check the channel yet: %s", delivery.id, exc)
                continue
            except DeliveryBroken as exc:
                await self._broken(delivery, exc.reason)
                continue
            if remote_id is not None:
                log.info("delivery %s was posted before a crash; not resending", delivery.id)
                await self._store.mark_sent(delivery.id, remote_id)
            else:
                await self._store.mark_retry(delivery.id, "claim expired; not posted", now)

    async def _deliver(self, delivery: Delivery) -> int:
        """1 if sent, 0 if left for a retry; DeliveryBroken goes up to the batch."""
        notifier = self._notifiers[delivery.subscription.platform]
        try:
            remote_id = await notifier.send(delivery)
        except DeliveryBroken:
            raise
        except DeliveryRetry as exc:
            await self._retry(delivery, exc.reason, exc.after)
            return 0
        except Exception as exc:
            log.exception("delivery %s failed unexpectedly", delivery.id)
            await self._retry(delivery, f"unexpected error: {type(exc).__name__}", None)
            return 0
        await self._store.mark_sent(delivery.id, remote_id)
        return 1

    async def _broken(self, delivery: Delivery, reason: str) -> None:
        """Stop delivering to a subscription that can never work; admins see why in
        `status` and `sources list`, and the log says it once."""
        if await self._store.mark_broken(_sub_id(delivery), reason):
            log.warning(
                "subscription %s (%s %s, %s) is broken, announcements stopped: %s",
                delivery.subscription.id,
                delivery.subscription.platform,
                delivery.subscription.channel,
                delivery.subscription.target,
                reason,
            )

    async def _retry(self, delivery: Delivery, reason: str, after: float | None) -> None:
        if delivery.attempts >= self._max_attempts:
            log.error(
                "delivery %s gave up after %d tries: %s", delivery.id, delivery.attempts, reason
            )
            await self._store.mark_dead(delivery.id, reason)
            return
        delay = after if after is not None else min(2.0**delivery.attempts, 900.0)
        await self._store.mark_retry(
            delivery.id, reason, self._clock.now() + timedelta(seconds=delay)
        )


def _sub_id(delivery: Delivery) -> int:
    if delivery.subscription.id is None:
        raise ValueError("a stored delivery always has a subscription id")
    return delivery.subscription.id

"""What the core needs from the outside world, as protocols. `app.py` fills them in:
the SQLite store (`bot/store/`), the notifiers (`bot/adapters/*/notifier.py`), the clock.

The store port is shaped for more than one worker: due sources and outbox rows are
claimed with a lease (owner + expiry), so a shared PostgreSQL store can implement the same
calls with `FOR UPDATE SKIP LOCKED` without the core changing.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.core.models import (
    Delivery,
    Detection,
    Evidence,
    Label,
    Notice,
    RawItem,
    SourceSpec,
    SourceState,
    Status,
    Subscription,
    Target,
    TargetStatus,
    Transition,
)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


@dataclass(frozen=True, slots=True)
class NewItem:
    """An item the store had not seen, with its id and the detections made for it."""

    id: int
    raw: RawItem
    detections: tuple[tuple[str, Detection], ...]  # (target name, detection)


@dataclass(frozen=True, slots=True)
class PollSuccess:
    """What a successful poll writes, in one transaction with its items and evidence."""

    etag: str | None
    last_modified: str | None
    content_hash: str | None
    next_poll: datetime


class Store(Protocol):
    """Everything the core keeps. All SQL lives behind this protocol."""

    # targets
    async def sync_targets(self, targets: Sequence[Target]) -> None:
        """Make the configured targets known (rows may only name known targets); targets
        no longer configured are retired, keeping their history."""
        ...

    # sources
    async def sync_config_sources(self, specs: Sequence[SourceSpec]) -> None:
        """Make the config's sources exist; config sources no longer in the config go."""
        ...

    async def add_source(self, spec: SourceSpec, origin: str) -> SourceState: ...
    async def remove_source(self, source_id: int) -> SourceState | None: ...
    async def get_source(self, source_id: int) -> SourceState | None: ...
    async def find_source(self, url: str) -> SourceState | None: ...
    async def list_sources(self) -> list[SourceState]: ...

    async def claim_source(
        self, source_id: int, owner: str, now: datetime, lease_s: float
    ) -> SourceState | None:
        """Lease one source for a poll now, whatever its schedule; None while another
        worker's lease on it runs."""
        ...

    async def record_poll(
        self,
        source_id: int,
        success: PollSuccess,
        items: Sequence[tuple[RawItem, Sequence[tuple[str, Detection]]]],
        seen_at: datetime,
    ) -> list[NewItem]:
        """Store the poll state, the items not seen before (dedup by guid, normalised link
        and title hash) and their evidence, in one transaction. Release the lease."""
        ...

    async def record_poll_failure(
        self, source_id: int, error: str, next_poll: datetime
    ) -> SourceState:
        """Count a failed poll, keep the error for `sources list`, release the lease."""
        ...

    # evidence and status
    async def evidence_since(
        self, target: str, since: datetime, labels: Collection[Label]
    ) -> list[Evidence]:
        """Evidence for `target` with one of `labels`, seen at or after `since`."""
        ...

    async def get_status(self, target: str) -> TargetStatus: ...
    async def history(self, target: str, limit: int) -> list[Transition]: ...

    async def apply_transition(
        self, transition: Transition, notice: Notice, expected: Status
    ) -> Transition | None:
        """Write the new status, the transition and one outbox row per subscription of the
        target in one transaction. Returns None (writing nothing) when the stored status
        is no longer `expected`, so two workers never announce the same change twice."""
        ...

    # subscriptions
    async def subscribe(self, sub: Subscription) -> Subscription: ...
    async def unsubscribe(self, platform: str, channel: str, target: str) -> bool: ...
    async def subscriptions(self, target: str | None = None) -> list[Subscription]: ...
    async def mark_broken(self, subscription_id: int, reason: str) -> bool:
        """Mark a subscription broken; True only the first time, so admins hear it once."""
        ...

    # adapter state (command-tree hash, status-card message ids)
    async def get_meta(self, key: str) -> str | None: ...
    async def set_meta(self, key: str, value: str) -> None: ...

    # outbox
    async def claim_deliveries(
        self, owner: str, now: datetime, lease_s: float, limit: int, platforms: Sequence[str]
    ) -> list[Delivery]:
        """Due pending rows for the given platforms, leased to `owner`; each claim counts
        as an attempt."""
        ...

    async def expired_claims(self, now: datetime) -> list[Delivery]:
        """Rows a crashed worker left claimed: they may or may not have been sent."""
        ...

    async def mark_sent(self, delivery_id: int, remote_id: str | None) -> None: ...
    async def mark_retry(self, delivery_id: int, error: str, not_before: datetime) -> None: ...
    async def mark_dead(self, delivery_id: int, error: str) -> None: ...


class Notifier(Protocol):
    """Delivers notices for one platform. Raises `bot.errors.DeliveryRetry` for a failure
    worth retrying and `bot.errors.DeliveryBroken` when the subscription can never work."""

    platform: str

    async def send(self, delivery: Delivery) -> str | None:
        """Post the notice; return the platform's id for the message, if any."""
        ...

    async def find_sent(self, delivery: Delivery) -> str | None:
        """After a crash: the id of a message already posted for this delivery, or None.
        Lets the outbox tell "sent, not recorded" from "never sent"."""
        ...

"""Runs polls and deliveries on time with APScheduler 3.11.

One job per source, each a one-shot `date` job set to the source's stored `next_poll`, so the
database stays the schedule's truth across restarts and backoff is simply a later date.
Options are explicit: `max_instances=1` (a slow poll is never doubled), `coalesce=True`
(missed runs collapse into one) and a real `misfire_grace_time` (APScheduler's default of
1 s silently skips a run that starts late, e.g. after a busy moment).

`AsyncIOScheduler.shutdown()` cancels running async jobs whatever `wait` says, so `stop()`
first stops new runs, then awaits the polls in flight, then shuts the scheduler down.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.outbox import Outbox
from bot.core.poller import Poller
from bot.core.ports import Clock, Store

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(
        self,
        store: Store,
        poller: Poller,
        outbox: Outbox,
        clock: Clock,
        *,
        misfire_grace_s: int = 300,
        drain_every_s: float = 2.0,
    ) -> None:
        self._store = store
        self._poller = poller
        self._outbox = outbox
        self._clock = clock
        self._grace = misfire_grace_s
        self._drain_every = drain_every_s
        self._aps = AsyncIOScheduler(timezone=UTC)
        self._in_flight: set[asyncio.Task[object]] = set()
        self._stopping = False

    async def start(self) -> None:
        self._aps.start()
        for source in await self._store.list_sources():
            self._schedule(source.id, source.next_poll)
        self._aps.add_job(
            self._guarded(self._outbox.drain_once, "outbox"),
            "interval",
            seconds=self._drain_every,
            id="outbox",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=self._grace,
            next_run_time=datetime.now(UTC),
        )

    async def add(self, source_id: int) -> None:
        self._schedule(source_id, None)

    async def remove(self, source_id: int) -> None:
        job = self._aps.get_job(f"source:{source_id}")
        if job is not None:
            job.remove()

    def next_run(self, source_id: int) -> datetime | None:
        """When the source's next poll is scheduled; None when it has no job."""
        job = self._aps.get_job(f"source:{source_id}")
        return job.next_run_time if job is not None else None

    async def stop(self) -> None:
        """Finish what is running, start nothing new, then stop the scheduler."""
        self._stopping = True
        if not self._aps.running:
            return
        self._aps.pause()
        if self._in_flight:
            await asyncio.gather(*self._in_flight, return_exceptions=True)
        self._aps.shutdown(wait=False)

    def _schedule(self, source_id: int, at: datetime | None) -> None:
        if self._stopping:
            return
        now = self._clock.now()
        run_at = max(at, now) if at is not None else now
        self._aps.add_job(
            self._guarded(lambda: self._poll(source_id), f"source {source_id}"),
            "date",
            run_date=run_at,
            id=f"source:{source_id}",
            replace_existing=True,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=self._grace,
        )

    async def _poll(self, source_id: int) -> None:
        await self._poller.poll(source_id)
        state = await self._store.get_source(source_id)
        if state is not None:  # removed meanwhile: let its job lapse
            self._schedule(source_id, state.next_poll)

    def _guarded(
        self, work: Callable[[], Awaitable[object]], what: str
    ) -> Callable[[], Awaitable[None]]:
        """A job that is tracked for a clean stop and never dies silently."""

        async def job() -> None:
            if self._stopping:
                return
            task = asyncio.ensure_future(work())
            self._in_flight.add(task)
            try:
                await task
            except Exception:
                log.exception("background job %s failed; it will run again", what)
            finally:
                self._in_flight.discard(task)

        return job

"""One poll of one source is one unit of work: claim it, fetch, parse and classify off the
event loop (only when the body changed), store items and evidence in one transaction, let
the tracker decide, schedule the next poll. A failure is recorded on the source (error,
consecutive count, backoff honouring Retry-After) and never stops other sources.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.detect.classifier import Classifier
from bot.core.fetch import Fetcher, FetchResult
from bot.core.models import Detection, ItemKind, ItemText, Label, RawItem, SourceState, Transition
from bot.core.ports import Clock, PollSuccess, Store
from bot.core.replies import PollReport
from bot.core.sources import parse_items
from bot.core.tracker import Tracker
from bot.errors import FetchError, SourceError

log = logging.getLogger(__name__)

Classified = list[tuple[RawItem, list[tuple[str, Detection]]]]


@dataclass(frozen=True, slots=True)
class PollPolicy:
    jitter_s: float = 30
    max_backoff_s: float = 6 * 3600
    lease_s: float = 120
    report_after_failures: int = 3


@dataclass(frozen=True, slots=True)
class PollResult:
    """One source's poll and the status changes its news made."""

    report: PollReport
    transitions: tuple[Transition, ...] = ()


def classify_items(
    items: Sequence[RawItem], classifiers: Mapping[str, Classifier], kind: ItemKind
) -> Classified:
    """Every item against every target the source informs; only what mentions a target is
    kept as evidence. CPU work: the poller runs it in a worker thread."""
    out: Classified = []
    for raw in items:
        text = ItemText(
            title=raw.title,
            summary=raw.summary,
            url=raw.link,
            published=raw.published.date() if raw.published else None,
            kind=kind,
        )
        found = [(name, c.classify(text)) for name, c in classifiers.items()]
        out.append((raw, [(name, d) for name, d in found if d.label is not Label.NONE]))
    return out


def backoff(failures: int, interval_s: float, max_s: float, retry_after: float | None) -> float:
    """Exponential from the source's interval, capped; a server's Retry-After wins if longer."""
    delay = min(interval_s * 2 ** max(failures - 1, 0), max_s)
    return max(delay, retry_after or 0)


class Poller:
    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        tracker: Tracker,
        classifiers: Mapping[str, Classifier],
        clock: Clock,
        owner: str,
        policy: PollPolicy = PollPolicy(),
    ) -> None:
        self._store = store
        self._fetcher = fetcher
        self._tracker = tracker
        self._classifiers = classifiers
        self._clock = clock
        self._owner = owner
        self._policy = policy

    async def poll_all(
        self, progress: Callable[[int, int], None] | None = None
    ) -> tuple[list[PollReport], list[Transition]]:
        """Poll every source once now, concurrently (the fetcher bounds the concurrency),
        then let the tracker judge each touched target once, not once per source.
        `progress(done, total)` is called as each poll finishes, for a progress bar."""
        sources = await self._store.list_sources()
        reports: list[PollReport] = []
        touched: set[str] = set()
        polls = [self._poll(s.id) for s in sources]
        for done, future in enumerate(asyncio.as_completed(polls), 1):
            report, names = await future
            reports.append(report)
            touched |= names
            if progress:
                progress(done, len(sources))
        reports.sort(key=lambda r: r.source_id)
        return reports, await self._evaluate(touched)

    async def poll(self, source_id: int) -> PollResult:
        """Poll one source and judge the targets it brought news of."""
        report, touched = await self._poll(source_id)
        return PollResult(report, tuple(await self._evaluate(touched)))

    async def _evaluate(self, names: set[str]) -> list[Transition]:
        transitions = []
        for name in sorted(names):
            transition = await self._tracker.evaluate(name)
            if transition is not None:
                transitions.append(transition)
        return transitions

    async def _poll(self, source_id: int) -> tuple[PollReport, set[str]]:
        """Fetch and store one source; the names of the targets with new evidence."""
        now = self._clock.now()
        source = await self._store.claim_source(source_id, self._owner, now, self._policy.lease_s)
        if source is None:
            return PollReport(source_id, "?", "busy", error="another poll holds it"), set()
        try:
            return await self._poll_claimed(source, now)
        except SourceError as exc:
            return await self._failed(source, now, exc), set()
        except Exception as exc:
            # A bug must cost one source one poll, not stop its schedule.
            log.exception("polling source %s failed unexpectedly", source_id)
            error = SourceError(f"internal error ({type(exc).__name__}); see the bot's log")
            return await self._failed(source, now, error), set()

    async def _poll_claimed(
        self, source: SourceState, now: datetime
    ) -> tuple[PollReport, set[str]]:
        spec = source.spec
        fetched = await self._fetcher.fetch(
            spec.url,
            etag=source.etag,
            last_modified=source.last_modified,
            allow_file=source.origin != "chat",
        )
        success = PollSuccess(
            etag=fetched.etag or source.etag,
            last_modified=fetched.last_modified or source.last_modified,
            content_hash=fetched.content_hash or source.content_hash,
            next_poll=self._next_poll(now, spec.interval_s),
        )
        if fetched.not_modified or fetched.content_hash == source.content_hash:
            await self._store.record_poll(source.id, success, [], now)
            outcome = "not modified" if fetched.not_modified else "unchanged"
            return PollReport(source.id, spec.url, outcome), set()
        classified = await asyncio.to_thread(self._read, source, fetched)
        new = await self._store.record_poll(source.id, success, classified, now)
        touched = {name for item in new for name, _ in item.detections}
        return PollReport(source.id, spec.url, "ok", len(new)), touched

    def _read(self, source: SourceState, fetched: FetchResult) -> Classified:
        items = parse_items(source.spec, fetched.body, fetched.content_type, fetched.final_url)
        wanted = source.spec.targets
        classifiers = {
            name: c for name, c in self._classifiers.items() if not wanted or name in wanted
        }
        return classify_items(items, classifiers, ItemKind.of_trust(source.spec.trust))

    async def _failed(self, source: SourceState, now: datetime, exc: SourceError) -> PollReport:
        retry_after = exc.retry_after if isinstance(exc, FetchError) else None
        delay = backoff(
            source.failures + 1, source.spec.interval_s, self._policy.max_backoff_s, retry_after
        )
        state = await self._store.record_poll_failure(
            source.id, str(exc), now + timedelta(seconds=delay)
        )
        if state.failures == self._policy.report_after_failures:
            log.warning(
                "source %s (%s) failed %d times in a row: %s",
                source.id,
                source.spec.url,
                state.failures,
                exc,
            )
        return PollReport(source.id, source.spec.url, "error", error=str(exc))

    def _next_poll(self, now: datetime, interval_s: float) -> datetime:
        jitter = random.uniform(0, self._policy.jitter_s)  # noqa: S311 - spreading load, not secrecy
        return now + timedelta(seconds=interval_s + jitter)

"""The commands that need no config: `classify`, `replay` and `eval`. They run the live
detection and tracker code on JSON lines, which is how the corpus, the timelines and the
benchmarks drive the bot."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from bot.core.detect.classifier import Classifier
from bot.core.detect.corpus import LabelledItem, item_of, parse_line, with_classifiers
from bot.core.detect.metrics import Scores, score
from bot.core.models import (
    Detection,
    ItemText,
    Label,
    RawItem,
    SourceSpec,
    Status,
    Target,
    trust_of_kind,
)
from bot.core.poller import classify_items
from bot.core.ports import PollSuccess
from bot.core.sources.identity import domain_of
from bot.core.tracker import Tracker
from bot.errors import UserError
from bot.store.sqlite import SqliteStore

FIELDS = ("id", "title", "summary", "url", "published", "source_kind")


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: an item as the corpus and the timelines give it."""

    id: str
    text: ItemText
    raw: dict[str, Any]


def read_lines(lines: Iterable[str]) -> Iterator[Line | UserError]:
    """Parsed lines, or a UserError naming the bad line; blank lines are skipped."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise TypeError("not a JSON object")
            if not data.get("title"):
                raise KeyError("title")
            yield Line(str(data["id"]), item_of(data), data)
        except (ValueError, TypeError, KeyError) as exc:
            yield UserError(
                f"line {number}: {exc.__class__.__name__}: {exc}",
                'Each line must be a JSON object with "id" and "title".',
            )


def detection_json(item_id: str, d: Detection, explain: bool) -> str:
    row: dict[str, Any] = {
        "id": item_id,
        "status": d.label.value,
        "confidence": round(d.confidence, 3),
        "evidence": d.evidence,
    }
    if explain:
        row["cues"] = list(d.cues)
        row["window"] = d.window
    return json.dumps(row, ensure_ascii=False)


class _Clock:
    def __init__(self) -> None:
        self.moment = datetime(2000, 1, 1, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment


async def replay(target: Target, lines: list[Line]) -> list[dict[str, str]]:
    """Feed items to the live store and tracker in publication order, on a fresh temporary
    database, one source per domain. Returns the transitions as {"to", "item_id", "at"}."""
    ordered = _in_time_order(lines)
    classifier = {target.name: Classifier(target)}
    clock = _Clock()
    out: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="sora-replay-") as tmp:
        store = SqliteStore(Path(tmp) / "replay.db")
        await store.open()
        try:
            await store.sync_targets([target])
            tracker = Tracker(store, clock, [target])
            sources: dict[str, int] = {}
            for moment, line in ordered:
                clock.moment = max(clock.moment, moment)
                domain = domain_of(line.text.url) or "unknown.invalid"
                if domain not in sources:
                    spec = SourceSpec(url=f"https://{domain}/", trust=trust_of_kind(line.text.kind))
                    sources[domain] = (await store.add_source(spec, "cli")).id
                raw = RawItem(line.text.title, line.text.summary, line.text.url, line.id, moment)
                classified = classify_items([raw], classifier, line.text.kind)
                success = PollSuccess(None, None, None, clock.moment)
                new = await store.record_poll(sources[domain], success, classified, clock.moment)
                if not any(item.detections for item in new):
                    continue
                transition = await tracker.evaluate(target.name)
                if transition is not None and transition.old != transition.new:
                    out.append(
                        {
                            "to": transition.new.word,
                            "item_id": line.id,
                            "at": moment.date().isoformat(),
                        }
                    )
        finally:
            await store.close()
    return out


# A transition may fire at its expected item or at most this many relevant (not `none`)
# items later (`timeline_check.py`'s rule).
MAX_LATE = 2


def timeline_problems(
    rows: list[dict[str, Any]], got: list[dict[str, str]], transitions: list[dict[str, str]]
) -> list[str]:
    """What the rule of `timeline_check.py` finds wrong with `got`, the transitions
    `replay` fired over a timeline's `rows`, against the expected `transitions`: each
    problem starts with its kind (repeated, false, early, late, missed)."""
    order = [row["id"] for row in rows]
    relevant = [row["label"] != "none" for row in rows]
    want = {t["to"]: t["first_item_id"] for t in transitions}
    found: list[str] = []
    levels = [Status.parse(g["to"]) for g in got]
    if levels != sorted(set(levels)):
        found.append(f"repeated or backwards: {[g['to'] for g in got]}")
    for g in got:
        if g["to"] not in want:
            found.append(f"false: {g['to']} at {g['item_id']}")
            continue
        at, due = order.index(g["item_id"]), order.index(want[g["to"]])
        if at < due:
            found.append(f"early: {g['to']} at {g['item_id']} before {want[g['to']]}")
        elif sum(relevant[due + 1 : at + 1]) > MAX_LATE:
            found.append(f"late: {g['to']} at {g['item_id']}")
    fired = {g["to"] for g in got}
    found += [f"missed: {to}" for to in want if to not in fired]
    return found


def _in_time_order(lines: list[Line]) -> list[tuple[datetime, Line]]:
    """Items by publication day; an undated item takes the day of the item before it."""
    dated: list[tuple[datetime, int, Line]] = []
    last = datetime(2000, 1, 1, tzinfo=UTC)
    for index, line in enumerate(lines):
        if line.text.published:
            last = datetime.combine(line.text.published, time(12), tzinfo=UTC)
        dated.append((last, index, line))
    dated.sort(key=lambda row: (row[0], row[1]))
    return [(moment, line) for moment, _, line in dated]


def evaluate(lines: Iterable[str], source: str) -> tuple[Scores, list[str]]:
    """Classify labelled lines, each with its own target fields. Returns the scores and
    one message per line that could not be read (those lines are left out, not guessed)."""
    gold: list[Label] = []
    pred: list[Label] = []
    errors: list[str] = []

    def rows() -> Iterator[LabelledItem]:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield parse_line(line, f"{source}:{number}")
            except ValueError as exc:
                errors.append(str(exc))

    for classifier, row in with_classifiers(rows()):
        gold.append(row.label)
        pred.append(classifier.classify(row.item).label)
    return score(gold, pred), errors

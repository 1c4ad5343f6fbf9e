"""The classifier on the labelled dev corpus and the Sora timeline (skipped when the shared
data directory is not next to the repository)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.core.detect.baseline import KeywordBaseline
from bot.core.detect.classifier import Classifier
from bot.core.detect.corpus import LabelledItem, read_corpus, with_classifiers
from bot.core.detect.metrics import score
from bot.core.models import Label, Status

DATA = Path(__file__).resolve().parents[3] / "../shared/data"
DEV = DATA / "status_dev.jsonl"
TIMELINE = DATA / "timelines/sora.jsonl"
EXPECTED = DATA / "timelines/expected.json"

# Measured 0.964 macro-F1 and 1.000 released precision when this floor was set; the floor
# leaves room for small rule changes but fails on a real regression.
MACRO_F1_FLOOR = 0.93
RELEASED_PRECISION_FLOOR = 0.97

needs_data = pytest.mark.skipif(not DEV.is_file(), reason=f"no dev corpus at {DEV}")


def _predict(items: list[LabelledItem]) -> list[Label]:
    return [c.classify(it.item).label for c, it in with_classifiers(items)]


@needs_data
def test_dev_corpus_meets_the_floor() -> None:
    items = read_corpus(DEV)
    scores = score([it.label for it in items], _predict(items))
    assert scores.macro_f1 >= MACRO_F1_FLOOR
    assert scores.per_label[Label.RELEASED].precision >= RELEASED_PRECISION_FLOOR


@needs_data
def test_rules_beat_the_keyword_baseline() -> None:
    items = read_corpus(DEV)
    gold = [it.label for it in items]
    built = {target: KeywordBaseline(target) for target in {it.target for it in items}}
    base = [built[it.target].classify(it.item).label for it in items]
    assert score(gold, _predict(items)).macro_f1 > score(gold, base).macro_f1 + 0.2


@needs_data
def test_detections_are_well_formed() -> None:
    items = read_corpus(DEV)
    for c, it in with_classifiers(items):
        d = c.classify(it.item)
        assert 0.0 <= d.confidence <= 1.0
        assert len(d.evidence) <= 300
        assert d.evidence in f"{it.item.title}\n{it.item.summary}" or d.evidence.endswith("…")
        assert all(isinstance(c, str) and ":" in c for c in d.cues)
        if d.label is Label.NONE:
            assert d.window is None


@pytest.mark.skipif(not TIMELINE.is_file(), reason=f"no timeline at {TIMELINE}")
def test_sora_timeline_moves_at_the_expected_items() -> None:
    """Fold the per-item labels in date order the way a tracker does (never backwards) and
    compare where each status is first reached with expected.json."""
    items = sorted(read_corpus(TIMELINE), key=lambda it: (it.item.published, it.id))
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["sora"]["transitions"]
    status, firsts = Status.UNKNOWN, {}
    for it, label in zip(items, _predict(items), strict=True):
        if Status.of(label) > status:
            status = Status.of(label)
            firsts[status.word] = it.id
    assert firsts == {t["to"]: t["first_item_id"] for t in expected}


@needs_data
def test_one_classifier_serves_many_threads() -> None:
    items = [it for it in read_corpus(DEV) if it.target.name == "Apple Vision Pro"]
    classifier = Classifier(items[0].target)
    alone = [classifier.classify(it.item) for it in items]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda it: classifier.classify(it.item), items * 4))
    assert together == alone * 4

"""Benchmark the release-status classifier against the keyword baseline.

    .venv/bin/python benchmarks/bench_detect.py [--data PATH] [--holdout PATH ...] [--seconds S]

For each classifier: scores on the whole labelled corpus (accuracy, macro-F1, released
precision, per-label F1, confusion), scores on the two halves of a split by target
(rules were tuned looking at the "tune" half; the "check" half estimates how they do on
products they were not tuned on), and single-core throughput (the corpus classified
repeatedly for at least S seconds; `SORA_BOT_INTERPRETED=1` measures the uncompiled
source). Then every timeline item found next to the corpus
(`timelines/*.jsonl`) with its gold and predicted label. Last, the same scores on each
held-out-style set (`--holdout`, other products than the corpus; by default every
round, `holdout.jsonl`, `holdout2.jsonl`, ...) and the timelines next to them: the corpus
measures what the rules were tuned on, the holdouts how they carry over.
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import bot.core.detect
from bot.core.detect.baseline import KeywordBaseline
from bot.core.detect.classifier import Classifier
from bot.core.detect.corpus import LabelledItem, read_corpus
from bot.core.detect.metrics import Scores, format_scores, score
from bot.core.models import Detection, ItemText, Label, Target

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = (REPO / "../shared/data/status_dev.jsonl",)
# Every held-out round, in the order they were written: holdout.jsonl, holdout2.jsonl, ...
DEFAULT_HOLDOUTS = tuple(
    sorted(
        (REPO / "tests/fixtures/detect").glob("holdout*.jsonl"),
        key=lambda p: int(p.stem.removeprefix("holdout") or 1),
    )
)


class _Detector(Protocol):
    def classify(self, item: ItemText) -> Detection: ...


def half(target: Target) -> str:
    """The split by target: stable across runs and machines (CRC-32 of the name)."""
    return "tune" if zlib.crc32(target.name.encode()) % 2 == 0 else "check"


def _detectors(
    items: Sequence[LabelledItem], make: Callable[[Target], _Detector]
) -> list[tuple[_Detector, ItemText]]:
    built: dict[Target, _Detector] = {}
    return [(built.setdefault(it.target, make(it.target)), it.item) for it in items]


def _scores(items: Sequence[LabelledItem], preds: Sequence[Label], which: str) -> Scores:
    chosen = [
        (it.label, p)
        for it, p in zip(items, preds, strict=True)
        if which in ("all", half(it.target))
    ]
    return score([g for g, _ in chosen], [p for _, p in chosen])


def _throughput(pairs: list[tuple[_Detector, ItemText]], seconds: float) -> tuple[float, float]:
    """(best pass, mean) items per second over passes for at least `seconds`: the best
    pass is the one other work on the machine disturbed least."""
    done, best, start = 0, 0.0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        begun = time.perf_counter()
        for detector, item in pairs:
            detector.classify(item)
        best = max(best, len(pairs) / (time.perf_counter() - begun))
        done += len(pairs)
    return best, done / elapsed


def _report(
    name: str, items: list[LabelledItem], make: Callable[[Target], _Detector], seconds: float
) -> tuple[Scores, float]:
    pairs = _detectors(items, make)
    preds = [d.classify(i).label for d, i in pairs]
    whole = _scores(items, preds, "all")
    print(f"=== {name} ===")
    print(format_scores(whole))
    print(f"released precision {whole.per_label[Label.RELEASED].precision:.3f}")
    for which in ("tune", "check"):
        s = _scores(items, preds, which)
        targets = len({it.target.name for it in items if half(it.target) == which})
        print(
            f"{which:>5} half: {s.total:3d} items / {targets:2d} targets   "
            f"macro-F1 {s.macro_f1:.3f}   accuracy {s.accuracy:.3f}   "
            f"released precision {s.per_label[Label.RELEASED].precision:.3f}"
        )
    speed, mean = _throughput(pairs, seconds)
    print(
        f"throughput {speed:,.0f} items/s best pass, {mean:,.0f} mean (one core, {seconds:g} s)\n"
    )
    return whole, speed


def _holdout(path: Path) -> None:
    """Scores only: its throughput would repeat the corpus's."""
    items = read_corpus(path)
    print(f"holdout {path}: {len(items)} items, {len({i.target for i in items})} targets\n")
    for name, make in (("Classifier", Classifier), ("KeywordBaseline", KeywordBaseline)):
        pairs = _detectors(items, make)
        s = _scores(items, [d.classify(i).label for d, i in pairs], "all")
        print(f"=== holdout: {name} ===")
        print(format_scores(s))
        print(f"released precision {s.per_label[Label.RELEASED].precision:.3f}\n")


def _timelines(folder: Path) -> None:
    for path in sorted(folder.glob("*.jsonl")):
        items = read_corpus(path)
        print(f"=== timeline {path.name} ===")
        pairs = _detectors(items, Classifier)
        for it, (detector, item) in zip(items, pairs, strict=True):
            d = detector.classify(item)
            mark = "ok" if d.label is it.label else "MISS"
            day = item.published.isoformat() if item.published else "????-??-??"
            print(
                f"{it.id:<8} {day}  gold {it.label.value:<9} pred {d.label.value:<9} {mark:<4}"
                f" {d.confidence:.2f}  window={d.window}  {', '.join(d.cues[:3])}"
            )
        print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="labelled corpus (JSON Lines)")
    parser.add_argument(
        "--holdout",
        type=Path,
        action="append",
        help="held-out-style labelled set (repeatable; default: every holdout round)",
    )
    parser.add_argument("--seconds", type=float, default=2.0, help="throughput run length")
    args = parser.parse_args(argv)
    candidates = (args.data,) if args.data else DEFAULT_DATA
    data = next((p.resolve() for p in candidates if p.is_file()), None)
    if data is None:
        tried = ", ".join(str(p) for p in candidates)
        print(f"no labelled corpus found (tried {tried}); pass --data PATH", file=sys.stderr)
        return 2
    items = read_corpus(data)
    print(f"corpus {data}: {len(items)} items, {len({i.target for i in items})} targets")
    # `pip install` compiles the classifier with mypyc; an edited checkout runs its source.
    how = "compiled (mypyc)" if bot.core.detect.COMPILED else "from source (not compiled)"
    print(f"classifier {how}\n")
    rules, rules_speed = _report("Classifier", items, Classifier, args.seconds)
    base, base_speed = _report("KeywordBaseline", items, KeywordBaseline, args.seconds)
    print(
        f"rules vs baseline: macro-F1 {rules.macro_f1:.3f} vs {base.macro_f1:.3f}, "
        f"speed {rules_speed:,.0f} vs {base_speed:,.0f} items/s "
        f"(ratio {rules_speed / base_speed:.2f})\n"
    )
    _timelines(data.parent / "timelines")
    folders: list[Path] = []
    for path in args.holdout or DEFAULT_HOLDOUTS:
        if not path.is_file():
            print(f"no holdout set at {path}; pass --holdout PATH\n", file=sys.stderr)
            continue
        _holdout(path)
        if path.parent not in folders:
            folders.append(path.parent)
    for folder in folders:
        _timelines(folder / "timelines")
    return 0


if __name__ == "__main__":
    sys.exit(main())

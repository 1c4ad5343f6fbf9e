"""How the second opinion's bar for a "released" the rules did not say
(`second_opinion.NEW_RELEASE`, or with `--bar` the one where they read nothing,
`SILENT_RELEASE`, or a plan, `PLANNED_RELEASE`) trades macro-F1 against released precision.

    .venv/bin/python tools/threshold_sweep.py                 # holdout117 and later
    .venv/bin/python tools/threshold_sweep.py FILE... --bars 0.7 0.75 0.8
    .venv/bin/python tools/threshold_sweep.py --bar SILENT_RELEASE --bars 0.75 0.85
    .venv/bin/python tools/threshold_sweep.py --bar PLANNED_RELEASE --bars 0.75 0.8 0.9

Measure on sets the shipped model was never trained on (`tools/train_model.py`,
`BLIND_AT`): on the sets it learned from it is right far more often than on new text.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.detect import second_opinion  # noqa: E402
from bot.core.detect.corpus import LabelledItem, read_corpus, with_classifiers  # noqa: E402
from bot.core.detect.metrics import score  # noqa: E402
from bot.core.models import Label  # noqa: E402

FIRST_UNTRAINED = 141


def _untrained_sets() -> list[Path]:
    found = []
    for path in (REPO / "tests/fixtures/detect").glob("holdout*.jsonl"):
        number = re.fullmatch(r"holdout(\d+)", path.stem)
        if number and int(number.group(1)) >= FIRST_UNTRAINED:
            found.append(path)
    return sorted(found, key=lambda p: int(p.stem[len("holdout") :]))


def measure(sets: list[list[LabelledItem]]) -> tuple[float, int, int]:
    """Mean macro-F1 over the sets, and "released" right and said over all of them."""
    f1s, right, said = [], 0, 0
    for items in sets:
        pred = [c.classify(it.item).label for c, it in with_classifiers(items)]
        gold = [it.label for it in items]
        f1s.append(score(gold, pred).macro_f1)
        said += sum(p is Label.RELEASED for p in pred)
        right += sum(
            p is Label.RELEASED and g is Label.RELEASED for p, g in zip(pred, gold, strict=True)
        )
    return sum(f1s) / len(f1s), right, said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--bars", nargs="+", type=float, default=[0.7, 0.75, 0.8, 0.9])
    parser.add_argument(
        "--bar",
        choices=["NEW_RELEASE", "PLANNED_RELEASE", "SILENT_RELEASE", "KEPT_RELEASE"],
        default="NEW_RELEASE",
    )
    args = parser.parse_args()
    sets = [read_corpus(p) for p in (args.files or _untrained_sets())]
    print(f"{len(sets)} sets, {sum(map(len, sets))} items")
    for bar in args.bars:
        setattr(second_opinion, args.bar, bar)
        f1, right, said = measure(sets)
        line = f"{args.bar} {bar:.2f}: mean macro-F1 {f1:.4f}"
        print(f"{line}, released {right}/{said} = {right / said:.3f}")


if __name__ == "__main__":
    main()

"""Scores for a labelled run: accuracy, per-label precision/recall/F1, macro-F1 and the
confusion matrix. Used by `sora-bot eval`, the benchmark and the corpus test, so all three
report the same numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.models import Label

_LABELS = tuple(Label)


@dataclass(frozen=True, slots=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int  # gold items with this label
    predicted: int  # items predicted with this label


@dataclass(frozen=True, slots=True)
class Scores:
    """`confusion[gold][pred]` counts items; every label appears as a key."""

    total: int
    accuracy: float
    per_label: dict[Label, LabelScore]
    macro_f1: float
    confusion: dict[Label, dict[Label, int]]

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-ready data, labels as their words."""
        return {
            "total": self.total,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "per_label": {
                label.value: {
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "support": s.support,
                    "predicted": s.predicted,
                }
                for label, s in self.per_label.items()
            },
            "confusion": {
                gold.value: {pred.value: n for pred, n in row.items()}
                for gold, row in self.confusion.items()
            },
        }


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def score(gold: Sequence[Label], pred: Sequence[Label]) -> Scores:
    """Compare two equally long label sequences.

    A label with no gold items and no predictions scores F1 = 0 but is still averaged
    into macro-F1, as the four labels are all part of the task. Raises ValueError when the
    lengths differ, since pairing would silently be wrong.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} labels but pred has {len(pred)}")
    confusion = {g: dict.fromkeys(_LABELS, 0) for g in _LABELS}
    for g, p in zip(gold, pred, strict=True):
        confusion[Label(g)][Label(p)] += 1
    per_label: dict[Label, LabelScore] = {}
    for label in _LABELS:
        tp = confusion[label][label]
        support = sum(confusion[label].values())
        predicted = sum(confusion[g][label] for g in _LABELS)
        precision, recall = _ratio(tp, predicted), _ratio(tp, support)
        f1 = _ratio(2 * tp, support + predicted)
        per_label[label] = LabelScore(precision, recall, f1, support, predicted)
    correct = sum(confusion[label][label] for label in _LABELS)
    macro = sum(s.f1 for s in per_label.values()) / len(_LABELS)
    return Scores(len(gold), _ratio(correct, len(gold)), per_label, macro, confusion)


def format_scores(s: Scores) -> str:
    """A fixed-width table: summary line, per-label scores, confusion (rows = gold)."""
    lines = [
        f"items {s.total}   accuracy {s.accuracy:.3f}   macro-F1 {s.macro_f1:.3f}",
        "",
        f"{'label':<10} {'prec':>6} {'recall':>6} {'f1':>6} {'gold':>5} {'pred':>5}",
    ]
    for label, ls in s.per_label.items():
        lines.append(
            f"{label.value:<10} {ls.precision:>6.3f} {ls.recall:>6.3f} {ls.f1:>6.3f} "
            f"{ls.support:>5} {ls.predicted:>5}"
        )
    lines += ["", "gold \\ pred " + "".join(f"{p.value:>10}" for p in _LABELS)]
    for gold, row in s.confusion.items():
        lines.append(f"{gold.value:<12}" + "".join(f"{row[p]:>10}" for p in _LABELS))
    return "\n".join(lines)

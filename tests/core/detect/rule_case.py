"""One short made-up item and the label a rule must give it: the shape shared by every
round of rule tests (`test_*_rules.py`). Made-up products and sentences found in no labelled
set, so each case checks a rule, not a memorised phrasing. They check the rules alone
(`Classifier.by_rules`): the trained second opinion is measured on real items, where it
is right more often than the rules (`tests/core/detect/test_second_opinion.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.core.detect.classifier import Classifier
from bot.core.models import Detection, ItemKind, ItemText, Label, Target


@dataclass(frozen=True)
class Case:
    id: str
    target: Target
    title: str
    summary: str
    expected: Label
    kind: ItemKind = ItemKind.PRESS
    url: str = "https://news.example.org/story"
    published: date | None = date(2026, 3, 10)

    def check(self) -> None:
        detection = read_by_rules(
            self.target, self.title, self.summary, self.published, self.kind, self.url
        )
        assert detection.label is self.expected, detection


def read_by_rules(
    target: Target,
    title: str,
    summary: str,
    published: date | None = date(2026, 3, 10),
    kind: ItemKind = ItemKind.PRESS,
    url: str = "https://news.example.org/story",
) -> Detection:
    """What the rules alone read of one made-up item, for cases that check more than its
    label (its cues, its day)."""
    item = ItemText(title, summary, url, published, kind)
    return Classifier(target).by_rules(item)[0]

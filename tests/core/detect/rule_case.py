"""One short made-up item and the label a rule must give it: the shape shared by every
round of rule tests (`test_*_rules.py`). Made-up products and sentences found in no labelled
set, so each case checks a rule, not a memorised phrasing. They check the rules alone
(`Classifier.by_rules`): the trained second opinion is measured on real items, where it
is right more often than the rules (`tests/core/detect/test_second_opinion.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.core.detect.classifier import Classifier
from bot.core.models import ItemKind, ItemText, Label, Target


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
        item = ItemText(self.title, self.summary, self.url, self.published, self.kind)
        detection, _ = Classifier(self.target).by_rules(item)
        assert detection.label is self.expected, detection

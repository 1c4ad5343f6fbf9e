"""The naive keyword classifier the benchmark measures `Classifier` against.

It does what a first attempt does: the item is about the target if any of its names
appears; then the first keyword family found decides (released words, then confirmation
words, then rumour words). No negation, tense, scope, versions or source trust: the gap
between the two in the benchmark is what those rules buy.
"""

from __future__ import annotations

import re

from bot.core.models import Detection, ItemText, Label, Target

_FAMILIES = (
    (Label.RELEASED, r"released|launched|launches|available|out now|rolling out|is out"),
    (Label.CONFIRMED, r"announced|confirmed|release date|will launch|will release|coming"),
    (Label.RUMOURED, r"rumou?r\w*|leak\w*|report\w*|expected|could|might"),
)


class KeywordBaseline:
    """Same interface as `Classifier`; keeps only compiled patterns."""

    def __init__(self, target: Target) -> None:
        names = "|".join(re.escape(n) for n in target.names if n.strip())
        self._name = re.compile(rf"\b(?:{names})\b", re.IGNORECASE) if names else None
        self._families = [
            (label, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for label, words in _FAMILIES
        ]

    def classify(self, item: ItemText) -> Detection:
        """NONE unless a name appears; otherwise the first keyword family that matches."""
        text = f"{item.title}\n{item.summary}"
        if self._name is None or not self._name.search(text):
            return Detection(Label.NONE, 0.5)
        for label, pattern in self._families:
            m = pattern.search(text)
            if m:
                return Detection(label, 0.5, item.title, (f"keyword:{m.group().lower()}",))
        return Detection(Label.NONE, 0.5, item.title)

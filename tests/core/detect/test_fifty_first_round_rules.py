"""The rules added in the seventieth round (issue 5: names the matcher missed in the labelled
sets, and the errors of the blind sets holdout634-645 and their timelines), one short
made-up item each: made-up products, and none of these sentences is in a labelled set, so
each case checks the rule rather than a memorised phrasing. Each case failed on the code
before its rule, except the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

GAME = Target(name="Quillstorm Depths", aliases=(), maker="Velmar Games")
CAR = Target(name="2026 Velmar Cirrus", aliases=("2026 Cirrus",), maker="Velmar")

CASES = [
    Case(
        "a-release-date-wished-for-in-a-sentence-of-its-own-plans-nothing",
        GAME,
        "Quillstorm Depths gameplay to be shown at Velmar Con next month",
        "What would be better than the gameplay? A release date. Can we get that too, Velmar?",
        Label.NONE,
    ),
    Case(
        "a-release-date-set-is-a-plan",
        GAME,
        "Quillstorm Depths gameplay to be shown at Velmar Con next month",
        "A release date has been set for Quillstorm Depths.",
        Label.CONFIRMED,
    ),
    Case(
        "a-title-that-is-the-name-is-not-a-variant-of-the-summarys-first-word",
        GAME,
        "Quillstorm Depths",
        "Edge review of the dungeon crawler, tested on PC, listing 'Release: Out now'.",
        Label.RELEASED,
    ),
    Case(
        "a-variant-on-the-names-own-line-is-still-another-model",
        GAME,
        "Quillstorm Depths Edge review",
        "The Edge edition, tested on PC, is out now.",
        Label.NONE,
    ),
    Case(
        "a-model-year-is-also-written-short",
        CAR,
        "Redesigned '26 Cirrus is roomy and frugal",
        "Road test of the new model: pricing starts just under 30,000 at dealers.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the sixty-second round and after (issue 5: the errors of the blind
sets holdout467 onward and of the items labelled before), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

CHIP = Target(name="Velmar Corex 9 7800K3D", aliases=("Corex 9 7800K3D", "7800K3D"), maker="Velmar")
BIKE = Target(name="Velmar Strada e-bike", aliases=("Velmar Strada",), maker="Velmar")
GAME = Target(name="Starfall: RISE", aliases=("Starfall RISE",), maker="Orrin Games")
CONSOLE_PORT = Target(
    name="Starfall Tactics for Xbox", aliases=("Starfall Tactics Xbox version",), maker="Orrin"
)
MAPS = Target(name="Quill Maps night view", aliases=("Quill Maps night mode",), maker="Orrin")

CASES = [
    Case(
        "a-count-of-cores-after-a-name-is-no-other-model",
        CHIP,
        "Velmar Corex 9 7800K3D 8-Core Processor review",
        "We ran it through our usual games and renders for a week.",
        Label.RELEASED,
    ),
    # Guard: a number after the name is still another model.
    Case(
        "a-number-after-a-name-is-another-model",
        CHIP,
        "Velmar Corex 9 7800K3D 2 review",
        "We ran the chip through our usual games and renders for a week.",
        Label.NONE,
    ),
    Case(
        "a-guide-to-working-it-is-for-those-who-have-it",
        MAPS,
        "How to turn on Quill Maps night mode on your phone",
        "Open the settings and pick the dark theme; the map follows your phone's setting.",
        Label.RELEASED,
    ),
    # Guards: a guide to a test build, or to what is still coming, is not.
    Case(
        "a-guide-to-a-test-build-is-no-release",
        MAPS,
        "How to use the Quill Maps night mode beta",
        "Testers can pick the dark theme in the settings.",
        Label.NONE,
    ),
    Case(
        "a-guide-to-switching-off-what-is-coming-is-no-release",
        MAPS,
        "Orrin emails owners",
        "Orrin is close to launching Quill Maps night mode; owners are told how to switch off "
        "the incoming feature.",
        Label.NONE,
    ),
    Case(
        "a-business-launched-to-make-it-is-no-release",
        BIKE,
        "Velmar and electric bikes",
        "Velmar has launched a new business dedicated to the Velmar Strada and plans to launch "
        "the first bikes in the spring of 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "a-review-of-the-evidence-is-no-review-of-the-product",
        CHIP,
        "Velmar Corex 9 7800K3D at 6 GHz: How Credible Is the Claim? (Evidence Review)",
        "A blog weighs leaked benchmark screenshots of the chip.",
        Label.RUMOURED,
    ),
    Case(
        "a-name-in-capitals-run-on-by-a-word-in-capitals-is-a-longer-title",
        GAME,
        "Review | Starfall: RISE OVERCLOCK (PC)",
        "A review of the paid PC spin-off, which the critic finds repetitive.",
        Label.NONE,
    ),
    # Guard: a headline may shout "REVIEW" after the name.
    Case(
        "a-shouted-review-after-a-name-in-capitals-is-its-review",
        GAME,
        "Starfall: RISE REVIEW",
        "A review of the mobile game after a month of play.",
        Label.RELEASED,
    ),
    Case(
        "a-statement-before-but-why-is-stated",
        CONSOLE_PORT,
        "'Starfall Tactics' is finally coming to Xbox, but why is it a big deal?",
        "An overview of the game for new players.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

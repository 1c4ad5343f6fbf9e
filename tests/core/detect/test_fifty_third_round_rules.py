"""The rules added in the seventy-second round (issue 5: the errors of the blind sets
holdout694-705), one short made-up item each: made-up products, and none of these sentences
is in a labelled set, so each case checks the rule rather than a memorised phrasing. Each
case failed on the code before its rule, except the guards beside them, which pin what the
rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

EARBUDS = Target(name="Orrin Dash", aliases=("The Dash",), maker="Orrin")
PILL = Target(name="VX-2040", aliases=(), maker="Velmar Therapeutics")
SHOW = Target(name="Velmar Nights Season 4", aliases=(), maker="Orrin Studios")
GAME = Target(name="Quillstorm Depths", aliases=(), maker="Velmar Games")
PROBE = Target(name="Orrin Probe", aliases=(), maker="Orrin Space Agency")
DRONE = Target(name="Orrin Hover 1", aliases=("Hover 1",), maker="Orrin")
TV = Target(name="QX Velo 7", aliases=(), maker="QX Electronics")

CASES = [
    Case(
        "a-poem-recalled-is-remembered",
        EARBUDS,
        "The Dash",
        'Columnist Mara Quell recalls Ansel Brook\'s poem "The Dash", about the line '
        "between two dates.",
        Label.NONE,
    ),
    Case(
        "units-recalled-were-sold",
        EARBUDS,
        "Orrin recalls The Dash",
        "Orrin recalls 20,000 units of The Dash earbuds over battery fires.",
        Label.RELEASED,
    ),
    Case(
        "praise-for-an-earlier-installment-reviews-no-later-one",
        SHOW,
        "Velmar Nights Season 4 chances",
        "The network head addressed the possibility of Velmar Nights Season 4 after the "
        "well-reviewed third installment.",
        Label.NONE,
    ),
    Case(
        "a-review-on-the-eve-of-launch-is-ahead-of-it",
        GAME,
        "Quillstorm Depths Review - Deep and Dark",
        "We are finally on the eve of Quillstorm Depths's worldwide launch; the review weighs "
        "its 30-hour campaign.",
        Label.CONFIRMED,
    ),
    Case(
        "a-craft-arrived-at-its-launch-site-is-not-launched",
        PROBE,
        "Orrin Probe reaches the launch site",
        "The Orrin Probe has arrived at Cape Canaveral ahead of a launch planned for late "
        "February.",
        Label.CONFIRMED,
    ),
    Case(
        "a-craft-that-will-reach-orbit-has-launched",
        PROBE,
        "Orrin Probe on its way",
        "The Orrin Probe launched on January 15 and will reach lunar orbit on May 6.",
        Label.RELEASED,
    ),
    Case(
        "a-plan-that-slipped-is-still-a-plan",
        DRONE,
        "Orrin Hover 1 test ends in a crash",
        "The Orrin Hover 1 was supposed to launch early next year, but the crash will likely "
        "delay its debut by several months.",
        Label.CONFIRMED,
    ),
    Case(
        "an-initialism-makers-possessive-names-the-product",
        TV,
        "QX's Velo 7: thin as paper",
        "QX's Velo 7 is now available in stores.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


def test_a_regulators_review_is_no_product_review() -> None:
    """ "won approval on its second review" is the regulator's pass, not a critic's."""
    detection = read_by_rules(
        PILL,
        "Regulator approves VX-2040",
        "Velmar's VX-2040 won approval on its second review, paving the way for sales in "
        "early December.",
    )
    assert detection.label is not Label.RELEASED, detection

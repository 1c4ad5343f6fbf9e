"""The rules added in the twenty-third round (issue 5: what the blind sets holdout117 on
and timelines43-44 missed at their first scores), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing. Each case failed on the code before its rule, except the
guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.detect.names import maker_names
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

ASSISTANT = Target(name="Kite Chat in Lumen", aliases=("Kite Chat",), maker="Lumen")

CASES = [
    Case(
        "a-bundle-out-today-and-the-target-only-later",
        ASSISTANT,
        "Lumen Suite is available today on phones and tablets",
        "The first Lumen Suite features ship today. More arrive in May, when users will "
        "also get Kite Chat in Lumen.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "what-users-will-get-is-a-plan",
        ASSISTANT,
        "Lumen update notes",
        "In the next update, customers will receive Kite Chat, the company said.",
        Label.CONFIRMED,
    ),
    Case(
        "users-got-it-is-no-plan",
        ASSISTANT,
        "Lumen update notes",
        "Users have had Kite Chat in Lumen since the spring and like it, the survey says.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("maker", "partner"),
    [
        ("Harbor Parks Japan (Harbor Parks & Resorts) with Nintendo", "Nintendo"),
        ("Lakeside Pictures with Alcon Entertainment", "Alcon"),
        ("Kite Labs + Vanta", "Vanta"),
    ],
)
def test_each_partner_of_a_joint_maker_is_a_maker(maker: str, partner: str) -> None:
    """A land built "with Nintendo" is Nintendo's to announce too; before, "with" was
    kept as a word of the partner's name, so "Nintendo announced" never matched, and
    "with" alone became a maker word that any "with" in the text named."""
    names = maker_names(maker)
    assert partner in names
    assert not any(n.lower().startswith("with") for n in names)

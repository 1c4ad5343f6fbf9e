"""The rules added in the fourteenth round (issue 5: `holdout34.jsonl` to
`holdout41.jsonl`, each measured before this round changed anything for it), one short
made-up item each: made-up products, and none of these sentences is in a labelled set, so
each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

SPEECH = Target(name="Murmur", aliases=("Avian Murmur",), maker="Avian Labs")

CASES = [
    Case(
        "withheld-from-the-public-is-no-release",
        SPEECH,
        "Introducing Murmur, our speech model",
        'Avian Labs shows Murmur but says "we are not making the Murmur weights or code '
        'publicly available for now."',
        Label.RUMOURED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "won't-make-it-available-is-no-release",
        SPEECH,
        "Murmur demo wows researchers",
        "Avian Labs won't make Murmur generally available, citing the risk of voice cloning.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_fourteenth_round_rule(case: Case) -> None:
    case.check()

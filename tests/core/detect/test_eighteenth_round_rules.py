"""The rules added in the eighteenth round (issue 5: the timeline fixtures still late and
`holdout66.jsonl` after its first score), one short made-up item each: made-up products,
and none of these sentences is in a labelled set, so each case checks the rule rather
than a memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

EDITOR = Target(name="Reelcut for Tablet", maker="Reelcut Labs")

CASES = [
    Case(
        "much-rumour-before-is-over",
        EDITOR,
        "Review: Reelcut for Tablet",
        "'Reelcut for Tablet is here at last': after 'much rumor and speculation' it is ready "
        "to download.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_eighteenth_round_rule(case: Case) -> None:
    case.check()

"""The rules added in the fifteenth round (issue 5: `holdout46.jsonl` to `holdout49.jsonl`
and the ninth round of blind timelines, each measured before this round changed anything
for it), one short made-up item each: made-up products, and none of these sentences is in
a labelled set, so each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

BRAWLER = Target(name="Grand Brawl Bros. Deluxe", maker="Kestrel Games")

CASES = [
    Case(
        "an-abbreviation-point-may-be-dropped",
        BRAWLER,
        "Grand Brawl Bros Deluxe is out now on Switch",
        "The fighting game is available today for $59.99.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_fifteenth_round_rule(case: Case) -> None:
    case.check()

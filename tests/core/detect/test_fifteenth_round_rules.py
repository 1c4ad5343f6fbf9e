"""The rules added in the fifteenth round (issue 5: `holdout46.jsonl` to `holdout49.jsonl`
and the ninth round of blind timelines, each measured before this round changed anything
for it), one short made-up item each: made-up products, and none of these sentences is in
a labelled set, so each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

BRAWLER = Target(name="Grand Brawl Bros. Deluxe", maker="Kestrel Games")
SLATE = Target(name="Lumen Slate 2", maker="Lumen")
ASSIST = Target(name="Orbit Assist", maker="Orbit Labs")

CASES = [
    Case(
        "an-abbreviation-point-may-be-dropped",
        BRAWLER,
        "Grand Brawl Bros Deluxe is out now on Switch",
        "The fighting game is available today for $59.99.",
        Label.RELEASED,
    ),
    Case(
        "reviews-in-advance-of-the-release-are-no-release",
        SLATE,
        "Lumen Slate 2: review roundup",
        "In advance of Lumen's release of the Lumen Slate 2, reviews of the tablet have hit "
        "the web.",
        Label.CONFIRMED,
    ),
    Case(
        "a-rollout-that-initially-begins-has-begun",
        ASSIST,
        "Orbit Labs brings Orbit Assist to its browser",
        "Orbit Assist answers questions about any page. The rollout initially begins in "
        "Canada on desktop.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_fifteenth_round_rule(case: Case) -> None:
    case.check()

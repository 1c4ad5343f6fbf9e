"""The rules added in the sixteenth round (issue 5: names the mention finder missed in
`holdout50.jsonl` to `holdout56.jsonl`), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

SAGA = Target(name="Ashen Crown VII", maker="Rookery Games")
QUEST = Target(name="Tern Quest 3", maker="Tern")
PHONE = Target(name="Zenith Z9 Max", aliases=("Nimbus Zenith Z9 Max",), maker="Nimbus")

CASES = [
    Case(
        "a-roman-numeral-is-also-written-in-digits",
        SAGA,
        "Ashen Crown 7 arrives on May 12",
        "Rookery Games says the sequel will launch on May 12.",
        Label.CONFIRMED,
    ),
    Case(
        "digits-are-not-read-as-a-roman-numeral",
        QUEST,
        "Dragon Tern Quest III is out now",
        "The remake of the 1990 role-playing game is available today.",
        Label.NONE,
    ),
    Case(
        "a-quantifier-opening-a-sentence-is-no-brand",
        PHONE,
        "Some Zenith Z9 Max owners are already posting photos",
        "The phone went on sale last Friday; early buyers praise its battery life.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_sixteenth_round_rule(case: Case) -> None:
    case.check()

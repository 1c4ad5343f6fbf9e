"""The rules added in the fifty-first to fifty-fifth rounds (issue 5: the errors of the
blind sets holdout419-433 and the timelines timelines158-160), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

BOARD = Target(name="Velmar Board 5", aliases=("VB5",), maker="Velmar")
GAME = Target(name="Two by Two", aliases=("Two by Two (video game)",), maker="Orrin Games")

CASES = [
    Case(
        "a-writer-reporting-on-a-talk-is-no-hearsay",
        BOARD,
        "Velmar's founder promises a Velmar Board 5 in 2027",
        "Reporting on the founder's talk at a meetup, the co-founder said \"the Velmar Board 5 "
        'will launch in 2027".',
        Label.CONFIRMED,
    ),
    Case(
        "a-film-of-a-games-name-is-another-work",
        GAME,
        "Why 'Two by Two' is still my favourite twins movie",
        'A nostalgic essay on the film, "which came out on this day in 1996".',
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

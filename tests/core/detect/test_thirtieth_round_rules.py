"""The rules added in the thirtieth round (issue 5: what the blind sets holdout221-226 and
timelines99-100 missed), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

ALBUM_APP = Target(name="Kite Albums", maker="Kite")
DUBBING = Target(name="Vanta auto captions", aliases=("Vanta auto-captions",), maker="Vanta")

CASES = [
    Case(
        "a-count-of-users-reached-is-a-release",
        ALBUM_APP,
        "Kite Albums Hits 40 Million Monthly Active User Milestone",
        "The team shared the figure today.",
        Label.RELEASED,
    ),
    # Guard: a count aimed at is a goal.
    Case(
        "a-count-of-users-aimed-at-is-no-release",
        ALBUM_APP,
        "Kite's photo plans",
        "Kite wants Kite Albums to reach 40 million users within a year of its debut.",
        Label.NONE,
    ),
    # Guard: members of a waitlist are no users of the product; the waitlist is the
    # maker's commitment.
    Case(
        "members-of-a-waitlist-are-no-users",
        ALBUM_APP,
        "Kite Albums waitlist grows",
        "Kite Albums has 2 million members on the waitlist ahead of its launch.",
        Label.CONFIRMED,
    ),
    Case(
        "a-compound-adjective-is-no-other-product-released",
        DUBBING,
        "Vanta widens captions",
        "Vanta has rolled out an AI-powered auto-captions feature to hundreds of thousands of "
        "channels.",
        Label.RELEASED,
    ),
    # Guard: a product's name as the object is still another product.
    Case(
        "another-product-as-the-object-is-its-release",
        DUBBING,
        "Vanta news",
        "Vanta has rolled out Lumen Studio, an editor built on Vanta auto-captions.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

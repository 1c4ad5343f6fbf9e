"""The rules added in the thirty-ninth round (issue 5: the errors of the blind sets
holdout341-349 and timelines138-139), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards beside
them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

SERIES = Target(name="Velmar Files Season 4", maker="Velmar Studios")
LYRICS = Target(name="Orrin live lyrics", aliases=("live lyrics",), maker="Orrin Music")
SPECIAL = Target(name="Velmar Live Night", maker="Velmar TV")
ROCKET = Target(name="Velmar Lift R", aliases=("Lift R",), maker="Velmar Space")
EDITOR = Target(name="Quillon Paint Pro", maker="Quillon")
STORE = Target(name="Velmar Home in Quillonia", maker="Velmar Home")
TRAIN = Target(name="Velmar Rail Coast line", aliases=("Coast line",), maker="Velmar Rail")

CASES = [
    Case(
        "a-featurette-released-is-no-release",
        SERIES,
        "Velmar Files Season 4: 20 minutes behind the scenes",
        "Velmar Files Season 4 arrives on January 24; meanwhile the studio released a 20-minute "
        "behind-the-scenes featurette.",
        Label.CONFIRMED,
        published=date(2026, 1, 2),
    ),
    Case(
        "the-first-minute-released-is-no-release",
        SERIES,
        "Watch the first minute of Velmar Files Season 4",
        "The studio released the first minute of Velmar Files Season 4, which premieres on "
        "January 24.",
        Label.CONFIRMED,
        published=date(2026, 1, 2),
    ),
    Case(
        "a-test-for-some-users-is-a-preview",
        LYRICS,
        "Orrin begins testing live lyrics",
        'Orrin Music said it had begun testing live lyrics in the US for "some users".',
        Label.RUMOURED,
    ),
    # Guard: a rollout to some users has begun.
    Case(
        "a-rollout-to-some-users-has-begun",
        LYRICS,
        "Orrin rolls out live lyrics",
        "Orrin Music said live lyrics are now rolling out to some users in the US.",
        Label.RELEASED,
    ),
    Case(
        "according-to-a-company-release-is-on-record",
        SPECIAL,
        "Velmar Live Night will stream live",
        'Velmar Live Night will stream "live on March 4 at 10 p.m. ET", according to a '
        "company release.",
        Label.CONFIRMED,
        published=date(2026, 2, 1),
    ),
    Case(
        "a-delay-between-two-days-is-no-denial",
        TRAIN,
        "Velmar Rail delays Coast line debut again",
        'Velmar Rail "won\'t launch its Coast line service from Sept. 7 to Sept. 21"; the '
        "earliest start date is now set for Sept. 22.",
        Label.CONFIRMED,
        published=date(2026, 9, 1),
    ),
    Case(
        "an-audience-counted-has-watched-it",
        SERIES,
        "Velmar Files Season 4 crushed in the ratings",
        "Preliminary results show the first episode of Velmar Files Season 4 was watched by "
        "nearly 13.5 million people on Sunday.",
        Label.RELEASED,
    ),
    Case(
        "the-rocket-after-another-model-is-that-model",
        ROCKET,
        "Velmar Space Launches its Lift 1, but the Rocket Fails to Reach Orbit",
        "The flight proved the technologies that will enable the next vehicle, Lift R.",
        Label.NONE,
    ),
    Case(
        "soon-to-be-released-is-coming",
        EDITOR,
        "Some thoughts about Quillon Paint Pro",
        'A user calls Quillon Paint Pro "a soon-to-be-released industrial strength version" of '
        "the app, with non-destructive editing.",
        Label.CONFIRMED,
    ),
    Case(
        "a-store-that-opens-in-a-country-is-open",
        STORE,
        "Velmar Home's largest store opens in Quillonia",
        "The 65,000-square-metre store near the capital is the chain's first in Quillonia.",
        Label.RELEASED,
    ),
    # Guard: orders opening in a country are no store open.
    Case(
        "orders-that-open-in-a-country-are-no-opening",
        STORE,
        "Velmar Home opens pre-orders in Quillonia",
        "Velmar Home's first Quillonia store takes online orders ahead of its opening in May.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

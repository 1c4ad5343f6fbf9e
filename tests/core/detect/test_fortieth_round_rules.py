"""The rules added in the fortieth round (issue 5: the errors of the blind sets
holdout350-355 and timelines140-141), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards beside
them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.classifier import Classifier
from bot.core.detect.second_opinion import Scorer, Weights
from bot.core.models import ItemKind, ItemText, Label, Target
from tests.core.detect.rule_case import Case

REMAKE = Target(
    name="Quiet Harbour (2026 film)", aliases=("Quiet Harbour",), maker="Velmar Pictures"
)
GAME = Target(name="Orrin Quest", aliases=("Orrin Quest remake",), maker="Velmar Games")
FILM = Target(name="Velmar Drift", maker="Velmar Pictures")
SYSTEM = Target(name="Velmar OS 9", maker="Velmar")
PORT = Target(name="Orrin Skies for Nintendo Switch", maker="Velmar Games")
STORES = Target(name="Orrin Mart in Quillonia", maker="Orrin Mart")

CASES = [
    Case(
        "a-review-two-years-before-the-bracketed-year-is-the-earlier-film",
        REMAKE,
        "Festival review: Quiet Harbour",
        "Our review of the Norwegian thriller Quiet Harbour, which premiered at the festival.",
        Label.NONE,
        published=date(2024, 2, 3),
    ),
    # Guard: a year before it, a festival premiere may be the target's own.
    Case(
        "a-review-the-year-before-may-be-the-target",
        REMAKE,
        "Festival review: Quiet Harbour",
        "Our review of the thriller Quiet Harbour, which premiered at the festival.",
        Label.RELEASED,
        published=date(2025, 9, 3),
    ),
    # Guard: a rumour long before is still the target's.
    Case(
        "a-rumour-years-before-stays-a-rumour",
        REMAKE,
        "Quiet Harbour remake in the works",
        "Velmar Pictures is reportedly planning an English-language Quiet Harbour.",
        Label.RUMOURED,
        published=date(2023, 5, 3),
    ),
    Case(
        "a-film-that-releases-christmas-day-is-ahead",
        FILM,
        "Velmar Drift dazzles at its festival premiere",
        'Velmar Drift premiered at the festival; the film "releases Christmas Day".',
        Label.CONFIRMED,
        published=date(2026, 10, 7),
    ),
    Case(
        "later-than-expected-is-no-guess",
        FILM,
        "Velmar Drift now arriving later than expected",
        "Velmar Pictures moved Velmar Drift from August to Friday, September 11.",
        Label.CONFIRMED,
        published=date(2026, 1, 18),
    ),
    Case(
        "a-present-tense-in-a-clause-of-time-is-ahead",
        SYSTEM,
        "Velmar OS 9 hands-on: widgets at last",
        "Phones have had widgets for most of a year by the time Velmar OS 9 releases.",
        Label.NONE,
    ),
    # Guard: a headline's present tense of the day is still its release.
    Case(
        "a-headline-present-tense-is-the-day-s-release",
        SYSTEM,
        "Velmar OS 9 releases with widgets on the home screen",
        "Phones had widgets for most of a year before this.",
        Label.RELEASED,
    ),
    Case(
        "out-now-on-other-platforms-is-no-release-of-the-port",
        PORT,
        "Orrin Skies delayed to 2027 for Switch",
        'Velmar Games "has delayed Orrin Skies to 2027 for the Nintendo Switch"; the game "is '
        'available now for iOS and Android."',
        Label.CONFIRMED,
    ),
    Case(
        "not-a-rumour-is-no-hedge",
        STORES,
        "Orrin Mart Comes to Quillonia--this Time, It's Not a Rumour",
        'A blogger celebrates: "Orrin Mart is finally coming", taking over 200 leases.',
        Label.CONFIRMED,
    ),
    Case(
        "a-record-hours-after-release-is-out",
        GAME,
        "Orrin Quest shatters online record after half a day",
        'Orrin Quest "broke the record for concurrent online players after just over twelve '
        'hours of release".',
        Label.RELEASED,
    ),
    # Guard: a record expected within days of launch is a guess.
    Case(
        "a-record-expected-after-launch-is-not-out",
        GAME,
        "Orrin Quest could break records",
        "Analysts expect Orrin Quest to sell a million copies within three days of launch.",
        Label.RUMOURED,
    ),
    Case(
        "a-line-up-published-is-announced",
        GAME,
        "Velmar Games posts its showcase early",
        'Hours before its showcase, Velmar Games "published its entire line up on its '
        'official page", including "a remake of the first game, Orrin Quest".',
        Label.NONE,
        published=date(2026, 6, 6),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


def test_a_second_opinion_cannot_release_the_earlier_thing() -> None:
    """Long before the target's bracketed year, a release the model reads is the earlier
    thing's: the rules' reading stands."""
    sure = Weights(
        labels=(Label.NONE, Label.RUMOURED, Label.CONFIRMED, Label.RELEASED),
        intercepts=(0.0, 0.0, 0.0, 9.0),
        features={},
    )
    item = ItemText(
        "Quiet Harbour remake in the works",
        "Velmar Pictures is reportedly planning an English-language Quiet Harbour.",
        "https://news.example.org/story",
        date(2023, 5, 3),
        ItemKind.PRESS,
    )
    assert Classifier(REMAKE, Scorer(sure)).classify(item).label is Label.RUMOURED

"""The rules added in the sixth generalisation round (issue 5, `holdout6.jsonl` and the
Google Bard timeline), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.classifier import Classifier
from bot.core.models import ItemKind, ItemText, Label, Target
from tests.core.detect.rule_case import Case

LANG = Target(name="Wren 4.2", aliases=("Wren 4.2.0",), maker="Wren project")
GAME = Target(name="Ashen Crown", maker="Tallow Games")
FILM = Target(name="Glass Harbor 2", maker="Bluecrest Pictures")
CAR = Target(name="Vela S", aliases=("refreshed Vela",), maker="Orbis Motors")
MODEL = Target(name="Kite-2", aliases=("Kite 2",), maker="Kite Labs")
CHAT = Target(name="Parley Assistant", maker="Northwind")


CASES = [
    # False releases: a pre-release named by its version, leaked files.
    Case(
        "a-release-candidate-written-on-the-version-is-not-out",
        LANG,
        "Wren 4.2.0rc1 is now available",
        "The first release candidate is out for testing; the final release is scheduled "
        "for 2026-04-02.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "a-final-release-candidate-is-no-final-release",
        LANG,
        "Wren 4.2 nears the finish line",
        "The final release candidate of Wren 4.2 is now available for testing.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "leaked-files-published-are-not-the-product",
        GAME,
        "Studio breach exposes Ashen Crown builds",
        "A ransomware group published 800 GB of internal studio data, including Ashen Crown "
        "builds; the studio has not commented.",
        Label.NONE,
    ),
    # Releases said in other words.
    Case(
        "a-film-earning-in-its-opening-is-out",
        FILM,
        "Glass Harbor 2 stumbles with a $12 million opening",
        "The sequel earned about $12 million in its domestic debut.",
        Label.RELEASED,
    ),
    Case(
        "a-maker-beginning-deliveries-has-released",
        CAR,
        "Orbis begins deliveries of refreshed Vela in Europe",
        "First buyers have begun receiving the car.",
        Label.RELEASED,
    ),
    Case(
        "introducing-the-availability-is-a-release",
        MODEL,
        "Meet Kite-2",
        "Today we're introducing the availability of Kite-2, free for research use.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "we-are-releasing-the-weights-now",
        MODEL,
        "Open release of Kite-2",
        "We are releasing the model weights of Kite-2 under an open licence.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "a-staged-rollout-that-has-begun-is-a-release",
        CHAT,
        "Try Parley Assistant",
        "We're starting to open access to Parley Assistant in two countries, with more to "
        "follow over time.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sixth_round_rule(case: Case) -> None:
    case.check()


def test_we_are_releasing_later_is_not_out() -> None:
    """A relative time after the maker's present tense makes it a plan; the rules read no
    plan in it yet, but they must not call it out."""
    text = "We are releasing Kite-2 weights next month."
    item = ItemText("Kite-2 update", text, "", date(2026, 3, 10), ItemKind.OFFICIAL)
    assert Classifier(MODEL).by_rules(item)[0].label is not Label.RELEASED

"""The rules added in the eighth generalisation round (issue 5, `holdout8.jsonl`), one
short made-up item each: made-up products, and none of these sentences is in a labelled
set, so each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

CAR = Target(name="Vela 3", aliases=("Vela",), maker="Orbis Motors")
FILM = Target(name="Harbor Lights", maker="Bluecrest Pictures")
MODEL = Target(name="QUILL.1", aliases=("Quill",), maker="Quill Labs")
SKIN = Target(name="Corvo Shell 5", maker="Corvo")
GAME = Target(name="Ashen Crown", maker="Tallow Games")
PHONE = Target(name="Lumen Fold X", maker="Corvo")
LIBRARY = Target(name="Tessera 3.0", maker="Tessera")
SEARCH = Target(name="Deep Answers", maker="Weft")

CASES = [
    # False releases: reservations, a festival review, another version of the line.
    Case(
        "open-reservations-are-no-release",
        CAR,
        "Orbis opens Vela 3 reservations",
        'Orbis Motors says the Vela 3 "is now available for reservation" with deliveries '
        "next year.",
        Label.CONFIRMED,
    ),
    Case(
        "a-review-before-the-film-opens-in-theaters-is-no-release",
        FILM,
        "'Harbor Lights' review: a quiet triumph",
        "Seen at a festival premiere; Bluecrest opens the film in theaters April 24.",
        Label.CONFIRMED,
    ),
    Case(
        "a-bare-line-name-after-a-headline-about-another-version-is-that-version",
        MODEL,
        "Quill v3.0.0 is generally available",
        "The open-source build tool Quill reaches GA for its v3 APIs.",
        Label.NONE,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "late-this-year-is-still-ahead-in-spring",
        CAR,
        "Vela 3 priced",
        "The Vela 3 is available in late 2026 from $41,000.",
        Label.CONFIRMED,
    ),
    # Missed releases and plans.
    Case(
        "a-versioned-target-ships-as-an-update",
        SKIN,
        "Corvo Shell 5 stable update starts rolling out",
        "The stable Corvo Shell 5 update is now rolling out to flagship phones.",
        Label.RELEASED,
    ),
    Case(
        "starting-to-roll-out-is-a-rollout-begun",
        SEARCH,
        "Deep Answers comes to everyone",
        '"Deep Answers is starting to roll out for everyone," Weft says.',
        Label.RELEASED,
    ),
    Case(
        "began-selling-is-on-sale",
        PHONE,
        "Corvo surprises fans",
        "Corvo quietly began selling the Lumen Fold X through its online store on Monday.",
        Label.RELEASED,
    ),
    Case(
        "coming-with-a-bare-year-is-a-window",
        GAME,
        "Ashen Crown revealed, coming 2027",
        "Tallow Games shows its new action game.",
        Label.CONFIRMED,
    ),
    Case(
        "building-on-a-release-says-it-is-out",
        LIBRARY,
        "Tessera 3.1.0 released",
        'Tessera 3.1.0 adds new codecs; it "builds on the 3.0 release" from March.',
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
        published=date(2026, 5, 2),
    ),
    # Hearsay.
    Case(
        "a-journalists-first-person-sources-are-hearsay",
        GAME,
        "Ashen Crown aims for next year",
        "Ashen Crown is aiming for a 2027 launch, from what I've heard, a host says.",
        Label.RUMOURED,
    ),
    Case(
        "unclear-whether-it-launches-is-doubt",
        PHONE,
        "A Corvo executive seen with a new foldable",
        "The Lumen Fold X was spotted on a flight; it is unclear when or if it will launch.",
        Label.RUMOURED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_eighth_round_rule(case: Case) -> None:
    case.check()

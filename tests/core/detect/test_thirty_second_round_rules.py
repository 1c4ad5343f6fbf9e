"""The rules added in the thirty-second round (issue 5: the errors of the blind sets
holdout249-260), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

SET = Target(name="Orrin Harbor Crane (4410)", aliases=("4410", "Harbor Crane"), maker="Orrin")
DRUG = Target(name="Velmora", aliases=("velatide",), maker="Castell Pharma")
CARD = Target(name="Orrin Card", maker="Orrin")
DOCK = Target(name="Orrin Dock 2", maker="Orrin")
STORE = Target(name="Orrin Loom", maker="Orrin")
CAR = Target(name="Orrin V8 in the US", aliases=("Orrin V8 US",), maker="Orrin")

CASES = [
    Case(
        "a-post-that-notes-it-is-available-on-a-later-day",
        SET,
        "Orrin set review: 4410 Harbor Crane",
        'A build review of the set; the post notes "It\'s available from 1 April 2026" and '
        "walks through the crane's winch.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "the-maker-reporting-is-on-record",
        DRUG,
        "Velmora likely to be available soon",
        'Velmora "is expected to be available at specialty pharmacies by late April, '
        'Castell Pharma reports".',
        Label.CONFIRMED,
    ),
    # Guard: an outlet reporting it is hearsay.
    Case(
        "an-outlet-reporting-is-hearsay",
        DRUG,
        "Velmora likely to be available soon",
        'Velmora "is expected to be available at specialty pharmacies by late April", '
        "Bloomberg reports.",
        Label.RUMOURED,
    ),
    Case(
        "being-launched-next-year-is-a-plan",
        CARD,
        "Orrin's bank plans",
        "Orrin said the Orrin Card accounts are being launched next year with three partner banks.",
        Label.CONFIRMED,
    ),
    Case(
        "after-just-weeks-with-it-is-use",
        DOCK,
        "Orrin Dock 2, six weeks on",
        "After just six weeks of daily work, the Orrin Dock 2 has earned its place on my desk.",
        Label.RELEASED,
    ),
    Case(
        "a-research-paper-shows-no-product",
        STORE,
        "Orrin Loom: a globally replicated store",
        "An Orrin research paper describes Orrin Loom, the replicated database behind its own "
        "services.",
        Label.RUMOURED,
    ),
    Case(
        # (The rules read a reveal without a day; the point is that it is not out.)
        "what-will-be-its-first-widely-available-one-is-no-release",
        Target(name="Orrin Pulse One", maker="Orrin"),
        "Orrin introduces the Pulse One",
        "Today Orrin has introduced what will be its first widely available smartwatch: the "
        "Orrin Pulse One.",
        Label.RUMOURED,
    ),
    Case(
        "a-pilot-is-a-closed-trial-not-a-release",
        Target(name="Orrin Coin", maker="Orrin Bank"),
        "Orrin Bank pilots Orrin Coin",
        'Orrin Bank "has launched the pilot of its new deposit token, Orrin Coin", open to a '
        "handful of institutional clients.",
        Label.RUMOURED,
    ),
    Case(
        "what-we-have-been-hearing-is-no-word-on-record",
        Target(name="Orrin Tactics", maker="Orrin Games"),
        "Is Orrin Tactics close?",
        'A blogger writes: "We have also been hearing more rumors of a release date for Orrin '
        'Tactics in November."',
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-regulators-review-of-the-filing-is-no-product-review",
        DRUG,
        "Hold rating on Castell Pharma",
        'Analysts keep a Hold "during the ongoing review of the Velmora NDA by the FDA".',
        Label.NONE,
    ),
    Case(
        "a-post-that-reviews-enforcement-is-no-product-review",
        DRUG,
        "Velmora and compounding: what the rules say",
        "Velmora is sold through gray-market vendors; the post reviews FDA and state "
        "enforcement against those channels.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    # Guard: a review of the product is one.
    Case(
        "a-review-of-the-drug-pen-is-one",
        Target(name="Orrin Pen", maker="Orrin"),
        "Orrin Pen review",
        "Our review of the Orrin Pen after a month of daily injections.",
        Label.RELEASED,
    ),
    # Guard: the maker's home market is elsewhere, whatever the article notes.
    Case(
        "a-launch-in-the-makers-native-country-is-elsewhere",
        CAR,
        "Orrin delays US deliveries of the Orrin V8",
        "Orrin will delay its first US deliveries until the second half of March; the article "
        "notes Orrin launched deliveries of the V8 in their native Vietnam in September.",
        Label.CONFIRMED,
        published=date(2026, 2, 9),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the thirty-fifth round (issue 5: the errors of the blind sets
holdout293-310 and timelines122-127), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards beside
them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

BROWSER = Target(name="Orrin Glide", aliases=("Glide",), maker="Orrin")
CAMERA = Target(name="Orrin Z9", aliases=("Z9",), maker="Orrin")
MODEL = Target(name="Lumo 3.0", maker="Tessary")
BIKE = Target(name="Orrin Strada 660", aliases=("Strada 660",), maker="Orrin")
CAR = Target(name="Velmar Aster", aliases=("Aster",), maker="Velmar")
DRUG = Target(name="Velabrex", aliases=("VX-201",), maker="Tessary Bio")
PUMP = Target(name="Orrin Flow 9 (U.S.)", aliases=("Orrin Flow 9",), maker="Orrin Medical")
DRINK = Target(name="Fizzwell Nitro", maker="Fizzwell")
SONG_DOC = Target(name="Tallow: Brighter Shore", aliases=("Brighter Shore",), maker="Orrin Films")
APP = Target(name="Orrin Chat Kids", maker="Orrin")
METRO = Target(name="Velmar Metro City Line", aliases=("City Line",), maker="Velmar Transit")
AIRLINE = Target(
    name="Velmar Air assigned seating", aliases=("assigned seating",), maker="Velmar Air"
)

CASES = [
    Case(
        "the-most-feature-complete-is-a-comparison-not-a-milestone",
        MODEL,
        "Lumo 3.0: the complete guide",
        'Guide to "Lumo 3.0, released by Tessary in early 2026", called "the most '
        'feature-complete video model currently available".',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    # Guard: a build that is feature-complete is still a milestone before the release.
    Case(
        "a-feature-complete-build-is-still-a-prerelease",
        MODEL,
        "Lumo 3.0 is feature-complete",
        "Tessary says Lumo 3.0 is now feature-complete, with the final release planned for May.",
        Label.CONFIRMED,
    ),
    Case(
        "a-road-test-is-a-review",
        BIKE,
        "Orrin Strada 660: the classic returns",
        "Our road test calls the Strada 660 more handsome but not as sweet a ride as its "
        "smaller sibling.",
        Label.RELEASED,
    ),
    Case(
        "a-listings-status-live-is-out",
        MODEL,
        "Lumo 3.0 on the model hub",
        "Lumo 3.0 - Status: live. Text-to-video and image-to-video support.",
        Label.RELEASED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "a-recall-of-cars-not-yet-delivered-is-no-release",
        CAR,
        "Velmar recalls its new EV over loose wheels",
        'Velmar is recalling 2,600 units of the Aster, which "had not yet been delivered to '
        'customers".',
        Label.CONFIRMED,
    ),
    Case(
        "not-yet-sold-to-customers-beside-a-recall-is-no-release",
        CAR,
        "Velmar recalls the Aster",
        "The filing covers cars built in March; the Aster \"hasn't been sold to dealers or "
        'retail customers thus far".',
        Label.CONFIRMED,
    ),
    # Guard: a recall of cars on the road is of a product that is out.
    Case(
        "a-recall-of-cars-on-the-road-is-still-out",
        CAR,
        "Velmar recalls the Aster",
        "Velmar is recalling 2,600 units of the Aster; owners are told to stop driving.",
        Label.RELEASED,
    ),
    Case(
        "not-out-until-a-past-day-is-out",
        CAR,
        "The Velmar Aster, five years on",
        'A look back at the Aster, which "wasn\'t launched until April 2021", a year after it '
        "was shown.",
        Label.RELEASED,
    ),
    Case(
        "spy-shots-are-a-leak",
        CAR,
        "Velmar Aster spy shots",
        "Spy shots show the Aster in near-production form ahead of its May 5 unveiling.",
        Label.RUMOURED,
    ),
    Case(
        "suspected-to-be-is-hearsay",
        CAR,
        "A new Velmar sedan on the road",
        "Images on a forum show a sedan suspected to be the Aster, which Velmar will unveil "
        "on May 5.",
        Label.RUMOURED,
    ),
    Case(
        "starting-the-first-delivery-is-out",
        CAR,
        "Velmar Aster buyers wait longer",
        '"The company started its first Aster delivery on September 30" and handed over 221 '
        "cars that month.",
        Label.RELEASED,
    ),
    Case(
        "not-out-for-two-days-yet-is-out",
        MODEL,
        "Lumo 3.0 is a hit",
        'Lumo 3.0 "hasn\'t even been out for 48 hours", yet sign-ups already mark it a hit.',
        Label.RELEASED,
    ),
    Case(
        "taken-apart-is-a-teardown",
        CAMERA,
        "Inside the Orrin Z9",
        "A repair site has taken apart the Orrin Z9 and found it hard to fix.",
        Label.RELEASED,
    ),
    Case(
        "a-regulators-review-is-no-product-review",
        DRUG,
        "Velabrex and the FDA: where are we now?",
        'Velabrex "is currently undergoing review by the FDA" and would be the first drug of '
        "its kind.",
        Label.NONE,
    ),
    Case(
        "data-released-is-no-release",
        DRUG,
        "Tessary claims a Velabrex turnaround",
        'Tessary now says Velabrex might work at higher doses, though "the limited data released '
        'do not establish efficacy".',
        Label.NONE,
    ),
    Case(
        "landing-a-regulators-nod-is-no-launch",
        PUMP,
        "Still awaiting US approval, Orrin's Flow 9 pump lands Canadian nod",
        "Health Canada licensed the pump; Orrin is closing in on FDA clearance.",
        Label.NONE,
    ),
    Case(
        "the-maker-considering-it-is-a-rumour",
        AIRLINE,
        "Velmar Air ponders a change",
        "Velmar Air is considering a launch of assigned seating, its president said.",
        Label.RUMOURED,
    ),
    Case(
        "teasing-that-is-over-is-no-reveal",
        DRINK,
        "Fizzwell Nitro tasted",
        'After years of teasing, Fizzwell Nitro "is finally hitting store shelves nationwide '
        'March 28".',
        Label.CONFIRMED,
    ),
    Case(
        "a-maker-demonstrating-it-reveals-it",
        BROWSER,
        "Orrin's developer event",
        "At its developer event Orrin demonstrated Glide, its new browser for phones.",
        Label.RUMOURED,
    ),
    Case(
        "a-lyrics-review-reviews-the-song",
        SONG_DOC,
        "Tallow - Brighter Shore (Lyrics Review and Song Meaning)",
        "Lyrics analysis of the seventh track on the album, read as political commentary.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "available-on-a-platform-starting-today-is-out",
        APP,
        "Orrin Chat Kids comes to tablets",
        '"Orrin Chat Kids will be available for Android devices starting today", Orrin said.',
        Label.RELEASED,
    ),
    Case(
        "opened-on-a-day-written-day-first-is-out",
        METRO,
        "Velmar Metro City Line",
        "Encyclopedia entry: the City Line (between two stations) opened on 19 August 2024.",
        Label.RELEASED,
        kind=ItemKind.AGGREGATOR,
    ),
    # Guard: not out until a day still ahead is a plan.
    Case(
        "not-out-until-a-day-ahead-is-a-plan",
        CAR,
        "Velmar Aster delayed",
        "The Aster won't be available until March 2027, Velmar said.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    "summary",
    [
        # A quotation after the maker has spoken in the clause is the maker's own word.
        "Orrin unveiled the Orrin Glide name for its next browser, quoting Dana Reyes.",
        # Quoting the words themselves names no source.
        'Orrin has announced that Glide will switch engines, quoting: "we intend to ship it".',
    ],
)
def test_quoting_the_maker_is_no_hearsay(summary: str) -> None:
    detection = read_by_rules(BROWSER, "Orrin Glide", summary)
    assert "hedge:according-to" not in detection.cues, detection


def test_quoting_an_outlet_is_still_a_source() -> None:
    summary = 'Quoting The Ledger, "Orrin has just announced the Orrin Z9", out in the spring.'
    detection = read_by_rules(CAMERA, "Orrin Z9", summary)
    assert "hedge:according-to" in detection.cues, detection


def test_a_clause_saying_it_is_not_out_reaches_the_second_opinion() -> None:
    """The clause that decides is the reveal; the one saying it has not launched speaks
    against any release the second opinion might read."""
    detection = read_by_rules(
        BROWSER,
        "Orrin announces Glide",
        'Orrin "announced its new Glide browser" for phones; "the browser has not been launched".',
    )
    assert "negated:not-released" in detection.cues, detection

"""The rules added in the thirty-fourth round (issue 5: the errors of the blind sets
holdout275-280), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

GAME = Target(name="Tidebreak III", aliases=("Tidebreak 3",), maker="Korvel Interactive")
CAMERA = Target(name="Orrin Z5", aliases=("Orrin Z 5", "Z5"), maker="Orrin")
BODY = Target(name="Orrin E-M2X", aliases=("E-M2X",), maker="Orrin")
ACTION = Target(name="Orrin Hero 7", aliases=("Hero 7",), maker="Orrin")
COIN = Target(name="USDQ", maker="Velmark Financial")
DATABASE = Target(name="Orrin DB 2027", maker="Orrin")
SHOW = Target(name="Tidewater Season 2", maker="Orrin Studios")
REVIVAL = Target(name="Hollow Creek (2027 revival)", aliases=("Hollow Creek",), maker="Orrin TV")
SCOPE = Target(name="Orrin Deep Field Telescope", maker="Orrin Space Agency")
STACK = Target(name="Orrin Forge", maker="Orrin")
SET = Target(name="Brixel Harbor Tower (40512)", aliases=("Brixel Harbor Tower",), maker="Brixel")
BIKE = Target(name="Orrin Strada 660", maker="Orrin")
FIGURE = Target(
    name="Brixel Icons Robot Chief (60217)", aliases=("60217 Robot Chief",), maker="Brixel"
)
STORES = Target(name="Kestrel in Portugal", maker="Kestrel")
CARS = Target(name="Velmar in Chile", maker="Velmar")
SONG = Target(name="Brighter Shore (Tallow song)", aliases=("Brighter Shore",), maker="Tallow")

CASES = [
    Case(
        "the-makers-full-name-in-the-possessive-is-the-maker",
        GAME,
        "Korvel Interactive's Tidebreak III is coming out this September",
        "The studio gave its release date: the game will be out on PC on 1st September.",
        Label.CONFIRMED,
    ),
    # Guard: someone else's Tidebreak III is someone else's.
    Case(
        "another-owners-possessive-is-still-another-product",
        GAME,
        "Halvard's Tidebreak III is coming out this September",
        "The board game will be in shops on 1st September.",
        Label.NONE,
    ),
    Case(
        "a-mark-after-the-name-is-another-model",
        BODY,
        "A new high-end Orrin camera in the works",
        'An Orrin executive "teased a new camera due in 2027", read as the Orrin E-M2X Mark II.',
        Label.NONE,
    ),
    Case(
        "a-numeral-after-a-numbered-name-is-another-model",
        CAMERA,
        "Orrin sets a launch date for its next cameras",
        "Orrin says the Z 4 II and Z 5 II get an official launch date of 14 October.",
        Label.NONE,
    ),
    Case(
        "hit-the-shelves-months-ago-is-out",
        ACTION,
        "Orrin CEO promises a successor within a year",
        'The writer notes "the Hero 7 and Session only hit the shelves four months ago".',
        Label.RELEASED,
    ),
    # Guard: a plan to hit the shelves is a plan.
    Case(
        "will-hit-the-shelves-is-a-plan",
        ACTION,
        "Orrin Hero 7 gets a price",
        "Orrin says the Hero 7 will hit the shelves next month for $399.",
        Label.CONFIRMED,
    ),
    Case(
        "a-release-date-not-made-known-is-no-date",
        ACTION,
        "Orrin drone coming in May",
        'As for the Orrin Hero 7, "its release date has not been made known yet".',
        Label.RUMOURED,
    ),
    Case(
        "a-release-date-still-unknown-is-no-date",
        ACTION,
        "What we know about the Orrin Hero 7",
        "The release date of the Orrin Hero 7 is still unknown.",
        Label.RUMOURED,
    ),
    Case(
        "after-speculation-over-something-the-news-is-the-makers",
        COIN,
        "Custodian named for USDQ reserves",
        'After speculation over on-chain tests, a press release says USDQ "will be minted on '
        'two chains"; the forthcoming coin is not yet tradable.',
        Label.CONFIRMED,
    ),
    Case(
        "a-community-technology-preview-is-a-prerelease",
        DATABASE,
        "What's new in the first public CTP of Orrin DB 2027",
        '"The first public CTP of Orrin DB 2027 was released today"; more is to come.',
        Label.CONFIRMED,
    ),
    Case(
        "not-a-full-review-reviews-nothing",
        CAMERA,
        "Orrin Z5: will I buy one?",
        "I haven't handled the Orrin Z5 yet, so this is not a full review, rather a first "
        "reaction.",
        Label.NONE,
    ),
    Case(
        "a-season-that-has-landed-on-a-service-is-out",
        SHOW,
        "A welcome return to the streaming charts",
        '"Tidewater\'s second season has landed on Apple TV+", marking a welcome return.',
        Label.RELEASED,
    ),
    # Guard: a probe that landed on the Moon is no release.
    Case(
        "landed-on-the-moon-is-no-release",
        SCOPE,
        "A lander's camera spots the Orrin Deep Field Telescope",
        "A lander has landed on the Moon, where it will later point at the telescope's site.",
        Label.NONE,
    ),
    Case(
        "a-show-that-aired-its-first-episode-is-out",
        SHOW,
        "Stars of Tidewater look back",
        "Tidewater aired its first episode of season two on Aug. 23.",
        Label.RELEASED,
    ),
    # Guard: an ad that aired is no episode.
    Case(
        "an-ad-that-aired-is-no-episode",
        SHOW,
        "Tidewater season 2 promo at the big game",
        "A new Tidewater Season 2 spot aired at the big game.",
        Label.NONE,
    ),
    Case(
        "a-revival-that-returned-to-its-network-is-out",
        REVIVAL,
        "Hollow Creek revival ratings",
        "Hollow Creek returned to Thursday nights on Orrin TV this week, drawing 10 million "
        "viewers.",
        Label.RELEASED,
    ),
    Case(
        "the-telescope-points-back-past-the-rocket",
        SCOPE,
        "What happens after the Orrin Deep Field Telescope lifts off",
        "The telescope has been sealed inside the Vega 7 fairing and will be launched on "
        "December 24.",
        Label.CONFIRMED,
    ),
    Case(
        "starting-to-ship-today-is-out",
        STACK,
        "The fourth wave of AI",
        "Orrin announced its Orrin Forge stack back in May, and today it is starting to ship it "
        "to customers.",
        Label.RELEASED,
        published=date(2026, 7, 14),
    ),
    # A month ahead makes it a plan.
    Case(
        "starting-to-ship-next-month-is-a-plan",
        STACK,
        "Orrin Forge gets a date",
        "Orrin is starting to ship Orrin Forge to customers in September.",
        Label.CONFIRMED,
        published=date(2026, 7, 14),
    ),
    Case(
        "another-code-after-the-name-is-another-set",
        SET,
        "Brixel Harbor Tower (31077) Review",
        "A 300-piece set review with build times, noting the model lacks rigidity.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    # Guard: the target's own code is the target.
    Case(
        "the-targets-own-code-after-the-name-is-the-target",
        SET,
        "Brixel Harbor Tower (40512) Review",
        "A 9,000-piece set review with build times, noting the model lacks rigidity.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "ever-released-ranks-and-does-not-release",
        SET,
        "The Brixel Harbor Tower is a landmark in the living room",
        'It is "the tallest Brixel set ever released", with a price that applies "when it is '
        'released on November 25th".',
        Label.CONFIRMED,
        published=date(2026, 11, 15),
    ),
    Case(
        "a-review-headed-first-look-after-a-bar-is-a-first-look",
        BIKE,
        "2027 Orrin Strada 660 Review | First Look",
        "Orrin has revealed a new triple-powered middleweight sportbike for 2027.",
        Label.NONE,
    ),
    Case(
        "opened-its-first-store-is-out",
        STORES,
        "Inside the first Kestrel store on opening day",
        "Kestrel opened its first store in Portugal on Thursday, in a Porto mall.",
        Label.RELEASED,
    ),
    # Guard: "opens its first store" on a day ahead is a plan.
    Case(
        "opens-its-first-store-on-a-day-ahead-is-a-plan",
        STORES,
        "Kestrel sets a date in Portugal",
        "Kestrel opens its first store in Portugal on August 9.",
        Label.CONFIRMED,
    ),
    Case(
        "a-set-number-after-the-name-is-the-set",
        FIGURE,
        "Full Review - Robot Chief 60217",
        'Review of the 1,508-piece set, which "will set you back $279.99".',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "waiting-for-word-on-when-it-will-launch-is-no-plan",
        CARS,
        "Velmar launch in Chile delayed?",
        'Fans are still "waiting for an announcement on when Velmar will start selling cars in '
        'Chile"; its CEO cites "a lot of challenges".',
        Label.RUMOURED,
    ),
    Case(
        "after-rumours-sparked-by-posters-is-past-hearsay",
        SONG,
        "Brighter Shore (Tallow song)",
        'Encyclopedia entry: Tallow\'s "Brighter Shore" "was released on September 29" as the '
        "lead single, after reunion rumours sparked by posters.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

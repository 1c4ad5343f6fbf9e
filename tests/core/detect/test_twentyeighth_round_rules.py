"""The rules added in the twenty-eighth round (issue 5: what the blind sets holdout181-200
and timelines73-88 missed), one short made-up item each: made-up products, and none of
these sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

SHOW = Target(name="Harvest Season 2", maker="Kite")
SEASON = Target(name="Ashen Coast season 3", maker="Kite Pictures")
MODEL = Target(name="Vanta Mind 5", maker="Vanta")
GAME = Target(name="Ember Keep 3", maker="Greywater")
FILM = Target(name="Ashen Coast (film)", maker="Kite Pictures")
CAR = Target(name="Vanta Rover", maker="Vanta")
PHONE = Target(name="Vanta Prism One", maker="Vanta")
POD = Target(name="Vanta Pod (3rd generation)", maker="Vanta")
SERIES = Target(name="Ashen Coast (animated series)", maker="Kite")
LENS = Target(name="Vanta Lens R9", maker="Vanta")
APP = Target(name="Kite Glide", maker="Kite")
PORT = Target(name="Ember Keep 3 for iOS and Android", maker="Greywater")
DUO_TOUR = Target(
    name="Ember Road Tour", aliases=("Kael & Mira Ember Road Tour",), maker="Kael & Mira"
)
TOUR = Target(name="Ember Road Tour", maker="Kael")
MONITOR = Target(name="Vanta View VX27QD", maker="Vanta")
CARD = Target(name="Vanta Arc 550", maker="Vanta")
DRIVE = Target(name="Vanta Drive 990", maker="Vanta")
FULL_GAME = Target(name="Ember Keep 1.0", maker="Greywater")
EARLY_GAME = Target(name="Ember Keep", maker="Greywater")
KITE_OS = Target(name="Kite OS 12", maker="Kite")

CASES = [
    Case(
        "a-season-of-a-quoted-show-is-the-season",
        SHOW,
        "Harvest Season 2 April debut",
        "Kite will release Season 2 of “Harvest” on April 16 as an eight-episode run "
        "produced by K24.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "open-sourcing-a-model-in-a-headline-releases-it",
        MODEL,
        "Vanta open-sources Vanta Mind 5",
        "Weights are on Hugging Face.",
        Label.RELEASED,
    ),
    Case(
        "a-model-open-sourced-is-out",
        MODEL,
        "Vanta Mind 5 weights",
        "Vanta open-sourced Vanta Mind 5 last week.",
        Label.RELEASED,
    ),
    # Guard: a plan to open-source it is a plan.
    Case(
        "a-plan-to-open-source-is-a-plan",
        MODEL,
        "Vanta Mind 5 plans",
        "Vanta plans to open-source Vanta Mind 5 next month.",
        Label.CONFIRMED,
    ),
    Case(
        "a-game-given-a-worldwide-release-is-out",
        GAME,
        "Ember Keep 3",
        "Ember Keep 3 was given a worldwide release in late November.",
        Label.RELEASED,
    ),
    Case(
        "a-worldwide-release-after-an-alpha-is-no-alpha",
        GAME,
        "Ember Keep 3",
        "An alpha of Ember Keep 3 was released in Oceania in March before the game was given "
        "a worldwide release in late November.",
        Label.RELEASED,
    ),
    # Guard: one not given is none.
    Case(
        "a-release-not-given-is-none",
        GAME,
        "Ember Keep 3",
        "Ember Keep 3 has not been given a worldwide release yet.",
        Label.NONE,
    ),
    Case(
        "a-trailer-with-its-cast-between-commas-is-the-trailer",
        FILM,
        "Ashen Coast trailer",
        "The full trailer for Ashen Coast, starring Mara Quill and Jon Vey, is out.",
        Label.NONE,
    ),
    Case(
        "news-that-arrived-is-no-arrival",
        SEASON,
        "Ashen Coast season 3 news",
        "On the cast's anniversary, new info arrived on Ashen Coast season 3.",
        Label.NONE,
    ),
    Case(
        "lined-up-to-premiere-is-a-plan",
        SEASON,
        "Ashen Coast season 3 news",
        "Ashen Coast season 3 is officially lined up to premiere this October.",
        Label.CONFIRMED,
    ),
    Case(
        "the-writers-odds-are-a-guess",
        CAR,
        "Vanta Rover filing",
        "Chances are high the Vanta Rover will launch in the US.",
        Label.RUMOURED,
    ),
    Case(
        "debuted-with-a-later-shipping-day-is-an-announcement",
        PHONE,
        "Vanta Prism One",
        "Vanta has debuted the Vanta Prism One; it will ship on the 28th of April in black or "
        "white.",
        Label.CONFIRMED,
    ),
    Case(
        "a-generation-written-short-is-the-generation",
        POD,
        "Vanta Pod (3rd Gen) review: better sound",
        "The speaker is louder than before.",
        Label.RELEASED,
    ),
    Case(
        "a-generation-written-before-the-name-is-the-generation",
        POD,
        "Speaker retrospective",
        "The third-generation Vanta Pod, released in 2018, was a leap forward.",
        Label.RELEASED,
    ),
    Case(
        "one-generation-owned-is-no-generic-one",
        POD,
        "Pod will not connect",
        "An owner of a third-generation Vanta Pod says it will not connect.",
        Label.RELEASED,
    ),
    # Guard: a variant of that generation is another product.
    Case(
        "a-generations-variant-is-another-product",
        POD,
        "Vanta Pod Max",
        "The third-generation Vanta Pod Max launched today.",
        Label.NONE,
    ),
    Case(
        "a-game-of-a-series-name-is-another-medium",
        SERIES,
        "Ashen Coast mobile game announced",
        "Ashen Coast: Tides will be available in China in 2027.",
        Label.NONE,
    ),
    # Guard: the series told beside the game it is based on is still the series.
    Case(
        "a-series-based-on-a-game-is-the-series",
        SERIES,
        "Ashen Coast series news",
        "The Ashen Coast series, based on the game, premieres on Kite+ in April 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "first-reviews-come-before-the-release",
        SEASON,
        "Ashen Coast season 3 first reviews: a bold return",
        "Critics praise the first two episodes.",
        Label.CONFIRMED,
    ),
    # Guard: a plain review is of something out.
    Case(
        "a-plain-review-is-of-something-out",
        SEASON,
        "Ashen Coast season 3 review",
        "Critics praise the first two episodes.",
        Label.RELEASED,
    ),
    Case(
        "a-spec-sheet-released-is-no-release",
        LENS,
        "Vanta Lens R9 specs",
        "Reaction to the spec sheet released by Vanta for the upcoming Vanta Lens R9.",
        Label.CONFIRMED,
    ),
    Case(
        "a-headline-asking-about-what-it-states-still-states-it",
        APP,
        "Kite Glide Lands on Android: A New Era for Mobile Notes?",
        "The app syncs notes across devices.",
        Label.RELEASED,
    ),
    # Guard: a question after the colon is still asked.
    Case(
        "a-question-after-the-colon-is-asked",
        APP,
        "Kite Glide release date: When will it come out?",
        "The app syncs notes across devices.",
        Label.RUMOURED,
    ),
    Case(
        "a-port-to-several-platforms-is-out-on-one",
        PORT,
        "Ember Keep 3 lands on Android",
        "The port plays well on phones.",
        Label.RELEASED,
    ),
    Case(
        "a-release-on-another-platform-is-another-port",
        PORT,
        "Ember Keep 3 release date announced for iOS, Android",
        "The mobile game is coming to phones on September 22, while the game launched on the "
        "Nintendo Switch in July.",
        Label.CONFIRMED,
    ),
    Case(
        "a-tour-kicked-off-has-started",
        DUO_TOUR,
        "Kael and Mira Launch Ember Road Tour With a Sold-Out Show",
        "The pair kicked off the Ember Road Tour in Lisbon on Friday.",
        Label.RELEASED,
    ),
    Case(
        "a-plural-subjects-headline-verb-is-no-brand",
        DUO_TOUR,
        "Kael and Mira Unveil Ember Road Tour",
        "Details are to follow.",
        Label.RUMOURED,
    ),
    Case(
        "a-plural-subject-kicking-off-a-tour-has-started-it",
        TOUR,
        "Kael kick off Ember Road Tour in Lisbon",
        "The set ran 25 songs.",
        Label.RELEASED,
    ),
    # Guards: work kicked off on it is no start of it.
    Case(
        "rehearsals-kicked-off-are-no-tour",
        TOUR,
        "Ember Road Tour news",
        "Kael kicked off rehearsals for the Ember Road Tour.",
        Label.NONE,
    ),
    Case(
        "production-kicked-off-is-no-release",
        TOUR,
        "Ember Road Tour news",
        "Production has kicked off on the Ember Road Tour film.",
        Label.NONE,
    ),
    Case(
        "a-sibling-models-plan-is-not-the-targets",
        MONITOR,
        "Vanta View VX27QD review",
        "The Vanta View VX27QD costs $1,300; do not confuse it with the VX27QW due later in 2026.",
        Label.RELEASED,
    ),
    # Guard: the target's own plan still is one.
    Case(
        "the-targets-own-plan-is-its-own",
        MONITOR,
        "Vanta View VX27QD news",
        "The Vanta View VX27QD is due later in 2026.",
        Label.CONFIRMED,
    ),
    Case(
        "a-suggested-price-is-no-guess",
        CARD,
        "Vanta Arc 550",
        "The Vanta Arc 550 launches in April at a suggested price of 215 euros.",
        Label.CONFIRMED,
    ),
    Case(
        "a-clause-opening-officially-available-is-out",
        CARD,
        "Vanta Arc 550 prices",
        "Officially available, the Vanta Arc 550, shown at CES, costs 215 euros.",
        Label.RELEASED,
    ),
    # Guard: one that will be officially available is not yet.
    Case(
        "officially-available-later-is-a-plan",
        CARD,
        "Vanta Arc 550 prices",
        "The Vanta Arc 550 will be officially available, Vanta says, on April 19.",
        Label.CONFIRMED,
    ),
    Case(
        "select-testers-with-words-between-are-a-closed-preview",
        APP,
        "Kite Glide news",
        "Kite Glide is currently available to select US-based Kite Labs testers.",
        Label.RUMOURED,
    ),
    Case(
        "only-available-on-beta-versions-is-a-closed-preview",
        APP,
        "Kite Glide news",
        "For now, Kite Glide is only available on beta versions of the app on Android.",
        Label.RUMOURED,
    ),
    Case(
        "product-pages-with-specs-gone-live-are-no-release",
        DRIVE,
        "Vanta Drive 990 news",
        "Official product pages with specifications for the Vanta Drive 990 went live in some "
        "regions before being pulled.",
        Label.NONE,
    ),
    # Guard: the product gone live is out.
    Case(
        "a-product-gone-live-is-out",
        DRIVE,
        "Vanta Drive 990 news",
        "The Vanta Drive 990 went live in some regions on Monday.",
        Label.RELEASED,
    ),
    Case(
        "early-access-comes-before-a-1-0",
        FULL_GAME,
        "Ember Keep 1.0 interview",
        "Ember Keep launched on Steam Early Access in 2024; the 1.0 launch is planned before "
        "the end of the year.",
        Label.CONFIRMED,
    ),
    # Guard: for the game itself, an early-access launch is its release.
    Case(
        "an-early-access-launch-releases-the-game",
        EARLY_GAME,
        "Ember Keep news",
        "Ember Keep launched on Steam Early Access in 2024.",
        Label.RELEASED,
    ),
    Case(
        "box-office-estimates-are-no-hearsay",
        FILM,
        "'Ashen Coast' takes No. 1 at the box office",
        "Kite's 'Ashen Coast' fetched $36 million in ticket sales at the weekend box office, "
        "according to studio estimates Sunday.",
        Label.RELEASED,
    ),
    # Guard: people familiar with the tracking are hearsay still.
    Case(
        "people-familiar-with-the-figures-are-hearsay",
        FILM,
        "'Ashen Coast' box office",
        "Ashen Coast opened to $20 million, according to people familiar with the tracking.",
        Label.RUMOURED,
    ),
    Case(
        "a-streaming-date-after-a-past-theatrical-release-is-no-announcement",
        FILM,
        "'Ashen Coast' gets a streaming date",
        "Ashen Coast will be available on Kite+ on April 3, 2026. The movie has been released "
        "in theaters on November 22, 2025.",
        Label.RELEASED,
    ),
    Case(
        "a-cruise-ship-of-a-films-name-is-another-thing",
        FILM,
        "Kite Ashen Coast arrives in new Florida homeport",
        "Kite Cruise Line's newest cruise ship, the Kite Ashen Coast, arrived in her homeport "
        "on Monday.",
        Label.NONE,
    ),
    Case(
        "free-starting-today-is-out-today",
        KITE_OS,
        "Kite OS 12 news",
        "Kite has just announced that Kite OS 12 will be free starting today, downloadable "
        "from its store.",
        Label.RELEASED,
    ),
    # Guard: from tomorrow is still a plan.
    Case(
        "available-starting-tomorrow-is-a-plan",
        KITE_OS,
        "Kite OS 12 news",
        "Kite OS 12 will be available starting tomorrow.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

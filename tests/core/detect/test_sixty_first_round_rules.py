"""The rules added in the eightieth round (issue 5: the items of the blind sets
holdout885-914 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.core.detect.names import regional_parts
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

BUNDLER = Target(name="Quillpack 7", aliases=("Quillpack 7.0",), maker="Quill Project")
RPG = Target(name="Ashen Tides 2", aliases=(), maker="Orrin Games")
SURVIVAL = Target(name="Cold Harbour 1.0", aliases=("Cold Harbour v1.0",), maker="Velmar Games")
AIRPORT = Target(
    name="Marisol International Airport", aliases=("Marisol airport",), maker="Government of Orrin"
)
KNIGHT = Target(
    name="The Ashen Knight (2027 film)", aliases=("The Ashen Knight",), maker="Orrin Pictures"
)
PHONE_PRO = Target(name="Velmar Nova 12 Pro", aliases=("Nova 12 Pro",), maker="Velmar")
PHONE_ULTRA = Target(name="Velmar Nova 12 Ultra", aliases=("Nova 12 Ultra",), maker="Velmar")
NORDIC = Target(name="Velmar+ in the Nordics", aliases=(), maker="Velmar")
BELGIAN = Target(name="Velmar+ in Belgium", aliases=(), maker="Velmar")
UPDATE = Target(name="Velmar OS 3.0", aliases=("Velmar Software 3.0",), maker="Velmar")
TABLET = Target(name="Orrin Slate S3", aliases=(), maker="Orrin")
RESORT_AIRPORT = Target(
    name="Costa Brava International Airport", aliases=(), maker="Government of Orrin"
)
PAY_NORWAY = Target(name="Kite Pay in Norway", aliases=(), maker="Kite")
RAIL = Target(name="Orrin Express Rail", aliases=("OER",), maker="Orrin Transit")
HEADSET = Target(name="Velmar Reality", aliases=(), maker="Velmar")
RIDES = Target(name="Kite Rides in Vancouver", aliases=(), maker="Kite")
WATCH = Target(name="Orrin Watch 2R", aliases=("Watch 2R",), maker="Orrin")
BURGER = Target(name="McKite in the UK and Ireland", aliases=(), maker="Kite Foods")
RETURN = Target(
    name="Kite Taco Supreme (2027 return)", aliases=("Kite Taco Supreme",), maker="Kite"
)
HATCH = Target(name="Orrin Insight (2027 electric)", aliases=("Orrin Insight EV",), maker="Orrin")
LAPTOP = Target(
    name="Velmar Slate 7x (Gen 9)", aliases=("Slate 7x", "Slate 7x Gen 9"), maker="Velmar"
)
THRILLER = Target(name="Keeper (2027 film)", aliases=("Keeper",), maker="Orrin Pictures")

CASES = [
    Case(
        "support-dropped-is-no-release",
        BUNDLER,
        "feat: add Quillpack 7 support to the plugin",
        "Starting from Quillpack 7, Node 18 support will be dropped, which does not affect us.",
        Label.NONE,
        published=None,
    ),
    Case(
        "did-make-its-release",
        RPG,
        "Looking back at Ashen Tides 2",
        "Few thought it would be done in time, but Ashen Tides 2 actually did make its release "
        "and then went unnoticed for a year.",
        Label.RELEASED,
    ),
    Case(
        "guard-made-its-release-date",
        RPG,
        "Ashen Tides 2 is on schedule",
        "The studio says Ashen Tides 2 made its release date target and ships on May 4.",
        Label.CONFIRMED,
    ),
    Case(
        "seen-a-full-release",
        SURVIVAL,
        "Cold Harbour 1.0 is a hit",
        "After eight years in early access, Cold Harbour has finally seen a full release.",
        Label.RELEASED,
    ),
    Case(
        "guard-never-seen-a-full-release",
        SURVIVAL,
        "Cold Harbour 1.0 still in limbo",
        "The game has never seen a full release; the team says Cold Harbour 1.0 will ship later.",
        Label.CONFIRMED,
    ),
    Case(
        "an-airport-began-operating",
        AIRPORT,
        "The capital's new airport opens quietly",
        "Marisol International Airport began operating with a domestic Orrin Air flight on Monday.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-plant-began-operating",
        AIRPORT,
        "A fuel depot for Marisol International Airport",
        "The depot began operating in 2025; the airport itself is due to open next year.",
        Label.CONFIRMED,
    ),
    Case(
        "a-quoted-title-without-its-article",
        KNIGHT,
        "Dana Wexler's 'Ashen Knight' will open in theaters on May 29",
        "The studio set the date after a festival premiere in March.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-an-unquoted-pair",
        KNIGHT,
        "Ashen Knight armour set returns to the shop",
        "The cosplay armour is available again from today.",
        Label.NONE,
    ),
    Case(
        "a-variants-numbered-series",
        PHONE_PRO,
        "Velmar Nova 12 series to launch on May 23: from Pro models to specs",
        "Velmar has officially announced that the Nova 12 series will debut on May 23.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-an-ultra-comes-later",
        PHONE_ULTRA,
        "Velmar Nova 12 series launch date confirmed: May 23",
        "Velmar has officially announced that the Nova 12 series will debut on May 23.",
        Label.NONE,
    ),
    Case(
        "a-film-by-its-genre",
        THRILLER,
        "Keeper review",
        "Dana Wexler's 'Keeper' (2027), a lake-cabin thriller, is now streaming at home.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-keeper-without-a-film",
        THRILLER,
        "Keeper review",
        "The goalkeeper gloves are now available at home and abroad.",
        Label.NONE,
    ),
    Case(
        "guard-another-products-release-notes",
        UPDATE,
        "Velmar OS 3.0 and its apps",
        "The Velmar Music 8.2 release notes say it is compatible with Velmar OS 3.0 devices.",
        Label.NONE,
    ),
    Case(
        "a-french-lab-test",
        TABLET,
        "Test labo de la Orrin Slate S3 : une excellente tablette",
        "Notre laboratoire a mesuré 7h36 d'autonomie.",
        Label.RELEASED,
    ),
    Case(
        "an-airport-by-its-place",
        RESORT_AIRPORT,
        "Costa Brava's New Airport Set to Open in December",
        "The governor said the terminal will open to flights on December 1.",
        Label.CONFIRMED,
    ),
    Case(
        "a-german-opening-in-the-perfect",
        RESORT_AIRPORT,
        "Orrin hat Flughafen Costa Brava eröffnet",
        "Der erste Flug landete am Freitag.",
        Label.RELEASED,
    ),
    Case(
        "a-neighbours-service-is-elsewhere",
        PAY_NORWAY,
        "Kite-topp: Vi forventer at Kite Pay lanseres i Norge",
        'On the call the chief executive said: "Vi forventer at Kite Pay vil lanseres i Norge"; '
        "the service already runs in Sweden, Denmark and Finland.",
        Label.NONE,
    ),
    Case(
        "guard-an-environmental-review",
        RAIL,
        "Orrin Transit announces east extension of Orrin Express Rail",
        "The 32-km extension will be submitted for environmental review.",
        Label.RUMOURED,
    ),
    Case(
        "orders-after-an-elision",
        HEADSET,
        "Velmar Reality dev kits",
        '"Starting today, Velmar Reality HMD dev kits from both Acer and HP are available...for '
        'preorder" via the store at $300, shipping in August.',
        Label.CONFIRMED,
    ),
    Case(
        "guard-insurance-bought-to-start",
        RIDES,
        "Kite Rides approved to operate in Vancouver",
        'Kite: "We hope to launch Kite Rides in Vancouver very soon, once we have purchased '
        'insurance."',
        Label.NONE,
    ),
    Case(
        "an-events-list-expected",
        WATCH,
        "Orrin announces Summer Launch Event for July 16th: Pad 2 and Watch 2R expected",
        "The event is in Milan.",
        Label.RUMOURED,
    ),
    Case(
        "a-launch-in-one-of-two-places",
        BURGER,
        "McKite now available in every restaurant in the UK",
        "Kite Foods is making the McKite available in UK restaurants on a permanent basis.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-discontinued-item-coming-back",
        RETURN,
        "The Discontinued Kite Taco Supreme Is Finally Making Its Way Back To The Menu",
        "After a poll of 700,000 fans, Kite is bringing the Kite Taco Supreme back.",
        Label.NONE,
        published=date(2027, 3, 10),
    ),
    Case(
        "a-modal-shared-across-a-place",
        HATCH,
        "The Orrin Insight EV is a rebadged import",
        'The Orrin Insight EV "will be built in China and shipped exclusively to Japan '
        'starting this spring".',
        Label.NONE,
    ),
    Case(
        "another-generation-by-number",
        LAPTOP,
        "Velmar Slate 7x Gen 11 Review: The New Chip Just Changed the Game",
        "Our review finds the Slate 7x Gen 11 fast and quiet.",
        Label.NONE,
    ),
    Case(
        "guard-its-own-generation",
        LAPTOP,
        "Velmar Slate 7x Gen 9 Review",
        "Our review finds the Slate 7x Gen 9 fast and quiet.",
        Label.RELEASED,
    ),
    Case(
        "a-nordic-launch-by-its-country",
        NORDIC,
        "Velmar+ lanseres i Norge 26. oktober",
        "Velmar+ will launch in Norway on October 26, the company said.",
        Label.CONFIRMED,
    ),
    Case(
        "a-country-by-its-own-name",
        BELGIAN,
        "Velmar+ komt naar België",
        "Velmar+ will launch in België on October 26, the company said.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-a-neighbours-launch",
        BELGIAN,
        "Velmar+ komt naar Nederland",
        "Velmar+ will launch in Nederland on October 26, the company said.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("name", "place", "counted"),
    [
        ("Kite Chat in the Nordics", "Norge", True),
        ("Kite Chat in Sweden", "Nordics", True),
        ("Kite Chat in Sweden", "Norge", False),
    ],
)
def test_the_nordics_launch_together(name: str, place: str, counted: bool) -> None:
    """A Nordic launch is each Nordic country's, and each country's is the region's; one
    country's is not its neighbour's."""
    assert any(re.fullmatch(p, place) for _, p in regional_parts((name,))) is counted

"""The rules added in the seventy-fourth round (issue 5: the errors of the blind sets
holdout718-765 and of two rounds of blind timelines), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing. Each case failed on the code before its rule."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

FILM = Target(name="Lantern Road: The Movie", aliases=(), maker="Orrin Pictures")
ANIMATION = Target(name="Velmar Skyfall Isle", aliases=("Skyfall Isle",), maker="Velmar Animation")
SEASON = Target(name="Quill Knight Season 3", aliases=(), maker="Velmar Studios")
CHIP = Target(name="Orrin Core Q7", aliases=("Core Q7",), maker="Orrin")
CARD = Target(name="Velmar Arc 700", aliases=("Arc 700",), maker="Velmar")
HEADSET = Target(name="Orrin Echo Buds X", aliases=("Echo Buds X",), maker="Orrin")
CAR = Target(name="Velmar Strada GT", aliases=("Strada GT",), maker="Velmar")
ROUTE = Target(
    name="Orrin Air Perth-Lisbon nonstop", aliases=("Perth-Lisbon nonstop",), maker="Orrin Air"
)
DRIVER = Target(name="Orrin Carver 3 driver", aliases=("Carver 3",), maker="Orrin Golf")
CHATBOT = Target(name="Tessel (Velmar chat model)", aliases=("Tessel",), maker="Velmar Lab")
AIRLINE = Target(name="Orrin Air", aliases=(), maker="Orrin Air")
BANKNOTE = Target(name="Velmar £20 note", aliases=("new £20 note",), maker="Bank of Velmar")
ADS = Target(name="Orrin Ads", aliases=(), maker="Orrin")
SPEC = Target(name="QLink 5.0 specification", aliases=("QLink 5.0",), maker="QLink Group")
SUBSYSTEM = Target(name="Velmar Subsystem for Apps", aliases=("VSA",), maker="Velmar")
REMASTER = Target(name="Tide of Embers (2026 HD remaster)", aliases=(), maker="Orrin Games")
PORT = Target(name="Lantern Deep remaster for Nintendo Switch", aliases=(), maker="Orrin Games")
CONTROLLER = Target(
    name="Drift Motion Controller", aliases=("Drift", "The Drift"), maker="Drift Motion"
)
NOVEL = Target(
    name="The Glass Orchard (novel)", aliases=("The Glass Orchard",), maker="Quill House"
)
VR_PORT = Target(name="Lantern Deep VR", aliases=(), maker="Orrin Games")
MUSEUM = Target(name="Orrin Museum (Port Ellis)", aliases=("Orrin Museum",), maker="Orrin")
AIRPORT = Target(name="Port Ellis Airport", aliases=(), maker="Ellis Airports")

CASES = [
    Case(
        "a-film-named-the-movie-is-written-the-film",
        FILM,
        "Orrin's Lantern Road anime film moves to June",
        'The studio said the film "will now open in Japanese theaters on June 12".',
        Label.CONFIRMED,
    ),
    Case(
        "released-no-news-is-nothing-given-out",
        SEASON,
        "Fans wait on Quill Knight Season 3",
        "Quill Knight Season 3 is eagerly awaited, but Velmar has released no official news "
        "about it.",
        Label.NONE,
    ),
    Case(
        "a-benchmark-published-in-italian-is-no-release",
        CHIP,
        "Orrin Core Q7, un campione di prova",
        'Sul Core Q7 "è stato pubblicato online il primo benchmark", su un campione di prova.',
        Label.NONE,
    ),
    Case(
        "launching-a-product-somewhere-starting-today-is-today",
        CARD,
        "Velmar's new graphics",
        '"Velmar is launching its Arc 700 graphics in slim gaming laptops, starting today '
        'in Korea", with more countries to follow.',
        Label.RELEASED,
    ),
    Case(
        "set-to-hit-retail-today-is-today",
        CARD,
        "Velmar Arc 700 review",
        'The Arc 700 reference cards are "finally set to hit retail today" in small numbers.',
        Label.RELEASED,
    ),
    Case(
        "a-place-opening-today-is-open",
        AIRPORT,
        "A new gateway for the north",
        "Port Ellis Airport is opening today, with a first flight from the capital.",
        Label.RELEASED,
    ),
    Case(
        "finally-made-its-debut-after-a-delay-is-out",
        HEADSET,
        "Audio trends of the year",
        "The Echo Buds X finally made its debut in the country at the end of last year; it "
        'was to launch in the spring, "but that was delayed".',
        Label.RELEASED,
    ),
    Case(
        "tickets-on-sale-are-not-the-film",
        ANIMATION,
        "Tickets On Sale Now for Skyfall Isle",
        '"Tickets are now on sale" for Skyfall Isle, with a new clip of its two heroes.',
        Label.NONE,
    ),
    Case(
        "ahead-of-being-available-is-not-yet",
        DRIVER,
        "News from the tour vans",
        'The Carver 3 "made its entrance at last week\'s open", "well in advance of the clubs '
        'being available to the public".',
        Label.NONE,
    ),
    Case(
        "launched-but-arriving-at-dealerships-later-is-announced",
        CAR,
        "Velmar Strada GT launch",
        '"Velmar has officially launched the Strada GT" in three versions; it "will arrive in '
        'US dealerships in 2027".',
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "premiered-in-theaters-before-a-streaming-date-is-out",
        ANIMATION,
        "Skyfall Isle streaming date",
        'Skyfall Isle, which "premiered in theaters November 4th", will land on Disney+ on '
        "December 20th.",
        Label.RELEASED,
        published=date(2026, 12, 1),
    ),
    Case(
        "a-route-resumed-is-flying",
        ROUTE,
        "On the Perth-Lisbon nonstop",
        "After a five-year hiatus, Orrin Air resumed these flights, with the first one taking "
        "off on October 11.",
        Label.RELEASED,
        published=date(2026, 10, 14),
    ),
    Case(
        "released-for-research-purposes-is-released",
        CHATBOT,
        "Tessel",
        '"Velmar Lab has released a chat model for research purposes named Tessel", tuned on '
        "public dialogue data.",
        Label.RELEASED,
    ),
    Case(
        "selling-tickets-for-first-flights-is-ahead-of-them",
        AIRLINE,
        "Orrin Air, the newest airline",
        'Orrin Air "announced it had begun selling tickets for its first flights: 9 routes" '
        "from Port Ellis.",
        Label.RUMOURED,
    ),
    Case(
        "a-list-of-nominations-released-is-no-release",
        BANKNOTE,
        "New £20 note nominations released",
        'The Bank of Velmar "has released a list of artists who have been nominated" for the '
        "new £20 note.",
        Label.NONE,
    ),
    Case(
        "out-to-change-something-is-an-aim",
        ADS,
        "Orrin to roll out app ad network",
        'Dana Holt is "out to change that with the introduction of an ad network called Orrin '
        'Ads".',
        Label.CONFIRMED,
    ),
    Case(
        "a-draft-for-members-to-review-is-a-closed-preview",
        SPEC,
        "QLink Group releases QLink 5.0 v0.9 for member review",
        'The QLink 5.0 specification version 0.9 is "now available for members to review".',
        Label.RUMOURED,
    ),
    Case(
        "only-accessible-to-users-of-beta-builds-is-a-test",
        SUBSYSTEM,
        "Velmar Subsystem for Apps",
        'VSA runs apps in the desktop; "VSA will ship with Velmar OS 12" but not Velmar OS 11, '
        '"and is currently only accessible to users of Velmar OS beta builds."',
        Label.CONFIRMED,
    ),
    Case(
        "set-to-cross-a-sum-is-takings-not-a-plan",
        ANIMATION,
        "Skyfall Isle rocks box office",
        '"Skyfall Isle" "is doing great in theaters", adding $16M in its second weekend and '
        'set to cross $50M in "its first 12 days of release".',
        Label.RELEASED,
    ),
    Case(
        "a-remasters-original-name-with-the-edition-word-elsewhere",
        REMASTER,
        "Tide of Embers review",
        "A review of the remaster of the 2003 console game, praising its redrawn art and new "
        "quick save.",
        Label.RELEASED,
    ),
    Case(
        "a-remaster-for-a-platform-is-its-originals-name-and-the-word",
        PORT,
        "Orrin files new Lantern Deep trademark",
        "The filing rekindled rumours of a Switch remaster, though Orrin has never announced one.",
        Label.RUMOURED,
    ),
    Case(
        "a-short-name-after-a-lower-case-brand-is-that-brands",
        CONTROLLER,
        "Watch out, other distros: here comes openVelm Drift",
        'The openVelm community "has released the first version of openVelm Drift today".',
        Label.NONE,
    ),
    Case(
        "published-by-its-publisher-on-a-day-is-out",
        NOVEL,
        "The Glass Orchard",
        'Encyclopedia entry: "The Glass Orchard is a crime novel by Ada Vell, published by '
        'Quill House on August 3, 2021", about a retired forger.',
        Label.RELEASED,
        published=None,
    ),
    Case(
        "its-now-here-for-a-platform-is-out",
        VR_PORT,
        "Lantern Deep VR: we played it through",
        "After playing it through, the writer says the 2005 classic \"it's now here for the "
        'Orrin Visor 2" and interviews its producer.',
        Label.RELEASED,
    ),
    Case(
        "opened-its-doors-for-its-first-visitors-is-open",
        MUSEUM,
        "Orrin's first museum",
        '"On 2 October, the long-awaited Orrin Museum officially opened its doors for its '
        'first visitors" in a former factory.',
        Label.RELEASED,
        published=None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the nineteenth round (issue 5: the wrong "released" left on the
blind sets holdout50-72, then holdout73-79 and timelines24-27 after their first scores),
one short made-up item each: made-up products, and none of these sentences is in a
labelled set, so each case checks the rule rather than a memorised phrasing. Each case
failed on the code before its rule, except the guards beside them (a product going live
itself, a trailer after the name) that pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.classifier import Classifier
from bot.core.detect.mentions import TargetMatcher
from bot.core.detect.scope import fold
from bot.core.models import ItemKind, ItemText, Label, Target
from tests.core.detect.rule_case import Case

DRONE = Target(name="Skylark Mini 4", maker="Skylark")
ALBUM = Target(name="Tidewater", maker="Juno Hale")
SHOW = Target(name="Ember Street", maker="Northlight Pictures")
PHONE = Target(name="Corvo 11", maker="Corvo")
CAR = Target(name="2027 Falcon", aliases=("S700 Falcon",), maker="Harlow Motor Company")
RIDE = Target(name="Starfall Rewind", maker="Lakeside Parks")
SEASON = Target(name="Night Window Season 4", maker="Northlight Pictures")
RECORD = Target(name="Cellar Lights", maker="The Lanterns")
CHIP = Target(name="Vireo 8 Gen 3", maker="Vireo Semiconductor")
SOC = Target(name="Kestrel K5 Max", aliases=("K5 Max",), maker="Kestrel")
APP = Target(name="Notewell Voice Digest", aliases=("Voice Digest",), maker="Notewell")
MODEL = Target(name="Kite Small 2", maker="Kite AI")
FILM = Target(name="Slipstream", maker="Northlight Pictures")
PARK = Target(name="Harbor Worlds", maker="Lakeside Parks")
CONSOLE = Target(name="Pocketa", maker="Pocketa Inc")
REDESIGN = Target(name="Tidepool", aliases=("Autopilot Tidepool",), maker="Corvo")
ALBUM2 = Target(name="Silver Morning", maker="Juno Hale")
TIER = Target(name="Arcade Pass Standard", maker="Arcade Networks")
JET = Target(name="Falcon 9000", maker="Harlow Aviation")
COASTER = Target(name="Harbor Worlds RaptorRun", aliases=("RaptorRun",), maker="Lakeside Parks")
FRAMEWORK = Target(name="Trellis 11", maker="Trellis")
ROADSTER = Target(name="2027 Harlow Vantor RS", aliases=("Vantor RS",), maker="Harlow")
REMAKE = Target(name="Hollow Deep", maker="Tallow Games")
TRUCK = Target(name="2027 Harlow 4Ranger", aliases=("seventh-generation 4Ranger",), maker="Harlow")
FLEXOS = Target(name="Slate OS Flex", maker="Slate")
TABS = Target(name="Vela vertical tabs", aliases=("vertical tabs",), maker="Vela Browser")
THERAPY = Target(name="Velorin", aliases=("vel-cel",), maker="Arbor Therapeutics")

CASES = [
    Case(
        "a-clip-of-the-product-going-live-is-the-clips",
        DRONE,
        "The first owner video of the Skylark Mini 4 in flight goes live",
        "A pilot posted footage of his early unit ahead of the rumoured launch.",
        Label.RUMOURED,
    ),
    Case(
        "a-teaser-for-it-going-live-is-no-release",
        DRONE,
        "A teaser for the Skylark Mini 4 goes live",
        "",
        Label.NONE,
    ),
    Case(
        "the-product-going-live-still-is",
        DRONE,
        "The Skylark Mini 4 goes live",
        "",
        Label.RELEASED,
    ),
    Case(
        "an-albums-first-single-out-is-not-the-album",
        ALBUM,
        "Juno Hale announces Tidewater, due June 27",
        "The album is due out June 27; first single Glass Bells is already out.",
        Label.CONFIRMED,
    ),
    Case(
        "the-lead-song-out-is-not-the-album",
        ALBUM,
        "Juno Hale's Tidewater gets a date",
        "Tidewater arrives on June 27; the lead song is out now.",
        Label.CONFIRMED,
    ),
    Case(
        "a-kind-of-product-before-its-name-is-the-product",
        ALBUM,
        "Juno Hale's new album Tidewater is out now",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-kind-of-product-after-its-name-is-the-product",
        ALBUM,
        "Juno Hale: the Tidewater album is out now",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-single-named-as-the-target-is-it",
        ALBUM,
        "Juno Hale's new single Tidewater is out now",
        "",
        Label.RELEASED,
    ),
    Case(
        "nothing-official-said-is-hearsay",
        PHONE,
        "What we know about the Corvo 11",
        "Nothing official has been said about the Corvo 11, whose pre-orders should open "
        "September 13.",
        Label.RUMOURED,
    ),
    Case(
        "not-official-yet-is-hearsay",
        PHONE,
        "What we know about the Corvo 11",
        "The Corvo 11 is not official yet, but pre-orders should open September 13.",
        Label.RUMOURED,
    ),
    Case(
        "a-date-that-is-not-official-is-hearsay",
        PHONE,
        "What we know about the Corvo 11",
        "Corvo 11 pre-orders open September 13, which is not 100% official yet.",
        Label.RUMOURED,
    ),
    Case(
        "its-official-still-is",
        PHONE,
        "What we know about the Corvo 11",
        "It's official: Corvo 11 pre-orders open September 13.",
        Label.CONFIRMED,
    ),
    Case(
        "sources-familiar-with-the-makers-plans-are-not-the-maker",
        CAR,
        "S700 Falcon to debut in September: report",
        "Unnamed sources familiar with Harlow's plans have told a trade paper that the 2027 "
        "Falcon will debut at the Detroit show in September.",
        Label.RUMOURED,
    ),
    Case(
        "the-maker-telling-dealers-is-on-record",
        CAR,
        "Falcon debut set",
        "Harlow has told dealers that the 2027 Falcon will debut at the Detroit show in September.",
        Label.CONFIRMED,
    ),
    Case(
        "eventually-opened-on-a-past-day-is-open",
        RIDE,
        "Riding Starfall Rewind",
        "Announced for 2021, Starfall Rewind was delayed by Covid and eventually opened on "
        "May 27, 2022.",
        Label.RELEASED,
        published=date(2024, 5, 2),
    ),
    Case(
        "opening-on-a-day-ahead-is-a-plan",
        RIDE,
        "7 things to know",
        "Starfall Rewind opens May 27th at Lakeside's north park, Lakeside Parks said.",
        Label.CONFIRMED,
        published=date(2022, 5, 5),
    ),
    Case(
        "registrations-opening-are-not-the-ride",
        RIDE,
        "Lakeside news",
        "Registrations open May 27 for the Starfall Rewind media preview.",
        Label.NONE,
        published=date(2022, 5, 5),
    ),
    Case(
        "a-season-named-apart-released-is-out",
        SEASON,
        "Night Window renewed for a fifth run",
        "The pickup comes nine months after Season 4 released in April 2025.",
        Label.RELEASED,
    ),
    Case(
        "since-the-release-of-it-looks-back-whatever-comes-next",
        RECORD,
        "The Lanterns to expand Cellar Lights",
        "Not two months since the release of Cellar Lights, the band will issue a live edition "
        "on 15 December.",
        Label.RELEASED,
        published=date(2023, 12, 1),
    ),
    Case(
        "a-regulators-review-is-no-product-review",
        THERAPY,
        "FDA advisory committee concludes review of vel-cel",
        "The panel appeared convinced of its safety.",
        Label.NONE,
    ),
    Case(
        "a-part-in-devices-by-a-date-is-a-plan",
        CHIP,
        "Vireo Summit recap",
        "Vireo has said the Vireo 8 Gen 3 will be in the first commercial devices by the end "
        "of 2026.",
        Label.CONFIRMED,
    ),
    Case(
        "a-short-model-code-is-the-family-in-a-headline",
        SOC,
        "Laptop with K5 chip begins shipping",
        "An analyst says K5 Max models could follow in October.",
        Label.RUMOURED,
    ),
    Case(
        "an-experimental-feature-is-a-preview",
        APP,
        "Notewell tests Voice Digest",
        "Notewell is testing Voice Digest; this experimental feature is currently available "
        "through Notewell Labs.",
        Label.CONFIRMED,
    ),
    Case(
        "excited-to-release-today-is-the-release",
        MODEL,
        "Kite Small 2",
        "Today, we are excited to release Kite Small 2, a 12B model with a 128k context.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "excited-to-release-next-month-is-a-plan",
        MODEL,
        "Kite Small 2",
        "We are excited to release Kite Small 2 next month, Kite AI said.",
        Label.CONFIRMED,
    ),
    Case(
        "into-theaters-today-is-out",
        FILM,
        "Update: Slipstream zooms into theaters today",
        "Northlight's racing drama has an 84% critics score.",
        Label.RELEASED,
    ),
    Case(
        "opened-officially-this-morning-is-open",
        PARK,
        "Some thoughts on the opening of Harbor Worlds",
        "Harbor Worlds opened officially this morning, with fans lining up before dawn.",
        Label.RELEASED,
    ),
    Case(
        "introduced-to-the-market-is-out",
        THERAPY,
        "Arbor gives a first look at its launch",
        "Velorin was introduced to the U.S. market in late October; prescriptions are rising.",
        Label.RELEASED,
    ),
    Case(
        "have-landed-is-out",
        PHONE,
        "Corvo 11 news",
        "The Corvo 11 and 11 Max have landed, dressed in last year's outfit.",
        Label.RELEASED,
    ),
    Case(
        "landed-a-deal-is-not",
        PHONE,
        "Corvo 11 carrier news",
        "The Corvo 11 has landed a deal with a national carrier, Corvo said.",
        Label.NONE,
    ),
    Case(
        "out-of-preview-into-full-release",
        MODEL,
        "Kite Small 2 graduates",
        "Kite AI has moved Kite Small 2 out of preview into full release.",
        Label.RELEASED,
    ),
    Case(
        "pre-orders-for-it-opening-today-are-not-it",
        CONSOLE,
        "Pocketa pre-orders sold out in minutes",
        "Pre-orders for the $199.99 Pocketa opened today and sold out; orders ship in May.",
        Label.CONFIRMED,
    ),
    Case(
        "the-app-shipped-it-did-not",
        REDESIGN,
        "Corvo news",
        "The new app version shipped, Tidepool did not.",
        Label.NONE,
    ),
    Case(
        "a-longer-title-of-the-same-words-is-another-work",
        ALBUM2,
        "Happy twentieth anniversary, Silver Morning of the Lost Coast!",
        "Twenty years ago today, a marvel of a movie was released.",
        Label.NONE,
    ),
    Case(
        "a-quoted-word-of-the-name-is-still-the-name",
        TIER,
        "Arcade Pass 'Standard' goes sub-standard",
        "Arcade Networks' new Arcade Pass 'Standard' tier just launched, replacing the old tier.",
        Label.RELEASED,
    ),
    Case(
        "the-company-says-is-the-maker",
        JET,
        "Harlow unveils Falcon 9000 jet",
        "Harlow unveiled the Falcon 9000; the company says it will be its fastest jet, "
        "expected to enter service in 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "a-chart-debut-is-a-record-out",
        ALBUM,
        "Juno Hale nabs her sixth number one",
        "Tidewater debuts at Number One on the Billboard 200 with 227,000 units.",
        Label.RELEASED,
    ),
    Case(
        "an-expected-chart-debut-is-not",
        ALBUM,
        "Juno Hale chart watch",
        "Tidewater is expected to debut at No. 1 next week.",
        Label.RUMOURED,
    ),
    Case(
        "opened-it-to-the-public-is-open",
        COASTER,
        "See inside the new coaster",
        "Thursday morning Lakeside opened Harbor Worlds RaptorRun to the public.",
        Label.RELEASED,
    ),
    Case(
        "opened-at-a-place-in-a-month-is-open",
        COASTER,
        "RaptorRun wins best new coaster",
        "The thrill ride RaptorRun opened at Lakeside's Harbor Worlds park in June.",
        Label.RELEASED,
    ),
    Case(
        "opened-orders-to-the-public-is-not-open",
        COASTER,
        "Lakeside news",
        "Lakeside opened reservations for RaptorRun to the public on Thursday.",
        Label.CONFIRMED,
    ),
    Case(
        "support-as-soon-as-it-has-been-released-is-not-out",
        FRAMEWORK,
        "Add support for Trellis 11",
        "Installing the package in a Trellis 11 project fails; the maintainer answers, 'I "
        "will add Trellis 11 support as soon as it has been released.'",
        Label.CONFIRMED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "another-model-year-with-the-maker-between-is-another-car",
        ROADSTER,
        "2019 Harlow Vantor RS Review: Say goodbye to the bad guy",
        "A farewell drive of the old front-engine car and its 755 hp V8.",
        Label.NONE,
    ),
    Case(
        "hits-its-service-tomorrow-is-a-plan",
        SEASON,
        "What time is it on?",
        "Night Window Season 4 hits Netflix tomorrow, with weekly episodes until May.",
        Label.CONFIRMED,
    ),
    Case(
        "hit-its-service-this-week-is-out",
        SEASON,
        "A missed chance",
        "Now that Night Window Season 4 hit Netflix this week, the critic says it is superb.",
        Label.RELEASED,
    ),
    Case(
        "the-remake-points-back-to-the-target",
        REMAKE,
        "Hollow Deep: Tallow finally reveals its remake",
        "Hollow Deep has been revealed. The remake is in development and will only be "
        "available for PlayStation 5, Xbox Series X|S and PC.",
        Label.CONFIRMED,
    ),
    Case(
        "another-generation-is-another-model",
        TRUCK,
        "Harlow teases sixth-generation 4Ranger",
        "The all-new sixth-generation 4Ranger makes its world debut at the state fair on "
        "September 24, 2026, Harlow announced.",
        Label.NONE,
    ),
    Case(
        "the-targets-own-generation-is-it",
        TRUCK,
        "Harlow teases seventh-generation 4Ranger",
        "The all-new 7th-gen 4Ranger makes its world debut on September 24, 2026, Harlow "
        "announced.",
        Label.CONFIRMED,
    ),
    Case(
        "expect-the-product-to-arrive-is-a-guess",
        TRUCK,
        "What you need to know",
        "On the upcoming seventh-generation 4Ranger: expect the 7th-gen 4Ranger to arrive as "
        "a 2027 model, hitting dealers in late 2026.",
        Label.RUMOURED,
    ),
    Case(
        "a-preview-with-the-stable-release-to-come-is-a-preview",
        FLEXOS,
        "Slate's new Slate OS Flex wants to revive your old PC",
        "Slate OS Flex is now available in preview, and the company has confirmed that it'll "
        "release the stable version sometime in the second quarter.",
        Label.CONFIRMED,
    ),
    Case(
        "an-official-date-yet-to-come-is-no-one-on-record",
        SHOW,
        "Ember Street filming pushed back",
        "Ember Street likely won't reach theaters until 2027, although an official release "
        "date has yet to be released.",
        Label.RUMOURED,
    ),
    Case(
        "a-season-returning-on-a-day-ahead-is-a-plan",
        SEASON,
        "Night Window Season 4 lands this week",
        "Night Window Season 4 returns in all territories on February 20th with three episodes.",
        Label.CONFIRMED,
        published=date(2026, 2, 17),
    ),
    Case(
        "a-feature-newly-introduced-in-a-version-is-out",
        TABS,
        "Vertical tabs on Vela 136",
        "A theme user reports that turning on the vertical tabs newly introduced in Vela 136 "
        "breaks the sidebar button.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-trailer-released-on-monday-is-the-trailers-release",
        SHOW,
        "EMBER STREET - Official Teaser Trailer (HD)",
        "Northlight's official teaser trailer, released on Monday, shows the first scene; "
        "only in theaters this Christmas.",
        Label.NONE,
        kind=ItemKind.OFFICIAL,
        url="https://www.northlightpictures.com/ember-street",
    ),
    Case(
        "a-book-out-on-a-day-is-still-the-book",
        ALBUM,
        "Juno Hale reveals the Tidewater cover",
        "Juno Hale's Tidewater, the second Harbour book, out Nov. 7, deals with the fallout.",
        Label.CONFIRMED,
        published=date(2026, 9, 1),
    ),
    Case(
        "a-fan-films-release-is-the-fans",
        SHOW,
        "Ember Street",
        "Ember Street is a 2009 non-profit fan film by a London student, a prequel to the "
        "Northlight series, released free online.",
        Label.NONE,
    ),
    Case(
        "deliveries-of-a-limited-edition-have-begun",
        CAR,
        "Automotive press drives the Falcon",
        "Deliveries of a limited edition 2027 Falcon have begun in Japan.",
        Label.RELEASED,
    ),
    Case(
        "a-trailer-after-the-name-is-still-a-trailer",
        SHOW,
        "The Ember Street trailer is out now",
        "",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_nineteenth_round_rule(case: Case) -> None:
    case.check()


def test_the_model_may_not_release_what_the_rules_read_as_a_trailers() -> None:
    """A trailer's "out now" is all the release language the item has: the second opinion
    reads "Ember Street ... is out now" as a release, but the rules know whose release it
    is, so it may not say "released" against them."""
    item = ItemText("The trailer for Ember Street is out now", "", kind=ItemKind.PRESS)
    detection = Classifier(SHOW).classify(item)
    assert detection.label is not Label.RELEASED, detection
    assert "aside:release-of-other" in detection.cues


@pytest.mark.parametrize(
    "summary",
    [
        "Autopilot 8.0 is now rolling out globally, with no Tidepool signs.",
        "Autopilot 8.0 is here but without the Tidepool redesign.",
    ],
)
def test_the_model_may_not_release_what_a_clause_says_is_missing(summary: str) -> None:
    """The rules read another version's release and the target said missing from it; the
    second opinion, reading "rolling out" beside the name, said "released" (timelines25's
    Coolwalk, blind)."""
    item = ItemText("Corvo news", summary, kind=ItemKind.PRESS)
    detection = Classifier(REDESIGN).classify(item)
    assert detection.label is not Label.RELEASED, detection
    assert "negated:absent" in detection.cues


@pytest.mark.parametrize("opening", ["With", "After", "Now", "Then"])
def test_a_sentence_opening_word_is_no_other_brand(opening: str) -> None:
    """A capital before a short name is another brand's ("Hollywood RaptorRun"), but not a
    word that opens sentences: "With VelociCoaster now open" (timelines26, blind) found
    no mention at all."""
    text = fold(f"{opening} RaptorRun now open, the column asks what comes next.")
    assert TargetMatcher(COASTER).find(text, "")

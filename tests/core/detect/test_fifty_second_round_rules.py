"""The rules added in the seventy-first round (issue 5: the errors of the blind sets
holdout658-669 and the timelines of timelines193-194), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing. Each case failed on the code before its rule, except the
guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

SERVICE = Target(name="Quillflix Canada", aliases=("Quillflix in Canada",), maker="Quillflix")
GAME = Target(name="Quillstorm Depths", aliases=(), maker="Velmar Games")
SHOW = Target(name="Velmar Nights Season 4", aliases=("Velmar Nights",), maker="Orrin Studios")
ALBUM = Target(name="Quill Hours", aliases=(), maker="Velmar Records")
PORT = Target(
    name="Quillstorm Depths (Nintendo Switch)",
    aliases=("Quillstorm Depths Switch",),
    maker="Velmar Games",
)
REMAKE = Target(
    name="Quillstorm Depths (Nintendo Switch)",
    aliases=("Quillstorm Depths",),
    maker="Velmar Games",
)
BORDER = Target(name="Velmar Entry/Exit System", aliases=("Entry/Exit System",), maker="Velmar")
PROBE = Target(name="Orrin Probe", aliases=(), maker="Orrin Space Agency")
SKIN = Target(name="Velmar OS 9", aliases=(), maker="Velmar")
FEATURE = Target(name="Velmar Canvas", aliases=(), maker="Velmar")
CAR = Target(name="Velmar Cirrus", aliases=("Cirrus",), maker="Velmar")
APP = Target(name="Velmar Lens for iOS", aliases=("Velmar Lens on iPhone",), maker="Velmar")
SNEAKER = Target(name="Orrin Stride 5 Grape", aliases=("Stride 5 Grape",), maker="Orrin")
PILL = Target(name="VX-2040", aliases=(), maker="Velmar Therapeutics")
TABLET = Target(name="Velmar Slate S", aliases=("Slate S",), maker="Velmar")
DRONE = Target(name="Orrin Hover 1", aliases=("Hover 1",), maker="Orrin")
BOARD_GAME = Target(name="Quill Isle: Deep Roots", aliases=("Deep Roots",), maker="Velmar Games")
AIRPORT = Target(name="Velmar International Airport", aliases=(), maker="Velmar Airports")
LANGUAGE = Target(name="Quill 2", aliases=(), maker="Quill Project")
LINE = Target(name="Quillrail Line 3", aliases=("Line 3",), maker="Quillrail Transit")
PASS = Target(name="Velmar Travel Pass", aliases=(), maker="Velmar Home Office")
LAUNCHER = Target(name="Velmar Launcher", aliases=(), maker="Velmar")

CASES = [
    Case(
        "hearsay-dated-years-back-is-the-storys-history",
        SERVICE,
        "Quillflix after the Canadian market",
        "Reports that Quillflix would launch in Canada emerged in 2019 before those plans stalled.",
        Label.NONE,
    ),
    Case(
        "hearsay-of-this-year-is-a-rumour",
        SERVICE,
        "Quillflix after the Canadian market",
        "Reports that Quillflix would launch in Canada emerged in 2026, citing distributors.",
        Label.RUMOURED,
    ),
    Case(
        "orders-written-with-an-elision-are-orders",
        GAME,
        "Quillstorm Depths gets a date",
        'Quillstorm Depths "hits shelves on September 13"; "Pre-orders for the boxed edition '
        '... are now available at several retailers".',
        Label.CONFIRMED,
    ),
    Case(
        "an-arc-after-a-later-episodes-broadcast-is-a-season-under-way",
        SHOW,
        "Velmar Nights Season 4 shows its next arc",
        "The Harbour arc of Velmar Nights Season 4 begins after the broadcast of episode 12.",
        Label.RELEASED,
    ),
    Case(
        "a-season-not-renewed-is-no-plan",
        SHOW,
        "Will there be a Velmar Nights Season 4?",
        "As of now, Velmar Nights is not renewed for a fourth season.",
        Label.RUMOURED,
    ),
    Case(
        "a-season-renewed-is-a-plan",
        SHOW,
        "Velmar Nights Season 4 is coming",
        "Velmar Nights has been renewed for a fourth season.",
        Label.CONFIRMED,
    ),
    Case(
        "polish-came-out-is-out",
        ALBUM,
        "Velmar Records - Quill Hours",
        "W piątek ukazał się ich album Quill Hours, z 12 utworami.",
        Label.RELEASED,
    ),
    Case(
        "a-platform-in-brackets-is-a-port-the-original-is-not",
        PORT,
        "[Review] Quillstorm Depths",
        'Review of Quillstorm Depths on "Platform: PC (Steam)": the full game released earlier '
        "this year on Steam.",
        Label.NONE,
    ),
    Case(
        "a-bare-alias-says-the-bare-name-is-the-product",
        REMAKE,
        "[Review] Quillstorm Depths",
        "Quillstorm Depths released earlier this year and plays well.",
        Label.RELEASED,
    ),
    Case(
        "a-name-with-a-slash-is-found-with-its-slash",
        BORDER,
        "The Entry/Exit System launches today at every border crossing",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-craft-that-lifted-off-is-on-its-mission",
        PROBE,
        "Orrin Probe on its way",
        "The Orrin Probe lifted off on a Vega rocket from Kourou on Monday.",
        Label.RELEASED,
    ),
    Case(
        "a-craft-set-to-lift-off-is-a-plan",
        PROBE,
        "Orrin Probe on the pad",
        "The Orrin Probe is set to lift off on a Vega rocket on May 3.",
        Label.CONFIRMED,
    ),
    Case(
        "a-systems-beta-for-a-devices-owners-is-a-beta",
        SKIN,
        "Velmar OS 9 beta now available for Cirrus S8 and S8 Plus users",
        "",
        Label.CONFIRMED,
    ),
    Case(
        "orders-placed-before-it-was-even-launched-are-ahead-of-the-launch",
        CAR,
        "Velmar Cirrus pre-orders pile up",
        "Over 70,000 drivers have placed pre-orders for the Cirrus before the car was even "
        "launched.",
        Label.CONFIRMED,
    ),
    Case(
        "what-it-debuts-is-another-things-news",
        CAR,
        "Velmar Cirrus first look",
        "The Cirrus debuts Orrin's new Vela chip and a brighter screen.",
        Label.NONE,
    ),
    Case(
        "a-launch-whose-clause-names-another-platform-is-not-the-ports",
        APP,
        "Velmar Lens shows what iOS is missing",
        'Last week Velmar launched its latest product: "Velmar Lens for Android"; the writer '
        "wants the same on his iPhone.",
        Label.NONE,
    ),
    Case(
        "years-away-before-a-return-are-no-years-of-use",
        SNEAKER,
        "The Orrin Stride 5 Grape returns Saturday after 12 years",
        "",
        Label.NONE,
    ),
    Case(
        "a-stock-that-crashes-is-no-crash-in-use",
        PILL,
        "Velmar Therapeutics shares crash after VX-2040 trial data",
        "The pill showed 9% weight loss in a Phase 2 trial, short of rivals.",
        Label.RUMOURED,
    ),
    Case(
        "a-headline-that-states-then-asks-states-its-first-sentence",
        APP,
        "Velmar Lens for iOS Finally Drops. Was It Worth the Wait?",
        "The roundup quotes early reviews of the app.",
        Label.RELEASED,
    ),
    Case(
        "another-products-debut-that-dates-the-clause-is-not-the-targets",
        TABLET,
        "The tablet wars",
        "Seventeen months after the iPad debuted, Velmar plans to release the Slate S.",
        Label.CONFIRMED,
    ),
    Case(
        "the-makers-own-launch-that-dates-the-clause-is-the-targets",
        TABLET,
        "The tablet wars",
        "Months after Velmar launched the Slate S, sales are slow.",
        Label.RELEASED,
    ),
    Case(
        "here-with-shipping-in-two-to-three-weeks-is-the-reveal",
        DRONE,
        "The Orrin Hover 1 Is Here. Is Society Ready for It?",
        "It sells for $999 and will begin shipping to customers in two to three weeks, the "
        "company says.",
        Label.CONFIRMED,
    ),
    Case(
        "here-as-a-crowdfunding-campaign-is-no-release",
        BOARD_GAME,
        "Quill Isle: Deep Roots is here",
        "The crowdfunding campaign for Deep Roots has been started by Velmar Games and has "
        "raised $800,000.",
        Label.CONFIRMED,
    ),
    Case(
        "an-airport-whose-flight-operations-began-is-open",
        AIRPORT,
        "Velmar International Airport starts operations",
        "Regular passenger services started on Monday at Velmar International Airport.",
        Label.RELEASED,
    ),
    Case(
        "draft-designs-published-are-no-release",
        LANGUAGE,
        "Quill 2 draft designs",
        "As part of the Quill 2 design process, we've published these draft designs on "
        "generics and error handling.",
        Label.NONE,
    ),
    Case(
        "a-line-that-opens-to-the-public-is-open",
        LINE,
        "Quillrail Line 3 opens to public",
        "Cheers erupted as the first train left the depot; more than two years of delays did "
        "not dampen riders' spirits.",
        Label.RELEASED,
    ),
    Case(
        "rules-that-come-into-force-are-in-force",
        PASS,
        "Disruption warning as new Velmar Travel Pass rules come into force",
        "",
        Label.RELEASED,
    ),
    Case(
        "rules-that-will-come-into-force-are-ahead",
        PASS,
        "New Velmar Travel Pass rules will come into force next year",
        "",
        Label.CONFIRMED,
    ),
    Case(
        "official-on-the-play-store-after-a-beta-is-out",
        LAUNCHER,
        "Velmar Launcher news",
        "After months of Google+ beta testing, Velmar Launcher just became official on the Play "
        "Store hours ago.",
        Label.RELEASED,
    ),
    Case(
        "a-beta-for-a-plans-subscribers-is-the-release",
        FEATURE,
        "Velmar Canvas beta now rolling out to Plus and Team users",
        "",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


def test_a_day_with_a_short_year_is_that_years() -> None:
    """ "Oct. 12 '26" is October 12, 2026, not the next October 12 after publication."""
    detection = read_by_rules(
        BORDER,
        "Commission sets Oct. 12 '26 to launch new Entry/Exit System",
        "",
        published=date(2025, 3, 5),
    )
    assert detection.label is Label.CONFIRMED, detection
    assert detection.window == "2026-10-12", detection


def test_a_thing_there_will_be_released_is_to_come() -> None:
    """ "There will be a new Cirrus released" is a release to come, not one made."""
    detection = read_by_rules(
        CAR,
        "Velmar Cirrus: what to expect",
        "There will be a new Cirrus released by Velmar in the spring, Velmar's CEO said.",
    )
    assert detection.label is not Label.RELEASED, detection

"""The rules added in the thirteenth round (issue 5: `holdout21.jsonl` and
`holdout22.jsonl`, measured before this round), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

WATCH = Target(name="Kestrel Band 4", aliases=("Band 4",), maker="Kestrel")
MODEL = Target(name="Quill 3 Large", aliases=("Quill 3 400B",), maker="Avian Labs")
GAME = Target(name="Ashen Crown", maker="Tallow Games")
TRUCK = Target(name="Orbis T1", maker="Orbis Motors")
BOT = Target(name="Wren Chat", maker="Wren")
LIBRARY = Target(name="Loomkit 3", maker="Loomkit")
OS = Target(name="Tide OS 12", maker="Corvo")
ASSISTANT = Target(name="Quill Pilot", aliases=("Pilot",), maker="Avian Labs")
SHOW = Target(name="Night Harbor 3", aliases=("Night Harbor season 3",), maker="Lumen Media")
CAMERA = Target(name="Kestrel Z9", aliases=("Z9",), maker="Kestrel")
CARD = Target(name="Vantage RX 9080", aliases=("RX 9080",), maker="Vantage")
LAPTOP = Target(name="Corvo Book 14 (2025)", aliases=("Corvo Book 14",), maker="Corvo")
HEADSET = Target(name="Corvo Vision", aliases=("Project Halo",), maker="Corvo")
PHONE = Target(name="Tide OS 13", maker="Corvo")
PICKUP = Target(name="Orbis T2", maker="Orbis Motors")
VISOR = Target(name="Corvo Visor", aliases=("Project Lantern",), maker="Corvo")

CASES = [
    Case(
        "launched-to-be-available-later-is-an-unveiling",
        WATCH,
        "Kestrel Band 4 launched with a brighter screen, to be available later this year",
        "Kestrel showed the watch at its autumn event; it has no price yet.",
        Label.CONFIRMED,
    ),
    Case(
        "launched-in-one-market-and-later-in-another-is-out",
        WATCH,
        "Kestrel Band 4 launched in the US; it will be available in Europe next year",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-headline-to-go-on-sale-is-a-plan",
        WATCH,
        "Kestrel Band 4 to go on sale in April",
        "",
        Label.CONFIRMED,
    ),
    Case(
        "a-year-of-waiting-is-no-year-of-use",
        MODEL,
        "Quill 3 Large: the long wait",
        "After a full year of waiting, fans of Quill 3 Large are growing restless.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "tomorrow-is-ahead-on-an-undated-item",
        GAME,
        "Ashen Crown critical consensus",
        'A roundup of reviews: "Tomorrow, Ashen Crown finally arrives on shelves."',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
        published=None,
    ),
    Case(
        "started-shipping-in-a-past-year-is-past-on-an-undated-item",
        TRUCK,
        "A drive in the Orbis T1",
        "The writer drove an Orbis T1 at a service centre; the pickup started shipping in late "
        "2025.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
        published=None,
    ),
    Case(
        "open-to-the-general-public-is-out",
        BOT,
        "Wren's chatbot tops the app charts",
        'Wren says "Wren Chat is now fully open to the general public" after months behind a '
        "waitlist.",
        Label.RELEASED,
    ),
    Case(
        "a-release-published-on-a-package-index-is-out",
        LIBRARY,
        "Loomkit 3 is alive",
        "The team says the stable release of Loomkit 3 is on npm, with a migration script.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-developer-reporting-crashes-is-no-hearsay",
        OS,
        "App crashes after the Tide OS 12 update",
        "A developer reports a jump in crashes on phones that received Tide OS 12 this week.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "published-white-papers-are-no-release",
        ASSISTANT,
        "Publication of the white papers on Quill Pilot",
        "A staffer tells the list the foundation has published the white papers on Avian's \"so-"
        'called Quill Pilot" and invites members to discuss them.',
        Label.NONE,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-listing-short-season-is-the-season",
        SHOW,
        "Night Harbor: S3 has arrived and is streaming now",
        "The first five episodes are available, with the finale in July.",
        Label.RELEASED,
    ),
    Case(
        "an-owner-asking-has-the-camera",
        CAMERA,
        "Kestrel Z9 support",
        "A Z9 owner asks the raw converter to support the camera and uploads sample files.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "an-owner-of-the-product-has-it",
        CAMERA,
        "Z9 won't connect",
        "An owner of a Kestrel Z9 says the camera will not show up in the phone app.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "users-running-new-cards-have-them",
        CARD,
        "Vantage RX 9080 is not compatible with the current toolkit",
        "Users running new Vantage RX 9080 cards get a warning; commenters share workarounds.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "another-year-in-brackets-after-a-word-is-another-model",
        LAPTOP,
        "Corvo Book 14 inch (2027) review: fast and dear",
        "A review of the latest Corvo Book with the new chips.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "quoting-a-reporter-is-hearsay",
        PHONE,
        "The lock screen is poised for an upgrade with Tide OS 13",
        'Quoting a Bloomberg reporter, the blogger notes Corvo "is planning major changes" '
        "for Tide OS 13.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "quoting-the-makers-newsroom-is-on-record",
        HEADSET,
        "Corvo's Project Halo headset is launching on October 21",
        'Corvo "has confirmed that it will be launching its Project Halo headset" on October '
        "21, quoting its newsroom.",
        Label.CONFIRMED,
    ),
    Case(
        "a-tech-report-is-no-news-report",
        MODEL,
        "What is new this week",
        "Avian released Quill 3 Large, linking the weights and the tech report.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "the-first-to-hit-the-market-is-out",
        PICKUP,
        "Orbis T2 named Truck of the Year",
        'The magazine notes the Orbis T2 is "the first hydrogen pickup to hit the U.S. market".',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "to-be-the-first-to-hit-the-market-is-not-out",
        PICKUP,
        "Orbis T2 shown at the motor show",
        "Orbis says the Orbis T2 will be the first hydrogen pickup to hit the U.S. market.",
        Label.NONE,
    ),
    Case(
        "a-codename-alone-may-be-another-makers-project",
        VISOR,
        "Space agency's lander returns to flight",
        "The rebuilt Project Lantern prototype lander flew its first free-flight test.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-codename-beside-the-maker-is-the-target",
        VISOR,
        "Corvo's Project Lantern headset gets a window",
        'Corvo says Project Lantern "will release in the first half of 2027".',
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_thirteenth_round_rule(case: Case) -> None:
    case.check()

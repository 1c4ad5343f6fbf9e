"""The rules added in the twenty-fourth round (issue 5: what the blind sets holdout125 on
and timelines45-48 missed at their first scores), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing. Each case failed on the code before its rule, except the
guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.detect.names import longest_first, split_name
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

BOX = Target(name="Ember Box (2026)", aliases=("Ember Box Pro (2026)",), maker="Ember")
REMAKE = Target(
    name="Ashen Vale 3 (2031)", aliases=("Ashen Vale 3", "Ashen Vale 3 remake"), maker="Greywater"
)
PLAYER = Target(name="Kite Stream 4K", maker="Kite")
ENGINE = Target(name="Kite Storage API", maker="Kite")
ALBUM = Target(name="Frostline (Kael album)", aliases=("Frostline",), maker="Kael")
OS = Target(name="Kite OS 26H1", maker="Kite")
HANDSET = Target(name="Vanta Note 9", maker="Vanta")
SYSTEM = Target(name="Kite OS Q", maker="Kite")

CASES = [
    Case(
        "a-year-in-brackets-is-no-part-of-what-writers-call-it",
        BOX,
        "Ember Box review: a fast streamer at last",
        "We have used the Ember Box for a month since it went on sale, and it is quick.",
        Label.RELEASED,
    ),
    Case(
        "another-years-model-is-still-not-the-target",
        BOX,
        "Streaming deals this week",
        "The 2027 Ember Box is now available for $99 at most stores.",
        Label.NONE,
    ),
    Case(
        "the-remake-alias-is-tried-before-the-bracketed-name",
        REMAKE,
        "A Ashen Vale 3 remake is in the works, insiders say",
        "An Ashen Vale 3 remake is reportedly in development at an outside studio.",
        Label.RUMOURED,
    ),
    Case(
        "available-now-for-preorder-is-an-order",
        PLAYER,
        "Kite unveils a new Kite Stream 4K, available now for preorder",
        "The new Kite Stream 4K costs $129 and ships on November 4.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "available-now-in-stores-is-still-out",
        PLAYER,
        "Kite Stream 4K available now in stores",
        "The new Kite Stream 4K costs $129.",
        Label.RELEASED,
    ),
    Case(
        "what-only-developers-under-nda-have-is-a-closed-preview",
        ENGINE,
        "Kite confirms Kite Storage API is coming to older PCs",
        "The Kite Storage API is now available to developers who have signed an NDA, and "
        "Kite promises wider access soon.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "an-nda-lifted-at-launch-is-no-preview",
        ENGINE,
        "Kite Storage API review",
        "Now that the NDA has lifted, we can say the Kite Storage API is available now to "
        "every developer, and it is fast.",
        Label.RELEASED,
    ),
    Case(
        "an-adverb-does-not-make-a-trailer-the-product",
        GAME := Target(name="Ashen Vale IV", maker="Greywater"),
        "Ashen Vale IV gets a new look",
        "Greywater officially released a trailer for Ashen Vale IV on Friday.",
        Label.NONE,
    ),
    Case(
        "a-notice-published-is-no-product-published",
        OS,
        "Kite OS 26H1 explained",
        "Kite quietly published a support notice in February about Kite OS 26H1.",
        Label.NONE,
    ),
    Case(
        "getting-out-of-the-way-is-not-being-out",
        ALBUM,
        "Kael teases Frostline again",
        "Kael said on a stream: Frostline coming soon, everyone better get out the way.",
        Label.CONFIRMED,
    ),
    Case(
        "a-release-timeline-unclear-is-no-release-behind",
        ENGINE,
        "Kite tests Kite Storage API with developers",
        "Kite is testing the Kite Storage API with a small group of developers, though the "
        "public release timeline remains unclear.",
        Label.CONFIRMED,
    ),
    Case(
        "said-to-confirm-is-hearsay",
        HANDSET,
        "Carrier said to confirm Vanta Note 9 release date",
        "",
        Label.RUMOURED,
    ),
    Case(
        "said-to-reporters-is-still-on-record",
        HANDSET,
        "Vanta Note 9 dated",
        "Vanta said to reporters that the Vanta Note 9 will launch on September 22.",
        Label.CONFIRMED,
    ),
    Case(
        "an-invitation-released-is-no-product-released",
        HANDSET,
        "It's official: the Vanta Note 9 event date",
        "Vanta released the official invitation for its August 9 event, where the Vanta Note "
        "9 is expected, as has been rumoured for months.",
        Label.RUMOURED,
    ),
    Case(
        "a-date-if-accurate-is-a-claim",
        HANDSET,
        "Vanta Note 9: a Korean daily names the day",
        "If that August 24 date is accurate, the Vanta Note 9 arrives three weeks earlier "
        "than last year's model.",
        Label.RUMOURED,
    ),
    Case(
        "a-release-headline-over-a-hearsay-date-ahead-is-hearsay",
        HANDSET,
        "Vanta Note 9 arrives early, says a Korean daily",
        "If that August 24 date is accurate, the Vanta Note 9 arrives three weeks earlier "
        "than last year's model.",
        Label.RUMOURED,
    ),
    Case(
        "a-dated-headline-over-a-rumour-body-is-the-rumour",
        HANDSET,
        "Vanta Note 9 release date August 24, preorders mid-August",
        "A Korean daily says the phone will be available for preorder in mid-August, "
        "firming up earlier leaks and rumours.",
        Label.RUMOURED,
    ),
    Case(
        "a-dated-headline-over-a-body-that-only-says-claim-is-no-rumour",
        Target(name="Wren usernames", aliases=("Wren username",), maker="Wren"),
        "Wren username reservations open today, launch on August 24",
        "Wren began rolling out username reservations, letting users claim a name before "
        "the feature launches.",
        Label.CONFIRMED,
    ),
    Case(
        "a-guess-at-the-preorder-day-is-no-open-order",
        HANDSET,
        "Vanta Note 9 release date",
        "Now that the event is set, common sense suggests preorders for the Vanta Note 9 on "
        "Friday, September 15.",
        Label.RUMOURED,
    ),
    Case(
        "a-beta-for-users-who-sign-up-is-no-release",
        SYSTEM,
        "More phones get the Kite OS Q beta",
        "The Kite OS Q beta is now available on phones from five makers for users willing "
        "to sign up for the Kite OS Q beta program.",
        Label.CONFIRMED,
    ),
    Case(
        "the-official-release-expected-is-a-guess",
        SYSTEM,
        "Kite OS Q preview expected mid-March",
        "A tipster says the first preview arrives in mid-March, and the official release of "
        "Kite OS Q is expected to take place at the May 8 developer conference.",
        Label.RUMOURED,
    ),
    Case(
        "no-price-pre-order-or-sale-date-is-no-order",
        HANDSET,
        "Vanta Note 9 event set",
        "Vanta sent invites for its March 29 event, where the Vanta Note 9 is expected; no "
        "price, pre-order or on-sale date is given.",
        Label.RUMOURED,
    ),
    Case(
        "teasing-the-arrival-is-no-arrival-behind",
        HANDSET,
        "Vanta teases its next phone",
        "Vanta is teasing the arrival of the Vanta Note 9 on March 29 with a short video.",
        Label.RUMOURED,
    ),
    Case(
        "a-program-reporting-its-version-is-no-hearsay",
        Target(name="Kestrel 7.0", maker="Kestrel Project"),
        "Kestrel 7.0 is out, and builds from it report 7.0.0.",
        "",
        Label.RELEASED,
    ),
    Case(
        "an-insider-build-is-a-preview-not-an-insiders-word",
        Target(name="Kite Sudo", maker="Kite"),
        "Kite Sudo is here with Kite OS Insider Build 26052",
        "",
        Label.CONFIRMED,
    ),
    Case(
        "a-headline-day-over-no-sale-date-is-an-event",
        HANDSET,
        "Official: Vanta Note 9 lands March 29!",
        "Vanta sent press invites for a March 29 event in New York. The teaser leaves a lot "
        "to the imagination; no price, pre-order or on-sale date is given.",
        Label.RUMOURED,
    ),
    Case(
        "a-headline-day-over-a-named-missing-price-stays",
        HANDSET,
        "Official: Vanta Note 9 goes on sale March 29",
        "Vanta confirmed the day today. No price has been given yet.",
        Label.CONFIRMED,
    ),
    Case(
        "a-plain-named-album-by-someone-else-is-not-the-target",
        Target(name="The Harbor (Kael album)", aliases=("The Harbor",), maker="Kael"),
        "Steve Miles / The Dock Band - The Harbor",
        "Review of the 1999 bluegrass record The Harbor, his first full-length venture into "
        "bluegrass.",
        Label.NONE,
    ),
    Case(
        "a-plain-named-album-beside-its-owner-is-the-target",
        Target(name="The Harbor (Kael album)", aliases=("The Harbor",), maker="Kael"),
        "Kael - The Harbor review",
        "Kael's new record The Harbor is out now, and it is his best yet.",
        Label.RELEASED,
    ),
    Case(
        "a-policy-reviewed-is-no-product-reviewed",
        Target(name="Brickverse for Kite Station", maker="Brickverse"),
        "Kite wants Brickverse for Kite Station",
        "Court papers show Kite's chief said the company reviewed and relaxed its policies "
        "and is now talking to Brickverse.",
        Label.NONE,
    ),
    Case(
        "an-item-that-recalls-is-no-recall",
        GAME,
        "Greywater teases something",
        "It recalls Ashen Vale IV, announced at E3 and coming next year.",
        Label.CONFIRMED,
    ),
    Case(
        "a-port-named-by-its-platform-without-the-brand",
        Target(name="Ashen Vale for Kite Station", maker="Greywater"),
        "Greywater confirms Ashen Vale for Station is still happening",
        "Greywater said the Station version is still in development and will be released "
        "when it is ready.",
        Label.CONFIRMED,
    ),
    Case(
        "a-verb-after-the-game-is-no-platform",
        Target(name="Ashen Vale for Kite Station", maker="Greywater"),
        "Ashen Vale players want to station themselves in the north",
        "Greywater says the Ashen Vale update is out now on PC.",
        Label.NONE,
    ),
    Case(
        "a-park-that-opened-on-a-weekday-is-open",
        Target(name="Kite Park", maker="Kite Studio"),
        "Kite theme park welcomes its first guests",
        "Kite Park opened Tuesday in Nagakute, with three of its five areas ready.",
        Label.RELEASED,
    ),
    Case(
        "a-deal-on-it-is-a-sign-it-is-on-sale",
        Target(name="Kite Band 4", maker="Kite"),
        "Save 50% on Kite Band 4 at the big store",
        "The square-screen tracker is compatible with both Android and iOS.",
        Label.RELEASED,
    ),
    Case(
        "a-deal-on-a-pre-order-is-no-sale",
        Target(name="Kite Band 4", maker="Kite"),
        "Save $50 on Kite Band 4 pre-orders",
        "The tracker ships next month.",
        Label.CONFIRMED,
    ),
    Case(
        "a-service-that-commenced-public-operations-is-running",
        Target(name="Kite Robotaxi in Las Vegas", maker="Kite"),
        "Kite Robotaxi in Las Vegas rides are free: here's how",
        "Kite has officially commenced public driverless operations on the Strip, with rides "
        "free for now.",
        Label.RELEASED,
    ),
    Case(
        "a-service-that-will-commence-operations-is-not",
        Target(name="Kite Robotaxi in Las Vegas", maker="Kite"),
        "Kite Robotaxi in Las Vegas gets its permit",
        "Kite says it will start public operations on the Strip in September.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Ember Box (2031)", "Ember Box"),
        ("Ember Phone (3)", "Ember Phone (3)"),
        ("Ember Tab (2031, M5)", "Ember Tab (2031, M5)"),
        ("Ashen Vale (2031 remake)", "Ashen Vale (2031 remake)"),
    ],
)
def test_a_bracketed_year_is_a_qualifier(name: str, bare: str) -> None:
    """A model year in brackets tells a target from its namesakes in a list, but writers
    leave it out: "Nvidia Shield TV (2019)" is "the Shield TV" in its own reviews. A number
    that is not a year stays ("Phone (3)"), and so does a bracket holding more."""
    assert split_name(name) == bare


def test_names_are_tried_by_the_length_that_is_matched() -> None:
    names = sorted(["Ashen Vale 3 (2031)", "Ashen Vale 3 remake"], key=longest_first)
    assert names[0] == "Ashen Vale 3 remake"

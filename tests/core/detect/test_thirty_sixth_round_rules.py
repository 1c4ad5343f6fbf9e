"""The rules added in the thirty-sixth round (issue 5: the errors of the blind sets
holdout311-316 and timelines128-129), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards beside
them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

CHAIN = Target(name="Zyphora", aliases=("Zyphora chain",), maker="Tessary Labs")
SPEAKER = Target(name="Orrin Dot (4th generation)", aliases=("Orrin Dot 4th Gen",), maker="Orrin")
ROWER = Target(name="Velmar Row", maker="Velmar")
SYNTH = Target(name="Orrin Vespa", aliases=("Vespa",), maker="Orrin")
LOUNGE = Target(name="Velmar One Lounge", maker="Velmar Air")
SAUCE = Target(name="Fizzwell Dragon Sauce", aliases=("Dragon Sauce",), maker="Fizzwell")
CAMERA = Target(name="Orrin Snap 7", aliases=("Snap 7",), maker="Orrin")
NUGGETS = Target(
    name="Fizzwell Plant Nuggets nationwide", aliases=("Plant Nuggets",), maker="Fizzwell"
)
SODA = Target(name="Fizzwell Stardust", aliases=("Stardust",), maker="Fizzwell")
BREAKFAST = Target(name="Velmar Diner breakfast menu", maker="Velmar Diner")
GAME = Target(name="Orrin Heroes", maker="Orrin Games")
CPU = Target(name="Orrin Core 9 7950", aliases=("Core 9 7950",), maker="Orrin")
SCANNING = Target(
    name="Orrin photo scanning", aliases=("Orrin photo scanning feature",), maker="Orrin"
)

CASES = [
    Case(
        "a-testnet-launched-is-a-preview",
        CHAIN,
        "Zyphora Launches Testnet for Payments",
        'The chain "officially opened its public testnet", inviting developers to start testing.',
        Label.CONFIRMED,
    ),
    # Guard: the main network live is the release.
    Case(
        "a-mainnet-live-is-the-release",
        CHAIN,
        "Zyphora mainnet is live",
        "Zyphora has launched its mainnet after months on testnet; tokens now trade.",
        Label.RELEASED,
    ),
    Case(
        "a-family-leak-of-another-generation-is-not-the-target",
        SPEAKER,
        "Orrin's next Dot reportedly appears in leaked images",
        'Photos show a "third-gen device" with fabric sides, a blog claims.',
        Label.NONE,
    ),
    # Guard: a family leak with no generation named is still the rumour.
    Case(
        "a-family-leak-with-no-generation-is-a-rumour",
        SPEAKER,
        "Orrin's next Dot reportedly appears in leaked images",
        "Photos show a device with fabric sides, a blog claims.",
        Label.RUMOURED,
    ),
    Case(
        "a-body-review-outweighs-past-speculation",
        SYNTH,
        "Orrin Vespa",
        "Dana Reyes reviews the Vespa, a compact polysynth; none of the speculation "
        "foresaw the final design.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-recall-not-tied-to-the-target-is-another-products",
        ROWER,
        "Velmar is building its own rowing machine",
        "Velmar Row is in the works, according to code in its app; it comes late, with "
        "demand still slumping after Velmar's treadmill recall.",
        Label.RUMOURED,
    ),
    Case(
        "a-place-now-open-at-an-airport-is-open",
        LOUNGE,
        "The first Velmar One Lounge is now open at Harbor City airport",
        "The lounge welcomes business-class passengers.",
        Label.RELEASED,
    ),
    # Guard: orders open somewhere are not the goods.
    Case(
        "pre-orders-now-open-in-a-country-are-orders",
        SYNTH,
        "Pre-orders are now open in the US",
        "The Orrin Vespa ships in May.",
        Label.CONFIRMED,
    ),
    Case(
        "invite-only-members-are-a-class-not-a-preview",
        LOUNGE,
        "Velmar One Lounge opens",
        "The Velmar One Lounge opened Wednesday at Harbor City, open only to business-class "
        "ticket holders and invite-only Summit members.",
        Label.RELEASED,
    ),
    Case(
        "no-longer-just-a-rumour-settles-the-rumour",
        CPU,
        "Orrin's new desktop chips: specs and price",
        'The Core 9 series "is no longer just a rumour": Orrin has lifted the lid on the '
        "Core 9 7950, and pre-orders open ahead of the November 5 release.",
        Label.CONFIRMED,
    ),
    Case(
        "these-features-point-back-to-a-list-holding-the-target",
        SCANNING,
        "Orrin announces new safety measures",
        "Orrin's press release lists Orrin photo scanning, message warnings and search "
        "updates. These features are coming later this year in updates to Orrin OS 5.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-test-at-a-single-location-is-a-pilot",
        NUGGETS,
        "Fizzwell rolls out its first Plant Nuggets",
        "Fizzwell is testing Plant Nuggets at a single Atlanta location and will weigh "
        "feedback before any wider launch.",
        Label.CONFIRMED,
    ),
    Case(
        "brought-back-is-a-release-again",
        SAUCE,
        "Fizzwell Dragon Sauce, for real this time",
        "Fizzwell has brought back its Dragon Sauce, shipping a million cups to its stores.",
        Label.RELEASED,
    ),
    Case(
        "brings-back-in-a-headline-is-a-release-again",
        SAUCE,
        "Fizzwell brings back Dragon Sauce",
        "Fans queued at stores across the country.",
        Label.RELEASED,
    ),
    Case(
        "a-week-somewhere-with-it-is-use",
        CAMERA,
        "I spent a week in Lisbon with an Orrin Snap 7 as my only camera",
        "The stabilization impressed, and the phone stayed in a pocket.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "the-drink-points-back-to-the-target",
        SODA,
        "Fizzwell launches 'Stardust' limited-edition soda",
        "Fizzwell revealed Stardust on Feb. 17; the drink is set to land on store shelves "
        "beginning on Monday (Feb. 21).",
        Label.CONFIRMED,
        published=date(2026, 2, 17),
    ),
    Case(
        "relaunching-next-year-is-a-plan",
        BREAKFAST,
        "Velmar Diner relaunches its breakfast menu",
        "Velmar Diner said Monday it's relaunching the breakfast menu across the U.S. next year.",
        Label.CONFIRMED,
    ),
    Case(
        "a-columnist-recalling-an-announcement-is-no-recall",
        GAME,
        "Play column: Orrin Heroes is ready to assemble",
        "The columnist recalls the 2024 announcement ahead of the release of Orrin Heroes "
        "next month.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the thirty-sixth round (issue 5: the errors of the blind sets
holdout311-316 and timelines128-129), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards beside
them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

CHAIN = Target(name="Zyphora", aliases=("Zyphora chain",), maker="Tessary Labs")
SPEAKER = Target(name="Orrin Dot (4th generation)", aliases=("Orrin Dot 4th Gen",), maker="Orrin")
ROWER = Target(name="Velmar Row", maker="Velmar")
SYNTH = Target(name="Orrin Vespa", aliases=("Vespa",), maker="Orrin")
LOUNGE = Target(name="Velmar One Lounge", maker="Velmar Air")

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
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

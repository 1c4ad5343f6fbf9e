"""The rules added in the thirty-third round (issue 5: the errors of the blind sets
holdout263-274), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

SEDAN = Target(name="Orrin Vela", aliases=("Vela", "Vela 350"), maker="Orrin")
PHONE = Target(name="Orrin Phone 3", maker="Orrin")
FIBER = Target(name="Orrin Fiber", maker="Orrin")
DRUM = Target(name="Orrin Tamber", aliases=("Tamber",), maker="Orrin")
SUV = Target(name="Orrin RX 40", aliases=("RX 40",), maker="Orrin")
DRUG = Target(name="Velmora", aliases=("velatide",), maker="Castell Pharma")
READER = Target(name="Orrin Slate 4", maker="Orrin")
DARK = Target(name="Parlo dark mode", aliases=("dark mode in Parlo",), maker="Orrin")
PAD = Target(name="Orrin Pad", maker="Orrin")
NET = Target(name="Orrin Net", maker="Orrin")
HOME = Target(name="Orrin Home", maker="Orrin")
RUNTIME = Target(name="Orrin Deck 1.0", aliases=("Orrin Deck v1",), maker="Orrin")
CHARGERS = Target(name="Orrin EV fast-charging network", maker="Orrin")
BIKE = Target(name="Orrin Trail 450", maker="Orrin")

CASES = [
    Case(
        "the-target-to-rival-another-is-the-subject",
        SEDAN,
        "Orrin working on Vela to rival the Kestrel S",
        '"According to Autocar, the Vela is set to go on sale in 2027".',
        Label.RUMOURED,
    ),
    # Guard: "the X rival" is another product.
    Case(
        "a-rival-of-the-target-is-another-product",
        SEDAN,
        "Kestrel readies its Vela rival",
        "Kestrel says its Vela rival will go on sale in 2027.",
        Label.NONE,
    ),
    Case(
        "a-review-still-to-come-is-none",
        PHONE,
        "Orrin Phone 3: five reasons to buy",
        'The verdict "will have to wait until we\'ve had a chance to review the Orrin Phone 3".',
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "out-of-the-pilot-phase-is-past-the-trial",
        FIBER,
        "Orrin Fiber leaves its trial",
        "Orrin is moving Orrin Fiber out of the pilot phase; it is now available in 40 cities.",
        Label.RELEASED,
    ),
    # Guard: the pilot itself is a closed trial.
    Case(
        "a-pilot-phase-is-a-closed-trial",
        FIBER,
        "Orrin Fiber trial",
        "Orrin has launched the Orrin Fiber pilot program in two cities.",
        Label.RUMOURED,
    ),
    Case(
        "rumours-that-started-leaking-before-the-news-are-past",
        DRUM,
        "Orrin shows its drum machine",
        "After rumours began circulating, Orrin showed the Tamber at its stand; it ships in May.",
        Label.CONFIRMED,
    ),
    Case(
        "sold-in-a-market-is-on-sale",
        SUV,
        "Orrin files the HX 50 trademark",
        'The "e" points to an electric drivetrain, "as we\'ve seen with the RX 40 SUV sold in '
        'North America".',
        Label.RELEASED,
    ),
    Case(
        "already-selling-it-is-on-sale",
        SUV,
        "Orrin's line-up",
        "Orrin already sells the RX 40 in Korea and Europe.",
        Label.RELEASED,
    ),
    Case(
        "a-launch-dated-in-a-past-year-beside-a-plan-is-out",
        READER,
        "Orrin plans new e-readers for 2027",
        'Orrin "has announced plans to release new e-readers in 2027", the first update "since '
        'the launch of the Orrin Slate 4 in 2021".',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-described-name-ending-the-headline-is-no-longer-name",
        DARK,
        "Orrin Is Finally Adding a Dark Mode to Parlo",
        "Tucked into Orrin's announcement of the Parlo 4 redesign, the company said the chat "
        "app will also get a dark mode in the coming weeks.",
        Label.CONFIRMED,
    ),
    Case(
        "no-device-on-sale-yet-is-not-out",
        PAD,
        "Orrin Pad teased",
        "Orrin unveiled the Orrin Pad today; no retail device is on sale yet.",
        Label.RUMOURED,
    ),
    # Guard: "no doubt" negates nothing.
    Case(
        "no-doubt-it-is-out-is-out",
        PAD,
        "Orrin Pad",
        "There is no doubt the Orrin Pad is out now.",
        Label.RELEASED,
    ),
    Case(
        "a-count-it-already-has-is-use",
        NET,
        "Orrin charging",
        "The Orrin Net currently has 30 sites across the US.",
        Label.RELEASED,
    ),
    # Guard: a release date it already has is a plan.
    Case(
        "a-release-date-it-already-has-is-a-plan",
        NET,
        "Orrin Net dated",
        "The Orrin Net already has a release date: 4 May.",
        Label.CONFIRMED,
    ),
    Case(
        "the-first-to-launch-it-has-launched-it",
        HOME,
        "Orrin's home internet is sort of real",
        "Orrin became the first major ISP to launch Orrin Home service yesterday.",
        Label.RELEASED,
    ),
    Case(
        "a-release-it-had-is-behind-it",
        RUNTIME,
        "Why Orrin Deck never took off",
        "An opinion piece on adoption; Orrin Deck had its official 1.0 release in May 2020.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    # Guard: one it has not even had is none.
    Case(
        "a-release-announcement-it-has-not-had-is-none",
        RUNTIME,
        "Orrin Deck 1.0 store page",
        "Orrin Deck 1.0, which has not even had an official release announcement, appeared "
        "on a store page.",
        Label.NONE,
    ),
    Case(
        "a-description-strewn-through-a-sentence-names-it",
        CHARGERS,
        "Orrin plans a nationwide network of fast-charging EV stations",
        "Orrin will open the first 50 stations on 1 June.",
        Label.CONFIRMED,
    ),
    # Guard: named only so, it is never read as out (what is out may be another thing so
    # described).
    Case(
        "what-a-strewn-description-says-is-out-is-no-release",
        CHARGERS,
        "Orrin news",
        "The network of fast-charging EV stations Orrin built is now open to all drivers.",
        Label.CONFIRMED,
    ),
    Case(
        "a-product-recently-launched-is-out-inside-a-report",
        BIKE,
        "Orrin explores a 450cc sportbike",
        "Orrin is reportedly weighing a café racer derived from the recently launched Orrin "
        "Trail 450, dealers say.",
        Label.RELEASED,
    ),
    Case(
        "a-launch-it-had-is-a-fact-inside-a-report",
        READER,
        "Orrin successor rumoured",
        "Orrin is reportedly readying new e-readers, the first since the Orrin Slate 4 had its "
        "launch in 2021.",
        Label.RELEASED,
    ),
    # Guards: to be sold is no sale yet (nor, alone, a plan: "the headphones will be
    # sold in Europe, but not the US" is said of ones on sale); not sold here is no
    # sale; a gray market is none.
    Case(
        "to-be-sold-in-a-market-is-no-sale-yet",
        SUV,
        "Orrin's plans",
        "Orrin says the RX 40 will be sold in North America.",
        Label.NONE,
    ),
    Case(
        "not-sold-in-a-market-is-no-sale",
        SUV,
        "An Orrin at an Ohio dealer",
        "A dealer in Ohio imported one, though the RX 40 isn't sold in the United States.",
        Label.NONE,
    ),
    Case(
        "a-gray-market-sale-is-none",
        DRUG,
        "Velmora and compounding",
        "Velmora is not approved for any use, yet it is sold through gray-market vendors.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()


CHIP = Target(name="Orrin K9 chip", aliases=("Orrin K9",), maker="Orrin")


def test_a_keynote_showcase_unveils_rather_than_teases() -> None:
    """A showcase on stage is an unveiling the second opinion may read as the commitment it
    usually is; a tease caps it at a rumour (`second_opinion.CEILINGS`)."""
    shown = read_by_rules(
        CHIP,
        "Orrin unveils an AI chip at its show",
        'In the closing keynote, Orrin\'s CEO "showcased the Orrin K9 chip" to the crowd.',
    )
    teased = read_by_rules(
        CHIP,
        "Orrin teases an AI chip at its show",
        "In the closing keynote, Orrin's CEO teased the Orrin K9 chip to the crowd.",
    )
    assert "official:teased" not in shown.cues, shown
    assert "official:teased" in teased.cues, teased

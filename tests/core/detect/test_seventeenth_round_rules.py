"""The rules added in the seventeenth round (issue 5: `holdout57.jsonl` to
`holdout60.jsonl` after their first scores), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

DRUG = Target(
    name="Veltrazine", maker="Corvane Therapeutics", official_domains=("corvane.example",)
)
FILM = Target(name="Ember Gate", aliases=("Ember Gate film",), maker="Northlight Pictures")
APP = Target(name="Loopcast", maker="Loopcast Inc")
CAR = Target(name="Volta E7", maker="Volta Motors")
SHOW = Target(name="Salt Kings Season 2", aliases=("Salt Kings S2",), maker="Harbor TV")
TIER = Target(name="Streamly Basic", aliases=("Streamly with ads",), maker="Streamly")
CHIP = Target(name="Kora K2", aliases=("K2 chip",), maker="Kora Semiconductor")
CARD = Target(name="Arcwell R5", aliases=("R5 non-XT",), maker="Arcwell")
CAMERA = Target(name="Lumo Q3", maker="Lumo Imaging")
LAPTOP = Target(name="Slate 14 (K7)", maker="Slate")
MODEL = Target(name="Corvid Large 2", maker="Corvid AI")
PHONE2 = Target(name="Nimbus Z7", maker="Nimbus")

CASES = [
    Case(
        "a-regulators-priority-review-is-no-product-review",
        DRUG,
        "Corvane announces FDA acceptance of its Veltrazine application",
        "The agency granted Veltrazine priority review and set a target action date in June.",
        Label.RUMOURED,
        kind=ItemKind.OFFICIAL,
        url="https://corvane.example/news/veltrazine-filing",
    ),
    Case(
        "a-date-taken-back-is-no-plan",
        FILM,
        "Northlight shuffles its slate",
        "Once dated for release on March 3, 2027, Ember Gate has been pulled from the studio's "
        "release calendar, its slot going to a horror sequel.",
        Label.RUMOURED,
    ),
    Case(
        "a-target-launch-on-record",
        APP,
        "Loopcast raises $40 million for its audio app",
        "Loopcast's target launch is Christmas 2027, its chief executive told reporters.",
        Label.CONFIRMED,
    ),
    Case(
        "deliveries-kicked-off",
        CAR,
        "Volta adds a night shift",
        "Deliveries of the Volta E7 kicked off last week in Norway and will reach the rest of "
        "Europe in the autumn.",
        Label.RELEASED,
    ),
    Case(
        "a-writers-disbelief-is-a-guess",
        SHOW,
        "Salt Kings Season 2: any premiere news?",
        "Filming has wrapped, but we do not believe Salt Kings Season 2 will arrive before "
        "next spring.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "figuring-things-out-is-no-release",
        FILM,
        "Ember Gate loses its second director",
        "One fan shrugs that the studio will figure it out; another says the Ember Gate film "
        "is stuck.",
        Label.NONE,
        kind=ItemKind.FORUM,
    ),
    Case(
        "screeners-for-critics-are-no-release",
        SHOW,
        "Salt Kings Season 2 review: colder and meaner",
        "Based on the first four episodes of Salt Kings Season 2, released to critics ahead "
        "of the March 20 premiere, the show has found its footing.",
        Label.CONFIRMED,
    ),
    Case(
        "yet-to-reveal-whether-leaves-the-plan-open",
        CAR,
        "Long-range Volta E7 surfaces in a filing",
        "Registration papers show the Volta E7 with a bigger battery; Volta has yet to reveal "
        "whether it will be offered outside Korea.",
        Label.RUMOURED,
    ),
    Case(
        "a-described-name-in-the-writers-order",
        TIER,
        "Streamly confirms a cheaper plan",
        "Streamly said its cheaper tier, which shows ads, will launch in the U.S. on May 4.",
        Label.CONFIRMED,
    ),
    Case(
        "a-described-name-needs-its-describing-word",
        TIER,
        "Streamly raises prices again",
        "Streamly will charge $2 more from May 4 for its premium plan.",
        Label.NONE,
    ),
    Case(
        "named-without-its-xt-the-xt-is-another-card",
        CARD,
        "Arcwell R5 XT review: the new midrange champion",
        "We tested the $599 card against its rivals for two weeks.",
        Label.NONE,
    ),
    Case(
        "a-monochrome-model-is-a-sibling",
        CAMERA,
        "Lumo Q3 Monochrome review",
        "After a month with the black-and-white camera, we love its sharpness.",
        Label.NONE,
    ),
    Case(
        "a-joined-chip-code-with-a-variant-after-it",
        LAPTOP,
        "Slate 14 with the K7 Pro review: a battery champion",
        "After two weeks as a work machine, the laptop impresses.",
        Label.NONE,
    ),
    Case(
        "not-ready-until-a-date-is-a-date",
        CAR,
        "Volta E7 will miss its summer target",
        "Filings show the Volta E7 won't be ready for buyers until December 2027.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        url="https://volta.example/filings",
    ),
    Case(
        "a-released-family-that-includes-the-target",
        MODEL,
        "Corvid 2 is here",
        "Corvid AI launched the Corvid 2 family, including the 400B Corvid Large 2, under an "
        "open licence.",
        Label.RELEASED,
    ),
    Case(
        "a-modal-on-the-pre-orders-is-a-guess",
        PHONE2,
        "The Nimbus Z7 may be available to pre-order from 12 September",
        "Citing a retail listing, the phone will reportedly be unveiled on September 9.",
        Label.RUMOURED,
    ),
    Case(
        "the-maker-expects-the-product-to-be-available",
        DRUG,
        "Corvane wins approval for Veltrazine",
        "Corvane Therapeutics says the agency approved Veltrazine and that it expects the "
        "drug to be available in the third quarter.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        url="https://corvane.example/news/veltrazine-approved",
    ),
    Case(
        "a-longer-name-is-another-product",
        CHIP,
        "Kora unveils the K2 Max",
        "The K2 Max chip doubles the cores and is available today in new laptops.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_seventeenth_round_rule(case: Case) -> None:
    case.check()

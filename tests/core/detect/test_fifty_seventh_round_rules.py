"""The rules added in the seventy-sixth round (issue 5: the errors of the blind sets
holdout814-837), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards, which keep a
rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

PET = Target(name="Pocket Critter Snap", aliases=(), maker="Orrin Toys")
CARD = Target(name="Velmar Arc 5400", aliases=("Arc 5400",), maker="Velmar")
FILM = Target(name="Lantern Road 2", aliases=(), maker="Orrin Pictures")
SEASON = Target(name="Lantern Road Season 3", aliases=(), maker="Orrin Pictures")
COINS = Target(name="Velmar gold coins", aliases=(), maker="Bank of Velmar")
TV = Target(name="Orrin TV", aliases=(), maker="Orrin")
FLIP = Target(name="Velmar Zero Fold", aliases=(), maker="Velmar")
CURVE = Target(name="Orrin Curve 2", aliases=(), maker="Orrin")
BAND = Target(name="Vexhollow", aliases=(), maker="Tessel Games")
RUNEFALL = Target(
    name="Runefall Season 3",
    aliases=("Runefall final season",),
    maker="Streamly (Fjord Productions)",
)
QUEST = Target(name="Vexquest Chapter 4", aliases=(), maker="Orrin")
SHOW2 = Target(name="Emberline Season 2", aliases=(), maker="Streamly")

CASES = [
    Case(
        "launched-with-orders-open-and-shelves-to-come",
        PET,
        "The virtual pet is back, now with a camera",
        '"The Pocket Critter Snap, launched by Orrin Toys", adds a lens; "Pre-orders opened on'
        ' Tuesday" and it "will first be available in Europe".',
        Label.CONFIRMED,
    ),
    Case(
        "guard-launched-with-orders-and-shelves-now",
        PET,
        "The virtual pet is back, now with a camera",
        '"The Pocket Critter Snap, launched by Orrin Toys", adds a lens; pre-orders opened on'
        " Tuesday and it is in stores now.",
        Label.RELEASED,
    ),
    Case(
        "no-official-word-is-no-one-on-record",
        CARD,
        "Velmar readies two budget cards",
        'The Arc 5400 is "expected to be launched in the second quarter of 2027" and "no'
        ' official price is announced yet", per a hardware site.',
        Label.RUMOURED,
    ),
    Case(
        "it-was-told-is-hearsay",
        FILM,
        "Bad news for Lantern Road 2 fans",
        '"It was told that Lantern Road 2 will release in December", but the date may move.',
        Label.RUMOURED,
    ),
    Case(
        "a-season-dropped-on-a-weekday",
        SEASON,
        "Lantern Road Season 3 ending explained",
        "Lantern Road Season 3 dropped on Thursday, and the finale ties up every thread.",
        Label.RELEASED,
    ),
    Case(
        "guard-prices-dropped-on-a-weekday",
        SEASON,
        "Lantern Road Season 3 box sets",
        "Lantern Road Season 3 box set prices dropped on Monday ahead of the premiere next year.",
        Label.CONFIRMED,
    ),
    Case(
        "coins-start-circulating",
        COINS,
        "In pictures: Velmar gold coins start circulating",
        "Shoppers in the capital were handed the first coins on Tuesday.",
        Label.RELEASED,
    ),
    Case(
        "finally-open-to-the-public-after-a-beta",
        TV,
        "Orrin TV opens its doors — will viewers come?",
        'Orrin says Orrin TV "is now finally open to the public" after a beta that began as'
        " invitation-only.",
        Label.RELEASED,
    ),
    Case(
        "a-maker-dropped-its-new-phone",
        FLIP,
        "Velmar Zero Fold for vloggers",
        '"Velmar just dropped their new phone, the Zero Fold", and "it\'s going for 900 euros".',
        Label.RELEASED,
    ),
    Case(
        "guard-dropped-their-phone",
        FLIP,
        "Velmar Zero Fold survives a fall",
        "A tester dropped their phone, a Zero Fold prototype, ahead of its launch next month.",
        Label.CONFIRMED,
    ),
    Case(
        "out-at-the-end-of-this-month-is-ahead",
        CURVE,
        "Velmar to drop a hot chip from its next phone",
        '"The Orrin Curve 2 is out at the end of this month with the chip on board", and Orrin'
        " says it runs cool.",
        Label.CONFIRMED,
    ),
    Case(
        "an-album-from-the-name-is-a-bands",
        BAND,
        "Gritline Records releases latest album from Vexhollow",
        'The dub project Vexhollow has a new album, "Iron Tide", which "was released today".',
        Label.NONE,
    ),
    Case(
        "guard-the-game-itself-is-released",
        BAND,
        "Tessel Games releases Vexhollow",
        "The horror game Vexhollow was released today on PC and consoles.",
        Label.RELEASED,
    ),
    Case(
        "a-season-written-apart-beside-its-whole-name",
        RUNEFALL,
        "Runefall season 3 ending explained",
        "Repost of an explainer: \"The third and final season of Streamly's Norwegian fantasy"
        ' drama Runefall dropped on Thursday (Aug. 24)", followed by a breakdown of the finale.',
        Label.RELEASED,
    ),
    Case(
        "guard-once-it-has-been-rolled-out-is-awaited",
        QUEST,
        "Is there a Vexquest Chapter 4? Answered",
        'The team plans to release both once Chapter 4 "has been rolled out" to testers,'
        " with no date given.",
        Label.CONFIRMED,
    ),
    Case(
        "a-site-named-for-the-maker-relaying-a-source",
        SHOW2,
        "Emberline reportedly renewed for a second season",
        "What's on Streamly says a source told it Emberline has been renewed for a second"
        ' season, but the renewal "isn\'t yet officially confirmed by Streamly".',
        Label.RUMOURED,
    ),
    Case(
        "takings-in-crore",
        FILM,
        "Lantern Road 2 overthrows its rivals",
        'On its first Monday, Lantern Road 2 "touched the coveted Rs.100 crore mark".',
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

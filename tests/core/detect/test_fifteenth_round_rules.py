"""The rules added in the fifteenth round (issue 5: `holdout46.jsonl` to `holdout56.jsonl`
and blind timelines 9 to 11, each measured before this round changed anything for it),
one short made-up item each: made-up products, and none of these sentences is in a
labelled set, so each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

BRAWLER = Target(name="Grand Brawl Bros. Deluxe", maker="Kestrel Games")
SLATE = Target(name="Lumen Slate 2", maker="Lumen")
ASSIST = Target(name="Orbit Assist", maker="Orbit Labs")
EXPANSION = Target(name="Starfall Saga: Emberfront", aliases=("Emberfront",), maker="Lantern Works")
CORVID = Target(name="Corvid OS 9", maker="Corvid Systems")
CROWN = Target(name="Hollow Crown 2", maker="Rookery Games")
MESH = Target(name="Lattice Mesh", maker="Lattice Networks")
TALLY = Target(name="Tally for iPad", maker="Quill Software")
COINED = Target(name="Vexmoor", maker="Ashgrove Games")
WORD = Target(name="Ember", maker="Ashgrove Games")
NOVEL = Target(name="Lowtide", aliases=("Lowtide by Mara Quill",), maker="Heron Books")
ALBUM = Target(name="Meadow (Dana Reeve album)", aliases=("Meadow",), maker="Lantern Records")

CASES = [
    Case(
        "an-abbreviation-point-may-be-dropped",
        BRAWLER,
        "Grand Brawl Bros Deluxe is out now on Switch",
        "The fighting game is available today for $59.99.",
        Label.RELEASED,
    ),
    Case(
        "reviews-in-advance-of-the-release-are-no-release",
        SLATE,
        "Lumen Slate 2: review roundup",
        "In advance of Lumen's release of the Lumen Slate 2, reviews of the tablet have hit "
        "the web.",
        Label.CONFIRMED,
    ),
    Case(
        "a-rollout-that-initially-begins-has-begun",
        ASSIST,
        "Orbit Labs brings Orbit Assist to its browser",
        "Orbit Assist answers questions about any page. The rollout initially begins in "
        "Canada on desktop.",
        Label.RELEASED,
    ),
    Case(
        "a-word-of-the-full-name-tells-which-one-word-name",
        EXPANSION,
        "Starfall Saga's next expansion is Emberfront",
        "The director said Emberfront will launch on June 3.",
        Label.CONFIRMED,
    ),
    Case(
        "released-to-manufacturing-is-not-on-sale",
        CORVID,
        "Corvid OS 9 has been released to manufacturing",
        "PCs running it go on sale on October 20.",
        Label.CONFIRMED,
    ),
    Case(
        "the-rtm-build-rolling-out-to-partners-is-not-on-sale",
        CORVID,
        "Corvid OS 9 reaches a milestone",
        "Corvid Systems said it is now rolling out the RTM build of Corvid OS 9 to PC makers.",
        Label.CONFIRMED,
    ),
    Case(
        "gone-gold-is-finished-not-out",
        CROWN,
        "Hollow Crown 2 is finished",
        "Rookery Games says Hollow Crown 2 has gone gold and will launch on May 2.",
        Label.CONFIRMED,
    ),
    Case(
        "the-router-is-the-product-and-its-date-is-ahead-of-a-here-headline",
        MESH,
        "Lattice Networks' next big play for your home is here",
        "The company showed the new Lattice Mesh; the router is available on March 30.",
        Label.CONFIRMED,
    ),
    Case(
        "a-joined-name-may-end-in-a-coined-lowercase-name-and-a-plural",
        TALLY,
        "Tally arrives on iPads",
        "Quill Software's note-taking app is out now.",
        Label.RELEASED,
    ),
    Case(
        # (The rules read no release plan in "adding support" either: the model may.)
        "will-be-adding-support-is-no-release",
        TALLY,
        "Quill Software on Tally for iPad",
        '"We will be adding support for Tally for iPad next year," a Quill Software '
        "spokesperson said.",
        Label.NONE,
    ),
    Case(
        "remembering-someone-saying-is-no-recall",
        TALLY,
        "Is Tally for iPad finally coming?",
        "The writer recalls a Quill Software engineer saying they would do it when it is ready.",
        Label.NONE,
    ),
    Case(
        "leaks-that-an-announcement-follows-are-past",
        MESH,
        "Lattice Mesh is official",
        "Following a couple of big leaks, Lattice Networks is officially announcing the Lattice "
        "Mesh; it will be out this fall.",
        Label.CONFIRMED,
    ),
    Case(
        "a-coined-one-word-name-needs-no-maker",
        COINED,
        "Vexmoor is out now on PC",
        "The gothic action game sold 200,000 copies on its first day.",
        Label.RELEASED,
    ),
    Case(
        "a-dictionary-word-name-still-needs-its-maker",
        WORD,
        "Ember is out now on PC",
        "The gothic action game sold 200,000 copies on its first day.",
        Label.NONE,
    ),
    Case(
        "a-book-that-will-be-published-on-a-date-is-confirmed",
        NOVEL,
        "Heron Books announces Lowtide",
        "Lowtide, Mara Quill's fourth novel, will be published by Heron Books on September "
        "24, the publisher has announced.",
        Label.CONFIRMED,
    ),
    Case(
        "a-feature-that-will-be-added-soon-is-confirmed",
        ASSIST,
        "Orbit Labs unveils Orbit Assist",
        "Orbit Labs announced that Orbit Assist will be added to its browser soon.",
        Label.CONFIRMED,
    ),
    Case(
        "another-artists-album-of-the-same-name-is-another-album",
        ALBUM,
        "Album review: Kim Ortega's Meadow",
        "Kim Ortega's fifth album Meadow is out now on vinyl and streaming.",
        Label.NONE,
    ),
    Case(
        "the-owner-in-the-qualifier-tells-which-album",
        ALBUM,
        "Dana Reeve releases Meadow",
        "The singer's new album Meadow is out now on vinyl and streaming.",
        Label.RELEASED,
    ),
    Case(
        "coming-and-a-month-is-a-plan",
        CROWN,
        "Introducing Hollow Crown 2",
        "Rookery Games introduces Hollow Crown 2, a sequel with a new kingdom, coming December "
        "3 for $59.99.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "the-coming-decade-is-no-december",
        ASSIST,
        "Orbit Labs looks ahead",
        "Orbit Assist has changed the coming decade for browsers, its designer says.",
        Label.NONE,
    ),
    Case(
        "putting-an-end-to-the-rumours-is-no-rumour",
        SLATE,
        "Lumen unveils the Lumen Slate 2",
        "Lumen put an end to the rumors with the Lumen Slate 2, which will be available on "
        "August 2.",
        Label.CONFIRMED,
    ),
    Case(
        "a-name-sharing-its-first-words-with-a-sibling-in-a-list",
        Target(name="Nimbus Watch Ultra 3", maker="Nimbus Devices"),
        "Nimbus Watch Series 9 and Ultra 3 are out now",
        "Both watches are on sale today in 30 countries.",
        Label.RELEASED,
    ),
    Case(
        "rolling-out-in-the-coming-weeks-is-ahead",
        ASSIST,
        "Say hello to Orbit Assist",
        "Orbit Assist is rolling out to more than 40 countries in the coming weeks.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "rolling-out-now-and-to-more-later-is-out",
        ASSIST,
        "Say hello to Orbit Assist",
        "Orbit Assist is rolling out now in the US, and to more than 40 countries in the "
        "coming weeks.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_fifteenth_round_rule(case: Case) -> None:
    case.check()

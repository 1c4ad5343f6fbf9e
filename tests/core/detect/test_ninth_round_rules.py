"""The rules added in the ninth round (issue 5: the two real timelines that still failed,
`analogue-pocket` and `google-bard`), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Also from the residue of the earlier sets: a product without a name
yet, described by its target name ("Corvid smart ring")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

HANDHELD = Target(name="Kestrel Deck", maker="Kestrel")
BOT = Target(name="Parrot Chat", maker="Avian Labs")
RING = Target(name="Corvid smart ring", maker="Corvid")

CASES = [
    # A condition on a coming state is no release: the worst failure is a false one.
    Case(
        "when-it-becomes-available-is-ahead",
        BOT,
        "Avian asks staff to test Parrot Chat daily",
        "The memo wants to avoid embarrassment when Parrot Chat becomes widely available.",
        Label.RUMOURED,
    ),
    Case(
        "wont-be-out-until-gives-a-date",
        HANDHELD,
        "Kestrel Deck",
        "Lovely handheld, even though the Kestrel Deck won't be out until sometime in 2027.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "once-it-became-available-is-past",
        BOT,
        "A year of Parrot Chat",
        "Once Parrot Chat became available last spring, sign-ups soared.",
        Label.RELEASED,
    ),
    # The maker's bare "Available <year>" is a dated commitment.
    Case(
        "available-and-a-year-from-the-maker-confirms",
        HANDHELD,
        "Kestrel Deck",
        'Kestrel announces the Kestrel Deck, a handheld with a 3.5-inch screen; "$249. '
        'Available 2027."',
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-price-does-not-hide-the-verb-after-it",
        HANDHELD,
        "Kestrel's handheld plays old cartridges",
        "The Kestrel Deck plays original cartridges; it will cost $249 and ship in 2027.",
        Label.CONFIRMED,
    ),
    # A staged opening that has begun is a release, even after a trusted-tester phase.
    Case(
        "opening-access-after-testers-is-a-release",
        BOT,
        "Avian opens a waiting list for Parrot Chat",
        "After a month with trusted testers, Avian is starting to open access to Parrot Chat "
        "in two countries today.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "removing-the-waitlist-is-a-release",
        BOT,
        "What's next for Parrot Chat",
        "Avian said it is removing the waitlist and opening Parrot Chat in 120 countries.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "first-units-arriving-in-homes-is-a-release",
        HANDHELD,
        "Everyone wants a Kestrel Deck",
        'The Kestrel Deck has drawn attention "since the first units started arriving in homes".',
        Label.RELEASED,
        published=date(2026, 12, 2),
    ),
    # A product without a name yet is written as its description.
    Case(
        "a-description-with-the-maker-and-hearsay-is-a-rumour",
        RING,
        "Corvid is exploring a smart ring, people familiar say",
        "The company has built prototypes; Corvid declined to comment.",
        Label.RUMOURED,
    ),
    Case(
        "a-one-word-description-with-the-maker-and-hearsay-is-a-rumour",
        Target(name="Corvid handheld", maker="Corvid"),
        "Corvid is developing a handheld to take on consoles",
        "It is in the early stages, according to people familiar with the matter.",
        Label.RUMOURED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_ninth_round_rule(case: Case) -> None:
    case.check()

"""The rules added in the forty-first and forty-second rounds (issue 5: the errors of the
blind timelines timelines146 and timelines151, the early confirmations a retrained second
opinion let through on the timelines, and the blind sets holdout377-382 and 392), one short made-up
item each: made-up products, and none of these sentences is in a labelled set, so each case
checks the rule rather than a memorised phrasing. Each case failed on the code before its
rule, except the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

WATCH = Target(name="Velmar Halo", aliases=("Halo watch",), maker="Velmar")
PORT = Target(name="Orrin Skies for PC", aliases=("Orrin Skies PC",), maker="Velmar Games")
FILM = Target(name="Quill Harbour", maker="Velmar Pictures")
BOX_SET = Target(name="Lost Tapes II", maker="Orrin Records")
PHONE = Target(name="Velmar Phone 5", maker="Velmar")
ROMAN = Target(name="Velmar Orbit S III", aliases=("Orbit S III",), maker="Velmar")
BOOK = Target(name="Ash and Ember", aliases=("Ash & Ember",), maker="Quill Books")
MODEL = Target(name="Velmar Mind 3", maker="Velmar AI")
SERIES = Target(name="Quill Crossing", aliases=("Quill Crossing (2026 series)",), maker="Orrin TV")

CASES = [
    Case(
        "a-leaked-document-of-the-maker-is-not-the-maker-speaking",
        WATCH,
        "Velmar's watch plans leak",
        'A "supposedly leaked Velmar document" dated 2024 outlines the Velmar Halo: "a $299 '
        'price tag and a 2026 release window".',
        Label.RUMOURED,
    ),
    Case(
        "the-makers-leaker-is-not-the-maker",
        WATCH,
        "Velmar Halo date tipped",
        "According to Velmar leaker Quill Bright, Velmar will release the Velmar Halo on August 9.",
        Label.RUMOURED,
    ),
    # Guard: according to the maker itself, it is on record.
    Case(
        "according-to-the-maker-is-on-record",
        WATCH,
        "Velmar Halo dated",
        "According to Velmar, the Velmar Halo will be released on August 9.",
        Label.CONFIRMED,
    ),
    Case(
        "what-a-preview-expects-to-see-is-a-guess",
        WATCH,
        "What to expect at Velmar's fall event",
        "Preview of the fall event: we expect to see the Velmar Halo with new bands, per a "
        "guide culled from the rumours of the past year.",
        Label.RUMOURED,
    ),
    Case(
        "orders-for-the-target-likely-to-start-is-a-guess",
        WATCH,
        "Pre-Orders for Velmar Halo Likely to Start on September 15",
        "Shipments could follow a week later.",
        Label.RUMOURED,
    ),
    Case(
        "orders-that-will-likely-start-later-in-the-clause-are-a-guess",
        WATCH,
        "Velmar Halo dates",
        "Based on past schedules, pre-orders for the new Velmar Halo and its companion bands "
        "will likely start September 15.",
        Label.RUMOURED,
    ),
    # Guard: orders the maker opens on a day are its plan.
    Case(
        "orders-the-maker-opens-on-a-day-are-confirmed",
        WATCH,
        "Velmar Halo pre-orders start September 15",
        "Velmar says pre-orders for the Velmar Halo start September 15.",
        Label.CONFIRMED,
    ),
    Case(
        "a-tip-from-an-employee-is-hearsay",
        WATCH,
        "Velmar Halo orders",
        "A blog relays a tip from a carrier employee that pre-orders for the Velmar Halo open "
        "September 13.",
        Label.RUMOURED,
    ),
    Case(
        "a-pre-load-available-now-is-not-the-game",
        PORT,
        "Orrin Skies for PC unlock times detailed with Pre-Load Available Now",
        "The port unlocks on Friday at 2AM.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "a-rollout-map-published-is-not-the-game",
        PORT,
        "Orrin Skies for PC unlock times",
        "Velmar Games published a global rollout map for Orrin Skies for PC; the port "
        "unlocks at 2AM on Friday.",
        Label.NONE,
    ),
    Case(
        "a-first-weekend-with-takings-is-a-film-in-cinemas",
        FILM,
        "Quill Harbour stumbles",
        'Quill Harbour "will close out its first domestic weekend with a weak $21 million".',
        Label.RELEASED,
    ),
    Case(
        "the-release-of-the-long-awaited-is-ahead",
        BOX_SET,
        "Lost Tapes II news is on the way",
        "The singer confirmed that his teaser had to do with the release of the long-awaited "
        "Lost Tapes II.",
        Label.NONE,
    ),
    # Guard: the release of it, with nothing that awaits it, is behind.
    Case(
        "the-release-of-it-is-behind",
        BOX_SET,
        "Fans rush the shops",
        "Record shops sold out within days of the release of Lost Tapes II.",
        Label.RELEASED,
    ),
    Case(
        "the-writer-calling-it-all-a-rumour-disowns-the-headline",
        PHONE,
        "Velmar Phone 5 Release Date: Pre-Orders Planned for Sept 12",
        "More reports point to a Sept. 12 announcement with same-day pre-orders. All of this "
        "is still just a rumor, though.",
        Label.RUMOURED,
    ),
    # Guard: an aside in brackets about another claim disowns only that claim.
    Case(
        "an-aside-in-brackets-disowns-only-its-claim",
        PHONE,
        "Velmar Phone 5 pre-orders open September 12",
        "Velmar says pre-orders for the Velmar Phone 5 open September 12; a cheaper model may "
        "follow (this is all just speculation).",
        Label.CONFIRMED,
    ),
    Case(
        "a-plan-retold-as-hearsay-in-the-body-is-the-hearsays",
        PHONE,
        "Velmar Phone 5 release date: pre-orders set for September 12",
        'Citing iMore, pre-orders "will kick off" on September 12 with shipments nine days later.',
        Label.RUMOURED,
    ),
    Case(
        "a-source-who-confirmed-is-hearsay",
        PHONE,
        "Velmar Phone 5 in late September",
        'A blog says "a carrier source confirmed" the Velmar Phone 5 will launch in late '
        "September.",
        Label.RUMOURED,
    ),
    Case(
        "a-letter-and-a-roman-numeral-may-be-written-together",
        ROMAN,
        "Velmar Orbit SIII released in 28 countries around the world",
        "Velmar completed its biggest launch with the release of the Orbit SIII in 28 "
        "countries, aiming for 145 countries by the end of July; pre-orders passed 9 million.",
        Label.RELEASED,
        published=date(2026, 5, 29),
    ),
    Case(
        "an-action-figure-of-the-character-is-not-the-series",
        SERIES,
        "Orrin Toys: Quill Crossing action figure review",
        "A review of the Quill Crossing action figure, currently releasing via online stores.",
        Label.NONE,
    ),
    Case(
        "a-review-of-a-work-of-an-earlier-year-is-that-work",
        SERIES,
        "Honourable mention: Quill Crossing",
        "A blog review of a 2009 film by a small studio about a river town.",
        Label.NONE,
    ),
    Case(
        "a-rollout-to-more-countries-later-is-the-release-under-way",
        ROMAN,
        "Velmar Orbit S III released in 28 countries around the world",
        "Velmar completed its biggest launch with the release of the Orbit S III in 28 "
        "countries, aiming for 145 countries by the end of July.",
        Label.RELEASED,
        published=date(2026, 5, 29),
    ),
    Case(
        "pre-orders-counted-are-no-orders-opened",
        ROMAN,
        "Velmar Orbit S III released in 28 countries around the world",
        "Velmar completed its biggest launch yet; pre-orders passed 9 million.",
        Label.RELEASED,
        published=date(2026, 5, 29),
    ),
    Case(
        "a-review-of-episodes-seen-in-advance-is-before-the-release",
        SERIES,
        "Quill Crossing season review: 9 ups and 3 downs",
        'Our verdict on Quill Crossing, "arriving just in time for Halloween": having seen all '
        "8 episodes in advance, here is what worked.",
        Label.CONFIRMED,
    ),
    Case(
        "a-name-quoted-as-an-episodes-title-is-that-episode",
        BOOK,
        "Review: Harbour Kings - 'Ash and Ember' (Season Finale S1E10)",
        "A reviewer new to the books praises the season one finale.",
        Label.NONE,
    ),
    # Guard: "the first episode of 'X'" is the series' own.
    Case(
        "the-first-episode-of-a-quoted-name-is-its-own",
        SERIES,
        "Quill Crossing returns",
        "The first episode of 'Quill Crossing' season two will be out tonight, Orrin TV says.",
        Label.CONFIRMED,
    ),
    Case(
        "a-leaked-document-published-then-removed-is-no-release",
        MODEL,
        "Velmar Mind 3 Leak: Velmar Quietly Drops a Game-Changer",
        'Velmar Mind 3 "has surfaced via a leaked model card", a document "published, then '
        "quickly removed, from the lab's servers\", without a single press release.",
        Label.RUMOURED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

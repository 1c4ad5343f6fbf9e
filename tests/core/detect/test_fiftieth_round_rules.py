"""The rules added in the sixty-eighth and sixty-ninth rounds (issue 5: what kept a retrained
second opinion from landing, the event invitations and leaked store pages the rules read as
the maker on record; then the errors of the blind sets holdout610-621 and the timelines),
one short made-up item each: made-up products, and none of these sentences is in a
labelled set, so each case checks the rule rather than a memorised phrasing. Each case failed
on the code before its rule, except the guards beside them, which pin what the rule must
leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect import second_opinion
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

PHONE = Target(name="Velmar Cirrus", aliases=("Cirrus",), maker="Velmar")
WATCH = Target(name="Orrin Pulse", aliases=("Pulse",), maker="Orrin")
GAME = Target(name="Quillstorm", aliases=(), maker="Velmar Games")
SHIP = Target(name="Velmar Star", aliases=("Star",), maker="Velmar Cruises")
JET = Target(name="Velmar Jet", aliases=("VJ-1",), maker="Velmar Aero")
RELEASE = Target(name="Kestrel 1.40", aliases=("Kestrel v1.40",), maker="Kestrel Project")
LINE = Target(name="Quillrail Line 3", aliases=("Line 3",), maker="Quillrail Transit")
TOOL = Target(name="Lumen Quill Erase", aliases=("Quill Erase",), maker="Lumen")
RIDE = Target(name="Orrin Blitz", aliases=("Blitz",), maker="Orrin Parks")
SYSTEM = Target(name="Velmar OS 7", aliases=(), maker="Velmar")
COASTER = Target(name="Orrin Bolt", aliases=(), maker="Orrin Parks")
STREAMER = Target(name="Velmar Now", aliases=(), maker="Velmar")
ARENA = Target(name="Orrin Arena", aliases=(), maker="Orrin Venues")
SHOW = Target(
    name="What If Velmar? Season 2", aliases=("What If Velmar Season 2",), maker="Orrin Studios"
)

CASES = [
    Case(
        "an-event-announced-and-the-target-expected-at-it-is-a-rumour",
        PHONE,
        "Velmar announces 'Think bright' event on May 3, expected to be Cirrus launch",
        "Velmar confirmed the event at its headquarters; the invite names no products.",
        Label.RUMOURED,
    ),
    Case(
        "an-invite-to-a-keynote-where-it-is-expected-is-a-rumour",
        WATCH,
        "Orrin sends invites for its May 3 keynote",
        "Orrin sent invites for a keynote on May 3, where the Orrin Pulse is expected to launch.",
        Label.RUMOURED,
    ),
    Case(
        "an-event-expected-to-be-held-is-no-guess-at-the-product",
        PHONE,
        "Velmar will launch the Cirrus on May 3",
        "Velmar said it will launch the Cirrus at an event on May 3, expected to be held in Paris.",
        Label.CONFIRMED,
    ),
    Case(
        "a-store-page-taken-down-is-a-leak",
        GAME,
        "Quillstorm spotted on a store",
        "According to the now-removed store page, Quillstorm is slated to launch on October 8.",
        Label.RUMOURED,
    ),
    Case(
        "the-makers-store-page-is-on-record",
        GAME,
        "Quillstorm gets a date",
        "According to its store page, Quillstorm is slated to launch on October 8.",
        Label.CONFIRMED,
    ),
    Case(
        "a-name-with-a-sentence-end-in-it-is-one-clause",
        SHOW,
        "Orrin+ this week",
        "Fans waited two years. What If Velmar? Season 2 is now streaming on Orrin+.",
        Label.RELEASED,
    ),
    Case(
        "a-guess-the-shows-name-is-written-with-guesses-nothing",
        SHOW,
        "What If Velmar Head Writer Talks Season 2",
        "The head writer of What If Velmar said season 2 premieres on Orrin+ on May 3.",
        Label.CONFIRMED,
    ),
    Case(
        "a-ship-that-sailed-its-maiden-voyage-is-in-service",
        SHIP,
        "Velmar Star sails at last",
        "The 2,900-passenger Velmar Star has sailed its maiden voyage from Southampton.",
        Label.RELEASED,
    ),
    Case(
        "an-aircrafts-maiden-flight-is-a-test",
        JET,
        "Velmar Jet takes off",
        "The Velmar Jet made its maiden flight from Toulouse on Monday.",
        Label.NONE,
    ),
    Case(
        "features-moving-to-beta-are-no-beta-of-the-release",
        RELEASE,
        "Kestrel v1.40 highlights",
        "The release team picked its favourites in Kestrel v1.40: sidecars graduating to stable "
        "and pod resize moving to beta.",
        Label.NONE,
    ),
    Case(
        "a-line-that-has-begun-operations-is-open",
        LINE,
        "Quillrail Line 3 is running",
        "The long-delayed Quillrail Line 3 has begun operations with no ceremony.",
        Label.RELEASED,
    ),
    Case(
        "ai-before-a-features-name-is-no-other-brand",
        TOOL,
        "Tutorial for AI Quill Erase in Lumen",
        "AI Quill Erase is now available in all Lumen apps.",
        Label.RELEASED,
    ),
    Case(
        "german-opened-on-a-day-written-the-german-way",
        RIDE,
        "Orrin Blitz",
        "Die Eröffnung war für 2023 geplant. Letztlich wurde sie am 26. April 2024 eröffnet.",
        Label.RELEASED,
    ),
    Case(
        "german-erschienen-is-out",
        SYSTEM,
        "Velmar OS 7 erschienen",
        "Velmar OS 7 bringt ein neues Design.",
        Label.RELEASED,
    ),
    Case(
        "italian-distribution-has-begun-is-out",
        SYSTEM,
        "Velmar OS 7 arriva",
        "È infatti iniziata la distribuzione di Velmar OS 7 sui telefoni del 2025.",
        Label.RELEASED,
    ),
    Case(
        "has-begun-distributing-is-out",
        SYSTEM,
        "Velmar OS 7 update",
        "Velmar has begun distributing Velmar OS 7 to its 2025 phones.",
        Label.RELEASED,
    ),
    Case(
        "the-rumours-are-true-leaves-no-hedge",
        PHONE,
        "Velmar Cirrus vs Cirrus Mini",
        "The rumours are true: six months after the Cirrus Mini, Velmar has just taken the wraps "
        "off the Cirrus at its Berlin event.",
        Label.NONE,
    ),
    Case(
        "if-the-rumours-are-true-is-still-a-guess",
        PHONE,
        "Velmar Cirrus vs Cirrus Mini",
        "If the rumours are true, six months after the Cirrus Mini, Velmar will take the wraps "
        "off the Cirrus at its Berlin event.",
        Label.RUMOURED,
    ),
    Case(
        "portuguese-after-months-of-rumours-is-hearsay-over",
        PHONE,
        "Velmar anuncia o Cirrus",
        "Após meses de antecipação e rumores, a Velmar anunciou oficialmente o Cirrus.",
        Label.NONE,
    ),
    Case(
        "a-names-now-before-streaming-is-no-release",
        STREAMER,
        "Should you try Velmar Now?",
        "Last night Velmar unveiled its long-awaited Velmar Now streaming service, which will "
        "launch tomorrow at $35 a month.",
        Label.CONFIRMED,
    ),
    Case(
        "delays-that-are-over-plan-nothing",
        ARENA,
        "A belated, brilliant night at the Orrin Arena",
        "After three weeks of chaos and delays, tonight the band is the first act to play the "
        "Orrin Arena.",
        Label.NONE,
    ),
    Case(
        "a-launched-coaster-is-a-kind-of-ride",
        COASTER,
        "Orrin Parks reveals Orrin Bolt",
        "Orrin Parks has announced Orrin Bolt, a record-breaking steel launched wing roller "
        "coaster.",
        Label.RUMOURED,
    ),
    Case(
        "on-sale-weeks-after-an-event-ahead-is-a-plan",
        WATCH,
        "Orrin Pulse to ship after a May launch",
        "Orrin will show the Pulse on May 3; the watch goes on sale about four weeks later.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


def test_a_launch_date_announcement_day_is_not_the_launch_day() -> None:
    """ "Launch date announcement April 23": the day is the announcement's, so the headline
    dates no launch."""
    detection = read_by_rules(
        PHONE, "Velmar Cirrus launch date announcement April 23, says CEO", "", date(2026, 4, 1)
    )
    assert detection.label is not Label.CONFIRMED, detection


def test_an_event_guess_caps_the_second_opinion_at_a_rumour() -> None:
    assert (
        second_opinion.ceiling(("unofficial:event-guess", "hedge-weak:expected")) is Label.RUMOURED
    )

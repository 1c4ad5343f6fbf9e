"""The rules added in the seventy-fifth round (issue 5: the errors of the blind sets
holdout766-789), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the three guards, which
keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

SAGA = Target(name="The Amber Lantern Saga", aliases=(), maker="Tessel Books")
SEQUEL = Target(name="The Quill Knight 4", aliases=(), maker="Orrin Games")
ORCHARD = Target(name="The Orchard", aliases=(), maker="Velmar Studios")
OS = Target(name="Velmar OS", aliases=(), maker="Velmar")
PAD = Target(name="Velmar Pad", aliases=(), maker="Velmar")
RIDE = Target(name="Skyfall Coaster", aliases=(), maker="Parkland Resorts")
GAME = Target(name="Tide of Embers", aliases=(), maker="Orrin Games")
BANKNOTE = Target(name="Velmar £20 note", aliases=("new £20 note",), maker="Bank of Velmar")
DRIVE = Target(name="Orrin Drive", aliases=(), maker="Orrin")
SEARCH = Target(name="Orrin Search", aliases=(), maker="Orrin")
TUNNEL = Target(name="Velmar Base Tunnel", aliases=(), maker="Velmar Rail")
FILM = Target(name="Lantern Road", aliases=(), maker="Orrin Pictures")
PHONE = Target(name="Velmar Trek 650", aliases=("Trek 650",), maker="Velmar")
CARD = Target(name="Orrin Arc 680", aliases=("Arc 680",), maker="Orrin")
HANDHELD = Target(name="Play Pocket Advance", aliases=(), maker="Orrin")
NOTE = Target(name="Ada Vell $10 note", aliases=(), maker="Bank of Velmar")
FIVER = Target(name="Bank of Velmar polymer £5 note (Brandt)", aliases=(), maker="Bank of Velmar")

CASES = [
    Case(
        "a-title-without-its-the",
        SAGA,
        "Tessel delays Amber Lantern Saga",
        "The publisher said it will now publish Amber Lantern Saga on May 4.",
        Label.CONFIRMED,
    ),
    Case(
        "a-numbered-title-without-its-the",
        SEQUEL,
        "Quill Knight 4 is out now",
        "Orrin's sequel Quill Knight 4 is now available on PC and consoles.",
        Label.RELEASED,
    ),
    Case(
        "guard-one-word-left-is-no-title",
        ORCHARD,
        "Orchard reopens for the season",
        "The apple orchard is now open to visitors every weekend.",
        Label.NONE,
    ),
    Case(
        "turns-ten-today-is-out",
        OS,
        "Velmar OS turns 10 today",
        "Velmar's desktop system has millions of users a decade on.",
        Label.RELEASED,
    ),
    Case(
        "years-old-today-is-out",
        OS,
        "A look back",
        "Velmar OS is 25 years old today, and its users remember the launch queues.",
        Label.RELEASED,
    ),
    Case(
        "guard-someone-elses-age-is-not-the-products",
        PAD,
        "Velmar Pad designer looks back",
        "The Velmar Pad's designer Ada Vell turns 70 and looks back on her career.",
        Label.NONE,
    ),
    Case(
        "a-note-entering-circulation-is-out",
        BANKNOTE,
        "New polymer £20 note enters circulation",
        'The Bank of Velmar said the new £20 note "has entered circulation for the first time".',
        Label.RELEASED,
    ),
    Case(
        "availability-announced-is-availability",
        DRIVE,
        "Orrin Drive for everyone",
        "Today, Orrin announced the worldwide availability of Orrin Drive, its storage app.",
        Label.RELEASED,
    ),
    Case(
        "guard-availability-announced-for-later-is-a-plan",
        DRIVE,
        "Orrin Drive dated",
        "Orrin announced the general availability of Orrin Drive starting next month: the "
        'app "will launch on April 2".',
        Label.CONFIRMED,
    ),
    Case(
        "went-fully-online-is-out",
        SEARCH,
        "The story of Orrin Search",
        "Unveiled on May 28, Orrin Search went fully online on June 3, replacing the old site.",
        Label.RELEASED,
        published=date(2026, 7, 10),
    ),
    Case(
        "begun-scheduled-services-is-open",
        TUNNEL,
        "First trains through",
        "Passenger trains have begun scheduled services through the Velmar Base Tunnel.",
        Label.RELEASED,
    ),
    Case(
        "an-oscar-won-is-out",
        FILM,
        "Lantern Road wins best animated feature",
        '"Lantern Road has won the Oscar for best animated feature", the studio\'s third.',
        Label.RELEASED,
    ),
    Case(
        "a-ports-cancellation-is-not-the-games",
        GAME,
        "Tide of Embers dated, Wii U version dropped",
        'Tide of Embers "will launch on April 11"; the Wii U version "is formally cancelled".',
        Label.CONFIRMED,
    ),
    Case(
        "no-timetable-for-when-is-a-non-answer",
        OS,
        "Velmar to show its next system",
        'A spokesman "declined to give any timetable for when Velmar OS would be released".',
        Label.RUMOURED,
    ),
    Case(
        "almost-released-is-not-yet",
        PHONE,
        "Trek 650 almost released",
        'Velmar "will release the Trek 650 on Monday", its press release says.',
        Label.CONFIRMED,
    ),
    Case(
        "reviews-to-come-are-no-review",
        CARD,
        "Arc 680: what we know",
        'There have been a few leaks on the card; "initial reviews of the Arc 680 will not '
        'surface until later in the month".',
        Label.RUMOURED,
    ),
    Case(
        "a-happy-anniversary-greets-what-is-out",
        HANDHELD,
        "Happy 15th anniversary, Play Pocket Advance!",
        "The writer recalls favourite cartridges.",
        Label.RELEASED,
    ),
    Case(
        "a-banknote-named-by-its-person",
        NOTE,
        "Velmar unveils new vertical $10 bills featuring Ada Vell",
        "The new $10 bank note featuring Ada Vell is now available at every bank.",
        Label.RELEASED,
    ),
    Case(
        "a-banknote-named-by-the-person-in-its-brackets",
        FIVER,
        "Brandt to feature on the next £5 note",
        'The Bank of Velmar said the new £5 note featuring Brandt "will be released in September".',
        Label.CONFIRMED,
    ),
    Case(
        "notes-entering-circulation-are-out",
        FIVER,
        "Plastic £5 notes enter circulation",
        "The new polymer £5 note featuring Brandt can now be found at cash machines.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the sixty-third round and after (issue 5: the errors of the blind
sets holdout493 onward and of the items labelled before), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

GAME = Target(name="Starfall: RISE", aliases=("Starfall RISE",), maker="Orrin Games")
PHONE = Target(name="Velmar Z8 II", aliases=("Z8 II",), maker="Velmar")
FEATURE = Target(name="Quill Sandbox", aliases=("Sandbox mode",), maker="Orrin")
MODEL = Target(name="Quill Reader OCR", aliases=("Reader OCR",), maker="Orrin")
FILM = Target(name="The Glass Keep", aliases=(), maker="Orrin Pictures")
BAND = Target(name="Velmar Pulse Band", aliases=("Pulse Band",), maker="Velmar")
AI_MODEL = Target(name="Orrin Kestrel", aliases=("Kestrel",), maker="Orrin")
CAR = Target(name="Velmar E-308", aliases=("E-308",), maker="Velmar")
ROOMS = Target(name="Quill Audio Rooms", aliases=("Audio Rooms",), maker="Quill")
BOARD_GAME = Target(name="Riverbend (board game)", aliases=("Riverbend",), maker="Orrin Games")
CHATS = Target(name="Quill voice chats", aliases=("voice chats",), maker="Quill")
MEMORY = Target(name="Velmar HBX4", aliases=("HBX4",), maker="Velmar")
CARD = Target(name="Orrin Arc Pro Q60", aliases=("Arc Pro Q60",), maker="Orrin")
DOCS = Target(name="Quill Paper", aliases=("Paper",), maker="Quill")

CASES = [
    Case(
        "a-spec-line-release-day-with-no-colon-behind-the-item-is-out",
        GAME,
        "Starfall: RISE review",
        "Platforms PC and consoles, Release Date March 2, 2026; the combat carries it.",
        Label.RELEASED,
    ),
    # Guard: the same day still ahead is a plan.
    Case(
        "a-spec-line-release-day-with-no-colon-ahead-is-a-plan",
        GAME,
        "Starfall: RISE preview",
        "Platforms PC and consoles, Release Date April 20, 2026; the combat carries it.",
        Label.CONFIRMED,
    ),
    Case(
        "became-initially-available-is-out",
        MODEL,
        "Quill Reader OCR",
        "Shown in January, Quill Reader OCR became initially available through Orrin's console.",
        Label.RELEASED,
    ),
    Case(
        "releases-in-theaters-on-a-day-ahead-is-a-plan",
        FILM,
        "The reviews are in for 'The Glass Keep'",
        "Critics are split on the fantasy, which releases in theaters and on Quillflix on Friday.",
        Label.CONFIRMED,
    ),
    Case(
        "available-to-users-running-a-test-build-is-a-beta",
        FEATURE,
        "A safer place to open strange files",
        "Quill Sandbox is available for users running Insider build 20411 or later.",
        Label.CONFIRMED,
    ),
    # Guard: available to all users is out.
    Case(
        "available-to-all-users-is-out",
        FEATURE,
        "A safer place to open strange files",
        "Quill Sandbox is available for all users of the Pro edition.",
        Label.RELEASED,
    ),
    Case(
        "a-shipping-date-ahead-under-a-selling-headline-is-a-plan",
        PHONE,
        "Velmar is selling the Z8 II through its own store too",
        "Velmar's store also takes orders for the Z8 II with a shipping date of late May.",
        Label.CONFIRMED,
        published=date(2026, 4, 2),
    ),
    Case(
        "rumours-that-were-true-after-all-settle-them",
        GAME,
        "Starfall: RISE confirmed for 2026",
        "The rumors about a brand new open-world Starfall game were true after all: Starfall: "
        "RISE is planned for 2026.",
        Label.CONFIRMED,
    ),
    Case(
        "it-is-not-a-rumour-says-the-item",
        GAME,
        "Starfall: RISE comes this fall",
        "Starfall: RISE is planned for the fall, and this isn't a rumor but an announcement "
        "from Orrin Games.",
        Label.CONFIRMED,
    ),
    Case(
        "word-on-the-street-is-hearsay",
        PHONE,
        "Velmar Z8 II back on for May?",
        "Word on the street is that the Velmar Z8 II unveiling has been moved to May 3.",
        Label.RUMOURED,
    ),
    Case(
        "a-release-date-still-to-be-announced-is-no-date",
        FILM,
        "Everything we know about The Glass Keep",
        "Fans still wait for The Glass Keep release date to be announced.",
        Label.NONE,
    ),
    Case(
        "a-day-revealed-by-mistake-is-a-leak",
        GAME,
        "Starfall: RISE release date this month",
        "A store appears to have accidentally revealed the Starfall: RISE release date: April 23.",
        Label.RUMOURED,
    ),
    Case(
        "a-window-the-maker-never-gave-is-no-plan",
        GAME,
        "Studio answers questions about Starfall: RISE",
        "A spokesperson said Starfall: RISE has not slipped to 2028, because Orrin Games never "
        "announced or promised a launch window for the game.",
        Label.RUMOURED,
    ),
    Case(
        "available-through-an-early-access-programme-is-a-preview",
        BAND,
        "Velmar Pulse Band listens to your voice",
        "Velmar says the Pulse Band is initially available through a special early access "
        "programme in the US and will cost $99 when it is more widely available.",
        # (A closed preview, as the rules read every one; the second opinion weighs it.)
        Label.RUMOURED,
    ),
    Case(
        "a-foundation-model-is-no-foundation",
        AI_MODEL,
        "Orrin to launch its own chatbot model",
        "Orrin said the Kestrel foundation model will be formally released next week.",
        Label.CONFIRMED,
    ),
    # Guard: a foundation after the name is still an organisation.
    Case(
        "a-foundation-after-the-name-is-an-organisation",
        AI_MODEL,
        "Grants for open tools",
        "The Kestrel Foundation will hand out its first grants next week.",
        Label.NONE,
    ),
    Case(
        "an-item-that-recalls-a-plan-recalls-no-cars",
        CAR,
        "Velmar crossover spotted in camouflage",
        "Spy photos of a camouflaged crossover; the story recalls Velmar's plan under which "
        "the E-308 could go on sale later.",
        Label.RUMOURED,
    ),
    Case(
        "a-test-that-launched-is-a-preview",
        ROOMS,
        "Quill Launches Test of Audio Rooms",
        "Quill is launching an initial test of Audio Rooms, where members can raise a hand "
        "to speak.",
        Label.CONFIRMED,
    ),
    Case(
        "a-game-on-kickstarter-takes-pledges",
        BOARD_GAME,
        "New 'Riverbend' Game releases on Kickstarter",
        "Backers can pledge $29 for a copy of Riverbend until October 22.",
        Label.CONFIRMED,
    ),
    Case(
        "a-kickstarter-campaign-launched-takes-pledges",
        BOARD_GAME,
        "Build a river valley",
        "Orrin Games has launched a Kickstarter campaign for Riverbend, a tile game.",
        Label.CONFIRMED,
    ),
    Case(
        "anticipated-that-is-a-guess",
        CHATS,
        "Voice chats arrive for testers",
        "Voice chats are available for beta testers, and it is anticipated that they will "
        "roll out to everyone soon.",
        Label.RUMOURED,
    ),
    Case(
        "what-will-no-longer-be-available-was-there",
        ROOMS,
        "Quill is switching off Audio Rooms",
        "First introduced in 2024, Audio Rooms let members host talks; starting June 2, Audio "
        "Rooms will no longer be available.",
        Label.RELEASED,
    ),
    # Guard: another thing taken away says nothing of the target.
    Case(
        "another-thing-no-longer-available-is-no-release-of-the-target",
        ROOMS,
        "Quill brings Audio Rooms to the web",
        "Quill will launch Audio Rooms on the web in May, after which the old Quill Stage will "
        "no longer be available.",
        Label.CONFIRMED,
    ),
    Case(
        "a-headline-that-ships-samples-is-a-closed-preview",
        MEMORY,
        "Velmar ships samples of next-generation HBX4 chips to customers",
        "",
        Label.RUMOURED,
    ),
    Case(
        "an-undated-listing-with-a-release-day-long-ago-is-out",
        CARD,
        "Arc Pro Q60 vs the rest",
        'The listing gives the Arc Pro Q60 "Release date 5 September 2025 (less than a year '
        'ago)" and a launch price of $499.',
        Label.RELEASED,
        published=None,
    ),
    Case(
        "launched-for-its-own-staff-is-no-release",
        PHONE,
        "Velmar pushes Z8 II launch back to Q3 of 2026",
        "Velmar has launched the Z8 II internally, its chief executive said on the call.",
        Label.CONFIRMED,
    ),
    Case(
        "available-on-a-trial-basis-is-a-closed-preview",
        PHONE,
        "Velmar's new phone",
        "For now, the Velmar Z8 II is available only on a trial basis to customers in two cities.",
        Label.RUMOURED,
    ),
    Case(
        "a-gift-received-is-in-hand",
        BAND,
        "From the backyard",
        "A while back, I was gifted a Velmar Pulse Band, and I wear it on every walk.",
        Label.RELEASED,
    ),
    Case(
        "available-for-download-next-wednesday-is-ahead-on-an-undated-item",
        DOCS,
        "Quill Paper available for download next Wednesday",
        "",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "out-on-a-weekday-is-ahead",
        GAME,
        "The quiet choices of Starfall: RISE",
        "An essay on Starfall: RISE, the Orrin RPG out Friday for consoles and PC.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "here-over-finally-official-is-the-reveal",
        PHONE,
        "The Velmar Z8 II is here: three things to know",
        "The Velmar Z8 II is finally official, with a bigger screen and a new camera.",
        Label.CONFIRMED,
    ),
    Case(
        "an-adverb-in-brackets-still-says-out",
        DOCS,
        "Quill Paper is (finally) out",
        "The editor now syncs drafts between phones and laptops.",
        Label.RELEASED,
    ),
    Case(
        "a-statement-before-a-semicolon-and-a-question-stands",
        DOCS,
        "Quill Paper is finally released; would its founders have waited this long?",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-launch-headline-over-a-body-not-yet-out-is-the-announcement",
        DOCS,
        "Quill launches Paper to rival the big office suites",
        "Paper is not yet available to the public.",
        Label.CONFIRMED,
    ),
    # Guard: not out in one place is out elsewhere.
    Case(
        "a-launch-headline-over-a-place-still-waiting-is-out",
        DOCS,
        "Quill launches Paper to rival the big office suites",
        "Paper is not yet available in Europe.",
        Label.RELEASED,
    ),
    Case(
        "select-consumers-invited-are-a-closed-preview",
        DOCS,
        "Quill launches Paper to rival the big office suites",
        "Right now Quill is inviting select consumers to try it.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the fifty-first to fifty-fifth rounds (issue 5: the errors of the
blind sets holdout419-433 and the timelines timelines158-160), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

BOARD = Target(name="Velmar Board 5", aliases=("VB5",), maker="Velmar")
GAME = Target(name="Two by Two", aliases=("Two by Two (video game)",), maker="Orrin Games")
SPEAKER = Target(name="Velmar Echoa (2nd generation)", aliases=("Velmar Echoa 2",), maker="Velmar")
GPU = Target(name="Velmar RX 990 Laptop GPU", aliases=("RX 990 Laptop",), maker="Velmar")

CASES = [
    Case(
        "a-writer-reporting-on-a-talk-is-no-hearsay",
        BOARD,
        "Velmar's founder promises a Velmar Board 5 in 2027",
        "Reporting on the founder's talk at a meetup, the co-founder said \"the Velmar Board 5 "
        'will launch in 2027".',
        Label.CONFIRMED,
    ),
    Case(
        "a-rumour-of-the-familys-next-member-is-the-targets",
        SPEAKER,
        "Velmar's next Echoa speaker will reportedly focus on sound quality",
        "According to sources, the next Echoa will be shorter, with a cloth covering.",
        Label.RUMOURED,
    ),
    # Guard: a rumour of the family with no next member and no release is no one's.
    Case(
        "a-rumour-of-the-family-alone-is-no-ones",
        SPEAKER,
        "Velmar's Echoa speakers will reportedly get a new voice",
        "According to sources, Echoa owners will hear a new voice.",
        Label.NONE,
    ),
    # Guard: a variant is not its line's next member ("the next Echoa" is the base model).
    Case(
        "a-variant-is-not-its-lines-next-member",
        Target(name="Velmar Echoa 3 FE", aliases=("Echoa 3 FE",), maker="Velmar"),
        "Velmar's next Echoa speaker will reportedly focus on sound quality",
        "According to sources, the next Echoa will be shorter, with a cloth covering.",
        Label.NONE,
    ),
    Case(
        "a-version-of-a-language-is-its-numbered-release",
        Target(name="Quill 26", aliases=("QDK 26",), maker="Orrin"),
        "Quill 26 delivers new features",
        '"Orrin has released version 26 of the Quill programming language", the first release '
        "since QDK 25, with ten new features.",
        Label.RELEASED,
    ),
    Case(
        "made-available-is-out",
        Target(name="Velmar G3", maker="Orrin"),
        "Orrin's chips explained",
        "In May 2022, Orrin made available Velmar G3 processors as part of its new instances.",
        Label.RELEASED,
    ),
    # A slip is no release: "documents have accidentally been made available online".
    Case(
        "made-available-by-accident-is-a-leak",
        Target(name="Velmar Cube refresh", aliases=("Velmar Cube 2",), maker="Velmar"),
        "Major leak reveals design of upcoming Velmar Cube refresh",
        'Unredacted court documents have "accidentally been made available online" and show '
        'the Velmar Cube refresh, "expected to go on sale in November".',
        Label.RUMOURED,
    ),
    # Guard: made available to pre-order is a plan.
    Case(
        "made-available-to-pre-order-is-a-plan",
        Target(name="Velmar G3", maker="Orrin"),
        "Velmar G3 makes its first appearance",
        "The Velmar G3 was recently made available to pre-order, with deliveries to begin shortly.",
        Label.CONFIRMED,
    ),
    Case(
        "an-owners-bug-report-is-no-hearsay",
        GPU,
        "Crashes with an external monitor on the RX 990 Laptop",
        'Owner of an Orrin Blade 16 with "Velmar RX 990 Laptop GPU" reports "frequent BSOD" '
        "when using a 4K monitor.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "owners-discussing-a-fault-have-it",
        GPU,
        "Velmar RX 990 Laptop GPU not detected",
        "Owners of an Orrin Blade 16 and a Quill Pro 7 discuss the Velmar RX 990 Laptop GPU not "
        "being detected after an update.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "years-away-from-being-released-is-a-plan",
        BOARD,
        "The Velmar Board 5 will come after the Board 4: CEO",
        'In an interview the CEO said the Velmar Board 5 is "years away from being released".',
        Label.CONFIRMED,
    ),
    Case(
        "a-numbered-edition-is-named-by-its-number",
        Target(name="Quill Empire: Third Edition", maker="Orrin Games"),
        "It's official: Quill Empire's long-awaited third edition will be out this year",
        "Orrin Games officially announced the third edition of Quill Empire on Friday.",
        Label.CONFIRMED,
    ),
    Case(
        "another-platforms-version-is-another-release",
        Target(name="Quill Road 2 (PC)", aliases=("Quill Road 2 for PC",), maker="Orrin Games"),
        "Quill Road 2 rated for PC",
        'A ratings board has rated the game for PC. "A PC version of Quill Road 2 has not been '
        'announced, however, it is expected"; the PS5 version came out June 26.',
        Label.RUMOURED,
    ),
    Case(
        "days-away-from-the-named-launch-is-ahead",
        Target(name="Quill Cards: Velvet Tide", aliases=("Velvet Tide",), maker="Orrin"),
        "Orrin's Velvet Tide is the card set for video game fans",
        '"At the time of writing, we are just days away from the Velvet Tide launch"; '
        'collectors are "anxiously awaiting the official release day".',
        Label.CONFIRMED,
    ),
    Case(
        "more-broadly-available-ahead-is-a-plan",
        Target(name="Velmar G4", aliases=("G4",), maker="Orrin"),
        "Orrin goes wide with Velmar G4",
        "The Velmar G4 is expected to be more broadly available through its instances next year.",
        Label.RUMOURED,
    ),
    Case(
        "they-remain-rumours-disowns-the-story",
        BOARD,
        "Still talk of the Velmar Board 5 coming to schools",
        "There is still talk of the Velmar Board 5 coming to schools. They remain rumours so "
        "we'll just have to wait and see.",
        Label.RUMOURED,
    ),
    Case(
        "a-day-that-still-needs-confirming-is-open",
        BOARD,
        "Former Velmar executive says the Board 5 comes next year",
        'He answered "Yes"; "it still needs to be confirmed exactly when the Velmar Board 5 will '
        'be launched".',
        Label.RUMOURED,
    ),
    Case(
        "a-maker-not-yet-committed-is-no-plan",
        Target(name="Velmar Rides in Lisbon", aliases=("Velmar in Lisbon",), maker="Velmar"),
        "Velmar begins exploring Lisbon",
        "Velmar said its cars will map the city, but the company has not yet committed to "
        "launching Velmar Rides in Lisbon.",
        Label.RUMOURED,
    ),
    Case(
        "an-entrys-other-kind-of-work-is-another-thing",
        Target(name="Quill Zero", aliases=("Quill",), maker="Quill Devices"),
        "Quill (1964 TV series)",
        "Encyclopedia entry on the children's show about Quill, a dolphin, which aired \"from "
        'September 1964 until April 1967".',
        Label.NONE,
    ),
    Case(
        "a-cancellation-asked-is-none",
        Target(name="Quill Street Season 4", aliases=("Quill Street S4",), maker="Orrin TV"),
        "Has Orrin Canceled Quill Street or Renewed It for Season 4?",
        '"Quill Street is renewed for Season 4," its creators said.',
        Label.CONFIRMED,
    ),
    Case(
        "a-launch-dated-by-its-past-year-is-out",
        Target(name="Velmar EX4", aliases=("EX4",), maker="Velmar"),
        "Velmar renames its electric SUV",
        "The piece recalls the Velmar EX4's 2021 arrival and its recent overhaul.",
        Label.RELEASED,
    ),
    # A year still ahead is a plan; a year before the target's own (a guard) is an earlier
    # thing's.
    Case(
        "a-launch-dated-by-a-year-ahead-is-a-plan",
        Target(name="Velmar EX4", aliases=("EX4",), maker="Velmar"),
        "Velmar EX4 news",
        "Velmar confirmed the Velmar EX4's 2027 arrival in Europe.",
        Label.CONFIRMED,
    ),
    Case(
        "a-debut-years-before-the-targets-year-is-another-things",
        Target(
            name="Quill Tacos Volcano Menu (2025 return)",
            aliases=("Volcano Menu",),
            maker="Quill Tacos",
        ),
        "What happened to the Volcano Menu?",
        "A lament recounting the Volcano Menu's 2009 debut at Quill Tacos.",
        Label.NONE,
        published=None,
    ),
    Case(
        "started-to-roll-out-is-out",
        Target(name="Quill Chat video notes", aliases=("Quill video notes",), maker="Orrin"),
        "Quill Chat adds video notes",
        'Orrin "has started to roll out the feature to Android and iOS users" and says it will '
        "reach everyone in the coming weeks.",
        Label.RELEASED,
    ),
    Case(
        "a-waitlist-no-longer-needed-is-out",
        Target(name="Velmar Rides in Lisbon", aliases=("Velmar in Lisbon",), maker="Velmar"),
        "Now anyone in Lisbon can take Velmar rides",
        "Velmar said everyone in the city can take rides in Lisbon, removing the need to join a "
        "wait list.",
        Label.RELEASED,
    ),
    Case(
        "downloadable-from-a-store-is-out",
        Target(name="Quill for iPad", aliases=("Quill iPad",), maker="Orrin"),
        "Orrin introduces Quill for iPad",
        "Subscribers can edit with Quill for iPad, while nonsubscribers can download the app "
        "for free from the App Store to read documents.",
        Label.RELEASED,
    ),
    Case(
        "a-promise-with-its-year-is-a-plan",
        Target(name="Velmar Feynman", aliases=("Feynman",), maker="Velmar"),
        "Velmar Feynman may use a new chip node",
        "After its current chips, the company has promised the Velmar Feynman design in 2028; "
        "the node is guesswork.",
        Label.CONFIRMED,
    ),
    Case(
        "a-seasons-installment-is-that-season",
        Target(name="Quill Street Season 4", aliases=("Quill Street S4",), maker="Orrin TV"),
        "No new episode of Quill Street season 3 tonight (but season 4 is happening)",
        "Ten days before the finale, Orrin TV announced a fourth installment, which will air in "
        "2027.",
        Label.CONFIRMED,
    ),
    Case(
        "a-testing-phase-kicked-off-is-no-release",
        Target(name="Velmar Cruze 9.5", aliases=("Cruze 9.5",), maker="Velmar"),
        "Velmar Cruze facelift surfaces early in unofficial images",
        '"Velmar has kicked off the road-testing phase of the facelifted Cruze 9.5"; the '
        'prototype "is expected to premiere sometime next year".',
        Label.CONFIRMED,
    ),
    Case(
        "another-lines-version-is-another-release",
        Target(name="Quillows 10 version 21H2", aliases=("Quillows 10 21H2",), maker="Orrin"),
        "Quillows 11 Version 21H2 is now available",
        "Orrin says Quillows 11 version 21H2 is rolling out to all users today.",
        Label.NONE,
    ),
    Case(
        "a-film-of-a-games-name-is-another-work",
        GAME,
        "Why 'Two by Two' is still my favourite twins movie",
        'A nostalgic essay on the film, "which came out on this day in 1996".',
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


def test_a_floor_is_no_release_day() -> None:
    """ "Won't arrive before April 15" bounds the day; it names none. Taken as the day, it
    kept two outlets' reports of the launch on April 3 from releasing it (a blind
    timeline, disney-plus-in-india)."""
    detection = read_by_rules(
        Target(name="Quill+ in Peru", aliases=("Quill+ Peru",), maker="Orrin"),
        "Quill+ Peru launch date pulled",
        "Quill+ Peru won't launch on March 29 as announced; Orrin promises a new date soon, "
        "and Quill+ Peru won't arrive before April 15.",
    )
    assert detection.label is Label.CONFIRMED, detection
    assert detection.due is None, detection

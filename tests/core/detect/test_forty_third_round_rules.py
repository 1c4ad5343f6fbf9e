"""The rules added in the fifty-first to fifty-fifth rounds (issue 5: the errors of the
blind sets holdout419-433 and the timelines timelines158-160), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

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

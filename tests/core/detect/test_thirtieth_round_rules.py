"""The rules added in the thirtieth round (issue 5: what the blind sets holdout221-226 and
timelines99-100 missed), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

ALBUM_APP = Target(name="Kite Albums", maker="Kite")
DUBBING = Target(name="Vanta auto captions", aliases=("Vanta auto-captions",), maker="Vanta")
SERIES = Target(name="Iron Harbor (TV series)", aliases=("Iron Harbor",), maker="Kite Studios")
NOTES = Target(name="Voice Notes", aliases=("Kite Voice Notes",), maker="Kite")

CASES = [
    Case(
        "a-count-of-users-reached-is-a-release",
        ALBUM_APP,
        "Kite Albums Hits 40 Million Monthly Active User Milestone",
        "The team shared the figure today.",
        Label.RELEASED,
    ),
    # Guard: a count aimed at is a goal.
    Case(
        "a-count-of-users-aimed-at-is-no-release",
        ALBUM_APP,
        "Kite's photo plans",
        "Kite wants Kite Albums to reach 40 million users within a year of its debut.",
        Label.NONE,
    ),
    # Guard: members of a waitlist are no users of the product; the waitlist is the
    # maker's commitment.
    Case(
        "members-of-a-waitlist-are-no-users",
        ALBUM_APP,
        "Kite Albums waitlist grows",
        "Kite Albums has 2 million members on the waitlist ahead of its launch.",
        Label.CONFIRMED,
    ),
    Case(
        "a-compound-adjective-is-no-other-product-released",
        DUBBING,
        "Vanta widens captions",
        "Vanta has rolled out an AI-powered auto-captions feature to hundreds of thousands of "
        "channels.",
        Label.RELEASED,
    ),
    # Guard: a product's name as the object is still another product.
    Case(
        "another-product-as-the-object-is-its-release",
        DUBBING,
        "Vanta news",
        "Vanta has rolled out Lumen Studio, an editor built on Vanta auto-captions.",
        Label.NONE,
    ),
    Case(
        "the-name-with-another-mediums-word-after-it-is-that-work",
        SERIES,
        "New Iron Harbor gaming rumors fueled by a job listing",
        "A studio lists work on an unannounced shooter, which many believe is a new Iron "
        "Harbor game; the piece notes the Iron Harbor series stars Ana Reyes.",
        Label.NONE,
    ),
    # Guard: the series itself, rumoured.
    Case(
        "the-series-rumoured-is-still-rumoured",
        SERIES,
        "Iron Harbor season rumors",
        "Iron Harbor is reportedly getting a second season, according to insiders.",
        Label.RUMOURED,
    ),
    Case(
        "a-bare-capitalised-whisper-is-the-speech-model",
        NOTES,
        "Voice Notes for Kite tablets",
        "Voice Notes records meetings and transcribes them with Whisper on the device.",
        Label.NONE,
    ),
    # Guard: whispers are still hearsay.
    Case(
        "whispers-are-hearsay",
        NOTES,
        "Voice Notes whispers",
        "Whispers from the supply chain say Kite Voice Notes will launch in May.",
        Label.RUMOURED,
    ),
    Case(
        "a-repository-named-as-one-word-is-that-apps",
        NOTES,
        "VoiceNotes 2.1 - now with batch export",
        "Release notes for VoiceNotes, an open-source desktop app that records memos.",
        Label.NONE,
        kind=ItemKind.FORUM,
        url="https://github.com/someone/voicenotes/releases",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

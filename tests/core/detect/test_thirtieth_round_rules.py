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
COMIC = Target(name="Four Masks", maker="Kite Comics")
LAPTOP = Target(name="Vanta Blade 14", maker="Vanta")
SCRIPT = Target(name="The Lantern Keeper (script book)", maker="Kite Books")
HEADSET = Target(name="Vanta Lens 2", maker="Vanta")
PAY = Target(name="Kite Pay in Vietnam", maker="Kite")
PHONES = Target(name="Kite Phone OS", aliases=("Kite phones",), maker="Kite")
RECORD = Target(name="Glass Harbor", maker="Ana Reyes")
CLOCK = Target(name="Midnight Engine", maker="Kite Comics")

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
    Case(
        "pages-of-art-released-are-no-release",
        COMIC,
        "Four Masks slips again, but new art emerges",
        "Four Masks now goes on sale on August 25, still some time away, and Kite Comics has "
        "released four new pages of art to rebuild hype.",
        Label.CONFIRMED,
    ),
    Case(
        "an-intention-to-buy-is-no-purchase",
        LAPTOP,
        "A thought on the Vanta Blade 14",
        "Vanta finally unveils the Vanta Blade 14 at $2,800. The price is the problem, and I "
        "know I'm not going to buy this.",
        Label.RUMOURED,
    ),
    # Guard: advice against buying is still advice about a product on sale.
    Case(
        "advice-against-buying-is-still-advice",
        LAPTOP,
        "I was wrong when I said you should never buy a Vanta Blade 14",
        "After a month with it, the writer changes his verdict.",
        Label.RELEASED,
    ),
    Case(
        "a-stage-plays-review-is-not-its-script-books",
        SCRIPT,
        "Broadway Review: 'The Lantern Keeper'",
        "The two-part stage play has finally come to Broadway, drawing audible gasps from the "
        "audience.",
        Label.NONE,
    ),
    Case(
        "a-review-of-the-specs-known-so-far-is-before-the-release",
        HEADSET,
        "Vanta Lens 2 Review: Smarter and Sleeker",
        "In April, Vanta announced the next version of its headset; we review the specs we "
        "know so far.",
        Label.CONFIRMED,
    ),
    Case(
        "german-available-now-with-the-place-between",
        PAY,
        "Kite Pay startet in Vietnam",
        "Nach wochenlangen Gerüchten: Kite Pay ist ab sofort in Vietnam verfügbar.",
        Label.RELEASED,
    ),
    Case(
        "a-report-the-maker-corrects-is-no-hearsay",
        PHONES,
        "Kite founder: Kite phones will ship in 2027",
        "The founder expects the first Kite phones in the first quarter of 2027, correcting an "
        "earlier report of phones shipping by October.",
        Label.CONFIRMED,
    ),
    Case(
        "an-artist-drops-the-record",
        RECORD,
        "Ana Reyes Drops 'Glass Harbor' LP",
        "After months of teasing, the reaction online is mixed.",
        Label.RELEASED,
    ),
    # Guard: dropped from a setlist is taken away.
    Case(
        "dropped-from-a-setlist-is-no-release",
        RECORD,
        "Ana Reyes drops Glass Harbor songs from her tour setlist",
        "Fans noticed on the opening night.",
        Label.NONE,
    ),
    Case(
        "not-yet-got-my-hands-on-it-is-no-owner",
        LAPTOP,
        "The Vanta Blade 14 made me consider a new laptop",
        "I haven't got my hands on the newly announced Vanta Blade 14 yet, but I'm convinced I "
        "need it.",
        Label.RUMOURED,
    ),
    Case(
        "moved-to-midnight-is-no-date",
        CLOCK,
        "Midnight Engine clock moves to 90 seconds to midnight",
        "The in-story clock that Kite Comics' Midnight Engine counts down now stands at 90 "
        "seconds.",
        Label.NONE,
    ),
    # Guard: "moved to mid-2027" is a delay.
    Case(
        "moved-to-mid-year-is-a-delay",
        CLOCK,
        "Kite Comics moves Midnight Engine to mid-2027",
        "The publisher said the series needs more time.",
        Label.CONFIRMED,
    ),
    Case(
        "a-show-back-for-a-season-is-that-season-out",
        Target(name="Iron Harbor Season 3", maker="Kite Studios"),
        "Iron Harbor's creators discuss their five-season plan",
        "The breakout series Iron Harbor has now returned for a third season on the streamer.",
        Label.RELEASED,
    ),
    # Guard: a return dated ahead is a plan.
    Case(
        "a-show-returning-for-a-season-is-a-plan",
        Target(name="Iron Harbor Season 3", maker="Kite Studios"),
        "Iron Harbor news",
        "Iron Harbor returns for a third season in November, Kite Studios said.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the seventy-ninth round (issue 5: the items of the blind sets
holdout864-884 the rules misread, and the rounds after them), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks
the rule rather than a memorised phrasing. Each case failed on the code before its rule,
except the guards, which keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.detect.names import regional_parts
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

FILM = Target(
    name="Brackenfall (2027 film)",
    aliases=("Brackenfall", "Brackenfall remake"),
    maker="Orrin Pictures",
)
ALBUM = Target(name="Shut the Fucking Lights Off!", aliases=(), maker="Velmar Records")
CARD = Target(name="Velmar VX 980", aliases=("VX 980",), maker="Velmar")
LIBRARY = Target(name="Quillform v7", aliases=("Quillform 7",), maker="Quill Project")
FEATURE = Target(name="Orrin Backroom", aliases=("Backroom",), maker="Orrin")
STREAMING = Target(name="Velmar+ in Germany", aliases=("Velmar+ Deutschland",), maker="Velmar")
STREAMING_EAST = Target(name="Velmar+ in Poland", aliases=("Velmar+ Polska",), maker="Velmar")
SYSTEM = Target(name="Velmar OS 2.1 Crumble", aliases=("Velmar OS 2.1",), maker="Velmar")
PHONE = Target(name="Orrin V30", aliases=("V30",), maker="Orrin")
LANGUAGE = Target(name="Quill 6", aliases=("Quill6",), maker="The Quill Group")
RUNTIME = Target(name="Quill 7.4", aliases=("Quill 7.4.0",), maker="The Quill Group")
DATABASE = Target(name="Orrin DB 4.0", aliases=(), maker="Orrin Foundation")
CODER = Target(name="Velmar Coder Mamba", aliases=(), maker="Velmar AI")
KNIGHT = Target(
    name="The Ashen Knight (2027 film)", aliases=("The Ashen Knight",), maker="Orrin Pictures"
)
DRAMA = Target(name="Cold Harbour Lights", aliases=(), maker="Orrin Pictures")
GAME = Target(
    name="The Lantern Keeper", aliases=("The Lantern Keeper (video game)",), maker="Quill Games"
)

CASES = [
    Case(
        "an-actors-film",
        FILM,
        "Dana Wexler and Tom Harlan's Brackenfall Remake Release Date Revealed",
        "The studio announced the film will open in theaters on December 25, 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-an-authors-book",
        FILM,
        "Mara Quint's Brackenfall is out now",
        "The novel's paperback edition reached bookshops on Tuesday.",
        Label.NONE,
    ),
    Case(
        "a-starred-oath",
        ALBUM,
        'The Long-Delayed Album "Shut the F**king Lights Off!" Drops May 2nd',
        "The label confirmed the record will be released on May 2.",
        Label.CONFIRMED,
    ),
    Case(
        "here-as-in-announced",
        CARD,
        "Velmar VX 980 tested: benchmarks and impressions",
        "The Velmar VX 980 is here, as in, Velmar has announced it; you'll be able to buy "
        "one soon.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-here-alone",
        CARD,
        "Velmar VX 980 tested: benchmarks and impressions",
        "The Velmar VX 980 is here, and it is fast.",
        Label.RELEASED,
    ),
    Case(
        "alphas-are-pre-releases",
        LIBRARY,
        "quillform alphas are missing from the registry",
        'A maintainer explains "Starting with v7, we\'re releasing on @quillform/core", '
        "where the current v7 alphas are published.",
        Label.CONFIRMED,
    ),
    Case(
        "not-in-the-release-notes",
        FEATURE,
        "Orrin briefly exposed a private chat feature called Backroom",
        "Screen recordings show the Backroom tab; it was not in the release notes, looked "
        "unfinished, and the company pulled it within hours.",
        Label.NONE,
    ),
    Case(
        "a-launch-across-europe",
        STREAMING,
        "Velmar+ launches amid the lockdowns",
        "Velmar launched its streaming service Velmar+ in the U.K. and Europe on Tuesday.",
        Label.RELEASED,
    ),
    Case(
        "guard-europe-launches-come-later-in-poland",
        STREAMING_EAST,
        "Velmar+ launches in Europe",
        "The Velmar+ app is now available in most European countries.",
        Label.NONE,
    ),
    Case(
        "an-sdk-for-developers-is-not-the-system",
        SYSTEM,
        "Velmar releases Velmar OS 2.1 SDK",
        "Velmar made the Velmar OS 2.1 SDK available to developers; phones running Velmar "
        "OS 2.1 will hit the market in October.",
        Label.CONFIRMED,
    ),
    Case(
        "a-reader-all-set-to-buy",
        PHONE,
        "Bigger than ever and full of features",
        "Review: if you're all set to buy a top-end phone, don't rule out the Orrin V30, "
        "with its metal body and second screen.",
        Label.RELEASED,
    ),
    Case(
        "a-nights-takings",
        DRAMA,
        "Cold Harbour Lights Grosses $27 Million at Midnight",
        "The film performed well in its midnight opening, earning $27 million over 3,000 "
        "locations.",
        Label.RELEASED,
    ),
    Case(
        "a-review-on-the-release-day",
        DRAMA,
        "Review – Cold Harbour Lights",
        'Release-day review ("Release Date: March 10, 2026") by a lifelong fan of the books.',
        Label.RELEASED,
    ),
    Case(
        "the-release-cancelled",
        LANGUAGE,
        "Quill 6 will not be, at all",
        "On March 11, 2010, the core team decided to cancel the release of Quill 6 in its "
        "current form.",
        Label.NONE,
    ),
    Case(
        "a-final-release-still-to-come",
        RUNTIME,
        "Quill 7.4 available on all servers",
        "We're happy to announce the release candidate of Quill 7.4 is now available on all "
        "servers, previewing the syntax coming with the final release.",
        Label.CONFIRMED,
    ),
    Case(
        "goes-ga",
        DATABASE,
        "Orrin DB 4.0 finally goes GA",
        "Orrin DB 4.0 has now entered general release, 13 months after the beta.",
        Label.RELEASED,
    ),
    Case(
        "a-count-of-parameters-is-no-other-model",
        CODER,
        "Velmar Coder Mamba 7B: a coding model breakthrough",
        "Released on July 16, this model is available under an Apache 2.0 license.",
        Label.RELEASED,
    ),
    Case(
        "a-longer-title-and-the-name",
        KNIGHT,
        "Sir Gawain and the Ashen Knight",
        "The critic reviews a new verse translation of the poem, out now in paperback.",
        Label.NONE,
    ),
    Case(
        "guard-the-name-after-its-star",
        KNIGHT,
        "Dev Marlow stars in The Ashen Knight, out now in cinemas",
        "The film opened in theaters on Friday.",
        Label.RELEASED,
    ),
    Case(
        "a-festival-premiere-to-reviews",
        DRAMA,
        "First trailer for 'Cold Harbour Lights'",
        "The film just premiered to glowing reviews from the Locarno & Busan Film Festivals "
        "ahead of its release.",
        Label.CONFIRMED,
    ),
    Case(
        "a-documentary-of-the-same-name",
        GAME,
        "The Lantern Keeper: review",
        "The critic gives the documentary about the lighthouse keepers an A-, calling it "
        "an intimate portrait.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("name", "in_europe"),
    [("Kite Chat in Germany", True), ("Kite Chat in Poland", False), ("Kite Chat (UK)", False)],
)
def test_a_country_launches_with_europe(name: str, in_europe: bool) -> None:
    assert any("Europe" in place for _, place in regional_parts((name,))) is in_europe

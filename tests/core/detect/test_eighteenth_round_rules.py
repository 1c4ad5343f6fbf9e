"""The rules added in the eighteenth round (issue 5: the timeline fixtures still late and
`holdout66.jsonl` after its first score), one short made-up item each: made-up products,
and none of these sentences is in a labelled set, so each case checks the rule rather
than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.mentions import TargetMatcher
from bot.core.detect.scope import fold
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

EDITOR = Target(name="Reelcut for Tablet", maker="Reelcut Labs")
FOLDER = Target(name="Vanta Fold 4", maker="Vanta")
REMASTER = Target(
    name="Ashen Vale Remastered", aliases=("Ashen Vale remake",), maker="Greywater Studio"
)
GAME = Target(
    name="Moonreach Chapters 2 and 3",
    aliases=("Moonreach Chapter 2", "Moonreach Chapter 3"),
    maker="Tallow Games",
)
BOARD = Target(name="Pella 2", aliases=("Pella 2 board",), maker="Pella Foundation")
SNACK = Target(name="Crunchbox", maker="Crunchbox Foods")
CAR = Target(name="Volta 3 E", maker="Volta Motors")
RIDE = Target(name="Marsh Run Adventure", maker="Lakeside Parks")
GAME2 = Target(name="Hollow Star", maker="Brightfall Studio")
FILM = Target(name="The Lantern", maker="Halcyon Bros. Pictures")
CHIP = Target(name="Kora K2", maker="Kora Semiconductor")
TABLET = Target(name="Slate Pro M1", maker="Slate")
MIXTAPE = Target(name="Mixtape AI", maker="Loopify")
ALBUM = Target(name="Glass Harbour", aliases=("GLASS HARBOUR",), maker="Mira Vale")

CASES = [
    Case(
        "much-rumour-before-is-over",
        EDITOR,
        "Review: Reelcut for Tablet",
        "'Reelcut for Tablet is here at last': after 'much rumor and speculation' it is ready "
        "to download.",
        Label.RELEASED,
    ),
    Case(
        "gone-on-sale-is-out",
        FOLDER,
        "Some Vanta Fold 4 orders slip",
        "The Vanta Fold 4 has officially gone on sale in the US and UK, though some "
        "pre-order customers will wait longer.",
        Label.RELEASED,
    ),
    Case(
        "an-article-before-a-plain-head-noun-still-names-it",
        REMASTER,
        "A classic returns?",
        "An Ashen Vale remake is reportedly in the works, according to two leakers.",
        Label.RUMOURED,
    ),
    Case(
        "a-remaster-written-apart-from-its-name",
        REMASTER,
        "Greywater's big week",
        "The remastered Ashen Vale finally came out on Thursday for PC and consoles.",
        Label.RELEASED,
    ),
    Case(
        "a-chapter-written-in-words",
        GAME,
        "Moonreach Chapter Two gets a date",
        "Tallow Games says the new chapters will be released on June 5, 2026.",
        Label.CONFIRMED,
        published=date(2026, 3, 10),
    ),
    Case(
        "a-capital-letter-after-the-number-is-another-model",
        BOARD,
        "Pella Foundation releases Pella 2 W",
        "The wireless board is on sale now for $7.",
        Label.NONE,
    ),
    Case(
        "buyers-began-to-report-after-a-dated-launch",
        SNACK,
        "The Crunchbox backlash explained",
        "After Crunchbox's launch on September 16, 2025, some buyers began to report "
        "stale crackers.",
        Label.RELEASED,
    ),
    Case(
        "since-the-albums-release",
        ALBUM,
        "Why Glass Harbour hurts so good",
        "Glass Harbour is a brave record; we have been replaying it since the album's "
        "release on Friday.",
        Label.RELEASED,
    ),
    Case(
        "a-single-quote-inside-the-phrase-is-no-word",
        MIXTAPE,
        "I want my player to copy this",
        "Opinion: other apps should copy Loopify's new Mixtape AI, which is 'currently "
        "available only to Premium subscribers' as 'a limited beta test covering two markets'.",
        Label.RELEASED,
    ),
    Case(
        "out-on-a-numeric-day-ahead",
        ALBUM,
        "Mira Vale announces Glass Harbour",
        "Glass Harbour is out 8/29 via Island. Pre-order it here.",
        Label.CONFIRMED,
        published=date(2026, 6, 11),
    ),
    Case(
        "a-debut-at-a-motor-show-is-a-reveal",
        CAR,
        "Meet the electric Volta 3 E",
        "The Volta 3 E debuted at the Paris motor show, with a 52kWh battery and a canvas roof.",
        Label.NONE,
    ),
    Case(
        "ahead-of-sales-next-year",
        CAR,
        "Meet the electric Volta 3 E",
        "The Volta 3 E was shown in Paris ahead of sales next year.",
        Label.CONFIRMED,
    ),
    Case(
        "finally-dropped-the-album",
        ALBUM,
        "Mira Vale is still dropping clues",
        "Fans read a cap as a hint; a year after the tease, she finally dropped Glass Harbour.",
        Label.RELEASED,
    ),
    Case(
        "a-ride-that-opened-earlier-this-year",
        RIDE,
        "Marsh Run Adventure heads west",
        "The second park's version comes next year; Marsh Run Adventure opened earlier this "
        "year at the Florida park.",
        Label.RELEASED,
    ),
    Case(
        "a-list-of-subjects-the-target-shares",
        TABLET,
        "In stores today",
        "The Slate Pro M1 and new Slate TV 4K are now available at Slate Stores.",
        Label.RELEASED,
    ),
    Case(
        "a-user-running-it-reports-a-fault",
        CHIP,
        "Frequencies shown wrong",
        "A FreqTool user running a Kora K2 reports that the tool shows wrong core clocks.",
        Label.RELEASED,
    ),
    Case(
        "started-arriving-on-devices",
        MIXTAPE,
        "Mixtape AI is worth the wait",
        "As promised, Mixtape AI started arriving on phones a couple of weeks ago with the "
        "December update.",
        Label.RELEASED,
    ),
    Case(
        "will-make-its-anticipated-premiere",
        FILM,
        "Critics weigh in",
        "The Lantern will make its highly anticipated premiere in theaters this Friday.",
        Label.CONFIRMED,
    ),
    Case(
        "able-to-use-it-until-the-sunset-date",
        MIXTAPE,
        "Mixtape AI is being sunset",
        "Loopify says you will be able to use Mixtape AI until the sunset date next August, "
        "with no new features.",
        Label.RELEASED,
    ),
    Case(
        "will-be-exclusive-to-a-platform",
        GAME2,
        "Hollow Star returns",
        "Brightfall has confirmed that Hollow Star will be exclusive to PlayStation 5 and PC. "
        "It currently has no release date.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_eighteenth_round_rule(case: Case) -> None:
    case.check()


def test_a_studio_speaks_without_its_trade_word() -> None:
    """ "Halcyon Bros. announced" is Halcyon Bros. Pictures on record: its dated plan is
    the maker's commitment, which one outlet may report alone."""
    detection = read_by_rules(
        FILM,
        "New Lantern film dated",
        "Halcyon Bros. announced Wednesday that it will release The Lantern on June 25, 2027.",
        date(2026, 3, 10),
    )
    assert detection.label is Label.CONFIRMED
    assert "official:on-record" in detection.cues and detection.due == date(2027, 6, 25)


def test_a_plan_names_the_day_ahead_not_the_news_day() -> None:
    """ "Today the studio confirmed it is coming January 27, 2027": the plan's day is
    January 27, not the day of the news."""
    detection = read_by_rules(
        GAME2,
        "Hollow Star gets a date",
        "Today Brightfall confirmed that Hollow Star is coming January 27, 2027.",
        date(2026, 5, 12),
    )
    assert (detection.label, detection.due) == (Label.CONFIRMED, date(2027, 1, 27))


def test_a_model_code_in_brackets_is_part_of_the_name() -> None:
    """ "Slate (14-inch, K4)" is not every Slate: a rumour of "the next Slate" is the
    line's (the family's, which needs a second voice), and "the Slate with K4" is it."""
    target = Target(name="Slate (14-inch, K4)", maker="Slate")
    matcher = TargetMatcher(target)
    assert matcher.find(fold("Slate's next model is in an advanced stage")) == []
    folded = fold("The new Slate with K4 ships Friday")
    assert [folded[m.start : m.end] for m in matcher.find(folded)] == ["Slate with K4"]


def test_the_studio_speaking_is_on_record() -> None:
    detection = read_by_rules(
        FILM,
        "The Lantern gets a date",
        "The Lantern is set to be released on March 17, 2027, the studio announced Tuesday.",
        date(2026, 3, 10),
    )
    assert "official:on-record" in detection.cues


def test_confirmed_as_a_day_by_the_maker_is_on_record() -> None:
    """ "The release date has been confirmed as March 8 by Vanta": a few words between the
    verb and "by" leave the maker the one who said it."""
    detection = read_by_rules(
        FOLDER,
        "Everything you need to know about the Vanta Fold 4",
        "The Vanta Fold 4 release date has been confirmed as March 8 by Vanta, on its own website.",
        date(2026, 2, 20),
    )
    assert "official:on-record" in detection.cues and detection.due == date(2026, 3, 8)

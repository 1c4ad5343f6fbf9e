"""The rules added in the fifth generalisation round (issue 5, `holdout5.jsonl` and the
Apple TV set and Suicide Squad timelines), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.makers import maker_initials
from bot.core.detect.partial import family_names
from bot.core.detect.window import find_times
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

SET = Target(name="Corvid television set", aliases=("Corvid TV set",), maker="Corvid")
LAKE = Target(name="Brightwater Lake", aliases=("Brightwater Lake-S",), maker="Halden")
KIT = Target(name="Nimbus Go", aliases=("Nimbus Go",), maker="Nimbus")
DB = Target(name="Tern 9", aliases=("Tern 9.0",), maker="Tern Labs")
GPU = Target(name="Halden Arc Q770", aliases=("Arc Q770",), maker="Halden")
BOARD = Target(name="glide.", aliases=("Glide 4",), maker="Northwind Interactive Arts")
HEADSET = Target(name="Vista VR2", maker="Sorrel")
HANDHELD = Target(name="Pocket Lite", maker="Kestrel")
GAME = Target(name="Night Watch: Siege of Ardent", maker="Emberfall Studios")
FILM = Target(name="Ironside 3", maker="Bluecrest Pictures")
SHOW = Target(name="Harbor Lights Season 3", maker="Northwave")
LIB = Target(name="Quill 4", aliases=("Quill 4.0",), maker="Quill project")
PIN = Target(name="Lumen Clip", maker="Lumen")


CASES = [
    # Same-name things and siblings.
    Case(
        "a-compound-word-is-another-thing",
        SET,
        "Corvid introduces a new Corvid TV set-top box",
        "The Corvid TV set-top box is available today for $99.",
        Label.NONE,
        ItemKind.OFFICIAL,
    ),
    Case(
        "a-plural-is-not-a-one-letter-variant",
        LAKE,
        "Brightwater Lakes fishing report",
        "Water levels are dropping; trolling near the north arm is producing trout.",
        Label.NONE,
    ),
    Case(
        "a-capital-letter-after-the-name-is-another-model",
        KIT,
        "Nimbus Go S is the first handheld with the new OS",
        "Nimbus announced the Nimbus Go S, due in May at $499.",
        Label.NONE,
    ),
    Case(
        "another-brand-before-a-bare-version-owns-it",
        DB,
        "Swallow 9.0 is generally available",
        "The Swallow project, forked from Tern last spring, says Swallow 9.0 is out.",
        Label.NONE,
        ItemKind.OFFICIAL,
    ),
    # Released precision.
    Case(
        "a-verb-coordinated-under-a-modal-is-not-out",
        FILM,
        "Ironside 3 could arrive this week, leaked listing suggests",
        "A store page suggests Ironside 3 could be announced and released within days.",
        Label.RUMOURED,
    ),
    Case(
        "a-launch-headline-over-orders-that-open-later",
        PIN,
        "Lumen officially launches the Lumen Clip",
        "Lumen unveiled the $499 Lumen Clip; orders open March 20, with shipping to begin in June.",
        Label.CONFIRMED,
    ),
    Case(
        "an-abbreviated-month-with-a-day-is-a-day",
        GPU,
        "Halden launches the Arc Q770",
        "Halden announced the Arc Q770; it will be available starting Mar. 28 at retailers.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    # Released, said other ways.
    Case(
        "users-told-to-update-have-it",
        LIB,
        "Quill 4.0.3 and 3.9.8 released",
        "Two security fixes; users of Quill 4 should update soon.",
        Label.RELEASED,
    ),
    Case(
        "a-relative-clause-takes-the-release-as-past",
        LIB,
        "Quill 5 arrives with a new parser",
        "Quill 5 is out a year after Quill 4, which introduced streaming reads.",
        Label.RELEASED,
    ),
    Case(
        "a-summary-present-of-today-is-out",
        GPU,
        "Arc Q770 review: fast, but loud",
        "Tested as the card goes on sale today: the Arc Q770 beats its rivals.",
        Label.RELEASED,
    ),
    Case(
        "devices-that-reached-buyers-are-out",
        PIN,
        "The Lumen Clip is just a phone app",
        "A developer ran the Lumen Clip software on a phone, days after the first devices "
        "reached buyers.",
        Label.RELEASED,
    ),
    Case(
        "views-counted-are-an-audience",
        SHOW,
        "Harbor Lights Season 3 breaks a record with 40 million views",
        "It was the biggest debut week for any season on the service.",
        Label.RELEASED,
    ),
    Case(
        "maker-initials-back-a-weak-name",
        BOARD,
        "glide. early access is out now, and it's free",
        "NIA's glide. is now playable in free early access on PC and consoles.",
        Label.RELEASED,
    ),
    # Confirmed, said other ways.
    Case(
        "a-model-number-alone-after-the-name",
        GPU,
        "Halden's Arc Q770 is a $349 card",
        "Halden announced the Arc Q770 and Q750; the Q770 will be available on March 27.",
        Label.CONFIRMED,
    ),
    Case(
        "a-studio-moves-a-film-to-a-date",
        FILM,
        "Studio moves Ironside 3 to July 2027",
        "The studio shifted Ironside 3 from May 7 to July 16, 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "officially-happening",
        SHOW,
        "Harbor Lights Season 3 is officially happening",
        "Northwave confirmed the new season with a note from the showrunner. No date yet.",
        Label.CONFIRMED,
    ),
    # Rumours.
    Case(
        "the-maker-has-only-said-less",
        PIN,
        "Lumen's wearable will reportedly be called the Lumen Clip",
        "A leaker claims the wearable will be named Lumen Clip; Lumen has only said a "
        "wearable is coming.",
        Label.RUMOURED,
    ),
    Case(
        "announced-no-such-product",
        SET,
        "Founder told biographer he had cracked the TV",
        "He wanted a simple Corvid television set; Corvid has announced no such product.",
        Label.RUMOURED,
    ),
    Case(
        "a-maker-product-with-an-indefinite-article",
        SET,
        "Why a Corvid TV set looks likely",
        "A blog argues a Corvid television set could arrive next year; Corvid declined to comment.",
        Label.RUMOURED,
    ),
    Case(
        "a-family-name-with-hearsay-is-a-rumour",
        HEADSET,
        "Sorrel's next Vista VR headset reportedly uses OLED",
        "According to sources, the next Vista VR will launch with eye tracking.",
        Label.RUMOURED,
    ),
    Case(
        "a-family-name-without-the-variant-word",
        HANDHELD,
        "Kestrel plans a cheaper Pocket, people familiar say",
        "Kestrel is planning to release a lower-priced Pocket, people familiar with the matter "
        "say.",
        Label.RUMOURED,
    ),
    Case(
        "a-series-name-before-a-colon-with-rumours",
        GAME,
        "Emberfall teases its next game, and it looks like Night Watch",
        "Reporters believe it is the long-rumoured Night Watch project, expected to be revealed "
        "next month.",
        Label.RUMOURED,
    ),
    Case(
        "a-family-name-with-a-date-is-anyones",
        HEADSET,
        "Sorrel's Vista VR gets a price cut",
        "Sorrel said the Vista VR will cost $299 from April.",
        Label.NONE,
    ),
    Case(
        "a-family-name-without-the-maker-is-nothing",
        GAME,
        "Night Watch film rumoured for 2027",
        "A studio is reportedly adapting Night Watch for cinemas.",
        Label.NONE,
    ),
    # Cancellations.
    Case(
        "a-shelved-product-has-no-status",
        SET,
        "Corvid shelved plans for a television set, report says",
        "Corvid abandoned its TV set project a year ago, according to people familiar.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fifth_round_rule(case: Case) -> None:
    case.check()


def test_an_abbreviated_month_before_a_day_is_that_day() -> None:
    refs = find_times("available starting Oct. 24", date(2024, 10, 10), plans=True)
    assert [(r.label, r.earliest) for r in refs] == [("2024-10-24", date(2024, 10, 24))]


def test_maker_initials_need_two_capitalised_words() -> None:
    initials = maker_initials("Electronic Arts")
    assert initials is not None and initials.search("EA's new game")
    assert initials.search("the sea at dawn") is None
    assert maker_initials("Marvel Studios") is None
    assert maker_initials("the Go team at Google") is None


def test_family_names_are_lines_series_and_names_without_a_variant() -> None:
    assert family_names(("PlayStation VR2", "PS VR2"), ["Sony"]) == ["PlayStation VR", "PS VR"]
    assert family_names(("Nintendo Switch Lite",), ["Nintendo"]) == ["Nintendo Switch", "Switch"]
    assert family_names(("Night Watch: Siege of Ardent",), ["Emberfall"]) == ["Night Watch"]
    assert family_names(("Corvid television set",), ["Corvid"]) == []

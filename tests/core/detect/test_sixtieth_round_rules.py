"""The rules added in the seventy-ninth round (issue 5: the items of the blind sets
holdout864-884 the rules misread, and the rounds after them), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks
the rule rather than a memorised phrasing. Each case failed on the code before its rule,
except the guards, which keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

FILM = Target(
    name="Brackenfall (2027 film)",
    aliases=("Brackenfall", "Brackenfall remake"),
    maker="Orrin Pictures",
)
ALBUM = Target(name="Shut the Fucking Lights Off!", aliases=(), maker="Velmar Records")
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

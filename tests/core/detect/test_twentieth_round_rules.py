"""The rules added in the twentieth round (issue 5: the wrong "released" of the blind sets
holdout81-83 at their first scores), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards beside
them (a recall of units, a launch that happened) that pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.window import find_times
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

TRUCK = Target(name="2027 Harlow Ridgeback", aliases=("Ridgeback",), maker="Harlow")
PENDANT = Target(name="Vexa Ring", maker="Vexa")
HUB = Target(name="Zentro Hub", maker="Zentro")
PIN = Target(name="Orbly Pin", maker="Orbly")
CARDS = Target(name="Tavi Cards Pocket", maker="Tavi Company")
NOTES = Target(name="Brightly Health", maker="Brightly")
LATE_NOVEMBER = date(2026, 11, 20)

CASES = [
    Case(
        "this-december-said-in-november-is-ahead",
        TRUCK,
        "2027 Harlow Ridgeback First Drive",
        "The Ridgeback arrives in U.S. dealerships this December with a hybrid engine.",
        Label.CONFIRMED,
        published=LATE_NOVEMBER,
    ),
    Case(
        "this-march-said-in-november-is-past",
        TRUCK,
        "2027 Harlow Ridgeback: six months on",
        "The Ridgeback went on sale this March and has sold well.",
        Label.RELEASED,
        published=LATE_NOVEMBER,
    ),
    Case(
        "not-out-in-the-wild-until-a-quarter-is-a-date",
        PENDANT,
        "Another AI wearable appears",
        "It resembles the Vexa Ring, a device unveiled in April that won't be out in the "
        "wild until Q4.",
        Label.CONFIRMED,
    ),
    Case(
        "a-blog-remembering-a-prank-recalls-nothing",
        HUB,
        "Zentro Hub",
        'The blog recalls the Zentro Hub, a gadget Zentro posted two years ago: "it was '
        'just a prank."',
        Label.NONE,
    ),
    Case(
        "a-recall-of-units-is-of-units-sold",
        HUB,
        "Zentro recalls 30,000 Zentro Hub units over battery fires",
        "",
        Label.RELEASED,
    ),
    Case(
        "what-the-maker-would-have-liked-to-have-shipped-is-not-out",
        PIN,
        "Orbly delays the launch of the Orbly Pin to Q3",
        'The CEO told buyers: "As much as I would have liked to have shipped the Orbly Pin '
        'in Q1, I still have refinements to do."',
        Label.CONFIRMED,
    ),
    Case(
        "launched-to-be-launched-later-is-an-announcement",
        CARDS,
        "A new card game for phones",
        "The Tavi Company officially launched the Tavi Cards Pocket to be launched in 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "a-launch-this-feature-first-gives-a-small-group-is-a-preview",
        NOTES,
        "Brightly enters health",
        'Brightly "launched Brightly Health on Wednesday", but "this feature will first be '
        'available to a small group of early users and will widen in the coming weeks."',
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_twentieth_round_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("on sale this december", date(2026, 12, 1)),
        ("on sale this march", date(2026, 3, 1)),
        ("on sale next march", date(2027, 3, 1)),
        ("on sale next december", date(2026, 12, 1)),
    ],
)
def test_this_or_next_before_a_month_names_that_month(text: str, first: date) -> None:
    """Said on November 20: "this" month is this year's, "next" the first one ahead."""
    (ref,) = find_times(text, LATE_NOVEMBER)
    assert ref.earliest == first


def test_this_may_is_no_month() -> None:
    assert find_times("this may take until launch", LATE_NOVEMBER) == []

"""The rules added in the twenty-third round (issue 5: what the blind sets holdout117 on
and timelines43-44 missed at their first scores), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing. Each case failed on the code before its rule, except the
guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.names import maker_names
from bot.core.detect.window import find_times
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

ASSISTANT = Target(name="Kite Chat in Lumen", aliases=("Kite Chat",), maker="Lumen")
CARD = Target(name="Zen Halo 7060", maker="AMD")
STREAMER = Target(name="Harbor Play", maker="Harbor Media")
GAME = Target(name="Ashen Vale II", maker="Greywater Studio")
TABLET = Target(name="Kite Pad Pro", maker="Kite")
PHONE = Target(name="Vanta S9", maker="Vanta")
REMAKE = Target(name="Ashen Vale 2 (2030 remake)", aliases=("Ashen Vale 2",), maker="Greywater")

CASES = [
    Case(
        "a-bundle-out-today-and-the-target-only-later",
        ASSISTANT,
        "Lumen Suite is available today on phones and tablets",
        "The first Lumen Suite features ship today. More arrive in May, when users will "
        "also get Kite Chat in Lumen.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "what-users-will-get-is-a-plan",
        ASSISTANT,
        "Lumen update notes",
        "In the next update, customers will receive Kite Chat, the company said.",
        Label.CONFIRMED,
    ),
    Case(
        "users-got-it-is-no-plan",
        ASSISTANT,
        "Lumen update notes",
        "Users have had Kite Chat in Lumen since the spring and like it, the survey says.",
        Label.NONE,
    ),
    Case(
        "a-wait-until-the-release-is-no-retrospective",
        CARD,
        "Zen Halo 7060 die pictured",
        "We still have about three weeks to wait until the release of the new Zen Halo 7060, "
        "which AMD unveiled at CES.",
        Label.NONE,
    ),
    Case(
        "the-release-of-it-behind-is-still-one",
        CARD,
        "Zen Halo 7060 prices fall",
        "Prices have dropped sharply since the release of the Zen Halo 7060.",
        Label.RELEASED,
    ),
    Case(
        "its-launch-later-this-year-is-a-plan",
        STREAMER,
        "Harbor TV Hub scrapped for Harbor Play",
        "Harbor Media has announced a new streaming service that will offer 9,000 hours of "
        "films at its launch later this year. The arrival of Harbor Play ends the old hub.",
        Label.CONFIRMED,
    ),
    Case(
        "a-review-in-progress-of-a-game-almost-here",
        GAME,
        "Ashen Vale II Review in Progress",
        "Ashen Vale II is almost here, and we're putting it through its paces.",
        Label.CONFIRMED,
    ),
    Case(
        "no-word-on-when-it-will-is-no-plan",
        PHONE,
        "Vanta S9 tipped to hit stores on this date",
        "Vanta 'officially announced to unveil' the S9 on February 25, 'but there is no word "
        "on when it will hit stores'.",
        Label.RUMOURED,
    ),
    Case(
        "the-maker-remained-tight-lipped",
        PHONE,
        "Vanta S9 release date and preorder",
        "Vanta will begin selling the S9 on March 16, according to a report from a blog. "
        "Vanta itself has remained tight-lipped on its plans.",
        Label.RUMOURED,
    ),
    Case(
        "an-unofficial-fan-project-is-no-doubt-of-the-makers",
        REMAKE,
        "Fans remake Ashen Vale 2 in a new engine",
        "A small studio is rebuilding Ashen Vale 2 as the unofficial fan project 'Ashen Vale 2 "
        "Reborn'.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("maker", "partner"),
    [
        ("Harbor Parks Japan (Harbor Parks & Resorts) with Nintendo", "Nintendo"),
        ("Lakeside Pictures with Alcon Entertainment", "Alcon"),
        ("Kite Labs + Vanta", "Vanta"),
    ],
)
def test_each_partner_of_a_joint_maker_is_a_maker(maker: str, partner: str) -> None:
    """A land built "with Nintendo" is Nintendo's to announce too; before, "with" was
    kept as a word of the partner's name, so "Nintendo announced" never matched, and
    "with" alone became a maker word that any "with" in the text named."""
    names = maker_names(maker)
    assert partner in names
    assert not any(n.lower().startswith("with") for n in names)


def test_the_day_orders_open_loses_to_a_vaguer_release_time() -> None:
    """ "Can be ordered from April 30 and will be available in the second half of May": the
    release is late May; taking the order day let a shipping report of May 13 release
    the iPad Pro a week early."""
    got = read_by_rules(
        TABLET,
        "Kite unveils Kite Pad Pro",
        "Kite today announced Kite Pad Pro; it can be ordered from April 30 and will be "
        "available beginning in the second half of May.",
        published=date(2026, 4, 20),
    )
    assert got.label is Label.CONFIRMED
    assert got.window == "late May 2026", got


@pytest.mark.parametrize(
    ("text", "label", "first"),
    [
        ("available in the second half of May", "late May 2026", date(2026, 5, 21)),
        ("out in the first half of June", "early June 2026", date(2026, 6, 1)),
        ("ships mid-June", "mid June 2026", date(2026, 6, 11)),
        ("in the second half of 2026", "H2 2026", date(2026, 7, 1)),
    ],
)
def test_parts_of_a_month(text: str, label: str, first: date) -> None:
    """A part of a month with no digit in the clause was never read ("late May"), and
    "late May" began on May 1, so a report of May 13 was past its start."""
    (ref,) = find_times(text, date(2026, 4, 20), plans=True)
    assert (ref.label, ref.earliest) == (label, first)

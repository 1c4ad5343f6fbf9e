"""The rules added in the tenth round (issue 5: `holdout9.jsonl`, `holdout10.jsonl` and
three blind timelines, measured before this round), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.classifier import url_date
from bot.core.detect.cues import scan
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

WATCH = Target(name="Nimbus Band", maker="Nimbus")
SHOW = Target(name="Harbor Street Season 3", maker="Lumen TV")
BOOK = Target(name="The Glass Orchard", maker="Ada Wren")
SAVINGS = Target(name="Nimbus Savings", maker="Nimbus")
SKIN = Target(name="Tide UI 9", maker="Nimbus")
TRUCK = Target(name="Ridgeline Volt", aliases=("Rook Ridgeline Volt",), maker="Rook Motor Company")
CARD = Target(name="Vantage RX 7700", maker="Vantage")
DRUG = Target(name="Calmora", maker="Hale Pharmaceuticals and Company")
JET = Target(name="Skylark 900LR", maker="Aerostar")
ALBUM = Target(name="Northwind (Deluxe Edition)", maker="Mara Vale")
MODEL = Target(name="Quill 5", maker="Avian Labs")
SHOW_FIVE = Target(name="Harbor Street 5", maker="Lumen TV")

CASES = [
    # The worst failure first: a headline's present tense with a season still ahead.
    Case(
        "arrives-this-fall-in-may-is-ahead",
        WATCH,
        "The Nimbus Band Arrives This Fall with Sleep Tracking",
        "Nimbus finally announced its first smartwatch at its developer conference.",
        Label.CONFIRMED,
        published=date(2031, 5, 12),
    ),
    Case(
        "an-undated-item-takes-its-day-from-its-address",
        WATCH,
        "The Nimbus Band Arrives This Fall",
        "Nimbus announced its first smartwatch.",
        Label.CONFIRMED,
        url="https://news.example.org/2031/05/12/nimbus-band-arrives-this-fall/",
        published=None,
    ),
    Case(
        "releasing-it-later-this-year-is-ahead",
        BOOK,
        "Ada Wren's next novel has a cover",
        "Wren is releasing The Glass Orchard, her first novel in a decade, later this year.",
        Label.CONFIRMED,
    ),
    Case(
        "rolling-out-today-with-more-next-year-is-out",
        WATCH,
        "Nimbus Band goes on sale",
        "The Nimbus Band is rolling out in the US today, with more countries next year.",
        Label.RELEASED,
    ),
    Case(
        "buying-back-rights-is-no-purchase-of-the-product",
        BOOK,
        "Ada Wren bought back the rights to her early novels",
        "She said she has not finished The Glass Orchard and gave no date.",
        Label.RUMOURED,
    ),
    Case(
        "since-launching-is-behind",
        SAVINGS,
        "Nimbus Savings passes $5 billion",
        'Nimbus says the account "has reached $5 billion in deposits since launching in April".',
        Label.RELEASED,
        published=date(2031, 8, 2),
    ),
    Case(
        "a-rollout-kicked-off-is-out",
        SKIN,
        "Tide UI 9 update is here",
        "Nimbus officially kicked off the stable rollout of Tide UI 9 on its flagship phones.",
        Label.RELEASED,
    ),
    Case(
        "an-update-that-hits-devices-is-out",
        SKIN,
        "Nimbus's Tide UI 9 update hits devices weeks ahead of schedule",
        "Owners in Korea got it first.",
        Label.RELEASED,
    ),
    # A TV season: renewals in other words, and the season named apart from the show.
    Case(
        "returning-for-a-third-season-is-a-renewal",
        SHOW,
        "Lumen TV announces Harbor Street series three",
        "Harbor Street is returning for a third season, Lumen TV has announced.",
        Label.CONFIRMED,
    ),
    Case(
        "the-show-and-its-season-named-apart",
        SHOW,
        "Harbor Street cast reunite at a fan convention",
        "The stars said season 3 could arrive next year, according to a source on set.",
        Label.RUMOURED,
    ),
    Case(
        "a-subtitled-spin-off-has-its-own-seasons",
        SHOW,
        "Harbor Street: The Reunion season 3 winner revealed",
        "The spin-off game show crowned its champion.",
        Label.NONE,
    ),
    # Reveals at a show and plans in the maker's words.
    Case(
        "debuts-at-a-show-is-a-reveal",
        TRUCK,
        "Rook's Ridgeline Volt debuts at the auto show with a 400-mile range",
        'The fleet version "will arrive in spring 2032", Rook said.',
        Label.CONFIRMED,
        published=date(2031, 1, 5),
    ),
    Case(
        "deliveries-begin-this-spring-said-in-spring-is-ahead",
        TRUCK,
        "Rook starts Ridgeline Volt production",
        'Rook says "customer deliveries begin this spring."',
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        published=date(2031, 4, 26),
    ),
    Case(
        "the-makers-expectation-with-a-window-is-a-plan",
        DRUG,
        "Regulator approves Calmora",
        'Calmora "is expected to be available by the end of the year", Hale says.',
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "an-owner-who-is-part-of-the-maker-is-the-maker",
        DRUG,
        "Calmora gets a second use",
        "The regulator widened the label of Hale's Calmora, sold since late 2030.",
        Label.RELEASED,
        published=date(2031, 12, 20),
    ),
    Case(
        "an-owner-who-is-part-of-the-name-is-the-maker",
        TRUCK,
        "Rook's Ridgeline Volt review: a work truck that happens to be electric",
        "After two weeks with the truck we found the range honest.",
        Label.RELEASED,
    ),
    Case(
        "a-memory-size-is-no-other-version",
        CARD,
        "Vantage RX 7700 16GB review: the mainstream card arrives",
        'Partner cards "are on sale today" at $349.',
        Label.RELEASED,
    ),
    Case(
        "taking-delivery-is-a-release",
        JET,
        "First Skylark 900LR commercial flight",
        "The airline flew the first Skylark 900LR service weeks after taking delivery of the jet.",
        Label.RELEASED,
    ),
    # Fans, reluctance, editions and sibling versions.
    Case(
        "fans-thinking-it-is-coming-soon-is-a-rumour",
        ALBUM,
        "Why fans think 'Northwind (Deluxe Edition)' is coming soon",
        'Fans keep predicting the re-release; "There is no official release date."',
        Label.RUMOURED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "fan-theories-about-a-plot-are-no-status",
        SHOW_FIVE,
        "Harbor Street 5 fan theories: who survives the finale?",
        "We rank the most popular theories about the final season's twists.",
        Label.NONE,
    ),
    Case(
        "hesitant-to-set-a-date-is-a-non-answer",
        BOOK,
        "'The Glass Orchard' update",
        "Wren says she is hesitant to set a release date for The Glass Orchard.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "an-edition-is-not-the-original-work",
        ALBUM,
        "Mara Vale reveals new album, 'Northwind'",
        "Her new album 'Northwind' will be released November 10, the label said.",
        Label.NONE,
    ),
    Case(
        "a-clause-about-another-version-of-the-line-is-not-the-targets",
        MODEL,
        "Avian to open-source its models",
        "Avian says it will open-source the Quill 4.5 series from June 30; separately, it "
        'will launch Quill 5 "in the second half of 2031, according to a knowledgeable '
        'source."',
        Label.RUMOURED,
    ),
]


def test_wont_reads_a_whole_verb() -> None:
    """ "won't announce hard shipping dates" denies nothing: "ship" is no verb there."""
    assert not [c for c in scan("he won't announce hard shipping dates") if c.kind == "denial"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_tenth_round_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.com/2023/7/19/story", date(2023, 7, 19)),
        # A month alone is its first day: later that month still counts as ahead.
        ("https://www.example.com/2025/02/story/", date(2025, 2, 1)),
        ("https://blog.example.com/2024-09-14-post", date(2024, 9, 14)),
        ("https://www.example.com/2023/13/story/", None),
        ("https://www.example.com/page/2024", None),
    ],
)
def test_url_date(url: str, expected: date | None) -> None:
    assert url_date(url) == expected

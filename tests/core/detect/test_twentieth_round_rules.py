"""The rules added in the twentieth round (issue 5: the wrong "released" of the blind sets
holdout81-85 and timelines29-30 at their first scores, and what else they missed), one
short made-up item each: made-up products, and none of these sentences is in a labelled
set, so each case checks the rule rather than a memorised phrasing. Each case failed on
the code before its rule, except the guards beside them (a recall of units, a launch that
happened) that pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.window import find_times
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

TRUCK = Target(name="2027 Harlow Ridgeback", aliases=("Ridgeback",), maker="Harlow")
PENDANT = Target(name="Vexa Ring", maker="Vexa")
HUB = Target(name="Zentro Hub", maker="Zentro")
PIN = Target(name="Orbly Pin", maker="Orbly")
CARDS = Target(name="Tavi Cards Pocket", maker="Tavi Company")
NOTES = Target(name="Brightly Health", maker="Brightly")
LATE_NOVEMBER = date(2026, 11, 20)
FILM = Target(name="The Glass Coast 2", maker="Northlight Pictures")
RIDE = Target(name="Comet Run", maker="Lakeside Parks")
GAME = Target(name="Hollow Deep Reborn", maker="Tallow Games")
RUNTIME = Target(name="Trellis 12", maker="Trellis")
HATCH = Target(
    name="Harlow Vantor GT (FL9)", aliases=("2027 Harlow Vantor GT",), maker="Harlow Motor"
)
MOVIE = Target(
    name="Hollow Road: A Night Falls Movie", aliases=("Hollow Road",), maker="Northlight"
)

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
    Case(
        "critics-reactions-arriving-before-the-release-are-not-it",
        FILM,
        "The Glass Coast 2 is hailed as the perfect sequel",
        '"Early reactions for The Glass Coast 2 have arrived ahead of its May release."',
        Label.CONFIRMED,
    ),
    Case(
        "a-leak-the-reveal-came-after-is-settled",
        GAME,
        "Hollow Deep Reborn announced for consoles and PC",
        "Tallow Games pulled back the curtain on Hollow Deep Reborn after it leaked earlier "
        "this week. It will be releasing on consoles and PC in autumn 2026.",
        Label.CONFIRMED,
    ),
    Case(
        "a-writer-reporting-queues-is-no-hearsay",
        RIDE,
        "Comet Run is a hit",
        "July 22 saw the opening of Comet Run; the writer, having just ridden it, reports "
        "two-hour queues.",
        Label.RELEASED,
        published=date(2026, 8, 1),
    ),
    Case(
        "a-sneak-peek-that-is-out-is-a-preview",
        RUNTIME,
        "Trellis 12 Preview 3 adds faster builds",
        "The third sneak peek of the upcoming Trellis 12, released June 10th, adds faster "
        "builds; the final version is planned for November.",
        Label.CONFIRMED,
        published=date(2026, 6, 14),
    ),
    Case(
        "the-release-of-it-later-this-year-is-ahead",
        GAME,
        "Tallow Games revives an old favourite",
        "The remaster paves the way for the release of the just-announced Hollow Deep Reborn "
        "later this year.",
        Label.RUMOURED,
    ),
    Case(
        "a-model-year-name-without-the-maker-is-the-name",
        HATCH,
        "2027 Vantor GT now shipping",
        'The 2027 Vantor GT "is now shipping to dealerships" and "is available now".',
        Label.RELEASED,
    ),
    Case(
        "the-long-rumoured-service-being-live-is-out",
        NOTES,
        "First look: Brightly Health",
        "As of today, the company's long-rumored Brightly Health service is live.",
        Label.RELEASED,
    ),
    Case(
        "a-week-with-it-is-a-week-of-use",
        NOTES,
        "One week with Brightly Health",
        "The author compares it with two rival apps.",
        Label.RELEASED,
    ),
    Case(
        "launched-with-a-sale-date-still-ahead-is-an-unveiling",
        TRUCK,
        "Harlow debuts its new pickup",
        'Harlow launched the Ridgeback, "which is set to go on sale in 2027"; the '
        "production-ready truck made its European debut in Milan.",
        Label.CONFIRMED,
    ),
    Case(
        "a-review-titled-first-impressions-is-a-first-look",
        PENDANT,
        "Vexa Ring Review -- First Impressions",
        "A first look at the just-announced ring.",
        Label.RUMOURED,
    ),
    Case(
        "a-developer-beta-that-includes-it-is-no-release",
        NOTES,
        "Brightly OS 4.3 beta adds Brightly Health",
        "The first Brightly OS 4.3 beta rolling out to developers today includes Brightly Health.",
        Label.CONFIRMED,
    ),
    Case(
        "a-leakers-word-that-the-maker-will-release-it-is-hearsay",
        PENDANT,
        "Vexa Ring concept",
        "The latest from prolific leaker Tom Vale is that Vexa will release the Vexa Ring via "
        "a press release next week.",
        Label.RUMOURED,
    ),
    Case(
        "shipping-on-a-day-is-a-dated-plan",
        PENDANT,
        "Vexa's event recap",
        "For athletes there's the Vexa Ring, $499, shipping October 21, with a heart sensor.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "a-rollout-that-began-on-a-day-is-out",
        NOTES,
        "Brightly Health expands globally",
        "Brightly announced the global rollout of Brightly Health. The rollout began July 9, "
        "2025, with gradual expansion.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "published-by-names-the-publisher",
        GAME,
        "Hollow Deep Reborn gets rated by a classification board",
        "A game adaptation appears to be on the way, spotted via a classification bot, "
        "published by Tallow Games; no release date has been outlined.",
        Label.RUMOURED,
    ),
    Case(
        "an-update-that-will-introduce-it-plans-it",
        NOTES,
        "Brightly Health looks useful and distracting",
        "Opinion after the keynote: Brightly OS 5 will introduce Brightly Health, which reads "
        "your test results.",
        Label.CONFIRMED,
    ),
    Case(
        "a-preview-programmes-insiders-are-no-sources",
        NOTES,
        "Brightly Health reaches testers",
        "Brightly has begun rolling out Brightly Health to Insiders, who join a waitlist.",
        Label.CONFIRMED,
    ),
    Case(
        "expanding-it-to-all-users-is-out",
        NOTES,
        "Brightly Health now open to everyone",
        "Brightly is expanding Brightly Health to all Brightly OS users, following an "
        "initial release to testers in September.",
        Label.RELEASED,
    ),
    Case(
        "a-films-title-head-after-another-brand-is-that-brands",
        MOVIE,
        "Car news",
        "The Rexford Hollow Road is likely to return in 2027.",
        Label.NONE,
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


def test_todays_launch_of_it_is_a_plain_release() -> None:
    """A plain release, not the review it sits in: on the maker's day one outlet's plain
    report is enough (`tracker._alone`), a review is not."""
    got = read_by_rules(
        NOTES,
        "It won't replace a doctor, but it helps",
        "After a few days with Brightly's new app, the reviewer notes a kind of serendipity "
        "in today's launch of Brightly Health.",
    )
    assert got.label is Label.RELEASED
    assert got.cues[0] == "released:launch-day"

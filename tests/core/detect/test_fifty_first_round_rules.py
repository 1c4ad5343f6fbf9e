"""The rules added in the seventieth round (issue 5: names the matcher missed in the labelled
sets, and the errors of the blind sets holdout634-645 and their timelines), one short
made-up item each: made-up products, and none of these sentences is in a labelled set, so
each case checks the rule rather than a memorised phrasing. Each case failed on the code
before its rule, except the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

GAME = Target(name="Quillstorm Depths", aliases=(), maker="Velmar Games")
CAR = Target(name="2026 Velmar Cirrus", aliases=("2026 Cirrus",), maker="Velmar")
PHONE = Target(name="Velmar Cirrus", aliases=("Cirrus",), maker="Velmar")
LIB = Target(name="Kestrel 3", aliases=("Kestrel v3",), maker="Kestrel Project")
SHOE = Target(name="Orrin Stride 001", aliases=("Stride 001",), maker="Orrin")
COIN = Target(name="Velmar Digital Pound", aliases=(), maker="Velmar Bank")
LINE = Target(name="Quillrail Line 3", aliases=("Line 3",), maker="Quillrail Transit")
BURGER = Target(name="Orrin Ember Burger", aliases=("Ember Burger",), maker="Orrin Foods")
RIDE = Target(name="Orrin Bolt", aliases=(), maker="Orrin Parks")
ALBUM = Target(name="Quill Hours", aliases=(), maker="Velmar Records")
SHOW = Target(name="Velmar Nights Season 4", aliases=("Velmar Nights S4",), maker="Orrin Studios")
ROAD = Target(name="Quillrail Coastal Road", aliases=("Coastal Road",), maker="Quillrail Transit")
ARENA = Target(name="Orrin Dome", aliases=(), maker="Orrin Venues")
MODEL = Target(name="Velmar Med 2", aliases=(), maker="Velmar")
TOUR = Target(name="Quill Hours Tour", aliases=(), maker="Velmar Live")
EV = Target(name="Orrin 001", aliases=("001",), maker="Orrin Motors")
FILM = Target(name="Velmar Nights (2026 film)", aliases=("Velmar Nights",), maker="Orrin Pictures")

CASES = [
    Case(
        "a-release-date-wished-for-in-a-sentence-of-its-own-plans-nothing",
        GAME,
        "Quillstorm Depths gameplay to be shown at Velmar Con next month",
        "What would be better than the gameplay? A release date. Can we get that too, Velmar?",
        Label.NONE,
    ),
    Case(
        "a-release-date-set-is-a-plan",
        GAME,
        "Quillstorm Depths gameplay to be shown at Velmar Con next month",
        "A release date has been set for Quillstorm Depths.",
        Label.CONFIRMED,
    ),
    Case(
        "a-present-tense-debut-in-a-season-is-ahead",
        PHONE,
        "Velmar Cirrus: an early sample",
        "The final design is set by the time the Cirrus debuts in Summer.",
        Label.CONFIRMED,
    ),
    Case(
        "a-launch-in-the-fall-of-a-past-year-is-no-plan",
        PHONE,
        "Velmar Cirrus: five years on",
        "Velmar's Cirrus launches in the fall of 2019 and sells for years.",
        Label.NONE,
    ),
    Case(
        "stores-it-will-be-in-are-a-plan",
        PHONE,
        "Velmar Cirrus shown in Tokyo",
        "Velmar showed the Cirrus today; it will be in stores in early Fall, for around $800.",
        Label.CONFIRMED,
    ),
    Case(
        "support-after-it-is-released-awaits-the-release",
        LIB,
        "When to support Kestrel 3?",
        "The maintainer says support comes after Kestrel 3 is officially released; the plugin "
        "stays on Kestrel 2 until then.",
        Label.CONFIRMED,
    ),
    Case(
        "stations-that-open-to-the-public-today-are-out",
        LINE,
        "Line 3 is ready to roll",
        "Quillrail Line 3's nine stations open to the public today at 2 p.m.",
        Label.RELEASED,
    ),
    Case(
        "pre-orders-that-open-today-are-no-release",
        PHONE,
        "Velmar Cirrus pre-orders open today",
        "Pre-orders for the Velmar Cirrus open today; it ships on May 3.",
        Label.CONFIRMED,
        published=date(2026, 4, 20),
    ),
    Case(
        "the-first-of-its-kind-to-open-is-out",
        LINE,
        "Quillrail's new chief",
        "In late December, Quillrail Line 3 became the first transit line to open in the city "
        "since 2022.",
        Label.RELEASED,
    ),
    Case(
        "a-ride-that-opened-at-an-hour-on-a-weekday-is-out",
        RIDE,
        "Crowds at Orrin Parks",
        "Orrin Bolt opened at 20:00 local time Saturday, and thousands wait in line to ride.",
        Label.RELEASED,
    ),
    Case(
        "a-restaurant-that-began-serving-it-released-it",
        BURGER,
        "Orrin Foods serves a new burger",
        "Orrin Foods began serving the Ember Burger in 140 locations on Monday.",
        Label.RELEASED,
    ),
    Case(
        "a-film-that-landed-in-cinemas-is-out",
        FILM,
        "Velmar Nights release date",
        "The film landed in UK cinemas at the end of 2025; Velmar Nights streams in the US.",
        Label.RELEASED,
    ),
    Case(
        "arrives-today-in-portuguese-is-out",
        PHONE,
        "Velmar Cirrus chega hoje aos Estados Unidos",
        "O Velmar Cirrus chega hoje aos Estados Unidos.",
        Label.RELEASED,
    ),
    Case(
        "out-today-in-a-closed-beta-in-portuguese-is-no-release",
        PHONE,
        "Velmar Cirrus chega",
        "O Velmar Cirrus é lançado hoje nos EUA em versão Beta fechada (com exigência de convite).",
        Label.RUMOURED,
    ),
    Case(
        "available-right-now-before-a-wider-rollout-is-out",
        BURGER,
        "Orrin Ember Burger returns",
        "The Ember Burger is available right now, and by October 18 it should be at most "
        "locations.",
        Label.RELEASED,
        published=date(2026, 10, 1),
    ),
    Case(
        "a-beta-joined-by-a-point-is-a-pre-release",
        LIB,
        "Kestrel 3.0.0.beta4 has been released",
        "Pull request linking the v3.0.0.beta4 tree.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "going-away-from-beta-is-the-release",
        LIB,
        "chore: update to Kestrel 3",
        "It's time to go away from beta: Kestrel 3 released.",
        Label.RELEASED,
    ),
    Case(
        "betas-removed-now-that-it-is-released-are-behind-it",
        LIB,
        "Update the example project",
        "Remove betas now that Kestrel 3 has been released.",
        Label.RELEASED,
    ),
    Case(
        "a-beta-out-before-its-final-release-is-no-release",
        LIB,
        "Kestrel news",
        "The Kestrel 3 beta is now available; the final release follows in May.",
        Label.CONFIRMED,
    ),
    Case(
        "on-sale-in-its-shops-from-today-is-out",
        BURGER,
        "Orrin Ember Burger hits the high street",
        "The chain's spicy new burger goes on sale in its branches from today, timed for the "
        "new year.",
        Label.RELEASED,
        published=date(2026, 1, 3),
    ),
    Case(
        "an-album-an-artist-dropped-is-out",
        ALBUM,
        "Velmar goes number one with Quill Hours",
        "On Friday the rapper dropped his fifth studio album, Quill Hours.",
        Label.RELEASED,
    ),
    Case(
        "a-grand-opening-celebrated-is-an-opening",
        ARENA,
        "Builders celebrate the Orrin Dome",
        "The builders celebrated the grand opening of the $2 billion Orrin Dome.",
        Label.RELEASED,
    ),
    Case(
        "roads-already-operational-are-open",
        ROAD,
        "Coastal Road deadline extended to May",
        "The Coastal Road's northbound and southbound roads are already operational, but the "
        "connector's deadline was extended.",
        Label.RELEASED,
    ),
    Case(
        "a-series-that-returns-with-a-season-is-out",
        SHOW,
        "Velmar Nights Season 4 on Orrin+",
        "Velmar Nights Season 4 returns on Orrin+ with a fourth series after a decade away.",
        Label.RELEASED,
    ),
    Case(
        "a-series-that-returns-for-a-season-on-a-day-ahead-is-a-plan",
        SHOW,
        "Velmar Nights Season 4 date",
        "Velmar Nights Season 4 returns for a fourth series on May 3.",
        Label.CONFIRMED,
    ),
    Case(
        "an-album-premiered-this-friday-in-spanish-is-out",
        ALBUM,
        "Velmar lanza Quill Hours",
        "Velmar estrenó este viernes su quinto álbum de estudio, Quill Hours.",
        Label.RELEASED,
    ),
    Case(
        "a-restricted-test-launched-is-no-release",
        MODEL,
        "Velmar Med 2 enters pilot phase",
        "Velmar has launched a restricted test of Velmar Med 2 for a select group of clients.",
        Label.RUMOURED,
    ),
    Case(
        "research-published-is-no-release",
        MODEL,
        "Velmar Med 2, a first look",
        "Velmar Research recently published their work on Velmar Med 2, a model trained on two "
        "trillion tokens.",
        Label.NONE,
    ),
    Case(
        "tickets-sold-and-bought-are-no-release-of-the-tour",
        TOUR,
        "Quill Hours Tour sells 365,000 tickets within hours",
        "Hours after tickets went on sale, fans bought 365,000 tickets for the Quill Hours Tour.",
        Label.NONE,
    ),
    Case(
        "a-model-rolled-out-that-goes-on-sale-later-is-unveiled",
        EV,
        "Orrin 001 shooting brake revealed",
        "Orrin has rolled out its first model, the 001, which will go on-sale in China in late "
        "2026.",
        Label.CONFIRMED,
    ),
    Case(
        "launched-in-one-market-and-planned-for-another-is-out",
        EV,
        "Orrin 001 heads to Europe",
        "Orrin launched the 001 in China last month; it will go on sale in Europe next year.",
        Label.RELEASED,
    ),
    Case(
        "a-delivery-still-awaited-is-no-delivery",
        EV,
        "Orrin 001 production begins",
        "The first Orrin 001 is now in production, and Orrin can't wait to hear what owners say "
        "when they take delivery of their cars.",
        Label.NONE,
    ),
    Case(
        "a-model-still-in-research-is-no-release",
        MODEL,
        "Velmar introduces Velmar Med 2",
        "Velmar introduced Velmar Med 2, which answers medical questions; the model is "
        "currently in research and is still being trained.",
        Label.RUMOURED,
    ),
    Case(
        "a-small-random-group-of-users-is-a-closed-preview",
        MODEL,
        "Velmar Med 2 arrives for some",
        "Velmar Med 2 is available to a small, random group of users worldwide.",
        Label.CONFIRMED,
    ),
    Case(
        "released-when-completed-is-a-non-answer",
        LIB,
        "Is Kestrel 3 ever going to be released?",
        "Asked for a date, the maintainer answers: 'Please stop asking. Kestrel 3 will be "
        "released when completed.'",
        Label.RUMOURED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "released-as-soon-as-possible-is-a-non-answer",
        LIB,
        "When will Kestrel 3 be released?",
        "A maintainer answers: 'Kestrel 3 will be released as soon as possible.'",
        Label.RUMOURED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "no-schedule-is-a-non-answer",
        LIB,
        "When do you plan to release Kestrel 3?",
        "A user asks for a schedule for Kestrel 3; a maintainer answers: 'Sorry, no schedule "
        "at the moment.'",
        Label.RUMOURED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-release-date-still-to-be-set-is-a-non-answer",
        LIB,
        "Kestrel release date",
        "A user is excited to see Kestrel 3; the reply: 'Release date is to still TBD based on "
        "the release cycle.'",
        Label.RUMOURED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-title-that-is-the-name-is-not-a-variant-of-the-summarys-first-word",
        GAME,
        "Quillstorm Depths",
        "Edge review of the dungeon crawler, tested on PC, listing 'Release: Out now'.",
        Label.RELEASED,
    ),
    Case(
        "a-variant-on-the-names-own-line-is-still-another-model",
        GAME,
        "Quillstorm Depths Edge review",
        "The Edge edition, tested on PC, is out now.",
        Label.NONE,
    ),
    Case(
        "a-model-year-is-also-written-short",
        CAR,
        "Redesigned '26 Cirrus is roomy and frugal",
        "Road test of the new model: pricing starts just under 30,000 at dealers.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("target", "title", "summary"),
    [
        (
            SHOE,
            "Orrin Stride 001 on college sidelines",
            "Orrin has begun rolling out the Stride 001 to select programs such as two college "
            "teams; the shoe is expected to release publicly in January 2027.",
        ),
        (
            COIN,
            "Pilot launch of the Velmar Digital Pound",
            "Velmar Bank has announced the launch of the first pilot for the Velmar Digital "
            "Pound on December 1, 2025.",
        ),
    ],
    ids=["a-rollout-to-select-teams", "the-launch-of-a-first-pilot"],
)
def test_a_trial_for_a_few_is_a_closed_preview(target: Target, title: str, summary: str) -> None:
    """A rollout to select teams or a first pilot is a closed preview, no release. (Which
    step short of it the item is, the maker's or a rumour, the rest of the item decides.)"""
    detection = read_by_rules(target, title, summary)
    assert detection.label is not Label.RELEASED, detection
    assert "closed:closed-preview" in detection.cues, detection

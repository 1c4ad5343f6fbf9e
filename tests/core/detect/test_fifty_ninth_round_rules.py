"""The rules added in the seventy-eighth round (issue 5: the items of the blind sets
holdout838-863 that named their target in a way the matcher did not know), one short
made-up item each: made-up products, and none of these sentences is in a labelled set, so
each case checks the rule rather than a memorised phrasing. Each case failed on the code
before its rule, except the guards, which keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.cues import scan
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

SHOW = Target(name="Tessel Knight II", aliases=("Tessel Knight Season 2",), maker="Orrin Films")
QUESTION = Target(
    name="Late Lantern Season 3",
    aliases=("Is It Late to Light a Lantern? Season 3",),
    maker="Orrin Films",
)
LANGUAGE = Target(name="Q# 14", aliases=("Q# 14.0",), maker="Velmar")
STREAMING = Target(
    name="Velmar+ in Poland", aliases=("Velmar+ Polska",), maker="Velmar Entertainment"
)
SODA = Target(name="Dr Quill Cherry Fizz", aliases=(), maker="Quill Drinks")
CAR = Target(
    name="Orrin Rover (fourth generation)", aliases=("2027 Orrin Rover",), maker="Orrin Motors"
)
PHONE = Target(name="Velmar Nova 8", aliases=("Nova 8",), maker="Velmar")
BOOK = Target(name="Ashen Tide", aliases=(), maker="Orrin Books")
PAY = Target(name="Velmar Pay in the Netherlands", aliases=(), maker="Velmar")
MODEL = Target(name="Orrin-M2", aliases=("Orrin M2",), maker="Orrin AI")
ENGINE = Target(name="Quillform v2.31", aliases=("Quillform 2.31",), maker="Quill Project")
FEATURE = Target(name="Velmar shared playlists", aliases=(), maker="Velmar")
AGENT = Target(name="Orrin Research", aliases=(), maker="Orrin AI")
PORT = Target(
    name="Ember Saga: Remastered for Nintendo Switch",
    aliases=("Ember Saga Remastered Switch",),
    maker="Orrin Games",
)
SEASON = Target(name="Tessel Knight Season 3", aliases=(), maker="Orrin Films")
PAYMENTS = Target(name="Quix", aliases=(), maker="Velmar Central Bank")
AIRPORT = Target(name="Orrin Vale International Airport", aliases=(), maker="Velmar Airports")
FILM = Target(name="Lanterns (2025 film)", aliases=("Lanterns",), maker="Orrin Pictures")

CASES = [
    Case(
        "a-spaced-dash-before-an-episode",
        SHOW,
        "Tessel Knight II – 01 (First Look)",
        "The premiere aired on Friday; the blogger finds the art a step back.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-joined-number-is-another-version",
        SHOW,
        "Tessel Knight II-01 is out now",
        "The spin-off is streaming now.",
        Label.NONE,
    ),
    Case(
        "a-titles-question-mark-left-out",
        QUESTION,
        "Is It Late to Light a Lantern Season 3 gets a trailer and a fall premiere",
        "The studio confirmed the season will air in the fall.",
        Label.CONFIRMED,
    ),
    Case(
        "a-languages-sign-makes-a-long-name",
        LANGUAGE,
        "Support for Q# 14",
        "With the recent release of Q# 14, it would be nice if the editor supported it.",
        Label.RELEASED,
    ),
    Case(
        "plus-spelt-out",
        STREAMING,
        "Velmar Plus Polska: the service is now available",
        "Subscriptions cost 29 zloty a month.",
        Label.RELEASED,
    ),
    Case(
        "poland-in-polish",
        STREAMING,
        "Velmar+ zadebiutuje w Polsce latem",
        "The service will launch in June, the company said.",
        Label.CONFIRMED,
    ),
    Case(
        "another-brands-name-beside-the-place",
        STREAMING,
        "Waiting for VBO Velmar+? Bad news",
        "Polish site reports VBO Velmar+ pushed its European launch into 2027.",
        Label.NONE,
    ),
    Case(
        "already-published-terms-are-a-documents",
        STREAMING,
        "Velmar+ Polska will take on account sharing?",
        '"Velmar+ will be available in Poland from June 11"; its already-published terms drop'
        " the family-member clause.",
        Label.CONFIRMED,
    ),
    Case(
        "a-sketch-released-is-no-release",
        CAR,
        "Next-generation Orrin Rover to debut this summer",
        "Orrin Motors released a first design sketch of its fourth-generation Rover.",
        Label.CONFIRMED,
    ),
    Case(
        "an-advance-copy-is-read-before-the-day",
        BOOK,
        "Review: Ashen Tide",
        'Advance review ("we got an ARC copy of this at work"); Orrin Books lists the'
        " publication date as March 3rd.",
        Label.CONFIRMED,
    ),
    Case(
        "a-roundup-by-one-who-has-not-used-it",
        PHONE,
        "Velmar Nova 8 Review",
        "Velmar has unveiled the Nova 8; we haven't taken a personal look at the phone yet,"
        " so here are the first impressions from around the web.",
        Label.CONFIRMED,
    ),
    Case(
        "a-film-reviewed-days-before-it-opens",
        FILM,
        "Lanterns Review: a creature comedy",
        "The film, opening in two days, is a meta take on the 1997 original.",
        Label.CONFIRMED,
    ),
    Case(
        "what-a-page-only-reads-as",
        PAY,
        "Dutch bank shows its support for Velmar Pay",
        "The bank's page describes paying with Velmar Pay even though Velmar Pay has yet to"
        " launch in the Netherlands; it reads like the service has already been launched.",
        Label.NONE,
    ),
    Case(
        "a-listed-minor-version-is-another-model",
        MODEL,
        "Add Orrin M2.7 model support",
        'Request to "Add Orrin M2.7 and M2.7-highspeed model" to the list; it was released'
        " last week.",
        Label.NONE,
    ),
    Case(
        "available-for-purchase-today",
        PHONE,
        "Watching the Velmar Nova 8 launch from Brazil",
        "The Velmar Nova 8 will be available for purchase today in Brazil; the US launch is"
        " scheduled for January.",
        Label.RELEASED,
    ),
    Case(
        "saw-the-light-of-day",
        PHONE,
        "Velmar Nova 8 India launch set for January",
        "The Nova 8 saw the light of day in China in July.",
        Label.RELEASED,
    ),
    Case(
        "guard-never-saw-the-light-of-day",
        PHONE,
        "Whatever happened to the Velmar Nova 8?",
        "The Velmar Nova 8 never saw the light of day.",
        Label.NONE,
    ),
    Case(
        "a-dependency-bumped-between-versions",
        ENGINE,
        "Update Quillform from v2.30.4 to v2.31.0",
        "The distribution bumps its control plane, linking the changelog.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-guide-to-making-one",
        FEATURE,
        "How to Create Velmar Shared Playlists: Your Definitive Guide",
        "Step by step: create a playlist, turn on sharing, send the link to friends.",
        Label.RELEASED,
    ),
    Case(
        "a-names-word-is-no-thing-launched",
        AGENT,
        "Orrin AI Launches Orrin Research",
        "The agent searches the web and writes a cited report.",
        Label.RELEASED,
    ),
    Case(
        "a-port-named-with-another-platform-in-brackets",
        PORT,
        "Ember Saga: Remastered (PS4) Review",
        "The blogger reviews the remaster on PS4 and recommends it to newcomers.",
        Label.NONE,
    ),
    Case(
        "a-port-named-with-another-platform-after-its-review",
        PORT,
        "Ember Saga: Remastered Review - PlayStation 4",
        "A solid 60 fps, with only minor texture upgrades.",
        Label.NONE,
    ),
    Case(
        "guard-a-port-named-with-its-own-platform",
        PORT,
        "Ember Saga: Remastered (Switch) Review",
        "The port runs well in handheld mode.",
        Label.RELEASED,
    ),
    Case(
        "a-first-look-released",
        SEASON,
        "A First Look At 'Tessel Knight' Season 3 Has Been Released",
        "Stills show the knight leading his company into battle.",
        Label.NONE,
    ),
    Case(
        "guard-impressions-at-a-place-are-no-subject",
        SEASON,
        "Tessel Knight Season 3 is exactly what you think it is",
        "Hands-on impressions at Orrin's New York office: Tessel Knight Season 3 'debuts Nov."
        " 5 on a variety of services'.",
        Label.CONFIRMED,
        published=date(2026, 11, 1),
    ),
    Case(
        "a-brand-launched",
        PAYMENTS,
        "Quix: instant payments for everyone",
        "The central bank launched the Quix brand in the capital.",
        Label.NONE,
    ),
    Case(
        "an-international-airport-is-the-airport",
        AIRPORT,
        "Orrin Vale airport opens to passengers",
        "The first flight landed on Monday morning.",
        Label.RELEASED,
    ),
    Case(
        "a-titles-point",
        SODA,
        "Dr. Quill Cherry Fizz is finally in stores",
        "The flavour has been released nationwide.",
        Label.RELEASED,
    ),
    Case(
        "opening-weekend-is-a-films",
        FILM,
        "'Lanterns' bombs at the box",
        "The $100 million production Lanterns made $6 million in its opening weekend.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize("bump", ["from 2.30.4 to 2.31.0-beta.1", "from 2.30.4 to 2.31.0rc1"])
def test_a_bump_to_a_prerelease_is_no_release(bump: str) -> None:
    assert ("released", "version-bump") not in [
        (c.kind, c.name) for c in scan(f"Bumps quillform {bump}")
    ]

"""The rules added to make detection generalise beyond the dev corpus, one short made-up
item each (made-up products; none of these sentences is in a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.window import find_times, past_in
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

VOLT = Target(name="Arcwell Volt", maker="Arcwell", official_domains=("arcwell.example",))
FILM = Target(name="Glass Harbour", aliases=("Glass Harbour film",), maker="Tidewater Pictures")
STACK = Target(name="Stackly 4.2", maker="Stackly Project", official_domains=("stackly.dev",))
PHONE = Target(name="Orbit Phone (2)", maker="Orbit")
CUBE = Target(name="Cube 7", maker="Hexa Interactive")


CASES = [
    Case(
        "maker-prefix-implies-short-name",
        VOLT,
        "Arcwell pushes first Volt deliveries to the autumn",
        "Arcwell said production of the Volt will start later this year.",
        Label.CONFIRMED,
    ),
    Case(
        "weak-name-on-makers-site",
        VOLT,
        "The first Volts are on the road",
        "Today we handed over the first Volt crossovers to customers in Oslo.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
        "https://arcwell.example/news/first-deliveries",
    ),
    Case(
        "deliveries-have-begun",
        VOLT,
        "Arcwell Volt deliveries have begun",
        "Owners in Norway got the first cars on Monday.",
        Label.RELEASED,
    ),
    Case(
        "production-start-on-record",
        CUBE,
        "Hexa shows Cube 7 handheld",
        "Chief executive Ana Ruiz said Hexa expects to start Cube 7 production in 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "units-sold",
        CUBE,
        "Cube 7 has sold 2 million units in its first month",
        "The free expansion arrives in June.",
        Label.RELEASED,
    ),
    Case(
        "film-opens-dated-ahead",
        FILM,
        "Glass Harbour holds its gala premiere",
        "Cast members walked the red carpet; the film opens in cinemas on April 3.",
        Label.CONFIRMED,
    ),
    Case(
        "film-in-cinemas-from-a-date",
        FILM,
        "Glass Harbour review: a slow, luminous ghost story",
        "Two hours of fog and grief. Glass Harbour is in cinemas from 3 April.",
        Label.CONFIRMED,
    ),
    Case(
        "film-now-streaming",
        FILM,
        "Glass Harbour is now streaming",
        "Tidewater's drama arrived on its service overnight.",
        Label.RELEASED,
    ),
    Case(
        "box-office",
        FILM,
        "Glass Harbour opens to $40m",
        "The ghost story topped the weekend box office.",
        Label.RELEASED,
    ),
    Case(
        "retrospective-with-past-month",
        FILM,
        "Glass Harbour streaming date revealed",
        "Following its January debut in cinemas, Glass Harbour will stream from May 2.",
        Label.RELEASED,
    ),
    Case(
        "yearless-date-is-the-nearest-one",
        FILM,
        "Glass Harbour comes to streaming",
        "After its November 21 theatrical release, Glass Harbour will stream from April 20.",
        Label.RELEASED,
    ),
    Case(
        "review-the-day-before-launch",
        CUBE,
        "Cube 7 review: Hexa's best handheld",
        "After 30 hours with it, the screen is the star; it launches tomorrow.",
        Label.CONFIRMED,
    ),
    Case(
        "point-release-means-out",
        STACK,
        "Stackly 4.2.1 bugfix release",
        "Stackly 4.2.1 fixes several bugs in 4.2, including a crash when the cache was "
        "unavailable.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
        "https://stackly.dev/blog/4-2-1",
    ),
    Case(
        "features-planned-for-the-target",
        STACK,
        "Cloudco buys Stackly consultancy",
        "The team worked on features planned for Stackly 4.2.",
        Label.NONE,
    ),
    Case(
        "public-beta-is-available",
        STACK,
        "Stackly 4.2 public beta is now available",
        "The final version is due in May.",
        Label.CONFIRMED,
    ),
    Case(
        "headline-about-another-product",
        STACK,
        "Stackly 4.1 LTS support extended",
        "Maintainers said support will continue, sources say; nothing about Stackly 4.2 yet.",
        Label.NONE,
    ),
    Case(
        "maker-silence-is-not-a-statement",
        CUBE,
        "Cube 7 could launch in 2027, leaker claims",
        "A leaker says Hexa's next handheld targets a 2027 release; Hexa has not announced "
        "the Cube 7.",
        Label.RUMOURED,
    ),
    Case(
        "question-headline-answered-no",
        CUBE,
        "Cube 7 release date confirmed? Not quite",
        "A retailer's leaked listing shows March 20 for the Cube 7, but Hexa has not "
        "confirmed any date.",
        Label.RUMOURED,
    ),
    Case(
        "ahead-of-a-rumoured-launch",
        CUBE,
        "Cube 7 spotted in a firmware file ahead of its rumoured launch",
        "Strings suggest Hexa could ship it within weeks.",
        Label.RUMOURED,
    ),
    Case(
        "too-early-to-talk",
        CUBE,
        "Hexa boss says it is too early to talk about Cube 7",
        "",
        Label.RUMOURED,
    ),
    Case(
        "does-not-expect-a-year",
        CUBE,
        "Hexa: Cube 7 won't launch in 2026",
        'The studio "does not expect" Cube 7 to be released in 2026.',
        Label.RUMOURED,
    ),
    Case(
        "regulatory-review-is-not-a-review",
        VOLT,
        "Regulator opens review of Arcwell's driver assistance",
        "The letter asks how the Arcwell Volt would meet safety rules.",
        Label.NONE,
    ),
    Case(
        "forum-on-makers-domain-is-not-official",
        STACK,
        "When is Stackly 4.2 coming?",
        'A user guesses "it will probably land in June", without any source.',
        Label.RUMOURED,
        ItemKind.FORUM,
        "https://forum.stackly.dev/t/when-4-2/123",
    ),
    Case(
        "parenthesised-number-is-the-name",
        PHONE,
        "Orbit Phone (1) gets a new update",
        "The update is rolling out now to the Orbit Phone (1).",
        Label.NONE,
    ),
    Case(
        "owners-report-faults",
        PHONE,
        "Some Orbit Phone (2) owners report a screen tint",
        'Orbit "has not commented".',
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_general_rule(case: Case) -> None:
    case.check()


def test_tomorrow_and_nearest_year() -> None:
    published = date(2026, 2, 17)
    assert [t.label for t in find_times("it launches tomorrow", published)] == ["2026-02-18"]
    assert [t.label for t in find_times("after its November 21 release", published)] == [
        "2025-11-21"
    ]
    assert [t.label for t in find_times("out on January 10", date(2025, 12, 20))] == ["2026-01-10"]


def test_past_in_reads_a_bare_month_as_its_nearest_occurrence() -> None:
    assert past_in("following its October debut", date(2025, 11, 4))
    assert not past_in("after its December debut", date(2025, 11, 4))
    assert not past_in("following its October debut", None)

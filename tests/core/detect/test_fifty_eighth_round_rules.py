"""The rules added in the seventy-seventh round (issue 5: the errors of the blind sets
holdout838-861), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards, which keep a
rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.detect import second_opinion
from bot.core.detect.cues import scan
from bot.core.detect.scope import fold
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

BRIDGE = Target(name="Orrin Bay Crossing", aliases=(), maker="Orrin Bay Authority")
LINE = Target(name="Velmar Green Line", aliases=(), maker="Velmar Metro")
PROBE = Target(name="Tessel Orbiter", aliases=(), maker="Tessel Space Agency")
EDITOR = Target(name="Quillmacs 31", aliases=(), maker="Quill Project")
SAGA = Target(name="Ember Saga XI", aliases=(), maker="Orrin Games")
TRAILS = Target(name="Lanterns through Winter", aliases=(), maker="Orrin Games")
PHONE = Target(name="Velmar Nova 7", aliases=("Nova 7",), maker="Velmar")

CASES = [
    Case(
        "german-verb-before-its-subject",
        PHONE,
        "Velmar Nova 7: jetzt auch in Grün",
        "In Deutschland ist das Nova 7 derzeit ab rund 499 Euro erhältlich.",
        Label.RELEASED,
    ),
    Case(
        "a-titles-preposition-describes-nothing",
        TRAILS,
        "Lanterns through Winter II is coming to the West in early 2027",
        "The sequel is currently available in Japan.",
        Label.NONE,
    ),
    Case(
        "a-mark-of-trade-between-words",
        SAGA,
        "REVIEW: EMBER SAGA®XI - Definitive Edition",
        "A long review of the game, which the writer finds perfect for new players.",
        Label.RELEASED,
    ),
    Case(
        "opened-to-traffic",
        BRIDGE,
        "Commuters cheer as the Orrin Bay Crossing cuts the trip to 30 minutes",
        'The Orrin Bay Crossing "opened to traffic on Sunday", the authority said.',
        Label.RELEASED,
    ),
    Case(
        "flags-off-operations",
        LINE,
        "Governor flags off Velmar Green Line operations",
        "The governor rode the first train of the Velmar Green Line from the harbour.",
        Label.RELEASED,
    ),
    Case(
        "guard-will-start-commercial-operations",
        LINE,
        "Velmar Green Line gets its day",
        "Velmar Metro says the Velmar Green Line will start commercial operations on May 4.",
        Label.CONFIRMED,
    ),
    Case(
        "enters-orbit",
        PROBE,
        "Tessel Orbiter enters Mars orbit in a first for the agency",
        "The spacecraft has begun circling the red planet; two other craft are due to arrive"
        " next week.",
        Label.RELEASED,
    ),
    Case(
        "pretest-is-a-prerelease",
        EDITOR,
        "Quillmacs 31 pretest is available",
        'The mailing list announced that the first Quillmacs 31 pretest "is available" for'
        " testing.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


# Not out, said in another language: the rules' reading of a negation is what keeps the
# second opinion from reading "In Deutschland" as a launch.
def test_not_out_in_german_contradicts_a_release() -> None:
    got = read_by_rules(
        PHONE,
        "Velmar Nova 7: kein Marktstart",
        "In Deutschland ist das Nova 7 derzeit nicht erhältlich.",
    )
    assert second_opinion.contradicted(got.cues), got


@pytest.mark.parametrize(
    "clause",
    [
        "El Nova 7 no está disponible todavía.",
        "Le Nova 7 n'est pas encore disponible.",
        "Il Nova 7 non è ancora disponibile.",
        "O Nova 7 não está disponível.",
    ],
)
def test_not_out_in_other_languages_is_a_negation(clause: str) -> None:
    assert [(c.kind, c.name) for c in scan(fold(clause))] == [("negated", "foreign-not-out")]


def test_no_longer_sold_is_no_negation() -> None:
    got = read_by_rules(PHONE, "Velmar Nova 7", "Das Nova 7 ist nicht mehr erhältlich.")
    assert not second_opinion.contradicted(got.cues), got

"""The rules added in the eighty-eighth round (issue 5: news in Italian, Spanish, French and
Portuguese that a product "lands" somewhere, and the days those languages write), one short
made-up item each: made-up products, and none of these sentences is in a labelled set, so
each case checks the rule rather than a memorised phrasing. Each case failed on the code
before its rule, except the guards, which keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.window import find_times
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

PAD = Target(name="Orbit Pad", aliases=(), maker="Velcor")
SERVICE = Target(name="Linkwave", aliases=(), maker="Linkwave Media")

CASES = [
    Case(
        "lands-on-a-platform-in-italian",
        SERVICE,
        "Linkwave sbarca sull'Apple Watch",
        "L'app si scarica gratis dall'App Store.",
        Label.RELEASED,
    ),
    Case(
        "lands-in-a-country-in-french",
        SERVICE,
        "Linkwave débarque en Belgique",
        "Le service coûte 8 euros par mois.",
        Label.RELEASED,
    ),
    Case(
        "lands-in-a-country-in-portuguese",
        PAD,
        "Orbit Pad desembarca no Brasil",
        "O tablet custa R$ 2.999 nas lojas.",
        Label.RELEASED,
    ),
    Case(
        "a-spanish-landing-dated-ahead-is-a-plan",
        PAD,
        "Orbit Pad aterriza en España el 25 de marzo",
        "Velcor ha puesto precio al tablet: 299 euros.",
        Label.CONFIRMED,
    ),
    Case(
        "an-italian-landing-dated-ahead-is-a-plan",
        PAD,
        "Orbit Pad sbarca in Italia il 2 aprile",
        "Velcor ha annunciato il prezzo: 299 euro.",
        Label.CONFIRMED,
    ),
    Case(
        "a-portuguese-landing-in-a-month-ahead-is-a-plan",
        PAD,
        "Orbit Pad desembarca no Brasil em abril",
        "A Velcor anunciou o preço: R$ 2.999.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-a-trailer-that-lands",
        SERVICE,
        "Linkwave sbarca su YouTube con il primo trailer",
        "Il servizio non ha ancora una data.",
        Label.NONE,
    ),
    Case(
        "guard-a-landing-denied",
        SERVICE,
        "Por qué Linkwave no aterriza en España",
        "La empresa no ha dado fechas.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("esce il 15 marzo", "2026-03-15"),
        ("llega el 25 de marzo de 2027", "2027-03-25"),
        ("erscheint am 1. Juni", "2026-06-01"),
        ("sortira le 1er avril", "2026-04-01"),
        ("chega em 3 de marco", "2026-03-03"),
        ("previsto per settembre 2026", "2026-09"),
        ("llegará en junio", "2026-06"),
        ("arriva a settembre", "2026-09"),
        ("ab Mai erhältlich", "2026-05"),
        ("disponible desde mayo", "2025-05"),
    ],
)
def test_days_and_months_in_other_languages(text: str, label: str) -> None:
    """The dates of the languages feeds bring most, as `scope.fold` leaves them (the
    classifier reads folded text); "desde" looks back, the other words ahead in a plan."""
    from bot.core.detect.scope import fold

    (ref,) = find_times(fold(text).lower(), date(2026, 3, 10), plans=True)
    assert ref.label == label


@pytest.mark.parametrize(
    "text", ["the atlas v launched the mars 2020 rover", "a marco piace", "version 2. the"]
)
def test_words_that_only_look_like_foreign_dates(text: str) -> None:
    """A mission named for a planet and a year, a man named Marco, a numbered list."""
    assert find_times(text, date(2026, 3, 10), plans=True) == []

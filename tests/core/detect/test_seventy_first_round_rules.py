"""The rules added in the ninetieth round (issue 5: the items of the blind sets
holdout1036-1047 and timelines314-325 the rules misread), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards, which keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

GAME = Target(name="Velcor Saga", aliases=(), maker="Velcor Studios")
SHOW = Target(name="Velcor Season 3", aliases=(), maker="Velcor Channel")
PHONE = Target(name="Velcor X2", aliases=(), maker="Velcor")
MODEL = Target(name="Velcor Tone", aliases=(), maker="Velcor Labs")
FEATURE = Target(name="Velcor Stories", aliases=(), maker="Velcor")
TRAIN = Target(name="Velcor Rápido", aliases=(), maker="Velcor Rail")

CASES = [
    Case(
        "coming-out-on-a-day-is-a-plan",
        GAME,
        "Velcor Saga gets a date",
        '"Velcor Saga is coming out May 19 for PC and consoles," the studio said on stage.',
        Label.CONFIRMED,
        published=date(2026, 11, 14),
    ),
    Case(
        "guard-out-on-a-day-behind-is-out",
        GAME,
        "Velcor Saga review",
        "Velcor Saga, out Nov 2, is the studio's best game yet.",
        Label.RELEASED,
        published=date(2026, 11, 14),
    ),
    Case(
        "a-released-synopsis-is-no-release",
        SHOW,
        "Velcor Season 3: the first episode's plot",
        "The channel released the synopsis for Velcor Season 3's opener; the season will "
        "premiere on April 2.",
        Label.CONFIRMED,
    ),
    Case(
        "published-reviews-are-no-release",
        PHONE,
        "Velcor X2 reviews are in",
        "Days before the Velcor X2 goes on sale, three critics published the first reviews.",
        Label.CONFIRMED,
    ),
    Case(
        "a-peer-reviewed-paper-is-no-review",
        MODEL,
        "Velcor Tone can continue a melody",
        "Velcor Tone is described in a non-peer-reviewed paper from Velcor Labs researchers.",
        Label.NONE,
    ),
    Case(
        "not-yet-available-to-all-is-a-rollout-begun",
        FEATURE,
        "Velcor Stories rolls out",
        "Velcor Stories is not yet available to all users, but begins its worldwide rollout today.",
        Label.RELEASED,
    ),
    Case(
        "guard-not-yet-available-is-not-out",
        FEATURE,
        "Velcor Stories",
        "Velcor Stories is not yet available in any country, the company said.",
        Label.NONE,
    ),
    Case(
        "launched-in-german-with-the-subject-between",
        GAME,
        "Guter Launch",
        "Am 12. November ist das neue Velcor Saga gestartet, mit 100.000 Spielern.",
        Label.RELEASED,
    ),
    Case(
        "guard-not-yet-launched-in-german",
        GAME,
        "Kein Launch",
        "Bisher ist Velcor Saga noch nicht gestartet.",
        Label.NONE,
    ),
    Case(
        "debuted-in-german",
        GAME,
        "Drei Millionen Spieler",
        "Velcor Saga hat drei Millionen Spieler, seit es am 12. November debütierte.",
        Label.RELEASED,
    ),
    Case(
        "premieres-in-a-spanish-headline",
        TRAIN,
        "Velcor Rápido se estrena este miércoles entre Madrid y Barcelona",
        "El nuevo servicio ofrece cuatro trayectos diarios desde 7 euros.",
        Label.RELEASED,
    ),
    Case(
        "premieres-on-a-day-ahead-in-spanish-is-a-plan",
        TRAIN,
        "Velcor Rápido se estrena el 23 de junio",
        "El nuevo servicio ofrecerá cuatro trayectos diarios.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-an-se-model-is-another-phone",
        PHONE,
        "Velcor X2 SE launches today",
        "The cheaper phone goes on sale in Europe.",
        Label.NONE,
    ),
    Case(
        "sector-sources-in-spanish-are-hearsay",
        TRAIN,
        "Velcor Rail lanzará en 2027 su Velcor Rápido",
        "Tal y como han indicado fuentes del sector, Velcor Rail lanzará el Velcor Rápido en 2027.",
        Label.RUMOURED,
    ),
    Case(
        "a-guess-in-german",
        GAME,
        "Velcor Saga: Release-Datum",
        "Das Studio nannte kein Datum. Damit wird Velcor Saga Mitte 2027 sehr wahrscheinlich "
        "erscheinen.",
        Label.RUMOURED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the ninety-fourth round (issue 5: the items of the blind sets
holdout1084-1095 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

GAME = Target(name="Velcor Saga", aliases=(), maker="Velcor Studios")
RIDE = Target(name="Velcor Ride", aliases=(), maker="Velcor Parks")
ROCKET = Target(name="Velcor-2", aliases=(), maker="Velcor Space")
TABLET = Target(name="Velcor Tab", aliases=(), maker="Velcor")
DRINK = Target(name="Velcor Shake", aliases=(), maker="Velcor Foods")
TOOL = Target(name="Velcor 1.0", aliases=(), maker="Velcor project")
SEASON = Target(name="Velcor Season 3", aliases=(), maker="Arden Channel")
FILM = Target(name="Velcor Road", aliases=(), maker="Velcor Pictures")

CASES = [
    Case(
        "a-headline-month-after-its-verb",
        GAME,
        "Velcor Saga Hits Shelves November",
        "The set features new cards and a new mechanic.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "its-website-goes-live-first",
        RIDE,
        "'Velcor Ride' website goes live",
        "The ride's website went live this week, with pictures of the queue.",
        Label.NONE,
    ),
    Case(
        "sources-with-the-company-told",
        ROCKET,
        "Private rocket eyes maiden flight",
        "Velcor-2 is set to fly this year, sources with the Beijing-based company told a "
        "state newspaper.",
        Label.RUMOURED,
    ),
    Case(
        "i-hear-is-hearsay",
        RIDE,
        "Velcor Ride planned for the park",
        "I hear the new ride's opening should be Summer 2027 for the Velcor Ride.",
        Label.RUMOURED,
    ),
    Case(
        "a-fan-site-revealed",
        GAME,
        "Next card set named",
        "The fan site CardBeach revealed that the next set will be called Velcor Saga; "
        "it will come out in May.",
        Label.RUMOURED,
    ),
    Case(
        "a-playtest-packet-released",
        GAME,
        "First playtest for Velcor Saga",
        "Velcor Studios has released the first playtest materials packet for Velcor Saga.",
        Label.NONE,
    ),
    Case(
        "french-available-to-download",
        GAME,
        "Velcor Saga",
        "Velcor Saga est disponible en téléchargement sur PC, PS4 et Xbox One.",
        Label.RELEASED,
    ),
    Case(
        "french-available-for-three-days",
        GAME,
        "Velcor Saga : les excuses du studio",
        "« Disponible depuis 3 jours, Velcor Saga est loin de faire l'unanimité ».",
        Label.RELEASED,
    ),
    Case(
        "french-now-that-it-is-available",
        GAME,
        "Velcor Saga de sortie",
        "Maintenant que Velcor Saga est disponible, place à la bande-annonce de lancement.",
        Label.RELEASED,
    ),
    Case(
        "french-perfect-with-avoir",
        GAME,
        "Le remake aura son remake",
        "Fin 2020, Velcor Studios a sorti Velcor Saga sur PC.",
        Label.RELEASED,
    ),
    Case(
        "french-pluperfect",
        GAME,
        "Velcor Saga remasterisé",
        "Velcor Saga était sorti en fin de cycle de la génération précédente.",
        Label.RELEASED,
    ),
    Case(
        "french-already-available-elsewhere",
        GAME,
        "Velcor Saga sur Switch",
        "Déjà disponible sur une multitude de plateformes, Velcor Saga sortira à la rentrée "
        "sur Switch.",
        Label.RELEASED,
    ),
    Case(
        "french-first-is-no-premiere",
        GAME,
        "Velcor Saga : deux premières séquences de gameplay",
        "Le studio montre du gameplay de son prochain jeu.",
        Label.NONE,
    ),
    Case(
        "german-finally-delivered",
        TABLET,
        "Velcor Tab stürzt ab",
        "Das Velcor Tab, im März angekündigt, Ende September endlich ausgeliefert, stürzt oft ab.",
        Label.RELEASED,
    ),
    Case(
        "german-reported-on-the-market",
        TABLET,
        "Velcor Tab zeigt, wie es nicht geht",
        "Nach mehreren Terminverschiebungen sei das Velcor Tab nun offiziell auf dem Markt.",
        Label.RELEASED,
    ),
    Case(
        "german-was-available-in-september",
        TABLET,
        "Velcor zieht sich zurück",
        "Nach Pannen war das Velcor Tab dann tatsächlich im September verfügbar.",
        Label.RELEASED,
    ),
    Case(
        "german-sold-since",
        TABLET,
        "Velcor-Chef räumt Fehler ein",
        "Das Velcor Tab wird seit Ende September verkauft.",
        Label.RELEASED,
    ),
    Case(
        "german-on-sale-since-a-month",
        TABLET,
        "Velcor Tab",
        "Das Velcor Tab ist seit Mai erhältlich.",
        Label.RELEASED,
    ),
    Case(
        "german-to-be-delivered-from-may-guard",
        TABLET,
        "Velcor Tab",
        "Das Velcor Tab wird ab Mai ausgeliefert.",
        Label.CONFIRMED,
    ),
    Case(
        "a-plan-for-the-publication-day",
        DRINK,
        "Velcor Shake is back",
        "The Velcor Shake will be available October 26 through October 31.",
        Label.RELEASED,
        published=date(2026, 10, 26),
    ),
    Case(
        "a-plan-for-the-next-day-guard",
        DRINK,
        "Velcor Shake is back",
        "The Velcor Shake will be available October 27 through October 31.",
        Label.CONFIRMED,
        published=date(2026, 10, 26),
    ),
    Case(
        "a-plan-for-later-that-day-guard",
        DRINK,
        "Velcor Shake teased",
        "The Velcor Shake will debut Thursday, October 26 at 9pm PT alongside a video.",
        Label.CONFIRMED,
        published=date(2026, 10, 26),
    ),
    Case(
        "the-company-announced-general-availability",
        TOOL,
        "Velcor 1.0 at the summit",
        "The company announced the general availability of Velcor 1.0.",
        Label.RELEASED,
    ),
    Case(
        "the-first-three-seasons-can-now-be-seen",
        SEASON,
        "Star breaks silence on return",
        "The first three seasons of Velcor can now be seen on the new service.",
        Label.RELEASED,
    ),
    Case(
        "playing-exclusively-in-theaters",
        FILM,
        "Why Velcor Road will stream on HBO first",
        "Velcor Road is playing exclusively in theaters starting today; it will go to HBO later.",
        Label.RELEASED,
    ),
    Case(
        "per-the-projects-release-plan",
        TOOL,
        "Velcor 1.0 is in sight",
        "Velcor 1.0 is scheduled to be released June 6, per the project's 1.0 release plan.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

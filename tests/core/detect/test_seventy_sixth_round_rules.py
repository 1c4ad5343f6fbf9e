"""The rules added in the ninety-fifth round (issue 5: the items of the blind sets
holdout1096-1107 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

FILM = Target(name="Velcor Road", aliases=(), maker="Velcor Pictures")
JET = Target(name="V7 Jet", aliases=(), maker="Velcor Aviation")
MODEL = Target(name="VeLCR", aliases=(), maker="Arden")
NETWORK = Target(name="Velcor Pay", aliases=(), maker="Velcor Central Bank")
PHONE = Target(name="Velcor 20 Pro", aliases=(), maker="Velcor")
ALBUM = Target(name="Velcor Nights", aliases=(), maker="Arden Records")

CASES = [
    Case(
        "premiered-in-competition-at-a-festival",
        FILM,
        "Velcor Road is an imitation of France",
        "Velcor Road, which premiered in competition at Cannes tonight, is a pastiche.",
        Label.NONE,
    ),
    Case(
        "launched-with-entry-into-service-ahead",
        JET,
        "Velcor offers new engines for its jets",
        "Velcor Aviation launched the V7 Jet, offering two engines for 15 percent fuel "
        "savings, with entry into service in spring 2016.",
        Label.CONFIRMED,
        published=date(2010, 12, 1),
    ),
    Case(
        "inner-capitals-are-the-names-own",
        MODEL,
        "Velcr (database)",
        "Encyclopedia entry on Velcr, the mobile database that launched in 2014.",
        Label.NONE,
    ),
    Case(
        "inner-capitals-in-a-shouted-headline-guard",
        MODEL,
        "ARDEN'S VELCR IS OUT NOW",
        "Arden's VeLCR model launched today for everyone.",
        Label.RELEASED,
    ),
    Case(
        "released-regulations-for-it",
        NETWORK,
        "Central bank issues framework for instant payments",
        "The central bank released regulations for Velcor Pay; banks must finish testing "
        "within six months.",
        Label.NONE,
    ),
    Case(
        "italian-a-green-light-arrived",
        PHONE,
        "Velcor 20 Pro: pregi e difetti",
        "Dopo un rilascio messo a rischio è arrivato il semaforo verde per il Velcor 20 Pro.",
        Label.NONE,
    ),
    Case(
        "unsure-of-an-official-release-date",
        ALBUM,
        "Velcor Nights is finished",
        "The singer says the album is done; while unsure of an official release date, he "
        "adds he is hoping before the summer.",
        Label.RUMOURED,
    ),
    Case(
        "no-news-of-a-release-date",
        ALBUM,
        "Fans protest for Velcor Nights",
        "Two months later there's still no news of a Velcor Nights release date despite a "
        "label tweet.",
        Label.RUMOURED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

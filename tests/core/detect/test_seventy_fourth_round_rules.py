"""The rules added in the ninety-third round (issue 5: the items of the blind sets
holdout1072-1083 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

FILM = Target(name="Velcor Road", aliases=("Dev Patel's Velcor Road",), maker="Velcor Pictures")
SHOW = Target(name="Velcor", aliases=(), maker="Velcor Channel")
CAMERA = Target(name="Velcor X2", aliases=(), maker="Velcor")
ALBUM = Target(name="Velcor Nights", aliases=(), maker="Velcor Records")
VENUE = Target(name="Velcor Arena", aliases=(), maker="Velcor Sports")
LINE = Target(name="Velcor Line", aliases=(), maker="Velcor Transit")
CAR = Target(name="Velcor E7", aliases=(), maker="Velcor Motors")
GPU = Target(name="Velcor Titan Z", aliases=(), maker="Velcor")
GAME = Target(name="Velcor Saga", aliases=(), maker="Velcor Studios")
SERVICE = Target(name="Velcor Play en España", aliases=(), maker="Velcor")

CASES = [
    Case(
        "a-question-auxiliary-is-no-brand",
        FILM,
        "When Will Velcor Road Be On Digital?",
        "The movie hit theaters on February 20 and heads to living rooms next.",
        Label.RELEASED,
    ),
    Case(
        "going-to-be-re-released",
        CAMERA,
        "Velcor X2 controversy",
        "Owners are wondering why the Velcor X2 is going to be re-released as a Mark II model.",
        Label.CONFIRMED,
    ),
    Case(
        "an-interview-published-is-not-it",
        ALBUM,
        "Velcor Nights: the band speaks",
        "The band's interview published on Monday covers the songs of Velcor Nights.",
        Label.NONE,
    ),
    Case(
        "a-review-the-day-before-the-premiere",
        SHOW,
        "Velcor provokes more thoughts than screams",
        "Vulture reviews Velcor; the seven-episode limited series premieres tomorrow.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "an-ordinal-season-is-a-part",
        SHOW,
        "Velcor renewed for season six",
        "The network announced season six as the fourth-season finale aired.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "ahead-of-its-public-opening",
        VENUE,
        "Shows make waves at Velcor Arena's opening ceremony",
        "The arena held opening galas ahead of its public opening; the governor officially "
        "inaugurated it on March 8.",
        Label.CONFIRMED,
    ),
    Case(
        "ahead-of-another-place-opening",
        VENUE,
        "Velcor Arena hints at new shows ahead of new airport opening",
        "Velcor Arena opened in 2019 and might add shows in June.",
        Label.RELEASED,
    ),
    Case(
        "french-pre-orders-opened",
        CAR,
        "Velcor lance les précommandes de la E7",
        "Depuis ce matin, le constructeur a ouvert les précommandes de la Velcor E7 en France.",
        Label.CONFIRMED,
    ),
    Case(
        "german-from-a-month-ahead",
        GPU,
        "Velcor Titan Z: Was leistet die Grafikkarte?",
        "Bereits ab Ende April bietet Velcor die Titan Z im Handel an, UVP 1.000 Dollar.",
        Label.CONFIRMED,
        published=date(2026, 3, 18),
    ),
    Case(
        "german-release-targeted",
        GAME,
        "Velcor Saga: die Kartoffel ist ein Western",
        "Das Projekt ist Velcor Saga; ein Release ist allerdings erst für das späte 2027 "
        "anvisiert.",
        Label.CONFIRMED,
    ),
    Case(
        "german-out-as-planned",
        GAME,
        "Velcor Saga erschienen",
        "Velcor Saga ist wie geplant am Freitag erschienen.",
        Label.RELEASED,
    ),
    Case(
        "a-spanish-regional-name",
        SERVICE,
        "Velcor Play llega a España",
        "La plataforma ya está disponible.",
        Label.RELEASED,
    ),
    Case(
        "french-drive-review",
        CAR,
        "Essai Velcor E7 : l'échelon supérieur",
        "Essai belge du SUV hybride, avec la finition haut de gamme.",
        Label.RELEASED,
    ),
    Case(
        "french-on-sale-since",
        CAR,
        "Velcor E7 : la bonne surprise",
        "Commercialisé à la fin de l'année 2024, le SUV Velcor E7 vient remplacer le Kadjar.",
        Label.RELEASED,
    ),
    Case(
        "french-to-be-sold",
        CAR,
        "Velcor E7 : les prix",
        "Le SUV Velcor E7 sera commercialisé en 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "newly-opened",
        LINE,
        "Driverless train breaks down in tunnel",
        "A driverless train on the newly-opened Velcor Line has broken down between two stations.",
        Label.RELEASED,
    ),
    Case(
        "a-newly-opened-website-is-not-it",
        GAME,
        "Here's how Velcor Saga's battles work",
        "The newly opened Japanese website has a clip of the battles. Velcor Saga will come "
        "to the Switch on July 17, 2026.",
        Label.CONFIRMED,
    ),
    Case(
        "opened-for-revenue-service",
        LINE,
        "Revenue services start on the Velcor Line",
        "The Velcor Line was opened for revenue service on February 23, serving seven stations.",
        Label.RELEASED,
    ),
    Case(
        "declared-open",
        LINE,
        "Velcor Line worth the long wait",
        "The $1.65 billion Velcor Line was declared open on Sunday morning.",
        Label.RELEASED,
    ),
    Case(
        "german-released-today",
        GAME,
        "Velcor Saga: Launch-Trailer",
        "Velcor Studios veröffentlichen heute Velcor Saga für PC und Konsolen.",
        Label.RELEASED,
    ),
    Case(
        "german-review-report",
        GAME,
        "Testbericht: Velcor Saga",
        "Der Held ist mit einem neuen Abenteuer zurück.",
        Label.RELEASED,
    ),
    Case(
        "a-beta-starting-today-is-not-it",
        GAME,
        "Velcor Saga: Beta",
        "Die offene Beta von Velcor Saga startet heute.",
        Label.NONE,
    ),
    Case(
        "german-reported-plan",
        GAME,
        "Velcor Studios kündigt Velcor Saga an",
        "Der Verkaufsstart von Velcor Saga sei für Frühjahr 2027 geplant.",
        Label.CONFIRMED,
    ),
    Case(
        "a-letter-and-a-hyphen-is-an-engine",
        CAR,
        "Velcor E7 E-Tech Hybrid review",
        "The hybrid SUV is good.",
        Label.RELEASED,
    ),
    Case(
        "a-model-letter-ending-a-sentence",
        CAMERA,
        "Buying a 360 camera",
        "After a trip I researched options and bought the Velcor X2 S.",
        Label.NONE,
    ),
    Case(
        "declared-open-for-bids",
        LINE,
        "Velcor Line tender",
        "The Velcor Line contract was declared open for bids on Sunday.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

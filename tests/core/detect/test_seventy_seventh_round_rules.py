"""The rules added in the ninety-sixth round (issue 5: the items of the blind sets
holdout1108-1119 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

APP = Target(name="Velcor Pay", aliases=(), maker="Velcor Bank")
STORE = Target(name="Velcor.nl", aliases=(), maker="Velcor")
GADGET = Target(name="Velcor X3", aliases=(), maker="Velcor")
SHOW = Target(name="Velcor Nights", aliases=(), maker="Arden TV")
LENS = Target(name="Velcor 35mm F1.4", aliases=(), maker="Velcor")
ROCKET = Target(name="Velcor-1", aliases=(), maker="Velcor Space")
STAFFEL = Target(name="Velcor Nächte Staffel 2", aliases=(), maker="Arden TV")
TEMPORADA = Target(name="Velcor Noches (temporada 4)", aliases=(), maker="Arden TV")
SAISON = Target(name="Velcor Nuits saison 2", aliases=(), maker="Arden TV")
GAME = Target(name="Velcor Saga", aliases=(), maker="Velcor Studios")
TRUCK = Target(name="Velcor T1", aliases=(), maker="Velcor")

CASES = [
    Case(
        "portuguese-launched-this-week",
        APP,
        "Velcor Bank anuncia novidade para clientes",
        "O banco lançou nesta semana o Velcor Pay, com cashback para todos os clientes.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-launched-a-year-ago",
        APP,
        "Velcor Bank encerra programa de pontos",
        "O Velcor Pay, que foi lançado há cerca de um ano, deixa de aceitar novos cadastros.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-start-working-on-a-day",
        APP,
        "Velcor Pay começa a valer; entenda as regras",
        "O Velcor Pay e o Velcor Troco começam a funcionar nesta segunda-feira (10).",
        Label.RELEASED,
    ),
    Case(
        "portuguese-headline-launches",
        APP,
        "Velcor Bank lança Velcor Pay para pequenos lojistas",
        "A carteira digital tem tarifa zero no primeiro ano.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-headline-launches-with-a-date-ahead",
        APP,
        "Velcor Bank lança Velcor Pay com limite diário",
        "O banco vai implementar em 29 de março o Velcor Pay, segundo nota divulgada hoje.",
        Label.CONFIRMED,
    ),
    Case(
        "portuguese-headline-launches-over-a-launch-to-come",
        ROCKET,
        "Velcor lança seu primeiro satélite",
        "O satélite Velcor-1 será lançado ao espaço a partir da Índia.",
        Label.CONFIRMED,
    ),
    Case(
        "portuguese-headline-launches-a-test-mode",
        APP,
        "Velcor Bank lança concorrente ao Pix",
        "O Velcor Pay está disponível, para já, apenas em 'modo de teste' e no Brasil.",
        Label.CONFIRMED,
    ),
    Case(
        "portuguese-launched-a-test-is-no-release",
        GADGET,
        "Velcor abre inscrições",
        "A Velcor lançou o programa de testes do Velcor X3 no Brasil.",
        Label.NONE,
    ),
    Case(
        "dutch-available-from-today-across-the-country",
        STORE,
        "Velcor.nl vanaf vandaag in heel Nederland beschikbaar",
        "De webwinkel heeft een Nederlandstalige klantenservice.",
        Label.RELEASED,
    ),
    Case(
        "dutch-available-since-a-year",
        STORE,
        "Velcor verhoogt prijzen",
        "Velcor.nl, sinds 2013 in Nederland beschikbaar, rekent voortaan meer voor bezorging.",
        Label.RELEASED,
    ),
    Case(
        "dutch-launched-today",
        STORE,
        "Velcor begint Nederlandse webwinkel",
        "Velcor heeft zijn webwinkel Velcor.nl vandaag gelanceerd, met miljoenen producten.",
        Label.RELEASED,
    ),
    Case(
        "dutch-went-live-in-a-month",
        STORE,
        "Een jaar Velcor.nl",
        "Een jaar nadat Velcor.nl in maart 2025 live ging, is het marktaandeel nog klein.",
        Label.RELEASED,
    ),
    Case(
        "dutch-headline-launches",
        STORE,
        "Velcor lanceert Velcor.nl",
        "Klanten kunnen kiezen uit miljoenen producten in tientallen categorieën.",
        Label.RELEASED,
    ),
    Case(
        "spanish-available-from-this-day",
        SHOW,
        "Velcor Nights regresa con nuevos personajes",
        "Velcor Nights, disponible a partir de este 10 de marzo en la plataforma de Arden TV, "
        "sigue a Pol en la universidad.",
        Label.RELEASED,
    ),
    Case(
        "spanish-available-from-a-later-day",
        SHOW,
        "Velcor Nights regresa con nuevos personajes",
        "Velcor Nights, disponible a partir del 27 de junio en la plataforma de Arden TV, "
        "sigue a Pol en la universidad.",
        Label.CONFIRMED,
    ),
    Case(
        "german-goes-into-its-second-season-on-a-day",
        STAFFEL,
        "Velcor Nächte geht in die zweite Staffel",
        "Die Serie startet am 22. November in die zweite Staffel, gab Arden TV bekannt.",
        Label.CONFIRMED,
    ),
    Case(
        "german-second-season-of-the-show-now-on-a-service",
        STAFFEL,
        "Zweite Staffel von Velcor Nächte",
        "Die zweite Staffel von Velcor Nächte ist jetzt bei Arden TV verfügbar.",
        Label.RELEASED,
    ),
    Case(
        "german-first-season-is-another-season",
        STAFFEL,
        "Velcor Nächte bei Arden TV",
        "Die erste Staffel von Velcor Nächte ist jetzt bei Arden TV verfügbar.",
        Label.NONE,
    ),
    Case(
        "spanish-fourth-season-of-the-show-dated",
        TEMPORADA,
        "Arden TV confirma la cuarta temporada de Velcor Noches",
        "La cuarta temporada de 'Velcor Noches' se estrenará el 5 de mayo.",
        Label.CONFIRMED,
    ),
    Case(
        "spanish-third-season-is-another-season",
        TEMPORADA,
        "Velcor Noches",
        "La tercera temporada de Velcor Noches ya está disponible en Arden TV.",
        Label.NONE,
    ),
    Case(
        "french-second-season-out-since-friday",
        SAISON,
        "Velcor Nuits revient",
        "La deuxième saison de Velcor Nuits est disponible depuis vendredi sur Arden TV.",
        Label.RELEASED,
    ),
    Case(
        "launched-production-is-work-begun",
        TRUCK,
        "As Velcor T1 output starts, dealers will be stocked",
        "Velcor launched production of the aluminum Velcor T1 in Dearborn on Monday.",
        Label.NONE,
    ),
    Case(
        "polish-premiere-today",
        GAME,
        "Premiera gry Velcor Saga",
        "Dziś premiera zapowiadanej od dawna polskiej gry przygodowej Velcor Saga.",
        Label.RELEASED,
    ),
    Case(
        "polish-years-since-its-premiere",
        GAME,
        "Velcor Studios zapowiada sequel",
        "Velcor Saga, mimo upływu niemal 6 lat od jej premiery, wciąż dobrze się sprzedaje.",
        Label.RELEASED,
    ),
    Case(
        "german-is-due-to-appear",
        GADGET,
        "Velcor X3: Marktstart im Oktober",
        "Velcor hat bestätigt, dass das Velcor X3 im Oktober erscheinen soll.",
        Label.CONFIRMED,
    ),
    Case(
        "german-is-due-to-start-on-a-rumour-sites-word",
        LENS,
        "Neues Velcor-Objektiv im April?",
        "Laut Velcorrumors soll das Velcor 35mm F1.4 im April erscheinen.",
        Label.RUMOURED,
    ),
    Case(
        "german-when-it-is-due-is-open",
        LENS,
        "Velcor 35mm F1.4 im Netz aufgetaucht",
        "Wann das Velcor 35mm F1.4 auf den Markt kommen soll, steht noch nicht fest.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

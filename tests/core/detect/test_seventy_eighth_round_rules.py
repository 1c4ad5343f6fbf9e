"""The rules added in the ninety-seventh round (issue 5: the items of the blind sets
holdout1132-1143 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.classifier import Classifier
from bot.core.models import ItemKind, ItemText, Label, Target
from tests.core.detect.rule_case import Case

APP = Target(name="Velcor Alerte", aliases=(), maker="Velcor Santé")
CARD = Target(name="Velcor Card", aliases=(), maker="Velcor Bank")
SHOW = Target(name="Velcor Notti", aliases=(), maker="Arden TV")
GAME = Target(name="Velcor Saga", aliases=(), maker="Velcor Studios")
PHONE = Target(name="Velcor X3", aliases=(), maker="Velcor")
REGISTRY = Target(name="Velcor Hub", aliases=(), maker="Velcor Labs")
ROCKET = Target(name="VLV", aliases=(), maker="Velcor Space")
CAR = Target(name="2012 Velcor Arden EV", aliases=("Velcor Arden EV", "Arden EV"), maker="Velcor")

CASES = [
    Case(
        "french-has-launched",
        APP,
        "Alerte d'urgence : voici comment fonctionne le système",
        "Ce mardi, le gouvernement a lancé Velcor Alerte, qui envoie des notifications.",
        Label.RELEASED,
    ),
    Case(
        "french-has-launched-an-invitation-is-no-release",
        PHONE,
        "Velcor prépare une annonce",
        "Velcor a lancé ce mercredi une invitation pour la présentation du Velcor X3.",
        Label.NONE,
    ),
    Case(
        "french-now-accessible-to-everyone",
        APP,
        "Velcor Alerte ouverte au grand public",
        "Velcor Alerte est désormais accessible à l'ensemble de la population.",
        Label.RELEASED,
    ),
    Case(
        "french-came-into-service",
        APP,
        "Velcor Alerte au Québec",
        "Velcor Alerte est entrée en fonction lundi dans la province.",
        Label.RELEASED,
    ),
    Case(
        "french-can-now-use",
        APP,
        "Nouvelle application de santé",
        "Les Québécois peuvent maintenant utiliser Velcor Alerte sur leur téléphone.",
        Label.RELEASED,
    ),
    Case(
        "french-since-its-launch",
        APP,
        "Velcor Alerte déjà très populaire",
        "Velcor Alerte a été téléchargée 400 000 fois depuis son lancement mercredi.",
        Label.RELEASED,
    ),
    Case(
        "french-downloaded-n-times",
        APP,
        "L'appli Velcor Alerte à l'étranger",
        "L'application Velcor Alerte a déjà été téléchargée 1,2 million de fois.",
        Label.RELEASED,
    ),
    Case(
        "french-downloaded-in-a-pilot-but-not-launched-is-no-release",
        APP,
        "Avant le feu vert officiel, Velcor Alerte a été téléchargée 50 000 fois",
        "Velcor Alerte n'a pas encore été lancée officiellement malgré les téléchargements.",
        Label.CONFIRMED,
    ),
    Case(
        "french-launched-to-counted-testers-is-no-release",
        APP,
        "Velcor Alerte entre en phase de test",
        "Velcor Santé a lancé Velcor Alerte auprès de 10.000 testeurs.",
        Label.RUMOURED,
    ),
    Case(
        "german-had-brought-in",
        CARD,
        "Neue Funktionen für Sparer",
        "Die Velcor Card im Wallet hatte die Bank bereits vor geraumer Zeit eingeführt.",
        Label.RELEASED,
    ),
    Case(
        "german-since-today",
        CARD,
        "Velcor Card: Neue Bezahlfunktion",
        "Seit heute lässt sich die Velcor Card im Wallet hinterlegen.",
        Label.RELEASED,
    ),
    Case(
        "german-went-into-operation",
        APP,
        "Warnsystem im Einsatz",
        "Das System Velcor Alerte ging am Donnerstag offiziell in Betrieb.",
        Label.RELEASED,
    ),
    Case(
        "italian-from-today-will-be-available",
        SHOW,
        "Velcor Notti arriva in streaming",
        "La serie Velcor Notti da oggi sarà disponibile online per tutti gli abbonati.",
        Label.RELEASED,
    ),
    Case(
        "italian-aired-on-a-day",
        SHOW,
        "Velcor Notti, boom di ascolti",
        "La prima puntata di Velcor Notti, trasmessa lunedì 1 dicembre su Rai 1, ha vinto la "
        "serata.",
        Label.RELEASED,
    ),
    Case(
        "polish-it-debuted",
        GAME,
        "Velcor Saga bije rekordy",
        "Velcor Saga zadebiutowała 10 marca na PC i konsolach.",
        Label.RELEASED,
    ),
    Case(
        "polish-its-release-took-place",
        GAME,
        "Velcor Saga w encyklopedii",
        "Premiera gry Velcor Saga na komputery osobiste odbyła się 23 października 2018.",
        Label.RELEASED,
    ),
    Case(
        "polish-release-today",
        GAME,
        "Premiera Velcor Saga już dziś",
        "Gra trafia na PC i konsole i będzie darmowa.",
        Label.RELEASED,
    ),
    Case(
        "polish-can-be-downloaded",
        GAME,
        "Ogromny sukces Velcor Saga",
        "Grę Velcor Saga można pobrać na PC i konsole.",
        Label.RELEASED,
    ),
    Case(
        "polish-will-be-downloadable-is-no-release",
        GAME,
        "Velcor Saga w przyszłym roku",
        "Grę Velcor Saga będzie można pobrać w przyszłym roku.",
        Label.NONE,
    ),
    Case(
        "dutch-from-now-on-can",
        APP,
        "Zo werkt de nieuwe app",
        "Nederlanders kunnen vanaf nu een bewijs aanmaken in Velcor Alerte.",
        Label.RELEASED,
    ),
    Case(
        "dutch-from-today-anyone-can",
        APP,
        "Corona-app voor iedereen",
        "Vanaf vandaag kan iedereen Velcor Alerte downloaden op zijn smartphone.",
        Label.RELEASED,
    ),
    Case(
        "dutch-now-to-download",
        APP,
        "Velcor Alerte nu voor iedereen te downloaden",
        "De app werkt op iPhone en Android.",
        Label.RELEASED,
    ),
    Case(
        "dutch-was-launched",
        PHONE,
        "Velcor X3 in de winkels",
        "In april werd de Velcor X3 gelanceerd in Nederland.",
        Label.RELEASED,
    ),
    Case(
        "dutch-launched-for-a-test-group-is-no-release",
        APP,
        "Velcor Alerte gelanceerd",
        "Velcor Santé heeft Velcor Alerte gelanceerd voor een testgroep van ziekenhuizen.",
        Label.RUMOURED,
    ),
    Case(
        "live-with-early-partners-is-a-closed-preview",
        REGISTRY,
        "Velcor Hub: a package registry, now in Beta",
        "Velcor Hub is live with our early partners, and we will open it to all soon.",
        Label.CONFIRMED,
    ),
    Case(
        "sources-in-the-maker-are-hearsay",
        ROCKET,
        "Velcor Space gearing up for the maiden flight of its mini rocket",
        "Several sources in Velcor Space have said that VLV is targeted to be launched in "
        "late March.",
        Label.RUMOURED,
    ),
    Case(
        "the-maker-itself-said-is-on-record",
        ROCKET,
        "Velcor Space gearing up for the maiden flight of its mini rocket",
        "Velcor Space has said that VLV is targeted to be launched in late March.",
        Label.CONFIRMED,
    ),
    Case(
        "a-launch-years-before-the-model-year-is-an-earlier-models",
        CAR,
        "Rare Rides: a 2002 Arden with a story to tell",
        "The first-generation Arden EV became available back in 1997, via a fleet lease.",
        Label.NONE,
    ),
    Case(
        "a-launch-in-the-model-year-is-the-targets",
        CAR,
        "Rare Rides: the Arden EV",
        "The Arden EV went on sale in 2012 in California.",
        Label.RELEASED,
    ),
    Case(
        "spanish-millions-of-players",
        GAME,
        "Velcor Saga amasa 6 millones de jugadores en sus primeras 24 horas",
        "Velcor Studios lo agradeció en Twitter.",
        Label.RELEASED,
    ),
    Case(
        "german-millions-of-players",
        GAME,
        "Velcor Saga übersteigt 3 Millionen Spieler",
        "Velcor Studios meldet den Erfolg in weniger als einem Monat.",
        Label.RELEASED,
    ),
    Case(
        "an-open-betas-players-are-a-beta-not-the-release",
        GAME,
        "Velcor Saga, l'open beta attira oltre 3 milioni di giocatori",
        "Velcor Studios ringrazia i fan.",
        Label.CONFIRMED,
    ),
    Case(
        "spanish-finally-among-us",
        GAME,
        "[Análisis] Velcor Saga",
        "Al fin está entre nosotros Velcor Saga, con cinco tableros clásicos.",
        Label.RELEASED,
    ),
    Case(
        "spanish-years-since-its-premiere",
        GAME,
        "Velcor Studios anunciará un juego nuevo",
        "Velcor Saga sigue recibiendo contenidos a pesar de que hace seis años de su estreno.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-already-on-sale",
        PHONE,
        "Hands-on do Velcor X3",
        "O Velcor X3 já está à venda no varejo físico e online.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-began-selling",
        PHONE,
        "Análise TeK: Velcor X3",
        "Análise do Velcor X3, aparelho que a operadora começou a vender e que a rival já "
        "tem em demonstração.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-debuted",
        PHONE,
        "Velcor vai lançar o X3 globalmente",
        "O Velcor X3, que estreou na Coreia há algum tempo, chega a mais países.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-has-not-debuted-yet-is-no-release",
        PHONE,
        "Velcor X3 em teste",
        "O novo Velcor X3 nem estreou ainda.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


def test_an_earlier_models_launch_is_no_release_to_the_second_opinion_either() -> None:
    """The rules drop a launch dated years before the model year; the second opinion,
    which reads no years, must not read the same words as the target out."""
    item = ItemText(
        "Rare Rides: a 2002 Arden with a story to tell",
        "The first-generation Arden EV became available back in 1997, but only via a fleet "
        "lease; a total of 328 were sold to consumers.",
        "https://news.example.org/rare-rides-arden",
        date(2024, 3, 1),
        ItemKind.PRESS,
    )
    assert Classifier(CAR).classify(item).label is not Label.RELEASED

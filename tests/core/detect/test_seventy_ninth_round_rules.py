"""The rules added in the ninety-eighth round (issue 5: the items of the blind sets
holdout1144-1155 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

APP = Target(name="Kelmo", aliases=(), maker="Kelmo AG")
LIBRARY = Target(name="Kelmo 1.0", aliases=(), maker="Kelmo Project")
FILM = Target(name="Kelmo Nights", aliases=(), maker="Arden Features")
SHOW = Target(name="Kelmo Noches", aliases=(), maker="Arden Studios")
GAME = Target(name="Kelmo Quest", aliases=(), maker="Kelmo Games")
LINE = Target(name="Kelmo Express", aliases=(), maker="Kelmo Rail")

CASES = [
    # A count grouped by dots is no versioned name standing before the cue.
    Case(
        "italian-dotted-audience-count",
        SHOW,
        "Kelmo Noches, record di ascolti",
        "Kelmo Noches ha raggiunto 4.812.000 spettatori ieri sera.",
        Label.RELEASED,
    ),
    # German headlines that end on "verfügbar", and "ab sofort ... verfügbar".
    Case(
        "german-headline-available",
        APP,
        "Kelmo als App für alle iPhones verfügbar",
        "Der Messenger kostet zwei Franken im App Store.",
        Label.RELEASED,
    ),
    Case(
        "german-headline-available-in-autumn-is-no-release",
        APP,
        "Kelmo ab Herbst verfügbar",
        "Der Messenger kommt auf weitere Geräte.",
        Label.NONE,
    ),
    Case(
        "german-headline-available-on-a-day-ahead-is-a-plan",
        APP,
        "Kelmo ab 25. März für alle verfügbar",
        "Die App kommt bald.",
        Label.CONFIRMED,
    ),
    Case(
        "german-headline-not-available-is-no-release",
        APP,
        "Kelmo in Deutschland nicht verfügbar",
        "Der Messenger fehlt im Store.",
        Label.NONE,
    ),
    Case(
        "german-from-now-on-also-in",
        APP,
        "Neues bei Kelmo",
        "Der Messenger Kelmo ist in Deutschland beliebt, und ab sofort auch in der Schweiz "
        "erhältlich.",
        Label.RELEASED,
    ),
    Case(
        "german-now-also-for-android",
        APP,
        "Messenger-Neuigkeiten",
        "Kelmo ist nun auch für Android erhältlich.",
        Label.RELEASED,
    ),
    # A headline's bare "disponible" in French, Spanish, Italian, Portuguese.
    Case(
        "french-headline-available",
        APP,
        "Kelmo : l'application est disponible au grand public",
        "Elle peut être téléchargée sur Android et iOS.",
        Label.RELEASED,
    ),
    Case(
        "french-headline-available-on-the-day-it-names",
        APP,
        "Kelmo disponible ce mardi 10 mars",
        "L'application sera téléchargeable à partir de midi.",
        Label.RELEASED,
    ),
    Case(
        "french-headline-available-on-a-day-ahead-is-a-plan",
        APP,
        "Kelmo disponible ce mardi 17 mars",
        "L'application sera téléchargeable à partir de midi.",
        Label.CONFIRMED,
        published=date(2026, 3, 12),
    ),
    Case(
        "french-headline-available-from-a-weekday-is-no-release",
        APP,
        "Kelmo disponible à partir de mardi",
        "L'application arrive.",
        Label.NONE,
    ),
    Case(
        "italian-headline-alpha-available-is-no-release",
        GAME,
        "Kelmo Quest disponibile l'alpha: ecco i requisiti",
        "Una versione alpha per pochi giocatori.",
        Label.NONE,
    ),
    Case(
        "italian-headline-not-now-available-is-no-release",
        APP,
        "Kelmo non è ora disponibile in Italia",
        "Niente da fare.",
        Label.NONE,
    ),
    Case(
        "spanish-headline-not-available-is-no-release",
        APP,
        "Kelmo no está disponible en México",
        "Nada por ahora.",
        Label.NONE,
    ),
    # The headline form is read only in headlines: a summary's "disponibile dal 27 marzo",
    # published no day, is no plan.
    Case(
        "a-summarys-bare-available-with-a-day-is-no-plan",
        APP,
        "Kelmo, la recensione",
        "Kelmo è disponibile per iPhone dallo scorso 12 dicembre.",
        Label.RELEASED,
        published=None,
    ),
    # Spanish premieres told in the past.
    Case(
        "spanish-premiered-a-show",
        SHOW,
        "Lo nuevo de la plataforma",
        "Arden estrenó la esperada serie Kelmo Noches el 5 de febrero.",
        Label.RELEASED,
    ),
    Case(
        "spanish-that-premiered",
        SHOW,
        "Kelmo Noches: reparto y novedades",
        "La serie Kelmo Noches, que se estrenó en Arden, retrata una familia.",
        Label.RELEASED,
    ),
    Case(
        "spanish-premiered-on-a-past-day",
        SHOW,
        "Kelmo Noches: reparto y novedades",
        "Kelmo Noches, estrenada el 25 de enero de 2026, tiene seis capítulos.",
        Label.RELEASED,
    ),
    Case(
        "spanish-arrived-weeks-ago",
        SHOW,
        "Kelmo Noches: reparto y novedades",
        "Kelmo Noches, que llegó hace apenas unas semanas a la plataforma, es un éxito.",
        Label.RELEASED,
    ),
    Case(
        "spanish-its-premiere-ahead-is-no-release",
        SHOW,
        "Kelmo Noches: reparto y novedades",
        "El estreno de Kelmo Noches será el 5 de mayo.",
        Label.NONE,
    ),
    Case(
        "spanish-when-does-it-premiere-is-no-release",
        SHOW,
        "Kelmo Noches: cuándo se estrena",
        "Arden publicó el primer avance.",
        Label.NONE,
    ),
    # Italian: can be downloaded, started, operational.
    Case(
        "italian-can-finally-be-downloaded",
        APP,
        "Arriva l'app Kelmo",
        "L'app Kelmo si può finalmente scaricare dagli store.",
        Label.RELEASED,
    ),
    Case(
        "italian-anyone-can-download",
        APP,
        "Kelmo, come funziona",
        "Dallo scorso aprile chiunque può scaricare Kelmo.",
        Label.RELEASED,
    ),
    Case(
        "italian-started-on-a-day",
        APP,
        "Kelmo, le regole",
        "La lotteria Kelmo è partita il primo febbraio.",
        Label.RELEASED,
    ),
    Case(
        "italian-a-trial-started-is-no-release",
        APP,
        "Kelmo, le regole",
        "Con Kelmo è partita la sperimentazione in tre regioni.",
        Label.NONE,
    ),
    Case(
        "italian-became-operational",
        APP,
        "Kelmo, la banca digitale",
        "Kelmo è diventata operativa come banca digitale.",
        Label.RELEASED,
    ),
    Case(
        "italian-will-be-operational-is-no-release",
        APP,
        "Kelmo, la banca digitale",
        "Kelmo sarà operativa da maggio.",
        Label.NONE,
    ),
    # French transit and games.
    Case(
        "french-will-be-inaugurated-is-no-release",
        LINE,
        "Le Kelmo Express sera inauguré le 27 mars",
        "Une ouverture au public est prévue ensuite.",
        Label.NONE,
    ),
    Case(
        "french-open-to-the-public-since",
        LINE,
        "Le Kelmo Express séduit ses premiers passagers",
        "Le réseau Kelmo Express est ouvert au public depuis le 15 décembre.",
        Label.RELEASED,
    ),
    Case(
        "french-already-in-service",
        LINE,
        "Le Kelmo Express en chiffres",
        "Le Kelmo Express, déjà en fonction, a transporté 13 millions de passagers.",
        Label.RELEASED,
    ),
    Case(
        "french-since-it-entered-service",
        LINE,
        "Un succès pour le Kelmo Express",
        "Depuis le début de sa mise en service, le Kelmo Express rencontre un franc succès.",
        Label.RELEASED,
    ),
    Case(
        "french-review-headline-with-a-dash",
        GAME,
        "TEST - Kelmo Quest (Xbox, PlayStation, PC)",
        "Notre avis après vingt heures.",
        Label.RELEASED,
    ),
    Case(
        "french-review-headline-with-a-spaced-colon",
        GAME,
        "Test Kelmo Quest : le studio s'essaye au jeu de tir",
        "Verdict après plusieurs heures.",
        Label.RELEASED,
    ),
    Case(
        "french-available-in-early-access-since",
        GAME,
        "Kelmo Quest - Aperçu",
        "Le jeu est disponible en accès anticipé depuis le 22 septembre 2025.",
        Label.RELEASED,
    ),
    # German "ready", "on the market", "goes into service".
    Case(
        "german-ready-to-download",
        APP,
        "Offizielle Kelmo-App steht zum Download bereit",
        "Die App des Bundes ist zum Download bereitgestellt worden.",
        Label.RELEASED,
    ),
    Case(
        "german-not-ready-yet-is-no-release",
        APP,
        "Kelmo: Start verschoben",
        "Die Kelmo-App steht noch nicht bereit.",
        Label.NONE,
    ),
    Case(
        "german-on-the-market-for-weeks",
        APP,
        "Neues zur App",
        "Seit zwei Wochen ist die Kelmo-App auf dem Markt.",
        Label.RELEASED,
    ),
    Case(
        "german-goes-into-service-this-friday",
        LINE,
        "Neue Strecke",
        "Der Kelmo Express geht an diesem Freitag in Betrieb.",
        Label.RELEASED,
    ),
    Case(
        "german-goes-into-service-on-a-day-ahead-is-a-plan",
        LINE,
        "Neue Strecke",
        "Der Kelmo Express geht am 4. Juli in Betrieb.",
        Label.CONFIRMED,
    ),
    # French landed and launched, and "en 2027" read as a year.
    Case(
        "french-lands-today",
        SHOW,
        "Arden : la série Kelmo Noches débarque aujourd'hui",
        "Cinq épisodes d'environ trente minutes.",
        Label.RELEASED,
    ),
    Case(
        "french-has-landed-on",
        SHOW,
        "Kelmo Noches cartonne",
        "La série Kelmo Noches a débarqué sur Arden mercredi.",
        Label.RELEASED,
    ),
    Case(
        "french-launched-early-june",
        APP,
        "Un bilan pour Kelmo",
        "Lancée début février, l'application Kelmo a séduit 250.000 jeunes.",
        Label.RELEASED,
    ),
    Case(
        "french-launches-in-a-year-ahead-is-no-release",
        APP,
        "Un projet pour Kelmo",
        "Le gouvernement lance en 2027 l'application Kelmo.",
        Label.NONE,
    ),
    Case(
        "french-launched-another-product-is-no-release",
        APP,
        "Kelmo, la nouvelle application",
        "L'application Kelmo doit remplacer le Portail lancé en 2015.",
        Label.NONE,
    ),
    Case(
        "french-you-launched-it-years-ago",
        APP,
        "Entretien avec la directrice",
        "Vous avez lancé il y a deux ans Kelmo en Belgique.",
        Label.RELEASED,
    ),
    # Spanish: may be applied for, launched, set going.
    Case(
        "spanish-can-already-apply",
        APP,
        "Kelmo, requisitos",
        "Desde este lunes ya se puede solicitar Kelmo en la web del Ministerio.",
        Label.RELEASED,
    ),
    Case(
        "spanish-has-launched",
        APP,
        "Ya está el carné en el móvil",
        "La Policía ha lanzado este miércoles la aplicación Kelmo.",
        Label.RELEASED,
    ),
    Case(
        "spanish-has-launched-a-trailer-is-no-release",
        APP,
        "Kelmo, novedades",
        "La Policía ha lanzado el primer tráiler de Kelmo.",
        Label.NONE,
    ),
    Case(
        "spanish-was-set-going",
        APP,
        "La app Kelmo registra 400.000 descargas",
        "Kelmo se puso en marcha este miércoles a las 8 de la mañana.",
        Label.RELEASED,
    ),
    Case(
        "spanish-works-set-going-is-no-release",
        LINE,
        "El Kelmo Express avanza",
        "Con el Kelmo Express se puso en marcha la construcción de dos estaciones.",
        Label.NONE,
    ),
    # English: a festival's premiere, a numbered release announced, a pre-release status.
    Case(
        "premiered-out-of-competition-is-no-release",
        FILM,
        "Kelmo Nights first look – a dazzling 60s horror",
        "Notes from the Venice film festival, where the film premiered out of competition.",
        Label.NONE,
    ),
    Case(
        "pleased-to-announce-the-numbered-release",
        LIBRARY,
        "Kelmo news",
        "We are pleased to announce the 1.0 release of Kelmo, an async runtime.",
        Label.RELEASED,
    ),
    Case(
        "pre-release-status-is-no-release",
        LIBRARY,
        "Update to Kelmo 1.0",
        "Kelmo 1.0 still has pre-release status on the package index, so this can wait.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

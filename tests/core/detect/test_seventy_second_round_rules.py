"""The rules added in the ninety-first round (issue 5: gaps a review of the rules found, and
the items of the blind sets holdout1048-1059 and timelines326-337 the rules misread), one
short made-up item each: made-up products, and none of these sentences is in a labelled
set, so each case checks the rule rather than a memorised phrasing. Each case failed on the
code before its rule, except the guards, which keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

GAME = Target(name="Velcor Saga", aliases=(), maker="Velcor Studios")
CAR = Target(name="Velcor E7", aliases=(), maker="Velcor Motors")
AIRPORT = Target(name="Velcor Terminal", aliases=(), maker="Velcor Airports")
PHONE = Target(name="Velcor X2", aliases=(), maker="Velcor")
SHOW = Target(name="Velcor", aliases=(), maker="Velcor Channel")
MISSION = Target(name="Velcor-7", aliases=(), maker="Velcor Space")
CLOUD = Target(name="Velcor Cloud", aliases=(), maker="Velcor")
ALBUM = Target(name="Velcor Nights", aliases=(), maker="Velcor Records")
FEATURE = Target(name="Velcor Browse", aliases=(), maker="Velcor")
AIRLINE = Target(name="Velcor Aérea", aliases=(), maker="Velcor Group")
DESKTOP = Target(name="Velcor 4.20", aliases=(), maker="the Velcor project")

CASES = [
    Case(
        "german-presales-started-are-no-start",
        CAR,
        "Velcor E7: Vorverkauf",
        "Der Vorverkauf für den Velcor E7 ist gestartet; ausgeliefert wird ab Juni.",
        Label.CONFIRMED,
    ),
    Case(
        "german-preorders-open",
        CAR,
        "Velcor E7 vorbestellbar",
        "Der Velcor E7 ist ab sofort vorbestellbar.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-german-start-is-out",
        CAR,
        "Velcor E7 im Handel",
        "Am Samstag ist der Velcor E7 in Deutschland gestartet.",
        Label.RELEASED,
    ),
    Case(
        "german-passive-not-yet-opened",
        AIRPORT,
        "Velcor Terminal: weiter warten",
        "Das Velcor Terminal wurde noch nicht eröffnet.",
        Label.NONE,
    ),
    Case(
        "german-perfect-launched-a-service",
        CAR,
        "Velcor Motors startet Velcor E7",
        "Velcor Motors hat den Velcor E7 am Montag gestartet.",
        Label.RELEASED,
    ),
    Case(
        "french-preorders-are-a-plan",
        GAME,
        "Velcor Saga en précommande",
        "Velcor Saga est disponible en précommande sur toutes les plateformes.",
        Label.CONFIRMED,
    ),
    Case(
        "german-delivered-by-the-maker",
        CAR,
        "Velcor E7: die ersten Kunden",
        "Velcor Motors hat die ersten Velcor E7 der Kleinserie an Kunden ausgeliefert.",
        Label.RELEASED,
    ),
    Case(
        "german-delivered-told-in-passing",
        CAR,
        "Velcor E7: Nachfolger",
        "Der Velcor E7, der ab 2019 ausgeliefert wurde, bekommt einen Nachfolger.",
        Label.RELEASED,
    ),
    Case(
        "guard-one-unit-delivered-before-the-sale",
        PHONE,
        "Das erste Velcor X2 wurde bereits ausgeliefert",
        "Ein Käufer erhielt es eine ganze Woche vor dem geplanten Verkaufsstart.",
        Label.NONE,
    ),
    Case(
        "a-french-review-headline",
        GAME,
        "Test de Velcor Saga (PC, PS5)",
        "Huit zones de bonne taille, pour une durée de vie d'environ 20 heures.",
        Label.RELEASED,
    ),
    Case(
        "a-french-review-on-a-platform",
        GAME,
        "Velcor Saga – Test PS5",
        "Une suite réussie du premier épisode.",
        Label.RELEASED,
    ),
    Case(
        "french-available-for-now-on-one-platform",
        GAME,
        "Velcor Saga : notre avis",
        "Velcor Saga est pour l'instant exclusivement disponible sur PC.",
        Label.RELEASED,
    ),
    Case(
        "french-back-on-its-service",
        SHOW,
        "Velcor : la suite",
        "Velcor a fait son grand retour le 3 août sur Netflix avec une deuxième saison.",
        Label.RELEASED,
    ),
    Case(
        "french-not-yet-confirmed-in-the-passive",
        SHOW,
        "Velcor : une suite ?",
        "La suite de Velcor n'a pas encore été confirmée par la chaîne.",
        Label.RUMOURED,
    ),
    Case(
        "spanish-operations-restarted",
        AIRLINE,
        "Velcor Aérea vuelve a volar",
        "La aerolínea Velcor Aérea reinició operaciones este 26 de diciembre.",
        Label.RELEASED,
    ),
    Case(
        "spanish-inaugurated-this-tuesday",
        AIRLINE,
        "Velcor Aérea despega",
        "El presidente inauguró este martes la nueva Velcor Aérea con un vuelo a Tulum.",
        Label.RELEASED,
    ),
    Case(
        "a-rocket-rolled-out-to-its-pad-is-still-to-fly",
        MISSION,
        "Velcor-7 moves to the pad",
        "The rocket carrying Velcor-7 was rolled out to the launch pad on Wednesday.",
        Label.NONE,
    ),
    Case(
        "available-in-preview-since-is-no-release",
        CLOUD,
        "Velcor Cloud slips",
        "Velcor Cloud, available in preview since January, will reach general availability "
        "in June.",
        Label.CONFIRMED,
    ),
    Case(
        "available-in-alpha-to-a-waitlist-is-no-release",
        FEATURE,
        "Velcor Browse",
        "Velcor Browse is available in alpha to waitlisted users.",
        Label.CONFIRMED,
    ),
    Case(
        "other-songs-unreleased-are-not-the-album",
        ALBUM,
        "Singer releases new album at a fan's request",
        "After a fan asked for the unreleased songs, the singer granted the request late "
        "Thursday by tweeting out his new album, Velcor Nights.",
        Label.RELEASED,
    ),
    Case(
        "nationwide-after-test-markets-is-out",
        PHONE,
        "Velcor X2 goes national",
        "Velcor X2 debuted nationwide Tuesday after months of preliminary sales in test markets.",
        Label.RELEASED,
    ),
    Case(
        "a-numbered-pre-release-apart-from-the-name",
        DESKTOP,
        "Velcor 4.20 Pre2 Released",
        "The Velcor 4.20 pre-release 2 is finally here; the final release is set to arrive on "
        "December 15.",
        Label.CONFIRMED,
    ),
    Case(
        "confirming-the-rumours-settles-them",
        PHONE,
        "Velcor X2 in May",
        "The maker's post confirms the rumors: the Velcor X2 arrives in May.",
        Label.CONFIRMED,
    ),
    Case(
        "confirming-the-rumours-settles-them-in-italian",
        PHONE,
        "Velcor X2 a maggio",
        "L'annuncio di Velcor conferma i rumor: il Velcor X2 sarà disponibile a maggio.",
        Label.CONFIRMED,
    ),
    Case(
        "a-german-drive-report-is-a-review",
        CAR,
        "Fahrbericht Velcor E7 Elegance",
        "Der Tester urteilt: ein höchst gelungener Wurf, nur die Rundumsicht stört.",
        Label.RELEASED,
    ),
    Case(
        "german-future-with-the-day-and-place-between",
        CAR,
        "Velcor E7 Test",
        "Fahrbericht der Top-Varianten: Der Velcor E7 wird am 1. Februar in Indien auf den "
        "Markt kommen.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("summary", "window"),
    [
        ("Velcor Saga sortira le 15 novembre 2026 sur PC.", "2026-11-15"),
        ("Velcor Saga uscirà il 15 novembre 2026 su PC.", "2026-11-15"),
    ],
)
def test_november_in_french_and_italian_is_a_day(summary: str, window: str) -> None:
    detection = read_by_rules(GAME, "Velcor Saga: date de sortie", summary)
    assert (detection.label, detection.window) == (Label.CONFIRMED, window), detection

"""The rules added in the ninety-second round (issue 5: the items of the blind sets
holdout1060-1071 and timelines338-349 the rules misread), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards, which keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

GAME = Target(name="Velcor Saga", aliases=(), maker="Velcor Studios")
SHOE = Target(name='Velcor Dunk "Silver Morning"', aliases=("Silver Morning",), maker="Velcor")
MODEL = Target(name="Velcor 70B", aliases=(), maker="Velcor AI")
APP = Target(name="Velcor Play", aliases=(), maker="Velcor")
RELEASE = Target(name="Velcor 4.20", aliases=(), maker="the Velcor project")
VENUE = Target(name="Velcor Arena", aliases=(), maker="Velcor Sports")
LINE = Target(name="Velcor Line", aliases=(), maker="Velcor Transit")
RIDE = Target(name="Wildfox's Revenge", aliases=(), maker="Velcor Park")
CAR = Target(name="Velcor E7", aliases=(), maker="Velcor Motors")
PHONE = Target(name="Velcor X2", aliases=(), maker="Velcor")
TRAM = Target(name="Ova light rail", aliases=("OVA LRT", "Ova"), maker="Region of Velcor")

CASES = [
    Case(
        "a-nickname-alone-is-weak",
        SHOE,
        "Silver Morning: Strain Review",
        "A review of Silver Morning, a sativa-dominant hybrid, covering aroma and taste.",
        Label.NONE,
    ),
    Case(
        "the-hours-a-model-learnt-from-are-no-use",
        MODEL,
        "Velcor 70B animates portraits",
        "The lab introduces Velcor 70B, which turns photos into talking videos, trained on "
        "over 250 hours of footage.",
        Label.RUMOURED,
    ),
    Case(
        "weights-posted-for-download",
        MODEL,
        "Velcor 70B: open weights",
        "The lab announced Velcor 70B; the weights are posted on Hugging Face for download.",
        Label.RELEASED,
    ),
    Case(
        "available-on-a-waitlist-basis",
        MODEL,
        "Velcor 70B for researchers",
        "Currently, Velcor 70B is available on a waitlist basis for developers.",
        Label.RUMOURED,
    ),
    Case(
        "portuguese-was-launched",
        APP,
        "Velcor Play: análise",
        "Velcor Play foi lançado em 2021 e ainda parece uma demo.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-reached-the-public",
        APP,
        "Velcor Play: análise",
        "Depois de uma longa produção, Velcor Play finalmente chegou ao público.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-the-original-was-launched",
        APP,
        "Velcor Play terá versão com atores",
        "Velcor Play terá versão com atores; a animação original foi lançada em 1992.",
        Label.NONE,
    ),
    Case(
        "portuguese-launched-in-another-market",
        APP,
        "Velcor Play chega",
        "O Velcor Play foi lançado no Oriente Médio nesta semana.",
        Label.NONE,
    ),
    Case(
        "portuguese-still-on-sale",
        APP,
        "Equipe deixa a Velcor",
        "O Velcor Play continua disponível para compra no site oficial.",
        Label.RELEASED,
    ),
    Case(
        "a-portuguese-reviews-headline",
        APP,
        "Velcor Play | Crítica",
        "O jogo tem gráficos ruins e só nove times.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-was-not-launched",
        APP,
        "Velcor Play ainda não",
        "Velcor Play não foi lançado no Brasil.",
        Label.NONE,
    ),
    Case(
        "a-package-set-is-no-plan",
        RELEASE,
        "feat: update Velcor 4.20",
        "The distro moves its package set to the final Velcor 4.20.",
        Label.NONE,
    ),
    Case(
        "a-venue-hosted-its-first-event",
        VENUE,
        "Metallica raise the roof",
        "Velcor Arena hosted its first official event on Friday night as 16,000 fans came.",
        Label.RELEASED,
    ),
    Case(
        "a-team-played-its-first-game-there",
        VENUE,
        "Out with the old dome",
        "Finally the Falcons played their first game in their new home, the Velcor Arena.",
        Label.RELEASED,
    ),
    Case(
        "a-venue-started-hosting-events",
        VENUE,
        "Velcor Arena opening date and year",
        "The stadium started hosting events in 2017, beginning with a preseason game.",
        Label.RELEASED,
    ),
    Case(
        "a-place-welcomed-millions",
        VENUE,
        "Walk-up Wednesdays",
        "Velcor Arena has welcomed more than 3.5 million visitors.",
        Label.RELEASED,
    ),
    Case(
        "reopened-as-the-target",
        VENUE,
        "Summer at the park",
        "The former KidZone has now been reopened as Velcor Arena, with new shows.",
        Label.RELEASED,
    ),
    Case(
        "a-first-days-riders",
        LINE,
        "Velcor Line sees 52,000 riders on 1st day of commercial operations",
        "Crowds filled the platforms.",
        Label.RELEASED,
    ),
    Case(
        "a-ribbon-cutting-ceremony",
        LINE,
        "Velcor Line news",
        "The ribbon-cutting ceremony for the Velcor Line took place on January 10.",
        Label.RELEASED,
    ),
    Case(
        "a-lines-fleet-arriving-is-no-opening",
        LINE,
        "Velcor Line stage two endorsed",
        "On the Velcor Line, only six trains have arrived, but the commissioner expects enough "
        "trains to start service in December.",
        Label.NONE,
    ),
    Case(
        "an-initialism-of-a-longer-name-says-which",
        TRAM,
        "LRT delayed until spring",
        "Ova service is now expected to begin in the spring, staff told council.",
        Label.RUMOURED,
    ),
    Case(
        "will-become-a-reality",
        LINE,
        "Minister speaks",
        'The chief minister said of the Velcor Line: "This project will become a reality in '
        'March."',
        Label.CONFIRMED,
    ),
    Case(
        "what-the-launch-is-expected-to-bring",
        LINE,
        "Velcor Line FAQ",
        "With the launch of the Velcor Line, business and tourism sectors are expected to improve.",
        Label.RUMOURED,
    ),
    Case(
        "the-inauguration-celebrated",
        LINE,
        "A new streetcar",
        "Residents celebrated the inauguration of the Velcor Line after a ceremony.",
        Label.RELEASED,
    ),
    Case(
        "just-dropped",
        GAME,
        "A new book",
        "Velcor Saga just dropped, and it is great.",
        Label.RELEASED,
    ),
    Case(
        "a-song-of-the-name-just-dropped",
        GAME,
        "Velcor Saga single",
        "The band just dropped Velcor Saga, the title track of the album due in May.",
        Label.CONFIRMED,
    ),
    Case(
        "a-price-that-just-dropped",
        GAME,
        "A deal",
        "Velcor Saga just dropped to $19 at most stores.",
        Label.NONE,
    ),
    Case(
        "goes-into-service-on-a-day-ahead",
        LINE,
        "Velcor Line finally goes into service on August 26!",
        "We rode a test train.",
        Label.CONFIRMED,
    ),
    Case(
        "a-possessives-owner-is-the-family",
        RIDE,
        "Wildfox news",
        "Velcor Park's Wildfox will reportedly reopen as a steel coaster next year.",
        Label.RUMOURED,
    ),
    Case(
        "out-of-beta",
        GAME,
        "Velcor Saga emerges from beta",
        "Velcor Saga is now out of beta and into a production-ready version 1.0.",
        Label.RELEASED,
    ),
    Case(
        "not-out-of-beta-yet",
        GAME,
        "Velcor Saga update",
        "Velcor Saga is not out of beta yet.",
        Label.CONFIRMED,
    ),
    Case(
        "sold-starting-today",
        PHONE,
        "First look: Velcor X2",
        "The Velcor X2 is sold starting today for $349.99 by one carrier.",
        Label.RELEASED,
    ),
    Case(
        "delivered-to-one-owner",
        CAR,
        "First Velcor E7 handed over",
        "The first Velcor E7 was delivered to a non-celebrity customer yesterday.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the eighty-third round (issue 5: the items of the blind sets
holdout952-963 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

TRAINS = Target(name="Corven Line trains", aliases=(), maker="Corven Transit")
PARK = Target(name="Orrin World Marisol", aliases=(), maker="Orrin Parks")
TERMINAL = Target(name="Velmar Airport new terminal", aliases=(), maker="Velmar Airports")
STORE = Target(name="Kite in Marisol", aliases=(), maker="Kite")
PHONE = Target(name="Pinto Mobile", aliases=(), maker="Pinto")

BURRITO = Target(name="Velmar Crunch Wrap", aliases=(), maker="Velmar Foods")

CASES = [
    Case(
        "a-return-a-vote-decides-is-a-rumour",
        BURRITO,
        "The Velmar vote: bring back the Velmar Crunch Wrap or the Orrin Taco?",
        "Fans vote in the app until April 12; the menu item that prevails will return to the "
        "menu for a limited time in the fall.",
        Label.RUMOURED,
    ),
    Case(
        "winning-a-vote-is-no-release",
        BURRITO,
        "The vote results are in",
        "Velmar Foods said Thursday that the Velmar Crunch Wrap came out on top, with 60% of "
        "the vote.",
        Label.NONE,
    ),
    Case(
        "the-start-of-it-shares-the-modal",
        TRAINS,
        "Corven Line trains face another delay",
        "The Corven Line trains would start entering service later this year, officials said.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-entered-service",
        TRAINS,
        "Corven Line trains enter the network",
        "The Corven Line trains started entering service on Monday.",
        Label.RELEASED,
    ),
    Case(
        "a-trial-operation-is-before-the-opening",
        PARK,
        "Orrin World Marisol has kicked off trial operation",
        "Orrin Parks said the park will open to the public after the trial.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-after-trial-runs",
        PARK,
        "Orrin World Marisol welcomes its first guests",
        "Orrin World Marisol opened to the public on Monday after trial runs in March.",
        Label.RELEASED,
    ),
    Case(
        "a-headline-that-ends-with-opens",
        PARK,
        "Orrin World Marisol theme park opens",
        "Rides based on the studio's cartoons fill the indoor park.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-pledge-manager-opens",
        PARK,
        "Orrin World Marisol board game pledge manager opens",
        "Backers can add expansions until June.",
        Label.NONE,
    ),
    Case(
        "guard-voting-opens",
        PARK,
        "Orrin World Marisol ride name voting opens",
        "Fans can pick the name of the park's first coaster until June.",
        Label.NONE,
    ),
    Case(
        "opened-to-all-guests-earlier-today",
        PARK,
        "A look at opening day crowds",
        "Orrin World Marisol officially opened to all guests earlier today, and waits "
        "reached four hours.",
        Label.RELEASED,
    ),
    Case(
        "open-for-business",
        TERMINAL,
        "A countdown clock hits zero",
        "Velmar Airport's new terminal is open for business, with the first travellers "
        "through its checkpoints at 5 a.m.",
        Label.RELEASED,
    ),
    Case(
        "inaugurated-in-spanish",
        STORE,
        "Largas filas en Marisol",
        "Este miércoles se inauguró la primera tienda de Kite en Marisol.",
        Label.RELEASED,
    ),
    Case(
        "guard-to-be-inaugurated-in-spanish",
        STORE,
        "Largas filas en Marisol",
        "El próximo miércoles se inaugurará la primera tienda de Kite en Marisol.",
        Label.NONE,
    ),
    Case(
        "guard-a-start-today",
        PHONE,
        "Pinto announces its carrier",
        "Pinto said Pinto Mobile will begin rolling out starting today in three states.",
        Label.RELEASED,
    ),
    Case(
        "launching-today-with-today-first",
        PHONE,
        "A carrier's second try",
        "Pinto Mobile is today relaunching its service, two years after it stopped selling plans.",
        Label.RELEASED,
    ),
    Case(
        "select-locations-of-a-launch-are-no-closed-preview",
        PHONE,
        "Pinto Mobile will be available in eight cities from today",
        'Pinto said the network goes live in eight cities; "availability will be limited to '
        'select locations" within them for now.',
        Label.RELEASED,
    ),
    Case(
        "unlikely-that-it-will-launch",
        PHONE,
        "Regulator approves Pinto Mobile",
        "It is unlikely that Pinto will begin selling Pinto Mobile plans anytime soon, "
        "given the lawsuit, a patent lawyer wrote.",
        Label.RUMOURED,
    ),
    Case(
        "a-launch-counted-back-from-today",
        PHONE,
        "What a carrier taught its rivals",
        "Pinto Mobile's launch three years ago pushed prices down across the market.",
        Label.RELEASED,
    ),
    Case(
        "a-launch-promise-is-no-launch",
        PHONE,
        "Pinto Mobile's gold phone still has not shipped months after launch promise",
        "Buyers who paid deposits are still waiting.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

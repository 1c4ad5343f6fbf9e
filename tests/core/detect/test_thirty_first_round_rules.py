"""The rules added in the thirty-first round (issue 5: the false releases of the blind sets
holdout235-240), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

FRAMEWORK = Target(name="Kestrel 3.0", aliases=("Kestrel 3",), maker="Nimbus")
ENGINE = Target(name="Kestrel Engine 2", aliases=("Kestrel 2 engine",), maker="Nimbus")
TRUCK = Target(name="Vanta Hauler 600", aliases=("Hauler 600",), maker="Vanta")
CAR = Target(name="Vanta electric car", aliases=("Vanta car",), maker="Vanta")
FILM = Target(name="Glass Harbor 2", maker="Kite Pictures")
LOCK = Target(name="Kite Vault Chats", aliases=("Vault Chats",), maker="Kite")
SCOOTER = Target(name="Kite S7 Pro", aliases=("S7 Pro",), maker="Kite Electric")

CASES = [
    Case(
        "once-a-version-is-released-is-a-condition",
        FRAMEWORK,
        "Kestrel 3.0 plans",
        "Nimbus says that once 3.0 is officially released, 2.x gets a year of security fixes.",
        Label.CONFIRMED,
    ),
    # Guard: the version released, said plainly.
    Case(
        "a-version-released-is-out",
        FRAMEWORK,
        "Kestrel 3.0 news",
        "Nimbus says 3.0 is officially released, and 2.x gets a year of security fixes.",
        Label.RELEASED,
    ),
    Case(
        "suspected-to-have-launched-is-hearsay",
        ENGINE,
        "Nimbus suspected to have soft-launched Kestrel Engine 2",
        "Modders point at new workshop tools; Nimbus has not commented.",
        Label.RUMOURED,
    ),
    Case(
        "apparently-released-is-hearsay",
        Target(name="Kite Notes", maker="Kite"),
        "Kite Notes surfaces briefly",
        "Kite apparently released Kite Notes a day earlier than planned, then pulled it.",
        Label.RUMOURED,
    ),
    Case(
        "production-kicked-off-is-no-release",
        TRUCK,
        "Vanta kicks off production of the Hauler 600 electric truck",
        "The line in Ulm builds the first units for fleet customers.",
        Label.NONE,
    ),
    # Guard: a tour or season kicking off is still its start.
    Case(
        "a-season-kicking-off-is-out",
        Target(name="Glass Harbor Tour", maker="Kite Live"),
        "Glass Harbor Tour kicks off in Madrid",
        "The first night sold out.",
        Label.RELEASED,
    ),
    Case(
        "deliveries-starting-in-a-quarter-of-next-year-are-a-plan",
        TRUCK,
        "Hauler 600 update",
        "Initial Hauler 600 deliveries start in Q1 of 2027, Vanta said.",
        Label.CONFIRMED,
        published=date(2026, 11, 25),
    ),
    Case(
        "a-compound-name-with-plus-is-another-product",
        CAR,
        "Vanta launches new Car+Boat handheld vacuum",
        "It is on sale now.",
        Label.NONE,
    ),
    Case(
        "getting-released-earlier-is-a-plan",
        FILM,
        "Glass Harbor 2 date moves",
        "Glass Harbor 2 is getting released earlier than first planned: Kite Pictures moved "
        "it from Dec. 20 to Dec. 18.",
        Label.CONFIRMED,
    ),
    Case(
        "not-even-on-the-beta-channel-is-no-open-preview",
        LOCK,
        "Kite is working on Vault Chats",
        "Because it is still in development, it is not even available on the beta channel, "
        "let alone the stable channel.",
        Label.NONE,
    ),
    Case(
        "another-brands-described-short-name-is-another-product",
        SCOOTER,
        "Road test: a speaker for small gigs",
        "We took Vanta's compact S7 Pro battery-powered speaker on the road; it is on sale now.",
        Label.NONE,
    ),
    # Guard: the maker's own possessive is the target.
    Case(
        "the-makers-described-short-name-is-the-target",
        SCOOTER,
        "Road test: a scooter for the city",
        "We took Kite's compact S7 Pro scooter on the road; it is on sale now.",
        Label.RELEASED,
    ),
    Case(
        "a-phased-rollout-initiated-after-beta-testing-is-out",
        LOCK,
        "Kite widens Vault Chats",
        "Having completed beta testing, Kite has initiated a phased rollout of Vault Chats on "
        "Android and iOS.",
        Label.RELEASED,
    ),
    # Guard: a beta completed with a launch ahead is a plan.
    Case(
        "beta-testing-completed-with-a-launch-ahead-is-a-plan",
        LOCK,
        "Vault Chats news",
        "Vault Chats has completed beta testing and will launch in May, Kite said.",
        Label.CONFIRMED,
    ),
    Case(
        "a-blogger-reporting-what-they-got-is-no-hearsay",
        Target(name="Kite Smart Kettle", maker="Kite"),
        "Cooking by voice",
        'Blogger reports "we just got the new Kite Smart Kettle" and describes pairing it '
        "with a speaker; it sells for $49.",
        Label.RELEASED,
    ),
    Case(
        "a-variant-after-a-described-word-is-another-model",
        Target(name="Vanta arc (Gen 2)", aliases=("arc Gen 2",), maker="Vanta"),
        "Leak shows Vanta's next watches",
        'A leak shows upcoming models; the Arc Pro Gen 2 "will be available in three sizes".',
        Label.NONE,
    ),
    # Guard: the target itself, written the same way.
    Case(
        "the-described-name-without-a-variant-is-the-target",
        Target(name="Vanta arc (Gen 2)", aliases=("arc Gen 2",), maker="Vanta"),
        "Vanta's next watch",
        'Vanta says the Arc Gen 2 "will be available in three sizes" from May 4.',
        Label.CONFIRMED,
    ),
    Case(
        "presenting-their-new-game-on-stage-is-a-reveal",
        Target(name="Ember Reach", maker="Kite Games"),
        "You ride dragons in Ember Reach",
        "Kite Games' director took to the stage today to present their new game, Ember Reach.",
        Label.RUMOURED,
    ),
    # Guard: a present of no new thing reveals nothing.
    Case(
        "presenting-an-award-is-no-reveal",
        Target(name="Ember Reach", maker="Kite Games"),
        "Ember Reach team at the awards",
        "The Ember Reach team took to the stage today to present an award.",
        Label.NONE,
    ),
    Case(
        "arriving-as-you-read-this-is-now",
        TRUCK,
        "We're driving one",
        "The Vanta Hauler 600 is arriving at dealerships as you read this.",
        Label.RELEASED,
    ),
    # Guard: arriving on a day ahead is a plan.
    Case(
        "arriving-on-a-later-day-is-a-plan",
        TRUCK,
        "Hauler 600 news",
        "The Vanta Hauler 600 is arriving at dealerships on May 4, Vanta said.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

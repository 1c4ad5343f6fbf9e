"""The rules added in the eighty-fourth round (issue 5: the items of the blind sets
holdout964-975 the rules misread, and names told as descriptions in the earlier newest
sets), one short made-up item each: made-up products, and none of these sentences is in a
labelled set, so each case checks the rule rather than a memorised phrasing. Each case
failed on the code before its rule, except the guards, which keep a rule from reaching too
far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

TEXTING = Target(name="Korvo Satellite Messaging", aliases=(), maker="Korvo")
FRAMEWORK = Target(name="Quell Boot 5", aliases=("Quell Boot 5.0",), maker="Quell")
APP = Target(name="Marisol Health App", aliases=(), maker="Marisol Health")
ALBUM = Target(name="Velvet Static", aliases=(), maker="Orrin Vale")
STREAMING = Target(name="Kitebox in Germany", aliases=("Kitebox Deutschland",), maker="Kitebox")
BNPL = Target(name="Corven Split", aliases=(), maker="Corven Bank")
PAYMENTS = Target(name="PayLane", aliases=(), maker="Velmar Payments")
ROUTE = Target(name="Velmar Air Orrin\u2013Marisol route", aliases=(), maker="Velmar Air")

CASES = [
    Case(
        "a-makers-title-cased-description-told-in-its-words",
        TEXTING,
        "Korvo to launch direct-to-satellite text messaging in March",
        "Korvo said customers will be able to text from anywhere from March 3.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-its-words-out-of-order-describe-another-thing",
        TEXTING,
        "Korvo to sell messaging bundles",
        "Korvo said its messaging bundles will include satellite TV from March 3.",
        Label.NONE,
    ),
    Case(
        "guard-its-words-far-apart-describe-another-thing",
        TEXTING,
        "Korvo results",
        "Korvo said satellite revenue rose while the board weighed new pricing for messaging "
        "next year.",
        Label.NONE,
    ),
    Case(
        "a-milestone-build-is-a-pre-release",
        FRAMEWORK,
        "Quell Boot 5.0.0-M3 available now",
        "Quell Boot 5.0.0-M3 has been released and is now available from the central "
        "repository, with 80 changes.",
        Label.CONFIRMED,
    ),
    Case(
        "end-of-life-care-is-no-discontinuation",
        APP,
        "What the Marisol Health App will let patients do",
        "Patients could soon use the Marisol Health App to book visits and record the "
        "end-of-life care they want, documents show.",
        Label.RUMOURED,
    ),
    Case(
        "backing-out-now-is-no-release",
        ALBUM,
        "Orrin Vale sets listening parties for Velvet Static",
        "He said the album will be released on May 2; he can't back out now.",
        Label.CONFIRMED,
    ),
    Case(
        "live-elsewhere-is-not-live-where-it-goes-next",
        STREAMING,
        "Kitebox plans",
        "Kitebox is already live in the US and will come to Germany in the second half.",
        Label.NONE,
    ),
    Case(
        "guard-live-where-it-is-named",
        STREAMING,
        "Kitebox arrives",
        "Kitebox launched in Germany today, months after the US.",
        Label.RELEASED,
    ),
    Case(
        "becoming-the-first-to-launch-is-a-launch",
        BNPL,
        "Corven becomes first big bank to launch its own instalment plan",
        "Corven Bank has become the first big bank to launch Corven Split, which spreads "
        "purchases over three months.",
        Label.RELEASED,
    ),
    Case(
        "guard-aiming-to-be-the-first",
        BNPL,
        "Corven wants to be first",
        "Corven Bank aims to become the first big bank to launch Corven Split.",
        Label.NONE,
    ),
    Case(
        "up-and-running-is-out",
        PAYMENTS,
        "Only four banks ready for PayLane",
        "PayLane is up and running today, with four banks ready to enable accounts.",
        Label.RELEASED,
    ),
    Case(
        "a-route-told-as-a-trip",
        ROUTE,
        "Velmar Air to launch nonstop flights from Marisol to Orrin in June",
        "Tickets go on sale next week.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-another-carriers-trip",
        ROUTE,
        "Kite Airways to launch nonstop flights from Marisol to Orrin in June",
        "Velmar Air already flies to Orrin from its other hubs.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the eighty-ninth round (issue 5: the items of the blind sets
holdout1024-1035 the rules misread), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

BRANDED_ROUTE = Target(name="Skyrail Berlin–Paris", aliases=(), maker="Velcor Rail")
ROUTE = Target(name="Velcor Berlin–Paris", aliases=(), maker="Velcor")
BRIDGE = Target(name="Ponte Velcor", aliases=(), maker="Velcor Obras")
MUSEUM = Target(name="Museo Velcor", aliases=(), maker="Fondazione Velcor")
VIADUCT = Target(name="Talbrücke Velcor", aliases=(), maker="Autobahn Velcor")
DRUG = Target(name="Calmora", aliases=(), maker="Velcor Pharma")
TOOL = Target(name="Velcor Review Guard", aliases=(), maker="Velcor")
DISTRO = Target(name="Quillon 9.1", aliases=(), maker="Quillon Project")

CASES = [
    Case(
        "a-route-named-by-its-brand",
        BRANDED_ROUTE,
        "Skyrail launches its direct service from Berlin to Paris",
        "The first train left on Monday morning.",
        Label.RELEASED,
    ),
    Case(
        "a-route-told-in-french",
        ROUTE,
        "Velcor : le train de nuit entre Paris et Berlin est officiellement inauguré",
        "Les premiers voyageurs sont partis lundi.",
        Label.RELEASED,
    ),
    Case(
        "guard-another-carriers-trip",
        ROUTE,
        "Railjet launches its direct service from Berlin to Paris",
        "The first train left on Monday morning.",
        Label.NONE,
    ),
    Case(
        "inaugurated-in-a-portuguese-headline",
        BRIDGE,
        "Inaugurada a Ponte Velcor",
        "A Ponte Velcor liga as duas margens do rio.",
        Label.RELEASED,
    ),
    Case(
        "inaugurated-in-portuguese",
        BRIDGE,
        "Ponte Velcor: a festa",
        "A Ponte Velcor foi inaugurada nesta sexta-feira pelo presidente.",
        Label.RELEASED,
    ),
    Case(
        "inaugurated-in-italian",
        MUSEUM,
        "Museo Velcor, la festa",
        "Il Museo Velcor è stato inaugurato ieri alla presenza del sindaco.",
        Label.RELEASED,
    ),
    Case(
        "opened-to-traffic-in-german",
        VIADUCT,
        "A45: gute Nachrichten",
        "Die Talbrücke Velcor ist seit Sonntag für den Verkehr freigegeben.",
        Label.RELEASED,
    ),
    Case(
        "guard-to-be-opened-to-traffic-in-german",
        VIADUCT,
        "A45: der Plan",
        "Die Talbrücke Velcor soll im Mai für den Verkehr freigegeben werden.",
        Label.NONE,
    ),
    Case(
        "a-filing-accepted-for-review-is-no-review",
        DRUG,
        "FDA accepts Velcor Pharma's filing for Calmora",
        'The FDA "has accepted for review" the application for Calmora.',
        Label.NONE,
    ),
    Case(
        "a-regulators-full-review-is-no-review",
        DRUG,
        "FDA extends its decision date for Calmora",
        "More time is needed to conduct a full review of Velcor Pharma's safety plan.",
        Label.NONE,
    ),
    Case(
        "fake-product-reviews-are-a-tools-subject",
        TOOL,
        "Velcor Tests A New Tool To Expose Fake Product Reviews",
        "We are not sure everyone can use Velcor Review Guard already.",
        Label.NONE,
    ),
    Case(
        "planned-for-today-in-portuguese-is-a-plan",
        DISTRO,
        "Quillon 9.1 hoje",
        'O Quillon 9.1 "está previsto para ser lançado hoje".',
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the second generalisation round (issue 5, `holdout2.jsonl`), one
short made-up item each: made-up products, and none of these sentences is in a labelled
set, so each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.window import best_window, find_times
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

CAM = Target(name="Strata X9", maker="Strata")
LIB = Target(name="Quokka 5.0", maker="Quokka developers")
CLOUD = Target(name="Nimbus 3.0", maker="Nimbus Cloud")
SHOW = Target(name="Lantern Street Season 2", maker="Meridian TV")
PORT = Target(name="Skyforge for Switch 2", maker="Emberlight Games")
BAND = Target(name="Halo Band 3", aliases=("Band 3",), maker="Pulsewear")
PEN = Target(name="Veltamab pen", maker="Corvane Bio")
LAKE = Target(name="Cedar Lake", maker="Lumora")


CASES = [
    Case(
        "citing-a-reason-is-not-hearsay",
        CAM,
        "Strata X9 gets a price increase in Europe",
        "The camera now costs €1,899, citing higher component costs.",
        Label.RELEASED,
    ),
    Case(
        "a-recall-means-units-sold-even-if-reported",
        CAM,
        "Strata X9 recall reportedly expanded",
        "Owners say the shutter fault affects more cameras than first thought.",
        Label.RELEASED,
    ),
    Case(
        "another-subject-unveils-something-else",
        CLOUD,
        "Nimbus 3.0: Harbor City unveils its rebuilt planetarium",
        "The city calls the renovation Nimbus 3.0, after the cloud murals in the dome.",
        Label.NONE,
    ),
    Case(
        "another-version-is-the-subject",
        LIB,
        "Quokka 4.9 released, the last minor before 5.0",
        "The maintainers say Quokka 5.0 is planned for the coming months.",
        Label.CONFIRMED,
    ),
    Case(
        "a-glued-release-candidate-is-not-the-release",
        LIB,
        "Quokka 5.0rc2 is out",
        "The final release is expected next week; please test.",
        Label.CONFIRMED,
    ),
    Case(
        "a-percentage-is-not-a-version",
        CLOUD,
        "Shares of Nimbus 3.0% higher after earnings",
        "Investors cheered subscription growth at the hosting company.",
        Label.NONE,
    ),
    Case(
        "a-season-renewed-written-apart",
        SHOW,
        "Meridian renews Lantern Street for a second season",
        "The drama will return next year, the network said.",
        Label.CONFIRMED,
    ),
    Case(
        "a-season-audience-counted",
        SHOW,
        "The season 2 premiere of Lantern Street drew 4 million viewers",
        "It was the network's best night this year.",
        Label.RELEASED,
    ),
    Case(
        "a-port-written-another-way",
        PORT,
        "Skyforge Switch 2 port spotted in a ratings listing",
        "Emberlight has not announced a Switch 2 version of Skyforge.",
        Label.RUMOURED,
    ),
    Case(
        "the-base-game-is-not-the-port",
        PORT,
        "Skyforge is out now on PC",
        "Emberlight's climbing game launched on Steam today.",
        Label.NONE,
    ),
    Case(
        "a-port-non-answer",
        PORT,
        "Emberlight on Skyforge for Switch 2: never say never",
        "The studio head would not be drawn further.",
        Label.RUMOURED,
    ),
    Case(
        "another-brand-before-a-short-form",
        BAND,
        "Corelink Band 3 review: solid basics",
        "After two weeks the tracker's battery impressed.",
        Label.NONE,
    ),
    Case(
        "the-maker-before-a-short-form",
        BAND,
        "Pulsewear Band 3 review: solid basics",
        "After two weeks the tracker's battery impressed.",
        Label.RELEASED,
    ),
    Case(
        "investor-boilerplate-hedges-nothing",
        PEN,
        "Regulator approves Veltamab pen",
        "Corvane expects to launch the pen in June. This release contains forward-looking "
        "statements; actual results may differ.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "only-the-makers-expectation-is-a-plan",
        PEN,
        "Analysts expect Veltamab pen availability by summer",
        "Approval would make it the first such device.",
        Label.RUMOURED,
    ),
    Case(
        "an-official-dated-expectation",
        CAM,
        "Strata unveils the Strata X9 platform",
        "Cameras built on it are expected in the second half of 2026.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "a-headline-here-over-a-dated-body",
        CAM,
        "Strata X9 is finally here",
        "Strata says the Strata X9 will be available from April 2; pre-orders open today.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "ships-in-two-weeks",
        CAM,
        "Pre-order the Strata X9 now, ships in two weeks",
        "The body costs less than its predecessor did.",
        Label.CONFIRMED,
    ),
    Case(
        "a-trial-result-is-research",
        PEN,
        "Veltamab pen meets its goal in a Phase 3 trial",
        "Corvane will discuss the data with regulators.",
        Label.RUMOURED,
    ),
    Case(
        "a-named-non-answer-beats-an-unnamed-plan",
        BAND,
        "Pulsewear promises new wearables in the coming months",
        "The company declined to say whether one would be the Halo Band 3.",
        Label.RUMOURED,
    ),
    Case(
        "a-rumoured-slip-with-the-makers-date",
        BAND,
        "Halo Band 3 may slip, supplier sources say",
        "Pulsewear reiterated that shipments will begin in June.",
        Label.CONFIRMED,
    ),
    Case(
        "released-takes-another-product-as-object",
        CLOUD,
        "Nimbus Cloud previews Nimbus 3.0",
        "Nimbus Cloud released Nimbus 2.9 and previewed Nimbus 3.0, which is still in development.",
        Label.RUMOURED,
    ),
    Case(
        "which-launched-after-replace",
        BAND,
        "Halo Band 4 tipped for spring",
        "It would replace the Halo Band 3, which launched last May.",
        Label.RELEASED,
    ),
    Case(
        "a-place-with-the-same-name",
        LAKE,
        "Cedar Lake campground reopens",
        "Reservations are open now for the summer.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_second_round_rule(case: Case) -> None:
    case.check()


def test_a_delay_in_weeks_counts_from_publication() -> None:
    refs = find_times("ships in two weeks", date(2026, 3, 10))
    assert [(r.label, r.earliest) for r in refs] == [("in two weeks", date(2026, 3, 24))]
    assert best_window(find_times("in 3 days", None)) == "in 3 days"

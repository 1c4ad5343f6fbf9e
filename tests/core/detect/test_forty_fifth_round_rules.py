"""The rules added in the sixty-second round and after (issue 5: the errors of the blind
sets holdout467 onward and of the items labelled before), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

CAMERA = Target(name="Velmar Z8 II", aliases=("Z8 II",), maker="Velmar")
CHIP = Target(name="Velmar Corex 9 7800K3D", aliases=("Corex 9 7800K3D", "7800K3D"), maker="Velmar")
BIKE = Target(name="Velmar Strada e-bike", aliases=("Velmar Strada",), maker="Velmar")
GAME = Target(name="Starfall: RISE", aliases=("Starfall RISE",), maker="Orrin Games")
CONSOLE_PORT = Target(
    name="Starfall Tactics for Xbox", aliases=("Starfall Tactics Xbox version",), maker="Orrin"
)
SERVER = Target(name="Quill Server 2031", aliases=("QS2031",), maker="Orrin")
VAN = Target(name="Velmar Cargo EV", aliases=("Cargo EV",), maker="Velmar")
SHOW = Target(
    name="The Glass Keep (Orrin Vale series)", aliases=("The Glass Keep TV series",), maker="Orrin"
)
STREAMING = Target(name="Velmar FreeView", aliases=("FreeView",), maker="Velmar")
SAVER = Target(name="Quillium Tab Saver", aliases=("Tab Saver mode",), maker="Orrin")
HANDHELD = Target(name="VOX Ally Z", aliases=("Orrin VOX Ally Z",), maker="Orrin")
PORT = Target(
    name="Starfall Tactics for Zenbox Series X|S",
    aliases=("Starfall Tactics Zenbox",),
    maker="Orrin Games",
)
DRINK = Target(name="Velmar Maple Cold Brew", aliases=("Maple Cold Brew",), maker="Velmar Coffee")
WALLET = Target(name="Quill Pay in Chile", aliases=("Quill Pay Chile",), maker="Orrin")
ASSISTANT = Target(name="Zorvi for kids", aliases=("Zorvi", "Zorvi for children"), maker="Orrin")
MAPS = Target(name="Quill Maps night view", aliases=("Quill Maps night mode",), maker="Orrin")

CASES = [
    Case(
        "a-count-of-cores-after-a-name-is-no-other-model",
        CHIP,
        "Velmar Corex 9 7800K3D 8-Core Processor review",
        "We ran it through our usual games and renders for a week.",
        Label.RELEASED,
    ),
    # Guard: a number after the name is still another model.
    Case(
        "a-number-after-a-name-is-another-model",
        CHIP,
        "Velmar Corex 9 7800K3D 2 review",
        "We ran the chip through our usual games and renders for a week.",
        Label.NONE,
    ),
    Case(
        "a-guide-to-working-it-is-for-those-who-have-it",
        MAPS,
        "How to turn on Quill Maps night mode on your phone",
        "Open the settings and pick the dark theme; the map follows your phone's setting.",
        Label.RELEASED,
    ),
    # Guards: a guide to a test build, or to what is still coming, is not.
    Case(
        "a-guide-to-a-test-build-is-no-release",
        MAPS,
        "How to use the Quill Maps night mode beta",
        "Testers can pick the dark theme in the settings.",
        Label.NONE,
    ),
    Case(
        "a-guide-to-switching-off-what-is-coming-is-no-release",
        MAPS,
        "Orrin emails owners",
        "Orrin is close to launching Quill Maps night mode; owners are told how to switch off "
        "the incoming feature.",
        Label.NONE,
    ),
    Case(
        "a-business-launched-to-make-it-is-no-release",
        BIKE,
        "Velmar and electric bikes",
        "Velmar has launched a new business dedicated to the Velmar Strada and plans to launch "
        "the first bikes in the spring of 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "a-review-of-the-evidence-is-no-review-of-the-product",
        CHIP,
        "Velmar Corex 9 7800K3D at 6 GHz: How Credible Is the Claim? (Evidence Review)",
        "A blog weighs leaked benchmark screenshots of the chip.",
        Label.RUMOURED,
    ),
    Case(
        "a-name-in-capitals-run-on-by-a-word-in-capitals-is-a-longer-title",
        GAME,
        "Review | Starfall: RISE OVERCLOCK (PC)",
        "A review of the paid PC spin-off, which the critic finds repetitive.",
        Label.NONE,
    ),
    # Guard: a headline may shout "REVIEW" after the name.
    Case(
        "a-shouted-review-after-a-name-in-capitals-is-its-review",
        GAME,
        "Starfall: RISE REVIEW",
        "A review of the mobile game after a month of play.",
        Label.RELEASED,
    ),
    Case(
        "a-statement-before-but-why-is-stated",
        CONSOLE_PORT,
        "'Starfall Tactics' is finally coming to Xbox, but why is it a big deal?",
        "An overview of the game for new players.",
        Label.CONFIRMED,
    ),
    Case(
        "general-availability-in-quotes-is-out",
        SERVER,
        "Server news",
        "Quill Server 2031 has reached the 'general availability' stage, Orrin announced.",
        Label.RELEASED,
    ),
    Case(
        "insider-previews-are-a-preview-programme-not-sources",
        SERVER,
        "Quill Server 2031",
        "Orrin announced Quill Server 2031 on March 20 with Insider previews.",
        Label.CONFIRMED,
    ),
    Case(
        "pricing-released-and-a-registration-site-launched-are-no-release",
        VAN,
        "Velmar Releases New Details on Its Upcoming Electric Van",
        "Velmar released pricing for the upcoming Velmar Cargo EV, launched a registration site "
        "for interested buyers, and said order banks open in July.",
        Label.CONFIRMED,
    ),
    Case(
        "a-film-of-the-name-is-not-the-series",
        SHOW,
        "'The Glass Keep' (2019) Movie Review",
        "The film struggles to form a cohesive story.",
        Label.NONE,
    ),
    Case(
        "reviews-still-awaited-are-no-reviews",
        CHIP,
        "Velmar's Corex 5 could be this generation's killer gaming chip",
        "The top-end Velmar Corex 9 7800K3D is impressive on paper, but we're still waiting on "
        "third party reviews.",
        Label.NONE,
    ),
    Case(
        "getting-closer-to-the-release-is-before-it",
        SERVER,
        "A new unlock in Quill Server 2031",
        "We're getting closer to the release of Quill Server 2031, which adds a new unlock.",
        Label.NONE,
    ),
    Case(
        "video-streaming-is-a-service-not-a-clip",
        STREAMING,
        "Velmar launches FreeView unlimited video streaming",
        "Subscribers stream from 24 services at no extra cost.",
        Label.RELEASED,
    ),
    Case(
        "a-feature-apart-from-the-product-it-opens-with-is-named",
        SAVER,
        "Orrin Quillium Rolls Out Tab Saver and Power Saver Features",
        "The browser now frees memory from idle tabs for everyone.",
        Label.RELEASED,
    ),
    # Guard: a coined word right before the feature makes a longer name.
    Case(
        "a-longer-name-is-not-the-feature",
        HANDHELD,
        "Orrin and Velmar announce VOX Zenbox Ally and VOX Zenbox Ally Z handhelds",
        "Both are launching this holiday; prices were not announced.",
        Label.NONE,
    ),
    Case(
        "a-platform-s-two-letters-are-written-with-a-slash-too",
        PORT,
        "Starfall Tactics suddenly arrives on Zenbox Series X/S",
        "Two years after its debut elsewhere, it got a surprise release.",
        Label.RELEASED,
    ),
    Case(
        "on-menus-starting-today-is-out",
        DRINK,
        "The Maple Cold Brew Is Back Today!",
        "Velmar Coffee just announced that the Maple Cold Brew will be on menus starting today.",
        Label.RELEASED,
    ),
    Case(
        "is-here-over-just-announced-is-the-reveal",
        CAMERA,
        "Hallelujah! The Velmar Z8 II Is Here!",
        "The Velmar Z8 II was just announced; the post lists its specs and a $1,799 price.",
        Label.CONFIRMED,
    ),
    Case(
        "already-in-a-country-in-spanish-is-out",
        WALLET,
        "Quill Pay ya está en Chile: cómo se utiliza y con qué bancos funciona",
        "Una guía de los bancos que funcionan con la billetera.",
        Label.RELEASED,
    ),
    Case(
        "now-accessible-is-out",
        ASSISTANT,
        "Zorvi now accessible to kids under 13 through family accounts",
        "Parents are notified on first use and can turn access off.",
        Label.RELEASED,
    ),
    Case(
        "passing-a-million-unit-sales-is-out",
        CHIP,
        "Velmar Corex 9 7800K3D: A New Benchmark in Chip Sales",
        "Velmar said the Corex 9 7800K3D passed one million unit sales within a day.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the seventh generalisation round (issue 5, `holdout7.jsonl`), one
short made-up item each: made-up products, and none of these sentences is in a labelled
set, so each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.partial import family_names
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

TABLET = Target(name="Lumen Tab (K9 chip)", aliases=("Lumen Tab 2026",), maker="Corvo")
SEQUEL = Target(name="Nightfall 2", maker="Ember Studio")
CARD = Target(name="Arc Flux 7", maker="Vantor")
CHEAPER_CARD = Target(name="Arc Flux 5", maker="Vantor")
MODEL = Target(name="Quill Model 2", maker="Quill Labs")
ASSISTANT = Target(name="Parley Assistant", maker="Northwind")
GAME = Target(name="Ashen Crown", maker="Tallow Games")
FEATURE = Target(name="Loom Chat", maker="Weft")
PLUS = Target(name="Vox+", aliases=("Vox Plus",), maker="Orbis")
LLM = Target(name="Raven 4.1", maker="Corvid")
FILM = Target(name="Harbor (2026 film)", maker="Bluecrest Pictures")
TRUCK = Target(name="Orbis Hauler", aliases=("Hauler",), maker="Orbis Motors")
CAR = Target(name="Vela S", maker="Orbis Motors")
OS = Target(name="Corvo OS 9.2", maker="Corvo")

CASES = [
    # False releases: another year's model, a same-name work, a review before the sale.
    Case(
        "another-model-year-of-the-name-is-another-product",
        TABLET,
        "The 2023 Lumen Tab review: still the best small tablet",
        "Review of the 2023 Lumen Tab with its older chip.",
        Label.NONE,
        published=date(2023, 10, 2),
    ),
    Case(
        "a-name-owned-by-a-person-is-their-same-name-work",
        SEQUEL,
        "Nightfall 2 review: a moody sequel",
        "The critic awards three stars to Dana Whitlock's Nightfall 2, a noir film.",
        Label.NONE,
    ),
    Case(
        "reviews-ahead-of-the-on-sale-date-are-not-a-release",
        CARD,
        "Vantor Arc Flux 7 review: fast and loud",
        "Reviews are up ahead of the card's on-sale date of March 12; the Arc Flux 7 beats "
        "its predecessor.",
        Label.CONFIRMED,
    ),
    # Releases under a preview label, or told by a port.
    Case(
        "a-public-preview-for-all-developers-is-a-release",
        MODEL,
        "Quill Model 2 is available today in public preview",
        "Quill Labs introduced Quill Model 2, available in public preview for all developers.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "a-preview-without-a-waitlist-is-a-release",
        ASSISTANT,
        "Northwind opens Parley Assistant to everyone",
        "Anyone with an account can now use Parley Assistant in open preview, no waitlist "
        "required.",
        Label.RELEASED,
    ),
    Case(
        "a-launch-on-other-platforms-before-a-port-is-a-release",
        GAME,
        "Ashen Crown comes to Switch on May 2",
        "After its November launch on PC and Xbox, the game arrives on Switch on May 2.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "a-hit-of-a-past-year-is-out",
        GAME,
        "Ashen Crown comes to consoles in June",
        "A partner studio is porting the 2025 PC hit to consoles.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "first-units-delivered-are-a-release",
        TRUCK,
        "Orbis delivers first Hauler trucks to a brewery",
        "Orbis Motors delivered its first Hauler trucks to a regional brewery.",
        Label.RELEASED,
    ),
    Case(
        "a-qualifier-noun-tells-a-short-name-apart",
        FILM,
        "'Harbor' opens to $80 million",
        "The film earned $80 million in its opening weekend.",
        Label.RELEASED,
    ),
    # Rumours told by the product's family name or by someone not on record.
    Case(
        "a-version-of-the-parent-product-in-hearsay-is-a-rumour",
        FEATURE,
        "Weft hopes a chatbot will make Loom smarter",
        "Weft is preparing to launch a version of Loom with an AI assistant before the end of "
        "June, according to people familiar with the plans.",
        Label.RUMOURED,
    ),
    Case(
        "the-name-without-its-plus-in-hearsay-is-a-rumour",
        PLUS,
        "Orbis's AI-powered Vox slips to next year, report says",
        "The revamped Vox has been pushed to next year, a newspaper reports.",
        Label.RUMOURED,
    ),
    Case(
        "one-employee-cited-is-hearsay",
        LLM,
        "Corvid to release its biggest Raven 4 model on June 2, report says",
        "Corvid plans to release a larger Raven model on June 2, according to a Corvid "
        "employee cited by a newsletter.",
        Label.RUMOURED,
    ),
    Case(
        "an-analysts-forecast-is-a-rumour",
        CAR,
        "Orbis to launch the Vela S in the first half of 2027, says analyst Dana Whitlock",
        "The analyst's supply-chain survey points to a spring debut.",
        Label.RUMOURED,
    ),
    Case(
        "probably-never-is-doubt",
        ASSISTANT,
        "Northwind CEO on Parley Assistant",
        'The CEO said Parley Assistant will "probably never" come to phones.',
        Label.RUMOURED,
    ),
    # Plans: a date told by "not until", a beta the maker hands out.
    Case(
        "not-until-a-date-is-a-plan-and-a-modal-elsewhere-doubts-nothing",
        CHEAPER_CARD,
        "Vantor Arc Flux 7 review: the fastest card, for now",
        'The cheaper Arc Flux 5 "doesn\'t arrive until April 6", and may be the better buy.',
        Label.CONFIRMED,
    ),
    Case(
        "a-beta-the-maker-hands-out-is-its-plan",
        OS,
        "Corvo seeds first beta of Corvo OS 9.2 to developers",
        "Corvo today seeded the first beta of Corvo OS 9.2 to registered developers.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_seventh_round_rule(case: Case) -> None:
    case.check()


def test_family_names_include_a_products_name_before_its_feature_word() -> None:
    assert family_names(("Loom Chat",), ["Weft"]) == ["Loom"]
    assert family_names(("Vox+", "Vox Plus"), ["Orbis"]) == ["Vox"]
    assert family_names(("Raven 3 Opal",), ["Corvid"]) == ["Raven 3", "Raven"]
    # A description or a lowercase word is no family: "tablet stand", "new".
    assert family_names(("Corvid tablet stand",), ["Corvid"]) == []
    assert family_names(("new Loom",), ["Weft"]) == []

"""The rules added in the twenty-sixth round (issue 5: what the blind sets holdout117-152
and timelines53-58 missed), one short made-up item each: made-up products, and none of
these sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.mentions import TargetMatcher
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

COUNTED = Target(name="Glass Tides", aliases=("Kael sixth album",), maker="Kael")
OWNED_COUNT = Target(name="Glass Tides", aliases=("Kael's sixth album",), maker="Kael")
NEW_ALBUM = Target(name="Glass Tides", aliases=("new Kael album",), maker="Kael")
PHONE = Target(name="Vanta Prism One", maker="Vanta")
APP = Target(name="Kite Glide", maker="Kite")
IN_STORE = Target(name="Kite Glide in the Vanta Store", maker="Kite")
FILM = Target(name="Ashen Coast (film)", maker="Kite Pictures")
SHOW = Target(name="Ashen Coast (TV series)", maker="Kite Pictures")
FEATURE = Target(name="Kite Chat message pinning", aliases=("message pinning",), maker="Kite")

CASES = [
    Case(
        "a-counted-work-is-its-makers-new-one",
        COUNTED,
        "A new Kael album is coming",
        "The singer said the record will be out in the autumn.",
        Label.CONFIRMED,
    ),
    # Guard: the count must still be the work's, or "new".
    Case(
        "another-count-is-another-work",
        COUNTED,
        "Kael's fifth album is out now",
        "The record is available on all streaming services.",
        Label.NONE,
    ),
    Case(
        "a-description-given-another-title-is-that-work",
        NEW_ALBUM,
        "Kael drops surprise album 'Paper Moons'",
        "The record is out now on all streaming services.",
        Label.NONE,
    ),
    # Guard: given the target's own title, it is the target.
    Case(
        "a-description-given-the-targets-title-is-the-target",
        NEW_ALBUM,
        "Kael drops surprise album 'Glass Tides'",
        "The record is out now on all streaming services.",
        Label.RELEASED,
    ),
    Case(
        "began-to-be-sold-is-on-sale",
        PHONE,
        "A phone with a hologram screen",
        "The Vanta Prism One began to be sold by two carriers after months of delays.",
        Label.RELEASED,
    ),
    # Guard: "is to be sold" is a plan.
    Case(
        "is-to-be-sold-is-a-plan",
        PHONE,
        "A phone with a hologram screen",
        "The Vanta Prism One is to be sold by two carriers and will launch on June 4.",
        Label.CONFIRMED,
    ),
    Case(
        "a-rollout-that-has-begun-is-out",
        FEATURE,
        "Kite Chat adds message pinning",
        "The global rollout of message pinning has already begun, Kite said.",
        Label.RELEASED,
    ),
    Case(
        "a-review-of-what-has-yet-to-hit-shelves-is-before-its-release",
        PHONE,
        "Vanta Prism One review",
        "The Vanta Prism One has yet to hit shelves.",
        Label.CONFIRMED,
    ),
    Case(
        "an-entry-under-the-targets-name-is-about-it",
        APP,
        "Kite Glide",
        "A photo editor built with Vanta SDK 2.0, now available on iOS and Android.",
        Label.RELEASED,
    ),
    # Guard: a headline that says more than the name is no entry.
    Case(
        "a-headline-is-no-entry",
        APP,
        "Kite Glide update",
        "A photo editor built with Vanta SDK 2.0, now available on iOS and Android.",
        Label.NONE,
    ),
    Case(
        "a-foreign-will-be-out-is-a-plan",
        APP,
        "Kite Glide : lancement en juin",
        "Kite Glide sera disponible le 4 juin sur iOS et Android.",
        Label.CONFIRMED,
    ),
    Case(
        "a-foreign-debut-to-come-is-no-release",
        PHONE,
        "Le Vanta Prism One fera ses débuts à Berlin",
        "Le téléphone sera présenté la semaine prochaine.",
        Label.CONFIRMED,
    ),
    Case(
        "an-article-after-the-connector-is-no-part-of-the-name",
        IN_STORE,
        "Kite Glide is finally available in the Vanta Store",
        "Kite added its photo editor to the store on Thursday.",
        Label.RELEASED,
    ),
    Case(
        "a-novel-of-the-films-name-is-another-work",
        FILM,
        "Ashen Coast review",
        "A review of Mira Vale's novel, out in paperback now.",
        Label.NONE,
    ),
    Case(
        "a-novel-of-the-series-name-is-another-work",
        SHOW,
        "Ashen Coast review",
        "A review of Mira Vale's novel, out in paperback now.",
        Label.NONE,
    ),
    # Guard: an adaptation of the novel is the film.
    Case(
        "an-adaptation-of-the-novel-is-the-film",
        FILM,
        "Ashen Coast review",
        "The adaptation of Mira Vale's novel, starring Tom Reed, is out now.",
        Label.RELEASED,
    ),
    # Guard: another product's "not here yet" leaves the review alone.
    Case(
        "another-products-not-yet-leaves-a-review-alone",
        PHONE,
        "Vanta Prism One review",
        "We tested the Vanta Prism One for a week; support for it in Kite Maps is not here yet.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    "text", ["Kael's next album arrives in June", "the upcoming Kael album", "Kael's sixth album"]
)
def test_a_count_in_a_described_name_reads_as_new_or_next(text: str) -> None:
    assert TargetMatcher(OWNED_COUNT).find(text, "") != []
    assert TargetMatcher(COUNTED).find(text, "") != []


@pytest.mark.parametrize(
    ("title", "summary", "due"),
    [
        (
            "Ember Keep 3 moved up after a leak",
            "The game moves up from its previously announced June 12 release date and will "
            "now launch on May 29, Greywater said.",
            date(2026, 5, 29),
        ),
        (
            "Ember Keep 3 delayed",
            "Greywater announced that Ember Keep 3 has been delayed from April 3 to May 15.",
            date(2026, 5, 15),
        ),
        (
            "Ember Keep 3 delayed",
            "Greywater has postponed Ember Keep 3 (originally due on April 3) and will name a "
            "new date soon.",
            None,
        ),
    ],
)
def test_a_date_given_as_the_one_replaced_is_not_the_release_day(
    title: str, summary: str, due: date | None
) -> None:
    game = Target(name="Ember Keep 3", maker="Greywater")
    detection = read_by_rules(game, title, summary)
    assert detection.label is Label.CONFIRMED
    assert detection.due == due

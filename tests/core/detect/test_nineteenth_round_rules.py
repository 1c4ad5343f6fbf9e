"""The rules added in the nineteenth round (issue 5: the wrong "released" left on the
blind sets holdout50-72), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing."""

from __future__ import annotations

import pytest

from bot.core.detect.classifier import Classifier
from bot.core.models import ItemKind, ItemText, Label, Target
from tests.core.detect.rule_case import Case

DRONE = Target(name="Skylark Mini 4", maker="Skylark")
ALBUM = Target(name="Tidewater", maker="Juno Hale")
SHOW = Target(name="Ember Street", maker="Northlight Pictures")

CASES = [
    Case(
        "a-clip-of-the-product-going-live-is-the-clips",
        DRONE,
        "The first owner video of the Skylark Mini 4 in flight goes live",
        "A pilot posted footage of his early unit ahead of the rumoured launch.",
        Label.RUMOURED,
    ),
    Case(
        "a-teaser-for-it-going-live-is-no-release",
        DRONE,
        "A teaser for the Skylark Mini 4 goes live",
        "",
        Label.NONE,
    ),
    Case(
        "the-product-going-live-still-is",
        DRONE,
        "The Skylark Mini 4 goes live",
        "",
        Label.RELEASED,
    ),
    Case(
        "an-albums-first-single-out-is-not-the-album",
        ALBUM,
        "Juno Hale announces Tidewater, due June 27",
        "The album is due out June 27; first single Glass Bells is already out.",
        Label.CONFIRMED,
    ),
    Case(
        "the-lead-song-out-is-not-the-album",
        ALBUM,
        "Juno Hale's Tidewater gets a date",
        "Tidewater arrives on June 27; the lead song is out now.",
        Label.CONFIRMED,
    ),
    Case(
        "a-kind-of-product-before-its-name-is-the-product",
        ALBUM,
        "Juno Hale's new album Tidewater is out now",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-kind-of-product-after-its-name-is-the-product",
        ALBUM,
        "Juno Hale: the Tidewater album is out now",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-single-named-as-the-target-is-it",
        ALBUM,
        "Juno Hale's new single Tidewater is out now",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-trailer-after-the-name-is-still-a-trailer",
        SHOW,
        "The Ember Street trailer is out now",
        "",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_nineteenth_round_rule(case: Case) -> None:
    case.check()


def test_the_model_may_not_release_what_the_rules_read_as_a_trailers() -> None:
    """A trailer's "out now" is all the release language the item has: the second opinion
    reads "Ember Street ... is out now" as a release, but the rules know whose release it
    is, so it may not say "released" against them."""
    item = ItemText("The trailer for Ember Street is out now", "", kind=ItemKind.PRESS)
    detection = Classifier(SHOW).classify(item)
    assert detection.label is not Label.RELEASED, detection
    assert "aside:release-of-other" in detection.cues

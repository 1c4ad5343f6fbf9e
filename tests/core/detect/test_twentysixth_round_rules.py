"""The rules added in the twenty-sixth round (issue 5: what the blind sets holdout117-152
and timelines53-58 missed), one short made-up item each: made-up products, and none of
these sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.detect.mentions import TargetMatcher
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

COUNTED = Target(name="Glass Tides", aliases=("Kael sixth album",), maker="Kael")
OWNED_COUNT = Target(name="Glass Tides", aliases=("Kael's sixth album",), maker="Kael")
NEW_ALBUM = Target(name="Glass Tides", aliases=("new Kael album",), maker="Kael")

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

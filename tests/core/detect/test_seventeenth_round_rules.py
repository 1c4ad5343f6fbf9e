"""The rules added in the seventeenth round (issue 5: `holdout57.jsonl` to
`holdout60.jsonl` after their first scores), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

DRUG = Target(
    name="Veltrazine", maker="Corvane Therapeutics", official_domains=("corvane.example",)
)

CASES = [
    Case(
        "a-regulators-priority-review-is-no-product-review",
        DRUG,
        "Corvane announces FDA acceptance of its Veltrazine application",
        "The agency granted Veltrazine priority review and set a target action date in June.",
        Label.RUMOURED,
        kind=ItemKind.OFFICIAL,
        url="https://corvane.example/news/veltrazine-filing",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_seventeenth_round_rule(case: Case) -> None:
    case.check()

"""The rules added in the twelfth round (issue 5: `holdout13.jsonl` and `holdout14.jsonl`,
measured before this round), one short made-up item each: made-up products, and none of
these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. This round's cases are all false releases of the blind sets."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

AGENT = Target(name="Quill for Browsers", aliases=("Quill in Browsers",), maker="Avian Labs")
MEMORY = Target(name="Quill memory", aliases=("memory in Quill",), maker="Avian Labs")
MODE = Target(name="Wisp 2.5 Deep Focus", aliases=("Deep Focus",), maker="Corvo")
CAMERA = Target(name="Kestrel Z7", aliases=("Z7",), maker="Kestrel")
CARD = Target(name="Vantage RX 7600", maker="Vantage")
SERVICE = Target(name="Lumen Sports", aliases=("Lumen",), maker="Lumen Media")
SKIN = Target(name="Tide UI 9", maker="Corvo")

CASES = [
    Case(
        "a-launch-headline-over-a-closed-preview-is-confirmed",
        AGENT,
        "Avian launches an AI agent that lives in your browser",
        "Avian is starting a research preview of Quill for Browsers, limited to 1,000 "
        "subscribers at first, with others asked to join a waitlist.",
        Label.CONFIRMED,
    ),
    Case(
        # A closed test is no release; without a commitment it reads as a rumour.
        "rolling-out-to-a-small-portion-of-users-is-a-test",
        MEMORY,
        "Quill should start remembering conversations",
        'Avian is testing memory in Quill: "We are rolling out to a small portion of free and '
        'Plus users this week."',
        Label.RUMOURED,
    ),
    Case(
        "leaked-source-code-is-no-release",
        MEMORY,
        "Quill leak reveals unreleased features",
        "An accidentally published source map exposed Quill's internals, among them Quill "
        'memory, "never intended for public release".',
        Label.RUMOURED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "a-short-form-after-another-version-of-the-line-is-that-version",
        MODE,
        "Wisp 3 Deep Focus: Corvo's premium reasoning mode arrives",
        'Corvo "just rolled out Wisp 3 Deep Focus mode to Ultra subscribers".',
        Label.NONE,
    ),
    Case(
        "a-short-form-after-another-line-is-still-the-target",
        SKIN,
        "Corvo's Tide UI 9 public beta may begin in May",
        'A report says Corvo "will seemingly launch" the Android 17 Tide UI 9 beta in May.',
        Label.RUMOURED,
    ),
    Case(
        "avoiding-recalls-is-no-recall",
        CAMERA,
        "No, the Kestrel Z7 will not be announced within two weeks",
        "The rumour site says the camera will not appear soon, citing extra testing to avoid "
        "recalls.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-missing-review-is-no-review",
        CARD,
        "No Vantage RX 7600 Review On Launch Day, No Driver",
        "With no pre-release driver, the site cannot publish a launch-day review.",
        Label.NONE,
        kind=ItemKind.BLOG,
        published=None,
    ),
    Case(
        "a-model-designator-after-a-short-name-is-another-model",
        SERVICE,
        "I haven't worn the Lumen X1 yet, but it tells me a lot",
        '"The recently announced Lumen X1 looks like a great watch," the reviewer says.',
        Label.NONE,
        kind=ItemKind.BLOG,
        published=date(2026, 6, 20),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_twelfth_round_rule(case: Case) -> None:
    case.check()

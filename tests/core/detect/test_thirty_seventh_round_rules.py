"""The rules added in the thirty-seventh round (issue 5: the errors of the blind sets
holdout329-334 and timelines134-135), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards beside
them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

LIBRARY = Target(name="Quillon 4", aliases=("Quillon 4.0",), maker="Quillon team")
CHIPSET = Target(name="Orrin Z990 chipset", aliases=("Z990",), maker="Orrin")
FRAMEWORK = Target(name="Tessary 2.0", aliases=("Tessary v2",), maker="Tessary Labs")
SEQUEL = Target(name="Velmar Saga 3", maker="Velmar Games")
DRIVE = Target(name="Orrin Rapid X9", aliases=("Rapid X9",), maker="Orrin")
VAN = Target(name="Velmar Roam", aliases=("Roam",), maker="Velmar Motors")
PHONE = Target(name="Orrin Snap 9", aliases=("Snap 9",), maker="Orrin")

CASES = [
    Case(
        "the-official-release-after-a-beta-is-the-release",
        LIBRARY,
        "Introducing Quillon 4",
        '"After four months of public beta testing, we are excited to announce the official '
        'release of Quillon 4", which now runs on three back ends.',
        Label.RELEASED,
    ),
    # Guard: a beta still running is no release.
    Case(
        "a-public-beta-still-running-is-no-release",
        LIBRARY,
        "Quillon 4 enters public beta",
        "The team opened a public beta of Quillon 4; the final release follows later this year.",
        Label.CONFIRMED,
    ),
    Case(
        "a-release-day-around-the-corner-is-ahead",
        CHIPSET,
        "Orrin's Z990 chipset: release day is just around the corner",
        "Orrin showed the Z990 chipset at its event with more PCIe lanes for new boards.",
        Label.CONFIRMED,
    ),
    Case(
        "a-pointer-to-the-latest-stable-version-is-not-the-target",
        FRAMEWORK,
        "Tessary 2.0 docs",
        'Official docs: "Tessary 2.0 is not recommended for production use"; "For the latest '
        'stable version, see the 1.x docs."',
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-third-game-counted-in-words-is-the-sequel",
        SEQUEL,
        "Velmar Games: a third Velmar Saga game is coming next year",
        "The studio said the third Velmar Saga game will launch next year on consoles and PC.",
        Label.CONFIRMED,
    ),
    # Guard: the ordinal counts one number only.
    Case(
        "a-second-game-is-not-the-third",
        SEQUEL,
        "Velmar Games: the second Velmar Saga game is out now",
        "The studio's second Velmar Saga game is out now on consoles and PC.",
        Label.NONE,
    ),
    Case(
        "a-leak-before-the-maker-announced-is-not-on-record",
        DRIVE,
        "Rapid X9: retailers reveal Orrin's new drive",
        "A leaked shop listing showed the Rapid X9 with 14 GB/s reads before the manufacturer "
        "officially announced its market launch; the listing was pulled.",
        Label.RUMOURED,
    ),
    Case(
        "a-company-that-started-deliveries-has-released",
        VAN,
        "Velmar hands over its new van",
        'CEO spoke "at a ceremony on Friday as the company started deliveries of the Roam", '
        'saying "we believe Roam will be a hit".',
        Label.RELEASED,
    ),
    Case(
        "a-launch-day-still-ahead-is-no-retrospective",
        PHONE,
        "Orrin Snap 9 to arrive in India on December 12",
        '"Orrin has confirmed that the Snap 9 will make its debut in India on December 12", '
        "after the series' November 7 launch in China.",
        Label.CONFIRMED,
        published=date(2026, 11, 1),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

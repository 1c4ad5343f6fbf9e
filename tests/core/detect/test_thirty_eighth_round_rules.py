"""The rules added in the thirty-eighth round (issue 5: the errors of the blind sets
holdout335-340 and timelines136-137, and the rest of holdout329-334), one short made-up
item each: made-up products, and none of these sentences is in a labelled set, so each
case checks the rule rather than a memorised phrasing. Each case failed on the code before
its rule, except the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

CMS = Target(name="Quillon 7.0", aliases=("Quillon 7",), maker="Quillon project")
REGION = Target(name="Orrin Velmaria region", aliases=("Velmaria region",), maker="Orrin")
TOOLKIT = Target(name="Tessary 4", aliases=("Tessary4",), maker="Tessary project")
CAMERA = Target(name="Velmar Z5", aliases=("Z5",), maker="Velmar")
SNACK = Target(name="Fizzwell Crunchers", aliases=("Crunchers",), maker="Fizzwell")
PHONE = Target(name="Orrin Nova 12", aliases=("Nova 12",), maker="Orrin")
SLR = Target(name="Orrin Z9", maker="Orrin")
DISTRO = Target(name="Quillon OS 8", maker="Quillon")

CASES = [
    Case(
        "not-released-by-name-outweighs-another-versions-latest",
        CMS,
        "Quillon 7.0: release status",
        'Explainer: "Quillon 7.0 is not released yet", with its launch set for April 9; '
        '"the latest stable version of Quillon today is 6.9."',
        Label.CONFIRMED,
    ),
    Case(
        "a-review-an-inquiry-publishes-is-no-product-review",
        REGION,
        "Orrin urged to drop Velmaria cloud project",
        "The Velmaria region faces opposition: rights groups want Orrin to publish a review "
        "of the risks.",
        Label.NONE,
    ),
    Case(
        "a-release-day-process-is-no-release",
        CMS,
        "Quillon 7.0 Release Day Process",
        "Core team post: preparation for the Quillon 7.0 release is underway; the release "
        "party is planned for Wednesday, May 20 at 17:00 UTC.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        published=date(2026, 5, 18),
    ),
    Case(
        "as-soon-as-it-is-stable-is-a-condition",
        TOOLKIT,
        "Port the viewer to Tessary 4",
        "The maintainer will cut a new release as soon as the Tessary 4 version is stable.",
        Label.CONFIRMED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "recalling-a-leakers-claim-is-no-product-recall",
        SNACK,
        "It's Official: Crunchers Are Coming Out Of Retirement This Summer",
        "Recalls an Instagram leaker's claim last October, then the official Crunchers "
        "accounts' teases confirming the snack returns this summer.",
        Label.CONFIRMED,
    ),
    Case(
        "the-release-for-a-month-ahead-is-a-plan",
        CAMERA,
        "The Z5 has arrived. At last!",
        'The blogger notes "Velmar has announced the release for June" and plans to rent one.',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
        published=date(2026, 4, 19),
    ),
    Case(
        "the-maker-and-a-later-mark-are-another-model",
        SLR,
        "The Orrin Z9 III launches with a new sensor",
        "Orrin's New York launch of the Z9 III drew cheers, but it ships next month.",
        Label.NONE,
    ),
    # Guard: the maker's name and the target's short name apart are still the target.
    Case(
        "the-maker-and-the-short-name-apart-are-the-target",
        SLR,
        "Orrin's event: a first look",
        "Orrin's New York launch of the Z9 drew cheers; it ships next month.",
        Label.CONFIRMED,
    ),
    Case(
        "a-patch-of-a-whole-version-is-that-version",
        DISTRO,
        "Quillon OS 8.0.2 is out now",
        "The project says Quillon OS 8.0.2 is out now with a newer kernel and bug fixes.",
        Label.RELEASED,
    ),
    # Guard: a minor version is a successor.
    Case(
        "a-minor-version-is-a-successor",
        DISTRO,
        "Quillon OS 8.1 is out now",
        "The project says Quillon OS 8.1 is out now with a newer kernel and bug fixes.",
        Label.NONE,
    ),
    Case(
        "seems-set-to-is-the-writers-guess",
        PHONE,
        "Nova 12: a launch this month?",
        "Orrin seems set to present the Nova 12 in Berlin this month, but the tipsters "
        "disagree on the date.",
        Label.RUMOURED,
    ),
    Case(
        "an-official-looking-poster-is-no-ones-word",
        PHONE,
        "Nova 12 launch poster surfaces",
        "An official-looking teaser poster points to a November 22 launch, and the Nova 12 "
        "is expected to feature three cameras.",
        Label.RUMOURED,
        published=date(2026, 11, 10),
    ),
    Case(
        "as-confirmed-by-the-company-is-on-record",
        PHONE,
        "Leaked photos of the Nova 12 ahead of its November 7 launch",
        '"The Nova 12 will be launched in China on November 7, as confirmed by the company"; '
        "photos of the phone have leaked before the announcement.",
        Label.CONFIRMED,
        published=date(2026, 11, 1),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the seventy-third round (issue 5: the errors of the blind sets
holdout706-717), one short made-up item each: made-up products, and none of these sentences
is in a labelled set, so each case checks the rule rather than a memorised phrasing. Each
case failed on the code before its rule."""

from __future__ import annotations

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

WATCH = Target(name="Orrin Pulse D", aliases=("Pulse D",), maker="Orrin")
FEATURE = Target(name="Velmar Clips", aliases=("Clips",), maker="Velmar")
LAPTOP = Target(name="Orrin Slate 3", aliases=(), maker="Orrin")
UPSCALER = Target(name="Velmar Super Frame", aliases=("Super Frame",), maker="Velmar")
SHOW = Target(name="Quill Knight Season 1", aliases=("Quill Knight",), maker="Velmar Studios")
NEWSLETTERS = Target(name="Velmar Bulletin", aliases=("Bulletin",), maker="Velmar")
PHONE_5G = Target(name="Orrin Nova 9 5G", aliases=("Nova 9 5G",), maker="Orrin")
SNACK = Target(name="Velmar Moon Bites", aliases=("Moon Bites",), maker="Velmar Foods")
FRAMEWORK = Target(name="Quill 4.2", aliases=("Quill 4.2 LTS",), maker="Quill Project")
PHONE = Target(name="Velmar Nova 5", aliases=("Nova 5",), maker="Velmar")
SNEAKER = Target(name='Orrin Stride 3 "Grape Soda"', aliases=(), maker="Orrin")

CASES = [
    Case(
        "launched-with-a-sale-day-ahead-in-an-undated-item-is-announced",
        WATCH,
        "Orrin Pulse D with blood pressure monitoring launched",
        'Orrin "has launched the Pulse D" with a micropump; "It will go on sale in China on '
        '25 December 2026 and cost 2988 Yuan."',
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "what-a-feature-lets-users-do-is-no-use-of-it",
        FEATURE,
        "Velmar will now let users post short videos on its platform",
        "Velmar is building Clips into its main app, its product head said.",
        Label.NONE,
    ),
    Case(
        "a-launch-only-for-some-users-is-a-test",
        FEATURE,
        "Velmar Launched Clips in the United States",
        "Velmar says Clips launched in the US, but the feature is currently only available "
        "for some users in the United States.",
        Label.CONFIRMED,
    ),
    Case(
        "hardware-releases-in-a-headline-are-a-noun",
        LAPTOP,
        "Orrin's September Event Hints at Exciting Hardware Releases, Including Orrin Slate 3",
        "The event is fueling speculation about the possibility of an Orrin Slate 3.",
        Label.RUMOURED,
    ),
    Case(
        "a-feature-recalled-is-remembered",
        UPSCALER,
        "Game adds Velmar Super Frame support",
        "Recalls a Velmar GPU feature the company referred to simply as Super Frame, which is "
        "open source.",
        Label.NONE,
    ),
    Case(
        "a-review-of-a-season-that-will-stream-from-a-day-is-ahead-of-it",
        SHOW,
        "Quill Knight Season 1 Review",
        'A review opening with "All 10 episodes of Quill Knight Season 1 will stream on '
        'Velmar+ beginning Thursday, August 1".',
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "a-quoted-colourway-is-part-of-the-name",
        SNEAKER,
        "Orrin Stride 3 Grape Soda first look",
        "First images of the Orrin Stride 3 'Grape Soda' have surfaced, and a rumoured release "
        "date is set for February.",
        Label.RUMOURED,
    ),
    Case(
        "an-event-that-backs-up-reports-names-only-itself",
        PHONE,
        "Velmar Announces Event To Launch Velmar Nova 5",
        "Velmar has officially announced it will hold a press event on Sept. 29, which backs "
        "up numerous reports of a new Nova 5 phone.",
        Label.RUMOURED,
    ),
    Case(
        "contracts-paid-out-are-no-release-to-come",
        NEWSLETTERS,
        "Velmar winds down Bulletin",
        "Velmar has announced that Bulletin will shut down in January 2027; remaining writer "
        "contracts will be paid out.",
        Label.RELEASED,
    ),
    Case(
        "a-connectivity-qualifier-put-first-names-the-product",
        PHONE_5G,
        "Orrin's 5G phone plans",
        "According to a new rumour, Orrin's 5G Nova 9 will come to the US in May.",
        Label.RUMOURED,
    ),
    Case(
        "starting-today-names-todays-date",
        SNACK,
        "Moon Bites are out of this world",
        '"New limited-time Moon Bites are rolling out on store shelves starting today, '
        'January 31."',
        Label.RELEASED,
        published=None,
    ),
    Case(
        "named-the-lts-is-a-plan-for-support",
        FRAMEWORK,
        "Docs: Quill 4.2 is LTS",
        "A core pull request documents that the upcoming Quill 4.2 release will get three "
        "years of support.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

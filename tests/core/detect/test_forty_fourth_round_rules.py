"""The rules added in the fifty-seventh to fifty-ninth rounds (issue 5: the errors of the
blind sets holdout444-458 and the timelines timelines164-166), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

ASSISTANT = Target(name="Zorvi", aliases=("Orrin Zorvi",), maker="Orrin")
CAMERA = Target(name="Velmar Z8 II", aliases=("Z8 II",), maker="Velmar")
CAR = Target(name="Velmar EV4 GT", aliases=("EV4 GT",), maker="Velmar")
GAME = Target(name="Starfall 3", aliases=("Starfall III",), maker="Orrin Games")
WALLET = Target(name="Quill Pay in Europe", aliases=("Quill Pay (Europe)",), maker="Orrin")

CASES = [
    Case(
        "a-name-with-a-byline-and-a-surname-is-a-person",
        ASSISTANT,
        'Review: "The Silent Tide" by Zorvi Lindqvist',
        "A review of Zorvi Lindqvist's third novel, a slow and rewarding read.",
        Label.NONE,
    ),
    Case(
        "a-name-after-a-role-and-before-a-surname-is-a-person",
        ASSISTANT,
        "The Woman on the Pier",
        "An essay on novelist Zorvi Lindqvist's new book, reviewed against her earlier fiction.",
        Label.NONE,
    ),
    # Guard: a product a thing is powered by is the product.
    Case(
        "what-a-thing-is-powered-by-is-no-person",
        ASSISTANT,
        "Orrin Zorvi is out now",
        "The speaker, powered by Zorvi Assistant, is out now in the US.",
        Label.RELEASED,
    ),
    Case(
        "building-on-a-success-looks-back-on-a-release",
        CAR,
        "Velmar plans the EV7 GT",
        "The EV7 GT builds on the success of the EV4 GT.",
        Label.RELEASED,
    ),
    Case(
        "a-review-held-back-by-its-flaws-is-no-delay",
        GAME,
        "Starfall 3 Review: Gorgeous Worlds Held Back by Busywork",
        "Our review praises the campaign of Starfall 3 but not its menus.",
        Label.RELEASED,
    ),
    # Guard: a release held back is still a delay.
    Case(
        "a-release-held-back-is-a-delay",
        GAME,
        "Orrin Games holds back Starfall 3",
        "Orrin Games said the Starfall 3 release is held back until the autumn.",
        Label.CONFIRMED,
    ),
    Case(
        "a-regional-product-live-in-another-country-is-not-out",
        WALLET,
        "Quill Pay goes live, but only in Colombia",
        "Orrin has started rolling out Quill Pay to users in Colombia.",
        Label.NONE,
    ),
    # Guard: the countries inside the region are the region's launch.
    Case(
        "a-regional-product-live-in-countries-of-its-region-is-out",
        WALLET,
        "Quill Pay expands to 32 countries in Europe",
        "Quill Pay is rolling out to Austria, Belgium, Spain and Switzerland.",
        Label.RELEASED,
    ),
    Case(
        "a-camera-added-to-an-owners-kit-is-out",
        CAMERA,
        "How I ended up with the cameras I have",
        'A photographer\'s story: "I added a Velmar Z8 II to my setup" as a second body for a '
        "tour.",
        Label.RELEASED,
    ),
    Case(
        "a-concert-sold-out-is-no-release",
        Target(name="Velmar World Tour 'Echo'", aliases=("Echo World Tour",), maker="Velmar"),
        "Velmar World Tour 'Echo' first concert sold out",
        "Fans queued for hours; all seats sold out in the pre-sale.",
        Label.NONE,
    ),
    Case(
        "a-plan-in-brackets-after-a-sibling-is-the-siblings",
        Target(name="Velmar Slate 9 Pro XL", aliases=("Slate 9 Pro XL",), maker="Velmar"),
        "Review: Velmar Slate 9 Pro XL",
        "Our review of the Velmar Slate 9 Pro XL, which shares most specs with the smaller "
        "Velmar Slate 9 Pro (coming in September).",
        Label.RELEASED,
    ),
    Case(
        "another-years-return-of-a-seasonal-product-is-another-thing",
        Target(name="Orrin Maple Latte (2024 return)", aliases=("Maple Latte",), maker="Orrin"),
        "Orrin Maple Latte is back",
        "The Maple Latte is now available at Orrin cafes.",
        Label.NONE,
        published=date(2026, 9, 1),
    ),
    Case(
        "a-launch-day-that-will-come-is-ahead",
        Target(name="Velmar Lift 64", aliases=("Lift 64",), maker="Velmar"),
        "Velmar Lift 64: a four-booster dream",
        "On launch day the Velmar Lift 64 will attempt to put 32 satellites in orbit.",
        Label.NONE,
    ),
    Case(
        "a-programmes-approved-launch-is-no-release",
        Target(name="Velmar 838 MAX", aliases=("838 MAX",), maker="Velmar"),
        "Velmar unveils 838 MAX",
        "Velmar's board has approved the launch of the 838 MAX, based on order commitments "
        "for 496 airplanes.",
        Label.RUMOURED,
    ),
    Case(
        "a-capitalised-word-joined-to-a-code-is-another-model",
        CAR,
        "The car of the moment",
        "A long-term test of a Velmar EV4 GT-Line S, which tops the range below the new GT.",
        Label.NONE,
    ),
    Case(
        "a-car-shown-but-not-on-sale-yet-is-not-out",
        Target(name="Velmar GX 5", aliases=("GX 5",), maker="Velmar"),
        "Velmar GX 5 gets an overlanding makeover",
        "The Velmar GX 5 debuted on June 8; since the off-roader is not on sale yet, an artist "
        "imagines it as a rig.",
        Label.CONFIRMED,
    ),
    Case(
        "a-cancellation-undone-is-no-cancellation",
        Target(name="Velmar X-E5", aliases=("X-E5",), maker="Velmar"),
        "Velmar X-E5 shows up in the internal roadmap again",
        'After reporting the X-E5 "had been axed", a trusted source says the X-E5 is now back on '
        "the internal Velmar camera roadmap.",
        Label.RUMOURED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()


def test_a_successors_threat_asked_is_no_cancellation() -> None:
    """ "Will it kill the Z8 II?" asks whether a successor will end demand for the target;
    read as its cancellation, it kept a released camera's later items from counting."""
    detection = read_by_rules(
        CAMERA,
        "Is the Velmar Z9 coming next month - and will it kill the Velmar Z8 II?",
        "The writer asks whether there would still be demand for a Velmar Z8 II once the Z9 "
        "arrives.",
    )
    assert not any(c.startswith("cancel:") for c in detection.cues), detection


def test_a_launch_still_unknown_is_not_behind() -> None:
    """ "The launch of X" looks back on it, but not when it "is still unknown"."""
    detection = read_by_rules(
        Target(name="Velmar Echoa Mini", aliases=("Echoa Mini",), maker="Velmar"),
        "Velmar Echoa Mini will get four IR blasters",
        "Velmar showed the Echoa Mini's IR blasters at its developer day, but the launch of "
        "the Echoa Mini is still unknown.",
    )
    assert detection.label is not Label.RELEASED, detection


def test_a_disclaimed_rumour_is_marked_so() -> None:
    """ "Take it with a grain of salt" under a leaked date: the rules read a rumour, and the
    cue keeps the trained second opinion from reading the date as the maker's plan (it
    had, at 0.93, on a blind timeline: windows-phone-8-1)."""
    detection = read_by_rules(
        Target(name="Quillows Phone 9", aliases=("QP9",), maker="Orrin"),
        "Orrin Nimbus 7 may not get unveiled on April 2. First Quillows Phone 9 devices out "
        "on April 23",
        "Ahead of its conference, Orrin should finally present Quillows Phone 9; a separate "
        "leak says the first handsets to run this new version will be in stores on April 23. "
        "Take it with a grain of salt.",
    )
    assert detection.label is Label.RUMOURED, detection
    assert "hedge:disclaimed" in detection.cues, detection

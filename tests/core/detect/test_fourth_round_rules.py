"""The rules added in the fourth generalisation round (issue 5, `holdout4.jsonl`), one
short made-up item each: made-up products, and none of these sentences is in a labelled
set, so each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.window import find_times
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

PHONE = Target(name="Orbit 7", maker="Corvid")
FEATURE = Target(name="Tidewell Recall", aliases=("Recall",), maker="Tidewell")
MODEL = Target(name="Loom Gen-2 Alpha", aliases=("Gen-2 Alpha",), maker="Loom")
SHOW = Target(name="Harbor Lights Season 2", maker="Northwave")
GAME = Target(name="Starhollow 2", maker="Ashgrove Games")
LIB = Target(name="Quill 7", aliases=("Quill 7.0",), maker="Quill project")
TRUCK = Target(name="Ridgeback 4", maker="Ridgeback Motors")
DECK = Target(name="Nimbus Deck", maker="Nimbus")


CASES = [
    # The target's own name holds no cue.
    Case(
        "a-name-that-is-a-cue-word-is-no-cue",
        FEATURE,
        "Privacy regulator asks Tidewell about Recall",
        "The regulator is making enquiries about how the screenshot feature stores data.",
        Label.NONE,
    ),
    Case(
        "alpha-in-the-name-is-no-alpha-release",
        MODEL,
        "Loom's Gen-2 Alpha video model now available",
        "Gen-2 Alpha is now available to paying subscribers on every plan.",
        Label.RELEASED,
    ),
    Case(
        "season-in-the-name-is-not-another-season",
        SHOW,
        "Harbor Lights Season 2 premiere draws 4.1 million viewers",
        "The opener was down slightly from the first season's debut.",
        Label.RELEASED,
    ),
    # Cancellations.
    Case(
        "a-cancellation-denies-the-release",
        GAME,
        "Ashgrove cancels Starhollow 2 and closes its studio",
        "The publisher said the team will wind down in the coming months.",
        Label.NONE,
    ),
    Case(
        "a-cancelled-subject",
        GAME,
        "Starhollow 2 has been cancelled",
        "Ashgrove said Starhollow 2 will no longer be moving forward.",
        Label.NONE,
    ),
    Case(
        "a-preview-that-ends-ends-the-product",
        LIB,
        "Quill project is ending the Quill 7 technical preview",
        "The technical preview will end on June 30; ideas from it move to other tools.",
        Label.NONE,
        ItemKind.OFFICIAL,
    ),
    Case(
        "cancelling-the-launch-event-is-not-cancelling-the-product",
        PHONE,
        "Corvid cancels the Orbit 7 launch event",
        "The phone will still launch on March 20, Corvid said.",
        Label.CONFIRMED,
    ),
    Case(
        "a-beta-that-ends-before-the-release-is-no-end",
        LIB,
        "The Quill 7 beta ends on June 30",
        "The maintainers say the final release will follow in July.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "cancelling-other-games-is-not-cancelling-the-target",
        GAME,
        "Ashgrove delays Starhollow 2 to March 2027 and cancels two unannounced games",
        "Ashgrove pushed Starhollow 2 into next year and cancelled two unannounced projects.",
        Label.CONFIRMED,
    ),
    Case(
        "a-product-withdrawn-after-launch-was-released",
        PHONE,
        "Corvid kills the Orbit 7",
        "Corvid is discontinuing the phone a year after its launch.",
        Label.RELEASED,
    ),
    # Dates ahead of a present tense.
    Case(
        "hit-shelves-with-a-date-ahead",
        PHONE,
        "Orbit 7 pre-orders are open",
        "Corvid's Orbit 7 and its cases hit shelves March 20.",
        Label.CONFIRMED,
    ),
    Case(
        "a-bare-month-ahead",
        PHONE,
        "Corvid's Orbit 7 ships in December",
        "The phone comes in three sizes.",
        Label.CONFIRMED,
    ),
    Case(
        "a-weekday-after-a-present-tense-is-the-coming-one",
        PHONE,
        "Orbit 7 review: a better camera",
        "The phone is a solid upgrade; it arrives in stores Friday.",
        Label.CONFIRMED,
    ),
    Case(
        "deliveries-begin-later",
        TRUCK,
        "Ridgeback 4 first drive",
        "Ridgeback says deliveries of the Ridgeback 4 start in the second half of this year.",
        Label.CONFIRMED,
    ),
    Case(
        "launched-with-pre-orders-and-a-later-shelf-date",
        PHONE,
        "Corvid launches the Orbit 7",
        "Corvid formally launched the Orbit 7 in Lisbon; units are available for pre-order "
        "today and in stores beginning March 27.",
        Label.CONFIRMED,
    ),
    # Subjects and objects.
    Case(
        "a-state-of-another-subject-before-the-target",
        GAME,
        "Starhollow Remastered is out now",
        "The remastered original is available today and teases the sequel Starhollow 2, "
        "which is still in development.",
        Label.RUMOURED,
    ),
    Case(
        "the-target-as-owner-after-another-product",
        PHONE,
        "Corvid Orbit 6 revealed as the Orbit 7's smaller sibling",
        "Corvid's compact Orbit 6 borrows the Orbit 7's camera and goes on sale in July.",
        Label.NONE,
    ),
    Case(
        "a-rocket-launch-is-no-release",
        PHONE,
        "The Orbit 7 that a startup launched into orbit still works",
        "A phone flown on a test rocket is still sending photos.",
        Label.NONE,
    ),
    # Released, said other ways.
    Case(
        "announcing-general-availability",
        LIB,
        "Announcing Quill 7",
        "We're delighted to announce the general availability of Quill 7.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "deliveries-begin-now",
        TRUCK,
        "Ridgeback 4 deliveries begin in Canada",
        "The first Ridgeback 4s have been handed to customers in Toronto.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "a-day-after-launch-and-still-on-sale",
        GAME,
        "Starhollow 2 pulled from one store",
        "A day after launch, the PC version is unavailable; console versions remain on sale.",
        Label.RELEASED,
    ),
    Case(
        "sales-since-it-hit-shelves-inside-a-report",
        PHONE,
        "Corvid reportedly drops Orbit 8 after weak Orbit 7 sales",
        "According to reports, slow sales of the Orbit 7 since it hit shelves in May led "
        "Corvid to rethink next year's model.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "a-crash-is-seen-in-use",
        LIB,
        "Do not upgrade to Quill 7 yet",
        "A consultancy warns that Quill 7 servers crash on restart under heavy load.",
        Label.RELEASED,
        ItemKind.BLOG,
    ),
    Case(
        "on-sale-since-a-time-past",
        DECK,
        "Nimbus Deck is coming to three more countries",
        "A reseller will sell the handheld, on sale in the US since February, from next month.",
        Label.RELEASED,
    ),
    # Confirmed, said other ways.
    Case(
        "a-release-held-back",
        LIB,
        "Quill 7 release held back over a packaging change",
        "The maintainers said they decided to hold the Quill 7 release until a fix lands.",
        Label.CONFIRMED,
    ),
    Case(
        "moves-to-a-later-date",
        SHOW,
        "'Harbor Lights Season 2' moves to March 2027",
        "Northwave moved the season from October 3 to March 12, 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "production-starts-in-a-month-ahead",
        TRUCK,
        "Ridgeback 4 premieres in Detroit",
        "Ridgeback said production of the Ridgeback 4 starts in November, with deliveries "
        "from late 2026.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "insiders-in-a-test-channel",
        FEATURE,
        "Previewing Recall with Tidewell Insiders in the Dev Channel",
        "Insiders in the Dev Channel can now try Recall; Tidewell says more devices come soon.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "the-maker-still-lists-it",
        PHONE,
        "Orbit 7 reportedly faces heat problems ahead of launch",
        "Sources say Corvid is struggling; Corvid still lists the Orbit 7 as coming in 2026.",
        Label.CONFIRMED,
    ),
    # Rumoured, said other ways.
    Case(
        "a-regulator-filing-is-no-announcement",
        PHONE,
        "Orbit 7 clears FCC ahead of launch",
        "The listing shows 45W charging.",
        Label.RUMOURED,
        published=None,
    ),
    Case(
        "a-headline-plan-the-body-gives-as-hearsay",
        PHONE,
        "Orbit 7 with a periscope camera planned for 2027",
        "Corvid is working on a new flagship, according to people with knowledge; Corvid "
        "declined to comment.",
        Label.RUMOURED,
        published=None,
    ),
    Case(
        "widely-expected",
        PHONE,
        "Corvid teases 'the newest member of the family' for March 19",
        "The teaser names no product, though the Orbit 7 is widely expected.",
        Label.RUMOURED,
    ),
    Case(
        "a-variant-is-another-product",
        DECK,
        "Nimbus announces Nimbus Deck OLED, shipping November 16",
        "The OLED model has a bigger screen and ships November 16.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fourth_round_rule(case: Case) -> None:
    case.check()


def test_a_bare_month_is_the_next_one_in_a_plan_and_the_nearest_otherwise() -> None:
    march = date(2026, 3, 10)
    plan = find_times("ships in December", march, plans=True)
    assert [(r.label, r.earliest) for r in plan] == [("2026-12", date(2026, 12, 1))]
    told = find_times("since its launch in December", march)
    assert [(r.label, r.earliest) for r in told] == [("2025-12", date(2025, 12, 1))]

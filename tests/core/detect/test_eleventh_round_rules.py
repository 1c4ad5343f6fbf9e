"""The rules added in the eleventh round (issue 5: `holdout11.jsonl`, `holdout12.jsonl`
and three more blind timelines, measured before this round), one short made-up item
each: made-up products, and none of these sentences is in a labelled set, so each case
checks the rule rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

PHONE = Target(name="Lumen 7", aliases=("Lumen Phone 7",), maker="Corvo")
ASSISTANT = Target(name="Wren Voice", maker="Corvo")
FEATURE = Target(name="Canvas Notes", maker="Avian Labs")
MODEL = Target(name="Quill 4 Turbo", maker="Avian Labs")
LAPTOP = Target(name="Corvo Book Air", maker="Corvo")
GAME = Target(name="Ashen Crown", maker="Tallow Games")
MODEL_TWO = Target(name="Quill Opus 4.1", maker="Avian Labs")
SMALL = Target(name="Wisp-4", aliases=("Wisp 4",), maker="Avian Labs")
IMAGE = Target(
    name="Stable Canvas 3", aliases=("SC3", "Stable Canvas 3 Medium"), maker="Brightloop"
)
PLAYGROUND = Target(name="Sketch Studio", maker="Corvo")
MODEM = Target(name="Corvo K1", aliases=("K1 modem",), maker="Corvo")

CASES = [
    # Owners in forums: first-hand, so the forum keeps its word.
    Case(
        "an-owner-two-weeks-in-on-a-forum-is-a-release",
        PHONE,
        "Lumen 7 two weeks in - battery life is great",
        "An owner upgrading from the Lumen 5 reports nine hours of screen time.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-forum-restating-a-dated-launch-keeps-it-confirmed",
        GAME,
        "Ashen Crown network test impressions thread",
        'Invited players compare builds; the OP reminds that the full game "launches '
        'February 25, 2027."',
        Label.CONFIRMED,
        kind=ItemKind.FORUM,
        published=date(2026, 11, 20),
    ),
    Case(
        "a-price-raised-is-a-price-of-something-on-sale",
        PHONE,
        "Corvo is raising the price of the Lumen 7 by $100",
        "Starting August 1, the 128GB model goes from $299 to $399.",
        Label.RELEASED,
    ),
    Case(
        "a-companys-new-owner-is-no-product-owner",
        PHONE,
        "Lumen 7 successor still possible, Corvo's new owner hints",
        'Reports of the sale revive speculation that a Lumen 7 Pro "could" follow.',
        Label.NONE,
    ),
    # Orders and availability in the maker's words.
    Case(
        "order-today-with-availability-beginning-a-date-is-confirmed",
        PHONE,
        "Corvo unveils Lumen 7",
        'Customers can order today, with availability "beginning Friday, March 20."',
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        published=date(2026, 3, 10),
    ),
    Case(
        "available-from-today-is-out",
        ASSISTANT,
        "Corvo expands Wren Voice to 200 countries",
        "Corvo makes Wren Voice available from today on its phones in 200 countries.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "users-now-have-access-is-out-even-after-an-early-access-program",
        ASSISTANT,
        "Wren Voice finally speaks English",
        "As of today, Lumen 7 users now have access to Wren Voice in English, after an early "
        "access program.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "debuting-on-an-upcoming-phone-is-ahead",
        ASSISTANT,
        "Wren Voice: a new way to use your phone",
        "Corvo introduces Wren Voice; it debuts on the upcoming Lumen 7 with a few apps.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "launched-a-few-weeks-back-is-out",
        PHONE,
        "Five months later, the Lumen 7 arrives in Europe this week",
        "Corvo launched the device at home a few weeks back; Europe follows this Friday.",
        Label.RELEASED,
    ),
    # A beta offered to a broad class of customers is the release.
    Case(
        "a-beta-rolling-out-to-paying-users-is-a-release",
        FEATURE,
        "Introducing Canvas Notes",
        'This early beta of Canvas Notes is "rolling out to Plus and Team users globally" '
        "starting today.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-beta-for-select-developers-is-not",
        FEATURE,
        "Canvas Notes beta",
        "The Canvas Notes beta is rolling out to select developers today.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-beta-available-for-all-individuals-is-a-release",
        FEATURE,
        "Canvas Notes beta now available for all individuals",
        "The changelog says Canvas Notes is now in public beta for all individual subscribers.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    # Executives on record, the target as a yardstick, other brands' versions.
    Case(
        "an-earnings-call-expectation-is-on-record",
        MODEL,
        "Avian's next model trains on a huge cluster",
        'On the earnings call the CEO said Quill 4 Turbo development is well underway, "with '
        'an initial launch expected early next year."',
        Label.CONFIRMED,
    ),
    Case(
        "the-target-as-a-yardstick-is-not-the-topic",
        MODEL,
        "Avian denies a search engine",
        'The piece speculates about a leaked model said to "double the context window '
        'compared to Quill 4 Turbo."',
        Label.NONE,
    ),
    Case(
        "another-brands-hyphenated-version-is-not-a-bare-version",
        MODEL_TWO,
        "Avian's Quill Opus 4 outperforms GPT-4.1",
        "Reports that the model could refuse some requests sparked a backlash.",
        Label.NONE,
    ),
    Case(
        "suggesting-fixes-is-a-feature-not-a-guess",
        FEATURE,
        "Avian unveils Canvas Notes",
        "Canvas Notes explains code and suggests fixes; it will launch next month, Avian said.",
        Label.CONFIRMED,
    ),
    Case(
        "accessible-is-a-release-verb",
        MODEL,
        "What is Quill 4 Turbo",
        "According to Avian, Quill 4 Turbo will soon be accessible through its cloud console.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    # Siblings written as variants, and other products written in camel case.
    Case(
        "a-multimodal-sibling-is-another-model",
        SMALL,
        "Support Wisp-4-mini and Wisp-4-multimodal",
        '"Avian released two new models today: Wisp-4-mini and Wisp-4-multimodal."',
        Label.NONE,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-variant-word-in-the-targets-own-alias-is-the-target",
        IMAGE,
        "New Stable Canvas 3 release draws mockery",
        "Users of the newly released SC3 Medium open weights mock its anatomy.",
        Label.RELEASED,
    ),
    Case(
        "a-headline-about-another-camel-case-product-is-not-the-targets",
        PLAYGROUND,
        "Corvo Intelligence is available today on phones and tablets",
        "Corvo ships the first features with cOS 18.1; more, including Sketch Studio, are "
        "slated for an update in December.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        published=date(2026, 10, 28),
    ),
    Case(
        "another-product-in-a-phrase-is-no-subject",
        MODEM,
        "The Lumen 16e's K1 modem holds its own in speed tests",
        "Speedtest data from Lumen 16e units in use since launch show the K1 modem's download "
        "speeds are close to the Lumen 16's.",
        Label.RELEASED,
    ),
    # The rest of holdout11: silence, documents, plans about to happen, guessing bodies.
    Case(
        "a-beta-rolling-out-to-a-broad-class-is-out-even-after-the-word-beta",
        FEATURE,
        "Canvas Notes arrives",
        'This early beta is "rolling out to Plus and Team users globally" starting today.',
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-beta-released-with-the-final-version-due-is-not-out",
        FEATURE,
        "Canvas Notes Beta Released, Final Version Due October 12",
        "The beta is out for testers; the stable release is scheduled for October 12.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "a-lack-of-official-comment-is-silence",
        MODEL,
        "Quill 4 Turbo launch delayed?",
        'Quill 4 Turbo is "reportedly facing obstacles"; the author notes "the lack of official '
        'comment from Avian" on the possible delay.',
        Label.RUMOURED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "a-technical-report-is-no-news-report",
        MODEL,
        "Quill 4 Turbo Technical Report",
        'Avian\'s Quill 4 Turbo "is currently available via its cloud console."',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "about-to-launch-is-a-plan",
        MODEL,
        "Avian's new model turns text into video",
        '"Avian is about to launch Quill 4 Turbo, a model that generates video from text."',
        Label.CONFIRMED,
    ),
    Case(
        "heading-toward-public-launch-is-ahead",
        PLAYGROUND,
        "Sketch Studio: safety at the cost of utility?",
        "After time with Sketch Studio in the recent beta, the author hopes Corvo reconsiders "
        "as Sketch Studio heads toward public launch.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "analysts-after-an-earnings-call-are-not-the-maker",
        GAME,
        "Ashen Crown could arrive in 2028, analysts predict after Tallow earnings",
        "Several analysts now model a 2028 release following comments on the earnings call.",
        Label.RUMOURED,
    ),
    Case(
        "a-coming-headline-over-a-guessing-body-is-a-rumour",
        MODEL,
        "Quill 4 Turbo: Avian's next model is coming",
        '"Quill 4 Turbo is expected around mid-February," the post says, summarising papers.',
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-beta-available-for-everyone-is-a-release",
        GAME,
        "Ashen Crown multiplayer beta, available now",
        'Tallow announces a surprise: the free multiplayer beta "is available now" for everyone; '
        "the campaign follows on December 8.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_eleventh_round_rule(case: Case) -> None:
    case.check()

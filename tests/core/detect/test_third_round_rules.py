"""The rules added in the third generalisation round (issue 5, `holdout3.jsonl`), one
short made-up item each: made-up products, and none of these sentences is in a labelled
set, so each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.window import find_times
from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

PHONE = Target(name="Orbit 7", maker="Corvid")
OS = Target(name="Ferro 8 version 25R2", maker="Ferrosoft")
MODEL = Target(name="Vela 2", maker="Halcyon AI")
BIG_MODEL = Target(name="Vela 2 Grand", maker="Halcyon AI")
VOICE = Target(name="Vela Voice", maker="Halcyon AI")
GPU = Target(name="Kestrel 880", maker="Arcwave")
NETWORK = Target(name="Chirpline", maker="Chirpline Inc")
LIB = Target(name="Quill 7", aliases=("Quill 7.0",), maker="Quill project")
PORT = Target(name="Starhollow for Nimbus Deck 2", maker="Ashgrove Games")
TRUCK = Target(name="Ridgeback EV", maker="Ridgeback Motors")


CASES = [
    Case(
        "due-to-a-cause-is-no-schedule",
        PHONE,
        "Analyst: Orbit 7 drops its titanium frame due to cost",
        "The phone is still expected in September, the analyst adds.",
        Label.RUMOURED,
    ),
    Case(
        "a-launch-event-date-is-not-a-release-date",
        PHONE,
        "Corvid's Orbit 7 launch event is on May 14th",
        "Corvid sent invitations; the phone is widely expected to debut there.",
        Label.RUMOURED,
    ),
    Case(
        "hearsay-that-names-the-maker-is-still-hearsay",
        PHONE,
        "Orbit 7 arrives this autumn, sources say",
        "The phone will ship in October, according to people familiar with Corvid's plans.",
        Label.RUMOURED,
    ),
    Case(
        "a-comma-may-stand-for-a-space-in-a-name",
        OS,
        "Ferrosoft preview build notes",
        "The annual update will be Ferro 8, version 25R2, and will reach general "
        "availability later this year.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "owners-who-bought-it-reporting-faults",
        PHONE,
        "Corvid looks into Orbit 7 screen cracks",
        "Users who bought the Orbit 7 reported hairline cracks after a week.",
        Label.RELEASED,
    ),
    Case(
        "fixes-coming-after-people-upgraded",
        PHONE,
        "Orbit 7 breaks two banking apps",
        "Since upgrading to the Orbit 7, users of two banking apps report crashes; "
        "developers say fixes are coming.",
        Label.RELEASED,
    ),
    Case(
        "a-hyphenated-variant-is-another-product",
        MODEL,
        "Halcyon launches Vela 2-mini",
        "Vela 2-mini is available today in the app.",
        Label.NONE,
    ),
    Case(
        "a-ti-card-is-another-product",
        GPU,
        "Arcwave reportedly shelves Kestrel 880 Ti",
        "Work on the faster Kestrel 880 Ti has stopped, leakers say.",
        Label.NONE,
    ),
    Case(
        "not-building-it-is-a-denial",
        MODEL,
        "Halcyon's CEO says the lab isn't training Vela 2",
        "At a conference, the CEO said they are not working on Vela 2 for now.",
        Label.RUMOURED,
    ),
    Case(
        "a-plan-carries-into-the-state-that-follows",
        MODEL,
        "CEO lays out the Vela 2 roadmap",
        'In a post, the CEO wrote: "we will release Vela 2 as one system", available to '
        "free users.",
        Label.CONFIRMED,
    ),
    Case(
        "users-will-get-it-is-a-plan",
        VOICE,
        "Halcyon rolls out Vela Voice to a small group of testers",
        "Halcyon says every subscriber will get it in the fall.",
        Label.CONFIRMED,
    ),
    Case(
        "a-model-word-after-the-number-names-a-sibling",
        BIG_MODEL,
        "Introducing Vela 2 Swift",
        "Vela 2 Swift is available now; Halcyon adds: \"We'll be releasing Vela 2 Grand "
        'later this year."',
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "open-to-everyone-ends-an-invite-only-beta",
        NETWORK,
        "Chirpline is now open for anyone to join",
        "The network is now open to the public after a year as an invite-only beta.",
        Label.RELEASED,
    ),
    Case(
        "a-user-count-means-people-use-it",
        NETWORK,
        "Chirpline passes 5 million users",
        "Chirpline says it added a million users in a week.",
        Label.RELEASED,
    ),
    Case(
        "a-port-named-with-words-between",
        PORT,
        "Starhollow is out now on Nimbus Deck 2",
        "Ashgrove shadow-dropped the port during a showcase.",
        Label.RELEASED,
    ),
    Case(
        "a-platform-without-its-brand",
        PORT,
        "Starhollow comes to Deck 2 on June 5",
        "Ashgrove confirmed the port will launch with the handheld.",
        Label.CONFIRMED,
    ),
    Case(
        "entering-lts-is-a-release-state",
        LIB,
        "Quill 7 enters Long Term Support",
        "Quill 7 is now LTS and supported until 2029.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "releasing-on-a-date",
        LIB,
        "Stabilizing streams",
        "Streams will be stable in Quill 7, releasing on November 3.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
        published=date(2026, 10, 20),
    ),
    Case(
        "happy-to-announce-a-new-version",
        LIB,
        "Announcing Quill 7.0",
        "The Quill team is happy to announce a new version, Quill 7.0; get it from the "
        "download page.",
        Label.RELEASED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "announcing-a-release-candidate-is-not-the-release",
        LIB,
        "Quill 7.0rc1",
        "We are pleased to announce the release of Quill 7.0rc1; the final is planned for May.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
    Case(
        "benchmarks-published-are-not-the-product",
        GPU,
        "Kestrel 880 review: very fast",
        "Benchmarks published ahead of launch; the card goes on sale November 12.",
        Label.CONFIRMED,
        published=date(2026, 11, 5),
    ),
    Case(
        "open-reservations-outweigh-an-expected-date",
        TRUCK,
        "Ridgeback shows the Ridgeback EV",
        "Production is expected to begin in late 2027 and reservations are open for $100.",
        Label.CONFIRMED,
    ),
    Case(
        "an-event-date-with-the-target-only-expected",
        PHONE,
        "Corvid Showcase set for January 22",
        "Corvid sent invites for the Showcase; the Orbit 7 is expected to debut there.",
        Label.RUMOURED,
        published=date(2026, 1, 5),
    ),
    Case(
        "words-inside-the-company-are-not-on-record",
        PHONE,
        "Corvid's roadmap leaks",
        "In an internal presentation, a Corvid VP said the Orbit 7 is planned for later this year.",
        Label.RUMOURED,
    ),
    Case(
        "due-this-autumn",
        PHONE,
        "Orbit 7 vs Lumen 5: how they compare",
        "Corvid's Orbit 7 is due this autumn at $899.",
        Label.CONFIRMED,
    ),
    Case(
        "a-teardown-is-of-a-bought-unit",
        PHONE,
        "Orbit 7 teardown",
        "The repair site opened up the phone and found a glued battery.",
        Label.RELEASED,
    ),
    Case(
        "a-season-with-a-year-is-a-date",
        PHONE,
        "Introducing the Orbit 7",
        "Orbit 7 launches holiday 2026 in four colours.",
        Label.CONFIRMED,
        ItemKind.OFFICIAL,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_third_round_rule(case: Case) -> None:
    case.check()


def test_a_season_with_a_year_starts_in_its_first_month() -> None:
    refs = find_times("launches holiday 2027", date(2027, 1, 5))
    assert [(r.label, r.earliest) for r in refs] == [("holiday 2027", date(2027, 11, 1))]

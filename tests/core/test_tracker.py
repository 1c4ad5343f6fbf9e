"""The promotion policy, as a table: what evidence moves a target to which status."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from bot.core.models import Evidence, Label, Status, Target, Trust
from bot.core.tracker import decide, new_window

TARGET = Target("Widget 3", maker="Acme", official_domains=("acme.com",))
DAY = datetime(2025, 3, 1, 12, tzinfo=UTC)


def ev(
    label: str,
    domain: str,
    day: int = 0,
    trust: Trust = Trust.PRESS,
    by_model: bool = False,
    due: date | None = None,
    confidence: float = 0.9,
    opens: date | None = None,
) -> Evidence:
    moment = DAY + timedelta(days=day)
    return Evidence(
        item_id=day,
        target=TARGET.name,
        label=Label(label),
        confidence=confidence,
        span="…",
        title="t",
        link=f"https://{domain}/x",
        domain=domain,
        trust=trust,
        seen_at=moment,
        published=moment,
        by_model=by_model,
        due=due,
        opens=opens,
    )


CASES = [
    ("nothing", Status.UNKNOWN, [], None),
    ("one press rumour is news", Status.UNKNOWN, [ev("rumoured", "a.com")], Status.RUMOURED),
    (
        "one outlet's uncorroborated confirmation announces no rumour",
        Status.UNKNOWN,
        [ev("confirmed", "a.com")],
        None,
    ),
    (
        "one rumour read only through the family name ('a new Widget') is not enough",
        Status.UNKNOWN,
        [ev("rumoured", "a.com", confidence=0.45)],
        None,
    ),
    (
        "two rumours read through the family name are",
        Status.UNKNOWN,
        [ev("rumoured", "a.com", confidence=0.45), ev("rumoured", "b.com", 1, confidence=0.45)],
        Status.RUMOURED,
    ),
    (
        "one outlet's guess ('may return', read at 0.6) is not enough",
        Status.UNKNOWN,
        [ev("rumoured", "a.com", confidence=0.6)],
        None,
    ),
    (
        "one outlet's hearsay ('reportedly', read at 0.8) is",
        Status.UNKNOWN,
        [ev("rumoured", "a.com", confidence=0.8)],
        Status.RUMOURED,
    ),
    (
        "one rumour only the model reads, and unsure (0.6), is not enough",
        Status.UNKNOWN,
        [ev("rumoured", "a.com", by_model=True, confidence=0.6)],
        None,
    ),
    (
        "one rumour only the model reads, and sure (0.9), is",
        Status.UNKNOWN,
        [ev("rumoured", "a.com", by_model=True)],
        Status.RUMOURED,
    ),
    (
        "one forum rumour the model is sure of is not enough",
        Status.UNKNOWN,
        [ev("rumoured", "forum.example", trust=Trust.COMMUNITY, by_model=True)],
        None,
    ),
    (
        "one forum rumour is not enough",
        Status.UNKNOWN,
        [ev("rumoured", "forum.example", trust=Trust.COMMUNITY)],
        None,
    ),
    (
        "two forums within the window make a rumour",
        Status.UNKNOWN,
        [
            ev("rumoured", "forum.example", trust=Trust.COMMUNITY),
            ev("rumoured", "board.example", 3, trust=Trust.COMMUNITY),
        ],
        Status.RUMOURED,
    ),
    ("one press confirmation is not enough", Status.RUMOURED, [ev("confirmed", "a.com")], None),
    (
        "one outlet's report of a dated commitment on record is enough",
        Status.RUMOURED,
        [ev("confirmed", "a.com", due=date(2025, 4, 1))],
        Status.CONFIRMED,
    ),
    (
        "a weak dated confirmation is not",
        Status.RUMOURED,
        [ev("confirmed", "a.com", due=date(2025, 4, 1), confidence=0.7)],
        None,
    ),
    (
        "nor a dated confirmation only the model reads",
        Status.RUMOURED,
        [ev("confirmed", "a.com", due=date(2025, 4, 1), by_model=True)],
        None,
    ),
    (
        "nor a forum's",
        Status.RUMOURED,
        [ev("confirmed", "f.example", due=date(2025, 4, 1), trust=Trust.COMMUNITY)],
        None,
    ),
    (
        "one outlet reporting a release is not enough",
        Status.RUMOURED,
        [ev("released", "a.com")],
        None,
    ),
    (
        "two domains within the window",
        Status.RUMOURED,
        [ev("confirmed", "a.com"), ev("confirmed", "b.com", 3)],
        Status.CONFIRMED,
    ),
    (
        "the same domain twice is one source",
        Status.RUMOURED,
        [ev("confirmed", "a.com"), ev("confirmed", "a.com", 1)],
        None,
    ),
    (
        "two domains' reviews too far apart",
        Status.RUMOURED,
        [ev("released", "a.com", confidence=0.8), ev("released", "b.com", 200, confidence=0.8)],
        None,
    ),
    (
        "an official domain promotes alone",
        Status.UNKNOWN,
        [ev("confirmed", "news.acme.com")],
        Status.CONFIRMED,
    ),
    (
        "a forum on the maker's domain is still a forum",
        Status.UNKNOWN,
        [ev("rumoured", "community.acme.com", trust=Trust.COMMUNITY)],
        None,
    ),
    (
        "an official-trust source promotes alone",
        Status.RUMOURED,
        [ev("released", "blog.example", trust=Trust.OFFICIAL)],
        Status.RELEASED,
    ),
    (
        "an official release only the model reads needs a second voice",
        Status.CONFIRMED,
        [ev("released", "news.acme.com", by_model=True)],
        None,
    ),
    (
        "an official release only the model reads still confirms",
        Status.RUMOURED,
        [ev("released", "news.acme.com", by_model=True)],
        Status.CONFIRMED,
    ),
    (
        "an official release only the model reads, and a second outlet",
        Status.CONFIRMED,
        [ev("released", "news.acme.com", by_model=True), ev("released", "b.com", 2)],
        Status.RELEASED,
    ),
    (
        "released evidence backs confirmed",
        Status.RUMOURED,
        [ev("released", "a.com"), ev("confirmed", "b.com", 1)],
        Status.CONFIRMED,
    ),
    (
        "jumps to the highest supported status at once",
        Status.UNKNOWN,
        [ev("released", "a.com"), ev("released", "b.com", 1), ev("rumoured", "c.com", 2)],
        Status.RELEASED,
    ),
    (
        "never backwards",
        Status.RELEASED,
        [ev("rumoured", "a.com"), ev("rumoured", "b.com", 1)],
        None,
    ),
    (
        "no change when already there",
        Status.CONFIRMED,
        [ev("confirmed", "a.com"), ev("confirmed", "b.com", 1)],
        None,
    ),
]


@pytest.mark.parametrize(
    ("why", "current", "evidence", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_policy(
    why: str, current: Status, evidence: list[Evidence], expected: Status | None
) -> None:
    decision = decide(TARGET, current, evidence)
    assert (decision[0] if decision else None) == expected, why


def test_the_item_that_completes_support_is_the_news() -> None:
    first, second = ev("confirmed", "a.com"), ev("confirmed", "b.com", 2)
    decision = decide(TARGET, Status.RUMOURED, [first, second])
    assert decision is not None
    assert decision[1][0] is second
    assert set(decision[1]) == {first, second}


def test_future_publication_dates_do_not_count_as_later() -> None:
    """A feed claiming a far-future date is judged at the time we saw it."""
    a = ev("rumoured", "a.com")
    b = ev("rumoured", "b.com", 3)
    b = Evidence(
        **{**{k: getattr(b, k) for k in Evidence.__slots__}, "published": DAY + timedelta(days=400)}
    )
    decision = decide(TARGET, Status.UNKNOWN, [a, b])
    assert decision is not None and decision[0] is Status.RUMOURED


# A confirmed status that names a day ("on sale March 1"): the maker's date is one voice.
DUE = date(2025, 3, 1)
DUE_CASES = [
    ("one outlet after the day", [ev("released", "a.com", 1)], Status.RELEASED),
    ("one outlet plainly on the day itself", [ev("released", "a.com")], Status.RELEASED),
    (
        "one outlet's weak reading on the day (an embargo review)",
        [ev("released", "a.com", confidence=0.65)],
        None,
    ),
    ("one outlet before the day", [ev("released", "a.com", -2)], None),
    ("a forum after the day", [ev("released", "f.example", 2, trust=Trust.COMMUNITY)], None),
    ("only the model reads a release", [ev("released", "a.com", 2, by_model=True)], None),
    (
        "two outlets a week before the day ('orders now shipping')",
        [ev("released", "a.com", -7), ev("released", "b.com", -6)],
        None,
    ),
    (
        "two outlets the day before (it is the day somewhere)",
        [ev("released", "a.com", -1), ev("released", "b.com", -1)],
        Status.RELEASED,
    ),
    (
        "a review half a year after the day (the day may have slipped unheard)",
        [ev("released", "a.com", 200, confidence=0.65)],
        None,
    ),
    ("a plain report half a year after the day", [ev("released", "a.com", 200)], None),
    ("a plain report five months after the day", [ev("released", "a.com", 150)], Status.RELEASED),
    (
        "the maker before the day",
        [ev("released", "acme.com", -5, trust=Trust.OFFICIAL)],
        Status.RELEASED,
    ),
]


@pytest.mark.parametrize(("why", "evidence", "expected"), DUE_CASES, ids=[c[0] for c in DUE_CASES])
def test_a_confirmed_day_is_one_voice(
    why: str, evidence: list[Evidence], expected: Status | None
) -> None:
    decision = decide(TARGET, Status.CONFIRMED, evidence, DUE)
    assert (decision[0] if decision else None) == expected, why


# A confirmed status that names a window, not a day ("this fall", from March 1): only a
# plain report from its first day on is the second voice.
OPENS = date(2025, 3, 1)
OPENS_CASES = [
    ("a plain report from the first day", [ev("released", "a.com")], Status.RELEASED),
    ("a plain report later in the window", [ev("released", "a.com", 20)], Status.RELEASED),
    ("a plain report before the window", [ev("released", "a.com", -1)], None),
    (
        "a review in the window (the window may have slipped)",
        [ev("released", "a.com", 5, confidence=0.65)],
        None,
    ),
    ("a forum in the window", [ev("released", "f.example", 5, trust=Trust.COMMUNITY)], None),
    ("only the model reads a release", [ev("released", "a.com", 5, by_model=True)], None),
    (
        "two outlets well before the window",
        [ev("released", "a.com", -20), ev("released", "b.com", -19)],
        None,
    ),
]


@pytest.mark.parametrize(
    ("why", "evidence", "expected"), OPENS_CASES, ids=[c[0] for c in OPENS_CASES]
)
def test_a_confirmed_window_is_one_voice_for_a_plain_report(
    why: str, evidence: list[Evidence], expected: Status | None
) -> None:
    decision = decide(TARGET, Status.CONFIRMED, evidence, opens=OPENS)
    assert (decision[0] if decision else None) == expected, why


def test_a_window_counts_only_once_the_status_is_confirmed() -> None:
    assert decide(TARGET, Status.RUMOURED, [ev("released", "a.com", 1)], opens=OPENS) is None


def test_a_day_counts_only_once_the_status_is_confirmed() -> None:
    """A rumoured status's day is no one's commitment: a release still needs two voices."""
    assert decide(TARGET, Status.RUMOURED, [ev("released", "a.com", 1)], DUE) is None


# Outlets that agree on the maker's day or window corroborate each other months apart
# (a maker's date is announced once and repeated by outlets as they get to it).
ON_DAY = date(2025, 9, 1)


def told(domain: str, day: int = 0, **kw: Any) -> Evidence:
    """An outlet's confirmation that does not quote the maker (read at 0.7): alone, even
    with a day, it is one voice."""
    return ev("confirmed", domain, day, confidence=0.7, **kw)


SAME_DAY_CASES = [
    (
        "two outlets naming the same day two months apart",
        [told("a.com", due=ON_DAY), told("b.com", 60, due=ON_DAY)],
        Status.CONFIRMED,
    ),
    (
        "two outlets naming the same window three months apart",
        [told("a.com", opens=ON_DAY), told("b.com", 100, opens=ON_DAY)],
        Status.CONFIRMED,
    ),
    (
        "two outlets naming different days",
        [
            told("a.com", due=ON_DAY),
            told("b.com", 60, due=ON_DAY + timedelta(days=7)),
        ],
        None,
    ),
    (
        # Frozen II's November 22, from two outlets nine months apart.
        "the same day nine months apart",
        [told("a.com", due=ON_DAY), told("b.com", 270, due=ON_DAY)],
        Status.CONFIRMED,
    ),
    (
        "the same day more than a year apart",
        [told("a.com", due=ON_DAY), told("b.com", 400, due=ON_DAY)],
        None,
    ),
    (
        "one of them read only by the model",
        [
            told("a.com", due=ON_DAY),
            told("b.com", 60, due=ON_DAY, by_model=True),
        ],
        None,
    ),
    (
        "one of them a forum",
        [
            told("a.com", due=ON_DAY),
            told("f.example", 60, due=ON_DAY, trust=Trust.COMMUNITY),
        ],
        None,
    ),
    (
        "two outlets quoting the maker on record, without a day, two months apart",
        [ev("confirmed", "a.com"), ev("confirmed", "b.com", 60)],
        Status.CONFIRMED,
    ),
    (
        "two outlets' unattributed confirmations without a day, two months apart",
        [told("a.com"), told("b.com", 60)],
        None,
    ),
    (
        "one outlet twice",
        [told("a.com", due=ON_DAY), told("a.com", 60, due=ON_DAY)],
        None,
    ),
]


@pytest.mark.parametrize(
    ("why", "evidence", "expected"), SAME_DAY_CASES, ids=[c[0] for c in SAME_DAY_CASES]
)
def test_outlets_agreeing_on_the_day_corroborate_months_apart(
    why: str, evidence: list[Evidence], expected: Status | None
) -> None:
    decision = decide(TARGET, Status.RUMOURED, evidence)
    assert (decision[0] if decision else None) == expected, why


# That a product is out is said again and again: two outlets' reports of it corroborate
# each other months apart, as the launch news and a review three months on do (on the
# timelines, 180 days put eleven more releases on time and fired none early).
OUT_CASES = [
    (
        "two outlets' plain reports seven weeks apart",
        [ev("released", "a.com"), ev("released", "b.com", 50)],
        Status.RELEASED,
    ),
    (
        "plain reports five months apart",
        [ev("released", "a.com"), ev("released", "b.com", 150)],
        Status.RELEASED,
    ),
    (
        "plain reports seven months apart",
        [ev("released", "a.com"), ev("released", "b.com", 210)],
        None,
    ),
    (
        "five months apart, one of them a review",
        [ev("released", "a.com"), ev("released", "b.com", 150, confidence=0.65)],
        Status.RELEASED,
    ),
    (
        "seven months apart, one of them a review",
        [ev("released", "a.com"), ev("released", "b.com", 210, confidence=0.65)],
        None,
    ),
    (
        "five months apart, one of them read only by the model, sure",
        [ev("released", "a.com"), ev("released", "b.com", 150, by_model=True, confidence=0.98)],
        Status.RELEASED,
    ),
    (
        "seven months apart, one of them read only by the model, sure",
        [ev("released", "a.com"), ev("released", "b.com", 210, by_model=True, confidence=0.98)],
        None,
    ),
    (
        "one of them a review (a weak reading)",
        [ev("released", "a.com"), ev("released", "b.com", 50, confidence=0.65)],
        Status.RELEASED,
    ),
    (
        "one of them read only by the model, fairly sure",
        [ev("released", "a.com"), ev("released", "b.com", 50, by_model=True, confidence=0.8)],
        Status.RELEASED,
    ),
    (
        "one of them read only by the model, unsure",
        [ev("released", "a.com"), ev("released", "b.com", 50, by_model=True, confidence=0.77)],
        None,
    ),
    (
        "one of them a forum",
        [ev("released", "a.com"), ev("released", "f.example", 50, trust=Trust.COMMUNITY)],
        None,
    ),
    (
        "one outlet twice",
        [ev("released", "a.com"), ev("released", "a.com", 50)],
        None,
    ),
]


@pytest.mark.parametrize(("why", "evidence", "expected"), OUT_CASES, ids=[c[0] for c in OUT_CASES])
def test_reports_of_a_release_corroborate_weeks_apart(
    why: str, evidence: list[Evidence], expected: Status | None
) -> None:
    decision = decide(TARGET, Status.CONFIRMED, evidence)
    assert (decision[0] if decision else None) == expected, why


def windowed(domain: str, day: int = 0, confidence: float = 0.88) -> Evidence:
    """An outlet's report of a window ("spring 2026") with no day, quoting the maker on
    record at 0.88."""
    return ev("confirmed", domain, day, confidence=confidence, opens=ON_DAY)


def test_one_outlets_window_on_record_confirms() -> None:
    """The maker's window is a commitment, as its day is: "Techland says it releases in
    the spring of 2020" confirmed Dying Light 2 only when a second outlet said so, a
    year later."""
    decision = decide(TARGET, Status.RUMOURED, [windowed("a.com")])
    assert decision is not None and decision[0] is Status.CONFIRMED


def test_one_outlets_window_off_record_does_not() -> None:
    assert decide(TARGET, Status.RUMOURED, [windowed("a.com", confidence=0.7)]) is None


def test_one_outlets_window_does_not_move_a_confirmed_day() -> None:
    """A window from one outlet after the maker's day is often one model's or market's
    (the iPhone 13's "October", a week before its September day): it needs a second
    voice to replace the day."""
    one = replace(windowed("a.com"), window="2025-09")
    assert new_window(TARGET, [one], "2025-08-20", date(2025, 8, 20)) is None
    two = [one, replace(windowed("b.com", 3), window="2025-09")]
    moved = new_window(TARGET, two, "2025-08-20", date(2025, 8, 20))
    assert moved is not None and moved[0] == "2025-09"

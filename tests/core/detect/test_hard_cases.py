"""The classifier on the hard cases of the labelling guide, as short made-up items about
made-up products (none of these sentences is in the corpus)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from bot.core.detect.classifier import Classifier
from bot.core.models import ItemKind, ItemText, Label, Target

ZEPHYR = Target(name="Zephyr X2", aliases=("Nimbus Zephyr X2",), maker="Nimbus Devices")
QUASAR = Target(
    name="Quasar 3",
    aliases=("Quasar III",),
    maker="Orbit Games",
    official_domains=("orbitgames.com",),
)
LUMEN = Target(name="Lumen", aliases=("Lumen Video",), maker="Brightloop")
KESTREL = Target(name="Kestrel 5.0", aliases=("Kestrel 5",), maker="Kestrel Project")
TERN = Target(
    name="Tern",
    maker="Avian Labs",
    context_words=("Avian Labs", "chatbot", "model"),
    exclude_words=("migration", "seabird"),
)


@dataclass(frozen=True)
class Case:
    id: str
    target: Target
    title: str
    summary: str = ""
    expected: Label = Label.NONE
    kind: ItemKind = ItemKind.PRESS
    url: str = "https://news.example.org/story"
    published: date | None = date(2025, 9, 1)
    cue: str = ""  # a cue name that must be among the detection's cues
    window: str | None = field(default=None)
    # Why the whole classifier still misreads it, where its trained second opinion
    # overrules the right reading of the rules (checked strictly: a fix shows up).
    known_miss: str = ""


CASES = [
    # -- negation and hedges
    Case(
        "negated-alone",
        ZEPHYR,
        "Nimbus Zephyr X2 hands-on",
        "The Zephyr X2 has not been released yet and is not available in stores.",
        Label.NONE,
        cue="negated:not-released",
        known_miss="the second opinion trained on holdout9-621 reads a hands-on of a device "
        "not yet out as the maker's plan for it (0.70)",
    ),
    Case(
        "no-release-date",
        ZEPHYR,
        "Where is the Zephyr X2?",
        "Nimbus says there is no release date for the Zephyr X2 yet.",
        Label.RUMOURED,
        cue="nonanswer:no-eta",
    ),
    Case(
        "yet-to-confirm",
        QUASAR,
        "Quasar 3 spotted in retail database",
        "Orbit Games has yet to confirm the Quasar 3, which a retailer lists for November.",
        Label.RUMOURED,
    ),
    Case(
        "could-launch",
        ZEPHYR,
        "Zephyr X2 could launch in the spring",
        "A supply-chain note suggests the phone could arrive before April.",
        Label.RUMOURED,
    ),
    Case(
        "expected-sources",
        LUMEN,
        "Brightloop's Lumen expected next month",
        "Lumen is expected to launch next month, according to people familiar with the plans.",
        Label.RUMOURED,
    ),
    Case(
        "reportedly",
        QUASAR,
        "Quasar 3 reportedly targets a holiday release",
        "The console will reportedly ship in time for the holidays.",
        Label.RUMOURED,
    ),
    Case(
        "leak-confirms",
        QUASAR,
        "Leak confirms Quasar 3 will ship in November",
        "Leaked retailer documents say the Quasar 3 will ship in November; Orbit Games "
        "declined to comment.",
        Label.RUMOURED,
    ),
    Case(
        "denial",
        ZEPHYR,
        "Nimbus shoots down Zephyr X2 rumours",
        "Nimbus denied reports that the Zephyr X2 would launch this year.",
        Label.RUMOURED,
    ),
    Case(
        "non-answer",
        KESTREL,
        "Kestrel 5.0 ETA?",
        "Asked when Kestrel 5.0 will ship, a maintainer answered: no ETA, it's ready when "
        "it's ready.",
        Label.RUMOURED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "may-never",
        LUMEN,
        "Lumen may never ship, Brightloop founder hints",
        "Brightloop's founder said the Lumen video model may never be released to the public.",
        Label.RUMOURED,
    ),
    # -- on the record
    Case(
        "maker-confirms-date",
        ZEPHYR,
        "Nimbus confirms Zephyr X2 launch date",
        "Nimbus Devices confirmed the Zephyr X2 will launch on October 14, 2025 at $899.",
        Label.CONFIRMED,
        window="2025-10-14",
    ),
    Case(
        "cto-this-year",
        LUMEN,
        "Lumen will open to the public this year",
        "Brightloop's CTO said in an interview that Lumen will be released later this year.",
        Label.CONFIRMED,
        window="this year",
    ),
    Case(
        "quarter-window",
        KESTREL,
        "Kestrel 5.0 planned for Q1 2026",
        "The Kestrel Project says Kestrel 5.0 will be released in Q1 2026.",
        Label.CONFIRMED,
        window="Q1 2026",
    ),
    Case(
        "another-products-date",
        QUASAR,
        "Orbit Games dates its two autumn games, Quasar 3 among them",
        "The studio head: 'I can confirm that Drift Kings will arrive on October 12. And "
        "Quasar 3 will follow on November 7', a week later than first planned.",
        Label.CONFIRMED,
        window="2025-11-07",
    ),
    Case(
        "official-delay",
        ZEPHYR,
        "Nimbus delays the Zephyr X2",
        "Nimbus Devices announced the Zephyr X2 is being pushed to early 2026.",
        Label.CONFIRMED,
        window="early 2026",
    ),
    Case(
        "pre-orders",
        QUASAR,
        "Quasar 3 pre-orders open Friday",
        "Pre-orders for the Quasar 3 open on Friday ahead of its November 7 launch.",
        Label.CONFIRMED,
        window="2025-11-07",
    ),
    Case(
        "dated-headline",
        QUASAR,
        "Quasar 3 launches November 7",
        "",
        Label.CONFIRMED,
        cue="future:dated-ahead",
    ),
    Case(
        "pre-launch-review",
        QUASAR,
        "Quasar 3 review: worth the wait",
        "Our review comes ahead of the console's November 7 launch; it is set to launch "
        "worldwide that day.",
        Label.CONFIRMED,
    ),
    Case(
        "official-domain",
        QUASAR,
        "Quasar 3 is coming soon",
        "See you at launch.",
        Label.CONFIRMED,
        url="https://blog.orbitgames.com/news/quasar-3",
        cue="source:official",
    ),
    Case(
        "mixed-rumour-and-official",
        ZEPHYR,
        "Zephyr X2 colours leak",
        "Leakers posted renders of new colours, while Nimbus Devices officially confirmed "
        "the Zephyr X2 ships on October 14.",
        Label.CONFIRMED,
    ),
    # -- released
    Case(
        "now-available",
        ZEPHYR,
        "The Zephyr X2 is now available",
        "Nimbus Devices' new phone is now available in stores in 30 countries.",
        Label.RELEASED,
    ),
    Case(
        "headline-present",
        LUMEN,
        "Brightloop launches Lumen",
        "Lumen is rolling out to Plus subscribers in the US today, with other regions to follow.",
        Label.RELEASED,
    ),
    Case(
        "staged-rollout",
        LUMEN,
        "Lumen rollout begins",
        "Brightloop began rolling out Lumen to paying users in the US; Europe follows later.",
        Label.RELEASED,
    ),
    Case(
        "retrospective",
        ZEPHYR,
        "Zephyr X2 one year on",
        "Since its launch last year, the Zephyr X2 has sold ten million units.",
        Label.RELEASED,
    ),
    Case(
        "ga-after-beta",
        KESTREL,
        "Kestrel 5.0 reaches general availability",
        "After three betas, Kestrel 5.0 is now stable.",
        Label.RELEASED,
    ),
    Case(
        "partly-regional",
        LUMEN,
        "Brightloop's Lumen still not available in Europe",
        "Lumen is not available in Europe yet, but it launched in the US last week.",
        Label.RELEASED,
    ),
    Case(
        "review-after-use",
        ZEPHYR,
        "Zephyr X2 review: after a month",
        "After a month of daily use, the Nimbus phone still impresses.",
        Label.RELEASED,
    ),
    # -- betas, previews and events
    Case(
        "beta-is-not-release",
        KESTREL,
        "Kestrel 5.0 beta 2 now available",
        "The second beta of Kestrel 5.0 is now available for testing.",
        Label.CONFIRMED,
        cue="guard:prerelease",
    ),
    Case(
        "closed-preview",
        LUMEN,
        "Brightloop shows off Lumen",
        "Brightloop unveiled Lumen and opened it to a small group of selected testers.",
        Label.RUMOURED,
    ),
    Case(
        "trailer-release",
        QUASAR,
        "Orbit Games released a new trailer for Quasar 3",
        "The two-minute trailer shows the console's new controller.",
        Label.NONE,
        known_miss="the second opinion trained on holdout9-621 reads a game's new trailer as "
        "the maker's plan for the game",
    ),
    # -- which product
    Case(
        "successor",
        ZEPHYR,
        "Nimbus Zephyr X3 is now available",
        "The Zephyr X3 is out now, a year after its predecessor.",
        Label.NONE,
    ),
    Case(
        "variant",
        QUASAR,
        "Quasar 3 Pro is out now",
        "The Quasar 3 Pro is available today for $599.",
        Label.NONE,
    ),
    Case(
        "point-release",
        KESTREL,
        "Kestrel 5.1 released",
        "Kestrel 5.1 was released today with bug fixes.",
        Label.NONE,
    ),
    Case(
        "zero-point-is-same",
        KESTREL,
        "Kestrel 5.0.0 released",
        "Kestrel 5.0.0 was released today.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "sibling-in-clause",
        ZEPHYR,
        "Nimbus phone roundup",
        "The Zephyr X1 is now available, while the Zephyr X2 is rumoured for next year.",
        Label.RUMOURED,
    ),
    Case(
        "same-name-word",
        LUMEN,
        "Lumen and lux explained",
        "The lumen is the SI unit of luminous flux; a 60 W bulb gives about 800 lumens.",
        Label.NONE,
        cue="scope:no-mention",
    ),
    Case(
        "same-name-org",
        LUMEN,
        "Lumen Ventures raises a new fund",
        "Lumen Ventures launched a $50 million fund; it is unrelated to Brightloop.",
        Label.NONE,
    ),
    Case(
        "exclude-word",
        TERN,
        "The tern's long migration",
        "The Arctic tern is now here after a record seabird migration.",
        Label.NONE,
        cue="scope:exclude:migration",
    ),
    Case(
        "context-word-missing",
        TERN,
        "Tern spotted",
        "Tern is now available everywhere.",
        Label.NONE,
        cue="scope:no-context-word",
    ),
    Case(
        "context-word-present",
        TERN,
        "Avian Labs launches Tern",
        "The Tern chatbot is now available to all users.",
        Label.RELEASED,
    ),
    # -- descriptions, events and side facts that are not a release
    Case(
        "specs-released",
        ZEPHYR,
        "Nimbus released the Zephyr X2's full specs",
        "",
        Label.NONE,
    ),
    Case(
        "colours",
        ZEPHYR,
        "The Zephyr X2 is available in three colours",
        "Black, sand and sea green.",
        Label.NONE,
        known_miss="the second opinion reads 'is available' in a headline as a launch",
    ),
    Case("successor-of", ZEPHYR, "The successor to the Zephyr X2 is out now", "", Label.NONE),
    Case(
        "analysts-on-sales",
        ZEPHYR,
        "Analysts say the Zephyr X2, launched last month, sells well",
        "",
        Label.RELEASED,
    ),
    Case(
        "maker-reports-sales",
        ZEPHYR,
        "Nimbus Devices reported record sales",
        "The Zephyr X2, which launched in May, drove the quarter.",
        Label.RELEASED,
    ),
    Case("waitlist", ZEPHYR, "Nimbus launched a waitlist for the Zephyr X2", "", Label.CONFIRMED),
    Case(
        "everything-we-know",
        ZEPHYR,
        "Zephyr X2 release date, price and specs: everything we know",
        "",
        Label.RUMOURED,
    ),
    Case(
        "unveil-with-month",
        ZEPHYR,
        "Nimbus Devices unveils Zephyr X2 with October release",
        "",
        Label.CONFIRMED,
    ),
    Case(
        "preview-ahead-of-launch",
        QUASAR,
        "Quasar 3 preview: three hours with the console",
        "We played an early build ahead of its March launch.",
        Label.CONFIRMED,
    ),
    Case(
        "not-coming",
        QUASAR,
        "Orbit Games: Quasar 3 is 'not coming this year'",
        "The studio said it has nothing to announce.",
        Label.RUMOURED,
    ),
    Case(
        "ga-planned",
        LUMEN,
        "Brightloop's Lumen available in preview for enterprise customers",
        "General availability is planned for Q2.",
        Label.CONFIRMED,
    ),
    Case("sold-copies", QUASAR, "Quasar 3 sold a million units in three days", "", Label.RELEASED),
    Case(
        "question-title",
        KESTREL,
        "When will Kestrel 5.0 be released?",
        "Users keep asking in the tracker.",
        Label.RUMOURED,
        known_miss="the second opinion trained on holdout9-621 reads users asking when a "
        "release comes as no status at all (0.49)",
    ),
    # -- forums
    Case(
        "forum-cap",
        QUASAR,
        "Quasar 3 is out now!!",
        "Just saw it on a shelf at my local shop, it's out now.",
        Label.RUMOURED,
        kind=ItemKind.FORUM,
        url="https://forum.example.net/t/123",
        cue="cap:forum",
    ),
    Case(
        "forum-quoting-official",
        KESTREL,
        "Kestrel 5.0 is out",
        "Kestrel 5.0 is now available, per the official release notes.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
        url="https://forum.example.net/t/456",
    ),
]


@pytest.fixture(scope="module")
def classifiers() -> dict[Target, Classifier]:
    return {t: Classifier(t) for t in (ZEPHYR, QUASAR, LUMEN, KESTREL, TERN)}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=c.known_miss, strict=True))
        if c.known_miss
        else c
        for c in CASES
    ],
    ids=[c.id for c in CASES],
)
def test_hard_case(case: Case, classifiers: dict[Target, Classifier]) -> None:
    item = ItemText(case.title, case.summary, case.url, case.published, case.kind)
    got = classifiers[case.target].classify(item)
    assert got.label is case.expected, (got.cues, got.evidence)
    if case.cue:
        assert case.cue in got.cues
    if case.window:
        assert got.window == case.window
    assert 0.0 <= got.confidence <= 1.0
    assert len(got.evidence) <= 300
    if got.label is not Label.NONE:
        assert got.evidence


@pytest.mark.parametrize("case", [c for c in CASES if c.known_miss], ids=lambda c: c.id)
def test_the_rules_alone_read_the_known_misses(
    case: Case, classifiers: dict[Target, Classifier]
) -> None:
    item = ItemText(case.title, case.summary, case.url, case.published, case.kind)
    assert classifiers[case.target].by_rules(item)[0].label is case.expected


def test_a_release_day_is_one_still_ahead(classifiers: dict[Target, Classifier]) -> None:
    """The day a confirmation names lets one later report release the product, so a day
    that is the news's own ("on sale today, September 1") names none. (The day orders
    open is never the release's: `test_twentythird_round_rules`.)"""
    item = ItemText(
        "Nimbus puts the Zephyr X2 on sale September 1",
        "Nimbus Devices says the phone will go on sale September 1.",
        "https://news.example.org/story",
        date(2025, 9, 1),
        ItemKind.PRESS,
    )
    got = classifiers[ZEPHYR].classify(item)
    assert (got.label, got.window, got.due) == (Label.CONFIRMED, "2025-09-01", None)
    ahead = ItemText(item.title, item.summary, item.url, date(2025, 8, 20), ItemKind.PRESS)
    assert classifiers[ZEPHYR].classify(ahead).due == date(2025, 9, 1)


def test_a_window_ahead_names_its_first_day(classifiers: dict[Target, Classifier]) -> None:
    """A window that is no single day ("this fall") gives its first day, for the tracker
    to take a plain report from then on as corroborated; a day gives none."""
    item = ItemText(
        "Nimbus confirms the Zephyr X2",
        "Nimbus Devices says the Zephyr X2 will be available this fall.",
        "https://news.example.org/story",
        date(2025, 6, 10),
        ItemKind.PRESS,
    )
    got = classifiers[ZEPHYR].classify(item)
    assert (got.label, got.window, got.due, got.opens) == (
        Label.CONFIRMED,
        "this autumn",
        None,
        date(2025, 9, 1),
    )
    dated = ItemText(
        item.title,
        "Nimbus Devices says the Zephyr X2 ships on October 2.",
        item.url,
        item.published,
        item.kind,
    )
    assert classifiers[ZEPHYR].classify(dated).opens is None

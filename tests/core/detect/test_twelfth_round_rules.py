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
WORLD = Target(name="Loom 3", maker="Avian Labs")
BRIDGE = Target(name="Quill in Wren", aliases=("Quill integration in Wren",), maker="Corvo")
HEADSET = Target(name="Corvo VR", aliases=("Project Halo",), maker="Corvo")
PORT = Target(name="Kite for Linux", aliases=("Kite on Linux",), maker="Kite Labs")
DESKTOP = Target(name="Corvo Cube (K4)", aliases=("K4 Corvo Cube",), maker="Corvo")
CHIP = Target(name="Vantage 9950", maker="Vantage")
GAME_TWO = Target(name="Ashen Crown 2", maker="Tallow Games")
SERVER = Target(name="Harbor Server 2027", maker="Harbor Systems")
HANDLES = Target(name="Wren usernames", aliases=("Wren username",), maker="Wren")
RACER = Target(name="Kestrel Air Racers", aliases=("Air Racers",), maker="Kestrel")
MODEL = Target(name="Quill 4 Turbo", maker="Avian Labs")
ASSISTANT_AGENT = Target(name="Mender", aliases=("Mender AI",), maker="Monica Labs")
VIDEO = Target(name="Reel Gen", aliases=("Avian Reel Gen",), maker="Avian Labs")
PHONE_T = Target(name="Kite T1 Phone", aliases=("T1 Phone",), maker="Kite Mobile")
SPINOFF = Target(name="Hollow (video game)", maker="Ember Works")
HANDHELD_TWO = Target(name="Kestrel Deck 2", maker="Kestrel")
SE_FOUR = Target(name="Lumen SE 4", aliases=("Lumen SE (4th generation)",), maker="Corvo")
CROSSOVER = Target(name="Orbis Vela EV", aliases=("Vela EV",), maker="Orbis Motors")

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
    # The third set of blind timelines (Genie 3, ChatGPT in Siri, PlayStation VR).
    Case(
        "launching-as-a-limited-research-preview-is-no-plan",
        WORLD,
        "Loom 3: a new frontier for world models",
        'Avian announces Loom 3. It is launching as a "limited research preview" for "a small '
        'cohort of academics and creators".',
        Label.RUMOURED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-connector-in-a-name-may-be-any-connector",
        BRIDGE,
        "Corvo details its plans",
        'The first beta "includes the promised Quill integration with Wren", due in December.',
        Label.CONFIRMED,
        published=date(2026, 10, 1),
    ),
    Case(
        "a-platform-in-a-phrase-is-where-the-feature-arrives",
        BRIDGE,
        "Corvo is putting Quill in Wren for free later this year",
        'The feature needs no account and arrives "later this year" in cOS 18.',
        Label.CONFIRMED,
        published=date(2026, 6, 10),
    ),
    Case(
        "an-unnamed-here-headline-over-a-beta-that-names-it-is-confirmed",
        BRIDGE,
        "Wren's Quill integration is here with cOS 18.2 - how it handles your data",
        'This covers "the first developer beta for cOS 18.2", which includes "the promised '
        'Quill integration with Wren".',
        Label.CONFIRMED,
    ),
    Case(
        "nothing-said-about-when-is-a-non-answer",
        HEADSET,
        "Corvo unveils Project Halo, a VR headset",
        '"As rumored, Corvo today announced a VR headset"; nothing is said about when it could '
        "go on sale.",
        Label.RUMOURED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "a-versioned-owner-is-a-platform",
        HEADSET,
        "Lumen 4's Project Halo Will Launch in the First Half of 2027",
        'At the developer panel Corvo "announced that the headset will launch in the first half '
        'of 2027".',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "owners-posting-in-a-launch-day-thread-is-first-hand",
        HEADSET,
        "Corvo VR Launch Day Megathread",
        "Launch-day thread as Corvo VR goes on sale: owners post setup questions and first "
        "impressions.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "pre-orders-going-live-are-no-release",
        HEADSET,
        "Corvo VR pre-orders sell out",
        "The final wave of pre-orders, which went live on June 30, sold out within minutes; "
        "the headset is released on October 13.",
        Label.CONFIRMED,
        published=date(2026, 7, 1),
    ),
    # A name joining two names with a connector, written apart.
    Case(
        "the-two-names-of-a-joined-name-in-one-sentence-are-the-target",
        PORT,
        "Kite Labs roadmap update",
        "A Kite Labs engineer says Kite comes to Linux later this year, after the macOS beta.",
        Label.CONFIRMED,
        published=date(2026, 3, 10),
    ),
    Case(
        "the-two-names-in-different-sentences-are-not",
        PORT,
        "Kite 2.0 is out",
        "The editor Kite 2.0 is available now for macOS. Linux users keep asking for a port.",
        Label.NONE,
    ),
    Case(
        "a-closed-preview-in-an-unnamed-clause-still-outweighs-a-launch-headline",
        AGENT,
        "Quill Lands in Browsers as an AI Agent",
        'Avian "has slipped Quill directly into browsers", but "the limited research preview, '
        'available to just 1,000 Max-tier subscribers" acts only with permission.',
        Label.CONFIRMED,
    ),
    # The rest of holdout14.
    Case(
        "a-bracketed-chip-is-written-with-the-product",
        DESKTOP,
        "Corvo's all-new Cube is more mighty and more mini",
        "Corvo unveils a redesigned Corvo Cube with the K4 chip; pre-orders open today, with "
        "availability beginning Friday, November 8.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        published=date(2026, 10, 29),
    ),
    Case(
        "the-makers-expectation-in-a-quarter-under-way-is-a-plan",
        CHIP,
        "Vantage announces its desktop chips at the show",
        "Vantage introduces the Vantage 9950, saying it is expected to be available in the "
        "first quarter of 2027.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        published=date(2027, 1, 6),
    ),
    Case(
        "hearsay-that-is-over-does-not-hedge-a-launch",
        GAME_TWO,
        "Ashen Crown 2: everything we know (leaks, rumours and predictions)",
        "Despite the headline, the guide says that after months of leaks and playtests, Ashen "
        "Crown 2 launched in October 2026.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
        published=None,
    ),
    Case(
        "hours-played-are-first-hand",
        GAME_TWO,
        "Ashen Crown 2 - staying in the car",
        "After twelve hours of Ashen Crown 2, the writer praises the linear story.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    # holdout16's false releases.
    Case(
        "a-teardown-of-a-prototype-is-no-release",
        DESKTOP,
        "Early teardown of Corvo's mini desktop",
        "A repair site took apart a prototype of the Corvo Cube (K4); a score will follow once "
        "final hardware is delivered.",
        # A prototype shown is at most a rumour of a product: never a release.
        Label.RUMOURED,
    ),
    Case(
        "reservations-rolled-out-are-orders-open",
        HANDLES,
        "Wren username reservations are now open",
        '"Wren today began rolling out username reservations worldwide, letting users claim a '
        'name before the feature launches later this year."',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "before-its-released-is-ahead",
        SERVER,
        "What's new in Harbor Server 2027 (preview)",
        '"Harbor Server 2027 is in PREVIEW. This relates to a prerelease product that may be '
        "modified before it's released.\"",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "playable-start-to-finish-is-a-build-not-a-sale",
        GAME_TWO,
        "Ashen Crown 2 hit by a two-month delay",
        'Tallow says "the game will now launch on 27th May 2027"; the CEO says it is playable '
        "start to finish and needs polish.",
        Label.CONFIRMED,
        published=date(2026, 12, 23),
    ),
    # holdout15's false releases.
    Case(
        "shipped-nothing-is-no-release",
        MODEL,
        "Quill 4 Turbo: what the leak actually says",
        'A string in a source map is the only evidence. "Avian has shipped nothing": no '
        "announcement, no model card.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "rather-than-launched-is-no-launch",
        WORLD,
        "Avian's keynote: AI everywhere",
        'Avian said Loom 3 capabilities "will start showing up in products later this year", '
        "rolled into existing products rather than launched standalone.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "is-here-next-to-a-release-window-is-the-reveal",
        RACER,
        "'Kestrel Air Racers' has been announced and I am healed",
        'The reveal thrills a longtime fan: "Kestrel Air Racers is here"; it "got a generic '
        '2026 release window."',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
        published=date(2026, 4, 2),
    ),
    Case(
        "is-here-in-a-review-after-the-release-date-is-out",
        RACER,
        "Kestrel Air Racers review",
        "Diary-style review listing the release date '20 March 2026': 'the follow-up is finally "
        "here'.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
        published=date(2026, 3, 21),
    ),
    # holdout17 and holdout18's false releases.
    Case(
        "not-a-single-one-delivered-is-no-release",
        PHONE_T,
        "Six months later, Kite Mobile still hasn't delivered pre-ordered phones",
        '"As of January, not a single T1 Phone has been delivered to customers"; Kite keeps '
        "pushing back its delivery date.",
        Label.CONFIRMED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-release-the-body-says-is-by-invitation-is-a-closed-preview",
        ASSISTANT_AGENT,
        "Why is Mender so popular?",
        'Mender, "released by Monica Labs on March 5th", is the most discussed AI product; "an '
        "invitation code for Mender's beta testing is now being sold\" online.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-research-preview-rolled-out-to-paying-users-is-out",
        ASSISTANT_AGENT,
        "Introducing Mender",
        '"Today we\'re launching a research preview of Mender"; "we\'re starting to roll out '
        'Mender to Pro, Enterprise, and Team users today."',
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "free-for-all-after-a-beta-is-out",
        VIDEO,
        "Reel Gen unleashes creative chaos",
        'Reel Gen "is now free for all on the app", unlike its beta phase that was invite-only.',
        Label.RELEASED,
    ),
    Case(
        "sample-clips-and-publicly-available-datasets-are-no-release",
        VIDEO,
        "Avian announces Reel Gen, an AI video generator",
        "Avian released sample clips and a research paper, trained on licensed and publicly "
        'available datasets; "the tool is not yet available".',
        Label.RUMOURED,
    ),
    Case(
        "a-music-video-is-no-video-game",
        SPINOFF,
        'LISTEN: a singer\'s second single "Hollow" premieres',
        "The post shares the track and comments on the upcoming music video.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "an-arrives-headline-over-orders-opened-is-confirmed",
        HANDHELD_TWO,
        "Kestrel Deck 2: the new contender in portable gaming arrives",
        '"Kestrel has officially opened preorders for its much-anticipated Kestrel Deck 2".',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "available-now-somewhere-with-pre-orders-elsewhere-is-out",
        HANDHELD_TWO,
        "Kestrel's latest handheld is smaller and lighter",
        '"The Kestrel Deck 2 is available now through the company\'s store for 599 euros"; in '
        'the US it is "available for preorder now" with delivery in August.',
        Label.RELEASED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "units-sold-with-just-is-a-fact",
        HANDHELD_TWO,
        "Commenters react to the Kestrel Deck 2's first-month sales",
        '"The Kestrel Deck 2 sold just 174 units in its first full month," owners say.',
        Label.RELEASED,
    ),
    Case(
        "relaunched-is-out",
        HANDLES,
        "Wren usernames relaunched and now cost $1",
        'Wren "relaunched its updated Wren usernames service on Monday" at $1 a year.',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "an-owners-trouble-on-a-forum-is-first-hand",
        HANDHELD_TWO,
        "Kestrel Deck 2: how to restart",
        "A user whose Kestrel Deck 2 would not pair asks how to restart it; a moderator explains.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    # holdout19 and holdout20, the last blind round.
    Case(
        "a-bracketed-generation-is-part-of-the-name",
        SE_FOUR,
        "Corvo unveils the third-generation Lumen SE",
        "Corvo unveils the third-generation Lumen SE with 5G; pre-orders begin Friday.",
        Label.NONE,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "finally-here-about-to-hit-dealerships-is-ahead",
        CROSSOVER,
        "Orbis Vela EV first drive",
        '"The newest EV from Orbis is finally here, about to hit dealerships," with a wait for '
        "the cheapest trim.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_twelfth_round_rule(case: Case) -> None:
    case.check()

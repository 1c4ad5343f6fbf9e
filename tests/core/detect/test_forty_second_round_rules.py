"""The rules added in the forty-third to forty-sixth rounds (issue 5: the errors of the
blind sets holdout394-413 and the timelines timelines153-156), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing. Each case failed on the code before its rule, except the
guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

WATCH = Target(name="Velmar Orbit Ultra 2", aliases=("Orbit Ultra 2",), maker="Velmar")
SEASON = Target(name="Quill Crossing Season 3", aliases=("Quill Crossing S3",), maker="Orrin TV")
TABLET = Target(name="Velmar Slate 7", maker="Velmar")
IDE = Target(name="Orrin Studio 2012", maker="Orrin")
FILM = Target(name="Quill Harbour", maker="Orrin Pictures")
ALBUM = Target(name="Lost Tapes II", maker="Orrin Records")
CHIP = Target(name="Velmar X9", maker="Velmar")
BUDS = Target(name="Velmar Buds (open)", aliases=("Buds (open)",), maker="Velmar")
SE = Target(name="Velmar Watch SE (2nd generation)", aliases=("Velmar Watch SE 2",), maker="Velmar")
MANGA = Target(name="Velmar Saga Volume 38", aliases=("Velmar Saga Vol. 38",), maker="Orrin Comics")
SHOW = Target(
    name="Quill Crossing 4",
    aliases=("Quill Crossing season 4", "Quill Crossing 4 Volume 1"),
    maker="Orrin TV",
)
OFFLINE = Target(
    name="Velmar Notes offline mode", aliases=("Velmar Notes Offline",), maker="Velmar"
)

CASES = [
    Case(
        "a-list-under-another-brand-is-that-brands",
        WATCH,
        "Quillon Orbit Series 9 and Ultra 2 review: faster chips, brighter screens",
        "Both of Quillon's new watches are iterative upgrades, reviewers say.",
        Label.NONE,
    ),
    # Guard: the maker's own list still names the target.
    Case(
        "a-list-under-the-makers-brand-is-its-own",
        WATCH,
        "Velmar Orbit Series 9 and Ultra 2 review: faster chips, brighter screens",
        "Both of Velmar's new watches are iterative upgrades, reviewers say.",
        Label.RELEASED,
    ),
    Case(
        "a-writers-room-opened-is-no-release",
        SEASON,
        "Quill Crossing Season 3: the wait goes on",
        "Production news for Quill Crossing Season 3: the writers' room opened in October 2025.",
        Label.NONE,
    ),
    Case(
        "a-review-on-the-verge-of-the-premiere-is-before-it",
        SEASON,
        "Quill Crossing Season 3 review: the best yet",
        "A critic's review, written with the show now on the verge of debuting Quill Crossing "
        "Season 3.",
        Label.CONFIRMED,
    ),
    Case(
        "a-seller-jumping-the-gun-is-a-leak",
        TABLET,
        "Big-box store jumps the gun on Velmar Slate 7 pre-orders",
        "Product pages for the Velmar Slate 7 went up a day before any word from Velmar.",
        Label.RUMOURED,
    ),
    Case(
        "hesitant-whether-it-comes-is-a-doubt",
        SEASON,
        "Star hesitant on whether Quill Crossing Season 3 will happen",
        "Asked on a talk show, the lead said she really does not know.",
        Label.RUMOURED,
    ),
    Case(
        "a-reveal-after-leaked-photos-is-no-leak",
        TABLET,
        "Velmar Slate 7 is here",
        "After leaked promo photos the day before, Velmar presented the Velmar Slate 7, which "
        "will go on sale on May 5.",
        Label.CONFIRMED,
    ),
    Case(
        "whether-it-is-on-sale-asks",
        TABLET,
        "First photos of Velmar's small tablet",
        "Velmar showed the Velmar Slate 7 study; whether it is on sale by then is not known.",
        Label.NONE,
    ),
    Case(
        "downloads-starting-on-a-day-are-a-plan",
        IDE,
        "Orrin Studio 2012 Downloads Start August 15th",
        "Subscribers can download Orrin Studio 2012 starting August 15th, Orrin's blog says.",
        Label.CONFIRMED,
    ),
    Case(
        "takings-at-the-box-office-are-a-film-out-whatever-opens-later-elsewhere",
        FILM,
        "Quill Harbour opening breaks UK records",
        'Quill Harbour took "£20.1 million at the box office between Friday and Sunday"; it '
        '"will be released in the States on Friday 9 November".',
        Label.RELEASED,
    ),
    Case(
        "takings-on-its-first-friday-are-a-film-out",
        FILM,
        "Quill Harbour leads the weekend",
        'Quill Harbour took "an estimated $7.7 million on Friday alone", on track to pass $15 '
        "million for the weekend.",
        Label.RELEASED,
    ),
    Case(
        "raking-in-millions-is-a-film-out",
        FILM,
        "How Quill Harbour is doing",
        "Quill Harbour keeps raking in $50 million a week worldwide.",
        Label.RELEASED,
    ),
    Case(
        "a-record-certified-platinum-is-out",
        ALBUM,
        "Orrin Records celebrates Lost Tapes II",
        'At the party, the label said Lost Tapes II "had been certified 7x platinum" on its '
        "first day.",
        Label.RELEASED,
    ),
    Case(
        "since-its-release-on-a-day-looks-back-to-that-day",
        FILM,
        "When will Quill Harbour stream?",
        "Quill Harbour has done well since its release on June 10, the studio says.",
        Label.RELEASED,
    ),
    Case(
        "a-film-landed-on-blu-ray-is-out",
        FILM,
        "Quill Harbour gets its streaming date",
        "With Quill Harbour having just landed on Blu-ray and DVD, it will premiere on the "
        "service on September 2.",
        Label.RELEASED,
    ),
    Case(
        "a-benchmarker-reporting-results-is-no-hearsay",
        CHIP,
        "Gaming performance on the Velmar X9",
        "A long-time benchmarker reports game results for the Velmar X9, which is now available.",
        Label.RELEASED,
    ),
    Case(
        "a-season-back-now-is-no-renewal",
        SEASON,
        "Quill Crossing Season 3 review: sharper than ever",
        "Quill Crossing is back for its highly anticipated third season, and it fixes what "
        "the second got wrong.",
        Label.RELEASED,
    ),
    Case(
        "back-onto-our-screens-is-airing",
        SEASON,
        "Quill Crossing Season 3 review: the spies return",
        '"The wait is over" as Quill Crossing "canters back onto our screens for its third '
        'season".',
        Label.RELEASED,
    ),
    # Guard: coming back for a season is still the renewal.
    Case(
        "coming-back-for-a-season-is-a-renewal",
        SEASON,
        "Quill Crossing is coming back for a third season",
        "Orrin TV has ordered Quill Crossing Season 3, it said on Monday.",
        Label.CONFIRMED,
    ),
    Case(
        "an-italian-passive-release-is-out",
        IDE,
        "Rilasciato Orrin Studio 2012",
        '"Orrin Studio 2012 è finalmente stata rilasciata in forma stabile"; Fedora will be '
        "the first to ship it.",
        Label.RELEASED,
    ),
    Case(
        "one-in-hand-beside-rumours-of-a-newer-one-is-out",
        TABLET,
        "New Velmar tablet... meh.",
        'The writer "had just gotten my long awaited Velmar Slate 7" when rumours of a new '
        "Velmar tablet appeared; she still loves it.",
        Label.RELEASED,
    ),
    # Guard: a leaker's hands on renders are no one's purchase.
    Case(
        "hands-on-renders-are-no-purchase",
        TABLET,
        "Velmar's next tablet may look tacky",
        'Leakers "claim to have gotten their hands on the renders of the Velmar Slate 7", '
        "which borrows from the last model.",
        Label.RUMOURED,
    ),
    Case(
        "a-different-bracket-is-another-model",
        BUDS,
        "Support for Velmar Buds (3)",
        "Request to support the newly launched Velmar Buds (3); the maintainer says the device "
        "is now fully supported.",
        Label.NONE,
    ),
    # Guard: the target's own bracket, written shorter, is the target.
    Case(
        "the-same-bracket-written-shorter-is-the-target",
        SE,
        "Velmar Watch SE (2nd Gen) review: a fine companion for kids",
        "After two weeks with the Velmar Watch SE (2nd Gen), the reviewer praises its speaker.",
        Label.RELEASED,
    ),
    Case(
        "a-promise-recalled-is-no-recall",
        OFFLINE,
        "Yearly reminder that Velmar said yes to Velmar Notes Offline 6 years ago",
        'A forum ritual recalls "a commitment Velmar made in 2018" to build Velmar Notes '
        "Offline, which remains an unfulfilled promise.",
        Label.NONE,
    ),
    Case(
        "a-volume-counted-apart-is-the-volume",
        MANGA,
        "Manga's 38th volume ships on September 4",
        "Orrin Comics says the 38th volume of Velmar Saga ships on September 4.",
        Label.CONFIRMED,
    ),
    Case(
        "a-volume-numbered-apart-is-the-volume",
        MANGA,
        "Velmar Saga: un nuovo volume",
        "Il volume 38 del manga Velmar Saga è stato pubblicato in Giappone.",
        Label.RELEASED,
    ),
    # Guard: a name's show pairs only with its own season or volume.
    Case(
        "another-names-volume-is-not-this-season",
        SHOW,
        "Everything about Quill Crossing season 5",
        "The fifth and final season of Quill Crossing is on the horizon: volume one arrives "
        "on November 26.",
        Label.NONE,
    ),
    Case(
        "next-in-line-is-a-plan",
        Target(
            name="Velmar Mind in Quill Chat", aliases=("Velmar Mind on Quill Chat",), maker="Velmar"
        ),
        "Velmar unveils Velmar Mind",
        'Velmar said Velmar Mind "already runs the Velmar app and website, with Quill Chat and '
        'its glasses next in line".',
        Label.CONFIRMED,
    ),
    Case(
        "a-subtitle-the-body-writes-with-a-colon-is-another-work",
        Target(name="Quill Harbour (2026 film)", aliases=("Quill Harbour",), maker="Orrin"),
        "Quill Harbour Revelation Review: A Harbour for Fans Old and New",
        "Review of the animated Quill Harbour: Revelation from Orrin Animation, a soft reboot "
        "of the cartoon.",
        Label.NONE,
    ),
    # Guard: a word after a colon each time is no other work.
    Case(
        "a-colon-each-time-is-no-subtitle",
        Target(name="Quill Harbour (2026 film)", aliases=("Quill Harbour",), maker="Orrin"),
        "Quill Harbour: Orrin's new film is out now",
        "Quill Harbour: Orrin's biggest film of the year opened in cinemas today.",
        Label.RELEASED,
    ),
    Case(
        "a-record-hitting-number-one-is-out",
        ALBUM,
        "Orrin Records' 'Lost Tapes II' Hits Number 1 on the Billboard 200",
        "In its first week Lost Tapes II moved over 325,000 copies, firmly clinching the top "
        "spot on the Billboard 200.",
        Label.RELEASED,
    ),
    Case(
        "a-show-at-a-venue-is-named-apart",
        Target(name="The Quill Show at Sphere", maker="Orrin Studios"),
        "Sphere gets wicked: 'The Quill Show' experience coming to the Vegas venue",
        "Orrin Studios says The Quill Show will open at Sphere on August 28.",
        Label.CONFIRMED,
    ),
    # Guard: an "AT" inside a name is no venue.
    Case(
        "an-at-inside-a-name-is-no-venue",
        Target(name="Orrin Walker AT-AT (75313)", aliases=("75313 AT-AT",), maker="Orrin"),
        "75313 AT-AT: The Ultimate Review",
        'A long review of the walker, "with the release of 75313 AT-AT", a fine addition.',
        Label.RELEASED,
    ),
    Case(
        "a-discontinued-item-returning-is-not-back-yet",
        Target(name="Orrin Crispy Strips", aliases=("Orrin chicken strips",), maker="Orrin Foods"),
        "A popular discontinued Orrin menu item is finally returning",
        'Orrin Foods "is bringing back" its chicken strips, fans hear, with the name still '
        "unknown.",
        Label.CONFIRMED,
    ),
    # Guard: a person returning to work is no product's return.
    Case(
        "a-director-returning-to-work-is-no-plan",
        Target(name="Quill Saga (2026)", aliases=("Quill Saga",), maker="Orrin Games"),
        "Orrin Games reveals a new Quill Saga",
        "The studio opened its show by revealing a new Quill Saga, with its director saying "
        "he is returning to work on the series. No date was given.",
        Label.RUMOURED,
    ),
    Case(
        "people-able-to-get-it-for-years-is-out",
        Target(name="Velmar Rest Connect", aliases=("OTC Velmar Rest",), maker="Orrin Pharma"),
        "A chemist to sell its own sleep aid over the counter",
        'The chemist will sell its own version; the piece notes "since 2018, people have been '
        'able to get an over-the-counter version called Velmar Rest Connect".',
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the sixty-fourth round and after (issue 5: the errors of the blind
sets holdout520 onward and of the items labelled before), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

CAR = Target(name="Velmar Ranger 4x4", aliases=("Ranger 4x4",), maker="Velmar")
SHOW = Target(
    name="Glass Harbour Tales Season 2", aliases=("Glass Harbour Tales S2",), maker="Quillflix"
)
CARD = Target(name="Orrin Arc 770 Ultra", aliases=("Arc 770 Ultra",), maker="Orrin")
CAMERA = Target(name="Velmar K5 II", aliases=("K5 II",), maker="Velmar")
OS = Target(name="Quill OS 9", aliases=("OS 9",), maker="Quill")
ALBUM = Target(name="Low Tide Choir", aliases=(), maker="The Marrow Sisters")
PHONE = Target(name="Velmar 13", aliases=("Velmar 13 series",), maker="Velmar")
COOKIE = Target(name="Nutmeggers", aliases=("Nutmegger",), maker="Scout Bakers")
SODA = Target(name="Fizzwell Plum Burst", aliases=("Plum Burst",), maker="Fizzwell")
DISTRO = Target(name="Quill Linux 26.04", aliases=("Quill Linux 26.04 LTS",), maker="Quill")
MODEL = Target(name="Orrin Marten 70B", aliases=("Marten 70B",), maker="Orrin")
PAY = Target(name="Quill Pay in Peru", aliases=("Quill Pay",), maker="Quill")
SHOE = Target(name="Velmar Drift Low", aliases=("Drift Low",), maker="Velmar")
FILM = Target(name="The Ember Hour", aliases=(), maker="Orrin Pictures")
TACO = Target(name="Orrin Grill Smoked Brisket", aliases=("Smoked Brisket",), maker="Orrin Grill")
CONSOLE = Target(name="Velmar Cube", aliases=("Cube",), maker="Velmar")
STICK = Target(name="Velmar PlayStick", aliases=("PlayStick",), maker="Velmar")
RECORD = Target(name="Night Orchard", aliases=(), maker="The Marrow Sisters")
APP = Target(name="Quill Snaps for iOS", aliases=("Quill Snaps",), maker="Quill")

CASES = [
    Case(
        "in-showrooms-since-a-year-behind-is-out",
        CAR,
        "Velmar halts Ranger 4x4 production over a parts shortage",
        "A supplier's trouble has paused the plant, possibly until next spring; it hits "
        '"the Ranger 4x4, which has been in showrooms since 2024".',
        Label.RELEASED,
    ),
    Case(
        "a-headline-landing-a-premiere-date-is-no-release",
        SHOW,
        "Glass Harbour Tales Season 2 Lands Premiere Date",
        "The drama's second season will arrive on Quillflix this spring.",
        Label.CONFIRMED,
    ),
    Case(
        "a-review-out-before-a-long-named-show-debuts-is-before-it",
        SHOW,
        "Glass Harbour Tales Season 2 keeps its nerve",
        "A spoiler-free look going out a month before Glass Harbour Tales Season 2 debuts.",
        Label.NONE,
    ),
    Case(
        "a-reviewers-guide-is-no-review",
        CARD,
        "Orrin Arc 770 Ultra specs",
        "The Reviewers Guide says the Arc 770 Ultra carries 32 cores and 16 GB of memory.",
        Label.NONE,
    ),
    # Guard: reviewers who praise it have it.
    Case(
        "reviewers-praising-it-have-it",
        CARD,
        "Orrin Arc 770 Ultra impressions",
        "Reviewers praise the Arc 770 Ultra's quiet cooler.",
        Label.RELEASED,
    ),
    Case(
        "an-announcement-that-put-the-rumours-to-bed-settles-them",
        CAMERA,
        "Velmar K5 II review: the wildlife body",
        "The sudden announcement of the K5 II has put those rumors to bed; we took it to the "
        "marsh.",
        Label.RELEASED,
    ),
    Case(
        "a-year-after-it-landed-is-behind",
        OS,
        "Quill OS 9 one year later",
        "A year after Quill OS 9 landed, the redesign has changed how phones feel.",
        Label.RELEASED,
    ),
    # Guard: a deal landed is no release.
    Case(
        "after-it-landed-a-deal-is-no-release",
        OS,
        "Quill OS 9 partners",
        "Days after Quill landed a deal with carriers, OS 9 remains in testing.",
        Label.NONE,
    ),
    Case(
        "german-hearsay-is-a-rumour",
        PHONE,
        "Velmar 13: neue Details",
        "Laut Geruchten aus China kommt das Velmar 13 im Dezember.",
        Label.RUMOURED,
    ),
    Case(
        "spanish-hearsay-is-a-rumour",
        PHONE,
        "Velmar 13: nuevos detalles",
        "Segun rumores, el Velmar 13 llegara en diciembre.",
        Label.RUMOURED,
    ),
    Case(
        "still-made-is-out",
        CARD,
        "Orrin says the Arc 770 Ultra is not dead",
        "We are continuing to produce the Arc 770 Ultra for partners.",
        Label.RELEASED,
    ),
    Case(
        "a-first-week-of-release-is-behind",
        ALBUM,
        "Marrow Sisters top the chart",
        "Low Tide Choir drew 80,000 streams in its first week of release.",
        Label.RELEASED,
    ),
    Case(
        "landed-at-number-one-is-out",
        ALBUM,
        "Marrow Sisters top the chart",
        "Low Tide Choir has landed at No. 1 on the album chart.",
        Label.RELEASED,
    ),
    Case(
        "available-for-download-on-phones-starting-today-is-out",
        OS,
        "Quill OS 9 update",
        "Quill OS 9 will be available for download on select Quill phones starting today.",
        Label.RELEASED,
    ),
    Case(
        "brought-into-a-market-is-out-there",
        PHONE,
        "Velmar 13 global launch tipped",
        "Velmar brought the Velmar 13 phones into the Chinese market last month.",
        Label.RELEASED,
    ),
    Case(
        "not-launched-outside-one-country-is-out-in-it",
        PHONE,
        "Velmar 13 goes global next month",
        "Velmar brought the Velmar 13 into the Chinese market but hasn't launched it outside "
        "China yet.",
        Label.RELEASED,
    ),
    Case(
        "about-to-start-selling-is-a-plan",
        COOKIE,
        "Scout Bakers add a cookie",
        "Nutmeggers are the new cookie the troops are about to start selling.",
        Label.CONFIRMED,
    ),
    Case(
        "a-hint-of-a-flavour-is-no-guess",
        COOKIE,
        "Scout Bakers add a cookie",
        "Nutmeggers, the new cookie Scout Bakers will sell from January, carry a hint of sea salt.",
        Label.CONFIRMED,
    ),
    Case(
        "already-on-the-shelves-is-out",
        SODA,
        "Fizzwell's new flavour",
        "Plum Burst is already on the shelves at area supermarkets.",
        Label.RELEASED,
    ),
    Case(
        "a-daily-build-is-a-prerelease",
        DISTRO,
        "Quill Linux 26.04: first Daily Build",
        "The first Daily Build of Quill Linux 26.04 is now available.",
        Label.CONFIRMED,
    ),
    Case(
        "ist-offiziell-im-app-store-gestartet-is-out",
        APP,
        "Quill Snaps ist offiziell im App Store gestartet",
        "Nach der Beta ist die App nun fur alle da.",
        Label.RELEASED,
    ),
    Case(
        "checked-eleven-times-is-no-review",
        MODEL,
        "Orrin fired the engineer who said Marten 70B was sentient",
        "Orrin says it reviewed Marten 70B 11 times.",
        Label.NONE,
    ),
    Case(
        "whether-the-maker-releases-it-first-is-no-release",
        CAMERA,
        "Velmar K5 II sensor",
        "Whether Velmar releases the K5 II first or a rival beats it, this sensor will matter.",
        Label.NONE,
    ),
    Case(
        "finally-enabled-in-a-country-is-out-there",
        PAY,
        "Quill Pay comes to Lima",
        "Quill Pay is finally enabled in Peru, the second market after Chile.",
        Label.RELEASED,
        published=date(2026, 3, 10),
    ),
    Case(
        "ya-se-encuentra-disponible-is-out",
        PAY,
        "Quill Pay: llegada",
        "Quill Pay ya se encuentra disponible en Peru.",
        Label.RELEASED,
    ),
    Case(
        "slated-but-ended-up-dropping-is-out",
        SHOE,
        "Velmar Drift Low collab",
        "The pair was slated for April, but the Drift Low ended up dropping this past week.",
        Label.RELEASED,
    ),
    Case(
        "ranked-in-its-opening-weekend-is-out",
        FILM,
        "Box office: a quiet weekend",
        "The Ember Hour ranked at #3 in its opening weekend in Japan.",
        Label.RELEASED,
    ),
    Case(
        "after-the-drop-is-behind",
        SHOE,
        "Drift Low reactions",
        "After the June drop of the Drift Low, fans compare it to a clog.",
        Label.RELEASED,
    ),
    Case(
        "on-sale-at-restaurants-as-a-test-is-a-trial-with-no-promise",
        TACO,
        "Orrin Grill tries brisket",
        "Smoked Brisket is now available at 90 restaurants in Denver as a test.",
        Label.RUMOURED,
    ),
    Case(
        "launched-then-to-ship-later-is-the-unveiling",
        CONSOLE,
        "Velmar Unveils Velmar Cube: A Powerful Console",
        'Opens by saying Velmar "has finally released its Velmar Cube", a 6-inch box running '
        'CubeOS, but then states "The device will ship in early 2027 and be available in regions '
        'where the Velmar Deck is sold."',
        Label.CONFIRMED,
        kind=ItemKind.AGGREGATOR,
        published=None,
    ),
    Case(
        "did-not-ship-until-a-past-day-is-out-since",
        STICK,
        "Velmar PlayStick",
        "The first date of June was missed, and the PlayStick did not ship to retailers until "
        "early November 2025.",
        Label.RELEASED,
    ),
    # Guard: its future is a plan.
    Case(
        "will-not-ship-until-a-day-ahead-is-a-plan",
        STICK,
        "Velmar PlayStick slips",
        "The PlayStick will not ship until May.",
        Label.CONFIRMED,
    ),
    Case(
        "a-plan-the-news-overtook-is-no-plan",
        RECORD,
        "The Marrow Sisters just surprise-dropped their new album, Night Orchard, a week early",
        'The album "appeared on streaming services late Sunday without warning"; the band "had '
        'promised the album would be released on March 23".',
        Label.RELEASED,
    ),
    Case(
        "has-started-to-ship-is-out",
        STICK,
        "Velmar PlayStick",
        "Velmar has started to ship the PlayStick to customers who paid years ago.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the thirteenth round (issue 5: `holdout21.jsonl` to
`holdout24.jsonl`, each measured before this round changed anything for it), one short
made-up item each: made-up products, and none of these sentences is in a labelled set, so
each case checks the rule rather than a memorised phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

WATCH = Target(name="Kestrel Band 4", aliases=("Band 4",), maker="Kestrel")
MODEL = Target(name="Quill 3 Large", aliases=("Quill 3 400B",), maker="Avian Labs")
GAME = Target(name="Ashen Crown", maker="Tallow Games")
TRUCK = Target(name="Orbis T1", maker="Orbis Motors")
BOT = Target(name="Wren Chat", maker="Wren")
LIBRARY = Target(name="Loomkit 3", maker="Loomkit")
OS = Target(name="Tide OS 12", maker="Corvo")
ASSISTANT = Target(name="Quill Pilot", aliases=("Pilot",), maker="Avian Labs")
SHOW = Target(name="Night Harbor 3", aliases=("Night Harbor season 3",), maker="Lumen Media")
CAMERA = Target(name="Kestrel Z9", aliases=("Z9",), maker="Kestrel")
CARD = Target(name="Vantage RX 9080", aliases=("RX 9080",), maker="Vantage")
LAPTOP = Target(name="Corvo Book 14 (2025)", aliases=("Corvo Book 14",), maker="Corvo")
HEADSET = Target(name="Corvo Vision", aliases=("Project Halo",), maker="Corvo")
PHONE = Target(name="Tide OS 13", maker="Corvo")
PICKUP = Target(name="Orbis T2", maker="Orbis Motors")
VISOR = Target(name="Corvo Visor", aliases=("Project Lantern",), maker="Corvo")
HATCH = Target(name="Orbis Hatch N", aliases=("Hatch N",), maker="Orbis Motors")
VAN = Target(name="Orbis Van EV", aliases=("Van EV",), maker="Orbis Motors")
RUNTIME = Target(name="Loomkit 18", aliases=("Loom 18",), maker="Loomkit Foundation")
PILL = Target(name="Restil OTC", aliases=("over-the-counter Restil",), maker="Corvo Pharma")
FILM = Target(name="Night Harbor: The Movie", maker="Lumen Pictures")
TABLET = Target(name="Kite Slate (M7)", aliases=("M7 Kite Slate",), maker="Kite")
ASSISTANT_APP = Target(name="Wren Chat", aliases=("Wren Chat app",), maker="Wren AI")
FAMILY_MEMBER = Target(name="Quill-3-medium", aliases=("Quill-3 Medium",), maker="Avian Labs")
IMAGES = Target(name="Quill image generation", aliases=("Quill images",), maker="Avian Labs")
SEQUEL = Target(
    name="Sky Lancer: Maverick",
    aliases=("Sky Lancer 2", "Sky Lancer sequel"),
    maker="Lumen Pictures",
)
SEASON = Target(name="Night Harbor Season 4", aliases=("Night Harbor S4",), maker="Lumen Media")
STREAM = Target(name="Lumen Play", aliases=("Project Kite",), maker="Lumen Media")
REMAKE = Target(name="Ashen Crown Remake", maker="Tallow Games")
ALBUM = Target(name="Glasshouse", aliases=("GLASSHOUSE",), maker="Mira Vale")
PREVIEW_MODEL = Target(name="q2-preview", aliases=("Avian q2-preview",), maker="Avian Labs")
FIGHTER = Target(name="Ashen Fist 6", aliases=("AF6",), maker="Tallow Games")
OPEN_MODEL = Target(name="Loom 5.5", aliases=("Loom-5.5",), maker="Loomkit")
VENTURE = Target(name="Corvo AI", aliases=("TruthBot",), maker="Corvo Labs")
PATCH = Target(name="Ashen Crown 1.6", aliases=("Ashen Crown update 1.6",), maker="Tallow Games")
SUITE_AI = Target(
    name="Quill AI for Wren Workspace", aliases=("Quill AI", "Quill AI in Workspace"), maker="Avian"
)
MYSTERY = Target(
    name="Cold Harbor: A Night Harbor Mystery", aliases=("Cold Harbor",), maker="Lumen Pictures"
)
NOVEL = Target(name="Ember Crown", aliases=("Ember Crown (Book 2)",), maker="Tallow Books")

CASES = [
    Case(
        "launched-to-be-available-later-is-an-unveiling",
        WATCH,
        "Kestrel Band 4 launched with a brighter screen, to be available later this year",
        "Kestrel showed the watch at its autumn event; it has no price yet.",
        Label.CONFIRMED,
    ),
    Case(
        "launched-in-one-market-and-later-in-another-is-out",
        WATCH,
        "Kestrel Band 4 launched in the US; it will be available in Europe next year",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-headline-to-go-on-sale-is-a-plan",
        WATCH,
        "Kestrel Band 4 to go on sale in April",
        "",
        Label.CONFIRMED,
    ),
    Case(
        "a-year-of-waiting-is-no-year-of-use",
        MODEL,
        "Quill 3 Large: the long wait",
        "After a full year of waiting, fans of Quill 3 Large are growing restless.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "tomorrow-is-ahead-on-an-undated-item",
        GAME,
        "Ashen Crown critical consensus",
        'A roundup of reviews: "Tomorrow, Ashen Crown finally arrives on shelves."',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
        published=None,
    ),
    Case(
        "started-shipping-in-a-past-year-is-past-on-an-undated-item",
        TRUCK,
        "A drive in the Orbis T1",
        "The writer drove an Orbis T1 at a service centre; the pickup started shipping in late "
        "2025.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
        published=None,
    ),
    Case(
        "open-to-the-general-public-is-out",
        BOT,
        "Wren's chatbot tops the app charts",
        'Wren says "Wren Chat is now fully open to the general public" after months behind a '
        "waitlist.",
        Label.RELEASED,
    ),
    Case(
        "a-release-published-on-a-package-index-is-out",
        LIBRARY,
        "Loomkit 3 is alive",
        "The team says the stable release of Loomkit 3 is on npm, with a migration script.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-developer-reporting-crashes-is-no-hearsay",
        OS,
        "App crashes after the Tide OS 12 update",
        "A developer reports a jump in crashes on phones that received Tide OS 12 this week.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "published-white-papers-are-no-release",
        ASSISTANT,
        "Publication of the white papers on Quill Pilot",
        "A staffer tells the list the foundation has published the white papers on Avian's \"so-"
        'called Quill Pilot" and invites members to discuss them.',
        Label.NONE,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-listing-short-season-is-the-season",
        SHOW,
        "Night Harbor: S3 has arrived and is streaming now",
        "The first five episodes are available, with the finale in July.",
        Label.RELEASED,
    ),
    Case(
        "an-owner-asking-has-the-camera",
        CAMERA,
        "Kestrel Z9 support",
        "A Z9 owner asks the raw converter to support the camera and uploads sample files.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "an-owner-of-the-product-has-it",
        CAMERA,
        "Z9 won't connect",
        "An owner of a Kestrel Z9 says the camera will not show up in the phone app.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "users-running-new-cards-have-them",
        CARD,
        "Vantage RX 9080 is not compatible with the current toolkit",
        "Users running new Vantage RX 9080 cards get a warning; commenters share workarounds.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "another-year-in-brackets-after-a-word-is-another-model",
        LAPTOP,
        "Corvo Book 14 inch (2027) review: fast and dear",
        "A review of the latest Corvo Book with the new chips.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "quoting-a-reporter-is-hearsay",
        PHONE,
        "The lock screen is poised for an upgrade with Tide OS 13",
        'Quoting a Bloomberg reporter, the blogger notes Corvo "is planning major changes" '
        "for Tide OS 13.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "quoting-the-makers-newsroom-is-on-record",
        HEADSET,
        "Corvo's Project Halo headset is launching on October 21",
        'Corvo "has confirmed that it will be launching its Project Halo headset" on October '
        "21, quoting its newsroom.",
        Label.CONFIRMED,
    ),
    Case(
        "a-tech-report-is-no-news-report",
        MODEL,
        "What is new this week",
        "Avian released Quill 3 Large, linking the weights and the tech report.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "the-first-to-hit-the-market-is-out",
        PICKUP,
        "Orbis T2 named Truck of the Year",
        'The magazine notes the Orbis T2 is "the first hydrogen pickup to hit the U.S. market".',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "to-be-the-first-to-hit-the-market-is-not-out",
        PICKUP,
        "Orbis T2 shown at the motor show",
        "Orbis says the Orbis T2 will be the first hydrogen pickup to hit the U.S. market.",
        Label.NONE,
    ),
    Case(
        "a-codename-alone-may-be-another-makers-project",
        VISOR,
        "Space agency's lander returns to flight",
        "The rebuilt Project Lantern prototype lander flew its first free-flight test.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-codename-beside-the-maker-is-the-target",
        VISOR,
        "Corvo's Project Lantern headset gets a window",
        'Corvo says Project Lantern "will release in the first half of 2027".',
        Label.CONFIRMED,
    ),
    Case(
        "yet-to-be-officially-confirmed-is-a-rumour",
        HATCH,
        "Orbis Hatch N gathers pace",
        "The Orbis Hatch N is yet to be officially confirmed but has had plenty of hints.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "documents-viewed-by-an-outlet-are-hearsay",
        HATCH,
        "Orbis Hatch N due in 2027",
        "Documents viewed by a car site indicate the Orbis Hatch N is set to enter production "
        "in March 2027.",
        Label.RUMOURED,
    ),
    Case(
        "months-of-rumours-behind-a-confirmation-do-not-hedge-it",
        VAN,
        "Orbis confirms the Van EV for production",
        "After months of speculation, rumours and reports, Orbis Motors has finally confirmed "
        "that it will build the Orbis Van EV; Orbis predicts it will reach showrooms in 2028.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "the-makers-own-prediction-is-its-guidance",
        VAN,
        "Orbis Van EV headed for showrooms",
        "Orbis Motors predicts that the Orbis Van EV will hit showrooms in 2028.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "before-the-maker-releases-is-not-out",
        OS,
        "Tide OS 12",
        "The maintainer will test once the beta ends: it usually takes a few months before "
        "Corvo releases the final version of Tide OS 12.",
        Label.NONE,
        kind=ItemKind.FORUM,
    ),
    Case(
        "when-it-arrives-next-year-is-a-plan",
        GAME,
        "Ashen Crown gets a teaser",
        "Tallow Games confirmed a PC and console launch for Ashen Crown when it arrives next year.",
        Label.CONFIRMED,
    ),
    Case(
        "became-current-is-out",
        RUNTIME,
        "CI: add Loom 18 to the matrix",
        "\"Loom 18 became 'current' today,\" the release post says.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-rollout-under-way-is-out",
        PILL,
        "Online orders begin for the first over-the-counter Restil",
        '"The rollout is underway for Restil OTC": online sales start today at $20 a month.',
        Label.RELEASED,
    ),
    Case(
        "i-installed-it-is-first-hand",
        OS,
        "Tide OS 12 breaks the start menu",
        "A user reports an empty menu; another replies: I installed Tide OS 12 yesterday and "
        "have no issue.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-headline-to-sell-is-a-plan",
        VAN,
        "Orbis to sell the Van EV in 2028",
        "",
        Label.CONFIRMED,
    ),
    Case(
        "box-office-takings-are-a-film-out",
        FILM,
        "'Night Harbor: The Movie' opens to $80 million",
        "The film took the top spot this weekend.",
        Label.RELEASED,
    ),
    Case(
        "out-on-a-day-ahead-is-a-plan",
        NOVEL,
        "The author tells all about the next book",
        'The cover of "Ember Crown", the second book, is revealed: it is out Nov. 7.',
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "out-on-a-day-behind-is-out",
        NOVEL,
        "What is Ember Crown about?",
        "Ember Crown, out Nov. 7, picks up where the first book ended.",
        Label.RELEASED,
        published=date(2026, 11, 20),
    ),
    Case(
        "you-can-buy-it-when-it-launches-is-not-out",
        NOVEL,
        "Ember Crown: what we know",
        "You can buy Ember Crown when it launches.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "an-unboxed-pre-release-unit-is-no-release",
        TABLET,
        "YouTuber unboxes what seems to be a pre-release version of an M7 Kite Slate",
        'The channel posted an unboxing of "what appears to be a retail boxed" tablet with a '
        "chip not seen in any other Kite product yet.",
        Label.RUMOURED,
    ),
    Case(
        "available-today-after-a-list-of-features-is-out",
        ASSISTANT_APP,
        "The all new Wren Chat",
        "Wren AI relaunches Wren Chat with web search and image generation, available today on "
        "the web and in new phone apps.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-compatibility-report-is-no-news-report",
        GAME,
        "Ashen Crown compatibility",
        "The compatibility report says Ashen Crown is now playable on Linux.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-headline-naming-only-the-family-is-another-members-news",
        FAMILY_MEMBER,
        "Avian launches Quill-3, its smallest AI model yet",
        "Quill-3 Mini is now available; Avian plans to release Quill-3 Small and Quill-3 Medium "
        "later.",
        Label.CONFIRMED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "rolls-out-starting-today-is-out",
        IMAGES,
        "Introducing Quill images",
        'Avian builds image generation into Quill; it "rolls out starting today" to paying users, '
        "with business plans coming soon.",
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-long-delayed-sequel-grossing-millions-is-out",
        SEQUEL,
        "Sky Lancer: Maverick has the biggest holiday opening",
        'The long-delayed sequel "grossed a massive $150 million over the four-day weekend."',
        Label.RELEASED,
    ),
    Case(
        "soaring-over-the-box-office-is-out",
        SEQUEL,
        "'Sky Lancer 2' soars over holiday box office with a three-day haul",
        "",
        Label.RELEASED,
    ),
    Case(
        "confirming-earlier-reports-is-no-hedge",
        REMAKE,
        "Ashen Crown Remake delayed, new date announced",
        "Confirming earlier reports, the director writes on the studio blog that Ashen Crown "
        "Remake moves from February 21 to May 29.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "releasing-on-the-nth-of-a-month-ahead-is-a-plan",
        OS,
        "Tide OS 12 Q&A",
        '"Tide OS 12 is around the corner, Corvo is releasing the final version on 8th of '
        'September," the maintainer writes.',
        Label.CONFIRMED,
        published=date(2026, 8, 25),
    ),
    Case(
        "when-it-is-first-released-is-not-out",
        OS,
        "Tide OS 12 release date confirmed for September 20",
        '"Corvo will release Tide OS 12 on September 20, the company has confirmed today"; some '
        'features will not be there "when Tide OS 12 is first released".',
        Label.CONFIRMED,
        published=date(2026, 9, 14),
    ),
    Case(
        "listening-on-release-day-is-still-ahead",
        ALBUM,
        "Glasshouse leaks two days early",
        'Fans "pledged that they will only be listening to Glasshouse on release day".',
        Label.NONE,
    ),
    Case(
        "a-season-kicking-off-is-out",
        SEASON,
        "Night Harbor kicks off its fourth season on Lumen",
        "Having watched the first episode of Season 4, the writer is thrilled the show is back.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "i-have-a-card-is-first-hand",
        CARD,
        "Vantage RX 9080 is not compatible with the toolkit",
        '"I have a Vantage RX 9080 graphics card," the user writes; the pinned build is too old '
        "for it.",
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "days-away-from-going-live-is-a-plan",
        STREAM,
        "Lumen Play suffers from a rushed launch",
        'Lumen Play "is only six days away from going live", but features will be missing.',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "until-the-maker-confirms-is-not-on-record",
        REMAKE,
        "Ashen Crown Remake: when will Tallow release it?",
        "Rumours say Ashen Crown Remake will be released in March; take it with a pinch of salt "
        "until Tallow Games confirms it.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-quoted-name-part-is-still-the-name",
        SEQUEL,
        "Lumen gives the 'Sky Lancer' sequel a July 2027 release date",
        'Lumen Pictures has given the "Sky Lancer" sequel a July 12, 2027, release date.',
        Label.CONFIRMED,
    ),
    Case(
        "brought-in-millions-over-a-weekend-is-out",
        SEQUEL,
        "Sky Lancer: Maverick soars with a $150 million opening",
        "The film brought in an impressive $150 million over the holiday weekend.",
        Label.RELEASED,
    ),
    Case(
        "not-arriving-before-a-year-is-a-window",
        TABLET,
        "Kite teases its next tablet",
        'Kite said it will be back in the tablet business, but "the Kite Slate (M7) is not '
        'arriving before 2027".',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "picked-up-the-new-one-is-first-hand",
        TABLET,
        "Kite Slate (M7) impressions",
        "I also picked up the new Kite Slate (M7) with its stand, and after two days it is close "
        "to perfect.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-target-named-preview-is-out-when-it-is-out",
        PREVIEW_MODEL,
        "Avian releases q2, its first reasoning model",
        '"Plus users are getting access to q2-preview starting today"; Avian calls this version '
        'a "preview".',
        Label.RELEASED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "will-make-it-publicly-available-is-a-plan",
        OPEN_MODEL,
        "Loomkit embraces open source",
        '"Loomkit has announced that it will make the source code of its upcoming Loom 5.5 '
        'model publicly available," the CEO said.',
        Label.CONFIRMED,
    ),
    Case(
        "will-be-available-today-is-out",
        TABLET,
        "Kite announces the Kite Slate (M7)",
        'After a long series of rumours and leaks, the Kite Slate (M7) "will be available today '
        'through kite.com".',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "debuting-a-release-date-is-no-release",
        FIGHTER,
        "Ashen Fist 6 debuts a release date and new characters",
        'Tallow announced the release date for Ashen Fist 6: "coming June 2nd".',
        Label.CONFIRMED,
        published=date(2026, 12, 8),
    ),
    Case(
        "hitting-theatres-on-a-day-ahead-is-a-plan",
        SEQUEL,
        "Sky Lancer: Maverick wraps filming",
        "Fans can look forward to Sky Lancer: Maverick hitting theatres on April 4, 2027.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "ready-for-delivery-next-month-is-a-plan",
        TRUCK,
        "Orbis T1 prepares for first deliveries",
        'Reservation holders were told their Orbis T1 "is ready for delivery in April".',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "taken-in-at-the-weekend-box-office-is-out",
        FILM,
        "Night Harbor: The Movie destroys records at the weekend box office",
        'The film "has taken in an astounding $146 million this weekend".',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "singles-which-are-out-are-not-the-album",
        ALBUM,
        "Mira Vale announces Glasshouse during the final",
        'Mira Vale used her ad to reveal "Glasshouse, coming out on March 29," and dropped two '
        'singles, "Tin" and "Copper," which "are already out now."',
        Label.CONFIRMED,
        published=date(2026, 2, 12),
    ),
    Case(
        "a-feature-of-the-target-which-is-out-is-out",
        IMAGES,
        "The April drop brings more AI",
        'The drop brings "the new Quill images camera," which "is now available to all Kite '
        'phones, free of charge".',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-camel-case-name-needs-no-maker-beside-it",
        VENTURE,
        "Billionaire is working on a 'truth-seeking' rival to chatbots",
        "He has revealed that he is working on a chatbot he is calling TruthBot; a state filing "
        "shows the company was created in March, the paper reports.",
        Label.RUMOURED,
    ),
    Case(
        "hitting-theaters-before-streaming-is-ahead",
        SEQUEL,
        "Rejoice: 'Sky Lancer: Maverick' is hitting theaters before it lands on Lumen+",
        "The director announced a one-week run in 600 theaters before the streaming release.",
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "now-playing-in-theatres-is-out",
        SEQUEL,
        "Sky Lancer: Maverick is doing well in theaters",
        '"Sky Lancer: Maverick is now playing in theatres, but it will only be on the big screen '
        'for a week."',
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "the-not-yet-released-car-is-no-release",
        TRUCK,
        "The chairman's favourite car",
        'The chairman did not want to give back the "not-yet-released Orbis T1".',
        Label.RUMOURED,
    ),
    Case(
        "accidentally-going-live-is-no-release",
        IMAGES,
        "Quill images accidentally goes live in one region before approval",
        'Some phones showed the feature "as available" before Avian removed it; Avian "is not '
        'planning to launch the feature imminently".',
        Label.RUMOURED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "noise-cancelling-is-no-cancellation",
        WATCH,
        "Kestrel Band 4 to launch by end of month, report says",
        'Citing a newspaper, Kestrel "will reportedly announce" the noise-cancelling Kestrel Band '
        "4 by the end of October.",
        Label.RUMOURED,
    ),
    Case(
        "the-maker-will-be-selling-it-is-a-plan",
        TABLET,
        "Kite Slate (M7) will not be at the show, but Kite confirms it is real",
        'The CEO told a newspaper the new tablet "is intended to sit alongside the standard one. '
        'We will be selling both through the life cycle."',
        Label.CONFIRMED,
    ),
    Case(
        "confirmed-rumours-are-no-hedge",
        REMAKE,
        "Ashen Crown Remake teased at the showcase",
        'Tallow closed its showcase with a teaser that "confirmed rumours that the game was being '
        'remade"; Tallow has confirmed that Ashen Crown Remake will launch on PC next year.',
        Label.CONFIRMED,
    ),
    Case(
        "recalling-old-times-is-no-product-recall",
        TABLET,
        "Why yes, that is a Kite Slate (M7) on my desk",
        "A columnist explains why an old Kite Slate (M7) still sits on his desk, and recalls "
        "early tablets from the era of bulky laptops.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "a-magazine-named-review-is-no-review",
        MODEL,
        "Quill 3 Large has no idea what it is talking about",
        "A blogger relays MIT Technology Review's critique of Quill 3 Large's answers.",
        Label.NONE,
        kind=ItemKind.BLOG,
    ),
    Case(
        "not-canceled-keeps-it-coming",
        WATCH,
        "Kestrel answers the reports",
        'A Kestrel spokesperson said "Kestrel Band 4 is not canceled. It will be available later '
        'this year in the U.S."',
        Label.CONFIRMED,
    ),
    Case(
        "the-update-is-the-target-when-the-target-is-an-update",
        PATCH,
        "Ashen Crown Update 1.6 will have more than fans think",
        '"The update arrives on Tuesday, March 19 for PC players, and later on consoles."',
        Label.CONFIRMED,
        kind=ItemKind.BLOG,
        published=None,
    ),
    Case(
        "a-teaser-teasing-a-release-window-is-a-plan",
        SEQUEL,
        "First Sky Lancer: Maverick teaser introduces a new foe",
        'The studio\'s first teaser "teases a release in summer 2027".',
        Label.CONFIRMED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "miles-driven-in-it-are-first-hand",
        TRUCK,
        "Turning over an all-new truck",
        "The writer put 643 miles on an Orbis T1 chasing fall colour and paid nothing to charge.",
        Label.RELEASED,
        kind=ItemKind.BLOG,
    ),
    Case(
        "after-the-first-episodes-the-season-is-out",
        SEASON,
        "Night Harbor Season 4 is reborn",
        'Night Harbor Season 4 "is off to a strong start after the first three episodes".',
        Label.RELEASED,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "a-purported-unit-unboxed-is-hearsay",
        TABLET,
        "Outlet nabs an M7 Kite Slate, posts pre-launch benchmarks",
        "A channel unboxed a purported Kite Slate (M7); the tablets are not expected to be "
        "announced until the end of October.",
        Label.RUMOURED,
    ),
    Case(
        "because-the-maker-rolls-out-in-waves-is-how-not-that",
        OS,
        "Tide OS 12 release date leaked",
        "A site citing its own contacts says Tide OS 12 should arrive on September 20; there is "
        "no guarantee you will get it right away because Corvo rolls out in waves.",
        Label.RUMOURED,
        kind=ItemKind.BLOG,
        published=None,
    ),
    Case(
        "after-its-planned-release-is-no-release",
        GAME,
        "Ashen Crown slips to February",
        "The director announced that Ashen Crown will debut on February 18, a few months after "
        "its planned 2026 release.",
        Label.CONFIRMED,
        published=date(2026, 8, 25),
    ),
    Case(
        "an-owner-taking-delivery-on-a-forum-has-it",
        TRUCK,
        "My turn to show you a red Orbis T1",
        'An owner who put a deposit down two years ago writes "On Thursday I took delivery of my '
        'Orbis T1"; photos follow.',
        Label.RELEASED,
        kind=ItemKind.FORUM,
    ),
    Case(
        "a-launch-in-full-swing-is-out",
        TABLET,
        "First Kite Slate (M7) buyers queue at Kite stores",
        "The Kite Slate (M7) launch is in full swing around the world.",
        Label.RELEASED,
    ),
    Case(
        "a-short-name-with-another-for-is-another-product",
        SUITE_AI,
        "Quill AI for Developers is now generally available",
        "Avian's coding assistant, Quill AI for Developers, is now generally available.",
        Label.NONE,
        kind=ItemKind.AGGREGATOR,
    ),
    Case(
        "a-short-name-with-its-own-qualifier-is-the-target",
        SUITE_AI,
        "Quill AI in Workspace is now generally available",
        "",
        Label.RELEASED,
    ),
    Case(
        "a-short-title-with-another-subtitle-is-another-work",
        MYSTERY,
        "Cold Harbor: Hard Labor and Southern Blues",
        "A folklorist's collection of work songs recorded in the 1960s, first published in 1972.",
        Label.NONE,
        kind=ItemKind.AGGREGATOR,
        published=None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_thirteenth_round_rule(case: Case) -> None:
    case.check()

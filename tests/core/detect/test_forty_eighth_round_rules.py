"""The rules added in the sixty-fifth round and after (issue 5: the errors of the blind
sets holdout554 onward and of the items labelled before), one short made-up item each:
made-up products, and none of these sentences is in a labelled set, so each case checks the
rule rather than a memorised phrasing. Each case failed on the code before its rule, except
the guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

GAME = Target(name="Harrowdeep", aliases=(), maker="Quill Games")
BAR = Target(name="Orrin Pistachio Crunch Bar", aliases=("Pistachio Crunch Bar",), maker="Orrin")
OS = Target(name="Velmar OS 3.0", aliases=("Velmar OS 3",), maker="Velmar")
CARD = Target(name="Quill Torrent X", aliases=("Torrent X",), maker="Quill")
CAMERA = Target(name="Orrin Q-30", aliases=("Q-30",), maker="Orrin")
PHONE = Target(name="Velmar Nova 12 Max", aliases=("Nova 12 Max",), maker="Velmar")
BAND = Target(name="Quill Stride", aliases=("Stride band",), maker="Quill")
CAR = Target(name="Orrin Meridian GT", aliases=("Meridian GT",), maker="Orrin")
SPINOFF = Target(name="Hollow Crown Ashfall", aliases=("Ashfall",), maker="Quill Games")
ALBUM = Target(
    name="Lantern (Mireille album)",
    aliases=("Lantern", "Mireille second studio album"),
    maker="Velmar Records",
)
RECORD = Target(name="Marea Alta", aliases=(), maker="Orrin Discos")
WATCH = Target(name="Velmar Pulse 3", aliases=("Pulse 3",), maker="Velmar")
APP = Target(name="Quill Tunes", aliases=("Tunes app",), maker="Quill")
AIRPORT = Target(name="Orrin Bay International Airport", aliases=("Orrin Bay Airport",), maker="")
SERIES = Target(name="Cinder Saints (anime)", aliases=("Cinder Saints",), maker="Velmar Studio")
TRAIN = Target(name="Quillrail", aliases=("Quillrail high-speed",), maker="Quillrail")
RIDE = Target(name="Stormwing", aliases=("Stormwing coaster",), maker="Orrin Park")
HANDHELD = Target(name="Quill Deck 2", aliases=("Deck 2",), maker="Quill")
POCKET = Target(name="Velmar Go", aliases=("Go handheld",), maker="Velmar")
LIBRARY = Target(name="Orrin Schema 3", aliases=("Schema 3",), maker="Orrin")
PIZZA = Target(name="Orrin Giant Slice", aliases=("Giant Slice",), maker="Orrin Pizza")
INK_PHONE = Target(name="Quill Calm", aliases=("Calm phone",), maker="Quill")
RPG = Target(name="Starforge: Iron Covenant", aliases=("Iron Covenant",), maker="Velmar Games")

CASES = [
    Case(
        "a-livestream-that-is-live-is-no-release",
        GAME,
        "The Last Harrowdeep Gameplay Livestream Is Live!",
        "On the final day of the crowdfunding campaign for Harrowdeep, the gameplay "
        "livestream is up for backers.",
        Label.NONE,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "out-elsewhere-before-debuting-here-is-out",
        BAR,
        "Orrin brings its Pistachio Crunch Bar to Canada",
        "Before debuting in Canada, the Pistachio Crunch Bar had already been available in "
        "France and Belgium.",
        Label.RELEASED,
    ),
    Case(
        "sold-first-before-launching-elsewhere-is-a-plan",
        BAR,
        "Orrin Pistachio Crunch Bar",
        "The Pistachio Crunch Bar will be sold in Japan before launching in Europe in May.",
        Label.CONFIRMED,
    ),
    Case(
        "neither-nor-is-out-denies-both",
        OS,
        "Velmar OS 3.0 puts widgets first",
        'The design lead showed the new home screen; "neither Velmar OS 3.0 nor the Nova '
        'tablet are out yet", he said.',
        Label.NONE,
    ),
    Case(
        "until-the-cards-hit-the-market-is-not-out",
        CARD,
        "Looking ahead to the Quill Torrent X",
        "Quill will keep the clock speeds to itself until the cards hit the shelves.",
        Label.NONE,
    ),
    Case(
        "a-german-clause-that-came-to-market-is-out",
        CAMERA,
        "Orrin Q-40 kommt im Juni",
        "Die Q-40 folgt auf die Orrin Q-30, die im Herbst 2021 auf den Markt kam.",
        Label.RELEASED,
        published=date(2023, 4, 2),
    ),
    Case(
        "putting-an-end-to-speculations-and-rumours-ends-the-hedge",
        PHONE,
        "Velmar Nova 12 Max to launch on May 9",
        'Putting an end to speculations and rumours, the founder said the phone "will be '
        'called Nova 12 Max" and arrive on May 9.',
        Label.CONFIRMED,
        published=date(2026, 4, 28),
    ),
    Case(
        "a-recall-that-pulled-it-from-the-market-was-after-its-sale",
        BAND,
        "Quill recalls the Stride band",
        "Quill issued a voluntary recall and pulled the Stride band from the market; its "
        "store page says it is currently not available for purchase.",
        Label.RELEASED,
    ),
    Case(
        "due-to-be-offered-for-sale-is-a-plan",
        CAR,
        "Riding in the Orrin Meridian GT prototype",
        "The disguised prototype is close to the production cars due to be offered for sale "
        "next spring.",
        Label.CONFIRMED,
    ),
    Case(
        "a-count-after-the-name-is-no-sequel",
        SPINOFF,
        "Hollow Crown Ashfall 3 Million Players",
        "The co-op spin-off has officially launched today and passed three million players.",
        Label.RELEASED,
    ),
    Case(
        "the-owner-in-a-qualifier-tells-a-weak-name-apart",
        ALBUM,
        "'Lantern': Mireille's second album drops in June",
        'Mireille "announced her second studio album, Lantern, set to release on June 6".',
        Label.CONFIRMED,
        published=date(2026, 4, 20),
    ),
    Case(
        "a-spanish-future-launch-is-a-plan",
        RECORD,
        "La banda anuncia fecha de su nuevo disco",
        "El grupo anunció este martes que el 9 de junio próximo lanzará su nuevo disco, "
        "titulado «Marea Alta».",
        Label.CONFIRMED,
        published=date(2026, 4, 21),
    ),
    Case(
        "a-french-set-day-is-a-plan",
        WATCH,
        "Velmar Pulse 3 : la montre connectée se précise",
        "La Velmar Pulse 3 est confirmée pour faire ses débuts en Europe le 12 mai.",
        Label.CONFIRMED,
        published=date(2026, 4, 22),
    ),
    Case(
        "now-up-on-the-app-store-is-out",
        APP,
        "Quill introduces Tunes, a music app built on posts",
        "After days of guessing when it would arrive, Quill Tunes is now up on the App Store.",
        Label.RELEASED,
    ),
    Case(
        "became-operational-is-open",
        AIRPORT,
        "Orrin Bay International Airport in numbers",
        "Orrin Bay International Airport became operational last December, the authority said.",
        Label.RELEASED,
    ),
    Case(
        "will-become-operational-is-a-plan",
        AIRPORT,
        "Orrin Bay International Airport nears completion",
        "Orrin Bay International Airport will become operational next June, the authority said.",
        Label.CONFIRMED,
    ),
    Case(
        "an-italian-debut-that-happened-is-out",
        SERIES,
        "Cinder Saints: com'è andato il primo episodio",
        "La serie animata Cinder Saints ha finalmente debuttato in streaming il 4 aprile.",
        Label.RELEASED,
    ),
    Case(
        "a-spanish-service-that-began-is-out",
        TRAIN,
        "Los trenes de Quillrail ya circulan",
        "Quillrail ya ha comenzado a operar entre Sevilla y Valencia con cuatro trenes diarios.",
        Label.RELEASED,
    ),
    Case(
        "a-dutch-ride-open-today-is-out",
        RIDE,
        "Orrin Park verrast bezoekers: achtbaan Stormwing vandaag open",
        "Vanaf vandaag kunnen bezoekers een ritje maken in Stormwing.",
        Label.RELEASED,
    ),
    Case(
        "a-german-park-that-opened-it-is-out",
        RIDE,
        "Orrin Park eröffnete die Achterbahn Stormwing",
        "Der Park sprach von einer stillen Eröffnung ohne Feier.",
        Label.RELEASED,
    ),
    Case(
        "the-writers-own-doubt-hedges-a-plan",
        HANDHELD,
        "Quill Deck 2 release date and price",
        "A trade paper says Quill plans the Deck 2 for the autumn; until Quill names a date, "
        "we cannot be entirely sure.",
        Label.RUMOURED,
    ),
    Case(
        "prototypes-on-sale-are-no-release",
        POCKET,
        "Velmar's cancelled handheld turns up in China",
        'The Velmar Go "was never actually released", but prototypes recently went on sale '
        "in Shenzhen for about $150.",
        Label.RUMOURED,
    ),
    Case(
        "an-aim-to-have-it-released-is-a-plan",
        LIBRARY,
        "Timeline for Schema 3",
        "I had hoped to finish Schema 3 this year; my aim now is to have Schema 3 released "
        "in Q2 2027.",
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
        published=date(2026, 12, 1),
    ),
    Case(
        "a-review-of-a-draft-reviews-no-product",
        LIBRARY,
        "Schema 3 blog post",
        "Review of a draft post about Schema 3, with notes on its wording.",
        Label.NONE,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "recalling-a-launch-campaign-remembers",
        PIZZA,
        "Bring back the Orrin Giant Slice",
        "A petition asks Orrin Pizza to bring back the Giant Slice, recalling the 2001 launch "
        "campaign and its $7.99 price.",
        Label.NONE,
    ),
    Case(
        "an-e-ink-screen-after-the-name-is-no-model",
        INK_PHONE,
        "Quill Calm E Ink phone shipments begin",
        "Quill has begun shipping its Quill Calm E Ink phones to backers.",
        Label.RELEASED,
    ),
    Case(
        "an-entrys-kind-after-the-whole-name-is-the-target",
        RPG,
        "Starforge: Iron Covenant (video game)",
        'Encyclopedia entry: the tactical RPG "was released for Windows and PlayStation 5 in '
        'March 2025".',
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the eighty-seventh round (issue 5: the items of the blind sets
holdout1000-1011 the rules misread), one short made-up item each: made-up products, and
none of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

TUNNEL = Target(name="Harrow Gate Tunnel", aliases=(), maker="Velcor Roads")
PAD = Target(name="Orbit Pad", aliases=(), maker="Velcor")
FILM = Target(name="星の回廊 第二章", aliases=(), maker="Velcor Pictures")
ALBUM = Target(name="별빛 정원", aliases=(), maker="Velcor Music")
SHORT_FILM = Target(name="星回廊", aliases=(), maker="Velcor Pictures")
VERSION = Target(name="Quillon 9.0", aliases=(), maker="Quillon Project")
GAME = Target(name="Orbit Quest", aliases=(), maker="Studio-9")
SERVICE = Target(name="Linkwave in Norland", aliases=(), maker="Linkwave")
FEATURE = Target(name="Corva Flipside", aliases=(), maker="Corva")
HOSPITAL = Target(name="Harbor General Hospital", aliases=(), maker="Harbor Health")
RECORD = Target(name="Starfall", aliases=(), maker="Kira Vale")

CASES = [
    Case(
        "a-place-owns-the-site-built-there",
        TUNNEL,
        "Norbridge's Harrow Gate Tunnel opens to traffic",
        "Drivers paid a toll to use it for the first time on Sunday.",
        Label.RELEASED,
    ),
    Case(
        "guard-another-owner-of-a-product",
        PAD,
        "Kestrel's Orbit Pad is on sale now",
        "Buyers paid $99 for it on the first day.",
        Label.NONE,
    ),
    Case(
        "a-name-in-japanese-script-is-no-short-name",
        FILM,
        "映画『星の回廊 第二章』が公開",
        "『星の回廊 第二章』 is out now in cinemas across Japan.",
        Label.RELEASED,
    ),
    Case(
        "a-name-in-hangul-is-no-short-name",
        ALBUM,
        "별빛 정원 앨범 발매",
        "The album 별빛 정원 is out now on all platforms.",
        Label.RELEASED,
    ),
    Case(
        "guard-three-characters-are-a-short-name",
        SHORT_FILM,
        "星回廊 review",
        "星回廊 is out now in cinemas across Japan.",
        Label.NONE,
    ),
    Case(
        "an-italian-headlines-participle-alone",
        VERSION,
        "Rilasciato Quillon 9.0: tutte le novità",
        "La nuova versione porta prestazioni migliori.",
        Label.RELEASED,
        published=date(2025, 10, 25),
    ),
    Case(
        "an-italian-just-released",
        VERSION,
        "Quillon 9.0, le novità",
        "La nuova versione Quillon 9.0, appena rilasciata il 21 ottobre, porta novità.",
        Label.RELEASED,
        published=date(2025, 10, 25),
    ),
    Case(
        "guard-an-italian-trailer-released",
        VERSION,
        "Rilasciato il primo trailer di Quillon 9.0",
        "Il video mostra le novità.",
        Label.NONE,
        published=date(2025, 10, 25),
    ),
    Case(
        "a-makers-name-with-a-number-is-no-other-product",
        GAME,
        "Orbit Quest players are happy",
        "Studio-9 has finally released Orbit Quest after years of delays.",
        Label.RELEASED,
        published=date(2025, 11, 20),
    ),
    Case(
        "a-pilot-launched-is-a-closed-preview",
        SERVICE,
        "Linkwave pilot in Norland",
        'A Linkwave pilot "has been launched" in Norland with the first 10 terminals sent to '
        "10 customers.",
        Label.RUMOURED,
        published=date(2025, 11, 20),
    ),
    Case(
        "guard-a-launch-after-its-pilot",
        SERVICE,
        "Linkwave arrives in Norland",
        "Linkwave has launched in Norland after its pilot was started last year.",
        Label.RELEASED,
        published=date(2025, 11, 20),
    ),
    Case(
        "arrived-on-the-scene-is-coming-out",
        PAD,
        "Orbit Pad, five years on",
        "When the Orbit Pad arrived on the scene, critics dismissed its small screen.",
        Label.RELEASED,
    ),
    Case(
        "guard-scenes-released-are-a-clip",
        PAD,
        "Orbit Pad advert",
        "Velcor released new scenes from the Orbit Pad advert.",
        Label.NONE,
    ),
    Case(
        "a-place-in-use-by-its-first-patients",
        HOSPITAL,
        "'It's a relief': new hospital at last",
        "The first patients are being treated at the new Harbor General Hospital.",
        Label.RELEASED,
    ),
    Case(
        "guard-first-patients-still-ahead",
        HOSPITAL,
        "New hospital on track",
        "The first patients will be treated at the new Harbor General Hospital in May.",
        Label.NONE,
    ),
    Case(
        "an-age-counted-in-italian",
        PAD,
        "Tanti auguri",
        "L'Orbit Pad compie oggi tre anni in Italia.",
        Label.RELEASED,
    ),
    Case(
        "landed-in-a-market-in-spanish",
        PAD,
        "Orbit Pad, análisis",
        "El Orbit Pad aterriza en el mercado español desde 299 euros.",
        Label.RELEASED,
    ),
    Case(
        "an-album-to-stream-below",
        RECORD,
        "Kira Vale returns with new album Starfall",
        "Kira Vale is back with her new album Starfall. Stream Starfall below.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-single-streams-ahead-of-its-album",
        RECORD,
        "Kira Vale shares new single",
        "Kira Vale shares Glow from her upcoming album Starfall, out May 5. Stream Glow below.",
        Label.CONFIRMED,
    ),
    Case(
        "officially-after-a-launch-verb-is-how-it-launches",
        FEATURE,
        "Corva Flipside found in app code",
        "Corva is yet to confirm when Corva Flipside will be launched officially.",
        Label.RUMOURED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

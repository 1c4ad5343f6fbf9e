"""The rules added in the eighty-second round (issue 5: the items of the blind sets
holdout940-951 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

TUNNEL = Target(name="Corven Pass Tunnel", aliases=(), maker="Corven Roads Authority")
SHOW = Target(name="Lakeside Nights", aliases=(), maker="Orrin Studios")
API = Target(name="Lumen GPU API", aliases=("LumenGPU",), maker="Kite")
TRANSFER = Target(name="Pinto chat transfer from Velmar to Orrin", aliases=(), maker="Pinto")
COIN = Target(name="eLira", aliases=(), maker="Central Bank of Marisol")
BOARDGAME = Target(name="Iron Vale", aliases=(), maker="Orrin Games")
EARBUDS = Target(name="Velmar Buds Air", aliases=(), maker="Velmar")
STREAMER = Target(name="Kite+ in the Middle East and North Africa", aliases=(), maker="Kite")
CLOUD_IN_ISRAEL = Target(name="KCS Israel (Tel Aviv) Region", aliases=(), maker="Kite")
BROWSER_PORT = Target(name="Kite Browser for Apple Silicon Macs", aliases=(), maker="Kite")
CHARGING = Target(name="Volta Charger access for Marlin owners", aliases=(), maker="Volta")

CASES = [
    Case(
        "a-place-inaugurated-in-a-headline",
        TUNNEL,
        "Minister inaugurates Corven Pass Tunnel",
        "The 9 km tunnel links two valleys that were cut off each winter.",
        Label.RELEASED,
    ),
    Case(
        "guard-its-works-inaugurated",
        TUNNEL,
        "Minister inaugurates construction of Corven Pass Tunnel",
        "The 9 km tunnel is to link two valleys that are cut off each winter.",
        Label.NONE,
    ),
    Case(
        "guard-a-project-inaugurated",
        TUNNEL,
        "King inaugurates Corven Pass Tunnel project",
        "The 9 km tunnel is to link two valleys that are cut off each winter.",
        Label.NONE,
    ),
    Case(
        "a-place-inaugurated-by-someone",
        TUNNEL,
        "A new road under the mountains",
        "The prime minister inaugurated the Corven Pass Tunnel at the north portal on Saturday.",
        Label.RELEASED,
    ),
    Case(
        "a-show-begins-streaming",
        SHOW,
        "Orrin begins streaming Lakeside Nights",
        "The comedy brings back the original cast as grandparents.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-show-will-begin-streaming",
        SHOW,
        "Lakeside Nights dated",
        "Orrin says it will begin streaming Lakeside Nights in January.",
        Label.CONFIRMED,
    ),
    Case(
        "starts-streaming-on-a-later-day-is-a-plan",
        SHOW,
        "Watch the trailer for Orrin's new comedy",
        "Lakeside Nights starts streaming on Orrin on March 22.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-began-streaming-a-clip",
        SHOW,
        "A first look at the comedy",
        "Orrin began streaming a clip of Lakeside Nights; the show debuts on Thursday, March 19.",
        Label.CONFIRMED,
    ),
    Case(
        "on-by-default",
        API,
        "What's new in Kite Browser 121",
        "The Lumen GPU API is now enabled by default in Kite Browser 121 on Velmar phones.",
        Label.RELEASED,
    ),
    Case(
        "guard-on-by-default-later",
        API,
        "What's new in Kite Browser 120",
        "The Kite team says the Lumen GPU API will be enabled by default in version 121.",
        Label.NONE,
    ),
    Case(
        "a-descriptions-plain-words-inflected",
        TRANSFER,
        "Good news for switchers",
        "Pinto said that transferring chats from Velmar to Orrin phones will launch next month.",
        Label.CONFIRMED,
    ),
    Case(
        "a-descriptions-for-is-no-port",
        CHARGING,
        "Marlin drivers get a new option",
        "Volta said that access to its Chargers will open to Marlin owners next month.",
        Label.CONFIRMED,
    ),
    Case(
        "a-capitalised-word-describing-the-object",
        COIN,
        "Central bank goes digital",
        "The Central Bank of Marisol has finally launched its CBDC eLira on Monday.",
        Label.RELEASED,
    ),
    Case(
        "another-name-describing-the-object",
        BOARDGAME,
        "Orrin raises $2 million",
        "Five months after Orrin Games launched its Dragons & Dungeons competitor Iron Vale, "
        "its new campaign closed.",
        Label.RELEASED,
    ),
    Case(
        "guard-an-amount-before-the-object",
        BOARDGAME,
        "A busy spring",
        "Orrin Games launched its USD5 billion tabletop game Iron Vale in the spring.",
        Label.NONE,
    ),
    Case(
        "guard-another-product-beside-the-object",
        BOARDGAME,
        "Orrin's spring",
        "Orrin Games launched its Starfall expansion and, later, Iron Vale's rulebook.",
        Label.NONE,
    ),
    Case(
        "spanish-puts-on-sale-now",
        EARBUDS,
        "Los auriculares baratos de Velmar",
        "Velmar pone ahora a la venta en España sus auriculares Velmar Buds Air por 69 euros.",
        Label.RELEASED,
    ),
    Case(
        "a-gulf-launch-is-the-regions",
        STREAMER,
        "Kite+ arrives in the Gulf",
        "Kite+ launches in Saudi Arabia, the UAE and Egypt today with its full catalogue.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-launch-elsewhere",
        STREAMER,
        "Kite+ arrives in South Africa",
        "Kite+ launches in South Africa today with its full catalogue.",
        Label.NONE,
    ),
    Case(
        "a-cloud-region-is-the-clouds-place",
        CLOUD_IN_ISRAEL,
        "Kite to open data centres in Israel",
        "Kite said KCS will open an infrastructure region in Israel in the first half of 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "a-port-to-apple-silicon-told-by-its-chip",
        BROWSER_PORT,
        "Kite Browser for M1 Macs is here",
        "Kite has released a native build of Kite Browser for M1 Macs today.",
        Label.RELEASED,
    ),
    Case(
        "a-port-told-in-italian",
        BROWSER_PORT,
        "Kite Browser per Apple M1 è ufficiale",
        "Kite Browser è finalmente disponibile per i Mac con Apple Silicon.",
        Label.RELEASED,
    ),
    Case(
        "a-show-cancelled-after-its-seasons-was-out",
        SHOW,
        "Lakeside Nights canceled by Orrin after two seasons",
        "Lakeside Nights won't be returning to Orrin for a third season, its star wrote.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-show-cancelled",
        SHOW,
        "Lakeside Nights canceled by Orrin",
        "The comedy will not go ahead; no episode had been filmed.",
        Label.NONE,
    ),
    Case(
        "not-returning-for-a-season-is-no-renewal",
        SHOW,
        "Lakeside Nights ends",
        "Lakeside Nights won't be returning to Orrin for a third season.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the sixty-sixth and sixty-seventh rounds (issue 5: the errors of the
blind sets holdout578 onward), one short made-up item each: made-up products, and none of these
sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

PHONE = Target(name="Velmar Cirrus", aliases=("Cirrus",), maker="Velmar")
PLAYER = Target(name="Orrin Tonebox", aliases=("Tonebox",), maker="Orrin Audio")
TRAIN = Target(name="Quillrail Express", aliases=("Quillrail",), maker="Quillrail Co")
ALBUM = Target(
    name="Solenne (Solenne Marchal album)",
    aliases=("Solenne",),
    maker="Solenne Marchal / Velmar Records",
)
TOWER = Target(name="Orrin Spire", aliases=("Spire tower",), maker="Orrin Holdings")
AIRPORT = Target(name="Orrin Bay Airport", aliases=("Orrin Bay",), maker="Orrin Airports")
DINER = Target(name="Orrin Burger Leeds", aliases=("Orrin Leeds",), maker="Orrin Foods")
RACER = Target(name="Velmar Racer", aliases=(), maker="Velmar Games")
WALLET = Target(name="Quill Pay", aliases=(), maker="Quill")
SHOE = Target(name="Velmar Stride SL", aliases=("Stride SL",), maker="Velmar")
COIN = Target(name="digital quill", aliases=("quill coin",), maker="Quill Central Bank")
CURVED = Target(name="Velmar K Curve", aliases=("K Curve",), maker="Velmar")

CASES = [
    Case(
        "a-campaign-that-just-launched-takes-pledges",
        PHONE,
        "Velmar shows the Cirrus phone",
        "The Velmar Cirrus, which just launched on Kickstarter for $249, is a boxy phone with "
        "cloud storage.",
        Label.CONFIRMED,
    ),
    Case(
        "launched-through-a-crowdfunding-website-takes-pledges",
        PLAYER,
        "Orrin passes its goal in a day",
        "Orrin Audio has launched its first Tonebox player through the crowdfunding website "
        "Kickstarter; most pledges are orders for the first edition.",
        Label.CONFIRMED,
    ),
    Case(
        "launched-in-stores-after-a-campaign-is-out",
        PLAYER,
        "Orrin Tonebox in stores",
        "The Orrin Tonebox launched in stores after its run on Kickstarter last year.",
        Label.RELEASED,
    ),
    Case(
        "started-its-commercial-operation-is-open",
        TRAIN,
        "A first ride on the Quillrail Express",
        "The Quillrail Express started its commercial operation between the two cities on Tuesday.",
        Label.RELEASED,
    ),
    Case(
        "french-available-since-friday-is-out",
        ALBUM,
        "Le nouvel album de Solenne Marchal",
        "Le deuxième album de Solenne Marchal, baptisé « Solenne », est disponible depuis ce "
        "vendredi 6 mars.",
        Label.RELEASED,
    ),
    Case(
        "an-artists-other-album-is-not-the-self-titled-one",
        ALBUM,
        "Solenne Marchal : nouvel album Horizon",
        "Solenne Marchal a annoncé que son nouvel album Horizon sortira le 12 octobre prochain.",
        Label.NONE,
    ),
    Case(
        "today-opened-the-building-is-open",
        TOWER,
        "Mayor opens Orrin Spire",
        "The mayor today opened the Orrin Spire, the tallest tower in the country.",
        Label.RELEASED,
    ),
    Case(
        "today-opened-reservations-is-orders",
        TOWER,
        "Orrin Spire restaurant",
        "Orrin Holdings today opened reservations for the restaurant atop the Orrin Spire, "
        "which welcomes guests from June 3.",
        Label.CONFIRMED,
    ),
    Case(
        "a-place-that-welcomed-its-customers-is-open",
        AIRPORT,
        "Orrin Bay Airport's first day",
        "Orrin Bay Airport welcomed its first passengers on Monday after years of delays.",
        Label.RELEASED,
    ),
    Case(
        "welcomes-its-first-passengers-on-a-day-ahead-is-a-plan",
        AIRPORT,
        "Orrin Bay Airport date",
        "Orrin Bay Airport welcomes its first passengers on June 3, the operator said.",
        Label.CONFIRMED,
    ),
    Case(
        "made-its-debut-is-open",
        DINER,
        "Orrin Leeds opening",
        "Hundreds queued before Orrin Burger Leeds made its official debut in the UK on March 2.",
        Label.RELEASED,
    ),
    Case(
        "made-its-debut-at-a-show-is-a-reveal",
        RACER,
        "Velmar Racer trailer",
        "Velmar Racer made its debut at the Velmar Games showcase with a trailer.",
        Label.NONE,
    ),
    Case(
        "polish-started-is-out",
        WALLET,
        "Quill Pay rusza w Polsce",
        "Quill Pay wreszcie wystartowało w Polsce: dziewięć banków obsługuje usługę.",
        Label.RELEASED,
    ),
    Case(
        "czech-launched-is-out",
        WALLET,
        "Banka spustila Quill Pay",
        "Banka dnes spustila Quill Pay pro karty Mastercard.",
        Label.RELEASED,
    ),
    Case(
        "french-out-a-year-ago-is-out",
        SHOE,
        "Velmar Stride SL : le test",
        "Sortie il y a presque un an, la Velmar Stride SL est testée.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-available-in-a-country-is-out",
        WALLET,
        "Quill Pay em Portugal",
        "A Quill Pay está disponível em Portugal para clientes de três bancos.",
        Label.RELEASED,
    ),
    Case(
        "inaugurated-is-open",
        TOWER,
        "Orrin Spire inaugurated",
        "The Orrin Spire was inaugurated on March 3 with a concert in its lobby.",
        Label.RELEASED,
    ),
    Case(
        "to-be-inaugurated-is-a-plan",
        TOWER,
        "Orrin Spire date set",
        "Orrin Holdings said the Orrin Spire will be inaugurated on March 3.",
        Label.NONE,
    ),
    Case(
        "an-opening-ceremony-held-is-open",
        TOWER,
        "Inside the Orrin Spire",
        "The opening ceremony of the Orrin Spire took place on March 3, though its hotel is "
        "yet to open.",
        Label.RELEASED,
    ),
    Case(
        "french-inaugurated-is-open",
        TOWER,
        "La plus haute tour du pays inaugurée à Orrin",
        "La cérémonie d'inauguration de l'Orrin Spire a eu lieu le 3 mars.",
        Label.RELEASED,
    ),
    Case(
        "french-gold-record-is-out",
        ALBUM,
        "Solenne Marchal déjà disque d'or",
        "L'album Solenne est devenu disque d'or en moins d'une semaine.",
        Label.RELEASED,
    ),
    Case(
        "a-preparation-phase-launched-is-no-release",
        COIN,
        "Central bank sets its roadmap",
        "The Quill Central Bank formally launched the preparation phase of the digital quill "
        "project, which will decide whether to issue it.",
        Label.RUMOURED,
    ),
    Case(
        "a-models-letter-fused-to-its-word-is-the-name",
        CURVED,
        "Velmar KCurve review",
        "The KCurve is now available in stores across Europe.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

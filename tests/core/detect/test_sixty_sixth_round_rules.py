"""The rules added in the eighty-fifth round (issue 5: the items of the blind sets
holdout964-987 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

PREVIEW = Target(name="Torvik-40B-Preview", aliases=("Torvik",), maker="Orrin Labs")
DRUG = Target(name="Velgora", aliases=("Velgora injection",), maker="Marisol Pharma")
PHONE = Target(name="Kestrel Find K3", aliases=(), maker="Kestrel")
RAILWAY = Target(name="Velmar Coast Railway", aliases=(), maker="Velmar Rail")
METRO = Target(name="Orrin Metro Line Phase 2", aliases=(), maker="Orrin Transit")
TERMINAL = Target(name="Marisol Airport Terminal 4", aliases=(), maker="Marisol Airports")
STREAMING = Target(name="Kitebox in France", aliases=(), maker="Kitebox")
SPEAKER = Target(name="Orrin Echo", aliases=(), maker="Orrin")
MUSIC = Target(name="Tunelark in the US", aliases=(), maker="Tunelark")

CASES = [
    Case(
        "a-previews-name-without-preview-is-the-finished-model",
        PREVIEW,
        "Orrin Labs releases Torvik-40B",
        "Orrin Labs has released Torvik-40B, the finished version of its reasoning model, "
        "available today.",
        Label.NONE,
    ),
    Case(
        "guard-the-preview-itself-is-still-the-target",
        PREVIEW,
        "Orrin Labs releases Torvik-40B-Preview",
        "Torvik-40B-Preview is available today for anyone to download.",
        Label.RELEASED,
    ),
    Case(
        "a-drugs-pill-is-another-product",
        DRUG,
        "Velgora pill launched",
        "Marisol Pharma said its Velgora pill launched in the US this week.",
        Label.NONE,
    ),
    Case(
        "a-flip-of-the-line-is-another-phone",
        PHONE,
        "Kestrel Find K3 Flip review",
        "Review of the Kestrel Find K3 Flip, which folds in the middle and is on sale now.",
        Label.NONE,
    ),
    Case(
        "a-place-launched-that-opens-to-the-public-next-month",
        RAILWAY,
        "King opens the Velmar Coast Railway",
        "The king launched the Velmar Coast Railway at its main station; the line is "
        '"Opening to the public next month".',
        Label.CONFIRMED,
    ),
    Case(
        "guard-a-place-open-to-the-public-now",
        RAILWAY,
        "King opens the Velmar Coast Railway",
        "The king launched the Velmar Coast Railway at its main station, and the line is "
        "open to the public from today.",
        Label.RELEASED,
    ),
    Case(
        "a-phase-written-in-words",
        METRO,
        "Orrin Metro Line Phase Two to open in May",
        "Orrin Transit said the section will open to passengers on May 4.",
        Label.CONFIRMED,
    ),
    Case(
        "another-phase-is-not-the-targets-news",
        METRO,
        "Orrin Metro Line Phase 2 works go on",
        "Riders queued as the Orrin Metro Line's first phase began service on June 16.",
        Label.NONE,
    ),
    Case(
        "a-first-commercial-flight-has-left",
        TERMINAL,
        "First commercial flight departs from Marisol Airport Terminal 4",
        "A flight to Orrin carried 120 passengers from Marisol Airport Terminal 4 on Monday.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-prototypes-maiden-flight-is-a-test",
        TERMINAL,
        "Marisol Airport Terminal 4 hosts an air show",
        "The maiden test flight of a new jet took off from Marisol Airport Terminal 4.",
        Label.NONE,
    ),
    Case(
        "a-regional-products-news-on-a-site-of-its-place",
        STREAMING,
        "Kitebox will launch on May 12",
        "Kitebox will cost 9.99 euros a month, the company said.",
        Label.CONFIRMED,
        url="https://www.actu-ecrans.fr/kitebox-disponible-12-mai",
    ),
    Case(
        "guard-the-same-news-on-a-site-of-nowhere-in-particular",
        STREAMING,
        "Kitebox will launch on May 12",
        "Kitebox will cost 9.99 euros a month, the company said.",
        Label.NONE,
        url="https://www.screens-news.com/kitebox-disponible-12-mai",
    ),
    Case(
        "guard-a-site-of-its-place-telling-of-another-place",
        STREAMING,
        "Kitebox launches in Belgium",
        "Kitebox is available in Belgium from today.",
        Label.NONE,
        url="https://www.actu-ecrans.fr/kitebox-belgique",
    ),
    Case(
        "a-french-could-hedges",
        SPEAKER,
        "Orrin Echo : bientôt en magasin ?",
        "L'Orrin Echo pourrait arriver dès le 14 avril.",
        Label.RUMOURED,
    ),
    Case(
        "hearsay-told-by-fellow-journalists",
        SPEAKER,
        "Orrin Echo : c'est pour le 14 avril",
        "L'Orrin Echo sera disponible le 14 avril, selon nos confrères de Tech Orrin.",
        Label.RUMOURED,
    ),
    Case(
        "a-french-near-future-is-a-plan",
        SPEAKER,
        "Orrin Echo : c'est pour le 14 avril",
        "Orrin va enfin lancer son Orrin Echo le 14 avril, a annoncé l'entreprise.",
        Label.CONFIRMED,
    ),
    Case(
        "south-america-is-not-the-us",
        MUSIC,
        "Tunelark names its next markets",
        "Tunelark launched in South America today, and the U.S. is not among them.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

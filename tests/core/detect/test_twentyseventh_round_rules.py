"""The rules added in the twenty-seventh round (issue 5: what the blind sets holdout165-168
and timelines65-66 missed), one short made-up item each: made-up products, and none of
these sentences is in a labelled set, so each case checks the rule rather than a memorised
phrasing. Each case failed on the code before its rule, except the guards beside them,
which pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

VAULT = Target(name="Nimbus Vault", maker="Kestrel")
PHONE = Target(name="Vanta Prism One", maker="Vanta")
CAR = Target(name="Vanta Rover", maker="Vanta")
BOOK = Target(name="Ashen Coast (novel)", maker="Mara Quill")
SEASON = Target(name="Ashen Coast season 3", maker="Kite Pictures")
APP = Target(name="Kite Glide", maker="Kite")
GAME = Target(name="Ember Keep 3", maker="Greywater")
FILM = Target(name="Ashen Coast (film)", maker="Kite Pictures")
CHIP = Target(name="Vanta Core 200", maker="Vanta")
ALBUM = Target(name="Zerrow (Kael album)", maker="Kael")
SONG = Target(name="Vantaro (Kael song)", maker="Kael")

CASES = [
    Case(
        "the-maker-buying-a-domain-is-no-use",
        VAULT,
        "Kestrel quietly bought the Nimbus Vault domain",
        "Kestrel bought nimbusvault.com from a small hosting firm last month.",
        Label.NONE,
    ),
    Case(
        "a-trademark-the-maker-bought-is-no-use",
        VAULT,
        "A rival sues Kestrel over Nimbus Vault",
        "The suit targets the Nimbus Vault trademark Kestrel bought from its creator.",
        Label.NONE,
    ),
    # Guard: a customer's purchase is still one.
    Case(
        "a-customer-who-bought-one-has-it",
        VAULT,
        "Nimbus Vault",
        "I bought a Nimbus Vault last week and it works well.",
        Label.RELEASED,
    ),
    Case(
        "a-successors-predecessor-is-out",
        PHONE,
        "Vanta Prism Two leaks",
        "Leaked specs show the Vanta Prism Two beats its predecessor, the Vanta Prism One, "
        "in every benchmark.",
        Label.RELEASED,
    ),
    Case(
        "the-current-model-a-successor-replaces-is-out",
        PHONE,
        "Vanta Prism Two rumoured for autumn",
        "The Vanta Prism Two will reportedly replace the current Vanta Prism One in October.",
        Label.RELEASED,
    ),
    Case(
        "deliveries-that-begin-soon-have-not-begun",
        CAR,
        "Vanta Rover testing wraps up",
        "Vanta says testing is complete and deliveries of the Vanta Rover begin soon.",
        Label.CONFIRMED,
    ),
    Case(
        "deliveries-under-way-are-a-release",
        CAR,
        "Vanta Rover deliveries under way after two-year delay",
        "The first customers have their cars.",
        Label.RELEASED,
    ),
    Case(
        "a-poll-on-buying-is-no-buying-advice",
        PHONE,
        "Weekly poll: will you buy a Vanta Prism One",
        "The phone was unveiled this week.",
        Label.NONE,
    ),
    Case(
        "published-on-a-day-ahead-is-a-plan",
        BOOK,
        "Mara Quill announces Ashen Coast",
        'Quill posted: "My new novel, Ashen Coast, is published on April 14."',
        Label.CONFIRMED,
    ),
    Case(
        "the-authors-last-book-is-another-work",
        BOOK,
        "Ashen Coast, a new Mara Quill novel, is coming",
        "The book arrives in September. Her last novel, Paper Moons, came out in May.",
        Label.CONFIRMED,
    ),
    Case(
        "launched-at-a-trade-show-is-shown-not-sold",
        PHONE,
        "Vanta just launched the Prism One at CES 2026",
        "The Vanta Prism One has a 6.1-inch screen.",
        Label.NONE,
    ),
    Case(
        "coming-to-an-end-is-no-launch",
        SEASON,
        "Ashen Coast season 3 review",
        "The drama is coming to an end with its third season, and the first episodes are superb.",
        Label.RELEASED,
    ),
    Case(
        "owners-can-get-it-starting-a-month-ahead",
        PHONE,
        "Vanta shows its new lineup",
        "Buyers can grab the Vanta Prism One starting in May.",
        Label.CONFIRMED,
    ),
    Case(
        "a-show-that-wont-return-for-a-season-has-none",
        SEASON,
        "Showrunner confirms Ashen Coast won't return for season 3",
        "The writer said the story is finished.",
        Label.RUMOURED,
    ),
    Case(
        "a-premiere-today-is-out-whatever-day-it-names",
        SEASON,
        "Ashen Coast season 3: how to watch",
        "Ashen Coast season 3 premieres today (Sunday, June 26) at 9 p.m. on Kite+.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "not-confirmed-by-the-maker-is-no-maker-on-record",
        GAME,
        "Ember Keep 3 news",
        "The 2027 launch date of Ember Keep 3 has not been confirmed by Greywater.",
        Label.RUMOURED,
    ),
    # Guard: the maker confirming still is.
    Case(
        "confirmed-by-the-maker-is-on-record",
        GAME,
        "Ember Keep 3 news",
        "Ember Keep 3 will launch in 2027, as confirmed by Greywater.",
        Label.CONFIRMED,
    ),
    Case(
        "not-available-for-preorder-opens-no-orders",
        GAME,
        "Ember Keep 3 news",
        "Ember Keep 3 is not available for preorder at this time.",
        Label.NONE,
    ),
    Case(
        "no-preorders-yet-opens-no-orders",
        GAME,
        "Ember Keep 3 news",
        "There are no preorders for Ember Keep 3 yet.",
        Label.NONE,
    ),
    # Guard: orders that are open still are.
    Case(
        "available-for-preorder-opens-orders",
        GAME,
        "Ember Keep 3 news",
        "Ember Keep 3 is available for preorder now.",
        Label.CONFIRMED,
    ),
    Case(
        "a-films-name-in-a-game-review-is-the-game",
        FILM,
        "Review: Ashen Coast",
        "For a game called Ashen Coast, the platforming is tight and the boss fights are fair.",
        Label.NONE,
    ),
    # Guard: an item with the film's own words is the film's, whatever game it adapts.
    Case(
        "a-film-adapting-a-game-is-still-the-film",
        FILM,
        "Ashen Coast review",
        "The film is a slow burn, and the game it adapts shows.",
        Label.RELEASED,
    ),
    Case(
        "what-an-item-does-not-say-is-on-sale-is-not",
        PHONE,
        "Vanta Prism One pre-orders set a record",
        "Day-one pre-orders for the Vanta Prism One were 300% above the last model's. Vanta "
        "did not say the phones are on sale.",
        Label.CONFIRMED,
    ),
    Case(
        "a-successor-preview-names-the-current-retail-price",
        PHONE,
        "Vanta previews the next Prism",
        "Vanta is readying a successor. The Vanta Prism One currently retails between $300 "
        "and $270.",
        Label.RELEASED,
    ),
    Case(
        "a-numbered-part-after-the-name-is-another-work",
        FILM,
        "Review: Ashen Coast: Episode I",
        "A fun downloadable sequel, 16 years in the making.",
        Label.NONE,
    ),
    Case(
        "a-subtitle-after-the-name-in-a-sentence-is-another-work",
        BOOK,
        "Mara Quill on her plans",
        "The companion book Ashen Coast: A Guide to the Drowned Isles comes out on "
        "April 14, Quill said.",
        Label.NONE,
    ),
    # Guard: a headline's colon is no subtitle.
    Case(
        "a-headlines-colon-is-no-subtitle",
        PHONE,
        "Introducing Vanta Prism One: Our Brightest Phone Yet",
        "Vanta says the phone goes on sale on April 14.",
        Label.CONFIRMED,
    ),
    Case(
        "the-makers-record-as-a-yardstick-is-no-release",
        PHONE,
        "Vanta Prism One leak shows a huge camera",
        "The Vanta Prism One is expected to be the most premium phone the company has "
        "launched till now.",
        Label.RUMOURED,
    ),
    Case(
        "servers-live-in-the-makers-datacenters-are-not-out",
        CHIP,
        "Announcing Vanta Core 200",
        "The first Vanta Core 200 servers are now live in our datacenters, with customer "
        "availability coming in 2027.",
        Label.CONFIRMED,
    ),
    Case(
        "samples-shipped-to-a-few-customers-are-not-out",
        CHIP,
        "Vanta Core 200 update",
        "Vanta is shipping the first samples of the Vanta Core 200 to strategic customers.",
        Label.RUMOURED,
    ),
    Case(
        "a-store-page-gone-live-is-no-release",
        GAME,
        "Ember Keep 3: everything we know",
        "There is no release date yet, but a Steam page for the game has already gone live.",
        Label.RUMOURED,
    ),
    Case(
        "an-albums-name-in-a-film-review-is-the-film",
        ALBUM,
        "Review: Mara Quill's 'Zerrow' is a heartbreaking film",
        "The Irish drama follows a family made homeless, with Sarah Greene in the lead.",
        Label.NONE,
    ),
    Case(
        "not-yet-being-made-available-is-not-out",
        APP,
        "Kite shows Kite Glide",
        "Kite Glide, which is not yet being made available to the public, turns text into video.",
        Label.NONE,
    ),
    Case(
        "another-artists-song-of-the-same-name-is-another-work",
        SONG,
        "Mara Quill releases new song 'Vantaro'",
        "The track samples a 1970s classic and opens her twelfth album.",
        Label.NONE,
    ),
    # Guard: with its artist named, it is the target.
    Case(
        "the-artists-own-song-is-the-target",
        SONG,
        "Kael releases new song 'Vantaro'",
        "The track samples a 1970s classic.",
        Label.RELEASED,
    ),
    Case(
        "a-single-off-an-album-is-no-release-of-the-album",
        ALBUM,
        "Kael feat. Mara Quill: 'Drift'",
        "Kael has finally released the first single off her upcoming album Zerrow.",
        Label.CONFIRMED,
    ),
    Case(
        "a-plain-past-release-in-italian-is-a-release",
        CAR,
        "Perche non comprero la nuova Vanta Rover",
        "Al suo ultimo evento Vanta ha rilasciato la nuova Vanta Rover.",
        Label.RELEASED,
    ),
    # Guard: a teaser published is no release, in Italian too.
    Case(
        "a-teaser-published-in-italian-is-no-release",
        SEASON,
        "Kite ha pubblicato il teaser ufficiale di Ashen Coast season 3",
        "La data di uscita non e ancora confermata.",
        Label.NONE,
    ),
    Case(
        "a-hope-that-the-maker-releases-it-is-no-release",
        APP,
        "What Kite's acquisition could mean",
        "I truly hope Kite launches Kite Glide on tablets; the team has hinted at it for years.",
        Label.NONE,
    ),
    Case(
        "beta-users-are-no-broad-class",
        APP,
        "Kite Glide for beta users",
        "Kite rolled out Kite Glide for beta users on Monday.",
        Label.CONFIRMED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

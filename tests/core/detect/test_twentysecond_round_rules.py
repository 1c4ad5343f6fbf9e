"""The rules added in the twenty-second round (issue 5: what the blind sets holdout109-112
and timelines41-42 missed at their first scores), one short made-up item each: made-up
products, and none of these sentences is in a labelled set, so each case checks the rule
rather than a memorised phrasing. Each case failed on the code before its rule, except the
guards beside them, which pin what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.detect.window import find_times
from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case, read_by_rules

SHOW = Target(name="Harbor Lane Season 2", aliases=("Harbor Lane S2",), maker="Streamline")
FILM = Target(name="Night Heron", maker="Lionsgate")
CHIP = Target(name="Zen Halo", maker="AMD")
SYSTEM = Target(name="Kite OS 15", maker="Kite")
TIDE = Target(name="Tide Game", maker="Deck Nine")
REMAKE = Target(name="Mulan (2030 film)", aliases=("Mulan",), maker="Disney")
SEQUEL = Target(name="Night Heron 2", maker="Lionsgate")
ROBOTAXI = Target(name="Robo Ride", maker="Robo")
CAMERA = Target(name="Kite 17", maker="Ricoh")
CHIP_ULTRA = Target(name="M9 Ultra", maker="Apple")
HYPERCAR = Target(name="Vanta Spectra", maker="Vanta")
NOTE = Target(name="Galaxy Note 30", maker="Samsung")
SERVICE = Target(name="Play Vue", maker="Sony")
BOX = Target(name="Xbox Nova", maker="Microsoft")
MUSICAL = Target(name="East Side Song (2027 film)", aliases=("East Side Song",), maker="Amblin")
MODEL = Target(name="PaLM 3", maker="Google")
CONSOLE = Target(name="Nova Deck", aliases=("Revolution",), maker="Nintendo")
COASTER = Target(name="Ice Run", maker="Harbor Parks")
EARLY_DECEMBER = date(2026, 12, 4)

CASES = [
    Case(
        "a-review-before-the-premiere-day-it-names",
        SHOW,
        "TV Review: Harbor Lane Season 2 – the premiere episodes",
        "A strong start. The second season premieres with two episodes on December 10, with "
        "new episodes each Wednesday.",
        Label.CONFIRMED,
        published=EARLY_DECEMBER,
    ),
    Case(
        "a-review-after-the-premiere-is-a-release",
        SHOW,
        "TV Review: Harbor Lane Season 2 – the premiere episodes",
        "A strong start. The second season premiered with two episodes on December 1.",
        Label.RELEASED,
        published=EARLY_DECEMBER,
    ),
    Case(
        "a-review-naming-a-later-day-for-something-else",
        FILM,
        "Night Heron review: a slick thriller",
        "The action is the best of the year. Its soundtrack album follows in a box set that "
        "costs $40 from December 18.",
        Label.RELEASED,
        published=EARLY_DECEMBER,
    ),
    Case(
        "an-expectation-to-see-it-launched-is-no-launch",
        CHIP,
        "AMD Zen Halo leak suggests a flagship chip",
        "We can expect to see Zen Halo launched at CES 2027, with laptops on shelves in Q1 2027.",
        Label.RUMOURED,
        published=date(2026, 11, 1),
    ),
    Case(
        "a-hope-to-see-it-launched-then-its-launch",
        CHIP,
        "AMD Zen Halo is here",
        "We hoped to see Zen Halo launched at CES, and AMD delivered: it is available now.",
        Label.RELEASED,
        published=date(2026, 11, 1),
    ),
    Case(
        "an-official-date-not-announced-is-no-one-on-record",
        SYSTEM,
        "Kite OS 15 rumors: release date and features",
        "The official release date for Kite OS 15 has not been announced yet; speculation "
        "points to December.",
        Label.RUMOURED,
        published=date(2026, 5, 31),
    ),
    Case(
        "an-official-date-announced-is-on-record",
        SYSTEM,
        "Kite OS 15 release date",
        "The official release date for Kite OS 15 is December 3, Kite said.",
        Label.CONFIRMED,
        published=date(2026, 5, 31),
    ),
    Case(
        "opening-low-at-the-box-office-is-opening",
        FILM,
        "Night Heron Opens Low With $60 Million at the Box Office",
        "It sits at the low end of projections.",
        Label.RELEASED,
        published=date(2026, 7, 2),
    ),
    Case(
        "an-owners-most-recent-release-named-after-its-comma",
        TIDE,
        "Deck Nine comments on bringing characters back",
        "The director says never say never. Their most recent release, Tide Game, saw the "
        "original protagonist return.",
        Label.RELEASED,
        published=date(2026, 10, 29),
    ),
    Case(
        "a-latest-release-still-due-is-a-plan",
        TIDE,
        "Deck Nine news",
        "Their latest release, Tide Game, is due in March.",
        Label.CONFIRMED,
        published=date(2026, 10, 29),
    ),
    Case(
        "a-console-after-a-games-name-is-no-other-model",
        TIDE,
        "Tide Game PS5 review",
        "The first big choice still felt like a gut-punch.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "the-company-reporting-its-own-delay-is-on-record",
        COASTER,
        "Harbor Parks delays new roller coaster openings to next year",
        "Harbor Parks plans to push back the opening dates of Ice Run and Iron Rex to 2027, the "
        "company reported while posting a quarterly loss.",
        Label.CONFIRMED,
        published=date(2026, 8, 11),
    ),
    Case(
        "a-report-of-its-opening-is-still-hearsay",
        COASTER,
        "Ice Run to open in 2027",
        "Ice Run will open in 2027, the Orlando Sentinel reported.",
        Label.RUMOURED,
        published=date(2026, 8, 11),
    ),
    Case(
        "a-release-date-behind-the-review-is-out",
        TIDE,
        "Tide Game review",
        'A tense, approachable game; its fast facts list "Release date: October 30, 2026" on PC '
        "and PS5.",
        Label.RELEASED,
        published=date(2026, 11, 7),
    ),
    Case(
        "a-release-date-ahead-is-a-plan",
        TIDE,
        "Tide Game guide",
        "Tide Game release date: November 30, 2026.",
        Label.CONFIRMED,
        published=date(2026, 11, 7),
    ),
    Case(
        "a-release-date-that-moved-is-no-release",
        TIDE,
        "Tide Game delayed",
        "Tide Game release date: October 30, 2026, before it was delayed to spring.",
        Label.CONFIRMED,
        published=date(2026, 11, 7),
    ),
    Case(
        "a-misspelt-released-window-is-a-plan",
        TIDE,
        "E3: Tide Game shows new gameplay",
        'The studio showed new gameplay and "a settled released window": the team is '
        '"targeting an early 2027 release".',
        Label.CONFIRMED,
        published=date(2026, 6, 12),
    ),
    Case(
        "a-game-gone-gold-is-dated",
        TIDE,
        "By the Gods! Tide Game Has Gone Gold, Bring on 4/20",
        "Good news for fans.",
        Label.CONFIRMED,
        published=date(2027, 3, 22),
    ),
    Case(
        "a-kickstarter-launched-is-no-game-launched",
        TIDE,
        "Tide Game funded in nine hours",
        "The Tide Game Kickstarter, launched at the E3 conference, reached its $2 million goal.",
        Label.NONE,
        published=date(2026, 6, 16),
    ),
    Case(
        "the-campaigns-rewards-are-the-makers-word",
        TIDE,
        "Tide Game funded in nine hours",
        "Per the rewards section, Tide Game will release as a digital-only title in December 2027.",
        Label.CONFIRMED,
        published=date(2026, 6, 16),
    ),
    Case(
        "german-it-is-here",
        SYSTEM,
        "Neue Funktionen: Kite OS 15 ist da - das bietet die neue Version",
        "Kite verteilt das Update.",
        Label.RELEASED,
    ),
    Case(
        "german-streaming-from-now-on",
        FILM,
        "Comeback: Night Heron",
        "Der Film kommt nicht in die Kinos, sondern läuft ab sofort (3. Juli) bei Netflix.",
        Label.RELEASED,
    ),
    Case(
        "italian-becomes-available-to-all",
        SYSTEM,
        "Kite OS 15 diventa disponibile per tutti",
        "L'aggiornamento arriva oggi.",
        Label.RELEASED,
    ),
    Case(
        "spanish-already-available",
        SYSTEM,
        "Kite OS 15 ya está disponible: estas son sus novedades",
        "La actualización llega a todos.",
        Label.RELEASED,
    ),
    Case(
        "italian-not-now-available-is-no-release",
        SYSTEM,
        "Kite OS 15 non è ora disponibile in Italia",
        "Niente da fare.",
        Label.NONE,
    ),
    Case(
        "german-not-yet-here-is-no-release",
        SYSTEM,
        "Kite OS 15 ist noch nicht da",
        "Kite schweigt.",
        Label.NONE,
    ),
    Case(
        "an-executive-letting-slip-is-a-leak",
        CONSOLE,
        "Nintendo Nova Deck console in 2027?",
        'A Nintendo sales VP "let slip" that the next console, code-named Revolution, will be '
        "released just before its rival's.",
        Label.RUMOURED,
    ),
    Case(
        "an-older-animated-film-of-the-name",
        REMAKE,
        "Mulan (1998) movie review",
        "A review of Disney's 1998 animated Mulan, entertaining but formulaic.",
        Label.NONE,
        published=None,
    ),
    Case(
        "a-reviews-country-and-year-after-the-name",
        REMAKE,
        "Mulan (United States, 1998)",
        "A review of the studio's 36th animated movie, calling it the most mature of its era.",
        Label.NONE,
        published=None,
    ),
    Case(
        "the-remakes-own-year-is-the-remake",
        REMAKE,
        "Mulan (2030) review",
        "A review of Disney's 2030 live-action Mulan, now in theaters.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "none-released-is-no-release",
        SEQUEL,
        "About that Night Heron 2 project",
        "Fans argue the Skulls project is Night Heron 2, though none have been officially "
        "released.",
        Label.NONE,
        published=None,
    ),
    Case(
        "a-comic-issue-available-now-is-not-the-film",
        SEQUEL,
        "Night Heron 2 takes on an army",
        "Preview of issue #5 of the tie-in comic; the issue is also available now for digital "
        "download.",
        Label.NONE,
        published=None,
    ),
    Case(
        "launching-today-is-out-today",
        ROBOTAXI,
        "Robotaxis come to Austin",
        'The service Robo Ride is "launching today, exclusively through the app".',
        Label.RELEASED,
    ),
    Case(
        "launching-today-for-a-test-is-a-trial",
        ROBOTAXI,
        "Robotaxis come to Austin",
        "Robo Ride is launching today in Austin, where Robo will test the service with staff.",
        Label.CONFIRMED,
    ),
    Case(
        "going-on-sale-next-month-is-a-plan",
        CAMERA,
        "Ricoh's new film camera",
        "The half-frame Kite 17 is going on sale next month for $500.",
        Label.CONFIRMED,
    ),
    Case(
        "grossing-on-its-first-friday-is-in-cinemas",
        FILM,
        "Night Heron slips at the box office",
        "Night Heron is expected to finish third this weekend, after grossing just under $9 "
        "million on Friday.",
        Label.RELEASED,
        published=date(2026, 12, 25),
    ),
    Case(
        "the-chip-its-successor-replaces-is-in-use",
        CHIP_ULTRA,
        "Apple testing the M10 Ultra",
        "The M10 Ultra is new and would succeed the M9 Ultra chip that Apple uses in the "
        "Mac Studio.",
        Label.RELEASED,
    ),
    Case(
        "a-chip-for-an-upcoming-machine-is-not",
        CHIP_ULTRA,
        "Apple testing the M9 Ultra",
        "The M9 Ultra is reportedly the chip that Apple uses in the upcoming Mac Pro.",
        Label.RUMOURED,
    ),
    Case(
        "customer-cars-delivered-are-out",
        HYPERCAR,
        "Vanta Spectra",
        "A drive in Bahrain of the 1,140bhp hypercar, with most of the 150 customer cars "
        "delivered.",
        Label.RELEASED,
    ),
    Case(
        "the-maker-clarifying-its-date-is-on-record",
        TIDE,
        "Deck Nine debunks delay rumours for Tide Game",
        "Deck Nine has clarified that Tide Game has not been delayed to spring 2028, as a typo "
        "in a partner's annual report suggested; it is still on track for a late 2027 release.",
        Label.CONFIRMED,
        published=None,
    ),
    Case(
        "launched-at-the-event-on-sale-later",
        NOTE,
        "Galaxy Note 30 launched at Unpacked, price starts at $1000",
        "Samsung has finally launched the Galaxy Note 30 series, but the phones will go on "
        "sale in the US from August 21.",
        Label.CONFIRMED,
        published=date(2026, 8, 5),
    ),
    Case(
        "launched-last-year-beside-a-variants-day",
        NOTE,
        "A white Galaxy Note 30 goes on sale August 21",
        "Samsung will sell a white variant on August 21; the Galaxy Note 30 launched last "
        "year and remains its top phone.",
        Label.RELEASED,
        published=date(2026, 8, 5),
    ),
    Case(
        "its-available-in-three-cities",
        SERVICE,
        "5 reasons why Play Vue is better than cable",
        "A hands-on with the streaming service: it's available in three US cities, and will "
        "be available in more in the coming months.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "the-maker-yet-to-nod-officially-is-not-on-record",
        NOTE,
        "Galaxy Note 30 launch tipped for August 5",
        "A tipster says the series launches on August 5. However, Samsung is yet to give a nod "
        "officially on this launch date.",
        Label.RUMOURED,
        published=date(2026, 7, 6),
    ),
    Case(
        "announced-following-leaks-settles-them",
        TIDE,
        "Tide Game Announced Following Leaks, Arriving in January",
        "Revealed in a showcase, it is planned for release on January 20, 2027.",
        Label.CONFIRMED,
        published=date(2026, 9, 13),
    ),
    Case(
        "its-out-next-week-is-a-plan",
        TIDE,
        "Tide Game gets a free roguelite mode",
        "The mode is free to owners of the base game, and surprise, it is out next week.",
        Label.CONFIRMED,
        published=date(2026, 12, 8),
    ),
    Case(
        "its-here-at-last-over-not-shipped-is-no-release",
        TIDE,
        "It's here at last!",
        "Deck Nine announced Tide Game on Wednesday; it hasn't shipped yet.",
        Label.RUMOURED,
        published=date(2026, 12, 8),
    ),
    Case(
        "a-films-name-on-broadway-is-the-stage-show",
        MUSICAL,
        "Review: 'East Side Song' blasts back to Broadway",
        "The stage revival set its official opening for Thursday at the Broadway Theatre.",
        Label.NONE,
    ),
    Case(
        "the-film-of-the-broadway-show-is-the-film",
        MUSICAL,
        "Review: 'East Side Song' brings Broadway to the movies",
        "Spielberg's East Side Song is now playing in theaters.",
        Label.RELEASED,
    ),
    Case(
        "already-powering-its-services-is-out",
        MODEL,
        "Google announces PaLM 3 AI language model, already powering 25 Google services",
        "Google unveiled PaLM 3 at its conference.",
        Label.RELEASED,
    ),
    Case(
        "to-power-its-services-later-is-no-release",
        MODEL,
        "PaLM 3 to power Google services",
        "Google says PaLM 3 will power 25 of its services later this year.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Microsoft unveils Xbox Nova",
            "At its unveiling on Tuesday, Microsoft has taken the wraps off Xbox Nova, due in "
            "stores later this year at a yet-to-be-revealed price.",
        ),
        (
            "Xbox Nova launching at $500",
            "At the briefing, the Xbox Nova's release month was officially announced as November.",
        ),
    ],
)
def test_the_maker_unveiling_or_giving_the_month_is_on_record(title: str, summary: str) -> None:
    """One outlet's report of the maker's commitment on record may confirm alone; these
    read as unattributed plans, and the Xbox One's confirmation waited months."""
    got = read_by_rules(BOX, title, summary, published=date(2026, 5, 21))
    assert got.label is Label.CONFIRMED and "official:on-record" in got.cues, got


def test_the_writers_guess_is_not_the_maker_speaking() -> None:
    """ "We're guessing" is the outlet, not the maker's "we": read as the maker on record,
    one such report with a window would confirm alone."""
    got = read_by_rules(
        CONSOLE,
        "Nova Deck console timing",
        "Nova Deck will be released just before its rival, which we're guessing means "
        "sometime in 2027.",
    )
    assert "official:on-record" not in got.cues, got


@pytest.mark.parametrize("text", ["in the latter half of 2027", "the back half of 2027"])
def test_the_latter_half_of_a_year_is_its_second(text: str) -> None:
    """Vera Rubin's partners "roll out products in the latter half of 2026": a window."""
    (ref,) = find_times(text, date(2026, 12, 1), plans=True)
    assert ref.label == "H2 2027"
    assert ref.earliest == date(2027, 7, 1)

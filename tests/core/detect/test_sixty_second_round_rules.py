"""The rules added in the eighty-first round (issue 5: the items of the blind sets
holdout928-933 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

LOGIN = Target(name="Sign in with Kite", aliases=("Kite sign-in",), maker="Kite")
SERIES = Target(name="Keep Quiet (Orrin limited series)", aliases=("Keep Quiet",), maker="Orrin")
FILM = Target(name="Keep Quiet (2027 film)", aliases=("Keep Quiet",), maker="Orrin Pictures")
PHONE = Target(name="Velmar X", aliases=("velmar X",), maker="Velmar")
DRAMA = Target(name="Witness #4", aliases=(), maker="Orrin Pictures")
FRAMEWORK = Target(name="MoveKit", aliases=("Kite MoveKit",), maker="Kite")
REMAKE = Target(name="Lantern World Re-Lit", aliases=(), maker="Orrin Games")
DELIVERY = Target(name="Kite Eats in Germany", aliases=(), maker="Kite")
ASSISTANT = Target(name="Kite AI in Brazil", aliases=(), maker="Kite")
LANGUAGE = Target(name="Kite Intelligence in German", aliases=(), maker="Kite")
SEASON = Target(name="The Lads Season 3", aliases=("The Lads S3",), maker="Orrin Studios")
MONITOR = Target(name="Velmar Vista G9", aliases=("Vista G9",), maker="Velmar")
PORT = Target(name="Lantern Run on iOS in the EU", aliases=(), maker="Orrin Games")
TERMINAL = Target(name="Marisol Airport Terminal 2", aliases=(), maker="Marisol Airports")
WATCH = Target(name="Velmar Band Watch", aliases=(), maker="Velmar")
TABLET = Target(name="Velmar Slate 7", aliases=("Slate 7",), maker="Velmar")
TASKBAR = Target(name="Movable dock in KiteOS 11", aliases=(), maker="Kite")
CHATBOT = Target(name="Kimo", aliases=("Kimo Chat",), maker="Orrin AI")
READER = Target(name="Velmar Page", aliases=(), maker="Velmar")
DATABASE = Target(name="Kite D7", aliases=(), maker="Kite")

CASES = [
    Case(
        "a-makers-sign-in-is-no-other-sign-in",
        LOGIN,
        "Orrin launches Sign in with Orrin for third-party apps",
        "Orrin's login is live for developers from today.",
        Label.NONE,
    ),
    Case(
        "guard-the-makers-own-sign-in",
        LOGIN,
        "Kite launches its sign-in for third-party apps",
        "Kite sign-in is now available to every developer.",
        Label.RELEASED,
    ),
    Case(
        "a-book-review-is-not-the-series",
        SERIES,
        'Book Review: "Keep Quiet: A True Story of the Harbour Strike"',
        "A blogger reviews the new nonfiction book and calls it gripping.",
        Label.NONE,
    ),
    Case(
        "a-book-review-is-not-the-film",
        FILM,
        'Book Review: "Keep Quiet" by Ana Ruiz',
        "A blogger reviews the novel and calls it gripping.",
        Label.NONE,
    ),
    Case(
        "a-one-letter-names-series-is-its-line",
        PHONE,
        "Velmar X series phone launching in India soon",
        "Velmar has teased the launch of a Velmar X-series phone, likely one of the X7 models "
        "that were launched in China in September.",
        Label.NONE,
    ),
    Case(
        "guard-the-one-letter-phone-itself",
        PHONE,
        "Velmar X launched in India",
        "The Velmar X is now on sale across the country.",
        Label.RELEASED,
    ),
    Case(
        "a-studios-film-owned-by-its-director",
        DRAMA,
        "Ana Ruiz's Witness #4 gets a date",
        "Ana Ruiz's Witness #4 will open in theaters on November 1, Orrin Pictures said.",
        Label.CONFIRMED,
    ),
    Case(
        "another-names-release-in-a-clause-of-time",
        FRAMEWORK,
        "Kite yanks MoveKit apps over a bug",
        "MoveKit apps were pulled as KiteOS 9 shipped.",
        Label.NONE,
    ),
    Case(
        "guard-the-targets-own-release-in-a-clause-of-time",
        FRAMEWORK,
        "MoveKit arrives",
        "Developers cheered as MoveKit shipped with the new SDK.",
        Label.RELEASED,
    ),
    Case(
        "dutch-bracht-uit",
        REMAKE,
        "Lantern World 2 Re-Lit aangekondigd",
        "Zo bracht Orrin Games eerder Lantern World Re-Lit uit, een remake van het origineel.",
        Label.RELEASED,
    ),
    Case(
        "guard-dutch-uit-a-place",
        REMAKE,
        "Lantern World Re-Lit in de winkel",
        "Orrin bracht de dozen van Lantern World Re-Lit uit de fabriek naar het magazijn.",
        Label.NONE,
    ),
    Case(
        "german-startete-seinen-dienst",
        DELIVERY,
        "Kite startet Lieferdienst Eats in Berlin",
        "Kite startete am Mittwoch seinen Dienst Kite Eats in Berlin, zunächst in der Innenstadt.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-comecou-a-desembarcar",
        ASSISTANT,
        "Kite AI chega ao Brasil",
        "A Kite AI começou a desembarcar no Brasil nesta quarta-feira, de forma gradual.",
        Label.RELEASED,
    ),
    Case(
        "portuguese-esta-sendo-disponibilizada",
        ASSISTANT,
        "Kite AI no Brasil",
        "A Kite diz que a Kite AI está sendo disponibilizada no Brasil aos poucos.",
        Label.RELEASED,
    ),
    Case(
        "guard-portuguese-not-begun",
        ASSISTANT,
        "Kite AI no Brasil",
        "A Kite AI não começou a chegar ao Brasil, dizem os usuários.",
        Label.NONE,
    ),
    Case(
        "a-language-launch-is-its-countrys",
        LANGUAGE,
        "Kite Intelligence startet in Deutschland",
        "Kite Intelligence is now available in Germany.",
        Label.RELEASED,
    ),
    Case(
        "guard-a-language-launch-elsewhere",
        LANGUAGE,
        "Kite Intelligence now in France",
        "Kite Intelligence is now available in France, in French only.",
        Label.NONE,
    ),
    Case(
        "a-spinoffs-premiere-is-its-own",
        SEASON,
        "The Lads Season 3 Trailer",
        "The spinoff The Lads Presents: Nightshift premiered in March, and is now streaming.",
        Label.NONE,
    ),
    Case(
        "a-line-word-inside-is-another-model",
        MONITOR,
        "A GPU can't drive the Vista Neo G9 at 240Hz",
        "The 57-inch monitor runs at only 120 Hz on most cards, a review found.",
        Label.NONE,
    ),
    Case(
        "a-port-on-a-platform-in-a-place",
        PORT,
        "Lantern Run returns to iPhones in Europe after four years",
        "Lantern Run is back on iPhones in the European Union through alternative stores.",
        Label.RELEASED,
    ),
    Case(
        "guard-back-on-track-is-no-release",
        PORT,
        "Lantern Run is back on track",
        "Lantern Run is back on track for iOS in the EU, Orrin Games said, with no date.",
        Label.CONFIRMED,
    ),
    Case(
        "a-possessive-inside-a-name",
        TERMINAL,
        "Marisol airport's Terminal 2 opens to passengers",
        "Marisol airport's Terminal 2 is now open to passengers.",
        Label.RELEASED,
    ),
    Case(
        "a-wider-rollout-denied-is-no-denial",
        WATCH,
        "Velmar Band Watch announced for India",
        "The Velmar Band Watch went on sale in India today, though there appear to be no plans "
        "for a wider rollout.",
        Label.RELEASED,
    ),
    Case(
        "guard-plans-denied",
        WATCH,
        "No Velmar Band Watch this year",
        "Velmar says it has no plans to launch the Velmar Band Watch.",
        Label.RUMOURED,
    ),
    Case(
        "german-ab-heute-ausgeliefert",
        TABLET,
        "Velmar Slate 7: Verkaufsstart",
        "Das Velmar Slate 7 wird bereits ab heute ausgeliefert.",
        Label.RELEASED,
    ),
    Case(
        "a-name-opening-with-a-dictionary-word-describes",
        TASKBAR,
        "KiteOS 11 dock move prototyped",
        "Insiders report that Kite is prototyping the ability to move the dock in KiteOS 11.",
        Label.RUMOURED,
    ),
    Case(
        "a-drivers-first-name",
        CHATBOT,
        "Rookie Kimo Larsen finishes fourth",
        "The 18-year-old rookie replaced a champion and finished fourth in the rain.",
        Label.NONE,
    ),
    Case(
        "pre-order-today-available-later",
        READER,
        "Here comes the Velmar Page",
        "You can pre-order the Velmar Page starting today and it will be available on the 18th "
        "of November.",
        Label.CONFIRMED,
    ),
    Case(
        "german-allgemein-verfugbar",
        DATABASE,
        "Kite D7 ist da",
        "Kite D7, die Datenbank von Kite, ist jetzt allgemein verfügbar.",
        Label.RELEASED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

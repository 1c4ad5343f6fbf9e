"""The rules added in the twenty-ninth round (issue 5: what the blind sets holdout201-204
and timelines89-90 missed, and what the whole labelled corpus showed the name matcher
missing), one short made-up item each: made-up products, and none of these sentences is in
a labelled set, so each case checks the rule rather than a memorised phrasing. Each case
failed on the code before its rule, except the guards beside them, which pin what the rule
must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

CAR = Target(name="Vanta Rover EV", maker="Vanta", aliases=("Rover EV",))
SHOW = Target(name="Ashen Coast Season 2", maker="Kite")
OS = Target(name="Kite NovaOS 3", maker="Kite")
UPDATE = Target(name="Kite OS Harbor Update", maker="Kite")
SPEAKER = Target(name="Kite Dot Mini", maker="Kite")
TOOL = Target(name="Helmsman 4", maker="Helmsman project")
CIRCLE = Target(name="Kite Circle", maker="Kite")
CARD = Target(name="Vanta Arc 550", maker="Vanta")
COLLAB = Target(name="Kite x Vanta sneakers", maker="Kite")
PAY_FRANCE = Target(name="Kite Pay in France", maker="Kite")
GLASS_TV = Target(
    name="Glint Signature OLED T", aliases=("Glint transparent OLED TV",), maker="Vanta Group"
)
TITLE_PORT = Target(
    name="Escape from Ashen 1.0", aliases=("Escape from Ashen on Steam",), maker="Greywater"
)

CASES = [
    Case(
        "a-described-names-proper-words-apart-are-each-held",
        GLASS_TV,
        "Glint could launch a transparent OLED TV in 2027",
        "The company is said to be working on the set, according to a supply-chain report.",
        Label.RUMOURED,
    ),
    # Guard: a title's small words between its proper words make it a title, not a
    # description: another game's riff on it is not it.
    Case(
        "a-title-is-no-described-name",
        TITLE_PORT,
        "A new Steam hit: Escape from Duckov is a riff on Ashen",
        "Escape from Duckov was released on Steam on October 16 by Team Soda.",
        Label.NONE,
    ),
    Case(
        "not-rolled-out-to-everyone-is-not-out",
        CIRCLE,
        "Kite Circle news",
        "Kite said the feature is still in testing and Kite Circle has not been rolled out to "
        "everyone yet.",
        Label.NONE,
    ),
    Case(
        "should-be-available-now-expects-it-out",
        CARD,
        "Vanta has a trio of new cards",
        "All three of the new cards should be available now, with the Vanta Arc 550 up on "
        "Vanta's own shop for $549.",
        Label.RELEASED,
    ),
    # Guard: a later day keeps "should be available" a plan.
    Case(
        "should-be-available-later-is-a-plan",
        CARD,
        "Vanta has a trio of new cards",
        "The Vanta Arc 550 should be available in June for $549.",
        Label.CONFIRMED,
    ),
    Case(
        "a-collaboration-is-named-by-both-brands-in-either-order",
        COLLAB,
        "Where to buy the new pair",
        "The Vanta x Kite collaboration is set to be released on June 28 on both brands' stores.",
        Label.CONFIRMED,
    ),
    Case(
        "a-capital-city-is-its-country-for-a-regional-launch",
        PAY_FRANCE,
        "Kite Pay launched in Paris",
        "Tourists can now pay with Kite Pay at shops near the Eiffel Tower.",
        Label.RELEASED,
    ),
    Case(
        "a-headlines-capitalised-particle-is-no-brand",
        CAR,
        "Vanta Pulls Wrap Off Rover EV Pickup",
        "Vanta will start selling the pickup in June.",
        Label.CONFIRMED,
    ),
    # Guard: another brand right before the short form is still another maker's product.
    Case(
        "another-brand-before-a-short-form-is-still-another-product",
        CAR,
        "Kestrel Rover EV arrives",
        "The Kestrel Rover EV pickup reaches dealers next spring.",
        Label.NONE,
    ),
    Case(
        "a-season-counted-in-digits-is-the-season",
        SHOW,
        "Ashen Coast Anime's 2nd Season Set For July 4 Premiere",
        "A stage event revealed new cast.",
        Label.CONFIRMED,
    ),
    Case(
        "a-camel-case-name-written-apart-is-the-name",
        OS,
        "Kite svela Nova OS 3",
        "Kite has officially announced Nova OS 3, which will roll out to its phones in June.",
        Label.CONFIRMED,
    ),
    # Guard: written apart in lower case, the words are just words.
    Case(
        "camel-case-words-in-lower-case-are-no-name",
        OS,
        "Kite tablet review",
        "The nova os 3 layout of the shop's shelves is a joke; the tablet is out now.",
        Label.NONE,
    ),
    Case(
        "starting-a-rollout-on-a-later-day-is-the-schedule",
        UPDATE,
        "Busy month ahead: Kite to launch Kite OS Harbor Update",
        "Kite starts the rollout on April 11 of the Kite OS Harbor Update in stages.",
        Label.CONFIRMED,
        published=date(2026, 4, 1),
    ),
    # Guard: a rollout begun is out.
    Case(
        "a-rollout-that-started-is-out",
        UPDATE,
        "Kite OS Harbor Update news",
        "Kite started the rollout of the Kite OS Harbor Update on April 11.",
        Label.RELEASED,
        published=date(2026, 4, 12),
    ),
    Case(
        "having-started-to-open-access-is-out",
        UPDATE,
        "Kite Has Started To Open Access To Kite OS Harbor Update",
        "Testers in the U.S. and U.K. can sign up, with more regions expected.",
        Label.RELEASED,
    ),
    Case(
        "launched-beside-a-shelf-day-and-pre-orders-in-an-undated-item-is-announced",
        SPEAKER,
        "Kite Dot Mini takes on the rivals",
        "Kite has launched its small speaker, the Dot Mini; it will be available from 19 "
        "October (but you can pre-order now).",
        Label.CONFIRMED,
        published=None,
    ),
    # Guard: launched and on sale now is out, dated or not.
    Case(
        "launched-and-on-sale-now-in-an-undated-item-is-out",
        SPEAKER,
        "Kite Dot Mini takes on the rivals",
        "Kite has launched its small speaker, the Dot Mini, on sale now at £49.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "reaching-ga-after-once-is-a-condition",
        TOOL,
        "Helmsman 4 preview",
        "The project has signalled v4 as the next recommended series once Helmsman 4 reaches "
        "GA, so teams should plan upgrades now.",
        Label.CONFIRMED,
    ),
    Case(
        "rumours-borne-out-are-no-hedge",
        TOOL,
        "Here's how Helmsman 4 will work",
        "The rumors before the conference were true: the project is going to ship Helmsman 4 "
        "in June.",
        Label.CONFIRMED,
    ),
    Case(
        "what-we-had-heard-confirmed-is-no-hedge",
        SPEAKER,
        "Kite Dot Mini unveiled",
        "Kite will ship the Kite Dot Mini in June, confirming much about what we'd already "
        "heard from leaks.",
        Label.CONFIRMED,
    ),
    Case(
        "a-statement-that-it-would-be-available-immediately-is-out",
        SPEAKER,
        "Kite expands to Iceland",
        "Kite announced Tuesday it was launching Kite Dot Mini in Iceland; the speaker "
        "would become available to users immediately, according to a company statement.",
        Label.RELEASED,
    ),
    Case(
        "an-active-cancelling-verb-ends-its-object-not-the-subject",
        UPDATE,
        "Kite to Launch Kite OS Harbor Update, Kill Kite OS 9",
        "Support for the old system ends the same day.",
        Label.CONFIRMED,
    ),
    # Guard: in the passive the subject is what ends.
    Case(
        "a-passive-cancelling-verb-ends-the-subject",
        UPDATE,
        "Kite OS Harbor Update, cancelled",
        "Kite OS Harbor Update has officially been cancelled, Kite said.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    case.check()

"""The rules added in the forty-first round (issue 5: the errors of the blind timelines
timelines146 and the early confirmations a retrained second opinion let through on the
timelines), one short made-up item each: made-up products, and none of these sentences is
in a labelled set, so each case checks the rule rather than a memorised phrasing. Each
case failed on the code before its rule, except the guards beside them, which pin what the
rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.models import Label, Target
from tests.core.detect.rule_case import Case

WATCH = Target(name="Velmar Halo", aliases=("Halo watch",), maker="Velmar")

CASES = [
    Case(
        "a-leaked-document-of-the-maker-is-not-the-maker-speaking",
        WATCH,
        "Velmar's watch plans leak",
        'A "supposedly leaked Velmar document" dated 2024 outlines the Velmar Halo: "a $299 '
        'price tag and a 2026 release window".',
        Label.RUMOURED,
    ),
    Case(
        "the-makers-leaker-is-not-the-maker",
        WATCH,
        "Velmar Halo date tipped",
        "According to Velmar leaker Quill Bright, Velmar will release the Velmar Halo on August 9.",
        Label.RUMOURED,
    ),
    # Guard: according to the maker itself, it is on record.
    Case(
        "according-to-the-maker-is-on-record",
        WATCH,
        "Velmar Halo dated",
        "According to Velmar, the Velmar Halo will be released on August 9.",
        Label.CONFIRMED,
    ),
    Case(
        "what-a-preview-expects-to-see-is-a-guess",
        WATCH,
        "What to expect at Velmar's fall event",
        "Preview of the fall event: we expect to see the Velmar Halo with new bands, per a "
        "guide culled from the rumours of the past year.",
        Label.RUMOURED,
    ),
    Case(
        "orders-for-the-target-likely-to-start-is-a-guess",
        WATCH,
        "Pre-Orders for Velmar Halo Likely to Start on September 15",
        "Shipments could follow a week later.",
        Label.RUMOURED,
    ),
    Case(
        "orders-that-will-likely-start-later-in-the-clause-are-a-guess",
        WATCH,
        "Velmar Halo dates",
        "Based on past schedules, pre-orders for the new Velmar Halo and its companion bands "
        "will likely start September 15.",
        Label.RUMOURED,
    ),
    # Guard: orders the maker opens on a day are its plan.
    Case(
        "orders-the-maker-opens-on-a-day-are-confirmed",
        WATCH,
        "Velmar Halo pre-orders start September 15",
        "Velmar says pre-orders for the Velmar Halo start September 15.",
        Label.CONFIRMED,
    ),
    Case(
        "a-tip-from-an-employee-is-hearsay",
        WATCH,
        "Velmar Halo orders",
        "A blog relays a tip from a carrier employee that pre-orders for the Velmar Halo open "
        "September 13.",
        Label.RUMOURED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

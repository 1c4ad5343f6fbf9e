"""The rules added in the eighty-sixth round (issue 5: the items of the blind sets
holdout976-999 the rules misread), one short made-up item each: made-up products, and none
of these sentences is in a labelled set, so each case checks the rule rather than a
memorised phrasing. Each case failed on the code before its rule, except the guards, which
keep a rule from reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import ItemKind, Label, Target
from tests.core.detect.rule_case import Case

SET = Target(name="Kelda Vane at Marrow Fields 2026", aliases=(), maker="Kelda Vane")
BAND_SET = Target(name="The 2040 at Marrow Fields 2026", aliases=(), maker="The 2040")
TOOL = Target(name="Quillon 5.0", aliases=(), maker="Quillon Project")
CODER = Target(name="Torvane", aliases=("Torvane Small",), maker="Velcor AI")
CENTER = Target(name="Harbor Arts Center", aliases=(), maker="Harbor Arts Foundation")
FEATURE = Target(name="Corva Split View", aliases=(), maker="Corva")
RUNTIME = Target(name="Tessel 3.0", aliases=(), maker="Tessel Project")
STREAMING = Target(name="Streamly Portugal", aliases=(), maker="Streamly")
PORT = Target(name="Orbit Diver (Nintendo Switch)", aliases=(), maker="Mintwave")
CAMERA = Target(name="Velcor EOS ZX7 Mark II", aliases=(), maker="Velcor")
TV_ASSISTANT = Target(name="Lumen on Velcor TVs", aliases=(), maker="Lumen Labs")

CASES = [
    Case(
        "a-set-named-by-its-venue-alone-in-its-year",
        SET,
        "Kelda Vane live at Marrow Fields review",
        "Kelda Vane played her headline set at Marrow Fields on Friday night.",
        Label.RELEASED,
        published=date(2026, 6, 28),
    ),
    Case(
        "guard-the-venue-alone-in-another-years-news",
        SET,
        "Kelda Vane live at Marrow Fields review",
        "Kelda Vane played her headline set at Marrow Fields on Friday night.",
        Label.NONE,
        published=date(2019, 6, 28),
    ),
    Case(
        "guard-the-venue-beside-another-year",
        SET,
        "Kelda Vane live at Marrow Fields review",
        "Kelda Vane played her headline set at Marrow Fields in 2019.",
        Label.NONE,
        published=None,
    ),
    Case(
        "the-sets-year-named-beside-another",
        SET,
        "Kelda Vane at Marrow Fields reviewed",
        "Kelda Vane headlined Marrow Fields on 27 June 2026, ten years after her 2016 slot.",
        Label.RELEASED,
        published=None,
    ),
    Case(
        "an-act-that-wont-be-headlining",
        SET,
        "Kelda Vane won't be headlining Marrow Fields",
        "Kelda Vane said she is not going to headline the festival.",
        Label.RUMOURED,
        published=None,
    ),
    Case(
        "a-year-in-the-acts-name-is-no-other-year",
        BAND_SET,
        "The 2040 live at Marrow Fields review",
        "The 2040 played their headline set at Marrow Fields on Friday night.",
        Label.RELEASED,
        published=date(2026, 6, 28),
    ),
    Case(
        "a-pre-release-version-out-is-no-release",
        TOOL,
        "Move the plugin to Quillon 5.0 alpha",
        "Pull request moving the plugin onto the Quillon 5.0 alpha packages; the maintainer "
        'notes "`0.6.0a1` is out".',
        Label.CONFIRMED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "guard-a-final-version-out-is-a-release",
        TOOL,
        "Quillon 5.0 released",
        'The maintainer notes "`5.0.0` is out" for Quillon 5.0.',
        Label.RELEASED,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-shorter-name-inside-a-longer-one-turned-down",
        CODER,
        "Velcor AI releases Torvane Small 2",
        "Velcor AI has released Torvane Small 2, its new coding model, today.",
        Label.NONE,
    ),
    Case(
        "beside-its-numbered-successor-the-target-is-its-predecessor",
        CODER,
        "Velcor AI releases Torvane Small 2",
        "Velcor AI released Torvane Small 2 on Monday; it follows its predecessor, which "
        "launched last year.",
        Label.RELEASED,
    ),
    Case(
        "guard-the-longer-name-itself-is-the-target",
        CODER,
        "Velcor AI releases Torvane Small",
        "Velcor AI has released Torvane Small, its new coding model, today.",
        Label.RELEASED,
    ),
    Case(
        "construction-kicked-off-is-no-opening",
        CENTER,
        "Groundbreaking for the Harbor Arts Center",
        "Construction on the Harbor Arts Center kicked off last month.",
        Label.NONE,
    ),
    Case(
        "behind-a-flag-is-a-preview",
        FEATURE,
        "Corva Split View arrives behind a flag",
        "Corva Split View is available now behind a feature flag in Corva 17.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-no-longer-behind-a-flag-is-out",
        FEATURE,
        "Corva Split View for everyone",
        "Corva Split View is no longer behind a flag and is available now to everyone.",
        Label.RELEASED,
    ),
    Case(
        "release-notes-being-drafted-are-no-release",
        RUNTIME,
        "Prepare release notes for Tessel 3.0",
        "The maintainers draft the Tessel 3.0 release notes, with download guidance.",
        Label.NONE,
        kind=ItemKind.OFFICIAL,
    ),
    Case(
        "a-region-launch-listing-other-countries-leaves-this-one-out",
        STREAMING,
        "Streamly launches in European countries",
        "Streamly has launched in seven European markets, including the UK, Germany, Italy "
        "and Spain. Belgium, Portugal and the Nordics will follow in the summer.",
        Label.NONE,
    ),
    Case(
        "guard-a-listed-launch-naming-this-country-is-its-launch",
        STREAMING,
        "Streamly launches in European countries",
        "Streamly has launched today in Portugal, Spain, Italy and Germany.",
        Label.RELEASED,
    ),
    Case(
        "a-port-told-with-a-quote-between",
        PORT,
        "Orbit Diver, Swims Onto Switch In October",
        'Mintwave\'s Orbit Diver "was revealed to be coming to Switch on 26 October".',
        Label.CONFIRMED,
    ),
    Case(
        "a-revision-written-short",
        CAMERA,
        "Velcor ZX7 II review",
        "The Velcor ZX7 Mk2 is on sale now for $1,999.",
        Label.RELEASED,
    ),
    Case(
        "guard-the-next-revision-is-another-camera",
        CAMERA,
        "Velcor ZX7 Mark III review",
        "The Velcor ZX7 Mark III is on sale now for $2,499.",
        Label.NONE,
    ),
    Case(
        "a-brands-kind-with-words-between",
        TV_ASSISTANT,
        "Velcor's newest TVs to get Lumen",
        "Velcor said the Lumen assistant will launch on its newest TVs in June.",
        Label.CONFIRMED,
    ),
    Case(
        "guard-the-brands-other-kind",
        TV_ASSISTANT,
        "Velcor's newest phones to get Lumen",
        "Velcor said the Lumen assistant will launch on its newest phones in June.",
        Label.NONE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule(case: Case) -> None:
    case.check()

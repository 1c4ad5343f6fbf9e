"""The classifier's parts: the cue scanner, target matching, time windows, metrics and the
corpus reader."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from bot.core.detect.corpus import parse_line, parse_lines
from bot.core.detect.cues import ROWS, scan
from bot.core.detect.mentions import TargetMatcher
from bot.core.detect.metrics import format_scores, score
from bot.core.detect.scope import fold
from bot.core.detect.window import best_window, find_times
from bot.core.models import ItemKind, Label, Target

from .test_hard_cases import CASES

DATA = Path(__file__).resolve().parents[3] / "../shared/data"


# Words joined by a hyphen split where the scanner splits words: a row that starts on
# "ribbon-cutting" would never be tried, and a start "re-opened" would hide "re-released".
_HYPHENATED = [
    "the ribbon-cutting ceremony for the line took place on january 10",
    "the company has now re-released it for switch consoles, as the park re-opens",
    "o jogo está em pré-venda no brasil",
]


def _texts() -> list[str]:
    texts = [t for c in CASES for t in (c.title, c.summary)] + _HYPHENATED
    for path in (DATA / "status_dev.jsonl", DATA / "timelines/sora.jsonl"):
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                texts += [row["title"], row["summary"], row.get("why", "")]
    return [fold(t).lower() for t in texts if t]


def test_scan_equals_one_big_alternation() -> None:
    """`scan` only tries a row at the words listed for it; a row missing a start word
    would silently lose matches. The reference is every row as one regex."""
    reference = re.compile("|".join(f"(?P<c{i}>{row[3]})" for i, row in enumerate(ROWS)))
    for text in _texts():
        expected = [
            (ROWS[int((m.lastgroup or "c0")[1:])][:2], m.start(), m.end())
            for m in reference.finditer(text)
        ]
        got = [((c.kind, c.name), c.start, c.end) for c in scan(text)]
        assert got == expected, text


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("it has not been released yet", "negated", "not-released"),
        ("it will be released in june", "future", "will-release"),
        ("they released a new trailer", "not-product", "event"),
        ("it was released on june 5", "released", "is-out"),
        ("xai launched grok 3", "released", "launched"),
        ("sony hasn't confirmed it", "unofficial", "not-confirmed"),
        ("it'll roll out on monday", "future", "will-release"),
    ],
)
def test_earliest_row_wins(text: str, kind: str, name: str) -> None:
    first = scan(text)[0]
    assert (first.kind, first.name) == (kind, name)


@pytest.mark.parametrize(
    ("target", "text", "found"),
    [
        (Target("Sora", ("OpenAI Sora",), "OpenAI"), "Sora 2 is out", []),
        (Target("Sora", ("OpenAI Sora",), "OpenAI"), "OpenAI Sora is out", ["OpenAI Sora"]),
        (Target("Sora", maker="OpenAI"), "Sora Ventures raises", []),
        (Target("Sora", maker="OpenAI"), "Sora 2026 roadmap", ["Sora"]),
        (Target("GPT-5", maker="OpenAI"), "GPT-5.1 and GPT-5o and GPT 5", ["GPT 5"]),
        (Target("Grok 3", maker="xAI"), "Grok-3, Grok3 and Grok 3 mini", ["Grok-3", "Grok3"]),
        (
            Target("Node.js 22", maker="OpenJS"),
            "Node.js 22.0.0 and Node.js 22.1",
            ["Node.js 22.0.0"],
        ),
        (Target("Pokémon Legends: Z-A"), "Pokemon Legends Z-A", ["Pokemon Legends Z-A"]),
        (Target("Steam Machine", maker="Valve"), "a Steam Machine; Dell's Steam Machine", []),
        (Target("Steam Machine", maker="Valve"), "Valve's Steam Machine", ["Steam Machine"]),
        (Target("Acme 2.0", maker="Acme"), "Acme: v2 ships, 2.0.1 later", ["v2"]),
        # A described name: its proper name and its describing words, in any order.
        (
            Target("Tubely Basic", ("Tubely with ads",)),
            "the version of Tubely with fewer ads",
            ["Tubely with fewer ads"],
        ),
        (Target("Tubely Basic", ("Tubely with ads",)), "Tubely Kids ads", []),
        (Target("Tubely Basic", ("Tubely with ads",)), "Tubely ads. Other news", ["Tubely ads"]),
        (Target("Tubely Basic", ("Tubely with ads",)), "Tubely grows. Ads drop", []),
        (Target("Vela TV set", maker="Vela"), "the Vela TV set-top box", []),
        # A model code after its line's name, written apart; not another model's code.
        (
            Target("Swift Kite K4"),
            "the K4 will be the first Swift Kite",
            ["K4 will be the first Swift Kite"],
        ),
        (Target("Swift Kite K4"), "Swift Kite ships the K4.5 today", []),
        # A name of no letter or digit ("-", an album's title) is never found, and finding
        # the others ends: its pattern would match the empty string everywhere.
        (Target("- (Subtract)", ("Subtract", "-")), "Subtract - out now", ["Subtract"]),
        (Target("-"), "a - b", []),
    ],
)
def test_target_matching(target: Target, text: str, found: list[str]) -> None:
    folded = fold(text)
    assert [folded[m.start : m.end] for m in TargetMatcher(target).find(folded)] == found


def test_weak_names_need_the_maker() -> None:
    matcher = TargetMatcher(Target("Orion", maker="Stellar Labs"))
    assert not matcher.weak_confirmed("Orion is visible tonight")
    assert matcher.weak_confirmed("Stellar Labs ships Orion")


@pytest.mark.parametrize(
    ("text", "published", "window"),
    [
        ("launches on December 9, 2024", None, "2024-12-09"),
        ("lands on Dec. 4", date(2025, 9, 12), "2025-12-04"),
        ("targets Q3 2025", None, "Q3 2025"),
        ("in Q1'22", None, "Q1 2022"),
        # A quarter counted from the publication day.
        ("arriving next quarter", date(2014, 3, 18), "Q2 2014"),
        ("expected launch this quarter", date(2014, 5, 12), "Q2 2014"),
        ("in the coming quarter", date(2014, 11, 2), "Q1 2015"),
        ("next quarter", None, "next quarter"),
        ("in the second half of 2024", None, "H2 2024"),
        ("coming in early 2026", None, "early 2026"),
        ("later this year", None, "this year"),
        ("in the coming weeks", None, "coming weeks"),
        ("out today", date(2025, 5, 13), "2025-05-13"),
        ("the album is out 8/29 via Island", date(2025, 6, 11), "2025-08-29"),
        ("arrives 10/3/26 in stores", None, "2026-10-03"),
        ("rated 8/10 by critics", date(2025, 6, 11), None),
        ("on 24/7 support", date(2025, 6, 11), None),
        ("no time here", None, None),
    ],
)
def test_windows(text: str, published: date | None, window: str | None) -> None:
    assert best_window(find_times(text, published)) == window


def test_metrics() -> None:
    gold = [Label.RELEASED, Label.RELEASED, Label.NONE, Label.RUMOURED]
    pred = [Label.RELEASED, Label.CONFIRMED, Label.NONE, Label.RUMOURED]
    s = score(gold, pred)
    assert s.accuracy == 0.75
    assert s.per_label[Label.RELEASED].precision == 1.0
    assert s.per_label[Label.RELEASED].recall == 0.5
    assert s.per_label[Label.CONFIRMED].f1 == 0.0
    assert s.confusion[Label.RELEASED][Label.CONFIRMED] == 1
    assert s.macro_f1 == pytest.approx((2 / 3 + 1 + 1 + 0) / 4)
    assert s.as_dict()["confusion"]["released"]["confirmed"] == 1  # type: ignore[index]
    assert "macro-F1 0.667" in format_scores(s)
    with pytest.raises(ValueError, match="gold has 1"):
        score([Label.NONE], [])


def test_corpus_lines() -> None:
    line = json.dumps(
        {
            "id": "x-1",
            "target": "Zephyr X2",
            "aliases": ["X2"],
            "maker": "Nimbus",
            "title": "t",
            "summary": "s",
            "url": "https://e.example/",
            "published": "2025-01-02",
            "source_kind": "forum",
            "label": "rumoured",
        }
    )
    item = parse_line(line)
    assert item.target.names == ("Zephyr X2", "X2")
    assert item.item.kind is ItemKind.FORUM
    assert item.item.published == date(2025, 1, 2)
    assert item.label is Label.RUMOURED
    assert len(parse_lines([line, "", line])) == 2
    with pytest.raises(ValueError, match=r"f\.jsonl:3"):
        parse_lines([line, line, '{"target": "x"}'], "f.jsonl")

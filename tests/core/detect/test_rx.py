"""A pattern told the characters its matches start with (`rx.compile`) matches exactly
where the same pattern without that lookahead does: on made-up patterns chosen for the
ways a first character hides (case, scoped flags, optional parts, lookbehinds), and on
every pattern the classifier compiles while it reads a sample of labelled items, against
those items' text."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.detect import rx

ROOT = Path(__file__).resolve().parents[3]

TEXTS = (
    "Galaxy Watch 8 launches; the galaxy watch 8 is here. version 8 of the Watch",
    "GALAXY\tWATCH 8! Sora 2 arrives, sora turbo too: 12 days away (Q3 2025)",
    "x-z yz xyz  zz_z Z  abc ABC aBc d e 42 days  ",
    "",
)
PATTERNS = (
    (r"(?<!\w)Galaxy\s+Watch|\bversion\s+8", 0),
    (r"(?<!\w)Galaxy\s+Watch|\bversion\s+8", re.IGNORECASE),
    (r"(?<!\w)(?:x|y)?z", 0),
    (r"(?<!\w)(?:x|y)?z", re.IGNORECASE),
    (r"(?:a|b*)c", re.IGNORECASE),
    (r"\d+\s*days", 0),
    (r"\b(?-i:[A-Z])\w+", re.IGNORECASE),
    (r"\b(?i:s)ora\b", 0),
    (r"(?P<n>abc)|(?P<m>\bd)\s", re.IGNORECASE),
    (r"(?>q|z)z", 0),
    (r"\bfoo|$", 0),
    (r"[^a]b", re.IGNORECASE),
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = [
        (m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)
    ]
    found += [(pos, bool(pattern.match(text, pos))) for pos in range(len(text) + 1)]
    return found


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_told_pattern_matches_where_the_plain_one_does(source: str, flags: int) -> None:
    told = rx.compile(source, flags)
    plain = re.compile(source, flags | re.ASCII)
    assert told.flags == plain.flags
    for text in TEXTS:
        assert _spans(told, text) == _spans(plain, text), text


def test_a_pattern_is_told_its_first_characters_only_where_it_helps() -> None:
    told = rx.compile(r"(?<!\w)(?:x|y)?z", re.IGNORECASE)
    assert told.pattern == r"(?=[XYZxyz])(?:(?<!\w)(?:x|y)?z)"
    # `re` already skips ahead to a case-sensitive literal or set.
    assert rx.compile("abc").pattern == "abc"
    assert rx.compile("x|yz").pattern == "x|yz"
    # A match may be empty, start with any character, or the flags are set inline.
    assert rx.compile(r"\bfoo|$").pattern == r"\bfoo|$"
    assert rx.compile(r"[^a]b").pattern == r"[^a]b"
    assert rx.compile(r"(?i)abc").pattern == r"(?i)abc"


# Records every pattern the classifier compiles (from source, so that `rx.compile` is
# looked up at each call) while it reads every 300th labelled item, and prints them with
# the items' text, and that text with its case swapped.
SCRIPT = """
import json, re, sys
from bot.core.detect import rx
seen = {}
original = rx.compile
def recording(pattern, flags=0):
    seen[(pattern, flags)] = None
    return original(pattern, flags)
rx.compile = recording
from pathlib import Path
from bot.core.detect.corpus import read_corpus, with_classifiers
paths = sorted(p for d in sys.argv[1:] for p in Path(d).rglob("*.jsonl"))
items = [it for p in paths for it in read_corpus(p)][::300]
for classifier, labelled in with_classifiers(items):
    classifier.classify(labelled.item)
texts = [f"{it.item.title}\\n{it.item.summary}" for it in items]
texts += [t.swapcase() for t in texts]
print(json.dumps({"patterns": list(seen), "texts": texts}))
"""


def test_every_pattern_of_the_classifier_matches_as_told_on_labelled_text() -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT / "tests/fixtures/detect")],
        cwd=ROOT,
        env={**os.environ, "SORA_BOT_INTERPRETED": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(run.stdout)
    patterns, texts = found["patterns"], found["texts"]
    assert len(patterns) > 300 and len(texts) > 100
    told_any = 0
    for source, flags in patterns:
        told = rx.compile(source, flags)
        if told.pattern == source:
            continue
        told_any += 1
        plain = re.compile(source, flags | re.ASCII)
        for text in texts:
            assert [m.span() for m in told.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (source, text)
    assert told_any > 100

"""The compiled classifier (mypyc, built by `pip install`) answers exactly as its source
does: every field of every detection, on a fixed sample of three thousand labelled items
drawn from every set at hand (`labelled_sample.py`; every second set took 215 s by now),
run once compiled in this process and at the same time from source in a child process
(`SORA_BOT_INTERPRETED=1`). The source is the reference; compiling only makes it faster.

mypyc also checks the declared types at run time, which the interpreter does not: a
test passing a date where an address belongs failed compiled and passed interpreted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import bot.core.detect
from bot.core.detect.corpus import LabelledItem, with_classifiers
from tests.core.detect.labelled_sample import labelled_sample

ROOT = Path(__file__).resolve().parents[3]
# The repository's labelled sets, and the shared dev corpus and timelines when present.
LABELLED = (ROOT / "tests/fixtures/detect", ROOT / "../shared/data")
# The child answers with this module's own `_answers`, from source.
SCRIPT = """
import bot.core.detect
from tests.core.detect.test_compiled import _answers, _items
assert not bot.core.detect.COMPILED
print("\\n".join(_answers(_items())))
"""


def _items() -> list[LabelledItem]:
    return labelled_sample((path for folder in LABELLED for path in folder.rglob("*.jsonl")), 3000)


def _answers(items: list[LabelledItem]) -> list[str]:
    return [repr(c.classify(it.item)) for c, it in with_classifiers(items)]


def test_compiled_classifier_answers_as_its_source() -> None:
    if not bot.core.detect.COMPILED:
        # CI installs the package, which compiles it; a checkout edited since runs from
        # source, and then there is nothing to compare.
        assert not os.environ.get("CI"), "CI should run the compiled classifier"
        pytest.skip("the classifier runs from source here (edited since `pip install -e .`)")
    items = _items()
    assert len(items) >= 3000
    with subprocess.Popen(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env={**os.environ, "SORA_BOT_INTERPRETED": "1"},
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        compiled = _answers(items)
        out, _ = child.communicate()
    assert child.returncode == 0
    interpreted = out.splitlines()
    assert len(interpreted) == len(compiled)
    differ = [
        (it.item.title, a, b)
        for it, a, b in zip(items, compiled, interpreted, strict=True)
        if a != b
    ]
    assert not differ, differ[:3]

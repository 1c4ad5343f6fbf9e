"""The same item gets the same answer in every process. Python salts string hashes per
process, so anything built by iterating a set of names (which name of two equal lengths
is tried first, and so whether a match counts as strong) must not depend on that order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = """
from bot.core.detect.classifier import Classifier
from bot.core.models import ItemText, Target
target = Target("God of War Ragnarök", aliases=("Ragnarök", "Ragnarok"), maker="Santa Monica")
item = ItemText("Ragnarok Season 2: release date", "Ragnarok season 2 will release on May 27.")
print(Classifier(target).classify(item))
"""


def test_answers_do_not_depend_on_the_hash_seed() -> None:
    answers = {
        subprocess.run(
            [sys.executable, "-c", SCRIPT],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(answers) == 1, answers

"""A fixed-size, stable sample of the labelled items, for the checks that compare two
implementations item by item (compiled against source, fast scorer against reference).
Every blind round adds sets: run over a share of the sets, those two checks grew to 392 s
of a 15-minute suite. A fixed count keeps their time flat.

The sample takes whole targets, not single items: building a target's classifier compiles
its patterns, which costs more than classifying its handful of items, and single items
drawn at random would each bring a target of their own. Choosing targets by a hash of the
set and the name spreads the sample over every set, new ones included, and picks the same
items on every run."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from bot.core.detect.corpus import LabelledItem, read_corpus


def labelled_sample(paths: Iterable[Path], count: int) -> list[LabelledItem]:
    """At least `count` items from the sets at `paths`, whole targets chosen by hash."""
    groups: dict[bytes, list[LabelledItem]] = {}
    for path in sorted(paths):
        for it in read_corpus(path):
            key = f"{path.name}\0{it.target.name}".encode()
            groups.setdefault(hashlib.blake2b(key, digest_size=8).digest(), []).append(it)
    sample: list[LabelledItem] = []
    for key in sorted(groups):
        if len(sample) >= count:
            break
        sample.extend(groups[key])
    return sample

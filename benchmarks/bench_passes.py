"""The classifier's throughput over a fixed number of passes of the labelled corpus.

    .venv/bin/python benchmarks/bench_passes.py [--passes N] [--data PATH]

`bench_detect.py` times passes for a number of seconds; on a machine that other work
slows now and then, a pass count fixed for both of two builds compares them better: run
this in each build's clean clone, alternating, and compare the best passes (the passes
other work disturbed least). Prints the best pass and the mean, in items per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# This tree's classifier, not the one an editable install points at: run in a second
# checkout, the script would otherwise time the first one's build.
sys.path.insert(0, str(REPO))

from bot.core.detect.corpus import read_corpus, with_classifiers  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=100)
    parser.add_argument("--data", type=Path, default=REPO / "../shared/data/status_dev.jsonl")
    args = parser.parse_args()
    items = read_corpus(args.data)
    pairs = [(c, it.item) for c, it in with_classifiers(items)]
    for classifier, item in pairs:  # a first pass compiles the patterns it needs
        classifier.classify(item)
    times = []
    for _ in range(args.passes):
        begun = time.perf_counter()
        for classifier, item in pairs:
            classifier.classify(item)
        times.append(time.perf_counter() - begun)
    print(
        f"{len(pairs) / min(times):,.0f} items/s best pass, "
        f"{len(pairs) * len(times) / sum(times):,.0f} mean ({args.passes} passes)"
    )


if __name__ == "__main__":
    main()

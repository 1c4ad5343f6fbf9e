"""What a change to the rules fixes and breaks: every labelled item's reading, dumped once
before the change and once after, then compared. A rule earns its place by the items it
fixes against those it breaks across all of them, not by the set it was written for.

    .venv/bin/python tools/label_diff.py dump before.json   # on the old commit
    .venv/bin/python tools/label_diff.py dump after.json    # on the new one
    .venv/bin/python tools/label_diff.py compare before.json after.json

Items are keyed by file and id (timeline ids repeat across stories). A dump of the
54,000-odd items takes about a quarter of an hour compiled on one core; `--jobs` (all
cores by default) shares the files among processes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.detect.corpus import read_corpus, with_classifiers  # noqa: E402

Reading = list[str]  # gold label, read label, title


def labelled_files() -> list[Path]:
    """The blind sets, the timelines and the shared development corpus."""
    fixtures = REPO / "tests/fixtures/detect"
    return [
        *sorted(fixtures.glob("holdout*.jsonl")),
        *sorted((fixtures / "timelines").glob("*.jsonl")),
        REPO / "../shared/data/status_dev.jsonl",
    ]


def _read_file(path: Path) -> dict[str, Reading]:
    """One labelled file's readings, keyed by file and id."""
    readings: dict[str, Reading] = {}
    for classifier, item in with_classifiers(read_corpus(path)):
        read = classifier.classify(item.item)
        readings[f"{path.stem}/{item.id}"] = [
            item.label.value,
            read.label.value,
            item.item.title[:80],
        ]
    return readings


def dump(out: Path, jobs: int) -> None:
    """Every labelled item's reading, the files shared among `jobs` processes: a dump is
    a quarter of an hour on one core, and the readings do not depend on each other."""
    paths = [p for p in labelled_files() if p.exists()]
    readings: dict[str, Reading] = {}
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            for part in pool.map(_read_file, paths, chunksize=8):
                readings.update(part)
    else:
        for path in paths:
            readings.update(_read_file(path))
    out.write_text(json.dumps(readings), encoding="utf-8")
    print(f"{len(readings)} items read")


def compare(before: Path, after: Path) -> None:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    both = [k for k in new if k in old]
    fixed = [k for k in both if old[k][1] != old[k][0] and new[k][1] == new[k][0]]
    broken = [k for k in both if old[k][1] == old[k][0] and new[k][1] != new[k][0]]
    false_releases = sum(
        (new[k][1] == "released" and new[k][0] != "released")
        - (old[k][1] == "released" and old[k][0] != "released")
        for k in both
    )
    print(
        f"{len(both)} items in both: {len(fixed)} fixed, {len(broken)} broken, "
        f"false releases {false_releases:+d}"
    )
    for tag, keys in (("fixed", fixed), ("broken", broken)):
        for k in keys:
            print(f"  {tag:6} {k}: gold {old[k][0]}, {old[k][1]} -> {new[k][1]} | {old[k][2]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    diff = commands.add_parser("compare")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.jobs)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()

"""Every timeline through the live tracker (`sora-bot replay`), judged by the rule of
`timeline_check.py`: each expected transition fires at its item or at most two relevant
(not `none`) items later; nothing early, extra, repeated or backwards.

    .venv/bin/python benchmarks/bench_timelines.py [FOLDER ...]

By default the fixtures' timelines and the shared Sora timeline. Prints each timeline's
problems and the count on time; `test_holdout.py` pins the ones that must stay on time.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.detect.corpus import parse_line  # noqa: E402
from bot.offline import Line, read_lines, replay  # noqa: E402

FOLDERS = [REPO / "tests/fixtures/detect/timelines", REPO / "../shared/data/timelines"]
MAX_LATE = 2


def problems(
    rows: list[dict[str, Any]], got: list[dict[str, str]], expected: dict[str, Any]
) -> list[str]:
    """What `timeline_check.py` would call wrong with `got`, the transitions that fired."""
    order = [row["id"] for row in rows]
    relevant = [row["label"] != "none" for row in rows]
    want = {t["to"]: t["first_item_id"] for t in expected["transitions"]}
    found: list[str] = []
    seen: set[str] = set()
    for g in got:
        if g["to"] in seen:
            found.append(f"repeated: {g['to']} at {g['item_id']}")
        seen.add(g["to"])
        if g["to"] not in want:
            found.append(f"false: {g['to']} at {g['item_id']}")
            continue
        at, due = order.index(g["item_id"]), order.index(want[g["to"]])
        if at < due:
            found.append(f"early: {g['to']} at {g['item_id']} before {want[g['to']]}")
        elif sum(relevant[due + 1 : at + 1]) > MAX_LATE:
            found.append(f"late: {g['to']} at {g['item_id']}")
    found += [f"missed: {to}" for to in want if to not in seen]
    return found


async def main(folders: list[Path]) -> None:
    on_time = total = early = 0
    for folder in folders:
        expected_file = folder / "expected.json"
        if not expected_file.is_file():
            continue
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        for slug in sorted(expected):
            text = (folder / f"{slug}.jsonl").read_text(encoding="utf-8").splitlines()
            rows = [json.loads(line) for line in text if line.strip()]
            target = parse_line(text[0]).target
            lines = [line for line in read_lines(text) if isinstance(line, Line)]
            found = problems(rows, await replay(target, lines), expected[slug])
            total += 1
            on_time += not found
            early += any(p.startswith(("early", "false")) for p in found)
            if found:
                print(f"{slug}: {'; '.join(found)}")
    print(f"on time: {on_time} of {total}; with an early or false move: {early}")


if __name__ == "__main__":
    asyncio.run(main([Path(a) for a in sys.argv[1:]] or FOLDERS))

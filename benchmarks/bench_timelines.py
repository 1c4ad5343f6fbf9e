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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.detect.corpus import parse_line  # noqa: E402
from bot.offline import Line, read_lines, replay, timeline_problems  # noqa: E402

FOLDERS = [REPO / "tests/fixtures/detect/timelines", REPO / "../shared/data/timelines"]


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
            got = await replay(target, lines)
            found = timeline_problems(rows, got, expected[slug]["transitions"])
            total += 1
            on_time += not found
            early += any(p.startswith(("early", "false", "repeated")) for p in found)
            if found:
                print(f"{slug}: {'; '.join(found)}")
    print(f"on time: {on_time} of {total}; with an early, false or backwards move: {early}")


if __name__ == "__main__":
    asyncio.run(main([Path(a) for a in sys.argv[1:]] or FOLDERS))

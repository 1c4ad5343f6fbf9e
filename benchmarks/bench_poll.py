"""Poll throughput through `sora-bot check`, against feeds served on loopback.

Usage: python benchmarks/bench_poll.py [--sources N] [--items M]

Serves N RSS feeds of M items each from a local aiohttp server, writes a config naming
them, and times three `sora-bot check` runs as a user would type them: the first poll
(fetch, parse, classify, store), a second one answered 304 Not Modified, and a third
after every feed changed one item. Prints sources per second for each. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from aiohttp import web

ITEM = (
    "<item><title>{title}</title><link>https://news{n}.example/{i}</link>"
    "<guid>https://news{n}.example/{i}</guid><pubDate>{date}</pubDate>"
    "<description>{summary}</description></item>"
)
SUMMARIES = (
    "Acme's Widget 3 could launch next year, according to people familiar with the plans.",
    "A review of last year's gadgets, with no word on what comes next.",
    "Acme confirmed Widget 3 will ship in the spring, its chief executive said.",
)


def feed(n: int, items: int, generation: int) -> bytes:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    body = "".join(
        ITEM.format(
            title=f"Story {i} from source {n} (v{generation if i == 0 else 0})",
            n=n,
            i=f"{i}-{generation if i == 0 else 0}",
            date=format_datetime(start + timedelta(hours=i)),
            summary=SUMMARIES[(n + i) % len(SUMMARIES)],
        )
        for i in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title>'
        f"<link>https://news{n}.example/</link>{body}</channel></rss>"
    ).encode()


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=300)
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()
    bot = shutil.which("sora-bot") or str(Path(sys.executable).parent / "sora-bot")

    generation = {"n": 1}

    async def serve(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        etag = f'"{n}-{generation["n"]}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        body = feed(n, args.items, generation["n"])
        return web.Response(body=body, content_type="application/rss+xml", headers={"ETag": etag})

    app = web.Application()
    app.router.add_get("/feed/{n}.xml", serve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        with tempfile.TemporaryDirectory(prefix="sora-bench-") as tmp:
            config = Path(tmp) / "bench.toml"
            sources = "".join(
                f'[[sources]]\nurl = "http://127.0.0.1:{port}/feed/{n}.xml"\n'
                for n in range(args.sources)
            )
            config.write_text(
                f'database = "{tmp}/bench.db"\n[console]\nenabled = false\n'
                f'[polling]\nmax_per_host = 64\n[[targets]]\nname = "Widget 3"\nmaker = "Acme"\n'
                + sources,
                encoding="utf-8",
            )
            print(f"{args.sources} sources x {args.items} items, loopback, `sora-bot check`")
            for label in ("first poll", "304 not modified", "one item changed per feed"):
                if label.startswith("one item"):
                    generation["n"] += 1
                began = time.perf_counter()
                proc = await asyncio.create_subprocess_exec(
                    bot,
                    "check",
                    "--json",
                    "--config",
                    str(config),
                    stdout=asyncio.subprocess.PIPE,
                )
                out, _ = await proc.communicate()
                took = time.perf_counter() - began
                reports = json.loads(out)["reports"]
                outcomes = sorted({r["outcome"] for r in reports})
                print(
                    f"  {label:28} {took:6.2f} s  {len(reports) / took:8.0f} sources/s  "
                    f"outcomes {outcomes}  new items {sum(r['new_items'] for r in reports)}"
                )
    finally:
        await runner.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

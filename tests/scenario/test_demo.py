"""The shipped demo and a real `sora-bot run`: what a newcomer sees in the first minutes."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.demo import run_demo
from tests.conftest import rss
from tests.fakes.http_server import FeedServer

REPO = Path(__file__).resolve().parents[2]


async def test_demo_tells_the_story_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = load_config(REPO / "config" / "demo.toml", env={})
    assert config.demo is not None
    fast = config.model_copy(update={"demo": config.demo.model_copy(update={"step_s": 0.001})})
    await run_demo(fast, db_path=str(tmp_path / "demo.db"))
    out = capsys.readouterr().out
    changes = [line for line in out.splitlines() if line.startswith("Sora: ")]
    assert changes == [
        "Sora: unknown → rumoured",
        "Sora: rumoured → confirmed",
        "Sora: confirmed → released",
    ]
    # Each arrives on its day: the February reveal, the March interviews, 9 December.
    days = [line for line in out.splitlines() if line.startswith(("— ", "Sora: "))]
    assert days[days.index("Sora: unknown → rumoured") - 1] == "— 15 February 2024 —"
    assert days[days.index("Sora: rumoured → confirmed") - 1] == "— 14 March 2024 —"
    assert days[days.index("Sora: confirmed → released") - 1] == "— 09 December 2024 —"


async def test_run_announces_and_stops_cleanly_on_sigterm(
    feed_server: FeedServer, write_config: Callable[..., Config], tmp_path: Path
) -> None:
    feed_server.set(
        "/news.xml",
        rss(
            (
                "Widget 3 is now available",
                "Acme's Widget 3 is now available to everyone.",
                "https://acme.example/w3",
                "Mon, 03 Mar 2025 10:00:00 GMT",
            )
        ),
    )
    write_config(
        f'[[sources]]\nurl = "{feed_server.url("/news.xml")}"\ntrust = "official"\n',
        targets='[[targets]]\nname = "Widget 3"\nmaker = "Acme"\n',
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--config",
        str(tmp_path / "config.toml"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "DISCORD_TOKEN": "", "SLACK_BOT_TOKEN": ""},
    )
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), 30)
        assert line.decode().strip() == "Widget 3: unknown → released"
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert feed_server.requests("/news.xml") == 1

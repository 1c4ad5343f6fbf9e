"""Shared fixtures: a loopback feed server, configs written to disk, and a built core."""

from __future__ import annotations

import textwrap
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.config import Config, load_config
from tests.fakes.http_server import FeedServer

SORA_TARGET = """
[[targets]]
name = "Sora"
aliases = ["OpenAI Sora"]
maker = "OpenAI"
official_domains = ["openai.com"]
"""


def rss(*items: tuple[str, str, str, str]) -> str:
    """An RSS 2.0 feed of (title, summary, link, RFC 822 date) items."""
    body = "".join(
        f"<item><title>{t}</title><description>{s}</description><link>{link}</link>"
        f"<guid>{link}</guid><pubDate>{d}</pubDate></item>"
        for t, s, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test feed</title><link>http://example.org/</link>{body}</channel></rss>"
    )


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as server:
        yield server


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Config]:
    """Write a TOML config (Sora target unless `targets` is given) and load it the way the
    CLI does, with a database in the test's folder."""

    def write(
        sources: str = "",
        targets: str = SORA_TARGET,
        extra: str = "",
        env: dict[str, str] | None = None,
    ) -> Config:
        path = tmp_path / "config.toml"
        path.write_text(
            textwrap.dedent(f'database = "{tmp_path / "bot.db"}"\n{extra}\n{targets}\n{sources}'),
            encoding="utf-8",
        )
        return load_config(path, env=env or {})

    return write

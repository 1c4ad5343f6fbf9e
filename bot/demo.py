"""`sora-bot run --demo`: the real bot on feeds that arrive over time, offline.

The config's `file:` feeds hold a whole story of dated items. The demo copies them into a
temporary folder revealing one publication day at a time, points the sources at the copies,
and after each day polls every source (as `/sora check` does) on a fresh database, so the
console shows each transition as it happened. Everything else is the production path.
"""

from __future__ import annotations

import asyncio
import copy
import tempfile
import xml.etree.ElementTree as ET
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from bot import app
from bot.config import Config
from bot.core.render_text import render
from bot.core.replies import Caller
from bot.errors import ConfigError

DEMO = Caller("console", "demo", is_admin=True, channel="console")


def _day(item: ET.Element) -> date:
    text = item.findtext("pubDate")
    if not text:
        raise ConfigError("demo feed item without <pubDate>.", "Date every demo item.")
    return parsedate_to_datetime(text).date()


class Story:
    """The demo feeds, and their copies cut at a given day."""

    def __init__(self, config: Config, folder: Path) -> None:
        self.folder = folder
        self.feeds: dict[str, ET.ElementTree[ET.Element]] = {}
        sources = []
        for source in config.sources:
            spec_url = next(s.url for s in config.source_specs() if s.name == source.name)
            parts = urlsplit(spec_url)
            if parts.scheme != "file":
                raise ConfigError(
                    f"demo source {source.name!r} is not a file: feed.",
                    "The demo runs offline: use config/demo.toml.",
                )
            copy_path = folder / Path(parts.path).name
            self.feeds[copy_path.name] = ET.parse(url2pathname(parts.path))  # noqa: S314
            sources.append(source.model_copy(update={"url": copy_path.as_uri()}))
        self.config = config.model_copy(update={"sources": sources})
        self.days = sorted(
            {_day(item) for tree in self.feeds.values() for item in tree.iter("item")}
        )

    def reveal(self, day: date) -> None:
        """Write every feed as it stood at the end of `day`."""
        for name, tree in self.feeds.items():
            cut = copy.deepcopy(tree)
            for channel in cut.iter("channel"):
                for item in list(channel.findall("item")):
                    if _day(item) > day:
                        channel.remove(item)
            cut.write(self.folder / name, encoding="utf-8", xml_declaration=True)


async def run_demo(config: Config, db_path: str | None = None) -> None:
    if config.demo is None:
        raise ConfigError(
            "this config has no [demo] section.",
            "Run `sora-bot run --demo --config config/demo.toml`.",
        )
    step_s = config.demo.step_s
    with tempfile.TemporaryDirectory(prefix="sora-demo-") as tmp:
        story = Story(config, Path(tmp))
        story.reveal(story.days[0])

        async def tell(core: app.Core) -> None:
            for day in story.days:
                story.reveal(day)
                print(f"— {day:%d %B %Y} —", flush=True)
                await core.commands.check(DEMO)
                await core.outbox.drain()
                await asyncio.sleep(step_s)
            print(render(await core.commands.history(DEMO)), flush=True)

        await app.run(story.config, db_path=db_path or str(Path(tmp) / "demo.db"), until=tell)

"""The real core (store, poller, tracker, outbox) behind the Slack adapter in HTTP mode: a
feed changes, `/sora check` polls it, and the outbox announces the change exactly once in
each subscribed channel, through a 500, a 429 and a crash between posting and recording."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack.app import SlackAdapter
from bot.app import Core, build_core
from bot.config import Config
from tests.adapters.slack.conftest import SECRET, events_url
from tests.fakes.http_server import FeedServer
from tests.fakes.slack_server import FakeSlack

OLD_ITEM = """<item><title>OpenAI posts its quarterly research update</title>
<link>https://openai.com/index/update/</link><guid>update</guid>
<pubDate>{date}</pubDate>
<description>A roundup of safety research and new hires.</description></item>"""
NEW_ITEM = """<item><title>Sora is here</title>
<link>https://openai.com/index/sora-is-here/</link><guid>sora-is-here</guid>
<pubDate>{date}</pubDate>
<description>Our video generation model Sora is now available to ChatGPT Plus and Pro
users at sora.com, rolling out today in the United States and most countries.
&lt;!channel&gt; @here</description></item>"""


def feed(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>OpenAI News</title><link>https://openai.com/news/</link>"
        f"{''.join(items)}</channel></rss>"
    )


class MovableClock:
    """Real time at the start (the fake Slack stamps messages with real time), moved on by
    the test to make retries due without waiting."""

    def __init__(self) -> None:
        self.at = datetime.now(UTC)

    def now(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@dataclass
class Bot:
    core: Core
    slack: SlackAdapter
    clock: MovableClock
    feeds: FeedServer
    fake: FakeSlack

    async def command(self, text: str, user: str = "UADMIN") -> dict[str, Any]:
        payload = self.fake.command_payload(text, user=user, channel="C1")
        status, _ = await self.fake.post_command(events_url(self.slack), SECRET, payload)
        assert status == 200
        [answer] = await self.fake.wait_response(payload["response_url"])
        return answer

    def notices(self, channel: str) -> list[dict[str, Any]]:
        return [
            m
            for m in self.fake.posted(channel)
            if (m.get("metadata") or {}).get("event_type") == "sora_notice"
        ]


@pytest.fixture
async def bot(fake: FakeSlack, tmp_path: Path) -> AsyncIterator[Bot]:
    clock = MovableClock()
    stamp = format_datetime(clock.at)
    async with FeedServer() as feeds:
        feeds.set("/news.xml", feed(OLD_ITEM.format(date=stamp)))
        config = Config.model_validate(
            {
                "targets": [
                    {
                        "name": "Sora",
                        "maker": "OpenAI",
                        "official_domains": ["openai.com"],
                        "context_words": ["OpenAI", "video", "ChatGPT"],
                    }
                ],
                "sources": [
                    {"url": feeds.url("/news.xml"), "trust": "official", "name": "OpenAI News"}
                ],
                "console": {"enabled": False},
                "slack": {"mode": "http", "api_url": fake.api_url, "port": 0},
            }
        )
        core = await build_core(config, db_path=tmp_path / "bot.db", clock=clock)
        slack = SlackAdapter(
            core.commands, config.slack, fake.bot_token, None, SECRET, config.command_name
        )
        await slack.start()
        core.adapters.append(slack)
        core.outbox.register(slack.notifier)
        try:
            yield Bot(core, slack, clock, feeds, fake)
        finally:
            await core.close()


async def announce_release(bot: Bot) -> None:
    """Subscribe two channels, take the baseline, publish the release, `/sora check`."""
    await bot.command("subscribe <#C1|general>")
    await bot.command("subscribe Sora <#C2|releases>")
    assert (await bot.command("check"))["blocks"][0]["text"]["text"] == "Check finished"
    stamp = format_datetime(bot.clock.at)
    bot.feeds.set("/news.xml", feed(NEW_ITEM.format(date=stamp), OLD_ITEM.format(date=stamp)))
    answer = await bot.command("check")
    assert "*Sora*: unknown → *released*" in str(answer["blocks"])


async def test_a_feed_change_is_announced_once_per_channel_through_500_and_429(
    bot: Bot,
) -> None:
    await announce_release(bot)
    bot.fake.fail_next("chat.postMessage", 500)
    bot.fake.fail_next("chat.postMessage", 429, retry_after=0)

    assert await bot.core.outbox.drain_once() == 0
    bot.clock.advance(600)
    assert await bot.core.outbox.drain_once() == 2
    assert await bot.core.outbox.drain_once() == 0

    for channel in ("C1", "C2"):
        [notice] = bot.notices(channel)
        assert notice["blocks"][0]["text"]["text"] == "🚀 Sora is released"
        assert "<!channel>" not in str(notice)
    failed = [c.status for c in bot.fake.calls_to("chat.postMessage", status=None)]
    assert failed.count(500) == 1
    assert failed.count(429) == 1

    status = await bot.command("status", user="UPLAIN")
    assert status["blocks"][0]["text"]["text"] == "🚀 Sora — released"


async def test_a_crash_after_posting_neither_doubles_nor_loses(bot: Bot) -> None:
    await announce_release(bot)
    # A worker claims both rows, posts the first, and dies before recording anything.
    claimed = await bot.core.store.claim_deliveries(
        "crashed-worker", bot.clock.now(), 60, 10, ("slack",)
    )
    assert len(claimed) == 2
    await bot.slack.notifier.send(claimed[0])

    bot.clock.advance(120)  # the dead worker's lease runs out
    await bot.core.outbox.drain()

    for channel in ("C1", "C2"):
        assert len(bot.notices(channel)) == 1
    assert await bot.core.store.outbox_counts() == {"sent": 2}

"""The real core on SQLite, a feed on the loopback HTTP server and the fake Discord: a
status change in the feed becomes exactly one message in the subscribed channel, even when
Discord answers the first post with a 500 (after creating it) and the second with a 429."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.discord.client import DiscordAdapter
from bot.app import Core, build_core
from bot.config import Config
from tests.adapters.discord.conftest import embed_of
from tests.conftest import rss
from tests.fakes.discord_server import TOKEN, ChannelRef, FakeDiscord, RoleRef
from tests.fakes.http_server import FeedServer

ROLE = 888888888888888888
QUIET = ("OpenAI research update", "Notes on video models.", "https://openai.com/research/1")
RELEASE = (
    "Sora is now available to everyone @everyone",
    "OpenAI today released Sora, its video generation model, to all users. <@&1234567890123456789>",
    "https://openai.com/index/sora-is-here",
)


def feed(*items: tuple[str, str, str]) -> str:
    date = format_datetime(datetime.now(UTC))
    return rss(*((title, summary, link, date) for title, summary, link in items))


@pytest.fixture
async def running(
    fake: FakeDiscord,
    feed_server: FeedServer,
    write_config: Callable[..., Config],
    tmp_path: Path,
) -> AsyncIterator[tuple[Core, DiscordAdapter]]:
    feed_server.set("/openai.xml", feed(QUIET))
    config = write_config(
        sources=f"""
[[sources]]
url = "{feed_server.url("/openai.xml")}"
trust = "official"
name = "OpenAI news"
""",
        extra=f"""
[console]
enabled = false
[discord]
api_base_url = "{fake.api_base}"
gateway_url = "{fake.gateway_url}"
guild_ids = [{fake.guild_id}]
""",
    )
    core = await build_core(config, db_path=tmp_path / "bot.db")
    adapter = DiscordAdapter(core.commands, core.store, config.discord, TOKEN, config.command_name)
    await adapter.start()
    core.adapters.append(adapter)
    core.outbox.register(adapter.notifier)
    yield core, adapter
    await core.close()


def announcements(fake: FakeDiscord, channel: int) -> list[dict[str, Any]]:
    return [m for m in fake.messages[channel] if "is now" in embed_of(m).get("title", "")]


async def test_a_release_is_announced_once_despite_500_and_429(
    fake: FakeDiscord, feed_server: FeedServer, running: tuple[Core, DiscordAdapter]
) -> None:
    core, _ = running
    await core.poller.poll_all()  # baseline
    releases = fake.add_channel("releases")
    ix = await fake.slash(
        "sora",
        "subscribe",
        manage_guild=True,
        options={"channel": ChannelRef(releases), "role": RoleRef(ROLE)},
    )
    assert "Subscribed" in embed_of(await fake.reply(ix))["title"]
    [first_post] = fake.messages[releases]
    assert first_post["pings"]["roles"] == []  # the subscribe post pings nobody

    feed_server.set("/openai.xml", feed(RELEASE, QUIET))
    path = rf"/channels/{releases}/messages$"
    fake.fail("POST", path, 500, lost_response=True)
    fake.fail("POST", path, 429, retry_after=0.01)
    await core.poller.poll_all()
    await core.outbox.drain()

    assert fake.faults == []  # both failures were met
    [announcement] = announcements(fake, releases)
    assert embed_of(announcement)["title"] == "Sora is now released"
    assert announcement["pings"] == {"everyone": False, "roles": [str(ROLE)], "users": []}

    await core.poller.poll_all()
    await core.outbox.drain()
    assert len(announcements(fake, releases)) == 1

    status = await fake.reply(await fake.slash("sora", "status"))
    assert embed_of(status)["title"] == "Sora: released"


async def test_a_deleted_channel_is_reported_to_admins_once(
    fake: FakeDiscord, feed_server: FeedServer, running: tuple[Core, DiscordAdapter]
) -> None:
    core, _ = running
    await core.poller.poll_all()
    doomed = fake.add_channel("doomed")
    await fake.reply(
        await fake.slash(
            "sora", "subscribe", manage_guild=True, options={"channel": ChannelRef(doomed)}
        )
    )
    fake.delete_channel(doomed)

    feed_server.set("/openai.xml", feed(RELEASE, QUIET))
    await core.poller.poll_all()
    await core.outbox.drain()
    await core.outbox.drain()

    posts = [
        p
        for m, p, _ in fake.requests
        if m == "POST" and p == f"/api/v10/channels/{doomed}/messages"
    ]
    assert len(posts) == 2  # the subscribe post, then one try of the announcement
    listing = await fake.reply(await fake.slash("sora", "sources", "list", manage_guild=True))
    broken = {f["name"]: f["value"] for f in embed_of(listing)["fields"]}
    assert "no longer exists" in broken["⚠ Broken subscriptions"]
    status = await fake.reply(await fake.slash("sora", "status", manage_guild=True))
    assert "⚠ Needs an admin" in {f["name"] for f in embed_of(status)["fields"]}

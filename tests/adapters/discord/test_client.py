"""The adapter's lifecycle against the fake Discord: intents, sharding, login failure and
command sync only when the command tree changed."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from bot.adapters.discord.client import COMMAND_HASH_KEY, DiscordAdapter
from bot.errors import ConfigError
from tests.adapters.discord.conftest import MetaStore, ScriptedCommands, embed_of, settings
from tests.fakes.discord_server import TOKEN, FakeDiscord

PRIVILEGED = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content


def command_puts(fake: FakeDiscord) -> list[str]:
    return [p for m, p, _ in fake.requests if m == "PUT" and p.endswith("/commands")]


async def test_connects_without_privileged_intents(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    [identify] = fake.identifies

    assert identify["intents"] & PRIVILEGED == 0
    assert identify["intents"] & 1  # guilds
    assert "shard" not in identify


async def test_commands_are_synced_to_the_configured_guild(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    [group] = fake.commands[fake.guild_id]
    subcommands = {o["name"] for o in group["options"]}

    assert group["name"] == "sora"
    assert subcommands == {
        "status",
        "history",
        "help",
        "sources",
        "subscribe",
        "unsubscribe",
        "check",
    }
    assert None not in fake.commands  # guild sync only, nothing global


async def test_sync_only_when_the_tree_changed(
    fake: FakeDiscord, commands: ScriptedCommands, store: MetaStore
) -> None:
    first = DiscordAdapter(commands, store, settings(fake), TOKEN, "sora")  # type: ignore[arg-type]
    await first.start()
    await first.close()
    second = DiscordAdapter(commands, store, settings(fake), TOKEN, "sora")  # type: ignore[arg-type]
    await second.start()

    assert len(command_puts(fake)) == 1
    assert "unchanged" in await second.sync_commands()
    assert "synced 1 command(s)" in await second.sync_commands(force=True)
    assert len(command_puts(fake)) == 2
    await second.close()

    renamed = DiscordAdapter(commands, store, settings(fake), TOKEN, "release")  # type: ignore[arg-type]
    await renamed.start()
    assert len(command_puts(fake)) == 3
    assert fake.commands[fake.guild_id][0]["name"] == "release"
    await renamed.close()


async def test_without_guilds_commands_are_global(
    fake: FakeDiscord, commands: ScriptedCommands, store: MetaStore
) -> None:
    adapter = DiscordAdapter(commands, store, settings(fake, guild_ids=[]), TOKEN, "sora")  # type: ignore[arg-type]
    report = await adapter.sync_commands()
    await adapter.close()

    assert "global" in report
    assert [c["name"] for c in fake.commands[None]] == ["sora"]
    assert store.meta[COMMAND_HASH_KEY] in report


async def test_sharded_client_when_a_shard_count_is_set(
    fake: FakeDiscord, commands: ScriptedCommands, store: MetaStore
) -> None:
    adapter = DiscordAdapter(commands, store, settings(fake, shard_count=1), TOKEN, "sora")  # type: ignore[arg-type]
    await adapter.start()
    try:
        assert isinstance(adapter.client, discord.AutoShardedClient)
        assert fake.identifies[0]["shard"] == [0, 1]
        message = await fake.reply(await fake.slash("sora", "status"))
        assert embed_of(message)["title"] == "Sora: confirmed"
    finally:
        await adapter.close()


async def test_a_rejected_token_is_a_config_error(
    fake: FakeDiscord, commands: ScriptedCommands, store: MetaStore
) -> None:
    adapter = DiscordAdapter(commands, store, settings(fake), "wrong", "sora")  # type: ignore[arg-type]

    with pytest.raises(ConfigError, match="DISCORD_TOKEN"):
        await adapter.start()
    assert adapter.client.is_closed()


async def test_the_fake_can_be_driven_over_http_for_manual_runs(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    base = f"http://127.0.0.1:{fake.port}/_fake"
    async with aiohttp.ClientSession() as http:
        info = await (await http.get(base)).json()
        made = await http.post(f"{base}/channels", json={"name": "releases"})
        releases = (await made.json())["id"]
        command = {
            "command": "sora subscribe",
            "options": {"channel": f"#{releases}"},
            "manage_guild": True,
        }
        reply = await (await http.post(f"{base}/slash", json=command)).json()
        posted = await (await http.get(f"{base}/channels/{releases}/messages")).json()

    assert info["channels"]["general"] == fake.general
    assert reply["embeds"][0]["title"] == "Subscribed"
    assert posted[0]["embeds"][0]["title"] == "Sora: confirmed"

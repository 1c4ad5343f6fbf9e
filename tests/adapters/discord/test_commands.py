"""Every `/sora` subcommand, dispatched as a real INTERACTION_CREATE through discord.py's
gateway and command tree; answers are read back from the fake's interaction callbacks."""

from __future__ import annotations

import pytest

from bot.adapters.discord.client import DiscordAdapter
from bot.adapters.discord.render import COLOURS
from bot.core.models import Status
from tests.adapters.discord.conftest import ScriptedCommands, embed_of, text_of
from tests.fakes.discord_server import EPHEMERAL, ChannelRef, FakeDiscord, RoleRef, Typed

CONFIG_ADMIN = 424242424242424242


def fields(embed: dict[str, object]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in embed.get("fields", [])}  # type: ignore[attr-defined]


async def test_status_is_public_coloured_and_complete(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    ix = await fake.slash("sora", "status")
    message = await fake.reply(ix)
    embed = embed_of(message)

    assert not message["flags"] & EPHEMERAL
    assert embed["title"] == "Sora: confirmed"
    assert embed["color"] == COLOURS[Status.CONFIRMED].value
    shown = fields(embed)
    assert "<t:1740830400:D>" in shown["Since"]
    assert shown["Release date or window"] == "spring 2025"
    assert "Example News" in shown["Evidence"]
    assert "(https://news.example.com/a?x=1&y=%282%29)" in shown["Evidence"]
    assert shown["Sources"] == "3 of 4 healthy"
    assert "Last check" in shown
    assert "⚠ Needs an admin" not in shown  # warnings are for admins only
    method, caller, kwargs = commands.calls[0]
    assert (method, kwargs) == ("status", {"target": None})
    assert caller.platform == "discord"
    assert caller.channel == str(fake.general)
    assert caller.workspace == str(fake.guild_id)
    assert not caller.is_admin


async def test_status_text_from_feeds_pings_no_one(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    message = await fake.reply(await fake.slash("sora", "status"))
    text = text_of(embed_of(message))

    assert "@everyone" not in text and "@here" not in text
    assert "<@&123456789012345678>" not in text
    assert "\\[click\\]" in text  # the feed's markdown link is shown, not followed
    assert message["pings"] == {"everyone": False, "roles": [], "users": []}
    _, _, body = next(r for r in fake.requests if r[1].endswith("/callback"))
    assert body["data"]["allowed_mentions"]["parse"] == []


async def test_status_shows_admins_the_warnings(fake: FakeDiscord, adapter: DiscordAdapter) -> None:
    message = await fake.reply(await fake.slash("sora", "status", manage_guild=True))

    assert "no access" in fields(embed_of(message))["⚠ Needs an admin"]


async def test_unknown_target_is_an_ephemeral_error_with_a_hint(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    message = await fake.reply(await fake.slash("sora", "status", options={"target": "Nope"}))

    assert message["flags"] & EPHEMERAL
    assert "No tracked target is called 'Nope'." in embed_of(message)["description"]
    assert "Tracked: Sora." in embed_of(message)["description"]


async def test_unexpected_error_shows_an_incident_id_not_the_exception(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database at /secret/path is locked")

    commands.history = broken  # type: ignore[method-assign]
    message = await fake.reply(await fake.slash("sora", "history"))
    embed = embed_of(message)

    assert message["flags"] & EPHEMERAL
    assert "/secret/path" not in text_of(embed)
    assert embed["footer"]["text"].startswith("Incident ")


async def test_history_lists_changes_newest_first_with_links(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    message = await fake.reply(await fake.slash("sora", "history", options={"target": "Sora"}))
    description = embed_of(message)["description"]

    assert description.index("rumoured → confirmed") < description.index("unknown → rumoured")
    assert "(https://news.example.com/a?x=1&y=%282%29)" in description


async def test_help_is_ephemeral_and_marks_admin_commands(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    message = await fake.reply(await fake.slash("sora", "help"))
    lines = embed_of(message)["description"].splitlines()

    assert message["flags"] & EPHEMERAL
    assert lines[0] == "`/status [target]` — Where the target stands."
    assert lines[1].endswith("*(Manage Server)*")


async def test_sources_list_names_broken_subscriptions(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    message = await fake.reply(await fake.slash("sora", "sources", "list"))
    embed = embed_of(message)

    assert message["flags"] & EPHEMERAL
    assert "`#1` ✅ [Example](https://news.example.com/feed)" in embed["description"]
    assert fields(embed)["⚠ Broken subscriptions"] == "<#42> (Sora): no access"


@pytest.mark.parametrize(
    ("path", "options"),
    [
        (("sources", "add"), {"url": "https://example.org/feed"}),
        (("sources", "remove"), {"source": 1}),
        (("subscribe",), {}),
        (("unsubscribe",), {}),
        (("check",), {}),
    ],
)
async def test_changing_commands_are_refused_early_and_privately(
    fake: FakeDiscord,
    adapter: DiscordAdapter,
    commands: ScriptedCommands,
    path: tuple[str, ...],
    options: dict[str, object],
) -> None:
    message = await fake.reply(await fake.slash("sora", *path, options=options))
    embed = embed_of(message)

    assert message["flags"] & EPHEMERAL
    assert fields(embed)["Permission needed"] == "Manage Server"
    assert f"`/sora {' '.join(path)}`" in embed["description"]
    assert commands.calls == []  # refused before the core or a deferral


async def test_sources_add_with_manage_server(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    options = {
        "url": "https://example.org/feed",
        "kind": "page",
        "trust": "official",
        "target": "Sora",
        "selector": "h2",
    }
    ix = await fake.slash("sora", "sources", "add", options=options, manage_guild=True)
    message = await fake.reply(ix)

    assert embed_of(message)["title"] == "Source 3 added"
    method, caller, kwargs = commands.calls[0]
    assert method == "sources add" and caller.is_admin
    assert kwargs == {
        "url": "https://example.org/feed",
        "kind": "page",
        "target": "Sora",
        "trust": "official",
        "selector": "h2",
    }


async def test_a_bot_admin_from_config_needs_no_discord_permission(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    ix = await fake.slash("sora", "sources", "remove", options={"source": 2}, user_id=CONFIG_ADMIN)
    message = await fake.reply(ix)

    assert embed_of(message)["title"] == "Source 2 removed"
    assert commands.calls[0][2] == {"source_id": 2}


async def test_sources_test_defers_then_edits(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    ix = await fake.slash("sora", "sources", "test", options={"url": "https://example.org/x"})
    message = await fake.reply(ix)

    assert ix.deferred and ix.callback is not None
    assert ix.callback["data"]["flags"] & EPHEMERAL
    assert embed_of(message)["title"] == "Source test: https://example.org/x"
    assert fields(embed_of(message))["Sora"] == "would suggest **unknown**"


async def test_check_answers_at_once_with_a_deferral_then_fills_it_in(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    ix = await fake.slash("sora", "check", manage_guild=True)
    await fake.until(lambda: ix.callback is not None)

    assert ix.deferred and ix.edits == []  # acknowledged while the poll still runs
    commands.release_check.set()
    message = await fake.reply(ix)
    assert embed_of(message)["title"] == "Checked 1 source(s)"
    assert "ok, 2 new" in embed_of(message)["description"]


async def test_subscribe_posts_the_current_status_in_the_channel(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    releases = fake.add_channel("releases")
    options = {"channel": ChannelRef(releases), "role": RoleRef(555555555555555555)}
    message = await fake.reply(
        await fake.slash("sora", "subscribe", options=options, manage_guild=True)
    )

    assert message["flags"] & EPHEMERAL
    assert f"<#{releases}>" in embed_of(message)["description"]
    assert "<@&555555555555555555>" in embed_of(message)["description"]
    assert commands.calls[0][2] == {
        "target": None,
        "channel": str(releases),
        "role": "555555555555555555",
        "webhook_url": None,
    }
    [posted] = fake.messages[releases]
    assert embed_of(posted)["title"] == "Sora: confirmed"
    assert "⚠ Needs an admin" not in fields(embed_of(posted))  # admin notes stay private
    assert posted["pings"] == {"everyone": False, "roles": [], "users": []}


async def test_subscribe_says_when_the_first_post_failed(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    closed = fake.add_channel("closed", forbidden=True)
    ix = await fake.slash(
        "sora", "subscribe", options={"channel": ChannelRef(closed)}, manage_guild=True
    )
    shown = fields(embed_of(await fake.reply(ix)))

    assert "Send Messages" in shown["⚠ Could not post the current status"]


async def test_subscribe_through_a_webhook(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    url = fake.add_webhook(fake.general)
    ix = await fake.slash("sora", "subscribe", options={"webhook": url}, manage_guild=True)
    await fake.reply(ix)

    assert commands.calls[0][2]["webhook_url"] == url
    [posted] = [m for m in fake.messages[fake.general] if m.get("webhook_id")]
    assert embed_of(posted)["title"] == "Sora: confirmed"


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("webhook", "not a Discord webhook URL"),
        ("role", "Announcements never mention"),
    ],
)
async def test_subscribe_rejects_bad_options_before_the_core(
    fake: FakeDiscord,
    adapter: DiscordAdapter,
    commands: ScriptedCommands,
    option: str,
    expected: str,
) -> None:
    bad = {
        "webhook": "https://example.org/hook",
        "role": RoleRef(fake.guild_id),  # the @everyone role has the guild's id
    }
    options = {option: bad[option]}
    message = await fake.reply(
        await fake.slash("sora", "subscribe", options=options, manage_guild=True)
    )

    assert expected in embed_of(message)["description"]
    assert commands.calls == []


async def test_unsubscribe_passes_the_channel(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: ScriptedCommands
) -> None:
    other = fake.add_channel("other")
    ix = await fake.slash(
        "sora",
        "unsubscribe",
        options={"target": "Sora", "channel": ChannelRef(other)},
        manage_guild=True,
    )
    message = await fake.reply(ix)

    assert embed_of(message)["title"] == "Unsubscribed"
    assert commands.calls[0][2] == {"target": "Sora", "channel": str(other)}


async def test_target_autocomplete_filters_names(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    ix = await fake.slash("sora", "status", options={"target": "E"}, focused="target")

    assert await fake.choices(ix) == [
        {"name": "Veo", "value": "Veo"},
        {"name": "Gemini Ultra", "value": "Gemini Ultra"},
    ]


async def test_source_autocomplete_offers_ids_with_urls(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    ix = await fake.slash(
        "sora", "sources", "remove", options={"source": Typed(4, "blog")}, focused="source"
    )

    assert await fake.choices(ix) == [{"name": "#2 https://blog.example.org/rss", "value": 2}]


async def test_a_stale_command_gets_a_hint_to_sync(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    message = await fake.reply(await fake.slash("sora", "vanished"))

    assert message["flags"] & EPHEMERAL
    assert "sora-bot discord sync" in embed_of(message)["description"]

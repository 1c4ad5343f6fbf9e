"""The `/sora` application-command group. Each handler builds a `Caller`, calls the core,
renders the reply and answers; every rule lives in `bot/core/commands.py`.

Who may change things: Discord applies `default_permissions` only to a top-level command,
and `/sora status` must stay open to everyone, so the group cannot hide its admin
subcommands. They are refused at run time instead (server admins can override command
permissions anyway): Manage Server, or a bot admin id from the config. The refusal comes
before any deferral, so it is ephemeral.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Collection

import discord
from discord import app_commands
from discord.app_commands import Choice

from bot.adapters.discord import render
from bot.adapters.discord.notifier import DiscordNotifier
from bot.core.commands import ADMIN_COMMANDS, Commands
from bot.core.models import SourceKind, Trust
from bot.core.replies import Caller, describe_error
from bot.errors import DeliveryBroken, DeliveryRetry, PermissionDenied, UserError

log = logging.getLogger(__name__)

MANAGE_SERVER = "Manage Server"
# The URL form discord.py's `Webhook.from_url` accepts; checked before the core stores it.
WEBHOOK_URL = re.compile(
    r"^https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/[\w.-]{60,}$"
)

Handler = Callable[[Caller], Awaitable[discord.Embed]]


class AnnouncementChannel(app_commands.Transformer):
    """A text or announcement channel, taken as Discord resolved it: the bot needs only
    its id, not a cached channel, so this works before the guild cache is filled."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.text, discord.ChannelType.news]

    async def transform(
        self, interaction: discord.Interaction, value: app_commands.AppCommandChannel, /
    ) -> app_commands.AppCommandChannel:
        return value


ChannelOption = app_commands.Transform[app_commands.AppCommandChannel, AnnouncementChannel]


def caller_of(interaction: discord.Interaction, admin_ids: Collection[int]) -> Caller:
    """Manage Server (or Administrator) in this channel, or a configured bot admin."""
    perms = interaction.permissions
    return Caller(
        platform="discord",
        user_id=str(interaction.user.id),
        is_admin=perms.manage_guild or perms.administrator or interaction.user.id in admin_ids,
        channel=str(interaction.channel_id) if interaction.channel_id else None,
        workspace=str(interaction.guild_id) if interaction.guild_id else None,
    )


async def answer(interaction: discord.Interaction, embed: discord.Embed, *, private: bool) -> None:
    """Reply, or fill in the deferred reply; `private` applies only to a first reply."""
    nobody = discord.AllowedMentions.none()
    if interaction.response.is_done():
        await interaction.edit_original_response(embed=embed, allowed_mentions=nobody)
    else:
        await interaction.response.send_message(
            embed=embed, ephemeral=private, allowed_mentions=nobody
        )


class SoraGroup(app_commands.Group):
    """Release status: rumoured, confirmed, released."""

    sources = app_commands.Group(
        name="sources", description="The feeds, pages and APIs the bot reads."
    )

    def __init__(
        self,
        core: Commands,
        notifier: DiscordNotifier,
        *,
        name: str,
        admin_ids: Collection[int],
    ) -> None:
        super().__init__(
            name=name,
            description="Release status: rumoured, confirmed, released.",
            guild_only=True,
        )
        self.core = core
        self.notifier = notifier
        self.admin_ids = frozenset(admin_ids)

    async def run(
        self,
        interaction: discord.Interaction,
        command: str,
        handler: Handler,
        *,
        slow: bool = False,
        private: bool = False,
    ) -> None:
        """The one path of every command: refuse early, defer if slow, call, answer.
        Errors reach the user only through `describe_error`, always ephemeral unless a
        public reply was already deferred."""
        caller = caller_of(interaction, self.admin_ids)
        try:
            if command in ADMIN_COMMANDS and not caller.is_admin:
                raise PermissionDenied(f"/{self.name} {command}", MANAGE_SERVER)
            if slow:
                await interaction.response.defer(ephemeral=private, thinking=True)
            embed = await handler(caller)
        except Exception as exc:  # every failure becomes a reply; details go to the log
            embed = render.reply_error(describe_error(exc))
            private = True
        await answer(interaction, embed, private=private)

    # autocomplete

    async def target_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[str]]:
        needle = current.casefold()
        names = [n for n in self.core.target_names() if needle in n.casefold()]
        return [Choice(name=n[:100], value=n[:100]) for n in names[:25]]

    async def source_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[int]]:
        needle = current.casefold()
        found = [
            (source_id, url)
            for source_id, url in await self.core.source_choices()
            if needle in f"#{source_id} {url}".casefold()
        ]
        return [Choice(name=render.clip(f"#{i} {url}", 100), value=i) for i, url in found[:25]]

    # read commands

    @app_commands.command(description="The current release status of a target.")
    @app_commands.describe(target="Which product (default: the first one configured)")
    @app_commands.autocomplete(target=target_choices)
    async def status(self, interaction: discord.Interaction, target: str | None = None) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            return render.render(await self.core.status(caller, target))

        await self.run(interaction, "status", handler)

    @app_commands.command(description="How a target's status changed, newest first.")
    @app_commands.describe(target="Which product (default: the first one configured)")
    @app_commands.autocomplete(target=target_choices)
    async def history(self, interaction: discord.Interaction, target: str | None = None) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            return render.render(await self.core.history(caller, target))

        await self.run(interaction, "history", handler)

    @app_commands.command(name="help", description="What the bot can do and who may do it.")
    async def help_(self, interaction: discord.Interaction) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            return render.render(self.core.help(caller))

        await self.run(interaction, "help", handler, private=True)

    @sources.command(name="list", description="Every source, its health and its last error.")
    async def sources_list(self, interaction: discord.Interaction) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            return render.render(await self.core.sources_list(caller))

        await self.run(interaction, "sources list", handler, private=True)

    @sources.command(name="test", description="Read a URL and show what the bot would conclude.")
    @app_commands.describe(
        url="The feed, page or JSON API to read (nothing is stored)",
        kind="How to read it (default: feed)",
        target="Classify for this product only",
        selector="CSS selector of the text, for pages",
    )
    @app_commands.choices(kind=[Choice(name=k.value, value=k.value) for k in SourceKind])
    @app_commands.autocomplete(target=target_choices)
    async def sources_test(
        self,
        interaction: discord.Interaction,
        url: str,
        kind: str | None = None,
        target: str | None = None,
        selector: str | None = None,
    ) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            reply = await self.core.sources_test(
                caller, url, kind=kind, target=target, selector=selector
            )
            return render.render(reply)

        await self.run(interaction, "sources test", handler, slow=True, private=True)

    # admin commands

    @sources.command(name="add", description="Start reading a source. Needs Manage Server.")
    @app_commands.describe(
        url="The feed, page or JSON API to read",
        kind="How to read it (default: feed)",
        target="Only for this product (default: every product)",
        trust="How much its word counts (default: press)",
        selector="CSS selector of the text, for pages",
    )
    @app_commands.choices(
        kind=[Choice(name=k.value, value=k.value) for k in SourceKind],
        trust=[Choice(name=t.value, value=t.value) for t in Trust],
    )
    @app_commands.autocomplete(target=target_choices)
    async def sources_add(
        self,
        interaction: discord.Interaction,
        url: str,
        kind: str | None = None,
        target: str | None = None,
        trust: str | None = None,
        selector: str | None = None,
    ) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            reply = await self.core.sources_add(
                caller, url, kind=kind, target=target, trust=trust, selector=selector
            )
            return render.render(reply)

        await self.run(interaction, "sources add", handler, slow=True, private=True)

    @sources.command(name="remove", description="Stop reading a source. Needs Manage Server.")
    @app_commands.describe(source="The source to remove")
    @app_commands.autocomplete(source=source_choices)
    async def sources_remove(self, interaction: discord.Interaction, source: int) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            return render.render(await self.core.sources_remove(caller, source))

        await self.run(interaction, "sources remove", handler, private=True)

    @app_commands.command(
        description="Announce a target's changes in a channel. Needs Manage Server."
    )
    @app_commands.describe(
        target="Which product (default: the first one configured)",
        channel="Where to announce (default: this channel)",
        role="A role to mention in each announcement",
        webhook="Deliver through this channel webhook URL instead of the bot",
    )
    @app_commands.autocomplete(target=target_choices)
    async def subscribe(
        self,
        interaction: discord.Interaction,
        target: str | None = None,
        channel: ChannelOption | None = None,
        role: discord.Role | None = None,
        webhook: str | None = None,
    ) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            if webhook is not None and not WEBHOOK_URL.match(webhook.strip()):
                raise UserError(
                    "That is not a Discord webhook URL.",
                    "Copy it from Channel Settings → Integrations → Webhooks → Copy Webhook URL.",
                )
            if role is not None and role.is_default():
                raise UserError(
                    "Announcements never mention @everyone.",
                    "Pick a role people can opt into, or leave `role` empty.",
                )
            reply = await self.core.subscribe(
                caller,
                target,
                channel=str(channel.id) if channel else None,
                role=str(role.id) if role else None,
                webhook_url=webhook.strip() if webhook else None,
            )
            embed = render.render(reply)
            first = render.status_embed(
                reply.current.status,
                last_check=reply.current.last_check,
                healthy=(reply.current.sources_healthy, reply.current.sources_total),
            )
            try:
                await self.notifier.post_status(reply.subscription, first)
            except (DeliveryBroken, DeliveryRetry) as exc:
                embed.add_field(name="⚠ Could not post the current status", value=exc.reason)
            return render.fit(embed)

        await self.run(interaction, "subscribe", handler, slow=True, private=True)

    @app_commands.command(description="Stop announcing a target in a channel. Needs Manage Server.")
    @app_commands.describe(
        target="Which product (default: the first one configured)",
        channel="Which channel (default: this channel)",
    )
    @app_commands.autocomplete(target=target_choices)
    async def unsubscribe(
        self,
        interaction: discord.Interaction,
        target: str | None = None,
        channel: ChannelOption | None = None,
    ) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            reply = await self.core.unsubscribe(
                caller, target, channel=str(channel.id) if channel else None
            )
            return render.render(reply)

        await self.run(interaction, "unsubscribe", handler, private=True)

    @app_commands.command(description="Poll every source now. Needs Manage Server.")
    async def check(self, interaction: discord.Interaction) -> None:
        async def handler(caller: Caller) -> discord.Embed:
            return render.render(await self.core.check(caller))

        await self.run(interaction, "check", handler, slow=True, private=True)


async def on_tree_error(
    interaction: discord.Interaction, error: app_commands.AppCommandError
) -> None:
    """Failures discord.py raises before a handler runs: stale commands, unreadable
    options. Handlers catch their own errors, so anything else is unexpected."""
    if interaction.type is discord.InteractionType.autocomplete:
        log.warning("autocomplete failed: %s", error)
        if not interaction.response.is_done():
            await interaction.response.autocomplete([])
        return
    exc: BaseException = error
    if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        exc = UserError(
            "This command is out of date.",
            "Try again in a minute; if it persists, ask the operator to run "
            "`sora-bot discord sync`.",
        )
    elif isinstance(error, app_commands.TransformerError):
        exc = UserError("I could not read one of the options.", "Pick a value from the list.")
    elif isinstance(error, app_commands.CommandInvokeError):
        exc = error.original
    await answer(interaction, render.reply_error(describe_error(exc)), private=True)


def install(tree: app_commands.CommandTree, group: SoraGroup) -> None:
    """Add the group to the tree and route the tree's errors through `describe_error`."""
    tree.add_command(group)
    tree.error(on_tree_error)

"""The Discord edge: the discord.py client, its lifecycle and command sync.

`DiscordAdapter` owns one client (an `AutoShardedClient` when a shard count is
configured), the `/sora` command tree and the notifier. It asks for no privileged intent:
slash commands and announcements need only the `guilds` intent.

Endpoints: discord.py keeps its REST base (`discord.http.Route.BASE`) and gateway
(`DiscordWebSocket.DEFAULT_GATEWAY`) as class attributes. `start()` and `sync_commands()`
set them from the config, so a test server or proxy can stand in for Discord; being
class attributes, they apply to every discord.py client in the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging

import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket

from bot.adapters.discord.commands import SoraGroup, install
from bot.adapters.discord.notifier import DiscordNotifier
from bot.config import DiscordConfig
from bot.core.commands import Commands
from bot.core.ports import Store
from bot.errors import ConfigError, UserError

log = logging.getLogger(__name__)

COMMAND_HASH_KEY = "discord.command_hash"
CONNECT_TIMEOUT_S = 60.0
# discord.py sleeps through a 429 inline; longer waits go back to the outbox instead of
# holding it up (30 s is the smallest value discord.py accepts).
MAX_INLINE_RATELIMIT_S = 30.0


def point_at(settings: DiscordConfig) -> None:
    """Aim discord.py at the configured REST API and gateway (process-wide, see module)."""
    discord.http.Route.BASE = settings.api_base_url.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


class _ConnectSignal:
    """Sets `session_started` once every shard has received READY. That is when
    interactions start to arrive; `on_ready` waits further for guild caches we do not
    need (discord.py waits 2 s after the last GUILD_CREATE)."""

    session_started: asyncio.Event
    _connected_shards: set[int]

    def _init_signal(self) -> None:
        self.session_started = asyncio.Event()
        self._connected_shards = set()

    async def on_connect(self) -> None:
        if not isinstance(self, discord.AutoShardedClient):
            self.session_started.set()

    async def on_shard_connect(self, shard_id: int) -> None:
        self._connected_shards.add(shard_id)
        needed = self.shard_count if isinstance(self, discord.AutoShardedClient) else None
        if needed is not None and len(self._connected_shards) >= needed:
            self.session_started.set()


class SoraClient(_ConnectSignal, discord.Client):
    def __init__(self, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self._init_signal()


class ShardedSoraClient(_ConnectSignal, discord.AutoShardedClient):
    def __init__(self, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self._init_signal()


class DiscordAdapter:
    """Discord for the bot: commands in, announcements out. Nothing connects until
    `start()`; `close()` undoes it."""

    def __init__(
        self,
        commands: Commands,
        store: Store,
        settings: DiscordConfig,
        token: str,
        command_name: str,
    ) -> None:
        self.settings = settings
        self.store = store
        self._token = token
        options: dict[str, object] = {
            "intents": discord.Intents(guilds=True),
            "allowed_mentions": discord.AllowedMentions.none(),
            "max_ratelimit_timeout": MAX_INLINE_RATELIMIT_S,
        }
        # The bot never joins voice; without this every start logs two voice warnings.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        self.client: SoraClient | ShardedSoraClient
        if settings.shard_count:
            self.client = ShardedSoraClient(shard_count=settings.shard_count, **options)
        else:
            self.client = SoraClient(**options)
        self.tree: app_commands.CommandTree = app_commands.CommandTree(self.client)
        self.notifier = DiscordNotifier(self.client, store, status_card=settings.status_card)
        self.group = SoraGroup(
            commands, self.notifier, name=command_name, admin_ids=settings.admin_ids
        )
        install(self.tree, self.group)
        self._gateway: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Log in, sync commands if they changed, connect the gateway in the background;
        return once Discord has accepted the session. Raises ConfigError for a bad token
        and the gateway's own error if it fails before that, leaving nothing open."""
        try:
            await self._login()
            try:
                log.info("discord: %s", await self.sync_commands())
            except UserError as exc:  # the commands synced last time keep working
                log.error("discord: command sync failed: %s", exc)
            await self._connect()
        except BaseException:
            await self.close()
            raise

    async def _connect(self) -> None:
        self._gateway = asyncio.create_task(self.client.connect(), name="discord-gateway")
        self._gateway.add_done_callback(_report_gateway_end)
        started = asyncio.create_task(self.client.session_started.wait())
        done, _ = await asyncio.wait(
            {started, self._gateway},
            timeout=CONNECT_TIMEOUT_S,
            return_when=asyncio.FIRST_COMPLETED,
        )
        if started in done:
            log.info("discord: connected as %s", self.client.user)
            return
        started.cancel()
        if self._gateway in done:
            self._gateway.result()  # re-raises why the gateway stopped
        raise TimeoutError(
            f"Discord's gateway did not accept the session within {CONNECT_TIMEOUT_S:.0f} s; "
            f"check network access to {self.settings.gateway_url}."
        )

    async def close(self) -> None:
        await self.client.close()
        if self._gateway is not None:
            with contextlib.suppress(Exception):
                await self._gateway
        await self.notifier.close()

    async def sync_commands(self, force: bool = False) -> str:
        """Push the command tree to Discord when it changed since the last sync (its hash
        is kept in the store), or always when `force`. Guilds in the config get the
        commands at once; without guilds they are registered globally. Returns what
        happened, for the log or the CLI. Raises UserError when Discord refuses."""
        await self._login()
        guilds = sorted(set(self.settings.guild_ids))
        commands = [c.to_dict(self.tree) for c in self.tree.get_commands()]
        blob = json.dumps({"guilds": guilds, "commands": commands}, sort_keys=True)
        digest = hashlib.sha256(blob.encode()).hexdigest()[:16]
        if not force and await self.store.get_meta(COMMAND_HASH_KEY) == digest:
            return f"commands unchanged ({digest}); sync skipped"
        try:
            for guild_id in guilds:
                guild = discord.Object(guild_id)
                self.tree.copy_global_to(guild=guild)
                await self.tree.sync(guild=guild)
            if not guilds:
                await self.tree.sync()
        except discord.Forbidden:
            raise UserError(
                "Discord refused to register the commands.",
                "Invite the bot to each guild in discord.guild_ids with the "
                "applications.commands scope.",
            ) from None
        except discord.HTTPException as exc:
            raise UserError(
                f"Discord refused to register the commands ({exc.status}).",
                "Check discord.guild_ids, then run `sora-bot discord sync` again.",
            ) from None
        await self.store.set_meta(COMMAND_HASH_KEY, digest)
        where = f"guilds {', '.join(map(str, guilds))}" if guilds else "all guilds (global)"
        return f"synced {len(commands)} command(s) to {where} ({digest})"

    async def _login(self) -> None:
        if self.client.user is not None:
            return
        point_at(self.settings)
        try:
            await self.client.login(self._token)
        except discord.LoginFailure:
            raise ConfigError(
                "Discord rejected DISCORD_TOKEN.",
                "Copy the bot token from the Developer Portal (Bot → Reset Token) into "
                "DISCORD_TOKEN.",
            ) from None


def _report_gateway_end(task: asyncio.Task[None]) -> None:
    """The gateway task never ends silently: a crash is logged with its cause."""
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        log.error("discord: gateway stopped", exc_info=exc)

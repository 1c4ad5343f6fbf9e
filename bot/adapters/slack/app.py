"""The Slack edge: one bolt `AsyncApp` on one `AsyncWebClient`, reached either through
Socket Mode (an outbound websocket, for teams behind a firewall) or over HTTP (an aiohttp
server with `/slack/events` and `/healthz`), as `slack.mode` says.

Every slack_sdk client points at `slack.api_url`, so the bot works with Slack's other
environments and with the fake Slack in `tests/fakes/`. The token lives on the client,
not on `AsyncApp` (passing both raises `BoltError`); Socket Mode reuses the same client
for `apps.connections.open`. Bolt verifies request signatures and timestamps in HTTP
mode; that check stays on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.commands import Admins, SlashCommand
from bot.adapters.slack.notifier import SlackNotifier, error_code
from bot.config import SlackConfig
from bot.core.commands import Commands
from bot.errors import ConfigError

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
CONNECT_TIMEOUT_S = 30.0  # Socket Mode: how long start() waits for the websocket
DRAIN_TIMEOUT_S = 10.0  # close(): how long answers in progress may take to finish
HTTP_SHUTDOWN_S = 5.0


def _api_url(url: str) -> str:
    # slack_sdk joins method names onto it with urljoin: without the slash the last path
    # segment (`api`) would be replaced.
    return url if url.endswith("/") else f"{url}/"


class _TokenNotice(logging.Filter):
    """Drops bolt's "`token` will be unused" warning: bolt reads SLACK_BOT_TOKEN from the
    environment even when given a client, and the client carries that very token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


class SlackAdapter:
    """Owns the Slack clients, the bolt app and the chosen transport.

    Construction builds clients and registers the slash command but opens nothing;
    `start()` checks the bot token, then listens (HTTP) or connects (Socket Mode), and
    returns once commands can arrive; `close()` stops listening and lets answers in
    progress finish. `notifier` is ready from construction for the outbox to register.
    `admin_ids` adds the config's top-level `slack:` admins to `settings.admin_ids`.
    """

    def __init__(
        self,
        commands: Commands,
        settings: SlackConfig,
        bot_token: str,
        app_token: str | None,
        signing_secret: str | None,
        command_name: str,
        *,
        admin_ids: Iterable[str] = (),
    ) -> None:
        if settings.mode == "socket" and not app_token:
            raise ConfigError(
                "slack.mode is 'socket' but SLACK_APP_TOKEN is not set.",
                "Create an app-level token (xapp-…) with connections:write under Basic "
                "Information, or set slack.mode = 'http' and SLACK_SIGNING_SECRET.",
            )
        if settings.mode == "http" and not signing_secret:
            raise ConfigError(
                "slack.mode is 'http' but SLACK_SIGNING_SECRET is not set.",
                "Copy the Signing Secret from the app's Basic Information page.",
            )
        self._settings = settings
        self._app_token = app_token
        base_url = _api_url(settings.api_url)
        # Reads and command answers retry rate limits (honouring Retry-After) and server
        # errors; slack_sdk retries nothing but connection errors by default.
        self.client = AsyncWebClient(
            token=bot_token,
            base_url=base_url,
            retry_handlers=[
                AsyncConnectionErrorRetryHandler(max_retry_count=2),
                AsyncRateLimitErrorRetryHandler(max_retry_count=2),
                AsyncServerErrorRetryHandler(max_retry_count=2),
            ],
        )
        # Announcements are writes: retried by the outbox, never blindly by the client.
        writer = AsyncWebClient(token=bot_token, base_url=base_url, retry_handlers=[])
        self.notifier = SlackNotifier(writer=writer, reader=self.client)
        bolt_log = logging.getLogger("bot.adapters.slack.bolt")
        if not any(isinstance(f, _TokenNotice) for f in bolt_log.filters):
            bolt_log.addFilter(_TokenNotice())
        self._app = AsyncApp(
            name="sora-bot",
            client=self.client,
            # Socket Mode requests are not signed; bolt skips the check for them.
            signing_secret=signing_secret or "",
            logger=bolt_log,
        )
        admins = Admins(self.client, [*settings.admin_ids, *admin_ids])
        self._slash = SlashCommand(commands, admins, command_name)
        self._slash.register(self._app)
        self._runner: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self.port: int | None = None  # the bound HTTP port (useful with `slack.port = 0`)

    async def start(self) -> None:
        """Check the bot token, then listen or connect. Raises ConfigError saying what to
        fix when Slack refuses a token or cannot be reached."""
        await self._check_bot_token()
        if self._settings.mode == "http":
            await self._serve_http()
        else:
            await self._connect_socket()

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        await self._slash.drain(DRAIN_TIMEOUT_S)

    async def _check_bot_token(self) -> None:
        try:
            identity = await self.client.auth_test()
        except SlackApiError as exc:
            raise ConfigError(
                f"Slack refused SLACK_BOT_TOKEN ({error_code(exc)}).",
                "Copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.",
            ) from None
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise ConfigError(
                f"Could not reach Slack at {self.client.base_url} ({type(exc).__name__}).",
                "Check slack.api_url and this machine's network access.",
            ) from None
        log.info("slack: signed in as %s in %s", identity.get("user"), identity.get("team"))

    async def _serve_http(self) -> None:
        web_app = web.Application()
        web_app.add_routes(
            [web.post(EVENTS_PATH, self._on_event), web.get(HEALTH_PATH, self._on_health)]
        )
        runner = web.AppRunner(web_app, shutdown_timeout=HTTP_SHUTDOWN_S)
        await runner.setup()
        site = web.TCPSite(runner, self._settings.host, self._settings.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise ConfigError(
                f"Cannot listen on {self._settings.host}:{self._settings.port} ({exc.strerror}).",
                "Pick a free slack.port or stop what is using it.",
            ) from None
        self._runner = runner
        self.port = runner.addresses[0][1]
        log.info("slack: HTTP mode on %s:%s%s", self._settings.host, self.port, EVENTS_PATH)

    async def _on_event(self, request: web.Request) -> web.Response:
        answer = await self._app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(answer)

    async def _on_health(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "mode": "http"})

    async def _connect_socket(self) -> None:
        handler = AsyncSocketModeHandler(self._app, self._app_token, web_client=self.client)
        try:
            # Asked here rather than inside connect(), which would retry a refused token
            # forever; connect() reuses the URL.
            handler.client.wss_uri = await handler.client.issue_new_wss_url()
            await asyncio.wait_for(handler.connect_async(), CONNECT_TIMEOUT_S)
        except SlackApiError as exc:
            await handler.close_async()
            raise ConfigError(
                f"Slack refused SLACK_APP_TOKEN ({error_code(exc)}).",
                "Use an app-level token (xapp-…) with the connections:write scope, and "
                "turn Socket Mode on for the app.",
            ) from None
        except (aiohttp.ClientError, TimeoutError) as exc:
            await handler.close_async()
            raise ConfigError(
                f"Could not open Slack's Socket Mode connection ({type(exc).__name__}).",
                "Check slack.api_url and this machine's network access.",
            ) from None
        self._socket = handler
        log.info("slack: Socket Mode connected")

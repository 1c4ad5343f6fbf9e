"""A fake Discord on loopback (port 0) that discord.py's real code talks to.

It serves the slice of the REST API under `/api/v10` the bot uses (login, application
info, command sync, channel messages, interaction callbacks and follow-ups, webhook
execution) and a gateway websocket at `/gateway` (HELLO, IDENTIFY → READY and
GUILD_CREATE, heartbeats, RESUME, and INTERACTION_CREATE dispatched by the tests).

Like Discord it: dedupes a message whose `nonce` was already used with `enforce_nonce`;
answers 403/404 for channels the bot may not use or that do not exist; records who a
message would ping from its content and `allowed_mentions` (embeds never ping). Faults
(429 with `Via`, 5xx, lost responses) are injected per request with `fail`.

Tests wait on its state with `until` (a condition, never a sleep). Run as a module, it
serves on a fixed port for manual runs of the bot, driven over `/_fake/*` (see `main`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

TOKEN = "fake-bot-token"
MANAGE_GUILD = 1 << 5
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 31)  # view, send, embed, use cmds
EPHEMERAL = 1 << 6
LOADING = 1 << 7
_ids = itertools.count(1_300_000_000_000_000_000)
BODY: web.RequestKey[Any] = web.RequestKey("body", object)


def snowflake() -> int:
    return next(_ids)


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with Content-Type exactly `application/json`: discord.py parses nothing else."""
    body = json.dumps(data).encode()
    return web.Response(body=body, status=status, headers=headers, content_type="application/json")


def _error(status: int, message: str, code: int = 0) -> web.Response:
    return _json({"message": message, "code": code}, status=status)


@dataclass
class Fault:
    """Answer the next request matching `method` and `path` (a regex) with `status`.
    `lost_response`: do the work first, as if the answer got lost on the way back."""

    method: str
    path: str
    status: int
    retry_after: float = 0.01
    lost_response: bool = False


@dataclass(frozen=True)
class ChannelRef:
    """An option value that is a channel (resolved like Discord does)."""

    id: int


@dataclass(frozen=True)
class RoleRef:
    id: int


@dataclass(frozen=True)
class Typed:
    """An option value sent with an explicit option type (e.g. the text typed so far in
    an integer option being autocompleted, which Discord sends as a string)."""

    type: int
    value: Any


@dataclass
class FakeInteraction:
    id: int
    token: str
    channel_id: int
    payload: dict[str, Any]
    callback: dict[str, Any] | None = None
    original: dict[str, Any] | None = None
    edits: list[dict[str, Any]] = field(default_factory=list)
    followups: list[dict[str, Any]] = field(default_factory=list)

    @property
    def deferred(self) -> bool:
        return self.callback is not None and self.callback["type"] == 5

    @property
    def ephemeral(self) -> bool:
        return bool(self.original and self.original["flags"] & EPHEMERAL)


class FakeDiscord:
    def __init__(self) -> None:
        self.app_id = snowflake()
        self.bot = {
            "id": str(self.app_id),
            "username": "sora-bot",
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
            "bot": True,
        }
        self.guild_id = snowflake()
        self.channels: dict[int, dict[str, Any]] = {}
        self.forbidden: set[int] = set()
        self.messages: dict[int, list[dict[str, Any]]] = {}
        self.webhooks: dict[int, tuple[str, int]] = {}
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.interactions: dict[int, FakeInteraction] = {}
        self.identifies: list[dict[str, Any]] = []
        self.requests: list[tuple[str, str, Any]] = []
        self.faults: list[Fault] = []
        self._nonces: dict[tuple[int, str, str], dict[str, Any]] = {}
        self._sockets: list[tuple[web.WebSocketResponse, list[int]]] = []
        self._seq = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.general = self.add_channel("general")

    # setup and scenario helpers

    def add_channel(self, name: str, *, forbidden: bool = False) -> int:
        channel_id = snowflake()
        self.channels[channel_id] = {
            "id": str(channel_id), "type": 0, "name": name, "guild_id": str(self.guild_id),
            "position": len(self.channels), "permission_overwrites": [], "nsfw": False,
            "parent_id": None, "topic": None, "rate_limit_per_user": 0, "flags": 0,
            "last_message_id": None,
        }  # fmt: skip
        self.messages[channel_id] = []
        if forbidden:
            self.forbidden.add(channel_id)
        return channel_id

    def delete_channel(self, channel_id: int) -> None:
        del self.channels[channel_id]

    def add_webhook(self, channel_id: int) -> str:
        """A webhook URL in Discord's canonical form; discord.py sends it to Route.BASE."""
        webhook_id, token = snowflake(), "w" * 68
        self.webhooks[webhook_id] = (token, channel_id)
        return f"https://discord.com/api/webhooks/{webhook_id}/{token}"

    def fail(self, method: str, path: str, status: int, **options: Any) -> None:
        self.faults.append(Fault(method, path, status, **options))

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def until(self, predicate: Callable[[], Any], within: float = 5.0) -> Any:
        """Wait until `predicate()` is truthy (re-checked on every state change)."""
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(predicate)
        return predicate()

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # interactions

    async def slash(
        self,
        *path: str,
        options: dict[str, Any] | None = None,
        manage_guild: bool = False,
        user_id: int | None = None,
        channel_id: int | None = None,
        focused: str | None = None,
    ) -> FakeInteraction:
        """Dispatch INTERACTION_CREATE for `/path[0] path[1:] options`; with `focused`,
        an autocomplete for that option instead."""
        await self.until(lambda: self._sockets)
        channel_id = channel_id or self.general
        resolved: dict[str, dict[str, Any]] = {}
        leaf = [self._option(k, v, resolved, focused) for k, v in (options or {}).items()]
        nested: list[dict[str, Any]] = leaf
        for depth, name in reversed(list(enumerate(path[1:], start=1))):
            kind = 1 if depth == len(path) - 1 else 2
            nested = [{"name": name, "type": kind, "options": nested}]
        data: dict[str, Any] = {
            "id": str(snowflake()),
            "name": path[0],
            "type": 1,
            "options": nested,
            "guild_id": str(self.guild_id),
        }
        if resolved:
            data["resolved"] = resolved
        perms = MEMBER_PERMISSIONS | (MANAGE_GUILD if manage_guild else 0)
        user = {
            "id": str(user_id or snowflake()),
            "username": "someone",
            "discriminator": "0",
            "global_name": "Someone",
            "avatar": None,
        }
        interaction = FakeInteraction(snowflake(), f"itoken-{snowflake()}", channel_id, {})
        interaction.payload = {
            "id": str(interaction.id), "application_id": str(self.app_id),
            "type": 4 if focused else 2, "data": data, "guild_id": str(self.guild_id),
            "channel_id": str(channel_id), "channel": self.channels[channel_id],
            "member": {"user": user, "roles": [], "permissions": str(perms), "nick": None,
                       "joined_at": _now(), "deaf": False, "mute": False, "flags": 0},
            "token": interaction.token, "version": 1, "app_permissions": str(MEMBER_PERMISSIONS),
            "locale": "en-US", "guild_locale": "en-US", "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild_id)}, "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
        }  # fmt: skip
        self.interactions[interaction.id] = interaction
        await self.dispatch("INTERACTION_CREATE", interaction.payload)
        return interaction

    def _option(
        self, name: str, value: Any, resolved: dict[str, dict[str, Any]], focused: str | None
    ) -> dict[str, Any]:
        option: dict[str, Any] = {"name": name}
        if isinstance(value, ChannelRef):
            channel = {**self.channels[value.id], "permissions": str(MEMBER_PERMISSIONS)}
            resolved.setdefault("channels", {})[str(value.id)] = channel
            option.update(type=7, value=str(value.id))
        elif isinstance(value, RoleRef):
            resolved.setdefault("roles", {})[str(value.id)] = {
                "id": str(value.id), "name": "watchers", "color": 0, "hoist": False,
                "position": 1, "permissions": "0", "managed": False, "mentionable": True,
                "flags": 0,
            }  # fmt: skip
            option.update(type=8, value=str(value.id))
        elif isinstance(value, Typed):
            option.update(type=value.type, value=value.value)
        elif isinstance(value, bool):
            option.update(type=5, value=value)
        elif isinstance(value, int):
            option.update(type=4, value=value)
        else:
            option.update(type=3, value=str(value))
        if name == focused:
            option["focused"] = True
        return option

    async def reply(self, interaction: FakeInteraction) -> dict[str, Any]:
        """The visible answer: the first reply, or the deferred reply once filled in."""
        await self.until(
            lambda: (
                interaction.callback is not None and (not interaction.deferred or interaction.edits)
            )
        )
        assert interaction.original is not None
        return interaction.original

    async def choices(self, interaction: FakeInteraction) -> list[dict[str, Any]]:
        await self.until(lambda: interaction.callback is not None)
        assert interaction.callback is not None and interaction.callback["type"] == 8
        return list(interaction.callback["data"]["choices"])

    # gateway

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        guild_id = int(data.get("guild_id") or 0)
        for ws, (shard_id, count) in self._sockets:
            if (guild_id >> 22) % count == shard_id:
                await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})
                return
        raise AssertionError(f"no gateway connection for guild {guild_id}")

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        shard: list[int] | None = None
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                if payload["op"] == 1:
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif payload["op"] == 2:
                    shard = await self._identify(ws, payload["d"])
                elif payload["op"] == 6:
                    shard = [0, 1]
                    self._sockets.append((ws, shard))
                    seq = next(self._seq)
                    await ws.send_json({"op": 0, "t": "RESUMED", "s": seq, "d": {}})
                    await self._notify()
        finally:
            self._sockets = [(w, s) for w, s in self._sockets if w is not ws]
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> list[int]:
        if data["token"] != TOKEN:
            await ws.close(code=4004, message=b"Authentication failed.")
            return [0, 1]
        self.identifies.append(data)
        shard = list(data.get("shard", [0, 1]))
        ready = {
            "v": 10, "user": self.bot, "guilds": [{"id": str(self.guild_id), "unavailable": True}],
            "session_id": f"session-{snowflake()}", "resume_gateway_url": self.gateway_url,
            "shard": shard, "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [], "relationships": [], "user_settings": {},
        }  # fmt: skip
        await ws.send_json({"op": 0, "t": "READY", "s": next(self._seq), "d": ready})
        if (self.guild_id >> 22) % shard[1] == shard[0]:
            await ws.send_json(
                {"op": 0, "t": "GUILD_CREATE", "s": next(self._seq), "d": self._guild()}
            )
        self._sockets.append((ws, shard))
        await self._notify()
        return shard

    def _guild(self) -> dict[str, Any]:
        everyone = {"id": str(self.guild_id), "name": "@everyone", "color": 0, "hoist": False,
                    "position": 0, "permissions": str(MEMBER_PERMISSIONS), "managed": False,
                    "mentionable": False, "flags": 0}  # fmt: skip
        return {
            "id": str(self.guild_id), "name": "Fake guild", "icon": None, "owner_id": "1",
            "roles": [everyone], "channels": list(self.channels.values()), "members": [],
            "member_count": 2, "unavailable": False, "features": [], "emojis": [],
            "stickers": [], "threads": [], "stage_instances": [], "voice_states": [],
            "presences": [], "guild_scheduled_events": [], "soundboard_sounds": [],
            "large": False, "joined_at": _now(), "afk_timeout": 300, "mfa_level": 0,
            "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "premium_tier": 0, "preferred_locale": "en-US",
            "system_channel_flags": 0, "nsfw_level": 0,
        }  # fmt: skip

    # REST

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        body = await request.json() if request.can_read_body else None
        self.requests.append((request.method, request.path, body))
        request[BODY] = body
        fault = next(
            (f for f in self.faults
             if f.method == request.method and re.search(f.path, request.path)),
            None,
        )  # fmt: skip
        if fault is None:
            response = await handler(request)
        else:
            self.faults.remove(fault)
            if fault.lost_response:
                await handler(request)
            response = self._fault(fault)
        await self._notify()
        return response

    @staticmethod
    def _fault(fault: Fault) -> web.Response:
        if fault.status == 429:
            body = {"message": "You are being rate limited.", "retry_after": fault.retry_after,
                    "global": False}  # fmt: skip
            headers = {"Retry-After": str(fault.retry_after), "Via": "1.1 google"}
            return _json(body, status=429, headers=headers)
        return _error(fault.status, "Injected failure")

    def _authorised(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bot {TOKEN}"

    async def _me(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, "401: Unauthorized")
        return _json(self.bot)

    async def _application(self, request: web.Request) -> web.Response:
        return _json({
            "id": str(self.app_id), "name": "sora-bot", "description": "", "icon": None,
            "bot_public": True, "bot_require_code_grant": False, "verify_key": "0" * 64,
            "owner": {**self.bot, "bot": False}, "team": None, "flags": 0,
            "rpc_origins": [], "summary": "",
        })  # fmt: skip

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _put_commands(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, "401: Unauthorized")
        guild = request.match_info.get("guild")
        stored = [
            {**cmd, "id": str(snowflake()), "application_id": str(self.app_id),
             "version": str(snowflake()), "type": cmd.get("type", 1),
             **({"guild_id": guild} if guild else {})}
            for cmd in request[BODY]
        ]  # fmt: skip
        self.commands[int(guild) if guild else None] = stored
        return _json(stored)

    def _channel_or_error(self, request: web.Request) -> int | web.Response:
        channel_id = int(request.match_info["channel"])
        if channel_id not in self.channels:
            return _error(404, "Unknown Channel", 10003)
        if channel_id in self.forbidden:
            return _error(403, "Missing Access", 50001)
        return channel_id

    def _message(
        self, channel_id: int, body: dict[str, Any], author: dict[str, Any], **extra: Any
    ) -> dict[str, Any]:
        message = {
            "id": str(snowflake()), "channel_id": str(channel_id),
            "guild_id": str(self.guild_id), "author": author,
            "content": body.get("content") or "", "embeds": body.get("embeds") or [],
            "attachments": [], "mentions": [], "mention_roles": [], "components": [],
            "mention_everyone": False, "pinned": False, "tts": False, "timestamp": _now(),
            "edited_timestamp": None, "type": 0, "flags": body.get("flags") or 0,
            "pings": pings(body.get("content") or "", body.get("allowed_mentions")),
            **extra,
        }  # fmt: skip
        return message

    async def _post_message(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, "401: Unauthorized")
        channel_id = self._channel_or_error(request)
        if isinstance(channel_id, web.Response):
            return channel_id
        body = request[BODY]
        nonce = body.get("nonce")
        key = (channel_id, self.bot["id"], str(nonce))
        if nonce is not None and body.get("enforce_nonce") and key in self._nonces:
            return _json(self._nonces[key])
        message = self._message(channel_id, body, self.bot, nonce=nonce)
        self.messages[channel_id].append(message)
        if nonce is not None:
            self._nonces[key] = message
        return _json(message)

    async def _list_messages(self, request: web.Request) -> web.Response:
        channel_id = self._channel_or_error(request)
        if isinstance(channel_id, web.Response):
            return channel_id
        newest_first = list(reversed(self.messages[channel_id]))
        if "before" in request.query:
            newest_first = [m for m in newest_first if int(m["id"]) < int(request.query["before"])]
        limit = int(request.query.get("limit", 50))
        return _json([{**m, "nonce": None} for m in newest_first[:limit]])

    async def _edit_message(self, request: web.Request) -> web.Response:
        channel_id = self._channel_or_error(request)
        if isinstance(channel_id, web.Response):
            return channel_id
        for message in self.messages[channel_id]:
            if message["id"] == request.match_info["message"]:
                if message["author"]["id"] != self.bot["id"]:
                    return _error(403, "Cannot edit a message authored by another user", 50005)
                return _json(self._update(message, request[BODY]))
        return _error(404, "Unknown Message", 10008)

    @staticmethod
    def _update(message: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        for key in ("content", "embeds", "flags"):
            if key in body and body[key] is not None:
                message[key] = body[key]
        message["edited_timestamp"] = _now()
        return message

    async def _callback(self, request: web.Request) -> web.Response:
        interaction = self.interactions.get(int(request.match_info["id"]))
        if interaction is None or interaction.token != request.match_info["token"]:
            return _error(404, "Unknown interaction", 10062)
        if interaction.callback is not None:
            return _error(400, "Interaction has already been acknowledged.", 40060)
        body = request[BODY]
        interaction.callback = body
        if body["type"] == 8:
            return web.Response(status=204)
        data = body.get("data") or {}
        flags = data.get("flags") or 0
        if body["type"] == 5:
            flags |= LOADING
        message = self._message(
            interaction.channel_id, {**data, "flags": flags}, self.bot,
            type=20, application_id=str(self.app_id), webhook_id=str(self.app_id),
        )  # fmt: skip
        interaction.original = message
        if not flags & EPHEMERAL:
            self.messages[interaction.channel_id].append(message)
        return _json({
            "interaction": {"id": str(interaction.id), "type": 2,
                            "response_message_id": message["id"],
                            "response_message_loading": body["type"] == 5,
                            "response_message_ephemeral": bool(flags & EPHEMERAL)},
            "resource": {"type": body["type"], "message": message},
        })  # fmt: skip

    def _by_token(self, token: str) -> FakeInteraction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

    async def _webhook_get(self, request: web.Request) -> web.Response:
        webhook_id = int(request.match_info["id"])
        if webhook_id not in self.webhooks:
            return _error(404, "Unknown Webhook", 10015)
        token, channel_id = self.webhooks[webhook_id]
        return _json({
            "id": str(webhook_id), "type": 1, "channel_id": str(channel_id),
            "guild_id": str(self.guild_id), "name": "announcer", "avatar": None,
            "token": token, "application_id": None,
        })  # fmt: skip

    async def _webhook_post(self, request: web.Request) -> web.Response:
        webhook_id, token = int(request.match_info["id"]), request.match_info["token"]
        body = request[BODY]
        if webhook_id == self.app_id:
            interaction = self._by_token(token)
            if interaction is None:
                return _error(404, "Unknown Webhook", 10015)
            message = self._message(interaction.channel_id, body, self.bot)
            interaction.followups.append(message)
            return _json(message)
        if self.webhooks.get(webhook_id, ("", 0))[0] != token:
            return _error(404, "Unknown Webhook", 10015)
        channel_id = self.webhooks[webhook_id][1]
        if channel_id not in self.channels:
            return _error(404, "Unknown Webhook", 10015)
        author = {"id": str(webhook_id), "username": "announcer", "discriminator": "0000",
                  "avatar": None, "bot": True}  # fmt: skip
        message = self._message(channel_id, body, author, webhook_id=str(webhook_id))
        self.messages[channel_id].append(message)
        if request.query.get("wait") in {"1", "true", "True"}:
            return _json(message)
        return web.Response(status=204)

    async def _webhook_message(self, request: web.Request) -> web.Response:
        webhook_id, token = int(request.match_info["id"]), request.match_info["token"]
        message_id = request.match_info["message"]
        if webhook_id == self.app_id and message_id == "@original":
            interaction = self._by_token(token)
            if interaction is None or interaction.original is None:
                return _error(404, "Unknown Message", 10008)
            if request.method == "PATCH":
                interaction.edits.append(request[BODY])
                self._update(interaction.original, request[BODY])
                interaction.original["flags"] &= ~LOADING
            return _json(interaction.original)
        if self.webhooks.get(webhook_id, ("", 0))[0] != token:
            return _error(404, "Unknown Webhook", 10015)
        for message in self.messages.get(self.webhooks[webhook_id][1], []):
            if message["id"] == message_id and message.get("webhook_id") == str(webhook_id):
                if request.method == "PATCH":
                    self._update(message, request[BODY])
                return _json(message)
        return _error(404, "Unknown Message", 10008)

    # control API, for driving the fake from outside a test (see `main`)

    async def _info(self, request: web.Request) -> web.Response:
        names = {c["name"]: int(c["id"]) for c in self.channels.values()}
        return _json({"api_base_url": self.api_base, "gateway_url": self.gateway_url,
                      "guild_id": self.guild_id, "channels": names, "token": TOKEN})  # fmt: skip

    async def _control_channel(self, request: web.Request) -> web.Response:
        body = request[BODY] or {}
        if request.method == "DELETE":
            self.delete_channel(int(request.match_info["channel"]))
            return _json({})
        channel_id = self.add_channel(body["name"], forbidden=bool(body.get("forbidden")))
        return _json({"id": channel_id})

    async def _control_messages(self, request: web.Request) -> web.Response:
        return _json(self.messages.get(int(request.match_info["channel"]), []))

    async def _control_webhook(self, request: web.Request) -> web.Response:
        return _json({"url": self.add_webhook(int(request[BODY]["channel"]))})

    async def _control_slash(self, request: web.Request) -> web.Response:
        """`{"command": "sora subscribe", "options": {"channel": "#<id>", "role": "@&<id>"},
        "manage_guild": true}` → the reply message, once it is final."""
        body = request[BODY]
        options: dict[str, Any] = {}
        for name, value in (body.get("options") or {}).items():
            if isinstance(value, str) and value.startswith("#") and value[1:].isdigit():
                value = ChannelRef(int(value[1:]))
            elif isinstance(value, str) and value.startswith("@&") and value[2:].isdigit():
                value = RoleRef(int(value[2:]))
            options[name] = value
        interaction = await self.slash(
            *body["command"].split(),
            options=options,
            manage_guild=bool(body.get("manage_guild")),
            channel_id=body.get("channel"),
        )
        return _json(await self.reply(interaction))

    # lifecycle

    async def start(self, port: int = 0) -> None:
        app = web.Application(middlewares=[self._middleware])
        api = "/api/v10"
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get(f"{api}/users/@me", self._me)
        app.router.add_get(f"{api}/oauth2/applications/@me", self._application)
        app.router.add_get(f"{api}/gateway/bot", self._gateway_bot)
        app.router.add_put(f"{api}/applications/{{app}}/commands", self._put_commands)
        app.router.add_put(
            f"{api}/applications/{{app}}/guilds/{{guild}}/commands", self._put_commands
        )
        app.router.add_post(f"{api}/channels/{{channel}}/messages", self._post_message)
        app.router.add_get(f"{api}/channels/{{channel}}/messages", self._list_messages)
        app.router.add_patch(f"{api}/channels/{{channel}}/messages/{{message}}", self._edit_message)
        app.router.add_post(f"{api}/interactions/{{id}}/{{token}}/callback", self._callback)
        app.router.add_get(f"{api}/webhooks/{{id}}/{{token}}", self._webhook_get)
        app.router.add_post(f"{api}/webhooks/{{id}}/{{token}}", self._webhook_post)
        for method in ("GET", "PATCH"):
            app.router.add_route(
                method, f"{api}/webhooks/{{id}}/{{token}}/messages/{{message}}",
                self._webhook_message,
            )  # fmt: skip
        app.router.add_get("/_fake", self._info)
        app.router.add_post("/_fake/channels", self._control_channel)
        app.router.add_delete("/_fake/channels/{channel}", self._control_channel)
        app.router.add_get("/_fake/channels/{channel}/messages", self._control_messages)
        app.router.add_post("/_fake/webhooks", self._control_webhook)
        app.router.add_post("/_fake/slash", self._control_slash)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        for ws, _ in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()


_MENTION = re.compile(r"<@(?P<kind>[&!]?)(?P<id>\d{17,20})>|@(?P<all>everyone|here)")


def pings(content: str, allowed: dict[str, Any] | None) -> dict[str, Any]:
    """Who Discord would notify for `content` under `allowed_mentions` (None: default,
    which parses everything). Embeds never notify, so only content is read."""
    parse = set(allowed.get("parse", [])) if allowed is not None else {"everyone", "roles", "users"}
    allowed_roles = {str(r) for r in allowed.get("roles", [])} if allowed is not None else set()
    allowed_users = {str(u) for u in allowed.get("users", [])} if allowed is not None else set()
    result: dict[str, Any] = {"everyone": False, "roles": [], "users": []}
    for match in _MENTION.finditer(content):
        if match["all"]:
            result["everyone"] = result["everyone"] or "everyone" in parse
        elif match["kind"] == "&":
            if "roles" in parse or match["id"] in allowed_roles:
                result["roles"].append(match["id"])
        elif "users" in parse or match["id"] in allowed_users:
            result["users"].append(match["id"])
    return result


async def serve(port: int) -> None:
    """Run the fake until interrupted, printing what a bot config needs."""
    server = FakeDiscord()
    await server.start(port)
    print(
        f"fake Discord on 127.0.0.1:{server.port}\n"
        f"  DISCORD_TOKEN={TOKEN}\n"
        f'  [discord] api_base_url = "{server.api_base}"\n'
        f'            gateway_url = "{server.gateway_url}"\n'
        f"            guild_ids = [{server.guild_id}]\n"
        f"  #general = {server.general}\n"
        f"  drive it: curl -s -XPOST 127.0.0.1:{server.port}/_fake/slash "
        '-d \'{"command": "sora status"}\'',
        flush=True,
    )
    try:
        await asyncio.Event().wait()
    finally:
        await server.close()


def main() -> None:
    """`python -m tests.fakes.discord_server [--port N]`: the fake for manual runs of
    `sora-bot run`; `/_fake/slash`, `/_fake/channels` and `/_fake/webhooks` drive it."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--port", type=int, default=0)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(parser.parse_args().port))


if __name__ == "__main__":
    main()

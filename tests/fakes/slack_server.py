"""A fake Slack on loopback (port 0): the Web API methods the bot uses, `response_url`
endpoints, and a Socket Mode websocket; plus Slack's side of a slash command (signed HTTP
POST, or an envelope over the websocket).

It records every call, keeps channels and their messages (with metadata, paginated history
as Slack pages it) and can be told to answer the next calls of a method with a 429 or a
5xx. Tests wait for what they expect with `wait_for`, never with sleeps.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from aiohttp import ClientSession, WSMsgType, web

BOT_TOKEN = "xoxb-fake"
APP_TOKEN = "xapp-fake"
WAIT_S = 10.0  # how long a test waits for an expected event before failing
BOT_USER = "UBOT"
BOT_ID = "BBOT"
TEAM = "T0FAKE"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int


@dataclass
class Failure:
    status: int
    retry_after: int | None = None


@dataclass
class Channel:
    id: str
    name: str
    is_member: bool = True
    is_archived: bool = False
    messages: list[dict[str, Any]] = field(default_factory=list)  # oldest first


def signature(secret: str, timestamp: str, body: str) -> str:
    """Slack's request signature: HMAC-SHA256 over `v0:timestamp:body`."""
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class FakeSlack:
    def __init__(self, bot_token: str = BOT_TOKEN, app_token: str = APP_TOKEN) -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.channels: dict[str, Channel] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.calls: list[Call] = []
        self.responses: list[tuple[str, dict[str, Any]]] = []  # (response_url key, body)
        self.ephemerals: list[dict[str, Any]] = []
        self._failures: dict[str, deque[Failure]] = defaultdict(deque)
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self._acks: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._seq = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.add_routes(
            [
                web.route("*", "/api/{method}", self._api),
                web.post("/respond/{key}", self._respond),
                web.get("/socket-mode", self._socket),
            ]
        )
        self._runner = web.AppRunner(app, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    # --- setup and inspection ----------------------------------------------------------

    def add_channel(
        self, id: str, name: str, *, member: bool = True, archived: bool = False
    ) -> Channel:
        self.channels[id] = Channel(id, name, is_member=member, is_archived=archived)
        return self.channels[id]

    def add_user(self, id: str, *, admin: bool = False, owner: bool = False) -> None:
        self.users[id] = {"id": id, "name": id.lower(), "is_admin": admin, "is_owner": owner}

    def fail_next(
        self, method: str, status: int, *, retry_after: int | None = None, times: int = 1
    ) -> None:
        """Answer the next `times` calls of `method` with HTTP `status` (429: ratelimited)."""
        self._failures[method].extend(Failure(status, retry_after) for _ in range(times))

    def response_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/respond/{uuid.uuid4().hex}"

    def calls_to(self, method: str, status: int | None = 200) -> list[Call]:
        return [c for c in self.calls if c.method == method and status in (None, c.status)]

    def posted(self, channel: str) -> list[dict[str, Any]]:
        return list(self.channels[channel].messages)

    def responses_to(self, url: str) -> list[dict[str, Any]]:
        key = url.rsplit("/", 1)[1]
        return [body for k, body in self.responses if k == key]

    async def wait_for(self, predicate: Callable[[], bool]) -> None:
        """Return once `predicate()` holds; checked after every recorded event."""
        async with asyncio.timeout(WAIT_S), self._changed:
            await self._changed.wait_for(predicate)

    async def wait_response(self, url: str, count: int = 1) -> list[dict[str, Any]]:
        await self.wait_for(lambda: len(self.responses_to(url)) >= count)
        return self.responses_to(url)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # --- Slack's side of a slash command -----------------------------------------------

    def command_payload(
        self, text: str, *, user: str, channel: str, command: str = "/sora"
    ) -> dict[str, str]:
        return {
            "token": "deprecated-verification-token",
            "team_id": TEAM,
            "team_domain": "fake",
            "channel_id": channel,
            "channel_name": self.channels[channel].name if channel in self.channels else "x",
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A0FAKE",
            "is_enterprise_install": "false",
            "response_url": self.response_url(),
            "trigger_id": f"trigger-{next(self._seq)}",
        }

    async def post_command(
        self,
        url: str,
        secret: str,
        payload: dict[str, str],
        *,
        timestamp: int | None = None,
        bad_signature: bool = False,
    ) -> tuple[int, dict[str, Any] | str]:
        """POST a slash command to an HTTP-mode app as Slack does, signed with `secret`."""
        body = urlencode(payload)
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        sig = signature("wrong-secret" if bad_signature else secret, stamp, body)
        headers = {
            "content-type": "application/x-www-form-urlencoded",
            "x-slack-request-timestamp": stamp,
            "x-slack-signature": sig,
        }
        async with (
            ClientSession() as session,
            session.post(url, data=body, headers=headers) as resp,
        ):
            text = await resp.text()
            try:
                return resp.status, json.loads(text) if text else {}
            except json.JSONDecodeError:
                return resp.status, text

    async def socket_command(self, payload: dict[str, str]) -> dict[str, Any]:
        """Send a slash command envelope over Socket Mode; return the app's ack payload."""
        await self.wait_for(lambda: bool(self._sockets))
        envelope_id = uuid.uuid4().hex
        acked = asyncio.get_running_loop().create_future()
        self._acks[envelope_id] = acked
        await self._sockets[-1].send_str(
            json.dumps(
                {
                    "envelope_id": envelope_id,
                    "type": "slash_commands",
                    "accepts_response_payload": True,
                    "payload": payload,
                }
            )
        )
        async with asyncio.timeout(WAIT_S):
            return await acked

    # --- endpoints ---------------------------------------------------------------------

    async def _respond(self, request: web.Request) -> web.Response:
        self.responses.append((request.match_info["key"], await request.json()))
        await self._notify()
        return web.Response(text="ok")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"type": "hello", "num_connections": len(self._sockets)}))
        await self._notify()
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                future = self._acks.pop(data.get("envelope_id", ""), None)
                if future is not None and not future.done():
                    future.set_result(data.get("payload") or {})
        finally:
            self._sockets.remove(ws)
            await self._notify()
        return ws

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                params.update(await request.post())
        failure = self._failures[method].popleft() if self._failures[method] else None
        if failure is not None:
            response = self._failure(failure)
        else:
            response = self._answer(method, params, request.headers.get("Authorization", ""))
        self.calls.append(Call(method, params, response.status))
        await self._notify()
        return response

    def _failure(self, failure: Failure) -> web.Response:
        if failure.status == 429:
            headers = {"Retry-After": str(failure.retry_after or 0)}
            body = {"ok": False, "error": "ratelimited"}
            return web.json_response(body, status=429, headers=headers)
        return web.Response(status=failure.status, text="server trouble", content_type="text/plain")

    def _answer(self, method: str, params: dict[str, Any], auth: str) -> web.Response:
        token = auth.removeprefix("Bearer ").strip()
        wanted = self.app_token if method == "apps.connections.open" else self.bot_token
        if not token:
            return _error("not_authed")
        if token != wanted:
            return _error("invalid_auth")
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return _error("unknown_method")
        body: dict[str, Any] = handler(params)
        return web.json_response(body)

    # --- Web API methods (ok: True unless they return an error) ------------------------

    def _m_auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return _ok(
            url="https://fake.slack.com/",
            team="Fake",
            user="sora",
            team_id=TEAM,
            user_id=BOT_USER,
            bot_id=BOT_ID,
            is_enterprise_install=False,
        )

    def _m_apps_connections_open(self, params: dict[str, Any]) -> dict[str, Any]:
        return _ok(url=f"ws://127.0.0.1:{self.port}/socket-mode")

    def _writable(self, channel_id: str) -> tuple[Channel | None, dict[str, Any] | None]:
        channel = self.channels.get(channel_id)
        if channel is None:
            return None, {"ok": False, "error": "channel_not_found"}
        if channel.is_archived:
            return None, {"ok": False, "error": "is_archived"}
        if not channel.is_member:
            return None, {"ok": False, "error": "not_in_channel"}
        return channel, None

    def _m_chat_postMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        channel, error = self._writable(str(params.get("channel", "")))
        if channel is None:
            return error or {}
        metadata = params.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        if metadata is not None and not (
            isinstance(metadata.get("event_type"), str)
            and isinstance(metadata.get("event_payload"), dict)
        ):
            return {"ok": False, "error": "invalid_metadata_format"}
        message = {
            "type": "message",
            "ts": f"{int(time.time())}.{next(self._seq):06d}",
            "text": params.get("text", ""),
            "blocks": params.get("blocks", []),
            "user": BOT_USER,
            "bot_id": BOT_ID,
            "metadata": metadata,
        }
        channel.messages.append(message)
        shown = {k: v for k, v in message.items() if k != "metadata"}
        return _ok(channel=channel.id, ts=message["ts"], message=shown)

    def _m_chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        channel, error = self._writable(str(params.get("channel", "")))
        if channel is None:
            return error or {}
        for message in channel.messages:
            if message["ts"] == params.get("ts"):
                message.update(text=params.get("text", ""), blocks=params.get("blocks", []))
                return _ok(channel=channel.id, ts=message["ts"], text=message["text"])
        return {"ok": False, "error": "message_not_found"}

    def _m_chat_postEphemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        channel, error = self._writable(str(params.get("channel", "")))
        if channel is None:
            return error or {}
        self.ephemerals.append(params)
        return _ok(message_ts=f"{int(time.time())}.{next(self._seq):06d}")

    def _m_conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self.channels.get(str(params.get("channel", "")))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if not channel.is_member:
            return {"ok": False, "error": "not_in_channel"}
        oldest = float(params.get("oldest") or 0)
        with_metadata = str(params.get("include_all_metadata", "")).lower() in {"1", "true"}
        found = [m for m in reversed(channel.messages) if float(m["ts"]) >= oldest]
        start = int(params.get("cursor") or 0)
        limit = min(int(params.get("limit") or 100), 999)
        page = found[start : start + limit]
        more = start + limit < len(found)
        shown = [
            {k: v for k, v in m.items() if k != "metadata" or (with_metadata and v)} for m in page
        ]
        return _ok(
            messages=shown,
            has_more=more,
            response_metadata={"next_cursor": str(start + limit) if more else ""},
        )

    def _m_conversations_info(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self.channels.get(str(params.get("channel", "")))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        return _ok(
            channel={
                "id": channel.id,
                "name": channel.name,
                "is_member": channel.is_member,
                "is_archived": channel.is_archived,
            }
        )

    def _m_users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get(str(params.get("user", "")))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return _ok(user=user)


def _ok(**fields: Any) -> dict[str, Any]:
    return {"ok": True, **fields}


def _error(code: str) -> web.Response:
    return web.json_response({"ok": False, "error": code})

"""`/sora <subcommand> [args]` in Slack: parse the text, acknowledge at once, call the core,
answer through `respond()`.

Slack waits 3 seconds for the acknowledgement (in Socket Mode a late one is dropped), so
the handler acks before any network or database work and sends the answer afterwards.
Bad input is answered in the ack itself, since that needs no I/O. Every answer is
ephemeral except `status --public` and the status card a new subscription posts.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import shlex
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack import render
from bot.adapters.slack.notifier import error_code
from bot.core.commands import ADMIN_COMMANDS, Commands
from bot.core.replies import Caller, Reply, StatusReply, SubscribeReply, describe_error
from bot.errors import PermissionDenied, UserError

log = logging.getLogger(__name__)

USAGE = {
    "status": "status [target] [--public]",
    "history": "history [target]",
    "sources list": "sources list",
    "sources add": "sources add <url> [kind=feed|page|json] [target=..] "
    '[trust=official|press|community] [selector=".."]',
    "sources remove": "sources remove <id>",
    "sources test": 'sources test <url> [kind=..] [target=..] [selector=".."]',
    "subscribe": "subscribe [target] [#channel]",
    "unsubscribe": "unsubscribe [target] [#channel]",
    "check": "check",
    "help": "help",
}
OPTIONS = {
    "sources add": {"kind", "target", "trust", "selector"},
    "sources test": {"kind", "target", "selector"},
}
SLOW = {
    "check": "Checking every source; the answer follows here.",
    "sources test": "Reading that source; the answer follows here.",
}

# With "escape channels, users and links" on (see config/slack-manifest.yaml), Slack sends
# `#general` as `<#C123|general>` and links as `<https://…>` or `<https://…|label>`.
_CHANNEL = re.compile(r"<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>")
_LINK = re.compile(r"<((?:https?|file)://[^|>]+)(?:\|[^>]*)?>")
_OPTION = re.compile(r"([a-z_]+)=(.*)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Invocation:
    """One parsed command line. `command` is named as in `ADMIN_COMMANDS`."""

    command: str
    target: str | None = None
    channel: str | None = None
    url: str | None = None
    source_id: int | None = None
    options: dict[str, str] = field(default_factory=dict)
    public: bool = False


def _usage_error(name: str, command: str, problem: str) -> UserError:
    return UserError(problem, f"Use: `/{name} {USAGE[command]}`")


def _tokens(text: str, name: str) -> list[str]:
    # Slack's clients turn typed quotes into curly ones; single ones are kept, since a
    # curly single quote is far more often an apostrophe than a quote.
    text = text.replace("“", '"').replace("”", '"')
    try:
        return shlex.split(text)
    except ValueError:
        raise UserError(
            "A quote in your command is not closed.",
            f'Close it, as in `/{name} sources add <url> selector="div.news > h2"`.',
        ) from None


def parse(text: str, name: str) -> Invocation:
    """Turn the text after `/name` into an invocation; UserError says what is wrong and
    shows the right form."""
    tokens = _tokens(text, name)
    if not tokens:
        return Invocation("help")
    head, rest = tokens[0].lower(), tokens[1:]
    if head == "sources":
        sub = rest[0].lower() if rest else "list"
        head, rest = f"sources {sub}", rest[1:]
        if head not in USAGE:
            raise UserError(
                f"`sources` has no `{sub}` subcommand.",
                f"Use `/{name} sources list`, `add <url>`, `remove <id>` or `test <url>`.",
            )
    if head not in USAGE:
        known = ", ".join(sorted({c.split()[0] for c in USAGE}))
        raise UserError(
            f"`{head}` is not a `/{name}` command.",
            f"Try one of: {known}; `/{name} help` explains each.",
        )
    return _ARGUMENTS[head](head, rest, name)


def _words(command: str, rest: list[str], name: str) -> tuple[list[str], set[str]]:
    """Positional words (Slack's escaping undone) and `--flags`, refusing what does not fit."""
    words, flags = [], set()
    for token in rest:
        if token.startswith("--"):
            flags.add(token)
        elif (option := _OPTION.fullmatch(token)) and command not in OPTIONS:
            raise _usage_error(name, command, f"`{command}` takes no `{option[1]}=` option.")
        else:
            words.append(token)
    allowed = {"--public"} if command == "status" else set()
    if flags - allowed:
        flag = sorted(flags - allowed)[0]
        raise _usage_error(name, command, f"`{command}` has no `{flag}` flag.")
    return words, flags


def _text(token: str) -> str:
    link = _LINK.fullmatch(token)
    return html.unescape(link[1] if link else token)


def _target(words: list[str]) -> str | None:
    return " ".join(_text(w) for w in words) or None


def _parse_target(command: str, rest: list[str], name: str) -> Invocation:
    words, flags = _words(command, rest, name)
    if any(_CHANNEL.fullmatch(w) for w in words):
        raise _usage_error(name, command, f"`{command}` does not take a channel.")
    return Invocation(command, target=_target(words), public="--public" in flags)


def _parse_bare(command: str, rest: list[str], name: str) -> Invocation:
    if command != "help" and rest:
        raise _usage_error(name, command, f"`{command}` takes no arguments.")
    return Invocation(command)


def _parse_channel(command: str, rest: list[str], name: str) -> Invocation:
    words, _ = _words(command, rest, name)
    channels = [m[1] for w in words if (m := _CHANNEL.fullmatch(w))]
    others = [w for w in words if not _CHANNEL.fullmatch(w)]
    if len(channels) > 1:
        raise _usage_error(name, command, "Name one channel at a time.")
    if any(w.startswith("#") for w in others):
        raise UserError(
            "I could not read that channel.",
            "Pick it from the list Slack shows as you type `#`, so Slack sends it as a link.",
        )
    return Invocation(command, target=_target(others), channel=channels[0] if channels else None)


def _parse_source(command: str, rest: list[str], name: str) -> Invocation:
    words, _ = _words(command, rest, name)
    options: dict[str, str] = {}
    positional = []
    for word in words:
        option = _OPTION.fullmatch(word)
        if option is None:
            positional.append(_text(word))
        elif option[1] not in OPTIONS[command]:
            allowed = ", ".join(f"`{o}=`" for o in sorted(OPTIONS[command]))
            raise _usage_error(name, command, f"Unknown option `{option[1]}=`; use {allowed}.")
        else:
            options[option[1]] = _text(option[2])
    if not positional:
        raise _usage_error(name, command, "The source's URL is missing.")
    if len(positional) > 1:
        raise _usage_error(name, command, f"Only one URL, please; `{positional[1]}` is extra.")
    return Invocation(command, url=positional[0], options=options)


def _parse_remove(command: str, rest: list[str], name: str) -> Invocation:
    words, _ = _words(command, rest, name)
    if len(words) != 1 or not words[0].lstrip("#").isdigit():
        shown = f"`{' '.join(words)}` is not a source id." if words else "The source id is missing."
        raise UserError(
            shown, f"Use: `/{name} {USAGE[command]}`; `/{name} sources list` shows ids."
        )
    return Invocation(command, source_id=int(words[0].lstrip("#")))


_ARGUMENTS: dict[str, Callable[[str, list[str], str], Invocation]] = {
    "status": _parse_target,
    "history": _parse_target,
    "sources list": _parse_bare,
    "sources add": _parse_source,
    "sources remove": _parse_remove,
    "sources test": _parse_source,
    "subscribe": _parse_channel,
    "unsubscribe": _parse_channel,
    "check": _parse_bare,
    "help": _parse_bare,
}


async def dispatch(commands: Commands, caller: Caller, call: Invocation) -> Reply:
    """Call the one core method the invocation names."""
    opts = call.options
    match call.command:
        case "status":
            return await commands.status(caller, call.target)
        case "history":
            return await commands.history(caller, call.target)
        case "sources list":
            return await commands.sources_list(caller)
        case "sources add":
            return await commands.sources_add(
                caller,
                call.url or "",
                kind=opts.get("kind"),
                target=opts.get("target"),
                trust=opts.get("trust"),
                selector=opts.get("selector"),
            )
        case "sources remove":
            return await commands.sources_remove(caller, call.source_id or 0)
        case "sources test":
            return await commands.sources_test(
                caller,
                call.url or "",
                kind=opts.get("kind"),
                target=opts.get("target"),
                selector=opts.get("selector"),
            )
        case "subscribe":
            return await commands.subscribe(caller, call.target, call.channel)
        case "unsubscribe":
            return await commands.unsubscribe(caller, call.target, call.channel)
        case "check":
            return await commands.check(caller)
        case _:
            return commands.help(caller)


class Admins:
    """Who may run changing commands: workspace admins and owners (per `users.info`,
    remembered for `ttl_s` so a busy channel costs one lookup per user) and the user ids
    the config names, which work even without the `users:read` scope."""

    def __init__(
        self,
        client: AsyncWebClient,
        admin_ids: Iterable[str],
        ttl_s: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._ids = frozenset(admin_ids)
        self._ttl_s = ttl_s
        self._clock = clock
        self._known: dict[str, tuple[bool, float]] = {}

    async def is_admin(self, user_id: str) -> bool:
        if user_id in self._ids:
            return True
        now = self._clock()
        known = self._known.get(user_id)
        if known is not None and known[1] > now:
            return known[0]
        try:
            response = await self._client.users_info(user=user_id)
        except (SlackApiError, aiohttp.ClientError, TimeoutError) as exc:
            # Not remembered: the next command asks again once Slack answers.
            log.warning("users.info for %s failed (%s); treating as non-admin", user_id, exc)
            return False
        user = response.get("user") or {}
        verdict = any(user.get(k) for k in ("is_admin", "is_owner", "is_primary_owner"))
        self._known[user_id] = (verdict, now + self._ttl_s)
        return verdict


class SlashCommand:
    """The bolt listener for `/name`; keeps track of answers still being worked on so
    `close()` can let them finish."""

    def __init__(self, commands: Commands, admins: Admins, name: str) -> None:
        self._commands = commands
        self._admins = admins
        self._name = name
        self._running: set[asyncio.Task[Any]] = set()

    def register(self, app: AsyncApp) -> None:
        app.command(f"/{self._name}")(self.handle)

    async def drain(self, timeout_s: float) -> None:
        """Wait up to `timeout_s` for answers in progress, then cancel what is left."""
        if not self._running:
            return
        _, pending = await asyncio.wait(set(self._running), timeout=timeout_s)
        for task in pending:
            task.cancel()

    async def handle(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient
    ) -> None:
        try:
            call = parse(command.get("text", ""), self._name)
        except UserError as exc:
            await ack(**render.error(describe_error(exc)).payload(), response_type="ephemeral")
            return
        if call.command in SLOW:
            await ack(**render.working(SLOW[call.command]).payload(), response_type="ephemeral")
        else:
            await ack()
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            await self._answer(call, command, respond, client)
        finally:
            if task is not None:
                self._running.discard(task)

    async def _answer(
        self,
        call: Invocation,
        command: dict[str, Any],
        respond: AsyncRespond,
        client: AsyncWebClient,
    ) -> None:
        user_id = str(command.get("user_id", ""))
        public = False
        try:
            caller = Caller(
                platform="slack",
                user_id=user_id,
                is_admin=await self._admins.is_admin(user_id),
                channel=command.get("channel_id"),
                workspace=command.get("team_id"),
            )
            if call.command in ADMIN_COMMANDS and not caller.is_admin:
                raise PermissionDenied(call.command, "a workspace admin or owner")
            answer = await dispatch(self._commands, caller, call)
            if call.public and isinstance(answer, StatusReply):
                # Warnings are for admins; a shared answer is read by everyone.
                answer = replace(answer, warnings=())
                public = True
            shown = render.reply(answer, self._name, USAGE)
            if isinstance(answer, SubscribeReply):
                shown = await self._announce_subscription(client, answer, shown)
        except Exception as exc:  # describe_error is the one place that decides what users see
            shown = render.error(describe_error(exc))
        try:
            await respond(**shown.payload(), response_type="in_channel" if public else "ephemeral")
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("could not answer /%s %s: %s", self._name, call.command, exc)

    async def _announce_subscription(
        self, client: AsyncWebClient, answer: SubscribeReply, shown: render.Message
    ) -> render.Message:
        """Post the current status in the newly subscribed channel, which also proves the
        bot can post there; if it cannot, the caller learns how to fix it now."""
        card = render.status(replace(answer.current, warnings=()))  # admin-only notes
        channel = answer.subscription.channel
        try:
            await client.chat_postMessage(
                channel=channel, **card.payload(), unfurl_links=False, unfurl_media=False
            )
        except SlackApiError as exc:
            fix = UserError(
                f"Subscribed, but I cannot post in that channel ({error_code(exc)}).",
                "Invite me there with `/invite`, then announcements will arrive.",
            )
            return render.error(describe_error(fix)).followed_by(shown)
        except (aiohttp.ClientError, TimeoutError):
            fix = UserError(
                "Subscribed, but Slack did not answer when I posted the current status there.",
                f"Announcements will still be tried; `/{self._name} sources list` shows any "
                "that stop working.",
            )
            return render.error(describe_error(fix)).followed_by(shown)
        return shown

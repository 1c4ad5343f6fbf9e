"""Platform-neutral command replies. `core/commands.py` returns these; each adapter renders
them its own way (Discord embed, Slack Block Kit, console text), so a reply carries data,
never formatting.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from bot.core.models import (
    Detection,
    RawItem,
    SourceState,
    Status,
    Subscription,
    TargetStatus,
    Transition,
)
from bot.errors import PermissionDenied, UserError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Caller:
    """Who typed a command and where. `is_admin` is decided by the adapter from the
    platform's permissions (Manage Server, workspace admin) or the config's admin list."""

    platform: str
    user_id: str
    is_admin: bool = False
    channel: str | None = None
    workspace: str | None = None


@dataclass(frozen=True, slots=True)
class StatusReply:
    status: TargetStatus
    last_check: datetime | None
    sources_healthy: int
    sources_total: int
    warnings: tuple[str, ...] = ()  # broken subscriptions etc., shown to admins


@dataclass(frozen=True, slots=True)
class HistoryReply:
    target: str
    transitions: tuple[Transition, ...]


@dataclass(frozen=True, slots=True)
class SourcesReply:
    sources: tuple[SourceState, ...]
    broken: tuple[Subscription, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One item a source test read, and what the classifier says of it for one target."""

    item: RawItem
    target: str
    detection: Detection


@dataclass(frozen=True, slots=True)
class SourceTestReply:
    url: str
    kind: str
    items: int
    findings: tuple[Finding, ...]
    conclusion: tuple[tuple[str, Status], ...]  # target -> what this source alone suggests


@dataclass(frozen=True, slots=True)
class PollReport:
    """The outcome of polling one source once."""

    source_id: int
    url: str
    outcome: str  # "ok", "not modified", "unchanged", "error"
    new_items: int = 0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class CheckReply:
    reports: tuple[PollReport, ...]
    transitions: tuple[Transition, ...]


@dataclass(frozen=True, slots=True)
class SubscribeReply:
    subscription: Subscription
    current: StatusReply  # posted once so the channel starts informed


@dataclass(frozen=True, slots=True)
class MessageReply:
    """A plain confirmation ("Source 4 removed.")."""

    title: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class HelpEntry:
    usage: str
    summary: str
    admin_only: bool


@dataclass(frozen=True, slots=True)
class HelpReply:
    command: str
    entries: tuple[HelpEntry, ...]


@dataclass(frozen=True, slots=True)
class ErrorReply:
    """What the user sees when a command fails. `incident` is set only for unexpected
    errors, whose details go to the log under that id, never to chat."""

    message: str
    hint: str = ""
    incident: str | None = None
    permission: str | None = None


Reply = (
    StatusReply
    | HistoryReply
    | SourcesReply
    | SourceTestReply
    | CheckReply
    | SubscribeReply
    | MessageReply
    | HelpReply
    | ErrorReply
)


def describe_error(exc: BaseException) -> ErrorReply:
    """The one place that turns an exception into what a user sees, for every adapter."""
    if isinstance(exc, PermissionDenied):
        return ErrorReply(exc.message, exc.hint, permission=exc.needed)
    if isinstance(exc, UserError):
        return ErrorReply(exc.message, exc.hint)
    incident = secrets.token_hex(4)
    log.error("incident %s: command failed", incident, exc_info=exc)
    return ErrorReply(
        "Sorry, something went wrong on our side.",
        "Try again in a minute; if it keeps failing, give the bot's operator this id.",
        incident=incident,
    )

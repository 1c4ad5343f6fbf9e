"""Errors that cross layers. Every user-facing error says what to do next.

`UserError` and its kinds are shown to the user as they are; anything else is an
unexpected failure and is shown as a short apology with an incident id (see
`bot.core.replies.describe_error`).
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; `hint` tells them how."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ConfigError(UserError):
    """The configuration is wrong. The message names the file, the key and the fix."""


class PermissionDenied(UserError):
    """The caller lacks a right; `needed` names it ("Manage Server", "workspace admin")."""

    def __init__(self, command: str, needed: str) -> None:
        super().__init__(
            f"`{command}` changes the bot's setup, so it needs {needed}.",
            "Ask someone with that permission, or a bot admin listed in the config.",
        )
        self.needed = needed


class NotFound(UserError):
    """A named thing (target, source, subscription) does not exist."""


class SourceError(Exception):
    """A source could not be fetched or read. The message is shown per source in
    `sources list` and stored as its last error, so it must be short and specific."""


class FetchError(SourceError):
    """The body could not be fetched (network, HTTP status, size cap, scheme)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ParseError(SourceError):
    """The body was fetched but is not what the source's kind expects."""


class DeliveryRetry(Exception):
    """A notice could not be delivered now; try again after `after` seconds (None: backoff)."""

    def __init__(self, reason: str, after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.after = after


class DeliveryBroken(Exception):
    """A notice can never be delivered to this subscription (channel gone, no access).
    The subscription is marked broken and admins are told once."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

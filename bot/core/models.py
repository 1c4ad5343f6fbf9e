"""The values that flow through the pipeline: sources are read into items, items are
classified into detections, detections become evidence, evidence moves a target's status,
a status change becomes notices.

Plain frozen dataclasses and enums, so every layer (store, adapters, CLI) can share them
without importing each other. Times are timezone-aware UTC `datetime`s throughout.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


class Label(enum.StrEnum):
    """What one item says about one target at its publication time."""

    NONE = "none"
    RUMOURED = "rumoured"
    CONFIRMED = "confirmed"
    RELEASED = "released"


class Status(enum.IntEnum):
    """A target's combined status. Ordered, because the tracker never moves it backwards."""

    UNKNOWN = 0
    RUMOURED = 1
    CONFIRMED = 2
    RELEASED = 3

    @property
    def word(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Status:
        """Raise ValueError naming the allowed words, so callers can show it to users."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            allowed = ", ".join(s.word for s in cls)
            raise ValueError(f"unknown status {text!r}; use one of: {allowed}") from None

    @classmethod
    def of(cls, label: Label) -> Status:
        return cls.UNKNOWN if label is Label.NONE else cls[label.name]


class SourceKind(enum.StrEnum):
    """How a source's body is read into items."""

    FEED = "feed"  # RSS 0.9x/1.0/2.0, Atom, JSON Feed
    PAGE = "page"  # an HTML page; the text under a CSS selector
    JSON = "json"  # a JSON API; items at a path, fields mapped


class Trust(enum.StrEnum):
    """How much a source's word counts. Official sources may promote a status alone."""

    OFFICIAL = "official"
    PRESS = "press"
    COMMUNITY = "community"


class ItemKind(enum.StrEnum):
    """The kind of publication an item came from, as the labelled corpus names them."""

    OFFICIAL = "official"
    PRESS = "press"
    BLOG = "blog"
    FORUM = "forum"
    AGGREGATOR = "aggregator"

    @classmethod
    def of_trust(cls, trust: Trust) -> ItemKind:
        return {
            Trust.OFFICIAL: cls.OFFICIAL,
            Trust.PRESS: cls.PRESS,
            Trust.COMMUNITY: cls.FORUM,
        }[trust]


def trust_of_kind(kind: ItemKind) -> Trust:
    """The inverse of `ItemKind.of_trust`, for items that name their kind (replays):
    the maker's own publications are official, forums are community, the rest press."""
    if kind is ItemKind.OFFICIAL:
        return Trust.OFFICIAL
    return Trust.COMMUNITY if kind is ItemKind.FORUM else Trust.PRESS


@dataclass(frozen=True, slots=True)
class Target:
    """A product being tracked, defined only by what a user can say about it."""

    name: str
    aliases: tuple[str, ...] = ()
    maker: str = ""
    official_domains: tuple[str, ...] = ()
    # At least one must co-occur with a name mention (disambiguates common words).
    context_words: tuple[str, ...] = ()
    # Any of these in the item means it is about something else that shares the name.
    exclude_words: tuple[str, ...] = ()
    # Promotion policy: non-official evidence needs this many distinct domains in the window.
    min_sources: int = 2
    window_days: int = 14

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class ItemText:
    """The classifier's whole input: what a reader of the item sees."""

    title: str
    summary: str = ""
    url: str = ""
    published: date | None = None
    kind: ItemKind = ItemKind.PRESS


@dataclass(frozen=True, slots=True)
class Detection:
    """The classifier's answer for one item and one target.

    `evidence` is the span of the item's text that decided the label (empty for NONE when
    the target is not mentioned); `cues` names the rules that fired, for `--explain`.
    `window` is the announced release date or window when the text gives one.
    `by_model` says the label is the trained second opinion's, not the rules' (the
    tracker weighs such a "released" as one voice, whatever the source). `due` is the day
    `window` names, when it names a day ahead; `opens` the first day of a window ahead
    that is no single day ("this fall": September 1).
    """

    label: Label
    confidence: float
    evidence: str = ""
    cues: tuple[str, ...] = ()
    window: str | None = None
    by_model: bool = False
    due: date | None = None
    opens: date | None = None


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """A source as configured (from `config/` or from chat)."""

    url: str
    kind: SourceKind = SourceKind.FEED
    trust: Trust = Trust.PRESS
    targets: tuple[str, ...] = ()  # empty: informs every target
    interval_s: int = 900
    selector: str | None = None  # page: CSS selector
    item_path: str | None = None  # json: dotted path to the list of items
    fields: tuple[tuple[str, str], ...] = ()  # json: (our field, dotted key in the item)
    name: str = ""


@dataclass(frozen=True, slots=True)
class SourceState:
    """A stored source and its poll state, as `sources list` shows it."""

    id: int
    spec: SourceSpec
    origin: str  # "config", "cli" or "chat"; file:// URLs only from the first two
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    failures: int = 0
    next_poll: datetime | None = None
    baseline_done: bool = False

    @property
    def healthy(self) -> bool:
        return self.failures == 0 and self.last_success is not None


@dataclass(frozen=True, slots=True)
class RawItem:
    """An item as a source parser produced it, before deduplication."""

    title: str
    summary: str = ""
    link: str = ""
    guid: str = ""
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A stored detection tied to its item and source, the tracker's input."""

    item_id: int
    target: str
    label: Label
    confidence: float
    span: str
    title: str
    link: str
    domain: str
    trust: Trust
    seen_at: datetime
    published: datetime | None = None
    window: str | None = None
    source_name: str = ""
    by_model: bool = False  # `Detection.by_model`
    due: date | None = None  # `Detection.due`
    opens: date | None = None  # `Detection.opens`


@dataclass(frozen=True, slots=True)
class TargetStatus:
    """A target's current combined status."""

    target: str
    status: Status
    since: datetime | None = None
    evidence: Evidence | None = None
    window: str | None = None
    manual: bool = False
    due: date | None = None  # the day `window` names, when it names one
    opens: date | None = None  # the first day of `window`, when it is no single day


@dataclass(frozen=True, slots=True)
class Transition:
    """One change of a target's status, with the evidence that made it."""

    target: str
    old: Status
    new: Status
    at: datetime
    evidence: tuple[Evidence, ...] = ()
    manual_by: str | None = None
    window: str | None = None
    id: int | None = None
    due: date | None = None  # the day `window` names, when it names one
    opens: date | None = None  # the first day of `window`, when it is no single day


@dataclass(frozen=True, slots=True)
class Subscription:
    """Where a target's notices go. `platform` is "console", "discord" or "slack"."""

    platform: str
    channel: str
    target: str
    role: str | None = None
    webhook_url: str | None = None
    broken: str | None = None  # why delivery stopped, shown to admins
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """What a notifier says about one transition; platform-neutral.

    When `old == new` the notice is a secondary one: the status stands but the announced
    release window changed (a delay), from `previous_window` to `window`.
    """

    target: str
    old: Status
    new: Status
    at: datetime
    evidence: tuple[Evidence, ...] = ()
    manual_by: str | None = None
    window: str | None = None
    previous_window: str | None = None

    @property
    def window_change(self) -> bool:
        return self.old == self.new


@dataclass(frozen=True, slots=True)
class Delivery:
    """An outbox row: one notice for one subscription, claimed by one worker at a time."""

    id: int
    subscription: Subscription
    notice: Notice
    attempts: int = 0
    claimed_by: str | None = None
    remote_id: str | None = None

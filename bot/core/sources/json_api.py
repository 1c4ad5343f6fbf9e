"""Reading a JSON API as a source: a list of objects at a dotted path, fields mapped.

Every API names its fields differently, so the source says where the list is and which
key holds the title, the link and so on; common names are tried when it does not.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from bot.core.models import RawItem
from bot.core.sources.page import SUMMARY_CHARS, TITLE_CHARS, html_to_text
from bot.errors import ParseError

# Our field -> the item keys tried in order when the source maps nothing for it.
DEFAULT_FIELDS: Mapping[str, tuple[str, ...]] = {
    "title": ("title",),
    "summary": ("summary", "description"),
    "link": ("url", "link"),
    "guid": ("id",),
    "published": ("published", "date"),
}
# Unix times above this (year 5138 in seconds) can only be milliseconds.
_MILLISECONDS_FROM = 100_000_000_000


def parse_json(
    body: bytes, url: str, item_path: str | None, fields: Mapping[str, str]
) -> list[RawItem]:
    """The items of a JSON document, in document order.

    `item_path` is a dotted path to the list ("data.items"; "" or None: the top level
    is the list; a number indexes a list). `fields` maps our field names (title,
    summary, link, guid, published) to dotted keys in each item; unmapped fields use
    `DEFAULT_FIELDS`. Items without a title are skipped. Raises ParseError for invalid
    JSON, a missing path, a path that is not a list, an unknown field name, or a list
    whose items have no title at all.
    """
    unknown = sorted(set(fields) - set(DEFAULT_FIELDS))
    if unknown:
        raise ParseError(
            f"unknown field name(s) {', '.join(unknown)}; map only {', '.join(DEFAULT_FIELDS)}"
        )
    if not body.strip():
        raise ParseError("empty body: the source returned nothing")
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        where = (
            f" at line {exc.lineno} column {exc.colno}"
            if isinstance(exc, json.JSONDecodeError)
            else ""
        )
        raise ParseError(f"invalid JSON{where}: the source did not return JSON") from None
    entries = _items_at(document, item_path or "")
    keys = {
        name: (fields[name],) if name in fields else tried for name, tried in DEFAULT_FIELDS.items()
    }
    items = [item for entry in entries if (item := _item(entry, keys, url)) is not None]
    if entries and not items:
        first = entries[0]
        present = ", ".join(sorted(first)[:10]) if isinstance(first, dict) else type(first).__name__
        raise ParseError(
            f"no item has a title at '{' or '.join(keys['title'])}'; map title to the right "
            f"key (the first item has: {present})"
        )
    return items


def parse_timestamp(value: object) -> datetime | None:
    """A timezone-aware UTC datetime from ISO 8601, RFC 2822 or unix seconds (number or
    digits); None when `value` is none of these. A time without a zone is taken as UTC."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    try:
        if isinstance(value, int | float):
            seconds = value / 1000 if value >= _MILLISECONDS_FROM else value
            return datetime.fromtimestamp(seconds, UTC)
        if not isinstance(value, str) or not value.strip():
            return None
        text = value.strip()
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            when = parsedate_to_datetime(text)
    except (ValueError, TypeError, OverflowError, OSError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _items_at(document: Any, path: str) -> list[Any]:
    here: Any = document
    walked: list[str] = []
    for step in path.split(".") if path else []:
        found, here = _step(here, step)
        if not found:
            where = f" under '{'.'.join(walked)}'" if walked else " at the top level"
            raise ParseError(f"item_path '{path}' not found: no '{step}'{where}{_keys_hint(here)}")
        walked.append(step)
    if not isinstance(here, list):
        what = f"item_path '{path}'" if path else "the top level"
        raise ParseError(
            f"{what} is {_kind(here)}, not a list: point item_path at the list of items"
            f"{_keys_hint(here)}"
        )
    return here


def _step(here: Any, step: str) -> tuple[bool, Any]:
    """(True, child) when `here` has `step`, else (False, here) so the error can name
    what is there instead."""
    if isinstance(here, dict) and step in here:
        return True, here[step]
    if isinstance(here, list) and step.isdigit() and int(step) < len(here):
        return True, here[int(step)]
    return False, here


def _get(entry: Any, dotted: str) -> Any:
    here = entry
    for step in dotted.split("."):
        found, here = _step(here, step)
        if not found:
            return None
    return here


def _item(entry: Any, keys: Mapping[str, tuple[str, ...]], url: str) -> RawItem | None:
    def first(name: str) -> Any:
        for key in keys[name]:
            value = _get(entry, key)
            if value not in (None, ""):
                return value
        return None

    title = first("title")
    if title is None or isinstance(title, dict | list):
        return None
    title_text = html_to_text(str(title), TITLE_CHARS)
    if not title_text:
        return None
    summary, link, guid = first("summary"), first("link"), first("guid")
    return RawItem(
        title=title_text,
        summary=html_to_text(str(summary), SUMMARY_CHARS) if _scalar(summary) else "",
        link=urljoin(url, str(link).strip()) if _scalar(link) else "",
        guid=str(guid) if _scalar(guid) else "",
        published=parse_timestamp(first("published")),
    )


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if value is None:
        return "null"
    return f"a {type(value).__name__}"


def _keys_hint(value: Any) -> str:
    if isinstance(value, dict) and value:
        return f" (keys there: {', '.join(sorted(map(str, value))[:10])})"
    return ""

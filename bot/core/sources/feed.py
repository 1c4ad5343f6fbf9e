"""Reading a feed as a source: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed
1.0/1.1 by hand (feedparser does not read it).

Success is judged by what was found (a recognised version or some entries), not by
feedparser's `bozo` flag: real feeds are often slightly broken and still readable.
"""

from __future__ import annotations

import calendar
import io
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin
from xml.sax import SAXException

import feedparser
from selectolax.lexbor import LexborHTMLParser

from bot.core.models import RawItem
from bot.core.sources.json_api import parse_timestamp
from bot.core.sources.page import SUMMARY_CHARS, TITLE_CHARS, html_to_text, squeeze
from bot.errors import ParseError

_JSON_TYPES = ("application/feed+json", "application/json")
_JSONFEED_VERSION = "https://jsonfeed.org/version/"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
# An HTML document's start (after a BOM, whitespace and comments), recognised before
# feedparser's slow lenient parser spends time on it.
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)


def parse_feed(body: bytes, content_type: str, url: str) -> list[RawItem]:
    """The feed's items in feed order.

    Raises ParseError for an empty body, an HTML page (naming the page's own feed link
    when it has one), JSON that is not a JSON Feed, or XML with no recognisable feed.
    A valid feed with no items gives [].
    """
    if not body.strip():
        raise ParseError("empty body: the source returned nothing")
    media = content_type.split(";", 1)[0].strip().lower()
    start = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    # The body decides first: servers label RSS as JSON and JSON as text/plain.
    if start.startswith((b"{", b"[")) or (media in _JSON_TYPES and not start.startswith(b"<")):
        return _parse_json_feed(body, url)
    if _HTML_START.match(body[:4096]):
        raise _html_error(body, url)
    parsed = feedparser.parse(
        # A BytesIO, never the bytes: feedparser treats a bare string as a path or URL.
        io.BytesIO(body),
        response_headers={"content-type": content_type, "content-location": url},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    broken = parsed.get("bozo_exception")
    if not isinstance(broken, SAXException):
        broken = None  # encoding and content-type complaints: the feed was still read
    if not parsed.entries and (broken or not parsed.get("version")):
        if media in ("text/html", "application/xhtml+xml"):
            raise _html_error(body, url)
        # feedparser may prepend an XML declaration, so line numbers would mislead.
        detail = f": {broken.getMessage()}" if broken else ""
        raise ParseError(f"not a valid RSS or Atom feed{detail}; check the URL in a browser")
    return [item for entry in parsed.entries if (item := _rss_item(entry, url)) is not None]


def _rss_item(entry: Mapping[str, Any], url: str) -> RawItem | None:
    title = _text(entry.get("title_detail"), TITLE_CHARS)
    summary = _text(entry.get("summary_detail"), SUMMARY_CHARS)
    if not summary and entry.get("content"):
        summary = _text(entry["content"][0], SUMMARY_CHARS)
    title = title or squeeze(summary, TITLE_CHARS)
    if not title:
        return None
    link = entry.get("link") or ""
    return RawItem(
        title=title,
        summary=summary,
        link=urljoin(url, link.strip()) if link else "",
        guid=entry.get("id") or "",
        published=_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def _text(detail: Mapping[str, Any] | None, limit: int) -> str:
    """Plain text of a feedparser text construct: markup is stripped only from HTML
    ones, so a plain-text title that mentions "<video>" keeps it."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or ""):
        return html_to_text(value, limit)
    return squeeze(value, limit)


def _struct_time(value: Any) -> datetime | None:
    """feedparser normalises dates to a UTC struct_time; None when absent or absurd."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (ValueError, OverflowError, OSError, TypeError):
        return None


def _parse_json_feed(body: bytes, url: str) -> list[RawItem]:
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ParseError("invalid JSON: the source did not return a JSON Feed") from None
    version = document.get("version") if isinstance(document, dict) else None
    if not isinstance(version, str) or not version.startswith(_JSONFEED_VERSION):
        raise ParseError(
            "got JSON that is not a JSON Feed (no jsonfeed.org version): "
            "use kind=json with item_path and fields"
        )
    entries = document.get("items")
    if not isinstance(entries, list):
        raise ParseError("JSON Feed without an items list; check the URL")
    return [
        item for entry in entries if isinstance(entry, dict) and (item := _json_item(entry, url))
    ]


def _json_item(entry: Mapping[str, Any], url: str) -> RawItem | None:
    """A JSON Feed item. Titles are optional there (microblogs), so the text stands in."""
    texts = [entry.get(key) for key in ("summary", "content_text", "content_html")]
    summary = next((html_to_text(t, SUMMARY_CHARS) for t in texts if isinstance(t, str) and t), "")
    raw_title = entry.get("title")
    title = html_to_text(raw_title, TITLE_CHARS) if isinstance(raw_title, str) else ""
    title = title or squeeze(summary, TITLE_CHARS)
    if not title:
        return None
    link = entry.get("url") or entry.get("external_url")
    guid = entry.get("id")
    return RawItem(
        title=title,
        summary=summary,
        link=urljoin(url, link.strip()) if isinstance(link, str) and link.strip() else "",
        guid=str(guid) if isinstance(guid, str | int) and not isinstance(guid, bool) else "",
        published=parse_timestamp(entry.get("date_published") or entry.get("date_modified")),
    )


def _html_error(body: bytes, url: str) -> ParseError:
    """The error for an HTML page, naming the feed the page advertises if it does."""
    tree = LexborHTMLParser(body, encoding=True)
    for node in tree.css("link[rel][href][type]"):
        attrs = node.attributes
        rels = (attrs.get("rel") or "").lower().split()
        if "alternate" in rels and (attrs.get("type") or "").lower() in _FEED_TYPES:
            feed_url = urljoin(url, (attrs.get("href") or "").strip())
            return ParseError(
                f"got an HTML page, not a feed: the page names its feed at {feed_url}; "
                "use that URL instead, or kind=page with a selector"
            )
    return ParseError(
        "got an HTML page, not a feed: use kind=page with a selector, or find the page's RSS link"
    )

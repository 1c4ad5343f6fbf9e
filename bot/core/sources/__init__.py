"""Source readers: a fetched body in, the items it holds out.

Pure and synchronous: the poller runs `parse_items` in a worker thread, and only when
the body changed since the last poll.
"""

from __future__ import annotations

from typing import assert_never

from bot.core.models import RawItem, SourceKind, SourceSpec
from bot.core.sources.feed import parse_feed
from bot.core.sources.json_api import parse_json
from bot.core.sources.page import parse_page
from bot.errors import ParseError


def parse_items(spec: SourceSpec, body: bytes, content_type: str, url: str) -> list[RawItem]:
    """The items in `body`, read as `spec.kind` says. `url` is where the body was finally
    fetched from (after redirects), against which relative links are resolved.

    Raises ParseError when the body is not what the kind expects.
    """
    if spec.kind is SourceKind.FEED:
        return parse_feed(body, content_type, url)
    if spec.kind is SourceKind.PAGE:
        if not spec.selector:
            raise ParseError("a page source needs a CSS selector; add one to the source")
        return parse_page(body, content_type, url, spec.selector)
    if spec.kind is SourceKind.JSON:
        return parse_json(body, url, spec.item_path, dict(spec.fields))
    assert_never(spec.kind)

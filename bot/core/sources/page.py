"""Reading an HTML page as a source: each element under a CSS selector is one item.

A page has no guids, so an item is known by its text: when the selected text changes,
the item is new. The HTML-to-text helpers here are shared with the feed and JSON
readers, whose summaries are HTML too.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from bot.core.models import RawItem
from bot.errors import ParseError, UserError

TITLE_CHARS = 300
SUMMARY_CHARS = 2000
# Never text a reader sees; `template` holds inert markup that scripts clone later.
_INVISIBLE = ["script", "style", "noscript", "template"]
_SPACES = re.compile(r"\s+")
# Block-level boundaries become spaces, so "<p>a</p><p>b</p>" reads "a b" while inline
# markup such as "So<b>ra</b>" still reads "Sora".
_BLOCK_TAG = re.compile(
    r"<(/?)(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]"
    r"|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)\b",
    re.IGNORECASE,
)
_SELECTOR_HINT = "Check it, e.g. `article h2` or `.news-item`."


def squeeze(text: str, limit: int) -> str:
    """Collapse whitespace and cut at `limit` characters, on a word boundary when one is
    near, marking a cut with "…"."""
    flat = _SPACES.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    head = flat[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip() + "…"


def html_to_text(markup: str, limit: int | None = SUMMARY_CHARS) -> str:
    """The text a reader sees in an HTML fragment, whitespace collapsed, at most `limit`
    characters (None: all of it). Plain text (no tags, no entities) skips the parser."""
    if "<" in markup or "&" in markup:
        tree = LexborHTMLParser(_BLOCK_TAG.sub(r" <\1\2", markup), is_fragment=True)
        tree.strip_tags(_INVISIBLE)
        markup = tree.text()
    return squeeze(markup, len(markup) if limit is None else limit)


def check_selector(selector: str) -> None:
    """Raise UserError when `selector` is not a CSS selector the page reader can use.

    Called when a page source is added, so a typo is reported then, not at every poll.
    """
    if not selector.strip():
        raise UserError("A page source needs a CSS selector.", _SELECTOR_HINT)
    try:
        LexborHTMLParser("<p></p>").css(selector)
    except SelectolaxError:
        raise UserError(f"'{selector}' is not a valid CSS selector.", _SELECTOR_HINT) from None


def parse_page(body: bytes, content_type: str, url: str, selector: str) -> list[RawItem]:
    """One item per element matching `selector`, in page order, duplicates dropped.

    Title is the element's text (up to 300 characters; the element's heading when the
    text opens with one), summary the rest of it, link the first `a[href]` inside the
    element or around it (else the page itself), guid "page:" + SHA-1 of the text.
    Raises ParseError for an empty body, an invalid selector, or a selector that matches
    nothing.
    """
    if not body.strip():
        raise ParseError("empty body: the source returned nothing")
    tree = _parse_document(body, content_type)
    tree.strip_tags(_INVISIBLE)
    try:
        nodes = tree.css(selector)
    except SelectolaxError:
        raise ParseError(f"'{selector}' is not a valid CSS selector; fix the source") from None
    if not nodes:
        raise ParseError(
            f"selector '{selector}' matched nothing on the page; check it with "
            f"`sora-bot sources test {url} --selector ...`"
        )
    base = _base_url(tree, url)
    items: list[RawItem] = []
    seen: set[str] = set()
    for node in nodes:
        text = html_to_text(node.html or "", limit=None)
        if not text or text in seen:
            continue
        seen.add(text)
        title, rest = _split_title(text, _heading_of(node))
        items.append(
            RawItem(
                title=title,
                summary=squeeze(rest, SUMMARY_CHARS),
                link=_link_of(node, base) or url,
                guid="page:" + hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest(),
            )
        )
    if not items:
        raise ParseError(
            f"selector '{selector}' matched {len(nodes)} element(s) on the page, all "
            "without text; select the elements that hold the headlines"
        )
    return items


def _heading_of(node: LexborNode) -> str:
    heading = node.css_first("h1, h2, h3, h4, h5, h6")
    return html_to_text(heading.html or "", limit=None) if heading is not None else ""


def _split_title(text: str, heading: str) -> tuple[str, str]:
    """The title and the rest of the text. A heading that opens the text is the title;
    otherwise the first 300 characters are, cut between words and marked "…"."""
    if heading and len(heading) <= TITLE_CHARS and text.startswith(heading):
        return heading, text[len(heading) :].strip()
    if len(text) <= TITLE_CHARS:
        return text, ""
    cut = text.rfind(" ", 0, TITLE_CHARS)
    if cut < TITLE_CHARS // 2:
        cut = TITLE_CHARS - 1
    return text[:cut].rstrip() + "…", text[cut:].strip()


def _parse_document(body: bytes, content_type: str) -> LexborHTMLParser:
    """Decode by the HTTP charset when there is a usable one, else let lexbor detect it
    from a byte-order mark or `<meta charset>` as a browser would."""
    charset = _charset_of(content_type)
    if charset:
        try:
            return LexborHTMLParser(body.decode(charset, errors="replace"))
        except LookupError:  # a charset Python does not know: fall back to detection
            pass
    return LexborHTMLParser(body, encoding=True)


def _charset_of(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _base_url(tree: LexborHTMLParser, url: str) -> str:
    base = tree.css_first("base[href]")
    href = base.attributes.get("href") if base is not None else None
    return urljoin(url, href) if href else url


def _link_of(node: LexborNode, base: str) -> str | None:
    """The first http(s) link inside the element, else the nearest link around it."""
    candidates = [node] if node.tag == "a" else []
    candidates += node.css("a[href]")
    parent = node.parent
    while parent is not None and not candidates:
        if parent.tag == "a":
            candidates.append(parent)
        parent = parent.parent
    for anchor in candidates:
        href = (anchor.attributes.get("href") or "").strip()
        link = urljoin(base, href) if href else ""
        if urlsplit(link).scheme in ("http", "https"):
            return link
    return None

"""The keys by which the store recognises an item it has already seen.

Feeds re-publish the same story under a new guid, with tracking parameters on the link,
or with a retouched title, so the store deduplicates on three keys: the guid, the
normalised link and the title key. All three are pure functions of the item's text.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Click-tracking parameters: they differ per share of one link, never per article.
_TRACKING_PARAMS = frozenset({"fbclid", "gclid"})
_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def normalise_link(url: str) -> str:
    """The link as two shares of one article would agree on it.

    Lowercases the scheme and host, drops the default port, the fragment, `utm_*`,
    `fbclid` and `gclid` parameters and a trailing slash, and sorts the query. A string
    that is not an absolute URL is returned stripped and otherwise unchanged.
    """
    text = url.strip()
    parts = urlsplit(text)
    if not parts.scheme or not parts.netloc:
        return text
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal: urlsplit dropped its brackets
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: keep the netloc as given
        return urlunsplit((scheme, parts.netloc.lower(), *_normal_tail(parts.path, parts.query)))
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    if "@" in parts.netloc:
        netloc = f"{parts.netloc.rpartition('@')[0]}@{netloc}"
    return urlunsplit((scheme, netloc, *_normal_tail(parts.path, parts.query)))


def _normal_tail(path: str, query: str) -> tuple[str, str, str]:
    """Path without trailing slash, sorted query without tracking parameters, no fragment."""
    pairs = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING_PARAMS
    ]
    return path.rstrip("/"), urlencode(sorted(pairs)), ""


def title_key(title: str) -> str:
    """SHA-1 hex of the title casefolded, without punctuation, whitespace collapsed.

    "Sora 2 — Released!" and "sora 2: released" share a key, so the same headline from
    two feeds of one site is stored once.
    """
    words = _SPACES.sub(" ", _NOT_WORD.sub(" ", title.casefold())).strip()
    return hashlib.sha1(words.encode("utf-8"), usedforsecurity=False).hexdigest()


def domain_of(url: str) -> str:
    """The URL's host, lowercased, without a leading "www."; "" when there is no host.

    Promotion counts distinct domains, so www.example.com and example.com are one source.
    """
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.removeprefix("www.")

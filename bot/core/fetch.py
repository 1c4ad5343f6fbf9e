"""Fetching a source's body over HTTP(S), or from a local file for config sources.

One `aiohttp.ClientSession` serves every source, so connections are pooled and the
per-host limit protects small sites from our polling. Every failure becomes a
`FetchError` whose message is short enough for `sources list` and says what went wrong
in the user's terms, never a traceback.
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import urlsplit
from urllib.request import url2pathname

import aiohttp

from bot.errors import FetchError

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchLimits:
    """Bounds on one fetch. The size cap applies to the decoded body, so a small
    compressed body cannot inflate past it."""

    connect_timeout_s: float = 10
    read_timeout_s: float = 20
    total_timeout_s: float = 30
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = "sora-bot/0.1 (+https://github.com/sora-bot/sora-bot)"
    max_connections: int = 100
    max_per_host: int = 4


@dataclass(frozen=True)
class FetchResult:
    """A fetched body and the validators for the next conditional request.

    When `not_modified` is True the body is empty, `content_hash` is None and the
    validators are the server's new ones if it sent any, else the ones we sent.
    """

    not_modified: bool
    body: bytes
    content_type: str
    final_url: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    status: int


def content_hash(body: bytes) -> str:
    """SHA-256 hex of a decoded body: the poller skips parsing when it is unchanged."""
    return hashlib.sha256(body).hexdigest()


class Fetcher:
    """Fetches bodies within `FetchLimits`. `start()` before use, `close()` after, or
    use it as an async context manager."""

    def __init__(self, limits: FetchLimits = FetchLimits()) -> None:
        self.limits = limits
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        if self._session is not None:
            return
        limits = self.limits
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=limits.max_connections, limit_per_host=limits.max_per_host
            ),
            timeout=aiohttp.ClientTimeout(
                total=limits.total_timeout_s,
                sock_connect=limits.connect_timeout_s,
                sock_read=limits.read_timeout_s,
            ),
            headers={"User-Agent": limits.user_agent, "Accept-Encoding": "gzip, deflate"},
            auto_decompress=True,
            # Sources are independent: one site's cookies must not reach another poll.
            cookie_jar=aiohttp.DummyCookieJar(),
        )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_file: bool = False,
    ) -> FetchResult:
        """Fetch `url`, conditionally when validators are given.

        `allow_file` admits `file://` URLs, which only the config file may name.
        Raises FetchError for a refused scheme, a network failure, a timeout, an HTTP
        status other than 2xx/304 (with `retry_after` on 429/503 when the server says),
        too many redirects, or a body over the size cap.
        """
        try:
            scheme = urlsplit(url).scheme.lower()
        except ValueError:  # e.g. an unclosed IPv6 bracket
            raise FetchError(f"invalid URL: {url}") from None
        if scheme == "file":
            if not allow_file:
                raise FetchError(
                    "file URLs are only allowed in the config file; use an http(s) URL"
                )
            return await self._read_file(url)
        if scheme not in ("http", "https"):
            raise FetchError(
                f"unsupported URL scheme '{scheme}:'; use an http:// or https:// URL"
                if scheme
                else f"'{url}' is not a full URL; start it with https://"
            )
        if self._session is None:
            raise RuntimeError("Fetcher.start() was not awaited before fetch()")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            return await self._get(self._session, url, headers, etag, last_modified)
        except aiohttp.ClientError as exc:
            raise FetchError(self._describe(exc, url)) from exc
        except TimeoutError as exc:
            # aiohttp's own timeout errors are also ClientErrors; a bare TimeoutError is
            # the total timeout.
            raise FetchError(
                f"timed out after {self.limits.total_timeout_s:g} s fetching {_host(url)}"
            ) from exc

    async def _get(
        self,
        session: aiohttp.ClientSession,
        url: str,
        headers: dict[str, str],
        etag: str | None,
        last_modified: str | None,
    ) -> FetchResult:
        # aiohttp refuses the redirect that reaches max_redirects; ours is how many to follow.
        async with session.get(
            url, headers=headers, max_redirects=self.limits.max_redirects + 1
        ) as resp:
            new_etag = resp.headers.get("ETag")
            new_modified = resp.headers.get("Last-Modified")
            content_type = resp.headers.get("Content-Type", "")
            if resp.status == HTTPStatus.NOT_MODIFIED:
                return FetchResult(
                    not_modified=True,
                    body=b"",
                    content_type=content_type,
                    final_url=str(resp.url),
                    etag=new_etag or etag,
                    last_modified=new_modified or last_modified,
                    content_hash=None,
                    status=resp.status,
                )
            if not 200 <= resp.status < 300:
                raise _status_error(resp)
            body = await self._read_capped(resp)
            return FetchResult(
                not_modified=False,
                body=body,
                content_type=content_type,
                final_url=str(resp.url),
                etag=new_etag,
                last_modified=new_modified,
                content_hash=content_hash(body),
                status=resp.status,
            )

    async def _read_capped(self, resp: aiohttp.ClientResponse) -> bytes:
        """Read the decoded body chunk by chunk, stopping as soon as it passes the cap.

        aiohttp inflates compressed bodies a bounded chunk at a time, so a gzip bomb
        costs at most the cap plus one chunk of memory before it is refused.
        """
        cap = self.limits.max_bytes
        if not resp.headers.get("Content-Encoding") and (resp.content_length or 0) > cap:
            resp.close()
            raise FetchError(_too_big(cap))
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > cap:
                resp.close()
                raise FetchError(_too_big(cap))
            chunks.append(chunk)
        return b"".join(chunks)

    async def _read_file(self, url: str) -> FetchResult:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise FetchError(
                f"file URL names another host ({parts.netloc}); use file:///path/on/this/machine"
            )
        path = Path(url2pathname(parts.path))
        cap = self.limits.max_bytes
        try:
            body = await asyncio.to_thread(_read_at_most, path, cap + 1)
        except FileNotFoundError:
            raise FetchError(f"file not found: {path}") from None
        except IsADirectoryError:
            raise FetchError(f"{path} is a directory; name a file") from None
        except PermissionError:
            raise FetchError(f"cannot read {path}: permission denied") from None
        except OSError as exc:
            raise FetchError(f"cannot read {path}: {exc.strerror or 'I/O error'}") from None
        if len(body) > cap:
            raise FetchError(_too_big(cap))
        return FetchResult(
            not_modified=False,
            body=body,
            content_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
            final_url=url,
            etag=None,
            last_modified=None,
            content_hash=content_hash(body),
            status=200,
        )

    def _describe(self, exc: aiohttp.ClientError, url: str) -> str:
        """A short message for a client error, naming the host and the likely cause."""
        limits = self.limits
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            seconds = min(limits.connect_timeout_s, limits.total_timeout_s)
            return f"timed out after {seconds:g} s connecting to {_host(url)}"
        if isinstance(exc, aiohttp.SocketTimeoutError):
            return f"no data from {_host(url)} for {limits.read_timeout_s:g} s; timed out"
        if isinstance(exc, aiohttp.ServerTimeoutError):
            return f"timed out after {limits.total_timeout_s:g} s fetching {_host(url)}"
        if isinstance(exc, aiohttp.TooManyRedirects):
            return f"too many redirects (>{limits.max_redirects})"
        if isinstance(exc, aiohttp.NonHttpUrlRedirectClientError):
            return "redirected to a non-HTTP URL, which is refused"
        if isinstance(exc, aiohttp.InvalidUrlRedirectClientError):
            return "redirected to an invalid URL"
        if isinstance(exc, aiohttp.InvalidURL):
            return f"invalid URL: {url}"
        if isinstance(exc, aiohttp.ClientConnectorDNSError):
            return f"cannot resolve host {exc.host}: check the address"
        if isinstance(exc, aiohttp.ClientConnectorCertificateError):
            return f"TLS certificate of {exc.host} is not valid"
        if isinstance(exc, aiohttp.ClientConnectorSSLError):
            return f"TLS handshake with {exc.host} failed"
        if isinstance(exc, aiohttp.ClientConnectorError):
            where = f"{exc.host}:{exc.port}"
            if isinstance(exc.os_error, ConnectionRefusedError) or (
                exc.os_error.errno == errno.ECONNREFUSED
            ):
                return f"connection refused by {where}"
            return f"cannot connect to {where}: {exc.os_error.strerror or 'network error'}"
        if isinstance(exc, aiohttp.ClientResponseError):
            return f"{_host(url)} sent a malformed HTTP response"
        if isinstance(exc, aiohttp.ServerDisconnectedError):
            return f"{_host(url)} closed the connection without answering"
        if isinstance(exc, aiohttp.ClientPayloadError):
            return f"the body from {_host(url)} was cut off or badly encoded"
        return f"request to {_host(url)} failed ({type(exc).__name__})"


def _read_at_most(path: Path, size: int) -> bytes:
    with path.open("rb") as file:
        return file.read(size)


def _status_error(resp: aiohttp.ClientResponse) -> FetchError:
    reason = resp.reason or _phrase(resp.status)
    retry_after = None
    if resp.status in (HTTPStatus.TOO_MANY_REQUESTS, HTTPStatus.SERVICE_UNAVAILABLE):
        retry_after = _retry_after(resp.headers.get("Retry-After"))
    message = f"HTTP {resp.status} {reason}".rstrip()
    if retry_after is not None:
        message += f"; the server asks to retry after {retry_after:.0f} s"
    return FetchError(message, retry_after=retry_after)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _retry_after(value: str | None) -> float | None:
    """Seconds from Retry-After, given as seconds or as an HTTP date; None if absent or
    unreadable. A date in the past means now (0)."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _too_big(cap: int) -> str:
    if cap >= 1_000_000:
        size = f"{cap / 1_000_000:g} MB"
    elif cap >= 1_000:
        size = f"{cap / 1_000:g} kB"
    else:
        size = f"{cap} bytes"
    return f"body larger than {size} (cap)"


def _host(url: str) -> str:
    return urlsplit(url).hostname or url

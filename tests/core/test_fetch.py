"""The fetcher against a real loopback server (tests/fakes/http_server.py), no mocks."""

from __future__ import annotations

import gzip
import hashlib
import socket
import tracemalloc
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.core.fetch import Fetcher, FetchLimits, content_hash
from bot.errors import FetchError
from tests.fakes.http_server import FeedServer

RSS = b'<rss version="2.0"><channel><title>t</title></channel></rss>'


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher() as running:
        yield running


async def test_plain_fetch_returns_body_validators_and_hash(
    server: FeedServer, fetcher: Fetcher
) -> None:
    server.set(
        "/feed", RSS, headers={"ETag": '"v1"', "Last-Modified": "Tue, 30 Sep 2025 16:05:00 GMT"}
    )

    result = await fetcher.fetch(server.url("/feed"))

    assert not result.not_modified
    assert result.status == 200
    assert result.body == RSS
    assert result.content_type == "application/rss+xml; charset=utf-8"
    assert result.final_url == server.url("/feed")
    assert result.etag == '"v1"'
    assert result.last_modified == "Tue, 30 Sep 2025 16:05:00 GMT"
    assert result.content_hash == hashlib.sha256(RSS).hexdigest() == content_hash(RSS)
    sent = server.last_headers("/feed")
    assert sent["User-Agent"] == FetchLimits().user_agent
    assert sent["Accept-Encoding"] == "gzip, deflate"


async def test_conditional_get_with_etag_is_not_modified(
    server: FeedServer, fetcher: Fetcher
) -> None:
    server.set("/feed", RSS, headers={"ETag": '"v1"'})
    first = await fetcher.fetch(server.url("/feed"))

    again = await fetcher.fetch(server.url("/feed"), etag=first.etag)

    assert server.last_headers("/feed")["If-None-Match"] == '"v1"'
    assert again.not_modified
    assert again.status == 304
    assert again.body == b""
    assert again.content_hash is None
    assert again.etag == '"v1"'  # kept for the next poll
    assert server.requests("/feed") == 2


async def test_conditional_get_with_last_modified_is_not_modified(
    server: FeedServer, fetcher: Fetcher
) -> None:
    stamp = "Tue, 30 Sep 2025 16:05:00 GMT"
    server.set("/feed", RSS, headers={"Last-Modified": stamp})

    again = await fetcher.fetch(server.url("/feed"), last_modified=stamp)

    assert server.last_headers("/feed")["If-Modified-Since"] == stamp
    assert again.not_modified
    assert again.last_modified == stamp


async def test_changed_feed_with_new_etag_is_fetched_again(
    server: FeedServer, fetcher: Fetcher
) -> None:
    server.set("/feed", RSS, headers={"ETag": '"v1"'})
    first = await fetcher.fetch(server.url("/feed"))
    server.set("/feed", RSS + b"\n", headers={"ETag": '"v2"'})

    second = await fetcher.fetch(server.url("/feed"), etag=first.etag)

    assert not second.not_modified
    assert second.etag == '"v2"'
    assert second.content_hash != first.content_hash


async def test_gzip_body_is_decoded(server: FeedServer, fetcher: Fetcher) -> None:
    server.set("/gz", gzip.compress(RSS), headers={"Content-Encoding": "gzip"})

    result = await fetcher.fetch(server.url("/gz"))

    assert result.body == RSS
    assert result.content_hash == content_hash(RSS)


async def test_body_over_the_cap_is_refused(server: FeedServer) -> None:
    server.set("/big", b"x" * 2_000)

    async with Fetcher(FetchLimits(max_bytes=1_000)) as small:
        with pytest.raises(FetchError, match=r"^body larger than 1 kB \(cap\)$"):
            await small.fetch(server.url("/big"))


async def test_chunked_body_over_the_cap_is_refused_while_streaming(server: FeedServer) -> None:
    # No Content-Length to look at: the cap must be counted as the body arrives.
    server.set("/big", b"x" * 300_000, chunked=True)

    async with Fetcher(FetchLimits(max_bytes=100_000)) as small:
        with pytest.raises(FetchError, match=r"^body larger than 100 kB \(cap\)$"):
            await small.fetch(server.url("/big"))


async def test_gzip_bomb_stops_at_the_cap_without_inflating(server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    server.set("/bomb", bomb, headers={"Content-Encoding": "gzip"})

    async with Fetcher(FetchLimits(max_bytes=1_000_000)) as small:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError, match=r"body larger than 1 MB \(cap\)"):
                await small.fetch(server.url("/bomb"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()

    assert len(bomb) < 100_000
    assert peak < 10_000_000  # far below the 50 MB the bomb inflates to


async def test_redirects_are_followed_up_to_the_limit(server: FeedServer) -> None:
    for hop in range(5):
        server.redirect(f"/r{hop}", f"/r{hop + 1}")
    server.set("/r5", RSS)

    async with Fetcher(FetchLimits(max_redirects=5)) as limited:
        result = await limited.fetch(server.url("/r0"))
    async with Fetcher(FetchLimits(max_redirects=4)) as stricter:
        with pytest.raises(FetchError, match=r"^too many redirects \(>4\)$"):
            await stricter.fetch(server.url("/r0"))

    assert result.body == RSS
    assert result.final_url == server.url("/r5")


async def test_redirect_loop_is_too_many_redirects(server: FeedServer, fetcher: Fetcher) -> None:
    server.redirect("/loop", "/loop", status=301)

    with pytest.raises(FetchError, match=r"^too many redirects \(>5\)$"):
        await fetcher.fetch(server.url("/loop"))

    assert server.requests("/loop") == 6


async def test_redirect_to_a_file_url_is_refused(server: FeedServer, fetcher: Fetcher) -> None:
    server.redirect("/sneaky", "file:///etc/passwd")

    with pytest.raises(FetchError, match="redirected to a non-HTTP URL"):
        await fetcher.fetch(server.url("/sneaky"))


async def test_slow_server_times_out(server: FeedServer) -> None:
    server.set("/slow", RSS, delay=30)

    async with Fetcher(FetchLimits(total_timeout_s=0.2)) as impatient:
        with pytest.raises(FetchError, match=r"^timed out after 0\.2 s fetching 127\.0\.0\.1$"):
            await impatient.fetch(server.url("/slow"))


async def test_silent_server_hits_the_read_timeout(server: FeedServer) -> None:
    server.set("/slow", RSS, delay=30)

    async with Fetcher(FetchLimits(read_timeout_s=0.2)) as impatient:
        with pytest.raises(FetchError, match=r"^no data from 127\.0\.0\.1 for 0\.2 s"):
            await impatient.fetch(server.url("/slow"))


async def test_429_carries_retry_after_seconds(server: FeedServer, fetcher: Fetcher) -> None:
    server.set("/limited", b"slow down", status=429, headers={"Retry-After": "120"})

    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(server.url("/limited"))

    assert caught.value.retry_after == 120
    assert str(caught.value) == ("HTTP 429 Too Many Requests; the server asks to retry after 120 s")


async def test_503_carries_retry_after_from_an_http_date(
    server: FeedServer, fetcher: Fetcher
) -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=600), usegmt=True)
    server.set("/down", b"", status=503, headers={"Retry-After": later})

    with pytest.raises(FetchError, match=r"^HTTP 503 Service Unavailable") as caught:
        await fetcher.fetch(server.url("/down"))

    assert caught.value.retry_after is not None
    assert 500 < caught.value.retry_after <= 600


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (500, "HTTP 500 Internal Server Error"),
        (404, "HTTP 404 Not Found"),
        (403, "HTTP 403 Forbidden"),
    ],
)
async def test_error_status_is_named(
    server: FeedServer, fetcher: Fetcher, status: int, message: str
) -> None:
    server.set("/bad", b"oops", status=status)

    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(server.url("/bad"))

    assert str(caught.value) == message
    assert caught.value.retry_after is None


async def test_connection_refused_names_the_address(fetcher: Fetcher) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # The socket is closed and nothing listens on the port any more.

    with pytest.raises(FetchError, match=rf"^connection refused by 127\.0\.0\.1:{port}$"):
        await fetcher.fetch(f"http://127.0.0.1:{port}/feed")


async def test_file_url_is_read_when_allowed(tmp_path: Path, fetcher: Fetcher) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS)

    result = await fetcher.fetch(path.as_uri(), allow_file=True)

    assert result.body == RSS
    assert result.content_hash == content_hash(RSS)
    assert result.content_type in ("application/xml", "text/xml")
    assert not result.not_modified


async def test_file_url_is_refused_unless_allowed(tmp_path: Path, fetcher: Fetcher) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS)

    with pytest.raises(FetchError, match="file URLs are only allowed in the config file"):
        await fetcher.fetch(path.as_uri())


async def test_missing_and_oversized_files_are_reported(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * 2_000)

    async with Fetcher(FetchLimits(max_bytes=1_000)) as small:
        with pytest.raises(FetchError, match="file not found"):
            await small.fetch((tmp_path / "nope.xml").as_uri(), allow_file=True)
        with pytest.raises(FetchError, match=r"body larger than 1 kB \(cap\)"):
            await small.fetch(big.as_uri(), allow_file=True)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/feed", "unsupported URL scheme 'ftp:'; use an http:// or https:// URL"),
        ("javascript:alert(1)", "unsupported URL scheme 'javascript:'"),
        ("example.com/feed", "'example.com/feed' is not a full URL; start it with https://"),
        ("http://[::1/feed", "invalid URL: http://[::1/feed"),
        ("http:///feed", "invalid URL: http:///feed"),
    ],
)
async def test_bad_schemes_and_urls_are_refused(fetcher: Fetcher, url: str, message: str) -> None:
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(url)

    assert str(caught.value).startswith(message)

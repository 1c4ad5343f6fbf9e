"""A loopback HTTP server whose routes are set while a test runs.

Fetch tests use it for statuses, redirects, slow answers and compressed bodies; the
end-to-end tests use it to serve a feed that changes between polls. It answers
conditional GETs like a real server: a route whose headers carry an ETag or a
Last-Modified gets 304 when the request's validator matches.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy


@dataclass(frozen=True)
class Route:
    body: bytes
    content_type: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunked: bool = False


class FeedServer:
    """Serves the routes given to `set` on 127.0.0.1 at a free port; unknown paths 404.

    `delay` holds the answer back that many seconds, or until the server closes, so a
    client timeout can be provoked without the test itself sleeping.
    """

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._counts: Counter[str] = Counter()
        self._last_headers: dict[str, CIMultiDictProxy[str]] = {}
        self._seen: defaultdict[str, asyncio.Event] = defaultdict(asyncio.Event)
        self._runner: web.AppRunner | None = None
        self._closing: asyncio.Event | None = None
        self.port = 0

    async def start(self) -> None:
        self._closing = asyncio.Event()
        app = web.Application()
        app.router.add_route("GET", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        if self._closing is not None:
            self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

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

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def set(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "application/rss+xml; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        chunked: bool = False,
    ) -> None:
        """Serve `body` at `path` from now on, replacing what was there. `chunked` sends
        it without a Content-Length, as streaming servers do."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self._routes[path] = Route(data, content_type, status, dict(headers or {}), delay, chunked)

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        self.set(path, b"", content_type="text/plain", status=status, headers={"Location": to})

    def requests(self, path: str) -> int:
        """How many requests `path` has received."""
        return self._counts[path]

    async def wait_for_request(self, path: str) -> None:
        """Return once `path` has been requested (at once if it already was)."""
        await self._seen[path].wait()

    def last_headers(self, path: str) -> CIMultiDictProxy[str]:
        """The headers of the latest request for `path`."""
        return self._last_headers[path]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self._counts[path] += 1
        self._last_headers[path] = request.headers
        self._seen[path].set()
        route = self._routes.get(path)
        if route is None:
            return web.Response(status=404, text="not found")
        if route.delay and self._closing is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), route.delay)
        headers = CIMultiDict(route.headers)
        if _not_modified(request, headers):
            return web.Response(status=304, headers=headers)
        headers.setdefault("Content-Type", route.content_type)
        response = web.Response(body=route.body, status=route.status, headers=headers)
        if route.chunked:
            response.enable_chunked_encoding()
        return response


def _not_modified(request: web.Request, headers: CIMultiDict[str]) -> bool:
    etag = headers.get("ETag")
    if etag is not None and "If-None-Match" in request.headers:
        return request.headers["If-None-Match"] == etag
    modified = headers.get("Last-Modified")
    return modified is not None and request.headers.get("If-Modified-Since") == modified

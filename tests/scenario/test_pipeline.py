"""The pipeline end to end on a real loopback HTTP server: poll, classify, store, decide,
announce once; dedup across restarts; bad sources contained; crashes reconciled."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.app import Core, build_core
from bot.config import Config
from bot.core.models import Delivery, Status, Subscription
from bot.core.replies import Caller
from tests.conftest import rss
from tests.fakes.http_server import FeedServer

ADMIN = Caller("console", "tester", is_admin=True, channel="console")
WIDGET = """
[[targets]]
name = "Widget 3"
aliases = ["Acme Widget 3"]
maker = "Acme"
official_domains = ["acme.example"]
"""
RUMOUR = "Acme's Widget 3 could launch next year, according to people familiar with the plans."
LAUNCH = "Acme's Widget 3 is now available to everyone in the US and Europe."


def two_press_sources(server: FeedServer) -> str:
    return "".join(
        f'[[sources]]\nurl = "{server.url(p)}"\nname = "{p}"\n' for p in ("/a.xml", "/b.xml")
    )


def serve(server: FeedServer, path: str, domain: str, *items: tuple[str, str, str]) -> None:
    server.set(
        path,
        rss(
            *(
                (t, s, f"https://{domain}/{slug}", "Mon, 03 Mar 2025 10:00:00 GMT")
                for t, s, slug in items
            )
        ),
        headers={"ETag": f'"{path}-{len(items)}"'},
    )


async def built(config: Config, out: io.StringIO, **kw: object) -> Core:
    return await build_core(config, console=out, **kw)


async def test_poll_decide_and_announce_each_change_once(
    feed_server: FeedServer, write_config: Callable[..., Config]
) -> None:
    serve(feed_server, "/a.xml", "news-a.example", ("Widget 3 rumours", RUMOUR, "r1"))
    serve(feed_server, "/b.xml", "news-b.example", ("Widget 3 tipped", RUMOUR, "r2"))
    out = io.StringIO()
    core = await built(write_config(two_press_sources(feed_server), targets=WIDGET), out)
    try:
        first = await core.commands.check(ADMIN)
        assert [r.outcome for r in first.reports] == ["ok", "ok"]
        assert [(t.old, t.new) for t in first.transitions] == [(Status.UNKNOWN, Status.RUMOURED)]
        assert await core.outbox.drain() == 1

        again = await core.commands.check(ADMIN)
        assert [r.outcome for r in again.reports] == ["not modified", "not modified"]
        assert again.transitions == ()
        assert feed_server.last_headers("/a.xml")["If-None-Match"] == '"/a.xml-1"'

        serve(
            feed_server,
            "/a.xml",
            "news-a.example",
            ("Widget 3 rumours", RUMOUR, "r1"),
            ("Widget 3 is out", LAUNCH, "l1"),
        )
        serve(
            feed_server,
            "/b.xml",
            "news-b.example",
            ("Widget 3 tipped", RUMOUR, "r2"),
            ("Widget 3 launches", LAUNCH, "l2"),
        )
        launch = await core.commands.check(ADMIN)
        assert [r.new_items for r in launch.reports] == [1, 1]
        assert [t.new for t in launch.transitions] == [Status.RELEASED]
        assert await core.outbox.drain() == 1

        status = await core.commands.status(ADMIN, "acme widget 3")
        assert status.status.status is Status.RELEASED
        evidence = status.status.evidence
        assert evidence is not None and evidence.label.value == "released"
        assert evidence.link.startswith("https://news-") and evidence.span
        assert status.status.window is None, "a rumoured window means nothing once released"
        assert status.sources_healthy == 2
        history = await core.commands.history(ADMIN)
        assert [t.new for t in history.transitions] == [Status.RELEASED, Status.RUMOURED]
    finally:
        await core.close()
    notices = out.getvalue()
    assert notices.count("Widget 3: unknown → rumoured") == 1
    assert notices.count("Widget 3: rumoured → released") == 1


async def test_items_are_not_repeated_after_a_restart(
    feed_server: FeedServer, write_config: Callable[..., Config]
) -> None:
    serve(feed_server, "/a.xml", "news-a.example", ("Widget 3 rumours", RUMOUR, "r1"))
    serve(feed_server, "/b.xml", "news-b.example", ("Widget 3 tipped", RUMOUR, "r2"))
    config = write_config(two_press_sources(feed_server), targets=WIDGET)
    core = await built(config, io.StringIO())
    first = await core.commands.check(ADMIN)
    await core.close()
    assert sum(r.new_items for r in first.reports) == 2

    # The publisher rewrites guids and dates and adds tracking to links: still the same items.
    feed_server.set(
        "/a.xml",
        rss(
            (
                "Widget 3 rumours",
                RUMOUR,
                "https://news-a.example/r1?utm_source=feed",
                "Tue, 04 Mar 2025 10:00:00 GMT",
            )
        ).replace("<guid>", "<guid>x-"),
    )
    out = io.StringIO()
    core = await built(config, out)
    try:
        again = await core.commands.check(ADMIN)
        assert [r.new_items for r in again.reports] == [0, 0]
        assert again.transitions == ()
        await core.outbox.drain()
    finally:
        await core.close()
    # The first run closed before delivering its notice: the second delivers it, once.
    assert out.getvalue().count("Widget 3: unknown → rumoured") == 1


async def test_bad_sources_get_clear_errors_and_stop_nothing(
    feed_server: FeedServer, write_config: Callable[..., Config]
) -> None:
    feed_server.set("/500", "oops", status=500)
    feed_server.set(
        "/html",
        "<html><head><title>x</title></head><body>hi</body></html>",
        content_type="text/html",
    )
    feed_server.set(
        "/broken", "<?xml version='1.0'?><rss version='2.0'><<<>>", content_type="application/xml"
    )
    feed_server.set(
        "/latin1", "\xff\xfe\x00garbage".encode("latin-1"), content_type="application/rss+xml"
    )
    feed_server.set("/empty", "", content_type="application/rss+xml")
    serve(feed_server, "/good", "news-a.example", ("Widget 3 rumours", RUMOUR, "r1"))
    paths = ["/500", "/html", "/broken", "/latin1", "/empty", "/good"]
    sources = "".join(f'[[sources]]\nurl = "{feed_server.url(p)}"\n' for p in paths)
    sources += '[[sources]]\nurl = "http://127.0.0.1:9/closed"\n'
    core = await built(write_config(sources, targets=WIDGET), io.StringIO())
    try:
        check = await core.commands.check(ADMIN)
        outcome = {r.url.rsplit("/", 1)[1]: r for r in check.reports}
        assert outcome["good"].outcome == "ok" and outcome["good"].new_items == 1
        for bad in ("500", "html", "broken", "latin1", "empty", "closed"):
            assert outcome[bad].outcome == "error", bad
            assert outcome[bad].error, bad
        assert "500" in (outcome["500"].error or "")
        assert "HTML" in (outcome["html"].error or "")
        assert "empty" in (outcome["empty"].error or "")
        listed = await core.commands.sources_list(ADMIN)
        failing = [s for s in listed.sources if s.failures]
        assert len(failing) == 6 and all(s.last_error for s in failing)
        assert all(s.next_poll and s.next_poll > datetime.now(UTC) for s in failing)
    finally:
        await core.close()


class FakeClock:
    def __init__(self) -> None:
        self.moment = datetime.now(UTC)

    def now(self) -> datetime:
        return self.moment


class Recorder:
    """A notifier that remembers what it posted, as a platform would."""

    platform = "test"

    def __init__(self) -> None:
        self.posted: dict[int, str] = {}

    async def send(self, delivery: Delivery) -> str | None:
        self.posted[delivery.id] = f"m{delivery.id}"
        return self.posted[delivery.id]

    async def find_sent(self, delivery: Delivery) -> str | None:
        return self.posted.get(delivery.id)


async def test_claims_left_by_a_crash_are_reconciled_not_repeated(
    write_config: Callable[..., Config],
) -> None:
    clock = FakeClock()
    core = await built(write_config(targets=WIDGET), io.StringIO(), clock=clock)
    try:
        recorder = Recorder()
        core.outbox.register(recorder)
        for channel in ("posted", "lost"):
            await core.store.subscribe(Subscription("test", channel, "Widget 3"))
        await core.tracker.set_manual("Widget 3", Status.CONFIRMED, "tester")
        claimed = await core.store.claim_deliveries("dead-worker", clock.now(), 60, 10, ["test"])
        assert len(claimed) == 2
        posted = next(d for d in claimed if d.subscription.channel == "posted")
        await recorder.send(posted)  # ...and the worker died before marking it sent

        assert await core.outbox.drain() == 1, "only the console's row: live leases wait"
        assert len(recorder.posted) == 1
        clock.moment += timedelta(minutes=5)
        assert await core.outbox.drain() == 1
        assert len(recorder.posted) == 2, "the posted one was found, the lost one sent once"
        assert await core.outbox.drain() == 0
        counts = await core.store.outbox_counts()
        assert counts == {"sent": 3}, counts  # two test rows and the console's
    finally:
        await core.close()


async def test_a_stale_transition_writes_nothing(write_config: Callable[..., Config]) -> None:
    core = await built(write_config(targets=WIDGET), io.StringIO())
    try:
        assert await core.tracker.set_manual("Widget 3", Status.RUMOURED, "a") is not None
        from bot.core.models import Notice, Transition

        now = datetime.now(UTC)
        late = Transition("Widget 3", Status.UNKNOWN, Status.CONFIRMED, now)
        notice = Notice("Widget 3", Status.UNKNOWN, Status.CONFIRMED, now)
        assert await core.store.apply_transition(late, notice, Status.UNKNOWN) is None
        assert (await core.store.get_status("Widget 3")).status is Status.RUMOURED
        assert await core.store.outbox_counts() == {"pending": 1}
    finally:
        await core.close()


async def test_an_official_delay_is_a_secondary_notice_and_keeps_the_status(
    feed_server: FeedServer, write_config: Callable[..., Config]
) -> None:
    confirm = ("Acme confirms Widget 3 will launch on June 5, 2025", "", "a")
    delay = (
        "Acme delays Widget 3 to September 2025",
        "Acme said Widget 3 will now launch in September 2025 instead of June.",
        "b",
    )
    serve(feed_server, "/news.xml", "acme.example", confirm)
    out = io.StringIO()
    config = write_config(
        f'[[sources]]\nurl = "{feed_server.url("/news.xml")}"\ntrust = "official"\n',
        targets=WIDGET,
    )
    core = await built(config, out)
    try:
        first = await core.commands.check(ADMIN)
        assert [(t.new, t.window) for t in first.transitions] == [(Status.CONFIRMED, "2025-06-05")]
        since = (await core.store.get_status("Widget 3")).since

        serve(feed_server, "/news.xml", "acme.example", confirm, delay)
        second = await core.commands.check(ADMIN)
        assert [(t.old, t.new, t.window) for t in second.transitions] == [
            (Status.CONFIRMED, Status.CONFIRMED, "2025-09")
        ]
        status = (await core.commands.status(ADMIN)).status
        assert (status.status, status.window, status.since) == (Status.CONFIRMED, "2025-09", since)

        third = await core.commands.check(ADMIN)  # nothing new: no repeat
        assert third.transitions == ()
        await core.outbox.drain()
    finally:
        await core.close()
    text = out.getvalue()
    assert text.count("Widget 3: unknown → confirmed") == 1
    assert text.count("still confirmed; release window now 2025-09 (was 2025-06-05)") == 1

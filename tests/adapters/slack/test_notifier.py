"""SlackNotifier against the fake Web API: what it posts, how it maps Slack's failures to
the outbox's retry/broken decisions, and how it finds what a crashed run already posted."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from bot.adapters.slack.notifier import SlackNotifier
from bot.core.models import Delivery, Notice, Status, Subscription
from bot.errors import DeliveryBroken, DeliveryRetry
from tests.adapters.slack.conftest import SLACK, http_adapter
from tests.fakes.commands import ScriptedCommands, hostile_evidence
from tests.fakes.slack_server import FakeSlack


@pytest.fixture
def notifier(fake: FakeSlack, commands: ScriptedCommands) -> SlackNotifier:
    return http_adapter(fake, commands).notifier


def delivery(channel: str = "C1", id: int = 41, attempts: int = 1) -> Delivery:
    notice = Notice(
        "Sora",
        Status.RUMOURED,
        Status.CONFIRMED,
        at=datetime.now(UTC),
        evidence=(hostile_evidence(SLACK),),
        window="spring",
    )
    return Delivery(id, Subscription("slack", channel, "Sora", id=7), notice, attempts=attempts)


async def test_send_posts_once_with_the_delivery_id_in_metadata(
    fake: FakeSlack, notifier: SlackNotifier
) -> None:
    ts = await notifier.send(delivery())

    [message] = fake.posted("C1")
    assert ts == message["ts"]
    assert message["metadata"] == {
        "event_type": "sora_notice",
        "event_payload": {"delivery_id": "41", "target": "Sora", "status": "confirmed"},
    }
    assert message["blocks"][0]["text"]["text"] == "✅ Sora is confirmed"
    assert message["text"].startswith("Sora: rumoured → confirmed — “&lt;!channel&gt; Sora")
    [call] = fake.calls_to("chat.postMessage")
    assert call.params["unfurl_links"] is False


async def test_notice_text_never_pings(fake: FakeSlack, notifier: SlackNotifier) -> None:
    await notifier.send(delivery())
    [message] = fake.posted("C1")
    shown = message["text"] + str(message["blocks"])
    for live in ("<!channel>", "<!here>", "<@U999>", "<https://evil.example"):
        assert live not in shown


async def test_rate_limit_returns_retry_after_without_retrying_the_write(
    fake: FakeSlack, notifier: SlackNotifier
) -> None:
    fake.fail_next("chat.postMessage", 429, retry_after=7)
    with pytest.raises(DeliveryRetry) as caught:
        await notifier.send(delivery())
    assert caught.value.after == 7.0
    assert len(fake.calls_to("chat.postMessage", status=None)) == 1
    assert fake.posted("C1") == []


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_server_errors_are_retried_by_the_outbox_not_the_client(
    fake: FakeSlack, notifier: SlackNotifier, status: int
) -> None:
    fake.fail_next("chat.postMessage", status)
    with pytest.raises(DeliveryRetry) as caught:
        await notifier.send(delivery())
    assert caught.value.after is None
    assert len(fake.calls_to("chat.postMessage", status=None)) == 1


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        (lambda f: None, "channel_not_found"),
        (lambda f: f.add_channel("CX", "secret", member=False), "not_in_channel"),
        (lambda f: f.add_channel("CX", "old", archived=True), "is_archived"),
    ],
)
async def test_channels_that_cannot_work_are_broken(
    fake: FakeSlack, notifier: SlackNotifier, setup: object, code: str
) -> None:
    setup(fake)  # type: ignore[operator]
    with pytest.raises(DeliveryBroken, match=code):
        await notifier.send(delivery("CX"))


async def test_find_sent_reads_every_page_of_history(
    fake: FakeSlack, notifier: SlackNotifier
) -> None:
    ts = await notifier.send(delivery(id=5))
    channel = fake.channels["C1"]
    for n in range(450):  # newer chatter pushes our message to the third page
        channel.messages.append({"type": "message", "ts": f"{int(time.time())}.9{n:05d}"})

    assert await notifier.find_sent(delivery(id=5)) == ts
    assert len(fake.calls_to("conversations.history")) == 3
    assert await notifier.find_sent(delivery(id=6)) is None


async def test_a_retried_delivery_already_posted_is_not_posted_again(
    fake: FakeSlack, notifier: SlackNotifier
) -> None:
    first = await notifier.send(delivery(attempts=1))
    again = await notifier.send(delivery(attempts=2))
    assert again == first
    assert len(fake.posted("C1")) == 1


async def test_find_sent_in_a_vanished_channel_is_none_so_send_reports_it(
    fake: FakeSlack, notifier: SlackNotifier
) -> None:
    assert await notifier.find_sent(delivery("CGONE")) is None
    with pytest.raises(DeliveryBroken, match="channel_not_found"):
        await notifier.send(delivery("CGONE", attempts=2))


async def test_history_reads_retry_server_errors(fake: FakeSlack, notifier: SlackNotifier) -> None:
    ts = await notifier.send(delivery())
    fake.fail_next("conversations.history", 503)
    assert await notifier.find_sent(delivery()) == ts
    assert [c.status for c in fake.calls if c.method == "conversations.history"] == [503, 200]

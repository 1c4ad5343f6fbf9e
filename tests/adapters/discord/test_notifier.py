"""Announcements through discord.py's real HTTP client against the fake Discord: nonce,
pings, failures the outbox must see, crash recovery, webhooks and the status card."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.adapters.discord.client import DiscordAdapter, point_at
from bot.adapters.discord.notifier import DiscordNotifier, card_key
from bot.core.models import Delivery, Notice, Status, Subscription
from bot.errors import DeliveryBroken, DeliveryRetry
from tests.adapters.discord.conftest import DISCORD, MetaStore, embed_of, settings, text_of
from tests.fakes.commands import NOW, ScriptedCommands, hostile_evidence
from tests.fakes.discord_server import TOKEN, FakeDiscord

ROLE = "777777777777777777"


def delivery(channel: int, *, delivery_id: int = 7, **sub: object) -> Delivery:
    notice = Notice(
        "Sora", Status.CONFIRMED, Status.RELEASED, NOW, (hostile_evidence(DISCORD),), window="today"
    )
    subscription = Subscription("discord", str(channel), "Sora", id=1, **sub)  # type: ignore[arg-type]
    return Delivery(delivery_id, subscription, notice, attempts=1)  # as claimed for a first try


def posts(fake: FakeDiscord) -> list[dict[str, object]]:
    return [b for m, p, b in fake.requests if m == "POST" and p.endswith("/messages")]


async def test_announcement_pings_only_the_subscriptions_role(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    message_id = await adapter.notifier.send(delivery(fake.general, role=ROLE))

    [message] = fake.messages[fake.general]
    assert message["id"] == message_id
    assert message["pings"] == {"everyone": False, "roles": [ROLE], "users": []}
    embed = embed_of(message)
    assert embed["title"] == "Sora is now released"
    assert "@everyone" not in text_of(embed) and "@here" not in text_of(embed)
    assert embed["footer"]["text"] == "sora-bot · delivery 7"
    [body] = posts(fake)
    assert body["nonce"] == "sora-7" and body["enforce_nonce"] is True


async def test_without_a_role_nobody_is_pinged(fake: FakeDiscord, adapter: DiscordAdapter) -> None:
    await adapter.notifier.send(delivery(fake.general))

    [message] = fake.messages[fake.general]
    assert message["content"] == ""
    assert message["pings"] == {"everyone": False, "roles": [], "users": []}


async def test_lost_response_500_then_429_posts_exactly_once(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    path = rf"/channels/{fake.general}/messages$"
    fake.fail("POST", path, 500, lost_response=True)  # created, but the answer never came
    fake.fail("POST", path, 429, retry_after=0.01)

    message_id = await adapter.notifier.send(delivery(fake.general))

    assert len(posts(fake)) == 3
    assert {b["nonce"] for b in posts(fake)} == {"sora-7"}
    assert [m["id"] for m in fake.messages[fake.general]] == [message_id]


@pytest.mark.parametrize(("status", "reason"), [(403, "may not post"), (404, "no longer exists")])
async def test_no_access_or_deleted_channel_is_broken(
    fake: FakeDiscord, adapter: DiscordAdapter, status: int, reason: str
) -> None:
    channel = fake.add_channel("gone", forbidden=status == 403)
    if status == 404:
        fake.delete_channel(channel)

    with pytest.raises(DeliveryBroken, match=reason):
        await adapter.notifier.send(delivery(channel))


async def test_a_long_rate_limit_goes_back_to_the_outbox(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    fake.fail("POST", r"/messages$", 429, retry_after=120.0)

    with pytest.raises(DeliveryRetry) as caught:
        await adapter.notifier.send(delivery(fake.general))

    assert caught.value.after == 120.0
    assert fake.messages[fake.general] == []


async def test_a_retry_finds_the_earlier_post_instead_of_posting_again(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    first = await adapter.notifier.send(delivery(fake.general))
    fake.requests.clear()

    again = await adapter.notifier.send(replace(delivery(fake.general), attempts=2))

    assert again == first
    assert posts(fake) == []
    assert len(fake.messages[fake.general]) == 1


async def test_find_sent_after_a_crash(fake: FakeDiscord, adapter: DiscordAdapter) -> None:
    sent = await adapter.notifier.send(delivery(fake.general))

    assert await adapter.notifier.find_sent(delivery(fake.general)) == sent
    assert await adapter.notifier.find_sent(delivery(fake.general, delivery_id=8)) is None


async def test_find_sent_asks_again_later_when_discord_fails(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    fake.fail("GET", r"/messages$", 400)

    with pytest.raises(DeliveryRetry):
        await adapter.notifier.find_sent(delivery(fake.general))


@pytest.fixture
async def webhook_only(fake: FakeDiscord) -> AsyncIterator[DiscordNotifier]:
    """A notifier whose bot never logged in: webhook delivery needs no gateway."""
    adapter = DiscordAdapter(ScriptedCommands(DISCORD), MetaStore(), settings(fake), TOKEN, "sora")  # type: ignore[arg-type]
    point_at(adapter.settings)
    yield adapter.notifier
    await adapter.close()


async def test_webhook_delivery_without_the_bot(
    fake: FakeDiscord, webhook_only: DiscordNotifier
) -> None:
    url = fake.add_webhook(fake.general)

    message_id = await webhook_only.send(delivery(fake.general, role=ROLE, webhook_url=url))

    [message] = fake.messages[fake.general]
    assert message["id"] == message_id and message["webhook_id"]
    assert message["pings"] == {"everyone": False, "roles": [ROLE], "users": []}
    assert fake.identifies == []


async def test_webhook_deleted_is_broken(fake: FakeDiscord, webhook_only: DiscordNotifier) -> None:
    url = fake.add_webhook(fake.general)
    fake.webhooks.clear()

    with pytest.raises(DeliveryBroken, match="no longer exists"):
        await webhook_only.send(delivery(fake.general, webhook_url=url))


async def test_webhook_post_is_found_after_a_crash(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    url = fake.add_webhook(fake.general)
    sent = await adapter.notifier.send(delivery(fake.general, webhook_url=url))

    assert await adapter.notifier.find_sent(delivery(fake.general, webhook_url=url)) == sent


@pytest.fixture
async def with_cards(
    fake: FakeDiscord, commands: ScriptedCommands, store: MetaStore
) -> AsyncIterator[DiscordAdapter]:
    adapter = DiscordAdapter(commands, store, settings(fake, status_card=True), TOKEN, "sora")  # type: ignore[arg-type]
    await adapter.start()
    yield adapter
    await adapter.close()


async def test_status_card_is_edited_in_place(
    fake: FakeDiscord, with_cards: DiscordAdapter, store: MetaStore
) -> None:
    first = delivery(fake.general)
    await with_cards.notifier.send(first)
    card_id = store.meta[card_key(first.subscription)]
    later = replace(first, id=8, notice=replace(first.notice, old=Status.RELEASED))
    await with_cards.notifier.send(later)

    messages = fake.messages[fake.general]
    assert len(messages) == 3  # two announcements, one card
    [card] = [m for m in messages if m["id"] == card_id]
    assert card["edited_timestamp"] is not None
    assert embed_of(card)["title"] == "Sora: released"


async def test_status_card_is_posted_again_when_deleted(
    fake: FakeDiscord, with_cards: DiscordAdapter, store: MetaStore
) -> None:
    first = delivery(fake.general)
    store.meta[card_key(first.subscription)] = "1234567890123456789"  # deleted meanwhile

    await with_cards.notifier.send(first)

    assert store.meta[card_key(first.subscription)] == fake.messages[fake.general][-1]["id"]


async def test_subscribe_post_becomes_the_status_card(
    fake: FakeDiscord, with_cards: DiscordAdapter, store: MetaStore
) -> None:
    ix = await fake.slash("sora", "subscribe", manage_guild=True)
    await fake.reply(ix)
    [posted] = fake.messages[fake.general]

    assert store.meta[f"discord.card.{fake.general}.Sora"] == posted["id"]

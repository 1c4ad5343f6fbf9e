"""Delivers outbox notices to Discord channels, through the bot or a channel webhook.

Sending is made safe to repeat, because the outbox retries and a response can be lost
after Discord already created the message:
- a bot send carries a nonce derived from the delivery id with `enforce_nonce` (discord.py
  adds it whenever a nonce is given), so Discord returns the first message instead of
  posting a second one for a few minutes;
- every announcement carries the delivery id in its footer, and a retried delivery first
  looks for it in the channel (`find_sent`). Webhook executions take no nonce, so for them
  this lookup is the only guard, and it needs the bot to be able to read the channel.

discord.py already waits out short 429s and retries 5xx a few times; what is left becomes
`DeliveryRetry` for the outbox's backoff, and 403/404 become `DeliveryBroken`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp
import discord

from bot.adapters.discord import announce, render
from bot.core.models import Delivery, Subscription, TargetStatus
from bot.core.ports import Store
from bot.errors import DeliveryBroken, DeliveryRetry

log = logging.getLogger(__name__)

HISTORY_LOOKBACK = 50  # messages searched for an already posted delivery


def nonce_for(delivery: Delivery) -> str:
    """Discord nonces are at most 25 characters; the delivery id is stable across retries."""
    return f"sora-{delivery.id}"[:25]


def marker_for(delivery: Delivery) -> str:
    """The footer that identifies an announcement in the channel, for `find_sent`."""
    return f"sora-bot · delivery {delivery.id}"


def card_key(sub: Subscription) -> str:
    """Store meta key of the status card of one subscription."""
    return f"discord.card.{sub.channel}.{sub.target}"


def channel_of(sub: Subscription) -> int:
    """The subscription's channel id; a subscription made elsewhere may not have one."""
    if not sub.channel.isdigit():
        raise DeliveryBroken(f"{sub.channel!r} is not a Discord channel id; subscribe again.")
    return int(sub.channel)


@contextmanager
def delivery_errors(sub: Subscription) -> Iterator[None]:
    """Translate Discord failures into the outbox's two kinds of failure."""
    where = f"webhook of <#{sub.channel}>" if sub.webhook_url else f"<#{sub.channel}>"
    try:
        yield
    except discord.Forbidden:
        raise DeliveryBroken(
            f"The bot may not post in {where}: give it View Channel, Send Messages and "
            "Embed Links there, then subscribe again."
        ) from None
    except discord.NotFound:
        raise DeliveryBroken(
            f"{where} no longer exists (channel or webhook deleted); subscribe another channel."
        ) from None
    except discord.RateLimited as exc:
        raise DeliveryRetry(f"rate limited by Discord in {where}", after=exc.retry_after) from None
    except discord.HTTPException as exc:
        after = _retry_after(exc) if exc.status == 429 else None
        raise DeliveryRetry(f"Discord answered {exc.status} for {where}", after=after) from None
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        raise DeliveryRetry(f"network error talking to Discord: {type(exc).__name__}") from None


def _retry_after(exc: discord.HTTPException) -> float | None:
    value = exc.response.headers.get("Retry-After") if exc.response is not None else None
    try:
        return float(value) if value else None
    except ValueError:
        return None


class DiscordNotifier:
    """The `Notifier` port for Discord. Holds no delivery state of its own: what must
    survive a restart (status card ids) is in the store's meta table."""

    platform = "discord"

    def __init__(self, client: discord.Client, store: Store, *, status_card: bool) -> None:
        self._client = client
        self._store = store
        self._status_card = status_card
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(self, delivery: Delivery) -> str | None:
        """Post the notice; on a retry, first look whether an earlier attempt got through.
        `attempts` counts this one (the store counts a claim as an attempt)."""
        sub = delivery.subscription
        if delivery.attempts > 1:
            found = await self.find_sent(delivery)
            if found is not None:
                if self._status_card:
                    await self._update_card(sub, announce.card_status(delivery.notice))
                return found
        out = announce.notice_message(delivery.notice, role=sub.role, marker=marker_for(delivery))
        with delivery_errors(sub):
            message_id = await self._post(sub, out, nonce=nonce_for(delivery))
        if self._status_card:
            await self._update_card(sub, announce.card_status(delivery.notice))
        return message_id

    async def find_sent(self, delivery: Delivery) -> str | None:
        """The id of a message already posted for `delivery` among the channel's last
        messages, or None: not there, or the bot cannot read there (then the nonce is the
        only guard). Raises DeliveryRetry when Discord cannot be asked right now."""
        sub = delivery.subscription
        me = self._client.user
        if me is None:
            return None
        marker = marker_for(delivery)
        try:
            channel_id, webhook_id = channel_of(sub), None
            if sub.webhook_url:
                webhook = await self._webhook(sub.webhook_url).fetch(prefer_auth=False)
                channel_id, webhook_id = webhook.channel_id or channel_id, webhook.id
            channel = self._client.get_partial_messageable(channel_id)
            async for message in channel.history(limit=HISTORY_LOOKBACK):
                ours = (
                    message.webhook_id == webhook_id if webhook_id else message.author.id == me.id
                )
                if ours and any(e.footer.text == marker for e in message.embeds):
                    return str(message.id)
        except (discord.Forbidden, discord.NotFound, DeliveryBroken) as exc:
            log.info("cannot look for delivery %s in %s: %s", delivery.id, sub.channel, exc)
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise DeliveryRetry(
                f"cannot look in <#{sub.channel}> for an earlier post: {type(exc).__name__}"
            ) from None
        return None

    async def post_status(self, sub: Subscription, status: discord.Embed) -> str | None:
        """Post a status embed once (on subscribe, so the channel starts informed); with
        status cards on, that message becomes the card. Raises DeliveryBroken/-Retry."""
        with delivery_errors(sub):
            message_id = await self._post(sub, render.Outgoing(embed=status), nonce=None)
        if self._status_card and message_id is not None:
            await self._store.set_meta(card_key(sub), message_id)
        return message_id

    async def _post(self, sub: Subscription, out: render.Outgoing, *, nonce: str | None) -> str:
        if sub.webhook_url:
            webhook = self._webhook(sub.webhook_url)
            sent = await webhook.send(
                content=out.content or discord.utils.MISSING,
                embed=out.embed,
                allowed_mentions=out.allowed_mentions,
                wait=True,
            )
            return str(sent.id)
        if self._client.user is None:
            raise DeliveryRetry("the Discord bot is not logged in yet", after=30)
        channel = self._client.get_partial_messageable(channel_of(sub))
        message = await channel.send(
            content=out.content,
            embed=out.embed,
            allowed_mentions=out.allowed_mentions,
            nonce=nonce if nonce is not None else discord.utils.MISSING,
        )
        return str(message.id)

    async def _update_card(self, sub: Subscription, status: TargetStatus) -> None:
        """Edit the channel's status card in place, or post it if it is missing.

        Never raises: the announcement itself was delivered, and failing here would make
        the outbox post it again. A card that cannot be edited is logged and reposted.
        """
        embed = render.status_embed(status)
        key = card_key(sub)
        try:
            card_id = await self._store.get_meta(key)
            if card_id is not None:
                try:
                    await self._edit(sub, int(card_id), embed)
                    return
                except (discord.NotFound, discord.Forbidden):
                    log.info("status card %s in %s is gone; posting a new one", card_id, key)
            new_id = await self._post(sub, render.Outgoing(embed=embed), nonce=None)
            await self._store.set_meta(key, new_id)
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.warning("status card for %s not updated: %s", key, exc)
        except (DeliveryRetry, DeliveryBroken) as exc:
            log.warning("status card for %s not updated: %s", key, exc.reason)

    async def _edit(self, sub: Subscription, message_id: int, embed: discord.Embed) -> None:
        if sub.webhook_url:
            await self._webhook(sub.webhook_url).edit_message(message_id, embed=embed)
            return
        channel = self._client.get_partial_messageable(channel_of(sub))
        await channel.get_partial_message(message_id).edit(embed=embed)

    def _webhook(self, url: str) -> discord.Webhook:
        """A webhook client on our own session, so webhook delivery needs no gateway."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        try:
            return discord.Webhook.from_url(url, session=self._session)
        except ValueError:
            raise DeliveryBroken(
                "The subscription's webhook URL is not a Discord webhook URL; subscribe again "
                "with the URL from Channel Settings → Integrations → Webhooks."
            ) from None

"""Announcements to Slack channels: one `chat.postMessage` per delivery, tagged with the
delivery id in Slack message metadata so a crashed run can find out what it already posted.

The posting client retries nothing by itself, on purpose: a retried write can post twice
(Slack may have posted before the 5xx or the dropped connection), and sleeping on a 429
inside the client would hold up the whole outbox. Every failure goes back to the outbox
as `DeliveryRetry` (with Slack's Retry-After) or `DeliveryBroken`, and a delivery that
was tried before is looked up in the channel's history before it is posted again.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack import render
from bot.core.models import Delivery
from bot.errors import DeliveryBroken, DeliveryRetry

log = logging.getLogger(__name__)

EVENT_TYPE = "sora_notice"

# Errors after which posting to this channel can never work until someone acts.
BROKEN = {
    "channel_not_found": "the channel was deleted or the bot cannot see it; "
    "subscribe an existing channel again",
    "not_in_channel": "the bot is not in the channel; invite it with `/invite` there",
    "is_archived": "the channel is archived; unarchive it or subscribe another channel",
}
# Errors Slack documents as temporary.
TRANSIENT = {
    "ratelimited",
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
}

HISTORY_PAGE = 200
HISTORY_PAGES = 20  # 4 000 messages back: far beyond any outbox retry window
CLOCK_SKEW = timedelta(minutes=5)  # Slack's clock and ours may disagree a little


def error_code(exc: SlackApiError) -> str:
    """Slack's error code (`not_in_channel`), or the HTTP status when the body had none
    (a 5xx from a proxy answers in HTML)."""
    data = exc.response.data
    code = data.get("error") if isinstance(data, dict) else None
    return str(code or f"HTTP {exc.response.status_code}")


def delivery_failure(exc: SlackApiError) -> DeliveryRetry | DeliveryBroken:
    """Map a Slack API error to what the outbox should do next."""
    response = exc.response
    code = error_code(exc)
    if response.status_code == 429 or code == "ratelimited":
        return DeliveryRetry(f"Slack rate limit ({code})", after=_retry_after(response.headers))
    if code in BROKEN:
        return DeliveryBroken(f"Slack says {code}: {BROKEN[code]}")
    if response.status_code >= 500 or code in TRANSIENT:
        return DeliveryRetry(f"Slack is having trouble ({code})")
    return DeliveryRetry(f"Slack refused the message ({code})")


def _retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


class SlackNotifier:
    """Posts notices with `writer` (no built-in retries) and reads history with `reader`
    (retries rate limits and server errors, which is safe for reads)."""

    platform = "slack"

    def __init__(self, writer: AsyncWebClient, reader: AsyncWebClient) -> None:
        self._writer = writer
        self._reader = reader

    async def send(self, delivery: Delivery) -> str | None:
        """Post the notice and return its `ts`. A delivery tried before may have reached
        Slack even though the try failed, so it is looked up first and not posted twice.
        (`attempts` counts this try too: the store increments it when it claims the row.)"""
        if delivery.attempts > 1:
            found = await self.find_sent(delivery)
            if found is not None:
                log.info("delivery %s was already posted as %s", delivery.id, found)
                return found
        message = render.notice(delivery.notice)
        try:
            response = await self._writer.chat_postMessage(
                channel=delivery.subscription.channel,
                **message.payload(),
                metadata={
                    "event_type": EVENT_TYPE,
                    "event_payload": {
                        "delivery_id": str(delivery.id),
                        "target": delivery.notice.target,
                        "status": delivery.notice.new.word,
                    },
                },
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            raise delivery_failure(exc) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryRetry(f"could not reach Slack ({type(exc).__name__})") from exc
        ts = response.get("ts")
        return str(ts) if ts else None

    async def find_sent(self, delivery: Delivery) -> str | None:
        """The `ts` of the message carrying this delivery's id in its metadata, searched in
        the channel's history since the notice was made; None when it was never posted.

        A channel that is gone or closed to the bot holds no such message either: None, so
        the outbox sends again and `send` reports the subscription broken."""
        oldest = (delivery.notice.at - CLOCK_SKEW).timestamp()
        wanted = str(delivery.id)
        try:
            pages = await self._reader.conversations_history(
                channel=delivery.subscription.channel,
                oldest=f"{oldest:.6f}",
                limit=HISTORY_PAGE,
                include_all_metadata=True,
            )
            seen = 0
            # The paginator reuses one response object: read each page inside the loop.
            async for page in pages:
                for msg in page.get("messages", []):
                    metadata = msg.get("metadata") or {}
                    payload = metadata.get("event_payload") or {}
                    if (
                        metadata.get("event_type") == EVENT_TYPE
                        and payload.get("delivery_id") == wanted
                    ):
                        return str(msg["ts"])
                seen += 1
                if seen >= HISTORY_PAGES:
                    log.warning("delivery %s: history search stopped after %d pages", wanted, seen)
                    break
        except SlackApiError as exc:
            failure = delivery_failure(exc)
            if isinstance(failure, DeliveryBroken):
                return None
            raise failure from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryRetry(f"could not reach Slack ({type(exc).__name__})") from exc
        return None

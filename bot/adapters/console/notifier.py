"""Notices printed to a text stream: the bot's voice when no chat platform is configured,
and a log of every notice when one is."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.core.models import Delivery
from bot.core.render_text import notice_text


class ConsoleNotifier:
    platform = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    async def send(self, delivery: Delivery) -> str | None:
        stream = self._stream or sys.stdout
        stream.write(notice_text(delivery.notice) + "\n")
        stream.flush()
        return None

    async def find_sent(self, delivery: Delivery) -> str | None:
        """A terminal keeps no record to look in: a crash right after printing reprints."""
        return None

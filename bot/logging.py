"""Logging set up by the CLI only (importing `bot` configures nothing)."""

from __future__ import annotations

import logging
import sys


def setup_logging(verbosity: int) -> None:
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(
        level=level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
    )
    # discord.py and slack_sdk are chatty at INFO; their warnings still show.
    for noisy in ("discord", "slack_sdk", "slack_bolt", "apscheduler", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))

# sora-bot: slim image, non-root, SQLite on the /data volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    SORA_BOT_CONFIG=/app/config/sora.toml \
    SORA_BOT_DB=/data/sora-bot.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install .
COPY config ./config

RUN useradd --create-home --uid 10001 sora \
    && mkdir -p /data && chown sora:sora /data
USER sora
VOLUME ["/data"]

# Healthy when the config validates and the database opens at the current schema.
HEALTHCHECK --interval=60s --timeout=10s --start-period=20s --retries=3 \
    CMD ["sora-bot", "status"]

CMD ["sora-bot", "run", "-v"]

# sora-bot: slim image, non-root, SQLite on the /data volume.

# The classifier compiles with mypyc, which needs a C compiler: build the wheel here, so
# the image that runs carries no compiler.
FROM python:3.11-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY bot ./bot
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    SORA_BOT_CONFIG=/app/config/sora.toml \
    SORA_BOT_DB=/data/sora-bot.db

WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl && rm -rf /wheels
COPY config ./config

RUN useradd --create-home --uid 10001 sora \
    && mkdir -p /data && chown sora:sora /data
USER sora
VOLUME ["/data"]

# Healthy when the config validates and the database opens at the current schema.
HEALTHCHECK --interval=60s --timeout=10s --start-period=20s --retries=3 \
    CMD ["sora-bot", "status"]

CMD ["sora-bot", "run", "-v"]

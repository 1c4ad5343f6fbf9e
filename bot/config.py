"""Typed configuration, validated once at start.

The file is TOML; secrets come only from the environment. A wrong key or value becomes one
`ConfigError` naming the file, the key and the fix; `sora-bot config check` runs the same
code. Nothing here is built at import time.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.core.models import SourceKind, SourceSpec, Target, Trust
from bot.core.sources.json_api import DEFAULT_FIELDS
from bot.errors import ConfigError

DEFAULT_CONFIG = Path("config/sora.toml")
ENV_CONFIG = "SORA_BOT_CONFIG"
ENV_DB = "SORA_BOT_DB"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TargetConfig(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    maker: str = ""
    official_domains: list[str] = []
    context_words: list[str] = []
    exclude_words: list[str] = []
    min_sources: int = Field(default=2, ge=1, le=20)
    window_days: int = Field(default=14, ge=1, le=365)

    def to_target(self) -> Target:
        return Target(
            name=self.name,
            aliases=tuple(self.aliases),
            maker=self.maker,
            official_domains=tuple(d.lower().removeprefix("www.") for d in self.official_domains),
            context_words=tuple(self.context_words),
            exclude_words=tuple(self.exclude_words),
            min_sources=self.min_sources,
            window_days=self.window_days,
        )


class SourceConfig(_Strict):
    url: str
    kind: SourceKind = SourceKind.FEED
    trust: Trust = Trust.PRESS
    name: str = ""
    targets: list[str] = []
    interval_s: int | None = Field(default=None, ge=30)
    selector: str | None = None
    item_path: str | None = None
    fields: dict[str, str] = {}

    @field_validator("url")
    @classmethod
    def _scheme(cls, url: str) -> str:
        scheme = urlsplit(url).scheme
        if scheme not in {"http", "https", "file"}:
            raise ValueError("must start with http://, https:// or file://")
        return url

    @field_validator("fields")
    @classmethod
    def _known_fields(cls, fields: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(fields) - set(DEFAULT_FIELDS))
        if unknown:
            raise ValueError(
                f"unknown field {', '.join(unknown)}; map any of: {', '.join(DEFAULT_FIELDS)}"
            )
        return fields

    @model_validator(mode="after")
    def _kind_needs(self) -> SourceConfig:
        if self.kind is SourceKind.PAGE and not self.selector:
            raise ValueError('a page source needs `selector = "css selector"`')
        return self

    def to_spec(self, default_interval: int) -> SourceSpec:
        return SourceSpec(
            url=self.url,
            kind=self.kind,
            trust=self.trust,
            targets=tuple(self.targets),
            interval_s=self.interval_s or default_interval,
            selector=self.selector,
            item_path=self.item_path,
            fields=tuple(sorted(self.fields.items())),
            name=self.name,
        )


class PollingConfig(_Strict):
    interval_s: int = Field(default=900, ge=30)
    jitter_s: int = Field(default=30, ge=0)
    misfire_grace_s: int = Field(default=300, ge=1)
    max_backoff_s: int = Field(default=6 * 3600, ge=60)
    connect_timeout_s: float = Field(default=10, gt=0)
    read_timeout_s: float = Field(default=20, gt=0)
    total_timeout_s: float = Field(default=30, gt=0)
    max_bytes: int = Field(default=5_000_000, ge=1024)
    max_redirects: int = Field(default=5, ge=0)
    max_connections: int = Field(default=100, ge=1)
    max_per_host: int = Field(default=4, ge=1)
    report_after_failures: int = Field(default=3, ge=1)


class ConsoleConfig(_Strict):
    enabled: bool = True


class DiscordConfig(_Strict):
    guild_ids: list[int] = []
    admin_ids: list[int] = []
    shard_count: int | None = Field(default=None, ge=1)
    status_card: bool = False
    api_base_url: str = "https://discord.com/api/v10"
    gateway_url: str = "wss://gateway.discord.gg"


class SlackConfig(_Strict):
    mode: Literal["socket", "http"] = "socket"
    api_url: str = "https://slack.com/api/"
    host: str = "127.0.0.1"
    port: int = Field(default=3000, ge=0, le=65535)
    admin_ids: list[str] = []


class DemoConfig(_Strict):
    """The offline demo (`run --demo`): feed items revealed one day per `step_s` seconds."""

    step_s: float = Field(default=1.0, gt=0)


class Secrets(_Strict):
    discord_token: str | None = None
    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Secrets:
        return cls(
            discord_token=env.get("DISCORD_TOKEN") or None,
            slack_bot_token=env.get("SLACK_BOT_TOKEN") or None,
            slack_app_token=env.get("SLACK_APP_TOKEN") or None,
            slack_signing_secret=env.get("SLACK_SIGNING_SECRET") or None,
        )


class Config(_Strict):
    command_name: str = Field(default="sora", pattern=r"^[a-z0-9_-]{1,32}$")
    database: str = "data/sora-bot.db"
    admins: list[str] = []  # "discord:<user id>" or "slack:<user id>"
    targets: list[TargetConfig] = Field(min_length=1)
    sources: list[SourceConfig] = []
    polling: PollingConfig = PollingConfig()
    console: ConsoleConfig = ConsoleConfig()
    discord: DiscordConfig = DiscordConfig()
    slack: SlackConfig = SlackConfig()
    demo: DemoConfig | None = None
    secrets: Secrets = Secrets()
    base_dir: Path = Path(".")

    @field_validator("admins")
    @classmethod
    def _admin_form(cls, admins: list[str]) -> list[str]:
        for admin in admins:
            platform, _, user = admin.partition(":")
            if (
                platform not in {"discord", "slack"}
                or not user
                or (platform == "discord" and not user.isdigit())
            ):
                raise ValueError(
                    f'{admin!r} is not "discord:<numeric user id>" or "slack:<user id>"'
                )
        return admins

    def platform_admins(self, platform: str) -> list[str]:
        """User ids of the top-level `admins` on one platform."""
        return [a.partition(":")[2] for a in self.admins if a.startswith(f"{platform}:")]

    @model_validator(mode="after")
    def _slack_transport(self) -> Config:
        """Caught here, so `config check` says it before `run` fails to connect."""
        if not self.secrets.slack_bot_token:
            return self
        if self.slack.mode == "socket" and not self.secrets.slack_app_token:
            raise ValueError(
                "slack.mode is 'socket' but SLACK_APP_TOKEN is not set: create an app-level "
                "token (xapp-…) with connections:write, or set slack.mode = 'http'"
            )
        if self.slack.mode == "http" and not self.secrets.slack_signing_secret:
            raise ValueError(
                "slack.mode is 'http' but SLACK_SIGNING_SECRET is not set: copy it from the "
                "app's Basic Information page"
            )
        return self

    @model_validator(mode="after")
    def _targets_known(self) -> Config:
        names = {t.name for t in self.targets}
        if len(names) != len(self.targets):
            raise ValueError("two targets share a name; give each target its own `name`")
        for i, source in enumerate(self.sources):
            for name in source.targets:
                if name not in names:
                    raise ValueError(
                        f"sources[{i}].targets names {name!r}, which is not a target; "
                        f"use one of: {', '.join(sorted(names))}"
                    )
        return self

    def target_list(self) -> list[Target]:
        return [t.to_target() for t in self.targets]

    def source_specs(self) -> list[SourceSpec]:
        """Sources with relative `file:` paths resolved against the config's folder."""
        specs = []
        for source in self.sources:
            spec = source.to_spec(self.polling.interval_s)
            parts = urlsplit(spec.url)
            if parts.scheme == "file" and not Path(parts.path).is_absolute():
                path = (self.base_dir / (parts.netloc + parts.path)).resolve()
                spec = replace(spec, url=path.as_uri())
            specs.append(spec)
        return specs


def config_path(cli_path: str | None, env: Mapping[str, str]) -> Path:
    return Path(cli_path or env.get(ENV_CONFIG) or DEFAULT_CONFIG)


def load_config(
    path: Path,
    *,
    db: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """Read, validate and resolve the config. Raises ConfigError with the file, key and fix.

    The database path comes from `db` (the `--db` flag), else `SORA_BOT_DB`, else the file;
    relative paths are relative to the working directory, like every other CLI path.
    """
    env = os.environ if env is None else env
    if not path.is_file():
        raise ConfigError(
            f"{path}: config file not found.",
            "Pass --config FILE or set SORA_BOT_CONFIG; config/sora.toml is the example.",
        )
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}.", "Fix the syntax there.") from None
    for forbidden in ("secrets", "base_dir"):
        if forbidden in raw:
            raise ConfigError(
                f"{path}: key `{forbidden}` is not allowed in the file.",
                "Secrets come only from DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_APP_TOKEN and "
                "SLACK_SIGNING_SECRET in the environment."
                if forbidden == "secrets"
                else "Remove it.",
            )
    raw["secrets"] = Secrets.from_env(env).model_dump()
    raw["base_dir"] = path.parent.resolve()
    try:
        config = Config.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(
            _describe(path, exc), "Fix that key and run `sora-bot config check`."
        ) from None
    database = db or env.get(ENV_DB) or config.database
    return config.model_copy(update={"database": database})


def _describe(path: Path, exc: ValidationError) -> str:
    """One line per problem: `file: key.path: what is wrong`."""
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key; check its spelling against README's configuration reference"
        lines.append(f"{path}: {key}: {msg}")
    return "\n".join(lines)

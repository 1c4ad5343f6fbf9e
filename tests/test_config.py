"""Configuration is validated once, with errors that name the file, the key and the fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Config, load_config
from bot.core.models import SourceKind, Trust
from bot.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["sora.toml", "demo.toml"])
def test_shipped_configs_are_valid(name: str) -> None:
    config = load_config(REPO / "config" / name, env={})
    assert config.targets[0].name == "Sora"
    assert config.sources


def test_sources_and_secrets(write_config: Callable[..., Config]) -> None:
    config = write_config(
        """
        [[sources]]
        url = "file:feeds/news.xml"
        trust = "official"
        targets = ["Sora"]

        [[sources]]
        url = "https://example.org/page"
        kind = "page"
        selector = "article h2"
        interval_s = 60
        """,
        env={"DISCORD_TOKEN": "t0k", "SLACK_BOT_TOKEN": ""},
    )
    official, page = config.source_specs()
    assert official.url.startswith("file:///") and official.url.endswith("/feeds/news.xml")
    assert official.trust is Trust.OFFICIAL and official.interval_s == 900
    assert page.kind is SourceKind.PAGE and page.selector == "article h2" and page.interval_s == 60
    assert config.secrets.discord_token == "t0k"
    assert config.secrets.slack_bot_token is None


BAD = [
    ("[[sources]]\nurl = 'https://x.org/f'\nkynd = 'feed'", "sources.0.kynd: unknown key"),
    ("[[sources]]\nurl = 'ftp://x.org/f'", "sources.0.url: must start with http://"),
    ("[[sources]]\nurl = 'https://x.org/f'\nkind = 'rss'", "sources.0.kind"),
    ("[[sources]]\nurl = 'https://x.org/p'\nkind = 'page'", "needs `selector"),
    (
        "[[sources]]\nurl = 'https://x.org/f'\ntargets = ['Sora 2']",
        "'Sora 2', which is not a target",
    ),
    ("[polling]\ninterval_s = 5", "polling.interval_s"),
]


@pytest.mark.parametrize(("toml", "message"), BAD, ids=[b[1] for b in BAD])
def test_bad_values_name_file_key_and_fix(
    write_config: Callable[..., Config], toml: str, message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        write_config(toml)
    text = str(caught.value)
    assert "config.toml" in text and message in text
    assert "config check" in text


def test_secrets_in_the_file_are_refused(write_config: Callable[..., Config]) -> None:
    with pytest.raises(ConfigError, match="environment"):
        write_config(extra="[secrets]\ndiscord_token = 'x'")


def test_missing_file_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml", env={})
    bad = tmp_path / "bad.toml"
    bad.write_text("targets = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad, env={})


def test_database_override_order(write_config: Callable[..., Config], tmp_path: Path) -> None:
    config = write_config()
    assert config.database == str(tmp_path / "bot.db")
    path = tmp_path / "config.toml"
    assert load_config(path, env={"SORA_BOT_DB": "/env.db"}).database == "/env.db"
    assert load_config(path, db="/flag.db", env={"SORA_BOT_DB": "/env.db"}).database == "/flag.db"


def test_config_check_command(
    write_config: Callable[..., Config], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config()
    assert main(["config", "check", "--config", str(tmp_path / "config.toml")]) == 0
    assert "ok — 1 targets" in capsys.readouterr().out
    (tmp_path / "config.toml").write_text("[[targets]]\nnam = 'x'\n", encoding="utf-8")
    assert main(["config", "check", "--config", str(tmp_path / "config.toml")]) == 2
    err = capsys.readouterr().err
    assert "targets.0.nam: unknown key" in err and "targets.0.name: Field required" in err


def test_slack_transport_needs_its_secret(write_config: Callable[..., Config]) -> None:
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN is not set"):
        write_config(env={"SLACK_BOT_TOKEN": "xoxb-1"})
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET is not set"):
        write_config(extra='[slack]\nmode = "http"', env={"SLACK_BOT_TOKEN": "xoxb-1"})
    config = write_config(env={"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    assert config.secrets.slack_app_token == "xapp-1"

"""README tells the truth: its quickstart is what CI runs, and every CLI command and
config key it documents exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import _parser
from bot.config import Config

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUICKSTART = re.findall(r"```sh\n(.+?)\n```", README.split("## Quickstart")[1].split("## ")[0])


def test_quickstart_is_two_commands_and_ci_runs_the_test_one() -> None:
    install_and_demo, test = QUICKSTART
    assert install_and_demo.endswith("&& pip install -e '.[test]' && sora-bot run --demo")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == test, "CI must run exactly README's test command"
    assert "pip install" in "\n".join(ci) and "'.[test" in "\n".join(ci)


def cli_commands() -> set[str]:
    """The CLI column of README's command table, as command words without arguments."""
    table = README.split("## Commands")[1].split("## Configuration")[0]
    found = set()
    for usage in re.findall(r"^\|[^|]*\| `([^`]+)`", table, re.MULTILINE):
        words = []
        for word in usage.split():
            if not re.fullmatch(r"[a-z][a-z-]*", word):
                break
            words.append(word)
        if words:
            found.add(" ".join(words))
    return found


CLI_ROWS = cli_commands()


@pytest.mark.parametrize("command", sorted(set(CLI_ROWS)))
def test_documented_cli_commands_exist(command: str) -> None:
    parser = _parser()
    with pytest.raises(SystemExit) as done:
        parser.parse_args([*command.split(), "--help"])
    assert done.value.code == 0


def test_documented_config_sections_exist() -> None:
    sections = set(re.findall(r"^\| `\[(\w+)\]", README, re.MULTILINE))
    assert sections and sections <= set(Config.model_fields)

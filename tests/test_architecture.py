"""The layout's promises, checked: the core imports no platform, store or driver; importing
any module does nothing; ruff and mypy pass."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOT = ROOT / "bot"

# package prefix -> imports it must never make
FORBIDDEN = {
    "bot.core": (
        "discord",
        "slack_bolt",
        "slack_sdk",
        "aiosqlite",
        "sqlite3",
        "bot.store",
        "bot.adapters",
        "bot.app",
        "bot.cli",
        "bot.config",
    ),
    "bot.store": ("discord", "slack_bolt", "slack_sdk", "bot.adapters", "bot.app", "bot.cli"),
    "bot.adapters": ("aiosqlite", "sqlite3", "bot.store", "bot.cli"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


MODULES = sorted(BOT.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_layer_boundaries(path: Path) -> None:
    name = module_name(path)
    for layer, banned in FORBIDDEN.items():
        if name == layer or name.startswith(layer + "."):
            bad = {i for i in imports(path) if any(i == b or i.startswith(b + ".") for b in banned)}
            assert not bad, f"{name} imports {sorted(bad)}, which {layer} must not"


def test_importing_every_module_does_nothing() -> None:
    """No settings, clients, loggers or event loops are built at import time."""
    code = (
        "import logging, sys, threading\n"
        f"for name in {[module_name(p) for p in MODULES]!r}:\n"
        "    __import__(name)\n"
        "assert not logging.getLogger().handlers, 'a module configured logging'\n"
        "assert threading.active_count() == 1, 'a module started a thread'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "bot", "tests", "benchmarks", "tools"],
        ["ruff", "format", "--check", "bot", "tests", "benchmarks", "tools"],
        ["mypy", "bot"],
    ],
    ids=["ruff", "ruff-format", "mypy"],
)
def test_linters(command: list[str]) -> None:
    tool = shutil.which(command[0], path=str(Path(sys.executable).parent))
    assert tool, f"{command[0]} is in the test extra: pip install -e '.[test]'"
    done = subprocess.run([tool, *command[1:]], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]

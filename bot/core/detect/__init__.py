"""Release-status detection.

Installing the package compiles the per-item modules with mypyc (`setup.py`); they then
load from their binaries. This file makes sure a binary never runs older code than its
source: when any compiled module's source is newer than its binary (it was edited in a
checkout after `pip install -e .`), the whole package runs from source, with a warning.
All or nothing, because mypyc compiles the modules as one group whose calls to each other
skip the import system: a source module beside compiled ones would not be called.
`SORA_BOT_INTERPRETED=1` asks for the source outright; a test compares the two.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

_HERE = Path(__file__).resolve().parent
# Only a checkout is edited after it is installed; an installed wheel's files carry the
# times they were unpacked at, in any order.
_CHECKOUT = (_HERE.parents[2] / "pyproject.toml").is_file()


def _binaries() -> dict[str, Path]:
    """Each compiled module's name and its binary."""
    found: dict[str, Path] = {}
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for binary in _HERE.glob(f"*{suffix}"):
            name = binary.name.removesuffix(suffix)
            if (_HERE / f"{name}.py").is_file():
                found[name] = binary
    return found


def _edited(binaries: dict[str, Path]) -> list[str]:
    """The compiled modules whose source changed after they were compiled."""
    return sorted(
        name
        for name, binary in binaries.items()
        if (_HERE / f"{name}.py").stat().st_mtime > binary.stat().st_mtime
    )


class _FromSource(importlib.abc.MetaPathFinder):
    """Loads the package's compiled modules from their source instead."""

    def __init__(self, names: set[str]) -> None:
        self._names = names

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != __name__ or name not in self._names:
            return None
        return importlib.util.spec_from_file_location(fullname, _HERE / f"{name}.py")


_BINARIES = _binaries()
_STALE = _edited(_BINARIES) if _CHECKOUT else []
_FROM_SOURCE = bool(_BINARIES) and (bool(_STALE) or os.environ.get("SORA_BOT_INTERPRETED") == "1")
if _STALE:
    warnings.warn(
        f"{', '.join(f'{n}.py' for n in _STALE)} changed after it was compiled: the "
        "classifier runs from source, slower. `pip install -e .` compiles it again.",
        RuntimeWarning,
        stacklevel=2,
    )
if _FROM_SOURCE:
    sys.meta_path.insert(0, _FromSource(set(_BINARIES)))

COMPILED = bool(_BINARIES) and not _FROM_SOURCE
"""Whether the classifier runs compiled (the benchmarks print it)."""

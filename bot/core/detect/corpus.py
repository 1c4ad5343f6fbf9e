"""Read the labelled corpus format (`status_dev.jsonl`, timelines) into targets, items
and gold labels, for `sora-bot eval`, the benchmark and the tests.

Format: JSON Lines with `id`, `target`, `aliases`, `maker`, `title`, `summary`, `url`,
`published` (YYYY-MM-DD or null), `source_kind`, `label`; optional `official_domains`,
`context_words`, `exclude_words`. Other keys (`hard`, `why`) are annotations and ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bot.core.detect.classifier import Classifier
from bot.core.models import ItemKind, ItemText, Label, Target


@dataclass(frozen=True, slots=True)
class LabelledItem:
    id: str
    target: Target
    item: ItemText
    label: Label


def item_of(row: dict[str, Any]) -> ItemText:
    """The classifier's input from a line's item fields (`classify` input lines too)."""
    published = row.get("published")
    return ItemText(
        title=row.get("title") or "",
        summary=row.get("summary") or "",
        url=row.get("url") or "",
        published=date.fromisoformat(published) if published else None,
        kind=ItemKind(row.get("source_kind") or "press"),
    )


def parse_line(line: str, where: str = "") -> LabelledItem:
    """One corpus line. Raises ValueError naming `where` (e.g. "file.jsonl:12") and the
    field, so a broken corpus is fixed in one look."""
    try:
        row = json.loads(line)
        target = Target(
            name=row["target"],
            aliases=tuple(row.get("aliases") or ()),
            maker=row.get("maker") or "",
            official_domains=tuple(row.get("official_domains") or ()),
            context_words=tuple(row.get("context_words") or ()),
            exclude_words=tuple(row.get("exclude_words") or ()),
        )
        return LabelledItem(str(row.get("id", "")), target, item_of(row), Label(row["label"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise ValueError(f"{where}: bad corpus line ({exc!r}); see the corpus README") from exc


def parse_lines(lines: Iterable[str], source: str = "") -> list[LabelledItem]:
    """Every non-blank line, in order."""
    return [parse_line(line, f"{source}:{n}") for n, line in enumerate(lines, 1) if line.strip()]


def read_corpus(path: Path) -> list[LabelledItem]:
    """The corpus at `path` (UTF-8 JSON Lines)."""
    with path.open(encoding="utf-8") as handle:
        return parse_lines(handle, str(path))


def with_classifiers(items: Iterable[LabelledItem]) -> Iterator[tuple[Classifier, LabelledItem]]:
    """Each item with its target's classifier, built once per target: building one
    compiles the target's patterns, which costs far more than reading an item, and a
    labelled set holds several items per target."""
    built: dict[Target, Classifier] = {}
    for it in items:
        classifier = built.get(it.target)
        if classifier is None:
            classifier = built[it.target] = Classifier(it.target)
        yield classifier, it

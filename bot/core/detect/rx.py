"""Every pattern of the classifier, compiled to read ASCII word classes, and told which
characters a match can start with.

`\\w`, `\\b` and case-folding by Unicode tables cost the regex engine a table lookup per
character; the classifier reads English news, and with ASCII classes the same patterns run
about a tenth faster over the labelled corpus (`benchmarks/bench_passes.py`). On the
28,142 labelled items 5 labels moved, 3 of them right and none wrong: a word in another
script (Korean, Japanese) now bounds an English name, as a space would.

`re` skips ahead to a pattern's first character only when the pattern begins with a
case-sensitive literal or character set. Most of ours begin with a boundary or a
lookbehind (`(?<!\\w)name`), or ignore case, and are then tried at every position of the
text: a name of twenty alternatives is entered twenty times per character. A lookahead of
the characters a match can start with (`(?=[GgWw])`) turns most positions away at one
test, the same matches at a fraction of the cost.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

# Larger sets (a range like `[a-z]` under case-folding) turn few positions away.
_MOST_FIRST = 40
_CATEGORIES = {
    sre.CATEGORY_DIGIT: "0123456789",
    sre.CATEGORY_SPACE: " \t\n\r\f\v",
}
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    flags |= re.ASCII
    first = _first_set(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    chars = "".join(sorted(first))
    return re.compile(f"(?=[{re.escape(chars)}])(?:{pattern})", flags)


def _first_set(pattern: str, flags: int) -> set[str] | None:
    """The characters a match of `pattern` must start with, when telling the engine pays:
    None if a match can be empty or start anywhere, or if the engine already skips ahead
    by itself, or if the pattern sets its flags inline or is verbose (a lookahead before
    inline flags is an error, and a verbose pattern's last comment would swallow the
    closing parenthesis). `re`'s own parser reads the pattern."""
    if flags & re.VERBOSE or _INLINE_FLAGS.match(pattern):
        return None
    parsed = parser.parse(pattern, flags)
    ignore_case = bool(flags & re.IGNORECASE)
    if _skips_ahead(parsed.data, ignore_case):
        return None
    chars, empty = _first(parsed.data, ignore_case)
    if chars is None or empty or not chars or len(chars) > _MOST_FIRST:
        return None
    return chars


def _skips_ahead(items: Any, ignore_case: bool) -> bool:
    """Whether `re` finds a literal or a set to skip ahead to by itself (what
    `re._compiler` looks for, read conservatively)."""
    while items and items[0][0] is sre.SUBPATTERN and not items[0][1][1] | items[0][1][2]:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op is sre.LITERAL:
        return not ignore_case or not chr(av).isalpha()
    if op is sre.IN:
        return not ignore_case
    if op is sre.BRANCH:
        return all(
            branch.data
            and branch.data[0][0] is sre.LITERAL
            and (not ignore_case or not chr(branch.data[0][1]).isalpha())
            for branch in av[1]
        )
    return False


def _first(items: Any, ignore_case: bool) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can match
    empty; None for "any character"."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            if add & re.UNICODE:
                return None, False
            case = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            more, empty = _first(sub.data, case)
        elif op is sre.ATOMIC_GROUP:
            more, empty = _first(av.data, ignore_case)
        elif op is sre.BRANCH:
            more, empty = set(), False
            for branch in av[1]:
                found, branch_empty = _first(branch.data, ignore_case)
                if found is None:
                    return None, False
                more |= found
                empty = empty or branch_empty
        elif op in _REPEATS:
            low, _, sub = av
            more, empty = _first(sub.data, ignore_case)
            empty = empty or low == 0
        elif op is sre.LITERAL:
            more, empty = _cased({chr(av)}, ignore_case), False
        elif op is sre.IN:
            more, empty = _cased_set(av, ignore_case), False
        else:
            return None, False
        if more is None:
            return None, False
        chars |= more
        if not empty:
            return chars, False
    return chars, True


def _cased_set(members: Any, ignore_case: bool) -> set[str] | None:
    chars: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MOST_FIRST:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            chars.update(_CATEGORIES[av])
        else:  # a negated set, a wide range, a word class
            return None
    return _cased(chars, ignore_case)


def _cased(chars: set[str], ignore_case: bool) -> set[str]:
    """Under IGNORECASE with ASCII classes only ASCII letters fold."""
    if not ignore_case:
        return chars
    return chars | {c.swapcase() for c in chars if c.isascii() and c.isalpha()}

"""Every pattern of the classifier, compiled to read ASCII word classes.

`\\w`, `\\b` and case-folding by Unicode tables cost the regex engine a table lookup per
character; the classifier reads English news, and with ASCII classes the same patterns run
about a tenth faster over the labelled corpus (`benchmarks/bench_passes.py`). On the
28,142 labelled items 5 labels moved, 3 of them right and none wrong: a word in another
script (Korean, Japanese) now bounds an English name, as a space would.
"""

from __future__ import annotations

import re


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags | re.ASCII)

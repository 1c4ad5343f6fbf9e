"""Negative look-behinds for a list of words, for the cue tables.

Python's look-behinds must be of fixed width, so "not right after orders, bookings or
sign-ups" is one look-behind per word; the tables that need such a list write it once
here instead of spelling out each group.
"""

from __future__ import annotations


def not_after(words: str, whole: bool = False) -> str:
    """Regex source that matches nowhere right after one of the space-separated `words`
    and a space; with `whole`, only where the word stands alone ("after FDA", not after
    "xfda")."""
    edge = r"\b" if whole else ""
    return "".join(rf"(?<!{edge}{w}\s)" for w in words.split())

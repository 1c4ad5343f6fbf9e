"""Cut an item into the units the classifier reads: the headline, then the summary's
sentences cut further into clauses.

Why clauses: a status cue only counts for the target when it sits in the clause that
talks about the target ("X is out, but Y is delayed" says nothing about Y being out).
Text is folded one character for one character (accents, curly quotes, dashes), so an
offset in the folded text is the same offset in the original and evidence can quote the
original exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from bot.core.detect import rx
from bot.core.detect.window import GERMAN_MONTH

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    (
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("mr", "mrs", "ms", "dr", "st", "vs", "etc", "inc", "ltd", "co", "corp", "no"),
        *("approx", "est", "u.s", "u.k", "e.g", "i.e"),
        # A time of day: "11:11 a.m. ET".
        *("a.m", "p.m"),
    )
)


@dataclass(frozen=True, slots=True)
class Unit:
    """One clause of the item. `start`/`end` index the item's folded text; `sentence` is
    the (start, end) of the sentence holding it, used as evidence."""

    text: str
    start: int
    end: int
    sentence: tuple[int, int]
    is_title: bool
    is_question: bool


@cache
def _fold_table() -> dict[int, str]:
    """Map characters to one ASCII-ish character each: keeps offsets stable."""
    table: dict[int, str] = {
        ord("‘"): "'",
        ord("’"): "'",
        ord("‚"): "'",
        ord("′"): "'",
        ord("“"): '"',
        ord("”"): '"',
        ord("„"): '"',
        ord("«"): '"',
        ord("»"): '"',
        ord("–"): "-",
        ord("—"): "-",
        ord("‐"): "-",
        ord("‑"): "-",
        ord("−"): "-",
        ord("\u00a0"): " ",
        ord("\u2009"): " ",
        ord("\u202f"): " ",
        ord("…"): ".",
        # A mark of trade stands between words: "DRAGON QUEST®XI S", "Age™ - Definitive".
        ord("®"): " ",
        ord("™"): " ",
        ord("©"): " ",
    }
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base and base.isascii() and base.isalpha():
            table[code] = base
    return table


# A run of characters outside ASCII: the only ones the fold table maps.
_NON_ASCII = rx.compile(r"[^\x00-\x7f]+")
# Punctuation that ends a clause within a unit: a stop, a semicolon or a colon.
CLAUSE_BREAK = rx.compile(r"[.;:!?]")


def fold(text: str) -> str:
    """Fold accents and typographic punctuation; the result has the same length."""
    if text.isascii():
        return text
    # Only the runs outside ASCII are translated: `str.translate` looks each character up
    # in the table, and even an item with curly quotes is nearly all ASCII.
    table = _fold_table()
    folded = _NON_ASCII.sub(lambda m: m.group().translate(table), text)
    # A character outside the table that NFKD would expand stays as it is.
    return folded if len(folded) == len(text) else text


# A month's name after a day's number and its full stop ("26. April", "3. Marz").
_GERMAN_MONTH = rx.compile(GERMAN_MONTH + r"\b", re.IGNORECASE)
# The word a full stop ends: an abbreviation ("Inc.") or an initial does not end a sentence.
_LAST_WORD = rx.compile(r"([\w.]+)$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sentence_end = rx.compile(r"([.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
    # The two cuts at a space share their "\s+", tried once: neither "-" nor "but" can
    # follow a shorter run of it, so which cut matches, and where it ends, is unchanged.
    clause_cut = rx.compile(
        r";\s+|,\s+(?=(?:but|while|whereas|though|although|yet|so)\s)"
        r"|\s+(?:-\s+(?=\w)|(?=(?:but|whereas|although)\s))"
    )
    return sentence_end, clause_cut


def _inside(at: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether offset `at` falls inside one of the target's `names` (start, end)."""
    return any(start <= at < end - 1 for start, end in names)


def _sentences(
    text: str, offset: int, names: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    sentence_end, _ = _patterns()
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in sentence_end.finditer(text):
        if names and _inside(offset + match.start(1), names):
            continue
        if match.group(1) == ".":
            word = _LAST_WORD.search(text[begin : match.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            # A day written the German way: "am 26. April 2024 eroffnet".
            if word and word.group(1).isdigit() and _GERMAN_MONTH.match(text, match.end()):
                continue
        spans.append((offset + begin, offset + match.end(1)))
        begin = match.end()
    if begin < len(text):
        spans.append((offset + begin, offset + len(text)))
    return spans


def split_units(folded: str, title_end: int, names: Sequence[tuple[int, int]] = ()) -> list[Unit]:
    """Units of `folded` = title + "\\n" + summary; the title ends at `title_end`.

    The title is one unit (headlines are short and their clauses lean on each other);
    the summary is cut into sentences, then clauses. `names` are where the target is
    named with a sentence's end in its name ("What If...? Season 2", "Jeopardy! Masters"):
    no cut falls inside them, and a headline ending in one asks nothing.
    """
    _, clause_cut = _patterns()
    units: list[Unit] = []
    title = folded[:title_end].strip()
    asked = title.find("? ")
    while asked > 0 and names and _inside(asked, names):
        asked = title.find("? ", asked + 1)
    # (A name that ends the headline with its own "?" asks nothing.)
    title_asks = title.endswith("?") and not any(s < len(title) <= e for s, e in names)
    if asked > 0:
        # "Release date confirmed? Not quite": the question and its answer are two units.
        rest = len(title) - len(title[asked + 1 :].lstrip())
        units.extend(_asked(title, 0, asked + 1, title_end))
        tail = title[rest:]
        units.append(Unit(tail, rest, title_end, (0, title_end), True, tail.endswith("?")))
    elif (colon := _asked_after_colon(title)) > 0 or (colon := _asked_after_stop(title)) > 0:
        # "X Lands on Android: A New Era for Mobile AI?" asks about a fact it states, and
        # so does "X Finally Drops. Was It Worth the Wait?".
        units.append(Unit(title[:colon], 0, colon, (0, title_end), True, False))
        units.append(Unit(title[colon + 1 :], colon + 1, title_end, (0, title_end), True, True))
    elif title_asks:
        units.extend(_asked(title, 0, len(title), title_end))
    elif title:
        units.append(Unit(title, 0, title_end, (0, title_end), True, False))
    summary_start = title_end + 1
    for s_start, s_end in _sentences(folded[summary_start:], summary_start, names):
        sentence = folded[s_start:s_end]
        begin = 0
        for cut in clause_cut.finditer(sentence):
            if cut.start() > begin:
                units.append(_clause(sentence, begin, cut.start(), s_start, s_end))
            begin = cut.end()
        if begin < len(sentence):
            units.append(_clause(sentence, begin, len(sentence), s_start, s_end))
    return units


# A headline or subtitle that opens with a question asks it: "Is X out: everything we
# know?".
_QUESTION_START = rx.compile(
    r"(?:is|are|was|were|will|would|when|what|where|which|who|why|how|could|can|does|do|did|"
    r"should|has|have|had)\b",
    re.IGNORECASE,
)


# A statement and then a question about it: "X is finally coming to Xbox, but why is it a
# big deal?" states the plan it asks about.
_BUT_ASKED = rx.compile(r",\s+but\s+(?=" + _QUESTION_START.pattern + ")", re.IGNORECASE)


def _asked(title: str, start: int, end: int, title_end: int) -> list[Unit]:
    """The headline's question `title[start:end]` as units: two where a statement of a few
    words comes before ", but why ...?", else one."""
    text = title[start:end]
    cut = _BUT_ASKED.search(text)
    if cut is None or len(text[: cut.start()].split()) < 3 or _QUESTION_START.match(text):
        return [Unit(text, start, end, (0, title_end), True, True)]
    return [
        Unit(text[: cut.start()], start, start + cut.start(), (0, title_end), True, False),
        Unit(text[cut.end() :], start + cut.end(), end, (0, title_end), True, True),
    ]


def _asked_after_colon(title: str) -> int:
    """Where the colon stands before a headline's closing question, when the words before
    it state something: the offset of the colon, else -1."""
    if not title.rstrip(" \"'").endswith("?"):
        return -1
    # (A semicolon too: "iTunes 11 is (finally) released; would Jobs have allowed it?".)
    colon = max(title.rfind(": "), title.rfind("; "))
    # (Only a statement of a few words and a one-phrase question: "Spider-Man: Beyond the
    # Spider-Verse suffers another setback. Will it be delayed again?" has a colon of
    # its name, and "Microsoft Edit: Chegada Do Editor?" only a name before it.)
    if colon <= 0 or "?" in title[:colon] or ". " in title[colon:]:
        return -1
    if len(title[:colon].split()) < 3:
        return -1
    # ("X release date: When will it come out?" asks the head's question.)
    # (After a semicolon a question is one of its own: the statement before it stands.)
    if _QUESTION_START.match(title) or (
        title[colon] == ":" and _QUESTION_START.match(title, colon + 2)
    ):
        return -1
    return colon


def _asked_after_stop(title: str) -> int:
    """Where the full stop stands before a headline's closing question of its own ("Was It
    Worth the Wait?"), when the sentence before it states something in a few words: the
    offset of the stop, else -1."""
    if not title.rstrip(" \"'").endswith("?"):
        return -1
    stop = title.rfind(". ")
    if stop <= 0 or "?" in title[:stop] or len(title[:stop].split()) < 3:
        return -1
    if _QUESTION_START.match(title) or not _QUESTION_START.match(title, stop + 2):
        return -1
    return stop


def _clause(sentence: str, begin: int, end: int, s_start: int, s_end: int) -> Unit:
    text = sentence[begin:end]
    question = text.rstrip(" \"'").endswith("?")
    return Unit(text, s_start + begin, s_start + end, (s_start, s_end), False, question)

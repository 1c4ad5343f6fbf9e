"""The maker as items write it: its names, its initials, and the maker speaking.

Split from `mentions` because the maker answers other questions than the target's
names do: whether a weak name is backed ("Sora" next to "OpenAI"), whether "a TV set" is
the maker's product all the same ("whether Apple will make a TV set"), whether an owner
before a name is the maker ("EA's skate."), and whether the maker is on record ("Sony
announced"). Built from the target's `maker` alone, like everything in `detect`.
"""

from __future__ import annotations

import re

from bot.core.detect import rx
from bot.core.detect.names import GENERIC_MAKER_WORDS, compact, maker_names, words_pattern
from bot.core.detect.scope import CLAUSE_BREAK, fold

# Words allowed between the maker and its verb: not modals or hearsay ("Apple may reveal").
# Nor negations: "Sony has not announced" is the maker saying nothing; nor "only": "OnePlus
# has only said a foldable is coming" says less than the item.
_NOT_MODAL = (
    r"(?:(?!(?:may|might|could|would|reportedly|allegedly|will|to|is|are|not|never|yet|only|"
    r"declined|refused|rumou?rs?|leak\w*|insiders?|sources?|tipsters?|reports?)\b|[\w'-]*n't\b)"
    r"[\w'-]+\s+)"
)
_SAYS = (
    r"(?:announc(?:es|ed)|confirm(?:s|ed)?|said|says|stated|told|tells|unveil(?:s|ed)|reported|"
    r"revealed|reveals|introduc(?:es|ed)|detailed|dated|reiterat(?:es|ed)|lists|listed|"
    # Setting a rumour straight: "Studio Wildcard has clarified that".
    r"clarifi(?:es|ed)|debunk(?:s|ed)|"
    # Unveiling it is the maker's word too: "Microsoft has taken the wraps off Xbox One".
    r"(?:taken|takes|took|pulled|pulls)\s+the\s+wraps\s+off|"
    # The maker's own forecast is its guidance: "Volkswagen predicts that it will hit
    # showrooms in 2022".
    r"predicts|predicted|forecasts|expects)\b"
)
# Before the maker: what it says has not been said yet ("until Square Enix confirms"), or
# it is not the maker that speaks ("sources familiar with Ford's plans have told").
_UNTIL_BEFORE = rx.compile(
    r"\b(?:until|till|unless|before|if|whether|familiar\s+with|close\s+to|briefed\s+on|"
    # A leaked paper of the maker's is not the maker speaking: "a supposedly leaked
    # Microsoft document dated 2010".
    r"leaked|purported|alleged|"
    # Unnamed people in the maker are not the maker on record: "Several sources in ISRO
    # have said".
    r"(?:sources|insiders|people|employees)\s+(?:at|in|inside|within|with))\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# Before "confirmed by": the maker did not say it.
_NOT_SAID = rx.compile(
    r"\b(?:not|never|yet\s+to)\s+(?:(?:been|be|yet|officially)\s+)*$"
    r"|n't\s+(?:(?:been|yet|officially)\s+)*$",
    re.IGNORECASE,
)
# How far before "a X" the maker may stand as its subject.
_SUBJECT_REACH = 40
# After the maker: it speaks ("Sony has officially announced").
_SAYS_AFTER = rx.compile(
    rf"(?:'s)?\s+{_NOT_MODAL}{{0,4}}?(?:has\s+|have\s+|had\s+)?"
    rf"(?:officially\s+|formally\s+|publicly\s+)?{_SAYS}"
    # "Merck reports" right after the name ("replied that reports" are others' news).
    r"|\s+reports\b",
    re.IGNORECASE,
)
# After the maker: it only names whose people or papers speak ("according to Samsung
# leaker Ice Universe", "per Apple insiders").
_HEARSAY_AFTER = rx.compile(
    r"(?:'s)?\s+(?:leakers?|insiders?|sources?|tipsters?|watchers?|analysts?|suppliers?|"
    r"leaks|fans?|bloggers?|employees?)\b",
    re.IGNORECASE,
)
# Before the maker: it is the one something was said by or to ("according to Sony").
_SAYS_BEFORE = rx.compile(
    # ("has been confirmed as March 8 by Samsung": a few words may come between.)
    r"\b(?:(?:announced|confirmed|revealed|unveiled|set\s+forth|stated)\s+(?:[\w,]+\s+){0,3}?"
    r"by\s+(?:\w+\s+)?"
    r"|(?:per|according\s+to|told)\s+)$",
    re.IGNORECASE,
)


def maker_initials(maker: str) -> re.Pattern[str] | None:
    """The maker's initials as writers use them ("EA" for "Electronic Arts"), from two
    to four capitalised words once generic ones ("Studios", "Inc") are dropped; matched
    in capitals only, so "ea" in running text is not the maker."""
    words = re.findall(r"[\w'+-]+", fold(maker))
    while words and words[-1].lower().strip(".") in GENERIC_MAKER_WORDS:
        words.pop()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return rx.compile(rf"(?<![\w&]){''.join(w[0] for w in words)}(?![\w&])")


class Maker:
    """One target's maker; keeps only compiled, read-only state."""

    def __init__(self, maker: str, names: tuple[str, ...] = ()) -> None:
        self.words = maker_names(maker, names)
        self.pattern = words_pattern(self.words)
        # The maker's words as plain lowercase text: a substring test before the regex.
        self.lower = tuple(fold(w).strip().lower() for w in self.words)
        self.compact = [c for c in (compact(w) for w in self.words) if len(c) >= 3]
        self._initials = maker_initials(maker)

    def says(self, text: str) -> bool:
        """Whether the maker is the subject of a saying verb ("Sony announced"), or the
        one something was said by or to ("according to Sony"). Tried at each place the
        maker is named, not at every position of `text`."""
        if self.pattern is None:
            return False
        for m in self.pattern.finditer(text):
            if _UNTIL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "until Square Enix confirms" says it has not
            if _SAYS_AFTER.match(text, m.end()):
                return True
            if _HEARSAY_AFTER.match(text, m.end()):
                continue  # "according to Samsung leaker Ice Universe" is the leaker
            said = _SAYS_BEFORE.search(text, max(0, m.start() - _SUBJECT_REACH), m.start())
            # "this hasn't been confirmed by Bethesda" says the maker has not.
            if said and not _NOT_SAID.search(text, max(0, said.start() - 25), said.start()):
                return True
        return False

    def named(self, folded: str) -> bool:
        """Whether `folded` names the maker, by name or initials."""
        if self.pattern is not None and self.pattern.search(folded):
            return True
        return self._initials is not None and self._initials.search(folded) is not None

    def is_maker(self, word: str) -> bool:
        """Whether `word` is the maker's name or its initials ("EA's skate.")."""
        return bool(
            (self.pattern and self.pattern.fullmatch(word))
            or (self._initials and self._initials.fullmatch(word))
        )

    def ends_at(self, text: str, end: int) -> bool:
        """Whether the maker's name, with any of its generic words, ends at `end` of
        `text`: "Paradox Interactive's" is the maker's possessive, though its last word
        alone is no maker."""
        return self.pattern is not None and any(
            all(w.lower() in GENERIC_MAKER_WORDS for w in text[m.end() : end].split())
            for m in self.pattern.finditer(text, max(0, end - 60), end)
        )

    def runs_past(self, text: str, start: int, end: int) -> bool:
        """Whether the maker's name starts at `start` of `text` and runs past `end`: the
        album "Aya" in "Aya Nakamura a annoncé son nouvel album" is the singer's name."""
        found = self.pattern.match(text, start, end + 60) if self.pattern is not None else None
        return found is not None and found.end() > end

    def owns(self, folded: str, start: int) -> bool:
        """Whether "a X" at `start` is the maker's product all the same: the name starts
        with the maker ("an Apple HDTV") or the maker stands close before it in the same
        clause ("whether Apple will make a TV set"). A product not yet named is written
        of with "a"."""
        if self.pattern is None:
            return False
        if self.pattern.match(folded, start):
            return True
        before = folded[max(0, start - _SUBJECT_REACH) : start]
        ends = [m.end() for m in self.pattern.finditer(before)]
        # (No clause may end between the maker and "a X".)
        return bool(ends) and not CLAUSE_BREAK.search(before[ends[-1] :])

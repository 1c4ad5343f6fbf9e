"""Whose a name is, judged from the words right around it: another brand's ("Apple
Watch 8" is not the "Watch 8" of "Galaxy Watch 8"), a person's ("Sam Raimi's Spider-Man
2" is the director's film, not the game), another model year's or generation's ("the
2021 iPad mini" is not the "iPad mini 2024", a "fifth-generation 4Runner" not the sixth).

Apart from `mentions` because these are questions about one match and its neighbours,
each with its own word lists, while `mentions` decides which matches an item has.
"""

from __future__ import annotations

import re

from bot.core.detect import rx
from bot.core.detect.lookbehind import not_after
from bot.core.detect.makers import Maker

# A capitalised word right before a short form of the name: "Apple Watch 8" is not the
# "Watch 8" of "Galaxy Watch 8". Verbs ("Announces", "Leaked") and these headline words
# are not brands.
# (A brand may start in lower case: "openSUSE Leap", "eBay Motors"; not a unit: "60 kWh".)
_BRAND_BEFORE = rx.compile(r"(?<![\w'])([A-Z][\w&+-]*|[a-z]+[A-Z][\w&+-]{2,}) $")
# The variant words that end a host product's name before its chip or part: "MacBook Pro
# M1 Max", "iPad Air M2".
_HOST_VARIANTS = frozenset(("pro", "max", "air", "mini", "plus", "ultra"))
_LEAD_WORDS = frozenset(
    (
        *("the", "a", "an", "new", "next", "upcoming", "rumored", "rumoured", "official"),
        *("latest", "first", "best", "cheap", "our", "my", "your", "its", "his", "her"),
        *("their", "why", "how", "what", "when", "where", "which", "this", "that", "these"),
        *("those", "buy", "get", "meet", "inside", "report", "review", "preview", "hands-on"),
        *("exclusive", "video", "watch", "see", "all", "every", "unboxing", "and", "or"),
        *("version", "release", "update", "build"),
        # Quantifiers open a sentence too: "Some Galaxy S20 Ultra reviewers report".
        *("some", "many", "most", "few", "several", "both", "each", "any", "more", "no"),
        # So do prepositions, conjunctions and adverbs: "With VelociCoaster now open".
        *("with", "without", "after", "before", "since", "until", "while", "during", "despite"),
        *("then", "now", "once", "if", "but", "so", "as", "at", "in", "on", "for", "from", "by"),
        *("like", "unlike", "although", "though", "because", "also", "today", "here", "still"),
        # A question's auxiliary leads its headline: "When Will Monkey Man Be On Digital?".
        *("will", "can", "could", "would", "should", "may", "might", "must", "shall", "do"),
        *("did", "are", "were", "have", "had"),
        *("even", "just", "only", "finally", "meanwhile", "plus", "whether", "yet", "about"),
        # A plural subject's headline verb: "Kendrick Lamar and SZA Launch Grand National
        # Tour".
        *("launch", "release", "announce", "unveil", "reveal", "confirm", "tease", "debut"),
        *("drop", "kick", "open", "bring", "begin", "start", "cancel", "delay", "postpone"),
        *("extend", "add", "expand", "share", "return", "celebrate", "wrap", "close"),
        # A headline capitalises its particles and the kind of thing it names: "Cadillac
        # Pulls Wrap Off Escalade IQ", "Delays Launch Of Exynos 2200", "Valve's Secret Game
        # Deadlock".
        *("of", "off", "to", "into", "up", "out", "over", "than", "via", "vs"),
        *("game", "dlc", "expansion", "album", "film", "movie", "show", "series", "phone"),
        # ("Tutorial for AI Generative Remove": a feature's kind, no brand.)
        *("ai", "app", "feature", "tool"),
    )
)

_PERSON_OWNER = rx.compile(r"(?<![\w'])([A-Z][a-z]+)\s+([A-Z][a-z]+)'s\s+$")
# A one-word name that is a person's first name, by the role or the byline before it and
# the surname after it: "novelist Siri Hustvedt", "What I Loved by Siri Hustvedt".
# (Not a product some other thing is "powered by" or "replaced by".)
_PERSON_BEFORE = rx.compile(
    r"(?:\b(?:novelist|author|writer|poet|essayist|actor|actress|singer|songwriter|rapper|"
    r"director|filmmaker|artist|painter|journalist|columnist|comedian|playwright|"
    r"photographer|athlete|footballer|chef|professor|"
    # ("Mercedes-Rookie Kimi Antonelli" is a driver, not Moonshot's Kimi.)
    r"rookie|driver|racer|striker|midfielder|quarterback|pitcher|golfer|boxer)|(?<!\w)"
    + not_after(
        "powered made built driven backed replaced followed joined used run offered supported "
        "enabled"
    )
    + r"by)\s+$",
    re.IGNORECASE,
)
_SURNAME_AFTER = rx.compile(r"\s+([A-Z][a-z]{2,})(?:'s)?(?![\w-])")
# A year of 1900-2099 as a word.
YEAR = rx.compile(r"\b(?:19|20)\d\d\b")
# (One lowercase word may stand between: "Disney's 1998 animated Mulan".)
_YEAR_BEFORE = rx.compile(r"\b((?:19|20)\d\d)\s+(?:[a-z][a-z-]{2,}\s+)?$")
# ... or with the maker's name between: "2019 Chevrolet Corvette ZR1".
_YEAR_WORD_BEFORE = rx.compile(r"\b((?:19|20)\d\d)\s+([A-Z][\w&-]*)\s+$")
# A generation before the name: "fifth-generation 4Runner", "6th gen 4Runner".
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_GENERATION = rx.compile(
    rf"\b({'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))[- ]gen(?:eration)?\b", re.IGNORECASE
)
_GENERATION_BEFORE = rx.compile(rf"{_GENERATION.pattern}\s+$", re.IGNORECASE)


def generation(word: str) -> str:
    """A generation's ordinal as digits: "sixth" and "6th" are both "6"."""
    word = word.lower()
    return str(_ORDINALS.index(word) + 1) if word in _ORDINALS else word[:-2]


def generations(names: tuple[str, ...]) -> frozenset[str]:
    """The generations a target's names give it ("sixth-generation 4Runner": 6)."""
    return frozenset(generation(m.group(1)) for n in names for m in _GENERATION.finditer(n))


# A generation after "gen": "Echo Dot Gen 3", "generation 2".
_GEN_NUMBER = rx.compile(r"\bgen(?:eration)?\s*(\d{1,2})\b", re.IGNORECASE)


def only_other_generations(text: str, gens: frozenset[str]) -> bool:
    """Whether `text` names a generation and none of `gens`: a leak of "the third-gen
    device" under the family's name is not news of the fourth."""
    if not gens:
        return False
    named = {generation(m.group(1)) for m in _GENERATION.finditer(text)}
    named |= {m.group(1) for m in _GEN_NUMBER.finditer(text)}
    return bool(named) and named.isdisjoint(gens)


# Right after the name, or bracketed after one more word: "MacBook Pro 14 inch (2023)".
_YEAR_AFTER = rx.compile(
    # ("Mulan (United States, 1998)": a review's country before the year.)
    r"(?:\s*\(?|[\s-]+[\w-]{1,8}\s*\(|\s*\([A-Z][\w .]{1,30},\s*)((?:19|20)\d\d)\b"
)


class Owners:
    """Ownership checks for one target's names; read-only after construction."""

    def __init__(
        self,
        own_words: set[str],
        makers: Maker,
        years: frozenset[str],
        gens: frozenset[str] = frozenset(),
    ) -> None:
        self._own_words = own_words
        self._makers = makers
        self._years = years
        self._gens = gens

    def person(self, before: str) -> bool:
        """Whether a person's name owns what follows ("Sam Raimi's"): a first name and a
        surname, neither the maker's nor the target's own words."""
        m = _PERSON_OWNER.search(before) if "'s" in before[-6:] else None
        if m is None:
            return False
        words = (m.group(1), m.group(2))
        return not any(w.lower() in self._own_words or self._makers.is_maker(w) for w in words)

    def named_person(self, folded: str, m: re.Match[str]) -> bool:
        """Whether a one-word name is a person's first name here (see `_PERSON_BEFORE`)."""
        if not m.group().isalpha() or not _PERSON_BEFORE.search(
            folded, max(0, m.start() - 20), m.start()
        ):
            return False
        surname = _SURNAME_AFTER.match(folded, m.end())
        return surname is not None and not (
            surname.group(1).lower() in self._own_words or self._makers.is_maker(surname.group(1))
        )

    def other_year(self, folded: str, m: re.Match[str]) -> bool:
        """Whether a name without a year has another model year right before or after
        it than the target's own."""
        if not self._years or YEAR.search(m.group()):
            return False
        year = _YEAR_BEFORE.search(folded, max(0, m.start() - 25), m.start()) or _YEAR_AFTER.match(
            folded, m.end()
        )
        if year is None:
            made = _YEAR_WORD_BEFORE.search(folded, max(0, m.start() - 30), m.start())
            year = made if made is not None and self._makers.is_maker(made.group(2)) else None
        return year is not None and year.group(1) not in self._years

    def other_generation(self, folded: str, m: re.Match[str]) -> bool:
        """Whether another generation than the target's stands right before a name
        without one: "fifth-generation 4Runner" for the sixth."""
        if not self._gens or _GENERATION.search(m.group()):
            return False
        gen = _GENERATION_BEFORE.search(folded, max(0, m.start() - 20), m.start())
        return gen is not None and generation(gen.group(1)) not in self._gens

    def other_brand(self, folded: str, start: int) -> bool:
        """Whether a brand other than the target's stands right before a short form."""
        m = _BRAND_BEFORE.search(folded, max(0, start - 30), start)
        if m is None:
            return False
        word = m.group(1).lower()
        # (A variant word ends a host's name: "MacBook Pro M1 Max" is the M1 Max in it.)
        return not (
            word in self._own_words
            or word in _LEAD_WORDS
            or word.endswith(("s", "ed", "ing"))
            or word in _HOST_VARIANTS
        )

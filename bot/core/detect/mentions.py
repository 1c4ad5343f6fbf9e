"""Find where an item names the exact target, and decide whether the item is about it.

A target is known only by its names, maker, official domains and optional context and
exclude words, so everything here is built from those: no per-product lists.

- Names match on word boundaries, case-insensitively, with flexible spacing between a
  word and a number ("Grok-3" = "Grok 3" = "Grok3"; "Z Fold 7" = "Z Fold7").
- A different version or variant is a different product: "Sora 2", "Sora II",
  "Sora Pro" are not "Sora"; "GPT-5.1" and "GPT-5o" are not "GPT-5"; "22.0.0" is "22".
- A bare version ("v2", "2.0", "9.2") names the target when the product's own words
  appear elsewhere in the item or in its URL (issue trackers say "v2.0 release date?").
- A short or single common word ("Sora", "R2", "Orion") is the product only when the
  maker or a context word co-occurs; "a Steam Machine", "Alienware's Steam Machine"
  and "Sora Ventures" are something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.core.detect.scope import fold
from bot.core.models import Target

_SEPARATORS = " -:_/"
_VARIANTS = (
    "pro|max|ultra|plus|mini|lite|fe|turbo|air|slim|xl|edge|nano|flash|se|remastered"
    "|remake|deluxe|dlc|expansion"
)
_ORG_SUFFIXES = (
    "ventures|capital|labs?|inc|ltd|llc|group|holdings|partners|fund|bank|airlines?|motors"
    "|hotels?|restaurant|records|band|fc|club|university|college|foundation"
)
_GENERIC_MAKER_WORDS = frozenset(
    (
        *("the", "inc", "ltd", "llc", "corp", "corporation", "co", "company", "project"),
        *("programme", "program", "foundation", "games", "game", "software", "entertainment"),
        *("interactive", "studios", "studio", "ai", "labs", "lab", "team", "group"),
        *("developer", "developers", "technologies", "technology", "systems"),
    )
)
# Words allowed between the maker and its verb: not modals or hearsay ("Apple may reveal").
# Nor negations: "Sony has not announced" is the maker saying nothing.
_NOT_MODAL = (
    r"(?:(?!(?:may|might|could|would|reportedly|allegedly|will|to|is|are|not|never|yet|declined|"
    r"refused)\b|[\w'-]*n't\b)[\w'-]+\s+)"
)
_SAYS = (
    r"(?:announc(?:es|ed)|confirm(?:s|ed)?|said|says|stated|told|tells|unveil(?:s|ed)|reported|"
    r"revealed|reveals|introduc(?:es|ed)|detailed|dated)\b"
)
# Verbs whose object is the product being replaced: "a pair that would follow Orion".
_RELATIVE_VERBS = "follows?|followed|succeeds?|succeeded|replaces?|replaced|replacing"
_RELATIVES = (
    "successor|sequel|follow-?up|predecessor|replacement|rival|competitor|alternative|"
    "remake|remaster|clone|spin-?off|killer"
)
_ANAPHOR = (
    r"\b(?:it|it's|its|they|the\s+(?:new\s+|upcoming\s+|next\s+)?(?:game|console|phone|"
    r"smartphone|device|model|headset|watch|tool|app|os|update|release|software|edition|"
    r"version|product|system|chip|series|title|handset|laptop|tablet|controller|handheld|"
    r"foldable|chatbot|lts|distro|sequel|spin-off|service|platform|machine|hardware|film|movie|"
    r"show|car|suv|vehicle|card|gpu|glasses|board))\b"
)
_OTHER_PRODUCT = (
    r"\b(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q|h|version|season|episode|"
    r"page|chapter|part|volume|vol|phase|stage|round|week|day|act|level|issue|"
    r"api|top|the|over|under|about|and|or|with|by|on|in|at|of|for|"
    r"since|from|until|to|up)\w*[\s-]?v?\d)"
    r"[A-Z][\w.+]*[\s-]?v?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*[A-Za-z+]*\b"
)


_LEAD_IN = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """Where the target is named; `strong` names are specific enough alone."""

    start: int
    end: int
    strong: bool


def _split_name(name: str) -> str:
    """Drop a parenthetical qualifier: "Prologue (App Store release)" -> "Prologue". A
    parenthesised number is part of the name: "Phone (3)" is not "Phone (2a)"."""
    bare = re.sub(r"\s*\((?=[^)]*[A-Za-z]{3})[^)]*\)", "", name).strip()
    return bare or name.strip()


def _without_maker(names: tuple[str, ...], maker_words: list[str]) -> list[str]:
    """Names that start with the maker, without it: "Lucid Gravity" -> "Gravity", as
    writers say once the maker is named ("Lucid pushes Gravity deliveries")."""
    out: list[str] = []
    for name in names:
        folded = fold(name).strip()
        for word in maker_words:
            rest = folded[len(word) :].strip()
            if folded.lower().startswith(word.lower() + " ") and re.search(r"[A-Za-z]", rest):
                out.append(rest)
    return out


def _tokens(name: str) -> list[tuple[str, bool]]:
    """(token, separated-from-previous) pairs: runs of letters, numbers or one symbol."""
    out: list[tuple[str, bool]] = []
    gap = False
    for m in re.finditer(r"[A-Za-z]+|\d+(?:\.\d+)*|[^A-Za-z\d]", name):
        tok = m.group()
        if tok in _SEPARATORS or tok.isspace():
            gap = True
            continue
        out.append((tok, gap))
        gap = False
    return out


def _name_body(tokens: list[tuple[str, bool]]) -> str:
    """Regex source for a name's tokens, with flexible spacing between them."""
    parts: list[str] = []
    prev = ""
    for tok, gap in tokens:
        if parts:
            loose = prev[:1].isdigit() != tok[:1].isdigit() or len(prev) == 1 or len(tok) == 1
            if gap:
                parts.append(r"[\s\-:_]{0,3}" if loose else r"[\s\-:_]{1,3}")
            elif loose and prev.isalnum() and tok.isalnum():
                parts.append(r"[\s\-]?")
        parts.append(re.escape(tok))
        prev = tok
    return "".join(parts)


def _name_pattern(name: str) -> str:
    """Regex source for one name, with its version/variant guard on the right."""
    tokens = _tokens(fold(_split_name(name)))
    body = _name_body(tokens)
    last = tokens[-1][0] if tokens else ""
    if last[:1].isdigit():
        # A lowercase plural is the same product: "the first R2s" (but "R2S" is not).
        guard = r"(?:\.0)*(?:(?-i:'?s)(?=\W|$))?(?![\w+]|\.\d|-\d)"
    else:
        guard = (
            r"(?![\w+])(?!\s?-?\s?(?:v?(?!(?:19|20)\d\d\b)\d|(?:ii|iii|iv|vi|vii|viii)\b))"
            rf"(?!\s+(?:{_ORG_SUFFIXES})\b)"
        )
    return rf"(?<![\w.\-/+]){body}{guard}(?!\s+(?:{_VARIANTS})\b)"


def _is_weak(name: str) -> bool:
    compact = re.sub(r"[^A-Za-z\d]", "", _split_name(name))
    single = not re.search(r"[\s\-]", _split_name(name).strip())
    return len(compact) <= 3 or (single and not any(c.isdigit() for c in compact))


def _maker_words(maker: str) -> list[str]:
    words: list[str] = []
    for part in re.split(r"[/,&()]|\band\b", fold(maker)):
        kept = [w for w in re.findall(r"[\w.'+-]+", part) if w.strip("'")]
        if kept and kept[0].lower() == "the":
            kept.pop(0)
        while kept and kept[-1].lower().strip(".") in _GENERIC_MAKER_WORDS:
            kept.pop()
        if not kept:
            continue
        words.append(" ".join(kept).strip("'"))
        if len(kept) > 1 and len(kept[0]) >= 3 and kept[0].lower() not in _GENERIC_MAKER_WORDS:
            words.append(kept[0].strip("'"))
        if "." in kept[0]:
            words.append(kept[0].split(".")[0])
    return sorted({w for w in words if len(w) >= 2}, key=len, reverse=True)


def _words_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    cleaned = [re.escape(fold(w).strip()) for w in words if w.strip()]
    if not cleaned:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(cleaned) + r")(?![\w])", re.IGNORECASE)


def _compact(text: str) -> str:
    return re.sub(r"[^a-z\d]", "", fold(text).lower())


def _url_contains(url: str, names: list[str]) -> bool:
    if not url:
        return False
    parts = urlsplit(url)
    head = [_compact(h) for h in (parts.hostname or "", *parts.path.split("/")[1:3])]
    return any(len(n) >= 3 and n in h for n in names for h in head)


def _url_names(url: str, words: list[str]) -> bool:
    """Whether a label of the URL's host or one of its first two path segments is one of
    `words` (compacted): "rivian.com", "reddit.com/r/lucidmotors" name their maker."""
    if not url or not words:
        return False
    parts = urlsplit(url)
    labels = [*(parts.hostname or "").split("."), *parts.path.split("/")[1:3]]
    return any(re.sub(r"[^a-z\d]", "", label.lower()) in words for label in labels)


class TargetMatcher:
    """Everything about one target that can be compiled once; read-only afterwards."""

    def __init__(self, target: Target) -> None:
        maker_words = _maker_words(target.maker)
        implied = _without_maker(target.names, maker_words)
        names = sorted({n for n in (*target.names, *implied) if n.strip()}, key=len, reverse=True)
        # One pass for all names; longer names first so "Sora Turbo" wins over "Sora".
        self._names = re.compile(
            "|".join(f"(?P<n{i}>{_name_pattern(n)})" for i, n in enumerate(names)),
            re.IGNORECASE,
        )
        self._strong = {f"n{i}": not _is_weak(n) for i, n in enumerate(names)}
        # A patch release of a dotted version: "Django 6.0.1" for "Django 6.0". A minor
        # one ("Kestrel 5.1" for "Kestrel 5") is a successor, so it does not count.
        numbered = [t for t in (_tokens(fold(_split_name(n))) for n in names) if t]
        bodies = [_name_body(t) for t in numbered if re.fullmatch(r"\d+\.\d+", t[-1][0])]
        self._patch = (
            re.compile(
                rf"(?<![\w.\-/+])(?:{'|'.join(bodies)})(?:\.0)*\.[1-9]\d*(?:\.\d+)*(?![\w+]|\.\d|-\d)",
                re.IGNORECASE,
            )
            if bodies
            else None
        )
        self.maker = _words_pattern(maker_words)
        self._maker_compact = [c for c in (_compact(w) for w in maker_words) if len(c) >= 3]
        self._context = _words_pattern(target.context_words)
        self._exclude = _words_pattern(target.exclude_words)
        self._products: list[str] = []
        self._full_names = [c for c in dict.fromkeys(_compact(_split_name(n)) for n in names)]
        version_forms: list[str] = []
        for name in names:
            tokens = _tokens(fold(_split_name(name)))
            if len(tokens) < 2:
                self._products.append(_compact(_split_name(name)))
                continue
            last = tokens[-1][0]
            product = "".join(t for t, _ in tokens[:-1])
            if re.fullmatch(r"\d+(?:\.\d+)*", last) and tokens[-2][0].lower() == "v":
                product = "".join(t for t, _ in tokens[:-2])
            if not re.fullmatch(r"\d+(?:\.\d+)*", last) or not product:
                self._products.append(_compact(_split_name(name)))
                continue
            self._products.append(_compact(product))
            base = re.sub(r"(?:\.0)+$", "", last)
            version_forms.append(
                rf"v{re.escape(base)}(?:\.0)*|{re.escape(base)}(?:\.0)+"
                if "." not in base
                else rf"v?{re.escape(base)}(?:\.0)*"
            )
        self._products = [p for p in dict.fromkeys(self._products) if len(p) >= 3]
        self._version = (
            re.compile(
                r"(?<![\w.])(?:" + "|".join(dict.fromkeys(version_forms)) + r")(?![\w]|\.\d)",
                re.IGNORECASE,
            )
            if version_forms
            else None
        )
        self._indefinite = re.compile(r"\b(?:a|an|another|any)\s+$", re.IGNORECASE)
        # "the successor to the X2" / "the X2's successor" name another product.
        self._relative_before = re.compile(
            rf"\b(?:(?:{_RELATIVES})s?\s+(?:to|of|for)|(?:{_RELATIVE_VERBS}))\s+"
            r"(?:the\s+|its\s+|their\s+)?$",
            re.IGNORECASE,
        )
        self._relative_after = re.compile(rf"(?:'s)?\s+(?:{_RELATIVES})s?\b", re.IGNORECASE)
        self._possessive = re.compile(r"\b([A-Z][\w&.-]*)'s\s+$")
        self.anaphor = re.compile(_ANAPHOR, re.IGNORECASE)
        self.maker_says: re.Pattern[str] | None = None
        if self.maker is not None:
            maker = self.maker.pattern
            self.maker_says = re.compile(
                rf"{maker}(?:'s)?\s+{_NOT_MODAL}{{0,4}}?(?:has\s+|have\s+|had\s+)?"
                rf"(?:officially\s+|formally\s+|publicly\s+)?{_SAYS}"
                rf"|\b(?:announced|confirmed|revealed|unveiled|set\s+forth|stated)\s+by\s+"
                rf"(?:\w+\s+)?{maker}|\b(?:per|according\s+to|told)\s+{maker}",
                re.IGNORECASE,
            )
        self.other_product = re.compile(_OTHER_PRODUCT)

    def excluded(self, folded: str) -> str | None:
        """The exclude word found, if any: the item is about a same-name thing."""
        if self._exclude is None:
            return None
        m = self._exclude.search(folded)
        return m.group() if m else None

    def has_context(self, folded: str) -> bool:
        """Context words, when configured, must co-occur with the name."""
        return self._context is None or self._context.search(folded) is not None

    def url_names_product(self, url: str) -> bool:
        """Whether the URL's host or first two path segments carry a full name of the
        target, as the product's own issue tracker or site does."""
        return _url_contains(url, self._full_names)

    def _product_words_present(self, folded: str, url: str) -> bool:
        text = _compact(folded)
        if any(p in text for p in self._products):
            return True
        if self.maker is not None and self.maker.search(folded):
            return True
        return _url_contains(url, self._products)

    def names_other_product(self, text: str) -> bool:
        """Whether `text` names some other versioned product ("Android 17", "Magic V5");
        a later build ("R1-0528") or a short form ("Fold7") of the target does not count."""
        for m in self.other_product.finditer(text):
            found = _compact(m.group())
            if not any(found.startswith(n) or found in n for n in self._full_names if n):
                return True
        return False

    def find(self, folded: str, url: str = "") -> list[Mention]:
        """Mentions of the target in `folded`, overlapping ones merged."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for m in self._names.finditer(folded) if self._strong else ():
            strong = self._strong[m.lastgroup or ""]
            if self._relative_after.match(folded, m.end()) or self._relative_before.search(
                folded, max(0, m.start() - 40), m.start()
            ):
                continue
            if not strong or not any(c.isdigit() for c in m.group()):
                before = folded[max(0, m.start() - 40) : m.start()]
                if self._indefinite.search(before):
                    continue
                owner = self._possessive.search(before)
                if owner and not (self.maker and self.maker.fullmatch(owner.group(1))):
                    continue
            taken.append((m.start(), m.end()))
            found.append(Mention(m.start(), m.end(), strong))
        if self._version is not None and self._product_words_present(folded, url):
            for m in self._version.finditer(folded):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    found.append(Mention(m.start(), m.end(), True))
        found.sort(key=lambda x: x.start)
        return found

    def point_releases(self, folded: str) -> list[int]:
        """Where a later point release of the target is named: its being out means the
        target is out too."""
        return [m.start() for m in self._patch.finditer(folded)] if self._patch else []

    def name_follows(self, text: str, pos: int) -> bool:
        """Whether the target is named right at `pos` (after spaces and "the")."""
        start = _LEAD_IN.match(text, pos)
        return (
            bool(self._strong)
            and self._names.match(text, start.end() if start else pos) is not None
        )

    def weak_confirmed(self, folded: str, url: str = "", official: bool = False) -> bool:
        """A weak name counts when the maker or a context word is in the item, the item is
        the maker's own or its address names the maker (a maker's forum), or when the
        target gives neither maker nor context (nothing to tell it apart by)."""
        if self.maker is None and self._context is None:
            return True
        if official or (self.maker is not None and self.maker.search(folded)):
            return True
        if _url_names(url, self._maker_compact):
            return True
        return self._context is not None and self._context.search(folded) is not None

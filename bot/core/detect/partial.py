"""Parts of the target's name that suggest it without naming it, for rumours only.

Before a product has its name, writers call it by what it belongs to: "the next
PlayStation VR" for "PlayStation VR2", "a cheaper Switch" for "Nintendo Switch Lite",
"Rocksteady's Suicide Squad game" for "Suicide Squad: Kill the Justice League". Such a
part names a family, not the target, so it is read only in an item that also names the
maker, and it can only make the item a rumour (hearsay about the family's next product);
an official date or a release under the family's name may be any member's. The parts:

- the product line of a versioned name ("PlayStation VR" of "PlayStation VR2"), which the
  spelling guard keeps from matching another version ("PS VR 3");
- a name without its last word, when a proper name is left: a variant ("Switch" of
  "Switch Lite"), a feature or model of a product ("Bing" of "Bing Chat", "Claude" of
  "Claude 3 Opus"), a symbol dropped ("Alexa" of "Alexa+");
- a title's series before its colon ("Suicide Squad" of "Suicide Squad: Kill the ...").

A product without a name yet goes by its description ("Corvid smart ring"), and writers
use it too ("Corvid is exploring a smart ring"): that description is read the same way.

Kept apart from `mentions` because these matches follow their own, weaker rule.
"""

from __future__ import annotations

import re

from bot.core.detect import rx
from bot.core.detect.mentions import left_bound
from bot.core.detect.names import (
    compact,
    longest_first,
    name_pattern,
    name_tokens,
    split_name,
    without_maker,
    words_pattern,
)
from bot.core.detect.owners import generations, only_other_generations
from bot.core.detect.scope import fold

_NUMBER = rx.compile(r"\d+(?:\.\d+)*")
# A last word of letters only: a model number ("Flip6", "16e") is a version instead.
_WORD = rx.compile(r"[A-Za-z][A-Za-z.'-]*")


def family_names(names: tuple[str, ...], maker_words: list[str]) -> list[str]:
    """The parts of `names` that name the target's family; see the module docstring."""
    parts: list[str] = []
    for name in names:
        bare = fold(split_name(name)).strip()
        # A model named by a code in brackets belongs to the line before them: "iMac" of
        # "iMac (24-inch, M4)".
        line_of = re.sub(r"\s*\([^)]*\)\s*$", "", bare).strip()
        if line_of and line_of != bare:
            parts.append(line_of)
        series, colon, _ = bare.partition(":")
        if colon and series.strip():
            parts.append(series.strip())
        tokens = name_tokens(bare)
        if len(tokens) >= 2 and _NUMBER.fullmatch(tokens[-1][0]):
            line = re.sub(r"[\s\-:_]*v?[\s\-:_]*\d+(?:\.\d+)*$", "", bare, flags=re.IGNORECASE)
            parts.append(line.strip())
        words = bare.split()
        if not colon and len(words) >= 2 and _WORD.fullmatch(words[-1]):
            # A feature or edition is named after its product: "Bing" of "Bing Chat",
            # "Mario" of "Mario Wonder", "Claude" of "Claude 3 Opus"; a description
            # ("Corvid television set") leaves no proper name before its last word.
            # (A possessive's owner is the family: "Wildcat" of "Wildcat's Revenge".)
            if not words[-2].islower():
                parts.append(re.sub(r"['\u2019]s$", "", " ".join(words[:-1])))
            head = re.split(r"\s+v?\d", bare, maxsplit=1)[0]
            if head != bare:
                parts.append(head)
    parts.extend(without_maker(tuple(parts), maker_words))
    makers = {compact(w) for w in maker_words}
    # Symbols count here: "Alexa" is the family of "Alexa+".
    full = {fold(split_name(n)).strip().lower() for n in names}
    return sorted(
        {
            p
            for p in parts
            # (A two-character part is a family only as a model code: "M4" of "M4 Pro".)
            if (len(compact(p)) >= 3 or re.fullmatch(r"[a-z]\d", compact(p)))
            and compact(p) not in makers
            and p.lower() not in full
            # Written in lowercase in the target's own name, a part is a common word:
            # "new" of "new Bing".
            and not p.islower()
        },
        key=longest_first,
    )


def described_as(names: tuple[str, ...]) -> list[str]:
    """The description a product without a name yet goes by: the lowercase words that
    end a name after a proper one ("smart ring" and "ring" of "Apple smart ring",
    "handheld" of "PlayStation handheld"), which is how writers refer to it too ("Apple is
    exploring a smart ring")."""
    parts: list[str] = []
    for name in names:
        words = fold(split_name(name)).strip().split()
        run: list[str] = []
        while words and re.fullmatch(r"[a-z][a-z-]*", words[-1]):
            run.insert(0, words.pop())
        if not run or not words or any(w[0].isdigit() for w in words[-1:]):
            continue
        parts.append(" ".join(run))
        if len(run[-1]) >= 4:
            parts.append(run[-1])
    return sorted(set(parts), key=longest_first)


# A capitalised word right after a family name that is no verb or linking word of a
# title-case headline: the name of another member ("Golden", "Pro", "Mark II").
_SIBLING_AFTER = rx.compile(
    r"[ \t]+(?!(?:Is|Are|Was|Were|Will|Would|Could|Can|May|Might|Gets?|Has|Have|Had|To|For|And|"
    r"Or|But|The|A|An|In|On|At|With|By|From|Of|As|It|Its|Now|Finally|Officially|Coming|"
    r"Launch|Release|Review|Reviews|Rumou?rs?|Leaks?|Update|Price|Specs|Date|News|"
    r"Should|Won't|Isn't|Not|Set|Due|Teased?|Announced?|Confirmed|Delayed|First|New|"
    # (Nor a form of the product itself: "Renault 5 Prototype", "X Special Edition",
    # "Persona 4 Remake".)
    r"Plus|Prototype|Concept|Edition|Special|Model|Version|Series|Limited|Collector|Remake|"
    r"Remaster|Reboot|Sequel|Successor)\b)"
    r"[A-Z][a-z]+\b(?<!s)(?<!ing)(?<!ed)"
)


class FamilyMatcher:
    """Finds family names of one target in an item that names its maker; read-only."""

    def __init__(self, names: tuple[str, ...], maker_words: list[str]) -> None:
        parts = family_names(names, maker_words)
        self._parts = _alternatives(parts)
        self._described = _alternatives(described_as(names))
        self._maker = words_pattern(maker_words)
        self._gens = generations(names)

    def names_family(self, text: str) -> bool:
        """Whether `text` names the target's versioned family ("Phi-3" of "Phi-3-medium"),
        maker or not: in a headline that does not name the target, the news is another
        member's. (An unversioned parent, "Quill" of "Quill memory", may be the news.)"""
        return self._parts is not None and any(
            left_bound(text, m.start()) and any(c.isdigit() for c in m.group())
            for m in self._parts.finditer(text)
        )

    def find(self, folded: str) -> list[tuple[int, int]]:
        """Where a family name or the target's description stands, or [] when the item
        does not name the maker or names only another generation than the target's."""
        if self._maker is None or not self._maker.search(folded):
            return []
        if only_other_generations(folded, self._gens):
            return []
        found: list[tuple[int, int]] = []
        if self._parts is not None:
            # Written in lowercase, a family name is a common word: "a $25,000 model".
            # Followed by a model word of its own it names a sibling: "Persona 4 Golden
            # is coming to PC" (of "Persona 4 Revival"), "PS4 Pro".
            found.extend(
                m.span()
                for m in self._parts.finditer(folded)
                if left_bound(folded, m.start())
                and not m.group().islower()
                and not _SIBLING_AFTER.match(folded, m.end())
            )
        if self._described is not None:
            found.extend(
                m.span() for m in self._described.finditer(folded) if left_bound(folded, m.start())
            )
        return sorted(found)


def _alternatives(parts: list[str]) -> re.Pattern[str] | None:
    if not parts:
        return None
    return rx.compile("|".join(f"(?:{name_pattern(p)})" for p in parts), re.IGNORECASE)

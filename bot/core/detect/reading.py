"""Read one clause of an item into a verdict: released, confirmed, rumoured or nothing.

This is the part of the classifier that knows grammar: which release words are negated,
dated ahead, hearsay or about something else. It sees one `Unit` at a time and where the
target is named inside it; deciding which clauses speak of the target at all is the
classifier's job (`classifier`), and combining the verdicts into the item's label is
`verdict`'s. Kept apart because each of the three changes for different reasons: new
phrasings land here, new kinds of items (headlines about other products) there.

The order of the checks in `UnitReader.read` is the precedence of the labels: out now,
then coming, then doubt, then indirect signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from bot.core.detect.cues import NOT_PRODUCT_BEFORE, NOT_YET_BEFORE, RELEASE_WORDS, Cue, scan
from bot.core.detect.mentions import TargetMatcher
from bot.core.detect.scope import Unit
from bot.core.detect.window import TimeRef, find_times, past_in, points_after
from bot.core.models import Label

# After "according to"/"per"/"citing": an on-record source rather than hearsay.
_ON_RECORD = (
    r"\b(?:official\w*|press\s+release|the\s+company|company's|announcement|blog|release\s+"
    r"schedule|schedule|timeline\s+set|spokes\w+|ceo|cto|director|statement|keynote|website|"
    r"documentation|release\s+notes|roadmap|maintainers?|developers?)\b"
)
# What "citing"/"cites" must be followed by to be a source: "citing tariffs" and "cites
# three studies" give a reason, "citing Bloomberg" or "citing people familiar" a source.
_CITED_SOURCE = re.compile(
    r"\s*(?:(?:a|an|the|two|three|several|multiple|unnamed|anonymous|its|their)\s+)?"
    r"(?:[A-Z]|(?:sources?|people|insiders?|reports?|analysts?|documents?|someone|persons?)\b)"
)
# After "according to": hearsay even when the maker is named ("people familiar with
# Microsoft's plans", "a report from Bloomberg").
_HEARSAY_SOURCE = re.compile(
    r"\s*(?:[\w'-]+\s+){0,3}?(?:people|persons?|sources?|insiders?|someone|employees|staffers?|"
    r"leakers?|tipsters?|analysts?|reports?|documents?)\b",
    re.IGNORECASE,
)
# A reported question ("a user asks when 9.2 will be released") up to its comma: its
# words are the asker's, not a statement.
_ASKED = (
    r"\b(?:asks?|asked|asking|wonders?|wondering|inquir\w+|questions?)\s+(?:when|whether|"
    r"if|about|how\s+soon)\b[^,;:]*"
)
_REVEAL_VERBS = ("unveil", "reveal", "introduc", "announc", "teas", "show", "preview")
# How far after a reveal verb its object (the target) may be named: "unveils its new X".
_REVEAL_REACH = 60
_PRESENT_TENSE = frozenset(
    {"headline-present", "rolling-out", "launch-day", "available-from", "announce-release"}
)
# Released cues that end a closed or invite-only phase rather than describe a beta.
_OPEN_TO_ALL = frozenset({"open-to-all"})
# States that a preceding plan in the clause carries into the future: "we will release
# X as a system, available to free users".
_CARRIED_STATES = frozenset({"available-to-buy", "generally-available"})
_PLAN_CUES = frozenset({"will-release", "plans-to", "set-to", "launching"})
# Facts that need people to have the product, true even when only reported: units sold,
# a recall, an audience counted.
_FACTS = frozenset({"units-sold", "recall", "audience"})
# Past verbs that take the product as their object: "Meta released Scout and Maverick".
_TRANSITIVE = frozenset({"launched"})
# Kinds that say a release is not (yet) so: a bare "launch" next to them is no plan.
_DOUBT_KINDS = frozenset({"negated", "denial", "nonanswer", "unofficial"})
# What makes "is out"/"is in cinemas" a present fact rather than a dated future.
_NOW_WORDS = re.compile(r"\b(?:now|already|finally|just)\b", re.IGNORECASE)
# A beta or preview as the subject: "the public beta is now available".
_PREVIEW_BEFORE = re.compile(r"\b(?:beta|preview)s?\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)
# A versioned name right before a release verb is its subject: "pandas 2.3.0 released",
# "NumPy 2.3.0rc1 is out". Years, prices and plain counts ("Volume 1", "Batch 1") are not
# versions.
_VERSION_SUBJECT = re.compile(
    r"(?<![\w.$%-])((?!(?:19|20)\d\d\b)(?:[\w+-]*\d+\.\d[\w.+-]*|[A-Za-z][\w+-]*\d[\w.+-]*|"
    r"\d+[A-Za-z][\w.+-]*))\s+(?:(?:is|are|was|were|has|have|"
    r"been|gets?|got|now|officially|finally|just|quietly)\s+){0,3}$"
)
# A capitalised object after "released"/"launched" that is a day or month, not a product.
_OBJECT = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|In\b|On\b|At\b|To\b|Last\b"
    r"|This\b|Today\b|Earlier\b|Globally\b|Worldwide\b)[A-Z][\w.+-]*"
)
# Between the target and its verb when it is the subject: "X Series unveiling", "X is
# revealed". Punctuation or a second word ("X: Chengdu unveils") ends the subject.
_SUBJECT_GAP = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:(?:is|was|are|were|has|have|been|being|gets?|officially)\s+)*"
)
# An expectation given as the maker's own guidance: "laptops are expected in H1 2026".
_EXPECTED = re.compile(r"\b(?:expected|anticipated)\b", re.IGNORECASE)

Spans = tuple[tuple[int, int], ...]


@dataclass(slots=True)
class UnitRead:
    """What one unit says: its label, whether the evidence was strong, who says it, and
    the cue names that decided it."""

    unit: Unit
    mention: bool
    published: date | None = None
    label: Label = Label.NONE
    strong: bool = False
    on_record: bool = False
    hedged: bool = False
    negated: bool = False
    disowned: bool = False  # the maker's confirmation is said to be missing
    anaphor: bool = False  # unnamed, but "it"/"the game" points back to the target
    cues: list[str] = field(default_factory=list)
    times: list[TimeRef] | None = None  # None: not needed yet, so not computed


class UnitReader:
    """Reads units for one target; keeps only compiled, read-only state."""

    def __init__(self, match: TargetMatcher) -> None:
        self._match = match
        self._on_record = re.compile(_ON_RECORD, re.IGNORECASE)
        self._release_words = re.compile(RELEASE_WORDS, re.IGNORECASE)
        self._not_yet = re.compile(NOT_YET_BEFORE, re.IGNORECASE)
        self._not_product = re.compile(NOT_PRODUCT_BEFORE, re.IGNORECASE)
        self._asked = re.compile(_ASKED, re.IGNORECASE)
        # "the launch event is on August 13": the day of a show, not of the product.
        self._release_noun = re.compile(
            r"\b(?:release|launch|debut)\b(?!\s+(?:event|party|keynote|stream|livestream|"
            r"presentation|showcase|trailer))",
            re.IGNORECASE,
        )

    def read(
        self,
        unit: Unit,
        mention: bool,
        published: date | None,
        official: bool,
        spans: Spans = (),
    ) -> UnitRead:
        """One unit's verdict. `spans` are where the target is named in `unit.text`;
        `mention` says the unit is about the target even when `spans` is empty (an item
        whose address names the product)."""
        read = UnitRead(unit, mention, published)
        # Quotation marks are not words: 'will be "available"' is 'will be available'.
        text = unit.text.replace('"', " ")
        lowered = text.lower()
        if "ask" in lowered or "wonder" in lowered or "inquir" in lowered or "question" in lowered:
            text = self._asked.sub(lambda m: " " * len(m.group()), text)
        kinds: dict[str, list[Cue]] = {}
        for cue in scan(text):
            kinds.setdefault(cue.kind, []).append(cue)
        if "unofficial" in kinds and not self._release_words.search(text):
            # "has not said whether work has begun" is silence about something else.
            kept = [c for c in kinds["unofficial"] if c.name != "not-said"]
            if kept:
                kinds["unofficial"] = kept
            else:
                del kinds["unofficial"]
        has = kinds.__contains__
        on_record, hedged = self._attribution(text, kinds, official, read)
        released, future = self._tense(read, text, kinds, published, spans)
        beta = (
            (has("prerelease") or has("closed"))
            and not has("ga")
            and not any(c.name in _OPEN_TO_ALL for c in released)
        )
        if unit.is_question:
            released, future, on_record = [], [], official
        if released and beta:
            # A beta or RC that is out is the maker working towards a release; a closed
            # preview is not even that.
            read.cues.append("guard:prerelease")
            if not has("closed"):
                future.append(Cue("future", "prerelease-out", released[0].start, 0))
            released = []
        read.on_record, read.hedged, read.negated = on_record, hedged, has("negated")
        read.disowned = has("unofficial")
        tag = read.cues.append
        if released:
            tag(f"released:{released[0].name}")
            if not hedged or on_record or all(c.name in _FACTS for c in released):
                read.label, read.strong = Label.RELEASED, True
            else:
                read.label, read.strong = Label.RUMOURED, True
                tag(self._first(kinds, "hedge", "unofficial") or "hedge:according-to")
            return read
        if future or (has("prerelease") and on_record and not has("closed")):
            tag(f"future:{future[0].name if future else kinds['prerelease'][0].name}")
            weak_hedge = has("hedge-weak") and self._release_words.search(text) is not None
            # Anyone may expect a launch; only the maker's expectation is a plan.
            guessed = bool(future) and all(c.name == "expects" for c in future)
            # Open pre-orders are a fact, whatever "expected" says about the ship date.
            orders = any(c.name == "pre-orders" for c in future)
            if (hedged or ((weak_hedge or guessed) and not orders)) and not on_record:
                read.label, read.strong = Label.RUMOURED, hedged
                tag(self._first(kinds, "hedge", "unofficial", "hedge-weak") or "hedge:according-to")
            else:
                read.label = Label.CONFIRMED
                read.strong = on_record or any(c.name == "pre-orders" for c in future)
                if on_record:
                    tag("official:on-record")
            return read
        doubt = [k for k in ("nonanswer", "denial", "hedge", "unofficial") if has(k)]
        if doubt or hedged:
            read.label, read.strong = Label.RUMOURED, True
            tag(self._first(kinds, *doubt) if doubt else "hedge:according-to")
        elif on_record and self._guidance(text, kinds, published):
            read.label = Label.CONFIRMED
            tag("official:expected-dated")
        elif has("released-weak") and not read.negated and not beta:
            read.label = Label.RELEASED
            tag(self._first(kinds, "released-weak"))
        elif (
            (has("hedge-weak") and self._release_words.search(text))
            or has("closed")
            or has("research")
        ):
            read.label = Label.RUMOURED
            tag(self._first(kinds, "hedge-weak", "closed", "research"))
        elif not unit.is_question and self._reveals_target(text, kinds, mention, spans):
            read.label = Label.RUMOURED
            tag("official:reveal-no-date")
        elif read.negated:
            tag(self._first(kinds, "negated"))
        return read

    def _attribution(
        self, text: str, kinds: dict[str, list[Cue]], official: bool, read: UnitRead
    ) -> tuple[bool, bool]:
        """(on the record, hearsay) for a unit. A role ("the CEO") is on record only when
        it speaks and not inside hearsay; "according to X" is decided by X."""
        hedged = "hedge" in kinds or "unofficial" in kinds
        roles_speak = "announce" in kinds and not hedged
        on_record = (
            official
            or any(c.name != "role" or roles_speak for c in kinds.get("official", []))
            or bool(self._match.maker_says and self._match.maker_says.search(text))
        )
        if any(c.name == "internal" for c in kinds.get("unofficial", [])):
            on_record = official
        maker = self._match.maker
        for cue in kinds.get("attrib", []):
            if text[cue.start : cue.start + 3].lower() == "cit" and not _CITED_SOURCE.match(
                text, cue.end
            ):
                continue
            source = text[cue.end : cue.end + 45].split(",")[0]
            if _HEARSAY_SOURCE.match(source) is None and (
                self._on_record.search(source) or (maker is not None and maker.search(source))
            ):
                on_record = True
                read.cues.append("official:on-record-source")
            else:
                hedged = True
                read.cues.append("hedge:according-to")
        return on_record, hedged

    def _tense(
        self,
        read: UnitRead,
        text: str,
        kinds: dict[str, list[Cue]],
        published: date | None,
        spans: Spans,
    ) -> tuple[list[Cue], list[Cue]]:
        """Split release language into what is out now and what is coming: a present
        tense with a date after publication is the future ("launches November 7"); a
        "released" after "to be"/"will" or after "the trailer" is dropped, and so is one
        whose subject is another version or whose object is another product."""
        future = [*kinds.get("future", [])]
        if read.unit.is_title:
            future.extend(kinds.get("future-title", []))
        candidates = [*kinds.get("released", []), *kinds.get("released-title", [])]
        release_noun = (
            published is not None
            and not future
            and self._release_noun.search(text) is not None
            and kinds.keys().isdisjoint(_DOUBT_KINDS)
        )
        # "features planned for Android 17": something is planned for the target, the
        # target itself is not being scheduled.
        if future and any(c.name == "set-to" for c in future):
            future = [
                c
                for c in future
                if not (c.name == "set-to" and self._match.name_follows(text, c.end))
            ]
        dated_ahead = False
        if candidates or release_noun:
            read.times = find_times(text, published)
            dated_ahead = points_after(read.times, published)
        released: list[Cue] = []
        for cue in candidates:
            # A headline's present tense in a summary ("ships on October 14") only
            # counts as a dated future.
            summary_present = cue.kind == "released-title" and not read.unit.is_title
            before = text[max(0, cue.start - 40) : cue.start]
            if self._not_yet.search(before[-25:]):
                # "expected to be available starting October": still a dated plan.
                if dated_ahead and kinds.keys().isdisjoint(_DOUBT_KINDS):
                    future.append(Cue("future", "dated-ahead", cue.start, cue.end))
                continue
            if self._not_product.search(before):
                # A public beta that is out is a step towards the release.
                if _PREVIEW_BEFORE.search(before) and "closed" not in kinds:
                    future.append(Cue("future", "prerelease-out", cue.start, cue.end))
                continue
            if self._other_subject(text, cue.start, spans) or self._other_object(text, cue, spans):
                continue
            if (
                cue.name in _CARRIED_STATES
                and not _NOW_WORDS.search(text, cue.start, cue.end)
                and any(f.name in _PLAN_CUES and f.start < cue.start for f in future)
            ):
                future.append(Cue("future", "planned-state", cue.start, cue.end))
                continue
            if dated_ahead and (
                cue.name in _PRESENT_TENSE
                or cue.kind == "released-title"
                or self._dated_state(text, cue, published)
            ):
                future.append(Cue("future", "dated-ahead", cue.start, cue.end))
            elif not summary_present:
                released.append(cue)
        # "following its October debut in China": a launch the item dates in the past.
        for cue in kinds.get("released-weak", []):
            if cue.name == "retrospective" and past_in(text[cue.start : cue.end], published):
                released.append(Cue("released", "retrospective-dated", cue.start, cue.end))
        if release_noun and dated_ahead and not released and not future:
            future.append(Cue("future", "dated-ahead", 0, 0))
        return released, future

    def _other_subject(self, text: str, start: int, spans: Spans) -> bool:
        """Whether a versioned name that is not the target (nor a point release of it)
        stands right before `start`: "pandas 2.3.0 released" for pandas 3.0."""
        if not any(c.isdigit() for c in text[max(0, start - 40) : start]):
            return False
        m = _VERSION_SUBJECT.search(text, max(0, start - 40), start)
        if m is None:
            return False
        end = m.end(1)
        return not any(s < end <= e for s, e in spans) and not self._match.names_at(text, end)

    @staticmethod
    def _other_object(text: str, cue: Cue, spans: Spans) -> bool:
        """Whether a transitive "released"/"launched" takes a product other than the
        target as its object: "Meta released Scout and Maverick"."""
        if cue.name not in _TRANSITIVE:
            return False
        m = _OBJECT.match(text, cue.end)
        if m is None:
            return False
        return not any(m.start() <= s <= m.end() for s, _ in spans)

    @staticmethod
    def _reveals_target(
        text: str, kinds: dict[str, list[Cue]], mention: bool, spans: Spans
    ) -> bool:
        """An announcing verb whose object or subject is the target ("Qualcomm unveils the
        X2", "X2 Series unveiling"), or any such verb in an item about the target that does
        not name it in text. "Chengdu unveils its breeding centre" reveals something else."""
        for c in kinds.get("announce", []):
            if not text[c.start : c.end].lower().startswith(_REVEAL_VERBS):
                continue
            if mention and not spans:
                return True
            if any(c.end <= s <= c.end + _REVEAL_REACH for s, _ in spans) or any(
                _SUBJECT_GAP.fullmatch(text, e, c.start) for _, e in spans if e <= c.start
            ):
                return True
        return False

    @staticmethod
    def _guidance(text: str, kinds: dict[str, list[Cue]], published: date | None) -> bool:
        """An on-record "expected in the first half of 2026": the maker's dated plan."""
        if not any(_EXPECTED.match(text, c.start) for c in kinds.get("hedge-weak", [])):
            return False
        refs = find_times(text, published)
        return points_after(refs, published) or any(r.earliest is None for r in refs)

    @staticmethod
    def _dated_state(text: str, cue: Cue, published: date | None) -> bool:
        """ "is in cinemas from 19 December": a state with a date right after it, and no
        "now", describes the day it starts."""
        if cue.name != "is-out" or _NOW_WORDS.search(text, cue.start, cue.end):
            return False
        return points_after(find_times(text[cue.end : cue.end + 40], published), published)

    @staticmethod
    def _first(kinds: dict[str, list[Cue]], *wanted: str) -> str:
        for kind in wanted:
            if kinds.get(kind):
                return f"{kind}:{kinds[kind][0].name}"
        return ""

"""The release-status classifier: one item, one target -> none/rumoured/confirmed/released.

How it reads an item:
1. Is it about the target at all? (`mentions.TargetMatcher`: exact names, versions,
   same-name things, context and exclude words.) If not: NONE.
2. Cut it into units (headline; summary clauses). A unit that names the target is in
   scope; a unit that does not is read as context only when it refers back to the target
   ("it", "the game") or names no other product, and not while a headline about another
   product is still the topic. A unit naming a later patch release ("6.0.1" for "6.0")
   counts when it says that release is out.
3. Read each unit's cues (`cues.scan`) into a unit verdict: released (not negated, not
   dated ahead, not a beta or closed preview, not hearsay), confirmed (a coming release
   that is on record or stated flatly), rumoured (hearsay, modals, non-answers, denials,
   reveals without a date) or nothing.
4. Combine: released beats confirmed beats rumoured; a flat future statement in an item
   framed as a rumour stays a rumour; indirect signs of release (a review) lose to any
   coming date or hearsay. Forums cannot confirm or release on their own word.

The class keeps only compiled, read-only state, so one instance may serve many threads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from bot.core.detect.cues import (
    NOT_PRODUCT_BEFORE,
    NOT_YET_BEFORE,
    RELEASE_WORDS,
    Cue,
    scan,
)
from bot.core.detect.mentions import TargetMatcher
from bot.core.detect.scope import Unit, fold, split_units
from bot.core.detect.window import TimeRef, best_window, find_times, past_in, points_after
from bot.core.models import Detection, ItemKind, ItemText, Label, Target

_EVIDENCE_MAX = 300
# After "according to"/"per"/"citing": an on-record source rather than hearsay.
_ON_RECORD = (
    r"\b(?:official\w*|press\s+release|the\s+company|company's|announcement|blog|release\s+"
    r"schedule|schedule|timeline\s+set|spokes\w+|ceo|cto|director|statement|keynote|website|"
    r"documentation|release\s+notes|roadmap|maintainers?|developers?)\b"
)
# What lets a forum post confirm or release: it relays an official source or fact.
_FORUM_SUPPORT = (
    r"\b(?:official\w*|announc\w*|confirmed|release\s+(?:notes|schedule|announcement|blog)|"
    r"changelog|blog\s+post|press\s+release|stable|lts|general\s+availability|maintainers?|"
    r"developers?|team|scheduled|schedule|roadmap|download)\b"
)
# A reported question ("a user asks when 9.2 will be released") up to its comma: its
# words are the asker's, not a statement.
_ASKED = (
    r"\b(?:asks?|asked|asking|wonders?|wondering|inquir\w+|questions?)\s+(?:when|whether|"
    r"if|about|how\s+soon)\b[^,;:]*"
)
_REVEAL_VERBS = ("unveil", "reveal", "introduc", "announc", "teas", "show")
_PRESENT_TENSE = frozenset({"headline-present", "rolling-out", "launch-day", "available-from"})
# Kinds that say a release is not (yet) so: a bare "launch" next to them is no plan.
_DOUBT_KINDS = frozenset({"negated", "denial", "nonanswer", "unofficial"})
# What makes "is out"/"is in cinemas" a present fact rather than a dated future.
_NOW_WORDS = re.compile(r"\b(?:now|already|finally|just)\b", re.IGNORECASE)
# A beta or preview as the subject: "the public beta is now available".
_PREVIEW_BEFORE = re.compile(r"\b(?:beta|preview)s?\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)


@dataclass(slots=True)
class _Read:
    """What one unit says: its label, whether the evidence was strong, who says it, and
    the cue names that decided it."""

    unit: Unit
    mention: bool
    label: Label = Label.NONE
    strong: bool = False
    on_record: bool = False
    hedged: bool = False
    negated: bool = False
    disowned: bool = False  # the maker's confirmation is said to be missing
    cues: list[str] = field(default_factory=list)
    times: list[TimeRef] | None = None  # None: not needed yet, so not computed


class Classifier:
    """Classifies items for one target. Build once per target; `classify` is pure."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self._match = TargetMatcher(target)
        self._domains = tuple(d.lower().lstrip(".") for d in target.official_domains)
        self._on_record = re.compile(_ON_RECORD, re.IGNORECASE)
        self._forum_support = re.compile(_FORUM_SUPPORT, re.IGNORECASE)
        self._release_words = re.compile(RELEASE_WORDS, re.IGNORECASE)
        self._not_yet = re.compile(NOT_YET_BEFORE, re.IGNORECASE)
        self._not_product = re.compile(NOT_PRODUCT_BEFORE, re.IGNORECASE)
        self._asked = re.compile(_ASKED, re.IGNORECASE)
        self._release_noun = re.compile(r"\b(?:release|launch|debut)\b", re.IGNORECASE)

    def classify(self, item: ItemText) -> Detection:
        """What `item` says about the target's public release at its publication."""
        title, summary = item.title or "", item.summary or ""
        original = f"{title}\n{summary}"
        folded = fold(original)
        excluded = self._match.excluded(folded)
        if excluded:
            return Detection(Label.NONE, 0.9, "", (f"scope:exclude:{excluded.lower()}",))
        if not self._match.has_context(folded):
            return Detection(Label.NONE, 0.85, "", ("scope:no-context-word",))
        # A forum hosted on the maker's domain is still its users talking.
        official_source = item.kind is ItemKind.OFFICIAL or (
            item.kind is not ItemKind.FORUM and self._official_url(item.url)
        )
        mentions = self._match.find(folded, item.url)
        if not any(m.strong for m in mentions) and not self._match.weak_confirmed(
            folded, item.url, official_source
        ):
            mentions = []
        units = split_units(folded, len(title))
        if not units:
            return Detection(Label.NONE, 0.95, "", ("scope:empty",))
        scope_cues: list[str] = []
        patches = self._match.point_releases(folded)
        if not mentions and not patches:
            about = item.kind in (ItemKind.FORUM, ItemKind.OFFICIAL) or official_source
            if not (about and self._match.url_names_product(item.url)):
                return Detection(Label.NONE, 0.95, "", ("scope:no-mention",))
            scope_cues.append("scope:url-names-product")
            reads = [self._read(u, True, item.published, official_source) for u in units]
        else:
            reads = []
            # A headline about another product makes it the topic: unnamed clauses that
            # follow speak of it until the target is named.
            elsewhere = False
            for unit in units:
                named = any(unit.start <= m.start < unit.end for m in mentions)
                if patches and not named and any(unit.start <= p < unit.end for p in patches):
                    read = self._read(unit, True, item.published, official_source)
                    if read.label is Label.RELEASED:
                        read.cues.append("scope:point-release")
                        reads.append(read)
                    continue
                if named:
                    elsewhere = False
                else:
                    # Only "it"/"the game" can point back to the target past another
                    # product's name.
                    anaphor = self._match.anaphor.search(unit.text) is not None
                    if elsewhere and not anaphor:
                        continue
                    if (unit.is_title or elsewhere or not anaphor) and (
                        self._match.names_other_product(unit.text)
                    ):
                        elsewhere = elsewhere or unit.is_title
                        if not anaphor:
                            continue
                    elif elsewhere:
                        continue
                reads.append(self._read(unit, named, item.published, official_source))
        label, deciding, strong = self._combine(reads, official_source)
        cues = [*scope_cues]
        for read in deciding:
            cues.extend(c for c in read.cues if c not in cues)
        confidence = self._confidence(label, strong, deciding)
        if (
            label in (Label.RELEASED, Label.CONFIRMED)
            and item.kind is ItemKind.FORUM
            and not official_source
            and not self._forum_backed(folded, reads)
        ):
            label, confidence = Label.RUMOURED, 0.55
            cues.append("cap:forum")
        if official_source:
            cues.append("source:official")
        evidence = self._evidence(original, deciding[0].unit if deciding else units[0])
        window = None
        if label is not Label.NONE:
            window = best_window(self._times(deciding, item.published)) or best_window(
                self._times(reads, item.published)
            )
        return Detection(label, confidence, evidence, tuple(cues[:10]), window)

    # -- scope -------------------------------------------------------------------------

    def _official_url(self, url: str) -> bool:
        if not url or not self._domains:
            return False
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self._domains)

    def _forum_backed(self, folded: str, reads: list[_Read]) -> bool:
        if any(r.on_record for r in reads):
            return True
        if self._match.maker is not None and self._match.maker.search(folded):
            return True
        return self._forum_support.search(folded) is not None

    # -- one unit ----------------------------------------------------------------------

    def _read(self, unit: Unit, mention: bool, published: date | None, official: bool) -> _Read:
        """One unit's verdict; the order of the checks is the precedence of the labels."""
        read = _Read(unit, mention)
        text = unit.text
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
        released, future = self._tense(read, text, kinds, published)
        beta = (has("prerelease") or has("closed")) and not has("ga")
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
            if not hedged or on_record:
                read.label, read.strong = Label.RELEASED, True
            else:
                read.label, read.strong = Label.RUMOURED, True
                tag(self._first(kinds, "hedge", "unofficial") or "hedge:according-to")
            return read
        if future or (has("prerelease") and on_record and not has("closed")):
            tag(f"future:{future[0].name if future else kinds['prerelease'][0].name}")
            weak_hedge = has("hedge-weak") and self._release_words.search(text) is not None
            if (hedged or weak_hedge) and not on_record:
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
        elif has("released-weak") and not read.negated and not beta:
            read.label = Label.RELEASED
            tag(self._first(kinds, "released-weak"))
        elif (has("hedge-weak") and self._release_words.search(text)) or has("closed"):
            read.label = Label.RUMOURED
            tag(self._first(kinds, "hedge-weak", "closed"))
        elif not unit.is_question and any(
            text[c.start : c.end].lower().startswith(_REVEAL_VERBS)
            for c in kinds.get("announce", [])
        ):
            read.label = Label.RUMOURED
            tag("official:reveal-no-date")
        elif read.negated:
            tag(self._first(kinds, "negated"))
        return read

    def _attribution(
        self, text: str, kinds: dict[str, list[Cue]], official: bool, read: _Read
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
        maker = self._match.maker
        for cue in kinds.get("attrib", []):
            source = text[cue.end : cue.end + 45].split(",")[0]
            if self._on_record.search(source) or (maker is not None and maker.search(source)):
                on_record = True
                read.cues.append("official:on-record-source")
            else:
                hedged = True
                read.cues.append("hedge:according-to")
        return on_record, hedged

    def _tense(
        self, read: _Read, text: str, kinds: dict[str, list[Cue]], published: date | None
    ) -> tuple[list[Cue], list[Cue]]:
        """Split release language into what is out now and what is coming: a present
        tense with a date after publication is the future ("launches November 7"); a
        "released" after "to be"/"will" or after "the trailer" is dropped."""
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

    @staticmethod
    def _dated_state(text: str, cue: Cue, published: date | None) -> bool:
        """ "is in cinemas from 19 December": a state with a date right after it, and no
        "now", describes the day it starts."""
        if cue.name != "is-out" or _NOW_WORDS.search(text, cue.start, cue.end):
            return False
        return points_after(find_times(text[cue.end : cue.end + 40], published), published)

    @staticmethod
    def _times(reads: list[_Read], published: date | None) -> list[TimeRef]:
        refs: list[TimeRef] = []
        for read in reads:
            if read.times is None:
                read.times = find_times(read.unit.text, published)
            refs.extend(read.times)
        return refs

    @staticmethod
    def _first(kinds: dict[str, list[Cue]], *wanted: str) -> str:
        for kind in wanted:
            if kinds.get(kind):
                return f"{kind}:{kinds[kind][0].name}"
        return ""

    # -- the item ----------------------------------------------------------------------

    def _combine(self, reads: list[_Read], official: bool) -> tuple[Label, list[_Read], bool]:
        """The item's label, the units that decided it (best first), and whether the
        deciding evidence was strong. A headline's confirmation that the body says the
        maker has not given is a rumour ("release date confirmed?" over a leak)."""

        def pick(label: Label, strong: bool | None = None) -> list[_Read]:
            found = [
                r for r in reads if r.label is label and (strong is None or r.strong == strong)
            ]
            return sorted(found, key=lambda r: (not r.mention, not r.strong))

        released = pick(Label.RELEASED, True)
        if released:
            return Label.RELEASED, released, True
        confirmed = pick(Label.CONFIRMED)
        if confirmed:
            framed = any(r.hedged for r in reads if r.mention or r.unit.is_title)
            on_record = any(r.on_record for r in reads)
            disowned = not official and any(r.disowned and not r.unit.is_title for r in reads)
            headline_only = all(r.unit.is_title for r in confirmed)
            if (framed and not on_record and not any(r.strong for r in confirmed)) or (
                disowned and headline_only
            ):
                for r in confirmed:
                    r.cues.append("hedge:rumour-framed")
                return Label.RUMOURED, confirmed, False
            return Label.CONFIRMED, confirmed, any(r.strong for r in confirmed)
        rumoured = pick(Label.RUMOURED)
        weak_released = pick(Label.RELEASED, False)
        if weak_released and not any(r.strong and r.mention for r in rumoured):
            return Label.RELEASED, weak_released, False
        if rumoured:
            return Label.RUMOURED, rumoured, any(r.strong for r in rumoured)
        named = [r for r in reads if r.mention]
        return Label.NONE, named or reads, False

    @staticmethod
    def _confidence(label: Label, strong: bool, deciding: list[_Read]) -> float:
        if label is Label.NONE:
            return 0.75 if any(r.negated for r in deciding) else 0.7
        named = bool(deciding) and deciding[0].mention
        base = {
            Label.RELEASED: (0.65, 0.9),
            Label.CONFIRMED: (0.7, 0.88),
            Label.RUMOURED: (0.6, 0.8),
        }[label][strong]
        return round(base if named else base - 0.1, 2)

    @staticmethod
    def _evidence(original: str, unit: Unit) -> str:
        start, end = unit.sentence
        span = original[start:end].strip()
        if len(span) > _EVIDENCE_MAX:
            span = original[unit.start : unit.end].strip()
        if len(span) > _EVIDENCE_MAX:
            span = span[: _EVIDENCE_MAX - 1].rstrip() + "…"
        return span

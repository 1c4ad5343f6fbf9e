"""Read one clause of an item into a verdict: released, confirmed, rumoured or nothing.

This is the part of the classifier that knows grammar: which release words are negated,
hearsay, cancel the target or are about something else; which are out now and which are
dated ahead is `tense`'s part. It sees one `Unit` at a time and where the target is named
inside it, with the target's own words masked so a name is never a cue ("Windows
Recall" recalls nothing). Deciding which clauses speak of the target at all is the
classifier's job (`classifier`), and combining the verdicts into the item's label is
`verdict`'s. Kept apart because each changes for different reasons: new phrasings land
here, new kinds of items (headlines about other products) there.

The order of the checks in `UnitReader.read` is the precedence of the labels: out now,
then cancelled, then coming, then doubt, then indirect signs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bot.core.detect import rx
from bot.core.detect.attribution import Sources
from bot.core.detect.cues import OPEN_TO_ALL, RELEASE_WORDS, Cue, scan, to_broad_class
from bot.core.detect.mentions import TargetMatcher
from bot.core.detect.owners import YEAR
from bot.core.detect.scope import CLAUSE_BREAK, Unit
from bot.core.detect.tense import Spans, Tenses
from bot.core.detect.window import PERIOD, TimeRef, find_times, points_after
from bot.core.models import Label

# A reported question ("a user asks when 9.2 will be released") up to its comma: its
# words are the asker's, not a statement.
_ASKED = (
    r"\b(?:asks?|asked|asking|wonders?|wondering|inquir\w+|questions?)\s+(?:when|whether|"
    r"if|about|how\s+soon)\b[^,;:]*"
)
_REVEAL_VERBS = (
    "unveil",
    "reveal",
    "introduc",
    "announc",
    "teas",
    "show",
    "preview",
    "present",
    "demo",
)
# Of those, the ones that show without offering: "OpenAI teased Sora" (not a showcase:
# "Richard Yu showcased the Kirin 970" in a keynote unveils it).
_TEASE_VERBS = ("teas", "show", "preview")
# Non-answers that undo the clause's dates (see `UnitReader.read`).
_UNDATED = ("date-withdrawn", "never-dated")
_SHOWCASE = "showcas"
# How far after a reveal verb its object (the target) may be named: "unveils its new X".
_REVEAL_REACH = 60
# Facts that need people to have the product, true even when only reported: units sold,
# a recall, an audience counted, a launch the sentence takes as given (or dates in the
# past, or names as recent: "derived from the recently launched Guerrilla 450"), the
# predecessor a leaked successor replaces.
_FACTS = frozenset(
    {
        *("units-sold", "recall", "audience", "since-launch", "since-launch-of", "had-launch"),
        *("recently-launched", "predecessor"),
    }
)
# Signs that someone has the product in hand: owners, users, a review of it.
_FIRST_HAND = frozenset({"used", "review", "in-use"})
# What a rumour is of, when that is a newer model: "rumours of a new Kindle".
_OF_A_NEWER = rx.compile(
    r"\s+(?:of|about)\s+(?:a|the)\s+(?:new|newer|next|upcoming|successor)\b[^.;,]{0,40}",
    re.IGNORECASE,
)
# Hearsay the clause dates years back: "Reports that it would launch in the UK emerged in
# 2004", in a piece of 2011. It is the story's history: neither today's rumour nor a plan.
_REPORTS_OF_OLD = rx.compile(
    r"\b(?:emerged|surfaced|circulated|appeared|began|started|first\s+\w+)\s+(?:back\s+)?"
    r"in\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A comeback, before "after 12 years": the years are the absence's.
_BACK_AFTER = rx.compile(
    r"\b(?:returns?|returning|returned|back|comeback|revival|reissued?|re-?releas\w*)\b",
    re.IGNORECASE,
)

# Between a name and its age: "Gmail turns 20", "iCloud's music service is one year old".
_OWN_GAP = rx.compile(r"\s+(?:(?:is|was|now|officially|just)\s+)?")
_GREETED = rx.compile(r"[\s,!:-]*(?:to\s+(?:the\s+)?)?")


def _named_before(text: str, cue: Cue, spans: Spans) -> bool:
    """Whether the target's name stands right before `cue`, as its owner, or right after
    a greeting ("Happy 15th anniversary, Game Boy Advance!")."""
    if text.startswith(("happy", "Happy", "HAPPY"), cue.start):
        return any(
            _GREETED.fullmatch(text, cue.end, start) for start, _ in spans if start >= cue.end
        )
    return any(end <= cue.start and _OWN_GAP.fullmatch(text, end, cue.start) for _, end in spans)


# Between a name and the participle that dates it: "la X, lancée en 2019".
_PARTICIPLE_GAP = rx.compile(r"\s*,?\s*")
# An auxiliary makes the participle a verb, its object after it: "Vous avez lancé il y a
# deux ans amazon.com.be".
_AUXILIARY_BEFORE = rx.compile(
    r"\b(?:a|ai|as|avons|avez|ont|avait|avaient|ete|est|sont|etait|etaient)\s+$", re.IGNORECASE
)


def _opens_or_follows(text: str, cue: Cue, spans: Spans) -> bool:
    """Whether the participle `cue` opens the clause, follows an auxiliary, or follows
    the target's name, a comma at most between ("Lancée début juin, la X", "la X, lancée
    en 2019")."""
    before = text[: cue.start]
    return (
        not before.strip()
        or _AUXILIARY_BEFORE.search(before) is not None
        or any(
            end <= cue.start and _PARTICIPLE_GAP.fullmatch(text, end, cue.start) for _, end in spans
        )
    )


# Between a modal and the cue it bears on: "may be available to pre-order".
# ("the company may start taking the iPhone 8 pre-orders": a few words of one clause.)
_MODAL_GAP = rx.compile(r"\s+(?:(?!(?:and|but|or|while|as|so|though|although)\s)[\w'-]+\s+){0,5}")
# Between the orders and a guess about them: "pre-orders likely to start", "preorders
# are expected to begin", "Pre-Orders for iPhone 8 Likely to Start".
_ORDERS_GAP = rx.compile(
    r"\s+(?:for\s+(?:the\s+)?(?:(?!(?:are|is|will|to|and|but)\s)[\w'.+-]+\s+){1,4})?"
    r"(?:are\s+|is\s+|will\s+)?"
)
# The orders' start after a guess: "likely to start", "will likely begin".
_ORDERS_START = rx.compile(r"\s+(?:to\s+)?(?:start|begin|open|kick\s+off|go\s+live)\b")
# A single quotation mark, opening or closing, as opposed to an apostrophe in a word.
# (The quote first: a literal start lets the engine skip to each quote mark.)
_SINGLE_QUOTE = rx.compile(r"'(?:(?<=(?<!\w)')(?=\w)|(?<=[\w.,!?]')(?!\w))")
# A relative clause that takes the target's release as past: "Go 1.23, which introduced
# iterators".
_WHICH_PAST = rx.compile(
    r",?\s+(?:which|that)\s+(?:first\s+)?(?:introduced|added|brought|shipped|debuted|launched|"
    r"came\s+out|was\s+released)\b",
    re.IGNORECASE,
)
_PREDECESSOR = rx.compile(
    r"\b(?:(?:its|their|the)\s+(?:direct\s+|immediate\s+)?predecessor,?|(?:the|replac\w*)\s+"
    r"(?:current|existing|outgoing)(?:[\s-]+generation)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BUYING = rx.compile(r"(?:bought|purchased)\b", re.IGNORECASE)
# An artist's "drops" with the target as what is dropped, as headlines say a record or
# a game is out: "Playboi Carti Drops 'Whole Lotta Red' LP" (not "drops support for").
_DROPS_BEFORE = rx.compile(
    r"\b(?:drops|surprise-drops)\s+(?:(?:his|her|their|its|the|a|new|surprise|debut|first|"
    r"latest|long-awaited|highly[\s-]anticipated)\s+){0,3}$",
    re.IGNORECASE,
)
_DROPPED_FROM = rx.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:from|out\s+of)\b", re.IGNORECASE)
_PRERELEASE_NAME = rx.compile(r"\b(?:preview|beta|alpha)\b", re.IGNORECASE)
# A target named as the full release after early access ("Last Epoch 1.0"), for which early
# access is a pre-release: "launched on Steam Early Access in 2019".
_FULL_RELEASE_NAME = rx.compile(r"(?<![\d.])1\.0\b|\bfull\s+release\b", re.IGNORECASE)
_EARLY_ACCESS = rx.compile(r"\bearly[\s-]access\b", re.IGNORECASE)
# Before the target's name: the clause says it is missing ("8.0 is rolling out, with no
# Coolwalk signs", "is here but without the split-screen update").
_ABSENT_BEFORE = rx.compile(
    r"\b(?:without|with\s+no|minus|lacking|sans)\s+(?:the\s+|any\s+|a\s+)?$", re.IGNORECASE
)
# After it, a verb left out: "the app version shipped, the redesign did not".
_ABSENT_AFTER = rx.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:did|does|has|have|is|was|were)(?:\s+not|n't)(?:\s+(?:yet|either))?"
    r"\s*(?:[.;,]|$)",
    re.IGNORECASE,
)
# The one "coming" cue that names no time: "the upcoming X".
_UPCOMING = rx.compile(r"(?:up|forth)coming", re.IGNORECASE)
# A pre-release written onto the target's version: "3.11.0rc2", "2.0b1", "6.1-beta".
_PRE_SUFFIX = rx.compile(
    # ("Rails 5.0.0.beta4": a point may join it too; a numbered pre-release may stand
    # apart: "Xfce 4.20 Pre2", "the Xfce 4.20 pre-release 2".)
    r"(?:rc|a|b|alpha|beta|dev|pre)\d*\b|[-.](?:rc|alpha|beta|pre)|\s+pre(?:-?release)?\s?\d+\b",
    re.IGNORECASE,
)
# A pre-release's version as the subject of a release: "`0.4.0a0` is out", "4.0.0a33 has
# been released" (a repository's notes name the version, not the product).
_PRE_VERSION_SUBJECT = rx.compile(
    r"(?<![\w.])v?\d+(?:\.\d+)+[-.]?(?:rc|a|b|alpha|beta|dev|pre)\.?\d*\W{0,2}\s+"
    r"(?:(?:is|was|has|have|been|now|just|finally)\s+){0,3}$",
    re.IGNORECASE,
)
# Work on the product as the subject of a start: "Construction on the center kicked off
# last month" begins the building, not its opening.
_WORK_ON_SUBJECT = rx.compile(
    r"\b(?:construction|work|works|excavation|digging|drilling|tunnell?ing)\s+(?:on|of|at|for)"
    r"\s+(?:[\w'.-]+\s+){1,5}?(?:(?:has|have|had|officially|finally)\s+)*$",
    re.IGNORECASE,
)
# Notes still being written: "Prepare release notes for v2.0.0", "draft the v2.0.0
# release notes".
_NOTES_DRAFTED = rx.compile(
    r"\b(?:prepar|draft)\w*\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}$", re.IGNORECASE
)
# A noun right after an adjective: "unannounced games".
_NOUN_AFTER = rx.compile(r"\s+[A-Za-z]")
# Between a cancelling verb and the target as its object: "cancels its X", "scraps plans
# for the X", "ends Apple's X preview".
_CANCELLED_OBJECT = rx.compile(
    # ("decided to cancel the release of PHP 6".)
    r"[\s',:]*(?:(?:the|its|their|his|her|a|an|plans?\s+for|work\s+on|development\s+of|"
    r"production\s+of|release\s+of|[\w&.-]+'s)\s+){0,3}",
    re.IGNORECASE,
)
# A cancelling verb in the active voice has its own object: "Microsoft to Launch Windows 10
# Creators Update, Kill Vista" does not end the update.
_ACTIVE_CANCEL = rx.compile(
    r"(?:cancels?|scraps?|axes|axe|kills?|shelves|shelve|abandons?)(?:\s+off)?", re.IGNORECASE
)
# What a cancelled "X ..." may be instead of X: "cancels the X launch event".
_NOT_THE_PRODUCT = rx.compile(
    r"(?:'s)?\s+(?:launch\s+|release\s+)?(?:event|keynote|livestream|stream|presentation|"
    r"showcase|tour|pre-?orders?|reservations|premiere|party|panel|beta|trailer)",
    re.IGNORECASE,
)
# Between the target as subject and a cancelling verb: "X has officially been cancelled".
_CANCELLED_SUBJECT = rx.compile(
    r"[\s',]*(?:(?:has|have|had|is|was|were|are|been|being|be|will|now|officially|reportedly|"
    r"effectively|also|just|finally|formally|quietly|apparently)\s+)*",
    re.IGNORECASE,
)
# Between the target and its verb when it is the subject: "X Series unveiling", "X is
# revealed". Punctuation or a second word ("X: Chengdu unveils") ends the subject.
_SUBJECT_GAP = rx.compile(
    r"\s+(?:[\w-]+\s+)?(?:(?:is|was|are|were|has|have|been|being|gets?|officially)\s+)*"
)
_CLAUSE_END = rx.compile(r"[,;:]")
_AVAILABLE = rx.compile(r"\bavailable\b", re.IGNORECASE)
# An expectation given as the maker's own guidance: "laptops are expected in H1 2026".
_EXPECTED = rx.compile(r"\b(?:expected|anticipated)\b", re.IGNORECASE)

# The cue of what the item dates before the target's year: the same name's earlier thing.
EARLIER_THING = "guard:before-its-year"

# A year a few words after a release cue: "became available back in 1997".
_YEAR_SOON_AFTER = rx.compile(r"(?:\s+[\w,]+){0,3}?\s+((?:19|20)\d\d)\b")


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
    cancelled: bool = False  # the clause cancels the target
    orders: bool = False  # the clause says orders or pre-orders are open
    plans: bool = False  # the clause says a release is coming (not only that a beta runs)
    closed: bool = False  # the clause speaks of a closed preview ("select testers")
    prerelease: bool = False  # the clause speaks of a beta or release candidate
    first_hand: bool = False  # someone in the clause has the product (owners, a review)
    open_to_all: bool = False  # offered to everyone or a broad class ("to all Plus users")
    cues: list[str] = field(default_factory=list)
    times: list[TimeRef] | None = None  # None: not needed yet, so not computed


class UnitReader:
    """Reads units for one target; keeps only compiled, read-only state."""

    def __init__(self, match: TargetMatcher) -> None:
        self._match = match
        self._sources = Sources(match)
        self._release_words = rx.compile(RELEASE_WORDS, re.IGNORECASE)
        self._tenses = Tenses(match)
        self._asked = rx.compile(_ASKED, re.IGNORECASE)
        # A target named as a preview or beta ("o1-preview") is the product under that
        # label: the word says nothing about a later release.
        self._named_prerelease = any(_PRERELEASE_NAME.search(n) for n in match.target_names)
        self._after_early_access = any(_FULL_RELEASE_NAME.search(n) for n in match.target_names)
        # Guesses the target's name is written with ("What If" of "What If...? Season 2"):
        # so capitalised, outside the name's own mentions too ("Marvel's What If Head
        # Writer"), they are the show's name, not a guess.
        self._name_guesses = frozenset(
            n[c.start : c.end]
            for n in match.target_names
            for c in scan(n)
            if c.kind in ("hedge", "hedge-weak") and c.end - c.start > 3
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
        # Quotation marks are not words: 'will be "available"' is 'will be available', and
        # "which is 'currently available" is "which is currently available" (an
        # apostrophe inside a word stays: "Spotify's").
        text = _SINGLE_QUOTE.sub(" ", unit.text.replace('"', " "))
        lowered = text.lower()
        if "ask" in lowered or "wonder" in lowered or "inquir" in lowered or "question" in lowered:
            text = self._asked.sub(lambda m: " " * len(m.group()), text)
        if spans and all(
            _ABSENT_BEFORE.search(text, max(0, s - 15), s) or _ABSENT_AFTER.match(text, e)
            for s, e in spans
        ):
            # What the clause says is out comes without the target.
            read.cues.append("negated:absent")
            return read
        # The target's own name holds no cue: "Windows Recall", "Gen-3 Alpha", "Season 2".
        words = self._match.masked(text, spans) if spans else text
        kinds: dict[str, list[Cue]] = {}
        for cue in scan(words):
            if cue.kind == "prerelease" and self._named_prerelease:
                continue
            if self._name_guesses and words[cue.start : cue.end] in self._name_guesses:
                continue
            kinds.setdefault(cue.kind, []).append(cue)
        if spans and ("which" in text or "that" in text):
            for _, end in spans:
                m = _WHICH_PAST.match(text, end)
                if m:
                    kinds.setdefault("released-weak", []).append(
                        Cue("released-weak", "which-introduced", m.start(), m.end())
                    )
        for start, _ in spans:
            # What a successor replaces is out: "gains over its predecessor, the Xperia 10
            # VI", "to replace the current EOS M50".
            m = _PREDECESSOR.search(text, max(0, start - 40), start)
            if m:
                kinds.setdefault("released", []).append(
                    Cue("released", "predecessor", m.start(), m.end())
                )
        if "rops" in text:
            for start, end in spans:
                m = _DROPS_BEFORE.search(text, max(0, start - 60), start)
                # ("drops X from its setlist" takes it away.)
                if m and not _DROPPED_FROM.match(text, end):
                    kinds.setdefault("released-title", []).append(
                        Cue("released-title", "drops", m.start(), m.end())
                    )
        if self._after_early_access:
            for m in _EARLY_ACCESS.finditer(words):
                kinds.setdefault("prerelease", []).append(
                    Cue("prerelease", "early-access", m.start(), m.end())
                )
        for _, end in spans:
            m = _PRE_SUFFIX.match(text, end)
            if m and text[end - 1 : end].isdigit():
                kinds.setdefault("prerelease", []).append(
                    Cue("prerelease", "named-prerelease", m.start(), m.end())
                )
        if "released" in kinds:
            # A release whose subject is another name, in a clause of time or a spinoff,
            # is that one's: "HealthKit apps were pulled as iOS 8 shipped".
            others = [
                c
                for c in kinds["released"]
                if _others_release(text, c, spans, self._match.makers.is_maker)
            ]
            # (... and what that subject does next: "premiered in March, and is now
            # streaming".)
            if others:
                _keep(kinds, "released", lambda c: not _same_subject(text, others, c, spans))
        for c in kinds.get("released", ()):
            m = _PRE_VERSION_SUBJECT.search(text, max(0, c.start - 40), c.start)
            if m:
                kinds.setdefault("prerelease", []).append(
                    Cue("prerelease", "prerelease-version", m.start(), m.end())
                )
                break
        if "released" in kinds:
            # A launch dated years before a model year is an earlier model's: "the RAV4 EV
            # became available back in 1997" for the 2012 one (and the second opinion,
            # which reads no years, is not to read it as out either).
            earlier = [c for c in kinds["released"] if self._before_model_year(text, c)]
            if earlier:
                read.cues.append(EARLIER_THING)
            _keep(
                kinds,
                "released",
                lambda c: (
                    not _WORK_ON_SUBJECT.search(text, max(0, c.start - 60), c.start)
                    and c not in earlier
                ),
            )
        if any(c.name == "french-launched" for c in kinds.get("released", ())):
            # A participle dates the name it follows or the clause it opens: in "remplacer
            # le Kadjar lancé en 2015" the launch is the Kadjar's.
            _keep(
                kinds,
                "released",
                lambda c: c.name != "french-launched" or _opens_or_follows(text, c, spans),
            )
        if not spans and "released" in kinds:
            # A recall the clause does not tie to the target by name is another product's:
            # "it comes too late after Peloton's treadmill recall".
            _keep(kinds, "released", lambda c: c.name != "recall")
        if "released-weak" in kinds:
            # The maker buying is an acquisition, not a customer's purchase: "Apple bought
            # icloud.com from Xcerion", "the trademark Apple bought".
            # (Nor is a debut dated years before the target's own year its own: "the
            # burrito's 2009 debut" beside "Volcano Menu (2023 return)".)
            _keep(
                kinds,
                "released-weak",
                lambda c: (
                    not self._maker_bought(text, c)
                    and not self._earlier_debut(text, c)
                    # (An age is the target's only with its name right before: "Gmail
                    # turns 20", not "before David Attenborough turns 100".)
                    and (c.name != "age" or _named_before(text, c, spans))
                    # (What is taken away must be the target, as for a cancellation: "the
                    # current Assistant will no longer be available" is another's.)
                    and (c.name != "withdrawn" or self._ends_target(text, c, spans))
                    # (Years away are no years of use: "Returns Saturday After 12 Years".)
                    and not (
                        c.name == "used"
                        and text.startswith(("after", "After"), c.start)
                        and _BACK_AFTER.search(text, max(0, c.start - 40), c.start)
                    )
                    # (Notes still being written: "Prepare release notes for v2.0.0".)
                    and not (
                        c.name == "release-notes"
                        and _NOTES_DRAFTED.search(text, max(0, c.start - 40), c.start)
                    )
                ),
            )
        if "hedge" in kinds and any(c.name == "used" for c in kinds.get("released-weak", ())):
            # Rumours of a newer model beside the target in someone's hands: "had just gotten
            # my long awaited Kindle 2 when rumours of a new Kindle appeared".
            _keep(
                kinds,
                "hedge",
                lambda c: (
                    not (
                        c.name == "rumour"
                        and (m := _OF_A_NEWER.match(text, c.end)) is not None
                        and not any(m.start() <= s < m.end() for s, _ in spans)
                    )
                ),
            )
        if "hedge" in kinds:
            # The maker reporting is the maker saying: "available by late April, Merck
            # reports" (as "the company reported" is).
            _keep(
                kinds,
                "hedge",
                lambda c: (
                    not (
                        c.name == "reportedly"
                        and text[c.start : c.end].lower() in ("reports", "reported")
                        and self._sources.maker_subject(text, c.start)
                    )
                ),
            )
        if "hedge" in kinds and published is not None:
            old = _REPORTS_OF_OLD.search(text)
            if (
                old
                and int(old.group(1)) < published.year - 1
                and kinds["hedge"][0].end <= old.start()
            ):
                read.cues.append("history:old-report")
                return read
        if "unofficial" in kinds:
            # "has not said whether work has begun" is silence about something else, and
            # "cancels three unannounced games" describes other games.
            about = self._release_words.search(words) is not None
            _keep(
                kinds,
                "unofficial",
                lambda c: (about or c.name != "not-said") and not _describes_other(text, c, spans),
            )
        if not kinds and not self._tenses.names_release(words):
            # Most clauses hold no cue at all: only who speaks in them can still matter
            # (a bare "release" with a date ahead is a plan: `Tenses.sort` reads it).
            read.on_record = official or self._sources.maker_says(text)
            return read
        has = kinds.__contains__
        on_record, hedged = self._sources.attribute(text, kinds, official, read.cues)
        tense = self._tenses.sort(text, words, unit.is_title, kinds, published, spans)
        released, future, read.times = tense.released, tense.future, tense.times
        if future and any(c.name in _UNDATED for c in kinds.get("nonanswer", ())):
            # The date the clause names is the one taken back: "previously dated for
            # November 7, it has now been removed from the schedule"; or one the maker
            # says it never gave: "never announced or promised a launch window".
            future = []
        # The plan the clause says no one has dated: "waiting for an announcement on when
        # Tesla will start selling cars", "didn't say when it will launch".
        unsaid = [c.end for c in kinds.get("nonanswer", ()) if c.name == "said-nothing-when"]
        future = [c for c in future if not any(0 <= c.start - end <= 40 for end in unsaid)]
        # General availability said to come is none yet: "now available in preview; it'll
        # release the stable version in the second quarter".
        ga = has("ga") and not any(c.name in ("ga-planned", "will-release") for c in future)
        # A beta offered to a broad class is the release, but not a developer beta: "the
        # first iOS 17.3 beta rolling out to developers today includes X".
        # Nor is a beta the game left behind: "an alpha was released in Oceania before
        # the game was given a worldwide release".
        beta = (
            (has("prerelease") or has("closed"))
            and not ga
            and not any(
                (c.name in OPEN_TO_ALL and not words.endswith("developers", c.start, c.end))
                # ("has now entered general release ... 13 months after the beta".)
                or c.name in ("given-release", "generally-available")
                for c in released
            )
        )
        if unit.is_question:
            released, future, on_record = [], [], official
        elif (
            not released
            and ga
            and has("prerelease")
            and not has("closed")
            and not has("negated")
            and _AVAILABLE.search(words)
        ):
            # A preview anyone may use is the release under a label: "available in
            # public preview ... for all developers"; not while its general availability
            # is still planned ("General availability is planned for Q2"), nor while it is
            # "not even available on the beta channel, let alone the stable channel".
            first = kinds["ga"][0]
            released = [Cue("released", "open-preview", first.start, first.end)]
        if released and beta:
            # A beta or RC that is out is the maker working towards a release; a closed
            # preview is not even that.
            read.cues.append("guard:prerelease")
            if not has("closed"):
                future.append(Cue("future", "prerelease-out", released[0].start, 0))
            released = []
        read.on_record, read.hedged, read.negated = on_record, hedged, has("negated")
        read.disowned = has("unofficial")
        read.closed = has("closed")
        read.prerelease = has("prerelease") and not ga
        # (A delivery taken is in someone's hands: "I took delivery of my C8".)
        read.first_hand = any(c.name in _FIRST_HAND for c in kinds.get("released-weak", ())) or any(
            c.name == "delivered" for c in kinds.get("released", ())
        )
        read.open_to_all = any(c.name in OPEN_TO_ALL for c in released) or to_broad_class(kinds)
        tag = read.cues.append
        if released:
            tag(f"released:{released[0].name}")
            if not hedged or on_record or all(c.name in _FACTS for c in released):
                read.label, read.strong = Label.RELEASED, True
            else:
                read.label, read.strong = Label.RUMOURED, True
                tag(self._first(kinds, "hedge", "unofficial") or "hedge:according-to")
            return read
        if has("cancel"):
            # A cancellation of the target denies its release: no status at all, unless
            # the clause also says it was out ("kills X a year after its launch").
            ends = [c for c in kinds.pop("cancel") if self._ends_target(text, c, spans)]
            # (Nor one undone: "had been axed", but "is now back on the roadmap".)
            # (A past day alone is the cancellation's: "On March 11, 2010, the team
            # decided to cancel the release of PHP 6".)
            out = [c for c in kinds.get("released-weak", ()) if c.name != "retrospective"]
            if ends and not out and not _REVIVED.search(text):
                read.cancelled = True
                tag(f"cancel:{ends[0].name}")
                return read
            has = kinds.__contains__
        read.plans = bool(future)
        if has("prerelease") and not (on_record or hedged or has("closed") or has("hedge-weak")):
            # The maker handing out a beta is its own act: "Apple seeds the first beta".
            on_record = self._sources.maker_before(text, kinds["prerelease"][0].start)
            read.on_record = on_record
        if future or (has("prerelease") and on_record and not has("closed")):
            tag(f"future:{future[0].name if future else kinds['prerelease'][0].name}")
            weak_hedge = has("hedge-weak") and self._weak_hedge(words, kinds["hedge-weak"])
            # Anyone may expect a launch; only the maker's expectation is a plan.
            # ("the upcoming X: expect it to arrive in 2023": "upcoming" plans nothing.)
            guessed = any(c.name == "expects" for c in future) and all(
                c.name == "expects" or _UPCOMING.fullmatch(text, c.start, c.end) for c in future
            )
            # Open pre-orders are a fact, whatever "expected" says about the ship date;
            # not when the modal is on the orders themselves ("may be available to
            # pre-order from 17 September").
            orders = any(c.name == "pre-orders" and not _modal_on(words, kinds, c) for c in future)
            read.orders = orders or any(c.name == "orderable" for c in future)
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
        elif has("released-weak") and not read.negated and not beta and not has("research"):
            # (A teardown or weeks with a prototype are no sign of a product on sale.)
            read.label = Label.RELEASED
            tag(self._first(kinds, "released-weak"))
        elif (
            (has("hedge-weak") and self._release_words.search(words))
            or has("closed")
            or has("research")
        ):
            read.label = Label.RUMOURED
            tag(self._first(kinds, "hedge-weak", "closed", "research"))
        elif not unit.is_question and (verb := self._reveals_target(text, kinds, mention, spans)):
            read.label = Label.RUMOURED
            tag("official:reveal-no-date")
            if verb.startswith(_TEASE_VERBS) and not verb.startswith(_SHOWCASE):
                tag("official:teased")
        elif read.negated:
            tag(self._first(kinds, "negated"))
        elif tense.elsewhere:
            tag("aside:release-of-other")
        return read

    def _earlier_debut(self, text: str, cue: Cue) -> bool:
        """Whether a retrospective cue dates a launch before the target's own year."""
        year = YEAR.search(text, cue.start, cue.end) if cue.name == "retrospective" else None
        return year is not None and self._match.before_its_years(int(year.group()))

    def _before_model_year(self, text: str, cue: Cue) -> bool:
        """Whether a release cue, or the few words after it, dates the launch before
        the year ahead of the target's model year."""
        model_year = self._match.model_year
        if model_year is None:
            return False
        after = _YEAR_SOON_AFTER.match(text, cue.end)
        inside = YEAR.search(text, cue.start, cue.end)
        year = after.group(1) if after else inside.group() if inside else None
        return year is not None and int(year) < model_year - 1

    def _maker_bought(self, text: str, cue: Cue) -> bool:
        """Whether a sign of use is the maker's own purchase ("Apple bought")."""
        return (
            cue.name == "used"
            and _BUYING.match(text, cue.start) is not None
            and self._sources.maker_subject(text, cue.start)
        )

    def _weak_hedge(self, words: str, hedges: list[Cue]) -> bool:
        """Whether a weak hedge bears on a release. A modal speaks only of its own part
        of the clause, between commas: "doesn't arrive until April 6, and may be the
        better buy" doubts the buy, not the date."""
        if any(c.name != "modal" for c in hedges):
            return self._release_words.search(words) is not None
        for cue in hedges:
            start = max(words.rfind(p, 0, cue.start) for p in ",;:") + 1
            end = _CLAUSE_END.search(words, cue.end)
            if self._release_words.search(words, start, end.start() if end else len(words)):
                return True
        return False

    def _ends_target(self, text: str, cue: Cue, spans: Spans) -> bool:
        """Whether what a cancelling cue ends is the target: named inside it ("ends the X
        preview"), as its object ("cancels the X", "gives up on X"), as its subject ("X is
        cancelled", "X will no longer be moving forward"), or, in a clause that does not
        name it, as "it"/"the project"."""
        if not spans:
            after = _CANCELLED_OBJECT.match(text, cue.end)
            at = after.end() if after else cue.end
            after_cue = self._match.anaphor.match(text, at)
            return (after_cue is not None and not self._match.other_port(after_cue.group())) or any(
                _CANCELLED_SUBJECT.fullmatch(text, m.end(), cue.start)
                and not self._match.other_port(m.group())
                for m in self._match.anaphor.finditer(text, max(0, cue.start - 40), cue.start)
            )
        for start, end in spans:
            if cue.start <= start < cue.end:
                return True
            if (
                cue.end <= start <= cue.end + 45
                and _CANCELLED_OBJECT.fullmatch(text, cue.end, start)
                and _NOT_THE_PRODUCT.match(text, end) is None
            ):
                return True
            if (
                end <= cue.start
                and _CANCELLED_SUBJECT.fullmatch(text, end, cue.start)
                and not _ACTIVE_CANCEL.fullmatch(text, cue.start, cue.end)
            ):
                return True
        return False

    @staticmethod
    def _reveals_target(text: str, kinds: dict[str, list[Cue]], mention: bool, spans: Spans) -> str:
        """The announcing verb whose object or subject is the target ("Qualcomm unveils
        the X2", "X2 Series unveiling"), or any such verb in an item about the target that
        does not name it in text, lowercased; "" if none. "Chengdu unveils its breeding
        centre" reveals something else."""
        for c in kinds.get("announce", []):
            verb = text[c.start : c.end].lower()
            if not verb.startswith(_REVEAL_VERBS):
                continue
            if mention and not spans:
                return verb
            if any(c.end <= s <= c.end + _REVEAL_REACH for s, _ in spans) or any(
                _SUBJECT_GAP.fullmatch(text, e, c.start) for _, e in spans if e <= c.start
            ):
                return verb
        return ""

    @staticmethod
    def _guidance(text: str, kinds: dict[str, list[Cue]], published: date | None) -> bool:
        """An on-record "expected in the first half of 2026": the maker's dated plan."""
        if not any(_EXPECTED.match(text, c.start) for c in kinds.get("hedge-weak", [])):
            return False
        refs = find_times(text, published, plans=True)
        if points_after(refs, published) or any(r.earliest is None for r in refs):
            return True
        # A quarter or month under way ("in the first quarter", said on January 6) is
        # still ahead for a plan.
        return published is not None and any(
            r.rank == PERIOD and r.earliest is not None and 0 <= (published - r.earliest).days < 60
            for r in refs
        )

    @staticmethod
    def _first(kinds: dict[str, list[Cue]], *wanted: str) -> str:
        for kind in wanted:
            if kinds.get(kind):
                return f"{kind}:{kinds[kind][0].name}"
        return ""


# A cancellation undone: "is now back on the internal roadmap", "back in development".
_REVIVED = rx.compile(
    r"\bback\s+on\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:roadmap|track|schedule|table)\b"
    r"|\bback\s+in\s+(?:active\s+)?development\b|\bun-?cancel(?:l?ed|s)?\b",
    re.IGNORECASE,
)


def _keep(kinds: dict[str, list[Cue]], kind: str, wanted: Callable[[Cue], bool]) -> None:
    """Drops the cues of `kind` that are not `wanted`, and the kind when none is left (a
    kind present means a cue of it fired)."""
    kept = [c for c in kinds[kind] if wanted(c)]
    if kept:
        kinds[kind] = kept
    else:
        del kinds[kind]


# A clause of time whose subject is a name, "as iOS 8 shipped", "when the Pixel 9
# launched"; and a spinoff named, "the spinoff The Boys Presents: Diabolical premiered".
_TIME_SUBJECT = rx.compile(
    # (Not a name: "known as Tails released version 6.0", "such as".)
    r"(?<!known\s)(?<!such\s)(?<!same\s)(?<!called\s)(?<!referred\sto\s)(?<!well\s)"
    r"\b(?:as|when|after|before|until|once|spin-?off)\s+(?:the\s+)?"
    r"((?:[A-Za-z\d][\w.+':-]*\s+){1,5})$",
    re.IGNORECASE,
)


def _others_release(text: str, cue: Cue, spans: Spans, is_maker: Callable[[str], bool]) -> bool:
    """Whether the release verb's subject is another name: a spinoff, or a clause of
    time after the target ("X apps were pulled as iOS 8 shipped"; not "after the Note 20
    series launched with One UI 2.5", nor the maker's own: "after VanMoof launched",
    "after Apple Intelligence's first features shipped")."""
    m = _TIME_SUBJECT.search(text, max(0, cue.start - 50), cue.start)
    if m is None or not any(ch.isupper() or ch.isdigit() for ch in m.group(1)):
        return False
    # (A spinoff is another show, whatever of the target's name it carries.)
    if m.group().lower().startswith("spin"):
        return True
    if any(is_maker(re.sub(r"'s$", "", w)) for w in m.group(1).split()):
        return False
    return any(e <= m.start() for _, e in spans) and not any(
        m.start() < e and s < cue.start for s, e in spans
    )


def _same_subject(text: str, others: list[Cue], cue: Cue, spans: Spans) -> bool:
    """Whether `cue` is one of `others` or follows one in the same run ("and" between,
    and no mention of the target)."""
    for o in others:
        if o is cue:
            return True
        if (
            o.end <= cue.start <= o.end + 40
            and _AND_THEN.search(text, o.end, cue.start)
            and not any(o.end <= s < cue.start for s, _ in spans)
        ):
            return True
    return False


_AND_THEN = rx.compile(r"\band\b")


def _describes_other(text: str, cue: Cue, spans: Spans) -> bool:
    """Whether "unannounced" stands before a noun that is not the target, which the
    clause names elsewhere: "delays X and cancels three unannounced games" says nothing
    of X's announcement."""
    if not text[cue.start : cue.end].lower().startswith("unannounced"):
        return False
    if not spans or _NOUN_AFTER.match(text, cue.end) is None:
        return False
    return not any(cue.end < s <= cue.end + 25 for s, _ in spans)


def _modal_on(words: str, kinds: dict[str, list[Cue]], cue: Cue) -> bool:
    """Whether a modal ("may", "could") or a guess ("suggest", "is expected to") stands
    right before `cue` or right after it: "may be available", "common sense suggests
    preorders on Friday", "pre-orders likely to start on September 15"; or on the orders'
    start later in their clause ("pre-orders for the new phone and its siblings will
    likely start September 15")."""
    return any(
        _MODAL_GAP.fullmatch(words, m.end, cue.start) is not None
        or _ORDERS_GAP.fullmatch(words, cue.end, m.start) is not None
        or (
            cue.end <= m.start
            and _ORDERS_START.match(words, m.end) is not None
            and CLAUSE_BREAK.search(words, cue.end, m.start) is None
        )
        for m in kinds.get("hedge-weak", ())
    )

"""Who says a clause: the maker or its officials on record, or hearsay.

Apart from `reading` because the question is the source's, not the grammar's: "according
to the company" and "according to people familiar with the company's plans" read the same
words differently, and a beta is the maker's plan only when the maker hands it out.
"""

from __future__ import annotations

import re

from bot.core.detect import rx
from bot.core.detect.cues import Cue
from bot.core.detect.mentions import TargetMatcher

# After "according to"/"per"/"citing": an on-record source rather than hearsay.
_ON_RECORD = (
    # (An open project speaks as "the project": "per the project's 1.0 release plan".)
    r"\b(?:official\w*|press\s+releases?|the\s+company|company's|the\s+project|project's|"
    r"release\s+plans?|company\s+(?:release|statement|"
    r"announcement|post|filing)s?|announcements?|blog|release\s+"
    r"schedule|schedule|timeline\s+set|spokes\w+|ceo|cto|director|statements?|keynote|website|"
    r"documentation|release\s+notes|roadmap|maintainers?|developers?|newsroom|investor\s+call|"
    # The maker's own pages: "per the rewards section", "according to its Steam page".
    r"kickstarter|rewards|(?:steam|store|product|campaign)\s+page)\b"
)
# What "citing"/"cites" must be followed by to be a source: "citing tariffs" and "cites
# three studies" give a reason, "citing Bloomberg" or "citing people familiar" a source.
_CITED_SOURCE = rx.compile(
    r"\s*(?:(?:a|an|the|two|three|several|multiple|unnamed|anonymous|its|their)\s+)?"
    # (A name may start with a small letter: "citing iMore".)
    r"(?:[a-z]?[A-Z]|(?:sources?|people|insiders?|reports?|analysts?|documents?|someone|"
    r"persons?)\b)"
)
# After "according to": hearsay even when the maker is named ("people familiar with
# Microsoft's plans", "a report from Bloomberg").
_HEARSAY_SOURCE = rx.compile(
    r"\s*(?:[\w'-]+\s+){0,3}?(?:people|persons?|sources?|insiders?|someone|staffers?|"
    r"leakers?|tipsters?|analysts?|reports?|documents?|employees?|"
    # A page the maker took down is a leak: "according to the now-removed store page".
    r"(?:now|since)[\s-](?:removed|deleted|pulled|taken\s+down)|leaked|accidental\w*)\b",
    re.IGNORECASE,
)
# A saying whose content is a source's: "says a source told it", "say sources told them".
_RELAYS_SOURCES = rx.compile(
    r"\bsays?\s+(?:that\s+)?(?:(?:a|an|one|two|several|multiple|unnamed|anonymous)\s+)?"
    r"sources?\s+(?:told|tells|tell)\b",
    re.IGNORECASE,
)
# After "according to": numbers measured, not hearsay about a release ("fetched $36
# million, according to studio estimates Sunday").
_MEASURED = rx.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:estimates|figures|numbers|tracking|charts?|sales\s+data)\b",
    re.IGNORECASE,
)
_CLAUSE_END = rx.compile(r"[,;:]")
# After "quoting": the words themselves ("quoting: \"we intend to\""), which name no source.
_QUOTED_WORDS = rx.compile(r"\s*[:\"'\u201c\u2018]")
# Doubts that take the maker off the record for the clause: words said inside the company,
# and a guess at what an event the maker announced will show.
_NOT_THE_MAKERS = frozenset({"internal", "event-guess"})
# What the maker has not yet done "officially": "Samsung is yet to give a nod officially",
# "retailers unveiled it before the manufacturer officially announced it", "a renewal
# isn't yet officially confirmed by Netflix"; and what there is none of: "No official
# price is announced yet", "without official confirmation".
_NOT_YET_OFFICIAL = rx.compile(
    r"\b(?:yet\s+to|(?:has|have|is|are)\s+not|(?:has|have|is|are)n['\u2019]t|before)\s+"
    r"(?:[\w-]+\s+){0,4}$"
    r"|\b(?i:no|without)\s+(?:an\s+)?$"
)
# "Official" naming the date a clause says nobody has given: "the official release date
# for X has not been announced yet" is no one on record.
_OFFICIAL_DATE = rx.compile(r"\s+(?:[\w-]+\s+){0,2}?date\b", re.IGNORECASE)
# How far before a beta the maker may be named as the one handing it out.
_MAKER_REACH = 50
# Between the maker as a verb's subject and the verb: "Apple reportedly bought", "Apple
# has quietly purchased".
_SUBJECT_GAP = rx.compile(
    r"(?:\s+(?:has|had|have|reportedly|just|actually|really|apparently|quietly|"
    r"recently|already|finally|allegedly|once|also))*\s+$",
    re.IGNORECASE,
)


class Sources:
    """Attribution for one target; keeps only compiled, read-only state."""

    def __init__(self, match: TargetMatcher) -> None:
        self._match = match
        self._on_record = rx.compile(_ON_RECORD, re.IGNORECASE)

    def attribute(
        self, text: str, kinds: dict[str, list[Cue]], official: bool, cues: list[str]
    ) -> tuple[bool, bool]:
        """(on the record, hearsay) for a unit. A role ("the CEO") is on record only when
        it speaks and not inside hearsay; "according to X" is decided by X."""
        hedged = "hedge" in kinds or "unofficial" in kinds
        roles_speak = "announce" in kinds and not hedged
        # Analysts on the earnings call speak for themselves, not for the maker.
        analysts = "analyst" in text.lower()
        on_record = (
            official
            or any(
                (c.name != "role" or roles_speak)
                and not (c.name == "investors" and analysts)
                and not ("unofficial" in kinds and self._official_date(text, c))
                and not _NOT_YET_OFFICIAL.search(text, max(0, c.start - 40), c.start)
                for c in kinds.get("official", [])
            )
            # (Not where what is said is what a source told: "What's on Netflix says a
            # source told it" is an outlet named for the maker, which cites no sources.)
            or (self.maker_says(text) and not _RELAYS_SOURCES.search(text))
        )
        if any(c.name in _NOT_THE_MAKERS for c in kinds.get("unofficial", [])):
            on_record = official
        maker = self._match.maker
        for cue in kinds.get("attrib", []):
            if text[cue.start : cue.start + 3].lower() == "cit" and not _CITED_SOURCE.match(
                text, cue.end
            ):
                continue
            # A quotation after the maker has spoken in the clause is the maker's own word
            # ("Microsoft unveiled the Edge name, quoting Terry Myerson"); "Quoting The
            # Verge, ..." names an outlet.
            if text[cue.start : cue.end].lower() == "quoting" and (
                _QUOTED_WORDS.match(text, cue.end) or self.maker_says(text[: cue.start])
            ):
                continue
            source = text[cue.end : cue.end + 45].split(",")[0]
            hearsay = _HEARSAY_SOURCE.match(source) is not None
            if _MEASURED.match(source) and not hearsay:
                continue
            if not hearsay and (
                self._on_record.search(source) or (maker is not None and maker.search(source))
            ):
                on_record = True
                cues.append("official:on-record-source")
            else:
                hedged = True
                cues.append("hedge:according-to")
        return on_record, hedged

    @staticmethod
    def _official_date(text: str, cue: Cue) -> bool:
        """Whether the cue is "official" naming a date ("the official release date")."""
        return text[cue.start : cue.end].lower() == "official" and bool(
            _OFFICIAL_DATE.match(text, cue.end)
        )

    def maker_says(self, text: str) -> bool:
        """Whether the maker is the subject of a saying verb; the plain name is looked
        for first because most clauses do not hold it and that test is the cheaper one."""
        maker = self._match.makers
        if maker.pattern is None:
            return False
        lowered = text.lower()
        return any(w in lowered for w in maker.lower) and maker.says(text)

    def maker_subject(self, text: str, at: int) -> bool:
        """Whether the maker is the subject of the verb at `at`: its name right before it,
        but for an auxiliary or an adverb ("Apple has quietly bought")."""
        maker = self._match.maker
        if maker is None:
            return False
        return any(
            _SUBJECT_GAP.fullmatch(text, m.end(), at) is not None
            for m in maker.finditer(text, max(0, at - _MAKER_REACH), at)
        )

    def maker_before(self, text: str, at: int) -> bool:
        """Whether the maker is named shortly before `at`, in the same clause, as who
        acts: not as the name of what `at` is ("appeared in the latest WhatsApp beta", a
        build that someone else found)."""
        maker = self._match.maker
        if maker is None:
            return False
        begin = max(0, at - _MAKER_REACH)
        return any(
            not _CLAUSE_END.search(text, m.end(), at) and not text[m.end() : at].isspace()
            for m in maker.finditer(text, begin, at)
        )

"""The release-status classifier: one item, one target -> none/rumoured/confirmed/released.

How it reads an item:
1. Is it about the target at all? (`mentions.TargetMatcher`: exact names, versions,
   same-name things, context and exclude words.) If not: NONE, unless the item names the
   maker and the target's family ("the next PlayStation VR" for "PlayStation VR2", see
   `partial`): then hearsay about a release makes it RUMOURED, and nothing else counts.
2. Cut it into units (headline; summary clauses) and drop legal boilerplate
   ("forward-looking statements", whose "may differ" hedges nothing). A unit that names
   the target is in scope; a unit that does not is read as context only when it refers
   back to the target ("it", "the game") or names no other product, and not while a
   headline about another product is still the topic; a headline naming the target's
   product line but not the target ("Starhollow Remastered" for "Starhollow 2") is about
   another product, and so is a clause naming the target only as the owner of something
   after another product ("the EV3 borrows the EV9's design"). A unit naming a later patch
   release ("6.0.1" for "6.0") counts when it says that release is out.
3. Read each unit (`reading.UnitReader`): released, confirmed, rumoured or nothing.
4. Combine (`verdict.combine`); forums cannot confirm or release on their own word.
5. Ask the trained second opinion (`second_opinion`), which reads the item's words with
   the rules' label and cues: it has the last word, except that a "released" the rules
   did not say needs it to be sure. Whether and how an item speaks of the target stays
   the rules' call (steps 1 and 2: the model reads how news speaks, not which product it
   speaks of, and "Quest 4 reportedly coming" is no rumour of the Quest 3), and so does
   a cancellation.

This module owns only steps 1, 2, 5 and the forum rule, and assembles the `Detection`.
The class keeps only compiled, read-only state, so one instance may serve many threads.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from bot.core.detect import rx, second_opinion, verdict
from bot.core.detect.cues import RELEASE_WORDS, scan
from bot.core.detect.mentions import TargetMatcher, as_port
from bot.core.detect.names import VARIANTS, split_name
from bot.core.detect.owners import YEAR
from bot.core.detect.partial import FamilyMatcher
from bot.core.detect.reading import EARLIER_THING, UnitRead, UnitReader
from bot.core.detect.scope import Unit, fold, split_units
from bot.core.detect.window import (
    PERIOD,
    SPECIFIC,
    TimeRef,
    best_ref,
    best_window,
    due_day,
    opening_day,
)
from bot.core.models import Detection, ItemKind, ItemText, Label, Target

# What lets a forum post confirm or release: it relays an official source or fact.
_FORUM_SUPPORT = (
    r"\b(?:official\w*|announc\w*|confirmed|release\s+(?:notes|schedule|announcement|blog)|"
    r"changelog|blog\s+post|press\s+release|stable|lts|general\s+availability|maintainers?|"
    r"developers?|team|scheduled|schedule|roadmap|download)\b"
)
# Cues of hearsay or doubt, the only ones a family name may decide by.
_HEARSAY = ("hedge:", "hedge-weak:", "unofficial:", "nonanswer:", "denial:")
# The cue kinds those come from ("according to people familiar" is an attribution).
_HEARSAY_KINDS = frozenset({*(c.rstrip(":") for c in _HEARSAY), "attrib"})
# The confidence of a rumour read only through the target's family name ("a new
# Pixel"): below every reading of the target by name, so the tracker can ask a second
# voice of it.
_FAMILY_RUMOUR = 0.45
# A name ending in a variant word ("RTX 5070 Super", "Buds3 FE").
_VARIANT_END = rx.compile(rf"\b(?:{VARIANTS})\s*$", re.IGNORECASE)
# Words before a family's name that make it the member to come: "the next Echo",
# "next-gen Echo" ("a new Echo" is as often one just out).
_NEXT_MEMBER = rx.compile(r"\b(?:next|next-gen(?:eration)?|upcoming)\s+$", re.IGNORECASE)
# A sentence's end inside a name ("What If...? Season 2", "Jeopardy! Masters").
_ENDS = rx.compile(r"[.!?](?:\s|$)")
# Investor boilerplate: its "actual results may differ" is about no release.
_BOILERPLATE = rx.compile(
    r"forward-looking\s+statements?|safe\s+harbou?r\s+statement", re.IGNORECASE
)


# A date in an address's path: "/2023/07/19/", "/2024/02/", "/2023-09-14-".
_URL_DATE = rx.compile(r"/((?:19|20)\d\d)[/-](\d\d?)(?:[/-](\d\d?))?(?=[/-])")


def url_date(url: str) -> date | None:
    """The publication day an address gives, for an item without one: news sites put it
    in the path. A month alone is read as its first day, so a date later that month
    still counts as ahead: an undated item errs towards "coming", never towards "out"."""
    m = _URL_DATE.search(urlsplit(url).path)
    if m is None:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# An earlier work of the same hand, in a clause that does not name the target.
_EARLIER_WORK = rx.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w&.-]*'s)\s+(?:last|previous|prior|earlier)\s+"
    r"(?:book|novel|album|record|film|movie|game|phone|show|series|single|ep|model)\b"
)
# A work called by its year: "a 2007 film", "Simon Stalenhag's 2018 art book".
_WORK_OF_YEAR = rx.compile(
    r"\b(?:an?|the|[\w.-]+'s)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:film|movie|book|novel|"
    r"album|series|show|documentary|game)\b",
    re.IGNORECASE,
)
# A name quoted as an episode's title: "Tonight's episode - "Fire and Blood" - was", "'Fire
# and Blood' (Season Finale S1E10)".
_EPISODE_BEFORE = rx.compile(
    r"\b(?:episode|finale)[\s:,\u2013\u2014-]{0,4}[\"'\u201c\u2018]\s*$", re.IGNORECASE
)
_EPISODE_AFTER = rx.compile(
    r"\s*[\"'\u201d\u2019]\s*\((?:(?:season|series)\s+finale|s\d+\s*e\d+|episode)\b",
    re.IGNORECASE,
)
# What may follow a name that is the whole title: a qualifier in brackets.
_HEADWORD = rx.compile(r"\s*(?:\([^)]*\))?\s*")
_REMADE_WORD = rx.compile(r"\b(?:remaster|remake|remade)", re.IGNORECASE)
# A year a name gives in brackets, "Speak No Evil (2024 film)", "iPad Pro (2018)": the
# year it came out in. (Not a year in the name itself: "Blade Runner 2049" came out in
# 2017, "Cyberpunk 2077" in 2020.)
_BRACKET_YEAR = rx.compile(r"\([^()]*?\b((?:19|20)\d\d)\b[^()]*\)")


# A seasonal product's return the target's name dates: "McRib (2024 U.S. return)". (Not a
# "revival" or a "relaunch", which is planned in the years before it.)
_RETURN_YEAR = rx.compile(r"\([^()]*?\b((?:19|20)\d\d)\b[^()]*?\breturn\)", re.IGNORECASE)


def _bracket_year(names: tuple[str, ...]) -> int | None:
    """The earliest year the target's names give in brackets, if any."""
    years = [int(m.group(1)) for n in names for m in _BRACKET_YEAR.finditer(n)]
    return min(years, default=None)


def _names_period(deciding: list[UnitRead], item: ItemText) -> bool:
    """Whether the plan that decided names a month, season or day: a forum restating the
    public date ("the full game launches February 25") relays it, a guess would hedge."""
    return any(r.rank >= PERIOD for r in verdict.times(deciding, item.published))


class Classifier:
    """Classifies items for one target. Build once per target; `classify` is pure."""

    def __init__(self, target: Target, model: second_opinion.Scorer | None = None) -> None:
        self.target = target
        # (The second opinion learnt the names as written: `_mask` reads them so.)
        self._mask = second_opinion.Masker.of(target)
        target = as_port(target)
        self._match = TargetMatcher(target)
        self._reader = UnitReader(self._match)
        self._domains = tuple(d.lower().lstrip(".") for d in target.official_domains)
        self._forum_support = rx.compile(_FORUM_SUPPORT, re.IGNORECASE)
        self._family = FamilyMatcher(target.names, self._match.makers.words)
        # A variant ("RTX 5070 Super", "Buds3 FE") is not its line's next member: "the
        # upcoming RTX 5070" is the base card.
        self._variant = any(_VARIANT_END.search(fold(split_name(n))) for n in target.names)
        self._release_words = rx.compile(RELEASE_WORDS, re.IGNORECASE)
        self._model = model or second_opinion.shipped()
        self._year = _bracket_year(target.names)
        self._return_year = next(
            (int(m.group(1)) for n in target.names if (m := _RETURN_YEAR.search(n))), None
        )

    def classify(self, item: ItemText) -> Detection:
        """What `item` says about the target's public release at its publication."""
        ruled, scope = self.by_rules(item)
        if not scope:
            return ruled
        masked = self._mask(" . ".join(scope))
        kind, rule = item.kind.value, ruled.label.value
        probs = self._model.probabilities(masked, kind, rule, ruled.cues)
        label = second_opinion.decide(
            ruled.label,
            probs,
            second_opinion.ceiling(ruled.cues),
            second_opinion.contradicted(ruled.cues),
        )
        if label is ruled.label:
            return ruled
        if label is Label.RELEASED and not self._model.reads(masked):
            # A release read from no word the model knows is its prior, not the item's
            # text: the one such reading on the labelled items was a Korean pre-order.
            return ruled
        if EARLIER_THING in ruled.cues and max(probs, key=probs.__getitem__) is Label.RELEASED:
            # What the model reads as out is the same name's earlier thing: the rules'
            # reading of the target stands.
            return ruled
        present = second_opinion.features(masked, kind, rule, ruled.cues)
        why = second_opinion.reasons(self._model.weights, present, label)
        cues = (f"model:{label.value}:{probs[label]:.2f}", f"model-why:{'|'.join(why)}")
        return Detection(
            label,
            round(probs[label], 2),
            ruled.evidence or (item.title or item.summary)[:300],
            (*cues, *ruled.cues)[:10],
            ruled.window if label is not Label.NONE else None,
            by_model=True,
            due=ruled.due if label is not Label.NONE else None,
            opens=ruled.opens if label is not Label.NONE else None,
        )

    def by_rules(self, item: ItemText) -> tuple[Detection, list[str]]:
        """Steps 1-4 of the module docstring: what the rules alone read, and the clauses
        they read as speaking of the target, for the second opinion. No clauses where
        the rules' answer is final: the item is not about the target, or cancels it."""
        if item.published is None and item.url:
            dated = url_date(item.url)
            if dated is not None:
                item = replace(item, published=dated)
        title, summary = item.title or "", item.summary or ""
        original = f"{title}\n{summary}"
        folded = fold(original)
        excluded = self._match.excluded(folded)
        if excluded:
            return Detection(Label.NONE, 0.9, "", (f"scope:exclude:{excluded.lower()}",)), []
        medium = self._match.other_medium(folded)
        if medium:
            return Detection(Label.NONE, 0.9, "", (f"scope:other-medium:{medium.lower()}",)), []
        if not self._match.has_context(folded):
            return Detection(Label.NONE, 0.85, "", ("scope:no-context-word",)), []
        # A forum hosted on the maker's domain is still its users talking.
        official_source = item.kind is ItemKind.OFFICIAL or (
            item.kind is not ItemKind.FORUM and self._official_url(item.url)
        )
        mentions = [
            m
            for m in self._match.find(folded, item.url)
            if not _episode_title(folded, m.start, m.end)
        ]
        if not any(m.strong for m in mentions) and not self._match.weak_confirmed(
            folded, item.url, official_source
        ):
            mentions = []
        # (Only a name with a sentence's end in it can be cut: most names have none.)
        names = [(m.start, m.end) for m in mentions if _ENDS.search(folded, m.start, m.end)]
        units = split_units(folded, len(title), names)
        # The substring test is a cheap gate: the regex costs 5% of an item.
        if ("ooking" in folded or "arbo" in folded) and _BOILERPLATE.search(folded):
            units = [u for u in units if not _BOILERPLATE.search(folded, *u.sentence)]
        if not units:
            return Detection(Label.NONE, 0.95, "", ("scope:empty",)), []
        scope_cues: list[str] = []
        patches = self._match.point_releases(folded)
        if not mentions and not patches:
            about = item.kind in (ItemKind.FORUM, ItemKind.OFFICIAL) or official_source
            if not (about and self._match.url_names_product(item.url, folded)):
                family = self._family.find(folded)
                if family:
                    return self._family_rumour(original, units, family, item, official_source), []
                return Detection(Label.NONE, 0.95, "", ("scope:no-mention",)), []
            scope_cues.append("scope:url-names-product")
            reads = [self._reader.read(u, True, item.published, official_source) for u in units]
        else:
            spans = [(m.start, m.end) for m in mentions]
            headword = any(
                m.start == 0
                and _HEADWORD.fullmatch(title, m.end)
                and self._match.is_full_name(folded[: m.end])
                for m in mentions
            )
            reads = self._read_units(units, spans, patches, item, official_source, headword)
            # (The whole item's places are looked for only when something reads as out.)
            out = [r.unit.text for r in reads if r.label is Label.RELEASED]
            elsewhere = bool(out) and (
                self._match.elsewhere_only(folded) or self._match.listed_without(folded, out)
            )
            for read in reads:
                # A regional launch is out only where it opens: "Bard rolls out to 180
                # countries" is not its launch in the EU.
                if read.label is Label.RELEASED and (
                    elsewhere or self._match.outside_region(read.unit.text)
                ):
                    read.label = Label.NONE
                    read.cues.append("scope:other-region")
                elif read.label is Label.RELEASED and self._match.next_there(read.unit.text):
                    # (Its plan there stands: "will come to Germany in the second half".)
                    read.label = Label.CONFIRMED if read.plans else Label.NONE
                    read.cues.append("scope:next-region")
            if not reads:
                # Every clause naming it was about another product ("the EV3 borrows
                # the EV9's design"): no more about the target than no mention at all.
                return Detection(Label.NONE, 0.9, "", ("scope:elsewhere",)), []
        label, deciding, strong = verdict.combine(reads, official_source)
        # Each cue once, in the order first read (a dict keeps insertion order).
        cues = list(dict.fromkeys([*scope_cues, *(c for r in deciding for c in r.cues)]))
        if label is not Label.RELEASED:
            # A clause about the target saying it is not out, though it did not decide
            # the label ("Motorola announced iRadio; the service has not been launched"),
            # still speaks against a release the second opinion might read.
            cues += dict.fromkeys(
                c
                for r in reads
                if (r.mention or r.anaphor) and all(r is not d for d in deciding)
                for c in r.cues
                if c.startswith(verdict.NOT_YET_OUT) and c not in cues
            )
        confidence = verdict.confidence(label, strong, deciding)
        if (
            label in (Label.RELEASED, Label.CONFIRMED)
            and item.kind is ItemKind.FORUM
            and not official_source
            and not self._forum_backed(folded, reads)
            and not (label is Label.CONFIRMED and _names_period(deciding, item))
        ):
            label, confidence = Label.RUMOURED, 0.55
            cues.append("cap:forum")
        if mentions and all(m.scattered for m in mentions):
            # Named only by a description's words strewn through a sentence: what is out
            # may be another thing so described ("a Samsung payment card"), so neither the
            # rules nor the second opinion release on it (`second_opinion.CEILINGS`).
            cues.append("cap:described")
            if label is Label.RELEASED:
                label = Label.CONFIRMED
                confidence = verdict.confidence(label, False, deciding)
        if official_source:
            cues.append("source:official")
        evidence = verdict.evidence(original, deciding[0].unit if deciding else units[0])
        window, due, opens, ref = None, None, None, None
        if label is not Label.NONE:
            plan = label in (Label.CONFIRMED, Label.RUMOURED)
            ref = _announced(deciding, reads, item.published, plan)
            if ref is not None:
                window = ref.label
                # A release day or window must still be ahead: "today" dates the news.
                if _ahead(ref, item.published):
                    due, opens = due_day(ref), opening_day(ref)
            if _reviewed_before_day(label, cues, ref, reads, item.published) or (
                _reviewed_only(label, cues) and _EARLY_REVIEWS.search(folded)
            ):
                label = Label.CONFIRMED
                confidence = verdict.confidence(label, False, deciding)
                cues.insert(0, "guard:review-before-day")
        if (
            label is Label.RELEASED
            and not any(c.startswith("released:") for c in cues)
            and self._earlier_work_named(folded)
        ):
            # A review of what the item calls a work of a year long before the target's:
            # "a 2007 film that was directed by Scott L. Flynn", beside "The Gray Man (2022
            # film)". (Not a plain release beside it: "a retro review of the 1998 version,
            # with the remake recently released".)
            cues.insert(0, "scope:earlier-work-year")
            return Detection(Label.NONE, 0.8, evidence, tuple(cues[:10])), []
        if (
            self._return_year is not None
            and item.published is not None
            and item.published.year != self._return_year
        ):
            # Another year's return of a seasonal product: the 2023 McRib is not the
            # "McRib (2024 U.S. return)".
            cues.insert(0, "scope:another-years-return")
            return Detection(Label.NONE, 0.8, evidence, tuple(cues[:10])), []
        if self._another_years_set(folded, item.published):
            # The venue alone in another year's news is that year's set: Foo Fighters'
            # 2017 Glastonbury headline is no "Foo Fighters at Glastonbury 2023".
            cues.insert(0, "scope:another-years-set")
            return Detection(Label.NONE, 0.8, evidence, tuple(cues[:10])), []
        if self._before_its_year(item.published):
            # Out more than a year before the year its name gives: the same name's
            # earlier thing ("Speak No Evil (2024 film)"'s 2022 original), not the target.
            # Nor may the second opinion read it as out: where it leans to "released",
            # `classify` keeps the rules' reading (every bar for a release it adds is
            # above one half, so that is also the only case it could add one).
            if label is Label.RELEASED:
                cues.insert(0, "scope:before-its-year")
                return Detection(Label.NONE, 0.8, evidence, tuple(cues[:10])), []
            cues.insert(0, EARLIER_THING)
        detection = Detection(
            label, confidence, evidence, tuple(cues[:10]), window, due=due, opens=opens
        )
        if scope_cues or (label is Label.NONE and any(r.cancelled for r in deciding)):
            return detection, []
        return detection, [r.unit.text for r in reads]

    def _earlier_work_named(self, folded: str) -> bool:
        """Whether the item calls a work by a year before the one ahead of the target's
        bracketed year, and names no year from then on."""
        # (A remake's original is of a year long before the remake's, and named so: "a
        # remaster of the 1999 PlayStation game".)
        if self._year is None or (self._match.remake and _REMADE_WORD.search(folded)):
            return False
        return _WORK_OF_YEAR.search(folded) is not None and not any(
            int(y.group()) >= self._year - 1 for y in YEAR.finditer(folded)
        )

    def _another_years_set(self, folded: str, published: date | None) -> bool:
        """Whether an item that does not write the year of the target's set ("Dua Lipa at
        Glastonbury 2024") is dated outside it and the year before, its run-up."""
        year = self._match.venue_year
        return (
            year is not None
            and published is not None
            and not year - 1 <= published.year <= year
            and str(year) not in folded
        )

    def _before_its_year(self, published: date | None) -> bool:
        """Whether `published` falls before the year ahead of the one the target's name
        gives: a film of 2024 may open at a festival in 2023, not in 2022."""
        return self._year is not None and published is not None and published.year < self._year - 1

    def _read_units(
        self,
        units: list[Unit],
        mentions: list[tuple[int, int]],
        patches: list[tuple[int, int]],
        item: ItemText,
        official_source: bool,
        headword: bool = False,
    ) -> list[UnitRead]:
        """Read the units that speak of the target (step 2 of the module docstring).
        `headword`: the title is the target's name alone, as an encyclopedia's or a
        catalogue's entry is ("Wan 2.1"): its text is all about it."""
        reads: list[UnitRead] = []
        # A headline about another product makes it the topic: unnamed clauses that
        # follow speak of it until the target is named.
        elsewhere = False
        for unit in units:
            start, end = unit.start, unit.end
            spans = tuple((s - start, e - start) for s, e in mentions if start <= s < end)
            if self._match.owned_after_other(unit.text, spans):
                continue
            if elsewhere and all(self._match.is_bare_line(unit.text[s:e]) for s, e in spans):
                spans = ()
            named = bool(spans)
            inside = (
                tuple((s - start, e - start) for s, e in patches if start <= s < end)
                if patches
                else ()
            )
            if inside and not named:
                read = self._reader.read(unit, True, item.published, official_source, inside)
                if read.label is Label.RELEASED:
                    read.cues.append("scope:point-release")
                    reads.append(read)
                continue
            anaphor = False
            if named:
                elsewhere = False
            else:
                # Only "it"/"the game" can point back to the target past another
                # product's name.
                anaphor = headword or self._match.anaphor.search(unit.text) is not None
                if elsewhere and not anaphor:
                    continue
                # An earlier work of the same hand is another product: "King's last
                # book, Fairy Tale, came out in September".
                if not anaphor and _EARLIER_WORK.search(unit.text):
                    continue
                # Another version of the target's own line is what such a clause is
                # about, whatever "it" points to: "it will open-source the Ernie 4.5".
                # So is a headline naming only the family: "Microsoft launches Phi-3, its
                # smallest model yet" is not news of "Phi-3-medium".
                # (A joined name's family is its parts: "Siri's ChatGPT integration" names
                # "ChatGPT integration in Siri" in another order.)
                if (
                    self._match.names_sibling(unit.text)
                    or self._match.names_other_part(unit.text)
                    or self._match.names_other_work(unit.text)
                    or (
                        unit.is_title
                        and not self._match.joined_in(unit.text)
                        and self._family.names_family(unit.text)
                    )
                ):
                    elsewhere = elsewhere or unit.is_title
                    continue
                if (unit.is_title or elsewhere or not anaphor) and (
                    self._match.names_other_product(unit.text, platforms=not unit.is_title)
                    or (unit.is_title and self._match.names_line(unit.text))
                ):
                    elsewhere = elsewhere or unit.is_title
                    if not anaphor or (not headword and self._match.points_to_other(unit.text)):
                        continue
                elif elsewhere:
                    continue
            # An entry's text speaks of its headword as if naming it.
            read = self._reader.read(
                unit, named or headword, item.published, official_source, spans
            )
            read.anaphor = not named and anaphor
            reads.append(read)
        return reads

    def _family_rumour(
        self,
        original: str,
        units: list[Unit],
        family: list[tuple[int, int]],
        item: ItemText,
        official_source: bool,
    ) -> Detection:
        """An item naming only the target's family (`partial`): a rumour when hearsay
        about a release is what decides it, else nothing (a date or a launch under the
        family's name may be any member's)."""
        # One scan of the whole item is cheaper than reading each unit, and most family
        # mentions come with no hearsay at all (the family's other products' news).
        if _HEARSAY_KINDS.isdisjoint(c.kind for c in scan(original.lower())):
            return Detection(Label.NONE, 0.9, "", ("scope:no-mention",))
        reads = self._read_units(units, family, [], item, official_source)
        label, deciding, _ = verdict.combine(reads, official_source)
        # Hearsay of a release, or of the family's next member: "Amazon's next Echo
        # speaker will reportedly focus on sound quality".
        hearsay = [
            r
            for r in deciding
            if any(c.startswith(_HEARSAY) for c in r.cues)
            and (
                self._release_words.search(r.unit.text)
                or (not self._variant and _names_next(r.unit, family))
            )
        ]
        if label is not Label.RUMOURED or not hearsay:
            return Detection(Label.NONE, 0.9, "", ("scope:no-mention",))
        cues = list(dict.fromkeys(["scope:family-name", *(c for r in hearsay for c in r.cues)]))
        window = best_window(verdict.times(hearsay, item.published))
        evidence = verdict.evidence(original, hearsay[0].unit)
        return Detection(Label.RUMOURED, _FAMILY_RUMOUR, evidence, tuple(cues[:10]), window)

    # -- scope -------------------------------------------------------------------------

    def _official_url(self, url: str) -> bool:
        if not url or not self._domains:
            return False
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self._domains)

    def _forum_backed(self, folded: str, reads: list[UnitRead]) -> bool:
        """Whether a forum post may keep its label: it relays the maker or an official
        fact, or its poster has the product in hand (an owner's report is first-hand,
        not hearsay)."""
        if any(r.on_record for r in reads):
            return True
        if any(r.first_hand for r in reads):
            return True
        if self._match.maker is not None and self._match.maker.search(folded):
            return True
        return self._forum_support.search(folded) is not None


def _announced(
    deciding: list[UnitRead], reads: list[UnitRead], published: date | None, plan: bool
) -> TimeRef | None:
    """The release date or window an item announces: the deciding clauses' most specific,
    else any clause's. A day in a clause naming the target beats deciding clauses that do
    not point to it at all, whose date may be another product's: "The Last of Us Part II
    will arrive on June 19. And Ghost of Tsushima will follow on July 17". Only a day
    still ahead: "Apple today announced X" dates the news, not the release. For a `plan`
    (confirmed or rumoured), a date ahead beats one as specific that is not: "Today EA
    confirmed the remake is coming January 27, 2023" names January 27."""
    if not any(r.mention or r.anaphor for r in deciding):
        named = best_ref(
            verdict.times([r for r in reads if r.mention and not r.anaphor], published)
        )
        if named is not None and named.rank >= SPECIFIC and _ahead(named, published):
            return named
    after = published if plan else None
    return _best_ahead(deciding, published, after) or _best_ahead(reads, published, after)


def _best_ahead(
    reads: list[UnitRead], published: date | None, after: date | None
) -> TimeRef | None:
    """The release time among the clauses' times: first any that is not the day orders
    open, however vague ("can be ordered from April 30 and will be available in the
    second half of May" names late May); then a day still ahead of `after` when given (a
    window such as "this summer" may have begun and still be the one meant); then the
    most specific, the first on ties."""
    verdict.times(reads, published)

    def key(pair: tuple[TimeRef, str]) -> tuple[bool, bool, bool, int]:
        ref, text = pair
        ahead = (
            after is not None
            and ref.rank >= SPECIFIC
            and ref.earliest is not None
            and ref.earliest > after
        )
        return (
            not _SUPERSEDED.search(text, 0, ref.start),
            not _ORDERS_DAY.search(text, 0, ref.start),
            ahead,
            ref.rank,
        )

    # (A floor is no day: "won't arrive before April 15", "no earlier than 2027".)
    pairs = [
        (ref, r.unit.text)
        for r in reads
        for ref in r.times or ()
        if not _FLOOR.search(r.unit.text, max(0, ref.start - 60), ref.start)
    ]
    return max(pairs, key=key, default=(None, ""))[0]


def _reviewed_before_day(
    label: Label,
    cues: list[str],
    ref: TimeRef | None,
    reads: list[UnitRead],
    published: date | None,
) -> bool:
    """Whether an item that reads as released only through a review names a release day
    still ahead: critics see films, seasons and games before the public does ("The second
    season premieres with two episodes on December 10", in a review of December 4)."""
    if label is not Label.RELEASED or ref is None or published is None or ref.earliest is None:
        return False
    if (ref.earliest - published).days <= verdict.SOON_DAYS:
        return False
    if not _reviewed_only(label, cues):
        return False
    return any(
        ref in (r.times or ()) and _PREMIERES.search(r.unit.text, 0, ref.start) for r in reads
    )


def _names_next(unit: Unit, family: list[tuple[int, int]]) -> bool:
    """Whether `unit` names the family as its member to come ("Amazon's next Echo")."""
    return any(
        unit.start <= s < unit.end
        and _NEXT_MEMBER.search(unit.text, max(0, s - unit.start - 20), s - unit.start)
        for s, _ in family
    )


def _episode_title(folded: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is quoted as an episode's title."""
    return (
        _EPISODE_BEFORE.search(folded, max(0, start - 20), start) is not None
        or _EPISODE_AFTER.match(folded, end) is not None
    )


def _reviewed_only(label: Label, cues: list[str]) -> bool:
    """Whether an item reads as released through a review and no release words."""
    return (
        label is Label.RELEASED
        and "released-weak:review" in cues
        and not any(c.startswith("released:") for c in cues)
    )


# Reviews from before the release, whatever day the item names: critics' "first
# reviews" and "early reactions", the screeners they are sent, and a "review" of what is
# known ("review the specs we know so far").
_EARLY_REVIEWS = rx.compile(
    r"\b(?:early|first)\s+(?:reviews|reactions)\b|\bearly\s+review\b|\bscreeners?\b"
    # Seen before it is out: "having seen all 9 episodes in advance".
    r"|\b(?:seen|watched|played|read|tested)\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}?in\s+advance\b"
    r"|\b(?:specs?|specifications|details|everything|what)\s+we\s+know\s+so\s+far\b"
    # A book read before its day: "an advance review", "we got an ARC copy".
    r"|\badvance\s+(?:review|reader|copy|copies)\b|\b(?-i:ARCs?)\b"
    # A roundup by one who has not used it: "we haven't taken a personal look at the
    # phone yet".
    r"|\b(?:have\s+not|haven't|hasn't|has\s+not)\s+(?:yet\s+)?(?:taken|had|gotten|got)\s+"
    r"(?:a|an|our|any)\s+(?:personal\s+|proper\s+|hands-on\s+|close\s+)?(?:look|hands[\s-]on)\b"
    # A film reviewed days before it opens: "opening in two days".
    r"|\b(?:opening|opens|premieres?|premiering|hits\s+theaters)\s+(?:in\s+(?:two|three|four|five|"
    r"six|a\s+few|\d)\s+days|tomorrow)\b",
    re.IGNORECASE,
)
# A release verb before a day in the same clause: the day is the release's.
_PREMIERES = rx.compile(
    r"\b(?:premieres?|debuts?|opens?|arrives?|hits?\s+(?:theaters|theatres|cinemas|shelves|stores)|"
    r"launch(?:es)?|releases?|(?:is|are)\s+released|comes?\s+out|lands?|airs?|streams?)\b"
    r"[^.;]{0,80}$",
    re.IGNORECASE,
)


# A date given as the one replaced: "moved up from its previously announced April 3
# release date", "instead of the originally planned March".
_SUPERSEDED = rx.compile(
    r"(?:\b(?:previously|originally|initially|formerly)(?:[\s-]+(?:announced|planned|"
    r"scheduled|set|slated|due|expected|targeted|reported))?|\b(?:instead\s+of|rather\s+than|"
    r"(?:moved|pushed|brought|bumped|delayed|postponed)\s+(?:(?:up|back|forward|ahead)\s+)?from)"
    r"(?:\s+(?:its|the|their|an?))?(?:\s+(?:original|previous|initial|earlier|planned))?"
    r"(?:\s+(?:release|launch))?(?:\s+date)?(?:\s+of)?)\s+(?:(?:for|on)\s+)?$",
    re.IGNORECASE,
)
# Words just before a time that make it a floor, no day: "won't arrive before April 15".
_FLOOR = rx.compile(
    r"(?:\b(?:not|never|won't|wouldn't|isn't|aren't)\b[^.;]{0,40}?\bbefore"
    r"|\bno\s+(?:earlier|sooner)\s+than|\bat\s+the\s+earliest\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words just before a day that make it the day orders open, not the release.
_ORDERS_DAY = rx.compile(
    r"\b(?:pre-?orders?|preorders?|reservations?|bookings?|(?:be\s+)?ordered|"
    r"order(?:s|ing)?)\b(?![^.;]*?\b(?:ship\w*|release\w*|launch\w*|available|availability|"
    r"retail\w*|on\s+sale|arriv\w*|deliver\w*|in\s+stores)\b)[^.;]{0,60}$",
    re.IGNORECASE,
)


def _ahead(ref: TimeRef, published: date | None) -> bool:
    return published is None or ref.earliest is None or ref.earliest > published

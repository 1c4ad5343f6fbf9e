"""Combine the verdicts of an item's clauses into its label, confidence and evidence.

Separate from `reading` because the questions differ: reading asks what a clause's
grammar says; combining asks which clause to believe when they disagree (a headline
against its body, hearsay against an on-record date, a clause that names the target
against one that does not). The rules, in order:

1. Released (strong) beats everything, unless only the headline says so and the body
   gives the target a date still ahead ("X is finally here" over "available from
   September 10") or a closed preview ("a research preview limited to 1,000
   subscribers"), or the release words are an announcement's ("launched") next to
   pre-orders with a later shelf date: then it is confirmed.
2. A cancellation of the target, where nothing says it was ever out, is no status.
3. Confirmed beats rumoured (a rumoured slip next to the maker's date stays confirmed),
   unless the item is framed as a rumour with nothing on record (a hearsay body under a
   planning headline is such a frame), or only unnamed clauses confirm while a clause
   naming the target is a non-answer or denial.
4. Indirect signs of release (a review, a price cut) lose to any hearsay about the
   target by name, except a review of it by name in the body under a headline that is no
   rumour: the reviewer has it ("reviews the X; none of the speculation foresaw it").
"""

from __future__ import annotations

import re
from datetime import date

from bot.core.detect import rx
from bot.core.detect.plans import SERVICE_ENTRY
from bot.core.detect.reading import UnitRead
from bot.core.detect.scope import Unit
from bot.core.detect.window import PERIOD, TimeRef, find_times
from bot.core.models import Label

_EVIDENCE_MAX = 300
_NON_ANSWERS = ("nonanswer:", "denial:", "unofficial:")
# Hearsay or a guess about the target by name, which outweighs an unnamed clause's date
# when nobody is on record ("Unpacked set for January 22; the S25 is expected to debut").
_GUESSES = ("hedge:", "hedge-weak:")
# Release words that an announcement with pre-orders also uses: no word of anyone having
# the product ("now available", "deliveries began", "sold").
_ANNOUNCING = frozenset(
    f"released:{name}" for name in ("launched", "headline-present", "is-out", "debut", "launch-day")
)
# Words that make "available" a present fact, not an announcement's.
_NOW = rx.compile(r"\bavailable\s+now\b|\bnow\s+available\b|\bon\s+sale\s+now\b", re.IGNORECASE)
# The goods reaching buyers on a later day: "will go on sale from August 21", "will ship
# on the 28th of June".
# Cars reaching their sellers: "will arrive in US dealership in 2021".
_TO_DEALERS = r"arrive\s+(?:in|at)\s+(?:[\w.-]+\s+){0,2}?(?:dealerships?|showrooms?)"
_ON_SALE_LATER = rx.compile(
    r"\b(?:go|goes|going|be)\s+on\s+sale\b|\bhits?\s+(?:stores|shelves)\b|\bin\s+stores\b"
    r"|\bwill\s+(?:\w+\s+)?(?:ship|be\s+available)\b|\bwill\s+" + _TO_DEALERS + r"\b",
    re.IGNORECASE,
)
# A launch long behind the item: its release words are no announcement's.
_LONG_AGO = rx.compile(r"\blast\s+(?:year|month)\b|\b(?:years?|months?)\s+ago\b", re.IGNORECASE)
# "is here": an arrival, which next to a release window is the announcement's.
_HERE = rx.compile(r"\b(?:is|are|'s)\s+(?:\w+\s+)?here\b", re.IGNORECASE)
# A pre-release the body says is of the target: "the release candidate of PHP 7.4".
_PRERELEASE_OF = rx.compile(
    r"\b(?:release\s+candidates?|betas?|alphas?)\s+(?:version\s+)?of\b", re.IGNORECASE
)
_REVEALED = r"(?:just\s+|officially\s+)?(?:announced|unveiled|revealed)\b"
# The arrival's own clause says it was the announcement: "is here, as in, Nvidia has
# announced it".
_ANNOUNCED_AFTER = rx.compile(
    rf"\bhere\b[^.;]{{0,30}}?\b(?:has|have|was|were|is|are|just)\s+{_REVEALED}",
    re.IGNORECASE,
)
# The body's word that the arrival was an announcement: "was just announced".
_ANNOUNCED = rx.compile(
    rf"\b(?:was|were|has\s+been|have\s+been|just)\s+{_REVEALED}"
    # "Apple's watchOS 4 is finally official".
    r"|\b(?:is|are)\s+(?:now\s+|finally\s+)?official\b"
    # Backers pledging for it: "the crowdfunding campaign for its expansion has started".
    r"|\b(?:crowdfunding|kickstarter|backerkit|indiegogo|gamefound)\s+campaign\b",
    re.IGNORECASE,
)
# The writer calling the whole story a rumour, in a sentence of its own: "All of this is
# still just a rumor, though. Even the launch date is just a rumor.", "They remain rumours".
_DISCLAIMER = rx.compile(
    r"\b(?:all\s+(?:of\s+)?(?:this|that|these)|this|these|they|everything|it)\s+(?:is|are|remains?)\s+"
    r"(?:still\s+|all\s+)?(?:just\s+|only\s+|purely\s+)?(?:an?\s+)?(?:rumou?rs?|speculation)\b"
    r"|\b(?:take|treat)\s+(?:this|it|these|all\s+(?:of\s+)?this)\s+with\s+a\s+(?:grain|pinch)\s+"
    r"of\s+salt\b",
    re.IGNORECASE,
)
# Not yet sold, in so many words: "is not on sale yet", "isn't available to buy yet".
_NOT_ON_SALE = rx.compile(
    r"\b(?:not|\w+n't)\s+(?:yet\s+)?(?:on\s+sale|available\s+to\s+(?:buy|order)|in\s+stores)\s+yet\b"
    r"|\b(?:not|\w+n't)\s+yet\s+(?:on\s+sale|available\s+to\s+(?:buy|order)|in\s+stores)\b",
    re.IGNORECASE,
)
# A product taken off sale: "pulled the fitness tracker from the market".
_WITHDRAWN = rx.compile(
    r"\b(?:pulled|withdrawn|withdrew|removed|taken)\s+(?:[\w-]+\s+){0,4}?(?:from|off)\s+"
    r"(?:the\s+)?(?:market|shelves|stores|sale)\b",
    re.IGNORECASE,
)
# What a body says of a product not out at all (not of a showing or a place).
_NOT_OUT = frozenset(
    f"negated:{name}"
    for name in (
        "not-released",
        "foreign-not-released",
        "neither-out",
        "not-made-available",
        "unreleased",
        "yet-to-release",
    )
)
# A place it is not out in yet: "not yet available in Europe" (out elsewhere, then).
_IN_A_PLACE = rx.compile(
    r"\b(?:available|out|on\s+sale|launched|released|sold)\s+(?:in|outside(?:\s+of)?)\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# A release that reaches more countries later: the staged release under way.
_MORE_MARKETS = rx.compile(
    r"\b(?:\d[\d,]*|more|other|further|additional)\s+(?:countries|markets|regions)\b",
    re.IGNORECASE,
)
# A plan told as the one there was: "had promised it would be released on March 23", "was
# originally scheduled to arrive in June".
_OVERTAKEN = rx.compile(
    r"\bhad\s+(?:\w+\s+)?(?:promised|planned|said|announced|intended|expected)\b"
    r"|\b(?:was|were)\s+(?:originally\s+|initially\s+)(?:supposed|scheduled|due|set|slated|"
    r"planned|meant)\s+to\b",
    re.IGNORECASE,
)
# The headline's "lands" or "launches" in the languages feeds bring most (`rules`).
_FOREIGN_LANDS = "released:foreign-lands"
# A plan to put the goods in people's hands: "will ship in early 2026", "is set to roll out
# this fall".
_SHIPS_LATER = rx.compile(
    r"\b(?:will|to|set\s+to)\s+(?:begin\s+|start\s+)?(?:ship|shipping|roll\s+out|go\s+on\s+sale|"
    r"hit\s+(?:stores|shelves)|" + _TO_DEALERS + r")\b"
    # A place "launched" by a king or a minister opens to the public later: "the line is
    # opening to the public next month".
    r"|\b(?:will|to|set\s+to|is|are)\s+(?:be\s+)?[\"\u201c]?open(?:ing)?\s+(?:its\s+doors\s+)?to\s+(?:the\s+)?"
    r"(?:general\s+)?(?:public|passengers|visitors|riders|commuters|travell?ers)\b"
    # ... and an aircraft "launched" as a programme flies passengers later.
    rf"|{SERVICE_ENTRY}",
    re.IGNORECASE,
)
# A place named for the plan: "will roll out in Europe next year".
_PLACED = rx.compile(
    r"\b(?:in|to|across)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Spring|Summer|Fall|Autumn|Winter|Early|Late|Mid)\b)"
    r"[A-Z][a-z]+"
)
# Orders counted are demand told, not orders opened for goods to come: "pre-orders passed
# 9 million".
_ORDER_COUNT = rx.compile(
    r"\bpre-?orders?\s+(?:have\s+|had\s+)?(?:passed|topped|exceeded|surpassed|hit|reached)\s+"
    r"(?:over\s+|more\s+than\s+)?[\d$]",
    re.IGNORECASE,
)
# A date this close is a delivery detail ("order today, ships tomorrow"), not a plan.
SOON_DAYS = 2


def combine(reads: list[UnitRead], official: bool) -> tuple[Label, list[UnitRead], bool]:
    """The item's label, the units that decided it (best first), and whether the
    deciding evidence was strong. A headline's confirmation that the body says the
    maker has not given is a rumour ("release date confirmed?" over a leak)."""

    def pick(label: Label, strong: bool | None = None) -> list[UnitRead]:
        found = [r for r in reads if r.label is label and (strong is None or r.strong == strong)]
        return sorted(found, key=lambda r: (not r.mention, not r.strong))

    released = pick(Label.RELEASED, True)
    # "X is not released yet" by name outweighs a clause that refers back to it only to
    # say what the current version is ("the latest stable version of X today is 6.9"):
    # that is another version. (Not "but subscribers can play the game from today".)
    named_not_out = [r for r in reads if r.mention and r.negated and not r.unit.is_title]
    if (
        released
        and named_not_out
        and all(
            not r.mention
            and not r.unit.is_title
            and all(c == "released:current-version" for c in r.cues if c.startswith("released"))
            for r in released
        )
    ):
        for r in named_not_out:
            r.cues.append("guard:named-not-out")
        released = []
    # A cancellation of the target denies its release, unless the item says it was out
    # (then it is a product withdrawn, and that was released).
    cancelled = [r for r in reads if r.cancelled and (r.mention or r.anaphor or r.unit.is_title)]
    # A preview's end is a step towards the release when the item plans one.
    if all("cancel:preview-ends" in r.cues for r in cancelled) and any(r.plans for r in reads):
        cancelled = []
    if cancelled and not released and not pick(Label.RELEASED, False):
        return Label.NONE, cancelled, True
    confirmed = pick(Label.CONFIRMED)
    # A recall of cars that the item says no customer has yet ("had not yet been
    # delivered to customers"): the units exist, the product is not out. (Not one pulled
    # from the market: "currently not available for purchase" is then after its sale.)
    if (
        released
        and all(
            c == "released:recall" for r in released for c in r.cues if c.startswith("released:")
        )
        and not any(_WITHDRAWN.search(r.unit.text) for r in reads)
    ):
        not_out = [r for r in reads if r.negated and (r.mention or r.anaphor)]
        if not_out:
            for r in not_out:
                r.cues.append("guard:recall-before-sale")
            return Label.CONFIRMED, not_out, False
    if released:
        released_in_headline = all(r.unit.is_title for r in released)
        # The body's plans for the target, and those with a time still ahead.
        planned = [r for r in confirmed if _body_about(r)]
        # (A rollout to more countries later is the staged release under way: "the release
        # of the Galaxy SIII in 28 countries, aiming for 145 countries by the end of July".)
        # (Nor a plan the news overtook: "had promised the album would be released on March
        # 23" under "surprise-dropped his new album a week early".)
        dated = [
            r
            for r in planned
            if _ahead(r)
            and not _MORE_MARKETS.search(r.unit.text)
            and not _OVERTAKEN.search(r.unit.text)
        ]
        if dated and released_in_headline:
            for r in dated:
                r.cues.append("guard:headline-vs-dated-body")
            return Label.CONFIRMED, dated, True
        # A headline's "lança" or "sbarca" over the body's plan, dated or not: "Brasil
        # lança primeiro satélite" over "será lançado no espaço no próximo domingo" (a day
        # too near for `_ahead`). These headlines announce as often as they report.
        if (
            planned
            and released_in_headline
            and all(
                c == _FOREIGN_LANDS for r in released for c in r.cues if c.startswith("released:")
            )
        ):
            for r in planned:
                r.cues.append("guard:headline-vs-plan")
            return Label.CONFIRMED, planned, True
        # "Valve has finally released its Steam Machine" and then "The device will ship in
        # early 2026": a past "launched" that the body's shipping plan dates ahead is the
        # unveiling (a further market's plan is a staged release: not "in Europe").
        shipping = [
            r for r in dated if _SHIPS_LATER.search(r.unit.text) and not _PLACED.search(r.unit.text)
        ]
        if shipping and all(r.unit.is_title or _launched_only(r) for r in released):
            for r in shipping:
                r.cues.append("guard:launched-then-ships")
            return Label.CONFIRMED, shipping, True
        # ...and one the body only hears of ("arrives early, says a Korean daily" over "if
        # that August 24 date is accurate"): the hearsay's.
        heard = [r for r in pick(Label.RUMOURED) if _hearsay_in_body(r) and _dated(r)]
        if heard and released_in_headline and not planned:
            for r in heard:
                r.cues.append("guard:headline-vs-dated-body")
            return Label.RUMOURED, heard, True
        # "X launches photo app" over "is preparing to launch X" and "it is not yet
        # available to users": the headline's launch is the announcement.
        if planned and released_in_headline and any(r.negated and _body_about(r) for r in reads):
            for r in planned:
                r.cues.append("guard:headline-vs-not-yet")
            return Label.CONFIRMED, planned, True
        # "Dropbox launches Paper" over "Paper is not yet available to the public" and no
        # plan: the headline's launch is the announcement.
        # (Not a limited showing before the day, nor a country that cannot buy it yet.)
        not_yet = [
            r
            for r in reads
            if _body_about(r)
            and r.label is not Label.RELEASED
            and any(c in _NOT_OUT for c in r.cues)
            and not _MORE_MARKETS.search(r.unit.text)
            and not _IN_A_PLACE.search(r.unit.text)
        ]
        if not_yet and released_in_headline and not any(r.open_to_all for r in released):
            for r in not_yet:
                r.cues.append("guard:headline-vs-not-yet")
            return Label.CONFIRMED, not_yet, True
        # "X launches" over "a research preview limited to 1,000 subscribers", "Siri's
        # integration is here" over "the first developer beta includes the integration
        # with Siri": the launch is of a preview or a beta (a beta outweighs only a
        # headline that does not name the target itself).
        unnamed = not any(h.mention for h in released)
        previews = [
            r
            for r in reads
            if not r.unit.is_title
            and (
                r.closed
                or (r.prerelease and unnamed and (r.mention or r.anaphor))
                # ... or one the body says is of the target: "PHP 7.4 Available on All
                # Servers" over "the release candidate of PHP 7.4 is now available".
                or (r.prerelease and r.mention and _PRERELEASE_OF.search(r.unit.text))
            )
        ]
        # "X is here" is all the release words say: an arrival that may be the reveal's.
        here_only = all(_HERE.search(r.unit.text) for r in released) and all(
            c == "released:is-out" for r in released for c in r.cues if c.startswith("released:")
        )
        # "X is here" next to a release window for it is the reveal, not the release.
        if here_only and dated:
            for r in confirmed:
                r.cues.append("guard:here-with-a-window")
            return Label.CONFIRMED, confirmed, True
        # "The X Is Here!" over "The X was just announced": the arrival is the reveal's.
        if here_only and released_in_headline:
            announced = [
                r
                for r in reads
                if not r.unit.is_title
                and (r.mention or r.anaphor)
                and _ANNOUNCED.search(r.unit.text)
            ]
            if announced:
                for r in announced:
                    r.cues.append("guard:here-announced")
                return Label.CONFIRMED, announced, True
        # "The X is here, as in, Nvidia has announced it": the clause says the arrival
        # is the reveal.
        if here_only and all(_ANNOUNCED_AFTER.search(r.unit.text) for r in released):
            for r in released:
                r.cues.append("guard:here-announced")
            return Label.CONFIRMED, released, True
        # A release the body says is by invitation only ("released on March 5th"; "an
        # invitation code for its beta testing") is a closed preview too.
        invited = [
            r
            for r in previews
            if (r.mention or r.anaphor) and r.closed and r.label is not Label.RELEASED
        ]
        opened = any(r.open_to_all for r in released)
        if previews and (released_in_headline or (invited and not opened)):
            for r in previews:
                r.cues.append("guard:headline-vs-preview")
            return Label.CONFIRMED, previews, True
        # "launched" next to "available for pre-order, on shelves September 24": the
        # launch was the announcement; the goods come later.
        # (Orders opened under a headline that alone says "arrives" need no date, unless
        # the goods ship within days: "available to order today, shipping tomorrow".)
        # So is "launched" next to "will go on sale in the US from August 21" (not "the
        # OLED model launched last year", beside a variant's day).
        launched_before = any(_LONG_AGO.search(r.unit.text) or _dated_past(r) for r in released)
        launched_somewhere = any(_PLACED.search(r.unit.text) for r in released)
        orders = [
            r
            for r in confirmed
            if not _MORE_MARKETS.search(r.unit.text)
            and not _ORDER_COUNT.search(r.unit.text)
            and (
                (
                    r.orders
                    and (
                        _dated(r)
                        or _day_of_unknown_item(r)
                        or (released_in_headline and not r.times)
                        # "Pre-orders opened on Wednesday" and "it will initially be
                        # available in North America": the goods are still to come (not
                        # where the launch was somewhere: "launched in Europe; in Korea it
                        # will go on sale Wednesday" is a staged release).
                        or (_ON_SALE_LATER.search(r.unit.text) and not launched_somewhere)
                    )
                )
                or (
                    (_dated(r) or (_day_of_unknown_item(r) and (r.mention or r.anaphor)))
                    and not launched_before
                    and _ON_SALE_LATER.search(r.unit.text)
                )
            )
        ]
        if orders and _announced_only(released):
            for r in orders:
                r.cues.append("guard:launched-for-pre-order")
            return Label.CONFIRMED, orders, True
        # A car "debuted on June 8" that "is not on sale yet" was shown, not sold.
        not_on_sale = [
            r
            for r in reads
            if (r.mention or r.anaphor)
            and not r.unit.is_title
            and r.negated
            and _NOT_ON_SALE.search(r.unit.text)
        ]
        if not_on_sale and _announced_only(released):
            for r in released:
                r.cues.append("guard:shown-not-on-sale")
            return Label.CONFIRMED, released, False
        return Label.RELEASED, released, True
    rumoured = pick(Label.RUMOURED)
    if confirmed:
        framed = any(r.hedged for r in reads if r.mention or r.unit.is_title)
        on_record = any(r.on_record for r in reads)
        disowned = not official and any(r.disowned and not r.unit.is_title for r in reads)
        headline_only = all(r.unit.is_title for r in confirmed)
        # A non-answer about the target by name outweighs an unnamed clause's plan.
        unnamed = not any(r.mention for r in confirmed)
        unnamed_only = unnamed and any(
            r.mention and any(c.startswith(_NON_ANSWERS) for c in r.cues) for r in rumoured
        )
        if unnamed and not any(r.on_record for r in confirmed):
            unnamed_only = unnamed_only or any(
                r.mention and any(c.startswith(_GUESSES) for c in r.cues) for r in rumoured
            )
        if unnamed_only:
            return Label.RUMOURED, rumoured, True
        # A headline's plan that its body gives only as hearsay ("X planned for 2025" over
        # "according to people with knowledge") is the hearsay's.
        # So is one whose body names the target only in a guess ("X Is Coming" over
        # "X is expected around mid-February"), unless the maker shows up in the body.
        maker_in_body = any(
            c.startswith("official:") for r in reads if not r.unit.is_title for c in r.cues
        )
        hearsay_body = headline_only and any(
            r.hedged or (r.mention and r.label is Label.RUMOURED and not maker_in_body)
            for r in reads
            if not r.unit.is_title
        )
        # A headline's plan, however firm it reads ("release date August 24, preorders
        # mid-August"), whose body gives it as rumour ("firming up previous leaks and
        # rumors") with nobody on record: the rumour's.
        # So is one whose body retells a plan as hearsay without naming it again ("Citing
        # iMore, pre-orders will kick off on September 12").
        rumour_body = (
            headline_only
            and not official
            and any(_hearsay_in_body(r) or _plan_heard(r) for r in rumoured)
        )
        # A headline's day over a body saying no sale date is given ("Official: X lands
        # March 29!" over press invites and "no price, pre-order or on-sale date is
        # given"): the day is an event's.
        undated_body = (
            headline_only
            and not official
            and all(_dated(r) for r in confirmed)
            and any(
                not r.unit.is_title and "nonanswer:no-eta" in r.cues and not r.mention
                for r in rumoured
            )
        )
        if undated_body:
            for r in confirmed:
                r.cues.append("guard:headline-day-vs-no-date")
            return Label.RUMOURED, confirmed, False
        # The body disowning the whole story: nobody on record, only the writer's word.
        if not official and not on_record and any(_disclaims(r) for r in reads):
            for r in confirmed:
                r.cues.append("hedge:disclaimed")
            return Label.RUMOURED, confirmed, False
        if (
            (framed or hearsay_body)
            and not on_record
            and (not any(r.strong for r in confirmed) or rumour_body)
        ) or (disowned and headline_only):
            for r in confirmed:
                r.cues.append("hedge:rumour-framed")
            return Label.RUMOURED, confirmed, False
        return Label.CONFIRMED, confirmed, any(r.strong for r in confirmed)
    weak_released = pick(Label.RELEASED, False)
    reviewed_by_name = any(
        r.mention and not r.unit.is_title and "released-weak:review" in r.cues
        for r in weak_released
    ) and not any(r.unit.is_title for r in rumoured)
    if weak_released and (reviewed_by_name or not any(r.strong and r.mention for r in rumoured)):
        # A review beside "X has yet to hit shelves", of the target by name: it was seen
        # before its release. (Not "support for it is not here yet": another thing's.)
        reviewed = all(
            c in _REVIEWS for r in weak_released for c in r.cues if c.startswith("released-weak:")
        )
        if reviewed and any(r.mention and any(c in NOT_YET_OUT for c in r.cues) for r in reads):
            for r in weak_released:
                r.cues.append("guard:weak-vs-not-yet")
            return Label.CONFIRMED, weak_released, False
        return Label.RELEASED, weak_released, False
    if rumoured:
        # Said of a rumour too, the writer's disowning keeps the second opinion from
        # reading a plan in it ("... out on April 23. Take it with a grain of salt.").
        if (
            not official
            and not any(r.on_record for r in reads)
            and any(_disclaims(r) for r in reads)
        ):
            for r in rumoured:
                r.cues.append("hedge:disclaimed")
        return Label.RUMOURED, rumoured, any(r.strong for r in rumoured)
    named = [r for r in reads if r.mention]
    return Label.NONE, named or reads, False


_REVIEWS = ("released-weak:review", "released-weak:used")
NOT_YET_OUT = ("negated:yet-to-release", "negated:not-released")


def _body_about(read: UnitRead) -> bool:
    """Whether a clause of the body speaks of the target, by name or by "it"."""
    return (read.mention or read.anaphor) and not read.unit.is_title


def _plan_heard(read: UnitRead) -> bool:
    """Whether a clause of the body gives a plan as hearsay ("citing iMore, pre-orders
    will kick off on September 12"), whatever it names."""
    return (
        not read.unit.is_title
        and read.hedged
        and any(c.startswith("future:") for c in read.cues)
        and any(c.startswith("hedge:") for c in read.cues)
    )


def _announced_only(released: list[UnitRead]) -> bool:
    """Whether every release word is one an announcement uses too ("launched", "is out")
    and none says the product is on sale now: "is available now in Europe; pre-orders in
    the US" is out somewhere, so out."""
    return all(
        c in _ANNOUNCING for r in released for c in r.cues if c.startswith("released:")
    ) and not any(_NOW.search(r.unit.text) for r in released)


def _disclaims(read: UnitRead) -> bool:
    """Whether a sentence of the body calls the item's story a rumour as a whole: one
    that names nothing itself and tells of no confirmation (not an update's "it was just a
    rumor until Disney+ confirmed it")."""
    text = read.unit.text
    if read.unit.is_title or read.mention or "confirm" in text.lower():
        return False
    m = _DISCLAIMER.search(text)
    # (Not an aside in brackets about one claim: "an OB-X reissue may be in the works
    # ("This is all just speculation, of course")".)
    return m is not None and text.count("(", 0, m.start()) <= text.count(")", 0, m.start())


def _hearsay_in_body(read: UnitRead) -> bool:
    """Whether a clause of the body speaks of the target as hearsay ("hedge:", a report or
    a leak), not as a mere guess ("may", "expected")."""
    return _body_about(read) and any(c.startswith("hedge:") for c in read.cues)


def _launched_only(read: UnitRead) -> bool:
    """Whether a clause says the target is out only by a past "launched" or "released",
    which is also how unveilings are written."""
    said = [c for c in read.cues if c.startswith("released:")]
    return bool(said) and all(c == "released:launched" for c in said)


def _ahead(read: UnitRead) -> bool:
    """Whether a confirming clause gives a time still ahead: a day or period after
    publication, or, for an undated item, any year, season or month."""
    if read.published is not None:
        # A window of the current year ("a 2025 release window", said in April) is ahead;
        # so is the next month ("opening to the public next month").
        year = str(read.published.year)
        return _dated(read) or any(ref.label in (year, "next month") for ref in read.times or ())
    if read.times is None:
        read.times = find_times(read.unit.text, None, plans=True)
    return any(r.rank >= PERIOD for r in read.times)


def _dated_past(read: UnitRead) -> bool:
    """Whether a clause names a day or period well before publication: "has been released
    in theaters on November 22, 2023", in an item of March 2024."""
    published = read.published
    if published is None:
        return False
    if read.times is None:
        read.times = find_times(read.unit.text, published)
    return any(r.earliest is not None and (published - r.earliest).days > 30 for r in read.times)


def _day_of_unknown_item(read: UnitRead) -> bool:
    """Whether a clause of an item with no publication date names a time, however vague:
    "launched ... will be available from 19 October (but you can pre-order now)" names the
    shelves' day, which cannot be told past or ahead, but orders open beside it say it is
    ahead."""
    return read.published is None and bool(find_times(read.unit.text, None, plans=True))


def _dated(read: UnitRead) -> bool:
    """Whether a confirming clause gives a day or period more than a couple of days
    after publication."""
    published = read.published
    if published is None:
        return False
    if read.times is None:
        read.times = find_times(read.unit.text, published, plans=True)
    return any(
        r.earliest is not None and (r.earliest - published).days > SOON_DAYS for r in read.times
    )


def confidence(label: Label, strong: bool, deciding: list[UnitRead]) -> float:
    """A calibrated-by-hand score: strong evidence about the target by name is surest."""
    if label is Label.NONE:
        return 0.75 if any(r.negated for r in deciding) else 0.7
    named = bool(deciding) and deciding[0].mention
    base = {
        Label.RELEASED: (0.65, 0.9),
        Label.CONFIRMED: (0.7, 0.88),
        Label.RUMOURED: (0.6, 0.8),
    }[label][strong]
    return round(base if named else base - 0.1, 2)


def evidence(original: str, unit: Unit) -> str:
    """The sentence holding the deciding clause, or the clause when the sentence is too
    long for a chat message."""
    start, end = unit.sentence
    span = original[start:end].strip()
    if len(span) > _EVIDENCE_MAX:
        span = original[unit.start : unit.end].strip()
    if len(span) > _EVIDENCE_MAX:
        span = span[: _EVIDENCE_MAX - 1].rstrip() + "…"
    return span


def times(reads: list[UnitRead], published: date | None) -> list[TimeRef]:
    """Every date or window in `reads`, computed once per unit."""
    refs: list[TimeRef] = []
    for read in reads:
        if read.times is None:
            read.times = find_times(read.unit.text, published)
        refs.extend(read.times)
    return refs

"""Sort a clause's release words into what is out now and what is still coming.

Split from `reading` because tense is its own question with its own evidence: a present
tense with a date after publication is the future ("launches November 7"), a "released"
after "to be"/"will" or after "the trailer" is no release of the product, and a release
verb whose subject is another version ("pandas 2.3.0 released") or whose object is
another product ("Meta released Scout") says nothing of the target. `reading` then
decides what the sorted cues and their sources add up to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.core.detect import rx
from bot.core.detect.cues import (
    NOT_PRODUCT_BEFORE,
    NOT_YET_BEFORE,
    OPEN_TO_ALL,
    Cue,
    to_broad_class,
)
from bot.core.detect.mentions import TargetMatcher
from bot.core.detect.owners import YEAR
from bot.core.detect.window import (
    MONTH_START,
    MONTH_WORD,
    SPECIFIC,
    TimeRef,
    find_times,
    past_in,
    points_after,
)

Spans = tuple[tuple[int, int], ...]

_PRESENT_TENSE = frozenset(
    {
        *("headline-present", "rolling-out", "launch-day", "available-from"),
        *("announce-release", "hit-stores", "deliveries-begin", "we-release", "out-on"),
        *("available-via", "ready-for-delivery", "debut", "first-store", "available-to-buy"),
        *("welcomed", "german-ready", "french-landed", "french-launched"),
    }
)
# States that a preceding plan in the clause carries into the future: "we will release
# X as a system, available to free users".
_CARRIED_STATES = frozenset({"available-to-buy", "available-to-users", "generally-available"})
_PLAN_CUES = frozenset({"will-release", "plans-to", "set-to", "launching"})
# A relative "which" opening a state: its subject is the noun before it.
_WHICH_BEFORE = rx.compile(r",?\s*\bwhich\s+$", re.IGNORECASE)
# Between a state and the target it is had on or for: "is now live on the X".
_STATE_ON = rx.compile(r"\s+(?:\S+\s+){0,2}?(?:on|for|to|in|with|via|across)\b", re.IGNORECASE)
# Headline forms read nowhere else: a summary's bare "disponible" or verb-final
# "verfügbar" is as often told with a day that the item's own date cannot place ("dal 27
# marzo sono disponibili", published no day) as it is the news of the day.
_HEADLINE_ONLY = frozenset({"romance-available", "german-available"})
# Release cues whose product is named inside them: "since the launch of X in 2021".
_OBJECT_INSIDE = frozenset({"since-launch-of"})
# Past verbs that take the product as their object: "Meta released Scout and Maverick".
_TRANSITIVE = frozenset({"launched"})
# Plans of availability that make a past "launched" in their clause an unveiling:
# "X launched with a bigger screen, to be available later this year".
_AVAILABLE_LATER = frozenset({"will-release", "to-launch", "service-entry"})
# Where "available later" is a further market, so the launch stands: "launched in the US;
# it will be available in Europe next year".
_ELSEWHERE = rx.compile(
    r"\b(?:in|to)\s+(?:more|other|further|additional)\s+(?:countries|markets|regions)\b|"
    r"\belsewhere\b|\binternationally\b|\bglobally\b|\bworldwide\b|\bin\s+(?:the\s+)?(?:u\.?s\.?|"
    r"uk|europe|eu|india|china|japan|canada|australia)\b|\bon\s+(?:android|ios|windows|macos|"
    r"mac|pc|linux|consoles?|xbox|playstation|switch|the\s+web|desktop|mobile)\b",
    re.IGNORECASE,
)
# A film's later window named with the plan: "premiered in theaters November 23rd, will
# land on Disney+ on December 23rd".
_LATER_WINDOW = rx.compile(
    r"[^.;]{0,30}?\bon\s+(?:disney\+|netflix|hulu|max|hbo\s+max|prime\s+video|peacock|"
    r"paramount\+|apple\s+tv\+|digital|blu-ray|dvd|home\s+video|vod)(?!\w)",
    re.IGNORECASE,
)
# ... after a run in cinemas (not a festival's showing: "premiered on Friday at the New York
# Film Festival and will then be released on Netflix").
_IN_THEATERS = rx.compile(r"\b(?:in|to)\s+(?:theaters|theatres|cinemas)\b", re.IGNORECASE)
# A present tense after a conjunction and its subject speaks of no release yet: "before
# Apple releases", "once the studio ships"; a version's number is one word ("once 2.0 is").
_CONDITIONAL_SUBJECT = rx.compile(
    # ("because Microsoft rolls out in waves" tells how it ships, not that it has; "I
    # genuinely hope Apple releases it" wishes.)
    r"\b(?:before|until|till|once|when|whenever|if|whether|unless|after|by\s+the\s+time|"
    r"because|hope\S*|"
    r"wish\S*)\s+(?:[\w'-]+(?:\.\d+)*\s+){1,6}$",
    re.IGNORECASE,
)
# An expectation to see it released is no release: "we can expect to see X launched at
# CES 2025".
_TO_SEE = rx.compile(
    r"\b(?:expect|expecting|hope|hoping|wait|waiting|want|wants|forward\s+to)\s+"
    r"(?:to\s+see|seeing)\s+(?:[\w'&:-]+\s+){1,5}$",
    re.IGNORECASE,
)
# ... or its present "to be": "when iOS 15 is first released".
_PRESENT_BE_AFTER = rx.compile(
    r"\b(?:when|once|until|till|before|if|unless)\s+(?:[\w'-]+(?:\.\d+)*\s+){1,4}"
    r"(?:is|are|gets|get)\s+"
    r"(?:\w+ly\s+|first\s+|finally\s+)?$",
    re.IGNORECASE,
)
# ... or a present verb of arrival: "once it reaches GA", "when it hits stable".
_PRESENT_ARRIVAL = rx.compile(
    r"(?:reaches|hits|enters|arrives|ships|launches|lands|debuts|rolls)\b", re.IGNORECASE
)
# A plural's arrival still awaited: "details stay secret until the cards hit the market"
# ("hit" is past too, but not after "until" in a present sentence of plans).
_UNTIL_SUBJECT = rx.compile(r"\b(?:until|till)\s+(?:the|its|their)\s+[\w-]+\s+$", re.IGNORECASE)
# An expectation that it is out by now: "should be available now".
_SHOULD_BE = rx.compile(r"\bshould\s+(?:\w+ly\s+)?be\s+$", re.IGNORECASE)
# A present or perfect "to be" or "to have" opening a state.
_PRESENT_OR_PERFECT = rx.compile(r"(?:is|are|has|have)\b", re.IGNORECASE)
# A present tense in a clause of time is a future: "by the time iPadOS 15 releases",
# "once the game launches".
_TIME_CLAUSE = rx.compile(
    r"\b(?:by\s+the\s+time|when(?:ever)?|once|until|till|before|after|as\s+soon\s+as)\s+"
    r"(?:[\w.'\u2019-]+\s+){1,6}$",
    re.IGNORECASE,
)
# A plan to make something available: "will make the source code of X publicly available".
_MAKE_BEFORE = rx.compile(r"\b(?:will|to|would|'ll)\s+make\b(?:[^.;]|\.(?=\d))*$", re.IGNORECASE)
# A day still to come: "fans will only listen to it on release day".
_WILL_BEFORE = rx.compile(r"\b(?:will|would|until|till|before|ahead\s+of)\b|'ll\b", re.IGNORECASE)
_WILL_AFTER = rx.compile(r"[^.;!?]{0,30}?(?:\bwill\b|'ll\b)", re.IGNORECASE)
# Kinds of product a target may be, named after it: "the Brat album".
_PRODUCT_KINDS = frozenset({"album", "book", "single", "song"})
# Not-product subjects that a target may itself be ("Stardew Valley update 1.6").
_ADD_ON_NOUNS = frozenset({"update", "patch", "expansion", "dlc"})
# A past form of a cue the tables read as present: "started shipping in late 2021".
# (Also after the noun: "the rollout began July 9".)
_PAST_FORM = rx.compile(
    r"(?:(?:rollout|roll-out)\s+(?:(?:initially|officially|gradually)\s+)?)?"
    r"(?:started|began|went|was|were|opened|welcomed)\b",
    re.IGNORECASE,
)
# Kinds that say a release is not (yet) so: a bare "launch" next to them is no plan.
_DOUBT_KINDS = frozenset({"negated", "denial", "nonanswer", "unofficial"})
# What joins "release date" to the day it gives: "Release date: October 30, 2025".
# (A spec line may give the day with no colon: "Release Date June 20, 2023".)
_GIVES_DAY = rx.compile(r"""\s*["'\u201d]?\s*(?::|was|of|)\s*["'\u201c]?\s*""", re.IGNORECASE)
# A release date that was not the day it came out: "the original release date was".
_NOT_THE_DAY = rx.compile(
    r"\b(?:original|originally|initial|previous|planned|former|old|earlier|scheduled|"
    r"rumou?red|leaked|expected|tentative)\s+$",
    re.IGNORECASE,
)
# Words of a day that moved: "release date: October 30, before it was delayed".
_MOVED = rx.compile(r"delay|postpone|push", re.IGNORECASE)
_AGO_AFTER = rx.compile(r"[\w ,.-]{4,30}?\s\([\w\s]{0,25}?\bago\)", re.IGNORECASE)
_REVIEW = rx.compile(r"\breview(?:ed|s)?\b", re.IGNORECASE)
# How far behind the publication a release day must be: a day or two is time zones.
_BEHIND_DAYS = 2
# What makes "is out"/"is in cinemas" a present fact rather than a dated future.
_NOW_WORDS = rx.compile(r"\b(?:now|already|finally|just)\b", re.IGNORECASE)
# Media made of or for a product: its release is never the product's.
_MEDIA = (
    "trailer|teaser|video|clip|footage|image|photo|picture|render|livestream|single|song"
    # ("A First Look At 'HALO' Season 2 Has Been Released": stills, not the season.)
    "|first[\\s-]look"
    # Critics' words: "early reactions for X have arrived ahead of its May release".
    "|reaction|review|impression"
)
# Another product's launch that dates the clause: "after the iPad debuted, ".
_AFTER_NAMED = rx.compile(
    r"\b(?i:after|since)\s+(?i:the\s+|its\s+)?((?:[a-z]?[A-Z][\w+-]*\s+){1,3})(?i:had\s+|has\s+|was\s+)?$"
)
# An object right after a verb: a name or a noun phrase ("debuts MediaTek's chip", "brings
# a new design"), not where or when ("launches in India", "launches today").
_AN_OBJECT = rx.compile(r"\s+(?:(?:a|an|the|its|their|his|her)\s|(?-i:[A-Z]))")
# One word of a name that no verb ends, or a quotation's elision ("Pre-orders for the
# physical edition ... are now available").
_WORD = r"(?:(?!(?:is|are|was|were|has|have|will|which|that)\b)(?:[^\s,;.]|\.(?=\S))+|\.\.\.)"
# A clip, picture, song or order book of the product as the subject: "the first user
# video of the X in flight goes live", "its first single, What Was That, is already out",
# "pre-orders for the X opened today", "a Steam page for the game has already gone live".
# Not across a comma or a verb, so "a video of X, which is out now" still speaks of X.
_ARTIFACT_SUBJECT = rx.compile(
    rf"\b(?i:(?:{_MEDIA}|pre-?order|reservation|booking|registration|page|listing)s?)\s+"
    r"(?:(?i:of|for|from|showing|featuring|with|(?<=look\s)at)\s+"
    rf"(?:{_WORD}\s+){{0,6}}?{_WORD}"
    # A cast between commas: "the trailer for X, starring A and B, is out".
    r"(?:,\s+(?i:starring|featuring|with|directed\s+by|written\s+by)\s+[^,;.]{1,60},)?\s+"
    # A song's title after it: capitalised words (the target's own are masked lower-case).
    r"|(?:[A-Z][^\s,;.]*\s+){1,5}?)(?:(?:is|are|was|were|has|have|been|now|already|just|"
    r"officially)\s+){0,3}$"
)
# A fan-made work in the clause: what it says is released is the fans' ("the 2009 fan
# film, a prequel released free online"), never the maker's product.
_FAN_WORK = rx.compile(
    r"\bfan[- ](?:made|film|movie|game|remake|project|edit|mod|sequel|adaptation)s?\b",
    re.IGNORECASE,
)
# A retrospective that names what it looks back on: "since the release of X".
_SINCE_OF = rx.compile(r"since\s+the\s+(?:release|launch|debut|arrival)\s+of\s", re.IGNORECASE)
# "since its release on June 10": "since" looks back to the day it names, whatever day
# the item is from.
_SINCE_DAY = rx.compile(
    rf"\s+(?:on|in)\s+(?:{MONTH_WORD}\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_START}|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# Not-product subjects that are only about the product: their release is never its own
# (an update, a patch or a season may carry it).
_ABOUT_IT = rx.compile(
    rf"(?:{_MEDIA}|statement|details|specs|leak|report|paper|article|study|post|benchmark|"
    r"result|score|review|test)s?\b",
    re.IGNORECASE,
)
# A beta or preview as the subject: "the public beta is now available".
_PREVIEW_BEFORE = rx.compile(r"\b(?:beta|preview)s?\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)
# A versioned name right before a release verb is its subject: "pandas 2.3.0 released",
# "NumPy 2.3.0rc1 is out". Years, prices and plain counts ("Volume 1", "Batch 1") are not
# versions.
# A bracket opened after a name of two words or more, right before a cue: "Pixel 9 Pro
# (coming" (not a gloss after a quote: "'erwarten wir im Oktober' (final release expected
# in October)").
_ASIDE_OPEN = rx.compile(r"(?<![\w.+-])(?:[A-Z0-9][\w.+-]*\s+)+[A-Z0-9][\w.+-]*\s*(\()\s*$")
# A versioned name as the subject right before a cue (`Tenses._other_subject`); not a year,
# nor a count grouped by dots: "5.755.000 spettatori".
_VERSION_SUBJECT = rx.compile(
    r"(?<![\w.$%-])((?!(?:19|20)\d\d\b|\d{1,3}(?:\.\d{3})+\s)"
    r"(?:[\w+-]*\d+\.\d[\w.+-]*|[A-Za-z][\w+-]*\d[\w.+-]*|"
    r"\d+[A-Za-z][\w.+-]*))\s+(?:(?:is|are|was|were|has|have|"
    r"been|gets?|got|now|officially|finally|just|quietly)\s+){0,3}$"
)
# Between the target and the last of a list of subjects it belongs to: "X, the 24-inch
# iMac and new Y are".
_SHARED_SUBJECT = rx.compile(r"(?:,\s*|\s+and\s+|\s*&\s*)(?:[\w.+-]+,?\s+(?:and\s+)?){0,4}")
# Between a versioned name and its "update": "the One UI 7 stable update".
_UPDATE_AFTER = rx.compile(r"\s+(?:[\w-]+\s+)?", re.IGNORECASE)
# Between a subject and its verb: "Midjourney releases", "the chip goes", "X now ships".
_SUBJECT_END = rx.compile(r"(?:'s)?\s+(?:(?:now|officially|finally|also|quietly)\s+)?")
# The start of a release, which a modal may put today: "will start rolling out from today".
_STARTS_BEFORE = rx.compile(r"\b(?:start|begin)\s+(?:to\s+)?$", re.IGNORECASE)
# "premieres today (Sunday, June 26)": the day a present tense names is today's.
# ("The burger is available right now, and by October 18 at most locations": the day
# ahead is a wider rollout. Where may come first: "on sale in its branches from today".)
_TODAY_AFTER = rx.compile(
    # ("rolling out on store shelves starting today, January 31".)
    r"(?:\s+(?:in|at|across|on)(?:\s+[\w'-]+){1,3}?)?\s+(?:from\s+|starting\s+|beginning\s+)?"
    r"(?:today|tonight|right\s+now)\b",
    re.IGNORECASE,
)
# The present tense of "to be" opening a state: "is out", "are available".
_PRESENT_BE = rx.compile(r"(?:is|are|\w+'s|gets?|becomes)\b", re.IGNORECASE)
# A time right after a present tense that can only be ahead: "arrives in stores Friday",
# "deliveries start in the second half of this year", "launches later this year".
_AHEAD_AFTER = rx.compile(
    r"[^.;,]{0,25}?\b(?<!last\s)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b"
    # "is releasing his first new book in almost a decade later this year".
    # A staged rollout begun today is out: "rolling out today, more countries next year".
    r"|(?:(?!\b(?:today|now|starting|already)\b)[^.;]){0,60}?\b(?:later\s+this\s+(?:year|month|"
    r"week|spring|summer|fall|autumn|winter)|next\s+(?:year|month|week|spring|summer|fall|autumn|"
    r"winter))\b"
    r"|\s+(?:(?:in|on|from|by|during|starting|beginning|at)\s+)?(?:the\s+)?(?:(?:first|second)\s+"
    r"half|next\s+(?:year|month|week|spring|summer|fall|autumn|winter)|later\s+this|"
    r"coming\s+(?:weeks|months|days)"
    # "is out at the end of this month".
    r"|end\s+of\s+(?:this|the)\s+(?:month|week)"
    # "deliveries begin this spring", said in the spring: not begun yet.
    r"|this\s+(?:spring|summer|fall|autumn|winter|holiday|year))\b"
    # A season named after a present tense is one ahead: "debuts in Summer", "launches in
    # the fall" (not a year's: "debuts in the fall of 2019").
    r"|\s+(?:in|during|by)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:spring|summer|fall|"
    r"autumn|winter)\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"
    # "debuts on the upcoming Galaxy S8": with a product still to come.
    r"|\s+(?:on|with|in|alongside|inside)\s+(?:the\s+)?(?:upcoming|forthcoming|future|next)\b"
    # "deliveries begin soon".
    r"|\s+(?:very\s+)?(?:soon|shortly)\b"
    # A day counted from an event still to come: "the watch goes on sale about four weeks
    # later".
    r"|[^.;,]{0,25}?\b(?:a\s+few|two|three|four|five|six|several|\d+|a|one)\s+(?:days?|weeks?|"
    r"months?)\s+later\b",
    re.IGNORECASE,
)
# A capitalised object after "released"/"launched" that is a day or month, not a product.
# (A capital that begins a compound adjective names no product: "rolled out an
# AI-powered auto-dubbing feature".)
_OBJECT = rx.compile(
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|In\b|On\b|At\b|To\b|Last\b"
    r"|This\b|Today\b|Earlier\b|Globally\b|Worldwide\b|[A-Z][A-Za-z0-9]*-[a-z]{3,}\b(?!-))"
    r"[A-Z][\w.+-]*"
)

# The words from a capitalised object up to the target it describes: no word that joins
# another thing ("released Scout and Maverick", "launched the Pixel 8 with Gemini").
_DESCRIBING_OBJECT = rx.compile(
    r"(?:\s+(?!(?:and|or|with|alongside|plus|for|on|in|to|from|as|at|by|after|before|while|"
    r"but|including|like|than|of|via|into|over|under|its|their|the|a|an)\b)[\w&.+'\u2019-]+){0,4}?\s+",
    re.IGNORECASE,
)

_DETERMINERS = frozenset({"the", "its", "their", "a", "an"})

# Papers about a product as what was published: "we've published these draft designs",
# "released its roadmap".
_PAPER_OBJECT = rx.compile(
    r"\s+(?:(?:the|these|its|their|our|a|an|first|new|two|three)\s+){0,2}(?:draft|proposal|"
    r"design\s+doc(?:ument)?|specification|spec|white\s*paper|roadmap|rfc|"
    # What is shown of it is no release either: "Kia released a first design sketch".
    r"(?:design\s+)?sketche?|rendering|render|photo|image|picture|teaser|"
    # ... nor rules to try before it is done: "released the first playtest materials";
    # nor a regulator's rules for it: "released regulations for its payment network".
    r"playtest|play-test|regulation|guideline|framework)s?\b",
    re.IGNORECASE,
)
# A single as what was released: "released the first single", "dropped her new song".
_SINGLE_OBJECT = rx.compile(
    r"\s+(?:(?:the|its|her|his|their|a|an|first|new|lead|latest|second|third|debut)\s+){0,3}"
    r"(?:single|song|track|music\s+video)s?\b",
    re.IGNORECASE,
)
_OFF_ALBUM = rx.compile(r"\s*,?\s*(?:off|from)\b", re.IGNORECASE)
_SONG_WORDS = frozenset({"single", "song", "track"})
_INCLUDING = rx.compile(
    r"(?:[\w.+-]*\s+){0,3}?(?:family|line-?up|series|range|models),?\s+"
    r"(?:including|such\s+as|among\s+them)\b[^.;]{0,80}",
    re.IGNORECASE,
)

# Plans whose subject stands right before them ("the patch will arrive").
_SUBJECT_PLANS = frozenset(("will-release", "coming", "launching", "set-to"))
# An add-on or artifact as a plan's subject: "a X patch with balance changes will arrive"
# (not "the update": software versions ship as updates, "iPadOS 16 ... the update will be
# available this fall").
_PLAN_SUBJECT = rx.compile(
    r"\b(?:patch|patches|dlc|expansion|trailer|teaser|demo|hotfix|"
    r"soundtrack)\b(?:\s+(?:with|for|that|which|including)\b[^,;.]{0,30}?)?\s+$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Tense:
    """What `Tenses.sort` found: cues out now, cues coming, the clause's dates (None
    when no release word needed them), and whether its release words were all another
    thing's."""

    released: list[Cue]
    future: list[Cue]
    times: list[TimeRef] | None
    # The clause's release words are all a thing's about the product: a trailer, a patch,
    # a song (not another product's, whose release may carry the target's).
    elsewhere: bool = False


def _aside_of_other(text: str, cue: Cue, spans: Spans) -> bool:
    """Whether `cue` opens a bracket that follows something other than the target."""
    bracket = _ASIDE_OPEN.search(text, max(0, cue.start - 40), cue.start)
    if bracket is None:
        return False
    return not any(bracket.start(1) - 2 <= e <= bracket.start(1) for _, e in spans)


def _day_at(text: str, start: int, published: date) -> date | None:
    """The day a date written right at `start` names ("October 26", "July 20, 2012"), or
    None where no date with a day stands there."""
    refs = find_times(text[start : start + 40], published)
    if not refs or refs[0].start != 0 or refs[0].rank < SPECIFIC:
        return None
    return refs[0].earliest


def _day_behind(text: str, cue: Cue, published: date | None) -> bool:
    """Whether a "release date" is given as a day already behind the publication, and
    the clause says nothing of its having moved."""
    if _NOT_THE_DAY.search(text, max(0, cue.start - 30), cue.start):
        return False
    joined = _GIVES_DAY.match(text, cue.end)
    if published is None:
        # An undated listing may say how long ago: "Release date 5 September 2025 (less
        # than a year ago)".
        return joined is not None and _AGO_AFTER.match(text, joined.end()) is not None
    if joined is None or _MOVED.search(text):
        return False
    day = _day_at(text, joined.end(), published)
    if day is None:
        return False
    behind = (published - day).days
    # A review on the day itself has seen the release: "Release-day review ("Release
    # Date: July 20, 2012")" of July 20.
    return behind > _BEHIND_DAYS or (behind >= 0 and _REVIEW.search(text) is not None)


# Where a "will" plan's day follows it: "will be available October 26 through October 31".
_DAY_AFTER_PLAN = rx.compile(
    r"\s+(?:(?:starting|from|on|beginning|as\s+of)\s+)?(?=\S)", re.IGNORECASE
)


# An hour still ahead on that day: "will debut Thursday, August 15 at 9pm PT".
_LATER_HOUR = rx.compile(
    r"\bat\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m)\b|\b(?:tonight|this\s+evening|midnight)\b",
    re.IGNORECASE,
)


def _day_is_today(text: str, cue: Cue, published: date | None) -> bool:
    """Whether a "will" plan names, right after it, the publication's own day: the item
    was written on the day the plan came true (a menu item "will be available October
    26 through October 31", on October 26)."""
    joined = _DAY_AFTER_PLAN.match(text, cue.end)
    if published is None or joined is None:
        return False
    return (
        _LATER_HOUR.search(text, joined.end(), joined.end() + 60) is None
        and _day_at(text, joined.end(), published) == published
    )


def _subject_of(pattern: re.Pattern[str] | None, text: str, begin: int, end: int) -> bool:
    """Whether `pattern` (the maker, "it") is the subject of the verb at `end`, starting
    between `begin` and it."""
    return pattern is not None and any(
        _SUBJECT_END.fullmatch(text, m.end(), end) for m in pattern.finditer(text, begin, end)
    )


class Tenses:
    """Sorts release cues for one target; keeps only compiled, read-only state."""

    def __init__(self, match: TargetMatcher) -> None:
        self._match = match
        self._not_yet = rx.compile(NOT_YET_BEFORE, re.IGNORECASE)
        self._not_product = rx.compile(NOT_PRODUCT_BEFORE, re.IGNORECASE)
        # A target that is itself an update or expansion ("Stardew Valley update 1.6") is
        # what "the update arrives" speaks of.
        name_words = {w.lower() for n in match.target_names for w in re.findall(r"[A-Za-z]+", n)}
        # The target's model codes: words with a letter and a digit ("PG32UCDM").
        self._codes = {
            w.lower()
            for n in match.target_names
            for w in re.findall(r"\b(?=\w*[A-Za-z])(?=\w*\d)\w{4,}\b", n)
        }
        self._own_nouns = _ADD_ON_NOUNS.intersection(name_words)
        # A song's own release is the release of a single.
        self._song = not _SONG_WORDS.isdisjoint(name_words)
        # "the launch event is on August 13": the day of a show, not of the product; "launch
        # date announcement April 23": the day the date is told.
        # (A place's "opening" too: "about to change on June 6 with the opening of X".)
        self._release_noun = rx.compile(
            r"\b(?:release|launch|debut)\b(?!\s+(?:event|party|keynote|stream|livestream|"
            r"presentation|showcase|trailer|date\s+(?:announcement|reveal)))"
            r"|\bthe\s+(?:grand\s+|official\s+)?opening\s+of\b",
            re.IGNORECASE,
        )

    def names_release(self, words: str) -> bool:
        """Whether `words` holds a bare release noun ("the release", "its launch")."""
        return self._release_noun.search(words) is not None

    def sort(
        self,
        text: str,
        words: str,
        is_title: bool,
        kinds: dict[str, list[Cue]],
        published: date | None,
        spans: Spans,
    ) -> Tense:
        """Split the release language of `text` into what is out now and what is
        coming; drop what is about something else. `words` is `text` with the target's
        names masked (a name is no "trailer" or "season" before a verb)."""
        future = [*kinds.get("future", [])]
        if is_title:
            future.extend(kinds.get("future-title", []))
        candidates = [*kinds.get("released", []), *kinds.get("released-title", [])]
        release_noun = (
            published is not None
            and not future
            and self._release_noun.search(words) is not None
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
        # "a X patch with balance changes will arrive in a few weeks": the plan is the
        # patch's, not the product's (as "the patch is out" is no release of it).
        future = [c for c in future if not self._of_other_thing(words, c, spans)]
        # "not to confuse it with the PG32UCDP due later in 2024": a sibling model's plan.
        future = [c for c in future if not self._sibling_subject(text, c.start, spans)]
        # "the smaller Pixel 9 Pro (coming in September)" in a review of the 9 Pro XL: a
        # plan in brackets is the plan of what the brackets follow.
        future = [c for c in future if not _aside_of_other(text, c, spans)]
        dated_ahead = False
        times = None
        if candidates or release_noun:
            # Release words make the clause's dates plans; a bare "launch" may look back.
            times = find_times(text, published, plans=bool(candidates))
            dated_ahead = points_after(times, published)
        released: list[Cue] = []
        elsewhere = False
        if candidates and "fan" in text.lower() and _FAN_WORK.search(text):
            candidates, elsewhere = [], True
        for cue in candidates:
            if not is_title and cue.name in _HEADLINE_ONLY:
                continue
            today = _TODAY_AFTER.match(text, cue.end) is not None
            # A headline's present tense in a summary only counts as a dated future
            # ("ships on October 14"), unless the target, its maker or "it" does it on
            # no other day than today ("Midjourney releases its first video model"), or
            # it says the day itself ("goes on sale in its branches from today").
            summary_present = (
                cue.kind == "released-title"
                and not is_title
                and not today
                and not self._news_of_the_day(text, cue, spans, times, published)
            )
            before = words[max(0, cue.start - 40) : cue.start]
            conditional = self._conditional(text, words, cue, before)
            if conditional or self._not_yet_said(text, cue, before, today):
                # "expected to be available starting October": still a dated plan.
                ahead = dated_ahead or (conditional and _AHEAD_AFTER.match(text, cue.end))
                if ahead and kinds.keys().isdisjoint(_DOUBT_KINDS):
                    future.append(Cue("future", "dated-ahead", cue.start, cue.end))
                continue
            artifact = _ARTIFACT_SUBJECT.search(words, max(0, cue.start - 150), cue.start)
            if artifact and not self._names_noun(artifact.start(), artifact, spans):
                elsewhere = True
                continue
            # (A cue that names its product inside, "since the launch of X in 2021", is
            # about it, whatever "update" stands before.)
            other = None if cue.name in _OBJECT_INSIDE else self._not_product.search(before)
            if other and (
                other.group().split()[0].lower().rstrip("s") in self._own_nouns
                or self._names_noun(cue.start - len(before) + other.start(), other, spans)
            ):
                other = None
            # "the beta is now available for all individuals", "this beta is rolling
            # out to Plus and Team users": offered to a broad class, the beta is the
            # release.
            if (
                other
                and (cue.name in OPEN_TO_ALL or to_broad_class(kinds))
                and _PREVIEW_BEFORE.search(before)
            ):
                other = None
            if other and not self._version_update(
                text, cue.start - len(before) + other.start(), spans
            ):
                # A public beta that is out is a step towards the release.
                if _PREVIEW_BEFORE.search(before) and "closed" not in kinds:
                    future.append(Cue("future", "prerelease-out", cue.start, cue.end))
                elif _ABOUT_IT.match(other.group()):
                    elsewhere = True
                continue
            if (
                self._other_subject(text, cue.start, spans)
                or self._other_object(text, cue, spans)
                or self._named_after_state(text, cue, spans)
                or self._single_released(text, cue, spans)
                or self._after_other(text, cue, spans)
                or self._match.other_platform(text, cue.start, cue.end)
            ):
                continue
            if (
                cue.name in _CARRIED_STATES
                and not _NOW_WORDS.search(text, cue.start, cue.end)
                and any(f.name in _PLAN_CUES and f.start < cue.start for f in future)
            ):
                future.append(Cue("future", "planned-state", cue.start, cue.end))
                continue
            # (A market named only with the plan is where it goes on sale: "rolled out its
            # first model, which will go on sale in China in late 2021".)
            later = (
                next((f for f in future if f.name in _AVAILABLE_LATER and f.start > cue.end), None)
                if cue.name in _TRANSITIVE
                else None
            )
            if (
                later is not None
                and _ELSEWHERE.search(text, 0, later.start) is None
                and not (
                    _LATER_WINDOW.match(text, later.start)
                    and _IN_THEATERS.search(text, cue.start, later.start)
                )
            ):
                future.append(Cue("future", "unveiled-ahead", cue.start, cue.end))
                continue
            # ("accounts being launched next year": a passive in progress is present.)
            present = (
                cue.name in _PRESENT_TENSE
                or cue.kind == "released-title"
                or before.endswith("being ")
            ) and _PAST_FORM.match(text, cue.start) is None
            # "it's out next week": a present "is out" with a time ahead right after it.
            present_state = (
                cue.name == "is-out"
                and _PRESENT_BE.match(text, cue.start) is not None
                and not _NOW_WORDS.search(text, cue.start, cue.end + len(" now"))
            )
            if not today and (
                (dated_ahead and (present or self._dated_state(text, cue, published)))
                or ((present or present_state) and _AHEAD_AFTER.match(text, cue.end))
            ):
                future.append(Cue("future", "dated-ahead", cue.start, cue.end))
            elif not summary_present:
                released.append(cue)
        # "following its October debut in China": a launch the item dates in the past.
        for cue in kinds.get("released-weak", []):
            if cue.name != "retrospective":
                continue
            year = YEAR.search(text, cue.start, cue.end)
            if year is not None and published is not None and int(year.group()) > published.year:
                # "the EX4's 2025 arrival", written in 2024, is a plan.
                future.append(Cue("future", "dated-ahead", cue.start, cue.end))
            elif past_in(text[cue.start : cue.end], published) or (
                text.startswith(("since", "Since"), cue.start) and _SINCE_DAY.match(text, cue.end)
            ):
                released.append(Cue("released", "retrospective-dated", cue.start, cue.end))
            elif _SINCE_OF.search(text, cue.start, cue.end + 4) and any(
                0 < s - cue.end <= 4 for s, _ in spans
            ):
                # "two months since the release of X": "since" looks back, whatever the
                # clause then plans (another edition of it).
                released.append(Cue("released", "since-release-of", cue.start, cue.end))
        # "Release date: October 30, 2025" in a review a week later: that day is behind.
        behind = (
            [c for c in future if c.name == "release-date" and _day_behind(text, c, published)]
            if kinds.keys().isdisjoint(_DOUBT_KINDS)
            else []
        )
        if behind:
            released.extend(Cue("released", "release-date-past", c.start, c.end) for c in behind)
            future = [c for c in future if c not in behind]
        today_plans = [
            c for c in future if c.name == "will-release" and _day_is_today(text, c, published)
        ]
        if today_plans and kinds.keys().isdisjoint(_DOUBT_KINDS):
            released.extend(Cue("released", "dated-today", c.start, c.end) for c in today_plans)
            future = [c for c in future if c not in today_plans]
        if release_noun and dated_ahead and not released and not future:
            future.append(Cue("future", "dated-ahead", 0, 0))
        return Tense(released, future, times, elsewhere and not released)

    def _of_other_thing(self, words: str, cue: Cue, spans: Spans) -> bool:
        """Whether a plan's subject, just before it, is an add-on or an artifact of the
        product rather than the product ("patch", "trailer", "DLC")."""
        if cue.name not in _SUBJECT_PLANS:
            return False
        before = words[max(0, cue.start - 40) : cue.start]
        other = _PLAN_SUBJECT.search(before)
        if other is None:
            return False
        at = cue.start - len(before) + other.start()
        word = other.group().split()[0].lower().rstrip("s")
        return word not in self._own_nouns and not self._names_noun(at, other, spans)

    @staticmethod
    def _conditional(text: str, words: str, cue: Cue, before: str) -> bool:
        """Whether the release word stands in a clause that is not yet so: "it usually
        takes months before Apple releases the final version", "when it arrives next
        year", "fans will listen on release day", "will make X publicly available", "expect to see X
        launched"."""
        if _CONDITIONAL_SUBJECT.search(before) is not None and (
            cue.kind == "released-title"
            or _PRESENT_BE_AFTER.search(before) is not None
            or _PRESENT_ARRIVAL.match(words, cue.start) is not None
        ):
            return True
        if _TO_SEE.search(before) is not None:
            return True
        # "once Chapter 4 has been rolled out", "when it is out": a state still awaited.
        if (
            cue.name == "is-out"
            and _PRESENT_OR_PERFECT.match(words, cue.start) is not None
            and _TIME_CLAUSE.search(before.rstrip("\"'\u201c\u201d ") + " ") is not None
        ):
            return True
        if cue.name == "hit-stores" and _UNTIL_SUBJECT.search(before) is not None:
            return True
        if cue.name == "launch-day" and (
            _WILL_BEFORE.search(words, max(0, cue.start - 80), cue.start)
            # "On launch day it will attempt to put 32 satellites in orbit".
            or _WILL_AFTER.match(words, cue.end)
        ):
            return True
        start = max(0, cue.start - 100)
        return "make" in words[start : cue.start] and bool(
            _MAKE_BEFORE.search(words, start, cue.start)
        )

    def _not_yet_said(self, text: str, cue: Cue, before: str, today: bool) -> bool:
        """Whether a modal or "not yet" stands right before the release word ("to be
        released", "yet to launch"); "will be available today" (or "immediately") is today's
        release, and "should be available now" one the writer expects has happened; so is
        a start today ("will begin rolling out starting today")."""
        if cue.kind == "released-title" and _TIME_CLAUSE.search(before):
            return True
        if self._not_yet.search(before[-30:]) is None:
            return False
        said = text[cue.start : cue.end].lower()
        said_today = said.endswith(("today", "immediately"))
        if (today or said_today) and _STARTS_BEFORE.search(before):
            return False
        if cue.name != "available-now":
            return True
        # ("All three cards should be available now" expects them on the shelves.)
        return not (said_today or (said.endswith("now") and _SHOULD_BE.search(before) is not None))

    @staticmethod
    def _names_noun(at: int, noun: re.Match[str], spans: Spans) -> bool:
        """Whether the noun at `at` is a word for the target or part of its name: "the new
        album Brat is out now" is Brat out, "the trailer for Brat" is not."""
        word = noun.group().split()[0]
        end = at + len(word)
        # (Or the noun is the target's name itself: "Season 7 released in April".)
        if any(0 < s - end <= 2 or s <= at < e for s, e in spans):
            return True
        # A kind of product after its name: "the Brat album is out" (not "the X trailer").
        return word.lower().rstrip("s") in _PRODUCT_KINDS and any(0 < at - e <= 2 for _, e in spans)

    @staticmethod
    def _version_update(text: str, at: int, spans: Spans) -> bool:
        """Whether the "update" at `at` is a versioned target itself: software ships a
        version as an update ("the stable X 7 update is rolling out"), unlike a patch
        to a product already out, whose name carries no version before "update"."""
        if text[at : at + 6].lower() != "update":
            return False
        return any(
            _UPDATE_AFTER.fullmatch(text, e, at) and any(c.isdigit() for c in text[s:e])
            for s, e in spans
        )

    def _news_of_the_day(
        self, text: str, cue: Cue, spans: Spans, times: list[TimeRef] | None, published: date | None
    ) -> bool:
        """Whether a summary's present tense is today's news: undated or dated today,
        with the target, its maker or "it"/"the chip" as its subject."""
        if any(r.earliest != published for r in times or ()):
            return False
        begin = max(0, cue.start - 40)
        # What the target "debuts" or "brings" is another thing's news: "it debuts
        # MediaTek's Dimensity 8400" (the maker's "launches the X" is the target's own).
        if _AN_OBJECT.match(text, cue.end):
            return _subject_of(self._match.maker, text, begin, cue.start)
        if any(
            begin <= e <= cue.start and _SUBJECT_END.fullmatch(text, e, cue.start) for _, e in spans
        ):
            return True
        return _subject_of(self._match.maker, text, begin, cue.start) or _subject_of(
            self._match.anaphor, text, begin, cue.start
        )

    def _other_subject(self, text: str, start: int, spans: Spans) -> bool:
        """Whether a versioned name that is not the target (nor a point release of it)
        stands right before `start`: "pandas 2.3.0 released" for pandas 3.0."""
        return self._other_subject_name(text, start, spans) is not None

    def _other_subject_name(self, text: str, start: int, spans: Spans) -> str | None:
        """That versioned name (`_other_subject`), or None."""
        if not any(c.isdigit() for c in text[max(0, start - 40) : start]):
            return None
        m = _VERSION_SUBJECT.search(text, max(0, start - 40), start)
        if m is None:
            return None
        end = m.end(1)
        if any(s < end <= e for s, e in spans) or self._match.names_at(text, end):
            return None
        # The maker's own name may hold a number: "Level-5 has released X".
        if self._match.makers.is_maker(m.group(1)):
            return None
        # A subject the target shares: "the M1 iPad Pro and new Apple TV 4K are now
        # available".
        if any(_SHARED_SUBJECT.fullmatch(text, e, m.start(1)) for _, e in spans):
            return None
        return m.group(1)

    def _sibling_subject(self, text: str, start: int, spans: Spans) -> bool:
        """Whether the subject right before `start` is another model code of the target's
        line ("PG32UCDP" beside "PG32UCDM"): one that shares its first four characters
        with a code of the target's names."""
        name = self._other_subject_name(text, start, spans) if self._codes else None
        if name is None:
            return False
        found = name.lower()
        return any(found != code and found[:4] == code[:4] for code in self._codes)

    def _named_after_state(self, text: str, cue: Cue, spans: Spans) -> bool:
        """Whether "is out" has a subject before it that is not the target, which the
        clause names only later: "the remastered original is available
        today and teases the prequel X" says nothing of X being out."""
        if cue.name != "is-out" or not spans:
            return False
        which = _WHICH_BEFORE.search(text, max(0, cue.start - 12), cue.start)
        if which is not None:
            # "dropped the singles X and Y, which are already out": the state is the
            # singles', unless the target is in the noun phrase just before "which".
            return not any(0 <= which.start() - e <= 15 for _, e in spans)
        if any(s < cue.end for s, _ in spans):
            return False
        subject = text[: cue.start]
        if not subject.strip() or self._match.anaphor.search(subject) is not None:
            return False
        # "the feature is now live on the X": the state is had on the target.
        return _STATE_ON.match(text, cue.end) is None or spans[0][0] - cue.end > 80

    @staticmethod
    def _other_object(text: str, cue: Cue, spans: Spans) -> bool:
        """Whether a transitive "released"/"launched" takes a product other than the
        target as its object: "Meta released Scout and Maverick"."""
        if cue.name not in _TRANSITIVE:
            return False
        if _PAPER_OBJECT.match(text, cue.end):
            return True
        m = _OBJECT.match(text, cue.end)
        if m is None:
            return False
        # A family that includes the target: "released the Mistral 3 family, including
        # the 675B Mistral Large 3".
        whole = _INCLUDING.match(text, m.end())
        end = whole.end() if whole else m.end()
        # A name that only describes the target before it: an acronym, or a name with a
        # plain noun after it: "launched its CBDC eNaira", "launched its Dungeons & Dragons
        # competitor Draw Steel" (not another model: "rolled out Gemini 3 Deep Think", "the
        # newly launched Dell Alienware Area-51m").
        for s, _ in spans:
            if s > m.end() and _DESCRIBING_OBJECT.fullmatch(text, m.end(), s):
                before = text[m.start() : s]
                words = [w for w in before.split() if w.lower() not in _DETERMINERS]
                if not any(c.isdigit() for c in before) and (
                    words[-1].islower() or (len(words) == 1 and words[0].isupper())
                ):
                    return False
        return not any(m.start() <= s <= end for s, _ in spans)

    def _after_other(self, text: str, cue: Cue, spans: Spans) -> bool:
        """Whether the cue dates the clause by another product's launch: "Seventeen months
        after the iPad debuted, Sony is scheduled to release the Tablet S" (not the
        maker's "after Sony launched the Tablet S", nor the target's own)."""
        m = _AFTER_NAMED.search(text, max(0, cue.start - 40), cue.start)
        if m is None or any(m.start() <= e and s <= cue.start for s, e in spans):
            return False
        maker = self._match.maker
        return maker is None or maker.search(m.group(1)) is None

    def _single_released(self, text: str, cue: Cue, spans: Spans) -> bool:
        """Whether a transitive "released" takes a single as its object, for a target that
        is no song: "released the first single off her upcoming album ANTI" is the
        single's release, not the album's."""
        if cue.name not in _TRANSITIVE or self._song:
            return False
        m = _SINGLE_OBJECT.match(text, cue.end)
        if m is None:
            return False
        # Named right after, the target is the single ("released the single X"), unless
        # the single is only off it ("off her upcoming album X").
        return not any(s >= m.end() for s, _ in spans) or bool(_OFF_ALBUM.match(text, m.end()))

    @staticmethod
    def _dated_state(text: str, cue: Cue, published: date | None) -> bool:
        """ "is in cinemas from 19 December": a present state with a date right after it,
        and no "now", describes the day it starts ("was released in April" is past)."""
        if cue.name != "is-out" or _NOW_WORDS.search(text, cue.start, cue.end):
            return False
        if _PRESENT_BE.match(text, cue.start) is None:
            return False
        return points_after(
            # (From the cue on: "out 8/29" is a day only after "out".)
            find_times(text[cue.start : cue.end + 40], published, plans=True),
            published,
        )

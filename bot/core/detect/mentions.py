"""Find where an item names the exact target, and decide whether the item is about it.

A target is known only by its names, maker, official domains and optional context and
exclude words, so everything here is built from those: no per-product lists. How a name
becomes a regex (spacing, version guards, derived spellings) is `names`; this module
decides which matches count.

- Names match on word boundaries, case-insensitively, with flexible spacing between a
  word and a number ("Grok-3" = "Grok 3" = "Grok3"; "Z Fold 7" = "Z Fold7").
- A different version or variant is a different product: "Sora 2", "Sora II",
  "Sora Pro" are not "Sora"; "GPT-5.1" and "GPT-5o" are not "GPT-5"; "22.0.0" is "22".
- A bare version ("v2", "2.0", "9.2") names the target when the product's own words
  appear elsewhere in the item or in its URL (issue trackers say "v2.0 release date?").
- A short or single common word ("Sora", "R2", "Orion") is the product only when the
  maker or a context word co-occurs; "a Steam Machine", "Alienware's Steam Machine"
  and "Sora Ventures" are something else.
- A short form after another brand is that brand's product: "Apple Watch 8" is not the
  "Watch 8" of "Galaxy Watch 8"; so is a name a person owns, or one with another model
  year (`owners`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from string import ascii_lowercase

from bot.core.detect import rx
from bot.core.detect.cues import NOT_PRODUCT_BEFORE, RELEASE_WORDS, scan
from bot.core.detect.makers import Maker
from bot.core.detect.names import (
    MARK_AFTER,
    VARIANTS,
    airport_patterns,
    banknote_patterns,
    coded_parts,
    coined,
    compact,
    described_parts,
    edition_parts,
    edition_patterns,
    english_words,
    film_patterns,
    generation_patterns,
    headed_parts,
    home_place,
    is_weak,
    joined_parts,
    longest_first,
    maker_names,
    mark_patterns,
    model_number,
    name_body,
    name_pattern,
    name_tokens,
    other_part_pattern,
    other_places,
    own_variants,
    plain_words,
    port_names,
    port_patterns,
    qualifier_first,
    quoted_without_article,
    regional_parts,
    route_parts,
    scattered_parts,
    season_parts,
    season_patterns,
    sequel_patterns,
    series_patterns,
    set_number_after,
    split_name,
    titled_parts,
    url_contains,
    url_names,
    venue_year_parts,
    version_patterns,
    without_article,
    without_maker,
    words_pattern,
)
from bot.core.detect.owners import YEAR, Owners, generations
from bot.core.detect.scope import fold
from bot.core.models import Target

# Verbs whose object is the product being replaced: "a pair that would follow Orion".
# The target as a yardstick ("compared to GPT-4 Turbo") is not the topic; "costs more
# than the X did at launch" still tells of X's launch, so "than" is no yardstick here.
_RELATIVE_VERBS = (
    "follows?|followed|succeeds?|succeeded|replaces?|replaced|replacing|"
    r"compared\s+(?:to|with)|versus|vs\.?"
)
_RELATIVES = (
    "successor|sequel|follow-?up|predecessor|replacement|rival|competitor|alternative|"
    "remake|remaster|clone|spin-?off|killer|sibling|sister|cousin|counterpart|"
    # "set in the X universe" speaks of the fiction, not the product.
    "universe|franchise|lore|mythos"
)


def _stems(pattern: str) -> frozenset[str]:
    """The letters every match of each top-level alternative of `pattern` begins with:
    its leading letters, less one made optional ("follows?" and "follow-?up" both begin
    "follow", "vs\\.?" begins "vs", "compared\\s+(?:to|with)" begins "compared")."""
    alternatives, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
    alternatives.append(pattern[start:])
    out = set()
    for alternative in alternatives:
        rest = alternative.lstrip(ascii_lowercase)
        letters = alternative[: len(alternative) - len(rest)]
        out.add(letters[:-1] if rest.startswith("?") else letters)
    return frozenset(out)


# What every word above starts with: a substring test for them is much cheaper than the
# regexes, and most items hold none.
_RELATIVE_STEMS = _stems(_RELATIVE_VERBS) | _stems(_RELATIVES)
_ANAPHOR = (
    # "the roughly $2,000 foldable": a few modifiers may stand before the noun; "this
    # feature will first be available to a small group" points back as "the" does.
    r"\b(?:it|it's|its|they|(?:the|this)\s+(?:[\w$.,'-]+\s+){0,2}?(?:game|console|phone|"
    r"smartphone|device|model|headset|watch|tool|app|os|update|release|software|edition|"
    r"version|product|system|chip|series|title|handset|laptop|tablet|controller|handheld|"
    r"foldable|chatbot|lts|distro|sequel|spin-off|service|platform|machine|hardware|film|movie|"
    r"show|car|suv|vehicle|card|gpu|glasses|board|assistant|album|novel|truck|drug|robot|"
    r"speaker|camera|drone|earbuds|router|printer|monitor|display|keyboard|processor|cpu|ssd|"
    r"smartwatch|e-reader|vaccine|aircraft|jet|memoir|expansion|feature|browser|extension|"
    r"remake|remaster|reboot|telescope|rocket|spacecraft|capsule|satellite|remote|charger|"
    r"mower|vacuum|tracker|stablecoin|wallet|documentary|docuseries|miniseries|sitcom|"
    r"revival|drink|beverage|soda|flavou?r|snack|burger|sandwich|sauce|bike|e-bike|scooter|"
    r"synth|synthesizer|turntable|lens|kernel|chipset|lounge|cabin|train|off-roader|pickup|"
    r"sedan|hatchback|crossover|minivan|wagon|coupe|roadster|motorcycle|motorbike|"
    # Places that open: "the line is opening to the public next month". (A "line" only as
    # a sentence's subject: "down the line" is a time.)
    r"railway|railroad|metro|subway|terminal|airport|station|bridge|tunnel|museum|stadium|"
    r"arena|hotel|resort|restaurant|mall|line(?=\s+(?:is|will|would|opens|was)\b))"
    # A list that holds the target, pointed back to as a whole: "These features are coming
    # later this year".
    r"|these\s+(?:[\w-]+\s+){0,2}?(?:features|products|devices|models|phones|smartphones|"
    r"updates|tools|chips|processors|cpus|gpus|games|consoles|cars|vehicles|laptops|tablets|"
    r"watches|services|apps))\b"
)
# The kinds of place a name may end with: a place built for the public.
_SITE_LAST = rx.compile(
    r"(?i)\b(?:tunnel|bridge|station|line|railway|railroad|metro|subway|tram|terminal|"
    r"airport|museum|stadium|arena|hospital|library|motorway|highway|expressway)$"
)
_OTHER_PRODUCT = (
    r"\b(?!(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|version|season|episode|"
    r"page|chapter|part|volume|vol|phase|stage|round|week|day|act|level|issue|api|top)\w*"
    # Whole words only: "Orbit 6" and "Quest 3" are products, "or 6" and "Q3" are not.
    r"|q|h|the|over|under|about|and|or|with|by|on|in|at|of|for|since|from|until|to|up)"
    r"[\s-]?v?\d)"
    # A capital opens a name, or a few lowercase letters before one: "iOS 18.1", "macOS 15".
    r"(?:[A-Z]|[a-z]{1,5}[A-Z])[\w.+]*[\s-]?v?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*[A-Za-z+]*\b"
    # A model's word after its number: "Claude 3.5 Sonnet" is not "Claude 3.5 Opus".
    r"(?:\s[A-Z][a-z]+\b)?"
)


# A set number in brackets right after a name: "Eiffel Tower (21019)"; not a size or a
# spec ("(47mp)", "(14B)", "(1TB)"), nor a year (`owners` judges those).
_CODE_AFTER = rx.compile(r"\s*\((?!(?:19|20)\d\d\))(\d{4,5})\)")
_WORD = rx.compile(r"[A-Za-z]+")
_LEADING_YEAR = rx.compile(r"(19\d\d|20[0-3]\d)\s")
# A preview's or beta's name ("QwQ-32B-Preview"), a model code run on to a shorter name
# ("-32B" of "QwQ-32B"), and what then says it is the preview after all.
_PREVIEW_NAME = rx.compile(r"(.*\S)[\s-]+(?:preview|beta)", re.IGNORECASE)
_CODE_RUN = rx.compile(r"[\s-]?[A-Za-z]*\d[\w.]*")
_PREVIEW_AFTER = rx.compile(r"[\s-]+(?:preview|beta)\b", re.IGNORECASE)
# A name whose last word is written in capitals, run on by a word in capitals, is a longer
# title: "Solo Leveling: ARISE OVERDRIVE" is another game than "Solo Leveling: ARISE". Not
# an acronym of its kind ("Rubin CPX GPU", "EQS SUV": five letters or more), nor the words
# a headline may shout after it ("ARISE REVIEW").
_CAPS_LAST = rx.compile(r"[A-Z]{3,}$")
_CAPS_RUN_ON = rx.compile(
    r"[ \t:-]+(?!(?:REVIEW|PREVIEW|UPDATE|LAUNCH|TRAILER|AVAILABLE)\b)[A-Z]{5,}\b"
)
_ONE_WORD = rx.compile(r"[A-Za-z][\w+]*")
_DIGIT = rx.compile(r"\d")
_NOT_PRODUCT = rx.compile(NOT_PRODUCT_BEFORE, re.IGNORECASE)
_RELEASE_WORDS = rx.compile(RELEASE_WORDS, re.IGNORECASE)
# Words that hold no cue alone but make one with the words after a name: "DirecTV Now
# streaming service" is no "now streaming", "ESPN Live available" no "live".
_CUE_STARTS = rx.compile(r"\b(?:now|live|here)\b", re.IGNORECASE)
_LEAD_IN = rx.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
# What may not stand right before a name: "Sora" in "OpenSora", "v2" in "2.v2", "x/R2".
_LEFT = rx.compile(r"[\w.\-/+]")
# Someone's product with plain describing words between: "Bose's compact S1 Pro".
# (Not a contraction: "Here's the X".)
_POSSESSIVE_DESCRIBED = rx.compile(
    r"\b(?!(?:Here|There|It|That|What|Who|Where|When|How|Let|He|She|This|Today)'s)"
    r"([A-Z][\w&.-]*)'s\s+(?:[a-z][\w-]*\s+){0,2}$"
)
# A capitalised word and "and" before a name: the name may end a longer title's ("Sir
# Gawain and the Green Knight").
_TITLE_AND = rx.compile(r"\b((?-i:[A-Z])[\w'-]+)\s+and\s+$")
# A record credited to the name: "the latest album from Scorn", "a new single by Hades".
_PERFORMED_BY = rx.compile(
    r"\b(?:albums?|eps?|singles?|records?|songs?|tracks?|mixtapes?|lps?|remix(?:es)?)\s+(?:from|by)"
    r"\s+$",
    re.IGNORECASE,
)
_WHICH = rx.compile(
    r"(?:\s+[a-z]+)?,?\s+[\"']?(?:which|that)\s+(?:was|is|has|had|launched|arrived|debuted|"
    # "would succeed the M1 Ultra chip that Apple uses in the Mac Studio".
    r"[A-Z][\w&-]*\s+(?:uses|used|sells|sold|ships|shipped|offers|offered))\b"
)


# Words that make a product named after them a comparison, not the topic.
_YARDSTICK = rx.compile(
    r"\b(?:than|vs\.?|versus|compared\s+(?:to|with)|over|like|from|successor\s+to|"
    r"replac\w+|beats?|outperforms?|matches|rivals?)\s+(?:the\s+|its\s+)?\S*$",
    re.IGNORECASE,
)
# A line and its version right before a short form: "Gemini 3 " of "Gemini 3 Deep Think".
# (A "version" may stand between: "Windows 11 version 21H2" is no "Windows 10 version 21H2".)
_VERSIONED_BEFORE = rx.compile(
    r"\b(([A-Za-z][\w+]*)[\s-]v?\d+(?:\.\d+)*[a-z]?)(?:[\s-]+version)?[\s-]+$", re.IGNORECASE
)
# A preposition right before a product: it sits in a phrase, not as the subject.
_IN_PHRASE = rx.compile(
    r"\b(?:from|of|in|on|with|by|for|to|than|like)\s+(?:the\s+)?$", re.IGNORECASE
)
# Where a product arrives: "in iOS 18", "on the PS5", "to macOS 15" ("ships with iOS
# 18.1" bundles it with other news, so "with" is not one).
_ON_PLATFORM = rx.compile(r"\b(?:in|on|to)\s+(?:the\s+)?$", re.IGNORECASE)
# The platforms a port names (`TargetMatcher.other_platform`).
_PLATFORM = (
    r"(?:nintendo\s+)?switch(?:\s*2)?|(?:sony\s+)?playstation(?:\s*[2-5]|\s+vita)?|ps\s*[2-5]|"
    r"ps\s*vita|xbox(?:\s+(?:one|360|series\s+[xs](?:\s*[|/]\s*s)?))?|pc|steam|windows|macos|mac|"
    r"linux|ios|ipados|android|iphone|ipad|stadia|wii\s*u|wii|3ds"
)
_PLATFORM_WORD = rx.compile(rf"\b(?:{_PLATFORM})(?![\w+])", re.IGNORECASE)
# A platform in brackets after a name, or after its review's dash: "X (PS4) Review", "X
# Review - PlayStation 4".
# (A name's other words may stand between: "Dark Souls" of "Dark Souls: Remastered (PS4)".)
_PLATFORM_AFTER = rx.compile(
    r"(?:\s*:?\s+[\w'-]+){0,2}?"
    rf"(?:\s?\(({_PLATFORM})\)|\s+(?:review|preview|impressions)\s*[-:|]\s*({_PLATFORM})(?![\w+]))",
    re.IGNORECASE,
)
# (An adverb may stand between: "is available now for iOS and Android".)
_ON_A_PLATFORM = rx.compile(
    rf"\s+(?:(?:now|already|also|only|today)\s+)?(?:on|to|for)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"({_PLATFORM})(?![\w+])",
    re.IGNORECASE,
)


# A name whose bracket holds only a platform: "Pizza Tower (Nintendo Switch)".
_BRACKET_PLATFORM = rx.compile(
    rf"(.*\S)\s*\(\s*((?:{_PLATFORM})(?:\s*(?:,|/|and|&)\s*(?:{_PLATFORM}))*)\s*\)", re.IGNORECASE
)


# A port named "X on Y" in a place: "Fortnite on iOS in the EU". (Not "X on Y" alone,
# which names features as often as ports: "Xbox 360 backward compatibility on Xbox One".)
_PORT_ON_PLATFORM = rx.compile(
    rf"(.*\S)\s+on\s+((?:{_PLATFORM})(?:\s*(?:,|/|and|&)\s*(?:{_PLATFORM}))*)"
    r"(\s+(?:in|for)\s+.*)",
    re.IGNORECASE,
)


def as_port(target: Target) -> Target:
    """`target` with a platform in brackets written as the port it is: "Pizza Tower
    (Nintendo Switch)" is "Pizza Tower for Nintendo Switch", so the PC game's "Pizza
    Tower" news is no news of it (`port_names`). Only when every alias names a platform
    too ("Pizza Tower Switch"): a bare alias ("Paper Mario TTYD" of "Paper Mario: The
    Thousand-Year Door (Nintendo Switch)") says the bare name is the product."""
    if _PORT_ON_PLATFORM.fullmatch(target.name.strip()):
        # "Fortnite on iOS in the EU" is the port "Fortnite for iOS" there, written
        # either way.
        names = [
            f"{m.group(1)} for {m.group(2)}{m.group(3)}"
            if (m := _PORT_ON_PLATFORM.fullmatch(n.strip()))
            else n
            for n in target.names
        ]
        return replace(target, name=names[0], aliases=tuple(names[1:]))
    if not _BRACKET_PLATFORM.fullmatch(target.name.strip()) or not all(
        re.search(rf"\b(?:{_PLATFORM})\b", a, re.IGNORECASE) for a in target.aliases
    ):
        return target
    names = [
        f"{m.group(1)} for {m.group(2)}" if (m := _BRACKET_PLATFORM.fullmatch(n.strip())) else n
        for n in target.names
    ]
    return replace(target, name=names[0], aliases=tuple(names[1:]))


# ... or later in the clause, with what was released: "launched their latest product:
# Perplexity Assistant for Android".
_A_PLATFORM_LATER = rx.compile(
    rf"[^.;!?]{{0,60}}?\b(?:on|for)\s+(?:the\s+)?({_PLATFORM})(?![\w+])", re.IGNORECASE
)


# A platform's own version as the subject of a release: "the PS5 version came out".
_PLATFORM_VERSION = rx.compile(
    rf"\b({_PLATFORM})\s+(?:version|edition|release|port)\s+(?:has\s+|had\s+|was\s+)?$",
    re.IGNORECASE,
)


def _platform_key(platform: str) -> str:
    """A platform as one key: "PS5" and "PlayStation 5" are one; "PlayStation" holds both."""
    return re.sub(r"^ps(?=\d|vita)", "playstation", compact(platform))


# How far apart the two names of "Zed for Windows" may stand, and what they may not span.
_JOIN_REACH = 60
# (Not an initialism's point: "Disney+ launched in the U.K. and Europe".)
_SENTENCE_END = rx.compile(r"(?:(?<![A-Z]\.[A-Z])\.|(?<=[A-Z]\.[A-Z])\.(?!\s+[a-z])|[;!?\n])\s")
# (Not past a line break: a headline ending with the name is followed by the summary.)
_NUMBER_AFTER = rx.compile(r"[ \t]+\d")
# The most words between two of a title-cased description's ("satellite text messaging").
_TITLED_GAP = 2
_NAME_GOES_ON = rx.compile(rf"[ \t]+(?:[A-Z0-9]|(?i:{VARIANTS})\b)")
# A subtitle that makes the name another work's: "Command & Conquer: Rivals".
_SUBTITLE_AFTER = rx.compile(r":[ \t]+[A-Z0-9]")
# A title in quotes right after a description: "Drake's joint album 'Her Loss'".
_TITLED = rx.compile(r",?[ \t]+[\"'](?=[A-Z0-9])")
# ... or a title written plain or in guillemets after the kind of work it is: "son nouvel
# album Destinée", "l'album « Aya »" (not "a sequel 'Wouldn't be surprised'", "standalone VR").
_TITLE_AFTER = rx.compile(r"[ \t]+(?:[\"'\u201c\u00ab][ \t]?)?(?=[A-Z0-9][a-z0-9])")
_TITLED_KINDS = frozenset(("album", "single", "song", "mixtape", "film", "movie", "novel", "book"))
# A numbered game's last subtitle after a colon or dash: "forsaken" of "destiny 2:
# forsaken".
_ADD_ON = rx.compile(r"\b(?:\d+|[ivx]{2,4})\b.*(?::|\s[\u2013\u2014-])\s+(.+)$")
_DENIED = rx.compile(r"(?i)\b(?:not|isn't)\s+(?:a|an)\s+$")
# A place named as left out of a launch: "not in the UK", "except the EU", "leaves the
# EU behind".
# (Or so told in French, Italian, Spanish and German: "mais pas en France", "en dehors de
# l'Europe", "interdit en Europe", "tranne l'Italia", "nicht in Deutschland".)
_LEFT_OUT_BEFORE = rx.compile(
    r"(?i)\b(?:not|except|excluding|outside|without|skips?|ignores?|ignoring|banned|pas|dehors|"
    r"sauf|interdite?|tranne|eccetto|excepto|salvo|nicht|au(?:ss|ß)er)\b[^.,;]*$"
)
_LEFT_OUT_AFTER = rx.compile(
    r"(?i)\s+(?:behind|excluded|left\s+out|(?:is|are)\s+not\s+(?:yet\s+)?(?:among\s+them|included)|"
    r"no\s+time\s+soon)\b"
)
# A place named as the next step of a launch already out elsewhere: "already live in the
# US and will come to Germany", "ab Dezember in Deutschland verfügbar sein will".
_NEXT_BEFORE = rx.compile(
    r"(?i)\b(?:will|would|to\s+(?:come|launch|arrive|expand|follow)|coming|set\s+to|"
    r"plans?\s+to|planned|next|later|soon|wird|werden|soll|ab)\b[^.;]{0,40}$"
)
_NEXT_AFTER = rx.compile(
    r"(?i)[^.;]{0,40}?\b(?:verf[uü]gbar|erh[aä]ltlich|starten|kommen)\s+"
    r"(?:sein\s+)?(?:will|soll|wird)\b"
)
# After a place, its turn still to come: "Belgium, Portugal and the Nordics will follow".
_LATER_AFTER = rx.compile(
    r"(?i)[^.;]{0,40}?\b(?:will|to|set\s+to)\s+(?:follow|come|launch|get\s+it)\b|"
    r"[^.;]{0,20}?\b(?:later|next)\b"
)
_ADJACENT = rx.compile(r"[\s\-:(]{0,3}")
_LETTERS = rx.compile(r"[A-Za-z]{2,}")
_WORD_BEFORE = rx.compile(r"\b([A-Z][A-Za-z]+)[ \t]+$")
_VARIANT_AFTER = rx.compile(rf"\s+(?:{VARIANTS})\b", re.IGNORECASE)
# A qualifier after a name: "for Developers", ": Hard Labor".
_QUALIFIER = rx.compile(
    r"(\s+(?:for|in|on)\s+(?:the\s+)?|\s*:\s+|\s*\(\s*)([\w'-]+)((?: (?-i:[A-Z\d])[\w'-]*)?)",
    re.IGNORECASE,
)
# A subtitle after a show's name makes it another show.
_SUBTITLE = rx.compile(r"\s*[:\u2013\u2014-]\s*\w")
# A subtitle in title case after a colon: ": A Love Letter to Los Angeles", ": Episode I".
_TITLE_CASE_SUBTITLE = rx.compile(
    r":\s+(?:(?:A|An|The)\s+)?[A-Z][\w'-]*(?:\s+(?:of|to|in|the|a|an|and|for|on|at|[A-Z0-9][\w'-]*))+"
)
# A numbered part as that subtitle: ": Episode I", ": Part 2".
_NUMBERED_PART = rx.compile(
    r":\s+(?:Episode|Part|Chapter|Volume|Book)\s+(?:[IVX]+|\d+|One|Two|Three)\b"
)
# What ends a sentence or a quote's opening just before a name.
_SENTENCE_START = rx.compile(r"[.!?:;\n\"'\u2018\u201c(]\s*$")


@dataclass(frozen=True, slots=True)
class Mention:
    """Where the target is named; `strong` names are specific enough alone. `scattered`:
    only as a description's words strewn through a sentence, which may as well describe
    something else, so it never releases alone (`classifier`)."""

    start: int
    end: int
    strong: bool
    scattered: bool = False


def _may_name_relative(text: str) -> bool:
    """Whether `text` may hold a word of `_RELATIVES` or `_RELATIVE_VERBS` (for ASCII
    text, where ignoring case is lowercasing, exactly when it holds a stem)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(stem in lowered for stem in _RELATIVE_STEMS)


# A capitalised word of four letters or more: a proper name's ("Travis", "Fantasy").
_PROPER_WORD = rx.compile(r"\b[A-Z][A-Za-z]{3,}\b")
_INITIALISM = rx.compile(r"\b[A-Z]{3}\b")
# The kinds of work a qualifier names with its owner: "(Gorillaz album)", "(Nolan film)".
_OWNED_KIND = rx.compile(r"\b(?:album|film|movie|song|single|novel|book|mixtape|ep)\b")
# Capitalised words of a product's names that say nothing of which product it is.
_PLAIN_NAME_WORDS = frozenset(
    {"edition", "game", "games", "movie", "film", "season", "series", "model", "version"}
    | {"update", "remake", "remaster", "remastered", "deluxe", "ultimate", "definitive"}
    | {"plus", "max", "mini", "ultra", "lite", "pro", "air", "home", "app", "apps", "studio"}
    | {"new", "next", "first", "second", "third", "final", "the", "part", "chapter", "book"}
)


# Words that tell a kind of product as its own name does: "Weapons is now playing in
# theaters" is the film (the kin of "film" in "Weapons (2025 film)").
_KIND_KIN: dict[str, tuple[str, ...]] = {
    "film": (
        *("movie", "theaters", "theatres", "cinemas", "box office", "director", "directed"),
        *("starring", "adaptation", "opening weekend"),
        # ("Drew Hancock's 'Companion' (2025), a lake-cabin thriller".)
        *("thriller", "screenplay", "filmmaker"),
    ),
    "series": ("episode", "episodes", "showrunner", "show", "season", "seasons", "streaming"),
    "album": ("tracklist", "songs", "tracks"),
    "book": ("novel", "author", "publisher", "paperback", "hardcover", "bookstores", "chapter"),
    "game": (
        *("gameplay", "gamers", "players", "console", "consoles", "studio", "developer"),
        # ("Painkiller remake gets a Fall 2025 release window".)
        *("remake", "remaster", "co-op", "early access"),
    ),
}


# Words of another medium that a film's name is shared with, in an item with none of the
# film's own words (`_KIND_KIN`): "'West Side Story' blasts back to Broadway" reviews the
# stage revival, not Spielberg's film.
_OTHER_MEDIA: dict[str, tuple[str, ...]] = {
    # (Not "comic book": films are "comic book tentpoles".)
    # ("For a game called Sonic 4" reviews Sega's game, not Paramount's film.)
    "film": (
        *("broadway", "stage revival", "west end", "novel", "book review"),
        *("video game", "n64", "game", "games"),
        # ("Disney Wish arrives in new Florida homeport" is a ship.)
        *("cruise ship", "cruise line"),
    ),
    # "REVIEW: Fourth Wing by Rebecca Yarros ... her novel" is the book of the series.
    # ("Devil May Cry mobile game announced" is Capcom's game, not Netflix's series; "'The
    # Dark Tower' (2017) Movie Review" the film, not Flanagan's series.)
    # ("Book Review: 'Say Nothing: A True Story of Murder...'" is Keefe's book, not FX's.)
    "series": ("novel", "video game", "game", "games", "film", "movie", "book review"),
    # "Review: Roddy Doyle's 'Rosie'", an Irish film, is not Rosé's album.
    "album": ("film", "movie", "novel", "video game"),
    # "Broadway Review: 'Harry Potter and the Cursed Child'" is the play, not its script.
    "book": (
        *("broadway", "west end", "stage play", "musical", "film", "movie", "documentary"),
        "video game",
    ),
    # "It Takes Two (1995 film)", the Olsen twins' comedy, is not Hazelight's game.
    # ("The Witness: EW review" of a documentary is no review of Blow's game.)
    "game": (
        *("film", "films", "movie", "movies", "documentary", "novel", "broadway", "musical"),
        "album",
    ),
}


# A maker that makes films: its target is one, whatever its name says.
_STUDIO = rx.compile(r"\b(?:pictures|films)\b", re.IGNORECASE)
# Words a maker puts inside a name for another model of its line.
_LINE_WORDS = frozenset(VARIANTS.split("|")) | {"neo", "prime", "go", "fold", "flip", "note"}
_LONE_WORD = rx.compile(r"\s+([A-Za-z]+)\s+")


def _line_word_between(folded: str, start: int, end: int) -> bool:
    """Whether one word of a line (`_LINE_WORDS`) alone stands between two parts."""
    m = _LONE_WORD.fullmatch(folded, start, end)
    return m is not None and m.group(1).lower() in _LINE_WORDS


# The place an alias names after "in" ("Lyft in Toronto").
_ALIAS_PLACE = rx.compile(r"\bin\s+(?:the\s+)?([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)$")
_DICTIONARY_WORD = rx.compile(r"[a-z]{3,}(?:-[a-z]+)*")
_LINE_AFTER = rx.compile(r"[\s-]+(?:series|lineup|line-up|family)\b", re.IGNORECASE)


def _kin_words(names: list[str], weak_names: list[str]) -> re.Pattern[str] | None:
    """The capitalised words of the target's longer names that its weak names lack:
    "Final Fantasy" beside "Dawntrail", "Prince Harry" beside "Spare". Written with the
    weak name, they say which "Dawntrail" it is, as the maker's name would."""
    weak = {w.lower() for n in weak_names for w in re.findall(r"[A-Za-z]+", split_name(n))}
    if not weak:
        return None
    kin = {
        w
        for n in names
        for w in _PROPER_WORD.findall(fold(n))
        if w.lower() not in weak and w.lower() not in _PLAIN_NAME_WORDS
    }
    # So is an initialism of three capitals: the "LRT" of "ION LRT" beside "Ion".
    kin |= {w for n in names for w in _INITIALISM.findall(fold(n)) if w.lower() not in weak}
    # The owner a qualifier names is kin even where a weak alias holds it too: "Jennie" of
    # "Ruby (Jennie album)" beside the alias "Jennie debut studio album".
    kin |= {
        w
        for n in names
        for q in re.findall(r"\(([^)]*)\)", fold(n))
        for w in _PROPER_WORD.findall(q)
        if w.lower() not in _PLAIN_NAME_WORDS
    }
    if not kin:
        return None
    return rx.compile(r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, kin))) + r")(?![\w])")


def _elided_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """A name whose first words a list shares with a sibling before it: "Apple Watch
    Series 9 and Ultra 2", "iPhone 14 and 14 Plus", "RTX 5070 Super and 5080 Super". The
    part left must be a name alone (a number in it, or two words); a match's one matched
    group (`lastindex`) is its span."""
    forms = []
    for name in names:
        words = fold(split_name(name)).split()
        for k in range(1, len(words)):
            rest = words[k:]
            if len(rest) < 2 and not any(c.isdigit() for c in rest[0]):
                continue
            # ("M2.7" is another model than "M2"; "4.0.5" is a patch of "4.0".)
            minor = r"(?!\.\d)" if re.search(r"(?<![.\d])\d+$", rest[-1]) else ""
            forms.append(
                rf"(?<!\w){re.escape(' '.join(words[:k]))}\s+(?:[\w.+-]+\s+){{0,2}}[\w.+-]+"
                rf"\s*(?:,|and|&|or)\s+(?:the\s+)?({re.escape(' '.join(rest))})(?![\w+]){minor}"
            )
    return rx.compile("|".join(forms), re.IGNORECASE) if forms else None


# A capitalised word after a name, with a colon or without: "X: Revelation", "X Revelation".
_NEXT_WORD = rx.compile(r"(:?)\s+([A-Z][\w'-]+)")
# Kinds of work, as a name's qualifier writes them ("It Takes Two (video game)").
_MEDIA_WORDS = frozenset(
    {"film", "movie", "series", "album", "song", "single", "novel", "book", "band", "game"}
    | {"musical", "play", "character", "comic"}
)
_SCREEN_WORDS = frozenset({"film", "movie", "series"})
_WRITTEN_WORK = rx.compile(r"\b(?:books?|novels?|novellas?|stage|theat(?:re|er))\b", re.IGNORECASE)
# An encyclopedia's note of a work's kind right after a name: "Flipper (1964 TV series)",
# "It Takes Two (1995 film)".
_MEDIUM_BRACKET = rx.compile(
    rf"\s?\((?:(?:19|20)\d\d\s+)?(?:[a-z]+\s+){{0,2}}?({'|'.join(sorted(_MEDIA_WORDS))})\)",
    re.IGNORECASE,
)
# A model's bracket right after a name: "Nothing Ear (3)", "(stick)", "(Gen 2)" (not a
# year, nor a note of the medium: "(film)", "(2022)").
_BRACKET_AFTER = rx.compile(
    r"\s?\(((?!(?:19|20)\d\d\))(?!(?:film|movie|album|song|single|series|show|tv|book|novel|game|"
    r"band|app|play|musical|video|ep|us|uk|eu)\))(?:\d{1,3}[a-z]?|[a-z]{1,6}|gen(?:eration)?\s*\d|"
    r"\d(?:st|nd|rd|th)\s+gen(?:eration)?))\)",
    re.IGNORECASE,
)


# The words of a trip between a route's ends (`Matcher._route_mentions`).
_TRIP_TO = r"(?:\s+(?:to|nach|a)\s+|\s*[-–—→]\s*)"
_BETWEEN = r"(?:between|zwischen|entre|tra|fra)\s+"
_TRIP_AND = r"\s+(?:and|und|et|y|e)\s+"


def _bracket_words(inside: str) -> frozenset[str]:
    return frozenset(inside.lower().replace("generation", "gen").replace("-", " ").split())


def _sentences(folded: str) -> list[tuple[int, int]]:
    """Where each sentence of `folded` starts and ends."""
    ends = [m.start() for m in _SENTENCE_END.finditer(folded)]
    return list(zip([0, *(e + 2 for e in ends)], [*ends, len(folded)], strict=True))


def left_bound(text: str, start: int) -> bool:
    """Whether a name may start at `start`: nothing word-like right before it."""
    return start == 0 or _LEFT.match(text, start - 1) is None


_Pairs = list[tuple[re.Pattern[str], re.Pattern[str]]]


# The "International" of an airport's name, which writers leave out.
_INTERNATIONAL = rx.compile(r"\s+International\s+Airport$")
# A brand written as one, in capitals or camel case, right before a name: "HBO Max",
# "YouTube Music" (not a sentence's first word: "Will Apple Pay come", "Llega Apple Pay").
_CODED_BRAND_BEFORE = rx.compile(r"(?<![\w'])(?-i:[A-Z]{2,}|[A-Za-z]*[a-z][A-Z]\w*) $")


# A number after a name that makes it a later model: "Devstral Small 2" (not "MeeGo
# Linux 1.0", the first, nor "Doomsday Clock #12" of "Doomsday Clock #1").
_LATER_NUMBER = rx.compile(r"[\s-]+(?:[2-9]|[1-9]\d)(?:\.\d+)*(?![\w.])")


_ITS_PREDECESSOR = rx.compile(r"\b(?:its|the)\s+predecessor\b", re.IGNORECASE)


def _brand_before(folded: str, start: int) -> bool:
    """Whether a coded brand stands right before `start`: a regional launch's product
    after it names another product ("HBO Max" is no "Max in Poland")."""
    return _CODED_BRAND_BEFORE.search(folded, max(0, start - 12), start) is not None


def _pairs(sources: list[tuple[str, str]]) -> _Pairs:
    """Two names' patterns. A plural still names the second ("iPhones will support
    RCS"); "K2.5" and "o3-mini" are other models than "K2" and "o3"."""
    return [
        (
            rx.compile(rf"(?<![\w.-]){a}(?![\w+])", re.IGNORECASE),
            rx.compile(
                rf"(?<![\w.-]){b}s?(?![\w+]|\.\d|-(?:{VARIANTS}|\d)){MARK_AFTER}", re.IGNORECASE
            ),
        )
        for a, b in sources
    ]


class TargetMatcher:
    """Everything about one target that can be compiled once; read-only afterwards."""

    def __init__(self, target: Target) -> None:
        self.target_names = target.names
        # The target's names that carry a qualifier a short name may leave out.
        self._qualified = [
            fold(n).strip().lower() for n in target.names if re.search(r"\s(?:for|in)\s|:\s", n)
        ]
        # What the target's names hold in brackets ("open" of "Nothing Ear (open)"): a
        # name the matcher reads without them is another product when another bracket
        # follows it ("Nothing Ear (3)", "QC Ultra Earbuds (Gen 2)").
        # The kinds of work the target's own names note ("It Takes Two (video game)").
        self._own_media = {
            w.lower()
            for n in target.names
            for w in re.findall(r"[A-Za-z]+", n)
            if w.lower() in _MEDIA_WORDS
        }
        self._studio_made = _STUDIO.search(fold(target.maker)) is not None
        self._brackets = [
            _bracket_words(b.group(1))
            for n in target.names
            for b in re.finditer(r"\(([^)]{1,30})\)", fold(n))
        ]
        # A port's own platforms ("iOS", "Android" of "X for iOS and Android").
        self._own_platforms = {
            _platform_key(p.group())
            for n in target.names
            for p in re.finditer(_PLATFORM, fold(n).partition(" for ")[2], re.IGNORECASE)
        }
        maker_words = maker_names(target.maker, target.names)
        dropped = without_maker(target.names, maker_words)
        implied = [*dropped, *without_article(target.names)]
        # An international airport is also just the airport: "Felipe Ángeles airport".
        implied += [
            _INTERNATIONAL.sub(" Airport", n) for n in target.names if _INTERNATIONAL.search(n)
        ]
        ports = [p for n in target.names for p in port_names(n)]
        models = [m for n in (*target.names, *implied) for m in model_number(n)]
        models += [m for n in target.names for m in set_number_after(n)]
        models += [q for n in (*target.names, *implied) for q in qualifier_first(n)]
        # (Ties in length are broken by the name itself: a set's order changes with each
        # process, and which of two names matches first decides its strength.)
        names = sorted(
            {
                n
                for n in (*target.names, *implied, *ports, *models)
                # A name with no letter or digit once its qualifier is gone ("-" of "-
                # (Subtract)") is no word a reader could find: its pattern matches anywhere.
                if any(c.isalnum() for c in split_name(n))
            },
            key=longest_first,
        )
        seasons = [
            p
            for n in target.names
            for p in (*season_patterns(n), *port_patterns(n), *sequel_patterns(n))
        ]
        seasons += [p for n in (*target.names, *implied) for p in generation_patterns(n)]
        seasons += [p for n in target.names for p in mark_patterns(n)]
        seasons += [
            p
            for n in target.names
            for p in (*quoted_without_article(n), *series_patterns(n), *airport_patterns(n))
        ]
        seasons += [
            p
            for n in target.names
            for p in (
                *edition_patterns(n),
                *version_patterns(n),
                *film_patterns(n),
                *banknote_patterns(n),
            )
        ]
        variants = own_variants(target.names)
        self._variant_after = rx.compile(rf"[\s-]+(?:{variants})\b", re.IGNORECASE)
        full = [fold(split_name(n)).strip().lower() for n in names]
        subtitles = {f.split(": ", 1)[1] for f in full if ": " in f}
        self._subtitles = bool(subtitles)
        # The subtitle of a numbered game names its add-on, and alone it is that add-on:
        # "the Forsaken expansion" is "Destiny 2: Forsaken", "Blood and Wine DLC" is "The
        # Witcher 3: Wild Hunt – Blood and Wine". (Not "Silksong DLC": "Hollow Knight:
        # Silksong" is a game of its own, and its DLC another product.)
        add_ons = {m.group(1) for f in full if (m := _ADD_ON.search(f))}
        add_on = "|".join(v for v in variants.split("|") if v not in ("dlc", "expansion"))
        # One pass for all names; longer names first so "Sora Turbo" wins over "Sora".
        self._names = rx.compile(
            "|".join(
                [
                    *(
                        f"(?P<n{i}>{name_pattern(n, add_on if f in add_ons else variants)})"
                        for i, (n, f) in enumerate(zip(names, full, strict=True))
                    ),
                    *(f"(?P<s{i}>{p})" for i, p in enumerate(seasons)),
                ]
            ),
            re.IGNORECASE,
        )
        # A name whose qualifier names its owner ("The Mountain (Gorillaz album)",
        # "Houdini (Dua Lipa song)") is shared by other artists' works: Steve Earle made a
        # "The Mountain" too, and Eminem a "Houdini". It counts only beside the owner, the
        # maker or a context word, as a weak name does.
        qualified = [(n, q) for n in target.names for q in re.findall(r"\(([^)]*)\)", n)]
        owned = any(_PROPER_WORD.search(q) and _OWNED_KIND.search(q) for _, q in qualified)
        # So is a subtitle of plain words written without its franchise: the "Left Behind"
        # of "The Last of Us: Left Behind" is also a film and a novel.
        # So is what is left of a name once its maker goes, when that is no name but one
        # lowercase word of the dictionary's: "sign-in" of "Apple sign-in" is also "Sign in
        # with ChatGPT".
        described = {n for n in dropped if _DICTIONARY_WORD.fullmatch(n) and plain_words(n)}
        # So is a nickname in quotes written alone: the "Strawberry Cough" of 'Nike SB Dunk
        # High "Strawberry Cough"' is also a cannabis strain, "Red October" a novel.
        nicknames = {q for f in full for q in re.findall(r'"([^"]+)"', f)}
        weak_names = [
            n
            for n, f in zip(names, full, strict=True)
            if is_weak(n)
            or owned
            or (f in subtitles | nicknames and plain_words(n))
            or n in described
        ]
        self._strong = {f"n{i}": n not in weak_names for i, n in enumerate(names)}
        # Short forms ("Watch 8" of "Galaxy Watch 8") and the words the target owns.
        # (A title's head counts too: "El Camino" of "El Camino: A Breaking Bad Movie",
        # which "Chevrolet El Camino" is not.)
        self._short = {
            f"n{i}"
            for i, f in enumerate(full)
            if any(o.endswith(" " + f) or o.startswith(f + ": ") for o in full)
        }
        # The longer names a name opens ("Devstral Small" of "Devstral"): where one is
        # written with a later number ("Devstral Small 2", another model), the shorter
        # name inside it is no mention either.
        self._longer = {
            f"n{i}": longer
            for i, f in enumerate(full)
            if (longer := tuple(o for o in full if o.startswith((f + " ", f + "-"))))
        }
        self._one_letter = any(
            re.search(r"(?:^|\s)[A-Za-z]$", split_name(n).strip()) for n in target.names
        )
        self._own_words = {
            w.lower() for n in (*names, *maker_words) for w in re.findall(r"[\w&+-]+", fold(n))
        }
        # A place built for the public ("West Gate Tunnel", "Colosseo Metro C station")
        # belongs to where it stands: "Melbourne's West Gate Tunnel" is no other owner's.
        self._a_site = any(
            _SITE_LAST.search(split_name(n).strip()) is not None for n in target.names
        )
        # The words of the target's own name (not the maker's, a qualifier's or an
        # edition's), that another model of its line shares: "Terran" of "Terran R",
        # "Laptop" of "Surface Laptop Go" ("Private Space (Android)" shares none with
        # "Android 15", the platform it comes in).
        maker_lower = {w.lower() for n in maker_words for w in n.split()}
        self._line_words = {
            w.lower()
            for w in re.findall(r"[\w&+-]+", fold(split_name(target.name)))
            if re.search(r"[a-zA-Z]", w)
            and w.lower() not in maker_lower
            and not re.fullmatch(VARIANTS, w, re.IGNORECASE)
        }
        self._strong.update({f"s{i}": True for i in range(len(seasons))})
        # Names whose head is a plain noun ("Horizon Zero Dawn remake"): an article before
        # one belongs to that noun ("a Horizon Zero Dawn remake is in the works"), not to
        # the line as a kind of thing ("an iPhone").
        self._common_head = {
            f"n{i}" for i, n in enumerate(names) if len(n.split()) > 1 and n.split()[-1].islower()
        }
        # The show named in one place and "season 4" in another: the season is the show's.
        # (Each name's show with its own season: "Stranger Things" of "Stranger Things
        # season 4" does not pair with "volume one" of "Stranger Things 4 Volume 1".)
        self._apart = [
            (rx.compile(show, re.IGNORECASE), rx.compile(season, re.IGNORECASE))
            for show, season in {p for p in map(season_parts, target.names) if p is not None}
        ]
        # Another part of what the target counts: "the first phase" of "X Phase 2".
        parts = [p for n in target.names if (p := other_part_pattern(n))]
        self._other_part = rx.compile("|".join(parts), re.IGNORECASE) if parts else None
        # Whether a name holds words a cue could read ("Recall", "Alpha", "Season"); most
        # do not, and then masking them would change nothing.
        self._mask = any(
            scan(n)
            or _NOT_PRODUCT.search(f"{n} x ")
            or _RELEASE_WORDS.search(n)
            or _CUE_STARTS.search(n)
            # ... or a word that makes what is launched no product: "launches Claude
            # Research" is no research launched.
            or any(c.kind == "not-product" for c in scan(f"launches {n}"))
            for n in names
        )
        # A patch release of a dotted version: "Django 6.0.1" for "Django 6.0", and
        # "elementary OS 8.0.2" for "elementary OS 8". A minor one ("Kestrel 5.1" for
        # "Kestrel 5") is a successor, so it does not count.
        numbered = [t for t in (name_tokens(fold(split_name(n))) for n in names) if t]
        bodies = [name_body(t) for t in numbered if re.fullmatch(r"\d+\.\d+", t[-1][0])]
        bodies += [rf"{name_body(t)}\.0" for t in numbered if re.fullmatch(r"\d+", t[-1][0])]
        self._patch = (
            rx.compile(
                rf"(?<![\w.\-/+])(?:{'|'.join(bodies)})(?:\.0)*\.[1-9]\d*(?:\.\d+)*(?![\w+%]|\.\d|-\d)",
                re.IGNORECASE,
            )
            if bodies
            else None
        )
        self.makers = Maker(target.maker, target.names)
        self.maker = self.makers.pattern
        self._context = words_pattern(target.context_words)
        self._kin = _kin_words(names, weak_names)
        # A qualifier's common nouns tell a short name apart as context words do: the
        # "film" of "Barbie (2023 film)", the "series" of "Shogun (2024 TV series)". Not
        # when it names its owner and the name is one word: any album is no sign of
        # "Utopia (Travis Scott album)", whose "Travis Scott" is a kin word instead (Björk
        # made a "Utopia" too); "the album" is of "Chinese Democracy (Guns N' Roses album)".
        # The head noun only: "game" of "video game" ("music video" is no game).
        heads = [
            (n, q, w)
            for n, q in qualified
            for w in re.findall(r"\b[a-z]{4,}\b", q)[-1:]
            if not _RELEASE_WORDS.fullmatch(w)
        ]
        kinds = [
            w for n, q, w in heads if not _PROPER_WORD.search(q) or len(split_name(n).split()) >= 2
        ]
        # (And the words its trade writes it with: a film is "now playing in theaters".)
        self._kind = words_pattern([*kinds, *(k for w in kinds for k in _KIND_KIN.get(w, ()))])
        # Another medium's words tell another work whoever owns the name: "Review: Roddy
        # Doyle's 'Rosie'", a film, is not "Rosie (Rosé album)".
        media = [w for _, _, w in heads]
        self._owner = words_pattern([w for _, q, _ in heads for w in _PROPER_WORD.findall(q)])
        self._medium = words_pattern([*media, *(k for w in media for k in _KIND_KIN.get(w, ()))])
        other_media = [m for w in media for m in _OTHER_MEDIA.get(w, ())]
        self._other_media = words_pattern(other_media)
        # The name with another medium's word right after it is that work, whatever else
        # the item speaks of: "New Twisted Metal gaming rumors" beside the TV series.
        after = [*other_media, *(["gaming"] if "game" in other_media else [])]
        self._medium_after = (
            rx.compile(rf"[\s-]+(?:{'|'.join(re.escape(w) for w in after)})\b", re.IGNORECASE)
            if after
            else None
        )
        self._exclude = words_pattern(target.exclude_words)
        self._products: list[str] = []
        self._full_names = [c for c in dict.fromkeys(compact(split_name(n)) for n in names)]
        # The full names written in several words ("Call Notes").
        self._spaced = frozenset(
            compact(split_name(n)) for n in names if re.search(r"[\s-]", split_name(n).strip())
        )
        self._elided = _elided_pattern(target.names)
        regional = regional_parts(target.names)
        joined = list(dict.fromkeys([*joined_parts(target.names), *regional]))
        self._joined = _pairs(joined)
        yearless, self.venue_year = venue_year_parts(target.names)
        self._yearless = _pairs(yearless)
        # (A year in the act's name is no other year: "The 1975 at Glastonbury 2025".)
        self._name_years = frozenset(int(y.group()) for n in names for y in YEAR.finditer(n))
        # The product of a regional launch: a brand before it names another product ("HBO
        # Max" is no "Max in Poland", however near Poland). (Not a feature's product:
        # "Next-Gen Vision Pro" with the M5 is "Vision Pro (M5)".)
        self._placed = frozenset(
            left.pattern
            for (left, _), src in zip(self._joined, joined, strict=True)
            if src in regional
        )
        self._headed = [
            (
                rx.compile(rf"(?<![\w.-]){name_pattern(product)}", re.IGNORECASE),
                rx.compile(rf"(?<![\w.-]){name_pattern(feature)}", re.IGNORECASE),
            )
            for product, feature in headed_parts(target.names, maker_words)
        ]
        # The places of a regional launch ("HBO Max in Germany"), or None for a product
        # that is one thing everywhere.
        places = list(dict.fromkeys(r for _, r in regional))
        self._region: re.Pattern[str] | None = None
        self._elsewhere: re.Pattern[str] | None = None
        if regional:
            self._region = rx.compile(rf"(?<![\w.-])(?:{'|'.join(places)})(?!\w)")
            # (A maker's home is another place: "in their native Vietnam".)
            self._elsewhere = rx.compile(
                rf"(?<![\w.-])(?:{other_places(places)}|countries|home\s+(?:market|country)|"
                r"(?:their|its)\s+native\s+[A-Z]\w+)(?!\w)"
            )
        # The regional launch's products, found alone on a site of its place's own domain.
        self._placed_products = list(
            {
                left.pattern: left for left, _ in self._joined if left.pattern in self._placed
            }.values()
        )
        self._places = frozenset(places)
        # The places the names give themselves (Portugal of "Disney+ Portugal"), without
        # the regions around them, and the other places an item may list instead.
        homes = list(dict.fromkeys(r for _, r in regional_parts(target.names, around=False)))
        self._home = rx.compile(rf"(?<![\w.-])(?:{'|'.join(homes)})(?!\w)") if homes else None
        self._others_named = (
            rx.compile(rf"(?<![\w.-])(?:{other_places(places)})(?!\w)") if homes else None
        )
        # Where the target's own name places it, and the places its aliases add ("Lyft in
        # Toronto" of "Lyft in Canada"), for `elsewhere_only`.
        self._placed_name = bool(regional_parts((target.name,)))
        own_places = [
            re.escape(m.group(1)) for n in target.names if (m := _ALIAS_PLACE.search(fold(n)))
        ]
        self._own_places = (
            rx.compile(rf"\b(?:{'|'.join(own_places)})\b", re.IGNORECASE) if own_places else None
        )
        self._coded = _pairs(coded_parts(target.names))
        self._described = [
            (
                rx.compile(rf"(?<![\w.-]){brand}(?![\w+])", re.IGNORECASE),
                # ("Car+Boat", a vacuum, is no describing "car"; nor is the "Epix Pro" of
                # "Epix Pro Gen 2" the "epix" of "epix (Gen 2)".)
                [
                    rx.compile(
                        rf"(?<![\w-]){key}(?![\w+-])(?!\s+(?:pro|max|plus|ultra|lite|mini)\b)",
                        re.IGNORECASE,
                    )
                    for key in keys
                ],
            )
            for brand, keys in described_parts(target.names)
        ]
        # A remake's original and its edition word anywhere in the item: "Legend of Mana
        # review" over "the remaster of the 1999 PlayStation game".
        self._editions = [
            (
                rx.compile(rf"(?<![\w.-]){brand}(?![\w+])", re.IGNORECASE),
                rx.compile(rf"(?<![\w-]){key}(?![\w+-])", re.IGNORECASE),
            )
            for brand, (key,) in edition_parts(target.names)
        ]
        self._scattered = [
            [rx.compile(rf"(?<![\w-]){w}(?![\w-])", re.IGNORECASE) for w in words]
            for words in scattered_parts(target.names)
        ]
        # A route's carrier and the trip between its ends: "Eurostar to launch direct
        # services from London to Frankfurt".
        self._routes = [
            (
                rx.compile(rf"(?<![\w-]){carrier}(?![\w-])", re.IGNORECASE),
                # (In the languages feeds bring most too: "von Berlin nach Paris", "da
                # Milano a Londra", "zwischen Berlin und Paris", "entre Paris et Berlin".)
                rx.compile(
                    rf"(?<![\w-])(?:{a}{_TRIP_TO}{b}|{b}{_TRIP_TO}{a}"
                    rf"|{_BETWEEN}{a}{_TRIP_AND}{b}|{_BETWEEN}{b}{_TRIP_AND}{a})(?![\w-])",
                    re.IGNORECASE,
                ),
            )
            for carrier, a, b in route_parts(target.names, maker_words)
        ]
        # (A compound's last word counts: "direct-to-satellite text messaging".)
        self._titled = [
            [rx.compile(rf"(?<!\w){w}(?![\w-])", re.IGNORECASE) for w in words]
            for words in titled_parts(target.names, maker_words)
        ]
        version_forms: list[str] = []
        # Each bare version's digits ("2" of "v2.0"), which any match of it holds.
        self._version_digits: list[str] = []
        bases: list[str] = []
        for name in names:
            tokens = name_tokens(fold(split_name(name)))
            if len(tokens) < 2:
                self._products.append(compact(split_name(name)))
                continue
            last = tokens[-1][0]
            product = "".join(t for t, _ in tokens[:-1])
            if re.fullmatch(r"\d+(?:\.\d+)*", last) and tokens[-2][0].lower() == "v":
                product = "".join(t for t, _ in tokens[:-2])
            if not re.fullmatch(r"\d+(?:\.\d+)*", last) or not product:
                self._products.append(compact(split_name(name)))
                continue
            self._products.append(compact(product))
            words = tokens[:-2] if tokens[-2][0].lower() == "v" else tokens[:-1]
            # "FLUX.1": the dot joins the version, the line is "FLUX".
            while words and not words[-1][0].isalnum():
                words = words[:-1]
            if len(compact(product)) >= 3:
                bases.append(name_body(words))
            base = re.sub(r"(?:\.0)+$", "", last)
            self._version_digits.append(base)
            version_forms.append(
                rf"v{re.escape(base)}(?:\.0)*|{re.escape(base)}(?:\.0)+"
                if "." not in base
                else rf"v?{re.escape(base)}(?:\.0)*"
            )
        self._products = [p for p in dict.fromkeys(self._products) if len(p) >= 3]
        self._line = (
            rx.compile(rf"(?<![\w.\-/+])(?:{'|'.join(dict.fromkeys(bases))})\b", re.IGNORECASE)
            if bases
            else None
        )
        self._version = (
            rx.compile(
                # "GPT-4.1" is GPT's 4.1, not a bare "4.1" of the target.
                r"(?<![\w.])(?<![A-Za-z]-)(?:"
                + "|".join(dict.fromkeys(version_forms))
                + r")(?![\w%]|\.\d)",
                re.IGNORECASE,
            )
            if version_forms
            else None
        )
        self._indefinite = rx.compile(r"\b(?:a|an|another|any)\s+$", re.IGNORECASE)
        # "the successor to the X2" / "the X2's successor" name another product.
        self._relative_before = rx.compile(
            rf"\b(?:(?:{_RELATIVES})s?\s+(?:to|of|for)|(?:{_RELATIVE_VERBS}))\s+"
            r"(?:the\s+|its\s+|their\s+)?$",
            re.IGNORECASE,
        )
        # "the X's smaller sibling": one adjective may stand between, but no "to" or
        # modal, which makes "rival" a verb of X: "Mercedes working on EQE to rival
        # Tesla Model S" is news of the EQE.
        self._relative_after = rx.compile(
            rf"(?:'s)?\s+(?:(?!(?:to|will|would|could|can|may|might|should|must)\s)[\w-]+\s+)?"
            rf"(?:{_RELATIVES})s?\b",
            re.IGNORECASE,
        )
        self._possessive = rx.compile(r"\b([A-Z][\w&.-]*)'s\s+$")
        self.anaphor = rx.compile(_ANAPHOR, re.IGNORECASE)
        self.other_product = rx.compile(_OTHER_PRODUCT)
        # A target known by its model year ("iPad mini 2024") is not another year's
        # model of the same name ("the 2021 iPad mini", "iPad mini (2021)").
        years = frozenset(y for n in target.names for y in re.findall(r"\b(?:19|20)\d\d\b", n))
        self._owners = Owners(self._own_words, self.makers, years, generations(target.names))
        self._first_year = min((int(y) for y in years), default=None)
        # The year the target's name starts with: its model year ("2012 Toyota RAV4 EV"),
        # not a year that is part of a title ("Blade Runner 2049") nor a model number an
        # alias starts with ("2080 Super" for the GeForce RTX 2080 Super).
        lead = _LEADING_YEAR.match(target.name)
        self.model_year = int(lead.group(1)) if lead else None
        # The set numbers in the target's names: "Eiffel Tower (21019)" is another set
        # than "LEGO Icons Eiffel Tower (10307)".
        self._own_codes = frozenset(c for n in target.names for c in re.findall(r"\d+", n))
        # A preview's name without its preview word is the finished model that followed:
        # "QwQ-32B" came after "QwQ-32B-Preview", and its "QwQ" alias must not take it.
        finals = {compact(m.group(1)) for n in target.names if (m := _PREVIEW_NAME.fullmatch(n))}
        self._finals = frozenset(finals - {compact(split_name(n)) for n in target.names})

    def excluded(self, folded: str) -> str | None:
        """The exclude word found, if any: the item is about a same-name thing."""
        if self._exclude is None:
            return None
        m = self._exclude.search(folded)
        return m.group() if m else None

    def other_medium(self, folded: str) -> str | None:
        """Another medium's word, when the item has none of the target kind's own: the
        name is that other work's (`_OTHER_MEDIA`)."""
        if self._other_media is None:
            return None
        m = self._other_media.search(folded)
        if m is None or (self._medium is not None and self._medium.search(folded)):
            return None
        # The owner named ("Swift" of "Folklore (Taylor Swift album)") says it is the
        # target, whatever film the item also speaks of.
        if self._owner is not None and self._owner.search(folded):
            return None
        return m.group()

    def has_context(self, folded: str) -> bool:
        """Context words, when configured, must co-occur with the name."""
        return self._context is None or self._context.search(folded) is not None

    def url_names_product(self, url: str, folded: str) -> bool:
        """Whether the URL's host or first two path segments carry a full name of the
        target, as the product's own issue tracker or site does. Not when the text writes
        that name as one word the name matcher turned down: the repository
        "github.com/x/callnotes" of an app "CallNotes" is not Google's "Call Notes"."""
        if not url_contains(url, self._full_names):
            return False
        return not any(compact(w.group()) in self._spaced for w in _ONE_WORD.finditer(folded))

    def _product_words_present(self, folded: str, url: str) -> bool:
        text = compact(folded)
        if any(p in text for p in self._products):
            return True
        if self.maker is not None and self.maker.search(folded):
            return True
        return url_contains(url, self._products)

    def other_platform(self, text: str, start: int, end: int) -> bool:
        """Whether a release from `start` to `end` is on a platform the port is not for:
        "the game launched on the Nintendo Switch in July", "the PS5 version came out June
        26" are not "X for PC"."""
        if not self._own_platforms:
            return False
        m = (
            _ON_A_PLATFORM.match(text, end)
            or _PLATFORM_VERSION.search(text, max(0, start - 40), start)
            or _A_PLATFORM_LATER.match(text, end)
        )
        return m is not None and self._not_own_platform(m.group(1))

    def other_port(self, anaphor: str) -> bool:
        """Whether "the Wii U version" (an anaphor) names a platform the target is not
        for: its cancellation ends a port, not the game."""
        m = _PLATFORM_WORD.search(anaphor)
        return m is not None and self._not_own_platform(m.group())

    def _on_other_platform(self, folded: str, end: int) -> bool:
        """Whether a port's name is followed by another platform's: "Dark Souls Remastered
        (PS4) Review", "Dark Souls: Remastered Review - PlayStation 4" are not the Switch
        port's."""
        if not self._own_platforms:
            return False
        m = _PLATFORM_AFTER.match(folded, end)
        return m is not None and self._not_own_platform(m.group(1) or m.group(2))

    def _not_own_platform(self, platform: str) -> bool:
        """Whether `platform`, as written, is none of the port's own platforms."""
        found = _platform_key(platform)
        return not any(found in own or own in found for own in self._own_platforms)

    def names_other_product(self, text: str, platforms: bool = False) -> bool:
        """Whether `text` names some other versioned product ("Android 17", "Magic V5");
        a later build ("R1-0528") or a short form ("Fold7") of the target does not count.
        With `platforms`, neither does a platform in a phrase ("arrives in iOS 18"): in
        running text that is where the target arrives, not another topic."""
        return any(
            not (
                platforms
                and m.group()[:1].islower()
                and _ON_PLATFORM.search(text, max(0, m.start() - 12), m.start())
            )
            for m in self._others(text)
        )

    def points_to_other(self, text: str) -> bool:
        """Whether every "it"/"the rocket" in `text` comes after another model of the
        target's own line, so points back to that one: "Relativity Space Launches its
        Terran 1, but the Rocket Fails to Reach Orbit" is about the Terran 1 (whose "its"
        is the maker's). (Not a host's: "iPadOS 16.1 is here with its controversial
        feature" may be the target's.)"""
        others = [
            o
            for o in self._others(text)
            if any(w.lower() in self._line_words for w in re.findall(r"[\w&+-]+", o.group()))
        ]
        if not others:
            return False
        starts = {o.start() for o in others}
        return all(
            a.start() > others[0].start() or a.end() + 1 in starts
            for a in self.anaphor.finditer(text)
        )

    def _others(self, text: str) -> Iterator[re.Match[str]]:
        """The versioned product names in `text` that are not the target's own."""
        if _DIGIT.search(text) is None:
            return  # every such name holds a digit; most clauses hold none
        for m in self.other_product.finditer(text):
            found = compact(m.group())
            if not any(found.startswith(n) or found in n for n in self._full_names if n):
                yield m

    def names_other_work(self, text: str) -> bool:
        """Whether `text` names the target with another medium's word right after it
        ("New Twisted Metal gaming rumors" of the TV series): that work is its topic."""
        return self._medium_after is not None and any(
            self._other_work_at(text, m.end()) for m in self._name_matches(text)
        )

    def _other_work_at(self, text: str, end: int) -> bool:
        """Whether another medium's word follows a name ending at `end`."""
        return self._medium_after is not None and self._medium_after.match(text, end) is not None

    def names_other_part(self, text: str) -> bool:
        """Whether `text` names another phase of the project the target is one of: "the
        line's first phase began service" is not news of phase two."""
        return self._other_part is not None and self._other_part.search(text) is not None

    def names_sibling(self, text: str) -> bool:
        """Whether `text` names another version of the target's own line other than as a
        yardstick: "it will open-source the Ernie 4.5 series" is about Ernie 4.5; "faster
        than the RTX 4080 Super" still speaks of the target."""
        if self._line is None or self._line.search(text) is None:
            return False
        return any(
            not _YARDSTICK.search(text, max(0, m.start() - 20), m.start())
            for m in self._others(text)
        )

    def names_line(self, text: str) -> bool:
        """Whether `text` names the product line of a versioned target ("Starhollow" of
        "Starhollow 2"); in a headline that does not name the target, that is another
        version: "Starhollow Remastered is out now"."""
        return self._line is not None and self._line.search(text) is not None

    def is_full_name(self, found: str) -> bool:
        """Whether a matched name is one of the target's names as written, with no words
        the match let in ("Deathloop : sortie sur Xbox Game Pass" is a headline)."""
        return compact(found) in self._full_names

    def is_bare_line(self, name: str) -> bool:
        """Whether a matched name is only the product line ("Flux" of "FLUX.1"): after a
        headline about another version of the line, it names that version, not ours."""
        return self._line is not None and self._line.fullmatch(name) is not None

    def owned_after_other(self, text: str, spans: tuple[tuple[int, int], ...]) -> bool:
        """Whether `text` names the target only as an owner ("the EV9's design") after
        another product, its subject: "the compact EV3 borrows the EV9's boxy design"."""
        if not spans or not all("'s" in (text[e - 2 : e], text[e : e + 2]) for _, e in spans):
            return False
        before = text[: spans[0][0]]
        # In a phrase ("data from iPhone 16e units") the other product is no subject.
        return any(
            not _IN_PHRASE.search(before, max(0, m.start() - 12), m.start())
            for m in self._others(before)
        )

    def find(self, folded: str, url: str = "") -> list[Mention]:
        """Mentions of the target in `folded`, overlapping ones merged."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        others: set[str] = set()
        succeeded = False
        matches = self._name_matches(folded)
        relatives = bool(matches) and _may_name_relative(folded)
        for m in matches:
            strong = self._strong[m.lastgroup or ""]
            if relatives and (
                self._relative_after.match(folded, m.end())
                or (
                    self._relative_before.search(folded, max(0, m.start() - 40), m.start())
                    # "would replace the X, which launched last July" still speaks of X.
                    and not _WHICH.match(folded, m.end())
                )
            ):
                continue
            if m.lastgroup in self._longer and self._in_later_longer(folded, m):
                succeeded = True
                continue
            code = _CODE_AFTER.match(folded, m.end())
            if self._finals and self._names_final(folded, m):
                continue
            if code and code.group(1) not in self._own_codes:
                continue
            if self.makers.runs_past(folded, m.start(), m.end()):
                continue
            if (
                _CAPS_LAST.search(m.group())
                and not m.group().isupper()
                and _CAPS_RUN_ON.match(folded, m.end())
            ):
                continue
            before = folded[max(0, m.start() - 40) : m.start()]
            titled = _TITLE_AND.search(before) if folded.startswith("the ", m.start()) else None
            if titled is not None and titled.group(1).lower() not in self._own_words:
                # A name's "The" written small after a title's "and" is that title's:
                # "Sir Gawain and the Green Knight" is the poem, not "The Green Knight".
                continue
            if _PERFORMED_BY.search(before):
                # "releases latest album from Scorn": the name is a band's, and so is
                # every other "Scorn" of the item.
                others.add(m.group().lower())
                continue
            if not strong or _DIGIT.search(m.group()) is None:
                # ("a first-generation HomePod", "a third season of X" are one model,
                # one season: the written-apart forms are never generic.)
                if (
                    m.lastgroup not in self._common_head
                    and not (m.lastgroup or "").startswith("s")
                    and self._indefinite.search(before)
                    and not self.makers.owns(folded, m.start())
                ):
                    continue
                if self._foreign_owner(self._possessive.search(before)) and not (
                    # A film's or a show's people own it in the press: "Paul Rudd and
                    # Jack Black's Anaconda Reboot" is the studio's film. (An author's
                    # is the book or the play: "Mary Shelley's Frankenstein" on stage.)
                    (self._own_media & _SCREEN_WORDS or self._studio_made)
                    and self._owners.person(before)
                    and _WRITTEN_WORK.search(folded) is None
                ):
                    continue
            elif self._owners.person(before) and not (
                # (Unless a film studio makes the target: "Clint Eastwood's Juror #2"
                # is Warner Bros. Pictures' film.)
                self._studio_made and _WRITTEN_WORK.search(folded) is None
            ):
                # "Sam Raimi's Spider-Man 2" is the director's film, and so is every
                # other "Spider-Man 2" of the item.
                others.add(m.group().lower())
                continue
            if self._owners.named_person(folded, m):
                # So is every other "Siri" of an item on novelist Siri Hustvedt.
                others.add(m.group().lower())
                continue
            if m.lastgroup in self._short and (
                self._owners.other_brand(folded, m.start())
                or self._other_version_before(folded, m.start())
                # "Bose's compact S1 Pro" is no "Ola S1 Pro": makers share model numbers
                # ("Gemini Live's new Astra camera" is Project Astra in another product).
                or (
                    _DIGIT.search(m.group()) is not None
                    # (A film's is its star's: "Shraddha Kapoor's blockbuster Stree 2".)
                    and not self._studio_made
                    and self._foreign_owner(_POSSESSIVE_DESCRIBED.search(before))
                )
            ):
                continue
            if self._other_medium_bracket(folded, m) and not (
                # (A target that names no kind of work, matched strong and whole, is that
                # entry: "Warhammer 40,000: Rogue Trader (video game)".)
                not self._own_media
                and not any("(" in n for n in self.target_names)
                and strong
                and self.is_full_name(m.group())
            ):
                # An entry's "Flipper (1964 TV series)" is the show wherever else the
                # item says "Flipper".
                others.add(m.group().lower())
                continue
            if (
                self._other_work_at(folded, m.end())
                or self._other_bracket(folded, m)
                or self._owners.other_year(folded, m)
                or self._owners.other_generation(folded, m)
                or self._other_qualifier(folded, m)
                or self._subtitled(folded, m)
            ):
                continue
            taken.append((m.start(), m.end()))
            found.append(Mention(m.start(), m.end(), strong))
        if others:
            found = [f for f in found if folded[f.start : f.end].lower() not in others]
            taken = [(f.start, f.end) for f in found]
        if succeeded and not found:
            # Beside its numbered successor the target is "its predecessor": "Meta released
            # Segment Anything Model 2; it follows its predecessor, launched last year".
            found = [Mention(p.start(), p.end(), True) for p in _ITS_PREDECESSOR.finditer(folded)]
            taken = [(f.start, f.end) for f in found]
        if len(found) > 1 and not self._subtitles:
            # "Masters of the Universe: Revelation" in the summary makes the headline's
            # "Masters of the Universe Revelation Review" that show too.
            # (Only a word written both ways: "Sora: OpenAI's model" twice is no show.)
            after = [_NEXT_WORD.match(folded, f.end) for f in found]
            colon = {w.group(2).lower() for w in after if w is not None and w.group(1)}
            subtitles = colon & {
                w.group(2).lower() for w in after if w is not None and not w.group(1)
            }
            if subtitles:
                found = [
                    f
                    for f, w in zip(found, after, strict=True)
                    if w is None or w.group(2).lower() not in subtitles
                ]
                taken = [(f.start, f.end) for f in found]
        # "Squid Game: The Challenge" is another show, with seasons of its own.
        # (Beside the name whole too: "Ragnarok season 3 ending explained" over "the third
        # and final season of Netflix's fantasy drama Ragnarok dropped on Thursday".)
        if self._apart:
            apart = {
                Mention(m.start(), m.end(), True)
                for show, season in self._apart
                if any(not _SUBTITLE.match(folded, m.end()) for m in show.finditer(folded))
                for m in season.finditer(folded)
            }
            found = sorted(
                [
                    *found,
                    *(
                        a
                        for a in apart
                        if not any(a.start < f.end and f.start < a.end for f in found)
                    ),
                ],
                key=lambda f: f.start,
            )
            taken = [(f.start, f.end) for f in found]
        if not found and self._joined:
            found = self._joined_mentions(folded, self._joined)
            taken = [(f.start, f.end) for f in found]
        if not found and self._yearless and not self._other_year(folded, url):
            found = self._joined_mentions(folded, self._yearless)
            taken = [(f.start, f.end) for f in found]
        if not found and self._headed:
            found = self._headed_mentions(folded)
            taken = [(f.start, f.end) for f in found]
        if not found and self._coded:
            # Written whole, the name was the name matcher's to judge ("the successor to
            # the Zephyr X2"): only the parts apart count here.
            found = self._joined_mentions(folded, self._coded, apart=True)
            taken = [(f.start, f.end) for f in found]
        if not found and self._described:
            found = self._described_mentions(folded)
            taken = [(f.start, f.end) for f in found]
        if not found and self._editions:
            found = self._edition_mentions(folded)
            taken = [(f.start, f.end) for f in found]
        if not found and self._scattered:
            found = self._scattered_mentions(folded)
            taken = [(f.start, f.end) for f in found]
        if not found and self._titled and not matches:
            # (A name written whole was the name matcher's to judge: "Alienware's Steam
            # Machine" is not Valve's.)
            found = self._titled_mentions(folded)
            taken = [(f.start, f.end) for f in found]
        if not found and self._routes and not matches:
            found = self._route_mentions(folded)
            taken = [(f.start, f.end) for f in found]
        if not found and self._placed_products and not matches and self._at_home(folded, url):
            found = [
                Mention(m.start(), m.end(), True)
                for product in self._placed_products
                for m in product.finditer(folded)
                if not _brand_before(folded, m.start())
            ]
            taken = [(f.start, f.end) for f in found]
        if not found and self._elided is not None:
            # ("Apple Watch Series 9 and Ultra 2" is no Samsung "Watch Ultra 2".)
            found = [
                Mention(m.start(m.lastindex or 0), m.end(m.lastindex or 0), True)
                for m in self._elided.finditer(folded)
                if not self._owners.other_brand(folded, m.start())
            ]
            taken = [(f.start, f.end) for f in found]
        # The substring test spares the version regex (its look-behinds run at every
        # position) and the product words in items that hold no such digits.
        if (
            self._version is not None
            and any(d in folded for d in self._version_digits)
            and self._product_words_present(folded, url)
        ):
            for m in self._version.finditer(folded):
                # "Valkey 8.0" is Valkey's version, even in an item that names Redis.
                # (A variant's is another product: "the Android 1.6 SDK".)
                if not any(s < m.end() and m.start() < e for s, e in taken) and not (
                    self._owners.other_brand(folded, m.start())
                    or self._variant_after.match(folded, m.end())
                ):
                    found.append(Mention(m.start(), m.end(), True))
        if self._own_platforms:
            # (Not a mention that names its own platform: "PC (Windows)" is the PC's.)
            found = [
                f
                for f in found
                if not self._on_other_platform(folded, f.end)
                or any(
                    not self._not_own_platform(p.group())
                    for p in _PLATFORM_WORD.finditer(folded, f.start, f.end)
                )
            ]
        # "This is the film's score, not a Daft Punk studio album": a name denied.
        found = [f for f in found if not _DENIED.search(folded, max(0, f.start - 12), f.start)]
        if self._one_letter and found:
            # A one-letter name's series is its line, every model of it, where the item
            # names a numbered one: "a Realme X-series phone" beside "the Realme X7
            # models" is an X7, not the Realme X ("the Galaxy Tab S series" alone is the
            # Tab S in its sizes).
            found = [
                f
                for f in found
                if not (
                    _LINE_AFTER.match(folded, f.end)
                    and re.search(rf"\b{re.escape(folded[f.end - 1])}\d", folded, re.IGNORECASE)
                )
            ]
        found.sort(key=lambda x: x.start)
        return found

    def _subtitled(self, folded: str, m: re.Match[str]) -> bool:
        """Whether the name goes on with a numbered part ("Sonic the Hedgehog 4: Episode
        I"), or, inside a summary's sentence, with a subtitle in title case, that none of the
        target's names has: another work named after it ("the concert film Happier Than
        Ever: A Love Letter to Los Angeles"). Not at the start of a sentence, where "X:
        Everything We Know" quotes a headline."""
        if self._subtitles or not _TITLE_CASE_SUBTITLE.match(folded, m.end()):
            return False
        if _NUMBERED_PART.match(folded, m.end()):
            return True  # "Sonic the Hedgehog 4: Episode I" wherever it stands
        # (Only in a summary's sentences: a headline's colon starts its own subtitle,
        # "Introducing Meta Quest 3: Our Most Powerful Headset Yet".)
        before = folded[max(0, m.start() - 3) : m.start()]
        return (
            "\n" in folded[: m.start()]
            and bool(before.strip())
            and not _SENTENCE_START.search(before)
        )

    def before_its_years(self, year: int) -> bool:
        """Whether `year` falls before the year ahead of every year the target's names
        give: "the burrito's 2009 debut" is no launch of "Volcano Menu (2023 return)"."""
        return self._first_year is not None and year < self._first_year - 1

    def _other_medium_bracket(self, folded: str, m: re.Match[str]) -> bool:
        """Whether a note of another kind of work follows a name: "Flipper (1964 TV
        series)" is no "Flipper Zero", a device."""
        medium = _MEDIUM_BRACKET.match(folded, m.end())
        return medium is not None and medium.group(1).lower() not in self._own_media

    def _other_bracket(self, folded: str, m: re.Match[str]) -> bool:
        """Whether a bracket other than the target's follows a name matched without one:
        "Nothing Ear (stick)" is not "Nothing Ear (open)"."""
        if not self._brackets or "(" in m.group():
            return False
        after = _BRACKET_AFTER.match(folded, m.end())
        # ("(Switch)" is the target's "(Nintendo Switch)", "(2nd Gen)" its "(2nd generation)".)
        return after is not None and not any(
            _bracket_words(after.group(1)) <= own for own in self._brackets
        )

    def _other_qualifier(self, folded: str, m: re.Match[str]) -> bool:
        """Whether a short name goes on with another qualifier than the target's: "Duet AI
        for Developers" is not "Duet AI for Google Workspace", and "Wake Up Dead Man: Hard
        Labor" is not "Wake Up Dead Man: A Knives Out Mystery". A port's platform is
        also written in brackets or after "on": "Metroid Prime Trilogy (Wii)" is not
        "Metroid Prime Trilogy for Nintendo Switch", "X on Switch" may be."""
        after = _QUALIFIER.match(folded, m.end()) if self._qualified else None
        if after is None:
            return False
        said = m.group().lower()
        joint, word = after.group(1).split()[0].lower(), after.group(2).lower()
        # A platform is every word of it: "(Nintendo Wii)" is not "for Nintendo Switch".
        platform = [word, *after.group(3).lower().split()] if joint in ("(", "on") else []
        if platform:
            joint = "for"
        fits = [
            full[len(said) :].lstrip()[len(joint) :].split()
            for full in self._qualified
            if full.startswith(said) and full[len(said) :].lstrip().startswith(joint)
        ]
        return bool(fits) and all(
            not rest or (not set(platform) <= set(rest) if platform else rest[0] != word)
            for rest in fits
        )

    def outside_region(self, text: str) -> bool:
        """Whether a regional launch's text names none of its places but as left out
        ("Bard opens in 180 countries, but leaves the EU behind"): news of the product
        elsewhere, which says nothing of its launch there."""
        if self._region is None or self._elsewhere is None:
            return False
        named = False
        for m in self._region.finditer(text):
            named = True
            if not _LEFT_OUT_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ) and not _LEFT_OUT_AFTER.match(text, m.end()):
                return False
        # Named nowhere, it is where the writer is ("now available at Pima County
        # clinics"), unless another place is named.
        return named or self._elsewhere.search(text) is not None

    def next_there(self, text: str) -> bool:
        """Whether a regional launch's text names another place and its own places only
        as where it goes next ("Paramount+, already live in the US, will come to Germany
        in the second half"): its "live" is the other place's."""
        if self._region is None or self._elsewhere is None:
            return False
        if self._elsewhere.search(text) is None:
            return False
        return all(
            _NEXT_BEFORE.search(text, max(0, m.start() - 50), m.start())
            or _NEXT_AFTER.match(text, m.end())
            for m in self._region.finditer(text)
        )

    def listed_without(self, text: str, out: list[str]) -> bool:
        """Whether a regional launch's item lists three or more other places, and no clause
        of it that reads as out (`out`) names its own: "Disney+ has launched in seven
        European markets, including the UK, Germany, Italy and Spain" is Europe's launch
        without Portugal, which "will follow in the summer"."""
        if self._home is None or self._others_named is None:
            return False
        if any(self._home.search(clause) for clause in out):
            return False
        # (Named anywhere, only as a place it comes to later: not "a launch into 39 more
        # African nations in a matter of days, Nigeria among them".)
        if not all(
            _NEXT_BEFORE.search(text, max(0, m.start() - 50), m.start())
            or _LATER_AFTER.match(text, m.end())
            for m in self._home.finditer(text)
        ):
            return False
        return len({m.group().lower() for m in self._others_named.finditer(text)}) >= 3

    def elsewhere_only(self, text: str) -> bool:
        """Whether a regional launch's item names none of its places anywhere but names
        another: "Fortnite is back on iPhones" is of the EU in an item on the EU's
        return, whatever the US target's clause says. Only for a target whose own name
        is placed: "Disney+ Hotstar" in Indonesia is out, whatever its "Disney+ India"
        alias says."""
        return (
            self._placed_name
            and self._region is not None
            and self._elsewhere is not None
            and self._region.search(text) is None
            and (self._own_places is None or self._own_places.search(text) is None)
            and self._elsewhere.search(text) is not None
        )

    def _other_year(self, folded: str, url: str) -> bool:
        """Whether `folded` names a year other than the set's ("Foo Fighters at
        Glastonbury" in a piece recalling 2017 is that year's set), and neither it nor its
        address the set's ("/the-1975-glastonbury-2025-review" beside "since 2014")."""
        year = str(self.venue_year)
        return (
            year not in url
            and year not in folded
            and any(int(y.group()) not in self._name_years for y in YEAR.finditer(folded))
        )

    def joined_in(self, text: str) -> bool:
        """Whether both parts of a joined name ("Zed" and "Windows") stand in `text`."""
        return any(a.search(text) and b.search(text) for a, b in self._joined)

    def _joined_mentions(self, folded: str, pairs: _Pairs, apart: bool = False) -> list[Mention]:
        """The two names of "Zed for Windows" in one sentence, close and in either order:
        "Zed comes to Windows", "Claude slips into Google Chrome"."""
        found: list[Mention] = []
        for left, right in pairs:
            for m in left.finditer(folded):
                if left.pattern in self._placed and _brand_before(folded, m.start()):
                    continue
                lo, hi = max(0, m.start() - _JOIN_REACH), m.end() + _JOIN_REACH
                # (Searched to the text's end, so a look-ahead sees past the reach.)
                for r in right.finditer(folded, lo):
                    if r.start() > hi:
                        break
                    # "a MacBook Pro with the M5 Pro" is not the one with the M5.
                    gap = (min(m.end(), r.end()), max(m.start(), r.start()))
                    if _VARIANT_AFTER.match(folded, r.end()) or (
                        apart
                        and (
                            _ADJACENT.fullmatch(folded, *gap)
                            # (A line's word alone between is another model: "Odyssey
                            # Neo G9" is no "Odyssey G9".)
                            or _line_word_between(folded, *gap)
                        )
                    ):
                        continue
                    start, end = min(m.start(), r.start()), max(m.end(), r.end())
                    if not _SENTENCE_END.search(folded, start, end):
                        found.append(Mention(start, end, True))
                        break
        return found

    def _headed_mentions(self, folded: str) -> list[Mention]:
        """A feature's name apart from the product it opens with, in one sentence and with
        words of the sentence between: "Google Chrome Rolls Out Memory Saver". Coined words
        alone between make a longer name: "ROG Xbox Ally X" is no "ROG Ally X"."""
        found: list[Mention] = []
        for product, feature in self._headed:
            for m in product.finditer(folded):
                lo, hi = max(0, m.start() - _JOIN_REACH), m.end() + _JOIN_REACH
                for f in feature.finditer(folded, lo):
                    if f.start() > hi:
                        break
                    first, second = (m, f) if m.end() <= f.start() else (f, m)
                    if second.start() < first.end() or self._name_before(folded, f.start()):
                        continue
                    start, end = first.start(), second.end()
                    between = _LETTERS.findall(folded, first.end(), second.start())
                    if any(w.lower() in english_words() for w in between) and not (
                        _SENTENCE_END.search(folded, start, end)
                    ):
                        found.append(Mention(start, end, True))
                        break
        return found

    @staticmethod
    def _name_before(folded: str, at: int) -> bool:
        """Whether a coined or all-capitals word stands right before `at`, so that a name
        goes on to the left: the "Xbox Ally X" of "ROG Xbox Ally X" (not "Rolls Out")."""
        word = _WORD_BEFORE.search(folded, max(0, at - 30), at)
        return word is not None and (coined(word.group(1)) or word.group(1).isupper())

    def _described_mentions(self, folded: str) -> list[Mention]:
        """A described name's proper name with every describing word near it in one
        sentence ("the ad-supported version of Disney+" for "Disney+ with ads")."""
        found: list[Mention] = []
        for brand, keys in self._described:
            for m in brand.finditer(folded):
                # "Claude Code", "M1 Max": a longer name is another product.
                if _NAME_GOES_ON.match(folded, m.end()):
                    continue
                lo, hi = max(0, m.start() - _JOIN_REACH), m.end() + _JOIN_REACH
                start, end = m.start(), m.end()
                for key in keys:
                    k = next(
                        (
                            k
                            for k in key.finditer(folded, lo)
                            if k.start() <= hi
                            and not _SENTENCE_END.search(
                                folded, min(k.start(), m.start()), max(k.end(), m.end())
                            )
                        ),
                        None,
                    )
                    if k is None:
                        break
                    start, end = min(start, k.start()), max(end, k.end())
                else:
                    if not self._titled_otherwise(folded, end):
                        found.append(Mention(start, end, True))
        return found

    @property
    def remake(self) -> bool:
        """Whether the target is a remake or remaster of an earlier work."""
        return bool(self._editions)

    def _edition_mentions(self, folded: str) -> list[Mention]:
        """The original's name of a remake target with the edition word ("remake",
        "remaster") in its sentence however far, or the headline's with the word anywhere:
        a review puts the name in its title and the edition in its body. (Not a longer
        name, "Dark Souls 3", nor a headline's subtitled one: "Command & Conquer: Rivals
        Is Available Now" beside "the PC remasters".)"""
        title_end = folded.find("\n")
        ends = [e.start() for e in _SENTENCE_END.finditer(folded)]
        found = []
        for brand, key in self._editions:
            anywhere = key.search(folded) is not None
            for m in brand.finditer(folded):
                if _NAME_GOES_ON.match(folded, m.end()) or self._titled_otherwise(folded, m.end()):
                    continue
                lo = max((e for e in ends if e < m.start()), default=0)
                hi = min((e for e in ends if e >= m.end()), default=len(folded))
                if key.search(folded, lo, hi) or (
                    m.start() < title_end
                    and not _SUBTITLE_AFTER.match(folded, m.end())
                    and anywhere
                ):
                    found.append(Mention(m.start(), m.end(), True))
        return found

    def _scattered_mentions(self, folded: str) -> list[Mention]:
        """A name of three content words or more with every word in one sentence, in any
        order ("Walmart's plans for a nationwide EV fast-charging network")."""
        found: list[Mention] = []
        sentences = _sentences(folded)
        for words in self._scattered:
            for start, end in sentences:
                hits = [h for w in words if (h := w.search(folded, start, end))]
                # ("DJI Rolls Out Neo 2 Selfie Drone" is another model's; "son nouvel album
                # Destinée" is another album than "Aya (Aya Nakamura album)".)
                if len(hits) == len(words) and not any(
                    _NUMBER_AFTER.match(folded, h.end())
                    or (h.group() in _TITLED_KINDS and self._other_title_after(folded, h.end()))
                    for h in hits
                ):
                    start_at = min(h.start() for h in hits)
                    found.append(Mention(start_at, max(h.end() for h in hits), True, True))
        return found

    def _route_mentions(self, folded: str) -> list[Mention]:
        """A route told as a trip in a sentence that names its carrier ("Cathay Pacific
        to launch roundtrip flights from Dallas to Hong Kong"); the headline is a sentence
        of its own."""
        found: list[Mention] = []
        line = folded.find("\n")
        sentences = [
            piece
            for start, end in _sentences(folded)
            for piece in (
                [(start, line), (line + 1, end)] if start <= line < end else [(start, end)]
            )
        ]
        for carrier, trip in self._routes:
            for start, end in sentences:
                if carrier.search(folded, start, end):
                    found.extend(
                        Mention(m.start(), m.end(), True) for m in trip.finditer(folded, start, end)
                    )
        return found

    def _titled_mentions(self, folded: str) -> list[Mention]:
        """A maker's title-cased description told in one sentence: the maker anywhere,
        its words after it in the name's order and close together ("Telstra launches
        Australia's first direct-to-satellite text messaging service"). Out of order or
        apart they describe another thing ("the Casio Watch Ring Collection, sold ...
        the watches" is no Casio Ring Watch), and a name that goes on is another model's
        ("Vive Focus Vision")."""
        found: list[Mention] = []
        sentences = _sentences(folded)
        for maker, *words in self._titled:
            for start, end in sentences:
                first = maker.search(folded, start, end)
                if first is None:
                    continue
                hits: list[re.Match[str]] = []
                for word in words:
                    hit = word.search(folded, hits[-1].end() if hits else first.end(), end)
                    if hit is None or (
                        hits and len(folded[hits[-1].end() : hit.start()].split()) > _TITLED_GAP
                    ):
                        break
                    hits.append(hit)
                else:
                    if not _NAME_GOES_ON.match(folded, hits[-1].end()):
                        found.append(Mention(first.start(), hits[-1].end(), True, True))
        return found

    def _at_home(self, folded: str, url: str) -> bool:
        """Whether the item is on a site of the regional target's own place and names no
        other place: such a site's news of the product is news of it there."""
        return (
            home_place(url) in self._places
            and self._elsewhere is not None
            and self._elsewhere.search(folded) is None
        )

    def _in_later_longer(self, folded: str, m: re.Match[str]) -> bool:
        """Whether the name at `m` opens a longer name of the target written with a later
        number ("Devstral Small 2" of "Devstral Small"): another model."""
        ahead = folded[m.start() : m.start() + 80].lower()
        return any(
            ahead.startswith(longer) and _LATER_NUMBER.match(ahead, len(longer))
            for longer in self._longer[m.lastgroup or ""]
        )

    def _names_final(self, folded: str, m: re.Match[str]) -> bool:
        """Whether a short name with the code written after it is the finished model a
        preview target led to: "has introduced QwQ-32B" is not "QwQ-32B-Preview"."""
        run = _CODE_RUN.match(folded, m.end())
        return (
            run is not None
            and compact(m.group() + run.group()) in self._finals
            and not _PREVIEW_AFTER.match(folded, run.end())
        )

    def _foreign_owner(self, owner: re.Match[str] | None) -> bool:
        """Whether a possessive before a name is someone else's. The owner may be a word
        of the maker or of the target's own names: "Lilly's Zepbound" (Eli Lilly),
        "Chevy's Silverado EV" (Chevy Silverado EV); a versioned owner is a platform of
        the target: "PS4's Project Morpheus"."""
        return (
            owner is not None
            and not self._a_site
            and not self.makers.is_maker(owner.group(1))
            and not self.makers.ends_at(owner.string, owner.end(1))
            and owner.group(1).lower() not in self._own_words
            and not any(c.isdigit() for c in owner.group(1))
        )

    def _other_title_after(self, folded: str, end: int) -> bool:
        """Whether the kind of work ending at `end` is followed by another work's title,
        quoted or plain: "son nouvel album Destinée" (not a word of the target's own
        names or its maker's)."""
        titled = _TITLE_AFTER.match(folded, end)
        if titled is None:
            return False
        word = _ONE_WORD.match(folded, titled.end())
        if word is not None and word.group().lower() in self._own_words:
            return False
        return not self._named_at(folded, titled.end())

    def _titled_otherwise(self, folded: str, end: int) -> bool:
        """Whether a description ending at `end` is followed by a quoted title that is
        none of the target's names: "Drake's joint album 'Her Loss'" is that album."""
        titled = _TITLED.match(folded, end)
        return titled is not None and not self._named_at(folded, titled.end())

    def _named_at(self, folded: str, pos: int) -> bool:
        """Whether one of the target's names starts at `pos` of `folded`."""
        names = self._name_matches(folded, pos, pos + 80)
        return bool(names) and names[0].start() == pos

    def _other_version_before(self, folded: str, start: int) -> bool:
        """Whether a short form follows another version of the line: "Gemini 3 Deep
        Think" is not "Gemini 2.5 Deep Think"'s "Deep Think"."""
        m = _VERSIONED_BEFORE.search(folded, max(0, start - 24), start)
        # Only the target's own line counts: "the Android 16 One UI 8 beta" is One UI 8.
        if m is None or m.group(2).lower() not in self._own_words:
            return False
        found = compact(m.group(1))
        return not any(n.startswith(found) for n in self._full_names if n)

    def _name_matches(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[re.Match[str]]:
        """Every name match whose left edge is a word boundary, as one regex with that
        look-behind would find them (a rejected start is retried one character on)."""
        out: list[re.Match[str]] = []
        if not self._strong:
            return out
        end = len(text) if endpos is None else endpos
        search = self._names.search
        while (m := search(text, pos, end)) is not None:
            if left_bound(text, m.start()):
                out.append(m)
                pos = m.end()
            else:
                pos = m.start() + 1
        return out

    def names_at(self, text: str, end: int) -> bool:
        """Whether a name, bare version or point release of the target ends at `end`."""
        begin = max(0, end - 60)
        if any(m.end() == end for m in self._name_matches(text, begin, end)):
            return True
        for pattern in (self._version, self._patch):
            if pattern is not None and any(
                m.end() == end for m in pattern.finditer(text, begin, end)
            ):
                return True
        return False

    def masked(self, text: str, spans: tuple[tuple[int, int], ...]) -> str:
        """`text` with the target's own words inside `spans` blanked letter for letter
        (offsets keep): a name is no cue, so "Windows Recall" recalls nothing and "Gen-3
        Alpha" is no alpha. Digits stay, so "2.3.0rc1" still reads as a pre-release, and
        so do the words of a season or port written apart ("renewed for season 3")."""
        if not self._mask:
            return text
        out = list(text)
        for start, end in spans:
            for name in self._name_matches(text, start, end):
                if not (name.lastgroup or "").startswith("n"):
                    continue
                for m in _WORD.finditer(text, name.start(), name.end()):
                    if m.group().lower() in self._own_words:
                        out[m.start() : m.end()] = "x" * (m.end() - m.start())
        return "".join(out)

    def point_releases(self, folded: str) -> list[tuple[int, int]]:
        """Where a later point release of the target is named: its being out means the
        target is out too."""
        return [m.span() for m in self._patch.finditer(folded)] if self._patch else []

    def name_follows(self, text: str, pos: int) -> bool:
        """Whether the target is named right at `pos` (after spaces and "the")."""
        lead = _LEAD_IN.match(text, pos)
        at = lead.end() if lead else pos
        return (
            bool(self._strong) and left_bound(text, at) and self._names.match(text, at) is not None
        )

    def weak_confirmed(self, folded: str, url: str = "", official: bool = False) -> bool:
        """A weak name counts when the maker or a context word is in the item, the item is
        the maker's own or its address names the maker (a maker's forum), or when the
        target gives neither maker nor context (nothing to tell it apart by)."""
        if self.maker is None and self._context is None:
            return True
        if official or self.makers.named(folded):
            return True
        if url_names(url, self.makers.compact):
            return True
        if self._kind is not None and self._kind.search(folded):
            return True
        if self._kin is not None and self._kin.search(folded):
            return True
        return self._context is not None and self._context.search(folded) is not None

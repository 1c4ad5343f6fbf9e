"""Find release dates and windows in text and normalise them to short strings.

Two users: the classifier asks whether a clause points at a time after the item's
publication (then "launches" means "will launch"), and `Detection.window` reports the
announced date or window ("2024-12-09", "Q3 2025", "early 2026", "this year").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from bot.core.detect import rx

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# A month's name or abbreviation alone, for other tables' patterns ("coming December 3").
MONTH_NAME = _MONTH.format("m").replace("(?P<m>", "(?:")
# A word starting as a month does, in the lowercase cue tables ("May", "Sept", "June").
MONTH_START = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
MONTH_WORD = MONTH_START + r"[a-z]*"
# The German months, folded to ASCII ("Marz").
GERMAN_MONTH = (
    r"(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)"
)
_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
# Months in the languages feeds bring most, as `scope.fold` leaves them (accents off:
# "fevrier", "marz", "marco"); Italian, Spanish, French, German, Portuguese, Dutch.
_ITALIAN_MONTHS = (
    *("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto"),
    *("settembre", "ottobre", "novembre", "dicembre"),
)
# (Spanish "marzo" and "agosto" and French "novembre" are the Italian words, so they stand
# only in the Italian tuple.)
_FOREIGN_MONTHS = {
    **{name: number for number, name in enumerate(_ITALIAN_MONTHS, 1)},
    **dict.fromkeys(("enero", "janvier", "januar", "janner", "janeiro", "januari"), 1),
    **dict.fromkeys(("febrero", "fevrier", "februar", "fevereiro", "februari"), 2),
    **dict.fromkeys(("mars", "marz", "marco", "maart"), 3),
    **dict.fromkeys(("abril", "avril"), 4),
    **dict.fromkeys(("mayo", "mai", "maio", "mei"), 5),
    **dict.fromkeys(("junio", "juin", "juni", "junho"), 6),
    **dict.fromkeys(("julio", "juillet", "juli", "julho"), 7),
    **dict.fromkeys(("aout", "augustus"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "septembre", "setembro"), 9),
    **dict.fromkeys(("octubre", "octobre", "oktober", "outubro"), 10),
    **dict.fromkeys(("noviembre", "novembro"), 11),
    **dict.fromkeys(("diciembre", "decembre", "dezember", "dezembro"), 12),
}
_FOREIGN_MONTH = (
    r"(?P<{0}>"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    # (The months German and Dutch spell as English does, for "1. April", "im August".)
    + r"|april|august|september|november|december)\b"
)
# Where a bare month is a date in those languages: "a settembre", "en mars", "im Mai",
# "a partir de junio", "em marco" (Italian "a" only before an Italian month: "a Marco"
# is a man).
_FOREIGN_BEFORE_MONTH = (
    r"(?:a\s+partir\s+de|d'ici|des|entro|da|nel\s+mese\s+di|en|para|hasta|desde|im|ab|bis|"
    r"seit|em|ate|vanaf|tot)\s+"
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "few": 3}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
# (A year's "last" or "final" quarter is its fourth.)
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": 4,
    "final": 4,
    # ("the latter half of 2026", "the back half of the year".)
    "latter": 2,
    "back": 2,
}
# The holidays that are one day each, written without spaces or apostrophes.
_FEAST_DAYS = {
    "christmasday": (12, 25),
    "christmaseve": (12, 24),
    "newyearsday": (1, 1),
    "newyearseve": (12, 31),
    "valentinesday": (2, 14),
    "halloween": (10, 31),
}
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12, "holiday": 11}
_SPECIFIC = 3  # a day
_PERIOD = 2  # a month, quarter, half, season or part of a year
PERIOD = _PERIOD
SPECIFIC = _SPECIFIC
_RELATIVE = 1  # "this year", "soon", a bare year

# The first day of a part of a month: "late May" has not begun on May 13.
_PART_DAY = {"mid": 11, "late": 21, "end of": 21}
# The first month of a part of a year ("late 2020" is no earlier than September).
_PART_MONTH = {"mid": 5, "late": 9, "end of": 10}


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A date or window found in text.

    `earliest` is the first day the reference can mean, or None when it is relative
    ("soon") or its year is unknown; `rank` orders specificity (a day beats a month).
    """

    start: int
    end: int
    label: str
    earliest: date | None
    rank: int


@cache
def _pattern() -> re.Pattern[str]:
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    # (A year may be written short: "Oct. 12 '25".)
    year = r"(?:,?\s*(?P<dy>(?:19|20)\d\d|'\d\d)\b)?"
    parts = [
        r"(?P<iso>\b(?P<iy>20\d\d)-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?\b)",
        r"(?P<mdy>\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        + _MONTH.format("m1")
        + r"\s*"
        + day
        + year
        + ")",
        # A US numeric day where only a day can stand: "is out 8/29", "on 10/3/25" (not a
        # score, "rated 8/10", nor a fraction).
        r"(?P<num>(?:(?<=\bout\s)|(?<=\bon\s)|(?<=\bdue\s)|(?<=\barrives\s))(?P<nm>1[0-2]|0?[1-9])"
        r"/(?P<nd>3[01]|[12]\d|0?[1-9])(?:/(?P<ny>(?:20)?\d\d))?\b(?![/.]\d))",
        # A day in another language: "il 15 marzo", "el 25 de marzo de 2025", "am 1. Juni",
        # "le 1er avril", "em 3 de marco".
        r"(?P<fdmy>\b(?P<fd>[0-3]?\d)(?:\.\s*|er\s+|\s+)(?:de\s+)?"
        + _FOREIGN_MONTH.format("fm")
        + r"(?:,?\s*(?:de\s+|del\s+)?(?P<fdy>(?:19|20)\d\d)\b)?)",
        # A month and year: "marzo 2025", "septiembre de 2025", "im Marz 2026" ("Mars" only
        # after French words: "the Mars 2020 rover" is a mission).
        r"(?P<fmy>\b(?:(?<=en\s)|(?<=de\s)|(?<=fin\s)|(?<=debut\s)|(?<=depuis\s)|(?<=mi-)|(?!mars\b))"
        + _FOREIGN_MONTH.format("fm2")
        + r"\s+(?:de\s+|del\s+)?(?P<fy2>(?:19|20)\d\d)\b)",
        # A bare month after a word that dates it: "arriva a settembre", "llega en junio".
        r"(?P<fbm>\b(?:(?P<fp>"
        + _FOREIGN_BEFORE_MONTH
        + ")"
        + _FOREIGN_MONTH.format("fm3")
        + r"|a\s+(?P<fm4>"
        + "|".join(_ITALIAN_MONTHS)
        + r")\b)(?!\s*\d))",
        r"(?P<dmy>\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH.format("m2")
        + r",?\s*(?P<year2>(?:19|20)\d\d)?\b)",
        # ("the second half of May" is late May; "the second half of 2026" is H2, below.)
        r"(?P<part>\b(?P<pw>early|mid|late|end of|the end of|start of|beginning of|"
        r"(?:the\s+)?(?:first|second|latter)\s+half\s+of(?!\s+(?:19|20)\d\d))[\s-]+"
        r"(?:(?P<py>(?:19|20)\d\d)\b|" + _MONTH.format("m3") + r"(?:\s+(?P<pmy>20\d\d)\b)?))",
        r"(?P<my>\b" + _MONTH.format("m4") + r"\s+(?:of\s+)?(?P<y4>(?:19|20)\d\d)\b)",
        r"(?P<q>\bq(?P<qn>[1-4])\s*(?:of\s+(?=20\d\d))?'?\s*(?P<qy>20\d\d|\d\d)\b)",
        r"(?P<qw>\b(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\s+(?:of\s+)?"
        r"(?P<qwy>20\d\d)\b)",
        r"(?P<h>\b(?:(?:the\s+)?(?P<ho>first|second|1st|2nd|latter|back)\s+half\s+of\s+|h(?P<hn>[12])\s+)"
        r"(?P<hy>20\d\d)\b)",
        # A bare month after a preposition: "ships in December", "delayed to March"; or
        # after "this" or "next", spelled out ("this may" is a modal): "this December";
        # "the release for June". "back in May" looks back, whatever the clause plans.
        r"(?P<bm>\b(?:(?P<bmb>back\s+)?(?:in|by|from|until|to|for|starting|beginning)\s+|"
        r"(?P<bmp>this|next)\s+"
        r"(?=(?:january|february|march|april|june|july|august|september|october|november"
        r"|december)\b)"
        # A headline's bare month after its verb: "Lost Thunder Hits Shelves November"
        # ("launches march" and "arrives may" are rarely months).
        r"|(?:"
        + "|".join(
            rf"(?<=\b{verb}\s)"
            for verb in (
                *("shelves", "stores", "launches", "arrives", "ships", "lands", "drops"),
                *("debuts", "premieres", "releases", "returns"),
            )
        )
        + r")(?=(?:january|february|april|june|july|august|september|october|november"
        r"|december)\b))"
        + _MONTH.format("m5")
        # "starting Oct. 24" is a day, read by the day patterns.
        + r"(?!\.?\s*,?\s*\d))",
        # A holiday that is one day: "releases Christmas Day" (not "by Christmas", a
        # season's goal).
        r"(?P<fest>\b(?P<fn>christmas\s+day|christmas\s+eve|new\s+year['\u2019]?s\s+(?:day|eve)|"
        r"valentine['\u2019]?s\s+day|halloween)(?:,?\s+(?P<fy>(?:19|20)\d\d))?\b)",
        r"(?P<season>\b(?P<sp>this\s+|next\s+)?(?P<sn>spring|summer|fall|autumn|winter"
        r"|holiday(?:\s+season)?)(?:\s+(?:of\s+)?(?P<sy>20\d\d))?\b)",
        r"(?P<this>\b(?:later\s+|sometime\s+|by\s+the\s+end\s+of\s+)?this\s+year\b"
        r"|\b(?:by\s+)?the\s+end\s+of\s+the\s+year\b)",
        # A quarter counted from the publication day: "arriving next quarter".
        r"(?P<qrel>\b(?P<qp>this|next|the\s+current|the\s+next|the\s+coming)\s+quarter\b)",
        r"(?P<next>\bnext\s+(?P<nu>year|month|week)\b)",
        r"(?P<coming>\b(?:in\s+)?(?:the\s+)?coming\s+(?P<cu>days|weeks|months)\b)",
        # ("in two to three weeks", "in 2-3 weeks": counted from the first.)
        r"(?P<within>\bin\s+(?:a\s+)?(?P<wn>a|one|two|three|four|five|six|few|\d{1,2})"
        r"(?:\s*(?:to|-|or)\s*(?:two|three|four|five|six|seven|eight|\d{1,2}))?\s+"
        r"(?P<wu>day|week|month)s?\b)",
        r"(?P<soon>\b(?:coming\s+)?soon\b)",
        r"(?P<today>\btoday\b)",
        r"(?P<tomorrow>\btomorrow\b)",
        # (And "in" in the languages feeds bring most: "lance en 2026", "nel 2021".)
        r"(?P<yr>\b(?:in|en|em|nel|for|by|during|until|before|throughout|from|since|available)\s+"
        r"(?P<yy>(?:19|20)\d\d)\b"
        r"|\b(?P<yy2>20\d\d)\s+(?:release|launch)\b"
        # A year written short: "get it out sometime in '25".
        r"|\b(?:in|by|until|during)\s+['\u2019](?P<ya>[0-9]\d)\b(?!['\u2019])\b)",
    ]
    # Only word starts that can open a reference are tried at all: this keeps the long
    # alternation off most positions. The openers are grouped by first letter, so a word
    # start costs a test per letter rather than one per opener.
    # The commonest words ("the", "to", "for") open a reference only with the word after
    # them, so that word is part of their opener.
    month = MONTH_START
    # (The second line of each letter opens the other languages' dates.)
    italian = r"(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)"
    opener = (
        r"\b(?=\d(?:\d?(?:st|nd|rd|th)?\s|\d\d\d[-\s]|\d?/|\d?\.\s*[a-z]|\d?er\s)"
        r"|a(?:pr|ug|utumn|vailable\s+(?:19|20)"
        rf"|bril|go|out|vril|te\s|b\s|\s+(?:partir|{italian}))|b(?:ack|eginning|efore|is\s"
        rf"|y\s+(?:{month}|the\s+end|19|20|['\u2019]))|c(?:oming|hristmas)|d(?:ec|uring"
        r"|ic|ez|a\s|'ici|es\s|esde\s)"
        r"|e(?:arly|nd|nero|n\s|m\s|ntro\s)|f(?:all|eb|inal\s+quarter|irst\s+(?:quarter|half)"
        rf"|or\s+(?:{month}|19|20)|ourth|ri|rom\s+(?:{month}|19|20)|ev)|g(?:ennaio|iugno)"
        rf"|h(?:[12]\b|oliday|alloween|asta\s)|in\s+(?:{month}|\d|['\u2019]|a\s|one|two|three|four"
        r"|five|six|few|(?:the\s+)?coming)|im\s"
        r"|j(?:an|u[lni])|l(?:ast|ate|ater|uglio)|m(?:ar|ay|id|on|ag|ai|ei)"
        r"|n(?:ext|ov|ew\s+year|el\s+mese)|o(?:ct|tt|ut|kt)|para\s|q[1-4]"
        r"|s(?:at|econd|ep|ince|ometime|oon|pring|tart|tarting|ummer|un|et|eit\s)"
        r"|t(?:he\s+(?:end|first|second|1st|2nd|latter|back|coming|current|next)\b|hird|his|hroughout|hu"
        rf"|o(?:day|morrow|\s+{month})|ue|ot\s)|until|v(?:alentine|anaf)|w(?:ed|inter))"
    )
    return rx.compile(opener + "(?:" + "|".join(parts) + ")")


def _month(word: str) -> int:
    return _MONTHS[word[:3].lower()]


def _foreign_month(word: str) -> int:
    return _FOREIGN_MONTHS.get(word) or _month(word)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(published: date, month: int, day: int) -> date | None:
    """A day given without a year is the occurrence nearest the publication day: in
    February, "November 21" is last November; in December, "January 10" is next January
    (writers add the year when it is far away)."""
    found = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
    days = [d for d in found if d is not None]
    return min(days, key=lambda d: abs((d - published).days)) if days else None


def _day_ref(
    span: tuple[int, int], published: date | None, month: int, day: int, year: int | None
) -> TimeRef | None:
    """A day written as month and day, with or without its year; without one it is the
    occurrence nearest `published` (`_nearest`), or a day of no known year."""
    if year is not None:
        found = _safe_date(year, month, day)
    elif published:
        found = _nearest(published, month, day)
    else:
        return TimeRef(*span, f"{_MONTH_NAMES[month - 1][:3]} {day}", None, _SPECIFIC)
    return TimeRef(*span, found.isoformat(), found, _SPECIFIC) if found else None


def _full_year(written: str | None) -> int | None:
    """A year as written after a day, in full: "2025", "'25" and "25" are 2025."""
    if not written:
        return None
    year = int(written.lstrip("'"))
    return year + 2000 if year < 100 else year


def _hit(m: re.Match[str], published: date | None, plans: bool) -> TimeRef | None:
    kind = m.lastgroup
    g = m.group
    span = (m.start(), m.end())
    if kind == "iso":
        y, mo = int(g("iy")), int(g("im"))
        if g("id"):
            day = _safe_date(y, mo, int(g("id")))
            return TimeRef(*span, day.isoformat(), day, _SPECIFIC) if day else None
        return TimeRef(*span, f"{y}-{mo:02d}", _safe_date(y, mo, 1), _PERIOD)
    if kind in ("mdy", "dmy"):
        mo = _month(g("m1") if kind == "mdy" else g("m2"))
        d = int(g("day") if kind == "mdy" else g("day2"))
        year_text = g("dy") if kind == "mdy" else g("year2")
        return _day_ref(span, published, mo, d, _full_year(year_text))
    if kind == "fdmy":
        mo, year = _foreign_month(g("fm")), _full_year(g("fdy"))
        return _day_ref(span, published, mo, int(g("fd")), year)
    if kind == "fmy":
        y, mo = int(g("fy2")), _foreign_month(g("fm2"))
        return TimeRef(*span, f"{y}-{mo:02d}", _safe_date(y, mo, 1), _PERIOD)
    if kind == "num":
        return _day_ref(span, published, int(g("nm")), int(g("nd")), _full_year(g("ny")))
    if kind == "part":
        word = g("pw").lower().replace("the end of", "end of").replace("beginning", "start")
        if word.endswith("half of"):
            # A half of a month is its part: "the second half of May" is late May.
            word = "early" if "first" in word else "late"
        if g("py"):
            # "late 2020" starts in the autumn: in March 2020 it is still ahead.
            begins = _PART_MONTH.get(word, 1)
            return TimeRef(*span, f"{word} {g('py')}", _safe_date(int(g("py")), begins, 1), _PERIOD)
        mo = _month(g("m3"))
        near = _nearest(published, mo, 1) if published and not g("pmy") else None
        year = int(g("pmy")) if g("pmy") else (near.year if near else None)
        label = f"{word} {_MONTH_NAMES[mo - 1]}" + (f" {year}" if year else "")
        first_day = _PART_DAY.get(word, 1)
        return TimeRef(*span, label, _safe_date(year, mo, first_day) if year else None, _PERIOD)
    if kind == "my":
        y, mo = int(g("y4")), _month(g("m4"))
        return TimeRef(*span, f"{y}-{mo:02d}", _safe_date(y, mo, 1), _PERIOD)
    if kind in ("q", "qw"):
        n = int(g("qn")) if kind == "q" else _ORDINALS[g("qo").lower()]
        y = int(g("qy") if kind == "q" else g("qwy"))
        y = y + 2000 if y < 100 else y
        return TimeRef(*span, f"Q{n} {y}", _safe_date(y, 3 * n - 2, 1), _PERIOD)
    if kind == "qrel":
        ahead = g("qp").split()[-1].lower() in ("next", "coming")
        if published is None:
            return TimeRef(*span, f"{'next' if ahead else 'this'} quarter", None, _RELATIVE)
        n = (published.month - 1) // 3 + 1 + ahead
        y = published.year + (n > 4)
        n = n - 4 if n > 4 else n
        return TimeRef(*span, f"Q{n} {y}", _safe_date(y, 3 * n - 2, 1), _PERIOD)
    if kind == "h":
        n = int(g("hn")) if g("hn") else _ORDINALS[g("ho").lower()]
        y = int(g("hy"))
        return TimeRef(*span, f"H{n} {y}", _safe_date(y, 6 * n - 5, 1), _PERIOD)
    if kind in ("bm", "fbm"):
        mo = _month(g("m5")) if kind == "bm" else _foreign_month(g("fm3") or g("fm4"))
        prefix = (g("bmp") or "").lower() if kind == "bm" else ""
        if published is None:
            return TimeRef(*span, _MONTH_NAMES[mo - 1], None, _PERIOD)
        # ("seit Marz", "desde junio" look back as "back in May" does.)
        back = g("bmb") if kind == "bm" else (g("fp") or "").startswith(("seit", "desde"))
        first: date | None
        if back:
            first = date(published.year - (mo > published.month), mo, 1)
        elif prefix:
            # "this March" is this year's, past or ahead; "next March" the one ahead.
            year = published.year + (prefix == "next" and mo <= published.month)
            first = date(year, mo, 1)
        elif plans:
            # In a plan a bare month is the next one: "ships in December", said in
            # March, is this December.
            first = date(published.year + (mo < published.month), mo, 1)
        else:
            first = _nearest(published, mo, 1)
        return TimeRef(*span, f"{first:%Y-%m}", first, _PERIOD) if first else None
    if kind == "fest":
        fm, fd = _FEAST_DAYS[re.sub(r"['\u2019]|\s+", "", g("fn"))]
        return _day_ref(span, published, fm, fd, int(g("fy")) if g("fy") else None)
    if kind == "season":
        name = g("sn").lower().replace("fall", "autumn")
        if g("sy"):
            # The season's first month: "holiday 2020" is not before November 2020.
            start = _SEASON_MONTHS[name.split()[0]]
            return TimeRef(*span, f"{name} {g('sy')}", _safe_date(int(g("sy")), start, 1), _PERIOD)
        prefix = (g("sp") or "").strip().lower()
        if not prefix:
            return None
        # "arrives this fall" in May is ahead; said in the autumn, the season has begun.
        earliest = None
        if prefix == "this" and published is not None:
            start = _SEASON_MONTHS[name.split()[0]]
            earliest = _safe_date(published.year, start, 1)
        return TimeRef(*span, f"{prefix} {name}", earliest, _RELATIVE)
    if kind == "this":
        return TimeRef(*span, "this year", None, _RELATIVE)
    if kind == "next":
        return TimeRef(*span, f"next {g('nu').lower()}", None, _RELATIVE)
    if kind == "coming":
        return TimeRef(*span, f"coming {g('cu').lower()}", None, _RELATIVE)
    if kind == "within":
        # "ships in two weeks": a short delay counted from the publication day.
        n = _COUNTS[g("wn")] if g("wn").isalpha() else int(g("wn"))
        unit = g("wu")
        label = re.sub(r"\s+", " ", g("within"))
        if published is None:
            return TimeRef(*span, label, None, _RELATIVE)
        return TimeRef(*span, label, published + timedelta(days=n * _UNIT_DAYS[unit]), _RELATIVE)
    if kind == "soon":
        return TimeRef(*span, "soon", None, _RELATIVE)
    if kind in ("today", "tomorrow"):
        if published:
            day = published + timedelta(days=1 if kind == "tomorrow" else 0)
            return TimeRef(*span, day.isoformat(), day, _SPECIFIC)
        return TimeRef(*span, kind, None, _RELATIVE)
    if kind == "yr":
        y = int(g("yy") or g("yy2") or 2000 + int(g("ya")))
        return TimeRef(*span, str(y), _safe_date(y, 1, 1), _RELATIVE)
    return None


def find_times(text: str, published: date | None = None, plans: bool = False) -> list[TimeRef]:
    """All dates and windows in `text`, in order. A day without a year is its occurrence
    nearest the publication day; so is a bare month ("in December"), unless `plans` says
    the text speaks of what is coming, when it is the next one. The patterns are
    lowercase and read the lowercased text (a text whose length changes when lowercased
    holds no ASCII date we could parse reliably anyway, so it yields nothing)."""
    refs: list[TimeRef] = []
    lowered = text.lower()
    if len(lowered) != len(text):
        return refs
    for m in _pattern().finditer(lowered):
        ref = _hit(m, published, plans)
        if ref is not None:
            refs.append(ref)
    return refs


def points_after(refs: list[TimeRef], published: date | None) -> bool:
    """Whether any reference starts after the publication day (so the text speaks of
    the future). Without a publication day, a specific day or month counts as future:
    headlines name the day of a coming launch far more often than of a past one, and
    "tomorrow" is ahead whatever the day (dated, it is the day after publication)."""
    for ref in refs:
        if published is None:
            if (ref.rank >= _PERIOD and ref.label != "today") or ref.label == "tomorrow":
                return True
        elif ref.earliest is not None and ref.earliest > published:
            return True
    return False


def past_in(text: str, published: date | None) -> bool:
    """Whether `text` (a short phrase such as "following its October debut") dates
    something before the publication day; a bare month is its nearest occurrence."""
    if published is None:
        return False
    refs = find_times(text, published)
    if any(r.earliest is not None and r.earliest <= published for r in refs):
        return True
    # (A day read ahead stays ahead: "after the series' November 7 launch" on November 1.)
    month = None if refs else _bare_month().search(text.lower())
    if month is None:
        return False
    start = _nearest(published, _month(month.group(1)), 1)
    return start is not None and start <= published


@cache
def _bare_month() -> re.Pattern[str]:
    return rx.compile(r"\b" + _MONTH.format("bm").replace("(?P<bm>", "("))


def best_ref(refs: list[TimeRef]) -> TimeRef | None:
    """The most specific reference, the first one on ties."""
    best: TimeRef | None = None
    for ref in refs:
        if best is None or ref.rank > best.rank:
            best = ref
    return best


def best_window(refs: list[TimeRef]) -> str | None:
    """The most specific reference's words."""
    best = best_ref(refs)
    return best.label if best else None


def due_day(ref: TimeRef | None) -> date | None:
    """The day a reference names, when it names one ("October 26", not "this fall"): the
    tracker takes a report after a release day as corroborated by the day itself."""
    return ref.earliest if ref is not None and ref.rank >= _SPECIFIC else None


def opening_day(ref: TimeRef | None) -> date | None:
    """The first day of a window that is no single day ("this fall": September 1;
    "Q3 2025": July 1), when it is known: the tracker takes a plain report of the
    release from that day on as corroborated by the window."""
    return ref.earliest if ref is not None and ref.rank < _SPECIFIC else None

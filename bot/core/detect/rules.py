"""Cue rows that argue for a status: out now, coming, who says so, and indirect signs
that a product is out. Rows are (kind, name, start words, lowercase pattern); see `cues`
for how they are scanned and why their order matters.
"""

from __future__ import annotations

_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|gets?|got|became|becomes)"
_ADV = r"(?:now|finally|officially|just|already|fully|widely|publicly|generally|also)"
_OUT_STATE = (
    r"(?:released|launched|shipped|rolled\s+out|made\s+available|available|out|live|here|"
    r"shipping|on\s+sale|in\s+stores|downloadable|stable|playable|streaming|"
    r"in\s+(?:theaters|theatres|cinemas))"
)
# "is available in three colours" describes a product, it does not release it.
_NOT_OPTIONS = (
    r"(?!\s+(?:in|with)\s+(?:[\w-]+\s+){0,2}?(?:colou?rs?|sizes?|finish(?:es)?|shades|variants|"
    r"configurations|storage|options|models)\b)"
)
_REL_VERB = (
    r"(?:launch|release|ship|arrive|debut|roll\s*out|hit|land|come|go\s+on\s+sale|"
    r"be\s+(?:generally\s+|publicly\s+|widely\s+)?available|become\s+available|go\s+live|"
    r"begin|start|open|enter|reach|make\s+its\s+debut|be\s+out|drop|launching|releasing|"
    r"shipping|arriving|coming|rolling\s+out|available|out|premiere)"
)

# A word between "will" and its verb, unless it is a hedge: "will probably launch" is a
# guess, so the modal must stay visible to the hedge rows.
_NOT_HEDGE = (
    r"(?:(?!(?:probably|possibly|likely|maybe|perhaps|reportedly|allegedly|supposedly|"
    r"apparently|potentially)\b)[\w-]+\s+)"
)

RELEASED_NOW: tuple[tuple[str, str, str, str], ...] = (
    (
        "released",
        "rolling-out",
        "is are *'s began begins begin started starts start now",
        r"\b(?:is|are|\w+'s|began|begins|begin|started|starts|start|"
        r"now)\s+(?:now\s+|officially\s+|gradually\s+|slowly\s+|already\s+)?(?:rolling\s+out|"
        r"shipping|releasing)\b(?!\s+(?:in|within)\s+(?:the\s+)?coming)",
    ),
    (
        "released",
        "is-out",
        "is are was were has have had get gets got became becomes",
        rf"\b{_BE}\s+(?:{_ADV}\s+){{0,2}}{_OUT_STATE}\b(?!\s+(?:of|to\s+"
        r"pre|for\s+pre|in\s+(?:beta|preview)|as\s+(?:a\s+)?(?:beta|preview)))" + _NOT_OPTIONS,
    ),
    (
        "released",
        "now-available",
        "now finally already",
        rf"\b(?:now|finally|already)\s+(?:{_ADV}\s+)?(?:available|"
        r"out|live|shipping|on\s+sale|in\s+stores|downloadable|stable|playable|rolling\s+out|"
        r"streaming|in\s+(?:theaters|theatres|cinemas))\b(?!\s+(?:to|for)\s+pre)",
    ),
    (
        "released",
        "available-now",
        "available out on in",
        r"\b(?:available|out)\s+(?:now|today)\b|\bon\s+sale\s+now\b|"
        r"\bin\s+stores\s+now\b",
    ),
    (
        "released",
        "generally-available",
        "publicly generally widely broadly reached reaches hit hits entered enters is now",
        r"\b(?:publicly|generally|widely|broadly)\s+available\b"
        r"|\b(?:reached|reaches|hits?|entered|enters|is\s+in|now\s+in)\s+(?:ga|stable|general\s+"
        r"availability)\b",
    ),
    (
        "released",
        "available-to-buy",
        "available accessible",
        r"\bavailable\s+(?:for|to)\s+(?:download|purchase|buy|"
        r"order|stream)\b|\b(?:available|accessible)\s+(?:now\s+)?(?:to|for)\s+(?:all\s+|every\s+|"
        r"any\s+)?(?:[\w+-]+\s+){0,3}?(?:users|subscribers|customers|members|players|owners|"
        r"developers|everyone|public)\b",
    ),
    (
        # "available starting October": the present tense of a dated release, read like
        # a headline's ("launches November 7"): future when the date is ahead.
        "released",
        "available-from",
        "available",
        r"\bavailable\s+(?:starting|beginning)\b|\bavailable\s+(?:from|on)\s+(?=(?:jan|feb|mar|"
        r"apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|early|mid|late|next|"
        r"this|tomorrow|\d))",
    ),
    (
        # Goods handed to buyers are out, whatever the product ("deliveries have begun").
        "released",
        "delivered",
        "deliveries shipments delivered handed hands began begins",
        r"\b(?:deliveries|shipments)\s+(?:have\s+|has\s+)?(?:officially\s+|now\s+)?(?:begun|"
        r"began|started|commenced)\b|\bdelivered\s+(?:[\w-]+\s+){0,6}?to\s+(?:its\s+|their\s+)?"
        r"(?:first\s+)?(?:customers|buyers|owners)\b|\bhand(?:ed|s)\s+over\s+(?:[\w-]+\s+){0,7}?"
        r"to\s+(?:its\s+|their\s+)?(?:first\s+)?(?:customers|buyers|owners)\b|\bbegan\s+"
        r"(?:customer\s+)?deliveries\b",
    ),
    (
        # Units sold are units on sale ("has sold 3.5 million consoles").
        "released",
        "units-sold",
        "has have had sold sells",
        r"\b(?:(?:has|have|had)\s+)?(?:sold|sells)\s+(?:more\s+than\s+|over\s+|nearly\s+|"
        r"almost\s+|about\s+|some\s+)?[\d.,]+\s*(?:million|m|k|thousand)?\s+(?:copies|units|"
        r"consoles|phones|handsets|cars|vehicles|devices|headsets)\b",
    ),
    (
        # A film's grosses: "opens to $345m", "topped the box office".
        "released",
        "box-office",
        "opens opened topped tops led leads",
        r"\bopen(?:s|ed)\s+(?:to|with)\s+(?:an?\s+)?(?:[\w-]+\s+)?\$|\b(?:topped|tops|led|leads)"
        r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?box\s+office\b|\bopened\s+(?:nationwide|worldwide|"
        r"in\s+(?:cinemas|theaters|theatres))\b",
    ),
    (
        "released",
        "current-version",
        "is as was current latest",
        r"\b(?:is|as|was)\s+(?:the|our)\s+(?:current|latest|"
        r"newest|most\s+recent)\s+(?:[\w.+-]+\s+){0,3}?(?:version|release|lts|model|flagship|stable|"
        r"generation)\b|\bcurrent\s+(?:active\s+)?lts\b|\blatest\s+(?:[\w.+-]+\s+){0,2}?"
        r"(?:lts|stable)\b",
    ),
    (
        "released",
        "launched",
        "officially quietly finally recently just eventually formally globally publicly suddenly "
        "first launched released debuted shipped rolled unleashed went came hit arrived "
        "stabilized stabilised stabilizes stabilises",
        r"\b(?:officially\s+|quietly\s+|finally\s+|recently\s+|just\s+|"
        r"eventually\s+|formally\s+|globally\s+|publicly\s+|suddenly\s+|first\s+)?(?:launched|"
        r"released|debuted|shipped|rolled\s+out|unleashed|went\s+live|came\s+out|went\s+on\s+sale|"
        r"hit\s+(?:stores|shelves|store\s+shelves|the\s+market)|arrived|stabili[sz]ed|"
        r"stabili[sz]es)\b",
    ),
    (
        "released",
        "launch-day",
        "launch launched release d",
        r"\blaunch(?:ed)?\s+day\b|\brelease\s+day\b|\bd-day\b",
    ),
    ("released", "debut", "make makes", r"\bmakes?\s+(?:its|their|a)\s+(?:[\w-]+\s+){0,3}?debut\b"),
    (
        "released-title",
        "headline-present",
        "launches releases debuts rolls ships unleashes arrives lands goes hits premieres opens",
        r"\b(?:launches|releases|debuts|rolls\s+out|premieres|"
        r"ships|unleashes|arrives|lands|goes\s+live|hits\s+(?:stores|shelves|cinemas|theaters|"
        r"theatres)|opens\s+(?:in\s+(?:cinemas|theaters|theatres)|nationwide|worldwide))\b",
    ),
)

COMING: tuple[tuple[str, str, str, str], ...] = (
    (
        "future",
        "will-release",
        "will *'ll shall is are would",
        rf"\b(?:will|\w+'ll|shall|is\s+going\s+to|are\s+going\s+to|would)"
        rf"\s+{_NOT_HEDGE}{{0,3}}?(?:be\s+)?{_REL_VERB}\w*",
    ),
    (
        "future",
        "set-to",
        "set scheduled slated planned poised due on timed penciled pencilled locked targeted "
        "destined",
        r"\b(?:set|scheduled|slated|planned|poised|due|on\s+track|timed|"
        r"penciled\s+in|pencilled\s+in|locked\s+in|targeted|destined)\s+(?:to|for|out)\b"
        r"|\bdue\s+(?:in|on|by)\b"
        r"(?:\s+(?:be\s+)?(?:released|launched|launch|release|ship|arrive|debut|hit|land|go|"
        r"roll\s*out|come|drop|open|begin|start))?",
    ),
    (
        "future",
        "date-set",
        "release launch ship get gets dated lands arrives announce announces announced confirm "
        "confirms confirmed reveal reveals revealed set sets",
        r"\b(?:release|launch|ship)\s+date\s+(?:is\s+)?(?:officially\s+)?"
        r"(?:locked|set|confirmed|revealed|announced|dated)\b|\bgets?\s+(?:a\s+|an\s+)?(?:release|early\s+access|"
        r"launch)\s+date\b|\b(?:dated|lands|arrives)\s+(?:for|on)\b|\b(?:announces?|announced|"
        r"confirms?|confirmed|reveals?|revealed|sets?)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?"
        r"(?:release|launch|ship|availability)\s+(?:date|window|timeline)\b",
    ),
    (
        "future",
        "ga-planned",
        "general",
        r"\bgeneral\s+availability\s+(?:is\s+)?(?:planned|expected|scheduled|set|slated|"
        r"targeted|coming|due)\b",
    ),
    (
        "future",
        "dated-release",
        "with for a an its their planned expected scheduled",
        r"\b(?:with|for|an?|its|their|planned|expected|scheduled)\s+(?:an?\s+)?(?:(?:early|"
        r"mid|late)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|"
        r"autumn|winter|holiday|q[1-4]|20\d\d)\w*\.?(?:\s+20\d\d)?\s+(?:release|launch|debut)\b",
    ),
    (
        "future",
        "release-date",
        "release launch early ship arrival premiere target",
        r"\b(?:release|launch|early\s+access|ship|arrival|premiere|target)\s+(?:date|window|"
        r"timeline)\b",
    ),
    (
        "future",
        "launching",
        "is are *'s launching",
        r"\b(?:is|are|\w+'s)\s+(?:(?!not\b|never\b)[\w-]+\s+)?(?:launching|arriving|"
        r"coming|landing|debuting|heading)\b|\blaunching\s+(?:in|on|this|next|later|early|"
        r"late|soon)\b",
    ),
    (
        "future",
        "coming",
        "coming upcoming forthcoming imminent on",
        r"\bcoming\s+(?:soon|out|to|in|this|next|later|early|late|on|at|"
        r"with|back)\b|\b(?:up|forth)coming\b|\bimminent\b|\bon\s+the\s+horizon\b",
    ),
    (
        "future",
        "pre-orders",
        "launch open start begin began kick can pre preorder reservation wait",
        r"\bcan\s+be\s+pre-?ordered\b|\bpre-?order(?:s|ing)?\b|"
        r"\bpreorders?\b|\breservations?\b[^.;]{0,40}?\b(?:are\s+|is\s+)?(?:now\s+)?open\b|"
        r"\bwait-?list\b",
    ),
    (
        "future",
        "plans-to",
        "plan plans planning aim aims aiming intend intends intending prepare prepares preparing "
        "gearing getting readies readying goal target set",
        r"\b(?:plans?|planning|aims?|aiming|intends?|intending|prepares?|"
        r"preparing|gearing\s+up|getting\s+ready|readies|readying|goal\s+(?:is\s+)?|"
        r"target\s+is|set\s+a\s+goal)\s+(?:is\s+)?(?:to|for)\s+(?:[\w-]+\s+)?(?:launch|"
        r"release|ship|debut|bring|roll\s*out|open|the\s+release|the\s+launch|a\s+release)\w*",
    ),
    (
        # Making the product is the step before selling it.
        "future",
        "production-start",
        "start starts begin begins production",
        r"\b(?:start|starts|begin|begins)\s+(?:[\w-]+\s+){0,2}?production\b|\bproduction\s+"
        r"(?:will\s+|is\s+(?:set|scheduled|due|slated)\s+to\s+)(?:start|begin)\b",
    ),
    (
        "future",
        "next-to-release",
        "next shouldn't shouldnt close closer nearing",
        r"\bnext\s+to\s+be\s+released\b|\bshouldn'?t\s+be\s+(?:too\s+|"
        r"very\s+)?long\b|\b(?:close|closer|nearing)\s+(?:to\s+)?(?:release|launch)\b",
    ),
    (
        "future",
        "delayed",
        "delay delays delayed postpone postponed postpones pushed push pushes pushing being "
        "reschedul slip slips slipped moved",
        r"\b(?:delay(?:s|ed)?|postpone[sd]?|pushed\s+(?:back|to|into)|"
        r"push(?:es|ed|ing)?\s+back|being\s+pushed|reschedul\w+|slip(?:s|ped)?\s+(?:to|by|back|"
        r"into|until)|moved\s+to)\b",
    ),
    (
        "future-title",
        "to-launch",
        "to",
        r"\bto\s+(?:launch|release|ship|debut|introduce|"
        r"roll\s*out|bring|open)\b",
    ),
)

SOURCES: tuple[tuple[str, str, str, str], ...] = (
    (
        "attrib",
        "according-to",
        "according as cites citing cited per",
        r"\baccording\s+to\b|\bas\s+per\b|\bcit(?:es|ing|ed)\b|"
        r"\bper\s+(?:the|a|an|\w+'s)\s",
    ),
    ("official", "officially", "official officially formally", r"\bofficial(?:ly)?\b|\bformally\b"),
    (
        "official",
        "press-release",
        "press release changelog keynote",
        r"\bpress\s+release\b|\brelease\s+notes\b|\bchangelog\b|"
        r"\brelease\s+(?:schedule|announcement|team|manager)\b|\bkeynote\b",
    ),
    (
        "official",
        "role",
        "ceo cto cfo coo cpo president chief director producer spokes executive vice vp head "
        "maintainer maintainers core project co cofounder founder creator lead the team product",
        r"\b(?:ceo|cto|cfo|coo|cpo|president|chief\s+\w+(?:\s+officer)?|"
        r"director|producer|spokes(?:person|man|woman)|executive|vice\s+president|vp|head\s+of\s+"
        r"\w+|maintainers?|core\s+team|project\s+(?:lead|group|team|manager)|co-?founder|founder|"
        r"creator|lead\s+developer|the\s+developers?|team\s+member|product\s+manager)\b",
    ),
    (
        "official",
        "first-person",
        "we we'll we've we're our",
        r"\bwe(?:'ll|'ve|'re|\s+will|\s+are|\s+have|\s+plan|"
        r"\s+expect|\s+hope|\s+aim|\s+intend)\b|\bour\s+(?:goal|plan|target|aim|intention)\b",
    ),
    (
        "announce",
        "announced",
        "announc confirm unveil reveal introduc said says stated states told tells detailed "
        "details showcased presented wrote writes replies replied answered answers posted noted "
        "notes explained teases teased teasing shows showed",
        r"\b(?:announc(?:es|ed|ing|e)|confirm(?:s|ed|ing)?|unveil(?:s|ed|"
        r"ing)?|reveal(?:s|ed|ing)?|introduc(?:es|ed|ing)|said|says|stated|states|told|tells|"
        r"detailed|details|showcased|presented|wrote|writes|replies|replied|answered|answers|"
        r"posted|noted|notes|explained|teas(?:es|ed|ing)|show(?:s|ed)?\s+off)\b",
    ),
)

SIGNS_OF_RELEASE: tuple[tuple[str, str, str, str], ...] = (
    (
        "released-weak",
        "review",
        "review long",
        r"\breview(?:s|ed|er|ers)?\b|\blong-term\s+(?:test|review)\b",
    ),
    (
        "released-weak",
        "used",
        "after nearly over about daily my bought purchased purchasing unboxed unboxing i i've",
        r"\bafter\s+(?:a|one|two|three|four|several|many|\d+|nearly\s+"
        r"\d+|over\s+\d+|a\s+full)\s+(?:full\s+)?(?:weeks?|months?|days?|hours?|years?)\b|"
        r"\b(?:nearly|over|about)\s+\d+\s+hours\b|\bdaily\s+(?:use|driver)\b|\bmy\s+new\b|"
        r"\b(?:bought|purchased|purchasing|unboxed|unboxing)\b|\bi(?:'ve|\s+have)\s+been\s+"
        r"using\b",
    ),
    (
        "released-weak",
        "buying-advice",
        "should worth buy",
        r"\bshould\s+(?:you|i)\s+buy\b|\bworth\s+(?:buying|"
        r"the\s+upgrade|upgrading)\b|\bshould\s+buy\b|\bbuy\s+(?:a|the|this)\b",
    ),
    (
        "released-weak",
        "retrospective",
        "since after following the with hours days weeks months years",
        r"\bsince\s+(?:(?:its|the|it|their)\s+(?:[\w-]+\s+)?)?"
        r"(?:release|launch|debut|launched|was\s+released|came\s+out|arrived)\b|\b(?:after|"
        r"following)\s+(?:its|the)\s+(?:[\w-]+\s+){0,3}?(?:release|launch|debut)\b(?!\s+(?:date|"
        r"window|event|trailer))|\b(?:hours|days|weeks|months|years)\s+(?:after|since)\s+(?:its\s+|"
        r"the\s+)?(?:launch|release|debut)\b(?!\s+(?:date|"
        r"window|event|trailer))|\bthe\s+(?:subsequent|recent|successful|initial|original|public|"
        r"global)\s+(?:[\w-]+\s+){0,2}?(?:release|launch|debut)\b|\bwith\s+the\s+(?:recent\s+)?"
        r"(?:release|launch|arrival|debut)\s+of\b|\bthe\s+(?:release|launch|arrival|debut)\s+of\b",
    ),
    (
        "released-weak",
        "sold",
        "sold sells selling",
        r"\b(?:sold|sells|selling)\s+(?:out|over|more\s+than|\d|a\s+million|millions|a\s+record)",
    ),
    (
        # A third party supporting the product, or its owners reporting faults, means
        # people have it.
        "released-weak",
        "in-use",
        "add adds added adding now owners buyers customers users players",
        r"\b(?:adds?|added|adding)\s+support\s+for\b|\bnow\s+supports?\b|\b(?:owners|buyers|"
        r"customers|users|players)\s+(?:are\s+|have\s+)?(?:report(?:s|ed|ing)?|complain\w*)\b",
    ),
    (
        # Fixing a product in a point release means people run it.
        "released-weak",
        "maintenance",
        "bugfix bug patch point maintenance fixes fixed",
        r"\b(?:bug-?fix|patch|point|maintenance)\s+releases?\b|\bfix(?:es|ed)\s+(?:several\s+|"
        r"many\s+|some\s+|\d+\s+|two\s+|three\s+)?(?:bugs|regressions|crashes)\s+in\b",
    ),
    (
        "released-weak",
        "upgraded-to",
        "upgraded updated switched migrated",
        r"\b(?:upgraded|updated|switched|migrated)\s+to\b",
    ),
    (
        "released-weak",
        "discontinued",
        "discontinu shut end deprecat",
        r"\bdiscontinu(?:ed|es|ing)\b|\bshut\s+down\b|"
        r"\bend[- ]of[- ]life\b|\bdeprecat(?:ed|es|ing)\b",
    ),
)

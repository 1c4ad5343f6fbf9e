"""The cue phrase table: what release-status language looks like, product-independent.

All cues are alternatives of one regex scanned left to right, so at any position the
earliest-starting cue wins and, at the same position, the earlier row of the table wins.
That ordering is how negation and tense are handled without a parser: "has not been
released" is consumed by the negation row before "released" can match, "will be
released" by the future row, "released a trailer" by the not-a-product row.

Each row is (kind, short name, start words, pattern). The start words are the words a
match can begin with ("*n't" = any word ending so); `scan` only tries a row at those.
The kinds are the classifier's vocabulary:

- released: the thing is out now ("now available", "launched on", "is out").
- released-title: a headline's present tense ("OpenAI launches X"); future if dated ahead.
- released-weak: indirect signs it is out (reviews, weeks of use, "since its launch").
- future: a release is coming ("will launch", "set to", "coming soon", pre-orders).
- future-title: a headline infinitive ("X to launch Y").
- official: an on-record source ("officially", a press release, the CEO, "we will").
- announce: a verb of announcing; on record when the maker is its subject.
- attrib: "according to"/"per"/"citing": on record or hearsay, decided by what follows.
- hedge / hedge-weak: reports, leaks, rumours / modals and expectations.
- nonanswer, unofficial, denial: official non-answers, missing confirmation, denials.
- negated: the thing is not out ("not yet available", "unreleased", "ahead of launch").
- not-product: a trailer, statement, event or DLC was released, not the product.
- closed / prerelease / ga: closed previews, betas and RCs, and their GA override.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|gets?|got|became|becomes)"
_ADV = r"(?:now|finally|officially|just|already|fully|widely|publicly|generally|also)"
_OUT_STATE = (
    r"(?:released|launched|shipped|rolled\s+out|made\s+available|available|out|live|here|"
    r"shipping|on\s+sale|in\s+stores|downloadable|stable|playable)"
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
    r"shipping|arriving|coming|rolling\s+out|available|out)"
)
_MONTH_WORDS = r"(?<!in )(?<!by )(?<!of )(?<!for )(?<!early )(?<!late )(?<!mid-)(?<!since )"
_MONTH_WORDS += r"(?<!until )(?<!from )(?<!through )(?<!on )"

ROWS: tuple[tuple[str, str, str, str], ...] = (
    # -- negations, non-answers and missing confirmation first: they must win ties.
    (
        "nonanswer",
        "no-eta",
        "no",
        r"\bno\s+(?:eta|timeline|timing|timeframe|time\s+frame|"
        r"(?:exact\s+|specific\s+|firm\s+)?(?:release\s+|launch\s+)?date)\b",
    ),
    ("nonanswer", "when-ready", "ready", r"\bready\s+when\s+it'?s\s+ready\b"),
    ("nonanswer", "nothing-to-announce", "nothing", r"\bnothing\s+to\s+(?:announce|share)\b"),
    (
        "nonanswer",
        "no-date-set",
        "not *n't",
        r"(?:\bnot|\b\w+n't)\s+(?:yet\s+)?(?:officially\s+)?(?:announced|"
        r"set|given|provided|shared|revealed|decided|committed\s+to)\s+(?:a|any|the)?\s*"
        r"(?:specific\s+|exact\s+|firm\s+)?(?:release\s+|launch\s+)?(?:date|timeline|timing|"
        r"window|eta|schedule)\b",
    ),
    (
        "nonanswer",
        "yet-to-set",
        "yet",
        r"\byet\s+to\s+(?:set|announce|reveal|give|provide|share)\s+"
        r"(?:a|any)\s+(?:release\s+|launch\s+)?(?:date|timeline|window)\b",
    ),
    (
        "nonanswer",
        "no-timing-given",
        "no",
        r"\bno\s+(?:timing|timeline|date)\s+(?:is|was|has\s+been)"
        r"\s+given\b",
    ),
    (
        "nonanswer",
        "wont-say",
        "won't will wouldn't would declined refused",
        r"\b(?:won't|will\s+not|wouldn't|would\s+not|declined\s+to|"
        r"refused\s+to)\s+(?:say|tell|confirm|commit|comment|share)\b",
    ),
    (
        "unofficial",
        "not-confirmed",
        "has have had hasn't haven't hadn't",
        r"\b(?:has|have|had)(?:\s+not|n't)\s+(?:yet\s+)?"
        r"(?:officially\s+|publicly\s+)?(?:confirmed|announced|commented|said)\b",
    ),
    (
        "unofficial",
        "yet-to-confirm",
        "yet",
        r"\byet\s+to\s+(?:officially\s+|publicly\s+)?"
        r"(?:confirm|announce|comment)\b",
    ),
    (
        "unofficial",
        "not-officially",
        "not *n't",
        r"(?:\bnot|\b\w+n't)\s+(?:yet\s+|been\s+)?(?:officially\s+|"
        r"formally\s+)?(?:confirmed|announced)\b",
    ),
    (
        "unofficial",
        "no-official",
        "no",
        r"\bno\s+official\s+(?:[\w-]+\s+)?(?:statements?|"
        r"confirmation|word|announcement|comment|date|details)\b",
    ),
    (
        "unofficial",
        "said-nothing",
        "has said remain unannounced unofficial",
        r"\b(?:has\s+)?said\s+nothing\b|\bremains?\s+(?:tight-"
        r"lipped|silent|mum)\b|\bunannounced\b|\bunofficial(?:ly)?\b",
    ),
    (
        "unofficial",
        "until-official",
        "until",
        r"\buntil\s+(?:[\w-]+'s?\s+)?(?:formally|officially)\b",
    ),
    (
        "denial",
        "denied",
        "den no not cancel scrapped",
        r"\bden(?:ied|ies|y|ying)\b|\bno\s+plans?\s+(?:to|for)\b|"
        r"\bnot\s+planning\b|\bcancel(?:l?ed|s|lation)\b|\bscrapped\b",
    ),
    (
        "denial",
        "wont-happen",
        "won't will wouldn't would",
        r"\b(?:won't|will\s+not|wouldn't|would\s+not)\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:be\s+a\b|launch|release|ship|arrive|come|happen|be\s+available|be\s+out|"
        r"be\s+released)",
    ),
    (
        "denial",
        "never",
        "never didn't not isn't",
        r"\bnever\s+(?:arrive|happen|release|come|launch|ship)\w*\b|"
        r"\bdidn't\s+happen\b|\bnot\s+the\s+right\s+time\b|\bisn't\s+time\b",
    ),
    (
        "negated",
        "not-released",
        "not never *n't",
        r"(?:\bnot|\b\w+n't|\bnever)\s+(?:yet\s+|been\s+|be\s+|"
        r"officially\s+|publicly\s+|widely\s+|currently\s+|even\s+){0,3}(?:released|launched|"
        r"available|out|shipping|on\s+sale|public|arrived|here|coming|happening)\b",
    ),
    (
        "negated",
        "unreleased",
        "unreleased unlaunched unavailable remain",
        r"\bun(?:released|launched|available)\b|\bremains?\s+(?:in\s+)?"
        r"(?:development|testing|beta|(?:a\s+)?['\"]?research\s+preview)\b",
    ),
    (
        "negated",
        "yet-to-release",
        "yet",
        r"\byet\s+to\s+(?:be\s+)?(?:release|launch|ship|arrive)\w*",
    ),
    (
        "future",
        "ahead-of-launch",
        "ahead pending",
        r"\b(?:ahead\s+of|pending)\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:launch|release|debut|arrival|availability)\b",
    ),
    (
        "negated",
        "before-launch",
        "before prior",
        r"\b(?:before|prior\s+to)\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:launch|release|debut|arrival|availability)\b",
    ),
    ("negated", "withheld", "withheld withhold", r"\bwithh[eo]ld(?:ing)?\s+access\b"),
    # -- what was released is not the product.
    (
        "future",
        "pre-orders",
        "launch open start begin began kick can pre preorder reservation wait",
        r"\b(?:launch\w*|open\w*|start\w*|begin\w*|began|kick\w*\s+off)"
        r"\s+(?:the\s+|its\s+|a\s+)?(?:pre-?orders?|wait-?list|reservations)\b",
    ),
    (
        "prerelease",
        "beta-released",
        "released releases launched launches ships shipped rolled rolls",
        r"\b(?:released|releases|launched|launches|ships|"
        r"shipped|rolled\s+out|rolls\s+out)\s+(?:a\s+|an\s+|the\s+|its\s+|first\s+|new\s+|"
        r"public\s+|developer\s+|second\s+)*(?:beta|preview|release\s+candidate|rc\d*)\b",
    ),
    (
        "not-product",
        "event",
        "released releases launched launches dropped drops shared published unveiled unveils "
        "revealed reveals debuted debuts showed shows",
        r"\b(?:released|releases|launched|launches|dropped|drops|shared|"
        r"published|unveiled|unveils|revealed|reveals|debuted|debuts|showed|shows)\s+(?:a\s+|an\s+|"
        r"the\s+|its\s+|their\s+|his\s+|her\s+|new\s+|first\s+|official\s+|another\s+|more\s+)*"
        r"(?:[\w'.-]+\s+){0,3}?(?:trailer|teaser|statement|video|footage|screenshots?|images?|"
        r"renders?|"
        r"details|specs|specifications|roadmap|schedule|timeline|patch|update|survey|report|"
        r"earnings|results|documents?|gameplay|demo|countdown|campaign|website|site|livestream|"
        r"stream|poster|soundtrack|dlc|expansion|event|showcase|presentation|paper|"
        r"research|fund)\b",
    ),
    # -- released now.
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
        r"out|live|shipping|on\s+sale|in\s+stores|downloadable|stable|playable|rolling\s+out)\b"
        r"(?!\s+(?:to|for)\s+pre)",
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
        "launches releases debuts rolls ships unleashes arrives lands goes hits",
        r"\b(?:launches|releases|debuts|rolls\s+out|"
        r"ships|unleashes|arrives|lands|goes\s+live|hits\s+(?:stores|shelves))\b",
    ),
    # -- coming.
    (
        "future",
        "will-release",
        "will *'ll shall is are would",
        rf"\b(?:will|\w+'ll|shall|is\s+going\s+to|are\s+going\s+to|would)"
        rf"\s+(?:[\w-]+\s+){{0,3}}?(?:be\s+)?{_REL_VERB}\w*",
    ),
    (
        "future",
        "set-to",
        "set scheduled slated planned poised due on timed penciled pencilled locked targeted "
        "destined",
        r"\b(?:set|scheduled|slated|planned|poised|due|on\s+track|timed|"
        r"penciled\s+in|pencilled\s+in|locked\s+in|targeted|destined)\s+(?:to|for|out)\b"
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
        "release launch early ship arrival premiere",
        r"\b(?:release|launch|early\s+access|ship|arrival|premiere)\s+(?:date|window|timeline)\b",
    ),
    (
        "future",
        "launching",
        "is are *'s launching",
        r"\b(?:is|are|\w+'s)\s+(?:[\w-]+\s+)?(?:launching|arriving|"
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
        r"\bpreorders?\b|\breservations?\s+(?:are\s+)?(?:now\s+)?open\b|\bwait-?list\b",
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
        r"push(?:es|ed|ing)?\s+back|being\s+pushed|reschedul\w+|slip(?:s|ped)\s+to|moved\s+to)\b",
    ),
    (
        "future-title",
        "to-launch",
        "to",
        r"\bto\s+(?:launch|release|ship|debut|introduce|"
        r"roll\s*out|bring|open)\b",
    ),
    # -- who says so.
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
        "notes explained",
        r"\b(?:announc(?:es|ed|ing|e)|confirm(?:s|ed|ing)?|unveil(?:s|ed|"
        r"ing)?|reveal(?:s|ed|ing)?|introduc(?:es|ed|ing)|said|says|stated|states|told|tells|"
        r"detailed|details|showcased|presented|wrote|writes|replies|replied|answered|answers|"
        r"posted|noted|notes|explained)\b",
    ),
    # -- reports, leaks and expectations.
    (
        "hedge",
        "rumour",
        "rumor rumour leak whisper rumbling",
        r"\brumou?r(?:s|ed|ing)?\b|\bleak(?:s|ed|er|ers|y|ing)?\b|"
        r"\bwhispers?\b|\brumblings?\b",
    ),
    (
        "hedge",
        "reportedly",
        "report allegedly purportedly supposedly",
        r"\breport(?:s|ed|edly|ing)?\b|\ballegedly\b|\bpurportedly\b|"
        r"\bsupposedly\b",
    ),
    (
        "hedge",
        "unconfirmed",
        "unconfirmed unverified if grain",
        r"\bunconfirmed\b|\bunverified\b|\bif\s+(?:confirmed|true|"
        r"accurate)\b|\bgrain\s+of\s+salt\b",
    ),
    (
        "hedge",
        "insiders",
        "insider insiders tipster tipsters tipped source sources people person someone anonymous "
        "unnamed per",
        r"\binsiders?\b|\btipsters?\b|\btipped\b|\bsources?\s+(?:say|said|"
        r"claim|claimed|suggest|suggested|told|tell|familiar|close|with\s+knowledge|speaking|"
        r"indicate|report)\w*\b|\b(?:people|person|someone)\s+(?:familiar|close)\b|"
        r"\b(?:anonymous|unnamed)\s+sources?\b|\bper\s+sources\b|\bsources\s+suggest\b",
    ),
    (
        "hedge",
        "speculation",
        "speculat hypothetical what",
        r"\bspeculat\w*\b|\bhypothetical\w*\b|\bwhat\s+(?:to|we)\s+expect\b|\bwhat\s+if\b",
    ),
    (
        "hedge-weak",
        "modal",
        "may might could possibly probably likely perhaps potentially maybe hopefully supposed",
        rf"{_MONTH_WORDS}\bmay\b(?!\s*\d)|\bmight\b|\bcould\b|"
        r"\bpossibly\b|\bprobably\b|\blikely\b|\bperhaps\b|\bpotentially\b|\bmaybe\b|"
        r"\bhopefully\b|\bsupposed\s+to\b",
    ),
    (
        "hedge-weak",
        "expected",
        "expected anticipated believed thought said rumored predicted hint hints hinted suggest "
        "suggests suggested want wants hope hopes hoping when claim claims buzz expectation "
        "expectations analyst analysts predict everything",
        r"\b(?:expected|anticipated|believed|thought|said|rumored|"
        r"predicted)\s+to\b|\bexpected\b|\bhints?\b|\bhinted\b|\bsuggests?\b|\bsuggested\b|"
        r"\b(?:wants?|hopes?|hoping)\s+to\b|\bwhen\s+(?:will|is|does)\b|\bclaims?\b|"
        r"\bbuzz\b|\bexpectations?\b|\banalysts?\b|\bpredict(?:s|ed|ions?)?\b|"
        r"\beverything\s+(?:we\s+know|to\s+know)\b",
    ),
    # -- closed previews and pre-releases.
    (
        "closed",
        "closed-preview",
        "red redteam select selected selectively invite closed research limited trusted access "
        "early",
        r"\bred[- ]?team(?:s|ers|ing)?\b|\bselect(?:ed)?\s+(?:group\s+"
        r"of\s+)?(?:[\w-]+\s+){0,2}?(?:testers|users|artists|creators|partners|developers|"
        r"customers|filmmakers|designers|researchers)\b|\bselectively\b|\binvite[- ]only\b|"
        r"\bclosed\s+(?:beta|alpha|preview|testing|test)\b|\bresearch\s+preview\b|\blimited\s+"
        r"(?:preview|access|beta)\b|\btrusted\s+testers\b|\baccess\s+(?:stays|remains)\s+"
        r"limited\b|\bearly[- ]access\s+program\b",
    ),
    (
        "ga",
        "stable",
        "stable out exit exits beta final",
        r"\bstable\b|\bout\s+of\s+(?:beta|preview)\b|\bexits?\s+(?:beta|preview)\b"
        r"|\bbeta\s+(?:tag|label)\b|\bfinal\s+(?:release|version)\b",
    ),
    (
        "prerelease",
        "beta",
        "public open developer dev beta betas preview nightly alpha canary insider release rc "
        "technical test rampdown feature code",
        r"\b(?:public\s+|open\s+|developer\s+|dev\s+)?(?:beta|betas|"
        r"preview|nightly|alpha|canary|insider\s+(?:build|preview)|release\s+candidate|rc\d*|"
        r"technical\s+test|test\s+build|rampdown|feature\s+freeze|code\s+freeze|"
        r"feature[- ]complete)\b",
    ),
    # -- signs it is already out.
    ("released-weak", "review", "review", r"\breview(?:s|ed|er|ers)?\b"),
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
        "since after following the with",
        r"\bsince\s+(?:its|the|it|their)\s+(?:[\w-]+\s+)?"
        r"(?:release|launch|debut|launched|was\s+released|came\s+out|arrived)\b|\b(?:after|"
        r"following)\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?(?:release|launch|debut)\b(?!\s+(?:date|"
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

# Words that make a weak hedge ("could", "expected") bear on a release.
RELEASE_WORDS = (
    r"\b(?:releas\w*|launch\w*|arriv\w*|debut\w*|ship\w*|available|availability|coming|"
    r"come|unveil\w*|announc\w*|introduc\w*|date|window|timeline|timing|roll\s*out\w*|"
    r"rollout|sale|pre-?order\w*|out|this\s+year|next\s+(?:year|month|week)|20\d\d|soon|"
    r"reveal\w*|drop\w*|"
    r"appear\w*)\b"
)
# Before a "released" verb, these mean it is not (yet) a fact: "to be released".
NOT_YET_BEFORE = (
    r"(?:\bbe|\bto|\bnot|\bnever|n't|\byet|'ll|\bwill|\bwould|\bcould|\bmay|\bmight|\bshould|"
    r"\bcan|\bif|\bonce|\bwhen|\bwhether)\s+(?:(?:\w+ly|soon|also|then|only|still|now)\s+)?$"
)
# Subjects that make "was released" about something other than the product.
NOT_PRODUCT_BEFORE = (
    r"\b(?:trailer|teaser|statement|video|footage|details|specs|beta|preview|update|patch|"
    r"dlc|expansion|demo|image|images|container|app\s+update|wave|season|episode|album|"
    r"film|movie|book|chapter)s?\s+(?:\S+\s+){0,2}?$"
)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Row:
    index: int
    kind: str
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class CueTable:
    """Rows indexed by the first three letters of the words they can start with, plus
    rows that start with any word ending in a suffix ("isn't", "it'll")."""

    by_key: dict[str, tuple[_Row, ...]]
    by_suffix: tuple[tuple[str, tuple[_Row, ...]], ...]
    words: re.Pattern[str]  # only the words some row may start with


def _trie(keys: set[str], depth: int = 0) -> str:
    """A regex for the start of any word whose first three letters are a key (a shorter
    key must be the whole word). Nested by letter, so the engine tests a few characters
    per word instead of every key."""
    heads: dict[str, set[str]] = {}
    for key in keys:
        heads.setdefault(key[0], set()).add(key[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        options = []
        rest = {t for t in tails if t}
        if rest:
            options.append(_trie(rest, depth + 1))
        if "" in tails:
            options.append("" if depth + 1 >= 3 else r"(?![\w'])")
        inner = "|".join(options)
        branches.append(re.escape(head) + (f"(?:{inner})" if inner else ""))
    return "|".join(branches)


def _key(word: str) -> str:
    return word[:3]


@cache
def cue_table() -> CueTable:
    """Compile every row once; shared by all classifiers (it is read-only)."""
    by_key: dict[str, list[_Row]] = {}
    by_suffix: dict[str, list[_Row]] = {}
    for index, (kind, name, starts, pattern) in enumerate(ROWS):
        row = _Row(index, kind, name, re.compile(pattern))
        for word in starts.lower().split():
            if word.startswith("*"):
                by_suffix.setdefault(word[1:], []).append(row)
            else:
                by_key.setdefault(_key(word), []).append(row)
    words = rf"\b(?:{_trie(set(by_key))})[\w']*|\b\w+'[\w']*"
    return CueTable(
        {k: _dedupe(v) for k, v in by_key.items()},
        tuple((k, _dedupe(v)) for k, v in by_suffix.items()),
        re.compile(words),
    )


def _dedupe(rows: list[_Row]) -> tuple[_Row, ...]:
    return tuple(sorted({r.index: r for r in rows}.values(), key=lambda r: r.index))


def scan(text: str) -> list[Cue]:
    """Every cue in `text`, left to right, non-overlapping; at one position the earliest
    row wins. Rows are lowercase and read the lowercased text. The result is that of one
    alternation of all rows (a test checks this), but each word only tries the rows that
    can start with it."""
    table = cue_table()
    out: list[Cue] = []
    resume = 0
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character lowercases to two: keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for word in table.words.finditer(lowered):
        pos = word.start()
        if pos < resume:
            continue
        token = word.group()
        rows = table.by_key.get(_key(token), ())
        for suffix, extra in table.by_suffix if "'" in token else ():
            if token.endswith(suffix):
                rows = tuple(
                    sorted({r.index: r for r in (*rows, *extra)}.values(), key=lambda r: r.index)
                )
        for row in rows:
            m = row.pattern.match(lowered, pos)
            if m:
                out.append(Cue(row.kind, row.name, m.start(), m.end()))
                resume = m.end()
                break
    return out

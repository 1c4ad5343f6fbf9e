"""Cue rows that say a product is out in so many words ("now available", "is out",
"launched today"); the indirect signs (reviews, "since its launch") are in `signs`. Rows
are (kind, name, start words, lowercase pattern); see `cues` for how they are scanned and
why their order matters. What is coming and who says so are in `plans`; what argues
against, in `doubts`.
"""

from __future__ import annotations

from bot.core.detect.lookbehind import not_after
from bot.core.detect.plans import AVAILABILITY_OF
from bot.core.detect.previews import MAKERS_DATACENTERS, SAMPLES
from bot.core.detect.window import GERMAN_MONTH, MONTH_WORD

# What "kicked off" may start that is work on a product, not the product: "kicked off
# production", "kick off pre-orders".
_NOT_WORK_STARTED = (
    r"(?!\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+)?(?:production|filming|shooting|"
    r"development|pre-?orders?|pre-?sales?|beta|testing|tests|campaign|countdown|tickets?|"
    r"recording|rehearsals?|work|construction|talks|negotiations|auditions|casting)\b)"
)
# ... nor work as its subject: "Production has kicked off".
_WORK_BEFORE = not_after(
    r"production filming shooting work production\shas filming\shas shooting\shas work\shas"
)
# A debut at a show or an event is a reveal: "made its debut at the Geneva show".
_NOT_AT_A_SHOW = (
    r"(?!\s+(?:at|during)\b[^.;]{0,40}?\b(?:show|expo|fair|festival|event|conference|summit|"
    r"keynote|e3|ces|gamescom|mwc|ifa|computex|salon|presentation|showcase|direct)\b)"
)
# Deliveries of the product as a subject: "deliveries of a limited edition Ariya".
_DELIVERIES = (
    r"\b(?:deliveries|shipments)\s+(?:of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w.-]+\s+){1,4}?)?"
)
_BE = (
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|gets?|got|became|becomes|remains?|"
    r"remained)"
)
# Run only by its maker, or sampled to a few buyers, is not out: "servers are now live in
# our datacenters", "is shipping the first samples" (closed previews in `previews`).
_MAKERS_OWN_USE = rf"(?!\s+{MAKERS_DATACENTERS})"
_SAMPLES_AFTER = rf"(?!\s+{SAMPLES})"
# What opens before a product is out, written just before "(are) now open".
_SIGNUPS = (
    "orders pre-orders preorders reservations bookings registration registrations applications "
    "sales waitlist beta voting entries submissions nominations sign-ups signups tickets"
)
_NOT_AFTER_SIGNUPS = not_after(_SIGNUPS) + "".join(
    rf"(?<!{w}\s{be}\s)" for w in _SIGNUPS.split() for be in ("is", "are")
)
# A clip of a show streamed before the show: "began streaming a clip" is no premiere.
_NOT_A_CLIP = (
    r"(?!\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:clip|trailer|teaser|footage|preview|"
    r"sneak\s+peek)s?\b)"
)
# The services a show, a film or a game reaches: "hits Apple TV+", "landed on Netflix".
_SERVICES = (
    r"(?:netflix|hulu|disney\+|apple\s+tv\+|prime\s+video|peacock|paramount\+|hbo\s+max|max|"
    r"steam|game\s+pass|spotify|the\s+app\s+store|google\s+play)(?![\w+])"
)
_ADV = (
    r"(?:now|finally|officially|just|already|fully|widely|publicly|generally|also|currently|"
    r"initially|broadly)"
)
_OUT_STATE = (
    r"(?:released|launched|shipped|rolled\s+out|made\s+available|available|out|live|here|"
    # ("playable" only with "now": "it is playable start to finish" is a build, not a sale.)
    # ("is published on September 5th", said in August, is a day ahead; "were published
    # in a paper" are findings.)
    r"published(?!\s+by\b|\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:paper|journal|study|preprint)\b)|"
    # (Named the LTS is a plan for support, out only "now": "that the upcoming 4.2 is LTS".)
    r"shipping|on\s+sale|in\s+stores|downloadable|stable|(?<=\bnow\s)lts|streaming|current(?!ly)|"
    r"accessible|"
    # "Apple Pay is finally enabled in Malaysia" (not made possible: "enabled by AI").
    r"enabled(?!\s+by\b)|"
    # ("is playing exclusively in theaters starting today".)
    r"(?:playing\s+(?:exclusively\s+|only\s+)?)?in\s+(?:theaters|theatres|cinemas)|"
    # Published where people get it: "the stable release is on npm".
    r"on\s+(?:npm|pypi|crates\.io|nuget|maven\s+central|steam|the\s+app\s+store|google\s+play|"
    r"the\s+play\s+store))"
)
# A rocket moved to its pad is still to fly: "was rolled out at the Jiuquan Satellite
# Launch Center", "rolled out to the launch pad".
_AT_THE_PAD = (
    r"(?:at|to|onto)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:launch\s*pad|pad|launch\s+"
    r"(?:center|centre|complex|site))\b"
)
# What "dropped" may drop besides the product: "drops the big 'Vultures 2' announcement".
_DROPPED_NOT_IT = (
    r"news|details|trailer|teaser|date|price|hints?|announcement|footage|reveal|tracklist|cover|"
    r"artwork|title"
)
# A word between a German auxiliary and its participle that denies nothing: "wurde sie am
# 26. April eröffnet", not "wurde noch nicht eröffnet", "ist kein ... gestartet".
_GERMAN_WORD = r"(?:(?!nicht\b|noch\b|kein)[\w.-]+\s+)"
# "is available in three colours" describes a product, it does not release it.
_NOT_OPTIONS = (
    r"(?!\s+(?:in|with)\s+(?:[\w-]+\s+){0,2}?(?:colou?rs?|sizes?|finish(?:es)?|shades|variants|"
    r"configurations|storage|options|models)\b)"
)
RELEASED_NOW: tuple[tuple[str, str, str, str], ...] = (
    (
        "released",
        "rolling-out",
        "is are *'s began begun begins begin started starts start now rollout roll rolls rolling "
        "launch launches launching ships shipping available",
        # ("Samsung has begun distributing One UI 6.1.1".)
        r"\b(?:is|are|\w+'s|began|begun|begins|begin|started|starts|start|"
        r"now)\s+(?:now\s+|officially\s+|gradually\s+|slowly\s+|already\s+|finally\s+)?(?:rolling\s+out|"
        r"distributing|"
        # ("is releasing 'Speak Now' next" is the next one planned.)
        # (Seats sold are for a day ahead: "had begun selling tickets for its first flights".)
        r"shipping|selling(?!\s+tickets\b)|releasing(?![^.;]{0,40}?\bnext\b)|"
        r"(?:starting|beginning)\s+to\s+(?:roll\s+"
        r"out|ship|sell)|(?<=started\s)to\s+(?:ship|sell|roll\s+out))\b"
        + _SAMPLES_AFTER
        # "is rolling out to more than 40 countries in the coming weeks" is ahead; not
        # when it is out somewhere now ("now in the US, and to more in the coming weeks").
        + r"(?!(?:(?!\bnow\b|\btoday\b)[^.;]){0,60}?\b(?:in|within|over)\s+(?:the\s+)?coming\s+"
        r"(?:days|weeks|months)\b)"
        # "The rollout is underway for Opill", "the rollout begins with Bard", "the launch
        # is in full swing".
        r"|\blaunch\s+is\s+(?:now\s+)?in\s+full\s+swing\b"
        # "The rollout initially begins in the U.S.".
        r"|\b(?:rollout|roll-out)\s+(?:(?:initially|now|officially|gradually)\s+)?"
        r"(?:is\s+(?:now\s+)?(?:under\s?way|in\s+progress)|begins|began|started|starts)\b"
        # "rolls out starting today".
        r"|\b(?:rolls?\s+out|rolling\s+out|launch(?:es|ing)|ship(?:s|ping)|available)\s+(?:starting|"
        r"beginning|from)\s+today\b"
        # "began to be sold by Verizon"; "the global rollout of this feature has already
        # begun".
        r"|\b(?:began|begins|started|starts)\s+to\s+be\s+(?:sold|shipped|delivered)\b"
        # "has started to roll out the feature to Android and iOS users".
        r"|\b(?:began|begun|begins|started|starts)\s+to\s+roll\s+(?:it\s+)?out\b"
        r"|\b(?:rollout|roll-out)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:has|had)\s+(?:already\s+)?"
        r"(?:begun|started)\b",
    ),
    (
        # The maker in the present: "we are releasing the weights", "we're rolling out"
        # (dated ahead, "we are releasing it next month" is a plan: see `tense`).
        "released",
        "we-release",
        "we we're",
        r"\bwe(?:'re|\s+are)\s+(?:now\s+|officially\s+)?(?:releasing|rolling\s+out|shipping|"
        # A staged rollout that has begun: "we're starting to open access".
        r"open[- ]sourcing|(?:starting|beginning)\s+to\s+(?:open\s+(?:up\s+)?access|roll\s+out)|"
        # "Today, we are excited to release X".
        r"(?:excited|pleased|happy|thrilled|proud|delighted)\s+to\s+(?:release|launch|ship))\b"
        r"(?![^,;.]{0,40}?\b(?:next|later|soon|tomorrow|upcoming|coming)\b)",
    ),
    (
        "released",
        "is-out",
        "is are was were has have had get gets got became becomes remain remains remained it's",
        # ("It's available in three US cities": "it's" too; not the cry "It's here at
        # last!", which headlines announcements.)
        # (Not asked: "whether it is on sale in 2025 or 2026 is not known".)
        r"(?<!whether\sit\s)(?<!whether\sthey\s)(?<!\bif\sit\s)(?<!\bif\sthey\s)"
        # ("It's now here for Oculus Quest 2" says where it is out.)
        rf"(?:\b{_BE}|\bit's(?!\s+(?:{_ADV}\s+){{0,2}}here\b(?!\s+(?:for|on)\s)))\s+(?:\(?{_ADV}\)?\s+){{0,2}}['\u2018]?{_OUT_STATE}\b"
        # (An elision before the orders too: "are available...for preorder".)
        r"(?!\s*(?:\.\.\.|\u2026)\s*(?:to|for)\s+pre)"
        r"(?!\s+(?:of|to\s+"
        r"pre|for\s+pre|(?:to|for)\s+(?:order|reserv)|in\s+(?:beta|preview|alpha)"
        r"|as\s+(?:an?\s+)?(?:beta|preview|alpha)"
        # (A mission, not a state: "Steve Jobs is out to change that".)
        r"|to\s+(?:change|prove|make|win|beat|take|show|fix|disrupt|conquer|replace|kill|get|"
        r"reinvent|redefine|dethrone|challenge|grab|steal|shake)\b"
        # ("better get out the way" clears a path.)
        r"|the\s+way\b|"
        + _AT_THE_PAD
        + "))"
        + _MAKERS_OWN_USE
        + _SAMPLES_AFTER
        + _NOT_OPTIONS
        # "is finally here, about to hit dealerships": arriving, not arrived.
        + r"(?![^.;]{0,25}?\babout\s+to\b)",
    ),
    (
        # A place open to its visitors: "Super Nintendo World now officially open in Japan"
        # (not orders, bookings or a beta: "pre-orders are now officially open"; a plain
        # "now open" is as often a road or a shop of the same name: "Big Sur coast now open").
        "released",
        "now-open",
        "now officially",
        _NOT_AFTER_SIGNUPS + r"(?<!\()(?:\bnow\s+officially|(?<!now\s)\bofficially)\s+open\b(?!-)"
        r"(?!\s+(?:for|to)\s+(?:pre|order|reserv|book|regist|sign|applica|submi|nomina|entr|beta|test|developers|"
        r"business|comment|feedback|bids|bidding))",
    ),
    (
        # A place whose name says it is open where it stands: "the first Delta One Lounge is
        # now open at New York's JFK airport" (not "pre-orders are now open in the US").
        "released",
        "now-open-at",
        "now open officially",
        _NOT_AFTER_SIGNUPS + r"(?:(?<=\bis\s)|(?<=\bare\s))now\s+open\s+(?:at|in|inside)\b"
        # ... or that trades: "the new $1.7 billion terminal is open for business".
        r"|(?:(?<=\bis\s)|(?<=\bare\s))(?:now\s+|officially\s+)?open\s+for\s+business\b",
    ),
    (
        # A show or a film on its service: "Netflix begins streaming the sequel series"
        # (a day ahead, "starts streaming March 3", is `tense`'s plan).
        "released",
        "began-streaming",
        "began started has have",
        r"\b(?:began|started|(?:has|have)\s+(?:begun|started))\s+streaming\b" + _NOT_A_CLIP,
    ),
    (
        # ... which in the present tense is a day ahead or today, like a headline's verb:
        # "starts streaming on Netflix on November 22".
        "released-title",
        "begins-streaming",
        "begins starts",
        r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)\b(?:begins|starts)\s+streaming\b" + _NOT_A_CLIP,
    ),
    (
        # A browser or an app turning it on for everyone: "WebGPU is now enabled by default
        # in Chrome 121" (not "will be enabled by default").
        "released",
        "on-by-default",
        "now has have",
        r"\b(?:now|(?:has|have)\s+been)\s+(?:enabled|turned\s+on|switched\s+on|on)\s+by\s+default\b",
    ),
    (
        "released",
        "now-available",
        "now finally already officially",
        # ("had already been available in the US" before a launch elsewhere.)
        rf"(?:\b(?:now|finally|already)\s+(?:{_ADV}\s+|(?<=already\s)been\s+)?(?:available|accessible|"
        r"out|live|shipping|on\s+sale|in\s+stores|downloadable|stable|playable|rolling\s+out|"
        # "The app is now up on iTunes."
        r"up\s+on\s+(?:itunes|the\s+app\s+store|app\s+store|google\s+play|the\s+play\s+store|steam)|"
        r"streaming|(?:playing\s+)?in\s+(?:theaters|theatres|cinemas))\b"
        r"(?!\s+(?:to|for)\s+(?:pre|order|reserv))"
        # A clause that opens with it: "Officially available, the AMD Radeon RX 6500 XT".
        r"|(?<!\w\s)(?<!\w)officially\s+available\s*[,:])" + _MAKERS_OWN_USE,
    ),
    (
        "released",
        "available-now",
        "available out on in",
        # ("would become available to users immediately", a company statement reported.)
        # (Not a retreat: "He can't back out now.")
        r"(?:\b(?:available|(?<!back\s)out)\s+(?:to\s+(?:all\s+)?(?:users|everyone|customers)\s+)?"
        r"(?:now|today|immediately)\b|\bon\s+sale\s+now\b|"
        # ("available now for preorder" sells what comes later: `orderable`.)
        r"\bin\s+stores\s+now\b)(?!\s+(?:to|for)\s+(?:pre|order|reserv))",
    ),
    (
        # "Monzo has become the first major bank to launch its own BNPL scheme" (not one
        # that aims to: "to become the first").
        "released",
        "first-to-launch",
        "becomes became become",
        r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
        r"\bbec(?:omes|ame|ome)\s+(?:the\s+)?first\s+(?:[\w-]+\s+){0,4}?to\s+(?:launch|offer|"
        r"roll\s+out|introduce|open|release|ship)\b",
    ),
    (
        # A route's or terminal's first paying trip has left: "The first direct Perth-Rome
        # flight departed on 22 June", "First commercial flight departs from the new
        # terminal". (Not a prototype's maiden flight: a test is no service.)
        "released",
        "first-service-ran",
        "first inaugural maiden",
        r"\b(?:first|inaugural|maiden)\s+(?:[\w–-]+\s+)?(?:direct|non-?stop|commercial|scheduled|"
        r"passenger|revenue|regular)\s+(?:[\w–-]+\s+)?(?:flights?|services?|trains?|voyages?|"
        r"sailings?)\s+(?:[\w–'-]+\s+){0,4}?(?:departed|departs|took\s+off|takes\s+off|landed|lands|"
        r"touched\s+down|left|leaves|pulled\s+out)\b",
    ),
    (
        "released",
        "up-and-running",
        "is are",
        r"\b(?:is|are)\s+(?:now\s+)?up\s+and\s+running\b",
    ),
    (
        # Sign-ups open to anyone: the end of an invite-only or closed phase.
        "released",
        "open-to-all",
        "is are",
        r"\b(?:is|are)\s+(?:now\s+)?(?:finally\s+|officially\s+)?(?:fully\s+)?open\s+(?:to|for)\s+"
        r"(?:the\s+(?:general\s+)?public|"
        r"everyone|anyone|all)\b"
        r"|\b(?:is|are)\s+(?:now\s+)?free\s+(?:to|for)\s+(?:all|everyone|anyone)\b",
    ),
    (
        # A staged opening that has begun, or a waitlist taken away: "is starting to open
        # access to X in the US", "removing the waitlist".
        "released",
        "opening-access",
        "is are *'s has have open opens opening remove removes removing removed now end ends "
        "ended ending drop drops dropped dropping no",
        r"\b(?:(?:is|are|\w+'s)\s+(?:now\s+)?(?:starting|beginning)\s+to\s+open\s+(?:up\s+)?"
        r"access|(?:has|have)\s+(?:now\s+)?(?:started|begun)\s+to\s+open\s+(?:up\s+)?access"
        r"|opens\s+(?:up\s+)?access|(?:remov(?:e|es|ing|ed))\s+(?:the\s+need\s+to\s+join\s+)?"
        r"(?:the|its|a)\s+wait[\s-]?list"
        # "Galaxy S8 users now have access to X".
        r"|now\s+(?:have|has|get|gets)\s+access"
        # "Spotify ends invite-only period in Japan", "is no longer invite-only".
        r"|(?:end(?:s|ed|ing)?|drop(?:s|ped|ping)?)\s+(?:its\s+|the\s+)?invite-?only\s+"
        r"(?:period|phase|access|status|system|beta)|no\s+longer\s+invite-?only)\b",
    ),
    (
        # A launch counted back from today: "launching the device a few weeks back".
        "released",
        "launched-ago",
        "launched launching released releasing debuted debuting shipped shipping",
        r"\b(?:launch(?:ed|ing)|releas(?:ed|ing)|debut(?:ed|ing)|ship(?:ped|ping))\s+"
        r"(?=[^.;]{0,60}?\b(?:ago|back|earlier)\b)(?:[\w$.,'-]+\s+){0,4}?(?:\d+|an?|a\s+few|few|two|three|several|some|a\s+couple\s+of)\s+"
        r"(?:days?|weeks?|months?|years?)\s+(?:ago|back|earlier)\b",
    ),
    (
        # A rollout begun: "Samsung officially kicked off the stable rollout".
        "released",
        "rollout-begun",
        "kicked kicks began begun started starts initiated commenced",
        # ("has initiated a phased rollout" too.)
        r"(?:\b(?:kick(?:ed)?\s+off|began|begun|started|initiated|commenced)\s+"
        r"(?:the\s+|its\s+|a\s+)?"
        r"(?:[\w-]+\s+)?(?:rollout|roll-out)\b"
        # In the present tense with a day it is the schedule: "Microsoft starts the
        # rollout on April 11", written on April 1.
        r"|\b(?:kicks\s+off|starts)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:rollout|roll-out)\b"
        rf"(?![^,;.]{{0,30}}?\b(?:on|from)\s+(?:{MONTH_WORD}|\d))"
        # "Video Boost started arriving on devices a couple of weeks ago".
        r"|\b(?:began|begun|started)\s+(?:arriving|reaching|hitting|showing\s+up|appearing)\b)"
        r"(?![^,;.]{0,40}?\b(?:next|later|soon|tomorrow|upcoming|coming)\b)",
    ),
    (
        "released",
        "generally-available",
        "publicly generally widely broadly reached reaches hit hits entered enters is now status "
        "goes went go going",
        # ("publicly available datasets" describe the data, not the product.)
        # ("when it's more widely available" compares with a narrower now.)
        r"(?<!\bmore\s)\b(?:publicly|generally|widely|broadly)\s+available\b(?!\s+(?:data|datasets?|information|"
        r"sources?|records|documents|images|videos|code|content|material))"
        # ("has reached the 'general availability' stage".)
        r"|\b(?:reached|reaches|hits?|entered|enters|is\s+in|now\s+in)\s+(?:the\s+)?['\"\u2018\u201c]?"
        r"(?:ga|stable|general\s+availability|general\s+release|lts|long[- ]term\s+support)\b"
        # "Cassandra 4.0 finally goes GA".
        r"|\b(?:goes|went|go|going)\s+ga\b"
        # A listing's field: "Status: live".
        r"|\bstatus:\s*(?:live|generally\s+available|ga|released|stable)\b",
    ),
    (
        "released",
        "available-to-buy",
        "available",
        r"\bavailable\s+(?:for|to)\s+(?:download|purchase|buy|stream)\b",
    ),
    (
        # A broad class of customers may use it: "available to ChatGPT Plus and Team
        # members worldwide", "rolling out to Plus and Team users" (a beta so offered is
        # the release; "select developers" is a closed preview, read in `previews`).
        "released",
        "available-to-users",
        "available accessible rolling",
        r"\b(?:available|accessible|rolling\s+out)\s+(?:now\s+)?(?:to|for)\s+"
        r"(?=[^.;]{0,60}?\b(?:users|subscribers|customers|members|players|owners|individuals|"
        r"developers|everyone|public)\b)(?!select\b|"
        r"selected\b|some\b|a\s+(?:few|small|limited)\b)(?:all\s+|every\s+|any\s+)?"
        r"(?:[\w+-]+,?\s+){0,5}?(?:users|subscribers|customers|members|players|owners|individuals|"
        r"developers|everyone|public)\b",
    ),
    (
        # "available starting October": the present tense of a dated release, read like
        # a headline's ("launches November 7"): future when the date is ahead.
        "released",
        "available-from",
        "available availability shipping can disponible disponibles disponivel disponiveis "
        "disponibile disponibili",
        # "$499, shipping October 21".
        rf"\bshipping\s+(?:on\s+|from\s+|starting\s+)?(?={MONTH_WORD}\.?\s+\d)|"
        r"\bavailab(?:le|ility)\s+(?:starting|beginning)\b|\bavailable\s+(?:from|on)\s+(?=(?:jan|feb|mar|"
        r"today\b|now\b|"
        r"apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|early|mid|late|next|"
        r"this|tomorrow|\d))"
        # "$199.99. Available 2020.", "available in September".
        r"|\bavailable\s+(?:in\s+)?(?=(?:(?:early|mid|late)[\s-]+)?(?:20\d\d|january|february|march|"
        r"april|june|july|august|september|october|november|december|spring|summer|fall|autumn|"
        r"winter|q[1-4]|h[12])\b)"
        # "owners can snag Apple's exclusive Magic Keyboard starting in May".
        r"|\bcan\s+(?:buy|get|snag|grab|pick\s+up)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:starting|"
        r"beginning)\b"
        # The same in the languages feeds bring most: "disponible a partir de este 5 de
        # diciembre", "disponível a partir de 10 de março", "disponibile dal 3 maggio".
        r"|\b(?:disponibles?|disponive(?:l|is)|disponibil[ei])\s+(?:a\s+partir\s+d[eo]l?|"
        r"a\s+partire\s+dal|dal|desde\s+(?:el|este))\s+(?=(?:este\s+|esta\s+|el\s+|o\s+)?"
        r"(?:\d|hoy\b|hoje\b|oggi\b|lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
        r"segunda|terca|quarta|quinta|sexta))",
    ),
    (
        # Goods handed to buyers are out, whatever the product ("deliveries have begun").
        "released",
        "delivered",
        "deliveries shipments delivered delivers handed hands began begins reached took taking "
        "takes take entered enters entering customer commenced begun started became went sailed "
        "set departed embarked completed is are",
        _DELIVERIES + r"(?:have\s+|has\s+)?"
        r"(?:officially\s+|now\s+)?(?:begun|"
        r"began|started|commenced|kicked\s+off|got\s+under\s?way)\b|\bdelivered\s+(?:[\w-]+\s+){0,6}?to\s+(?:its\s+|their\s+)?"
        r"(?:first\s+)?(?:customers|buyers|owners)\b"
        # ... one buyer: "was delivered to proud new owner Olivier Chalouhi".
        r"|\bdelivered\s+to\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:first\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:customer|buyer|owner)\b"
        r"|\bhand(?:ed|s)\s+(?:over\s+)?(?:[\w-]+\s+){0,7}?"
        r"to\s+(?:its\s+|their\s+)?(?:first\s+)?(?:customers|buyers|owners)\b"
        # "as the company started deliveries of the new van".
        r"|\b(?:began|started|commenced)\s+(?:customer\s+)?deliveries\b"
        # A customer receiving one, or one in paying service: "weeks after taking delivery
        # of the jet", "entered commercial service".
        # "with most of the 150 customer cars delivered".
        r"|\bcustomer\s+(?:cars|vehicles|units|examples|jets|aircraft|bikes)\s+(?:have\s+been\s+|"
        r"were\s+|already\s+)?delivered\b"
        # (Not one awaited: "when they take delivery of their cars", "will take delivery".)
        r"|\b(?:took|taking|takes|(?<!\bwhen\sthey\s)(?<!\bonce\sthey\s)(?<!\bwill\s)(?<!\bto\s)take)"
        r"\s+delivery\s+of\b|\b(?:entered|enters|entering)\s+"
        r"(?:commercial\s+|revenue\s+|passenger\s+)?service\b"
        # A place or line at work: "the airport became operational last Christmas" (not
        # "will become operational", which is a plan, nor a prototype "fully operational").
        r"|\b(?:became|went)\s+(?:fully\s+)?operational\b"
        # "the northbound and southbound roads are already operational".
        r"|\b(?:is|are)\s+already\s+(?:fully\s+)?operational\b"
        # "has officially commenced public driverless operations", "started its commercial
        # operation in Jakarta".
        # "has begun operations" too.
        # ("have begun scheduled services through the tunnel".)
        r"|\b(?:commenced|began|begun|started)\s+(?:its\s+|their\s+)?(?:(?:public|commercial|"
        r"passenger|paid|scheduled|regular)\s+(?:[\w-]+\s+)?)?(?:operations?|services?|rides)\b"
        # An airport or a line by its first run: "began operating with a domestic Aeromexico
        # flight" (not a plant "began operating in 2020", which makes the product).
        r"|\b(?:commenced|began|begun|started)\s+operating\s+(?:with\s+(?:a|an|its|the)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:flights?|trains?|services?|trips?|routes?)\b|(?:commercial|"
        r"passenger|scheduled)\s+(?:flights|services|trains))"
        # A ship in paying service: "has sailed its maiden voyage", "set sail on its maiden
        # voyage" (an aircraft's maiden flight is a test).
        r"|\b(?:sailed|set\s+sail\s+on|departed\s+on|embarked\s+on|began|completed)\s+"
        r"(?:its|her|their)\s+maiden\s+(?:voyage|cruise|sailing)\b"
        # "days after the first devices reached buyers".
        r"|\breached\s+(?:its\s+|their\s+|the\s+)?(?:first\s+)?"
        r"(?:customers|buyers|owners)\b"
        # "Tesla delivered its first trucks to PepsiCo": the first units reached a buyer;
        # "started its first ET5 delivery on September 30".
        r"|\bdeliver(?:s|ed)\s+(?:its\s+|their\s+|the\s+)?first\b"
        r"|\b(?:started|began|begun|commenced)\s+(?:its\s+|their\s+|the\s+)?first\s+"
        r"(?:[\w.-]+\s+)?deliver(?:y|ies)\b",
    ),
    (
        # The present tense of the above: "deliveries begin in China" (or, dated ahead,
        # "deliveries begin in November").
        "released",
        "deliveries-begin",
        "deliveries shipments begins starts commences have has under",
        _DELIVERIES
        + r"(?:officially\s+|now\s+)?(?:begin|start|commence)s?\b|"
        # "Lotus Evija deliveries under way", "is under way with customer deliveries".
        + _DELIVERIES
        + r"(?:are\s+)?(?:now\s+)?under\s*way\b"
        r"|\bunder\s*way\s+with\s+(?:customer\s+|first\s+)?deliveries\b"
        # "Tesla begins deliveries"; "buyers have begun receiving" the cars.
        r"|\b(?:begins|starts|commences)\s+(?:customer\s+)?deliveries\b|\b(?:have|has)\s+(?:begun|"
        r"started)\s+receiving\b",
    ),
    (
        # Units sold are units on sale ("has sold 3.5 million consoles").
        "released",
        "units-sold",
        "has have had sold sells passed surpassed topped crossed exceeded",
        r"\b(?:(?:has|have|had)\s+)?(?:sold|sells)\s+(?:more\s+than\s+|over\s+|nearly\s+|"
        r"almost\s+|about\s+|some\s+|just\s+|only\s+)?(?:[\d.,]+\s*(?:million|m|k|thousand)?|"
        r"(?:a|one|two|three|four|five|half\s+a)\s+(?:million|thousand))\s+(?:copies|units|"
        r"consoles|phones|handsets|cars|vehicles|devices|headsets)\b"
        # "passed one million unit sales by the afternoon of September 28".
        r"|\b(?:passed|surpassed|topped|crossed|exceeded)\s+(?:the\s+)?(?:[\d.,]+\s*(?:million|m|k|"
        r"thousand)?|(?:a|one|two|three|four|five|half\s+a)\s+(?:million|thousand))\s+(?:unit\s+sales|"
        r"units\s+sold|copies\s+sold|sales)\b",
    ),
    (
        # People using it are people who have it: "has amassed 100 million monthly active
        # users", "Hits 100 Million Monthly Active User Milestone". (Only counts reached:
        # "aims to reach 100 million users" is a goal.)
        "released",
        "user-count",
        "has have had hit hits reached amassed surpassed crossed passed topped tops boasts",
        r"\b(?:has|have|had|hit|hits|reached|amassed|surpassed|crossed|passed|topped|tops|boasts)"
        r"\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|just\s+(?:over\s+)?)?"
        r"(?:[\d.,]+\s*(?:million|billion|m|bn|k|thousand)?|(?:a|one|half\s+a)\s+(?:million|"
        r"billion))\s+(?:(?:monthly|daily|weekly)\s+)?(?:active\s+)?(?:users?|subscribers?|"
        r"players?|listeners?|members?)\b(?!\s+(?:on\s+(?:the\s+|its\s+)?)?(?:wait-?list|"
        r"beta|sign-?ups?)\b)",
    ),
    (
        # A film's grosses: "opens to $345m", "topped the box office".
        "released",
        "box-office",
        "opens opened topped tops led leads with earned earns grossed grosses made makes took "
        "takes taken watched crosses crossed touches touched collected",
        # ("opens low with $60 million": how it opened is a word between.)
        r"\bopen(?:s|ed)\s+(?:(?:low|big|strong|soft|weak|huge|well|poorly|quietly|solidly|higher|"
        r"lower|modestly)\s+)?(?:to|with)\s+(?:an?\s+)?(?:[\w-]+\s+)?\$|\b(?:topped|tops|led|leads)"
        r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?box\s+office\b|\bopened\s+(?:nationwide|worldwide|"
        r"in\s+(?:cinemas|theaters|theatres))\b"
        # "stumbles with a $40 million opening", "earned $40 million in its debut".
        r"|\bwith\s+(?:an?\s+)?(?:record\s+)?\$[\d.,]+\s*(?:million|m|billion|bn)\s+(?:[\w-]+\s+)?"
        r"(?:opening|debut)\b|\b(?:earned|earns|grossed|grosses|made|makes|took\s+in|takes\s+in)"
        r"\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|roughly\s+|an\s+estimated\s+)?\$[\d.,]+"
        r"\s*(?:million|m|billion|bn)?\s+(?:[\w-]+\s+){0,2}?(?:in\s+(?:its|their|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:opening|debut)|at\s+the\s+(?:[\w-]+\s+)?box\s+office)\b"
        # Indian takings: "crosses Rs 100 crore", "touched the coveted Rs.100 crore mark".
        r"|\b(?:crosses|crossed|touches|touched|collected|earned|grossed)\s+(?:the\s+)?"
        r"(?:coveted\s+)?(?:rs\.?\s*|inr\s*|₹\s*)[\d.,]+\s*crores?\b"
        # "has already earned more than $30m after three weekends in the UK".
        r"|\b(?:earned|grossed|taken|took\s+in|made)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
        r"[$\u00a3\u20ac][\d.,]+\s*(?:m|bn|k|million|billion)?\s+(?:(?:after|in|over|from)\s+"
        r"(?:its\s+)?(?:first\s+)?(?:a|one|two|three|four|five|six|\d+)?\s*(?:weekends?|weeks?|days)"
        # "has grossed $15.5 million across 4,200 North American theaters".
        r"|(?:across|in|at|from)\s+[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:theaters|theatres|cinemas|screens|"
        r"locations))\b"
        # Takings counted are a film in cinemas somewhere, whatever opens later elsewhere:
        # "took £20.1 million at the box office", "has taken £37.2 million in its opening
        # week", "took an estimated $7.7 million on Friday".
        r"|\b(?:took|taken)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?[\"'\u201c\u2018]?[$\u20ac\u00a3]\s?"
        r"\d[\d.,]*[^.;]{0,30}?\b(?:at\s+the\s+(?:[\w-]+\s+)?box\s+office|in\s+its\s+(?:opening|first)\s+"
        r"(?:week|weekend|days?)|on\s+(?:its\s+)?(?:opening\s+day|friday|saturday|sunday))\b"
        # A show's audience: "was watched by nearly 13.47 million people".
        r"|\bwatched\s+by\s+(?:nearly\s+|almost\s+|about\s+|over\s+|more\s+than\s+|some\s+)?"
        r"[\d.,]+\s*(?:million|m|billion|bn)?\s+(?:people|viewers|households|accounts)\b",
    ),
    (
        # A record's chart entry: "debuts at Number One on the Billboard 200", "topped the
        # UK albums chart".
        "released",
        "charted",
        "debuts debuted debut topped tops hits hit lands landed top summit",
        r"\bdebut(?:s|ed)?\s+at\s+(?:no\.?\s*|number\s+)(?:\d+|one|two|three)\b"
        r"|\b(?:topped|tops)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:charts?|billboard\s+(?:200|hot\s+100))\b"
        # "Hits Number 1 on the Billboard 200", "the top spot on the Billboard 200", "seizes
        # the summit of Billboard".
        r"|\b(?:hits?|lands?|landed)\s+(?:no\.?\s*|number\s+)(?:1|one)\s+on\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:charts?|billboard)\b"
        r"|\b(?:top\s+spot|summit)\s+(?:on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:charts?|billboard)\b",
    ),
    (
        # The day sales open: "sale begins today at noon", "Sold starting today for
        # $349.99 by Cingular".
        "released",
        "sale-begins",
        "sale sales on sold",
        r"\bsales?\s+(?:begins?|began|starts?|started|opens?|opened)\s+(?:today|now)\b"
        r"|\bon\s+sale\s+(?:today|from\s+today)\b"
        r"|(?<!be\s)\bsold\s+(?:starting|beginning|from)\s+today\b",
    ),
    (
        # Anyone may get it now: "users can now upgrade", "clusters can upgrade now".
        "released",
        "can-now",
        "can has have",
        r"\bcan\s+now\s+(?:upgrade|download|install|stream|play|watch|buy|purchase|use|try)\b"
        # ... and the passive: "the first three seasons can now be seen on Disney+".
        r"|\bcan\s+now\s+be\s+(?:seen|watched|streamed|downloaded|bought|purchased)\b"
        r"|\bcan\s+(?:upgrade|download|install|stream|play|watch|buy|purchase)\s+"
        r"(?:[\w.-]+\s+){0,3}?(?:now|today)\b"
        # ... or from a store: "nonsubscribers can download the apps for free from the App
        # Store".
        r"|\bcan\s+(?:download|install|get)\s+(?:[\w.,'-]+\s+){1,6}?(?:from|on|in|via)\s+(?:the\s+)?"
        r"(?:(?:mac\s+)?app\s+store|google\s+play|play\s+store|microsoft\s+store|steam)\b"
        # ... and has for a while: "since 2018, men have been able to get it over the counter".
        r"|(?<!\bnot\s)(?<!n't\s)\b(?:has|have)\s+(?:long\s+)?been\s+able\s+to\s+(?:get|buy|download|"
        r"purchase|order|stream|play|watch)\b",
    ),
    (
        # A recall is of units already sold, whoever reports it.
        "released",
        "recall",
        "recall recalls recalled recalling",
        # ("to avoid recalls" is a precaution, not a recall.)
        r"(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!avoid\s)(?<!prevent\s)(?<!avert\s)(?<!of\s)"
        r"(?<!potential\s)(?<!possible\s)(?<!he\s)(?<!she\s)(?<!they\s)(?<!\bit\s)"
        # A writer remembering: "the blog recalls", "a second write-up recalls".
        r"(?<!writer\s)(?<!author\s)(?<!blog\s)(?<!piece\s)(?<!post\s)(?<!column\s)"
        r"(?<!article\s)(?<!write-up\s)(?<!reviewer\s)(?<!columnist\s)(?<!critic\s)(?<!editor\s)"
        r"(?<!reporter\s)(?<!journalist\s)(?<!host\s)(?<!item\s)(?<!story\s)(?<!feature\s)"
        r"(?<!review\s)(?<!video\s)(?<!podcast\s)(?<!episode\s)\brecall(?:s|ed|ing)?\b"
        # "a Recall-like feature" names a product; "find, recall, and act on" is a list of
        # what a user does.
        r"(?!-like\b)(?!,)"
        # Remembering is no recall: "recalls Linda Ellis' poem", "recalls early flat panels",
        # "recalls how", "recalls first seeing".
        r"(?!\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:poem|song|words|lines|quote|advice|remark|joke|"
        r"speech)\b)"
        # ... nor a feature remembered: "recalls a Radeon RX 6000 feature" (units are
        # recalled, features are not).
        r"(?!\s+(?:a|an|the)\s+(?:[\w.+-]+\s+){0,4}?features?\b)"
        r"(?!\s+(?:that|how|when|what|why|being|seeing|first|his|her|their|early|fondly|the\s+(?:day|days|"
        r"time|times|moment|era)\b))"
        # ... nor what someone said: "recalls an Instagram leaker's claim last October".
        # ("recalls 'a commitment Notion made in 2018'": a promise remembered.)
        r"(?!\s+[\"'\u201c\u2018]?(?:an?|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:claims?|"
        r"reports?|rumou?rs?|leaks?|statements?|comments?|remarks?|interview|tweets?|posts?|"
        r"commitments?|promises?|pledges?)\b)"
        # ... nor is an event remembered: "recalls the 2017 announcement".
        r"(?!\s+the\s+(?:(?:19|20)\d\d\s+|original\s+|first\s+)?(?:announcement|reveal|unveiling|"
        r"showing|presentation|trailer|teaser|event|keynote|launch\s+campaign|campaign|ads?|"
        r"advert\w*|commercials?|jingle)\b)"
        # "Hahn recalls getting the call while shooting": an experience remembered.
        r"(?!\s+(?:getting|receiving|hearing|learning|meeting|working|shooting|filming|reading|"
        r"watching|playing|growing|going|feeling|thinking|talking|writing|making)\b)"
        # "the writer recalls Craig Federighi saying": someone remembered speaking.
        r"(?![^.;]{0,40}?\b(?:saying|telling|asking|explaining)\b)",
    ),
    (
        # An audience counted is an audience that watched or played it.
        "released",
        "audience",
        "draws drew drawn attracted attracts pulled pulls passes passed surpasses surpassed "
        "tops topped hits hit reaches reached crosses crossed added adds with",
        r"\b(?:draws?|drew|drawn|attract(?:s|ed)|pull(?:s|ed))\s+(?:in\s+)?(?:more\s+than\s+|over\s+|"
        r"nearly\s+|about\s+|some\s+)?[\d.,]+\s*(?:million|m|k|thousand)?\s+(?:viewers|views|"
        r"players|users|visitors|subscribers)\b|\b(?:pass(?:es|ed)|surpass(?:es|ed)|tops|topped|hits?|"
        r"reach(?:es|ed)|cross(?:es|ed)|add(?:s|ed))\s+(?:the\s+)?(?:a|one|[\d.,]+)\s*(?:million|m|k|"
        r"thousand|billion|bn)?\s+(?:new\s+)?(?:users|players|downloads|subscribers|accounts|"
        r"members)\b"
        # "breaks a record with 68 million views".
        r"|\bwith\s+(?:more\s+than\s+|over\s+|nearly\s+)?[\d.,]+\s*(?:million|m|billion|bn)\s+"
        r"(?:views|viewers|players|streams)\b",
    ),
    (
        # ... in the languages feeds bring most, folded to ASCII: "supera los 100 millones de
        # jugadores", "übersteigt 3 Millionen Spieler", "ha ottenuto 5.755.000 spettatori" (an
        # audience in millions, or a count right before the word; not "un modo per 200
        # giocatori"; `tense` reads no versioned name into a count grouped by dots).
        "released",
        "foreign-audience",
        "millones millon milhoes milhao milioni milione mln millionen spettatori espectadores "
        "spectateurs zuschauer kijkers",
        r"\b(?:millones|millon|milhoes|milhao|milioni|milione|mln|millionen)\s+(?:de\s+|di\s+)?"
        r"(?:jugadores|usuarios|espectadores|descargas|jogadores|downloads|spettatori|giocatori|"
        r"utenti|graczy|uzytkownikow|pobran|spieler|nutzer|zuschauer)\b"
        r"|(?<=\d\s)(?:spettatori|espectadores|spectateurs|zuschauer|kijkers)\b"
        # (Not an open beta's: "l'open beta attira oltre 317 mila giocatori".)
        r"(?![^.;]{0,40}?\b(?:beta|pre-?registr\w*|prerregistr\w*|preinscri\w*)\b)",
    ),
    (
        # Notes of a release are written when it ships (a beta's say "beta").
        "released-weak",
        "release-notes",
        "release",
        # (Not what they leave out: "it was not in the release notes"; nor another
        # product's that support it: "iTunes 8.2's release notes say it now supports the
        # iPhone 3.0 Software Update".)
        r"(?<!not\sin\sthe\s)(?<!n't\sin\sthe\s)\brelease\s+notes\b"
        r"(?![^.;]{0,40}?\b(?:supports?|support\s+for|compatib\w*)\b)",
    ),
    (
        # "sales since it hit shelves in May": a launch the sentence takes as given, so a
        # fact even inside a report about something else.
        "released",
        "since-launch",
        "since",
        r"\bsince\s+(?:it|they)\s+(?:first\s+)?(?:hit\s+(?:stores|shelves|the\s+market)|went\s+on\s+"
        r"sale|launched|came\s+out|arrived|debuted|shipped|(?:was|were)\s+released)\b",
    ),
    (
        # A record of its first hours out: "broke the Xbox Live record for concurrent
        # users after just over twelve hours of release", "sold a million copies within
        # three days of launch".
        "released",
        "hours-of-release",
        "broke sold topped reached hit passed surpassed crossed became shattered",
        r"\b(?:broke|sold|topped|reached|hit|passed|surpassed|crossed|became|shattered)\b"
        r"[^.;]{0,80}?\b(?:after|within|in)\s+(?:just\s+|only\s+)?(?:over\s+|under\s+|about\s+)?"
        r"(?:the\s+first\s+)?(?:[\w-]+\s+)?(?:hours?|days?|weeks?)\s+(?:of|after|since)\s+"
        r"(?:its\s+|their\s+)?(?:release|launch|going\s+on\s+sale)\b",
    ),
    (
        # A launch dated in a past year, its product named inside: "the first update since
        # the launch of the NOOK GlowLight 4 in 2021" (whatever "update" came since).
        "released",
        "since-launch-of",
        "since",
        r"\bsince\s+the\s+(?:release|launch|debut|arrival)\s+of\s+(?:[\w'\u2019.+-]+\s+){1,5}?"
        r"(?:in|back\s+in)\s+(?:19|20)\d\d\b",
    ),
    (
        # A product named as recently out: "a sportbike derived from the recently launched
        # Guerrilla 450" (not "recently launched pre-orders for"; "the newly launched" X of
        # a trade show is as often only announced).
        "released",
        "recently-launched",
        "recently",
        r"\brecently\s+(?:launched|released)\s+(?=\w)"
        r"(?!(?:pre-?orders?|a\s+(?:teaser|trailer|waitlist|beta)|(?:the|its)\s+(?:beta|preview|"
        r"waitlist|trailer))\b)",
    ),
    (
        # A place named as open: "the newly-opened Sydney Metro northwest line", "at the
        # newly opened SeaWorld in Abu Dhabi" (not what is opened for news of it or orders
        # of it: "the newly opened Japanese website" of a game to come).
        "released",
        "newly-opened",
        "newly recently",
        r"\b(?:newly|recently)[\s-]opened\s+(?=\w)(?!(?:[\w'-]+\s+){0,2}?(?:websites?|sites?|"
        r"pages?|portals?|accounts?|channels?|offices?|factory|factories|plants?|headquarters|"
        r"pre-?orders?|orders|reservations|bookings|registrations?|applications|waitlists?|"
        r"consultations?|tenders?|bidding|investigations?|probes?|inquir(?:y|ies)|cases?|markets?|"
        r"doors?|showrooms?|studios?|labs?)\b)",
    ),
    (
        # A launch it has had: "it had its official 1.0 release in May 2020", "has had a
        # rocky launch", "had a soft launch in Canada" (not "had its release date pushed
        # back", "had its launch delayed").
        "released",
        "had-launch",
        "had has",
        r"(?<!\bnot\s)(?<!\bnot\seven\s)(?<!\bnever\s)(?<!n't\s)(?<!n't\seven\s)"
        r"\b(?:had|has\s+had)\s+(?:its|their|a|an)\s+(?:[\w.'\u2019-]+\s+){0,3}?(?:release|launch)\b"
        r"(?!\s+(?:date|window|event|plans?|announcement|trailer|delayed|pushed|postponed|moved|"
        r"cancell?ed|scrapped)\b)",
    ),
    (
        # A launch on some platforms that a port follows: "after its December launch on
        # Xbox and PC, the game arrives on PS5": out already, wherever it goes next.
        "released",
        "launched-on",
        "after following since",
        r"\b(?:after|following|since)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:launch|release|"
        r"debut)\s+on\s+(?!(?:the\s+)?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|"
        r"tue|wed|thu|fri|sat|sun)\w*\b)(?![^,;.]{0,40}?\b(?:next|later|soon|upcoming|coming)\b)",
    ),
    (
        # A hit of a year is out: "Nixxes is porting the 2023 PS5 hit to PC".
        "released",
        "year-hit",
        "190 191 192 193 194 195 196 197 198 199 200 201 202 203 204 205 206 207 208 209",
        r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:hit|smash|bestseller|best-seller|blockbuster)"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:to|on|for|in|and|with|from|of|is|was|that|which)\b)",
    ),
    (
        # "the handheld, on sale in the US since February": out since a time past.
        "released",
        "out-since",
        "on available out shipping",
        # (Not a preview's: "available in preview form since January".)
        r"\b(?:on\s+sale|available|out|shipping)\s+(?:(?!preview\b|beta\b)[\w,-]+\s+){0,5}?since\s+"
        r"(?!then\b)\w",
    ),
    (
        "released",
        "current-version",
        "is as was current latest",
        r"\b(?:is|as|was)\s+(?:the|our)\s+(?:current|latest|"
        r"newest|most\s+recent)\s+(?:[\w.+-]+\s+){0,3}?(?:version|release|lts|model|flagship|stable|"
        r"generation)\b|\bcurrent\s+(?:active\s+)?lts\b|"
        # (Not a pointer elsewhere: "for the latest stable version, see the v0 docs".)
        r"(?<!\bfor\sthe\s)\blatest\s+(?:[\w.+-]+\s+){0,2}?"
        r"(?:lts|stable)\b",
    ),
    (
        "released",
        "launched",
        "officially quietly finally recently just eventually formally globally publicly suddenly "
        "first launched released debuted premiered shipped rolled unleashed went came arrived "
        "stabilized stabilised stabilizes stabilises published relaunched gone entered open kicked "
        "aired returned brought made ended",
        # What did not happen: "would have liked to have shipped in Q1".
        r"(?<!would\shave\s)(?<!should\shave\s)(?<!could\shave\s)(?<!might\shave\s)"
        r"(?<!liked\sto\shave\s)(?<!hoped\sto\shave\s)(?<!wanted\sto\shave\s)"
        r"(?<!planned\sto\shave\s)"
        # A superlative ranks, it does not release: "the tallest set ever released"; nor
        # is "a soon-to-be-released version" out.
        r"(?<!\sever\s)(?<!to-be-)"
        r"\b(?:officially\s+|quietly\s+|finally\s+|recently\s+|just\s+|"
        r"eventually\s+|formally\s+|globally\s+|publicly\s+|suddenly\s+|first\s+)?(?:"
        # (A kind of ride is no release: "a steel launched wing roller coaster".)
        r"launched(?!\s+(?:(?:wing|roller|flying|family|dive|spinning|hybrid|water)\s+)*"
        # (Nor work begun: "Ford launched production of the aluminum F-150".)
        rf"coasters?\b){_NOT_WORK_STARTED}|relaunched|"
        # A return is a release again: "McDonald's has brought back its Szechuan sauce".
        r"brought\s+back(?!\s+(?:memories|to\s+life|from)\b)|"
        # "brought the Xiaomi 13 series smartphones into the Chinese market last month".
        r"brought\s+(?:[\w'.+-]+\s+){1,6}?(?:into|to)\s+(?:the\s+)?(?:[\w-]+\s+)?market\b|"
        # "was slated for April, but ended up dropping this past week".
        r"ended\s+up\s+(?:launching|releasing|dropping|shipping|arriving|debuting|coming\s+out)\b|"
        # ("AWS made available Graviton3 processors"; not "will be made available".)
        r"(?<!\bbe\s)made\s+available\b(?!\s+(?:to|for)\s+(?:pre|order|reserv))|"
        # ("published by Outright Games" names the publisher, not a release, unless with
        # the day: "published by Scribner on August 3, 2021"; "published their entire line
        # up on their E3 page" announced the products; "its already-published terms" are
        # a document's.)
        # ("An advance review published ten days before release" is the review's.)
        r"released|debuted|premiered|shipped|(?<!-)(?<!\breview\s)(?<!\barticle\s)(?<!\bpiece\s)"
        r"(?<!\bstory\s)(?<!\bpost\s)(?<!\binterview\s)published(?!\s+by\b(?![^.;]{0,40}?\b(?:on|in)\s+"
        r"(?:[a-z]+\.?\s+)?\d))"
        # (Nor research written up: "published their work on VideoPoet".)
        r"(?!\s+(?:[\w'-]+\s+){0,3}?(?:line[\s-]?ups?|lists?|schedules?|roadmaps?|"
        r"announcements?|plans|work|paper|papers|research|study|findings)\b)|"
        rf"rolled\s+out(?!\s+{_AT_THE_PAD})|unleashed|"
        # Open weights are out: "Zhipu open-sourced GLM-5".
        r"open[\s-]?sourced|"
        # ("it went fully online on June 3".)
        r"went\s+live|went\s+(?:fully\s+)?online|"
        # A tour or a residency started: "kicked off their European tour in Madrid" (not
        # work on it: "kicked off production").
        rf"{_WORK_BEFORE}kicked\s+off{_NOT_WORK_STARTED}|"
        # A service opening in a country: "entered the Indian market in late February".
        r"entered\s+the\s+(?:[\w-]+\s+){0,2}?market|"
        # (Tickets on sale are for an event still to come: "hours after tickets went on sale".)
        # (Winning is no release: "the Beefy Crunch Burrito came out on top of the vote".)
        r"came\s+out(?!\s+(?:on\s+top|ahead|in\s+(?:favou?r|support)|against|victorious|the\s+winner)\b)|"
        r"(?<!\btickets\s)(?<!\bticket\s)went\s+on\s+sale|gone\s+on\s+sale|gone\s+live|"
        # (Hardware reaching its launch site is in transit: "the lander has arrived at
        # Cape Canaveral"; so is a line's fleet: "only six trains have arrived".)
        r"(?<!trains\s)(?<!trains\shave\s)(?<!trams\s)(?<!trams\shave\s)(?<!boats\s)"
        r"(?<!boats\shave\s)(?<!buses\s)(?<!buses\shave\s)"
        r"arrived(?!\s+(?:at|in)\s+(?:the\s+)?(?:[\w'.-]+\s+){0,3}?(?:cape|canaveral|kennedy|"
        r"vandenberg|baikonur|kourou|tanegashima|sriharikota|spaceport|launch\s+(?:site|pad|"
        r"complex))\b)|stabili[sz]ed|"
        # A show on the air: "aired its first episode of season two", "returned to
        # Thursday nights on NBC" (not an ad or an interview that aired).
        r"(?<!spot\s)(?<!spots\s)(?<!ad\s)(?<!ads\s)(?<!commercial\s)(?<!trailer\s)(?<!teaser\s)"
        r"(?<!promo\s)(?<!interview\s)(?<!segment\s)(?<!clip\s)aired|returned\s+to\s+(?:(?:the\s+)?(?:tv|television|screens|small\s+screen|"
        r"airwaves)|(?:[\w-]+\s+)?nights\b)|"
        # A rocket's launch is no release: "launched into orbit", "a trailer launched from
        # space"; nor are screeners:
        # "episodes released to press ahead of the premiere".
        r"stabili[sz]es)\b(?!\s+(?:(?:in)?to|from|in)\s+(?:space|orbit)\b)"
        # The maker's record as a yardstick: "the most premium phone it has launched till now".
        r"(?!\s+(?:(?:till|until|up\s+to)\s+(?:now|date)|to\s+date|so\s+far)\b)"
        # An announcement's word for what comes later: "launched X, to be released in 2024",
        # "launched the X, which is set to go on sale in 2019".
        r"(?![^.;]{0,60}?\bto\s+be\s+(?:launched|released)\b)"
        r"(?![^.;]{0,60}?\b(?:which|that)\s+(?:is\s+)?(?:set|due|scheduled|slated|expected)\s+to\s+"
        r"(?:go\s+on\s+sale|hit\s+(?:stores|shelves|dealerships)|arrive|ship)\b)"
        r"(?!\s+to\s+(?:the\s+)?(?:press|critics|reviewers|media|journalists)\b)"
        # What is shown of a product is no release of it: "LG published photos in four
        # colours", "Sony released a new trailer", "released a statement", "DC has
        # released four new pages of art", "Fox released a 20-minute behind-the-scenes
        # featurette", "released the first minute of the first episode", "Ford released
        # pricing for the upcoming E-Transit".
        r"(?!\s+(?:[\w'-]+\s+){0,3}?(?:photos?|images|pictures|renders?|screenshots?|trailers?|"
        r"teasers?|footage|posters?|artwork|art|pages|stills|sketches|specs|specifications|"
        # (Arriving "on the scene" is coming out.)
        r"statements?|featurettes?|clips?|promos?|sneak\s+peeks?|minutes?|(?<!\bon\sthe\s)scenes?|"
        r"details|synops[ie]s|loglines?|"
        # ... nor a list of candidates: "has released a list of scientists nominated".
        r"pricing|prices|(?:short)?lists?\s+of)\b)"
        # Nor are reviews of it: "Pogue, Mossberg and Baig published the first reviews"
        # (days before its launch; "released to rave reviews" is out).
        r"(?!\s+(?:the|their|his|her|its)\s+(?:first\s+|own\s+|full\s+)?(?:reviews?|verdicts?)\b)"
        # Nor is a firm set up to make it, or a page to sign up for it: "has launched a
        # new business dedicated to electric bicycles", "launched an investigation into",
        # "launched a registration site for interested buyers".
        r"(?!\s+(?:a|an|its|the)\s+(?:new\s+|separate\s+|dedicated\s+)?(?:business|company|"
        r"division|subsidiary|venture|startup|spin-?off|investigation|inquiry|probe|configurator|"
        # ... nor a test of it: "has launched a restricted test of Med-PaLM 2".
        r"(?:(?:restricted|limited|closed|private|small)\s+)?(?:test|trial|pilot)|"
        r"wait-?list|(?:registration|reservation|sign-?up)\s+(?:site|page|portal|website))\b)"
        # "a settled released window": a misspelt release window, a plan; and nothing
        # given out is no release: "Netflix has released no official news about it".
        r"(?!\s+(?:date|window|nothing|no(?!\s+(?:later|earlier|sooner)\b))\b)"
        # A first showing at a show or festival is a reveal: "debuted at the Paris motor
        # show ahead of sales next year", "premiered at Cannes" before its theatrical run.
        # (Or "premiered to excellent reviews from the Telluride & Toronto Film Festivals",
        # "premiered in competition at Cannes tonight"; only festivals have a competition:
        # "the Venice film festival, where the film premiered out of competition".)
        r"(?:(?<!debuted)(?<!premiered)|(?!\s+(?:(?:in|out\s+of)\s+competition\b|"
        r"(?:to\s+[^.;]{0,40}?\b(?:at|from|in)|at)\s+"
        r"(?:the\s+)?(?:[\w'.&-]+\s+){0,4}?(?:festivals|shows|"
        r"show|festival|fest|expo|fair|convention|keynote|conference|summit|showcase|"
        r"ces|mwc|ifa|e3|gamescom|comic-con|sundance|cannes|venice|tiff|sxsw)\b)))"
        # A trade show is where hardware is "launched" to the press: "AMD just launched the
        # RX 7600 XT at CES 2024".
        r"(?:(?<!launched)|(?![^.;]{0,50}?\bat\s+(?:the\s+)?(?:ces|mwc|ifa|computex|e3|gamescom|"
        r"mobile\s+world\s+congress)\b))"
        # Launched for its own staff is no release: "has launched Boost Infinite internally".
        r"(?![^.;,]{0,40}?\b(?:internally|to\s+(?:its\s+)?(?:own\s+)?employees)\b)",
    ),
    (
        # Music's and games' word for a release, when it is plainly one: "he finally
        # dropped Blonde", "Nintendo shadow-dropped the remaster" (not "dropped support",
        # "prices dropped").
        "released",
        "dropped",
        "finally surprise shadow dropped just",
        # An artist's record dropped: "dropped his fifth studio album, IGOR".
        r"\bdropped\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:album|ep|mixtape|lp)\b|"
        # ... and a maker's new product: "Infinix just dropped their new phone" (not "dropped
        # their phone": only a new one is a release).
        r"\bdropped\s+(?:his|her|their|its)\s+(?:brand[\s-])?new\s+(?:[\w-]+\s+){0,2}?(?:phones?|"
        r"smartphones?|games?|singles?|season|series|collection|consoles?|laptops?|watch(?:es)?|"
        r"sneakers?|shoes?)\b|"
        # A season or a record "dropped on Thursday", "dropped on Netflix" (not "prices
        # dropped on Monday").
        r"(?<!price\s)(?<!prices\s)(?<!sales\s)(?<!shares\s)(?<!stock\s)(?<!support\s)"
        r"\bdropped\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"netflix|spotify|disney\+|prime\s+video|hbo\s+max|apple\s+tv\+|youtube|steam)\b|"
        # A product that "just dropped, and it is great", "just dropped on Friday", what a
        # maker "just dropped something" (not a price that "just dropped to $199", nor a
        # track of the name: "Taylor just dropped Lover", the single, before the album).
        r"(?<!price\s)(?<!prices\s)(?<!shares\s)(?<!stock\s)\bjust\s+drop(?:ped|s)\b"
        r"(?=\s*(?:[,.;:!]|$)|\s+(?:on|in|at|today|yesterday|this|and|titled|called|something|"
        r"a|an|its|their|his|her)\b)"
        r"(?!\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'‘’\"“”$-]+\s+){0,4}?"
        rf"(?:{_DROPPED_NOT_IT}|track\s+list|single|song|video)\b)|"
        r"\b(?:finally\s+|surprise[- ]|shadow[- ])drop(?:ped|s)\b(?!\s+(?:the\s+|a\s+|its\s+)?"
        # (A name may stand before the noun.)
        rf"(?:[\w'‘’\"“”$-]+\s+){{0,4}}?(?:{_DROPPED_NOT_IT})\b)",
    ),
    (
        # Offered to everyone after a test: "is expanding its Cocreator feature in Paint to
        # all Windows 11 users" (what "will expand" to all is a plan).
        "released",
        "expanded-to-all",
        "expands expanded expanding",
        r"(?<!will\s)(?<!to\s)\bexpand(?:s|ed|ing)\s+(?:[\w'+-]+\s+){0,8}?to\s+(?:all|every|"
        r"everyone)\b",
    ),
    (
        # A season under way: "episode 5 will be released tomorrow", "Episode 3 airs
        # January 15" (a season's later episodes come after its premiere).
        "released",
        "later-episode",
        "episode ep release air premiere streaming broadcast airing",
        # (Its release, not its plot: "episode eight cues up a face-off".)
        r"\b(?:release|air|premiere|streaming)\s+(?:date|time|day)s?\s+(?:for|of)\s+"
        r"(?:episode|ep\.?)\s+(?:[2-9]|1\d|2[0-4]|two|three|four|five|six|seven|eight|nine|ten)\b"
        r"|\b(?:episode|ep\.?)\s+(?:[2-9]|1\d|2[0-4]|two|three|four|five|six|seven|eight|nine|ten)\b"
        r"(?=[:,]?\s+(?:[\w'+-]+\s+){0,3}?(?:will\s+be\s+released|releases?|airs?|aired|"
        r"streams|drops|premieres|arrives|is\s+out|release\s+(?:date|time)))"
        # "after the broadcast of the ongoing season's episode 15".
        r"|\b(?:broadcast|airing)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:episode|ep\.?)\s+"
        r"(?:[2-9]|1\d|2[0-4]|two|three|four|five|six|seven|eight|nine|ten)\b",
    ),
    (
        # A craft sent up is on its mission: "the Hera mission lifted off on a Falcon 9",
        # "the probe blasted off", "was launched into orbit", "Hope probe enters Mars orbit"
        # ("is set to lift off", "to enter lunar orbit" are plans: no past verb, no "-s").
        "released",
        "lifted-off",
        "lifted blasted was were been enters entered",
        r"\b(?:lifted|blasted)\s+off\b|\b(?:was|were|been)\s+launched\s+into\s+(?:space|orbit)\b"
        r"|\b(?:enters|entered)\s+(?:(?:mars|lunar|the\s+moon's|martian|jupiter|venus)\s+)?orbit\b",
    ),
    (
        # A day that brought it: "July 22 saw the opening of the latest version of this
        # ride", "the week saw the launch of X" (what "will see" brings is a plan).
        "released",
        "saw-the-launch",
        "saw",
        r"\bsaw\s+the\s+(?:official\s+|grand\s+|long-awaited\s+|public\s+)?(?:opening|launch|"
        r"release|debut|arrival|premiere)\s+of\b",
    ),
    (
        # A film in cinemas from today: "F1 zooms into theaters today".
        "released",
        "in-theaters-today",
        "theaters theatres cinemas",
        r"(?:(?<=\bin\s)|(?<=\binto\s)|(?<=\bto\s))(?:theaters|theatres|cinemas)\s+"
        r"(?:nationwide\s+|everywhere\s+)?(?:today|tonight)\b",
    ),
    (
        # "was introduced to the U.S. market in late October"; "X has landed" (not on the
        # Moon, at an airport or a deal).
        "released",
        "on-the-market",
        "introduced has have having out newly recently returned",
        r"\bintroduced\s+(?:to|in|into)\s+the\s+(?:[\w.]+\s+)?market\b"
        # A feature a version shipped: "the vertical tabs newly introduced in FF 136.0".
        r"|\b(?:newly|recently)\s+introduced\s+in\b"
        r"|\b(?:has|have)\s+(?:finally\s+|officially\s+)?landed\b(?!\s+(?:on|at|a|an|the|its|"
        r"their|his|her|safely|in\s+(?:hot|trouble))\b)"
        # ... or on a service: "Pachinko's second season has landed on Apple TV+", "returned
        # to Netflix".
        rf"|\b(?:(?:has|have)\s+(?:finally\s+|officially\s+)?landed\s+on|returned\s+to)\s+{_SERVICES}"
        # ... or on discs, so it is out: "having just landed on 4K Ultra HD, Blu-ray, DVD".
        r"|\b(?:has|have|having)\s+(?:just\s+|finally\s+)?landed\s+on\s+(?:4k|blu-?ray|dvd|digital)\b"
        # "moved Gemma 3n out of preview into full release".
        r"|\bout\s+of\s+(?:preview|beta)\s+(?:and\s+)?into\s+(?:full\s+release|general\s+"
        r"availability|ga|production|stable)\b",
    ),
    (
        # A ride or place that has opened: "has officially opened at Thorpe Park", "down
        # since the day after its official opening last month" (not orders or bookings).
        "released",
        "opened-before",
        "has have its today yesterday",
        r"\b(?:has|have)\s+(?:now\s+)?officially\s+opened\b(?!\s+(?:pre-?orders|orders|reservations|"
        r"bookings|registrations?|applications|sales|sign-?ups|the\s+waitlist)\b)"
        r"|\bits\s+(?:official\s+|grand\s+|public\s+)?opening\s+(?:last|earlier\s+this)\s+(?:week|"
        r"month|year|summer|spring|fall|autumn|winter)\b"
        # "The King today opened the Menara Merdeka 118".
        r"|\b(?:today|yesterday)\s+(?:officially\s+)?opened\b(?!\s+(?:(?:up\s+)?(?:pre-?orders|"
        r"orders|reservations|bookings|registrations?|applications|sales|sign-?ups|the\s+"
        r"waitlist|up|fire)\b))",
    ),
    (
        # A service's first run: "Sanwo-Olu flags off Lagos Blue rail operations", "started
        # the commercial operations of its line" (not "will start", read by `plans`).
        "released",
        "service-began",
        "flagged flags started began commenced launched",
        r"\bflag(?:ged|s)\s+off\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:operations?|services?|trains?|"
        r"runs?|flights?|buses)\b|\b(?:started|began|commenced|launched)\s+(?:its\s+|their\s+|the\s+)?"
        r"(?:commercial|passenger|revenue|scheduled)\s+(?:operations?|services?|flights?)\b",
    ),
    (
        # A market entered: "IKEA opened its first store in Hyderabad", "Tesla Opens First
        # Showroom in India" (present or past; `tense` dates it).
        "released",
        "first-store",
        "opened opens",
        r"\bopen(?:ed|s)\s+(?:its\s+|their\s+|the\s+)?(?:very\s+)?first\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:stores?|outlets?|restaurants?|shops?|showrooms?|locations?|cafes?|caf\u00e9s?|branch|"
        r"branches|roastery)\b",
    ),
    (
        # A place or ride open to its public: "Tiana's Bayou Adventure opened earlier this
        # year at Walt Disney World" (not orders or bookings opened).
        "released",
        "opened",
        "opened",
        # Nor a place where it is made: "the writers' room opened in October 2025".
        not_after(
            "orders reservations registration registrations bookings sales applications waitlist "
            "room office offices factory plant"
        )
        + r"\bopened\s+(?:(?:officially\s+)?(?:this\s+morning|today|yesterday)|"
        r"earlier\s+(?:this|today)|last\s+(?:year|month|week|summer|spring|fall|autumn|winter)|"
        # "finally opened in the spring of 2022".
        r"in\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d|"
        # ("officially opened to all guests earlier today".)
        r"in\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d|to\s+(?:the\s+|all\s+)?(?:public|guests|visitors|"
        # A road or a bridge: "the link opened to traffic on Sunday".
        r"riders|passengers|fans|traffic|motorists|vehicles)|"
        # A line: "was opened for revenue service on June 23".
        r"for\s+(?:revenue|passenger|public|regular)\s+services?|"
        # "officially opened its doors for its first visitors".
        r"(?:its|their)\s+doors\s+(?:to|for)\s+(?:its\s+|their\s+|the\s+)?(?:first\s+)?"
        r"(?:public|guests|visitors|riders|passengers|customers|fans)"
        # "opened at Islands of Adventure in June", "opened X to the public".
        rf"|(?:at|in)\s+(?:[\w'.-]+\s+){{0,6}}?(?:in|on)\s+{MONTH_WORD}\b|"
        r"(?:(?!(?:(?:pre-?)?orders|reservations|bookings|registrations?|"
        r"applications|waitlists?|sign-?ups|voting|beta)\b)[^\s,;.]+\s+){1,6}?to\s+(?:the\s+|all\s+)?"
        r"(?:public|guests|visitors|riders|passengers)"
        # "eventually opened on May 27, 2022": a day with its year.
        rf"|(?:on\s+|in\s+)?{MONTH_WORD}\.?\s+"
        r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d"
        # ... or day first: "opened on 19 August 2024".
        rf"|(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}\.?,?\s+(?:19|20)\d\d"
        # "Ghibli Park opened Tuesday in Nagakute": a weekday is a past day this week; so
        # after its hour: "opened at 20:00 local time Saturday".
        r"|(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s+)?(?:local\s+time\s+)?)?"
        r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    ),
    (
        # A place that opens its doors today: "the line's nine stations open to the public
        # today at 2 p.m." (`tense` reads the present with "today"; not orders or sales
        # that open).
        "released",
        "opens-today",
        "open opens",
        not_after("orders reservations registration registrations bookings sales applications")
        + r"\bopens?\s+(?:its\s+doors\s+|their\s+doors\s+)?(?:to\s+(?:the\s+)?(?:public|guests|"
        r"visitors|riders|passengers)\s+)?(?:today|this\s+morning)\b",
    ),
    (
        # "The $1.65 billion rail line was declared open on Sunday morning".
        "released",
        "declared-open",
        "declared",
        r"(?:(?<=\bwas\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bare\s)|(?<=\bbeen\s))declared\s+"
        r"(?:officially\s+)?open\b(?!\s+(?:for|to)\s+(?:bids|tenders|bidding|applications|"
        r"submissions|nominations|entries)\b)",
    ),
    (
        # An opening held: "celebrated the grand opening of the $2 billion Intuit Dome".
        "released",
        "opening-celebrated",
        "celebrated celebrates",
        # ("Residents celebrated the inauguration of a streetcar line".)
        r"\bcelebrat(?:ed|es)\s+(?:the\s+|its\s+|their\s+)?(?:grand\s+|official\s+)?"
        r"(?:opening|inauguration)\b",
    ),
    (
        # A series back with a season: "returns on Netflix with a fourth series" (`tense`
        # dates the present: "returns for a second season on May 3" is ahead).
        "released-title",
        "returns-with-season",
        "returns",
        r"\breturns\s+(?:(?:on|to)\s+[\w+]+(?:\s+[\w+]+)?\s+)?(?:with|for)\s+(?:a|its|their)\s+"
        r"(?:[\w-]+\s+)?(?:season|series)\b",
    ),
    (
        # A restaurant's release: "began serving the Impossible Slider in 140 locations".
        "released",
        "serving",
        "began begun started",
        r"(?<!\bto\s)\b(?:began|begun|started)\s+serving\b",
    ),
    (
        # In an app store for anyone: "just became official on the Play Store hours ago".
        "released",
        "official-in-store",
        "became become becomes",
        r"\b(?:became|become|becomes)\s+(?:official|available)\s+(?:on|in)\s+(?:the\s+)?"
        r"(?:google\s+)?(?:play\s+store|app\s+store|microsoft\s+store|windows\s+store)\b",
    ),
    (
        # A place or a route in service: "with flight operations beginning yesterday",
        # "passenger services started on Monday" (not "operations begin in May", a plan).
        "released",
        "operations-began",
        "flight flights commercial passenger revenue regular scheduled",
        r"\b(?:flight|commercial|passenger|revenue|regular|scheduled)\s+(?:operations|services|"
        r"flights|service)\s+(?:(?:began|started|commenced)\b|(?:beginning|starting|commencing)"
        r"\s+(?:yesterday|today|this\s+(?:morning|week))\b)",
    ),
    (
        # First in its class to open, a fact told after it: "became the first transit system
        # to open in Toronto since 2022".
        "released",
        "first-to-open",
        "became",
        r"\bbecame\s+the\s+first\s+(?:[\w-]+\s+){1,4}?to\s+(?:open|launch|debut|go\s+on\s+sale)\b",
    ),
    (
        # In cinemas or shops: "landed in UK cinemas towards the end of 2022".
        "released",
        "landed-in",
        "landed",
        r"\blanded\s+(?:in|on)\s+(?:[\w.-]+\s+){0,2}?(?:cinemas|theaters|theatres|stores|shops|"
        r"shelves)\b",
    ),
    (
        # A place open to its public, which it has started to let in: "Din Tai Fung welcomed
        # customers on July 11", "is welcoming thousands of commuters for the first time
        # today" (not "will be welcoming", nor "welcomes its first passengers in 2026", which
        # `tense` dates ahead).
        "released",
        "welcomed",
        "welcomed welcomes welcoming",
        r"(?<!\bbe\s)(?<!\bstart\s)(?<!\bbegin\s)\bwelcom(?:ed|es|ing)\s+(?:its\s+|their\s+|the\s+)?"
        # (A count: "has welcomed more than 3.5 million visitors".)
        r"(?:very\s+)?(?:first\s+)?(?:(?:more\s+than|over|nearly|almost|about)\s+[\d.,]+\s+"
        r"(?:million|thousand)\s+|(?:[\w,-]+\s+){0,2}?)(?:customers|guests|visitors|passengers|"
        r"commuters|riders|diners|shoppers|travell?ers|fans|players|users)\b",
    ),
    (
        # A venue in use: "hosted its first official event on Friday night", "the Falcons
        # played their first game in their new home", "started hosting events in 2017" (not
        # "has yet to host", "will host its first game").
        "released",
        "first-event",
        "hosted played started began",
        r"(?<!not\s)(?<!never\s)\b(?:hosted|played)\s+(?:its|their)\s+(?:very\s+)?first\s+"
        r"(?:official\s+|public\s+|regular[- ]season\s+|preseason\s+|home\s+)?(?:event|game|match|"
        r"concert|show|race|performance)s?\b(?!\s+(?:of\s+the\s+season|abroad|away)\b)"
        r"|(?<!not\s)\b(?:started|began)\s+hosting\s+(?:events|games|matches|concerts|shows|"
        r"guests|visitors)\b",
    ),
    (
        # A place reopened under the target's name: "the former KidZone has now been
        # reopened as DreamWorks Land" (not "will be reopened as").
        "released",
        "reopened-as",
        "reopened",
        r"(?<!\bbe\s)\breopened\s+as\b",
    ),
    (
        # Its first day's count: "recorded 52,000 passengers on its first day of commercial
        # operations", "sees 52,000 riders on 1st day" (a forecast is "will carry").
        "released",
        "first-day-count",
        "recorded saw sees carried drew attracted served logged registered",
        r"\b(?:recorded|saw|sees|carried|drew|attracted|served|logged|registered)\s+(?:about\s+|"
        r"around\s+|more\s+than\s+|over\s+|nearly\s+|some\s+)?[\d.,]+\s+(?:million\s+|"
        r"thousand\s+)?(?:[\w-]+\s+)?(?:riders|passengers|visitors|users|customers|trips|"
        r"downloads|players)\s+(?:on|in)\s+(?:(?:its|their|the)\s+)?(?:very\s+)?(?:first|1st|opening)\s+"
        r"(?:day|week|weekend|month)\b",
    ),
    (
        # A model's weights out: "the weights are posted on Hugging Face for download".
        "released",
        "weights-posted",
        "weights checkpoint checkpoints",
        r"\b(?:weights|checkpoints?)\s+(?:are|is|were|have\s+been|has\s+been)\s+(?:now\s+)?"
        r"(?:posted|available|published|released|uploaded|up)\s+(?:for\s+download|(?:on|to|at|via)\s+"
        r"(?:hugging\s*face|github|kaggle))\b",
    ),
    (
        # A place in use by the people it is for: "The first patients are being treated at
        # the new hospital", "admitted its first patients on Sunday" (not "will treat").
        "released",
        "first-users",
        "first admitted admits treated treats received",
        r"\bfirst\s+(?:patients|passengers|pupils|students|inmates|residents)\s+(?:are\s+being|were|"
        r"have\s+been|has\s+been)\s+(?:treated|admitted|seen|welcomed|carried|transported|taught)\b"
        r"|\b(?:admitted|admits|treated|treats|received)\s+(?:its|their)\s+(?:very\s+)?first\s+"
        r"(?:patients|pupils|students|inmates|residents)\b",
    ),
    (
        # A place inaugurated, or its opening ceremony held: "the tower was inaugurated on
        # January 10", "on Friday inaugurated the world's highest railway bridge", "The
        # opening ceremony took place on January 10", French "gratte-ciel inauguré en
        # Malaisie", "la cérémonie d'inauguration ... a eu lieu le 10 janvier" (not "will be
        # inaugurated", "sera inauguré"). Weak: a project is inaugurated before it opens
        # ("inaugurated the Riyadh Metro project"; "will be operational from December 1").
        "released-weak",
        "inaugurated",
        "was were has have had officially formally today yesterday on monday tuesday wednesday "
        "thursday friday saturday sunday inaugurated opening inauguration inaugural "
        "ribbon ceremonie a ont est sont fut officiellement inaugure inauguree "
        "inaugures inaugurees inaugurates se fue fueron ha han foi foram inaugurada inaugurado "
        "inauguradas inaugurados e sono ist sind wurde wurden",
        r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|officially|formally|today|yesterday|"
        r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+inaugurated|"
        r"(?<!\bbe\s)(?<!\bto\s)inaugurated\s+(?:on|today|yesterday|last|earlier))\b"
        # ... by someone, or in a headline: "Prime Minister Modi inaugurated the Atal Tunnel
        # on Saturday", "PM inaugurates Atal Tunnel" (not the start of its works:
        # "inaugurates construction of the metro", "inaugurates Riyadh Metro project").
        r"|(?:(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)\binaugurated\s+(?:the|"
        r"its|their)|\binaugurates)\s+(?!(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:construction|work|works|"
        r"building|foundation|project|groundwork|excavation|drilling)\b)"
        # (Nor ahead of its opening: "inaugurates the museum ahead of Nov. 4 public opening".)
        r"(?![^.;]{0,80}?\b(?:ahead\s+of|before)\b)"
        r"|\b(?:opening|inauguration|inaugural|ribbon-cutting)\s+ceremony\s+(?:[\w'-]+\s+){0,6}?"
        r"(?:took\s+place|was\s+held|happened)\b"
        r"|\bceremonie\s+d'inauguration\s+(?:[\w'-]+\s+){0,6}?a\s+eu\s+lieu\b"
        # (Not "sera inauguré le 27 décembre", "doit être officiellement inauguré".)
        r"|(?<!\bsera\s)(?<!\bseront\s)(?<!\bserait\s)(?<!\betre\s)"
        r"\b(?:(?:a|ont)\s+ete|est|sont|fut|officiellement)\s+inaugure(?:e|s|es)?\b"
        r"|(?<!\bsera\s)(?<!\bseront\s)(?<!\bserait\s)(?<!\betre\s)"
        r"\binaugure(?:e|s|es)?\s+(?:en|au|aux|hier|ce|le|la)\b"
        # Spanish: "se inauguró la primera tienda", "fue inaugurado" (not "se inaugurará").
        r"|\bse\s+inauguro\b|\b(?:fue|fueron|ha\s+sido|han\s+sido)\s+inaugurad[oa]s?\b"
        # Portuguese "foi inaugurada nesta sexta-feira", a headline's "Inaugurada segunda
        # ponte"; Italian "è stato inaugurato"; German "ist freigegeben" (a road or a bridge
        # opened to traffic: not "soll ... freigegeben werden").
        r"|(?<!nao\s)\b(?:foi|foram)\s+(?:oficialmente\s+)?inaugurad[oa]s?\b|^inaugurad[oa]s?\b"
        r"|(?<!non\s)\b(?:e|sono)\s+(?:(?:ufficialmente|finalmente)\s+)?stat[oaie]\s+inaugurat[oaie]\b"
        rf"|\b(?:ist|sind|wurde|wurden)\s+{_GERMAN_WORD}{{0,6}}?"
        r"(?:freigegeben|wieder\s+eroffnet)\b(?!\s+werden)",
    ),
    (
        # A record certified for its sales or streams is out: "had been certified 7x
        # platinum on its first day" (a game that "went gold" is finished, not out).
        "released",
        "certified",
        "certified devenu devenue certifie certifiee sacre sacree",
        r"\bcertified\s+(?:\d+\s*x\s+|\d+-times\s+|(?:double|triple|quadruple|multi)[\s-]+)?"
        r"(?:gold|platinum|diamond)\b"
        # French: "L'album est devenu disque d'or en moins de trois jours".
        r"|\b(?:devenue?|certifiee?|sacree?)\s+(?:double\s+|triple\s+)?disques?\s+(?:d'or|de\s+"
        r"platine|de\s+diamant)\b",
    ),
    (
        # "hit" is past or present: "hit shelves August 22" is a dated plan.
        "released",
        "hit-stores",
        "hit hits releases show shows showing showed already",
        r"\bhit\s+(?:(?:the\s+)?(?:stores|shelves|store\s+shelves)|the\s+market)\b"
        # "hit the Japanese theaters on July 19, 2019" (`tense` reads a day ahead as a plan).
        r"|\bhit\s+(?:the\s+)?(?:[\w-]+\s+)?(?:theaters|theatres|cinemas)\b"
        # "is starting to show up in stores nationwide", "already on the shelves".
        r"|\bshow(?:s|ing|ed)?\s+up\s+(?:in|on)\s+(?:store\s+)?(?:stores|shelves)\b"
        r"|\balready\s+on\s+(?:the\s+)?(?:store\s+)?shelves\b"
        r"|\bhits?\s+(?:the\s+)?(?:us|u\.s\.|uk|european|global|chinese|indian|japanese)\s+market\b"
        # An update reaching people's devices: "the update hits devices".
        r"|\bhits?\s+(?:(?:more|first|the\s+first|eligible|supported)\s+)?(?:devices|phones|"
        r"handsets|smartphones)\b"
        # A show or game reaching its service: "season 3 hits Apple TV+ tomorrow".
        rf"|\bhits?\s+(?:theaters|theatres|cinemas|{_SERVICES})(?![\w+])"
        # ... or released there: "which releases in theaters on Friday".
        r"|\breleases\s+in\s+(?:theaters|theatres|cinemas)\b",
    ),
    (
        # A release day after "out": "the second book, out Nov. 7" (ahead or behind by the
        # publication day, see `tense`).
        "released",
        "out-on",
        "out",
        # ("is coming out May 19" is a plan, whatever the day's year.)
        r"(?<!\bcoming\s)\bout\s+(?:on\s+)?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    ),
    (
        # A participle after the name: "Claude Sonnet 4, available through its API" (by the
        # date after it, see `tense`).
        "released",
        "available-via",
        "available",
        r"(?<=,\s)available\s+(?:now\s+)?(?:through|via|on|from)\b(?!\s+(?:pre-?order|order|reserv))",
    ),
    (
        # "is ready for delivery in March" (ahead by the date, see `tense`).
        "released",
        "ready-for-delivery",
        "delivery deliveries pickup pick",
        r"(?<=\bready\sfor\s)(?:delivery|deliveries|pickup|pick-up)\b",
    ),
    (
        "released",
        "launch-day",
        "launch launched release d today after following since",
        # (Nor one awaited: "anxiously awaiting the official release day".)
        "".join(
            rf"(?<!{w}\s)(?<!{w}\sthe\s)(?<!{w}\sthe\sofficial\s)"
            for w in ("awaiting", "for", r"ahead\sof", "before", "until", "to")
        )
        + r"(?:\blaunch(?:ed)?\s+day\b|\brelease\s+day\b|\bd-day\b)"
        # (Not one ahead: "release day is just around the corner".)
        r"(?!\s+(?:is|was)\s+(?:just\s+|fast\s+)?(?:around\s+the\s+corner|near|nearing|approaching|"
        r"coming|close|almost\s+here)\b)"
        # (Nor its preparations: "WordPress 7.0 Release Day Process".)
        r"(?!\s+(?:process|plans?|checklist|prep|preparations?|schedule|timeline|countdown)\b)"
        # "a kind of serendipity in today's launch of Fitness+".
        r"|\btoday'?s\s+(?:launch|release|debut|arrival)\s+of\b"
        # A premiere that is behind the writer: "After today's big three-episode premiere
        # event, the next episode comes April 21".
        r"|\b(?:after|following|since)\s+today'?s\s+(?:[\w-]+\s+){0,3}?(?:premiere|launch|"
        r"release|debut)\b",
    ),
    (
        "released",
        "announce-release",
        "happy pleased excited proud thrilled delighted glad announcing announce announces "
        "announced introducing introduce introduces introduced",
        r"(?:\b(?:happy|pleased|excited|proud|thrilled|delighted|glad)\s+to\s+(?:announce|share)\s+"
        # ("pleased to announce the 1.0 release of Tokio".)
        r"(?:the\s+(?:general\s+|official\s+|stable\s+|final\s+|v?\d+(?:\.\d+)*\s+)?"
        r"(?:release|availability)\s+of|a\s+new\s+(?:version|release))\b"
        # ("Microsoft announced the worldwide availability of OneDrive".)
        rf"|\b(?:announc|introduc)(?:e|es|ed|ing)\s+{AVAILABILITY_OF})"
        # "the release of 2.3.0rc1" is a release candidate.
        r"(?![^;,]{0,40}?(?:\d(?:rc|a|b)\d|\brc\d|\bbeta\b|\balpha\b|\bpreview\b|release\s+candidate))"
        # Nor is one to come: "the general availability of X starting next month".
        r"(?![^.;]{0,60}?\b(?:starting|beginning|later\s+this|next\s+(?:week|month|year)|in\s+the\s+"
        r"coming)\b)",
    ),
    (
        # ("makes an impressive debut": one adjective or a few.)
        "released",
        "debut",
        "make makes",
        r"\bmakes?\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?debut\b",
    ),
    (
        # Its past, weakly: "made its official debut in the United Kingdom on October 20" is
        # an opening, but "The latest edition made its debut today" may be an unveiling
        # ("when it ships later this month": the plan in the item wins); not a reveal "at
        # E3" or "at the Geneva show" at all.
        "released-weak",
        "made-debut",
        "made",
        r"\bmade\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?debut\b" + _NOT_AT_A_SHOW,
    ),
    (
        # A service back on: "Singapore Airlines resumed these flights, with the first one
        # taking off on October 11" (not one halted again: "resumed flights are suspended").
        "released",
        "resumed",
        "resumed",
        r"(?<!\bbe\s)(?<!\bto\s)(?<!\bnot\s)(?<!\bhas\snot\s)\bresumed\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:flights?|services?|routes?|operations|sailings|deliveries|sales)\b"
        r"(?!\s+(?:are|were|is|was)\s+(?:suspended|halted|cancell?ed))",
    ),
    (
        # A beta left behind: "Dart is now out of beta and into a production ready 1.0 SDK",
        # "emerges from beta" (not "will be out of beta", "is not out of beta yet").
        "released",
        "out-of-beta",
        "out emerges emerged graduates graduated",
        r"(?<!not\s)(?<!n't\s)\b(?:is|are)\s+(?:now\s+|finally\s+|officially\s+)?out\s+of\s+"
        r"(?:beta|preview|early\s+access)\b(?!\s+(?:yet|soon)\b)"
        r"|\b(?:emerges?|emerged|graduates?|graduated)\s+(?:from\s+)?(?:beta|preview|early\s+access)\b",
    ),
    (
        # Today's start told with "will": "Starting today, WhatsApp will be finally rolling
        # out to users who own a Wear OS 3 smartwatch".
        "released",
        "starting-today-will",
        "starting beginning from as",
        # (Not a second clause's later day: "pre-order it starting today and it will be
        # available on the 18th of November".)
        r"\b(?:starting|beginning|from|as\s+of)\s+today,?\s+(?:(?!and\b)[\w'+.-]+\s+){1,5}?"
        r"will\s+(?:\w+ly\s+|also\s+|now\s+)?(?:be\s+)?(?:\w+ly\s+)?(?:rolling\s+out|available|"
        r"arriving|shipping|launching|live)\b"
        r"(?!\s+(?:on|from|in|by)\s+(?:the\s+)?(?:\d|[a-z]+\s+\d))",
    ),
    (
        # Back where people get it: "Fortnite is back on iPhones in the European Union",
        # "returns to the App Store", "the McRib is back on menus" (not "back on track").
        "released",
        "back-on",
        "is are returns returned",
        r"\b(?:(?:is|are)\s+(?:finally\s+|officially\s+|now\s+)?back|(?:returns|returned)\s+to)"
        r"\s+(?:on|in|at|to)?\s*(?:the\s+)?(?:app\s+store|play\s+store|google\s+play|iphones?|"
        r"ios|android|ipads?|sale|shelves|store\s+shelves|menus?|stores|restaurants|theaters|"
        r"theatres|cinemas)\b",
    ),
    (
        # A release made, after doubt it would be: "Xenoblade Chronicles 2 actually did make
        # its release" (not "make its release date", which is a plan kept).
        "released",
        "made-release",
        "made did",
        r"\b(?:made|did\s+make)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?release\b"
        r"(?!\s+(?:date|window|day|schedule|slot)\b)",
    ),
    (
        # ... and strongly after a wait: "finally made its debut in the country at the end
        # of 2021" (a delay the item tells of is behind it).
        "released",
        "finally-debut",
        "finally",
        r"\bfinally\s+made\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?debut\b" + _NOT_AT_A_SHOW,
    ),
    (
        # A release a product was given: "was given a worldwide release in late November",
        # "got a wide release", "has finally seen a full release" ("will be given a release
        # date" is a plan).
        "released",
        "given-release",
        "given got received seen saw",
        r"(?<!\bbe\s)(?<!not\sbeen\s)(?<!n't\sbeen\s)(?<!never\sbeen\s)(?<!not\s)(?<!n't\s)"
        r"(?<!never\s)\b(?:given|got|received|seen|saw)\s+(?:a|an|its|their)\s+(?:worldwide|wide|global|"
        r"full|general|public|theatrical|international|retail|nationwide|limited|official)\s+"
        r"(?:[\w-]+\s+)?release\b(?!\s+(?:date|window|schedule|slot)\b)",
    ),
    (
        "released-title",
        "headline-present",
        "launches releases debuts rolls ships unleashes arrives lands goes hits premieres opens "
        "comes come kicks kick open brings enters enter",
        # "debuts at CES" is a reveal at a show; "debuts at No. 1" is a chart of one out.
        # ("Hints at Exciting Hardware Releases": a plural noun, no verb.)
        not_after("hardware software product exciting upcoming new major future game device")
        + r"\b(?:launches|releases|"
        r"debuts(?!\s+(?:at|during)\s+(?!no\.|number|#|\$|\d|the\s+top))|"
        # (French "first", folded to ASCII, is no verb: "deux premières séquences".)
        r"rolls\s+out|"
        + not_after("les des deux trois ses ces nos vos leurs quelques aux", whole=True)
        + r"premieres|comes\s+out|open[\s-]?sources|brings\s+back|"
        # ("kicks off production of" the truck starts work on it.)
        rf"kicks\s+off{_NOT_WORK_STARTED}|"
        # (A plural subject's: "Radiohead kick off comeback tour in Madrid".)
        r"(?<!to\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!may\s)(?<!might\s)"
        rf"kick\s+off{_NOT_WORK_STARTED}|"
        # (A regulator's nod or a deal landed is no launch: "lands Canadian nod".)
        # ("ships samples of HBM4 chips to customers" is a closed preview.)
        rf"ships{_SAMPLES_AFTER}|unleashes|arrives|lands(?!\s+(?:(?:a|an|the|its|first)\s+)?(?:[\w-]+\s+)?(?:nod|"
        # (Nor a day to come: "Series Lands Premiere Date & Title".)
        r"approval|clearance|deal|contract|funding|investment|partner|licen[cs]e|"
        r"(?:premiere|release|launch|debut|air)\s+date|trailer|teaser|renewal)s?\b)|"
        # A scheme or a line starting: "new ETA rules come into force", "opens to public".
        r"comes?\s+into\s+(?:force|effect)|enters?\s+circulation|opens\s+to\s+(?:the\s+)?(?:public|passengers|riders|"
        r"visitors|traffic|everyone)|"
        # ... or a line in service: "finally goes into service on August 26".
        r"goes\s+live|goes\s+on\s+sale|goes\s+into\s+(?:service|operation)|"
        r"enters\s+(?:commercial\s+|passenger\s+)?service|hits\s+(?:stores|shelves|cinemas|theaters|"
        r"theatres)|opens\s+(?:(?:it|them|(?:the|its|their)\s+[\w-]+)\s+)?(?:in\s+(?:cinemas|theaters|"
        r"theatres)|nationwide|worldwide)"
        # A store or a park opening in a place: "Ikea's largest store opens in Philippines"
        # (not "opens in beta", "opens pre-orders in the US").
        r"|opens\s+(?:(?:its\s+)?doors\s+)?(?:in|at)\s+(?!beta\b|preview\b|early\b|limited\b|"
        r"select\b|an?\s|new\s|the\s+(?:app|browser|background)\b)[\w-]+|"
        # A headline that ends with it: "Warner Bros. World Abu Dhabi theme park opens" (not
        # what opens before the product: "Voting opens", "pledge manager opens").
        + _NOT_AFTER_SIGNUPS
        + not_after("manager window portal campaign lottery ballot queue presale pre-sale")
        + r"(?<!\bto\s)(?<!\bwill\s)opens(?=\s*(?:$|[:|\u2013\u2014]|-\s)))\b",
    ),
    (
        # A note or a coin is out once it circulates: "has entered circulation for the
        # first time", "went into circulation on Thursday".
        "released",
        "in-circulation",
        "entered went has have started starts start began begin begins",
        r"\b(?:(?:has|have)\s+(?:now\s+)?)?(?:entered|went\s+into)\s+circulation\b"
        # "New ZiG notes, coins start circulating".
        r"|\b(?:started|starts|start|began|begin|begins)\s+(?:to\s+)?circulat(?:ing|e)\b",
    ),
    (
        # A future whose day is today: "will be free starting today", "will be available
        # from today".
        "released",
        "from-today",
        "will",
        # ("will be on menus starting today".)
        r"\bwill\s+be\s+(?:(?:made\s+)?available|free|out|live|on\s+sale|downloadable|"
        r"on\s+(?:menus|shelves)|in\s+(?:stores|restaurants|theaters|theatres|cinemas))\s+"
        r"(?:(?:for\s+|to\s+)?(?:all|everyone|all\s+users)\s+)?"
        # (Or where: "will be available for Android devices starting today".)
        r"(?:(?:for|on|in|to|through|via)\s+(?:[\w'-]+\s+){1,3}?){0,2}"
        r"(?:starting|from|as\s+of|beginning)\s+today\b"
        # ... or plainly today: "will be available for purchase today in Brazil".
        r"|\bwill\s+be\s+available\s+(?:for\s+purchase\s+|to\s+buy\s+)?today\b",
    ),
    (
        # A dependency moved between two versions: both are out ("Update Kubernetes from
        # v1.30.4 to v1.31.0", "Bumps vite from 6.3.5 to 7.0.0").
        "released",
        "version-bump",
        "update updates updated upgrade upgrades upgraded bump bumps bumped",
        r"\b(?:update[sd]?|upgrade[sd]?|bump(?:s|ed)?)\s+(?:[\w.@/-]+\s+){0,3}?from\s+v?\d+(?:\.\d+)+"
        r"\S*\s+to\s+v?\d+(?:\.\d+)+(?!\.?\d)(?![\w.-]*(?:rc|alpha|beta|pre|dev|canary|nightly))",
    ),
    (
        # "saw the light of day in China in July" (not "never saw the light of day").
        "released",
        "light-of-day",
        "saw seen",
        r"(?<!never\s)(?<!not\s)(?<!n't\s)\b(?:saw|seen)\s+the\s+light\s+of\s+(?:the\s+)?day\b",
    ),
    (
        # "is launching today": today's launch, not a plan ("which is launching in China
        # today"; "is launching in March" stays a plan, read by `plans`).
        "released",
        "launching-today",
        "is are *'s",
        # ("is today relaunching its services in London".)
        r"\b(?:is|are|\w+'s)\s+today\s+(?:re)?(?:launching|arriving|debuting|opening)\b|"
        r"\b(?:is|are|\w+'s)\s+(?:officially\s+|finally\s+)?(?:(?:re)?launching|arriving|debuting|landing|"
        # (A place opens its doors: "the new airport is opening today"; not its orders.)
        r"opening(?!\s+(?:up\s+)?(?:its\s+|the\s+)?(?:pre-?orders?|orders|reservations|"
        r"registrations?|bookings|sign-?ups|wait-?lists?|applications)\b)|"
        # ... or in shops today: "are finally set to hit retail today" (a phone "set to
        # launch today" is shown at an event).
        r"set\s+to\s+(?:hit\s+(?:retail|stores|shelves)|go\s+on\s+sale)|"
        # (Or now, in the writer's words: "is arriving at dealerships as you read this";
        # or where first: "is launching its X in laptops, starting today with China".)
        r"going\s+live)\s+(?:(?:(?!tomorrow\b)[\w-]+\s+){0,3}?(?:today|as\s+you\s+read\s+this|"
        r"as\s+we\s+speak)|(?:[\w-]+\s+){0,8}?[\w-]+,\s+(?:starting|beginning)\s+today)\b"
        # ("launching today in Brazil, where Instagram will test it" is a trial.)
        r"(?![^.;]{0,60}?\b(?:test|tests|testing|pilot|trial)\b)",
    ),
    (
        # The plainest "is out now" of the languages feeds bring most, folded to ASCII
        # ("iOS 12 ist da", "ya está disponible", "diventa disponibile per tutti"). Only
        # with a word for "now", "already" or "finally" where the bare verb also denies
        # ("non è disponibile") or plans ("sarà disponibile").
        "released",
        "foreign-now",
        "ist ab lauft ya disponible disponibles est sont e sono diventa ora ja is nu kini sudah "
        "resmi jest baru sul da adesso vandaag vanaf maintenant vient pone ponen continua "
        "peut peuvent pourra pourront seit kan kunnen al por premiera mozna "
        "continuam sigue siguen veroffentlichen veroffentlicht erscheint erscheinen heute sei "
        "seien war waren deja desormais sinds",
        # "THQ Nordic und Mimimi veröffentlichen heute Desperados 3", "erscheint heute" (not
        # "startet heute", as often a beta's or a pre-sale's).
        r"\b(?:veroffentlichen|veroffentlicht|erscheint|erscheinen)\s+heute\b"
        r"|\bheute\s+(?:erscheint|erschienen|veroffentlicht)\b|"
        # (Where in between: "ist ab sofort in Vietnam verfügbar".)
        # ("ist seit Mai erhältlich": on sale since a month.)
        r"\bist\s+(?:jetzt\s+|ab\s+sofort\s+|nun\s+|endlich\s+|seit\s+heute\s+|offiziell\s+|"
        rf"seit\s+(?:(?:anfang|mitte|ende)\s+)?(?:{GERMAN_MONTH}|(?:19|20)\d\d)\s+)?"
        # ("ist nun auch für Android erhältlich".)
        r"(?:auch\s+)?"
        r"(?:(?:in|im|auf|fur|bei)\s+(?:\S+\s+){1,2}?)?"
        # ("D1 ... ist jetzt allgemein verfügbar", generally available.)
        r"(?:(?:allgemein|weltweit|generell)\s+)?(?:da|erhaltlich|verfugbar|erschienen|gestartet|"
        r"im\s+handel)\b"
        # ("ab sofort für alle verfügbar", "ab sofort auch in Österreich erhältlich".)
        r"|\bab\s+sofort\s+(?:(?!nicht\b|kein|noch\b|nur\b)[\w.,-]+\s+){0,4}?"
        r"(?:erhaltlich|verfugbar|im\s+handel|im\s+kino|in\s+den\s+kinos)\b"
        # "wird bereits ab heute ausgeliefert" (shipping from today).
        r"|\bab\s+heute\s+(?:ausgeliefert|erhaltlich|verfugbar|im\s+handel|in\s+den\s+kinos)\b"
        # The verb before its subject, "now" after it: "In Deutschland ist das Mate 9
        # derzeit ab rund 560 Euro erhältlich" (not "derzeit nicht erhältlich").
        # Told, or looked back on: "sei das WeTab nun offiziell auf dem Markt", "war das
        # WeTab dann tatsächlich im September verfügbar".
        rf"|\b(?:ist|sind|sei|seien|war|waren)\s+{_GERMAN_WORD}{{1,4}}?(?:jetzt|derzeit|bereits|"
        r"schon|mittlerweile|inzwischen|nun|endlich|tatsachlich)\s+"
        r"(?:(?!nicht\b|kein|noch\b)[\w.,-]+\s+){0,4}?"
        r"(?:erhaltlich|verfugbar|im\s+handel|auf\s+dem\s+markt)\b"
        r"|\blauft\s+ab\s+sofort\b"
        r"|\bya\s+(?:(?:esta|estan)\s+)?(?:disponibles?|a\s+la\s+venta)\b"
        # "Realme pone ahora a la venta en España sus auriculares" (puts on sale now).
        r"|\bponen?\s+(?:ahora|ya|hoy)\s+a\s+la\s+venta\b"
        # "Apple Pay ya se encuentra disponible en Argentina", "ya funciona en Peru".
        r"|\bya\s+(?:se\s+encuentran?\s+disponibles?|funcionan?\s+en)\b"
        r"|\bya\s+se\s+puede\s+(?:comprar|descargar|jugar|ver|solicitar|usar|utilizar|instalar)\b"
        r"|\bdisponibles?\s+des\s+(?:aujourd'hui|maintenant)\b"
        # "est disponible depuis ce vendredi 13 novembre" (not "n'est plus disponible").
        r"|\b(?:est|sont)\s+disponibles?\s+depuis\b"
        r"|\b(?:est|sont)\s+(?:desormais|maintenant|enfin|officiellement)\s+disponibles?\b"
        # "est disponible en téléchargement sur PC", "Disponible depuis 3 jours", "Maintenant
        # que le jeu est disponible", "Déjà disponible sur une multitude de plateformes".
        r"|\b(?:est|sont)\s+disponibles?\s+en\s+telechargement\b"
        # ("disponible en accès anticipé depuis le 22 septembre".)
        r"|(?<!\bplus\s)(?<!\bpas\s)(?<![\w'])disponibles?\s+(?:[\w'-]+\s+){0,4}?depuis\s+"
        r"(?:\d|le\s|la\s|hier\b|"
        r"quelques|plusieurs|deux|trois|quatre|cinq|six|une?\s)"
        r"|\bmaintenant\s+que\s+(?:[\w'.-]+\s+){1,6}?(?:est|sont)\s+disponibles?\b"
        r"|(?<!\bpas\s)(?<![\w'])deja\s+disponibles?\b"
        # "est pour l'instant exclusivement disponible sur PC", "disponible pour le moment
        # sur PS5" (on some platforms now, others later).
        r"|\b(?:est|sont)\s+(?:pour\s+l'instant|pour\s+le\s+moment|actuellement|deja)\s+"
        r"(?:exclusivement\s+|uniquement\s+|seulement\s+)?disponibles?\b"
        r"|\bdisponibles?\s+pour\s+(?:le\s+moment|l'instant)\s+(?:sur|en|au|aux)\b"
        # A headline's "Netflix maintenant disponible en Belgique"; "Netflix vient
        # officiellement de se lancer en Belgique" (it has just launched).
        r"|(?<!pas\s)\bmaintenant\s+disponibles?\b"
        r"|\bvient\s+(?:\w+ment\s+)?(?:de\s+se\s+lancer|de\s+(?:sortir|debarquer|arriver)|"
        r"d'(?:arriver|etre\s+(?:lancee?s?|mise?s?\s+en\s+ligne)))\b"
        r"|(?<!non\s)\b(?:e|sono)\s+(?:ora|finalmente|gia|ufficialmente)\s+(?:disponibil[ei]|"
        r"arrivat[oaie]|uscit[oaie])\b|\bdiventa(?:no)?\s+disponibil[ei]\b"
        r"|(?<!non\se\s)(?<!non\ssono\s)\bora\s+disponibil[ei]\b"
        r"|\bja\s+(?:(?:esta|estao)\s+)?disponive(?:l|is)\b|\bja\s+chegou\b"
        # Still on sale: "o Lite continua disponível para compra", "sigue disponible".
        r"|(?<!nao\s)(?<!no\s)\b(?:continuam?\s+disponive(?:l|is)|siguen?\s+disponibles?)\b"
        # "Apple Pay ya está en Argentina", "já está no Brasil".
        r"|\bya\s+(?:esta|estan)\s+en\b|\bja\s+(?:esta|estao)\s+(?:em|no|na|nos|nas)\b"
        r"|\bis\s+(?:nu|vanaf\s+vandaag|eindelijk)\s+(?:[\w.-]+\s+){0,4}?(?:beschikbaar|"
        r"verkrijgbaar|te\s+koop|te\s+(?:downloaden|gebruiken|bestellen|spelen|zien)|live)\b"
        # "vanaf vandaag in heel Nederland beschikbaar"; on sale since a day: "die sinds
        # deze week beschikbaar is", "sinds 2013 in Nederland beschikbaar".
        r"|\bvanaf\s+vandaag\s+(?:[\w.-]+\s+){1,4}?(?:beschikbaar|verkrijgbaar|te\s+koop|"
        r"te\s+(?:downloaden|gebruiken|bestellen|spelen|zien)|live)\b"
        r"|\bsinds\s+(?:[\w.-]+\s+){1,4}?(?:beschikbaar|verkrijgbaar|te\s+koop|live)\b"
        r"|\bnu\s+(?:beschikbaar|verkrijgbaar)\b"
        # "nieuwe achtbaan vandaag open", "Vanaf vandaag kunnen bezoekers een ritje maken".
        r"|\bvandaag\s+(?:officieel\s+)?open\b|\bvanaf\s+vandaag\s+(?:open|beschikbaar|"
        r"verkrijgbaar|te\s+koop|kunnen\s+(?:bezoekers|klanten|gebruikers|spelers|fans))\b"
        r"|\b(?:kini|sudah|resmi|baru\s+saja)\s+(?:tersedia|meluncur|diluncurkan|dirilis|"
        r"meluncurkan|merilis|rilis)\b"
        # "Sul mercato e disponibile il nuovo X", "da oggi e disponibile".
        r"|\b(?:sul\s+mercato|da\s+oggi|adesso)\s+e\s+disponibil[ei]\b"
        # ... told as the day's future: "da oggi sarà disponibile online per tutti".
        r"|\bda\s+oggi\s+(?:e|sono|sara|saranno)\s+(?:disponibil[ei]|in\s+streaming|online)\b"
        r"|\bjest\s+(?:juz|teraz)\s+dostepn[ya]\b"
        # French "est désormais accessible à l'ensemble de la population", "est entrée en
        # fonction lundi", "peuvent maintenant utiliser l'application".
        r"|\b(?:est|sont)\s+(?:desormais|maintenant|enfin|officiellement)\s+(?:accessibles?|"
        r"telechargeables?|en\s+ligne|operationnel(?:le)?s?|en\s+service|fonctionnel(?:le)?s?)\b"
        r"|(?<!\bpas\s)\b(?:est|sont)\s+entree?s?\s+en\s+(?:fonction|service)\b"
        # "Le métro, déjà en fonction, a transporté", "est ouvert au public depuis le 15
        # décembre 2019".
        r"|(?<!\bpas\s)\b(?:deja|desormais)\s+en\s+(?:fonction|service)\b"
        r"|(?<!\bpas\s)\b(?:est|sont)\s+(?:desormais\s+|enfin\s+)?ouverte?s?\s+"
        r"(?:(?:au\s+public|aux\s+voyageurs|a\s+la\s+circulation)\s+)?depuis\b"
        r"|\b(?:peut|peuvent|pourra|pourront)\s+(?:des\s+maintenant|desormais|maintenant)\s+"
        r"(?:telecharger|utiliser|acheter|jouer|profiter|commander)\b"
        # German "Seit heute lässt sich die Karte hinterlegen" (from today on).
        r"|\bseit\s+heute\b"
        # Dutch "vanaf nu beschikbaar", "Vanaf vandaag kan iedereen de app downloaden",
        # "kunnen vanaf nu een bewijs aanmaken", "nu voor iedereen te downloaden".
        r"|\bvanaf\s+(?:vandaag|nu)\s+(?:kan|kunnen)\b|\bvanaf\s+nu\s+(?:beschikbaar|verkrijgbaar)\b"
        r"|\b(?:kan|kunnen)\s+(?:[\w.-]+\s+){0,2}?vanaf\s+(?:vandaag|nu)\b"
        r"|\bnu\s+(?:voor\s+iedereen\s+)?te\s+(?:downloaden|koop|bestellen|gebruiken)\b"
        # Spanish "Al fin está entre nosotros", "Ya está aquí" (not a beta: "ya está aquí
        # Ubuntu 23.04 beta").
        r"|\b(?:ya|al\s+fin|por\s+fin)\s+esta\s+(?:aqui|entre\s+nosotros)\b"
        r"(?![^.;]{0,40}?\b(?:beta|previa|demo|trailer)\b)"
        # Portuguese "já está à venda no varejo"; Polish "Premiera ... już dziś", "grę
        # można pobrać" (not "będzie można").
        r"|\bja\s+(?:esta|estao)\s+a\s+venda\b|\bpremiera\s+(?:\w+\s+){0,3}?juz\s+dzis\b"
        r"|(?<!\bbedzie\s)(?<!\bnie\s)\b(?:juz\s+)?mozna\s+(?:ja\s+|go\s+)?"
        r"(?:pobrac|sciagnac|zagrac)\b",
    ),
    (
        # The plainest past of a release in the same languages, folded to ASCII: "ha
        # rilasciato la nuova Hero 6", "est arrivee fin septembre 2017", "heeft haar
        # nieuwe album uitgebracht" (not "non e uscito", "n'est pas sorti").
        "released",
        "foreign-past",
        "ha han e sono est sont a heeft is fue salio hat wurde kam auf eroffnete eroffneten "
        "wystartowa ukaza uruchomi dzis od spustil spustila spustilo spustili spustily doslo ke "
        "sorti sortie sortis "
        "sorties esta erschienen chega chegou llega llego sale lanzad lancad estreno estrenaron "
        "lanzo lanzaron bracht brachten startete starteten comecou comeca comecaram "
        "rilasciato rilasciata rilasciati rilasciate appena finalmente ufficialmente aterrizo "
        "aterrizaron ist wurden debutierte debutierten seit haben ausgeliefert inicio "
        "reinicio comenzo empezo retomo arranco iniciou inauguro foi foram commercialis ont avait "
        "avaient etait etaient endlich inzwischen mittlerweile wird werden lancou lancaram "
        "lancamento vandaag gisteren officieel eindelijk live ging uitgebracht verschenen "
        "depuis zadebiutowa premiera werd werden estreou desde hace ete hatte hatten trasmess "
        "se",
        r"(?:(?<!non\s)\bha\s+(?:ufficialmente\s+|finalmente\s+)?(?:rilasciato|lanciato|pubblicato|"
        r"debuttato)\b"
        # A headline's or a clause's participle alone: "Rilasciato Valkey 9.0", "appena
        # rilasciata il 21 ottobre" (not a clip: "Rilasciato il primo trailer").
        r"|^rilasciat[oaie]\s+(?!(?:(?:il|lo|la|i|gli|le|un|una|l')\s*)?(?:nuov[oaie]\s+|"
        r"prim[oaie]\s+)?(?:trailer|teaser|video|filmato|immagini|screenshot|data)\b)"
        r"|(?<!non\s)\b(?:appena|finalmente|ufficialmente)\s+(?:stat[oaie]\s+)?rilasciat[oaie]\b"
        # "ya ha comenzado a operar en la ruta", "han comenzado los servicios regulares".
        r"|(?<!no\s)\b(?:ha|han)\s+comenzado\s+(?:a\s+(?:operar|funcionar|circular|venderse)|"
        r"los\s+servicios)\b"
        # "Phantasialand eroffnete neue Themenwelt".
        r"|\beroffnete(?:n)?\b"
        r"|(?<!non\s)\b(?:e|sono)\s+(?:finalmente\s+|ufficialmente\s+)?(?:uscit[oaie]|"
        # (Not news of it: "e arrivato l'annuncio ufficiale" of a September launch.)
        # (Nor a go-ahead: "è arrivato il semaforo verde" for a release the ban put at risk.)
        r"arrivat[oaie])\b(?!\s+(?:l'|il\s+|la\s+)?(?:annuncio|conferma|comunicato|semaforo|"
        r"via\s+libera|ok)\b)"
        # ... and its passive: "e finalmente stata rilasciata in forma stabile".
        r"|(?<!non\s)\b(?:e|sono)\s+(?:finalmente\s+|ufficialmente\s+)?stat[oaie]\s+"
        r"(?:rilasciat[oaie]|lanciat[oaie]|pubblicat[oaie]|trasmess[oaie])\b"
        # Aired on a day: "la prima puntata, trasmessa lunedì 1 dicembre su Rai 1".
        r"|\btrasmess[oaie]\s+(?:ieri|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b"
        r"|\b(?:est|sont)\s+(?:enfin\s+|officiellement\s+)?(?:sortie?s?|arrivee?s?)\b"
        # "Microids et Playmagic ont sorti un remake", "était sorti en fin de cycle", "un
        # jeu sorti le 13 novembre 2014" (the noun "sortie" dates plans: "sa sortie le 3 mai").
        r"|\b(?:a|ont|avait|avaient)\s+sorti\b|\b(?:etait|etaient)\s+(?:deja\s+)?sortie?s?\b"
        r"|(?<![\w'])sortis?\s+(?:le\s+\d{1,2}(?:er)?\s|en\s+(?:19|20)\d\d\b)"
        r"|\ba\s+ete\s+(?:lancee?s?|commercialisee?s?)\b"
        # "le gouvernement français a lancé FR-Alert", "Asus a lancé cette semaine le
        # Zenfone" (not an invitation, a beta or a campaign: "a lancé une invitation pour la
        # présentation"); "depuis son lancement mercredi".
        r"|(?<!\bpas\s)\b(?:a|ont|avait|avaient)\s+(?:officiellement\s+|enfin\s+|deja\s+)?lance\b"
        r"(?!\s+(?:(?:[\w-]+\s+){0,2}?(?:une?|la|le|les|l'|sa|son|ses)\s*)?(?:invitations?|"
        r"beta|tests?|campagnes?|consultations?|appels?|precommandes?|pre-commandes?|teasers?|"
        r"bande-annonce|programmes?|concours|inscriptions?|projets?|travaux|chantiers?|etudes?|"
        r"experimentations?|pilotes?)\b)"
        # ("Depuis le début de sa mise en service, à la fin de l'année 2017".)
        r"|\bdepuis\s+(?:le\s+debut\s+de\s+)?(?:son|sa)\s+(?:lancement|sortie|"
        r"mise\s+en\s+(?:ligne|service))\b"
        # Counted downloads: "a déjà été téléchargée 1,2 million de fois" (not "n'a pas été").
        r"|(?<!\bpas\s)(?<!\bjamais\s)\bete\s+telechargee?s?\b"
        # "Commercialisé à la fin de l'année 2022, le SUV Renault Austral", "est
        # commercialisé depuis mars".
        r"|(?<![\w'-])(?<!\bpas\s)(?<!\bsera\s)(?<!\bseront\s)(?<!\bserait\s)"
        r"commercialisee?s?\s+(?:depuis|en\s+\d{4}|"
        r"(?:a\s+la\s+)?(?:fin|debut)\s+(?:de\s+l'annee\s+)?\d{4})\b"
        r"|\bheeft\s+(?:[\w-]+\s+){0,4}?uitgebracht\b|\bis\s+(?:verschenen|uitgekomen)\b"
        # Portuguese "Meta AI começou a desembarcar no Brasil", "começa a chegar ao Brasil",
        # "está sendo disponibilizada de forma gradual" (a rollout begun).
        r"|(?<!nao\s)\bcome(?:cou|ca|caram|cam)\s+a\s+(?:chegar|desembarcar|funcionar|operar|valer|"
        r"ser\s+(?:liberad|disponibilizad|vendid)[oa]s?)\b"
        r"|(?<!nao\s)\besta\s+sendo\s+(?:disponibilizad|liberad|lancad)[oa]s?\b"
        # "eFootball 2022 foi lançado em 2021", "foi lançado nesta quinta-feira",
        # "finalmente chegou ao público" (not "não foi lançado", "a animação original foi
        # lançada em 1992", nor a market: "foi lançado no Oriente Médio").
        r"|(?<!nao\s)(?<!original\s)\b(?:foi|foram)\s+(?:\w+\s+)?lancad[oa]s?\b"
        r"(?=\s+(?:em\s+(?:\d|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|"
        r"outubro|novembro|dezembro)|(?:somente|apenas|oficialmente|finalmente|hoje|ontem|nesta|"
        r"neste|nessa|nesse)\b)"
        r"|\s*[,.;:!)]|\s*$)"
        r"|(?<!nao\s)\bchegou\s+ao\s+publico\b"
        # "a Sero, que estreou na Coreia há algum tempo", "que a Vodafone começou a vender
        # ontem" (not "nem estreou ainda").
        r"|(?<!nao\s)(?<!nem\s)\bestreou\b(?!\s+ainda\b)"
        r"|(?<!nao\s)\bcome(?:cou|caram)\s+a\s+vender\b"
        # Spanish "a pesar de que hace seis años de su estreno", "desde su lanzamiento".
        r"|\b(?:hace|a)\s+(?:\w+\s+){1,3}?de\s+su\s+(?:estreno|lanzamiento)\b"
        r"|\bdesde\s+su\s+(?:estreno|lanzamiento)\b"
        # "o Nubank lançou nesta semana seu token", "O Banco Central lançou, em novembro
        # de 2021, novas funcionalidades", "que foi lançada há cerca de um ano" (not a sale
        # or a test begun: "lançou a pré-venda").
        r"|(?<!nao\s)\b(?:lancou|lancaram)\b(?!\s+(?:(?:a|o|as|os|um|uma)\s+)?(?:pre-?venda|"
        r"beta|testes?|programa\s+de\s+testes|campanha|consulta|edital|convite)\b)"
        r"|(?<!nao\s)\b(?:foi|foram)\s+lancad[oa]s?\s+ha\b"
        r"|\blancamento\s+(?:acontece|aconteceu|ocorre|ocorreu)\s+(?:hoje|ontem|nesta|neste)\b"
        # Dutch: "Amazon heeft ... vandaag gelanceerd", "toen Amazon.nl in maart 2020 live
        # ging", "uitgebracht in november 2013".
        r"|\b(?:vandaag|gisteren|officieel|eindelijk)\s+gelanceerd\b"
        r"|\bheeft\s+(?:[\w.-]+\s+){0,4}?gelanceerd\b"
        # "In april werd een publiek netwerk gelanceerd".
        r"|\bwerd(?:en)?\s+(?:[\w.-]+\s+){0,4}?gelanceerd\b"
        r"|\blive\s+(?:ging|gingen|gegaan)\b|\bging\s+(?:[\w.-]+\s+){0,4}?live\b"
        r"|\b(?:uitgebracht|verschenen)\s+(?:in|op)\s+(?:\d|januari|februari|maart|april|mei|juni|"
        r"juli|augustus|september|oktober|november|december)"
        # Dutch splits the verb: "Zo bracht Bandai Namco eerder Pac-Man World Re-PAC uit"
        # (not "uit de" of a place).
        r"|\bbracht(?:en)?\s+(?:[\w.:'-]+\s+){1,8}?uit\b(?!\s+(?:de|het|een|in)\b)"
        # German "Uber startete am Mittwoch seinen Dienst Uber Eats in Berlin".
        r"|\bstartete(?:n)?\s+(?:[\w.-]+\s+){0,4}?(?:seinen|ihren|den|die|das)\s+"
        r"(?:[\w-]+\s+)?(?:dienst|service|verkauf|betrieb|lieferdienst|marktstart)\b"
        r"|\b(?:fue|ha\s+sido)\s+lanzad[oa]s?\b|\bsalio\s+a\s+la\s+venta\b"
        # "La Policía ha lanzado este miércoles la aplicación MiDNI", "MiDNI se puso en
        # marcha este miércoles" (not a trailer, a beta or works begun: "se puso en marcha
        # la construcción").
        r"|(?<!\bno\s)\b(?:ha|han)\s+lanzado\b(?!\s+(?:(?:el|la|los|las|un|una|su|sus)\s+)?"
        r"(?:trailer|teaser|beta|avance|preventa|reservas?|campana|convocatoria|primer\s+trailer)\b)"
        r"|(?<!\bno\s)\bse\s+(?:puso|pusieron)\s+en\s+marcha\b(?!\s+(?:(?:el|la|los|las)\s+)?"
        r"(?:obras|construccion|trabajos|proyecto|plan|proceso|licitacion|consulta|pruebas?)\b)"
        # A line or an airline at work: "La aerolínea reinició operaciones este 26 de
        # diciembre", "ha retomado operaciones", "iniciou as operações"; "AMLO inauguró este
        # martes la nueva Mexicana" (not "el inicio de operaciones", a noun, nor "no inició").
        r"|(?<!no\s)(?<!nao\s)\b(?:inicio|reinicio|comenzo|empezo|retomo|arranco|iniciou|"
        r"ha\s+(?:iniciado|reiniciado|retomado|comenzado))\s+(?:sus\s+|las\s+|as\s+)?"
        r"(?:operaciones|operacoes)\b"
        r"|(?<!no\s)\binauguro\s+(?:este|esta|ayer|hoy|el|la|los|las|su|sus)\b"
        # "Karol G estrenó este viernes su quinto álbum", "lanzó su nuevo disco".
        r"|(?<!no\s)\b(?:estreno|estrenaron|lanzo|lanzaron)\s+(?:este|esta|ayer|hoy|su|sus)\b"
        # The perfect and the passive, the subject or the day between: "Mexiko hat
        # Flughafen Tulum auf Yukatan eroffnet", "Am 12. November ist der neue
        # Landwirtschafts-Simulator 25 gestartet", "Letztlich wurde sie am 26. April 2024
        # eroffnet" (not "wurde noch nicht eröffnet", "ist kein ... gestartet"). The cue is
        # the auxiliary alone, so that the other rows still read what stands between: "hat
        # den neuen Service für Jedermann gestartet" is the beta left behind.
        rf"|\b(?:hat|ist|wurde|wurden)\b(?=\s+{_GERMAN_WORD}{{0,5}}?"
        r"(?:eroffnet|eingeweiht|gestartet|veroffentlicht|in\s+betrieb\s+(?:genommen|gegangen))\b)"
        # "ging am Donnerstag offiziell in Betrieb".
        r"|\b(?:ging|gingen)\s+(?:[\w.-]+\s+){0,4}?in\s+betrieb\b"
        # "KDE Plasma 6 erschienen", "ist endlich erschienen" (not "noch nicht erschienen").
        r"|(?<!nicht\s)\berschienen\b"
        # "als es am 12. November debütierte"; "seit der Veröffentlichung".
        r"|\bdebutierte(?:n)?\b|\bseit\s+(?:der|ihrer|seiner)\s+veroffentlichung\b"
        # The maker delivered it: "hat die ersten Fahrzeuge der Kleinserie ausgeliefert";
        # delivered, told in passing: "der dann ab 2019 ausgeliefert wurde" (as in English,
        # not one unit "wurde bereits ausgeliefert", a week before the planned sale).
        rf"|\b(?:hat|haben)\s+{_GERMAN_WORD}{{0,8}}?ausgeliefert\b"
        r"|\bausgeliefert\s+(?:wurde|wurden)\b"
        # Brought in: "hatten die Sparkassen bereits vor geraumer Zeit eingeführt".
        rf"|\b(?:hat|hatte|hatten|haben)\s+{_GERMAN_WORD}{{0,8}}?eingefuhrt\b"
        # "Ende September endlich ausgeliefert"; on sale since a day: "das seit Ende
        # September verkauft wird", "wird schon seit Mai in Korea verkauft".
        r"|\b(?:endlich|inzwischen|mittlerweile)\s+ausgeliefert\b(?!\s+(?:werden|wird))"
        r"|(?<!nicht\s)\bseit\s+(?:[\w.-]+\s+){1,3}?(?:verkauft|angeboten|ausgeliefert)\s+"
        r"(?:wird|werden)\b"
        r"|\b(?:wird|werden)\s+(?:[\w.-]+\s+){0,2}?seit\s+(?:[\w.-]+\s+){1,4}?"
        r"(?:verkauft|angeboten|ausgeliefert)\b"
        # A season back on its service: "a fait son grand retour le 3 août sur Netflix".
        rf"|\ba\s+fait\s+son\s+(?:grand\s+)?retour\s+(?:[\w'.-]+\s+){{0,4}}?sur\s+{_SERVICES}"
        rf"|\b(?:est|sont)\s+de\s+retour\s+sur\s+{_SERVICES}"
        # Italian "E infatti iniziata la distribuzione" of an update.
        r"|(?<!non\s)\be\s+(?:infatti\s+|finalmente\s+|ufficialmente\s+|gia\s+)?iniziat[oa]\s+"
        r"(?:la\s+distribuzione|il\s+rollout|la\s+vendita|le\s+vendite)\b"
        # "Es kam diesen Fruhling auf den Markt".
        r"|\bkam\s+(?:[\w-]+\s+){0,3}?auf\s+den\s+markt\b"
        # ... and in a clause: "der X-S10, die Ende 2020 auf den Markt kam".
        r"|\bauf\s+den\s+markt\s+(?:kam(?:en)?|gekommen\s+(?:ist|sind|war|waren))\b"
        # Polish "Apple Pay wreszcie wystartowało w Polsce" (the patterns read ASCII word
        # classes: "ł" is spelled out, and no word edge follows it).
        r"|(?<!nie\s)\bwystartowa(?:ł|ła|ło|ły|li)(?![a-z\u00c0-\u024f])"
        # ... "uruchomił polską wersję" (launched), "Dziś premiera gry", "mimo upływu 6 lat
        # od jej premiery" (since its release).
        r"|(?<!nie\s)\buruchomi(?:ł|ła|ło|ły|li)(?![a-z\u00c0-\u024f])"
        r"|\bdzis\s+(?:(?:swiatowa|oficjalna)\s+)?premiera\b"
        r"|\bod\s+(?:(?:jej|jego|swojej|swojego)\s+)?premiery\b"
        # ... and "W piątek ukazał się ich album" (it came out).
        r"|(?<!nie\s)\bukaza(?:ł|ła|ło|ły|li)\s+sie\b"
        # ... "zadebiutował 10 marca" (it debuted), "premiera gry na PC odbyła się 23
        # października 2018" (its release took place).
        r"|(?<!nie\s)\bzadebiutowa(?:ł|ła|ło|ły|li)(?![a-z\u00c0-\u024f])"
        r"|\bpremiera\s+(?:[\w.-]+\s+){0,8}?odby(?:ł|ła|ło)(?![a-z\u00c0-\u024f])\s+sie\b"
        # Czech "ČSOB spustila Apple Pay", "Ke spuštění totiž došlo 19. února 2019".
        r"|(?<!ne)\bspustil[aoiy]?\b|\bdoslo\s+(?:[\w]+\s+){0,3}?ke\s+spusteni\b"
        r"|\bke\s+spusteni\s+(?:[\w]+\s+){0,3}?doslo\b"
        # French "Sortie il y a presque un an", Portuguese "está disponível em Portugal".
        r"|\bsortie?s?\s+il\s+y\s+a\b|(?<!nao\s)\besta\s+disponivel\s+(?:em|no|na|nos|nas)\b"
        # Arrived or out today: Portuguese "chega hoje aos Estados Unidos", Spanish "lanzado
        # hoy, 20 de junio", "llega hoy".
        # (Not a day's plan: "está previsto para ser lançado hoje".)
        r"|(?<!nao\s)(?<!no\s)(?<!\bser\s)\b(?:chega|chegou|llega|llego|sale|salio|lanzad[oa]s?|"
        r"lancad[oa]s?)\s+hoy\b|(?<!nao\s)(?<!\bser\s)\b(?:chega|chegou|lancad[oa]s?)\s+hoje\b"
        # Spanish "aterrizó en el mercado español" (it landed there).
        r"|(?<!no\s)\baterriz(?:o|aron)\s+en\b)"
        # (A teaser or trailer out is no release: "ha pubblicato il teaser ufficiale"; nor
        # a review of a sample: "e stata pubblicata online la prima recensione".)
        r"(?![^.;]{0,30}?\b(?:teaser|trailer|video|foto|immagini|bande-annonce|recension[ei]|"
        r"benchmark)\b)",
    ),
    (
        # A headline's "lands" or "arrives" in those languages: "Spotify sbarca sull'Apple
        # Watch", "Netflix débarque en Belgique", "aterriza en España", "desembarca no Brasil"
        # (`tense` dates it ahead like "arrives": "llega a España el 31 de agosto"). Not
        # Portuguese "chega ao": "GeForce Now chega à Índia" over a technical preview.
        "released-title",
        "foreign-lands",
        "sbarca sbarcano approda approdano debutta aterriza aterrizan desembarca desembarcan "
        "llega llegan debarque debarquent se lanca lancam lanceert lanceren",
        r"(?<!\bnon\s)(?<!\bno\s)(?<!\bnao\s)(?<!\bne\s)"
        r"\b(?:(?:sbarca|sbarcano|approda|approdano|debutta)\s+(?:su|sul|sull'|sui|sugli|sulla|"
        r"in|nei|negli|nelle|al|ad)"
        r"|(?:aterriza|aterrizan|desembarca|desembarcan)\s+en"
        r"|(?:llega|llegan)\s+a\s+(?:espana|mexico|argentina|chile|colombia|peru|uruguay|"
        r"latinoamerica|europa|las\s+tiendas|los\s+cines|las\s+salas)"
        r"|(?:debarque|debarquent)\s+(?:enfin\s+|officiellement\s+|aujourd'hui\s+)?"
        r"(?:en|sur|au|aux|dans)"
        r"|desembarca\s+(?:no|na|nos|nas|em)"
        # "Mercado Livre lança criptomoeda Mercado Coin", "Amazon lanceert Amazon.nl" (not
        # "lança pré-venda").
        r"|(?:lanca|lancam|lanceert|lanceren)(?!\s+(?:(?:a|o|as|os|um|uma|de|het|een)\s+)?"
        r"(?:pre-?venda|beta|testes?|programa\s+de\s+testes|campanha|consulta|edital|convite|"
        r"voorverkoop|test)\b)"
        # "Avlo se estrena este miércoles" (not the question "cuándo se estrena").
        r"|(?<!cuando\s)se\s+estrenan?)\b"
        # (Not its news: "arriva il trailer", "llega a España su primer tráiler".)
        r"(?![^.;]{0,30}?\b(?:teaser|trailer|trailers|video|foto|immagini|bande-annonce|beta)\b)",
    ),
    (
        # Spanish premieres told in the past: "Netflix estrenó la esperada bioserie",
        # "que se estrenó en Netflix", "estrenada el 25 de enero de 2024", "con la
        # tercera temporada ya estrenada", "llegó hace apenas unas semanas a la
        # plataforma". Folded, the verb "estrenó" is the noun "estreno": only after "se"
        # or "que", or before a show it premiered (not "el estreno en cines", "su
        # estreno el 5 de mayo"); a date ahead makes it a plan in `tense`.
        "released",
        "spanish-premiered",
        "se que estreno estrenaron estrenad ya fue fueron ha han llego llegaron",
        r"(?<!\bno\s)\b(?:se|que)\s+(?:se\s+)?(?:estreno|estrenaron)\b"
        r"|(?<!\bno\s)\b(?:estreno|estrenaron)\s+(?:el|la|los|las|una?|sus?)\s+"
        r"(?:(?:esperad[oa]s?|nuev[oa]s?|primera?|segunda|tercera|cuarta|ultima)\s+)?"
        r"(?:serie|series|pelicula|peliculas|temporada|bioserie|miniserie|documental|docuserie|"
        r"cinta|filme?|produccion|reality|programa|album|disco|juego|videojuego)\b"
        r"|(?<!\bsera\s)(?<!\bseran\s)\bestrenad[oa]s?\s+(?:el|en)\s+(?:\d|enero|febrero|"
        r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
        r"|\bya\s+estrenad[oa]s?\b"
        r"|(?<!\bno\s)\b(?:fue|fueron|ha\s+sido|han\s+sido)\s+estrenad[oa]s?\b"
        r"|(?<!\bno\s)\b(?:llego|llegaron)\s+(?:[\w.-]+\s+){0,3}?hace\s+(?:\w+\s+){0,2}?"
        r"(?:dias|semanas|meses|anos)\b"
        r"|(?<!\bno\s)\b(?:llego|llegaron)\s+(?:a\s+la\s+plataforma|al\s+catalogo|a\s+los\s+cines|"
        r"a\s+las\s+(?:salas|tiendas))\b",
    ),
    (
        # Italian: "l'app IO si può finalmente scaricare dagli store", "dallo scorso aprile
        # chiunque può scaricare IO", "la lotteria degli scontrini è partita il primo
        # febbraio", "ha preso il via l'1 luglio", "è diventata operativa come banca
        # digitale" (not "sarà operativa", nor a trial that started: "è partita la
        # sperimentazione").
        "released",
        "italian-started",
        "si chiunque e sono ha hanno",
        r"(?<!non\s)\bsi\s+puo\s+(?:finalmente\s+|ora\s+|gia\s+|adesso\s+|da\s+oggi\s+)?"
        r"(?:scaricare|installare|acquistare|comprare|usare|utilizzare)\b"
        r"|\bchiunque\s+(?:ora\s+|gia\s+|adesso\s+)?puo\s+(?:ora\s+|gia\s+|adesso\s+)?"
        r"(?:scaricare|installare|usare|utilizzare|richiedere|accedere)\b"
        r"|(?<!non\s)\b(?:(?:e|sono)\s+(?:ufficialmente\s+|finalmente\s+|gia\s+)?partit[oaie]|"
        r"(?:ha|hanno)\s+(?:ufficialmente\s+|finalmente\s+|gia\s+)?preso\s+il\s+via)"
        r"(?=\s*(?:$|[,.;:]|\s(?:il\s+\d|l'\d|il\s+primo|ieri|oggi|stamattina|lunedi|martedi|"
        r"mercoledi|giovedi|venerdi|sabato|domenica|lo\s+scorso|la\s+scorsa|nel|a|da|dal|dall')\b))"
        r"|(?<!non\s)\b(?:e|sono)\s+(?:ora\s+|gia\s+|finalmente\s+|pienamente\s+|ufficialmente\s+)?"
        r"(?:diventat[oaie]\s+)?operativ[oaie]\b",
    ),
    (
        # German "ready" and "on the market": "Die Corona-Warn-App steht zum Download
        # bereit", "ist zum Download bereitgestellt worden", "Seit zwei Wochen ist die App
        # auf dem Markt", "endlich am Start"; a line "geht an diesem Freitag in Betrieb"
        # (`tense` makes a dated day ahead a plan: "geht am 4. Dezember in Betrieb").
        "released",
        "german-ready",
        "steht stehen ist sind wurde wurden seit endlich jetzt nun geht gehen",
        rf"\b(?:steht|stehen)\s+{_GERMAN_WORD}{{0,6}}?(?:zum\s+(?:download|herunterladen)\s+)?"
        r"bereit\b(?!\s+(?:zu|fur\s+den\s+start)\b)"
        rf"|\b(?:ist|sind|wurde|wurden)\s+{_GERMAN_WORD}{{0,4}}?bereitgestellt\s+(?:worden|wurden?)\b"
        rf"|\bseit\s+(?:[\w.-]+\s+){{1,3}}?(?:ist|sind)\s+{_GERMAN_WORD}{{0,4}}?"
        r"(?:auf\s+dem\s+markt|erhaltlich|verfugbar|im\s+handel)\b"
        r"|\b(?:endlich|jetzt|nun)\s+am\s+start\b"
        rf"|\b(?:geht|gehen)\s+{_GERMAN_WORD}{{0,6}}?in\s+betrieb\b",
    ),
    (
        # French: "la série débarque aujourd'hui", "a débarqué sur Netflix mercredi".
        "released",
        "french-landed",
        "debarque debarquent a ont",
        r"\b(?:debarque|debarquent)\s+(?:enfin\s+)?aujourd'hui\b"
        r"|\b(?:a|ont)\s+debarque\s+(?:sur|en|au|aux|dans)\b",
    ),
    (
        # ... and a launch dated by its participle: "Lancée début juin, l'application",
        # "la Zero SR/F, lancée en 2019" (folded, "lancé" is "lance": `tense` makes a day
        # ahead a plan, "lance en 2026"; `reading` keeps it for the name it follows or the
        # clause it opens).
        "released",
        "french-launched",
        "lance lancee lances lancees",
        r"(?<![\w'])lancee?s?\s+(?:en\s+(?:19|20)\d\d|(?:debut|fin|mi-?)\s*(?:janvier|fevrier|mars|"
        r"avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|l'an\s+dernier|"
        r"l'annee\s+derniere|il\s+y\s+a)\b",
    ),
    (
        # A headline's bare "available" in French, Spanish, Italian, Portuguese: "Files Go
        # ... disponibile per tutti", "Coronalert est disponible au grand public" (a date
        # ahead makes it a plan in `tense`: "disponible dès le 20 septembre"). Not "sera
        # disponible", "pas disponible", "bientôt disponible", nor a time ahead without a
        # date ("disponible à partir de mardi", "dès demain", "au printemps"), nor orders.
        "released-title",
        "romance-available",
        "disponible disponibil disponive",
        r"(?<!\bpas\s)(?<!\bnon\s)(?<!\bno\s)(?<!\bnao\s)(?<!\bsera\s)(?<!\bseront\s)"
        r"(?<!\bsara\s)(?<!\bsaranno\s)(?<!\bestara\s)(?<!\bestaran\s)(?<!\bestarao\s)"
        r"(?<!\bficara\s)(?<!\bficarao\s)(?<!\bbientot\s)(?<!\bpresto\s)(?<!\bpronto\s)"
        r"(?<!prochainement\s)(?<!proximamente\s)(?<!\bbreve\s)(?<!\betre\s)(?<!\bser\s)"
        r"(?<!\bessere\s)(?<!\bestar\s)"
        # (... nor the verb denied: "no está disponible", "non è ora disponibile".)
        r"(?<!\bno\sesta\s)(?<!\bno\sestan\s)(?<!\bnao\sesta\s)(?<!\bnao\sestao\s)"
        r"(?<!\bnon\se\s)(?<!\bnon\ssono\s)(?<!\bnon\se\sora\s)(?<!\bnon\ssono\sora\s)"
        r"(?<!\bplus\s)(?<!\bnon\se\sancora\s)"
        r"(?<!\bno\sesta\saun\s)(?<!\bnao\sesta\sainda\s)"
        r"\b(?:disponibles?|disponibil[ei]|disponive(?:l|is))\b"
        r"(?!\s+(?:en|a\s+la|em|in)\s+(?:pre-?commandes?|pre-?ventas?|pre-?vendas?|preordine|"
        r"prevendita|pre-?orders?|reservas?))"
        r"(?![^.;:|]{0,30}?\b(?:demain|manana|domani|amanha|prochaine?s?|proxim[oa]s?|prossim[oa]|"
        r"bientot|presto|pronto|printemps|ete|automne|hiver|primavera|verano|otono|invierno|"
        r"estate|autunno|inverno|verao|outono|d'ici|finales|breve|"
        # (Nor a preview's news: "disponibile l'alpha", "disponible la bande-annonce".)
        r"alpha|beta|demo|trailer|teaser|bande-annonce|avance|anteprima|preview|"
        r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|"
        r"viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)"
        r"(?!\s+\d))\b)",
    ),
    (
        # A German headline that ends on "available": "Threema für Android verfügbar",
        # "Xperia Z5 Premium in Deutschland verfügbar". Not "bald verfügbar", nor a time
        # ahead without a date ("ab Herbst", "in zwölf Wochen", "ab Montag"); `tense`
        # makes a dated one a plan ("ab 25. Juni für alle verfügbar").
        "released-title",
        "german-available",
        "verfugbar erhaltlich",
        r"(?<!\bnicht\s)(?<!\bnoch\s)(?<!\bbald\s)(?<!\berst\s)(?<!\bkaum\s)(?<!\bnur\s)"
        r"(?<!demnachst\s)(?<!\bspater\s)(?<!\bvorab\s)(?<!herbst\s)(?<!winter\s)(?<!sommer\s)"
        r"(?<!ruhjahr\s)(?<!\bjahr\s)(?<!quartal\s)(?<!wochen\s)(?<!monaten\s)(?<!\btagen\s)"
        r"(?<!tag\s)(?<!woch\s)"
        r"\b(?:verfugbar|erhaltlich)(?=\s*(?:$|[:|!\u2013-]))",
    ),
)

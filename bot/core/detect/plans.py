"""Cue rows that say a release is coming ("will launch", "set for", pre-orders, a
renewal) and who says so ("according to", the CEO, "we will"). Rows are (kind, name,
start words, lowercase pattern); see `cues` for how they are scanned and why their order
matters. Split from `rules` (what is out now) so each table stays readable on its own.
"""

from __future__ import annotations

from bot.core.detect.lookbehind import not_after
from bot.core.detect.window import GERMAN_MONTH, MONTH_NAME, MONTH_WORD

# "the general availability of X": announced, it is the release (`rules`), not a plan.
AVAILABILITY_OF = (
    r"(?:the\s+)?(?:(?:general|worldwide|global|immediate|broad|wide|public)\s+)*"
    r"availability\s+of\b"
)
# What an aircraft launched as a programme waits for: "entry into service".
SERVICE_ENTRY = r"\bentry\s+into\s+(?:commercial\s+|revenue\s+|passenger\s+)?service\b"

_REL_VERB = (
    # ("will go on-sale in China", "will be officially on sale on June 7th".)
    r"(?:launch|release|ship|arrive|debut|roll\s*out|hit|land|come|go\s+on[\s-]sale|"
    r"be\s+(?:\w+ly\s+)?on[\s-]sale|"
    r"be\s+(?:generally\s+|publicly\s+|widely\s+)?(?:available|accessible)|become\s+available|"
    r"go\s+live|"
    r"begin|start|open|enter|reach|be\s+out|drop|launching|releasing|"
    # "macOS Sequoia will introduce iPhone Mirroring".
    r"introduce|"
    # "will make its highly anticipated premiere this Friday".
    r"make\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:debut|premiere|bow)|"
    # ("will figure itself out", "will sort it out": no release.)
    r"shipping|arriving|coming|rolling\s+out|available|"
    # ("will close out its first weekend" ends one.)
    r"(?<!\bitself\s)(?<!\bit\s)(?<!\bthem\s)(?<!\bthings\s)(?<!\bthis\s)(?<!\bthat\s)"
    r"(?<!\bclose\s)"
    # (Nor a phrasal verb's: "contracts will be paid out", "will be phased out".)
    + not_after(
        "paid carried played pointed ruled spelled worked sorted phased left found checked "
        "wiped ironed figured filled handed given kept singled stamped"
    )
    + r"out|"
    r"premiere|return|sell|selling|"
    # Where buyers will find it: "will be in stores in early Fall" (not a further market:
    # "rolls onto US shelves today and will be in the UK" soon).
    r"be\s+in\s+(?:the\s+)?(?:stores|shops|theaters|theatres|cinemas)\b|"
    # A show goes out: "which will air in 2027" (not "air quality", "AirPods").
    r"air(?=\s+(?:on|in|from|at|this|next|later|weekly|every|its|their|the|\d))|"
    # ... or streams: "will stream on Prime Video beginning Thursday, August 1".
    # (Not a film's later home: "will stream on Apple TV Plus on Friday, April 12", after
    # its run in theaters.)
    r"stream(?=\s+(?:(?:exclusively\s+)?on\s+(?:[\w+.-]+\s+){1,3}?)?(?:beginning|starting)\b)|"
    r"get\s+(?:it|them|access)|gain\s+access|have\s+access|"
    # A book is published, a feature added: "will be published by Faber on September 24".
    r"publish|be\s+published|be\s+added|"
    # A part ships inside products: "will be in the first commercial devices by the end
    # of 2022".
    r"be\s+in\s+(?:the\s+)?(?:first\s+)?(?:commercial\s+|retail\s+|consumer\s+)?(?:devices|"
    r"phones|smartphones|handsets|laptops|pcs|notebooks|products|cars|vehicles)\b|"
    # Where it will be had is that it will be had: "will be exclusive to PlayStation 5".
    r"be\s+(?:an?\s+)?(?:timed\s+)?exclusive\s+(?:to|on|for)|be\s+playable\s+on|"
    # ("will be able to use it until the sunset date" is a use that goes on, no plan.)
    r"be\s+able\s+to\s+(?:use|try|get|download|buy|access|avail)"
    r"(?![^.;]{0,60}?\b(?:until|till)\b))"
)

# A word between "will" and its verb, unless it is a hedge: "will probably launch" is a
# guess, so the modal must stay visible to the hedge rows.
_NOT_HEDGE = (
    r"(?:(?!(?:probably|possibly|likely|maybe|perhaps|reportedly|allegedly|supposedly|"
    r"apparently|potentially)\b)[\w$.,-]+\s+)"
)

# What a date can start with, for rows that need one ahead of them.
_WHEN = (
    # ("mid" of "mid-2024", not of "90 seconds to midnight".)
    r"(?:early|mid(?!night)|late|end|the\s+end|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"spring|summer|fall|autumn|winter|q[1-4]|h[12]|20\d\d|next|this|later)"
)
# A window by its season, quarter or year, and the part of it ("early", "late").
_SEASON_QUARTER_YEAR = r"spring|summer|fall|autumn|winter|q[1-4]|20\d\d"
_PART = r"(?:(?:early|mid|late)[\s-]+)"

# Another season of a show: "season 4", "series four", "a fourth season".
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_SEASON = (
    r"(?:(?:season|series)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|"
    # Or several: "seasons 2 and 3", "a second and third season".
    r"seasons\s+\d+\s*(?:,|and|&)\s*\d+|"
    rf"{_ORDINAL}\s+(?:and\s+{_ORDINAL}\s+)?(?:seasons?|series))"
)

COMING: tuple[tuple[str, str, str, str], ...] = (
    (
        # A condition on a future state: "when it becomes available next year", "once the
        # chatbot is widely available". The past ("once it became available") is a fact.
        "future",
        "when-available",
        "when once until if before as after by",
        # (A modal in between is a guess about it, read by `hedges`: "when it could go on sale".)
        r"\b(?:when|once|until|if|before|after|by\s+the\s+time|as\s+soon\s+as)\s+"
        # (A version's number is one word: "once 2.0 is officially released".)
        r"(?=(?:[^.;]|\.(?=\d)){0,60}?\b(?:available|out|released|launched|live|sale|stores|"
        r"stable)\b)"
        r"(?:(?!(?:could|might|may|would)\b)[\w'-]+(?:\.\d+)*\s+){0,4}?"
        # "before it's released": the contraction carries the verb; "as soon as it has been
        # released", the perfect.
        r"(?:(?:becomes?|is|are|goes|go|gets?|has\s+been|have\s+been)\s+|(?<=\w's\s))"
        r"(?:\w+ly\s+)?(?:available|out|released|launched|live|on\s+sale|in\s+stores|stable)\b",
    ),
    (
        "future",
        "will-release",
        "will *'ll shall is are would",
        # ("No word on when it will hit stores" asks; it plans nothing.)
        r"(?<!\bwhen\sit\s)(?<!\bwhen\sthey\s)"
        rf"\b(?:will|\w+'ll|shall|is\s+going\s+to|are\s+going\s+to|would)"
        # ("will no longer be available" takes it away: `signs`, "withdrawn".)
        rf"\s+(?!no\s+longer\b){_NOT_HEDGE}{{0,3}}?(?:be\s+)?"
        # ("Node 18 support will be dropped" takes it away; "will drop Friday" releases;
        # "is going to be re-released as a Mark II" is a release to come.)
        rf"(?!(?<=\bbe\s)dropped\b)(?:re-?(?=release|launch))?{_REL_VERB}\w*"
        # A craft on its way is out already: "the lander will reach lunar orbit on May 6".
        r"(?!(?<=reach)\s+(?:[\w-]+\s+)?orbit\b)"
        # "will be available today" is today's release, read by the `rules` row.
        r"(?!\s+(?:to\s+(?:all\s+)?(?:users|everyone|customers)\s+)?(?:today|immediately)\b)",
    ),
    (
        # What buyers will be given is a plan for it: "in December users will also get
        # the ChatGPT integration".
        "future",
        "users-will-get",
        "users customers owners subscribers players members buyers",
        r"\b(?:users|customers|owners|subscribers|players|members|buyers)\s+will\s+"
        r"(?:also\s+|soon\s+|finally\s+)?(?:get|receive)\b",
    ),
    (
        # A place or line to be at work: "will become operational next June", "This
        # project will become a reality in March" (its past, "became operational", is the
        # opening: `rules`).
        "future",
        "to-be-operational",
        "will to",
        r"\b(?:will|to)\s+(?:be|become)\s+(?:fully\s+)?(?:operational|a\s+reality)\b",
    ),
    (
        # A game gone gold is finished and pressed for its day: always the maker's word
        # ("X Has Gone Gold, Bring on 4/20"). Not a record's sales award.
        "future",
        "gone-gold",
        "has have gone goes",
        r"\b(?:(?:has|have)\s+(?:officially\s+)?gone|goes)\s+gold\b"
        r"(?![^.;]{0,40}?\b(?:certif\w*|riaa|platinum|units|copies|sales)\b)",
    ),
    (
        "future",
        "set-to",
        "set scheduled slated planned poised due on timed penciled pencilled locked targeted "
        "destined lined",
        # (Not a reader who is ready: "if you're all set to buy a top-end phone".)
        r"(?<!you're\sall\s)(?<!you\sare\sall\s)(?<!you\u2019re\sall\s)"
        r"\b(?:set|scheduled|slated|planned|poised|on\s+track|timed|lined\s+up|"
        r"penciled\s+in|pencilled\s+in|locked\s+in|targeted|destined)\s+(?:to|for|out)\b"
        # (Nor a noun's "set": "moves its package set to the final 2.12".)
        r"(?!(?<=\bset\sto)\s+(?:the|a|an)\b)"
        # ... nor its next stage: "Athena is scheduled to attempt a landing March 6".
        r"(?!(?<=to)\s+(?:attempt\s+(?:a\s+)?(?:landing|touchdown)|touch\s*down|dock|"
        r"splash\s*down)\b)"
        # ... nor a takings forecast: "set to cross $50M in its first 12 days of release".
        r"(?!(?<=to)\s+(?:cross|top|surpass|pass|earn|gross|exceed|break)\b)"
        # "due to technical issues" gives a cause; "due to arrive", "due this fall" a plan.
        r"|\bdue\s+(?:for|out|in|on|by|this|next|later|early|late)\b|\bdue\s+to(?=\s+(?:be\s+)?"
        r"(?:release|launch|ship|arrive|debut|hit|land|go|roll|come|drop|open|begin|start|"
        # "due to be offered for sale in summer next year".
        r"become|get|reach|offered\s+(?:for|on)\s+sale|put\s+on\s+sale)\w*)"
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
        "general final stable",
        r"\b(?:general\s+availability|final\s+release|stable\s+release)\s+(?:is\s+)?"
        r"(?:planned|expected|scheduled|set|slated|targeted|coming|due)\b",
    ),
    (
        "future",
        "dated-release",
        "with for a an its their planned expected scheduled release launch debut",
        # (A month by its name: "its market launch" is none.)
        rf"\b(?:with|for|an?|its|their|planned|expected|scheduled)\s+(?:an?\s+)?{_PART}?"
        rf"(?:{MONTH_NAME}|(?:{_SEASON_QUARTER_YEAR}|holiday)\w*\.?)(?:\s+20\d\d)?\s+"
        r"(?:release|launch|debut)\b"
        # "Sony has announced the release for June".
        rf"|\b(?:release|launch|debut)\s+for\s+{_PART}?"
        rf"(?:{MONTH_NAME}|(?:{_SEASON_QUARTER_YEAR})\b)",
    ),
    (
        # A weekday after "out" is one ahead: "the RPG out Friday for the PS4".
        "future",
        "out-weekday",
        "out",
        r"\bout\s+(?:on\s+|this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    ),
    (
        "future",
        "release-date",
        "release launch early ship shipping arrival premiere target",
        # (Not one wished for in a sentence of its own, no verb: "What would be better?
        # A release date.")
        r"(?!(?<=^a\s)\w+\s+date\s*[.?!]*$)"
        r"\b(?:release|launch|early\s+access|ship|shipping|arrival|premiere|target)\s+(?:date|window|"
        r"timeline|month)\b"
        # (Not one still to come: "the release date to be announced", "launch date
        # announcement April 23", whose day is the announcement's.)
        r"(?!\s*(?:is\s+|are\s+)?(?:to\s+)?(?:still\s+)?(?:to\s+be\s+(?:announced|confirmed|revealed|"
        r"determined)|tba|tbc|tbd|announcement|reveal)\b)",
    ),
    (
        # A launch aimed at: "NewTV's target launch is Christmas 2019", "is targeting a
        # spring 2025 release".
        "future",
        "targets",
        "target targeted targeting",
        r"\btarget(?:ed)?\s+(?:launch|release|debut)\s+(?:date\s+)?(?:is|was|of)\b"
        r"|\btargeting\s+(?:a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:launch|release|debut)\b",
    ),
    (
        "future",
        "launching",
        "is are *'s launching releasing arriving debuting relaunching",
        # A place "is opening to the public next month" (not "is opening the floodgates",
        # "is opening 280 characters to users", "the film's opening scenes").
        r"\b(?:is|are)\s+[\"\u201c]?opening\s+(?:its\s+doors\s+)?(?:to\s+(?:the\s+)?(?:public|passengers|"
        r"visitors|riders|commuters|travell?ers)|next|later)\b|"
        r"\b(?:is|are|\w+'s)\s+(?:(?!not\b|never\b|today\b)[\w-]+\s+)?(?:(?:re)?launching|arriving|"
        r"coming(?!\s+to\s+(?:an?\s+|its\s+)?(?:end|close|halt)\b)|landing|debuting|heading|going\s+on\s+sale|"
        # ("A discontinued menu item is finally returning": back, but not yet; not a person
        # back at work, "he is returning to work on the series".)
        r"returning(?!\s+(?:results|errors|an?\s|the\s+(?:same|wrong|value)|as\b|to\s+(?:work|direct|"
        r"write|star|host|lead|the\s+(?:role|series|franchise|studio|company|helm|show|fold)))\b)|"
        r"hitting\s+(?:(?:store|retail)\s+)?(?:shelves|stores))\b(?!\s+as\s+(?:a\s+|an\s+)?(?:limited\s+|closed\s+|early\s+|"
        r"private\s+)*(?:research\s+)?(?:preview|beta|trial|test))|\b(?:is|are)\s+officially\s+happening\b"
        # (Not a debut told as past: "since debuting in Japan", "Before debuting in the UK,
        # the bar had already been available in the US".)
        r"|(?<!\bafter\s)(?<!\bsince\s)(?<!\bupon\s)(?!(?<=\bbefore\s)[^.;]{0,60}?,[^.;]{0,60}?\bhad\b)"
        r"\b(?:(?:re)?launching|releasing|arriving|debuting)\s+(?:in|on|this|next|later|early|late|soon)\b",
    ),
    (
        # A place, ride or show that opens on a day ahead: "opening May 27th at EPCOT" (not
        # orders, bookings or sign-ups, which open for something else).
        "future",
        "opening",
        "opens opening open",
        not_after(
            "orders registration registrations applications submissions voting bookings "
            "reservations waitlist signups sign-ups doors tickets window nominations"
        )
        + r"\b(?:opens|opening|open)\s+(?:on\s+|in\s+|this\s+|next\s+|later\s+this\s+)?"
        + rf"(?:{MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
        r"(?:spring|summer|fall|autumn|winter|year|month|week)\b)",
    ),
    (
        "future",
        "coming",
        "coming upcoming forthcoming imminent on around soon next",
        r"\bcoming\s+(?:soon|out|to(?!\s+(?:an?\s+|its\s+)?(?:end|close|halt)\b)|in|this|next|later|early|late|on|at|20\d\d|"
        # "Introducing the X, coming December 3" (a whole month's name: "the coming
        # decade" is no December).
        + MONTH_NAME
        + r"|spring|summer|fall|autumn|winter|holiday|with|back)\b|\b(?:up|forth)coming\b"
        r"|\bimminent\b|\bon\s+the\s+horizon\b|\baround\s+the\s+corner\b"
        # "already runs the app, with WhatsApp and Instagram next in line".
        r"|\bnext\s+in\s+line\b"
        r"|\bsoon-to-be-(?:released|launched|available)\b",
    ),
    (
        "future",
        "pre-orders",
        "launch open start begin began kick can pre preorder reservation wait orders available "
        "order vorbestell vorverkauf kann ab jetzt precommand preordin preventa pre ouvert ouvre "
        "ouvrent lance lancent ouverture commandes",
        r"\bcan\s+be\s+pre-?ordered\b|"
        # The same in the languages feeds bring most, folded to ASCII: "ist ab sofort
        # vorbestellbar", "kann ab sofort vorbestellt werden", "Der Vorverkauf für den X ist
        # gestartet" (what started is not the product), "disponible en précommande",
        # "in preordine", "en preventa", "em pré-venda" (not "Vorbesteller", "hatten ihn
        # vorbestellt", "50.000 précommandes": orders already taken).
        r"\bvorbestellbar\b|\b(?:ab\s+sofort|ab\s+heute|jetzt)\s+vorbestell(?:en|t)\b"
        r"|\bkann\s+(?:[\w.-]+\s+){0,4}?vorbestellt\s+werden\b"
        r"|\b(?:vorbestellung(?:en|sphase)?|vorverkauf)\s+(?:[\w.-]+\s+){0,6}?(?:(?:ist|sind|wurde|"
        r"wurden|hat|haben)\s+(?:[\w.-]+\s+){0,3}?(?:gestartet|begonnen|eroffnet)|startet|starten|"
        r"beginnt|beginnen|lauft|laufen)\b"
        r"|(?:(?<=\ben\s)|(?<=\bin\s)|(?<=\bem\s))(?:precommande|preordine|preventa|pre-venda)\b"
        r"|\b(?:precommandes?|preordini)\s+(?:sont\s+|est\s+|sono\s+)?(?:desormais\s+|gia\s+)?"
        r"(?:ouvertes?|aperti)\b|"
        # "a ouvert les précommandes de l'Austral", "les commandes s'ouvrent après l'été".
        r"\b(?:ouvert|ouvre|ouvrent|lance|lancent|ouverture\s+des)\s+(?:les\s+|ses\s+|des\s+)?"
        r"precommandes\b|\bcommandes\s+s'ouvr(?:ent|iront)\b|"
        # "order banks open in July" (not "taking orders": what is on sale is ordered too).
        r"\border\s+(?:books|banks)\s+(?:are\s+|is\s+|will\s+)?(?:now\s+)?open\b|"
        # ("not available for preorder at this time", "no pre-orders yet": none open.)
        r"(?<!not\savailable\sfor\s)(?<!not\savailable\sto\s)(?<!\bno\s)\bpre-?order(?:s|ing)?\b"
        r"|\bcan\s+(?:pre-?)?order\b|\bavailable\s+(?:for|to)\s+(?:pre-?order|reserv)\w*|"
        r"(?<!not\savailable\sfor\s)(?<!not\savailable\sto\s)(?<!\bno\s)\bpreorders?\b|\b(?:reservations?|orders)\b[^.;]{0,40}?\b(?:are\s+|is\s+)?(?:now\s+)?"
        r"open\b|\bwait-?list\b",
    ),
    (
        # A commitment with its time: "the company has promised the Feynman design in
        # 2028", "promised it for the spring".
        "future",
        "promised",
        "promised promises promise",
        r"\bpromis(?:ed|es|e)\s+(?:[\w'.-]+\s+){0,6}?(?:in|by|for)\s+(?:(?:early|mid|late)[\s-]+)?"
        r"(?:(?:19|20)\d\d|the\s+(?:spring|summer|fall|autumn|winter|holidays?)|next\s+(?:year|month))\b",
    ),
    (
        "future",
        "plans-to",
        "plan plans planning aim aims aiming intend intends intending prepare prepares preparing "
        "gearing getting readies readying goal target set excited pleased thrilled",
        r"\b(?:plans?|planning|aims?|aiming|intends?|intending|prepares?|"
        r"preparing|gearing\s+up|getting\s+ready|readies|readying|goal\s+(?:is\s+)?|"
        r"target\s+is|set\s+a\s+goal)\s+(?:is\s+)?(?:to|for)\s+(?:[\w-]+\s+)?(?:launch|"
        r"release|ship|debut|bring|roll\s*out|open|the\s+release|the\s+launch|a\s+release)\w*"
        # "we are excited to release X next month" (today, it is the release: `rules`).
        r"|\b(?:excited|pleased|thrilled)\s+to\s+(?:release|launch|ship|bring)\b",
    ),
    (
        # Making the product is the step before selling it.
        "future",
        "production-start",
        "start starts begin begins production deliveries shipping shipments",
        r"\b(?:start|starts|begin|begins)\s+(?:[\w-]+\s+){0,2}?production\b|\bproduction\s+"
        r"(?:will\s+|is\s+(?:set|scheduled|due|slated)\s+to\s+)(?:start|begin)\b"
        # "production of the X starts in November": a dated start.
        rf"|\bproduction\s+(?:[\w-]+\s+){{0,4}}?(?:starts|begins)\s+(?:in|on|this|next)\s+(?={_WHEN})"
        # "deliveries in China from late 2023".
        rf"|\bdeliveries\s+(?:[\w-]+\s+){{0,3}}?(?:from|starting|beginning|by)\s+(?={_WHEN})"
        # "with shipping to begin in early 2024".
        r"|\b(?:shipping|shipments|deliveries)\s+(?:is\s+|are\s+)?(?:set\s+|scheduled\s+)?to\s+"
        r"(?:begin|start|commence)\b",
    ),
    (
        # A day its sales start: "Visual Studio 2012 Downloads Start August 15th",
        # "subscribers can download it starting August 15th".
        "future",
        "sales-start",
        "sales downloads shipments can",
        r"\b(?:sales|downloads|shipments)\s+(?:will\s+)?(?:start|starts|begin|begins|commence|"
        rf"commences)\s+(?:on\s+)?(?={MONTH_WORD}\.?\s+\d)"
        r"|\bcan\s+(?:download|buy|order|get)\s+(?:[\w+.'-]+\s+){1,5}?(?:starting|beginning)\s+"
        rf"(?:on\s+)?(?={MONTH_WORD}\.?\s+\d)",
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
        "reschedul slip slips slipped moved move moves moving held hold holds holding shift shifts "
        "shifted shifting",
        # ("the long-delayed sequel" describes what has since come.)
        r"(?<!long-)\b(?:delay(?:s|ed)?|postpone[sd]?|pushed\s+(?:back|to|into)|"
        r"push(?:es|ed|ing)?\s+back|being\s+pushed|reschedul\w+|slip(?:s|ped)?\s+(?:to|by|back|"
        r"into|until)|moved\s+to)\b"
        # "moves to March 2024", "moved the sequel from November 3 to March 15".
        rf"|\bmov(?:e|es|ed|ing)\s+(?:(?:back|up)\s+)?(?:to|into)\s+(?={_WHEN})"
        rf"|\b(?:mov|shift)(?:e|es|ed|s|ing)?\s+(?:[\w'-]+\s+){{0,4}}?(?:from\s+[^;]{{1,30}}?\s+)?to\s+"
        rf"(?={_WHEN})"
        # "we've decided to hold the 19 release", "release held back".
        # (Not a review's "held back by busywork".)
        r"|\bheld\s+back\b(?!\s+by\b)|\bhold(?:s|ing)?\s+(?:back\s+)?(?:the\s+|its\s+)?(?:[\w.-]+\s+)"
        r"{0,2}?(?:release|launch)\b",
    ),
    (
        # A renewal commits the maker to another season.
        "future",
        "renewed",
        "renew renews renewed returning returns return coming back order orders ordered "
        "greenlit greenlights greenlight picked",
        # (Not a season "back" now: "X is back for its highly anticipated second season",
        # "canters back onto our screens for its fifth season".)
        # (Not one denied: "is not renewed", "has yet to be renewed": `doubts`.)
        # ("won't be returning to Netflix for a third season" neither.)
        rf"(?<!not\s)(?<!n't\s)(?<!not\sbeen\s)(?<!n't\sbeen\s)(?<!yet\sbeen\s)(?<!to\sbe\s)"
        rf"(?<!n't\sbe\s)(?<!not\sbe\s)(?<!never\sbe\s)"
        rf"\b(?:renew(?:s|ed)?|(?:returning|returns|return|coming\s+back|(?<!\bis\s)(?<!\bare\s)"
        rf"(?<!'s\s)back(?!\s+(?:on|onto)\s+(?:our|your|the)\s+(?:screens|tvs?)\b)|picked\s+up)\s+"
        rf"(?:[\w'-]+\s+){{0,3}}?for|order(?:s|ed)?|greenl(?:it|ights?))\s+(?:[\w':-]+\s+){{0,5}}?"
        rf"(?:for\s+)?(?:a\s+|its\s+)?{_SEASON}\b",
    ),
    (
        # A show back for a season is that season out: "has now returned for a fourth
        # season on the streamer" (not "returns for a fourth season in May", a plan).
        "released",
        "season-returned",
        "has have returned",
        rf"\b(?:(?:has|have)\s+(?:now\s+|finally\s+|officially\s+)?)?returned\s+"
        rf"(?:[\w'-]+\s+){{0,3}}?for\s+(?:a\s+|its\s+|their\s+)?{_SEASON}\b",
    ),
    (
        # A show's return day: "season three returns in all territories on February 20th".
        "future",
        "returns-on",
        "returns",
        rf"\breturns\s+(?:[\w+'-]+\s+){{0,5}}?on\s+{MONTH_WORD}\.?\s+\d",
    ),
    (
        # "is about to launch Gen-2"; "as X heads toward public launch"; "now on the verge
        # of debuting its fifth season".
        "future",
        "about-to",
        "is are *'s about head heads heading on",
        r"\b(?:(?:is|are|\w+'s)\s+(?:just\s+)?)?about\s+to\s+(?:launch|release|ship|roll\s+out|"
        r"debut|open|arrive|go\s+live|hit|(?:start|begin)\s+selling)\b"
        r"|\bon\s+the\s+verge\s+of\s+(?:launching|releasing|"
        r"shipping|debuting|premiering|arriving|hitting)\b|\bhead(?:s|ing)?\s+(?:toward|towards|for)\s+(?:its\s+|a\s+|"
        r"the\s+)?(?:public\s+|general\s+|full\s+)?(?:launch|release|debut|availability)\b",
    ),
    (
        # An aircraft launched as a programme carries passengers years later: "entry into
        # service is targeted for 2008", "with entry into service in spring 2016".
        "future",
        "service-entry",
        "entry",
        SERVICE_ENTRY + r"\s+(?:is\s+)?"
        r"(?:(?:now\s+)?(?:targeted|planned|scheduled|slated|set|due)\s+)?(?:for|in|by)\b",
    ),
    (
        "future",
        "coming-weeks",
        "coming next",
        r"\b(?:coming|next\s+few)\s+(?:days|weeks|months)\b",
    ),
    (
        # "available to order": orders open, the goods come later.
        "future",
        "orderable",
        "available",
        r"\bavailable\s+(?:(?:now|today)\s+)?(?:for|to)\s+(?:pre-?)?order\b",
    ),
    (
        # An expectation is a plan only in the maker's mouth (see the classifier).
        "future",
        "expects",
        "expects expect expecting",
        # ("expects the vaccine to be available in the third quarter")
        # ("expect the sixth-gen 4Runner to arrive as a 2023 model")
        r"\bexpect(?:s|ing)?\s+(?:(?:it|them|(?:the|its)(?:\s+[\w-]+){1,3})\s+)?to\s+"
        r"(?:have\s+(?:it|them)\s+)?(?:launch|release|ship|deliver|arrive|hit|land|"
        r"begin|start|make|bring|roll|debut|open|be\s+available|available)\w*"
        r"|\bexpect(?:s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:availability|launch|release|shipments?|"
        r"deliveries)\b",
    ),
    (
        # The progressive speaks of what is coming: "Glass Onion is hitting theaters before
        # it lands on Netflix", "the movie hitting theatres on April 4".
        "future",
        "hitting-stores",
        "hitting",
        r"\bhitting\s+(?:stores|shelves|theaters|theatres|cinemas|the\s+market)\b",
    ),
    (
        # "teases a release in summer 2026".
        "future",
        "teases-release",
        "release launch debut premiere",
        r"(?:(?<=\bteases\sa\s)|(?<=\bteased\sa\s)|(?<=\bteases\sits\s)|(?<=\bteased\sits\s))"
        r"(?:release|launch|debut|premiere)\s+(?:in|for|on|this|next|later|date)\b",
    ),
    (
        # Not here yet: "X is almost here, and we're putting it through its paces".
        "future",
        "almost-here",
        "is are *'s",
        r"\b(?:is|are|\w+'s)\s+(?:almost|nearly)\s+(?:here|upon\s+us)\b",
    ),
    (
        # Its launch named with a time ahead: "free content at its launch later this year".
        "future",
        "its-launch-ahead",
        "its their",
        r"\b(?:its|their)\s+(?:launch|release|debut|premiere|opening)\s+(?:later\s+this|next|"
        r"this\s+(?:fall|autumn|spring|summer|winter|holiday))\b",
    ),
    (
        # A countdown: "only six days away from going live".
        "future",
        "days-away",
        "day days week weeks month months year years hour hours",
        # ("years away from being released": a plan, not a release.)
        r"\b(?:days?|weeks?|months?|years?|hours?)\s+away\s+from\s+(?:being\s+)?"
        r"(?:going\s+live|launch\w*|releas\w*|"
        # ("days away from the Twilight Masquerade launch".)
        r"arriv\w*|(?:its|the)\s+(?:[\w'.:-]+\s+){0,4}?(?:launch|release|debut|arrival|premiere|opening))\b",
    ),
    (
        "future-title",
        "to-launch",
        "to",
        # ("Skips RTM, Goes Straight to Release" is the release.)
        r"(?<!straight\s)\bto\s+(?:launch|release|ship|debut|introduce|"
        r"roll\s*out|bring|open|sell|offer)\b"
        # "X to be available later this year", "X to go on sale in October".
        # (Not "to be released": the row would hide that cue from summaries.)
        r"|\bto\s+(?:be\s+(?:available|out)|go\s+on\s+sale|hit\s+(?:stores|shelves))\b",
    ),
    (
        # The plainest "will be out" of the languages feeds bring most, folded to ASCII
        # ("sera disponible", "uscira", "estara disponible"): `foreign-now`'s future.
        "future",
        "foreign-will",
        "sera seront sortira sortiront arrivera arriveront fera debarquera sara saranno "
        "uscira usciranno arriveranno estara estaran llegara llegaran saldra saldran "
        "wird werden erscheint kommt lanzara lanzaran estrenara estrenaran lancara lancarao "
        "chegara chegarao lancera lanceranno debuttera est sont esta estan e debarqueront va vont "
        "vai vao ab ist sind sei seien soll sollen erscheinen starten kommen verfugbar startet",
        r"\b(?:sera|seront)\s+(?:(?:officiellement|enfin|bientot)\s+)?(?:disponibles?|lancee?s?|"
        r"commercialisee?s?|en\s+vente|dans\s+les\s+(?:salles|bacs|magasins))\b"
        r"|\b(?:sortira|sortiront|arrivera|arriveront|debarquera|debarqueront)\b"
        # A near future: "Amazon va enfin déployer ses enceintes en France le 14 avril".
        r"|\b(?:va|vont)\s+(?:(?:enfin|bientot|finalement)\s+)?(?:deployer|lancer|arriver|debarquer|"
        r"sortir)\b"
        r"|\bfera\s+ses\s+debuts\b"
        r"|\b(?:sara|saranno)\s+(?:(?:ufficialmente|finalmente)\s+)?(?:disponibil[ei]|lanciat[oaie]|"
        r"in\s+vendita|nei\s+negozi)\b|\b(?:uscira|usciranno|arriveranno)\b"
        r"|\b(?:estara|estaran)\s+disponibles?\b|\b(?:llegara|llegaran|saldra|saldran)\b"
        # "el 6 de mayo lanzara su nuevo disco", "lancera il nuovo modello", "chegara em marco".
        r"|(?<!\bsi\s)(?<!\bno\s)(?<!\bnon\s)(?<!\bno\sse\s)(?<!\bnao\s)(?<!\bnao\sse\s)"
        r"\b(?:lanzara|lanzaran|estrenara|estrenaran|lancara|lancarao|chegara|"
        r"chegarao|lancera|lanceranno|debuttera)\b"
        # A set day: "est confirme pour faire ses debuts en Chine le 22 juillet", "esta
        # previsto para el 5 de junio", "e previsto per il 3 marzo".
        r"|\b(?:est|sont)\s+(?:officiellement\s+)?(?:prevue?s?|confirmee?s?)\s+pour\b"
        r"|\b(?:esta|estan)\s+(?:oficialmente\s+)?(?:previst[oa]s?|confirmad[oa]s?)\s+para\b"
        r"|\be\s+(?:ufficialmente\s+)?(?:previst[oa]|confermat[oa])\s+per\b"
        r"|\bsera\s+lancad[oa]\b"
        # Portuguese "O Banco Central vai implementar em 29 de novembro o Pix Saque".
        r"|(?<!\bnao\s)\b(?:vai|vao)\s+(?:lancar|implementar|chegar|estrear|disponibilizar|"
        r"liberar|entrar\s+em\s+(?:vigor|operacao|funcionamento))\b"
        # (The words between may name the day and the place: "Der Kia Syros wird am 1.
        # Februar in Indien auf den Markt kommen"; not "wird seit Mai ausgeliefert", which
        # is under way. The cue is the auxiliary alone, so that a guess between is still
        # read: "wird Mitte 2027 sehr wahrscheinlich erscheinen".)
        r"|\b(?:wird|werden)\b(?=\s+(?:(?!nicht\b|kein|seit\b|bereits\b|schon\b)[\w.-]+\s+){0,6}?"
        r"(?:erhaltlich|verfugbar|erscheinen|im\s+handel|auf\s+den\s+markt\s+kommen|in\s+den\s+"
        r"handel\s+kommen|ausgeliefert)\b)"
        # ("Die Serie startet am 22. November in die zweite Staffel".)
        r"|\b(?:erscheint|kommt|startet)\s+(?:am|im|ab)\s+"
        # The German "is due to", which the press writes of a maker's plan as often as
        # of hearsay (a rumour's source is read by `hedges`): "Die Plattform soll Anfang
        # 2019 starten", "das am 19. September 2014 erscheinen soll".
        r"|\b(?:soll|sollen)\b(?=\s+(?:(?!nicht\b|kein|seit\b|bereits\s+(?:seit|im\s+handel))"
        r"[\w.-]+\s+){0,8}?(?:erscheinen|starten|(?:auf\s+den\s+markt|in\s+den\s+handel)\s+kommen|"
        r"(?:verfugbar|erhaltlich|lieferbar)\s+sein|(?:ausgeliefert|veroffentlicht)\s+werden)\b)"
        # (Not an open question: "Wann sie auf den Markt kommen soll, steht noch nicht fest".)
        r"|\b(?:erscheinen|starten|kommen|verfugbar\s+sein)\s+(?:soll|sollen)\b"
        r"(?!,?\s+(?:steht|ist)\s+(?:noch\s+)?(?:nicht|unklar|offen|unbekannt)\b)"
        # A month ahead in the present tense: "Bereits ab Ende März bietet Nvidia die Titan
        # X im Handel an"; a target set: "ein Release ist erst für das späte 2019 anvisiert".
        rf"|\bab\s+(?:anfang\s+|mitte\s+|ende\s+)?{GERMAN_MONTH}\b"
        # (Not "ist wie geplant erschienen", out as planned.)
        r"|\b(?:ist|sind|sei|seien)\s+(?:(?!nicht\b|kein)[\w.-]+\s+){0,6}?(?<!\bwie\s)(?:anvisiert|angepeilt|"
        r"geplant|vorgesehen|angesetzt|terminiert)\b",
    ),
)

SOURCES: tuple[tuple[str, str, str, str], ...] = (
    (
        "attrib",
        "according-to",
        "according as cites citing cited per quoting",
        r"\baccording\s+to\b|\bas\s+per\b|\bcit(?:es|ing|ed)\b|\bquoting\b|"
        r"\bper\s+(?:the|a|an|\w+'s)\s",
    ),
    (
        # (Not the event itself: "the official release of X is expected at I/O" is a guess
        # at it; its date is someone's word, "the official release date".)
        "official",
        "officially",
        "official officially formally",
        # (Not how a launch comes: "is yet to confirm when it will be launched officially".)
        r"(?<!\blaunched\s)(?<!\breleased\s)(?<!\blaunch\s)(?<!\brelease\s)\bofficially\b"
        r"|\bformally\b|\bofficial\b"
        r"(?!\s+(?:release|launch|debut|arrival|rollout)\b(?!\s+dates?\b))"
        # ("an official-looking teaser poster" is no one's word.)
        r"(?!-(?:looking|sounding|seeming))",
    ),
    (
        # The maker by its trade, speaking: "the studio announced Tuesday".
        "official",
        "the-maker",
        "the confirmed announced stated",
        # (Not where what it announced is a release: "the company announced the general
        # availability of X" is read by `rules`.)
        r"\bthe\s+(?:studio|automaker|carmaker|publisher|developer|company)\s+(?:has\s+)?(?:announced|"
        r"confirmed|said|says|revealed|reported|reports)\b"
        rf"(?!\s+{AVAILABILITY_OF})"
        # "as confirmed by the company" (not "yet to be confirmed by the company").
        r"|(?<=\bas\s)(?:confirmed|announced|stated)\s+by\s+the\s+(?:studio|automaker|carmaker|"
        r"publisher|developer|company|manufacturer|brand)\b",
    ),
    (
        "official",
        "press-release",
        "press release changelog keynote",
        # (A press release to come is no source: "will release it via a press release".)
        r"(?<!via\sa\s)(?<!through\sa\s)(?<!with\sa\s)\bpress\s+release\b|\brelease\s+notes\b"
        r"|\bchangelog\b|\brelease\s+(?:schedule|announcement|team|manager)\b|\bkeynote\b",
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
        # Only the maker's executives speak on its earnings call or to its investors.
        "official",
        "investors",
        "earnings investor told",
        r"\b(?:earnings|investor)\s+call\b|\btold\s+(?:investors|shareholders)\b",
    ),
    (
        "official",
        "first-person",
        "we we'll we've we're our",
        # "we" before "will" only, so "will release" is still read as the plan it is.
        # (Not a writer's guess or wait: "which we're guessing means 2006".)
        r"\bwe(?:'ll|'ve|'re(?!\s+(?:guessing|hoping|betting|assuming|speculating|thinking|told|"
        r"hearing|waiting|still\s+waiting|not\s+sure)\b)|(?=\s+will\b)|\s+are|\s+have|\s+plan|"
        # (Not what a preview expects to see: "we expect to see the iPhone 7".)
        r"\s+expect(?!\s+to\s+(?:see|hear|learn|find)\b)|\s+hope|\s+aim|\s+intend)\b"
        # (Nor what the writer heard: "we have also been hearing more rumors".)
        r"(?!(?:\s+(?:also|all|already|long|just|now|been|since))*\s+(?:heard|hearing|seen|read|"
        r"told|waiting|wondered|guessed|speculated|suspected)\b)"
        # (Nor the writer's wait: "so we'll just have to wait and see".)
        r"(?!(?:\s+will)?(?:\s+(?:just|all|simply))?\s+(?:have\s+to|need\s+to|must)\s+wait\b)"
        r"|\bour\s+(?:goal|plan|target|aim|intention)\b",
    ),
    (
        "announce",
        "announced",
        "announc confirm unveil reveal introduc said says stated states told tells detailed "
        "details showcased presented wrote writes replies replied answered answers posted noted "
        "notes explained teases teased teasing show shows showed previews previewed present "
        "presents presenting demonstrated demonstrates demoed demos",
        r"\b(?:announc(?:es|ed|ing|e)|confirm(?:s|ed|ing)?|unveil(?:s|ed|"
        r"ing)?|reveal(?:s|ed|ing)?|introduc(?:es|ed|ing)|"
        # ("is said to launch", "O2 said to confirm the date": hearsay, `hedges`.)
        r"said(?!\s+to\s+(?:be|have|confirm|launch|release|arrive|ship|debut|come|feature|"
        r"cost|include|start|begin|offer|support|bring|use|run|get|hit|land|go)\b)|"
        r"says|stated|states|told|tells|"
        r"detailed|details|showcased|presented|wrote|writes|replies|replied|answered|answers|"
        # (Teasing that is over is no reveal: "after years of teasing", "after teasing it".)
        r"posted|noted|notes|explained|(?<!\bof\s)(?<!\bafter\s)teas(?:es|ed|ing)|"
        r"show(?:s|ed)?\s+off|"
        # "took to the E3 stage today to present their new game".
        r"present(?:s|ing)?(?=\s+(?:their|its|his|her)\s+new\b)|"
        r"preview(?:s|ed)|demonstrat(?:es|ed)|demo(?:s|ed))\b",
    ),
)

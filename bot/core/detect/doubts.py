"""Cue rows that argue against a release: negations, non-answers, missing confirmation,
denials, and things released that are not the product. Rows are (kind, name, start
words, lowercase pattern); see `cues` for how they are scanned and why their order
matters. Hearsay and modals, which doubt who says it rather than what is said, are in
`hedges`.
"""

from __future__ import annotations

# A past negation, written as one word or two: "wasn't", "did not". Before "until" it dates
# the coming rather than denying it (`not-released` skips it, `signs`' "came-after-wait").
PAST_NOT = (
    r"(?:\b(?:wasn't|weren't|didn't|hadn't)|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bdid\s)|"
    r"(?<=\bhad\s))not)"
)

# Out for a short time only, said with a negation: "hasn't even been out for 48 hours".
# No denial (`not-released` skips it), and a sign of release (`signs`' "out-briefly").
OUT_BRIEFLY = (
    r"(?:\b(?:hasn't|haven't)|(?:(?<=\bhas\s)|(?<=\bhave\s))not)\s+(?:even\s+)?been\s+(?:out|"
    r"available|released|live|on\s+sale)\s+(?:for\s+)?(?:long|(?:more\s+than\s+|over\s+)?"
    r"(?:a|an|\d+|one|two|three|four|five|six|a\s+few|several)\s+(?:hours?|days?|weeks?|"
    r"months?|years?))\b"
)

# What follows the end of a show that had aired: "canceled by Netflix after two seasons".
# Its cancellation is no product cancelled (`signs` reads it as out).
AFTER_SEASONS = (
    r"(?:\s+by\s+[\w+]+(?:\s+[\w+]+)?)?\s+after\s+(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+|its\s+(?:first|second|third|fourth|fifth))\s+(?:seasons?|series)\b"
)
_NOT_AFTER_SEASONS = f"(?!{AFTER_SEASONS})"
NEGATIONS: tuple[tuple[str, str, str, str], ...] = (
    (
        # "doesn't arrive until April 6": a date it comes on, not a denial.
        "future",
        "not-until",
        "*n't not",
        rf"(?!{PAST_NOT})"
        r"(?:\b\w+n't|\bnot)\s+(?:arriv(?:e|ing)|launch(?:ing)?|ship(?:ping)?|releas(?:e|ing)|"
        r"com(?:e|ing)\s+out|go\s+on\s+sale|coming|"
        r"be\s+(?:out|available|released|here|in\s+stores|ready(?:\s+for\s+\w+)?)|open(?:ing)?|"
        r"hit\s+"
        # "is not arriving before 2023" gives a window too.
        r"(?:shelves|stores))\s+"
        # "won't be out in the wild until Q4", "won't ship in Europe until 2026".
        r"(?:(?:in|to)\s+(?:the\s+)?[\w-]+\s+)?(?:until|before)\b",
    ),
    (
        # ... and its past, a day it came on: "the Android app didn't come out until this
        # week", "units did not ship to retailers until early November 2013".
        "released",
        "out-since",
        "*n't not",
        PAST_NOT
        + r"\s+(?:arrive|launch|ship|release|come\s+out|go\s+on\s+sale|open|hit\s+(?:shelves|"
        r"stores))\s+(?:(?:in|to)\s+(?:the\s+)?[\w-]+\s+)?until\b",
    ),
    (
        "nonanswer",
        "no-eta",
        "no",
        # (A list may lead up to it: "no price, pre-order or on-sale date is given".)
        # ("Sorry, no schedule at the moment", "there's no deadline on beta or stable".)
        r"\bno\s+(?:[\w-]+(?:,|\s+or)\s+){0,3}?(?:eta|timeline|timing|timeframe|time\s+frame|"
        r"schedule|deadline|"
        r"(?:(?:exact|specific|firm|public|official|confirmed|set|general)\s+)?"
        r"(?:release\s+|launch\s+|availability\s+|on-?sale\s+|shipping\s+)?date)\b",
    ),
    (
        # "It will be released when completed", "as soon as possible": no time at all.
        "nonanswer",
        "when-ready",
        "ready will be released out shipped launched done",
        r"\bready\s+when\s+it'?s\s+ready\b|\b(?:will\s+be\s+)?(?:released|out|shipped|launched|"
        # (Not "will be released when it is ready" beside the maker confirming it is still
        # happening: that commits to it.)
        r"ready|done)\s+(?:when\s+(?:it'?s\s+|it\s+is\s+|they'?re\s+|they\s+are\s+)?(?:completed?|"
        r"done|finished)|as\s+soon\s+as\s+possible)\b",
    ),
    (
        # "nothing is said about when it could go on sale", "no word on when".
        "nonanswer",
        "said-nothing-when",
        "nothing no didn't did waiting unsure uncertain not",
        r"\bnothing\s+(?:is|was|has\s+been)\s+said\s+about\s+when\b|\bno\s+word\s+(?:on|about)\s+"
        r"when\b|\b(?:didn't|did\s+not)\s+say\s+when\b"
        # "still waiting for an announcement on when Tesla will start selling cars".
        r"|\bwaiting\s+(?:for\s+)?(?:an?\s+|any\s+)?(?:official\s+)?(?:announcement|word|news|"
        r"confirmation)\s+(?:on|about|of)\s+when\b"
        # No day known even to its maker: "there's still no news of a Lasers release date",
        # "while unsure of an official release date".
        r"|\bno\s+news\s+(?:on|about|of)\s+(?:an?\s+|the\s+)?(?:[\w'.-]+\s+){0,3}?"
        r"(?:release|launch)\s+date\b"
        r"|\b(?:unsure|uncertain|not\s+sure)\s+(?:of|about)\s+(?:an?\s+|the\s+)?(?:official\s+|"
        r"exact\s+|firm\s+)?(?:release|launch)\s+date\b",
    ),
    (
        # "the lack of official comment from Meta": the maker is silent.
        "nonanswer",
        "no-official-word",
        "lack absence no without",
        r"\b(?:lack|absence)\s+of\s+(?:any\s+)?official\s+(?:comment|confirmation|word|"
        r"statement|announcement)|\b(?:no|without)\s+(?:any\s+)?official\s+(?:comment|"
        r"confirmation|word|statement)\b",
    ),
    (
        # Reluctance to date it: "hesitant to set a release date".
        "nonanswer",
        "reluctant",
        "hesitant reluctant unwilling not",
        r"\b(?:hesitant|reluctant|unwilling|not\s+ready)\s+to\s+(?:set|give|name|announce|"
        r"commit\s+to|share|confirm)\b(?:\s+(?:a|the|any|its)\b)?(?:\s+[\w-]+)??"
        r"(?:\s+(?:release|launch|ship|shipping))?(?:\s+(?:date|dates|window|timeline|timing))?",
    ),
    ("nonanswer", "never-say-never", "never", r"\bnever\s+say\s+never\b"),
    ("nonanswer", "nothing-to-announce", "nothing", r"\bnothing\s+to\s+(?:announce|share)\b"),
    (
        "nonanswer",
        "too-early",
        "too",
        r"\btoo\s+early\s+to\s+(?:talk|say|discuss|comment|share|announce)\b",
    ),
    (
        # A day the maker says it never gave: "never announced or promised a launch
        # window" (whatever date the clause reports, it is not the maker's).
        "nonanswer",
        "never-dated",
        "never",
        r"\bnever\s+(?:officially\s+)?(?:announced|promised|gave|set|confirmed|committed\s+to)\s+"
        r"(?:(?:or|nor|and)\s+(?:announced|promised|confirmed|gave|set)\s+)?(?:a|any)\s+"
        r"(?:(?:specific|exact|firm|official)\s+)?(?:release\s+|launch\s+)?(?:date|window|timeline|"
        r"timing)\b",
    ),
    (
        "nonanswer",
        "no-date-set",
        "not *n't",
        r"(?:\bnot|\b\w+n't)\s+(?:yet\s+)?(?:officially\s+)?(?:announced|"
        r"set|given|provided|shared|revealed|decided|committed\s+to)\s+(?:a|any|the)?\s*"
        r"(?:(?:specific|exact|firm|public|official)\s+)?(?:release\s+|launch\s+)?(?:date|timeline|timing|"
        r"window|eta|schedule)\b",
    ),
    (
        # A date taken back with none in its place: "has now been removed from Disney's
        # schedule altogether", "pulled from the 2025 release calendar".
        "nonanswer",
        "date-withdrawn",
        "removed pulled dropped taken",
        r"\b(?:removed|pulled|dropped|taken)\s+(?:off|from)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:release\s+)?(?:schedule|calendar|slate)\b",
    ),
    (
        # "its release date has not been made known yet", "the launch date of the X
        # remains a mystery": a date still to come, not one given.
        "nonanswer",
        "date-unknown",
        "release launch",
        r"\b(?:release|launch)\s+date\s+(?:(?:of|for)\s+(?:the\s+)?(?:[\w'.-]+\s+){1,5}?)?"
        r"(?:(?:is|remains)\s+(?:to\s+)?(?:still\s+)?(?:unknown|unclear|a\s+mystery|undisclosed|"
        r"unannounced|uncertain|tba|tbd|under\s+wraps|not\s+(?:yet\s+)?known)|"
        r"(?:has|have|had|is|was)(?:n't|\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:made\s+(?:known|"
        r"public)|announced|revealed|confirmed|set|disclosed|given|shared|finali[sz]ed))\b",
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
        # What an item says it does not say: "does not say the phones are on sale" (before
        # `wont-say`, which would leave "are on sale" to read as a release).
        "negated",
        "not-said-out",
        "does did doesn't didn't not *n't",
        r"(?:\b(?:does|did|do)\s+)?(?:\bnot|\b\w+n't)\s+(?:say|claim|state|mention|confirm)\s+"
        r"(?:that\s+)?(?:[\w'-]+\s+){0,4}?(?:is|are|was|were)\s+(?:now\s+)?(?:out|available|"
        r"on\s+sale|released|shipping)\b",
    ),
    (
        "nonanswer",
        "wont-say",
        "won't will wouldn't would declined refused did didn't does doesn't cannot can't can "
        "unable",
        r"\b(?:won't|will\s+not|wouldn't|would\s+not|declined\s+to|did\s+not|didn't|does\s+not|"
        r"doesn't|refused\s+to|cannot|can't|can\s+not|unable\s+to)\s+(?:say|tell|confirm|commit|"
        # ("declined to give any timetable for when it would be released".)
        r"comment|share|(?:give|provide|offer|name)\s+(?:a|an|any)\s+"
        r"(?:[\w-]+\s+)?(?:date|window|timeline|timetable|time\s?frame|timing|eta))\b"
        # The question it leaves open is no plan: "... for when the next version would be
        # released".
        r"(?:\s+(?:for|on|of|about|as\s+to)\s+when\b[^.;\"]{0,80}?\b(?:will|would)(?:\s+[\w-]+){1,3})?",
    ),
    (
        "unofficial",
        "not-confirmed",
        "has have had hasn't haven't hadn't",
        r"\b(?:has|have|had)(?:\s+not|n't)\s+(?:yet\s+)?"
        r"(?:officially\s+|publicly\s+)?(?:confirmed|announced)\b",
    ),
    (
        # Only about a release when the clause speaks of one (see the classifier).
        "unofficial",
        "not-said",
        "has have had hasn't haven't hadn't",
        r"\b(?:has|have|had)(?:\s+not|n't)\s+(?:yet\s+)?(?:officially\s+|publicly\s+)?"
        r"(?:commented|said)\b",
    ),
    (
        # "has only said a foldable is coming": the maker said less than the item does;
        # "has announced no such product".
        "unofficial",
        "only-said",
        "has have had",
        r"\b(?:has|have|had)\s+(?:so\s+far\s+)?only\s+(?:said|confirmed|announced|teased|revealed)\b"
        r"|\b(?:has|have|had)\s+(?:announced|confirmed)\s+no\s+such\b",
    ),
    (
        "unofficial",
        "yet-to-confirm",
        "yet need needs",
        r"\byet\s+to\s+(?:be\s+)?(?:officially\s+|publicly\s+)?"
        r"(?:confirm(?:ed)?|announce(?:d)?|comment)\b"
        # "it still needs to be confirmed exactly when it will launch".
        r"|\bneeds?\s+to\s+be\s+(?:officially\s+)?confirmed\b"
        # "has yet to reveal whether it will be offered": the plan itself is open.
        r"|\byet\s+to\s+(?:reveal|say|disclose|decide)\s+(?:whether|if)\b",
    ),
    (
        "unofficial",
        "not-officially",
        "not *n't yet",
        # ("despite not even being announced yet".)
        r"(?:\bnot|\b\w+n't)\s+(?:even\s+)?(?:yet\s+|been\s+|being\s+)?(?:officially\s+|"
        r"formally\s+)?(?:confirmed|announced)\b"
        # A renewal not given: "is not renewed for a third season", "has yet to be renewed".
        r"|(?:\bnot|\b\w+n't)\s+(?:yet\s+)?(?:been\s+)?(?:officially\s+)?renewed\b"
        r"|\byet\s+to\s+be\s+(?:officially\s+)?renewed\b",
    ),
    (
        # A plan the maker holds back from: "has not yet committed to launching", "no
        # commitment has been made to target a release yet".
        "unofficial",
        "not-committed",
        "not *n't no",
        r"(?:\bnot|\b\w+n't)\s+(?:yet\s+)?(?:been\s+)?(?:committed|committing)\s+to\b"
        r"|\bno\s+commitment\s+(?:has\s+been\s+made|to)\b",
    ),
    (
        "unofficial",
        "not-official",
        "nothing not *n't official",
        r"\bnothing\s+(?:(?:is|'s)\s+(?:[\w%]+\s+){0,2}?)?official\b"
        # "an official release date has yet to be released".
        r"|\bofficial\s+(?:[\w-]+\s+){0,2}?(?:has|have|is|are)\s+yet\s+to\b"
        r"|(?:\bnot|\b\w+n't)\s+(?:yet\s+|(?:\w+\s+)?100%\s+)?official\b",
    ),
    (
        # The same in the languages feeds bring most, folded to ASCII: "Netflix non ha
        # confermato l'indiscrezione", "n'a pas encore confirmé", "hat noch nicht
        # bestätigt", "nog niet officieel".
        "unofficial",
        "foreign-not-confirmed",
        "non nessuna n'a aucune pas no aun sin hat noch keine heeft nog",
        r"\bnon\s+(?:ha|hanno)\s+(?:ancora\s+)?confermato\b|\bnon\s+e\s+(?:ancora\s+)?ufficiale\b"
        r"|\bnessuna\s+conferma\s+ufficiale\b"
        r"|\bn'(?:a|ont)\s+pas\s+(?:encore\s+)?confirme\b|\bpas\s+encore\s+officiel(?:le)?\b"
        # ... and in the passive: "La seconde saison n'a pas encore été confirmée", "non è
        # stata confermata", "no ha sido confirmado", "noch nicht bestätigt".
        r"|\bn'(?:a|ont)\s+pas\s+(?:encore\s+)?ete\s+(?:officiellement\s+)?confirmee?s?\b"
        r"|\bnon\s+(?:e|sono)\s+(?:ancora\s+)?stat[oaie]\s+(?:ufficialmente\s+)?confermat[oaie]\b"
        r"|\bno\s+(?:ha|han)\s+sido\s+(?:oficialmente\s+)?confirmad[oa]s?\b"
        r"|\bnoch\s+nicht\s+(?:offiziell\s+)?bestatigt\b"
        r"|\baucune\s+confirmation\s+officielle\b"
        r"|\bno\s+(?:lo\s+)?(?:ha|han)\s+confirmado\b|\baun\s+no\s+es\s+oficial\b"
        r"|\bsin\s+confirmacion\s+oficial\b"
        r"|\b(?:hat|haben)\s+(?:das\s+|dies\s+)?(?:noch\s+)?nicht\s+bestatigt\b"
        r"|\bnoch\s+nicht\s+offiziell\b|\bkeine\s+offizielle\s+bestatigung\b"
        r"|\b(?:heeft|hebben)\s+(?:dit\s+|dat\s+)?(?:nog\s+)?niet\s+bevestigd\b"
        r"|\bnog\s+niet\s+officieel\b",
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
        r"\b(?:has\s+)?said\s+nothing\b|\bremain(?:s|ed)?\s+(?:tight-"
        r"lipped|silent|mum)\b|\bunannounced\b|\bunofficial(?:ly)?\b(?!\s+fan\b)",
    ),
    (
        # Words said inside the company (then leaked) are not a public commitment.
        "unofficial",
        "internal",
        "internal told all",
        r"\binternal\s+(?:[\w-]+\s+)?(?:memo|presentation|meeting|documents?|emails?|slides?|"
        r"all-hands|roadmap|message|note|video)\b|\btold\s+(?:employees|staff|workers|staffers)\b"
        r"|\ball-hands\b",
    ),
    (
        # An invitation names an event, not what it will show: "Apple announces event on
        # September 10, expected to be iPhone 11 launch", "Unpacked, where it is expected to
        # unveil the Galaxy Buds3". The maker is on record for the date of the event only.
        "unofficial",
        "event-guess",
        "event events keynote unpacked invite invites invitation invitations presentation "
        "showcase conference livestream backs",
        # ... nor does one that "backs up numerous reports" name what the reports do.
        r"\bbacks\s+up\s+(?:the\s+)?(?:numerous|many|several|earlier|recent|previous)?\s*"
        r"(?:reports|rumou?rs|leaks)\b|"
        r"\b(?:events?|keynote|unpacked|invites?|invitations?|presentation|showcase|"
        r"(?:press|developers?)\s+conference|livestream)\b[^.;:!?]{0,60}?"
        r"\b(?:(?:is|are|it's|they're)\s+)?(?:widely\s+|largely\s+|also\s+)?"
        r"(?:expected|likely|tipped|rumou?red|anticipated)\s+to\s+(?:be(?!\s+(?:held|hosted|"
        r"streamed|broadcast|live|open)\b)|see|bring|feature|include|unveil|introduce|debut|"
        r"reveal|show|showcase|launch|announce)\b"
        # A headline's list after the event, "expected" last: "OnePlus announces Summer
        # Launch Event for July 16th: Nord 4, Buds 3 Pro, and Watch 2R expected".
        r"|\b(?:events?|keynote|unpacked|showcase|livestream)\b[^.;!?]{0,80}?:[^.;:!?]{0,80}?"
        r"\b(?:expected|tipped|rumou?red|likely)(?=\s*(?:$|[.;,!?\n]))",
    ),
    (
        "unofficial",
        "until-official",
        "until",
        r"\buntil\s+(?:[\w-]+'s?\s+)?(?:formally|officially)\b",
    ),
    (
        # Only when the target is what ends (see `reading`): "cancels three other games"
        # says nothing of it. A preview that ends without a release ends the product.
        "cancel",
        "cancelled",
        "cancel scrap scraps scrapped scrapping axe axes axed axing kill kills killed killing "
        "no given gives give giving pull pulls pulled pulling shelve shelves shelved shelving "
        "abandon abandons abandoned abandoning",
        # ("is not canceled" keeps it alive.)
        r"(?<!noise-)(?<!noise\s)(?<!not\s)(?<!n't\s)(?<!never\s)(?<!not\sbeen\s)"
        # (Nor is one asked: "Has HBO canceled X or renewed it?", "renewed or cancelled?",
        # "Is X cancelled?".)
        r"(?<!renewed\sor\s)\bcancel(?:s|l?ed|l?ing)?\b(?![^.!?\n]{0,40}?\bor\s+renew)(?!\?)"
        rf"{_NOT_AFTER_SEASONS}|\bscrap(?:s|ped|ping)?\b{_NOT_AFTER_SEASONS}|"
        rf"\bax(?:e|es|ed|ing)\b{_NOT_AFTER_SEASONS}|"
        r"\bshelv(?:e|es|ed|ing)\b|\babandon(?:s|ed|ing)?\b|"
        # (Nor a successor's threat asked: "will it kill the Nikon Z7 II?".)
        r"\bkill(?:s|ed|ing)?(?:\s+off)?\b(?![^.!?\n]{0,60}\?)|\bno\s+longer\s+(?:be\s+)?(?:moving\s+forward|"
        r"in\s+development|coming|happening|planned|in\s+the\s+works)\b|\b(?:given|gives?|"
        r"giving)\s+up\s+on\b|\bpull(?:s|ed|ing)?\s+the\s+plug\s+on\b",
    ),
    (
        # A preview that ends ends the product, unless the item plans a release after it
        # (see `verdict`): "the beta ends Friday; the final release follows" is no end.
        "cancel",
        "preview-ends",
        "end ends ended ending shut shuts shutting preview beta test trial",
        r"\b(?:end|ends|ended|ending|shut(?:s|ting)?\s+down)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)"
        r"{0,3}?(?:preview|beta|test|trial)\b|\b(?:preview|beta|test|trial)\s+(?:will\s+)?"
        r"(?:end|ends|ended|closes|closed|shuts\s+down)\b",
    ),
    (
        "denial",
        "denied",
        "den no not cancellation does do did doesn't don't didn't *n't",
        # (Not a launch elsewhere denied: "no plans for a wider rollout" of a watch out in
        # India.)
        r"\bden(?:ied|ies|y|ying)\b|\bno\s+plans?\s+(?:to|for)\b"
        r"(?!\s+(?:an?\s+)?(?:wider|broader|global|international|worldwide|further)\s+"
        r"(?:rollout|roll-out|release|launch|availability|expansion)\b)|"
        r"\bnot\s+planning\b|(?<!noise\s)(?<!noise-)\bcancellation\b|"
        r"\b(?:does|do|did)(?:\s+not|n't)\s+expect\b"
        r"|(?:\bnot|\b\w+n't)\s+(?:currently\s+|yet\s+)?(?:training|building|developing|"
        r"working\s+on)\b",
    ),
    (
        "denial",
        "wont-happen",
        "won't will wouldn't would",
        r"\b(?:won't|will\s+not|wouldn't|would\s+not)\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:be\s+a\b|launch|release|ship|arrive|come|happen|be\s+available|be\s+out|"
        r"be\s+released|sell|be\s+sold|go\s+on\s+sale"
        # An act's set: "The 1975 won't be headlining Glastonbury this year".
        r"|headlin\w*|perform\w*"
        # A show that "won't return for a third season" has none.
        r"|return|be\s+back|come\s+back)\b"
        # Not yet is no denial: "won't be out for a while", "won't ship until 2027"; nor is
        # a delay: "won't launch its service from Sept. 7 to Sept. 21", "won't ship on time".
        r"(?!\s+(?:for\s+(?:a\s+while|some\s+time|a\s+(?:few|couple)|(?:another\s+)?(?:\w+\s+)?"
        r"(?:months|years|weeks))|until|till|before)\b)"
        r"(?![^.;]{0,50}?\b(?:on\s+(?:time|schedule)|as\s+(?:planned|scheduled)|from\s+[a-z]+\.?\s+"
        r"\d{1,2}(?:st|nd|rd|th)?\s+(?:to|through|until))\b)",
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
        # (Not a past day it came on: "wasn't launched until April 2019".)
        rf"(?!{PAST_NOT}\s+(?:[\w-]+\s+){{0,4}}?until\b)"
        # (Nor how long it has been out: "hasn't even been out for 48 hours".)
        rf"(?!{OUT_BRIEFLY})"
        r"(?:\bnot|\b\w+n't|\bnever)\s+(?:yet\s+|been\s+|be\s+|being\s+|made\s+|"
        r"officially\s+|publicly\s+|widely\s+|currently\s+|even\s+|actually\s+|really\s+){0,4}"
        r"(?:released|launched|"
        r"rolled\s+out|"
        r"available|out|shipping|on\s+sale|public|arrived|here|coming|happening|delivered)\b"
        # (Not available to all is available to some: "isn't yet available to all users,
        # but begins its worldwide rollout today"; a test "not rolled out to everyone yet"
        # has reached no one.)
        r"(?:(?<!available)|(?!\s+(?:yet\s+)?(?:to|for)\s+(?:all|everyone|everybody)\b))"
        # (Out in one country only: "hasn't launched the lineup outside China yet".)
        r"(?![^.;]{0,40}?\b(?:outside|beyond)\s+(?:of\s+)?(?!(?:the\s+)?(?:beta|test|preview|"
        r"insider|program))\w)"
        # "hasn't been sold to dealers or retail customers thus far".
        r"|(?:\bnot|\b\w+n't)\s+(?:yet\s+)?been\s+sold\b(?!\s+(?:separately|individually|out)\b)"
        # Access withheld: "has not, however, given people access to the model".
        r"|(?:\bnot|\b\w+n't)(?:\s+yet|,?\s*however,?)?\s+(?:given|offered|opened|granted)\s+"
        r"(?:[\w-]+\s+){0,2}?access\b",
    ),
    (
        # Both denied at once: "Neither Nothing OS 2.0 nor the Phone (2) are out yet".
        "negated",
        "neither-out",
        "neither",
        r"\bneither\s+(?:[^.;]|\.(?=\d)){1,60}?\bnor\s+(?:[^.;]|\.(?=\d)){1,40}?\b(?:is|are|has|have)\s+"
        r"(?:yet\s+|been\s+|officially\s+){0,3}(?:released|launched|available|out|shipping|"
        r"on\s+sale)\b",
    ),
    (
        # Withheld: "we are not making the model or code publicly available at this time".
        "negated",
        "not-made-available",
        "not *n't no",
        r"(?:\bnot|\b\w+n't|\bno\s+plans?\s+to)\s+(?:be\s+)?mak(?:e|ing)\s+(?:[\w'-]+\s+){0,6}?"
        r"(?:publicly\s+|generally\s+|widely\s+|openly\s+)?available\b",
    ),
    (
        # A review that is not there: "No RTX 5060 Review On Launch Day", "cannot publish
        # a launch-day review", "the review embargo".
        "negated",
        "no-review",
        "no can't cannot couldn't won't unable review",
        r"\bno\s+(?:[\w-]+\s+){0,3}?reviews?\b|\b(?:can't|cannot|couldn't|won't|unable\s+to)\s+"
        r"(?:publish|post|run|share)\s+(?:a\s+|our\s+|any\s+)?(?:[\w-]+\s+)?reviews?\b"
        r"|\breview\s+embargo\b",
    ),
    (
        # "not a single T1 phone has been delivered to customers"; "no retail device with
        # the chip is on sale yet", "nothing is live yet".
        "negated",
        "none-delivered",
        "not no nothing none",
        r"\b(?:not\s+a\s+single|no)\s+(?:[\w-]+\s+){0,3}?(?:has|have)\s+(?:yet\s+)?(?:been\s+)?"
        r"(?:delivered|shipped|released|sold|arrived)\b"
        # (Not "no doubt the X is out", "no longer available".)
        r"|\b(?:no|nothing|none)\s+(?!doubt|question|wonder|surprise|longer|matter|secret)"
        r"(?:[\w-]+\s+){0,5}?(?:is|are)\s+(?:yet\s+)?(?:on\s+sale|"
        r"available|out|shipping|live|in\s+stores)\b",
    ),
    (
        # Not out, in the languages feeds bring most, folded to ASCII: "ist derzeit nicht
        # erhältlich", "no está disponible", "n'est pas encore disponible", "non è ancora
        # disponibile" (not "nicht mehr erhältlich": no longer sold, so once out).
        "negated",
        "foreign-not-out",
        "nicht no n'est ne non nao",
        r"\bnicht\s+(?!mehr\b)(?:[\w-]+\s+){0,2}?(?:erhaltlich|verfugbar|im\s+handel|erschienen)\b"
        r"|\bno\s+(?:esta|estan)\s+(?:todavia\s+|aun\s+)?disponibles?\b"
        r"|\b(?:n'est|ne\s+sont)\s+pas\s+(?:encore\s+)?(?:disponibles?|sortie?s?)\b"
        r"|\bnon\s+(?:e|sono)\s+(?:ancora\s+)?disponibil[ei]\b"
        r"|\bnao\s+(?:esta|estao)\s+(?:ainda\s+)?disponive(?:l|is)\b",
    ),
    (
        # ... and not launched at all, as "has not been launched": "n'a pas encore été
        # lancée officiellement" (downloaded in a pilot all the same).
        "negated",
        "foreign-not-released",
        "n'a n'ont",
        r"\bn'(?:a|ont)\s+pas\s+(?:encore\s+)?ete\s+(?:officiellement\s+)?(?:lancee?s?|"
        r"commercialisee?s?|mise?s?\s+en\s+ligne)\b",
    ),
    (
        # "Anthropic has shipped nothing"; "rolled into products rather than launched".
        "negated",
        "nothing-shipped",
        "shipped released launched rather instead",
        r"\b(?:shipped|released|launched)\s+nothing\b|\b(?:rather\s+than|instead\s+of)\s+(?:being\s+)?"
        r"(?:launched|released|shipped)\b",
    ),
    (
        # What a page only reads as: "it reads like the service has already been launched"
        # (but it has yet to launch), "as if it were already out".
        "negated",
        "as-if-out",
        "as reads",
        r"\b(?:as\s+if|as\s+though|reads\s+like)\s+(?:[\w'-]+\s+){0,4}?(?:has|had|have|was|were|is)"
        r"\s+(?:already\s+)?(?:been\s+)?(?:launched|released|shipped|out|available)\b",
    ),
    (
        "negated",
        "unreleased",
        "unreleased unlaunched unavailable remain still never not",
        # "features never intended for public release".
        r"\b(?:never|not)\s+(?:been\s+)?(?:intended|meant|planned)\s+for\s+(?:a\s+)?(?:public\s+)?"
        r"(?:release|launch)\b|"
        # (Not other things unreleased before: "asked for the unreleased songs".)
        r"\bun(?:released|launched|available)\b(?!\s+(?:songs?|tracks?|music|material|demos?|"
        r"recordings?|outtakes|footage|scenes?|episodes?)\b)|\b(?:remains?|still)\s+(?:in\s+)?"
        r"(?:development|testing|training|beta|(?:a\s+)?['\"]?research\s+preview)\b",
    ),
    (
        "negated",
        "yet-to-release",
        "yet",
        r"\byet\s+to\s+(?:be\s+)?(?:release|launch|ship|arrive)\w*"
        # "have yet to hit shelves", "is yet to go on sale".
        r"|\byet\s+to\s+(?:hit|reach|land\s+(?:in|on)|appear\s+(?:in|on))\s+"
        r"(?:the\s+)?(?:shelves|stores|market|retail|theaters|theatres|cinemas)\b"
        r"|\byet\s+to\s+go\s+on\s+sale\b",
    ),
    (
        # "ahead of its rumoured launch": the launch itself is hearsay or a guess.
        "hedge",
        "rumoured-launch",
        "ahead before prior pending",
        r"\b(?:ahead\s+of|before|prior\s+to|pending)\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:rumou?red|"
        r"reported|alleged|purported|speculated)\b",
    ),
    (
        "hedge-weak",
        "expected-launch",
        "ahead before prior pending",
        r"\b(?:ahead\s+of|before|prior\s+to|pending)\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:expected|"
        r"anticipated|possible|potential|likely)\b",
    ),
    (
        "future",
        "ahead-of-launch",
        "ahead pending in eve",
        # ("finally on the eve of the game's worldwide launch": reviews out the day before.)
        r"\b(?:ahead\s+of|pending|in\s+advance\s+of|(?<=\bon\sthe\s)eve\s+of)\s+"
        r"(?:its\s+|the\s+|a\s+|an\s+)?"
        r"(?:[\w'-]+\s+){0,4}?"
        # "ahead of the card's on-sale date of May 24": reviews out, the goods not yet.
        r"(?:launch|release|debut|premiere|arrival|availability|(?:on[- ])?sale\s+date)\b"
        # "held opening galas ahead of its public opening" (not "ahead of the opening
        # ceremony", an event of its own, nor "ahead of new airport opening", another
        # place's).
        r"|\b(?:ahead\s+of|in\s+advance\s+of)\s+(?:its|their|the)\s+(?:(?:public|grand|official|"
        r"formal)\s+)?opening\b(?!\s+(?:ceremony|ceremonies|remarks|keynote|credits|scenes?|act|"
        r"round|match|game|bell|of)\b)"
        # "ahead of sales next year" (not "ahead of Black Friday sales").
        r"|\bahead\s+of\s+(?:its\s+|the\s+)?(?:first\s+|retail\s+)?sales\b",
    ),
    (
        "negated",
        "before-launch",
        "before prior vor avant antes prima",
        r"\b(?:before|prior\s+to)\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:launch|release|debut|arrival|availability)\b"
        # ... or its present tense: "a full month before the show's third season debuts".
        r"|\bbefore\s+(?:[\w'\u2019:.-]+\s+){1,6}?(?:debuts|premieres|launches|arrives|"
        r"comes\s+out|hits\s+(?:stores|shelves|theaters|theatres|cinemas))\b"
        # ... and in the languages feeds bring most, folded to ASCII: "eine ganze Woche vor
        # dem geplanten Verkaufsstart", "avant sa sortie", "antes de su lanzamiento",
        # "prima del lancio".
        r"|\bvor\s+(?:dem|der)\s+(?:(?:geplanten|offiziellen)\s+)?(?:verkaufsstart|marktstart|"
        r"markteinfuhrung|veroffentlichung)\b|\bavant\s+(?:la\s+|sa\s+|leur\s+)?sortie\b"
        r"|\bantes\s+de\s+(?:su\s+)?(?:lanzamiento|estreno)\b|\bprima\s+del(?:l'|\s+)(?:lancio|uscita)\b",
    ),
    ("negated", "withheld", "withheld withhold", r"\bwithh[eo]ld(?:ing)?\s+access\b"),
    (
        "negated",
        "cannot-buy",
        "can't cannot can",
        r"\b(?:can't|cannot|can\s+not)\s+(?:yet\s+)?(?:buy|purchase|order|get)\b"
        # "I can't get it to work" is an owner's trouble.
        r"(?!\s+(?:it|this|that|them|mine)\s+to\b)",
    ),
)

# A video as a clip shown, not the word for a kind of service: "launches X unlimited video
# streaming", "the video editor".
VIDEO_CLIP = r"video(?!s?\s+(?:streaming|service|platform|app|editor|editing|player|sharing)\b)"

# What was released is not the product: pre-orders, a beta, a trailer, an event.
NOT_PRODUCT: tuple[tuple[str, str, str, str], ...] = (
    (
        # A release's features moving through their stages, not the release in one of
        # them: "13 graduating to stable, 12 to beta", "in-place resize moves to beta".
        "not-product",
        "feature-stage",
        "graduate graduates graduated graduating promoted moves moved moving advanced advancing",
        r"\b(?:graduat(?:e|es|ed|ing)|promoted|mov(?:es|ed|ing)|advanc(?:ed|ing))\s+(?:to|into)\s+"
        r"(?:beta|alpha|stable|ga)\b(?:,?\s+(?:and\s+)?\d+\s+to\s+(?:beta|alpha|stable))*",
    ),
    (
        # "vendors say fixes are coming": a repair for something people already run.
        "not-product",
        "fix-coming",
        "fix fixes patch patches hotfix hotfixes",
        r"\b(?:fix|fixes|patch|patches|hotfix|hotfixes)\s+(?:is|are|will\s+be)\s+(?:coming|on\s+"
        r"the\s+way|in\s+the\s+works|forthcoming)\b",
    ),
    (
        # A stage of the work is what launched, with no release promised: "the ECB formally
        # launched the preparation phase of the digital euro project", "kicks off the design
        # phase" (read before the release rows, which "formally launched" would start).
        "research",
        "phase",
        "launch launches launched launching start starts started begin begins began kicks kicked "
        "enter enters entered moves moved formally officially has have",
        r"\b(?:(?:formally|officially|has|have)\s+)*(?:launch(?:es|ed|ing)?|start(?:s|ed)?|"
        r"begins?|began|kick(?:s|ed)\s+off|enter(?:s|ed)?|"
        r"move[sd]?\s+(?:in)?to)\s+(?:formally\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:new\s+)?"
        # ("moved to a two-year preparation phase".)
        r"(?:[\w]+-(?:year|month|week)\s+)?"
        r"(?:preparation|preparatory|investigation|exploration|exploratory|design|consultation|"
        r"planning|research|feasibility|definition|realisation|realization)\s+phase\b",
    ),
    (
        # An inquiry or audit, not a review of a shipping product; nor a regulator's review
        # of an application ("accepted with priority review").
        "not-product",
        "inquiry",
        "open opens opened opening launch launches launched under pending regulatory safety formal "
        "judicial legal antitrust federal peer code security priority standard fda",
        r"\b(?:opens?|opened|opening|launch(?:es|ed)?|under|pending|regulatory|safety|formal|"
        r"judicial|legal|antitrust|federal|peer|code|security|priority|standard|fda)\s+"
        r"(?:a\s+|an\s+)?(?:[\w-]+\s+)?review\b",
    ),
    (
        "future",
        "pre-orders",
        "launch open start begin began kick can pre preorder reservation wait",
        r"\b(?:launch\w*|open\w*|start\w*|begin\w*|began|kick\w*\s+off)"
        r"\s+(?:for\s+)?(?:the\s+|its\s+|a\s+)?(?:pre-?orders?|wait-?list|reservations)\b",
    ),
    (
        # A pre-load opened is the game not yet unlocked: "Pre-Load Available Now".
        "future",
        "pre-load",
        "pre preload preloading",
        r"\bpre-?load(?:ing)?\s+(?:is\s+|has\s+)?(?:also\s+)?(?:now\s+)?(?:available|live|open(?:ed)?|"
        r"begun|started)(?:\s+now)?\b",
    ),
    (
        # Testers enrolled in a channel: "Insiders in the Dev Channel can now try X".
        # Before the hedges, whose "insiders" are sources.
        "prerelease",
        "test-channel",
        "insider insiders dev beta canary preview test testing early",
        r"\binsiders?\s+(?:in|on)\s+the\s+(?:[\w-]+\s+){0,2}?(?:channel|ring|program(?:me)?)\b|"
        r"\b(?:dev|beta|canary|insider|preview|test|testing|early)\s+(?:channel|ring|track)\b|"
        r"\binsider\s+program(?:me)?\b"
        # Builds for those testers: "running Insider build 18305 or later".
        r"|\binsider\s+(?:preview\s+)?builds?\b|\bpreview\s+builds?\b",
    ),
    (
        "prerelease",
        "beta-released",
        "released releases launched launches ships shipped rolled rolls",
        r"\b(?:released|releases|launched|launches|ships|"
        r"shipped|rolled\s+out|rolls\s+out)\s+(?:a\s+|an\s+|the\s+|its\s+|first\s+|new\s+|"
        r"public\s+|developer\s+|second\s+)*(?:beta|preview|release\s+candidate|rc\d*|testnet)\b",
    ),
    (
        # A test is what launched: "LinkedIn Launches Test of Audio Rooms".
        "prerelease",
        "test-launched",
        "launch launches launched launching start starts started starting begins began",
        r"\b(?:launch(?:es|ed|ing)?|start(?:s|ed|ing)?|begins|began)\s+(?:a\s+|an\s+|the\s+|its\s+)?"
        # (A pilot is a closed preview: `previews`.)
        r"(?:(?:initial|limited|small|new|first|public|broader|wider)\s+)*(?:test|trial)s?\s+"
        r"(?:of|for)\b",
    ),
    (
        # A crowdfunding campaign takes pledges for copies to come: "launched a Kickstarter
        # campaign for Cascadia", "New Game releases on Kickstarter", "which just launched on
        # Kickstarter", "has launched his first player through the crowdfunding website
        # Kickstarter" (not "launched in stores after its run on Kickstarter").
        "future",
        "crowdfunding",
        "launch launches launched launching release releases released releasing goes went is "
        "debuts debuted lands landed arrives arrived just recently has have had",
        r"\b(?:(?:just|recently|has|have|had)\s+)*(?:launch(?:es|ed|ing)?|releas(?:es|ed|ing)|"
        r"goes\s+live|went\s+live|is\s+live|debut(?:s|ed)?|lands|landed|arriv(?:es|ed))\s+"
        r"(?:(?!(?:after|following|since|in|at|to)\b)[\w'.-]+\s+){0,5}?(?:on|via|through)\s+"
        r"(?:the\s+)?(?:crowdfunding\s+(?:site|website|platform)\s+)?(?:kickstarter|indiegogo|"
        r"gamefound|backerkit)\b"
        r"|\blaunch(?:es|ed|ing)?\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:kickstarter|indiegogo|"
        r"crowdfunding|gamefound|backerkit)\b",
    ),
    (
        # Stolen or leaked files made public: "published over 1 TB of internal data".
        "not-product",
        "data",
        "published publishes posted posts dumped dumps leaked leaks released releases document "
        "documents paper papers model file files",
        r"\b(?:publish(?:ed|es)|posted|posts|dump(?:ed|s)|leak(?:ed|s)|releas(?:ed|es))\s+"
        r"(?:[\w'.,-]+\s+){0,5}?(?:data|files?|internal\s+[\w-]+|source\s+code|code|source\s+maps?)\b"
        # The paper itself the subject: "a document published, then quickly removed".
        r"|\b(?:documents?|papers?|model\s+cards?|files?)\s+(?:was\s+|were\s+)?(?:published|posted|"
        r"leaked|released)\b",
    ),
    (
        # Reservations rolled out are orders opened: "began rolling out username
        # reservations worldwide".
        "future",
        "reservations-open",
        "began begins started starts is are",
        r"\b(?:began|begins|started|starts|is|are)\s+(?:now\s+)?rolling\s+out\s+(?:[\w-]+\s+){0,2}?"
        r"(?:reservations|pre-?orders|waitlists?|sign-?ups|pre-?registrations?)\b",
    ),
    (
        "not-product",
        "event",
        "released releases launched launches dropped drops shared published unveiled unveils "
        "revealed reveals debuted debuts showed shows officially quietly finally recently just "
        "formally publicly first",
        # (An adverb before the verb too: "officially released a trailer" is still one; the
        # release row would otherwise start at the adverb, first.)
        r"\b(?:(?:officially|quietly|finally|recently|just|formally|publicly|first)\s+)?"
        r"(?:released|releases|launched|launches|dropped|drops|shared|"
        r"published|unveiled|unveils|revealed|reveals|debuted|debuts|showed|shows)\s+(?:a\s+|an\s+|"
        r"the\s+|its\s+|their\s+|his\s+|her\s+|new\s+|first\s+|official\s+|another\s+|more\s+)*"
        r"(?:[\w'.-]+\s+){0,3}?(?:trailers?|teasers?|statements?|" + VIDEO_CLIP + r"|footage|"
        r"screenshots?|images?|"
        r"clips|samples|examples|videos|"
        r"renders?|"
        r"details|specs|specifications|roadmap|schedule|timeline|patch|update|surveys?|reports?|"
        # "published a global rollout map".
        r"(?:rollout|release|launch|unlock)\s+maps?|infographics?|"
        r"earnings|results|documents?|gameplay|demo|countdown|campaign|website|site|livestream|"
        r"stream|posters?|soundtrack|dlc|expansion|event|showcase|presentation|papers?|"
        # ("launched the PIX brand" ahead of payments "starting in November".)
        r"brand(?![\s-]+new\b)|branding|logo|"
        r"invitations?|invites?|"
        r"(?:release|launch)\s+dates?|"
        # (Not what it is given out for: "released Koala for research purposes".)
        r"(?<!\bfor\s)research|fund|notes|notices?|posts?|articles?|essays?|study|studies|letters?|"
        r"guides?)\b",
    ),
)

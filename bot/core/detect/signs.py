"""Cue rows for indirect signs that a product is out: reviews, weeks of use, owners'
reports, price cuts, "since its launch". Rows are (kind, name, start words, lowercase
pattern); see `cues` for how they are scanned. Apart from `rules` (which says a product
is out in so many words) because they are weaker evidence: `reading` lets a plan, a doubt
or the maker's dated guidance in the same clause outweigh them.
"""

from __future__ import annotations

from bot.core.detect.doubts import AFTER_SEASONS, OUT_BRIEFLY, PAST_NOT
from bot.core.detect.lookbehind import not_after

# What a launch names that is not one: "months after launch promise", "its 2021 launch
# date".
_NOT_THE_LAUNCH = r"(?!\s+(?:date|window|event|trailer|promise|pledge|deadline))"
# A release still awaited is no retrospective: "had to do with the release of the
# long-awaited Tracks II".
_AWAITED = (
    r"(?!\s+(?:the\s+|its\s+|their\s+)?(?:long[- ]?awaited|upcoming|forthcoming|"
    r"(?:highly\s+|much[- ])?anticipated)\b)"
)

# A count of years, in digits or words, for an age.
_COUNT_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty "
    "twenty-five thirty forty fifty"
)
_COUNT = rf"(?:\d{{1,3}}|{'|'.join(_COUNT_WORDS.split())})"

SIGNS_OF_RELEASE: tuple[tuple[str, str, str, str], ...] = (
    (
        "released-weak",
        "review",
        "review long road snap",
        # (A magazine's name is no review: "MIT Technology Review's critique"; nor is a
        # regulator's or a process's: "FDA panel concludes review", "under priority review";
        # nor one still to come: "until we've had a chance to review the phone"; nor a
        # weighing of claims: "How Credible Is the 5T Claim? (Evidence Review)".)
        not_after(
            "technology business law under undergoing priority regulatory peer code safety fda ema "
            "lyrics lyric agency committee panel concludes concluded completes completed design "
            "security policy judicial ongoing to rights impact independent internal evidence "
            "systematic literature environmental planning zoning fake product",
            whole=True,
        )
        # Nor an inquiry: "want Google to publish a review", "launched a review of", "to
        # conduct a full review"; nor a filing's: "has accepted for review".
        + r"(?<!publish\sa\s)(?<!conduct\sa\s)(?<!commission\sa\s)(?<!launched\sa\s)"
        r"(?<!ordered\sa\s)(?<!opened\sa\s)(?<!conduct\sa\sfull\s)(?<!accepted\sfor\s)"
        # A paper's peers are no critics: "described in a non-peer-reviewed paper".
        r"(?<!peer-)"
        # A regulator's pass is no product review: "won approval on its third review".
        + not_after("on\\sits\\sfirst on\\sits\\ssecond on\\sits\\sthird on\\sits\\sfourth")
        # "this is not a full review, rather a first reaction" reviews nothing; nor do
        # "we're still waiting on third party reviews".
        + r"(?<!not\sa\s)(?<!n't\sa\s)(?<!not\sa\sfull\s)(?<!n't\sa\sfull\s)"
        + not_after("waiting\\son waiting\\sfor awaiting", whole=True)
        + r"(?<!waiting\son\sthird\sparty\s)(?<!waiting\son\sthird-party\s)"
        r"(?<!waiting\sfor\sthird\sparty\s)(?<!waiting\sfor\sthird-party\s)"
        r"(?<!waiting\son\sindependent\s)(?<!waiting\sfor\sindependent\s)"
        r"\breview(?:s|ed|er|ers)?\b(?!\s+(?:of\s+)?(?:the\s+|its\s+)?(?:application|filing|"
        r"submission|process|period|date|committee|panel|board))"
        # Reviews still to come are none yet: "initial reviews will not surface until later
        # in the month", "reviews are embargoed until Tuesday".
        r"(?!(?:\s+of\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,3}?)?\s+(?:will|won't|would|should|"
        r"are\s+(?:due|expected|embargoed|set)|embargo\w*)\b)"
        # Praise for an earlier one is no review of this one: "after the well-reviewed
        # fifth installment" (of a season still to come).
        r"(?!(?<=reviewed)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
        r"tenth|previous|last|prior|original|earlier)\s+(?:installment|instalment|season|film|"
        r"movie|entry|game|book|album|series|chapter)\b)"
        # A reading of work in progress is no product review: "Review of a draft post",
        # "review of the pull request".
        r"(?!\s+of\s+(?:a|an|the|this|my|his|her|their)\s+(?:draft|pull\s+request|pr|patch|"
        r"proposal|rfc|manuscript)\b)"
        # A maker's brief to reviewers is sent before launch: "the Reviewers Guide leaked";
        # and what is looked over again and again is checked, not reviewed as a product:
        # "Google says it reviewed LaMDA 11 times".
        r"(?!['\u2019]?s?\s+(?:guide|kit|notes|embargo)\b)"
        r"(?!\s+(?:[\w'.-]+\s+){0,3}?\d+\s+times\b)"
        # Regulators' work is no product review: "the post reviews FDA and state
        # enforcement", "review of the X NDA".
        r"(?!\s+(?:of\s+|by\s+)?(?:the\s+)?(?:fda|ema|regulators?|enforcement)\b)"
        r"(?![^.;]{0,40}?\b(?:nda|bla|pdufa)\b)"
        # A decision looked at again: "reviewed and relaxed its policies".
        r"(?!\s+(?:and\s+\w+ed\b|(?:its|their|the|our)\s+(?:policies|policy|rules|guidelines|"
        r"terms|strategy)\b))"
        # "X Review -- First Impressions" is a first look at an announced product.
        r"(?!\s*(?:--|-|:|\||\u2013|\u2014)?\s*(?:first\s+(?:impressions|look)|preview|hands-on)\b)"
        # A motoring outlet's drive of the car: "Mint's road test", "a snap test".
        r"|\blong-term\s+(?:test|review)\b|\b(?:road|snap)[- ]test\b",
    ),
    (
        "released-weak",
        "used",
        "after nearly over about daily my bought purchased purchasing unboxed unboxing i i've "
        "teardown tear taken took takes retail units unit arrived arriving showed unboxes new got "
        "gotten "
        "received picked day days week weeks month months spent user users owner owners buyer "
        "buyers customer customers players watched played driven tested put a one two three "
        "four six we",
        r"\bafter\s+(?:only\s+|just\s+)?(?:a|one|two|three|four|five|six|ten|twelve|fifteen|twenty|thirty|fifty|a\s+dozen|"
        r"dozens\s+of|several|many|\d+|nearly\s+"
        r"\d+|over\s+\d+|a\s+full)\s+(?:full\s+)?(?:weeks?|months?|days?|hours?|years?)\b"
        # Time spent waiting or building is no time with the product.
        r"(?!\s+(?:of\s+)?(?:waiting|wait|delays?|development|work|teasing|rumou?rs|speculation)\b)|"
        # (Not what a model learnt from: "trained on over 250 hours of talking-head footage".)
        r"(?<!trained\son\s)(?<!trained\son\s\")\b(?:nearly|over|about)\s+\d+\s+hours\b"
        r"(?!\"?\s+of\s+(?:[\w-]+\s+){0,2}?(?:footage|video|videos|data|audio|recordings?|speech)\b)|"
        r"\bdaily\s+(?:use|driver)\b|\bmy\s+new\b|"
        # "One week with Apple Fitness+" (a hands-on is days, not weeks).
        r"\b(?:a|one|two|three|four|six|\d+)\s+(?:full\s+)?(?:weeks?|months?)\s+with\b|"
        # "I spent the last two weeks playing through it".
        # ("I spent a week in New Orleans with a GoPro Hero 7".)
        r"\bspent\s+(?:the\s+last\s+|the\s+past\s+|a\s+few\s+|several\s+)?(?:\w+\s+)?(?:hours?|days?|"
        r"weeks?|months?)\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?(?:playing|using|with|testing|driving|wearing)\b|"
        r"\b(?:bought|purchased|purchasing|unboxed|unboxes|unboxing)\b"
        # Buying rights or a company is no purchase of the product: "bought back her masters".
        r"(?!\s+(?:back|out|up)\b|\s+(?:the\s+|its\s+|her\s+|his\s+|their\s+)?(?:[\w,.-]+\s+){0,2}?"
        # Nor are tickets for a show still to come: "fans bought 365,000 tickets".
        r"(?:rights|masters|company|studio|stake|startup|firm|tickets|seats|insurance|licen[cs]es?|"
        # (Nor what the maker buys to start: "once we have purchased insurance from ICBC".)
        r"permits?|land)\b)|\bi(?:'ve|\s+have)\s+been\s+"
        # (An "early teardown" is of a prototype.)
        r"using\b|(?<!early\s)\btear-?down\b|\b(?:taken|took|takes)\s+apart\b"
        r"|\bretail\s+(?:unit|units|copy|copies|hardware)\b"
        # A gift received: "a while back, I was gifted a Vespera Smart Telescope".
        r"|\b(?:i|we)\s+(?:was|were)\s+gifted\s+(?:a|an|the|my|our)\b"
        # An owner's kit: "I added a Nikon Z 7II to my setup".
        r"|\b(?:i|we)\s+added\s+(?:a|an|the|my|our)\s+[^;.]{1,40}?\s+to\s+(?:my|our)\s+"
        r"(?:setup|kit|bag|collection|arsenal|gear|lineup)\b"
        # Deliveries reaching people: "the first units started arriving in homes".
        r"|\bunits?\s+(?:started|began|have\s+started)\s+(?:arriving|shipping|to\s+(?:arrive|ship))\b"
        r"|\b(?:arrived|arriving|showed\s+up)\s+(?:in\s+(?:homes|the\s+mail)|at\s+(?:my|our)\s+"
        r"(?:door|house|home))\b|\bmy\s+[^;.]{0,40}?\s(?:arrived|showed\s+up)\b"
        # Owners speaking: "a new owner of the M2 Air", "two weeks in", "got their X".
        r"|(?<!'s\s)\bnew\s+owners?\s+(?:of|who|report\w*|say|said|complain\w*|share\w*|are|"
        # ("two weeks in" starts at its unit: a count is too common a word to start on.)
        r"have)\b|(?:(?<=\d\s)|(?<=one\s)|(?<=two\s)|(?<=three\s)|(?<=four\s)|(?<=five\s)|"
        r"(?<=six\s)|(?<=few\s)|(?<=several\s))(?:days?|weeks?|months?)\s+in\b(?!\s+(?:a|the)\s+row)"
        # (Not got: "I haven't got my hands on the newly announced X yet".)
        r"|(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:got|received)\s+(?:my|their|his|her|our)\b"
        # ("had just gotten my Kindle 2", not "claim to have gotten their hands on renders".)
        r"|(?<!n't\s)(?<!not\s)(?<!never\s)\bgotten\s+(?:my|their|his|her|our)\b(?!\s+hands\b)"
        r"|\bpicked\s+(?:theirs|mine|his|hers|ours|one|it)\s+up\b|\bpicked\s+up\s+(?:the|a|my|our)\s+new\b"
        # "I installed yesterday 23H2 and I have no issue", "I own a Z9", "having watched
        # the first episode".
        r"|\bi(?:'ve|\s+have)?\s+(?:just\s+|finally\s+)?installed\b|\bi\s+own\s+(?:a|an|the|two)\b"
        r"|\bi\s+(?:personally\s+)?(?:just\s+|finally\s+)?got\s+access\b"
        r"|\bi\s+have\s+(?:a|an)\s+(?!question|problem|issue|doubt|feeling|suggestion|request|idea|"
        r"theory|hunch|bad|good|few|lot|couple)|(?<=\bhaving\s)(?:watched|played|driven|tested)\b"
        # Miles driven and episodes aired: "put 643 miles on a 2026 Leaf", "after the first
        # three episodes".
        r"|\bput\s+[\d,]+\s+(?:miles|kilometres|kilometers|km)\s+on\b"
        r"|\bafter\s+(?:the\s+|its\s+)?first\s+(?:two|three|four|five|six|\d+)\s+episodes\b"
        # An owner's trouble: "a user whose Charge 6 would not pair".
        r"|\b(?:user|owner|buyer|customer)s?\s+whose\b"
        # An owner speaking of it: "an owner of a first-generation X says", "an X owner asks",
        # "users running new X cards get a warning".
        r"|(?:(?<=\ban\s)|(?<=\bone\s)|(?<=\bproud\s)|(?<=\bfellow\s))owner\s+of\s+(?:a|an|the|"
        r"his|her|their)\b"
        # ... or a bug report's opening, "Owner of an ASUS laptop with an X reports".
        r"|(?<![\w,]\s)(?<![\w'-])owner\s+of\s+(?:a|an)\b"
        r"|(?<!\bthe\s)\bowners?\s+(?:asks?|asked|says|said|writes|wrote|posted|wonders|wants)\b"
        r"|\b(?:users|owners|players)\s+running\s+(?:new\s+|their\s+)?",
    ),
    (
        "released-weak",
        "buying-advice",
        "should worth buy",
        r"\bshould\s+(?:you|i)\s+buy\b|\bworth\s+(?:buying|"
        r"the\s+upgrade|upgrading)\b|\bshould\s+buy\b"
        # (Not a question about a purchase to come: "will you buy a Sony Xperia 1 VI".)
        # Nor an intention: "I know I'm not going to buy this" (advice against is still
        # advice: "you should never buy a Galaxy S24").
        r"|(?<!will\syou\s)(?<!would\syou\s)(?<!going\sto\s)(?<!want\sto\s)(?<!plan\sto\s)"
        r"\bbuy\s+(?:a|the|this)\b"
        # Buying a company or its rights back is no purchase of the product.
        r"(?!\s+(?:[\w-]+\s+)?(?:back|rights|ip|studio|company|stake)\b)",
    ),
    (
        # What is taken away was there: "native audio events will no longer be available".
        "released-weak",
        "withdrawn",
        "no",
        r"(?<!orders\s)(?<!orders\sare\s)(?<!beta\sis\s)(?<!preview\sis\s)"
        r"\bno\s+longer\s+(?:be\s+)?(?:available|offered|sold|supported)\b"
        r"(?!\s+(?:to\s+|for\s+)?(?:pre-?order|reserv|in\s+(?:beta|preview)))",
    ),
    (
        # A guide to working it is written for people who have it: "How to Turn On Dark
        # Mode in Google Maps on iPhone" (not a guide to a test build or a wait list).
        "released-weak",
        "how-to",
        "how",
        r"\bhow\s+to\s+(?:use|turn\s+(?:on|off)|enable|disable|customi[sz]e|set\s+up|activate|"
        r"switch\s+(?:on|off)|fix|troubleshoot|reset|create|make|add|share|edit|delete|remove|join)\b"
        r"(?![^.;:]{0,60}?\b(?:beta|preview|early\s+access|wait-?list|when\s+it|once\s+it|"
        r"before\s+it|upcoming|incoming|forthcoming)\b)",
    ),
    (
        # The day it came, told as a wait: "wasn't launched until April 2019", "did not
        # go live until 25th October 2015".
        "released-weak",
        "came-after-wait",
        "wasn't weren't didn't hadn't not",
        PAST_NOT + r"\s+(?:(?:officially|"
        r"publicly|widely|generally|actually|formally|go|get|be|been|made|become)\s+){0,3}"
        r"(?:released|launched|available|live|out|shipped|arrive|launch|release|ship|come\s+out|"
        r"on\s+sale)\s+(?:at\s+all\s+)?(?:[\w-]+\s+){0,3}?until\b",
    ),
    (
        # Out for a short time only: "hasn't even been out for 48 hours".
        "released-weak",
        "out-briefly",
        "hasn't haven't not",
        OUT_BRIEFLY,
    ),
    (
        "released-weak",
        "retrospective",
        "since after following the with hour hours day days week weeks month months year years "
        "build builds built sold on their its his her our given despite riding amid been *'s "
        "launch debut arrival entry release",
        # A launch counted back from today: "its Northern European entry three years ago".
        r"\b(?:launch|debut|arrival|entry|release)\s+(?:\d+|an?|a\s+few|few|two|three|four|five|"
        r"several|a\s+couple\s+of)\s+(?:days?|weeks?|months?|years?)\s+ago\b|"
        # "since launching in April": the launch is behind; so is "sold for years since",
        # and "has been in showrooms since 2023".
        r"\b(?:sold|on\s+sale|on\s+the\s+market|been\s+in\s+(?:showrooms|dealerships|stores|"
        r"shops|theaters|theatres|cinemas))\s+(?:[\w-]+\s+){0,3}?since\b|"
        # A launch the item dates by its year: "the XC40 Recharge's 2021 arrival" (tense
        # reads a year still ahead as a plan).
        r"\b(?:its|their|[\w.+-]+'s)\s+(?:19|20)\d\d\s+(?:arrival|launch|debut|release)\b"
        + _NOT_THE_LAUNCH
        + r"|"
        # "A year after iOS 26 landed" (not "landed a deal", "landed on Mars").
        r"\b(?:after|since)\s+(?:[\w.'\u2019-]+\s+){1,5}?landed\b(?!\s+(?:a|an|the|its|their|on|"
        r"in|at)\b)|"
        r"\bsince\s+(?:launching|releasing|debuting|arriving|opening|going\s+(?:live|on\s+sale)|"
        r"hitting\s+(?:shelves|stores))\b|"
        # A place: "since its opening in 2016" (not "since the opening of pre-orders").
        r"\bsince\s+(?:its|their)\s+(?:grand\s+|official\s+|public\s+)?opening\b|"
        r"\bsince\s+(?:(?:its|the|it|their)\s+(?:[\w'\u2019-]+\s+)?)?"
        r"(?:release|launch|debut|launched|was\s+released|came\s+out|arrived)\b|\b(?:after|"
        r"following)\s+(?:its|the)\s+(?:(?!planned|expected|scheduled|original|intended|anticipated|"
        r"rumou?red|targeted|delayed)[\w-]+\s+){0,3}?(?:release|launch|debut|drop)\b"
        + _NOT_THE_LAUNCH
        + r"|\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|since)\s+(?:its\s+|"
        r"the\s+)?(?:launch|release|debut)\b"
        + _NOT_THE_LAUNCH
        + r"|\bthe\s+(?:subsequent|recent|successful|initial|original|public|"
        r"global)\s+(?:[\w-]+\s+){0,2}?(?:release|launch|debut)\b"
        # ("the public release timeline remains unclear" waits for it.)
        r"(?!\s+(?:date|window|timeline|timing|schedule|plans?)\b)|\bwith\s+the\s+(?:recent\s+)?"
        r"(?:release|launch|arrival|debut)\s+of\b"
        + _AWAITED
        # (Nor what it is to bring: "With the launch of the line, tourism is expected to
        # improve".)
        + r"(?![^.;]{0,80}?\b(?:will|would|expected\s+to|set\s+to)\b)"
        + "|"
        # (Not one waited for: "three weeks to wait until the release of X", "teasing the
        # arrival of X on March 29", "getting closer to the release of X"; nor a
        # programme's go-ahead: "the board has approved the launch of the new engine
        # variant".)
        + not_after(
            "until till before awaiting await teasing teases teased tease anticipating "
            "anticipate expecting preparing prepares prepare approved approves approve "
            "authorized authorised authorizes authorises closer\\sto nearer\\sto ahead\\sof "
            "approaching nearing"
        )
        + r"\bthe\s+(?:release|launch|arrival|debut)\s+of\b"
        + _AWAITED
        # (Not one still ahead: "the release of the just-announced X later this year", "the
        # launch of the speaker is still unknown", "tourism is expected to improve".)
        + r"(?![^.;]{0,80}?\b(?:(?:is|remains)\s+(?:still\s+)?(?:unknown|unclear|uncertain)|"
        r"(?:is|are)\s+expected\s+to|"
        r"later\s+this|next\s+(?:year|month|week)|this\s+(?:fall|autumn|"
        r"spring|summer|winter|holiday)|(?:in\s+)?the\s+coming\s+(?:weeks|months))\b)"
        # A success is behind: "building on the success of our Kia EV6 GT".
        r"|\b(?:on|after|following|given|despite|riding|amid|with)\s+(?:the|its|their|our)\s+"
        r"(?:[\w-]+\s+)?success\s+of\b"
        # A release that a later one extends: "builds on the 2.0 release from June".
        r"|\b(?:build|builds|built)\s+on\s+(?:the|its)\s+(?:[\w.-]+\s+){0,2}?(?:release|launch)\b"
        # An owner's latest release named after its comma: "their most recent release, X,
        # saw the original hero return".
        r"|\b(?:their|its|his|her|our)\s+(?:most\s+)?(?:recent|latest|newest)\s+release,"
        # A launch the item dates, by the product's name: "after Lunchly's launch on
        # September 16, 2024" (released when that day is behind the item, see `tense`).
        r"|\b(?:after|following|since)\s+[\w-]+['\u2019]s\s+(?:launch|release|debut)\s+(?:on|in)\s+"
        r"(?:[\w,]+\s+){0,2}?(?:19|20)\d\d\b",
    ),
    (
        # A first of its kind already on the market: "the first all-electric pickup to hit
        # the U.S. market" (not "will be the first ... to hit"); "Verizon became the first
        # major ISP to launch 5G home internet service".
        "released-weak",
        "first-to-market",
        "first became becomes",
        r"(?<!\bbe\sthe\s)(?<=\bthe\s)first\s+(?:[\w-]+\s+){0,3}?to\s+(?:hit|reach|arrive\s+(?:in|on))\s+"
        r"(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:market|stores|shelves|roads|dealerships)\b"
        r"|\b(?:became|becomes)\s+the\s+first\s+(?:[\w-]+\s+){0,4}?to\s+(?:launch|release|offer|ship|"
        r"sell|introduce|roll\s+out|deploy|deliver)\b",
    ),
    (
        # Box-office takings are a film in cinemas: "opens to $82 million".
        "released-weak",
        "box-office",
        "opened opens debuted launching launched top grossed grosses grossing raked hauled raking "
        "hauling "
        "in box weekend "
        "cross first opening debut earning earned earns making made takes took "
        "crosses crossed",
        # ("grossing $50 million next weekend" is a projection.)
        r"\b(?:grossed|(?:grosses|grossing)(?![^.;]{0,40}?\b(?:next|projected|expected|forecast)\b)|"
        r"(?:raked|hauled|raking|hauling)\s+in|(?:(?<=\bbrought\s)|(?<=\btaken\s))in|(?:opened|opens|"
        r"debuted|launching|"
        r"launched)\s+(?:to|with))\s+(?:an?\s+)?"
        r"(?:[\w-]+\s+){0,2}?"
        r"[$\u20ac\u00a3]\s?\d|\btop\s+of\s+the\s+(?:domestic\s+|global\s+|weekend\s+)?box\s+office\b"
        # "soars over Memorial Day box office with a $124 million haul".
        r"|\bbox\s+office\s+(?:with|haul|opening|debut|weekend|record|crown)\b"
        # A night's takings in cinemas: "earning $27 million over 3,000 locations".
        r"|\b(?:earning|earned|earns|making|made|takes|took)\s+[$\u20ac\u00a3]\s?[\d.,]+\s*"
        r"(?:million|m|billion|bn)?\s+(?:over|across|in|from)\s+(?:about\s+|more\s+than\s+)?"
        r"[\d,]+\s+(?:locations|theaters|theatres|cinemas|screens)\b"
        r"|\bweekend\s+box\s+office\b"
        # Takings past a mark: "crosses $1 billion at the global box office".
        r"|\bcross(?:es|ed)?\s+(?:the\s+)?[$\u20ac\u00a3]\s?\d"
        # "will close out its first domestic weekend with a pitiful $33 million".
        r"|\b(?:first|opening|debut)\s+(?:(?:domestic|global|worldwide|overseas|north\s+american)"
        r"\s+)?weekend\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?[$\u20ac\u00a3]\s?\d",
    ),
    (
        "released-weak",
        "sold",
        "sold sells selling already currently now",
        # (Not the seats of a show: "BTS World Tour first concert sold out".)
        not_after("concert concerts show shows tickets seats dates gig gigs")
        # (Nor tickets sold for it: "the tour sells 365,000 tickets within hours".)
        + r"\b(?:sold|sells|selling)\s+"
        r"(?!(?:more\s+than\s+|over\s+)?[\d,.]+\s+(?:million\s+)?(?:tickets|seats)\b)"
        r"(?:out|over|more\s+than|\d|a\s+million|millions|a\s+record)"
        # Sold somewhere is on sale there: "the RZ 450e SUV sold in North America", "it's
        # been sold in overseas markets", "Genesis already sells the GV60" (not what is
        # to be sold, nor "isn't sold in the United States", nor pre-orders "sold in 48
        # hours", nor an unapproved drug "sold through gray-market vendors").
        r"|(?<!\bbe\s)(?<!\bbeing\s)(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)"
        r"\bsold\s+(?:in|at|through|across|throughout)\s+(?!\d+\s+(?:hours|minutes|seconds|days|weeks)\b)"
        r"(?![^.;]{0,30}?\b(?:gr[ae]y[- ]market|black[- ]market|illegal\w*|unlicensed)\b)"
        r"|\b(?:already|currently|now)\s+sells\b",
    ),
    (
        # A third party supporting the product, or its owners reporting faults, means
        # people have it.
        "released-weak",
        "in-use",
        "add adds added adding now officially owners buyers customers users players crash crashes "
        "crashed crashing user owner buyer customer player will can continue that which already",
        # ("will be adding support for" is a plan.)
        r"\b(?<!will\s)(?<!will\sbe\s)(?<!to\s)(?<!to\sbe\s)(?:adds?|added|adding)\s+support\s+for\b|\b(?:now|officially)\s+supports?\b|"
        # (What a feature lets users do is no report of them: "will now let users post".)
        r"(?<!\blet\s)(?<!\blets\s)(?<!letting\s)(?<!allow\s)(?<!allows\s)\b(?:owners|buyers|"
        r"customers|users|players)\s+(?:are\s+|have\s+)?(?:report(?:s|ed|ing)?|complain\w*|post|share)\b"
        # Already at work for the public: "already powering 25 Google services", "it's
        # already being deployed across its suite".
        r"|\balready\s+(?:being\s+)?(?:deployed\s+(?:across|in|to)|powering|in\s+use\b)"
        # A part its maker builds into a product on sale: "the chip that Apple uses in
        # the Mac Studio" (not one it "will use").
        r"|\b(?:that|which)\s+[\w&-]+\s+(?:uses|ships|sells|puts)\s+in\s+(?:the|its|their)\b"
        r"(?![^.;]{0,30}?\b(?:upcoming|next|future|unreleased)\b)"
        r"|\b(?:owners|buyers|customers|users|players)\s+who\s+(?:have\s+|had\s+)?(?:installed|"
        r"upgraded|updated|bought|purchased|downloaded)\b(?:[^;.]{0,60}?\breport(?:s|ed|ing)?\b)?"
        r"|\b(?:owners|buyers|customers|users|players)\s+of\s+[^;.]{1,80}?\s(?:report(?:s|ed|ing)?|"
        r"complain\w*|discuss(?:es|ed)?|describe[sd]?|should\s+(?:update|upgrade|patch))\b"
        # A fault seen in use: "crash on restart" (not a market's: "shares crash after").
        r"|(?<!shares\s)(?<!stock\s)(?<!stocks\s)(?<!price\s)(?<!prices\s)(?<!market\s)"
        r"\bcrash(?:es|ed|ing)?\s+(?:on|when|at|after|during|while)\b"
        # "a CoreFreq user running a Ryzen 9 9950X reports wrong frequencies".
        r"|\b(?:user|owner|buyer|customer|player)s?\s+(?:running|using|with)\s+[^.;]{1,60}?\s"
        r"(?:report(?:s|ed|ing)?|complain\w*)\b"
        # A use that goes on until a sunset: "you will be able to use it until August".
        r"|\b(?:will\s+(?:still\s+)?be\s+able\s+to|can\s+(?:still\s+|continue\s+to\s+)?|"
        r"(?:will\s+)?continue\s+to)\s+use\s+[^.;]{1,60}?\b(?:until|till)\b",
    ),
    (
        # A state of the present with a count or a use: "the Rivian Adventure Network
        # currently has 30 sites", "it already has thousands of Google Play ratings", "the
        # Roku 4 already supports 4K", "currently serves most areas" (not "already has a
        # release date", nor "does not currently support").
        "released-weak",
        "already-has",
        "already currently",
        r"(?<!\bnot\s)(?<!n't\s)\b(?:already|currently)\s+(?:supports|runs|serves|powers|features)\b"
        r"(?!\s+(?:no|a\s+release|an?\s+official)\b)"
        r"|\b(?:already|currently)\s+(?:has|have|counts|boasts)\s+(?:over\s+|more\s+than\s+|nearly\s+|"
        r"some\s+|about\s+)?(?:\d[\d,.]*(?:\s*(?:million|billion|m|k)\b)?|thousands|millions|hundreds|"
        r"dozens|an?\s+['\"\u201c]?overwhelmingly)",
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
        "upgraded updated switched migrated since after",
        r"\b(?:upgraded|updated|switched|migrated)\s+to\b|\b(?:since|after)\s+(?:upgrading|"
        r"updating|installing|switching|migrating)\s+to\b",
    ),
    (
        "released-weak",
        "discontinued",
        "discontinu shut end deprecat removed pulled delisted withdrawn cancel axed ended scrapped",
        # (Not one coming back: "The Discontinued Taco Bell Item Finally Making Its Way
        # Back To The Menu" is a return not yet on menus; but "The Discontinued Pepsi
        # Flavor We're Not Getting Back" was out.)
        r"\bdiscontinu(?:ed|es|ing)\b(?!(?:(?!\bnot\b|\bnever\b|n't\b)[^.;]){0,60}?\b(?:back|"
        r"returns?|returning|revived?|comeback|relaunch\w*)\b)|\bshut\s+down\b|"
        # (Not a patient's: "declaring what sort of end-of-life care they want".)
        r"\bend[- ]of[- ]life\b(?![- ](?:care|wishes|plans?|planning|decisions?|treatment))"
        r"|\bdeprecat(?:ed|es|ing)\b"
        # Taken off sale was on sale: "removed from sale on PC".
        r"|\b(?:removed|pulled|delisted|withdrawn)\s+from\s+(?:sale|stores|shelves|digital\s+"
        r"stores)\b"
        # A show ended after its seasons had aired: "canceled by Netflix after two seasons".
        rf"|\b(?:cancell?ed|axed|ended|scrapped){AFTER_SEASONS}",
    ),
    (
        # A price moved or quoted in the present is the price of something on sale.
        "released-weak",
        "price",
        "price prices pricing costs retails sells priced raising raises raised hiking hikes "
        "hiked cutting cuts slashing slashes slashed lowering lowers lowered save",
        r"\bpric(?:e|es|ing)\s+(?:cuts?|drops?|increases?|hikes?|reductions?)\b"
        # A deal: "Save 50% on Fitbit Versa 4 at Amazon" (not on a pre-order).
        r"|\bsave\s+(?:up\s+to\s+)?(?:[$\u20ac\u00a3]\s?\d[\d,.]*|\d+\s?%)\s+on\b"
        r"(?![^.;]{0,40}?\bpre-?orders?\b)"
        # "is raising the price of the Quest 2 by $100".
        r"|\b(?:rais|hik|cutt|slash|lower)(?:es|ed|ing|s)?\s+(?:the\s+)?prices?\s+(?:of|on|for)\b"
        r"|\b(?:costs|retails\s+(?:for|at|from|between)|sells\s+for|priced\s+at)\s+(?:just\s+|only\s+)?"
        r"[$\u20ac\u00a3]\s?\d",
    ),
    (
        # Still made or sold: "We are continuing to produce the Radeon RX 5700 series".
        "released-weak",
        "still-made",
        "continue continues continuing",
        r"\bcontinu(?:e|es|ing)\s+to\s+(?:produce|manufacture|sell|ship|stock)\b",
    ),
    (
        # A chart place or a first week on sale: "has landed at position No. 1 on the
        # Billboard 200", "in the LP's first week of release".
        "released-weak",
        "charted",
        "landed lands entered enters first ranked opened debuted earned grossed made sold topped",
        r"\b(?:landed|lands|entered|enters)\s+(?:the\s+chart\s+)?at\s+(?:position\s+)?"
        r"(?:no\.?\s*1|number\s+(?:one|1)|#\s*1)\b"
        r"|\bfirst\s+(?:full\s+)?week\s+of\s+(?:release|sales?|availability)\b"
        # A box office behind: "ranked at #3 in its opening weekend".
        r"|\b(?:ranked|opened|debuted|earned|grossed|made|sold|topped)\s+(?:[\w$#.,-]+\s+){0,6}?"
        r"(?:in|during|over)\s+(?:its|their|the)\s+opening\s+weekend\b",
    ),
    (
        # The plainest "since its release" and "review" of the languages feeds bring most,
        # folded to ASCII: "a quasi 10 giorni dalla sua uscita", "desde su lanzamiento";
        # "Recensione Samsung HW-Q950T", "Moog Matriarch im Test", "Test du Pixel 9".
        "released-weak",
        "foreign-review",
        "dalla desde depuis seit recensione recensioni recenzja recenze recenzia arvostelu "
        "anmeldelse recension resena im test fahrbericht analise critica essai notre nos "
        "testbericht",
        r"\b(?:dalla\s+sua\s+uscita|desde\s+su\s+(?:lanzamiento|estreno)|depuis\s+sa\s+sortie|"
        r"seit\s+(?:seinem|ihrem|dem)\s+(?:release|marktstart|erscheinen|verkaufsstart))\b"
        r"|\b(?:recensione|recensioni|recenzja|recenze|recenzia|arvostelu|anmeldelse|recension|"
        r"resena)\b|\bim\s+test\b|\btest\s+(?:labo\s+|complet\s+)?(?:du|de\s+la|des|van)\b"
        # A headline's "Test de Steelrising (PC, PS5)", "Flashback 2 – Test PS5".
        r"|^test\s+(?:de|d')\s|\btest\s+(?:sur\s+)?(?:ps[45]|pc|switch|xbox)\b"
        # ... "TEST - Outcast - A New Beginning", "Test Hyper Scape : Ubisoft s'essaye"
        # (French spaces its colon).
        r"|^test\s*[:\u2013-]\s|^test\s+(?:[\w'&.-]+\s+){1,5}?:\s"
        # A German drive report: "Fahrbericht Opel Corsa-e Elegance".
        r"|\bfahrbericht\b|\btestbericht\b"
        # ... and a French one: "Essai : Renault Austral full hybrid", "notre supertest",
        # "après nos quelques jours d'essai".
        r"|^essai\b|\bessai\s+(?:du|de\s+la|des|de\s+l')\s|\bnotre\s+(?:super)?(?:essai|test)\b"
        r"|\bnos\s+(?:quelques\s+)?jours\s+d'essai\b"
        # A Portuguese review's headline: "eFootball 2022 | Crítica", "Enigma do Medo –
        # Análise", "Análise: eFootball 2022 ainda parece uma demo".
        # (The cue starts at the word, where the scanner tries it.)
        r"|^(?:analise|critica)\s*[:|\u2013-]|(?<=[|\u2013:-]\s)(?:analise|critica)\b",
    ),
    (
        # The awards only what is out can win: "'Soul' has won the Oscar for best animated
        # feature", "wins album of the year at the Grammys" (a festival's prize may come
        # before a film opens, a nomination before anything).
        "released-weak",
        "award-won",
        "won wins winning",
        r"\b(?:won|wins|winning)\s+(?:(?:the|an|a|two|three|four|five|its|their|first|second|"
        r"third)\s+)?(?:[\w'-]+\s+){0,5}?(?:oscars?|academy\s+awards?|grammys?|grammy\s+awards?|"
        r"emmys?|emmy\s+awards?|golden\s+globes?)\b"
        r"|\b(?:won|wins|winning)\s+(?:[\w'-]+\s+){0,5}?at\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?"
        r"(?:oscars|academy\s+awards|grammys|grammy\s+awards|emmys|emmy\s+awards|golden\s+globes)\b",
    ),
    (
        # An age is counted from a release: "Gmail turns 20 today", "iCloud's music
        # service is one year old today" (`reading` asks for the target's name right
        # before, or after a greeting). Not an anniversary told of it: "the Daytona's 60th
        # anniversary" and "celebrates its 20th anniversary" were as often a same-named
        # watch's or a musical's.
        "released-weak",
        "age",
        "turns turned turning is are was celebrates celebrated celebrating happy compie compiono "
        "cumple cumplen",
        rf"\b(?:turn(?:s|ed|ing)\s+{_COUNT}(?:\s+years?\s+old)?(?!\s*(?:%|percent|degrees|times)\b)"
        rf"|(?:is|are|was)\s+(?:now\s+)?{_COUNT}\s+years?\s+old"
        rf"|celebrat(?:es|ed|ing)\s+(?:its\s+|their\s+)?{_COUNT}\s+years"
        # A greeting names it right after: "Happy 15th anniversary, Game Boy Advance!".
        r"|happy\s+(?:\d{1,3}(?:st|nd|rd|th)\s+|[a-z]+(?:st|nd|rd|th)\s+)?(?:anniversary|birthday)"
        # ... and in Italian and Spanish: "Alexa compie oggi tre anni in Italia", "cumple
        # cinco años".
        r"|(?:compi(?:e|ono)|cumplen?)\s+(?:oggi\s+|hoy\s+)?(?:\d{1,3}|un|uno|dos|due|tres|tre|"
        r"cuatro|quattro|cinco|cinque|seis|sei|siete|sette|ocho|otto|nueve|nove|diez|dieci)\s+"
        r"(?:anni|anos))\b",
    ),
    (
        # Music out to play where the item is: "Stream Heroes & Villains below", "listen to
        # the album below". Weak: a single streams ahead of its album ("Stream Glow below").
        "released-weak",
        "stream-below",
        "stream listen",
        r"\b(?:stream|listen\s+to)\s+(?:[\w'&.:-]+\s+){0,5}?below\b",
    ),
    (
        "released-weak",
        "buying-guide",
        "our",
        r"\bour\s+(?:top\s+)?picks?\b",
    ),
)

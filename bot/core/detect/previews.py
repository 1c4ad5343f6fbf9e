"""Cue rows for the stages before a public release: closed previews, betas and release
candidates, research models and trials, and the words that end those stages ("stable",
"out of beta"). Rows are (kind, name, start words, lowercase pattern); see `cues` for how
they are scanned and why their order matters. Apart from `doubts` because a preview is
not an argument against a release but a step towards one, read by its own rule (a beta
that is out is the maker working towards the release).
"""

from __future__ import annotations

# A preview programme's members: "rolling out to Windows Insiders", "Insiders in the Dev
# and Canary channels" (`hedges` reads no unnamed sources where this matches).
INSIDER_PROGRAMME = (
    r"\binsiders?\b(?=\s+(?:in\s+the\s+)?(?:dev|beta|canary|release\s+preview|previews?|"
    r"program|programme|channel|builds?|members|users|testing|tests|rings?)\b)|(?<=\bto\s)insiders\b"
    r"|(?<=\bwindows\s)insiders\b|(?<=\bxbox\s)insiders\b"
)
# Hardware sampled to a few buyers ("shipping the first samples to strategic customers")
# or run only by its maker ("servers now live in our datacenters"): a closed preview here,
# and no release where `rules` reads "is shipping" or "are now live" right before them.
SAMPLES = r"(?:the\s+)?(?:first\s+)?(?:engineering\s+)?samples\b"
MAKERS_DATACENTERS = r"in\s+(?:our|its|their|[a-z]+(?:'s)?)\s+(?:own\s+)?data\s*cent(?:er|re)s\b"

PREVIEWS: tuple[tuple[str, str, str, str], ...] = (
    (
        "closed",
        "closed-preview",
        "red redteam select selected selectively invite closed research limited trusted access "
        "early small tiny invitation testers signed under shipping ships shipped sending sent live "
        "only pilot single testing tests test first initial beta geschlossene geschlossenen "
        "geschlossener for trial modo testeurs testgroep testgruppe with",
        r"\bred[- ]?team(?:s|ers|ing)?\b|\b(?:select(?:ed)?\s+(?:group\s+of\s+)?|small\s+group\s+"
        r"of\s+)(?:[\w-]+\s+){0,3}?(?:testers|users|artists|creators|partners|developers|"
        # (Not "select organizations can verify employees": a feature's users.)
        r"customers|clients|consumers|filmmakers|designers|researchers|programs|programmes|teams|athletes|"
        r"schools|colleges|universities)\b"
        r"|\bselectively\b|"
        # (Not a class of members: "invite-only 360 members flying first class".)
        r"\binvite[- ]only\b(?!\s+(?:[^\s,;.]+\s+){0,2}?(?:members|guests|clients|cardholders)\b)|"
        r"\binvit(?:e|ation)\s+codes?\b|"
        # ... in the languages feeds bring most: "em versão Beta fechada", "beta cerrada",
        # "bêta fermée", "geschlossene Beta".
        r"\bbeta\s+(?:fechada|cerrada|fermee|chiusa)\b|\bgeschlossene[nr]?\s+beta\b|"
        # ... and a test mode: "disponibilizada, para já, em 'modo de teste'".
        r"\bmodo\s+de\s+(?:testes?|pruebas?)\b|"
        r"\bclosed\s+(?:beta|alpha|preview|testing|test)\b|\bresearch\s+preview\b|\blimited\s+"
        r"(?:preview|access|beta)\b|\btrusted\s+testers\b|\baccess\s+(?:stays|remains)\s+"
        r"limited\b|\bearly[- ]access\s+program(?:me)?\b"
        # A test with a few users: "rolling out to a small portion of free and Plus users".
        # ("available to a small, random group of users worldwide".)
        r"|\b(?:small|limited|tiny)(?:,?\s+random)?\s+(?:portion|percentage|number|group|subset|share|"
        r"cohort)\s+of\s+"
        r"(?:[\w+-]+\s+){0,4}?(?:users|subscribers|customers|people|accounts|members|academics|"
        r"creators|researchers|artists|testers|developers)\b"
        # (Not places within a launch: "limited to select locations" in the cities it is
        # live in.)
        r"|\blimited\s+to\s+(?:[\d,]+|a\s+few|the\s+first|select)\b"
        r"(?!\s+(?:locations|areas|neighbou?rhoods|parts\s+of)\b)"
        # A test with some of them: "began testing synced lyrics in the US for some users"
        # (not a rollout to some, which has begun).
        r"|\btest(?:ing|s)?\b[^.;]{0,60}?\b(?:for|with|among)\s+[\"\u201c]?(?:some|select|a\s+few|"
        r"a\s+handful\s+of|a\s+small\s+number\s+of)\s+[\"\u201d]?(?:[\w-]+\s+)?(?:users|"
        r"subscribers|listeners|customers|members|accounts)\b"
        # "is only available on beta versions of its app on Android".
        # A draft for those who vote on it: "now available for members to review".
        r"|\bfor\s+(?:member|members'?)\s+review\b|\bfor\s+members\s+to\s+review\b"
        # ("is currently only accessible to users of Windows beta builds".)
        r"|\bonly\s+(?:available|accessible)\s+(?:on|in|to|for|through)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:beta|preview|insider|test|testflight)\b"
        # ... or to some of its users: "currently only available for some users in the
        # United States as part of testing".
        r"|\bonly\s+available\s+(?:to|for)\s+(?:some|select|a\s+few|a\s+handful\s+of)\s+"
        r"(?:[\w-]+\s+)?(?:users|subscribers|customers|members|accounts|people)\b"
        # Behind a non-disclosure agreement: "to developers who have signed an NDA".
        r"|\b(?:signed|under)\s+(?:an?\s+|the\s+)?(?:nda|non-?disclosure)s?\b"
        # "is rolling out to testers today" (a public beta "out for testers" is open to
        # anyone who tests; "an initial release to testers" is behind one open to all).
        r"|(?:(?<=\bout\sto\s)|(?<=\bout\sto\sbeta\s))testers\b"
        # (`SAMPLES`, `MAKERS_DATACENTERS`.)
        rf"|\b(?:shipping|ships|shipped|sending|sent)\s+{SAMPLES}|\blive\s+{MAKERS_DATACENTERS}"
        # A trial before service: "has launched the pilot of its new token".
        r"|(?<!\bout\sof\s)(?<!\bout\sof\sthe\s)(?<!\bout\sof\sits\s)\bpilot\s+(?:program|"
        r"programme|project|phase|scheme|test|testing|run)s?\b"
        r"|\bpilot\s+of\s+(?:its|their)\b"
        # ... or as what was launched: 'a Starlink pilot "has been launched"'.
        # (Not one behind it: "after its pilot was started".)
        r"|(?<!\bafter\sits\s)(?<!\bafter\sthe\s)(?<!\bafter\sa\s)(?<!\bsince\sits\s)"
        r"(?<!\bsince\sthe\s)\bpilot\s+[\"\u201c]?(?:has|have|had|was|were|is)\s+(?:now\s+)?(?:been\s+)?(?:launched|"
        r"started|begun|rolled\s+out)\b"
        # "the launch of the first pilot for retail digital money", "in a closed user group".
        r"|\b(?:first|initial)\s+pilot\b|\bpilot\s+(?:launch|for)\b|\bclosed\s+user\s+groups?\b"
        # A line or a park run before its opening: "has kicked off trial operation" (not
        # one behind it: "after trial runs in three cities").
        r"|(?<!\bafter\s)(?<!\bfollowing\s)\btrial\s+(?:operations?|runs?)\b"
        # A test in one place: "testing it at a single Atlanta location".
        # (From "single", a rarer word than "a".)
        r"|(?:(?<=\bat\sa\s)|(?<=\bin\sa\s)|(?<=\bat\sone\s)|(?<=\bin\sone\s))single\s+(?:[\w-]+\s+)?"
        r"(?:location|restaurant|store|shop|market|city)\b"
        # A counted group of testers: "limitée à 10.000 testeurs", "a beta with 100 testers",
        # Dutch "een testgroep", and "is live with our early partners" (a beta not yet open).
        r"|(?:(?<=\d\s)|(?<=\d\sbeta\s)|(?<=\d\svolunteer\s))(?:testers|testeurs)\b"
        r"|\btestgroep(?:en)?\b|\btestgruppen?\b"
        # (From "with": "is live" is a release cue read first.)
        r"|(?<=\blive\s)with\s+(?:our|its|their|a\s+few|select)\s+(?:early\s+|select\s+|"
        r"initial\s+|launch\s+|design\s+)?partners\b",
    ),
    (
        # "For now, it is available only on a trial basis" (a row of its own: "on" is
        # too common a word to try the long row above).
        "closed",
        "trial-basis",
        "on",
        # ... and its waitlist: "available on a waitlist basis for developers".
        r"\bon\s+a\s+(?:limited\s+)?(?:trial|waitlist|wait-list|invite-only|invitation)\s+basis\b",
    ),
    (
        # A market test of a menu item or a product: "is now available at 94 restaurants
        # in Denver as a test", "sold in test markets".
        "closed",
        "test-market",
        "as in test",
        r"\bas\s+a\s+(?:market\s+)?test\b|\bin\s+(?:select\s+|two\s+|three\s+|a\s+few\s+)?test\s+"
        r"markets?\b|\btest\s+markets?\s+(?:in|of|like|such)\b",
    ),
    (
        "ga",
        "stable",
        "stable out exit exits beta final for to no without completed completing finished after "
        "go goes going move moves moving migrate migrates migrating switch switches switching "
        "upgrade upgrades upgrading update updates updating remove removes removing removed",
        # ("moving it out of the pilot phase" is past the trial.)
        r"\bstable\b|\bout\s+of\s+(?:the\s+|its\s+)?(?:beta|preview|pilot)\b"
        r"|\bexits?\s+(?:beta|preview)\b"
        # A beta left behind: "It's time to go away from beta", "Update to 7 from 7.beta",
        # "Remove betas now that it has been released", "Remove info about beta stage".
        r"|\b(?:go|goes|going|mov(?:e|es|ing)|migrat(?:e|es|ing)|switch(?:es|ing)?|"
        r"upgrad(?:e|es|ing)|updat(?:e|es|ing))\s+(?:[\w.-]+\s+){0,3}?(?:away\s+)?from\s+"
        r"(?:the\s+)?(?:[\w.-]+\s+|[\w-]+[.-])?(?:betas?|alphas?|rcs?|pre-?releases?)\b"
        r"|\bremov(?:e|es|ing|ed)\s+(?:the\s+)?(?:info(?:rmation)?\s+about\s+(?:the\s+)?)?"
        r"(?:betas?|alphas?|pre-?releases?|beta\s+stage)\b"
        # A test behind it: "having completed beta testing, Meta has begun a rollout".
        r"|\b(?:completed|completing|finished)\s+(?:its\s+|the\s+)?(?:beta|preview)\b"
        # "After five months of public beta testing, we're excited to announce the release".
        r"|\bafter\s+(?:[\w+-]+\s+){0,5}?(?:beta|preview)\s+(?:testing|tests|period|phase)\b"
        # ... or the test markets: "debuted nationwide Tuesday after months of preliminary
        # sales in test markets".
        r"|\bafter\s+(?:[\w+-]+\s+){0,5}?(?:in\s+)?test\s+markets?\b"
        r"|\bbeta\s+(?:tag|label)\b"
        # (Not one still to come: "other syntax coming with the final release".)
        r"|(?<!with\sthe\s)(?<!in\sthe\s)(?<!until\sthe\s)(?<!before\sthe\s)"
        r"\bfinal\s+(?:release|version)\b(?!\s+candidate)"
        r"|\b(?:for|to)\s+all\s+(?:[\w-]+\s+){0,2}?(?:users|subscribers|customers|members|players|"
        # A waitlist dropped is a preview anyone may join: "no waitlist required".
        r"developers)\b|\b(?:no|without\s+(?:joining\s+)?(?:a|the))\s+waitlist\b",
    ),
    (
        # A broad class of customers: "to Plus and Team users", "for all individuals".
        "ga",
        "broad-class",
        "to for fur pour per para",
        # (... and "für alle", "für Jedermann", "pour tous", "per tutti", "para todos".)
        r"\b(?:to|for)\s+everyone\b|\bfur\s+(?:alle|jedermann)\b|\bpour\s+tous\b"
        r"|\bper\s+tutti\b|\bpara\s+todos\b"
        # (The lookahead fails fast at the many "to"s that name no customers.)
        r"|(?<!limited\s)(?<!restricted\s)\b(?:to|for)\s+"
        r"(?=[^.;]{0,60}?\b(?:users|subscribers|members|individuals)\b)(?!select\b|selected\b|some\b|a\s+few\b|"
        r"just\b|only\b|\d|"
        # ("enterprise customers" are who previews are for, so customers do not count.)
        r"a\s+small\b|a\s+limited\b|testers\b"
        # (Nor those of a pre-release: "for beta users", "to Windows Insider members".)
        r"|(?:[\w+-]+\s+){0,3}?(?:beta|insider|preview|developer|early[\s-]access|wait-?listed)\s+"
        r"(?:users|subscribers|members|individuals)\b"
        # (Nor a device's owners, whom a system's beta is offered to: "for Galaxy S8 and
        # S8 Plus users".)
        r"|(?:[\w+-]+\s+){0,2}?[a-z-]*\d[\w+-]*\s+(?:(?:and|or)\s+(?:[\w+-]+\s+){1,3}?)?users\b"
        r")(?:all\s+)?(?:[\w+-]+,?\s+){0,5}?(?:users|subscribers|"
        r"members|individuals)\b"
        # (Not those who enrol: "for users willing to sign up for the beta program".)
        r"(?!\s+(?:willing|who\s+(?:sign|signed|enrol|enroll|opt|join|joined|register)|enrolled|"
        r"in\s+the\s+(?:beta|preview|insider)"
        # Nor those on a test build: "for users running Insider build 18305 or later".
        r"|(?:running|on|using)\s+(?:the\s+|an?\s+)?(?:[\w+-]+\s+){0,4}?(?:insider|beta|preview|"
        r"canary|dev)\s+(?:builds?|channel|versions?|releases?)\b))",
    ),
    (
        "prerelease",
        "beta",
        "public open developer dev beta betas preview nightly alpha canary insider release rc "
        "technical test rampdown feature code sneak ctp community testnet testnets devnet devnets "
        "testing trial daily pretest pretests pre m1 m2 m3 m4 m5 m6 m7 m8 m9",
        # ("CTP": Microsoft's community technology preview; a testnet is a blockchain's beta;
        # a pretest is GNU's: "Emacs 30.0.91 pretest is available"; a milestone is
        # Spring's: "Spring Boot 4.0.0-M2 has been released".)
        r"\b(?:public\s+|open\s+|developer\s+|dev\s+)?(?:beta|betas|sneak\s+peeks?|ctps?|testnets?|devnets?|"
        r"community\s+technology\s+previews?|"
        r"preview|nightly|alphas|alpha|canary|insider\s+(?:build|preview)|release\s+candidate|rc\d*|"
        r"pretests?|(?<=\d-)m\d|"
        r"technical\s+test|test\s+build|(?:daily|nightly)\s+builds?|rampdown|feature\s+freeze|"
        r"code\s+freeze|"
        # "Cython 3.0 still has pre-release status on PyPI".
        r"pre-?release\s+(?:status|stage|phase|builds?)|"
        # "only available in the testing phase".
        r"(?:testing|test|trial)\s+phase|"
        # (Not a comparison: "the most feature-complete video model available".)
        r"(?<!most\s)(?<!more\s)feature[- ]complete)\b",
    ),
    (
        # A preview programme's members (`INSIDER_PROGRAMME`).
        "prerelease",
        "insiders",
        "insider insiders",
        INSIDER_PROGRAMME,
    ),
    (
        # An opt-in trial: "this experimental feature is available through Labs",
        # "users who enable the experiment in Labs".
        "prerelease",
        "experiment",
        "experimental experiment recommended ready intended meant suitable behind flipping "
        "enabling toggling turning flip enable toggle turn",
        r"\bexperimental\s+(?:feature|version|mode|build|release|option|flag|tool)s?\b"
        # Behind a switch its users must find: "supported in 17.4+ behind a flag", "after
        # flipping the feature flag" (not "no longer behind a flag").
        r"|(?<!\blonger\s)\bbehind\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?flags?\b"
        r"|\b(?:flip(?:ping)?|enabl(?:e|ing)|toggl(?:e|ing)|turn(?:ing)?\s+on)\s+(?:the\s+|an?\s+)?"
        r"(?:[\w-]+\s+){0,2}?flags?\b"
        r"|\bexperiment\s+in\s+(?:[\w-]+\s+)?labs\b"
        # A build its makers keep from real work: "is not recommended for production use".
        r"|(?:(?<=\bnot\s)|(?<=\bnot\syet\s))(?:recommended|ready|intended|meant|suitable)\s+"
        r"for\s+production\b",
    ),
    (
        # Finished but not yet sold: "reached the RTM milestone", "released to
        # manufacturing", "releasing it to PC OEM and manufacturing partners", "has gone gold".
        "prerelease",
        "to-manufacturing",
        "rtm to oem oems gone",
        r"\brtm\b|\bto\s+manufacturing\b|\boems?\s+and\s+manufacturing\s+partners\b"
        r"|\bgone\s+gold\b",
    ),
    (
        # Trials and research models: shown, not offered.
        "research",
        "research",
        "phase clinical pivotal experimental research prototype prototypes pre engineering in",
        r"\bphase\s+(?:[123]|iii|ii|i)\b|\b(?:clinical|pivotal)\s+trials?\b|\b(?:experimental|"
        r"research)\s+(?:[\w-]+\s+)?(?:model|prototype|project|demo|system|paper)\b|\bprototypes?\b"
        # "The model is currently in research and is still being trained".
        r"|(?<=\bcurrently\s)in\s+research\b|(?<=\bstill\s)in\s+research\b"
        # A unit from before launch: "unboxes a pre-release version of the X".
        r"|\bpre-?release\s+(?:version|unit|units|model|hardware|sample|device)s?\b"
        r"|\bengineering\s+(?:samples?|units?)\b",
    ),
)

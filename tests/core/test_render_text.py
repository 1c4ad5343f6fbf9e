"""The console's rendering of every reply kind: what a terminal user reads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.models import (
    Detection,
    Evidence,
    Label,
    Notice,
    RawItem,
    SourceSpec,
    SourceState,
    Status,
    Subscription,
    TargetStatus,
    Transition,
    Trust,
)
from bot.core.render_text import notice_text, render
from bot.core.replies import (
    CheckReply,
    ErrorReply,
    Finding,
    HelpEntry,
    HelpReply,
    HistoryReply,
    MessageReply,
    PollReport,
    Reply,
    SourcesReply,
    SourceTestReply,
    StatusReply,
    SubscribeReply,
)

AT = datetime(2025, 3, 1, 12, tzinfo=UTC)
EV = Evidence(
    1,
    "Widget 3",
    Label.RELEASED,
    0.9,
    "Widget 3 is now available to everyone",
    "Widget 3 launches",
    "https://acme.example/w3",
    "acme.example",
    Trust.OFFICIAL,
    AT,
    AT,
    None,
    "Acme News",
)
STATUS = StatusReply(
    TargetStatus("Widget 3", Status.RELEASED, AT, EV, "2025-03-01"),
    AT,
    2,
    3,
    ("Announcements for Widget 3 to C1 stopped: channel_not_found.",),
)
SOURCE = SourceState(
    1,
    SourceSpec("https://acme.example/feed"),
    "config",
    failures=2,
    last_error="HTTP 500 Internal Server Error",
)
CASES: list[tuple[Reply, list[str]]] = [
    (
        STATUS,
        [
            "Widget 3: RELEASED — released",
            "since 2025-03-01 12:00 UTC",
            "release window: 2025-03-01",
            '"Widget 3 is now available to everyone"',
            "2/3 sources healthy",
            "! Announcements",
        ],
    ),
    (
        HistoryReply(
            "Widget 3", (Transition("Widget 3", Status.UNKNOWN, Status.RELEASED, AT, (EV,)),)
        ),
        ["Widget 3: unknown → released", "acme.example/w3"],
    ),
    (HistoryReply("Widget 3", ()), ["no status changes yet"]),
    (
        SourcesReply((SOURCE,), (Subscription("slack", "C1", "Widget 3", broken="is_archived"),)),
        ["[1] feed", "failing ×2", "last error: HTTP 500", "is_archived"],
    ),
    (SourcesReply(()), ["No sources yet"]),
    (
        SourceTestReply(
            "https://x.example/f",
            "feed",
            4,
            (
                Finding(
                    RawItem("Widget 3 launches"),
                    "Widget 3",
                    Detection(Label.RELEASED, 0.9, "Widget 3 launches"),
                ),
            ),
            (("Widget 3", Status.RELEASED),),
        ),
        [
            "4 items read",
            "released  Widget 3: Widget 3 launches",
            "Alone, this source says Widget 3 is released",
        ],
    ),
    (
        CheckReply((PollReport(1, "https://x/f", "error", error="timed out"),), ()),
        ["error", "timed out"],
    ),
    (
        SubscribeReply(Subscription("console", "console", "Widget 3"), STATUS),
        ["Subscribed console to Widget 3"],
    ),
    (
        MessageReply("Source 2 removed", "No longer polling x."),
        ["Source 2 removed. No longer polling x."],
    ),
    (HelpReply("sora", (HelpEntry("check", "Poll now.", True),)), ["/sora check", "(admins)"]),
    (
        ErrorReply("Boom.", "Try later.", incident="ab12"),
        ["Error: Boom. Try later. (incident ab12)"],
    ),
]


@pytest.mark.parametrize(("reply", "expected"), CASES, ids=[type(c[0]).__name__ for c in CASES])
def test_every_reply_renders(reply: Reply, expected: list[str]) -> None:
    text = render(reply)
    for part in expected:
        assert part in text, f"{part!r} not in:\n{text}"


def test_notices_quote_the_evidence_and_say_what_changed() -> None:
    change = notice_text(Notice("Widget 3", Status.CONFIRMED, Status.RELEASED, AT, (EV,)))
    assert change.startswith("Widget 3: confirmed → released")
    assert "(Acme News, 2025-03-01) https://acme.example/w3" in change
    delay = notice_text(
        Notice(
            "Widget 3",
            Status.CONFIRMED,
            Status.CONFIRMED,
            AT,
            (EV,),
            window="2025-09",
            previous_window="2025-06",
        )
    )
    assert delay.startswith("Widget 3: still confirmed; release window now 2025-09 (was 2025-06)")

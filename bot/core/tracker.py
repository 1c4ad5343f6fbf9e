"""Combines stored evidence into each target's status and records the changes.

The promotion policy, per target: a piece of evidence from an official source (trust
`official`, or a link on one of the maker's official domains) may promote the status alone;
so may one outlet's report of a rumour (a rumour is a report; a forum post is not one,
nor an item whose rumour only the trained second opinion reads, unless it is sure of it:
on the timelines those were same-name news that the rules found nothing in; nor one that
names only the product's family, "a new GoldenEye", which fired two rumours years early,
or that only guesses, "may return"; nor one outlet's uncorroborated "confirmed", which
would announce a rumour for a product that skipped that stage);
otherwise a status needs `min_sources` distinct domains saying at least that much within
`window_days` of each other; or, for "confirmed", one outlet's report of the maker's
commitment to a day or window on record ("the studio says it launches October 12", "in
the spring of 2020"; a window alone does not move a confirmed status's day), or
`min_sources` outlets naming the same day or window, or quoting the maker on record, up to
a year apart; for "released", `min_sources` outlets' reports up to six months apart
(launch news, then reviews weeks later). A false
"released" is the worst notice we can send, so it never rests on one unofficial item, nor
on one official item that only the trained second opinion reads as a release
(`Evidence.by_model`): on a maker's post, "starting to roll out the next day" reads much
like "rolling out today" to a bag of words. The exceptions: once the status is confirmed
for a day (`TargetStatus.due`, "on sale October 26"), one outlet's report dated after
that day that it is out is enough: the maker's date is the first voice; one outlet's
report of a later day (a delay) moves it, since a later day only holds releases back. A
forum's report is not, nor one only the second opinion reads, unless it is sure of it
(`_SURE_MODEL_RELEASE`); and only a confirmation the
rules read names that day (a rumour's date is no one's commitment). A confirmation that
names no day is a voice too, once the days of its unveiling are over: one outlet's plain
report two weeks or more after it releases (`_alone`). The day also speaks against a
release: before it (by more than a day, for time zones) only the maker's own word
releases, however many outlets report "orders now shipping". The status never moves
backwards by itself (late rumours after a launch change nothing); only an admin's manual
setting can lower it.

Evaluation jumps straight to the highest supported status, so a first poll that brings a
source's whole backlog (the baseline) announces at most one change per target.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from datetime import date, datetime, timedelta

from bot.core.models import (
    Evidence,
    Label,
    Notice,
    Status,
    Target,
    TargetStatus,
    Transition,
    Trust,
)
from bot.core.ports import Clock, Store

# Evidence older than this (by when it was seen) is not reread on each evaluation.
_LOOKBACK_WINDOWS = 2


# `verdict.confidence` of a confirmation that is strong (on record, or open pre-orders)
# and names the target.
_ON_RECORD = 0.88
# `verdict.confidence` of a release the rules read plainly ("is out now") of the target by
# name; a review or a mention of use reads weakly.
_SURE_RELEASE = 0.9
_A_DAY = timedelta(days=1)
# How far apart outlets naming the same day or window still corroborate each other: on the
# blind timelines 90 days left the 3DS's two "March 2011" reports (91 days apart) apart,
# and 120 left Frozen II's November 22, moved up from the 27th, nine months apart, so the
# stale 27th held its opening-weekend reports back. At 365, 2 more of 420 timelines are on
# time (Frozen II, And Just Like That), 3 confirmations come sooner and none early.
_SAME_DAY_SPAN = timedelta(days=365)
# How long after the maker's day one outlet's report of a release is still backed by
# it. On the timelines 60 days keeps every release that 14 or 30 made late (Windows 8's
# "sold" a month after its day); 90 keeps three more whose first report came 79 to 86
# days after the day (the Galaxy Watch 3, the Surface Laptop 4, the Pixel Buds A-Series),
# and 120 added none then. On the 833 timelines of session 58, with releases agreeing up
# to 180 days (`_OUT_SPAN`), 180 put 457 on time against 450 (the M1 Max, Windows 7, the
# Nikon Z7 II among them) and none early. (The Batman's and Wonka's stale days were nine
# months off.)
_STALE_DAY = timedelta(days=180)
# How far apart outlets' reports of a release ("is now shipping", "is here", a review of
# the shipping product) still corroborate each other: a product out for good stays out,
# reviews come weeks after the launch news (the Civic Type R's "now shipping" and "is
# here", 17 days apart), and sparse coverage says so months apart. Plain reports ("now
# live in Ireland and Spain") agreed up to 180 days once the 749 timelines of then showed
# it (Facebook Reactions' worldwide launch, 138 days after its first two countries), the
# rest up to 60. On the 833 timelines of session 58, every reading at 180 days put 450 on
# time against 439, with 63 early, false or backwards moves as before (the Toyota
# Taisor's launch news and its review three months later, the Galaxy A53, the Lexus GX
# 550); 270 put 452 on time but four more moved early or falsely, 365 and 730 days 456
# with three more.
_OUT_SPAN = timedelta(days=180)
# The second opinion's probability at which its release counts among those outlets'
# reports. Until session 52 only plain reports ("is out now") agreed weeks apart, and a
# review, a mention of use or a model's reading only within the fortnight: the release of
# 178 of the 729 labelled timelines never fired. Letting every outlet's reading of a
# release agree up to `_OUT_SPAN` apart, the second opinion's from 0.8, fired 34 of them
# (384 on time, not 371) and one release early: an invitation-only email app's hands-on
# posts, read as a mention of use. With model readings at any probability, 35 fired and
# two were early (a motorcycle's press rides, read at 0.77 and 0.96); with none, 20.
_MODEL_OUT = 0.8
# How long after a confirmation without a day outlets still write "launched" for the
# unveiling (`_alone`).
_UNVEILING_DAYS = timedelta(days=14)
# The `verdict.confidence` of a rumour that is hearsay ("reportedly", a leak: 0.7 and up).
# One read only from a guess ("may", "is likely to": 0.6, or 0.5 unnamed), or only
# through the product's family name ("a new Pixel", `classifier._FAMILY_RUMOUR`), needs a
# second voice: one car blog's "GM may bring back the El Camino" announced a film's
# rumour eight years early.
_SURE_RUMOUR = 0.65
# The second opinion's probability at which its rumour alone is news. Of the 109 items of
# the blind sets holdout141-254 that the model trained on holdout9-140 so read at 0.8,
# none was labelled "none" (88 rumoured, the rest confirmed or released). The model
# trained on holdout9-621 is surer of its rumours: on the 677 timelines 0.8 put 348 on
# time with 57 early, false or backwards moves, 0.9 put 347 with 55 (Grok in a Tesla and
# Bannerlord no longer gain a rumour their stories never have; Saw X's and Bridget
# Jones's first rumours wait), 0.95 fewer on time.
_SURE_MODEL_RUMOUR = 0.9
# The second opinion's probability at which its release, dated after the maker's day,
# is the second voice the day needs. Of the 181 items of the blind sets holdout141-274
# and the timelines that it so read, 163 were labelled released and 8 none; on the
# timelines it fired two missed releases on time (a film's opening weekend, a graphics
# card's launch-day review in French) and five more a little sooner, none early. At 0.9
# a datamined leak "the release of Creative 2.0 was postponed to March" released UEFN a
# month early.
_SURE_MODEL_RELEASE = 0.97


def evidence_time(ev: Evidence) -> datetime:
    """When the item said it: its publication time, but never later than when we saw it
    (a feed cannot push its evidence into the future)."""
    return min(ev.published, ev.seen_at) if ev.published else ev.seen_at


def is_official(ev: Evidence, target: Target) -> bool:
    """An official source, or a link on the maker's domains from a source that is not a
    community one (a forum hosted on the maker's site is still a forum)."""
    if ev.trust is Trust.OFFICIAL:
        return True
    if ev.trust is Trust.COMMUNITY:
        return False
    return any(ev.domain == d or ev.domain.endswith("." + d) for d in target.official_domains)


def support(
    target: Target,
    level: Status,
    evidence: Sequence[Evidence],
    due: date | None = None,
    opens: date | None = None,
    promoting: bool = True,
    confirmed_at: datetime | None = None,
) -> tuple[Evidence, ...]:
    """The evidence that lets `level` stand under the policy, or () when it does not.
    `due` is the release day the current confirmed status names, if any; `opens` the
    first day of the window it names, when that is no single day; `confirmed_at` when the
    current confirmed status was said. `promoting`: whether the status is to move up (not
    only its window)."""
    backing = [e for e in evidence if Status.of(e.label) >= level]
    first = due or opens
    if level is Status.RELEASED and first is not None:
        # Before the first day the maker's word allows, outlets' reports of a release
        # contradict it ("orders now shipping" a week early): only the maker may say so.
        # (The day before is that day somewhere: "went on sale at 8 a.m. in Sydney".)
        backing = [
            e
            for e in backing
            if evidence_time(e).date() >= first - _A_DAY or is_official(e, target)
        ]
    official = [
        e
        for e in backing
        if is_official(e, target) and not (e.by_model and level is Status.RELEASED)
    ]
    if official:
        return (max(official, key=lambda e: (Status.of(e.label) == level, e.confidence)),)
    keep = _alone(level, due, opens, confirmed_at)
    if keep is not None and (
        found := _first_report(
            backing, keep, after_day=level is Status.RELEASED and due is not None
        )
    ):
        return found
    if level is Status.CONFIRMED and (found := _same_day(target, backing)):
        return found
    if level is Status.CONFIRMED and promoting and (found := _first_report(backing, _windowed)):
        return found
    if level is Status.RELEASED and (found := _reported_out(target, backing)):
        return found
    backing.sort(key=evidence_time)
    window = timedelta(days=target.window_days)
    counts: Counter[str] = Counter()
    start = 0
    for end, last in enumerate(backing):
        counts[last.domain] += 1
        while evidence_time(last) - evidence_time(backing[start]) > window:
            counts[backing[start].domain] -= 1
            if not counts[backing[start].domain]:
                del counts[backing[start].domain]
            start += 1
        if len(counts) >= target.min_sources:
            # The item that completed the support decides: it is the news.
            by_domain: dict[str, Evidence] = {last.domain: last}
            for ev in backing[start:end]:
                by_domain.setdefault(ev.domain, ev)
            return tuple(by_domain.values())
    return ()


def _alone(
    level: Status, due: date | None, opens: date | None, confirmed_at: datetime | None = None
) -> Callable[[Evidence], bool] | None:
    """Which report one outlet may give alone for `level`, or None if none may.

    - Rumoured: a report that reads as a rumour. A rumour is a report, so one outlet's is
      news enough. One outlet's "confirmed" or "released" is no rumour: it waits for its
      second voice and is then announced as what it says (a product may skip being
      rumoured).
    - Confirmed: the maker's commitment to a day on record ("Ubisoft says it launches
      October 12") carries the maker's word: of 256 such labelled items, 254 were at
      least confirmed. So does its window (`_windowed`, which `support` asks for apart
      because it may not move a day): of 202 labelled items the rules so read, 199.
    - Released: a report dated after the day the confirmed status names (`due`), or on
      that day when it says so plainly of the target by name ("is here", "is out now"):
      the day's embargo reviews and order emails ("ships Monday") read only weakly. A
      report long after the day (`_STALE_DAY`) is no longer backed by it: the day may
      have slipped by a delay only one outlet reported (The Batman's June 2021, when the
      film came in March 2022, let a review the day before its premiere release it;
      Wonka's March 2023, a misread "tickets on sale" piece a month before its December
      opening). Or, for a window that is no single day (`opens`, "this fall"), a plain
      report dated from its first day on: a window may slip unnoticed, so a review is not
      enough. Or, for a confirmation that names no day (`confirmed_at`), a plain report
      dated two weeks or more after the maker's word: on the day of an unveiling and the
      days after it outlets write "launched" for "announced" (iPadOS 15 "launched" at
      WWDC, Apple Pay "launches in Japan" the day Apple said it would), but a product
      announced and reported out weeks later is out. On the labelled timelines this
      found ten releases that waited for a second outlet that never came (three of them
      on the twelve newest, unseen ones) and fired none early, with two to thirty days;
      with none, three fired early."""
    if level is Status.RUMOURED:
        return lambda e: e.label is Label.RUMOURED and e.confidence >= _SURE_RUMOUR
    if level is Status.CONFIRMED:
        return lambda e: (
            e.label is Label.CONFIRMED and e.due is not None and e.confidence >= _ON_RECORD
        )
    if level is Status.RELEASED and due is not None:
        return lambda e: (
            due < evidence_time(e).date() <= due + _STALE_DAY
            or (evidence_time(e).date() == due and e.confidence >= _SURE_RELEASE)
        )
    if level is Status.RELEASED and opens is not None:
        return lambda e: evidence_time(e).date() >= opens and e.confidence >= _SURE_RELEASE
    if level is Status.RELEASED and confirmed_at is not None:
        settled = confirmed_at + _UNVEILING_DAYS
        return lambda e: (
            e.published is not None
            and evidence_time(e) >= settled
            and e.label is Label.RELEASED
            and e.confidence >= _SURE_RELEASE
        )
    return None


def _windowed(ev: Evidence) -> bool:
    """One outlet's report of the maker on record committing to a window ("Techland says
    it launches in spring 2020"): enough to confirm, as a day on record is. Not enough to
    move a confirmed status's day to that window: a later window from one outlet is
    often one model's or one market's (the iPhone 13's "October" a week before its
    September day)."""
    return ev.label is Label.CONFIRMED and ev.opens is not None and ev.confidence >= _ON_RECORD


def _same_day(target: Target, backing: Sequence[Evidence]) -> tuple[Evidence, ...]:
    """Confirmations from `min_sources` outlets naming the same release day, or the same
    window, or each quoting the maker on record, up to `_SAME_DAY_SPAN` apart, or (). A
    maker's word is given once and repeated by outlets as they get to it, months apart:
    agreeing on it, they corroborate each other as two reports in one fortnight do (the
    3DS's "March 27", a film's "October 6", Microsoft's Zune). A forum or a reading only
    the second opinion makes is no such outlet."""

    def said(e: Evidence) -> tuple[str, date | None] | None:
        if e.due:
            return ("day", e.due)
        if e.opens:
            return ("window", e.opens)
        # (`_ON_RECORD` is a confirmation's reading of the maker on record.)
        if e.label is Label.CONFIRMED and e.confidence >= _ON_RECORD:
            return ("on-record", None)
        return None

    return _outlets_agreeing(target, backing, _SAME_DAY_SPAN, said)


def _reported_out(target: Target, backing: Sequence[Evidence]) -> tuple[Evidence, ...]:
    """Reports of a release from `min_sources` outlets up to `_OUT_SPAN` apart, or ().
    The fortnight that any two outlets' reports must fall in is for news that spreads at
    once; that a product is out is said again and again, in launch news and then in
    reviews months later, so two reports months apart agree as much. A forum post is no
    outlet's report, nor is a reading only the second opinion makes unless it is fairly
    sure of it (`_MODEL_OUT`)."""
    return _outlets_agreeing(
        target,
        backing,
        _OUT_SPAN,
        lambda e: "out" if e.label is Label.RELEASED else None,
        voice=lambda e: _a_report(e) or _model_release(e, _MODEL_OUT),
    )


def _a_report(ev: Evidence) -> bool:
    """Whether evidence is an outlet's report the rules read: a forum post, or a reading
    only the second opinion makes, is no voice of its own."""
    return ev.trust is not Trust.COMMUNITY and not ev.by_model


def _outlets_agreeing(
    target: Target,
    backing: Sequence[Evidence],
    span: timedelta,
    said: Callable[[Evidence], Hashable | None],
    voice: Callable[[Evidence], bool] = _a_report,
) -> tuple[Evidence, ...]:
    """The first report, in time order, that makes `min_sources` outlets saying the same
    thing (`said`; None: nothing that counts) up to `span` apart, with the others, or ().
    Only the reports `voice` accepts count: by default outlets' reports the rules read."""
    by_said: dict[Hashable, dict[str, Evidence]] = {}
    for e in sorted(backing, key=evidence_time):
        what = said(e) if voice(e) else None
        if what is None:
            continue
        outlets = by_said.setdefault(what, {})
        outlets.setdefault(e.domain, e)
        agreeing = [o for o in outlets.values() if evidence_time(e) - evidence_time(o) <= span]
        if len(agreeing) >= target.min_sources:
            return (e, *(o for o in agreeing if o is not e))
    return ()


def _first_report(
    backing: Sequence[Evidence], keep: Callable[[Evidence], bool], after_day: bool = False
) -> tuple[Evidence, ...]:
    """The earliest outlet's report that `keep` accepts, as the support one voice gives,
    or (). A forum post, or a reading only the second opinion makes, is never that voice;
    but for a rumour it is sure of (`_SURE_MODEL_RUMOUR`), and, once the maker's day has
    come (`after_day`), for a release it is sure of (`_SURE_MODEL_RELEASE`)."""
    reports = [
        e
        for e in backing
        if (
            _a_report(e)
            or _sure_model_rumour(e)
            or (after_day and _model_release(e, _SURE_MODEL_RELEASE))
        )
        and keep(e)
    ]
    return (min(reports, key=evidence_time),) if reports else ()


def _model_release(ev: Evidence, bar: float) -> bool:
    """An outlet's item that only the second opinion reads as a release, at `bar` or
    more. Sure of it (`_SURE_MODEL_RELEASE`: "the RTX 3070 was launched today" in French,
    a review-round-up of a film's opening weekend), it is no release alone, but after the
    maker's own day it is the second voice; fairly sure (`_MODEL_OUT`), one of the
    outlets reporting the release weeks apart."""
    return (
        ev.by_model
        and ev.label is Label.RELEASED
        and ev.trust is not Trust.COMMUNITY
        and ev.confidence >= bar
    )


def _sure_model_rumour(ev: Evidence) -> bool:
    """An outlet's item that only the second opinion reads as a rumour, and at
    `_SURE_MODEL_RUMOUR` or more: a Batman film "reportedly" in the works, a Psychonauts
    sequel that "might" come, which the rules read as nothing or as a plan."""
    return (
        ev.by_model
        and ev.label is Label.RUMOURED
        and ev.trust is not Trust.COMMUNITY
        and ev.confidence >= _SURE_MODEL_RUMOUR
    )


def decide(
    target: Target,
    current: Status,
    evidence: Sequence[Evidence],
    due: date | None = None,
    opens: date | None = None,
    confirmed_at: datetime | None = None,
) -> tuple[Status, tuple[Evidence, ...]] | None:
    """The highest status above `current` that the evidence supports, with its support.
    `due`, `opens`: the release day, or the first day of the window, that a confirmed
    `current` names, if any; `confirmed_at`: when the maker's word it rests on was said."""
    if current is not Status.CONFIRMED:
        due = opens = confirmed_at = None
    for level in (Status.RELEASED, Status.CONFIRMED, Status.RUMOURED):
        if level <= current:
            return None
        backing = support(target, level, evidence, due, opens, confirmed_at=confirmed_at)
        if backing:
            return level, backing
    return None


def new_window(
    target: Target, evidence: Sequence[Evidence], current: str | None, day: date | None = None
) -> tuple[str, tuple[Evidence, ...]] | None:
    """A release window other than `current` that confirmed evidence now commits to, under
    the same policy as a status (official alone, else distinct domains within the window).
    The most recently backed window wins: that is the latest word, e.g. a delay.

    One outlet's report of a day later than `day`, the one the status names, moves it
    alone (a delay: "now opens December 15"): a later day only holds back reports of a
    release before it, while the day it replaces, once passed and stale, would hold back
    every report of the real one (Wonka's March 2023, Top Gun: Maverick's June 2020).
    An earlier day still needs a second voice: it would let releases through sooner."""
    # (Only confirmations the rules read: one only the second opinion reads names no day
    # (`_days`), and backing a window alone it would hide the day the outlets give.)
    by_window: dict[str, list[Evidence]] = {}
    for ev in evidence:
        if ev.label is Label.CONFIRMED and ev.window and ev.window != current and not ev.by_model:
            by_window.setdefault(ev.window, []).append(ev)

    def backing(evs: list[Evidence]) -> tuple[Evidence, ...]:
        found = support(target, Status.CONFIRMED, evs, promoting=False)
        if found or day is None:
            return found
        return _first_report(evs, lambda e: e.due is not None and e.due > day)

    backed = [(w, backing(evs)) for w, evs in by_window.items()]
    backed = [(w, b) for w, b in backed if b]
    if not backed:
        return None
    return max(backed, key=lambda wb: max(evidence_time(e) for e in wb[1]))


def _days(status: Status, backing: Sequence[Evidence]) -> tuple[date | None, date | None]:
    """The release day a new status commits to, and the first day of the window when it
    commits to no single day: only a confirmation names them, and only as the rules read
    it. A rumour's date, or one only the second opinion's reading vouches for, must never
    let one outlet's report release the product."""
    if status is not Status.CONFIRMED:
        return None, None
    ruled = [e for e in backing if not e.by_model]
    due = next((e.due for e in ruled if e.due is not None), None)
    opens = next((e.opens for e in ruled if e.opens is not None), None)
    return due, (None if due is not None else opens)


def notice_for(transition: Transition, previous_window: str | None = None) -> Notice:
    return Notice(
        target=transition.target,
        old=transition.old,
        new=transition.new,
        at=transition.at,
        evidence=transition.evidence,
        manual_by=transition.manual_by,
        window=transition.window,
        previous_window=previous_window,
    )


class Tracker:
    """Applies `decide` against the store; the store writes a transition and its outbox
    rows in one transaction, and refuses if another worker moved the status first."""

    def __init__(self, store: Store, clock: Clock, targets: Sequence[Target]) -> None:
        self._store = store
        self._clock = clock
        self.targets = {t.name: t for t in targets}

    async def evaluate(self, name: str) -> Transition | None:
        target = self.targets[name]
        now = self._clock.now()
        current = await self._store.get_status(name)
        if current.status is Status.RELEASED:
            return None  # final: nothing can move it but an admin
        # Only what could move the status (or, once confirmed, its window) is read.
        labels = [lab for lab in Label if lab is not Label.NONE and Status.of(lab) > current.status]
        if current.status is Status.CONFIRMED:
            labels.append(Label.CONFIRMED)
        lookback = max(timedelta(days=target.window_days * _LOOKBACK_WINDOWS), _SAME_DAY_SPAN)
        evidence = await self._store.evidence_since(name, now - lookback, labels)
        said = evidence_time(current.evidence) if current.evidence else current.since
        decision = decide(target, current.status, evidence, current.due, current.opens, said)
        if decision is None:
            return await self._window_change(target, current, evidence, now)
        new, backing = decision
        window = next((e.window for e in backing if e.window), None)
        if window is None and new is not Status.RELEASED:
            window = current.window
        due, opens = _days(new, backing)
        transition = Transition(
            name, current.status, new, now, backing, window=window, due=due, opens=opens
        )
        return await self._store.apply_transition(
            transition, notice_for(transition), current.status
        )

    async def _window_change(
        self,
        target: Target,
        current: TargetStatus,
        evidence: Sequence[Evidence],
        now: datetime,
    ) -> Transition | None:
        """A confirmed target whose maker moved the date: a secondary notice, status kept.
        Only evidence seen since the last change counts, so old news cannot move it back."""
        if current.status is not Status.CONFIRMED:
            return None
        last = await self._store.history(target.name, 1)
        fresh = [e for e in evidence if not last or e.seen_at > last[0].at]
        found = new_window(target, fresh, current.window, current.due or current.opens)
        if found is None:
            return None
        window, backing = found
        due, opens = _days(Status.CONFIRMED, [e for e in backing if e.window == window])
        change = Transition(
            target.name,
            current.status,
            current.status,
            now,
            backing,
            window=window,
            due=due,
            opens=opens,
        )
        return await self._store.apply_transition(
            change, notice_for(change, previous_window=current.window), current.status
        )

    async def set_manual(self, name: str, status: Status, by: str) -> Transition | None:
        """An admin's correction, recorded as manual; None when it changes nothing."""
        current: TargetStatus = await self._store.get_status(name)
        if current.status == status:
            return None
        transition = Transition(
            name, current.status, status, self._clock.now(), manual_by=by, window=current.window
        )
        return await self._store.apply_transition(
            transition, notice_for(transition), current.status
        )

"""A mention (one statement of an interaction in a document) and the tests that decide whether two
mentions state the same interaction.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span

from kgraph.model import (
    DatePrecision,
    InteractionType,
    Role,
    Status,
)
from kgraph.extract.lexicon import IN_PERSON_VERBS, TYPE_GROUP, TYPE_SPECIFICITY
from kgraph.extract.timing import _precision_rank


@dataclass
class Mention:
    """One statement of an interaction (a trigger with what the syntax around it says)."""

    type: InteractionType
    participants: list[tuple[str, Role]]  # actor keys in order
    status: Status
    date: tuple[str, DatePrecision] | None
    location: str | None
    topic: str | None
    channel: str | None
    sentence: Span
    anaphoric: bool = False
    confidence: float = 0.5
    other_occasion: bool = False  # "a further round", "the previous meeting", "their next talks"
    extra_sentences: list[Span] = field(default_factory=list)  # other sentences that state it
    trigger_lemma: str = ""
    joins: bool = False  # "D and E also attended": more participants of the gathering just described
    at_summit: bool = False  # "on the sidelines of the summit", "the summit, where he held talks with X"
    delegates: bool = False  # "the foreign ministers of A and B will meet": countries standing for officials
    gathering: bool = False  # "the prime ministers of the five Nordic countries gathered ... for their meeting"
    recent: bool = False  # told as just done ("have met"), without a time: of the report's day if no statement dates it
    framing: bool = False  # a trip told as the frame of a meeting ("flew to X for talks with Y"): a visit only if told again
    definite: bool = False  # told by a definite noun ("The talks, brokered by X, opened on Tuesday")
    witnessed: bool = False  # a signing told by who witnessed it: between the witnesses' countries

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.participants)


def _compatible_type(a: InteractionType, b: InteractionType) -> bool:
    return TYPE_GROUP[a] == TYPE_GROUP[b]


def _remote_and_in_person(a: Mention, b: Mention) -> bool:
    """A call and talks held somewhere ("discussed trade in the Oval Office ... also spoke by phone on
    Sunday") are two events of the same pair."""
    remote = {InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL}
    return any(x.type in remote and y.type not in remote and (y.location or y.trigger_lemma in IN_PERSON_VERBS)
               for x, y in ((a, b), (b, a)))  # (and "X met Y on Saturday ... also spoke by phone")


def _compatible_date(a, b) -> bool:
    return a is None or b is None or a[0].startswith(b[0]) or b[0].startswith(a[0])


def _same_visit(a: Mention, b: Mention) -> bool:
    """A visit lasts days: two dated mentions of one visitor's visit to one host within a week are one visit."""
    if a.type is not InteractionType.VISIT or b.type is not InteractionType.VISIT or not (a.date and b.date):
        return False
    try:
        first, second = (dt.date.fromisoformat(x.date[0]) for x in (a, b))
    except ValueError:
        return False
    return abs((first - second).days) <= 7


def _trip_leg(earlier: Mention, later: Mention, published: dt.date | None) -> bool:
    """A visit under way and a stop still ahead on it: "Marape arrived in Beijing on Tuesday ... He is also
    expected to visit Guangdong" is one visit to China, not a second one planned. The visit began in the week
    before publication and the stop, if dated, comes within a week of its start."""
    if earlier.type is not InteractionType.VISIT or later.type is not InteractionType.VISIT \
            or earlier.status is not Status.OCCURRED or later.status is not Status.PLANNED \
            or earlier.date is None or published is None or earlier.sentence.start == later.sentence.start:
        return False  # ("X, who arrived in Shenzhen on Tuesday, will travel to Beijing for a state visit": two told)
    try:
        first = dt.date.fromisoformat(earlier.date[0])
        second = dt.date.fromisoformat(later.date[0]) if later.date else None
    except ValueError:
        return False
    return 0 <= (published - first).days <= 7 and (second is None or 0 <= (second - first).days <= 7)


def _within_days(a, b, days: int = 3) -> bool:
    """Compatible dates, or two days at most ``days`` apart: talks and summits that run over several days
    ("The talks ... continued on Monday")."""
    if _compatible_date(a, b):
        return True
    if len(a[0]) != 10 or len(b[0]) != 10:
        return False
    return abs((dt.date.fromisoformat(a[0]) - dt.date.fromisoformat(b[0])).days) <= days


def _recent_and_older(a: Mention, b: Mention, published: dt.date | None, days: int = 10) -> bool:
    """An event told as just done ("has held talks with X") and one of the same pair dated well before the
    report ("after the two held talks in Tokyo in May"): two events."""
    for recent, other in ((a, b), (b, a)):
        if recent.recent and recent.date is None and other.date is not None and published is not None:
            if (published - _last_day(other.date)).days > days:
                return True
    return False


def _last_day(date: tuple[str, DatePrecision]) -> dt.date:
    """The last day a resolved date covers: a month or a year counts from its end ("in July" may be last week)."""
    value, precision = date
    year = int(value[:4])
    if precision is DatePrecision.YEAR:
        return dt.date(year, 12, 31)
    if precision is DatePrecision.MONTH:
        month = int(value[5:7])
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date.fromisoformat(value)


def _compatible_status(a: Status, b: Status) -> bool:
    """Two statements of one interaction: the same status, or a plan and its cancellation."""
    return a == b or {a, b} == {Status.PLANNED, Status.CANCELLED}


def _fulfilled(a: Mention, b: Mention, published: dt.date | None = None) -> bool:
    """A plan and, told later, that it happened on that very day ("X is due to see Y later today" ... "The
    X-Y meeting wrapped up shortly after 3pm"): one interaction, held. Also the other order in a live report: an
    undated headline that the meeting is on ("Live: Putin and Xi meet on the sidelines") and then the plan for the
    report's own day ("08:45 - Putin and Xi would meet this afternoon"); not "have met (a dozen times)", which may
    be any earlier day: the headline's verb is in the present tense."""
    if a.status is Status.PLANNED and b.status is Status.OCCURRED:
        return a.date is not None and a.date == b.date and a.date[1] is DatePrecision.DAY
    return a.status is Status.OCCURRED and b.status is Status.PLANNED and a.date is None and not a.recent \
        and published is not None and b.date == (published.isoformat(), DatePrecision.DAY) \
        and any(t.lemma_.lower() == a.trigger_lemma and t.tag_ in ("VBP", "VBZ") for t in a.sentence)


def _absorb(target: Mention, m: Mention) -> None:
    if TYPE_SPECIFICITY[m.type] > TYPE_SPECIFICITY[target.type]:
        target.type = m.type
    if m.anaphoric:
        pass  # "The visit follows a trip last month": a back-reference's sentence dates something else
    elif target.date is None or (m.date and _precision_rank(m.date[1]) > _precision_rank(target.date[1])):
        target.date = m.date or target.date
    elif _same_visit(target, m) and m.date[0] < target.date[0]:
        target.date = m.date  # a visit is dated by its first day
    target.recent = target.recent or m.recent
    if m.status is Status.CANCELLED and target.status is not Status.OCCURRED:
        target.status = Status.CANCELLED  # (a meeting told as held stays held: "met Y despite reports that the
        # meeting had been cancelled", "met Y after a meeting planned for last month was postponed")
    target.location = target.location or m.location
    target.topic = target.topic or m.topic
    target.channel = target.channel or m.channel
    known = {k for k, _ in target.participants}
    for k, role in m.participants:
        if k not in known and not m.anaphoric:
            target.participants.append((k, role))
    if m.sentence.start != target.sentence.start:
        target.extra_sentences.append(m.sentence)
    target.confidence = min(0.99, max(target.confidence, m.confidence) + 0.05)

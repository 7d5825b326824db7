"""When, and whether: the status of a mention (tense, modality, negation, cancel verbs) and its date
(date phrases attached to the trigger, the story's own time, resolved against the publication date).
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Span, Token

from kgraph.model import (
    DatePrecision,
    InteractionType,
    Role,
    Status,
)
from kgraph.nlp.components import TRIGGERS_KEY
from kgraph.nlp.dates import ISO_DATE, MONTHS, _add_months, day_offset, month_offset, resolve_date
from kgraph.extract.lexicon import (
    ANAPHORIC_DAYS, ANAPHORIC_ONLY, ANNOUNCE_VERBS, BACKGROUND_WORDS, CALENDAR_WORDS, CANCEL_MODIFIERS, CANCEL_VERBS,
    CLAUSE_TIME_MARKS, DURATION_VERBS, FRAME_EVENTS, FUTURE_MODALS, HYPOTHETICAL_MODALS, MONTH_WORDS, MOTION_VERBS,
    NEGATE_VERBS, ORDER_WORDS, PART_NOUNS, PLAN_ADJECTIVES, PLAN_VERBS, REPORT_VERBS, SEQUEL_WORDS, SPAN_PREPS, SUBJECT_DEPS,
    PHONE_WORDS, SIDELINE_WORDS, TAKE_PLACE_VERBS, TOPIC_VERBS, UNLIKELY_WORDS, VIDEO_WORDS, WEEKDAY_WORDS,
)
from kgraph.extract.syntax import (
    _ahead_of, _cancels, _event_part, _from_before, _in_quotes, _in_relative_clause, _in_subordinate, _is_definite, _refuses, _scheduled,
    _children, _sent, _sentence, _sentences_before, _subtree, _temporal_clause, _trip_for, _under, _where_clause,
)

if TYPE_CHECKING:
    from kgraph.extract.mentions import Mention  # (mentions imports this module)


def _shift_day(resolved: tuple[str, DatePrecision], days: int) -> tuple[str, DatePrecision]:
    """A resolved day moved by ``days`` ("a day after", "the next day", "on the eve of")."""
    return (dt.date.fromisoformat(resolved[0]) + dt.timedelta(days=days)).isoformat(), DatePrecision.DAY


def _anaphoric_day(span: Span) -> re.Match | None:
    """'later the same day', 'the next day', 'the day before': a day told relative to the story's own time
    (with the words the tagger left out of the date: "Earlier in [the day]")."""
    doc = span.doc
    match = ANAPHORIC_DAYS.fullmatch(" ".join(span.text.lower().split()))
    if match is None and span.start >= 2 and doc[span.start - 1].lower_ == "in":
        match = ANAPHORIC_DAYS.fullmatch(" ".join(doc[span.start - 2:span.end].text.lower().split()))
    return match


def _range_start(span: Span, day: int) -> int:
    """Where a date whose day is token ``day`` starts: at the first day of a range ("from 28 to 30 October",
    "28-30 July"), which dates the event."""
    doc = span.doc
    if day - 2 >= span.start and doc[day - 1].lower_ in ("to", "-", "–", "through", "and") and doc[day - 2].like_num:
        return day - 2
    return day


DAY_PARTS = ("morning", "afternoon", "evening", "night")
TIME_ENTS_KEY = "kgraph_time_ents"
_THAT_MONTH = re.compile(r"that (" + "|".join(MONTHS) + r")|(" + "|".join(MONTHS) + r") of that year")
# ("met again in Tehran that June", "was received in October of that year")
_YEARS = re.compile(r"(?:the )?(?:years? )?\d{4}(?:\s*(?:-|–|/|to|and)\s*(?:\d{2}|\d{4}))?")  # "2024-2025"
_EDITORS_NOTE = re.compile(r"\([^()]*\)\.?")  # "(Updates with comments in fifth paragraph.)": no sentence of the story
_BARE_MONTH = re.compile(r"(?:early|late|mid|mid-)?\s*(?:" + "|".join(MONTHS) + r")")  # "in August", no year
_DAY_OF_THAT_MONTH = re.compile(r"(?:on )?the (\d{1,2})(?:st|nd|rd|th)? of (?:that|the same) month")  # "on the 14th of
# that month"


_LIVE_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|local time))?\s*(?:[-–—:|]|$)"
                         r"|\s*\d{1,2}:\d{2}\s+(?=[A-Z])", re.IGNORECASE)  # "18:45 -", "1.20pm" on a line of its own: an entry of a live report


def _line_before(text: str, start: int) -> str:
    """The line above the one that starts at ``start``, stripped (a clock time over a live report's entry)."""
    before = text[:max(start - 1, 0)].rstrip()
    return before[before.rfind("\n") + 1:].strip()


def _time_ents(doc) -> list[Span]:
    """The DATE and TIME entities of a document: listed once per extraction by DocumentActors (``Span.ents``
    builds every entity of the document again at each call, and every sentence asks), else now."""
    listed = doc.user_data.get(TIME_ENTS_KEY)
    return listed if listed is not None else [e for e in doc.ents if e.label_ in ("DATE", "TIME")]


_ISO_DATE = re.compile(ISO_DATE)
_MONTH_OR_THE = MONTH_WORDS | {"the"}  # (unions made once: a union in a rule is built again at every test)
_OTHER_TIMES = NEGATE_VERBS | CANCEL_VERBS | REPORT_VERBS | {"after", "before", "since"}


def _date_spans(span: Span) -> list[Span]:
    """DATE and TIME entities of ``span``, split at commas: the small model tags "Wednesday, two days" (in
    "on Wednesday, two days after he met X") as one date."""
    found = []
    tokens = list(span)  # (walked five times below: a Span builds a Token per step of every walk)
    lowers = [t.lower_ for t in tokens]  # (and each word's lower-case form read once for the five)
    times = [e for e in _time_ents(span.doc) if span.start <= e.start and e.end <= span.end]
    if any(a.end == b.start and b.text.lower() in DAY_PARTS for a, b in zip(times, times[1:])):
        # "on [Thursday] [morning]" tagged as a DATE and a TIME: one day
        joined = []
        for ent in times:
            if joined and joined[-1].end == ent.start and ent.text.lower() in DAY_PARTS:
                joined[-1] = span.doc[joined[-1].start: ent.end]
            else:
                joined.append(ent)
        times = joined
    for ent in times:
        start = ent.start
        doc = ent.doc
        if ent[0].lower_ in MONTH_WORDS and start - 1 >= span.start and doc[start - 1].like_num:
            start = _range_start(span, start - 1)  # "30 [October 2026]": the day the tagger left out
        while start < ent.end - 1 and doc[start].pos_ == "PROPN" and doc[start].lower_.rstrip(".") not in CALENDAR_WORDS \
                and doc[start + 1].lower_ in ("next", "last", "this", "later", "earlier"):
            start += 1  # "[Sarawak next month]": a place the tagger took into the date
        for tok in doc[start:ent.end]:
            if tok.text == "," and doc[tok.i - 1].lower_ in WEEKDAY_WORDS and _calendar_day_after(tok, ent.end):
                continue  # "Thursday, March 5", "Thursday, 5 March": one day
            if tok.text == "," and tok.i + 1 < ent.end and re.fullmatch(r"(?:19|20)\d\d", doc[tok.i + 1].text):
                continue  # "July 15, 2024": the day and its year
            if tok.text == ",":
                if tok.i > start:
                    found.append(ent.doc[start: tok.i])
                start = tok.i + 1
        if start < ent.end:
            found.append(ent.doc[start: ent.end])
    # and calendar days the tagger missed ("in Canberra on Jul 30" tagged as one FAC)
    covered = {i for e in times for i in range(e.start, e.end)}
    for tok, low in zip(tokens, lowers):
        if tok.i in covered or low.rstrip(".") not in CALENDAR_WORDS or not tok.text[0].isupper():
            continue
        start, end = tok.i, tok.i + 1
        if start > span.start and tok.nbor(-1).like_num:
            start = _range_start(span, start - 1)  # "30 July", "28-30 July"
        while end < span.end and end - tok.i < 3 and (span.doc[end].like_num or span.doc[end].text == ","):
            end += 1  # "July 30", "July 30, 2025"
        while end > tok.i + 1 and span.doc[end - 1].text == ",":
            end -= 1
        if tok.lower_ in WEEKDAY_WORDS or end - start > 1:
            found.append(span.doc[start: end])
    # an ISO date ("on 2025-01-10", one token: kgraph.nlp.keep_iso_dates_whole), which the tagger calls a number
    found.extend(span.doc[t.i: t.i + 1] for t in tokens if t.i not in covered and _ISO_DATE.fullmatch(t.text))
    # "met a short while ago", "minutes ago" (live reports): not tagged either
    for tok, low in zip(tokens, lowers):
        if low == "ago" and tok.i not in covered and any(c.dep_ == "npadvmod" for c in _children(tok)):
            found.append(span.doc[min(c.left_edge.i for c in _children(tok)): tok.i + 1])
    # "Today I will travel", "met yesterday": the deictic days, when the tagger leaves them out
    for tok, low in zip(tokens, lowers):
        if tok.i not in covered and low in ("today", "yesterday", "tomorrow", "tonight") \
                and tok.dep_ in ("npadvmod", "advmod", "tmod") and tok.head.lemma_ != "be" and not _in_quotes(tok):
            # (not "Algeria is today our first partner": now)
            found.append(span.doc[tok.i: tok.i + 1])
    # "Later the same day", "the next day", "that evening": often not tagged at all
    for tok, low in zip(tokens, lowers):
        if tok.i in covered or low not in ("day", "morning", "afternoon", "evening", "night") or tok.i < 2:
            continue
        start = tok.i - 1 if tok.nbor(-1).lower_ in ("that", "same", "next", "following", "previous") or (
            tok.nbor(-1).lower_ == "the" and tok.nbor(-2).lower_ == "in" and tok.lower_ != "day") else None
        # ("held talks in the evening": that day of the story)
        if start is not None and tok.nbor(-1).lower_ not in ("that", "the") and tok.doc[start - 1].lower_ == "the":
            start -= 1
        if start is not None and start >= span.start:
            candidate = span.doc[start: tok.i + 1]
            if _anaphoric_day(candidate):
                found.append(candidate)
    found.sort(key=lambda e: e.start)
    # "on Thursday, 5 March" tagged as two dates: the calendar day says which Thursday
    doc = span.doc
    return [e for n, e in enumerate(found) if not (
        len(e) == 1 and e[0].lower_ in WEEKDAY_WORDS and n + 1 < len(found) and found[n + 1].start == e.end + 1
        and doc[e.end].text == "," and any(t.lower_.rstrip(".") in MONTH_WORDS for t in found[n + 1]))]


def _own_clause(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause, without the clauses and appositions nested in it ("met X, their first
    talks since he took office": not "since")."""
    found, stack = [], [verb]
    while stack:
        tok = stack.pop()
        found.append(tok)
        stack.extend(c for c in _children(tok) if c.dep_ not in ("advcl", "relcl", "acl", "ccomp", "csubj", "appos",
                                                               "parataxis"))
    return found


def _picks_an_ordinal(ent: Span) -> bool:
    """'the first meeting this year', 'his second visit this month': a date that says which of a period's
    events a ranked noun is, not when it took place."""
    root = ent.root
    return root.dep_ in ("npadvmod", "advmod") and root.head.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.lower_ in ("first", "second", "third", "last", "latest") or c.tag_ == "JJS")
        for c in _children(root.head))


def _not_until(neg: Token) -> bool:
    """'It was not until Tuesday that X met Y': it happened, late."""
    return neg.i + 1 < len(neg.doc) and neg.doc[neg.i + 1].lower_ == "until"


def _negation_elsewhere(below: Token, verb: Token) -> bool:
    """Whether a 'not' on ``verb`` leaves the event below it as told: the event as the subject of another
    predicate ('the meeting did not produce a breakthrough', 'was not announced'; but 'did not take place',
    'was not held'), or a time clause under a negated main clause ('did not hide his irritation when he met X')."""
    if below.head != verb:
        return False
    if below.dep_ in ("nsubj", "nsubjpass"):
        return verb.lemma_ not in (TAKE_PLACE_VERBS - {"end", "conclude", "close", "continue"}) | {
            "go", "materialise", "materialize", "proceed", "be", "come"}  # (talks that "did not end" were held)
    return below.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "as", "while")
                                         for c in _children(below))


_CLOCK_TIME = re.compile(r"(?:at |about |around |(?:shortly |just )?(?:after|before) )?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)?|noon|midday|"
                         r"midnight)(?: local time| gmt| utc)?")


def _clock_time(ent: Span) -> bool:
    """'7am', '10:30 local time', 'noon': a time of day, with no day of its own."""
    text = " ".join(ent.text.lower().split())
    return bool(_CLOCK_TIME.fullmatch(text) and (":" in text or re.search(r"[a-z]", text)))


def _call_told_in_object(verb: Token) -> Token | None:
    """'X and Y discussed the corridor that is meant to link A with B in a phone call on Tuesday': the call the
    parser hung inside the long object of a verb of discussing; it is the discussion's channel and its date."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in TOPIC_VERBS:
        return None
    for obj in (c for c in _children(verb) if c.dep_ == "dobj"):
        for t in _subtree(obj):
            if t.dep_ == "pobj" and t.lemma_ in ("call", "conversation", "videoconference") \
                    and t.head.lower_ in ("in", "during", "over") and t.head.head != obj \
                    and (t.lemma_ == "videoconference" or any(
                        c.dep_ in ("compound", "amod") and (c.lower_ in PHONE_WORDS | VIDEO_WORDS
                                                            or c.lower_.startswith(("phone", "video")))
                        for c in _children(t))):
                return t
    return None


def _was_to(clause: Token) -> bool:
    """'which was to open', 'which was to have opened': a relative clause of what was set to happen."""
    return clause.lemma_ == "be" and any(x.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux"
                                                                   for a in _children(x)) for x in _children(clause))


def _calendar_day_after(comma: Token, end: int) -> bool:
    """Whether a calendar day follows ``comma`` before token ``end``: "March 5", "the 5th", "5 March"."""
    doc, i = comma.doc, comma.i
    if i + 1 >= end:
        return False
    if doc[i + 1].lower_.rstrip(".") in _MONTH_OR_THE:
        return True
    return doc[i + 1].like_num and i + 2 < end and doc[i + 2].lower_.rstrip(".") in MONTH_WORDS


def _dates_a_clause(ent: Span) -> bool:
    """Whether a date phrase tells when a clause happened ("met on Friday", "In Belgrade on Tuesday, X
    said"), not when a thing is due ("an Aug 15 deadline", "by the end of the year")."""
    tok = ent.root
    triggers = {s.root.i for s in ent.doc.spans.get(TRIGGERS_KEY, [])}
    for _ in range(6):
        if tok != ent.root and (tok.pos_ in ("VERB", "AUX") or tok.i in triggers):
            return True  # (and "held talks [with X on Thursday]": the date on the event's noun)
        if tok == ent.root and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                c.dep_ == "attr" and c.lower_ == "day" for c in _children(tok.head)):
            return True  # "Monday had been a tense day on the water. That evening ...": the story's day
        if tok.dep_ == "appos" and tok.head.ent_type_ in ("DATE", "TIME"):
            tok = tok.head  # "received X on Monday, 16 September": the calendar day in apposition to the weekday
            continue
        if tok.dep_ not in ("pobj", "prep", "npadvmod", "advmod", "tmod") or tok.head == tok or (
                tok.dep_ == "prep" and tok.lower_ in SPAN_PREPS):
            return tok.dep_ == "ROOT"
        tok = tok.head
    return False


def _period_of_a_thing(ent: Span) -> bool:
    """'signed a plan of consultations for 2024-2025', 'a budget for 2026': the years a thing covers, not
    when the clause it stands in happened."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "for" or _YEARS.fullmatch(ent.text) is None:
        return False
    head = root.head.head
    return head.pos_ == "NOUN" or head.pos_ == "VERB" and head.lemma_.lower() not in PLAN_VERBS and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in _children(head))  # ("signed a plan [...] for 2024-2025")


def _names_another_date(ent: Span) -> bool:
    """Whether a date phrase is a deadline or span ("by 2030", "until June") or modifies a noun ("Armenia's
    June election", "an Aug 15 deadline"): it dates something else than the clause it stands in."""
    root = ent.root
    if _period_of_a_thing(ent):
        return True
    if root.head.dep_ == "prep" and root.head.lower_ in SPAN_PREPS and root.dep_ == "pobj":
        return True
    return root.dep_ in ("compound", "amod", "poss", "nmod", "nummod") and root.head.pos_ in ("NOUN", "PROPN")


def _precision_rank(p: DatePrecision) -> int:
    return {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}[p]


def _trip_of_hung_purpose(verb: Token) -> Token | None:
    """'had flown to Kabul a week before the session to meet X', 'flew to Doha on the eve of the talks to meet X':
    the trip verb whose purpose the parser hung on a noun of the trip's own phrases (one or two prepositions down)."""
    if verb.dep_ != "acl" or verb.head.dep_ != "pobj":
        return None
    up = verb.head.head.head
    if up.pos_ in ("NOUN", "PROPN") and up.dep_ == "pobj":
        up = up.head.head
    return up if up.pos_ == "VERB" and up.lemma_.lower() in MOTION_VERBS else None


def _purpose_of_past(verb: Token) -> bool:
    """'flew to Paris on Monday to meet X', 'used the margins of the summit to meet X': the purpose of a trip
    that was made, told in the past tense, took place."""
    head = _trip_of_hung_purpose(verb)
    if head is None:
        if verb.dep_ not in ("xcomp", "advcl"):
            return False
        head = verb.head
    pluperfect = head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                            for c in _children(head))  # ("had flown to Kabul to meet X")
    return (head.tag_ == "VBD" or pluperfect) and head.lemma_.lower() in MOTION_VERBS | {
        "use", "take", "seize", "come", "go", "return", "stop"} and not any(c.dep_ == "neg" for c in _children(head))


def _done_by_the_one_picked(verb: Token) -> bool:
    """'the first high-level delegation to visit Bucharest since the revolution', 'was the only leader to meet X':
    an infinitive on a noun picked out by its order tells what that one did, at the time of the clause the noun
    is in, when that clause is told in the past or present (not "will be the first to visit")."""
    if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in _children(verb)):
        return False
    noun = verb.head
    if noun.lower_ not in ORDER_WORDS and not any(c.dep_ == "amod" and c.lower_ in ORDER_WORDS for c in _children(noun)):
        return False
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause.tag_ in ("VBD", "VBZ") and not any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS | HYPOTHETICAL_MODALS for c in _children(clause))


def _calls_off(word: Token, resumed: bool) -> bool:
    """Whether a word on the event's clause says it was called off ("a cancelled visit", "talks, which were
    postponed"): not what was talked about ("discussed the delay with X by phone"), not what the event does
    ("the accord, which scraps most checks"), not another clause with a subject of its own ("met Y after a
    meeting planned for May was postponed"), and not a past suspension of talks that ``resumed`` ("talks, which
    had been suspended since September, resumed on Tuesday")."""
    if word.lemma_.lower() not in CANCEL_MODIFIERS or word.dep_ == "dobj":
        return False
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in ("long", "much", "oft", "often", "repeatedly", "twice")
           for c in _children(word)):
        return False  # "the long-delayed trade agreement would be signed": delayed before, going ahead now
    if word.dep_ in ("relcl", "acl") and (resumed or any(g.dep_ == "dobj" for g in _children(word))):
        return False
    return not (word.dep_ == "advcl" and any(g.dep_ in SUBJECT_DEPS for g in _children(word)))


def _leading_clauses(tok: Token) -> list[Token]:
    """'led by X' / 'headed by X' on a noun, or on the object of its preposition ("a delegation (from the African
    Union) led by X")."""
    near = [*_children(tok), *(g for p in _children(tok) if p.dep_ == "prep" for o in _children(p) for g in _children(o))]
    return [a for a in near if a.dep_ == "acl" and a.lemma_ in ("lead", "head")]


def _due_to(tok: Token) -> bool:
    """'(was) due / scheduled / set / expected (to meet)': a plan told with an adjective."""
    return any(c.dep_ == "acomp" and c.lower_ in PLAN_ADJECTIVES for c in _children(tok))


def _told_as_plan(tok: Token) -> bool:
    """'planned', 'scheduled', 'due to', 'expected to': a verb or adjective of planning."""
    return tok.lemma_ in PLAN_VERBS or _due_to(tok)


def _planned_in_cancelled(chain: list[Token]) -> bool:
    """'Witkoff, who had been due to meet X on Monday, has put off the trip', 'Aoun's planned trip to Washington,
    where he had been due to meet Trump, has been called off': a plan told in a relative clause of what the
    main clause cancels ("called off his trip to Astana, where he was to hold a summit with X")."""
    rel = next((t for t in chain if t.dep_ == "relcl"), None)
    if rel is None or not any(t.lemma_.lower() in ("due", "schedule", "plan", "expect", "set") or _was_to(t)
                              or _due_to(t) for t in chain[:chain.index(rel) + 1]):
        return False
    tok = rel.head
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            return _cancels(tok) or any(c.lemma_.lower() in CANCEL_MODIFIERS for c in _children(tok))
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def _done_as_told(verb: Token) -> bool:
    """'is understood to have met X', 'is believed to have held talks', 'appears to have spoken': a perfect
    infinitive under a verb of belief or report tells of something done (unlike "was due to have met")."""
    return verb.dep_ == "xcomp" and {"to", "have"} <= {c.lower_ for c in _children(verb) if c.dep_ == "aux"} and (
        verb.head.lemma_.lower() in REPORT_VERBS | {"understand", "know", "rumour", "rumor", "reckon", "seem",
                                                     "appear", "allege", "suspect", "consider"})


def _done_infinitive(verb: Token) -> bool:
    """Whether an infinitive tells of something done, not ahead: a past trip's purpose, a perfect infinitive of
    report, what the first (or only) one did."""
    return _purpose_of_past(verb) or _done_as_told(verb) or _done_by_the_one_picked(verb)


def _past_plan(chain: list[Token]) -> bool:
    """'had been due to meet X', 'had been expected to hold talks', 'was to meet X', 'was scheduled to meet X': a
    plan told in the past."""
    def past(t: Token) -> bool:
        return (t.lemma_ == "be" and t.tag_ == "VBD") or any(
            c.dep_ in ("aux", "auxpass") and (c.lower_ == "had" or (c.lemma_ == "be" and c.tag_ == "VBD"))
            for c in _children(t))
    return any(past(t) and (_told_as_plan(t) or t.lemma_ == "be" and any(
        c.dep_ == "xcomp" and c == chain[0] and any(a.dep_ == "aux" and a.lower_ == "to" for a in _children(c))
        for c in _children(t))) for t in chain[1:4])


def _after_a_cancellation(tok: Token) -> bool:
    """Whether the sentence before ``tok``'s says something was called off ("X scrapped a planned stop in
    Tokyo. He had been expected to meet Y there"): a past plan told next to it is the one cancelled."""
    doc = tok.doc
    start, end = _sentences_before(tok, 1), _sentences_before(tok, 0)
    return any(t.pos_ in ("VERB", "AUX") and _cancels(t) and not any(c.dep_ == "neg" for c in _children(t))
               for t in doc[start:end])


class TimeRules:
    """The status and date rules of :class:`~kgraph.extract.interactions.InteractionFinder` (a mixin: the
    attributes it reads, ``doc``, ``article``, ``actors``, ``mentions``, are set there)."""

    # -- status ----------------------------------------------------------------------------------------
    def _status(self, trig: Token, gov: Token, chain: list[Token], date: tuple[str, DatePrecision] | None) -> tuple[Status, float]:
        published = self.article.published
        if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in PART_NOUNS:
            chain = chain[:1]  # "that leg of the trip was cancelled", "which was to form part of this trip": the
            # words above tell of the part, not of the whole trip
        lemmas = {t.lemma_.lower() for t in chain}
        children = [c for t in chain for c in _children(t)]
        child_words = {c.lower_ for c in children}
        # The nearest word that cancels or denies decides: in "a visit was cancelled after Orban declined to
        # meet him", the meeting is denied (by "declined"), the visit cancelled.
        resumed = any(t.lemma_ in ("resume", "restart", "relaunch", "reconvene", "reopen") for t in chain)
        if _planned_in_cancelled(chain):
            return Status.CANCELLED, 0.7
        for n, tok in enumerate(chain):
            if n and chain[n - 1].dep_ == "conj" and chain[n - 1].pos_ in ("VERB", "AUX") and tok.pos_ in ("VERB", "AUX"):
                break  # "X postponed a visit ... and instead held a video call": a coordinated clause has its own
            kids = list(_children(tok))
            if n and tok.lemma_ == "break" and chain[n - 1].dep_ == "nsubj":
                break  # "talks between A and B broke down late last year": held, and ended without a result
            if _cancels(tok) or any(_calls_off(c, resumed) for c in kids) or (n and any(
                    c.dep_ == "conj" and c.i > tok.i and _cancels(c) and not any(
                        g.dep_ in SUBJECT_DEPS | {"dobj"} and g.lower_ not in ("it", "they") for g in _children(c))
                    for c in kids)):
                return Status.CANCELLED, 0.8  # "postponed", "a cancelled visit", "called off", "pushed back"
                # (and "a meeting had been set for the 14th but was called off": the same subject)
            if (tok.lemma_.lower() == "exclude" or (tok.lemma_.lower() == "rule" and any(
                    c.lower_ == "out" for c in kids))) and (any(c.dep_ == "neg" for c in kids) or (
                    tok.dep_ == "xcomp" and _refuses(tok.head))):
                return Status.PLANNED, 0.5  # "did not rule out a meeting", "declined to rule out talks": possible
            if _refuses(tok) or (n < 3 and any(c.dep_ == "neg" and not _not_until(c) for c in kids)
                                 and not (n and _negation_elsewhere(chain[n - 1], tok))):
                return Status.NEGATED, 0.7
        if len(chain) > 1 and chain[1].lower_ == "without" and trig.dep_ in ("pcomp", "pobj"):
            return Status.NEGATED, 0.6  # "left the forum without meeting X", "the summit ended without a meeting"
        if any(verb.dep_ == "xcomp" and above.lemma_ in ("have", "be") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _children(verb)) and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in _children(above)) for verb, above in zip(chain[:2], chain[1:3])):
            return Status.NEGATED, 0.6  # "has yet to meet X", "is yet to visit Y": not (so far) held
        if _past_plan(chain) and _after_a_cancellation(trig):
            return Status.CANCELLED, 0.6  # "X called off the trip. He had been due to meet Y on Friday."
        if any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod") for c in _children(trig)):
            return Status.NEGATED, 0.7
        if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_ in ("absence", "lack"):
            return Status.NEGATED, 0.7  # "the absence of a Jaishankar-Ma meeting"
        if any(t.lemma_.lower() in ("plan", "intention") and t.pos_ == "NOUN" and any(
                c.lower_ == "no" and c.dep_ == "det" for c in _children(t)) for t in chain[1:3]):
            return Status.NEGATED, 0.7  # "has no plans to meet X", "there are no plans for a meeting"
        if any(c.lower_ in UNLIKELY_WORDS and c.dep_ == "acomp" for t in chain[:3] for c in _children(t)):
            return Status.NEGATED, 0.6  # "is unlikely to meet X"
        if child_words & HYPOTHETICAL_MODALS:
            return Status.PLANNED, 0.4
        future_aux = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS and not (
            c.lower_ == "to" and _done_infinitive(t)) for t in chain[:3] for c in _children(t))
        if future_aux or (lemmas & PLAN_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in _children(trig))
                          and not _purpose_of_past(trig)):
            return Status.PLANNED, 0.8
        if lemmas & {"plan", "schedule", "expect", "due", "set", "intend", "propose", "slate", "invitation"} or any(
                c.dep_ == "acomp" and c.lower_ in ("due", "expected", "set", "scheduled") for t in chain[:3]
                for c in _children(t)) or \
                any(c.lower_ in ("upcoming", "planned", "proposed", "scheduled", "expected", "next", "forthcoming",
                                 "possible", "potential", "future") and c.dep_ not in ("conj", "ccomp", "advcl")
                    and not (c.lower_ in ("planned", "proposed", "scheduled", "expected") and gov is not trig
                             and gov.tag_ == "VBD" and gov.lemma_ not in PLAN_VERBS | CANCEL_VERBS)
                    and not (c.dep_ == "acl" and any(x.dep_ == "xcomp" and x.lemma_ not in DURATION_VERBS | {
                        "take", "be", "hold", "happen", "occur"} for x in _children(c)))
                    # ("a state visit expected to focus on trade": what it is about, not whether it is ahead)
                    for c in _children(trig)):  # (but "the summit, proposed in May, took place on Nov 15" was held)
            return Status.PLANNED, 0.7
        if trig.dep_ == "nsubjpass" and trig.head.lemma_ in ("prepare", "arrange", "organise", "organize") and any(
                c.dep_ in ("aux", "auxpass") and (c.lower_ == "being" or c.tag_ in ("VBZ", "VBP"))
                for c in _children(trig.head)):
            return Status.PLANNED, 0.6  # "a meeting is being prepared", "a visit has been arranged"
        if date and published and date[0][:10] > published.isoformat()[: len(date[0][:10])]:
            return Status.PLANNED, 0.7
        if _ahead_of(trig) and not (date and published and date[0][:10] < published.isoformat()[: len(date[0][:10])]):
            return Status.PLANNED, 0.6  # "Ahead of his meeting with X, Y said": still to come
        trip = _trip_for(trig)
        if trip is not None and trip.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in _children(trip)):
            return Status.PLANNED, 0.6  # "X is travelling to Beijing for talks with Y": the talks lie ahead
        # "is to meet", "are due to"
        if any(t.lemma_ == "be" and any(c.dep_ == "xcomp" and c.i >= trig.i for c in _children(t)) for t in chain):
            return Status.PLANNED, 0.6
        if trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during") and trig.head.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS | HYPOTHETICAL_MODALS
                        and not (c.lower_ == "to" and _purpose_of_past(trig.head.head)) for c in _children(trig.head.head)):
            return Status.PLANNED, 0.6  # "will meet X at the summit", "could meet X during the summit": the
            # gathering that frames a clause still ahead lies ahead too (whether or not they meet there)
        return Status.OCCURRED, 0.8

    def _tense(self, chain: list[Token]) -> str:
        if any(any(c.dep_ == "aux" and c.lower_ == "had" for c in _children(t)) and _told_as_plan(t) for t in chain[:4]):
            return "nearest"  # "had been due to meet X on Thursday": planned before the report, for a day on
            # either side of it
        for t in chain:
            for c in _children(t):
                if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS | HYPOTHETICAL_MODALS and not (
                        c.lower_ == "to" and t.dep_ == "xcomp" and t.head.lemma_.lower() in NEGATE_VERBS) \
                        and not (c.lower_ == "to" and _done_infinitive(t)):
                    return "future"  # (but "declined to meet" is as past as "declined", and "flew to Paris to meet
                    # X" as "flew")
            if t.lemma_ in PLAN_VERBS and t.tag_ in ("VBZ", "VBP", "VBN") and not any(
                    c.dep_ == "aux" and c.lower_ == "had" for c in _children(t)):
                return "future"  # ("is scheduled", "plans"; not "had prepared the ground on Tuesday")
            if t.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in _children(t)):
                return "future"
        if any(t.tag_ in ("VBD",) for t in chain):
            return "past"
        if any(t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBP") for t in chain[:2]):
            return "nearest"  # "On Friday, X meets Y", "X, who meets Y on Friday": the present of a timetable
        return "past"

    def _date(self, chain: list[Token], sentence: Span, tense: str) -> tuple[str, DatePrecision] | None:
        ents = self._sentence_dates(sentence)
        # The chain, and the infinitives it governs: "talks are expected to resume next month"
        rank = {t.i: n for n, t in enumerate(chain)}
        for n, t in enumerate(chain):
            for c in _children(t):
                if c.dep_ == "xcomp" and c.lemma_ not in REPORT_VERBS:
                    rank.setdefault(c.i, n)
                elif c.dep_ == "acomp" and c.lower_ in ("due", "set", "scheduled", "expected", "likely"):
                    # "the fourth round is due to take place in Jeddah in March"
                    for x in (x for x in _children(c) if x.dep_ == "xcomp"):
                        rank.setdefault(x.i, n)
                elif n == 0 and c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                        g.dep_ in SUBJECT_DEPS for g in _children(c)):
                    rank.setdefault(c.i, n + 1)  # "visited Beijing and met Xi in July": one date for both
                    # (not "spoke by phone, and the two are expected to meet in December": another clause)
                elif n <= 1 and c.dep_ == "advcl" and any(g.lower_ == "when" and g.dep_ == "advmod"
                                                          for g in _children(c)):
                    rank.setdefault(c.i, n + 1)  # "When X landed in Tehran last Tuesday, it was his first trip"
                elif n <= 1 and c.dep_ in ("dobj", "nsubj", "nsubjpass") and (leading := _leading_clauses(c)):
                    # "received a delegation (from the African Union) led by X in Pretoria on Monday": the date hung
                    # on "led"
                    for a in leading:
                        rank.setdefault(a.i, n + 1)
                elif n == 0 and c.dep_ in ("acl", "relcl") and c.lemma_ in ANNOUNCE_VERBS:
                    # "the meeting, announced with fanfare last month": when it was announced, not held; but
                    # "a visit announced for next week"
                    for p in _children(c):
                        if p.dep_ == "prep" and p.lower_ == "for":
                            rank.setdefault(p.i, n + 1)
                elif n == 0 and c.dep_ in ("acl", "relcl") and any(
                        a.dep_ == "advmod" and a.lower_ in ("originally", "initially", "previously", "once")
                        for a in _children(c)):
                    continue  # "the visit, originally planned for February, will now take place in May": superseded
                elif n == 0 and c.dep_ == "relcl" and _was_to(c):
                    # "the meeting, which was to (have) opened in Ankara on Monday": the day it was set for
                    for x in (x for x in _children(c) if x.dep_ == "xcomp"):
                        rank.setdefault(x.i, n + 1)
                elif n == 0 and c.dep_ in ("acl", "relcl") and (c.lemma_ in PLAN_VERBS or c.tag_ == "VBN"
                                                               or c.lemma_ in DURATION_VERBS):
                    rank.setdefault(c.i, n + 1)  # "a meeting, scheduled for Thursday", "the round, held in May",
                    # "a call that lasted two hours on Monday"
                elif n == 0 and c.dep_ == "prep" and c.lower_ in ("in", "during", "over") and any(
                        o.lemma_ in ("call", "conversation", "videoconference", "conference") for o in _children(c)):
                    # "discussed Ukraine in a phone call that lasted more than two hours on Monday"
                    for o in (o for o in _children(c) if o.dep_ == "pobj"):
                        rank.setdefault(o.i, n + 1)
                        for r in _children(o):
                            if r.dep_ in ("acl", "relcl") and (r.tag_ == "VBN" or r.lemma_ in DURATION_VERBS):
                                rank.setdefault(r.i, n + 1)
                elif n == 0 and c.dep_ == "prep":
                    # "a visit to Ecuador that had been scheduled for Thursday" (the clause hung on the place)
                    for r in (r for o in _children(c) if o.dep_ == "pobj" for x in (o, *o.conjuncts) for r in _children(x)):
                        # (also on the last of the people it is between: "a call between X and Y, which had been
                        # arranged for the 18th")
                        if r.dep_ in ("acl", "relcl") and r.lemma_ in PLAN_VERBS and not any(
                                w.lower_ in ("who", "whom", "whose") for w in _children(r)):
                            # (not "called on Kishida, who announced last week that ...": what the person did)
                            rank.setdefault(r.i, n + 1)
                        elif r.dep_ == "relcl" and r.lemma_ == "be" and any(
                                a.dep_ == "acomp" and a.lower_ in ("due", "set", "scheduled", "expected")
                                for a in _children(r)):
                            # "talks on their border that were due to be held on Thursday"
                            rank.setdefault(r.i, n + 1)
                            for a in (a for a in _children(r) if a.dep_ == "acomp"):
                                for x in (x for x in _children(a) if x.dep_ == "xcomp"):
                                    rank.setdefault(x.i, n + 1)
        told_call = _call_told_in_object(chain[0]) if chain else None
        if told_call is not None:
            rank.setdefault(told_call.i, 1)  # ("discussed the corridor meant to link A with B in a call on Tuesday")
        if chain and chain[0].pos_ in ("NOUN", "PROPN"):
            # "a joint meeting of the negotiators with Sorensen, which had been pencilled in for April 9": a
            # "which" clause of planning anywhere in the event's noun phrase is the event's (not a person's)
            for r in chain[0].subtree:
                if r.dep_ == "relcl" and r.i not in rank and r.lemma_.lower() in PLAN_VERBS and r.tag_ == "VBN" \
                        and any(w.lower_ in ("which", "that") and w.dep_ in SUBJECT_DEPS | {"dobj"} for w in _children(r)):
                    rank.setdefault(r.i, 1)
        if chain and chain[0].dep_ == "pobj" and chain[0].head.lower_ == "of" and chain[0].head.head.pos_ == "NOUN":
            # "the first round of talks, which was to have opened on Monday" (the clause hung on the round)
            for c in chain[0].head.head.children:
                if c.dep_ == "relcl" and _was_to(c):
                    for x in (x for x in _children(c) if x.dep_ == "xcomp"):
                        rank.setdefault(x.i, 1)
        chain_ids = set(rank)
        best = None
        best_key = None
        clocks = [e.start for e in ents if _clock_time(e)]
        for ent in ents:
            if ent.start in clocks and len(clocks) < len(ents):
                continue  # ("met at 9 a.m. on Tuesday": the day is Tuesday)
            # A date belongs to the trigger when its head climbs to the chain before reaching another verb.
            tok = ent.root
            attached = False
            report = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
            reported = None if report is None or report.lemma_ not in REPORT_VERBS or report.i < ent.end or any(
                c.i < ent.end for c in _children(report) if c.dep_ in SUBJECT_DEPS) else next(
                (c for c in _children(report) if c.dep_ == "ccomp" and c.i in chain_ids and c.i < ent.start),
                report.head if report.dep_ in ("advcl", "parataxis") and report.head.i in chain_ids
                and report.head.i < ent.start else None)
            if reported is not None:
                # "X held talks with Y on Thursday, Akorda reported", the date hung on the report that follows:
                # it stands inside the reported clause
                tok = reported
            for _ in range(8):  # "met on the sidelines of an ASEAN meeting in Manila in July"
                if tok.i in chain_ids:
                    attached = True
                    break
                if tok.head == tok or (tok.pos_ in ("VERB", "AUX") and tok.i not in chain_ids and tok != ent.root):
                    break
                if tok != ent.root and tok.dep_ == "prep" and tok.lower_ in ("since", "until", "till") \
                        and tok != ent.root.head:
                    break  # "the first since the war in June last year": the war's date, not the trip's
                tok = tok.head
            prep = ent.root.head if ent.root.head.dep_ == "prep" else None
            ongoing = prep is not None and prep.lower_ == "since" and any(
                c.lower_ == "been" for c in _children(prep.head))  # "have been holding talks since the 3rd"
            when = any(_where_clause(c) and c.i in chain_ids for c in _children(ent.root))  # "since January, when"
            if attached and not (ent.root.head.head.pos_ == "NOUN" and ent.root.head.head.i in chain_ids) \
                    and _period_of_a_thing(ent):
                continue  # ("signed a plan of consultations for 2024-2025": the plan's years)
            if attached and _from_before(ent.root, chain_ids):
                continue  # ("X, fresh from talks in Paris on Monday, met Y": when X was in Paris)
            if not attached or (prep is not None and prep.lower_ in SPAN_PREPS and not ongoing and not when
                                and ent.start not in clocks):  # ("wrapped up shortly after 3pm": that day)
                continue  # "his first visit since 2023", "a deal by the end of the year": not when it happened
            if _picks_an_ordinal(ent):
                continue  # "for the first meeting this year": which of the year's meetings, not when it was
            host = chain[rank[tok.i]] if rank[tok.i] < len(chain) else tok
            if tense == "future" and rank[tok.i] > 0 and host.tag_ == "VBD" and self._tense([host]) == "past":
                tense_here = "past"  # "ministers met on Tuesday to prepare the summit": the day of "met"
            else:
                tense_here = tense
            resolved = self._resolve_ent(ent, tense_here)
            # the date nearest the trigger wins ("arrived on Monday and is due to meet X on Wednesday"),
            # then the most precise one
            before_conjunct = chain[0].dep_ == "conj" and ent.end <= chain[0].i
            key = (rank[tok.i], before_conjunct, -_precision_rank(resolved[1]), abs(ent.start - chain[0].i)) \
                if resolved else None  # ("I fly back on the 23rd and sit down with X on March 24th": the 24th)
            if resolved and (best_key is None or key < best_key):
                best, best_key = resolved, key
        if best is None and chain:
            # "the talks began on April 12, when X and Y sat in separate rooms and exchanged messages before
            # speaking face to face": a "when" clause hung on a date is told at that date, and so is what it holds
            when = next((t for t in (chain[0], *chain[0].ancestors) if t.dep_ == "relcl" and t.head.ent_type_ == "DATE"
                         and any(w.dep_ == "advmod" and w.lower_ == "when" for w in _children(t))), None)
            ent = next((e for e in ents if when is not None and e.start <= when.head.i < e.end), None)
            if ent is not None:
                best = self._resolve_ent(ent, tense)
        if best is None:
            # A parse that hangs the date elsewhere ("hosted X in Ankara on Tuesday" with X mis-parsed): use
            # the sentence's only date, unless it belongs to a statement, a cancellation or another event.
            free = [e for e in ents if _scheduled(e.root) or not (_under(
                e.root, _OTHER_TIMES, stop=chain_ids)
                or _in_relative_clause(e.root, chain_ids)  # ("X, whose country holds ... this year, welcomed")
                or _from_before(e.root, chain_ids)  # ("X, back from Paris on Monday, met Y")
                or _in_subordinate(e.root, CLAUSE_TIME_MARKS, chain_ids))]  # ("since he took office in March")
            own = {t.i for t in chain[-1].subtree} if chain else set()
            other_triggers = [s for s in self.trigger_spans if sentence.start <= s.start < sentence.end
                              and s.root.i not in chain_ids and s.root.i not in own]
            # what names a day, month or year of something done: not "the 22nd meeting" (no date), "a goal
            # ... by 2030" (a deadline) or "Armenia's June election" (another thing's date)
            dated = [resolved for e in free if not _names_another_date(e)
                     for resolved in [self._resolve_ent(e, tense)] if resolved]
            if len(dated) == 1 and not other_triggers:
                best = dated[0]
        # ("Two days later X was in Ouagadougou, where he met Y": the verb the trigger's clause hangs on)
        sequel = next((c for n, t in enumerate(chain) if n < 2 or t.pos_ in ("VERB", "AUX") for c in _children(t)
                       if c.dep_ == "advmod" and (c.lower_ in SEQUEL_WORDS | {"separately"}
                                                  or c.lower_ == "there" and c.i == _sent(c).start)
                       or c.dep_ == "amod" and c.lower_ == "separate" and n == 0), None)
        # (and "X flew to Baghdad on Tuesday. There he was received by Y", "Z held separate talks with W": that day)
        if best is None and sequel is not None:
            # "She later met X": on the day the story is telling; "two days later": that day shifted; "a few
            # days later": the month of it
            gap = next((c for c in _children(sequel) if c.dep_ == "npadvmod"), None)
            if gap is None:
                return self._reference_date(chain[0])
            reference = self._reference_date(chain[0], day_only=False)
            days = day_offset(self.doc[gap.left_edge.i: gap.i + 1].text)
            if reference is None or reference[1] is DatePrecision.YEAR:
                return reference
            if days is None or reference[1] is not DatePrecision.DAY:
                return reference[0][:7], DatePrecision.MONTH
            return _shift_day(reference, days)
        return best

    def _sentence_dates(self, sentence: Span) -> list[Span]:
        """_date_spans of a sentence, computed once (every trigger of the sentence asks)."""
        key = (sentence.start, sentence.end)
        if key not in self._dates_cache:
            self._dates_cache[key] = _date_spans(sentence)
        return self._dates_cache[key]

    def _resolve_ent(self, ent: Span, tense: str) -> tuple[str, DatePrecision] | None:
        text = ent.text  # (Span.text joins the words at every call)
        anaphoric = _anaphoric_day(ent)
        if anaphoric:
            # "later the same day", "the next day": relative to the day the story is telling, not to the report
            reference = self._reference_date(ent[0], past=tense == "past")
            nearest = self._reference_date(ent[0], day_only=False, past=tense == "past")
            if nearest is not None and nearest[1] is DatePrecision.MONTH and not (
                    anaphoric.group("next") or anaphoric.group("before")):
                # "Rubio came to Georgetown in March. When I met him that morning": a day of that month
                self.ent_dates[ent.start] = nearest
                return nearest
            if reference:
                resolved = _shift_day(reference, 1 if anaphoric.group("next") else -1 if anaphoric.group("before") else 0)
                self.ent_dates[ent.start] = resolved  # (the day a later "that evening" counts from)
                return resolved
        folded = " ".join(text.lower().split())
        gap = re.fullmatch(r"(.+?) (later|after|earlier|before)", folded)
        days = day_offset(gap.group(1)) if gap else None
        months = month_offset(gap.group(1)) if gap and days is None else None
        if months:
            # "A month later, X and Y met": the month after the story's last month
            reference = self._reference_date(ent[0], day_only=False, past=tense == "past")
            if reference is None or reference[1] is DatePrecision.YEAR:
                return None
            year, month = _add_months(dt.date(int(reference[0][:4]), int(reference[0][5:7]), 1),
                                      months if gap.group(2) in ("later", "after") else -months)
            return f"{year:04d}-{month:02d}", DatePrecision.MONTH
        told = ("that " if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "that" else "") + text.lower()
        that_month = _THAT_MONTH.fullmatch(" ".join(told.split()))
        if that_month:
            # "met again in Tehran that June": the June of the year the story is telling (or has looked back to:
            # "first met in March 2023 ... met again that June")
            reference = self._reference_date(ent[0], day_only=False, past=tense == "past", looks_back=True)
            if reference is not None:
                month = MONTHS.index(that_month.group(1) or that_month.group(2)) + 1
                return f"{reference[0][:4]}-{month:02d}", DatePrecision.MONTH
        day_of = _DAY_OF_THAT_MONTH.fullmatch(folded)
        if day_of:
            # "moved in November to deny a report that X had met Y on the 14th of that month": that day of the
            # month the story names
            reference = self._reference_date(ent[0], day_only=False, past=tense == "past")
            if reference is not None and reference[1] is not DatePrecision.YEAR:
                try:
                    return dt.date(int(reference[0][:4]), int(reference[0][5:7]), int(day_of.group(1))).isoformat(), \
                        DatePrecision.DAY
                except ValueError:
                    return None
        if days:
            # "two weeks later the two men met X": that long after the story's last date (a day stays a day; a
            # week or more is told to the month)
            reference = self._reference_date(ent[0], day_only=False, past=tense == "past")
            if reference and reference[1] is DatePrecision.DAY:
                shifted = _shift_day(reference, days if gap.group(2) in ("later", "after") else -days)
                return shifted if days <= 7 else (shifted[0][:7], DatePrecision.MONTH)  # ("a week earlier": the day)
            if reference and reference[1] is DatePrecision.MONTH and days >= 7:
                return reference
            return None
        if _clock_time(ent):
            # "sat down at 7am", "met at 10:30 local time": a time of the day the story is telling (of the report's
            # day when it has named none)
            reference = self._reference_date(ent[0], past=tense == "past")
            if reference is not None:
                return reference
            published = self.article.published
            return (published.isoformat(), DatePrecision.DAY) if published is not None else None
        resolved = resolve_date(text, self.article.published, tense)
        if resolved and resolved[1] is DatePrecision.DAY and re.search(r"[a-z]", text.lower()) and not re.search(
                r"\d{4}|year|week|day|night|ago", text.lower()):
            # "a freeze that began in June last year, when a round planned for June 15 was called off": a day of
            # a month the sentence dates with its year is of that year
            for other in self._sentence_dates(_sentence(self.doc, ent.start)):
                if other == ent or not re.search(r"\d{4}|(?:last|this|next) year", other.text.lower()):
                    continue
                year = resolve_date(other.text, self.article.published, "past")
                if year and year[1] in (DatePrecision.MONTH, DatePrecision.DAY) and year[0][5:7] == resolved[0][5:7]:
                    resolved = (year[0][:4] + resolved[0][4:], DatePrecision.DAY)
                    break
        if resolved and resolved[1] is DatePrecision.MONTH and _BARE_MONTH.fullmatch(folded):
            resolved = self._month_of_a_told_year(ent, resolved, tense)
        if resolved:
            self.ent_dates[ent.start] = resolved
        return resolved

    def _month_of_a_told_year(self, ent: Span, resolved: tuple[str, DatePrecision],
                              tense: str) -> tuple[str, DatePrecision]:
        """'met in March 2023 and again in August', 'met in Tehran that June and in Riyadh in August': a bare
        month after a month of another year the sentence names, later in the calendar, is of that year."""
        earlier = [e for e in self._sentence_dates(_sentence(self.doc, ent.start)) if e.end <= ent.start]
        if not earlier:
            return resolved
        last = earlier[-1]
        if not (re.search(r"\d{4}", last.text) or last.start > 0 and self.doc[last.start - 1].lower_ == "that"):
            return resolved  # (a year told, not counted from the report: "met in July, and will meet in November")
        other = self._resolve_ent(last, tense)
        if other is None or other[1] is DatePrecision.YEAR or other[0][:4] == resolved[0][:4] \
                or other[0][5:7] >= resolved[0][5:7]:
            return resolved
        return other[0][:4] + resolved[0][4:7], DatePrecision.MONTH

    def _reference_date(self, before: Token, day_only: bool = True, past: bool = False,
                        looks_back: bool = False) -> tuple[str, DatePrecision] | None:
        """The last day (or, not ``day_only``, the last date) named before ``before`` in its sentence or the
        four before it (narrative time); failing that, the last one named earlier in the story (a wire story
        told after its lede: "X and his counterpart met the previous day" refers to the lede's day). For a
        clause in the ``past``, not a date after the report ("will meet again on the 21st. X had received Y a
        week earlier": a week before the story's day, not before the 21st)."""
        start = _sentences_before(before, 4)
        published = self.article.published.isoformat() if past and self.article.published else None
        for window in (self.doc[start: before.i], self.doc[0: start]):
            for ent in reversed(_date_spans(window)):
                resolved = self._told_date(ent, looks_back)
                if resolved and published and resolved[0][:10] > published[:len(resolved[0][:10])]:
                    continue
                if resolved and (resolved[1] is DatePrecision.DAY or not day_only):
                    return resolved
        return None

    def _told_date(self, ent: Span, looks_back: bool = False) -> tuple[str, DatePrecision] | None:
        """The date a date phrase gives the story's time, when it dates a clause ("ahead of an Aug 15 deadline"
        dates a deadline, not the story); a day told relative to another ("the next morning", "later that day")
        counts from the day before it, so that "landed on Tuesday ... met the next morning ... Later that day"
        is Wednesday (but "a day earlier" only looks back, and so do "Ahead of the visit, X called Y on Monday" and
        "they last met in May", unless ``looks_back``)."""
        if not _dates_a_clause(ent):
            return None
        verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), ent.root)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not (
                verb.i in self.trigger_heads and not any(c.dep_ == "agent" for c in _children(verb))
                and verb.head.pos_ == "PROPN") or verb.dep_ == "relcl" and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in _children(verb)):
            return None  # ("an aid worker arrested in Sfax in May", "a framework agreed in July": a thing's past;
            # "after clashes that had killed a hundred people in 2022": before the story's time)
        if not looks_back and any(
                c.lower_ in ("ahead", "before", "prior") and c.dep_ in ("prep", "advmod") and c.i < ent.start
                or c.lower_ in ("last", "first", "previously", "once", "formerly") and c.dep_ == "advmod"
                for c in _children(verb)):
            return None  # ("Ahead of today's visit, X held a call on 2025-01-10 with Y", "the two last met in
            # May 2024": a look back, after which the story returns to its day)
        anaphoric = _anaphoric_day(ent)
        if anaphoric and anaphoric.group("before"):
            return None  # ("the SOM held a day earlier": a look back, after which the story returns to its day)
        resolved = self.ent_dates.get(ent.start)
        if resolved is None and anaphoric:
            return self._resolve_ent(ent, "past")
        published = self.article.published
        if resolved is None or (not anaphoric and published is not None and resolved[0][:10] > published.isoformat()[
                :len(resolved[0][:10])] and verb.tag_ == "VBD"):
            # (resolved as ahead for an event of the sentence, "pledged on Wednesday to press ahead with a visit":
            # the day of the clause it dates is in the past)
            resolved = resolve_date(ent.text, published, self._tense(self._chain(verb, verb)))
        return resolved

    def _live_entry_day(self, sentence: Span) -> tuple[str, DatePrecision] | None:
        """'18:45 - Erdogan is hosting the leaders at a working dinner. Pool photographers caught Trump and
        Zelensky in a brief conversation', '1.20pm / Marcos met Takaichi over lunch': an entry of a live report,
        stamped with a clock time, tells what happened on the report's day."""
        published = self.article.published
        if published is None:
            return None
        text = self.doc.text
        start = text.rfind("\n", 0, sentence.start_char) + 1
        entry = text[start:sentence.start_char + 12]
        if not _LIVE_STAMP.match(entry) and not _LIVE_STAMP.fullmatch(_line_before(text, start)):
            return None
        return published.isoformat(), DatePrecision.DAY

    def _original_date(self, chain: list[Token]) -> tuple[str, DatePrecision] | None:
        """'a summit at which X was to meet Y, initially expected in August, has been postponed without a new
        date': what is called off with no new date is dated by the plan it had (the clause "originally planned
        for", "initially expected in" hung on the event, or on the noun the event's relative clause hangs on)."""
        nouns = list(chain) + [t.head for t in chain if t.dep_ in ("relcl", "acl")]
        for noun in nouns:
            for c in _children(noun):
                if c.dep_ in ("acl", "relcl") and any(a.dep_ == "advmod" and a.lower_ in (
                        "originally", "initially", "previously") for a in _children(c)):
                    ents = [e for e in self._sentence_dates(_sent(c))
                            if c.left_edge.i <= e.start and e.end <= c.right_edge.i + 1]
                    if len(ents) == 1:
                        return self._resolve_ent(ents[0], "nearest")
        return None

    def _frame_date(self, chain: list[Token]) -> tuple[str, DatePrecision] | None:
        """'On the eve of the summit, X met Y': the day before the summit the story dated earlier; 'On the
        margins of the session, X met Y' (and 'on the sidelines of', 'during'): that session's day."""
        frame = self._frame(chain, lambda m: m.date is not None and m.date[1] is DatePrecision.DAY)
        return _shift_day(frame[0].date, frame[1]) if frame is not None else None

    def _frame(self, chain: list[Token], known: Callable[[Mention], bool]) -> tuple[Mention, int] | None:
        """The event told earlier that frames this one ("on the eve of the summit", "on the sidelines of the
        meeting", "during the talks"), with the days between them (-1 for "the eve"); only an event of which
        ``known`` holds (one dated to the day, one placed)."""
        clauses = chain[:2] + [t.head for t in chain[:2] if t.dep_ == "conj"]  # "adopted X and witnessed Y"
        for tok in clauses:
            for prep in _children(tok):
                if prep.dep_ != "prep" or prep.lower_ not in ("on", "during", "at", "after", "following"):
                    continue
                frame = next((o for o in _children(prep) if o.dep_ == "pobj"), None)
                shift = 0
                if frame is not None and prep.lower_ == "on" and frame.lower_ in ("eve", "sidelines", "margins",
                                                                                   "margin", "sideline"):
                    shift = -1 if frame.lower_ == "eve" else 0
                    sidelines = frame if shift == 0 else None
                    frame = next((o for p in _children(frame) if p.lower_ == "of" for o in _children(p)
                                  if o.dep_ == "pobj"), None)
                    if frame is None and sidelines is not None:
                        # "On the sidelines, X met Y": of the gathering (a summit, or three parties or more)
                        # the story told last
                        earlier = next((m for m in reversed(self.mentions) if m.status is Status.OCCURRED and (
                            m.type is InteractionType.SUMMIT or len(m.keys) >= 3) and known(m)
                            and m.sentence.start < _sent(sidelines).start), None)
                        if earlier is not None:
                            return earlier, 0
                elif prep.lower_ == "on":
                    continue
                if frame is not None and frame.lower_ in ("end", "close", "conclusion", "start", "beginning",
                                                          "opening", "margins", "sidelines"):
                    # "At the end of the meeting, the two ministers signed ...": that meeting's day
                    frame = next((o for p in _children(frame) if p.lower_ == "of" for o in _children(p)
                                  if o.dep_ == "pobj"), None)
                if frame is None or not (frame.i in self.trigger_heads or frame.lemma_ in FRAME_EVENTS):
                    continue
                if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in frame.children):
                    continue  # "signed a treaty in May during a meeting in Turkistan": a new occasion, not the
                    # meeting told before
                dated = [m for m in reversed(self.mentions) if known(m) and m.status is Status.OCCURRED
                         and m.sentence.start < _sent(frame).start]  # (what was planned or called off frames nothing)
                # the same word first ("the summit" -> the summit), else the last gathering of three or more
                # ("on the eve of the meeting" -> the dated "met": the same kind of event, named as a noun)
                label = self.trigger_label.get(frame.i) if _is_definite(frame) else None
                earlier = next((m for m in dated if m.trigger_lemma == frame.lemma_.lower()
                                or (label is not None and m.type.value == label)), None)
                if earlier is None and frame.lemma_.lower() in ANAPHORIC_ONLY and _is_definite(frame):
                    # "on the eve of the round": the negotiations (or talks) the story dated
                    earlier = next((m for m in dated if m.type in (InteractionType.NEGOTIATION,
                                                                   InteractionType.TALKS)), None)
                if earlier is None and prep.lower_ not in ("after", "following"):
                    # ("after the talks" the same talks; "after the summit" not any gathering)
                    earlier = next((m for m in dated if frame.lemma_ in FRAME_EVENTS and len(m.keys) >= 3), None)
                if earlier is not None:
                    return earlier, shift
        return None

    def _hours_before_date(self, chain: list[Token], sentence: Span) -> tuple[str, DatePrecision] | None:
        """'accepted the declaration on the 11th of December after more than seven hours of negotiations': talks
        measured in hours (or minutes) before a dated clause end that day, so they are of that day."""
        if len(chain) < 3 or chain[1].lower_ != "of" or chain[2].lemma_.lower() not in ("hour", "minute") \
                or chain[2].dep_ != "pobj" or chain[2].head.lower_ not in ("after", "following"):
            return None
        verb = chain[2].head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        main_chain = self._chain(verb, verb)
        return self._date(_event_part(main_chain), sentence, self._tense(main_chain))

    def _framed_date(self, trig: Token, sentence: Span) -> tuple[str, DatePrecision] | None:
        """'They last met in Beijing in April, during Trump's state visit to China': an event named as the
        frame of a dated clause ("during", "amid", "at") happened then too."""
        prep = trig.head if trig.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in ("during", "amid", "at") or prep.head.pos_ not in ("VERB", "AUX"):
            return None  # (and "had accepted in March 2023, at talks hosted by X")
        verb = prep.head
        chain = self._chain(verb, verb)
        return self._date(chain, sentence, self._tense(chain))

    def _where_date(self, chain: list[Token], sentence: Span) -> tuple[str, DatePrecision] | None:
        """'The three presidents are due to meet again in August in Awaza, where X and Y will join them for the
        annual meeting', 'initialled on 8 August, during a meeting at which Trump hosted X and Y': a "where" (or
        "at which") clause on a place or an event happens at the time of the clause its antecedent is in."""
        clause = next((t for t in chain[:3] if _where_clause(t)), None)
        if clause is None or any(c.lower_ == "when" for c in _children(clause)):
            return None  # (a "when" clause is dated by its antecedent, which is a time)
        main = next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if main is None:
            return None
        main_chain = self._chain(main, main)
        return self._date(_event_part(main_chain), sentence, self._tense(main_chain))

    def _after_arrival(self, trig: Token, sentence: Span, date: tuple[str, DatePrecision]) -> tuple[str, DatePrecision]:
        """'X arrived in Beijing on Wednesday for talks with Y on Friday': the talks a trip is for come after it
        (the Friday after that Wednesday, not the one before the report)."""
        verb = _trip_for(trig)
        if verb is None or date[1] is not DatePrecision.DAY:
            return date
        arrival = self._date([verb], sentence, "past")
        if arrival is None or arrival[1] is not DatePrecision.DAY or date[0] >= arrival[0]:
            return date
        own = next((e for e in self._sentence_dates(sentence) if trig.is_ancestor(e.root)), None)  # the talks' day
        later = resolve_date(own.text, dt.date.fromisoformat(arrival[0]), "future") if own is not None else None
        return later if later is not None and later[1] is DatePrecision.DAY else date

    def _ongoing_date(self, chain: list[Token], sentence: Span) -> tuple[str, DatePrecision] | None:
        """'X received Y on Monday ..., who is paying a working visit': an ongoing visit told in a relative
        clause on a participant is under way on the day of the clause above."""
        clause = next((t for t in chain[:2] if t.dep_ == "relcl" and t.tag_ == "VBG"), None)
        if clause is None:
            return None
        main = next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if main is None:
            return None
        day = self._date([main], sentence, "past")
        return day if day is not None and day[1] is DatePrecision.DAY else None

    def _arrival_date(self, chain: list[Token], tense: str) -> tuple[str, DatePrecision] | None:
        """'Meloni, who arrived in Algiers on Wednesday morning, held a meeting with Tebboune', 'Ford, who was in
        Washington on Tuesday, did not meet Lutnick': with no time of its own, the meeting is on the day of the
        arrival (or the stay) told in a clause on its subject."""
        for verb in chain[:2]:
            for subject in (c for c in _children(verb) if c.dep_ in SUBJECT_DEPS):
                for clause in (c for c in _children(subject) if c.dep_ == "relcl" and (c.lemma_ in MOTION_VERBS or (
                        c.lemma_ == "be" and any(p.dep_ == "prep" and p.lower_ == "in" for p in _children(c))))):
                    day = self._date([clause], _sent(clause), tense)
                    if day is not None and day[1] is DatePrecision.DAY:
                        return day
        return None

    def _continued_date(self, participants: list[tuple[str, Role]], chain: list[Token],
                        sentence: Span) -> tuple[str, DatePrecision] | None:
        """'X held talks with Y on Thursday. [...] The two sides exchanged two memoranda': a past event of
        the same parties told without any time, a few sentences after their dated interaction, continues
        that day of the story. Not for a pluperfect ("had met"), nor a sentence with a time of its own."""
        if self._sentence_dates(sentence) or any(t.tag_ != "VBD" for t in chain if t.pos_ in ("VERB", "AUX")) or any(
                c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for t in chain for c in _children(t)):
            return None
        parties = {self.actors.party_of(k) for k, role in participants if role is not Role.MEDIATOR}
        if len(parties) < 2:
            return None
        # "X hosted Y in Ankara on Wednesday. Y also met President Z": the same person's next act that day
        if any(c.lower_ in ("ahead", "before") and c.dep_ in ("advmod", "prep") for t in chain[:2] for c in _children(t)):
            return None  # "also spoke by phone ahead of the meeting": another day, before it
        also = any(c.lower_ == "also" and c.dep_ == "advmod" for t in chain[:2] for c in _children(t))
        keys = {k for k, _ in participants}
        for m in reversed(self.mentions):
            if sentence.start - m.sentence.start > 150:
                return None
            if (m.type is InteractionType.VISIT and not also) or m.status is not Status.OCCURRED:
                continue  # a visit lasts days (which one is not told); what is planned is not the story's past
            if self._same_parties({self.actors.party_of(k) for k, role in m.participants
                                   if role is not Role.MEDIATOR}, parties) or (
                    also and any(k.startswith("person:") for k in keys & m.keys)):
                return m.date if m.date and m.date[1] is DatePrecision.DAY and not m.other_occasion else None
        return None

    def _occasion_denied_within(self, participants: list[tuple[str, Role]], chain: list[Token],
                                sentence: Span) -> Mention | None:
        """'X flew to Busan on Monday, where he met Y. Officials denied a report that the minister had also been
        received by Z', 'denied reports that the delegation had met Z separately on the margins of the session': a
        meeting denied as a part of an occasion the story has just told ("also", "separately", "on the margins of")
        would have been on that occasion's day and in its place. The last past event of the same people (or
        parties) a few sentences before."""
        clause = chain[:2]
        part = any(c.dep_ == "advmod" and c.lower_ in ("also", "separately") for t in clause for c in _children(t)) \
            or any(c.dep_ == "prep" and c.lower_ in ("on", "at") and any(o.lower_ in SIDELINE_WORDS for o in _children(c))
                   for t in clause for c in _children(t))
        if not part:
            return None
        keys = {k for k, _ in participants}
        parties = {self.actors.party_of(k) for k, role in participants if role is not Role.MEDIATOR}
        for m in reversed(self.mentions):
            if sentence.start - m.sentence.start > 150:
                return None
            if m.status is not Status.OCCURRED or m.date is None or m.other_occasion:
                continue
            sides = {self.actors.party_of(k) for k, role in m.participants if role is not Role.MEDIATOR}
            if any(k.startswith("person:") for k in keys & m.keys) or self._same_parties(sides, parties):
                # (not when the two are of the very same actors: dated alike, the denied meeting would be taken
                # for the one held, "the delegations met" and "the delegations did not meet" on one day being one
                # event to the graph)
                return None if m.keys == keys else m
        return None

    def _narrative_date(self, chain: list[Token], sentence: Span,
                        own_time: bool = True) -> tuple[str, DatePrecision] | None:
        """'X arrived in Seoul on Wednesday. The two presidents held a summit at the palace': an event told in
        the simple past without any time of its own, in the flow of a story, happened on the story's day: the
        lede's (_story_day), else the day (or month) the story last named for a past clause. Not for a pluperfect ("had met": before the story's
        time), a repeated or background event ("have often met", "met before"), nor a sentence with a time of
        its own (which dates something else when not this event; ``own_time`` False: the caller knows none of
        them is the clause's)."""
        published = self.article.published
        stop = {t.i for t in chain}
        if not chain or own_time and any(
                (_anaphoric_day(e) or resolve_date(e.text, published, "past"))
                and not _in_relative_clause(e.root, stop) and not _in_subordinate(e.root, CLAUSE_TIME_MARKS, stop)
                and not _from_before(e.root, stop)
                and not _picks_an_ordinal(e) and not _names_another_date(e) for e in self._sentence_dates(sentence)):
            return None  # (a span, "for about 90 minutes", is not a time; nor is "last week" in "called on X, who
            # announced last week that ...", nor "since he took office in March")
        verbs = [t for t in chain[:3] if t.pos_ in ("VERB", "AUX")]
        passive = bool(verbs) and verbs[0].tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                                                 for c in verbs[0].children)  # "was signed by"
        if not verbs or not (verbs[0].tag_ == "VBD" or passive) or any(
                c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "will", "would", "do") or c.tag_ == "MD"
                for c in verbs[0].children):
            return None
        if any(t.lower_ in BACKGROUND_WORDS and t.pos_ != "PROPN" for t in _own_clause(verbs[0])):
            return None
        if any(c.lower_ in ("ahead", "before", "prior") and c.dep_ in ("advmod", "prep") for t in chain[:2]
               for c in _children(t)):
            return None  # "also spoke by phone ahead of the meeting": another day, before it
        if any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "where", "whenever"))
               for t in chain[:2] for c in _children(t)) and verbs[0].dep_ in ("advcl", "relcl", "ccomp"):
            return None  # ("since X met Y", "when they met": a clause of another time)
        anchor = self._story_day()
        if anchor is not None and anchor[0] != _sent(chain[0]).start:
            return anchor[1]
        start = _sentences_before(chain[0], 4)
        for ent in reversed(_date_spans(self.doc[start: chain[0].i])):
            verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), ent.root)
            if verb.dep_ in ("acl", "relcl") or _in_subordinate(ent.root, CLAUSE_TIME_MARKS, set()):
                continue  # ("a framework agreed in July", "since he took office in March": background)
            resolved = self._told_date(ent)
            if resolved is None or resolved[1] is DatePrecision.YEAR:
                continue
            if published is not None and resolved[0][:10] > published.isoformat()[:len(resolved[0][:10])]:
                continue  # a time ahead is not the story's past
            return resolved
        return None

    def _story_day(self) -> tuple[int, tuple[str, DatePrecision]] | None:
        """The day of the lede (the first day-precise past date of the story's first two sentences), with the
        start of its sentence: the story's day, of the events it goes on to tell without a time."""
        if not self._story_day_cache:
            found = None
            sents = list(itertools.islice((s for s in self.doc.sents if not _EDITORS_NOTE.fullmatch(s.text.strip())), 2))
            published = self.article.published
            for ent in _date_spans(self.doc[sents[0].start: sents[-1].end]) if sents else ():
                verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), ent.root)
                if verb.lemma_.lower() in REPORT_VERBS:
                    continue  # ("X and Y have signed an accord, the ministry said on Monday": the report's day)
                resolved = self._told_date(ent)
                if resolved and resolved[1] is DatePrecision.DAY and not (
                        published and resolved[0] > published.isoformat()):
                    found = (_sentence(self.doc, ent.start).start, resolved)
                    break
            self._story_day_cache.append(found)
        return self._story_day_cache[0]

    def _same_parties(self, a: set[str], b: set[str]) -> bool:
        """Whether two sets of parties are the same sides, a person whose country is not told standing for
        any one country ("External Affairs Minister S. Jaishankar" and India)."""
        only_a, only_b = a - b, b - a
        if len(only_a) != len(only_b):
            return False
        return all(k.startswith("person:") for k in only_a) and not any(k.startswith("person:") for k in only_b) \
            or all(k.startswith("person:") for k in only_b) and not any(k.startswith("person:") for k in only_a)

    def _date_from_main_clause(self, chain: list[Token], sentence: Span) -> tuple[str, DatePrecision] | None:
        """'X met Y on Wednesday, a day after she met Z': the day of the clause above, shifted by the gap."""
        last = next((t for t in chain[:2] if _temporal_clause(t)), None)  # (not a clause above the trigger's own:
        # in "X held a videoconference a day after ..., to prepare for a summit" the summit is not dated so)
        mark = _temporal_clause(last) if last is not None else None
        if mark is None or mark.lower_ not in ("after", "before"):
            return None
        gaps = [c for t in (last, mark) for c in _children(t) if c.dep_ in ("npadvmod", "advmod") and c.i < mark.i]
        main = mark.head if mark.dep_ == "prep" else last.head
        if mark.dep_ == "prep" and main.dep_ == "npadvmod":
            gaps, main = [main], main.head  # "met X on Friday, [a day [after holding talks]]"
        gaps = gaps or [c for c in _children(main) if c.dep_ == "npadvmod" and c.right_edge.i == mark.i - 1]
        # ("The call came [a day] [after X held ...]": the gap hangs on the main verb)
        if not gaps:
            return None
        days = day_offset(self.doc[gaps[0].left_edge.i: gaps[0].i + 1].text)
        main_chain = self._chain(main, main)
        main_date = self._date(_event_part(main_chain), sentence, self._tense(main_chain)) if days is not None else None
        if main_date is None and days is not None:
            # "The call came a day after X held a videoconference": the day of the call told before
            subject = next((c for c in _children(main) if c.dep_ in SUBJECT_DEPS and c.i in self.trigger_heads
                            and _is_definite(c)), None)
            label = self.trigger_label.get(subject.i) if subject is not None else None
            earlier = next((m for m in reversed(self.mentions) if subject is not None and m.date
                            and (m.trigger_lemma == subject.lemma_.lower() or m.type.value == label)
                            and m.sentence.start < sentence.start), None)
            main_date = earlier.date if earlier is not None else None
        if main_date is None and days is not None:
            # "The announcement came a day after X and Y spoke by phone": the main clause, told without a time,
            # is of the story's day
            main_date = self._narrative_date(main_chain, sentence, own_time=False)
        if main_date is None or (days and main_date[1] is not DatePrecision.DAY):
            return None
        if not days:
            return main_date  # "hours after", "shortly before": the same day
        return _shift_day(main_date, -days if mark.lower_ == "after" else days)

"""Questions about a token's place in the parse that several rules ask: is it quoted, in a relative
clause, under a cancel or planning verb, part of a subject.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span, Token

from kgraph.extract.lexicon import (
    CALENDAR_WORDS, CANCEL_PARTICLE_VERBS, CANCEL_VERBS, DELEGATION_NOUNS, LEAD_VERBS, MOTION_VERBS, NEGATE_VERBS,
    OFFER_WORDS, PERSON_NOUNS,
    REFUSE_PARTICLE_VERBS, REFUSE_VERBS, REPORT_VERBS, SCHEDULE_NOUNS, SIDELINE_WORDS, SUBJECT_DEPS,
)

# (unions of the word classes, made once: a union in a rule is built again at every test)
_AFTER_THE_EVENT = (NEGATE_VERBS - REFUSE_VERBS) | REPORT_VERBS
_UNSCHEDULING = NEGATE_VERBS | CANCEL_VERBS | REPORT_VERBS
_OFFERS = OFFER_WORDS | {"proposal", "invitation", "call", "request", "bid"}
_POSTS = PERSON_NOUNS | {"envoy", "diplomat", "negotiator"}


def _where_clause(tok: Token) -> bool:
    """'the summit, where he held talks': a relative clause set at its antecedent's time and place."""
    return tok.dep_ == "relcl" and any((c.lower_ in ("where", "when") and c.dep_ == "advmod") or (
        c.dep_ == "prep" and c.lower_ in ("during", "at", "on", "in") and any(o.lower_ == "which" for o in _children(c)))
        for t in [tok] + [x for x in _children(tok) if x.dep_ == "xcomp"] for c in _children(t))
    # ("where she is scheduled to meet", "a working visit, during which he and X discussed ...")


def _temporal_clause(tok: Token) -> Token | None:
    """The "after"/"before" that makes ``tok``'s clause (or phrase) happen at another time than the clause
    above: "a day after she met Z", "a day after holding talks in Berlin", "a day after a stop in Tokyo"."""
    if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in ("after", "before") and tok.head.dep_ == "prep":
        return tok.head
    if tok.dep_ != "advcl":
        return None
    return next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")),
                None)


def _event_part(chain: list[Token]) -> list[Token]:
    """The part of the chain whose dates are the event's: a date on "denied", "cancelled" or "announced"
    is the day of the denial or the announcement, not of the meeting. A refusal ("declined to meet him at
    the summit last November") happens when the meeting would have."""
    for n, tok in enumerate(chain):
        if n >= 1 and (tok.lemma_.lower() in _AFTER_THE_EVENT or _cancels(tok)):
            # (but "dropped from today's schedule": the schedule's day is the meeting's)
            return chain[:n] + _schedule_places(tok)
        if tok.dep_ in ("pcomp", "pobj") and _temporal_clause(tok):
            return chain[:n + 1]  # "will meet X on Friday before flying to Y for talks": Friday is not the talks'
    return chain


_PAIR_VERBS: dict[int, tuple[set, frozenset[str]]] = {}  # id of a set of (verb, particle) pairs -> it, its verbs


def _particle_verb(tok: Token, pairs: set[tuple[str, str]]) -> bool:
    """Whether ``tok`` with one of its particles is one of ``pairs`` (the particle parsed as prt or advmod)."""
    lemma = tok.lemma_.lower()
    known = _PAIR_VERBS.get(id(pairs))
    if known is None or known[0] is not pairs:  # (the set is kept: its id is not reused by another one)
        known = _PAIR_VERBS[id(pairs)] = (pairs, frozenset(v for v, _ in pairs))
    return lemma in known[1] and any((lemma, c.lower_) in pairs and (c.dep_ in ("prt", "advmod") or (
        c.dep_ == "prep" and any(g.dep_ == "prep" for g in c.children))) for c in tok.children)
    # ("pulled [out [of] the talks]": the particle parsed as a preposition)


def _cancels(tok: Token) -> bool:
    """'cancelled', 'postponed', 'called off', 'pushed back', 'put on hold', 'taken off the agenda'."""
    return tok.lemma_.lower() in CANCEL_VERBS or _particle_verb(tok, CANCEL_PARTICLE_VERBS) or (
        tok.lemma_.lower() in ("put", "place") and any(p.dep_ == "prep" and p.lower_ == "on" and any(
            o.dep_ == "pobj" and o.lower_ in ("hold", "ice") for o in p.children) for p in tok.children)) or (
        tok.lemma_.lower() in ("take", "remove", "strike", "drop", "scratch", "delete") and bool(_schedule_places(tok)))


def _schedule_places(tok: Token) -> list[Token]:
    """What a verb takes something off or from: "dropped from today's schedule", "taken off the agenda"."""
    found = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("off", "from") for o in p.children
             if o.dep_ == "pobj"]
    if any(p.dep_ == "prt" and p.lower_ == "off" for p in tok.children):
        found += [o for o in tok.children if o.dep_ == "dobj"]
    return [o for o in found if o.lemma_.lower() in SCHEDULE_NOUNS]


def _scheduled(tok: Token) -> bool:
    """A date under 'scheduled for' / 'planned for' before any cancelling or reporting word: the event's."""
    for _ in range(4):
        if tok.head == tok:
            return False
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma in ("schedule", "plan", "set", "slate", "due", "pencil", "earmark", "foresee"):
            return True  # ("pencilled in for April 9", "foreseen for May")
        if tok.pos_ == "VERB" and {"to", "have"} <= {c.lower_ for c in tok.children if c.dep_ == "aux"}:
            return True  # "which was to have opened on Monday": a plan that did not come about
        if lemma in _UNSCHEDULING or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _inside_clause(tok: Token, top: Token) -> bool:
    """Whether a token of ``top``'s subtree sits in a clause of its own (relative, adverbial, complement)."""
    while tok != top and tok.head != tok:
        if tok.dep_ in ("relcl", "advcl", "ccomp", "acl"):
            return True
        tok = tok.head
    return False


SENTENCE_STARTS_KEY = "kgraph_sentence_starts"  # doc.user_data: where each sentence starts (ints: no cycle)
PARSE_CACHE_KEY = "kgraph_parse_cache"  # doc.user_data: a ParseCache while extract() runs (popped when it ends)


class ParseCache:
    """What the rules ask of a Doc's parse again and again, worked out once per document while extracting
    (``Token.sent`` walks the tokens, ``Token.children`` and ``Token.subtree`` walk the parse): the sentences,
    and each token's children and subtree as they are first asked for. It holds Tokens and Spans of its Doc (a
    reference cycle), so ``extract`` puts it on ``doc.user_data`` and pops it when it ends; without it, the
    helpers below ask spaCy."""

    __slots__ = ("sents", "sent_of", "children", "subtree")

    def __init__(self) -> None:
        self.sents: list[Span] | None = None
        self.sent_of: list[int] = []
        self.children: dict[int, tuple[Token, ...]] = {}
        self.subtree: dict[int, tuple[Token, ...]] = {}


def _sentence(doc, i: int) -> Span:
    """``doc[i].sent`` (and ``span.sent`` of a span that starts at ``i``), from the document's list of sentences."""
    cache = doc.user_data.get(PARSE_CACHE_KEY)
    if cache is None:
        return doc[i].sent
    if cache.sents is None:
        cache.sents = list(doc.sents)
        cache.sent_of = [n for n, s in enumerate(cache.sents) for _ in range(s.end - s.start)]
    return cache.sents[cache.sent_of[i]]


def _sent(tok: Token) -> Span:
    """``tok.sent``, from the document's list of sentences."""
    return _sentence(tok.doc, tok.i)


def _children(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, listed once per token and document."""
    cache = tok.doc.user_data.get(PARSE_CACHE_KEY)
    if cache is None:
        return tuple(tok.children)
    got = cache.children.get(tok.i)
    if got is None:
        got = cache.children[tok.i] = tuple(tok.children)
    return got


def _subtree(tok: Token) -> tuple[Token, ...]:
    """``tok.subtree``, listed once per token and document."""
    cache = tok.doc.user_data.get(PARSE_CACHE_KEY)
    if cache is None:
        return tuple(tok.subtree)
    got = cache.subtree.get(tok.i)
    if got is None:
        got = cache.subtree[tok.i] = tuple(tok.subtree)
    return got


def _sentences_before(tok: Token, n: int) -> int:
    """Where the sentence ``n`` sentences before ``tok``'s starts (the document's first one at most): the window
    a back-reference looks into. (The starts are listed once per document: ``Token.sent`` walks the tokens.)"""
    starts = tok.doc.user_data.get(SENTENCE_STARTS_KEY)
    if starts is None:
        starts = tok.doc.user_data[SENTENCE_STARTS_KEY] = [s.start for s in tok.doc.sents]
    return starts[max(0, bisect_right(starts, tok.i) - 1 - n)]


def _in_conjoined_clause(tok: Token, top: Token) -> bool:
    """Whether a token of ``top``'s subtree sits in a verb conjoined to it ("held a meeting in May, and spoke
    on the phone in July"): a clause, and an event, of its own."""
    while tok != top and tok.head != tok:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


def _rejected_offer(trig: Token) -> Token | None:
    """The refused offer above the trigger, if any: 'rejected a US offer to host a summit', 'refused an offer
    of talks' (the talks are refused, which an analyst wants to see); an offer alone stays a mere offer."""
    tok = trig
    for _ in range(5):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in _OFFERS \
                and tok.pos_ in ("NOUN", "PROPN"):
            return tok if tok.dep_ == "dobj" and _refuses(tok.head) else None
    return None


def _refuses(tok: Token) -> bool:
    """'rejected', 'declined', and 'turned down' or 'brushed aside' said with a particle."""
    return tok.lemma_.lower() in NEGATE_VERBS or _particle_verb(tok, REFUSE_PARTICLE_VERBS)


def _drop_leading_days(span: Span) -> Span:
    """'on Saturday Albusaidi flew to Riyadh', tagged "Saturday Albusaidi": the name without the day (nor
    the time zone and dash of a live blog's "16:55 EAT - Kagame declines")."""
    while len(span) > 1 and (span[0].lower_ in CALENDAR_WORDS or span[0].is_punct
                             or (span[0].is_upper and len(span[0]) <= 4 and span[1].is_punct)):
        span = span[1:]
    return span


def _described_as_person(span: Span) -> bool:
    """'Sigrid Kaag has been the UN's Middle East envoy', 'Rustem Umerov, the defence minister,': a name the
    tagger called an organisation that the sentence describes with a person's post."""
    root = span.root

    def post(tok: Token) -> bool:
        return tok.lemma_.lower() in _POSTS
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and post(c) for c in root.head.children)
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in LEAD_VERBS \
            and root.head.head.head.lemma_.lower() in DELEGATION_NOUNS:
        return True  # "a Ukrainian delegation headed by Rustem Umerov": who leads a delegation is a person
    return any(c.dep_ == "appos" and post(c) for c in root.children) or (root.dep_ == "appos" and post(root.head)) \
        or any(c.dep_ == "conj" and any(g.dep_ == "appos" and post(g) and g.tag_ == "NNS" for g in c.children)
               for c in root.children)  # "X and Y, the Egyptian and Mexican presidents,": both described


def _in_quotes(tok: Token) -> bool:
    """Whether a token stands inside a quotation of its paragraph (an odd number of quote marks before it)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    marks = sum(1 for t in doc[start:tok.i] if t.text in ('"', "\u201c", "\u201d", "''", "``"))
    return marks % 2 == 1


def _in_relative_clause(tok: Token, stop: set[int]) -> bool:
    """Whether a token hangs under a relative clause (or a participle) before it reaches the ``stop`` tokens."""
    for _ in range(6):
        if tok.head == tok or tok.i in stop:
            return False
        if tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


def _from_before(tok: Token, stop: set[int] = frozenset()) -> bool:
    """Whether a token hangs under what a named party comes from ("X, fresh from his country's admission on
    Sunday, was received by Y", "X, back from Paris on Monday, met Y"): that earlier thing's time, not the
    event's, before it reaches the ``stop`` tokens or a verb."""
    for _ in range(6):
        if tok.head == tok or tok.i in stop:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") or tok.i in stop:
            return False
        if tok.pos_ in ("ADJ", "ADV") and tok.dep_ in ("amod", "advmod", "appos") and tok.head.pos_ == "PROPN" \
                and any(c.dep_ == "prep" and c.lower_ == "from" for c in _children(tok)):
            return True
    return False


def _under(tok: Token, lemmas: set[str], stop: set[int] = frozenset()) -> bool:
    """Whether a token hangs (within a few steps) under a word with one of these lemmas, before it reaches
    one of the ``stop`` tokens (the trigger's own clause)."""
    for _ in range(5):
        if tok.head == tok or tok.i in stop:
            return False
        tok = tok.head
        if tok.lemma_.lower() in lemmas:
            return True
    return False


def _in_subordinate(tok: Token, marks: set[str], stop: set[int] = frozenset()) -> bool:
    """Whether a token hangs under a clause introduced by one of these conjunctions ("since he took office
    in March", "after he met X on Friday") before it reaches the ``stop`` tokens: that clause's own time."""
    for _ in range(6):
        if tok.head == tok or tok.i in stop:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
            return True
    return False


def _acts(tok: Token) -> bool:
    """A token in the position of an agent: subject, possessor, or conjunct of one."""
    while tok.dep_ in ("conj", "compound", "appos") and tok.head != tok:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS | {"poss", "agent"}


def _in_subject(tok: Token) -> bool:
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head != head:
        head = head.head
    return head.dep_ in SUBJECT_DEPS


def _is_definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "those", "these", "their", "its")
               for c in token.children)


def _phrase(token: Token) -> str:
    span = token.doc[token.left_edge.i:token.right_edge.i + 1]
    # Cut at a clause boundary or a second preposition phrase that starts a new idea.
    words = []
    for t in span:
        if t.dep_ in ("relcl", "advcl", "punct") and t.i > token.i and t.text in (",", ";", "(", ")", "—", "-"):
            break
        if t.lower_ in ("which", "that", "who") and t.i > token.i:
            break
        words.append(t)
    text = "".join(t.text_with_ws for t in words).strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    return text[:160] or None


def _ahead_of(trig: Token) -> bool:
    """'Ahead of his meeting with X on Friday, Y said ...': an event still to come when the main clause is told
    (and, with a possessive, told for the first time)."""
    return trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lower_ == "ahead"


def _trip_for(trig: Token) -> Token | None:
    """The motion verb a trigger is the purpose of ("arrived in Beijing on Wednesday for talks with Y", "is
    travelling to X for talks"), else None."""
    verb = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "for" else None
    return verb if verb is not None and verb.lemma_ in MOTION_VERBS else None


def _sideline_setting(trig: Token) -> bool:
    """Whether a gathering is named only as the setting of another event: "met on the sidelines of a ministerial
    meeting of the regional bloc IGAD", "on the margins of the high-level segment of the UN General Assembly".
    Such a gathering is no interaction of the body or host it names with whoever else the sentence names."""
    tok = trig
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        tok = tok.head.head
        if tok.lower_ in SIDELINE_WORDS:
            return True
    return False


def _misplaced_agents(verb: Token) -> list[Token]:
    """'X was received at the Congress building by Y', the by-phrase parsed under the place: Y (the agent of a passive
    verb that has none of its own)."""
    children = _children(verb)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return []
    return [o for p in children if p.dep_ == "prep" and p.lower_ in ("at", "in") for place in _children(p)
            if place.dep_ == "pobj" and place.ent_type_ not in ("PERSON", "NORP")
            for by in _children(place) if by.dep_ == "prep" and by.lower_ == "by"
            for o in _children(by) if o.dep_ == "pobj"]

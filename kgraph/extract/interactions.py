"""Trigger tokens -> interaction mentions (type, channel, place, topic, with the participant and time
rules of the mixins), then the mentions of one interaction merged into one.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kgraph.model import (
    ActorKind,
    Article,
    DatePrecision,
    InteractionType,
    Role,
    Status,
    normalise_name,
)
from kgraph.nlp.components import TRIGGERS_KEY, read_triggers
from kgraph.nlp.dates import day_offset
from kgraph.extract.actors import DocActor, DocumentActors, _dateline_country, _dateline_place, _place_text, _trim
from kgraph.extract.lexicon import (
    AFFAIRS_NOUNS, ANAPHORIC_ONLY, ANSWER_VERBS, ARRANGEMENT_NOUNS, AUX_WORDS, BODY_NOUNS, CALL_PURPOSES, COMMENTATOR_NOUNS,
    CONDITIONAL_MARKS, CONTAINER_NOUNS,
    CONTENT_NOUNS, COUNTRY_GROUP_NOUNS, DEPUTY_NOUNS, FRAME_WORDS, SECOND_RANKS,
    GENERIC_OFFICIALS, GROUP_ANAPHORA, HOLD_VERBS, HYPOTHETICAL_MODALS, JOIN_VERBS, LEG_VERBS, MOTION_VERBS, OCCASION_WORDS,
    OFFER_WORDS, PERSON_GROUP_NOUNS, POSSIBILITY_WORDS, PERSON_NOUNS, PHONE_WORDS, PLACE_PREPS, PLAN_ADJECTIVES, PRESIDE_VERBS,
    REPORT_VERBS,
    SCHEDULE_VERBS,
    SETTLEMENT_NOUNS, SIDELINE_WORDS, SUBJECT_DEPS, SUPPORT_VERBS, TAKE_PLACE_VERBS, TEMPORAL_PREPS, TOPIC_PREPS, TOPIC_VERBS,
    TRIP_WORDS, UNTIMED_WORDS, URGE_VERBS, VIDEO_WORDS, WEAK_NOUNS,
)
from kgraph.extract.mentions import (
    Mention, _absorb, _compatible_date, _compatible_status, _compatible_type, _fulfilled, _remote_and_in_person,
    _same_visit, _recent_and_older, _trip_leg, _within_days,
)
from kgraph.extract.participants import ParticipantRules, _invitation_above
from kgraph.extract.syntax import (
    _ahead_of, _event_part, _in_conjoined_clause, _in_quotes, _in_relative_clause, _inside_clause, _is_definite,
    _misplaced_agents, _phrase, _refuses, _rejected_offer, _children, _sent, _sentences_before, _sideline_setting,
    _subtree, _temporal_clause, _under, _where_clause,
)
from kgraph.extract.timing import TimeRules, _anaphoric_day, _call_told_in_object, _line_before, _shift_day, _was_to

DELEGATE_REACH = 300  # tokens around "the foreign ministers of A and B" in which to find them named without a post


RETURN_VERBS = {"return", "proceed", "jet"}  # going back or on to a place: where the event the trip is for is
# the last word of a gathering a city names ("the Munich Security Conference"; not lexicon.GATHERING_NOUNS, what one
# attends along with others)
NAMED_GATHERING_NOUNS = {"conference", "summit", "forum", "dialogue", "assembly", "meeting", "congress", "expo", "games",
                         "olympics", "week", "symposium", "convention"}
OUTSKIRTS = {"outskirts", "outskirt", "edge", "fringes", "fringe"}  # "on the outskirts of Moscow", "on the edge of the capital"

_MAYBE_MODALS = HYPOTHETICAL_MODALS | {"would"}  # (made once: a union in a rule is built again at every test)
_TRAVEL_VERBS = MOTION_VERBS | RETURN_VERBS
_CONDITION_MARKS = CONDITIONAL_MARKS | {"once"}
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
RESUME_VERBS = {"resume", "reopen", "restart", "relaunch", "revive", "reactivate"}


def _takes_place(clause: Token) -> bool:
    """'that was to take place', 'which will be held': a clause that says where and when an event happens."""
    return any(x.dep_ == "xcomp" and x.lemma_ in ("take", "hold") for x in _children(clause)) or (
        clause.lemma_ in ("take", "hold") and any(c.lower_ == "place" for c in _children(clause))) or any(
        a.dep_ == "acomp" and a.lower_ in PLAN_ADJECTIVES and _takes_place(a)
        for a in _children(clause))  # ("that were due to be held in Phnom Penh")


def _told_as_news(chain: list[Token]) -> bool:
    """Whether an event is told as just done, in the present perfect ("have met", "has held talks") or as a
    present state ("the meeting is over", "are meeting"), and not as a repeated or long-past thing ("have met
    three times", "has not met him since 2019", "have already met")."""
    verbs = [t for t in chain[:3] if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    verb = verbs[0]
    aux = [c for c in _children(verb) if c.dep_ in ("aux", "auxpass")]
    perfect = verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'ve", "'s") for a in aux) \
        and not any(a.tag_ in ("VBD", "MD") or a.lower_ in ("had", "will") for a in aux)
    ongoing = verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'re") for a in aux) or (
        verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ in ("acomp", "advmod") and c.lower_ in ("over", "underway", "under") or (
                c.dep_ == "prep" and c.lower_ == "on" and any(o.lemma_ in ("visit", "trip", "tour") for o in _children(c)))
            for c in _children(verb)))  # ("is on a state visit to Serbia")
    if not (perfect or ongoing):
        return False
    return not any(t.lower_ in ("times", "twice", "since", "ever", "never", "already", "previously", "before",
                                "often", "repeatedly", "regularly", "years", "months", "weeks", "recently")
                   for t in _subtree(verb))


_CLOCK_START = re.compile(r"^\s*\d{1,2}[:.]\d{2}", re.MULTILINE)
_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|local time)?\s*[-\u2013\u2014:|]?")


def _subject_verb(verb: Token) -> Token:
    """The verb whose subject is a verb's own: itself, or the verb it is conjoined to when it has none ("The
    presidents of A and B met on Thursday and agreed ...")."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in SUBJECT_DEPS for c in _children(verb)):
        return verb.head
    return verb


def _possibility(verb: Token, trig: Token) -> bool:
    """Whether an interaction is told as a possibility: its noun called possible ("a possible visit"), or its
    clause the content of a possibility ("the possibility that X will travel to India")."""
    if trig.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in POSSIBILITY_WORDS for c in _children(trig)):
        return True
    return verb.dep_ in ("acl", "ccomp") and verb.head.lemma_ in POSSIBILITY_WORDS


def _agreed_resumption(trig: Token) -> bool:
    """Whether talks are what an "agree" above them resumes ("agreed ... to reopen talks on X"), at no time of
    their own (not "agreed to resume trade talks next month": talks planned)."""
    return trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_ in RESUME_VERBS \
        and any(a.lemma_ == "agree" for a in list(trig.head.ancestors)[:3]) \
        and not any(t.ent_type_ in ("DATE", "TIME") and not _in_relative_clause(t, {trig.head.i})
                    for t in _subtree(trig.head))


def _commentary(trig: Token) -> bool:
    """Whether a trigger stands in a quotation whose speaker, in the same sentence, is a commentator ('"Both sides
    want to be seen talking," said X, a security analyst'; 'an economist said: "They will not fly to Y for
    that"'), not a party or an official."""
    sentence = _sent(trig)
    if not _in_quotes(trig):
        return False
    for verb in sentence:
        if verb.lemma_ in REPORT_VERBS and verb.pos_ == "VERB" and not _in_quotes(verb):
            for s in _children(verb):
                if s.dep_ == "nsubj" and (s.lemma_.lower() in COMMENTATOR_NOUNS or any(
                        a.dep_ == "appos" and a.lemma_.lower() in COMMENTATOR_NOUNS for a in _children(s))):
                    return True
    return False


def _not_since(chain: list[Token]) -> bool:
    """'X and Y have not met since a summit in Paris in 2019', 'a commission that has not met since 2016': the
    time since the parties' last meeting, no meeting denied (that last one is told by its own words)."""
    return any(any(c.dep_ == "neg" for c in _children(t)) and any(
        (c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in _children(c))) for c in _children(t))
        for t in chain[:3] if t.pos_ in ("VERB", "AUX"))


def _unanswered(trig: Token) -> bool:
    """'Asked about reports that X would meet Y, the minister declined to comment': a report put to someone who
    would not answer is neither denied nor confirmed; it tells no interaction (what is refused is the answer,
    and the meeting is not in it)."""
    above = list(trig.ancestors)
    refusal = next((t for t in above[:6] if _refuses(t)), None)
    return refusal is not None and any(c.dep_ == "xcomp" and c.lemma_ in ANSWER_VERBS and c not in above
                                       for c in _children(refusal))


def _gathering_as_destination(trig: Token) -> bool:
    """'Modi is expected to travel to Brazil next week for the BRICS summit', 'X is expected in Manila in March for
    the first meeting of a joint commission': a gathering told as what a trip is for is where the traveller goes;
    the trip is what the clause tells, not who meets whom there (unless the gathering's parties are told with it:
    "travel to Lima for a summit with X")."""
    if not (trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "for"):
        return False
    trip = trig.head.head
    return trip.lemma_ in TRIP_WORDS and not any(
        (c.dep_ == "prep" and c.lower_ in ("with", "between")) or c.dep_ in ("acl", "relcl", "appos")
        for c in _children(trig))  # (nor "for the first EU-Central Asia summit, hosted by X and attended by Y")


def _urged(verb: Token) -> bool:
    """Whether a verb tells what someone urges others to do ("urged X to sign", "called on both sides to agree",
    "pressed them to hold talks"); not one's own push ("pressed to meet X")."""
    urging = verb.head
    if verb.dep_ != "xcomp" or not (urging.lemma_ in URGE_VERBS or urging.lemma_ == "call"):
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and urging.lemma_ == "call")
               for c in _children(urging))


def _framing_trip(trig: Token, chain: list[Token]) -> list[Token]:
    """'X and Y pledged on Wednesday to press ahead with the dredging, on X's first official visit to Paraguay': a
    trip told as the frame of a clause ("on a visit to", "on his first trip abroad") is under way when the clause's
    finite verb is, not when the infinitive the parser hangs it under would be: the chain skips the infinitive."""
    if not (trig.dep_ == "pobj" and trig.head.lower_ == "on" and trig.lemma_ in ("visit", "trip", "tour")):
        return chain
    cut = next((n for n, t in enumerate(chain) if n and t.dep_ == "xcomp" and t.head.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in _children(t))), None)
    return chain if cut is None else chain[:cut] + [chain[cut].head]


def _trip_for_talks(chain: list[Token]) -> bool:
    """'flew on to Erbil for talks with X': the parser hangs "for talks" on the place, so the trip verb is
    further up the chain than a trigger's own verbs are (the trip's destination is where the talks are)."""
    return len(chain) >= 5 and chain[1].lower_ == "for" and chain[3].lower_ == "to" \
        and chain[4].lemma_ in _TRAVEL_VERBS


def _at_another_time(tok: Token, top: Token) -> bool:
    """Whether a token of ``top``'s subtree lies in a phrase of another time: "met X at the conference on
    Friday, a day after holding talks in Berlin", "a day after a stop in Tokyo", where Berlin and Tokyo are
    the other event's (but "shortly after arriving in Beijing": where one arrived, one is)."""
    while tok != top and tok.head != tok:
        if _temporal_clause(tok) is not None and tok.lemma_ not in _TRAVEL_VERBS:
            return True
        tok = tok.head
    return False


def _compatible_place(a: str | None, b: str | None) -> bool:
    """Whether two places of mentions can be one occasion's: either untold, or one within the other ("Lopez Palace,
    Asuncion" and "Asuncion")."""
    if not a or not b:
        return True
    a, b = a.casefold(), b.casefold()
    return a in b or b in a


class InteractionFinder(ParticipantRules, TimeRules):
    """Turns trigger tokens into interaction mentions, then merges mentions of the same interaction."""

    def __init__(self, doc: Doc, article: Article, actors: DocumentActors):
        self.doc = doc
        self.article = article
        self.actors = actors
        self.gaz = actors.gaz
        self.triggers = read_triggers()
        self.mentions: list[Mention] = []
        self.extra_mentions: list[Mention] = []
        self._signing_frame: Mention | None = None  # the event a signing without witnesses closes (_witnessed)
        self._groups_named: set[tuple[str, ...]] | None = None  # groups of states the story names (_story_group)
        self.trigger_spans = list(doc.spans.get(TRIGGERS_KEY, []))  # (a SpanGroup builds new spans at every walk)
        self.trigger_label = {s.root.i: s.label_ for s in self.trigger_spans}  # head -> type
        self.trigger_heads = set(self.trigger_label)
        self._gender_cache: dict[str, str] | None = None
        self._dates_cache: dict[tuple[int, int], list[Span]] = {}
        self._story_day_cache: list[tuple[int, tuple[str, DatePrecision]] | None] = []  # (empty: not looked for)
        self._interviewee_cache: str | None = None
        self._author_cache: str | None = None
        self._first_person_cache: list[int] | None = None
        self._hosts_cache: list[tuple[int, str]] | None = None
        self._named_countries: set[str] | None = None
        self._live_report: bool | None = None  # whether a line starts with a clock time (_entry_headline)
        self._quoted: set[int] | None = None  # the sentences (by start) with a quote mark (_commentary)
        self.summit_heads = {i for i, label in self.trigger_label.items() if label == InteractionType.SUMMIT.value}
        self.ent_dates: dict[int, tuple[str, DatePrecision]] = {}  # date entity start -> what it resolved to

    # -- the syntax around a trigger -------------------------------------------------------------------
    def _governor(self, trig: Token) -> Token:
        """The verb that carries a noun trigger's arguments: 'held' in 'X held talks with Y',
        'arrived' in 'X arrived in Amman on a visit', 'agreed' in 'X and Y agreed upon a pact'."""
        misread = next((c for c in _children(trig) if c.dep_ in ("amod", "compound") and c.i < trig.i
                        and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in SUPPORT_VERBS
                        and any(g.dep_ in SUBJECT_DEPS for g in _children(c))), None)
        if misread is not None:
            return misread  # "X held phone talks with Y" parsed with "held" as an adjective of "talks"
        tok = trig
        for _ in range(4):
            if tok.pos_ in ("VERB", "AUX") and tok != trig:
                return tok
            if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):  # ("to be followed by another round")
                if tok == trig and tok.head.lower_ == "in" and tok.head.i < tok.head.head.i \
                        and (_is_definite(tok) or any(c.dep_ == "poss" for c in _children(tok))):
                    return trig  # "In his meeting with Jaishankar, Wang proposed ...": the frame of what was said
                if tok.head.lower_ in TEMPORAL_PREPS:
                    return trig  # "after the talks, X said": the talks are not X's act
                holder = tok.head.head
                if holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() in CONTAINER_NOUNS \
                        and tok.head.lower_ == "of":
                    tok = holder  # "held a fresh round of talks": the round stands for the talks
                    continue
                if holder.pos_ not in ("VERB", "AUX"):
                    return trig  # "a call for talks", "an offer of talks": stop at the noun
                tok = holder
                continue
            if tok.dep_ == "dobj" and tok.head.lower_ in TEMPORAL_PREPS:
                return trig  # "following talks between X and Y on Saturday": "following" is a preposition
            if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "conj", "compound", "npadvmod",
                            "appos", "oprd", "dep") and tok.head != tok:
                tok = tok.head
            else:
                break
        return tok if tok.pos_ in ("VERB", "AUX") else trig

    # -- the clause above a trigger, place, topic, channel ---------------------------------------------
    def _chain(self, trig: Token, gov: Token) -> list[Token]:
        """Trigger, governor and the verbs above them up to (not including) a reporting verb."""
        chain = [trig] if gov == trig else [trig, gov]
        tok = gov
        for _ in range(4):
            if tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in TEMPORAL_PREPS:
                break  # "following talks on Saturday, Kenya will...": the main clause is another event
            if tok.dep_ == "advcl" and _temporal_clause(tok):
                break  # "..., a day after she met Vucic": the main clause happened at another time
            if tok.dep_ in ("ccomp", "conj", "parataxis") and any(
                    t.text == ";" for t in self.doc[min(tok.i, tok.head.i) + 1: max(tok.i, tok.head.i)]
                    if t.head in (tok, tok.head)):
                break  # "It was X's first trip to Canada; Carney visited Mexico City in September": two statements
            if tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("by", "from", "in") \
                    and tok.head.head.head.lemma_.lower() in CONTENT_NOUNS \
                    and any(c.lower_ == "that" for c in _children(tok)):
                # "denied a report by a U.S. news website that X and Y had spoken": the that-clause is the report's
                tok = tok.head.head.head
                chain.append(tok)
                continue
            if (tok.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp", "prep", "pobj", "dobj", "nsubjpass",
                             "nsubj", "auxpass", "ccomp", "acl") or _where_clause(tok)
                    or (tok.dep_ == "relcl" and tok.head.lemma_.lower() in CONTENT_NOUNS)) and tok.head != tok:
                # ("denied a report that X and Y had spoken": the parser makes the that-clause a relative one)
                tok = tok.head
                if tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head != tok:
                    tok = tok.head  # "look forward to welcoming X"
                if tok.pos_ in ("VERB", "AUX") and tok.lemma_ in REPORT_VERBS:
                    denial = tok.head.head if tok.head.dep_ != "pobj" else tok.head.head.head
                    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.dep_ in ("dobj", "nsubjpass", "pobj") \
                            and _refuses(denial):
                        chain.append(denial)  # "denied reports saying", "dismissed as false posts claiming that X met Y"
                    break
                chain.append(tok)
            else:
                break
        return chain

    def _sides_at(self, keys: frozenset[str], city: str) -> set[str]:
        """The countries of the parties of an event held in ``city``: the one person of no told country there is of
        the country whose capital it is ("Captain Ibrahim Traore hosted him in Ouagadougou": Burkina Faso's)."""
        sides = {self.actors.country_key(k) or k for k in keys}
        unknown = [k for k in sides if k.startswith("person:")]
        place = self.gaz.place(city)
        if len(unknown) == 1 and place is not None and place.how == "capital" and place.country:
            home = f"country:{normalise_name(place.country)}"
            if home not in sides:
                sides = (sides - set(unknown)) | {home}
        return sides

    @staticmethod
    def _sides_within(countries: set[str], sides: set[str]) -> bool:
        """Whether the parties of an event are among the sides of another: "Foreign Minister X, who accompanied
        Meloni, held talks with his Tunisian counterpart" after Meloni's talks in Tunis, X's country untold
        standing for the one side (Italy) the other party (Tunisia) leaves."""
        unknown = {k for k in countries if k.startswith("person:")}
        return countries - unknown <= sides and len(unknown) <= 1 and (
            not unknown or len(sides - countries) >= 1)

    def _scene(self, keys: set[str], status: Status, date: tuple[str, DatePrecision] | None,
               sentence: Span) -> str | None:
        """The city the story is in when an event is told without a place: "X arrived in N'Djamena on Thursday.
        He met President Y on Friday", "Z flew to Tunis ... Later that day Z held talks with W at the Kasbah".
        The place of the last event told with one in the few sentences before, when it is of the same people
        (or of people of the same countries: "the foreign minister, who accompanied Z, held talks with his
        counterpart"), of the same status and of days close together; none when the last place told was of
        others (the story has moved on)."""
        if not keys:
            return None
        start = _sentences_before(sentence.root, 5)
        countries = {self.actors.country_key(k) or k for k in keys}
        others: set[str] = set()  # the places of others told since
        for m in reversed(self.mentions):
            if m.sentence.start < start:
                return None
            if m.sentence.start > sentence.start:
                continue
            if m.location is None and len(m.keys & keys) >= 2 and m.type in (InteractionType.PHONE_CALL,
                                                                    InteractionType.VIDEO_CALL):
                return None  # ("then spoke by phone with Y, in which the two discussed ...": the call, nowhere)
            if m.location is None:
                continue  # (an event told earlier in the same sentence too: "visited Beijing and met Xi")
            if date is None and m.date is not None and m.date[1] is not DatePrecision.DAY \
                    and self.article.published is not None \
                    and not _compatible_date(m.date, (self.article.published.isoformat(), DatePrecision.DAY)):
                continue  # ("The two last sat down together at the White House in September last year. ... The
                # meeting is over": an occasion of another month or year is not where the story is)
            city = m.location.rpartition(", ")[2]  # (the city of "Carthage Palace, Tunis")
            if not (keys & m.keys or self._sides_within(countries, self._sides_at(m.keys, city))):
                others.add(city)
                continue
            if m.status is not status or not (date is None or m.date is None or _within_days(date, m.date)) \
                    or others - {city}:
                return None
            place = self.gaz.place(city)
            return city if place is None or place.how == "capital" else None  # (a city, not a country)
        return None

    def _location(self, chain: list[Token], trig: Token, occurred: bool = True, scene: str | None = None) -> str | None:
        """Where: places in "in/at" phrases of the trigger, its clause and its participants, the
        destination of a trip, or the place a "where" clause hangs on. A city beats a country, and a
        venue ("the Istana") is kept with its city when the text gives one (else the city of the scene, else
        the dateline's)."""
        found: list[Span] = []
        named_capitals: list[str] = []

        def is_country(e: Span) -> bool:  # (a capital is a city: "in Kampala's State House")
            return self.gaz.is_country(_trim(e).text)

        def gathering(name: Token) -> None:
            """'on the sidelines of the Munich Security Conference', 'at the U.N. General Assembly': where a
            gathering named by its city, or held at a known seat, took place."""
            ent = next((e for e in _sent(name).ents if e.start <= name.i < e.end
                        and e.label_ in ("ORG", "EVENT", "FAC", "WORK_OF_ART")), None)
            if ent is None:
                return
            if self.gaz.venue_city(ent.text):
                found.append(ent)
                return
            if ent[-1].lemma_.lower() not in NAMED_GATHERING_NOUNS:
                return  # (not "at the Carthage Palace", "at the Imperial Palace": a building, not a gathering)
            start = ent.start + (ent[0].lower_ == "the")
            for n in (3, 2, 1):
                words = self.doc[start:start + n]
                if start + n < ent.end and all(t.is_title for t in words) and (
                        self.gaz.city(words.text) or self.gaz.is_capital(words.text)):
                    found.append(Span(self.doc, start, start + n, label="GPE"))
                    return

        def take(pobj: Token) -> None:
            if pobj.dep_ in ("pobj", "dobj") and pobj.ent_type_ not in ("GPE", "LOC", "FAC") and pobj.is_title:
                # "travelled to Johor Bahru" (tagged a person), "in La Paz" (untagged, "Paz" a person's name too):
                # a name of two words or more the gazetteer knows as a city or a capital is that place
                left = pobj.i
                while left > 0 and self.doc[left - 1].dep_ == "compound" and self.doc[left - 1].head.i == pobj.i \
                        and self.doc[left - 1].is_title:
                    left -= 1
                words = self.doc[left:pobj.i + 1]
                if left < pobj.i and (self.gaz.city(words.text) or self.gaz.is_capital(words.text)):
                    found.append(Span(self.doc, left, pobj.i + 1, label="GPE"))
                    return
            if pobj.dep_ == "pobj" and pobj.head.lower_ == "at" and not pobj.ent_type_ in ("GPE", "LOC"):
                # "at the Casa Grande del Pueblo in La Paz", "at a hotel in Geneva": the city the venue is in
                for prep in _children(pobj):
                    if prep.dep_ == "prep" and prep.lower_ == "in":
                        for o in _children(prep):
                            if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or o.is_title):
                                take(o)
                    elif prep.dep_ == "prep" and prep.lower_ == "on":  # ("at a retreat on the edge of the capital")
                        for o in _children(prep):
                            if o.dep_ == "pobj" and o.lower_ in OUTSKIRTS:
                                take(o)
            if pobj.dep_ in ("pobj", "dobj") and (not pobj.ent_type_ or pobj.is_lower) \
                    and pobj.lemma_.lower() in SETTLEMENT_NOUNS:  # (also "the [Kazakh city] of X", tagged GPE)
                # "in the Red Sea city of Jeddah", "the border town of Busia": the place named after "of"
                named = [o for p in _children(pobj) if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p)
                         if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or self.gaz.city(o.text) or (
                             o.pos_ == "PROPN" and o.is_title and self.actors.actor_at(o) is None
                             and o.ent_type_ in ("", "PRODUCT", "WORK_OF_ART", "ORG")))]
                if named:
                    if named[0].ent_type_ in ("GPE", "LOC", "FAC"):
                        take(named[0])
                    else:  # ("the border town of Moyale", untagged)
                        found.append(Span(pobj.doc, named[0].i, named[0].i + 1, label="GPE"))
                    return
                country = next((self.gaz.country(c.text) for c in _children(pobj)
                                if c.dep_ in ("amod", "compound", "poss") and self.gaz.country(c.text)), None)
                if pobj.lemma_.lower() == "capital":
                    # "in the Ugandan capital": that country's capital
                    if country and self.gaz.capitals.get(country):
                        named_capitals.append(self.gaz.capitals[country])
                    elif country is None and _is_definite(pobj) and not any(
                            c.dep_ in ("amod", "compound", "poss", "prep") for c in _children(pobj)):
                        # "on the outskirts of the capital": the capital the story named last (else the one it
                        # was filed from)
                        named = next((e.text for e in reversed(self.doc[max(0, pobj.i - 600):pobj.i].ents)
                                      if e.label_ == "GPE" and self.gaz.is_capital(e.text) and e.root.dep_ == "pobj"
                                      and e.root.head.lower_ in ("in", "at", "to", "into")), None)
                        # (a capital named as a place: not "pushed Addis Ababa and Mogadishu to the brink")
                        filed = _dateline_place(self.article.dateline)
                        if named is None and filed and self.gaz.is_capital(filed):
                            named = filed
                        if named is not None:
                            named_capitals.append(named.title() if named.isupper() else named)
                    return
                if _is_definite(pobj) and pobj.lemma_.lower() in ("city", "town", "port", "resort") and not any(
                        p.dep_ == "prep" and p.lower_ == "of" for p in _children(pobj)):
                    # "since the two sides first met in the Turkish city": the city of that country named last;
                    # "arrived in the southeastern city": the city named last
                    named = next((e for e in reversed(self.doc[max(0, pobj.i - 600):pobj.i].ents)
                                  if self.gaz.city(e.text) and not (self.actors.actor_at(e.root) or "").startswith(
                                      "person:") and (country is None or self.gaz.city(e.text) == country)), None)
                    # (a city the tagger called a person too: "flew to Busan")
                    if named is not None:
                        found.append(Span(self.doc, named.start, named.end, label="GPE"))
                    return
            if pobj.dep_ == "pobj" and not pobj.ent_type_ and pobj.lemma_.lower() in {
                    "district", "suburb", "neighbourhood", "neighborhood", "area", "quarter"} | OUTSKIRTS:
                # "in Nairobi's Gigiri district", "on the outskirts of Moscow": the city
                for c in _children(pobj):
                    if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.i in self.actors.ent_at:
                        found.append(self.actors.ent_at[c.i])
                    elif c.dep_ == "prep" and c.lower_ == "of":
                        for o in _children(c):
                            if o.dep_ == "pobj" and (o.ent_type_ == "GPE" or o.lemma_.lower() == "capital"):
                                take(o)
                return
            ent = self.actors.ent_at.get(pobj.i) if pobj.ent_type_ in ("GPE", "LOC", "FAC", "ORG") else None
            if pobj.dep_ in ("pobj", "dobj") and ent is not None and (ent.label_ != "ORG" or self.gaz.venue_city(
                    ent.text)):  # (a city the small model tags ORG, "travel to Skopje", is a place below)
                if ent not in found:
                    found.append(ent)
                    # "in Kampala's State House": the venue's city is its possessor
                    found.extend(self.actors.ent_at[c.i] for c in _children(pobj) if c.dep_ == "poss"
                                 and c.i in self.actors.ent_at and self.actors.ent_at[c.i].label_ == "GPE")
            elif pobj.dep_ in ("pobj", "dobj") and pobj.ent_type_ not in ("GPE", "LOC", "FAC") \
                    and self.gaz.place(pobj.text) and self.gaz.place(pobj.text).how in ("capital", "name") \
                    and not (self.actors.actor_at(pobj) or "").startswith(("person:", "institution:")):
                found.append(Span(pobj.doc, pobj.i, pobj.i + 1, label="GPE"))  # "visited Kyiv", mis-tagged
            elif pobj.dep_ == "pobj" and (pobj.head.lower_ in ("in", "at") and pobj.head.head in chain[:3] or (
                    pobj.head.lower_ == "to" and pobj.head.head in chain
                    and pobj.head.head.lemma_ in _TRAVEL_VERBS)) \
                    and pobj.pos_ == "PROPN" and pobj.ent_type_ in ("", "ORG", "NORP", "GPE") and pobj.is_title \
                    and self.actors.actor_at(pobj) is None and pobj.ent_iob_ != "I":
                # "met in Khiva", "gathered at Thingvellir", "met in Cholpon-Ata", "flew on to Erbil": a name the
                # tagger does not know (or calls an organisation) put where the event took place, and no actor: a place
                left = pobj.i
                while left > 0 and (self.doc[left - 1].dep_ == "compound" and self.doc[left - 1].pos_ == "PROPN"
                                    or self.doc[left - 1].tag_ == "HYPH") and self.doc[left - 1].head.i >= left:
                    left -= 1
                ent = self.actors.ent_at.get(pobj.i)
                if ent is not None and self.gaz.city(_trim(ent).text):
                    left = _trim(ent).start  # ("met in Foz do Iguaçu", tagged ORG as a whole)
                words = self.doc[left:pobj.i + 1]
                if all(t.is_title or t.tag_ == "HYPH" or t.is_lower and t.pos_ in ("ADP", "DET", "PROPN")
                       for t in words) and words[0].is_title and not self.gaz.institution(words.text) \
                        and not any(self.actors.actor_at(t) for t in words) and not any(
                            c.dep_ == "prep" and c.lower_ == "of" for c in _children(pobj)) \
                        and (ent is None or ent.end == pobj.i + 1 or self.gaz.city(_trim(ent).text)):
                    # (not "at the Group of 20 summit": a name that goes on)
                    right = next((left + n for n in (4, 3, 2) if left + n > pobj.i + 1 and left + n <= len(self.doc)
                                  and self.gaz.city(self.doc[left:left + n].text)), pobj.i + 1)
                    found.append(Span(self.doc, left, right, label="GPE"))  # ("Foz [do Iguaçu]" parsed apart)

        motion = any(t.lemma_ in _TRAVEL_VERBS for t in chain[:3]) or _trip_for_talks(chain) \
            or trig.lemma_ in ("visit", "trip", "welcome")  # ("negotiators return to Geneva this week for talks")
        # ("welcomed Thai Prime Minister X to Putrajaya")
        preps = PLACE_PREPS | ({"to", "for"} if motion else set())
        # the trigger's own phrase (places often hang on a participant: "talks between A and B in Addis")
        heads = list(chain) + [t for t in _subtree(trig) if t.dep_ in ("pobj", "dobj", "conj", "appos")
                               and not _inside_clause(t, trig) and not _at_another_time(t, trig)]
        heads += [c for t in chain[:2] for c in _children(t) if c.dep_ in ("dobj", "pobj")
                  or c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in _children(c))]
        heads += [o for t in chain[:2] for c in _children(t) if c.dep_ == "prep" for o in _children(c)
                  if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")]  # ("planned for 9 September in Berlin")
        # ("On Saturday in Suva, I will meet X": the place parsed under the date's preposition)
        heads += [a for h in heads[len(chain):] for a in _children(h) if a.dep_ == "appos"]
        if motion:  # ("travels on to Singapore": the to-phrase parsed under "on", the verb's own)
            heads[1:1] = [c for c in _children(chain[0]) if c.lower_ in ("on", "onward", "onwards")]
        led = [a for h in heads[len(chain):] for a in _children(h) if a.dep_ == "acl" and a.lemma_ in ("lead", "head")]
        heads += led + [o for a in led for g in _children(a) if g.dep_ == "agent" for o in _children(g) if o.dep_ == "pobj"]
        # ("received a delegation led by X in Pretoria on Monday": the place hung on the leader)
        heads += [c for t in chain[:2] for c in _children(t) if c.dep_ == "acomp"
                  or (c.dep_ == "xcomp" and c.lemma_ in TAKE_PLACE_VERBS)]
        heads += [x for t in chain[:2] for c in _children(t) if c.dep_ == "acomp" for x in _children(c)
                  if x.dep_ == "xcomp" and x.lemma_ in TAKE_PLACE_VERBS]  # "are due to resume in Doha"
        # the clauses that describe the event itself: "the previous round of talks, held in Cairo", "a meeting of
        # the ministers of A, B and C that was to take place in Kabul" (the clause hung on the last name)
        described = [trig] + ([trig.head.head] if trig.dep_ == "pobj" and trig.head.lower_ == "of"
                              and trig.head.head.lemma_ in CONTAINER_NOUNS else [])
        clauses = [c for t in described for c in _children(t) if c.dep_ in ("acl", "relcl") and (
            c.tag_ == "VBN" or _takes_place(c) or _was_to(c) or (c.lemma_ in TAKE_PLACE_VERBS and any(
                s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in _children(c))))]
        # ("the previous round, which opened in Washington"; "the first round, which was to have opened in Ankara")
        clauses += [r for t in _subtree(trig) if (t.dep_ == "pobj" or t.dep_ == "conj" and (
            t.head.dep_ == "pobj" or t.head == trig)) and t != trig for r in _children(t)
                    if r.dep_ in ("relcl", "acl") and (_takes_place(r) or (
                        r.tag_ == "VBN" and r.lemma_.lower() in SCHEDULE_VERBS))]
        # ("a meeting between X and Y that had been scheduled for 28 April in Almaty": the clause hung on the
        # last name of the trigger's phrase)
        heads += [o for c in clauses if c.tag_ == "VBN" for g in _children(c) if g.dep_ == "agent" or (
            g.dep_ == "prep" and g.lower_ == "between") for o in _children(g) if o.dep_ == "pobj"]
        # ("the talks held between the two ministers in Nouakchott", "talks hosted by X in Ohrid": the place hung on
        # the people the event's own clause names)
        heads += clauses + [x for c in clauses for x in _children(c) if x.dep_ == "xcomp"] + [
            x for c in clauses for a in _children(c) if a.dep_ == "acomp" for x in _children(a) if x.dep_ == "xcomp"]
        heads += [o for c in clauses for p in _children(c) if p.dep_ == "prep" for o in _children(p)
                  if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")]  # ("scheduled for 22 May in Uzhhorod")
        # ("received his counterpart X in Abidjan": the place on the apposed name; "is due in Paris for talks")
        stops = set(chain) | set(clauses)  # ("talks on the border that were due to be held in Phnom Penh")

        def topical(head: Token) -> bool:
            """Whether a noun lies in what the event is about ("talks on the rotation of troops", "discussed
            the war"), not in the event's own phrase."""
            tok = head
            for _ in range(8):
                if tok in stops or tok.head == tok:
                    return False
                if tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS and tok.ent_type_ not in ("DATE", "TIME") \
                        and tok.lower_ not in FRAME_WORDS and tok.i not in self.trigger_heads and tok.pos_ != "PROPN":
                    # (not "the Joint Commission on Bilateral Cooperation in China": a name)
                    return True
                if tok.dep_ == "dobj" and tok.head.lemma_.lower() in TOPIC_VERBS:
                    return True
                tok = tok.head
            return False

        def scan(heads: list[Token]) -> None:
            for head in heads:
                if head.lemma_.lower() in AFFAIRS_NOUNS and head not in stops:
                    continue  # "discussed the situation in Gaza": the place of what they talked about
                before = len(found)
                for child in _children(head):
                    if child.dep_ == "prep" and (child.lower_ in preps or child.lower_ == "on" and any(
                            o.lower_ in OUTSKIRTS for o in _children(child))):  # ("on the outskirts of X")
                        for pobj in _children(child):
                            take(pobj)
                            if child.lower_ == "at" and pobj.dep_ == "pobj":
                                gathering(pobj)  # ("met at the Munich Security Conference")
                    if child.dep_ == "prep" and child.lower_ == "on":
                        # "on the sidelines of the Munich Security Conference": the gathering's city
                        for side in (o for o in _children(child) if o.dep_ == "pobj" and o.lower_ in SIDELINE_WORDS):
                            for name in (n for p in _children(side) if p.dep_ == "prep" and p.lower_ == "of"
                                         for n in _children(p) if n.dep_ == "pobj"):
                                gathering(name)
                if len(found) > before and head not in stops and topical(head):
                    # "signed a memorandum on fishing quotas in the North Atlantic": a region or country in the
                    # topic is the topic's (a city there may still be where they met, the parse being loose)
                    found[before:] = [f for f in found[before:] if f.label_ not in ("GPE", "LOC") or (
                        f.label_ == "GPE" and not is_country(f) and (self.gaz.city(_trim(f).text) or self.gaz.place(
                            _trim(f).text) is not None))]
            for verb in [trig] + [t for t in chain[1:3] if trig.dep_ == "pobj" and trig.head.lower_ == "for"]:
                # ("visited Kyiv"; "is set to visit Seoul next week for talks with X": the talks there too)
                if verb.lemma_ == "visit" and verb.pos_ == "VERB":
                    for child in _children(verb):
                        if child.dep_ == "dobj":
                            take(child)

        where = next((t for t in [trig] + list(trig.ancestors)[:5] if t.dep_ == "relcl" and any(
            w.lower_ == "where" and w.dep_ == "advmod" and w.i < t.i for w in _subtree(t))), None)
        if where is None:
            scan(heads)
        else:
            # "arrived in Munich from Kyiv, where she met X (at the palace)": the place the clause names, else the
            # one it hangs on, else (the clause hung on an event: "the summit, where") the places of the sentence
            scan([h for h in heads if where.left_edge.i <= h.i <= where.right_edge.i])
            if not any(f.label_ in ("GPE", "LOC") and not self.gaz.venue_city(f.text) for f in found) \
                    and not named_capitals:
                head = where.head
                if head.ent_type_ in ("DATE", "TIME") and head.head.dep_ == "prep":
                    # "travel to Manila on Wednesday, where ...", "visited the Serbian capital in January, where":
                    # the clause hung on the date; the place named before it in that clause
                    head = next((o for o in reversed(list(_subtree(head.head.head))) if o.i < head.i and (
                        o.dep_ == "pobj" and o.head.lower_ in ("to", "in", "for") or o.dep_ == "dobj") and (
                        o.ent_type_ in ("GPE", "LOC") or self.gaz.place(o.text)
                        or o.lemma_.lower() in SETTLEMENT_NOUNS)), head)
                place = self.actors.ent_at.get(head.i)
                if place is None or place.label_ not in ("GPE", "LOC", "FAC"):
                    # ("to Port Vila, where": a city the small model left untagged or tagged otherwise)
                    words = self.doc[min(c.i for c in _subtree(head) if c.dep_ == "compound" or c == head):head.i + 1]
                    place = Span(self.doc, words.start, words.end, label="GPE") if (
                        self.gaz.place(words.text) or self.gaz.city(words.text)) else None  # (or "to Erbil, where")
                if place is not None:
                    found.append(place)
                else:
                    # "the Serbian capital, where", "a stop in Tokyo where"
                    take(head)
                    for child in _children(head):
                        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                            for pobj in _children(child):
                                take(pobj)
                    if not found and not named_capitals:
                        scan(heads)
            found = [f for f in found if isinstance(f, Span) and f.label_ in ("GPE", "LOC", "FAC")]
        if not any(f.label_ in ("GPE", "LOC") for f in found) and not named_capitals:
            # "last held talks in February, when Scholz brought them together in Munich", "last met in March, when
            # they attended a summit in Kampala": a "when" clause of the event's time that tells what its parties
            # did then tells where
            dated = [o for t in chain[:2] for p in _children(t) if p.dep_ == "prep" for o in _children(p)
                     if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")]
            whens = [c for t in chain[:2] + dated for c in _children(t) if c.dep_ in ("advcl", "relcl") and any(
                w.lower_ == "when" and w.dep_ == "advmod" for w in _children(c)) and any(
                a.dep_ in SUBJECT_DEPS | {"dobj"} and a.lower_ in ("they", "them", "both") for a in _children(c))]
            for clause in whens[:1]:
                scan([clause] + [o for o in _children(clause) if o.dep_ == "dobj"])
        there = next((c for t in chain[:2] for c in _children(t) if c.lower_ == "there" and c.dep_ == "advmod"), None)
        if not any(f.label_ in ("GPE", "LOC") for f in found) and there is not None:
            # "You were in Santo Domingo in July. - I met President Abinader there": the place named last (not one
            # left: "flew into Baghdad from Ankara. There he was received ..."); a venue named is in that place
            start, end = _sentences_before(trig, 2), min(trig.i, there.i)
            places = [e for e in self.doc[start:end].ents if e.label_ in ("GPE", "LOC")
                      and not (self.actors.actor_at(e.root) or "").startswith(("person:", "institution:"))]
            for i in range(start, end):  # (and gazetteer places the tagger left alone or called otherwise:
                # "Santo Domingo", "flew to Bamako" tagged ORG, "to Tunis" tagged NORP)
                for n in (3, 2, 1):
                    words = self.doc[i:i + n]
                    if i + n <= end and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                            and words[0].ent_type_ not in ("GPE", "LOC") and not any(
                                w.ent_iob_ == "I" for w in words[:1]) and (self.gaz.place(words.text) or (
                                words[-1].dep_ == "pobj" and self.gaz.city(words.text))) \
                            and not (self.actors.actor_at(words[-1]) or "").startswith(("person:", "institution:")):
                        places.append(Span(self.doc, i, i + n, label="GPE"))
                        break
            places = [e for e in places if not (e.root.dep_ == "pobj" and e.root.head.lower_ == "from")]
            found = sorted(places, key=lambda e: e.start)[-1:] + [f for f in found if f.label_ not in ("GPE", "LOC")]
        if not found and not named_capitals:
            # "During his visit to Cairo on Tuesday, X met Y": the place of the trip the meeting is told in
            for trip in (o for t in chain[:2] for p in _children(t) if p.dep_ == "prep" and p.lower_ in (
                    "during", "on", "in") for o in _children(p) if o.dep_ == "pobj" and o.lemma_ in (
                    "visit", "trip", "tour", "stay")):
                for pobj in (x for q in _children(trip) if q.dep_ == "prep" and q.lower_ in ("to", "in")
                             for x in _children(q)):
                    take(pobj)
        during = trig if trig.dep_ == "pobj" else trig.head if trig.dep_ == "relcl" else None  # ("a meeting at which
        # X hosted Y")
        if not found and not named_capitals and during is not None and during.dep_ == "pobj" \
                and during.head.lower_ == "during" and during.head.head.pos_ in ("VERB", "AUX"):
            # "The accord was signed in Geneva on Friday during a meeting between X and Y", "initialled by the
            # ministers at the White House, during a meeting at which X hosted Y": the place of the clause the
            # meeting is the time of (the parser often hangs it on the verb's object or agent)
            verb = during.head.head
            nouns = [verb] + [c for c in _children(verb) if c.dep_ in ("dobj", "nsubjpass")] + [
                o for a in _children(verb) if a.dep_ == "agent" for o in _children(a) if o.dep_ == "pobj"]
            for pobj in (o for n in nouns for p in _children(n) if p.dep_ == "prep" and p.lower_ in ("in", "at")
                         for o in _children(p) if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")):
                take(pobj)
        if not found and not named_capitals:
            # "X, who was in Washington on Tuesday for meetings, did not meet Y", "X, who arrived in Tunis on
            # Monday, held talks with Y": where a clause on the subject puts the subject
            for clause in (r for t in chain[:2] for c in _children(t) if c.dep_ in SUBJECT_DEPS
                           for r in _children(c) if r.dep_ == "relcl" and r.lemma_ in MOTION_VERBS | {"be"}):
                for pobj in (o for p in _children(clause) if p.dep_ == "prep" and p.lower_ in ("in", "to")
                             for o in _children(p) if o.dep_ == "pobj"):
                    take(pobj)
        found = self._place_of_the_date(trig, found)
        if not found:
            return named_capitals[0] if named_capitals else None
        cities = [e for e in found if e.label_ in ("GPE", "LOC") and not is_country(e)
                  and not self.gaz.venue_city(e.text)]
        countries = [e for e in found if e.label_ in ("GPE", "LOC") and is_country(e)]
        venues = [e for e in found if e.label_ in ("FAC", "ORG") or self.gaz.venue_city(e.text)]
        city = cities[0] if cities else None
        if venues:
            venue = _place_text(venues[0])
            known = self.gaz.venue_city(venue)
            story = scene or _dateline_place(self.article.dateline)
            if known and self.gaz.shared_venue(venue) and story and self.gaz.country(story) \
                    and self.gaz.country(story) != self.gaz.country(known):
                known = None  # ("hosted the summit at the State House", filed from Abuja: Abuja's, not Nairobi's)
            # the city the text gives ("at State House in Entebbe"), else the one the venue is known in
            place = (_place_text(city) if city is not None else None) or known \
                or scene or _dateline_place(self.article.dateline)
            return f"{venue}, {place}" if place and place != venue else venue
        if not cities and countries and trig.lemma_ in ("visit", "trip"):
            inner = self._city_of_the_purpose(trig, self.gaz.country(_place_text(countries[0])))
            if inner is not None:
                return inner
        if not cities and countries and occurred:
            # "arrived in Fiji on a two-day visit", filed from Suva: the dateline's city in that country (not for
            # what is planned: "a visit to Australia planned for next week", filed from Canberra, is to Australia)
            filed = _dateline_place(self.article.dateline)
            country = self.gaz.country(_place_text(countries[0]))
            if filed and country and self.gaz.place(filed) is not None and self.gaz.place(filed).how != "name" \
                    and self.gaz.country(filed) == country:
                return filed
        return _place_text((cities or countries)[0])

    def _place_of_the_date(self, trig: Token, found: list[Span]) -> list[Span]:
        """'The two men met again in Tehran that June and in Riyadh in August, when X was also received by Y': an
        event told in a "when" clause hung on a date, naming no place of its own, is in the place named nearest
        before that date in the clause above (Riyadh), not the first one it names."""
        clause = next((t for t in [trig, *list(trig.ancestors)[:3]] if t.dep_ == "relcl" and t.head.ent_type_ == "DATE"
                       and any(w.lower_ == "when" and w.dep_ == "advmod" for w in _children(t))), None)
        if clause is None or not found or any(clause.left_edge.i <= f.start <= clause.right_edge.i for f in found):
            return found
        date = clause.head
        above = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if above is None:
            return found
        places = [e for e in _sent(date).ents if e.label_ in ("GPE", "LOC") and above.left_edge.i <= e.start
                  and e.end <= date.i and e.root.dep_ == "pobj"]
        if not places or any(f.start == places[-1].start for f in found[:1]):
            return found
        nearest = places[-1]
        return [nearest] + [f for f in found if f.start != nearest.start]

    def _city_of_the_purpose(self, trig: Token, country: str | None) -> str | None:
        """'is visiting Japan to attend the national day at the Expo in Osaka', 'a visit to Japan by a delegation,
        which was to have attended a festival in Osaka': a city of the country visited, told in the clause of
        what the visit is for (or of who makes it), is where the visit goes."""
        if country is None:
            return None
        for clause in (t for t in _subtree(trig) if t.dep_ in ("xcomp", "advcl", "relcl", "acl") and t != trig):
            for pobj in (o for t in _subtree(clause) if t.dep_ == "prep" and t.lower_ == "in"
                         for o in _children(t) if o.dep_ == "pobj"):
                ent = self.actors.ent_at.get(pobj.i)
                name = _place_text(ent) if ent is not None and ent.label_ in ("GPE", "LOC") else (
                    pobj.text if pobj.is_title and self.actors.actor_at(pobj) is None else None)
                if name and self.gaz.city(name) == country and not self.gaz.is_country(name):
                    return name
        return None

    def _topic(self, chain: list[Token], trig: Token) -> str | None:
        for head in chain[:2]:
            for child in _children(head):
                if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
                    for pobj in _children(child):
                        if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "CARDINAL", "FAC", "LOC") \
                                and pobj.lower_ not in ("sidelines", "margins", "fringes", "phone", "telephone",
                                                        "day", "occasion", "eve", "way", "behalf", "visit", "trip"):
                            return _phrase(pobj)
                if child.dep_ in ("advcl", "xcomp", "relcl") and child.lemma_ in ("discuss", "address", "negotiate",
                                                                                 "review", "resolve", "ease"):
                    for obj in _children(child):
                        if obj.dep_ == "dobj":
                            return _phrase(obj)
        return None

    def _channel(self, trig: Token, gov: Token, sentence: Span) -> tuple[InteractionType | None, str | None]:
        near = [c.lower_ for c in _children(trig)] + [c.lower_ for c in _children(gov)]
        # (not "received X in Berlin, a day after the two spoke by phone": another clause, another event)
        near += [t.lower_ for t in _subtree(trig) if t.dep_ == "pobj" and t.head.lower_ == "by"
                 and not _inside_clause(t, trig)]
        means = [t for t in _subtree(gov) if t.dep_ == "pobj" and (t.head.lower_ in ("by", "over", "via") or (
            t.head.lower_ == "on" and t.lower_ in PHONE_WORDS)) and not _inside_clause(t, gov)  # "on the phone"
                 and not _in_conjoined_clause(t, gov)]
        near += [t.lower_ for t in means]
        near += [c.lower_ for t in means if t.head.head in (trig, gov) for c in _children(t)
                 if c.dep_ in ("compound", "amod")]
        # ("held talks by video link"; not "..., with X joining part of the session by video link")
        # "spoke in early January, in a phone call arranged by Qatar": the call's own compound; also where the
        # parser hung it on the counterpart ("discussed X with his Qatari counterpart in a phone call")
        holders = [trig, gov] + [o for t in (trig, gov) for p in _children(t) if p.dep_ == "prep" and p.lower_ == "with"
                                 for o in _children(p) if o.dep_ == "pobj"]
        near += [c.lower_ for t in holders for p in _children(t) if p.dep_ == "prep" and p.lower_ in ("in", "during")
                 for o in _children(p) if o.dep_ == "pobj" and o.lemma_ in ("call", "conversation", "conference")
                 for c in _children(o) if c.dep_ in ("compound", "amod")]
        told_call = _call_told_in_object(trig)
        if told_call is not None:
            near += [c.lower_ for c in _children(told_call) if c.dep_ in ("compound", "amod")] + [told_call.lower_]
        near.append(trig.lower_)
        if any(w in PHONE_WORDS or w.startswith("phone") or w.startswith("telephon") for w in near):
            return InteractionType.PHONE_CALL, "phone"
        if any(w in VIDEO_WORDS or w.startswith("video") for w in near):
            return InteractionType.VIDEO_CALL, "video"
        return None, None

    # -- per trigger -----------------------------------------------------------------------------------
    def mention_for(self, span: Span) -> Mention | None:
        trig = span.root
        sentence = _sent(trig)
        row = self.triggers.get((trig.lemma_.lower(), "VERB" if trig.pos_ in ("VERB", "AUX") else "NOUN")) \
            or self.triggers.get((trig.lower_.rstrip("s"), "NOUN")) or {}
        itype = InteractionType(span.label_)
        gov = self._governor(trig) if trig.pos_ not in ("VERB", "AUX") else trig
        if not self._trigger_is_event(trig, gov):
            return None
        if itype in (InteractionType.SUMMIT, InteractionType.MEETING) and _gathering_as_destination(trig):
            return None  # "will travel to Brazil next week for the BRICS summit": the trip is the event told
        if itype is InteractionType.AGREEMENT and self._signing_as_purpose(trig, gov):
            return None  # "will meet again in Rome on the 21st to sign an agreement": what the meeting is for
        if trig.lemma_ in JOIN_VERBS and trig.pos_ in ("VERB", "AUX"):
            return self._joiner(trig, sentence)
        if trig.lemma_ == "join" and trig.pos_ in ("VERB", "AUX") and not (
                any(c.dep_ == "auxpass" for c in _children(trig))
                and any(c.dep_ == "nsubjpass" and c.i not in self.trigger_heads for c in _children(trig))
                and any((self.actors.actor_at(p) or "").startswith("person:") or p.lower_ in PERSON_NOUNS
                        for a in _children(trig) if a.dep_ == "agent" for p in _children(a) if p.dep_ == "pobj")):
            return None  # only "A and B were joined by (a person) C": a meeting of the three ("joined NATO", "was
            # joined by Norway in a pact" are no meeting; "the session was joined by C" adds C to a gathering, as
            # "attended by" does)
        if trig.lemma_ == "leave" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in _children(trig)):
            return None  # "left for Beijing" is a trip there; "left Beijing" or "left office" is not
        if trig.lemma_ in ANAPHORIC_ONLY and (trig.tag_ == "NNS" or any(
                c.dep_ in ("prep", "compound", "amod") and c.lower_ not in OCCASION_WORDS | {"negotiating"}
                and not (c.dep_ == "prep" and c.lower_ in ("between", "with"))
                for c in _children(trig))):  # ("a first negotiating round is planned for 9 September": talks; "another
            # round between Araghchi and Witkoff": theirs)
            return None  # "a round of talks" is the talks' (the container rule); "a round of sanctions" nothing
        subjects, objects, mediators = self._arguments(trig, gov, sentence)
        framing = False
        if trig.pos_ not in ("VERB", "AUX") and trig.dep_ == "nsubjpass" and trig.head.lemma_ == "attend" \
                and _is_definite(trig) and itype in (InteractionType.TALKS, InteractionType.MEETING):
            told = _sentences_before(trig, 2)
            if any(_compatible_type(m.type, itype) and told <= m.sentence.start < sentence.start for m in self.mentions):
                # "The two presidents held official talks ... The talks were attended by the Crown Prince and the
                # Prime Minister": the talks told just before; who attends joins a gathering, not two leaders' talks
                keys = list(dict.fromkeys(subjects + objects))
                return Mention(InteractionType.SUMMIT, [(k, Role.PARTICIPANT) for k in keys], Status.OCCURRED, None,
                               None, None, None, sentence, anaphoric=True, confidence=0.5, trigger_lemma=trig.lemma_,
                               joins=True) if keys else None
        if trig.pos_ not in ("VERB", "AUX") and trig.dep_ == "nsubjpass" and trig.head.lemma_ in PRESIDE_VERBS - {"attend"} \
                and _is_definite(trig) and itype in (InteractionType.TALKS, InteractionType.MEETING) \
                and not any(c.dep_ == "prep" for c in _children(trig)) \
                and self._chaired_before(trig, itype, sentence) is not None:
            return None  # "A and B met in Istanbul ... The session was chaired jointly by C and D": C and D were in it
            # (not "The session of the commission was chaired by C": a body's own session, told for the first time)
        if trig.lemma_ == "discuss" and trig.pos_ in ("VERB", "AUX"):
            # what is discussed is a topic: "X discussed Libya and Tunisia (with Y)", "a meeting, which discussed
            # Sudan, the Sahel and Somalia" (only a with-phrase names whom one discusses with)
            topics = {k for c in _children(trig) if c.dep_ == "dobj" for t in [c, *c.conjuncts]
                      for k in self._resolve(t, sentence)}
            objects = [k for k in objects if k not in topics]
        if trig.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in _children(trig)) and (any(
                c.dep_ == "agent" for c in _children(trig)) or _misplaced_agents(trig)):
            subjects, objects = objects, subjects  # "X was received by Y": Y receives (hosts) X
        self._signing_frame = None
        witnessed = itype is InteractionType.AGREEMENT and self._witnessed(trig, gov, sentence)
        if witnessed:
            # "the two leaders witnessed the signing of 11 memorandums", "Seven agreements were signed in the
            # presence of the two heads of state": an agreement between the witnesses' countries (the
            # signatories, when named, are the participants)
            subjects, objects = witnessed, []
        offer = _rejected_offer(trig)
        if offer is not None:
            # "Arafat rejected a US offer to host a summit": who refuses and who offered take part
            offerers = [k for c in _children(offer) if c.dep_ in ("compound", "amod", "poss") or (
                c.dep_ == "prep" and c.lower_ == "from") for t in ([c] if c.dep_ != "prep" else list(_children(c)))
                for k in self._resolve(t, sentence)]
            refusers = [k for k in self._subjects(offer.head, sentence) if k not in subjects + objects]
            subjects = refusers + [k for k in subjects if k not in refusers]
            objects = objects + [k for k in offerers if k not in subjects + objects]
        if trig.lemma_ == "call" and trig.pos_ == "NOUN" and any(c.lower_ == "courtesy" for c in _children(trig)) \
                and gov.lemma_ == "receive" and trig.dep_ == "dobj":
            # "X received a courtesy call from Y": Y called on X, in person
            itype = InteractionType.MEETING
            subjects = [k for k in self._subjects(gov, sentence) if k not in objects]
        if trig.lemma_ == "call" and self._calls_on(trig) is not None:
            itype = InteractionType.MEETING  # "called on X", "paid a courtesy call on X"
            host = self._calls_on(trig)
            objects = [self.actors.actor_at(host) or self._definite_person(host)]
        chain = _framing_trip(trig, self._chain(trig, gov))
        tense = "future" if offer is not None or _ahead_of(trig) else self._tense(chain)  # what is offered lies ahead
        date_chain = _event_part(chain)
        date = self._date(date_chain, sentence, tense) or self._date_from_main_clause(chain, sentence) \
            or self._hours_before_date(chain, sentence) \
            or self._frame_date(chain) or self._arrival_date(date_chain, tense) or self._ongoing_date(chain, sentence) \
            or self._framed_date(trig, sentence) or self._where_date(chain, sentence)
        if date is not None and tense == "past":
            date = self._after_arrival(trig, sentence, date)
        status, conf = self._status(trig, gov, chain, date)
        if (status is Status.NEGATED and _not_since(chain)) or _unanswered(trig):
            return None  # "have not met since the summit in 2019"; "asked about reports that X would meet Y, Z
            # declined to comment": no meeting denied, nor told
        if status in (Status.OCCURRED, Status.PLANNED) and trig.dep_ == "pobj" and trig.head.lower_ == "during" \
                and trig.head.head.i in self.trigger_heads and self._denied_report(trig.head.head):
            # "denied a report that X intended to meet Y during a future trip to Lebanon": the trip is in what is
            # denied as much as the meeting it frames (but in "X refused to meet Y during his trip", the trip was made)
            status, conf = Status.NEGATED, 0.6
        if status is Status.PLANNED and tense == "past":
            # "Bush is scheduled to ... before leaving for Beijing on Thursday": what is planned lies ahead
            date = self._date(date_chain, sentence, "future") or date
        elif status is Status.CANCELLED and date is not None:
            date = self._date(date_chain, sentence, "nearest") or (date if date[1] is not DatePrecision.DAY else None)
            # ("talks scheduled for Feb 10 were postponed"; and "In August 2024, X called off his trip to Astana, where
            # he was to hold a summit": a month or year of the cancellation is also the plan's, unlike a day)
        elif status is Status.CANCELLED:
            # "X's planned visit to Moscow next week has been cancelled", the date parsed on "cancelled": a time
            # ahead cannot be when it was called off
            ahead = [e for e in self._sentence_dates(sentence) if e.root.head in chain and re.match(
                r"(?:next|coming|upcoming|tomorrow|later this)\b", e.text.lower())]
            date = self._resolve_ent(ahead[0], "future") if len(ahead) == 1 else self._original_date(chain)
            if date is None:
                # "X's visit to Tokyo last month was postponed", "talks were called off in August 2024": the month
                # or year the plan was called off in is also the plan's (not a day: "postponed on Monday")
                told = [e for e in self._sentence_dates(sentence) for h in [
                    e.root.head.head if e.root.dep_ == "pobj" and e.root.head.lower_ == "in" else e.root.head]
                        if h in chain and h not in date_chain and e.root.dep_ in ("npadvmod", "tmod", "pobj")]
                resolved = self._resolve_ent(told[0], "past") if len(told) == 1 else None
                if resolved is not None and resolved[1] is not DatePrecision.DAY and "week" not in told[0].text.lower():
                    date = resolved
        # "Starmer, Merz and Macron have met for half an hour", "the meeting is over": done by the time of the
        # report, and of the report's day unless another statement of it tells its day ("Kenya and Tanzania have
        # signed an agreement ... signed the accord in Arusha on 14 July")
        recent = date is None and status is Status.OCCURRED and _told_as_news(chain)
        if itype is InteractionType.VISIT and trig.lemma_ == "visit" and date is not None \
                and date[1] is DatePrecision.DAY and any(t.lemma_ in ("wrap", "end", "conclude", "complete", "finish")
                                                         and t.pos_ == "VERB" for t in chain[:2]):
            # "wrapped up a three-day state visit on Wednesday": a visit is dated by its first day
            span = next((day_offset(f"{t.text} days") for t in _subtree(trig) if t.dep_ == "nummod"
                         and t.head.lower_ == "day" and t.head.i < trig.i), None)
            if span:
                date = _shift_day(date, 1 - span)
        refined, channel = self._channel(trig, gov, sentence)
        if refined is not None and itype in (InteractionType.TALKS, InteractionType.MEETING, InteractionType.PHONE_CALL,
                                             InteractionType.VIDEO_CALL):
            itype = refined
        if itype is InteractionType.PHONE_CALL and channel is None and not (trig.lemma_ == "call"
                                                                             and self._calls_on(trig) is not None):
            if trig.pos_ in ("VERB", "AUX") and trig.lemma_ == "call" and not objects:
                return None
            if trig.pos_ in ("VERB", "AUX") and trig.lemma_ == "call" and any(
                    (c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") and self.actors.actor_at(c) is None)
                    or (c.dep_ == "dobj" and any(g.text in ('"', "\u201c") or (
                        g.dep_ == "appos" and g.pos_ == "NOUN" and self.actors.actor_at(g) is None)
                        for g in _children(c))) for c in _children(trig)):
                return None  # "Erdogan called Netanyahu a terrorist", 'Milei called his guest "a brother"': naming
            if trig.pos_ in ("VERB", "AUX") and trig.lemma_ == "call" and any(
                    c.dep_ in ("dobj", "oprd") and c.lower_ in ("which", "what", "that") for c in _children(trig)):
                return None  # "Scarborough Shoal, which China calls Huangyan Dao": naming
            if trig.lemma_ == "call" and trig.pos_ not in ("VERB", "AUX") and not refined:
                # "a call for restraint" is not a phone call; "a call with X" is.
                if not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in _children(trig)) and \
                        not any(w in ("phone", "telephone") for w in (c.lower_ for c in _children(trig))):
                    if not (trig.dep_ == "dobj" and gov.lemma_ in ("hold", "have", "make", "take", "join")):
                        return None
            channel = "phone"
        if trig.lemma_ == "exchange" and any(c.dep_ in SUBJECT_DEPS and (
                c.lower_ in COUNTRY_GROUP_NOUNS | PERSON_GROUP_NOUNS | {"they", "sides", "both", "parties"})
                for c in _children(trig)):
            return None  # "The two sides also exchanged views on Sudan" restates the talks just told
        if trig.lemma_ == "discuss" and (len(subjects) + len(objects) < 2 or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _children(trig)) or any(
                c.dep_ in SUBJECT_DEPS and (c.lower_ in COUNTRY_GROUP_NOUNS | PERSON_GROUP_NOUNS | {"they", "sides", "both"})
                for c in _children(trig))):
            return None  # "he and Trump discussed trade": talks; "the two sides discussed" restates the meeting
        if trig.lemma_ == "speak" and channel is None and not objects and len(subjects) < 2:
            return None  # "X spoke to reporters" is no interaction; "the two men had last spoken in May" is
        subj_role = Role(row.get("role_subject") or "participant")
        obj_role = Role(row.get("role_object") or "participant")
        if trig.pos_ not in ("VERB", "AUX") and gov.lemma_ in ("host", "receive", "welcome"):
            subj_role, obj_role = Role.HOST, Role.VISITOR
            if any(c.dep_ == "auxpass" for c in _children(gov)):
                subj_role, obj_role = obj_role, subj_role  # "X was hosted by Y for talks"
        if itype is InteractionType.VISIT and trig.pos_ not in ("VERB", "AUX"):
            subj_role, obj_role = Role.VISITOR, Role.HOST
        participants: list[tuple[str, Role]] = []
        for k in subjects:
            participants.append((k, subj_role))
        for k in objects:
            if k not in subjects:
                participants.append((k, obj_role))
        for k in mediators:
            if k not in subjects and k not in objects:
                participants.append((k, Role.MEDIATOR))
        if trig.lemma_ == "brief" and self._one_country(participants):
            return None  # "X said he had briefed the president by phone": a report within one government
        if itype in (InteractionType.VISIT, InteractionType.MEETING) and trig.lemma_ in ("host", "welcome") \
                and len(objects) >= 2:
            itype = InteractionType.SUMMIT  # "Modi hosted Xi, Lula, Ramaphosa ...": a gathering
        if itype is InteractionType.VISIT and trig.pos_ not in ("VERB", "AUX") and len(participants) < 2:
            # "Tinubu received Mahama ... at the start of a two-day state visit": the visit of the one received
            host_verb = next((t for t in list(trig.ancestors)[:5] if t.lemma_ in ("receive", "welcome", "host", "greet")
                              and t.pos_ in ("VERB", "AUX")), None)
            if host_verb is not None:
                received = self._received(
                    [k for k in objects if any(c.dep_ == "prep" and c.lower_ == "from" for c in _children(trig))] or
                    # ("received a courtesy visit from the Ambassador of Japan, X": X visits)
                    [k for c in _children(host_verb) if c.dep_ == "dobj" for k in self._resolve(c, sentence)],
                    host_verb, sentence)
                if received:
                    participants = received
                    date = date or self._date([host_verb], sentence, tense)  # the visit starts that day
        told_in = chain  # the clause that tells when the event is under way
        if itype is InteractionType.VISIT and trig.lower_ == "visiting":
            # "X received visiting Laotian Foreign Minister Y" (also parsed "received [visiting Y]"): Y visits X
            noun = trig.head if trig.dep_ == "amod" else None
            host_verb = noun.head if noun is not None and noun.dep_ == "dobj" else trig.head if trig.dep_ in (
                "xcomp", "advcl", "ccomp") else None
            if trig.dep_ == "pcomp" and trig.head.lower_ in ("with", "for"):
                # "Modi held talks with visiting Sri Lankan President X" (parsed "with [visiting X]"): X visits
                host_verb = next((a for a in trig.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if host_verb is not None and host_verb.lemma_ in ("receive", "welcome", "host", "greet", "meet", "hold",
                                                              "have"):
                participants = self._received(self._resolve(noun, sentence) if noun is not None else [
                    k for c in _children(trig) if c.dep_ == "dobj" for k in self._resolve(c, sentence)],
                    host_verb, sentence) or participants
                date = date or self._date([host_verb], sentence, tense)
                told_in = [host_verb]  # ("greeted the visiting prime minister": the visit is under way that day)
        if itype is InteractionType.VISIT and trig.lemma_ == "stop" and not participants:
            # "A stop in Sarajevo ... was dropped from the programme": a leg of the trip the story follows, by
            # the visitor of the last visit told
            visitor = next((k for m in reversed(self.mentions) if m.type is InteractionType.VISIT
                            for k, role in m.participants if role is Role.VISITOR), None)
            if visitor is None or not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in _children(trig)) \
                    or any(c.dep_ == "compound" for c in _children(trig)):
                return None  # (not "the bus stop in Riyadh")
            participants = [(visitor, Role.VISITOR)]
        if itype is InteractionType.VISIT:
            participants = self._visit_host(self._visitor_named(participants, sentence), trig, gov, chain)
            if trig.lemma_ in MOTION_VERBS and (len({k for k, _ in participants}) < 2 or any(
                    c.lower_ in ("back", "home") for c in _children(trig))
                    or not any(role is Role.HOST for _, role in participants)):
                return None  # "arrived late", "flew back to Baghdad", "X and Y arrived later in the day": motion
                # without a foreign destination
            if trig.lemma_ in MOTION_VERBS and any(
                    c.dep_ in ("xcomp", "advcl") and c.lemma_ in ("meet", "hold", "attend") and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in _children(c)) for c in _children(trig)):
                return None  # "will travel to Skopje to meet X": the trip is the frame of the meeting, one event
            # "flew to Jakarta, where he held talks with X", "is due in Abu Dhabi for talks with X", "landed in
            # Cairo and held talks with X": the meeting is the event, the trip its frame (told as a visit only if
            # the story names it again, "... to prepare the trip", or it is the story's lead)
            after_lede = sentence.start >= self._lede_end()
            framing = after_lede and self._trip_framing(trig)
            if trig.pos_ == "NOUN" and trig.dep_ == "appos" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in _children(trig)):
                # "X is due in Brussels next month to meet Y, a trip his ministry said would go ahead": the trip the
                # clause told as the frame of the meeting, named again in passing (a frame as much as it is)
                framing = framing or after_lede and any(t.i < trig.i and self._trip_framing(t) for t in sentence)
        if not participants and trig.dep_ == "pobj" and trig.head.lower_ in ("during", "at", "in") \
                and trig.head.head.pos_ == "VERB" and trig.pos_ == "NOUN" and not trig.head.head.lemma_ == "be" \
                and not (itype is InteractionType.VISIT and trig.head.head.i in self.trigger_heads):
            # (not "will also meet Y during the trip": the trip is X's, told before; the meeting is the verb's)
            # "Prabowo told Takaichi during a meeting in Tokyo that ...", "X assured Y at their talks": the
            # meeting named as the frame of one person's act toward another is theirs
            frame = trig.head.head
            agents = [k for c in _children(frame) if c.dep_ in ("nsubj",) for k in self._resolve(c, sentence)]
            addressees = [k for c in _children(frame) if c.dep_ in ("dobj", "dative") for k in self._resolve(c, sentence)]
            if len(agents) == 1 and addressees:
                participants = [(agents[0], subj_role)] + [(k, obj_role) for k in addressees if k != agents[0]]
                subjects = agents
            elif itype is not InteractionType.VISIT and not addressees and frame.i not in self.trigger_heads and not any(
                    c.dep_ == "det" and c.lower_ in ("the", "that", "this") or c.dep_ == "prep" and c.lower_ == "of"
                    for c in _children(trig)):  # (nor "during a meeting of the cabinet": the body's)
                # "X and Y raised ties to a partnership during their meeting in Budapest", "the understandings
                # reached by X and Y during their talks": the two (or more) people whose act it frames held it (not
                # "X and Y sat in during the meeting", a meeting told before)
                named = [c for c in _children(frame) if c.dep_ == "nsubj"] or [
                    o for c in _children(frame) if c.dep_ == "agent" for o in _children(c) if o.dep_ == "pobj"]
                doers = [k for c in named if self.actors.actor_at(c) for k in self._resolve(c, sentence)]
                # (named: not "The ministers had finalised the text during a virtual meeting", a group of the story's)
                doers = list(dict.fromkeys(doers))
                countries = {self.actors.country_key(k) for k in doers}
                if len(doers) >= 2 and all(k.startswith("person:") for k in doers) and (
                        None in countries or len(countries) > 1):  # (two of one government: no diplomacy)
                    participants = [(k, Role.PARTICIPANT) for k in doers]
                    subjects = doers
        # "last met on the margins of the ECOWAS summit hosted by X", "on the sidelines of a meeting of IGAD": a
        # gathering named as the setting of another event, as one known; no interaction of the body or host it
        # names with whoever the clause names (but the summit the story then tells, when it does)
        setting = trig.pos_ not in ("VERB", "AUX") and _sideline_setting(trig)
        if participants and not subjects and not setting \
                and len({self.actors.party_of(k) for k, _ in participants}) == 1 and not (
                trig.lemma_ in ("visit", "trip") and _invitation_above(trig) is not None):
            # (an invitation's visit is the invited one's, and the text did not say who that is)
            # "where talks with X are planned", "before flying to Wellington for talks with Peters" (Peters and
            # New Zealand are one party): the agent is the subject of the clause above
            agent = self._implicit_agent(trig, {k for k, _ in participants})
            if agent:
                participants.insert(0, (agent, subj_role))
        if itype is InteractionType.AGREEMENT and gov.lemma_ == "broker" and gov != trig:
            # "X brokered a deal between A and B": A and B agreed; the broker is no party (and "Turkey brokered
            # a grain deal together with the UN" names none)
            brokers = set(self._subjects(gov, sentence))
            participants = [(k, role) for k, role in participants if k not in brokers]
        anaphoric = False
        if trig.pos_ not in ("VERB", "AUX") and not _ahead_of(trig) and any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                                    for c in _children(trig)) and (gov == trig or not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "to") for c in _children(trig))):
            anaphoric = True  # "In his meeting with Jaishankar, Wang proposed", "His visit follows ...": told before
        described = trig.pos_ not in ("VERB", "AUX") and (any(
            c.lower_ == "such" and c.dep_ in ("amod", "predet") for c in _children(trig)) and not any(
            c.lower_ == "no" and c.dep_ == "det" for c in _children(trig)) or (
            trig.dep_ == "attr" and trig.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lower_ == "what" for c in _children(trig.head))) or (
            trig.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ == "the" for c in _children(trig)) and any(
                t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "latest") for t in _subtree(trig) if t.i < trig.i)))
        # ("..., the highest-level Saudi visit to Iran in decades": the event just told, summed up; but "there was
        # no such meeting between A and B" denies one of its own)
        if described:
            anaphoric = True  # "It was the first such meeting since 2023", "in what would be their first talks in a
            # year": the event just told (but "It was his first trip to Tehran" may be the first telling of it)
        if setting:
            anaphoric = True
        if trig.lemma_ == "session" and gov.lemma_.lower() not in SUPPORT_VERBS and not self._session_with(trig):
            participants = []  # "shuttling between the two sides for part of the session": that meeting, named before
        if trig.pos_ not in ("VERB", "AUX") and _is_definite(trig) and trig.dep_ == "dobj" and gov == trig.head \
                and gov.lemma_.lower() not in SUPPORT_VERBS | HOLD_VERBS | {"attend", "make", "pay", "conduct"} \
                and itype in (InteractionType.VISIT, InteractionType.SUMMIT, InteractionType.TALKS,
                              InteractionType.MEETING) \
                and not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in _children(trig)) \
                and not (self._session_with(trig) and any(c.lower_ == "next" for c in _children(trig))) \
                and not (itype is InteractionType.VISIT and {"to", "of"} <= {
                    c.lower_ for c in _children(trig) if c.dep_ == "prep"}):
            anaphoric = True  # "went to Cairo to prepare the trip", "discussed the visit": a reference to it
            # (but "discussed the upcoming visit of X to Russia" tells the visit in full, and "to prepare the next
            # session of the commission with X" a new one)
            # (not "follows the talks held between the two Ministers in Nouakchott last November": told in full)
        if len({k for k, _ in participants}) < 2 and not anaphoric:
            if trig.pos_ not in ("VERB", "AUX") and (_is_definite(trig) or itype is InteractionType.SUMMIT or (
                    trig.lemma_ in ANAPHORIC_ONLY and any(c.lower_ in OCCASION_WORDS for c in _children(trig)))):
                anaphoric = True
            else:
                return None
        if itype is InteractionType.AGREEMENT and not (gov.lemma_ in ("sign", "reach", "conclude", "clinch", "seal",
                                                                       "strike", "finalise", "finalize", "ink",
                                                                       "agree", "secure", "announce", "ratify",
                                                                       "broker", "initial",
                                                                       "witness", "exchange")
                                                        or trig.lemma_ in ("sign", "signing", "initial", "ink")):
            return None
        if itype is InteractionType.TALKS and trig.lemma_ == "talk" and trig.pos_ in ("VERB", "AUX") and not objects \
                and len(subjects) < 2:
            return None
        if trig.lemma_ == "agree" and trig.pos_ in ("VERB", "AUX") and any(c.dep_ == "xcomp" for c in _children(trig)) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in _children(c))
                            and self.actors.actor_at(c) for c in _children(trig)):
            return None  # "the two agreed to stay in touch" is an intention; "Jordan and Britain agreed to" binds
        if trig.lemma_ == "agree" and trig.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_ in ("meet", "visit", "see", "convene", "reconvene", "sit", "talk")
                or c.dep_ == "xcomp" and c.lemma_ in ("hold", "resume", "continue") and any(
                    o.dep_ == "dobj" and o.i in self.trigger_heads and self.trigger_label[o.i] != "agreement"
                    for o in _children(c)) for c in _children(trig)):
            return None  # "X and Y agreed to meet again in Tokyo" (or "that they should meet"), "agreed to hold talks":
            # the meeting they plan
            # (but "agreed to launch consultations", "to exchange prisoners": what they settled)
        if trig.lemma_ == "agree" and trig.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in _children(trig)) \
                and any(c.dep_ in SUBJECT_DEPS and (c.lower_ in ("two", "both", "they") or (
                    c.lower_ in GROUP_ANAPHORA and _is_definite(c) and not self._modifier_actors(c)))
                        for c in _children(trig)):
            return None  # "(in a call) the two agreed that their deputies would meet": what the call settled
        if trig.lemma_ == "agree" and trig.pos_ in ("VERB", "AUX") and self._agreed_within(trig):
            return None  # "X and Y spoke by phone and agreed ...", "agreed in phone talks to ...": what the talks settled
        in_person = channel is None and itype not in (InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL)
        scene = self._scene({k for k, _ in participants}, status, date, sentence) if in_person else None
        location = self._location(chain, trig, occurred=status is Status.OCCURRED, scene=scene)
        if location is None and in_person:
            # "On the sidelines of the forum, X met Y": where the forum told before took place
            frame = self._frame(chain, lambda m: m.location is not None)
            location = frame[0].location if frame is not None else scene
        if status is Status.NEGATED and (date is None or not self._sentence_dates(sentence)):
            # "denied a report that the minister had also been received by Z": the day (and city) of the occasion
            # it would have been part of (a day of its own is kept)
            whole = self._occasion_denied_within(participants, chain, sentence)
            if whole is not None:
                date = whole.date
                if location is None and in_person and whole.location and not self.gaz.is_country(
                        whole.location.rpartition(", ")[2]):
                    location = whole.location
        topic = self._topic(chain, trig)
        at_summit = itype is not InteractionType.SUMMIT and self._at_summit(chain)

        def also(parties: list[tuple[str, Role]], day=date, place=location, summit: bool = at_summit) -> None:
            """Another interaction the same trigger states, with other parties (and maybe its own day)."""
            self.extra_mentions.append(Mention(itype, parties, status, day, place, topic, channel, sentence, False,
                                               conf, at_summit=summit))

        separate = any(c.lower_ in ("separate", "separately", "respective", "individual", "bilateral")
                       for t in (trig, gov) for c in _children(t))
        if separate and len(subjects) == 1:
            listed = self._semicolon_list(trig, gov, sentence)
            if len(listed) >= 2:
                objects = listed  # "held separate meetings with H.E. X, Minister of ...; H.H. Y, ...; and Z, ..."
        if separate and len(subjects) == 1 and len(objects) >= 2:
            # "held separate talks with Zelensky and Harris": one interaction per counterpart
            for other in objects[1:]:
                also([(subjects[0], subj_role), (other, obj_role)])
            participants = [(subjects[0], subj_role), (objects[0], obj_role)]
        elif any(c.lower_ in ("separately", "individually") for t in (trig, gov) for c in _children(t)) \
                and len(subjects) >= 2 and len(objects) == 1:
            # "Li Qiang and Zhao Leji will meet him separately": one interaction per subject
            for other in subjects[1:]:
                also([(other, subj_role), (objects[0], obj_role)])
            participants = [(subjects[0], subj_role), (objects[0], obj_role)]
        if trig.pos_ in ("VERB", "AUX") and subjects and itype is not InteractionType.VISIT:
            taken = {k for k, _ in participants}
            for key, day, place in self._gapped_objects(trig, taken, date):
                also([(subjects[0], subj_role), (key, obj_role)], day, place, False)
        if len(subjects) == 1 and itype is not InteractionType.VISIT:
            taken = {k for k, _ in participants}
            for key, day in self._conjoined_with(trig, gov, taken, sentence, tense):
                also([(subjects[0], subj_role), (key, obj_role)], day, None, False)
        if trig.pos_ in ("VERB", "AUX") and itype is not InteractionType.VISIT and location:
            for day, place in self._coordinated_occasions(trig, sentence, tense, location):
                also(participants, day, place, False)
        if itype is InteractionType.VISIT and trig.lemma_ in MOTION_VERBS:
            hosts = {k for k, role in participants if role is Role.HOST}
            visitors = [(k, role) for k, role in participants if role is Role.VISITOR]
            for key, day, place in self._further_destinations(trig, sentence, hosts, tense):
                also(visitors + [(key, Role.HOST)], day, place, False)
        if itype is InteractionType.VISIT and trig.pos_ in ("VERB", "AUX"):
            hosts = [k for k, role in participants if role is Role.HOST]
            if len(hosts) >= 2:
                # "X will visit Mauritania and Senegal": one visit per host
                visitors = [(k, role) for k, role in participants if role is not Role.HOST]

                def place_in(host: str) -> str | None:
                    # "will visit Riyadh and Abu Dhabi": each visit's own place, as the text names it
                    country = self.actors.actors[host].name if host in self.actors.actors else None
                    for t in _subtree(trig):
                        if t.dep_ in ("dobj", "pobj", "conj"):
                            ent = self.actors.ent_at.get(t.i)
                            text = _place_text(ent) if ent is not None else t.text
                            if country and self.gaz.country(text) == country:
                                return text if self.gaz.is_capital(text) else country
                    return None
                for host in hosts[1:]:
                    also(visitors + [(host, Role.HOST)], place=place_in(host) or location, summit=False)
                location = place_in(hosts[0]) or location
                participants = visitors + [(hosts[0], Role.HOST)]
        other = any(c.lower_ in OCCASION_WORDS for c in _children(trig)) and not described if anaphoric else any(
            # ("the first such meeting", "what would be their first talks": this one)
            c.dep_ == "advmod" and c.lower_ in ("last", "again", "previously", "earlier", "first")
            for t in (trig, gov) for c in _children(t)) or (  # "had last spoken in May", "will meet again"
            gov.dep_ == "relcl" and gov.head.i in self.trigger_heads and any(
                c.dep_ == "amod" and c.lower_ in OCCASION_WORDS - {"next", "new", "further", "another"}
                for c in _children(gov.head)))  # "the first summit, at which X hosted Y": that other occasion
        if itype is InteractionType.PHONE_CALL and channel == "phone" and trig.lemma_ == "conversation" \
                and not refined:
            # "King Felipe greeted Sheinbaum ..., and the two heads of state held a brief private conversation":
            # a conversation told without a phone is the one of the meeting just told
            keys = {k for k, _ in participants}
            met = next((m for m in reversed(self.mentions) if m.keys == keys and sentence.start - m.sentence.start
                        < 100 and m.type not in (InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL)), None)
            if met is not None:
                itype, channel = met.type, met.channel
            elif at_summit or location:
                # "had a brief conversation on the margins of the NATO summit in The Hague": in person
                itype, channel = InteractionType.MEETING, None
        if itype is not InteractionType.VISIT:
            # "Meloni and Tebboune co-chaired the Italy-Algeria summit": the countries are already there
            represented = {self.actors.country_key(k) for k, _ in participants if k.startswith("person:")}
            if len(represented - {None}) >= 2:
                participants = [(k, role) for k, role in participants if k not in represented]
            elif sum(k.startswith("person:") for k, _ in participants) >= 2:
                # "The two ministers co-chaired the session of the Hungarian–Chinese Joint Economic Committee": the
                # body's countries stand in for no one when its members are named
                forum = {k for i, keys in self.actors.paired_bodies.items() if sentence.start <= i < sentence.end
                         for k in keys}
                participants = [(k, role) for k, role in participants if k not in forum]
        if self._held_by_their_bodies(trig):
            # "agreed to hold a joint session of their governments", "a dialogue involving their countries' foreign
            # and defence ministers", "agreed to convene a technical committee": the parties' bodies meet, not the
            # two who agreed; the parties are their countries
            countries = [(self.actors.country_key(k) if k.startswith("person:") else k, role) for k, role in participants]
            if all(k for k, _ in countries) and len({k for k, _ in countries}) >= 2:
                participants = list({k: (k, role) for k, role in countries}.values())
        if date is None and witnessed and self._signing_frame is not None:
            date = self._signing_frame.date  # (the signing that ended the summit is of the summit's day)
        if date is None and not anaphoric and not other and status is Status.OCCURRED:
            date = self._live_entry_day(sentence) or self._continued_date(participants, chain, sentence) \
                or self._narrative_date(told_in, sentence)
        delegates = bool(subjects) and not any(k.startswith("person:") for k, _ in participants) and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in GENERIC_OFFICIALS | PERSON_GROUP_NOUNS | DEPUTY_NOUNS
            for c in _children(_subject_verb(gov)))
        if delegates:
            named = self._named_delegates(gov, participants)
            if named:
                participants, delegates = named, False
        if not anaphoric and self._entry_headline(sentence):
            anaphoric = True  # "15:31 CST / Carney-Xi meeting off / A meeting between ... has been cancelled": the
            # headline of a live report's entry sums up what the entry then tells
        if itype is InteractionType.VISIT and self._counted_since(trig):
            self._meeting_on_the_visit(participants, status, date, location, sentence, conf)
        if itype is not InteractionType.AGREEMENT and _agreed_resumption(trig):
            # "agreed to step up cooperation and to resume talks on X": the resumption is what the parties agree,
            # no talks planned of their own unless the story tells them again (but they stay the pair that "their
            # first call" after them means; and "will resume talks in May" are planned)
            framing = True
        return Mention(itype, participants, status, date, location, topic, channel, sentence, anaphoric,
                       round(conf * (0.6 if anaphoric else 1.0), 3), other, trigger_lemma=trig.lemma_.lower(),
                       at_summit=at_summit, delegates=delegates,
                       gathering=gov.lemma_.lower() in ("gather", "convene", "assemble"), recent=recent,
                       framing=framing, witnessed=bool(witnessed),
                       definite=trig.pos_ in ("NOUN", "PROPN") and _is_definite(trig))

    @staticmethod
    def _session_with(trig: Token) -> bool:
        """Whether a session names whom it is with: "to prepare the next session of the joint commission with his
        Turkmen counterpart, X" (not "shuttling between the two sides for part of the session")."""
        if trig.dep_ == "pobj" and trig.head.lower_ in TEMPORAL_PREPS:
            return False  # ("met X before the plenary session with the two delegations": a time, told as a setting)
        return any(w.dep_ == "prep" and w.lower_ == "with" for t in [trig, *(
            o for p in _children(trig) if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p))]
                   for w in _children(t))

    def _further_destinations(self, trig: Token, sentence: Span, hosts: set[str], tense: str):
        """'will travel to Fiji on Friday and to Vanuatu on Sunday', 'travel to Fiji, and on Sunday to
        Vanuatu': the next leg of the trip, with its own day. Yields (country key, day, place) for each
        "and ... to <known place>" after the first destination, up to the next verb."""
        first = next((p for p in _children(trig) if p.dep_ == "prep" and p.lower_ == "to"), None)
        if first is None or not hosts:
            return
        seen_and = False
        for tok in self.doc[first.i + 1:sentence.end]:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux" and tok.lower_ != "to":
                return  # another clause
            seen_and = seen_and or tok.lower_ == "and"
            if not seen_and or tok.lower_ != "to" or tok.i + 1 >= sentence.end:
                continue
            ent = self.actors.ent_at.get(tok.i + 1)
            name = _place_text(ent) if ent is not None else self.doc[tok.i + 1].text
            known = self.gaz.place(name)
            key = self._country_actor(known.country, tok.i + 1) \
                if known is not None and known.how in ("name", "alias", "capital") \
                else self._city_country(name, tok.i + 1)
            if key is None or key in hosts:
                continue
            hosts.add(key)
            ends = [e for e in self._sentence_dates(sentence) if first.i < e.start and e.start > trig.i
                    and (e.start > tok.i or self.doc[e.start - 2:e.start].text.lower().startswith("and"))]
            day = next((r for e in ends if abs(e.start - tok.i) <= 4 for r in [self._resolve_ent(e, tense)] if r),
                       None)
            yield key, day, name

    def _gapped_objects(self, trig: Token, taken: set[str], date: tuple[str, DatePrecision] | None):
        """'He met Kurti in Pristina on March 3 and Vucic in Belgrade the following day': the second object,
        which the parser hangs on the first date, is another meeting with its own place and day. Yields
        (person key, day, place); ``taken`` (the trigger's own participants) grows with each."""
        for prep in (c for c in _children(trig) if c.dep_ == "prep"):
            for pobj in (o for o in _children(prep) if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "GPE", "LOC")):
                for cj in (c for c in _children(pobj) if c.dep_ == "conj"):
                    key = self.actors.actor_at(cj)
                    if not key or not key.startswith("person:") or key in taken:
                        continue
                    gap = next((c for c in _children(pobj) if c.dep_ == "npadvmod" and c.i > cj.i), None)
                    day = None
                    if gap is not None and date is not None and date[1] is DatePrecision.DAY:
                        shift = _anaphoric_day(self.doc[gap.left_edge.i: gap.i + 1])
                        if shift is not None:
                            day = _shift_day(date, 1 if shift.group("next") else -1 if shift.group("before") else 0)
                    place = next((_place_text(e) for p in _children(pobj) if p.dep_ == "prep" and p.lower_ == "in"
                                  for o in _children(p) for e in [self.actors.ent_at.get(o.i)] if e is not None
                                  and e.label_ in ("GPE", "LOC")), None)
                    taken.add(key)
                    yield key, day, place

    def _conjoined_with(self, trig: Token, gov: Token, taken: set[str], sentence: Span, tense: str):
        """'held talks with Y on Saturday and with Z on Sunday': a second with-phrase coordinated with a phrase of
        the first occasion is another interaction of the subject when each has a day of its own. Yields (person
        key, day); ``taken`` grows with each."""
        for head in dict.fromkeys((trig, gov)):
            for prep in (c for c in _children(head) if c.dep_ == "prep"):
                for with_ in (c for c in _children(prep) if c.dep_ == "conj" and c.lower_ == "with"):
                    for pobj in (o for o in _children(with_) if o.dep_ == "pobj"):
                        for key in self._resolve(pobj, sentence):
                            if not key.startswith("person:") or key in taken:
                                continue
                            dates = self._sentence_dates(sentence)
                            after = [e for e in dates if 0 < e.start - pobj.right_edge.i <= 3]
                            if not after or not any(trig.i < e.start < with_.i for e in dates):
                                continue  # ("with X and with Y on Monday": one time for both, told as one)
                            taken.add(key)
                            yield key, self._resolve_ent(after[0], tense)

    def _coordinated_occasions(self, trig: Token, sentence: Span, tense: str, location: str):
        """'had met in Geneva in March and again in Oslo in May': a place and a time after the 'and', both hung on
        the verb, are another occasion of the same parties (the parser may hang the 'and' on the first phrase).
        Yields (day, place) of each such later occasion, its own place and time both told."""
        links = [c for p in (trig, *_children(trig)) for c in _children(p)
                 if c.dep_ == "cc" and c.lower_ == "and" and (p.i == trig.i or p.dep_ in ("prep", "npadvmod"))]
        if not links:
            return
        phrases = [x for c in _children(trig) for x in (c, *(g for g in _children(c) if g.dep_ == "conj"))]
        places = [(prep.i, _place_text(e)) for prep in phrases if prep.dep_ in ("prep", "conj") and prep.lower_ == "in"
                  for o in _children(prep) if o.dep_ == "pobj" for e in [self.actors.ent_at.get(o.i)]
                  if e is not None and e.label_ in ("GPE", "LOC")]
        told = self._sentence_dates(sentence)
        dates = [e for e in told if e.root.head.dep_ == "prep" and e.root.head.head.i == trig.i]
        link = links[0].i
        if not any(trig.i < e.start < link for e in told):
            return  # ("met in Geneva and in Oslo in May": one time for both places)
        before = [p for i, p in places if i < link]
        for i, place in places:
            if i < link or place == location or place in before:
                continue
            later = [e for e in dates if e.start > i]
            day = self._resolve_ent(later[0], tense) if later else None
            if day is not None:
                yield day, place

    @staticmethod
    def _counted_since(trig: Token) -> bool:
        """Whether a first contact is counted since the trigger: "their first meeting since X's visit to Oslo",
        "their first conversation since January, when X travelled to Oslo", "the first talks since X visited Oslo"."""
        tok = trig
        for _ in range(4):
            if tok.dep_ == "pobj" and tok.head.lower_ == "since":
                contact = tok.head.head
            elif any(c.dep_ == "mark" and c.lower_ == "since" for c in _children(tok)):
                contact = tok.head
            elif tok.dep_ in ("relcl", "advcl", "acl", "appos", "pobj") and tok.head.i != tok.i:
                tok = tok.head
                continue
            else:
                return False
            if contact.lemma_ == "be":
                contact = next((c for c in _children(contact) if c.dep_ == "attr"), contact)  # "It was their first ...
            return any(c.dep_ == "amod" and c.lower_ == "first" for c in _children(contact))
        return False

    def _meeting_on_the_visit(self, participants: list[tuple[str, Role]], status: Status,
                              date: tuple[str, DatePrecision] | None, location: str | None, sentence: Span,
                              conf: float) -> None:
        """'their first meeting since X's visit to Oslo in March': the pair of that first contact (the last told
        with the visitor, in this sentence or just before: "X called Y on Friday. It was their first conversation
        since ...") met on the visit; the meeting has the visit's time and place."""
        visitors = {k for k, role in participants if role is Role.VISITOR}
        pair = next((m.keys for m in reversed(self.mentions) if sentence.start - m.sentence.start < 200
                     and m.type is not InteractionType.VISIT and len(m.keys) == 2 and visitors & m.keys), None)
        if pair:
            self.extra_mentions.append(Mention(InteractionType.MEETING, [(k, Role.PARTICIPANT) for k in sorted(pair)],
                                               status, date, location, None, None, sentence, False, conf,
                                               other_occasion=True))

    def _at_summit(self, chain: list[Token]) -> bool:
        """Whether the interaction takes place at a summit: a summit in its clause chain ("the summit,
        where he held talks") or in a place phrase of it ("on the sidelines of the summit")."""
        summits = self.summit_heads
        for tok in chain:
            if tok.i in summits:
                return True
            for prep in _children(tok):
                if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "during", "in", "ahead", "before") and any(
                        t.i in summits for t in _subtree(prep)):
                    return prep.lower_ not in ("ahead", "before")  # before the summit is not at it
        return False

    def _joiner(self, trig: Token, sentence: Span) -> Mention | None:
        """'D and E also attended', 'Russia was represented by Lavrov': participants joining the gathering
        described before. With an object ("attended the summit", "a funeral") it is no joiner: a noun
        trigger speaks for itself, and other events are not interactions."""
        if trig.lemma_ == "attend":
            if any(c.dep_ in ("dobj", "prep") for c in _children(trig)):
                return None
            keys = self._subjects(trig, sentence)
        else:
            agents = [p for c in _children(trig) if c.dep_ == "agent" for p in _children(c) if p.dep_ == "pobj"]
            if not agents or any(c.dep_ == "dobj" for c in _children(trig)):
                return None
            keys = [k for a in agents for k in self._resolve(a, sentence)]
        if not keys:
            return None
        return Mention(InteractionType.SUMMIT, [(k, Role.PARTICIPANT) for k in keys], Status.OCCURRED, None, None,
                       None, None, sentence, anaphoric=True, confidence=0.5, trigger_lemma=trig.lemma_, joins=True)

    def _chaired_before(self, trig: Token, itype: InteractionType, sentence: Span) -> Mention | None:
        """"A and B met in Istanbul on Wednesday ... The session was chaired jointly by C and D": the meeting told in
        the three sentences before, between others than the chairs, with the chairs added to it (who chairs a
        meeting is in it); None (nothing added) when no such meeting was told."""
        chairs = list(dict.fromkeys(k for a in _children(trig.head) if a.dep_ == "agent" for p in _children(a)
                                    if p.dep_ == "pobj" for k in self._resolve(p, sentence)))
        told = _sentences_before(trig, 3)
        prev = next((m for m in reversed(self.mentions) if _compatible_type(m.type, itype) and len(m.keys) >= 2
                     and told <= m.sentence.start < sentence.start and not m.keys & set(chairs)), None)
        if prev is None or not chairs:
            return None
        prev.participants += [(k, Role.MEDIATOR) for k in chairs]
        prev.extra_sentences.append(sentence)
        return prev

    def _implicit_agent(self, trig: Token, taken: set[str]) -> str | None:
        if trig.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT")
                                                and c.i not in self.trigger_heads for c in _children(trig)):
            return None  # "rejected a report that officials of X had met Y": the clause's own subject, even one
            # that names no actor, is the agent (not the one who rejects the report; but "X was in Tianjin, his
            # first trip to China, and sat down with Y" parsed with the trip as the subject is X's)
        tok = trig
        # "During a meeting with X on Monday, Y raised ...", "In a phone call with X, Y said": a phrase put before
        # the clause whose subject takes part (so that subject comes after the trigger)
        fronted = trig.dep_ == "pobj" and trig.head.lower_ in TEMPORAL_PREPS | PLACE_PREPS \
            and trig.head.head.pos_ in ("VERB", "AUX") and (trig.head.i < trig.head.head.i or (
                # "Speaking after talks with X, Y said": a participle clause put before the main one
                trig.head.head.dep_ == "advcl" and trig.head.head.tag_ in ("VBG", "VBN")
                and trig.head.head.i < trig.head.head.head.i
                and not any(c.dep_ in SUBJECT_DEPS for c in _children(trig.head.head))))
        for _ in range(6):
            if tok.head == tok:
                break
            tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN") and self.trigger_label.get(tok.i) == "visit":
                # "A third stop, in Niamey, to see Niger's leader": the traveller of the trip told there
                visitor = next((k for m in reversed(self.mentions) if m.sentence.start == _sent(trig).start
                                for k, role in m.participants if role is Role.VISITOR and k not in taken), None)
                if visitor:
                    return visitor
            if tok.pos_ in ("VERB", "AUX"):
                if tok.lemma_ in REPORT_VERBS and not fronted:
                    break
                for child in _children(tok):
                    if child.dep_ in ("nsubj", "nsubjpass") and (child.i < trig.i or fronted):
                        for key in self._resolve(child, _sent(trig)):
                            if key not in taken:
                                return key
                if tok.dep_ in ("xcomp", "conj") or tok.head.dep_ in ("conj",):
                    # "Wang arrived ... and is due to meet X before flying to Y for talks": the shared subject
                    for key in self._subjects(tok, _sent(trig)):
                        if key not in taken:
                            return key
        return None

    def _trip_framing(self, verb: Token) -> bool:
        """Whether a word of travel ("flew", "is due", "is expected") tells a trip to a meeting it frames."""
        return verb.lemma_ in TRIP_WORDS and verb.pos_ in ("VERB", "AUX", "ADJ") and self._trip_to_meet(verb)

    def _trip_to_meet(self, trig: Token) -> bool:
        """Whether a trip's clause tells a meeting with a named person as its purpose or its sequel, at the trip's
        place and on its day ("is due in Manila on Wednesday, where he will meet X on Thursday": a trip of its
        own day; "leaves for Tonga tomorrow and will meet X in Tuvalu": of its own place)."""
        clause = self._meeting_after_trip(trig)
        if clause is None:
            return False
        inside = {t.i for t in _subtree(clause)}
        if any(c.dep_ == "prep" and c.lower_ in ("in", "at") and g.ent_type_ in ("GPE", "LOC", "FAC")
               for t in (clause, self._held(clause)) for c in _children(t) for g in _children(c)):
            return False
        days = {t.i: t.ent_type_ == "DATE" for t in _subtree(trig.head if trig.dep_ == "acomp" else trig)}
        own = {self.doc[i].lower_ for i, is_day in days.items() if is_day and i not in inside}
        told = {self.doc[i].lower_ for i, is_day in days.items() if is_day and i in inside}
        return not (own and told and own != told)

    def _meeting_after_trip(self, trig: Token) -> Token | None:
        """The clause telling a meeting with a named person as a trip's purpose or sequel: "for talks with X" on
        the trip, "where he held talks with X" on its destination, "and held talks with X" after it."""
        heads = [trig] + ([trig.head] if trig.dep_ == "acomp" else [])  # ("is due in X for talks": on "is")
        for head in heads:
            for c in _children(head):
                if c.dep_ == "prep" and c.lower_ == "for":
                    found = next((p for p in _children(c) if p.dep_ == "pobj" and self._meets_person(p)), None)
                elif c.dep_ == "prep":  # ("flew to Canberra on Monday, where": the clause hung on the day)
                    found = next((r for p in _children(c) for r in _children(p) if self._where_meets_person(r)), None)
                elif (c.dep_ == "conj" and c.pos_ == "VERB" and self._meets_person(c)) or self._where_meets_person(c):
                    found = c
                else:  # ("is due in Brussels to meet X", "will travel to Brussels to brief X")
                    found = c if c.dep_ in ("xcomp", "advcl") and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in _children(c)) and self._meets_person(c) else None
                if found is not None:
                    return found
        return None

    def _signing_as_purpose(self, trig: Token, gov: Token) -> bool:
        """Whether a signing is told as the purpose of a meeting the same clause tells ("both ministers will meet
        again in Rome on the 21st to sign an agreement", "agreed to meet next month to sign the accord"): the
        meeting is the event and the signing part of it, one interaction (not a trip "to sign a protocol with X",
        where the signing is the event)."""
        verb = trig if trig.pos_ in ("VERB", "AUX") else gov
        if verb.lemma_ != "sign" or verb.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _children(verb)):
            return False
        return self.trigger_label.get(verb.head.i) in (InteractionType.MEETING.value, InteractionType.TALKS.value)

    def _where_meets_person(self, clause: Token) -> bool:
        """Whether a clause is a "where" clause telling a meeting with a named person."""
        return clause.dep_ in ("relcl", "advcl") and any(w.lower_ == "where" for w in _children(clause)) \
            and self._meets_person(clause)

    def _held(self, tok: Token) -> Token:
        """The meeting a verb holds or is about to hold ("held talks", "is due to meet"), or the word itself."""
        for _ in range(3):
            if tok.i in self.trigger_heads or tok.pos_ not in ("VERB", "AUX", "ADJ"):
                break
            tok = next((o for o in _children(tok) if (o.dep_ == "dobj" and o.i in self.trigger_heads)
                        or o.dep_ in ("xcomp", "acomp")), tok)
        return tok

    def _meets_person(self, tok: Token) -> bool:
        """Whether a word is a meeting trigger ("met X", "talks with X"), or a verb holding one ("held talks with
        X", "where he is due to meet X"), or a signing with someone ("to sign a protocol with X"), that names a
        person as the one met."""
        tok = self._held(tok)
        if self.trigger_label.get(tok.i) not in (InteractionType.MEETING.value, InteractionType.TALKS.value,
                                                     InteractionType.NEGOTIATION.value,
                                                     InteractionType.AGREEMENT.value):
            return False
        heads = [tok] + ([o for o in _children(tok) if o.dep_ == "dobj"]  # ("sign a protocol with X")
                         if self.trigger_label.get(tok.i) == InteractionType.AGREEMENT.value else [])
        met = [p for h in heads for c in _children(h) for p in ([c] if c.dep_ == "dobj" and h is tok else [
            g for g in _children(c) if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "with" else [])]
        return any((self.actors.actor_at(p) or "").startswith("person:") for p in met)

    def _entry_headline(self, sentence: Span) -> bool:
        """Whether a sentence is the headline of a live report's entry: a short line with no final stop, right under
        a clock time ("15:31 CST") or after one on its line ("10:05 GMT — Jordan's king to visit Cairo")."""
        text = self.actors.text
        if self._live_report is None:  # (one search per document: most stories have no clock-time lines)
            self._live_report = bool(_CLOCK_START.search(text))
        if not self._live_report:
            return False
        start = text.rfind("\n", 0, sentence.start_char) + 1
        end = text.find("\n", sentence.start_char + len(sentence.text.rstrip()))
        line = text[start:end if end >= 0 else len(text)].strip()
        if not line.endswith(sentence.text.strip()) or line[-1:] in ".!?\"\u201d" or len(line.split()) > 14:
            return False
        stamped = _CLOCK_LINE.match(line)
        if stamped and stamped.group().rstrip()[-1:] in "-\u2013\u2014:|":
            return True  # "10:05 GMT — Jordan's king to visit Cairo": stamp and headline on one line
        if line != sentence.text.strip() or start < 2:
            return False
        return bool(_CLOCK_LINE.fullmatch(_line_before(text, start)))

    def _one_country(self, participants: list[tuple[str, Role]]) -> bool:
        """Whether the parties are persons all of one known country."""
        countries = {self.actors.country_key(k) if k.startswith("person:") else None for k, _ in participants}
        return len(participants) >= 2 and len(countries) == 1 and None not in countries

    def _held_by_their_bodies(self, trig: Token) -> bool:
        """Whether an interaction is told as one of the parties' bodies or other people: "a joint session of their
        governments", "a dialogue involving their countries' ministers", "convene a technical committee"."""
        if trig.pos_ in ("VERB", "AUX"):
            return trig.lemma_ == "convene" and any(c.dep_ == "dobj" and c.lemma_.lower() in BODY_NOUNS
                                                    for c in _children(trig))
        held = [o for c in _children(trig) for o in _children(c) if (c.dep_ == "prep" and c.lower_ == "of" and o.dep_ == "pobj")
                or (c.dep_ == "acl" and c.lemma_ in ("involve", "include", "bring") and o.dep_ == "dobj")]
        return any(o.lower_ in PERSON_GROUP_NOUNS | COUNTRY_GROUP_NOUNS | DEPUTY_NOUNS | {"governments", "cabinets"}
                   and any(t.lower_ == "their" for t in _subtree(o)) for o in held)

    def _visitor_named(self, participants: list[tuple[str, Role]], sentence: Span) -> list[tuple[str, Role]]:
        """'X met Y in Dakar on Friday, on the first visit by a senior French official': a visitor told by country
        is the one person of that country an interaction of the same sentence names."""
        named = []
        for key, role in participants:
            if key.startswith("country:") and role is not Role.HOST:
                people = {k for m in self.mentions if m.sentence.start == sentence.start for k in m.keys
                          if k.startswith("person:") and self.actors.country_key(k) == key}
                if len(people) == 1:
                    key = people.pop()
            named.append((key, role))
        return named

    def _visit_host(self, participants, trig, gov, chain):
        """A visit's destination: the visited country ("visiting Japan", "a visit to China")."""
        keys = {k for k, _ in participants}
        if len(keys) >= 2:
            return participants
        for head in chain:
            for child in _children(head):
                cand = []
                if child.dep_ == "dobj" and head.lemma_ == "visit":
                    cand = [child]
                    if child.ent_type_ != "GPE" and self.gaz.place(child.text):
                        # a capital the model did not tag: "visited Kyiv"
                        self.actors._country(self.doc[child.i:child.i + 1], self.gaz.country(child.text))
                elif child.dep_ == "prep" and child.lower_ in ("to", "in", "for"):
                    cand = [c for c in _children(child) if c.dep_ == "pobj"]
                elif child.lower_ in ("on", "onward", "onwards") and head.lemma_ in MOTION_VERBS:
                    # "travels on to Singapore" (the to-phrase parsed under "on")
                    cand = [c for to in _children(child) if to.dep_ == "prep" and to.lower_ == "to"
                            for c in _children(to) if c.dep_ == "pobj"]
                for c in cand:
                    if c.ent_type_ not in ("GPE",) and not self.gaz.place(c.text):
                        continue
                    k = self.actors.actor_at(c)
                    if k is None:
                        # a city that is not a capital: "travelled to Jeddah" visits Saudi Arabia
                        ent = self.actors.ent_at.get(c.i)
                        k = self._city_country(ent.text if ent is not None else c.text, trig.i)
                        if k is None:
                            continue
                    k = self.actors.country_key(k) or k
                    own = {self.actors.country_key(x) for x in keys}
                    if k not in keys and k not in own:
                        return participants + [(k, Role.HOST)]
        # "arrived in the Ethiopian capital": a nationality on the place noun
        for head in chain[:2]:
            for child in _children(head):
                if child.dep_ == "prep" and child.lower_ in ("to", "in"):
                    for pobj in _children(child):
                        for mod in _children(pobj):
                            if mod.dep_ in ("amod", "compound", "poss") and self.actors.word_country(mod):
                                self.actors._country(self.doc[mod.i:mod.i + 1], self.actors.word_country(mod))
                                k = self.actors.actor_at(mod)
                                if k not in keys:
                                    return participants + [(k, Role.HOST)]
        # "X arrived on Sunday for a three-day visit", filed from the host's capital: the dateline's country
        host = _dateline_country(self.article.dateline)
        here = any(c.lower_ == "here" and c.dep_ == "advmod" for t in chain[:2] for c in _children(t))
        if host and keys and (trig.lemma_ not in MOTION_VERBS or here or self._in_unnamed_town(trig)) and not any(
                (c.dep_ == "prep" and c.lower_ in ("to", "in") and not self._in_unnamed_town(t))
                or (c.dep_ == "dobj" and t == trig) for t in chain[:2] for c in _children(t)):
            key = f"country:{normalise_name(host)}"
            own = {self.actors.country_key(x) for x in keys}
            if key not in keys and key not in own:
                return participants + [(self._country_actor(host, trig.i), Role.HOST)]
        return participants

    def _in_unnamed_town(self, verb: Token) -> bool:
        """'arrived in the southeastern city on Friday': a town the text does not name (the dateline's, then)."""
        return any(c.dep_ == "prep" and c.lower_ in ("to", "in") for c in _children(verb)) and all(
            o.lower_ in ("city", "town", "port", "resort") and not any(
                m.dep_ in ("compound", "prep", "appos") for m in _children(o))
            for c in _children(verb) if c.dep_ == "prep" and c.lower_ in ("to", "in")
            for o in _children(c) if o.dep_ == "pobj")

    def _country_actor(self, country: str, first: int) -> str:
        """The key of a country the rules name where the text has no mention of it to hold (a dateline, a
        city's country), registered as an actor of the document."""
        key = f"country:{normalise_name(country)}"
        self.actors.actors.setdefault(key, DocActor(country, ActorKind.COUNTRY, first=first))
        return key

    def _city_country(self, name: str, first: int) -> str | None:
        """The country key of a city that is not a capital ("Jeddah"), when the story names that country
        otherwise: a city name is ambiguous ("Bali" is also a town in India)."""
        country = self.gaz.city(name)
        if country is None or country not in self._countries_named():
            return None
        return self._country_actor(country, first)

    def _countries_named(self) -> set[str]:
        """The countries the document names: as actors, as the country of a person, or as a place."""
        if self._named_countries is None:
            self._named_countries = {a.country if a.kind is not ActorKind.COUNTRY else a.name
                                     for a in self.actors.actors.values()} | {
                self.gaz.country(e.text) for e in self.doc.ents if e.label_ in ("GPE", "NORP", "LOC")}
            self._named_countries.discard(None)
        return self._named_countries

    def _witnessed(self, trig: Token, gov: Token, sentence: Span) -> list[str]:
        """The countries of who witnessed a signing ("X and Y witnessed the signing of N agreements", "were
        signed in the presence of the two leaders"); empty when the signatories are named, or when the
        witnesses' countries are not two or more known ones."""
        if any(c.dep_ in ("agent", "nsubj") and self.actors.actor_at(c) for c in _children(trig)) or any(
                p.dep_ == "prep" and p.lower_ == "by" for p in _children(trig)):
            return []  # "an agreement, signed by Sugiono and Freitas": the signatories
        witnesses: list[str] = []
        frame = None
        if gov.lemma_ == "witness" and gov != trig:
            witnesses = self._subjects(gov, sentence)
        else:
            for head in (trig, gov):
                for prep in (c for c in _children(head) if c.dep_ == "prep" and c.lower_ in ("in", "before")):
                    for presence in (o for o in _children(prep) if o.dep_ == "pobj" and o.lemma_ == "presence"):
                        witnesses = [k for of in _children(presence) if of.dep_ == "prep" and of.lower_ == "of"
                                     for o in _children(of) if o.dep_ == "pobj" for k in self._resolve(o, sentence)]
        if not witnesses and trig.pos_ in ("NOUN", "PROPN"):
            # "co-chaired the fifth Italy-Algeria summit, which ended with the signing of 11 agreements": the
            # signing closes the event told around it, whose parties' countries sign
            frame = next((a for a in list(trig.ancestors)[:6] if a.i in self.trigger_heads and a.pos_ == "NOUN"), None)
            told = next((m for m in reversed(self.mentions) if frame is not None and m.sentence.start == sentence.start
                         and m.trigger_lemma == frame.lemma_.lower()), None)
            if told is not None:
                witnesses = [k for k, role in told.participants if role is not Role.MEDIATOR]
                self._signing_frame = told
        countries = self._witness_countries(witnesses)
        if witnesses and (len(countries) < 2 or None in countries or len(set(countries)) < 2):
            # "witnessed the exchange of a memorandum on cooperation between Malaysia and Papua New Guinea":
            # the parties the memorandum names, when the witnesses' own countries are not all known
            countries = [self.actors.country_key(k) for b in _subtree(trig) if b.dep_ == "prep" and b.lower_ == "between"
                         for o in _children(b) if o.dep_ == "pobj" for k in self._resolve(o, sentence)]
            if frame is not None and self._signing_frame is not None and len(countries) < 2:
                # "Premier Meloni and Algerian President Tebboune co-chaired the Italy-Algeria summit, which ended
                # with the signing of 11 agreements": the countries the summit's name pairs
                countries = [k for t in _subtree(frame) if t.i < frame.i and t.dep_ in ("nmod", "compound", "amod")
                             for k in [self.actors.actor_at(t)] if k and k.startswith("country:")]
        if len(countries) < 2 or None in countries or len(set(countries)) < 2:
            return []
        return list(dict.fromkeys(countries))

    def _agreed_within(self, trig: Token) -> bool:
        """Whether an "agreed" is told as the outcome of talks the same clause states: coordinated with a verb
        of speaking ("spoke by phone and agreed ...", "discussed X and agreed that ...") or set in them ("agreed
        in phone talks", "during the meeting"); an agreement at another occasion ("agreed at the previous
        round") is its own, and so is one that people "met ... and agreed" (a settlement they came to sign)."""
        def talks(tok: Token) -> bool:
            return tok.i in self.trigger_heads and self.trigger_label[tok.i] not in ("agreement", "visit")
        if trig.dep_ == "conj" and trig.head.pos_ in ("VERB", "AUX") and talks(trig.head) and \
                self.trigger_label[trig.head.i] in ("talks", "phone_call", "video_call"):
            return True
        return any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(
            o.dep_ == "pobj" and talks(o) for o in _children(p)) for p in _children(trig))

    def _witness_countries(self, witnesses: list[str]) -> list[str | None]:
        """The witnesses' countries; a witness of unknown country who hosted the other's visit is of the country
        he hosted it in ("X received Ethiopian Prime Minister Abiy in Abu Dhabi ... The two leaders then witnessed
        the exchange of several memoranda": the UAE and Ethiopia)."""
        countries = [self.actors.country_key(k) for k in witnesses]
        if len(witnesses) != 2 or countries.count(None) != 1:
            return countries
        host, guest = witnesses if countries[0] is None else witnesses[::-1]
        hosted = self._country_hosted(host, guest)
        return [hosted if k is None else k for k in countries] if hosted else countries

    def _country_hosted(self, host: str, guest: str) -> str | None:
        """The country of the latest visit of ``guest`` told so far, when it is not the guest's own and ``host``
        (a person of unknown country) received it or no person is named as its host."""
        visit = next((m for m in reversed(self.mentions) if dict(m.participants).get(guest) is Role.VISITOR
                      and any(r is Role.HOST for _, r in m.participants)), None)
        if visit is None:
            return None
        hosted = [k for k, r in visit.participants if r is Role.HOST and k.startswith("country:")]
        if not hosted and dict(visit.participants).get(host) is Role.HOST and visit.location:
            hosted = [self._country_actor(c, visit.sentence.start) for place in reversed(visit.location.split(","))
                      for c in [self.gaz.country(place.strip())] if c][:1]
        return hosted[0] if hosted and hosted[0] != self.actors.country_key(guest) else None

    def _country_of_place(self, verb: Token) -> str | None:
        """The country of the place a verb is told in ("received Y in Accra"), else of the dateline: the host's
        country, when the story does not give the host's own."""
        for place in (o for p in _children(verb) if p.dep_ == "prep" and p.lower_ == "in" for o in _children(p)
                      if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")):
            key = self.actors.actor_at(place)
            if key is None:
                ent = self.actors.ent_at.get(place.i)
                key = self._city_country(ent.text if ent is not None else place.text, verb.i)
            key = (self.actors.country_key(key) or key) if key else None
            return key if key and key.startswith("country:") else None
        host = _dateline_country(self.article.dateline)  # (no place told: the country the story is filed from)
        return self._country_actor(host, verb.i) if host else None

    def _received(self, guests: list[str], host_verb: Token, sentence: Span) -> list[tuple[str, Role]]:
        """A visit of ``guests`` to the country of who receives them (the subjects of ``host_verb``); empty
        when either side is unnamed."""
        hosts = [self.actors.country_key(k) or k for k in self._subjects(host_verb, sentence)]
        if hosts and guests and all(k.startswith("person:") for k in hosts + guests):
            # "Minister X received the visiting Y in Accra", X's country untold: a visit to the place's country (not
            # to the guest's own)
            place = self._country_of_place(host_verb)
            if place is not None and place not in {self.actors.country_key(k) for k in guests}:
                hosts = [place]
        if not guests or not hosts:
            return []
        return [(k, Role.VISITOR) for k in guests] + [(k, Role.HOST) for k in hosts if k not in guests]

    def _named_delegates(self, gov: Token, participants: list[tuple[str, Role]]) -> list[tuple[str, Role]]:
        """'The foreign ministers of Congo and Rwanda met in Doha', each minister named elsewhere in the story
        ("Congo's Thérèse Kayikwamba Wagner"): the named people, when each country has exactly one person holding
        such a post; else nothing."""
        subject = next((c for c in _children(_subject_verb(gov)) if c.dep_ in SUBJECT_DEPS and c.lower_ in PERSON_GROUP_NOUNS
                        and c.lower_ not in ("officials", "diplomats", "negotiators", "envoys", "men", "women")), None)
        if subject is None:
            return []
        words = [c.lower_ for c in _children(subject) if c.dep_ in ("compound", "amod") and c.is_alpha] + [
            subject.lemma_.lower()]
        replaced = []
        for key, role in participants:
            if not key.startswith("country:"):
                return []
            holders = [k for k in list(self.actors.actors) if k.startswith("person:")  # (country_key may add one)
                       and self.actors.country_key(k) == key and self.actors.holds_post(k, words)
                       and not set(re.split(r"[\s-]+", (self.actors.actors[k].title or "").lower())) & SECOND_RANKS - set(words)]
            # ("the presidents of A and B" are not A's vice-president)
            if not holders and subject.lower_ not in ("leaders", "heads"):
                # "Congo's Thérèse Kayikwamba Wagner" in the next sentence, her post not given again: the one person of
                # that country the story names near by without any post (a named post: "the leaders of A and B" may
                # be anyone's)
                near = range(_sent(gov).start - DELEGATE_REACH, _sent(gov).end + DELEGATE_REACH)
                holders = list(dict.fromkeys(k for i, k in self.actors.token_actor.items() if i in near
                                             and k.startswith("person:") and self.actors.actors[k].title is None
                                             and self.actors.country_key(k) == key))
                if len(holders) == 1:
                    # (the post the group names is theirs: "the two presidents" later are these two)
                    self.actors.actors[holders[0]].title = " ".join(w.capitalize() for w in words)
            if len(holders) != 1:
                return []
            replaced.append((holders[0], role))
        return replaced

    def _semicolon_list(self, trig: Token, gov: Token, sentence: Span) -> list[str]:
        """The people of a list separated by semicolons after the trigger's "with" (ministry releases name each
        counterpart with a long post: "with H.E. X, Minister of Foreign Affairs of Bahrain; H.H. Y, ...; and Z"):
        the first person named in each part."""
        with_ = next((c for t in (trig, gov) for c in _children(t) if c.dep_ == "prep" and c.lower_ == "with"), None)
        if with_ is None or not any(t.text == ";" for t in self.doc[with_.i:sentence.end]):
            return []
        found, part = [], []
        for tok in self.doc[with_.i + 1:sentence.end]:
            if tok.text == ";" or tok.i == sentence.end - 1:
                key = next((k for t in part for k in [self.actors.actor_at(t)] if k and k.startswith("person:")), None)
                if key and key not in found:
                    found.append(key)
                part = []
            else:
                part.append(tok)
        return found

    def _calls_on(self, trig: Token) -> Token | None:
        """'X called on Y' (a courtesy call) when Y is a person: the person token, else None (and None for an
        appeal: "called on Netanyahu to resign")."""
        if any(c.dep_ in ("xcomp", "advcl") and c.lemma_ not in CALL_PURPOSES and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in _children(c)) for c in _children(trig)):
            return None
        for c in _children(trig):
            if c.lower_ == "on" and c.dep_ in ("prep", "prt"):
                objs = [o for o in _children(c) if o.dep_ == "pobj"] or [
                    o for o in [self._dangling_object(c)] if o is not None and not self._appeal_after(o)] or [
                    o for o in _children(trig) if o.dep_ == "dobj"]
                for o in objs:
                    k = self.actors.actor_at(o) or (self._definite_person(o) if o.lower_ in PERSON_NOUNS else None)
                    if self.actors.word_country(o) and o.i + 1 < len(self.doc):
                        # "call on Lao Prime Minister X" parsed with the demonym as the object: the person it opens
                        named = self.actors.name_start(o.i + 1)
                        if named > o.i + 1 and (self.actors.token_actor.get(named) or "").startswith("person:"):
                            return self.doc[named]
                    if k is None and (o.lower_ in PERSON_NOUNS or self.gaz.title(o.text)):
                        # "called on President of the Republic Alexander Stubb": the name inside the title phrase
                        inner = next((t for t in _subtree(o) if (self.actors.actor_at(t) or "").startswith("person:")),
                                     None)
                        if inner is not None:
                            return inner
                    if k and k.startswith("person:"):
                        return o  # ("called on the King": the king named before)
        return None

    def _wish_dated(self, wish: Token, trig: Token) -> bool:
        """Whether the words after a wish give the wished event a time ("hoped to see the prime minister in
        London in June": a plan in the making). A date before the wish is another event's ("said on Monday that
        he hoped to meet X"), and "one day", "some day" set no time at all."""
        return any(e.label_ in ("DATE", "TIME") and e.start > wish.i and e.text.lower() not in UNTIMED_WORDS
                   for e in _sent(trig).ents)

    def _appeal_after(self, person: Token) -> bool:
        """Whether the name at ``person`` is followed by an infinitive of what it is asked to do: "called on
        X to release the sailors" (an appeal; the parser hangs the clause on the name when it breaks the phrase),
        not a call's purpose ("called on X to discuss the ferry")."""
        key = self.actors.actor_at(person)
        end = person.i
        while end + 1 < len(self.doc) and self.actors.actor_at(self.doc[end + 1]) == key:
            end += 1
        return end + 2 < len(self.doc) and self.doc[end + 1].lower_ == "to" and self.doc[end + 2].tag_ == "VB" \
            and self.doc[end + 2].lemma_ not in CALL_PURPOSES

    def _not_calling(self, word: Token, call: Token) -> bool:
        """Whether a word on the verb "call" makes it something other than a phone call: "called for talks",
        "called off", "called X a liar", "called on". Not the name the parser reads as the predicate of an absent
        object ("called Foreign Minister Wang Yi on Tuesday"), not a call's purpose ("called X to congratulate
        him"), not a day ("on Tuesday")."""
        def person(tok: Token) -> bool:
            return (self.actors.actor_at(tok) or "").startswith("person:")
        if word.dep_ == "oprd":
            return not (person(word) and not any(d.dep_ == "dobj" for d in _children(call)))
        if word.dep_ == "xcomp":
            return not (word.lemma_ in CALL_PURPOSES and any(person(d) for d in _children(call)
                                                             if d.dep_ in ("dobj", "oprd")))
        if word.dep_ in ("prt", "ccomp"):
            return True
        return word.dep_ == "prep" and word.lower_ in ("for", "on", "off") and not any(
            o.ent_type_ in ("DATE", "TIME") for o in _children(word))

    def _denied_report(self, verb: Token) -> bool:
        """Whether the verb's event is told inside a report, claim or rumour that is denied."""
        frame = self._chain(verb, verb)
        return any(_refuses(t) for t in frame) and any(t.lemma_.lower() in CONTENT_NOUNS for t in frame)

    def _leg_to_place(self, verb: Token) -> bool:
        """Whether "continue" or "proceed" goes on to a place ("continued on to Bishkek", "will proceed to Accra"):
        a to-phrase of the verb whose object names a place."""
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or self.gaz.place(o.text) is not None)
            for o in _children(c)) for c in _children(verb))

    def _trigger_is_event(self, trig: Token, gov: Token) -> bool:
        """Filter uses of trigger words that are not interactions."""
        if trig.lemma_ == "phone" and trig.pos_ == "NOUN" and not (
                trig.dep_ == "pobj" and trig.head.lower_ == "on" and trig.head.head.lemma_ == "be"
                and any(c.dep_ == "prep" and c.lower_ == "with" for t in (trig, trig.head.head) for c in _children(t))):
            return False  # only "X was on the phone with Y" is a call ("by phone", "phone records" are not)
        if trig.lemma_ == "track" and not any(c.dep_ == "prep" and c.lower_ == "between" for c in _children(trig)):
            return False  # only "a parallel track between Kinshasa and the rebels" is a negotiation ("back on track",
            # "a fast track", "the Rome track" are not said of two parties)
        if trig.dep_ == "pobj" and trig.head.lower_ == "without":
            return False  # "hosted a gathering without a separate session with the Chinese delegation"
        if self.trigger_label.get(trig.i) == InteractionType.AGREEMENT.value and any(
                (c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "pobj" and c.head.head == trig))
                and c.lemma_.lower() in ARRANGEMENT_NOUNS
                for c in [*_children(trig), *(g for p in _children(trig) if p.dep_ == "prep"
                                             and p.lower_ in ("on", "upon") for g in _children(p))]):
            return False  # "a new date will be agreed by both sides", "agreed on a venue for the next round": the
            # arrangements of an occasion, no agreement of the parties
        if self._quoted is None:
            self._quoted = {t.sent.start for t in self.doc if t.text in _QUOTE_MARKS}
        if _sent(trig).start in self._quoted and _commentary(trig):
            return False  # '"Neither side is in a hurry to meet," said X, an analyst in Y': a commentator's
            # quotation comments on the events; it tells none
        if gov != trig and gov.dep_ == "pcomp" and gov.head.lower_ == "without" \
                and self.trigger_label.get(trig.i) == InteractionType.AGREEMENT.value:
            return False  # "held talks ... without reaching agreement": the talks' outcome, no agreement
        if trig.lemma_ == "call" and trig.pos_ == "VERB" and trig.dep_ == "acl" and trig.tag_ == "VBN" \
                and self.actors.actor_at(trig.head) is None and not trig.head.ent_type_:
            return False  # "a referendum called by President Noboa": what was called, not whom
        verb = next((a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), gov)  # ("could meet Y at the summit")
        for tok in (trig, gov, gov.head if gov.dep_ in ("xcomp", "ccomp") else gov, verb):
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in _children(tok)):
                return False  # "unless the countries agree on a deal": a condition, not an event
            if any(c.lower_ in _MAYBE_MODALS for c in _children(tok) if c.dep_ == "aux") and any(
                    a.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CONDITION_MARKS
                                              and m.i < a.i for m in _children(a))
                    for a in _children(tok)):
                return False  # "he could meet Kim if (once) Pyongyang showed ...": a hypothetical
        if trig.dep_ == "attr" and trig.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ in _MAYBE_MODALS for c in _children(trig.head)) and not any(
                c.dep_ == "nsubj" and c.lower_ in ("what", "this", "it") for c in _children(trig.head)):
            # "the logical next step would be a meeting between X and Y": a conjecture (but "X is expected in
            # Cairo, in what would be a rare visit", "it would be their first meeting" describe the event)
            return False
        for tok in (trig, gov):
            copula = tok.head.head if tok.head.dep_ == "acomp" else tok.head
            if tok.dep_ == "xcomp" and copula.lemma_ == "be" and any(
                    c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in _children(copula)) and any(
                    c.dep_ == "acomp" and c.lower_ not in ("due", "set", "likely", "expected", "scheduled", "unlikely")
                    for c in _children(copula)):
                return False  # "it is cheaper to talk to Iran", "it is important to meet": a judgement, not an event
        if next((t.text for t in reversed(_sent(trig)) if not t.is_space), None) == "?":
            words = [t for t in _sent(trig) if not t.is_space]
            while len(words) > 2 and words[1].text == ":" and len(words[0].text) <= 2:
                words = words[2:]  # "Q: Has President Lula accepted ...?"
            if words[0].tag_ in ("MD", "VBZ", "VBP", "VBD") and words[0].lower_ in AUX_WORDS:
                return False  # "Has Lula accepted Xi's invitation to visit China?", "Will you meet him?": a question
        above = [trig] + list(trig.ancestors)[:4]
        if any(c.dep_ == "mark" and c.lower_ == "whether" for t in above for c in _children(t)):
            return False  # "it remained unclear whether X would be able to hold talks with Y": an open question
        if trig.dep_ in ("pcomp", "pobj") and trig.head.lower_ == "to" and trig.head.head.lower_ == "open" \
                and trig.head.head.pos_ == "ADJ":
            return False  # "he would be open to meeting Kim": willingness, no plan
        wish = next((t for t in above[1:4] if (t.lemma_ in ("hope", "wish", "want", "aspire", "envisage", "envision",
                                                            "imagine") or t.lower_.startswith("hope"))
                     and t.pos_ == "VERB"), None)
        if wish is not None and not self._wish_dated(wish, trig):
            return False  # "Motegi hoped to speak with Wang Yi", "said on Monday he hoped to meet X one day": a wish,
            # no plan
        if trig.pos_ == "NOUN" and trig.lemma_ in ("visit", "trip", "tour") and gov != trig \
                and gov.lemma_ in MOTION_VERBS and gov.i in self.trigger_heads \
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in _children(gov)):
            return False  # "will travel to Germany and Switzerland on an official visit": the journey, told once
        if trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "for" \
                and trig.head.head.lemma_ in ("meet", "gather", "convene", "sit") and trig.head.head.i in self.trigger_heads \
                and not any(c.dep_ in ("acl", "relcl") and c.lemma_ == "attend" for c in _children(trig)):
            return False  # "met in Doha for their first joint session": the meeting, told once (but "met for
            # their annual summit, attended by A, B and C": the summit names who came)
        if trig.dep_ == "xcomp" and trig.head.lemma_ in ("ask", "request"):
            return False  # "I have asked to see Minister Wang": a request, not yet a plan
        if _possibility(trig if trig.pos_ in ("VERB", "AUX") else gov, trig):
            return False  # "a possible visit by X to Moscow", "preparing for the possibility that X will travel to
            # India": a possibility, neither held nor planned
        if _urged(trig if trig.pos_ in ("VERB", "AUX") else gov):
            return False  # "urged both warring parties to agree a ceasefire": a third party's wish, no event
        if any(c.dep_ == "advmod" and c.lower_ in ("gladly", "happily", "willingly") for t in (trig, gov)
               for c in _children(t)):
            return False  # "he would gladly host X and Y in Porto for a three-way meeting": an offer
        if gov.lemma_ in ("schedule", "plan", "set", "fix", "arrange") and any(c.dep_ == "neg" for c in _children(gov)):
            return False  # "A second round has not been scheduled": no event, not even a denied one
        wish = next((t for t in (trig.head, trig.head.head, trig.head.head.head) if t.lemma_ == "look"
                     and any(c.lower_ == "forward" for c in _children(t))), None)
        if wish is not None and not any(e.label_ in ("DATE", "TIME") for e in _sent(trig).ents):
            return False  # "I look forward to visiting Honiara at a mutually convenient time": a wish, no plan
        if (_under(trig, OFFER_WORDS) or _under(gov, OFFER_WORDS) or any(
                c.lemma_ in OFFER_WORDS for t in (gov, gov.head) for c in _children(t) if c.dep_ == "acomp")) \
                and _rejected_offer(trig) is None:
            return False  # "stood ready to host negotiations", "offered to host a meeting": an offer
        if trig.dep_ == "dobj" and gov.lemma_ in ("revive", "resume", "restart", "relaunch", "restore", "salvage") \
                and gov.dep_ in ("xcomp", "advcl", "acl") and gov.head.lemma_ in (
                    "push", "seek", "try", "aim", "hope", "want", "work", "strive", "press", "urge", "effort", "bid",
                    "attempt", "drive", "campaign", "move", "struggle"):
            return False  # "as Ankara pushed to revive peace talks", "efforts to restart talks": an aim, no event
        if trig.lemma_ == "see" and not (
                any(c.dep_ == "dobj" and any(t.ent_type_ == "PERSON" and (self.actors.actor_at(t) or "").startswith(
                    "person:") for t in [c, *(a for a in _children(c) if a.dep_ == "appos")]) for c in _children(trig))
                and (trig.dep_ == "xcomp" or any(c.dep_ in SUBJECT_DEPS for c in _children(trig)) or (
                    trig.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in _children(trig))))
                and not any(
                    c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or (c.dep_ == "prep" and c.lower_ == "as") or (
                        c.dep_ == "prep" and any(o.lemma_.lower() in ("television", "tv", "screen", "video", "footage",
                                                                       "photo", "picture", "news") for o in _children(c)))
                    for c in _children(trig))):
            return False  # "Araghchi had been expected to see Sheikh Abdullah", "will fly to Niamey to see Niger's
            # leader, General X": a meeting; not "saw X as a threat", "saw him on television", "see progress"
        if trig.lemma_ == "chair" and not (trig.i >= 2 and self.doc[trig.i - 1].text in ("-", "–")
                                           and self.doc[trig.i - 2].lower_ == "co") and not any(
                c.dep_ in SUBJECT_DEPS and any(g.dep_ == "conj" for g in _children(c)) for c in _children(trig)):
            return False  # "whose country chairs the Arctic Council": presiding, not meeting; "X and Y co-chaired"
        if trig.lemma_ in ("convene", "chair") \
                and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BODY_NOUNS for c in _children(trig)):
            # ("the Joint Commission will be convened in New Delhi" as well)
            return False  # "agreed to convene their joint security mechanism" and "co-chaired the Joint Commission"
            # meet; "convened a meeting" and "chaired the session" are that meeting
        if trig.lower_ == "due" and (any(c.dep_ in ("xcomp", "ccomp") for c in _children(trig)) or not any(
                c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                    p.ent_type_ == "GPE" or self.gaz.place(p.text) for p in _children(c)) for c in _children(trig))):
            return False  # only "X is due in Moscow next week" is a (planned) visit; "due to meet" is the meeting
        if trig.pos_ in ("VERB", "AUX"):
            if trig.lemma_ == "expect" and (any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in _children(trig)) or not any(
                    c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                        p.ent_type_ == "GPE" or self.gaz.place(p.text) for p in _children(c)) for c in _children(trig))):
                return False  # only "X is expected in Cairo next week" is a (planned) visit
            if trig.lemma_ == "call":
                if self._calls_on(trig):
                    return True
                if any(self._not_calling(c, trig) for c in _children(trig)):
                    return False
            if trig.lemma_ in ("meet", "sign") and any(c.dep_ == "dobj" and c.lemma_ in ("target", "demand", "goal",
                                                                                          "deadline", "need", "law", "bill", "order", "decree", "requirement", "expectation", "standard", "criterion", "condition", "obligation")
                                                    for c in _children(trig)):
                return False
            if trig.lemma_ == "receive" and not any(c.dep_ in ("dobj", "nsubjpass") and (
                    c.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or c.lower_ in ("him", "her", "them")
                    or c.dep_ == "nsubjpass" and c.lower_ in ("he", "she")  # ("he was received by the crown prince")
                    or c.lower_ in GENERIC_OFFICIALS | {"delegation", "counterpart", "guest", "visitor", "dignitary"}
                    or (self.actors.actor_at(c) or "").startswith("person:")) for c in _children(trig)) and not any(
                    c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                        (self.actors.actor_at(o) or "").startswith("person:") for o in _children(c)
                        if o.dep_ == "pobj" and o.ent_type_ == "PERSON")
                    for c in _children(trig)) and not any(
                    c.dep_ == "agent" and any((self.actors.actor_at(o) or "").startswith("person:") or (
                        o.lower_ in PERSON_NOUNS and _is_definite(o)) for o in _children(c))
                    for c in _children(trig)) and self._guest_after_verb(trig) is None:  # ("by the crown prince")
                return False  # "received X", "X was received by Y", "received in Rabat Mr. X", "X held talks and
                # was then received by Y", "received, at the Ministry in Luanda, the Minister ..., X"; not "received a
                # letter"
            if trig.lemma_ in ("welcome", "greet") and not any(c.dep_ in ("dobj", "nsubjpass") and (
                    c.ent_type_ == "PERSON" or (self.actors.actor_at(c) or "").startswith("person:"))
                    for c in _children(trig)):
                return False  # "welcomed the decision", "greeted the news"
            if trig.lemma_ in MOTION_VERBS and any(c.dep_ in ("dobj", "agent") for c in _children(trig)):
                return False  # "headed the Russian team", "the team was headed by X", "left office": no journey
            if trig.lemma_ in LEG_VERBS and not self._leg_to_place(trig):
                return False  # "continued on to Bishkek" is a further leg of a trip; "continued talks", "continued to
                # press Iran", "proceeded to the signing" go nowhere
            if trig.lemma_ == "exchange" and not any(c.dep_ == "dobj" and c.lemma_ in ("view", "opinion", "idea")
                                                     for c in _children(trig)):
                return False  # "exchanged views on X" is talks; "exchanged prisoners" or "fire" is not
            if trig.lemma_ == "sit" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in _children(trig)):
                return False  # only "sat down with X" is a meeting
            if trig.lemma_ == "spend" and not (any(c.dep_ == "dobj" and c.lemma_ in (
                    "evening", "day", "morning", "afternoon", "hour", "night", "time", "weekend")
                    for c in _children(trig)) and any(c.dep_ == "prep" and c.lower_ == "with" for c in _children(trig))):
                return False  # only "spent the evening with X" is a meeting, not "spent $2bn with Boeing"
            if trig.lemma_ == "brief" and not any(c.dep_ == "dobj" and (
                    self.actors.actor_at(c) or "").startswith("person:") for c in _children(trig)):
                return False  # "to brief Kaja Kallas on the talks" meets her; "briefed reporters" meets no one
        if trig.lemma_.lower() in WEAK_NOUNS and gov.lemma_.lower() not in HOLD_VERBS | {"receive", "welcome", "invite"} \
                and not any(c.lower_ in PHONE_WORDS | VIDEO_WORDS for c in _children(trig)) \
                and not (trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_ in CONTAINER_NOUNS
                         and any(c.lower_ in OCCASION_WORDS for c in _children(trig.head.head))) \
                and not (trig.dep_ == "pobj" and trig.head.lower_ == "for" and (
                    trig.head.head.lemma_ in MOTION_VERBS | {"visit"})):
            # (but "the next round of consultations" is one, and so is the purpose of a trip: "will visit
            # Singapore for the annual Leaders' Retreat with Mr Wong")
            return False  # "continue dialogue with X" is a stance; "hold a dialogue", "a phone conversation" are events
        if trig.tag_ == "NNS" and trig.lemma_ in ("visit", "meeting", "call", "summit", "trip", "agreement") and not any(
                c.dep_ in ("det", "nummod", "poss") or (c.dep_ == "prep" and c.lower_ == "with" and trig.lemma_ == "meeting")
                for c in _children(trig)):  # ("for meetings with Greer and Lutnick": named meetings, not a habit)
            return False  # "regular visits between Tokyo and Seoul": a habit, not an event
        if trig.lemma_ in ("host", "welcome") and trig.pos_ in ("VERB", "AUX") and (
                (trig.dep_ == "acl" and trig.head.i in self.trigger_heads) or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i in self.trigger_heads and c.pos_ == "NOUN"
                for c in _children(trig))):
            return False  # "their annual summit, hosted by Anwar", "when a meeting between A and B hosted in Brussels
            # by X broke up" (parsed with the meeting as the subject): describes that event, already counted
        if trig.lemma_ in ("host", "receive", "welcome") and any(
                c.dep_ == "prep" and c.lower_ == "for" and any(p.i in self.trigger_heads for p in _children(c))
                for c in _children(trig)):
            return False  # "X hosted Y for talks": the talks are the interaction (with X as host)
        if trig.lemma_ in ("host", "convene") and any(
                c.dep_ == "dobj" and (c.i in self.trigger_heads or (c.lemma_ in CONTAINER_NOUNS and any(
                    p.lower_ == "of" and any(o.i in self.trigger_heads for o in _children(p)) for p in _children(c))))
                for c in _children(trig)):
            return False  # "X hosted a summit of ...", "a new round of talks between A and B": that event, with X
        if trig.lemma_ == "conference" and not any(c.lower_ in VIDEO_WORDS | PHONE_WORDS or c.lower_.startswith("video")
                                                  for c in _children(trig)):
            return False  # a news conference is not a meeting; a video conference is a call
        if trig.pos_ not in ("VERB", "AUX") and trig.lemma_ in ("deal", "agreement", "accord", "treaty", "pact"):
            # "trade deal" as a topic ("talks on a trade deal") is not itself an agreement
            if trig.dep_ == "pobj" and trig.head.lower_ in ("on", "about", "over", "for", "toward", "towards"):
                return False
        return True

    # -- coreference -----------------------------------------------------------------------------------
    def _opposite_visits(self, a: Mention, b: Mention) -> bool:
        """Whether the visitors of two visits act for different parties (a visit from Mexico to Canada is not one
        from Canada to Mexico)."""
        va, vb = ({self.actors.party_of(k) for k, role in m.participants if role is Role.VISITOR} for m in (a, b))
        return bool(va and vb and va != vb)

    def _other_people(self, a: Mention, b: Mention) -> bool:
        """Whether two mentions name different people for one party ("President Faye held talks with the rulers
        of Burkina Faso" and "his foreign minister held a parallel session with her Burkinabe counterpart")."""
        def people(m: Mention) -> dict[str, set[str]]:
            found: dict[str, set[str]] = {}
            for k in m.keys:
                if k.startswith("person:"):
                    found.setdefault(self.actors.party_of(k), set()).add(k)
            return found
        pa, pb = people(a), people(b)
        return any(party in pb and not pa[party] & pb[party] for party in pa)

    def _one_occasion(self, prev: Mention, m: Mention) -> bool:
        """Whether two mentions naming different actors may tell one event at two levels (countries and their
        people): same type group, status and compatible dates, neither told as another occasion nor by
        delegates, and not visits in opposite directions."""
        return (_compatible_type(prev.type, m.type) and prev.keys != m.keys and prev.status == m.status
                and _compatible_date(prev.date, m.date) and not prev.other_occasion and not m.other_occasion
                and not (prev.delegates or m.delegates) and not self._opposite_visits(prev, m))

    def _stands_for(self, prev: Mention, m: Mention) -> str | None:
        """The country of one of two mentions of one event (same type group, date, status) that the other tells
        through a person whose country is unknown, the other parties being the same: that country's key."""
        if not self._one_occasion(prev, m):
            return None
        if len(prev.keys) != len(m.keys):
            return None
        pa = {self.actors.party_of(k): k for k in prev.keys}
        pb = {self.actors.party_of(k): k for k in m.keys}
        only_a, only_b = set(pa) - set(pb), set(pb) - set(pa)
        if len(only_a) != 1 or len(only_b) != 1 or len(pa) != len(prev.keys) or len(pb) != len(m.keys):
            return None
        a, b = pa[only_a.pop()], pb[only_b.pop()]

        def unplaced(k: str) -> bool:
            actor = self.actors.actors.get(k)
            return actor is not None and actor.kind is ActorKind.PERSON and not actor.country \
                and not actor.organization
        # (not a visit, whose host country is a party of its own; nor an undated mention, which may tell any
        # meeting of the two)
        # ("Australia and China will hold their annual dialogue later this year": not the meeting due on Wednesday)
        if InteractionType.VISIT in (prev.type, m.type) or prev.date is None or m.date is None:
            return None
        if (prev.witnessed or m.witnessed) and prev.sentence.start != m.sentence.start:
            return None  # ("the summit ended with the signing of 11 agreements. The two ministers then signed a
            # memorandum": the witnesses' countries are not the ministers' signing; but "They witnessed the signing
            # of five memorandums, one signed by X and Y" names its signatories)
        if a.startswith("country:") and unplaced(b) and prev.date[1] is not DatePrecision.YEAR:
            return a
        if b.startswith("country:") and unplaced(a) and m.date[1] is not DatePrecision.YEAR:
            return b
        return None

    def merge(self, mentions: list[Mention]) -> list[Mention]:
        merged: list[Mention] = []
        pending_summit: Mention | None = None  # "Leaders of the G7 opened their summit": named further on
        for m in mentions:
            target = None
            if m.joins:
                gathering = next((prev for prev in reversed(merged) if prev.type is InteractionType.SUMMIT
                                  or len(prev.keys) >= 3), None)
                if gathering is not None and m.sentence.start - gathering.sentence.start < 200:
                    known = gathering.keys
                    gathering.participants += [(k, role) for k, role in m.participants if k not in known]
                    gathering.extra_sentences.append(m.sentence)
                continue
            if m.anaphoric:
                # "the call with Putin": the last compatible interaction that includes who is named; "the
                # summit" only a summit (not the bilateral held on its sidelines)
                candidates = [prev for prev in reversed(merged) if _compatible_type(prev.type, m.type)
                              and m.keys <= prev.keys and not (m.trigger_lemma in ANAPHORIC_ONLY and prev.type in (
                                  InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL))  # a round is not a call
                              and (m.other_occasion or _within_days(prev.date, m.date))
                              and (m.other_occasion or not _recent_and_older(prev, m, self.article.published))]
                # ("10:15 - The Erdogan-Trump meeting is over": not the one they "last" held in September)
                # ("they last met in October 2025" ... "The next meeting will be held in 2027": another one)
                candidates = [c for c in candidates if _compatible_status(c.status, m.status)] or candidates
                # ("The talks were indirect from beginning to end": the talks held, not a round called off)
                target = next((prev for prev in candidates if prev.type is m.type), None)
                if target is None and m.type is not InteractionType.SUMMIT:
                    target = next(iter(candidates), None)
                if target is None and m.type is InteractionType.VISIT and m.status is Status.CANCELLED:
                    trip = self._trip_purpose(m, merged)
                    if trip is not None:
                        # "X was due to fly to Oslo on Monday to meet Y. The trip has been postponed": the trip
                        # told only as the way to the meeting is called off with it
                        trip.status = Status.CANCELLED
                        trip.extra_sentences.append(m.sentence)
                        continue
                if target is None:
                    if (m.type is InteractionType.SUMMIT or m.gathering) and not m.other_occasion \
                            and pending_summit is None:
                        pending_summit = m
                    continue
                if m.other_occasion:
                    # "a further round is scheduled for April 25": the same parties, another occasion
                    m.participants = list(target.participants)
                    if m.trigger_lemma in ANAPHORIC_ONLY:
                        # "the previous round": the parties, whose delegates may change from round to round
                        parties = {self.actors.party_of(k): role for k, role in target.participants}
                        if len(parties) >= 2:
                            m.participants = list(parties.items())
                    m.anaphoric = False
                    merged.append(m)
                    continue
            elif not m.other_occasion and (target := self._brokered_round(m, merged)) is not None:
                pass  # "Delegations from A and B have begun talks in Jeddah. The talks, brokered by C, opened on
                # Tuesday": C joins the talks of A and B
            elif not m.other_occasion:
                target = next((prev for prev in reversed(merged) if prev.sentence.start == m.sentence.start
                               and prev.keys == m.keys and ((
                                   prev.type is InteractionType.VISIT
                                   and m.type in (InteractionType.TALKS, InteractionType.MEETING)
                                   and any(role is Role.HOST for _, role in prev.participants))
                                   or (m.type is InteractionType.VISIT
                                       and prev.type in (InteractionType.TALKS, InteractionType.MEETING)))),
                              None)  # "will travel to Mexico City for talks with her Mexican counterpart": the visit
                # (and "held talks with the visiting president", "received X, who is on a state visit": the visit
                # whose host is the one met is that meeting, told once)
                for prev in reversed(merged) if target is None else ():
                    if prev.keys == m.keys and _compatible_type(prev.type, m.type) \
                            and not _recent_and_older(prev, m, self.article.published) \
                            and ((_compatible_date(prev.date, m.date) or _same_visit(prev, m))
                                 and (_compatible_status(prev.status, m.status)
                                      or _fulfilled(prev, m, self.article.published))
                                 or _trip_leg(prev, m, self.article.published)) \
                            and not _remote_and_in_person(prev, m):
                        target = prev
                        if _fulfilled(prev, m, self.article.published):
                            prev.status = Status.OCCURRED  # the plan and that it happened, in either order
                        break
                if target is None and len(m.keys) >= 2:
                    # "Kazakhstan and Uzbekistan signed an agreement" ... "Tokayev and Mirziyoyev signed the accord
                    # on 14 July": one event told at the level of countries and of their leaders
                    parties = {self.actors.party_of(k) for k in m.keys}
                    target = next((prev for prev in reversed(merged) if self._one_occasion(prev, m)
                                   and {self.actors.party_of(k) for k in prev.keys} == parties
                                   and not self._other_people(prev, m)
                                   and not all(k.startswith("person:") for k in prev.keys ^ m.keys)), None)
                if target is None and len(m.keys) >= 2:
                    # "Kenya's foreign minister received his Ugandan counterpart" ... "His talks with Musalia
                    # Mudavadi, Kenya's Prime Cabinet Secretary": the visitor, whose country the text never ties to
                    # him, stands for the country the lede named
                    target, stood_for = next(((prev, c) for prev in reversed(merged)
                                              for c in [self._stands_for(prev, m)] if c is not None), (None, None))
                    if target is not None:
                        _absorb(target, m)
                        target.participants = [(k, role) for k, role in target.participants if k != stood_for]
                        continue
                if target is None and m.type is InteractionType.SUMMIT:
                    # one summit, its participants named over several sentences ("X welcomed A, B and C";
                    # "D and E also attended")
                    # (or the gathering that holds them all: "The five prime ministers gathered at Thingvellir
                    # for their annual meeting ... X welcomed A and B to the park")
                    target = next((prev for prev in reversed(merged) if (
                        prev.type is InteractionType.SUMMIT or prev.gathering and m.keys <= prev.keys)
                                   and not prev.other_occasion and _compatible_date(prev.date, m.date)
                                   and _compatible_status(prev.status, m.status)), None)
            if target is None and m.trigger_lemma in ("session", "plenary"):
                # "X opened the summit, chairing a session attended by A and B": a session of that summit
                target = next((prev for prev in reversed(merged) if prev.type is InteractionType.SUMMIT
                               and prev.sentence.start == m.sentence.start), None)
                if target is not None:
                    m.type = InteractionType.SUMMIT
            if m.at_summit and m.status is Status.OCCURRED:
                # who meets on a summit's sidelines attends the summit
                summit = next((prev for prev in reversed(merged) if prev.type is InteractionType.SUMMIT
                               and prev.status is Status.OCCURRED and _compatible_date(prev.date, m.date)), None)
                if summit is None and pending_summit is not None and _compatible_date(pending_summit.date, m.date):
                    summit = pending_summit
                if summit is not None and not any(role is Role.VISITOR for _, role in summit.participants):
                    # (not a minister whose country the summit already counts, nor anyone at a bilateral summit
                    # of a host and a visitor: "Sanchez hosted Montenegro for the Spain-Portugal summit ... On
                    # its sidelines, the foreign ministers discussed ...")
                    parties = {self.actors.party_of(k) for k in summit.keys}
                    summit.participants += [(k, Role.PARTICIPANT) for k, _ in m.participants
                                            if k not in summit.keys and self.actors.party_of(k) not in parties]
                    if summit is pending_summit and len(summit.keys) >= 2:
                        summit.anaphoric = False  # the summit named at last: kept, before its sideline talks
                        merged.append(summit)
                        pending_summit = None
            if target is None:
                if m.trigger_lemma in ("session", "plenary") and pending_summit is not None \
                        and pending_summit.sentence.start == m.sentence.start:
                    m.type = InteractionType.SUMMIT  # (the summit not yet named: it takes the session's parties)
                if m.type is InteractionType.SUMMIT and pending_summit is not None \
                        and _compatible_date(pending_summit.date, m.date) \
                        and _compatible_place(pending_summit.location, m.location):
                    # (not "a summit in Rome" after "the Mercosur summit" in Montevideo)
                    m.date = m.date or pending_summit.date  # the summit's first mention dates and places it
                    m.location = m.location or pending_summit.location
                    m.extra_sentences.insert(0, pending_summit.sentence)
                    known = m.keys
                    m.participants += [(k, role) for k, role in pending_summit.participants if k not in known]
                    pending_summit = None
                merged.append(m)
                continue
            _absorb(target, m)
            if m.anaphoric and target.type is InteractionType.VISIT and m.status is Status.CANCELLED:
                # "X will travel to Lima for talks with Y. The visit was called off": the talks the trip was for too
                for prev in merged:
                    if prev.sentence.start == target.sentence.start and prev.status is Status.PLANNED \
                            and prev.type in (InteractionType.MEETING, InteractionType.TALKS) \
                            and prev.keys & target.keys:
                        prev.status = Status.CANCELLED
        return [m for m in merged if not (m.framing and not m.extra_sentences)]

    @staticmethod
    def _trip_purpose(m: Mention, merged: list[Mention]) -> Mention | None:
        """The planned meeting, told in the last two sentences, that a trip was the way to ("was due to fly to Oslo
        to meet Y", "will travel to Lima for talks with Y"): what "the trip" or "the visit" then refers to when no
        visit was told."""
        for prev in reversed(merged):
            if m.sentence.start - prev.sentence.start > 80:
                return None
            if prev.status is Status.PLANNED and prev.type in (InteractionType.MEETING, InteractionType.TALKS) \
                    and m.keys <= prev.keys and any(
                        t.lemma_ in _TRAVEL_VERBS and any(d.lemma_.lower() == prev.trigger_lemma for d in t.subtree)
                        for t in prev.sentence):
                return prev
        return None

    @staticmethod
    def _brokered_round(m: Mention, merged: list[Mention]) -> Mention | None:
        """The talks of two parties, told in the sentence before or this one, that a definite mention with no party
        but its mediators ("The talks, brokered by Saudi Arabia and the United States, opened on Tuesday") is."""
        if not m.participants or any(role is not Role.MEDIATOR for _, role in m.participants) or not m.definite:
            return None
        previous = merged[-1] if merged else None
        if previous is None or not _compatible_type(previous.type, m.type) \
                or not _compatible_status(previous.status, m.status) or not _within_days(previous.date, m.date) \
                or m.sentence.start - previous.sentence.end > 1 \
                or sum(role is not Role.MEDIATOR for _, role in previous.participants) < 2:
            return None
        return previous

    def run(self) -> list[Mention]:
        for span in sorted(self.trigger_spans, key=lambda s: s.start):
            mention = self.mention_for(span)
            if mention is not None:
                self.mentions.append(mention)
            self.mentions.extend(self.extra_mentions)
            self.extra_mentions.clear()
        # A trigger inside another trigger's phrase ("held talks ... during a visit") yields two mentions of
        # which the one with more participants is kept when both cover the same sentence and the same people.
        merged = self.merge(self.mentions)
        self._place_at_the_lede(merged)
        return merged

    def _place_at_the_lede(self, merged: list[Mention]) -> None:
        """'ROME: Italy's prime minister pressed Tunisia's president on Wednesday, on a one-day trip to Tunis ...':
        a story filed from one city about an occasion its lede places in another. The events of the occasion's
        days it goes on to tell without a place, of its parties (of anyone, at a gathering), are there, not in
        the city the story is filed from (which is what an event told without a place is given otherwise)."""
        story = self._story_day()
        filed = _dateline_place(self.article.dateline)
        if story is None or filed is None:
            return
        lede = next((m for m in merged if story[0] in (m.sentence.start, *(x.start for x in m.extra_sentences))
                     and m.location and m.date == story[1]
                     and m.status is Status.OCCURRED and not m.other_occasion and m.channel is None
                     and m.type not in (InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL)), None)
        if lede is None:
            return
        city = lede.location.rpartition(", ")[2]
        if city.casefold() == filed.casefold() or self.gaz.is_country(city):
            return
        parties = {self.actors.party_of(k) for k in lede.keys}
        gathering = lede.type is InteractionType.SUMMIT or lede.gathering or len(parties) >= 3
        for m in merged:
            if m.location is None and m.channel is None and m.status is Status.OCCURRED and m.date is not None \
                    and m.type not in (InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL) \
                    and _within_days(m.date, lede.date, 2) and m.date[1] is DatePrecision.DAY \
                    and (gathering or parties & {self.actors.party_of(k) for k in m.keys}):
                # (a gathering's days are anyone's there; a bilateral occasion's, its parties': "Putin met Tokayev
                # in Moscow on Monday. Erdogan and Aliyev signed a gas deal" is not in Moscow)
                m.location = city

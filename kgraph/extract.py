"""The extract stage: an annotated spaCy ``Doc`` -> actors and interactions with evidence.

How it works, per document:

1. **Actors.** Person names come from NER, grouped by surname so that "Bessent" on second mention is
   "Scott Bessent" (and a surname the small model mislabels as ORG is corrected by the same document-level
   evidence). Countries come from GPE/NORP names, capitals and demonyms (gazetteer); institutions from ORG
   names and the institutions list. A title just before a name ("US Treasury Secretary Scott Bessent")
   gives the person's post and country.
2. **Mentions.** Each trigger (``kgraph_triggers``) yields a mention: participants from the syntax around it
   (subject, object, "with"/"between" phrases, conjuncts, "the delegation led by X", "his counterpart",
   "the two sides"), then status (tense, modality, negation, cancel verbs), date (date phrases attached to
   the trigger, resolved against the publication date), location, topic and channel.
3. **Coreference.** Mentions of the same interaction in one document are merged: same participants and
   compatible type and date, or a definite back-reference ("the phone talks") to the last interaction.

Nothing here keeps state between documents; cross-document merging happens in the store by IRI.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kgraph.model import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    Evidence,
    Extraction,
    Interaction,
    InteractionType,
    Participant,
    Post,
    Role,
    Status,
    normalise_name,
)
from kgraph.nlp.components import TITLES_KEY, TRIGGERS_KEY, read_triggers
from kgraph.nlp.dates import day_offset, resolve_date
from kgraph.nlp.gazetteer import DATA_DIR, Gazetteer, gazetteer

# Word classes that steer the rules. They are closed grammatical classes (modals, negators, the verbs that
# cancel or plan an event), not names: a rule keyed to a name in an article would be a defect.
PLAN_VERBS = {"plan", "schedule", "expect", "set", "intend", "prepare", "propose", "hope", "seek", "want",
              "arrange", "aim", "offer", "invite", "agree", "due", "slate", "consider", "announce", "travel",
              "go", "head", "fly", "leave", "come", "try", "look", "wish", "ready", "likely", "poise", "open"}
CANCEL_VERBS = {"cancel", "postpone", "scrap", "suspend", "delay", "shelve", "abandon", "drop", "defer",
                "halt", "abort", "adjourn"}  # talks that "broke up" did take place
NEGATE_VERBS = {"refuse", "reject", "decline", "deny", "fail", "rule", "snub", "boycott", "avoid", "dismiss",
                "spurn", "rebuff"}
REFUSE_VERBS = {"refuse", "decline", "snub", "boycott", "avoid", "spurn", "rebuff"}
HYPOTHETICAL_MODALS = {"could", "might", "may"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "would", "to"}
REPORT_VERBS = {"say", "tell", "announce", "report", "add", "state", "note", "confirm", "write", "claim",
                "insist", "warn", "stress", "declare", "disclose", "reveal", "quote", "believe", "think"}
GENERIC_OFFICIALS = {"official", "officials", "government", "minister", "delegation", "envoy", "diplomat",
                     "diplomats", "leader", "leaders", "ambassador", "president", "spokesman", "spokeswoman",
                     "spokesperson", "negotiator", "negotiators", "representative", "representatives",
                     "authorities", "administration", "ministry", "counterpart", "side", "team", "cabinet",
                     "premier", "chief", "adviser", "advisor", "secretary", "chancellor", "king", "prime",
                     "foreign", "head", "mission", "embassy", "army", "military", "troops", "forces", "region",
                     "capital"}
GROUP_ANAPHORA = {"sides", "leaders", "ministers", "countries", "nations", "governments", "delegations",
                  "men", "women", "presidents", "officials", "parties", "diplomats", "envoys", "allies",
                  "neighbours", "neighbors", "teams", "negotiators", "premiers", "chiefs", "counterparts", "heads"}
PHONE_WORDS = {"phone", "telephone", "telephonic", "phoned"}
VIDEO_WORDS = {"video", "videoconference", "virtual", "virtually", "online", "video-link", "videolink"}
TEMPORAL_PREPS = {"during", "after", "before", "at", "ahead", "following", "since", "until", "amid", "despite",
                  "like", "unlike", "than"}
NAME_PARTICLES = {"de", "van", "von", "bin", "bint", "al", "la", "le", "da", "di", "del", "der", "dos", "du", "ibn", "ould",
                  "ben", "abu", "el"}
NAME_SUFFIXES = {"ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xii", "xiii", "xiv", "xv", "xvi", "jr",
                 "sr"}  # (not "xi": Xi Jinping)
PERSON_NOUNS = {"minister", "president", "premier", "chancellor", "leader", "secretary", "envoy", "diplomat",
                "official", "ambassador", "king", "queen", "emir", "prince", "negotiator", "senator", "governor",
                "mayor", "spokesman", "spokeswoman", "visitor", "guest", "chief", "general", "monarch", "ruler",
                "sovereign", "sultan", "emperor", "empress", "pope", "chairman", "chairwoman", "secretary-general"}
CANCEL_MODIFIERS = {"cancel", "postpone", "scrap", "suspend", "delay", "shelve", "abandon", "defer"}
CANCEL_PARTICLE_VERBS = {("call", "off"), ("push", "back"), ("put", "off"), ("put", "back"), ("break", "off"), ("break", "down"),
                         ("push", "off"), ("pull", "out")}
REFUSE_PARTICLE_VERBS = {("turn", "down"), ("brush", "aside"), ("brush", "off")}
OCCASION_WORDS = {"further", "next", "new", "another", "previous", "last", "earlier", "first", "second", "third",
                  "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "fresh", "final",
                  "upcoming", "following"}
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
CALENDAR_WORDS = WEEKDAY_WORDS | {"january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
COUNTRY_GROUP_NOUNS = {"sides", "countries", "nations", "governments", "neighbours", "neighbors", "parties", "capitals",
                       "delegations", "teams"}
LEAD_VERBS = {"lead", "head"}
DELEGATION_NOUNS = {"delegation", "team", "side", "mission", "negotiator", "negotiators"}
PERSON_GROUP_NOUNS = {"leaders", "ministers", "men", "women", "presidents", "premiers", "diplomats", "envoys",
                      "negotiators", "officials", "chancellors", "counterparts", "heads"}
DEPUTY_NOUNS = {"deputy", "deputies", "aides", "aide", "envoys", "emissaries", "sherpas", "staff", "experts",
                "technocrats", "teams", "officers", "counterparts"}
OCCASION_NAMES = {"day", "days", "week", "festival", "games", "cup", "summit", "forum", "conference", "dialogue",
                  "expo", "fair", "celebrations", "anniversary", "elections", "election", "olympics"}
ROYAL_TITLES = {"King", "Queen", "Emir", "Sultan", "Emperor", "Empress", "Crown Prince", "Prince", "Princess",
                "Grand Duke", "Sheikh", "Crown Princess"}
PAIR_NOUNS = {"meeting", "talk", "talks", "summit", "call", "negotiation", "negotiations", "deal", "agreement",
              "accord", "ties", "relations", "rivalry", "encounter", "handshake", "dialogue", "channel", "axis"}
STATE_WORDS = {"kingdom", "republic", "sultanate", "principality", "emirate", "federation", "confederation",
               "grand duchy", "commonwealth"}
ANAPHORIC_ONLY = {"round"}  # "the previous round", "a further round": only ever another occasion of talks named before
DOCUMENT_NOUNS = {"agreement", "agreements", "treaty", "accord", "accords", "pact", "deal", "summit", "talks",
                  "protocol", "memorandum", "declaration", "charter", "initiative", "roadmap", "framework"}
EVENT_NAME_WORDS = DOCUMENT_NOUNS | OCCASION_NAMES | {"meeting", "meetings", "negotiations", "negotiation",
                                                   "session", "visit", "commission"}  # no word of a person's name
FRAME_NOUNS = {"effort", "mission", "bid", "process", "initiative", "drive", "push", "attempt"}
FRAME_EVENTS = {"session", "meeting", "summit", "conference", "forum", "assembly", "round", "talks", "gathering"}
JOIN_VERBS = {"attend", "represent"}
HONORIFICS = {"sheikh", "sheikha", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "shaikh", "sayyid",
              "mister", "madam", "excellency", "majesty", "highness", "eminence", "holiness"}
CONTENT_NOUNS = {"report", "claim", "suggestion", "speculation", "rumour", "rumor", "allegation", "account"}
SEQUEL_WORDS = {"later", "then", "afterwards", "afterward", "subsequently", "thereafter"}
ANAPHORIC_DAYS = re.compile(r"(?:(?:later|earlier) )?(?:the same (?:day|morning|afternoon|evening|night)|"
                            r"that (?:day|morning|afternoon|evening|night)|(?:later|earlier) in the day|"
                            r"the (?:morning|afternoon|evening)|"  # "arrived in the morning": the story's day
                            r"(?P<next>the next day|the following day|a day later)|"
                            r"(?P<before>the day before|the previous day|a day earlier))")
SPAN_PREPS = {"since", "until", "till", "before", "after", "by", "ahead"}
MEAL_NOUNS = {"dinner", "lunch", "breakfast", "banquet"}  # "had dinner with X", "hosted a banquet for X"
WEAK_NOUNS = {"dialogue", "discussion", "discussions", "conversation", "consultation", "consultations"} | MEAL_NOUNS
HOLD_VERBS = {"hold", "have", "conduct", "launch", "open", "resume", "begin", "start", "host", "chair", "convene"}
CONTAINER_NOUNS = {"round", "series", "session", "set", "day", "days", "week", "couple", "part", "cycle", "rounds"}
OFFER_WORDS = {"offer", "ready", "willing", "prepared", "volunteer", "happy", "glad"}
MOTION_VERBS = {"travel", "fly", "arrive", "go", "head", "leave", "come"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
PLACE_PREPS = {"in", "at"}
SUPPORT_VERBS = frozenset(line.strip() for line in (DATA_DIR / "support_verbs.txt").read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#"))
TYPE_SPECIFICITY = {InteractionType.PHONE_CALL: 5, InteractionType.VIDEO_CALL: 5, InteractionType.SUMMIT: 4,
                    InteractionType.VISIT: 3, InteractionType.NEGOTIATION: 3, InteractionType.TALKS: 2,
                    InteractionType.AGREEMENT: 2, InteractionType.MEETING: 1}
TYPE_GROUP = {InteractionType.MEETING: "meet", InteractionType.TALKS: "meet", InteractionType.SUMMIT: "meet",
              InteractionType.NEGOTIATION: "meet", InteractionType.PHONE_CALL: "meet",
              InteractionType.VIDEO_CALL: "meet", InteractionType.VISIT: "visit",
              InteractionType.AGREEMENT: "agreement"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
NOUN_ROLES = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "conj", "appos", "oprd", "npadvmod", "dep", "ROOT",
              "compound"}


@dataclass
class DocActor:
    """An actor as known inside one document while extracting."""

    name: str
    kind: ActorKind
    aliases: set[str] = field(default_factory=set)
    title: str | None = None
    country: str | None = None
    first: int = 0
    organization: str | None = None  # key of the institution the post belongs to

    def freeze(self, stated: dt.date | None) -> Actor:
        org = self.organization.split(":", 1)[1] if self.organization else None
        posts = (Post(self.title, self.country, org, stated),) if self.title else ()
        aliases = tuple(sorted(a for a in self.aliases if a != self.name))
        return Actor(self.name, self.kind, aliases, self.title, self.country, posts)

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{normalise_name(self.name)}"


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

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.participants)


class DocumentActors:
    """Actor mentions of one document, and the token -> actor map the interaction rules use."""

    def __init__(self, doc: Doc, gaz: Gazetteer, dateline: str | None = None):
        self.doc = doc
        self.gaz = gaz
        self.article_dateline = dateline  # where the story was filed ("the Republic" of a press release)
        self.ents = list(doc.ents)  # (doc.ents builds new spans at every call)
        self.ent_at = {t: e for e in self.ents for t in range(e.start, e.end)}  # token index -> its entity
        self.title_tokens = {t for s in doc.spans.get(TITLES_KEY, []) for t in range(s.start, s.end)}
        self.actors: dict[str, DocActor] = {}
        self.token_actor: dict[int, str] = {}
        self.surnames: dict[str, str] = {}
        self._find_people()
        self._find_countries_and_institutions()
        self.affiliations()
        self.delegation_countries()

    # -- people -------------------------------------------------------------------------------
    def _is_name_like(self, span: Span) -> bool:
        words = [t for t in span if not t.is_punct]
        if len(words) == 1 and (words[0].pos_ == "PRON" or words[0].lower_ in ("him", "he", "his", "her", "she",
                                                                             "they", "them")
                                or words[0].lower_.rstrip(".") in HONORIFICS):
            return False  # "may God assist Him" (but "He Lifeng" is a name)
        if not words or len([t for t in words if t.lower_ not in NAME_PARTICLES]) > 5:
            return False  # ("Mohammed bin Abdulrahman bin Jassim Al Thani": particles do not count)
        if any(t.is_digit or t.like_num for t in words):
            return False
        if not all(t.text[:1].isupper() for t in words if t.is_alpha and t.lower_ not in NAME_PARTICLES
                   and not (t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_)):
            return False  # lower-case words only as particles ("bin", "van") or after a hyphen ("Jae-myung")
        if any(t.lower_ in EVENT_NAME_WORDS for t in words):
            return False  # "The 7th JMC Meeting", "Agree to Conclude Land Border Negotiations" (a headline)
        if len({t.lower_ for t in words}) == 1 and len(words) > 1:
            return False  # "Loading Loading": a repeated word is boilerplate, not a name
        if self.gaz.country(span.text) or self.gaz.title(span.text) or self.gaz.institution(span.text):
            return False
        return True

    def _extend_name(self, span: Span) -> Span:
        """The small model often cuts a name short ("Lee Hsien" + "Loong"): take the capitalised proper
        nouns that follow in the same noun phrase."""
        end = span.end
        while end < len(self.doc) and end - span.start < 8:
            tok = self.doc[end]
            if tok.text == "-" and not self.doc[end - 1].whitespace_ and not tok.whitespace_ \
                    and end + 1 < len(self.doc) and self.doc[end + 1].is_alpha and not (
                        end + 2 < len(self.doc) and self.doc[end + 2].lemma_.lower() in PAIR_NOUNS):
                end += 2  # "Lee Jae-myung" (but "a Jaishankar-Ma meeting" is two people)
                continue
            if tok.lower_.rstrip(".") in NAME_SUFFIXES and tok.text[:1].isupper():
                end += 1  # "Abdullah II", "Ferdinand Marcos Jr."
                continue
            if tok.lower_ in NAME_PARTICLES and end + 1 < len(self.doc) and self.doc[end + 1].text[:1].isupper() \
                    and self.doc[end + 1].is_alpha and not tok.whitespace_ == "":
                end += 2  # "Ursula von" + "der" + "Leyen"
                continue
            if self.doc[end - 1].lower_ in NAME_PARTICLES and tok.text[:1].isupper() and tok.is_alpha:
                end += 1  # "Ursula von der" + "Leyen", tagged as a place
                continue
            ent = self.ent_at.get(end) if tok.ent_iob_ == "B" else None
            if ent is not None and ent.label_ == "ORG" and len(ent) <= 3 and self._is_name_like(ent) \
                    and not _looks_institutional(ent) and tok.head.i in range(span.start, ent.end + 1) \
                    and (tok.head.i >= ent.start or tok.head.i < end) and "-" in ent.text:
                end = ent.end  # "Alix Didier" + "Fils-Aimé" (a hyphenated surname tagged ORG)
                continue
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or (
                    tok.ent_type_ in ("GPE", "ORG", "NORP", "DATE") and tok.ent_iob_ == "B") \
                    or tok.is_sent_start or self.gaz.title(tok.text) or tok.whitespace_ == "" and end + 1 < len(self.doc) \
                    and self.doc[end + 1].text == "'s":
                break
            heads = {t.head.i for t in self.doc[span.start:end]}
            if tok.head.i not in range(span.start, end + 1) and tok.i not in heads and tok.head.i not in heads:
                break  # "Mohammed bin Abdulrahman" + "Al Thani": the same noun phrase, the same name
            end += 1
        return self.doc[span.start:end]

    def _extend_left(self, span: Span) -> Span:
        """The small model also cuts a name at its start ("Samia Suluhu" + [Hassan]): take the untagged
        capitalised proper nouns before it that are compounds inside the name's noun phrase."""
        start = span.start
        while start > 0 and span.end - start < 5:
            tok = self.doc[start - 1]
            if tok.lower_ in NAME_PARTICLES and start >= 2 and self.doc[start - 2].pos_ == "PROPN" \
                    and self.doc[start - 2].text[:1].isupper() and self.doc[start - 2].ent_type_ in ("", "ORG", "PERSON") \
                    and not self.gaz.title(self.doc[start - 2].text) and not self.doc[start - 2].is_sent_start:
                start -= 2  # "Bendito dos" + [Santos Freitas]
                continue
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha or tok.ent_type_ \
                    or tok.dep_ != "compound" or tok.head.i not in range(start, span.end) or tok.is_sent_start \
                    or self.gaz.title(tok.text) or self.gaz.country(tok.text) or tok.lower_ in HONORIFICS \
                    or tok.i in self.title_tokens:
                break
            start -= 1
        return self.doc[start:span.end] if start < span.start else span

    def _strip_title(self, span: Span) -> Span:
        """The name in "President Donald Trump" when the NER span swallowed the title."""
        titles = sorted((s for s in self.doc.spans.get(TITLES_KEY, []) if s.end > span.start and s.end < span.end),
                        key=lambda s: s.start)  # (also one begun before the entity: "Foreign Ministry [Spokeswoman X]")
        if titles and (titles[0].start <= span.start or all(
                self.gaz.country(t.text) or t.ent_type_ == "NORP" or t.lower_.rstrip(".") in HONORIFICS
                for t in self.doc[span.start:titles[0].start])):  # ("[His] Majesty King Mohammed VI")
            # (also "Kazakh President Kassym-Jomart Tokayev": a nationality before the title)
            return self.doc[max(s.end for s in titles if s.start < span.end):span.end]
        return span

    def _find_people(self) -> None:
        doc = self.doc
        spans: list[Span] = []
        for ent in self.ents:
            if ent.label_ == "PERSON":
                name = _drop_leading_days(self._strip_title(ent))
                if any(t.text == "-" for t in name) and name.end < len(doc) and doc[name.end].lemma_.lower() in PAIR_NOUNS:
                    continue  # "a Jaishankar-Ma meeting" tagged as one person: two people, named elsewhere
                demonym = self.gaz.place(name[0].text) if len(name) else None
                if demonym is not None and demonym.how == "demonym":
                    continue  # "Azerbaijani" (+ "Foreign" Minister ...) tagged PERSON: a nationality
                name = _trim(self._extend_name(self._extend_left(name)))
                if len(name) and self._is_name_like(name):
                    spans.append(name)
        spans = [s for s in spans if not any(o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in spans)]
        # ("Mohamed Salem" + "Ould Merzoug" tagged apart, the first extended over the second: one name)
        # Document-level consistency: a name the tagger called a facility or a place is a person when its words
        # name a person elsewhere in the text, or when a country owns it ("Brazil's Luiz Inácio Lula da Silva").
        person_words = {t.lower_ for s in spans for t in s if t.is_alpha and len(t) >= 3}
        for ent in self.ents:
            if ent.label_ in ("FAC", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT") and len(ent) >= 2:
                name = _trim(self._extend_left(_drop_leading_days(self._strip_title(ent))))
                words = [t for t in name if t.is_alpha]
                owner = doc[name.start - 2] if name.start >= 2 and doc[name.start - 1].text in ("'s", "’s") else None
                of_country = owner is not None and self.gaz.country(owner.text) is not None \
                    and ent.label_ != "EVENT" and words[-1].lower_ not in OCCASION_NAMES  # "Brazil's Lula", not
                # "Mauritania's Independence Day"
                if words and (words[-1].lower_ in person_words or words[0].lower_ in person_words or of_country
                              or (ent.label_ in ("ORG", "FAC") and len(words) <= 3 and _described_as_person(name))) \
                        and self._is_name_like(name) and not self.gaz.place(name.text) \
                        and not self.gaz.institution(name.text) and not _looks_institutional(name) \
                        and not any(s.start <= name.start < s.end for s in spans):
                    spans.append(name)
        # A capitalised name right after a title is a person, whatever NER called it.
        for title in doc.spans.get(TITLES_KEY, []):
            end = self._after_of_country(title.end)[0]  # "Foreign Minister of Tajikistan Sirojiddin Muhriddin"
            while any(t.start == end for t in doc.spans.get(TITLES_KEY, [])):
                end = max(t.end for t in doc.spans.get(TITLES_KEY, []) if t.start == end)  # "Foreign Minister Prince"
            stop = end
            while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper() and stop - end < 4:
                stop += 1
            if stop > end:
                cand = _trim(self._extend_name(doc[end:stop]))  # "President Kassym-Jomart Tokayev"
                if self._is_name_like(cand) and not _looks_institutional(doc[title.start:cand.end]) \
                        and not _names_a_document(cand) and not any(s.start <= cand.start < s.end for s in spans):
                    spans.append(cand)
                plural = title.text.lower().endswith("s") and title.label_.lower() != title.text.lower()
                if plural and cand.end + 1 < len(doc) and doc[cand.end].lower_ == "and":
                    # "Defence Ministers Rajnath Singh and Batoo Tshering": the second name holds the post too
                    nxt = cand.end + 1
                    last = nxt
                    while last < len(doc) and doc[last].pos_ in ("PROPN", "NOUN") and doc[last].text[:1].isupper() \
                            and doc[last].is_alpha and last - nxt < 4:
                        last += 1
                    second = _trim(doc[nxt:last]) if last > nxt else None
                    if second is not None and len(second) >= 2 and self._is_name_like(second) \
                            and not _looks_institutional(second):
                        spans = [s for s in spans if not (s.start < second.end and second.start < s.end)]
                        spans.append(second)
        spans.sort(key=lambda s: (s.start, -len(s)))
        # Full names first, so that later surname-only mentions attach to them.
        for span in sorted(spans, key=lambda s: (-len(s), s.start)):
            self._add_person(span)
        # Other entities, or bare proper nouns, equal to a known surname are that person.
        for ent in self.ents:
            if ent.label_ != "PERSON" and len(ent) <= 2 and normalise_name(ent.text) in self.surnames:
                if not self.gaz.country(ent.text):
                    self._link(ent, self.surnames[normalise_name(ent.text)])
        for token in doc:
            if token.i not in self.token_actor and token.lower_ in self.surnames and token.text[:1].isupper() \
                    and token.pos_ in ("PROPN", "NOUN", "ADJ", "X") and not token.ent_type_ in ("GPE", "NORP", "DATE"):
                self._link(doc[token.i:token.i + 1], self.surnames[token.lower_])

    def _add_person(self, span: Span) -> None:
        """Register a person name; its first and last words become short forms of it in this document
        ("Bessent", and "Wang" or "Xi" for names written family name first)."""
        while len(span) > 1 and span[0].lower_.rstrip(".") in HONORIFICS:
            span = span[1:]  # "Sheikh Mohamed bin Zayed", "Mr Peters", "Dr. Tedros": the name without the honorific
        words = [t for t in span if not t.is_punct]
        full = normalise_name(span.text)
        key = self.surnames.get(full)
        if key is None and len(words) > 1:
            # "Abdi Ali" after "Abdisalam Abdi Ali": the end (or the start) of a longer name known here
            key = next((k for k in self.actors if k.startswith("person:") and (
                k.endswith(" " + full) or k[len("person:"):].startswith(full + " "))), None)
        if key is None:
            key = f"person:{full}"
            self.actors.setdefault(key, DocActor(span.text, ActorKind.PERSON, {span.text}, first=span.start))
        if len(words) > 1:
            # last and first words first (surname; family name first), then middle ones ("Lula")
            for short in (words[-1], words[0], *words[1:-1]):
                if short.is_alpha and len(short) >= 2 and short.lower_ not in NAME_SUFFIXES | NAME_PARTICLES \
                        and not self.gaz.title(short.text):
                    self.surnames.setdefault(normalise_name(short.text), key)
        self.surnames.setdefault(full, key)
        self._link(span, key)

    def _link(self, span: Span, key: str) -> None:
        actor = self.actors[key]
        actor.aliases.add(span.text)
        for token in span:
            self.token_actor.setdefault(token.i, key)
        if actor.kind is ActorKind.PERSON:
            self._attach_title(span, actor)

    def _after_of_country(self, end: int) -> tuple[int, str | None]:
        """Where a name would start after a title followed by "of [the] COUNTRY [(ACRONYM)]", and the country
        (``end`` unchanged and None when no such phrase follows)."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return end, None
        start = end + 1 + (doc[end + 1].lower_ == "the")
        if start < len(doc) and doc[start].lower_ in STATE_WORDS and doc[start].text[:1].isupper():
            # "President of the Republic Alexander Stubb": the republic the story is filed from
            return start + 1, _dateline_country(self.article_dateline)
        for size in (4, 3, 2, 1):
            if start + size > len(doc) or not all(t.text[:1].isupper() for t in doc[start:start + size]):
                continue
            country = self.gaz.country(doc[start:start + size].text)
            if country:
                after = start + size
                if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
                    after += 3  # "(PNG)"
                return after, country
        return end, None

    def _attach_title(self, span: Span, actor: DocActor) -> None:
        """Title and country from the words just before a name: "Japanese Prime Minister Shigeru Ishiba"."""
        doc = self.doc
        before = [s for s in doc.spans.get(TITLES_KEY, []) if s.end <= span.start and span.start - s.end <= 1]
        title_span = before[-1] if before else None
        if title_span is None:
            # "Foreign Minister of Tajikistan Sirojiddin Muhriddin", "Prime Minister of Papua New Guinea (PNG) X"
            for s in doc.spans.get(TITLES_KEY, []):
                end, country = self._after_of_country(s.end)
                if end == span.start and country and s.end < end:
                    title_span = s
                    if actor.country is None:
                        actor.country = country
                    break
        if title_span is None:
            # "Japan's top trade negotiator Ryosei Akazawa" / "Ryosei Akazawa, Japan's top negotiator"
            head = span.root
            for other in [head.head] + list(head.children):
                if other.dep_ == "appos" or head.dep_ == "appos":
                    for s in doc.spans.get(TITLES_KEY, []):
                        if s.start <= other.i < s.end:
                            title_span = s
        if title_span is None:
            # "his Cambodian counterpart Sok Chenda Sophea", "the Iranian envoy X": a nationality just before
            if actor.country is None:
                for token in reversed(list(doc[max(span.sent.start, span.start - 3):span.start])):
                    country = self.gaz.country(token.text) if token.ent_type_ in ("NORP", "GPE") else None
                    if country:
                        actor.country = country
                        break
            return
        if actor.title is None:
            actor.title = title_span.label_
        if actor.country is None:
            lo = max(title_span.sent.start, title_span.start - 8)
            for token in reversed(list(doc[lo:title_span.end])):
                if token.i < title_span.start and (token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":")):
                    break  # stay inside the noun phrase
                country = self.gaz.country(token.text) if token.pos_ in ("PROPN", "ADJ", "NOUN") else None
                if token.ent_type_ in ("GPE", "NORP") or country:
                    ent = self.ent_at.get(token.i)
                    actor.country = self.gaz.country(ent.text if ent is not None else token.text) or country
                    if actor.country:
                        break

    # -- countries and institutions -------------------------------------------------------------
    def _find_countries_and_institutions(self) -> None:
        unknown_places: dict[str, list[Span]] = {}
        for ent in self.ents:
            if any(t.i in self.token_actor for t in ent):
                continue
            text = _trim(ent).text
            if ent.label_ in ("GPE", "NORP", "LOC", "ORG", "FAC", "PERSON"):
                place = self.gaz.place(text)
                if place and (ent.label_ not in ("ORG", "PERSON") or place.how in ("name", "alias", "capital")):
                    # (the small model sometimes tags "Kyiv" or "Jordan" as a person: the gazetteer decides)
                    self._country(ent, place.country)
                    if place.how == "alias" and len(text.split()) >= 3 \
                            and normalise_name(place.country) not in normalise_name(text):
                        # (but "Republic of Indonesia" is Indonesia)
                        # "Democratic Republic of Congo": the article's own spelling names the country
                        self.actors[f"country:{normalise_name(place.country)}"].name = _strip_article(text)
                    continue
            if ent.label_ in ("ORG", "NORP", "GPE"):
                inst = self.gaz.institution(text)
                if inst:
                    self._institution(ent, inst)
                elif ent.label_ == "ORG" and _looks_institutional(ent) and not self.gaz.venue_city(_trim(ent).text):
                    # (a known venue such as "State House" is a place, unless the gazetteer knows it as a body)
                    self._institution(ent, _strip_article(text))
                elif ent.label_ == "GPE" and self._is_name_like(_trim(ent)) and not self.gaz.place(text):
                    unknown_places.setdefault(normalise_name(text), []).append(ent)
        # A place name outside the gazetteer (a fictional state, a region) is an actor only where the
        # document shows it acting: as a subject or a possessor somewhere ("Gondor signed", "Arnor's
        # envoy"). Otherwise it stays a place ("arrived in Bali").
        for name, ents in unknown_places.items():
            if name in STATE_WORDS:
                country = self._state_named(name)
                for ent in ents if country else []:
                    self._country(ent, country)
                continue
            if any(_acts(e.root) for e in ents):
                for ent in ents:
                    self._country(ent, _strip_article(_trim(ent).text))
        # Lower-cased or untagged gazetteer names (e.g. "U.S." tagged as nothing).
        for token in self.doc:
            if token.i in self.token_actor or token.pos_ != "PROPN":
                continue
            inst = self.gaz.institution(token.text)
            if inst:
                self._institution(self.doc[token.i:token.i + 1], inst)

    def _state_named(self, word: str) -> str | None:
        """'a working visit to the Kingdom': the country the text names as "Kingdom of Morocco", if any."""
        named = re.search(rf"\b{word} of (?:the )?((?:[A-Z][\w'-]+ ?){{1,3}})", self.doc.text, re.IGNORECASE)
        return self.gaz.country(named.group(1).strip()) if named else None

    def _country(self, span: Span, name: str) -> None:
        place = self.gaz.place(name)
        key = f"country:{normalise_name(place.country if place else name)}"
        actor = self.actors.setdefault(key, DocActor(name, ActorKind.COUNTRY, first=span.start))
        actor.aliases.add(span.text)
        for token in span:
            self.token_actor.setdefault(token.i, key)

    def _institution(self, span: Span, name: str) -> None:
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_ \
                and not doc[span.start - 1].whitespace_ and doc[span.start - 2].text[:1].isupper():
            # "their High-Level Strategic Cooperation Council": the tagger starts the name after the hyphen
            span = doc[span.start - 2: span.end]
            name = f"{span[0].text}-{name}"
        key = f"institution:{normalise_name(name)}"
        actor = self.actors.setdefault(key, DocActor(name, ActorKind.INSTITUTION, first=span.start))
        actor.aliases.add(_trim(span).text)
        for token in span:
            self.token_actor.setdefault(token.i, key)

    def affiliations(self) -> None:
        """Set each titled person's organization: the institution named just before the post
        ("IMF Managing Director Kristalina Georgieva", "PLO Chairman Yasser Arafat")."""
        for i, key in sorted(self.token_actor.items()):
            actor = self.actors[key]
            if not key.startswith("person:") or actor.organization or actor.title is None:
                continue
            tok = self.doc[i]
            for j in range(i - 1, max(tok.sent.start - 1, i - 6), -1):
                other = self.token_actor.get(j)
                if other == key:
                    continue
                if other and other.startswith("institution:"):
                    actor.organization = other
                    break
                if self.doc[j].pos_ in ("VERB", "AUX", "ADP") or other or (
                        self.doc[j].pos_ == "PUNCT" and self.doc[j].text not in "()"):
                    break  # a bracketed acronym may sit between: "Palestine Liberation Organization (PLO)"

    def delegation_countries(self) -> None:
        """A person who leads a country's delegation is of that country: "the Egyptian delegation, led by
        Minister X", "the Afghan team was headed by X", "X, who led Egypt's delegation"."""
        for i, key in sorted(self.token_actor.items()):
            actor = self.actors[key]
            tok = self.doc[i]
            if not key.startswith("person:") or actor.country or tok.head == tok:
                continue
            group = None
            if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_ in LEAD_VERBS:
                verb = tok.head.head
                group = verb.head if verb.dep_ == "acl" else next(
                    (c for c in verb.children if c.dep_ == "nsubjpass"), None)
            elif tok.dep_ == "nsubj" and tok.head.lemma_ in LEAD_VERBS:
                group = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            elif any(c.dep_ == "relcl" and c.lemma_ in LEAD_VERBS for c in tok.head.children if tok.dep_ == "appos") or \
                    any(c.dep_ == "relcl" and c.lemma_ in LEAD_VERBS for c in tok.children):
                verb = next(c for c in list(tok.children) + list(tok.head.children)
                            if c.dep_ == "relcl" and c.lemma_ in LEAD_VERBS)
                group = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if group is None:
                group = self._led_by_group(tok)
            if group is None or group.lemma_.lower() not in DELEGATION_NOUNS:
                continue
            for mod in group.children:
                if mod.dep_ in ("amod", "compound", "poss", "nmod"):
                    country = self.gaz.country(mod.text)
                    if country:
                        actor.country = country
                        break

    def _led_by_group(self, tok: Token) -> Token | None:
        """The words before a name, whatever the parse: "<delegation>[,] led by [title] <name>"."""
        j = tok.i - 1
        while j > tok.sent.start and self.doc[j].text[:1].isupper() and self.doc[j].lower_ != "by":
            j -= 1  # the name and the title before it
        if j < tok.sent.start + 2 or self.doc[j].lower_ != "by" or self.doc[j - 1].lemma_ not in LEAD_VERBS:
            return None
        k = j - 2
        if self.doc[k].text == ",":
            k -= 1
        return self.doc[k] if k >= tok.sent.start else None

    def unlabelled_name(self, token: Token) -> str | None:
        """A proper name the model did not tag, in an argument of a trigger ("Arnor signed an accord with
        Dagolath"): an actor under its own name, a person when it has several words, else a state."""
        if token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper() or not token.is_alpha \
                or token.text.isupper():
            return None  # acronyms left untagged are mostly things ("FTA"), not actors
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "flat") or t == token]
        span = self.doc[min(t.i for t in words):token.i + 1]
        if self.gaz.place(span.text):
            self._country(span, self.gaz.country(span.text))  # an untagged "Kyiv" is Ukraine
            return self.token_actor.get(token.i)
        if span.text.lower() in STATE_WORDS:
            country = self._state_named(span.text.lower())
            if country:
                self._country(span, country)
            return self.token_actor.get(token.i) if country else None
        if any(t.ent_type_ or t.pos_ != "PROPN" for t in span) or self.gaz.title(span.text) \
                or span.text.lower() in CALENDAR_WORDS or not self._is_name_like(span) or _names_a_document(span):
            return None
        if _looks_institutional(span):
            self._institution(span, span.text)  # "their High-Level Strategic Cooperation Council": a body
        elif len(span) > 1:
            self._add_person(span)
        else:
            self._country(span, span.text)
        return self.token_actor.get(token.i)

    def persons_before(self, index: int, stop: int = 0):
        """(token index, person key) of the persons named before ``index``, nearest first, down to ``stop``."""
        for i in range(index - 1, max(stop, 0) - 1, -1):
            key = self.token_actor.get(i)
            if key and key.startswith("person:"):
                yield i, key

    def country_key(self, key: str) -> str | None:
        actor = self.actors.get(key)
        if actor is None or actor.kind is ActorKind.COUNTRY:
            return key if actor else None
        if actor.country:
            ckey = f"country:{normalise_name(actor.country)}"
            self.actors.setdefault(ckey, DocActor(actor.country, ActorKind.COUNTRY, first=actor.first))
            return ckey
        return None

    def party_of(self, key: str) -> str:
        """The party a person acts for: their organization, else their country, else themselves."""
        actor = self.actors.get(key)
        if actor is not None and actor.kind is ActorKind.PERSON and actor.organization:
            return actor.organization
        return self.country_key(key) or key

    def actor_at(self, token: Token) -> str | None:
        return self.token_actor.get(token.i)


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("the", "'s")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ == "'s"):
        end -= 1
    return doc[start:end]


def _place_text(span: Span) -> str:
    """A place as written, without a lower-case article ("the Kremlin" -> "Kremlin", "The Hague" stays)."""
    text = span.text.strip(" ,.;:'\"")
    return text[4:] if text.startswith("the ") else text


def _strip_article(text: str) -> str:
    return re.sub(r"^(the|The)\s+", "", text).strip()


def _names_a_document(span: Span) -> bool:
    """"Free Trade Agreement", "the Minsk Accords", "(FTA)" after one: an agreement or a meeting, no actor."""
    words = [t for t in span if t.is_alpha]
    if words and words[-1].lower_ in DOCUMENT_NOUNS:
        return True
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].lower_ in DOCUMENT_NOUNS


INSTITUTIONAL_WORDS = {"ministry", "council", "commission", "union", "organization", "organisation", "bank", "fund",
                       "agency", "parliament", "congress", "senate", "assembly", "office", "department", "court",
                       "committee", "alliance", "forum", "league", "party", "house", "kremlin", "pentagon", "cabinet",
                       "government", "nations", "association", "secretariat", "force", "forces", "army", "navy",
                       "guard", "police", "service", "authority", "institute", "company", "corps", "brigade",
                       "battalion", "command", "division", "corporation", "group", "front", "movement", "coalition",
                       "network", "centre", "center"}


def _looks_institutional(ent: Span) -> bool:
    words = [t for t in ent if t.is_alpha]
    if not words or not all(t.text[:1].isupper() for t in words) or _names_a_document(ent):
        return False
    return any(t.lower_ in INSTITUTIONAL_WORDS for t in words) or (len(words) == 1 and words[0].text.isupper()
                                                             and len(words[0].text) >= 2)


class InteractionFinder:
    """Turns trigger tokens into interaction mentions, then merges mentions of the same interaction."""

    def __init__(self, doc: Doc, article: Article, actors: DocumentActors):
        self.doc = doc
        self.article = article
        self.actors = actors
        self.gaz = actors.gaz
        self.triggers = read_triggers()
        self.mentions: list[Mention] = []
        self.extra_mentions: list[Mention] = []
        self.trigger_label = {s.root.i: s.label_ for s in doc.spans.get(TRIGGERS_KEY, [])}  # head -> type
        self.trigger_heads = set(self.trigger_label)
        self._gender_cache: dict[str, str] | None = None
        self._dates_cache: dict[tuple[int, int], list[Span]] = {}
        self._interviewee_cache: str | None = None
        self.summit_heads = {i for i, label in self.trigger_label.items() if label == InteractionType.SUMMIT.value}
        self.ent_dates: dict[int, tuple[str, DatePrecision]] = {}  # date entity start -> what it resolved to

    # -- participants ------------------------------------------------------------------------------
    def _resolve(self, token: Token, sentence: Span, depth: int = 0) -> list[str]:
        """The actors a noun phrase headed by ``token`` names (conjuncts included)."""
        if depth > 3:
            return []
        found: list[str] = []
        key = self.actors.actor_at(token)
        if key is None:
            key = self._resolve_phrase(token, sentence, depth)
        if key is None:
            key = self.actors.unlabelled_name(token)
        if isinstance(key, list):
            found.extend(key)
        elif key:
            found.append(key)
        # conjuncts of the phrase: "A and B", "A, B and C" (often parsed as an apposition), and conjuncts
        # hanging on another word of the same name ("Barack Obama and Vladimir Putin" mis-split)
        name_tokens = [token]
        if isinstance(key, str):
            name_tokens += [t for t in token.subtree if t != token and self.actors.actor_at(t) == key]
        named = [key] if isinstance(key, str) else key or []
        titled = len(named) == 1 and named[0].startswith("person:") and (
            token.lower_ in PERSON_NOUNS or self.gaz.title(token.text) is not None)
        for child in [c for t in name_tokens for c in t.children]:
            if titled and child.dep_ == "conj" and self.actors.actor_at(child) is None and not (
                    child.lower_ in PERSON_NOUNS or self.gaz.title(child.text)):
                continue  # "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. X"
            if child.dep_ == "conj" or (child.dep_ == "appos" and self.actors.actor_at(child)
                                        and isinstance(key, str) and (not key.startswith("person:") or (
                                            # "Brazil's Lula, Argentina's Milei, Uruguay's Orsi and ...": a list
                                            self.actors.actor_at(child) != key
                                            and any(g.dep_ == "conj" for g in child.children)))):
                # a list of 20 leaders is a chain of 20 conjuncts: only phrase nesting counts as depth
                found.extend(self._resolve(child, sentence, depth if child.dep_ == "conj" else depth + 1))
            elif child.dep_ == "nmod" and (self.actors.actor_at(child) or "").startswith("person:"):
                found.extend(self._resolve(child, sentence, depth + 1))  # "A and B held" parsed as nmod
            elif child.dep_ == "appos" and (child.lower_ in PERSON_NOUNS or child.lower_ == "counterpart") \
                    and any(c.dep_ == "cc" and c.i < child.i for t in name_tokens for c in t.subtree):
                # "Japan's Foreign Minister Toshimitsu Motegi and his Philippine counterpart Theresa Lazaro"
                # parsed as appositions of the first title
                found.extend(k for k in self._resolve(child, sentence, depth + 1) if k not in found)
        if isinstance(key, str) and key.startswith("person:"):
            # "Secretary Scott Bessent and Trade Representative Jamieson Greer" often comes out as one
            # noun phrase headed by the last name: the other person hangs on its title words.
            for tok in token.subtree:
                other = self.actors.actor_at(tok)
                if tok.i < token.i and other and other != key and other.startswith("person:") \
                        and any(t.dep_ == "cc" for t in token.subtree):
                    found.insert(0, other)
        return list(dict.fromkeys(found))

    def _resolve_phrase(self, token: Token, sentence: Span, depth: int) -> str | list[str] | None:
        lower = token.lower_
        # "the delegation led by Bessent" / "a team headed by X"
        for child in token.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_ in ("lead", "head", "chair"):
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ == "pobj":
                                return self._resolve(pobj, sentence, depth + 1) or None
        # "his US counterpart Antony Blinken", "Japan's negotiator, Akazawa"
        for child in token.children:
            if child.dep_ == "appos":
                named = self._resolve(child, sentence, depth + 1)
                if named:
                    return named  # "the foreign ministers of A and B, X and Y" -> X, Y
            if child.dep_ == "compound" and (self.actors.actor_at(child) or "").startswith("person:"):
                return self.actors.actor_at(child)
        following = self.actors.token_actor.get(token.i + 1)
        if following is None and token.i + 2 < len(self.doc) and self.doc[token.i + 1].text == "," and (
                token.lower_ in PERSON_NOUNS | {"chair", "chairman", "chairwoman", "head"} or self.gaz.title(token.text)):
            # "the conference chair, Minister Luc Magloire Mbarga Atangana" (the apposition parsed elsewhere)
            nxt = token.i + 2
            while nxt in self.actors.title_tokens:
                nxt += 1
            following = self.actors.token_actor.get(nxt)
        if following and following.startswith("person:") and (
                token.pos_ == "NOUN" or lower in PERSON_NOUNS or self.gaz.title(token.text)):
            # "his Ukrainian counterpart Andrii Sybiha", "the envoy Steve Witkoff", "X and Philippine Defense
            # Secretary Gilberto Teodoro" (the name parsed as an apposition of X)
            return following
        if lower in ("counterpart", "counterparts", "host", "hosts", "guest"):
            return self._counterpart(token)
        if lower in ("he", "she", "him", "her"):
            return self._pronoun(token)
        if lower in ("i", "me", "my"):
            return self._speaker(token)
        if lower in ("majesty", "highness") and any(c.lower_ in ("his", "her") for c in token.children):
            # "Prime Minister Modi and His Majesty held talks": the monarch named before
            return next((k for _, k in self.actors.persons_before(token.i)
                         if (self.actors.actors[k].title or "") in ROYAL_TITLES), None)
        if lower == "you" and self._interviewee() is not None and not _in_quotes(token):
            return self._interviewee()  # the interviewer's question: "You held a video call with X on Tuesday."
        national = any(c.dep_ in ("amod", "compound") and self.gaz.country(c.text) for c in token.children)
        if token.pos_ == "NOUN" and (_is_definite(token) or national) and token.lower_ in PERSON_NOUNS:
            # "the minister", and "an Iranian foreign minister" when the article has named one
            person = self._definite_person(token)
            if person:
                return person
        if lower in PERSON_NOUNS or self.gaz.title(token.text):
            # "President of the European Commission Jose Manuel Barroso": the person the title phrase names
            for tok in token.subtree:
                key = self.actors.actor_at(tok)
                if tok != token and key and key.startswith("person:") and not _inside_clause(tok, token):
                    return key
            # "Prime Minister of Papua New Guinea (PNG) James Marape", the name parsed outside the phrase
            after = token.right_edge.i + 1
            while after < len(self.doc) and self.doc[after].text in (")", "]"):
                after += 1
            key = self.actors.token_actor.get(after)
            if key and key.startswith("person:") and after > token.right_edge.i + 1:
                return key
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            # "Japan's government", "Hungarian and Romanian officials", "leaders of Romania's government"
            found = self._modifier_actors(token)
            if found:
                return found
        if lower in GROUP_ANAPHORA or (lower in ("they", "both", "them", "two", "pair") and token.dep_ in SUBJECT_DEPS | {"pobj", "dobj"}):
            return self._group_antecedent(token)
        return None

    def _modifier_actors(self, token: Token) -> list[str]:
        """Countries and institutions that modify a common noun ("Chinese officials", "the Iranian side")."""
        found: list[str] = []
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i != token.i:
                for part in [child] + [c for c in child.subtree if c.dep_ == "conj"]:
                    k = self.actors.actor_at(part)
                    if k is None and part.pos_ in ("ADJ", "PROPN", "NOUN") and self.gaz.country(part.text):
                        self.actors._country(self.doc[part.i:part.i + 1], self.gaz.country(part.text))
                        k = self.actors.actor_at(part)
                    if k and not k.startswith("person:"):
                        found.append(k)
                    elif k and child.dep_ == "poss" and token.lower_ in GENERIC_OFFICIALS:
                        found.append(k)  # "Putin's envoy" stands for Putin's side: keep the person
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for part in [pobj] + [c for c in pobj.subtree if c.dep_ == "conj"]:
                        k = self.actors.actor_at(part)
                        if k and not k.startswith("person:"):
                            found.append(k)  # "negotiators from the Commission and the Philippines"
                    if self.actors.actor_at(pobj) is None:
                        found.extend(k2 for k2 in self._modifier_actors(pobj) if not k2.startswith("person:"))
                    found.extend(self._group_parties(pobj))  # "trade ministers from the two countries"
            if child.dep_ == "poss":
                found.extend(self._group_parties(child))  # "the two countries' energy ministers"
                if child.lower_ == "their" and token.lower_ in GENERIC_OFFICIALS | PERSON_GROUP_NOUNS | DEPUTY_NOUNS:
                    found.extend(self._their_sides(child))  # "Rubio and Lavrov agreed that their deputies would meet"
        return list(dict.fromkeys(found))

    def _their_sides(self, token: Token) -> list[str]:
        """'their deputies', 'their negotiators' after an interaction of two named people: other people of
        the same sides, known only as the sides' countries."""
        mention = next((m for m in reversed(self.mentions) if len(m.keys) >= 2
                        and token.sent.start - m.sentence.start < 400), None)
        if mention is None:
            return []
        countries = [self.actors.country_key(k) for k, role in mention.participants if role is not Role.MEDIATOR]
        if None in countries or len(set(countries)) != len(countries):
            return []
        return [k for k in countries if k]

    def _group_parties(self, token: Token) -> list[str]:
        """'the two countries' as a modifier of officials: the countries (never people) of the story's last pair."""
        if self.actors.actor_at(token) is not None or token.lower_ not in COUNTRY_GROUP_NOUNS:
            return []
        return [k for k in (self._group_antecedent(token) or []) if not k.startswith("person:")]

    def _group_antecedent(self, token: Token) -> list[str] | None:
        """'the two sides' -> the participants of the last interaction (or the last two actors named)."""
        if not _is_definite(token) and not any(c.lower_ in ("two", "both", "three") for c in token.children) \
                and token.lower_ not in ("they", "both", "them", "two", "pair"):
            return None  # "leaders" alone is not a reference to anyone in particular
        candidates = [m for m in reversed(self.mentions)
                      if len(m.keys) >= 2 and token.sent.start - m.sentence.start < 400]
        candidates = [m for m in candidates if m.status is not Status.NEGATED] or candidates
        # (a pair that did not meet is not "the two ministers" who then held talks)
        # "The two leaders are expected to sign X during Thursday's talks": the people of those talks
        clause = token.head
        frames = [o for t in [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "ccomp")]
                  for p in t.children if p.dep_ == "prep" and p.lower_ in ("during", "at")
                  for o in p.children if o.dep_ == "pobj" and o.i in self.trigger_heads]
        if frames:
            frame = frames[0]
            day = next((resolve_date(c.text, self.article.published, self._tense(self._chain(clause, clause)))
                        for c in frame.children if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)
            candidates.sort(key=lambda m: not (m.trigger_lemma == frame.lemma_.lower()
                                               and (day is None or _compatible_date(m.date, day))))
        if token.lower_ in PERSON_GROUP_NOUNS:
            # "the two ministers" are the last two people who met, not the countries; "the two foreign
            # ministers" the last two who met with that post (or, titles being partial, one of them with it)
            candidates = [m for m in candidates if len([k for k in m.keys if k.startswith("person:")]) >= 2]
            posts = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.is_alpha]
            if posts:
                def holders(m: Mention) -> int:
                    return sum(all(p in (self.actors.actors[k].title or "").lower() for p in posts)
                               for k, _ in m.participants if k.startswith("person:"))
                candidates = [m for m in candidates if holders(m) >= 2] or [m for m in candidates if holders(m)]
        if token.lower_ in COUNTRY_GROUP_NOUNS:
            # "the two countries": the last pair whose countries are known (and two)
            def countries(m: Mention) -> list[str | None]:
                return [self.actors.country_key(k) for k, role in m.participants if role is not Role.MEDIATOR][:2]
            candidates = [m for m in candidates if None not in countries(m) and len(set(countries(m))) == 2] \
                or candidates
            if token.lower_ in ("delegations", "teams", "negotiators"):
                # "the two delegations" are the ones told as delegations or negotiators before
                candidates = [m for m in candidates if m.delegates] or candidates
            # a mediator of the story ("talks hosted and mediated by Turkey") is not one of "the two sides"
            brokers = {self.actors.country_key(k) for m in self.mentions for k, role in m.participants
                       if role is Role.MEDIATOR}
            candidates = [m for m in candidates if not brokers & set(countries(m))] or candidates
        if candidates:
            mention = candidates[0]
            keys = [k for k, role in mention.participants if role is not Role.MEDIATOR]
            persons = [k for k in keys if k.startswith("person:")]
            if len(persons) >= 2 and token.lower_ not in COUNTRY_GROUP_NOUNS:
                keys = persons  # "the two ministers", "the two leaders" of a meeting of named people
            if any(c.lower_ in ("two", "both") for c in token.children) or token.lower_ == "both":
                keys = keys[:2]  # "the two sides" of a mediated round are its two parties
            if token.lower_ in COUNTRY_GROUP_NOUNS:
                # "the two sides", "the countries" after a meeting of two ministers: their countries
                countries = [self.actors.country_key(k) or k for k in keys]
                if len(set(countries)) == len(countries):
                    keys = countries
            return list(dict.fromkeys(keys))
        # "a fresh offer from Afghanistan for talks between the two neighbours": the last two actors named
        recent: list[str] = []
        for i in range(token.i - 1, max(-1, token.sent.start - 60), -1):
            k = self.actors.token_actor.get(i)
            if k and token.lower_ in COUNTRY_GROUP_NOUNS:
                k = self.actors.country_key(k) or k  # "the two neighbours" after "Pakistan's President X"
            if k and k not in recent:
                recent.append(k)
            if len(recent) == 2:
                return recent[::-1]
        return None

    def _counterpart(self, token: Token) -> str | None:
        """'his counterpart' (no name given): the other party of the last interaction with the possessor."""
        owner = None
        for child in token.children:
            if child.dep_ == "poss":
                owner = self._pronoun(child) if child.lower_ in ("his", "her") else self.actors.actor_at(child)
        for mention in reversed(self.mentions):
            keys = [k for k, _ in mention.participants]
            if owner in keys and len(keys) == 2:
                return keys[1 - keys.index(owner)]
        for child in token.children:
            # "met his Venezuelan counterpart" (unnamed, and no earlier meeting): Venezuela
            if child.dep_ in ("amod", "compound") and self.gaz.country(child.text):
                self.actors._country(self.doc[child.i:child.i + 1], self.gaz.country(child.text))
                return self.actors.actor_at(child)
        return None

    def _pronoun(self, token: Token) -> str | None:
        """He/she/his/her -> a person named before it: the subject of its own sentence's main clause if
        that is a person, else the most recent person in subject position, else the nearest person."""
        sent = token.sent
        # a person the text calls "she" is not "he" ("Takaichi held talks with her Malaysian counterpart")
        other_gender = "f" if token.lower_ in ("he", "him", "his", "himself") else "m"
        excluded = {k for k, g in self._genders().items() if g == other_gender}
        if token.dep_ in ("dobj", "pobj", "dative"):
            # "Modi is expected to receive him": him is not Modi
            verb = token.head if token.dep_ != "pobj" else token.head.head
            for v in [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp", "advcl") else []):
                # ("Modi is expected to receive him"; but in "Orsi was in Brasilia, and Lula hosted him" Orsi is him)
                for c in v.children:
                    if c.dep_ in SUBJECT_DEPS and self.actors.actor_at(c):
                        excluded.add(self.actors.actor_at(c))
        for tok in sent:
            if tok.i >= token.i:
                break
            if tok.dep_ in SUBJECT_DEPS and (tok.head.dep_ == "ROOT" or (
                    tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT")):  # ("X was in Y, and Z hosted him")
                key = self._person_of(tok) or next((k for c in tok.children if c.dep_ == "poss"
                                                    for k in [self._person_of(c)] if k), None)
                # ("Fico's office rejected a report that he was preparing a trip": Fico)
                if key and key not in excluded:
                    return key
        if token.dep_ in SUBJECT_DEPS and token.head.dep_ in ("advcl", "relcl", "conj"):
            # "His visit follows Starmer's trip last week, when he and Trump discussed trade": the subject
            # of a subordinate clause is the nearest person before it in the sentence
            for _, key in self.actors.persons_before(token.i, sent.start):
                if key not in excluded:
                    return key
        if sent.start > 0 and token.dep_ not in SUBJECT_DEPS:
            # an object: the subject of the sentence before ("Tokayev arrived on Monday. Li will meet him on
            # Wednesday"); a subject ("She later met X") is the story's protagonist, below
            previous = self.doc[sent.start - 1].sent
            for tok in previous:
                if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT":
                    key = self._person_of(tok)
                    if key and key not in excluded:
                        return key
                    break
        # Otherwise the most salient person of the last sentences: who was a subject most often in the
        # document so far (the story's protagonist), the most recent of those on a tie.
        recent: dict[str, int] = {}
        for i, key in self.actors.persons_before(token.i, token.i - 149):
            if key not in excluded:
                recent.setdefault(key, i)
        if not recent:
            return None
        subjects: dict[str, int] = {}
        for i, key in self.actors.token_actor.items():
            if i < token.i and key in recent and self.doc[i].dep_ in SUBJECT_DEPS:
                subjects[key] = subjects.get(key, 0) + 1
        return max(recent, key=lambda k: (subjects.get(k, 0), recent[k]))

    def _speaker(self, token: Token) -> str | None:
        """'I' (or 'me', 'my'): in a quote, the person the sentence (or the next ones of the paragraph) says
        spoke ('"I met him on Friday," Lavrov said'); outside quotes in an interview, the interviewee."""
        sentences = [token.sent]
        nxt = token.sent.end
        while nxt < len(self.doc) and len(sentences) < 3 and "\n" not in self.doc[nxt - 1].whitespace_ \
                and "\n" not in self.doc[nxt].text:
            sentences.append(self.doc[nxt].sent)
            nxt = sentences[-1].end
        if _in_quotes(token):
            for sent in sentences:
                for verb in (t for t in sent if t.lemma_ in ("say", "tell", "add", "write", "recall", "insist")
                             and not _in_quotes(t)):
                    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                        key = self._person_of(subject) or (
                            self._pronoun(subject) if subject.lower_ in ("he", "she") else None)
                        if key and key.startswith("person:"):
                            return key
            return None
        return self._interviewee()

    def _interviewee(self) -> str | None:
        """In an interview (the text says so and its answers speak in the first person), the person
        interviewed: the person most often the subject of the text before the first question."""
        if self._interviewee_cache is None:
            self._interviewee_cache = ""
            text = self.doc.text
            firsts = sum(1 for t in self.doc if t.text == "I" and not _in_quotes(t))
            if re.search(r"\binterview", text, re.IGNORECASE) and (firsts >= 3 or firsts >= 1 and re.search(
                    r"^\s*Q\s*:", text, re.MULTILINE)):
                question = next((t.i for t in self.doc if t.text == "?"), len(self.doc))
                counts: dict[str, int] = {}
                for i, key in self.actors.token_actor.items():
                    if i < question and key.startswith("person:") and self.actors.token_actor.get(i - 1) != key:
                        # each mention once; as a subject, a possessor or in apposition it counts double
                        counts[key] = counts.get(key, 0) + (2 if self.doc[i].dep_ in SUBJECT_DEPS | {"poss", "appos"}
                                                            or self.doc[i].head.dep_ == "appos" else 1)
                if counts:
                    self._interviewee_cache = max(counts, key=lambda k: (counts[k], -self.actors.actors[k].first))
        return self._interviewee_cache or None

    def _genders(self) -> dict[str, str]:
        """Persons whose gender the text shows: a his/her in a clause whose subject is that person and
        where no other person is named in between ("Takaichi held talks with her counterpart")."""
        if self._gender_cache is None:
            votes: dict[str, set[str]] = {}
            for tok in self.doc:
                if tok.lower_ not in ("his", "her") or tok.dep_ != "poss":
                    continue
                verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
                subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb else None
                key = self.actors.actor_at(subject) if subject is not None else None
                if key is None or not key.startswith("person:") or subject.i > tok.i:
                    continue
                between = {self.actors.token_actor.get(i) for i in range(subject.i + 1, tok.i)} - {None, key}
                if not any(k.startswith("person:") for k in between):
                    votes.setdefault(key, set()).add("m" if tok.lower_ == "his" else "f")
            self._gender_cache = {k: next(iter(v)) for k, v in votes.items() if len(v) == 1}
        return self._gender_cache

    def _person_of(self, tok: Token) -> str | None:
        key = self.actors.actor_at(tok)
        if key and key.startswith("person:"):
            return key
        for child in tok.children:
            if child.dep_ == "appos" and (self.actors.actor_at(child) or "").startswith("person:"):
                return self.actors.actor_at(child)  # "the EU's foreign policy chief Kaja Kallas held talks"
        if key is None and tok.pos_ == "NOUN" and _is_definite(tok):
            key = self._definite_person(tok)
        return key if key and key.startswith("person:") else None

    def _definite_person(self, token: Token) -> str | None:
        """'the minister', 'the Turkish leader': the most recent person whose post (and country) fits."""
        if token.lower_ not in PERSON_NOUNS:
            return None
        country = None
        for child in token.children:
            if child.dep_ in ("amod", "compound") and self.gaz.country(child.text):
                country = self.gaz.country(child.text)
        nearest = None
        for i, key in self.actors.persons_before(token.i, token.i - 499):
            actor = self.actors.actors[key]
            if country and actor.country != country:
                continue
            if token.lower_ in ("monarch", "sovereign", "ruler"):
                if (actor.title or "") not in ROYAL_TITLES:
                    continue  # "the Bhutanese monarch": the king (or emir, sultan ...) named before
            elif token.lower_ not in ("leader", "official", "envoy", "diplomat", "visitor", "guest") and \
                    (actor.title is None or token.lower_ not in actor.title.lower()):
                continue
            posts = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.is_alpha
                     and not self.gaz.country(c.text)]
            if any(p not in (actor.title or "").lower() for p in posts):
                continue  # "an Iranian deputy foreign minister" is not the Iranian Foreign Minister named before
            nearest = nearest or key
            if _in_subject(self.doc[i]):
                return key
        if nearest is None and country and _is_definite(token) and not any(
                c.dep_ in ("amod", "compound") and c.is_alpha and not self.gaz.country(c.text) for c in token.children):
            # "the Rwandan president" after "Rwanda's Paul Kagame" (whose post the text did not give): the one
            # person of that country named before
            compatriots = {k for _, k in self.actors.persons_before(token.i, token.i - 500)
                           if self.actors.actors[k].country == country}
            nearest = next(iter(compatriots)) if len(compatriots) == 1 else None
        return nearest

    # -- the syntax around a trigger --------------------------------------------------------------
    def _governor(self, trig: Token) -> Token:
        """The verb that carries a noun trigger's arguments: 'held' in 'X held talks with Y',
        'arrived' in 'X arrived in Amman on a visit', 'agreed' in 'X and Y agreed upon a pact'."""
        misread = next((c for c in trig.children if c.dep_ in ("amod", "compound") and c.i < trig.i
                        and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in SUPPORT_VERBS
                        and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
        if misread is not None:
            return misread  # "X held phone talks with Y" parsed with "held" as an adjective of "talks"
        tok = trig
        for _ in range(4):
            if tok.pos_ in ("VERB", "AUX") and tok != trig:
                return tok
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                if tok == trig and tok.head.lower_ == "in" and tok.head.i < tok.head.head.i \
                        and (_is_definite(tok) or any(c.dep_ == "poss" for c in tok.children)):
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

    def _subjects(self, verb: Token, sentence: Span) -> list[str]:
        """Subjects of a verb, climbing xcomp/advcl/conj chains: 'X is expected to meet Y'."""
        tok = verb
        for _ in range(4):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] or [
                g for c in tok.children if c.dep_ in ("punct", "dep", "compound") and tok.i - 3 <= c.i < tok.i
                for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]  # "X and Y co-chaired": split prefix
            if not subjects and tok.head.lower_ == "co" and tok.head.i < tok.i:
                # "Wang Yi co-chaired" parsed with 'co' as the root and the name as its compound
                subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "compound") and c.i < tok.head.i
                            and self.actors.actor_at(c)][-1:]
            if subjects:
                keys = []
                for s in subjects:
                    if s.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                        found = self._resolve(tok.head, sentence)
                        if s.lower_ == "who" and not any(k.startswith("person:") for k in found):
                            # "Mr. X, Minister of ... of the Islamic Republic of Mauritania, who is paying a
                            # visit": "who" is a person, the nearest one before the clause
                            person = next((k for _, k in self.actors.persons_before(s.i, sentence.start)), None)
                            found = [person] if person else found
                        keys.extend(found)
                    else:
                        keys.extend(self._resolve(s, sentence))
                return keys
            if tok.dep_ == "xcomp":
                controller = [c for c in tok.head.children if c.dep_ == "dobj"]
                if controller:
                    return self._resolve(controller[0], sentence)  # "Merz invited Modi to visit Berlin"
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head != tok.head:
                tok = tok.head.head  # "before flying to Wellington for talks": the subject of the clause above
                continue
            if tok.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acl", "relcl", "pcomp", "acomp") and tok.head != tok:
                if tok.dep_ == "acl" or tok.dep_ == "relcl":
                    return self._resolve(tok.head, sentence)
                if tok.dep_ == "ccomp":
                    return []
                tok = tok.head
            else:
                break
        return []

    def _arguments(self, trig: Token, gov: Token, sentence: Span) -> tuple[list[str], list[str], list[str]]:
        """(subjects, objects, mediators) of the trigger."""
        subjects: list[str] = []
        objects: list[str] = []
        mediators: list[str] = []
        heads = [trig] if gov == trig else [trig, gov]
        heads += [c for c in trig.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and c.lemma_.lower() in SUPPORT_VERBS]  # "the talks held between the two Ministers last November"
        if trig.dep_ == "compound" and trig.head.lemma_ in FRAME_NOUNS:
            heads.insert(1, trig.head)  # "a mediation effort between X and Y": the phrase hangs on "effort"
        if trig.pos_ in ("VERB", "AUX") or (gov != trig and gov.lemma_.lower() in SUPPORT_VERBS) or (
                gov != trig and gov.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("due", "expected")
                                                           for c in gov.children)):
            # ("Li is due in Cebu on Thursday for the summit": Li attends it)
            subjects = self._subjects(gov, sentence)
            if not subjects and trig.dep_ == "pobj" and trig.head.head.pos_ in ("VERB", "AUX"):
                subjects = self._subjects(trig.head.head, sentence)
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in ("by", "over", "via"):
                    # "spoke by telephone with X": the with-phrase hangs on the channel noun
                    for pobj in child.children:
                        for grand in pobj.children:
                            if grand.dep_ == "prep" and grand.lower_ == "with":
                                for target in grand.children:
                                    if target.dep_ == "pobj":
                                        objects.extend(self._resolve(target, sentence))
                if child.dep_ in ("dobj", "attr") and child != trig and head == trig and not (
                        trig.lemma_ in ("discuss", "negotiate", "review") and not self.actors.actor_at(child)):
                    objects.extend(self._resolve(child, sentence))  # (what is discussed is the topic, not a party)
                elif child.dep_ == "prep" and (child.lower_ in ("with", "between", "among", "to", "by", "from") or (
                        child.lower_ == "of" and head == trig and trig.pos_ in ("NOUN", "PROPN")) or (
                        child.lower_ == "for" and head == trig and trig.lemma_ in MEAL_NOUNS)):
                    for pobj in child.children:
                        if pobj.dep_ != "pobj":
                            continue
                        if child.lower_ == "of" and any(c.dep_ == "poss" for c in pobj.children) and (
                                self.actors.actor_at(pobj) or "").startswith("institution:"):
                            continue  # "a meeting of their Strategic Cooperation Council": the forum, not a party
                        found = self._resolve(pobj, sentence)
                        if child.lower_ == "by" and head.lemma_ in ("broker", "mediate", "host", "facilitate",
                                                                    "organise", "organize", "sponsor"):
                            mediators.extend(found)
                        elif child.lower_ == "to" and not (trig.lemma_ in ("visit", "trip", "tour", "talk",
                                                                           "speak") or head.lemma_ in MOTION_VERBS):
                            continue
                        elif child.lower_ == "to" and (head.lemma_ in MOTION_VERBS or trig.lemma_ in ("visit", "trip")) \
                                and pobj.ent_type_ != "GPE" and not self.gaz.place(pobj.text) \
                                and not (self.actors.actor_at(pobj) or "").startswith("country:"):
                            continue  # one travels to a place: "travel to Busan" is not a meeting with a "Busan"
                        elif child.lower_ == "from" and head != trig:
                            continue
                        elif child.lower_ == "by" and head == trig and trig.pos_ in ("NOUN", "PROPN"):
                            subjects.extend(found)  # "a visit by X": X is the agent (the visitor)
                        else:
                            objects.extend(found)
                elif child.dep_ == "agent" and head == trig:
                    for pobj in child.children:
                        objects.extend(self._resolve(pobj, sentence))
                elif (child.dep_ in ("acl", "relcl") and child.lemma_ == "attend" and head == trig) or (
                        child.dep_ == "agent" and head != trig and head.lemma_ == "attend"):
                    # "the ministers' meeting, which was attended by A, B and C"; "the summit was attended by A"
                    for agent in ([child] if child.dep_ == "agent" else child.children):
                        if agent.dep_ == "agent":
                            for pobj in agent.children:
                                objects.extend(self._resolve(pobj, sentence))
                elif child.dep_ == "acl" and child.lemma_ in ("broker", "mediate", "host", "facilitate"):
                    for agent in child.children:
                        if agent.dep_ == "agent":
                            for pobj in agent.children:
                                mediators.extend(self._resolve(pobj, sentence))
        if gov != trig and trig.dep_ == "pobj" and trig.head.lower_ == "for" and gov.lemma_ in ("host", "receive",
                                                                                                 "welcome", "invite"):
            # "Fidan hosted his Ukrainian counterpart Sybiha for talks": the guest is the other party; "Sybiha
            # was hosted by Fidan for talks": the host is
            for child in gov.children:
                if child.dep_ == "dobj":
                    objects.extend(self._resolve(child, sentence))
                elif child.dep_ == "agent":
                    objects.extend(k for p in child.children if p.dep_ == "pobj" for k in self._resolve(p, sentence))
        if trig.pos_ in ("NOUN", "PROPN"):
            # "Biden's meeting with Xi", "US-China talks", "Japanese-American negotiations"
            for child in trig.children:
                if child.dep_ in ("poss", "compound", "amod", "nmod"):
                    place = self.gaz.place(child.text)
                    if place is not None and place.how == "capital" and child.dep_ == "compound":
                        continue  # "the Ankara meeting": where, not who
                    k = self.actors.actor_at(child)
                    if k is None and child.dep_ == "poss" and child.lower_ in ("his", "her"):
                        k = self._pronoun(child)  # "His August trip to Port-au-Prince"
                    country = self.gaz.country(child.text) if not k and child.pos_ in ("ADJ", "PROPN") else None
                    if country:
                        self.actors._country(self.doc[child.i:child.i + 1], country)
                        k = self.actors.actor_at(child)
                    if k:
                        subjects.append(k)
                        for sub in child.children:
                            if sub.dep_ in ("conj", "compound", "amod", "nmod", "punct") and sub.i != child.i:
                                sk = self.actors.actor_at(sub)
                                if sk:
                                    subjects.append(sk)
        if gov != trig and gov.lemma_ in ("include", "feature", "involve") and trig.dep_ == "dobj" and not subjects:
            # "His August trip to Port-au-Prince included a meeting with X": the traveller meets X
            trip = next((c for c in gov.children if c.dep_ in SUBJECT_DEPS and c.i in self.trigger_heads), None)
            if trip is not None:
                subjects = [k for c in trip.children if c.dep_ == "poss" for k in (
                    [self._pronoun(c)] if c.lower_ in ("his", "her") else self._resolve(c, sentence)) if k]
        if trig.pos_ in ("VERB", "AUX") and not objects and not any(c.dep_ == "dobj" for c in trig.children):
            # "received on Monday 9 February 2026 in Rabat Mr. Mohamed Salem Ould Merzoug" (press-release order:
            # the guest parsed inside the place phrase): a person is never a place
            for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
                for pobj in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"):
                    objects.extend(k for k in self._resolve(pobj, sentence) if k.startswith("person:"))
        # "Sunak and Modi met", "the two leaders met": reciprocal subjects are all participants.
        return list(dict.fromkeys(subjects)), list(dict.fromkeys(objects)), list(dict.fromkeys(mediators))

    # -- status, date, place, topic -----------------------------------------------------------------
    def _chain(self, trig: Token, gov: Token) -> list[Token]:
        """Trigger, governor and the verbs above them up to (not including) a reporting verb."""
        chain = [trig] if gov == trig else [trig, gov]
        tok = gov
        for _ in range(4):
            if tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in TEMPORAL_PREPS:
                break  # "following talks on Saturday, Kenya will...": the main clause is another event
            if tok.dep_ == "advcl" and _temporal_clause(tok):
                break  # "..., a day after she met Vucic": the main clause happened at another time
            if tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("by", "from", "in") \
                    and tok.head.head.head.lemma_.lower() in CONTENT_NOUNS \
                    and any(c.lower_ == "that" for c in tok.children):
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
                    break
                chain.append(tok)
            else:
                break
        return chain

    def _status(self, trig: Token, gov: Token, chain: list[Token], date: tuple[str, DatePrecision] | None) -> tuple[Status, float]:
        published = self.article.published
        lemmas = {t.lemma_.lower() for t in chain}
        children = [c for t in chain for c in t.children]
        child_words = {c.lower_ for c in children}
        # The nearest word that cancels or denies decides: in "a visit was cancelled after Orban declined to
        # meet him", the meeting is denied (by "declined"), the visit cancelled.
        for n, tok in enumerate(chain):
            if n and chain[n - 1].dep_ == "conj" and chain[n - 1].pos_ in ("VERB", "AUX") and tok.pos_ in ("VERB", "AUX"):
                break  # "X postponed a visit ... and instead held a video call": a coordinated clause has its own
            kids = list(tok.children)
            if _cancels(tok) or any(c.lemma_.lower() in CANCEL_MODIFIERS for c in kids):
                return Status.CANCELLED, 0.8  # "postponed", "a cancelled visit", "called off", "pushed back"
            if _refuses(tok) or (n < 3 and any(c.dep_ == "neg" for c in kids)):
                return Status.NEGATED, 0.7
        if any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod") for c in trig.children):
            return Status.NEGATED, 0.7
        if child_words & HYPOTHETICAL_MODALS:
            return Status.PLANNED, 0.4
        future_aux = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for t in chain[:3] for c in t.children)
        if future_aux or (lemmas & PLAN_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children)):
            return Status.PLANNED, 0.8
        if lemmas & {"plan", "schedule", "expect", "due", "set", "intend", "propose", "slate"} or any(
                c.dep_ == "acomp" and c.lower_ in ("due", "expected", "set", "scheduled") for t in chain[:3]
                for c in t.children) or \
                any(c.lower_ in ("upcoming", "planned", "proposed", "scheduled", "expected", "next", "forthcoming",
                                 "possible", "potential", "future") and c.dep_ not in ("conj", "ccomp", "advcl")
                    for c in trig.children):
            return Status.PLANNED, 0.7
        if date and published and date[0][:10] > published.isoformat()[: len(date[0][:10])]:
            return Status.PLANNED, 0.7
        # "is to meet", "are due to"
        if any(t.lemma_ == "be" and any(c.dep_ == "xcomp" and c.i >= trig.i for c in t.children) for t in chain):
            return Status.PLANNED, 0.6
        return Status.OCCURRED, 0.8

    def _tense(self, chain: list[Token]) -> str:
        for t in chain:
            for c in t.children:
                if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS | HYPOTHETICAL_MODALS and not (
                        c.lower_ == "to" and t.dep_ == "xcomp" and t.head.lemma_.lower() in NEGATE_VERBS):
                    return "future"  # (but "declined to meet" is as past as "declined")
            if t.lemma_ in PLAN_VERBS and t.tag_ in ("VBZ", "VBP", "VBN"):
                return "future"
            if t.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in t.children):
                return "future"
        if any(t.tag_ in ("VBD",) for t in chain):
            return "past"
        return "past"

    def _date(self, chain: list[Token], sentence: Span, tense: str) -> tuple[str, DatePrecision] | None:
        ents = self._sentence_dates(sentence)
        # The chain, and the infinitives it governs: "talks are expected to resume next month"
        rank = {t.i: n for n, t in enumerate(chain)}
        for n, t in enumerate(chain):
            for c in t.children:
                if c.dep_ == "xcomp" and c.lemma_ not in REPORT_VERBS:
                    rank.setdefault(c.i, n)
                elif n == 0 and c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                        g.dep_ in SUBJECT_DEPS for g in c.children):
                    rank.setdefault(c.i, n + 1)  # "visited Beijing and met Xi in July": one date for both
                    # (not "spoke by phone, and the two are expected to meet in December": another clause)
                elif n <= 1 and c.dep_ == "advcl" and any(g.lower_ == "when" and g.dep_ == "advmod"
                                                          for g in c.children):
                    rank.setdefault(c.i, n + 1)  # "When X landed in Tehran last Tuesday, it was his first trip"
                elif n == 0 and c.dep_ in ("acl", "relcl") and (c.lemma_ in PLAN_VERBS or c.tag_ == "VBN"):
                    rank.setdefault(c.i, n + 1)  # "a meeting, scheduled for Thursday", "the round, held in May"
                elif n == 0 and c.dep_ == "prep":
                    # "a visit to Ecuador that had been scheduled for Thursday" (the clause hung on the place)
                    for r in (r for o in c.children if o.dep_ == "pobj" for r in o.children):
                        if r.dep_ in ("acl", "relcl") and r.lemma_ in PLAN_VERBS:
                            rank.setdefault(r.i, n + 1)
        chain_ids = set(rank)
        best = None
        best_key = None
        for ent in ents:
            # A date belongs to the trigger when its head climbs to the chain before reaching another verb.
            tok = ent.root
            attached = False
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
                c.lower_ == "been" for c in prep.head.children)  # "have been holding talks since the 3rd"
            when = any(_where_clause(c) and c.i in chain_ids for c in ent.root.children)  # "since January, when"
            if not attached or (prep is not None and prep.lower_ in SPAN_PREPS and not ongoing and not when):
                continue  # "his first visit since 2023", "a deal by the end of the year": not when it happened
            resolved = self._resolve_ent(ent, tense)
            # the date nearest the trigger wins ("arrived on Monday and is due to meet X on Wednesday"),
            # then the most precise one
            before_conjunct = chain[0].dep_ == "conj" and ent.end <= chain[0].i
            key = (rank[tok.i], before_conjunct, -_precision_rank(resolved[1]), abs(ent.start - chain[0].i)) \
                if resolved else None  # ("I fly back on the 23rd and sit down with X on March 24th": the 24th)
            if resolved and (best_key is None or key < best_key):
                best, best_key = resolved, key
        if best is None:
            # A parse that hangs the date elsewhere ("hosted X in Ankara on Tuesday" with X mis-parsed): use
            # the sentence's only date, unless it belongs to a statement, a cancellation or another event.
            free = [e for e in ents if _scheduled(e.root) or not (_under(
                e.root, NEGATE_VERBS | CANCEL_VERBS | REPORT_VERBS | {"after", "before", "since"}, stop=chain_ids)
                or _in_relative_clause(e.root, chain_ids))]  # ("X, whose country holds ... this year, welcomed")
            own = {t.i for t in chain[-1].subtree} if chain else set()
            other_triggers = [s for s in sentence.doc.spans.get(TRIGGERS_KEY, []) if sentence.start <= s.start < sentence.end
                              and s.root.i not in chain_ids and s.root.i not in own]
            if len(free) == 1 and not other_triggers:
                best = self._resolve_ent(free[0], tense)
        sequel = next((c for t in chain[:2] for c in t.children if c.dep_ == "advmod" and c.lower_ in SEQUEL_WORDS),
                      None)
        if best is None and sequel is not None:
            # "She later met X": on the day the story is telling; "two days later": that day shifted; "a few
            # days later": the month of it
            gap = next((c for c in sequel.children if c.dep_ == "npadvmod"), None)
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
        anaphoric = _anaphoric_day(ent)
        if anaphoric:
            # "later the same day", "the next day": relative to the day the story is telling, not to the report
            reference = self._reference_date(ent[0])
            if reference:
                return _shift_day(reference, 1 if anaphoric.group("next") else -1 if anaphoric.group("before") else 0)
        resolved = resolve_date(ent.text, self.article.published, tense)
        if resolved:
            self.ent_dates[ent.start] = resolved
        return resolved

    def _reference_date(self, before: Token, day_only: bool = True) -> tuple[str, DatePrecision] | None:
        """The last day (or, not ``day_only``, the last date) named before ``before`` in its sentence or the
        four before it (narrative time)."""
        sent = before.sent
        start = sent.start
        for _ in range(4):
            if start > 0:
                start = self.doc[start - 1].sent.start
        for ent in reversed([e for e in _date_spans(self.doc[start: before.i])]):
            if _anaphoric_day(ent) or not _dates_a_clause(ent):
                continue  # ("ahead of an Aug 15 deadline" dates a deadline, not the story)
            resolved = self.ent_dates.get(ent.start)
            if resolved is None:
                verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), ent.root)
                resolved = resolve_date(ent.text, self.article.published, self._tense(self._chain(verb, verb)))
            if resolved and (resolved[1] is DatePrecision.DAY or not day_only):
                return resolved
        return None

    def _frame_date(self, chain: list[Token]) -> tuple[str, DatePrecision] | None:
        """'On the eve of the summit, X met Y': the day before the summit the story dated earlier; 'On the
        margins of the session, X met Y' (and 'on the sidelines of', 'during'): that session's day."""
        clauses = chain[:2] + [t.head for t in chain[:2] if t.dep_ == "conj"]  # "adopted X and witnessed Y"
        for tok in clauses:
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("on", "during", "at", "after", "following"):
                    continue
                frame = next((o for o in prep.children if o.dep_ == "pobj"), None)
                shift = 0
                if frame is not None and prep.lower_ == "on" and frame.lower_ in ("eve", "sidelines", "margins",
                                                                                   "margin", "sideline"):
                    shift = -1 if frame.lower_ == "eve" else 0
                    frame = next((o for p in frame.children if p.lower_ == "of" for o in p.children
                                  if o.dep_ == "pobj"), None)
                elif prep.lower_ == "on":
                    continue
                if frame is None or not (frame.i in self.trigger_heads or frame.lemma_ in FRAME_EVENTS):
                    continue
                dated = [m for m in reversed(self.mentions) if m.date and m.date[1] is DatePrecision.DAY
                         and m.status is not Status.PLANNED and m.sentence.start < frame.sent.start]
                # the same word first ("the summit" -> the summit), else the last gathering of three or more
                earlier = next((m for m in dated if m.trigger_lemma == frame.lemma_.lower()), None)
                if earlier is None and prep.lower_ not in ("after", "following"):
                    # ("after the talks" the same talks; "after the summit" not any gathering)
                    earlier = next((m for m in dated if frame.lemma_ in FRAME_EVENTS and len(m.keys) >= 3), None)
                if earlier is not None:
                    return _shift_day(earlier.date, shift)
        return None

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
        """'Meloni, who arrived in Algiers on Wednesday morning, held a meeting with Tebboune': with no time
        of its own, the meeting is on the day of the arrival told in a clause on its subject."""
        for verb in chain[:2]:
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                for clause in (c for c in subject.children if c.dep_ == "relcl" and c.lemma_ in MOTION_VERBS):
                    day = self._date([clause], clause.sent, tense)
                    if day is not None and day[1] is DatePrecision.DAY:
                        return day
        return None

    def _continued_date(self, participants: list[tuple[str, Role]], chain: list[Token],
                        sentence: Span) -> tuple[str, DatePrecision] | None:
        """'X held talks with Y on Thursday. [...] The two sides exchanged two memoranda': a past event of
        the same parties told without any time, a few sentences after their dated interaction, continues
        that day of the story. Not for a pluperfect ("had met"), nor a sentence with a time of its own."""
        if self._sentence_dates(sentence) or any(t.tag_ != "VBD" for t in chain if t.pos_ in ("VERB", "AUX")) or any(
                c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for t in chain for c in t.children):
            return None
        parties = {self.actors.party_of(k) for k, role in participants if role is not Role.MEDIATOR}
        if len(parties) < 2:
            return None
        for m in reversed(self.mentions):
            if sentence.start - m.sentence.start > 150:
                return None
            if m.type is InteractionType.VISIT or m.status is not Status.OCCURRED:
                continue  # a visit lasts days (which one is not told); what is planned is not the story's past
            if self._same_parties({self.actors.party_of(k) for k, role in m.participants
                                   if role is not Role.MEDIATOR}, parties):
                return m.date if m.date and m.date[1] is DatePrecision.DAY and not m.other_occasion else None
        return None

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
        gaps = [c for t in (last, mark) for c in t.children if c.dep_ in ("npadvmod", "advmod") and c.i < mark.i]
        main = mark.head if mark.dep_ == "prep" else last.head
        if mark.dep_ == "prep" and main.dep_ == "npadvmod":
            gaps, main = [main], main.head  # "met X on Friday, [a day [after holding talks]]"
        gaps = gaps or [c for c in main.children if c.dep_ == "npadvmod" and c.right_edge.i == mark.i - 1]
        # ("The call came [a day] [after X held ...]": the gap hangs on the main verb)
        if not gaps:
            return None
        days = day_offset(self.doc[gaps[0].left_edge.i: gaps[0].i + 1].text)
        main_chain = self._chain(main, main)
        main_date = self._date(_event_part(main_chain), sentence, self._tense(main_chain)) if days is not None else None
        if main_date is None and days is not None:
            # "The call came a day after X held a videoconference": the day of the call told before
            subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS and c.i in self.trigger_heads
                            and _is_definite(c)), None)
            label = self.trigger_label.get(subject.i) if subject is not None else None
            earlier = next((m for m in reversed(self.mentions) if subject is not None and m.date
                            and (m.trigger_lemma == subject.lemma_.lower() or m.type.value == label)
                            and m.sentence.start < sentence.start), None)
            main_date = earlier.date if earlier is not None else None
        if main_date is None or (days and main_date[1] is not DatePrecision.DAY):
            return None
        if not days:
            return main_date  # "hours after", "shortly before": the same day
        return _shift_day(main_date, -days if mark.lower_ == "after" else days)

    def _location(self, chain: list[Token], trig: Token) -> str | None:
        """Where: places in "in/at" phrases of the trigger, its clause and its participants, the
        destination of a trip, or the place a "where" clause hangs on. A city beats a country, and a
        venue ("the Istana") is kept with its city when the text gives one."""
        found: list[Span] = []

        def take(pobj: Token) -> None:
            if pobj.dep_ in ("pobj", "dobj") and pobj.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
                ent = self.actors.ent_at.get(pobj.i)
                if ent is not None and ent not in found and (ent.label_ != "ORG" or self.gaz.venue_city(ent.text)):
                    found.append(ent)
            elif pobj.dep_ in ("pobj", "dobj") and pobj.ent_type_ not in ("GPE", "LOC", "FAC") \
                    and self.gaz.place(pobj.text) and self.gaz.place(pobj.text).how in ("capital", "name"):
                found.append(Span(pobj.doc, pobj.i, pobj.i + 1, label="GPE"))  # "visited Kyiv", mis-tagged

        motion = any(t.lemma_ in MOTION_VERBS for t in chain[:3]) or trig.lemma_ in ("visit", "trip")
        preps = PLACE_PREPS | ({"to", "for"} if motion else set())
        # the trigger's own phrase (places often hang on a participant: "talks between A and B in Addis")
        heads = list(chain) + [t for t in trig.subtree if t.dep_ in ("pobj", "dobj", "conj", "appos")
                               and not _inside_clause(t, trig)]
        heads += [c for t in chain[:2] for c in t.children if c.dep_ in ("dobj", "pobj")]
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    for pobj in child.children:
                        take(pobj)
        if trig.lemma_ == "visit" and trig.pos_ == "VERB":
            for child in trig.children:
                if child.dep_ == "dobj":
                    take(child)
        if not found:
            # "travel to Manila, where he is scheduled to meet X": the place the relative clause hangs on
            tok = trig
            for _ in range(6):
                if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
                    found.append(self.actors.ent_at.get(tok.head.i) or tok.head)
                    break
                if tok.head == tok:
                    break
                tok = tok.head
            found = [f for f in found if isinstance(f, Span) and f.label_ in ("GPE", "LOC", "FAC")]
        if not found and any(c.lower_ == "there" and c.dep_ == "advmod" for t in chain[:2] for c in t.children):
            # "You were in Santo Domingo in July. - I met President Abinader there": the place named last
            start = trig.sent.start
            for _ in range(2):
                start = self.doc[start - 1].sent.start if start > 0 else start
            places = [e for e in self.doc[start:trig.i].ents if e.label_ in ("GPE", "LOC")
                      and not (self.actors.actor_at(e.root) or "").startswith(("person:", "institution:"))]
            for i in range(start, trig.i):  # (and gazetteer places the tagger left alone: "Santo Domingo")
                for n in (3, 2, 1):
                    words = self.doc[i:i + n]
                    if i + n <= trig.i and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                            and not words[0].ent_type_ and self.gaz.place(words.text):
                        places.append(Span(self.doc, i, i + n, label="GPE"))
                        break
            found = sorted(places, key=lambda e: e.start)[-1:]
        if not found:
            return None
        cities = [e for e in found if e.label_ in ("GPE", "LOC") and not self.gaz.country(_trim(e).text)
                  and not self.gaz.venue_city(e.text)]
        countries = [e for e in found if e.label_ in ("GPE", "LOC") and self.gaz.country(_trim(e).text)]
        venues = [e for e in found if e.label_ in ("FAC", "ORG") or self.gaz.venue_city(e.text)]
        city = cities[0] if cities else None
        if venues:
            venue = _place_text(venues[0])
            known = self.gaz.venue_city(venue)
            place = known or (_place_text(city) if city is not None else _dateline_place(self.article.dateline))
            return f"{venue}, {place}" if place and place != venue else venue
        return _place_text((cities or countries)[0])

    def _topic(self, chain: list[Token], trig: Token) -> str | None:
        for head in chain[:2]:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "CARDINAL", "FAC", "LOC") \
                                and pobj.lower_ not in ("sidelines", "margins", "fringes", "phone", "telephone",
                                                        "day", "occasion", "eve", "way", "behalf", "visit", "trip"):
                            return _phrase(pobj)
                if child.dep_ in ("advcl", "xcomp", "relcl") and child.lemma_ in ("discuss", "address", "negotiate",
                                                                                 "review", "resolve", "ease"):
                    for obj in child.children:
                        if obj.dep_ == "dobj":
                            return _phrase(obj)
        return None

    def _channel(self, trig: Token, gov: Token, sentence: Span) -> tuple[InteractionType | None, str | None]:
        near = [c.lower_ for c in trig.children] + [c.lower_ for c in gov.children]
        near += [t.lower_ for t in trig.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"]
        means = [t for t in gov.subtree if t.dep_ == "pobj" and t.head.lower_ in ("by", "over", "via")]
        near += [t.lower_ for t in means]
        near += [c.lower_ for t in means if t.head.head in (trig, gov) for c in t.children
                 if c.dep_ in ("compound", "amod")]
        # ("held talks by video link"; not "..., with X joining part of the session by video link")
        # "spoke in early January, in a phone call arranged by Qatar": the call's own compound
        near += [c.lower_ for t in (trig, gov) for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
                 for o in p.children if o.dep_ == "pobj" and o.lemma_ in ("call", "conversation", "conference")
                 for c in o.children if c.dep_ in ("compound", "amod")]
        near.append(trig.lower_)
        if any(w in PHONE_WORDS or w.startswith("phone") or w.startswith("telephon") for w in near):
            return InteractionType.PHONE_CALL, "phone"
        if any(w in VIDEO_WORDS or w.startswith("video") for w in near):
            return InteractionType.VIDEO_CALL, "video"
        return None, None

    # -- per trigger ---------------------------------------------------------------------------------
    def mention_for(self, span: Span) -> Mention | None:
        trig = span.root
        sentence = trig.sent
        row = self.triggers.get((trig.lemma_.lower(), "VERB" if trig.pos_ in ("VERB", "AUX") else "NOUN")) \
            or self.triggers.get((trig.lower_.rstrip("s"), "NOUN")) or {}
        itype = InteractionType(span.label_)
        gov = self._governor(trig) if trig.pos_ not in ("VERB", "AUX") else trig
        if not self._trigger_is_event(trig, gov):
            return None
        if trig.lemma_ in JOIN_VERBS and trig.pos_ in ("VERB", "AUX"):
            return self._joiner(trig, sentence)
        if trig.lemma_ == "leave" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in trig.children):
            return None  # "left for Beijing" is a trip there; "left Beijing" or "left office" is not
        if trig.lemma_ in ANAPHORIC_ONLY and (trig.tag_ == "NNS" or any(
                c.dep_ in ("prep", "compound", "amod") and c.lower_ not in OCCASION_WORDS for c in trig.children)):
            return None  # "a round of talks" is the talks' (the container rule); "a round of sanctions" nothing
        subjects, objects, mediators = self._arguments(trig, gov, sentence)
        if trig.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in trig.children) and any(
                c.dep_ == "agent" for c in trig.children):
            subjects, objects = objects, subjects  # "X was received by Y": Y receives (hosts) X
        offer = _rejected_offer(trig)
        if offer is not None:
            # "Arafat rejected a US offer to host a summit": who refuses and who offered take part
            offerers = [k for c in offer.children if c.dep_ in ("compound", "amod", "poss") or (
                c.dep_ == "prep" and c.lower_ == "from") for t in ([c] if c.dep_ != "prep" else list(c.children))
                for k in self._resolve(t, sentence)]
            refusers = [k for k in self._subjects(offer.head, sentence) if k not in subjects + objects]
            subjects = refusers + [k for k in subjects if k not in refusers]
            objects = objects + [k for k in offerers if k not in subjects + objects]
        if trig.lemma_ == "call" and self._calls_on(trig) is not None:
            itype = InteractionType.MEETING  # "called on X", "paid a courtesy call on X"
            host = self._calls_on(trig)
            objects = [self.actors.actor_at(host) or self._definite_person(host)]
        chain = self._chain(trig, gov)
        tense = "future" if offer is not None else self._tense(chain)  # what is offered lies ahead
        date_chain = _event_part(chain)
        date = self._date(date_chain, sentence, tense) or self._date_from_main_clause(chain, sentence) \
            or self._frame_date(chain) or self._arrival_date(date_chain, tense) or self._ongoing_date(chain, sentence)
        status, conf = self._status(trig, gov, chain, date)
        if status is Status.PLANNED and tense == "past":
            # "Bush is scheduled to ... before leaving for Beijing on Thursday": what is planned lies ahead
            date = self._date(date_chain, sentence, "future") or date
        elif status is Status.CANCELLED and date is not None:
            date = self._date(date_chain, sentence, "nearest")  # "talks scheduled for Feb 10 were postponed"
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
                        for g in c.children)) for c in trig.children):
                return None  # "Erdogan called Netanyahu a terrorist", 'Milei called his guest "a brother"': naming
            if trig.lemma_ == "call" and trig.pos_ not in ("VERB", "AUX") and not refined:
                # "a call for restraint" is not a phone call; "a call with X" is.
                if not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children) and \
                        not any(w in ("phone", "telephone") for w in (c.lower_ for c in trig.children)):
                    if not (trig.dep_ == "dobj" and gov.lemma_ in ("hold", "have", "make", "take", "join")):
                        return None
            channel = "phone"
        if trig.lemma_ == "discuss" and (len(subjects) + len(objects) < 2 or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) or any(
                c.dep_ in SUBJECT_DEPS and (c.lower_ in COUNTRY_GROUP_NOUNS | PERSON_GROUP_NOUNS | {"they", "sides", "both"})
                for c in trig.children)):
            return None  # "he and Trump discussed trade": talks; "the two sides discussed" restates the meeting
        if trig.lemma_ == "speak" and channel is None and not objects and len(subjects) < 2:
            return None  # "X spoke to reporters" is no interaction; "the two men had last spoken in May" is
        subj_role = Role(row.get("role_subject") or "participant")
        obj_role = Role(row.get("role_object") or "participant")
        if trig.pos_ not in ("VERB", "AUX") and gov.lemma_ in ("host", "receive", "welcome"):
            subj_role, obj_role = Role.HOST, Role.VISITOR
            if any(c.dep_ == "auxpass" for c in gov.children):
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
        if itype in (InteractionType.VISIT, InteractionType.MEETING) and trig.lemma_ in ("host", "welcome") \
                and len(objects) >= 2:
            itype = InteractionType.SUMMIT  # "Modi hosted Xi, Lula, Ramaphosa ...": a gathering
        if itype is InteractionType.VISIT and trig.pos_ not in ("VERB", "AUX") and len(participants) < 2:
            # "Tinubu received Mahama ... at the start of a two-day state visit": the visit of the one received
            host_verb = next((t for t in list(trig.ancestors)[:5] if t.lemma_ in ("receive", "welcome", "host", "greet")
                              and t.pos_ in ("VERB", "AUX")), None)
            if host_verb is not None:
                guests = [k for c in host_verb.children if c.dep_ == "dobj" for k in self._resolve(c, sentence)]
                hosts = self._subjects(host_verb, sentence)
                hosts = [self.actors.country_key(k) or k for k in hosts]  # a visit is to the host's country
                if guests and hosts:
                    participants = [(k, Role.VISITOR) for k in guests] + [(k, Role.HOST) for k in hosts
                                                                         if k not in guests]
                    date = date or self._date([host_verb], sentence, tense)  # the visit starts that day
        if itype is InteractionType.VISIT:
            participants = self._visit_host(participants, trig, gov, chain)
            if trig.lemma_ in MOTION_VERBS and (len({k for k, _ in participants}) < 2 or any(
                    c.lower_ in ("back", "home") for c in trig.children)
                    or not any(role is Role.HOST for _, role in participants)):
                return None  # "arrived late", "flew back to Baghdad", "X and Y arrived later in the day": motion
                # without a foreign destination
            if trig.lemma_ in MOTION_VERBS and any(
                    c.dep_ in ("xcomp", "advcl") and c.lemma_ in ("meet", "hold", "attend") and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in trig.children):
                return None  # "will travel to Skopje to meet X": the trip is the frame of the meeting, one event
        if participants and not subjects and len({self.actors.party_of(k) for k, _ in participants}) == 1:
            # "where talks with X are planned", "before flying to Wellington for talks with Peters" (Peters and
            # New Zealand are one party): the agent is the subject of the clause above
            agent = self._implicit_agent(trig, {k for k, _ in participants})
            if agent:
                participants.insert(0, (agent, subj_role))
        anaphoric = False
        if trig.pos_ not in ("VERB", "AUX") and any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                                    for c in trig.children) and (gov == trig or not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "to") for c in trig.children)):
            anaphoric = True  # "In his meeting with Jaishankar, Wang proposed", "His visit follows ...": told before
        if trig.lemma_ == "session" and gov.lemma_.lower() not in SUPPORT_VERBS:
            participants = []  # "shuttling between the two sides for part of the session": that meeting, named before
        if trig.pos_ not in ("VERB", "AUX") and _is_definite(trig) and trig.dep_ == "dobj" and gov == trig.head \
                and gov.lemma_.lower() not in SUPPORT_VERBS | HOLD_VERBS | {"attend", "make", "pay", "conduct"} \
                and itype in (InteractionType.VISIT, InteractionType.SUMMIT, InteractionType.TALKS,
                              InteractionType.MEETING) \
                and not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in trig.children):
            anaphoric = True  # "went to Cairo to prepare the trip", "discussed the visit": a reference to it
            # (not "follows the talks held between the two Ministers in Nouakchott last November": told in full)
        if len({k for k, _ in participants}) < 2 and not anaphoric:
            if trig.pos_ not in ("VERB", "AUX") and (_is_definite(trig) or itype is InteractionType.SUMMIT or (
                    trig.lemma_ in ANAPHORIC_ONLY and any(c.lower_ in OCCASION_WORDS for c in trig.children))):
                anaphoric = True
            else:
                return None
        if itype is InteractionType.AGREEMENT and not (gov.lemma_ in ("sign", "reach", "conclude", "clinch", "seal",
                                                                       "strike", "finalise", "finalize", "ink",
                                                                       "agree", "secure", "announce", "ratify",
                                                                       "witness", "exchange")
                                                        or trig.lemma_ in ("sign", "signing")):
            return None
        if itype is InteractionType.TALKS and trig.lemma_ == "talk" and trig.pos_ in ("VERB", "AUX") and not objects \
                and len(subjects) < 2:
            return None
        if trig.lemma_ == "agree" and trig.pos_ in ("VERB", "AUX") and any(c.dep_ == "xcomp" for c in trig.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
                            and self.actors.actor_at(c) for c in trig.children):
            return None  # "the two agreed to stay in touch" is an intention; "Jordan and Britain agreed to" binds
        if trig.lemma_ == "agree" and trig.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in trig.children) \
                and any(c.dep_ in SUBJECT_DEPS and (c.lower_ in ("two", "both", "they") or (
                    c.lower_ in GROUP_ANAPHORA and _is_definite(c) and not self._modifier_actors(c)))
                        for c in trig.children):
            return None  # "(in a call) the two agreed that their deputies would meet": what the call settled
        location = self._location(chain, trig)
        topic = self._topic(chain, trig)
        at_summit = itype is not InteractionType.SUMMIT and self._at_summit(chain)

        def also(parties: list[tuple[str, Role]], day=date, place=location, summit: bool = at_summit) -> None:
            """Another interaction the same trigger states, with other parties (and maybe its own day)."""
            self.extra_mentions.append(Mention(itype, parties, status, day, place, topic, channel, sentence, False,
                                               conf, at_summit=summit))

        if any(c.lower_ in ("separate", "separately", "respective", "individual", "bilateral") for t in (trig, gov)
               for c in t.children) and len(subjects) == 1 and len(objects) >= 2:
            # "held separate talks with Zelensky and Harris": one interaction per counterpart
            for other in objects[1:]:
                also([(subjects[0], subj_role), (other, obj_role)])
            participants = [(subjects[0], subj_role), (objects[0], obj_role)]
        elif any(c.lower_ in ("separately", "individually") for t in (trig, gov) for c in t.children) \
                and len(subjects) >= 2 and len(objects) == 1:
            # "Li Qiang and Zhao Leji will meet him separately": one interaction per subject
            for other in subjects[1:]:
                also([(other, subj_role), (objects[0], obj_role)])
            participants = [(subjects[0], subj_role), (objects[0], obj_role)]
        if trig.pos_ in ("VERB", "AUX") and subjects and itype is not InteractionType.VISIT:
            taken = {k for k, _ in participants}
            for key, day, place in self._gapped_objects(trig, taken, date):
                also([(subjects[0], subj_role), (key, obj_role)], day, place, False)
        if itype is InteractionType.VISIT and trig.pos_ in ("VERB", "AUX"):
            hosts = [k for k, role in participants if role is Role.HOST]
            if len(hosts) >= 2:
                # "X will visit Mauritania and Senegal": one visit per host
                visitors = [(k, role) for k, role in participants if role is not Role.HOST]
                for host in hosts[1:]:
                    also(visitors + [(host, Role.HOST)], summit=False)
                participants = visitors + [(hosts[0], Role.HOST)]
        other = any(c.lower_ in OCCASION_WORDS for c in trig.children) if anaphoric else any(
            c.dep_ == "advmod" and c.lower_ in ("last", "again", "previously", "earlier", "first")
            for t in (trig, gov) for c in t.children)  # "had last spoken in May", "will meet again"
        if itype is InteractionType.PHONE_CALL and channel == "phone" and trig.lemma_ == "conversation" \
                and not refined:
            # "King Felipe greeted Sheinbaum ..., and the two heads of state held a brief private conversation":
            # a conversation told without a phone is the one of the meeting just told
            keys = {k for k, _ in participants}
            met = next((m for m in reversed(self.mentions) if m.keys == keys and sentence.start - m.sentence.start
                        < 100 and m.type not in (InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL)), None)
            if met is not None:
                itype, channel = met.type, met.channel
        if itype is not InteractionType.VISIT:
            # "Meloni and Tebboune co-chaired the Italy-Algeria summit": the countries are already there
            represented = {self.actors.country_key(k) for k, _ in participants if k.startswith("person:")}
            if len(represented - {None}) >= 2:
                participants = [(k, role) for k, role in participants if k not in represented]
        if date is None and not anaphoric and not other and status is Status.OCCURRED:
            date = self._continued_date(participants, chain, sentence)
        delegates = bool(subjects) and not any(k.startswith("person:") for k, _ in participants) and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in GENERIC_OFFICIALS | PERSON_GROUP_NOUNS | DEPUTY_NOUNS
            for c in gov.children)
        return Mention(itype, participants, status, date, location, topic, channel, sentence, anaphoric,
                       round(conf * (0.6 if anaphoric else 1.0), 3), other, trigger_lemma=trig.lemma_.lower(),
                       at_summit=at_summit, delegates=delegates,
                       gathering=gov.lemma_.lower() in ("gather", "convene", "assemble"))

    def _gapped_objects(self, trig: Token, taken: set[str], date: tuple[str, DatePrecision] | None):
        """'He met Kurti in Pristina on March 3 and Vucic in Belgrade the following day': the second object,
        which the parser hangs on the first date, is another meeting with its own place and day. Yields
        (person key, day, place); ``taken`` (the trigger's own participants) grows with each."""
        for prep in (c for c in trig.children if c.dep_ == "prep"):
            for pobj in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "GPE", "LOC")):
                for cj in (c for c in pobj.children if c.dep_ == "conj"):
                    key = self.actors.actor_at(cj)
                    if not key or not key.startswith("person:") or key in taken:
                        continue
                    gap = next((c for c in pobj.children if c.dep_ == "npadvmod" and c.i > cj.i), None)
                    day = None
                    if gap is not None and date is not None and date[1] is DatePrecision.DAY:
                        shift = _anaphoric_day(self.doc[gap.left_edge.i: gap.i + 1])
                        if shift is not None:
                            day = _shift_day(date, 1 if shift.group("next") else -1 if shift.group("before") else 0)
                    place = next((_place_text(e) for p in pobj.children if p.dep_ == "prep" and p.lower_ == "in"
                                  for o in p.children for e in [self.actors.ent_at.get(o.i)] if e is not None
                                  and e.label_ in ("GPE", "LOC")), None)
                    taken.add(key)
                    yield key, day, place

    def _at_summit(self, chain: list[Token]) -> bool:
        """Whether the interaction takes place at a summit: a summit in its clause chain ("the summit,
        where he held talks") or in a place phrase of it ("on the sidelines of the summit")."""
        summits = self.summit_heads
        for tok in chain:
            if tok.i in summits:
                return True
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "during", "in", "ahead", "before") and any(
                        t.i in summits for t in prep.subtree):
                    return prep.lower_ not in ("ahead", "before")  # before the summit is not at it
        return False

    def _joiner(self, trig: Token, sentence: Span) -> Mention | None:
        """'D and E also attended', 'Russia was represented by Lavrov': participants joining the gathering
        described before. With an object ("attended the summit", "a funeral") it is no joiner: a noun
        trigger speaks for itself, and other events are not interactions."""
        if trig.lemma_ == "attend":
            if any(c.dep_ in ("dobj", "prep") for c in trig.children):
                return None
            keys = self._subjects(trig, sentence)
        else:
            agents = [p for c in trig.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if not agents or any(c.dep_ == "dobj" for c in trig.children):
                return None
            keys = [k for a in agents for k in self._resolve(a, sentence)]
        if not keys:
            return None
        return Mention(InteractionType.SUMMIT, [(k, Role.PARTICIPANT) for k in keys], Status.OCCURRED, None, None,
                       None, None, sentence, anaphoric=True, confidence=0.5, trigger_lemma=trig.lemma_, joins=True)

    def _implicit_agent(self, trig: Token, taken: set[str]) -> str | None:
        tok = trig
        for _ in range(6):
            if tok.head == tok:
                break
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                if tok.lemma_ in REPORT_VERBS:
                    break
                for child in tok.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i < trig.i:
                        for key in self._resolve(child, trig.sent):
                            if key not in taken:
                                return key
                if tok.dep_ in ("xcomp", "conj") or tok.head.dep_ in ("conj",):
                    # "Wang arrived ... and is due to meet X before flying to Y for talks": the shared subject
                    for key in self._subjects(tok, trig.sent):
                        if key not in taken:
                            return key
        return None

    def _visit_host(self, participants, trig, gov, chain):
        """A visit's destination: the visited country ("visiting Japan", "a visit to China")."""
        keys = {k for k, _ in participants}
        if len(keys) >= 2:
            return participants
        for head in chain:
            for child in head.children:
                cand = []
                if child.dep_ == "dobj" and head.lemma_ == "visit":
                    cand = [child]
                    if child.ent_type_ != "GPE" and self.gaz.place(child.text):
                        # a capital the model did not tag: "visited Kyiv"
                        self.actors._country(self.doc[child.i:child.i + 1], self.gaz.country(child.text))
                elif child.dep_ == "prep" and child.lower_ in ("to", "in", "for"):
                    cand = [c for c in child.children if c.dep_ == "pobj"]
                for c in cand:
                    if c.ent_type_ not in ("GPE",) and not self.gaz.place(c.text):
                        continue
                    k = self.actors.actor_at(c)
                    if k is None:
                        continue
                    k = self.actors.country_key(k) or k
                    own = {self.actors.country_key(x) for x in keys}
                    if k not in keys and k not in own:
                        return participants + [(k, Role.HOST)]
        # "arrived in the Ethiopian capital": a nationality on the place noun
        for head in chain[:2]:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in ("to", "in"):
                    for pobj in child.children:
                        for mod in pobj.children:
                            if mod.dep_ in ("amod", "compound", "poss") and self.gaz.country(mod.text):
                                self.actors._country(self.doc[mod.i:mod.i + 1], self.gaz.country(mod.text))
                                k = self.actors.actor_at(mod)
                                if k not in keys:
                                    return participants + [(k, Role.HOST)]
        # "X arrived on Sunday for a three-day visit", filed from the host's capital: the dateline's country
        host = _dateline_country(self.article.dateline)
        here = any(c.lower_ == "here" and c.dep_ == "advmod" for t in chain[:2] for c in t.children)
        if host and keys and (trig.lemma_ not in MOTION_VERBS or here) and not any(
                (c.dep_ == "prep" and c.lower_ in ("to", "in")) or (c.dep_ == "dobj" and t == trig)
                for t in chain[:2] for c in t.children):
            key = f"country:{normalise_name(host)}"
            own = {self.actors.country_key(x) for x in keys}
            if key not in keys and key not in own:
                self.actors.actors.setdefault(key, DocActor(host, ActorKind.COUNTRY, first=trig.i))
                return participants + [(key, Role.HOST)]
        return participants

    def _calls_on(self, trig: Token) -> Token | None:
        """'X called on Y' (a courtesy call) when Y is a person: the person token, else None."""
        for c in trig.children:
            if c.lower_ == "on" and c.dep_ in ("prep", "prt"):
                objs = [o for o in c.children if o.dep_ == "pobj"] or [o for o in trig.children if o.dep_ == "dobj"]
                for o in objs:
                    k = self.actors.actor_at(o) or (self._definite_person(o) if o.lower_ in PERSON_NOUNS else None)
                    if k is None and (o.lower_ in PERSON_NOUNS or self.gaz.title(o.text)):
                        # "called on President of the Republic Alexander Stubb": the name inside the title phrase
                        inner = next((t for t in o.subtree if (self.actors.actor_at(t) or "").startswith("person:")),
                                     None)
                        if inner is not None:
                            return inner
                    if k and k.startswith("person:"):
                        return o  # ("called on the King": the king named before)
        return None

    def _trigger_is_event(self, trig: Token, gov: Token) -> bool:
        """Filter uses of trigger words that are not interactions."""
        if trig.dep_ == "pobj" and trig.head.lower_ == "without":
            return False  # "hosted a gathering without a separate session with the Chinese delegation"
        for tok in (trig, gov, gov.head if gov.dep_ in ("xcomp", "ccomp") else gov):
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
                return False  # "unless the countries agree on a deal": a condition, not an event
            if any(c.lower_ in HYPOTHETICAL_MODALS for c in tok.children if c.dep_ == "aux") and any(
                    a.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in CONDITIONAL_MARKS | {"once"}
                                              and m.i < a.i for m in a.children)
                    for a in tok.children):
                return False  # "he could meet Kim if (once) Pyongyang showed ...": a hypothetical
        if (_under(trig, OFFER_WORDS) or _under(gov, OFFER_WORDS) or any(
                c.lemma_ in OFFER_WORDS for t in (gov, gov.head) for c in t.children if c.dep_ == "acomp")) \
                and _rejected_offer(trig) is None:
            return False  # "stood ready to host negotiations", "offered to host a meeting": an offer
        if trig.pos_ in ("VERB", "AUX"):
            if trig.lemma_ == "expect" and (any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in trig.children) or not any(
                    c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                        p.ent_type_ == "GPE" or self.gaz.place(p.text) for p in c.children) for c in trig.children)):
                return False  # only "X is expected in Cairo next week" is a (planned) visit
            if trig.lemma_ == "call":
                if self._calls_on(trig):
                    return True
                if any(c.dep_ in ("prt", "oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "on", "off"))
                       for c in trig.children):
                    return False
            if trig.lemma_ in ("meet", "sign") and any(c.dep_ == "dobj" and c.lemma_ in ("target", "demand", "goal",
                                                                                          "deadline", "need", "law", "bill", "order", "decree", "requirement", "expectation", "standard", "criterion", "condition", "obligation")
                                                    for c in trig.children):
                return False
            if trig.lemma_ == "receive" and not any(c.dep_ in ("dobj", "nsubjpass") and (
                    c.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or c.lower_ in ("him", "her", "them")
                    or c.lower_ in GENERIC_OFFICIALS | {"delegation", "counterpart"}
                    or (self.actors.actor_at(c) or "").startswith("person:")) for c in trig.children) and not any(
                    c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                        (self.actors.actor_at(o) or "").startswith("person:") for o in c.children
                        if o.dep_ == "pobj" and o.ent_type_ == "PERSON")
                    for c in trig.children):
                return False  # "received X", "X was received by Y", "received in Rabat Mr. X"; not "received a letter"
            if trig.lemma_ in ("welcome", "greet") and not any(c.dep_ in ("dobj", "nsubjpass") and (
                    c.ent_type_ == "PERSON" or (self.actors.actor_at(c) or "").startswith("person:"))
                    for c in trig.children):
                return False  # "welcomed the decision", "greeted the news"
            if trig.lemma_ in MOTION_VERBS and any(c.dep_ == "dobj" for c in trig.children):
                return False  # "headed the Russian team", "left office": no journey
            if trig.lemma_ == "exchange" and not any(c.dep_ == "dobj" and c.lemma_ in ("view", "opinion", "idea")
                                                     for c in trig.children):
                return False  # "exchanged views on X" is talks; "exchanged prisoners" or "fire" is not
            if trig.lemma_ == "sit" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in trig.children):
                return False  # only "sat down with X" is a meeting
        if trig.lemma_.lower() in WEAK_NOUNS and gov.lemma_.lower() not in HOLD_VERBS | {"receive", "welcome", "invite"} \
                and not any(
                c.lower_ in PHONE_WORDS | VIDEO_WORDS for c in trig.children):
            return False  # "continue dialogue with X" is a stance; "hold a dialogue", "a phone conversation" are events
        if trig.tag_ == "NNS" and trig.lemma_ in ("visit", "meeting", "call", "summit", "trip", "agreement") and not any(
                c.dep_ in ("det", "nummod", "poss") or (c.dep_ == "prep" and c.lower_ == "with" and trig.lemma_ == "meeting")
                for c in trig.children):  # ("for meetings with Greer and Lutnick": named meetings, not a habit)
            return False  # "regular visits between Tokyo and Seoul": a habit, not an event
        if trig.lemma_ in ("host", "welcome") and trig.dep_ == "acl" and trig.head.i in self.trigger_heads:
            return False  # "their annual summit, hosted by Anwar": describes the summit, already counted
        if trig.lemma_ in ("host", "receive", "welcome") and any(
                c.dep_ == "prep" and c.lower_ == "for" and any(p.i in self.trigger_heads for p in c.children)
                for c in trig.children):
            return False  # "X hosted Y for talks": the talks are the interaction (with X as host)
        if trig.lemma_ == "conference" and not any(c.lower_ in VIDEO_WORDS | PHONE_WORDS or c.lower_.startswith("video")
                                                  for c in trig.children):
            return False  # a news conference is not a meeting; a video conference is a call
        if trig.pos_ not in ("VERB", "AUX") and trig.lemma_ in ("deal", "agreement", "accord", "treaty", "pact"):
            # "trade deal" as a topic ("talks on a trade deal") is not itself an agreement
            if trig.dep_ == "pobj" and trig.head.lower_ in ("on", "about", "over", "for", "toward", "towards"):
                return False
        return True

    # -- coreference ---------------------------------------------------------------------------------
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
                                  InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL))]  # a round is not a call
                target = next((prev for prev in candidates if prev.type is m.type), None)
                if target is None and m.type is not InteractionType.SUMMIT:
                    target = next(iter(candidates), None)
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
            elif not m.other_occasion:
                for prev in reversed(merged):
                    if prev.keys == m.keys and _compatible_type(prev.type, m.type) \
                            and (_compatible_date(prev.date, m.date) or _same_visit(prev, m)) \
                            and _compatible_status(prev.status, m.status) and not _remote_and_in_person(prev, m):
                        target = prev
                        break
                if target is None and len(m.keys) >= 2:
                    # "Kazakhstan and Uzbekistan signed an agreement" ... "Tokayev and Mirziyoyev signed the accord
                    # on 14 July": one event told at the level of countries and of their leaders
                    parties = {self.actors.party_of(k) for k in m.keys}
                    target = next((prev for prev in reversed(merged) if _compatible_type(prev.type, m.type)
                                   and TYPE_GROUP[prev.type] == TYPE_GROUP[m.type] and prev.keys != m.keys
                                   and {self.actors.party_of(k) for k in prev.keys} == parties
                                   and not all(k.startswith("person:") for k in prev.keys ^ m.keys)
                                   and _compatible_date(prev.date, m.date) and prev.status == m.status
                                   and not prev.other_occasion and not (prev.delegates or m.delegates)), None)
                if target is None and m.type is InteractionType.SUMMIT:
                    # one summit, its participants named over several sentences ("X welcomed A, B and C";
                    # "D and E also attended")
                    target = next((prev for prev in reversed(merged) if prev.type is InteractionType.SUMMIT
                                   and not prev.other_occasion and _compatible_date(prev.date, m.date)
                                   and _compatible_status(prev.status, m.status)), None)
            if m.at_summit and m.status is Status.OCCURRED:
                # who meets on a summit's sidelines attends the summit
                summit = next((prev for prev in reversed(merged) if prev.type is InteractionType.SUMMIT
                               and prev.status is Status.OCCURRED and _compatible_date(prev.date, m.date)), None)
                if summit is None and pending_summit is not None and _compatible_date(pending_summit.date, m.date):
                    summit = pending_summit
                if summit is not None:
                    summit.participants += [(k, Role.PARTICIPANT) for k, _ in m.participants if k not in summit.keys]
                    if summit is pending_summit and len(summit.keys) >= 2:
                        summit.anaphoric = False  # the summit named at last: kept, before its sideline talks
                        merged.append(summit)
                        pending_summit = None
            if target is None:
                if m.type is InteractionType.SUMMIT and pending_summit is not None \
                        and _compatible_date(pending_summit.date, m.date):
                    m.date = m.date or pending_summit.date  # the summit's first mention dates and places it
                    m.location = m.location or pending_summit.location
                    m.extra_sentences.insert(0, pending_summit.sentence)
                    known = m.keys
                    m.participants += [(k, role) for k, role in pending_summit.participants if k not in known]
                    pending_summit = None
                merged.append(m)
                continue
            _absorb(target, m)
        return merged

    def run(self) -> list[Mention]:
        for span in sorted(self.doc.spans.get(TRIGGERS_KEY, []), key=lambda s: s.start):
            mention = self.mention_for(span)
            if mention is not None:
                self.mentions.append(mention)
            self.mentions.extend(self.extra_mentions)
            self.extra_mentions.clear()
        # A trigger inside another trigger's phrase ("held talks ... during a visit") yields two mentions of
        # which the one with more participants is kept when both cover the same sentence and the same people.
        return self.merge(self.mentions)


def _shift_day(resolved: tuple[str, DatePrecision], days: int) -> tuple[str, DatePrecision]:
    """A resolved day moved by ``days`` ("a day after", "the next day", "on the eve of")."""
    return (dt.date.fromisoformat(resolved[0]) + dt.timedelta(days=days)).isoformat(), DatePrecision.DAY


def _anaphoric_day(span: Span) -> re.Match | None:
    """'later the same day', 'the next day', 'the day before': a day told relative to the story's own time."""
    return ANAPHORIC_DAYS.fullmatch(" ".join(span.text.lower().split()))


def _date_spans(span: Span) -> list[Span]:
    """DATE and TIME entities of ``span``, split at commas: the small model tags "Wednesday, two days" (in
    "on Wednesday, two days after he met X") as one date."""
    found = []
    for ent in span.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start = ent.start
        for tok in ent:
            if tok.text == ",":
                if tok.i > start:
                    found.append(ent.doc[start: tok.i])
                start = tok.i + 1
        if start < ent.end:
            found.append(ent.doc[start: ent.end])
    # and calendar days the tagger missed ("in Canberra on Jul 30" tagged as one FAC)
    covered = {t.i for e in span.ents if e.label_ in ("DATE", "TIME") for t in e}
    for tok in span:
        if tok.i in covered or tok.lower_.rstrip(".") not in CALENDAR_WORDS or not tok.text[0].isupper():
            continue
        start, end = tok.i, tok.i + 1
        if start > span.start and tok.nbor(-1).like_num:
            start -= 1  # "30 July"
        while end < span.end and end - tok.i < 3 and (span.doc[end].like_num or span.doc[end].text == ","):
            end += 1  # "July 30", "July 30, 2025"
        while end > tok.i + 1 and span.doc[end - 1].text == ",":
            end -= 1
        if tok.lower_ in WEEKDAY_WORDS or end - start > 1:
            found.append(span.doc[start: end])
    # "met a short while ago", "minutes ago" (live reports): not tagged either
    for tok in span:
        if tok.lower_ == "ago" and tok.i not in covered and any(c.dep_ == "npadvmod" for c in tok.children):
            found.append(span.doc[min(c.left_edge.i for c in tok.children): tok.i + 1])
    # "Later the same day", "the next day", "that evening": often not tagged at all
    for tok in span:
        if tok.i in covered or tok.lower_ not in ("day", "morning", "afternoon", "evening", "night") or tok.i < 2:
            continue
        start = tok.i - 1 if tok.nbor(-1).lower_ in ("that", "same", "next", "following", "previous") else None
        if start is not None and tok.nbor(-1).lower_ != "that" and tok.doc[start - 1].lower_ == "the":
            start -= 1
        if start is not None and start >= span.start:
            candidate = span.doc[start: tok.i + 1]
            if _anaphoric_day(candidate):
                found.append(candidate)
    return sorted(found, key=lambda e: e.start)


def _dates_a_clause(ent: Span) -> bool:
    """Whether a date phrase tells when a clause happened ("met on Friday", "In Belgrade on Tuesday, X
    said"), not when a thing is due ("an Aug 15 deadline", "by the end of the year")."""
    tok = ent.root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok != ent.root:
            return True
        if tok.dep_ not in ("pobj", "prep", "npadvmod", "advmod", "tmod") or tok.head == tok or (
                tok.dep_ == "prep" and tok.lower_ in SPAN_PREPS):
            return tok.dep_ == "ROOT"
        tok = tok.head
    return False


def _where_clause(tok: Token) -> bool:
    """'the summit, where he held talks': a relative clause set at its antecedent's time and place."""
    return tok.dep_ == "relcl" and any((c.lower_ in ("where", "when") and c.dep_ == "advmod") or (
        c.dep_ == "prep" and c.lower_ in ("during", "at", "on", "in") and any(o.lower_ == "which" for o in c.children))
        for t in [tok] + [x for x in tok.children if x.dep_ == "xcomp"] for c in t.children)
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


def _precision_rank(p: DatePrecision) -> int:
    return {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}[p]


def _event_part(chain: list[Token]) -> list[Token]:
    """The part of the chain whose dates are the event's: a date on "denied", "cancelled" or "announced"
    is the day of the denial or the announcement, not of the meeting. A refusal ("declined to meet him at
    the summit last November") happens when the meeting would have."""
    for n, tok in enumerate(chain):
        if n >= 1 and (tok.lemma_.lower() in (NEGATE_VERBS - REFUSE_VERBS) | REPORT_VERBS or _cancels(tok)):
            return chain[:n]
        if tok.dep_ in ("pcomp", "pobj") and _temporal_clause(tok):
            return chain[:n + 1]  # "will meet X on Friday before flying to Y for talks": Friday is not the talks'
    return chain


def _particle_verb(tok: Token, pairs: set[tuple[str, str]]) -> bool:
    """Whether ``tok`` with one of its particles is one of ``pairs`` (the particle parsed as prt or advmod)."""
    lemma = tok.lemma_.lower()
    return any((lemma, c.lower_) in pairs for c in tok.children if c.dep_ in ("prt", "advmod"))


def _cancels(tok: Token) -> bool:
    """'cancelled', 'postponed', 'called off', 'pushed back'."""
    return tok.lemma_.lower() in CANCEL_VERBS or _particle_verb(tok, CANCEL_PARTICLE_VERBS)


def _scheduled(tok: Token) -> bool:
    """A date under 'scheduled for' / 'planned for' before any cancelling or reporting word: the event's."""
    for _ in range(4):
        if tok.head == tok:
            return False
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma in ("schedule", "plan", "set", "slate", "due"):
            return True
        if lemma in NEGATE_VERBS | CANCEL_VERBS | REPORT_VERBS or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _inside_clause(tok: Token, top: Token) -> bool:
    """Whether a token of ``top``'s subtree sits in a clause of its own (relative, adverbial, complement)."""
    while tok != top and tok.head != tok:
        if tok.dep_ in ("relcl", "advcl", "ccomp", "acl"):
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
        if tok.lemma_.lower() in OFFER_WORDS | {"proposal", "invitation", "call", "request", "bid"} \
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
        return tok.lemma_.lower() in PERSON_NOUNS | {"envoy", "diplomat", "negotiator"}
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and post(c) for c in root.head.children)
    return any(c.dep_ == "appos" and post(c) for c in root.children) or (root.dep_ == "appos" and post(root.head))


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


def _compatible_type(a: InteractionType, b: InteractionType) -> bool:
    return TYPE_GROUP[a] == TYPE_GROUP[b]


def _remote_and_in_person(a: Mention, b: Mention) -> bool:
    """A call and talks held somewhere ("discussed trade in the Oval Office ... also spoke by phone on
    Sunday") are two events of the same pair."""
    remote = {InteractionType.PHONE_CALL, InteractionType.VIDEO_CALL}
    return any(x.type in remote and y.type not in remote and y.location for x, y in ((a, b), (b, a)))


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


def _compatible_status(a: Status, b: Status) -> bool:
    """Two statements of one interaction: the same status, or a plan and its cancellation."""
    return a == b or {a, b} == {Status.PLANNED, Status.CANCELLED}


def _absorb(target: Mention, m: Mention) -> None:
    if TYPE_SPECIFICITY[m.type] > TYPE_SPECIFICITY[target.type]:
        target.type = m.type
    if m.anaphoric:
        pass  # "The visit follows a trip last month": a back-reference's sentence dates something else
    elif target.date is None or (m.date and _precision_rank(m.date[1]) > _precision_rank(target.date[1])):
        target.date = m.date or target.date
    elif _same_visit(target, m) and m.date[0] < target.date[0]:
        target.date = m.date  # a visit is dated by its first day
    if m.status is Status.CANCELLED:
        target.status = Status.CANCELLED
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


def _trigger_table() -> dict:
    global _TRIGGERS
    if _TRIGGERS is None:
        _TRIGGERS = read_triggers()
    return _TRIGGERS


def _sentence_evidence(article: Article, sent: Span) -> Evidence:
    start, end = sent.start_char, sent.end_char
    text = article.text
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Evidence(article.doc_id, start, end, text[start:end], article.source, article.url, article.published)


def _most_specific(keys: list[str], actors: DocumentActors, hosts: set[str] = frozenset()) -> list[str]:
    """Participants at the most specific level: a country drops out when one of its persons takes part
    ("Thai Foreign Minister Maris spoke with his Cambodian counterpart Sok" is Maris and Sok)."""
    persons = [k for k in keys if k.startswith("person:")]
    affiliations = {actors.actors[k].organization for k in persons}
    keys = [k for k in keys if k not in affiliations]  # "PLO Chairman Arafat" is Arafat, not also the PLO
    represented = {normalise_name(actors.actors[k].country) for k in persons if actors.actors[k].country}
    countries = [k for k in keys if k.startswith("country:")]
    if len(persons) >= 2 and countries and len(countries) <= len(persons) and not hosts & set(countries):
        # named people with their countries: the countries are modifiers that leaked in ("the foreign
        # ministers of Armenia and Azerbaijan, X and Y"), not further parties
        return [k for k in keys if k not in countries]
    return [k for k in keys if not (k.startswith("country:") and k.split(":", 1)[1] in represented)]


def _dateline_country(dateline: str | None) -> str | None:
    """The country a story was filed from ("NEW DELHI" -> India), if the gazetteer knows its place."""
    place = _dateline_place(dateline)
    return gazetteer().country(place) if place else None


def _dateline_place(dateline: str | None) -> str | None:
    """The place of a dateline ("EVIAN-LES-BAINS, France" -> "Evian-Les-Bains"): where a wire story
    was filed is, unless the text says otherwise, where the in-person meetings it reports took place."""
    if not dateline:
        return None
    place = re.split(r"[,(]", dateline)[0].strip(" -:")
    if not place or len(place) > 40:
        return None
    place = place.title() if place.isupper() else place
    city = gazetteer().venue_city(place)  # "UNITED NATIONS" is filed from New York
    return f"{place}, {city}" if city else place


def extract(doc: Doc, article: Article) -> Extraction:
    """Actors and interactions of one article from its annotated Doc (made from ``article.text``).

    Example:
        >>> nlp = load_pipeline()  # doctest: +SKIP
        >>> art = Article("x", "Japanese Prime Minister Shigeru Ishiba met Scott Bessent on Friday.", date(2025, 7, 17))
        >>> extract(nlp(art.text), art).interactions[0].participants  # doctest: +SKIP
    """
    gaz = gazetteer()
    actors = DocumentActors(doc, gaz, article.dateline)
    finder = InteractionFinder(doc, article, actors)
    mentions = finder.run()
    used: dict[str, DocActor] = {}
    interactions = []
    for m in mentions:
        keys = _most_specific(list(dict.fromkeys(k for k, _ in m.participants)), actors,
                              {k for k, role in m.participants if role is Role.HOST})
        if len(keys) < 2:
            continue
        roles = {}
        for k, role in m.participants:
            roles.setdefault(k, role)
        parts = []
        for k in keys:
            used[k] = actors.actors[k]
            parts.append(Participant(actors.actors[k].freeze(article.published), roles[k]))
        location = m.location
        if location is None and m.channel is None and m.type not in (InteractionType.PHONE_CALL,
                                                                      InteractionType.VIDEO_CALL):
            location = _dateline_place(article.dateline)
        sentences = [m.sentence, *m.extra_sentences]
        evidence = tuple(_sentence_evidence(article, s) for s in sentences)
        date, precision = (m.date if m.date else (None, None))
        interactions.append(Interaction(
            type=m.type, participants=tuple(parts), status=m.status, date=date, date_precision=precision,
            location=location, topic=m.topic, channel=m.channel, evidence=evidence, confidence=m.confidence,
        ))
    frozen_actors = tuple(a.freeze(article.published) for a in sorted(used.values(), key=lambda a: a.first))
    return Extraction(article, frozen_actors, tuple(interactions))

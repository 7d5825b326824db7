"""The actors of one document: persons (NER names grouped by surname, with the titles before them),
countries (names, capitals, demonyms), institutions, and the token -> actor map the interaction rules use.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kgraph.model import (
    Actor,
    ActorKind,
    Post,
    normalise_name,
)
from kgraph.nlp.components import TITLES_KEY
from kgraph.nlp.gazetteer import Gazetteer, gazetteer
from kgraph.extract.lexicon import (
    ADDRESS_TITLES, APPOSITION_MODIFIERS, BODY_NOUNS, CALENDAR_WORDS, CAPITAL_HONORIFICS, DELEGATION_NOUNS, DOCUMENT_NOUNS,
    EVENT_NAME_WORDS, FACILITY_WORDS, HEADLINE_VERBS, HONORIFICS, INSTITUTIONAL_WORDS, PERSON_HONORIFICS, LEAD_VERBS,
    ROYAL_TITLES, NAME_PARTICLES, NAME_SUFFIXES, PATRONYMIC_PARTICLES, OCCASION_NAMES, PAIR_NOUNS, PERSON_NOUNS, REGION_WORDS, SPOUSE_WORDS,
    STATE_WORDS,
)
from kgraph.extract.syntax import _acts, _described_as_person, _drop_leading_days, _sent, _sentence
from kgraph.extract.timing import TIME_ENTS_KEY

_ADDRESS_WORDS = HONORIFICS | {"his", "her", "their", "royal"}  # (made once: a union in a rule is built at every test)
_NAME_AFFIXES = NAME_SUFFIXES | NAME_PARTICLES


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


class DocumentActors:
    """Actor mentions of one document, and the token -> actor map the interaction rules use."""

    def __init__(self, doc: Doc, gaz: Gazetteer, dateline: str | None = None):
        self.doc = doc
        self.gaz = gaz
        self.article_dateline = dateline  # where the story was filed ("the Republic" of a press release)
        self.ents = list(doc.ents)  # (doc.ents builds new spans at every call)
        doc.user_data[TIME_ENTS_KEY] = [e for e in self.ents if e.label_ in ("DATE", "TIME")]  # (for timing's rules)
        self.ent_at = {t: e for e in self.ents for t in range(e.start, e.end)}  # token index -> its entity
        # the tokens and the words read once: a walk of the Doc builds a Token per step, and the rules below walk it
        # several times
        self.tokens = list(doc)
        self.texts = [t.text for t in self.tokens]
        self.lowers = [t.lower_ for t in self.tokens]
        self.spaces = [t.whitespace_ for t in self.tokens]
        self.text = "".join([w + s for w, s in zip(self.texts, self.spaces)])  # (= doc.text, which walks the Doc again)
        self.titles = list(doc.spans.get(TITLES_KEY, []))  # (a SpanGroup builds new spans at every walk)
        self.title_tokens = {t for s in self.titles for t in range(s.start, s.end)}
        self.actors: dict[str, DocActor] = {}
        self.token_actor: dict[int, str] = {}
        self.group_members: set[str] = set()  # countries stood for by a group ("the five Nordic countries")
        self.surnames: dict[str, str] = {}
        self.paired_bodies: dict[int, list[str]] = {}  # tokens of a body two countries hold -> the two countries
        self._find_people()
        self._elder_and_younger()
        self._title_acronyms()
        self._find_countries_and_institutions()
        self.affiliations()
        self.delegation_countries()
        self.listed_countries()
        self.counterpart_posts()
        self.owned_persons()
        self.spouse_places = self._spouse_places()

    # -- people -------------------------------------------------------------------------------
    def _is_name_like(self, span: Span) -> bool:
        words = [t for t in span if not t.is_punct]
        texts, lowers = self.texts, [self.lowers[t.i] for t in words]  # (the words as read once for the document)
        if len(words) == 1 and (words[0].pos_ == "PRON" or lowers[0] in ("him", "he", "his", "her", "she",
                                                                        "they", "them")
                                or lowers[0].rstrip(".") in HONORIFICS):
            return False  # "may God assist Him" (but "He Lifeng" is a name)
        if words and all(low.rstrip(".") in _ADDRESS_WORDS for low in lowers):
            return False  # "His Highness" tagged as a person: a form of address, not a name
        if not words or len([low for low in lowers if low not in NAME_PARTICLES
                             and low.rstrip(".") not in HONORIFICS]) > 5:
            return False  # ("Mohammed bin Abdulrahman bin Jassim Al Thani": particles do not count)
        if any(t.is_digit or t.like_num for t in words):
            return False
        if not all(texts[t.i][:1].isupper() for t, low in zip(words, lowers)
                   if t.is_alpha and low not in NAME_PARTICLES
                   and not (t.i > 0 and texts[t.i - 1] == "-" and not self.spaces[t.i - 1])):
            return False  # lower-case words only as particles ("bin", "van") or after a hyphen ("Jae-myung")
        if any(low in EVENT_NAME_WORDS for low in lowers):
            return False  # "The 7th JMC Meeting", "Agree to Conclude Land Border Negotiations" (a headline)
        if len(set(lowers)) == 1 and len(words) > 1:
            return False  # "Loading Loading": a repeated word is boilerplate, not a name
        text = span.text
        if self.gaz.country(text) or self.gaz.title(text) or self.gaz.institution(text):
            return False
        if len(words) > 1 and words[-1].i in self.title_tokens and words[-2].i in self.title_tokens:
            return False  # "Egypt's Assistant Foreign Minister": a post that ends in a title, not a name
        return True

    def _extend_name(self, span: Span) -> Span:
        """The small model often cuts a name short ("Lee Hsien" + "Loong"): take the capitalised proper
        nouns that follow in the same noun phrase."""
        end = span.end
        while end < len(self.doc) and end - span.start < 8:
            tok = self.doc[end]
            if tok.text == "-" and not self.doc[end - 1].whitespace_ and not tok.whitespace_ \
                    and end + 1 < len(self.doc) and self.doc[end + 1].is_alpha and not (
                        end + 2 < len(self.doc) and _pair_noun(self.doc[end + 2])):
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
            if tok.head.i not in range(span.start, end + 1) and tok.i not in heads and tok.head.i not in heads \
                    and tok.i not in {self.doc[h].head.i for h in heads}:
                break  # "Mohammed bin Abdulrahman" + "Al Thani": the same noun phrase, the same name (and "Prime
                # Minister [Rodrigo Valdes] Pinto", the name hung on the title that hangs on its last word)
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
            if start >= 3 and self.doc[start - 2].text in ("-", "–") and not self.doc[start - 3].whitespace_ \
                    and not self.doc[start - 2].whitespace_ and self.gaz.place(self.doc[start - 3:start].text):
                break  # "of Timor-Leste Bendito dos Santos Freitas": "Leste" ends a country's name, not begins his
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha or tok.ent_type_ \
                    or tok.dep_ != "compound" or tok.head.i not in range(start, span.end) \
                    or self.gaz.title(tok.text) or self.gaz.country(tok.text) or tok.lower_ in HONORIFICS \
                    or tok.i in self.title_tokens:
                break
            start -= 1
        return self.doc[start:span.end] if start < span.start else span

    def _after_post(self, name: Span) -> bool:
        """'met his Japanese counterpart [Rodrigo Valdes Pinto]', 'Prime Minister [Wanjiru Kamau]': a name the
        tagger called an organisation right after a person's post."""
        before = self.doc[name.start - 1] if name.start else None
        if before is not None and before.text == "," and name.start >= 2:
            before = self.doc[name.start - 2]  # ("his Ghanaian and Colombian counterparts, [Rodrigo Valdes Pinto]")
            if before.lower_ not in ("counterpart", "counterparts"):
                return False
        return before is not None and (before.lower_ in ("counterpart", "counterparts") or any(
            s.end == before.i + 1 for s in self.titles))

    def _strip_title(self, span: Span) -> Span:
        """The name in "President Donald Trump" when the NER span swallowed the title."""
        titles = sorted((s for s in self.titles if s.end > span.start and s.end < span.end
                         and not _given_name_amir(s)),
                        key=lambda s: s.start)  # (also one begun before the entity: "Foreign Ministry [Spokeswoman X]")
        if titles and (titles[0].start <= span.start or all(
                self.gaz.country(t.text) or t.ent_type_ == "NORP" or t.lower_.rstrip(".") in HONORIFICS
                for t in self.doc[span.start:titles[0].start])):  # ("[His] Majesty King Mohammed VI")
            # (also "Kazakh President Kassym-Jomart Tokayev": a nationality before the title)
            return self.doc[max(s.end for s in titles if s.start < span.end):span.end]
        doc = self.doc
        if len(span) >= 3 and span.start >= 2 and doc[span.start - 1].lower_ == "of" \
                and any(t.end == span.start - 1 for t in self.titles) and self.gaz.country(span[0].text) \
                and span[1].text[:1].isupper():
            # "President of Turkmenistan Serdar Berdimuhamedov" with the country inside the name: the title's
            # country, then the name
            return span[1:]
        return span

    def _find_people(self) -> None:
        doc = self.doc
        spans: list[Span] = []
        for ent in self.ents:
            if ent.label_ == "PERSON":
                name = _drop_leading_days(self._strip_title(ent))
                if _names_a_pair(name):
                    continue  # "a Jaishankar-Ma meeting", "Cho-Iwaya phone talks" tagged as one person: two people
                place = name.root if name.root.dep_ != "conj" else name.root.head
                if (place.dep_ == "pobj" and place.head.lower_ in ("in", "to", "at", "from", "near", "into", "between")
                        or place.dep_ == "dobj" and place.head.lemma_ in ("visit", "tour", "reach")) \
                        and self.gaz.city(name.text):
                    continue  # "flew to Busan", "flights between São Paulo and Luanda", "is due to visit Kandy" with the
                    # city tagged a person
                after = name.end + 1 if name.end + 1 < len(doc) and doc[name.end].lower_ == "in" else None
                if place.dep_ == "pobj" and place.head.lower_ == "at" and after is not None and (
                        doc[after].ent_type_ in ("GPE", "LOC") or self.gaz.place(doc[after].text)
                        or self.gaz.city(doc[after].text)):
                    continue  # "received at Qasr Al Bahr in Abu Dhabi" with the palace tagged a person: somewhere in
                    # a city is a venue, not a person
                if self.gaz.country(re.sub(r"(?:'|’|'s|’s)$", "", name.text).strip()):
                    continue  # "Solomon Islands'" (of "Solomon Islands' Jeremiah Manele") tagged as a person
                parts = [p.strip() for p in name.text.split("-")]
                if len(parts) >= 2 and all(p and (self.gaz.place(p) or self.gaz.city(p)) for p in parts):
                    continue  # "the Dakar-Bamako transport corridor" tagged as a person: two places
                demonym = self.gaz.place(name[0].text) if len(name) else None
                if demonym is not None and (demonym.how == "demonym" or len(name) == 1):
                    continue  # "Azerbaijani" (+ "Foreign" Minister ...) tagged PERSON: a nationality; "Vanuatu"
                    # (+ "Prime" Minister ...): a country, as the gazetteer decides below
                name = _trim(self._extend_name(self._extend_left(name)))
                if len(name) and self._is_name_like(name) and not any(t.text == "," for t in name):
                    spans.append(name)  # ("between Fiqi, Gedion and X" tagged as one name: two, named before)
        spans = [s for s in spans if not any(o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in spans)]
        # ("Mohamed Salem" + "Ould Merzoug" tagged apart, the first extended over the second: one name)
        # Document-level consistency: a name the tagger called a facility or a place is a person when its words
        # name a person elsewhere in the text, or when a country owns it ("Brazil's Luiz Inácio Lula da Silva").
        person_words = {t.lower_ for s in spans for t in s if t.is_alpha and len(t) >= 3}
        for ent in self.ents:
            if ent.label_ in ("FAC", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT") and (
                    len(ent) >= 2 or ent.label_ in ("ORG", "GPE") and not ent.text.isupper() and _described_as_person(ent)):
                # (and one word: "Odongo, Uganda's foreign minister, said", with "Odongo" tagged a place)
                name = _trim(self._extend_left(_drop_leading_days(self._strip_title(ent))))
                if _names_a_pair(name):
                    continue
                inner = next((t for t in name if t.text in ("'s", "’s")), None)
                if inner is not None and inner.i + 1 < name.end and self.gaz.country(doc[name.start:inner.i].text):
                    name = doc[inner.i + 1:name.end]  # "Tuvalu's Teo" tagged as one organisation: Teo, of Tuvalu
                words = [t for t in name if t.is_alpha]
                owner = doc[name.start - 2] if name.start >= 2 and doc[name.start - 1].text in ("'s", "’s") else None
                of_country = owner is not None and self.gaz.country(owner.text) is not None \
                    and ent.label_ != "EVENT" and words[-1].lower_ not in OCCASION_NAMES | REGION_WORDS
                # ("Brazil's Lula", not "Mauritania's Independence Day" or "China's Guangdong Province")
                if words and not any(t.text == "," for t in name) and (
                        words[-1].lower_ in person_words or words[0].lower_ in person_words or of_country
                              or (ent.label_ in ("ORG", "FAC", "GPE") and len(words) <= 3 and (
                                  _described_as_person(name) or self._after_post(name))
                                  and words[-1].lower_ not in FACILITY_WORDS)) \
                        and self._is_name_like(name) and not self.gaz.place(name.text) \
                        and not self.gaz.institution(name.text) and not _looks_institutional(name) \
                        and not any(s.start <= name.start < s.end for s in spans):
                    spans.append(name)
        # An untagged name the sentence describes with a person's post ("Hugh Todd has been Guyana's foreign
        # minister since 2020", "X, the defence minister, said"), or that a country owns ("talks with Cambodia's
        # Prak Sokhonn"), is a person.
        for tok in self.tokens:
            if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ not in ("nsubj", "nsubjpass", "appos", "pobj", "dobj",
                                                                        "conj") or not tok.text[:1].isupper():
                continue
            start = tok.i
            while start > _sent(tok).start and not doc[start - 1].ent_type_ and (
                    doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" or (
                        doc[start - 1].text == "-" and start - 2 >= _sent(tok).start and doc[start - 2].pos_ == "PROPN"
                        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_)):
                start -= 1  # ("Hugh Todd", "Jean-Yves Le Drian")
            name = doc[start:tok.i + 1]
            owned = start >= 2 and doc[start - 1].text in ("'s", "’s") and doc[start - 2].ent_type_ == "GPE" \
                and self.gaz.country(doc[start - 2].text) is not None \
                and tok.lower_ not in OCCASION_NAMES | REGION_WORDS
            if len(name) >= 2 and (owned and not _looks_institutional(name) or tok.dep_ in (
                    "nsubj", "nsubjpass", "appos") and _described_as_person(name)) and self._is_name_like(name) \
                    and not self.gaz.place(name.text) and not self.gaz.institution(name.text) \
                    and not any(s.start < name.end and name.start < s.end for s in spans):
                spans.append(name)
        # A capitalised name right after a title is a person, whatever NER called it.
        for title in self.titles:
            end = self._after_of_country(title.end)[0]  # "Foreign Minister of Tajikistan Sirojiddin Muhriddin"
            while any(t.start == end for t in self.titles):
                end = max(t.end for t in self.titles if t.start == end)  # "Foreign Minister Prince"
            stop = end
            while stop < len(doc) and stop - end < 6 and (
                    doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper() and stop - end < 4
                    or doc[stop].lower_ in NAME_PARTICLES and stop > end and stop + 1 < len(doc)
                    and doc[stop + 1].text[:1].isupper()):  # ("Minister X Bendito dos Santos Freitas")
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
        # A capitalised name right after an honorific only people take ("the Hon Tim Watts", "Datuk Seri
        # Anwar Ibrahim", "Mr Peters"), whatever NER called it.
        for tok, lower, text in zip(self.tokens, self.lowers, self.texts):
            if lower.rstrip(".'") not in PERSON_HONORIFICS and text not in CAPITAL_HONORIFICS or not text[:1].isupper():
                continue
            start = _after_honorifics(doc, tok.i + 1, min(len(doc), tok.i + 3))
            while start < len(doc) and start in self.title_tokens and start - tok.i < 4:
                start += 1  # "H.H. Prince Faisal bin Farhan": the name after the rank
            stop = start
            while stop < len(doc) and stop - start < 8 and (
                    doc[stop].pos_ in ("PROPN", "NOUN") and doc[stop].text[:1].isupper()
                    and (doc[stop].is_alpha or "'" in doc[stop].text or "-" in doc[stop].text)
                    or doc[stop].lower_ in NAME_PARTICLES and stop > start and stop + 1 < len(doc)
                    and doc[stop + 1].text[:1].isupper()):  # ("Dr. Abdullatif bin Rashid Al Zayani")
                stop += 1
            if stop > start:
                cand = _trim(doc[start:stop])
                if len(cand) and self._is_name_like(cand) and not _looks_institutional(cand) \
                        and not self.gaz.place(cand.text) and not self.gaz.title(cand[0].text) \
                        and not any(s.start < cand.end and cand.start < s.end for s in spans):
                    spans.append(cand)
        # A name only ever used to modify a common noun ("the Akorda press service", "the Kun.uz website") names
        # a body or an outlet, not a person; one that also acts elsewhere stays ("the Trump administration")
        modifier_only: dict[str, bool] = {}
        for span in spans:
            modifier = span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN" and span.root.head.i >= span.end
            key = normalise_name(span.text)
            modifier_only[key] = modifier_only.get(key, True) and modifier
        spans = [s for s in spans if not modifier_only[normalise_name(s.text)] or len(s) > 1]
        # A name the text always writes after "the" ("discussed Sudan, the Sahel and Somalia", "water from the Syr
        # Darya") names a region, a river or a thing: a person's name takes no article (a title or an honorific
        # between them is no article: "the Hon Penny Wong", "the Amir Sheikh X")
        after_the: dict[str, bool] = {}
        for span in spans:
            key = normalise_name(span.text)
            after_the[key] = after_the.get(key, True) and span.start > 0 and doc[span.start - 1].lower_ == "the" \
                and span.start not in self.title_tokens and span[0].lower_.rstrip(".'") not in PERSON_HONORIFICS
        spans = [s for s in spans if not after_the[normalise_name(s.text)]]
        spans.sort(key=lambda s: (s.start, -len(s)))
        # Full names first, so that later surname-only mentions attach to them.
        for span in sorted(spans, key=lambda s: (-len(s), s.start)):
            self._add_person(span)
        # Other entities, or bare proper nouns, equal to a known surname are that person.
        for ent in self.ents:
            if ent.label_ != "PERSON" and len(ent) <= 2 and normalise_name(ent.text) in self.surnames:
                if not self.gaz.country(ent.text):
                    self._link(ent, self.surnames[normalise_name(ent.text)])
        for token, word, text in zip(self.tokens, self.lowers, self.texts):
            if word not in self.surnames and not word.isascii():
                word = normalise_name(text)  # "Peña" after "Santiago Peña": surnames are kept without accents
            if token.i not in self.token_actor and word in self.surnames and text[:1].isupper() \
                    and token.pos_ in ("PROPN", "NOUN", "ADJ", "X") and not token.ent_type_ in ("NORP", "DATE") \
                    and not (token.ent_type_ == "GPE" and self.gaz.place(token.text)) \
                    and not self._in_unknown_hyphenated(token):  # ("Von der Leyen" with "Leyen" tagged a place)
                self._link(doc[token.i:token.i + 1], self.surnames[word])

    def _elder_and_younger(self) -> None:
        """'the elder Haftar' after "Saddam Haftar, the son of ... Khalifa Haftar", 'the elder Berdimuhamedov' after
        "Serdar Berdimuhamedov ... his father, Gurbanguly Berdimuhamedov": of the two people of that family name the
        story names, the parent the kinship words point at ("son of X", "his father, X"); 'the younger' the other."""
        if " elder " not in self.text and " younger " not in self.text:
            return
        parents, children = set(), set()
        for m in re.finditer(r"\b(?:(?:son|daughter) of|(father|mother),|(son|daughter),)\s", self.text):
            start = self.doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
            after = next(self.persons_after(start.end + 1, start.end + 8), None) if start is not None else None
            if after is not None:
                (children if m.group(2) else parents).add(after[1])  # ("his son, X": X is the child)
        for i, word in enumerate(self.lowers[1:], 1):
            key = self.token_actor.get(i)
            if self.lowers[i - 1] not in ("elder", "younger") or key is None or not key.startswith("person:"):
                continue
            family = [k for k in self.actors if k.startswith("person:") and k.rsplit(" ", 1)[-1] == key.rsplit(" ", 1)[-1]]
            parent = [k for k in family if k in parents] or [k for k in family if k not in children]
            if len(family) == 2 and len(parent) == 1:
                chosen = parent[0] if self.lowers[i - 1] == "elder" else next(k for k in family if k != parent[0])
                self.token_actor[i] = chosen
                self.actors[chosen].aliases.add(self.texts[i])

    def _title_acronyms(self) -> None:
        """A post's initials stand for the one person holding it here: "External Affairs Minister Dr. S. Jaishankar
        ... EAM co-chaired the meeting" (ministry releases), "PM", "FM"."""
        holders: dict[str, set[str]] = {}
        for key, actor in self.actors.items():
            if key.startswith("person:") and actor.title and len(actor.title.split()) >= 2:
                holders.setdefault("".join(w[0] for w in actor.title.split()).upper(), set()).add(key)
        single = [initials for initials, keys in holders.items() if len(keys) == 1 and initials.isupper()]
        found = (self.doc.char_span(m.start(), m.end()) for m in re.finditer(
            r"\b(?:" + "|".join(map(re.escape, single)) + r")\b", self.text)) if single else ()
        for token in (span[0] for span in found if span is not None and len(span) == 1):  # (no walk of every token)
            keys = holders[token.text]
            if token.i not in self.token_actor and token.is_upper:
                key = next(iter(keys))
                if self.actors[key].first < token.i:
                    self._link(self.doc[token.i:token.i + 1], key)

    def _in_unknown_hyphenated(self, token: Token) -> bool:
        """Whether a token is hyphenated to a capitalised word that names no one here: "Jean" in "Jean-Yves" (but
        not "Bislimi" in "the Bislimi-Petkovic meeting", two people)."""
        return any(other is not None and other.text[:1].isupper() and normalise_name(other.text) not in self.surnames
                   and other.lower_ not in NAME_PARTICLES  # (but "Al-Sisi" is Sisi)
                   for other in _hyphen_partners(token))

    def _add_person(self, span: Span) -> None:
        """Register a person name; its first and last words become short forms of it in this document
        ("Bessent", and "Wang" or "Xi" for names written family name first)."""
        # "Sheikh Mohamed bin Zayed", "Mr Peters", "Dr. Tedros", "the Hon Penny Wong": the name without the honorific
        span = span.doc[_after_honorifics(span.doc, span.start, span.end - 1):span.end]
        while len(span) > 2 and span.start in self.title_tokens and span[1].text[:1].isupper() \
                and not _given_name_amir(span[0:1]):
            span = span[1:]  # "H.H. Prince Faisal bin Farhan": the name after the rank (but "King Salman" stays)
        while len(span) > 1 and span[-1].lower_ in HEADLINE_VERBS:
            span = span[:-1]  # "Foreign Minister Sugiono Holds Bilateral Meeting": the name without the headline's verb
        words = [t for t in span if not t.is_punct]
        full = normalise_name(span.text)
        key = self.surnames.get(full)
        if len(words) == 1 and key is not None and (self.actors[key].title or "") not in ROYAL_TITLES:
            royal = next((t for t in self.titles if t.end == span.start
                          and t.text in ("King", "Queen", "Sultan", "Emperor", "Empress")), None)
            if royal is not None:
                # "Malaysia's King, Sultan Ibrahim" after "Prime Minister Anwar Ibrahim": a monarch of that name,
                # not the minister
                span = self.doc[royal.start:span.end]
                words, full = [t for t in span if not t.is_punct], normalise_name(span.text)
                key = self.surnames.get(full)
        if key is None and len(words) == 2:
            # "Mr. IWAYA Takeshi" (a ministry's readout) after "Takeshi Iwaya", "Szijjártó Péter" after "Péter
            # Szijjártó": the family name first, the same person
            key = self.surnames.get(normalise_name(f"{words[1].text} {words[0].text}"))
            key = key if key and self.surnames.get(normalise_name(words[0].text)) == key else None
        if key is None and len(words) > 1:
            # "Abdi Ali" after "Abdisalam Abdi Ali": the end (or the start) of a longer name known here
            # (not "Mohamed bin Zayed" after "Hamdan bin Mohamed bin Zayed": his father, named after "bin")
            key = next((k for k in self.actors if k.startswith("person:") and (
                k.endswith(" " + full) and k[:-len(full) - 1].rsplit(" ", 1)[-1] not in PATRONYMIC_PARTICLES
                or k[len("person:"):].startswith(full + " "))), None)
        if key is None:
            key = f"person:{full}"
            self.actors.setdefault(key, DocActor(span.text, ActorKind.PERSON, {span.text}, first=span.start))
        if len(words) > 1:
            # last and first words first (surname; family name first), then middle ones ("Lula")
            for short in (words[-1], words[0], *words[1:-1]):
                if short.is_alpha and len(short) >= 2 and short.lower_ not in _NAME_AFFIXES \
                        and not self.gaz.title(short.text) and not (short != words[-1] and _in_hyphenated(short)):
                    # (not "Jean" of "Jean-Noël Barrot", which would make "Jean-Yves Le Drian" him; but "al-Sisi")
                    self.surnames.setdefault(normalise_name(short.text), key)
        self.surnames.setdefault(full, key)
        self._link(span, key)

    def _link(self, span: Span, key: str) -> None:
        actor = self.actors[key]
        actor.aliases.add(span.text)
        for i in range(span.start, span.end):  # (the span's tokens, with no Token built)
            self.token_actor.setdefault(i, key)
        if actor.kind is ActorKind.PERSON:
            self._attach_title(span, actor)

    def _after_of_country(self, end: int) -> tuple[int, str | None]:
        """Where a name would start after a title followed by "of [the] COUNTRY [(ACRONYM)]", and the country
        (``end`` unchanged and None when no such phrase follows)."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return end, None
        start = end + 1 + (doc[end + 1].lower_ == "the")
        if start < len(doc) and doc[start].lower_ in STATE_WORDS and doc[start].text[:1].isupper() and not (
                start + 1 < len(doc) and doc[start + 1].lower_ == "of"):  # (not "of the Republic of Indonesia")
            # "President of the Republic Alexander Stubb": the republic the story is filed from
            return start + 1, _dateline_country(self.article_dateline)
        for size in (5, 4, 3, 2, 1):
            words = doc[start:start + size]
            if start + size > len(doc) or not (words[0].text[:1].isupper() and words[-1].text[:1].isupper() and all(
                    t.text[:1].isupper() or t.lower_ in ("of", "'s", "’s", "the", "and", "-", "–") for t in words)):
                continue  # ("of the People's Republic of China")
            country = self.gaz.country(doc[start:start + size].text)
            if country:
                after = start + size
                if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
                    after += 3  # "(PNG)"
                return after, country
        return end, None

    def named_after_countries(self, start: int, count: int | None) -> tuple[list[str], list[str]]:
        """After a title (from ``start``): 'of Oman, Badr Albusaidi', 'of Brazil to Indonesia, Carla Bastos', 'of
        Britain and Germany, Jonathan Powell and Günter Sautter'. The countries the phrase joins with "and",
        and the people named after its comma: ``count`` of them (None: one per country), else none."""
        doc = self.doc
        end, country = self._after_of_country(start)
        if country is None:
            return [], []
        countries = [country]
        while end + 1 < len(doc) and doc[end].lower_ in ("and", "to"):
            nxt = end + 1 + (doc[end + 1].lower_ == "the")
            key = self.token_actor.get(nxt, "")
            if not key.startswith("country:"):
                break
            if doc[end].lower_ == "and":  # (not the country a post is "to")
                countries.append(self.actors[key].name)
            while nxt < len(doc) and self.token_actor.get(nxt) == key:
                nxt += 1
            end = nxt
        if end + 1 >= len(doc) or doc[end].text != ",":
            return countries, []
        wanted = len(countries) if count is None else count
        named: list[str] = []
        i = end + 1
        while len(named) < wanted:
            i = self.name_start(i)
            key = self.token_actor.get(i, "")
            if not key.startswith("person:"):
                break
            named.append(key)
            while i < len(doc) and self.token_actor.get(i) == key:
                i += 1
            if i < len(doc) and doc[i].lower_ in ("and", ","):
                i += 1
        return countries, named if len(named) == wanted else []

    def listed_countries(self) -> None:
        """'The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov': each person
        is of the country in the same place of the list."""
        for title in self.titles:
            countries, named = self.named_after_countries(title.end, None)
            for country, key in zip(countries, named):
                if self.actors[key].country is None:
                    self.actors[key].country = country

    def counterpart_posts(self) -> None:
        """'Kenya's foreign minister received his Ugandan counterpart, Jeje Odongo': Odongo holds the same post
        (so "the Ugandan minister" and "the two foreign ministers" can find him)."""
        doc = self.doc
        found = (doc.char_span(m.start(), m.end()) for m in re.finditer(r"\bcounterparts?\b", self.text, re.IGNORECASE))
        for tok in (span[0] for span in found if span is not None):  # (a search of the text: no walk of every token)
            named = [self.token_actor[c.i] for c in tok.children if c.dep_ in ("appos", "compound")
                     and self.token_actor.get(c.i, "").startswith("person:")]
            if not named and tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":
                after = _after_honorifics(doc, tok.i + 2, min(len(doc), tok.i + 5))
                named = [self.token_actor[after]] if self.token_actor.get(after, "").startswith("person:") else []
            title = self._owner_title(tok)
            country = self.modifier_country(tok)
            for key in named:
                if title is not None and self.actors[key].title is None:
                    self.actors[key].title = title
                if country is not None and self.actors[key].country is None:
                    self.actors[key].country = country  # ("his Ugandan counterpart, X": of Uganda)

    def token_country(self, token: Token) -> str | None:
        """The country a word names, alone or as part of a longer name ("Islands" of "Solomon Islands")."""
        key = self.token_actor.get(token.i, "")
        if key.startswith("country:"):
            return self.gaz.country(self.actors[key].name) or self.actors[key].name
        return self.gaz.country(token.text) if token.ent_type_ in ("GPE", "NORP") else None

    def word_country(self, token: Token) -> str | None:
        """The country a modifier names: a country word ("Ugandan"), or a word of a longer country name; not a
        word of a longer name that names none ("a Latin American tour", "South American leaders": a region)."""
        if token.i in self.token_actor:
            return self.gaz.country(token.text) or self.token_country(token)
        return None if self._in_longer_name(token) else self.gaz.country(token.text)

    @staticmethod
    def _in_longer_name(token: Token) -> bool:
        """Whether a word is one of several words the tagger reads as one name ("Latin American"; not a pair
        joined by a hyphen, "Saudi-Iranian")."""
        doc = token.doc
        return (token.ent_iob_ == "I" and doc[token.i - 1].is_alpha) or (
            token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I" and doc[token.i + 1].is_alpha)

    def _spouse_places(self) -> list[int]:
        """Where a person is named as someone's spouse ("Erdogan and his wife Emine", "accompanied by First Lady X"):
        the name's first word after the word (titles skipped). See ``spouses``."""
        places = []
        for i, word in enumerate(self.lowers):
            if word in SPOUSE_WORDS or word == "lady" and i and self.lowers[i - 1] == "first":
                nxt = i + 1
                while nxt < len(self.tokens) and nxt - i <= 3 and (nxt in self.title_tokens or self.lowers[nxt] in HONORIFICS):
                    nxt += 1  # ("his wife, Dr. X", "First Lady Mrs X")
                if nxt < len(self.tokens) and self.texts[nxt][:1].isupper():
                    places.append(nxt)
        return places

    @property
    def spouses(self) -> set[str]:
        """The persons named as someone's spouse: they come along, they are not parties to the talks (see
        ``extract._most_specific``). Read when asked: a name the tagger missed becomes a person later."""
        return {k for i in self.spouse_places for k in [self.token_actor.get(i)]
                if k and (k.startswith("person:") or not self.gaz.place(self.texts[i]))}
        # ("his wife Lordina" with "Lordina" tagged a place: whatever the tagger made of the name)

    def owned_persons(self) -> None:
        """A person still without a country takes the one a country name of two or more words gives just before
        the name or its post, as the gazetteer's one-word look-ups while reading titles cannot: "Solomon Islands'
        Jeremiah Manele", "Sri Lankan Prime Minister X", "the Solomon Islands leader, X", "his Peruvian host, X"."""
        doc = self.doc
        for i, key in sorted(self.token_actor.items()):
            actor = self.actors[key]
            if not key.startswith("person:") or actor.country or self.token_actor.get(i - 1) == key:
                continue
            j = i - 1
            while j >= 0 and j in self.title_tokens:
                j -= 1  # "Solomon Islands Prime Minister X"
            owned = j >= 1 and doc[j].text in ("'s", "’s", "'", "’")
            if owned:
                j -= 1  # "Solomon Islands' X"
            country = None
            if j >= 0 and (owned or j < i - 1 or doc[j].ent_type_ == "NORP"):
                country = self.token_country(doc[j])  # (not "In Beijing Putin said": a place before a bare name)
            if country is None and j == i - 1 and j >= 1 and doc[j].text == ",":
                post = doc[j - 1]  # "the Solomon Islands leader, X", "his Peruvian host, X"
                if post.lower_ in PERSON_NOUNS | {"counterpart", "host", "guest", "visitor"} or self.gaz.title(post.text):
                    country = next((c for m in post.children if m.dep_ in ("amod", "compound", "poss")
                                    for c in [self.token_country(m)] if c), None)
            if country is not None:
                actor.country = country

    def modifier_country(self, token: Token) -> str | None:
        """The country a modifier of ``token`` names ("his Ugandan counterpart", "her Italian counterpart")."""
        return next((country for c in token.children if c.dep_ in ("amod", "compound")
                     for country in [self.word_country(c)] if country), None)

    def name_start(self, i: int) -> int:
        """Where a name starts from token ``i`` on, past the honorifics and the titles that open it ("Mr Samuel
        Ablakwa", "Ambassador Khaled ...")."""
        i = _after_honorifics(self.doc, i, min(len(self.doc), i + 3))
        while i in self.title_tokens:
            i += 1
        return i

    def _owner_title(self, counterpart: Token) -> str | None:
        """The post of whoever 'his counterpart' belongs to: the possessor named, or the subject of the clause."""
        owner = next((c for c in counterpart.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in ("his", "her", "their"):
            verb = next((a for a in counterpart.ancestors if a.pos_ in ("VERB", "AUX")), None)
            owner = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        if owner is None:
            return None
        key = self.token_actor.get(owner.i, "")
        if key.startswith("person:"):
            return self.actors[key].title
        span = next((s for s in self.titles if s.start <= owner.i < s.end), None)
        return span.label_ if span is not None else None

    def _attach_title(self, span: Span, actor: DocActor) -> None:
        """Title and country from the words just before a name: "Japanese Prime Minister Shigeru Ishiba"."""
        doc = self.doc
        before = [s for s in self.titles if s.end <= span.start and span.start - s.end <= 1]
        title_span = before[-1] if before else None
        if title_span is not None and title_span.text in ROYAL_TITLES:
            # "Foreign Minister Prince Faisal bin Farhan": the office, not the rank
            # ("the Crown Prince Sheikh Sabah", "the Amir Sheikh Meshal": the office before a form of address, royal or not)
            office = next((s for s in self.titles if s.end == title_span.start
                           and (s.text not in ROYAL_TITLES or title_span.text in ADDRESS_TITLES)), None)
            if office is None and title_span.text in ADDRESS_TITLES:
                # "the Amir of the State of Qatar Sheikh Tamim": the office of a country, before the form of address
                office = next((s for s in self.titles if title_span.start - 8 <= s.end < title_span.start
                               and self._after_of_country(s.end)[0] == title_span.start), None)
                if office is not None and actor.country is None:
                    actor.country = self._after_of_country(office.end)[1]
            title_span = office or title_span
        address = None
        if title_span is not None and title_span.text in ADDRESS_TITLES:
            # "His Highness Sheikh Mohamed bin Zayed, President of the UAE,": a form of address, with no office
            # before it; the office, if any, is told after the name (kept as the title only when none is)
            address, title_span = title_span, None
        if title_span is None:
            # "Foreign Minister of Tajikistan Sirojiddin Muhriddin", "Prime Minister of Papua New Guinea (PNG) X"
            for s in self.titles:
                if not span.start - 14 <= s.end < span.start:
                    continue  # (only a title just before the name can be its)
                end, country = self._after_of_country(s.end)
                if _after_honorifics(doc, end, span.start) == span.start and country and s.end < end:
                    # (and "Foreign Minister of the Islamic Republic of Iran Seyed Abbas Araghchi")
                    title_span = s
                    if actor.country is None:
                        actor.country = country
                    break
        if title_span is None:
            # "Japan's top trade negotiator Ryosei Akazawa" / "Ryosei Akazawa, Japan's top negotiator"
            head = span.root
            for other in [head.head] + list(head.children):
                if (other.dep_ == "appos" or head.dep_ == "appos") and head.dep_ != "poss":
                    # (not "X, Macron's personal envoy for Lebanon": Macron owns the post, X holds it)
                    for s in self.titles:
                        if s.start <= other.i < s.end:
                            title_span = s
                            if actor.country is None:
                                # "Wang Wentao, Minister of Commerce of the People's Republic of China,"
                                actor.country = self._after_of_country(s.end)[1]
        title_span = title_span or address
        if title_span is None:
            # "his Cambodian counterpart Sok Chenda Sophea", "the Iranian envoy X": a nationality just before
            if actor.country is None:
                for token in reversed(list(doc[max(_sentence(doc, span.start).start, span.start - 3):span.start])):
                    if token.text == "," and token.i > 0 and self.gaz.country(doc[token.i - 1].text):
                        break  # ("the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and ...", not
                        # "his Ethiopian counterpart, Gedion Timothewos")
                    if token.pos_ in ("CCONJ", "SCONJ", "ADP", "VERB", "AUX", "PRON") or (
                            token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound" and not self.gaz.country(
                                token.text) and not (token.lower_ in PERSON_NOUNS | {"counterpart", "counterparts"}
                                                     or self.gaz.title(token.text))):
                        break  # the nationality of another noun or phrase: "for Tunisian workers, Tajani said",
                        # "either Tunis or the Haftar family"
                    place = self.gaz.place(token.text)
                    owner = token.i + 1 < len(doc) and doc[token.i + 1].text in ("'s", "’s") \
                        and place is not None and place.how in ("name", "alias")
                    # ("Mozambique's Daniel Chapo" with "Mozambique's" tagged ORG)
                    country = self.gaz.country(token.text) if token.ent_type_ in ("NORP", "GPE") or owner else None
                    if country:
                        actor.country = country
                        break
            return
        if actor.title is None:
            actor.title = title_span.label_
        if actor.country is None:
            lo = max(_sentence(doc, title_span.start).start, title_span.start - 8)
            for token in reversed(list(doc[lo:title_span.end])):
                if token.i < title_span.start and (token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON")
                                                   or token.text in (",", ";", ":")):
                    break  # stay inside the noun phrase (not "a visit to Ottawa by Secretary of State X", "a U.S.
                    # newspaper that Prime Minister Narendra Modi")
                country = self.gaz.country(token.text) if token.pos_ in ("PROPN", "ADJ", "NOUN") else None
                if token.ent_type_ in ("GPE", "NORP") or country:
                    ent = self.ent_at.get(token.i)
                    actor.country = self.gaz.country(ent.text if ent is not None else token.text) or country
                    if actor.country:
                        break
        if actor.country is None:
            actor.country = self._apposed_post_country(title_span.start)

    def _apposed_post_country(self, start: int) -> str | None:
        """'Kosovo's chief negotiator, outgoing Deputy Prime Minister X': the country of the post phrase a title
        and name are set off against by a comma (a few words such as 'outgoing' between)."""
        doc, i = self.doc, start - 1
        while i > start - 4 and i > 0 and doc[i].lower_ in APPOSITION_MODIFIERS:
            i -= 1
        if i < 1 or doc[i].text != "," or _sentence(doc, i) != _sentence(doc, start):
            return None
        post = doc[i - 1]
        if post.lower_ not in PERSON_NOUNS and self.gaz.title(post.text) is None:
            return None
        return self.modifier_country(post) or next((self.gaz.country(c.text) for c in post.children
                                                   if c.dep_ == "poss" and self.gaz.country(c.text)), None)

    # -- countries and institutions -------------------------------------------------------------
    def _find_countries_and_institutions(self) -> None:
        self._find_multiword_countries()
        self._find_paired_bodies()
        unknown_places: dict[str, list[Span]] = {}
        for ent in self.ents:
            if any(t.i in self.token_actor or t.i in self.paired_bodies for t in ent):
                continue
            parts = _listed_places(ent, self.gaz)
            if parts:  # "Abuja and Accra" tagged as one ORG: two capitals
                for part, place in parts:
                    self._country(part, place.country)
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
        for token in self.tokens:
            if token.i in self.token_actor or token.pos_ != "PROPN":
                continue
            inst = self.gaz.institution(token.text)
            if inst:
                self._institution(self.doc[token.i:token.i + 1], inst)
                continue
            # "Leaders of [Colombia], Nigeria, Peru and Finland": a country's own name the tagger left out of a
            # list of countries it tagged
            place = self.gaz.place(token.text) if not token.ent_type_ and token.is_title else None
            if place is not None and place.how == "name" and any(
                    (self.token_actor.get(t.i) or "").startswith("country:")
                    for t in [*(c for c in token.children if c.dep_ == "conj"), *([token.head] if token.dep_ == "conj" else [])]):
                self._country(self.doc[token.i:token.i + 1], place.country)

    def _find_paired_bodies(self) -> None:
        """A body two countries hold ("the South Africa-Ghana Bi-National Commission (BNC)", "the India-Maldives
        Joint Commission"): its countries are actors, the body itself is none (its sessions are the two
        countries' meetings). Its tokens, and every use of the acronym bracketed after it, go to
        ``paired_bodies``."""
        doc = self.doc
        for dash in (self.tokens[i] for i, w in enumerate(self.texts) if w in ("-", "–") and 0 < i < len(doc) - 2):
            if not (doc[dash.i - 1].text[:1].isupper() and doc[dash.i + 1].text[:1].isupper()):
                continue  # ("two-day", "co-chair": no country on either side)
            left = right = None
            for n in (3, 2, 1):  # the countries on each side of the dash, capitalised words only
                before = doc[max(dash.i - n, 0):dash.i]
                after = doc[dash.i + 1:dash.i + 1 + n]
                if left is None and len(before) == n and all(t.text[:1].isupper() and t.lower_ != "the" for t in before) \
                        and self.gaz.country(before.text):
                    left = before
                if right is None and len(after) == n and all(t.text[:1].isupper() for t in after) \
                        and self.gaz.country(after.text):
                    right = after
            if left is None or right is None:
                continue
            end = right.end
            while end < len(doc) and end - right.end < 5 and (doc[end].text[:1].isupper() or doc[end].text == "-"):
                end += 1
            if not {t.lower_ for t in doc[right.end:end]} & BODY_NOUNS:
                continue
            pair = []
            for side in (left, right):
                country = self.gaz.country(side.text)
                self._country(side, country)
                pair.append(f"country:{normalise_name(country)}")
            body = list(range(right.end, end))
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
                acronym = doc[end + 1].text  # "(BNC)", and "The previous session of the BNC" further on
                body += [end, end + 2] + [i for i, w in enumerate(self.texts) if w == acronym]
            for i in body:
                self.paired_bodies[i] = pair

    def _find_multiword_countries(self) -> None:
        """Country names and demonyms of two to four capitalised words, whatever the tagger made of them:
        "Sierra Leonean" (ORG + PERSON), "Papua New Guinean" or "Sri Lankan" (PERSON), "South African"
        (whose last word alone would be no country). A person the tagger made of those words is dropped."""
        doc, taken = self.doc, set()
        texts, spaces = self.texts, self.spaces  # (read once: a Token object per look-up was most of this scan's time)
        capital = [w[:1].isupper() for w in texts]
        part = [c or w == "-" for c, w in zip(capital, texts)]
        for start in range(len(doc)):
            if start in taken or not capital[start]:
                continue
            for n in (4, 3, 2):
                if start + n > len(doc) or not all(part[start:start + n]):
                    continue
                last = start + n - 1  # (the words' text as Span.text gives it, with no Span built for each try)
                place = self.gaz.place("".join(texts[k] + spaces[k] for k in range(start, last)) + texts[last])
                if place is None or place.how not in ("name", "alias", "demonym"):
                    continue
                span = doc[start:start + n]
                key = f"country:{normalise_name(place.country)}"
                if all(self.token_actor.get(t.i) == key for t in span):
                    break
                replaced = {self.token_actor.pop(t.i) for t in span if t.i in self.token_actor} - {key}
                self._country(span, place.country)
                for old in replaced:
                    if old.startswith("person:") and old not in self.token_actor.values():
                        self.actors.pop(old, None)
                        self.surnames = {s: k for s, k in self.surnames.items() if k != old}
                taken.update(range(span.start, span.end))
                break

    def _state_named(self, word: str) -> str | None:
        """'a working visit to the Kingdom': the country the text names as "Kingdom of Morocco", if any."""
        named = re.search(rf"\b{word} of (?:the )?((?:[A-Z][\w'-]+ ?){{1,3}})", self.text, re.IGNORECASE)
        return self.gaz.country(named.group(1).strip()) if named else None

    def _country(self, span: Span, name: str) -> None:
        place = self.gaz.place(name)
        key = f"country:{normalise_name(place.country if place else name)}"
        actor = self.actors.get(key)
        if actor is None:  # (as setdefault, without building the DocActor at every call)
            actor = self.actors[key] = DocActor(name, ActorKind.COUNTRY, first=span.start)
        actor.aliases.add(span.text)
        for i in range(span.start, span.end):  # (the span's tokens, with no Token built)
            self.token_actor.setdefault(i, key)

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
        for i in range(span.start, span.end):  # (the span's tokens, with no Token built)
            self.token_actor.setdefault(i, key)

    def affiliations(self) -> None:
        """Set each titled person's organization: the institution named just before the post
        ("IMF Managing Director Kristalina Georgieva", "PLO Chairman Yasser Arafat")."""
        for i, key in sorted(self.token_actor.items()):
            actor = self.actors[key]
            if not key.startswith("person:") or actor.organization or actor.title is None:
                continue
            tok = self.doc[i]
            for j in range(i - 1, max(_sent(tok).start - 1, i - 6), -1):
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
            if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.lower_ in PERSON_NOUNS:
                tok = tok.head  # "was headed by the Taliban government's defence minister, Mullah Mohammad Yaqoob"
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
                    country = self.word_country(mod)
                    if country:
                        actor.country = country
                        break

    def _led_by_group(self, tok: Token) -> Token | None:
        """The words before a name, whatever the parse: "<delegation>[,] led by [title] <name>"."""
        j = tok.i - 1
        while j > _sent(tok).start and (self.doc[j].text[:1].isupper() or self.doc[j].lower_ in ("of", "for", "and")) \
                and self.doc[j].lower_ != "by":
            j -= 1  # the name and the title before it ("Deputy Secretary of State Christopher Landau")
        if j < _sent(tok).start + 2 or self.doc[j].lower_ != "by" or self.doc[j - 1].lemma_ not in LEAD_VERBS:
            return None
        k = j - 2
        if self.doc[k].text == ",":
            k -= 1
        return self.doc[k] if k >= _sent(tok).start else None

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
        if len(span) == 1 and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # a post, capitalised as releases write them: "Member of the Political Bureau"
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in DOCUMENT_NOUNS:
            return None  # "a Memorandum of Understanding": a document's name, not a state "Understanding"
        if _looks_institutional(span):
            self._institution(span, span.text)  # "their High-Level Strategic Cooperation Council": a body
        elif len(span) > 1:
            self._add_person(span)
        else:
            self._country(span, span.text)
        return self.token_actor.get(token.i)

    def country_named(self, name: str, first: int) -> str:
        """The key of a country the text refers to without naming it ("the five Nordic countries": Iceland)."""
        key = f"country:{normalise_name(name)}"
        if key not in self.actors:  # (as setdefault, without building the DocActor at every call)
            self.actors[key] = DocActor(name, ActorKind.COUNTRY, first=first)
        self.group_members.add(key)
        return key

    def possessed_name(self, token: Token) -> str | None:
        """A one-word name after a country's possessive, in a list of persons ("Malaysia's Mohamad Hasan,
        Indonesia's Sugiono and Cambodia's Prak Sokhonn"), which the model tagged as a place or a body: a
        person, unless the gazetteer knows the word."""
        doc = self.doc
        owner = self.token_actor.get(token.i - 2, "") if token.i >= 2 else ""
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.pos_ != "PROPN" or not token.is_alpha or not token.is_title or not owner.startswith("country:") \
                or (nxt is not None and nxt.pos_ == "PROPN") or self.gaz.place(token.text) \
                or self.gaz.institution(token.text) or self.gaz.title(token.text):
            return None
        key = self.token_actor.get(token.i)
        if key is not None and not key.startswith("country:"):
            return key
        self.token_actor.pop(token.i, None)
        self._add_person(doc[token.i:token.i + 1])
        return self.token_actor.get(token.i)

    def persons_before(self, index: int, stop: int = 0):
        """(token index, person key) of the persons named before ``index``, nearest first, down to ``stop``."""
        for i in range(index - 1, max(stop, 0) - 1, -1):
            key = self.token_actor.get(i)
            if key and key.startswith("person:"):
                yield i, key

    def persons_after(self, index: int, stop: int):
        """(token index, person key) of the persons named from ``index`` on, nearest first, up to ``stop``."""
        for i in range(index, min(stop, len(self.doc))):
            key = self.token_actor.get(i)
            if key and key.startswith("person:"):
                yield i, key

    def country_key(self, key: str) -> str | None:
        actor = self.actors.get(key)
        if actor is None or actor.kind is ActorKind.COUNTRY:
            return key if actor else None
        if actor.country:
            ckey = f"country:{normalise_name(actor.country)}"
            if ckey not in self.actors:  # (as setdefault, without building the DocActor at every call)
                self.actors[ckey] = DocActor(actor.country, ActorKind.COUNTRY, first=actor.first)
            return ckey
        return None

    def forums(self) -> set[str]:
        """Bodies the text names as the participants' own forum ("held the latest meeting of their Bilateral
        Consultation Mechanism (BCM)", "to chair a meeting of their High-Level Strategic Cooperation Council"): a
        setting of the participants' meetings, not a party to them (a known organisation or group stays one)."""
        found = set()
        for tok, lower in zip(self.tokens, self.lowers):
            if lower not in ("their", "its") or tok.dep_ != "poss" or tok.head.pos_ != "PROPN":
                continue
            head = tok.head
            span = self.doc[min(t.i for t in head.subtree if t.i > tok.i and t.i <= head.i):head.i + 1]
            names = [span.text] + [c.text for c in head.children if c.dep_ == "appos" and c.text.isupper()]
            keys = {self.token_actor.get(t.i) for t in span} | {f"institution:{normalise_name(n)}" for n in names}
            keys |= {k for k, a in self.actors.items() if k.startswith("institution:") and (
                normalise_name(a.name) in {normalise_name(n) for n in names})}
            keys |= {f"person:{normalise_name(span.text)}"}  # (an untagged name taken for a person's: a person's
            # name takes no possessive)
            found |= {k for k in keys if k and k.startswith(("institution:", "person:")) and k in self.actors
                      and not self.actors[k].title and not self.gaz.institution(self.actors[k].name)
                      and not self.gaz.members(self.actors[k].name)}
        return found

    def party_of(self, key: str) -> str:
        """The party a person acts for: their organization, else their country, else themselves."""
        actor = self.actors.get(key)
        if actor is not None and actor.kind is ActorKind.PERSON and actor.organization:
            return actor.organization
        return self.country_key(key) or key

    def actor_at(self, token: Token) -> str | None:
        return self.token_actor.get(token.i)

    def holds_post(self, key: str, words: list[str]) -> bool:
        """Whether the actor's title has each of these (lower-case) words: "foreign" and "ministers" for
        "Foreign Minister" (a title is partial: "the two foreign ministers" may name one "Minister"; "defence"
        is "Defense")."""
        title = self.actors[key].title
        return bool(title) and all(post_spelling(w) in post_spelling(title.lower()) for w in words)


def post_spelling(text: str) -> str:
    """British and American spellings of posts made one: "defence" and "defense"."""
    return text.replace("defence", "defense")


def _given_name_amir(title: Span) -> bool:
    """'Amir Khan Muttaqi': a given name, where 'the Amir Sheikh X' and 'His Highness the Amir' are the title."""
    doc = title.doc
    return title.text == "Amir" and not (title.start > 0 and doc[title.start - 1].lower_ in ("the", "his", "her")) \
        and title.end < len(doc) and doc[title.end].lower_.rstrip(".") not in HONORIFICS \
        and doc[title.end].text[:1].isupper()


def _names_a_pair(name: Span) -> bool:
    """'Jaishankar-Ma' before 'meeting', 'Cho-Iwaya' before 'phone talks': two people's names joined to qualify
    what they did together, however the tagger labelled them."""
    doc = name.doc
    if len(name) < 3 or name[-2].text != "-":
        return False  # (not "Kassym-Jomart Tokayev held talks")
    head = name.root.head
    return (name.end < len(doc) and _pair_noun(doc[name.end])) or (
        head.i >= name.end and head.i - name.end <= 1 and _pair_noun(head))


def _pair_noun(token: Token) -> bool:
    """Whether a word is a noun of what two do together ("meeting", "call", "talks"), not the past form of its
    verb: "the Cho-Iwaya call" joins two people, "Park Ji-hoon called on X" is one person who called."""
    return token.lemma_.lower() in PAIR_NOUNS and token.tag_ not in ("VBD", "VBN")


def _hyphen_partners(token: Token) -> Iterator[Token | None]:
    """The words a token is joined to by a hyphen ("Yves" for "Jean" in "Jean-Yves"); None for a hyphen at
    the document's edge."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        yield doc[token.i + 2] if token.i + 2 < len(doc) else None
    if token.i >= 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        yield doc[token.i - 2] if token.i >= 2 else None


def _in_hyphenated(token: Token) -> bool:
    """Whether a token is one part of a hyphenated word ("Jean" in "Jean-Yves")."""
    return any(True for _ in _hyphen_partners(token))


def _after_honorifics(doc: Doc, start: int, end: int) -> int:
    """The first token from ``start`` (at most ``end``) past the honorifics that open a name: "Dr.",
    "the Hon", and the Malay "Datuk Seri" and "Tan Sri" (whose "Sri" alone can begin a name)."""
    i = start
    while i < end:
        low = doc[i].lower_.rstrip(".'")
        nxt = doc[i + 1].lower_.rstrip(".'") if i + 1 < len(doc) else ""
        if not (low in HONORIFICS or doc[i].text in CAPITAL_HONORIFICS or low == "the" and nxt in HONORIFICS
                or low == "tan" and nxt == "sri"
                or low in ("seri", "sri") and i > 0 and doc[i - 1].lower_.rstrip(".'") in ("datuk", "dato", "tan")):
            break
        i += 1
    return i


def _listed_places(ent: Span, gaz: Gazetteer) -> list[tuple[Span, object]]:
    """The parts of one entity that lists places ("Abuja and Accra", "Kenya, Uganda and Tanzania"), each
    with its gazetteer entry; empty unless there are several parts and every one is a known place."""
    bounds, start = [], ent.start
    for tok in list(ent) + [None]:
        if tok is None or tok.lower_ in ("and", ","):
            end = tok.i if tok is not None else ent.end
            if end > start:
                bounds.append((start, end))
            start = end + 1
    if len(bounds) < 2:
        return []
    parts = [ent.doc[a:b] for a, b in bounds]  # (Spans only for a list: most entities are one part)
    places = [(part, gaz.place(_trim(part).text)) for part in parts]
    return places if all(place is not None for _, place in places) else []


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end:  # (each token looked up once: doc[i] builds a Token)
        tok = doc[start]
        if not (tok.is_punct or tok.is_space or tok.lower_ in ("the", "'s")):
            break
        start += 1
    while end > start:
        tok = doc[end - 1]
        if not (tok.is_punct or tok.is_space or tok.lower_ == "'s"):
            break
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


def _looks_institutional(ent: Span) -> bool:
    words = [t for t in ent if t.is_alpha]
    if not words or not all(t.text[:1].isupper() for t in words) or _names_a_document(ent):
        return False
    if len(words) == 1 and (words[0].text in ("GMT", "UTC") or (
            ent.start >= 1 and re.fullmatch(r"\d{1,2}[:.]\d{2}", ent.doc[ent.start - 1].text))):
        return False  # "15:40 GMT — ...", "at 9.30 EAT": a time zone
    return any(t.lower_ in INSTITUTIONAL_WORDS for t in words) or (len(words) == 1 and words[0].text.isupper()
                                                             and len(words[0].text) >= 2)


def _dateline_country(dateline: str | None) -> str | None:
    """The country a story was filed from ("NEW DELHI" -> India), if the gazetteer knows its place."""
    place = _dateline_place(dateline)
    country = gazetteer().country(place) if place else None
    if country is None and place and "," in dateline:
        # "ANDONG, South Korea": a town the gazetteer does not know, with its country told after it
        told = dateline.split(",", 1)[1].strip(" -:")
        country = gazetteer().country(told) if told and len(told) <= 40 else None
    return country


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

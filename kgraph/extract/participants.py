"""Who: the participants of a trigger, from the syntax around it (subject, object, "with"/"between"
phrases, conjuncts, "the delegation led by X") and from references ("his counterpart", "the two sides",
pronouns, "I" in quotes and interviews).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kgraph.model import ActorKind, InteractionType, Role, Status, normalise_name
from kgraph.nlp.dates import count_of, resolve_date
from kgraph.extract.lexicon import (
    APPOSITION_MODIFIERS, BODY_NOUNS, COUNTRY_GROUP_NOUNS, DELEGATION_NOUNS, STATE_NOUNS, DEPUTY_NOUNS, FRAME_NOUNS,
    GATHERING_NOUNS, GENERIC_OFFICIALS, GROUP_ANAPHORA, LEADER_GROUP_NOUNS, MEAL_NOUNS, MILITARY_RANKS, POST_GROUP_NOUNS, SECOND_RANKS,
    MOTION_VERBS, PERSON_GROUP_NOUNS, PERSON_NOUNS, PHONE_WORDS, PRESIDE_VERBS, REPORT_VERBS, ROYAL_TITLES,
    SUBJECT_DEPS, SUPPORT_VERBS,
)
from kgraph.nlp.components import TITLES_KEY
from kgraph.extract.actors import _after_honorifics, _dateline_country, post_spelling
from kgraph.extract.mentions import Mention, _compatible_date
from kgraph.extract.syntax import (
    _children, _in_quotes, _in_subject, _inside_clause, _is_definite, _misplaced_agents, _sent, _sentence,
    _sentences_before, _subtree,
)


LEDE_REACH = 300  # tokens after a lede's unnamed post in which the story names its holder
UNPLACED_REACH = 150  # tokens before "the <demonym> <post>" in which to look for its holder of no known country
RECEIVE_INVITATION_VERBS = {"accept", "receive", "get", "take", "welcome", "have", "decline", "reject", "turn"}


def _invitation_above(trig: Token) -> Token | None:
    """The invitation a visit hangs on ("an invitation to visit Turkey", "an invitation for a state visit"), if
    any: the nearest noun "invitation" above it with no verb in between."""
    tok = trig
    for _ in range(4):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() == "invitation" and tok.pos_ == "NOUN":
            return tok
        if tok.pos_ in ("VERB", "AUX"):
            return None
    return None


def _in_name_list(tok: Token, head: Token) -> bool:
    """Whether ``tok`` hangs on ``head`` through the words of a list of names only (appositions, modifiers,
    conjuncts), not through a phrase or a clause ("X of Armenia", "X, who met Y")."""
    between = tok.doc[min(head.i, tok.i):max(head.i, tok.i)]
    if any(t.dep_ in ("relcl", "acl", "advcl", "ccomp", "prep", "agent") for t in between):
        return False  # ("Mahama, who was accompanied by A and B": the names inside a clause)
    while tok != head:
        if tok.dep_ not in ("appos", "nmod", "compound", "conj", "flat", "amod"):
            return False
        tok = tok.head
    return True


class ParticipantRules:
    """The participant rules of :class:`~kgraph.extract.interactions.InteractionFinder` (a mixin: the
    attributes it reads, ``doc``, ``article``, ``actors``, ``mentions``, are set there)."""

    # -- participants ------------------------------------------------------------------------------
    def _resolve(self, token: Token, sentence: Span, depth: int = 0) -> list[str]:
        """The actors a noun phrase headed by ``token`` names (conjuncts included)."""
        if depth > 3:
            return []
        found: list[str] = []
        if token.i in self.actors.paired_bodies:
            return list(self.actors.paired_bodies[token.i])  # "the India-Maldives Joint Commission met"
        key = self.actors.actor_at(token)
        if key is not None and not key.startswith("person:"):
            # "a visit by [International Atomic Energy Agency] chief Rafael Grossi" parsed with the body as the
            # phrase's head: the body names the person's post; the person is the party
            doc = token.doc
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].islower() and (nxt.lower_ in PERSON_NOUNS or self.gaz.title(nxt.text)):
                key = next((k for t in doc[nxt.i + 1: nxt.i + 5] for k in [self.actors.actor_at(t)]
                            if k and k.startswith("person:")), key)
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
            name_tokens += [t for t in _subtree(token) if t != token and self.actors.actor_at(t) == key]
        named = [key] if isinstance(key, str) else key or []
        titled = len(named) == 1 and named[0].startswith("person:") and (
            token.lower_ in PERSON_NOUNS or self.gaz.title(token.text) is not None)
        children = [c for t in name_tokens for c in _children(t)]
        named_later = {}  # "X and the Azerbaijani Minister of Foreign Affairs, Jeyhun Bayramov," with the name
        # parsed as an apposition of X: the name is the conjunct's
        for child in children:
            if child.dep_ == "conj" and self.actors.actor_at(child) is None and (
                    child.lower_ in PERSON_NOUNS or self.gaz.title(child.text)):
                edge = child.right_edge.i
                name = next((a for a in children if a.dep_ == "appos" and a.left_edge.i == edge + 2
                             and token.doc[edge + 1].text == ","
                             and (self.actors.actor_at(a) or "").startswith("person:")), None)
                if name is not None:
                    named_later[child.i] = name
        for child in children:
            if child.i in named_later:
                found.extend(self._resolve(named_later[child.i], sentence, depth + 1))
                continue
            if child in named_later.values():
                continue
            if titled and child.dep_ == "conj" and self.actors.actor_at(child) is None and not (
                    child.lower_ in PERSON_NOUNS | {"counterpart"} or self.gaz.title(child.text)):
                continue  # "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. X"
            if child.dep_ == "conj" or (child.dep_ == "appos" and self.actors.actor_at(child)
                                        and isinstance(key, str) and (not key.startswith("person:") or (
                                            # "Brazil's Lula, Argentina's Milei, Uruguay's Orsi and ...": a list
                                            self.actors.actor_at(child) != key
                                            and any(g.dep_ == "conj" for g in _children(child))))):
                # a list of 20 leaders is a chain of 20 conjuncts: only phrase nesting counts as depth
                found.extend(self._resolve(child, sentence, depth if child.dep_ == "conj" else depth + 1))
            elif child.dep_ == "nmod" and (self.actors.actor_at(child) or "").startswith("person:"):
                found.extend(self._resolve(child, sentence, depth + 1))  # "A and B held" parsed as nmod
            elif child.dep_ == "appos" and (child.lower_ in PERSON_NOUNS or child.lower_ == "counterpart") \
                    and any(c.dep_ == "cc" and c.i < child.i for t in name_tokens for c in _subtree(t)):
                # "Japan's Foreign Minister Toshimitsu Motegi and his Philippine counterpart Theresa Lazaro"
                # parsed as appositions of the first title
                found.extend(k for k in self._resolve(child, sentence, depth + 1) if k not in found)
        if isinstance(key, str) and key.startswith("person:"):
            # "Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan", the second name parsed as a conjunct
            # of the first one's country
            for place in (o for p in _children(token) if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p)
                          if o.dep_ == "pobj" and (self.actors.actor_at(o) or "").startswith("country:")):
                for other in (c for c in _children(place) if c.dep_ == "conj"
                              and (self.actors.actor_at(c) or "").startswith("person:")):
                    found.extend(k for k in self._resolve(other, sentence, depth) if k not in found)
            # "Secretary Scott Bessent and Trade Representative Jamieson Greer" often comes out as one
            # noun phrase headed by the last name: the other person hangs on its title words.
            listed = any(t.dep_ == "cc" for t in _subtree(token))
            for tok in _subtree(token):
                other = self.actors.actor_at(tok)
                if tok.i < token.i and other and other != key and other.startswith("person:") and listed:
                    found.insert(0, other)
                elif tok.i > token.i and other and other not in found and other.startswith("person:") and listed \
                        and _in_name_list(tok, token):
                    # "Hassan Sheikh, Egyptian President Abdel Fattah al-Sisi and Eritrean President Isaias Afwerki
                    # met": the list parsed as appositions and modifiers of one another
                    found.append(other)
            if depth == 0:
                end = token.i + 1
                while end < sentence.end and self.actors.actor_at(self.doc[end]) == key:
                    end += 1
                verb = token.head if token.dep_ in SUBJECT_DEPS else None
                found.extend(self._listed_after(end, sentence, verb))
        return list(dict.fromkeys(found))

    def _listed_after(self, end: int, sentence: Span, verb: Token | None = None) -> list[str]:
        """The persons of a list that goes on after a person's name ending at ``end``: ", B, C and D" told by
        the words, whatever the parse made of it (the small model breaks long lists of "Ghana's President X"
        into modifiers of other words). Only a list closed by "and" and followed by punctuation or a
        preposition counts ("met A, B said" is no list), or, for a list that is the subject, by its ``verb``;
        an apposition between two names (", the ECOWAS chairman,") is passed over, and so is each name's
        country ("X of Chile, Y of Peru and Z of Bolivia")."""
        doc, stop = self.doc, sentence.end
        items: list[str] = []
        end = self._past_country_of(end, stop)
        i, closed = end, False
        while i < stop and not closed:
            if doc[i].text == ",":
                i += 1
                if i < stop and doc[i].lower_ == "and":
                    closed, i = True, i + 1
            elif doc[i].lower_ == "and":
                closed, i = True, i + 1
            else:
                break
            j = i
            if not closed and j < stop and doc[j].lower_ == "the":
                comma = next((k for k in range(j + 1, min(j + 7, stop)) if doc[k].text == ","), None)
                if comma is not None and not any(doc[k].pos_ in ("VERB", "AUX") or (
                        self.actors.actor_at(doc[k]) or "").startswith("person:") for k in range(j, comma)):
                    i = comma  # (the comma closing the apposition separates the next name)
                    continue
            if closed and j < stop and doc[j].lower_ == "the":
                j += 1  # "... and the late Communist Party chief X"
            while j < min(i + 8, stop) and not (self.actors.actor_at(doc[j]) or "").startswith("person:") and (
                    doc[j].pos_ in ("PROPN", "ADJ", "NOUN", "PART") or doc[j].tag_ == "HYPH") and doc[j].lower_ != "and":
                j += 1  # the name's country and title: "Timor-Leste's President", "Cambodian Prime Minister"
            key = self.actors.actor_at(doc[j]) if j < stop else None
            if not key or not key.startswith("person:"):
                owned = next((k + 1 for k in range(min(j, stop - 1) - 1, i - 1, -1) if doc[k].tag_ == "POS"), None)
                if owned is not None:
                    j, key = owned, self.actors.possessed_name(doc[owned])  # "Indonesia's Sugiono" (tagged a place)
            if not key or not key.startswith("person:"):
                return []
            while j < stop and self.actors.actor_at(doc[j]) == key:
                j += 1
            items.append(key)
            i = self._past_country_of(j, stop)
        if not closed or (i < stop and not (doc[i].is_punct or doc[i].pos_ == "ADP") and not (
                verb is not None and i <= verb.i and all(t.pos_ in ("AUX", "ADV", "PART") for t in doc[i:verb.i]))):
            return []
        return items

    def _past_country_of(self, i: int, stop: int) -> int:
        """After a name ending at ``i``: the end of an "of <country>" that follows it ("X of Chile"), else ``i``."""
        if i + 1 >= stop or self.doc[i].lower_ != "of":
            return i
        country = self.actors.actor_at(self.doc[i + 1])
        if not (country or "").startswith("country:"):
            # (a country the tagger missed: "of Chile" untagged)
            return next((i + 1 + n for n in (3, 2, 1) if i + 1 + n <= stop
                         and not any(t.is_punct for t in self.doc[i + 1:i + 1 + n])
                         and self.gaz.is_country(self.doc[i + 1:i + 1 + n].text)), i)
        j = i + 1
        while j < stop and self.actors.actor_at(self.doc[j]) == country:
            j += 1
        return j

    def _resolve_phrase(self, token: Token, sentence: Span, depth: int) -> str | list[str] | None:
        lower = token.lower_
        # "the delegation led by Bessent" / "a team headed by X" / "a delegation from the African Union led by X"
        owners = [o for p in _children(token) if p.dep_ == "prep" and p.lower_ in ("from", "of")
                  for o in _children(p) if o.dep_ == "pobj"] if lower in DELEGATION_NOUNS else []
        for child in [c for t in [token] + owners for c in _children(t)]:
            if child.dep_ in ("acl", "relcl") and child.lemma_ in ("lead", "head", "chair"):
                for agent in _children(child):
                    if agent.dep_ == "agent":
                        for pobj in _children(agent):
                            if pobj.dep_ == "pobj":
                                return self._resolve(pobj, sentence, depth + 1) or None
        holders = self._holders_of_countries(token)
        if holders:
            return holders
        if token.tag_ == "NNS" and (token.lower_ in PERSON_GROUP_NOUNS | LEADER_GROUP_NOUNS | COUNTRY_GROUP_NOUNS
                                   or token.lemma_ in PERSON_NOUNS):
            # "leaders including A, B and C", "ministers such as A and B": the named members
            such = any(c.lower_ == "such" for c in _children(token))
            for child in _children(token):
                if child.dep_ == "prep" and (child.lower_ in ("including", "like") or (child.lower_ == "as" and (
                        such or any(c.lower_ == "such" for c in _children(child))))):
                    named = [k for p in _children(child) if p.dep_ == "pobj" for k in self._resolve(p, sentence, depth + 1)]
                    if named:
                        return named
        # "his US counterpart Antony Blinken", "Japan's negotiator, Akazawa"
        apposed = [named for child in _children(token) if child.dep_ == "appos"
                   for named in [self._resolve(child, sentence, depth + 1)] if named]
        people = [named for named in apposed if any(k.startswith("person:") for k in named)]
        if people or apposed:
            # "the foreign ministers of A and B, X and Y" -> X, Y; "the head of the Federal Department (FDFA),
            # Federal Councillor X": the person, not the body's short name
            return (people or apposed)[0]
        if lower in PERSON_NOUNS or token.lemma_ in PERSON_NOUNS or lower == "advisers" or self.gaz.title(token.text):
            _, named = self.actors.named_after_countries(token.i + 1, None if token.tag_ == "NNS" else 1)
            if named:
                return named
            # "the head of the Tripoli-based government, Abdul Hamid Dbeibah", "the president of the ECOWAS
            # Commission, Omar Alieu Touray": the person apposed to the body the post is of
            held = [k for p in _children(token) if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p)
                    if o.dep_ == "pobj" for a in _children(o) if a.dep_ == "appos"
                    for k in self._resolve(a, sentence, depth + 1) if k.startswith("person:")]
            if len(held) == 1:
                return held
        for child in _children(token):
            if child.dep_ == "compound" and (self.actors.actor_at(child) or "").startswith("person:"):
                return self.actors.actor_at(child)
        following = self.actors.token_actor.get(token.i + 1)
        edge = token.right_edge.i
        if following is None and edge > token.i and edge + 2 < len(self.doc) and self.doc[edge + 1].text == "," \
                and lower in PERSON_NOUNS | {"counterpart", "counterparts", "head"}:
            # "his counterpart from Senegal, Mr. Cheikh Niang,", "the head of the Tripoli-based government, Abdul
            # Hamid Dbeibah," (the apposition parsed elsewhere)
            following = self.actors.token_actor.get(self.actors.name_start(edge + 2))
        if lower == "counterparts" and edge + 2 < sentence.end and self.doc[edge + 1].text == ",":
            # "his Japanese and Chinese counterparts, X and Y,": the list the apposition names
            start = self.actors.name_start(edge + 2)
            first = self.actors.token_actor.get(start)
            end = start
            while first and end < sentence.end and self.actors.actor_at(self.doc[end]) == first:
                end += 1
            listed = self._listed_after(end, sentence) if (first or "").startswith("person:") else []
            if listed:
                return [first] + listed
        if following is None and token.i + 2 < len(self.doc) and self.doc[token.i + 1].text == "," and (
                token.lower_ in PERSON_NOUNS | {"chair", "chairman", "chairwoman", "head", "counterpart"}
                or self.gaz.title(token.text)):
            # "the conference chair, Minister Luc Magloire Mbarga Atangana" (the apposition parsed elsewhere; and "her
            # Burkinabe counterpart, Karamoko Jean-Marie Traore - no relation to ...", the name hung on "relation")
            nxt = token.i + 2
            while nxt in self.actors.title_tokens:
                nxt += 1
            following = self.actors.token_actor.get(nxt)
        if following is None and self.gaz.title(token.text) and token.i + 1 < len(self.doc):
            # "a call from Foreign Minister of the Islamic Republic of Iran Seyed Abbas Araghchi" (the name parsed
            # apart from its title)
            end, country = self.actors._after_of_country(token.i + 1)
            if country is not None:
                following = self.actors.token_actor.get(_after_honorifics(self.doc, end, min(len(self.doc), end + 3)))
        if following and following.startswith("person:") and (
                token.pos_ == "NOUN" or lower in PERSON_NOUNS or self.gaz.title(token.text)):
            # "his Ukrainian counterpart Andrii Sybiha", "the envoy Steve Witkoff", "X and Philippine Defense
            # Secretary Gilberto Teodoro" (the name parsed as an apposition of X)
            return following
        if lower in ("counterparts", "guests", "visitors") and any(c.dep_ == "poss" for c in _children(token)):
            others = self._gathered_with(token)
            if others:
                return others  # "held separate talks with each of his counterparts" after the three met
        if lower in ("counterpart", "counterparts", "host", "hosts", "guest"):
            return self._counterpart(token)
        if lower == "each" and (people := [k for p in _children(token) if p.dep_ == "prep" and p.lower_ == "of"
                                           for o in _children(p) if o.dep_ == "pobj"
                                           for k in self._resolve(o, sentence, depth + 1)]):
            return people  # "each of his guests": the guests
        if lower in ("he", "she", "him", "her"):
            return self._pronoun(token)
        if lower in ("i", "me", "my"):
            return self._speaker(token)
        if lower in ("majesty", "highness") and any(c.lower_ in ("his", "her") for c in _children(token)):
            # "Prime Minister Modi and His Majesty held talks": the monarch named before
            royals = [k for _, k in self.actors.persons_before(token.i)
                      if (self.actors.actors[k].title or "") in ROYAL_TITLES]
            after = token.i + 1 + (token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "the")
            title = next((s for s in self.doc.spans.get(TITLES_KEY, []) if s.start == after), None)
            post = title.label_ if title is not None else None
            named = self.actors.token_actor.get(self.actors.name_start(title.end)) if title is not None else None
            if named and named.startswith("person:"):
                return named  # "His Highness the Amir Sheikh Fahad ...": the name that follows the post
            holders = [k for _, k in self.actors.persons_before(token.i) if post is not None
                       and post_spelling((self.actors.actors[k].title or "").lower()) == post_spelling(post.lower())]
            if holders:
                # "His Highness the Crown Prince", "His Highness the Prime Minister": the holder of that post, not the
                # last royal named
                royals = holders
            home = _dateline_country(self.article.dateline)
            # ("KUWAIT: His Highness the Amir ... a message from the Amir of Qatar ... His Highness the Amir
            # received a call": the monarch of the country the story is filed from, not the last one named)
            return next(iter([k for k in royals if self.actors.actors[k].country in (None, home)] if home else []),
                        royals[0] if royals else None)
        if lower in ("you", "your") and self._interviewee() is not None and not _in_quotes(token):
            return self._interviewee()  # the interviewer's question: "You held a video call with X", "Your visit to Tokyo"
        national = any(c.dep_ in ("amod", "compound", "poss") and self.actors.word_country(c) for c in _children(token))
        field = self._office_field(token)
        # "The King, who arrived on Tuesday, ...": a relative clause, not a name apposed after the comma
        who = self.doc[token.i + 1:token.i + 2].text == "," and self.doc[token.i + 2:token.i + 3].text.lower() in ("who", "whose")
        if (token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.dep_ in SUBJECT_DEPS | {"dobj", "pobj"}) or (
                token.pos_ == "PROPN" and _is_definite(token) and all(
                c.dep_ == "det" or c.dep_ in ("amod", "compound") and self.actors.word_country(c)
                or c.dep_ == "prep" and field or c.dep_ in ("punct", "relcl") and who for c in _children(token))
                and (self.doc[token.i + 1:token.i + 2].text not in (",", "(") or who))) \
                and (_is_definite(token) or national) and (lower in PERSON_NOUNS or lower == "head"):
            # ("The King is scheduled to call on X", "the Brazilian Minister was received": capitalised, as releases
            # write it, with no name of its own;
            # "The secretary-general met X": the small model tags "general" ADJ)
            # "the minister", and "an Iranian foreign minister" when the article has named one
            person = self._definite_person(token)
            if person:
                return person
        if lower in PERSON_NOUNS or self.gaz.title(token.text):
            # "President of the European Commission Jose Manuel Barroso": the person the title phrase names
            for tok in _subtree(token):
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
            named = self._named_after_comma(token.right_edge.i + 1)
            if named:
                return named
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            # "Japan's government", "Hungarian and Romanian officials", "leaders of Romania's government"
            found = self._modifier_actors(token)
            if found:
                return found
        if lower in GROUP_ANAPHORA or (lower in ("they", "both", "them", "two", "pair") and token.dep_ in SUBJECT_DEPS | {"pobj", "dobj"}):
            return self._group_antecedent(token)
        if lower in ("last", "first") and token.pos_ == "ADJ" and token.dep_ in SUBJECT_DEPS:
            # "The two last met in May": the tagger takes "last" for the subject and "two" for its number
            number = next((c for c in _children(token) if c.dep_ == "nummod" and c.lower_ in ("two", "three")), None)
            if number is not None:
                return self._group_antecedent(number)
        return None

    def _named_after_comma(self, comma: int) -> str | None:
        """'Kosovo's chief negotiator, outgoing Deputy Prime Minister X,': the person a post phrase is set off
        against by a comma, parsed outside it (here as the object of 'outgoing'): after the comma, at most five
        words of title or of a word such as 'outgoing', then a name that ends the apposition (a comma or the end
        of the sentence follows; not 'X and Y', a list)."""
        doc = self.doc
        if 0 < comma < len(doc) and doc[comma - 1].text == ",":
            comma -= 1  # (the phrase's right edge is the comma itself)
        if comma >= len(doc) or doc[comma].text != ",":
            return None
        i = comma + 1
        while i < min(len(doc), comma + 6) and self.actors.token_actor.get(i) is None and (
                doc[i].lower_ in APPOSITION_MODIFIERS or doc[i].is_title and (
                    doc[i].lower_ in PERSON_NOUNS or self.gaz.title(doc[i].text) or doc[i].pos_ == "PROPN")):
            i += 1
        key = self.actors.token_actor.get(i)
        if not key or not key.startswith("person:"):
            return None
        end = i
        while end + 1 < len(doc) and self.actors.token_actor.get(end + 1) == key:
            end += 1
        if end + 1 < len(doc) and doc[end + 1].text not in (",", ".", ";") or _sentence(doc, i) != _sentence(doc, comma):
            return None
        return key

    def _modifier_actors(self, token: Token) -> list[str]:
        """Countries and institutions that modify a common noun ("Chinese officials", "the Iranian side")."""
        found: list[str] = []
        for child in _children(token):
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i != token.i:
                for part in [child] + [c for c in _subtree(child) if c.dep_ == "conj"]:
                    k = self.actors.actor_at(part)
                    if k is None and part.pos_ in ("ADJ", "PROPN", "NOUN") and self.actors.word_country(part):
                        self.actors._country(self.doc[part.i:part.i + 1], self.actors.word_country(part))
                        k = self.actors.actor_at(part)
                    if k and not k.startswith("person:"):
                        found.append(k)
                    elif k and child.dep_ == "poss" and token.lower_ in GENERIC_OFFICIALS:
                        found.append(k)  # "Putin's envoy" stands for Putin's side: keep the person
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for pobj in _children(child):
                    if pobj.dep_ != "pobj":
                        continue
                    for part in [pobj] + [c for c in _subtree(pobj) if c.dep_ == "conj"]:
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
                        and _sent(token).start - m.sentence.start < 400), None)
        if mention is None:
            return []
        countries = [self.actors.country_key(k) for k, role in mention.participants if role is not Role.MEDIATOR]
        if None in countries or len(set(countries)) != len(countries):
            return []
        return self._sides_people_next(token.head, countries, mention) or [k for k in countries if k]

    def _sides_people_next(self, noun: Token, countries: list[str], mention: Mention) -> list[str] | None:
        """'Their foreign ministers had met that morning. Foreign Secretary X and Y signed a memorandum': the people the
        next sentence's subject coordinates, one for each side (when this sentence names no one, and none of them is
        of another country, took part in the sides' interaction, or holds another post than the phrase names)."""
        sent = _sent(noun)
        if len(countries) < 2 or sent.end >= len(self.doc) or self._persons_named(sent.start, sent.end):
            return None
        following = _sentence(self.doc, sent.end)
        subject = next((c for c in _children(following.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        keys = [self.actors.actor_at(t) for t in (subject, *subject.conjuncts)]
        if None in keys or len(set(keys)) != len(countries):
            return None
        posts = [c.lower_ for c in _children(noun) if c.dep_ in ("amod", "compound") and c.is_alpha]
        for key in keys:
            actor = self.actors.actors[key]
            if not key.startswith("person:") or key in mention.keys or self.actors.country_key(key) not in (
                    *countries, None) or (posts and actor.title and not self.actors.holds_post(key, posts)):
                return None
        return keys

    def _dangling_object(self, prep: Token) -> Token | None:
        """The person named right after a preposition the parser left without an object: "talks with Japanese
        Trade Minister Rodrigo Valdes Pinto" (the surname "Valdes" tagged as a verb breaks the phrase), "called on
        Peruvian Energy Minister X" (the name read as the verb's predicate). A preposition always has its object;
        when none hangs on it, the name that opens after it (past a demonym, honorifics and titles) is it."""
        if any(c.dep_ in ("pobj", "pcomp") for c in _children(prep)):
            return None
        i = prep.i + 1
        if i < prep.sent.end and self.actors.word_country(self.doc[i]):
            i += 1  # "with Japanese Trade Minister X"
        i = self.actors.name_start(i) if i < prep.sent.end else i
        if i < prep.sent.end and (self.actors.token_actor.get(i) or "").startswith("person:"):
            return self.doc[i]
        return None

    def _persons_named(self, start: int, end: int) -> list[str]:
        """The people named (or called he/she) in tokens ``start`` to ``end``, in order."""
        named: list[str] = []
        for tok in self.doc[start:end]:
            key = self.actors.actor_at(tok) or (self._pronoun(tok) if tok.lower_ in ("he", "she") else None)
            if key and key.startswith("person:") and key not in named:
                named.append(key)
        return named

    def _group_parties(self, token: Token) -> list[str]:
        """'the two countries' as a modifier of officials: the countries (never people) of the story's last pair."""
        if self.actors.actor_at(token) is not None or token.lower_ not in COUNTRY_GROUP_NOUNS:
            return []
        return [k for k in (self._group_antecedent(token) or []) if not k.startswith("person:")]

    def _group_antecedent(self, token: Token) -> list[str] | None:
        """'the two sides' -> the participants of the last interaction (or the last two actors named)."""
        if token.lower_ in PERSON_GROUP_NOUNS and any(c.dep_ == "poss" and c.lower_ == "their" for c in _children(token)):
            return None  # "(X and Y said that) their trade ministers would meet": others than X and Y, of their sides
        if self._heads_of_others(token):
            return None  # "the heads of the largest insurers": people of bodies the story's parties are not
        if not _is_definite(token) and not any(c.lower_ in ("two", "both", "three") for c in _children(token)) \
                and token.lower_ not in ("they", "both", "them", "two", "pair") and not (
                any(c.lower_ == "all" for c in _children(token)) and any(c.dep_ == "nummod" for c in _children(token))):
            return None  # "leaders" alone is not a reference to anyone in particular (but "all five presidents" is)
        candidates = [m for m in reversed(self.mentions)
                      if len(m.keys) >= 2 and _sent(token).start - m.sentence.start < 400]
        candidates = [m for m in candidates if m.status is not Status.NEGATED] or candidates
        # (a pair that did not meet is not "the two ministers" who then held talks)
        # "The two leaders are expected to sign X during Thursday's talks": the people of those talks
        clause = token.head
        frames = [o for t in [clause] + [c for c in _children(clause) if c.dep_ in ("xcomp", "ccomp")]
                  for p in _children(t) if p.dep_ == "prep" and p.lower_ in ("during", "at")
                  for o in _children(p) if o.dep_ == "pobj" and o.i in self.trigger_heads]
        if frames:
            frame = frames[0]
            day = next((resolve_date(c.text, self.article.published, self._tense(self._chain(clause, clause)))
                        for c in _children(frame) if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)
            candidates.sort(key=lambda m: not (m.trigger_lemma == frame.lemma_.lower()
                                               and (day is None or _compatible_date(m.date, day))))
        count = next((count_of(c.text) for c in _children(token) if c.dep_ == "nummod"), None)
        if token.lower_ in PERSON_GROUP_NOUNS:
            # "the two ministers" are the last two people who met, not the countries; "the two foreign
            # ministers" the last two who met with that post (or, titles being partial, one of them with it)
            candidates = [m for m in candidates if len([k for k in m.keys if k.startswith("person:")]) >= 2]
            posts = [c.lower_ for c in _children(token) if c.dep_ in ("amod", "compound") and c.is_alpha]

            def holders(m: Mention, posts: list[str]) -> int:
                return sum(self.actors.holds_post(k, posts) for k, _ in m.participants if k.startswith("person:"))
            if posts:
                with_posts = [m for m in candidates if holders(m, posts) >= 2] or [
                    m for m in candidates if holders(m, posts)]
                if count and count >= 3 and not any(self._persons_of(m) == count for m in with_posts):
                    # "the three foreign ministers", after the talks of three people whose posts were not told:
                    # the number tells more than the partial titles
                    named = self._post_holders(token, posts, count)
                    if named:
                        return named
                    with_posts = [m for m in candidates if self._persons_of(m) == count and all(
                        not self.actors.actors[k].title or self.actors.holds_post(k, posts)
                        for k in m.keys if k.startswith("person:"))] or with_posts  # (no other post told)
                candidates = with_posts
            elif token.lower_ == "ministers":
                # "Both Ministers will meet again", after the guest's audience with a president: the last two
                # ministers who met (any pair when no post was told)
                candidates = [m for m in candidates if holders(m, ["minister"]) >= 2] or candidates
            elif token.lower_ in LEADER_GROUP_NOUNS:
                # "the two leaders last met in June" after their ministers' talks: the last pair of leaders
                leaders = [m for m in candidates if sum(self._leads(k) for k in m.keys) >= 2]
                if token.lower_ in POST_GROUP_NOUNS:
                    # "the two presidents last met in September", after the premier's call on the guest: the
                    # last pair of presidents
                    leaders = [m for m in leaders if sum(self._holds_rank(k, POST_GROUP_NOUNS[token.lower_])
                                                         for k in m.keys) >= 2] or leaders
                if not leaders and any(c.lower_ in ("two", "both") for c in _children(token)):
                    # no pair of leaders met before: the last two leaders of two countries the story named
                    start = _sentences_before(token, 3)
                    pair = [k for k in reversed(self._persons_named(start, token.i)) if self._leads(k)][:2]
                    countries = [self.actors.country_key(k) for k in pair]
                    if len(pair) == 2 and (None in countries or countries[0] != countries[1]):
                        return pair[::-1]
                candidates = leaders or candidates
        if count == 2 or token.lower_ == "both":
            # "the two presidents": a pair, before a gathering of more
            def pair(m: Mention) -> bool:
                keys = [k for k, role in m.participants if role is not Role.MEDIATOR]
                return (m.type is not InteractionType.SUMMIT or len(m.keys) == 2) and len(
                    [k for k in keys if k.startswith("person:")] if token.lower_ in PERSON_GROUP_NOUNS else keys) == 2
            candidates = [m for m in candidates if pair(m)] or candidates
        if count and count >= 3:
            # "the three men", "the five presidents": the last interaction of that many
            def size(m: Mention) -> int:
                keys = [k for k, role in m.participants if role is not Role.MEDIATOR]
                persons = [k for k in keys if k.startswith("person:")]
                return len(persons) if token.lower_ in PERSON_GROUP_NOUNS else len(keys)
            sized = [m for m in candidates if size(m) == count]
            if not sized and token.lower_ in PERSON_GROUP_NOUNS:
                # "X hosted A of K1, B of K2, ... and E of K5" ... "the five presidents": the guests, not their host
                for m in candidates:
                    guests = [k for k, role in m.participants if role is Role.VISITOR and k.startswith("person:")]
                    if len(guests) == count and any(role is Role.HOST for _, role in m.participants):
                        return guests
            members = self._story_group(token, count) if not sized and token.lower_ in PERSON_GROUP_NOUNS else None
            if members:
                return members
            if not sized and token.lower_ in PERSON_GROUP_NOUNS:
                # "All three men are expected at the summit" after a meeting of A and B and a call of B and C: the
                # people of the last interactions, when together they are that many
                together: list[str] = []
                for m in (m for m in reversed(self.mentions) if m.status is not Status.NEGATED
                          and m.sentence.start < _sent(token).start):  # (the story's whole cast: not only the last 400 words)
                    together += [k for k, role in m.participants if role is not Role.MEDIATOR
                                 and k.startswith("person:") and k not in together]
                    if len(together) >= count:
                        break
                if len(together) == count:
                    return together
            candidates = sized or candidates
        if token.lower_ in COUNTRY_GROUP_NOUNS:
            # "the two countries": the last pair whose countries are known (and two)
            def countries(m: Mention) -> list[str | None]:
                # (a body or a movement is a side of its own, not a country: "talks between Kinshasa and the M23 ...
                # the two sides")
                return [self.actors.country_key(k) or (k if sides and not k.startswith("person:") else None)
                        for k, role in m.participants if role is not Role.MEDIATOR][:2]
            sides = token.lower_ in ("sides", "parties")
            candidates = [m for m in candidates if None not in countries(m) and len(set(countries(m))) == 2] \
                or candidates
            if token.lower_ in ("delegations", "teams", "negotiators"):
                # "the two delegations" are the ones told as delegations or negotiators before
                candidates = [m for m in candidates if m.delegates] or candidates
            # a mediator of the story ("talks hosted and mediated by Turkey") is not one of "the two sides"
            brokers = {self.actors.country_key(k) for m in self.mentions for k, role in m.participants
                       if role is Role.MEDIATOR}
            candidates = [m for m in candidates if not brokers & set(countries(m))] or candidates
            candidates = self._lead_before_aside(candidates)
        elif token.lower_ in PERSON_GROUP_NOUNS:
            # "X hosted Y and Z ... Y, who spoke with W by phone last month, said ... The ministers agreed to meet
            # again": a call told in a clause set off on a person is an aside, not the story's group
            candidates = self._lead_before_aside(candidates, on_person=True)
        if token.lower_ in PERSON_GROUP_NOUNS and any(c.lower_ in ("two", "both") for c in _children(token)) and not (
                candidates and candidates[0].sentence.start == _sent(token).start):
            # "He was greeted at the airport by President X, and the two leaders held talks": the two people
            # the sentence has just named, before any pair told earlier
            named = self._persons_named(_sent(token).start, token.i)
            if len(named) == 2:
                return named
            if _sent(token).start > 0:
                # "X was in Washington, where he and Secretary of State Y unveiled a framework. The two men had
                # settled the wording in a phone call": the two the sentence before named, when no interaction
                # was told there
                before = _sentence(self.doc, _sent(token).start - 1)
                named = self._persons_named(before.start, before.end)
                posts = [c.lower_ for c in _children(token) if c.dep_ in ("amod", "compound") and c.is_alpha]
                if len(named) == 2 and not (candidates and candidates[0].sentence.start >= before.start) and all(
                        (self._leads(k) or token.lower_ not in LEADER_GROUP_NOUNS)
                        and (not posts or self.actors.holds_post(k, posts))
                        and (token.lower_ not in POST_GROUP_NOUNS or self._holds_rank(k, POST_GROUP_NOUNS[token.lower_]))
                        for k in named):
                    return named  # (of the kind the phrase names: "the two leaders" are leaders)
            question, previous = None, _sent(token)
            for _ in range(3):  # ("Q: Will X meet Y? | A: | There is no date yet. | The two presidents spoke ...")
                if previous.start == 0:
                    break
                previous = _sentence(self.doc, previous.start - 1)
                if previous.text.rstrip().endswith("?"):
                    question = previous
                    break
            if question is not None and not (candidates and candidates[0].sentence.start >= question.start):
                # "Q: Will President Lula meet President Trump? A: ... The two presidents spoke by phone": the
                # two the question named (a question is no interaction of its own)
                named = self._persons_named(question.start, question.end)
                if len(named) == 2:
                    return named
        if token.lower_ in COUNTRY_GROUP_NOUNS and any(c.lower_ in ("two", "both") for c in _children(token)) and not (
                candidates and candidates[0].sentence.start == _sent(token).start):
            # "X and Y co-chaired the sixth meeting of the commission between the two countries": the countries of the
            # two people the sentence has just named, before any pair told earlier
            named = self._persons_named(_sent(token).start, token.i)
            countries = [self.actors.country_key(k) for k in named]
            if len(named) == 2 and None not in countries and countries[0] != countries[1]:
                return countries
        if len(candidates) > 1 and token.lower_ in PERSON_GROUP_NOUNS:
            # "The two leaders first spoke in July, weeks after Lee took office": the pair with someone the sentence
            # names, before a pair told last
            named = set(self._persons_named(_sent(token).start, _sent(token).end))
            candidates = [m for m in candidates if m.keys & named] + [m for m in candidates if not m.keys & named]
        told = self._coordinated_pair(token, _sentences_before(token, 1)) if count == 2 and (
            token.lower_ in PERSON_GROUP_NOUNS) or token.lower_ == "pair" else None
        if told and not any(_sent(token).start > m.sentence.start >= _sentence(self.doc, told[2]).start
                            for m in self.mentions):
            # "a track led by the two chief negotiators, X and Y. The pair met in Brussels": two people told since
            # the last interaction, before that interaction's people
            return list(told[:2])
        if candidates:
            mention = candidates[0]
            keys = [k for k, role in mention.participants if role is not Role.MEDIATOR]
            persons = [k for k in keys if k.startswith("person:")]
            if len(persons) >= 2 and token.lower_ not in COUNTRY_GROUP_NOUNS:
                keys = persons  # "the two ministers", "the two leaders" of a meeting of named people
            if any(c.lower_ in ("two", "both") for c in _children(token)) or token.lower_ == "both":
                keys = keys[:2]  # "the two sides" of a mediated round are its two parties
            if token.lower_ in COUNTRY_GROUP_NOUNS:
                # "the two sides", "the countries" after a meeting of two ministers: their countries
                countries = [self.actors.country_key(k) or k for k in keys]
                if len(set(countries)) == len(countries):
                    keys = countries
            return list(dict.fromkeys(keys))
        told = self._coordinated_pair(token, _sentences_before(token, 1))
        if told:
            # "When X and Y left the EU's headquarters, Z announced that the two had agreed": the pair the
            # sentence (or the one before) coordinates, before the last actors named
            return list(told[:2])
        # "a fresh offer from Afghanistan for talks between the two neighbours": the last two actors named
        recent: list[str] = []
        for i in range(token.i - 1, max(-1, _sent(token).start - 60), -1):
            k = self.actors.token_actor.get(i)
            if k and token.lower_ in COUNTRY_GROUP_NOUNS:
                k = self.actors.country_key(k) or k  # "the two neighbours" after "Pakistan's President X"
            elif k and k.startswith("country:") and self.doc[i].dep_ in ("amod", "compound", "poss") \
                    and any((self.actors.token_actor.get(t.i) or "").startswith("person:")
                            for t in (self.doc[i].head, self.doc[i].head.head)):
                continue  # ("Paraguayan President Santiago Pena ... The two": Pena, not also Paraguay)
            if k and k not in recent:
                recent.append(k)
            if len(recent) == 2:
                return recent[::-1]
        return None

    def _lead_before_aside(self, candidates: list[Mention], on_person: bool = False) -> list[Mention]:
        """'X and Y held talks in Manila ... X came from Singapore, where he met Z. The two countries plan to hold
        their next meeting in Tokyo': an interaction told in a relative clause ("where he met Z") is an aside,
        not the story's pair; the story's lead interaction (its first of two or more) comes before it. With
        ``on_person``, a clause set off by a comma on a person ("Y, who spoke with W last month,") is one too."""
        if len(candidates) < 2 or not self._told_aside(candidates[0], on_person):
            return candidates
        lead = next((m for m in self.mentions if len([k for k in m.keys if k.startswith("person:") or not on_person]) >= 2
                     and m.status is not Status.NEGATED), None)  # (of people, for a group of people)
        if lead is None or lead not in candidates or lead.keys == candidates[0].keys:
            return candidates
        return [lead] + [m for m in candidates if m is not lead]

    def _told_aside(self, mention: Mention, on_person: bool = False) -> bool:
        """Whether a mention's trigger sits in a relative clause on a place no interaction is told at ("came from
        Singapore, where he met Z"; not "at talks in Ankara, where X brought Y and Z together": those talks), or
        (``on_person``) in one set off by a comma on a person ("Y, who spoke with W by phone last month, said")."""
        triggers = [t for t in mention.sentence if t.i in self.trigger_heads
                    and t.lemma_.lower() == mention.trigger_lemma]
        return bool(triggers) and all(any(a.dep_ == "relcl" and (self._place_of_no_trigger(a.head) or on_person and (
            self.actors.actor_at(a.head) or "").startswith("person:") and a.left_edge.i > 0
            and self.doc[a.left_edge.i - 1].text == ",") for a in [t, *t.ancestors]) for t in triggers)

    def _place_of_no_trigger(self, noun: Token) -> bool:
        """Whether a noun is a place ("Singapore, where ...") and the word it belongs to ("came from Singapore";
        not "talks in Ankara") no trigger."""
        governor = noun.head.head if noun.head.dep_ == "prep" else noun.head
        return noun.ent_type_ in ("GPE", "LOC", "FAC") and governor.i not in self.trigger_heads

    def _coordinated_pair(self, token: Token, start: int) -> tuple[str, str, int] | None:
        """The last two actors coordinated ("X and Y") from ``start`` to the token, of the kind the group word
        names: two persons for "the two men", "the two leaders" (heads of state or government, or of untold
        post); two countries for "the two countries", "the two sides"; two persons or two others for "the two",
        "the pair". Returns the two keys and the index of the second conjunct; None when there is no such pair."""
        lower = token.lower_
        for i in range(token.i - 1, start - 1, -1):
            second = self.doc[i]
            if second.dep_ != "conj" or second.head.i >= i:
                continue
            keys = [k for t in sorted((second.head, *second.head.conjuncts), key=lambda t: t.i)
                    for k in [self.actors.actor_at(t)] if k]  # ("the two negotiators, X and Y": X and Y)
            if len(keys) != 2 or keys[0] == keys[1] or self.actors.actor_at(second) is None:
                continue
            persons = [k.startswith("person:") for k in keys]
            if lower in COUNTRY_GROUP_NOUNS:
                keys = [self.actors.country_key(k) for k in keys]
                if None in keys or keys[0] == keys[1]:
                    return None
            elif lower in PERSON_GROUP_NOUNS:
                if not all(persons) or lower in LEADER_GROUP_NOUNS and any(
                        self.actors.actors[k].title and not self._leads(k) for k in keys):
                    return None
            elif persons[0] != persons[1]:
                return None
            return keys[0], keys[1], i
        return None

    def _heads_of_others(self, token: Token) -> bool:
        """Whether a group of people is told by what they lead, a common noun that names no actor and no group of
        the story's parties ("the heads of the largest insurers", "the leaders of opposition parties"; not "the
        leaders of the two countries", "the heads of state")."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and p.dep_ == "pobj" and p.pos_ == "NOUN"
                   and p.lower_ not in COUNTRY_GROUP_NOUNS | GROUP_ANAPHORA | STATE_NOUNS
                   and self.actors.actor_at(p) is None and not self._modifier_actors(p)
                   for c in _children(token) for p in _children(c))

    def _holders_of_countries(self, token: Token) -> list[str] | None:
        """'The leaders of Belgium, the Netherlands and Luxembourg met', 'the foreign ministers of India and
        China': the person of each country the story names with that post (before or after), when each country
        has exactly one; else None (the countries stand). For a group of states ('the prime ministers of the
        five Nordic countries', 'Visegrad Group prime ministers', 'the foreign ministers of the Central Asian
        states'; groups.tsv), each member is its person when the story names one; a member whose person is not
        named is left out, or stands as its country when a number says they all took part ("the five ...");
        two members' persons at least must be named (one with a number)."""
        if token.tag_ != "NNS" or not (token.lower_ in LEADER_GROUP_NOUNS or token.lemma_ in PERSON_NOUNS):
            return None
        of_objects = [o for p in _children(token) if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p)
                      if o.dep_ == "pobj"]
        countries = [self.actors.actors[k].name for o in of_objects for t in [o, *o.conjuncts]
                     for k in [self.actors.actor_at(t)] if k and k.startswith("country:")]
        group, named_by, counted = None, set(), False
        if len(countries) < 2:
            for holder in [*of_objects, token]:
                group, named_by = self._group_members(holder)
                if group:
                    # "the five Central Asian states": all of them, by country where the story names no person
                    counted = any(c.dep_ == "nummod" for c in _children(holder))
                    break
            if not group:
                return None
            countries = list(group)
        posts = [c.lower_ for c in _children(token) if c.dep_ in ("amod", "compound") and c.is_alpha
                 and c.i not in named_by]
        if token.lower_ not in LEADER_GROUP_NOUNS:
            posts.append(token.lemma_.lower())
        found = []
        for name in dict.fromkeys(countries):
            of_country = self._persons_of_country(name)
            people = self._holding(of_country, token.lower_ in LEADER_GROUP_NOUNS, posts)
            if not people and group and len(of_country) == 1 and not self.actors.actors[of_country[0]].title:
                people = of_country  # ("Slovakia's Robert Fico", his post untold: the story's one Slovak)
            if len(people) == 1:
                found.append(people[0])
            elif group and counted:
                found.append(self.actors.country_named(name, token.i))
            elif not group:
                return None
        if group and sum(k.startswith("person:") for k in found) < (1 if counted else 2):
            return None  # ("Nordic leaders" of a story that names none of them: the words stand)
        return found

    def _group_members(self, tok: Token) -> tuple[tuple[str, ...] | None, set[int]]:
        """The member countries of the group of states a noun's modifiers name ("the five Nordic countries",
        "Visegrad Group prime ministers", "Central Asian leaders"; groups.tsv), and the tokens that name it; with
        a number ("the five ..."), only a group of that many. An organisation ("GCC ministers", "the G7
        leaders") is not taken apart: it acts as one party ("Modi and Lula joined the G7 leaders")."""
        gaz = self.gaz
        mods = [c for c in _children(tok) if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        for first, last in sorted(((a, b) for a in range(len(mods)) for b in range(a + 1, len(mods) + 1)),
                                  key=lambda ab: ab[0] - ab[1]):  # (the longest run of modifiers first)
            words = [t for m in mods[first:last] for t in _subtree(m) if t.i < tok.i and t.dep_ not in ("det", "nummod")]
            text = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
            members = gaz.members(text)
            if members and not gaz.institution(text):
                count = next((count_of(c.text) for c in _children(tok) if c.dep_ == "nummod"), None)
                if count is not None and count != len(members):
                    return None, set()
                return members, {t.i for t in words}
        return None, set()

    def _story_group(self, token: Token, count: int) -> list[str] | None:
        """'the five presidents' in a story about a group of that many states ("Everyone wants a summit with
        Central Asia ... attended by all five presidents"): the persons of its members with that post, when the
        story names each (one group of that size named in the story; groups.tsv)."""
        if self._groups_named is None:
            text = self.actors.text.lower()
            self._groups_named = {members for name, members in self.gaz.groups.items()
                                  if re.search(rf"\b{re.escape(name)}\b", text)}
        groups = [g for g in self._groups_named if len(g) == count]
        if len(groups) != 1:
            return None
        posts = [c.lower_ for c in _children(token) if c.dep_ in ("amod", "compound") and c.is_alpha]
        leaders = token.lower_ in LEADER_GROUP_NOUNS or (not posts and token.lower_ not in ("ministers", "officials",
                                                                                          "diplomats", "envoys"))
        found = []
        for name in groups[0]:
            compatriots = self._persons_of_country(name)
            people = self._holding(compatriots, leaders, posts + [token.lemma_.lower()])
            if not people and len(compatriots) == 1 and not self.actors.actors[compatriots[0]].title:
                # ("Trump received Kazakhstan's X, Uzbekistan's Y, ... Modi is to host the five presidents"): the
                # member's one person named, whose post the story does not give
                people = compatriots
            if len(people) != 1:
                return None
            found.append(people[0])
        return found

    def _persons_of_country(self, country: str) -> list[str]:
        """The persons the story names who are of ``country`` (its name)."""
        return [k for k, a in self.actors.actors.items() if a.kind is ActorKind.PERSON and a.country == country]

    def _holding(self, keys: list[str], leaders: bool, posts: list[str]) -> list[str]:
        """Of these persons, the heads of state or government (``leaders``), else the holders of the post the words
        name ("foreign", "minister")."""
        return [k for k in keys if (self._leads(k) if leaders else self.actors.holds_post(k, posts))]

    @staticmethod
    def _persons_of(m: Mention) -> int:
        return len([k for k, role in m.participants if role is not Role.MEDIATOR and k.startswith("person:")])

    def _post_holders(self, token: Token, posts: list[str], count: int) -> list[str] | None:
        """'the three prime ministers' when no interaction of three was told: the persons the story has named
        with that post before, when they are exactly that many ("Belgian Prime Minister X, Dutch Prime Minister
        Y and their host, Luxembourg's Prime Minister Z, spent the day at the castle")."""
        named = [k for k in self._persons_named(0, token.i) if self.actors.holds_post(k, posts)]
        return named if len(named) == count else None

    def _leads(self, key: str) -> bool:
        """Whether a person's post is a head of state's or government's ("President", "Prime Minister", "King")."""
        actor = self.actors.actors.get(key)
        if actor is None or actor.kind is not ActorKind.PERSON or not actor.title:
            return False
        return self.gaz.title_kinds.get(normalise_name(actor.title)) in ("head_of_state", "head_of_government")

    def _holds_rank(self, key: str, posts: tuple[str, ...]) -> bool:
        """Whether a person's title is one of these posts itself, not its second ("Vice President")."""
        actor = self.actors.actors.get(key)
        title = (actor.title or "").lower() if actor is not None else ""
        return any(p in title for p in posts) and not any(w in title.split() for w in SECOND_RANKS)

    def _counterpart(self, token: Token) -> str | None:
        """'his counterpart' (no name given): the other party of the last interaction with the possessor."""
        owner = None
        for child in _children(token):
            if child.dep_ == "poss":
                owner = self._pronoun(child) if child.lower_ in ("his", "her") else self.actors.actor_at(child)
        first = self.actors.actor_at(token.head) or self._definite_person(token.head) if token.dep_ == "conj" and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in _children(token)) else None
        if first is not None and owner in (None, first):
            # "Pakistan's defence minister and his Afghan counterpart": his is the first conjunct's
            owner = first if first.startswith("person:") else None
            if owner is not None and self.actors.actor_at(token.head) is None:
                # (the post is the phrase's, "defence minister": the counterpart holds it too, or stays a country)
                country = self.actors.modifier_country(token)
                post = [c.lower_ for c in _children(token.head) if c.dep_ in ("amod", "compound")
                        and c.is_alpha and not self.gaz.country(c.text)] + [token.head.lower_]
                held = [k for k, a in self.actors.actors.items() if a.kind is ActorKind.PERSON and k != owner
                        and a.country == country and self.actors.holds_post(k, post)]
                if len(held) == 1:
                    return held[0]
                owner = None
        if token.lower_ == "host":
            # "their host, St Vincent Prime Minister Ralph Gonsalves ... That evening he dined with his host": the person
            # the story has named as the host, if one (not the owner)
            host = next((k for i, k in reversed(self._named_hosts()) if i < token.i and k != owner), None)
            if host is not None:
                return host
        of_country = self.actors.modifier_country(token)
        wanted = f"country:{normalise_name(of_country)}" if of_country else None
        for mention in reversed(self.mentions):
            keys = [k for k, _ in mention.participants]
            if owner in keys and len(keys) == 2:
                other = keys[1 - keys.index(owner)]
                if mention.type is InteractionType.VISIT and other.startswith("country:"):
                    continue  # the country the owner visits is no counterpart ("will travel to Beijing for talks
                    # with his Chinese counterpart", after a call with Xi: Xi)
                if wanted and self.actors.country_key(other) not in (wanted, None):
                    continue  # "his Samoan counterpart" is not the Fijian he met before
                return other
        named = self._counterpart_named(token, owner)
        if named is not None:
            return named
        if token.lower_ == "guest" and owner is None and _is_definite(token):
            return self._definite_person(token)  # "the Crown Prince later received the guest": the visitor told
        for child in _children(token):
            # "met his Venezuelan counterpart" (unnamed, and no earlier meeting): Venezuela
            known = self.actors.actor_at(child)
            if child.dep_ in ("amod", "compound") and known and known.startswith("country:"):
                return known  # ("his South African counterpart": "African" is part of a country's demonym)
            if child.dep_ in ("amod", "compound") and self.actors.word_country(child):
                self.actors._country(self.doc[child.i:child.i + 1], self.actors.word_country(child))
                return self.actors.actor_at(child)
        return None

    def _named_hosts(self) -> list[tuple[int, str]]:
        """(token index, person key) of each "host" a person's name is apposed to: "their host, St Vincent and the
        Grenadines Prime Minister Ralph Gonsalves", "his Paraguayan host, Santiago Peña"."""
        if self._hosts_cache is None:
            doc, self._hosts_cache = self.doc, []
            found = (doc.char_span(m.start(), m.end()) for m in re.finditer(r"\bhost\b", self.actors.text))
            for tok in (span[0] for span in found if span is not None):  # (a search of the text: no walk of every token)
                if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
                    continue
                i = tok.i + 2
                while i < len(doc) and i - tok.i < 14 and not self.actors.token_actor.get(i, "").startswith("person:") \
                        and (doc[i].text[:1].isupper() or doc[i].lower_ in ("and", "the", "of", "'s", "’s")):
                    i += 1  # the post and country before the name
                key = self.actors.token_actor.get(i, "")
                if key.startswith("person:"):
                    self._hosts_cache.append((tok.i, key))
        return self._hosts_cache

    def _gathered_with(self, token: Token) -> list[str]:
        """'his counterparts', 'his guests' (no names given): the others of the last gathering of three or more told
        with the possessor ("X hosted Y and Z on Tuesday ... X also held separate meetings with each of his guests")."""
        owner = next((self._pronoun(c) if c.lower_ in ("his", "her") else self.actors.actor_at(c)
                      for c in _children(token) if c.dep_ == "poss"), None)
        if owner is None:
            return []
        for mention in reversed(self.mentions):
            keys = [k for k, _ in mention.participants]
            if owner in keys:
                return [k for k in keys if k != owner] if len(keys) >= 3 else []
        return []

    def _counterpart_named(self, token: Token, owner: str | None) -> str | None:
        """'her Italian counterpart', where the story has named 'Italian Prime Minister Giorgia Meloni' and the
        owner is a prime minister too: that person (the only one of that country holding the owner's post, or
        the only person of that country when the owner's post is not told)."""
        country = self.actors.modifier_country(token)
        if country is None or owner is None or owner not in self.actors.actors:
            return None
        title = (self.actors.actors[owner].title or "").lower()
        people = [k for k, a in self.actors.actors.items() if a.kind is ActorKind.PERSON and k != owner
                  and a.country == country and (not title or (a.title or "").lower() == title)]
        return people[0] if len(people) == 1 else None

    def _pronoun(self, token: Token) -> str | None:
        """He/she/his/her -> a person named before it: the subject of its own sentence's main clause if
        that is a person, else the most recent person in subject position, else the nearest person."""
        sent = _sent(token)
        # a person the text calls "she" is not "he" ("Takaichi held talks with her Malaysian counterpart")
        other_gender = "f" if token.lower_ in ("he", "him", "his", "himself") else "m"
        excluded = {k for k, g in self._genders().items() if g == other_gender}
        if token.dep_ in ("dobj", "pobj", "dative"):
            # "Modi is expected to receive him": him is not Modi
            verb = token.head if token.dep_ != "pobj" else token.head.head
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # "X held talks with him": him is not X
            for v in [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp", "advcl") else []):
                # ("Modi is expected to receive him"; but in "Orsi was in Brasilia, and Lula hosted him" Orsi is him)
                for c in _children(v):
                    if c.dep_ in SUBJECT_DEPS and self.actors.actor_at(c):
                        excluded.add(self.actors.actor_at(c))
        if token.dep_ == "poss":
            # "Ahead of his meeting with X on Friday, Y said ...", "In her call with X, Y urged ...": a possessive in
            # a phrase put before the main clause is its subject's
            root = sent.root
            subject = next((c for c in _children(root) if c.dep_ in SUBJECT_DEPS), None)
            key = self._person_of(subject) if subject is not None and subject.i > token.i \
                and not subject.is_ancestor(token) else None
            if key and key not in excluded and all(a.i < subject.i for a in token.ancestors if a != root):
                return key
        if token.dep_ in SUBJECT_DEPS:
            # "... that last week he had held a call with Fidan, and that on Monday he will travel to Astana, where
            # he will hold talks": the same pronoun as the subject of a clause above is the same person
            for verb in list(token.head.ancestors)[:6]:
                same = next((c for c in _children(verb) if c.dep_ in SUBJECT_DEPS and c.lower_ == token.lower_
                             and c.i < token.i), None)
                if same is not None:
                    return self._pronoun(same)
        top = next((a for a in token.ancestors if a.dep_ == "conj" and a.head.dep_ == "ROOT"), None)
        if top is not None and token.dep_ in SUBJECT_DEPS | {"poss"} and token.head != top:
            # "X was on the phone with Y, and Z flew to Riyadh, where he was received by W": he is Z, the
            # subject of the coordinated clause that holds his own (so is his in "X met Y, and Z held talks with his
            # counterpart")
            key = next((k for c in _children(top) if c.dep_ in SUBJECT_DEPS and c.i < token.i
                        for k in [self._person_of(c)] if k), None)
            if key and key not in excluded:
                return key
        for tok in sent:
            if tok.i >= token.i:
                break
            if tok.dep_ in SUBJECT_DEPS and (tok.head.dep_ == "ROOT" or (
                    tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT")):  # ("X was in Y, and Z hosted him")
                key = self._person_of(tok) or next((k for c in _children(tok) if c.dep_ == "poss"
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
            previous = _sentence(self.doc, sent.start - 1)
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
        protagonist = max(recent, key=lambda k: (subjects.get(k, 0), recent[k]))
        main = token.head.dep_ == "ROOT" or (token.head.dep_ == "ccomp" and token.head.head.dep_ == "ROOT"
                                             and token.head.head.i > token.head.i)  # ("He spoke to X ..., Delhi says")
        reported = self._reported_by_office(token)
        if sent.start > 0 and (main or reported) and token.dep_ in SUBJECT_DEPS and not any(
                (self.actors.actor_at(t) or "").startswith("person:") if reported else self.actors.actor_at(t)
                for t in self.doc[sent.start:token.i]):  # (also "On Monday he was in X")
            # a sentence that opens with "He met X" continues the sentence before's subject ("Peter Sorensen
            # has made a point of travelling. He met Kurti"), unless only the protagonist is known to be
            # "he" ("Vucic told Kallas ... She later met Macut": Kallas)
            genders, wanted = self._genders(), "m" if other_gender == "f" else "f"
            previous = self._main_subject(_sentence(self.doc, sent.start - 1))
            if previous and previous in recent and previous != protagonist and (
                    genders.get(previous) == wanted or genders.get(protagonist) != wanted or wanted == "m"):
                return previous  # (a "he" known of the protagonist says little: most officials in the news are men)
        return protagonist

    def _reported_by_office(self, token: Token) -> bool:
        """A subject pronoun of what a reporting verb with no person for its subject says, the verb first: "The
        Korean presidential office says he then sat down with X", "His office says he and Y discussed ...": as
        much a main clause as "He sat down with X" (the person is the one the text was telling of)."""
        verb = token.head.head
        if token.head.dep_ != "ccomp" or verb.dep_ != "ROOT" or verb.i > token.i or verb.lemma_ not in REPORT_VERBS:
            return False
        subject = next((c for c in _children(verb) if c.dep_ in SUBJECT_DEPS), None)
        return subject is not None and subject.pos_ == "NOUN" and self._person_of(subject) is None

    def _main_subject(self, sent) -> str | None:
        """The person who is the subject of a sentence's main verb (or whose the subject is: "Son's first engagement
        had come a day earlier. On Tuesday he called on X")."""
        subject = next((self._person_of(tok) or next((k for c in _children(tok) if c.dep_ == "poss"
                                                      for k in [self._person_of(c)] if k), None)
                        for tok in sent if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT"), None)
        if subject is None and not any(t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" for t in sent):
            # a parse without a subject ("Excluded from Honiara, China's envoy, Qian Bo, spent the week elsewhere"
            # hung on "Excluded"): the first person the sentence names
            subject = next((k for t in sent for k in [self.actors.actor_at(t)] if k and k.startswith("person:")), None)
        return subject

    def _speaker(self, token: Token) -> str | None:
        """'I' (or 'me', 'my'): in a quote, the person the sentence (or the next ones of the paragraph) says
        spoke ('"I met him on Friday," Lavrov said'); outside quotes in an interview, the interviewee."""
        sentences = [_sent(token)]
        nxt = _sent(token).end
        while nxt < len(self.doc) and len(sentences) < 3 and "\n" not in self.doc[nxt - 1].whitespace_ \
                and "\n" not in self.doc[nxt].text:
            sentences.append(_sentence(self.doc, nxt))
            nxt = sentences[-1].end
        if _in_quotes(token):
            for sent in sentences:
                for verb in (t for t in sent if t.lemma_ in ("say", "tell", "add", "write", "recall", "insist")
                             and not _in_quotes(t)):
                    for subject in (c for c in _children(verb) if c.dep_ in SUBJECT_DEPS):
                        key = self._person_of(subject) or (
                            self._pronoun(subject) if subject.lower_ in ("he", "she") else None)
                        if key and key.startswith("person:"):
                            return key
            return None
        return self._interviewee() or self._author()

    def _author(self) -> str | None:
        """Outside quotes in a statement, media release, speech or op-ed written in the first person, its
        author: the person named in the heading, before the text's first unquoted 'I' ("Media release -
        Senator the Hon Penny Wong, Minister for Foreign Affairs ... Today I will travel to Fiji").
        A text that names nobody before its first 'I' has no author we can name."""
        if self._author_cache is None:
            self._author_cache = ""
            firsts = self._first_person()
            if len({_sentence(self.doc, i).start for i in firsts}) >= 2:
                heading_end = self.actors.text.find("\n\n")
                before = sorted((i, k) for i, k in self.actors.token_actor.items()
                                if i < firsts[0] and k.startswith("person:")
                                and (heading_end < 0 or self.doc[i].idx < heading_end))
                if before and len({k for _, k in before}) == 1:
                    self._author_cache = before[0][1]
        return self._author_cache or None

    def _first_person(self) -> list[int]:
        """Where the text says "I" outside quotes: an interviewee's or a release's author's own voice."""
        if self._first_person_cache is None:
            self._first_person_cache = [t.i for t, w in zip(self.actors.tokens, self.actors.texts)
                                        if w == "I" and not _in_quotes(t)]
        return self._first_person_cache

    def _interviewee(self) -> str | None:
        """In an interview (the text says so and its answers speak in the first person), the person
        interviewed: the person most often the subject of the text before the first question."""
        if self._interviewee_cache is None:
            self._interviewee_cache = ""
            text = self.actors.text
            firsts = len(self._first_person())
            if re.search(r"\binterview", text, re.IGNORECASE) and (firsts >= 3 or firsts >= 1 and re.search(
                    r"^\s*Q\s*:", text, re.MULTILINE)):
                question = next((i for i, w in enumerate(self.actors.texts) if w == "?"), len(self.doc))
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
            for tok, lower in zip(self.actors.tokens, self.actors.lowers):
                if lower not in ("his", "her") or tok.dep_ != "poss":
                    continue
                verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
                subject = next((c for c in _children(verb) if c.dep_ in SUBJECT_DEPS), None) if verb else None
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
        for child in _children(tok):
            if child.dep_ == "appos" and (self.actors.actor_at(child) or "").startswith("person:"):
                return self.actors.actor_at(child)  # "the EU's foreign policy chief Kaja Kallas held talks"
        if key is None and (tok.pos_ == "NOUN" and (_is_definite(tok) or any(
                c.dep_ == "poss" and self.actors.word_country(c) for c in _children(tok)))
                or tok.pos_ == "PROPN" and tok.lower_ in PERSON_NOUNS and _is_definite(tok) and self._office_field(tok)):
            # ("The Minister of External Relations will travel to Lisbon, where he will be received by X")
            key = self._definite_person(tok)  # (also "New Zealand's prime minister has confirmed he will ...")
        return key if key and key.startswith("person:") else None

    def _visitors(self) -> set[str]:
        """The visitors of the visits and receptions told so far; in a story filed from a country, those received in
        it when there are any ("the visiting dignitary" in a story from New Delhi is not the Indian leader whose past
        trip abroad it recalls)."""
        visits = [m for m in self.mentions if any(role is Role.VISITOR for _, role in m.participants)]
        home = _dateline_country(self.article.dateline)
        if home:
            here = f"country:{normalise_name(home)}"
            hosted = [m for m in visits if any(role is Role.HOST and self.actors.party_of(k) == here
                                               for k, role in m.participants)]
            visits = hosted or visits
        return {k for m in visits for k, role in m.participants if role is Role.VISITOR}

    def _office_field(self, token: Token) -> list[str] | None:
        """"the Minister of External Relations", "The Secretary of State": the capitalised words of the office
        the post is of (None when the post has no such phrase, or is of a country or a named party)."""
        preps = [c for c in _children(token) if c.dep_ == "prep"]
        if len(preps) != 1 or preps[0].lower_ != "of" or self.actors._after_of_country(preps[0].i)[1]:
            return None
        objects = [o for o in _children(preps[0]) if o.dep_ == "pobj"]
        if len(objects) != 1:
            return None
        words = [t for t in _subtree(objects[0]) if t.lower_ not in ("the", "and", "&")]
        if not words or any(not t.text[:1].isupper() or self.actors.actor_at(t) for t in words):
            return None
        return [t.lower_ for t in words if t.is_alpha]

    def _definite_person(self, token: Token) -> str | None:
        """'the minister', 'the Turkish leader': the most recent person whose post (and country) fits."""
        noun, modifiers = token.lower_, [c for c in _children(token) if c.dep_ in ("amod", "compound")
                                         or c.dep_ == "poss" and self.actors.word_country(c)]  # ("India's top diplomat")
        if noun == "head":  # "the head of Spanish diplomacy": its top diplomat
            field = next((o for c in _children(token) if c.dep_ == "prep" and c.lower_ == "of" for o in _children(c)
                          if o.dep_ == "pobj" and o.lower_ == "diplomacy"), None)
            if field is not None:
                noun, modifiers = "diplomat", [c for c in _children(field) if c.dep_ in ("amod", "compound")]
            elif any(o.lower_ in ("state", "government") for c in _children(token) if c.dep_ == "prep" and c.lower_ == "of"
                     for o in _children(c) if o.dep_ == "pobj"):
                noun = "leader"  # "Vietnam's head of state": the country's leader named before
        if noun not in PERSON_NOUNS:
            return None
        country = None
        for child in modifiers:
            if self.actors.word_country(child):
                country = self.actors.word_country(child)
        if country is None:
            country = self.actors._after_of_country(token.i + 1)[1]  # "the foreign minister of Oman"
        top_diplomat = noun == "diplomat" and (token.lower_ == "head" or any(
            c.lower_ in ("top", "chief") for c in modifiers))  # "the Russian top diplomat": the foreign minister
        visiting = any(c.lower_ == "visiting" for c in modifiers) or noun in ("guest", "visitor")
        visitors = self._visitors() if visiting else set()
        if noun in ("guest", "visitor") and not visitors:
            return None  # (a guest is the visitor of a visit the story told, not the last person named)
        posts = [c.lower_ for c in modifiers if c.is_alpha and not self.actors.word_country(c)
                 and not (top_diplomat and c.lower_ in ("top", "chief")) and c.lower_ != "visiting"]
        field = self._office_field(token) if token.pos_ == "PROPN" else None
        phrase = self.doc[token.i:token.right_edge.i + 1]
        office = self.gaz.title(phrase.text) if field else None
        # an office the gazetteer does not know: the people the text named with that very post before
        styled = {key for i, key in self.actors.persons_before(token.i, 0)
                  if phrase.text.lower() in self.doc[max(0, i - 16):i].text.lower()} if field and not office else set()

        def fits(key: str) -> bool:
            actor = self.actors.actors[key]
            if country and actor.country != country:
                return False
            if visitors and key not in visitors:
                return False  # "called on the visiting president": the president on the visit the story told
            if token.lower_ == "head" and noun == "leader" and actor.title and not self._leads(key):
                return False  # ("Vietnam's head of state" is not its foreign minister)
            if token.lower_ in ("monarch", "sovereign", "ruler"):
                if (actor.title or "") not in ROYAL_TITLES:
                    return False  # "the Bhutanese monarch": the king (or emir, sultan ...) named before
            elif top_diplomat:
                if not any(w in (actor.title or "").lower() for w in ("foreign", "external affairs", "secretary of state")):
                    return False
            elif noun not in ("leader", "official", "envoy", "diplomat", "visitor", "guest", "dignitary") and \
                    (actor.title is None or noun not in actor.title.lower()):
                return False
            if field and not (post_spelling((actor.title or "").lower()) == post_spelling(office.lower()) if office
                              else key in styled or all(p in (actor.title or "").lower() for p in field)):
                return False  # "the Minister of Foreign Affairs" is the foreign minister named before, not another
            # ("an Iranian deputy foreign minister" is not the Iranian Foreign Minister named before)
            return not any(p not in (actor.title or "").lower() for p in posts)

        nearest = None
        for i, key in self.actors.persons_before(token.i, token.i - 499):
            if fits(key):
                nearest = nearest or key
                if _in_subject(self.doc[i]):
                    return key
        if nearest is None and len(styled) == 1:
            nearest = next(iter(styled))  # (named with that post further back than the reach above)
        bare = not any(c.dep_ in ("amod", "compound") and c.is_alpha and not self.actors.word_country(c)
                       for c in _children(token))
        if nearest is None and country and _is_definite(token) and bare:
            # "the Rwandan president" after "Rwanda's Paul Kagame" (whose post the text did not give): the one
            # person of that country named before
            compatriots = {k for _, k in self.actors.persons_before(token.i, token.i - 500)
                           if self.actors.actors[k].country == country}
            nearest = next(iter(compatriots)) if len(compatriots) == 1 else None
        if nearest is None and country and _sent(token).start <= self._lede_end():
            # a lede that names the post and leaves the name for later: "Pakistan's defence minister and his Afghan
            # counterpart met in Istanbul on Wednesday ... Khawaja Asif led the Pakistani delegation": the person of
            # that country and post named in the next paragraphs (of that country alone, when only one is named)
            after = [k for _, k in self.actors.persons_after(token.i + 1, token.i + LEDE_REACH)]
            nearest = next((k for k in after if fits(k)), None)
            compatriots = list(dict.fromkeys(k for k in after if self.actors.actors[k].country == country))
            title = (self.actors.actors[compatriots[0]].title or "").lower() if len(compatriots) == 1 else None
            if nearest is None and title is not None and (not title or bare and post_spelling(noun) in post_spelling(title)):
                nearest = compatriots[0]  # (whose post the text does not give again, or gives as the phrase does)
        if nearest is None and country and _is_definite(token) and not any(
                self.actors.actors[k].country == country for _, k in self.actors.persons_before(token.i, token.i - 500)):
            # "The visiting minister, General Jeje Odongo ... held talks with Mudavadi ... the Ugandan minister was
            # received by Ruto", "Fidan held talks ... Rashid received the Turkish minister": no one of that country
            # named before, the post is the person of no known country whose post (if any) fits, named in the
            # sentences just before (not in this one: another party) and taking part in more of the interactions told
            # so far than any other such person; the story thereby gives that person's country
            here = {self.actors.actor_at(t) for t in _sent(token)}
            taking_part: dict[str, int] = {}
            for _, key in self.actors.persons_before(token.i, token.i - UNPLACED_REACH):
                actor = self.actors.actors[key]
                title = (actor.title or "").lower()
                if actor.country is None and key not in here and key not in taking_part and (
                        not title or title in MILITARY_RANKS or fits(key) or post_spelling(noun) in post_spelling(title)):
                    taking_part[key] = sum(key in m.keys for m in self.mentions)
            ranked = sorted(taking_part.values(), reverse=True)
            if ranked and ranked[0] > 0 and (len(ranked) == 1 or ranked[1] < ranked[0]):
                key = next(k for k, n in taking_part.items() if n == ranked[0])
                self.actors.actors[key].country = country
                return key
        return nearest

    def _lede_end(self) -> int:
        """The index of the first token after the story's first sentence."""
        return next((s.end for s in self.doc.sents if any(t.is_alpha for t in s)), 0)

    def _subjects(self, verb: Token, sentence: Span) -> list[str]:
        """Subjects of a verb, climbing xcomp/advcl/conj chains: 'X is expected to meet Y'."""
        tok = verb
        for _ in range(4):
            subjects = [c for c in _children(tok) if c.dep_ in ("nsubj", "nsubjpass")] or [
                g for c in _children(tok) if c.dep_ in ("punct", "dep", "compound") and tok.i - 3 <= c.i < tok.i
                for g in _children(c) if g.dep_ in ("nsubj", "nsubjpass")] or [  # "X and Y co-chaired": split prefix
                g for c in _children(tok) if c.dep_ == "aux" and c.i < tok.i
                for g in _children(c) if g.dep_ in ("nsubj", "nsubjpass")]  # ("X, Mr Y, will on Wednesday host Z": the
            # subject hung on "will")
            if not subjects and tok.dep_ == "ROOT" and tok.tag_ in ("VBZ", "VBD"):
                # "Takeshi Iwaya heads to Beijing": the name parsed as a compound of the verb
                subjects = [c for c in _children(tok) if c.dep_ == "compound" and c.i == tok.i - 1
                            and (self.actors.actor_at(c) or "").startswith(("person:", "country:"))]
            if not subjects and tok.head.lower_ == "co" and tok.head.i < tok.i:
                # "Wang Yi co-chaired" parsed with 'co' as the root and the name as its compound
                subjects = [c for c in _children(tok.head) if c.dep_ in ("nsubj", "compound") and c.i < tok.head.i
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
                    # "Macron, joined by Merz, met Zelenskiy": who joins the subject takes part too
                    keys.extend(k for a in _children(s) if a.dep_ == "acl" and a.lemma_ == "join"
                                for g in _children(a) if g.dep_ == "agent" for o in _children(g) if o.dep_ == "pobj"
                                for k in self._resolve(o, sentence) if k not in keys)
                return keys
            if tok.dep_ == "xcomp":
                controller = [c for c in _children(tok.head) if c.dep_ == "dobj"]
                found = self._resolve(controller[0], sentence) if controller else []
                if found:
                    return found  # "Merz invited Modi to visit Berlin" (but "used the margins to meet X": the user)
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

    def _in_honour_of(self, prep: Token) -> Token | None:
        """The X of "in honour of X" when ``prep`` is its "in" (the "of" read by position: the parser often hangs
        it on the verb)."""
        if prep.dep_ != "prep" or prep.lower_ != "in":
            return None
        honour = next((c for c in _children(prep) if c.dep_ == "pobj" and c.lower_ in ("honour", "honor")), None)
        if honour is None or honour.i + 1 >= len(self.doc) or self.doc[honour.i + 1].lower_ != "of":
            return None
        return next((c for c in _children(self.doc[honour.i + 1]) if c.dep_ == "pobj"), None)

    def _arguments(self, trig: Token, gov: Token, sentence: Span) -> tuple[list[str], list[str], list[str]]:
        """(subjects, objects, mediators) of the trigger."""
        subjects: list[str] = []
        objects: list[str] = []
        mediators: list[str] = []
        heads = [trig] if gov == trig else [trig, gov]
        heads += [c for c in _children(trig) if c.dep_ == "acl" and c.tag_ == "VBN"
                  and c.lemma_.lower() in SUPPORT_VERBS]  # "the talks held between the two Ministers last November"
        if trig.dep_ == "compound" and trig.head.lemma_ in FRAME_NOUNS:
            heads.insert(1, trig.head)  # "a mediation effort between X and Y": the phrase hangs on "effort"
        if gov.lemma_ == "be" and (presiding := next((t for t in self.doc[gov.i + 1:min(gov.i + 5, sentence.end)]
                                                      if t.tag_ == "VBN" and t.lemma_ in PRESIDE_VERBS), None)):
            heads.append(presiding)  # "the summit was co-chaired by A and B" (parsed with "co" or "chaired" under "was")
        if trig.pos_ in ("VERB", "AUX") or trig.lower_ == "due" or (gov != trig and gov.lemma_.lower() in SUPPORT_VERBS) or (
                trig.lemma_ == "phone" and gov.lemma_ == "be") or (
                gov != trig and gov.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("due", "expected")
                                                           for c in _children(gov))):
            # ("Li is due in Cebu on Thursday for the summit": Li attends it)
            subjects = self._subjects(gov, sentence)
            if not subjects and trig.dep_ == "pobj" and trig.head.head.pos_ in ("VERB", "AUX"):
                subjects = self._subjects(trig.head.head, sentence)
        elif gov != trig and trig.dep_ == "pobj" and trig.head.lower_ in ("in", "during", "over") \
                and trig.head.head == gov and gov.pos_ == "VERB" and gov.lemma_ not in REPORT_VERBS \
                and gov.i not in self.trigger_heads:  # (not "spoke in a phone call": the verb tells it)
            # "The two men had settled the final wording in a phone call": they held it; "X persuaded Y in a phone
            # call to hold off": and the one it was told to
            subjects = self._subjects(gov, sentence)
            objects.extend(k for c in _children(gov) if c.dep_ == "dobj" and self.actors.actor_at(c)
                           for k in self._resolve(c, sentence))
        elif trig.dep_ == "pobj" and trig.head.lower_ in ("after", "at") and trig.head.head.pos_ == "VERB" \
                and trig.head.head.lemma_ not in REPORT_VERBS and trig.head.head.i not in self.trigger_heads \
                and not any(c.dep_ == "prep" and c.lower_ in ("of", "with", "between") or c.dep_ in (
                    "compound", "poss", "amod") and self.actors.actor_at(c) for c in _children(trig)) \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in _children(trig.head.head)):
            # "A and B pledged to align their purchases after an annual leaders' meeting", "A and B made the pledge at
            # a leaders' retreat": the gathering of those who acted together at it (two at least: "after the talks, X
            # said" and "X criticised Y after a meeting" tell nothing of who met; not a passive's subject: "They were
            # patched up at talks in Ankara"; and "after the White House meeting" names its own parties)
            together = self._subjects(trig.head.head, sentence)
            if len(together) >= 2:
                subjects = together
        for head in heads:
            for child in _children(head):
                if child.dep_ == "prep" and (child.lower_ in ("by", "over", "via") or child.lower_ == "on" and any(
                        o.lower_ in PHONE_WORDS for o in _children(child))):
                    # "spoke by telephone with X", "on the phone with X": the with-phrase hangs on the channel noun
                    for pobj in _children(child):
                        for grand in _children(pobj):
                            if grand.dep_ == "prep" and grand.lower_ == "with":
                                for target in _children(grand):
                                    if target.dep_ == "pobj":
                                        objects.extend(self._resolve(target, sentence))
                if child.dep_ == "dobj" and child.lower_ in ("whom", "who") and head == trig and trig.dep_ == "relcl":
                    objects.extend(self._resolve(trig.head, sentence))  # "praised Trump, whom he met in October"
                elif (child.dep_ in ("dobj", "attr") or child.dep_ == "oprd" and (
                        self.actors.actor_at(child) or "").startswith("person:") or child.dep_ == "npadvmod" and (
                        self.actors.actor_at(child) or "").startswith("person:") and trig.pos_ == "VERB"
                        and child.left_edge.i == trig.i + 1) \
                        and child != trig and head == trig and not (
                        trig.lemma_ in ("discuss", "negotiate", "review") and not self.actors.actor_at(child)):
                    objects.extend(self._resolve(child, sentence))  # (what is discussed is the topic, not a party)
                    # ("had secretly met Norwegian Prime Minister X": the titled name is parsed as a modifier)
                elif child.dep_ == "prep" and child.lower_ == "with" and any(
                        c.dep_ == "pcomp" and c.lower_ == "visiting" for c in _children(child)):
                    # "held talks with visiting President X" (parsed "with [visiting X]"): X is met
                    objects.extend(k for v in _children(child) if v.dep_ == "pcomp" and v.lower_ == "visiting"
                                   for c in _children(v) if c.dep_ == "dobj" for k in self._resolve(c, sentence))
                elif child.dep_ in ("xcomp", "advcl") and child.lower_ == "visiting" and head == trig:
                    # "X met visiting Saudi Foreign Minister Y", parsed "met [visiting Y]": Y is met
                    objects.extend(k for c in _children(child) if c.dep_ == "dobj" for k in self._resolve(c, sentence))
                elif child.dep_ == "prep" and child.lower_ == "with" and head.lemma_ in MOTION_VERBS:
                    continue  # "Wong, who travelled with the Prime Minister": a companion, not a host
                elif child.dep_ == "prep" and (child.lower_ in ("with", "between", "among", "to", "by", "from") or (
                        child.lower_ == "of" and head == trig and trig.pos_ in ("NOUN", "PROPN")) or (
                        child.lower_ == "for" and head == trig and trig.lemma_ in MEAL_NOUNS)):
                    dangling = self._dangling_object(child)
                    for pobj in [*_children(child), *([dangling] if dangling is not None else [])]:
                        if pobj.dep_ != "pobj" and pobj is not dangling:
                            continue
                        if child.lower_ == "of" and any(c.dep_ == "poss" for c in _children(pobj)) and (
                                self.actors.actor_at(pobj) or "").startswith("institution:"):
                            continue  # "a meeting of their Strategic Cooperation Council": the forum, not a party
                        found = self._resolve(pobj, sentence)
                        if child.lower_ == "of" and not found:
                            # "a session of the High-Level Cooperation Council between Greece and Turkey": the body's
                            # parties
                            found = [k for w in _children(pobj) if w.dep_ == "prep" and w.lower_ == "between"
                                     for o in _children(w) if o.dep_ == "pobj" for k in self._resolve(o, sentence)]
                        if child.lower_ == "of" and (found or head == trig and pobj.lemma_ in BODY_NOUNS):
                            # "a meeting of the three foreign ministers with Germany's X": the with-phrase hung on
                            # the group (or on the body met: "the next session of the joint commission with X")
                            found += [k for w in _children(pobj) if w.dep_ == "prep" and w.lower_ == "with"
                                      for o in _children(w) if o.dep_ == "pobj" for k in self._resolve(o, sentence)]
                        if child.lower_ == "by" and head.lemma_ in ("broker", "mediate", "host", "facilitate",
                                                                    "organise", "organize", "sponsor"):
                            mediators.extend(found)
                        elif child.lower_ == "to" and not (trig.lemma_ in ("visit", "trip", "tour") or (
                                trig.lemma_ in ("talk", "speak") and trig.pos_ in ("VERB", "AUX"))
                                                           or head.lemma_ in MOTION_VERBS):
                            continue  # ("talked to X"; but "talks on gas transit to China": the topic's phrase)
                        elif child.lower_ == "to" and (head.lemma_ in MOTION_VERBS or trig.lemma_ in ("visit", "trip")) \
                                and pobj.ent_type_ != "GPE" and not self.gaz.place(pobj.text) and not self.gaz.city(pobj.text) \
                                and not (self.actors.actor_at(pobj) or "").startswith("country:"):
                            continue  # one travels to a place: "travel to Busan" is not a meeting with a "Busan"
                        elif child.lower_ == "to" and head != trig and head.lemma_ in MOTION_VERBS and any(
                                c.dep_ == "prep" and c.lower_ == "with" for c in _children(trig)):
                            continue  # "travel to Oman for talks with the United States": the talks' other party
                            # is named; the destination hosts them
                        elif child.lower_ == "from" and (head != trig and not (
                                head.lemma_ in ("receive", "get", "take") and trig.dep_ == "dobj" and trig.head == head)
                                                         or head.lemma_ in MOTION_VERBS):
                            continue  # ("flew in from Maputo": where the trip began; but "received a phone call on
                            # Monday from X", the from-phrase hung on the verb: the caller)
                        elif head == trig and trig.pos_ in ("NOUN", "PROPN") and (child.lower_ == "by" or (
                                child.lower_ == "of" and trig.lemma_ in ("visit", "trip", "tour") and any(
                                    c.dep_ == "prep" and c.lower_ == "to" for c in _children(trig)))):
                            subjects.extend(found)  # "a visit by X", "the visit of X to Y": X is the visitor
                        else:
                            objects.extend(found)
                elif child.dep_ == "agent" and head == trig:
                    for pobj in _children(child):
                        objects.extend(self._resolve(pobj, sentence))
                elif head == trig and child.dep_ == "prep" and child.lower_ in ("at", "in") and (agents := [
                        a for a in _misplaced_agents(trig) if a.head.head.head == child]):
                    objects.extend(k for a in agents for k in self._resolve(a, sentence))  # ("received at X by Y")
                elif trig.lemma_ in MEAL_NOUNS and (honoured := self._in_honour_of(child)) is not None:
                    objects.extend(self._resolve(honoured, sentence))  # "hosted a dinner in honour of X": X is a guest
                elif (child.dep_ in ("acl", "relcl") and child.lemma_ in PRESIDE_VERBS and head == trig) or (
                        child.dep_ == "agent" and head != trig and head.lemma_ in PRESIDE_VERBS):
                    # "the ministers' meeting, which was attended by A, B and C"; "the summit was attended by A"; "the
                    # summit was co-chaired by A and B"; "the meeting, chaired by A and attended by B and C"
                    verb = head if child.dep_ == "agent" else child
                    presiding = [k for v in [verb, *(c for c in _children(verb) if c.dep_ == "conj"
                                                     and c.lemma_ in PRESIDE_VERBS)]
                                 for agent in ([child] if v is head else _children(v)) if agent.dep_ == "agent"
                                 for pobj in _children(agent) for k in self._resolve(pobj, sentence)]
                    if verb.lemma_ == "attend" or len(set(presiding)) >= 2:
                        # (one chair alone with the body whose session it is makes no pair: "the session of the
                        # Council was chaired by X")
                        objects.extend(k for k in dict.fromkeys(presiding) if k not in objects)
                elif child.dep_ == "acl" and child.lemma_ in ("broker", "mediate", "host", "facilitate"):
                    for agent in _children(child):
                        if agent.dep_ == "agent":
                            for pobj in _children(agent):
                                mediators.extend(self._resolve(pobj, sentence))
                    if head == trig:
                        # "the summit, hosted by X and attended by all five presidents": who attends takes part
                        objects.extend(k for c in _children(child) if c.dep_ == "conj" and c.lemma_ == "attend"
                                       for a in _children(c) if a.dep_ == "agent"
                                       for pobj in _children(a) for k in self._resolve(pobj, sentence))
        for w in (t for t in _subtree(gov) if t.lower_ == "with" and t.dep_ == "prep"):
            # "held indirect talks, with U.S. envoy X shuttling between the two sides", "..., with Turkish and
            # Qatari officials mediating": who mediates
            for clause in (c for c in _children(w) if c.dep_ == "pcomp" and c.lemma_ in (
                    "mediate", "shuttle", "broker", "facilitate", "carry", "relay", "pass", "ferry")):
                mediators.extend(k for c in _children(clause) if c.dep_ in ("nsubj", "nsubjpass")
                                 for k in self._resolve(c, sentence) if k not in subjects + objects)
                # "Iran and the United States held talks, with Albusaidi carrying messages between Araghchi and
                # Witkoff": the sides' negotiators, named there, stand for their countries
                sides = [k for b in _subtree(clause) if b.dep_ == "prep" and b.lower_ == "between" for o in _children(b)
                         if o.dep_ == "pobj" for k in self._resolve(o, sentence) if k.startswith("person:")]
                parties = subjects + objects
                if len(sides) >= 2 and parties and {self.actors.country_key(k) for k in sides} == set(parties):
                    subjects, objects = sides[:1], sides[1:]
        if gov != trig and trig.dep_ == "dobj" and gov.lemma_ in ("mediate", "broker", "facilitate", "sponsor"):
            # "Egypt, Qatar and the United States mediated talks between Israel and Hamas": the mediators
            mediators.extend(k for k in self._subjects(gov, sentence) if k not in objects)
        if not objects and gov != trig and trig.dep_ == "pobj" and trig.head.lower_ in ("in", "during", "over") \
                and gov.pos_ in ("VERB", "AUX"):
            # "took up the impasse with X in a video call", "raised the issue with X during a meeting": the with-phrase
            # hung on the verb's object
            objects.extend(k for o in _children(gov) if o.dep_ == "dobj" for w in _children(o)
                           if w.dep_ == "prep" and w.lower_ == "with" for p in _children(w) if p.dep_ == "pobj"
                           for k in self._resolve(p, sentence) if k.startswith("person:"))
        if not objects and (trig.pos_ in ("NOUN", "PROPN") or trig.lemma_ in ("discuss", "negotiate", "review")):
            # "held talks on the boundary question with Ajit Doval", "discussed the crossings with his Lebanese
            # counterpart": the with-phrase hung on the topic's noun (a person only, or an official: "talks on
            # cooperation with China" are about China)
            topics = [o for p in _children(trig) if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                      for o in _children(p) if o.dep_ == "pobj"] if trig.pos_ in ("NOUN", "PROPN") else [
                o for o in _children(trig) if o.dep_ == "dobj"]
            for topic in topics:
                for w in (w for w in _children(topic) if w.dep_ == "prep" and w.lower_ == "with"):
                    objects.extend(k for o in _children(w) if o.dep_ == "pobj" for k in self._resolve(o, sentence)
                                   if k.startswith("person:") or o.lemma_.lower() in PERSON_NOUNS | GENERIC_OFFICIALS)
        if not objects and trig.lemma_ in ("sign", "initial", "ink") and trig.pos_ in ("VERB", "AUX"):
            # "signed a protocol with Belgian Foreign Minister X", "will sign a free trade deal with Japan": the
            # with-phrase hung on the document names the other signatory
            objects.extend(k for d in _children(trig) if d.dep_ == "dobj" for w in _children(d)
                           if w.dep_ == "prep" and w.lower_ == "with" for o in _children(w) if o.dep_ == "pobj"
                           for k in self._resolve(o, sentence))
        named_joined = gov.lemma_ == "join" and any(c.dep_ == "dobj" and (
            (self.actors.actor_at(c) or "").startswith("person:") or c.lower_ in ("them", "him", "her"))
            for c in _children(gov))  # (who is joined, named or told by a pronoun; not "the leaders")
        if gov != trig and trig.dep_ == "pobj" and trig.head.lower_ == "for" and (gov.lemma_ in (
                "host", "receive", "welcome", "invite") or (gov.lemma_ == "join" and (
                    not _is_definite(trig) or named_joined))):
            # "Fidan hosted his Ukrainian counterpart Sybiha for talks": the guest is the other party; "Sybiha
            # was hosted by Fidan for talks": the host is; "X joined Y and Z for talks": all three (but "joined the
            # leaders for the afternoon session" joins a gathering told before; "join Wong and Kamikawa for the
            # annual talks" names who is there)
            if gov.lemma_ == "join" and not subjects:
                subjects = self._subjects(gov, sentence)
            for child in _children(gov):
                if child.dep_ == "dobj":
                    objects.extend(self._resolve(child, sentence))
                elif child.dep_ == "agent":
                    objects.extend(k for p in _children(child) if p.dep_ == "pobj" for k in self._resolve(p, sentence))
        if gov != trig and gov.lemma_ == "attend" and gov.dep_ == "acl" and gov.head.lower_ in ("those", "leaders"):
            # "Among those attending the summit were A, B and C", "Those attending the summit included A and B"
            clause = gov.head.head if gov.head.dep_ in ("nsubj", "nsubjpass") else (
                gov.head.head.head if gov.head.dep_ == "pobj" else None)
            if clause is not None and clause.pos_ in ("VERB", "AUX") and clause.lemma_ in ("be", "include"):
                objects.extend(k for c in _children(clause) if c.dep_ in ("nsubj", "attr", "dobj") and c != gov.head
                               for k in self._resolve(c, sentence))
        if gov != trig and trig.dep_ == "nsubj" and gov.lemma_ == "bring" and any(
                c.lower_ == "together" for c in _subtree(gov)):
            # "The Quad meeting brought Wong and Kamikawa together with Blinken and Jaishankar": who it brought
            objects.extend(k for c in _children(gov) if c.dep_ == "dobj" for k in self._resolve(c, sentence))
            objects.extend(k for c in _children(gov) if c.dep_ == "prep" and c.lower_ == "with" for p in _children(c)
                           if p.dep_ == "pobj" for k in self._resolve(p, sentence))
        if trig.pos_ in ("NOUN", "PROPN"):
            # "Biden's meeting with Xi", "US-China talks", "Japanese-American negotiations"
            for child in _children(trig):
                if child.dep_ in ("poss", "compound", "amod", "nmod"):
                    if child.dep_ == "compound" and self.gaz.is_capital(child.text):
                        continue  # "the Ankara meeting": where, not who
                    k = self.actors.actor_at(child)
                    if k is None and child.dep_ == "poss" and child.lower_ in ("his", "her"):
                        k = self._pronoun(child)  # "His August trip to Port-au-Prince"
                    elif k is None and child.dep_ == "poss" and child.lower_ == "your":
                        k = next(iter(self._resolve(child, sentence)), None)  # an interview's "Your visit to Tokyo"
                    elif k is None and child.dep_ == "poss" and any(c.dep_ == "det" and c.lower_ == "the"
                                                                    for c in _children(child)):
                        # "The Syrian President's previous visit to the UAE": the person the post names, as it
                        # would as a subject ("The Syrian President visited the UAE")
                        k = self._definite_person(child)
                    country = self.actors.word_country(child) if not k and child.pos_ in ("ADJ", "PROPN") else None
                    if country:
                        self.actors._country(self.doc[child.i:child.i + 1], country)
                        k = self.actors.actor_at(child)
                    if k:
                        subjects.append(k)
                        for sub in _children(child):
                            if sub.dep_ in ("conj", "compound", "amod", "nmod", "punct") and sub.i != child.i:
                                sk = self.actors.actor_at(sub)
                                if sk:
                                    subjects.append(sk)
        if gov != trig and gov.lemma_ in ("include", "feature", "involve") and trig.dep_ == "dobj" and not subjects:
            # "His August trip to Port-au-Prince included a meeting with X": the traveller meets X
            trip = next((c for c in _children(gov) if c.dep_ in SUBJECT_DEPS and c.i in self.trigger_heads), None)
            if trip is not None:
                subjects = [k for c in _children(trip) if c.dep_ == "poss" for k in (
                    [self._pronoun(c)] if c.lower_ in ("his", "her") else self._resolve(c, sentence)) if k]
        if trig.pos_ in ("VERB", "AUX") and not objects and not any(c.dep_ == "dobj" for c in _children(trig)):
            # "received on Monday 9 February 2026 in Rabat Mr. Mohamed Salem Ould Merzoug" (press-release order:
            # the guest parsed inside the place phrase): a person is never a place
            for prep in (c for c in _children(trig) if c.dep_ == "prep" and c.lower_ in ("in", "at")):
                for pobj in (o for o in _children(prep) if o.dep_ == "pobj" and o.ent_type_ == "PERSON"):
                    objects.extend(k for k in self._resolve(pobj, sentence) if k.startswith("person:"))
        if trig.lemma_.lower() in ("visit", "trip") and (invitation := _invitation_above(trig)) is not None:
            # "Fidan handed him an invitation from Erdogan to visit Turkey", "Xi extended an invitation to Ruto for
            # a state visit": who is invited travels, not who hands the invitation over (nobody, when the text does
            # not say whom it was handed to)
            subjects = self._invited(invitation, sentence)
        if trig.lemma_ == "receive" and trig.pos_ == "VERB" and not objects and not any(
                c.dep_ in ("dobj", "agent", "nsubjpass") for c in _children(trig)):
            guest = self._guest_after_verb(trig)
            if guest is not None:
                objects.append(self.actors.actor_at(guest))
        if any(k.startswith("person:") for k in subjects) and (trig.lemma_.lower() in GATHERING_NOUNS or not objects):
            # "X will attend the summit along with Y", "X and Y are expected in Asuncion for the summit, along with
            # Z": Y and Z attend too (but "held talks with A, along with B" leaves B a companion)
            subjects += [k for head in dict.fromkeys((gov, trig)) for along in _children(head)
                         if along.dep_ in ("prep", "advmod") and along.lower_ in ("along", "together")
                         for w in _children(along) if w.dep_ == "prep" and w.lower_ == "with"
                         for o in _children(w) if o.dep_ == "pobj" for k in self._resolve(o, sentence)]
        # "Sunak and Modi met", "the two leaders met": reciprocal subjects are all participants.
        return list(dict.fromkeys(subjects)), list(dict.fromkeys(objects)), list(dict.fromkeys(mediators))

    def _guest_after_verb(self, verb: Token) -> Token | None:
        """The first person named after "received" whose phrase hangs on it through nothing but places and
        appositions: "received on Monday, at the headquarters of the Ministry in Luanda, the Minister of Foreign
        Affairs of Brazil, Mauro Vieira" (a press release's word order, which the small model parses with the guest
        under the place, or as a conjunct of an adverbial "the Minister"; and "received at the palace on Sunday H.E.
        X", parsed as one noun phrase "Sunday H.E. X" under "on")."""
        doc = verb.doc
        for t in _subtree(verb):
            if t.i <= verb.i or not (self.actors.actor_at(t) or "").startswith("person:"):
                continue
            node = t
            while node != verb and node.pos_ not in ("VERB", "AUX") and not (
                    node.dep_ == "prep" and node.lower_ not in ("in", "at") and not (
                        node.lower_ == "on" and node.i + 1 < t.i and doc[node.i + 1].ent_type_ == "DATE"
                        and doc[t.i - 1].ent_type_ != "DATE")) and node.dep_ not in ("relcl", "acl", "poss"):
                node = node.head
            if node == verb:
                return t
        return None

    def _invited(self, invitation: Token, sentence: Span) -> list[str]:
        """Who an invitation is for: "an invitation to X", "handed him an invitation", "conveyed an invitation to
        X", "X accepted an invitation"; none when the text does not say."""
        verb = invitation.head if invitation.dep_ in ("dobj", "nsubjpass") else None
        for tok in (invitation, verb):
            if tok is None:
                continue
            for c in _children(tok):
                if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to"):
                    found = [k for o in ([c] if c.dep_ == "dative" else _children(c))
                             if o.dep_ in ("dative", "pobj") for k in self._resolve(o, sentence)]
                    if found:
                        return found
        if verb is not None and invitation.dep_ == "dobj" and verb.lemma_ in RECEIVE_INVITATION_VERBS:
            return self._subjects(verb, sentence)
        return []

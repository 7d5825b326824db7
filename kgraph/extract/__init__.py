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

One stage, several modules:

- :mod:`~kgraph.extract.actors`: step 1 (``DocumentActors``);
- :mod:`~kgraph.extract.interactions`: step 2's trigger rules (type, channel, place, topic) and step 3
  (``InteractionFinder``), with the rules for who in :mod:`~kgraph.extract.participants` and for when and
  whether in :mod:`~kgraph.extract.timing` (mixins of the finder);
- :mod:`~kgraph.extract.mentions`: the ``Mention`` record and when two mentions state one interaction;
- :mod:`~kgraph.extract.syntax`: questions about a token's place in the parse that several rules ask;
- :mod:`~kgraph.extract.lexicon`: the closed word classes the rules use (open lists are in ``kgraph/data/``);
- here: :func:`extract`, which turns the merged mentions into the :mod:`kgraph.model` records.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from kgraph.model import (
    Article,
    DatePrecision,
    Evidence,
    Extraction,
    Interaction,
    InteractionType,
    Participant,
    Role,
    Status,
    normalise_name,
)
from kgraph.nlp.gazetteer import gazetteer
from kgraph.extract.actors import DocActor, DocumentActors, _dateline_place
from kgraph.extract.interactions import InteractionFinder
from kgraph.extract.syntax import PARSE_CACHE_KEY, SENTENCE_STARTS_KEY, ParseCache
from kgraph.extract.timing import TIME_ENTS_KEY

__all__ = ["extract"]


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
    spouses = actors.spouses if actors.spouse_places else ()
    keys = [k for k in keys if k not in spouses]  # ("Erdogan and his wife Emine hosted the leaders")
    persons = [k for k in persons if k not in spouses]
    represented = {normalise_name(actors.actors[k].country) for k in persons if actors.actors[k].country}
    present = represented | {k.split(":", 1)[1] for k in keys if k.startswith("country:")}
    keys = [k for k in keys if not (k.startswith("institution:") and (members := actors.gaz.members(
        actors.actors[k].name)) and len({normalise_name(c) for c in members} & present) >= 2)]
    # ("a summit of Visegrad Group prime ministers": its members, not also the group)
    countries = [k for k in keys if k.startswith("country:") and (
        k not in actors.group_members or k.split(":", 1)[1] in represented)]
    # (a member of a group whose person the story does not name stands in for that person: "the foreign
    # ministers of the five Central Asian states" with one of them named)
    if len(persons) >= 2 and countries and len(countries) <= len(persons) and not hosts & set(countries):
        # named people with their countries: the countries are modifiers that leaked in ("the foreign
        # ministers of Armenia and Azerbaijan, X and Y"), not further parties
        return [k for k in keys if k not in countries]
    return [k for k in keys if not (k.startswith("country:") and k.split(":", 1)[1] in represented)]


def extract(doc: Doc, article: Article) -> Extraction:
    """Actors and interactions of one article from its annotated Doc (made from ``article.text``).

    Example:
        >>> nlp = load_pipeline()  # doctest: +SKIP
        >>> art = Article("x", "Japanese Prime Minister Shigeru Ishiba met Scott Bessent on Friday.", date(2025, 7, 17))
        >>> extract(nlp(art.text), art).interactions[0].participants  # doctest: +SKIP
    """
    gaz = gazetteer()
    doc.user_data[PARSE_CACHE_KEY] = ParseCache()
    try:
        actors = DocumentActors(doc, gaz, article.dateline)
        finder = InteractionFinder(doc, article, actors)
        mentions = finder.run()
    finally:
        # (the entity list DocumentActors keeps on the Doc for timing's rules holds Spans of that Doc: left there,
        # it is a reference cycle, and every Doc would live on until a full garbage collection: +100 MiB of peak
        # RSS in a 1,000-article build)
        doc.user_data.pop(TIME_ENTS_KEY, None)
        doc.user_data.pop(SENTENCE_STARTS_KEY, None)  # (ints: no cycle, but nothing kgraph leaves on a caller's Doc)
        doc.user_data.pop(PARSE_CACHE_KEY, None)  # (Tokens and Spans of the Doc: a cycle, as above)
    used: dict[str, DocActor] = {}

    @functools.cache
    def named_capitals() -> set[str]:
        """The countries whose capital the article names (by the capital's first name in countries.tsv)."""
        named = {place.country for e in doc.ents if e.label_ in ("GPE", "LOC", "ORG", "PERSON")
                 for place in [gaz.place(e.text)] if place is not None and place.how == "capital"}
        return {c for c in named if gaz.capitals.get(c)}
    interactions = []
    forums = actors.forums() if mentions else set()
    for m in mentions:
        keys = _most_specific(list(dict.fromkeys(k for k, _ in m.participants)), actors,
                              {k for k, role in m.participants if role is Role.HOST})
        if forums & set(keys) and len([k for k in keys if k not in forums]) >= 2:
            keys = [k for k in keys if k not in forums]  # "a meeting of their Bilateral Consultation Mechanism"
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
        if m.type is InteractionType.VISIT and location and m.status is not Status.CANCELLED:
            # "will travel to Fiji ... In Suva, I will meet": a visit told by the country is made to the capital the
            # story names (not one called off: "a stop in Fiji ... has been cancelled" was never anywhere but Fiji)
            place = gaz.place(location)
            if place is not None and place.how in ("name", "alias") and place.country in named_capitals():
                location = gaz.capitals[place.country]
        sentences = [m.sentence, *m.extra_sentences]
        evidence = tuple(_sentence_evidence(article, s) for s in sentences)
        if m.date is None and m.recent and article.published is not None:
            date, precision = article.published.isoformat(), DatePrecision.DAY  # ("have met", "is over")
        else:
            date, precision = (m.date if m.date else (None, None))
        interactions.append(Interaction(
            type=m.type, participants=tuple(parts), status=m.status, date=date, date_precision=precision,
            location=location, topic=m.topic, channel=m.channel, evidence=evidence, confidence=m.confidence,
        ))
    frozen_actors = tuple(a.freeze(article.published) for a in sorted(used.values(), key=lambda a: a.first))
    return Extraction(article, frozen_actors, tuple(interactions))

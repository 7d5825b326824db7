"""Cross-document identity of persons: "Chinese Foreign Minister Wang" in one article is the "Wang Yi"
of another when the evidence supports it.

Within one article, extract already maps a surname to the full name. Across articles, a name is mapped to
a longer name already known (from the store or from earlier articles of the build) only when

- every word of the short name is a word of the long one ("Wang" -> "Wang Yi", "Lee" -> "Lee Jae-myung"),
- the country agrees, and the post agrees where both articles state one (same title), and
- exactly one known person fits.

Otherwise the two stay apart: two "Wang"s of different countries or posts are two people. Posts are never
overwritten: each article keeps the post it states, with its publication date (see the rdf layer).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kgraph.model import Actor, ActorKind, Extraction, Participant, normalise_name


@dataclass
class PersonIndex:
    """Known persons by name word, with their countries and posts."""

    by_word: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    known: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)  # name -> (countries, titles)
    display: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_actors(cls, actors: Iterable[Actor]) -> "PersonIndex":
        index = cls()
        for actor in actors:
            index.add(actor)
        return index

    def add(self, actor: Actor) -> None:
        if actor.kind is not ActorKind.PERSON:
            return
        key = normalise_name(actor.name)
        countries, titles = self.known.setdefault(key, (set(), set()))
        if actor.country:
            countries.add(normalise_name(actor.country))
        for post in actor.posts:
            titles.add(normalise_name(post.title))
            if post.country:
                countries.add(normalise_name(post.country))  # every stated post counts, not just the latest
        if actor.role:
            titles.add(normalise_name(actor.role))
        self.display.setdefault(key, actor.name)
        for word in key.split():
            self.by_word[word].add(key)

    def resolve(self, actor: Actor) -> str | None:
        """The display name of the one known, longer-named person this actor is; None if none or unsure."""
        if actor.kind is not ActorKind.PERSON or not actor.country:
            return None
        key = normalise_name(actor.name)
        if key in self.known:
            return None
        words = key.split()
        candidates = set.intersection(*(self.by_word.get(w, set()) for w in words)) if words else set()
        country = normalise_name(actor.country)
        title = normalise_name(actor.role) if actor.role else None
        fits = []
        for cand in candidates:
            countries, titles = self.known[cand]
            if len(cand.split()) <= len(words) or country not in countries:
                continue
            if title and titles and title not in titles:
                continue
            fits.append(cand)
        return self.display[fits[0]] if len(fits) == 1 else None


def unify_people(extraction: Extraction, index: PersonIndex) -> tuple[Extraction, int]:
    """Rename persons of one extraction to the known persons they are; add its persons to the index.

    Returns the new extraction and how many persons were unified.
    """
    renamed: dict[str, Actor] = {}
    for actor in extraction.actors:
        target = index.resolve(actor)
        if target:
            aliases = tuple(sorted({*actor.aliases, actor.name} - {target}))
            renamed[actor.key] = replace(actor, name=target, aliases=aliases)
    if renamed:
        extraction = Extraction(
            extraction.article,
            tuple(renamed.get(a.key, a) for a in extraction.actors),
            tuple(replace(i, participants=tuple(Participant(renamed.get(p.actor.key, p.actor), p.role)
                                                  for p in i.participants))
                  for i in extraction.interactions),
        )
    for actor in extraction.actors:
        index.add(actor)
    return extraction, len(renamed)

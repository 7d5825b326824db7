"""Cross-document identity: a short name becomes a known longer name only when country and post agree."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.identity import PersonIndex, unify_people
from kgraph.model import Actor, ActorKind, Article, Extraction, Interaction, InteractionType, Participant, Post

WANG_YI = Actor("Wang Yi", ActorKind.PERSON, (), "Foreign Minister", "China", (Post("Foreign Minister", "China"),))


def person(name, role, country):
    return Actor(name, ActorKind.PERSON, (), role, country, (Post(role, country),) if role else ())


def extraction_with(actor: Actor) -> Extraction:
    other = person("Penny Wong", "Foreign Minister", "Australia")
    article = Article("x", "text", dt.date(2025, 9, 24))
    talks = Interaction(InteractionType.TALKS, (Participant(actor), Participant(other)))
    return Extraction(article, (actor, other), (talks,))


@pytest.mark.parametrize(
    ("short", "expected"),
    [
        (person("Wang", "Foreign Minister", "China"), "Wang Yi"),       # same post, same country
        (person("Wang", None, "China"), "Wang Yi"),                     # no post stated: country decides
        (person("Wang", "Commerce Minister", "China"), "Wang"),         # another post: another person
        (person("Wang", "Foreign Minister", "Taiwan"), "Wang"),         # another country
        (person("Wang", "Foreign Minister", None), "Wang"),             # no evidence
    ],
)
def test_identity_short_name_unifies_only_on_evidence(short, expected):
    index = PersonIndex.from_actors([WANG_YI])
    result, unified = unify_people(extraction_with(short), index)
    names = {p.actor.name for p in result.interactions[0].participants}
    assert expected in names
    assert unified == (expected == "Wang Yi")
    if unified:
        assert "Wang" in next(a for a in result.actors if a.name == "Wang Yi").aliases


def test_identity_two_candidates_stay_apart():
    index = PersonIndex.from_actors([WANG_YI, person("Wang Wentao", "Foreign Minister", "China")])
    _, unified = unify_people(extraction_with(person("Wang", "Foreign Minister", "China")), index)
    assert unified == 0

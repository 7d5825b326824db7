from __future__ import annotations

import re

import pytest
from kg_factories import BESSENT, ISHIBA, make_extraction

from kgraph.model import Actor, ActorKind, Interaction, InteractionType, Participant
from kgraph.rdf import iris

SAFE = re.compile(r"^https://w3id\.org/kgraph/id/[a-z0-9/\-]+$")


@pytest.mark.parametrize(
    "name",
    ["Scott Bessent", "习近平", "Volodymyr Zelenskyy", 'Evil "quote" <tag> \\ back', "🙂 emoji", "a\nnewline",
     "x" * 300, "The U.S. Treasury"],
)
def test_iris_actor_iri_is_safe_and_deterministic(name):
    actor = Actor(name, ActorKind.PERSON)
    iri = iris.actor_iri(actor)
    assert SAFE.match(iri), iri
    assert iri == iris.actor_iri(Actor(name, ActorKind.PERSON))
    assert len(iri) < 120


def test_iris_actor_iri_readable_and_by_kind():
    assert iris.actor_iri(BESSENT) == "https://w3id.org/kgraph/id/person/scott-bessent"
    assert iris.actor_iri(Actor("Japan", ActorKind.COUNTRY)).endswith("/country/japan")
    assert iris.actor_iri(Actor("Japan", ActorKind.PERSON)) != iris.actor_iri(Actor("Japan", ActorKind.COUNTRY))


def test_iris_non_ascii_names_do_not_collide():
    assert iris.actor_iri(Actor("习近平", ActorKind.PERSON)) != iris.actor_iri(Actor("李强", ActorKind.PERSON))


def test_iris_lossy_doc_ids_do_not_collide():
    assert iris.graph_iri("a b") != iris.graph_iri("a-b")
    assert iris.graph_iri("japan-us-tariff-talks").endswith("/graph/japan-us-tariff-talks")


def _meeting(kind: InteractionType, date: str | None, *actors: Actor) -> Interaction:
    return Interaction(kind, tuple(Participant(a) for a in actors), date=date)


def test_iris_same_dated_event_same_iri_across_documents_and_type_group():
    a = iris.interaction_iri(_meeting(InteractionType.MEETING, "2025-07-18", ISHIBA, BESSENT), "doc1")
    b = iris.interaction_iri(_meeting(InteractionType.TALKS, "2025-07-18", BESSENT, ISHIBA), "doc2")
    assert a == b
    assert SAFE.match(a)
    assert "/meeting/2025-07-18/" in a


def test_iris_different_group_or_date_different_iri():
    base = iris.interaction_iri(_meeting(InteractionType.MEETING, "2025-07-18", ISHIBA, BESSENT), "d")
    assert base != iris.interaction_iri(_meeting(InteractionType.PHONE_CALL, "2025-07-18", ISHIBA, BESSENT), "d")
    assert base != iris.interaction_iri(_meeting(InteractionType.MEETING, "2025-07-19", ISHIBA, BESSENT), "d")


def test_iris_undated_events_never_merge_across_documents():
    m = _meeting(InteractionType.MEETING, None, ISHIBA, BESSENT)
    assert iris.interaction_iri(m, "doc1") != iris.interaction_iri(m, "doc2")
    assert iris.interaction_iri(m, "doc1") == iris.interaction_iri(m, "doc1")


def test_iris_undated_denied_and_planned_meetings_of_one_document_stay_apart():
    import dataclasses

    from kgraph.model import Status
    denied = dataclasses.replace(_meeting(InteractionType.MEETING, None, ISHIBA, BESSENT), status=Status.NEGATED)
    planned = dataclasses.replace(denied, status=Status.PLANNED)
    assert iris.interaction_iri(denied, "doc1") != iris.interaction_iri(planned, "doc1")


def test_iris_never_contain_raw_text():
    ex = make_extraction(doc_id="Weird doc <id> \"x\"")
    from kgraph.rdf.mapping import extraction_to_quads
    from kg_factories import make_build

    for q in extraction_to_quads(ex, make_build()):
        for term in (q.subject, q.graph_name):
            assert SAFE.match(term.value), term.value

"""Property-based tests (hypothesis) for IRI minting in :mod:`kgraph.rdf.iris` (issue 7, security).

Any unicode name, title, place or document id gives an IRI of ``[a-z0-9/-]`` after the base, which
pyoxigraph and rdflib both accept; minting is deterministic (pinned values, no Python ``hash``); actors
with different kinds or different normalised names never share an IRI, nor do different document ids.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pyoxigraph as ox
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from kgraph.model import Actor, ActorKind, Evidence, Interaction, InteractionType, Participant, normalise_name
from kgraph.rdf import iris

SAFE_PATH = re.compile(r"[a-z0-9/-]+")
KINDS = st.sampled_from(list(ActorKind))
# Mostly arbitrary unicode; sometimes a small alphabet near the lossless/lossy slug boundary (accents,
# letters without an ASCII form, separators), where collisions would hide.
NAMES = st.one_of(st.text(max_size=60), st.text(alphabet="aAäbBł -_.'0", max_size=8),
                  st.text(alphabet=st.characters(codec="ascii"), max_size=30))


def _assert_valid(iri: str) -> None:
    assert iri.startswith(iris.BASE), iri
    assert SAFE_PATH.fullmatch(iri[len(iris.BASE):]), iri
    ox.NamedNode(iri)  # raises ValueError on an invalid IRI
    g = Graph().parse(data=f"<{iri}> <http://example.org/p> <http://example.org/o> .\n", format="nt")
    assert set(g.subjects()) == {URIRef(iri)}


@settings(max_examples=150, deadline=None)
@given(name=NAMES, kind=KINDS, other=NAMES, start=st.integers(0, 10**7), length=st.integers(0, 10**4),
       date=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)))
@example(name='"} ; DROP ALL ; {"', kind=ActorKind.PERSON, other="</script><img src=x onerror=alert(1)>", start=0,
         length=1, date="2025-07-18")
@example(name="x" * 400, kind=ActorKind.INSTITUTION, other="\n\t\\", start=1, length=2, date="2025-13-45")
def test_security_every_minted_iri_is_safe_and_valid(name, kind, other, start, length, date):
    actor = Actor(name, kind)
    partner = Actor(other, ActorKind.PERSON)
    interaction = Interaction(InteractionType.MEETING, (Participant(actor), Participant(partner)), date=date,
                              evidence=(Evidence(other, start, start + length, name),))
    minted = [
        iris.actor_iri(actor), iris.country_iri(name), iris.document_iri(name), iris.graph_iri(name),
        iris.place_iri(name), iris.post_iri(actor, other, name), iris.post_iri(actor, name, None),
        iris.evidence_iri(name, start, start + length), iris.interaction_iri(interaction, other),
    ]
    minted.append(iris.participation_iri(minted[-1], actor))
    for iri in minted:
        _assert_valid(iri)
        assert len(iri) < 250, iri


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Scott Bessent", ActorKind.PERSON, "person/scott-bessent"),
        ("The U.S. Treasury", ActorKind.INSTITUTION, "institution/u-s-treasury"),
    ],
)
def test_security_actor_iri_is_readable_when_lossless(name, kind, expected):
    assert iris.actor_iri(Actor(name, kind)) == iris.BASE + expected


HASHED = ["Łukasz Nowak", "习近平", 'evil"><script>', "x" * 300, "🙂"]


def test_security_lossy_iris_are_the_same_in_every_process():
    # Hash suffixes come from SHA-1, never from Python's per-process string hash (PYTHONHASHSEED).
    here = [iris.actor_iri(Actor(n, ActorKind.PERSON)) + " " + iris.document_iri(n) for n in HASHED]
    code = ("import json, sys; from kgraph.model import Actor, ActorKind; from kgraph.rdf import iris; "
            "print(json.dumps([iris.actor_iri(Actor(n, ActorKind.PERSON)) + ' ' + iris.document_iri(n) "
            "for n in json.loads(sys.argv[1])]))")
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, json.dumps(HASHED)], capture_output=True, text=True,
                             env=env, check=True).stdout
        assert json.loads(out) == here


@settings(max_examples=300)
@given(a=NAMES, b=NAMES, kind_a=KINDS, kind_b=KINDS)
@example(a="习近平", b="李强", kind_a=ActorKind.PERSON, kind_b=ActorKind.PERSON)
@example(a="Japan", b="Japan", kind_a=ActorKind.PERSON, kind_b=ActorKind.COUNTRY)
@example(a="a b", b="a-b", kind_a=ActorKind.PERSON, kind_b=ActorKind.PERSON)
def test_security_actor_iris_collide_only_for_the_same_key(a, b, kind_a, kind_b):
    same_key = kind_a == kind_b and normalise_name(a) == normalise_name(b)
    ia, ib = iris.actor_iri(Actor(a, kind_a)), iris.actor_iri(Actor(b, kind_b))
    assert (ia == ib) == same_key, (a, b, ia, ib)
    assert ia == iris.actor_iri(Actor(a, kind_a))


@settings(max_examples=100)
@given(st.lists(st.tuples(NAMES, KINDS), max_size=60))
def test_security_many_actors_one_iri_per_key(actors):
    by_iri: dict[str, set[str]] = {}
    for name, kind in actors:
        by_iri.setdefault(iris.actor_iri(Actor(name, kind)), set()).add(f"{kind.value}:{normalise_name(name)}")
    assert all(len(keys) == 1 for keys in by_iri.values()), by_iri
    assert len(by_iri) == len({k for keys in by_iri.values() for k in keys})


@settings(max_examples=300)
@given(a=NAMES, b=NAMES)
@example(a="a b", b="a-b")
@example(a="Zürich", b="zurich")
def test_security_distinct_document_ids_get_distinct_graphs(a, b):
    assume(a != b)
    assert iris.graph_iri(a) != iris.graph_iri(b)
    assert iris.document_iri(a) != iris.document_iri(b)


@given(st.text(alphabet="🙂!?.- «»", max_size=5))
@example("")
def test_security_minted_iris_never_end_with_an_empty_segment(name):
    for iri in (iris.actor_iri(Actor(name, ActorKind.PERSON)), iris.document_iri(name), iris.place_iri(name)):
        assert not iri.endswith("/"), iri


def _crafted_actor() -> tuple[str, str]:
    victim = "Łukasz Nowak"
    forged = iris.actor_local(Actor(victim, ActorKind.PERSON)).split("/", 1)[1].replace("-", " ")
    return victim, forged


@pytest.mark.parametrize("what", ["actor", "document"])
def test_security_a_crafted_name_cannot_take_another_ones_iri(what):
    if what == "actor":
        victim, forged = _crafted_actor()
        assert normalise_name(victim) != normalise_name(forged)
        assert iris.actor_iri(Actor(forged, ActorKind.PERSON)) != iris.actor_iri(Actor(victim, ActorKind.PERSON))
    else:
        victim = 'evil"><script>'
        forged = iris.document_iri(victim).rsplit("/", 1)[1]
        assert forged != victim
        assert iris.document_iri(forged) != iris.document_iri(victim)

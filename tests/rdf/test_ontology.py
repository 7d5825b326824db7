from __future__ import annotations

import owlrl
import pytest
from kg_factories import make_build, make_extraction, make_second_report
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from kgraph.config import resource_dir
from kgraph.rdf.namespace import KG
from kgraph.rdf.store import KGStore

ERRNS = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")


def _inconsistencies(graph: Graph) -> list:
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    nothing = list(graph.subjects(RDF.type, OWL.Nothing))
    errors = [str(o) for e in graph.subjects(RDF.type, ERRNS.ErrorMessage) for o in graph.objects(e, ERRNS.error)]
    return nothing + errors


def test_ontology_owlrl_closure_is_consistent():
    g = Graph().parse(resource_dir("ontologies") / "kgraph.ttl")
    assert _inconsistencies(g) == []


def test_ontology_owlrl_closure_of_built_data_is_consistent():
    with KGStore.open(None) as store:
        store.write_extraction(make_extraction(), make_build())
        store.write_extraction(make_second_report(), make_build())
        g = Graph()
        for s, p, o, _g in store.rdflib_dataset().quads((None, None, None, None)):
            g.add((s, p, o))
    g += Graph().parse(resource_dir("ontologies") / "kgraph.ttl")
    assert _inconsistencies(g) == []
    # the closure infers the aligned classes: a meeting is a sem/schema event
    meeting = next(g.subjects(RDF.type, URIRef(str(KG.Talks))))
    assert (meeting, RDF.type, URIRef("https://schema.org/Event")) in g


def test_ontology_owlrl_detects_a_person_that_is_a_country():
    g = Graph().parse(resource_dir("ontologies") / "kgraph.ttl")
    x = URIRef("https://w3id.org/kgraph/id/person/x")
    g.add((x, RDF.type, URIRef(str(KG.Person))))
    g.add((x, RDF.type, URIRef(str(KG.Country))))
    assert _inconsistencies(g) != []


@pytest.mark.parametrize(
    "cls, code",
    [("PhoneCall", "041"), ("Visit", "042"), ("Visit", "043"), ("Negotiation", "046"), ("Agreement", "057"),
     ("Meeting", "040")],
)
def test_ontology_interaction_types_carry_cameo_codes(cls, code):
    g = Graph().parse(resource_dir("ontologies") / "kgraph.ttl")
    subject = URIRef(str(getattr(KG, cls)))
    assert Literal(code) in set(g.objects(subject, URIRef(str(KG.cameoCode))))
    assert (subject, RDFS.subClassOf, URIRef(str(KG.Interaction))) in g


def test_ontology_statuses_form_a_skos_scheme():
    g = Graph().parse(resource_dir("ontologies") / "kgraph.ttl")
    skos = Namespace("http://www.w3.org/2004/02/skos/core#")
    tops = set(g.objects(URIRef(str(KG.StatusScheme)), skos.hasTopConcept))
    assert tops == {URIRef(str(getattr(KG, s))) for s in ("occurred", "planned", "cancelled", "negated")}

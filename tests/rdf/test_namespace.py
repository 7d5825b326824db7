from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kgraph.config import resource_dir
from kgraph.rdf import gen_namespace
from kgraph.rdf.namespace import KG


def test_namespace_matches_generated_from_ontology():
    assert gen_namespace.TARGET.read_text(encoding="utf-8") == gen_namespace.render()


def test_namespace_rejects_unknown_term():
    with pytest.raises(AttributeError):
        KG.Meetnig  # noqa: B018 - a typo must raise, not mint an IRI


def test_namespace_every_term_has_label_and_comment():
    g = Graph().parse(resource_dir("ontologies") / "kgraph.ttl")
    terms = {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG._NS))}
    assert len(terms) > 40
    missing = [t for t in terms if g.value(t, RDFS.label) is None or g.value(t, RDFS.comment) is None]
    assert missing == []
    for t in terms:
        assert getattr(KG, str(t)[len(str(KG._NS)):]) == t
    assert (URIRef(str(KG.Interaction)), RDF.type, OWL.Class) in g

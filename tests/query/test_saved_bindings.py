"""kgraph.query.saved: resolving a query and checking its bindings (shared by the CLI and kg.query)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rdf"))
from kg_factories import make_build, make_extraction  # noqa: E402

from kgraph.errors import QueryError  # noqa: E402
from kgraph.query.saved import check_bindings, query_variables, resolve_query, run_query  # noqa: E402
from kgraph.rdf.store import KGStore  # noqa: E402

LABELLED = "# name: labelled\n# param: ?name   a label\nSELECT ?x ?name WHERE { ?x rdfs:label ?name }\n"


@pytest.fixture
def store():
    with KGStore.open(None) as s:
        s.write_extraction(make_extraction(), make_build())
        yield s


@pytest.mark.parametrize(("text", "advice"), [
    ("", "saved query name"),
    ("   ", "saved query name"),
    ("meetings-off", "did you mean 'meetings-of'?"),
    ("nothing/here.rq", "no such query file; check the path"),
    ("hello there", "neither a saved query"),
])
def test_saved_resolve_query_errors_say_what_to_do(text, advice):
    with pytest.raises(QueryError) as info:
        resolve_query(text)
    assert advice in str(info.value)


def test_saved_resolve_query_accepts_the_rq_suffix_of_a_saved_name():
    assert resolve_query("meetings-of.rq") == resolve_query("meetings-of")


def test_saved_query_variables_leave_comments_out():
    assert query_variables("# param: ?who\nSELECT ?s WHERE { ?s ?p $o }") == {"s", "p", "o"}


def test_saved_binding_must_be_a_variable_of_the_query(store):
    with pytest.raises(QueryError, match="binding 'who' is not a variable of the query; its variables: o, p, s"):
        run_query(store, "SELECT ?s WHERE { ?s ?p ?o }", {"who": "x"})


def test_saved_header_default_applies_unless_bound():
    assert check_bindings('# param: ?person = "Scott Bessent"  a name\nSELECT ?person {}') == {"person": "Scott Bessent"}
    assert check_bindings('# param: ?person = "Scott Bessent"\nSELECT ?person {}', {"?person": "X"}) == {"person": "X"}
    assert check_bindings('# param: ?person = "Scott Bessent"\nSELECT ?person {}', {"person": None}) == {
        "person": "Scott Bessent"}


def test_saved_param_without_default_must_be_bound(store):
    with pytest.raises(QueryError, match=r"saved query 'labelled' needs a value for name: bind name=\.\.\."):
        run_query(store, LABELLED)
    assert [r["name"] for r in run_query(store, LABELLED, {"name": "Japan"}).values()] == ["Japan"]


def test_saved_term_json_is_the_w3c_results_form():
    import pyoxigraph as ox

    from kgraph.query.saved import term_json

    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert term_json(ox.Literal("3", datatype=ox.NamedNode(xsd + "integer"))) == {
        "type": "literal", "value": "3", "datatype": xsd + "integer"}
    assert term_json(ox.Literal("x")) == {"type": "literal", "value": "x"}
    assert term_json(ox.BlankNode("b0")) == {"type": "bnode", "value": "b0"}
    arabic = ox.Literal("طوكيو", language="ar", direction=ox.BaseDirection.RTL)
    assert term_json(arabic)["its:dir"] == "rtl"
    triple = ox.Triple(ox.NamedNode("http://a"), ox.NamedNode("http://p"), ox.Literal("o"))
    assert term_json(triple)["value"]["object"] == {"type": "literal", "value": "o"}

"""kgraph.api: reading a built graph: interactions, SPARQL rows, rdflib view, networkx, export."""
from __future__ import annotations

import io
import sys

import networkx as nx
import pytest

import kgraph
from kgraph.api import QueryRows
from kgraph.errors import KgraphError
from kgraph.model import Interaction, Status
from tests.api_support import ARTICLE, DOC_ID


@pytest.fixture(scope="module")
def kg(nlp):
    with kgraph.open() as graph:
        graph.add_text(ARTICLE, doc_id=DOC_ID)
        yield graph


def names(i: Interaction) -> set[str]:
    return {p.actor.name for p in i.participants}


def test_api_interactions_are_model_dataclasses(kg):
    found = kg.interactions()
    assert found and all(isinstance(i, Interaction) for i in found)
    assert all(i.evidence and i.evidence[0].doc_id == DOC_ID for i in found)


@pytest.mark.parametrize("filters, expected", [
    ({"actor": "Bessent"}, lambda i: "Scott Bessent" in names(i)),
    ({"status": "planned"}, lambda i: i.status is Status.PLANNED),
    ({"status": Status.PLANNED}, lambda i: i.status is Status.PLANNED),
    ({"type": "phone call"}, lambda i: i.type.value == "phone_call"),
    ({"since": "2025-07-18"}, lambda i: i.date and i.date >= "2025-07-18"),
    ({"until": "2025-07"}, lambda i: i.date and i.date[:7] <= "2025-07"),
])
def test_api_interactions_filters(kg, filters, expected):
    everything = kg.interactions()
    kept = kg.interactions(**filters)
    assert kept, filters
    assert {i.iri for i in kept} == {i.iri for i in everything if expected(i)}


def test_api_actors(kg):
    people = {a.name for a in kg.actors() if a.kind.value == "person"}
    assert {"Scott Bessent", "Shigeru Ishiba", "Ryosei Akazawa", "Howard Lutnick"} <= people


def test_api_query_rows_as_tuples_dicts_and_attributes(kg):
    rows = kg.query("SELECT ?name WHERE { ?a a kg:Person ; rdfs:label ?name } ORDER BY ?name")
    assert isinstance(rows, QueryRows) and rows.vars == ("name",) and rows.type == "SELECT"
    assert rows[0] == (rows[0].name,) == (rows[0]["name"],) == (rows[0]["?name"],)
    assert [d["name"] for d in rows.to_dicts()] == [t[0] for t in rows.to_tuples()]
    assert "Scott Bessent" in {r.name for r in rows}


def test_api_query_numbers_become_python_numbers(kg):
    rows = kg.query("SELECT (COUNT(?i) AS ?n) (1.5 AS ?x) (true AS ?b) WHERE { ?i a kg:Interaction }")
    assert rows[0] == (len(kg.interactions()), 1.5, True)


def test_api_query_saved_with_binding(kg):
    rows = kg.query("meetings-of", person="Scott Bessent")
    met = {r.met for r in rows}
    assert "Shigeru Ishiba" in met and all(r.person == "Scott Bessent" for r in rows)


def test_api_query_saved_header_default_applies_without_binding(kg):
    # meetings-of says `# param: ?person = "Scott Bessent"`: no binding means that default
    assert kg.query("meetings-of").to_dicts() == kg.query("meetings-of", person="Scott Bessent").to_dicts()
    assert {r.person for r in kg.query("meetings-of", person="Ryosei Akazawa")} == {"Ryosei Akazawa"}


@pytest.mark.parametrize("fmt, start", [("table", "person"), ("csv", "person,met"), ("tsv", "?person\t?met"),
                                        ("json", "{")])
def test_api_query_rows_format_as_the_cli_prints(kg, fmt, start):
    from kgraph.query.saved import resolve_query, run_query

    rows = kg.query("meetings-of", person="Scott Bessent")
    text = rows.format(fmt)
    assert text.startswith(start)
    assert text == run_query(kg.store, resolve_query("meetings-of"), {"person": "Scott Bessent"}).format(fmt)


def test_api_query_format_ask_and_construct(kg):
    import json

    assert json.loads(kg.query("ASK { ?p a kg:Person }").format("json")) == {"head": {}, "boolean": True}
    turtle = kg.query("CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }").format("turtle")
    assert "Scott Bessent" in turtle


def test_api_query_binding_is_a_value_not_text(kg):
    rows = kg.query("meetings-of", person='Scott Bessent" } #')
    assert len(rows) == 0


def test_api_query_ask_and_construct(kg):
    assert kg.query("ASK { ?p a kg:Person }") and not kg.query("ASK { ?p a kg:Nothing }")
    triples = kg.query("CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }")
    assert triples.vars == ("subject", "predicate", "object") and len(triples) >= 4


def test_api_query_to_pandas(kg):
    pytest.importorskip("pandas")
    frame = kg.query("SELECT ?name ?kind WHERE { ?a rdfs:label ?name ; a ?kind }").to_pandas()
    assert list(frame.columns) == ["name", "kind"] and len(frame) > 0


def test_api_query_to_pandas_without_pandas_says_how_to_install(kg, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(KgraphError, match=r"kgraph\[pandas\]"):
        kg.query("SELECT ?s WHERE { ?s a kg:Person }").to_pandas()


def test_api_rdf_is_an_rdflib_dataset_over_the_store(kg):
    from rdflib import Dataset

    ds = kg.rdf
    assert isinstance(ds, Dataset)
    people = {str(r[0]) for r in ds.query("SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")}
    assert "Scott Bessent" in people
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert any(DOC_ID in g for g in graphs)


def test_api_to_networkx_views(kg):
    actors = kg.to_networkx()
    countries = kg.to_networkx(view="countries")
    assert isinstance(actors, nx.MultiGraph)
    assert "person:scott bessent" in actors
    assert set(countries) <= {n for n in countries if n.startswith("country:")}
    assert {"country:japan", "country:united states"} <= set(countries)
    assert actors.number_of_edges() >= len(kg.interactions()) - 1


def test_api_ego_graph_and_node_lookup(kg):
    assert kg.node("bessent") == kg.node("Scott Bessent") == "person:scott bessent"
    ego = kg.ego_graph("Scott Bessent")
    assert {"person:scott bessent", "person:shigeru ishiba"} <= set(ego)
    assert "person:howard lutnick" not in ego


def test_api_communities_and_brokers(kg):
    groups = kg.communities(seed=1)
    assert groups == kg.communities(seed=1)
    assert set().union(*groups) == set(kg.to_networkx())
    brokers = kg.top_brokers(2)
    assert len(brokers) == 2 and brokers[0]["betweenness"] >= brokers[1]["betweenness"]


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads")])
def test_api_export_parses_back(kg, fmt, parse_as):
    from rdflib import Dataset

    buf = io.BytesIO()
    kg.export(buf, fmt)
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format=parse_as)
    assert "Scott Bessent" in {str(q[2]) for q in ds.quads((None, None, None, None))}


def test_api_export_graph_for_gephi(kg, tmp_path):
    path = kg.export_graph(tmp_path / "g.gexf")
    assert set(nx.read_gexf(path)) == set(kg.to_networkx())


def test_api_validate_conforms(kg):
    conforms, report = kg.validate()
    assert conforms, report


def test_api_saved_queries_have_descriptions():
    saved = kgraph.saved_queries()
    assert "meetings-of" in saved and "who-met-whom" in saved
    assert all(description for description in saved.values())


def test_api_node_by_surname(kg):
    assert kg.node("Ishiba") == "person:shigeru ishiba"
    assert kg.node("person:howard lutnick") == "person:howard lutnick"


def test_api_serve_in_a_thread_answers_sparql(kg):
    import json
    import urllib.parse
    import urllib.request

    server = kg.serve(port=0, block=False)
    try:
        query = urllib.parse.urlencode({"query": "PREFIX kg: <https://w3id.org/kgraph/ontology#> "
                                                 "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                                                 "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }"})
        request = urllib.request.Request(f"{server.url}sparql?{query}",
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            payload = json.load(response)
    finally:
        server.shutdown()
        server.server_close()
    assert "Scott Bessent" in {b["n"]["value"] for b in payload["results"]["bindings"]}


def test_api_evaluate_scores_against_gold(kg, tmp_path):
    import json

    gold = {"doc": f"{DOC_ID}.txt", "interactions": [{
        "type": "meeting", "status": "planned", "date": "2025-07-18",
        "participants": ["Shigeru Ishiba", "Scott Bessent"], "location": "Tokyo", "topic": None,
        "evidence": "Japanese Prime Minister Shigeru Ishiba is due to meet US Treasury Secretary Scott Bessent "
                    "in Tokyo"}]}
    (tmp_path / f"{DOC_ID}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = kg.evaluate(tmp_path)
    assert result.to_dict()  # the same figures `kgraph evaluate --json` prints
    assert result.strict.recall == 1.0 and result.strict.precision < 1.0  # the call and 2nd meeting are extra

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rdf"))
from kg_factories import make_build, make_extraction, make_second_report  # noqa: E402

from kgraph.errors import QueryError  # noqa: E402
from kgraph.query.saved import list_saved, load_saved, query_header, resolve_query, run_query  # noqa: E402
from kgraph.rdf.store import KGStore  # noqa: E402


@pytest.fixture
def store():
    with KGStore.open(None) as s:
        s.write_extraction(make_extraction(), make_build())
        yield s


def test_saved_at_least_ten_queries_with_headers():
    saved = list_saved()
    assert len(saved) >= 10
    assert {"who-met-whom", "meetings-of", "edge-provenance", "planned-not-held", "posts-of-person"} <= set(saved)
    for name in saved:
        header = query_header(load_saved(name))
        assert header["name"] == name
        assert len(header["description"]) > 20


@pytest.mark.parametrize("name", sorted(list_saved()))
def test_saved_query_parses_and_runs(store, name):
    result = run_query(store, load_saved(name))
    assert result.kind == "select"
    assert len(result) > 0, f"{name} returned no rows"
    json.loads(result.format("json"))


def test_saved_meetings_of_answers_bessent_question(store):
    result = run_query(store, resolve_query("meetings-of"))
    rows = result.values()
    assert [(r["person"], r["met"], r["status"], r["date"], r["location"]) for r in rows] == [
        ("Scott Bessent", "Shigeru Ishiba", "planned", "2025-07-18", "Tokyo")
    ]
    other = run_query(store, resolve_query("meetings-of"), {"person": "Akazawa"}).values()
    assert [(r["met"], r["type"]) for r in other] == [("Howard Lutnick", "phone call")]


def test_saved_planned_not_held_follows_latest_source(store):
    planned = run_query(store, load_saved("planned-not-held")).values()
    assert [r["participants"] for r in planned] == ["Scott Bessent, Shigeru Ishiba"]
    store.write_extraction(make_second_report(), make_build())
    assert run_query(store, load_saved("planned-not-held")).values() == []
    met = run_query(store, load_saved("meetings-of")).values()
    assert [r["status"] for r in met] == ["occurred"]


def test_saved_edge_provenance_lists_every_source(store):
    store.write_extraction(make_second_report(), make_build())
    rows = run_query(store, load_saved("edge-provenance"), {"actor1": "Bessent", "actor2": "Ishiba"}).values()
    assert [r["document"] for r in rows] == ["japan-us-tariff-talks", "bessent-in-tokyo"]
    assert all(int(r["start"]) < int(r["end"]) and r["evidence"] for r in rows)


def test_saved_posts_of_person_gives_stated_date(store):
    rows = run_query(store, load_saved("posts-of-person")).values()
    assert [(r["post"], r["country"], r["statedOn"]) for r in rows] == [("Prime Minister", "Japan", "2025-07-17")]


def test_saved_formats(store):
    result = run_query(store, load_saved("who-met-whom"))
    doc = json.loads(result.format("json"))
    assert doc["head"]["vars"] == result.variables
    first = doc["results"]["bindings"][0]
    assert first["interaction"]["type"] == "uri"
    assert all("datatype" not in v for k, v in first.items() if k in ("actor1", "actor2"))
    rows = list(csv.reader(io.StringIO(result.format("csv"))))
    assert rows[0] == result.variables and len(rows) == len(result) + 1
    tsv = result.format("tsv").splitlines()
    assert tsv[0].startswith("?actor1\t?actor2") and any('"Japan"' in line for line in tsv[1:])
    table = result.format("table")
    assert "Scott Bessent" in table and f"({len(result)} rows)" in table
    ask = run_query(store, "ASK { ?s a kg:Interaction }")
    assert json.loads(ask.format("json")) == {"head": {}, "boolean": True}
    construct = run_query(store, "CONSTRUCT { ?a rdfs:label ?n } WHERE { ?a a kg:Person ; rdfs:label ?n }")
    assert construct.kind == "graph" and "Scott Bessent" in construct.format("turtle")
    assert construct.format("ntriples").count("\n") == len(construct) == 4
    with pytest.raises(QueryError):
        result.format("xml")


def test_saved_syntax_error_is_one_line_query_error(store):
    with pytest.raises(QueryError) as info:
        run_query(store, "SELECT ?x WHERE { ?x ?y }")
    assert "\n" not in str(info.value) and "syntax" in str(info.value)


def test_saved_resolve_query_name_file_text(tmp_path):
    assert "meetings-of" in resolve_query("meetings-of")
    f = tmp_path / "q.rq"
    f.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    assert resolve_query(str(f)).startswith("SELECT")
    assert resolve_query("ASK { ?s ?p ?o }") == "ASK { ?s ?p ?o }"
    with pytest.raises(QueryError, match="unknown saved query"):
        resolve_query("no-such-query")
    with pytest.raises(QueryError, match="no such query file"):
        resolve_query(str(tmp_path / "missing.rq"))

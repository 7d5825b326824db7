"""kgraph.api: bad input raises a KgraphError subclass whose message says what to do."""
from __future__ import annotations

from pathlib import Path

import pytest

import kgraph
from kgraph.errors import ConfigError, IngestError, KgraphError, QueryError, RenderError, StoreError
from tests.api_support import ARTICLE


@pytest.fixture(scope="module")
def kg():
    with kgraph.open() as graph:
        yield graph


def _param_query() -> str:
    """A .rq file (in the test's working folder) whose ?person param has no default."""
    path = Path("no-default.rq")
    path.write_text("# name: no-default\n# param: ?person   a name\nSELECT ?x WHERE { ?x rdfs:label ?person }\n",
                    encoding="utf-8")
    return str(path)


# (call, error class, a phrase of the message that tells the user what to do)
CASES = {
    "missing file": (lambda kg: kg.add("no/such/article.txt"), IngestError, "check the path"),
    "missing folder in build": (lambda kg: kg.build(["no/such/folder"]), IngestError, "check the path"),
    "no paths": (lambda kg: kg.build([]), IngestError, "pass a file or folder"),
    "not a path": (lambda kg: kg.add(42), IngestError, "file or folder path"),
    "empty text": (lambda kg: kg.add_text("   "), IngestError, "add text"),
    "too short text": (lambda kg: kg.add_text("Hello."), IngestError, "add text"),
    "text not str": (lambda kg: kg.add_text(b"bytes"), IngestError, "must be a str"),
    "bad published": (lambda kg: kg.add_text(ARTICLE, published="17 July"), IngestError, "YYYY-MM-DD"),
    "impossible published": (lambda kg: kg.add_text(ARTICLE, published="2025-02-30"), IngestError, "YYYY-MM-DD"),
    "published not a date": (lambda kg: kg.add_text(ARTICLE, published=2025), IngestError, "YYYY-MM-DD"),
    "empty doc id": (lambda kg: kg.add_text(ARTICLE, doc_id=" "), IngestError, "non-empty"),
    "bad since": (lambda kg: kg.interactions(since="last week"), QueryError, "YYYY-MM-DD"),
    "impossible until": (lambda kg: kg.interactions(until="2025-13-01"), QueryError, "YYYY-MM-DD"),
    "bad status": (lambda kg: kg.interactions(status="happened"), QueryError, "occurred"),
    "bad type": (lambda kg: kg.interactions(type="lunch"), QueryError, "meeting"),
    "actor not a name": (lambda kg: kg.interactions(actor=3), QueryError, "must be a name"),
    "unknown saved query": (lambda kg: kg.query("meetings-off"), QueryError, "did you mean 'meetings-of'"),
    "query file param without default": (lambda kg: kg.query(_param_query()), QueryError, "person=..."),
    "unknown binding": (lambda kg: kg.query("SELECT ?s WHERE { ?s ?p ?o }", who="x"), QueryError, "variables: o, p, s"),
    "sparql syntax": (lambda kg: kg.query("SELECT WHERE {"), QueryError, "syntax"),
    "empty query": (lambda kg: kg.query(""), QueryError, "saved query name"),
    "missing .rq file": (lambda kg: kg.query("nothing/here.rq"), QueryError, "check the path"),
    "bad view": (lambda kg: kg.to_networkx(view="people"), QueryError, "actors, countries"),
    "unknown actor": (lambda kg: kg.ego_graph("Nobody Atall"), QueryError, "kg.actors()"),
    "bad export format": (lambda kg: kg.export(Path("x.owl"), "owl"), StoreError, "turtle"),
    "bad graph format": (lambda kg, tmp=None: kg.export_graph("x.svg", "svg"), RenderError, "gexf or graphml"),
    "bad jobs": (lambda kg: kg.build(["."], jobs=0), ConfigError, ">= 1"),
    "render bad date": (lambda kg: kg.render("x.html", since="soon"), QueryError, "YYYY-MM-DD"),
    "remove no id": (lambda kg: kg.remove(""), StoreError, "document id"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_api_bad_input_raises_kgraph_error_with_advice(kg, name, nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # nothing may be written beside the tests
    call, error, advice = CASES[name]
    with pytest.raises(error) as info:
        call(kg)
    assert isinstance(info.value, KgraphError)
    assert advice in str(info.value), str(info.value)


def test_api_bad_store_path_type():
    with pytest.raises(StoreError, match="in-memory"):
        kgraph.open(3.5)


def test_api_unknown_model_says_how_to_install(tmp_path):
    with kgraph.open(model="xx_no_such_model") as kg:
        with pytest.raises(ConfigError, match="not installed"):
            kg.add_text(ARTICLE)

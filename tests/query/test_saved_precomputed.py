"""Saved queries that read precomputed view entries (participant names, actor counters, country-pair
nodes) return exactly what the former query-time aggregations over the view return, after writes,
batched writes, rewrites and removals of generated documents."""
from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

import pytest

from kgraph.query.saved import load_saved, run_query
from kgraph.rdf.store import KGStore

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "rdf"))
from kg_factories import make_build  # noqa: E402

V = "<https://w3id.org/kgraph/id/view/current>"
PREFIX = "PREFIX kg: <https://w3id.org/kgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

# The aggregations the saved queries ran before the view kept their results.
REFERENCE = {
    "planned-not-held": PREFIX + f"""
SELECT ?interaction ?type ?date ?participants ?location ?latestSource WHERE {{
  {{ SELECT ?interaction (SAMPLE(?cls) AS ?c) (SAMPLE(?d) AS ?date)
           (GROUP_CONCAT(DISTINCT ?name; separator=", ") AS ?participants)
           (SAMPLE(?loc) AS ?location) (SAMPLE(?latest) AS ?doc)
    WHERE {{
      GRAPH {V} {{ ?interaction kg:currentStatus kg:planned ; kg:currentType ?cls ; kg:latestSource ?latest .
        OPTIONAL {{ ?interaction kg:currentDate ?d }} OPTIONAL {{ ?interaction kg:currentLocation ?loc }} }}
      {{ SELECT ?interaction ?name WHERE {{ GRAPH {V} {{
            ?interaction kg:currentStatus kg:planned ; kg:currentParticipant ?a . ?a kg:currentName ?name }} }}
        ORDER BY ?name }}
    }} GROUP BY ?interaction }}
  GRAPH ?g {{ ?doc kg:docId ?latestSource }}
  OPTIONAL {{ GRAPH <https://w3id.org/kgraph/ontology> {{ ?c rdfs:label ?clsLabel }} }}
  BIND(STR(?clsLabel) AS ?type)
}} ORDER BY ?date ?interaction""",
    "busiest-negotiators": PREFIX + f"""
SELECT ?actor ?kind ?interactions ?counterparts ?documents WHERE {{
  {{ SELECT ?a (COUNT(DISTINCT ?interaction) AS ?interactions) (COUNT(DISTINCT ?other) AS ?counterparts)
           (COUNT(DISTINCT ?doc) AS ?documents)
    WHERE {{ GRAPH {V} {{ ?interaction kg:currentParticipant ?a , ?other ; kg:currentSource ?doc .
        FILTER(?other != ?a) }} }} GROUP BY ?a }}
  GRAPH {V} {{ ?a kg:currentName ?name ; kg:currentKind ?cls }}
  GRAPH <https://w3id.org/kgraph/ontology> {{ ?cls rdfs:label ?kindLabel }}
  BIND(STR(?kindLabel) AS ?kind) BIND(STR(?name) AS ?actor)
}} ORDER BY DESC(?interactions) DESC(?counterparts) ?actor LIMIT 50""",
    "country-pairs-by-month": PREFIX + f"""
SELECT ?country1 ?country2 ?month (COUNT(DISTINCT ?interaction) AS ?interactions) WHERE {{
  GRAPH {V} {{ ?interaction kg:currentDate ?date ; kg:currentParticipant ?a1 , ?a2 .
    ?a1 kg:currentCountry ?n1 . ?a2 kg:currentCountry ?n2 . FILTER(STR(?n1) < STR(?n2)) }}
  BIND(STR(?n1) AS ?country1) BIND(STR(?n2) AS ?country2) BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
}} GROUP BY ?country1 ?country2 ?month ORDER BY ?month DESC(?interactions) ?country1 ?country2""",
    "who-met-whom": PREFIX + f"""
SELECT ?actor1 ?actor2 ?interactions ?types ?statuses ?first ?last ?places ?interaction WHERE {{
  {{ SELECT ?actor1 ?actor2 (COUNT(DISTINCT ?i) AS ?interactions)
           (GROUP_CONCAT(DISTINCT ?typeLabel; separator="; ") AS ?types)
           (GROUP_CONCAT(DISTINCT ?statusName; separator="/") AS ?statuses)
           (MIN(?day) AS ?first) (MAX(?day) AS ?last)
           (GROUP_CONCAT(DISTINCT ?loc; separator="; ") AS ?pl)
    WHERE {{ GRAPH {V} {{ ?i kg:currentParticipant ?a1 , ?a2 ; kg:currentType ?cls ; kg:reportedStatus ?st .
        ?a1 kg:currentName ?n1 . ?a2 kg:currentName ?n2 . FILTER(STR(?n1) < STR(?n2))
        OPTIONAL {{ ?i kg:currentDate ?d }} OPTIONAL {{ ?i kg:currentLocation ?loc }} }}
      GRAPH <https://w3id.org/kgraph/ontology> {{ ?cls rdfs:label ?clsLabel }}
      BIND(STR(?clsLabel) AS ?typeLabel) BIND(STR(?d) AS ?day)
      BIND(STR(?n1) AS ?actor1) BIND(STR(?n2) AS ?actor2) BIND(STRAFTER(STR(?st), "#") AS ?statusName) }}
    GROUP BY ?actor1 ?actor2 }}
  # the latest interaction: latest date (undated ones count as oldest), then the greatest IRI
  {{ SELECT ?actor1 ?actor2 (MAX(?key) AS ?latestKey) WHERE {{
      GRAPH {V} {{ ?i kg:currentParticipant ?a1 , ?a2 . ?a1 kg:currentName ?n1 . ?a2 kg:currentName ?n2 .
        FILTER(STR(?n1) < STR(?n2)) OPTIONAL {{ ?i kg:currentDate ?d }} }}
      BIND(STR(?n1) AS ?actor1) BIND(STR(?n2) AS ?actor2)
      BIND(CONCAT(COALESCE(STR(?d), ""), " ", STR(?i)) AS ?key) }} GROUP BY ?actor1 ?actor2 }}
  BIND(IRI(STRAFTER(?latestKey, " ")) AS ?interaction)
  BIND(IF(?pl = "", ?none, ?pl) AS ?places)
}} ORDER BY DESC(?interactions) ?actor1 ?actor2 LIMIT 500""",
    "topics-per-pair": PREFIX + f"""
SELECT ?actor1 ?actor2 (COUNT(DISTINCT ?interaction) AS ?interactions)
       (GROUP_CONCAT(DISTINCT ?topic; separator="; ") AS ?topics) WHERE {{
  GRAPH {V} {{ ?interaction kg:currentParticipant ?a1 , ?a2 . ?a1 kg:currentName ?n1 . ?a2 kg:currentName ?n2 .
    FILTER(STR(?n1) < STR(?n2)) OPTIONAL {{ ?interaction kg:currentTopic ?topic }} }}
  BIND(STR(?n1) AS ?actor1) BIND(STR(?n2) AS ?actor2)
}} GROUP BY ?actor1 ?actor2 ORDER BY DESC(?interactions) ?actor1 ?actor2 LIMIT 500""",
    "posts-of-person": PREFIX + """PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?person ?post ?country ?statedOn ?document WHERE {
  GRAPH <https://w3id.org/kgraph/id/view/current> {
    ?p kg:nameOrAlias ?person ; kg:currentKind kg:Person ; kg:currentSource ?doc }
  GRAPH ?g { ?doc kg:docId ?document . ?p org:holds ?postNode . ?postNode rdfs:label ?post .
    OPTIONAL { ?postNode kg:country ?c . ?c rdfs:label ?country } OPTIONAL { ?postNode kg:statedOn ?statedOn } }
} ORDER BY ?statedOn ?post""",
    "actors-by-country": PREFIX + f"""
SELECT ?country ?actor ?kind (GROUP_CONCAT(DISTINCT ?postTitle; separator="; ") AS ?posts) WHERE {{
  GRAPH {V} {{ ?a kg:currentName ?name ; kg:currentKind ?cls .
    OPTIONAL {{ ?a kg:currentCountry ?cname }} OPTIONAL {{ ?a kg:postTitle ?postTitle }} }}
  GRAPH <https://w3id.org/kgraph/ontology> {{ ?cls rdfs:label ?kindLabel }}
  BIND(STR(?kindLabel) AS ?kind) BIND(STR(?name) AS ?actor) BIND(COALESCE(STR(?cname), "(unknown)") AS ?country)
}} GROUP BY ?country ?actor ?kind ORDER BY ?country ?kind ?actor""",
}
# GROUP_CONCAT's order is not defined; the view's strings are sorted
SORTED_LISTS = {"status": "/", "statuses": "/", "topics": "; ", "posts": "; ", "types": "; ", "places": "; "}


def _generate():
    spec = importlib.util.spec_from_file_location("kgraph_bench_generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(store: KGStore, sparql: str, bindings: dict | None = None) -> list[tuple]:
    # ties in the ORDER BY may come in any order: compare as multisets, and the sort keys as lists
    result = run_query(store, sparql, bindings).values()
    return sorted(tuple(sorted((k, SORTED_LISTS[k].join(sorted(v.split(SORTED_LISTS[k]))) if k in SORTED_LISTS else v)
                               for k, v in r.items() if v is not None)) for r in result)


def _check(store: KGStore) -> int:
    total = 0
    persons = [r["n"] for r in run_query(store, PREFIX + f"""SELECT ?n WHERE {{ GRAPH {V} {{
        ?p kg:currentKind kg:Person ; kg:currentName ?n ; kg:postTitle ?t }} }} ORDER BY ?n LIMIT 3""").values()]
    assert persons
    for name, reference in REFERENCE.items():
        for bindings in ([{"person": p} for p in persons] if name == "posts-of-person" else [None]):
            got, want = _rows(store, load_saved(name), bindings), _rows(store, reference, bindings)
            assert got == want, name
            total += len(got)
    return total


@pytest.fixture(scope="module")
def extractions():
    return list(_generate().extractions(60, seed=3, cast_size=25))


def test_saved_precomputed_rows_equal_query_time_aggregation(extractions):
    build = make_build()
    with KGStore.open(None) as store:
        for e in extractions[:20]:
            store.write_extraction(e, build)
        assert _check(store) > 20
        with store.batch():
            for e in extractions[20:]:
                store.write_extraction(e, build)
        assert _check(store) > 50
        # rewrites: the same documents with fewer interactions; removals
        for e in extractions[:10]:
            store.write_extraction(dataclasses.replace(e, interactions=e.interactions[:1]), build)
        for e in extractions[10:15]:
            store.remove_document(e.article.doc_id)
        _check(store)
        incremental = {str(q) for q in store.raw.quads_for_pattern(None, None, None, None)}
        store.rebuild_views()
        assert {str(q) for q in store.raw.quads_for_pattern(None, None, None, None)} == incremental


def test_saved_precomputed_planned_names_are_sorted_and_distinct(extractions):
    with KGStore.open(None) as store:
        for e in extractions[:30]:
            store.write_extraction(e, make_build())
        rows = run_query(store, load_saved("planned-not-held")).values()
        assert rows
        for r in rows:
            names = r["participants"].split(", ")
            assert names == sorted(set(names))


def _moved(extraction, actor, country: str, day):
    """The extraction re-published on ``day`` as its own document, ``actor`` now stating ``country``."""
    new = dataclasses.replace(actor, country=country)
    swap = {actor.key: new}
    inters = tuple(dataclasses.replace(i, participants=tuple(
        dataclasses.replace(p, actor=swap.get(p.actor.key, p.actor)) for p in i.participants))
        for i in extraction.interactions)
    article = dataclasses.replace(extraction.article, doc_id=extraction.article.doc_id + "-later", published=day)
    return dataclasses.replace(extraction, article=article, interactions=inters,
                               actors=tuple(swap.get(a.key, a) for a in extraction.actors))


def test_saved_precomputed_follow_an_actor_whose_country_changes_elsewhere(extractions):
    import datetime as dt

    with KGStore.open(None) as store:
        for e in extractions[:20]:
            store.write_extraction(e, make_build())
        last = extractions[19]
        actor = last.interactions[0].participants[0].actor
        before = _rows(store, load_saved("country-pairs-by-month"))
        # a later article moves the actor to another country: every interaction of the actor, also
        # those only the earlier articles state, now counts for the new country
        store.write_extraction(_moved(last, actor, "Atlantis", dt.date(2030, 1, 1)), make_build())
        after = _rows(store, load_saved("country-pairs-by-month"))
        assert after != before
        assert any("Atlantis" in str(r) for r in after)
        _check(store)
        incremental = {str(q) for q in store.raw.quads_for_pattern(None, None, None, None)}
        store.rebuild_views()
        assert {str(q) for q in store.raw.quads_for_pattern(None, None, None, None)} == incremental


def test_saved_precomputed_top_pairs_equal_order_by_limit_beyond_500_pairs():
    # more than 500 pairs: the saved queries keep only the pairs whose count reaches the 500th busiest
    # pair's, then ORDER BY ... LIMIT 500; that must be the plain aggregation's first 500 rows, ties included
    build = make_build()
    with KGStore.open(None) as store:
        with store.batch():
            for e in _generate().extractions(250, seed=5, cast_size=80):
                store.write_extraction(e, build)
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?p kg:actorPairCount ?c }"
        assert int(next(iter(store.query(count)))["n"].value) > 500
        for name in ("who-met-whom", "topics-per-pair"):
            got = run_query(store, load_saved(name)).values()
            want = run_query(store, REFERENCE[name]).values()
            assert len(got) == len(want) == 500, name
            key = ("interactions", "actor1", "actor2")
            assert [tuple(r[k] for k in key) for r in got] == [tuple(r[k] for k in key) for r in want], name
            assert _rows(store, load_saved(name)) == _rows(store, REFERENCE[name]), name

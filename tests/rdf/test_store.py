from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import subprocess
import sys

import pyoxigraph as ox
import pytest
from kg_factories import BESSENT, ISHIBA, make_build, make_extraction, make_second_report
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kgraph.errors import QueryError, StoreError, StoreLockedError
from kgraph.model import (
    Actor,
    ActorKind,
    Article,
    Evidence,
    Extraction,
    Interaction,
    InteractionType,
    Participant,
    Status,
)
from kgraph.rdf import iris
from kgraph.rdf.store import KGStore

ODD_NAMES = ['Jean "Le Grand" O\'Neil', "Back\\slash Person", "Angle <Bracket> Man", "Emoji 🙂 Person",
             "New\nLine Person", "José Müller-Łukasz"]


def _odd_extraction() -> Extraction:
    actors = [Actor(n, ActorKind.PERSON, (n.split()[0] + " 🙂",), 'Minister "of" <Things>', "Côte d'Ivoire")
              for n in ODD_NAMES]
    sentence = 'He said "hi" <b>\\ 🙂\nthen left.'
    text = "Intro. " + sentence
    ev = Evidence("odd-doc", 7, 7 + len(sentence), sentence)
    inter = Interaction(InteractionType.MEETING, tuple(Participant(a) for a in actors[:2]), Status.OCCURRED,
                        "2025-07", None, 'Tokyo "Hall" <1>', "topic\twith\\ escapes 🙂", None, (ev,), 0.5)
    art = Article("odd-doc", text, dt.date(2025, 7, 1), "odd.txt", content_hash="h1")
    return Extraction(art, tuple(actors), (inter,))


def _quads(store: KGStore) -> set:
    return set(store.raw)


def test_store_write_then_read_back(store, extraction, build):
    result = store.write_extraction(extraction, build)
    assert result.interactions == 3 and result.merged == 0 and result.triples > 50
    got = {i.type.value: i for i in store.interactions()}
    assert set(got) == {"phone_call", "meeting", "negotiation"}
    meeting = got["meeting"]
    assert {p.actor.name for p in meeting.participants} == {"Shigeru Ishiba", "Scott Bessent"}
    assert {p.role.value for p in meeting.participants} == {"host", "visitor"}
    assert (meeting.status, meeting.date, meeting.location) == (Status.PLANNED, "2025-07-18", "Tokyo")
    bessent = next(p.actor for p in meeting.participants if p.actor.name == "Scott Bessent")
    assert (bessent.role, bessent.country, bessent.aliases) == ("Treasury Secretary", "United States", ("Bessent",))
    ev = meeting.evidence[0]
    assert extraction.article.text[ev.start:ev.end] == ev.sentence
    assert ev.url == extraction.article.url and ev.published == dt.date(2025, 7, 17)


def test_store_round_trips_odd_names(store, build):
    ex = _odd_extraction()
    store.write_extraction(ex, build)
    (inter,) = store.interactions()
    assert {p.actor.name for p in inter.participants} == set(ODD_NAMES[:2])
    assert inter.topic == "topic\twith\\ escapes 🙂"
    assert inter.location == 'Tokyo "Hall" <1>'
    assert inter.evidence[0].sentence == ex.interactions[0].evidence[0].sentence
    assert inter.date == "2025-07"
    assert {a.name for a in store.actors()} >= set(ODD_NAMES)
    a = next(a for a in store.actors() if a.name == ODD_NAMES[3])
    assert a.aliases == ("Emoji 🙂",) and a.role == 'Minister "of" <Things>' and a.country == "Côte d'Ivoire"


def test_store_turtle_export_reimports_equal(store, build, tmp_path):
    store.write_extraction(_odd_extraction(), build)
    store.write_extraction(make_extraction(), build)
    store.export(tmp_path / "g.ttl", "turtle")
    store.export(tmp_path / "g.nq", "nquads")
    union = Graph()
    for s, p, o, _ in Dataset().parse(tmp_path / "g.nq", format="nquads").quads((None, None, None, None)):
        union.add((s, p, o))
    reread = Graph().parse(tmp_path / "g.ttl", format="turtle")
    assert len(reread) == len(union) > 100
    assert isomorphic(reread, union)
    # and Oxigraph reads it back too
    ox_store = ox.Store()
    ox_store.load(path=str(tmp_path / "g.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(ox_store) == len(union)


def test_store_trig_and_jsonld_export_keep_named_graphs(store, build, tmp_path):
    store.write_extraction(make_extraction(), build)
    store.write_extraction(make_second_report(), build)
    store.export(tmp_path / "g.trig", "trig")
    ds = Dataset().parse(tmp_path / "g.trig", format="trig")
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert iris.graph_iri("bessent-in-tokyo") in graphs and iris.BUILDS_GRAPH in graphs
    assert iris.ONTOLOGY_GRAPH not in graphs
    buf = io.BytesIO()
    store.export(buf, "jsonld")
    doc = json.loads(buf.getvalue())
    assert "@context" in doc
    ds2 = Dataset().parse(data=buf.getvalue().decode(), format="json-ld")
    assert len(list(ds2.quads((None, None, None, None)))) == len(list(ds.quads((None, None, None, None))))


def test_store_same_extraction_twice_identical_quads(store, extraction, build):
    store.write_extraction(extraction, build)
    first = _quads(store)
    assert store.document_hash(extraction.article.doc_id) == extraction.article.content_hash
    store.write_extraction(extraction, build)
    assert _quads(store) == first


def test_store_same_dated_event_in_two_documents_merges(store, build):
    store.write_extraction(make_extraction(), build)
    result = store.write_extraction(make_second_report(), build)
    assert result.merged == 1
    meetings = [i for i in store.interactions() if "Scott Bessent" in {a.name for a in i.actors}]
    assert len(meetings) == 1
    (m,) = meetings
    assert {e.doc_id for e in m.evidence} == {"japan-us-tariff-talks", "bessent-in-tokyo"}
    # fields come from the most recent source (2025-07-19): the meeting took place
    assert m.status is Status.OCCURRED and m.topic == "tariffs"
    assert store.stats()["interactions"] == 3 and store.stats()["documents"] == 2


def test_store_remove_document_keeps_other_source(store, build):
    store.write_extraction(make_extraction(), build)
    store.write_extraction(make_second_report(), build)
    assert store.remove_document("japan-us-tariff-talks") is True
    assert store.remove_document("japan-us-tariff-talks") is False
    (m,) = store.interactions()
    assert [e.doc_id for e in m.evidence] == ["bessent-in-tokyo"]
    assert store.document_hash("japan-us-tariff-talks") is None
    persons = {a.name for a in store.actors() if a.kind is ActorKind.PERSON}
    assert persons == {"Shigeru Ishiba", "Scott Bessent"}


@pytest.mark.parametrize(
    "kwargs, expected",
    [({"actor": "bessent"}, 1), ({"actor": "Japan"}, 1), ({"status": "occurred"}, 2), ({"type": "phone_call"}, 1),
     ({"since": "2025-07-18"}, 1), ({"until": "2025-07-17"}, 1), ({"since": "2025-07"}, 2), ({"actor": "Nobody"}, 0)],
)
def test_store_interactions_filters(store, extraction, build, kwargs, expected):
    store.write_extraction(extraction, build)
    assert len(store.interactions(**kwargs)) == expected


def test_store_stats_and_actors(store, extraction, build):
    store.write_extraction(extraction, build)
    stats = store.stats()
    assert stats["documents"] == 1 and stats["actors"] == 6 and stats["interactions"] == 3
    assert stats["quads"] == len(store.raw)
    assert {a.name for a in store.actors() if a.kind is ActorKind.COUNTRY} == {"Japan", "United States"}


def test_store_query_bindings_are_safe(store, extraction, build):
    store.write_extraction(extraction, build)
    q = "SELECT ?name ?a WHERE { ?a rdfs:label ?name }"
    rows = list(store.query(q, {"name": "Scott Bessent"}))
    assert [r["a"].value for r in rows] == [iris.actor_iri(BESSENT)]
    assert list(store.query(q, {"name": '" } ?a ?b ?c { "'})) == []
    with pytest.raises(QueryError, match="syntax"):
        store.query("SELECT WHERE {")


def test_store_validate_conforms_on_build(store, build):
    store.write_extraction(make_extraction(), build)
    store.write_extraction(make_second_report(), build)
    store.write_extraction(_odd_extraction(), build)
    conforms, text = store.validate()
    assert conforms, text


def test_store_validate_reports_failing_shape(store, extraction, build):
    store.write_extraction(extraction, build)
    g = ox.NamedNode(iris.graph_iri(extraction.article.doc_id))
    meeting = next(i for i in store.interactions() if i.type is InteractionType.MEETING)
    status = ox.NamedNode("https://w3id.org/kgraph/ontology#status")
    for q in list(store.raw.quads_for_pattern(ox.NamedNode(meeting.iri), status, None, g)):
        store.raw.remove(q)
    conforms, text = store.validate()
    assert not conforms
    assert "InteractionShape" in text and "status" in text


def test_store_persists_and_reopens_read_only(tmp_path, extraction, build):
    path = tmp_path / "store"
    with KGStore.open(path) as store:
        store.write_extraction(extraction, build)
        quads = set(store.raw)
    with KGStore.open(path, read_only=True) as ro:
        assert ro.document_hash(extraction.article.doc_id) == extraction.article.content_hash
        assert set(ro.raw) == quads
        with pytest.raises(StoreError, match="read-only"):
            ro.write_extraction(extraction, build)
    with KGStore.open(path) as store:  # reopening for writing changes nothing
        assert set(store.raw) == quads


def test_store_read_only_missing_store_is_clear(tmp_path):
    with pytest.raises(StoreError, match="kgraph build"):
        KGStore.open(tmp_path / "nothing", read_only=True)


def test_store_lock_refuses_second_writer(tmp_path):
    path = tmp_path / "store"
    with KGStore.open(path):
        with pytest.raises(StoreLockedError, match="another kgraph process"):
            KGStore.open(path)
        # another process too
        code = (
            "import sys; from kgraph.rdf.store import KGStore; from kgraph.errors import StoreLockedError\n"
            f"try:\n    KGStore.open({str(path)!r})\nexcept StoreLockedError as e:\n    print('LOCKED', e); sys.exit(3)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 3, proc.stderr
        # a reader still gets in while the writer holds the store
        with KGStore.open(path, read_only=True) as ro:
            assert ro.stats()["documents"] == 0
    with KGStore.open(path):  # released on close
        pass


def test_store_build_activity_recorded(store, extraction, build):
    store.write_extraction(extraction, build)
    rows = list(store.query("SELECT ?b ?v WHERE { GRAPH ?g { ?b a prov:Activity ; kg:modelVersion ?v } }"))
    assert [r["v"].value for r in rows] == ["3.8.0"]
    later = dataclasses.replace(build, started=build.started + dt.timedelta(hours=1))
    store.write_extraction(extraction, later)
    gen = list(store.query("SELECT ?b WHERE { GRAPH ?g { ?g prov:wasGeneratedBy ?b } }"))
    assert len(gen) == 1 and gen[0]["b"].value.startswith(iris.BASE + "build/20250720T13")


def test_store_load_nquads_bulk(store, extraction, build, tmp_path):
    store.write_extraction(extraction, build)
    store.export(tmp_path / "g.nq", "nquads")
    with KGStore.open(tmp_path / "other") as other:
        other.load_nquads(tmp_path / "g.nq")
        assert [i.iri for i in other.interactions()] == [i.iri for i in store.interactions()]


def test_merged_counts_in_a_batch_are_those_of_single_writes():
    """_stated_elsewhere in a batch (buffered graphs, counted per interaction) says what it says unbatched,
    also when a buffered document is written again."""
    build = make_build()
    docs = [make_extraction(), make_second_report(), make_second_report("bessent-again"), make_second_report(),
            make_extraction(), make_second_report("bessent-again")]
    with KGStore.open(None) as single:
        expected = [single.write_extraction(d, build).merged for d in docs]
    with KGStore.open(None) as batched:
        with batched.batch():
            got = [batched.write_extraction(d, build).merged for d in docs]
            assert batched._buffered_inters and all(n > 0 for n in batched._buffered_inters.values())
        assert not batched._buffered_inters
    assert got == expected and sum(got) >= 3



def _counting_opens(monkeypatch) -> list:
    """Record every RocksDB handle the store module opens (KGStore.open, and a flush's renewal)."""
    from kgraph.rdf import store as store_module

    opened: list = []
    real = store_module._open_handle

    def counting(path):
        opened.append(path)
        return real(path)

    monkeypatch.setattr(store_module, "_open_handle", counting)
    return opened


def test_a_flush_renews_the_rocksdb_handle_and_keeps_data_and_lock(tmp_path, build, monkeypatch):
    """A flush on a store on disk closes RocksDB's handle and opens a new one, between its view refresh and its
    bulk load and again at its end (RocksDB holds what a handle has read in its block caches until it is
    closed), and a batch's end also between its three recounts and after each of their nine scans of a view
    predicate: what was written reads the same after it, and the write lock stays with this writer."""
    path = tmp_path / "store"
    opened = _counting_opens(monkeypatch)
    with KGStore.open(path) as store:
        with store.batch():
            store.write_extraction(make_extraction(), build)
            store.flush()
            assert len(opened) == 1 + 2
            store.write_extraction(make_second_report(), build)
        assert len(opened) == 3 + 2 + 2 + 9  # the batch's closing flush, between its recounts, after its scans
        assert {i.iri for i in store.interactions()} and store.stats()["documents"] == 2
        with pytest.raises(StoreLockedError):
            KGStore.open(path)
    with KGStore.open(path, read_only=True) as ro:
        assert ro.stats()["documents"] == 2


def test_a_renewal_gives_the_closed_handles_memory_back_before_the_new_one_opens(tmp_path, build, monkeypatch):
    """The block caches a closed handle frees stay in malloc's arenas unless trimmed: a renewal trims between the
    close and the open, so a flush's bulk load does not come on top of what its view refresh had read."""
    from kgraph.rdf import store as store_module

    events: list[str] = []
    real = store_module._open_handle
    monkeypatch.setattr(store_module, "_open_handle", lambda path: events.append("open") or real(path))
    monkeypatch.setattr(store_module, "release_memory", lambda: events.append("trim"))
    with KGStore.open(tmp_path / "store") as store:
        with store.batch():
            store.write_extraction(make_extraction(), build)
            events.clear()
            store._renew_handle()
            assert events == ["trim", "open"]
        assert store.stats()["documents"] == 1


def test_a_flush_keeps_a_handle_someone_else_holds(tmp_path, build, monkeypatch):
    """A handle held elsewhere (an rdflib Dataset over it, a caller's reference) is not closed by a flush, and
    a store in memory keeps its only copy."""
    opened = _counting_opens(monkeypatch)
    with KGStore.open(tmp_path / "store") as store:
        held = store.raw
        store.write_extraction(make_extraction(), build)
        store.flush()
        assert store.raw is held and len(opened) == 1
        assert store.stats()["documents"] == 1
    with KGStore.open(None) as memory:
        memory.write_extraction(make_extraction(), build)
        memory.flush()
        assert memory.stats()["documents"] == 1 and len(opened) == 1


def test_a_read_from_another_thread_never_meets_a_renewed_handle(tmp_path, build):
    """A build's main thread asks document_hash while its writer thread flushes (and so renews the RocksDB
    handle): the read must neither find no handle nor keep the old one open under the new one's feet."""
    import threading

    doc = make_extraction()
    with KGStore.open(tmp_path / "store") as store:
        store.write_extraction(doc, build)
        stop, errors, answers = threading.Event(), [], []

        def reader() -> None:
            while not stop.is_set():
                try:
                    answers.append(store.document_hash(doc.article.doc_id))
                except Exception as exc:  # noqa: BLE001 - the test reports whatever the read raised
                    errors.append(exc)
                    return

        thread = threading.Thread(target=reader)
        thread.start()
        try:
            for _ in range(40):
                store._renew_handle()
        finally:
            stop.set()
            thread.join()
        assert not errors and answers and set(answers) == {doc.article.content_hash}


ARENA_PROBE = r"""
import ctypes, sys, threading
from pathlib import Path
from kgraph.rdf.store import KGStore
work = Path(sys.argv[1])
if sys.argv[2] == "open":
    KGStore.open(work / "store")
libc = ctypes.CDLL("libc.so.6")
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]
keep, together = [], threading.Barrier(12)
def allocate():  # twelve threads alive at once, each allocating through malloc (blocks above pymalloc's)
    together.wait()
    keep.append([bytearray(200_000) for _ in range(10)])
threads = [threading.Thread(target=allocate) for _ in range(12)]
for t in threads: t.start()
for t in threads: t.join()
out = libc.fopen(str(work / "malloc.xml").encode(), b"w")
libc.malloc_info(0, out)
libc.fclose(out)
print((work / "malloc.xml").read_text().count("<heap nr="))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc arenas")
@pytest.mark.parametrize("environ, opened, most", [({}, "open", 2), ({"MALLOC_ARENA_MAX": "4"}, "open", 4)])
def test_writable_store_caps_malloc_arenas(tmp_path, environ, opened, most):
    """A process that opens a writable store shares few malloc arenas among its threads (RocksDB's and the bulk
    loader's each kept freed memory in an arena of their own); the user's MALLOC_ARENA_MAX wins."""
    base = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}

    def heaps(mode: str, env: dict[str, str]) -> int:
        (tmp_path / mode).mkdir()
        run = subprocess.run([sys.executable, "-c", ARENA_PROBE, str(tmp_path / mode), mode],
                             env={**base, **env}, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        return int(run.stdout.split()[-1])

    unlimited = heaps("closed", {})
    if unlimited <= most:
        pytest.skip(f"this libc made only {unlimited} arenas for 12 threads")
    assert heaps(opened, environ) <= most

"""The materialised current view equals a from-scratch recomputation after every kind of write."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pyoxigraph as ox
import pytest
from kg_factories import make_build, make_extraction, make_second_report

from kgraph.errors import StoreError
from kgraph.model import Post, Status
from kgraph.rdf import iris, mapping
from kgraph.rdf import store as store_module
from kgraph.rdf.namespace import KG
from kgraph.rdf.store import KGStore

VIEW = ox.NamedNode(iris.VIEW_GRAPH)
MEETING = "https://w3id.org/kgraph/id/interaction/meeting/2025-07-18/"


def _view(store: KGStore) -> set[str]:
    return {str(q) for q in store.raw.quads_for_pattern(None, None, None, VIEW)}


def _assert_view_is_fresh(store: KGStore) -> set[str]:
    incremental = _view(store)
    store.rebuild_views()
    assert _view(store) == incremental
    return incremental


def _current(store: KGStore, pred: str) -> dict[str, str]:
    return {q.subject.value: q.object.value
            for q in store.raw.quads_for_pattern(None, ox.NamedNode(str(pred)), None, VIEW)}


def test_store_view_follows_writes_rewrites_and_removals(store, build):
    store.write_extraction(make_extraction(), build)
    view = _assert_view_is_fresh(store)
    assert len(view) > 30
    store.write_extraction(make_second_report(), build)
    _assert_view_is_fresh(store)
    meeting = next(i for i in _current(store, KG.currentStatus) if i.startswith(MEETING))
    assert _current(store, KG.currentStatus)[meeting] == mapping.STATUS_IRI[Status.OCCURRED]
    assert _current(store, KG.sourceCount)[meeting] == "2"
    # a rewrite of the first document (now cancelled, published later than the second) wins
    store.write_extraction(make_extraction(published=dt.date(2025, 7, 20), status=Status.CANCELLED), build)
    _assert_view_is_fresh(store)
    assert _current(store, KG.currentStatus)[meeting] == mapping.STATUS_IRI[Status.CANCELLED]
    # removing it: the merged meeting keeps the second document's statement
    assert store.remove_document("japan-us-tariff-talks")
    _assert_view_is_fresh(store)
    assert _current(store, KG.currentStatus)[meeting] == mapping.STATUS_IRI[Status.OCCURRED]
    assert _current(store, KG.sourceCount)[meeting] == "1"
    assert _current(store, KG.latestSource)[meeting] == iris.document_iri("bessent-in-tokyo")
    assert not any("akazawa" in i for i in _current(store, KG.currentName))  # only in the removed document
    store.remove_document("bessent-in-tokyo")
    assert _view(store) == {str(mapping.view_marker())}


def test_store_view_is_rebuilt_when_missing_and_exported_in_its_own_graph(tmp_path, build):
    with KGStore.open(tmp_path / "s") as s:
        s.write_extraction(make_extraction(), build)
        want = _view(s)
        s.raw.remove_graph(VIEW)  # e.g. a store written before the view existed
    with KGStore.open(tmp_path / "s") as s:
        assert _view(s) == want
        out = tmp_path / "x.nq"
        s.export(out, "nquads")
        lines = [x for x in out.read_text(encoding="utf-8").splitlines() if x.endswith(f"<{iris.VIEW_GRAPH}> .")]
        assert len(lines) == len(want)


def test_store_view_follows_load_nquads_of_a_rewritten_document(tmp_path, build):
    with KGStore.open(None) as a:
        a.write_extraction(make_second_report(), build)
        a.export(tmp_path / "second.nq", "nquads")
    with KGStore.open(None) as s:
        s.write_extraction(make_extraction(), build)
        s.load_nquads(tmp_path / "second.nq")
        _assert_view_is_fresh(s)
        s.raw.remove_graph(ox.NamedNode(iris.graph_iri("bessent-in-tokyo")))  # as a distributed build does
        s.load_nquads(tmp_path / "second.nq")
        _assert_view_is_fresh(s)


def test_store_view_interactions_match_store_interactions(store, build):
    store.write_extraction(make_extraction(), build)
    store.write_extraction(make_second_report(), build)
    status = _current(store, KG.currentStatus)
    assert {i.iri: mapping.STATUS_IRI[i.status] for i in store.interactions()} == status


def test_store_view_after_a_batch_equals_one_written_document_at_a_time(tmp_path, build):
    with KGStore.open(tmp_path / "one") as one, KGStore.open(tmp_path / "batch") as batched:
        one.write_extraction(make_extraction(), build)
        one.write_extraction(make_second_report(), build)
        with batched.batch():
            batched.write_extraction(make_extraction(), build)
            assert mapping.view_marker() not in batched.raw  # stale until the batch is flushed
            batched.write_extraction(make_second_report(), build)
        assert mapping.view_marker() in batched.raw
        assert _view(batched) == _view(one)
        _assert_view_is_fresh(batched)


@pytest.mark.parametrize("scan_per_key", [0, store_module.SCAN_PER_KEY])
def test_a_batch_recounts_its_pair_summaries_by_scans_or_key_by_key_alike(tmp_path, build, monkeypatch, scan_per_key):
    """A batch's end recounts the pair summaries from scans of the view (many keys) or with look-ups per key (a
    few keys in a big store: SCAN_PER_KEY 0 forces them); either way they equal what rebuild_views writes (itself
    by scans), and every actor pair of the documents has its summary (count, topics, who-met-whom row)."""
    monkeypatch.setattr(store_module, "SCAN_PER_KEY", scan_per_key)
    undated = dataclasses.replace(make_second_report("undated-meeting"), interactions=tuple(
        dataclasses.replace(i, date=None, date_precision=None) for i in make_second_report().interactions))
    docs = [make_extraction(), make_second_report(), make_extraction("other-talks", dt.date(2025, 7, 18)), undated]
    with KGStore.open(tmp_path / "s") as store:
        with store.batch():
            for d in docs:
                store.write_extraction(d, build)
        rows = _current(store, KG.metRow)
        assert len(rows) == len(_current(store, KG.actorPairRow)) >= 3
        monkeypatch.setattr(store_module, "SCAN_PER_KEY", 16)
        _assert_view_is_fresh(store)


class _CountingStore:
    """A pyoxigraph Store that records the quads of each bulk load; everything else is passed through."""

    def __init__(self, raw: ox.Store) -> None:
        self._raw, self.bulk_loads = raw, []

    def bulk_extend(self, quads) -> None:
        quads = list(quads)
        self.bulk_loads.append(quads)
        self._raw.bulk_extend(quads)

    def __getattr__(self, name):
        return getattr(self._raw, name)

    def __contains__(self, quad) -> bool:
        return quad in self._raw

    def __iter__(self):
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _batched_flush_loads(tmp_path, docs, build) -> list[list[ox.Quad]]:
    """Write ``docs`` one at a time into one store and in a batch into another (every load a bulk load);
    check both views agree and are fresh; return the bulk loads of the batch's first flush."""
    with KGStore.open(tmp_path / "one") as one, KGStore.open(tmp_path / "batch") as batched:
        for d in docs:
            one.write_extraction(d, build)
        counting = batched._raw = _CountingStore(batched._raw)
        with batched.batch():
            for d in docs:
                batched.write_extraction(d, build)
            batched.flush()
            loads = list(counting.bulk_loads)
        assert _view(batched) == _view(one)
        _assert_view_is_fresh(batched)
    return loads


def _graphs(quads) -> set[str]:
    return {q.graph_name.value for q in quads}


def test_a_flush_loads_its_documents_and_their_view_in_one_bulk_load(tmp_path, build, monkeypatch):
    """The view is refreshed from the buffered documents before they are loaded, and both go into the store
    in one bulk load (RocksDB compacts what each bulk load adds); the view equals that of single writes."""
    monkeypatch.setattr(store_module, "BULK_ABOVE", 0)
    docs = [make_extraction(), make_second_report(), make_extraction("other-talks", dt.date(2025, 7, 18))]
    loads = _batched_flush_loads(tmp_path, docs, build)
    assert len(loads) == 1
    assert _graphs(loads[0]) >= {iris.VIEW_GRAPH, *(iris.graph_iri(d.article.doc_id) for d in docs)}


def test_a_flush_loads_its_documents_first_when_one_must_be_read_from_the_store(tmp_path, build, monkeypatch):
    """Two posts of one title stated on one day: which the view shows depends on the order the store returns
    them in, so that document is read from the store, and the flush loads the documents before the view."""
    monkeypatch.setattr(store_module, "BULK_ABOVE", 0)
    second = make_second_report()
    day = second.article.published
    bessent = dataclasses.replace(second.actors[1], posts=(Post("Adviser", "United States", None, day),
                                                           Post("Adviser", "Japan", None, day)))
    inter = second.interactions[0]
    inter = dataclasses.replace(inter, participants=(inter.participants[0],
                                                     dataclasses.replace(inter.participants[1], actor=bessent)))
    ambiguous = dataclasses.replace(second, actors=(second.actors[0], bessent), interactions=(inter,))
    loads = _batched_flush_loads(tmp_path, [make_extraction(), ambiguous], build)
    assert len(loads) == 2
    assert iris.VIEW_GRAPH not in _graphs(loads[0]) and _graphs(loads[1]) == {iris.VIEW_GRAPH}


def test_a_flush_lets_go_of_the_quads_it_hands_to_the_bulk_loader(tmp_path, build, monkeypatch):
    """The bulk loader reads an iterator, not a list: once it has read a buffered document's quads, the batch
    keeps only its content hash (document_hash still answers), so the Python objects die during the load."""
    monkeypatch.setattr(store_module, "BULK_ABOVE", 0)
    docs = [make_extraction(), make_second_report()]
    seen = []

    class Watching(_CountingStore):
        def bulk_extend(self, quads) -> None:
            a_list = isinstance(quads, (list, tuple, set))
            super().bulk_extend(quads)
            seen.append((a_list, [len(quads) for quads, *_ in store._buffered.values()],
                         [store.document_hash(d.article.doc_id) for d in docs]))

    with KGStore.open(tmp_path / "s") as store:
        store._raw = Watching(store._raw)
        with store.batch():
            for d in docs:
                store.write_extraction(d, build)
            store.flush()
            assert not store._buffered
        assert seen[0] == (False, [1, 1], [d.article.content_hash for d in docs])  # the flush's load
        assert [store.document_hash(d.article.doc_id) for d in docs] == [d.article.content_hash for d in docs]


def test_a_flush_whose_bulk_load_fails_leaves_its_documents_not_built(tmp_path, build, monkeypatch):
    """The quads a failed bulk load had read are gone from memory: the documents must not then be stored
    with their content hash but without their data (the batch's closing flush retries the load)."""
    monkeypatch.setattr(store_module, "BULK_ABOVE", 0)
    docs = [make_extraction(), make_second_report()]

    class FailingOnce(_CountingStore):
        def bulk_extend(self, quads) -> None:
            if not self.bulk_loads:
                self.bulk_loads.append([q for _, q in zip(range(10), quads)])
                raise OSError("disk full")
            super().bulk_extend(quads)

    with KGStore.open(tmp_path / "s") as store:
        store._raw = FailingOnce(store._raw)
        with pytest.raises(StoreError), store.batch():
            for d in docs:
                store.write_extraction(d, build)
            store.flush()
        assert [store.document_hash(d.article.doc_id) for d in docs] == [None, None]
        assert not list(store.raw.quads_for_pattern(None, None, None, ox.NamedNode(iris.graph_iri(docs[0].article.doc_id))))

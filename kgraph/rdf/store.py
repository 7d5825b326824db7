"""The kgraph store: an embedded Oxigraph (pyoxigraph) dataset, one named graph per article.

Layout of the dataset:

- ``id/graph/<doc>``: everything extracted from one article (see :mod:`kgraph.rdf.mapping`),
  including the document's content hash, so the graph is replaced whole and atomically enough:
  ``remove_graph`` then one transactional ``extend``. A crash in between leaves the document without
  a hash, i.e. "not built", and the next build writes it again.
- ``id/builds``: one prov:Activity per build that wrote something.
- ``https://w3id.org/kgraph/ontology``: the ontology itself (TBox), so SPARQL can read class labels
  and CAMEO codes. Not exported by :meth:`KGStore.export`.

Writers take an exclusive ``fcntl.flock`` on ``<store>/kgraph.lock``; a second writer gets
:class:`~kgraph.errors.StoreLockedError`. Read-only opens take no lock (they see a snapshot as of
opening; Oxigraph calls reading during a write undefined, so a reader retries nothing and a failure to
open is reported as a StoreError).

Example:
    >>> with KGStore.open(Path("output/store")) as store:       # doctest: +SKIP
    ...     store.write_extraction(extraction, build)
    ...     store.interactions(actor="Scott Bessent")
"""
from __future__ import annotations

import fcntl
import hashlib
import json
from collections import OrderedDict
from contextlib import contextmanager
from itertools import chain
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable

import pyoxigraph as ox

from kgraph.config import resource_dir
from kgraph.errors import QueryError, StoreError, StoreLockedError
from kgraph.model import Actor, BuildInfo, Extraction, Interaction, normalise_name
from kgraph.rdf import iris, mapping
from kgraph.rdf.mapping import K, N, PREFIXES, SERIAL_PREFIXES
from kgraph.rdf.namespace import KG

LOCK_NAME = "kgraph.lock"
VIEW_REBUILD_ABOVE = 20_000  # touched IRIs above which load_nquads rebuilds the view whole
# Quads above which a write goes through Oxigraph's bulk loader (about 3x cheaper per quad than a
# transactional extend, but each call costs ~10 ms and gives no atomicity: see _add).
BULK_ABOVE = 5_000
BULK_QUADS = 200_000  # buffered document quads (in a batch) that trigger a bulk write before flush()
ACTOR_CACHE = 20_000  # merged actors kept between view refreshes (LRU): a few KB each
SOURCE_CACHE = 4_096  # document graphs whose source (date, id) is cached; cleared when full
# Summaries (actors, pair keys) recounted between two flushes of the write buffers at a batch's end:
# the recount rewrites a summary per key, and RocksDB's memtables held them all until the end.
RECOUNT_FLUSH = 2_000
# A recount reads the view predicates it needs whole when they hold at most this many quads per key
# (actor, pair key) to recount; else it looks each key up (see KGStore._view_scan).
SCAN_PER_KEY = 16
RENEW_ATTEMPTS = 5  # tries to open a new handle while the old one is still held (see KGStore._renew_handle)
RECOUNT_BULK = 50_000  # summary quads a recount bulk-loads at once (each bulk load costs ~10 ms more)
_CONTENT_HASH = N(str(KG.contentHash))
_DERIVED = N(mapping.PROV + "wasDerivedFrom")
_INTERACTION = N(str(KG.Interaction))
_ACTOR = N(str(KG.Actor))
_ISSUED = N(mapping.DCTERMS + "issued")
_AMBIGUOUS = object()  # "read this from the store": see KGStore._interaction_rows
_DOC_ID, _SOURCE_PATH, _URL = str(KG.docId), str(KG.sourcePath), str(KG.url)
_INTER, _ACTOR_T, _STATUS, _DOCUMENT = str(KG.Interaction), str(KG.Actor), str(KG.status), str(KG.Document)
_DATE, _PREC, _TOPIC, _CHANNEL, _CONF = (str(KG.date), str(KG.datePrecision), str(KG.topic), str(KG.channel),
                                         str(KG.confidence))
_SINGLE = (_DATE, _PREC, _TOPIC, _CHANNEL, _CONF)
_LOCATION, _PARTICIPATION, _ROLE, _ACTOR_P = str(KG.location), str(KG.participation), str(KG.role), str(KG.actor)
_HOLDS, _STATED_ON, _COUNTRY = mapping.ORG + "holds", str(KG.statedOn), str(KG.country)
_ALT_LABEL = mapping.SKOS + "altLabel"


_NODES: dict[str, ox.NamedNode] = {}


def _open_handle(path: Path) -> ox.Store:
    """A writable pyoxigraph handle on the store folder ``path`` (KGStore.open, KGStore._renew_handle)."""
    return ox.Store(str(path))


def _node(iri: str) -> ox.NamedNode:
    """A predicate's NamedNode, cached (a handful of ontology terms)."""
    node = _NODES.get(iri)
    if node is None:
        node = _NODES[iri] = N(iri)
    return node


def _index(quads: Iterable[ox.Quad]) -> dict[str, dict[str, list[str]]]:
    """subject -> predicate -> objects (lexical forms) of one graph's quads, in their order. Plain strings:
    pyoxigraph's terms are objects the garbage collector tracks, and a flush holds ~80,000 of these."""
    out: dict[str, dict[str, list[str]]] = {}
    for q in quads:
        by_p = out.get(s := q.subject.value)
        if by_p is None:
            by_p = out[s] = {}
        objs = by_p.get(p := q.predicate.value)
        if objs is None:
            by_p[p] = [q.object.value]
        else:
            objs.append(q.object.value)
    return out
EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld")


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What :meth:`KGStore.write_extraction` wrote: quads, distinct interactions, and how many of
    those were already stated by another document (merged cross-document events)."""

    triples: int
    interactions: int
    merged: int


class _PairSummary:
    """What an actor-pair summary node says, gathered one view value at a time: the interaction count, the
    sets of topics, type labels, statuses, dates and places, and the latest interaction (latest date,
    undated ones counting as oldest, then IRI)."""

    __slots__ = ("count", "values", "latest")

    def __init__(self) -> None:
        self.count = 0
        self.values: dict[str, set[str]] = {}
        self.latest = ("", "")

    def add_interaction(self, iri: str) -> None:
        self.count += 1
        self.latest = max(self.latest, ("", iri))

    def add(self, name: str, iri: str, value: str) -> None:
        """One value of view predicate ``name`` (see KGStore._PAIR_VALUES) of interaction ``iri``."""
        got = self.values.setdefault(name, set())
        if name == "currentType":
            got.add(mapping.class_label(value))
        elif name == "statusNames":
            got.update(value.split("/"))
        else:
            got.add(value)
            if name == "currentDate":
                self.latest = max(self.latest, (value, iri))

    def quads(self, key: str) -> list[ox.Quad]:
        if not self.count:
            return []
        get = self.values.get
        return mapping.actor_pair_view_quads(key, self.count, *(get(n, ()) for n in KGStore._PAIR_VALUES),
                                             self.latest[1])


def _libc(name: str):
    """A glibc function (``malloc_trim``, ``mallopt``), or None where there is none."""
    try:
        import ctypes

        return getattr(ctypes.CDLL("libc.so.6"), name)
    except (OSError, AttributeError):
        return None


_TRIM = _libc("malloc_trim")
TRIM_AFTER_FLUSH = True
# malloc arenas a writing process may use (glibc's default: 8 per core). RocksDB's background threads and the bulk
# loader's allocate from arenas of their own, each of which keeps its freed pages in pieces that malloc_trim cannot
# return: a 20,000-document store-only replay grew 136 -> 272 MiB while writing (peak 361) with the default, 137 ->
# 184 MiB (peak 280) with 2 (benchmarks/RESULTS.md, session 12). MALLOC_ARENA_MAX in the environment wins.
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # mallopt's parameter number (malloc.h)
_arenas_limited = False


def limit_malloc_arenas() -> None:
    """Cap glibc's malloc arenas at :data:`MALLOC_ARENAS` for the rest of the process (once; not when the
    user set ``MALLOC_ARENA_MAX``, nor where there is no glibc). Threads started afterwards share them."""
    global _arenas_limited
    if _arenas_limited or "MALLOC_ARENA_MAX" in os.environ:
        return
    mallopt = _libc("mallopt")
    if mallopt is not None:
        mallopt(_M_ARENA_MAX, MALLOC_ARENAS)
    _arenas_limited = True


def release_memory() -> None:
    """Give the memory freed by a flush back to the system: RocksDB's flushed memtables and read
    buffers are freed from several threads' malloc arenas, which glibc otherwise keeps."""
    if _TRIM is not None and TRIM_AFTER_FLUSH:
        _TRIM(0)


def _value(term: Any) -> str | None:
    return None if term is None else term.value


def to_term(value: Any) -> ox.NamedNode | ox.Literal:
    """A Python value as an RDF term for a SPARQL binding (never pasted into query text).

    ``<http://x>`` or an ``http(s)://`` string -> IRI; bool/int/float -> typed literal; else a string.
    """
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=N(mapping.XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=N(mapping.XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=N(mapping.XSD + "double"))
    text = str(value)
    try:
        if text.startswith("<") and text.endswith(">"):
            return ox.NamedNode(text[1:-1])
        if text.startswith(("http://", "https://")) and " " not in text:
            return ox.NamedNode(text)
    except ValueError as exc:
        raise QueryError(f"binding {text!r} is not a valid IRI ({one_line(exc)}); pass a plain name, or an IRI "
                         "without spaces, quotes or angle brackets inside") from exc
    return ox.Literal(text)


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


class KGStore:
    """kgraph's RDF store over a pyoxigraph ``Store`` (on disk, or in memory when ``path`` is None)."""

    def __init__(self, raw: ox.Store, path: Path | None, read_only: bool, lock_fd: int | None) -> None:
        self._raw = raw
        self.path = path
        self.read_only = read_only
        self._lock_fd = lock_fd
        self._closed = False
        # Held while the RocksDB handle is renewed (_renew_handle, in the build's writer thread) and by the reads a
        # build makes from another thread meanwhile (document_hash): a read never meets a closed handle.
        self._handle_lock = threading.RLock()
        self._src_cache: dict[str, mapping.SourceInfo | None] = {}
        # While a batch is open (see batch()), what writes touched: refreshed in the view once, at flush().
        self._pending: tuple[set[str], set[str], dict[str, int]] | None = None
        # ... and the documents written in the batch but not yet in the store: graph IRI -> (quads,
        # interaction IRIs, actor IRIs); bulk-loaded together at flush() (or when BULK_QUADS are waiting).
        self._buffered: dict[str, tuple[list[ox.Quad], set[str], set[str], dict]] = {}
        # ... and per interaction IRI, how many of those buffered graphs state it (_stated_elsewhere asks
        # for every interaction written: scanning the buffered graphs was quadratic in the batch)
        self._buffered_inters: dict[str, int] = {}
        # ... and, once bulk-loaded, those graphs' quads indexed in memory (graph IRI -> subject -> predicate
        # -> objects) until the view refresh that follows: it reads them from here, not back from the store.
        self._fresh: dict[str, dict[str, dict[str, list]]] = {}
        self._buffered_quads = 0
        self._buffered_build: list[ox.Quad] = []
        # While a flush refreshes the view before its documents are loaded (see flush()), the view quads
        # to add: they go into the store in the same bulk load as the documents.
        self._view_adds: list[ox.Quad] | None = None
        # ... and per (class, IRI) of an interaction or actor, the buffered graphs that type it so (built when
        # first asked)
        self._buffered_by_subject: dict[tuple[str, str], list[str]] | None = None
        # Per actor, what all its sources in the store say, merged (LRU), and the graphs added since that
        # merge: a refresh then reads only those. Dropped when a graph naming the actor is replaced.
        self._merges: OrderedDict[str, mapping.ActorMerge] = OrderedDict()
        self._new_graphs: dict[str, set[str]] = {}
        # Actors, country-pair-month keys and actor-pair keys whose summaries a batch must still recount.
        self._derived: tuple[set[str], set[str], set[str]] = (set(), set(), set())
        # While a batch's end recounts them: renew the RocksDB handle after each whole-view scan (see
        # _recount_derived).
        self._renew_in_recount = False

    # -- opening and closing ------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None, read_only: bool = False) -> "KGStore":
        """Open (creating when writable) the store at ``path``; ``None`` gives an in-memory store.

        Raises StoreLockedError when another writer holds the store, StoreError when a read-only
        store does not exist or cannot be read.
        """
        if path is None:
            store = cls(ox.Store(), None, read_only=False, lock_fd=None)
            store._ensure_ontology()
            store._ensure_view()
            store.read_only = read_only
            return store
        path = Path(path)
        if read_only:
            if not path.is_dir() or not any(path.iterdir()):
                raise StoreError(f"{path}: no kgraph store here. Run `kgraph build PATH --store {path}` first.")
            try:
                raw = ox.Store.read_only(str(path))
            except OSError as exc:
                raise StoreError(f"{path}: not a kgraph store (or a damaged one): {one_line(exc)}. Point --store "
                                 f"at a folder made by `kgraph build`, or run `kgraph build PATH --store {path}`.") from exc
            return cls(raw, path, read_only=True, lock_fd=None)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the store folder: {one_line(exc)}") from exc
        limit_malloc_arenas()  # (before RocksDB starts its threads: see MALLOC_ARENAS)
        lock_path = path / LOCK_NAME
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise StoreLockedError(
                f"{path}: another kgraph process is writing this store (lock {lock_path}). "
                "Wait for it to finish, or use another --store."
            ) from exc
        try:
            raw = _open_handle(path)
        except OSError as exc:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"{path}: the store is open elsewhere in this process or by another program: {one_line(exc)}"
                ) from exc
            raise StoreError(f"{path}: cannot open the store: {one_line(exc)}. Is it a kgraph store?") from exc
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        store = cls(raw, path, read_only=False, lock_fd=fd)
        store._ensure_ontology()
        store._ensure_view()
        return store

    def close(self) -> None:
        """Flush and release the store and its write lock (idempotent)."""
        if self._closed:
            return
        self._closed = True
        if not self.read_only and self.path is not None and self._raw is not None:
            try:
                self._raw.flush()
            except OSError:
                pass
        self._raw = None  # type: ignore[assignment]  # drops the RocksDB handle
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> "KGStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph Store (for the SPARQL server)."""
        if self._closed:
            raise StoreError("the store is closed")
        return self._raw

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only; open it without read_only to write.")
        return self.raw

    def _ensure_ontology(self) -> None:
        """Load (or refresh) the ontology graph when the shipped kgraph.ttl changed."""
        ttl = resource_dir("ontologies") / "kgraph.ttl"
        data = ttl.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        g = N(iris.ONTOLOGY_GRAPH)
        marker = ox.Quad(g, K.contentHash, ox.Literal(digest), g)
        if marker in self._raw:
            return
        quads = [
            ox.Quad(q.subject, q.predicate, q.object, g)
            for q in ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=iris.ONTOLOGY_GRAPH)
        ]
        self._raw.remove_graph(g)
        self._raw.extend([*quads, marker])

    # -- the materialised "current" view ----------------------------------------------------
    #
    # Graph iris.VIEW_GRAPH holds, per interaction IRI, what its most recently published source says
    # (type, status, date, place, topic, participants with roles, sources), per actor its current
    # name, kind, names and aliases, country and posts, and per document its interaction count. Saved
    # queries read it with plain BGPs. Every write recomputes exactly the interactions and actors the
    # written/removed document states (before and after), from ALL their sources, so the view always
    # equals :meth:`rebuild_views` (tested). The version marker is removed while a write is under way:
    # a store whose marker is missing (crash, store written before the view existed, bulk import by
    # another tool) rebuilds the view when next opened for writing.

    def _graph_members(self, g: ox.NamedNode) -> tuple[set[str], set[str]]:
        raw = self.raw
        inters = {q.subject.value for q in raw.quads_for_pattern(None, mapping.TYPE, K.Interaction, g)}
        actors = {q.subject.value for q in raw.quads_for_pattern(None, mapping.TYPE, K.Actor, g)}
        return inters, actors

    def _source(self, g: str) -> mapping.SourceInfo | None:
        if g in self._src_cache:
            return self._src_cache[g]
        src = self._fresh_source(g) if g in self._fresh else _AMBIGUOUS
        if src is _AMBIGUOUS:
            src = self._stored_source(g)
        if len(self._src_cache) > SOURCE_CACHE:
            self._src_cache.clear()
        self._src_cache[g] = src
        return src

    def _stored_source(self, g: str) -> mapping.SourceInfo | None:
        self._load_if_buffered(g)
        raw, gn = self.raw, N(g)
        src = None
        for q in raw.quads_for_pattern(gn, _DERIVED, None, gn):
            doc = q.object
            vals = {p.value: o.object.value for p in (K.docId, _ISSUED, K.sourcePath, K.url)
                    for o in raw.quads_for_pattern(doc, p, None, gn)}
            if _DOC_ID in vals and ox.Quad(doc, mapping.TYPE, K.Document, gn) in raw:
                src = mapping.source_from_row({"g": g, "docid": vals[_DOC_ID], "pub": vals.get(_ISSUED.value),
                                               "source": vals.get(_SOURCE_PATH), "url": vals.get(_URL)})
            break
        return src

    def _fresh_source(self, g: str):
        """:meth:`_stored_source` of a graph in ``_fresh``, from memory; _AMBIGUOUS where the store's
        answer would depend on the order it returns quads in (a predicate with several values)."""
        idx = self._fresh[g]
        derived = idx.get(g, {}).get(_DERIVED.value, ())
        if not derived:
            return None
        if len(derived) > 1:
            return _AMBIGUOUS
        doc = idx.get(derived[0], {})
        vals = {}
        for p in (_DOC_ID, _ISSUED.value, _SOURCE_PATH, _URL):
            objs = doc.get(p, ())
            if len(objs) > 1:
                return _AMBIGUOUS
            if objs:
                vals[p] = objs[0]
        if _DOC_ID in vals and _DOCUMENT in doc.get(mapping.RDF_TYPE, ()):
            return mapping.source_from_row({"g": g, "docid": vals[_DOC_ID], "pub": vals.get(_ISSUED.value),
                                            "source": vals.get(_SOURCE_PATH), "url": vals.get(_URL)})
        return None

    def _by_graph(self, iri: str) -> dict[str, list[ox.Quad]]:
        out: dict[str, list[ox.Quad]] = {}
        for q in self.raw.quads_for_pattern(N(iri), None, None, None):
            g = getattr(q.graph_name, "value", None)
            if g is not None and g != iris.VIEW_GRAPH and g != iris.ONTOLOGY_GRAPH:
                out.setdefault(g, []).append(q)
        return out

    def _buffered_graphs(self, cls: str, s: str) -> list[str]:
        """The graphs buffered by a batch (not loaded yet) that type ``s`` ``cls`` (kg:Interaction or
        kg:Actor; a buffered graph names an actor only with its type: see mapping.extraction_to_quads)."""
        if not self._buffered:
            return []
        if self._buffered_by_subject is None:
            by_subject: dict[tuple[str, str], list[str]] = {}
            for g, (_, inters, actors, _) in self._buffered.items():
                for key in chain(((_INTER, i) for i in inters), ((_ACTOR_T, a) for a in actors)):
                    by_subject.setdefault(key, []).append(g)
            self._buffered_by_subject = by_subject
        return self._buffered_by_subject.get((cls, s), [])

    def _load_if_buffered(self, g: str) -> None:
        """Bulk-load the batch's buffered documents now when graph ``g`` is one of them: a flush refreshes
        the view before loading them (see :meth:`flush`), and a read that must come from the store (see
        _AMBIGUOUS) needs them there."""
        if g in self._buffered:
            self._write_buffered()

    def _labels(self, node: Any, g: ox.NamedNode) -> list[str]:
        return [q.object.value for q in self.raw.quads_for_pattern(node, mapping.LABEL, None, g)]

    def _stored(self, s: str, g: str, quads: Iterable[ox.Quad] | None = None):
        """What stored graph ``g`` says of IRI ``s`` (predicate -> objects' lexical forms; from ``quads``
        when already read) and a reader ``objects(node, predicate)`` for the nodes it names, like
        :meth:`_fresh_reader`'s."""
        if quads is None:
            self._load_if_buffered(g)
        raw, gn = self.raw, N(g)
        terms: dict[str, Any] = {}  # lexical form -> term of the nodes met (blank nodes have no IRI)

        def values(quads) -> list[str]:
            out = []
            for q in quads:
                o = q.object
                if not isinstance(o, ox.Literal):
                    terms[o.value] = o
                out.append(o.value)
            return out

        by_p: dict[str, list[str]] = {}
        for q in raw.quads_for_pattern(N(s), None, None, gn) if quads is None else quads:
            by_p.setdefault(q.predicate.value, []).extend(values((q,)))

        def objects(node: str, pred: str) -> list[str]:
            return values(raw.quads_for_pattern(terms.get(node) or N(node), _node(pred), None, gn))

        return by_p, objects

    @staticmethod
    def _fresh_reader(idx: dict):
        """``objects(node, predicate)`` of a graph in ``_fresh`` (objects in the order they were written)."""
        return lambda node, pred: idx.get(node, {}).get(pred, ())

    def _subject_in_graphs(self, s: str, kind: ox.NamedNode, graphs: Iterable[str] | None = None):
        """(graph, predicate -> objects, reader, fresh) per document graph stating ``s``: those in ``graphs``,
        or those typing it ``kind`` (in the store, or buffered by a batch and not loaded yet); a graph in
        ``_fresh`` is read from memory, the others from the store."""
        if graphs is None:
            graphs = [g for q in self.raw.quads_for_pattern(N(s), mapping.TYPE, kind, None)
                      if (g := getattr(q.graph_name, "value", None)) is not None
                      and g != iris.VIEW_GRAPH and g != iris.ONTOLOGY_GRAPH]
            graphs += self._buffered_graphs(kind.value, s)
        for g in graphs:
            idx = self._fresh.get(g)
            if idx is not None:
                yield g, idx.get(s, {}), self._fresh_reader(idx), True
            else:
                yield g, *self._stored(s, g), False

    def _interaction_inputs(self, interactions: set[str]):
        """The rows :func:`mapping.view_quads` needs for these interactions, read by index look-ups (no
        SPARQL), or from memory for graphs just written: sources, core rows, participation rows, and the
        IRIs of their participants."""
        sources: dict[str, mapping.SourceInfo] = {}
        core: list[dict] = []
        parts: list[dict] = []
        wanted_actors: set[str] = set()
        for i in interactions:
            for g, by_p, objects, fresh in self._subject_in_graphs(i, _INTERACTION):
                src = self._source(g)
                if src is None:
                    continue
                rows = self._interaction_rows(i, g, by_p, objects, fresh)
                if rows is _AMBIGUOUS:
                    rows = self._interaction_rows(i, g, *self._stored(i, g), False)
                if rows is None:
                    continue
                sources[g] = src
                core.extend(rows[0])
                parts.extend(rows[1])
                wanted_actors.update(r["actor"] for r in rows[1])
        return sources, core, parts, wanted_actors

    @staticmethod
    def _interaction_rows(i: str, g: str, by_p: dict, objects, fresh: bool):
        """Core and participation rows of interaction ``i`` in graph ``g`` (None when ``g`` does not state
        it). From memory (``fresh``), _AMBIGUOUS where the rows would depend on the order the store returns
        quads in: several types, statuses, dates, places, roles, ... of one interaction in one graph."""
        types = by_p.get(mapping.RDF_TYPE, ())
        if _INTER not in types or _STATUS not in by_p:
            return None
        first = {}
        for p in _SINGLE:
            objs = by_p.get(p)
            if fresh and objs and len(objs) > 1:
                return _AMBIGUOUS
            first[p] = objs[0] if objs else None
        locs = [o for x in by_p.get(_LOCATION, ()) for o in objects(x, mapping.RDFS_LABEL)] or [None]
        statuses = by_p[_STATUS]
        if fresh and (len(types) != 2 or len(statuses) > 1 or len(locs) > 1):
            return _AMBIGUOUS
        core = []
        for cls in types:
            if cls == _INTER:
                continue
            for st in statuses:
                for loc in locs:
                    core.append({"g": g, "i": i, "cls": cls, "status": st,
                                 "date": first[_DATE], "prec": first[_PREC],
                                 "loc": loc, "topic": first[_TOPIC],
                                 "channel": first[_CHANNEL], "conf": first[_CONF]})
        parts = []
        for pn in by_p.get(_PARTICIPATION, ()):
            roles = objects(pn, _ROLE)
            actors = objects(pn, _ACTOR_P)
            if fresh and (len(roles) > 1 or len(actors) > 1):
                return _AMBIGUOUS
            for aq in actors:
                for role in roles:
                    parts.append({"g": g, "i": i, "actor": aq, "role": role})
        return core, parts

    def _one_actor_rows(self, a: str, graphs: Iterable[str] | None = None):
        """The rows :func:`mapping.rows_to_actors` needs for one actor, from every graph that states it
        (or from ``graphs`` only), and the documents that state it."""
        names: list[dict] = []
        aliases: list[dict] = []
        countries: list[dict] = []
        posts: list[dict] = []
        docs: set[str] = set()
        sources: dict[str, mapping.SourceInfo] = {}
        if graphs is None:  # every graph naming the actor (not only those typing it): read from the store,
            # or from memory for documents buffered by a batch and not loaded yet
            found = chain(((g, *self._stored(a, g, qs), False) for g, qs in self._by_graph(a).items()),
                          self._subject_in_graphs(a, _ACTOR, self._buffered_graphs(_ACTOR_T, a)))
        else:
            found = self._subject_in_graphs(a, _ACTOR, graphs)
        for g, by_p, objects, fresh in found:
            rows = self._actor_graph_rows(a, g, by_p, objects, fresh)
            if rows is _AMBIGUOUS:
                rows = self._actor_graph_rows(a, g, *self._stored(a, g), False)
            src, is_actor, g_names, g_aliases, g_countries, g_posts = rows
            if src is not None:
                sources[g] = src
            posts += g_posts
            if not is_actor:
                continue
            if src is not None:
                docs.add(iris.document_iri(src.doc_id))
            names += g_names
            aliases += g_aliases
            countries += g_countries
        return sources, names, aliases, countries, posts, docs

    def _actor_graph_rows(self, a: str, g: str, by_p: dict, objects, fresh: bool):
        """What graph ``g`` says of actor ``a`` (see :meth:`_one_actor_rows`). From memory (``fresh``),
        _AMBIGUOUS where :class:`mapping.ActorMerge` would depend on the order the store returns quads in
        (several kinds, countries, or posts with the same title and date stated)."""
        src = self._source(g)
        posts = []
        for p in by_p.get(_HOLDS, ()):
            stated = objects(p, _STATED_ON) or [None]
            pcs = [o for x in objects(p, _COUNTRY) for o in objects(x, mapping.RDFS_LABEL)] or [None]
            titles = objects(p, mapping.RDFS_LABEL)
            if fresh and (len(stated) > 1 or len(pcs) > 1 or len(titles) > 1):
                return _AMBIGUOUS
            for title in titles:
                for pc in pcs:
                    for st in stated:
                        posts.append({"g": g, "a": a, "title": title, "pc": pc, "stated": st})
        if fresh and len({(r["stated"], r["title"]) for r in posts}) < len(posts):
            return _AMBIGUOUS
        types = by_p.get(mapping.RDF_TYPE, ())
        if _ACTOR_T not in types:
            return src, False, [], [], [], posts
        kinds = [cls for cls in types if cls != _ACTOR_T]
        names = [{"g": g, "a": a, "cls": cls, "name": name}
                 for cls in kinds for name in by_p.get(mapping.RDFS_LABEL, ())]
        aliases = [{"a": a, "alias": alias} for alias in by_p.get(_ALT_LABEL, ())]
        countries = [{"g": g, "a": a, "c": o}
                     for x in by_p.get(_COUNTRY, ()) for o in objects(x, mapping.RDFS_LABEL)]
        if fresh and (len(kinds) > 1 or len(countries) > 1):
            return _AMBIGUOUS
        return src, True, names, aliases, countries, posts

    def _forget_actors(self, actor_iris: Iterable[str] | None = None) -> None:
        """Drop the cached merges of these actors (all when None): a graph that states them was replaced
        or removed, so the next refresh reads all their sources again."""
        if actor_iris is None:
            self._merges.clear()
            self._new_graphs.clear()
            return
        for a in actor_iris:
            self._merges.pop(a, None)

    def _refresh_actors(self, actor_iris: set[str]) -> tuple[dict[str, Actor], set[str]]:
        """Recompute the view entries of these actors one at a time (memory stays that of one actor's
        rows, however many documents name it) and write only what changed. Returns the merged actors
        and the IRIs whose current name or country changed. The counters are left to _recount_actors.

        An actor whose merge is cached (see ``_merges``) reads only the graphs added since, and its
        kg:currentSource entries only grow: a build that appends documents does not re-read the
        sources of an actor named in thousands of them."""
        raw, v = self.raw, N(iris.VIEW_GRAPH)
        totals = {str(getattr(KG, p)) for p in mapping.ACTOR_TOTALS}
        shown = (str(KG.currentName), str(KG.currentCountry))
        src_pred = str(KG.currentSource)
        kept = [N(p) for p in mapping.ACTOR_VIEW_PREDICATES if p != src_pred]
        actors: dict[str, Actor] = {}
        changed: set[str] = set()
        for a in actor_iris:
            added = self._new_graphs.pop(a, set())
            merge = self._merges.get(a)
            an = N(a)
            if merge is not None:
                self._merges.move_to_end(a)
                sources, names, aliases, countries, posts, docs = self._one_actor_rows(a, sorted(added))
                merge.add(mapping.source_order(sources), names, aliases, countries, posts)
                actor = merge.actor()
                new = {q for q in mapping.actor_view_quads(a, actor, ()) } if actor is not None else set()
                old = {q for p in kept for q in raw.quads_for_pattern(an, p, None, v)}
                if actor is not None:
                    grown = [ox.Quad(an, N(src_pred), N(d), v) for d in docs]
                    raw.extend([q for q in grown if q not in raw])
            else:
                sources, names, aliases, countries, posts, docs = self._one_actor_rows(a)
                merge = mapping.ActorMerge()
                merge.add(mapping.source_order(sources), names, aliases, countries, posts)
                actor = merge.actor()
                new = set(mapping.actor_view_quads(a, actor, docs)) if actor is not None else set()
                old = {q for q in raw.quads_for_pattern(an, None, None, v) if q.predicate.value not in totals}
                self._merges[a] = merge
                if len(self._merges) > ACTOR_CACHE:
                    self._merges.popitem(last=False)
            if old != new:
                for q in old - new:
                    raw.remove(q)
                raw.extend(new - old)
                if {q for q in old if q.predicate.value in shown} != {q for q in new if q.predicate.value in shown}:
                    changed.add(a)
            if actor is not None:
                actors[a] = actor
        return actors, changed

    def _view_subject_quads(self, subjects: Iterable[str]) -> list[ox.Quad]:
        raw, v = self.raw, N(iris.VIEW_GRAPH)
        out: list[ox.Quad] = []
        for s in subjects:
            for q in raw.quads_for_pattern(N(s), None, None, v):
                out.append(q)
                if q.predicate.value == str(KG.currentParticipation):
                    out.extend(raw.quads_for_pattern(q.object, None, None, v))
        return out

    def _refresh_view(self, interactions: set[str], actor_iris: set[str],
                      doc_counts: dict[str, int] | None = None, dropped_docs: Iterable[str] = (),
                      _depth: int = 0) -> None:
        """Recompute the view entries of these interactions and actors (and set/drop document counts).

        Only the difference between the old and the new entries is written: most of a big store's
        view does not change when a batch of documents comes in."""
        raw = self.raw
        sources, core, parts, participants = self._interaction_inputs(interactions)
        actors, changed = self._refresh_actors(participants | set(actor_iris))
        new = mapping.view_quads(sources, core, parts, actors, {}, doc_counts or {}, with_actors=False)
        old = self._view_subject_quads(set(interactions) | set(doc_counts or {}) | set(dropped_docs))
        old_set, new_set = set(old), set(new)
        for q in old_set - new_set:
            raw.remove(q)
        adds = [q for q in new if q not in old_set]
        if self._view_adds is not None:  # loaded with the flush's documents
            self._view_adds += adds
        else:
            self._add(adds)
        # Derived summaries: counters of every actor in an old or new touched interaction, and the
        # country-pair-month nodes of every old or new key.
        part, cpm, ap = str(KG.currentParticipant), str(KG.countryPairMonth), str(KG.actorPair)
        recount = set(actors) | set(actor_iris)
        keys: set[str] = set()
        name_keys: set[str] = set()
        for q in old_set | new_set:  # all, not only the difference: an import (load_nquads) may bring
            p = q.predicate.value      # view entries of its own, and a new source changes the totals
            if p == part:
                recount.add(q.object.value)
            elif p == cpm:
                keys.add(q.object.value)
            elif p == ap:
                name_keys.add(q.object.value)
        self._derived[0].update(recount)
        self._derived[1].update(keys)
        self._derived[2].update(name_keys)
        if self._pending is None:  # in a batch: at its end (their recount grows with the store)
            self._recount_derived()
        # Interactions elsewhere that show a touched actor's name or country: refreshed when it changed.
        if changed and not _depth:
            v = N(iris.VIEW_GRAPH)
            stale = {q.subject.value for a in changed
                     for q in raw.quads_for_pattern(None, K.currentParticipant, N(a), v)} - set(interactions)
            if stale:
                self._refresh_view(stale, set(), _depth=1)

    def _view_scan(self, pred: ox.NamedNode, limit: int, each) -> bool:
        """Call ``each(quad)`` for every view quad with predicate ``pred``, one at a time as the store returns
        them (nothing is collected: a batch's end reads every interaction's); False when there are more than
        ``limit`` of them (the scan stops there).

        A recount of many keys reads the predicates it needs whole (one index scan each, ~5 us per quad
        decoded) instead of one look-up per key and interaction (~20-40 us each); a recount of a few keys
        in a big store gives up here after ``limit`` quads and looks them up one by one. At a batch's end the
        handle is renewed after the scan (see _recount_derived)."""
        done = self._scan(pred, limit, each)
        self._renew_between(self._renew_in_recount)
        return done

    def _scan(self, pred: ox.NamedNode, limit: int, each) -> bool:
        for n, q in enumerate(self.raw.quads_for_pattern(None, pred, None, N(iris.VIEW_GRAPH)), 1):
            if n > limit:
                return False
            each(q)
        return True

    def _view_subjects(self, pred: ox.NamedNode, limit: int) -> set | None:
        """The subjects of the view quads with predicate ``pred`` (summary nodes that exist), or None when
        there are more than ``limit``."""
        out: set = set()
        return out if self._view_scan(pred, limit, lambda q: out.add(q.subject)) else None

    def _write_summaries(self, nodes: Iterable[tuple[ox.NamedNode, list[ox.Quad]]],
                         existing: set | None) -> None:
        """Replace the view quads of these summary nodes by the given ones (none: the node goes). Only
        nodes in ``existing`` (all when None) are read first; only the difference is written."""
        v = N(iris.VIEW_GRAPH)
        out: list[ox.Quad] = []
        for node, new in self._flushing(nodes):
            if existing is None or node in existing:
                raw = self.raw
                old = set(raw.quads_for_pattern(node, None, None, v))
                if old:
                    for q in old.difference(new):
                        raw.remove(q)
                    new = [q for q in new if q not in old]
            out.extend(new)
            if len(out) > RECOUNT_BULK:  # written as it goes: a batch's end recounts every pair of the corpus
                self._add(out)
                out = []
        self._add(out)

    def _recount_actors(self, actor_iris: Iterable[str]) -> None:
        """Rewrite the counters (kg:interactionTotal, ...) of these actors from the view's interactions
        (only those that changed): one SPARQL aggregate per RECOUNT_FLUSH actors, evaluated on Oxigraph's
        encoded terms (a look-up per actor and interaction from Python decodes every quad it reads: ~3x
        slower)."""
        raw, v = self.raw, N(iris.VIEW_GRAPH)
        preds = [N(getattr(KG, p)) for p in mapping.ACTOR_TOTALS]
        todo = sorted(actor_iris)
        for start in range(0, len(todo), RECOUNT_FLUSH):
            chunk = todo[start:start + RECOUNT_FLUSH]
            if start:
                self._flush_buffers()
            counts = {r["a"]: r for r in self._rows(
                f"""SELECT ?a (COUNT(DISTINCT ?i) AS ?n) (COUNT(DISTINCT ?o) AS ?c) (COUNT(DISTINCT ?d) AS ?dn)
                    WHERE {{ GRAPH <{iris.VIEW_GRAPH}> {{ VALUES ?a {{ {" ".join(f"<{a}>" for a in chunk)} }}
                      ?i kg:currentParticipant ?a . ?i kg:currentParticipant ?o . FILTER(?o != ?a)
                      OPTIONAL {{ ?i kg:currentSource ?d }} }} }} GROUP BY ?a""")}
            for a in chunk:
                an = N(a)
                old = {q for p in preds for q in raw.quads_for_pattern(an, p, None, v)}
                new: set[ox.Quad] = set()
                row = counts.get(a)
                if row is not None and any(True for _ in raw.quads_for_pattern(an, K.currentName, None, v)):
                    new = set(mapping.actor_total_quads(a, int(row["n"]), int(row["c"]), int(row["dn"])))
                if old != new:
                    for q in old - new:
                        raw.remove(q)
                    raw.extend(new - old)

    _PAIR_VALUES = ("currentTopic", "currentType", "statusNames", "currentDate", "currentLocation")

    def _recount_actor_pairs(self, keys: Iterable[str]) -> None:
        """Rewrite the actor-pair summary nodes (count, topics, who-met-whom row) of these kg:actorPair keys.

        Many keys: the view's kg:actorPair quads and then each value predicate are scanned once, and each
        value is added to the summaries of its interaction's keys as it is read; what is held is one
        summary per key (sets of values) and, per interaction, its keys' summaries (see _PairSummary)."""
        keys = set(keys)
        if not keys:
            return
        limit = SCAN_PER_KEY * len(keys)
        sums: dict[str, _PairSummary] = {}
        of_inter: dict[str, list[_PairSummary]] = {}  # interaction IRI -> the summaries of its keys

        def pair(q: ox.Quad) -> None:
            k = q.object.value
            if k in keys:
                summary = sums.get(k)
                if summary is None:
                    summary = sums[k] = _PairSummary()
                i = q.subject.value
                summary.add_interaction(i)
                of_inter.setdefault(i, []).append(summary)

        def values(name: str):
            def each(q: ox.Quad) -> None:
                summaries = of_inter.get(q.subject.value)
                if summaries:
                    for summary in summaries:
                        summary.add(name, q.subject.value, q.object.value)
            return each

        scanned = self._view_scan(K.actorPair, limit, pair) and all(
            self._view_scan(getattr(K, name), limit, values(name)) for name in self._PAIR_VALUES)
        del of_inter
        if not scanned:
            self._write_summaries(((mapping.pair_node(k, "actor"), self._actor_pair_quads(k)) for k in keys), None)
            return
        existing = self._view_subjects(K.pairActor1, limit)
        self._write_summaries(((mapping.pair_node(k, "actor"), sums.pop(k).quads(k) if k in sums else [])
                               for k in keys), existing)

    def _actor_pair_quads(self, key: str) -> list[ox.Quad]:
        """The summary quads of one kg:actorPair key (none when no interaction has it), its interactions and
        their values looked up in the view."""
        raw, v = self.raw, N(iris.VIEW_GRAPH)
        summary = _PairSummary()
        for q in raw.quads_for_pattern(None, K.actorPair, ox.Literal(key), v):
            i = q.subject
            summary.add_interaction(i.value)
            for name in self._PAIR_VALUES:
                for o in raw.quads_for_pattern(i, getattr(K, name), None, v):
                    summary.add(name, i.value, o.object.value)
        return summary.quads(key)

    def _recount_pairs(self, keys: Iterable[str]) -> None:
        """Rewrite the country-pair-month summary nodes of these keys from the view's interactions."""
        v = N(iris.VIEW_GRAPH)
        cpm = K.countryPairMonth
        keys = set(keys)
        if not keys:
            return
        limit = SCAN_PER_KEY * len(keys)
        counts: dict[str, int] = dict.fromkeys(keys, 0)

        def one(q: ox.Quad) -> None:
            k = q.object.value
            if k in counts:
                counts[k] += 1

        existing = self._view_subjects(K.pairCountry1, limit) if self._view_scan(cpm, limit, one) else None
        if existing is None:
            def count(key: str) -> int:
                return sum(1 for _ in self.raw.quads_for_pattern(None, cpm, ox.Literal(key), v))
        else:
            count = counts.__getitem__

        def summary(key: str) -> list[ox.Quad]:
            n = count(key)
            return mapping.pair_view_quads(key, n) if n else []

        self._write_summaries(((mapping.pair_node(k), summary(k)) for k in keys), existing)

    def _touched_by_docs(self, doc_iris: Iterable[str]) -> set[str]:
        raw, v, src = self.raw, N(iris.VIEW_GRAPH), K.currentSource
        return {q.subject.value for d in doc_iris for q in raw.quads_for_pattern(None, src, N(d), v)}

    @contextmanager
    def batch(self):
        """Write many documents with one bulk load and one view refresh per :meth:`flush` (and one at
        the end) instead of one transaction and one refresh per document: what a big build wants. Until
        a flush, reads (queries, :meth:`interactions`, :meth:`stats`) do not see the batch's documents;
        :meth:`document_hash` does. The view's derived summaries (actor counters, pair nodes), whose
        recount grows with the store, are brought up to date once, at the end of the batch; until then
        the view is marked stale. A crash inside leaves the unflushed documents "not built" and the view
        marked stale: the next writable open rebuilds the view, the next build the documents.

        Example:
            >>> with store.batch():                       # doctest: +SKIP
            ...     for extraction in extractions:
            ...         store.write_extraction(extraction, build)
        """
        if self._pending is not None:
            yield self
            return
        self._pending = (set(), set(), {})
        try:
            yield self
        finally:
            try:
                self.flush()
                self._recount_derived(renew=True)
                self._writable().extend([mapping.view_marker()])
                self._flush_buffers()
            finally:
                self._pending = None
                self._fresh.clear()

    def flush(self) -> None:
        """Bring the view up to date with the batch's writes so far (but for the derived summaries, see
        :meth:`batch`), and flush the store's write buffers to disk (RocksDB memtables grow with the
        store otherwise)."""
        self._writable()  # (a read-only store refuses)
        if self._pending is not None and (self._pending[0] or self._pending[1] or self._pending[2]):
            interactions, actor_iris, counts = self._pending
            try:
                self._refresh_then_load(interactions, actor_iris, counts)
            except OSError as exc:
                raise StoreError(f"{self.path}: refreshing the view failed: {one_line(exc)}") from exc
            self._pending = (set(), set(), {})
        self._fresh.clear()
        self._flush_buffers()
        self._renew_handle()

    def _renew_handle(self) -> None:
        """Close the RocksDB handle and open a new one on the same folder (a writable store on disk,
        when nothing else holds the handle: the write lock stays ours throughout). While a handle lives,
        RocksDB keeps what it has read in block caches: pyoxigraph gives the string dictionary (id2str) a
        128 MiB LRU cache of its own (``optimize_for_point_lookup``) and the other column families RocksDB's
        default one, and a growing store's reads touch ever more distinct blocks (reading every quad of a
        5,000-document store: +77 MiB, freed when the handle closes; the table files' index blocks are only
        ~0.5% of the data, 2.3 MiB there). A new handle after each flush, and another between a flush's view
        refresh and its bulk load, hold only what the next step reads. A 20,000-document store-only replay:
        443 MiB at the end of the writes with one handle, 347-392 with a new one after each flush, 257 with the
        second one too (benchmarks/RESULTS.md). What the old handle frees is given back to the system before the
        new one opens (:func:`release_memory`): left in malloc's arenas, it stayed resident under the bulk load
        that follows, whose buffers are mapped anew, so the load's spike came on top of what the refresh had
        read, and grew with the store."""
        with self._handle_lock:
            if (self.read_only or self.path is None or self._closed or type(self._raw) is not ox.Store
                    or sys.getrefcount(self._raw) > 2):
                return  # (2: our attribute and getrefcount's argument; any other holder keeps the handle open)
            self._raw = None  # type: ignore[assignment]  # closes the RocksDB handle
            release_memory()
            for attempt in range(RENEW_ATTEMPTS):
                try:
                    self._raw = _open_handle(self.path)
                    return
                except OSError as exc:
                    error = exc
                    if "lock" not in str(exc).lower():
                        break
                    time.sleep(0.05 * (attempt + 1))  # (an iterator of another thread may still hold the old one)
            self.close()  # (releases the write lock)
            raise StoreError(f"{self.path}: reopening the store after a flush failed (what was flushed is on "
                             f"disk): {one_line(error)}") from error

    def _refresh_then_load(self, interactions: set[str], actor_iris: set[str], counts: dict[str, int]) -> None:
        """Refresh the view for a flush's documents while they are still buffered (read from memory), then
        bulk-load them and the view quads together: one bulk load, not two, and RocksDB compacts what each
        bulk load adds, so fewer of them cost less. A read that must come from the store loads them first
        (_load_if_buffered)."""
        for g, (_, _, _, index) in self._buffered.items():
            self._fresh[g] = index
        self._view_adds = []
        try:
            self._refresh_view(interactions, actor_iris, counts)
        finally:
            adds, self._view_adds = self._view_adds, None
        self._renew_handle()  # (what the refresh read is not held through the load: see _renew_handle)
        self._write_buffered(adds)

    def _flushing(self, items: Iterable):
        """The items, with the write buffers flushed after every RECOUNT_FLUSH of them (a recount rewrites one
        summary per item, and RocksDB's memtables would hold them all until the end)."""
        for n_done, item in enumerate(items, 1):
            if n_done % RECOUNT_FLUSH == 0:
                self._flush_buffers()
            yield item

    def _flush_buffers(self) -> None:
        """Write RocksDB's memtables to disk and return the freed memory (see :func:`release_memory`)."""
        self.raw.flush()
        release_memory()

    def _recount_derived(self, renew: bool = False) -> None:
        """Recount the summaries _refresh_view left for later (in a batch). With ``renew`` (a batch's end), the
        write buffers are flushed and the RocksDB handle renewed between the three recounts and after each scan
        of a view predicate: each scan reads the whole view, and what it read stays in RocksDB's block caches
        until the handle closes (see _renew_handle), on top of the summaries the recount holds. (Not while the
        summaries are written: a fresh build has no old summary to read there, and a renewal costs ~35 ms of
        CPU and up to ~0.4 s of wall time on a busy machine.)"""
        actors, keys, name_keys = self._derived
        if not (actors or keys or name_keys):
            return
        self._renew_in_recount = renew
        try:
            self._recount_actors(actors)
            self._renew_between(renew)
            self._recount_pairs(keys)
            self._renew_between(renew)
            self._recount_actor_pairs(name_keys)
        except OSError as exc:
            raise StoreError(f"{self.path}: refreshing the view failed: {one_line(exc)}") from exc
        finally:
            self._renew_in_recount = False
        self._derived = (set(), set(), set())

    def _renew_between(self, renew: bool) -> None:
        if renew:
            self._flush_buffers()
            self._renew_handle()

    def _mark_fresh(self) -> None:
        """Set the view's "up to date" marker, unless a batch still has summaries to recount."""
        if self._pending is None:
            self.raw.extend([mapping.view_marker()])

    def rebuild_views(self) -> int:
        """Recompute the whole materialised view from the document graphs; returns its quad count.

        Called automatically when a store is opened for writing without a (current) view, e.g. a
        store written before the view existed, and by :meth:`load_nquads` for big imports.
        """
        raw = self._writable()
        self._src_cache.clear()
        self._fresh.clear()
        self._forget_actors()
        self._derived = (set(), set(), set())  # everything is recounted here
        raw.remove_graph(N(iris.VIEW_GRAPH))
        sources = self._sources()
        actors = self._actors(sources)
        core = self._rows(self._CORE)
        parts = self._rows(self._PARTS)
        actor_docs: dict[str, set[str]] = {}
        for r in self._rows("SELECT DISTINCT ?g ?a WHERE { GRAPH ?g { ?a a kg:Actor } }"):
            if r["g"] in sources:
                actor_docs.setdefault(r["a"], set()).add(iris.document_iri(sources[r["g"]].doc_id))
        counts = {
            iris.document_iri(sources[r["g"]].doc_id): int(r["n"])
            for r in self._rows("SELECT ?g (COUNT(DISTINCT ?i) AS ?n) WHERE { GRAPH ?g { ?i a kg:Interaction } } GROUP BY ?g")
            if r["g"] in sources
        }
        quads = mapping.view_quads(sources, core, parts, actors, actor_docs, counts)
        cpm = str(KG.countryPairMonth)
        keys = {q.object.value for q in quads if q.predicate.value == cpm}
        name_keys = {q.object.value for q in quads if q.predicate.value == str(KG.actorPair)}
        try:
            raw.bulk_extend(quads) if len(quads) > 50_000 else raw.extend(quads)
            self._recount_actors(actors)
            self._recount_pairs(keys)
            self._recount_actor_pairs(name_keys)
            raw.extend([mapping.view_marker()])
        except OSError as exc:
            raise StoreError(f"{self.path}: rebuilding the view failed: {one_line(exc)}") from exc
        return len(quads)

    def _ensure_view(self) -> None:
        if mapping.view_marker() not in self._raw:
            self.rebuild_views()

    # -- documents --------------------------------------------------------------------------

    def document_hash(self, doc_id: str) -> str | None:
        """The content hash stored for ``doc_id``, or None if the document is not (fully) built."""
        g = N(iris.graph_iri(doc_id))
        doc = N(iris.document_iri(doc_id))
        if g.value in self._buffered:  # written in the open batch, not yet flushed
            return next((q.object.value for q in self._buffered[g.value][0] if q.predicate == _CONTENT_HASH), None)
        with self._handle_lock:
            return next((q.object.value for q in self.raw.quads_for_pattern(doc, K.contentHash, None, g)), None)

    def documents(self) -> dict[str, str]:
        """doc_id -> content hash of every built document."""
        rows = self.raw.query(
            "PREFIX kg: <https://w3id.org/kgraph/ontology#> "
            "SELECT ?id ?h WHERE { GRAPH ?g { ?d a kg:Document ; kg:docId ?id ; kg:contentHash ?h } }"
        )
        return {r["id"].value: r["h"].value for r in rows}

    def write_extraction(self, extraction: Extraction, build: BuildInfo) -> WriteResult:
        """Replace the article's named graph with this extraction; record the build (prov:Activity).

        Inside :meth:`batch` the quads are buffered and bulk-loaded with the batch's other documents at
        the next :meth:`flush` (the old graph is removed at once, so until then the document reads as
        not built).

        Example:
            >>> store.write_extraction(extraction, build)     # doctest: +SKIP
            WriteResult(triples=57, interactions=3, merged=1)
        """
        raw = self._writable()
        doc_id = extraction.article.doc_id
        g = N(iris.graph_iri(doc_id))
        quads = mapping.extraction_to_quads(extraction, build)
        index = _index(quads)
        interaction_iris: set[str] = set()
        new_actors: set[str] = set()
        for subject, by_p in index.items():
            for o in by_p.get(mapping.RDF_TYPE, ()):
                if o == _INTER:
                    interaction_iris.add(subject)
                elif o == _ACTOR_T:
                    new_actors.add(subject)
        self._fresh.pop(g.value, None)  # (bulk-loaded earlier in this batch: replaced now)
        buffered = self._buffered.pop(g.value, None)
        self._buffered_by_subject = None
        if buffered is not None:  # written earlier in this batch: that version was never stored
            self._buffered_quads -= len(buffered[0])
            self._unbuffer_interactions(buffered[1])
        merged = sum(1 for iri in interaction_iris if self._stated_elsewhere(iri, g))
        old_inters, old_actors = buffered[1:3] if buffered is not None else self._graph_members(g)
        if buffered is None:
            self._forget_actors(old_actors)  # their stored sources change: re-read at the next refresh
        for a in new_actors:
            self._new_graphs.setdefault(a, set()).add(g.value)
        try:
            raw.remove(mapping.view_marker())  # "view being updated" until the marker is back
            raw.remove_graph(g)
            self._src_cache.pop(g.value, None)
            touched = (old_inters | interaction_iris, old_actors | new_actors,
                       {iris.document_iri(doc_id): len(interaction_iris)})
            if self._pending is not None:
                # in a batch: the quads are bulk-loaded and the view refreshed once for all the batch's
                # documents (flush())
                self._buffered[g.value] = (quads, interaction_iris, new_actors, index)
                counts = self._buffered_inters
                for iri in interaction_iris:
                    counts[iri] = counts.get(iri, 0) + 1
                self._buffered_quads += len(quads)
                if not self._buffered_build:
                    self._buffered_build = mapping.build_quads(build)
                self._pending[0].update(touched[0])
                self._pending[1].update(touched[1])
                self._pending[2].update(touched[2])
                if self._buffered_quads > BULK_QUADS:
                    self._write_buffered()
            else:
                # One transaction: the data, its content hash and the build activity go in together.
                raw.extend([*quads, *mapping.build_quads(build)])
                self._refresh_view(*touched)
                raw.extend([mapping.view_marker()])
        except OSError as exc:
            raise StoreError(f"{self.path}: writing document {doc_id!r} failed: {one_line(exc)}") from exc
        return WriteResult(triples=len(quads), interactions=len(interaction_iris), merged=merged)

    def _stated_elsewhere(self, iri: str, g: ox.NamedNode) -> bool:
        """Whether another document (stored, or buffered in this batch) states interaction ``iri``."""
        for q in self.raw.quads_for_pattern(N(iri), mapping.TYPE, _INTERACTION, None):
            if q.graph_name != g and q.graph_name.value != iris.ONTOLOGY_GRAPH:
                return True
        own = self._buffered.get(g.value)
        return self._buffered_inters.get(iri, 0) > (1 if own is not None and iri in own[1] else 0)

    def _unbuffer_interactions(self, interaction_iris: Iterable[str]) -> None:
        counts = self._buffered_inters
        for iri in interaction_iris:
            left = counts[iri] - 1
            if left:
                counts[iri] = left
            else:
                del counts[iri]

    def _write_buffered(self, extra: list[ox.Quad] | None = None) -> None:
        """Bulk-load the documents buffered by a batch (and ``extra`` quads with them). Their content hashes
        go in last, in one transaction: a crash before that leaves them "not built", and the next build
        writes them again."""
        extra = extra or []
        if not self._buffered:
            self._add(extra)
            return
        hashes: list[ox.Quad] = []
        buffered = self._buffered

        def data():
            # The bulk loader reads its input in batches: the quads handed over are let go as it goes
            # (~470 bytes of Python objects each; a flush loads ~170,000). A buffered document keeps only
            # its content hash, which document_hash() reads until the batch's hashes are in the store.
            for g in list(buffered):
                quads, inters, actors, index = buffered[g]
                own = [q for q in quads if q.predicate == _CONTENT_HASH]
                buffered[g] = (own, inters, actors, index)
                hashes.extend(own)
                yield from (q for q in quads if q.predicate != _CONTENT_HASH)
            while extra:
                yield extra.pop()

        try:
            self._add(data(), self._buffered_quads + len(extra))
        except BaseException:
            # What was handed over is gone from memory: these documents stay "not built" (their content
            # hashes are not stored), as after a crash, and the next build writes them again.
            self._forget_buffered()
            raise
        self.raw.extend([*hashes, *self._buffered_build])
        for g, (_, _, _, index) in self._buffered.items():
            self._fresh[g] = index
        self._forget_buffered()

    def _forget_buffered(self) -> None:
        self._buffered.clear()
        self._buffered_by_subject = None
        self._buffered_inters.clear()
        self._buffered_quads = 0
        self._buffered_build = []

    def _add(self, quads: Iterable[ox.Quad], count: int | None = None) -> None:
        """Insert quads (``count`` of them: an iterator's length): many at once through the bulk loader, a
        few in one transaction. The bulk loader gives no atomicity; callers only use it where a crash is
        caught anyway (view marker removed, content hash not yet written)."""
        if (len(quads) if count is None else count) > BULK_ABOVE:
            self.raw.bulk_extend(quads)
        else:
            self.raw.extend(quads)

    def remove_document(self, doc_id: str) -> bool:
        """Remove the document's graph; interactions also stated elsewhere keep those sources."""
        raw = self._writable()
        g = N(iris.graph_iri(doc_id))
        self._write_buffered()  # in a batch: the documents written so far go in first
        self._fresh.pop(g.value, None)
        if not raw.contains_named_graph(g):
            return False
        old_inters, old_actors = self._graph_members(g)
        self._forget_actors(old_actors)
        raw.remove(mapping.view_marker())
        raw.remove_graph(g)
        self._src_cache.pop(g.value, None)
        self._refresh_view(old_inters, old_actors, dropped_docs=[iris.document_iri(doc_id)])
        self._mark_fresh()
        return True

    # -- reading ----------------------------------------------------------------------------

    def _rows(self, sparql: str) -> list[dict[str, str | None]]:
        result = self.raw.query(sparql, prefixes=PREFIXES)
        names = [v.value for v in result.variables]
        return [{n: _value(sol[n]) for n in names} for sol in result]

    def _sources(self) -> dict[str, mapping.SourceInfo]:
        rows = self._rows(
            """SELECT ?g ?docid ?pub ?source ?url WHERE { GRAPH ?g {
                 ?d a kg:Document ; kg:docId ?docid .
                 OPTIONAL { ?d dcterms:issued ?pub } OPTIONAL { ?d kg:sourcePath ?source }
                 OPTIONAL { ?d kg:url ?url } } }"""
        )
        return {r["g"]: mapping.source_from_row(r) for r in rows}

    def _actor_rows(self) -> tuple[list, list, list, list]:
        names = self._rows(
            """SELECT ?g ?a ?cls ?name WHERE { GRAPH ?g {
                 ?a a kg:Actor ; a ?cls ; rdfs:label ?name FILTER(?cls != kg:Actor) } }"""
        )
        aliases = self._rows("SELECT DISTINCT ?a ?alias WHERE { GRAPH ?g { ?a a kg:Actor ; skos:altLabel ?alias } }")
        countries = self._rows(
            "SELECT ?g ?a ?c WHERE { GRAPH ?g { ?a a kg:Actor ; kg:country ?x . ?x rdfs:label ?c } }"
        )
        posts = self._rows(
            """SELECT ?g ?a ?title ?pc ?stated WHERE { GRAPH ?g { ?a org:holds ?p . ?p rdfs:label ?title .
                 OPTIONAL { ?p kg:country ?x . ?x rdfs:label ?pc } OPTIONAL { ?p kg:statedOn ?stated } } }"""
        )
        return names, aliases, countries, posts

    def _actors(self, sources: dict[str, mapping.SourceInfo]) -> dict[str, Actor]:
        return mapping.rows_to_actors(sources, *self._actor_rows())

    _CORE = """SELECT ?g ?i ?cls ?status ?date ?prec ?loc ?topic ?channel ?conf WHERE { GRAPH ?g {
                 ?i a kg:Interaction ; a ?cls ; kg:status ?status . FILTER(?cls != kg:Interaction)
                 OPTIONAL { ?i kg:date ?date } OPTIONAL { ?i kg:datePrecision ?prec }
                 OPTIONAL { ?i kg:location ?l . ?l rdfs:label ?loc } OPTIONAL { ?i kg:topic ?topic }
                 OPTIONAL { ?i kg:channel ?channel } OPTIONAL { ?i kg:confidence ?conf } } }"""
    _PARTS = "SELECT ?g ?i ?actor ?role WHERE { GRAPH ?g { ?i kg:participation ?p . ?p kg:actor ?actor ; kg:role ?role } }"

    def interactions(
        self,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        status: str | None = None,
        type: str | None = None,  # noqa: A002 - mirrors the CLI option
    ) -> list[Interaction]:
        """Every interaction, one per IRI, merged across documents, optionally filtered.

        ``actor`` matches a participant's name or alias (normalised); ``since``/``until`` compare ISO
        dates (inclusive, to the precision both have; undated interactions are then left out).

        Example:
            >>> [i.date for i in store.interactions(actor="Bessent")]    # doctest: +SKIP
            ['2025-07-18', '2025-07-19']
        """
        sources = self._sources()
        actors = self._actors(sources)
        core = self._rows(self._CORE)
        parts = self._rows(self._PARTS)
        evidence = self._rows(
            """SELECT ?g ?i ?text ?start ?end WHERE { GRAPH ?g {
                 ?i kg:evidence ?e . ?e kg:text ?text ; kg:start ?start ; kg:end ?end } }"""
        )
        result = mapping.rows_to_interactions(sources, core, parts, evidence, actors)
        return [i for i in result if _keep(i, actor, since, until, status, type)]

    def actors(self) -> list[Actor]:
        """Every actor in the store (name from the most recent source, aliases from all)."""
        return sorted(self._actors(self._sources()).values(), key=lambda a: (a.kind.value, a.name))

    def stats(self) -> dict[str, int]:
        """Counts: documents, actors, interactions, quads (all graphs, ontology included)."""
        row = self._rows(
            """SELECT (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?a) AS ?actors)
                      (COUNT(DISTINCT ?i) AS ?interactions) WHERE {
                 { GRAPH ?g { ?d a kg:Document } } UNION { GRAPH ?g { ?a a kg:Actor } }
                 UNION { GRAPH ?g { ?i a kg:Interaction } } }"""
        )[0]
        return {
            "documents": int(row["documents"] or 0),
            "actors": int(row["actors"] or 0),
            "interactions": int(row["interactions"] or 0),
            "quads": len(self.raw),
        }

    # -- SPARQL -----------------------------------------------------------------------------

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> Any:
        """Run SPARQL over the union of all graphs (GRAPH ?g still reaches each one).

        ``bindings`` maps variable names (with or without ``?``) to values, substituted by Oxigraph
        (SEP-0007): a bound variable must appear in the SELECT projection. Common prefixes (kg:,
        prov:, org:, ...) are predeclared.
        """
        subs = {ox.Variable(k.lstrip("?$")): to_term(v) for k, v in (bindings or {}).items()}
        try:
            return self.raw.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True,
                                  substitutions=subs or None)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {one_line(exc)}") from exc
        except RuntimeError as exc:
            raise QueryError(f"SPARQL query failed: {one_line(exc)}") from exc

    # -- import / export --------------------------------------------------------------------

    def _data_quads(self, view: bool = True) -> Iterable[ox.Quad]:
        # The view graph is derived data: exported in its own named graph (id/view/current), so an
        # export re-imports to the same quads, but not validated (it is no statement of any source).
        skip = {iris.ONTOLOGY_GRAPH} if view else {iris.ONTOLOGY_GRAPH, iris.VIEW_GRAPH}
        return (q for q in self.raw if getattr(q.graph_name, "value", None) not in skip)

    def export(self, dest: Path | str | IO[bytes], format: str = "trig") -> None:  # noqa: A002
        """Write the data (ontology graph excluded): turtle (union of graphs), trig, nquads, jsonld."""
        fmt = format.lower().replace("-", "")
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {format!r}; use one of {', '.join(EXPORT_FORMATS)}")
        if fmt == "jsonld":
            context = json.loads((resource_dir("ontologies") / "context.jsonld").read_text(encoding="utf-8"))
            data = self.rdflib_dataset().serialize(format="json-ld", context=context["@context"], auto_compact=True)
            payload = data.encode("utf-8") if isinstance(data, str) else data
        elif fmt == "turtle":
            triples = dict.fromkeys(q.triple for q in self._data_quads())
            payload = ox.serialize(triples, None, ox.RdfFormat.TURTLE, prefixes=SERIAL_PREFIXES)
        else:
            rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
            payload = ox.serialize(self._data_quads(), None, rdf_format,
                                   prefixes=SERIAL_PREFIXES if fmt == "trig" else None)
        if isinstance(dest, (str, Path)):
            Path(dest).parent.mkdir(parents=True, exist_ok=True)
            Path(dest).write_bytes(payload)
        else:
            dest.write(payload)

    def load_nquads(self, path: Path | str) -> None:
        """Bulk-load an N-Quads (or TriG, by extension) file, e.g. a big import or a backup.

        The view is then brought up to date: incrementally for the interactions and actors the file
        states (and those whose documents it rewrites, even if the caller removed the old graphs
        first), or rebuilt whole when the file touches more than ``VIEW_REBUILD_ABOVE`` of them.
        """
        raw = self._writable()
        self._fresh.clear()  # the file may restate graphs written in this batch: read them from the store
        fmt = ox.RdfFormat.TRIG if str(path).endswith(".trig") else ox.RdfFormat.N_QUADS
        inters: set[str] = set()
        actors: set[str] = set()
        docs: dict[str, str] = {}
        counts: dict[str, set[str]] = {}
        try:
            for q in ox.parse(path=str(path), format=fmt):
                if q.predicate.value == mapping.RDF_TYPE:
                    if q.object.value == str(KG.Interaction):
                        inters.add(q.subject.value)
                        counts.setdefault(getattr(q.graph_name, "value", ""), set()).add(q.subject.value)
                    elif q.object.value == str(KG.Actor):
                        actors.add(q.subject.value)
                elif q.predicate == _DERIVED and q.subject == q.graph_name:
                    docs[q.subject.value] = q.object.value
                if len(inters) + len(actors) > VIEW_REBUILD_ABOVE:
                    break
            raw.remove(mapping.view_marker())
            raw.bulk_load(path=str(path), format=fmt)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{path}: cannot load: {one_line(exc)}") from exc
        self._src_cache.clear()
        self._forget_actors()
        if len(inters) + len(actors) > VIEW_REBUILD_ABOVE:
            self.rebuild_views()
            return
        touched = self._touched_by_docs(docs.values())
        self._refresh_view(inters | (touched - actors), actors,
                           {docs[g]: len(i) for g, i in counts.items() if g in docs})
        self._mark_fresh()

    def rdflib_dataset(self, include_ontology: bool = False):
        """A copy of the store as an rdflib ``Dataset`` (named graphs kept)."""
        from rdflib import Dataset

        quads = self.raw if include_ontology else self._data_quads()
        data = ox.serialize(quads, None, ox.RdfFormat.N_QUADS)
        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds

    def validate(self) -> tuple[bool, str]:
        """Validate the data against ontologies/shapes.ttl with pyshacl (ontology mixed in)."""
        import pyshacl
        from rdflib import Graph

        onto = resource_dir("ontologies")
        data = Graph()
        payload = ox.serialize(dict.fromkeys(q.triple for q in self._data_quads(view=False)), None,
                               ox.RdfFormat.N_TRIPLES)
        data.parse(data=payload.decode("utf-8"), format="nt")
        shapes = Graph().parse(onto / "shapes.ttl", format="turtle")
        ontology = Graph().parse(onto / "kgraph.ttl", format="turtle")
        conforms, report, text = pyshacl.validate(
            data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True
        )
        if conforms:
            return True, text
        return False, _summarise(report, shapes) + "\n\n" + text


def _summarise(report, shapes) -> str:
    """One line per violation naming the node shape (property shapes are blank nodes in shapes.ttl)."""
    from rdflib import BNode, Namespace

    sh = Namespace("http://www.w3.org/ns/shacl#")
    lines = []
    for result in report.subjects(sh.resultSeverity, None):
        source = report.value(result, sh.sourceShape)
        node_shape = source
        if isinstance(source, BNode):
            node_shape = shapes.value(None, sh.property, source) or source
        path = report.value(result, sh.resultPath)
        focus = report.value(result, sh.focusNode)
        message = report.value(result, sh.resultMessage)
        name = shapes.namespace_manager.normalizeUri(node_shape) if not isinstance(node_shape, BNode) else "(shape)"
        path_text = shapes.namespace_manager.normalizeUri(path) if path is not None and not isinstance(path, BNode) else ""
        lines.append(f"{name} {path_text}: <{focus}>: {message}".replace("  ", " "))
    return "\n".join(sorted(lines))


def _date_cmp_ok(date: str | None, bound: str, op: str) -> bool:
    if not date:
        return False
    n = min(len(date), len(bound))
    return date[:n] >= bound[:n] if op == ">=" else date[:n] <= bound[:n]


def _keep(i: Interaction, actor: str | None, since: str | None, until: str | None,
          status: str | None, type_: str | None) -> bool:
    if status and i.status.value != status:
        return False
    if type_ and i.type.value != type_:
        return False
    if since and not _date_cmp_ok(i.date, since, ">="):
        return False
    if until and not _date_cmp_ok(i.date, until, "<="):
        return False
    if actor:
        want = normalise_name(actor)
        for p in i.participants:
            names = {normalise_name(n) for n in (p.actor.name, *p.actor.aliases)}
            if want in names or f"{p.actor.kind.value}:{want}" == p.actor.key:
                return True
        return False
    return True


__all__ = ["KGStore", "WriteResult", "to_term", "EXPORT_FORMATS"]

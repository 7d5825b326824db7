"""kgraph's Python API: build, query, analyse and show the graph from scripts and notebooks.

The command line is one face of kgraph, this module the other; each CLI command has a counterpart here
(:data:`CLI_COUNTERPARTS`).

>>> import kgraph
>>> with kgraph.open() as kg:                                     # an in-memory graph  # doctest: +SKIP
...     kg.add_text("Japanese Prime Minister Shigeru Ishiba is due to meet US Treasury Secretary "
...                 "Scott Bessent in Tokyo on Friday.", published="2025-07-17")
...     kg.query("SELECT ?name WHERE { ?a a kg:Person ; rdfs:label ?name }").to_dicts()

Everything a user can get wrong (a missing file, an empty text, a bad date, an unknown saved query)
raises a :class:`~kgraph.errors.KgraphError` subclass whose message says what to do.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import kgraph  # noqa: F401 - the doctests below say kgraph.open()
from kgraph.config import Settings
from kgraph.errors import ConfigError, ExtractError, IngestError, KgraphError, QueryError, StoreError
from kgraph.model import (
    Actor,
    Article,
    BuildReport,
    Failure,
    Interaction,
    InteractionType,
    Status,
    normalise_name,
)

if TYPE_CHECKING:  # pragma: no cover - heavy imports only for type checkers
    import networkx as nx
    import pandas as pd
    from rdflib import Dataset

    from kgraph.evaluate import EvalResult
    from kgraph.query.saved import QueryResult
    from kgraph.query.server import EndpointServer
    from kgraph.rdf.store import KGStore

__all__ = ["open", "KnowledgeGraph", "QueryRows", "Row", "saved_queries", "CLI_COUNTERPARTS"]

PathLike = str | Path
DateLike = str | dt.date | None
Progress = Callable[[int, int], None]  # (documents done, words done), as in kgraph.pipeline

_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ------------------------------------------------------------------------------------ opening


def open(path: PathLike | None = None, *, model: str | None = None,  # noqa: A001 - like shelve.open, dbm.open
         read_only: bool = False) -> "KnowledgeGraph":
    """Open (or create) the knowledge graph stored at ``path``; ``None`` gives an in-memory graph.

    ``model`` names the spaCy pipeline used by :meth:`KnowledgeGraph.add` (default: ``KGRAPH_MODEL``
    or kgraph's default); it is loaded on first use. A writable graph on disk holds the store's
    write lock until :meth:`KnowledgeGraph.close` (use ``with``); ``read_only=True`` takes no lock.

    Example:
        >>> import kgraph
        >>> with kgraph.open() as kg:
        ...     kg.stats()["interactions"]
        0
    """
    return KnowledgeGraph(path, model=model, read_only=read_only)


class KnowledgeGraph:
    """A kgraph store opened for Python: add articles, read interactions, query, analyse, draw.

    Use :func:`kgraph.open` to get one. It is a context manager; :meth:`close` releases the store.
    """

    def __init__(self, path: PathLike | None = None, *, model: str | None = None, read_only: bool = False) -> None:
        from kgraph.rdf.store import KGStore

        if path is not None and not isinstance(path, (str, Path)):
            raise StoreError(f"store path must be a str or Path, not {type(path).__name__}; "
                             "pass None for an in-memory graph")
        self.path: Path | None = Path(path) if path is not None else None
        self.settings = Settings.from_env(model=model, store=self.path, jobs=1)
        self.read_only = read_only
        self._store: KGStore = KGStore.open(self.path, read_only=read_only)

    # -- lifecycle --------------------------------------------------------------------------

    def close(self) -> None:
        """Release the store and its write lock (idempotent).

        Example:
            >>> kg = kgraph.open(); kg.close(); kg.closed
            True
        """
        self._store.close()

    @property
    def closed(self) -> bool:
        return bool(getattr(self._store, "_closed", False))

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = str(self.path) if self.path is not None else "in memory"
        if self.closed:
            return f"<KnowledgeGraph {where} (closed)>"
        s = self.stats()
        return f"<KnowledgeGraph {where}: {s['documents']} documents, {s['actors']} actors, {s['interactions']} interactions>"

    @property
    def store(self) -> "KGStore":
        """The underlying :class:`~kgraph.rdf.store.KGStore` (for what this API does not cover)."""
        return self._store

    # -- building ---------------------------------------------------------------------------

    def add(self, path_or_paths: PathLike | Iterable[PathLike]) -> BuildReport:
        """Add article files or folders (.txt, .html, .jsonl) to the graph; all or nothing at ingest.

        Unlike :meth:`build`, every document must be readable: if one is not, nothing is added and
        IngestError lists each bad document with the fix. Unchanged documents are skipped.

        Example:
            >>> kg.add("examples/japan-us-tariff-talks.txt").documents_built   # doctest: +SKIP
            1
        """
        from kgraph.ingest import iter_articles

        paths = _paths(path_or_paths)
        items = list(iter_articles(paths, self.settings))
        failures = [i for i in items if isinstance(i, Failure)]
        if failures:
            lines = "; ".join(f"{f.source}: {f.reason}" for f in failures)
            raise IngestError(f"nothing added, {len(failures)} document(s) cannot be read: {lines}. "
                              "Fix or leave them out, or use build() to skip bad documents.")
        report = self._write(items, self.settings)
        if report.failures:
            lines = "; ".join(f"{f.source}: {f.reason}" for f in report.failures)
            raise ExtractError(f"{report.documents_built} document(s) added, but {lines}")
        return report

    def add_text(self, text: str, *, published: DateLike = None, doc_id: str | None = None,
                 url: str | None = None, title: str | None = None) -> list[Interaction]:
        """Add one article given as text; return the interactions it states (as now in the graph).

        ``published`` (a date or ``YYYY-MM-DD``) anchors relative dates like "on Friday"; without it a
        ``date YYYY-MM-DD`` header in the text is used. ``doc_id`` defaults to a hash of the text;
        adding the same ``doc_id`` again replaces that document.

        Example:
            >>> found = kg.add_text("Japanese Prime Minister Shigeru Ishiba is due to meet US "  # doctest: +SKIP
            ...                     "Treasury Secretary Scott Bessent in Tokyo on Friday.", published="2025-07-17")
            >>> [(i.type.value, i.status.value, i.date) for i in found]          # doctest: +SKIP
            [('meeting', 'planned', '2025-07-18')]
        """
        from kgraph.ingest import article_from_text

        if not isinstance(text, str):
            raise IngestError(f"text must be a str, not {type(text).__name__}; read the file first or use add(path)")
        if doc_id is None:
            doc_id = "text-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        elif not isinstance(doc_id, str) or not doc_id.strip():
            raise IngestError("doc_id must be a non-empty string, e.g. doc_id='japan-us-talks'")
        if published is not None and not isinstance(published, (str, dt.date)):
            raise IngestError(f"published must be a date or 'YYYY-MM-DD', not {type(published).__name__}")
        article = article_from_text(text, doc_id, published=published, source="", url=url, title=title,
                                    settings=self.settings)
        report = self._write([article], self.settings)
        if report.failures:
            raise ExtractError(f"{doc_id}: {report.failures[0].reason}")
        return [i for i in self.interactions() if any(e.doc_id == article.doc_id for e in i.evidence)]

    def build(self, paths: PathLike | Iterable[PathLike], jobs: int = 1, *, out: PathLike | None = None,
              progress: Progress | None = None) -> BuildReport:
        """Build (or update) the graph from files and folders; bad documents are reported and skipped.

        Same behaviour as ``kgraph build``: ``report.failures`` holds one line per skipped document,
        unchanged documents are not rebuilt, ``jobs`` worker processes run spaCy and extraction (they are
        spawned: a script that calls this with ``jobs > 1`` needs an ``if __name__ == "__main__":`` guard,
        as any multiprocessing script does). With ``out`` also
        write ``graph.trig``, ``network.html`` and ``report.json`` there.

        Example:
            >>> report = kg.build(["examples/"], jobs=2)                          # doctest: +SKIP
            >>> report.documents_built, [f.reason for f in report.failures]       # doctest: +SKIP
            (5, [])
        """
        if not isinstance(jobs, int) or jobs < 1:
            raise ConfigError(f"jobs must be a whole number >= 1, not {jobs!r}")
        from kgraph.ingest import iter_articles

        settings = replace(self.settings, jobs=jobs)
        started = time.perf_counter()
        report = self._write(iter_articles(_paths(paths), settings), settings, progress=progress)
        if out is not None:
            from kgraph.pipeline import write_outputs

            write_outputs(self._store, Path(out), report, started)
        return report

    def _write(self, items: Iterable[Article | Failure], settings: Settings,
               progress: Progress | None = None) -> BuildReport:
        """ingest items -> extract -> this store (``kgraph.pipeline.build_into`` on the open store)."""
        from kgraph.pipeline import build_into

        if self._store.read_only:
            raise StoreError(f"{self.path}: the graph is open read-only; open it with kgraph.open(path) to add articles.")
        return build_into(self._store, items, settings, progress=progress)

    def remove(self, doc_id: str) -> bool:
        """Remove one document; interactions also stated by other documents keep those sources.

        Returns False when the document is not in the graph.

        Example:
            >>> kg.remove("japan-us-tariff-talks")                                # doctest: +SKIP
            True
        """
        if not isinstance(doc_id, str) or not doc_id:
            raise StoreError("doc_id must be a document id (the file name without extension), e.g. 'japan-us-talks'")
        return self._store.remove_document(doc_id)

    # -- reading ----------------------------------------------------------------------------

    def interactions(self, actor: str | None = None, since: DateLike = None, until: DateLike = None,
                     status: str | Status | None = None,
                     type: str | InteractionType | None = None) -> list[Interaction]:  # noqa: A002
        """Every interaction (merged across documents), optionally filtered; like ``kgraph events``.

        ``actor`` matches a participant's name or alias; ``since``/``until`` are inclusive dates
        (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; undated interactions are then left out).

        Example:
            >>> [i.status.value for i in kg.interactions(actor="Bessent")]        # doctest: +SKIP
            ['planned']
        """
        return self._store.interactions(actor=_text(actor, "actor"), since=_day(since, "since"),
                                        until=_day(until, "until"), status=_enum(status, Status, "status"),
                                        type=_enum(type, InteractionType, "type"))

    def actors(self) -> list[Actor]:
        """Every actor, with its aliases, latest post and country.

        Example:
            >>> [a.name for a in kg.actors() if a.kind.value == "person"]         # doctest: +SKIP
            ['Howard Lutnick', 'Ryosei Akazawa', 'Scott Bessent', 'Shigeru Ishiba']
        """
        return self._store.actors()

    def stats(self) -> dict[str, int]:
        """Counts: ``documents``, ``actors``, ``interactions``, ``quads``.

        Example:
            >>> kgraph.open().stats()["documents"]
            0
        """
        return self._store.stats()

    def query(self, sparql_or_saved_name: str, **bindings: Any) -> "QueryRows":
        """Run SPARQL (SELECT, ASK, CONSTRUCT) or a saved query by name, with variable bindings.

        The union of all documents is the default graph; kg:, rdfs:, skos:, prov:, org:, dcterms:
        prefixes are predeclared. Bound values are substituted by the engine, never pasted into text.

        Example:
            >>> rows = kg.query("meetings-of", person="Scott Bessent")             # doctest: +SKIP
            >>> rows.vars[:3], rows[0].met                                        # doctest: +SKIP
            (('person', 'met', 'type'), 'Shigeru Ishiba')
        """
        from kgraph.query import saved

        result = saved.run_query(self._store, saved.resolve_query(sparql_or_saved_name), bindings)
        return QueryRows.from_result(result)

    @property
    def rdf(self) -> "Dataset":
        """A live rdflib ``Dataset`` over the store (oxrdflib): one named graph per document, plus the
        ontology graph; its default graph is the union of all.

        Example:
            >>> from rdflib import URIRef
            >>> len(list(kgraph.open().rdf.graphs())) >= 1
            True
        """
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        from kgraph.rdf.mapping import PREFIXES

        ds = Dataset(store=OxigraphStore(store=self._store.raw), default_union=True)
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        return ds

    # -- analytics --------------------------------------------------------------------------

    def to_networkx(self, view: str = "actors", **filters: Any) -> "nx.MultiGraph":
        """The network as a networkx ``MultiGraph``: one node per actor, one edge per interaction.

        ``view`` is ``"actors"`` or ``"countries"`` (persons and institutions folded into their
        country); ``filters`` are those of :meth:`interactions`. See :func:`kgraph.analytics.to_networkx`.

        Example:
            >>> kgraph.open().to_networkx(view="countries").number_of_nodes()
            0
        """
        from kgraph import analytics

        return analytics.to_networkx(self.interactions(**filters), view=_view(view))

    def ego_graph(self, actor: str, radius: int = 1, view: str = "actors", **filters: Any) -> "nx.MultiGraph":
        """The actors within ``radius`` interactions of ``actor`` (networkx ``ego_graph``).

        Example:
            >>> sorted(kg.ego_graph("Bessent"))                                   # doctest: +SKIP
            ['country:united states', 'person:scott bessent', 'person:shigeru ishiba']
        """
        import networkx as nx

        g = self.to_networkx(view=view, **filters)
        return nx.ego_graph(g, self.node(actor, g), radius=radius)

    def node(self, actor: str, graph: "nx.Graph | None" = None) -> str:
        """The node key (``person:scott bessent``) of an actor given by name, alias or key.

        Example:
            >>> kg.node("Bessent")                                                # doctest: +SKIP
            'person:scott bessent'
        """
        g = graph if graph is not None else self.to_networkx()
        want = normalise_name(_text(actor, "actor") or "")
        if actor in g:
            return actor
        names = {n: {normalise_name(x) for x in (d.get("name") or "", *(d.get("aliases") or ()))}
                 for n, d in g.nodes(data=True)}
        found = sorted(n for n, known in names.items() if want in known)
        if not found and want:  # a surname alone: "Ishiba" for "Shigeru Ishiba", when only one fits
            found = sorted(n for n, known in names.items() if any(k.split()[-1:] == [want] for k in known))
            if len(found) > 1:
                labels = ", ".join(str(g.nodes[n].get("name", n)) for n in found)
                raise QueryError(f"{actor!r} fits several actors ({labels}); give the full name")
        if not found:
            raise QueryError(f"no actor named {actor!r} in the graph; see kg.actors() for the names")
        return found[0]

    def communities(self, view: str = "actors", seed: int = 0, *, graph: "nx.Graph | None" = None) -> list[set[str]]:
        """Louvain communities of the network (node keys), largest first; same seed, same answer.

        ``graph`` reuses a network from :meth:`to_networkx` instead of reading the store again.

        Example:
            >>> kgraph.open().communities()
            []
        """
        from kgraph import analytics

        return analytics.communities(graph if graph is not None else self.to_networkx(view=view), seed=seed)

    def top_brokers(self, n: int = 10, view: str = "actors", seed: int = 0, *,
                    graph: "nx.Graph | None" = None) -> list[dict]:
        """The ``n`` actors with the highest betweenness (``key``, ``label``, ``kind``, ``betweenness``, ``degree``).

        ``graph`` reuses a network from :meth:`to_networkx` instead of reading the store again.

        Example:
            >>> [b["label"] for b in kg.top_brokers(2)]                            # doctest: +SKIP
            ['Japan', 'Scott Bessent, US Treasury Secretary']
        """
        from kgraph import analytics

        return analytics.top_brokers(graph if graph is not None else self.to_networkx(view=view), n=n, seed=seed)

    def export_graph(self, dest: PathLike, format: str = "gexf", view: str = "actors", *,  # noqa: A002
                     collapsed: bool = False) -> Path:
        """Write the network for Gephi (``gexf``) or Cytoscape (``graphml``); like ``kgraph export-graph``.

        ``collapsed=True`` writes one edge per pair of actors with ``count`` (interactions) and
        ``types`` (count per interaction type) instead of one edge per interaction.

        Example:
            >>> kg.export_graph("network.graphml", "graphml", collapsed=True)      # doctest: +SKIP
            PosixPath('network.graphml')
        """
        from kgraph import analytics

        graph = self.to_networkx(view=view)
        if collapsed:
            graph = analytics.collapse_pairs(graph)
        return analytics.export_graph(graph, Path(dest), format)

    # -- drawing ----------------------------------------------------------------------------

    def render(self, path: PathLike, *, actor: str | None = None, hops: int = 1, since: DateLike = None,
               until: DateLike = None, seed: int = 0, title: str = "kgraph network") -> Path:
        """Write the interactive network as one offline HTML file; like ``kgraph render``.

        Example:
            >>> kg.render("bessent.html", actor="Scott Bessent", hops=2)            # doctest: +SKIP
            PosixPath('bessent.html')
        """
        from kgraph.render import render_html

        return render_html(self.interactions(), Path(path), actor=actor, hops=hops, since=_day(since, "since"),
                           until=_day(until, "until"), title=title, seed=seed)

    def show(self, path: PathLike | None = None, *, height: int = 650, **render_options: Any) -> Path:
        """Draw the network: inline in Jupyter (the same offline page, in an iframe), else to a file.

        Writes the page (to ``path``, or a temporary file) and returns its path; inside a Jupyter
        kernel it is also displayed. ``render_options`` are those of :meth:`render` (``actor``,
        ``hops``, ``since``, ``until``, ``seed``, ``title``).

        Example:
            >>> kg.show(actor="Scott Bessent")                                    # doctest: +SKIP
            PosixPath('/tmp/kgraph-x1y2/network.html')
        """
        if path is None:
            path = Path(tempfile.mkdtemp(prefix="kgraph-")) / "network.html"
        page = self.render(path, **render_options)
        if _in_notebook():
            from IPython.display import HTML, display

            display(HTML(iframe_html(page.read_text(encoding="utf-8"), height=height)))
        return page

    # -- checks, export, evaluation, serving --------------------------------------------------

    def validate(self) -> tuple[bool, str]:
        """Check the graph against the SHACL shapes; returns ``(conforms, report text)``.

        Example:
            >>> kgraph.open().validate()[0]
            True
        """
        return self._store.validate()

    def export(self, dest: PathLike | IO[bytes], format: str = "trig") -> None:  # noqa: A002
        """Write the data as RDF: ``turtle``, ``trig``, ``nquads`` or ``jsonld``; like ``kgraph export``.

        Example:
            >>> import io; buf = io.BytesIO(); kgraph.open().export(buf, "nquads")
            >>> b"/id/graph/" in buf.getvalue()      # an empty graph exports no document graph
            False
        """
        if not isinstance(format, str):
            raise StoreError(f"format must be a string such as 'trig', not {type(format).__name__}")
        self._store.export(dest, format)

    def evaluate(self, gold: PathLike | Sequence[PathLike]) -> "EvalResult":
        """Score the graph's interactions against gold files or folders (as ``kgraph evaluate``).

        Example:
            >>> kg.evaluate("tests/data/dev").strict.f1                           # doctest: +SKIP
            0.71
        """
        from kgraph.evaluate import evaluate

        golds = [gold] if isinstance(gold, (str, Path)) else list(gold)
        return evaluate([Path(g) for g in golds], [i.to_dict() for i in self.interactions()])

    def serve(self, host: str = "127.0.0.1", port: int = 7878, *, block: bool = True,
              **limits: Any) -> "EndpointServer | None":
        """Serve this graph as a read-only SPARQL 1.1 endpoint at ``http://host:port/sparql``.

        ``block=False`` serves from a background thread and returns the server (``.url``; stop it with
        ``server.shutdown(); server.server_close()``). ``limits`` go to
        :func:`kgraph.query.server.make_app` (``timeout``, ``max_results``, ...).

        Example:
            >>> server = kg.serve(port=0, block=False); server.url                 # doctest: +SKIP
            'http://127.0.0.1:40123/'
        """
        from kgraph.query.server import make_app, serve_app

        return serve_app(make_app(lambda: self._store.raw, **limits), host, port, block=block)


# ------------------------------------------------------------------------------------ query rows


class Row(tuple):
    """One result row: a tuple, also readable by variable name (``row.name``, ``row["name"]``), as in
    rdflib's ``ResultRow``."""

    _vars: tuple[str, ...] = ()

    def __new__(cls, values: Iterable[Any], variables: tuple[str, ...]) -> "Row":
        row = super().__new__(cls, values)
        row._vars = variables
        return row

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            try:
                return tuple.__getitem__(self, self._vars.index(key.lstrip("?$")))
            except ValueError:
                raise KeyError(f"{key!r} is not a variable of this result; variables: {', '.join(self._vars)}") from None
        return tuple.__getitem__(self, key)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(str(exc)) from None

    def asdict(self) -> dict[str, Any]:
        """The row as ``{variable: value}`` (unbound variables are None)."""
        return dict(zip(self._vars, self))


class QueryRows(Sequence[Row]):
    """The rows of a SPARQL result, with Python values (str for IRIs and strings, int, float, bool).

    ``vars`` names the columns; each row is a :class:`Row` (a tuple with access by name).
    ``to_dicts()`` and ``to_pandas()`` give records or a DataFrame. An ASK result has no rows and is
    true or false (``askAnswer``); a CONSTRUCT result has the columns subject, predicate, object.

    Example:
        >>> rows = kgraph.open().query("SELECT ?x ?y WHERE { VALUES (?x ?y) { (1 'a') (2 'b') } }")
        >>> rows.vars, rows[0], rows[1].y, rows.to_dicts()[0]
        (('x', 'y'), (1, 'a'), 'b', {'x': 1, 'y': 'a'})
    """

    def __init__(self, variables: Sequence[str], rows: Iterable[Sequence[Any]], *, type: str = "SELECT",  # noqa: A002
                 ask_answer: bool | None = None, result: "QueryResult | None" = None) -> None:
        self.vars: tuple[str, ...] = tuple(variables)
        self.type = type
        self.askAnswer = ask_answer
        self._rows = [Row(r, self.vars) for r in rows]
        self._result = result

    @classmethod
    def from_result(cls, result: "QueryResult") -> "QueryRows":
        """Python rows over a :class:`kgraph.query.saved.QueryResult` (which :meth:`format` delegates to).

        Example:
            >>> from kgraph.query.saved import QueryResult
            >>> QueryRows.from_result(QueryResult(kind="ask", boolean=True)).askAnswer
            True
        """
        if result.kind == "ask":
            return cls((), (), type="ASK", ask_answer=bool(result.boolean), result=result)
        if result.kind == "graph":
            return cls(("subject", "predicate", "object"),
                       ((_py(t.subject), _py(t.predicate), _py(t.object)) for t in result.triples),
                       type="CONSTRUCT", result=result)
        return cls(result.variables, (tuple(_py(t) for t in row) for row in result.rows), result=result)

    def format(self, fmt: str = "table") -> str:  # noqa: A003 - like QueryResult.format
        """The result as text: ``table``, ``csv``, ``tsv`` or ``json`` (W3C SPARQL results) for SELECT
        and ASK, ``turtle`` or ``ntriples`` for CONSTRUCT; what ``kgraph query --format`` prints.

        Example:
            >>> print(kgraph.open().query("SELECT ?x WHERE { VALUES ?x { 1 } }").format("table"))
            x
            -
            1
            (1 row)
        """
        if self._result is None:
            raise QueryError("these rows were not made by kg.query(), so they have no RDF terms to format; "
                             "use to_dicts() or to_pandas()")
        return self._result.format(fmt)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):  # type: ignore[override]
        return self._rows[index]

    def __iter__(self) -> Iterator[Row]:
        return iter(self._rows)

    def __bool__(self) -> bool:
        return bool(self.askAnswer) if self.type == "ASK" else bool(self._rows)

    def __repr__(self) -> str:
        if self.type == "ASK":
            return f"<QueryRows ASK {self.askAnswer}>"
        return f"<QueryRows {self.type}: {len(self)} rows x {', '.join(self.vars)}>"

    def to_dicts(self) -> list[dict[str, Any]]:
        """Rows as ``{variable: value}`` dicts (pandas' ``to_dict("records")`` shape)."""
        return [r.asdict() for r in self._rows]

    def to_tuples(self) -> list[tuple]:
        """Rows as plain tuples, in the order of :attr:`vars`."""
        return [tuple(r) for r in self._rows]

    def to_pandas(self) -> "pd.DataFrame":
        """The rows as a pandas DataFrame, one column per variable (needs ``pip install kgraph[pandas]``)."""
        try:
            import pandas as pd
        except ImportError:
            raise KgraphError("to_pandas() needs pandas: pip install 'kgraph[pandas]' (or pip install pandas)") from None
        return pd.DataFrame(self.to_tuples(), columns=list(self.vars))

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(v)}</th>" for v in self.vars)
        body = "".join("<tr>" + "".join(f"<td>{html.escape('' if x is None else str(x))}</td>" for x in r) + "</tr>"
                       for r in self._rows[:200])
        more = f"<p>{len(self) - 200} more rows</p>" if len(self) > 200 else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong")}
_FLOATS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}


def _py(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value: IRIs and strings -> str, numbers -> int/float."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype is not None else ""
        try:
            if dtype in _INTS:
                return int(term.value)
            if dtype in _FLOATS:
                return float(term.value)
            if dtype == f"{_XSD}boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return getattr(term, "value", str(term))


# ------------------------------------------------------------------------------------ saved queries


def saved_queries() -> dict[str, str]:
    """The saved queries shipped with kgraph: name -> one-line description; like ``kgraph queries``.

    Example:
        >>> "meetings-of" in kgraph.saved_queries()
        True
    """
    from kgraph.query import saved

    return {name: " ".join(str(saved.query_header(path.read_text(encoding="utf-8"))["description"]).split())
            for name, path in saved.list_saved().items()}


# ------------------------------------------------------------------------------------ input checks


def _paths(value: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(value, (str, Path)):
        value = [value]
    try:
        paths = [Path(p) for p in value]
    except TypeError:
        raise IngestError(f"give a file or folder path (or a list of them), not {type(value).__name__}") from None
    if not paths:
        raise IngestError("no paths given: pass a file or folder of articles (.txt, .html, .jsonl)")
    for p in paths:
        if not p.exists():
            raise IngestError(f"{p}: no such file or folder; check the path (relative to {Path.cwd()})")
    return paths


def _day(value: DateLike, name: str) -> str | None:
    """A ``since``/``until`` bound as ISO text, checked: YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip() if isinstance(value, str) else None
    ok = text is not None and bool(_DAY.match(text))
    if ok:
        parts = [int(x) for x in text.split("-")] + [1, 1]
        try:
            dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            ok = False
    if not ok:
        raise QueryError(f"{name}={value!r} is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY), e.g. {name}='2025-07-01'")
    return text


def _enum(value: Any, enum: type, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, enum):
        return value.value
    text = re.sub(r"[\s-]+", "_", str(value).strip().lower())
    allowed = [m.value for m in enum]
    if text not in allowed:
        raise QueryError(f"{name}={value!r} is unknown: use one of {', '.join(allowed)}")
    return text


def _text(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise QueryError(f"{name} must be a name (str), not {type(value).__name__}")
    return value


def _view(view: str) -> str:
    from kgraph.analytics import VIEWS

    if view not in VIEWS:
        raise QueryError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}")
    return view


# ------------------------------------------------------------------------------------ notebooks


def _in_notebook() -> bool:
    """True inside a Jupyter (IPython kernel) session, where HTML output is displayed."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    shell = ipython.get_ipython()
    return shell is not None and hasattr(shell, "kernel")


def iframe_html(page: str, height: int = 650) -> str:
    """An ``<iframe srcdoc>`` holding a whole HTML page, so it runs isolated and offline in a notebook.

    Example:
        >>> iframe_html("<p>hi</p>", height=100)[:66]
        '<div class="kgraph-network"><iframe srcdoc="&lt;p&gt;hi&lt;/p&gt;"'
    """
    # Wrapped in a div: IPython's HTML() warns about a bare <iframe>, and IFrame() has no srcdoc.
    return (f'<div class="kgraph-network"><iframe srcdoc="{html.escape(page, quote=True)}" width="100%" '
            f'height="{int(height)}" style="border:1px solid #ddd" sandbox="allow-scripts allow-popups"></iframe></div>')


# ------------------------------------------------------------------------------------ CLI counterparts

#: Each ``kgraph`` command and the library function it is a thin layer over. The CLI calls these with the
#: store opened by ``kgraph.open(store, read_only=True)`` (``remove``: writable), except ``build``, which runs
#: :func:`kgraph.pipeline.build` (the same loop, opening and closing the store and writing the outputs), and
#: ``serve``, which runs :func:`kgraph.query.server.serve` (re-opens the store when a build has changed it).
CLI_COUNTERPARTS: dict[str, Callable[..., Any]] = {
    "build": KnowledgeGraph.build,
    "events": KnowledgeGraph.interactions,
    "query": KnowledgeGraph.query,
    "queries": saved_queries,
    "render": KnowledgeGraph.render,
    "evaluate": KnowledgeGraph.evaluate,
    "validate": KnowledgeGraph.validate,
    "export": KnowledgeGraph.export,
    "remove": KnowledgeGraph.remove,
    "serve": KnowledgeGraph.serve,
    "stats": KnowledgeGraph.stats,
    "export-graph": KnowledgeGraph.export_graph,
}

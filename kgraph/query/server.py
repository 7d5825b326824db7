"""A read-only, bounded SPARQL 1.1 Protocol endpoint over the kgraph store (``kgraph serve``).

Choice: a thin app on the standard library (``http.server.ThreadingHTTPServer``) over
``pyoxigraph.Store``, not the ``oxigraph`` server binary and not an ASGI stack.

* The ``oxigraph`` wheel on PyPI (0.5.13, 8.6 MB, ``oxigraph serve-read-only --timeout-s``) is a
  fine SPARQL server, but it has no result-size limit, no configurable request-size limit, no page
  that links to our network view, and it would answer federated ``SERVICE`` queries by making
  outbound HTTP requests. Adding those means a proxy in front of it: more moving parts than this.
* Starlette/uvicorn would add two dependencies for routing we do in 40 lines; the work is in
  pyoxigraph (which releases the GIL while it evaluates), so threads are enough.

What it does
* ``GET /sparql?query=...``, ``POST /sparql`` with an ``application/sparql-query`` body or an
  ``application/x-www-form-urlencoded`` ``query=`` field; ``default-graph-uri`` and
  ``named-graph-uri`` are honoured. Without them the default graph is the union of all graphs
  (the store keeps one named graph per article), like ``oxigraph --union-default-graph``.
* Results by ``Accept``: ``application/sparql-results+json`` (default), ``+xml``, ``text/csv``,
  ``text/tab-separated-values``; CONSTRUCT/DESCRIBE as ``text/turtle`` (default),
  ``application/n-triples``, ``application/rdf+xml``, ``application/ld+json``. pyoxigraph does the
  XML/CSV/TSV and RDF serialisation; JSON rows are written here so that only ``max_results`` rows
  are ever materialised (``QuerySolutions.serialize`` would drain an unbounded iterator).
* Read-only: ``update=``, ``application/sparql-update`` and update text in ``query=`` get 403 with
  a message. ``SERVICE`` is refused (403) because pyoxigraph would fetch the remote endpoint: the
  server makes no outbound requests. Syntax error: 400 with the parser's message. Unknown path: 404.
* Limits: ``timeout`` seconds per query (503 after it), ``max_results`` rows or triples (the rest is
  cut and the response carries ``X-Kgraph-Truncated: true``), ``max_body`` bytes per request (413),
  a bounded pool of query workers, a bounded number of connections, a socket timeout against slow
  clients, and a Host-header check against DNS rebinding while bound to loopback. It binds
  127.0.0.1 unless told otherwise.
* ``GET /``: a page to type and run a query (results inserted with ``textContent``; a CSP allows only
  its own inline script by hash), with examples and a link to ``/network`` (``network_url``: an
  HTML file served as is, or an http(s) URL redirected to).

Timeouts. pyoxigraph 0.5 cannot cancel a running query. Each query runs in a worker thread; the
request thread waits at most ``timeout`` and then answers 503. Streaming queries (joins, filters)
stop at the next row, because the worker checks the deadline between rows. A blocking operator
(ORDER BY, GROUP BY, COUNT over a huge join) runs on in its worker until it yields its first row;
that costs CPU but not answers, and the worker pool (``workers``) bounds how many can pile up.

Concurrency with a build. RocksDB allows one read-write process (it holds ``LOCK``); ``serve``
opens the store with ``Store.read_only``, which takes no lock, so a build can write meanwhile
(measured with pyoxigraph 0.5.13: a reader opened during a write loop answered every query). A
read-only handle is a snapshot as of its opening, so ``serve`` re-opens it when the store's files
change (checked at most every ``refresh`` seconds); a failed re-open keeps the old snapshot.
Oxigraph documents read-only opening during writes as "undefined behaviour": what can happen is a
failed open or an I/O error on a query (answered 500 and retried on the next refresh), never a
write, since the handle cannot write.

Example::

    $ kgraph serve --store output/store        # or: python -m kgraph.query.server output/store
    $ curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' \\
          http://127.0.0.1:7878/sparql
"""
from __future__ import annotations

import base64
import concurrent.futures
import hashlib
import html
import ipaddress
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kgraph.errors import ConfigError, StoreError
from kgraph.query.saved import term_json

__all__ = [
    "EndpointServer",
    "Response",
    "SparqlApp",
    "make_app",
    "make_server",
    "serve",
    "start_in_thread",
]

log = logging.getLogger(__name__)


# media type -> format, in order of preference (the first is the default).
SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat | None] = {
    "application/sparql-results+json": None,  # written here, see _solutions_json
    "application/json": None,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
BOOLEAN_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
TEXT_TYPES = {"text/csv", "text/tab-separated-values", "text/turtle", "text/plain"}

UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


# --------------------------------------------------------------------------------------------
# Query text inspection
# --------------------------------------------------------------------------------------------

# Strings, IRIs and comments, in the order the SPARQL lexer tries them; what is left are
# keywords, names, variables and punctuation. Long strings first so '''x''' is one token.
_SKIP = re.compile(
    r'''"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'''
    r"""|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"""
    r'''|"(?:[^"\\\n\r]|\\.)*(?:"|$)'''
    r"""|'(?:[^'\\\n\r]|\\.)*(?:'|$)"""
    r"""|<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|\#[^\n\r]*"""
    r"""|\\.""",  # an escape in a local name (ex:a\'b) is not a quote
    re.DOTALL,
)
# A keyword is a bare word: not ?var / $var, not part of a prefixed name (ex:service, service:x).
_WORD = re.compile(r"(?<![\w?$:.\-])([A-Za-z]+)(?![\w:\-])")


def _keywords(text: str) -> list[str]:
    """Upper-cased bare words of a SPARQL text, strings/IRIs/comments removed."""
    return [w.upper() for w in _WORD.findall(_SKIP.sub(" ", text))]


def _first_keyword(words: list[str]) -> str | None:
    """The first word after the prologue (BASE <iri>, PREFIX p: <iri>; the IRIs are already gone)."""
    for w in words:
        if w not in {"BASE", "PREFIX"}:
            return w
    return None


# --------------------------------------------------------------------------------------------
# Responses and content negotiation
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Response:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def _error(status: int, message: str, **headers: str) -> Response:
    return Response(status, (message.rstrip() + "\n").encode(), headers=dict(headers))


def _parse_accept(header: str | None) -> list[tuple[str, float]]:
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        bits = [b.strip() for b in part.split(";")]
        mime = bits[0].lower()
        if not mime:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranges.append((mime, q))
    return ranges or [("*/*", 1.0)]


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header likes best (ties: order of ``offered``), or None."""
    ranges = _parse_accept(accept)
    best, best_q = None, 0.0
    for mime in offered:
        main = mime.split("/")[0]
        q, specificity = 0.0, -1
        for rng, rq in ranges:
            s = 2 if rng == mime else 1 if rng == f"{main}/*" else 0 if rng == "*/*" else -1
            if s > specificity:
                q, specificity = rq, s
        if q > best_q:
            best, best_q = mime, q
    return best


def _content_type(mime: str) -> str:
    return f"{mime}; charset=utf-8" if mime in TEXT_TYPES else mime


# --------------------------------------------------------------------------------------------
# Query execution
# --------------------------------------------------------------------------------------------


class _Timeout(Exception):
    pass


class _Shutdown(Exception):
    pass


class _StoreFailure(Exception):
    pass


@dataclass(slots=True)
class _Outcome:
    kind: str  # "boolean" | "solutions" | "triples"
    value: object  # QueryBoolean | list[QuerySolution] | list[Triple]
    variables: list[ox.Variable] = field(default_factory=list)
    truncated: bool = False


def _solutions_json(variables: list[ox.Variable], rows: list[ox.QuerySolution]) -> bytes:
    """SPARQL 1.1 Query Results JSON, the same shape pyoxigraph writes."""
    names = [v.value for v in variables]
    bindings = []
    for row in rows:
        b = {}
        for var, name in zip(variables, names):
            term = row[var]
            if term is not None:
                b[name] = term_json(term)
        bindings.append(b)
    doc = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


StoreSource = ox.Store | Callable[[], ox.Store]


class SparqlApp:
    """The endpoint's logic, independent of the HTTP server: ``handle()`` maps a request to a
    :class:`Response`. Build it with :func:`make_app`."""

    def __init__(
        self,
        store: StoreSource,
        *,
        timeout: float = 10.0,
        max_results: int = 10_000,
        max_body: int = 1_000_000,
        network_url: str | None = None,
        union_default_graph: bool = True,
        workers: int = 4,
    ) -> None:
        if timeout <= 0 or max_results < 1 or max_body < 1 or workers < 1:
            raise ValueError("timeout, max_results, max_body and workers must be positive")
        self._store = store
        self.timeout = float(timeout)
        self.max_results = int(max_results)
        self.max_body = int(max_body)
        self.network_url = network_url
        self.union_default_graph = union_default_graph
        self._pool = concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="kgraph-query")
        self._index = _index_page(network_url is not None)

    @property
    def store(self) -> ox.Store:
        return self._store() if callable(self._store) else self._store

    def close(self) -> None:
        # Don't wait: a runaway blocking query may still be in a worker; its thread is a daemon
        # as far as we care (the process exits when the server does).
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- routing ---------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes | None) -> Response:
        """Answer one request. ``headers`` keys are matched case-insensitively."""
        h = {k.lower(): v for k, v in headers.items()}
        url = urlsplit(target)
        path = url.path
        if path in ("/", "/index.html"):
            if method not in ("GET", "HEAD"):
                return _error(405, f"{method} not allowed on {path}; use GET.", Allow="GET, HEAD")
            return self._index
        if path == "/favicon.ico":  # browsers ask for it; answer without a 404 in their console
            return Response(204, b"", "image/x-icon")
        if path == "/network":
            if method not in ("GET", "HEAD"):
                return _error(405, f"{method} not allowed on {path}; use GET.", Allow="GET, HEAD")
            return self._network()
        if path == "/sparql":
            if method == "GET":
                return self._sparql_get(url.query, h)
            if method == "POST":
                return self._sparql_post(url.query, h, body or b"")
            return _error(405, f"{method} not allowed on /sparql; use GET or POST.", Allow="GET, POST")
        return _error(404, f"Not found: {path}. The SPARQL endpoint is /sparql; a query page is at /.")

    def _network(self) -> Response:
        target = self.network_url
        if not target:
            return _error(404, "No network view configured: start the server with a network HTML file.")
        if target.startswith(("http://", "https://")):
            return Response(302, b"", headers={"Location": target})
        try:
            data = Path(target).read_bytes()
        except OSError as e:
            return _error(404, f"Network view {target} is not readable ({e.strerror}); run kgraph render first.")
        return Response(200, data, "text/html; charset=utf-8")

    # -- protocol --------------------------------------------------------------------------

    def _sparql_get(self, qs: str, h: Mapping[str, str]) -> Response:
        if len(qs) > self.max_body:
            return _error(413, f"Query string of {len(qs)} bytes exceeds the {self.max_body}-byte limit.")
        try:
            params = parse_qs(qs, keep_blank_values=True, max_num_fields=1000, errors="strict")
        except (ValueError, UnicodeDecodeError) as e:
            return _error(400, f"Malformed query string: {e}")
        return self._sparql_params(params, h)

    def _sparql_post(self, qs: str, h: Mapping[str, str], body: bytes) -> Response:
        if len(body) > self.max_body:
            return _error(413, f"Request body of {len(body)} bytes exceeds the {self.max_body}-byte limit.")
        ctype = h.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return _read_only_error()
        if ctype == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return _error(400, "The query body is not valid UTF-8.")
            # Dataset parameters may still come in the URL (SPARQL 1.1 Protocol 2.1.3).
            url_params = parse_qs(qs, keep_blank_values=True, max_num_fields=1000)
            return self._run(text, url_params.get("default-graph-uri", []), url_params.get("named-graph-uri", []), h)
        if ctype == "application/x-www-form-urlencoded":
            try:
                params = parse_qs(body.decode("ascii"), keep_blank_values=True, max_num_fields=1000, errors="strict")
            except (ValueError, UnicodeDecodeError) as e:
                return _error(400, f"Malformed form body: {e}")
            return self._sparql_params(params, h)
        return _error(
            415,
            f"Unsupported Content-Type {ctype or '(none)'!r}: send application/sparql-query "
            "or application/x-www-form-urlencoded with query=.",
        )

    def _sparql_params(self, params: dict[str, list[str]], h: Mapping[str, str]) -> Response:
        if "update" in params:
            return _read_only_error()
        queries = params.get("query", [])
        if len(queries) != 1:
            return _error(400, "Pass exactly one query= parameter (SPARQL 1.1 Protocol).")
        return self._run(queries[0], params.get("default-graph-uri", []), params.get("named-graph-uri", []), h)

    def _run(self, text: str, default_graphs: list[str], named_graphs: list[str], h: Mapping[str, str]) -> Response:
        if not text.strip():
            return _error(400, "Empty query.")
        words = _keywords(text)
        if "SERVICE" in words:
            return _error(403, "SERVICE (federated query) is disabled: this endpoint makes no outbound requests.")
        kwargs: dict = {}
        try:
            if default_graphs:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            elif self.union_default_graph:
                kwargs["use_default_graph_as_union"] = True
            if named_graphs:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        except ValueError as e:
            return _error(400, f"Bad graph IRI in default-graph-uri/named-graph-uri: {e}")

        started = time.monotonic()
        deadline = started + self.timeout
        cancel = threading.Event()
        try:
            outcome = self._submit(text, kwargs, deadline, cancel)
        except _StoreFailure as e:
            # A read-only snapshot can lose files to a writer's compaction: re-open and retry once.
            invalidate = getattr(self._store, "invalidate", None)
            if invalidate is None:
                log.warning("store error on query: %s", e)
                return _error(500, f"Store error: {e}.")
            invalidate()
            try:
                outcome = self._submit(text, kwargs, deadline, cancel)
            except _StoreFailure as e2:
                log.warning("store error on query after re-open: %s", e2)
                return _error(500, f"Store error: {e2}. If a build is running, retry in a moment.")
            except _Shutdown:
                return _error(503, "Server is shutting down.")
            except (concurrent.futures.TimeoutError, _Timeout):
                cancel.set()
                return _timeout_error(self.timeout)
        except _Shutdown:
            return _error(503, "Server is shutting down.")
        except (concurrent.futures.TimeoutError, _Timeout):
            cancel.set()
            return _timeout_error(self.timeout)
        except SyntaxError as e:
            if _first_keyword(words) in UPDATE_KEYWORDS:
                return _read_only_error()
            return _error(400, f"SPARQL syntax error: {e}")
        except Exception as e:  # a pyoxigraph evaluation error (e.g. a bad custom value)
            log.warning("query failed: %r", e)
            return _error(400, f"Query evaluation failed: {e}")
        elapsed = time.monotonic() - started
        resp = self._render(outcome, h.get("accept"))
        resp.headers.setdefault("X-Kgraph-Elapsed-Ms", f"{elapsed * 1000:.1f}")
        return resp

    def _submit(self, text: str, kwargs: dict, deadline: float, cancel: threading.Event) -> _Outcome:
        """Run the query in a worker and wait for it until the deadline."""
        store = self.store
        try:
            future = self._pool.submit(self._execute, store, text, kwargs, deadline, cancel)
        except RuntimeError as e:  # the pool was shut down: the server is closing
            raise _Shutdown from e
        try:
            return future.result(timeout=max(0.0, deadline - time.monotonic()))
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise
        except (OSError, RuntimeError) as e:  # RocksDB I/O or "Corruption" (a file gone under us)
            raise _StoreFailure(str(e)) from e

    def _execute(self, store: ox.Store, text: str, kwargs: dict, deadline: float, cancel: threading.Event) -> _Outcome:
        if cancel.is_set() or time.monotonic() > deadline:
            raise _Timeout  # waited in the queue past its deadline
        results = store.query(text, **kwargs)
        if isinstance(results, ox.QueryBoolean):
            return _Outcome("boolean", results)
        kind = "solutions" if isinstance(results, ox.QuerySolutions) else "triples"
        variables = list(results.variables) if kind == "solutions" else []
        items: list = []
        limit = self.max_results
        truncated = False
        for item in results:
            if cancel.is_set() or time.monotonic() > deadline:
                raise _Timeout
            if len(items) == limit:
                truncated = True
                break
            items.append(item)
        return _Outcome(kind, items, variables, truncated)

    def _render(self, outcome: _Outcome, accept: str | None) -> Response:
        if outcome.kind == "boolean":
            mime = negotiate(accept, list(BOOLEAN_FORMATS))
            if mime is None:
                return _not_acceptable(BOOLEAN_FORMATS)
            body = outcome.value.serialize(format=BOOLEAN_FORMATS[mime])
            return Response(200, body, _content_type(mime))
        headers = {
            "X-Kgraph-Truncated": "true" if outcome.truncated else "false",
            "X-Kgraph-Results": str(len(outcome.value)),
        }
        if outcome.kind == "solutions":
            mime = negotiate(accept, list(SOLUTION_FORMATS))
            if mime is None:
                return _not_acceptable(SOLUTION_FORMATS)
            body = _solutions_json(outcome.variables, outcome.value)
            fmt = SOLUTION_FORMATS[mime]
            if fmt is not None:
                # Let pyoxigraph write XML/CSV/TSV from the bounded JSON.
                body = ox.parse_query_results(body, ox.QueryResultsFormat.JSON).serialize(format=fmt)
            return Response(200, body, _content_type(mime), headers)
        mime = negotiate(accept, list(GRAPH_FORMATS))
        if mime is None:
            return _not_acceptable(GRAPH_FORMATS)
        body = ox.serialize(outcome.value, format=GRAPH_FORMATS[mime])
        return Response(200, body, _content_type(mime), headers)


def _timeout_error(timeout: float) -> Response:
    return _error(503, f"Query exceeded the {timeout:g} s time limit. Narrow the pattern or add LIMIT.",
                  **{"Retry-After": "1"})


def _read_only_error() -> Response:
    return _error(403, "This SPARQL endpoint is read-only: updates (INSERT, DELETE, LOAD, CLEAR, DROP, ...) are refused. "
                       "Change the store with kgraph build/remove.")


def _not_acceptable(formats: Mapping) -> Response:
    return _error(406, "None of the Accept types can be produced; use one of: " + ", ".join(formats) + ".")


def make_app(
    store: StoreSource,
    *,
    timeout: float = 10.0,
    max_results: int = 10_000,
    max_body: int = 1_000_000,
    network_url: str | None = None,
    union_default_graph: bool = True,
    workers: int = 4,
) -> SparqlApp:
    """Build the endpoint over a store (or a zero-argument callable returning the current store).

    Example:
        >>> app = make_app(ox.Store(), timeout=2.0)
        >>> app.handle("GET", "/sparql?query=ASK%7B%7D", {}, None).body
        b'{"head":{},"boolean":true}'
    """
    return SparqlApp(
        store,
        timeout=timeout,
        max_results=max_results,
        max_body=max_body,
        network_url=network_url,
        union_default_graph=union_default_graph,
        workers=workers,
    )


# --------------------------------------------------------------------------------------------
# The HTML page
# --------------------------------------------------------------------------------------------

EXAMPLES = [
    ("Graphs and their sizes",
     "SELECT ?g (COUNT(*) AS ?triples)\nWHERE { GRAPH ?g { ?s ?p ?o } }\nGROUP BY ?g\nORDER BY DESC(?triples)\nLIMIT 50"),
    ("Classes in use",
     "SELECT ?class (COUNT(?x) AS ?n)\nWHERE { ?x a ?class }\nGROUP BY ?class\nORDER BY DESC(?n)"),
    ("Labelled things",
     "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?thing ?label\nWHERE { ?thing rdfs:label ?label }\nLIMIT 100"),
    ("Any triples", "SELECT ?s ?p ?o\nWHERE { ?s ?p ?o }\nLIMIT 25"),
    ("Is the store empty?", "ASK { ?s ?p ?o }"),
    ("Describe one interaction (CONSTRUCT)",
     "CONSTRUCT { ?s ?p ?o }\nWHERE { ?s ?p ?o }\nLIMIT 20"),
]

_SCRIPT = r"""
const q = document.getElementById('q'), out = document.getElementById('out'), info = document.getElementById('info');
const examples = JSON.parse(document.getElementById('examples').textContent);
const ex = document.getElementById('ex');
examples.forEach(([title, text]) => {
  const b = document.createElement('button'); b.type = 'button'; b.textContent = title;
  b.addEventListener('click', () => { q.value = text; });
  ex.appendChild(b);
});
function term(t) {
  if (!t) return '';
  if (t.type === 'literal') return t.value + (t['xml:lang'] ? '@' + t['xml:lang'] : '');
  if (t.type === 'bnode') return '_:' + t.value;
  if (t.type === 'triple') return '<< ' + term(t.value.subject) + ' ' + term(t.value.predicate) + ' ' + term(t.value.object) + ' >>';
  return t.value;
}
async function run() {
  out.replaceChildren(); info.textContent = 'running…';
  const t0 = performance.now();
  let r;
  try {
    r = await fetch('sparql', {method: 'POST', body: q.value,
      headers: {'Content-Type': 'application/sparql-query',
                'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}});
  } catch (e) { info.textContent = 'request failed: ' + e; return; }
  const ms = Math.round(performance.now() - t0);
  const ct = r.headers.get('Content-Type') || '';
  if (!r.ok || !ct.startsWith('application/sparql-results+json')) {
    const pre = document.createElement('pre'); pre.textContent = await r.text();
    if (!r.ok) pre.className = 'err';
    out.appendChild(pre);
    info.textContent = r.status + ' ' + r.statusText + ' · ' + ms + ' ms';
    return;
  }
  const data = await r.json();
  if ('boolean' in data) { info.textContent = 'ASK → ' + data.boolean + ' · ' + ms + ' ms'; return; }
  const vars = data.head.vars, rows = data.results.bindings;
  const table = document.createElement('table'), head = table.createTHead().insertRow();
  vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
  const body = table.createTBody();
  rows.forEach(b => { const tr = body.insertRow(); vars.forEach(v => { tr.insertCell().textContent = term(b[v]); }); });
  out.appendChild(table);
  const cut = r.headers.get('X-Kgraph-Truncated') === 'true' ? ' (truncated at the server limit)' : '';
  info.textContent = rows.length + ' rows' + cut + ' · ' + ms + ' ms';
}
document.getElementById('run').addEventListener('click', run);
q.addEventListener('keydown', e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
"""

_STYLE = """
body{font:15px/1.4 system-ui,sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem;color:#222}
textarea{width:100%;height:12rem;font:13px/1.4 ui-monospace,monospace;box-sizing:border-box}
#ex button{margin:0 .3rem .3rem 0;font-size:12px}
#run{font-size:15px;padding:.3rem 1.2rem;margin:.4rem 0}
table{border-collapse:collapse;margin-top:.6rem;font-size:13px}
th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:left;vertical-align:top;word-break:break-word}
th{background:#f3f3f3} pre{background:#f7f7f7;padding:.6rem;overflow:auto} .err{color:#a00}
#info{color:#555;margin-left:.6rem}
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
INDEX_CSP = (
    f"default-src 'none'; script-src 'sha256-{_SCRIPT_HASH}'; style-src 'sha256-{_STYLE_HASH}'; "
    "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def _saved_queries() -> list[tuple[str, str]]:
    """The project's saved queries (``queries/*.rq``), if the folder is there."""
    try:
        from kgraph.config import resource_dir

        folder = resource_dir("queries")
    except (ImportError, FileNotFoundError):
        return []
    out = []
    for path in sorted(folder.glob("*.rq"))[:40]:
        try:
            out.append((path.stem, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return out


def _index_page(has_network: bool) -> Response:
    examples = EXAMPLES + _saved_queries()
    # A data block is not executed; escaping <, > and & keeps "</script>" in a query inert.
    data = json.dumps(examples).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    network = ('<a href="network">network view</a>' if has_network
               else '<span title="start the server with a network HTML file">network view (not configured)</span>')
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kgraph SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{_STYLE}</style></head>
<body>
<h1>kgraph SPARQL endpoint</h1>
<p>Read-only. Endpoint: <code>{html.escape('/sparql')}</code> (GET or POST, SPARQL 1.1 Protocol) · {network}</p>
<div id="ex"></div>
<textarea id="q" spellcheck="false" aria-label="SPARQL query">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 25</textarea>
<div><button id="run" type="button">Run</button><span id="info">Ctrl+Enter runs the query.</span></div>
<div id="out"></div>
<script type="application/json" id="examples">{data}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
    return Response(200, page.encode(), "text/html; charset=utf-8", {"Content-Security-Policy": INDEX_CSP})


# --------------------------------------------------------------------------------------------
# HTTP server
# --------------------------------------------------------------------------------------------

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Handler(BaseHTTPRequestHandler):
    server: "EndpointServer"
    protocol_version = "HTTP/1.1"
    server_version = "kgraph-sparql"
    sys_version = ""
    timeout = 30  # seconds a client may take to send a request: slow clients can't hold threads
    # Headers and body go out in two writes; with Nagle on, a keep-alive client waits for the
    # delayed ACK (40 ms per request on Linux).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._dispatch(None)

    def do_HEAD(self) -> None:
        self._dispatch(None, head=True)

    def do_POST(self) -> None:
        app = self.server.app
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            return self._send(_error(411, "Chunked bodies are not accepted; send Content-Length."))
        if length is None:
            self.close_connection = True
            return self._send(_error(411, "POST needs a Content-Length header."))
        try:
            n = int(length)
            if n < 0:
                raise ValueError
        except ValueError:
            self.close_connection = True
            return self._send(_error(400, f"Bad Content-Length {length!r}."))
        if n > app.max_body:
            # Don't read it: answer and close, so the client can't make us swallow gigabytes.
            self.close_connection = True
            return self._send(_error(413, f"Request body of {n} bytes exceeds the {app.max_body}-byte limit."))
        self._dispatch(self.rfile.read(n))

    def _refuse_method(self) -> None:
        self._send(_error(405, f"{self.command} is not supported; this endpoint is read-only.", Allow="GET, HEAD, POST"))

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse_method

    def _dispatch(self, body: bytes | None, head: bool = False) -> None:
        allowed = self.server.allowed_hosts
        host = self.headers.get("Host")
        if allowed is not None and host is not None:
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name.lower() not in allowed:
                return self._send(_error(403, f"Host {host!r} is not served here (DNS-rebinding protection)."))
        try:
            resp = self.server.app.handle("GET" if head else self.command, self.path, self.headers, body)
        except Exception:  # a bug here must not kill the connection thread silently
            log.exception("internal error on %s %s", self.command, self.path)
            resp = _error(500, "Internal server error; see the server log.")
        self._send(resp, head=head)

    def _send(self, resp: Response, head: bool = False) -> None:
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for k, v in resp.headers.items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not head:
            self.wfile.write(resp.body)


class EndpointServer(ThreadingHTTPServer):
    """A ``ThreadingHTTPServer`` serving a :class:`SparqlApp`, with at most ``max_connections``
    connection threads (further clients wait in the listen backlog)."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, app: SparqlApp, host: str = "127.0.0.1", port: int = 0, max_connections: int = 64):
        self.app = app
        self.allowed_hosts = LOOPBACK_NAMES | {host.lower()} if _is_loopback(host) else None
        self._slots = threading.BoundedSemaphore(max_connections)
        if ":" in host:
            import socket

            self.address_family = socket.AF_INET6
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    def process_request(self, request, client_address):
        self._slots.acquire()
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def server_close(self) -> None:
        super().server_close()
        self.app.close()


def make_server(app: SparqlApp, host: str = "127.0.0.1", port: int = 0) -> EndpointServer:
    """Bind (port 0 picks a free port; see ``.url``) without serving yet."""
    if not _is_loopback(host):
        log.warning("serving on %s: the endpoint is reachable from other machines", host)
    return EndpointServer(app, host, port)


def start_in_thread(app: SparqlApp, host: str = "127.0.0.1", port: int = 0) -> EndpointServer:
    """Serve ``app`` from a daemon thread; stop with ``server.shutdown(); server.server_close()``.

    Example:
        >>> srv = start_in_thread(make_app(ox.Store()))
        >>> srv.url.startswith("http://127.0.0.1:")
        True
        >>> srv.shutdown(); srv.server_close()
    """
    server = make_server(app, host, port)
    threading.Thread(target=server.serve_forever, name="kgraph-sparql", daemon=True).start()
    return server


# --------------------------------------------------------------------------------------------
# Serving a store directory
# --------------------------------------------------------------------------------------------


class ReadOnlyStore:
    """A read-only handle on a store directory, re-opened when a writer has changed its files.

    Call it to get the current ``pyoxigraph.Store``. Re-opening is checked at most every ``refresh``
    seconds; ``refresh=0`` disables it (one snapshot for the server's life).
    """

    def __init__(self, path: Path, refresh: float = 1.0) -> None:
        self.path = Path(path)
        if not self.path.is_dir():
            raise StoreError(f"{self.path}: no store here. Build one first: kgraph build --store {self.path} ...")
        self.refresh = refresh
        self._lock = threading.Lock()
        self._signature = self._files()
        self._store = self._open(attempts=5)
        self._checked = time.monotonic()

    def _open(self, attempts: int = 1) -> ox.Store:
        for attempt in range(attempts):
            try:
                return ox.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as e:
                # RuntimeError "Corruption: ... No such file": a writer compacted files away while
                # we read its MANIFEST. Trying again sees the new MANIFEST.
                error = e
                time.sleep(0.05 * (attempt + 1))
        raise StoreError(f"{self.path}: cannot open the store read-only ({error}). Is it a kgraph store?") from error

    def invalidate(self) -> None:
        """Re-open on the next call (a query hit a file the writer has removed)."""
        with self._lock:
            self._signature = None
            self._checked = float("-inf")

    def _files(self) -> tuple:
        try:
            with os.scandir(self.path) as it:
                return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in it if e.is_file()))
        except OSError:
            return ()

    def __call__(self) -> ox.Store:
        if self._signature is not None and (self.refresh <= 0 or time.monotonic() - self._checked < self.refresh):
            return self._store
        with self._lock:
            if self._signature is None or time.monotonic() - self._checked >= self.refresh:
                self._checked = time.monotonic()
                sig = self._files()
                if sig != self._signature:
                    try:
                        self._store = self._open(attempts=3)
                        self._signature = sig
                        log.info("store changed on disk: re-opened %s", self.path)
                    except StoreError as e:  # e.g. mid-compaction; keep the old snapshot
                        log.warning("%s; still serving the previous snapshot", e)
        return self._store


def serve(
    store_path: Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    refresh: float = 1.0,
    ready: Callable[[EndpointServer], None] | None = None,
    **limits,
) -> None:
    """Open the store read-only and serve it until interrupted (Ctrl+C).

    ``limits`` go to :func:`make_app` (timeout, max_results, max_body, network_url, workers, ...).
    ``ready`` is called with the bound server before serving (tests, ``port=0``).
    Raises :class:`StoreError` if there is no readable store at ``store_path``, :class:`ConfigError`
    if the address can't be bound.

    Example:
        serve(Path("output/store"), port=7878, timeout=5, network_url="output/network.html")
    """
    source = ReadOnlyStore(Path(store_path), refresh=refresh)
    serve_app(make_app(source, **limits), host, port, ready=ready)


def serve_app(app: SparqlApp, host: str = "127.0.0.1", port: int = 7878, *, block: bool = True,
              ready: Callable[[EndpointServer], None] | None = None) -> EndpointServer | None:
    """Bind ``app`` and serve it: until Ctrl+C (``block``), or from a daemon thread (returns the server).

    Raises :class:`ConfigError` if the address cannot be bound.
    """
    try:
        server = make_server(app, host, port)
    except OSError as e:
        app.close()
        raise ConfigError(f"cannot listen on {host}:{port} ({e.strerror}); pick another --port.") from e
    if ready is not None:
        ready(server)
    if not block:
        threading.Thread(target=server.serve_forever, name="kgraph-sparql", daemon=True).start()
        return server
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return None


def main(argv: list[str] | None = None) -> int:
    """``python -m kgraph.query.server STORE [--host H] [--port P] [--timeout S] ...``"""
    import argparse
    import sys

    p = argparse.ArgumentParser(prog="python -m kgraph.query.server", description=__doc__.splitlines()[0])
    p.add_argument("store", type=Path)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7878)
    p.add_argument("--timeout", type=float, default=10.0)
    p.add_argument("--max-results", type=int, default=10_000)
    p.add_argument("--max-body", type=int, default=1_000_000)
    p.add_argument("--network", default=None, help="network view HTML file (or URL) linked from /")
    p.add_argument("--workers", type=int, default=4)
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    def ready(server: EndpointServer) -> None:
        print(f"kgraph: SPARQL endpoint on {server.url}sparql (query page {server.url}); Ctrl+C stops", file=sys.stderr, flush=True)

    try:
        serve(a.store, a.host, a.port, ready=ready, timeout=a.timeout, max_results=a.max_results,
              max_body=a.max_body, network_url=a.network, workers=a.workers)
    except (StoreError, ConfigError) as e:
        print(f"kgraph: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

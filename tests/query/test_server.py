"""The SPARQL endpoint: a real server on a free loopback port, queried with SPARQLWrapper and
plain HTTP (``kgraph.query.server``)."""
from __future__ import annotations

from http.client import HTTPConnection
import json
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph.errors import ConfigError, StoreError
from kgraph.query import server as srv

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import ASK, CSV, JSON, N3, POST, TURTLE, XML, SPARQLWrapper as Client  # noqa: E402
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed  # noqa: E402

EX = "http://example.org/"
N_PEOPLE = 120  # > MAX_RESULTS so that a full scan is truncated
N_NUMBERS = 4000  # 4000 x 4000 cross join: far more than TIMEOUT allows
TIMEOUT = 1.0
MAX_RESULTS = 50
MAX_BODY = 20_000


def nn(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def fill(store: ox.Store) -> None:
    g1, g2 = nn("doc/1"), nn("doc/2")
    quads = [
        ox.Quad(nn("ishiba"), nn("met"), nn("trump"), g1),
        ox.Quad(nn("ishiba"), nn("name"), ox.Literal("Shigeru Ishiba", language="en"), g1),
        ox.Quad(nn("trump"), nn("name"), ox.Literal('Donald "DJT" <Trump>'), g2),
        ox.Quad(nn("trump"), nn("age"), ox.Literal("79", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g2),
    ]
    quads += [ox.Quad(nn(f"person/{i}"), nn("rank"), ox.Literal(str(i)), nn("doc/people")) for i in range(N_PEOPLE)]
    quads += [ox.Quad(nn(f"n/{i}"), nn("value"), ox.Literal(str(i)), nn("doc/numbers")) for i in range(N_NUMBERS)]
    store.bulk_extend(quads)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    fill(s)
    return s


@pytest.fixture(scope="module")
def network_file(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("net") / "network.html"
    p.write_text("<!doctype html><title>net</title><p>the network</p>", encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def server(store, network_file):
    app = srv.make_app(store, timeout=TIMEOUT, max_results=MAX_RESULTS, max_body=MAX_BODY,
                       network_url=str(network_file))
    s = srv.start_in_thread(app)
    yield s
    s.shutdown()
    s.server_close()


@pytest.fixture()
def endpoint(server) -> str:
    return server.url + "sparql"


def client(endpoint: str, query: str, fmt: str = JSON) -> Client:
    c = Client(endpoint)
    c.setQuery(query)
    c.setReturnFormat(fmt)
    return c


def request(server, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    """(status, headers, body) of one raw request."""
    host, port = server.server_address[:2]
    conn = HTTPConnection(host, port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def get(server, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return request(server, "GET", f"/sparql?{qs}", headers={"Accept": accept} if accept else {})


MET = f"SELECT ?a ?b WHERE {{ ?a <{EX}met> ?b }}"


# -- results formats ---------------------------------------------------------------------


def test_server_select_json_with_sparqlwrapper(endpoint):
    data = client(endpoint, MET, JSON).query().convert()
    assert data["head"]["vars"] == ["a", "b"]
    assert data["results"]["bindings"] == [
        {"a": {"type": "uri", "value": EX + "ishiba"}, "b": {"type": "uri", "value": EX + "trump"}}
    ]


def test_server_select_xml_with_sparqlwrapper(endpoint):
    doc = client(endpoint, MET, XML).query().convert()  # xml.dom.minidom Document
    uris = [n.firstChild.data for n in doc.getElementsByTagName("uri")]
    assert uris == [EX + "ishiba", EX + "trump"]


def test_server_select_csv_with_sparqlwrapper(endpoint):
    body = client(endpoint, MET, CSV).query().convert()
    assert body.decode().splitlines() == ["a,b", f"{EX}ishiba,{EX}trump"]


def test_server_select_tsv_by_accept(server):
    status, headers, body = get(server, MET, "text/tab-separated-values")
    assert status == 200
    assert headers["content-type"].startswith("text/tab-separated-values")
    assert body.decode().splitlines() == ["?a\t?b", f"<{EX}ishiba>\t<{EX}trump>"]


def test_server_post_form_and_post_body_agree(endpoint, server):
    c = client(endpoint, MET, JSON)
    c.setMethod(POST)  # SPARQLWrapper posts a urlencoded query= form
    form = c.query().convert()
    status, _, body = request(server, "POST", "/sparql", MET.encode(),
                           {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert status == 200
    assert json.loads(body) == form


def test_server_ask_with_sparqlwrapper(endpoint):
    assert client(endpoint, f"ASK {{ <{EX}ishiba> <{EX}met> <{EX}trump> }}", JSON).query().convert()["boolean"] is True
    assert client(endpoint, f"ASK {{ <{EX}trump> <{EX}met> <{EX}ishiba> }}", JSON).query().convert()["boolean"] is False


def test_server_construct_turtle_with_sparqlwrapper(endpoint):
    q = f"CONSTRUCT {{ ?b <{EX}metBy> ?a }} WHERE {{ ?a <{EX}met> ?b }}"
    body = client(endpoint, q, TURTLE).query().convert()
    triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)]
    assert triples == [ox.Triple(nn("trump"), nn("metBy"), nn("ishiba"))]


def test_server_construct_ntriples_by_accept(server):
    status, headers, body = get(server, f"CONSTRUCT WHERE {{ <{EX}ishiba> <{EX}met> ?b }}", "application/n-triples")
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    assert body.decode().strip() == f"<{EX}ishiba> <{EX}met> <{EX}trump> ."


def test_server_literals_survive_json(endpoint):
    q = f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }} ORDER BY ?n"
    rows = client(endpoint, q, JSON).query().convert()["results"]["bindings"]
    assert [r["n"] for r in rows] == [
        {"type": "literal", "value": 'Donald "DJT" <Trump>'},
        {"type": "literal", "value": "Shigeru Ishiba", "xml:lang": "en"},
    ]


def test_server_default_graph_uri_is_honoured(server):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, _, union = get(server, q, "text/csv")
    _, _, one = get(server, q, "text/csv", **{"default-graph-uri": EX + "doc/1"})
    assert union.decode().splitlines()[1] == str(4 + N_PEOPLE + N_NUMBERS)
    assert one.decode().splitlines()[1] == "2"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
        ("text/*", "text/csv"),
        ("image/png", None),
        ("application/sparql-results+json;q=0", None),
        ("application/sparql-results+json;q=0, */*;q=0.1", "application/json"),
    ],
)
def test_server_negotiate_picks_best_accept(accept, expected):
    assert srv.negotiate(accept, list(srv.SOLUTION_FORMATS)) == expected


def test_server_unacceptable_accept_is_406(server):
    status, _, body = get(server, MET, "image/png")
    assert status == 406 and b"text/csv" in body


# -- our JSON writer matches pyoxigraph's ---------------------------------------------------


def test_server_json_writer_matches_pyoxigraph():
    s = ox.Store()
    s.add(ox.Quad(nn("a"), nn("p"), ox.Literal("é \"q\" <b>\n", language="fr")))
    s.add(ox.Quad(ox.BlankNode("b1"), nn("p"), ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    s.add(ox.Quad(nn("c"), nn("p"), ox.Literal("rtl", language="ar", direction=ox.BaseDirection.RTL)))
    s.add(ox.Quad(nn("d"), nn("p"), ox.Triple(nn("a"), nn("p"), ox.Literal("x"))))
    q = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY STR(?o)"
    expected = s.query(q).serialize(format=ox.QueryResultsFormat.JSON)
    r = s.query(q)
    assert srv._solutions_json(r.variables, list(r)) == expected


# -- read-only ------------------------------------------------------------------------------


def test_server_update_via_sparqlwrapper_is_refused(endpoint, store):
    before = len(store)
    c = Client(endpoint)
    c.setMethod(POST)
    c.setQuery(f"INSERT DATA {{ <{EX}x> <{EX}y> <{EX}z> }}")  # SPARQLWrapper sends it as update=
    with pytest.raises(urllib.error.HTTPError) as err:
        c.query()
    assert err.value.code == 403
    assert b"read-only" in err.value.read()
    assert len(store) == before


@pytest.mark.parametrize(
    "text",
    [
        f"INSERT DATA {{ <{EX}x> <{EX}y> <{EX}z> }}",
        f"PREFIX ex: <{EX}>\nDELETE WHERE {{ ?s ex:met ?o }}",
        "# comment\nDROP ALL",
        "CLEAR DEFAULT",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_server_update_in_query_param_is_refused(server, store, text):
    before = len(store)
    status, _, body = get(server, text)
    assert status == 403 and b"read-only" in body
    assert len(store) == before


def test_server_sparql_update_content_type_is_refused(server):
    status, _, body = request(server, "POST", "/sparql", b"CLEAR ALL", {"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body


def test_server_service_is_refused_without_outbound_request(server):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    try:
        status, _, body = get(server, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
        assert status == 403 and b"SERVICE" in body
        with pytest.raises(socket.timeout):
            listener.accept()
    finally:
        listener.close()


@pytest.mark.parametrize(
    ("text", "has_service"),
    [
        ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", True),
        ("select * { service silent <http://x/> { ?s ?p ?o } }", True),
        ("SELECT ?service WHERE { ?service ?p 'SERVICE' }", False),
        ("# SERVICE <http://x/>\nSELECT * { ?s ?p ?o }", False),
        ('SELECT * { ?s <http://x/SERVICE> """a\nSERVICE""" }', False),
        ("PREFIX service: <http://x/> SELECT * { ?s service:p ex:service }", False),
        ("SELECT * { ?s ?p 'it''s' } # '\nSERVICE <http://x/> {}", True),
        ("SELECT * { ?s ?p \"\\\" SERVICE\" }", False),
    ],
)
def test_server_keyword_scan_finds_service_only_as_keyword(text, has_service):
    assert ("SERVICE" in srv._keywords(text)) is has_service


# -- errors and limits ------------------------------------------------------------------------


def test_server_syntax_error_is_400_with_parser_message(endpoint):
    with pytest.raises(QueryBadFormed) as err:
        client(endpoint, "SELECT * WHERE { ?s ?p }", JSON).query()
    assert "syntax error" in str(err.value).lower() and "1:" in str(err.value)


@pytest.mark.parametrize("query", ["", "   "])
def test_server_empty_query_is_400(server, query):
    assert get(server, query)[0] == 400


def test_server_missing_query_is_400(server):
    assert request(server, "GET", "/sparql")[0] == 400


def test_server_body_too_large_is_413(server, store):
    big = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_BODY).encode()
    status, headers, body = request(server, "POST", "/sparql", big, {"Content-Type": "application/sparql-query"})
    assert status == 413 and str(MAX_BODY) in body.decode()
    # a form body just over the limit too
    form = urllib.parse.urlencode({"query": "ASK {} #" + "y" * MAX_BODY}).encode()
    assert request(server, "POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 413


def test_server_result_limit_truncates_and_flags(endpoint, server):
    q = f"SELECT ?p WHERE {{ ?p <{EX}rank> ?r }}"
    c = client(endpoint, q, JSON)
    result = c.query()
    rows = result.convert()["results"]["bindings"]
    assert len(rows) == MAX_RESULTS
    assert result.info()["x-kgraph-truncated"] == "true"
    status, headers, _ = get(server, MET)
    assert status == 200 and headers["x-kgraph-truncated"] == "false"


def test_server_construct_is_truncated_too(server):
    status, headers, body = get(server, f"CONSTRUCT WHERE {{ ?p <{EX}rank> ?r }}", "application/n-triples")
    assert status == 200 and headers["x-kgraph-truncated"] == "true"
    assert len(body.decode().strip().splitlines()) == MAX_RESULTS


# A 4000 x 4000 join whose FILTER never holds: no row for ~3 s (the worker finishes on its own).
NEVER = f"SELECT ?a ?b WHERE {{ ?a <{EX}value> ?x . ?b <{EX}value> ?y FILTER(STR(?x) = CONCAT(STR(?y), 'z')) }}"
# COUNT blocks until the whole join is counted (~3 s).
COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a <{EX}value> ?x . ?b <{EX}value> ?y FILTER(STR(?x) != STR(?y)) }}"
# One row per ?a, ~1,300 rows a second: streams slowly.
TRICKLE = f"SELECT ?a ?b WHERE {{ ?a <{EX}value> ?x . ?b <{EX}value> ?y FILTER(STR(?x) = CONCAT(STR(?y), '')) }}"


@pytest.mark.parametrize("query", [NEVER, COUNT], ids=["no-rows", "count"])
def test_server_slow_query_times_out_quickly(server, query):
    t0 = time.monotonic()
    status, headers, body = get(server, query)
    elapsed = time.monotonic() - t0
    assert status == 503 and b"time limit" in body
    assert elapsed < TIMEOUT + 1.5


def test_server_streaming_query_stops_its_worker_at_the_deadline(store):
    app = srv.make_app(store, timeout=0.5, max_results=1_000_000, workers=1)
    try:
        t0 = time.monotonic()
        assert app.handle("GET", "/sparql?" + urllib.parse.urlencode({"query": TRICKLE}), {}, None).status == 503
        assert time.monotonic() - t0 < 1.5
        # One worker: this only runs at once if the slow query let go of it.
        t1 = time.monotonic()
        assert app.handle("GET", "/sparql?query=ASK%7B%7D", {}, None).status == 200
        assert time.monotonic() - t1 < 0.4
    finally:
        app.close()


def test_server_unknown_path_is_404(server):
    assert request(server, "GET", "/nope")[0] == 404


def test_server_put_is_405(server):
    status, headers, _ = request(server, "PUT", "/sparql", b"x", {"Content-Type": "text/turtle"})
    assert status == 405 and "GET" in headers["allow"]


def test_server_foreign_host_header_is_refused(server):
    status, _, body = request(server, "GET", "/", headers={"Host": "evil.example:7878"})
    assert status == 403 and b"rebinding" in body


# -- pages -------------------------------------------------------------------------------------


def test_server_index_is_html_with_form_and_csp(server):
    status, headers, body = request(server, "GET", "/")
    page = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "<textarea" in page and 'id="run"' in page and 'href="network"' in page
    assert "textContent" in page and "innerHTML" not in page
    assert "script-src 'sha256-" in headers["content-security-policy"]
    assert "http://" not in page.split("<script>")[1]  # no CDN


def test_server_index_examples_cannot_close_script():
    app = srv.make_app(ox.Store())
    original = srv.EXAMPLES
    try:
        srv.EXAMPLES = [("x", "SELECT * { ?s ?p '</script><script>alert(1)</script>' }")]
        page = srv._index_page(False).body.decode()
    finally:
        srv.EXAMPLES = original
        app.close()
    assert "</script><script>alert(1)" not in page
    data = page.split('id="examples">')[1].split("</script>")[0]
    assert json.loads(data)[0][1].endswith("alert(1)</script>' }")


def test_server_network_serves_configured_file(server, network_file):
    status, headers, body = request(server, "GET", "/network")
    assert status == 200 and body == network_file.read_bytes()


def test_server_network_unconfigured_is_404():
    app = srv.make_app(ox.Store())
    try:
        assert app.handle("GET", "/network", {}, None).status == 404
    finally:
        app.close()


# -- serving a store directory -----------------------------------------------------------------


def test_server_missing_store_is_store_error(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        srv.ReadOnlyStore(tmp_path / "nope")


WRITER = textwrap.dedent(
    """
    import sys, time, pyoxigraph as ox
    s = ox.Store(sys.argv[1])
    print("open", flush=True)
    for b in range(int(sys.argv[2])):
        s.bulk_extend([ox.Quad(ox.NamedNode(f"http://example.org/b{b}/{i}"), ox.NamedNode("http://example.org/p"),
                               ox.Literal(str(i)), ox.NamedNode(f"http://example.org/g{b}")) for i in range(500)])
        s.flush()
        time.sleep(0.05)
    print("done", flush=True)
    """
)


@pytest.mark.slow
def test_server_answers_while_a_build_writes(tmp_path):
    path = tmp_path / "store"
    # The writer process creates the store: a store object of this process would hold the RocksDB lock
    # until garbage collection (a `del` is not enough when another reference lingers).
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "open"
        with pytest.raises(OSError, match="lock"):
            ox.Store(str(path))  # a second writer is refused by RocksDB
        ready = threading.Event()
        holder = {}

        def on_ready(s):
            holder["server"] = s
            ready.set()

        t = threading.Thread(target=srv.serve, args=(path,), kwargs=dict(port=0, refresh=0.1, ready=on_ready, timeout=5),
                             daemon=True)
        t.start()
        assert ready.wait(10)
        server = holder["server"]
        counts, statuses = [], []
        q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } }"
        while writer.poll() is None:
            status, _, body = get(server, q, "text/csv")
            statuses.append((status, body[:200]))
            if status == 200:
                counts.append(int(body.decode().splitlines()[1]))
            time.sleep(0.05)
        # The writer is done: the server sees its last write within a few refresh intervals.
        give_up = time.monotonic() + 10
        while time.monotonic() < give_up and (not counts or counts[-1] != 30 * 500):
            time.sleep(0.1)
            status, _, body = get(server, q, "text/csv")
            statuses.append((status, body[:200]))
            if status == 200:
                counts.append(int(body.decode().splitlines()[1]))
        server.shutdown()
        server.server_close()
    finally:
        writer.kill()
        writer.wait()
    assert [s for s in statuses if s[0] != 200] == []
    assert counts == sorted(counts), counts
    assert counts[-1] == 30 * 500 > counts[0], counts


def test_server_index_csp_hash_matches_its_script(server):
    import base64
    import hashlib

    _, headers, body = request(server, "GET", "/")
    script = body.decode().split("<script>")[1].split("</script>")[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in headers["content-security-policy"]


def test_server_index_lists_saved_queries():
    saved = srv._saved_queries()
    if not saved:
        pytest.skip("no queries/*.rq in this checkout")
    page = srv._index_page(False).body.decode()
    data = json.loads(page.split('id="examples">')[1].split("</script>")[0])
    assert [name for name, _ in saved] == [name for name, _ in data[len(srv.EXAMPLES):]]


def test_server_main_reports_missing_store(tmp_path, capsys):
    assert srv.main([str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kgraph: ") and "no store here" in err and "Traceback" not in err


def test_server_refuses_to_bind_a_busy_port(tmp_path):
    path = tmp_path / "store"
    s = ox.Store(str(path))
    del s
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    try:
        with pytest.raises(ConfigError, match="pick another --port"):
            srv.serve(path, port=busy.getsockname()[1])
    finally:
        busy.close()

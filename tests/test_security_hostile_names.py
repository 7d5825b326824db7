"""Hostile text through a real build (issue 7, security): names, topics, titles, document ids and evidence
with quotes, backslashes, angle brackets, ``</script>``, ``<img onerror>``, emoji, ``\"\"\"``, ``}``,
``# comment`` and SPARQL fragments.

The articles are built with ``kgraph build``; then every export format re-imports in rdflib to exactly
the quads in the store, ``kgraph query --bind`` finds the names (and a SPARQL fragment as a value
injects nothing), every IRI is made of safe characters only, and the HTML page carries the payloads as
data, never as markup. (Escaping on hand-built inputs is tested in tests/test_render_html.py and
tests/rdf/test_store.py; here the inputs go through ingest, spaCy and extract first.)
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.rdf import iris
from kgraph.rdf.store import KGStore

runner = CliRunner()
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

JOJO = 'Jean "Jojo" Dupont'
D_ROSSI = "Marco D\\Rossi"
SMILEY = 'Pierre "🙂" Dubois'
SLASH_FERRARI = "Luca \\ Ferrari"
ETE = "Jean D'Été"
NUNEZ = "Ana Łukasz-Ñúñez"
TINY = 'Carlo "Tiny" Bianchi'
XSS = "</script><img src=x onerror=alert(1)>"
DROP = '"} ; DROP ALL ; {"'

ARTICLES = {
    "h1.txt": f"date 2025-07-17 PARIS: French Foreign Minister {JOJO} met Italian Foreign Minister {D_ROSSI} on "
              f"Friday to discuss {XSS} and {DROP}.\n",
    "h2.txt": f"date 2025-07-17 PARIS: French Foreign Minister {SMILEY} met Italian Foreign Minister {SLASH_FERRARI} "
              'on Friday in Rome to discuss tariffs & "quotas" """ # comment }.\n',
    "h3.txt": f"date 2025-07-17 PARIS: French Foreign Minister {ETE} met Italian Foreign Minister {NUNEZ} on "
              "Friday to discuss \\u0022 tariffs \\ security.\n",
    'evil <b>"name" & \\ #1.txt': "date 2025-07-16 BERLIN: German Chancellor Hans Müller met Polish Prime "
                                  "Minister Jan Kowalski on Tuesday to discuss <script>alert(1)</script> energy.\n",
}
JSONL = {"id": 'evil"><script>alert(1)</script>', "title": f'{XSS} """ }} ; DROP ALL ; {{', "date": "2025-07-17",
         "text": f"French Foreign Minister Luc Girard met Italian Foreign Minister {TINY} on Friday to discuss "
                 f"<b>tariffs</b> and {XSS}."}
NAMES = {JOJO, D_ROSSI, SMILEY, SLASH_FERRARI, ETE, NUNEZ, TINY, "Hans Müller"}
PAYLOADS = [XSS, DROP, '"""', "# comment }", "<script>alert(1)</script>", "<b>tariffs</b>", "\\u0022 tariffs \\"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    corpus = tmp / "in"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "h5.jsonl").write_text(json.dumps(JSONL) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "--store", str(tmp / "store"), "--out", str(tmp / "out")])
    assert result.exit_code == 0, result.output
    assert "built 5" in result.output, result.output
    return tmp


def _events(built: Path) -> list[dict]:
    result = runner.invoke(app, ["events", "--store", str(built / "store"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_security_build_keeps_hostile_names_and_evidence_exactly(built):
    events = _events(built)
    names = {p["name"] for e in events for p in e["participants"]}
    assert NAMES <= names, f"the extractor no longer finds these names: {NAMES - names}"
    evidence = " ".join(s["evidence"] for e in events for s in e["sources"])
    for payload in PAYLOADS:
        assert payload in evidence
    assert JSONL["id"] in {s["doc"] for e in events for s in e["sources"]}


# -- export and re-import -----------------------------------------------------------------------------


def _canon_rdflib(term) -> tuple:
    assert not isinstance(term, BNode), f"unexpected blank node {term!r}"
    if isinstance(term, URIRef):
        return ("iri", str(term))
    assert isinstance(term, Literal), term
    datatype = str(term.datatype) if term.datatype is not None and str(term.datatype) != XSD_STRING else None
    return ("literal", str(term), datatype, term.language)


def _canon_ox(term) -> tuple:
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    assert isinstance(term, ox.Literal), f"unexpected term {term!r}"
    datatype = term.datatype.value if term.language is None else None
    if datatype == XSD_STRING:
        datatype = None
    return ("literal", term.value, datatype, term.language)


@pytest.fixture(scope="module")
def store_quads(built) -> set[tuple]:
    """The data quads in the store (ontology graph left out, as export does), read without serialising."""
    with KGStore.open(built / "store", read_only=True) as kg:
        return {(_canon_ox(q.subject), _canon_ox(q.predicate), _canon_ox(q.object), _canon_ox(q.graph_name))
                for q in kg.raw if q.graph_name.value != iris.ONTOLOGY_GRAPH}


@pytest.fixture
def exact_literals(monkeypatch):
    """Keep lexical forms as written: rdflib otherwise rewrites typed literals ("Z" -> "+00:00")."""
    import rdflib

    monkeypatch.setattr(rdflib, "NORMALIZE_LITERALS", False)


def _export(built: Path, fmt: str) -> Path:
    out = built / f"export.{fmt}"
    result = runner.invoke(app, ["export", "--store", str(built / "store"), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_security_export_with_named_graphs_reimports_to_the_same_quads(built, store_quads, fmt, rdflib_format,
                                                                       exact_literals):
    ds = Dataset()
    ds.parse(_export(built, fmt), format=rdflib_format)
    got = {(_canon_rdflib(s), _canon_rdflib(p), _canon_rdflib(o), _canon_rdflib(g))
           for s, p, o, g in ds.quads((None, None, None, None)) if g is not None and g != ds.default_graph.identifier}
    missing, extra = store_quads - got, got - store_quads
    assert not missing and not extra, f"missing {sorted(missing)[:3]}, extra {sorted(extra)[:3]}"
    literals = {o[1] for _, _, o, _ in got if o[0] == "literal"}
    assert NAMES <= literals


def test_security_turtle_export_reimports_to_the_same_triples(built, store_quads, exact_literals):
    g = Graph()
    g.parse(_export(built, "turtle"), format="turtle")
    got = {(_canon_rdflib(s), _canon_rdflib(p), _canon_rdflib(o)) for s, p, o in g}
    assert got == {(s, p, o) for s, p, o, _ in store_quads}
    assert NAMES <= {o[1] for _, _, o in got if o[0] == "literal"}


def test_security_build_graph_trig_reimports_in_pyoxigraph(built, store_quads):
    quads = ox.parse(path=str(built / "out" / "graph.trig"), format=ox.RdfFormat.TRIG)
    got = {(_canon_ox(q.subject), _canon_ox(q.predicate), _canon_ox(q.object), _canon_ox(q.graph_name))
           for q in quads}
    assert got == store_quads


# -- IRIs ---------------------------------------------------------------------------------------------

SAFE_KGRAPH_PATH = re.compile(r"[A-Za-z0-9/-]+")
SAFE_IRI = re.compile(r"https?://[A-Za-z0-9._~:/#-]+")


def test_security_every_iri_is_made_of_safe_characters(built):
    with KGStore.open(built / "store", read_only=True) as kg:
        named = {t.value for q in kg.raw for t in (q.subject, q.predicate, q.object, q.graph_name)
                 if isinstance(t, ox.NamedNode)}
    ours = {i for i in named if i.startswith(iris.BASE)}
    assert len(ours) > 50
    bad = sorted(i for i in ours if not SAFE_KGRAPH_PATH.fullmatch(i[len(iris.BASE):]))
    assert bad == []
    assert sorted(i for i in named if not SAFE_IRI.fullmatch(i)) == []
    # The hostile document ids got IRIs, and distinct ones.
    docs = {i for i in ours if i.startswith(iris.BASE + "doc/")}
    assert len(docs) == 5


# -- queries with bindings ----------------------------------------------------------------------------


def _query(built: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, ["query", *args, "--store", str(built / "store"), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["results"]["bindings"]


@pytest.mark.parametrize(("person", "met"), [(JOJO, D_ROSSI), (D_ROSSI, JOJO), (SLASH_FERRARI, SMILEY),
                                              (SMILEY, SLASH_FERRARI), (NUNEZ, ETE), (TINY, "Luc Girard")])
def test_security_query_bind_finds_hostile_names(built, person, met):
    rows = _query(built, "meetings-of", "--bind", f"person={person}")
    assert [r["met"]["value"] for r in rows] == [met]


def test_security_query_bind_of_label_finds_the_actor(built):
    rows = _query(built, "SELECT ?a ?name WHERE { ?a rdfs:label ?name }", "--bind", f"name={JOJO}")
    assert {r["a"]["value"] for r in rows} == {iris.BASE + "person/jean-jojo-dupont"}


@pytest.mark.parametrize("value", [DROP, '" . } DELETE WHERE { ?s ?p ?o } #', "> } ; CLEAR ALL ; <", XSS + " x",
                                   "<script>alert(1)</script> <b> x"])
def test_security_query_bind_of_a_sparql_fragment_injects_nothing(built, value):
    with KGStore.open(built / "store", read_only=True) as kg:
        before = len(kg.raw)
    assert _query(built, "meetings-of", "--bind", f"person={value}") == []
    rows = _query(built, "SELECT ?a ?name WHERE { ?a rdfs:label ?name }", "--bind", f"name={value}")
    assert rows == []
    with KGStore.open(built / "store", read_only=True) as kg:
        assert len(kg.raw) == before


@pytest.mark.parametrize("value", [XSS, "<not an iri>", "http://x/<y>"])
def test_security_query_bind_of_an_invalid_iri_is_a_clear_query_error(built, value):
    result = runner.invoke(app, ["query", "SELECT ?a ?name WHERE { ?a rdfs:label ?name }", "--bind", f"name={value}",
                                 "--store", str(built / "store")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "unexpected" not in lines[0], lines
    assert "IRI" in lines[0]


# -- the HTML page ------------------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Start tags with their attributes, the kgraph-data JSON island, and the text outside scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.data_island: list[str] = []
        self.text: list[str] = []
        self._script: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("script", "style"):
            self._script = "island" if attrs.get("id") == "kgraph-data" else "code"

    def handle_endtag(self, tag):
        self._script = None

    def handle_data(self, data):
        if self._script == "island":
            self.data_island.append(data)
        elif self._script is None:
            self.text.append(data)


def _pages(built: Path) -> list[Path]:
    page = built / "rendered.html"
    result = runner.invoke(app, ["render", "--store", str(built / "store"), "--out", str(page)])
    assert result.exit_code == 0, result.output
    ego = built / "ego.html"
    result = runner.invoke(app, ["render", "--store", str(built / "store"), "--out", str(ego), "--actor", JOJO])
    assert result.exit_code == 0, result.output
    return [built / "out" / "network.html", page, ego]


def test_security_rendered_html_carries_payloads_as_data_not_markup(built):
    for page in _pages(built):
        html = page.read_text(encoding="utf-8")
        lowered = html.lower()
        parser = _Tags()
        parser.feed(html)
        parser.close()
        # vis-network's own code has "<script>" and "<b>" in JS strings; but every "</script" must close a
        # script element the parser saw open (a payload closing one early would leave an extra one).
        scripts = [t for t, _ in parser.tags if t == "script"]
        assert len(scripts) == lowered.count("</script"), f"{page.name}: a script is closed early"
        tags = {t for t, _ in parser.tags}
        assert not tags & {"img", "b", "iframe", "svg", "object", "embed"}, tags
        handlers = [(t, k) for t, attrs in parser.tags for k in attrs if k.startswith("on")]
        assert handlers == [], handlers
        island = "".join(parser.data_island)
        outside = "".join(parser.text)
        for raw in ("<img", "<b>", "<script", "</script", "<!--"):
            assert raw not in island.lower(), f"{page.name}: raw {raw!r} in the data island"
            assert raw not in outside.lower(), f"{page.name}: raw {raw!r} in the page text"
        # The names and payloads are still there, as data.
        data = json.dumps(json.loads(island), ensure_ascii=False)
        wanted = [JOJO, D_ROSSI] if page.name == "ego.html" else [*NAMES, XSS, DROP]
        for text in wanted:
            assert json.dumps(text, ensure_ascii=False)[1:-1] in data, f"{page.name}: {text!r} lost"

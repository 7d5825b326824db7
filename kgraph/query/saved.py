"""Saved SPARQL queries (``queries/*.rq``) and running a query with safe bindings.

A saved query starts with a comment header::

    # name: meetings-of
    # description: Whom did a person meet or plan to meet, when and where?
    # param: ?person = "Scott Bessent"   the person's name or alias

A ``param`` with a default is bound to it unless the caller binds it. Values are substituted by
Oxigraph as RDF terms (SEP-0007), never pasted into the query text.

Example:
    >>> with KGStore.open(Path("output/store"), read_only=True) as store:     # doctest: +SKIP
    ...     print(run_query(store, resolve_query("meetings-of"), {"person": "Bessent"}).format("table"))
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgraph.config import resource_dir
from kgraph.errors import QueryError
from kgraph.rdf.mapping import PREFIXES, SERIAL_PREFIXES
from kgraph.rdf.store import KGStore

SELECT_FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS = ("turtle", "ntriples", "table")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_PARAM = re.compile(r'^#\s*param:\s*\?(\w+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|\S+))?\s*(.*)$')
_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
_VAR = re.compile(r"[?$](\w+)")
_SPARQL_WORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE)\b", re.IGNORECASE)


def list_saved() -> dict[str, Path]:
    """Saved query name -> path of its .rq file (empty when kgraph ships no ``queries/`` folder)."""
    try:
        folder = resource_dir("queries")
    except FileNotFoundError:
        return {}
    return {p.stem: p for p in sorted(folder.glob("*.rq"))}


def load_saved(name: str) -> str:
    """The text of the saved query ``name`` (file name without .rq)."""
    saved = list_saved()
    if name not in saved:
        raise _unknown(name, saved)
    return saved[name].read_text(encoding="utf-8")


def _unknown(name: str, saved: dict[str, Path]) -> QueryError:
    import difflib

    close = difflib.get_close_matches(name, list(saved), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return QueryError(f"unknown saved query {name!r}: {hint}see kgraph.saved_queries() for the names, "
                      "or pass SPARQL text")


def resolve_query(query_or_file_or_name: str) -> str:
    """SPARQL text from a saved query name, a path to a .rq/.sparql file, or SPARQL text itself.

    Raises QueryError for an empty query, a missing query file, or a name that is not saved (with the
    closest saved name as a hint).
    """
    if not isinstance(query_or_file_or_name, str) or not query_or_file_or_name.strip():
        raise QueryError("empty query: give SPARQL text, a .rq file, or a saved query name (kgraph.saved_queries())")
    text = query_or_file_or_name.strip()
    saved = list_saved()
    name = text.removesuffix(".rq")
    if name in saved and not (name != text and Path(text).is_file()):
        return saved[name].read_text(encoding="utf-8")
    if "\n" not in text and len(text) < 1024:
        path = Path(text).expanduser()
        if path.is_file():
            return path.read_text(encoding="utf-8")
        if path.suffix in (".rq", ".sparql"):
            raise QueryError(f"{text}: no such query file; check the path")
        if _NAME.match(text):
            raise _unknown(text, saved)
    if _SPARQL_WORD.search(text):
        return text
    raise QueryError(f"{text[:60]!r} is neither a saved query, a query file nor SPARQL text; "
                     "see kgraph.saved_queries() for the names")


@dataclass(frozen=True, slots=True)
class QueryParam:
    name: str
    default: str | None
    description: str


def query_header(sparql: str) -> dict[str, Any]:
    """The comment header of a saved query: name, description, params (with defaults)."""
    info: dict[str, Any] = {"name": None, "description": "", "params": []}
    key = None
    for line in sparql.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _PARAM.match(line)
        if m:
            default = m.group(2)
            if default and default.startswith('"'):
                default = json.loads(default)
            info["params"].append(QueryParam(m.group(1), default, m.group(3).strip()))
            key = None
            continue
        body = line.lstrip("#").strip()
        if body.startswith("name:"):
            info["name"], key = body[5:].strip(), None
        elif body.startswith("description:"):
            info["description"], key = body[12:].strip(), "description"
        elif body.startswith(("param:", "note:")):
            key = None
        elif key == "description" and line.startswith("#   "):
            info["description"] += " " + body
    return info


@dataclass(slots=True)
class QueryResult:
    """A materialised SPARQL result: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)

    def values(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (term values), for tests and scripts."""
        return [{v: (t.value if t is not None else None) for v, t in zip(self.variables, row)} for row in self.rows]

    def format(self, fmt: str = "table") -> str:
        """Render as table | csv | tsv | json (SELECT/ASK) or turtle | ntriples (CONSTRUCT)."""
        fmt = fmt.lower()
        if self.kind == "graph":
            if fmt in ("turtle", "ttl", "table"):
                return ox.serialize(self.triples, None, ox.RdfFormat.TURTLE, prefixes=SERIAL_PREFIXES).decode("utf-8")
            if fmt in ("ntriples", "nt"):
                return ox.serialize(self.triples, None, ox.RdfFormat.N_TRIPLES).decode("utf-8")
            raise QueryError(f"format {fmt!r} does not suit a CONSTRUCT/DESCRIBE result; use turtle or ntriples")
        if fmt not in SELECT_FORMATS:
            raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(SELECT_FORMATS)}")
        return getattr(self, f"_{fmt}")()

    # W3C SPARQL 1.1 Query Results JSON
    def _json(self) -> str:
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        bindings = []
        for row in self.rows:
            b = {}
            for var, term in zip(self.variables, row):
                if term is not None:
                    b[var] = term_json(term)
            bindings.append(b)
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)

    def _csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        if self.kind == "ask":
            writer.writerow(["_askResult"])
            writer.writerow(["true" if self.boolean else "false"])
        else:
            writer.writerow(self.variables)
            for row in self.rows:
                writer.writerow(["" if t is None else _plain(t) for t in row])
        return buf.getvalue()

    def _tsv(self) -> str:
        if self.kind == "ask":
            return "?_askResult\n" + ("true" if self.boolean else "false") + "\n"
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        for row in self.rows:
            lines.append("\t".join("" if t is None else _tsv_term(t) for t in row))
        return "\n".join(lines) + "\n"

    def _table(self, max_width: int = 70) -> str:
        if self.kind == "ask":
            return "true" if self.boolean else "false"
        header = list(self.variables)
        cells = [[_short(t, max_width) for t in row] for row in self.rows]
        widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
        out = [" | ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
               "-+-".join("-" * w for w in widths)]
        out += [" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
        out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
        return "\n".join(out)


def _plain(term: Any) -> str:
    return term.value if not isinstance(term, ox.BlankNode) else f"_:{term.value}"


def _tsv_term(term: Any) -> str:
    text = str(term)  # N-Triples form, already escaped by Oxigraph
    return text.replace("\t", "\\t")


def _short(term: Any, width: int) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = term.value
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(ns):
                text = f"{prefix}:{text[len(ns):]}"
                break
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    else:
        text = term.value
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def term_json(term: Any) -> dict[str, Any]:
    """One RDF term in the W3C SPARQL 1.1 Query Results JSON form (RDF 1.2 directions and triple terms too).

    Example:
        >>> term_json(ox.Literal("Tokyo", language="en"))
        {'type': 'literal', 'value': 'Tokyo', 'xml:lang': 'en'}
    """
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            if getattr(term, "direction", None) is not None:
                out["its:dir"] = "rtl" if term.direction == ox.BaseDirection.RTL else "ltr"
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    raise QueryError(f"unexpected RDF term {term!r} in a result")


def query_variables(sparql: str) -> set[str]:
    """The names of the variables a query mentions (``?x`` or ``$x``), comment lines left out."""
    body = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    return set(_VAR.findall(body))


def check_bindings(sparql: str, bindings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Header defaults + ``bindings`` (``None`` values dropped), checked against the query.

    Raises QueryError (saying what to do) when a binding names no variable of the query, or when a
    ``# param:`` without a default is left unbound.
    """
    header = query_header(sparql)
    given = {k.lstrip("?$"): v for k, v in (bindings or {}).items() if v is not None}
    variables = query_variables(sparql)
    unknown = sorted(set(given) - variables)
    if unknown:
        raise QueryError(f"binding {unknown[0]!r} is not a variable of the query; "
                         f"its variables: {', '.join(sorted(variables))}")
    merged: dict[str, Any] = {p.name: p.default for p in header["params"] if p.default is not None}
    merged.update(given)
    missing = [p.name for p in header["params"] if p.name not in merged]
    if missing:
        what = f"saved query {header['name']!r}" if header["name"] else "the query"
        example = ", ".join(f"{p}=..." for p in missing)
        raise QueryError(f"{what} needs a value for {', '.join(missing)}: bind {example} "
                         f"(kg.query(..., {example}) or kgraph query ... --bind {missing[0]}=...)")
    return merged


def run_query(store: KGStore, sparql: str, bindings: dict[str, Any] | None = None) -> QueryResult:
    """Run SPARQL on the store with header defaults + ``bindings``; materialise the result.

    Raises QueryError (one line) on a syntax error or a binding the query cannot take.
    """
    merged = check_bindings(sparql, bindings)
    result = store.query(sparql, merged or None)
    try:
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [[sol[i] for i in range(len(variables))] for sol in result]
            return QueryResult(kind="select", variables=variables, rows=rows)
        return QueryResult(kind="graph", triples=list(result))
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"SPARQL evaluation failed: {' '.join(str(exc).split())}") from exc


__all__ = ["list_saved", "load_saved", "resolve_query", "run_query", "query_header", "query_variables",
           "check_bindings", "term_json", "QueryResult", "QueryParam"]

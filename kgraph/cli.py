"""kgraph's command line: each command parses its options, calls its library counterpart, prints.

The counterparts are listed in :data:`kgraph.api.CLI_COUNTERPARTS`; read-only commands open the store with
``kgraph.open(store, read_only=True)``.

Results go to stdout; progress bars, summaries and errors to stderr. A :class:`KgraphError` becomes one
line on stderr and exit status 1 (``--debug`` shows the traceback); exit status 2 is a usage error.
"""
from __future__ import annotations

import csv
import io
import json
import sys
import time
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

import kgraph
from kgraph import __version__
from kgraph.errors import KgraphError, QueryError

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="Build a knowledge graph of diplomatic interactions from news text, query it and draw it.")
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)  # tables are not cut when piped
STATE = {"debug": False}

DEFAULT_STORE = Path("output/store")
StoreOpt = Annotated[Path, typer.Option("--store", help="Folder of the embedded store.", envvar="KGRAPH_STORE")]


class EventFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    turtle = "turtle"
    ntriples = "ntriples"


class ExportFormat(str, Enum):
    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    jsonld = "jsonld"


class GraphFormat(str, Enum):
    gexf = "gexf"
    graphml = "graphml"


class View(str, Enum):
    actors = "actors"
    countries = "countries"


def _version(value: bool) -> None:
    if value:
        print(f"kgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
) -> None:
    """kgraph: who met whom, about what, when, where, and whether it happened, from news text.

    Example: kgraph build examples/ --out output/
    """
    STATE["debug"] = debug


@contextmanager
def _errors():
    try:
        yield
    except KgraphError as exc:
        if STATE["debug"]:
            raise
        err.print(f"error: {_one_line(exc)}", highlight=False, markup=False)
        raise typer.Exit(1) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug or an unforeseen failure: one line, the traceback with --debug
        if STATE["debug"]:
            raise
        err.print(f"error: unexpected {type(exc).__name__}: {_one_line(exc)} (run with --debug for the "
                  f"traceback, and please report it)", highlight=False, markup=False)
        raise typer.Exit(1) from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _open_store(path: Path) -> "kgraph.KnowledgeGraph":
    """The store opened read-only (a missing store is the StoreError "no kgraph store here ...")."""
    return kgraph.open(path, read_only=True)


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (.txt, .html, .jsonl) to read.")],
    store: Annotated[Optional[Path], typer.Option(
        "--store", help="Folder of the embedded store (default: OUT/store).", envvar="KGRAPH_STORE")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for the store (unless --store), graph.trig, network.html, report.json.")] = Path("output"),
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name.", envvar="KGRAPH_MODEL")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for NLP and extraction (results are identical to one process).")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.")] = 32,
    report: Annotated[Optional[Path], typer.Option("--report", help="Also write the build report (JSON) here.")] = None,
) -> None:
    """Read articles, extract interactions, write the store, refresh graph.trig and network.html.

    Building the same input twice changes nothing. Bad documents are reported and skipped; the exit status
    is 0 when anything was built (or was already up to date), 3 when nothing could be.

    The store goes to OUT/store unless --store (or KGRAPH_STORE) names another folder; the other commands read
    output/store unless given --store.

    Example: kgraph build examples/ --out output/
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kgraph.config import Settings
    from kgraph.pipeline import build as run_build

    settings = Settings.from_env(store=store or out / "store", out=out, model=model, jobs=jobs, batch_size=batch_size)
    with _errors():
        columns = [TextColumn("building"), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
                   TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
        with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("build", total=None, rate="")
            started = [None]

            def tick(done: int, words: int) -> None:
                started[0] = started[0] or time.perf_counter()
                elapsed = max(1e-6, time.perf_counter() - started[0])
                bar.update(task, completed=done, rate=f"{done / elapsed:.1f} docs/s")

            result = run_build(paths, settings, progress=tick)
    if report:
        report.write_text(json.dumps(result.to_dict(), indent=2), encoding="utf-8")
    for failure in result.failures:
        err.print(f"skipped {failure.source}: {failure.reason}", highlight=False, markup=False)
    err.print(
        f"documents read {result.documents_read}, built {result.documents_built}, unchanged "
        f"{result.documents_unchanged}, skipped {result.documents_skipped}; actors {result.actors}, "
        f"interactions {result.interactions} ({result.mentions} extracted, {result.merged} merged across "
        f"documents); {result.unified} persons unified across documents; {result.seconds:.1f} s; store "
        f"{settings.store}",
        highlight=False, markup=False)
    if result.documents_built == 0 and result.documents_unchanged == 0:
        where = "" if result.documents_read or result.failures else f" (no article file in {', '.join(map(str, paths))})"
        err.print(f"error: nothing was built: no readable article in the input{where}; pass files or folders of "
                  ".txt, .html or .jsonl articles.", markup=False, highlight=False)
        raise typer.Exit(3)


@app.command()
def events(
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="jsonl (for score.py), csv or table.")] = EventFormat.jsonl,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only interactions with this actor.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only on or before this date.")] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="occurred, planned, cancelled or negated.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="meeting, talks, phone_call, visit, ... (one type).")] = None,
) -> None:
    """List every interaction in the store, one per line (merged across documents).

    Example: kgraph events --format jsonl > events.jsonl
    """
    with _errors(), _open_store(store) as kg:
        records = [i.to_dict() for i in kg.interactions(actor=actor, since=since, until=until, status=status,
                                                        type=type_)]
    if format is EventFormat.jsonl:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    rows = [_event_row(r) for r in records]
    if format is EventFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_event_row({}).keys()))
        writer.writeheader()
        writer.writerows(rows)
        return
    table = Table(show_lines=False)
    for column in ("date", "type", "status", "participants", "location", "topic", "sources"):
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(row[c] or "") for c in ("date", "type", "status", "participants", "location", "topic",
                                                      "sources")))
    out.print(table)


def _event_row(r: dict) -> dict:
    return {
        "date": r.get("date"), "type": r.get("type"), "status": r.get("status"),
        "participants": "; ".join(p["name"] for p in r.get("participants", [])),
        "location": r.get("location"), "topic": r.get("topic"),
        "sources": "; ".join(sorted({s.get("doc", "") for s in r.get("sources", [])})),
        "evidence": " | ".join(s.get("evidence", "") for s in r.get("sources", [])),
    }


@app.command()
def query(
    query_or_file: Annotated[str, typer.Argument(help="SPARQL text, a .rq file, or a saved query's name.")],
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[QueryFormat, typer.Option("--format", "-f", help="table, csv, tsv or json (W3C results).")] = QueryFormat.table,
    bind: Annotated[Optional[list[str]], typer.Option("--bind", "-b", help="NAME=VALUE for a query variable (repeatable).")] = None,
) -> None:
    """Run a SPARQL 1.1 SELECT, ASK or CONSTRUCT query (or a saved one: `kgraph queries`).

    SELECT and ASK print as table, csv, tsv or json; CONSTRUCT as turtle (also for table) or ntriples.
    A saved query's parameters default to the values in its header.

    Example: kgraph query meetings-of --bind person="Scott Bessent" --format table
    """
    with _errors():
        bindings = _parse_bindings(bind or [])
        with _open_store(store) as kg:
            text = kg.query(query_or_file, **bindings).format(format.value)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _parse_bindings(items: list[str]) -> dict[str, str]:
    bindings = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--bind {item!r}: write it as NAME=VALUE, e.g. --bind person='Scott Bessent'")
        bindings[name.strip().lstrip("?$")] = value
    return bindings


@app.command()
def queries() -> None:
    """List the saved queries shipped under queries/ with their descriptions.

    Example: kgraph queries
    """
    with _errors():
        saved = kgraph.saved_queries()
    for name, description in saved.items():
        out.print(f"{name:24} {description}", highlight=False, markup=False)


@app.command()
def render(
    store: StoreOpt = DEFAULT_STORE,
    out_file: Annotated[Path, typer.Option("--out", help="HTML file to write.")] = Path("output/network.html"),
    actor: Annotated[Optional[str], typer.Option("--actor", help="Ego network around this actor.")] = None,
    hops: Annotated[int, typer.Option("--hops", min=1, help="Ego network radius.")] = 1,
    since: Annotated[Optional[str], typer.Option("--since", help="Only interactions on or after (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only interactions on or before.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Layout seed.")] = 0,
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "kgraph network",
) -> None:
    """Write the interactive network of negotiators and institutions (one offline HTML file).

    Example: kgraph render --actor "Scott Bessent" --hops 2 --since 2025-07-01 --title "Bessent" --out bessent.html
    """
    with _errors(), _open_store(store) as kg:
        path = kg.render(out_file, actor=actor, hops=hops, since=since, until=until, seed=seed, title=title)
    err.print(f"wrote {path}", highlight=False, markup=False)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Option("--gold", help="A *.gold.json file or a folder of them (repeatable).")],
    store: Annotated[Optional[Path], typer.Option("--store", help="Score the interactions of this store.")] = None,
    pred: Annotated[Optional[Path], typer.Option("--pred", help="Score this JSONL file instead of a store.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss and false positive.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    baseline: Annotated[bool, typer.Option("--baseline/--no-baseline", help="Also score the co-occurrence baseline on the gold texts.")] = True,
) -> None:
    """Score interactions against gold annotations (same definitions as shared/eval/score.py).

    Example: kgraph evaluate --gold tests/data/dev --store output/store --verbose
    """
    from kgraph.evaluate import evaluate as run_evaluate, load_predictions

    with _errors():
        if pred is not None:
            result = run_evaluate(gold, load_predictions(pred))
        else:
            with _open_store(store or DEFAULT_STORE) as kg:
                result = kg.evaluate(gold)
        base = None
        if baseline:
            from kgraph.baseline import baseline_for_gold

            base = run_evaluate(gold, baseline_for_gold(gold))
    if as_json:
        payload = {"kgraph": result.to_dict()}
        if base is not None:
            payload["baseline"] = base.to_dict()
        print(json.dumps(payload, indent=2))
        return
    if base is not None:
        print("== baseline: sentence co-occurrence of two named actors with a meeting verb ==")
        print(base.format_text(verbose=False))
        print("== kgraph ==")
    print(result.format_text(verbose=verbose))


@app.command()
def validate(store: StoreOpt = DEFAULT_STORE) -> None:
    """Check the store against the SHACL shapes in ontologies/shapes.ttl (pyshacl).

    Example: kgraph validate --store output/store
    """
    with _errors(), _open_store(store) as kg:
        conforms, report = kg.validate()
    if conforms:
        err.print("the store conforms to ontologies/shapes.ttl", markup=False)
        return
    print(report)
    raise typer.Exit(1)


@app.command()
def export(
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="turtle, trig, nquads or jsonld.")] = ExportFormat.trig,
    out_file: Annotated[Optional[Path], typer.Option("--out", help="File to write (default: stdout).")] = None,
) -> None:
    """Export the whole store as RDF.

    Example: kgraph export --format turtle --out graph.ttl
    """
    with _errors(), _open_store(store) as kg:
        if out_file is None:
            buffer = io.BytesIO()
            kg.export(buffer, format.value)
            sys.stdout.buffer.write(buffer.getvalue())
        else:
            kg.export(out_file, format.value)
            err.print(f"wrote {out_file}", markup=False)


@app.command()
def remove(
    doc: Annotated[list[str], typer.Argument(help="Document ids (file names without extension).")],
    store: StoreOpt = DEFAULT_STORE,
) -> None:
    """Remove documents and everything left without evidence; merged interactions keep other sources.

    Example: kgraph remove japan-us-tariff-talks
    """
    with _errors(), kgraph.open(store) as kg:
        for doc_id in doc:
            removed = kg.remove(doc_id)
            err.print(f"{'removed' if removed else 'not in the store:'} {doc_id}", markup=False)


@app.command()
def serve(
    store: StoreOpt = DEFAULT_STORE,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 7878,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a query may run.")] = 10.0,
    max_results: Annotated[int, typer.Option("--max-results", help="Rows returned at most.")] = 10_000,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body in bytes.")] = 1_000_000,
    network: Annotated[Optional[Path], typer.Option("--network", help="HTML network page served at /network.")] = None,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    Example: kgraph serve --store output/store --port 7878
    """
    from kgraph.query.server import serve as run_server

    with _errors():
        network = network if network is not None else (store.parent / "network.html")
        run_server(store, host=host, port=port, timeout=timeout, max_results=max_results, max_body=max_body,
                   network_url=str(network) if network.exists() else None,
                   ready=lambda server: err.print(f"SPARQL endpoint on {server.url}sparql (Ctrl+C stops it)",
                                                  markup=False, highlight=False))


@app.command()
def stats(
    store: StoreOpt = DEFAULT_STORE,
    top: Annotated[int, typer.Option("--top", help="How many brokers to list.")] = 10,
    seed: Annotated[int, typer.Option("--seed", help="Seed for community detection.")] = 0,
    view: Annotated[View, typer.Option("--view", help="actors, or countries (people folded into them).")] = View.actors,
) -> None:
    """Print counts, the top brokers (betweenness) and the communities (Louvain) of the network.

    Example: kgraph stats --top 5 --view countries
    """
    with _errors(), _open_store(store) as kg:
        counts = kg.stats()
        graph = kg.to_networkx(view=view.value)
        brokers = kg.top_brokers(top, seed=seed, graph=graph)
        groups = kg.communities(seed=seed, graph=graph)
    out.print(", ".join(f"{k} {v}" for k, v in counts.items()), highlight=False)
    table = Table(title="top brokers")
    for column in ("actor", "kind", "degree", "betweenness"):
        table.add_column(column)
    for row in brokers:
        table.add_row(str(row["label"]), str(row["kind"]), str(row["degree"]), f"{row['betweenness']:.3f}")
    out.print(table)
    for i, community in enumerate(groups, 1):
        names = sorted(graph.nodes[n].get("label", n) for n in community)
        out.print(f"community {i}: " + "; ".join(names), highlight=False, markup=False)


@app.command("export-graph")
def export_graph(
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[GraphFormat, typer.Option("--format", "-f", help="gexf (Gephi) or graphml (Cytoscape).")] = GraphFormat.gexf,
    out_file: Annotated[Path, typer.Option("--out", help="File to write.")] = Path("output/network.gexf"),
    view: Annotated[View, typer.Option("--view", help="actors or countries.")] = View.actors,
    collapsed: Annotated[bool, typer.Option("--collapsed", help="One edge per pair of actors, with counts per "
                                                                 "interaction type, instead of one per interaction.")] = False,
) -> None:
    """Export the actor network for Gephi (GEXF) or Cytoscape (GraphML).

    Example: kgraph export-graph --format graphml --collapsed --out network.graphml
    """
    with _errors(), _open_store(store) as kg:
        path = kg.export_graph(out_file, format.value, view=view.value, collapsed=collapsed)
    err.print(f"wrote {path}", markup=False)


if __name__ == "__main__":  # pragma: no cover
    app()

"""The command line: every command has help and is in the README; build/events/query work end to end;
errors are one clear line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgraph import __version__
from kgraph.cli import app
from tests.conftest import ROOT

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands)


def test_cli_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_is_in_the_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"kgraph {command}" in readme


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("cli")
    (tmp / "in").mkdir()
    (tmp / "in" / "a.txt").write_text(
        " date 2025-07-17 TOKYO: Japanese Prime Minister Shigeru Ishiba is due to meet US Treasury Secretary "
        "Scott Bessent in Tokyo on Friday.\n\nAkazawa will travel to Osaka on Saturday to receive the US "
        "delegation headed by Bessent, Japan's chief trade negotiator Ryosei Akazawa said.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp / "in"), "--store", str(tmp / "store"), "--out", str(tmp / "out")])
    assert result.exit_code == 0, result.output
    return tmp


def test_cli_build_prints_a_summary_and_writes_outputs(built):
    assert (built / "out" / "graph.trig").exists() and (built / "out" / "network.html").exists()
    report = json.loads((built / "out" / "report.json").read_text())
    assert report["documents_built"] == 1 and report["interactions"] == 2


def test_cli_build_without_store_keeps_the_store_in_the_out_folder(built, tmp_path, monkeypatch):
    """`kgraph build news/ --out run1/` keeps everything of that build in run1/ (the store in run1/store), not in an
    output/ folder of wherever the command ran, and says where the store is."""
    monkeypatch.delenv("KGRAPH_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", str(built / "in"), "--out", str(tmp_path / "run1")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "run1" / "store").is_dir() and not (tmp_path / "output").exists()
    assert str(tmp_path / "run1" / "store") in result.output
    events = runner.invoke(app, ["events", "--store", str(tmp_path / "run1" / "store"), "--format", "jsonl"])
    assert len(events.stdout.splitlines()) == 2


def test_cli_events_jsonl_is_what_the_scorer_reads(built):
    result = runner.invoke(app, ["events", "--store", str(built / "store"), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        assert {"type", "participants", "date", "status", "sources"} <= record.keys()
        assert record["sources"][0]["doc"] == "a" and record["sources"][0]["source"].endswith("a.txt")


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_cli_events_other_formats(built, fmt):
    result = runner.invoke(app, ["events", "--store", str(built / "store"), "--format", fmt])
    assert result.exit_code == 0 and "Scott Bessent" in result.stdout


def test_cli_query_saved_with_binding_answers_whom_bessent_met(built):
    result = runner.invoke(app, ["query", "meetings-of", "--bind", "person=Scott Bessent", "--store",
                                 str(built / "store"), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["results"]["bindings"]
    met = {row["met"]["value"] for row in rows}
    assert met == {"Shigeru Ishiba", "Ryosei Akazawa"}
    assert {row["date"]["value"] for row in rows} == {"2025-07-18", "2025-07-19"}


def test_cli_query_ask(built):
    result = runner.invoke(app, ["query", "ASK { ?s ?p ?o }", "--store", str(built / "store"), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["boolean"] is True


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["events", "--store", "/nonexistent/store"], "no kgraph store"),
        (["query", "SELECT WHERE {", "--store", "{store}"], "error:"),
        (["build", "/nonexistent/path", "--store", "{tmp}/s2"], "nothing was built"),
    ],
)
def test_cli_errors_are_one_clear_line(built, args, needle):
    args = [a.replace("{store}", str(built / "store")).replace("{tmp}", str(built)) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert needle in result.output


def test_cli_query_prints_what_kg_query_formats(built):
    import kgraph

    result = runner.invoke(app, ["query", "meetings-of", "--store", str(built / "store"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    with kgraph.open(built / "store", read_only=True) as kg:
        # no --bind: the header default (?person = "Scott Bessent") applies, as in kg.query("meetings-of")
        assert result.stdout == kg.query("meetings-of").format("csv").replace("\r\n", "\n")  # click's stdout has \n
    assert "Shigeru Ishiba" in result.stdout


def test_cli_query_construct_as_turtle(built):
    result = runner.invoke(app, ["query", "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }",
                                 "--store", str(built / "store"), "--format", "turtle"])
    assert result.exit_code == 0, result.output
    assert "Scott Bessent" in result.stdout and "rdfs:label" in result.stdout


def test_cli_queries_lists_the_saved_queries():
    import kgraph

    result = runner.invoke(app, ["queries"])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    assert names == list(kgraph.saved_queries())


def test_cli_events_type_filter(built):
    result = runner.invoke(app, ["events", "--store", str(built / "store"), "--type", "visit"])
    assert result.exit_code == 0, result.output
    assert all(json.loads(line)["type"] == "visit" for line in result.stdout.splitlines())
    bad = runner.invoke(app, ["events", "--store", str(built / "store"), "--status", "happened"])
    assert bad.exit_code == 1 and "use one of occurred" in bad.output


def test_cli_render_title(built):
    page = built / "titled.html"
    result = runner.invoke(app, ["render", "--store", str(built / "store"), "--out", str(page), "--title", "Bessent <in> Tokyo"])
    assert result.exit_code == 0, result.output
    assert "<title>Bessent &lt;in&gt; Tokyo</title>" in page.read_text(encoding="utf-8")


def test_cli_stats_view_countries(built):
    result = runner.invoke(app, ["stats", "--store", str(built / "store"), "--view", "countries", "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "Japan" in result.stdout and "Scott Bessent" not in result.stdout
    actors = runner.invoke(app, ["stats", "--store", str(built / "store")])
    assert "Scott Bessent" in actors.stdout


def test_cli_export_graph_collapsed_has_one_edge_per_pair(built):
    import networkx as nx

    full, collapsed = built / "full.graphml", built / "collapsed.graphml"
    for path, extra in ((full, []), (collapsed, ["--collapsed"])):
        result = runner.invoke(app, ["export-graph", "--store", str(built / "store"), "--format", "graphml",
                                     "--out", str(path), *extra])
        assert result.exit_code == 0, result.output
    multi, simple = nx.read_graphml(full), nx.read_graphml(collapsed)
    pairs = {frozenset((u, v)) for u, v in multi.edges()}
    assert simple.number_of_edges() == len(pairs)
    assert sum(d["count"] for _, _, d in simple.edges(data=True)) == multi.number_of_edges()
    assert all(json.loads(d["types"]) for _, _, d in simple.edges(data=True))


@pytest.mark.parametrize("command", ["events", "query", "render", "validate", "export", "stats", "export-graph"])
def test_cli_read_only_commands_on_a_missing_store_say_build_first(tmp_path, command):
    extra = ["ASK { ?s ?p ?o }"] if command == "query" else []
    result = runner.invoke(app, [command, *extra, "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: {tmp_path / 'none'}: no kgraph store here. Run `kgraph build PATH --store {tmp_path / 'none'}` first."]
    assert not (tmp_path / "none").exists()

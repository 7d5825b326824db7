"""Errors people make, through the command line (issue 7): one clear line that says what failed and
how to fix it, no traceback, a non-zero exit status; ``--debug`` shows the traceback.

(tests/test_cli.py checks three of these for "no traceback"; here every case also checks the single
line, the advice and the exit status. The store lock and crashes are in test_robustness_crash.py.)
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.errors import KgraphError
from tests.conftest import DEV

runner = CliRunner()
ARTICLE = ("date 2025-07-17 TOKYO: Japanese Prime Minister Shigeru Ishiba is due to meet US Treasury Secretary "
           "Scott Bessent in Tokyo on Friday.\n")


def _only_line(result) -> str:
    """The output is one line, 'error: ...', without a traceback."""
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: "), lines[0]
    assert "unexpected" not in lines[0], f"a user error reported as a bug: {lines[0]}"
    return lines[0]


def _build(source: Path, tmp_path: Path):
    """``kgraph build SOURCE`` into a store and outputs under ``tmp_path``."""
    return runner.invoke(app, ["build", str(source), "--store", str(tmp_path / "store"), "--out", str(tmp_path)])


def _error_line(result) -> str:
    """Among other output (a build's summary, skipped documents), exactly one 'error: ...' line."""
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.output
    assert "unexpected" not in errors[0], f"a user error reported as a bug: {errors[0]}"
    return errors[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("errors")
    (tmp / "in").mkdir()
    (tmp / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp / "in"), "--store", str(tmp / "store"), "--out", str(tmp / "out")])
    assert result.exit_code == 0, result.output
    return tmp / "store"


# -- a missing store ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["events"], ["query", "ASK { ?s ?p ?o }"], ["export", "--format", "turtle"], ["render", "--out", "{tmp}/x.html"],
     ["stats"], ["validate"], ["export-graph", "--out", "{tmp}/x.gexf"], ["query", "meetings-of", "-b", "person=X"]],
    ids=lambda a: a[0] + ("-saved" if "meetings-of" in a else ""),
)
def test_robustness_cli_missing_store_is_one_line_with_the_build_command(tmp_path, args):
    missing = tmp_path / "no-store"
    result = runner.invoke(app, [*[a.replace("{tmp}", str(tmp_path)) for a in args], "--store", str(missing)])
    assert result.exit_code == 1
    line = _only_line(result)
    assert str(missing) in line and "no kgraph store" in line
    assert f"kgraph build PATH --store {missing}" in line
    assert not missing.exists(), "a read-only command created the store folder"


def test_robustness_cli_serve_missing_store_is_one_line(tmp_path):
    missing = tmp_path / "no-store"
    result = runner.invoke(app, ["serve", "--store", str(missing), "--port", "0"])
    assert result.exit_code == 1
    line = _only_line(result)
    assert str(missing) in line and "kgraph build" in line


def test_robustness_cli_folder_that_is_not_a_store_says_what_to_do(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    result = runner.invoke(app, ["events", "--store", str(folder)])
    assert result.exit_code == 1
    line = _only_line(result)
    assert str(folder) in line and "kgraph build" in line


def test_robustness_cli_store_path_that_is_a_file_is_one_line(tmp_path):
    file = tmp_path / "store.txt"
    file.write_text("not a store")
    result = runner.invoke(app, ["build", str(DEV / "a01-jaishankar-southeast-asia-tour.txt"), "--store", str(file),
                                 "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    line = _error_line(result)
    assert str(file) in line and "store folder" in line


# -- SPARQL mistakes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "where"),
    [("SELECT WHERE {", "1:"), ("SELECT ?s WHERE { ?s ?p }", "1:"), ("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(\n}", "4:"),
     ("SELECT ?s WHERE { ?s nope:x ?o }", "refix")],
)
def test_robustness_cli_sparql_syntax_error_is_one_line_with_the_position(store, query, where):
    result = runner.invoke(app, ["query", query, "--store", str(store)])
    assert result.exit_code == 1
    line = _only_line(result)
    assert "SPARQL" in line and "syntax" in line.lower()
    assert where in line


def test_robustness_cli_update_is_refused_and_changes_nothing(store):
    before = runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", str(store),
                                 "--format", "csv"]).stdout
    result = runner.invoke(app, ["query", "DELETE WHERE { ?s ?p ?o }", "--store", str(store)])
    assert result.exit_code == 1
    _only_line(result)
    after = runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", str(store),
                                "--format", "csv"]).stdout
    assert before == after and int(after.splitlines()[1]) > 0


@pytest.mark.parametrize(
    ("args", "advice"),
    [(["query", "no-such-query"], r"kgraph queries|saved_queries|saved queries: "),
     (["query", "meetings-off"], r"did you mean 'meetings-of'"),
     (["query", "nowhere/x.rq"], "check the path"), (["query", "meetings-of", "--bind", "person"], "NAME=VALUE")],
)
def test_robustness_cli_query_mistakes_are_one_line_with_advice(store, args, advice):
    result = runner.invoke(app, [*args, "--store", str(store)])
    assert result.exit_code == 1
    assert re.search(advice, _only_line(result))


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_robustness_cli_events_bad_date_is_one_line(store, option):
    result = runner.invoke(app, ["events", option, "soon", "--store", str(store)])
    assert result.exit_code == 1
    assert "YYYY-MM-DD" in _only_line(result)


# -- build mistakes -----------------------------------------------------------------------------------


def test_robustness_cli_unknown_model_is_one_line_with_the_install_command(tmp_path):
    result = runner.invoke(app, ["build", str(DEV / "a01-jaishankar-southeast-asia-tour.txt"), "--model",
                                 "nonexistent_model", "--store", str(tmp_path / "store"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    line = _only_line(result)
    assert "'nonexistent_model'" in line and "not installed" in line
    assert "pip install" in line and "--model" in line


def test_robustness_cli_missing_input_is_skipped_with_a_reason_and_exit_3(tmp_path):
    missing = tmp_path / "articles"
    result = _build(missing, tmp_path)
    assert result.exit_code == 3
    assert f"skipped {missing}: no such file or folder: check the path" in result.output
    assert "nothing was built" in _error_line(result)


def test_robustness_cli_empty_folder_exits_3_with_one_error_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _build(empty, tmp_path)
    assert result.exit_code == 3
    assert "nothing was built" in _error_line(result)


def test_robustness_cli_empty_folder_says_what_kgraph_reads(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _build(empty, tmp_path)
    assert result.exit_code == 3
    assert ".txt" in _error_line(result)


def _unreadable(path: Path) -> None:
    path.chmod(0)
    try:
        with open(path, "rb"):
            pass
    except PermissionError:
        return
    path.chmod(0o644)
    pytest.skip("running as root (or with CAP_DAC_OVERRIDE): mode 000 does not stop reading")


def test_robustness_cli_unreadable_file_is_skipped_with_one_line_the_rest_built(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(DEV / "a01-jaishankar-southeast-asia-tour.txt", corpus / "good.txt")
    locked = corpus / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    _unreadable(locked)
    try:
        result = _build(corpus, tmp_path)
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith(f"skipped {locked}")]
    assert len(skipped) == 1 and "permission" in skipped[0].lower(), result.output
    assert "built 1" in result.output and "Traceback" not in result.output


def test_robustness_cli_unwritable_out_is_one_line(tmp_path):
    out = Path("/proc/kgraph-cannot-write-here")
    result = runner.invoke(app, ["build", str(DEV / "a01-jaishankar-southeast-asia-tour.txt"), "--store",
                                 str(tmp_path / "store"), "--out", str(out)])
    assert result.exit_code == 1
    assert "--out" in _error_line(result)


# -- --debug ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["events", "--store", "{tmp}/no-store"], ["query", "SELECT WHERE {", "--store", "{store}"],
     ["build", "{dev}", "--model", "nonexistent_model", "--store", "{tmp}/s"]],
    ids=["missing-store", "syntax", "model"],
)
def test_robustness_cli_debug_raises_the_error_instead(tmp_path, store, args):
    args = [a.replace("{tmp}", str(tmp_path)).replace("{store}", str(store))
            .replace("{dev}", str(DEV / "a01-jaishankar-southeast-asia-tour.txt")) for a in args]
    plain = runner.invoke(app, args)
    debug = runner.invoke(app, ["--debug", *args])
    assert plain.exit_code == 1 and isinstance(plain.exception, SystemExit)
    assert isinstance(debug.exception, KgraphError), debug.output
    assert str(debug.exception).split()[0] in _only_line(plain)


@pytest.mark.slow
def test_robustness_cli_debug_prints_a_traceback_in_a_real_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("KGRAPH_STORE", "KGRAPH_MODEL")}
    cmd = [sys.executable, "-m", "kgraph.cli"]
    args = ["events", "--store", str(tmp_path / "no-store")]
    plain = subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, timeout=120)
    debug = subprocess.run([*cmd, "--debug", *args], capture_output=True, text=True, env=env, timeout=120)
    assert plain.returncode == 1 and plain.stdout == ""
    assert plain.stderr.strip().count("\n") == 0 and "Traceback" not in plain.stderr
    assert plain.stderr.startswith("error: ") and "kgraph build" in plain.stderr
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr and "StoreError" in debug.stderr

"""Crashes and concurrency through the real command line (issue 7).

- ``kill -9`` in the middle of ``kgraph build`` leaves a store that opens read-only and answers SPARQL;
  building again completes it, and the result equals a clean single build (per-document graphs, no
  duplicated interaction).
- A second writer on a store that another process holds refuses with one clear line, and works once the
  holder is gone.
- ``kgraph serve`` keeps answering while ``kgraph build`` writes the store it serves, and sees the new
  documents afterwards.

Every test here runs ``kgraph`` in subprocesses (spaCy loads in each), so they are all marked slow.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.rdf import iris
from kgraph.rdf.store import KGStore
from tests.conftest import DEV

pytestmark = pytest.mark.slow

KGRAPH = [sys.executable, "-m", "kgraph.cli"]
BUILD_IRI = re.compile(re.escape(iris.BASE) + r"build/[A-Za-z0-9-]+")
KG_NS = "https://w3id.org/kgraph/ontology#"
runner = CliRunner()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KGRAPH_STORE", None)
    env.pop("KGRAPH_MODEL", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _kgraph(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*KGRAPH, *args], capture_output=True, text=True, env=_env(), timeout=300, **kwargs)


def _copy_dev(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for path in sorted(DEV.glob("*.txt")):
        shutil.copy(path, dest / path.name)
    return dest


def _built_docs(store: Path) -> int | None:
    """How many documents carry their content hash (i.e. are fully written), seen read-only; None if
    the store cannot be opened right now (it is being created or written)."""
    try:
        raw = ox.Store.read_only(str(store))
        rows = raw.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?d <{KG_NS}contentHash> ?h }} }}")
        return int(next(iter(rows))["n"].value)
    except Exception:  # noqa: BLE001 - reading while another process writes is "undefined" in Oxigraph: retry
        return None


def _doc_graphs(store: KGStore) -> dict[str, frozenset[str]]:
    """Per-document named graph -> its quads as N-Quads lines, with the (timestamped) build IRI blanked."""
    graphs: dict[str, set[str]] = {}
    for q in store.raw:
        g = getattr(q.graph_name, "value", None)
        if g is None or not g.startswith(iris.BASE + "graph/"):
            continue
        graphs.setdefault(g, set()).add(BUILD_IRI.sub(iris.BASE + "build/X", str(q)))
    return {g: frozenset(qs) for g, qs in graphs.items()}


def _interaction_iris(store: KGStore) -> list[str]:
    return [i.iri for i in store.interactions()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _copy_dev(tmp_path_factory.mktemp("crash") / "in")


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> dict:
    """A clean single build of the corpus (in this process), as the reference."""
    store = tmp_path_factory.mktemp("clean") / "store"
    result = runner.invoke(app, ["build", str(corpus), "--store", str(store), "--out", str(store.parent / "out")])
    assert result.exit_code == 0, result.output
    with KGStore.open(store, read_only=True) as kg:
        return {"graphs": _doc_graphs(kg), "interactions": _interaction_iris(kg), "stats": kg.stats()}


def test_robustness_kill_9_mid_build_then_rebuild_equals_clean_build(corpus, clean, tmp_path):
    n_docs = len(list(corpus.glob("*.txt")))
    assert n_docs >= 40
    store, out = tmp_path / "store", tmp_path / "out"
    # --batch-size 1: documents are written one by one, so the kill lands between (or inside) writes.
    log = (tmp_path / "build.log").open("w+")  # a file, not a pipe nobody reads while the build runs
    proc = subprocess.Popen([*KGRAPH, "build", str(corpus), "--store", str(store), "--out", str(out),
                             "--batch-size", "1"], stdout=subprocess.DEVNULL, stderr=log, env=_env())
    try:
        give_up = time.monotonic() + 180
        seen = None
        while time.monotonic() < give_up and proc.poll() is None:
            seen = _built_docs(store) if store.exists() else None
            if seen is not None and seen >= 3:
                break
            time.sleep(0.1)
        log.seek(0)
        assert proc.poll() is None, f"the build ended before it could be killed: {log.read()[-2000:]}"
        assert seen is not None and seen >= 3, f"only {seen} documents written within 180 s"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    assert proc.returncode == -signal.SIGKILL

    # The killed store opens read-only and answers SPARQL; it holds part of the corpus, and every document
    # marked as built (it has its content hash) is complete: equal to the clean build's graph.
    with KGStore.open(store, read_only=True) as kg:
        asked = kg.query("ASK { ?d a kg:Document }")
        assert bool(asked) is True
        rows = list(kg.query("SELECT ?id WHERE { ?d a kg:Document ; kg:docId ?id ; kg:contentHash ?h }"))
        partial = _doc_graphs(kg)
        done = {r["id"].value for r in rows}
    assert 0 < len(done) < n_docs, f"the kill did not land mid-build ({len(done)} of {n_docs} built)"
    for doc_id in done:
        g = iris.graph_iri(doc_id)
        assert partial[g] == clean["graphs"][g], f"{doc_id} is marked built but differs from a clean build"

    # The CLI reads it too (a read-only command after the crash).
    result = runner.invoke(app, ["query", "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }",
                                 "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert int(json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"]) >= len(done)

    # Building again (the stale lock file of the killed process must not block it) completes the store.
    report_file = tmp_path / "report.json"
    again = _kgraph("build", str(corpus), "--store", str(store), "--out", str(out), "--report", str(report_file))
    assert again.returncode == 0, again.stderr
    report = json.loads(report_file.read_text())
    assert report["documents_unchanged"] >= len(done)
    assert report["documents_built"] + report["documents_unchanged"] == n_docs
    assert report["failures"] == []

    with KGStore.open(store, read_only=True) as kg:
        final = _doc_graphs(kg)
        got_interactions = _interaction_iris(kg)
        stats = kg.stats()
    assert set(final) == set(clean["graphs"])
    different = sorted(g for g in final if final[g] != clean["graphs"][g])
    assert different == [], f"per-document graphs differ from a clean build: {different[:5]}"
    assert len(got_interactions) == len(set(got_interactions)), "an interaction is listed twice"
    assert sorted(got_interactions) == sorted(clean["interactions"])
    assert {k: stats[k] for k in ("documents", "actors", "interactions")} == \
        {k: clean["stats"][k] for k in ("documents", "actors", "interactions")}


HOLDER = textwrap.dedent(
    """
    import sys, time
    from kgraph.rdf.store import KGStore
    store = KGStore.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()  # hold the store until the test closes our stdin
    store.close()
    """
)


def test_robustness_second_writer_refused_with_one_clear_line_then_works(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in sorted(p.name for p in DEV.glob("*.txt"))[:2]:
        shutil.copy(DEV / name, corpus / name)
    store = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout.readline().strip() == "open"
        busy = _kgraph("build", str(corpus), "--store", str(store), "--out", str(tmp_path / "out"))
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert holder.returncode == 0
    assert busy.returncode != 0
    assert "Traceback" not in busy.stderr
    errors = [line for line in busy.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, busy.stderr
    line = errors[0]
    assert line.startswith("error: ") and str(store) in line
    assert re.search(r"another kgraph process|locked|busy", line), line
    assert re.search(r"[Ww]ait|another --store", line), f"no advice in {line!r}"

    done = _kgraph("build", str(corpus), "--store", str(store), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "built 2" in done.stderr
    with KGStore.open(store, read_only=True) as kg:
        assert kg.stats()["documents"] == 2


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _count_docs(url: str) -> tuple[int, int | None]:
    query = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a <%sDocument> } }" % KG_NS
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "text/csv"})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, int(response.read().decode().splitlines()[1])
    except urllib.error.HTTPError as exc:
        return exc.code, None


def test_robustness_cli_serve_answers_while_cli_build_writes(tmp_path):
    names = sorted(p.name for p in DEV.glob("*.txt"))
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for name in names[:2]:
        shutil.copy(DEV / name, first / name)
    for name in names[2:14]:
        shutil.copy(DEV / name, second / name)
    store = tmp_path / "store"
    assert _kgraph("build", str(first), "--store", str(store), "--out", str(tmp_path / "out")).returncode == 0

    port = _free_port()
    server = subprocess.Popen([*KGRAPH, "serve", "--store", str(store), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        line = server.stderr.readline()
        assert f"127.0.0.1:{port}/sparql" in line, line
        url = f"http://127.0.0.1:{port}/sparql"
        assert _count_docs(url) == (200, 2)

        # serve holds no write lock: the build runs while the server answers, polled from a thread.
        answers: list[tuple[int, int | None]] = []
        stop = threading.Event()

        def poll() -> None:
            while not stop.is_set():
                answers.append(_count_docs(url))
                time.sleep(0.1)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        try:
            built = _kgraph("build", str(second), "--store", str(store), "--out", str(tmp_path / "out"),
                            "--batch-size", "1")
        finally:
            stop.set()
            poller.join(timeout=30)
        assert built.returncode == 0, built.stderr
        assert answers, "the server was never asked during the build"
        assert [a for a in answers if a[0] != 200] == [], answers
        counts = [n for _, n in answers]
        assert counts == sorted(counts), f"the document count went backwards: {counts}"

        # After the build, the server sees every document within a few refresh intervals.
        give_up = time.monotonic() + 20
        status, n = _count_docs(url)
        while n != 14 and time.monotonic() < give_up:
            time.sleep(0.3)
            status, n = _count_docs(url)
        assert (status, n) == (200, 14)
        assert server.poll() is None, "the server died"
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()

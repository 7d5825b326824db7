"""Bounded load test of the SPARQL endpoint on loopback.

Builds a store of generated interactions in a temporary folder, starts the server in a child
process (``python -m kgraph.query.server``), sends ``--queries`` requests from ``--clients``
threads (each on its own keep-alive connection), and prints p50/p90/p99 latency, throughput,
errors and the server's peak RSS (VmHWM). Stops after the query count or ``--max-seconds``,
whichever comes first, and always stops the server it started.

    .venv/bin/python benchmarks/bench_server.py                       # 2,000 queries, 8 clients
    .venv/bin/python benchmarks/bench_server.py --queries 200 --clients 2   # quick
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.client import HTTPConnection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import machineinfo  # noqa: E402

import pyoxigraph as ox

EX = "https://example.org/kgraph/"
KG = "https://example.org/kgraph/ns#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
TYPES = ["Meeting", "PhoneCall", "Visit", "Summit", "AgreementSigning"]


def generate(path: Path, actors: int, interactions: int, seed: int = 7) -> int:
    """Write a store of ``interactions`` events between ``actors`` actors, one graph per document."""
    rng = random.Random(seed)
    store = ox.Store(str(path))
    quads = []
    for a in range(actors):
        node = ox.NamedNode(f"{EX}actor/{a}")
        g = ox.NamedNode(f"{EX}graph/actors")
        quads += [ox.Quad(node, RDF_TYPE, ox.NamedNode(KG + "Actor"), g),
                  ox.Quad(node, RDFS_LABEL, ox.Literal(f"Actor {a}", language="en"), g)]
    for i in range(interactions):
        g = ox.NamedNode(f"{EX}doc/{i // 5}")
        ev = ox.NamedNode(f"{EX}interaction/{i}")
        kind = TYPES[i % len(TYPES)]
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        quads += [ox.Quad(ev, RDF_TYPE, ox.NamedNode(KG + kind), g),
                  ox.Quad(ev, ox.NamedNode(KG + "date"), ox.Literal(day, datatype=XSD_DATE), g),
                  ox.Quad(ev, ox.NamedNode(KG + "topic"), ox.Literal(f"topic {rng.randint(0, 50)}"), g)]
        for a in rng.sample(range(actors), rng.choice([2, 2, 3])):
            quads.append(ox.Quad(ev, ox.NamedNode(KG + "participant"), ox.NamedNode(f"{EX}actor/{a}"), g))
    store.bulk_extend(quads)
    store.flush()
    n = len(store)
    del store  # release the RocksDB lock before the server opens it read-only
    return n


def queries(actors: int, rng: random.Random) -> list[tuple[str, str]]:
    """(query, Accept) pairs: a mix of lookups, joins, aggregates, ASK and CONSTRUCT."""
    a = rng.randrange(actors)
    b = rng.randrange(actors)
    return [
        (f"PREFIX kg: <{KG}> SELECT ?ev ?date WHERE {{ ?ev kg:participant <{EX}actor/{a}> ; kg:date ?date }} ORDER BY ?date",
         "application/sparql-results+json"),
        (f"PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         f"SELECT ?other ?label WHERE {{ ?ev kg:participant <{EX}actor/{a}>, ?other . ?other rdfs:label ?label "
         f"FILTER(?other != <{EX}actor/{a}>) }} LIMIT 100", "text/csv"),
        (f"PREFIX kg: <{KG}> SELECT ?t (COUNT(?ev) AS ?n) WHERE {{ ?ev a ?t ; kg:participant <{EX}actor/{a}> }} GROUP BY ?t",
         "application/sparql-results+xml"),
        (f"PREFIX kg: <{KG}> ASK {{ ?ev kg:participant <{EX}actor/{a}>, <{EX}actor/{b}> }}",
         "application/sparql-results+json"),
        (f"PREFIX kg: <{KG}> CONSTRUCT {{ ?ev ?p ?o }} WHERE {{ ?ev kg:participant <{EX}actor/{a}> ; ?p ?o }} LIMIT 200",
         "text/turtle"),
        (f"PREFIX kg: <{KG}> SELECT ?ev ?topic WHERE {{ ?ev kg:topic ?topic }} LIMIT 500",
         "text/tab-separated-values"),
    ]


def start_server(store: Path, timeout: float, max_results: int, workers: int) -> tuple[subprocess.Popen, str, int]:
    cmd = [sys.executable, "-m", "kgraph.query.server", str(store), "--port", "0",
           "--timeout", str(timeout), "--max-results", str(max_results), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        m = re.search(r"on http://([\d.]+):(\d+)/sparql", line)
        if m:
            # keep draining stderr so the server never blocks on a full pipe
            threading.Thread(target=proc.stderr.read, daemon=True).start()
            return proc, m.group(1), int(m.group(2))
    proc.kill()
    raise SystemExit(f"server did not start: {proc.stderr.read()}")


def proc_status(pid: int, key: str) -> int:
    """A ``kB`` value from /proc/PID/status (0 where /proc is missing)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def machine() -> str:
    cpu = machineinfo.cpu_model()
    load = " ".join(f"{x:.2f}" for x in machineinfo.loadavg() or ()) or "?"
    return (f"{platform.system()} {platform.release()} · {cpu} · {os.cpu_count()} CPUs · load {load} · "
            f"Python {platform.python_version()} · pyoxigraph {ox.__version__}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--queries", type=int, default=2000)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--actors", type=int, default=500)
    p.add_argument("--interactions", type=int, default=5000)
    p.add_argument("--max-seconds", type=float, default=120.0, help="stop sending after this long")
    p.add_argument("--timeout", type=float, default=10.0, help="server per-query timeout")
    p.add_argument("--max-results", type=int, default=10_000)
    p.add_argument("--workers", type=int, default=4, help="server query workers")
    a = p.parse_args(argv)

    print("command:", shlex.join([sys.executable, *sys.argv]))
    print("machine:", machine())
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        store = Path(tmp) / "store"
        t0 = time.perf_counter()
        n = generate(store, a.actors, a.interactions)
        print(f"store: {n:,} quads ({a.actors} actors, {a.interactions} interactions, "
              f"{a.interactions // 5} graphs), generated in {time.perf_counter() - t0:.1f} s")
        proc, host, port = start_server(store, a.timeout, a.max_results, a.workers)
        try:
            rss_idle = proc_status(proc.pid, "VmRSS")
            latencies: list[float] = []
            errors: list[str] = []
            lock = threading.Lock()
            counter = iter(range(a.queries))
            stop_at = time.monotonic() + a.max_seconds

            def client(cid: int) -> None:
                rng = random.Random(cid)
                conn = HTTPConnection(host, port, timeout=a.timeout + 5)
                try:
                    while time.monotonic() < stop_at:
                        with lock:
                            i = next(counter, None)
                        if i is None:
                            return
                        q, accept = rng.choice(queries(a.actors, rng))
                        path = "/sparql?" + urllib.parse.urlencode({"query": q})
                        t = time.perf_counter()
                        try:
                            conn.request("GET", path, headers={"Accept": accept})
                            r = conn.getresponse()
                            body = r.read()
                            ok = r.status == 200 and body
                            why = f"HTTP {r.status}: {body[:120]!r}"
                        except OSError as e:
                            ok, why = False, repr(e)
                            conn.close()
                            conn = HTTPConnection(host, port, timeout=a.timeout + 5)
                        dt = time.perf_counter() - t
                        with lock:
                            latencies.append(dt)
                            if not ok:
                                errors.append(why)
                finally:
                    conn.close()

            threads = [threading.Thread(target=client, args=(c,)) for c in range(a.clients)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
            rss_peak = proc_status(proc.pid, "VmHWM")
            rss_end = proc_status(proc.pid, "VmRSS")
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    done = len(latencies)
    ms = sorted(x * 1000 for x in latencies)
    pct = (lambda q: ms[min(done - 1, int(q * done))]) if done else (lambda q: float("nan"))
    print(f"load: {done} queries from {a.clients} clients in {wall:.1f} s = {done / wall:.0f} queries/s"
          + (" (stopped by --max-seconds)" if done < a.queries else ""))
    print(f"latency ms: p50 {pct(0.50):.1f} · p90 {pct(0.90):.1f} · p99 {pct(0.99):.1f} · max {ms[-1] if ms else 0:.1f}"
          f" · mean {statistics.fmean(ms) if ms else 0:.1f}")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"server RSS: {rss_idle / 1024:.0f} MB idle · {rss_end / 1024:.0f} MB after · peak {rss_peak / 1024:.0f} MB")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

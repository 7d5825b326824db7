"""Saved queries at scale: bulk load ~1M quads into the on-disk store, time every ``queries/*.rq``.

Data: synthetic extractions (``generate.extractions``: the generator's cast, 2-8 interactions per
article, one evidence sentence each) turned into quads by :func:`kgraph.rdf.mapping.extraction_to_quads`,
i.e. exactly the shape a build writes (about 180 quads per article), plus the build activity.

Figures, in one run:

* bulk load: ``KGStore.load_nquads`` (Oxigraph ``bulk_load``) of the big N-Quads file, quads/s;
  for comparison, per-document ``write_extraction`` (what ``kgraph build`` does) on a slice;
* each saved query on the big store: median of ``--repeat`` runs (after one warm-up), rows returned;
* the same queries on a smaller slice (``--rdflib-quads``) both on Oxigraph and on rdflib's in-memory
  ``Dataset`` (union default graph), each rdflib query time-boxed to ``--timeout`` seconds: the ratio
  is taken on that slice (rdflib is too slow to load and query 1M quads in a benchmark run).

Parameters (?person, ?actor1, ?actor2) are bound to actors that occur in the data.

Usage::

    .venv/bin/python benchmarks/bench_queries.py                       # 1M quads, rdflib on 100k
    .venv/bin/python benchmarks/bench_queries.py --quads 200000 --rdflib-quads 50000 --repeat 3
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402


def write_corpus_nquads(path: Path, target_quads: int, seed: int, info) -> tuple[int, int, Counter, Counter]:
    """Write extraction quads until ``target_quads``; return (quads, articles, person counts, pair counts)."""
    import pyoxigraph as ox

    from kgraph.rdf.mapping import build_quads, extraction_to_quads

    quads = articles = 0
    persons: Counter = Counter()
    pairs: Counter = Counter()
    estimate = max(10, target_quads // 150)
    with path.open("wb") as fh:
        fh.write(ox.serialize(build_quads(info), None, ox.RdfFormat.N_QUADS))
        for extraction in generate.extractions(estimate * 2, seed):
            q = extraction_to_quads(extraction, info)
            fh.write(ox.serialize(q, None, ox.RdfFormat.N_QUADS))
            quads += len(q)
            articles += 1
            for i in extraction.interactions:
                names = sorted(p.actor.name for p in i.participants if p.actor.kind.value == "person")
                persons.update(names)
                if len(names) >= 2:
                    pairs[(names[0], names[1])] += 1
            if quads >= target_quads:
                break
    return quads, articles, persons, pairs


class Timeout(BaseException):
    """Not an Exception: rdflib's evaluator catches Exception in places and would swallow it."""


def _alarm(signum, frame):  # noqa: ARG001
    raise Timeout()


def main(argv: list[str] | None = None) -> None:
    import pyoxigraph as ox
    import rdflib

    from kgraph import __version__
    from kgraph.model import BuildInfo
    from kgraph.query.saved import list_saved, query_header, run_query
    from kgraph.rdf.mapping import PREFIXES
    from kgraph.rdf.store import KGStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--rdflib-quads", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per rdflib query before giving up")
    parser.add_argument("--write-docs", type=int, default=500, help="documents for the write_extraction comparison")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", nargs="+", help="run only these saved queries")
    parser.add_argument("--work", type=Path)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kgraph-q-"))
    work.mkdir(parents=True, exist_ok=True)
    info = BuildInfo(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc), __version__, "synthetic", "synthetic")

    big_nq, small_nq = work / "big.nq", work / "small.nq"
    t0 = time.perf_counter()
    n_quads, n_articles, persons, pairs = write_corpus_nquads(big_nq, args.quads, args.seed, info)
    gen_s = time.perf_counter() - t0
    small_quads, small_articles, _, _ = write_corpus_nquads(small_nq, args.rdflib_quads, args.seed, info)
    person = persons.most_common(1)[0][0]
    (a1, a2), _ = pairs.most_common(1)[0]
    bindings = {"person": person, "actor1": a1, "actor2": a2}

    def load(path: Path, store_dir: Path) -> tuple[KGStore, float]:
        shutil.rmtree(store_dir, ignore_errors=True)
        store = KGStore.open(store_dir)
        started = time.perf_counter()
        store.load_nquads(path)
        return store, time.perf_counter() - started

    big, big_load_s = load(big_nq, work / "store-big")  # includes building the materialised view
    total = len(big.raw)
    print(f"  bulk load: {n_quads} quads in {big_load_s:.1f} s", file=sys.stderr, flush=True)

    # Per-document writes, as `kgraph build` does them, on a fresh store for comparison.
    shutil.rmtree(work / "store-writes", ignore_errors=True)
    written = 0
    with KGStore.open(work / "store-writes") as ws:
        started = time.perf_counter()
        for extraction in generate.extractions(args.write_docs, args.seed + 1):
            written += ws.write_extraction(extraction, info).triples
        write_s = time.perf_counter() - started

    queries = {name: path.read_text(encoding="utf-8") for name, path in list_saved().items()
               if not args.only or name in args.only}

    def oxi_times(store: KGStore, label: str) -> dict[str, tuple[float, int]]:
        out = {}
        for name, text in queries.items():
            params = {p.name for p in query_header(text)["params"]}
            b = {k: v for k, v in bindings.items() if k in params}
            rows = len(run_query(store, text, b))  # warm-up
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                run_query(store, text, b)
                times.append((time.perf_counter() - started) * 1000)
            out[name] = (statistics.median(times), rows)
            # Printed as it goes: one pathological query must not hide the others' figures.
            print(f"  [{label}] {name}: {out[name][0]:.1f} ms median, {rows} rows", file=sys.stderr, flush=True)
        return out

    big_times = oxi_times(big, f"oxigraph {n_quads} quads")
    big.close()
    small, _ = load(small_nq, work / "store-small")
    small_times = oxi_times(small, f"oxigraph {small_quads} quads")
    # rdflib gets exactly the small store's quads: documents, the materialised view and the ontology.
    full_nq = work / "small-full.nq"
    full_nq.write_bytes(ox.serialize(small.raw, None, ox.RdfFormat.N_QUADS))
    small.close()

    # rdflib: the same small slice (view and ontology graph included), union default graph.
    started = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(full_nq), format="nquads")
    rdflib_load_s = time.perf_counter() - started
    rdf_times: dict[str, float | str] = {}
    signal.signal(signal.SIGALRM, _alarm)
    for name, text in queries.items():
        params = {p.name: p.default for p in query_header(text)["params"]}
        b = {k: rdflib.Literal(v) for k, v in {**params, **bindings}.items() if k in params and v is not None}
        times: list[float] = []
        outcome: float | str = ""
        try:
            for _ in range(min(3, args.repeat)):
                signal.setitimer(signal.ITIMER_REAL, args.timeout)
                started = time.perf_counter()
                list(ds.query(text, initNs=PREFIXES, initBindings=b))
                times.append((time.perf_counter() - started) * 1000)
                signal.setitimer(signal.ITIMER_REAL, 0)
        except Timeout:
            outcome = f">{args.timeout:.0f} s"
        except Exception as exc:  # noqa: BLE001 - an rdflib failure is a figure too
            outcome = f"error {type(exc).__name__}"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        rdf_times[name] = statistics.median(times) if times and not outcome else outcome
        print(f"  [rdflib {small_quads} quads] {name}: {rdf_times[name]}", file=sys.stderr, flush=True)

    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"machine: {os.cpu_count()} cpus, loadavg {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}")
    print(f"big store: {n_articles} synthetic articles -> {n_quads} data quads ({total} in the store with the "
          f"ontology); generated in {gen_s:.1f} s")
    print(f"bulk load (KGStore.load_nquads, view rebuilt included): {big_load_s:.1f} s = {n_quads / big_load_s:,.0f} quads/s")
    print(f"per-document write_extraction: {args.write_docs} docs, {written} quads in {write_s:.1f} s = "
          f"{written / write_s:,.0f} quads/s ({args.write_docs / write_s:.0f} docs/s)")
    print(f"small slice for rdflib: {small_articles} articles, {small_quads} quads; rdflib parse "
          f"{rdflib_load_s:.1f} s; timeout {args.timeout:.0f} s per query")
    print(f"bindings: {bindings}")
    print()
    head = (f"{'query':<26}{'rows':>7}{'ms @' + format(n_quads // 1000, ',') + 'k':>12}{'<200ms':>7}"
            f"{'oxi ms @small':>15}{'rdflib ms':>11}{'rdflib/oxi':>11}")
    print(head)
    for name in queries:
        ms, rows = big_times[name]
        sms = small_times[name][0]
        r = rdf_times[name]
        rtxt = f"{r:>11.1f}{r / sms:>11.1f}" if isinstance(r, float) else f"  {r}"
        print(f"{name:<26}{rows:>7}{ms:>12.1f}{'yes' if ms < 200 else 'NO':>7}{sms:>15.1f}{rtxt}")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

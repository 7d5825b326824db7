"""Peak RSS of a full single-process build at two corpus sizes (the issue's target: within 20%).

Each build runs in a fresh subprocess (``kgraph.pipeline.build`` on a folder of generated ``.txt``
articles, a new store); the peak RSS is the child's ``ru_maxrss`` from ``os.wait4``, and RSS is also
sampled with psutil while it runs so growth over the build is visible (RSS at 25/50/75/100% of the
wall time, and after every 500 documents, also printed to stderr as the build goes), with the growth
of spaCy's StringStore. ``--trace`` runs one more build of the largest size under ``tracemalloc`` and
prints the Python allocation sites that hold the most memory at the end of the build (slow: use
moderate sizes).

Usage::

    .venv/bin/python benchmarks/bench_memory.py --sizes 1000 5000
    .venv/bin/python benchmarks/bench_memory.py --sizes 200 1000 --trace
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

CHILD = r"""
import json, sys, time, tracemalloc
from pathlib import Path
trace = sys.argv[3] == "1"
if trace:
    tracemalloc.start(8)
import psutil
from kgraph.config import Settings
from kgraph.nlp import shared_pipeline
from kgraph.pipeline import build
settings = Settings(store=Path(sys.argv[2]), jobs=1)
nlp = shared_pipeline(settings.model)
strings0 = len(nlp.vocab.strings)
me, by_docs = psutil.Process(), []

def progress(docs, words):
    if docs % 500 == 0:
        by_docs.append((docs, round(me.memory_info().rss / 2**20)))
        # also as it goes (stderr): a run stopped early still shows how far it got and at what RSS
        print(f"  {time.strftime('%H:%M:%S')} {docs} documents: RSS {by_docs[-1][1]} MiB", file=sys.stderr, flush=True)

report = build([sys.argv[1]], settings, outputs=False, progress=progress)
out = {"built": report.documents_built, "words": report.words, "seconds": report.seconds,
       "by_docs": by_docs, "strings_added": len(nlp.vocab.strings) - strings0}
if trace:
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    out["top"] = [f"{s.size / 1e6:8.2f} MB {s.count:>8} blocks  {s.traceback.format()[-1].strip()}"
                  for s in snap.statistics("lineno")[:12]]
print(json.dumps(out))
"""


def run_build(corpus: Path, store: Path, trace: bool = False) -> dict:
    """Build in a subprocess; return its peak RSS (MiB), RSS samples and the build's figures."""
    import json

    import psutil

    shutil.rmtree(store, ignore_errors=True)
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(corpus), str(store), "1" if trace else "0"],
                            stdout=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    samples: list[tuple[float, float]] = []
    started = time.perf_counter()
    while True:
        # wait4 reaps the child and gives ITS rusage (ru_maxrss in KiB on Linux), not a max over children.
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:
            samples.append((time.perf_counter() - started, ps.memory_info().rss / 2**20))
        except psutil.Error:
            pass
        time.sleep(0.25)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the build of {corpus} failed (exit status {os.waitstatus_to_exitcode(status)})")
    peak = usage.ru_maxrss / 1024
    result = json.loads(proc.stdout.read().strip().splitlines()[-1])
    result["peak_mib"] = peak
    result["samples"] = samples
    shutil.rmtree(store, ignore_errors=True)
    return result


def at(samples: list[tuple[float, float]], share: float) -> float:
    if not samples:
        return float("nan")
    end = samples[-1][0]
    return next((rss for t, rss in samples if t >= share * end), samples[-1][1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--trace", action="store_true", help="also list the top allocation sites (slow)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kgraph-mem-"))
    sizes = sorted(args.sizes)
    rows = []
    for n in sizes:
        corpus = work / f"corpus-{n}-{args.seed}"
        if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != n:
            shutil.rmtree(corpus, ignore_errors=True)
            generate.write_txt(n, args.seed, corpus)
        r = run_build(corpus, work / "store")
        rows.append((n, r))
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"machine: {os.cpu_count()} cpus, loadavg {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()
    print(f"{'articles':>9}{'words':>10}{'seconds':>9}{'peak RSS MiB':>14}{'RSS@25%':>9}{'@50%':>8}{'@75%':>8}"
          f"{'@end':>8}")
    for n, r in rows:
        s = r["samples"]
        print(f"{n:>9}{r['words']:>10}{r['seconds']:>9.1f}{r['peak_mib']:>14.1f}{at(s, .25):>9.1f}{at(s, .5):>8.1f}"
              f"{at(s, .75):>8.1f}{at(s, 1):>8.1f}")
    for n, r in rows:
        print(f"  {n} articles: RSS MiB after each 500 documents {[m for _, m in r['by_docs']]}; "
              f"spaCy StringStore grew by {r['strings_added']} strings")
    if len(rows) > 1:
        growth = rows[-1][1]["peak_mib"] / rows[0][1]["peak_mib"] - 1
        print(f"\npeak RSS grows {growth:+.1%} from {sizes[0]} to {sizes[-1]} articles (target: within 20% "
              f"from 1,000 to 20,000)")
    if args.trace:
        r = run_build(work / f"corpus-{sizes[-1]}-{args.seed}", work / "store", trace=True)
        print(f"\nlargest Python allocation sites still held at the end of a {sizes[-1]}-article build:")
        for line in r["top"]:
            print("  " + line)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

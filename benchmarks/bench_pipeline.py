"""Throughput of the build, stage by stage, against bare ``nlp.pipe`` measured in the same run.

Stages (same generated texts, same model, words = whitespace tokens of the clean text):

1. ``bare``         ``spacy.load(model).pipe(texts)``: the baseline every ratio is taken against
2. ``+components``  kgraph's pipeline (``load_pipeline``: paragraphs, titles, triggers added)
3. ``+extract``     2. plus :func:`kgraph.extract.extract` per document (issue 3 guard: the extra time
                    of 2.+3. over 1. is at most 25% of 1.)
4. ``build -j1``    a full single-process ``kgraph build`` (ingest from files, store writes); target
                    >= 0.8 of 1.
5. ``build -j2 (nlp.pipe n_process)``  the former ``--jobs 2`` path, for comparison: spaCy in 2
                    processes, extract and store writes in the parent
6. ``build -j2 (kgraph.parallel)``     ``kgraph build --jobs 2``: a pool of 2 workers running nlp +
                    extract, the parent unifies persons and writes; target >= 1.6x of 4. on 2 cores
7. ``bare n_process=2``  the ceiling: bare ``nlp.pipe`` in 2 processes

Usage::

    .venv/bin/python benchmarks/bench_pipeline.py --count 500
    .venv/bin/python benchmarks/bench_pipeline.py --count 2000 --jobs 2 --json out.json

Timings are wall clock; on a shared machine the load average is printed with the figures. CPU
columns: ``parent CPU s`` is this process only; ``total CPU s`` adds the worker processes (reaped
children), so ``CPU x bare`` compares the work done, which the machine's load does not inflate.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
import machineinfo  # noqa: E402


def machine(model: str) -> dict:
    """CPU count and model, RAM, Python, spaCy and model versions, load average."""
    import spacy

    try:
        from importlib.metadata import version

        model_version = version(model.replace("_", "-"))
    except Exception:  # noqa: BLE001
        model_version = "?"
    return {"cpus": os.cpu_count(), "cpu_model": machineinfo.cpu_model(), "ram": machineinfo.ram(),
            "python": platform.python_version(),
            "spacy": spacy.__version__, "model": f"{model} {model_version}",
            "loadavg": " ".join(f"{x:.2f}" for x in os.getloadavg())}


CPU: dict[int, float] = {}  # id(row) -> CPU seconds of this process (not of worker processes)


def timed(fn, repeat: int = 1) -> float:
    """Best wall-clock time of ``repeat`` runs; the CPU time of that run goes to ``timed.cpu``."""
    best = None
    for _ in range(max(1, repeat)):
        cpu0, started = time.process_time(), time.perf_counter()
        fn()
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu0
        if best is None or wall < best[0]:
            best = (wall, cpu)
    timed.cpu = best[1]
    return best[0]


def main(argv: list[str] | None = None) -> dict:
    from kgraph import pipeline
    from kgraph.config import DEFAULT_MODEL, Settings
    from kgraph.extract import extract
    from kgraph.ingest import iter_articles
    from kgraph.model import Article, Failure
    from kgraph.nlp import shared_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--jobs", type=int, default=2, help="workers for the parallel stages (0: skip them)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs for the in-process nlp stages")
    parser.add_argument("--work", type=Path, help="folder for the corpus and stores (default: a temp folder)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    import spacy

    work = args.work or Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    corpus = work / f"corpus-{args.count}-{args.seed}"
    if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != args.count:
        shutil.rmtree(corpus, ignore_errors=True)
        generate.write_txt(args.count, args.seed, corpus)
    articles = [a for a in iter_articles([corpus]) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bs = args.batch_size

    bare = spacy.load(args.model)
    kg = shared_pipeline(args.model)
    for nlp in (bare, kg):  # warm up (lazy init, caches) outside the timings
        list(nlp.pipe(texts[:8]))
    rows: list[tuple[str, float, int]] = []

    cpu: dict[str, float] = {}

    total_cpu: dict[str, float] = {}

    def children_cpu() -> float:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    def stage(name: str, fn, n_words: int = words) -> None:
        child0 = children_cpu()
        rows.append((name, timed(fn, args.repeat), n_words))
        cpu[name] = timed.cpu
        total_cpu[name] = timed.cpu + children_cpu() - child0

    stage("bare nlp.pipe", lambda: list(bare.pipe(texts, batch_size=bs)))
    stage("+ kgraph components", lambda: [None for _ in kg.pipe(texts, batch_size=bs)])

    def with_extract() -> None:
        for doc, art in kg.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=bs):
            extract(doc, art)

    stage("+ extract", with_extract)

    def spacy_processes(articles_in, settings, failures):
        """The former --jobs path: spaCy's n_process, extract and writes in the parent."""
        for doc, art in kg.pipe(((a.text, a) for a in articles_in), as_tuples=True, batch_size=settings.batch_size,
                                n_process=settings.jobs):
            result = pipeline.extract_one(doc, art)
            if isinstance(result, Failure):
                failures.append(result)
            else:
                yield result

    def run_build(name: str, jobs: int, parallel: bool) -> None:
        store = work / f"store-{name}"
        shutil.rmtree(store, ignore_errors=True)
        original = pipeline.extract_articles
        if jobs > 1 and not parallel:
            pipeline.extract_articles = spacy_processes
        try:
            child0 = children_cpu()
            started, cpu0 = time.perf_counter(), time.process_time()
            report = pipeline.build([corpus], Settings(model=args.model, store=store, jobs=jobs, batch_size=bs),
                                    outputs=False)
            seconds = time.perf_counter() - started
            cpu[name] = time.process_time() - cpu0
            total_cpu[name] = cpu[name] + children_cpu() - child0
        finally:
            pipeline.extract_articles = original
        assert report.documents_built == len(articles), report.to_dict()
        rows.append((name, seconds, report.words))
        shutil.rmtree(store, ignore_errors=True)

    run_build("build -j1", 1, False)
    if args.jobs > 1:
        run_build(f"build -j{args.jobs} (nlp.pipe n_process)", args.jobs, False)
        run_build(f"build -j{args.jobs} (kgraph.parallel)", args.jobs, True)
        stage(f"bare nlp.pipe n_process={args.jobs}",
              lambda: list(bare.pipe(texts, batch_size=bs, n_process=args.jobs)))

    base = rows[0][1]
    by_name = {name: seconds for name, seconds, _ in rows}
    info = machine(args.model)
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"corpus: {len(articles)} articles, {words} words (seed {args.seed}); batch size {bs}")
    print("machine: " + "; ".join(f"{k} {v}" for k, v in info.items()))
    print()
    print(f"{'stage':<38}{'seconds':>9}{'words/s':>10}{'x bare':>8}{'x build -j1':>13}{'parent CPU s':>14}"
          f"{'total CPU s':>13}{'CPU x bare':>11}")
    single = by_name["build -j1"]
    for name, seconds, w in rows:
        print(f"{name:<38}{seconds:>9.2f}{w / seconds:>10.0f}{base / seconds:>8.2f}{single / seconds:>13.2f}"
              f"{cpu[name]:>14.2f}{total_cpu[name]:>13.2f}{cpu['bare nlp.pipe'] / total_cpu[name]:>11.2f}")
    extra = by_name["+ extract"] - by_name["+ kgraph components"]
    overhead = by_name["+ extract"] - base
    print()
    cbase = cpu["bare nlp.pipe"]
    cpu_extra = cpu["+ extract"] - cpu["+ kgraph components"]
    print(f"guard (issue 3): extract alone costs {extra / base:.0%} of bare nlp.pipe wall time "
          f"({cpu_extra / cbase:.0%} in CPU time); components + extract {overhead / base:.0%} "
          f"({(cpu['+ extract'] - cbase) / cbase:.0%} CPU) (target <= 25%)")
    print(f"target: build -j1 reaches {base / single:.2f} of bare nlp.pipe words/s "
          f"({cbase / cpu['build -j1']:.2f} in CPU time) (target >= 0.80)")
    speedups = {}
    if args.jobs > 1:
        for name in by_name:
            if name.startswith(f"build -j{args.jobs}"):
                speedups[name] = single / by_name[name]
                print(f"target: {name} is {speedups[name]:.2f}x build -j1 (target >= 1.6x on 2 cores, 2,000 articles)")
    result = {"command": sys.argv, "articles": len(articles), "words": words, "machine": info,
              "stages": [{"stage": n, "seconds": round(s, 3), "parent_cpu_seconds": round(cpu[n], 3),
                          "total_cpu_seconds": round(total_cpu[n], 3),
                          "words_per_s": round(w / s)} for n, s, w in rows],
              "extract_share": round(extra / base, 3), "kgraph_overhead_share": round(overhead / base, 3),
              "build_ratio": round(base / single, 3), "speedups": {k: round(v, 3) for k, v in speedups.items()}}
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return result


if __name__ == "__main__":
    main()

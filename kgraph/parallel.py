"""Parallel extraction on one machine: a pool of worker processes, each running nlp + extract.

``nlp.pipe(n_process=N)`` parallelises only spaCy: every annotated ``Doc`` is serialised back to the
parent, which then runs :func:`~kgraph.extract.extract` and the store writes on one core. Here each
worker loads the pipeline once and runs spaCy *and* extract over a chunk of articles; only the small
:class:`~kgraph.model.Extraction` objects travel back. The parent keeps the single writer (the store's
lock allows one) and writes each extraction as it arrives, in input order, so a parallel build writes
exactly what a single-process build writes.

Memory stays bounded: at most ``2 * jobs + 1`` chunks (``settings.batch_size`` articles each) are in
flight; the article iterator is consumed lazily, never listed; each worker runs a chunk inside
``nlp.memory_zone()`` so spaCy's string store does not grow with the corpus.

``kgraph build --jobs N`` (N > 1) uses this path: the parent does only the person unification and the
store writes, so it stays light next to the N workers.

Workers are started with ``spawn`` (a fresh interpreter that loads the pipeline itself), not ``fork``:
the parent holds an open RocksDB store whose background threads must not be forked.

Example:
    >>> failures = []
    >>> for extraction in extract_parallel(articles, Settings(jobs=2), failures):   # doctest: +SKIP
    ...     store.write_extraction(extraction, info)
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from kgraph.config import Settings
from kgraph.model import Article, Extraction, Failure

_WORKER_MODEL: str | None = None


def _init_worker(model: str) -> None:
    """Load the pipeline once per worker process (the cost is paid at start-up, in parallel)."""
    global _WORKER_MODEL
    from kgraph.nlp import shared_pipeline

    shared_pipeline(model)
    _WORKER_MODEL = model


def extract_chunk(articles: list[Article], model: str, batch_size: int = 32) -> list[Extraction | Failure]:
    """nlp + extract over one chunk, in order; a document that fails becomes a :class:`Failure`."""
    from kgraph.nlp import shared_pipeline
    from kgraph.pipeline import extract_one, memory_zone

    nlp = shared_pipeline(model)
    out: list[Extraction | Failure] = []
    pairs = ((a.text, a) for a in articles)
    with memory_zone(nlp):  # the Docs die here; only the plain Extraction objects leave the zone
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            out.append(extract_one(doc, article))
    return out


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_parallel(articles: Iterable[Article], settings: Settings,
                     failures: list[Failure]) -> Iterator[Extraction]:
    """Extractions of ``articles`` in input order, computed by ``settings.jobs`` worker processes.

    With ``jobs <= 1`` everything runs in this process (no pool). Failures are appended to ``failures``
    as they are met, as :func:`kgraph.pipeline.extract_articles` does.
    """
    jobs = max(1, settings.jobs)
    chunk_size = max(1, settings.batch_size)
    if jobs == 1:
        for chunk in _chunks(articles, chunk_size):
            yield from _unpack(extract_chunk(chunk, settings.model, settings.batch_size), failures)
        return
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(settings.model,)) as pool:
        pending: deque[Future] = deque()
        window = 2 * jobs + 1
        for chunk in _chunks(articles, chunk_size):
            pending.append(pool.submit(extract_chunk, chunk, settings.model, settings.batch_size))
            while len(pending) >= window:
                yield from _unpack(pending.popleft().result(), failures)
        while pending:
            yield from _unpack(pending.popleft().result(), failures)


def _unpack(results: list[Extraction | Failure], failures: list[Failure]) -> Iterator[Extraction]:
    for item in results:
        if isinstance(item, Failure):
            failures.append(item)
        else:
            yield item


__all__ = ["extract_parallel", "extract_chunk"]

"""Run the stages over a corpus: ingest -> nlp -> extract -> store, then refresh the outputs.

A batch never dies on one document: ingest and extract failures are recorded in the
:class:`~kgraph.model.BuildReport` with a one-line reason, and the rest is built. A document whose content
(and kgraph and model version) is already in the store is skipped, so building the same input twice
changes nothing.
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from itertools import islice
from pathlib import Path

from kgraph import __version__
from kgraph.config import Settings
from kgraph.errors import KgraphError, RenderError
from kgraph.extract import extract
from kgraph.identity import PersonIndex, unify_people
from kgraph.ingest import iter_articles
from kgraph.model import Article, BuildInfo, BuildReport, Extraction, Failure
from kgraph.nlp import model_version, shared_pipeline
from kgraph.rdf.store import KGStore

Progress = Callable[[int, int], None]  # (documents done, words done)
EXTRACT_SECONDS = 60  # a document whose extraction runs longer is reported and skipped
ZONE_DOCS = 256  # documents per spaCy memory zone: strings they add are freed after the zone
FLUSH_DOCS = 256  # written documents per store flush (bulk load, view refresh, RocksDB memtables to disk): each
# load's memory (and what RocksDB compacts meanwhile) lands on top of the build's; 256 rather than 512 lowered a
# 20,000-document store-only replay's peak 442 -> 351 MiB for 159 -> 162 s (benchmarks/RESULTS.md, session 11)
WRITE_QUEUE = 512  # extractions waiting for the store writer thread (small objects: a few KB each)
FLUSH_BATCHES = 16  # ... or per this many nlp batches if sooner: a small --batch-size lands documents sooner
GC_FULL_EVERY = 100  # middle-generation collections per full garbage collection while a build runs (default 10)


class _TimeLimit(Exception):
    pass


@contextmanager
def _time_limit(seconds: int):
    """Stop a block after ``seconds`` (SIGALRM; main thread of the main interpreter on Unix only)."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame):
        raise _TimeLimit()

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def build_hash(article: Article, model: str) -> str:
    """What decides whether a stored document is up to date: its content, kgraph's and the model's version."""
    seed = f"{article.content_hash}|{__version__}|{model}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def memory_zone(nlp):
    """``nlp.memory_zone()`` (spaCy >= 3.8): strings and vocabulary entries added inside are freed at its
    end, so a long stream of documents does not grow the StringStore; a no-op on older spaCy."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def extract_one(doc, article: Article) -> Extraction | Failure:
    """:func:`~kgraph.extract.extract` with a time limit; a document that fails becomes a :class:`Failure`."""
    try:
        with _time_limit(EXTRACT_SECONDS):
            return extract(doc, article)
    except _TimeLimit:
        return Failure(article.source or article.doc_id, f"extraction took longer than {EXTRACT_SECONDS} s "
                       "and was stopped; report this as a bug", stage="extract")
    except Exception as exc:  # one bad document must not stop the batch: report it and go on
        return Failure(article.source or article.doc_id,
                       f"extraction failed ({type(exc).__name__}: {exc}); report this as a bug", stage="extract")


def extract_articles(articles: Iterable[Article], settings: Settings,
                     failures: list[Failure]) -> Iterator[Extraction]:
    """Run spaCy (``nlp.pipe`` in batches) and extract over articles, in input order.

    With ``settings.jobs > 1`` the work goes to :func:`kgraph.parallel.extract_parallel` (worker processes
    running spaCy *and* extract). In one process, every ``ZONE_DOCS`` documents run in one spaCy memory
    zone, so memory stays flat over long corpora.
    """
    if settings.jobs > 1:
        from kgraph.parallel import extract_parallel

        yield from extract_parallel(articles, settings, failures)
        return
    nlp = shared_pipeline(settings.model)
    it = iter(articles)
    while chunk := list(islice(it, ZONE_DOCS)):
        with memory_zone(nlp):  # the Docs die at its end; only the plain Extraction objects leave it
            for doc, article in nlp.pipe(((a.text, a) for a in chunk), as_tuples=True,
                                         batch_size=settings.batch_size):
                result = extract_one(doc, article)
                if isinstance(result, Failure):
                    failures.append(result)
                else:
                    yield result


def articles_to_build(items: Iterable[Article | Failure], store: KGStore, settings: Settings,
                      report: BuildReport) -> Iterator[Article]:
    """The articles a build must (re)write: ingest failures and a second document with an id already
    seen in this build go to ``report``, documents already in the store unchanged are counted and skipped."""
    seen_hashes: dict[str, str] = {}
    for item in items:
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        report.documents_read += 1
        item = replace(item, content_hash=build_hash(item, settings.model))
        if seen_hashes.setdefault(item.doc_id, item.content_hash) != item.content_hash:
            report.failures.append(Failure(item.source or item.doc_id, f"another document in this build has "
                                           f"the id {item.doc_id!r}; rename one of them", stage="ingest"))
            continue
        if store.document_hash(item.doc_id) == item.content_hash:
            report.documents_unchanged += 1
            continue
        yield item


class _StoreWriter:
    """Writes extractions to the store in a thread of its own, in the order they are put.

    The store's work (quads, bulk loads, view refreshes) is mostly native code that releases the GIL,
    as does much of spaCy's (matrix products): in its own thread it runs while the next documents are
    parsed, instead of after them. The queue is bounded, so extractions never pile up in memory; an error
    in the writer is raised in the caller at its next :meth:`put` or at the end.
    """

    def __init__(self, store: KGStore, info: BuildInfo, report: BuildReport, flush_every: int,
                 progress: Progress | None) -> None:
        self.store, self.info, self.report = store, info, report
        self.flush_every, self.progress = flush_every, progress
        self._queue: queue.Queue = queue.Queue(maxsize=WRITE_QUEUE)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kgraph-store-writer", daemon=True)

    def __enter__(self) -> "_StoreWriter":
        self._thread.start()
        return self

    def put(self, item: Extraction | None) -> None:
        while True:
            if self._error is not None:
                raise self._error
            try:
                self._queue.put(item, timeout=0.5)  # re-check the writer's health while the queue is full
                return
            except queue.Full:
                continue

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._thread.is_alive():
            try:
                self.put(None)  # the documents already queued are written first
            except BaseException:  # noqa: BLE001 - the writer failed: reported below
                pass
            self._thread.join()
        if self._error is not None and exc_type is None:
            raise self._error

    def _run(self) -> None:
        store, report = self.store, self.report
        try:
            while (extraction := self._queue.get()) is not None:
                try:
                    result = store.write_extraction(extraction, self.info)
                except KgraphError as exc:
                    report.failures.append(Failure(extraction.article.source or extraction.article.doc_id,
                                                   str(exc), stage="store"))
                    continue
                report.documents_built += 1
                report.mentions += len(extraction.interactions)
                report.merged += result.merged
                report.words += len(extraction.article.text.split())
                if report.documents_built % self.flush_every == 0:
                    # One bulk load and one view refresh per batch of documents, and the write buffers
                    # flushed (without this the memtables grew with the store, ~175 MB per 1,000
                    # documents measured). Until then the documents are not in the store: a crash loses
                    # at most these.
                    store.flush()
                if self.progress:
                    self.progress(report.documents_built + report.documents_unchanged, report.words)
        except BaseException as exc:  # noqa: BLE001 - handed to the building thread
            self._error = exc
            while True:  # unblock a producer waiting on a full queue
                try:
                    self._queue.get_nowait()
                except queue.Empty:
                    break


@contextmanager
def _gc_frozen():
    """The objects alive when a build starts (the spaCy pipeline, extract's gazetteers and rules: a few
    hundred thousand containers) are left out of the garbage collector's full collections while it runs,
    and handed back to it at the end (``gc.freeze`` / ``gc.unfreeze``): each full collection otherwise
    walks them all again. Full collections are also rarer meanwhile (every GC_FULL_EVERY collections of
    the middle generation instead of 10): what a build keeps (buffered quads, the store's caches) lives
    until a flush and holds no garbage cycles, yet each full collection walked it (~70 ms each)."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(thresholds[0], thresholds[1], max(thresholds[2], GC_FULL_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def build_into(store: KGStore, items: Iterable[Article | Failure], settings: Settings, *,
               progress: Progress | None = None) -> BuildReport:
    """Extract ``items`` (articles, or ingest failures to report) into an open, writable store.

    Unchanged documents (same content, kgraph and model) are skipped; a second document with the same id
    in one build is reported, not written over the first. The store writes run in a writer thread
    (:class:`_StoreWriter`) alongside the NLP.
    """
    started = time.perf_counter()
    report = BuildReport()
    nlp = shared_pipeline(settings.model)
    info = BuildInfo(dt.datetime.now(dt.timezone.utc).replace(microsecond=0), __version__, settings.model,
                     model_version(nlp))
    people = PersonIndex.from_actors(store.actors())
    flush_every = max(1, min(FLUSH_DOCS, FLUSH_BATCHES * settings.batch_size))
    with _gc_frozen(), store.batch(), _StoreWriter(store, info, report, flush_every, progress) as writer:
        for extraction in extract_articles(articles_to_build(items, store, settings, report), settings,
                                           report.failures):
            extraction, unified = unify_people(extraction, people)
            report.unified += unified
            writer.put(extraction)
    stats = store.stats()
    report.actors = stats.get("actors", 0)
    report.interactions = stats.get("interactions", 0)
    report.seconds = time.perf_counter() - started
    return report


def build(paths: Iterable[str | Path], settings: Settings | None = None, *,
          progress: Progress | None = None, outputs: bool = True) -> BuildReport:
    """Build (or update) the store at ``settings.store`` from files and folders.

    Example:
        >>> report = build(["examples/"], Settings(store=Path("/tmp/kg-store")))  # doctest: +SKIP
        >>> report.interactions > 0                                                # doctest: +SKIP
        True
    """
    settings = settings or Settings()
    started = time.perf_counter()
    with KGStore.open(settings.store) as store:
        report = build_into(store, iter_articles(paths, settings), settings, progress=progress)
        if outputs and settings.out:
            write_outputs(store, Path(settings.out), report, started)
    report.seconds = time.perf_counter() - started
    return report


def write_outputs(store: KGStore, out: Path, report: BuildReport | None = None,
                  started: float | None = None) -> dict[str, Path]:
    """Refresh ``graph.trig`` (every named graph) and ``network.html`` from the store, and write the
    build ``report`` (timed from ``started``) as ``report.json``."""
    from kgraph.render import render_html

    try:
        out.mkdir(parents=True, exist_ok=True)
        trig = out / "graph.trig"
        store.export(trig, "trig")
        html = render_html(store.interactions(), out / "network.html")
        written = {"trig": trig, "html": html}
        if report is not None:
            if started is not None:
                report.seconds = time.perf_counter() - started
            written["report"] = out / "report.json"
            written["report"].write_text(json.dumps(report.to_dict(), indent=2), encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"{out}: cannot write the outputs ({exc.strerror or exc}); pass --out a writable "
                          "folder. The store is built.") from exc
    return written

"""Extraction on a Dask cluster: partitions -> nlp + extract -> N-Quads shards -> bulk load into the store.

How a distributed build runs (:func:`build_distributed`):

1. The client process streams the corpus through :func:`~kgraph.ingest.iter_articles` and does the same
   bookkeeping as :func:`kgraph.pipeline.build`: ingest failures, duplicate document ids, content
   hashes, and skipping documents the store already holds unchanged. Articles are grouped into
   partitions of ``partition_size`` documents.
2. Each partition is a Dask task (:func:`extract_partition`): the worker loads the spaCy pipeline once
   per process, runs nlp + extract + :func:`~kgraph.rdf.mapping.extraction_to_quads` and writes ONE
   N-Quads shard (``shard_dir/part-000042.nq``); it returns only a small summary (document ids,
   interaction IRIs, counts, failures). The shard folder must be shared by the workers and the client
   (a local folder for a LocalCluster; NFS or an object-store mount on a real cluster).
3. The client bulk-loads each shard as it completes (``Store.bulk_load``), after removing the old graph of
   any document the shard rebuilds, then records the build activity. At most ``2 * workers + 1``
   partitions are in flight, so neither the corpus nor the results are ever held whole.

The result is the same set of quads as a single-machine build of the same corpus: every document's
named graph is computed by the same functions from the same article; only the build activity (its IRI
and timestamp come from the clock) differs between two builds, so :func:`comparable_quads` replaces the
build IRI with a placeholder and leaves the builds graph out. ``merged`` is counted as
:meth:`~kgraph.rdf.store.KGStore.write_extraction` does, so the reports agree too.

Scaling on paper
----------------
Let ``r`` be one worker's throughput (nlp + extract + quads), measured by
``benchmarks/bench_pipeline.py``: about 3,000-4,000 words/s per core with ``en_core_web_sm`` on this
machine's cores, i.e. ~15 wire articles/s. ``W`` single-threaded workers give ``W * r`` as long as
the client keeps up; the client's per-document cost is tiny (ingest ~1 ms, one shard load per
partition). The limits, in order:

* **The store** is a single writer (RocksDB behind Oxigraph, one lock). ``bulk_load`` ingests N-Quads at
  roughly 100k-300k quads/s on one core (``benchmarks/bench_queries.py`` measures it); at ~50 quads
  per article that is 2,000-6,000 articles/s, i.e. the store saturates at about 150-400 workers.
  Beyond that: load shards into several stores (one per time range or source) and federate queries,
  or load into an Oxigraph server on its own machine, or leave the shards as the product and
  bulk-load them offline.
* **The client's ingest** (decode, boilerplate rules, language check) runs at a few thousand articles/s;
  past ~100 workers, partition by *files* instead and let workers ingest (a cheap change: ship paths,
  not text).
* **Scheduler overhead** (~1 ms per task) is negligible with partitions of 100+ documents.
* Pipeline start-up (~1-2 s per worker process) is paid once per worker, not per partition.

Example:
    >>> from dask.distributed import Client, LocalCluster                             # doctest: +SKIP
    >>> with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster) as client:
    ...     report = build_distributed(["corpus/"], Settings(store=Path("kg")), client=client)
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kgraph import __version__
from kgraph.config import Settings
from kgraph.ingest import iter_articles
from kgraph.model import Article, BuildInfo, BuildReport, Failure
from kgraph.rdf import iris, mapping
from kgraph.rdf.namespace import KG
from kgraph.rdf.store import KGStore

PARTITION_SIZE = 100


@dataclass(slots=True)
class ShardSummary:
    """What a worker reports back for one partition; the quads themselves are in ``shard``."""

    shard: str
    doc_ids: list[str] = field(default_factory=list)
    interactions: list[list[str]] = field(default_factory=list)  # interaction IRIs, per document
    mentions: int = 0
    words: int = 0
    quads: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0


def extract_partition(articles: list[Article], model: str, batch_size: int, info: BuildInfo,
                      shard: str) -> ShardSummary:
    """Run on a worker: nlp + extract + quads for one partition, written as one N-Quads shard."""
    from kgraph.parallel import extract_chunk

    started = time.perf_counter()
    summary = ShardSummary(shard=shard)
    quads: list[ox.Quad] = []
    interaction_type = str(KG.Interaction)
    for item in extract_chunk(articles, model, batch_size):
        if isinstance(item, Failure):
            summary.failures.append(item)
            continue
        doc_quads = mapping.extraction_to_quads(item, info)
        quads.extend(doc_quads)
        summary.doc_ids.append(item.article.doc_id)
        summary.interactions.append(sorted({
            q.subject.value for q in doc_quads
            if q.predicate.value == mapping.RDF_TYPE and q.object.value == interaction_type
        }))
        summary.mentions += len(item.interactions)
        summary.words += len(item.article.text.split())
    Path(shard).parent.mkdir(parents=True, exist_ok=True)
    ox.serialize(quads, shard, ox.RdfFormat.N_QUADS)
    summary.quads = len(quads)
    summary.seconds = time.perf_counter() - started
    return summary


def _partitions(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _merged_before_load(store: KGStore, summary: ShardSummary) -> int:
    """Interactions of this shard already stated by another document (as write_extraction counts them)."""
    raw = store.raw
    merged = 0
    seen_in_shard: dict[str, str] = {}
    for doc_id, iris_of_doc in zip(summary.doc_ids, summary.interactions):
        g = iris.graph_iri(doc_id)
        for iri in iris_of_doc:
            if iri in seen_in_shard and seen_in_shard[iri] != doc_id:
                merged += 1
                continue
            seen_in_shard.setdefault(iri, doc_id)
            for q in raw.quads_for_pattern(mapping.N(iri), mapping.TYPE, mapping.N(KG.Interaction), None):
                if q.graph_name.value not in (g, iris.ONTOLOGY_GRAPH):
                    merged += 1
                    break
    return merged


def build_distributed(paths: Iterable[str | Path], settings: Settings | None = None, *, client=None,
                      partition_size: int = PARTITION_SIZE, shard_dir: Path | str | None = None,
                      keep_shards: bool = False, progress=None) -> BuildReport:
    """Build the store at ``settings.store`` from files and folders with extraction on Dask.

    ``client`` is a ``dask.distributed.Client``; without one a LocalCluster of ``settings.jobs``
    single-threaded worker processes is started and closed. ``shard_dir`` (default: a temporary
    folder, deleted unless ``keep_shards``) must be visible to the workers.
    """
    from dask.distributed import Client, LocalCluster

    from kgraph.nlp import model_version, shared_pipeline
    from kgraph.pipeline import articles_to_build

    settings = settings or Settings()
    started = time.perf_counter()
    report = BuildReport()
    own_cluster = None
    if client is None:
        own_cluster = LocalCluster(n_workers=max(1, settings.jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(own_cluster)
    tmp = None
    if shard_dir is None:
        tmp = tempfile.mkdtemp(prefix="kgraph-shards-")
        shard_dir = tmp
    shard_dir = Path(shard_dir)
    shard_dir.mkdir(parents=True, exist_ok=True)
    try:
        nlp = shared_pipeline(settings.model)
        info = BuildInfo(dt.datetime.now(dt.timezone.utc).replace(microsecond=0), __version__, settings.model,
                         model_version(nlp))
        workers = max(1, len(client.scheduler_info().get("workers", {})) or settings.jobs)
        window = 2 * workers + 1
        with KGStore.open(settings.store) as store:
            def load(summary: ShardSummary) -> None:
                report.failures.extend(summary.failures)
                report.merged += _merged_before_load(store, summary)
                raw = store.raw
                for doc_id in summary.doc_ids:  # a rebuilt document replaces its graph whole
                    raw.remove_graph(mapping.N(iris.graph_iri(doc_id)))
                if summary.quads:
                    store.load_nquads(summary.shard)
                report.documents_built += len(summary.doc_ids)
                report.mentions += summary.mentions
                report.words += summary.words
                if not keep_shards:
                    Path(summary.shard).unlink(missing_ok=True)
                if progress:
                    progress(report.documents_built + report.documents_unchanged, report.words)

            pending: deque = deque()
            for n, part in enumerate(_partitions(articles_to_build(iter_articles(paths, settings), store, settings, report), max(1, partition_size))):
                shard = str(shard_dir / f"part-{n:06d}.nq")
                pending.append(client.submit(extract_partition, part, settings.model, settings.batch_size,
                                             info, shard, pure=False))
                while len(pending) >= window:
                    load(pending.popleft().result())
            # Results are loaded in submission order; the set of quads does not depend on it.
            while pending:
                load(pending.popleft().result())
            if report.documents_built:
                store.raw.extend(mapping.build_quads(info))
            stats = store.stats()
            report.actors = stats.get("actors", 0)
            report.interactions = stats.get("interactions", 0)
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()
        if tmp and not keep_shards:
            shutil.rmtree(tmp, ignore_errors=True)
    report.seconds = time.perf_counter() - started
    return report


def comparable_quads(store: KGStore) -> set[tuple[str, str, str, str]]:
    """The store's data quads as strings, with build activities factored out, for comparing two builds.

    The ontology and builds graphs are left out, and every build IRI (``.../id/build/...``) becomes
    ``<BUILD>``: two builds of the same corpus then compare equal exactly when every document's graph
    is the same.
    """
    build_prefix = iris.BASE + "build/"
    skip = {iris.ONTOLOGY_GRAPH, iris.BUILDS_GRAPH}

    def term(t) -> str:
        text = str(t)
        return "<BUILD>" if isinstance(t, ox.NamedNode) and t.value.startswith(build_prefix) else text

    return {
        (term(q.subject), term(q.predicate), term(q.object), str(q.graph_name))
        for q in store.raw
        if getattr(q.graph_name, "value", None) not in skip
    }


__all__ = ["build_distributed", "extract_partition", "comparable_quads", "ShardSummary", "PARTITION_SIZE"]

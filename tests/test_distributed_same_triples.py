"""Extraction on Dask (LocalCluster, 2 worker processes) gives the single-machine build's quads."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

from kgraph import pipeline  # noqa: E402
from kgraph.config import Settings  # noqa: E402
from kgraph.distributed import build_distributed, comparable_quads  # noqa: E402
from kgraph.rdf.store import KGStore  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("kgraph_bench_generate", ROOT / "benchmarks" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    out = tmp_path_factory.mktemp("corpus")
    gen.write_txt(16, seed=5, out=out)
    # A too-short document must be reported the same way by both builds.
    (out / "short.txt").write_text(" date 2025-01-02 PARIS: Too short.\n", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def test_distributed_build_equals_single_machine_build(corpus, client, tmp_path):
    single = pipeline.build([corpus], Settings(store=tmp_path / "single"), outputs=False)
    shards = tmp_path / "shards"
    report = build_distributed([corpus], Settings(store=tmp_path / "dist"), client=client, partition_size=5,
                               shard_dir=shards, keep_shards=True)
    with KGStore.open(tmp_path / "single", read_only=True) as a, KGStore.open(tmp_path / "dist", read_only=True) as b:
        want, got = comparable_quads(a), comparable_quads(b)
    assert len(want) > 400
    assert got == want
    assert len(list(shards.glob("part-*.nq"))) == 4  # 16 documents in partitions of 5
    assert report.documents_built == single.documents_built == 16
    assert [f.source for f in report.failures] == [f.source for f in single.failures]
    assert (report.mentions, report.merged, report.words) == (single.mentions, single.merged, single.words)


def test_distributed_rebuild_skips_unchanged_documents(corpus, client, tmp_path):
    settings = Settings(store=tmp_path / "dist")
    build_distributed([corpus], settings, client=client, partition_size=8)
    again = build_distributed([corpus], settings, client=client, partition_size=8)
    assert again.documents_built == 0
    assert again.documents_unchanged == 16

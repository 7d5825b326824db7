"""kgraph.api: adding articles (text, files, folders) to an in-memory or on-disk graph."""
from __future__ import annotations

from pathlib import Path

import pytest

import kgraph
from kgraph.errors import IngestError, KgraphError, StoreError, StoreLockedError
from tests.api_support import ARTICLE, DOC_ID


@pytest.fixture
def kg(nlp):
    with kgraph.open() as graph:
        yield graph


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{DOC_ID}.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_api_add_text_returns_the_interactions_of_the_article(kg):
    found = kg.add_text(ARTICLE, doc_id=DOC_ID)
    summary = {(i.type.value, i.status.value, i.date, tuple(sorted(p.actor.name for p in i.participants)))
               for i in found}
    assert ("meeting", "planned", "2025-07-18", ("Scott Bessent", "Shigeru Ishiba")) in summary
    assert all(e.doc_id == DOC_ID for i in found for e in i.evidence)
    assert kg.stats()["documents"] == 1


def test_api_add_text_published_wins_over_the_date_header(kg):
    text = ARTICLE.replace("date 2025-07-17 ", "")
    found = kg.add_text(text, published="2025-07-10", doc_id="no-header")
    dates = {i.date for i in found if "Scott Bessent" in {p.actor.name for p in i.participants}}
    assert "2025-07-11" in dates  # "on Friday" after Thursday 2025-07-10


def test_api_add_text_twice_changes_nothing(kg):
    first = kg.add_text(ARTICLE, doc_id=DOC_ID)
    quads = kg.stats()["quads"]
    second = kg.add_text(ARTICLE, doc_id=DOC_ID)
    assert kg.stats()["quads"] == quads
    assert {i.iri for i in first} == {i.iri for i in second}


def test_api_add_text_default_doc_id_is_stable(kg):
    kg.add_text(ARTICLE)
    kg.add_text(ARTICLE)
    assert kg.stats()["documents"] == 1


def test_api_add_file_then_unchanged(kg, corpus):
    report = kg.add(corpus / f"{DOC_ID}.txt")
    assert (report.documents_built, report.documents_unchanged) == (1, 0)
    assert report.interactions == kg.stats()["interactions"] > 0
    again = kg.add([corpus])
    assert (again.documents_built, again.documents_unchanged) == (0, 1)


def test_api_add_is_all_or_nothing_at_ingest(kg, corpus):
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(IngestError, match="empty.txt") as info:
        kg.add(corpus)
    assert "build()" in str(info.value)
    assert kg.stats()["documents"] == 0


def test_api_build_skips_bad_documents_and_reports_them(kg, corpus):
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    report = kg.build([corpus])
    assert report.documents_built == 1
    assert [Path(f.source).name for f in report.failures] == ["empty.txt"]
    assert report.failures[0].reason


def test_api_build_out_writes_the_outputs(kg, corpus, tmp_path):
    out = tmp_path / "out"
    kg.build(corpus, out=out)
    assert {p.name for p in out.iterdir()} >= {"graph.trig", "network.html", "report.json"}


def test_api_disk_graph_reopens_and_read_only_refuses_writes(nlp, corpus, tmp_path):
    store = tmp_path / "store"
    with kgraph.open(store) as kg:
        kg.add(corpus)
        expected = {i.iri for i in kg.interactions()}
    with kgraph.open(store, read_only=True) as kg:
        assert {i.iri for i in kg.interactions()} == expected
        with pytest.raises(StoreError, match="read-only"):
            kg.add_text(ARTICLE, doc_id="other")


def test_api_disk_graph_holds_the_write_lock(tmp_path):
    with kgraph.open(tmp_path / "store"):
        with pytest.raises(StoreLockedError):
            kgraph.open(tmp_path / "store")
    with kgraph.open(tmp_path / "store") as again:  # released on close
        assert again.stats()["documents"] == 0


def test_api_remove_document(kg):
    kg.add_text(ARTICLE, doc_id=DOC_ID)
    assert kg.remove(DOC_ID) is True
    assert kg.remove(DOC_ID) is False
    assert kg.interactions() == []


def test_api_closed_graph_says_so(kg):
    kg.close()
    assert kg.closed and "closed" in repr(kg)
    with pytest.raises(KgraphError, match="closed"):
        kg.stats()

"""The whole path: files -> store -> events, on the seed article and on small corpora."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph.config import Settings
from kgraph.pipeline import build
from kgraph.rdf.store import KGStore
from tests.conftest import shared_path

ARTICLE = (" date 2025-07-17 TOKYO: Japanese Prime Minister Shigeru Ishiba is due to meet US Treasury Secretary "
           "Scott Bessent in Tokyo on Friday, a government spokesman said.\n\nSubscribe to our newsletter for the "
           "week's biggest news. Loading Loading\n")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ishiba.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    return folder


def quads(store_path: Path) -> set:
    with KGStore.open(store_path, read_only=True) as kg:
        return {str(q) for q in kg.raw}


def test_pipeline_builds_good_documents_and_reports_bad_ones(corpus, tmp_path):
    report = build([corpus], Settings(store=tmp_path / "store", out=tmp_path / "out"))
    assert report.documents_built == 1
    assert {Path(f.source).name for f in report.failures} == {"empty.txt", "binary.txt"}
    assert all(f.reason for f in report.failures)
    with KGStore.open(tmp_path / "store", read_only=True) as kg:
        (meeting,) = kg.interactions()
    assert {p.actor.name for p in meeting.participants} == {"Shigeru Ishiba", "Scott Bessent"}
    assert (tmp_path / "out" / "graph.trig").stat().st_size > 0
    assert "Shigeru Ishiba" in (tmp_path / "out" / "network.html").read_text(encoding="utf-8")


def test_pipeline_building_twice_changes_nothing(corpus, tmp_path):
    settings = Settings(store=tmp_path / "store", out=tmp_path / "out")
    build([corpus], settings)
    before = quads(tmp_path / "store")
    again = build([corpus], settings)
    assert again.documents_built == 0 and again.documents_unchanged == 1
    assert quads(tmp_path / "store") == before


def test_pipeline_changed_document_replaces_its_graph(corpus, tmp_path):
    settings = Settings(store=tmp_path / "store", out=tmp_path / "out")
    build([corpus], settings)
    (corpus / "ishiba.txt").write_text(ARTICLE.replace("Scott Bessent", "Marco Rubio"), encoding="utf-8")
    report = build([corpus], settings)
    assert report.documents_built == 1
    with KGStore.open(tmp_path / "store", read_only=True) as kg:
        (meeting,) = kg.interactions()
    assert {p.actor.name for p in meeting.participants} == {"Shigeru Ishiba", "Marco Rubio"}


def test_pipeline_no_actor_from_boilerplate(corpus, tmp_path):
    build([corpus], Settings(store=tmp_path / "store", out=tmp_path / "out"))
    with KGStore.open(tmp_path / "store", read_only=True) as kg:
        names = {a.name for a in kg.actors()}
    assert not any("Loading" in n or "Subscribe" in n for n in names)


@pytest.mark.slow
def test_pipeline_seed_article_scores_strict_f1_one(tmp_path):
    seed = shared_path("seed")
    scorer = shared_path("eval", "score.py")
    folder = tmp_path / "in"
    folder.mkdir()
    for txt in seed.glob("*.txt"):
        (folder / txt.name).write_bytes(txt.read_bytes())
    build([folder], Settings(store=tmp_path / "store", out=tmp_path / "out"))
    with KGStore.open(tmp_path / "store", read_only=True) as kg:
        records = [i.to_dict() for i in kg.interactions()]
        actors = {a.name for a in kg.actors()}
    pred = tmp_path / "events.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = subprocess.run([sys.executable, str(scorer), "--gold", str(seed), "--pred", str(pred), "--json"],
                            capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout.splitlines()[0])
    assert figures["strict_f1"] == pytest.approx(1.0), result.stdout
    gold = json.loads(next(seed.glob("*.gold.json")).read_text(encoding="utf-8"))
    assert not actors & set(gold["not_actors"])


@pytest.mark.slow
@pytest.mark.parametrize("pair", [("c01", "c02"), ("p01", "p02")])
def test_pipeline_same_meeting_in_two_articles_is_one_interaction(tmp_path, pair):
    """Two agencies report one meeting (dev-set pairs marked same_event_as): one interaction, two sources."""
    from tests.conftest import DEV

    folder = tmp_path / "in"
    folder.mkdir()
    files = [next(DEV.glob(f"{prefix}-*.txt")) for prefix in pair]
    for txt in files:
        (folder / txt.name).write_bytes(txt.read_bytes())
    report = build([folder], Settings(store=tmp_path / "store", out=tmp_path / "out"))
    assert report.merged >= 1
    with KGStore.open(tmp_path / "store", read_only=True) as kg:
        shared = [i for i in kg.interactions() if len({e.doc_id for e in i.evidence}) == 2]
    assert shared, "no interaction carries evidence from both articles"
    assert {e.doc_id for e in shared[0].evidence} == {f.stem for f in files}


def test_pipeline_duplicate_article_adds_sources_not_events(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = ARTICLE + "\nThe two countries failed to clinch a trade deal, officials said.\n" \
        "Japan and the United States held talks on tariffs, a Japanese official said.\n"
    (folder / "wire-a.txt").write_text(text, encoding="utf-8")
    (folder / "wire-b.txt").write_text(text, encoding="utf-8")
    build([folder], Settings(store=tmp_path / "store", out=tmp_path / "out"))
    with KGStore.open(tmp_path / "store", read_only=True) as kg:
        found = kg.interactions()
    assert len(found) >= 2  # the dated meeting and the undated talks
    for interaction in found:
        assert {e.doc_id for e in interaction.evidence} == {"wire-a", "wire-b"}


def test_pipeline_a_hanging_extraction_is_stopped_and_reported(corpus, tmp_path, monkeypatch):
    import kgraph.pipeline as pipeline

    real = pipeline.extract

    def stuck_on_second(doc, article):
        if article.doc_id == "stuck":
            while True:
                pass
        return real(doc, article)

    (corpus / "stuck.txt").write_text(ARTICLE.replace("Tokyo", "Osaka"), encoding="utf-8")
    monkeypatch.setattr(pipeline, "extract", stuck_on_second)
    monkeypatch.setattr(pipeline, "EXTRACT_SECONDS", 1)
    report = build([corpus], Settings(store=tmp_path / "store", out=tmp_path / "out"))
    assert report.documents_built == 1
    (stuck,) = [f for f in report.failures if f.stage == "extract"]
    assert "stuck.txt" in stuck.source and "longer than 1 s" in stuck.reason

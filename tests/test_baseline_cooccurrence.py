"""The co-occurrence baseline: one record per sentence with a trigger and two named actors."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgraph.baseline import _read_header_article, baseline_predictions, load_triggers, score_baseline
from kgraph.config import DEFAULT_MODEL
from kgraph.errors import ConfigError
from kgraph.model import Article, InteractionType

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
PUBLISHED = dt.date(2025, 7, 17)


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load(DEFAULT_MODEL)
    except OSError:
        pytest.skip(f"spaCy pipeline {DEFAULT_MODEL} is not installed")


def article(text: str, doc_id: str = "d1") -> Article:
    return Article(doc_id=doc_id, text=text, published=PUBLISHED, source=f"corpus/{doc_id}.txt")


def test_baseline_meeting_sentence_gives_one_record(nlp):
    text = "Emmanuel Macron met Olaf Scholz on Friday."
    [record] = baseline_predictions([article(text)], nlp)
    assert [p["name"] for p in record["participants"]] == ["Emmanuel Macron", "Olaf Scholz"]
    assert (record["type"], record["status"], record["date"], record["location"]) == \
        ("meeting", "occurred", "2025-07-17", None)
    [source] = record["sources"]
    assert source["doc"] == "d1" and source["source"] == "corpus/d1.txt"
    assert text[source["start"]:source["end"]] == source["evidence"] == text


@pytest.mark.parametrize("text", [
    "Emmanuel Macron and Olaf Scholz were in Paris on Friday.",  # no trigger
    "Emmanuel Macron met reporters on Friday.",  # one actor
])
def test_baseline_sentence_without_trigger_or_second_actor_gives_nothing(nlp, text):
    assert baseline_predictions([article(text)], nlp) == []


def test_baseline_one_record_per_sentence_with_offsets_into_the_article(nlp):
    text = ("Emmanuel Macron met Olaf Scholz in Berlin on Friday.\n\n"
            "The weather was fine.\nJoe Biden held talks with Xi Jinping.")
    records = baseline_predictions([article(text)], nlp)
    assert [r["type"] for r in records] == ["meeting", "talks"]
    for record in records:
        source = record["sources"][0]
        assert text[source["start"]:source["end"]] == source["evidence"]
    assert records[1]["sources"][0]["evidence"] == "Joe Biden held talks with Xi Jinping."


def test_baseline_trigger_file_parses_every_line():
    triggers = load_triggers()
    assert triggers["meet"].type is InteractionType.MEETING
    assert triggers["call"].pos == "NOUN"
    assert {t.type for t in triggers.values()} >= {InteractionType.VISIT, InteractionType.AGREEMENT}


def test_baseline_trigger_file_rejects_unknown_type(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("# comment\nmeet meeting\ngreet handshake\n", "utf-8")
    with pytest.raises(ConfigError, match="t.txt:3"):
        load_triggers(path)


def test_baseline_reads_header_date(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(" date 2000-01-01 Arnor met Gondor.\n", "utf-8")
    got = _read_header_article(path)
    assert (got.doc_id, got.published, got.text) == ("x", dt.date(2000, 1, 1), "Arnor met Gondor.\n")


def test_baseline_scores_below_perfect_on_seed(nlp):
    seed = SHARED / "seed"
    if not any(seed.glob("*.gold.json")):
        pytest.skip("../shared/seed is absent")
    result = score_baseline([seed], nlp)
    assert result.pred > result.gold  # the over-generation the issue describes
    assert result.strict.f1 < 0.5


@pytest.mark.parametrize(("demonyms", "names"), [(False, []), (True, ["China", "Japan"])])
def test_baseline_demonyms_only_on_request(nlp, demonyms, names):
    text = "Chinese and Japanese officials signed an accord."
    records = baseline_predictions([article(text)], nlp, demonyms=demonyms)
    assert [[p["name"] for p in r["participants"]] for r in records] == ([names] if names else [])


@pytest.mark.parametrize("suite", ["seed", "peers/plover-gsr"])
def test_baseline_scores_agree_with_score_py(nlp, suite, tmp_path):
    """Real, messy predictions (many participants, boilerplate actors) score the same in both."""
    import json
    import subprocess
    import sys

    from kgraph.baseline import _articles_beside_gold
    from kgraph.evaluate import evaluate

    gold, score_py = SHARED / suite, SHARED / "eval" / "score.py"
    if not score_py.is_file() or not any(gold.glob("*.gold.json")):
        pytest.skip("../shared is absent")
    records = baseline_predictions(_articles_beside_gold([gold]), nlp)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    done = subprocess.run([sys.executable, str(score_py), "--gold", str(gold), "--pred", str(pred), "--json"],
                          capture_output=True, text=True, check=True, timeout=60)
    expected = json.loads(done.stdout.splitlines()[0])
    ours = evaluate([gold], records).to_dict()
    assert {k: ours[k] for k in expected} == expected


def test_baseline_for_gold_reads_texts_beside_gold(nlp, tmp_path):
    from kgraph.baseline import baseline_for_gold

    (tmp_path / "a.txt").write_text(" date 2024-03-01 Joe Biden met Xi Jinping in Woodside.\n", "utf-8")
    (tmp_path / "a.gold.json").write_text('{"doc": "a.txt", "interactions": []}', "utf-8")
    (tmp_path / "b.gold.json").write_text('{"doc": "b.txt", "interactions": []}', "utf-8")  # no text
    [record] = baseline_for_gold([tmp_path], nlp)
    assert record["date"] == "2024-03-01"
    assert record["sources"][0]["doc"] == "a"


def test_baseline_for_gold_unknown_model_is_a_config_error(tmp_path):
    from kgraph.baseline import baseline_for_gold

    (tmp_path / "a.gold.json").write_text('{"doc": "a.txt", "interactions": []}', "utf-8")
    with pytest.raises(ConfigError, match="no_such_pipeline"):
        baseline_for_gold([tmp_path], model="no_such_pipeline")

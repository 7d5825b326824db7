"""kgraph.evaluate's matching rules on small hand-made gold files (no ../shared needed)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.evaluate import EvaluationError, doc_key, evaluate, load_gold, load_predictions, normalise

ACTORS = [
    {"name": "Ryosei Akazawa", "type": "person", "aliases": ["Akazawa"]},
    {"name": "Japan", "type": "country", "aliases": ["JPN"]},
]


def write_gold(folder: Path, doc: str, interactions: list[dict], actors=ACTORS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc}.gold.json"
    path.write_text(json.dumps({"doc": f"{doc}.txt", "actors": actors, "interactions": interactions}), "utf-8")
    return path


def gold_interaction(participants, **extra) -> dict:
    return {"type": "meeting", "participants": participants, "status": "occurred", "date": None,
            "location": None, "topic": None, **extra}


def pred(doc: str | list[str], participants, **extra) -> dict:
    docs = [doc] if isinstance(doc, str) else doc
    return {"type": "meeting", "participants": [{"name": n} for n in participants], "status": "occurred",
            "date": None, "sources": [{"doc": f"in/{d}.txt", "evidence": f"evidence in {d}"} for d in docs], **extra}


@pytest.mark.parametrize(
    ("gold", "predicted", "found"),
    [
        (["A", "B"], ["A", "B"], 1),
        (["A", "B"], ["B", "A"], 1),
        (["A", "B"], ["A", "B", "C"], 0),  # two gold participants: sets must be equal
        (["A", "B", "C"], ["A", "B"], 1),  # Jaccard 2/3 >= 0.6
        (["A", "B", "C", "D"], ["A", "B"], 0),  # Jaccard 2/4 < 0.6
        (["Japan", "Ryosei Akazawa"], ["Tokyo", "Akazawa"], 1),  # country table + gold alias
        (["Japan", "Ryosei Akazawa"], ["JPN", "the Ryosei  Akazawa"], 1),
    ],
)
def test_evaluate_participant_sets_match(tmp_path, gold, predicted, found):
    write_gold(tmp_path, "d", [gold_interaction(gold)])
    result = evaluate([tmp_path], [pred("d", predicted)])
    assert result.found_count == found
    assert result.found.f1 == (1.0 if found else 0.0)


def test_evaluate_canonical_rate_counts_names_as_gold_writes_them(tmp_path):
    write_gold(tmp_path, "d", [gold_interaction(["Japan", "Ryosei Akazawa"])])
    result = evaluate([tmp_path], [pred("d", ["Japan", "Akazawa"])])
    assert result.found_count == 1
    assert result.canonical_name_rate == 0.5


@pytest.mark.parametrize(("gold_date", "pred_date", "strict"),
                         [("2000-06", "2000-06-15", 1), ("2000-06-15", "2000-06", 0), ("2000-06-15", None, 0),
                          (None, "1999-01-01", 1)])
def test_evaluate_dates_compare_by_gold_prefix(tmp_path, gold_date, pred_date, strict):
    write_gold(tmp_path, "d", [gold_interaction(["A", "B"], date=gold_date)])
    result = evaluate([tmp_path], [pred("d", ["A", "B"], date=pred_date)])
    assert (result.found_count, result.strict_count) == (1, strict)
    assert result.accuracy["date"] == (None if gold_date is None else float(strict))


@pytest.mark.parametrize(("pred_status", "strict"), [("occurred", 1), ("held", 1), ("planned", 0), (None, 0)])
def test_evaluate_status_aliases(tmp_path, pred_status, strict):
    write_gold(tmp_path, "d", [gold_interaction(["A", "B"])])
    assert evaluate([tmp_path], [pred("d", ["A", "B"], status=pred_status)]).strict_count == strict


def test_evaluate_optional_gold_neither_raises_recall_nor_lowers_precision(tmp_path):
    write_gold(tmp_path, "d", [gold_interaction(["A", "B"]), gold_interaction(["C", "D"], optional=True)])
    both = evaluate([tmp_path], [pred("d", ["A", "B"]), pred("d", ["C", "D"])])
    assert (both.gold, both.pred, both.found_count) == (1, 1, 1)
    assert both.strict.f1 == 1.0
    none = evaluate([tmp_path], [pred("d", ["A", "B"])])
    assert none.strict.f1 == 1.0


def test_evaluate_prefers_the_prediction_agreeing_on_date_and_status(tmp_path):
    write_gold(tmp_path, "d", [gold_interaction(["A", "B"], date="2025-07-18", status="planned")])
    wrong = pred("d", ["A", "B"], type="meeting")
    right = pred("d", ["A", "B"], date="2025-07-18", status="planned", type="visit")
    result = evaluate([tmp_path], [wrong, right])
    assert result.documents[0].hits[0].pred is right
    assert result.documents[0].spurious == (wrong,)
    assert result.strict.precision == 0.5


def test_evaluate_merged_record_counts_in_each_named_document(tmp_path):
    write_gold(tmp_path, "d1", [gold_interaction(["A", "B"])])
    write_gold(tmp_path, "d2", [gold_interaction(["A", "B"])])
    result = evaluate([tmp_path], [pred(["d1", "d2"], ["A", "B"]), pred("elsewhere", ["A", "B"])])
    assert (result.gold, result.pred, result.found_count) == (2, 2, 2)
    assert result.unscored_docs == ("elsewhere",)


def test_evaluate_gold_folder_is_not_searched_recursively(tmp_path):
    write_gold(tmp_path, "top", [gold_interaction(["A", "B"])])
    write_gold(tmp_path / "sub", "deep", [gold_interaction(["A", "B"])])
    assert [g.key for g in load_gold([tmp_path])] == ["top"]
    assert [g.key for g in load_gold([tmp_path, tmp_path / "sub" / "deep.gold.json"])] == ["top", "deep"]


def test_evaluate_no_gold_raises(tmp_path):
    with pytest.raises(EvaluationError, match="no \\*.gold.json"):
        evaluate([tmp_path], [])


def test_evaluate_load_predictions_names_the_bad_line(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text('{"type": "meeting"}\n\nnot json\n', "utf-8")
    with pytest.raises(EvaluationError, match="line 3"):
        load_predictions(path)


def test_evaluate_verbose_shows_evidence_of_misses_and_false_positives(tmp_path):
    write_gold(tmp_path, "d", [gold_interaction(["A", "B"], evidence="A met B.", date="2025-01-02")])
    write_gold(tmp_path, "e", [gold_interaction(["A", "B"], evidence="A saw B.")])
    result = evaluate([tmp_path], [pred("d", ["A", "B"]), pred("e", ["A", "C"])])
    text = result.format_text(verbose=True)
    assert "missed   meeting: A, B (None, occurred)\n             gold: A saw B." in text
    assert "spurious meeting: A, C (None, occurred)\n             pred: evidence in e" in text
    assert "hit, wrong date: A, B\n             date: gold '2025-01-02', pred None" in text
    assert "gold: A saw B." not in result.format_text(verbose=False)
    assert text.splitlines()[-1] == "strict F1 0.000"


@pytest.mark.parametrize(("value", "key"), [("a/b/DEMO-02.txt", "DEMO-02"), ("C:\\x\\y.html", "y"),
                                             ("DEMO-02.gold.json", "DEMO-02"), ("plain", "plain")])
def test_evaluate_doc_key(value, key):
    assert doc_key(value) == key


def test_evaluate_normalise_drops_accents_case_and_leading_the():
    assert normalise("The Élysée-Palace") == "elysee palace"


def test_evaluate_to_dict_summary_without_documents(tmp_path):
    write_gold(tmp_path, "d", [gold_interaction(["A", "B"])])
    result = evaluate([tmp_path], [pred("d", ["A", "B"]), pred("d", ["A", "C"])])
    short = result.to_dict(documents=False)
    assert "documents" not in short
    assert (short["gold"], short["pred"], short["found_p"], short["found_r"]) == (1, 2, 0.5, 1.0)
    assert result.to_dict()["documents"][0]["spurious"][0]["participants"] == [{"name": "A"}, {"name": "C"}]

"""kgraph.evaluate must print the same figures as the reference scorer ``shared/eval/score.py``.

Both score the same gold folders and the same prediction files: the gold itself, and degraded
versions of it (no dates, every status "occurred", surnames, spurious and merged records).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph.evaluate import evaluate, load_predictions

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
SUITES = ["seed", "peers/petrarch2-unit", "peers/universalpetrarch-gsr", "peers/plover-gsr"]
SUMMARY_KEYS = ["docs", "gold", "pred", "found_p", "found_r", "found_f1", "strict_p", "strict_r", "strict_f1",
                "type_acc", "type_coarse_acc", "status_acc", "date_acc", "location_acc", "topic_acc",
                "canonical_name_rate"]

pytestmark = pytest.mark.skipif(not SCORE_PY.is_file(), reason="../shared/eval/score.py is absent")


def _gold_files(folder: Path) -> list[tuple[str, dict]]:
    return [(path.name.removesuffix(".gold.json"), json.loads(path.read_text(encoding="utf-8")))
            for path in sorted(folder.glob("*.gold.json"))]


def _record(doc: str, interaction: dict, **changes) -> dict:
    record = {
        "type": interaction["type"],
        "participants": [{"name": n, "kind": "person", "role": "participant"} for n in interaction["participants"]],
        "date": interaction.get("date"),
        "location": interaction.get("location"),
        "topic": interaction.get("topic"),
        "status": interaction["status"],
        "sources": [{"doc": f"corpus/{doc}.txt", "doc_id": doc, "evidence": interaction.get("evidence", "")}],
    }
    record.update(changes)
    return record


def gold_as_predictions(folder: Path) -> list[dict]:
    return [_record(doc, i) for doc, data in _gold_files(folder) for i in data["interactions"]]


def degraded_predictions(folder: Path) -> list[dict]:
    """Dates dropped, statuses all 'occurred', a surname, spurious records, a merged record."""
    records = []
    docs = _gold_files(folder)
    renamed = False
    for n, (doc, data) in enumerate(docs):
        for i in data["interactions"]:
            record = _record(doc, i, date=None, status="occurred")
            if not renamed and " " in i["participants"][0]:
                record["participants"][0]["name"] = i["participants"][0].split()[-1]
                renamed = True
            records.append(record)
        # an over-generating coder: a co-occurrence nobody annotated, in every other document
        if n % 2 == 0:
            records.append(_record(doc, {"type": "talks", "participants": ["Nobody Inparticular", "Ruritania"],
                                         "status": "planned", "date": data.get("published")}))
    with_gold = [(doc, data) for doc, data in docs if data["interactions"]]
    if len(with_gold) >= 2:
        (doc_a, data_a), (doc_b, _) = with_gold[0], with_gold[1]
        merged = _record(doc_a, data_a["interactions"][0])
        merged["sources"].append({"doc": f"other/{doc_b}.txt", "evidence": "the same meeting, reported again"})
        records.append(merged)
    return records


def _score_py(gold: Path, pred: Path, *flags: str) -> str:
    done = subprocess.run([sys.executable, str(SCORE_PY), "--gold", str(gold), "--pred", str(pred), *flags],
                          capture_output=True, text=True, check=True, timeout=60)
    return done.stdout


def _write(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


MAKERS = {"gold": gold_as_predictions, "degraded": degraded_predictions}


@pytest.mark.parametrize("maker", sorted(MAKERS))
@pytest.mark.parametrize("suite", SUITES)
def test_evaluate_summary_equals_score_py_json(suite, maker, tmp_path):
    gold = SHARED / suite
    if not any(gold.glob("*.gold.json")):
        pytest.skip(f"{gold} holds no gold")
    pred = _write(MAKERS[maker](gold), tmp_path / "pred.jsonl")
    expected = json.loads(_score_py(gold, pred, "--json").splitlines()[0])
    ours = evaluate([gold], load_predictions(pred)).to_dict()
    assert {k: ours[k] for k in SUMMARY_KEYS} == {k: expected[k] for k in SUMMARY_KEYS}
    if maker == "gold":
        assert ours["strict_f1"] == 1.0
    else:
        assert ours["strict_f1"] < 1.0


@pytest.mark.parametrize("suite", SUITES)
def test_evaluate_text_equals_score_py_text(suite, tmp_path):
    gold = SHARED / suite
    if not any(gold.glob("*.gold.json")):
        pytest.skip(f"{gold} holds no gold")
    pred = _write(degraded_predictions(gold), tmp_path / "pred.jsonl")
    expected = _score_py(gold, pred)
    assert evaluate([gold], load_predictions(pred)).format_text(verbose=False) + "\n" == expected


def test_evaluate_several_gold_folders_equal_score_py(tmp_path):
    golds = [SHARED / s for s in SUITES if any((SHARED / s).glob("*.gold.json"))]
    records = [r for g in golds for r in degraded_predictions(g)]
    pred = _write(records, tmp_path / "pred.jsonl")
    done = subprocess.run([sys.executable, str(SCORE_PY), "--gold", *map(str, golds), "--pred", str(pred), "--json"],
                          capture_output=True, text=True, check=True, timeout=60)
    expected = json.loads(done.stdout.splitlines()[0])
    ours = evaluate(golds, load_predictions(pred)).to_dict()
    assert {k: ours[k] for k in SUMMARY_KEYS} == {k: expected[k] for k in SUMMARY_KEYS}

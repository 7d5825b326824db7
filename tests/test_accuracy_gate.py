"""Accuracy floor on the development set: F1 may not drop silently (raise the floor when it improves).

The figures are measured with kgraph.evaluate, whose definitions match shared/eval/score.py; the README's
accuracy table is produced by the same build.
"""
from __future__ import annotations

import pytest

from kgraph.config import Settings
from kgraph.evaluate import evaluate
from kgraph.pipeline import build
from kgraph.rdf.store import KGStore
from tests.conftest import DEV

FLOOR = {"found_f1": 0.89, "strict_f1": 0.82, "date": 0.90, "status": 0.96, "location": 0.85, "canonical": 0.97}


@pytest.fixture(scope="module")
def dev_result(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dev")
    folder = tmp / "in"
    folder.mkdir()
    for txt in DEV.glob("*.txt"):
        (folder / txt.name).write_bytes(txt.read_bytes())
    report = build([folder], Settings(store=tmp / "store", out=tmp / "out"))
    assert not report.failures, report.failures
    with KGStore.open(tmp / "store", read_only=True) as kg:
        records = [i.to_dict() for i in kg.interactions()]
    participants: dict[str, set[str]] = {}
    for record in records:
        for source in record["sources"]:
            participants.setdefault(source["doc"], set()).update(p["name"].casefold() for p in record["participants"])
    return evaluate([DEV], records), participants


@pytest.mark.slow
def test_accuracy_dev_set_above_floor(dev_result):
    figures = dev_result[0].to_dict(documents=False)
    measured = {
        "found_f1": figures["found_f1"], "strict_f1": figures["strict_f1"], "date": figures["date_acc"],
        "status": figures["status_acc"], "location": figures["location_acc"],
        "canonical": figures["canonical_name_rate"],
    }
    below = {k: (round(measured[k], 3), floor) for k, floor in FLOOR.items() if measured[k] < floor}
    assert not below, f"below the floor (measured, floor): {below}"


@pytest.mark.slow
def test_accuracy_no_actor_from_boilerplate(dev_result):
    """No participant of an article is one of the names its gold lists as not an actor there (agencies,
    photographers, boilerplate words)."""
    import json

    checked = 0
    for gold in DEV.glob("*.gold.json"):
        banned = {n.casefold() for n in json.loads(gold.read_text(encoding="utf-8")).get("not_actors", [])}
        names = dev_result[1].get(gold.name.removesuffix(".gold.json"), set())
        checked += bool(banned)
        assert not names & banned, (gold.name, names & banned)
    assert checked >= 10

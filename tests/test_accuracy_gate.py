"""Accuracy floors on the development sets: F1 may not drop silently (raise a floor when it improves).

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

FLOORS = {
    "dev": {"found_f1": 0.90, "strict_f1": 0.85, "date": 0.94, "status": 0.96, "location": 0.92, "canonical": 0.97},
    # the first held-out set, read after its blind score (0.75 / 0.59): a second development set
    "holdout": {"found_f1": 0.90, "strict_f1": 0.89, "date": 0.92, "status": 0.95, "location": 0.80, "canonical": 0.95},
    # the second, read after its blind score (0.69 / 0.57)
    "holdout2": {"found_f1": 0.88, "strict_f1": 0.82, "date": 0.90, "status": 0.93, "location": 0.94, "canonical": 0.95},
    # the third, read after its blind score (0.77 / 0.66)
    "holdout3": {"found_f1": 0.89, "strict_f1": 0.87, "date": 0.90, "status": 0.96, "location": 0.77, "canonical": 0.94},
    # the fourth, fifth and sixth, each read after its blind score (0.81/0.69, 0.55/0.39, 0.53/0.43)
    "holdout4": {"found_f1": 0.90, "strict_f1": 0.90, "date": 0.95, "status": 0.96, "location": 0.88, "canonical": 0.94},
    "holdout5": {"found_f1": 0.81, "strict_f1": 0.78, "date": 0.92, "status": 0.94, "location": 0.86, "canonical": 0.94},
    "holdout6": {"found_f1": 0.81, "strict_f1": 0.78, "date": 0.88, "status": 0.93, "location": 0.90, "canonical": 0.94},
    # the eighth, read in the fifth session after its blind score (0.705 / 0.611)
    "holdout8": {"found_f1": 0.87, "strict_f1": 0.85, "date": 0.92, "status": 0.94, "location": 0.90, "canonical": 0.94},
    # the thirteenth, written blind as a development set and read in the eighth session after its blind score
    # (0.641 / 0.438)
    "holdout13": {"found_f1": 0.84, "strict_f1": 0.77, "date": 0.88, "status": 0.92, "location": 0.86, "canonical": 0.96},
    # the fourteenth, written blind as a development set on participants and read after its blind score (0.545 / 0.366)
    "holdout14": {"found_f1": 0.77, "strict_f1": 0.68, "date": 0.85, "status": 0.92, "location": 0.88, "canonical": 0.92},
    # the sixteenth, written blind in the ninth session and read after its blind score (0.606 / 0.398)
    "holdout16": {"found_f1": 0.80, "strict_f1": 0.74, "date": 0.87, "status": 0.95, "location": 0.85, "canonical": 0.95},
    # the eighteenth, written blind in the tenth session as a development set on participants and dates, read after
    # its blind score (0.552 / 0.314)
    "holdout18": {"found_f1": 0.86, "strict_f1": 0.77, "date": 0.89, "status": 0.95, "location": 0.91, "canonical": 0.97},
    # the twentieth, written blind in the sixteenth session (regional and state agencies' idiom) and read after its
    # blind score (0.667 / 0.511)
    "holdout20": {"found_f1": 0.71, "strict_f1": 0.55, "date": 0.79, "status": 0.88, "location": 0.67, "canonical": 0.95},
}


HELD_OUT = ("7", "9", "10", "11", "12", "15", "17", "19")  # never read: scored only (benchmarks/accuracy.py)
SETS = {name: DEV.parent / name
        for name in ["dev"] + ["holdout" + suffix for suffix in ("", "2", "3", "4", "5", "6", "8", "13", "14", "16", "18",
                                                                "20", *HELD_OUT)]}


@pytest.fixture(scope="module", params=sorted(SETS))
def gold_result(request, tmp_path_factory):
    gold_dir = SETS[request.param]
    tmp = tmp_path_factory.mktemp(request.param)
    folder = tmp / "in"
    folder.mkdir()
    for txt in gold_dir.glob("*.txt"):
        (folder / txt.name).write_bytes(txt.read_bytes())
    report = build([folder], Settings(store=tmp / "store", out=tmp / "out"))
    assert not report.failures, report.failures
    with KGStore.open(tmp / "store", read_only=True) as kg:
        records = [i.to_dict() for i in kg.interactions()]
    participants: dict[str, set[str]] = {}
    for record in records:
        for source in record["sources"]:
            participants.setdefault(source["doc"], set()).update(p["name"].casefold() for p in record["participants"])
    return request.param, evaluate([gold_dir], records), participants


@pytest.mark.slow
def test_accuracy_above_floor(gold_result):
    name, result, _ = gold_result
    if name not in FLOORS:
        pytest.skip(f"{name} is held out: scored by benchmarks/accuracy.py, never a target to tune on")
    figures = result.to_dict(documents=False)
    measured = {
        "found_f1": figures["found_f1"], "strict_f1": figures["strict_f1"], "date": figures["date_acc"],
        "status": figures["status_acc"], "location": figures["location_acc"],
        "canonical": figures["canonical_name_rate"],
    }
    below = {k: (round(measured[k], 3), floor) for k, floor in FLOORS[name].items() if measured[k] < floor}
    assert not below, f"below the floor (measured, floor): {below}"


@pytest.mark.slow
def test_accuracy_no_actor_from_boilerplate(gold_result):
    """No participant of an article is a name its gold lists as not an actor there and that occurs in the
    article's boilerplate (captions, credits, subscribe boxes, "Read more" lines), in every gold set, held-out
    ones included."""
    import json

    name, _, participants = gold_result
    checked = 0
    for gold in SETS[name].glob("*.gold.json"):
        data = json.loads(gold.read_text(encoding="utf-8"))
        boilerplate = " ".join(data.get("boilerplate", [])).casefold()
        banned = {n.casefold() for n in data.get("not_actors", []) if n.casefold() in boilerplate}
        names = participants.get(gold.name.removesuffix(".gold.json"), set())
        checked += bool(banned)
        assert not names & banned, (gold.name, names & banned)
    assert checked >= 3  # (the set exercises the rule: several articles hold names in boilerplate; holdout17 has 3)

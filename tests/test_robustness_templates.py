"""Constructions found weak by ``benchmarks/robustness.py`` (the same sentence shape filled with many names and
countries), each with what kgraph must read from it, and the benchmark's own generator checked: its gold files
must be consistent with their texts, or its pass rates mean nothing. Sentences written for this test."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path


def _robustness():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "robustness.py"
    spec = importlib.util.spec_from_file_location("robustness", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_robustness_gold_files_agree_with_their_texts(tmp_path):
    robustness = _robustness()
    folders = robustness.generate(tmp_path, variants=4, seed=3)
    assert len(folders) == len(robustness.TEMPLATES)
    for folder in folders.values():
        for gold_path in folder.glob("*.gold.json"):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = gold_path.with_name(gold["doc"] + ".txt").read_text(encoding="utf-8")
            assert text.startswith(f" date {gold['published']} {gold['dateline']}: ")
            people = {a["name"] for a in gold["actors"]}
            for item in gold["interactions"]:
                assert item["evidence"] in text
                for name in item["participants"]:  # a named person of the cast, or a country
                    assert name in people or name in robustness.COUNTRY_NAMES
                    assert name in text or name not in people
                if item["date"] and len(item["date"]) == 10:
                    day = dt.date.fromisoformat(item["date"])
                    assert f"on {robustness.WEEKDAYS[day.weekday()]}".lower() in text.lower()


def test_robustness_same_seed_same_variants(tmp_path):
    robustness = _robustness()
    one = robustness.generate(tmp_path / "a", variants=2, seed=5)
    two = robustness.generate(tmp_path / "b", variants=2, seed=5)
    for name in one:
        assert sorted(p.read_text(encoding="utf-8") for p in one[name].iterdir()) == \
            sorted(p.read_text(encoding="utf-8") for p in two[name].iterdir())

"""Accuracy table: kgraph and the co-occurrence baseline on every gold set at hand.

Builds each set's ``.txt`` files into a fresh temporary store, scores the store's interactions with
``kgraph.evaluate`` (same definitions as shared/eval/score.py) and the baseline on the same texts, and
prints a Markdown table: found F1, strict F1, date, status, location, canonical-name rate.

    python benchmarks/accuracy.py                     # dev, holdout .. holdout20, plus ../shared/seed and peers
    python benchmarks/accuracy.py GOLD_DIR [...]      # any folders of *.txt + *.gold.json
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from kgraph.baseline import baseline_for_gold
from kgraph.config import Settings
from kgraph.evaluate import evaluate
from kgraph.pipeline import build
from kgraph.rdf.store import KGStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()


def default_sets() -> list[Path]:
    names = ["dev"] + ["holdout" + suffix for suffix in ("", *map(str, range(2, 21)))]
    sets = [ROOT / "tests" / "data" / name for name in names]
    sets += [p for p in [SHARED / "seed", *sorted((SHARED / "peers").glob("*"))] if p.is_dir()]
    return sets


def kgraph_records(gold_dir: Path) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for txt in gold_dir.glob("*.txt"):
            shutil.copy(txt, folder / txt.name)
        build([folder], Settings(store=Path(tmp) / "store", out=None), outputs=False)
        with KGStore.open(Path(tmp) / "store", read_only=True) as kg:
            return [i.to_dict() for i in kg.interactions()]


def row(name: str, who: str, figures: dict) -> str:
    def cell(key: str) -> str:
        value = figures.get(key)
        return "–" if value is None else f"{value:.2f}"

    return (f"| {name} | {who} | {figures['gold']} | {cell('found_f1')} | {cell('strict_f1')} | {cell('date_acc')} | "
            f"{cell('status_acc')} | {cell('location_acc')} | {cell('canonical_name_rate')} |")


def main(argv: list[str]) -> int:
    sets = [Path(a) for a in argv] or default_sets()
    print("| set | system | gold | found F1 | strict F1 | date | status | location | canonical |")
    print("|---|---|---|---|---|---|---|---|---|")
    for gold_dir in sets:
        ours = evaluate([gold_dir], kgraph_records(gold_dir)).to_dict(documents=False)
        base = evaluate([gold_dir], baseline_for_gold([gold_dir])).to_dict(documents=False)
        print(row(gold_dir.name, "kgraph", ours))
        print(row(gold_dir.name, "baseline", base))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Validate the development gold set: every ``*.gold.json`` in a folder against its ``.txt``.

Usage:
    python tests/data/dev/check_gold.py [DIR] [--scorer PATH] [--quiet]

DIR defaults to the folder of this script. Only the standard library is used.

Checks, per document:
  - the gold parses and has the keys of ``../shared/seed/*.gold.json``; ``doc`` names the ``.txt`` beside it;
  - the ``.txt`` starts with `` date YYYY-MM-DD CITY:`` and that date equals ``published``;
  - actor names are unique, no name or alias is also listed in ``not_actors``;
  - every boilerplate string and not-actor occurs in the text; an actor none of whose forms occurs outside
    the boilerplate is reported as a warning (an adjective such as "Canadian" may be the only mention);
  - every interaction has a known type and status, two or more distinct participants that are actor names
    (canonical, not aliases), a well-formed real date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) or null,
    and an evidence string that occurs verbatim in the text outside the boilerplate;
  - a day-precision date whose evidence names exactly one weekday falls on that weekday, within a week of
    publication;
  - ``details.same_event_as`` points at a document of the folder with an interaction of the same date and
    status whose participants agree as in score.py (equal for two, Jaccard >= 0.6 for three or more).
Then, across the folder, each gold is turned into a prediction file (one record per interaction) and scored with
``score.py`` (default ``../shared/eval/score.py`` beside the checkout): strict F1 must be 1.000, with and without
the optional interactions. The scoring step is skipped, with a message, when the scorer is absent.

Exit status 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

TYPES = {"meeting", "talks", "phone_call", "video_call", "visit", "summit", "negotiation", "agreement"}
STATUSES = {"occurred", "planned", "cancelled", "negated"}
ACTOR_TYPES = {"person", "country", "institution", "organization", "group", "city", "place"}
KEYS = {"doc", "published", "actors", "not_actors", "interactions", "notes"}
HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ([^:\n]+):")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DEFAULT_SCORER = Path(__file__).resolve().parents[3] / ".." / "shared" / "eval" / "score.py"


def norm(name: str) -> str:
    """Fold a name the way score.py does."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def valid_date(value: str) -> bool:
    if not DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def occurs(needle: str, text: str) -> bool:
    return norm(needle) and f" {norm(needle)} " in f" {norm(text)} "


def check_doc(path: Path, text: str, gold: dict, warnings: list[str] | None = None) -> list[str]:
    errors: list[str] = []
    warnings = [] if warnings is None else warnings
    err = errors.append
    missing = KEYS - gold.keys()
    if missing:
        return [f"missing keys {sorted(missing)}"]
    if gold["doc"] != path.name.replace(".gold.json", ".txt"):
        err(f"doc {gold['doc']!r} does not match the file name")
    header = HEADER.match(text)
    if not header:
        err("the .txt does not start with ' date YYYY-MM-DD CITY:'")
    elif header.group(1) != gold["published"]:
        err(f"published {gold['published']} differs from the header date {header.group(1)}")
    if not valid_date(gold["published"]) or len(gold["published"]) != 10:
        err(f"published {gold['published']!r} is not a YYYY-MM-DD date")

    boilerplate = gold.get("boilerplate", [])
    body = text
    for block in boilerplate:
        if block not in text:
            err(f"boilerplate not found verbatim: {block[:60]!r}")
        body = body.replace(block, " ")

    names: dict[str, str] = {}
    aliases: set[str] = set()
    for actor in gold["actors"]:
        name = actor.get("name", "")
        if norm(name) in names:
            err(f"actor {name!r} listed twice")
        names[norm(name)] = name
        if actor.get("type") not in ACTOR_TYPES:
            err(f"actor {name!r} has type {actor.get('type')!r}")
        forms = [name, *actor.get("aliases", [])]
        aliases.update(norm(f) for f in forms)
        if not any(occurs(f, body) for f in forms):
            warnings.append(f"actor {name!r}: neither the name nor an alias occurs outside the boilerplate")
    for word in gold["not_actors"]:
        if norm(word) in aliases:
            err(f"not_actor {word!r} is also an actor name or alias")
        if not occurs(word, text):
            err(f"not_actor {word!r} does not occur in the text")

    published = dt.date.fromisoformat(gold["published"]) if valid_date(gold["published"]) else None
    for number, inter in enumerate(gold["interactions"], 1):
        where = f"interaction {number}"
        if inter.get("type") not in TYPES:
            err(f"{where}: type {inter.get('type')!r}")
        if inter.get("status") not in STATUSES:
            err(f"{where}: status {inter.get('status')!r}")
        parts = inter.get("participants") or []
        if len(parts) < 2 or len({norm(p) for p in parts}) != len(parts):
            err(f"{where}: needs two or more distinct participants, has {parts}")
        for part in parts:
            if names.get(norm(part)) != part:
                err(f"{where}: participant {part!r} is not an actor's canonical name")
        for key in ("topic", "location", "date"):
            if key not in inter:
                err(f"{where}: key {key!r} missing (use null)")
        if "optional" in inter and not isinstance(inter["optional"], bool):
            err(f"{where}: optional must be true or false")
        evidence = inter.get("evidence") or ""
        if not evidence or evidence not in text:
            err(f"{where}: evidence not found verbatim: {evidence[:70]!r}")
        elif any(evidence in block for block in boilerplate):
            err(f"{where}: evidence is taken from boilerplate")
        date = inter.get("date")
        if date is not None:
            if not isinstance(date, str) or not valid_date(date):
                err(f"{where}: bad date {date!r}")
            elif len(date) == 10 and published:
                days = [d for d in WEEKDAYS if re.search(rf"\b{d}\b", evidence)]
                day = dt.date.fromisoformat(date)
                if len(days) == 1 and (WEEKDAYS[day.weekday()] != days[0] or abs((day - published).days) > 7):
                    err(f"{where}: {date} is a {WEEKDAYS[day.weekday()]}, evidence says {days[0]}")
    return errors


def participants_agree(pred: set[str], gold: set[str]) -> bool:
    """score.py's rule: equal sets for two participants, Jaccard >= 0.6 for three or more."""
    if len(gold) <= 2:
        return pred == gold
    return len(pred & gold) / len(pred | gold) >= 0.6


def check_coreference(golds: dict[str, dict]) -> list[str]:
    errors = []
    for key, gold in golds.items():
        for inter in gold["interactions"]:
            for other in (inter.get("details") or {}).get("same_event_as", []):
                target = golds.get(other.replace(".txt", ""))
                if target is None:
                    errors.append(f"{key}: same_event_as {other!r} is not in the folder")
                    continue
                parts = {norm(p) for p in inter["participants"]}
                if not any(t["date"] == inter["date"] and t["status"] == inter["status"]
                           and participants_agree({norm(p) for p in t["participants"]}, parts)
                           for t in target["interactions"]):
                    errors.append(f"{key}: no interaction in {other} with the same participants, date and status")
    return errors


def self_score(folder: Path, golds: dict[str, dict], scorer: Path, with_optional: bool) -> tuple[bool, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for gold in golds.values():
            for inter in gold["interactions"]:
                if inter.get("optional") and not with_optional:
                    continue
                record = {key: inter.get(key) for key in ("type", "participants", "date", "status", "location", "topic")}
                record["sources"] = [{"doc": gold["doc"], "evidence": inter["evidence"]}]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    run = subprocess.run([sys.executable, str(scorer), "--gold", str(folder), "--pred", out.name, "--json"],
                         capture_output=True, text=True, check=False)
    Path(out.name).unlink()
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()
    return run.returncode == 0 and last == "strict F1 1.000", last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parent))
    parser.add_argument("--scorer", default=str(DEFAULT_SCORER))
    parser.add_argument("--quiet", action="store_true", help="print only problems and the verdict")
    args = parser.parse_args()
    folder = Path(args.folder)

    failures = 0
    golds: dict[str, dict] = {}
    for path in sorted(folder.glob("*.gold.json")):
        key = path.name[: -len(".gold.json")]
        txt = path.with_name(key + ".txt")
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = txt.read_text(encoding="utf-8")
        except (OSError, json.JSONDecodeError) as exc:
            print(f"FAIL {path.name}: {exc}")
            failures += 1
            continue
        warnings: list[str] = []
        errors = check_doc(path, text, gold, warnings)
        golds[key] = gold
        for message in warnings:
            print(f"warn {path.name}: {message}")
        for message in errors:
            print(f"FAIL {path.name}: {message}")
        failures += bool(errors)
    orphans = sorted(p.name for p in folder.glob("*.txt") if not p.with_name(p.stem + ".gold.json").exists())
    for name in orphans:
        print(f"FAIL {name}: no .gold.json beside it")
    failures += len(orphans)
    for message in check_coreference(golds):
        print(f"FAIL {message}")
        failures += 1

    scorer = Path(args.scorer)
    if not scorer.is_file():
        print(f"skip self-score: {scorer} not found")
    elif golds:
        for with_optional in (True, False):
            ok, line = self_score(folder, golds, scorer, with_optional)
            label = "with" if with_optional else "without"
            print(f"{'ok  ' if ok else 'FAIL'} self-score {label} optional interactions: {line}")
            failures += not ok

    if not args.quiet:
        inters = [i for g in golds.values() for i in g["interactions"]]
        required = [i for i in inters if not i.get("optional")]
        negatives = sum(1 for g in golds.values() if not any(not i.get("optional") for i in g["interactions"]))
        count = lambda key: ", ".join(f"{k} {v}" for k, v in sorted(
            {x: sum(1 for i in required if i[key] == x) for x in {i[key] for i in required}}.items()))
        print(f"{len(golds)} documents ({negatives} without a required interaction), "
              f"{len(required)} required + {len(inters) - len(required)} optional interactions")
        print(f"types: {count('type')}")
        print(f"statuses: {count('status')}")
        print(f"dated: {sum(1 for i in required if i['date'])} of {len(required)}")
    print("OK" if not failures else f"{failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

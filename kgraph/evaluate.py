"""Score predicted interactions against gold annotations (``kgraph evaluate``).

The definitions are those of ``shared/eval/score.py``, the project's reference scorer; both must
print the same figures for the same files. This module re-implements them so that researchers can
score kgraph on their own annotated sets without that script.

Gold: one ``*.gold.json`` per document (the schema of ``shared/seed/*.gold.json``: ``doc``,
``actors`` with ``aliases``, ``interactions`` with ``participants``, ``type``, ``status``,
``date``, ``location``, ``topic`` and optionally ``optional: true``). A gold path may be a file or a
folder; a folder contributes the ``*.gold.json`` files directly inside it, **not** those in
sub-folders (as ``score.py`` does), in name order.

Predictions: JSONL records in the form of :meth:`kgraph.model.Interaction.to_dict`. A record is
credited to every document its ``sources[].doc`` name (a merged cross-document event counts in
each). A document is known by its file name without folders and extension. Records for documents
without gold are ignored.

Matching, per document: a prediction hits a gold interaction when their participant sets agree
(equal for up to two gold participants, Jaccard >= 0.6 for three or more) after names are
normalised and mapped through the gold's aliases and :data:`COUNTRY_ALIASES`. Each gold
interaction takes at most one prediction, the one agreeing on most fields (date and status count
double); required gold interactions choose first. Optional gold interactions neither raise recall
nor lower precision.

- found P/R/F1: participants agree.
- strict P/R/F1: participants agree, status agrees, and the date agrees wherever the gold has one.
- field accuracies are over hits of required interactions, where the gold has a value.
- canonical-name rate: hit participants named exactly (after normalisation) as a gold participant.

Example::

    result = evaluate([Path("tests/data/dev")], load_predictions(Path("events.jsonl")))
    print(result.format_text(verbose=True))
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kgraph.errors import KgraphError

__all__ = [
    "COUNTRY_ALIASES",
    "DocResult",
    "EvalResult",
    "EvaluationError",
    "FIELDS",
    "FieldChecks",
    "GoldDocument",
    "Hit",
    "PRF",
    "doc_key",
    "evaluate",
    "load_gold",
    "load_predictions",
    "normalise",
    "participant_names",
    "score_document",
]


class EvaluationError(KgraphError):
    """Gold or prediction files that cannot be read."""


# Countries are often named by their capital or an abbreviation; every gold file gets these.
COUNTRY_ALIASES: Mapping[str, tuple[str, ...]] = {
    "united states": ("us", "u s", "usa", "u s a", "united states of america", "america", "washington"),
    "united kingdom": ("uk", "u k", "britain", "great britain", "london"),
    "china": ("prc", "people s republic of china", "beijing"),
    "russia": ("russian federation", "moscow"),
    "japan": ("tokyo",),
    "european union": ("eu", "e u", "brussels"),
    "south korea": ("republic of korea", "korea", "seoul"),
    "north korea": ("dprk", "pyongyang"),
    "india": ("new delhi",),
    "france": ("paris",),
    "germany": ("berlin",),
    "ukraine": ("kyiv", "kiev"),
    "iran": ("tehran",),
    "israel": ("jerusalem",),
    "united nations": ("un", "u n"),
}

# Type labels that count as the same kind of interaction for the coarse type accuracy.
_TYPE_GROUPS: Mapping[str, frozenset[str]] = {
    "meeting": frozenset({"meeting", "meet", "talks", "talk", "summit", "negotiation", "negotiate",
                          "consultation", "consult", "bilateral_meeting", "multilateral_meeting",
                          "dialogue", "discussion"}),
    "remote": frozenset({"phone_call", "call", "telephone_call", "video_call", "virtual_meeting",
                         "videoconference"}),
    "visit": frozenset({"visit", "state_visit", "official_visit", "host", "hosting", "host_visit",
                        "reception"}),
    "agreement": frozenset({"agreement", "agree", "sign", "signing", "deal", "treaty", "accord"}),
}

_STATUS_ALIASES: Mapping[str, frozenset[str]] = {
    "occurred": frozenset({"occurred", "happened", "past", "completed", "held", "actual", "ongoing",
                           "asserted"}),
    "planned": frozenset({"planned", "scheduled", "future", "intended", "expected", "announced",
                          "proposed"}),
    "cancelled": frozenset({"cancelled", "canceled", "called_off", "postponed", "suspended"}),
    "negated": frozenset({"negated", "denied", "did_not_happen", "refused", "rejected", "not_occurred"}),
}

_TOPIC_STOPWORDS = frozenset({"the", "a", "an", "of", "on", "and", "in", "to", "for", "with", "at", "by",
                              "per", "cent"})

FIELDS = ("type", "type_coarse", "status", "date", "location", "topic")


# --- normalisation -----------------------------------------------------------------------------

def normalise(name: object) -> str:
    """Fold a name as the scorer does: accents off, case-folded, non [0-9a-z] runs to one space,
    no leading 'the'.

    Stricter than :func:`kgraph.model.normalise_name` (which keeps non-Latin letters): the scores
    must equal ``score.py``'s.

    >>> normalise("The U.S. Treasury")
    'u s treasury'
    """
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _snake(label: object) -> str:
    """'PhoneCall', 'kg:phone_call', 'http://.../phone-call' -> 'phone_call'."""
    if not label:
        return ""
    label = str(label).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    label = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", label)
    return re.sub(r"[^0-9a-z]+", "_", label.casefold()).strip("_")


def _coarse_type(label: object) -> str:
    value = _snake(label)
    for group, members in _TYPE_GROUPS.items():
        if value in members:
            return group
    return value or "other"


def _canon_status(label: object) -> str:
    value = _snake(label)
    for status, members in _STATUS_ALIASES.items():
        if value in members:
            return status
    return value


def _topic_words(text: object) -> set[str]:
    return {w for w in normalise(text or "").split() if w not in _TOPIC_STOPWORDS}


def doc_key(value: object) -> str:
    """The name a document is known by: file name without folders and extension.

    >>> doc_key("corpus/DEMO-02.txt"), doc_key("DEMO-02.gold.json"), doc_key("DEMO-02")
    ('DEMO-02', 'DEMO-02', 'DEMO-02')
    """
    name = re.split(r"[\\/]", str(value))[-1]
    name = re.sub(r"\.gold\.json$", "", name)
    return name.rsplit(".", 1)[0] if "." in name else name


def participant_names(record: Mapping) -> list[str]:
    """Names of a record's participants: dicts with ``name`` (or ``label``), or plain strings."""
    names = []
    for p in record.get("participants") or []:
        names.append((p.get("name") or p.get("label") or "") if isinstance(p, Mapping) else str(p))
    return [n for n in names if n]


# --- gold --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One ``*.gold.json``: the document key, its alias table and its interactions."""

    key: str
    path: Path
    aliases: Mapping[str, str]  # normalised alias -> normalised canonical name
    interactions: tuple[dict, ...]

    @classmethod
    def from_file(cls, path: Path) -> GoldDocument:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise EvaluationError(f"{path}: cannot read gold file ({err}). Fix the JSON or remove the file.") from err
        if not isinstance(data, dict):
            raise EvaluationError(f"{path}: a gold file must hold one JSON object, with 'interactions'.")
        aliases = {alias: canon for canon, names in COUNTRY_ALIASES.items() for alias in names}
        # The gold's own aliases come second so that they win over the generic country table.
        for actor in data.get("actors", []):
            canon = normalise(actor["name"])
            for alias in actor.get("aliases", []):
                aliases[normalise(alias)] = canon
        return cls(key=doc_key(data.get("doc") or path.name), path=path, aliases=aliases,
                   interactions=tuple(data.get("interactions", [])))

    def canon(self, name: str) -> str:
        """The canonical (normalised) name ``name`` stands for in this document."""
        key = normalise(name)
        return self.aliases.get(key, key)


def load_gold(paths: Iterable[Path | str]) -> list[GoldDocument]:
    """Read gold files; a folder contributes its ``*.gold.json`` (not recursive), sorted by name."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(path.glob("*.gold.json")))
        elif path.exists():
            files.append(path)
        else:
            raise EvaluationError(f"{path}: no such gold file or folder.")
    if not files:
        raise EvaluationError("no *.gold.json files found in " + ", ".join(map(str, paths))
                              + ". Pass a folder holding <doc>.gold.json files (sub-folders are not searched).")
    return [GoldDocument.from_file(f) for f in files]


# --- predictions -------------------------------------------------------------------------------

def load_predictions(path: Path | str) -> list[dict]:
    """Read JSONL prediction records (one interaction per line; ``-`` reads standard input)."""
    records = []
    try:
        stream = sys.stdin if str(path) == "-" else open(path, encoding="utf-8")
    except OSError as err:
        raise EvaluationError(f"{path}: cannot open predictions ({err.strerror}).") from err
    with stream:
        for number, line in enumerate(stream, 1):
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise EvaluationError(f"{path}: line {number} is not JSON ({err}). "
                                      "Expected one interaction object per line.") from err
            if not isinstance(record, dict):
                raise EvaluationError(f"{path}: line {number} is not a JSON object.")
            records.append(record)
    return records


def _source_docs(record: Mapping) -> set[str]:
    return {doc_key(s.get("doc", "") if isinstance(s, Mapping) else s) for s in record.get("sources") or []}


def _group_by_doc(predictions: Iterable[dict]) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = {}
    for record in predictions:
        for doc in _source_docs(record):
            by_doc.setdefault(doc, []).append(record)
    return by_doc


# --- matching ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FieldChecks:
    """Whether a hit's prediction agrees with the gold on each field (None: the gold has no value)."""

    status: bool
    date: bool | None
    type: bool
    type_coarse: bool
    location: bool | None
    topic: bool | None

    @classmethod
    def compare(cls, pred: Mapping, gold: Mapping) -> FieldChecks:
        gdate, pdate = gold.get("date"), pred.get("date") or ""
        gloc, ploc = gold.get("location"), pred.get("location")
        gtopic, ptopic = _topic_words(gold.get("topic")), _topic_words(pred.get("topic"))
        return cls(
            status=_canon_status(pred.get("status")) == _canon_status(gold.get("status")),
            # Dates compare by prefix: a gold "2025-07" accepts any day of July 2025.
            date=None if not gdate else str(pdate)[: len(gdate)] == gdate,
            type=_snake(pred.get("type")) == _snake(gold.get("type")),
            type_coarse=_coarse_type(pred.get("type")) == _coarse_type(gold.get("type")),
            location=None if not gloc else bool(ploc) and (
                normalise(gloc) in normalise(ploc) or normalise(ploc) in normalise(gloc)),
            topic=None if not gtopic else len(gtopic & ptopic) / len(gtopic) >= 0.5,
        )

    def get(self, name: str) -> bool | None:
        return getattr(self, name)

    @property
    def weight(self) -> int:
        """Preference among candidate predictions: date and status count double."""
        return sum(2 if name in ("date", "status") else 1 for name in FIELDS if self.get(name))

    @property
    def strict(self) -> bool:
        return self.status and self.date is not False

    @property
    def wrong(self) -> list[str]:
        return [name for name in ("status", "date", "type", "type_coarse", "location", "topic")
                if self.get(name) is False]

    def to_dict(self) -> dict:
        return {name: self.get(name) for name in ("status", "date", "type", "type_coarse", "location", "topic")}


@dataclass(frozen=True, slots=True)
class Hit:
    """A gold interaction and the prediction matched to it."""

    gold: dict
    pred: dict
    checks: FieldChecks
    optional: bool
    canonical: int  # predicted names equal (normalised) to a gold participant's name
    names: int  # predicted names

    def to_dict(self) -> dict:
        return {"gold": self.gold, "pred": self.pred, "checks": self.checks.to_dict(),
                "optional": self.optional, "canonical": self.canonical, "names": self.names}


@dataclass(frozen=True, slots=True)
class DocResult:
    """Matching of one gold document. Counts leave optional interactions (and their hits) out."""

    doc: str
    gold: int
    pred: int
    found: int
    strict: int
    hits: tuple[Hit, ...]
    missed: tuple[dict, ...]
    spurious: tuple[dict, ...]

    def to_dict(self) -> dict:
        return {"doc": self.doc, "gold": self.gold, "pred": self.pred, "found": self.found,
                "strict": self.strict, "hits": [h.to_dict() for h in self.hits],
                "missed": list(self.missed), "spurious": list(self.spurious)}


def _participants_agree(pred: set[str], gold: set[str]) -> bool:
    if len(gold) <= 2:
        return pred == gold
    union = pred | gold
    return bool(union) and len(pred & gold) / len(union) >= 0.6


def score_document(gold: GoldDocument, preds: Sequence[dict]) -> DocResult:
    """Match one document's predictions to its gold interactions."""
    pred_sets = [{gold.canon(n) for n in participant_names(p)} for p in preds]
    # Required interactions choose first, so an optional reading never takes a required one's match.
    order = sorted(range(len(gold.interactions)), key=lambda i: bool(gold.interactions[i].get("optional")))
    taken: set[int] = set()
    hits: list[Hit] = []
    missed: list[dict] = []
    for gi in order:
        g = gold.interactions[gi]
        gset = {gold.canon(n) for n in g["participants"]}
        best, best_checks = None, None
        for pi, pset in enumerate(pred_sets):
            if pi in taken or not _participants_agree(pset, gset):
                continue
            checks = FieldChecks.compare(preds[pi], g)
            if best_checks is None or checks.weight > best_checks.weight:
                best, best_checks = pi, checks
        if best is None:
            if not g.get("optional"):
                missed.append(g)
            continue
        taken.add(best)
        gold_names = {normalise(x) for x in g["participants"]}
        names = participant_names(preds[best])
        hits.append(Hit(gold=g, pred=preds[best], checks=best_checks, optional=bool(g.get("optional")),
                        canonical=sum(1 for n in names if normalise(n) in gold_names), names=len(names)))
    optional_hits = sum(1 for h in hits if h.optional)
    return DocResult(
        doc=gold.key,
        gold=sum(1 for g in gold.interactions if not g.get("optional")),
        pred=len(preds) - optional_hits,
        found=len(hits) - optional_hits,
        strict=sum(1 for h in hits if not h.optional and h.checks.strict),
        hits=tuple(hits),
        missed=tuple(missed),
        spurious=tuple(p for i, p in enumerate(preds) if i not in taken),
    )


# --- totals ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, n_pred: int, n_gold: int) -> PRF:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Scores of one prediction set against one gold set."""

    documents: tuple[DocResult, ...]
    gold: int
    pred: int
    found_count: int
    strict_count: int
    found: PRF
    strict: PRF
    accuracy: Mapping[str, float | None]  # FIELDS -> accuracy over required hits, None if never judged
    canonical_name_rate: float | None
    unscored_docs: tuple[str, ...] = ()  # documents named by predictions that have no gold

    def to_dict(self, documents: bool = True) -> dict:
        """The summary keys of ``score.py --json`` (same names and values), then the hit counts, and
        with ``documents`` each document's hits, misses and false positives."""
        summary = {"docs": len(self.documents), "gold": self.gold, "pred": self.pred,
                   "found_p": self.found.precision, "found_r": self.found.recall, "found_f1": self.found.f1,
                   "strict_p": self.strict.precision, "strict_r": self.strict.recall,
                   "strict_f1": self.strict.f1}
        summary.update({f"{name}_acc": self.accuracy[name] for name in FIELDS})
        summary["canonical_name_rate"] = self.canonical_name_rate
        summary["found"] = self.found_count
        summary["strict"] = self.strict_count
        summary["unscored_docs"] = list(self.unscored_docs)
        if documents:
            summary["documents"] = [d.to_dict() for d in self.documents]
        return summary

    def format_text(self, verbose: bool = False) -> str:
        """The summary as ``score.py`` prints it; ``verbose`` adds each miss, false positive and
        wrong field, with evidence sentences."""
        lines = [f"{'doc':<28} gold pred found strict"]
        for r in self.documents:
            lines.append(f"{r.doc[:28]:<28} {r.gold:>4} {r.pred:>4} {r.found:>5} {r.strict:>6}")
            if verbose:
                lines.extend(_explain(r))
        lines.append("")
        for label, prf in (("found", self.found), ("strict", self.strict)):
            lines.append(f"{label:<7} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}")
        accs = ", ".join(f"{name} {value:.2f}" for name, value in self.accuracy.items() if value is not None)
        lines.append(f"over hits: {accs}")
        if self.canonical_name_rate is not None:
            lines.append(f"canonical-name rate {self.canonical_name_rate:.2f}")
        if verbose and self.unscored_docs:
            lines.append(f"not scored (no gold): {', '.join(self.unscored_docs)}")
        lines.append(f"strict F1 {self.strict.f1:.3f}")
        return "\n".join(lines)


def _describe(record: Mapping, names: Sequence[str]) -> str:
    return f"{record.get('type')}: {', '.join(names)} ({record.get('date')}, {record.get('status')})"


def _pred_evidence(record: Mapping, doc: str) -> list[str]:
    return [s.get("evidence") or "" for s in record.get("sources") or []
            if isinstance(s, Mapping) and doc_key(s.get("doc", "")) == doc and s.get("evidence")]


def _explain(r: DocResult) -> list[str]:
    lines = []
    for g in r.missed:
        lines.append(f"    missed   {_describe(g, g['participants'])}")
        if g.get("evidence"):
            lines.append(f"             gold: {g['evidence']}")
    for p in r.spurious:
        lines.append(f"    spurious {_describe(p, participant_names(p))}")
        for sentence in _pred_evidence(p, r.doc):
            lines.append(f"             pred: {' '.join(sentence.split())}")
    for h in r.hits:
        wrong = h.checks.wrong
        if wrong:
            lines.append(f"    hit, wrong {', '.join(wrong)}: {', '.join(h.gold['participants'])}")
            # type_coarse is wrong only when type is too; show the values once.
            for name in dict.fromkeys("type" if n == "type_coarse" else n for n in wrong):
                lines.append(f"             {name}: gold {h.gold.get(name)!r}, pred {h.pred.get(name)!r}")
    return lines


def evaluate(gold: Sequence[Path | str], predictions: Iterable[dict]) -> EvalResult:
    """Score ``predictions`` (``Interaction.to_dict()`` records) against gold files or folders.

    Example::

        result = evaluate([Path("tests/data/dev")], load_predictions("events.jsonl"))
        print(result.strict.f1, result.accuracy["date"])
    """
    golds = load_gold(gold)
    by_doc = _group_by_doc(predictions)
    documents = tuple(score_document(g, by_doc.get(g.key, [])) for g in golds)
    n_gold = sum(r.gold for r in documents)
    n_pred = sum(r.pred for r in documents)
    found = sum(r.found for r in documents)
    strict = sum(r.strict for r in documents)
    hits = [h for r in documents for h in r.hits if not h.optional]
    accuracy: dict[str, float | None] = {}
    for name in FIELDS:
        judged = [h.checks.get(name) for h in hits if h.checks.get(name) is not None]
        accuracy[name] = sum(judged) / len(judged) if judged else None
    names = sum(h.names for h in hits)
    known = {g.key for g in golds}
    return EvalResult(
        documents=documents, gold=n_gold, pred=n_pred, found_count=found, strict_count=strict,
        found=PRF.of(found, n_pred, n_gold), strict=PRF.of(strict, n_pred, n_gold),
        accuracy=accuracy,
        canonical_name_rate=sum(h.canonical for h in hits) / names if names else None,
        unscored_docs=tuple(sorted(set(by_doc) - known)),
    )

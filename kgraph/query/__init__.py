"""SPARQL over the kgraph store: saved ``.rq`` queries, bindings, result formats (server in server.py)."""
from __future__ import annotations

from kgraph.query.saved import QueryResult, list_saved, load_saved, resolve_query, run_query

__all__ = ["QueryResult", "list_saved", "load_saved", "resolve_query", "run_query"]

"""kgraph: a knowledge graph of diplomatic interactions (who met whom, about what, when, where,
and whether it happened) built from news text, with every fact traceable to its sentence."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "open", "KnowledgeGraph", "QueryRows", "saved_queries"]

_API = {"open", "KnowledgeGraph", "QueryRows", "saved_queries"}


def __getattr__(name: str):
    # Lazy: `import kgraph` stays fast; the API (and rdflib, pyoxigraph) load on first use.
    if name in _API:
        from kgraph import api

        return getattr(api, name)
    raise AttributeError(f"module 'kgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _API)

"""kgraph: a knowledge graph of diplomatic interactions (who met whom, about what, when, where,
and whether it happened) built from news text, with every fact traceable to its sentence."""
from __future__ import annotations

__version__ = "0.1.0"

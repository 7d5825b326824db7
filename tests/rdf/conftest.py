"""Fixtures for the RDF tests: a hand-built extraction, a build, an in-memory store."""
from __future__ import annotations

import pytest
from kg_factories import make_build, make_extraction

from kgraph.model import BuildInfo, Extraction
from kgraph.rdf.store import KGStore


@pytest.fixture
def build() -> BuildInfo:
    return make_build()


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def store():
    with KGStore.open(None) as s:
        yield s

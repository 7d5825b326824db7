"""Saved queries read the materialised view: exact rows on a small two-document store."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rdf"))
from kg_factories import make_build, make_extraction, make_second_report  # noqa: E402

from kgraph.query.saved import load_saved, run_query  # noqa: E402
from kgraph.rdf.store import KGStore  # noqa: E402

MEETING = "https://w3id.org/kgraph/id/interaction/meeting/2025-07-18/bessent-ishiba-90acf5f60a"


@pytest.fixture
def store():
    with KGStore.open(None) as s:
        s.write_extraction(make_extraction(), make_build())
        yield s


def test_saved_view_planned_not_held_row(store):
    assert run_query(store, load_saved("planned-not-held")).values() == [{
        "interaction": MEETING, "type": "meeting", "date": "2025-07-18",
        "participants": "Scott Bessent, Shigeru Ishiba", "location": "Tokyo", "latestSource": "japan-us-tariff-talks"}]


def test_saved_view_interactions_by_status_counts_latest_statement(store):
    store.write_extraction(make_second_report(), make_build())
    rows = run_query(store, load_saved("interactions-by-status")).values()
    assert [(r["type"], r["status"], r["interactions"]) for r in rows] == [
        ("negotiation", "occurred", "1"), ("phone call", "occurred", "1"), ("talks", "occurred", "1")]


def test_saved_view_meetings_of_after_removal_keeps_other_source(store):
    store.write_extraction(make_second_report(), make_build())
    store.remove_document("japan-us-tariff-talks")
    rows = run_query(store, load_saved("meetings-of"), {"person": "Ishiba"}).values()
    assert [(r["met"], r["type"], r["status"], r["date"], r["location"], r["topic"]) for r in rows] == [
        ("Scott Bessent", "talks", "occurred", "2025-07-18", "Tokyo", "tariffs")]


def test_saved_view_busiest_negotiators_counts_documents(store):
    store.write_extraction(make_second_report(), make_build())
    rows = {r["actor"]: r for r in run_query(store, load_saved("busiest-negotiators")).values()}
    assert (rows["Scott Bessent"]["interactions"], rows["Scott Bessent"]["documents"]) == ("1", "2")
    assert rows["Japan"]["kind"] == "country"


def test_saved_view_actors_by_country_lists_countries_under_their_own_name(store):
    rows = run_query(store, load_saved("actors-by-country")).values()
    assert {(r["country"], r["actor"]) for r in rows if r["kind"] == "country"} == {
        ("Japan", "Japan"), ("United States", "United States")}

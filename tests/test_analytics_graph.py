"""analytics: networkx graphs from interactions, centrality, communities, export."""
from __future__ import annotations

import networkx as nx
import pytest

from kgraph.analytics import (
    centrality, collapse_pairs, communities, country_node, export_graph, to_networkx, top_brokers,
)
from kgraph.errors import RenderError
from kgraph.model import Actor, ActorKind, Evidence, Interaction, InteractionType, Participant, Status


def actor(name, kind=ActorKind.PERSON, post=None, country=None):
    return Actor(name, kind, role=post, country=country)


BESSENT = actor("Scott Bessent", post="US Treasury Secretary", country="US")
AKAZAWA = actor("Ryosei Akazawa", country="Japan")
ISHIBA = actor("Shigeru Ishiba", post="Prime Minister", country="Japan")
MOFA = actor("Ministry of Foreign Affairs", ActorKind.INSTITUTION, country="Japan")
USA = actor("United States", ActorKind.COUNTRY)
NGO = actor("Some Forum", ActorKind.INSTITUTION)


def inter(kind, *actors, status=Status.OCCURRED, date="2025-07-14"):
    ev = Evidence("doc1", 0, 9, "They met.", source="doc1.txt")
    return Interaction(InteractionType(kind), tuple(Participant(a) for a in actors), status, date,
                       location="Tokyo", evidence=(ev,))


SAMPLE = [
    inter("talks", BESSENT, AKAZAWA),
    inter("talks", BESSENT, AKAZAWA, date="2025-07-22"),
    inter("meeting", AKAZAWA, ISHIBA, MOFA),
    inter("visit", BESSENT, USA, NGO, status=Status.PLANNED, date=None),
]


def test_analytics_actor_nodes_and_edge_per_interaction_pair():
    g = to_networkx(SAMPLE)
    assert g.number_of_nodes() == 6
    assert g.number_of_edges() == 2 + 3 + 3  # a 3-party interaction gives 3 pair edges
    node = g.nodes["person:scott bessent"]
    assert (node["kind"], node["label"], node["post"]) == (
        "person", "Scott Bessent, US Treasury Secretary", "US Treasury Secretary")
    edge = next(iter(g.get_edge_data("person:scott bessent", "person:ryosei akazawa").values()))
    assert edge["type"] == "talks" and edge["status"] == "occurred" and edge["location"] == "Tokyo"


def test_analytics_countries_view_folds_persons_and_institutions():
    g = to_networkx(SAMPLE, view="countries")
    assert set(g) == {"country:united states", "country:japan", "institution:some forum"}
    assert g.nodes["country:japan"]["members"] == 3
    assert not any(u == v for u, v in g.edges())  # Japanese officials meeting: no self-loop
    assert country_node("U.S.") == country_node("United States")


def test_analytics_collapse_pairs_counts_per_type():
    simple = collapse_pairs(to_networkx(SAMPLE))
    edge = simple.edges["person:scott bessent", "person:ryosei akazawa"]
    assert edge["count"] == 2 and edge["types"] == {"talks": 2}


def test_analytics_centrality_finds_the_broker():
    scores = centrality(to_networkx(SAMPLE))
    top = top_brokers(to_networkx(SAMPLE), n=2)
    assert {b["key"] for b in top} == {"person:scott bessent", "person:ryosei akazawa"}
    assert scores["person:ryosei akazawa"]["degree"] == 3
    assert scores["person:ryosei akazawa"]["interactions"] == 4


def test_analytics_communities_deterministic_with_seed():
    g = nx.connected_caveman_graph(6, 5)
    first = communities(g, seed=3)
    assert first == communities(g, seed=3)
    assert sum(len(c) for c in first) == g.number_of_nodes()
    assert len(first) >= 4


@pytest.mark.parametrize("fmt,reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_analytics_export_readable(tmp_path, fmt, reader):
    g = to_networkx(SAMPLE)
    path = export_graph(g, tmp_path / f"g.{fmt}", format=fmt)
    back = reader(path)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    assert back.nodes["person:scott bessent"]["label"] == "Scott Bessent, US Treasury Secretary"


def test_analytics_export_collapsed_graph(tmp_path):
    back = nx.read_graphml(export_graph(collapse_pairs(to_networkx(SAMPLE)), tmp_path / "c.graphml", "graphml"))
    assert back.edges["person:scott bessent", "person:ryosei akazawa"]["count"] == 2


def test_analytics_export_unknown_format_raises(tmp_path):
    with pytest.raises(RenderError, match="gexf or graphml"):
        export_graph(to_networkx(SAMPLE), tmp_path / "g.dot", format="dot")


def test_analytics_unknown_view_raises():
    with pytest.raises(RenderError, match="unknown view"):
        to_networkx(SAMPLE, view="cities")

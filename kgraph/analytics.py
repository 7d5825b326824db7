"""Interactions -> networkx graphs, and the analytics an analyst asks for: who brokers, which camps.

:func:`to_networkx` gives a :class:`networkx.MultiGraph` with one edge per interaction between each
pair of its participants; :func:`collapse_pairs` folds it to one edge per pair (with a count per
interaction type). :func:`centrality`, :func:`communities` and :func:`top_brokers` run on the
collapsed graph; :func:`export_graph` writes GEXF (Gephi) or GraphML (Cytoscape).

Two views: ``"actors"`` (persons, institutions, countries as they were named) and ``"countries"``
(persons and institutions folded into their country where it is known).

Example
-------
>>> from kgraph.model import Actor, ActorKind, Interaction, InteractionType, Participant
>>> a = Actor("Scott Bessent", ActorKind.PERSON, role="US Treasury Secretary", country="United States")
>>> b = Actor("Ryosei Akazawa", ActorKind.PERSON, country="Japan")
>>> g = to_networkx([Interaction(InteractionType.TALKS, (Participant(a), Participant(b)))])
>>> g.nodes["person:scott bessent"]["label"]
'Scott Bessent, US Treasury Secretary'
>>> sorted(to_networkx(g.graph["interactions"], view="countries"))
['country:japan', 'country:united states']
"""
from __future__ import annotations

import datetime as dt
import enum
import functools
import json
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

import networkx as nx

from kgraph.errors import RenderError
from kgraph.model import Actor, ActorKind, Interaction, normalise_name

__all__ = [
    "VIEWS",
    "to_networkx",
    "country_name",
    "country_node",
    "node_for",
    "collapse_pairs",
    "centrality",
    "communities",
    "top_brokers",
    "export_graph",
]

VIEWS = ("actors", "countries")

# Names a news text uses for a country, folded to one display name so "US" and "United States"
# become one node in the countries view. Anything not listed keeps its own spelling.
_COUNTRY_ALIASES = {
    "us": "United States",
    "u s": "United States",
    "usa": "United States",
    "u s a": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "u k": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "prc": "China",
    "people s republic of china": "China",
    "russian federation": "Russia",
    "republic of korea": "South Korea",
    "korea republic of": "South Korea",
    "rok": "South Korea",
    "dprk": "North Korea",
    "uae": "United Arab Emirates",
    "eu": "European Union",
}

# Betweenness is O(n*m); above this many nodes it is estimated from a sample of sources.
_EXACT_BETWEENNESS_MAX = 500
_BETWEENNESS_SAMPLES = 64


@functools.lru_cache(maxsize=4096)
def country_name(name: str) -> str:
    """Canonical display name of a country: 'U.S.' -> 'United States'; unknown names kept as given."""
    norm = normalise_name(name)
    if norm in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[norm]
    return " ".join(str(name).split())


def country_node(name: str) -> str:
    """Node key of a country in the countries view: ``country:<normalised canonical name>``."""
    return f"country:{normalise_name(country_name(name))}"


def node_for(actor: Actor, view: str) -> tuple[str, dict]:
    """The node an actor maps to in a view, with the node's attributes."""
    if view == "countries":
        if actor.kind is ActorKind.COUNTRY or actor.country:
            display = country_name(actor.name if actor.kind is ActorKind.COUNTRY else actor.country)
            return country_node(display), {
                "kind": ActorKind.COUNTRY.value,
                "label": display,
                "name": display,
                "country": display,
                "post": None,
                "aliases": (),
            }
    country = actor.country
    if actor.kind is ActorKind.COUNTRY:
        country = country or actor.name
    return actor.key, {
        "kind": actor.kind.value,
        "label": actor.label,
        "name": actor.name,
        "country": country_name(country) if country else None,
        "post": actor.role,
        "aliases": tuple(actor.aliases),
    }


def to_networkx(interactions: Iterable[Interaction], view: str = "actors") -> nx.MultiGraph:
    """One node per actor (``Actor.key``), one edge per interaction between each pair of participants.

    Node attributes: ``kind``, ``label`` (name and post), ``name``, ``country``, ``post``,
    ``aliases``; in the countries view also ``members`` (how many actors were folded in).
    Edge attributes: ``index`` (position in the input), ``type``, ``status``, ``date``,
    ``location``, ``topic``, ``channel``, ``confidence``, ``evidence`` (tuple of Evidence) and
    ``interaction`` (the object itself). ``g.graph["interactions"]`` holds the input as a list.
    Participants that fold to the same node (two Japanese officials in the countries view) give
    no self-loop.
    """
    if view not in VIEWS:
        raise RenderError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}.")
    interactions = list(interactions)
    g = nx.MultiGraph(view=view, interactions=interactions)
    members: dict[str, set[str]] = {}
    # Actor.key normalises the name on every call and hashing a frozen Actor hashes all its fields:
    # cache per object (the list keeps them alive, so ids are stable during the call).
    cache: dict[int, tuple[str, dict, str]] = {}
    for index, inter in enumerate(interactions):
        nodes: list[str] = []
        for participant in inter.participants:
            hit = cache.get(id(participant.actor))
            if hit is None:
                hit = cache[id(participant.actor)] = (*node_for(participant.actor, view), participant.actor.key)
            node, attrs, actor_key = hit
            if node not in g:
                g.add_node(node, **attrs)
            else:
                # The same actor named with a post in one article and without in another.
                data = g.nodes[node]
                for field in ("post", "country"):
                    if not data.get(field) and attrs.get(field):
                        data[field] = attrs[field]
                if attrs["kind"] == ActorKind.PERSON.value and data.get("post"):
                    data["label"] = f"{data['name']}, {data['post']}"
            members.setdefault(node, set()).add(actor_key)
            if node not in nodes:
                nodes.append(node)
        for u, v in combinations(nodes, 2):
            g.add_edge(
                u,
                v,
                index=index,
                type=inter.type.value,
                status=inter.status.value,
                date=inter.date,
                location=inter.location,
                topic=inter.topic,
                channel=inter.channel,
                confidence=inter.confidence,
                evidence=tuple(inter.evidence),
                interaction=inter,
            )
    if view == "countries":
        for node, keys in members.items():
            g.nodes[node]["members"] = len(keys)
    return g


def collapse_pairs(g: nx.MultiGraph) -> nx.Graph:
    """One edge per pair of nodes: ``count`` (interactions), ``weight`` (= count) and ``types``.

    ``types`` maps each interaction type to its count on that pair ({"meeting": 2, "talks": 1}), so
    the per-pair-and-type counts survive in a simple graph. Node attributes are copied.
    """
    simple = nx.Graph(**{k: v for k, v in g.graph.items() if k != "interactions"})
    simple.add_nodes_from(g.nodes(data=True))
    for u, v, data in g.edges(data=True):
        if simple.has_edge(u, v):
            edge = simple.edges[u, v]
            edge["count"] += 1
            edge["weight"] += 1
            edge["types"][data["type"]] = edge["types"].get(data["type"], 0) + 1
        else:
            simple.add_edge(u, v, count=1, weight=1, types={data["type"]: 1})
    return simple


def _simple(g: nx.Graph) -> nx.Graph:
    return collapse_pairs(g) if g.is_multigraph() else g


def centrality(g: nx.Graph, seed: int = 0) -> dict[str, dict[str, float]]:
    """Per node: ``degree`` (distinct partners), ``interactions`` (edges incl. repeats),
    ``degree_centrality`` and ``betweenness`` (normalised; sampled with ``seed`` on big graphs).

    Example
    -------
    >>> c = centrality(nx.path_graph(["a", "b", "c"]))
    >>> c["b"]["betweenness"], c["b"]["degree"]
    (1.0, 2)
    """
    simple = _simple(g)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    if n > _EXACT_BETWEENNESS_MAX:
        between = nx.betweenness_centrality(simple, k=_BETWEENNESS_SAMPLES, seed=seed)
    else:
        between = nx.betweenness_centrality(simple)
    degree_c = nx.degree_centrality(simple)
    return {
        node: {
            "degree": simple.degree(node),
            "interactions": g.degree(node),
            "degree_centrality": degree_c[node],
            "betweenness": between[node],
        }
        for node in simple
    }


def communities(g: nx.Graph, seed: int = 0) -> list[set[str]]:
    """Louvain communities (weighted by interaction count), largest first; same seed, same answer."""
    simple = _simple(g)
    if simple.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def top_brokers(g: nx.Graph, n: int = 10, seed: int = 0, scores: dict | None = None) -> list[dict]:
    """The ``n`` nodes with the highest betweenness: who sits between camps.

    Each item: ``key``, ``label``, ``kind``, ``betweenness``, ``degree``. Ties break on degree,
    then key, so the order is stable. Pass ``scores`` from :func:`centrality` to reuse them.
    """
    scores = scores if scores is not None else centrality(g, seed=seed)
    ranked = sorted(scores, key=lambda k: (-scores[k]["betweenness"], -scores[k]["degree"], k))
    return [
        {
            "key": key,
            "label": g.nodes[key].get("label", key),
            "kind": g.nodes[key].get("kind", ""),
            "betweenness": round(scores[key]["betweenness"], 6),
            "degree": scores[key]["degree"],
        }
        for key in ranked[:n]
    ]


def _safe_value(value):
    """A GEXF/GraphML-storable value (str, int, float, bool), or None to drop the attribute."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps({str(k): v for k, v in value.items()}, sort_keys=True, default=str)
    if isinstance(value, Interaction):
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        parts = []
        for item in value:
            if hasattr(item, "sentence") and hasattr(item, "doc_id"):  # Evidence
                parts.append(f"{item.doc_id}: {item.sentence}")
            else:
                parts.append(str(item))
        return " | ".join(parts) if parts else None
    return str(value)


# GEXF gives these attribute names a meaning of its own (edge direction, weight, dynamics).
_RENAME = {"type": "interaction_type", "start": "start_offset", "end": "end_offset", "id": "ident"}


def _sanitised(g: nx.Graph) -> nx.Graph:
    out = g.__class__()
    for key, value in g.graph.items():
        safe = _safe_value(value) if key != "interactions" else None
        if safe is not None:
            out.graph[key] = safe
    for node, data in g.nodes(data=True):
        attrs = {_RENAME.get(k, k): _safe_value(v) for k, v in data.items()}
        out.add_node(str(node), **{k: v for k, v in attrs.items() if v is not None})
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else g.edges(data=True)
    for edge in edges:
        u, v, data = edge[0], edge[1], edge[-1]
        attrs = {_RENAME.get(k, k): _safe_value(v) for k, v in data.items()}
        out.add_edge(str(u), str(v), **{k: v for k, v in attrs.items() if v is not None})
    return out


def export_graph(g: nx.Graph, path: str | Path, format: str = "gexf") -> Path:
    """Write the graph as GEXF (Gephi) or GraphML (Cytoscape); lists and None become storable.

    Example
    -------
    >>> import tempfile
    >>> p = export_graph(nx.path_graph(3), Path(tempfile.mkdtemp()) / "g.gexf")
    >>> len(nx.read_gexf(p))
    3
    """
    path = Path(path)
    fmt = format.lower()
    if fmt not in ("gexf", "graphml"):
        raise RenderError(f"unknown graph format {format!r}: use gexf or graphml.")
    safe = _sanitised(g)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "gexf":
            nx.write_gexf(safe, path)
        else:
            nx.write_graphml(safe, path)
    except OSError as exc:
        raise RenderError(f"{path}: cannot write the graph ({exc.strerror or exc}). "
                          "Choose a writable path with --out.") from exc
    return path


"""Interactions -> one self-contained, offline HTML page with the interactive network.

pyvis builds the node and edge records (added one by one; ``Network.from_nx`` is far too slow at
thousands of nodes), but the page comes from kgraph's own template, ``templates/network.html``,
with vis-network's JS and CSS inlined from the installed pyvis package: the page makes no request
to any outside host. The data (both the actors and the countries view, every interaction with
its evidence) is embedded once as JSON in a ``<script type="application/json">`` block, escaped so
that no article text can close the block; the page's script inserts text with ``textContent``.

Above :data:`PHYSICS_MAX_NODES` nodes the positions are precomputed here (a sampled
force-directed layout, linear per iteration) and the browser's physics is off.

Example
-------
>>> from pathlib import Path; import tempfile
>>> from kgraph.model import Actor, ActorKind, Interaction, InteractionType, Participant
>>> a, b = Actor("A", ActorKind.PERSON), Actor("B", ActorKind.COUNTRY)
>>> i = Interaction(InteractionType.VISIT, (Participant(a), Participant(b)), date="2025-07-14")
>>> render_html([i], Path(tempfile.mkdtemp()) / "n.html").name
'n.html'
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import calendar
import difflib
import functools
import html
import json
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx
import numpy as np

from kgraph import analytics
from kgraph.errors import RenderError
from kgraph.model import ActorKind, Interaction, InteractionType, Status, normalise_name

__all__ = ["render_html", "select_interactions", "page_data", "layout", "PHYSICS_MAX_NODES"]

PHYSICS_MAX_NODES = 300  # above this, positions come from Python (browser physics took 8.5 s at 1k)
ANALYTICS_MAX_NODES = 5000  # above this, betweenness and communities are left to `kgraph stats`
TEMPLATE = Path(__file__).resolve().parent / "templates" / "network.html"

KIND_STYLE = {
    ActorKind.PERSON.value: {"shape": "dot", "color": "#9cc3f5"},
    ActorKind.INSTITUTION.value: {"shape": "square", "color": "#f7cf6b"},
    ActorKind.COUNTRY.value: {"shape": "diamond", "color": "#7fd8b0"},
}
COUNTRY_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#843c39",
)
NO_COUNTRY = "#8a94a6"

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS from the installed pyvis, ready to inline."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"))
    if not found:
        raise RenderError(f"vis-network not found under {lib}: reinstall pyvis (pip install pyvis).")
    js = found[-1].read_text(encoding="utf-8")
    css = found[-1].with_name("vis-network.css").read_text(encoding="utf-8")
    # No source map fetch from a devtools window; nothing may close our <script>/<style> early.
    js = re.sub(r"//# sourceMappingURL=\S*", "", js).replace("</script", "<\\/script")
    css = re.sub(r"/\*# sourceMappingURL=\S*\s*\*/", "", css).replace("</style", "<\\/style")
    return js, css


def _date_range(date: str | None) -> tuple[str, str] | None:
    """First and last day an ISO date of day, month or year precision covers."""
    if not date:
        return None
    m = _DATE.match(str(date).strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            d = dt.date(int(year), int(month), int(day)).isoformat()
            return d, d
        if month:
            last = calendar.monthrange(int(year), int(month))[1]
            return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    except ValueError:
        return None
    return f"{year}-01-01", f"{year}-12-31"


def _check_day(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise RenderError(f"--{name} {value!r} is not a date: use YYYY-MM-DD, e.g. 2025-07-01.") from None


def _find_actor(g: nx.MultiGraph, actor: str) -> str:
    """The node an analyst means by a name, post label, alias or key; RenderError if none or ambiguous."""
    if actor in g:
        return actor
    want = normalise_name(actor)
    exact, partial = [], []
    for node, data in g.nodes(data=True):
        names = {normalise_name(data.get("name", "")), normalise_name(data.get("label", ""))}
        names |= {normalise_name(a) for a in data.get("aliases", ())}
        if want in names:
            exact.append(node)
        elif want and any(re.search(rf"\b{re.escape(want)}\b", n) for n in names):
            partial.append(node)
    matches = exact or partial
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        labels = ", ".join(sorted(g.nodes[m]["label"] for m in matches)[:5])
        raise RenderError(f"--actor {actor!r} matches several actors ({labels}); give the full name.")
    labels = [d.get("label", n) for n, d in g.nodes(data=True)]
    close = difflib.get_close_matches(actor, labels, n=3, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise RenderError(f"--actor {actor!r}: no such actor in the selected interactions.{hint}")


def select_interactions(
    interactions: Iterable[Interaction],
    *,
    actor: str | None = None,
    hops: int = 1,
    since: str | None = None,
    until: str | None = None,
) -> list[Interaction]:
    """The interactions a render shows: a time window, then an ego network.

    ``since``/``until`` (YYYY-MM-DD, inclusive) keep interactions whose date overlaps the window
    (a month-precision date "2025-07" overlaps 2025-07-01..31); undated interactions are dropped
    when a window is given. ``actor`` keeps the ``hops``-neighbourhood of that actor (networkx
    ``ego_graph``); participants outside it are removed from the interactions kept.
    """
    since, until = _check_day(since, "since"), _check_day(until, "until")
    if since and until and since > until:
        raise RenderError(f"--since {since} is after --until {until}: swap them.")
    chosen = list(interactions)
    if since or until:
        kept = []
        for inter in chosen:
            span = _date_range(inter.date)
            if span is None:
                continue
            if since and span[1] < since:
                continue
            if until and span[0] > until:
                continue
            kept.append(inter)
        chosen = kept
    if actor:
        if hops < 0:
            raise RenderError(f"--hops {hops}: use 0 or more.")
        g = analytics.to_networkx(chosen)
        centre = _find_actor(g, actor)
        inside = set(nx.ego_graph(g, centre, radius=hops))
        kept = []
        for inter in chosen:
            parts = tuple(p for p in inter.participants if p.actor.key in inside)
            if len(parts) >= 2 or (parts and len(inter.participants) == 1):
                kept.append(inter if len(parts) == len(inter.participants)
                            else dataclasses.replace(inter, participants=parts))
        chosen = kept
    return chosen


def layout(n: int, edges: np.ndarray, seed: int = 0, iterations: int = 80, samples: int = 24) -> np.ndarray:
    """Force-directed positions for ``n`` nodes, linear in n per iteration: (n, 2) array.

    Fruchterman-Reingold with edge springs computed exactly and repulsion estimated from
    ``samples`` random nodes per node (unbiased, scaled by n/samples), plus a gravity that keeps
    components together. ``nx.spring_layout`` is O(n^2) per iteration and takes minutes at 20,000
    nodes; this takes about 1.5 s. Same seed, same positions.
    """
    rng = np.random.default_rng(seed)
    if n == 0:
        return np.zeros((0, 2))
    pos = rng.uniform(-1.0, 1.0, (n, 2)) * np.sqrt(n)
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    u, v = edges[:, 0], edges[:, 1]
    degree = np.bincount(np.concatenate([u, v]), minlength=n).astype(float)
    temperature = np.sqrt(n) * 0.1
    cooling = 0.02 ** (1.0 / iterations)
    samples = max(1, min(samples, n))
    for _ in range(iterations):
        idx = rng.integers(0, n, (n, samples))
        delta = pos[:, None, :] - pos[idx]
        d2 = np.einsum("ijk,ijk->ij", delta, delta) + 0.01
        disp = (delta / d2[..., None]).sum(1) * (n / samples) * 0.05
        if len(u):
            dl = pos[u] - pos[v]
            f = dl * np.sqrt((dl * dl).sum(1))[:, None]
            disp[:, 0] += np.bincount(v, f[:, 0], n) - np.bincount(u, f[:, 0], n)
            disp[:, 1] += np.bincount(v, f[:, 1], n) - np.bincount(u, f[:, 1], n)
        disp -= pos * 0.05 * (1.0 + degree[:, None])
        length = np.sqrt((disp * disp).sum(1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= cooling
    return pos


def _http_url(url: str | None) -> str | None:
    """The URL if it is http(s) with a host; anything else (javascript:, data:, file:) is dropped."""
    if not url:
        return None
    try:
        parts = urlsplit(str(url).strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return str(url).strip()
    return None


@functools.lru_cache(maxsize=4096)
def _country_colour(country: str | None) -> str:
    if not country:
        return NO_COUNTRY
    h = 0
    for ch in normalise_name(country):
        h = (h * 31 + ord(ch)) % 1_000_003
    return COUNTRY_PALETTE[h % len(COUNTRY_PALETTE)]


def _interaction_record(inter: Interaction, labels: dict) -> dict:
    span = _date_range(inter.date)
    seen, evidence = set(), []
    for e in inter.evidence:
        if (e.doc_id, e.start, e.sentence) in seen:
            continue
        seen.add((e.doc_id, e.start, e.sentence))
        evidence.append({
            "doc": e.doc_id,
            "source": e.source or "",
            "sentence": e.sentence,
            "url": _http_url(e.url),
            "published": e.published.isoformat() if e.published else None,
        })
    return {
        "type": inter.type.value,
        "status": inter.status.value,
        "date": inter.date,
        "d0": span[0] if span else None,
        "d1": span[1] if span else None,
        "location": inter.location,
        "topic": inter.topic,
        "channel": inter.channel,
        "confidence": round(float(inter.confidence), 3),
        "participants": [{"label": labels.get(id(p.actor)) or labels.setdefault(id(p.actor), p.actor.label),
                          "role": p.role.value} for p in inter.participants],
        "evidence": evidence,
    }


class _IdList(list):
    """pyvis keeps node ids in a list and tests membership on every add (O(n^2) for n nodes)."""

    def __init__(self):
        super().__init__()
        self._set = set()

    def append(self, item):
        self._set.add(item)
        super().append(item)

    def __contains__(self, item):
        return item in self._set


def _view_data(interactions: list[Interaction], view: str, seed: int) -> dict:
    """Nodes (pyvis records) and pair-and-type edges of one view, with analytics and positions."""
    from pyvis.network import Network

    g = analytics.to_networkx(interactions, view=view)
    node_ints: dict[str, set[int]] = {n: set() for n in g}
    groups: dict[tuple[str, str, str], list[int]] = {}
    for u, v, data in g.edges(data=True):
        a, b = sorted((u, v))
        groups.setdefault((a, b, data["type"]), []).append(data["index"])
        node_ints[u].add(data["index"])
        node_ints[v].add(data["index"])
    for index, inter in enumerate(interactions):  # lone participants: no edge, still listed
        if len(inter.participants) == 1:
            node_ints[analytics.node_for(inter.participants[0].actor, view)[0]].add(index)

    simple = analytics.collapse_pairs(g)
    n = simple.number_of_nodes()
    degree = dict(simple.degree())
    between, community, brokers = {}, {}, []
    if 0 < n <= ANALYTICS_MAX_NODES:
        scores = analytics.centrality(simple, seed=seed)
        between = {k: s["betweenness"] for k, s in scores.items()}
        for i, members in enumerate(analytics.communities(simple, seed=seed)):
            for m in members:
                community[m] = i
        brokers = [b for b in analytics.top_brokers(simple, n=8, scores=scores) if b["betweenness"] > 0]

    positions = None
    order = list(simple.nodes)
    if n > PHYSICS_MAX_NODES:
        index = {k: i for i, k in enumerate(order)}
        arr = np.array([(index[u], index[v]) for u, v in simple.edges()], dtype=np.int64).reshape(-1, 2)
        pos = layout(n, arr, seed=seed)
        if len(arr):
            lengths = np.sqrt(((pos[arr[:, 0]] - pos[arr[:, 1]]) ** 2).sum(1))
            scale = 90.0 / max(float(np.median(lengths)), 1e-6)
        else:
            scale = 60.0
        positions = {k: (round(float(p[0] * scale), 1), round(float(p[1] * scale), 1))
                     for k, p in zip(order, pos)}

    net = Network(directed=True)  # directed: pyvis would otherwise drop a second type on a pair
    net.node_ids = _IdList()
    for key in order:
        data = simple.nodes[key]
        kind = data.get("kind", ActorKind.PERSON.value)
        style = KIND_STYLE.get(kind, KIND_STYLE[ActorKind.PERSON.value])
        ring = _country_colour(data.get("country"))
        extra = {}
        if positions:
            extra["x"], extra["y"] = positions[key]
        net.add_node(
            key,
            label=data.get("label") or key,
            shape=style["shape"],
            color=style["color"],
            ring=ring,
            value=degree.get(key, 0),
            kind=kind,
            name=data.get("name") or key,
            post=data.get("post"),
            country=data.get("country"),
            members=data.get("members"),
            degree=degree.get(key, 0),
            betweenness=round(between[key], 5) if key in between else None,
            community=community.get(key),
            ints=sorted(node_ints.get(key, ())),
            **extra,
        )
    lanes: dict[tuple[str, str], int] = {}
    for i, ((a, b, kind), ints) in enumerate(sorted(groups.items())):
        lane = lanes.get((a, b), 0)  # how many types this pair already has: the page curves the rest
        lanes[(a, b)] = lane + 1
        net.add_edge(a, b, id=f"e{i}", type=kind, count=len(ints), ints=sorted(set(ints)), lane=lane)
    for edge in net.edges:
        edge.pop("arrows", None)
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "physics": positions is None,
        "analytics": bool(between),
        "brokers": [{"id": b["key"], "label": b["label"], "betweenness": b["betweenness"]} for b in brokers],
        "communities": len(set(community.values())),
    }


def page_data(interactions: Iterable[Interaction], *, seed: int = 0, title: str = "kgraph network",
              selection: dict | None = None) -> dict:
    """Everything the page shows, as JSON-ready data: interactions and both views."""
    interactions = list(interactions)
    views = {view: _view_data(interactions, view, seed) for view in analytics.VIEWS}
    labels: dict = {}
    countries = sorted({n["country"] for v in views.values() for n in v["nodes"] if n.get("country")})
    present_types = {i.type.value for i in interactions}
    present_status = {i.status.value for i in interactions}
    dated = sorted(d for i in interactions for d in (_date_range(i.date) or ()) if d)
    return {
        "title": title,
        "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "selection": selection or {},
        "interactions": [_interaction_record(i, labels) for i in interactions],
        "views": views,
        "types": [t.value for t in InteractionType if t.value in present_types],
        "statuses": [s.value for s in Status if s.value in present_status],
        "countries": countries,
        "dateMin": dated[0] if dated else None,
        "dateMax": dated[-1] if dated else None,
        "countryColours": {c: _country_colour(c) for c in countries},
        "kindStyle": KIND_STYLE,
    }


def _script_json(data: dict) -> str:
    """JSON that is safe inside <script>: no '<', '>', '&' or line separators appear raw."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(
    interactions: Iterable[Interaction],
    out: Path,
    *,
    actor: str | None = None,
    hops: int = 1,
    since: str | None = None,
    until: str | None = None,
    title: str = "kgraph network",
    seed: int = 0,
) -> Path:
    """Write the interactive network of ``interactions`` to ``out`` (one offline HTML file).

    ``actor``/``hops`` draw an ego network, ``since``/``until`` a time window (see
    :func:`select_interactions`). No interactions give a page that says so. Raises RenderError
    for an unknown actor, a bad date or an unwritable ``out``.
    """
    out = Path(out)
    selected = select_interactions(interactions, actor=actor, hops=hops, since=since, until=until)
    selection = {k: v for k, v in {"actor": actor, "hops": hops if actor else None,
                                   "since": since, "until": until}.items() if v is not None}
    data = page_data(selected, seed=seed, title=title, selection=selection)
    vis_js, vis_css = _vis_assets()
    try:
        template = TEMPLATE.read_text(encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"{TEMPLATE}: page template missing; reinstall kgraph.") from exc
    values = {
        "TITLE": html.escape(title, quote=True),
        "EMPTY_HIDDEN": "" if not data["interactions"] else "hidden",
        "VIS_CSS": vis_css,
        "DATA": _script_json(data),
        "VIS_JS": vis_js,
    }
    # One pass over the template: text substituted in (article data, vis code) is never rescanned.
    page = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"{out}: cannot write the page ({exc.strerror or exc}). "
                          "Choose a writable file with --out.") from exc
    return out

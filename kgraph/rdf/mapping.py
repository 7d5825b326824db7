"""Extraction <-> RDF quads.

:func:`extraction_to_quads` turns one article's :class:`~kgraph.model.Extraction` into pyoxigraph quads
in ONE named graph per article (``iris.graph_iri(doc_id)``), self-describing: the graph names its
document and the build that generated it, and carries the document's content hash, so replacing the
graph replaces everything the article said. :func:`rows_to_interactions` is the inverse used by
:meth:`kgraph.rdf.store.KGStore.interactions`: per-graph rows -> merged :class:`Interaction` objects.

Per interaction the graph holds about 9 + 4 per participant + 5 per evidence sentence quads.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

from pyoxigraph import Literal, NamedNode, Quad

from kgraph.model import (
    Actor,
    ActorKind,
    BuildInfo,
    DatePrecision,
    Evidence,
    Extraction,
    Interaction,
    InteractionType,
    Participant,
    Post,
    Role,
    Status,
)
from kgraph.rdf import iris
from kgraph.rdf.namespace import KG

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
TIME = "http://www.w3.org/2006/time#"
SCHEMA = "https://schema.org/"

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "id": iris.BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": PROV,
    "org": ORG,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "time": TIME,
    "schema": SCHEMA,
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
}
# For serialisers: an "id:" prefix would force escaped slashes (id:person\/x), so it is left out.
SERIAL_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}

_nodes: dict[str, NamedNode] = {}


def N(iri: str) -> NamedNode:
    """A cached NamedNode (the ontology's terms recur in every quad batch)."""
    node = _nodes.get(iri)
    if node is None:
        node = NamedNode(str(iri))
        if len(_nodes) < 4096:
            _nodes[iri] = node
    return node


class _Terms:
    """``K.status`` is ``K.status``, looked up once: rdflib's DefinedNamespace takes ~0.4 us per
    attribute, and the mapping reads the ontology's terms for every quad it makes."""

    def __getattr__(self, name: str) -> NamedNode:
        node = NamedNode(str(getattr(KG, name)))  # KG raises on a term the ontology lacks
        setattr(self, name, node)
        return node


K = _Terms()
TYPE = N(RDF_TYPE)
LABEL = N(RDFS_LABEL)
ALT_LABEL = N(SKOS + "altLabel")
XSD_DATE = N(XSD + "date")
XSD_GYEARMONTH = N(XSD + "gYearMonth")
XSD_GYEAR = N(XSD + "gYear")
XSD_INTEGER = N(XSD + "integer")
XSD_DECIMAL = N(XSD + "decimal")
XSD_DATETIME = N(XSD + "dateTime")
XSD_ANYURI = N(XSD + "anyURI")

TYPE_CLASS: dict[InteractionType, str] = {
    InteractionType.MEETING: KG.Meeting,
    InteractionType.TALKS: KG.Talks,
    InteractionType.PHONE_CALL: KG.PhoneCall,
    InteractionType.VIDEO_CALL: KG.VideoCall,
    InteractionType.VISIT: KG.Visit,
    InteractionType.SUMMIT: KG.Summit,
    InteractionType.NEGOTIATION: KG.Negotiation,
    InteractionType.AGREEMENT: KG.Agreement,
}
CLASS_TYPE = {str(v): k for k, v in TYPE_CLASS.items()}
KIND_CLASS: dict[ActorKind, str] = {
    ActorKind.PERSON: KG.Person,
    ActorKind.INSTITUTION: KG.Institution,
    ActorKind.COUNTRY: KG.Country,
}
CLASS_KIND = {str(v): k for k, v in KIND_CLASS.items()}
STATUS_IRI = {s: str(KG._NS) + s.value for s in Status}
IRI_STATUS = {v: k for k, v in STATUS_IRI.items()}
ROLE_IRI = {r: str(KG._NS) + r.value for r in Role}
IRI_ROLE = {v: k for k, v in ROLE_IRI.items()}
PRECISION_IRI = {
    DatePrecision.DAY: TIME + "unitDay",
    DatePrecision.MONTH: TIME + "unitMonth",
    DatePrecision.YEAR: TIME + "unitYear",
}
IRI_PRECISION = {v: k for k, v in PRECISION_IRI.items()}

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def date_literal(value: str) -> Literal:
    """An ISO date text as a typed literal: xsd:date, xsd:gYearMonth or xsd:gYear (else a string)."""
    if _DAY.match(value):
        return Literal(value, datatype=XSD_DATE)
    if _MONTH.match(value):
        return Literal(value, datatype=XSD_GYEARMONTH)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD_GYEAR)
    return Literal(value)


def _str(value: str) -> Literal:
    return Literal(str(value))


def build_quads(build: BuildInfo) -> list[Quad]:
    """The prov:Activity of a build, in the builds graph."""
    g = N(iris.BUILDS_GRAPH)
    started = build.started.isoformat()
    b = N(build_iri(build))
    return [
        Quad(b, TYPE, K.Build, g),
        Quad(b, TYPE, N(PROV + "Activity"), g),
        Quad(b, LABEL, _str(f"kgraph {build.kgraph_version} build at {started}"), g),
        Quad(b, N(PROV + "startedAtTime"), Literal(started, datatype=XSD_DATETIME), g),
        Quad(b, K.kgraphVersion, _str(build.kgraph_version), g),
        Quad(b, K.modelName, _str(build.model_name), g),
        Quad(b, K.modelVersion, _str(build.model_version), g),
    ]


def build_iri(build: BuildInfo) -> str:
    fingerprint = f"{build.started.isoformat()}|{build.kgraph_version}|{build.model_name}|{build.model_version}"
    return iris.build_iri(build.started.isoformat(), fingerprint)


def _merge_within_document(interactions: Iterable[Interaction], doc_id: str) -> dict[str, Interaction]:
    """Interactions of one article keyed by IRI; two mentions of the same event become one."""
    merged: dict[str, Interaction] = {}
    for inter in interactions:
        iri = iris.interaction_iri(inter, doc_id)
        old = merged.get(iri)
        if old is None:
            merged[iri] = inter
            continue
        roles: dict[str, Participant] = {p.actor.key: p for p in old.participants}
        for p in inter.participants:
            if p.actor.key not in roles or roles[p.actor.key].role is Role.PARTICIPANT:
                roles[p.actor.key] = p
        evidence = tuple(dict.fromkeys(old.evidence + inter.evidence))
        merged[iri] = Interaction(
            type=old.type,
            participants=tuple(roles.values()),
            status=old.status,
            date=old.date or inter.date,
            date_precision=old.date_precision or inter.date_precision,
            location=old.location or inter.location,
            topic=old.topic or inter.topic,
            channel=old.channel or inter.channel,
            evidence=evidence,
            confidence=max(old.confidence, inter.confidence),
        )
    return merged


def _actor_quads(actor: Actor, published: dt.date | None, g: NamedNode, out: list[Quad],
                 seen: set[str]) -> NamedNode:
    a = N(iris.actor_iri(actor))
    if a.value in seen:
        return a
    seen.add(a.value)
    out.append(Quad(a, TYPE, N(KIND_CLASS[actor.kind]), g))
    out.append(Quad(a, TYPE, K.Actor, g))
    out.append(Quad(a, LABEL, _str(actor.name), g))
    for alias in sorted(set(actor.aliases) - {actor.name}):
        out.append(Quad(a, ALT_LABEL, _str(alias), g))
    if actor.country and actor.kind is not ActorKind.COUNTRY:
        out.append(Quad(a, K.country, _country(actor.country, g, out, seen), g))
    posts = list(actor.posts)
    if not posts and actor.role and actor.kind is ActorKind.PERSON:
        posts = [Post(title=actor.role, country=actor.country, stated=published)]
    for post in posts:
        p = N(iris.post_iri(actor, post.title, post.country))
        out.append(Quad(a, N(ORG + "holds"), p, g))
        out.append(Quad(p, TYPE, N(ORG + "Post"), g))
        out.append(Quad(p, LABEL, _str(post.title), g))
        if post.country:
            out.append(Quad(p, K.country, _country(post.country, g, out, seen), g))
        stated = post.stated or published
        if stated:
            out.append(Quad(p, K.statedOn, Literal(stated.isoformat(), datatype=XSD_DATE), g))
    return a


def _country(name: str, g: NamedNode, out: list[Quad], seen: set[str]) -> NamedNode:
    c = N(iris.country_iri(name))
    if "stub:" + c.value not in seen:  # the full actor (with aliases) may still come: own key
        seen.add("stub:" + c.value)
        out.append(Quad(c, TYPE, K.Country, g))
        out.append(Quad(c, TYPE, K.Actor, g))
        out.append(Quad(c, LABEL, _str(name), g))
    return c


def extraction_to_quads(extraction: Extraction, build: BuildInfo) -> list[Quad]:
    """All quads for one article, in its named graph (the build's activity is in :func:`build_quads`).

    Example:
        >>> quads = extraction_to_quads(extraction, build)   # doctest: +SKIP
        >>> {q.graph_name.value for q in quads}              # doctest: +SKIP
        {'https://w3id.org/kgraph/id/graph/japan-us-tariff-talks'}
    """
    art = extraction.article
    g = N(iris.graph_iri(art.doc_id))
    doc = N(iris.document_iri(art.doc_id))
    out: list[Quad] = [
        Quad(g, TYPE, K.DocumentGraph, g),
        Quad(g, N(PROV + "wasDerivedFrom"), doc, g),
        Quad(g, N(PROV + "wasGeneratedBy"), N(build_iri(build)), g),
        Quad(doc, TYPE, K.Document, g),
        Quad(doc, K.docId, _str(art.doc_id), g),
        Quad(doc, K.contentHash, _str(art.content_hash or ""), g),
    ]
    if art.source:
        out.append(Quad(doc, K.sourcePath, _str(art.source), g))
    if art.url:
        out.append(Quad(doc, K.url, Literal(art.url, datatype=XSD_ANYURI), g))
    if art.title:
        out.append(Quad(doc, N(DCTERMS + "title"), _str(art.title), g))
    if art.published:
        out.append(Quad(doc, N(DCTERMS + "issued"), Literal(art.published.isoformat(), datatype=XSD_DATE), g))
    if art.dateline:
        out.append(Quad(doc, K.dateline, _str(art.dateline), g))

    seen: set[str] = set()
    for actor in extraction.actors:
        _actor_quads(actor, art.published, g, out, seen)
    for iri, inter in _merge_within_document(extraction.interactions, art.content_hash or art.doc_id).items():
        i = N(iri)
        out.append(Quad(i, TYPE, N(TYPE_CLASS[inter.type]), g))
        out.append(Quad(i, TYPE, K.Interaction, g))
        names = ", ".join(p.actor.name for p in inter.participants)
        label = f"{inter.type.value.replace('_', ' ')}: {names}" + (f" ({inter.date})" if inter.date else "")
        out.append(Quad(i, LABEL, _str(label), g))
        out.append(Quad(i, K.status, N(STATUS_IRI[inter.status]), g))
        if inter.date:
            out.append(Quad(i, K.date, date_literal(inter.date), g))
        if inter.date_precision:
            out.append(Quad(i, K.datePrecision, N(PRECISION_IRI[inter.date_precision]), g))
        if inter.location:
            place = N(iris.place_iri(inter.location))
            out.append(Quad(i, K.location, place, g))
            if place.value not in seen:
                seen.add(place.value)
                out.append(Quad(place, TYPE, K.Place, g))
                out.append(Quad(place, LABEL, _str(inter.location), g))
        if inter.topic:
            out.append(Quad(i, K.topic, _str(inter.topic), g))
        if inter.channel:
            out.append(Quad(i, K.channel, _str(inter.channel), g))
        conf = Decimal(str(round(float(inter.confidence), 3))).normalize()
        out.append(Quad(i, K.confidence, Literal(format(conf, "f"), datatype=XSD_DECIMAL), g))
        for p in inter.participants:
            a = _actor_quads(p.actor, art.published, g, out, seen)
            node = N(iris.participation_iri(iri, p.actor))
            out.append(Quad(i, K.participation, node, g))
            out.append(Quad(node, TYPE, K.Participation, g))
            out.append(Quad(node, K.actor, a, g))
            out.append(Quad(node, K.role, N(ROLE_IRI[p.role]), g))
        for ev in inter.evidence:
            e = N(iris.evidence_iri(ev.doc_id or art.doc_id, ev.start, ev.end))
            out.append(Quad(i, K.evidence, e, g))
            if e.value not in seen:
                seen.add(e.value)
                out.append(Quad(e, TYPE, K.Evidence, g))
                out.append(Quad(e, K.text, _str(ev.sentence), g))
                out.append(Quad(e, K.start, Literal(str(int(ev.start)), datatype=XSD_INTEGER), g))
                out.append(Quad(e, K.end, Literal(str(int(ev.end)), datatype=XSD_INTEGER), g))
                out.append(Quad(e, K.sourceDocument, doc, g))
    # Same extraction -> same list: drop duplicates, keep first-seen order.
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------------
# Inverse: rows from the store's SPARQL queries -> merged Interaction objects
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class SourceInfo:
    """One document graph as a source of statements."""

    graph: str
    doc_id: str
    published: dt.date | None = None
    source: str = ""
    url: str | None = None

    @property
    def order(self) -> tuple:
        return (self.published or dt.date.min, self.doc_id)


@dataclass(slots=True)
class _Statement:
    """What one source graph states about one interaction."""

    source: SourceInfo
    type: InteractionType | None = None
    status: Status | None = None
    date: str | None = None
    precision: DatePrecision | None = None
    location: str | None = None
    topic: str | None = None
    channel: str | None = None
    confidence: float | None = None
    participants: dict[str, Role] = field(default_factory=dict)  # actor IRI -> role


def _parse_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def rows_to_interactions(
    sources: dict[str, SourceInfo],
    core_rows: Iterable[dict],
    participation_rows: Iterable[dict],
    evidence_rows: Iterable[dict],
    actors: dict[str, Actor],
) -> list[Interaction]:
    """Merge per-graph statements into one :class:`Interaction` per IRI.

    Fields (type, status, date, precision, location, topic, channel, roles) come from the most recently
    published source that states them; evidence is the union over all sources; confidence is the max.
    Rows are dicts of plain Python strings (IRIs as their value), keyed by SPARQL variable name.
    """
    statements: dict[tuple[str, str], _Statement] = {}

    def stmt(i: str, g: str) -> _Statement | None:
        src = sources.get(g)
        if src is None:
            return None
        key = (i, g)
        if key not in statements:
            statements[key] = _Statement(source=src)
        return statements[key]

    for row in core_rows:
        s = stmt(row["i"], row["g"])
        if s is None:
            continue
        cls = row.get("cls")
        if cls in CLASS_TYPE:
            s.type = CLASS_TYPE[cls]
        if row.get("status") in IRI_STATUS:
            s.status = IRI_STATUS[row["status"]]
        s.date = row.get("date") or s.date
        if row.get("prec") in IRI_PRECISION:
            s.precision = IRI_PRECISION[row["prec"]]
        s.location = row.get("loc") or s.location
        s.topic = row.get("topic") or s.topic
        s.channel = row.get("channel") or s.channel
        if row.get("conf") is not None:
            s.confidence = float(row["conf"])
    for row in participation_rows:
        s = stmt(row["i"], row["g"])
        if s is not None and row.get("actor") in actors:
            s.participants[row["actor"]] = IRI_ROLE.get(row.get("role") or "", Role.PARTICIPANT)
    evidence: dict[str, dict[tuple, Evidence]] = defaultdict(dict)
    for row in evidence_rows:
        src = sources.get(row["g"])
        if src is None:
            continue
        ev = Evidence(
            doc_id=src.doc_id,
            start=int(row["start"]),
            end=int(row["end"]),
            sentence=row["text"],
            source=src.source,
            url=src.url,
            published=src.published,
        )
        evidence[row["i"]][(src.order, ev.start, ev.end)] = ev

    by_iri: dict[str, list[_Statement]] = defaultdict(list)
    for (i, _g), s in statements.items():
        by_iri[i].append(s)
    result: list[Interaction] = []
    for i, stmts in by_iri.items():
        stmts.sort(key=lambda s: s.source.order)

        def latest(attr: str):
            for s in reversed(stmts):
                value = getattr(s, attr)
                if value is not None:
                    return value
            return None

        itype = latest("type")
        if itype is None:
            continue
        roles: dict[str, Role] = {}
        for s in stmts:  # oldest first: later sources overwrite roles they state
            for actor_iri, role in s.participants.items():
                if role is not Role.PARTICIPANT or actor_iri not in roles:
                    roles[actor_iri] = role
        participants = tuple(
            Participant(actor=actors[a], role=r) for a, r in sorted(roles.items(), key=lambda kv: actors[kv[0]].name)
        )
        confs = [s.confidence for s in stmts if s.confidence is not None]
        result.append(
            Interaction(
                type=itype,
                participants=participants,
                status=latest("status") or Status.OCCURRED,
                date=latest("date"),
                date_precision=latest("precision"),
                location=latest("location"),
                topic=latest("topic"),
                channel=latest("channel"),
                evidence=tuple(ev for _, ev in sorted(evidence.get(i, {}).items(), key=lambda kv: kv[0])),
                confidence=max(confs) if confs else 0.5,
                iri=i,
            )
        )
    result.sort(key=lambda x: (x.date or "9999", x.iri or ""))
    return result


def source_from_row(row: dict) -> SourceInfo:
    return SourceInfo(
        graph=row["g"],
        doc_id=row["docid"],
        published=_parse_date(row.get("pub")),
        source=row.get("source") or "",
        url=row.get("url"),
    )


@dataclass(slots=True)
class ActorMerge:
    """What the sources seen so far say about one actor, reduced to what :meth:`actor` needs: the best
    name (most recent source), all aliases, the most recent country, the posts by date stated. Adding
    rows in any order, at once or in several calls, gives the same actor (rows_to_actors uses it)."""

    best_name: tuple | None = None  # ((source order, name), name, kind)
    aliases: set[str] = field(default_factory=set)
    country: tuple | None = None  # (source order, country)
    posts: dict[tuple, Post] = field(default_factory=dict)  # (stated, source order, title) -> Post

    def add(self, order, names: Iterable[dict] = (), aliases: Iterable[dict] = (),
            countries: Iterable[dict] = (), posts: Iterable[dict] = ()) -> None:
        """Rows of one actor (see rows_to_actors); ``order(g)`` gives a graph's source order."""
        for r in names:
            if r["cls"] not in CLASS_KIND:
                continue
            key = (order(r["g"]), r["name"])
            if self.best_name is None or key > self.best_name[0]:
                self.best_name = (key, r["name"], CLASS_KIND[r["cls"]])
        for r in aliases:
            self.aliases.add(r["alias"])
        for r in countries:
            key = order(r["g"])
            if self.country is None or key > self.country[0]:
                self.country = (key, r["c"])
        for r in posts:
            stated = _parse_date(r["stated"])
            post = Post(title=r["title"], country=r["pc"], stated=stated)
            self.posts[(stated or dt.date.min, order(r["g"]), r["title"])] = post
        if len(self.posts) > 64:
            self._compact_posts()

    def _compact_posts(self) -> None:
        # actor() needs, of each distinct post, its first (smallest) key, and the last key overall: keep
        # only those, so an actor named by thousands of documents holds its distinct posts, not one
        # entry per document
        first: dict[Post, tuple] = {}
        for key, post in self.posts.items():
            if post not in first or key < first[post]:
                first[post] = key
        last = max(self.posts)
        keep = set(first.values()) | {last}
        self.posts = {k: p for k, p in self.posts.items() if k in keep}

    def actor(self) -> Actor | None:
        """The merged actor, or None when no source names it."""
        if self.best_name is None:
            return None
        _, name, kind = self.best_name
        plist = [p for _, p in sorted(self.posts.items(), key=lambda kv: kv[0])]
        latest = plist[-1] if plist else None
        return Actor(
            name=name,
            kind=kind,
            aliases=tuple(sorted(self.aliases - {name})),
            role=latest.title if latest else None,
            country=(self.country or (None, None))[1] or (latest.country if latest else None),
            posts=tuple(dict.fromkeys(plist)),
        )


def source_order(sources: dict[str, SourceInfo]):
    """``order(g)`` for :meth:`ActorMerge.add`: a graph's source order (oldest first)."""
    def order(g: str) -> tuple:
        src = sources.get(g)
        return src.order if src else (dt.date.min, "")
    return order


def rows_to_actors(sources: dict[str, SourceInfo], names: Iterable[dict], aliases: Iterable[dict],
                   countries: Iterable[dict], posts: Iterable[dict]) -> dict[str, Actor]:
    """Actor IRI -> merged :class:`Actor`: name and country from the most recent source, aliases from
    all, posts ordered by the date they were stated (the latest is the role).

    Rows: names ``g a cls name``; aliases ``a alias``; countries ``g a c``; posts ``g a title pc stated``.
    """
    order = source_order(sources)
    merges: dict[str, ActorMerge] = defaultdict(ActorMerge)
    for kind, rows in (("names", names), ("aliases", aliases), ("countries", countries), ("posts", posts)):
        for r in rows:
            merges[r["a"]].add(order, **{kind: (r,)})
    actors: dict[str, Actor] = {}
    for a, merge in merges.items():
        actor = merge.actor()
        if actor is not None:
            actors[a] = actor
    return actors


# ---------------------------------------------------------------------------------------------
# The materialised "current" view (graph iris.VIEW_GRAPH): derived, recomputed per touched IRI
# ---------------------------------------------------------------------------------------------

VIEW_VERSION = "3"


def view_marker() -> Quad:
    v = N(iris.VIEW_GRAPH)
    return Quad(v, K.viewVersion, Literal(VIEW_VERSION), v)


_LABELS: dict[str, str] = {}


def class_label(iri: str) -> str:
    """The ontology's rdfs:label of a kgraph class (lexical form), read once from kgraph.ttl."""
    if not _LABELS:
        from pyoxigraph import RdfFormat, parse

        from kgraph.config import resource_dir

        path = resource_dir("ontologies") / "kgraph.ttl"
        for q in parse(path.read_bytes(), format=RdfFormat.TURTLE, base_iri=str(KG)):
            if q.predicate.value == RDFS_LABEL and isinstance(q.object, Literal):
                _LABELS.setdefault(q.subject.value, q.object.value)
    return _LABELS.get(str(iri), "")


def actor_country(actor: Actor) -> str | None:
    """The country the view gives an actor: its own name for a country, else the country sources state."""
    return actor.name if actor.kind is ActorKind.COUNTRY else actor.country


def pair_key(country1: str, country2: str, month: str) -> str:
    """The kg:countryPairMonth key of two countries (alphabetical order) and a month."""
    return f"{country1}\t{country2}\t{month}"


def pair_node(key: str, kind: str = "country") -> NamedNode:
    """The view node summarising one kg:countryPairMonth (``kind`` "country") or kg:actorPair ("actor")
    key; its IRI is derived from the key."""
    import hashlib

    return N(f"{iris.VIEW_GRAPH}/{kind}-pair/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:20]}")


def pair_view_quads(key: str, count: int) -> list[Quad]:
    """The summary node of a country-pair-month key: both countries, the month, the interaction count."""
    v = N(iris.VIEW_GRAPH)
    node = pair_node(key)
    c1, c2, month = key.split("\t")
    return [Quad(node, K.pairCountry1, _str(c1), v), Quad(node, K.pairCountry2, _str(c2), v),
            Quad(node, K.pairMonth, _str(month), v),
            Quad(node, K.pairInteractionCount, Literal(str(count), datatype=XSD_INTEGER), v),
            Quad(node, K.countryPairRow, _str(f"{key}\t{count}"), v)]


def actor_pair_view_quads(key: str, count: int, topics: Iterable[str], types: Iterable[str] = (),
                          statuses: Iterable[str] = (), dates: Iterable[str] = (), places: Iterable[str] = (),
                          latest: str = "") -> list[Quad]:
    """The summary node of an actor-pair key: both names, the interaction count, their sorted topics,
    and for who-met-whom one row with their type labels, statuses, first and last date, places and
    latest interaction (``latest``)."""
    v = N(iris.VIEW_GRAPH)
    node = pair_node(key, "actor")
    n1, n2 = key.split("\t")
    n = Literal(str(count), datatype=XSD_INTEGER)
    out = [Quad(node, K.pairActor1, _str(n1), v), Quad(node, K.pairActor2, _str(n2), v),
           Quad(node, K.pairInteractionCount, n, v), Quad(node, K.actorPairCount, n, v)]
    joined = "; ".join(sorted(set(topics)))
    if joined:
        out.append(Quad(node, K.pairTopics, _str(joined), v))
    out.append(Quad(node, K.actorPairRow, _str(f"{key}\t{count}\t{joined}"), v))
    days = sorted(set(dates))
    fields = ("; ".join(sorted(set(types))), "/".join(sorted(set(statuses))), days[0] if days else "",
              days[-1] if days else "", "; ".join(sorted(set(places))), latest)
    out.append(Quad(node, K.metRow, _str("\t".join((key, str(count), *fields))), v))
    return out


ACTOR_TOTALS = ("interactionTotal", "counterpartTotal", "documentTotal")


def actor_total_quads(iri: str, interactions: int, counterparts: int, documents: int) -> list[Quad]:
    """An actor's counters (interactions with another actor, distinct counterparts, reporting documents)."""
    v = N(iris.VIEW_GRAPH)
    a = N(iri)
    return [Quad(a, N(getattr(KG, p)), Literal(str(n), datatype=XSD_INTEGER), v)
            for p, n in zip(ACTOR_TOTALS, (interactions, counterparts, documents))]


ACTOR_VIEW_PREDICATES = tuple(str(getattr(KG, p)) for p in (
    "currentName", "currentKind", "nameOrAlias", "currentCountry", "currentPost", "postTitle", "currentSource"))


def actor_view_quads(iri: str, actor: Actor, docs: Iterable[str]) -> list[Quad]:
    """The view's summary of one actor: current name, kind, names to look it up by, country, posts."""
    v = N(iris.VIEW_GRAPH)
    a = N(iri)
    out = [
        Quad(a, K.currentName, _str(actor.name), v),
        Quad(a, K.currentKind, N(KIND_CLASS[actor.kind]), v),
    ]
    for name in dict.fromkeys((actor.name, *actor.aliases)):
        out.append(Quad(a, K.nameOrAlias, _str(name), v))
    country = actor_country(actor)
    if country:
        out.append(Quad(a, K.currentCountry, _str(country), v))
    if actor.role:
        out.append(Quad(a, K.currentPost, _str(actor.role), v))
    for title in dict.fromkeys(p.title for p in actor.posts):
        out.append(Quad(a, K.postTitle, _str(title), v))
    for doc in sorted(set(docs)):
        out.append(Quad(a, K.currentSource, N(doc), v))
    return out


def interaction_view_quads(inter: Interaction, actor_iris: dict[int, str], sources: list[SourceInfo],
                           statuses: Iterable[Status]) -> list[Quad]:
    """The view's summary of one merged interaction (``inter.iri``), stated by ``sources`` (any order)."""
    v = N(iris.VIEW_GRAPH)
    i = N(inter.iri or "")
    statuses = list(statuses)
    names = ", ".join(p.actor.name for p in inter.participants)
    label = f"{inter.type.value.replace('_', ' ')}: {names}" + (f" ({inter.date})" if inter.date else "")
    ordered = sorted(sources, key=lambda s: s.order)
    out = [
        Quad(i, K.currentType, N(TYPE_CLASS[inter.type]), v),
        Quad(i, K.currentStatus, N(STATUS_IRI[inter.status]), v),
        Quad(i, K.currentLabel, _str(label), v),
        Quad(i, K.sourceCount, Literal(str(len(ordered)), datatype=XSD_INTEGER), v),
    ]
    for st in sorted(set(statuses), key=lambda s: s.value):
        out.append(Quad(i, K.reportedStatus, N(STATUS_IRI[st]), v))
    if inter.date:
        out.append(Quad(i, K.currentDate, date_literal(inter.date), v))
    if inter.date_precision:
        out.append(Quad(i, K.currentDatePrecision, N(PRECISION_IRI[inter.date_precision]), v))
    if inter.location:
        out.append(Quad(i, K.currentLocation, _str(inter.location), v))
    if inter.topic:
        out.append(Quad(i, K.currentTopic, _str(inter.topic), v))
    names_sorted = sorted({p.actor.name for p in inter.participants})
    out.append(Quad(i, K.participantNames, _str(", ".join(names_sorted)), v))
    if inter.status is Status.PLANNED and ordered:
        d = date_literal(inter.date) if inter.date else None
        fields = (class_label(TYPE_CLASS[inter.type]), ", ".join(names_sorted), inter.location or "",
                  ordered[-1].doc_id, d.value if d else "", d.datatype.value if d else "")
        out.append(Quad(i, K.plannedRow, _str("\t".join(fields)), v))
    for x, n1 in enumerate(names_sorted):
        for n2 in names_sorted[x + 1:]:
            out.append(Quad(i, K.actorPair, _str(f"{n1}\t{n2}"), v))
    status_names = sorted({STATUS_IRI[st].rsplit("#", 1)[-1] for st in statuses})
    if status_names:
        out.append(Quad(i, K.statusNames, _str("/".join(status_names)), v))
    if inter.date:
        month = date_literal(inter.date).value[:7]
        countries = sorted({c for p in inter.participants if (c := actor_country(p.actor))})
        for x, c1 in enumerate(countries):
            for c2 in countries[x + 1:]:
                out.append(Quad(i, K.countryPairMonth, _str(pair_key(c1, c2, month)), v))
    for p in inter.participants:
        a = N(actor_iris[id(p.actor)])
        node = N(iris.participation_iri(i.value, p.actor))
        out.append(Quad(i, K.currentParticipant, a, v))
        out.append(Quad(i, K.currentParticipation, node, v))
        out.append(Quad(node, K.currentActor, a, v))
        out.append(Quad(node, K.currentRole, N(ROLE_IRI[p.role]), v))
    for s in ordered:
        out.append(Quad(i, K.currentSource, N(iris.document_iri(s.doc_id)), v))
    if ordered:
        out.append(Quad(i, K.latestSource, N(iris.document_iri(ordered[-1].doc_id)), v))
    return out


def view_quads(sources: dict[str, SourceInfo], core_rows: list[dict], participation_rows: list[dict],
               actors: dict[str, Actor], actor_docs: dict[str, set[str]],
               doc_counts: dict[str, int], with_actors: bool = True) -> list[Quad]:
    """All view quads for the interactions in ``core_rows`` and (unless ``with_actors`` is false) the
    actors in ``actors``."""
    stated: dict[str, dict[str, SourceInfo]] = defaultdict(dict)
    statuses: dict[str, set[Status]] = defaultdict(set)
    for r in core_rows:
        src = sources.get(r["g"])
        if src is None:
            continue
        stated[r["i"]][r["g"]] = src
        if r.get("status") in IRI_STATUS:
            statuses[r["i"]].add(IRI_STATUS[r["status"]])
    out: list[Quad] = []
    actor_iris = {id(a): iri for iri, a in actors.items()}
    for inter in rows_to_interactions(sources, core_rows, participation_rows, [], actors):
        out.extend(interaction_view_quads(inter, actor_iris, list(stated[inter.iri].values()),
                                          statuses[inter.iri]))
    for iri, actor in actors.items() if with_actors else ():
        out.extend(actor_view_quads(iri, actor, actor_docs.get(iri, ())))
    v = N(iris.VIEW_GRAPH)
    for doc, n in doc_counts.items():
        out.append(Quad(N(doc), K.interactionCount, Literal(str(n), datatype=XSD_INTEGER), v))
    return out

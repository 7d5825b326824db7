"""Deterministic, readable and safe IRIs for kgraph resources.

Every IRI is ``https://w3id.org/kgraph/id/`` + a path built only from ``[a-z0-9-]`` slugs, dates and
hex hashes: no raw text ever goes into an IRI. Where a slug loses information (non-ASCII letters,
punctuation folded, or a long name cut short) a short hash of the full key is appended so that two
different names never share an IRI.

Identity rules:

- actor: kind + normalised name (``model.normalise_name``): ``id/person/scott-bessent``.
- document: doc_id: ``id/doc/japan-us-tariff-talks``; its named graph ``id/graph/japan-us-tariff-talks``.
- interaction: coarse type group + sorted participant keys + date, so the same dated event reported by
  two articles gets the same IRI. Undated interactions also hash the doc_id and status: they never merge across
  documents, and a denied meeting is not the planned one. ``id/interaction/meeting/2025-07-18/ishiba-bessent-1a2b3c4d5e``.

Example:
    >>> actor_iri(Actor("Scott Bessent", ActorKind.PERSON))
    'https://w3id.org/kgraph/id/person/scott-bessent'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kgraph.model import Actor, ActorKind, Interaction, InteractionType, normalise_name

BASE = "https://w3id.org/kgraph/id/"
ONTOLOGY_GRAPH = "https://w3id.org/kgraph/ontology"
BUILDS_GRAPH = BASE + "builds"
# The materialised "current" view: derived from the document graphs (not under graph/, so no doc_id
# can collide with it).
VIEW_GRAPH = BASE + "view/current"

TYPE_GROUP: dict[InteractionType, str] = {
    InteractionType.MEETING: "meeting",
    InteractionType.TALKS: "meeting",
    InteractionType.SUMMIT: "meeting",
    InteractionType.NEGOTIATION: "meeting",
    InteractionType.PHONE_CALL: "call",
    InteractionType.VIDEO_CALL: "call",
    InteractionType.VISIT: "visit",
    InteractionType.AGREEMENT: "agreement",
}

_MAX_SLUG = 48
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def short_hash(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


@lru_cache(maxsize=8192)  # pure, and called with the same names over and over
def slug(text: str, max_len: int = _MAX_SLUG) -> str:
    """A safe path segment for ``text``: lowercase ASCII letters, digits and hyphens.

    Lossy slugs (accents or symbols dropped, cut short, empty) get ``-`` + a hash of the text, so
    distinct inputs give distinct slugs.

    >>> slug("japan-us-tariff-talks")
    'japan-us-tariff-talks'
    >>> slug("Zürich talks")[:12]
    'zurich-talks'
    """
    text = str(text)
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    base = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    lossless = bool(base) and base == text and len(base) <= max_len
    if lossless:
        return base
    # "--" never occurs in a lossless slug, so a hashed slug cannot collide with a plain one
    cut = base[:max_len].strip("-")
    return f"{cut}--{short_hash(text, 8)}" if cut else f"x--{short_hash(text, 8)}"


def actor_local(actor: Actor) -> str:
    """The path of an actor under BASE: ``person/scott-bessent``."""
    norm = normalise_name(actor.name)
    ascii_form = norm.replace(" ", "-")
    return f"{actor.kind.value}/{slug(ascii_form)}"


def actor_iri(actor: Actor) -> str:
    return BASE + actor_local(actor)


def country_iri(name: str) -> str:
    """The IRI of a country named as an actor's or a post's country."""
    return actor_iri(Actor(name=name, kind=ActorKind.COUNTRY))


def document_iri(doc_id: str) -> str:
    return f"{BASE}doc/{slug(doc_id)}"


def graph_iri(doc_id: str) -> str:
    """The named graph that holds everything extracted from one document."""
    return f"{BASE}graph/{slug(doc_id)}"


def place_iri(name: str) -> str:
    return f"{BASE}place/{slug(normalise_name(name).replace(' ', '-'))}"


def post_iri(actor: Actor, title: str, country: str | None) -> str:
    """A post as held by one person: ``post/scott-bessent/treasury-secretary--united-states``."""
    title_part = slug(normalise_name(title).replace(" ", "-"), 40)
    country_part = f"--{slug(normalise_name(country).replace(' ', '-'), 30)}" if country else ""
    return f"{BASE}post/{actor_local(actor).split('/', 1)[1]}/{title_part}{country_part}"


def interaction_iri(interaction: Interaction, doc_id: str) -> str:
    """IRI of an interaction: type group + sorted participant keys + date (+ ``doc_id`` and status when undated).

    Pass the article's content hash as ``doc_id`` so that the same article under two names yields the
    same IRIs: a duplicate adds sources, not events."""
    group = TYPE_GROUP[interaction.type]
    keys = sorted({p.actor.key for p in interaction.participants})
    date = interaction.date if interaction.date and _DATE.match(interaction.date) else None
    # Undated: one per document and status (extraction has already merged what one article says twice;
    # "the meeting did not take place" and "they agreed to meet again" are two interactions)
    key = "|".join([group, date or f"undated:{doc_id}:{interaction.status.value}", *keys])
    names = sorted({slug(normalise_name(p.actor.name).split(" ")[-1] or "x", 16)
                    for p in interaction.participants})
    readable = "-".join(names[:3]) or "x"
    return f"{BASE}interaction/{group}/{date or 'undated'}/{readable}-{short_hash(key)}"


def participation_iri(interaction_iri_: str, actor: Actor) -> str:
    return f"{interaction_iri_}/{actor_local(actor).replace('/', '-')}"


def evidence_iri(doc_id: str, start: int, end: int) -> str:
    return f"{BASE}evidence/{slug(doc_id)}/{int(start)}-{int(end)}"


def build_iri(started_iso: str, fingerprint: str) -> str:
    stamp = re.sub(r"[^0-9T]", "", started_iso)[:15]
    return f"{BASE}build/{stamp}-{short_hash(fingerprint, 8)}"

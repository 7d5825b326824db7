"""Data types passed between kgraph's stages.

ingest -> :class:`Article` -> nlp/extract -> :class:`Extraction` (actors, interactions with
:class:`Evidence`) -> rdf store -> :class:`Interaction` again (read back) -> render / events.

The types are small, frozen and shaped like the evaluation format of ``shared/eval/score.py``:
:meth:`Interaction.to_dict` gives one JSONL record. This module imports nothing from kgraph.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache


class Status(StrEnum):
    """Whether an interaction happened, is planned, was called off, or is denied."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    CANCELLED = "cancelled"
    NEGATED = "negated"


class ActorKind(StrEnum):
    PERSON = "person"
    INSTITUTION = "institution"
    COUNTRY = "country"


class InteractionType(StrEnum):
    MEETING = "meeting"
    TALKS = "talks"
    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    VISIT = "visit"
    SUMMIT = "summit"
    NEGOTIATION = "negotiation"
    AGREEMENT = "agreement"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Role(StrEnum):
    """A participant's part in an interaction, where the text says it."""

    PARTICIPANT = "participant"
    HOST = "host"
    VISITOR = "visitor"
    MEDIATOR = "mediator"


def normalise_name(name: str) -> str:
    """Fold a name for comparison: accents off, case-folded, punctuation to spaces, no leading 'the'.

    >>> normalise_name("  The U.S. Treasury ")
    'u s treasury'
    """
    return _normalise(str(name))


@lru_cache(maxsize=8192)
def _normalise(text: str) -> str:
    # Cached: a build folds the same few thousand names hundreds of thousands of times (extraction,
    # identity, IRIs). Keyed by the str, so no spaCy object is kept alive by the cache.
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\W_]+", " ", text).strip()
    return re.sub(r"^(?:the )+", "", text)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article after ingest: clean text (boilerplate removed) and its metadata.

    ``doc_id`` is the file name without folders and extension (or the JSONL ``id``); ``source`` is
    the path or URL it was read from. Evidence offsets index into ``text``.
    """

    doc_id: str
    text: str
    published: dt.date | None = None
    source: str = ""
    url: str | None = None
    title: str | None = None
    dateline: str | None = None
    boilerplate: tuple[str, ...] = ()
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that states a fact; ``text[start:end] == sentence`` in the article's text."""

    doc_id: str
    start: int
    end: int
    sentence: str
    source: str = ""
    url: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """A post held by a person as stated in one article (W3C ORG style): "Prime Minister" of Japan."""

    title: str
    country: str | None = None
    organization: str | None = None
    stated: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, institution or country, with the names it goes by in one or more articles."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    role: str | None = None
    country: str | None = None
    posts: tuple[Post, ...] = ()

    @property
    def key(self) -> str:
        """Identity within kgraph: kind plus normalised name (an IRI is minted from it)."""
        return f"{self.kind.value}:{normalise_name(self.name)}"

    @property
    def label(self) -> str:
        """Display label: 'Scott Bessent, US Treasury Secretary'."""
        if self.kind is ActorKind.PERSON and self.role:
            return f"{self.name}, {self.role}"
        return self.name


@dataclass(frozen=True, slots=True)
class Participant:
    actor: Actor
    role: Role = Role.PARTICIPANT


@dataclass(frozen=True, slots=True)
class Interaction:
    """One diplomatic interaction with its participants and the evidence that states it."""

    type: InteractionType
    participants: tuple[Participant, ...]
    status: Status = Status.OCCURRED
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: str | None = None
    topic: str | None = None
    channel: str | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    iri: str | None = None

    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(p.actor for p in self.participants)

    def to_dict(self) -> dict:
        """The JSONL record that ``shared/eval/score.py`` reads (plus kgraph's extra fields)."""
        return {
            "type": self.type.value,
            "participants": [
                {
                    "name": p.actor.name,
                    "kind": p.actor.kind.value,
                    "role": p.role.value,
                    **({"post": p.actor.role} if p.actor.role else {}),
                    **({"country": p.actor.country} if p.actor.country else {}),
                }
                for p in self.participants
            ],
            "date": self.date,
            "date_precision": self.date_precision.value if self.date_precision else None,
            "location": self.location,
            "topic": self.topic,
            "status": self.status.value,
            "channel": self.channel,
            "confidence": round(self.confidence, 3),
            "sources": [
                {
                    "doc": e.doc_id,
                    "source": e.source,
                    "evidence": e.sentence,
                    "start": e.start,
                    "end": e.end,
                    **({"url": e.url} if e.url else {}),
                    **({"published": e.published.isoformat()} if e.published else {}),
                }
                for e in self.evidence
            ],
            **({"iri": self.iri} if self.iri else {}),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extract produced for one article."""

    article: Article
    actors: tuple[Actor, ...]
    interactions: tuple[Interaction, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed, and why (one line, with the fix where known)."""

    source: str
    reason: str
    stage: str = "ingest"


@dataclass(slots=True)
class BuildReport:
    """Summary of one build: what was read, skipped, extracted and merged."""

    documents_read: int = 0
    documents_built: int = 0
    documents_unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    actors: int = 0
    interactions: int = 0
    mentions: int = 0
    merged: int = 0
    unified: int = 0
    seconds: float = 0.0
    words: int = 0

    @property
    def documents_skipped(self) -> int:
        return len(self.failures)

    def to_dict(self) -> dict:
        return {
            "documents_read": self.documents_read,
            "documents_built": self.documents_built,
            "documents_unchanged": self.documents_unchanged,
            "documents_skipped": self.documents_skipped,
            "failures": [{"source": f.source, "stage": f.stage, "reason": f.reason} for f in self.failures],
            "actors": self.actors,
            "interactions": self.interactions,
            "mentions": self.mentions,
            "merged": self.merged,
            "unified": self.unified,
            "words": self.words,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """Provenance of one build (a prov:Activity): when, with which kgraph and which spaCy pipeline."""

    started: dt.datetime
    kgraph_version: str
    model_name: str
    model_version: str

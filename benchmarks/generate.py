"""Seeded generator of wire-style diplomatic news articles for benchmarks and scale tests.

Each article is a kgraph ``.txt`` document: `` date YYYY-MM-DD CITY: text`` on the first line, then
paragraphs separated by blank lines. The cast is a few hundred persons (first and last names drawn
from lists below, a title and a country each) plus institutions; the paragraphs mix meetings, talks,
phone and video calls, visits, summits, planned and cancelled events, relative dates ("on Thursday",
"next week", "last month"), quotes, wire boilerplate ("Subscribe to ...", "Reporting by ...") and
filler without any interaction. The same seed always gives the same articles, byte for byte.

Usage::

    python benchmarks/generate.py --count 500 --seed 7 --out /tmp/corpus          # 500 .txt files
    python benchmarks/generate.py --count 20000 --seed 7 --jsonl /tmp/corpus.jsonl  # one JSONL file

From Python: ``articles(count, seed)`` yields ``(doc_id, published_date, text)`` without the header;
``article_text(...)`` adds it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

FIRST = """Ahmed Aiko Alejandro Amara Anders Anna Arjun Beatriz Boris Carlos Chen Chiara Dmitri Elena Emeka
Fatima Felipe Giorgos Hana Hans Ingrid Ivan Jae-won Jean Johan Jorge Kamala Kenji Kwame Lars Laila Luis
Maria Marco Mehmet Mei Miguel Mohammed Nadia Naledi Nikolai Olga Omar Paolo Pedro Priya Rafael Ravi
Sabine Samuel Sara Sergei Sofia Tariq Thomas Ursula Viktor Wei Yuki Yusuf Zainab""".split()
LAST = """Abe Alvarez Andersen Bauer Bello Castillo Chang Costa Dlamini Dubois Eriksen Fischer Garcia
Haddad Hoffmann Ibrahim Ito Jensen Kapoor Kim Kowalski Lindqvist Lopez Mahlangu Martins Meyer Mensah
Moreau Nakamura Novak Okafor Olsen Park Petrov Quispe Rahman Rossi Sato Schmidt Silva Singh Suzuki
Tanaka Torres Umarov Varga Vasquez Wagner Watanabe Yilmaz Zhou""".split()

# (country, demonym, capital/city used in datelines and locations)
COUNTRIES = [
    ("Japan", "Japanese", "Tokyo"), ("United States", "US", "Washington"), ("China", "Chinese", "Beijing"),
    ("India", "Indian", "New Delhi"), ("Germany", "German", "Berlin"), ("France", "French", "Paris"),
    ("Brazil", "Brazilian", "Brasilia"), ("South Africa", "South African", "Pretoria"),
    ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"), ("Egypt", "Egyptian", "Cairo"),
    ("Turkey", "Turkish", "Ankara"), ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Poland", "Polish", "Warsaw"), ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
    ("Mexico", "Mexican", "Mexico City"), ("Canada", "Canadian", "Ottawa"),
    ("Australia", "Australian", "Canberra"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("South Korea", "South Korean", "Seoul"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Qatar", "Qatari", "Doha"), ("Iran", "Iranian", "Tehran"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Argentina", "Argentine", "Buenos Aires"),
    ("Sweden", "Swedish", "Stockholm"), ("Norway", "Norwegian", "Oslo"), ("Ghana", "Ghanaian", "Accra"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Singapore", "Singaporean", "Singapore"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"), ("Chile", "Chilean", "Santiago"),
    ("Greece", "Greek", "Athens"),
]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Trade Minister", "Finance Minister",
          "Defence Minister", "Vice President", "Deputy Foreign Minister", "Ambassador", "Chancellor",
          "Economy Minister", "National Security Adviser", "Energy Minister", "top trade negotiator"]
INSTITUTIONS = ["the United Nations", "NATO", "the European Union", "the World Trade Organization",
                "the African Union", "ASEAN", "the International Monetary Fund", "the World Bank", "the G20"]
TOPICS = ["tariffs", "trade", "energy security", "a ceasefire", "climate finance", "migration",
          "maritime security", "debt relief", "semiconductor supply chains", "grain exports",
          "nuclear talks", "visa rules", "a free trade agreement", "regional security", "fisheries"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday"]
FUTURE = ["next week", "next month", "on Friday", "later this month", "in the coming days", "on Monday"]
PAST = ["last week", "last month", "on Tuesday", "earlier this year", "on Sunday", "on Wednesday"]

MEET = [
    "{a} met {b} in {city} {day} to discuss {topic}.",
    "{a} held talks with {b} {day}, focusing on {topic}.",
    "{a} and {b} met on the sidelines of a conference in {city} {day}.",
    "{a} spoke by phone with {b} {day} about {topic}, {ctry_a}'s government said in a statement.",
    "During a 30-minute phone call {day}, {a} and {b} discussed {topic}.",
    "{a} held a video call with {b} {day}, the ministry said.",
    "{a} received {b} in {city} {day}.",
    "{a} visited {city} {day}, where {pron} met {b}.",
    "{a} hosted {b} for talks on {topic} {day}.",
    "{a} and {b} signed an agreement on {topic} in {city} {day}.",
]
PLANNED = [
    "{a} will meet {b} in {city} {future}, officials said.",
    "{a} is expected to visit {city} {future} for talks with {b}.",
    "{a} plans to hold talks with {b} on {topic} {future}.",
    "A summit between {a} and {b} is scheduled for {future} in {city}.",
]
CANCELLED = [
    "A planned meeting between {a} and {b} {future} was cancelled, a spokesperson said.",
    "{a} called off a visit to {city} where {pron} had been due to meet {b}.",
    "{a} postponed talks with {b} that had been scheduled for {future}.",
]
NEGATED = [
    "{a} did not meet {b} during the visit, officials said.",
    "{a} denied reports that {pron} had held secret talks with {b}.",
]
SUMMIT = [
    "Leaders including {a}, {b} and {c} attended the {inst_plain} summit in {city} {day}.",
    "{a} will attend a summit of {inst} in {city} {future}, where {pron} is expected to meet {b}.",
]
QUOTES = [
    '"We had a frank and constructive exchange," {a} told reporters {day}.',
    '"Some points are simply not up for negotiation," {a} said {past}.',
    '"Our relationship is stronger than ever," {a} said in a statement.',
]
FILLER = [
    "{ctry_a} has been seeking to diversify its exports as growth slows, with {topic} high on the agenda.",
    "Markets in {city} rose 0.8 per cent on the news, with shares of exporters leading the gains.",
    "Analysts said the outcome would depend on domestic politics in both countries.",
    "The two countries have had diplomatic relations since 1972 and trade worth about $40 billion a year.",
    "{ctry_b}'s parliament is due to vote on the budget {future}, with polls pointing to a close result.",
    "Officials declined to give details of the discussions, citing the sensitivity of {topic}.",
    "Inflation in {ctry_a} rose to 3.1 per cent last month, the statistics office said.",
    "The central bank left interest rates unchanged {past}, citing uncertainty over {topic}.",
]
BOILERPLATE = [
    "Subscribe to our newsletter to get the week's biggest stories every Saturday. Loading Loading",
    "Reporting by {fullname}; Editing by {fullname2}",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Sign up here for our daily briefing.",
    "Read more: Related coverage on trade and diplomacy.",
]


class Cast:
    """A seeded cast of persons: full name, title, country (name, demonym, city)."""

    def __init__(self, rng: random.Random, size: int = 300) -> None:
        names: set[str] = set()
        while len(names) < size:
            names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        self.persons = [(n, rng.choice(TITLES), rng.choice(COUNTRIES)) for n in sorted(names)]


def _mention(person: tuple, first: bool, rng: random.Random) -> str:
    """'Japanese Foreign Minister Kenji Tanaka' on first mention, else the surname or full name."""
    name, title, (country, demonym, _city) = person
    if not first:
        return name.split()[-1] if rng.random() < 0.6 else name
    style = rng.random()
    if title == "top trade negotiator":
        return f"{country}'s top trade negotiator {name}" if style < 0.6 else f"{name}, {country}'s top trade negotiator"
    if style < 0.55:
        return f"{demonym} {title} {name}"
    if style < 0.8:
        return f"{name}, {country}'s {title},"
    return f"{country}'s {title} {name}"


def _article(rng: random.Random, cast: Cast, index: int, start: dt.date) -> tuple[str, dt.date, str, str]:
    published = start + dt.timedelta(days=rng.randrange(0, 730))
    people = rng.sample(cast.persons, k=rng.randint(3, 6))
    mentioned: set[str] = set()

    def who(p: tuple) -> str:
        first = p[0] not in mentioned
        mentioned.add(p[0])
        return _mention(p, first, rng)

    host = people[0]
    dateline = host[2][2].upper()
    paragraphs: list[str] = []
    n_pars = rng.randint(4, 10)
    for i in range(n_pars):
        a, b, c = rng.sample(people, k=3)
        pick = rng.random() if i else 0.0
        values = dict(city=rng.choice([a[2][2], b[2][2]]), day=rng.choice(DAYS), future=rng.choice(FUTURE),
                      past=rng.choice(PAST), topic=rng.choice(TOPICS), ctry_a=a[2][0], ctry_b=b[2][0],
                      pron=rng.choice(["he", "she"]), inst=rng.choice(INSTITUTIONS),
                      fullname=rng.choice(cast.persons)[0], fullname2=rng.choice(cast.persons)[0])
        values["inst_plain"] = values["inst"].removeprefix("the ")
        if pick < 0.35:
            template = rng.choice(MEET)
        elif pick < 0.47:
            template = rng.choice(PLANNED)
        elif pick < 0.53:
            template = rng.choice(CANCELLED)
        elif pick < 0.56:
            template = rng.choice(NEGATED)
        elif pick < 0.62:
            template = rng.choice(SUMMIT)
        elif pick < 0.72:
            template = rng.choice(QUOTES)
        elif pick < 0.93:
            template = rng.choice(FILLER)
        else:
            template = rng.choice(BOILERPLATE)
        # Mentions are resolved in reading order so the first one carries the title.
        for key, person in (("a", a), ("b", b), ("c", c)):
            if "{" + key + "}" in template:
                values[key] = who(person)
        sentence = template.format(**values)
        sentence = sentence.replace(",.", ".").replace(",,", ",").replace(", '", " '")
        sentence = sentence[0].upper() + sentence[1:]
        # A paragraph is one to three sentences: an event plus filler or a quote.
        extra = []
        if rng.random() < 0.4:
            extra.append(rng.choice(FILLER).format(**values))
        paragraphs.append(" ".join([sentence, *extra]))
    doc_id = f"gen-{index:06d}"
    return doc_id, published, dateline, "\n\n".join(paragraphs)


def articles(count: int, seed: int = 7, cast_size: int = 300) -> Iterator[tuple[str, dt.date, str, str]]:
    """Yield ``count`` articles as ``(doc_id, published, dateline, body)``, deterministically for ``seed``."""
    rng = random.Random(seed)
    cast = Cast(rng, cast_size)
    start = dt.date(2023, 1, 1)
    for i in range(count):
        yield _article(random.Random(f"{seed}:{i}"), cast, i, start)


def article_text(published: dt.date, dateline: str, body: str) -> str:
    """The kgraph ``.txt`` form: `` date YYYY-MM-DD CITY: body``."""
    return f" date {published.isoformat()} {dateline}: {body}\n"


def write_txt(count: int, seed: int, out: Path | str) -> list[Path]:
    """Write ``count`` ``.txt`` files into ``out`` (created); return their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc_id, published, dateline, body in articles(count, seed):
        path = out / f"{doc_id}.txt"
        path.write_text(article_text(published, dateline, body), encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(count: int, seed: int, path: Path | str) -> Path:
    """Write ``count`` articles as one JSONL file (``id``, ``date``, ``text`` with the dateline)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, published, dateline, body in articles(count, seed):
            fh.write(json.dumps({"id": doc_id, "date": published.isoformat(), "text": f"{dateline}: {body}"}) + "\n")
    return path


def extractions(count: int, seed: int = 7, cast_size: int = 300):
    """Yield ``count`` synthetic :class:`~kgraph.model.Extraction` objects shaped like extract's output.

    No NLP: actors (persons with a post and a country), 2-8 interactions per article with participants,
    status, day dates in a two-year window (so the same pair on the same day in two articles merges
    across documents, as real wire copy does), place, topic and one evidence sentence that is a real
    slice of the article text. For store and query benchmarks at millions of quads.
    """
    from kgraph.model import (
        Actor, ActorKind, Article, DatePrecision, Evidence, Extraction, Interaction, InteractionType,
        Participant, Post, Role, Status,
    )

    rng = random.Random(f"extractions:{seed}")
    cast = Cast(rng, cast_size)
    types = list(InteractionType)
    statuses = [Status.OCCURRED] * 6 + [Status.PLANNED] * 2 + [Status.CANCELLED, Status.NEGATED]
    for doc_id, published, dateline, body in articles(count, seed, cast_size):
        r = random.Random(f"x:{seed}:{doc_id}")
        people = r.sample(cast.persons, k=r.randint(3, 6))
        actors = {p[0]: Actor(p[0], ActorKind.PERSON, role=p[1], country=p[2][0],
                              posts=(Post(p[1], p[2][0], stated=published),)) for p in people}
        countries = {p[2][0]: Actor(p[2][0], ActorKind.COUNTRY) for p in people}
        text = f"{body}"
        article = Article(doc_id, text, published, source=f"{doc_id}.txt", dateline=dateline,
                          content_hash=f"{r.getrandbits(128):032x}")
        sentences = [(m_start, m_start + len(par)) for par, m_start in _paragraph_spans(text)]
        interactions = []
        for _ in range(r.randint(2, 8)):
            group = r.sample(people, k=r.choice([2, 2, 2, 3]))
            parts = tuple(Participant(actors[p[0]], Role.PARTICIPANT) for p in group)
            if r.random() < 0.15:
                parts += (Participant(countries[group[0][2][0]], Role.HOST),)
            start, end = r.choice(sentences)
            day = published - dt.timedelta(days=r.randrange(0, 5))
            interactions.append(Interaction(
                type=r.choice(types), participants=parts, status=r.choice(statuses), date=day.isoformat(),
                date_precision=DatePrecision.DAY, location=r.choice(group)[2][2], topic=r.choice(TOPICS),
                evidence=(Evidence(doc_id, start, end, text[start:end], source=article.source,
                                   published=published),),
                confidence=round(r.uniform(0.4, 0.95), 3)))
        used = {p.actor.name: p.actor for i in interactions for p in i.participants}
        yield Extraction(article, tuple(used.values()), tuple(interactions))


def _paragraph_spans(text: str) -> list[tuple[str, int]]:
    spans, pos = [], 0
    for par in text.split("\n\n"):
        spans.append((par, pos))
        pos += len(par) + 2
    return spans


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="folder for .txt files")
    parser.add_argument("--jsonl", type=Path, help="one .jsonl file instead of .txt files")
    args = parser.parse_args(argv)
    if not args.out and not args.jsonl:
        parser.error("give --out DIR and/or --jsonl FILE")
    if args.out:
        print(f"wrote {len(write_txt(args.count, args.seed, args.out))} articles to {args.out}")
    if args.jsonl:
        print(f"wrote {args.count} articles to {write_jsonl(args.count, args.seed, args.jsonl)}")


if __name__ == "__main__":
    main()

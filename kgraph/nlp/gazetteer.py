"""Lookups of countries, capitals, demonyms, political titles and institutions.

The lists are data files in ``kgraph/data/`` (tab-separated, with a header), read once per process.
Lookup is case-insensitive on normalised text; "the U.S." and "US" find the same row.
"""
from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kgraph.model import normalise_name

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


@dataclass(frozen=True, slots=True)
class Place:
    """What a name found in text stands for: a country (by name, alias or capital) or a demonym."""

    country: str
    how: str  # "name", "alias", "capital", "demonym"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, Place]
    codes: dict[str, Place]  # case-sensitive short forms
    titles: dict[str, str]  # normalised title phrase -> canonical display form
    title_kinds: dict[str, str]
    institutions: dict[str, str]  # normalised alias -> canonical name
    institution_codes: dict[str, str]  # case-sensitive short forms
    venues: dict[str, str]  # normalised venue -> city ("kremlin" -> "Moscow")
    max_title_words: int
    capitals: dict[str, str] = field(default_factory=dict)  # country -> its (first) capital as written
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # normalised group name -> member countries
    shared_venues: frozenset[str] = frozenset()  # normalised venue names many capitals use ("state house")

    def members(self, text: str) -> tuple[str, ...] | None:
        """The member countries of a small group of states by its name or adjective ("Nordic", "the G7",
        "Visegrad Group"; groups.tsv), or None."""
        bare = text.strip()
        if bare.lower().startswith("the "):
            bare = bare[4:]
        return self.groups.get(normalise_name(bare))

    def place(self, text: str) -> Place | None:
        bare = text.strip().replace(".", "")
        if bare.startswith("the "):
            bare = bare[4:]
        found = self.codes.get(bare) or self.places.get(normalise_name(text))
        if found is None and text.endswith("s") and len(text) > 4:
            singular = self.places.get(normalise_name(text[:-1]))  # "Palestinians", "Israelis"
            if singular is not None and singular.how == "demonym":
                found = singular
        return found

    def is_capital(self, text: str) -> bool:
        """Whether a name is a country's capital ("Kampala"): a city that may stand for its country."""
        place = self.place(text)
        return place is not None and place.how == "capital"

    def is_country(self, text: str) -> bool:
        """Whether a name stands for a country by itself (its name, an alias, a demonym), not as its capital."""
        place = self.place(text)
        return place is not None and place.how != "capital"

    def country(self, text: str) -> str | None:
        """Country name for a country name, alias, capital or demonym; None otherwise."""
        found = self.place(text)
        return found.country if found else None

    def city(self, text: str) -> str | None:
        """The country of a city that is not a capital ("Jeddah" -> "Saudi Arabia"), from GeoNames (cities.tsv).
        Only where the text already makes it a place: a city does not stand for its country as a capital does."""
        cities = _cities()
        folded = ascii_fold(text)
        return cities.get(folded) or (cities.get(folded[4:]) if folded.startswith("the ") else None)

    def title(self, text: str) -> str | None:
        return self.titles.get(normalise_name(text))

    def venue_city(self, text: str) -> str | None:
        """The city of a well-known venue ("the White House" -> "Washington"), or None."""
        return self.venues.get(normalise_name(text))

    def shared_venue(self, text: str) -> bool:
        """Whether a venue's name is one many capitals give a building of theirs ("State House", "National
        Palace"): the city venues.tsv gives it is only the likeliest one."""
        return normalise_name(text) in self.shared_venues

    def institution(self, text: str) -> str | None:
        bare = text.strip().replace(".", "")
        if bare.startswith("the "):
            bare = bare[4:]
        return self.institution_codes.get(bare) or self.institutions.get(normalise_name(text))


def ascii_fold(text: str) -> str:
    """The key of a city in cities.tsv (make_cities.py writes it with this): accents off, lower case."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """ASCII-folded city name -> country, read on first use (45,000 rows)."""
    cities: dict[str, str] = {}
    path = DATA_DIR / "cities.tsv"
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            next((line for line in handle if not line.startswith("#")), None)  # the header
            for line in handle:
                name, _, country = line.rstrip("\n").partition("\t")
                cities[name] = country
    return cities


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer built from the data files (cached)."""
    places: dict[str, Place] = {}
    codes: dict[str, Place] = {}
    capitals: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        name = row["name"]
        entries = [(name, "name")] + [(a, "alias") for a in _split(row.get("aliases", ""))]
        entries += [(c, "capital") for c in _split(row.get("capitals", ""))]
        for c in _split(row.get("capitals", ""))[:1]:
            capitals[name] = c
        entries += [(d, "demonym") for d in _split(row.get("demonyms", ""))]
        for text, how in entries:
            if _is_code(text):
                codes.setdefault(text.replace(".", ""), Place(name, how))
            else:
                places.setdefault(normalise_name(text), Place(name, how))
        if row.get("iso3"):
            codes.setdefault(row["iso3"], Place(name, "alias"))
    inst_codes: dict[str, str] = {}
    titles: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for row in _rows("titles.tsv"):
        key = normalise_name(row["title"])
        titles.setdefault(key, row.get("canonical") or row["title"])
        kinds.setdefault(key, row.get("kind", "other"))
    institutions: dict[str, str] = {}
    for row in _rows("institutions.tsv"):
        for alias in [row["name"], *_split(row.get("aliases", ""))]:
            if _is_code(alias):
                inst_codes.setdefault(alias.replace(".", ""), row["name"])
            else:
                institutions.setdefault(normalise_name(alias), row["name"])
    longest = max((len(t.split()) for t in titles), default=1)
    venue_rows = _rows("venues.tsv")
    venues = {normalise_name(row["venue"]): row["city"] for row in venue_rows}
    shared_venues = frozenset(normalise_name(row["venue"]) for row in venue_rows if row.get("shared") == "yes")
    groups: dict[str, tuple[str, ...]] = {}
    for row in _rows("groups.tsv"):
        members = tuple(_split(row["members"]))
        for name in [row["name"], *_split(row.get("names", ""))]:
            groups.setdefault(normalise_name(name), members)
    return Gazetteer(places, codes, titles, kinds, institutions, inst_codes, venues, longest, capitals, groups,
                     shared_venues)


def _is_code(text: str) -> bool:
    """Upper-case short forms ("US", "U.S.", "WHO", "JPN") match only upper-case text: "who", "per" and
    "can" are words, not the World Health Organization, Peru and Canada."""
    bare = text.replace(".", "").strip()
    return bare.isupper() and len(bare) <= 5 and " " not in bare

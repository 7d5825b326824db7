"""Robustness: how often each common construction is extracted right across many names, countries and dates.

A CheckList-style test (Ribeiro et al., ACL 2020): each template is one way news tells (or does not tell) an
interaction, filled with invented people from several naming traditions, real countries with their demonyms
and capitals, and publication dates with relative weekdays. Each filled sentence is a one-document gold file
written next to its text (the seed's format), so ``kgraph.evaluate`` scores it with the scorer's definitions.
A gold set written by hand tells how well kgraph does on the sentences someone wrote; this tells how
*brittle* it is: a construction right for "Kenta Morimoto" and wrong for "Zhao Lirong" or "Wanjiru Kamau"
is a mechanism that leans on the small model's guesses about one name.

    python benchmarks/robustness.py                 # 30 variants per template, table of pass rates
    python benchmarks/robustness.py --variants 60 --show 3     # and three failures per template
    python benchmarks/robustness.py --write DIR     # keep the generated texts and gold files

Per template: ``exact`` is the share of variants whose every required interaction is found with the right
status and date and that gain no spurious one; ``found`` / ``strict`` are the F1s over the template's variants.
The names are made up here (no gold article's names); the same seed always gives the same variants.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (given, family, gender, how the family name is said on second mention, family-name-first order)
PEOPLE = {
    "east_asia": [("Lirong", "Zhao", "f", True), ("Weiming", "Han", "m", True), ("Xiaoling", "Guo", "f", True),
                  ("Kenta", "Morimoto", "m", False), ("Ayaka", "Shibata", "f", False),
                  ("Ji-hoon", "Park", "m", True), ("Seo-yeon", "Yoon", "f", True)],
    "arab": [("Khalid", "Al-Mansouri", "m", False), ("Layla", "Haddad", "f", False),
             ("Yousef", "Nasser", "m", False), ("Rania", "Abu Zeid", "f", False)],
    "africa": [("Chukwuemeka", "Obi", "m", False), ("Amina", "Diallo", "f", False), ("Thabo", "Nkosi", "m", False),
               ("Wanjiru", "Kamau", "f", False), ("Ousmane", "Keita", "m", False), ("Abebe", "Girma", "m", False)],
    "latin": [("Mariana", "Quintero", "f", False), ("Joaquin", "Echeverria", "m", False),
              ("Rodrigo", "Valdes Pinto", "m", False), ("Lucia", "Ferreira", "f", False)],
    "europe": [("Henrik", "Lund", "m", False), ("Katarzyna", "Wojcik", "f", False),
               ("Pierre-Antoine", "Rousseau", "m", False), ("Dimitra", "Papadaki", "f", False),
               ("Stefan", "van der Berg", "m", False), ("Ingrid", "Solheim", "f", False)],
    "south_asia": [("Arvind", "Raghavan", "m", False), ("Sadia", "Chowdhury", "f", False),
                   ("Imran", "Qureshi", "m", False), ("Nirmala", "Perera", "f", False)],
    "central_asia": [("Rustam", "Nazarov", "m", False), ("Aigerim", "Bekova", "f", False),
                     ("Oleg", "Sorokin", "m", False), ("Dilnoza", "Yusupova", "f", False)],
}
TITLES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Trade Minister",
          "Finance Minister", "Energy Minister"]
# Countries with one demonym and one capital that no other row shares (read from kgraph's countries.tsv)
COUNTRY_NAMES = ["Japan", "Kenya", "Brazil", "Germany", "India", "Egypt", "Indonesia", "Mexico", "Nigeria", "Poland",
                 "Vietnam", "Chile", "Norway", "Kazakhstan", "Morocco", "Ethiopia", "Peru", "Greece", "Thailand",
                 "Ghana", "Argentina", "Sweden", "Pakistan", "Senegal", "Colombia", "Finland", "Malaysia", "Qatar",
                 "Uzbekistan", "Tanzania"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Person:
    name: str
    surname: str
    pronoun: str
    title: str
    country: str
    demonym: str
    capital: str


@dataclass
class Variant:
    """One filled template: the text after the header, the gold interactions, the actors."""

    published: dt.date
    dateline: str
    text: str
    interactions: list[dict]
    people: list[Person] = field(default_factory=list)


def _countries() -> dict[str, tuple[str, str]]:
    rows = {}
    with (ROOT / "kgraph" / "data" / "countries.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["name"] in COUNTRY_NAMES:
            rows[row["name"]] = (row["demonyms"].split(";")[0], row["capitals"].split(";")[0])
    return rows


class Cast:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.countries = _countries()

    def people(self, n: int, same_post: bool = False) -> list[Person]:
        """``n`` people of ``n`` different countries and naming traditions; one post for all when ``same_post``
        ("his counterpart"), else different posts in 40% of the draws."""
        countries = self.rng.sample(sorted(self.countries), n)
        regions = self.rng.sample(sorted(PEOPLE), n)
        distinct = not same_post and self.rng.random() < 0.4
        titles = self.rng.sample(TITLES, n) if distinct else [self.rng.choice(TITLES)] * n
        out = []
        for country, region, title in zip(countries, regions, titles):
            given, family, gender, family_first = self.rng.choice(PEOPLE[region])
            name = f"{family} {given}" if family_first else f"{given} {family}"
            demonym, capital = self.countries[country]
            out.append(Person(name, family, "his" if gender == "m" else "her", title, country, demonym, capital))
        return out


def _day(published: dt.date, offset: int) -> tuple[str, str]:
    """'on Tuesday' for a day ``offset`` days from publication (-6..-1 past, 1..6 future), and its ISO date."""
    day = published + dt.timedelta(days=offset)
    return WEEKDAYS[day.weekday()], day.isoformat()


def _gold(kind: str, who: list[str], status: str, date: str | None, evidence: str, location: str | None = None,
          optional: bool = False) -> dict:
    return {"type": kind, "participants": who, "status": status, "date": date, "location": location,
            "topic": None, "evidence": evidence, **({"optional": True} if optional else {})}


# Each template: (name, what it tests, function(cast, published) -> Variant)
Template = Callable[[Cast, dt.date], Variant]


def met_counterpart(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2, same_post=True)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} met {a.pronoun} {b.demonym} counterpart {b.name} in {b.capital} on {wd}, "
         f"the two governments said.")
    return Variant(pub, b.capital.upper(), s, [_gold("meeting", [a.name, b.name], "occurred", iso, s, b.capital)],
                   [a, b])


def held_talks(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.title} {a.name} of {a.country} held talks with {b.demonym} {b.title} {b.name} in {b.capital} on {wd} "
         f"on trade and energy.")
    return Variant(pub, b.capital.upper(), s, [_gold("talks", [a.name, b.name], "occurred", iso, s, b.capital)],
                   [a, b])


def phone_call(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} spoke by phone with {b.demonym} {b.title} {b.name} on {wd}, "
         f"{a.pronoun} office said in a statement.")
    return Variant(pub, a.capital.upper(), s, [_gold("phone_call", [a.name, b.name], "occurred", iso, s)], [a, b])


def hosted(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = f"{a.demonym} {a.title} {a.name} hosted {b.demonym} {b.title} {b.name} in {a.capital} on {wd}."
    return Variant(pub, a.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, a.capital),
        _gold("visit", [b.name, a.country], "occurred", iso, s, a.capital, optional=True)], [a, b])


def received_passive(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = f"{b.demonym} {b.title} {b.name} was received by {a.title} {a.name} in {a.capital} on {wd}."
    return Variant(pub, a.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, a.capital),
        _gold("visit", [b.name, a.country], "occurred", iso, s, a.capital, optional=True)], [a, b])


def surname_later(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    k = cast.rng.randint(2, 5)
    wd1, iso1 = _day(pub, -k)
    wd2, iso2 = _day(pub, -k + 1)
    s1 = f"{a.demonym} {a.title} {a.name} arrived in {b.capital} on {wd1} for a two-day visit."
    s2 = f"On {wd2}, {a.surname} met {b.demonym} {b.title} {b.name} to discuss a new rail link."
    return Variant(pub, b.capital.upper(), f"{s1} {s2}", [
        _gold("meeting", [a.name, b.name], "occurred", iso2, s2, b.capital),
        _gold("visit", [a.name, b.country], "occurred", iso1, s1, b.capital, optional=True)], [a, b])


def planned_trip(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, cast.rng.randint(2, 6))
    s = f"{a.demonym} {a.title} {a.name} will travel to {b.capital} on {wd} for talks with {b.title} {b.name}."
    return Variant(pub, a.capital.upper(), s, [
        _gold("talks", [a.name, b.name], "planned", iso, s, b.capital),
        _gold("visit", [a.name, b.country], "planned", iso, s, b.capital, optional=True)], [a, b])


def called_off(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    s = (f"A meeting between {a.demonym} {a.title} {a.name} and {b.demonym} {b.title} {b.name} was called off "
         f"at short notice, officials said.")
    return Variant(pub, a.capital.upper(), s, [_gold("meeting", [a.name, b.name], "cancelled", None, s)], [a, b])


def denied(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    s = (f"The {a.demonym} foreign ministry denied reports that {a.title} {a.name} had secretly met "
         f"{b.demonym} {b.title} {b.name}.")
    return Variant(pub, a.capital.upper(), s, [_gold("meeting", [a.name, b.name], "negated", None, s)], [a, b])


def could_meet(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    s = (f"{a.demonym} {a.title} {a.name} could meet {b.demonym} {b.title} {b.name} later this year if the talks "
         f"on the border make progress, analysts said.")
    return Variant(pub, a.capital.upper(), s, [], [a, b])


def criticised(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, _ = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} on {wd} criticised {b.demonym} {b.title} {b.name} over remarks about "
         f"the disputed border, saying they had damaged trust.")
    return Variant(pub, a.capital.upper(), s, [], [a, b])


def two_sides(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} and {b.demonym} officials met in {b.capital} on {wd}, and the two sides agreed to meet again "
         f"next year.")
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.country, b.country], "occurred", iso, s, b.capital),
        _gold("meeting", [a.country, b.country], "planned", str(pub.year + 1), s, optional=True)], [])


def video_call(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = f"{a.name} and {b.name}, the {a.demonym} and {b.demonym} {a.title.lower()}s, held a video call on {wd}."
    if a.title != b.title:
        s = f"{a.demonym} {a.title} {a.name} and {b.demonym} {b.title} {b.name} held a video call on {wd}."
    return Variant(pub, a.capital.upper(), s, [_gold("video_call", [a.name, b.name], "occurred", iso, s)], [a, b])


def three_way(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.title} {a.name} of {a.country}, {b.title} {b.name} of {b.country} and {c.title} {c.name} of "
         f"{c.country} met in {c.capital} on {wd} to discuss water sharing.")
    return Variant(pub, c.capital.upper(), s, [_gold("meeting", [a.name, b.name, c.name], "occurred", iso, s,
                                                     c.capital)], [a, b, c])


def signed(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} and {b.demonym} {b.title} {b.name} signed an agreement on fisheries in "
         f"{b.capital} on {wd}.")
    return Variant(pub, b.capital.upper(), s, [_gold("agreement", [a.name, b.name], "occurred", iso, s, b.capital)],
                   [a, b])


def in_quote(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, _ = _day(pub, -cast.rng.randint(1, 5))
    s = (f"\"We are ready to work with {b.country} on every question,\" {a.demonym} {a.title} {a.name} told "
         f"reporters on {wd}, a day after {b.demonym} {b.title} {b.name} made a similar offer.")
    return Variant(pub, a.capital.upper(), s, [], [a, b])


def counterpart_named_later(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2, same_post=True)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s1 = f"{a.demonym} {a.title} {a.name} met {a.pronoun} {b.demonym} counterpart in {b.capital} on {wd}."
    s2 = (f"{b.name}, the {b.demonym} {b.title.lower()}, told reporters after the meeting that the two countries "
          f"would open a consulate in each other's second city.")
    return Variant(pub, b.capital.upper(), f"{s1} {s2}", [
        _gold("meeting", [a.name, b.name], "occurred", iso, s1, b.capital)], [a, b])


def two_leaders_again(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s1 = f"{a.demonym} {a.title} {a.name} welcomed {b.demonym} {b.title} {b.name} to {a.capital} on {wd}."
    s2 = f"The two discussed a gas pipeline and said they would meet again in {b.capital} next year."
    return Variant(pub, a.capital.upper(), f"{s1} {s2}", [
        _gold("meeting", [a.name, b.name], "occurred", iso, s1, a.capital),
        _gold("meeting", [a.name, b.name], "planned", str(pub.year + 1), s2, b.capital),
        _gold("visit", [b.name, a.country], "occurred", iso, s1, a.capital, optional=True)], [a, b])


def lead_then_names(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    a = Person(a.name, a.surname, a.pronoun, "Foreign Minister", a.country, a.demonym, a.capital)
    b = Person(b.name, b.surname, b.pronoun, "Foreign Minister", b.country, b.demonym, b.capital)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s1 = f"The foreign ministers of {a.country} and {b.country} met in {b.capital} on {wd} to mend ties."
    s2 = (f"{a.country}'s {a.name} and {b.country}'s {b.name} agreed to restore direct flights, according to a "
          f"joint statement, and {a.surname} invited {b.surname} to visit.")
    return Variant(pub, b.capital.upper(), f"{s1} {s2}", [
        _gold("meeting", [a.name, b.name], "occurred", iso, s1, b.capital),
        _gold("agreement", [a.name, b.name], "occurred", iso, s2, b.capital, optional=True),
        _gold("visit", [b.name, a.country], "planned", None, s2, optional=True)], [a, b])


def sidelines(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"On the sidelines of a regional forum in {c.capital} on {wd}, {a.demonym} {a.title} {a.name} met "
         f"{b.demonym} {b.title} {b.name} for the first time.")
    return Variant(pub, c.capital.upper(), s, [_gold("meeting", [a.name, b.name], "occurred", iso, s, c.capital)],
                   [a, b])


def delegation(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"A {a.demonym} delegation led by {a.title} {a.name} held talks with {b.title} {b.name} in {b.capital} "
         f"on {wd}, the {b.demonym} government said.")
    return Variant(pub, b.capital.upper(), s, [
        _gold("talks", [a.name, b.name], "occurred", iso, s, b.capital),
        _gold("visit", [a.name, b.country], "occurred", iso, s, b.capital, optional=True)], [a, b])


def postponed_trip(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, cast.rng.randint(2, 6))
    s1 = f"{a.demonym} {a.title} {a.name} had been due to fly to {b.capital} on {wd} to meet {b.title} {b.name}."
    s2 = "The trip has been postponed because of the floods, the foreign ministry said."
    return Variant(pub, a.capital.upper(), f"{s1} {s2}", [
        # (no date checked: "had been due ... on Sunday" may be the Sunday just gone or the next one)
        _gold("meeting", [a.name, b.name], "cancelled", None, s1, b.capital),
        _gold("visit", [a.name, b.country], "cancelled", None, s1, b.capital, optional=True)], [a, b])


def last_met(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    month = dt.date(pub.year - 1, cast.rng.randint(1, 12), 1)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s1 = f"{a.demonym} {a.title} {a.name} spoke with {b.demonym} {b.title} {b.name} by telephone on {wd}."
    s2 = f"The two last met in {b.capital} in {month.strftime('%B')} {month.year}."
    return Variant(pub, a.capital.upper(), f"{s1} {s2}", [
        _gold("phone_call", [a.name, b.name], "occurred", iso, s1),
        _gold("meeting", [a.name, b.name], "occurred", month.strftime("%Y-%m"), s2, b.capital)], [a, b])


def spokesperson(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s1 = f"{a.demonym} {a.title} {a.name} met {b.demonym} {b.title} {b.name} in {b.capital} on {wd}."
    s2 = f"\"It was a frank exchange,\" {a.demonym} government spokesperson {c.name} said afterwards."
    return Variant(pub, b.capital.upper(), f"{s1} {s2}", [
        _gold("meeting", [a.name, b.name], "occurred", iso, s1, b.capital)], [a, b, c])


def capitals_as_actors(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.capital} and {b.capital} held a new round of talks on {wd} in {c.capital}, where negotiators "
         f"discussed a prisoner exchange.")
    return Variant(pub, c.capital.upper(), s, [_gold("talks", [a.country, b.country], "occurred", iso, s,
                                                     c.capital)], [])


def counterparts_listed(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3, same_post=True)
    s = (f"{a.demonym} {a.title} {a.name} will travel to {b.capital} next month for talks with {a.pronoun} "
         f"{b.demonym} and {c.demonym} counterparts, {b.name} and {c.name}, the ministry said.")
    month = (pub.replace(day=1) + dt.timedelta(days=32)).strftime("%Y-%m")
    return Variant(pub, a.capital.upper(), s, [
        _gold("talks", [a.name, b.name, c.name], "planned", month, s, b.capital),
        _gold("visit", [a.name, b.country], "planned", month, s, b.capital, optional=True)], [a, b, c])


def on_a_visit(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{b.demonym} {b.title} {b.name}, who is on a three-day visit to {a.country}, met {a.title} {a.name} in "
         f"{a.capital} on {wd}.")
    return Variant(pub, a.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, a.capital),
        _gold("visit", [b.name, a.country], "occurred", None, s, a.capital, optional=True)], [a, b])


def two_days_two_people(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3)
    k = cast.rng.randint(2, 5)
    wd1, iso1 = _day(pub, -k)
    wd2, iso2 = _day(pub, -k + 1)
    s = (f"{a.demonym} {a.title} {a.name} held talks with {b.demonym} {b.title} {b.name} on {wd1} and with "
         f"{c.demonym} {c.title} {c.name} on {wd2}.")
    return Variant(pub, a.capital.upper(), s, [
        _gold("talks", [a.name, b.name], "occurred", iso1, s),
        _gold("talks", [a.name, c.name], "occurred", iso2, s)], [a, b, c])


def due_to_meet(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, cast.rng.randint(1, 6))
    s = f"{a.demonym} {a.title} {a.name} is due to meet {b.demonym} {b.title} {b.name} on {wd}, {a.pronoun} spokesperson said."
    return Variant(pub, a.capital.upper(), s, [_gold("meeting", [a.name, b.name], "planned", iso, s)], [a, b])


def absolute_date(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    day = pub - dt.timedelta(days=cast.rng.randint(8, 40))
    style = cast.rng.choice(["{d} {m}", "{m} {d}", "{m} {d}th", "{m3} {d}"])
    when = style.format(d=day.day, m=day.strftime("%B"), m3=day.strftime("%b"))
    if style == "{m} {d}th":
        when = f"{day.strftime('%B')} {day.day}{'th' if 11 <= day.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day.day % 10, 'th')}"
    s = f"{a.demonym} {a.title} {a.name} met {b.demonym} {b.title} {b.name} in {b.capital} on {when}."
    return Variant(pub, b.capital.upper(), s, [_gold("meeting", [a.name, b.name], "occurred", day.isoformat(), s,
                                                     b.capital)], [a, b])


def last_month(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    month = (pub.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    s = f"{a.demonym} {a.title} {a.name} visited {b.capital} last month for talks with {b.title} {b.name}."
    return Variant(pub, a.capital.upper(), s, [
        _gold("talks", [a.name, b.name], "occurred", month, s, b.capital),
        _gold("visit", [a.name, b.country], "occurred", month, s, b.capital, optional=True)], [a, b])


def visiting_participle(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = f"{a.title} {a.name} received the visiting {b.demonym} {b.title.lower()}, {b.name}, in {a.capital} on {wd}."
    return Variant(pub, a.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, a.capital),
        _gold("visit", [b.name, a.country], "occurred", iso, s, a.capital, optional=True)], [a, b])


def phoned(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} received a phone call from {b.demonym} {b.title} {b.name} on {wd}, "
         f"during which the two discussed grain exports.")
    return Variant(pub, a.capital.upper(), s, [_gold("phone_call", [a.name, b.name], "occurred", iso, s)], [a, b])


def told_in_call(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} told {b.demonym} {b.title} {b.name} in a telephone call on {wd} that "
         f"{a.country} would not accept new tariffs.")
    return Variant(pub, a.capital.upper(), s, [_gold("phone_call", [a.name, b.name], "occurred", iso, s)], [a, b])


def summit_leaders(cast: Cast, pub: dt.date) -> Variant:
    a, b, c, d = cast.people(4)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"Leaders of {a.country}, {b.country}, {c.country} and {d.country} gathered in {d.capital} on {wd} for a "
         f"summit on regional trade.")
    return Variant(pub, d.capital.upper(), s, [_gold("summit", [a.country, b.country, c.country, d.country],
                                                     "occurred", iso, s, d.capital)], [])


def expected_sign(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    s = (f"{a.demonym} {a.title} {a.name} and {b.demonym} {b.title} {b.name} are expected to sign a defence pact "
         f"when they meet in {b.capital} next week.")
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "planned", None, s, b.capital),
        _gold("agreement", [a.name, b.name], "planned", None, s, b.capital, optional=True)], [a, b])


def _subject(person: Person) -> str:
    return "he" if person.pronoun == "his" else "she"


def _posts(title: str) -> str:
    """'Foreign Minister' -> 'foreign ministers' (the plural post before "of K1 and K2")."""
    return f"{title.lower()}s"


def telephone_conversation(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} held a telephone conversation with {b.demonym} {b.title} {b.name} on "
         f"{wd}, during which the two discussed energy prices.")
    return Variant(pub, a.capital.upper(), s, [_gold("phone_call", [a.name, b.name], "occurred", iso, s)], [a, b])


def courtesy_call(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = f"{a.demonym} {a.title} {a.name} paid a courtesy call on {b.title} {b.name} in {b.capital} on {wd}."
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, b.capital),
        _gold("visit", [a.name, b.country], "occurred", iso, s, b.capital, optional=True)], [a, b])


def called_on(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} called on {b.demonym} {b.title} {b.name} at {b.pronoun} office in "
         f"{b.capital} on {wd}.")
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, b.capital),
        _gold("visit", [a.name, b.country], "occurred", iso, s, b.capital, optional=True)], [a, b])


def received_in_audience(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = f"{a.demonym} {a.title} {a.name} was received in audience by {b.title} {b.name} in {b.capital} on {wd}."
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, b.capital),
        _gold("visit", [a.name, b.country], "occurred", iso, s, b.capital, optional=True)], [a, b])


def joint_commission(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2, same_post=True)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    nth = cast.rng.choice(["second", "third", "fourth", "fifth", "seventh", "11th", "22nd"])
    s = (f"{a.demonym} {a.title} {a.name} and {b.demonym} {b.title} {b.name} co-chaired the {nth} session of the "
         f"{a.demonym}-{b.demonym} joint commission in {b.capital} on {wd}.")
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, b.capital),
        _gold("meeting", [a.country, b.country], "occurred", iso, s, b.capital, optional=True)], [a, b])


def visit_date_range(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    start = pub + dt.timedelta(days=cast.rng.randint(3, 30))
    end = start + dt.timedelta(days=cast.rng.randint(1, 3))
    if start.month == end.month:
        span = cast.rng.choice([f"{start.day} to {end.day} {start:%B}", f"{start:%B} {start.day} to {end.day}"])
    else:
        span = f"{start.day} {start:%B} to {end.day} {end:%B}"
    s = f"{a.demonym} {a.title} {a.name} will pay an official visit to {b.country} from {span}, the foreign ministry said."
    return Variant(pub, a.capital.upper(), s, [_gold("visit", [a.name, b.country], "planned", start.isoformat(), s)],
                   [a, b])


def arrived_on_visit(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = f"{a.demonym} {a.title} {a.name} arrived in {b.capital} on {wd} on a three-day official visit."
    return Variant(pub, b.capital.upper(), s, [_gold("visit", [a.name, b.country], "occurred", iso, s, b.capital)],
                   [a])


def during_visit_met(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"During {a.pronoun} visit to {b.country}, {a.demonym} {a.title} {a.name} met {b.demonym} {b.title} "
         f"{b.name} on {wd}.")
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, b.country),
        _gold("visit", [a.name, b.country], "occurred", None, s, b.country, optional=True)], [a, b])


def met_separately(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} met separately with {b.demonym} {b.title} {b.name} and {c.demonym} "
         f"{c.title} {c.name} in {a.capital} on {wd}.")
    return Variant(pub, a.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, a.capital),
        _gold("meeting", [a.name, c.name], "occurred", iso, s, a.capital)], [a, b, c])


def talks_between_posts(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3, same_post=True)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"Talks between the {_posts(a.title)} of {a.country} and {b.country} took place in {c.capital} on {wd}, "
         f"diplomats said.")
    return Variant(pub, c.capital.upper(), s, [_gold("talks", [a.country, b.country], "occurred", iso, s, c.capital)],
                   [])


def first_since(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    year = pub.year - cast.rng.randint(2, 9)
    s = (f"{a.demonym} {a.title} {a.name}'s meeting with {b.demonym} {b.title} {b.name} in {b.capital} on {wd}, "
         f"the first since {year}, focused on trade.")
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, b.capital),
        _gold("meeting", [a.name, b.name], "occurred", str(year), s, optional=True)], [a, b])


def scheduled_later(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    s = (f"{a.demonym} {a.title} {a.name} is scheduled to hold talks with {b.demonym} {b.title} {b.name} later "
         f"this month, {a.pronoun} office said.")
    return Variant(pub, a.capital.upper(), s, [
        _gold("talks", [a.name, b.name], "planned", pub.strftime("%Y-%m"), s)], [a, b])


def skipped(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} skipped a scheduled meeting with {b.demonym} {b.title} {b.name} on {wd}, "
         f"citing illness, officials said.")
    return Variant(pub, a.capital.upper(), s, [_gold("meeting", [a.name, b.name], "negated", iso, s)], [a, b])


def did_not_meet(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} did not meet {b.demonym} {b.title} {b.name} during {a.pronoun} visit to "
         f"{b.capital} on {wd}, officials said.")
    return Variant(pub, b.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "negated", None, s),
        _gold("visit", [a.name, b.country], "occurred", iso, s, b.capital, optional=True)], [a, b])


def closed_doors(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} and {b.demonym} {b.title} {b.name} met behind closed doors in {b.capital} "
         f"on {wd} for more than two hours.")
    return Variant(pub, b.capital.upper(), s, [_gold("meeting", [a.name, b.name], "occurred", iso, s, b.capital)],
                   [a, b])


def trilateral(cast: Cast, pub: dt.date) -> Variant:
    a, b, c = cast.people(3, same_post=True)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = (f"The {_posts(a.title)} of {a.country}, {b.country} and {c.country} held a trilateral meeting in "
         f"{c.capital} on {wd}.")
    return Variant(pub, c.capital.upper(), s, [
        _gold("meeting", [a.country, b.country, c.country], "occurred", iso, s, c.capital)], [])


def hosted_dinner(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, iso = _day(pub, -cast.rng.randint(1, 5))
    s = f"{a.demonym} {a.title} {a.name} hosted a dinner for {b.demonym} {b.title} {b.name} in {a.capital} on {wd}."
    return Variant(pub, a.capital.upper(), s, [
        _gold("meeting", [a.name, b.name], "occurred", iso, s, a.capital),
        _gold("visit", [b.name, a.country], "occurred", iso, s, a.capital, optional=True)], [a, b])


def urged(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, _ = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} on {wd} urged {b.demonym} {b.title} {b.name} to reopen the border "
         f"crossing, saying trade had suffered.")
    return Variant(pub, a.capital.upper(), s, [], [a, b])


def hoped_to_meet(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, _ = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name} said on {wd} that {_subject(a)} hoped to meet {b.demonym} {b.title} "
         f"{b.name} one day.")
    return Variant(pub, a.capital.upper(), s, [], [a, b])


def remarks_about(cast: Cast, pub: dt.date) -> Variant:
    a, b = cast.people(2)
    wd, _ = _day(pub, -cast.rng.randint(1, 5))
    s = (f"{a.demonym} {a.title} {a.name}'s remarks about {b.demonym} {b.title} {b.name} on {wd} drew sharp "
         f"criticism from opposition lawmakers.")
    return Variant(pub, a.capital.upper(), s, [], [a, b])


TEMPLATES: list[tuple[str, str, Template]] = [
    ("met-counterpart", "X met his D counterpart Y in C on Wd", met_counterpart),
    ("held-talks", "T X of K held talks with D T Y in C on Wd", held_talks),
    ("phone-call", "X spoke by phone with Y on Wd", phone_call),
    ("video-call", "X and Y held a video call on Wd", video_call),
    ("hosted", "X hosted Y in C on Wd", hosted),
    ("received-passive", "Y was received by X in C on Wd", received_passive),
    ("surname-later", "X arrived in C on Wd1. On Wd2, <surname> met Y", surname_later),
    ("planned-trip", "X will travel to C on Wd for talks with Y", planned_trip),
    ("called-off", "A meeting between X and Y was called off", called_off),
    ("denied", "ministry denied reports that X had met Y", denied),
    ("three-way", "X of K1, Y of K2 and Z of K3 met in C on Wd", three_way),
    ("two-sides", "D1 and D2 officials met in C on Wd", two_sides),
    ("signed", "X and Y signed an agreement in C on Wd", signed),
    ("counterpart-named-later", "X met his D counterpart in C on Wd. Y, the D minister, told reporters ...", counterpart_named_later),
    ("the-two-again", "X welcomed Y to C on Wd. The two ... would meet again in C2 next year", two_leaders_again),
    ("lead-then-names", "The foreign ministers of K1 and K2 met in C on Wd. K1's X and K2's Y agreed ...", lead_then_names),
    ("sidelines", "On the sidelines of a forum in C on Wd, X met Y", sidelines),
    ("delegation", "A D delegation led by X held talks with Y in C on Wd", delegation),
    ("postponed-trip", "X had been due to fly to C on Wd to meet Y. The trip has been postponed.", postponed_trip),
    ("last-met", "X spoke with Y by telephone on Wd. The two last met in C in Month Year.", last_met),
    ("spokesperson", "X met Y in C on Wd. \"...,\" spokesperson Z said afterwards.", spokesperson),
    ("capitals-as-actors", "C1 and C2 held a new round of talks on Wd in C3", capitals_as_actors),
    ("counterparts-listed", "X will travel to C for talks with his D1 and D2 counterparts, Y and Z", counterparts_listed),
    ("on-a-visit", "Y, who is on a three-day visit to K, met X in C on Wd", on_a_visit),
    ("two-days-two-people", "X held talks with Y on Wd1 and with Z on Wd2", two_days_two_people),
    ("due-to-meet", "X is due to meet Y on Wd, his spokesperson said", due_to_meet),
    ("absolute-date", "X met Y in C on 17 July / July 17 / July 17th / Jul 17", absolute_date),
    ("last-month", "X visited C last month for talks with Y", last_month),
    ("visiting-participle", "X received the visiting D minister, Y, in C on Wd", visiting_participle),
    ("phoned", "X received a phone call from Y on Wd", phoned),
    ("told-in-call", "X told Y in a telephone call on Wd that ...", told_in_call),
    ("summit-leaders", "Leaders of K1, K2, K3 and K4 gathered in C on Wd for a summit", summit_leaders),
    ("expected-to-sign", "X and Y are expected to sign a pact when they meet in C next week", expected_sign),
    ("telephone-conversation", "X held a telephone conversation with Y on Wd", telephone_conversation),
    ("courtesy-call", "X paid a courtesy call on Y in C on Wd", courtesy_call),
    ("called-on", "X called on Y at his office in C on Wd", called_on),
    ("received-in-audience", "X was received in audience by Y in C on Wd", received_in_audience),
    ("joint-commission", "X and Y co-chaired the Nth session of the D1-D2 joint commission in C on Wd", joint_commission),
    ("visit-date-range", "X will pay an official visit to K from 12 to 14 March", visit_date_range),
    ("arrived-on-visit", "X arrived in C on Wd on a three-day official visit", arrived_on_visit),
    ("during-visit-met", "During his visit to K, X met Y on Wd", during_visit_met),
    ("met-separately", "X met separately with Y and Z in C on Wd (two meetings)", met_separately),
    ("talks-between-posts", "Talks between the foreign ministers of K1 and K2 took place in C on Wd", talks_between_posts),
    ("first-since", "X's meeting with Y in C on Wd, the first since YYYY, focused on ...", first_since),
    ("scheduled-later", "X is scheduled to hold talks with Y later this month", scheduled_later),
    ("skipped", "X skipped a scheduled meeting with Y on Wd", skipped),
    ("did-not-meet", "X did not meet Y during his visit to C on Wd", did_not_meet),
    ("closed-doors", "X and Y met behind closed doors in C on Wd", closed_doors),
    ("trilateral", "The foreign ministers of K1, K2 and K3 held a trilateral meeting in C on Wd", trilateral),
    ("hosted-dinner", "X hosted a dinner for Y in C on Wd", hosted_dinner),
    ("could-meet (none)", "X could meet Y later this year, analysts said", could_meet),
    ("criticised (none)", "X criticised Y over remarks", criticised),
    ("quote (none)", "\"...\", X told reporters, a day after Y made an offer", in_quote),
    ("urged (none)", "X urged Y to reopen the border", urged),
    ("hoped-to-meet (none)", "X said he hoped to meet Y one day", hoped_to_meet),
    ("remarks-about (none)", "X's remarks about Y drew criticism", remarks_about),
]


def _write(variant: Variant, folder: Path, doc: str) -> None:
    header = f" date {variant.published.isoformat()} {variant.dateline}: "
    (folder / f"{doc}.txt").write_text(header + variant.text + "\n", encoding="utf-8")
    actors = [{"name": p.name, "type": "person", "aliases": [p.surname], "role": p.title, "country": p.country}
              for p in variant.people]
    gold = {"doc": doc, "published": variant.published.isoformat(), "dateline": variant.dateline, "boilerplate": [],
            "actors": actors, "not_actors": [], "interactions": variant.interactions,
            "notes": "generated by benchmarks/robustness.py"}
    (folder / f"{doc}.gold.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")


def generate(folder: Path, variants: int, seed: int) -> dict[str, Path]:
    """Write every template's variants into a sub-folder of ``folder`` each; return template -> folder."""
    out = {}
    for name, _, template in TEMPLATES:
        rng = random.Random(f"{seed}:{name}")
        cast = Cast(rng)
        sub = folder / name.split(" ")[0]
        sub.mkdir(parents=True, exist_ok=True)
        for i in range(variants):
            published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(730))
            _write(template(cast, published), sub, f"{sub.name}-{i:03d}")
        out[name] = sub
    return out


def score(folders: dict[str, Path], show: int = 0) -> list[dict]:
    from kgraph.config import DEFAULT_MODEL
    from kgraph.evaluate import evaluate
    from kgraph.extract import extract
    from kgraph.ingest import iter_articles
    from kgraph.model import Article
    from kgraph.nlp import shared_pipeline

    nlp = shared_pipeline(DEFAULT_MODEL)
    rows = []
    for name, folder in folders.items():
        articles = [a for a in iter_articles([folder]) if isinstance(a, Article)]
        records = [i.to_dict() for doc, a in zip(nlp.pipe([a.text for a in articles], batch_size=32), articles)
                   for i in extract(doc, a).interactions]
        result = evaluate([folder], records)
        docs = result.to_dict(documents=True).get("documents", [])
        exact = [d for d in docs if d["strict"] == d["gold"] and not d["spurious"]]
        figures = result.to_dict(documents=False)
        rows.append({"template": name, "variants": len(articles), "exact": len(exact) / max(1, len(articles)),
                     "found_f1": figures["found_f1"], "strict_f1": figures["strict_f1"],
                     "spurious": sum(len(d["spurious"]) for d in docs)})
        for d in [d for d in docs if d not in exact][:show]:
            text = (folder / f"{d['doc']}.txt").read_text(encoding="utf-8").split(": ", 1)[1].strip()
            print(f"  [{name}] {text}")
            for m in d["missed"]:
                print(f"      missed   {m['type']} {m['participants']} {m['status']} {m.get('date')}")
            for p in d["spurious"]:
                print(f"      spurious {p['type']} {[x['name'] for x in p['participants']]} {p['status']} "
                      f"{p.get('date')}")
            for h in d["hits"]:
                bad = {k: v for k, v in h["checks"].items() if v is False and k in ("status", "date")}
                if bad:
                    print(f"      wrong    {sorted(bad)}: {h['pred']['status']} {h['pred'].get('date')} "
                          f"(gold {h['gold']['status']} {h['gold'].get('date')})")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=30, help="filled sentences per template (30)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print this many failures per template")
    parser.add_argument("--write", type=Path, help="keep the generated texts and gold files in this folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.write or Path(tmp)
        rows = score(generate(folder, args.variants, args.seed), args.show)
    print(f"\n{len(TEMPLATES)} templates x {args.variants} variants, seed {args.seed}; {platform.node()}, "
          f"{platform.python_version()}; {time.perf_counter() - started:.0f} s")
    print(f"command: python benchmarks/robustness.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    print("\n| template | exact | found F1 | strict F1 | spurious |\n|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['template']} | {r['exact']:.2f} | {r['found_f1']:.2f} | {r['strict_f1']:.2f} | {r['spurious']} |")
    mean = sum(r["exact"] for r in rows) / len(rows)
    print(f"| **mean** | **{mean:.2f}** | | | {sum(r['spurious'] for r in rows)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

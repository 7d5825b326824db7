"""Who is named in a story but takes no part: places the small model tags as persons, spouses."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract
from kgraph.model import Article


def _extract(nlp, text: str):
    return extract(nlp(text), Article("t", text, dt.date(2025, 7, 17), "t.txt"))


def test_a_city_visited_is_no_person_even_when_tagged_one(nlp):
    ex = _extract(nlp, "Maldivian President Mohamed Muizzu arrived in Colombo on Tuesday for a state visit. The "
                       "Maldivian leader is due to visit Kandy on Thursday before flying home on Friday.")
    assert "Kandy" not in {a.name for a in ex.actors}
    assert not any("Kandy" in {p.actor.name for p in i.participants} for i in ex.interactions)


def test_a_spouse_who_comes_along_is_no_party(nlp):
    ex = _extract(nlp, "Ghanaian President John Mahama and his wife Lordina hosted Nigerian President Bola Tinubu at "
                       "a state dinner in Accra on Tuesday.")
    (dinner,) = ex.interactions
    assert {p.actor.name for p in dinner.participants} == {"John Mahama", "Bola Tinubu"}


def test_a_dateline_s_country_told_after_a_town_the_gazetteer_does_not_know():
    from kgraph.extract.actors import _dateline_country
    assert _dateline_country("ANDONG, South Korea") == "South Korea"
    assert _dateline_country("NEW DELHI") == "India"
    assert _dateline_country("ANDONG") is None

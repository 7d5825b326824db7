"""Places the small model tags as persons are not actors."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract
from kgraph.model import Article


def test_a_city_visited_is_no_person_even_when_tagged_one(nlp):
    text = ("Maldivian President Mohamed Muizzu arrived in Colombo on Tuesday for a state visit. The Maldivian leader "
            "is due to visit Kandy on Thursday before flying home on Friday.")
    ex = extract(nlp(text), Article("t", text, dt.date(2025, 7, 17), "t.txt"))
    assert "Kandy" not in {a.name for a in ex.actors}
    assert not any("Kandy" in {p.actor.name for p in i.participants} for i in ex.interactions)

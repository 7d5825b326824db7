"""Two occasions of the same pair told in one story are two interactions, not one (session 13, p3)."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract
from kgraph.model import Article

PUB = dt.date(2025, 7, 17)  # a Thursday


def _found(nlp, text):
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    return [(i.type.value, {p.actor.name for p in i.participants}, i.date, i.status.value, i.location)
            for i in ex.interactions]


def test_a_call_instead_of_a_dropped_meeting_is_another_event(nlp):
    """'a planned meeting ... has been dropped ... The two presidents will speak by phone instead': the meeting
    called off and the call ahead are two events, not one call called off."""
    text = ("A planned meeting between Russian President Vladimir Putin and Iranian President Masoud Pezeshkian has "
            "been dropped from Thursday's schedule, the Kremlin said. The two presidents will speak by phone in the "
            "coming days instead.")
    got = {(g[0], g[3]) for g in _found(nlp, text) if g[1] == {"Vladimir Putin", "Masoud Pezeshkian"}}
    assert got == {("meeting", "cancelled"), ("phone_call", "planned")}, got


def test_a_post_named_as_the_possessor_of_an_earlier_visit_is_its_holder(nlp):
    """'The Syrian President's previous visit to the UAE, in July': the person the post names travelled then, as
    in 'The Syrian President visited the UAE in July' (the earlier visit is another occasion of the same pair)."""
    text = ("Syrian President Ahmed Al Shara was received by UAE President Sheikh Mohamed bin Zayed in Abu Dhabi on "
            "Monday. The Syrian President's previous visit to the UAE, in July, focused on the lifting of sanctions.")
    got = [g for g in _found(nlp, text) if g[0] == "visit"]
    assert any(g[1] == {"Ahmed Al Shara", "United Arab Emirates"} and g[2] == "2025-07" for g in got), got

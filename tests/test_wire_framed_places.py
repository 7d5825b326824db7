"""Where an event is that a sentence tells as the time of another ("signed in Geneva during a meeting between X and
Y"): sentences written for this test (not taken from the gold sets), filed from a dateline elsewhere."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.extract import extract
from kgraph.model import Article

PUB = dt.date(2025, 7, 17)  # a Thursday
X = "Chilean President Gabriel Boric"
Y = "Peruvian President Dina Boluarte"


def _placed(nlp, text):
    art = Article("t", text, PUB, "t.txt", dateline="LIMA")
    return [(i.type.value, {p.actor.name for p in i.participants}, i.status.value, i.location)
            for i in extract(nlp(text), art).interactions]


def _between(nlp, text):
    got = [g for g in _placed(nlp, text) if g[1] == {"Gabriel Boric", "Dina Boluarte"}]
    assert len(got) == 1, _placed(nlp, text)
    return got[0]


@pytest.mark.parametrize("text, place", [
    # the place hangs on the clause the meeting is the time of (the parser puts it on the object or the agent)
    (f"The border protocol was signed in Santiago on Monday during a meeting between {X} and {Y}.", "Santiago"),
    (f"Their foreign ministers initialled the text in Santiago on Monday, during talks between {X} and {Y}.",
     "Santiago"),
    (f"The protocol was initialled by the two foreign ministers at the Palacio de La Moneda in Santiago on "
     f"Monday, during a meeting at which {X} hosted {Y}.", "Santiago"),
])
def test_a_meeting_told_as_the_time_of_a_clause_is_where_that_clause_is(nlp, text, place):
    got = _between(nlp, text)
    assert got[3] and place in got[3], got


@pytest.mark.parametrize("text", [
    # a phrase of time on the clause is no place, and the meeting's own place wins
    f"The protocol was signed in the afternoon on Monday during a meeting between {X} and {Y}.",
    f"The protocol was drafted in Santiago last year and signed on Monday during a meeting in Lima between {X} "
    f"and {Y}.",
])
def test_a_framed_meeting_keeps_its_own_place_or_the_dateline(nlp, text):
    got = _between(nlp, text)
    assert got[3] == "Lima", got


def _extract(nlp, text, dateline):
    art = Article("t", text, dt.date(2026, 7, 7), "t.txt", dateline=dateline)
    return [(i.type.value, {p.actor.name for p in i.participants}, i.date, i.location)
            for i in extract(nlp(text), art).interactions]


@pytest.mark.parametrize("text", [
    # a live report: the pair's last meeting, of another year, is not where today's meeting is
    "08:40 - The two leaders, Donald Trump and Recep Tayyip Erdogan, last sat down together at the White House in "
    "September last year.\n10:15 - The Erdogan-Trump meeting is over after roughly 70 minutes.",
    "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan last held talks in Athens "
    "in December 2023. Mitsotakis and Erdogan have met for about half an hour, a Greek official said.",
])
def test_an_occasion_of_another_time_is_not_the_scene_of_an_event_told_without_a_place(nlp, text):
    today = [g for g in _extract(nlp, text, "ANKARA") if g[2] == "2026-07-07"]
    assert today and today[0][3] == "Ankara", _extract(nlp, text, "ANKARA")


def test_an_occasion_of_the_same_month_still_sets_the_scene(nlp):
    text = ("Greek Prime Minister Kyriakos Mitsotakis held talks with Turkish President Recep Tayyip Erdogan in "
            "Istanbul in July. Mitsotakis and Erdogan have met for about half an hour, a Greek official said.")
    got = [g for g in _extract(nlp, text, "ANKARA") if g[1] == {"Kyriakos Mitsotakis", "Recep Tayyip Erdogan"}]
    assert got and all(g[3] == "Istanbul" for g in got), got


@pytest.mark.parametrize("text", [
    # "a meeting" is a new occasion, not the meeting told before: it lends neither its place nor its day
    "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev held a meeting at the Kremlin in "
    "November. In May, the two signed a treaty on water during a meeting.",
    "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev held a meeting in Moscow on Monday. "
    "Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev signed a gas deal during a meeting.",
])
def test_an_indefinite_occasion_is_not_the_one_told_before(nlp, text):
    deals = [g for g in _extract(nlp, text, "ALMATY") if g[0] == "agreement"]
    assert deals and all("Moscow" not in (g[3] or "") for g in deals), deals


def test_the_definite_occasion_is_the_one_told_before(nlp):
    text = ("Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev held a meeting in Moscow on "
            "Monday. During the meeting, Putin and Tokayev signed a gas deal.")
    deals = [g for g in _extract(nlp, text, "ALMATY") if g[0] == "agreement"]
    assert deals and deals[0][3] == "Moscow" and deals[0][2] == "2026-07-06", deals

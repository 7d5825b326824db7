"""Dates of events told through another phrase of their sentence (sentences written for the rules)."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.extract import extract
from kgraph.model import Article

PUB = dt.date(2025, 7, 17)  # a Thursday


def _found(nlp, text, published=PUB):
    ex = extract(nlp(text), Article("t", text, published, "t.txt"))
    return [({p.actor.name for p in i.participants}, i.date, i.status.value) for i in ex.interactions]


@pytest.mark.parametrize(("text", "date"), [
    ("The talks opened in Geneva on Monday, when Japanese Foreign Minister Takeshi Iwaya and Chinese Foreign "
     "Minister Wang Yi traded proposals before speaking face to face for an hour.", "2025-07-14"),
    ("The negotiations began in Muscat on April 12, when Japanese Foreign Minister Takeshi Iwaya and Chinese "
     "Foreign Minister Wang Yi sat in different rooms and exchanged "
     "messages through Omani mediators for two hours before speaking briefly face to face as they left.",
     "2025-04-12"),
])
def test_a_when_clause_hung_on_a_date_is_told_at_that_date(nlp, text, date):
    got = [g for g in _found(nlp, text) if len(g[0]) == 2 and any("Wang" in n for n in g[0])]
    assert any(g[1] == date and g[2] == "occurred" for g in got), got


@pytest.mark.parametrize(("text", "date"), [
    ("Japanese Prime Minister Shigeru Ishiba met Chinese Premier Li Qiang in Beijing on Thursday. Indian Foreign "
     "Minister Subrahmanyam Jaishankar, back from Paris on Monday, met Chinese Foreign Minister Wang Yi.",
     "2025-07-17"),
    ("Japanese Prime Minister Shigeru Ishiba met Chinese Premier Li Qiang in Beijing on Thursday. Indian Foreign "
     "Minister Subrahmanyam Jaishankar, fresh from his country's election to the Security Council on Sunday, was "
     "received by Chinese Foreign Minister Wang Yi.", "2025-07-17"),
])
def test_what_a_party_comes_fresh_from_does_not_date_the_event(nlp, text, date):
    got = [g for g in _found(nlp, text) if g[0] == {"Subrahmanyam Jaishankar", "Wang Yi"}]
    assert any(g[1] == date and g[2] == "occurred" for g in got), got


@pytest.mark.parametrize(("text", "date"), [
    ("Japanese Foreign Minister Takeshi Iwaya visited Beijing in March 2023 and returned in August, when he was "
     "received by Chinese Premier Li Qiang.", "2023-08"),
    ("Japanese Foreign Minister Takeshi Iwaya and Chinese Foreign Minister Wang Yi first met in March 2023. They met "
     "again in Tokyo that June and in Beijing in August, when Iwaya was also received by Chinese Premier Li Qiang.",
     "2023-08"),
])
def test_a_bare_month_after_a_month_of_a_told_year_is_of_that_year(nlp, text, date):
    got = [g for g in _found(nlp, text, dt.date(2026, 3, 10)) if g[0] == {"Takeshi Iwaya", "Li Qiang"}]
    assert any(g[1] == date and g[2] == "occurred" for g in got), got


def test_a_bare_month_after_a_month_counted_from_the_report_keeps_its_own_year(nlp):
    text = ("Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi in Beijing in July, and "
            "the two will meet again in Tokyo in November.")
    got = [g for g in _found(nlp, text, dt.date(2026, 9, 29)) if g[2] == "planned"]
    assert any(g[1] == "2026-11" for g in got), got


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Shigeru Ishiba received Chinese Foreign Minister Wang Yi on Thursday. Earlier in the "
    "day, Wang held talks with Japanese Foreign Minister Takeshi Iwaya at the foreign ministry, where the ministers "
    "signed a plan of consultations for 2025-2026.",
])
def test_the_years_a_signed_plan_covers_do_not_date_the_signing(nlp, text):
    got = [g for g in _found(nlp, text) if g[0] == {"Takeshi Iwaya", "Wang Yi"}]
    assert got and all(g[1] == "2025-07-17" for g in got), got


def test_a_visit_scheduled_for_a_year_is_dated_that_year(nlp):
    got = _found(nlp, "A visit by Japanese Foreign Minister Takeshi Iwaya to China has been scheduled for 2026.")
    assert any(g[1] == "2026" and g[2] == "planned" for g in got), got


@pytest.mark.parametrize(("text", "date"), [
    ("Japanese Foreign Minister Takeshi Iwaya's visit to Beijing last month was postponed.", "2025-06"),
    ("Japanese Foreign Minister Takeshi Iwaya's planned visit to Beijing was called off in March.", "2025-03"),
    ("Japanese Foreign Minister Takeshi Iwaya's planned visit to Beijing was called off on Monday.", None),
])
def test_the_month_a_plan_was_called_off_in_dates_the_plan(nlp, text, date):
    got = [g for g in _found(nlp, text) if g[2] == "cancelled"]
    assert got and all(g[1] == date for g in got), got


def test_an_editors_note_is_no_sentence_of_the_lede(nlp):
    text = ("Japanese Foreign Minister Takeshi Iwaya and Chinese Foreign Minister Wang Yi agreed to coordinate "
            "their approach to a review of regional trade rules, as both countries brace for tougher demands.\n\n"
            "(Updates with Wang comments in fourth paragraph.)\n\n"
            "Iwaya hosted Wang in Tokyo on Tuesday for talks that ran for more than three hours, officials said.")
    got = [g for g in _found(nlp, text) if g[0] == {"Takeshi Iwaya", "Wang Yi"}]
    assert got and all(g[1] == "2025-07-15" for g in got), got


def test_a_month_of_that_year_is_of_the_year_the_story_tells(nlp):
    text = ("Japanese Foreign Minister Takeshi Iwaya took office in March 2024. He met Chinese Foreign Minister Wang Yi "
            "in Beijing in October of that year.")
    assert ({"Takeshi Iwaya", "Wang Yi"}, "2024-10", "occurred") in _found(nlp, text)

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


def test_one_verb_with_two_places_and_times_tells_two_occasions(nlp):
    """'met in Geneva in March and again in Oslo in May': each conjunct of place and time is an occasion of its
    own, as two sentences would be."""
    text = ("Chilean Foreign Minister Ana Lopez and her Norwegian counterpart Eirik Lunde held talks in Santiago on "
            "Tuesday. The two ministers had met in Geneva in March and again in Oslo in May.")
    got = {(g[2], g[4]) for g in _found(nlp, text) if g[1] == {"Ana Lopez", "Eirik Lunde"}}
    assert {("2025-03", "Geneva"), ("2025-05", "Oslo")} <= got, got


def test_the_second_conjunct_may_hang_on_the_first_time(nlp):
    """'The two men met again in Cairo that June and in Amman in August': the parser hangs the 'and' on the first
    month; the second place and month are still the second occasion's."""
    text = ("Egyptian Foreign Minister Karim Nassar received his Jordanian counterpart Omar Haddad in Cairo on Monday. "
            "The two men met again in Cairo that June and in Amman in August, officials said.")
    got = {(g[2], g[4]) for g in _found(nlp, text) if g[1] == {"Karim Nassar", "Omar Haddad"}}
    assert ("2025-08", "Amman") in got, got


def test_one_place_with_two_times_is_not_split(nlp):
    """'met in Geneva in March and April': one place, no second place phrase: no second occasion is made up."""
    text = ("Chilean Foreign Minister Ana Lopez and her Norwegian counterpart Eirik Lunde met in Geneva on Tuesday, "
            "the ministry said.")
    got = [g for g in _found(nlp, text) if g[1] == {"Ana Lopez", "Eirik Lunde"}]
    assert len(got) == 1, got


def test_a_visit_that_their_first_contact_is_counted_since_is_a_meeting_of_the_two(nlp):
    """'their first meeting since Lopez's visit to Oslo in March': the two last met on that visit, so the visit
    is also a meeting of the pair, with its own time and place."""
    text = ("Chilean Foreign Minister Ana Lopez met her Norwegian counterpart Eirik Lunde in Geneva on Tuesday, their "
            "first meeting since Lopez's visit to Oslo in March.")
    got = {(g[0], g[2], g[4]) for g in _found(nlp, text) if g[1] == {"Ana Lopez", "Eirik Lunde"}}
    assert ("meeting", "2025-03", "Oslo") in got, got


def test_a_clause_of_travel_that_their_first_call_is_counted_since(nlp):
    """'their first conversation since January, when Lopez travelled to Oslo': the same, the trip told by a
    clause on the time."""
    text = ("Chilean Foreign Minister Ana Lopez spoke by phone with her Norwegian counterpart Eirik Lunde on "
            "Tuesday, their first conversation since January, when Lopez travelled to Oslo.")
    got = {(g[0], g[2], g[4]) for g in _found(nlp, text) if g[1] == {"Ana Lopez", "Eirik Lunde"}}
    assert ("meeting", "2025-01", "Oslo") in got, got


def test_a_visit_after_since_without_a_first_contact_is_only_a_visit(nlp):
    """'has not spoken to Lunde since Lopez's visit to Oslo in March' tells no first contact: no meeting is
    made up from the visit alone."""
    text = ("Chilean Foreign Minister Ana Lopez said on Tuesday that relations with Norway had improved since her "
            "visit to Oslo in March.")
    got = [g for g in _found(nlp, text) if g[0] == "meeting"]
    assert got == [], got


def test_the_first_contact_may_be_told_in_the_sentence_after_the_pair(nlp):
    """'X held talks with Y in Geneva on Tuesday. It was the two ministers' first meeting since X visited Oslo in
    March': the pair is the one just told."""
    text = ("Chilean Foreign Minister Ana Lopez held talks with her Norwegian counterpart Eirik Lunde in Geneva on "
            "Tuesday. It was the two ministers' first meeting since Lopez visited Oslo in March.")
    got = {(g[0], g[2], g[4]) for g in _found(nlp, text) if g[1] == {"Ana Lopez", "Eirik Lunde"}}
    assert ("meeting", "2025-03", "Oslo") in got, got


def test_a_live_headline_that_a_meeting_is_on_and_the_plan_for_the_day_are_one_meeting(nlp):
    """'Live: Lula and Ramaphosa meet in Brasilia' over an entry 'would meet this afternoon': the headline tells
    the day's meeting as under way, the entry plans it for the report's own day; one meeting, held that day."""
    text = ("BRICS summit live: Lula and Ramaphosa meet as leaders arrive in Brasilia\n\n"
            "09:40 - Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa "
            "will meet this afternoon on the sidelines of the summit, the Brazilian presidency said.")
    got = [g for g in _found(nlp, text) if g[1] == {"Luiz Inacio Lula da Silva", "Cyril Ramaphosa"}]
    assert [(g[2], g[3]) for g in got] == [("2025-07-17", "occurred")], got


def test_a_pair_that_has_met_before_and_meets_today_is_two_occasions(nlp):
    """'have met more than 40 times' is no headline of today's meeting: the plan for this afternoon stays a plan."""
    text = ("Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa have met "
            "more than a dozen times. The two presidents will meet this afternoon on the sidelines of the summit, "
            "the Brazilian presidency said.")
    got = [g for g in _found(nlp, text) if g[1] == {"Luiz Inacio Lula da Silva", "Cyril Ramaphosa"}]
    assert ("2025-07-17", "planned") in [(g[2], g[3]) for g in got], got

"""Sentences that name a meeting, a trip or an agreement without telling one: what kgraph must not take for an
interaction. Sentences written for this test (not taken from the gold sets), with a Thursday publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.extract import extract
from kgraph.model import Article

PUB = dt.date(2025, 7, 17)  # a Thursday
LEAD = "Norwegian Foreign Minister Espen Barth Eide met Icelandic Foreign Minister Thorgerdur Gunnarsdottir in Oslo on Tuesday. "


def _found(nlp, text):
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    return [(i.type.value, {p.actor.name for p in i.participants}, i.date, i.status.value) for i in ex.interactions]


@pytest.mark.parametrize("quote", [
    '"Both governments have to be seen holding talks," said Ingrid Solberg, a political analyst at a Bergen '
    "university.",
    '"The Icelanders do not fly to Oslo in midwinter to discuss whaling," said a Nordic affairs expert who asked not '
    "to be named.",
    '"Reykjavik will keep meeting Oslo as long as the quotas are open," said Magnus Olafsson, a fisheries economist.',
])
def test_a_commentators_quotation_tells_no_interaction(nlp, quote):
    """A quotation of an analyst or expert comments on the story's events; its talk of talks, trips or meetings
    is no interaction of its own (only the meeting the story told stays)."""
    got = _found(nlp, LEAD + quote)
    assert [g for g in got if g[2] == "2025-07-15"], got
    assert len(got) == 1, got


def test_an_officials_quotation_still_tells_a_plan(nlp):
    """Guard: the same kind of quotation from a spokesman tells the plan it announces."""
    got = _found(nlp, LEAD + '"The two ministers will meet again in Reykjavik in September," said Lars Moe, a '
                 "spokesman for the Norwegian foreign ministry.")
    assert [g for g in got if g[2] == "2025-09" and g[3] == "planned"], got


@pytest.mark.parametrize("second", [
    "Their follow-up session was postponed; a new date will be agreed by both sides through diplomatic channels.",
    "The two ministers also agreed on the venue of their next meeting.",
    "The two sides agreed the agenda of the next round on Wednesday.",
])
def test_agreeing_the_arrangements_of_an_occasion_is_no_agreement(nlp, second):
    """What is settled about a meeting (its date, venue, agenda, format) arranges it; no agreement of the parties."""
    got = _found(nlp, LEAD + second)
    assert [g for g in got if g[2] == "2025-07-15"], got
    assert not [g for g in got if g[0] == "agreement"], got


def test_agreeing_a_timetable_of_substance_is_still_an_agreement(nlp):
    """Guard: a timetable for what the parties will do is what they agree."""
    got = _found(nlp, LEAD + "The two ministers agreed on a timetable for the return of the fishing fleets.")
    assert [g for g in got if g[0] == "agreement"], got


@pytest.mark.parametrize("second", [
    "Swiss Foreign Minister Ignazio Cassis will travel to Vienna on the 28th to sign a water-sharing protocol with "
    "Austrian Foreign Minister Beate Meinl-Reisinger.",
    "Swiss Foreign Minister Ignazio Cassis flew to Vienna on Wednesday, where he signed a water-sharing protocol with "
    "Austrian Foreign Minister Beate Meinl-Reisinger.",
])
def test_a_trip_to_sign_with_someone_told_after_the_lede_is_the_signings_frame(nlp, second):
    """A later sentence's trip whose purpose or sequel is a signing with a named person: the signing is the event,
    the trip its frame (as for a trip to meet someone); no visit of its own."""
    got = _found(nlp, LEAD + second)
    assert [g for g in got if g[0] == "agreement" and "Ignazio Cassis" in g[1]], got
    assert not [g for g in got if g[0] == "visit"], got


def test_the_ledes_trip_to_sign_stays_a_visit(nlp):
    """Guard: the story's lead trip is a visit, whatever its purpose."""
    got = _found(nlp, "Swiss Foreign Minister Ignazio Cassis will travel to Vienna on the 28th to sign a "
                 "water-sharing protocol with Austrian Foreign Minister Beate Meinl-Reisinger.")
    assert [g for g in got if g[0] == "visit"], got



@pytest.mark.parametrize(("text", "host"), [
    ("Emir Tamim bin Hamad Al Thani received in Doha on Tuesday the Prime Minister of Norway, Jonas Gahr Store, who "
     "is on an official visit to the country.", "Tamim bin Hamad Al Thani"),
    ("King Harald received at the Royal Palace on Tuesday the President of Finland, Alexander Stubb, who is on a "
     "state visit to the country.", "Harald"),
    ("The director of Norway's intelligence service, Anne Dahl, met a visiting delegation from Finland's security "
     "police in Oslo last week.", "Anne Dahl"),
])
def test_a_visit_whose_host_is_the_one_met_in_the_same_sentence_is_that_meeting(nlp, text, host):
    """'received X, who is on a state visit', 'met a visiting delegation': one occasion of the same two parties,
    told once (not a meeting and a visit of the same pair; a visit to the host's country may stand beside it)."""
    got = _found(nlp, text)
    assert len([g for g in got if host in g[1]]) == 1, got  # (a visit to the host's country may stand beside it)


def test_a_visit_to_the_country_and_a_meeting_of_the_next_day_stay_two(nlp):
    """Guard: a state visit to a country and the talks held on one of its days are two interactions."""
    got = _found(nlp, "Icelandic Prime Minister Kristrun Frostadottir arrived in Oslo on Monday for a state visit. "
                 "On Tuesday she held talks with Norwegian Prime Minister Jonas Gahr Store.")
    assert {g[0] for g in got} == {"visit", "talks"}, got


@pytest.mark.parametrize("second", [
    "The two ministers agreed to expand search-and-rescue cooperation and to resume talks on a fisheries "
    "arrangement that expired last year.",
    "Norway and Iceland agreed on Wednesday to extend their fishing truce for another year and to reopen talks on "
    "quota transfers.",
])
def test_talks_the_parties_agree_to_resume_are_what_they_agree(nlp, second):
    """'agreed ... to resume talks on X': the resumption is part of what is agreed, no talks planned of their own
    (unless the story tells them again)."""
    got = _found(nlp, LEAD + second)
    assert [g for g in got if g[2] == "2025-07-15"], got
    assert not [g for g in got if g[0] in ("talks", "negotiation") and g[3] == "planned"], got


def test_talks_the_parties_will_resume_are_planned(nlp):
    """Guard: talks that the parties themselves will resume at a place and time are planned talks."""
    got = _found(nlp, LEAD + "Norway and Iceland will resume talks on the fisheries arrangement in Reykjavik next "
                 "month.")
    assert [g for g in got if g[0] == "talks" and g[3] == "planned" and g[2] == "2025-08"], got


def test_talks_the_parties_agree_to_resume_stay_the_pair_a_later_call_means(nlp):
    """Guard: 'their first call' after such talks still takes the pair they name."""
    got = _found(nlp, "Norway and Iceland agreed to reopen talks on quota transfers, the Norwegian foreign ministry "
                 "said on Wednesday. The announcement came a day after the two ministers spoke by phone, their first "
                 "call since the spring.")
    assert [g for g in got if g[0] == "phone_call" and g[1] == {"Norway", "Iceland"}], got

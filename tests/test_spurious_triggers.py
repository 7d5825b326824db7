"""Words that name a meeting, a trip or a signing inside what tells another event, or no event at all: what
kgraph must not report as an interaction of its own. Sentences written for this test (not taken from the gold
sets), with a Thursday publication date."""
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


def _lead_kept(got):
    assert [g for g in got if g[2] == "2025-07-15" and g[3] == "occurred"], got


# -- negation that denies no meeting ---------------------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "Eide and Swedish Foreign Minister Maria Stenergard have not met since a Nordic summit in Helsinki in March 2023.",
    "Eide has not met Swedish Foreign Minister Maria Stenergard since she took office.",
    "Eide has not met Swedish Foreign Minister Maria Stenergard since 2019.",  # (not a meeting of the report's day
    # either: tests/test_extract.py held this case for its date before such sentences told no meeting)
])
def test_not_met_since_denies_no_meeting(nlp, second):
    """'have not met since X' tells how long ago the parties last met: no meeting is denied."""
    got = _found(nlp, LEAD + second)
    _lead_kept(got)
    assert not [g for g in got if g[3] == "negated"], got


@pytest.mark.parametrize("second", [
    "Asked about reports that Eide would meet Swedish Foreign Minister Maria Stenergard in Bergen next week, the "
    "spokesman declined to comment.",
    "Asked about reports that Danish and Swedish officials would meet in Malmo, Eide declined to comment, Norwegian "
    "media reported.",
])
def test_a_report_left_unanswered_is_no_denied_meeting(nlp, second):
    """A report put to someone who declines to comment is neither denied nor confirmed: no interaction."""
    got = _found(nlp, LEAD + second)
    _lead_kept(got)
    assert len(got) == 1, got


@pytest.mark.parametrize("second", [
    "Eide declined to meet Swedish Foreign Minister Maria Stenergard in Bergen.",
    "The ministry denied reports that Eide had met Swedish Foreign Minister Maria Stenergard in Bergen.",
])
def test_a_refused_or_denied_meeting_is_still_negated(nlp, second):
    """Guard: refusing the meeting itself, or denying a report of it, still negates it."""
    got = _found(nlp, LEAD + second)
    assert [g for g in got if g[3] == "negated" and "Maria Stenergard" in g[1]], got


# -- a signing that a meeting is for ----------------------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "Both ministers will meet again in Reykjavik on the 21st to sign an agreement on fishing quotas, Eide said.",
    "The two ministers agreed to meet in Bergen next month to sign the fisheries agreement.",
])
def test_a_signing_told_as_a_meetings_purpose_is_part_of_it(nlp, second):
    """'will meet again ... to sign an agreement': one planned meeting, no separate agreement."""
    got = _found(nlp, LEAD + second)
    assert [g for g in got if g[0] == "meeting" and g[3] == "planned"], got
    assert not [g for g in got if g[0] == "agreement"], got


def test_a_trip_to_sign_is_still_a_signing(nlp):
    """Guard: a trip made to sign a protocol with someone tells the signing."""
    got = _found(nlp, LEAD + "Eide will travel to Reykjavik on the 21st to sign a fisheries protocol with "
                 "Gunnarsdottir.")
    assert [g for g in got if g[0] == "agreement" and g[3] == "planned"], got


# -- a trip told only as the way to a meeting or a gathering ---------------------------------------------------

def test_a_trip_named_again_in_apposition_is_still_the_frame(nlp):
    """'is due in Oslo next month to meet Y, a trip her ministry said would go ahead': the apposition names the
    same trip, the frame of the meeting: one planned meeting, no visit."""
    got = _found(nlp, LEAD + "Swedish Foreign Minister Maria Stenergard is due in Oslo next month to meet Eide, a "
                 "trip her ministry said would go ahead regardless of the strike.")
    assert [g for g in got if g[0] == "meeting" and g[3] == "planned"], got
    assert not [g for g in got if g[0] == "visit"], got


@pytest.mark.parametrize("second", [
    "Eide is expected to travel to Brazil next week for the BRICS summit in Rio de Janeiro, officials said.",
    "Eide is expected in Manila in March for the first meeting of a joint commission on fisheries, officials said.",
])
def test_a_gathering_a_trip_is_for_is_no_meeting_of_the_traveller(nlp, second):
    """'will travel to Brazil for the BRICS summit': the trip is the event told; the gathering it is for names
    no party here, so no summit or meeting of the traveller with the host is made of it."""
    got = _found(nlp, LEAD + second)
    later = [g for g in got if g[2] != "2025-07-15"]
    assert [g for g in later if g[0] == "visit"], got
    assert not [g for g in later if g[0] in ("summit", "meeting")], got


def test_a_gathering_whose_parties_are_told_stays(nlp):
    """Guard: a summit a trip is for, with its host and those attending told, is still a summit."""
    got = _found(nlp, LEAD + "Kaja Kallas flew to Samarkand last April for the first EU-Central Asia summit, hosted by "
                 "Uzbek President Shavkat Mirziyoyev and attended by Kazakh President Kassym-Jomart Tokayev.")
    assert [g for g in got if g[0] == "summit" and "Shavkat Mirziyoyev" in g[1]], got

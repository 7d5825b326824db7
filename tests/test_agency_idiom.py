"""How national and state news agencies and ministries tell diplomacy, in their own idiom: forms of address before a
name and the office after it, patronymic names, press-release word order. Sentences written for this test (not
taken from the gold sets), with a Thursday publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.extract import extract
from kgraph.model import Article

PUB = dt.date(2025, 7, 17)  # a Thursday


def _extract(nlp, text):
    return extract(nlp(text), Article("t", text, PUB, "t.txt"))


def _found(nlp, text):
    return [(i.type.value, {p.actor.name for p in i.participants}, i.date, i.status.value)
            for i in _extract(nlp, text).interactions]


def test_the_office_after_a_form_of_address_is_the_persons_post(nlp):
    # "Sheikh" is how he is addressed; "President of Qatar", after the name, is his post, so "the Qatari President"
    # later is he
    text = ("DOHA (QNA) -- His Highness Sheikh Khalid bin Saud Al Marri, President of Qatar, received a phone call "
            "on Tuesday from Austrian Chancellor Lukas Brenner. On Wednesday, the Qatari President received a phone "
            "call from Prime Minister Ana Vidmar of Slovenia.")
    ex = _extract(nlp, text)
    person = next(a for a in ex.actors if a.name == "Khalid bin Saud Al Marri")
    assert (person.role, person.country) == ("President", "Qatar")
    calls = {frozenset(parts) for kind, parts, _, _ in _found(nlp, text) if kind == "phone_call"}
    assert frozenset({"Khalid bin Saud Al Marri", "Ana Vidmar"}) in calls


def test_a_form_of_address_with_no_office_stays_the_title(nlp):
    text = "Sheikh Khalid bin Saud Al Marri met Austrian Chancellor Lukas Brenner in Doha on Tuesday."
    person = next(a for a in _extract(nlp, text).actors if a.name == "Khalid bin Saud Al Marri")
    assert person.role == "Sheikh"


def test_a_fathers_name_inside_a_sons_is_another_person(nlp):
    # "Faisal bin Khalid bin Saud Al Marri" is the son of "Khalid bin Saud Al Marri": two people
    text = ("President Khalid bin Saud Al Marri met Austrian Chancellor Lukas Brenner in Doha on Tuesday. The "
            "meeting was attended by Faisal bin Khalid bin Saud Al Marri, the Deputy Emir.")
    meetings = [parts for kind, parts, _, _ in _found(nlp, text) if kind in ("meeting", "talks")]
    assert meetings and all("Khalid bin Saud Al Marri" in parts and "Lukas Brenner" in parts for parts in meetings)


def test_the_end_of_a_longer_name_is_still_its_short_form(nlp):
    # (the guard: "Abdi Warsame" after "Abdirahman Abdi Warsame" is he, with no "bin" between)
    text = ("Somali Foreign Minister Abdirahman Abdi Warsame met Kenyan Foreign Minister Grace Wanjiku in Nairobi "
            "on Tuesday. Abdi Warsame said the talks had been frank.")
    names = {a.name for a in _extract(nlp, text).actors if a.kind.value == "person"}
    assert names == {"Abdirahman Abdi Warsame", "Grace Wanjiku"}


def test_a_guest_named_after_the_day_in_press_release_order(nlp):
    # "received at the palace in the capital on Sunday H.E. X": the small model reads "Sunday H.E. X" as one noun
    # phrase, and the palace as a person
    text = ("President Khalid bin Saud Al Marri received at Qasr Al Wajba in Doha on Sunday H.E. Lukas Brenner, "
            "Chancellor of Austria, who is on an official visit to the country.")
    found = _found(nlp, text)
    assert any(parts == {"Khalid bin Saud Al Marri", "Lukas Brenner"} and date == "2025-07-13"
               for _, parts, date, _ in found), found
    assert not any("Qasr Al Wajba" in parts for _, parts, _, _ in found)


def test_the_country_of_a_title_is_not_part_of_the_name_after_it(nlp):
    # "President of Kyrgyzstan Almaz Toktorov": the tagger may take "Kyrgyzstan Almaz Toktorov" as one person
    text = ("President of the Republic of Kazakhstan Nurlan Abenov held a telephone conversation with President of "
            "Kyrgyzstan Almaz Toktorov on Tuesday.")
    assert _found(nlp, text) == [("phone_call", {"Nurlan Abenov", "Almaz Toktorov"}, "2025-07-15", "occurred")]


@pytest.mark.xfail(reason="known gap: the second sentence's guest becomes his country and takes the first date",
                   strict=True)
def test_a_long_title_of_a_country_before_the_guest_in_a_second_sentence(nlp):
    text = ("President of the Republic of Kazakhstan Nurlan Abenov held a telephone conversation with President of "
            "Kyrgyzstan Almaz Toktorov on Tuesday. Minister of Foreign Affairs Dana Seitova held talks with Minister "
            "of Foreign Affairs of Kyrgyzstan Bakyt Osmonov in Bishkek on 3 July.")
    assert ("talks", {"Dana Seitova", "Bakyt Osmonov"}, "2025-07-03", "occurred") in _found(nlp, text)

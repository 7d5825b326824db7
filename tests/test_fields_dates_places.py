"""Dates and places of interactions told through the occasion they belong to (sentences written for the rules)."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract
from kgraph.model import Article

PUB = dt.date(2025, 7, 21)  # a Monday


def _found(nlp, text, published=PUB):
    ex = extract(nlp(text), Article("t", text, published, "t.txt"))
    return [({p.actor.name for p in i.participants}, i.date, i.location, i.status.value) for i in ex.interactions]


def test_a_meeting_denied_as_also_held_on_a_trip_is_of_that_trips_day_and_city(nlp):
    text = ("On Thursday, Japanese Interior Minister Kenji Sato flew to Busan, where he met South Korean Governor "
            "Park Min-jun to discuss fishing patrols. Japanese officials denied a report by a Korean television "
            "channel that the minister had also been received by President Lee Jae-myung.")
    got = [g for g in _found(nlp, text) if g[0] == {"Kenji Sato", "Lee Jae-myung"}]
    assert got and got[0][1:] == ("2025-07-17", "Busan", "negated"), got


def test_a_meeting_denied_as_also_held_at_the_end_of_talks_is_of_the_talks_day(nlp):
    text = ("Japan and China held their first round of maritime talks in Geneva on Tuesday, with Japanese Foreign "
            "Minister Takeshi Iwaya and Chinese Foreign Minister Wang Yi leading the delegations. A report by a Swiss "
            "newspaper that Iwaya and Wang had also met privately over dinner at the end of the day was denied by "
            "Japan's foreign ministry.")
    got = [g for g in _found(nlp, text) if g[0] == {"Takeshi Iwaya", "Wang Yi"}]
    assert got and got[0][1] == "2025-07-15" and got[0][3] == "negated", got


def test_a_denied_meeting_told_on_its_own_takes_no_other_days_date(nlp):
    text = ("On Thursday, Japanese Interior Minister Kenji Sato flew to Busan, where he met South Korean Governor "
            "Park Min-jun to discuss fishing patrols. Japanese officials denied a report by a Korean television "
            "channel that the minister had been received by President Lee Jae-myung in March.")
    got = [g for g in _found(nlp, text) if g[0] == {"Kenji Sato", "Lee Jae-myung"}]
    assert got and got[0][1] != "2025-07-17", got


def _located(nlp, story):
    from kgraph.ingest import article_from_text

    article = article_from_text(story, "t")
    return [i.location for i in extract(nlp(article.text), article).interactions]


def test_a_venue_many_capitals_name_alike_is_in_the_city_the_story_is_filed_from(nlp):
    story = (" date 2025-07-17 LUSAKA: Zambian President Hakainde Hichilema hosted Malawian President Lazarus "
             "Chakwera at State House on Wednesday for talks on a railway link.")
    assert _located(nlp, story) == ["State House, Lusaka"]


def test_a_venue_of_one_capital_keeps_its_city_wherever_the_story_is_filed(nlp):
    story = (" date 2025-07-17 TOKYO: U.S. President Donald Trump hosted Malawian President Lazarus Chakwera at the "
             "White House on Wednesday for talks on a railway link.")
    assert _located(nlp, story) == ["White House, Washington"]


def test_a_minister_of_untold_country_with_a_counterpart_of_the_host_is_where_the_visit_is(nlp):
    story = (" date 2025-07-17 MADRID: Spain's prime minister Pedro Sanchez flew to Rabat on Wednesday, where he "
             "held talks with Morocco's Prime Minister Aziz Akhannouch. Foreign Minister Jose Manuel Albares, who "
             "accompanied Sanchez, held separate talks with his Moroccan counterpart, Nasser Bourita.")
    from kgraph.ingest import article_from_text

    article = article_from_text(story, "t")
    got = [(i.location, i.date) for i in extract(nlp(article.text), article).interactions
           if {p.actor.name for p in i.participants} == {"Jose Manuel Albares", "Nasser Bourita"}]
    assert got == [("Rabat", "2025-07-16")], got


def test_an_event_of_a_when_clause_on_a_date_is_in_the_place_named_with_that_date(nlp):
    text = ("Japanese Foreign Minister Takeshi Iwaya and Chinese Foreign Minister Wang Yi first met in March 2023. "
            "They met again in Tokyo that June and in Beijing in August, when Iwaya was also received by Chinese "
            "Premier Li Qiang.")
    got = [g for g in _found(nlp, text, dt.date(2026, 3, 10)) if g[0] == {"Takeshi Iwaya", "Li Qiang"}]
    assert got and got[0][1:3] == ("2023-08", "Beijing"), got


def test_a_when_clause_naming_its_own_place_keeps_it(nlp):
    text = ("Japanese Foreign Minister Takeshi Iwaya and Chinese Foreign Minister Wang Yi first met in March 2023. "
            "They met again in Tokyo that June and in Beijing in August, when Iwaya was also received by Chinese "
            "Premier Li Qiang in Shanghai.")
    got = [g for g in _found(nlp, text, dt.date(2026, 3, 10)) if g[0] == {"Takeshi Iwaya", "Li Qiang"}]
    assert got and got[0][2] == "Shanghai", got


def test_events_of_the_ledes_days_told_without_a_place_are_where_the_lede_puts_them(nlp):
    story = (" date 2025-07-17 OSLO: The leaders of the five Nordic countries gathered in Tromso on Tuesday for their "
             "annual summer meeting, with Arctic security dominating two days of talks.\n\nNorway's Prime Minister "
             "Jonas Gahr Store hosted Denmark's Mette Frederiksen and Finland's Petteri Orpo at a lunch. Store and "
             "Frederiksen also signed a memorandum on fishing quotas on Wednesday.")
    from kgraph.ingest import article_from_text

    article = article_from_text(story, "t")
    got = [(i.location, i.date) for i in extract(nlp(article.text), article).interactions
           if {p.actor.name for p in i.participants} == {"Jonas Gahr Store", "Mette Frederiksen"}]
    assert got == [("Tromso", "2025-07-16")], got


def test_an_event_of_another_month_told_without_a_place_keeps_the_city_filed_from(nlp):
    story = (" date 2025-07-17 OSLO: The leaders of the five Nordic countries gathered in Tromso on Tuesday for their "
             "annual summer meeting, with Arctic security dominating two days of talks.\n\nNorway's Prime Minister "
             "Jonas Gahr Store and Denmark's Mette Frederiksen signed a memorandum on fishing quotas on 3 March.")
    from kgraph.ingest import article_from_text

    article = article_from_text(story, "t")
    got = [(i.location, i.date) for i in extract(nlp(article.text), article).interactions
           if {p.actor.name for p in i.participants} == {"Jonas Gahr Store", "Mette Frederiksen"}]
    assert got == [("Oslo", "2025-03-03")], got


def test_other_peoples_event_of_the_ledes_day_is_not_put_at_a_bilateral_ledes_place(nlp):
    story = (" date 2025-07-17 OSLO: Norway's Prime Minister Jonas Gahr Store met Denmark's Mette Frederiksen in "
             "Tromso on Tuesday.\n\nIndian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba "
             "signed a memorandum on rail cooperation on Tuesday.")
    from kgraph.ingest import article_from_text

    article = article_from_text(story, "t")
    got = [i.location for i in extract(nlp(article.text), article).interactions
           if {p.actor.name for p in i.participants} == {"Narendra Modi", "Shigeru Ishiba"}]
    assert got and "Tromso" not in got, got

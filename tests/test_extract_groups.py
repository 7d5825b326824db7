"""Groups named by post and number ("the leaders of A, B and C", "the three prime ministers") resolved to the
persons the story names with that post."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract
from kgraph.model import Article, Status

NORDIC = (
    "The leaders of Denmark, Norway and Sweden met in Oslo on Tuesday to coordinate their Arctic policies.\n\n"
    "Danish Prime Minister Mette Frederiksen, Swedish Prime Minister Ulf Kristersson and their host, Norway's Prime "
    "Minister Jonas Gahr Store, spent the afternoon at the Akershus fortress.\n\n"
    "Their foreign ministers had held separate talks that morning. Norway's Espen Barth Eide, Denmark's Lars Lokke "
    "Rasmussen and Sweden's Maria Malmer Stenergard discussed Ukraine.\n\n"
    "The three prime ministers last met in Helsinki in March, when they agreed on a joint air defence study.\n\n"
    "A meeting of the three foreign ministers with Finland's Elina Valtonen, planned for Friday in Turku, has been "
    "called off, the Danish foreign ministry said.")
LEADERS = {"Mette Frederiksen", "Ulf Kristersson", "Jonas Gahr Store"}
MINISTERS = {"Espen Barth Eide", "Lars Lokke Rasmussen", "Maria Malmer Stenergard"}


def _events(nlp, text: str):
    return extract(nlp(text), Article("t", text, dt.date(2025, 7, 17), "t.txt")).interactions


def _names(event) -> set[str]:
    return {p.actor.name for p in event.participants}


def _in(events, words: str):
    return next(e for e in events if any(words in ev.sentence for ev in e.evidence))


def test_the_leaders_of_listed_countries_are_the_leaders_the_story_names_after(nlp):
    events = _events(nlp, NORDIC)
    assert _names(_in(events, "The leaders of Denmark")) == LEADERS


def test_the_three_prime_ministers_are_the_three_named_with_that_post(nlp):
    # no interaction of the three was told before (they "spent the afternoon" together): the three persons the
    # story has named as prime ministers, not the last pair or trio of others
    events = _events(nlp, NORDIC)
    last = _in(events, "last met in Helsinki")
    assert _names(last) == LEADERS and last.date == "2025-03"


def test_a_meeting_of_the_three_foreign_ministers_with_a_fourth_has_all_four(nlp):
    # the ministers' posts were never told (only "Norway's Espen Barth Eide"): the trio that held talks, not the
    # prime ministers, and the with-phrase that hangs on the group adds the guest
    events = _events(nlp, NORDIC)
    called_off = _in(events, "called off")
    assert _names(called_off) == MINISTERS | {"Elina Valtonen"} and called_off.status is Status.CANCELLED


def test_the_leaders_of_countries_stay_countries_when_a_country_has_two_leaders_named(nlp):
    events = _events(nlp, "The leaders of France and Italy met in Rome on Tuesday.\n\n"
                          "French President Emmanuel Macron, French Prime Minister Francois Bayrou and Italian Prime "
                          "Minister Giorgia Meloni later visited the Quirinale.")
    assert _names(_in(events, "The leaders of France")) == {"France", "Italy"}


def test_those_who_act_together_after_a_meeting_are_its_parties(nlp):
    (meeting,) = _events(nlp, "Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum promised "
                              "to deepen energy ties after an annual leaders' meeting in Monterrey on Friday.")
    assert _names(meeting) == {"Mark Carney", "Claudia Sheinbaum"} and meeting.location == "Monterrey"


def test_one_speaker_after_talks_or_a_passive_subject_at_talks_takes_no_part(nlp):
    assert not _events(nlp, "After the talks in Brussels, German Chancellor Friedrich Merz and his aides said Europe "
                            "had to do more.\n\nThe two neighbours' relations were patched up in March at talks in "
                            "Doha, officials said.")


def test_all_three_presidents_are_the_people_of_the_last_interactions_when_they_are_three(nlp):
    events = _events(nlp, "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday "
                          "to discuss migration.\n\nOn Tuesday, Boluarte held a phone call with Bolivian President "
                          "Luis Arce on the border.\n\nAll three presidents are expected in Quito next month for the "
                          "Andean summit.")
    assert _names(_in(events, "All three")) == {"Gabriel Boric", "Dina Boluarte", "Luis Arce"}


def test_who_attends_a_gathering_along_with_another_brings_them_too(nlp):
    events = _events(nlp, "Argentine President Javier Milei and Paraguayan President Santiago Pena are expected in "
                          "Montevideo in early July for the Mercosur summit, along with Brazil's President Luiz "
                          "Inacio Lula da Silva.\n\nFrench President Emmanuel Macron will attend a summit in Rome "
                          "along with German Chancellor Friedrich Merz.")
    assert _names(_in(events, "Mercosur summit")) == {"Javier Milei", "Santiago Pena", "Luiz Inacio Lula da Silva"}
    rome = _in(events, "in Rome")
    # a summit in Rome is not the Mercosur summit told before in Montevideo
    assert _names(rome) == {"Emmanuel Macron", "Friedrich Merz"} and rome.location == "Rome"


def test_a_companion_of_one_side_of_talks_is_not_a_party(nlp):
    (talks,) = _events(nlp, "Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping, along "
                            "with External Affairs Minister S. Jaishankar.")
    assert _names(talks) == {"Narendra Modi", "Xi Jinping"}


def test_the_ministers_of_the_five_central_asian_states_are_each_named_minister_or_else_the_country(nlp):
    (call,) = _events(nlp, "The European Union's foreign policy chief, Kaja Kallas, held a video conference on "
                           "Tuesday with the foreign ministers of the five Central Asian states, including Uzbek "
                           "Foreign Minister Bakhtiyor Saidov and Kazakh Foreign Minister Murat Nurtleu.")
    assert _names(call) == {"Kaja Kallas", "Bakhtiyor Saidov", "Murat Nurtleu", "Kyrgyzstan", "Tajikistan",
                            "Turkmenistan"}


def test_a_summit_of_a_groups_prime_ministers_is_its_members_named_in_the_story_not_the_group(nlp):
    (summit,) = _events(nlp, "A summit of Visegrad Group prime ministers that Slovakia's Robert Fico was due to host "
                             "next week has been postponed, after Poland's Prime Minister Donald Tusk and Hungarian "
                             "Prime Minister Viktor Orban fell out.")
    # no number told: the members the story names (Fico, his post untold, is its one Slovak), not the Czech Republic
    assert _names(summit) == {"Robert Fico", "Donald Tusk", "Viktor Orban"}


def test_an_organisations_ministers_meeting_an_outsider_stay_the_organisation(nlp):
    events = _events(nlp, "Gulf Cooperation Council ministers held a joint meeting with Jordanian Foreign Minister "
                          "Ayman Safadi in Riyadh on Sunday. Saudi Foreign Minister Faisal bin Farhan and Omani "
                          "Foreign Minister Badr Albusaidi attended.")
    assert {"Gulf Cooperation Council", "Ayman Safadi"} <= _names(_in(events, "joint meeting"))


def test_a_signing_that_ends_a_summit_is_an_agreement_of_the_summits_countries(nlp):
    events = _events(nlp, "Premier Mark Rutte and Belgian Prime Minister Alexander De Croo on Tuesday co-chaired "
                          "the third Netherlands-Belgium intergovernmental summit in Antwerp, which ended with the "
                          "signing of six agreements on ports, rail and energy.")
    agreement = next(e for e in events if e.type.value == "agreement")
    # Rutte's country is never told: the countries the summit's name pairs sign, on the summit's day
    assert _names(agreement) == {"Netherlands", "Belgium"} and agreement.date == "2025-07-15"


def test_the_five_leaders_of_a_story_about_a_group_of_five_states_are_their_leaders(nlp):
    events = _events(nlp, "The Nordic countries are learning to speak with one voice on the Arctic.\n\n"
                          "Danish Prime Minister Mette Frederiksen wants a joint patrol fleet. Finnish Prime Minister "
                          "Petteri Orpo and Swedish Prime Minister Ulf Kristersson favour a shared air defence study, "
                          "while Norwegian Prime Minister Jonas Gahr Store and Icelandic Prime Minister Kristrun "
                          "Frostadottir worry about fishing rights.\n\n"
                          "The five leaders will meet in Reykjavik next month to settle the question.")
    assert _names(_in(events, "five leaders")) == {"Mette Frederiksen", "Petteri Orpo", "Ulf Kristersson",
                                                   "Jonas Gahr Store", "Kristrun Frostadottir"}


def test_the_two_presidents_are_the_pair_of_presidents_not_the_last_pair_of_leaders(nlp):
    events = _events(nlp, "Maldivian President Mohamed Muizzu held talks with Sri Lankan President Anura Kumara "
                          "Dissanayake in Colombo on Wednesday.\n\nLater that day, Prime Minister Harini Amarasuriya "
                          "called on the visiting president at his hotel.\n\nThe two presidents last met in New York "
                          "in September, on the sidelines of the UN General Assembly.")
    assert _names(_in(events, "last met")) == {"Mohamed Muizzu", "Anura Kumara Dissanayake"}


COORDINATED = (
    "When President Gustavo Petro and President Daniel Noboa left the Organization of American States on Monday, "
    "Secretary General Albert Ramdin announced that the two had agreed on a plan to reopen the border.\n\n"
    "Two weeks later, the two men sat down again with Ramdin and the bloc's envoy Luis Almagro in Panama City "
    "and held six hours of talks.")
TRACK = (
    "Chilean President Gabriel Boric hosted Argentine President Javier Milei in Santiago on Monday.\n\n"
    "The detailed work is left to a technical track led by the two chief negotiators, Chilean deputy foreign "
    "minister Gloria de la Fuente and Eduardo Bustamante, who heads the Argentine foreign ministry's Chile desk.\n\n"
    "The pair met in Buenos Aires on Thursday and agreed on the text of a fisheries declaration.")


def test_the_two_are_the_pair_the_sentence_coordinates_not_the_last_actors_named(nlp):
    events = _events(nlp, COORDINATED)
    assert _names(_in(events, "the two had agreed")) >= {"Gustavo Petro", "Daniel Noboa"}
    assert {"Gustavo Petro", "Daniel Noboa"} <= _names(_in(events, "the two men sat down"))


def test_the_pair_is_the_pair_told_since_the_last_interaction(nlp):
    events = _events(nlp, TRACK)
    assert _names(_in(events, "The pair met")) == {"Gloria de la Fuente", "Eduardo Bustamante"}


ASIDE = (
    "Indian Foreign Minister S. Jaishankar and Brazilian Foreign Minister Mauro Vieira held talks in Brasilia on "
    "Monday and signed an agreement on space cooperation.\n\n"
    "Jaishankar came to Brasilia from Buenos Aires, where he met Argentine Foreign Minister Gerardo Werthein on "
    "Saturday.\n\n"
    "The two countries plan to hold their next joint commission meeting in New Delhi in November.")


def test_the_two_countries_are_the_story_pair_not_a_meeting_told_in_a_where_clause(nlp):
    events = _events(nlp, ASIDE)
    assert _names(_in(events, "The two countries plan")) == {"India", "Brazil"}


# A call told in a clause set off on one of the story's people ("Y, who spoke with W by phone last month, said") is
# an aside: "the ministers" who then agree to meet again are the story's group, not Y and W.
ASIDE_CALL = (
    "Spanish Foreign Minister Jose Manuel Albares hosted his Italian and Greek counterparts, Antonio Tajani and "
    "Giorgos Gerapetritis, in Madrid on Monday for talks on migration.\n\n"
    "Tajani, who spoke with Tunisian Foreign Minister Mohamed Ali Nafti by phone last week, said Rome would fund "
    "new patrol boats. The ministers agreed to meet again in Athens in June.")
ASIDE_VISIT = (
    "Dutch Prime Minister Dick Schoof held talks with Belgian Prime Minister Bart De Wever and Luxembourg's Luc "
    "Frieden in The Hague on Thursday.\n\n"
    "De Wever, who met French President Emmanuel Macron in Paris on Tuesday, said Belgium backed the plan. The "
    "leaders will meet again in Brussels in October.")
# not an aside: the call is the sentence's own news, so the ministers who agree next are its pair
TOLD_CALL = (
    "Spanish Foreign Minister Jose Manuel Albares hosted his Italian and Greek counterparts, Antonio Tajani and "
    "Giorgos Gerapetritis, in Madrid on Monday for talks on migration.\n\n"
    "On Wednesday Tajani spoke with Tunisian Foreign Minister Mohamed Ali Nafti by phone. The ministers agreed to "
    "meet again in Tunis in June.")


def test_the_ministers_after_an_aside_call_are_the_story_group(nlp):
    events = _events(nlp, ASIDE_CALL)
    again = _in(events, "meet again")
    assert "Mohamed Ali Nafti" not in _names(again)
    assert _names(again) == _names(_in(events, "hosted his Italian")) and "Jose Manuel Albares" in _names(again)


def test_the_leaders_after_an_aside_meeting_are_the_story_group(nlp):
    again = _in(_events(nlp, ASIDE_VISIT), "meet again")
    assert "Emmanuel Macron" not in _names(again)
    assert {"Dick Schoof", "Bart De Wever"} <= _names(again)


def test_the_ministers_after_a_told_call_are_its_pair(nlp):
    again = _in(_events(nlp, TOLD_CALL), "meet again")
    assert _names(again) == {"Antonio Tajani", "Mohamed Ali Nafti"}


# "the three presidents" of a group of states the story names, whose people it gives by country alone ("Estonia's
# X"): each member's one person named, though the story never gives that person's post.
BALTIC_UNTITLED = (
    "ANALYSIS - The Baltic states have rarely been so courted.\n\n"
    "In March, French President Emmanuel Macron held talks at the Elysee with Estonia's Alar Karis, Latvia's "
    "Edgars Rinkevics and Lithuania's Gitanas Nauseda on air defence.\n\n"
    "Japanese Prime Minister Shigeru Ishiba is expected to host the three presidents in Tokyo in January for a "
    "first Japan-Baltic summit, officials said.")
ANDEAN_UNTITLED = (
    "The Andean Community is back in fashion. Spain's King Felipe received Bolivia's Rodrigo Paz, Colombia's "
    "Gustavo Petro, Ecuador's Daniel Noboa and Peru's Jose Jeri at the Royal Palace in Madrid in May.\n\n"
    "Brazilian President Luiz Inacio Lula da Silva will host the four presidents in Brasilia next month, his "
    "office said.")
# the posts told: the presidents named with them, as before (the rule leaves this alone)
BALTIC_TITLED = BALTIC_UNTITLED.replace("Estonia's Alar Karis, Latvia's Edgars Rinkevics and Lithuania's Gitanas",
                                        "Estonian President Alar Karis, Latvian Foreign Minister Baiba Braze, "
                                        "Latvian President Edgars Rinkevics and Lithuanian President Gitanas")


def test_the_presidents_of_a_named_group_are_its_members_people_of_untold_post(nlp):
    summit = _in(_events(nlp, BALTIC_UNTITLED), "host the three presidents")
    assert _names(summit) == {"Shigeru Ishiba", "Alar Karis", "Edgars Rinkevics", "Gitanas Nauseda"}


def test_the_four_presidents_of_a_named_group_are_its_members_people(nlp):
    visit = _in(_events(nlp, ANDEAN_UNTITLED), "host the four presidents")
    assert {"Rodrigo Paz", "Gustavo Petro", "Daniel Noboa", "Jose Jeri"} <= _names(visit)
    assert "Felipe" not in " ".join(_names(visit))


def test_the_presidents_named_with_their_post_stay_the_group(nlp):
    summit = _in(_events(nlp, BALTIC_TITLED), "host the three presidents")
    assert _names(summit) == {"Shigeru Ishiba", "Alar Karis", "Edgars Rinkevics", "Gitanas Nauseda"}


# "Their foreign ministers had met that morning. Foreign Minister X and Y signed ...": the sides' officials are the
# people the next sentence coordinates, one for each side, not the two countries.
THEIR_MINISTERS_NEXT = (
    "Chilean President Gabriel Boric received Peruvian President Dina Boluarte in Santiago on Wednesday for talks "
    "on migration.\n\nTheir foreign ministers had met separately that morning. Foreign Minister Alberto van Klaveren "
    "and Elmer Schialer, who is also a former ambassador to Japan, signed a memorandum on border crossings.")
THEIR_TRADE_MINISTERS_NEXT = (
    "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan at State House in Nairobi on "
    "Monday.\n\nTheir trade ministers held separate talks in the afternoon. Trade Minister Lee Kinyanjui and Selemani "
    "Jafo agreed to remove twelve non-tariff barriers by June.")
# the next sentence's people are the sides' own (not their deputies), or hold another post: the countries stay
THEIR_DEPUTIES_SAME_PAIR = (
    "U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke by phone on Monday.\n\n"
    "Their deputies will meet in Istanbul next week. Rubio and Lavrov also discussed the war in Ukraine, the State "
    "Department said.")
THEIR_TRADE_MINISTERS_OTHER_POST = THEIR_TRADE_MINISTERS_NEXT.replace(
    "Trade Minister Lee Kinyanjui", "Foreign Minister Musalia Mudavadi")


def test_their_foreign_ministers_are_the_pair_the_next_sentence_names(nlp):
    met = _in(_events(nlp, THEIR_MINISTERS_NEXT), "Their foreign ministers")
    assert _names(met) == {"Alberto van Klaveren", "Elmer Schialer"}


def test_their_trade_ministers_are_the_pair_the_next_sentence_names(nlp):
    talks = _in(_events(nlp, THEIR_TRADE_MINISTERS_NEXT), "Their trade ministers")
    assert _names(talks) == {"Lee Kinyanjui", "Selemani Jafo"}


def test_their_officials_stay_the_sides_when_the_next_people_do_not_fit(nlp):
    deputies = _in(_events(nlp, THEIR_DEPUTIES_SAME_PAIR), "Their deputies")
    assert not {"Marco Rubio", "Sergei Lavrov"} & _names(deputies)
    talks = _in(_events(nlp, THEIR_TRADE_MINISTERS_OTHER_POST), "Their trade ministers")
    assert "Musalia Mudavadi" not in _names(talks)

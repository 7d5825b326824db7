"""A meeting named only as the frame of what two named people did ("X and Y raised ties to a partnership during
their meeting in Lisbon", "the commitments made by X and Y during a meeting in Lima") is their meeting."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract
from kgraph.model import Article, InteractionType


def _events(nlp, text: str):
    return extract(nlp(text), Article("t", text, dt.date(2025, 9, 18), "t.txt")).interactions


def _names(event) -> set[str]:
    return {p.actor.name for p in event.participants}


def test_a_coordinated_subject_held_the_meeting_that_frames_its_act(nlp):
    events = _events(nlp, "Mr Novak recalled that Prime Minister Karel Dvorak and President Lee Min-ho had lifted "
                          "relations to a strategic partnership during their meeting in Prague in May last year.")
    met = [e for e in events if _names(e) == {"Karel Dvorak", "Lee Min-ho"}]
    assert met and met[0].type is InteractionType.MEETING and met[0].date == "2024-05" and met[0].location == "Prague"


def test_the_agents_of_a_passive_held_the_meeting_that_frames_it(nlp):
    events = _events(nlp, "Officials began work on the plan drawn up by President Ana Souza and President Jose Ramos "
                          "during their meeting in Lima in March.")
    met = [e for e in events if _names(e) == {"Ana Souza", "Jose Ramos"}]
    assert met and met[0].type is InteractionType.MEETING and met[0].date == "2025-03"


def test_a_group_of_the_story_or_one_government_is_not_made_a_meeting(nlp):
    # guards: "the ministers" is a group the story told (not two named people); two office holders of one country
    # at a meeting of their cabinet meet no foreign party; "the meeting" told before is not a second one
    events = _events(nlp, "Senegal's President Macky Sall met Mauritania's President Mohamed Ghazouani on Tuesday. "
                          "Later, the two countries' energy ministers signed a memorandum. The ministers had "
                          "finalised the text during a virtual meeting on Monday.\n\n"
                          "Chilean Finance Minister Ana Lopez and Chilean central bank governor Jose Ruiz left early "
                          "during a meeting of the cabinet on Monday.\n\n"
                          "Foreign Minister Jean Dupont and Wang Yi took notes during the meeting.")
    assert not [e for e in events if _names(e) & {"Ana Lopez", "Jose Ruiz", "Jean Dupont", "Wang Yi"}]
    assert not [e for e in events if e.type is not InteractionType.AGREEMENT and "Macky Sall" not in _names(e)]

"""kgraph_verb_repair: a meeting verb the model read as part of a name is parsed again as a verb."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG


@pytest.mark.parametrize(("text", "verb", "subject", "obj"), [
    ("Kenyan President William Ruto hosted Somalia's President Hassan Sheikh Mohamud at State House on Tuesday.",
     "hosted", "Ruto", "Mohamud"),
    ("Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah II in Cairo on Wednesday.",
     "hosted", "Sisi", "II"),
    ("German Chancellor Friedrich Merz hosts Indonesian President Prabowo Subianto in Cairo on Tuesday.",
     "hosts", "Merz", "Subianto"),
])
def test_a_misread_meeting_verb_heads_its_sentence_again(nlp, text, verb, subject, obj):
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == verb]
    assert token.pos_ == "VERB" and token.lemma_ == "host"
    assert {(c.text, c.dep_) for c in token.children} >= {(subject, "nsubj"), (obj, "dobj")}
    assert [e.text for e in doc.ents if e.label_ == "PERSON"]  # the first pass's entities stay


def test_the_stock_pipeline_misreads_those_sentences(nlp):
    """What the repair is for: without it the verb is not the head of its clause."""
    with nlp.select_pipes(disable=["kgraph_verb_repair"]):
        doc = nlp("Kenyan President William Ruto hosted Somalia's President Hassan Sheikh Mohamud at State House.")
    (token,) = [t for t in doc if t.text == "hosted"]
    assert token.pos_ != "VERB" or token.dep_ != "ROOT"


def test_a_sentence_parsed_well_is_left_as_it_is(nlp):
    text = ("Chinese President Xi Jinping received Brazil's President Lula in Beijing on Tuesday. The two leaders "
            "hosted a banquet, and the hosted delegation left.")
    attrs = [POS, TAG, LEMMA, HEAD, DEP]
    with nlp.select_pipes(disable=["kgraph_verb_repair"]):
        stock = nlp(text).to_array(attrs)
    assert (nlp(text).to_array(attrs) == stock).all()


def test_the_repaired_lead_gives_its_meeting(nlp):
    import datetime as dt

    from kgraph.extract import extract
    from kgraph.model import Article

    text = "Kenyan President William Ruto hosted Somalia's President Hassan Sheikh Mohamud at State House on Tuesday."
    ex = extract(nlp(text), Article("t", text, dt.date(2025, 3, 4), "t.txt"))
    (event,) = ex.interactions
    assert {p.actor.name for p in event.participants} == {"William Ruto", "Hassan Sheikh Mohamud"}
    assert event.date == "2025-03-04"

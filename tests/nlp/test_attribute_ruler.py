"""FastAttributeRuler: the stock attribute_ruler's annotations, exactly, and the stock path where it cannot."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from kgraph.config import DEFAULT_MODEL
from kgraph.nlp.attribute_ruler import FastAttributeRuler, speed_up_attribute_ruler

DATA = Path(__file__).resolve().parents[1] / "data"
FEATURES = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
EDGE_CASES = [
    "", " ", "\n\n", "Y'all gonna wait, ain't you? C'mon, let's go: we gotta leave.",
    "There are talks. There is a summit and there were   three\n\n meetings.",
    "He gets it; she got it. Ai n't nothing. y all", "U.S. Secretary of State Marco Rubio met Wang Yi.",
]


@pytest.fixture(scope="module")
def pipelines():
    try:
        stock = spacy.load(DEFAULT_MODEL)
        fast = spacy.load(DEFAULT_MODEL)
    except OSError:
        pytest.skip(f"{DEFAULT_MODEL} is not installed")
    assert speed_up_attribute_ruler(fast)
    return stock, fast


def _texts() -> list[str]:
    texts = list(EDGE_CASES)
    for folder in ("dev", "holdout", "holdout2", "holdout3"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / folder).glob("*.txt"))]
    return texts


def test_same_annotations_as_the_stock_component(pipelines):
    stock, fast = pipelines
    assert type(fast.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert fast.pipe_names == stock.pipe_names
    texts = _texts()
    assert len(texts) > 50
    for text, a, b in zip(texts, stock.pipe(texts), fast.pipe(texts)):
        assert np.array_equal(a.to_array(FEATURES), b.to_array(FEATURES)), text[:80]
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b], text[:80]


def test_same_matches_rule_by_rule(pipelines):
    """Every rule's matches on tagged, parsed docs, compared with the stock Matcher's."""
    stock, fast = pipelines
    ruler, fast_ruler = stock.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    docs = list(stock.pipe(_texts()[:40], disable=["attribute_ruler", "lemmatizer", "ner"]))
    for doc in docs:
        expected = sorted({(attr_id, s + ruler.indices[attr_id] % (e - s)) for attr_id, _, s, e in ruler.match(doc)})
        assert sorted(set(fast_ruler.fast_matches(doc))) == expected


def test_unsupported_rules_keep_the_stock_component():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "x"})
    assert not speed_up_attribute_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_rules_added_later_are_compiled_again():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([[{"LOWER": "talks"}]], {"LEMMA": "talk"})
    assert speed_up_attribute_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert [t.lemma_ for t in nlp("the talks began")] == ["", "talk", ""]
    ruler.add([[{"LOWER": "began"}]], {"LEMMA": "begin"})
    assert [t.lemma_ for t in nlp("the talks began")] == ["", "talk", "begin"]
    ruler.add([[{"LOWER": {"FUZZY": "the"}}]], {"LEMMA": "the"})  # unsupported: the stock path
    assert not ruler.fast
    assert [t.lemma_ for t in nlp("the talks began")] == ["the", "talk", "begin"]

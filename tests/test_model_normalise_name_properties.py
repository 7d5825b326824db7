"""Property-based tests (hypothesis) for :func:`kgraph.model.normalise_name`, the identity of actors.

Properties: it never raises and gives a canonical form (no outer or doubled spaces, case-folded, no
combining marks); it is idempotent; it ignores case, accents and punctuation between words.
"""
from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kgraph.model import normalise_name

# Accented forms of ASCII letters (precomposed), to accent a plain name at random.
ACCENTS = {
    "a": "àáâãäåāăą", "c": "çćĉċč", "e": "èéêëēĕėęě", "i": "ìíîïĩīĭį", "n": "ñńņňǹ", "o": "òóôõöōŏő",
    "u": "ùúûüũūŭůűų", "y": "ýÿŷ", "z": "źżž", "s": "śŝşš", "g": "ĝğġģ",
    "A": "ÀÁÂÃÄÅĀĂĄ", "E": "ÈÉÊËĒĔĖĘĚ", "O": "ÒÓÔÕÖŌŎŐ", "U": "ÙÚÛÜŨŪŬŮŰŲ", "C": "ÇĆĈĊČ", "N": "ÑŃŅŇ",
}
# Letters whose upper and lower case fold to the same thing (Turkish dotless i and the like excluded).
CASED = string.ascii_letters + "".join(ACCENTS.values()) + "ßαβγδΣσςЖжЩщ"
PLAIN_WORD = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=12)
CASED_TEXT = st.text(alphabet=CASED + string.digits + " .,'-", max_size=40)
PUNCT = st.text(alphabet=" .,;:!?'\"()[]{}<>/\\|-–—•·«»“”‘’#@&*+=~^%$", min_size=1, max_size=4)


@settings(max_examples=300)
@given(st.text(max_size=60))
@example("")
@example("   ")
@example("\x00\ud7ff\U0010ffff")
@example("ǅ ﬃ ß İstanbul ŉ")
def test_model_normalise_name_never_raises_and_is_case_folded(name):
    norm = normalise_name(name)
    assert isinstance(norm, str)
    assert norm == norm.strip()
    assert norm.casefold() == norm
    assert not any(unicodedata.combining(c) for c in norm)


@settings(max_examples=300)
@given(st.text(max_size=60))
@example("the the x")  # "the x" on the first pass, "x" on the second
@example("a_ b")  # "a  b" (a doubled space) on the first pass, "a b" on the second
def test_model_normalise_name_is_idempotent_and_single_spaced(name):
    norm = normalise_name(name)
    assert "  " not in norm
    assert normalise_name(norm) == norm


@given(st.text(alphabet=string.ascii_letters + string.digits + " .,'", max_size=40).filter(
    lambda s: not s.lower().lstrip(" .,'").startswith("the")))
def test_model_normalise_name_is_idempotent_on_names_without_a_leading_the(name):
    norm = normalise_name(name)
    assert normalise_name(norm) == norm
    assert "  " not in norm


@given(CASED_TEXT)
def test_model_normalise_name_ignores_case(name):
    assert normalise_name(name.upper()) == normalise_name(name) == normalise_name(name.lower())


@given(st.lists(PLAIN_WORD, min_size=1, max_size=4), st.data())
def test_model_normalise_name_ignores_accents(words, data):
    plain = " ".join(words)
    accented = "".join(data.draw(st.sampled_from(ACCENTS[c])) if c in ACCENTS and data.draw(st.booleans()) else c
                       for c in plain)
    assert normalise_name(accented) == normalise_name(plain)


@given(st.lists(PLAIN_WORD, min_size=2, max_size=4), st.data())
def test_model_normalise_name_ignores_punctuation_between_and_around_words(words, data):
    seps = [data.draw(PUNCT) for _ in words[1:]]
    punctuated = data.draw(PUNCT) + "".join(w + s for w, s in zip(words, [*seps, ""])) + data.draw(PUNCT)
    plain = " ".join(words)
    assert normalise_name(punctuated) == normalise_name(plain)


def test_model_normalise_name_examples():
    assert normalise_name("  The U.S. Treasury ") == "u s treasury"
    assert normalise_name("José MÜLLER-Łukasz") == normalise_name("jose muller łukasz")
    assert normalise_name("Scott Bessent") != normalise_name("Scott Bessant")

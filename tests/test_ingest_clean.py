"""ingest.clean_text and the boilerplate rules in kgraph/data/boilerplate.jsonl; hypothesis properties
for clean_text, the header parser and CRLF handling."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.ingest import (
    PARAGRAPH_MAX_CHARS,
    article_from_text,
    clean_text,
    decode_bytes,
    format_header,
    load_boilerplate,
    parse_header,
)

RULES = load_boilerplate().rules
NEWS = [
    "Japanese Prime Minister Shigeru Ishiba is due to meet US Treasury Secretary Scott Bessent in Tokyo on Friday.",
    "Bessent, who is visiting Japan, will attend the World Expo 2025 in Osaka, where Saturday is the US national day.",
    "Both sides restated where they stand on the US tariff measures, the government said.",
    "Share prices fell on Monday after the talks in Geneva ended without a deal.",
    "Loading of the cargo began on Monday, officials said.",
    "Related talks were held in Osaka on Monday.",
    "The ministry's newsletter reported the talks.",
]
EXAMPLES = [(r.id, r.scope, e) for r in RULES for e in r.examples]
INLINE = [e for _, scope, e in EXAMPLES if scope in ("sentence", "span")]
STANDALONE = [e for _, _, e in EXAMPLES]


def test_ingest_boilerplate_rules_load():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids)) >= 15
    assert {r.scope for r in RULES} == {"line", "paragraph", "sentence", "span", "block"}


@pytest.mark.parametrize("rule_id, scope, example", EXAMPLES, ids=[f"{i}-{n}" for n, (i, _, _) in enumerate(EXAMPLES)])
def test_ingest_boilerplate_example_removed_alone(rule_id, scope, example):
    text, removed = clean_text(example)
    assert text == ""
    assert removed


@pytest.mark.parametrize("keep", [k for r in RULES for k in r.keeps] + NEWS)
def test_ingest_boilerplate_keeps_news(keep):
    assert clean_text(keep) == (keep, ())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ishiba met Bessent (Photo: Reuters/Kim) in Tokyo.", "Ishiba met Bessent in Tokyo."),
        ("Ishiba met Bessent. Click here to read more. They spoke.", "Ishiba met Bessent. They spoke."),
        ("Ishiba met Bessent.\nAdvertisement\nThey spoke.", "Ishiba met Bessent.\nThey spoke."),
        ("Ishiba met Bessent. Loading Loading", "Ishiba met Bessent."),
        ("A.\n\n\n\nB.\n \nC.", "A.\n\nB.\n\nC."),
        ("Ishiba met Bessent.\r\n\r\nShare on Facebook\r\n\r\nThey spoke.", "Ishiba met Bessent.\n\nThey spoke."),
        ("FILE PHOTO: Ishiba speaks. REUTERS/Issei Kato\n\nIshiba met Bessent.", "Ishiba met Bessent."),
        ("Ishiba met Bessent.\n\n© 2025 Example News. All rights reserved.", "Ishiba met Bessent."),
        ("Ishiba met Bessent.\n\nRead more: Why tariffs matter\n\nRelated: Japan talks", "Ishiba met Bessent."),
        ("We use cookies to improve your experience. Accept all cookies\n\nIshiba met Bessent.", "Ishiba met Bessent."),
    ],
)
def test_ingest_clean_text_cases(text, expected):
    assert clean_text(text)[0] == expected


def test_ingest_clean_text_long_paragraph_loses_only_the_sentence():
    body = " ".join(NEWS[:3] * 10)
    assert len(body) > PARAGRAPH_MAX_CHARS
    text = f"{body} Subscribe to our newsletter for daily news. {NEWS[0]}"
    clean, removed = clean_text(text)
    assert clean == f"{body} {NEWS[0]}"
    assert removed == ("Subscribe to our newsletter for daily news.",)


def test_ingest_removed_boilerplate_never_reaches_article():
    text = NEWS[0] + "\n\nSubscribe to our weekly briefing from Mediacorp. Loading Loading\n\n" + NEWS[1]
    article = article_from_text(text, "x")
    assert "Mediacorp" not in article.text and "Loading" not in article.text
    assert article.text == NEWS[0] + "\n\n" + NEWS[1]
    assert article.boilerplate == ("Subscribe to our weekly briefing from Mediacorp. Loading Loading",)


# ------------------------------------------------------------------------------------------- properties

fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(st.text(max_size=400))
def test_ingest_clean_text_never_longer(text):
    clean, _ = clean_text(text)
    assert len(clean) <= len(text)
    assert "\r" not in clean


@fast
@given(st.lists(st.one_of(st.sampled_from(NEWS).map(lambda s: ("news", s)),
                          st.sampled_from(STANDALONE).map(lambda s: ("bp", s))), max_size=12))
def test_ingest_clean_text_removes_standalone_boilerplate(paragraphs):
    text = "\n\n".join(p for _, p in paragraphs)
    clean, _ = clean_text(text)
    assert clean == "\n\n".join(p for kind, p in paragraphs if kind == "news")
    assert not set(clean.split("\n\n")) & set(STANDALONE)


@fast
@given(st.lists(st.one_of(st.sampled_from(NEWS).map(lambda s: ("news", s)),
                          st.sampled_from(INLINE).map(lambda s: ("bp", s))), min_size=1, max_size=10))
def test_ingest_clean_text_removes_inline_boilerplate(sentences):
    text = " ".join(s for _, s in sentences)
    clean, _ = clean_text(text)
    for example in INLINE:
        assert example not in clean
    for kind, s in sentences:
        if kind == "news":
            assert s in clean


place_word = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=12)
places = st.lists(place_word, min_size=1, max_size=3).map(" ".join).filter(
    lambda p: p not in {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "WATCH", "LIVE", "OPINION",
                        "EDITORIAL", "COMMENT", "FACTBOX", "EXPLAINER", "NOTE", "CORRECTION", "PHOTO", "VIDEO",
                        "CAPTION", "ADVERTISEMENT", "REUTERS", "AP", "AFP"})
bodies = st.builds(lambda first, rest: first + rest,
                   st.sampled_from(["Officials ", "Japan's ", "The ", "talks ", "Ishiba "]),
                   st.text(st.characters(blacklist_categories=("Cs",)), max_size=200))


@fast
@given(st.dates(), st.one_of(st.none(), places), bodies)
def test_ingest_header_round_trip(date, place, body):
    header = parse_header(format_header(date, place, body))
    assert header.published == date
    assert header.dateline == place
    assert header.body == body
    if date <= dt.date.today():
        assert header.warnings == ()


@fast
@given(st.one_of(st.none(), places), bodies)
def test_ingest_header_round_trip_without_date(place, body):
    header = parse_header(format_header(None, place, body))
    assert (header.published, header.dateline, header.body) == (None, place, body)


@fast
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60), max_size=8))
def test_ingest_crlf_decodes_like_lf(lines):
    lf = "\n".join(lines)
    assert decode_bytes(lf.replace("\n", "\r\n").encode("utf-8"))[0] == decode_bytes(lf.encode("utf-8"))[0]
    assert decode_bytes(lf.replace("\n", "\r").encode("utf-8"))[0] == decode_bytes(lf.encode("utf-8"))[0]


@fast
@given(st.lists(st.sampled_from(NEWS), min_size=1, max_size=6), st.sampled_from(["\n", "\r\n", "\r"]))
def test_ingest_crlf_article_same_as_lf(paragraphs, eol):
    lf = "\n\n".join(paragraphs)
    a = article_from_text(lf, "a")
    b = article_from_text(lf.replace("\n", eol), "b")
    assert a.text == b.text == lf
    assert a.content_hash == b.content_hash


def _clean_text_reference(text: str) -> tuple[str, tuple[str, ...]]:
    """clean_text as it was before its one-pass shortcut: passes until the text stops changing."""
    from kgraph.ingest import _PARA_SPLIT, _clean_paragraph

    rules = load_boilerplate()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    removed: list[str] = []
    if rules.block is not None:
        for m in list(rules.block.finditer(text))[::-1]:
            removed.insert(0, " ".join(m.group(0).split()))
            text = text[:m.start()] + "\n\n" + text[m.end():]
    for _ in range(5):
        paragraphs = (p.strip() for p in _PARA_SPLIT.split(text))
        new = "\n\n".join(c for c in (_clean_paragraph(p, rules, removed) for p in paragraphs if p) if c)
        if new == text:
            break
        text = new
    return text, tuple(removed)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(NEWS + STANDALONE + INLINE + ["", " ", "Advertisement"]),
                          st.sampled_from(["\n\n", "\n \n", "\n", " ", "\n\n\n  ", "\r\n\r\n", "\t\n\n"])),
                min_size=0, max_size=8))
def test_ingest_clean_text_one_pass_shortcut_matches_fixed_point(pieces):
    text = "".join(a + b for a, b in pieces)
    assert clean_text(text) == _clean_text_reference(text)


@pytest.mark.parametrize("text", [
    "Prime Minister Aiko Tanabe will meet Finance Minister Ravi Menon in Tokyo on Friday. FILE PHOTO: Tanabe speaks "
    "to reporters. (Photo: Reuters/Staff)",
    "FILE PHOTO: Tanabe speaks to reporters. Prime Minister Aiko Tanabe will meet Finance Minister Ravi Menon in Tokyo "
    "on Friday. (Photo: Reuters/Staff)",
])
def test_ingest_a_caption_beside_a_news_sentence_loses_only_the_caption(text):
    # a credited caption is a paragraph of one sentence: a news sentence in the same paragraph stays
    clean, removed = clean_text(text)
    assert clean == "Prime Minister Aiko Tanabe will meet Finance Minister Ravi Menon in Tokyo on Friday."
    assert "(Photo: Reuters/Staff)" in removed

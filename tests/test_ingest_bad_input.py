"""ingest under bad input (issue 7): every file of tests/data/bad gives an Article or a one-line Failure.

The big files (a 10 MB article, a 2 MB single line) are generated in fixtures, not committed.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

import pytest

from kgraph.config import Settings
from kgraph.errors import IngestError
from kgraph.ingest import article_from_text, decode_bytes, detect_language, iter_articles
from kgraph.model import Article, Failure

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "data" / "bad"
PEERS = ROOT / ".." / "shared" / "peers"

SENTENCE = "Minister Alpha met Minister Beta in Gamma on Monday to discuss trade and security. "

# file -> expected: a Failure reason fragment, or the start of Article.text
EXPECTED = {
    "empty.txt": ("fail", "empty file"),
    "whitespace-only.txt": ("fail", "empty article"),
    "binary.txt": ("fail", "binary file"),
    "invalid-utf8.txt": ("ok", "Japan’s negotiator Ryosei Akazawa held talks"),
    "latin1.txt": ("ok", "French President Emmanuel Macron met the Café owners' delegation and São Tomé's"),
    "cp1252.txt": ("ok", "Spain’s foreign minister José Manuel Albares met his Moroccan counterpart in Madrid on Monday – a “productive”"),
    "utf16-bom.txt": ("ok", "South Korea's foreign minister met his Japanese counterpart in Seoul on Monday."),
    "crlf.txt": ("ok", "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Friday.\n\nThe two"),
    "missing-date.txt": ("ok", "Indian Prime Minister Narendra Modi met"),
    "invalid-date.txt": ("ok", "Turkish President Recep Tayyip Erdogan hosted"),
    "future-date.txt": ("ok", "Negotiators from Iran and the European Union will meet"),
    "german.txt": ("fail", "not English (looks like de)"),
    "french.txt": ("fail", "not English (looks like fr)"),
    "scripts.html": ("ok", "Italian Prime Minister Giorgia Meloni met"),
    "duplicate-a.txt": ("ok", "US Secretary of State Marco Rubio met"),
    "duplicate-b.txt": ("ok", "US Secretary of State Marco Rubio met"),
}


@pytest.fixture(scope="module")
def bad_items() -> dict[str, Article | Failure]:
    return {Path(i.source).name: i for i in iter_articles([BAD])}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_ingest_bad_file_gives_article_or_clear_failure(bad_items, name):
    kind, fragment = EXPECTED[name]
    item = bad_items[name]
    if kind == "fail":
        assert isinstance(item, Failure)
        assert fragment in item.reason
        assert "\n" not in item.reason and item.stage == "ingest"
    else:
        assert isinstance(item, Article), item
        assert item.text.startswith(fragment)
        assert "\r" not in item.text


def test_ingest_bad_folder_yields_every_good_one(bad_items):
    good = {name for name, (kind, _) in EXPECTED.items() if kind == "ok"}
    built = {name for name, item in bad_items.items() if isinstance(item, Article)}
    assert good <= built
    jsonl = [k for k, v in bad_items.items() if k.startswith("malformed.jsonl:") and isinstance(v, Article)]
    assert sorted(jsonl) == ["malformed.jsonl:1", "malformed.jsonl:7"]


def test_ingest_bad_folder_ignores_non_articles(bad_items):
    assert "notes.md" not in bad_items and "sample.gold.json" not in bad_items


def test_ingest_bad_dates(bad_items):
    assert bad_items["invalid-date.txt"].published is None
    assert bad_items["future-date.txt"].published == dt.date(2999, 1, 1)
    assert bad_items["missing-date.txt"].published is None
    assert bad_items["utf16-bom.txt"].published == dt.date(2025, 5, 5)


def test_ingest_duplicate_content_same_hash(bad_items):
    a, b = bad_items["duplicate-a.txt"], bad_items["duplicate-b.txt"]
    assert a.doc_id != b.doc_id
    assert a.content_hash == b.content_hash
    assert a.content_hash != bad_items["crlf.txt"].content_hash


def test_ingest_invalid_utf8_bytes_replaced(bad_items):
    assert bad_items["invalid-utf8.txt"].text.count("\ufffd") == 3


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"text\x00with\x00nuls", "NUL bytes"),
        (b"\x01\x02\x03\x04\x05 not text \x06\x07\x08\x0e\x0f", "control characters"),
    ],
)
def test_ingest_decode_rejects_binary(data, reason):
    with pytest.raises(IngestError, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_ingest_decode_boms(codec):
    text = "Café talks in Zürich – “good”.\nSecond line."
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    assert decode_bytes(data)[0] == text


# ------------------------------------------------------------------------------------------- big inputs


@pytest.fixture(scope="module")
def big_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("big")
    paragraph = (SENTENCE * 8).strip() + "\n\n"
    ten_mb = folder / "ten-mb.txt"
    ten_mb.write_text(" date 2025-07-17 " + paragraph * (10 * 1024 * 1024 // len(paragraph) + 1), encoding="utf-8")
    line = folder / "two-mb-line.txt"
    line.write_text(SENTENCE * (2 * 1024 * 1024 // len(SENTENCE) + 1), encoding="utf-8")
    word = folder / "two-mb-word.txt"
    word.write_text("a" * (2 * 1024 * 1024), encoding="utf-8")
    return {"ten_mb": ten_mb, "line": line, "word": word}


def test_ingest_ten_mb_article_truncated_at_paragraph(big_files, caplog):
    settings = Settings()
    start = time.perf_counter()
    with caplog.at_level(logging.WARNING, logger="kgraph.ingest"):
        article = next(iter_articles([big_files["ten_mb"]], settings))
    assert time.perf_counter() - start < 30
    assert isinstance(article, Article)
    assert settings.max_chars // 2 < len(article.text) <= settings.max_chars
    assert article.text.endswith("trade and security.")
    assert article.text.count("\n\n") == len(article.text.split("\n\n")) - 1
    assert article.published == dt.date(2025, 7, 17)
    assert "truncated" in caplog.text


def test_ingest_two_mb_single_line_truncated_at_sentence(big_files):
    start = time.perf_counter()
    article = next(iter_articles([big_files["line"]]))
    assert time.perf_counter() - start < 30
    assert isinstance(article, Article)
    assert len(article.text) <= Settings().max_chars
    assert article.text.endswith("trade and security.")
    assert "\n" not in article.text


def test_ingest_two_mb_single_word_does_not_hang(big_files):
    start = time.perf_counter()
    item = next(iter_articles([big_files["word"]]))
    assert time.perf_counter() - start < 30
    assert isinstance(item, Failure) and "empty article: 1 word" in item.reason


def test_ingest_small_max_chars_truncates_at_paragraph(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text((SENTENCE.strip() + "\n\n") * 10, encoding="utf-8")
    article = next(iter_articles([f], Settings(max_chars=300)))
    assert article.text == "\n\n".join([SENTENCE.strip()] * 3)


# ------------------------------------------------------------------------------------------------ language


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Der Bundeskanzler traf sich am Montag mit dem Präsidenten, um über die Lage zu sprechen.", "de"),
        ("Le ministre a rencontré son homologue à Paris pour parler de la crise dans la région.", "fr"),
        ("El presidente se reunió con su homólogo en Madrid para hablar de la crisis en la región.", "es"),
        ("Il presidente ha incontrato il suo omologo a Roma per parlare della crisi nella regione.", "it"),
        ("Президент встретился со своим коллегой в Москве, чтобы обсудить кризис в регионе.", "ru"),
        ("国家主席在北京会见了来访的外国领导人，双方讨论了地区局势和双边关系的发展。", "zh"),
        ("The president met his counterpart in Madrid to discuss the crisis in the region.", "en"),
    ],
)
def test_ingest_detect_language(text, lang):
    assert detect_language(text)[0] == lang


def test_ingest_non_english_spanish_rejected():
    with pytest.raises(IngestError, match=r"not English \(looks like es\)"):
        article_from_text("El presidente se reunió con su homólogo en Madrid para hablar de la crisis.", "es")


@pytest.mark.parametrize(
    "text",
    [
        "Sam Gamgee met a bunch of Morgul Orcs.",
        "Arnor and Gondor signed an accord in Minas Tirith.",
        "Putin und Merkel met in Sochi.",
        "Le Drian met Lavrov at the UN on Monday.",
        "Macron, Scholz and Meloni held talks in Rome.",
    ],
)
def test_ingest_short_english_accepted(text):
    assert article_from_text(text, "en").text == text


def test_ingest_all_peer_sentences_accepted_as_english():
    if not PEERS.is_dir():
        pytest.skip("../shared/peers is absent")
    items = list(iter_articles([PEERS]))
    assert len(items) == 84
    assert [i for i in items if isinstance(i, Failure)] == []

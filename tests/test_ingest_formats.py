"""ingest: .txt header and dateline, HTML, JSONL, folders, doc ids, the seed article."""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from kgraph.config import Settings
from kgraph.errors import IngestError
from kgraph.ingest import article_from_text, doc_id_for, iter_articles, parse_header
from kgraph.model import Article, Failure

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SEED = SHARED / "seed" / "japan-us-tariff-talks.txt"
BAD = ROOT / "tests" / "data" / "bad"

SENTENCE = "Japanese Prime Minister Shigeru Ishiba met US Treasury Secretary Scott Bessent in Tokyo on Friday."


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


# ------------------------------------------------------------------------------------------------ seed


@pytest.fixture(scope="module")
def seed_article() -> Article:
    if not SEED.is_file():
        pytest.skip("../shared/seed is absent")
    return only(iter_articles([SEED]))


def test_ingest_seed_metadata(seed_article):
    assert seed_article.doc_id == "japan-us-tariff-talks"
    assert seed_article.published == dt.date(2025, 7, 17)
    assert seed_article.dateline == "TOKYO"
    assert seed_article.source == str(SEED)
    assert len(seed_article.content_hash) == 64


def test_ingest_seed_boilerplate_paragraph_removed_rest_byte_identical(seed_article):
    raw = SEED.read_text(encoding="utf-8")
    paragraphs = raw.removeprefix(" date 2025-07-17 TOKYO: ").rstrip("\n").split("\n\n")
    box = [p for p in paragraphs if p.startswith("Subscribe to our")]
    assert len(box) == 1
    expected = "\n\n".join(p for p in paragraphs if p not in box)
    assert seed_article.text == expected
    assert seed_article.boilerplate == (box[0],)


@pytest.mark.parametrize("phrase", ["Mediacorp", "Loading", "Subscribe", "E.U.", "Chief Editor"])
def test_ingest_seed_no_boilerplate_phrase_left(seed_article, phrase):
    assert phrase not in seed_article.text


def test_ingest_seed_text_starts_with_dateline_sentence_body(seed_article):
    assert seed_article.text.startswith("Japan's top trade negotiator Ryosei Akazawa held talks")
    assert "TOKYO" not in seed_article.text


# ----------------------------------------------------------------------------------------- .txt header


@pytest.mark.parametrize(
    "text, published, dateline, body",
    [
        (" date 2025-07-17 TOKYO: Body.", dt.date(2025, 7, 17), "TOKYO", "Body."),
        ("date 2025-07-17 TOKYO: Body.", dt.date(2025, 7, 17), "TOKYO", "Body."),
        (" date 2025-07-17\nTOKYO: Body.", dt.date(2025, 7, 17), "TOKYO", "Body."),
        (" date: 2025-7-1 Body here.", dt.date(2025, 7, 1), None, "Body here."),
        (" date 20250717 Body.", dt.date(2025, 7, 17), None, "Body."),
        ("\ufeff date 2025-07-17 Body.", dt.date(2025, 7, 17), None, "Body."),
        ("TOKYO: Body.", None, "TOKYO", "Body."),
        ("WASHINGTON (Reuters) - Body.", None, "WASHINGTON", "Body."),
        ("NEW DELHI, July 17 (Reuters) - Body.", None, "NEW DELHI", "Body."),
        ("KYIV, Ukraine — Body.", None, "KYIV, Ukraine", "Body."),
        ("EVIAN-LES-BAINS, France: Body.", None, "EVIAN-LES-BAINS, France", "Body."),
        ("TOKYO, Jan. 5 (Kyodo) - Body.", None, "TOKYO", "Body."),
        ("WASHINGTON, D.C., March 3, 2025 (AP) — Body.", None, "WASHINGTON, D.C.", "Body."),
        ("SAN FRANCISCO/TOKYO (Reuters) - Body.", None, "SAN FRANCISCO/TOKYO", "Body."),
        ("BEIJING, Jan. 5 (Xinhua) -- Body.", None, "BEIJING", "Body."),
        ("Nairobi, Kenya — Body.", None, "Nairobi, Kenya", "Body."),
        ("Jakarta, 12 March 2026 - Body.", None, "Jakarta", "Body."),
        ("Geneva (AFP) - Body.", None, "Geneva", "Body."),
        ("Port Moresby, April 3 - Body.", None, "Port Moresby", "Body."),
        # accented capitals
        ("ASUNCIÓN: Body.", None, "ASUNCIÓN", "Body."),
        ("FOZ DO IGUAÇU, Brazil: Body.", None, "FOZ DO IGUAÇU, Brazil", "Body."),
        ("Brasília, March 3 - Body.", None, "Brasília", "Body."),
        ("Tokyo - Body.", None, None, "Tokyo - Body."),
        # the agency's dateline repeated after the header's; an Indian agency's without a dash; a press release's
        # with an ISO date, after its title
        ("TOKYO: TOKYO, July 17 (Reuters) - Body.", None, "TOKYO", "Body."),
        ("NEW DELHI, Oct 9 (PTI) Body.", None, "NEW DELHI", "Body."),
        ("New Delhi, Oct 9 (PNS) Body.", None, "New Delhi", "Body."),
        ("Release | FDFA\n\nTitle\n\nBern, 2025-01-14 – Body.", None, "Bern", "Release | FDFA\n\nTitle\n\nBody."),
        ("TOKYO: Japan (the biggest) - Body.", None, "TOKYO", "Japan (the biggest) - Body."),
        ("Modi (BJP) said it.", None, None, "Modi (BJP) said it."),
        ("Meanwhile, Kenya — Body.", None, None, "Meanwhile, Kenya — Body."),
        ("Separately, Kenya — Body.", None, None, "Separately, Kenya — Body."),
        ("BREAKING: Body.", None, None, "BREAKING: Body."),
        ("US officials: Body.", None, None, "US officials: Body."),
        ("Japan's top negotiator - Body.", None, None, "Japan's top negotiator - Body."),
        ("US-China talks resumed.", None, None, "US-China talks resumed."),
        ("The date 2025-07-17 was set.", None, None, "The date 2025-07-17 was set."),
    ],
)
def test_ingest_parse_header(text, published, dateline, body):
    header = parse_header(text)
    assert (header.published, header.dateline, header.body) == (published, dateline, body)
    assert header.warnings == ()


@pytest.mark.parametrize(
    "text, warning, dateline",
    [
        (" date 2025-13-45 Body.", "not a valid date", None),
        (" date 2025-02-30 Body.", "not a valid date", None),
        (" date TOKYO: Body.", "without a date", "TOKYO"),
    ],
)
def test_ingest_parse_header_invalid_date_is_none_with_warning(text, warning, dateline):
    header = parse_header(text)
    assert header.published is None
    assert warning in header.warnings[0]
    assert (header.dateline, header.body) == (dateline, "Body.")


def test_ingest_future_date_kept_with_warning(caplog):
    future = dt.date.today() + dt.timedelta(days=400)
    with caplog.at_level(logging.WARNING, logger="kgraph.ingest"):
        article = article_from_text(f" date {future.isoformat()} {SENTENCE}", "future")
    assert article.published == future
    assert "in the future" in caplog.text


def test_ingest_missing_header_gives_no_date():
    article = article_from_text(SENTENCE, "nodate")
    assert article.published is None and article.dateline is None
    assert article.text == SENTENCE


# ------------------------------------------------------------------------------------- article_from_text


@pytest.mark.parametrize("published", ["2025-07-18", dt.date(2025, 7, 18), "2025-07-18T09:00:00+09:00",
                                       dt.datetime(2025, 7, 18, 9, 0)])
def test_ingest_article_from_text_published_wins_over_header(published):
    article = article_from_text(f" date 2025-07-17 TOKYO: {SENTENCE}", "d", published=published)
    assert article.published == dt.date(2025, 7, 18)
    assert article.dateline == "TOKYO"


def test_ingest_article_from_text_invalid_published_raises():
    with pytest.raises(IngestError, match="invalid published date"):
        article_from_text(SENTENCE, "d", published="yesterday")


@pytest.mark.parametrize("text", ["", "   \n\t ", "Too short.", "Advertisement\n\nShare this article"])
def test_ingest_article_from_text_empty_raises(text):
    with pytest.raises(IngestError, match="empty article"):
        article_from_text(text, "e")


def test_ingest_article_from_text_keeps_metadata():
    article = article_from_text(SENTENCE, "id-1", source="feed", url="https://example.com/a", title="T")
    assert (article.doc_id, article.source, article.url, article.title) == ("id-1", "feed", "https://example.com/a", "T")


def test_ingest_min_words_setting():
    with pytest.raises(IngestError, match="minimum 50"):
        article_from_text(SENTENCE, "short", settings=Settings(min_words=50))


# ------------------------------------------------------------------------------------------------ HTML


@pytest.fixture(scope="module")
def html_article() -> Article:
    return only(iter_articles([BAD / "scripts.html"]))


@pytest.mark.parametrize("needle", ["Vladimir Putin", "alert", "Injected Person", "trackPageView", "Mark Rutte",
                                    "document.write", "<script", "NewsArticle", "color: red", "Home", "©"])
def test_ingest_html_scripts_never_reach_text(html_article, needle):
    assert needle not in html_article.text


def test_ingest_html_metadata_and_main_text(html_article):
    assert html_article.title == "Leaders meet in Rome"
    assert html_article.published == dt.date(2025, 6, 2)
    assert html_article.dateline == "ROME"
    assert html_article.text.startswith("Italian Prime Minister Giorgia Meloni met Ukrainian President")
    assert "\n\nThe two leaders agreed" in html_article.text
    assert html_article.boilerplate == ("Share this article",)


def test_ingest_html_headline_not_in_text(html_article):
    assert "Leaders meet in Rome" not in html_article.text


def test_ingest_html_without_text_is_failure(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>alert(1)</script></head><body></body></html>", encoding="utf-8")
    failure = only(iter_articles([page]))
    assert isinstance(failure, Failure) and "no main text" in failure.reason


# ------------------------------------------------------------------------------------------------ JSONL


def test_ingest_jsonl_good_lines_survive_bad_ones():
    items = list(iter_articles([BAD / "malformed.jsonl"]))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, Failure)]
    assert [a.doc_id for a in good] == ["ok-1", "ok-2"]
    assert [f.source.rsplit(":", 1)[1] for f in bad] == ["2", "3", "4", "5"]
    assert all(f.source.startswith(str(BAD / "malformed.jsonl")) for f in bad)
    assert all("\n" not in f.reason and f.stage == "ingest" for f in bad)


def test_ingest_jsonl_fields():
    ok1, ok2 = [i for i in iter_articles([BAD / "malformed.jsonl"]) if isinstance(i, Article)]
    assert ok1.published == dt.date(2025, 4, 1)
    assert ok2.published is None  # "2025-13-01" is not a date: kept, date left empty
    assert (ok2.url, ok2.title) == ("https://example.com/lula", "Lula visits Argentina")


def test_ingest_jsonl_duplicate_id_and_utf8_bom(tmp_path):
    f = tmp_path / "feed.ndjson"
    line = json.dumps({"id": 7, "text": SENTENCE})
    f.write_bytes(b"\xef\xbb\xbf" + (line + "\n" + line + "\n").encode())
    first, second = iter_articles([f])
    assert isinstance(first, Article) and first.doc_id == "7"
    assert isinstance(second, Failure) and "duplicate id" in second.reason


# ---------------------------------------------------------------------------------------------- folders


@pytest.fixture
def corpus(tmp_path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for rel in ["z.txt", "b/y.text", "a/x.txt", "a/deep/w.txt", ".hidden/v.txt", ".dot.txt"]:
        (tmp_path / rel).write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a" / "x.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "README.md").write_text("# corpus", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT License and so on and so forth.", encoding="utf-8")
    (tmp_path / "noext").write_text(SENTENCE, encoding="utf-8")
    return tmp_path


def test_ingest_folder_recursive_sorted_ignores_other_files(corpus):
    items = list(iter_articles([corpus]))
    assert all(isinstance(i, Article) for i in items)
    assert [i.doc_id for i in items] == ["w", "x", "y", "z"]


def test_ingest_folder_order_is_deterministic(corpus):
    assert [a.source for a in iter_articles([corpus])] == [a.source for a in iter_articles(str(corpus))]


@pytest.mark.parametrize("name, reason", [("README.md", "unsupported file type '.md'"),
                                          ("a/x.gold.json", "unsupported file type '.json'"),
                                          ("LICENSE", "unsupported file type without extension"),
                                          ("missing.txt", "no such file or folder")])
def test_ingest_explicit_unsupported_file_is_failure(corpus, name, reason):
    failure = only(iter_articles([corpus / name]))
    assert isinstance(failure, Failure)
    assert reason in failure.reason


def test_ingest_explicit_file_without_extension_is_text(corpus):
    article = only(iter_articles([corpus / "noext"]))
    assert isinstance(article, Article) and article.doc_id == "noext"


def test_ingest_same_file_twice_read_once(corpus):
    items = list(iter_articles([corpus / "z.txt", corpus, corpus / "z.txt"]))
    assert [i.doc_id for i in items] == ["z", "w", "x", "y"]


# ---------------------------------------------------------------------------------------------- doc ids


@pytest.mark.parametrize(
    "name, doc_id",
    [
        ("quote\"s and 'apostrophes'.txt", "quote\"s and 'apostrophes'"),
        ("back\\slash.txt", "back\\slash"),
        ("<angle> brackets.txt", "<angle> brackets"),
        ("emoji 🌏 talks.txt", "emoji 🌏 talks"),
        ("a.b.c.txt", "a.b.c"),
    ],
)
def test_ingest_odd_file_names(tmp_path, name, doc_id):
    try:
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    except OSError:
        pytest.skip(f"this file system refuses the name {name!r}")
    article = only(iter_articles([tmp_path]))
    assert isinstance(article, Article)
    assert article.doc_id == doc_id == doc_id_for(tmp_path / name)
    assert article.source == str(tmp_path / name)

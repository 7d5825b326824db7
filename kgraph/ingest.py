"""Ingest: files and folders of news -> :class:`~kgraph.model.Article` (or :class:`~kgraph.model.Failure`).

Formats, chosen by extension:

* ``.txt`` / ``.text`` (and, when named explicitly, files without an extension): plain text. The first
  line may start with a header `` date YYYY-MM-DD`` (the leading space is optional), continued on the
  same line by the dateline and the article, e.g. `` date 2025-07-17 TOKYO: Japan's top ...``.
* ``.html`` / ``.htm``: main text, title, URL and publication date through trafilatura (no comments,
  no tables, no scripts).
* ``.jsonl`` / ``.ndjson``: one article per line, ``{"id", "text", "date"?, "url"?, "title"?}``.

Folders are walked recursively in sorted order; inside a folder other files (``*.gold.json``, ``.md``,
``LICENSE``, hidden files) are ignored silently, but a file of another type named explicitly is
reported as a failure.

Decisions (documented here because other stages rely on them):

* **Dateline.** An upper-case place at the start of the text followed by ``:``, ``(Reuters) -`` or a
  dash (``TOKYO: ...``, ``NEW DELHI, July 17 (Reuters) - ...``) goes to ``Article.dateline`` (with its
  region when given: ``KYIV, Ukraine``; without date and agency) and is
  *removed* from ``Article.text``, so it can never become an actor (nor a participant of the first
  sentence's interaction). The text starts with the dateline sentence's body. An agency's dateline with a
  date or an agency is removed too where it repeats the header's (``TOKYO: TOKYO, July 17 (Reuters) - ...``)
  or opens a later paragraph (a press release's ``Bern, 2025-01-14 – ...`` under its title).
* **Dates.** A missing header gives ``published=None``. An impossible date (``2025-13-45``) gives
  ``None`` and a warning. A date after today is *kept* (time zones, embargoed copy) with a warning.
  Warnings go to the ``kgraph.ingest`` logger; they never stop a document.
* **Boilerplate** is removed before NLP by :func:`clean_text`, with rules from
  ``kgraph/data/boilerplate.jsonl``; the removed pieces are kept in ``Article.boilerplate`` for
  inspection but are gone from ``Article.text``.
* **Limits.** Fewer than ``Settings.min_words`` words -> failure; longer than ``Settings.max_chars``
  -> truncated at a paragraph (else sentence, else whitespace) boundary, with a warning.
* **Language.** A cheap offline check (share of function words of a dozen languages, plus the script
  for non-Latin text, word lists in ``kgraph/data/function_words.json``) rejects text that clearly is
  not ``Settings.lang``; text too short to judge is accepted.
* **Encodings** are detected: BOMs (UTF-8, UTF-16, UTF-32), strict UTF-8, UTF-8 with a few bad bytes
  (replaced, with a warning), else charset-normalizer (latin-1, cp1252, ...). NUL bytes or control
  characters mean a binary file. CRLF and CR become LF.
* ``doc_id`` is the file name without folders and its last extension (``score.py``'s ``doc_key``; on
  POSIX a backslash in a file name is kept, not treated as a folder separator), or the JSONL ``id``.
  ``content_hash`` is the SHA-256 of the published date and the clean text, so the same article under
  two names has the same hash.

Example::

    >>> from kgraph.ingest import article_from_text
    >>> a = article_from_text(" date 2025-07-17 TOKYO: Japan's negotiator met Lutnick on Thursday.", "x")
    >>> a.published.isoformat(), a.dateline, a.text
    ('2025-07-17', 'TOKYO', "Japan's negotiator met Lutnick on Thursday.")
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from kgraph.config import Settings
from kgraph.errors import IngestError
from kgraph.model import Article, Failure

__all__ = [
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "Header",
    "BoilerplateRule",
    "iter_articles",
    "read_file",
    "article_from_text",
    "parse_header",
    "format_header",
    "clean_text",
    "load_boilerplate",
    "decode_bytes",
    "detect_language",
    "truncate_text",
    "content_hash",
    "doc_id_for",
]

log = logging.getLogger("kgraph.ingest")

DATA_DIR = Path(__file__).resolve().parent / "data"

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED = "kgraph reads .txt, .html/.htm and .jsonl/.ndjson"
# Files without an extension that are never articles, even when named explicitly.
NOT_ARTICLES = frozenset({"license", "licence", "readme", "copying", "notice", "authors", "changelog",
                          "makefile", "dockerfile", "contributing"})

# ---------------------------------------------------------------------------------------------- header

_HEADER = re.compile(r"\A\ufeff?[ \t]?date:?[ \t]+")
_DATE_TOKEN = re.compile(r"(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:T[0-9:.+\-Z]*)?|\d{8})(?=\s|\Z)")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"\A(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.\-]*[A-ZÀ-ÖØ-Þ.](?:[ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.\-]*[A-ZÀ-ÖØ-Þ.]){0,4})"
    # TOKYO, NEW DELHI, SAN FRANCISCO/TOKYO, BRASÍLIA, FOZ DO IGUAÇU
    rf"(?:,[ \t]*(?!{_MONTHS}[ \t]+\d)(?P<region>[A-Z][A-Za-z.\-]*(?: [A-Z][A-Za-z.\-]*){{0,3}}))?"  # , Ukraine
    rf"(?:,?[ \t]*{_MONTHS}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?)?"  # , July 17
    r"[ \t]*(?:\((?P<agency>[A-Z][A-Za-z .&\-]{1,30})\)[ \t]*(?::|--|[-–—])?|(?::|--|[-–—]))[ \t]+(?=\S)"
    # (Reuters) -, or "(PTI)" alone: "NEW DELHI, Oct 9 (PTI) Prime Minister ..."
)
# The same in title case ("Nairobi, Kenya — ", "Jakarta, 12 March 2026 - "): only with a region, a date or an
# agency, since a capitalised word and a dash also open ordinary sentences.
_DATELINE_TITLE = re.compile(
    r"\A(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'.\-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'.\-]+){0,2})"  # (and "Brasília", "Bogotá")
    rf"(?:,[ \t]*(?!{_MONTHS}[ \t]+\d|\d)(?P<region>[A-Z][A-Za-z.\-]*(?: [A-Z][A-Za-z.\-]*){{0,3}}))?"
    rf"(?:,?[ \t]*(?P<date>{_MONTHS}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?|\d{{1,2}}[ \t]+{_MONTHS}(?:[ \t]+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}))?"  # (or "Bern, 2025-01-14 –" in a press release)
    r"[ \t]*(?:\((?P<agency>[A-Z][A-Za-z .&\-]{1,30})\)[ \t]*(?:--|[-–—])?|(?:--|[-–—]))[ \t]+(?=\S)"
)
_OPENING_WORDS = frozenset({"Meanwhile", "However", "Earlier", "Later", "Elsewhere", "Also", "Still", "Yet", "Now",
                            "Today", "Yesterday", "Instead", "Overall", "Moreover", "Besides", "Indeed", "Again",
                            "Then", "Since", "But", "And", "So", "In", "On", "At", "For", "After", "Before"})
# Upper-case words that open a text but are not places.
_NOT_PLACES = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "WATCH", "LIVE",
                         "OPINION", "EDITORIAL", "COMMENT", "FACTBOX", "EXPLAINER", "NOTE", "CORRECTION",
                         "FILE PHOTO", "PHOTO", "VIDEO", "CAPTION", "ADVERTISEMENT", "REUTERS", "AP", "AFP"})


@dataclass(frozen=True, slots=True)
class Header:
    """What :func:`parse_header` found at the start of a text."""

    published: dt.date | None
    dateline: str | None
    body: str
    warnings: tuple[str, ...] = ()


def _parse_iso_date(token: str) -> dt.date:
    """ISO date or datetime text -> date; raises ValueError."""
    token = token.strip()
    if re.fullmatch(r"\d{8}", token):
        return dt.date(int(token[:4]), int(token[4:6]), int(token[6:8]))
    m = re.match(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T ])", token)
    if not m:
        raise ValueError(f"not an ISO date: {token!r}")
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def _check_date(value: dt.date, where: str) -> list[str]:
    if value > dt.date.today():
        return [f"{where}: publication date {value.isoformat()} is in the future; kept as given"]
    return []


def parse_header(text: str) -> Header:
    """Split a ``.txt`` article into its ``date`` header, dateline and body.

    The header is ``date YYYY-MM-DD`` at the very start (one optional leading space). The date token
    is consumed even when it is impossible (``2025-13-45`` -> ``published=None`` and a warning).

    >>> h = parse_header(" date 2025-07-17 TOKYO: Japan's top trade negotiator ...")
    >>> h.published, h.dateline, h.body
    (datetime.date(2025, 7, 17), 'TOKYO', "Japan's top trade negotiator ...")
    """
    published: dt.date | None = None
    warnings: list[str] = []
    body = text
    m = _HEADER.match(body)
    if m:
        rest = body[m.end():]
        tok = _DATE_TOKEN.match(rest)
        if tok:
            try:
                published = _parse_iso_date(tok[1])
                warnings += _check_date(published, "date header")
            except ValueError:
                warnings.append(f"date header {tok[1]!r} is not a valid date; published date left empty")
            rest = rest[tok.end():]
        else:
            warnings.append("date header without a date; published date left empty")
        body = rest.lstrip()
    else:
        body = body.lstrip("\ufeff")
    dateline = None
    d = _match_dateline(body)
    if d is not None:
        dateline = _dateline_text(d)
        body = body[d.end():]
    # The agency's own dateline after the header's ("TOKYO: TOKYO, July 17 (Reuters) - ..."), or a press
    # release's that starts a later paragraph ("Press release | ...\n\nCassis receives ...\n\nBern, 2025-01-14 –
    # The head of ..."): only one with a date or an agency
    paragraphs = re.split(r"(\n[ \t]*\n)", body)
    for n in range(0, min(len(paragraphs), 9), 2):
        d = _match_dateline(paragraphs[n])
        if d is not None and (d["agency"] or _date_of(d)):
            dateline = dateline or _dateline_text(d)
            paragraphs[n] = paragraphs[n][d.end():]
            body = "".join(paragraphs)
            break
    return Header(published, dateline, body, tuple(warnings))


def _dateline_text(match: re.Match) -> str:
    """The place of a dateline, with its region when given: "KYIV, Ukraine"."""
    return match["place"].strip() + (f", {match['region']}" if match["region"] else "")


def _date_of(match: re.Match) -> str | None:
    return match.groupdict().get("date") or (match.group(0) if re.search(rf"{_MONTHS}[ \t]+\d", match.group(0)) else None)


def _match_dateline(text: str) -> re.Match | None:
    """A dateline at the start of ``text``: "TOKYO: ", "NEW DELHI, July 17 (Reuters) - ", "Jakarta, 12 March 2026 - "."""
    d = _DATELINE.match(text)
    if d is None:
        d = _DATELINE_TITLE.match(text)
        if d is not None and (not (d["region"] or d["date"] or d["agency"]) or d["place"].endswith("ly")
                              or d["place"] in _OPENING_WORDS):
            d = None  # ("Meanwhile, Kenya — a country of 50 million — voted": a sentence)
    if d is None or d["place"].strip(" .") in _NOT_PLACES or sum(c.isalpha() for c in d["place"]) < 2:
        return None
    if d.re is _DATELINE_TITLE and not re.search(r"[:\-–—]\s*$", d.group(0)) and not d["date"]:
        return None  # ("Modi (BJP) said ...": a name, not "New Delhi, Oct 9 (PTI) Prime Minister ...")
    return d


def format_header(published: dt.date | None, dateline: str | None, body: str) -> str:
    """The inverse of :func:`parse_header`: `` date YYYY-MM-DD PLACE: body``."""
    head = f" date {published.isoformat()} " if published else ""
    place = f"{dateline}: " if dateline else ""
    return f"{head}{place}{body}"


# ------------------------------------------------------------------------------------------ boilerplate


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """One boilerplate pattern from ``kgraph/data/boilerplate.jsonl``.

    ``scope`` says what goes when ``pattern`` matches: ``line`` (the pattern matches a whole line),
    ``paragraph`` (the whole paragraph, if it is short; else the sentence), ``sentence`` (the sentence
    it is found in) or ``span`` (only the matched text).
    """

    id: str
    scope: str
    pattern: re.Pattern
    examples: tuple[str, ...] = ()
    keeps: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Rules:
    rules: tuple[BoilerplateRule, ...]
    line: re.Pattern | None
    paragraph: re.Pattern | None
    sentence: re.Pattern | None  # paragraph and sentence rules, tried per sentence
    span: re.Pattern | None
    block: re.Pattern | None = None  # over the whole text, across paragraphs (related-story widgets)


SCOPES = ("line", "paragraph", "sentence", "span", "block")
# A paragraph longer than this is not dropped whole by a paragraph rule, only the matching sentences:
# a text without paragraph breaks must not vanish because it contains "Subscribe to our".
PARAGRAPH_MAX_CHARS = 1200


def _alternation(parts: list[str], flags: int = 0) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in parts), flags) if parts else None


@functools.lru_cache(maxsize=8)
def load_boilerplate(path: str | Path | None = None) -> _Rules:
    """Read boilerplate rules (JSON lines with ``id``, ``scope``, ``pattern``, optional
    ``ignore_case`` (default true), ``examples`` and ``keeps``) from ``path`` or the bundled file."""
    path = Path(path) if path else DATA_DIR / "boilerplate.jsonl"
    rules = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            rec = json.loads(line)
            if rec["scope"] not in SCOPES:
                raise ValueError(f"scope must be one of {SCOPES}")
            flags = re.IGNORECASE if rec.get("ignore_case", True) else 0
            pat = re.compile(rec["pattern"], flags | re.MULTILINE)
        except (ValueError, KeyError, re.error) as exc:
            raise IngestError(f"{path}:{n}: bad boilerplate rule ({exc}); fix the line") from exc
        rules.append(BoilerplateRule(rec["id"], rec["scope"], pat, tuple(rec.get("examples", ())),
                                     tuple(rec.get("keeps", ()))))

    def src(r: BoilerplateRule) -> str:
        inline = "i" if r.pattern.flags & re.IGNORECASE else ""
        return f"(?{inline}m:{r.pattern.pattern})" if inline else f"(?m:{r.pattern.pattern})"

    by = {s: [src(r) for r in rules if r.scope == s] for s in SCOPES}
    return _Rules(
        rules=tuple(rules),
        line=_alternation(by["line"]),
        paragraph=_alternation(by["paragraph"]),
        sentence=_alternation(by["paragraph"] + by["sentence"]),
        span=_alternation(by["span"]),
        block=_alternation(by["block"], re.DOTALL),
    )


_PARA_SPLIT = re.compile(r"\n[ \t\f\v]*\n\s*")
# A sentence ends at . ! ? or … (plus closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote. Only used to find what to cut; the NLP stage splits sentences itself.
_SENT_END = re.compile(r"[.!?…]+[\"'”’)\]]*(\s+)(?=[\"“‘'(\[]?[A-Z0-9])")


_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|Pres|Prof|Rev|No|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc|approx))\.\Z"
)


def _sentences(par: str) -> list[tuple[int, int]]:
    """Sentence spans (with their trailing whitespace) covering ``par``."""
    spans, start = [], 0
    for m in _SENT_END.finditer(par):
        if par[m.start()] == "." and _ABBREV.search(par, max(0, m.start() - 6), m.start() + 1):
            continue  # "U.S. Treasury", "Mr. Ishiba"
        spans.append((start, m.end()))
        start = m.end()
    if start < len(par):
        spans.append((start, len(par)))
    return spans


def _clean_paragraph(par: str, rules: _Rules, removed: list[str]) -> str:
    line_rule = rules.line.fullmatch if rules.line is not None else (lambda _s: None)
    # 1. whole lines of one sentence (share bars, "Advertisement", captions, "Related: ..." links)
    if rules.line is not None:
        lines = par.split("\n")
        kept = []
        for line in lines:
            bare = line.strip()
            if bare and line_rule(bare) and len(_sentences(bare)) == 1:
                removed.append(bare)
            else:
                kept.append(line)
        if len(kept) != len(lines):
            par = "\n".join(kept).strip()
            if not par:
                return ""
    # 2. a whole (short) paragraph: a subscription box, a cookie notice
    if rules.paragraph is not None and len(par) <= PARAGRAPH_MAX_CHARS and rules.paragraph.search(par):
        removed.append(par)
        return ""
    # 3. sentences: sentence rules, paragraph rules in long paragraphs, line rules inside a longer line
    sentence_rule = rules.sentence.search if rules.sentence is not None else (lambda _s: None)
    out, changed = [], False
    for s, e in _sentences(par):
        piece = par[s:e]
        bare = piece.strip()
        if bare and (sentence_rule(piece) or line_rule(bare)):
            removed.append(bare)
            changed = True
        else:
            out.append(piece)
    if changed:
        par = "".join(out).strip()
    # 4. spans ("(Photo: Reuters)", "Loading Loading")
    if rules.span is not None and par:
        pieces = [m.group(0).strip() for m in rules.span.finditer(par)]
        if pieces:
            removed.extend(pieces)
            par = rules.span.sub("", par)
            par = re.sub(r"[ \t]{2,}", " ", par).strip()
    return par


def clean_text(text: str, rules: _Rules | None = None) -> tuple[str, tuple[str, ...]]:
    """Remove boilerplate; return the clean text and the removed pieces, in order.

    Works paragraph by paragraph (blank-line separated); a paragraph without boilerplate is kept
    byte for byte (only its surrounding whitespace is trimmed), paragraphs are joined by ``"\\n\\n"``.
    The result is never longer than the input.

    >>> clean_text("Ishiba met Bessent.\\n\\nShare this article\\n\\nThey spoke about tariffs.")
    ('Ishiba met Bessent.\\n\\nThey spoke about tariffs.', ('Share this article',))
    """
    rules = rules or load_boilerplate()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    removed: list[str] = []
    if rules.block is not None:
        # "Keep reading / list of 3 items / <headlines> / end of list": several paragraphs at once
        for m in list(rules.block.finditer(text))[::-1]:
            removed.insert(0, " ".join(m.group(0).split()))
            text = text[:m.start()] + "\n\n" + text[m.end():]
    stable: set[str] = set()  # paragraphs a pass kept as they were, removing nothing: the same again
    for _ in range(5):  # removing a piece can bring two others together; stop at a fixed point
        paragraphs = [p for p in (p.strip() for p in _PARA_SPLIT.split(text)) if p]
        n_removed = len(removed)
        cleaned = []
        for p in paragraphs:
            if p not in stable:
                before = len(removed)
                c = _clean_paragraph(p, rules, removed)
                if c == p and len(removed) == before:
                    stable.add(p)
                p = c
            cleaned.append(p)
        new = "\n\n".join(c for c in cleaned if c)
        if new == text:
            break
        text = new
        if len(removed) == n_removed and cleaned == paragraphs:
            # Nothing removed, only the whitespace between paragraphs changed: the next pass would split
            # ``new`` into these same paragraphs (stripped, none holding a paragraph break) and clean
            # each to itself again, so ``new`` is already the fixed point.
            break
    return text, tuple(removed)


# ----------------------------------------------------------------------------------------------- limits


def truncate_text(text: str, max_chars: int) -> tuple[str, bool]:
    """Cut ``text`` to at most ``max_chars`` at a paragraph break, else a sentence end, else
    whitespace (each only if it keeps at least half); return ``(text, was_truncated)``."""
    if len(text) <= max_chars:
        return text, False
    window = text[:max_chars]
    half = max_chars // 2
    cut = window.rfind("\n\n")
    if cut < half:
        cut = -1
        tail_start = max(half, max_chars - 200_000)
        for m in re.finditer(r"[.!?…][\"'”’)\]]*(?=\s)", window[tail_start:]):
            cut = tail_start + m.end()
        if cut < half:
            cut = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
            if cut < half:
                cut = max_chars
    return text[:cut].rstrip(), True


def _count_words(text: str, limit: int) -> int:
    return sum(1 for _ in islice(re.finditer(r"\w+", text), limit))


# --------------------------------------------------------------------------------------------- language

_SCRIPT_LANG = {"CYRILLIC": "ru", "ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "CJK": "zh",
                "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko", "DEVANAGARI": "hi", "THAI": "th",
                "BENGALI": "bn", "TAMIL": "ta", "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am"}


@functools.lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    raw = json.loads((DATA_DIR / "function_words.json").read_text(encoding="utf-8"))
    return {lang: frozenset(words.split()) for lang, words in raw.items() if not lang.startswith("_")}


def detect_language(text: str, sample: int = 20_000) -> tuple[str | None, float]:
    """Guess the language of ``text`` offline; return ``(code, share)`` or ``(None, 0.0)`` when too
    short or unclear. ``share`` is the share of the sample's words that are that language's
    function words (or of letters in that script, for non-Latin scripts).

    >>> detect_language("Der Minister traf sich am Montag mit dem Präsidenten in Berlin.")[0]
    'de'
    """
    part = text[:sample]
    letters = [c for c in part if c.isalpha()]
    # A non-Latin script is only returned with more than half the letters: with no more than half of them
    # outside Latin (most texts), the count per script cannot give one.
    if len(letters) >= 20 and 2 * (len(letters) - sum(map("\u0250".__gt__, letters))) > len(letters):
        scripts: dict[str, int] = {}
        for c in letters:
            if c < "\u0250":  # Basic Latin .. Latin Extended-B
                scripts["LATIN"] = scripts.get("LATIN", 0) + 1
                continue
            name = unicodedata.name(c, "")
            head = name.split(" ", 1)[0]
            scripts[head] = scripts.get(head, 0) + 1
        top, count = max(scripts.items(), key=lambda kv: kv[1])
        if top != "LATIN" and count / len(letters) > 0.5:
            return _SCRIPT_LANG.get(top, top.lower()), count / len(letters)
    words = re.findall(r"[^\W\d_]+", part.casefold())
    if len(words) < 4:
        return None, 0.0
    hits = {lang: sum(map(fw.__contains__, words)) for lang, fw in _function_words().items()}
    lang, best = max(hits.items(), key=lambda kv: (kv[1], kv[0] == "en"))
    if best < 2:
        return None, 0.0
    return lang, best / len(words)


def _check_language(text: str, lang: str) -> None:
    """Raise IngestError when ``text`` is clearly not in ``lang``; accept what cannot be judged."""
    words = _function_words()
    if lang not in words:
        return
    guess, share = detect_language(text)
    if guess is None or guess == lang:
        return
    if guess not in words:  # a non-Latin script
        raise IngestError(f"not English (looks like {guess}): kgraph reads {lang} news; translate it or set lang")
    sample = re.findall(r"[^\W\d_]+", text[:20_000].casefold())
    own = sum(w in words[lang] for w in sample)
    other = sum(w in words[guess] for w in sample)
    # Clear evidence only: several foreign function words, twice as many as our own, and a real share.
    if other >= 3 and other >= 2 * own + 2 and share >= 0.12:
        name = "English" if lang == "en" else lang
        raise IngestError(f"not {name} (looks like {guess}): kgraph reads {lang} news; translate it or set lang")


# -------------------------------------------------------------------------------------------- encodings

_MAGIC = [
    (b"%PDF", "PDF file: convert it to text first (e.g. pdftotext)"),
    (b"PK\x03\x04", "zip archive (or .docx/.odt): unpack or convert it to text first"),
    (b"\x1f\x8b", "gzip-compressed file: decompress it first"),
    (b"\x89PNG", "image file (PNG): not a text article"),
    (b"\xff\xd8\xff", "image file (JPEG): not a text article"),
    (b"GIF8", "image file (GIF): not a text article"),
]
_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, where: str = "input") -> tuple[str, tuple[str, ...]]:
    """Decode a file's bytes to text with LF line ends; return ``(text, warnings)``.

    Raises :class:`IngestError` for binary data or an undetectable encoding.
    """
    warnings: list[str] = []
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise IngestError(f"binary file ({reason})")
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise IngestError(f"binary file or broken {codec} text ({exc.reason}); re-save it as UTF-8") from exc
            break
    if text is None:
        if b"\x00" in data:
            raise IngestError("binary file (NUL bytes): not a text article; convert it to .txt, .html or .jsonl")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            loose = data.decode("utf-8", errors="replace")
            bad = loose.count("\ufffd")
            good_multibyte = sum(1 for c in loose if ord(c) > 127 and c != "\ufffd")
            if good_multibyte and good_multibyte * 4 >= bad:
                # UTF-8 with a few broken bytes: keep it, the replaced bytes cannot hold an actor name.
                text = loose
                warnings.append(f"{where}: {bad} invalid UTF-8 byte(s) replaced by U+FFFD")
            else:
                text = _charset_normalizer_decode(data, where, warnings)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > max(2, len(text[:100_000]) // 200):
        raise IngestError("binary file (control characters): not a text article; convert it to .txt, .html or .jsonl")
    if controls:
        text = _CONTROL.sub("", text)
    return text, tuple(warnings)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
        return True
    except UnicodeDecodeError:
        return False


def _charset_normalizer_decode(data: bytes, where: str, warnings: list[str]) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:1_000_000]))
    if not matches:
        raise IngestError("binary file or unknown text encoding: re-save it as UTF-8")
    # Short texts often tie between Western code pages; news in English is most likely cp1252/latin-1.
    least = min(m.chaos for m in matches)
    ties = [m for m in matches if m.chaos <= least + 0.01]
    western = [m for m in ties if {"cp1252", "latin_1", "iso8859_15"} & {m.encoding, *m.could_be_from_charset}]
    encoding = (western or ties)[0].encoding
    if western and encoding != "cp1252":
        encoding = "cp1252" if _decodes(data, "cp1252") else encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode(encoding, errors="replace")
    warnings.append(f"{where}: not UTF-8, decoded as {encoding} (detected)")
    return text


# ----------------------------------------------------------------------------------------------- articles


def content_hash(text: str, published: dt.date | None) -> str:
    """SHA-256 over the publication date and the clean text (same article, same hash)."""
    h = hashlib.sha256()
    h.update((published.isoformat() if published else "").encode())
    h.update(b"\n")
    h.update(text.encode("utf-8", errors="surrogatepass"))
    return h.hexdigest()


def _safe_str(value: str) -> str:
    """Replace lone surrogates (undecodable bytes in a POSIX file name) so the text encodes as UTF-8."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


def doc_id_for(path: str | Path) -> str:
    """File name without folders and its last extension (``score.py``'s ``doc_key``)."""
    name = _safe_str(Path(path).name)
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return stem or name


def _coerce_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _parse_iso_date(value)
    raise ValueError(f"not a date: {value!r}")


def article_from_text(
    text: str,
    doc_id: str,
    published: dt.date | str | None = None,
    source: str = "",
    url: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
    *,
    parse: bool = True,
) -> Article:
    """Build an :class:`Article` from raw text: header and dateline parsed, boilerplate removed,
    length and language checked.

    ``published`` (a date or ISO text) wins over a ``date`` header in the text. Raises
    :class:`IngestError` for an empty, too short or non-English text, or an invalid ``published``.
    Warnings (future date, truncation) go to the ``kgraph.ingest`` logger.

    >>> a = article_from_text("Ishiba met Bessent in Tokyo on Friday.\\n\\nAdvertisement", "demo")
    >>> a.text, a.boilerplate
    ('Ishiba met Bessent in Tokyo on Friday.', ('Advertisement',))
    """
    settings = settings or Settings()
    where = source or doc_id
    if not isinstance(text, str):
        raise IngestError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise IngestError("empty article: no text; remove the file or add text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, truncated = truncate_text(text, settings.max_chars)
    if truncated:
        log.warning("%s: longer than max_chars=%d; truncated to %d characters", where, settings.max_chars, len(text))
    header = parse_header(text) if parse else Header(None, None, text)
    for w in header.warnings:
        log.warning("%s: %s", where, w)
    if published is not None and published != "":
        try:
            date = _coerce_date(published)
        except ValueError as exc:
            raise IngestError(f"invalid published date {published!r}: give YYYY-MM-DD") from exc
        for w in _check_date(date, "published"):
            log.warning("%s: %s", where, w)
    else:
        date = header.published
    clean, removed = clean_text(header.body)
    n = _count_words(clean, settings.min_words)
    if n < settings.min_words:
        what = "no text" if n == 0 else f"{n} word(s)"
        extra = " after removing boilerplate" if removed else ""
        raise IngestError(
            f"empty article: {what}{extra} (minimum {settings.min_words}); add text or lower min_words"
        )
    _check_language(clean, settings.lang)
    return Article(
        doc_id=_safe_str(doc_id),
        text=clean,
        published=date,
        source=_safe_str(source),
        url=url or None,
        title=title or None,
        dateline=header.dateline,
        boilerplate=removed,
        content_hash=content_hash(clean, date),
    )


def _read_limited(path: Path, max_bytes: int) -> tuple[bytes, bool]:
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) <= max_bytes:
        return data, False
    data = data[:max_bytes]
    nl = data.rfind(b"\n")
    if nl > max_bytes // 2:
        data = data[: nl + 1]
    return data, True


def _max_bytes(settings: Settings) -> int:
    return max(4 * settings.max_chars + 16, 1 << 20)


def _read_text_file(path: Path, source: str, settings: Settings) -> Article:
    data, cut = _read_limited(path, _max_bytes(settings))
    if not data:
        raise IngestError("empty file: nothing to read; remove it or add text")
    if cut:
        log.warning("%s: file larger than %d bytes; only the start is read", source, len(data))
    text, warnings = decode_bytes(data, source)
    for w in warnings:
        log.warning("%s", w)
    return article_from_text(text, doc_id_for(path), source=source, settings=settings)


def _read_html_file(path: Path, source: str, settings: Settings) -> Article:
    import trafilatura

    data, cut = _read_limited(path, _max_bytes(settings))
    if not data.strip():
        raise IngestError("empty file: nothing to read; remove it or add text")
    html, warnings = decode_bytes(data, source)
    for w in warnings:
        log.warning("%s", w)
    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, include_images=False,
        include_links=False, with_metadata=True, favor_precision=False,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise IngestError("no main text found in the HTML: is it an article page? Save the article text as .txt")
    title = (doc.title or "").strip() or None
    # trafilatura puts one block per line; kgraph uses blank lines between paragraphs.
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if title and paragraphs and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the headline is Article.title, not a sentence of the text
    published = None
    if doc.date:
        try:
            published = _parse_iso_date(doc.date)
        except ValueError:
            log.warning("%s: HTML date %r is not a valid date; published date left empty", source, doc.date)
    return article_from_text("\n\n".join(paragraphs), doc_id_for(path), published=published, source=source,
                             url=doc.url or None, title=title, settings=settings)


def _iter_jsonl(path: Path, source: str, settings: Settings) -> Iterator[Article | Failure]:
    seen_ids: set[str] = set()
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            where = f"{source}:{n}"
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield Failure(where, "line is not valid UTF-8: JSON lines must be UTF-8; re-save the file as UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield Failure(where, f"invalid JSON ({exc.msg} at column {exc.colno}): fix or remove the line")
                continue
            if not isinstance(rec, dict):
                yield Failure(where, f"line is a JSON {type(rec).__name__}, not an object: write {{\"id\": ..., \"text\": ...}}")
                continue
            doc_id = rec.get("id")
            if isinstance(doc_id, int) and not isinstance(doc_id, bool):
                doc_id = str(doc_id)
            if not isinstance(doc_id, str) or not doc_id.strip():
                yield Failure(where, "missing or empty \"id\": give every line a unique string \"id\"")
                continue
            if doc_id in seen_ids:
                yield Failure(where, f"duplicate id {doc_id!r} in this file: give every line a unique \"id\"")
                continue
            seen_ids.add(doc_id)
            text = rec.get("text")
            if not isinstance(text, str):
                yield Failure(where, "missing \"text\" (or not a string): add the article text")
                continue
            date = rec.get("date") or rec.get("published")
            if date is not None:
                try:
                    date = _coerce_date(date) if isinstance(date, str) else None
                except ValueError:
                    log.warning("%s: \"date\" %r is not a valid date; published date left empty", where, date)
                    date = None
            url, title = rec.get("url"), rec.get("title")
            try:
                yield article_from_text(text, doc_id, published=date, source=where,
                                        url=url if isinstance(url, str) else None,
                                        title=title if isinstance(title, str) else None, settings=settings)
            except IngestError as exc:
                yield Failure(where, str(exc))


def read_file(path: str | Path, settings: Settings | None = None, *, explicit: bool = True,
              source: str | None = None) -> Iterator[Article | Failure]:
    """Read one file (any supported type); never raises for a bad document."""
    settings = settings or Settings()
    p = Path(path)
    source = _safe_str(str(path) if source is None else source)
    suffix = p.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _iter_jsonl(p, source, settings)
        elif suffix in HTML_SUFFIXES:
            yield _read_html_file(p, source, settings)
        elif suffix in TEXT_SUFFIXES or (explicit and not suffix and p.name.lower() not in NOT_ARTICLES):
            yield _read_text_file(p, source, settings)
        elif explicit:
            kind = f"'{suffix}'" if suffix else "without extension"
            yield Failure(source, f"unsupported file type {kind}: {SUPPORTED}; rename it or leave it out")
    except IngestError as exc:
        yield Failure(source, str(exc))
    except PermissionError:
        yield Failure(source, "cannot read the file (permission denied): check its permissions")
    except IsADirectoryError:
        yield Failure(source, "is a folder, expected a file")
    except OSError as exc:
        yield Failure(source, f"cannot read the file ({exc.strerror or exc}): check the path")
    except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
        log.exception("%s: unexpected error", source)
        yield Failure(source, f"unexpected error ({type(exc).__name__}: {exc}); please report it")


def _walk(root: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        found += [base / f for f in filenames if not f.startswith(".")]
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def iter_articles(paths: Iterable[str | Path] | str | Path,
                  settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Read files and folders (recursively, sorted) and yield an Article or a Failure per document.

    Never raises for one bad document; each failure carries a one-line reason with the fix.

    Example::

        for item in iter_articles(["examples/"]):
            print(item.doc_id if isinstance(item, Article) else f"skipped {item.source}: {item.reason}")
    """
    settings = settings or Settings()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    seen: set[Path] = set()
    for given in paths:
        p = Path(given)
        source = _safe_str(str(given))
        try:
            is_dir, exists = p.is_dir(), p.exists()
        except OSError as exc:
            yield Failure(source, f"cannot read the path ({exc}): check it")
            continue
        if not exists:
            yield Failure(source, "no such file or folder: check the path")
            continue
        files = [(f, str(f), False) for f in _walk(p)] if is_dir else [(p, str(given), True)]
        for f, src, explicit in files:
            try:
                key = f.resolve()
            except OSError:
                key = f
            if key in seen:
                continue
            seen.add(key)
            yield from read_file(f, settings, explicit=explicit, source=src)

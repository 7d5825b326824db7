"""kgraph's spaCy components.

- ``kgraph_titles`` marks political titles and posts ("Treasury Secretary", "top trade negotiator") in
  ``doc.spans["kgraph_titles"]``, label = the title's display form.
- ``kgraph_triggers`` marks interaction triggers ("met", "talks", "phone call", "summit") in
  ``doc.spans["kgraph_triggers"]``, label = the interaction type.
- ``kgraph_verb_repair`` parses again a sentence whose meeting verb the model read as part of a name
  ("President William Ruto hosted Somalia's President ..." as one noun phrase).

The title and trigger markers read their word lists from ``kgraph/data/`` (titles.tsv, triggers.tsv, lemmas.tsv), never
from code; the verb repair keeps its closed class of guest-taking verbs (``_MISREAD_VERBS``) here.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kgraph.nlp.gazetteer import DATA_DIR, gazetteer

TITLES_KEY = "kgraph_titles"
PORTFOLIO_WORDS = frozenset(line.strip() for line in (DATA_DIR / "portfolios.txt").read_text(encoding="utf-8").splitlines()
                            if line.strip() and not line.startswith("#"))
TRIGGERS_KEY = "kgraph_triggers"


@lru_cache(maxsize=4)
def read_triggers(path: Path = DATA_DIR / "triggers.tsv") -> dict[tuple[str, str], dict[str, str]]:
    """(lemma, POS) -> row of triggers.tsv."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    table = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        table[(row["lemma"], row["pos"])] = {k: (v or "") for k, v in row.items()}
    return table


@lru_cache(maxsize=4)
def read_lemmas(path: Path = DATA_DIR / "lemmas.tsv") -> dict[str, str]:
    """form -> lemma, for the forms the small model lemmatises wrongly ("slated" -> "slat")."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return {row["form"]: row["lemma"] for row in csv.DictReader(lines, delimiter="\t")}


def _plural(title: str) -> str:
    """'Foreign Minister' -> 'Foreign Ministers', 'Secretary of State' -> 'Secretaries of State'."""
    words = title.split(" ")
    head = next((n for n, w in enumerate(words) if w.lower() in ("of", "for")), len(words)) - 1
    word = words[head]
    words[head] = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else (
        word + "es" if word.endswith(("s", "sh", "ch", "x")) else word + "s")
    return " ".join(words)


def third_person(verb: str) -> str:
    """'hold' -> 'holds', 'discuss' -> 'discusses', 'pay' -> 'pays', 'try' -> 'tries'."""
    return verb + "es" if verb.endswith(("s", "sh", "ch", "x", "o")) else verb[:-1] + "ies" if verb.endswith("y") \
        and verb[-2:-1] not in "aeiou" else verb + "s"


class TitleMarker:
    """Marks title phrases with a case-insensitive phrase matcher."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        gaz = gazetteer()
        patterns = [nlp.make_doc(title) for title in sorted(gaz.titles)]
        self.matcher.add("TITLE", patterns)
        # The matcher sees normalised titles ("secretary general"), so hyphenated forms need their own.
        self.matcher.add("TITLE", [nlp.make_doc(t.replace(" ", "-")) for t in gaz.titles if " " in t])
        # and plurals before a list of names: "Defence Ministers Richard Marles and Judith Collins"
        self.plurals = {_plural(t).lower(): t for t in gaz.titles if t[-1:].isalpha()}
        self.matcher.add("TITLE", [nlp.make_doc(p) for p in self.plurals])
        self.gaz = gaz

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, start, end) for _, start, end in self.matcher(doc)]
        out = []
        for span in filter_spans(spans):
            singular = self.plurals.get(span.text.lower())
            canonical = self.gaz.title(span.text) or (self.gaz.title(singular) if singular else None) or span.text
            out.append(Span(doc, span.start, _portfolio_end(doc, span), label=canonical))
        doc.spans[TITLES_KEY] = out
        return doc


def _portfolio_end(doc: Doc, span: Span) -> int:
    """Where a "Minister of/for ..." title ends: after the further portfolios joined to it ("Minister of Foreign
    Affairs and Cooperation", "Minister for Foreign Trade and Development"), so that a name after it does not
    start with "Cooperation". Only capitalised portfolio words (portfolios.txt) extend it; the title keeps its
    canonical label (the first portfolio's post)."""
    words = [t.lower_ for t in span]
    if words[-1] in ("minister", "secretary", "commissioner") and span.end + 1 < len(doc) \
            and doc[span.end].lower_ in ("of", "for") and doc[span.end + 1].lower_ in PORTFOLIO_WORDS \
            and doc[span.end + 1].text[:1].isupper():
        # "Minister of Mining and Heavy Industry" where only "Minister" is a known title: its portfolios too
        return _portfolio_end(doc, doc[span.start:span.end + 2])
    if not any(w in ("of", "for") for w in words[1:]) or words[-1] not in PORTFOLIO_WORDS:
        return span.end
    end, i = span.end, span.end
    while i < len(doc):
        tok = doc[i]
        if tok.lower_ in PORTFOLIO_WORDS and tok.text[:1].isupper():
            i += 1
            end = i
        elif tok.lower_ in ("and", ",", "&") and i + 1 < len(doc) and doc[i + 1].lower_ in PORTFOLIO_WORDS \
                and doc[i + 1].text[:1].isupper():
            i += 1
        elif tok.lower_ in ("and", ",", "&") and i + 2 < len(doc) and doc[i + 1].is_alpha \
                and doc[i + 1].text[:1].isupper() and doc[i + 2].lower_ in PORTFOLIO_WORDS \
                and doc[i + 2].text[:1].isupper():
            i += 2  # "Minister of Mining and Heavy Industry", "... and Foreign Trade"
        else:
            break
    return end


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos"}  # (where a word heads a noun phrase)


class TriggerMarker:
    """Marks interaction trigger tokens by lemma and part of speech."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.table = read_triggers()
        self.lemmas = read_lemmas()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for token in doc:
            lower, tag = token.lower_, token.pos_  # (each read once: a property look-up per test)
            if lower in self.lemmas:
                token.lemma_ = self.lemmas[lower]  # ("dined" -> "din", "slated" -> "slat" by the small model)
            if lower in ("bilateral", "bilaterals") and tag == "ADJ" and token.dep_ in ARGUMENT_DEPS:
                # "held a bilateral with X", "a bilateral between A and B was called off": the adjective heads its
                # phrase, a meeting (the small model tags it ADJ even there)
                token.pos_, token.tag_, token.lemma_, tag = "NOUN", "NN" if lower == "bilateral" else "NNS", "bilateral", "NOUN"
            if tag == "NOUN" and token.i > 0 and token.doc[token.i - 1].lower_ == "to" \
                    and (lower, "VERB") in self.table and any(c.dep_ == "dobj" for c in token.children):
                # "is due to host X" with "due to" read as a preposition and "host" as its noun: a verb with its object
                token.pos_, token.tag_, tag = "VERB", "VB", "VERB"
                to, due = token.doc[token.i - 1], token.doc[token.i - 2] if token.i >= 2 else None
                if due is not None and due.lower_ in ("due", "set", "expected", "scheduled") and token.head != due \
                        and not token.is_ancestor(due):
                    token.head, token.dep_ = due, "xcomp"  # (and the clause it completes, as "due to meet X" is parsed)
                    to.head, to.dep_, to.pos_, to.tag_ = token, "aux", "PART", "TO"
            pos = "VERB" if tag in ("VERB", "AUX") or (lower == "due" and token.dep_ == "acomp") \
                else "NOUN" if tag in ("NOUN", "PROPN") else None  # ("X is due in Moscow": a predicate)
            if pos is None:
                continue
            lemma = token.lemma_.lower()
            row = self.table.get((lemma, pos)) or self.table.get((lower, pos))
            if row is None and pos == "NOUN" and lower in ("talks", "negotiations", "consultations"):
                row = self.table.get((lower.rstrip("s"), pos))
            if row is None:
                continue
            spans.append(Span(doc, token.i, token.i + 1, label=row["type"]))
        doc.spans[TRIGGERS_KEY] = spans
        return doc


# The verbs that take their guest as object ("X hosted Y"), in the forms the small model reads as part of a name
# between two titled names; the lemma they keep, the tag, and the stand-in the sentence is parsed again with.
_MISREAD_VERBS = {f: (lemma, tag, "met" if tag == "VBD" else "meets")
                  for lemma in ("host", "receive", "welcome", "visit", "greet", "telephone", "phone", "call", "meet")
                  for f, tag in (((lemma + "d" if lemma.endswith("e") else lemma + "ed") if lemma != "meet" else "met",
                                  "VBD"), (third_person(lemma), "VBZ"))}
_PARSE_ATTRS = [POS, TAG, MORPH, LEMMA, HEAD, DEP]


class VerbRepair:
    """A sentence whose meeting verb stands between two names and came out of the parser as a noun or an
    adjective ("Kenyan President William Ruto hosted Somalia's President Hassan Sheikh Mohamud at State House"
    parsed as one noun phrase, "hosted" a compound) is parsed again, on its own, with the verb replaced by
    "met" (which the model reads as a verb there); its tags, lemmas and dependencies are copied back and
    the verb keeps its own lemma. The repair is kept only when the stand-in came out as the sentence's
    verb with a subject before it; the entities are the first pass's."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.nlp = nlp

    def _stages(self):
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                return
            if name not in ("ner", "kgraph_paragraphs"):
                yield proc

    def _misread(self, doc: Doc) -> list[Token]:
        out = []
        for token in doc:
            if token.lower_ in _MISREAD_VERBS and (token.pos_ not in ("VERB", "AUX") or token.dep_ in (
                    "amod", "compound", "nmod")) and 0 < token.i < len(doc) - 1 \
                    and doc[token.i - 1].ent_type_ == "PERSON" and token.ent_type_ == "" \
                    and (doc[token.i + 1].text[:1].isupper() or doc[token.i + 1].lower_ in ("his", "her", "the")):
                out.append(token)
        return out

    def __call__(self, doc: Doc) -> Doc:
        verbs = self._misread(doc)
        if not verbs:
            return doc
        arrays = doc.to_array(_PARSE_ATTRS)
        changed = False
        for verb in verbs:
            sent = verb.sent
            lemma, tag, stand_in = _MISREAD_VERBS[verb.lower_]
            words = [stand_in if t.i == verb.i else t.text for t in sent]
            again = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
            for proc in self._stages():
                again = proc(again)
            moved = again[verb.i - sent.start]
            if moved.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < moved.i
                                               for c in moved.children):
                continue
            rows = again.to_array(_PARSE_ATTRS)
            rows[moved.i, _PARSE_ATTRS.index(LEMMA)] = doc.vocab.strings.add(lemma)
            rows[moved.i, _PARSE_ATTRS.index(TAG)] = doc.vocab.strings.add(tag)
            arrays[sent.start:sent.end] = rows  # (HEAD is stored relative to the token: it copies as is)
            changed = True
        if changed:
            doc.from_array(_PARSE_ATTRS, arrays)
        return doc


@Language.component("kgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run into each other."""
    tokens = list(doc)  # (a Token built once for each word: doc[i] and a walk of doc[1:] build new ones)
    texts = [t.text for t in tokens]
    for token, prev in zip(tokens[1:], tokens):
        if "\n" in prev.text_with_ws and not prev.is_space or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
        elif texts[token.i - 1] == ")" and token.i >= 3 and texts[token.i - 3] == "(" and tokens[token.i - 2].is_upper:
            token.is_sent_start = False  # "Prime Minister of Papua New Guinea (PNG) James Marape": one sentence
    for token in tokens[:-2]:
        if texts[token.i] in ("Q", "A") and texts[token.i + 1] == ":" and (token.i == 0 or token.is_sent_start):
            # an interview's "A: Minister Goyal and I met ...": the label is not part of the answer's parse
            tokens[token.i + 2].is_sent_start = True
    return doc


@Language.factory("kgraph_titles", requires=["token.lower"], assigns=["doc.spans"])
def make_title_component(nlp: Language, name: str) -> TitleMarker:
    return TitleMarker(nlp, name)


@Language.factory("kgraph_verb_repair", requires=["token.dep", "token.pos", "doc.ents"],
                  assigns=["token.dep", "token.pos", "token.tag", "token.lemma"])
def make_verb_repair_component(nlp: Language, name: str) -> VerbRepair:
    return VerbRepair(nlp, name)


@Language.factory("kgraph_triggers", requires=["token.lemma", "token.pos"], assigns=["doc.spans"])
def make_trigger_component(nlp: Language, name: str) -> TriggerMarker:
    return TriggerMarker(nlp, name)

"""A faster executor for a pipeline's stock ``attribute_ruler``: the same rules, the same annotations.

spaCy's ``AttributeRuler`` runs its rules through a general ``Matcher``, which tries every rule at every
token: with en_core_web_sm's 179 rules (the tag map and the morphology exceptions) that is ~15% of the
pipeline's time, more than the tagger and parser together. Every rule of the English pipelines is one or two
token specs of plain values, ``IN``/``NOT_IN`` sets or a ``REGEX`` over ``LOWER``/``TAG``/``DEP``/
``IS_SPACE``; :class:`FastAttributeRuler` indexes those rules by the value they require (a word or a tag),
tries at each token only the rules that can match there, and then sets the attributes exactly as the stock
component does (its own ``set_token_attrs``, rules in the same order, the later rule winning).

:func:`speed_up_attribute_ruler` swaps it in for the pipeline's ``attribute_ruler`` (same name, same
rules, copied from the loaded component) only when every rule is of the kinds above; otherwise the stock
component stays. ``tests/test_attribute_ruler.py`` checks that the annotations are identical.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes the fast path reads (Doc.to_array gives what the Matcher compares): hashed strings ...
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP")
# ... and lexical flags (0/1).
_FLAG_ATTRS = ("IS_SPACE",)
_INDEXED = ("LOWER", "ORTH", "TAG")  # attributes a rule is looked up by, most selective first


class _Unsupported(Exception):
    pass


def _compile_spec(spec: dict, strings, cols: dict[str, int]) -> list[tuple[int, str, Any]]:
    """One token spec -> [(column, kind, value)], kinds "eq", "in", "not_in", "regex"; _Unsupported if the
    Matcher would do anything else with it (operators, extensions, other attributes)."""
    preds = []
    for key, value in spec.items():
        attr = key.upper() if isinstance(key, str) else None
        if attr == "TEXT":
            attr = "ORTH"
        if attr not in _STRING_ATTRS and attr not in _FLAG_ATTRS:
            raise _Unsupported(key)
        col = cols.setdefault(attr, len(cols))
        if attr in _FLAG_ATTRS:
            if not isinstance(value, bool):
                raise _Unsupported(f"{key}: {value!r}")
            preds.append((col, "eq", int(value)))
        elif isinstance(value, str):
            preds.append((col, "eq", strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                preds.append((col, op.lower(), frozenset(strings.add(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                preds.append((col, "regex", re.compile(arg)))
            else:
                raise _Unsupported(f"{key}: {value!r}")
        else:
            raise _Unsupported(f"{key}: {value!r}")
    return preds


class FastAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose rules are tried by index instead of by the general ``Matcher``.

    Falls back to the stock matching for any rule set it cannot compile (see :func:`compile`)."""

    _compiled: tuple | None = None
    _compiled_for: tuple = ()

    def _compile(self) -> tuple | None:
        """(columns, index, generic, patterns) for the current rules, or None when one is unsupported.

        patterns: (rule id, length, target offset, [(column, kind, value)] per token);
        index: column -> value -> ids of patterns whose first token requires that value there;
        generic: ids of patterns with no such value (tried at every token)."""
        cols: dict[str, int] = {}
        patterns, index, generic = [], {}, []
        try:
            for rule_id in range(len(self.attrs)):
                _, rule_patterns = self.matcher.get(str(rule_id))
                for pattern in rule_patterns:
                    if not pattern:
                        raise _Unsupported("empty pattern")
                    specs = [_compile_spec(spec, self.vocab.strings, cols) for spec in pattern]
                    offset = self.indices[rule_id]
                    if not -len(pattern) <= offset < len(pattern):
                        raise _Unsupported("index out of the pattern")  # the stock path raises E1001
                    pid = len(patterns)
                    patterns.append((rule_id, len(pattern), offset % len(pattern), specs))
                    for attr in _INDEXED:
                        col = cols.get(attr)
                        keyed = [(c, kind, v) for c, kind, v in specs[0] if c == col and kind in ("eq", "in")]
                        if keyed:
                            c, kind, v = keyed[0]
                            for value in ((v,) if kind == "eq" else v):
                                index.setdefault(c, {}).setdefault(value, []).append(pid)
                            break
                    else:
                        generic.append(pid)
        except _Unsupported:
            return None
        names = sorted(cols, key=cols.get)
        return [IDS[n] for n in names], index, generic, patterns

    def _rules(self) -> tuple | None:
        key = (id(self.matcher), len(self.attrs))  # rules added (or cleared and loaded) since: compile again
        if self._compiled_for != key:
            self._compiled, self._compiled_for = self._compile(), key
        return self._compiled

    @property
    def fast(self) -> bool:
        """Whether this ruler's rules run on the fast path."""
        return self._rules() is not None

    def __call__(self, doc: Doc) -> Doc:
        compiled = self._rules()
        if compiled is None:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            attrs = self.attrs
            for rule_id, target in self.fast_matches(doc, compiled):
                set_token_attrs(doc[target], attrs[rule_id])
            return doc
        except Exception as e:  # noqa: BLE001 - as the stock component
            return error_handler(self.name, self, [doc], e)

    def fast_matches(self, doc: Doc, compiled: tuple | None = None) -> list[tuple[int, int]]:
        """(rule id, token index) of every match, in the order the stock component applies them (by rule)."""
        attr_ids, index, generic, patterns = compiled or self._rules()
        n = len(doc)
        if not n or not attr_ids:
            return []
        columns = doc.to_array(attr_ids).T.tolist() if len(attr_ids) > 1 else [doc.to_array(attr_ids).tolist()]
        strings = self.vocab.strings
        lookups = [(columns[c], values) for c, values in index.items()]
        matches = []
        for i in range(n):
            candidates = list(generic)
            for column, values in lookups:
                found = values.get(column[i])
                if found:
                    candidates += found
            for pid in candidates:
                rule_id, length, offset, specs = patterns[pid]
                if i + length > n:
                    continue
                for j, preds in enumerate(specs):
                    for c, kind, v in preds:
                        x = columns[c][i + j]
                        if kind == "eq":
                            ok = x == v
                        elif kind == "in":
                            ok = x in v
                        elif kind == "not_in":
                            ok = x not in v
                        else:
                            ok = v.search(strings[x]) is not None
                        if not ok:
                            break
                    else:
                        continue
                    break
                else:
                    matches.append((rule_id, i + offset))
        matches.sort()  # the stock order: by rule, so that a later rule overrides an earlier one
        return matches


@Language.factory("kgraph_attribute_ruler", assigns=["token.tag", "token.pos", "token.morph", "token.lemma"])
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name)


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a :class:`FastAttributeRuler` with the same rules in place of the stock ``name`` component, when
    every rule compiles; return whether it did."""
    if name not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(name)
    if type(stock) is not AttributeRuler:
        return False
    probe = FastAttributeRuler(nlp.vocab, name, scorer=stock.scorer)
    probe.matcher, probe.attrs, probe.indices = stock.matcher, stock.attrs, stock.indices
    probe._attrs_unnormed = stock._attrs_unnormed
    if not probe.fast:
        return False
    fast = nlp.replace_pipe(name, "kgraph_attribute_ruler")
    fast.scorer = stock.scorer
    # the stock component's state itself (its Matcher stays, for serialisation and the fallback)
    fast.matcher, fast.attrs, fast.indices = stock.matcher, stock.attrs, stock.indices
    fast._attrs_unnormed = stock._attrs_unnormed
    fast.validate = stock.validate
    fast._rules()  # compiled now, outside any memory zone of a build
    return True

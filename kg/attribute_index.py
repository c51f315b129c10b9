"""Match a pipeline's attribute rules through lookup tables: the same annotations, sooner.

spaCy's `AttributeRuler` (``attribute_ruler`` in the English pipelines) maps each tagged
token to its coarse part of speech, morphology and some lemmas. It finds its rules with
a general `Matcher`, which tests every one of its patterns (179 in ``en_core_web_sm``)
at every token: about a tenth of the whole parse, more than kg's own extraction costs.
Nearly all of those patterns are one token with plain tests ("TAG is NNS", "LOWER is
'n't' and TAG is RB"), which one dict lookup per pattern shape answers.

`index_attribute_rulers` gives each attribute ruler of a pipeline an `IndexedRuleMatch`
in place of its ``match`` method. It returns exactly what the ruler's own ``match``
returns (the same ``(rule, key, start, end)`` tuples, sorted the same way), and the
ruler's own ``set_annotations`` writes them, so the pipeline's output does not change
(`tests/test_attribute_index.py` compares the two on real articles). Patterns of
several tokens, or with NOT_IN or REGEX tests, are tested token by token from one of
their words; those with operators or attributes read otherwise stay with a `Matcher`
that holds only them (none in ``en_core_web_sm``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler
    from spacy.strings import StringStore
    from spacy.tokens import Doc

#: Token attributes whose value `Doc.to_array` gives as the hash of a string, which is
#: what a pattern's string is compared with.
STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP"})

#: Boolean lexical flags, compared with a pattern's True or False.
FLAG_ATTRS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_STOP"})

#: Which test of a pattern to look tokens up by first: the one fewest tokens pass.
_SELECTIVITY = {"ORTH": 0, "LOWER": 1, "NORM": 2, "DEP": 3, "TAG": 4}

#: One ruler match as `AttributeRuler.match` gives it: rule number, its key's hash,
#: start and end token.
Match: TypeAlias = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class _Test:
    """One attribute test of a one-token pattern: ``op`` is IN, NOT_IN or REGEX."""

    attr: str
    op: str
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _Check:
    """A pattern the tables cannot answer, tested token by token where it may start.

    ``tests`` holds each pattern token's tests; ``anchor`` is one IN test of the token
    at ``offset``, which narrows the tokens to try (None: try every token).
    """

    rule: int
    match_id: int
    tests: tuple[tuple[_Test, ...], ...]
    anchor: _Test | None
    offset: int


class IndexedRuleMatch:
    """A drop-in ``match`` for one `AttributeRuler`, built from its patterns.

    Args:
        ruler: The attribute ruler; its patterns are read once, so build this after
            the ruler is loaded and do not add patterns afterwards.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self._strings: StringStore = ruler.vocab.strings
        # What the tables were built from: a ruler changed afterwards (add, clear,
        # initialize, from_disk) is answered by spaCy's own match instead.
        self._ruler = ruler
        self._built_from = (ruler.matcher, len(ruler.attrs))
        # Pattern shape (the sorted attribute names) -> attribute values -> rule hits.
        self._tables: dict[tuple[str, ...], dict[Any, list[tuple[int, int]]]] = {}
        self._checks: list[_Check] = []
        self._rest: Matcher | None = None
        for rule, entry in enumerate(ruler.patterns):
            key = str(rule)
            match_id = int(self._strings.add(key))
            # spaCy types a pattern loosely; a ruler's patterns are lists of token dicts.
            for pattern in cast("list[list[dict[str, Any]]]", entry["patterns"]):
                tests = [_token_tests(token) for token in pattern]
                if not pattern or any(t is None for t in tests):
                    # Operators, other attributes or other tests: spaCy's own matcher.
                    if self._rest is None:
                        # Not validated, as the ruler's own matcher is not.
                        self._rest = Matcher(ruler.vocab, validate=False)
                    self._rest.add(key, [pattern])
                elif len(pattern) == 1 and all(t.op == "IN" for t in tests[0] or ()):
                    self._add_to_table(tests[0] or (), rule, match_id)
                else:
                    self._checks.append(_check(rule, match_id, [t or () for t in tests]))
        attrs = {a for shape in self._tables for a in shape}
        attrs.update(t.attr for check in self._checks for ts in check.tests for t in ts)
        self._columns = sorted(attrs)
        self._column_ids = [IDS[a] for a in self._columns]
        # Per shape of several tests, the test to look tokens up by and what it allows.
        self._filters: dict[tuple[str, ...], tuple[int, frozenset[int]]] = {}
        for shape, table in self._tables.items():
            if len(shape) > 1:
                j = min(range(len(shape)), key=lambda k: _SELECTIVITY.get(shape[k], 9))
                self._filters[shape] = (j, frozenset(k[j] for k in table))

    def _add_to_table(self, tests: Sequence[_Test], rule: int, match_id: int) -> None:
        ordered = sorted(tests, key=lambda t: t.attr)
        shape = tuple(t.attr for t in ordered)
        table = self._tables.setdefault(shape, {})
        for values in itertools.product(*(sorted(t.values) for t in ordered)):
            hits = table.setdefault(values if len(values) > 1 else values[0], [])
            if (rule, match_id) not in hits:
                hits.append((rule, match_id))

    def __call__(self, doc: Doc) -> list[Match]:
        """Return the ruler's matches in ``doc``, sorted by rule number as spaCy sorts them."""
        ruler = self._ruler
        if ruler.matcher is not self._built_from[0] or len(ruler.attrs) != self._built_from[1]:
            from spacy.pipeline import AttributeRuler

            return AttributeRuler.match(ruler, doc)  # type: ignore[no-any-return]
        found: set[Match] = set()
        if not len(doc) or not self._columns:
            return self._rest_matches(doc, found, None)
        # One column comes back flat; the shape is made the same for any count.
        array = doc.to_array(self._column_ids).reshape(len(doc), len(self._column_ids))
        columns: dict[str, list[int]] = {
            a: array[:, j].tolist() for j, a in enumerate(self._columns)
        }
        for shape, table in self._tables.items():
            get = table.get
            rows: Sequence[int]
            keys: Sequence[Any]
            if len(shape) == 1:
                rows, keys = range(len(doc)), columns[shape[0]]
            else:
                j, allowed = self._filters[shape]
                rows = [i for i, v in enumerate(columns[shape[j]]) if v in allowed]
                cells = [columns[a] for a in shape]
                keys = [tuple(c[i] for c in cells) for i in rows]
            for i, key in zip(rows, keys, strict=True):
                hits = get(key)
                if hits:
                    for rule, match_id in hits:
                        found.add((rule, match_id, i, i + 1))
        searched: dict[tuple[int, int], bool] = {}
        n = len(doc)
        for check in self._checks:
            size = len(check.tests)
            if check.anchor is None:
                starts: Sequence[int] = range(n - size + 1)
            else:
                allowed = check.anchor.values
                column = columns[check.anchor.attr]
                starts = [
                    i - check.offset
                    for i, v in enumerate(column)
                    if v in allowed and 0 <= i - check.offset <= n - size
                ]
            for start in starts:
                if all(
                    self._passes(test, columns[test.attr][start + k], searched)
                    for k, tests in enumerate(check.tests)
                    for test in tests
                ):
                    found.add((check.rule, check.match_id, start, start + size))
        return self._rest_matches(doc, found, columns)

    def _passes(self, test: _Test, value: int, searched: dict[tuple[int, int], bool]) -> bool:
        if test.op == "IN":
            return value in test.values
        if test.op == "NOT_IN":
            return value not in test.values
        assert test.regex is not None
        # Memoised for the one text only: a table for every word ever seen would grow.
        key = (id(test), value)
        hit = searched.get(key)
        if hit is None:
            hit = searched[key] = test.regex.search(self._strings[value]) is not None
        return hit

    def _rest_matches(
        self, doc: Doc, found: set[Match], columns: dict[str, list[int]] | None
    ) -> list[Match]:
        if self._rest is not None:
            for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                found.add((int(self._strings[match_id]), match_id, start, end))
        return sorted(found)


def _rank(test: _Test) -> int:
    return _SELECTIVITY.get(test.attr, 9)


def _check(rule: int, match_id: int, tests: Sequence[Sequence[_Test]]) -> _Check:
    """A `_Check` anchored on the IN test that fewest tokens pass, if there is one."""
    anchors = [(k, t) for k, ts in enumerate(tests) for t in ts if t.op == "IN"]
    if not anchors:
        return _Check(rule, match_id, tuple(map(tuple, tests)), None, 0)
    offset, anchor = min(anchors, key=lambda kt: (_rank(kt[1]), len(kt[1].values), kt[0]))
    return _Check(rule, match_id, tuple(map(tuple, tests)), anchor, offset)


def _token_tests(token: dict[str, Any]) -> tuple[_Test, ...] | None:
    """Return the tests of one pattern token, or None when a `Matcher` must answer it."""
    # Hashed as the Matcher hashes them, without adding them to the string store.
    from spacy.strings import get_string_id

    if not token:
        return None
    tests: list[_Test] = []
    for key, value in token.items():
        attr = str(key).upper()
        if attr in FLAG_ATTRS and isinstance(value, bool):
            tests.append(_Test(attr, "IN", frozenset({int(value)})))
        elif attr not in STRING_ATTRS:
            return None
        elif isinstance(value, str):
            tests.append(_Test(attr, "IN", frozenset({int(get_string_id(value))})))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, operand),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(operand, list):
                if not all(isinstance(v, str) for v in operand):
                    return None
                hashes = frozenset(int(get_string_id(v)) for v in operand)
                tests.append(_Test(attr, op, hashes))
            elif op == "REGEX" and isinstance(operand, str):
                tests.append(_Test(attr, "REGEX", regex=re.compile(operand)))
            else:
                return None
        else:
            return None
    if any(t.op == "IN" and not t.values for t in tests):
        return None
    return tuple(tests)


def index_attribute_rulers(nlp: Language) -> Language:
    """Give every attribute ruler of ``nlp`` an `IndexedRuleMatch` as its ``match``.

    Returns:
        ``nlp`` itself, whose output is unchanged.
    """
    from spacy.pipeline import AttributeRuler

    for _, pipe in nlp.components:
        # Not a subclass with a match of its own, which the index would shadow.
        if isinstance(pipe, AttributeRuler) and type(pipe).match is AttributeRuler.match:
            # An instance attribute shadows the method: `AttributeRuler.__call__` calls
            # ``self.match(doc)`` and hands the result to ``self.set_annotations``.
            pipe.match = IndexedRuleMatch(pipe)  # type: ignore[method-assign]
    return nlp

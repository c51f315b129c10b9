"""One parsed document's tokens and their attributes, read once for every pass over it.

Mention finding, the name candidates, pronoun resolution and the relation rules each
walk the whole document. spaCy makes a new `Token` at every step of a walk over a Doc
or a Span, and a new Python string at every read of ``text``, ``lower_``, ``lemma_``,
``pos_`` and the like; read by seven walks, that costs more than the walks' own work.
`DocTokens` makes each token once and each column (a tuple indexed by token position)
on its first use, so a pass that needs a column shares it with every other pass, and a
column no pass reads is never made.

The table describes the Doc as it was when the table was made: it belongs to one
extraction, made after the parse and dropped with it (the extraction never changes the
Doc).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Not imported at run time: a build served from the parse cache never imports spaCy.
    from spacy.tokens import Doc, Span, Token


#: The `spacy.attrs` the columns are read from, by their place in `DocTokens._array`.
_ATTRS = {
    name: k
    for k, name in enumerate(
        "ORTH LOWER LEMMA POS TAG DEP ENT_TYPE IS_ALPHA IS_LOWER IS_TITLE IS_UPPER IDX".split()
    )
}

#: The attributes whose values come from a closed set, the model's labels (``Token.pos_``
#: and the like): their id -> value tables are kept for the process, bounded by the
#: model's label sets. Words (ORTH, LOWER, LEMMA) are open: every distinct token of a
#: corpus would stay in a process-wide table, so a document's table keeps them.
_LABELS = frozenset({"POS", "TAG", "DEP", "ENT_TYPE"})

#: Per attribute of `_LABELS`, the value of each of spaCy's ids of it (``Token.pos_`` of
#: a POS id): what a label's id stands for depends on nothing else.
_VALUES: dict[str, dict[int, str]] = {}


class DocTokens:
    """Per-document table of tokens and token attributes.

    Each column is a tuple indexed by token position (``Token.i``), equal to reading the
    attribute off every token (``lemma`` is ``lemma_.lower()``).

    Attributes:
        doc: The document.
        tokens: Every token of the document, made once.
    """

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """Make the table of ``doc``.

        Args:
            doc: A parsed document.
            text: Its text, when the caller has it (it must be ``doc.text``, which spaCy
                joins from every token again at each read).
        """
        self.doc = doc
        self.tokens: tuple[Token, ...] = tuple(doc)
        self._text = text
        self._where: dict[Callable[[str], bool], tuple[int, ...]] = {}
        #: The words of the document's ids of ORTH, LOWER and LEMMA (one string store).
        self._words: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    @cached_property
    def doc_text(self) -> str:
        """The document's text, ``Doc.text``."""
        return self.doc.text if self._text is None else self._text

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, cut out of the document's text.

        spaCy makes a Span's text by joining its tokens' texts; the tokens lie side by
        side in the document's text, so the characters from the first token's start
        to the last token's end are the same string.
        """
        last = min(end, len(self.tokens)) - 1
        if last < start:
            return ""
        return self.doc_text[self.idx[start] : self.idx[last] + len(self.text[last])]

    def where(self, test: Callable[[str], bool]) -> tuple[int, ...]:
        """Positions of the tokens whose lower-case text passes ``test``, in text order.

        Worked out once per test and document, for the passes that start from the same
        few tokens of each sentence (the title rules from the title words).
        """
        found = self._where.get(test)
        if found is None:
            lower = self.lower
            passed = {word for word in set(lower) if test(word)}  # each word tested once
            found = self._where[test] = tuple(i for i, w in enumerate(lower) if w in passed)
        return found

    @cached_property
    def _array(self) -> Any:
        """spaCy's ids of every token's `_ATTRS`, one row per token, in one call (a numpy
        array): reading ``Token.lower_`` and the like makes a Token and decodes a new
        string for every token."""
        return self.doc.to_array(list(_ATTRS))

    def _strings(self, attr: str, read: Callable[[Token], str]) -> tuple[str, ...]:
        """The column of a string attribute, each id's string read once per document
        (a word's) or per process (a label's, see `_LABELS`).

        Args:
            attr: The attribute's name in `_ATTRS` ("LOWER").
            read: Reads the column's value off a token (``lambda t: t.pos_``); words are
                read from the document's string store, which is where ``Token.text``,
                ``lower_`` and ``lemma_`` read them.
        """
        ids: list[int] = self._array[:, _ATTRS[attr]].tolist()
        if attr not in _LABELS:
            known = self._words
            missing = set(ids).difference(known)
            if missing:
                strings = self.doc.vocab.strings
                for key in missing:
                    known[key] = strings[key]
            return tuple(map(known.__getitem__, ids))
        known = _VALUES.setdefault(attr, {})
        values = list(map(known.get, ids))
        if None in values:
            for i, value in enumerate(values):
                if value is None:
                    values[i] = known.setdefault(ids[i], read(self.tokens[i]))
        return tuple(values)  # type: ignore[arg-type]  # no None is left

    def _flags(self, attr: str) -> tuple[bool, ...]:
        """The column of a lexical flag ("IS_ALPHA")."""
        return tuple(self._array[:, _ATTRS[attr]].astype(bool).tolist())

    @cached_property
    def sents(self) -> tuple[Span, ...]:
        """The document's sentences."""
        return tuple(self.doc.sents)

    @cached_property
    def sent_of(self) -> tuple[int, ...]:
        """The number of the sentence of each token (index into `sents`)."""
        out: list[int] = []
        for k, sent in enumerate(self.sents):
            out.extend([k] * (sent.end - sent.start))
        return tuple(out)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The NER's entity spans (``doc.ents``)."""
        return tuple(self.doc.ents)

    @cached_property
    def in_ents(self) -> frozenset[int]:
        """Positions of the tokens inside an entity of `ents`."""
        return frozenset(i for ent in self.ents for i in range(ent.start, ent.end))

    @cached_property
    def text(self) -> tuple[str, ...]:
        """``Token.text``."""
        return self._strings("ORTH", lambda t: t.text)

    @cached_property
    def idx(self) -> tuple[int, ...]:
        """``Token.idx``: where each token starts in the document's text."""
        return tuple(self._array[:, _ATTRS["IDX"]].tolist())

    @cached_property
    def lower(self) -> tuple[str, ...]:
        """``Token.lower_``."""
        return self._strings("LOWER", lambda t: t.lower_)

    @cached_property
    def lemma(self) -> tuple[str, ...]:
        """``Token.lemma_.lower()``: lemmas are compared in lower case everywhere."""
        return tuple(map(str.lower, self._strings("LEMMA", lambda t: t.lemma_)))

    @cached_property
    def pos(self) -> tuple[str, ...]:
        """``Token.pos_``."""
        return self._strings("POS", lambda t: t.pos_)

    @cached_property
    def tag(self) -> tuple[str, ...]:
        """``Token.tag_``."""
        return self._strings("TAG", lambda t: t.tag_)

    @cached_property
    def dep(self) -> tuple[str, ...]:
        """``Token.dep_``."""
        return self._strings("DEP", lambda t: t.dep_)

    @cached_property
    def ent_type(self) -> tuple[str, ...]:
        """``Token.ent_type_``."""
        return self._strings("ENT_TYPE", lambda t: t.ent_type_)

    @cached_property
    def is_alpha(self) -> tuple[bool, ...]:
        """``Token.is_alpha``."""
        return self._flags("IS_ALPHA")

    @cached_property
    def is_lower(self) -> tuple[bool, ...]:
        """``Token.is_lower``."""
        return self._flags("IS_LOWER")

    @cached_property
    def is_title(self) -> tuple[bool, ...]:
        """``Token.is_title``."""
        return self._flags("IS_TITLE")

    @cached_property
    def is_upper(self) -> tuple[bool, ...]:
        """``Token.is_upper``."""
        return self._flags("IS_UPPER")

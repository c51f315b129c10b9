"""Sentence boundaries at paragraph breaks, set before the parser runs.

The statistical parser sometimes runs a sentence on across a paragraph break (a
closing quote, then a new paragraph), so one evidence "sentence" would hold two
paragraphs. A line break starts a new sentence when the line before it ends a sentence
or when it is a blank line; a hard-wrapped line that stops mid-sentence does not.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "kg_paragraph_breaks"
_CLOSERS = frozenset(".!?…:;\"'”’»)]")
_QUOTES = frozenset({'"', "'", "”", "’", "»", ")", "]"})


def _ends_sentence(doc: Doc, i: int) -> bool:
    """True when the last non-space token before index ``i`` closes a sentence."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].text[-1] in _CLOSERS


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after a paragraph break as a sentence start, and keep a
    closing quote with the sentence it closes ("... routine work.\"")."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.text in _QUOTES and not prev.whitespace_ and prev.text[-1] in ".!?…":
            tok.is_sent_start = False
            continue
        if tok.is_space or "\n" not in prev.text_with_ws:
            continue
        breaks = prev.text_with_ws.count("\n")
        if breaks >= 2 or _ends_sentence(doc, tok.i):
            tok.is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> Language:
    """Add `paragraph_breaks` before the parser (or the sentence recogniser) of ``nlp``."""
    if COMPONENT in nlp.pipe_names:
        return nlp
    for anchor in ("parser", "senter"):
        if anchor in nlp.pipe_names:
            nlp.add_pipe(COMPONENT, before=anchor)
            return nlp
    nlp.add_pipe(COMPONENT, first=True)
    return nlp

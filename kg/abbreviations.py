"""Dotted abbreviations the tokenizer keeps whole: "Sgt.", "Atty.", "Sr.", "Vt.".

spaCy's English tokenizer keeps many abbreviations with their dot ("Gov.", "Jr.",
"Mich."), but splits others off it ("Sgt" ".", "Sr" "."), and the parser then often
ends a sentence at that dot: "Lt. Gov. Jane Roe said" loses its subject, and "Edwin Roe
Sr." is named "Edwin Roe Sr". The abbreviations kg's lexicons know are added to the
tokenizer as special cases, written capitalised with their dot: the titles written as
abbreviations (``titles.tsv``, kind "abbrev"), the generational suffixes "Sr.", "Snr."
and "Jnr.", and the dotted abbreviations of US states (``us_states.tsv``). Roman
numerals are left out: "World War II." ends a sentence.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from kg.lexicon import load_tsv

#: Generational suffixes written with a dot that the tokenizer splits.
_SUFFIXES = ("Sr.", "Snr.", "Jnr.")


@cache
def abbreviations() -> tuple[str, ...]:
    """The dotted abbreviations kg keeps as one token, sorted."""
    titles = (
        f"{row[0].capitalize()}."
        for row in load_tsv("titles.tsv")
        if len(row) > 1 and row[1] == "abbrev" and row[0].isalpha()
    )
    states = (row[0] for row in load_tsv("us_states.tsv") if row[0].endswith("."))
    # courtesy titles written with a slash, which the tokenizer splits in three ("W/ro",
    # "W/t": Ethiopia's Weyzero and Weyzerit)
    slashed = (row[0].capitalize() for row in load_tsv("gender.tsv") if "/" in row[0])
    return tuple(sorted({*titles, *_SUFFIXES, *slashed, *states}))


def add_abbreviations(nlp: Language) -> Language:
    """Make ``nlp``'s tokenizer keep each of `abbreviations` whole where it would split it.

    Args:
        nlp: A loaded pipeline; its tokenizer is changed in place.

    Returns:
        The same pipeline.
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp  # a custom tokenizer has no special cases to add
    for text in abbreviations():
        if len(tokenizer(text)) > 1:
            tokenizer.add_special_case(text, [{ORTH: text}])
    return nlp

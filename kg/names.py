"""Name normalisation shared by resolution, the alias file and graph look-ups.

Kept free of spaCy so that the read commands (``kg entities``, ``kg show``) start fast.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACE = re.compile(r"\s+")
QUOTES = "\"'“”‘’`«»"


@functools.lru_cache(maxsize=1 << 16)  # asked of every mention; names repeat
def normalise_name(text: str) -> str:
    """Return a display name: NFC, whitespace folded, quotes and a leading "the" removed."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACE.sub(" ", text).strip().strip(QUOTES + " ,;:")
    text = re.sub(r"^(?i:the)\s+", "", text)
    text = re.sub(r"\s*[’']s$", "", text)
    return text.strip()


@functools.lru_cache(maxsize=1 << 16)  # names repeat within and across articles
def fold(text: str) -> str:
    """Return a matching key: accents removed, case folded, dots and hyphens as spaces.

    >>> fold("  José   MUJICA ")
    'jose mujica'
    >>> fold("U.S.") == fold("US")
    True
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace(".", "").replace("-", " ")
    return _SPACE.sub(" ", text).strip()


@functools.lru_cache(maxsize=1 << 16)  # cleanco costs ~0.5 ms a call; names repeat
def base_name(name: str) -> str:
    """An organisation's name without its legal form: "Halvex Corp." -> "Halvex",
    "Samsung Electronics Co., Ltd." -> "Samsung Electronics".

    The legal forms of every country come from the maintained ``cleanco`` package
    ("Inc.", "Corp.", "Co.", "Ltd.", "PLC", "AG", "N.V.", "ASA", "LLC", ...). A name that
    is nothing but a legal form ("Company") is returned unchanged.
    """
    from cleanco import basename  # light, but only the resolution stages need it

    current = name.strip()
    while True:
        stripped = basename(current).strip(" ,")
        if len(stripped) < 2 or stripped == current:
            return current
        current = stripped


@functools.cache
def legal_form_words() -> frozenset[str]:
    """The one-word legal forms of companies ("co", "corp", "inc", "ltd", "ag", "gmbh",
    ...), lower case without dots, from the ``cleanco`` data `base_name` strips."""
    from cleanco.clean import prepare_default_terms

    return frozenset(parts[0] for size, parts in prepare_default_terms() if size == 1)


def is_legal_form(word: str) -> bool:
    """True for a company's legal form written as one word: "Co.", "Corp", "AG", "GmbH"."""
    return word.casefold().replace(".", "") in legal_form_words()


def organisation_key(name: str) -> str:
    """Matching key of an organisation, place or group: `fold` of its `base_name`, so
    "Halvex Corp." and "Halvex" are one name."""
    return fold(base_name(name))

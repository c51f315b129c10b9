"""Name normalisation shared by resolution, the alias file and graph look-ups.

Kept free of spaCy so that the read commands (``kg entities``, ``kg show``) start fast.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

_SPACE = re.compile(r"\s+")
QUOTES = "\"'“”‘’`«»"


@functools.lru_cache(maxsize=1 << 16)  # asked of every mention; names repeat
def normalise_name(text: str) -> str:
    """Return a display name: NFC, whitespace folded, quotes, a leading "the" and a
    doubled full stop removed."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACE.sub(" ", text).strip().strip(QUOTES + " ,;:")
    text = re.sub(r"^(?i:the)\s+", "", text)
    text = re.sub(r"\s*[’']s$", "", text)
    # A sentence's full stop after an abbreviation ending the name ("Jr.." where a line
    # broke the text after "Jr."): one period is the abbreviation's.
    text = re.sub(r"(?<=\w\.)\.$", "", text)
    return text.strip()


#: A capital and a dot glued to the next capital and dot ("S.P." of "S.P. Roe").
_GLUED_INITIALS = re.compile(r"\b([A-Z])\.(?=[A-Z]\.)")


def spaced_initials(name: str) -> str:
    """A person's name with its dotted initials spaced, as most outlets write them:
    "S.P. Roe" -> "S. P. Roe", so that both spellings are one name."""
    return _GLUED_INITIALS.sub(r"\1. ", name)


#: Typographic apostrophes, as the plain one ("O’Keeffe" is "O'Keeffe").
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@functools.lru_cache(maxsize=1 << 16)  # names repeat within and across articles
def fold(text: str) -> str:
    """Return a matching key: accents removed, case folded, dots and hyphens as spaces.

    >>> fold("  José   MUJICA ")
    'jose mujica'
    >>> fold("U.S.") == fold("US")
    True
    >>> fold("Słubice")
    'slubice'
    >>> fold("O\u2019Keeffe") == fold("O'Keeffe")
    True
    """
    text = unicodedata.normalize("NFKD", text).translate(_APOSTROPHES)
    text = "".join(c for c in text if not unicodedata.combining(c))
    if not text.isascii():
        # Latin letters no accent removal reaches: "Przesył" is "Przesyl", "Øster" "Oster"
        text = "".join(map(latin_to_ascii, text))
    text = text.casefold().replace(".", "").replace("-", " ")
    return _SPACE.sub(" ", text).strip()


@functools.lru_cache(maxsize=4096)
def latin_to_ascii(char: str) -> str:
    """One character as ASCII letters when it is a Latin letter ("ł" -> "l", "ß" ->
    "ss", "æ" -> "ae", from the ``anyascii`` package); any other character unchanged
    (other scripts keep their letters: a name is matched as written, not as
    romanised)."""
    if char.isascii() or not char.isalpha() or "LATIN" not in unicodedata.name(char, ""):
        return char
    return anyascii(char) or char


#: The Thai public company's form ("Halvex Holdings Public Company Limited", "... Public
#: Co., Ltd."), of which cleanco strips all but "Public".
_PUBLIC_COMPANY = re.compile(r",?\s+Public\s+(?:Company|Co\.?),?\s+(?:Limited|Ltd\.?)$")
#: Mexico's "de C.V." (de capital variable) written after a form of company ("S.A.B.
#: de C.V.", "S. de R.L. de C.V."), which the form before it names alone.
_CAPITAL_VARIABLE = re.compile(r"(?<=\.)\s+de\s+C\.\s?V\.?$")
#: A legal form in brackets before another ("(Pvt.) Ltd.", "(Private) Limited", "(Pty)
#: Ltd", South Africa's "(Proprietary) Limited").
_BRACKETED_FORM = re.compile(r"\s*\(((?i:pvt|private|pty|proprietary)\.?)\)(?=\s+\w)")


@functools.lru_cache(maxsize=1 << 16)  # cleanco costs ~0.5 ms a call; names repeat
def base_name(name: str) -> str:
    """An organisation's name without its legal form: "Halvex Corp." -> "Halvex",
    "Samsung Electronics Co., Ltd." -> "Samsung Electronics".

    The legal forms of every country come from the maintained ``cleanco`` package
    ("Inc.", "Corp.", "Co.", "Ltd.", "PLC", "AG", "N.V.", "ASA", "LLC", ...), and the
    few it lacks from ``legal_forms.tsv`` ("S.A.C."). A name that is nothing but a legal
    form ("Company") is returned unchanged, and so is a place the gazetteer knows ("Novi
    Sad", whose "Sad" cleanco reads as "SAD").
    """
    # "Halvex Consultants (Pvt.) Ltd.": a bracketed form before the last one
    current = _BRACKETED_FORM.sub(r" \1", name).strip()
    current = _PUBLIC_COMPANY.sub("", current)  # cleanco leaves its "Public"
    # Mexico's "de C.V." (capital variable) after the form: "Grupo Halvex S.A.B. de C.V."
    current = _CAPITAL_VARIABLE.sub("", current)
    current = _without_leading_form(current)
    while True:
        stripped = _without_extra_form(_basename(current)).strip(" ,")
        if len(stripped) < 2 or stripped == current or _known_place(current):
            return current  # "Novi Sad": a town, though cleanco reads "SAD" as a form
        current = stripped


def _known_place(name: str) -> bool:
    """`kg.gazetteer.known_place`, asked only of a name that ends with a legal form."""
    from kg import gazetteer  # it imports this module

    return gazetteer.known_place(name)


def _basename(name: str) -> str:
    """``cleanco.basename(name)``, without its walk over every legal form when the name's
    last word ends none of them (most names: the walk is most of a call's 30 µs)."""
    from cleanco import basename  # light, but only the resolution stages need it
    from cleanco.clean import normalized, strip_punct, strip_tail

    ends = _legal_form_ends()
    if ends is not None:
        # What `basename` compares the forms with: the words of the normalised name.
        name = strip_tail(name)
        words = normalized(name).split()
        if words and strip_punct(words[-1]) not in ends:
            # No form matches the last words, so `basename` removes none.
            return str(strip_tail(" ".join(name.split())))
    return str(basename(name, terms=_cleanco_terms()))


@functools.cache
def _legal_form_ends() -> frozenset[str] | None:
    """The last word of each legal form `cleanco.basename` removes, as it compares them;
    None when a form has no words (then any name may end in one)."""
    terms = _cleanco_terms()
    if any(size < 1 or len(parts) != size for size, parts in terms):
        return None
    return frozenset(parts[-1] for _, parts in terms)


@functools.cache
def _legal_form_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of ``legal_forms.tsv``: a form, its country, and "first" for a form also
    written before the name."""
    from kg.lexicon import load_tsv  # kg.lexicon is light, but only names of companies need it

    return load_tsv("legal_forms.tsv")


@functools.cache
def _extra_legal_forms() -> frozenset[str]:
    """Legal forms ``cleanco`` lacks (``legal_forms.tsv``: "S.A.C."), lower case without
    dots."""
    return frozenset(row[0].casefold().replace(".", "") for row in _legal_form_rows())


def _without_extra_form(name: str) -> str:
    """``name`` without a last word that is a legal form ``cleanco`` lacks, written as
    forms are: with a dot or capitals ("FZE", "PJSC", "S.A.C."; not the family name
    "Pao" of "Ellen Pao")."""
    head, _, last = name.strip().rpartition(" ")
    if (
        head
        and last.casefold().replace(".", "") in _extra_legal_forms()
        and (
            "." in last
            or last.isupper()
            or any(c.isupper() for c in last[1:])
            or (last[:1].isupper() and last.casefold() in _WORD_FORMS)  # "Tbk", "Berhad"
        )
    ):
        return head
    return name


@functools.cache
def _leading_legal_forms() -> frozenset[str]:
    """Legal forms written before a company's name ("OOO", "PJSC", "TOV": the third
    column "first" of ``legal_forms.tsv``), as written."""
    return frozenset(row[0] for row in _legal_form_rows() if row[2:3] == ("first",))


def leading_legal_form(name: str) -> bool:
    """True when ``name`` starts with a legal form written before a company's name, in
    capitals, and goes on with a capitalised word: "OOO Halvex Re", "PJSC Severny"; not
    "Ooo Roe" or "OOO" alone."""
    first, _, rest = name.strip().partition(" ")
    if first in _INITIALS_TOO and not (len(rest.split()) > 2 or rest.split()[-1:] == ["Tbk"]):
        return False  # "PT Halvex Nikel Tbk", not "PT Anil Roe" (a person's initials)
    return first in _leading_legal_forms() and rest[:1].isupper()


#: Forms written first that are also a person's initials ("PT Anil", Indian initials
#: before a name): a company's only before three words or more, or with its "Tbk".
_INITIALS_TOO = frozenset({"PT"})


def _without_leading_form(name: str) -> str:
    """``name`` without a legal form written before it ("PJSC Severny" -> "Severny")."""
    return name.strip().partition(" ")[2].strip() if leading_legal_form(name) else name


@functools.cache
def legal_form_words() -> frozenset[str]:
    """The one-word legal forms of companies ("co", "corp", "inc", "ltd", "ag", "gmbh",
    ...), lower case without dots, from the ``cleanco`` data `base_name` strips and
    ``legal_forms.tsv``."""
    found = frozenset(parts[0] for size, parts in _cleanco_terms() if size == 1)
    return found | _extra_legal_forms()


@functools.cache
def _cleanco_terms() -> list[tuple[int, list[str]]]:
    """The legal forms of ``cleanco``'s data, as `cleanco.basename` takes them, less
    the words English news writes after a company's name for something else
    (``not_legal_forms.tsv``: "Halvex UK" is a unit of "Halvex")."""
    from cleanco.clean import prepare_default_terms

    from kg.lexicon import load_tsv

    not_forms = {row[0].casefold().replace(".", "") for row in load_tsv("not_legal_forms.tsv")}
    return [
        (size, parts)
        for size, parts in prepare_default_terms()
        if not (size == 1 and parts[0] in not_forms)
    ]


#: Legal forms written as a capitalised word ("Inc", "Co"); any other form counts only
#: with a dot or capitals inside ("S.A.", "a.s.", "AG", "GmbH"): cleanco also strips
#: words that are parts of people's names ("Sha").
_WORD_FORMS = frozenset(
    {"inc", "ltd", "corp", "co", "llc", "llp", "plc", "limited", "corporation", "company"}
    | {"incorporated", "bhd", "berhad", "tbk"}
    | {"lda", "ltda", "oyj"}  # Portuguese, Brazilian and Finnish companies
)
#: Legal forms British and Icelandic companies write in lower case ("Halvex plc",
#: "Halvex hf"), which are no words of a name.
_LOWER_FORMS = frozenset({"plc", "hf", "ehf"})
#: Letters after a person's name that cleanco also reads as legal forms: Senior, Queen's
#: and King's Counsel ("Jane Roe SC").
_POSTNOMINALS = frozenset({"sc", "qc", "kc"})


def written_legal_form(name: str) -> bool:
    """True when ``name`` ends with a company's legal form (`base_name` strips it)
    written as companies write it, after a space or a comma: with a dot, in capitals,
    with a capital inside, one of `_WORD_FORMS` capitalised ("Halvex GmbH", "Halvex
    a.s.", "Halvex, Inc.") or one of `_LOWER_FORMS` ("Halvex plc"); not "Halvex as" or
    "Halvex co" (words), a word of a person's name cleanco also strips ("Nabil Sha"),
    nor a counsel's letters ("Jane Roe SC")."""
    if leading_legal_form(name):
        return True  # "OOO Halvex Re", "PJSC Severny"
    base = base_name(name)
    rest = name[len(base) :] if base != name and name.startswith(base) else ""
    # "Halvex Inc" or "Halvex, Inc.": a space or a comma before the form
    form = rest.lstrip(" ,") if rest[:1] in (" ", ",") else ""
    words = form.split()  # none when only whitespace follows ("France \t")
    last = words[-1] if words else ""
    if not any(c.isalpha() for c in form) or last.casefold().strip(".") in _POSTNOMINALS:
        return False
    # a dot inside ("a.s.", "S.A.") or ending a short form ("Co."); not a sentence's
    # full stop after a word ("a Dallas company.")
    dotted = "." in form.rstrip(".") or (form.endswith(".") and len(last.rstrip(".")) <= 4)
    return (
        dotted
        or (len(last) >= 2 and last.isupper())
        or any(c.isupper() for c in last[1:])
        or (last[:1].isupper() and last.rstrip(".").lower() in _WORD_FORMS)
        or last in _LOWER_FORMS
    )


def is_legal_form(word: str) -> bool:
    """True for a company's legal form written as one word: "Co.", "Corp", "AG", "GmbH"."""
    return word.casefold().replace(".", "") in legal_form_words()


@functools.lru_cache(maxsize=1 << 16)  # asked of every organisation's name, again and again
def organisation_key(name: str) -> str:
    """Matching key of an organisation, place or group: `fold` of its `base_name`, so
    "Halvex Corp." and "Halvex" are one name, with single letters in a row as one word
    ("J. P. Halvex" and "J.P. Halvex": "jp halvex")."""
    return _SINGLE_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), fold(base_name(name)))


#: Two or more one-letter words in a row ("j p" of "j p halvex").
_SINGLE_LETTERS = re.compile(r"\b\w(?: \w\b)+")

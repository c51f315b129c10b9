"""Name and type helpers shared by the within-document and the corpus stage."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from kg import gazetteer
from kg.lexicon import title_words
from kg.model import EntityType
from kg.relations.lexicon import place_nouns, trade_words

#: Tie-break of the type vote: the first of these among the most frequent types wins.
TYPE_PRIORITY: tuple[EntityType, ...] = ("PERSON", "GPE", "ORG", "NORP", "FAC", "LOC")


def vote_type(types: Counter[EntityType]) -> EntityType:
    """The most frequent entity type, ties broken by `TYPE_PRIORITY`; ORG when none."""
    if not types:
        return "ORG"
    best = max(types.values())
    for label in TYPE_PRIORITY:
        if types.get(label) == best:
            return label
    return sorted(k for k, v in types.items() if v == best)[0]


def best_name(names: Counter[str]) -> str:
    """The fullest form ("Angela Merkel" over "Merkel"; a hyphen parts words: "Hamad
    al-Dhaleen" over "Al Dhaleen"), then the most frequent."""
    return sorted(names, key=lambda n: (-len(_WORD_PARTS.split(n)), -names[n], n))[0]


_WORD_PARTS = re.compile(r"[\s-]+")


def trade_name(words: Sequence[str]) -> bool:
    """True for a company's folded name of one word and a word of its trade ("halvex
    computer": ``trade_words.tsv``), whose first word alone is often the company."""
    return len(words) == 2 and words[1] in trade_words()


@lru_cache(maxsize=1 << 16)  # asked of every word of every name, again and again
def is_acronym(name: str) -> bool:
    """True for "NATO", "U.S.", "G20", "BoM": two to eight capitals, digits or dots; a
    lower-case letter only between two capitals (the short word of "Bank of Halden";
    "McTavish" and "MacLeod" are no acronyms)."""
    return bool(re.fullmatch(r"[A-Z](?:[A-Z0-9&.\-]|[a-z](?=[A-Z])){1,7}", name)) and not (
        name.isdigit()
    )


#: Short English words initials leave out ("Bank of Halden" is "BH").
SHORT_WORDS = ("of", "the", "and", "for", "on", "in")
#: An elided article written onto its noun, in lower case ("l'Afrique", "d'Ivoire"; not
#: "D'Arcy").
_ELIDED = re.compile(r"^(?:[ld]|dell|dall|nell|sull)['\u2019](?=\w\w)")


def _name_words(name: str) -> list[str]:
    """A name's words for its initials: split at spaces and hyphens, a French or Italian
    article elided before its noun taken off ("Banque Centrale des États de l'Afrique de
    l'Ouest" is "BCEAO")."""
    return [_ELIDED.sub("", w) for w in re.split(r"[\s-]+", name) if w]


def _initial(word: str) -> str:
    """What a word gives a name's initials: a number or an acronym whole, else its first
    letter without its accent ("É" -> "E": acronyms drop them)."""
    if word.isdigit():
        return word
    return acronym_key(word) if is_acronym(word) else unicodedata.normalize("NFKD", word[0])[0]


@lru_cache(maxsize=1 << 16)  # asked of every name of two words or more in every article
def initials(name: str, keep_short: bool = False) -> str:
    """Initials of a name, numbers and acronyms kept whole: "Group of 7" -> "G7",
    "U.S. Fisheries Board" -> "USFB".

    Args:
        name: The name.
        keep_short: Also spell the short words ("Vision In Motion" -> "VIM" rather
            than "VM").
    """
    short = () if keep_short else SHORT_WORDS
    return "".join(
        _initial(w)
        for w in _name_words(name)
        if w.lower() not in short
        and (w[0].isupper() or w.isdigit() or (keep_short and w.lower() not in ("the", "and")))
    )


#: Articles, prepositions and conjunctions of French, Spanish, Portuguese, Italian and
#: English that acronyms leave out ("Mouvement pour la renaissance nationale" is "MRN";
#: "Food and Drug Administration" has no lower-case word to spell).
_ROMANCE_LINKS = frozenset(
    """de des du la le les et pour en au aux à a del della delle dei degli di da do dos
    das e y el los las por para per con sur""".split()
) | frozenset(SHORT_WORDS)


def sentence_case_initials(name: str) -> str:
    """Initials of a name written in sentence case, as French and Spanish write the
    names of bodies: every word but the articles, prepositions and conjunctions
    ("Mouvement pour la renaissance nationale" -> "MRN", "Parti de l'Aube démocratique"
    -> "PAD"), or "" for a name with no lower-case word to spell (`initials` spells it).
    """
    kept = [w for w in _name_words(name) if w.lower() not in _ROMANCE_LINKS]
    if not any(w[0].islower() for w in kept):
        return ""
    return "".join(_initial(w).upper() if w[0].islower() else _initial(w) for w in kept)


@lru_cache(maxsize=1 << 16)  # asked of every name, again and again
def has_acronym(name: str) -> bool:
    """True when a word of the name is an acronym other than a country's ("KLX" in "KLX
    Airways", "HVL" in "HVL Europe"; not "U.S." in "U.S. Fisheries Board"): no person's name, and
    not spelled by its initials."""
    return any(
        is_acronym(w)
        and sum(c.isalpha() for c in w) >= 2  # not an initial ("R.")
        and not re.fullmatch(r"[IVX]+\.?", w)  # nor a generation ("III")
        and gazetteer.lookup_country(w) is None
        for w in name.split()
    )


def initials_led(name: str) -> bool:
    """True for a person's name led by two initials written together ("JJ Roe", "J.J.
    Roe"): two capitals, dotted or not, then one capitalised word that is no acronym nor
    a place ("KN Lagos": a body's branch); not before two words ("AP Halvex Marlo").

    Only for a name already typed PERSON: alone, "BP Smith" could be either.
    """
    first, *rest = name.split() or [""]
    return (
        re.fullmatch(r"[A-Z]\.?[A-Z]\.?", first) is not None
        and first.replace(".", "").lower() not in title_words()  # "GM X": a title
        and len(rest) == 1  # not "AP Halvex Marlo", a company's name
        and all(w[:1].isupper() and not is_acronym(w) for w in rest)
        and not gazetteer.known_place(" ".join(rest))
    )


def acronym_in_a_persons_name(name: str) -> bool:
    """True when a name typed PERSON holds an acronym that is no pair of initials
    (`has_acronym`, `initials_led`): "HVL Europe", not "JJ Roe"."""
    return has_acronym(name) and not initials_led(name)


def acronym_key(name: str) -> str:
    """An acronym without dots, hyphens and ampersands ("U.S." -> "US")."""
    return re.sub(r"[.\-&]", "", name)


def accents(text: str) -> int:
    """Number of non-ASCII characters (a spelling with diacritics is the careful one)."""
    return sum(1 for c in text if ord(c) > 127)


def names_place(words: Sequence[str]) -> bool:
    """True when the leading words of a name start with a country, demonym or city."""
    for size in (2, 1):
        head = " ".join(words[:size])
        if len(words) >= size and gazetteer.is_place(head):
            return True
    return False


#: Words after a place's name that say the body is the whole place's ("Kenyan National
#: Congress", "Kenyan Federal Senate").
_WHOLE_PLACE = frozenset({"national", "federal"})


def is_place_words(words: Sequence[str]) -> bool:
    """True when the words are a place's name, with any words for a kind of place after
    it (``place_nouns.tsv``, class place) or "National"/"Federal": "Halden", "Kenya
    State", "Kenyan National"; not "Kenya Revenue", a place and the start of a body's
    own name."""
    for size in (3, 2, 1):
        if len(words) >= size and gazetteer.is_place(" ".join(words[:size])):
            kinds = place_nouns()
            return all(
                kinds.get(w.lower()) == "place" or w.lower() in _WHOLE_PLACE for w in words[size:]
            )
    return False

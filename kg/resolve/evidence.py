"""Evidence about who a person is: gender cues, titles, salience.

Shared by the within-document stage (a partial name joins the nearest *compatible*
full name; a pronoun skips an antecedent of the other gender) and the corpus stage (a
lone surname joins the bearer whose evidence fits). Cues come from the text only:
honorifics and gendered titles or kin words (`kg/lexicon/gender.tsv`), titles
(`kg.mentions.role_class`), the pronouns resolved to a person and the usual gender of a
given name (`given_name_gender`, from the ``gender-guesser`` package's name data).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Literal

from gender_guesser.detector import Detector

from kg.lexicon import flagged_titles, gender_words, load_tsv
from kg.resolve.persons import is_given_name, written_family_first

#: A person's gender as the text states it; "" when it does not, or contradicts itself.
Gender = Literal["", "female", "male"]

#: An honorific or a gendered title counts this many pronouns: it is said of the name
#: itself, while a pronoun was resolved to it by a heuristic.
CUE_WEIGHT = 3
#: One side's weighted count must exceed the other's this many times to decide.
GENDER_MARGIN = 2.0
#: A surname with no gendered word of its own is kept from the article's one bearer of
#: it by the pronouns resolved to each only when it has at least this many.
UNSAID_PRONOUNS = 2


#: Kin words that make a person someone's relative in the text ("his son, X Jr.", "His
#: father, X"): such a name is not the bare name of another generation.
KIN_WORDS = frozenset(
    {"son", "daughter", "father", "mother", "wife", "husband", "brother", "sister"}
)
#: The descriptor of a full name after a child's "of" ("the son of Roger Roe":
#: `kg.mentions.descriptor`): evidence of kin only, no title a lone surname's title
#: could clash with ("Minister Roe" may be the parent).
PARENT = "parent"


def cue_gender(word: str, kind: str) -> Gender:
    """Gender said by one honorific ("Mrs") or noun ("wife"); "" for none."""
    found = gender_words(kind).get(word.lower().rstrip("."), "")
    return "female" if found == "female" else "male" if found == "male" else ""


@cache
def _given_names() -> Detector:
    return Detector(case_sensitive=False)  # reads its name list once, about 0.2 s


@lru_cache(maxsize=1 << 14)  # asked of every full name's mention
def given_name_gender(given: str) -> Gender:
    """The gender a given name is borne by ("Grace" female, "Samuel" male), from the
    ``gender-guesser`` package's lists of first names of many countries; "" where the
    name is unknown, or borne by both ("Kim", "Sung", "Robin": its "andy" and "mostly"
    answers), so that only a clear name counts as a cue.
    """
    found = _given_names().get_gender(given.capitalize())
    return "female" if found == "female" else "male" if found == "male" else ""


#: ``gender-guesser`` answers that list a name in a country.
_LISTED = frozenset({"male", "female", "mostly_male", "mostly_female"})


@lru_cache(maxsize=1 << 14)
def arabic_given_name(word: str) -> bool:
    """True for a folded word that the ``gender-guesser`` lists give as a first name in
    Arab countries ("khaled", "nadia", "bassam"), or that starts a name with "Abd" or "Abu"
    ("abdelnour", "abu"): a name `kg.resolve.persons.arabic_spelling` may spell."""
    if word.startswith(("abd", "abu", "abou")):
        return True
    return _given_names().get_gender(word.capitalize(), "arabia") in _LISTED


#: The ``gender-guesser`` answers of either gender, by gender.
_LEANING: dict[str, Gender] = {
    "male": "male",
    "mostly_male": "male",
    "female": "female",
    "mostly_female": "female",
}


@lru_cache(maxsize=1 << 14)
def clear_given_name_gender(given: str) -> Gender:
    """`given_name_gender` where no country's list gives the name to the other gender:
    "Tom" male, "Kate" female; "" for "Andrea" and "Michele", men's names in Italy and
    women's elsewhere, and for "Jean"."""
    found = given_name_gender(given)
    if not found:
        return ""
    detector = _given_names()
    name = given.capitalize()
    other = any(
        _LEANING.get(detector.get_gender(name, country), found) != found
        for country in detector.COUNTRIES
    )
    return "" if other else found


def known_given_name(word: str) -> bool:
    """True for a word the name data know as a given name ("tomas", "grace"): the
    ``nicknames`` data or the given-name lists (`given_name_gender`)."""
    return is_given_name(word.lower()) or bool(given_name_gender(word))


#: Words that start an Arabic kunya, a name after one's child ("Abu Faisal": father of
#: Faisal; "Umm Layla": mother of Layla).
_KUNYA_WORDS = frozenset({"abu", "abou", "umm", "um"})


def is_kunya(name: str) -> bool:
    """True for a folded two-word name that is a kunya: "abu"/"umm" and a given name
    ("abu faisal"). Its second word is the child's given name, never the bearer's family
    name: "Faisal" alone is not Abu Faisal. Not "abu sesay", a given name "Abu" and a
    family name."""
    words = name.split()
    return len(words) == 2 and words[0] in _KUNYA_WORDS and known_given_name(words[1])


def may_be_family_first(name: str) -> bool:
    """`kg.resolve.persons.written_family_first`, but a two-word name led by a given
    name the name data know reads given name first ("ali qorvan"; "xi jinping" may be
    either)."""
    words = name.split()
    return written_family_first(name) and not (len(words) == 2 and known_given_name(words[0]))


def decide_gender(female: int, male: int, she: int = 0, he: int = 0) -> Gender:
    """The gender the cues and pronouns agree on, or "" when they are absent or mixed.

    Args:
        female: Female honorifics and titles said of the person.
        male: Male honorifics and titles.
        she: "she"/"her" resolved to the person.
        he: "he"/"his" resolved to the person.
    """
    f = CUE_WEIGHT * female + she
    m = CUE_WEIGHT * male + he
    if f and f > GENDER_MARGIN * m:
        return "female"
    if m and m > GENDER_MARGIN * f:
        return "male"
    return ""


def clash(a: Gender, b: Gender) -> bool:
    """True when two known genders differ."""
    return bool(a and b and a != b)


def title_head(title: str) -> str:
    """The head word of a title, lower case and without its dot: "Deputy Foreign
    Minister" -> "minister", "Secretary of State" -> "secretary", "Sen." -> "sen"."""
    words = title.lower().split()
    if "of" in words:
        words = words[: words.index("of")]
    return words[-1].rstrip(".") if words else ""


@cache
def _office_words() -> dict[str, str]:
    """Head word -> the office it names (``title_synonyms.tsv``)."""
    return {row[0]: row[1] for row in load_tsv("title_synonyms.tsv")}


def office_head(title: str) -> str:
    """The office a title names, by its head word (`title_head`), one word for each way
    of writing it: "Sen." and "Senator" -> "senator", "congresswoman" and "Rep." ->
    "representative", "CEO" and "chief executive" -> "executive"."""
    head = title_head(title)
    return _office_words().get(head, head)


def _styles() -> frozenset[str]:
    """Forms of address that go with any office ("dr", "cllr": ``titles.tsv``)."""
    return flagged_titles("style")


def style_key(title: str) -> str:
    """The key of a form of address that goes with any office ("Dr." -> "dr", "Pr",
    "Cllr": ``titles.tsv``), "" for an office of its own ("President") or any other word."""
    key = title.lower().rstrip(".")
    return key if key in _styles() else ""


def titles_clash(titles: Iterable[str], known: Iterable[str]) -> bool:
    """True when a partial name's titles contradict what is known of a bearer.

    A title contradicts a bearer that was given titles or descriptors ("first lady",
    "son") none of which shares its head word: "President X" does not join the first
    lady of that surname. Heads are compared as offices (`office_head`): "Sen. X" fits
    "Senator Jane X". A bearer known by no title fits any title, and a form of address
    fits any bearer ("Dr. X" and "Attorney General Jane X").

    Args:
        titles: Titles written with the partial name ("President").
        known: The bearer's titles and descriptors.
    """
    heads = {office_head(t) for t in titles} - {""} - _styles()
    known_heads = {office_head(t) for t in known} - {""} - _styles()
    return bool(heads and known_heads and not heads & known_heads)

"""People's names: given name, middle names, family name and generational suffix.

Works on folded names (`kg.names.fold`: "robert s mueller iii"), the form the group keys
hold. Decides when two full names are one person:

* middle initials and names agree or are left out ("Robert S. Mueller" = "Robert
  Mueller" = "Robert Swan Mueller"; "Robert S. Mueller" != "Robert T. Mueller");
* a given name written as an initial before the middle name used daily ("W. Mark
  Felt" = "Mark Felt");
* generational suffixes: "Jr."/"II" never equal the bare name or "Sr." (father and son);
  the bare name equals "Sr." and, when the corpus has no other generation of that name,
  "III"/"IV" ("Robert Hale" = "Robert S. Hale III", "Donald Reed" != "Donald
  Reed Jr.");
* nicknames of given names from the maintained `nicknames` dataset ("Bill"/"William",
  "Rick"/"Richard", "Bob"/"Robert") and the few it lacks (``nicknames.tsv``:
  "Mo"/"Morris"), only when the nickname fits exactly one of the given names the
  corpus has for that family name (`NicknameIndex`);
* transliterations: first names alike ("Nicholas"/"Nicolas"), or surnames alike under
  the same first name ("Zelensky"/"Zelenskyy").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from nicknames import NickNamer
from rapidfuzz import fuzz

from kg import gazetteer
from kg.lexicon import gender_words, load_tsv
from kg.names import fold

#: How alike two first names must be (rapidfuzz ratio) for "Nicholas"/"Nicolas".
FIRST_NAME_SIMILARITY = 80.0
#: How alike two surnames must be when the first names are identical
#: ("Volodymyr Zelensky"/"Volodymyr Zelenskyy").
SURNAME_SIMILARITY = 88.0

#: Particles written before a family name that belong to it ("van der Wiel", "de la
#: Cruz", "von Alsleben"), folded: the lone surname is "van der wiel", not a given name
#: "van". ("al-" is written joined to the name.)
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das"}
    | {"ter", "ten", "la", "le", "bin", "ibn"}
)

#: The Arabic article before a family name ("Hamad al-Dhaleen", "Omar el-Kessim"): a
#: particle only after a given name, since "Al" alone first is a given name ("Al Roe").
ARTICLE_PARTICLES = frozenset({"al", "el"})

#: Words that are a courtesy title before a given name in one country and a given name
#: in another: Ethiopia's "Ato" (Mr.; "Ato Tesfaye Abebe" is Tesfaye, son of Abebe) and
#: Ghana's given name "Ato" ("Ato Quaye" is "Ato Kwamena Quaye"). Where an article names
#: Ethiopia or Eritrea (`TITLE_COUNTRIES`), a full name they lead is one person only
#: with the same words before the last ("Ato Abebe" is the father of "Ato Tesfaye
#: Abebe"; `title_led_apart`).
TITLE_OR_GIVEN = frozenset({"ato"})
#: The countries whose articles write `TITLE_OR_GIVEN` as a title.
TITLE_COUNTRIES = frozenset({"ETH", "ERI"})


def title_led_apart(a: PersonName, b: PersonName) -> bool:
    """True when two names led by a word of `TITLE_OR_GIVEN`, read as a title, are two
    people: the words after it differ before the last ("Ato Abebe" beside "Ato Tesfaye
    Abebe", his son; not "Ato Kessa" beside "Ato Kessa Tolosa")."""
    titled = a.given in TITLE_OR_GIVEN or b.given in TITLE_OR_GIVEN
    return titled and (a.given, a.middle) != (b.given, b.middle)


#: Generational suffixes (folded) and the generation they name; "jr"/"ii" are the son,
#: as are the Portuguese "Filho" and the Spanish "hijo" ("Antônio Roe Filho", "Octavio
#: Roe hijo").
SUFFIXES = {
    "jr": "jr",
    "jnr": "jr",
    "ii": "jr",
    "filho": "jr",
    "hijo": "jr",
    "sr": "sr",
    "snr": "sr",
    "iii": "iii",
    "iv": "iv",
}
#: Suffixes of a generation only after a given and a family name: the Portuguese
#: "Júnior" ("Fernando Roe Júnior"), a footballer's name after a given name alone
#: ("Marlo Júnior", called "Júnior"). Not "Neto" (grandson), a family name after two
#: given names too ("João Pedro Neto").
_AFTER_A_FULL_NAME = {"junior": "jr"}


def generation_suffix(words: Sequence[str]) -> str:
    """The generation a folded name's last word names ("jr" of "antonio roe filho" and
    of "fernando roe junior"; `SUFFIXES`), or ""."""
    if len(words) > 1 and words[-1] in SUFFIXES:
        return SUFFIXES[words[-1]]
    if len(words) > 2:
        return _AFTER_A_FULL_NAME.get(words[-1], "")
    return ""


@dataclass(frozen=True, slots=True)
class PersonName:
    """A folded personal name in parts.

    Attributes:
        given: The given name used ("mark" in "w mark felt"), or "" for a lone surname.
        middle: Middle names and initials ("s" in "robert s mueller").
        family: The family name (last word before any suffix).
        suffix: Generation: "jr", "sr", "iii", "iv" or "".
    """

    given: str
    middle: tuple[str, ...]
    family: str
    suffix: str
    #: A nickname written in quotes inside the name ('"pepito"'), as evidence only.
    nickname: str = ""

    @property
    def base(self) -> tuple[str, str]:
        """Given and family name: the name without middle parts and suffix."""
        return (self.given, self.family)

    @property
    def generation_alone(self) -> bool:
        """A family name with its generation and no given name ("x jr")."""
        return bool(self.suffix) and not self.given


#: Words before a father's name in Arabic and Malay names ("Khalid bin Saeed al-Kessimi",
#: "Noraini binti Hashim").
PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})


def personal_name(words: Sequence[str], written: str) -> Sequence[str]:
    """The words of a full name before its father's name when they are two or more and
    "bin" or "binti" is written in lower case ("ahmad zahir" of "Ahmad Zahir bin
    Osman"; not "Bin Laden", a family name, nor "Khalid bin Osman", whose one word
    alone is a given name); else nothing."""
    as_written = written.split()
    cut = next((k for k, w in enumerate(words) if w in PATRONYMIC), 0)
    if cut < 2 or len(as_written) != len(words) or as_written[cut] not in PATRONYMIC:
        return ()
    return words[:cut]


def own_words(words: Sequence[str]) -> list[str]:
    """A full name's words without a father's name after "bin" ("khalid bin saeed al
    kessimi": "Saeed" alone is the father, not Khalid)."""
    return [w for k, w in enumerate(words) if k == 0 or words[k - 1] not in PATRONYMIC]


#: Quotation marks around a nickname written inside a full name.
_QUOTES = "\"'\u201c\u201d\u2018\u2019"


def _without_quoted(words: list[str]) -> tuple[list[str], str]:
    """A name's words without a nickname in quotes, and that nickname ('jose miguel
    "migs" arevalo' -> jose miguel arevalo, "migs"; '"jun jun"' folded from "Jun-Jun" is
    one nickname), unless nothing would be left."""
    kept: list[str] = []
    quoted: list[str] = []
    run: list[str] = []  # the words of a quotation not yet closed
    for word in words:
        if not run and word[:1] in _QUOTES and len(word) > 1 and word[-1:] in _QUOTES:
            quoted.append(word)  # '"migs"'
            continue
        if run or word[:1] in _QUOTES:
            run.append(word)
            if word[-1:] in _QUOTES:
                quoted += run  # '"jun jun"': closed, left out
                run = []
            continue
        kept.append(word)
    kept += run  # a quotation never closed ('pakorn "tong', the NER's cut) is kept
    if not kept:
        return words, ""
    return kept, " ".join(w.strip(_QUOTES) for w in quoted)


@lru_cache(maxsize=1 << 16)  # asked again for every mention and merge of a name
def parse_person(name: str) -> PersonName:
    """Split a folded name: "robert s mueller iii" -> given robert, middle (s,), family
    mueller, suffix iii; "nyenpan jr" -> lone family name with suffix jr; "van der wiel"
    -> lone family name with its particles (`PARTICLES`)."""
    words, nickname = _without_quoted(name.split())
    if len(words) > 1 and words[0] in gender_words("honorific"):
        words = words[1:]  # "mrs dorbor": the label of a lone surname with its honorific
    suffix = generation_suffix(words)
    if suffix:
        words = words[:-1]
    start = len(words) - 1
    while start > 0 and (
        words[start - 1] in PARTICLES or (start > 1 and words[start - 1] in ARTICLE_PARTICLES)
    ):
        start -= 1  # "maarten van der wiel": the family name is "van der wiel"
    family = " ".join(words[start:])
    if start == 0:
        return PersonName("", (), family, suffix, nickname)
    given, middle = words[0], tuple(words[1:start])
    if len(given) == 1 and middle and len(middle[0]) > 1:
        given, middle = middle[0], (words[0], *middle[1:])  # "w mark felt": goes by Mark
    return PersonName(given, middle, family, suffix, nickname)


@cache
def nick_namer() -> NickNamer:
    """The ``nicknames`` data, loaded once per process."""
    return NickNamer()


@cache
def extra_nicknames() -> dict[str, frozenset[str]]:
    """Nicknames the ``nicknames`` data lacks, from ``nicknames.tsv``, both ways: each
    nickname with its given names and each given name with its nicknames."""
    found: dict[str, set[str]] = {}
    for nickname, names in load_tsv("nicknames.tsv"):
        for name in names.split():
            found.setdefault(nickname, set()).add(name)
            found.setdefault(name, set()).add(nickname)
    return {word: frozenset(forms) for word, forms in found.items()}


@cache
def family_spellings() -> dict[str, int]:
    """Each spelling of a family name romanised several ways (``family_spellings.tsv``)
    -> the number of its line."""
    return {
        word: n
        for n, (words,) in enumerate(load_tsv("family_spellings.tsv"))
        for word in words.split()
    }


def family_first_spelled_alike(a: PersonName, b: PersonName) -> bool:
    """Two names written family name first with one given name of two syllables ("lee tae
    rong", "yi tae rong", folded), whose family names are one name romanised two ways
    (`family_spellings`): read given name first, their first words are spellings of one
    line and their middle words the same (the caller pairs names of one last word)."""
    spellings = family_spellings()
    line = spellings.get(a.given)
    return (
        len(a.middle) == 1
        and a.middle == b.middle
        and line is not None
        and spellings.get(b.given) == line
    )


@lru_cache(maxsize=1 << 16)  # asked of every word of every person name; words are open-ended
def is_given_name(word: str) -> bool:
    """True for a given name the ``nicknames`` data knows ("lydia", "bill"). A name it
    does not know may still be one (it lists names that have nicknames), so False is
    no evidence of anything.

    Args:
        word: A word, lower case.
    """
    namer = nick_namer()
    return bool(namer.nicknames_of(word) or namer.canonicals_of(word) or word in extra_nicknames())


@lru_cache(maxsize=1 << 16)  # given names are open-ended
def nickname_forms(given: str) -> frozenset[str]:
    """The given name with every name it is a nickname of or has as a nickname."""
    namer = nick_namer()
    return frozenset(
        {
            given,
            *namer.nicknames_of(given),
            *namer.canonicals_of(given),
            *extra_nicknames().get(given, ()),
        }
    )


def city_not_person(name: str, located: bool) -> bool:
    """True when a name the NER typed as a person's is a city's ("Bandar Lampung"): a city of
    two words or more that the gazetteer knows, whose first word is no given name the
    nickname data knows, or that its article writes after a preposition of place
    (``located``: "in Ann Arbor"). Its last word is then no family name ("Lampung").

    Args:
        name: The name the NER typed as a person's, as written.
        located: Whether its article writes it after a preposition of place.
    """
    words = name.split()
    if len(words) < 2 or gazetteer.country_of_city(name) is None:
        return False
    return located or not is_given_name(fold(words[0]))


class NicknameIndex:
    """Which given names the corpus uses with each family name, for nickname matches.

    "Bill" matches "William" under one family name only when no other given name used
    with that family name also has "Bill" as a nickname ("Robert" does too).
    """

    def __init__(self, names: Iterable[PersonName]) -> None:
        self._given: dict[str, set[str]] = {}
        for n in names:
            if n.given:
                self._given.setdefault(n.family, set()).add(n.given)

    def same_given(self, a: str, b: str, family: str) -> bool:
        """True when ``a`` and ``b`` are one given name, or a nickname of it, and the
        nickname fits no other given name used with ``family``. A third form of the
        same name is no other ("Dick" beside "Rick" and "Richard": all three are one
        Richard), a name only one of the two may stand for is ("Robert" beside "Bill"
        and "William")."""
        if a == b:
            return True
        if b not in nickname_forms(a):
            return False
        used = self._given.get(family, set())
        return not any(
            other not in (a, b) and (a in nickname_forms(other)) != (b in nickname_forms(other))
            for other in used
        )


def _gendered_pair(a: str, b: str) -> bool:
    """True for a man's and a woman's form of one given name, which differ in the last
    letters ("paul"/"paula", "mario"/"maria", "alexander"/"alexandra", "anton"/
    "antonia"), not spellings of one name ("nicholas"/"nicolas")."""
    if a == b:
        return False
    short, long = sorted((a, b), key=len)
    if len(long) == len(short) + 1 and long.startswith(short):
        return long[-1] in "ae"
    if long == short + "ia":
        return True  # "anton"/"antonia", "victor"/"victoria"
    if len(a) == len(b) and a[:-1] == b[:-1]:
        return {a[-1], b[-1]} <= set("aeo")
    return a[:-2] == b[:-2] and {a[-2:], b[-2:]} in ({"er", "ra"}, {"an", "na"})


def middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree: one side has none, or they match word for word, an initial
    standing for a name that starts with it, or the longer has initials more and its
    other words are the shorter's ("a", "marlo" and "marlo": "Tomás A. Marlo Ortega",
    whose first family name Spanish news writes with and without his middle initial).
    Not where the shorter has initials only ("h", "w" and "w": a father and his son,
    "George H. W. Roe" and "George W. Roe"), nor with an initial for a word ("h", "w"
    and "walker")."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return _initials_more(a, b) or _initials_more(b, a)
    return all(
        x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a, b, strict=True)
    )


def _initials_more(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when ``longer`` is ``shorter`` with initials put in, and ``shorter`` has a
    word that is no initial (see `middles_agree`)."""
    if len(longer) <= len(shorter) or all(len(w) == 1 for w in shorter):
        return False
    matched = 0
    for word in longer:
        if matched < len(shorter) and word == shorter[matched]:
            matched += 1
        elif len(word) != 1:
            return False
    return matched == len(shorter)


def suffixes_agree(a: str, b: str, other_generations: bool) -> bool:
    """Generations agree: equal; or one bare and the other "sr"; or one bare and the other
    "iii"/"iv" when the corpus names no other generation of the name."""
    if a == b:
        return True
    if a and b:
        return False
    written = a or b
    return written == "sr" or (written in ("iii", "iv") and not other_generations)


#: Endings of East Slavic family names, and of Turkic and Caucasian ones written the
#: Russian way ("Berestovsky", "Berestovska", "Horbenko", "Tkachuk", "Boravets",
#: "Petrovich"), whose letters outlets transliterate in different ways. Not "-ich" or
#: "-etz" alone ("Dietrich", "Metz"), and five letters or more ("Ko").
_SLAVIC_FAMILY = re.compile(
    r"(?:sk(?:y|yi|yy|iy|ii|ij|i|a|aya|aia)|ck(?:i|a)|enko|ko|chuk|uk|ov|ova|ev|eva|vets|vetz"
    r"|vich|vych)$"
)
#: Endings of Ukrainian family names, whose "h" Russian spellings write "g" ("Horbenko",
#: "Gorbenko"; "Hnatiuk", "Gnatyuk"); Polish names keep "h" and "g" apart ("Horski",
#: "Gorski").
_UKRAINIAN_FAMILY = re.compile(r"(?:ko|uk)$")
#: How alike two given names must be once spelled one way (`_given_spelling`): closer
#: than `FIRST_NAME_SIMILARITY`, so "Ilham" and "Ilgar" stay two names.
TRANSLITERATED_SIMILARITY = 88.0


@lru_cache(maxsize=1 << 14)  # asked for both names of every pair compared
def slavic_family(family: str) -> bool:
    """True for a folded family name of one word with an East Slavic ending
    (`_SLAVIC_FAMILY`): "berestovskyi", "horbenko", "boravetz"; not "hill", "dietrich",
    "metz" or "ko"."""
    return " " not in family and len(family) >= 5 and bool(_SLAVIC_FAMILY.search(family))


def _one_spelling(letters: str, h_is_g: bool = True) -> str:
    """Folded letters with those transliterations write differently made one: "x" and
    "ks"; "y", "j" and "i"; with ``h_is_g``, the Ukrainian "h" and the Russian "g" (not
    in "kh", "zh", "sh", "ch": "Khromov" is not "Gromov")."""
    letters = letters.replace("x", "ks")
    if h_is_g:
        letters = re.sub(r"(?<![kzcs])h", "g", letters)
    return letters.replace("y", "i").replace("j", "i")


@lru_cache(maxsize=1 << 14)  # asked for every pair of names a family-name bucket holds
def transliterated(word: str) -> str:
    """One spelling of a folded East Slavic family name, whichever way an outlet
    transliterated it: "berestovskyi", "berestovskiy", "berestovskyy" and "berestovsky" ->
    "berestovski"; "berestovskaya" and "berestovska" -> "berestovska"; "horbenko" and
    "gorbenko" (a Ukrainian ending: `_UKRAINIAN_FAMILY`); "boravetz" and "boravets";
    "timofeyeva" and "timofeeva". A man's and a woman's form stay apart ("berestovski",
    "berestovska"), and so do "khromov" and "gromov", "horski" and "gorski"."""
    w = _one_spelling(word.replace("tz", "ts"), h_is_g=bool(_UKRAINIAN_FAMILY.search(word)))
    w = re.sub(r"ski?a?ia$", "ska", w)  # "berestovskaya" is "berestovska"
    w = re.sub(r"(?<=[aeou])i(?=[aeou])", "", w)  # "timofeieva", "timofeeva"
    w = re.sub(r"^i(?=[aeou])", "", w)
    return re.sub(r"(.)\1+", r"\1", w)  # "berestovskii", "odessa"


#: Endings of Greek family names of a man or a woman ("Papakessis", "Papakessi",
#: "Kessaropoulos", "Kessaropoulou", "Kessidis"), whose letters outlets transliterate in
#: different ways ("Chrysokessakis", "Hrysokessakis"; "Lymperakis", "Lymberakis").
_GREEK_FAMILY = re.compile(
    r"(?:poulos|poulou|akis|aki|idis|idou|iadis|iadou|allis|alli|ellis|elli|atos|atou)$"
)


@lru_cache(maxsize=1 << 14)  # asked for both names of every pair compared
def greek_family(family: str) -> bool:
    """True for a folded family name of one word, six letters or more, with an ending
    only Greek names have (`_GREEK_FAMILY`: "Kessaropoulos", "Chrysokessakis", not
    "Ferrari", "Iglesias" or "Rossetti")."""
    return " " not in family and len(family) >= 6 and bool(_GREEK_FAMILY.search(family))


@lru_cache(maxsize=1 << 14)  # asked for every pair of names compared
def _greek_alike(a: str, b: str) -> bool:
    """True for two folded family names with Greek endings spelled one way alike."""
    return greek_family(a) and greek_family(b) and greek_spelling(a) == greek_spelling(b)


#: Endings of a Greek family name's man's and woman's forms ("Kessaropoulos",
#: "Kessaropoulou"; "Papakessis", "Papakessi"; "Kessaras", "Kessara").
_GREEK_GENDERED = (("os", "ou"), ("is", "i"), ("as", "a"))


def _greek_gendered_pair(a: str, b: str) -> bool:
    """True for a Greek family name's man's and woman's forms (`_GREEK_GENDERED`):
    a husband and his wife, a father and his daughter, never one person."""
    return any(
        x.endswith(man) and y.endswith(woman) and x[: -len(man)] == y[: -len(woman)]
        for x, y in ((a, b), (b, a))
        for man, woman in _GREEK_GENDERED
    )


@lru_cache(maxsize=1 << 14)  # asked for both names of every pair compared
def greek_spelling(word: str) -> str:
    """One spelling of a folded Greek name, whichever way an outlet transliterated it:
    "chrysokessakis" and "hrysokessakis" -> "hrisokesakis"; "lymperakis" and "lymberakis" ->
    "liberakis"; "giorgos" and "yorgos" -> "iorgos"; "vassilis" and "vasilis". A man's
    and a woman's form stay apart ("hrisokesakis", "hrisokesaki")."""
    w = re.sub(r"^gi(?=[aeiou])", "y", word)
    for written, one in (("ch", "h"), ("mp", "b"), ("mb", "b"), ("ph", "f"), ("ou", "u")):
        w = w.replace(written, one)
    for written, one in (("ei", "i"), ("oi", "i"), ("y", "i")):
        w = w.replace(written, one)
    return re.sub(r"(.)\1+", r"\1", w)


#: First letters that differ between transliterations of one given name: "Yevhen" and
#: "Evgeny", "Yulia" and "Julia"; "Oleksandr" and "Aleksandr". Not "H" and "G" ("Harry",
#: "Gary"), nor "I" and "A" ("Ian", "Ann").
_FIRST_LETTERS = (frozenset("yje"), frozenset("oa"))


@lru_cache(maxsize=1 << 14)  # asked for both names of every pair compared
def _given_spelling(word: str) -> str:
    """A folded given name with the letters transliterations write differently made one,
    its first letter "j" as "y" ("julia", "yulia") and "-ander" as "-andr": "serhiy"
    and "sergei" -> "sergi"/"sergi"; "yevhen" -> "yevgen"; "alexander" -> "aleksandr"."""
    first = "y" if word[:1] == "j" else word[:1]
    spelled = re.sub(r"(.)\1+", r"\1", first + _one_spelling(word[1:]))
    return re.sub(r"e?i$", "i", re.sub(r"ander$", "andr", spelled))


def _transliterated_alike(a: str, b: str) -> bool:
    """True for two given names that are one name transliterated two ways: the same
    first letter or two of `_FIRST_LETTERS`, as alike as `TRANSLITERATED_SIMILARITY`
    once spelled one way (`_given_spelling`: "Serhiy" and "Sergei", "Yevhen" and
    "Yevgeny"), and both a woman's or both a man's: one ending in "a" and the other not
    are two ("Oleksandra", "Aleksandr")."""
    first = {a[:1], b[:1]}
    if len(first) > 1 and not any(first <= letters for letters in _FIRST_LETTERS):
        return False
    ta, tb = _given_spelling(a), _given_spelling(b)
    return (
        ta.endswith("a") == tb.endswith("a")
        and fuzz.ratio(ta, tb) >= TRANSLITERATED_SIMILARITY
        and not _gendered_pair(ta, tb)
    )


#: Arabic articles written before a name ("al-Sharqawi", "el-Sharqawi", "Al Sharqawi"): left out
#: of a name's one spelling (`arabic_spelling`).
ARABIC_ARTICLES = frozenset({"al", "el", "ul"})
#: "Abd" and the article after it, written as one word or apart ("Abdel", "Abdul", "Abd
#: al-"): one word with the name that follows ("Abdelnour", "Abd al-Nour").
_ABD = re.compile(r"^abd(?:el|ul|al|ol)?")
#: Words written with the word after them as one name ("Abu Zeid", "bin", "ibn").
ARABIC_ABU = frozenset({"abu", "abou"})
_BIN = {"bin": "bin", "ibn": "bin", "bint": "bint"}


def compound_first(word: str) -> bool:
    """True for the first word of an Arabic given name of two words ("abdul" of "Abdul
    Aziz", "abu" of "Abu Bakr"), folded."""
    return bool(_ABD.fullmatch(word)) or word in ARABIC_ABU


#: Words kept as written: "Ben Salem" is a Maghreb family name, not "bin Salem".
_AS_WRITTEN = frozenset({"ben"})
#: How alike two given names must be once spelled one way (`arabic_word`): "Mohammed" and
#: "Muhammad"; not "Karim" and "Karam", nor "Firas" and "Faris", two names.
ARABIC_GIVEN_SIMILARITY = 85.0


@lru_cache(maxsize=1 << 14)
def arabic_word(word: str) -> str:
    """One spelling of a folded word of an Arabic name, whichever way an outlet
    romanised it: "ou" and "oo" as "u", "ee" as "i", "ei", "ey" and "ay" as "ai", "aw" as
    "au", "q" as "k", "g" as "j" (not in "gh"), then "o" as "u" and "e" as "i", a final
    "y" as "i", no "h" after a final vowel, no doubled letter: "mohammed" -> "muhamid",
    "muhammad" -> "muhamad", "saeed" and "said" -> "said", "abou" and "abu" -> "abu",
    "tareq" -> "tarik" ("ayman" and "eman", "zaid" and "ziad" stay two names)."""
    w = re.sub(r"ou|oo", "u", word.replace("'", ""))
    w = w.replace("ee", "i")
    w = re.sub(r"ei|ey|ay", "ai", w).replace("aw", "au").replace("q", "k")
    w = re.sub(r"g(?!h)", "j", w)  # Egyptian "Gamal" is "Jamal"; not the "gh" of "Ghani"
    w = re.sub(r"(?<=[aeiou])h$", "", w)
    w = re.sub(r"y$", "i", w.replace("o", "u").replace("e", "i"))
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=1 << 14)
def arabic_spelling(folded: str) -> tuple[str, ...]:
    """A folded full name as words of `arabic_word`, the article left out and the words
    that make one name with the next joined: "abd al wahhab al sharqawi",
    "abdulwahab al sharqawi" and "abdel wahab el sharqawi" -> ("abdwahab",
    "sharkaui"); "walid abou karam" -> ("walid", "abukaram"); "faisal ibn nasser al
    rashed" -> ("faisal", "bin", "nasir", "rashid")."""
    words = folded.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1 : i + 2]
        if word in ARABIC_ARTICLES and nxt:
            i += 1
            continue
        prefix = _ABD.match(word)
        if prefix and (prefix.end() < len(word) or nxt):
            rest = word[prefix.end() :]
            if not rest:  # "abd al rahman", "abdel rahman": the next word is the name
                i += 1
                if words[i] in ARABIC_ARTICLES and i + 1 < len(words):
                    i += 1
                rest = words[i]
            out.append("abd" + arabic_word(rest))
        elif word in ARABIC_ABU and nxt:
            i += 1
            out.append("abu" + arabic_word(words[i]))
        elif word in _BIN:
            out.append(_BIN[word])
        elif word in _AS_WRITTEN:
            out.append(word)
        else:
            out.append(arabic_word(word))
        i += 1
    return tuple(out)


def arabic_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True for two names of `arabic_spelling` that are one name romanised two ways: as
    many words, every word after the given name the same ("hasan" is not "husin", "nasir"
    not "nasr", "bakr" not "bakri"), and given names of one first letter as alike as
    `ARABIC_GIVEN_SIMILARITY` ("muhamid" and "muhamad"; not "karim" and "karam")."""
    if len(a) != len(b) or len(a) < 2 or a[1:] != b[1:]:
        return False
    if a[0][:1] != b[0][:1] or fuzz.ratio(a[0], b[0]) < ARABIC_GIVEN_SIMILARITY:
        return False
    return not _gendered_pair(a[0], b[0])


def same_person(
    a: PersonName,
    b: PersonName,
    nicknames: NicknameIndex | None = None,
    other_generations: bool = False,
) -> bool:
    """Two full names of one person (see the module docstring for the rules)."""
    if not a.given or not b.given:
        return False
    if a.nickname and b.nickname and a.nickname != b.nickname:
        return False  # Jose "Pepito" Roe and Joseph "Junior" Roe: two people
    # given names transliterated only beside a family name transliterated too: "Tony
    # Kowalski" and "Toni Kowalski" are two people, "Yevhen Boravets" and "Yevgeny
    # Boravetz" one
    slavic = a.family != b.family and slavic_family(a.family) and slavic_family(b.family)
    # one Greek name transliterated two ways ("Chrysokessakis", "Hrysokessakis")
    greek = a.family != b.family and _greek_alike(a.family, b.family)
    if (
        a.family != b.family
        and not (
            a.given == b.given
            and min(len(a.family), len(b.family)) >= 5
            and fuzz.ratio(a.family, b.family) >= SURNAME_SIMILARITY
            and not _greek_gendered_pair(a.family, b.family)
        )
        # one East Slavic family name transliterated two ways ("Horbenko", "Gorbenko")
        and not (slavic and transliterated(a.family) == transliterated(b.family))
        and not greek
    ):
        return False
    given_alike = (
        (
            fuzz.ratio(a.given, b.given) >= FIRST_NAME_SIMILARITY
            and not _gendered_pair(a.given, b.given)
            # "Yevgenia" and "Yevgeny" are a woman's and a man's form too
            and not _gendered_pair(_given_spelling(a.given), _given_spelling(b.given))
        )
        or (nicknames is not None and nicknames.same_given(a.given, b.given, a.family))
        or (slavic and _transliterated_alike(a.given, b.given))
        # a long East Slavic given name transliterated two ways beside one family name
        # ("Aleksandr Kessarov", "Alexander Kessarov"); not "Tony" and "Toni
        # Kowalski", two people
        or (
            slavic_family(a.family)
            and min(len(a.given), len(b.given)) >= 6
            # one spelling: first letters, endings and genders alike too
            and _given_spelling(a.given) == _given_spelling(b.given)
        )
        or (greek and greek_spelling(a.given) == greek_spelling(b.given))
    )
    if other_generations and a.given != b.given and not (a.suffix and a.suffix == b.suffix):
        # "Hal Roe" beside "Harold Roe Sr." and "Harold Roe Jr.": a nickname or another
        # spelling may name either generation
        return False
    return (
        given_alike
        and middles_agree(a.middle, b.middle)
        and suffixes_agree(a.suffix, b.suffix, other_generations)
    )


#: A given name of two syllables joined by a hyphen, as Chinese and Korean names are
#: romanised ("Wei-lun", "Jae-sung", "Yoon-hee").
_SYLLABLES = re.compile(r"[A-Z][a-z]+-[a-z]+")


def syllables(word: str) -> bool:
    """True for a word written as a given name of two syllables joined by a hyphen
    ("Yoon-hee"; not "Prewitt-Hayes", two names, nor "al-Marlo")."""
    return bool(_SYLLABLES.fullmatch(word))


def syllable_words(label: str) -> set[str]:
    """The folded syllables of the hyphenated given names in a name as written ("yoon",
    "hee" of "Choi Yoon-hee"): no names alone."""
    return {part for word in label.split() if syllables(word) for part in fold(word).split()}


def written_family_first(name: str) -> bool:
    """True when a folded full name may be written family name first, as a bearer of a
    lone surname: a hyphenated given name, three short words, or a short family name
    ("moon jae in", "kim jong un", "xi jinping"). Loose on purpose: it only widens the
    bearers a lone "Kim" is weighed against (see `family_name_as_written` for the
    strict reading)."""
    words = name.split()
    return (
        "-" in name
        or (len(words) == 3 and all(len(w) <= 4 for w in words))
        or (len(words) == 2 and len(words[0]) <= 3)
    )


def family_name_as_written(name: str) -> str:
    """The family name of a full name as written: the first word of a name written
    family name first, told only by its hyphenated given name ("Ryu" of "Ryu Ha-neul"),
    else the last word before any generational suffix ("Roe" of "Edwin Roe Sr.").
    Strict, unlike `written_family_first`: an untagged "Ryu" found by it is taken for
    the person's surname in the text."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in SUFFIXES:
        words = words[:-1]  # "Roe" of "Edwin Roe Sr.", not the suffix
    last = words[-1]
    if len(words) == 2 and "-" in last.strip("-") and last.split("-")[1][:1].islower():
        return words[0]
    return last

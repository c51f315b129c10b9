"""Source lines and bylines of news archives: where an outlet issues from, who writes for it.

Monitoring services (FBIS, World News Connection) head each item with a line naming the
outlet, the place it issues from, the language and the time or date of issue, often after
the archive's file code::

    Lyon RADIO VERDE in French 0830 GMT 3 Mar 94
    AB0403050194 Tallinn PAEVALEHT in Estonian 4 May 94 p 2

The line is an archive's format, not prose: the NER types its outlet oddly (a place, a
person, the file code glued to it) or not at all, so the name spans are mended from the
line (`kg.mentions.name_spans`) and the rule `kg.relations.rules.sources.source_line`
puts the outlet in the place. A line is read only when every part is there: the line
starts (a line break, the start of the text or the file code) with a place the gazetteer
knows, the outlet follows, then "in", a language name and a GMT time or a date. An
agency's dateline inside a story ("PARIS, May 3 (Reuters) -") is no source line: an
agency files from many cities and is based in none of them by the dateline.

A byline at the start of a line, "(By ACME-PRESS correspondent Jane Roe)", names the
outlet its writer works for; the NER often leaves an outlet written in capitals untagged
there, so `byline_spans` gives it (the affiliation rules read the title).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from kg import gazetteer
from kg.dates import MONTH_WORDS
from kg.relations.lexicon import extra_language_names, press_jobs
from kg.resolve.persons import is_given_name
from kg.spans import CONNECTORS, OUTLET_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.model import Relation
    from kg.tokens import DocTokens

#: Lower-case words that may sit inside an outlet's name ("O Estado de Sao Paulo",
#: "Central People's Radio"): a name's connectors, and the "i" of Slavic names
#: ("Meteorologiya i Gidrologiya").
OUTLET_CONNECTORS = CONNECTORS | {"i"}
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Z])[0-9A-Z]{6,14}$")  # "AB0403050194", "94WS0145A"
_HHMM = re.compile(r"^([01]\d|2[0-3])[0-5]\d$")
_YEAR = re.compile(r"^(\d\d|\d{4})$")
_DAY = re.compile(r"^(0?[1-9]|[12]\d|3[01])$")
#: The longest place name read at the start of a line, in tokens ("Rio de Janeiro").
_PLACE_TOKENS = 4
#: The longest outlet name read, in tokens.
_OUTLET_TOKENS = 8


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One source line: token ranges (start, end) of its place and its outlet.

    Attributes:
        place: The place the outlet issues from ("Lyon").
        outlet: The outlet ("RADIO VERDE").
        language: Position of the language word (its last token).
        end: One past the line's time or date ("0830 GMT 3 Mar 94").
    """

    place: tuple[int, int]
    outlet: tuple[int, int]
    language: int
    end: int

    def covers(self, start: int, end: int) -> bool:
        """True when tokens ``start:end`` overlap the line from its place to its time or
        date: the NER's spans there are set aside (the language is no demonym of a country
        there, "in Estonian", nor "GMT" an organisation)."""
        return start < self.end and end > self.place[0]


def _strip_note(name: str) -> str:
    """ "Modern Greek (1453-)" -> "Greek", "Malay (macrolanguage)" -> "Malay"."""
    name = re.sub(r"\s*\(.*\)\s*$", "", name).strip()
    return name.removeprefix("Modern ")


@cache
def language_names() -> frozenset[str]:
    """Lower-case names of the languages with an ISO 639-1 code (pycountry) and those
    its list lacks (``languages.tsv``: "mandarin", "dari"), less the names that are also
    a country or a city ("Tonga", "Nauru").

    Read from ``kg/lexicon/places.json`` when it was built from the installed packages
    and data files (`kg.gazetteer.shipped_table`): building them loads pycountry's 8,000
    languages, most of the first article's extraction in every process.
    """
    shipped = gazetteer.shipped_table("languages")
    return frozenset(shipped) if shipped is not None else build_language_names()


def build_language_names() -> frozenset[str]:
    """`language_names` built from pycountry, ``languages.tsv`` and the gazetteer."""
    import pycountry

    names: set[str] = set(extra_language_names())
    for lang in pycountry.languages:
        if not hasattr(lang, "alpha_2"):
            continue
        for attr in ("name", "common_name"):
            value = getattr(lang, attr, None)
            if value:
                names.add(_strip_note(str(value)))
    return frozenset(n.lower() for n in names if not _names_a_place(n))


def _names_a_place(name: str) -> bool:
    place = gazetteer.lookup_country(name)
    if place is not None and place.kind != "demonym":
        return True  # "Tonga"; "French", "Greek" are demonyms and languages
    return gazetteer.country_of_city(name) is not None


def _place_name(text: str) -> bool:
    """A place the gazetteer knows, named as a place: "Russian Television" issues from
    no place its first word names."""
    place = gazetteer.lookup_country(text)
    return gazetteer.known_place(text) and (place is None or place.kind != "demonym")


def _stamp_after(doc: Doc, at: int) -> int:
    """One past the GMT time ("0830 GMT", with the date after it) or the date ("3 Mar 94",
    "12-14 Oct 95", "No 7, Sep 95") starting at token ``at``, or 0."""
    n = len(doc)

    def text(k: int) -> str:
        return doc[k].text if k < n else ""

    if _HHMM.match(text(at)) and text(at + 1) in ("GMT", "UTC"):
        return _stamp_after(doc, at + 2) or at + 2
    k = at
    if text(k).rstrip(".").lower() == "no":  # an issue number: "No. 7, Sep 95"
        k += 1 + (text(k + 1) == ".")
        if not text(k).isdigit():
            return 0
        k += 1 + (text(k + 1) == ",")
    if _DAY.match(text(k)):
        k += 1
        if text(k) == "-" and _DAY.match(text(k + 1)):
            k += 2  # "12-14 Oct 95"
    if text(k).rstrip(".").lower() in MONTH_WORDS and _YEAR.match(text(k + 1)):
        return k + 2
    return 0


def language_stamp(span: Span) -> bool:
    """True for a span the NER made of a language and the time after it, "Mandarin 0900"
    of "... in Mandarin 0900 GMT 3 Mar 94": a language and an hour name no place.

    Args:
        span: An entity span of the NER.
    """
    doc = span.doc
    if len(span) < 2 or span[0].lower_ not in language_names():
        return False
    after = span.start + 1
    return bool(_HHMM.match(doc[after].text) or _stamp_after(doc, after))


def _after_break(doc: Doc, k: int) -> bool:
    """Token ``k`` is the text's first or follows a line break."""
    return k == 0 or "\n" in doc[k - 1].text


def _starts_line(doc: Doc, k: int) -> bool:
    """Token ``k`` opens a line: the text's start, after a line break or a file code."""
    return _after_break(doc, k) or bool(_CODE.match(doc[k - 1].text))


def _name_word(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _outlet_word(text: str, first: bool) -> bool:
    if _name_word(text):
        return True
    return not first and (text == "-" or text in OUTLET_CONNECTORS)


def _is_person(doc: Doc, start: int, end: int) -> bool:
    """Two or three words that open with a given name and hold no word of a medium
    ("Jane Roe", not "Radio Verde")."""
    words = [doc[k].text for k in range(start, end)]
    if not 2 <= len(words) <= 3 or any(w.lower() in OUTLET_WORDS for w in words):
        return False
    if not all(w.isalpha() for w in words):
        return False  # "AL-AHALI", "UT-1"
    return is_given_name(words[0].lower())


def source_line_at(doc: Doc, language: int) -> SourceLine | None:
    """The source line whose language word is token ``language``, or None.

    Args:
        doc: A parsed document.
        language: Position of a token that names a language (`language_names`).
    """
    first = language
    if (
        first > 1
        and doc[first - 1].text == "-"
        and f"{doc[first - 2].lower_}-{doc[first].lower_}" in language_names()
    ):
        first -= 2  # "Serbo-Croatian", written in three tokens
    if first < 3 or doc[first - 1].lower_ != "in":
        return None
    stamp = _stamp_after(doc, language + 1)
    if not stamp:
        return None
    end = first - 1  # one past the outlet
    if doc[end - 1].text == ")":
        # "ACME DAILY (WEEKEND) in English": an edition after the outlet
        opening = next((k for k in range(end - 2, max(end - 6, 0), -1) if doc[k].text == "("), None)
        if opening is None:
            return None
        end = opening
    # Walk back over the words a place and an outlet are made of, to the line's start.
    start = end
    while start > 0 and end - start < _PLACE_TOKENS + _OUTLET_TOKENS:
        if not _outlet_word(doc[start - 1].text, first=False) or "\n" in doc[start - 1].text:
            break
        start -= 1
        if _starts_line(doc, start):
            break
    if not _starts_line(doc, start) or not _name_word(doc[start].text):
        return None
    for cut in range(min(start + _PLACE_TOKENS, end - 1), start, -1):
        place = doc[start:cut]
        if not _outlet_word(doc[cut].text, first=True) or not _name_word(doc[cut - 1].text):
            continue
        if not _place_name(place.text):
            continue
        if not _name_word(doc[end - 1].text) or _is_person(doc, cut, end):
            return None
        return SourceLine((start, cut), (cut, end), language, stamp)
    return None


def is_line_predicate(predicate: str) -> bool:
    """True for the predicate of a source line's edge, "RADIO VERDE in French" (see
    `kg.relations.rules.sources.source_line`).

    Args:
        predicate: The words that triggered an edge.
    """
    head, sep, language = predicate.rpartition(" in ")
    return bool(sep and head) and language.lower() in language_names()


def bureau_agencies(relations: Iterable[Relation]) -> frozenset[str]:
    """The outlets whose source lines name two or more places across the corpus.

    Monitoring services write a wire agency under each bureau it files from ("Lyon
    NORDWIRE", "Oslo NORDWIRE"): its home is not told by the lines, so such an outlet gets no
    source-line LOCATED_IN edge at all, while an outlet under one place stays there.

    Args:
        relations: The corpus's relations, on resolved actor ids.
    """
    places: dict[str, set[str]] = {}
    for r in relations:
        if r.relation == "LOCATED_IN" and is_line_predicate(r.evidence.predicate):
            places.setdefault(r.source, set()).add(r.target)
    return frozenset(outlet for outlet, where in places.items() if len(where) > 1)


def drop_bureau_lines(relations: Sequence[Relation]) -> list[Relation]:
    """``relations`` without the source-line edges of `bureau_agencies`.

    Args:
        relations: The corpus's relations, on resolved actor ids.
    """
    agencies = bureau_agencies(relations)
    if not agencies:
        return list(relations)
    return [
        r
        for r in relations
        if not (
            r.source in agencies
            and r.relation == "LOCATED_IN"
            and is_line_predicate(r.evidence.predicate)
        )
    ]


def line_spans(doc: Doc, lines: Sequence[SourceLine]) -> list[Span]:
    """The place (GPE) and outlet (ORG) name spans of source lines.

    Args:
        doc: A parsed document.
        lines: Its source lines (`source_lines`); none gives no span.
    """
    from spacy.tokens import Span

    return [
        Span(doc, start, end, label=label)
        for line in lines
        for (start, end), label in ((line.place, "GPE"), (line.outlet, "ORG"))
    ]


def source_lines(tokens: DocTokens) -> list[SourceLine]:
    """Every source line of a document, in text order.

    Args:
        tokens: The document's token table.
    """
    names = language_names()
    lower = tokens.lower
    if names.isdisjoint(lower):
        return []
    out: list[SourceLine] = []
    for k, word in enumerate(lower):
        if word in names and (line := source_line_at(tokens.doc, k)) is not None:
            out.append(line)
    return out


#: The most lower-case words between a byline's outlet and its writer's noun
#: ("diplomatic correspondent", "special staff correspondent").
_BYLINE_MODIFIERS = 2


def _opens_line(doc: Doc, k: int) -> bool:
    """Token ``k`` starts a line, or a bracket that starts one: "(By ..." in prose is an
    aside, not a byline."""
    if k > 0 and doc[k - 1].text in ("(", "["):
        k -= 1
    return _after_break(doc, k)


#: Parts of speech never inside a byline's outlet: "By Our Correspondent", "By A Special
#: Correspondent", "By Chief Correspondent" name a writer's post, not an outlet.
_NOT_OUTLET_POS = frozenset({"PRON", "DET", "ADJ"})


def _byline_outlet_word(token: Token, first: bool) -> bool:
    """A word of a byline's outlet: a proper noun or a word in capitals ("NORPRESS"),
    never a pronoun, a determiner or an adjective, whatever its case."""
    text = token.text
    if not _name_word(text):
        return not first and (text == "-" or text in OUTLET_CONNECTORS)
    capitals = text.isupper() and sum(c.isalpha() for c in text) > 1
    if token.pos_ in _NOT_OUTLET_POS or (token.is_stop and not capitals):
        return False  # "NOR-PRESS" is no "nor"
    return capitals or token.pos_ == "PROPN"


def byline_at(doc: Doc, by: int, tagged: AbstractSet[int]) -> tuple[int, int] | None:
    """The outlet (start, end) of the byline whose "By" is token ``by``, when the NER left
    it untagged, or None.

    Args:
        doc: A parsed document.
        by: Position of a "by" token.
        tagged: Positions of the tokens inside an entity of the NER.
    """
    if doc[by].lower_ != "by" or not _opens_line(doc, by):
        return None
    nouns = press_jobs()
    start = end = by + 1
    while (
        end < len(doc)
        and end - start < _OUTLET_TOKENS
        and doc[end].lower_ not in nouns
        and _byline_outlet_word(doc[end], first=end == start)
    ):
        end += 1
    while end > start and not _name_word(doc[end - 1].text):
        end -= 1  # a connector or hyphen left at the end
    if end == start or any(k in tagged for k in range(start, end)):
        return None
    if gazetteer.known_place(doc[start:end].text):
        return None  # "By Lyon correspondent X": a bureau, not an outlet
    noun = end
    while (
        noun < len(doc)
        and noun - end < _BYLINE_MODIFIERS
        and doc[noun].is_lower
        and doc[noun].lower_ not in nouns
    ):
        noun += 1
    if noun + 1 >= len(doc) or doc[noun].lower_ not in nouns:
        return None
    writer = doc[noun + 1]
    if writer.ent_type_ != "PERSON" or writer.ent_iob_ != "B":
        return None
    return start, end


def byline_spans(tokens: DocTokens) -> list[Span]:
    """The outlet (ORG) name span of each byline the NER left untagged.

    Args:
        tokens: The document's token table.
    """
    from spacy.tokens import Span

    lower = tokens.lower
    if "by" not in lower:
        return []
    tagged = tokens.in_ents
    return [
        Span(tokens.doc, found[0], found[1], label="ORG")
        for k, word in enumerate(lower)
        if word == "by" and (found := byline_at(tokens.doc, k, tagged)) is not None
    ]

"""Name spans the NER got wrong, mended by small named rules before they become mentions.

The small English model makes the same few mistakes on news text again and again. Each
rule here takes a spaCy entity span and returns the span(s) that really name an actor,
or nothing, and knows no actor's name: it reads the span's words, their tags and the
sentence around them.

* `is_headline`: a sentence Written In Title Case (or all capitals), where the NER takes
  verbs and common nouns for names.
* `headline_tokens`: also a Title Case stretch that starts a sentence and runs into its body
  with no stop ("Jane Roe Checks Into Clinic – Where She Rests Jane Roe checked in ..."),
  as when a title is glued to its article: a document's headline words.
* `glued_titles`: a Title Case sentence that glues to names a word no name of the
  article holds, a verb it writes in lower case or a function word ("Herons Beat
  Otters 31 - 24", "Acme Acquires Northwind, Adds Glass Unit"), is a headline too,
  however short or full of names.
* `headline_pieces`: a name run from a headline ("Jane Roe Checks Into Rehab", "Wardens
  Beat Stewards") keeps only the names the article itself uses elsewhere, and words the
  article writes in lower case ("Checks", "Guilty", "Hire") cut even a run with no verb
  tag; the rest is left for the corpus stage (`kg.name_candidates`), which promotes a
  piece when the same name is an actor in another article.
* `split_run`: words that cannot be inside a name cut a run in two ("Tarpeh plus
  Zoegar", "Bridgeway Research put Dorbor", "Tarpeh 41.7 percent").
* `cut_titles`: titles, ranks and honorifics glued to a name ("Trooper William Hakim",
  "GM Anton Kessing", "Sen.", "Cllr.") go to the person's roles.
* `title_only`: a title the NER tagged on its own ("Homicide Capt", "Cllr") before a
  person's name.
* `drop_article`: "A Halden Commission spokesman" names the Halden Commission, "Shares
  of Halden Corp. fell" Halden Corp.
* `hyphen_piece`: a word hyphenated to a name ("NADS-led", "Halden-owned") is not part
  of it; "Jae-in", "Mar-a-Lago" are.
* `join_halves`: a place name the NER cut in two ("Sierra" + "Leonean").
* `outlet_bureau`: an outlet with its bureau's city ("Atlantic Herald Freetown") names
  the outlet; the city is not an alias of it.
* `person_of_body`: "Jane Roe of Acme Research" tagged as one organisation names a
  person and a body.
* `trailing_titles`: an organisation tagged with the title of the person named after it
  ("Acme Executive" in "Acme Executive Vice President Jane Roe") is the organisation.
* `known_pair`: "X and Y" tagged as one name, where the article names X and Y each on
  its own elsewhere ("Norvex and Acme", "Rennick and Tarpeh"), names two.
* `run_on`: a run across a missing sentence stop, the object that ends one sentence and
  the subject of the next ("... against the Otters Quentin scored twice"), names two
  when its last words are a surname or a place the article gives on its own.
* `kind_type`: a common noun for a kind of body or place written with a name types it
  ("the airline Northwind", "Acme, a parts maker", "the town of Kesselby"), whatever the
  NER said.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg import gazetteer
from kg.lexicon import flagged_titles, gender_words, load_tsv, title_words
from kg.model import EntityType, is_entity_type
from kg.names import base_name, fold, leading_legal_form, written_legal_form
from kg.relations.lexicon import verb_triggers
from kg.resolve.evidence import arabic_given_name, known_given_name
from kg.resolve.naming import SHORT_WORDS, acronym_key, initials, is_acronym
from kg.resolve.persons import ARABIC_ARTICLES, PARTICLES, PATRONYMIC, is_given_name
from kg.tokens import DocTokens

if TYPE_CHECKING:
    # Not imported at run time: corpus resolution uses this module's name tables, and a
    # build served from the parse cache never imports spaCy.
    from spacy.tokens import Doc, Span, Token


def _text(span: Span, tokens: DocTokens | None) -> str:
    """``span.text``, cut out of the document's text when the caller has its token table
    (a Span joins its tokens' texts again at every read)."""
    return span.text if tokens is None else tokens.span_text(span.start, span.end)


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    """A labelled span (spaCy is loaded by then: there is a Doc)."""
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


#: Lower-case words that may sit inside a name ("Bank of Halden", "Rivers and Forests
#: Service", "Council on Foreign Relations", "Vision In Motion", "Abu Bakr al-Baghdadi").
CONNECTORS = frozenset(
    """of the and & for on in at upon de del della di da do dos das du des la le les van
    von der den ter bin bint ibn al el y e 's ’s - ' .""".split()
)
#: Tags of words that are never inside a name: pronouns, modals, wh-words.
BREAK_TAGS = frozenset({"PRP", "PRP$", "MD", "WDT", "WP", "WP$", "EX"})
#: Labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Tags of verbs; a headline's verbs are capitalised and often tagged as names.
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
#: Words that end an outlet's name ("Atlantic Herald", "Fox News"): a city written after
#: one is the bureau's, not part of the name.
OUTLET_WORDS = frozenset(
    """news herald times post tribune journal gazette ledger press radio tv television
    telegraph observer guardian daily weekly express standard chronicle mail dispatch
    wire agency network broadcasting magazine review monitor bulletin courier reporter
    today record examiner inquirer sentinel register star sun independent""".split()
)
#: A headline has at least three words of this many letters or more ...
HEADLINE_WORD = 4
#: ... and every other word capitalised except these, which headline style writes in
#: lower case.
HEADLINE_LOWER = frozenset(
    "a an the and or but nor of in on at to for by as vs via with from into up off that".split()
)
#: A sentence of capitalised words only, this many of them long, is a headline even when
#: the tagger calls every word a proper noun ("Inmate Escapes Prison Van Near Town").
NAMES_ONLY_HEADLINE = 4
#: Tags that no capitalised word has in body text after a sentence's first word, but a
#: headline's words do ("Checks Into", "Where She Rests"): verbs, prepositions,
#: pronouns, wh-words.
HEADLINE_TAGS = VERB_TAGS | frozenset({"IN", "TO", "PRP", "WRB", "WP", "WDT", "RP"})


@cache
def _offices() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("roles.tsv"))


def is_title_word(tok: Token) -> bool:
    """True for a title, rank or honorific ("Trooper", "Sen.", "GM", "president"), also
    in the plural ("Presidents X and Y")."""
    word = tok.lower_.rstrip(".")
    known = _title_words()
    doc = tok.doc
    if word in _PAIR_WORDS:
        # "Tan Sri X", "Datuk Seri X", "Khun Ying X": a title of two words, of which
        # either alone may be a name ("Jason Tan", "Seri Wongmontha", "Ying")
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if (word, after) in TWO_WORD_TITLES or (before, word) in TWO_WORD_TITLES:
            return True
    if word in FULL_NAME_TITLES:
        # "Datuk Ahmad Roe", "Dato' Vincent Roe": before a name of two words at least
        # ("Dato Kessar" may be a man called by his given name alone)
        i = tok.i + 1
        if i < len(doc) and doc[i].text in ("'", "\u2019") and not tok.whitespace_:
            i += 1
        return i + 1 < len(doc) and all(t.is_alpha and t.is_title for t in doc[i : i + 2])
    if word in _BEFORE_A_RANK:
        # "Pol Gen X" (a Thai police general), not "Pol X" ("Pol Pot")
        return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_.rstrip(".") in known
    if word in flagged_titles("dotted") and not tok.text.endswith("."):
        # "Ing Direct", "Lic Housing Finance", "Ing Kantha Phavi" (a given name): without
        # its dot, only before a family name's particle ("Adv du Plessis") or a given
        # name the name data know ("Adv Jane Roe")
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return nxt is not None and (
            (nxt.is_lower and nxt.lower_ in PARTICLES) or known_given_name(nxt.text)
        )
    if (
        word in flagged_titles("given")
        and tok.i > 0
        and _kinds().get(doc[tok.i - 1].lower_.rstrip(".")) in ("honorific", "abbrev")
    ):
        return False  # "Dr Kgosi Roe": after a courtesy title, a given name
    return title_word(word)


def title_word(word: str) -> bool:
    """True for a word that is a title, rank or honorific ("Coach", "Sen.", "Judges"),
    as written, without the sentence around it (`is_title_word` reads the sentence)."""
    found = word.lower().rstrip(".")
    known = _title_words()
    return found in known or (found.endswith("s") and found[:-1] in known)


#: Courtesy titles of two words, either of which alone may be a name: Malaysia's "Tan
#: Sri", "Puan Sri", "Toh Puan", "Datuk Seri", "Datin Seri", "Dato' Sri"; Thailand's
#: "Khun Ying".
TWO_WORD_TITLES = frozenset(
    {("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("datuk", "seri"), ("datuk", "sri")}
    | {("datin", "seri"), ("datin", "sri"), ("dato", "seri"), ("dato", "sri")}
    | {("khun", "ying")}
)
_PAIR_WORDS = frozenset(word for pair in TWO_WORD_TITLES for word in pair)
#: Malaysia's, Ethiopia's, Spain's and South Asia's courtesy titles, which come before a
#: full name ("Datuk Ahmad Roe", "W/ro Selam Roe"): a title only there, since a title
#: before one word leaves a given name alone ("W/ro Selam" is called by her given name,
#: `gender.tsv` kind "given-name honorific"). Not Ethiopia's "Ato" (Mr.): in Ghana it is
#: a given name ("Ato Kwamena Roe").
FULL_NAME_TITLES = frozenset(
    {"datuk", "dato", "datin", "woizero", "weyzero", "weizero", "weyzerit", "w/ro", "w/t"}
    # the Spanish "Doña" ("Doña Leticia Roe"); not "Don" nor "Dona", English given names
    # before a middle name ("Don Allen Roe")
    | {"doña"}
    # South Asian titles of lineage and rank, which news writes and drops ("Syed Kashif
    # Roe", "Kashif Roe"); not "Malik", a family name too, nor "Raja" or "Rana",
    # given names
    | {"syed", "sayyid", "mian", "sardar", "makhdoom", "chaudhry", "chaudhary", "khawaja"}
)
#: Words that are a title only before a rank: Thai police ranks ("Pol Gen", "Pol Col").
_BEFORE_A_RANK = frozenset({"pol"})


@cache
def _title_words() -> frozenset[str]:
    """`titles` and the offices of ``roles.tsv``, joined once."""
    return title_words() | _offices()


@cache
def _heads() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("name_heads.tsv") if row[2:] != ("first",)}


@cache
def _flagged_heads(flag: str) -> frozenset[str]:
    """The head words ``name_heads.tsv`` marks with ``flag`` in its third column."""
    return frozenset(row[0] for row in load_tsv("name_heads.tsv") if row[2:] == (flag,))


def _ends_with_head(name: str, flag: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in _flagged_heads(flag)


def water_head(name: str) -> bool:
    """True when ``name`` ends with a word that ends a river's or a lake's name ("Marlo
    River": ``name_heads.tsv``)."""
    return _ends_with_head(name, "water")


def parent_head(name: str) -> bool:
    """True when ``name`` ends with a word that ends a parent company's name ("Halvex
    Holdings", "Halvex Group": ``name_heads.tsv``)."""
    return _ends_with_head(name, "parent")


def team_head(word: str) -> bool:
    """True for a sports team's nickname that is a head word ("eagles": ``name_heads.tsv``
    flag "team")."""
    return word.lower() in _flagged_heads("team")


def unit_head(name: str) -> bool:
    """True when ``name`` ends with a word that ends the names of a company's units as
    well as of companies ("Barclays Capital", "Halvex Energy": ``name_heads.tsv``)."""
    return _ends_with_head(name, "unit")


@cache
def _first_heads() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("name_heads.tsv") if row[2:] == ("first",)}


def _last_head(words: Sequence[str]) -> str | None:
    """The head list's type of a name's capitalised last word, for two words or more,
    or of an ending written onto it ("Marlospor": ``name_heads.tsv`` "suffix")."""
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    last = words[-1].lower().rstrip(".")
    found = _heads().get(last)
    if found is None:
        found = next(
            (
                _heads()[ending]
                for ending in _flagged_heads("suffix")
                if last.endswith(ending) and len(last) > len(ending) + 2
            ),
            None,
        )
    return found


def is_head_word(word: str) -> bool:
    """True for a word that ends names of organisations, facilities or places
    (``name_heads.tsv``: "Authority", "Commission", "Rangers")."""
    return word.lower().rstrip(".") in _heads()


def last_head_type(name: str) -> EntityType | None:
    """The type a name's last word gives it, as `name_head_type` reads it, but never its
    first ("Hizb al-Kessar", whose first word is an organisation's in Arabic, has no
    English head word), or None."""
    found = _last_head(name.split())
    return found if found is not None and is_entity_type(found) else None


def name_head_type(name: str) -> EntityType | None:
    """The type a name's last word gives it ("Carter Center" FAC, "Kumasi Royals" ORG,
    "Lofa County" GPE), or its first word in names written head first ("Avenida Marlo"
    FAC, "Banco de Halden" ORG; never a given name), or the word before its "of"
    ("Ministry of Ports and Relief" ORG), or None when the words say nothing
    (``name_heads.tsv``).

    Only a name of two words or more whose last word is capitalised: "Union" alone may
    be anything. A team's nickname after a given name says nothing ("Andre Cobras").
    """
    words = name.split()
    if len(words) < 2:
        return None
    found = _last_head(words)
    if found is not None and team_head(words[-1]) and known_given_name(words[0]):
        found = None  # "Andre Cobras", a player named like a team ("Kingston Cobras")
    if found is None and words[0][:1].isupper() and not known_given_name(words[0]):
        # "Avenida Larco", "Banco de Halden", "Co. Mayo"
        found = _first_heads().get(words[0].lower().rstrip("."))
    if found is None and "of" in words[1:-1] and not known_given_name(words[0]):
        # the head before "of": "Ministry of Disaster Management and Relief", "Reserve
        # Bank of Halden" (not "Duke of Marlo": no head word; nor "Jane Bank of Halden",
        # a person from there)
        before = words[words.index("of") - 1]
        if before[:1].isupper():
            found = _heads().get(before.lower())
    return found if found is not None and is_entity_type(found) else None


#: The endings of a web address written as a name ("Acmenews.com", "GovWire.co.uk"),
#: the one list `web_name`, `WEB_ENDING` and `WEB_ADDRESS` are built from.
WEB_ENDINGS = ("com", "net", "org", "gov", "edu", "info", "co.uk", "co")
_ENDING = "(?:" + "|".join(re.escape(e) for e in WEB_ENDINGS) + ")"
#: A web address ending a name: the name is a site's, an organisation's.
_WEB_NAME = re.compile(rf"\w\.{_ENDING}$", re.IGNORECASE)
#: A web address's ending on a name, to take off ("Halden.com" is Halden).
WEB_ENDING = re.compile(rf"\.{_ENDING}$", re.IGNORECASE)
#: A web address written as a name, with a capital and a lower-case ending:
#: "Acmenews.com", "Halvex-Daily.co.uk", "NORPRESS.com" (a site in capitals is a site
#: too; an ending in capitals, "PRICES.COM", may be a headline's words run together).
WEB_ADDRESS = re.compile(rf"^[A-Z][A-Za-z0-9-]*[A-Za-z0-9]\.{_ENDING}$")


def web_name(text: str) -> bool:
    """True for a name written as a web address ("Acmenews.com"), never a person's."""
    return bool(_WEB_NAME.search(text.strip()))


#: A word of letters and digits that is no ordinal ("TK4", "3M"; not "3rd").
_CODED_WORD = re.compile(r"^(?!\d+(?:st|nd|rd|th)$)(?=.*\d)(?=.*[A-Za-z])[\w&-]+$")


def coded_name(text: str) -> bool:
    """True for a name holding a word of letters and digits ("TK4 Holdings", "3M"), which
    a company's name may hold and a person's never does ("John Roe 3rd" is an ordinal)."""
    return any(_CODED_WORD.match(w.strip(".,")) for w in text.split())


def acronym_led(span: Span) -> bool:
    """True for an acronym before a place or a single word ("HVL Europe", "HBC Wales"):
    an organisation's branch, which the NER often calls a person."""
    if len(span) < 2 or not (span[0].is_upper and span[0].is_alpha and len(span[0]) >= 2):
        return False
    rest = span[1:]
    return len(rest) == 1 or gazetteer.is_place(rest.text)


def head_type(span: Span) -> EntityType | None:
    """`name_head_type` of an entity span."""
    return name_head_type(span.text)


def is_headline(sent: Span, tokens: DocTokens | None = None) -> bool:
    """True for a sentence Written In Title Case or in capitals (a headline).

    Every word after the first is capitalised except the short function words headline
    style leaves in lower case ("a", "of", "at"); at least three words have four letters
    or more; and at least one capitalised word is tagged as something other than a
    proper noun (a verb, preposition or common noun: "Checks Into", "Wardens Beat"), or,
    where the tagger reads every word as a proper noun, `NAMES_ONLY_HEADLINE` capitalised
    words are long and the NER leaves one of them out of every name ("Inmate Escapes
    Prison Van Near Springfield"). So a sentence made only of names ("Hale, Reed and
    Moss.", "Jane Roe, John Doe and Richard Miles Smith.") is not one.

    Args:
        sent: A sentence of a parsed document.
        tokens: The document's token table, when the caller has it.
    """
    return _is_headline(tokens if tokens is not None else DocTokens(sent.doc), sent.start, sent.end)


def _title_case(tokens: DocTokens, start: int, end: int) -> bool:
    """True when every word of the sentence ``start:end`` after the first is capitalised,
    except the function words headline style writes in lower case (`HEADLINE_LOWER`)."""
    is_alpha, is_lower, lower = tokens.is_alpha, tokens.is_lower, tokens.lower
    # Most sentences have a lower-case word early on: they end here.
    return not any(
        is_alpha[i] and is_lower[i] and lower[i] not in HEADLINE_LOWER
        for i in range(start + 1, end)
    )


def _is_headline(tokens: DocTokens, start: int, end: int) -> bool:
    """`is_headline` of the sentence ``start:end``, read off the document's columns."""
    if not _title_case(tokens, start, end):
        return False
    is_alpha, is_lower, text = tokens.is_alpha, tokens.is_lower, tokens.text
    words = [i for i in range(start + 1, end) if is_alpha[i]]
    if sum(1 for i in words if len(text[i]) >= HEADLINE_WORD) < 3:
        return False
    capitalised = [i for i in words if not is_lower[i]]
    tag = tokens.tag
    if any(tag[i] not in ("NNP", "NNPS") for i in capitalised):
        return True
    ent_type = tokens.ent_type
    return sum(
        1 for i in capitalised if len(text[i]) >= HEADLINE_WORD
    ) >= NAMES_ONLY_HEADLINE and any(not ent_type[i] for i in capitalised)


def _ent_starts(tokens: DocTokens) -> dict[int, int]:
    """The start of each entity of the document by its end."""
    return {e.end: e.start for e in tokens.ents}


def _headline_end(tokens: DocTokens, start: int, end: int, ents: dict[int, int]) -> int:
    """The index of the first token after the headline part of the sentence ``start:end``
    (the document's entities by end, `_ent_starts`, read once): ``end`` for a headline
    (`is_headline`), ``start`` for a sentence with none.

    A sentence may also start with a headline glued to it ("Jane Roe Checks Into Clinic
    – Where She Rests Jane Roe checked in on Monday"): a Title Case stretch up to the
    first lower-case word that headline style would capitalise, less the name right
    before that word (the body's subject, "Jane Roe"). The stretch is a
    headline when at least three of its words after the first are long and one of them
    is capitalised against body style: a verb, a preposition, a pronoun or a wh-word
    ("Checks", "Into", "She", "Where"). "Former Senator Jane Roe of Ohio said" is no
    headline: none of its words is.
    """
    if _is_headline(tokens, start, end):
        return end
    is_alpha, is_lower, lower, text = tokens.is_alpha, tokens.is_lower, tokens.lower, tokens.text
    stop = next(
        (
            i
            for i in range(start, end)
            if is_alpha[i] and is_lower[i] and lower[i] not in HEADLINE_LOWER
        ),
        start,
    )
    if stop in ents and ents[stop] >= start:
        stop = ents[stop]  # the body's subject as the NER reads it
    else:
        while stop > start and has_capital(text[stop - 1]):
            stop -= 1
    words = [i for i in range(start + 1, stop) if is_alpha[i] and not is_lower[i]]
    if sum(1 for i in words if len(text[i]) >= HEADLINE_WORD) < 3:
        return start
    tag = tokens.tag
    if not any(tag[i] in HEADLINE_TAGS for i in words):
        return start
    return stop


def headline_tokens(doc: Doc, tokens: DocTokens | None = None) -> frozenset[int]:
    """Indices of the tokens that sit in a headline or a headline part of a sentence
    (`_headline_end`), or in a Title Case sentence that glues a word no name holds to
    names (`glued_titles`).

    Args:
        doc: A parsed document.
        tokens: Its token table, when the caller has it.
    """
    if tokens is None:
        tokens = DocTokens(doc)
    ents = _ent_starts(tokens)
    zone = {
        i
        for sent in tokens.sents
        for i in range(sent.start, _headline_end(tokens, sent.start, sent.end, ents))
    }
    return frozenset(glued_titles(tokens, zone))


#: Function words of general English that are no word of an actor's name, whatever their
#: case ("They", "Were"). Left out: words that are also names or start them ("Will",
#: "May", "Can", "Us", "Our", "It", "Being").
GLUE_WORDS = frozenset(
    """he she they them their we is are was were been has have had does did would could
    should might shall""".split()
)
#: A Title Case sentence holds at least this many capitalised words to be taken for a
#: headline by `glued_titles` ("Herons Beat Otters").
GLUED_TITLE_WORDS = 3
#: Longest name, in words, looked for on either side of a glued word (`_between_names`).
_SIDE_WORDS = 6
#: Marks that end a sentence: a headline without one goes on in the next "sentence" the
#: parser cut it into ("Herons Beat Otters 31 - 24 | To Reach Cup Final").
_FINAL_MARKS = frozenset({".", "!", "?"})


def glued_titles(tokens: DocTokens, zone: Collection[int]) -> set[int]:
    """The headline tokens ``zone`` (`headline_tokens`) and those of the Title Case
    sentences that glue a word no name holds to names: a headline too short, or too
    much made of names, for `is_headline` to tell ("Herons Beat Otters 31 - 24", "Acme
    Acquires Northwind, Adds Glass Unit").

    A Title Case sentence with at least `GLUED_TITLE_WORDS` capitalised words is a
    headline when one of its capitalised words is no word of a name the article uses
    outside such sentences (`known_names`) and is a function word (`GLUE_WORDS`), a
    word the article writes in lower case as a verb ("Buys" where it writes "buying"),
    or a word between two such names ("Herons Beat Otters" where the article names
    the Herons and the Otters). So a sentence made only of names ("Win Ashby, Jane
    Roe.") is none, even in an article that writes "win": "Win" is a word of a name it
    uses. A Title Case sentence right after a headline that ends without a full stop, on
    the same line, is the rest of it, cut off by the parser.

    Args:
        tokens: A document's token table.
        zone: Its headline tokens so far.
    """
    out = set(zone)
    sents = tokens.sents
    is_alpha, is_lower = tokens.is_alpha, tokens.is_lower
    titled = [
        k
        for k, sent in enumerate(sents)
        if sent.start not in zone
        and _title_case(tokens, sent.start, sent.end)
        and sum(1 for i in range(sent.start, sent.end) if is_alpha[i] and not is_lower[i])
        >= GLUED_TITLE_WORDS
    ]
    if not titled:
        return out  # nearly every document: its sentences have lower-case words
    skip = set(zone).union(*(range(sents[k].start, sents[k].end) for k in titled))
    known = known_names(
        (e for e in tokens.ents if is_entity_type(e.label_) and e.start not in skip), tokens
    )
    words = {w for name in known for w in name.split()}
    verbs = _verb_forms(tokens, skip)
    lower = tokens.lower
    for k in titled:
        sent = sents[k]
        after_headline = k > 0 and _goes_on(tokens, sents[k - 1], sent, out)
        if after_headline or any(
            lower[i] not in words
            and lower[i] not in CONNECTORS
            and (
                lower[i] in GLUE_WORDS
                or _written(lower[i], verbs)
                or _between_names(tokens, sent.start, sent.end, i, known)
            )
            # The first word is capitalised in any sentence ("He is with ...").
            for i in range(sent.start + 1, sent.end)
            if is_alpha[i] and not is_lower[i]
        ):
            out.update(range(sent.start, sent.end))
    return out


def _goes_on(tokens: DocTokens, before: Span, sent: Span, headline: Collection[int]) -> bool:
    """True when ``sent`` goes on with the headline ``before``: a headline that ends with
    no full stop, on the same line (a title on a line of its own is over at its end)."""
    if before.start not in headline:
        return False
    last = before.end - 1
    while last > before.start and not tokens.text[last].strip():
        last -= 1  # the spaces and line ends the parser left at the end
    between = tokens.doc_text[tokens.idx[last] : tokens.idx[sent.start]]
    return tokens.text[last] not in _FINAL_MARKS and "\n" not in between


def _verb_forms(tokens: DocTokens, skip: Collection[int] = ()) -> frozenset[str]:
    """Words the article writes in lower case as verbs outside the tokens ``skip``, with
    their lemmas ("buying", "buy").

    Args:
        tokens: A document's token table.
        skip: Positions of the tokens to leave out (its headlines).
    """
    return _forms(tokens, skip, lambda i: tokens.is_lower[i] and tokens.tag[i] in VERB_TAGS)


def _forms(tokens: DocTokens, skip: Collection[int], keep: Callable[[int], bool]) -> frozenset[str]:
    """The words at the positions ``keep`` takes outside ``skip``, with their lemmas."""
    return frozenset(
        w
        for i, (text, lemma) in enumerate(zip(tokens.text, tokens.lemma, strict=True))
        if i not in skip and keep(i)
        for w in (text, lemma)
    )


def _between_names(tokens: DocTokens, start: int, end: int, i: int, known: Collection[str]) -> bool:
    """True when the word at ``i`` sits between two names of ``known`` (folded), each
    written whole right next to it inside the sentence ``start:end``."""

    def named(first: int, last: int) -> bool:
        return first < last and fold(tokens.span_text(first, last)) in known

    return any(named(j, i) for j in range(max(start, i - _SIDE_WORDS), i)) and any(
        named(i + 1, j) for j in range(i + 2, min(end, i + 1 + _SIDE_WORDS) + 1)
    )


def lower_forms(
    doc: Doc, skip: Collection[int] = (), tokens: DocTokens | None = None
) -> frozenset[str]:
    """Words the article writes in lower case outside the tokens ``skip``, with their
    lemmas ("checked", "check", "guilty").

    Args:
        doc: A parsed document.
        skip: Positions of the tokens to leave out (its headlines).
        tokens: Its token table, when the caller has it.
    """
    table = DocTokens(doc) if tokens is None else tokens
    return _forms(table, skip, lambda i: table.is_alpha[i] and table.is_lower[i])


#: Endings a headline's word may add to a word the body writes ("Checks", "Hires").
_ENDINGS = ("s", "es", "ed", "d", "ing")


def written_lower(tok: Token, lowered: Collection[str]) -> bool:
    """True when the article writes ``tok`` in lower case elsewhere, maybe with another
    ending ("Checks" for "checked", "Hire" for "hired", "Guilty" for "guilty")."""
    return tok.is_alpha and _written(tok.lower_, lowered)


def _written(word: str, lowered: Collection[str]) -> bool:
    """`written_lower` of a word in lower case."""
    if len(word) < 3:
        return False
    return word in lowered or any(
        word.endswith(e) and word[: -len(e)] in lowered for e in _ENDINGS if len(word) > len(e) + 2
    )


@lru_cache(maxsize=1 << 16)  # asked of most words of every article; words repeat
def has_capital(text: str) -> bool:
    """True when ``text`` has an upper-case letter: ``any(c.isupper() for c in text)``."""
    # A lower-case word (most words) has none: `str.islower` tells it without a loop.
    return not text.islower() and any(c.isupper() for c in text)


#: A match's score ("3-1", "2–0"), which the NER runs into a team's name: goals up to
#: 19 each ("24-7" is no score).
_SCORE = re.compile(r"1?\d[-\u2013]1?\d")
_GOALS = re.compile(r"1?\d")
_DASHES = ("-", "\u2013")


def _score_at(tokens: DocTokens, i: int) -> bool:
    """True when token ``i`` is in a match's score: "3-1" as one token, or "3", a hyphen
    or dash and "1" with no space between (any of the three)."""
    text = tokens.text
    if _SCORE.fullmatch(text[i]):
        return True
    every = tokens.tokens
    for start in (i, i - 1, i - 2):
        if (
            start >= 0
            and start + 2 < len(text)
            and _GOALS.fullmatch(text[start]) is not None
            and text[start + 1] in _DASHES
            and _GOALS.fullmatch(text[start + 2]) is not None
            and not every[start].whitespace_
            and not every[start + 1].whitespace_
        ):
            return True
    return False


def _breaks(tokens: DocTokens, i: int) -> bool:
    """A word (the token at ``i``) that cannot be inside a name wherever it is written."""
    if tokens.tag[i] in BREAK_TAGS:
        return True
    text = tokens.text[i]
    if tokens.lower[i] in CONNECTORS or has_capital(text):
        return False
    if _score_at(tokens, i):
        return True  # "beat Kessel United 3-1": a match's score, no part of the name
    if tokens.tokens[i].like_num and not any(c.isalpha() for c in text):
        return "." in text or "," in text  # "41.7": a figure, not "Group of 7"
    return tokens.is_alpha[i]  # a lower-case word: "put", "plus", "percent", "had"


def _name_syllable(tokens: DocTokens, i: int) -> bool:
    """True for a lower-case word hyphenated to a capitalised one, with no space either
    side, that the NER put inside the name: the second syllable of a given name ("Pak
    Su-min", "Ri Sol-ju"), not a participle or adjective made from a name
    ("Halden-based", "Oslo-owned"). A short word the tagger reads as a past tense is a
    syllable after a short one ("Roe Mi-ran"), not after a name ("Halden-ran")."""
    every = tokens.tokens
    tag = tokens.tag[i]
    return (
        i >= 2
        and tokens.text[i - 1] == "-"
        and not every[i - 2].whitespace_
        and not every[i - 1].whitespace_
        and has_capital(tokens.text[i - 2])
        and (
            tag not in ("VBN", "VBD", "VBG", "JJ")
            or (tag == "VBD" and len(tokens.text[i]) <= 3 and len(tokens.text[i - 2]) <= 3)
        )
        and not tokens.lower[i].endswith(("ed", "ing"))
    )


def split_run(span: Span, tokens: DocTokens | None = None) -> list[Span]:
    """Cut a name run at words that cannot be inside a name; keep the named pieces.

    A person's name is also cut at "and"/"&" and at "of" ("Lydia Sonkarley of Bridgeway
    Research" names a person and an organisation), a place at a comma ("Abuja,
    Nigeria"); connectors and numbers left at the edges of a piece are trimmed.

    Args:
        span: The name run.
        tokens: Its document's token table, when the caller has it.
    """
    doc = span.doc
    if tokens is None:
        tokens = DocTokens(doc)
    lower, text = tokens.lower, tokens.text
    pieces: list[tuple[int, int, str]] = []
    start = span.start
    label = span.label_
    if label == "PERSON":
        label = _body_before_connector(span, tokens) or label
    for i in range(span.start, span.end):
        person = label == "PERSON"
        cut = (
            (_breaks(tokens, i) and not _name_syllable(tokens, i))
            or (person and lower[i] in ("and", "&", "of", "plus"))
            or (label in PLACE_LABELS and text[i] == ",")  # "Abuja, Nigeria"
        )
        if cut:
            if i > start:
                pieces.append((start, i, label))
            start = i + 1
            if person and lower[i] == "of":
                label = "ORG"  # "X of Bridgeway Research": what follows is a body
    if span.end > start:
        pieces.append((start, span.end, label))
    out = []
    # Read off the table: a Span per piece, its tokens and its text cost more than the rest.
    for first, end, piece_label in pieces:
        if len(pieces) > 1:
            # Only a cut leaves connectors or figures at an edge.
            first, end = _trimmed_edges(lower.__getitem__, tokens.tokens.__getitem__, first, end)
        if end > first and any(has_capital(text[i]) for i in range(first, end)):
            if (
                piece_label == "ORG"
                and gazetteer.lookup_country(tokens.span_text(first, end)) is not None
            ):
                piece_label = "GPE"
            out.append(_span(doc, first, end, piece_label))
    return out


#: Words after which a person's name cannot go on ("Jane Roe of Acme", "Jane and John").
_PERSON_CUTS = frozenset({"and", "&", "of", "plus", "for"})


def _body_before_connector(span: Span, tokens: DocTokens) -> EntityType | None:
    """The type of a name the NER called a person whose words before its first "of",
    "for" or "and" end in an organisation's or a place's head word ("Varna Commission for
    Polls and Ballots", "Acme Council of Elders"), else None; then the
    connectors are part of the name and must not cut it. "Jane Roe of Acme" stays a
    person ("Roe" is no head word)."""
    lower = tokens.lower
    cuts = [i for i in range(span.start, span.end) if lower[i] in _PERSON_CUTS]
    if not cuts or cuts[0] == span.start:
        return None
    found = name_head_type(tokens.span_text(span.start, cuts[0]))
    return found if found in ("ORG", "FAC") else None


#: Words left at the edge of a piece by a cut ("Lydia Sonkarley of" + ...).
_EDGE_WORDS = frozenset("of the and & for on in at upon 's ’s".split())


def _trim_edges(span: Span) -> Span:
    doc = span.doc
    start, end = _trimmed_edges(lambda i: doc[i].lower_, doc.__getitem__, span.start, span.end)
    return doc[start:end]


def _trimmed_edges(
    lower: Callable[[int], str], token: Callable[[int], Token], start: int, end: int
) -> tuple[int, int]:
    """`_trim_edges` of the tokens ``start:end`` by position, reading each token's lower
    case and the token itself through ``lower`` and ``token`` (a token table's columns,
    or the Doc)."""
    while start < end and (lower(start) in _EDGE_WORDS or token(start).is_punct):
        start += 1
    while end > start and (
        lower(end - 1) in _EDGE_WORDS
        or token(end - 1).is_punct
        or (token(end - 1).like_num and (end - 2 < start or lower(end - 2) != "of"))
    ):
        end -= 1
    return start, end


def _suspect(span: Span) -> bool:
    """A headline's name run that may hold more than a name: a verb, a preposition, an
    adverb or the sentence's root."""
    return any(
        t.tag_ in VERB_TAGS or t.tag_ in ("IN", "RB", "RP") or t.dep_ == "ROOT"
        for t in span
        if t.lower_ not in CONNECTORS
    )


def headline_pieces(
    span: Span, known: Collection[str], lowered: Collection[str] = frozenset()
) -> list[Span]:
    """The names inside a headline's name run that the article uses elsewhere.

    ``known`` holds the folded names of the article's entities outside headlines, and
    the last words of its multi-word names ("Herons" of "Port Elson Herons"). The
    longest known names are taken first, left to right. In a run that is not suspect (no
    verb, preposition, adverb or root) the words between known names are kept too,
    except the words the article writes in lower case (``lowered``, see `lower_forms`),
    which cut them: the tagger reads a headline's "Guilty", "Hire" or "Checks" as part of
    a name ("Roe Guilty", "Hire Jane Roe"). A single unknown word is left out too
    ("Rehires", "Armed"): the corpus stage still finds it if it is a name. A known name
    made only of such words ("Refugee Camp", the end of "Acme Refugee Camp") is no name
    in a headline.
    """
    suspect = _suspect(span)
    words = [fold(t.text) for t in span]
    out: list[Span] = []
    rest: list[int] = []  # words between known names, in a run that is not suspect

    def keep_rest() -> None:
        for piece in _unlowered(span.doc, rest, lowered):
            out.append(_span(span.doc, piece.start, piece.end, span.label_))
        rest.clear()

    i = 0
    while i < len(span):
        for j in range(len(span), i, -1):
            piece = span[i:j]
            if (
                " ".join(w for w in words[i:j] if w) in known
                and has_capital(piece[0].text)
                and not all(written_lower(t, lowered) for t in piece if t.is_alpha)
            ):
                keep_rest()
                out.append(_span(span.doc, piece.start, piece.end, span.label_))
                i = j
                break
        else:
            if not suspect:
                rest.append(span[i].i)
            i += 1
    keep_rest()
    return sorted(out, key=lambda s: s.start)


def _unlowered(doc: Doc, indices: list[int], lowered: Collection[str]) -> list[Span]:
    """The stretches of consecutive ``indices`` cut at words written in lower case
    elsewhere, trimmed, that still hold two capitalised words."""
    out: list[Span] = []
    run: list[int] = []
    for i in [*indices, -1]:
        if i >= 0 and not written_lower(doc[i], lowered) and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if run:
            piece = _trim_edges(doc[run[0] : run[-1] + 1])
            if sum(1 for t in piece if t.is_alpha and has_capital(t.text)) >= 2:
                out.append(piece)
        run = [i] if i >= 0 and not written_lower(doc[i], lowered) else []
    return out


def known_names(spans: Iterable[Span], tokens: DocTokens | None = None) -> frozenset[str]:
    """Folded names of entity spans, with and without a leading "the", plus the last one
    and two words of longer names of organisations ("Herons" of "Port Elson Herons") and
    people's surnames. A place's
    last word is no name ("Leone" of "Sierra Leone", "County" of "Lofa County").

    Args:
        spans: The entity spans.
        tokens: Their document's token table, when the caller has it (their texts).
    """
    out: set[str] = set()
    for span in spans:
        words = fold(_text(span, tokens)).split()
        if not words:
            continue
        out.add(" ".join(words))
        if len(words) > 1 and words[0] == "the":
            # "The Bank of Halden" names the Bank of Halden, as a headline writes it
            words = words[1:]
            out.add(" ".join(words))
        if len(words) > 1 and span.label_ in ("ORG", "FAC"):
            out.update(" ".join(words[-k:]) for k in (1, 2) if k < len(words))
        if len(words) > 1 and span.label_ == "PERSON":
            out.add(words[-1])  # the surname alone
    return frozenset(out)


#: Letters a person's name is written with after it: Senior, Queen's and King's Counsel
#: and Senior Advocate ("Jane Roe SC", "Jane Roe SAN"), fellowships and honours ("Dame
#: Jane Roe FRS", "Jane Roe OBE"), a member's seat ("Jane Roe MP", "Jane Roe TD"); and a
#: judge's "J" in law reports ("Roe J").
POSTNOMINALS = frozenset(
    {
        "SC",
        "QC",
        "KC",
        "SAN",
        "FRS",
        "FRSE",
        "FREng",
        "FMedSci",
        "FBA",
        "OBE",
        "MBE",
        "CBE",
        "KBE",
        "DBE",
        "MP",
        "MSP",
        "MEP",
        "TD",
    }
)


def cut_postnominal(span: Span, label: str) -> Span:
    """The name without a counsel's letters or a judge's "J" written after it: "Jane Roe
    SC" -> "Jane Roe", "Roe J" -> "Roe". Only after words of a person's name
    (capitalised, or a family name's particle: "Ria du Marlo SC"); for a name the NER
    typed otherwise only where a title leads it, in the span or before it ("Adv Jane Roe
    SC", "Dame [Jane Roe FRS]"): "Santos SC",
    "Orlando City SC" are clubs; not "Frankie J", a given name and a letter."""
    last = span[-1].text if len(span) else ""
    if last in POSTNOMINALS:
        rest = span[:-1]
        if len(rest) < 2:
            return span
    elif (
        last == "J"
        and len(span) == 2
        and span[0].is_title
        and span[0].is_alpha
        and not known_given_name(span[0].text)  # "Frankie J", a singer's name
    ):
        rest = span[:-1]
    else:
        return span
    if not all(
        (t.is_alpha and t.is_title) or t.lower_ in PARTICLES or t.text == "." or is_title_word(t)
        for t in rest
    ):
        return span  # words of a name, its particles and the titles before it ("Adv.")
    titled = is_title_word(rest[0]) or (span.start > 0 and is_title_word(span.doc[span.start - 1]))
    if label != "PERSON" and not titled:
        return span  # "Orlando City SC", "Al Ahly SC": clubs; "Adv Jane Roe SC" a counsel
    return rest


def cut_titles(span: Span) -> tuple[Span, list[str]]:
    """Cut titles, ranks and honorifics at the start of a person's name; return the name
    and the titles that are roles.

    "Trooper William Hakim" -> ("William Hakim", ["Trooper"]); "Sen. Jane Roe" keeps its
    dot ("Sen."); "Mrs. Jane Roe" -> ("Jane Roe", []) (a courtesy title is no role). At
    least one word of the name is always left, and nothing is cut before a place ("GM
    Europe") or, for an acronym title, before a lone word.
    """
    doc = span.doc
    start = span.start
    cut: list[str] = []
    while start < span.end - 1 and is_title_word(doc[start]):
        word = doc[start].text
        start += 1
        if start < span.end - 1 and doc[start].text == ".":
            word += "."
            start += 1
        cut.append(word)
    if not cut:
        return span, []
    rest = doc[start : span.end]
    if not any(t.is_alpha and has_capital(t.text) for t in rest) or gazetteer.is_place(rest.text):
        return span, []  # "HVL Europe" is a company's branch, not an HVL named Europe
    if any(w.isupper() for w in cut) and len(rest) < 2:
        return span, []  # an acronym title ("GM", "CEO") only before a full name
    # A courtesy title ("Mrs.", "Lady") is no role; it tells the gender (kg.resolve).
    kept = [
        w
        for w in cut
        if _kinds().get(word := w.lower().rstrip(".'\u2019")) != "honorific"
        and word not in _PAIR_WORDS
        and word not in FULL_NAME_TITLES
    ]
    return rest, [" ".join(kept)] if kept else []


@cache
def _kinds() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("titles.tsv")}


def title_only(span: Span) -> bool:
    """True for a title the NER tagged on its own right before a person's name, or
    before more titles and the name ("Homicide Capt" in "Homicide Capt. Joe Blue",
    "Cllr" in "Cllr. Jane Roe", "Lt." in "Lt. Gov. Jane Roe")."""
    doc = span.doc
    if not is_title_word(span[-1]):
        return False
    nxt = span.end
    while (
        nxt < len(doc)
        and doc[nxt].ent_type_ != "PERSON"
        and (
            doc[nxt].text == "."
            or is_title_word(doc[nxt])
            # the apostrophe of "Dato'", which the tokenizer splits off
            or (doc[nxt].text in ("'", "\u2019") and not doc[nxt - 1].whitespace_)
        )
    ):
        nxt += 1
    return nxt < len(doc) and doc[nxt].ent_type_ == "PERSON" and doc[nxt].ent_iob_ == "B"


def drop_article(span: Span) -> Span:
    """Drop a sentence-initial "A"/"An" the NER kept ("A Halden Commission spokesman"),
    and the market words of "Shares of Halden Corp. fell" (`_SHARES_OF`)."""
    if (
        len(span) > 1
        and span[0].lower_ in ("a", "an")
        and span[0].whitespace_
        and span[1].text[:1].isupper()
    ):
        return span[1:]
    if len(span) > 2 and (span[0].lower_, span[1].lower_) in _SHARES_OF and span[2].is_title:
        return span[2:]
    return span


#: Words that start a sentence about a company's stock, which the NER may take into the
#: company's name.
_SHARES_OF = frozenset(
    (word, prep) for word in ("shares", "stock", "stocks") for prep in ("of", "in")
)


def hyphen_piece(tok: Token) -> bool:
    """True when a word hyphenated to a name is part of it ("Jae-in", "Jong-un",
    "Mar-a-Lago", "Hewlett-Packard", a syllable the tagger reads as a name: "Sang-chul"),
    false for a modifier made from the name ("NADS-led", "Halden-owned", "Oslo-based",
    "Norvik Motors-had")."""
    if has_capital(tok.text) or tok.pos_ == "PROPN":
        return True
    return len(tok.text) <= 3 and tok.pos_ not in ("VERB", "AUX", "ADJ")


def join_halves(doc: Doc, spans: list[Span]) -> list[Span]:
    """Join a place name the NER cut in two: "Sierra" (ORG) + "Leonean" (PERSON), or one
    half tagged and the other not ("Sierra" + "Leone").

    Two neighbouring words join only when together they are a country's name or demonym
    in the gazetteer. A person's name the NER cut at "bint" ("Latifa" + "Ahmed al-Marlo"
    of "Latifa bint Ahmed al-Marlo": daughter of Ahmed) is joined too (`_patronymic`),
    and so is one long name tagged as two people side by side (`_one_name_cut_in_two`).
    """
    out: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        joined = None
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is not None and nxt.start == span.end:
            joined = _as_country(doc[span.start : nxt.end])
        if joined is None and nxt is not None:
            joined = _patronymic(doc, span, nxt) or _one_name_cut_in_two(span, nxt)
        if (
            joined is None
            and span.end < len(doc)
            and (nxt is None or nxt.start > span.end)
            # `_as_country` takes only capitalised words: the word after is tested first
            # (mostly a comma or a lower-case word), before a span is made.
            and has_capital(doc[span.end].text)
        ):
            joined = _as_country(doc[span.start : span.end + 1])
        if joined is not None:
            out.append(joined)
            i += 2 if nxt is not None and joined.end == nxt.end else 1
            continue
        out.append(span)
        i += 1
    return out


#: A person's name cut in two by the NER is this many words at most, joined.
_MAX_JOINED_NAME = 6


def _one_name_cut_in_two(span: Span, nxt: Span) -> Span | None:
    """One person's long name the NER tagged as two people side by side ("Maria da
    Conceição" + "Ferreira Lopes"), or None: nothing between the two, capitalised words
    and particles only, `_MAX_JOINED_NAME` words at most, the second led by no
    given name, and not in a headline, where Title Case runs names and verbs together.
    Two people are written with "and" or a comma between them."""
    doc = span.doc
    whole = doc[span.start : nxt.end]
    if (
        span.label_ != "PERSON"
        or nxt.label_ != "PERSON"
        or nxt.start != span.end
        or len(whole) > _MAX_JOINED_NAME
        or not all((t.is_alpha and t.is_title) or t.lower_ in PARTICLES for t in whole)
        or span.sent.start != nxt.sent.start
        or is_headline(span.sent)
        # a given name starts another person's name, after a title ("Wajir Governor
        # Amina Roe", "Teachta Dála Dara Roe"); not the Arabic article "Al" of a family
        # name after Arabic given names ("Omar Yousef" + "Al Kessimi")
        or (known_given_name(nxt[0].text) and not _arabic_family_after(span, nxt))
    ):
        return None
    return _span(doc, span.start, nxt.end, "PERSON")


def _arabic_family_after(span: Span, nxt: Span) -> bool:
    """True when ``nxt`` is an Arabic family name with its article ("Al Kessimi") after
    a name led by an Arabic given name ("Omar Yousef")."""
    return (
        len(nxt) > 1 and nxt[0].lower_ in ARABIC_ARTICLES and arabic_given_name(fold(span[0].text))
    )


def _patronymic(doc: Doc, span: Span, nxt: Span) -> Span | None:
    """One person's name from a given name and the name of the father after "bin", "ibn"
    or "bint" between them, when the NER tagged the two sides apart ("Latifa" (ORG) +
    "bint" + "Ahmed al-Marlo" (PERSON), or "Latifa" (PERSON) + "bint" + "Ahmed Al Marlo"
    (ORG)); None otherwise. The side before is one or two capitalised words; one side is
    a person's name and the other a person's or an organisation's that no head word or
    legal form makes one ("Marlo Foundation")."""
    labels = {span.label_, nxt.label_}
    if (
        nxt.start != span.end + 1
        or doc[span.end].lower_ not in PATRONYMIC
        or "PERSON" not in labels
        or not labels <= {"PERSON", "ORG"}
        or len(span) > 2
        or not all(t.is_alpha and t.text[:1].isupper() for t in span)
    ):
        return None
    if nxt.label_ == "ORG" and (name_head_type(nxt.text) or written_legal_form(nxt.text)):
        return None
    return _span(doc, span.start, nxt.end, "PERSON")


def _as_country(span: Span) -> Span | None:
    if not all(has_capital(t.text) for t in span):
        return None
    place = gazetteer.lookup_country(span.text)
    if place is None or place.ambiguous or place.kind not in ("name", "demonym"):
        return None
    label = "NORP" if place.kind == "demonym" else "GPE"
    return _span(span.doc, span.start, span.end, label)


def outlet_bureau(
    span: Span, known: Collection[str], tokens: DocTokens | None = None
) -> Span | None:
    """The outlet in "<outlet> <city>" ("Atlantic Herald Freetown", "Breitbart London"),
    labelled ORG, or None.

    The name before the city must end with an outlet word ("Herald", "News") or be the
    start of an organisation the article names elsewhere.

    Args:
        span: The name.
        known: `known_names` of the article.
        tokens: Its document's token table, when the caller has it.
    """
    if len(span) < 2:
        return None
    if tokens is None:
        tokens = DocTokens(span.doc)
    start, end = span.start, span.end
    is_title, lower = tokens.is_title, tokens.lower
    for size in (2, 1):
        if end - start <= size:
            continue
        cut = end - size  # the city is the tokens cut:end, the name before it start:cut
        if not all(is_title[i] for i in range(cut, end)):
            continue
        city = tokens.span_text(cut, end)
        place = gazetteer.lookup_country(city)
        is_city = gazetteer.country_of_city(city) is not None or (
            place is not None and place.kind == "capital"
        )
        if not is_city:
            continue
        name, whole = fold(tokens.span_text(start, cut)), fold(tokens.span_text(start, end))
        if (
            lower[cut - 1] in OUTLET_WORDS
            or any(k != whole and (k == name or k.startswith(name + " ")) for k in known)
            or (cut - start == 1 and not is_given_name(lower[start]) and _told(span))
        ):
            return _span(span.doc, start, cut, "ORG")
    return None


#: Verbs whose "by"/"to"/"with" names who was told or who reported: a medium's bureau
#: ("reported by Halvex Berlin", "an interview with ...").
_REPORTING = frozenset({"report", "tell", "say", "speak", "talk", "write", "quote", "interview"})


def _told(span: Span) -> bool:
    """True when ``span`` is what someone told something to, or who reported it: "told
    Halvex London", "first reported by Halvex Berlin", "according to ...", "an
    interview with ..." (`outlet_bureau`: a one-word name and a city there is a medium's
    bureau, not a person's name)."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lemma_ == "tell":
        return True
    if before.lower_ == "to" and span.start > 1 and doc[span.start - 2].lower_ == "according":
        return True
    return before.lower_ in ("by", "to", "with") and before.head.lemma_.lower() in _REPORTING


#: Kinds of place too vague to type a name ("part", "area", "corner", "state": "the state
#: Jane Roe described").
_VAGUE_PLACES = frozenset({"part", "section", "area", "corner", "state", "territory", "capital"})


@cache
def _kind_nouns() -> dict[str, EntityType]:
    """Nouns for a kind of body (ORG) or of place (GPE), from ``place_nouns.tsv``."""
    out: dict[str, EntityType] = {}
    for row in load_tsv("place_nouns.tsv"):
        if row[1] == "body":
            out[row[0]] = "ORG"
        elif row[1] == "place" and row[0] not in _VAGUE_PLACES:
            out[row[0]] = "GPE"
    return out


def kind_type(span: Span, tokens: DocTokens | None = None) -> EntityType | None:
    """The type a common noun for a kind of body or place gives the name written with it,
    or None.

    The noun is the word right before the name and joined to it ("the airline
    Northwind", "animation studio Brightfield", "German magazine Der Blick"), the
    noun of an apposition ("Acme, a Canadian parts maker"; "the carrier, Northwind"),
    or, for a place, the noun the name follows with "of" ("the town of Kesselby"); a
    name after a preposition of place and before its country or state is a place too
    ("in Lyonne, France"); a name written on such a noun is the body's ("the Brenlow
    company").
    A noun that only modifies a title ("company founder Jane Roe") or that the name
    does not hang on ("told the newspaper Jane Roe had left") types nothing.

    Args:
        span: The name.
        tokens: Its document's token table, when the caller has it.
    """
    if tokens is None:
        tokens = DocTokens(span.doc)
    kinds = _kind_nouns()
    root = span.root
    before = tokens.tokens[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.head == root:
        kind = kinds.get(before.lemma_.lower())
        if kind is not None and before.dep_ == "compound":
            return kind
    # An apposition only when written with its comma ("The party Jane Roe founded" is
    # none, whatever the parser says).
    if span.end < len(tokens) and tokens.text[span.end] == ",":
        appositions = [child for child in root.children if child.dep_ == "appos"]
        # "Jane Roe, vice chairman of Acme, the lobby group": an office says a name of two
        # words or more is a person's; the kind noun after it is the body's. Not of one
        # word: "Halvex, manager of the fund, an asset management company".
        if len(span) < 2 or not any(is_title_word(child) for child in appositions):
            for child in appositions:
                if child.pos_ == "NOUN" and child.lemma_.lower() in kinds:
                    return kinds[child.lemma_.lower()]
    head = root.head
    if (
        before is not None
        and before.text == ","
        and root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in kinds
    ):
        return kinds[head.lemma_.lower()]
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        kind = kinds.get(head.head.lemma_.lower())
        if kind == "GPE":
            return kind
    if _names_body_after(span):
        return "ORG"
    return "GPE" if _placed(span, tokens) else None


#: Bodies of a named body's people, not the body itself: "the Acme union" is its
#: workers' union, "the Acme association" its members' or dealers'.
MEMBERS_BODIES = frozenset({"union", "association", "band"})


def body_noun_after(root: Token) -> Token | None:
    """The lower-case noun for a kind of body (``place_nouns.tsv``) that a name is written
    on, after it ("the Brenlow company", "the Acme research institute"): the noun is the
    body. None for any other word, and for a union or association of the named body's
    people (`MEMBERS_BODIES`).

    Args:
        root: The root token of the name.
    """
    noun = root.head
    if root.dep_ != "compound" or noun.i <= root.i or not noun.is_lower:
        return None
    lemma = noun.lemma_.lower()
    if _kind_nouns().get(lemma) != "ORG" or lemma in MEMBERS_BODIES:
        return None
    return noun


def _names_body_after(span: Span) -> bool:
    """True for a name written on a lower-case noun for a kind of body after it
    (`body_noun_after`), with only lower-case words between, unless a person of the
    article bears the name ("Jane Roe ... the Roe company": the word may still be read as
    her name elsewhere)."""
    doc = span.doc
    noun = body_noun_after(span.root)
    if (
        noun is None
        or noun.i < span.end
        or noun.i - span.end > 2
        or not all(t.is_lower for t in doc[span.end : noun.i + 1])
    ):
        return False
    last = span[-1].lower_
    return not any(
        e.label_ == "PERSON" and e.start != span.start and any(t.lower_ == last for t in e)
        for e in doc.ents
    )


#: Nouns of a place on a border or a road that a town's name is written on ("the X
#: crossing"); a person's name is not.
_SITE_NOUNS = frozenset({"crossing", "checkpoint", "border"})

#: Prepositions of place and movement: "in X, France", "flown to X, France".
_PLACE_PREPOSITIONS = frozenset("in at near outside from to into toward towards".split())


def _placed(span: Span, tokens: DocTokens) -> bool:
    """True for a one-word name the sentence places: after a preposition of place and
    before its country or a state abbreviation ("in Lyonne, France", "from Kesselby in
    Norway", "to Dunmore, Pa."), after "in" or "near" hung on a verb ("campaigning in
    Kesselby"), or on a border crossing ("the Kesselby crossing"): a town, however the
    NER typed it. "A letter from Roe, France's envoy", "confidence in Roe" and "Roe's
    border policy" are none. The words are read off the document's token table."""
    if len(span) != 1 or span.start == 0:
        return False  # a town's name is one word; "Jane Roe, France" is a person and her team
    every, lower, size = tokens.tokens, tokens.lower, len(tokens)
    root = every[span.start]  # a one-word span's root
    nxt = span.end if span.end < size else None
    if nxt is not None and lower[nxt] in ("'s", "’s"):
        return False
    site = root.head
    if nxt is not None and lower[nxt] in _SITE_NOUNS and site.lower_ in _SITE_NOUNS:
        return site == every[nxt] or every[nxt].head == site  # "the Kesselby (border) crossing"
    prep = root.head
    between = range(prep.i + 1, span.start) if prep.i < span.start else range(0)
    if (
        root.dep_ == "pobj"
        and prep.lower_ in ("in", "near")
        and prep.head.pos_ == "VERB"
        and len(between) <= 1
        and all(tokens.pos[i] == "ADJ" for i in between)
    ):
        return True  # "campaigning in (nearby) Kesselby", "voted near Kesselby"
    if lower[span.start - 1] not in _PLACE_PREPOSITIONS:
        return False
    end = span.end
    if end + 1 >= size or lower[end] not in (",", "in"):
        return False
    for count in (1, 2, 3):
        last = min(end + 1 + count, size)  # the words are the tokens end + 1:last
        if last - (end + 1) < count or any(lower[i] in ("'s", "’s") for i in range(end + 1, last)):
            break
        if last < size and lower[last] in ("'s", "’s"):
            continue  # "France's envoy"
        words = tokens.span_text(end + 1, last)
        place = gazetteer.lookup_country(words)
        if (place is not None and place.kind == "name") or gazetteer.us_state(words):
            return True
    return False


def person_of_body(span: Span, names: Collection[str] = ()) -> list[Span] | None:
    """A person and a body the NER tagged as one organisation ("Jane Roe of Acme
    Research", also cut short as "Jane Roe of"), or None.

    The words before "of" are two or three capitalised words whose first is a given
    name (the ``nicknames`` data knows it) or that the article names on their own
    elsewhere (``names``, see `pair_names`); the body is the capitalised run after "of".
    "Bank of Halden", "University of Ghana" and "Bill of Rights" (one word before
    "of") are no such pair.
    """
    if span.label_ == "PERSON":
        return None  # `split_run` cuts a person at "of"
    doc = span.doc
    at = next((t.i for t in span if t.lower_ == "of"), None)
    if at is None or not 2 <= at - span.start <= 3:
        return None
    person = doc[span.start : at]
    if not all(t.is_title and t.is_alpha for t in person):
        return None
    if not is_given_name(person[0].lower_) and fold(person.text) not in names:
        return None  # not a given name the data knows, nor a name of the article
    end = max(span.end, at + 1)
    while end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
        end += 1
    if end == at + 1:
        return None
    return [_span(doc, person.start, person.end, "PERSON"), _span(doc, at + 1, end, "ORG")]


def known_pair(span: Span, names: Collection[str]) -> list[Span] | None:
    """Two names the NER tagged as one ("Norvex and Acme"), each of which the article
    names on its own elsewhere (``names``: folded full names of its other entities, and
    the surnames of its people), or None. "Rivers and Forests Service" and "Tasker and
    Brill" stay whole: the article never names their halves alone. Nor is "Brenner &
    Brenner" cut: a name whose two halves are one name is a firm's, not two actors."""
    doc = span.doc
    cuts = [t.i for t in span if t.lower_ in ("and", "&") and span.start < t.i < span.end - 1]
    if len(cuts) != 1:
        return None
    left = _trim_edges(doc[span.start : cuts[0]])
    right = _trim_edges(doc[cuts[0] + 1 : span.end])
    if not len(left) or not len(right):
        return None
    if fold(left.text) == fold(right.text):
        return None
    if fold(left.text) not in names or fold(right.text) not in names:
        return None
    return [_span(doc, p.start, p.end, span.label_) for p in (left, right)]


#: Tags of a finite verb or a modal: the verb of a clause, whose subject comes before it.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Dependencies that give a verb its subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Tags of the words of a short phrase that may stand between a subject and its verb
#: ("Kesselbyites on Facebook said"): a preposition, then these.
_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS"})
#: Most words of that phrase after its preposition.
_PHRASE_WORDS = 3
#: Endings of a plural name for the people of a place ("Kesselbyites", "Londoners",
#: "Parisians", "Texans"), added to the place's name less a final vowel or "s".
_PEOPLE_ENDINGS = ("ites", "ers", "ians", "ans", "ns")


def name_labels(ents: Iterable[Span], tokens: DocTokens | None = None) -> dict[str, frozenset[str]]:
    """For `run_on`: the labels the article gives each folded name, a person's surname
    alone counted as a person's name ("roe" of "Jane Roe" is PERSON).

    Args:
        ents: The entity spans.
        tokens: Their document's token table, when the caller has it (their texts).
    """
    found: dict[str, set[str]] = {}
    for ent in ents:
        words = fold(_text(ent, tokens)).split()
        if not words:
            continue
        found.setdefault(" ".join(words), set()).add(ent.label_)
        if ent.label_ == "PERSON" and len(words) > 1:
            found.setdefault(words[-1], set()).add("PERSON")
    return {name: frozenset(labels) for name, labels in found.items()}


def bracketed_acronym(span: Span) -> list[Span] | None:
    """A name and the acronym in brackets after it that the NER took as one name ("the
    National Office of Elections (NOE" of "... (NOE)"), as two spans, or None."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        inside = doc[i + 1 : span.end]
        if doc[i].text == "(" and len(inside) == 1 and is_acronym(inside.text):
            label = span.label_
            return [_span(doc, span.start, i, label), _span(doc, i + 1, span.end, label)]
    return None


#: Lower-case words inside an organisation's name that its acronym leaves out.
_NAME_LINKS = frozenset({"and", "&", "of", "for"})
#: Short words acronyms leave out, which a capital at a sentence's start does not make
#: part of a name ("In", "For", "On").
_SHORT_WORDS = frozenset(SHORT_WORDS) | {"at", "to"}


def acronym_start(span: Span) -> list[Span] | None:
    """An organisation's name the NER started too late, as the whole name its acronym in
    brackets spells ("the Energy and [Mining Regulatory Authority] (EMRA)" -> "Energy
    and Mining Regulatory Authority"), or None.

    Only capitalised words and the links acronyms leave out ("and", "of") before the
    name, in no entity (the NER's own span keeps its words), at most four, up to the
    first word that makes the name's initials the acronym's letters."""
    doc = span.doc
    end = span.end
    if (
        span.label_ == "PERSON"
        or end + 2 >= len(doc)
        or doc[end].text != "("
        or doc[end + 2].text != ")"
        or not is_acronym(doc[end + 1].text)
    ):
        return None
    letters = acronym_key(doc[end + 1].text)
    start = span.start
    while start > 0 and span.start - start < 4:
        tok = doc[start - 1]
        if (
            tok.ent_iob_ != "O"
            or not (tok.is_title or tok.lower_ in _NAME_LINKS)
            or (tok.is_title and tok.lower_ in _SHORT_WORDS)
        ):
            return None  # "In [Financial Crimes Commission] (FCC) reports": no name's word
        start -= 1
        if tok.is_title and initials(doc[start:end].text) == letters:
            return [_span(doc, start, end, span.label_)]
    return None


#: A generational suffix written with its full stop, which may also end a sentence.
_SUFFIX_STOPS = frozenset({"Jr.", "Sr."})


def suffix_stop(span: Span, labels: Mapping[str, frozenset[str]]) -> list[Span] | None:
    """The two names of a run the NER took across a sentence that ends with a
    generational suffix ("... jailed Tom Marlo Jr. Quentin has not been charged"), or
    None: the words after the suffix are a name the article gives a person elsewhere
    (``labels``, see `name_labels`), never a word no one bears ("X Jr. Day")."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        if doc[i].text not in _SUFFIX_STOPS or not doc[i + 1].text[:1].isupper():
            continue
        right = doc[i + 1 : span.end]
        # Not the run's own last word: a person the article names apart from the run.
        if doc.text.count(right.text) < 2 or "PERSON" not in labels.get(fold(right.text), ()):
            return None
        return [_span(doc, span.start, i + 1, span.label_), _span(doc, i + 1, span.end, "PERSON")]
    return None


#: Tokens a legal form after a name may take ("sp. z o.o.": "sp", ".", "z", "o.o", ".").
_LEGAL_FORM_TOKENS = 6


def with_legal_form(span: Span) -> list[Span] | None:
    """A name the NER stopped before the company's legal form written after it
    ("Halvex Spedition" of "Halvex Spedition GmbH", "Halvex a.s.") or before it ("OOO
    Halvex Re", `kg.names.leading_legal_form`), or typed otherwise with its form
    ("Halvex Rohrbau GmbH" typed PERSON), as one organisation's name with its legal
    form, or None. The form is what the ``cleanco`` data strip
    (`kg.names.base_name`), written with a capital or a dot: "as" or "co" in lower case
    are words."""
    doc = span.doc
    if span.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
        return None
    after = _form_after(doc, span.start, span.end)
    stop = after or span.end
    if (
        span.start > 0
        and leading_legal_form(doc[span.start - 1 : stop].text)
        and _company_after_form(doc, span.start, span.end, span.label_)
    ):
        # "OOO Halvex Re" typed PERSON; "PT Halvex Nikel Tbk", a form after it too
        return [_span(doc, span.start - 1, stop, "ORG")]
    if leading_legal_form(span.text) and not _company_after_form(
        doc, span.start + 1, span.end, span.label_
    ):
        return None  # "JSC Jane Roe": a person after letters that spell a form
    if span.label_ != "ORG" and len(span) > 1 and written_legal_form(span.text):
        return [_span(doc, span.start, span.end, "ORG")]  # "Halvex Rohrbau GmbH" typed PERSON
    return [_span(doc, span.start, after, "ORG")] if after else None


def _form_after(doc: Doc, start: int, end: int) -> int | None:
    """The end of the legal form written right after the name of tokens ``start:end``
    ("GmbH" after "Halvex Spedition"), or None. One capitalised word no entity holds may
    come between: the NER cut the company's name short ("Halvex Specialty" [PERSON] of
    "Halvex Specialty Coatings LLC", `_word_before_form`)."""
    text = doc[start:end].text
    for stop in range(min(len(doc), end + 1 + _LEGAL_FORM_TOKENS), end, -1):
        if any(t.is_sent_start or (t.is_punct and t.text != ".") for t in doc[end:stop]) or (
            stop < len(doc) and doc[stop].text == "-"  # "the PLB co-founder"
        ):
            continue
        name = doc[start:stop].text
        if not written_legal_form(name):
            continue
        base = base_name(name)
        if base == text:
            return stop
        if _word_before_form(doc, start, end, base) and not (
            stop < len(doc) and doc[stop].is_title  # "Ports Minister S.P. Kessar": initials
        ):
            return stop
    return None


def _word_before_form(doc: Doc, start: int, end: int, base: str) -> bool:
    """True when the one capitalised word after the name of tokens ``start:end`` (in no
    entity) completes ``base``, a company's name without its legal form ("Coatings" of
    "Halvex Specialty Coatings LLC"). Not before a form of two capitals with no dot,
    which headlines write for other things ("Jane Roe Releases New LP", "Jane Roe Becomes
    AG"), not a headline's verb (one of kg's trigger verbs, "Sues"), nor after a person's
    name a common given name leads ("Jane Roe Quits Corp.")."""
    if end >= len(doc) or doc[start : end + 1].text != base:
        return False
    if doc[start].ent_type_ == "PERSON" and is_given_name(fold(doc[start].text)):
        return False
    form = doc[end + 1].text if end + 1 < len(doc) else ""
    word = doc[end]
    return (
        not (len(form) == 2 and form.isupper())
        and word.is_alpha
        and word.is_title
        and word.ent_iob_ == "O"
        and not _headline_verb(word.lower_)
    )


def _headline_verb(word: str) -> bool:
    """True for a third-person verb of kg's trigger lexicon as a headline writes it
    ("sues", "releases"; not "coatings": no trigger)."""
    stems = (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],)
    return word.endswith("s") and any(stem in verb_triggers() for stem in stems)


def _company_after_form(doc: Doc, start: int, end: int, label: str) -> bool:
    """True when the name of tokens ``[start, end)`` (typed ``label``) after a legal form
    written before it ("OOO", "PJSC", "JSC") may be a company's: no place the gazetteer
    knows, no person's name a known given name leads, and typed ORG, or after a form the
    NER typed ORG, or two words or more ("PJSC Severny", "OOO Halvex Re" typed PERSON;
    not "JSC Jane Roe", nor "JSC Houston", a space centre)."""
    name = doc[start:end]
    if not len(name) or gazetteer.known_place(name.text):
        return False
    if label == "PERSON" and known_given_name(name[0].text):
        return False
    return label == "ORG" or doc[start - 1].ent_type_ == "ORG" or len(name) > 1


def place_with_office(span: Span) -> list[Span] | None:
    """A "person" that is a known place and the office held for it, after an article
    and with no name after ("a Leeds MP,", "the Bavaria governor said"), as the
    place, or None: the office is said of a person named elsewhere in the sentence.
    Without the article it may be a person's name ("Jordan King said")."""
    doc = span.doc
    if span.label_ != "PERSON" or len(span) < 2 or not is_title_word(span[-1]):
        return None
    if span.start == 0 or doc[span.start - 1].lower_ not in ("a", "an", "the"):
        return None
    if span.end < len(doc) and doc[span.end].is_title:
        return None  # "Halvex MP Jane Roe": a name follows
    end = span.end
    while end > span.start and is_title_word(doc[end - 1]):
        end -= 1
    place = doc[span.start : end]
    if not len(place) or not gazetteer.known_place(place.text):
        return None
    return [_span(doc, span.start, end, "GPE")]


#: Kinds of titles (``titles.tsv``) that may lead a name the NER tagged as an
#: organisation's: a rank, an abbreviation ("Capt.", "Sen."), a title in capitals ("CP").
_RANK_KINDS = frozenset({"rank", "abbrev", "acronym"})


def office_before_name(span: Span) -> list[Span] | None:
    """A person's name after an office or titles that the NER tagged with it as one
    organisation, or None: "Moroccan Head of Government Karim Roe" as the demonym
    before the office and the person (the office is not kept as a role: the parser
    seldom hangs it on the name), "Brigadier General Amadou Roe" and "CP Usman Roe" as
    the person (whose titles `cut_titles` cuts off into roles).

    The office is one of ``roles.tsv`` written in capitals ("Head of Government"), the
    titles are title words (`is_title_word`) led by a rank, an abbreviation or a title
    in capitals (`_RANK_KINDS`), with a comma after the name; the name is two or three
    capitalised words led by a known given name. "Ministry of Finance", "Head of
    Government Affairs Unit" (no given name after) and "Bishop Grace School" (no rank)
    are no such pair.
    """
    if span.label_ != "ORG":
        return None  # not "Major Samuel Kessar Road", a road
    doc = span.doc
    offices = _offices()
    for at in range(span.start + 1, span.end - 1):
        name = doc[at : span.end]
        words = [t for t in name if t.text != "-"]  # "Al-Amrani" is three tokens
        if not (
            len(words) <= 3  # two at least: the title leaves one token past ``at``
            and known_given_name(doc[at].text)
            and all(t.is_title and t.is_alpha for t in words)
        ):
            continue
        if (
            all(is_title_word(t) and not t.is_lower for t in doc[span.start : at])
            and _kinds().get(doc[span.start].lower_.rstrip(".")) in _RANK_KINDS
            and span.end < len(doc)
            and doc[span.end].text == ","
        ):
            # a rank or a title in capitals first, and a comma after the name, where an
            # apposition or a clause goes on ("CP Usman Roe, the commissioner,"; not
            # "Detectives of the Major General Crimes Unit made the arrest")
            return [_span(doc, span.start, span.end, "PERSON")]
        for start in range(max(span.start, at - 3), at - 1):
            office = doc[start:at]
            if " ".join(t.lower_ for t in office) in offices and all(
                t.is_title or t.lower_ == "of" for t in office
            ):
                out = []
                if start > span.start and gazetteer.lookup_country(doc[span.start : start].text):
                    out.append(_span(doc, span.start, start, "NORP"))
                return [*out, _span(doc, at, span.end, "PERSON")]
    return None


def _past_particles(doc: Doc, start: int, small: bool = False) -> int:
    """The token after the one or two family-name particles from ``start`` ("van der"),
    written small only where ``small``."""
    i = start
    while (
        i < len(doc)
        and i - start < 2
        and doc[i].lower_ in PARTICLES
        and (doc[i].is_lower or not small)
    ):
        i += 1
    return i


def particle_cut_off(span: Span) -> list[Span] | None:
    """A person's name the NER ended on a particle of the family name ("Ruud van der"
    [PERSON] "Sluis", "Wouter Van den" [PERSON] "Bossche" [ORG], "Danie van" [ORG]
    "der Marlo" [PERSON]; "Danie" [ORG] "van der" "Marlo" [PERSON]), with the particles left
    and the capitalised word after them, as one person's name, or None: a name never
    ends with "van", "der", "de" or "le". Not a word of a date, no proper noun, or a
    known place: "Bin", "Di", "Du" and "Le" also end Chinese and Vietnamese names
    ("spokesman Zhang Bin Tuesday said")."""
    doc = span.doc
    if (
        span.label_ in ("PERSON", "ORG")
        and len(span) <= 2
        and all(t.is_alpha and t.is_title for t in span)
        and span.end + 1 < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].lower_ in PARTICLES
        # the NER's organisation only before "van"/"von" or after a known given name:
        # "Union der Mitte", "Frente de Todos" are bodies
        and (
            span.label_ == "PERSON"
            or doc[span.end].lower_ in ("van", "von")
            or known_given_name(span[0].text)
        )
    ):
        # "Danie" [ORG] "van der" "Marlo" [PERSON]: small particles between a given name
        # and a family name the NER typed a person's
        i = _past_particles(doc, span.end, small=True)
        nxt = doc[i] if i < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
                end += 1
            return [_span(doc, span.start, end, "PERSON")]
    if len(span) < 2 or span[-1].lower_ not in PARTICLES:
        return None
    # the NER's organisation too where the particle is written small ("Danie van" +
    # "der Marlo"): no organisation's name ends with it
    if span.label_ != "PERSON" and not (span.label_ == "ORG" and span[-1].is_lower):
        return None
    i = _past_particles(doc, span.end)  # "Lieke van" + "der Steen"
    nxt = doc[i] if i < len(doc) else None
    if (
        nxt is None
        or not (nxt.is_alpha and nxt.is_title)
        # a name's word, not "Zhang Bin Tuesday", "Nguyen Thi Le After", "... Le Hanoi",
        # "Chen Bin Premier"
        or nxt.pos_ != "PROPN"
        or nxt.ent_type_ not in _NAME_ENTITY_TYPES
        or gazetteer.known_place(nxt.text)
        or is_title_word(nxt)
        # nor the first word of a longer capitalised run ("Kim Da" + "Halvex Research")
        or (i + 1 < len(doc) and doc[i + 1].is_title and not doc[i + 1].is_sent_start)
        # a particle as written with a capital ("Le", "Bin", "Di", "Da" also end Chinese
        # and Vietnamese names): only a word in no entity or the NER's person's
        or (span[-1].is_title and nxt.ent_type_ not in ("", "PERSON"))
    ):
        return None
    return [_span(doc, span.start, i + 1, "PERSON")]


#: Entity types a family name after a particle may carry (the NER's guess), not a date's.
_NAME_ENTITY_TYPES = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def given_name_cut_off(span: Span) -> list[Span] | None:
    """A one-word name typed otherwise that is a person's family name, the NER having
    left out the given name before it and a title before that ("its chief executive
    Grażyna [Kordon]"), as that person's full name, or None.

    Only a word the name data know as a given name, written with a capital, in no
    entity, after a title or office ("chief executive", "spokesman", "minister"); never
    before a country's name or a name that modifies a noun ("the chief executive Tom
    Halvex deal"). A town's name may be a family name ("Spokeswoman Mary Houston")."""
    doc = span.doc
    i = span.start - 1
    if span.label_ == "PERSON" or len(span) != 1 or i < 1 or not span[0].is_title:
        return None
    if gazetteer.lookup_country(span.text) is not None or (
        span[0].dep_ == "compound" and span[0].head.i > span[0].i
    ):
        return None  # "Minister Ahmed Egypt"; not "Spokeswoman Mary [Houston]"
    given = doc[i]
    if (
        given.ent_iob_ != "O"
        or not given.is_alpha
        or not given.is_title
        or given.is_sent_start
        or not known_given_name(given.text)
        or not is_title_word(doc[i - 1])
    ):
        return None
    return [_span(doc, i, span.end, "PERSON")]


#: Month names, which the given-name lists hold too ("May", "June", "August").
_MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name if m)
#: Feasts and other capitalised words the given-name lists hold, written before a name
#: in "During Ramadan Kordon hosted ..." or "Law school Dean Roe".
_NOT_GIVEN_BEFORE_A_NAME = frozenset(
    "ramadan eid easter christmas noel lent advent diwali holi hanukkah passover"
    " thanksgiving nowruz jihad sabbath dean baron duke earl count begum".split()
)


def given_name_left_off(
    span: Span, lowered: Collection[str], known: Collection[str] = frozenset()
) -> list[Span] | None:
    """A family name the NER typed PERSON alone, having left out the given name right
    before it ("the company's founder, Rustem [Kordon], said"), as the person's full
    name, or None.

    Only a word written with a capital, in no entity, and none of these: a title
    ("General", "Judge"), a month ("May"), a feast or a title-like word
    (`_NOT_GIVEN_BEFORE_A_NAME`: "During Ramadan Kordon hosted ..."), a known place or
    country ("Georgia", "Jordan"), a word the article also writes in lower case ("Will",
    "will"). And either a proper noun the name data know as a given name, or the given
    name of the very full name the article tags as a person's elsewhere (``known``,
    folded names: "Ishtiaqur [Rahman] said" after "Minister Ishtiaqur Rahman", a name no
    data hold; not "Port [Harcourt]" beside the city "Port Harcourt")."""
    doc = span.doc
    i = span.start - 1
    if span.label_ != "PERSON" or len(span) != 1 or i < 0 or not span[0].is_title:
        return None
    given = doc[i]
    if (
        not _untagged_given_name_shape(given)
        or is_title_word(given)
        or written_lower(given, lowered)
    ):
        return None
    if fold(f"{given.text} {span.text}") not in known and (
        given.pos_ != "PROPN" or not known_given_name(given.text)
    ):
        return None
    return [_span(doc, i, span.end, "PERSON")]


def given_names_after_a_title(span: Span) -> list[Span] | None:
    """A person's name of two words or more that the NER started after one or two of its
    given names, themselves after a courtesy title ("Doña María [José Roe de Kessar]",
    "Mrs. Mary [Ann Roe]"), as the whole name, or None.

    Only given names the name data know, capitalised, in no entity, and no month, feast
    or place (`given_name_left_off`); the title a courtesy title (`gender.tsv` kind
    "honorific", "Dr.", or a title before a full name: `FULL_NAME_TITLES`)."""
    if span.label_ != "PERSON" or len(span) < 2:
        return None
    doc = span.doc
    start = span.start
    while (
        start > 0
        and span.start - start < 2
        and not _courtesy_title(doc[start - 1])
        and _given_name_word(doc[start - 1])
    ):
        start -= 1
    if start == span.start or start == 0 or not _courtesy_title(doc[start - 1]):
        return None
    return [_span(doc, start, span.end, "PERSON")]


def _courtesy_title(tok: Token) -> bool:
    """True for a courtesy title ("Mrs.", "Dr.", "Doña": `given_names_after_a_title`)."""
    title = tok.lower_.rstrip(".")
    return title in FULL_NAME_TITLES or title == "dr" or title in gender_words("honorific")


def _given_name_word(tok: Token) -> bool:
    """True for a capitalised given name the name data know, in no entity, that is no
    month, feast, place or country (`given_names_after_a_title`)."""
    # folded, as the corpus stage reads names: "María" as "maria"
    return _untagged_given_name_shape(tok) and known_given_name(fold(tok.text))


def _untagged_given_name_shape(tok: Token) -> bool:
    """True for a capitalised word in no entity that may be a given name: no month, feast
    or title-like word (`_NOT_GIVEN_BEFORE_A_NAME`), known place or country
    (`given_name_left_off`, `given_names_after_a_title`)."""
    return (
        tok.ent_iob_ == "O"
        and tok.is_alpha
        and tok.is_title
        and tok.lower_ not in _MONTH_NAMES
        and tok.lower_ not in _NOT_GIVEN_BEFORE_A_NAME
        and not gazetteer.known_place(tok.text)
        and gazetteer.lookup_country(tok.text) is None
    )


def family_names_left_off(span: Span, known: Collection[str]) -> list[Span] | None:
    """A person's name the NER ended before two family names the article tags as a
    person's name elsewhere ("the office of [Maria da Conceição] Ferreira Lopes before
    dawn", beside "Ferreira Lopes said"), as the whole name, or None. Only capitalised
    proper nouns in no entity, outside a headline; `_MAX_JOINED_NAME` words at most."""
    doc = span.doc
    end = span.end + 2
    if span.label_ != "PERSON" or end > len(doc) or end - span.start > _MAX_JOINED_NAME:
        return None
    rest = doc[span.end : end]
    if (
        not all(t.ent_iob_ == "O" and t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in rest)
        or fold(rest.text) not in known
        or known_given_name(rest[0].text)  # "told Jane Roe Rita Kessar": another person
        or is_headline(span.sent)  # last: it reads the whole sentence
    ):
        return None
    return [_span(doc, span.start, end, "PERSON")]


#: Quotation marks around a nickname written inside a name ('James "Jimmy" Roe').
_OPEN_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSE_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
#: Generational suffixes, as the tokenizer keeps them.
_GENERATION_TOKENS = frozenset(
    {"Jr.", "Sr.", "Jnr.", "Snr.", "Jr", "Sr", "Jnr", "Snr", "II", "III", "IV"}
    # the son in Portuguese and Spanish names ("Antônio Roe Filho", "Octavio Roe hijo")
    | {"Filho", "Júnior", "hijo"}
)


def given_name_title_left_off(span: Span) -> list[Span] | None:
    """A given name the NER typed PERSON alone after a courtesy title written before
    given names ("W/ro [Selam]", "Khun [Malee]": `gender.tsv` kind "given-name
    honorific"), with the title, as the corpus stage reads it (the person called so by
    her given name, not one whose last name it is), or None."""
    doc = span.doc
    i = span.start - 1
    if (
        span.label_ != "PERSON"
        or len(span) != 1
        or i < 0
        or doc[i].ent_iob_ != "O"
        or not doc[i].text[:1].isupper()
        or doc[i].lower_ not in gender_words("given-name honorific")
    ):
        return None
    return [_span(doc, i, span.end, "PERSON")]


#: Words after which "hijo" is a noun, no suffix: whose son a man is ("hijo de"), or
#: which ("hijo mayor", the eldest son).
_AFTER_HIJO_THE_NOUN = frozenset({"de", "del", "mayor", "menor", "único", "unico", "predilecto"})


def generation_left_off(span: Span) -> list[Span] | None:
    """A person's name the NER ended before its generational suffix, with the suffix
    ("It took [Kwame Mensah] Jnr five games" -> "Kwame Mensah Jnr"), or None.

    Only a name of two to four capitalised words typed PERSON, the suffix right after it
    and in no entity; the son and the father are two people, so the bare name would be
    the other one's."""
    doc = span.doc
    end = span.end
    if (
        span.label_ != "PERSON"
        or not 2 <= len(span) <= 4
        or end >= len(doc)
        or doc[end].text not in _GENERATION_TOKENS
        or doc[end].ent_iob_ != "O"
        or not all(t.is_title or t.text in ("-", ".") for t in span)
        # "Octavio Roe, hijo de María": the son of someone, no suffix
        or (
            end + 1 < len(doc)
            and doc[end].text == "hijo"
            and doc[end + 1].lower_ in _AFTER_HIJO_THE_NOUN
        )
    ):
        return None
    return [_span(doc, span.start, end + 1, "PERSON")]


def quoted_nickname(span: Span) -> list[Span] | None:
    """A person's name the NER cut at a nickname in quotes, as the whole name ('Harrison
    "Trey" Poole III', of which the NER tagged "Harrison"), or None.

    Only one or two words tagged PERSON, then one capitalised word in quotes, then a
    family name of one or two capitalised words (a hyphen may join them), then a
    generational suffix where one is written. A family name not written in title case
    ("McDonald") is left as the NER cut it."""
    doc = span.doc
    if span.label_ != "PERSON":
        return None
    # the one or two given names the NER tagged, then the nickname, which the NER may
    # have taken in whole or in part ('Pakorn "Tong"', 'Pakorn "Tong'), not the family name
    for given in (1, 2):
        i = span.start + given
        if span.end <= i + 3 and i + 3 < len(doc) and _quoted_word(doc, i):
            break
    else:
        return None
    if len(span) < given:
        return None
    start = end = i + 3
    words = 0
    while end < len(doc) and (
        (words < 2 and doc[end].is_alpha and doc[end].is_title)
        or (doc[end].text == "-" and words == 1 and end + 1 < len(doc) and doc[end + 1].is_title)
    ):
        words += doc[end].is_alpha
        end += 1
    if end == start or doc[end - 1].text == "-":
        return None
    if end < len(doc) and doc[end].text in _GENERATION_TOKENS:
        end += 1
    return [_span(doc, span.start, end, "PERSON")]


def _quoted_word(doc: Doc, i: int) -> bool:
    """True when tokens ``i`` to ``i + 2`` are a capitalised word in quotes ('"Trey"')."""
    return (
        doc[i].text in _OPEN_QUOTES
        and doc[i + 1].is_alpha
        and doc[i + 1].is_title
        and doc[i + 2].text in _CLOSE_QUOTES
    )


def _after_previous_clause(span: Span) -> bool:
    """True when the word before ``span`` (or before its "the") is a preposition: the
    run's first name is the object that ends a clause ("lost to the Herons")."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].tag_ == "DT":
        before -= 1
    return before >= 0 and doc[before].tag_ in ("IN", "TO")


def _subjectless_verb_after(span: Span) -> bool:
    """True when a finite verb follows ``span``, at once or after a short prepositional
    phrase ("on Facebook"), and the parser found no subject for it: the run took its
    subject as the end of the clause before."""
    doc = span.doc
    at = span.end
    if at < len(doc) and doc[at].tag_ == "IN":
        end = at + 1
        while end < len(doc) and end - at <= _PHRASE_WORDS and doc[end].tag_ in _PHRASE_TAGS:
            end += 1
        if end > at + 1:
            at = end
    if at >= len(doc) or doc[at].tag_ not in _FINITE_TAGS:
        return False
    verb = doc[at]
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    return not any(c.dep_ in _SUBJECT_DEPS for t in (verb, clause) for c in t.children)


def _people_of(word: str, places: Iterable[str]) -> bool:
    """True when ``word`` (folded) is a plural name for the people of one of ``places``
    ("kesselbyites" of "kesselby", "texans" of "texas")."""
    for place in places:
        stem = place.rstrip("aeios") or place
        if " " in place or len(stem) < 3 or not word.startswith(stem):
            continue
        if word[len(stem) :] in _PEOPLE_ENDINGS or word[len(place) :] in _PEOPLE_ENDINGS:
            return True
    return False


def run_on(
    span: Span, names: Collection[str], labels: Mapping[str, frozenset[str]]
) -> list[Span] | None:
    """The names in a run the NER took across a missing sentence stop: the object that
    ends one sentence and the subject of the next ("... a loss to the Herons Marlo
    scored twice", "... a game against Halvex North Dakota has won"), or None.

    The run comes after a preposition and before a finite verb that the parser found
    no subject for (`_subjectless_verb_after`), and its last words are a name the
    article gives on its own elsewhere (``names``, see `pair_names`): a person's surname
    or a place the gazetteer knows (``labels``, see `name_labels`), the longest such.
    Those two spans name both; when the last word is the people of a place the article
    names instead ("... according to HalvexNews Kesselbyites on Facebook said", where
    the article names Kesselby), the run names the first part only. A first part that
    is or may be a given name, or a title ("Tom Marlo", "Coach Marlo"), is no name of
    its own (`_no_given_name`), and a run the article writes whole elsewhere stays
    whole; so does a team named after its city ("Kansas City Chiefs"), whose nickname
    is no surname and no place.
    """
    doc = span.doc
    if len(span) < 2 or not _after_previous_clause(span) or not _subjectless_verb_after(span):
        return None
    if fold(span.text) in names or doc.text.count(span.text) > 1:
        return None  # the article writes the run elsewhere: one name
    places = [name for name, found in labels.items() if found & PLACE_LABELS]
    first = span.start + 1 if doc[span.start].lower_ == "the" else span.start
    for cut in range(first + 1, span.end):
        left, right = doc[first:cut], doc[cut : span.end]
        if not (left[0].text[:1].isupper() and right[0].text[:1].isupper()):
            continue  # "HalvexNews" is capitalised, though not in title case
        if is_given_name(left[-1].lower_) or is_title_word(left[0]):
            return None  # "Tom Marlo", "Coach Marlo": one person's name
        name = fold(right.text)
        if len(right) == 1 and _people_of(name, places):
            return [_span(doc, left.start, left.end, span.label_)]
        if name not in names:
            continue
        if "PERSON" in labels.get(name, ()):
            label = "PERSON"  # a surname, or a person's full name
        elif gazetteer.known_place(right.text):
            label = "GPE"
        else:
            continue
        if not _no_given_name(left, labels):
            return None  # "with Marlo Quentin admitted": maybe one person's name
        return [
            _span(doc, left.start, left.end, _label_of(left, labels, span.label_, label)),
            _span(doc, right.start, right.end, label),
        ]
    return None


def _no_given_name(left: Span, labels: Mapping[str, frozenset[str]]) -> bool:
    """True when the first name of a run (`run_on`) cannot be a given name the data
    does not know: the article names it as no person, the gazetteer knows it as a
    place, or it ends in an acronym ("BBC"), a plural ("Otters") or an outlet's word
    ("Herald")."""
    given = labels.get(fold(left.text), frozenset())
    if given - {"PERSON"} or gazetteer.known_place(left.text):
        return True
    last = left[-1].text
    if len(last) > 1 and last.isupper():
        return True
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return plural or last.lower() in OUTLET_WORDS


def _label_of(left: Span, labels: Mapping[str, frozenset[str]], label: str, right: str) -> str:
    """The label of the first name of a run (`run_on`): the one the article gives it
    elsewhere, a place's when the gazetteer knows it, else the run's own unless the
    second name took it (a name before a person's is no person's: a team or a body)."""
    given = labels.get(fold(left.text), frozenset())
    for found in ("ORG", "GPE", "FAC", "LOC", "NORP", "PERSON"):
        if found in given:
            return found
    if gazetteer.known_place(left.text):
        return "GPE"
    return "ORG" if label == right == "PERSON" else label


def pair_names(ents: Iterable[Span], tokens: DocTokens | None = None) -> dict[str, frozenset[str]]:
    """For `known_pair`: each entity's text with the folded names of the article's other
    entities (full names, and people's surnames).

    Args:
        ents: The entity spans.
        tokens: Their document's token table, when the caller has it (their texts).
    """
    found: dict[str, set[str]] = {}
    for ent in ents:
        text = _text(ent, tokens)
        words = fold(text).split()
        if not words:
            continue
        names = found.setdefault(text, set())
        names.add(" ".join(words))
        if ent.label_ == "PERSON" and len(words) > 1:
            names.add(words[-1])
    # A name is another entity's unless this text alone gives it: the names of every
    # text less its own names no other text gives (not a walk over every other text).
    givers = Counter(n for names in found.values() for n in names)
    everything = frozenset(givers)
    return {
        text: everything - {n for n in names if givers[n] == 1} for text, names in found.items()
    }


def trailing_titles(span: Span) -> Span:
    """An organisation's name without the title words the NER glued to its end when a
    capitalised word follows ("Acme Executive" in "Acme Executive Vice President Jane
    Roe", "Halvex Reserve Chairman" before a name). A name that ends with a title word
    before a lower-case word ("the Office of the President said") is left whole, and so
    is a person's."""
    doc = span.doc
    if span.label_ == "PERSON" or span.end >= len(doc) or not doc[span.end].is_title:
        return span
    end = span.end
    while end - 1 > span.start and is_title_word(doc[end - 1]):
        end -= 1
    if end == span.end or not any(has_capital(t.text) for t in doc[span.start : end]):
        return span
    if doc[end - 1].lower_ in CONNECTORS:
        return span  # "Office of the President"
    return _span(doc, span.start, end, span.label_)

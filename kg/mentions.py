"""Actor mentions in a parsed document: names, titles and roles, demonyms, places.

Input is a spaCy ``Doc``; output is a list of `SpanMention` (the `kg.model.Mention`
record plus its token span, which relation extraction needs). The NER's spans are first
mended by the rules of `kg.spans` (headline runs, glued titles, hyphen modifiers, halves,
bureaus) and filtered by those of `kg.junk` (common words, things named after actors).
Nothing here knows any actor's name: countries come from `kg.gazetteer`, titles and junk
patterns from the lexicon files.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer, junk, spans
from kg.groups import (
    LOCAL_PREPOSITIONS,
    LOCAL_SECTORS,
    MEMBER,
    ORG_TIES,
    SECTORS,
    STATE,
    group_label,
    is_sector,
    org_group_label,
    org_ties,
    place_country,
    sector_of,
)
from kg.lexicon import agent_nouns, flagged_titles, gender_words, load_tsv, member_nouns
from kg.model import ENTITY_TYPES, EntityType, Mention, MentionKind, Sector, is_entity_type
from kg.names import QUOTES, fold, normalise_name, spaced_initials, written_legal_form
from kg.resolve.evidence import PARENT, known_given_name
from kg.resolve.persons import (
    PARTICLES,
    PATRONYMIC,
    family_name_as_written,
    parse_person,
    syllables,
)
from kg.source_lines import (
    byline_spans,
    language_names,
    language_stamp,
    line_spans,
    source_lines,
)
from kg.tokens import DocTokens

#: spaCy labels that can be actors. Dates, money, works of art and the like cannot.
ACTOR_LABELS = frozenset(ENTITY_TYPES)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Words that qualify a title without being one ("Deputy Foreign Minister").
ROLE_MODIFIERS = frozenset(
    [
        "deputy",
        "vice",
        "acting",
        "interim",
        "former",
        "foreign",
        "defence",
        "defense",
        "finance",
        "interior",
        "justice",
        "trade",
        "economy",
        "economic",
        "health",
        "education",
        "energy",
        "senior",
        "top",
        "chief",
        "prime",
        "first",
        "second",
        "assistant",
        "under",
        "state",
        "national",
        "federal",
        "supreme",
        "general",
        "special",
        "executive",
        "military",
        "security",
        "intelligence",
        "opposition",
        "party",
        "parliamentary",
        "presidential",
        "regional",
        "provincial",
        "local",
        "the-then",
        "then",
    ]
)


@dataclass(frozen=True, slots=True)
class SpanMention:
    """A `Mention` with its token span ``[start, end)`` in the parsed document."""

    start: int
    end: int
    mention: Mention


@cache
def _role_heads() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("roles.tsv")}


@cache
def _junk() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?:{row[0]})", re.IGNORECASE) for row in load_tsv("junk.tsv"))


@lru_cache(maxsize=1 << 14)  # asked of every noun by the title rules
def role_class(role: str) -> str:
    """Return ``leader`` or ``member`` for a title, or "" when it is not a known title.

    The class comes from the title's head word (its last word), or from a known
    multi-word title ("prime minister", "head of state").

    Args:
        role: A title as written, e.g. "Deputy Foreign Minister".
    """
    words = role.lower().split()
    heads = _role_heads()
    for size in (3, 2):
        if len(words) >= size and " ".join(words[-size:]) in heads:
            return heads[" ".join(words[-size:])]
    if "of" in words:  # "head of state", "president of the council"
        words = words[: words.index("of")]
    return heads.get(words[-1], "") if words else ""


@lru_cache(maxsize=1 << 14)  # asked of every mention; names repeat within and across articles
def is_junk(text: str) -> bool:
    """True when an entity's text is page furniture or a fragment, not an actor."""
    stripped = text.strip().strip(QUOTES)
    if len(stripped) < 2:
        return True
    return any(p.fullmatch(stripped) for p in _junk())


def _is_role_word(token: Token) -> bool:
    return _is_role_lower(token.lower_)


def _is_role_lower(low: str) -> bool:
    """`_is_role_word` of a token's lower case."""
    return low in _role_heads() or low in ROLE_MODIFIERS


def title_tokens(span: Span, tokens: DocTokens) -> list[Token]:
    """Return the title words written right before a name ("US leader Joe Biden").

    Walks left from the name over the words of its own noun phrase (tokens whose
    syntactic head chain reaches the name) and keeps the run from the first title or
    country word. Country words in the run (a demonym or country name) are included
    so the caller can tie the role to them. Returns [] when the run has no title.

    Args:
        span: The name.
        tokens: Its document's token table.
    """
    every = tokens.tokens
    root = span.root
    run: list[Token] = []
    i = span.start - 1
    while i >= 0:
        tok = every[i]
        if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lower_ in _role_heads():
            run.insert(0, tok)  # "Secretary of State", "Minister of Defence"
            i -= 1
            continue
        if tok.dep_ in ("det", "poss", "case", "cc", "prep", "nummod", "appos"):
            break
        if tok.is_punct and tok.text != "-":
            break
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB", "PUNCT"):
            break
        if tok.head != root and root not in tok.ancestors:
            break
        run.insert(0, tok)
        i -= 1
    # Descriptive adjectives ("beleaguered President") are not part of the title.
    while run and run[0].is_lower and run[0].pos_ in ("ADJ", "VERB", "PUNCT"):
        if run[0].lower_ in ROLE_MODIFIERS:
            break
        run.pop(0)
    if not any(tok.lower_ in _role_heads() for tok in run):
        return []
    # "GE spokesman X": an organisation before the title is the body the title serves,
    # an actor of its own (unless named after a country: "Chilean Foreign Ministry").
    for k in range(len(run) - 1, -1, -1):
        if run[k].ent_type_ in ("ORG", "FAC") and _body_name(run[k]):
            run = run[k + 1 :]
            break
    return run if any(tok.lower_ in _role_heads() for tok in run) else []


def _body_name(tok: Token) -> bool:
    """True when the entity ``tok`` is part of names a body of its own: not only title
    words ("Defence", "State" belong to the title) and no country ("Russian Foreign
    Ministry" ties the title to the country)."""
    doc = tok.doc
    start = end = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if all(_is_role_word(t) or t.is_punct for t in doc[start : end + 1]):
        return False
    first = gazetteer.lookup_country(doc[start].text)
    return first is None or first.kind not in ("name", "code", "demonym")


def split_title(tokens: list[Token]) -> tuple[str, str]:
    """Split title tokens into (role, country alpha-3): "Russian Deputy Foreign Minister".

    Country words may be two tokens long ("South African Foreign Minister").
    """
    country = ""
    words: list[str] = []
    i = 0
    while i < len(tokens):
        if not country:
            for size in (2, 1):
                text = " ".join(t.text for t in tokens[i : i + size])
                place = gazetteer.lookup_country(text) if i + size <= len(tokens) else None
                if place is not None and place.kind in ("name", "code", "demonym"):
                    country = place.alpha3
                    i += size
                    break
            else:
                words.append(tokens[i].text)
                i += 1
            continue
        words.append(tokens[i].text)
        i += 1
    return " ".join(words).strip(" -"), country


def _possessive_country(span: Span, titles: list[Token]) -> str:
    """Country in a possessive on a title or name: "Kenya's President William Ruto"."""
    for tok in [*titles, span.root]:
        for child in tok.children:
            if child.dep_ == "poss":
                # the possessor's whole name: "South Africa's", not "Africa"
                whole = span.doc[child.left_edge.i : child.i + 1].text
                code = gazetteer.country_code(whole) or gazetteer.country_code(child.text)
                if code is not None:
                    return code
    return ""


def _strip_leading_title(span: Span, tokens: DocTokens) -> Span:
    """Cut title words that the NER put inside a PERSON span ("President Emmanuel Macron").

    The cut words stay in the name's noun phrase, so `title_tokens` still finds them.
    """
    lower = tokens.lower
    honorifics = ("dr", *gender_words("honorific"))
    start = span.start
    while start < span.end - 1:
        if start < span.end - 2 and (lower[start], lower[start + 1]) in spans.TWO_WORD_TITLES:
            start += 2  # "Tan Sri Rahim Roe"; "Tan" alone is a family name
        elif lower[start] in spans.FULL_NAME_TITLES and spans.is_title_word(tokens.tokens[start]):
            start += 1  # "Datuk Ahmad Roe"
            if start < span.end - 1 and tokens.text[start] in ("'", "\u2019"):
                start += 1  # "Dato' Vincent Roe"
        elif (
            _is_role_lower(lower[start])
            or lower[start].rstrip(".") in honorifics
            or full_name_honorific(tokens, start, span.end)
        ):
            start += 1
        else:
            break
    return Span(span.doc, start, span.end)  # ``doc[start : span.end]``, no slice to normalise


def full_name_honorific(tokens: DocTokens, i: int, end: int) -> bool:
    """True when token ``i`` is a courtesy title that is cut off only before a full Arabic
    name (`gender.tsv` kind "full-name honorific"): two words or more up to ``end``, one of
    them a father's name's "bin"/"bint"/"ibn" or a family name's "al"/"el" (`_ARABIC`):
    "Sheikh Saeed bin Obaid al-Marlo" is "Saeed bin Obaid al-Marlo". Elsewhere it is part
    of the name: "Sheikh Marlo" (a prime minister called by his given name), "Sheikh
    Al-Marlo", "Sheikh Rasheed Ahmed" (a family name in South Asia), "Sheikh Khalifa
    Medical City"."""
    return (
        tokens.lower[i] in gender_words("full-name honorific")
        and tokens.text[i][:1].isupper()
        and len(tokens.span_text(i + 1, end).split()) > 1
        and any(tokens.lower[j] in _ARABIC for j in range(i + 1, end))
    )


#: Words of Arabic full names: a father's name after "bin", "bint" or "ibn"
#: (`kg.resolve.persons.PATRONYMIC`); a family name after "al" or "el".
_ARABIC = PATRONYMIC | {"al", "el"}


def _with_dot(span: Span) -> str:
    """A span's text with the dot the tokenizer split off its last word ("Wyo" + ".")."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
        return span.text + "."
    return span.text


def honorific(span: Span, tokens: DocTokens) -> str:
    """The courtesy title written right before a name ("Mrs." in "Mrs. Dorbor"), or "".

    ``span`` is the name as the NER found it: the title may be its first token or the
    token before it (``tokens``: its document's token table).
    """
    before = span.start - 1 if span.start else None
    for i in (span.start if len(span) > 1 else None, before):
        if i is None:
            continue
        if (
            tokens.lower[i].rstrip(".") in gender_words("honorific")
            and tokens.text[i][:1].isupper()  # not the verb of "miss Halvex"
        ) or full_name_honorific(tokens, i, span.end):
            return tokens.text[i]
    return ""


#: Words before a lone surname that name the generation: "the elder Mr. X" is "X Sr.".
GENERATION_WORDS = {"elder": "Sr.", "senior": "Sr.", "younger": "Jr.", "junior": "Jr."}


def generation(span: Span) -> str:
    """ "Sr." or "Jr." when the word before a name (or before its honorific) names the
    generation ("the younger Nyenpan", "the elder Mr. Nyenpan"), else ""."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_.rstrip(".") in gender_words("honorific"):
        i -= 1
    return GENERATION_WORDS.get(doc[i].lower_, "") if i >= 0 else ""


def _in_law(tokens: DocTokens, i: int, word: str) -> str:
    """The kin word at token ``i`` with the "-in-law" written after it ("daughter-in-law":
    married into the family, no daughter of it), else ``word``."""
    if tokens.lower[i + 1 : i + 5] == ("-", "in", "-", "law"):
        return f"{word}-in-law"
    return word


def descriptor(span: Span, tokens: DocTokens) -> str:
    """A gendered title or kin word written with a name that is not an office, or "".

    Found before the name in its noun phrase ("first lady X", "his wife X"), in an
    apposition to it ("X, the first lady,") or as the noun the name is in apposition to
    ("the president's wife, X"). After a child's "of" ("the son of X") it is "parent".

    Args:
        span: The name.
        tokens: Its document's token table.
    """
    nouns = gender_words("noun")
    root = span.root
    every, lower = tokens.tokens, tokens.lower
    i = span.start - 1
    while i >= 0 and span.start - i <= 4:
        tok = every[i]
        if tok.is_punct or (tok.head != root and root not in tok.ancestors):
            break
        if lower[i] in nouns:
            return _in_law(tokens, i, lower[i])
        i -= 1
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.lemma_.lower() in nouns
            # "X, his wife Y": the word is Y's, whom it names, not X's
            and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in child.children)
            and not _child_of(child)
        ):
            return _in_law(tokens, child.i, child.lemma_.lower())
    if root.dep_ == "appos" and root.head.lemma_.lower() in nouns and not _child_of(root.head):
        return _in_law(tokens, root.head.i, root.head.lemma_.lower())
    head = root.head
    if (
        root.dep_ == "conj"
        and head.i == span.start - 2
        and every[span.start - 1].text == ","
        and head.lemma_.lower() in nouns
    ):
        # "beside the first lady, X, and Y": an apposition the parser read as the first
        # item of a list.
        return head.lemma_.lower()
    if (
        len(span) > 1
        and all(t.pos_ == "PROPN" for t in span)
        and root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _CHILD_WORDS
    ):
        # "the son of Roger Roe": an elder of someone, whose "Jr." or "Filho" he is
        # not; a full name only ("a son of the Church")
        return PARENT
    return ""


#: Words for a child, after which "of" names a parent or grandparent.
_CHILD_WORDS = frozenset({"son", "daughter", "grandson", "granddaughter"})


def _child_of(noun: Token) -> bool:
    """True for a child's kin word with its parent after "of" ("X, the son of a miner"):
    no kin of a person of the article written before it, unlike "the governor's son"
    (`kg.resolve.document`, where a name written short before a son's full name is his
    father's)."""
    return noun.lemma_.lower() in _CHILD_WORDS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _trim(span: Span, tokens: DocTokens) -> Span:
    lower, every = tokens.lower, tokens.tokens
    start, end = span.start, span.end
    while start < end and (lower[start] == "the" or every[start].is_punct):
        start += 1
    while end > start and (
        every[end - 1].is_punct
        or lower[end - 1] in ("'s", "’s")
        or _trailing_function_word(every, start, end)
    ):
        end -= 1
    return Span(span.doc, start, end)  # doc[start:end], without normalising the slice


#: Parts of speech of the small words the NER sometimes ends a name with ("al-Kessar in"
#: of "for al-Kessar in Jeddah").
_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})
#: Small words after which a name is mended with the words that follow, not cut
#: (`_repair_fragment`: "Group of" + "20").
_MENDED_AFTER = frozenset({"of", "for", "and", "&", "the"})


def _trailing_function_word(every: Sequence[Token], start: int, end: int) -> bool:
    """True when a name's last word is a small word in lower case, written after a space
    ("al-Kessar in"): no name ends so ("Moon Jae-in" has no space before "in")."""
    last = every[end - 1]
    return (
        end - start > 1
        and last.lower_ not in _MENDED_AFTER
        and last.pos_ in _FUNCTION_POS
        and last.text.islower()
        and bool(every[end - 2].whitespace_)
    )


#: Nouns for a message posted on a platform: "a post to X" names a medium, not a person.
MEDIUM_NOUNS = frozenset(
    [
        "post",
        "message",
        "statement",
        "account",
        "page",
        "video",
        "tweet",
        "feed",
        "channel",
        "posting",
        "update",
    ]
)


#: Verbs of publishing: "said on X", "posted on X" name a medium.
MEDIUM_VERBS = frozenset("say write post tweet announce publish share broadcast".split())


def _repair_fragment(span: Span, tokens: DocTokens) -> Span | None:
    """Mend a name the NER cut short ("Group of" + "20", "Moon Jae" + "-in"), or None.

    A word hyphenated to the name joins it only when it is part of the name
    (`kg.spans.hyphen_piece`): "KADS-led" stays "KADS". The tokens are read off the
    document's token table ``tokens``.
    """
    doc = span.doc
    every, text, size = tokens.tokens, tokens.text, len(tokens)
    end = _syllables_left_off(span, tokens)
    while (
        end + 1 < size
        and text[end] == "-"
        and not every[end - 1].whitespace_
        and not every[end].whitespace_
        and tokens.is_alpha[end + 1]
        and tokens.tag[end + 1] != "VBN"  # "Tulsa-based", "US-led": a name, then a participle
        and spans.hyphen_piece(every[end + 1])
    ):
        end += 2  # "Moon Jae" + "-in", "Mar" + "-a" + "-Lago"; never "KADS" + "-led"
    if end > span.end:
        return doc[span.start : end]
    if tokens.lower[end - 1] not in _MENDED_AFTER:
        return span
    pos, is_title = tokens.pos, tokens.is_title
    while end < size and (pos[end] in ("NUM", "PROPN") or is_title[end]):
        end += 1
    if end == span.end:
        return None
    return doc[span.start : end]


def _syllables_left_off(span: Span, tokens: DocTokens) -> int:
    """The end of a one-word person's name with the given name of two syllables the NER
    left off after it, as Korean names are romanised ("Kim" + "Do-yeon",
    whose "Do" it read as a verb), else the span's end. The family name is short, the
    syllables short, untagged, glued to their hyphen, the first capitalised and the
    second in lower case, no third after them; before a noun or an adjective, only where
    the article writes the whole name twice or more (a compound after a name in a
    headline, "Roe Long-term plans", is written once)."""
    end = span.end
    if (
        len(span) != 1
        or tokens.ent_type[span.start] != "PERSON"
        or len(span.text) > 5
        or end + 3 > len(tokens)
        or not _syllable_given_name(tokens, end)
    ):
        return end
    if end + 3 < len(tokens) and tokens.pos[end + 3] in _MODIFIED:
        # "Roe Long-term plans": a compound before the noun it describes, unless the
        # article writes the whole name again
        return end + 3 if tokens.doc_text.count(tokens.span_text(span.start, end + 3)) > 1 else end
    return end + 3


#: Parts of speech after a hyphenated word that make it a compound describing them.
_MODIFIED = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _syllable_given_name(tokens: DocTokens, i: int) -> bool:
    """True when tokens ``i``, ``i + 1`` and ``i + 2`` are a given name of two short
    syllables joined by a hyphen with no space ("Do-yeon"), none after, that the NER
    tagged as no name of its own."""
    text, every = tokens.text, tokens.tokens
    first, second = text[i], text[i + 2]
    return (
        text[i + 1] == "-"
        and first[:1].isupper()
        and first[1:].islower()
        and len(first) <= 5
        and second.islower()
        and len(second) <= 5
        and not every[i].whitespace_
        and not every[i + 1].whitespace_
        and not tokens.ent_type[i]
        and (i + 3 >= len(tokens) or text[i + 3] != "-")
    )


def family_words(doc: Doc) -> frozenset[str]:
    """The words, and runs of words shorter than the name, of the article's PERSON names
    of two words or more, built once per document ("Marlo" of "Jane Marlo", "Van Marlo"
    of "Jane Van Marlo")."""
    found = doc.user_data.get(_FAMILY_WORDS)
    if found is None:
        runs: set[str] = set()
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                words = ent.text.split()
                runs.update(
                    " ".join(words[i:j])
                    for i in range(len(words))
                    for j in range(i + 1, len(words) + 1)
                    if j - i < len(words)
                )
        found = doc.user_data[_FAMILY_WORDS] = frozenset(runs)
    return found


#: The `Doc.user_data` key of `family_words`.
_FAMILY_WORDS = "kg.mentions.family_words"


def _speakers_of_a_language(span: Span) -> bool:
    """True for a language's name, alone or after a demonym, written before a noun in
    lower case that it describes ("Tamil fishermen", "the Sri Lankan Tamil parties"):
    the people who speak it, not a person so named; unless a person's name of the
    article has the word ("Zhuang aides" beside "Zhuang Wei")."""
    words = span.text.split()
    if words[-1].lower() not in language_names() or span.end >= len(span.doc):
        return False
    if len(words) == 1 and words[0] in family_words(span.doc):
        return False  # "Zhuang aides" beside "Zhuang Wei": the family name
    if len(words) > 1:
        place = gazetteer.lookup_country(" ".join(words[:-1]))
        if place is None or place.kind != "demonym":
            return False
    return span.doc[span.end].pos_ == "NOUN"


def _honorific_suffix(span: Span) -> Span | None:
    """The name before a courtesy word hyphenated after it ("Roe" of "Roe-san", "Marlo"
    of "Marlo-ji"; `gender.tsv` kind "suffix honorific"), or None. One word only, that
    the article writes in a person's name ("Jane Roe"): a syllable
    of a given name ends so too ("Wei-kun", "Seung-ji"), and so do names of companies and
    places ("Halvex-San Resort", "Koya-san")."""
    if len(span) != 3 or span[1].text != "-":
        return None
    if span[2].text not in gender_words("suffix honorific"):
        return None  # in lower case only: "Roe-Chan" is a name of two words
    word = span[0].text
    return (
        span[:1]
        if any(ent.label_ == "PERSON" and word in ent.text.split() for ent in span.doc.ents)
        else None
    )


#: Offices whose holder is "of" a town and nothing else: "the mayor of X" is of the
#: town X, never of a person or a company of that name.
PLACE_OFFICES = frozenset({"mayor"})


def _office_of_a_town(span: Span) -> bool:
    """True for a name after "<office> of" where the office is a town's
    (`PLACE_OFFICES`: "a former mayor of Marlo"), which the NER may call an
    organisation or a person."""
    last = span[-1]
    if last.head.lower_ != "of":
        return False
    return last.head.head.lemma_.lower() in PLACE_OFFICES


def _medium(span: Span) -> bool:
    """True for "a post to Twitter": a name used as the medium a message went out on."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("on", "to", "via", "through")
        and (prep.head.lemma_.lower() in MEDIUM_NOUNS or prep.head.lemma_ in MEDIUM_VERBS)
    )


#: Titles only a person holds: a name written after one is a person's name.
PERSON_TITLES = frozenset(
    """president chancellor minister premier king queen prince princess senator
    governor mayor secretary ambassador envoy spokesman spokeswoman general""".split()
)
#: Jobs written before a name like a title ("coach X", "lawmaker X"), but only without a
#: determiner: "the striker Inter Miami signed" names the club.
PERSON_JOBS = frozenset(
    """coach lawmaker legislator chair chairman chairwoman mp captain skipper striker
    midfielder defender goalkeeper winger""".split()
)


def _titled_name(span: Span) -> bool:
    """True for 2-3 capitalised words right after a personal title ("Chancellor X Y",
    "coach Piet de Kessel", "lawmaker JJ Roe") or a form of address ("Hon. JJ Roe",
    "Dr Ansis Roe"): particles of a family name between
    them and a given name's initials first are words of a person's name too; not a
    body's name ("chairman Halvex Group")."""
    words = [t for t in span if t.lower_ not in PARTICLES or t.i in (span.start, span.end - 1)]
    if not 2 <= len(words) <= 3 or not all(t.is_alpha for t in words):
        return False
    first, *rest = words
    if not (first.is_title or (first.is_upper and len(first) <= 3)):
        return False  # "JJ Roe": initials for the given names
    if not all(t.is_title for t in rest):
        return False
    if gazetteer.lookup_country(span.text) is not None or spans.name_head_type(span.text):
        return False
    if written_legal_form(span.text):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if before.lower_ in PERSON_JOBS:
        # "coach Jane Roe", not "the striker Inter Miami signed"
        return not any(t.dep_ == "det" for t in before.subtree if t.i < before.i)
    if before.lower_.rstrip(".") in flagged_titles("style"):
        # "Ing Direct" undotted is no engineer, "PR Halvex" no professor
        return spans.is_title_word(before) and not (before.is_upper and len(before) > 1)
    return before.lower_ in PERSON_TITLES


def _after_indefinite_article(span: Span) -> bool:
    """True when a one-word name is written right after "a" or "an" ("a Turk")."""
    return len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an")


def _noun_use(span: Span) -> bool:
    """True when a NORP word is used as a noun ("the Kurds said"), not as an adjective."""
    return span.root.dep_ not in ("amod", "compound") and span.root.pos_ != "ADJ"


#: The ages news writes after a person's name ("Jane Roe, 54, said").
_AGE = re.compile(r"^[1-9]\d?$|^1[01]\d$")


def _aged(span: Span) -> bool:
    """A name followed by an age between commas and a lower-case word ("Roe, 54, is a
    former professor", "Roe, 70, who owned the bank"): news writes an age only after a
    person's name. Not a place the gazetteer knows, nor a name whose last word is that of
    a body ("Acme Group"), nor a list of counts ("Norland, 12, and Vesta, 9")."""
    doc = span.doc
    end = span.end
    if end + 3 >= len(doc) or not 1 <= len(span) <= 4:
        return False
    if doc[end].text != "," or doc[end + 2].text != "," or not _AGE.match(doc[end + 1].text):
        return False
    after = doc[end + 3]
    if not after.is_lower or after.lower_ in ("and", "or", "to"):
        return False
    if not all(t.is_title and (t.is_alpha or t.text.endswith(".")) for t in span):
        return False
    return not gazetteer.known_place(span.text) and spans.name_head_type(span.text) is None


#: Generational suffixes written after a person's name, as the tokenizer keeps them.
_GENERATIONS = frozenset({"Jr.", "Sr.", "Jnr.", "Snr."})
#: Generations written in Roman numerals, which also number funds, ships and sequels.
_NUMBERED_GENERATIONS = frozenset({"II", "III", "IV"})


#: Words after a hyphen that make a modifier or a Korean place's administrative unit,
#: not a syllable of a given name ("Seoul-based", "Gyeongsang-do", "Gangnam-gu").
_NOT_SYLLABLES = frozenset(
    "based led owned backed born run made style era listed bound wide funded linked"
    " controlled friendly speaking type class sized like do gu si gun dong eup myeon ri"
    " ro gil".split()
)


def _romanised_name(span: Span) -> bool:
    """True for a person's name romanised from Korean or Chinese: two capitalised words,
    a given name of two syllables joined by a hyphen (`kg.resolve.persons.syllables`,
    each syllable two letters or more) and a family name of two to five letters, in
    either order ("Kang Hyun-joo", "Hyun-joo Kang", "Yoon Sang-chul"): a person whatever
    the NER said. Not "Seoul-based Halvex" (a modifier), "North Gyeongsang-do" (a
    province), "Dong-a Pharmaceutical", "Mount Paek-tu" or "Tai-chung City" (words of
    places and bodies)."""
    words = span.text.split()
    if len(words) != 2:
        return False
    given = [w for w in words if syllables(w)]
    family = [w for w in words if not syllables(w)]
    if len(given) != 1 or len(family) != 1:
        return False
    first, second = given[0].lower().split("-")
    return (
        len(first) >= 2
        and 2 <= len(second) <= 6
        and second not in _NOT_SYLLABLES
        and family[0].isalpha()
        and family[0].istitle()
        and 2 <= len(family[0]) <= 5
        and fold(family[0]) not in _PLACE_WORDS
        and not spans.name_head_type(span.text)
        and not gazetteer.known_place(span.text)
    )


def _family_name_in_capitals(
    span: Span, lowered: Collection[str] = frozenset()
) -> tuple[Span, str] | None:
    """A name written family name first in capitals, as French and Central African
    official style writes it ("KESSAR MARLO Fabrice", "HALVEX Sylvain", "NDÈ TOKO
    Anne-Marie"): the span with its given name (the NER often leaves it out) and the
    name as news writes it ("Fabrice Kessar Marlo"); None for anything else.

    One to three words in capitals, then a given name the name data know (each part of
    a hyphenated one), then no capitalised word: not "CEO Jane Roe" (a title and a
    name), "NATO Summit", a dateline ("KAMPALA — Jane said"), a place or a country's
    code ("USA Jane"), letters with no vowel ("told NTV Jane"), one word of four
    letters or fewer ("at the UN Fabrice", "NASA Artemis"), a given name that is a
    place ("UNICEF Jordan"), a common word or one the article writes in lower case
    (``lowered``: "the FINAL COUNT ROOM Marie"), a headline in capitals, nor words of
    another name the NER found (a month is a date: "the OPEC June meeting")."""
    doc = span.doc
    start = span.start
    while (
        start > 0
        and span.start - start < _CAPITALS_TOKENS
        and (_capitals_word(doc[start - 1]) or _glued_hyphen(doc, start - 1))
        and not doc[start - 1].ent_type_
    ):
        start -= 1  # "MBELE OKOLO [Jean-Luc]": the NER took the given name alone
    if start > 0 and _capitals_word(doc[start - 1]):
        return None  # more words in capitals before: a headline
    i = start
    while (
        i < len(doc)
        and i - start < _CAPITALS_TOKENS
        and (_capitals_word(doc[i]) or _glued_hyphen(doc, i))
        and (i < span.end or not doc[i].ent_type_)
    ):
        i += 1
    family_words = doc[start:i].text.split()
    if i == start or doc[i - 1].text == "-" or not 1 <= len(family_words) <= 3:
        return None
    j = i
    while (
        j < len(doc)
        and j - i < 5
        and (_glued_hyphen(doc, j) or (doc[j].is_title and doc[j].is_alpha))
        and (j < span.end or not doc[j].ent_type_)
    ):
        j += 1
    given = doc[i:j].text
    parts = given.split("-")
    if (
        j < span.end
        or len(parts) > 2
        or not all(p and known_given_name(p) for p in parts)
        or gazetteer.known_place(" ".join(family_words))
        or (len(family_words) == 1 and len(family_words[0]) <= 4)
        or gazetteer.known_place(given)
        or any(
            not _VOWELS.intersection(fold(w)) or fold(w) in lowered or doc.vocab[w.lower()].is_stop
            for w in family_words
        )
        or any(t.pos_ not in _NAME_TAGS for t in doc[start:i] if t.text != "-")
    ):
        return None
    family = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in family_words)
    return doc[start:j], f"{given} {family}"


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """True for a hyphen written between two words with no space ("KESSAR-MARLO"); not a
    dash between spaces ("Fabrice - who")."""
    return (
        doc[k].text == "-"
        and 0 < k < len(doc) - 1
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
    )


#: Tokens of three family names in capitals, hyphens between parts included.
_CAPITALS_TOKENS = 7

#: Parts of speech the tagger gives a family name in capitals ("KESSAR" a proper noun,
#: "MARLO" now and then a noun); never "FINAL" (an adjective) of "the FINAL COUNT ROOM".
_NAME_TAGS = frozenset({"PROPN", "NOUN", "X"})
#: Vowels: a family name has one, many acronyms none ("NTV", "KBC").
_VOWELS = frozenset("aeiouy")


def _capitals_word(token: Token) -> bool:
    """True for a word in capitals of two letters or more ("MBELE", "NDÈ",
    "KESSAR-MARLO")."""
    letters = token.text.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and token.text.isupper()


#: Capitalised words of place names that are no family names ("Mount Paek-tu").
_PLACE_WORDS = frozenset("mount mt lake city port fort saint st north south east west".split())


#: Seas named with a demonym: a body named after one is no country's ("Indian Ocean Tuna
#: Commission", "Arabian Sea Authority"; not "Chinese Sea Products Corp").
_SEAS = frozenset(
    {("indian", "ocean"), ("arabian", "sea"), ("arabian", "gulf"), ("persian", "gulf")}
)
#: Head words of organisations that end names of places too ("West Bank", "Soviet
#: Union", "Eastern Bloc", "Newport News", "Antioquia Department", "Federal Capital").
_PLACE_ENDINGS = frozenset({"bank", "union", "bloc", "news", "department", "capital"})


def _organisation_ending(span: Span) -> bool:
    """True when a name ends with a head word of an organisation's name
    (``name_heads.tsv``: "Herald", "Council", "Government") that no place's name ends
    with: a name the NER typed a place is the organisation's ("Gold Coast Herald")."""
    return (
        len(span) > 1
        and span[-1].lower_ not in _PLACE_ENDINGS
        and spans.last_head_type(span.text) == "ORG"
        and not gazetteer.known_place(span.text)
    )


def _with_generation(span: Span) -> bool:
    """True for capitalised words ending with a generational suffix ("Roe Jr.", "Edwin
    Roe Sr."): only a person's name ends so; or with "II", "III" or "IV" after the family
    name of a person the article names ("Roe III" beside "Charles Roe Jr."). Not a holiday
    or a building named after one ("Martin Luther King Jr. Day": the suffix is not
    last)."""
    if not (2 <= len(span) <= 5 and all(t.is_title or t.text.endswith(".") for t in span[:-1])):
        return False
    if span[-1].text in _GENERATIONS:
        return True
    # "Roe III", where the article names a person of the family: a fund or a sequel is
    # numbered so too ("Kessel Fund III")
    return span[-1].text in _NUMBERED_GENERATIONS and any(
        e.label_ == "PERSON" and len(e) > 1 and span[-2].text in e.text.split()[1:]
        for e in span.doc.ents
    )


#: Titles that schools, trusts, cups and streets are named with ("Queen Elizabeth
#: School", "King Fahd Cup", "Bishop Grace Academy"): before a given name and one more
#: word they are no sign of a person.
_NAMING_TITLES = frozenset(
    """king queen prince princess emperor empress sultan emir sheikh bishop archbishop
    cardinal pope saint st lord lady duke duchess sir dame president""".split()
)


def _apposed_to_a_job(span: Span) -> bool:
    """True for a name of two or three capitalised words in apposition, after a comma,
    to a common noun only a person holds ("The coach, Dafydd Roe, was asked": one of
    `PERSON_JOBS` and `PERSON_TITLES`); not a name with a head word, legal form or place
    ("the minister, Halvex Group"), and not after a job a company may hold too ("the
    manager, Marlo Vantor", "its auditor, Kessel Vantor")."""
    root = span.root
    if not 2 <= len(span) <= 3 or root.dep_ != "appos" or span.start < 1:
        return False
    if span.doc[span.start - 1].text != ",":
        return False  # "the lawmaker Kessel Sachs hired": no comma, maybe no apposition
    if root.head.lemma_.lower() not in PERSON_JOBS | PERSON_TITLES:
        return False  # "the auditor, X", "its partner, X", "the fund's manager, X": firms too
    return (
        all(t.is_title and t.is_alpha for t in span)
        and not spans.name_head_type(span.text)
        and not written_legal_form(span.text)
        and not gazetteer.known_place(span.text)
        and gazetteer.lookup_country(span[0].text) is None
    )


def _ranked_name_words(tokens: DocTokens) -> dict[tuple[str, str], int]:
    """(word before, word) for each word of a person's name of two words or more, the
    word before written outside the name or inside it ("general", "marlo" of "General
    Julio Marlo Vantor"), with where the article first writes that name."""
    found: dict[tuple[str, str], int] = {}
    doc = tokens.doc
    for ent in tokens.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        # the words before, whatever they are: `_rank_and_name_word` asks for a title
        for k in range(ent.start - 1 if ent.start else ent.start, ent.end - 2):
            if k < ent.start or spans.is_title_word(doc[k]):
                before = doc[k].lower_.rstrip(".")
                for t in doc[k + 1 : ent.end]:
                    if t.is_title:
                        found.setdefault((before, t.text), ent.start)
            else:
                break
    return found


def _rank_and_name_word(span: Span, ranked: Mapping[tuple[str, str], int]) -> bool:
    """True for a title and one word the NER typed otherwise ("General Marlo") after the
    article wrote that title before a person's name holding the word ("General Julio
    Marlo Vantor"): the person, not a company ("General Halvex"), which the article also
    writes before a noun ("the General Halvex plant", "General Halvex chief executive")."""
    if len(span) != 2 or not span[0].is_title or not spans.is_title_word(span[0]):
        return False
    first = ranked.get((span[0].lower_.rstrip("."), span[1].text))
    if first is None or first > span.start:
        return False
    doc = span.doc
    return not any(
        e.text == span.text and e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN"
        for e in doc.ents
    )


def _titled_inside(span: Span) -> bool:
    """True for an abbreviated or courtesy title followed by one to three capitalised
    words inside one span ("Sen. Roe", "Spokeswoman Jane Roe"), an office or a rank of
    one title word or more before a full name a given name leads ("Chair Jane Roe",
    "Lieutenant General Jo Roe"; not "General Halvex Motors", "Major General Hospital",
    "Major General Staff Office")."""
    first = span[0]
    word = first.lower_.rstrip(".")
    ranked = 0
    while ranked < len(span) - 2 and spans.is_title_word(span[ranked]):
        ranked += 1
    if ranked >= 2:
        rest = span[ranked:]
        return (
            2 <= len(rest) <= 3
            and all(t.is_title and t.is_alpha for t in rest)
            # a given name first, or a courtesy title first ("Ms Justice Orlaith Roe")
            and (known_given_name(rest[0].text) or word in _person_titles())
            and not spans.name_head_type(rest.text)
            and gazetteer.lookup_country(rest.text) is None
        )
    if (
        not first.is_upper
        and spans.is_title_word(first)
        and word not in _NAMING_TITLES
        and 3 <= len(span) <= 4
        and all(t.is_title and t.is_alpha for t in span[1:])
        and known_given_name(span[1].text)
        and not spans.name_head_type(span[1:].text)
    ):
        return True  # "Chair Jane Roe": an office before a full name a given name leads
    if first.is_upper or not (
        word in _person_titles() or word in ("spokesman", "spokeswoman", "spokesperson")
    ):
        return False  # an acronym ("HVL Europe") is more often a company than a title
    rest = span[1:]
    if len(rest) and rest[0].text == ".":
        rest = rest[1:]
    return (
        1 <= len(rest) <= 3
        # a family name's particle too: "Adv du Plessis"
        and all((t.is_title and t.is_alpha) or t.lower_ in PARTICLES for t in rest)
        and rest[-1].is_title
        and gazetteer.lookup_country(rest.text) is None
    )


@cache
def _person_titles() -> frozenset[str]:
    """Abbreviated and courtesy titles: only a person is written after one."""
    return frozenset(
        row[0] for row in load_tsv("titles.tsv") if row[1] in ("abbrev", "acronym", "honorific")
    )


def _with_web_names(tokens: DocTokens, ents: list[Span]) -> list[Span]:
    """The NER's spans and, as organisations, the web addresses written as names that it
    left out ("..., Acmenews.com reports"): a site is an outlet or a company, never a
    common word. Not inside another span; not a lower-case address ("acme.com"), an
    e-mail address or a path."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = [
        Span(tokens.doc, i, i + 1, label="ORG")
        for i, text in enumerate(tokens.text)
        # Read off the table's texts; an address has a dot (most words have none).
        if "." in text and i not in taken and spans.WEB_ADDRESS.match(text)
    ]
    if not found:
        return ents
    return sorted(ents + found, key=lambda e: (e.start, e.end))


def name_spans(
    doc: Doc,
    headline: Collection[int] | None = None,
    tokens: DocTokens | None = None,
    lowercase: Collection[str] | None = None,
) -> list[Span]:
    """The document's entity spans with the NER's usual mistakes mended (`kg.spans`).

    A place cut in two is joined; a title tagged on its own before a name is left out;
    a leading "A" is dropped; an outlet keeps its name without its bureau's city; a run
    across a missing sentence stop is cut into its two names (`kg.spans.run_on`); words
    that cannot be inside a name cut a run in pieces; and in a headline, a suspect run
    keeps only the names the article uses outside its headlines (what it drops stays a
    candidate for the corpus stage, see `kg.name_candidates`). An archive's source line
    ("Lyon RADIO VERDE in French 0830 GMT 3 Mar 94") gives its place and its outlet,
    whatever the NER tagged there, and a byline ("By ACME-PRESS correspondent Jane Roe")
    the outlet the NER left untagged. Non-actor labels pass through.

    Args:
        doc: A parsed document.
        headline: The indices of the tokens in headlines (`kg.spans.headline_tokens`),
            when the caller has them.
        tokens: The document's token table, when the caller has it.
        lowercase: `kg.spans.lower_forms` of the document outside ``headline``, when
            the caller has it.
    """
    if tokens is None:
        tokens = DocTokens(doc)
    ents = spans.join_halves(doc, _with_web_names(tokens, list(tokens.ents)))
    if headline is None:
        headline = spans.headline_tokens(doc, tokens)
    lowered = spans.lower_forms(doc, headline, tokens) if lowercase is None else lowercase
    # A source line's place and outlet, whatever the NER made of them (`kg.source_lines`).
    lines = source_lines(tokens)
    if lines:
        ents = [e for e in ents if not any(line.covers(e.start, e.end) for line in lines)]
    ents = [e for e in ents if not language_stamp(e)]

    def in_headline(span: Span) -> bool:
        return span.start in headline

    known = spans.known_names(
        (e for e in ents if is_entity_type(e.label_) and not in_headline(e)), tokens
    )
    # people's names only: "Port [Harcourt]" is no given name of the city's name
    people = spans.known_names(
        (e for e in ents if e.label_ == "PERSON" and not in_headline(e)), tokens
    )
    pairs = spans.pair_names((e for e in ents if is_entity_type(e.label_)), tokens)
    labels = spans.name_labels((e for e in ents if is_entity_type(e.label_)), tokens)
    out: list[Span] = []
    for ent in ents:
        ent = _work_named_as_actor(ent, labels, tokens)
        if not is_entity_type(ent.label_):
            out.append(ent)
            continue
        if spans.title_only(ent):
            continue
        span = spans.trailing_titles(spans.drop_article(ent))
        bureau = spans.outlet_bureau(span, known, tokens)
        if bureau is not None:
            out.append(bureau)
            continue
        names = pairs.get(tokens.span_text(ent.start, ent.end), frozenset())
        two = (
            spans.person_of_body(span, names)
            or spans.known_pair(span, names)
            or spans.run_on(span, names, labels)
            or spans.suffix_stop(span, labels)
            or spans.bracketed_acronym(span)
            or spans.acronym_start(span)
            or spans.with_legal_form(span)
            or spans.particle_cut_off(span)
            or spans.given_name_cut_off(span)
            or spans.given_name_left_off(span, lowered, people)
            or spans.given_names_after_a_title(span)
            or spans.family_names_left_off(span, people)
            or spans.place_with_office(span)
            or spans.office_before_name(span)
            or spans.quoted_nickname(span)
            or spans.generation_left_off(span)
            or spans.given_name_title_left_off(span)
        )
        if two is not None:
            out.extend(two)  # "Jane Roe of Acme Research", "Norvex and Acme", "Herons Marlo"
            continue
        pieces = spans.split_run(Span(doc, span.start, span.end, label=ent.label_), tokens)
        if in_headline(ent):
            pieces = [p for piece in pieces for p in spans.headline_pieces(piece, known, lowered)]
        out.extend(pieces)
    # A repair may reach over the NER's next span ('Harrison "Trey" Poole III' over
    # 'Trey" Poole III'): the span that starts first keeps the words.
    kept: list[Span] = []
    for span in out:
        if kept and span.start < kept[-1].end and span.start > kept[-1].start:
            continue
        if kept and span.start == kept[-1].start and span.end > kept[-1].end:
            kept[-1] = span  # "PJSC" typed alone before "PJSC Severny": the whole name
            continue
        kept.append(span)
    out = kept
    # A byline's outlet may be a web name `_with_web_names` gave already ("Acmenews.com").
    fixed = [
        span
        for span in line_spans(doc, lines) + byline_spans(tokens)
        if not any(span.start < o.end and o.start < span.end for o in out)
    ]
    if fixed:
        out = sorted(out + fixed, key=lambda span: span.start)
    return out


#: Nouns for a work, before a title that may be a person's name ("the film Jane Roe").
_WORK_NOUNS = frozenset(
    "film movie book novel biography memoir series documentary play song album show opera"
    " painting".split()
)


def _work_named_as_actor(
    ent: Span, labels: Mapping[str, frozenset[str]], tokens: DocTokens
) -> Span:
    """A name of two words or more the NER typed WORK_OF_ART where the article types the
    same name as one kind of actor elsewhere ('is "associated with" Viktor Roe', after a
    quotation), as that actor's; any other span unchanged, and so are a run of names
    joined by "and" and a title in quotation marks or after a work's noun ('the film
    "Viktor Roe"'). ``labels`` are the article's actor names (`kg.spans.name_labels`)."""
    if ent.label_ != "WORK_OF_ART" or len(ent) < 2:
        return ent
    if any(t.lower_ in ("and", "&", ",") for t in ent):
        return ent  # "Roe and Vance", a pair the NER glued elsewhere too
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and after is not None and before.text in QUOTES and after.text in QUOTES:
        return ent  # the film "Viktor Roe", a work named after its subject
    if before is not None and before.lemma_.lower() in _WORK_NOUNS:
        return ent  # the biography Viktor Roe
    found = labels.get(fold(tokens.span_text(ent.start, ent.end)), frozenset())
    if len(found) != 1:
        return ent
    (label,) = found
    return Span(ent.doc, ent.start, ent.end, label=label)


def _countries_said(ents: Sequence[Span], tokens: DocTokens) -> frozenset[str]:
    """The folded one-word names of countries that other things bear too ("Jordan",
    "Chad", "Georgia", "Mali") which the article's NER typed as a place somewhere, or
    whose people or capital the article names ("Chadian", "N'Djamena": the small model
    tags "the border with Chad" a person where it knows the people's word), and which no
    person's name of two words or more in the article holds ("Alison Jordan")."""
    said: set[str] = set()
    people: set[str] = set()
    for ent in ents:
        text = fold(tokens.span_text(ent.start, ent.end))
        if ent.label_ in ("GPE", "NORP", "LOC") and len(ent) <= 2:
            place = gazetteer.lookup_country(tokens.span_text(ent.start, ent.end))
            if place is None:
                continue
            if len(ent) == 1 and ent.label_ == "GPE" and place.kind == "name" and place.ambiguous:
                said.add(text)
            elif place.kind in ("demonym", "capital") and not place.ambiguous:
                said.add(fold(place.name))
        elif ent.label_ == "PERSON" and len(ent) > 1:
            people.update(text.split())
    return frozenset(said - people)


def find_mentions(
    doc: Doc,
    doc_id: str,
    headline: Collection[int] | None = None,
    tokens: DocTokens | None = None,
    lowercase: Collection[str] | None = None,
) -> list[SpanMention]:
    """Return the actor mentions of a parsed document, in text order.

    Country names, codes and demonyms become mentions of the country (``kind`` is
    ``name`` or ``demonym`` and ``country`` its alpha-3 code); capitals and other
    places keep their own name with ``country`` set, so that relation extraction can
    decide from the syntax whether the place stands for its government. PERSON
    mentions carry the titles written with them in ``roles``, and a country tied to
    the title ("Russian Deputy Foreign Minister") in ``country``.

    Args:
        doc: A parsed document (tagger, parser and NER).
        doc_id: Id of the `kg.model.Document` it was parsed from.
        headline: The indices of the tokens in headlines (`kg.spans.headline_tokens`),
            when the caller has them.
        tokens: The document's token table, when the caller has it.
        lowercase: `kg.spans.lower_forms` of the document outside ``headline``, when
            the caller has it.
    """
    if tokens is None:
        tokens = DocTokens(doc)

    # Words inside a person's title ("Secretary of State") are not actors of their own.
    in_titles: set[int] = set()
    for ent in tokens.ents:
        if ent.label_ == "PERSON":
            in_titles.update(t.i for t in title_tokens(_strip_leading_title(ent, tokens), tokens))
    ranked = _ranked_name_words(tokens)

    lowered = junk.lower_words(doc, tokens)
    if headline is None:
        headline = spans.headline_tokens(doc, tokens)
    kinds: dict[str, EntityType] = {}  # names a kind noun types (`kg.spans.kind_type`)
    out: list[SpanMention] = []
    ents = name_spans(doc, headline, tokens, lowercase)
    countries = _countries_said(ents, tokens)
    for ent in ents:
        if not is_entity_type(ent.label_):
            continue
        if ent.start in in_titles and ent.label_ not in ("GPE", "NORP", "PERSON"):
            continue
        trimmed = _trim(ent, tokens)
        repaired = _repair_fragment(trimmed, tokens) if len(trimmed) else None
        if repaired is None or len(repaired) == 0:
            continue
        span = repaired
        roles: list[str] = []
        country = ""
        label: EntityType = ent.label_
        if label in ("PERSON", "ORG") and (cut := spans.cut_postnominal(span, label)) != span:
            span, label = cut, "PERSON"  # "Jane Roe SC", "Roe J": a counsel, a judge
        if (
            label == "PERSON"
            and span.start > 0
            and spans.is_title_word(doc[span.start - 1])
            and gazetteer.is_place(doc[span.start - 1 : span.end].text)
        ):
            # "in Governador Valadares": a city named with an office, not a governor
            span, label = doc[span.start - 1 : span.end], "GPE"
        if (named := _honorific_suffix(span)) is not None:
            span, label = named, "PERSON"  # "Roe-san": the courtesy word is no name's
        courtesy = honorific(span, tokens)
        words = span.text.split()
        if courtesy and (
            (label in ("ORG", "NORP") and len(words) <= 3)
            # a place only as a surname alone: "Ms Marlo", not "the Lady Bay Bridge"
            or (
                label in ("GPE", "LOC", "FAC")
                and len([w for w in words if w.rstrip(".") != courtesy.rstrip(".")]) == 1
            )
        ):
            # "Mrs. X" that the NER called an organisation or a place ("Ms Roe-
            # Kessel": the words, not the tokens a hyphen makes)
            label = "PERSON"
        if label == "PERSON":
            label = spans.head_type(span) or label  # "Carter Center", "Kumasi Royals"
        if label in ("GPE", "LOC") and _organisation_ending(span):
            label = "ORG"  # "Gold Coast Herald", "Kano State Government": no place
        if label == "PERSON" and (
            spans.acronym_led(span) or spans.web_name(span.text) or spans.coded_name(span.text)
        ):
            label = "ORG"  # "HVL Europe", "Acmenews.com", "TK4 Holdings"
        if label == "PERSON" and not courtesy and _branch_in_a_country(span):
            label = "ORG"  # "Halvex Peru": a company's branch, not a man named Peru
        if label == "PERSON" and _led_by_a_country(span):
            label = "ORG"  # "Sri Lanka Cricket": a country's body, never a person
        if label in ("ORG", "NORP") and _titled_inside(span) and not spans.head_type(span):
            # "Spokeswoman Jane Roe", "Sen. Roe" that the NER called an ORG; not "Sir
            # Kessel University", named after a titled person
            label = "PERSON"
        if label in ("ORG", "GPE", "NORP", "FAC") and _aged(span):
            label = "PERSON"  # "Roe, 54, is a former professor" that the NER called a place
        if label in ("ORG", "GPE", "NORP", "FAC", "LOC") and _romanised_name(span):
            label = "PERSON"  # "Kang Hyun-joo" that the NER called an organisation
        family_first = _family_name_in_capitals(span, lowered)
        if family_first is not None:
            span, label = family_first[0], "PERSON"  # "KESSAR MARLO Fabrice"
        if label == "PERSON" and not courtesy and _speakers_of_a_language(span):
            label = "NORP"  # "Tamil fishermen", "Sri Lankan Tamil parties"
        if _office_of_a_town(span):
            label = "GPE"  # "a former mayor of Marlo": the town, whoever bears its name
        if label in ("ORG", "GPE", "NORP", "FAC") and _with_generation(span):
            label = "PERSON"  # "a visit to Roe Jr.'s home" that the NER called a company
        owner = junk.owner_of_object(span)
        if owner is not None:
            span = owner  # "Clinton Emails": the emails are not an actor, their owner is
        if junk.reason(span, lowered, span.start in headline, tokens):
            continue
        if label == "PERSON" and len(span) == 1 and _medium(span):
            label = "ORG"
        kind_of = (
            spans.kind_type(span, tokens) if label in ("PERSON", "ORG", "FAC", "NORP") else None
        )
        if kind_of is not None and not courtesy:
            kinds[normalise_name(span.text)] = kind_of  # "the airline Northwind"
        if label in ("ORG", "NORP") and _titled_name(span):
            label = "PERSON"  # "Chancellor Olaf Scholz" that the NER called an ORG
        if label in ("ORG", "NORP", "FAC") and _rank_and_name_word(span, ranked):
            label = "PERSON"  # "General Marlo" after "General Julio Marlo Vantor"
        said = (
            descriptor(span, tokens)
            if label in ("PERSON", "ORG")
            # a company's name with its legal form or head word is nobody's "wife"
            # however the parser hung it ("his wife X and their company, Y S.A.L.")
            and not (written_legal_form(span.text) or spans.name_head_type(span.text))
            else ""
        )
        if said and label == "ORG" and len(span) <= 3:
            label = "PERSON"  # "his wife, X" or "first lady X" that the NER called an ORG
        if label == "ORG" and _apposed_to_a_job(span):
            label = "PERSON"  # "The coach, Dafydd Roe, was asked"
        if label == "PERSON":
            span, glued = spans.cut_titles(span)
            span = _strip_leading_title(span, tokens)
            titles = title_tokens(span, tokens)
            role, role_country = split_title(titles)
            if titles and not role_country:
                role_country = _possessive_country(span, titles)
            if role and role_class(role):
                roles.append(role)
            elif glued:
                roles.extend(glued)
            country = role_country
        text = span.text
        name = normalise_name(text)
        if family_first is not None and span == family_first[0]:
            name = family_first[1]  # "Fabrice Kessar Marlo"
        if label == "PERSON":
            name = spaced_initials(name)  # "S.P. Roe" is "S. P. Roe"
        state = gazetteer.us_state(_with_dot(span)) if label == "GPE" else None
        if state is not None:
            name, country = state, "USA"  # "Boston, Mass.": the state, by its name
        if label == "PERSON" and len(name.split()) == 1 and generation(span):
            name = f"{name} {generation(span)}"  # "the elder Mr. X": X Sr.
        if not name or is_junk(name) or not any(c.isupper() for c in name):
            continue
        kind: MentionKind = "name"
        pair = _country_pair(span)
        if pair:
            # "Israel-Syria talks": two countries glued by a hyphen are two mentions
            out.extend(
                _span_mention(
                    part,
                    doc_id,
                    tokens,
                    "GPE",
                    where.name,
                    kind="demonym" if where.kind == "demonym" else "name",
                    country=where.alpha3,
                )
                for part, where in pair
            )
            continue
        place = gazetteer.lookup_country(name)
        if place is not None and place.kind == "demonym" and _ethnic(doc, span.start):
            # "ethnic Albanians": a people, often of another state, not Albania; used as
            # a noun they are an actor of their own ("Kurds"), as an adjective nothing
            if not _noun_use(span):
                continue
            span = doc[span.start - 1 : span.end]
            label, name, place = "NORP", f"ethnic {span[1:].text}", None
        if place is not None and not (
            place.ambiguous
            and label not in ("GPE", "NORP")
            # "talks with Jordan" the NER took for a person, in an article that names
            # the country Jordan and no person of that name, and with no title ("Senator
            # Jordan") or description ("Jordan, a 16-year-old student")
            and not (
                label == "PERSON"
                and not courtesy
                and not roles
                and fold(name) in countries
                and not person_apposition(doc, span.end)
            )
            # "a Turk and an Armenian": a people's word after "a", never a person's name
            and not (place.kind == "demonym" and _after_indefinite_article(span))
        ):
            if place.kind in ("name", "code", "government", "seat"):
                label, country, name = "GPE", place.alpha3, place.name
            elif place.kind == "demonym":
                label, country, name, kind = "GPE", place.alpha3, place.name, "demonym"
            elif place.kind == "capital" and (
                label in PLACE_LABELS
                or (not place.ambiguous and not (label == "PERSON" and (courtesy or roles)))
            ):
                # A capital the NER called a person ("Kyiv seeks ...") is still the city,
                # by the name the gazetteer gives it however written (`capital_name`); not
                # after a courtesy title or a title ("Ms. Paris", "Senator Lima")
                label, country = "GPE", place.alpha3
                if not place.ambiguous:
                    name = capital_name(name, place.alpha3)
        elif label == "NORP" and not _noun_use(span):
            continue  # "European leaders": an adjective with no country behind it
        if label in ("ORG", "FAC") and not country:
            first = gazetteer.lookup_country(span[0].text)
            if (
                first is not None
                and first.kind in ("name", "code", "demonym")
                and len(span) > 1
                and not (first.kind == "demonym" and (span[0].lower_, span[1].lower_) in _SEAS)
            ):
                country = first.alpha3  # "Chilean Foreign Ministry" belongs to Chile
            else:
                country = _possessive_country(span, [])  # "South Africa's Electoral Commission"
        out.append(
            _span_mention(
                span,
                doc_id,
                tokens,
                label,
                name,
                kind=kind,
                roles=tuple(roles),
                country=country,
                honorific=courtesy if label == "PERSON" else "",
                descriptor=said if label == "PERSON" else "",
            )
        )
    out = _kinds_named(out, kinds)
    out = _shared_family_names(doc, tokens, doc_id, out)
    out = _initial_honorifics(tokens, doc_id, out)
    out.extend(_missed_countries(tokens, doc_id, out))
    out.extend(_missed_surnames(tokens, doc_id, out))
    out = _with_groups(tokens, doc_id, out)
    # a courtesy title alone, whatever the NER made of it, is nobody ("Alhaji", "Dame")
    forms_of_address = gender_words("honorific")
    out = [m for m in out if fold(m.mention.label).rstrip(".") not in forms_of_address]
    out.sort(key=lambda m: m.start)
    return out


def _initial_honorifics(
    tokens: DocTokens, doc_id: str, found: list[SpanMention]
) -> list[SpanMention]:
    """A courtesy title that is also an initial ("M." of French style: Monsieur) before
    a family name the article gives a person whose given names start with other letters
    ("Robert Vallancourt ... M. Vallancourt"): the title and the family name, not a person
    whose given name starts with M, or before a full name led by a given name ("M. Jean
    Vallancourt"). Only in an article of French style (it writes "Mme" or "Mlle", or
    "M." before two family names): "Shaun Marsh ... M. Marsh" is his brother. Left as
    written where a person of the family has such a given name ("Michel Vallancourt")
    or the article names none of the family in full (`gender.tsv` kind "initial
    honorific"). The NER's "organisation" so written is the person too ("M. de
    Brassac" beside "Jean de Brassac")."""
    titles = gender_words("initial honorific")
    candidates = [
        i
        for i, m in enumerate(found)
        if m.mention.type in ("PERSON", "ORG")  # "M. de Brassac" the NER called an ORG
        and m.end - m.start > 1
        and tokens.lower[m.start].rstrip(".") in titles
        and tokens.text[m.start].endswith(".")
    ]
    if not candidates:
        return found
    # only in an article of French style: "Mme" or "Mlle" beside it, or "M." before two
    # family names ("Shaun Marsh ... M. Marsh" is his brother Mitchell)
    writes_mme = bool({"mme", "mme.", "mlle", "mlle."} & set(tokens.lower))
    french = writes_mme or (
        len({tokens.span_text(found[i].start + 1, found[i].end) for i in candidates}) > 1
    )
    if not french:
        return found
    # first letters of the given names of the article's people of each family
    initials: dict[str, set[str]] = defaultdict(set)
    for m in found:
        words = fold(m.mention.label).split()
        if m.mention.type == "PERSON" and len(words) > 1 and len(words[0].rstrip(".")) > 1:
            for k in range(1, len(words)):
                initials[" ".join(words[k:])].add(words[0][0])
    out = list(found)
    for i in candidates:
        m = found[i]
        family = tokens.span_text(m.start + 1, m.end)
        # "M. Jean Vallancourt": a given name and more after the title, the man's full
        # name; only where the article writes "Mme" or "Mlle" ("M. Scott Roe" and "M.
        # Stanley Moe" of an English article are initials)
        full = len(family.split()) > 1 and known_given_name(family.split()[0]) and writes_mme
        letters = initials.get(fold(family), set())
        if not full and (not letters or tokens.lower[m.start][0] in letters):
            continue
        mention = dataclasses.replace(
            m.mention,
            type="PERSON",
            label=normalise_name(family),
            honorific=tokens.text[m.start],
        )
        out[i] = dataclasses.replace(m, mention=mention)
    return out


def _shared_family_names(
    doc: Doc, tokens: DocTokens, doc_id: str, found: list[SpanMention]
) -> list[SpanMention]:
    """The first of two given names that share one family name is that person's full
    name ("Bill and Hillary Marlo": Bill Marlo).

    The word before "and" must be a given name the name data know, typed PERSON by the
    NER or left untagged, and no known place ("Georgia and Jane Marlo"); not a family
    name of a person of the article ("Kerry and John Marlo" beside "John Kerry"); not
    after a title ("Prince William and Kate Marlo": a prince is named by his given
    name); and the name after "and" must start with a given name the name data know (not
    "the Library and Music Store" the NER typed so). The sentence must call them kin
    ("the couple", "his wife") or the article name the family in the plural ("the
    Marlos"): "Harris and Joe Marlo" may be a surname and a full name. A surname or a
    one-name person before "and" ("Kessov and Donald Marlo") is left alone."""
    by_start = {m.start: m for m in found}
    covered = {i: m for m in found for i in range(m.start, m.end)}
    families = {
        fold(m.mention.label).split()[-1]
        for m in found
        if m.mention.type == "PERSON" and len(m.mention.label.split()) > 1
    }
    out = list(found)
    for m in found:
        mention = m.mention
        words = mention.label.split()
        if (
            mention.type != "PERSON"
            or len(words) < 2
            or m.start < 2
            or not known_given_name(words[0])  # "the Library and Music Store"
        ):
            continue
        at = m.start - 2
        word = doc[at]
        if doc[m.start - 1].lower_ not in ("and", "&") or not (word.is_alpha and word.is_title):
            continue
        if at > 0 and doc[at - 1].is_title and not doc[at - 1].is_sent_start:
            continue  # "Tom Roe and Jane Marlo": the word ends a name of its own
        if at > 0 and spans.is_title_word(doc[at - 1]):
            continue  # "Prince William and Kate Marlo"
        own = covered.get(at)
        if own is not None and (own.end - own.start != 1 or own.start != at):
            continue
        if (
            gazetteer.known_place(word.text)
            or not known_given_name(word.text)
            or fold(word.text) in families
            or (own is not None and own.mention.type != "PERSON")
        ):
            continue  # "Ford and Jane Marlo": a company the NER typed so
        family = _family_words(mention.label)
        if not family or not _said_to_be_kin(doc, m.start, family[-1]):
            continue
        name = " ".join([word.text, *family])
        new = _span_mention(doc[at : at + 1], doc_id, tokens, "PERSON", name)
        if own is not None:
            out[out.index(own)] = new
        elif at not in by_start:
            out.append(new)
    return out


#: Words that say two people named together are kin: "the couple", "his wife".
_KIN = frozenset(
    {"couple", "couples", "wife", "husband", "spouse", "brother", "brothers", "sister"}
    | {"sisters", "siblings", "twins", "parents", "son", "sons", "daughter", "daughters"}
    | {"married", "family"}
)


def _said_to_be_kin(doc: Doc, start: int, family: str) -> bool:
    """True when the sentence of "X and Y Z" calls them kin ("the couple", "their son")
    or the article names the family in the plural ("the Zs"): two people named with one
    family name may be a surname and a full name ("Harris and Joe Marlo")."""
    if any(t.lower_ in _KIN for t in doc[start].sent):
        return True
    plural = fold(family) + "s"
    return any(fold(t.text) == plural for t in doc if t.is_title)


def _family_words(label: str) -> list[str]:
    """The words of a person's name that make its family name, as written ("el-Sayed" of
    "Mohammed el-Sayed", "van der Wiel" of "Maarten van der Wiel"); none when the family
    name is not the end of the name as written."""
    family = parse_person(fold(label)).family
    words = label.split()
    for k in range(len(words) - 1, 0, -1):
        if fold(" ".join(words[k:])) == family:
            return words[k:]
    return []


def _kinds_named(found: list[SpanMention], kinds: dict[str, EntityType]) -> list[SpanMention]:
    """Give every mention of a name the type a kind noun gave it somewhere in the article
    ("the airline Northwind" makes each "Northwind" of the article an organisation), unless
    a title written with the mention says person. A place stays a place; a body noun
    never makes a place of a person's name's mention that the gazetteer placed."""
    if not kinds:
        return found
    out: list[SpanMention] = []
    for m in found:
        mention = m.mention
        kind = kinds.get(mention.label)
        if (
            kind is not None
            and kind != mention.type
            and not mention.roles
            and not mention.honorific
            and not mention.country
            and (mention.type == "PERSON" or kind == "GPE")
        ):
            m = dataclasses.replace(m, mention=dataclasses.replace(mention, type=kind))
        out.append(m)
    return out


#: Dependencies of the words written before a group's head noun ("the Chinese riot police").
_GROUP_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case", "npadvmod", "punct"})


def is_country_mention(m: SpanMention) -> bool:
    """True when a mention names a country itself (not a person or place tied to one)."""
    mention = m.mention
    return bool(
        mention.country
        and mention.type == "GPE"
        and mention.label == gazetteer.country_name(mention.country)
    )


def _with_groups(tokens: DocTokens, doc_id: str, found: list[SpanMention]) -> list[SpanMention]:
    """Add the group actors of a country ("Turkish police", "Israel's army", "Afghan rebel
    leaders"; see `kg.groups`): each takes the place of the country word it is named with.

    The group is the noun phrase from the country to its head noun, when the words after
    the country name a sector other than the state (`kg.groups.sector_of`). A head noun
    that is part of a name, or that modifies another noun, makes no group. A country
    word the NER did not tag before the state's people ("Ghanaian officials") becomes a
    mention of the country.
    """
    doc, every = tokens.doc, tokens.tokens
    country_at: dict[int, int] = {}
    named: set[int] = set()
    for index, m in enumerate(found):
        for i in range(m.start, m.end):
            if is_country_mention(m):
                country_at[i] = index
            else:
                named.add(i)
    named.update(
        i
        for ent in tokens.ents
        if ent.label_ not in ("NORP", "GPE")
        for i in range(ent.start, ent.end)
    )
    absorbed: set[int] = set()
    groups: list[SpanMention] = []
    states: list[SpanMention] = []
    dep, text = tokens.dep, tokens.text
    # The words with a "to" or "against" hung on them, found from the few prepositions
    # rather than from every noun's children.
    stances = {
        every[i].head.i
        for i, (d, word) in enumerate(zip(dep, tokens.lower, strict=True))
        if d == "prep" and word in ("to", "against")
    }
    for at, pos in enumerate(tokens.pos):
        if pos not in ("NOUN", "PROPN") or dep[at] == "compound":
            continue
        if at in named or at in country_at:
            continue
        head = every[at]
        if at in stances:
            continue  # "Hungary's opposition to the plan": a stance, not a group
        j = at - 1
        while j >= 0:
            if dep[j] not in _GROUP_MODIFIER_DEPS or head not in every[j].ancestors:
                break
            if dep[j] == "punct" and text[j] != "-":
                break
            j -= 1
        owner = _group_country(tokens, found, country_at, named, j + 1, at)
        if owner is None:
            # The organisation beats the place: "students at X University in Nairobi"
            # are its students, whatever country they are from.
            local = _org_group(tokens, found, j + 1, head, doc_id) or _local_group(
                tokens, found, j + 1, head, doc_id
            )
            if local is not None:
                groups.append(local)
            continue
        start, end, alpha3, absorbs = owner
        words = [
            (t.lemma_.lower(), t.lower_)
            for t in every[end : head.i + 1]
            if not t.is_punct and t.dep_ != "case"
        ]
        sector = sector_of(words)
        if not is_sector(sector):
            # The state's or an organisation's people act for it (kg.groups); a demonym
            # the NER left untagged still names the state ("Ghanaian authorities said").
            if absorbs is None and (sector in (STATE, MEMBER) or head.lemma_ in agent_nouns()):
                place = gazetteer.lookup_country(doc[start:end].text)
                kind: MentionKind = "demonym" if place and place.kind == "demonym" else "name"
                name = gazetteer.country_name(alpha3) or alpha3
                states.append(
                    _span_mention(
                        doc[start:end], doc_id, tokens, "GPE", name, kind=kind, country=alpha3
                    )
                )
            continue
        span = doc[start : head.i + 1]
        if absorbs is not None:
            absorbed.add(absorbs)
        groups.append(_group_mention(span, doc_id, tokens, alpha3, sector))
    return [m for n, m in enumerate(found) if n not in absorbed] + groups + states


def _org_group(
    tokens: DocTokens, found: list[SpanMention], start: int, head: Token, doc_id: str
) -> SpanMention | None:
    """A group named with the organisation its people study, work or protest for
    ("students at Halvex University", "workers at Halvex Motors"; `kg.groups.ORG_TIES`):
    the words ``doc[start:head + 1]`` name the sector with a plural noun, the
    organisation is an ORG mention whose name is no person's of the document. People
    "of" or "from" a body that an agent noun makes act for it ("workers of X" is X,
    `agent_nouns.tsv` kind member) stay so. The group has the organisation's country,
    if it has one."""
    words = [
        (t.lemma_.lower(), t.lower_)
        for t in tokens.tokens[start : head.i + 1]
        if not t.is_punct and t.dep_ not in ("case", "det")
    ]
    sector = sector_of(words)
    # One of them ("a student at X University", "a striker at X FC") is a person.
    if not is_sector(sector) or sector not in ORG_TIES or head.tag_ != "NNS":
        return None
    where = {i: m for m in found for i in range(m.start, m.end)}
    # A person's name, or a word of one, the NER typed ORG ("students at Roe") is no
    # organisation; "Jane Roe University" is one.
    people = {
        name
        for m in found
        if m.mention.type == "PERSON"
        for name in (m.mention.label, *m.mention.label.split())
    }
    for prep, body in org_ties(head, sector):
        if prep.lower_ != "at" and head.lemma_.lower() in member_nouns():
            continue  # "workers of X": X itself acts
        m = where.get(body.i)
        if m is None or m.mention.type != "ORG":
            continue
        if m.mention.kind == "group" or m.mention.label in people:
            continue
        return _span_mention(
            tokens.doc[start : head.i + 1],
            doc_id,
            tokens,
            SECTORS[sector].type,
            org_group_label(m.mention.label, sector),
            kind="group",
            country=m.mention.country,
            sector=sector,
        )
    return None


def _local_group(
    tokens: DocTokens, found: list[SpanMention], start: int, head: Token, doc_id: str
) -> SpanMention | None:
    """A group named with the place its people are in or come from ("protesters in
    Nairobi", "prosecutors in Italy"; `kg.groups.LOCAL_SECTORS`): the words
    ``doc[start:head + 1]`` name the sector, the place is a mention the gazetteer puts in
    one country. The place stays a mention of its own."""
    words = [
        (t.lemma_.lower(), t.lower_)
        for t in tokens.tokens[start : head.i + 1]
        if not t.is_punct and t.dep_ not in ("case", "det")
    ]
    sector = sector_of(words)
    if not is_sector(sector) or sector not in LOCAL_SECTORS:
        return None
    where = {i: m for m in found for i in range(m.start, m.end)}
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in LOCAL_PREPOSITIONS:
            continue
        for place in prep.children:
            m = where.get(place.i)
            if place.dep_ != "pobj" or m is None or m.mention.type not in ("GPE", "LOC"):
                continue
            alpha3 = place_country(m.mention.label)
            if alpha3 is None:
                continue
            return _group_mention(tokens.doc[start : head.i + 1], doc_id, tokens, alpha3, sector)
    return None


def _group_country(
    tokens: DocTokens,
    found: list[SpanMention],
    country_at: dict[int, int],
    named: set[int],
    lo: int,
    hi: int,
) -> tuple[int, int, str, int | None] | None:
    """The country among the words ``doc[lo:hi]`` before a group's head noun, nearest the
    head ("US-backed Syrian rebels": Syria): ``(start, end, alpha-3, index of its mention
    in found or None)``. A demonym the NER did not tag ("Somali militants") is read from
    the gazetteer when it is capitalised and unambiguous."""
    doc, is_title = tokens.doc, tokens.is_title
    for i in range(hi - 1, lo - 1, -1):
        if i in country_at:
            m = found[country_at[i]]
            return m.start, m.end, m.mention.country, country_at[i]
        for size in (2, 1):
            if i - size + 1 < lo:
                continue
            if any(k in named or not is_title[k] for k in range(i - size + 1, i + 1)):
                continue
            start = i - size + 1
            place = gazetteer.lookup_country(tokens.span_text(start, i + 1))
            if place is not None and place.kind in ("name", "demonym") and not place.ambiguous:
                if _ethnic(doc, start):
                    return None  # "ethnic Albanian leaders" lead no state's group
                return start, i + 1, place.alpha3, None
    return None


def _country_pair(span: Span) -> list[tuple[Span, gazetteer.Place]]:
    """The countries of a name that is two or more countries joined by hyphens
    ("Israel-Syria", "Ruritania-Norland"), else []; a country's own hyphenated name
    ("Guinea-Bissau", "Bosnia-Herzegovina") is one country."""
    if not any(t.text == "-" for t in span) or gazetteer.lookup_country(span.text) is not None:
        return []
    parts: list[Span] = []
    start = span.start
    for t in span:
        if t.text == "-":
            parts.append(span.doc[start : t.i])
            start = t.i + 1
    parts.append(span.doc[start : span.end])
    out: list[tuple[Span, gazetteer.Place]] = []
    for part in parts:
        place = gazetteer.lookup_country(part.text) if len(part) in (1, 2) else None
        if place is None or place.kind not in ("name", "code", "demonym"):
            return []
        out.append((part, place))
    # a country's name that may be a person's ("Israel", "Jordan") counts beside one
    # that may not ("Israel-Syria"); two of them may be a person's double name
    if all(p.ambiguous for _, p in out):
        return []
    return out if len({p.alpha3 for _, p in out}) == len(out) >= 2 else []


#: Words before a nationality that make it a people, not a state ("ethnic Albanians").
ETHNIC_WORDS = frozenset({"ethnic"})


def _ethnic(doc: Doc, start: int) -> bool:
    """True when the nationality starting at ``start`` follows "ethnic"."""
    return start > 0 and doc[start - 1].lower_ in ETHNIC_WORDS


def _missed_surnames(tokens: DocTokens, doc_id: str, found: list[SpanMention]) -> list[SpanMention]:
    """Surnames of people named in full elsewhere in the article that the NER did not tag
    ("Hale spoke with ..." after "Mike Hale")."""
    surnames = {
        family_name_as_written(m.mention.label)
        for m in found
        if m.mention.type == "PERSON" and len(m.mention.label.split()) > 1
    }
    if not surnames:
        return []
    full_names = {
        m.mention.label
        for m in found
        if m.mention.type == "PERSON" and len(m.mention.label.split()) > 1
    }
    found_at = {i for m in found for i in range(m.start, m.end)}
    covered = found_at | tokens.in_ents
    doc, pos, dep = tokens.doc, tokens.pos, tokens.dep
    out = []
    for i, text in enumerate(tokens.text):
        if text not in surnames or i in covered or pos[i] != "PROPN" or dep[i] == "compound":
            continue
        # The whole name where the words before the surname make a full name of the
        # article ("Grace Okafor" untagged after "Grace Okafor"): not her surname alone.
        start = next(
            (
                j
                for j in range(max(0, i - 2), i)
                if " ".join(tokens.text[j : i + 1]) in full_names
                and not covered.intersection(range(j, i))
            ),
            i,
        )
        if start == i and _given_name_before(tokens, i, found_at):
            # "Ivanka Dorsk" with the given name tagged as a product: another person of
            # the family, named in full, not the one the article named before.
            start = i - 1
        elif (
            start == i
            and i > 0
            and tokens.text[i - 1][:1].isupper()
            and tokens.lower[i - 1] in gender_words("given-name honorific")
        ):
            # "W/ro Selam" beside "Hiwot Selam": a title written before given names,
            # so the given name of another person (`spans.given_name_title_left_off`)
            start = i - 1
        elif start == i and _untagged_name_word(tokens, i - 1, i, found_at):
            # "Ratu Josaia Marlo" untagged beside "Adi Vika Marlo": another person's
            # name, taken whole, not hers
            start = i - 1
            while start > i - 3 and _untagged_name_word(tokens, start - 1, start, found_at):
                start -= 1
        span = doc[start : i + 1]
        out.append(
            _span_mention(
                span,
                doc_id,
                tokens,
                "PERSON",
                " ".join(tokens.text[start : i + 1]),
                honorific=honorific(span, tokens),
            )
        )
    return out


def _branch_in_a_country(span: Span) -> bool:
    """True for a "person" named a word and a country ("Halvex Peru"): a company's branch,
    when the first word is no given name the name data know and the country's name is
    no one's name ("Jordan", "Chad" and "Israel" are; the gazetteer marks them ambiguous).
    Not a region: many are family names too ("Rivers", "Kano", "Florida")."""
    if not 2 <= len(span) <= 3:
        return False
    place = gazetteer.lookup_country(span[-1].text)
    return (
        place is not None
        and place.kind == "name"
        and not place.ambiguous
        and span[0].is_title
        and not known_given_name(span[0].text)
    )


def _led_by_a_country(span: Span) -> bool:
    """True for a "person" whose name starts with a country's name of two words or more
    and goes on ("New Zealand Rugby", "Sri Lanka Cricket"): no one's given and family
    names are a country's. Not a one-word country ("Chad Smith", "Jordan Roe")."""
    return any(
        (place := gazetteer.lookup_country(span[:k].text)) is not None and place.kind == "name"
        for k in range(2, len(span))
    )


def _name_word_before(tokens: DocTokens, j: int, head: int, found_at: Collection[int]) -> bool:
    """True when token ``j`` is a capitalised proper noun compound on token ``head`` that
    no mention took: a word written as part of a name ("Tomas" of "Tomas Marlo")."""
    return (
        j >= 0
        and j not in found_at
        and tokens.pos[j] == "PROPN"
        and tokens.dep[j] == "compound"
        and tokens.doc[j].head.i == head
        and tokens.text[j].isalpha()
        and tokens.text[j].istitle()
    )


def _plain_name_word(tokens: DocTokens, j: int) -> bool:
    """True when token ``j`` is no title, place or country, nor a word the article also
    writes in lower case ("Veteran Dorsk" beside "a veteran"): a name's own word."""
    word = tokens.text[j]
    return (
        word.lower() not in tokens.text
        and not spans.is_title_word(tokens.doc[j])
        and not gazetteer.known_place(word)
        and gazetteer.lookup_country(word) is None
    )


def _untagged_name_word(tokens: DocTokens, j: int, i: int, found_at: Collection[int]) -> bool:
    """True when token ``j`` is a plain word of a name the NER missed (`_name_word_before`,
    `_plain_name_word`) before the name's token ``i``, or before the next word of it
    ("Ratu" before "Josaia" of "Ratu Josaia Marlo": the parser hangs either on the last
    word)."""
    return (
        _name_word_before(tokens, j, i, found_at) or _name_word_before(tokens, j, i + 1, found_at)
    ) and _plain_name_word(tokens, j)


def _given_name_before(tokens: DocTokens, i: int, found_at: Collection[int]) -> bool:
    """True when the word before token ``i`` is a given name, written as part of the name
    (`_name_word_before`): one the name data know, or, before an apposition with a title,
    a plain word of a name (`_plain_name_word`: "Tomas Marlo, the union's general
    secretary," untagged beside "Jane Marlo"; not "Apple Dorsk and ...")."""
    j = i - 1
    if not _name_word_before(tokens, j, i, found_at):
        return False
    return known_given_name(tokens.text[j]) or (
        _job_after(tokens, i + 1) and _plain_name_word(tokens, j)
    )


#: Words after which an apposition says no more of its own head ("the chain whose
#: chairman ...", "the firm that ...").
_CLAUSE_WORDS = frozenset({"whose", "which", "that", "who", "whom", "where", "of", "for"})


def person_apposition(doc: Doc, end: int) -> bool:
    """True when an apposition after a name says it is a person's: an age (", 41,", ", a
    16-year-old student") or a title at the head of its noun phrase (", a former city
    councillor,", ", the club's coach,"); not a courtesy title (", Miss.": a town and its
    state), nor a title inside a clause about something else (", the department store
    chain whose chairman ...")."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    age = doc[end + 1]
    if age.like_num and age.text.isdigit() and 16 <= int(age.text) <= 110:
        return doc[end + 2].text in (",", ".", ";")
    courtesy = gender_words("honorific")
    window = end + 1
    while window < min(end + 9, len(doc)) and doc[window].text not in (",", ".", ";"):
        window += 1
    said = " ".join(t.lower_ for t in doc[end + 1 : window])
    if "year - old" in said or "year-old" in said:
        return True  # "a 16-year-old student"
    for k in range(end + 1, window):
        tok = doc[k]
        if tok.lower_ in _CLAUSE_WORDS or tok.pos_ in ("VERB", "AUX"):
            return False  # a clause, no apposition (", assassinated the minister")
        if tok.pos_ in ("NOUN", "PROPN") and not (
            tok.head.i > k and tok.dep_ in ("compound", "amod", "nmod", "poss")
        ):
            # the head noun of the apposition ("councillor" of "a former city
            # councillor", "chain" of "the department store chain"): a title or not
            return spans.is_title_word(tok) and tok.lower_.rstrip(".") not in courtesy
    return False


def _job_after(tokens: DocTokens, i: int) -> bool:
    """True when an apposition with a title starts at token ``i`` (", the union's general
    secretary,"): the words before it are a person's name."""
    if i >= len(tokens.text) or tokens.text[i] != ",":
        return False
    for k in range(i + 1, min(i + 9, len(tokens.text))):
        if tokens.text[k] in (",", ".", ";"):
            return False
        if spans.is_title_word(tokens.doc[k]):
            return True
    return False


def _group_mention(
    span: Span, doc_id: str, tokens: DocTokens, alpha3: str, sector: Sector
) -> SpanMention:
    """The mention of a country's group actor ("Kelmarian police")."""
    return _span_mention(
        span,
        doc_id,
        tokens,
        SECTORS[sector].type,
        group_label(alpha3, sector),
        kind="group",
        country=alpha3,
        sector=sector,
    )


def _span_mention(
    span: Span,
    doc_id: str,
    tokens: DocTokens,
    label: EntityType,
    name: str,
    *,
    kind: MentionKind = "name",
    roles: tuple[str, ...] = (),
    country: str = "",
    honorific: str = "",
    descriptor: str = "",
    sector: Sector = "",
) -> SpanMention:
    return SpanMention(
        start=span.start,
        end=span.end,
        mention=Mention(
            doc=doc_id,
            sent_index=tokens.sent_of[span.start],
            start=span.start_char,
            end=span.end_char,
            text=tokens.span_text(span.start, span.end),
            type=label,
            label=name,
            kind=kind,
            roles=roles,
            country=country,
            honorific=honorific,
            descriptor=descriptor,
            sector=sector,
        ),
    )


def capital_name(written: str, alpha3: str) -> str:
    """A capital's name as the gazetteer gives it, for a capital written another way
    ("Kiev": Kyiv, "Nur-Sultan": Astana) or in capitals ("NAIROBI": Nairobi); as
    written where it differs only in accents or case ("Bogotá"), and where the
    gazetteer's name is no capital's alone ("Washington DC" is not the state
    "Washington").

    Args:
        written: The capital as the article writes it.
        alpha3: Its country's alpha-3 code.
    """
    canonical = gazetteer.capital_of(alpha3)
    if canonical is None or canonical == written:
        return written
    own = gazetteer.lookup_country(canonical)
    if own is None or own.ambiguous or own.kind != "capital":
        return written  # "Washington" is also a state and a person
    if fold(canonical) == fold(written) and not written.isupper():
        return written  # "Bogotá" and "Bogota": the article's spelling
    return canonical


def _missed_countries(
    tokens: DocTokens, doc_id: str, found: list[SpanMention]
) -> list[SpanMention]:
    """Countries and capitals the NER did not tag ("Bahrain severed ties", "sold to
    Kyiv"), from the gazetteer: capitalised, unambiguous names, codes and capitals of one
    or two words outside any entity."""
    covered = {i for m in found for i in range(m.start, m.end)}
    covered.update(tokens.in_ents)
    doc = tokens.doc
    # Which tokens may start or continue a name, decided once per token: building a
    # span at every position costs more than the rest of this pass on long texts.
    usable = [
        (title or upper) and i not in covered
        for i, (title, upper) in enumerate(zip(tokens.is_title, tokens.is_upper, strict=True))
    ]
    out: list[SpanMention] = []
    every, text = tokens.tokens, tokens.text
    i = 0
    while i < len(usable):
        if not usable[i]:  # starts no name of one word or two
            i += 1
            continue
        hit = None
        for size in (2, 1):
            if i + size > len(usable) or not all(usable[i : i + size]):
                continue
            # The text of doc[i : i + size], without making the span.
            words = text[i] if size == 1 else every[i].text_with_ws + text[i + 1]
            place = gazetteer.lookup_country(words)
            if (
                place is not None
                and place.kind in ("name", "code", "capital")
                and not place.ambiguous
            ):
                hit = (doc[i : i + size], place)
                break
        if hit is None:
            i += 1
            continue
        span, place = hit
        # A capital keeps its own name (`capital_name`); relation extraction decides
        # when it stands for its country.
        name = capital_name(span.text, place.alpha3) if place.kind == "capital" else place.name
        out.append(_span_mention(span, doc_id, tokens, "GPE", name, country=place.alpha3))
        i = span.end
    return out

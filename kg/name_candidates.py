"""Capitalised runs of words that no mention took: the corpus stage's second look.

The small model misses names ("the Redkites", "KVTN reported"), tags some WORK_OF_ART or
PRODUCT, and in a headline takes a name and its verb for one name, which `kg.spans`
then leaves out when the article does not use the name elsewhere. One article cannot
tell which of these runs are names; the corpus can: a run that holds a name some other
article tags as an actor is that actor here too. So the per-document extraction keeps
each such run with its sentence and offsets (`kg.model.NameCandidate`, part of the
cached `DocExtraction`), and `kg.resolve.recover` promotes the runs that hold a known
name, after every document is parsed and without parsing again.

A run is a maximal sequence of capitalised words (connectors such as "of" allowed
inside, a possessive ending it) outside every mention and outside the NER's dates,
times and quantities ("Monday", "March"); a run of one stop word ("The", "But"), of
figures only, or of one word the article also writes in lower case outside its
headlines ("People" where it writes "people") is left out.

The halves of a mention that is two names joined by one "and" are runs as well
(`mention_runs`): `kg.spans.known_pair` keeps "Vantage and Coral Weekly" whole when
the article never names the halves alone, and only the corpus can tell. The corpus
stage takes from them only names other articles tag as actors, and a name already an
actor of the article is never taken twice.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span, Token

from kg.mentions import SpanMention
from kg.model import NameCandidate, is_entity_type
from kg.names import is_legal_form, written_legal_form
from kg.spans import CONNECTORS, has_capital, headline_tokens, lower_forms, written_lower
from kg.tokens import DocTokens

#: Longest run kept, in tokens (a headline of names and verbs is rarely longer).
MAX_RUN = 12

#: NER labels of words that are never part of an actor's name.
NOT_NAMES = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL LANGUAGE".split())


def _name_like(tok: Token) -> bool:
    return _name_like_word(tok.text, tok.is_alpha, tok.ent_type_)


def _name_like_word(text: str, is_alpha: bool, ent_type: str) -> bool:
    return has_capital(text) and (is_alpha or text.isalnum()) and ent_type not in NOT_NAMES


def find_name_candidates(
    doc: Doc,
    mentions: Iterable[SpanMention],
    headline: Collection[int] | None = None,
    tokens: DocTokens | None = None,
    lowercase: Collection[str] | None = None,
) -> tuple[NameCandidate, ...]:
    """The capitalised runs of ``doc`` outside its mentions, in text order.

    Args:
        doc: The parsed document.
        mentions: Its mentions (`kg.mentions.find_mentions`).
        headline: The indices of its tokens in headlines (`kg.spans.headline_tokens`),
            when the caller has them.
        tokens: The document's token table, when the caller has it.
        lowercase: `kg.spans.lower_forms` of the document outside ``headline``, when
            the caller has it.
    """
    if tokens is None:
        tokens = DocTokens(doc)
    mentions = list(mentions)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    sentences = tokens.sents
    sent_of = tokens.sent_of
    if headline is None:
        headline = headline_tokens(doc, tokens)
    lowered = lower_forms(doc, headline, tokens) if lowercase is None else lowercase
    every, text, lower, ent_type = tokens.tokens, tokens.text, tokens.lower, tokens.ent_type
    pos = tokens.pos
    name_like = [
        _name_like_word(word, alpha, label)
        for word, alpha, label in zip(text, tokens.is_alpha, ent_type, strict=True)
    ]
    out: list[NameCandidate] = []
    idx, doc_text = tokens.idx, tokens.doc_text

    # Where a person's full name starts: a run right before one qualifies it.
    person_starts = {
        m.start
        for m in mentions
        if m.mention.type == "PERSON" and m.mention.kind == "name" and m.end - m.start > 1
    }

    def candidate(start: int, end: int, label: str = "") -> NameCandidate:
        # The span's characters from the table (a Span would join its tokens' texts).
        k = sent_of[start]
        first, last = idx[start], idx[end - 1] + len(text[end - 1])
        return NameCandidate(
            text=doc_text[first:last],
            start=first,
            end=last,
            sentence=k,
            initial=start == sentences[k].start,
            headline=start in headline,
            label=label,
            before_person=end in person_starts and sent_of[end] == k,
        )

    i = 0
    size = len(tokens)
    while i < size:
        if i in covered or not name_like[i]:
            i += 1
            continue
        tok = every[i]
        end = i + 1
        last = i + 1
        # A common word that starts its sentence ("Fans of ...") takes no connector; an
        # article before a proper noun ("The Rivers and Forests Service") is no such word,
        # or the run would stop at "and" and leave "Forests Service" as a name.
        common_first = (
            i == sentences[sent_of[i]].start
            and pos[i] != "PROPN"
            and not (pos[i] == "DET" and i + 1 < size and pos[i + 1] == "PROPN")
        )
        while end < size and end - i < MAX_RUN and end not in covered:
            if sent_of[end] != sent_of[i] or text[end] in ("'s", "’s", "'", "’"):
                break
            if (end in headline) != (i in headline):
                break  # a headline glued to its sentence ends where the body starts
            if name_like[end]:
                last = end + 1
            elif last == end and _legal_form_after(doc_text[idx[i] : idx[end]], text[end]):
                last = end + 1  # "Halvex Spedition GmbH.": the form ends the name
                break
            elif common_first or lower[end] not in CONNECTORS:
                break
            end += 1
        # One word the article also writes in lower case is a common word ("People
        # said" where it writes "people"): not a name, whatever other articles tag.
        common = last - i == 1 and (
            tok.is_stop or tok.is_digit or (i not in headline and written_lower(tok, lowered))
        )
        if not common:
            labels = {
                ent_type[k]
                for k in range(i, last)
                if ent_type[k] and not is_entity_type(ent_type[k])
            }
            out.append(candidate(i, last, min(labels) if labels else ""))
        i = max(last, i + 1)
    out.extend(
        candidate(span.start, span.end) for span in mention_runs(doc, mentions, lowered, tokens)
    )
    return tuple(sorted(out, key=lambda c: (c.start, c.end)))


def _legal_form_after(run: str, word: str) -> bool:
    """True when ``word``, which is no name-like word ("GmbH.", "S.A.", "a.s."), is a
    company's legal form written after the run ("Halvex Spedition GmbH.")."""
    return is_legal_form(word) and written_legal_form(f"{run.rstrip()} {word}")


#: Words that join two names in one mention ("Norvik Life and Eskdale Weekly").
_AND = frozenset({"and", "&"})


def mention_runs(
    doc: Doc,
    mentions: Iterable[SpanMention],
    lowered: Collection[str],
    tokens: DocTokens | None = None,
) -> list[Span]:
    """The halves of mentions that may be two names the NER glued together.

    Each half of a mention that is two capitalised runs joined by one "and" or "&"
    ("Vantage and Coral Weekly" gives "Vantage" and "Coral Weekly"), in body text and
    headlines alike; a one-word half the article also writes in lower case is left
    out. The corpus takes a half only where other articles tag it as an actor, so
    "Tasker and Brill" gives nothing unless "Tasker" and "Brill" are actors
    elsewhere.

    Args:
        doc: The parsed document.
        mentions: Its mentions.
        lowered: The words it writes in lower case outside headlines
            (`kg.spans.lower_forms`).
        tokens: The document's token table, when the caller has it.
    """
    if tokens is None:
        tokens = DocTokens(doc)
    lower = tokens.lower
    out: list[Span] = []
    for m in mentions:
        if m.mention.kind != "name" or m.end - m.start < 2:
            continue
        cuts = [i for i in range(m.start, m.end) if lower[i] in _AND]
        if len(cuts) == 1 and m.start < cuts[0] < m.end - 1:
            halves = (doc[m.start : cuts[0]], doc[cuts[0] + 1 : m.end])
            if all(_name_like(h[0]) and _name_like(h[-1]) for h in halves):
                out.extend(h for h in halves if len(h) > 1 or not written_lower(h[0], lowered))
    return out

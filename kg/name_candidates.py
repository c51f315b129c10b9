"""Capitalised runs of words that no mention took: the corpus stage's second look.

The small model misses names ("the Bluejays", "TMZ reported"), tags some WORK_OF_ART or
PRODUCT, and in a headline takes a name and its verb for one name, which `kg.spans`
then leaves out when the article does not use the name elsewhere. One article cannot
tell which of these runs are names; the corpus can: a run that holds a name some other
article tags as an actor is that actor here too. So the per-document extraction keeps
each such run with its sentence and offsets (`kg.model.NameCandidate`, part of the
cached `DocExtraction`), and `kg.resolve.recover` promotes the runs that hold a known
name, after every document is parsed and without parsing again.

A run is a maximal sequence of capitalised words (connectors such as "of" allowed
inside, a possessive ending it) outside every mention and outside the NER's dates,
times and quantities ("Monday", "March"); a run of one stop word ("The", "But") or of
figures only is left out.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Token

from kg.mentions import SpanMention
from kg.model import NameCandidate, is_entity_type
from kg.spans import CONNECTORS, headline_tokens

#: Longest run kept, in tokens (a headline of names and verbs is rarely longer).
MAX_RUN = 12

#: NER labels of words that are never part of an actor's name.
NOT_NAMES = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL LANGUAGE".split())


def _name_like(tok: Token) -> bool:
    return (
        any(c.isupper() for c in tok.text)
        and (tok.is_alpha or tok.text.isalnum())
        and tok.ent_type_ not in NOT_NAMES
    )


def find_name_candidates(
    doc: Doc, mentions: Iterable[SpanMention], headline: Collection[int] | None = None
) -> tuple[NameCandidate, ...]:
    """The capitalised runs of ``doc`` outside its mentions, in text order.

    Args:
        doc: The parsed document.
        mentions: Its mentions (`kg.mentions.find_mentions`).
        headline: The indices of its tokens in headlines (`kg.spans.headline_tokens`),
            when the caller has them.
    """
    covered = {i for m in mentions for i in range(m.start, m.end)}
    sentences = list(doc.sents)
    sent_of: dict[int, int] = {}
    if headline is None:
        headline = headline_tokens(doc)
    for k, sent in enumerate(sentences):
        for tok in sent:
            sent_of[tok.i] = k
    out: list[NameCandidate] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in covered or not _name_like(tok):
            i += 1
            continue
        end = i + 1
        last = i + 1
        # A common word that starts its sentence ("Fans of ...") takes no connector.
        common_first = i == sentences[sent_of[i]].start and tok.pos_ != "PROPN"
        while end < len(doc) and end - i < MAX_RUN and end not in covered:
            nxt = doc[end]
            if sent_of[nxt.i] != sent_of[i] or nxt.text in ("'s", "’s", "'", "’"):
                break
            if (nxt.i in headline) != (i in headline):
                break  # a headline glued to its sentence ends where the body starts
            if _name_like(nxt):
                last = end + 1
            elif common_first or nxt.lower_ not in CONNECTORS:
                break
            end += 1
        span = doc[i:last]
        if not (len(span) == 1 and (tok.is_stop or tok.is_digit)):
            k = sent_of[i]
            labels = {t.ent_type_ for t in span if t.ent_type_ and not is_entity_type(t.ent_type_)}
            out.append(
                NameCandidate(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    sentence=k,
                    initial=i == sentences[k].start,
                    headline=i in headline,
                    label=min(labels) if labels else "",
                )
            )
        i = max(last, i + 1)
    return tuple(out)

"""Entity spans that are not actors: small named rules over a span and its sentence.

The NER tags capitalised common words as names ("Turnout was low", "Migrants marched",
"Pedestrians crossed"), and names of things as organisations ("Clinton Emails", "DNC
Server"). Each rule reads the words' tags and the rest of the article; none knows an
actor's name. Page furniture ("Breaking News") is matched by the patterns of
``junk.tsv`` in `kg.mentions.is_junk`.

* `common_word`: one word capitalised only because it starts a sentence or sits in a
  headline, which the article also writes in lower case ("Turnout was low" ... "the
  turnout", "Migrants" ... "the migrants").
* `object_of_name`: "<name> Emails/Memos/Server": a thing named after its owner. The
  owner is the actor (`owner_of_object` gives its span).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

from kg.tokens import DocTokens

#: Nouns of things named after an actor ("Clinton Emails", "DNC Server").
OBJECT_NOUNS = frozenset(
    """email emails e-mail e-mails memo memos server servers file files paper papers
    tape tapes document documents dossier dossiers letter letters text texts message
    messages tweet tweets cable cables note notes diary diaries laptop phone""".split()
)


def lower_words(doc: Doc, tokens: DocTokens | None = None) -> frozenset[str]:
    """Words the article writes in lower case as nouns, with their lemmas.

    Args:
        doc: A parsed document.
        tokens: Its token table, when the caller has it.
    """
    if tokens is None:
        tokens = DocTokens(doc)
    return frozenset(
        w
        for lower, pos, text, lemma in zip(
            tokens.is_lower, tokens.pos, tokens.text, tokens.lemma, strict=True
        )
        if lower and pos == "NOUN"
        for w in (text, lemma)
    )


def common_word(
    span: Span,
    lowered: Collection[str],
    headline: bool = False,
    tokens: DocTokens | None = None,
) -> bool:
    """One capitalised word that starts its sentence (or sits in a headline) and that the
    article also writes in lower case as a noun ("Turnout was low" ... "the turnout";
    "Migrants marched" ... "the migrants").

    Only the capital a sentence start or a headline puts on a word makes it look like a
    name; "Marsh said" is a name unless the article also writes "marsh" in lower case.

    Args:
        span: The entity span.
        lowered: `lower_words` of its document.
        headline: True when the span's sentence is a headline.
        tokens: Its document's token table, when the caller has it.
    """
    if len(span) != 1:
        return False
    if tokens is None:
        tokens = DocTokens(span.doc)
    i = span.start
    if not tokens.text[i][:1].isupper():
        return False
    if not headline and i != tokens.sents[tokens.sent_of[i]].start:
        return False
    return tokens.lower[i] in lowered or tokens.lemma[i] in lowered


def object_of_name(span: Span) -> bool:
    """ "<name> Emails", "<name> Server": the last word names a thing, not an actor."""
    return len(span) > 1 and span[-1].lower_ in OBJECT_NOUNS


def owner_of_object(span: Span) -> Span | None:
    """The actor a thing is named after ("Clinton" of "Clinton Emails"), or None."""
    if not object_of_name(span):
        return None
    owner = span.doc[span.start : span.end - 1]
    return owner if any(t.text[:1].isupper() for t in owner) else None


def reason(
    span: Span,
    lowered: Collection[str],
    headline: bool = False,
    tokens: DocTokens | None = None,
) -> str:
    """The name of the first rule that says the span is not an actor, or "".

    Args:
        span: The entity span.
        lowered: `lower_words` of its document.
        headline: True when the span's sentence is a headline (`kg.spans.is_headline`).
        tokens: Its document's token table, when the caller has it.
    """
    if common_word(span, lowered, headline, tokens):
        return "common_word"
    if object_of_name(span):
        return "object_of_name"
    return ""

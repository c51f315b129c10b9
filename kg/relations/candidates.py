"""What a rule finds (`Candidate`) and what it learns on the way (implied facts), and how
candidates become `kg.model.Relation` records with their evidence.

Rules are pure functions ``(Sentence, ActorIndex) -> list[Candidate]`` (see
`kg.relations.rules`). They never change the actor index: a title read off an apposition
or a country named only in a title comes back as a fact on the candidate, which
`kg.extract` applies after every rule ran.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.groups import place_country
from kg.mentions import role_class
from kg.model import Evidence, Modality, Relation
from kg.relations.lexicon import job_titles
from kg.relations.syntax import sentence_bounds
from kg.resolve.document import ActorIndex, KeyedMention
from kg.resolve.keys import ActorKey, country_key
from kg.tokens import DocTokens
from kg.vocab import RELATION_TYPES, RelationLabel


@dataclass(frozen=True, slots=True)
class ImpliedRole:
    """A rule read a title off the text ("Russia's president, X"): X holds it."""

    actor: ActorKey
    role: str


@dataclass(frozen=True, slots=True)
class ImpliedCountry:
    """A rule named a country that no name mention named ("Russian minister X")."""

    country: ActorKey


@dataclass(frozen=True, slots=True)
class ImpliedAlias:
    """A rule read a name of an actor off the text: "Nome, Alaska" names the town
    Nome, written with the region that holds it."""

    actor: ActorKey
    name: str


#: Something a rule learnt about the actors, applied by `kg.extract` after all rules.
Fact = ImpliedRole | ImpliedCountry | ImpliedAlias


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation found by a rule, before it becomes a `Relation` with evidence.

    Attributes:
        source: The acting actor.
        target: The actor acted on.
        relation: The relation label.
        source_tok: A token of the source's mention (for its highlight span).
        target_tok: A token of the target's mention.
        predicate: The words that triggered it ("is a major backer of").
        modality: How the sentence states it.
        implied: What the rule learnt about the actors on the way.
    """

    source: ActorKey
    target: ActorKey
    relation: RelationLabel
    source_tok: Token
    target_tok: Token
    predicate: str
    modality: Modality
    implied: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence as the rules see it.

    Attributes:
        span: The sentence's tokens.
        start: Offset of its first non-space character in the document text.
        end: Offset one past its last non-space character.
        mentions: The name mentions that start in it, with their actor keys.
        tokens: The span's tokens, made once: every rule walks them, and spaCy makes a
            new Token object at each step of a walk over a Span.
        lemmas: Each token's lemma in lower case, read once for every rule.
        words: Each token's text in lower case, read once for every rule.
        distinct: Every lower-case lemma and text of the sentence: a rule whose trigger
            words are none of them has nothing to look at.
        deps: Each token's dependency label, read once for every rule.
        titles: Where the tokens that may be titles (`may_be_title`) are in ``tokens``:
            the only ones the title rules look at, found once for all of them.
    """

    span: Span
    start: int
    end: int
    mentions: tuple[KeyedMention, ...]
    tokens: tuple[Token, ...]
    lemmas: tuple[str, ...]
    words: tuple[str, ...]
    distinct: frozenset[str]
    deps: tuple[str, ...]
    titles: tuple[int, ...]

    def with_lemma(self, lemmas: AbstractSet[str]) -> list[Token]:
        """The tokens whose lower-case lemma is one of ``lemmas``, in text order: a rule
        whose trigger words the sentence lacks looks at no token."""
        # A set (a table's key view too) tests disjointness by walking the smaller side.
        if lemmas.isdisjoint(self.distinct):
            return []
        return [tok for tok, lemma in zip(self.tokens, self.lemmas, strict=True) if lemma in lemmas]

    def with_dep(self, deps: AbstractSet[str]) -> list[Token]:
        """The tokens whose dependency label is one of ``deps``, in text order."""
        return [tok for tok, dep in zip(self.tokens, self.deps, strict=True) if dep in deps]

    def with_word(self, words: AbstractSet[str]) -> list[Token]:
        """The tokens whose lower-case text or lemma is one of ``words``, in text order."""
        if words.isdisjoint(self.distinct):
            return []
        return [
            tok
            for tok, word, lemma in zip(self.tokens, self.words, self.lemmas, strict=True)
            if word in words or lemma in words
        ]


@lru_cache(maxsize=1 << 14)  # asked of every word of every sentence
def is_title(word: str) -> bool:
    """True for a job or office title, lower case without its dot ("capt")."""
    return word in job_titles() or bool(role_class(word))


@lru_cache(maxsize=1 << 14)  # asked of every word of every document
def may_be_title(word: str) -> bool:
    """True for a lower-case word the title rules start from: an office title as
    written ("president") or a job or office title without its dot ("capt.")."""
    return bool(role_class(word)) or is_title(word.rstrip("."))


#: A relation rule: pure, reads the sentence and the frozen actor index.
Rule = Callable[[Sentence, ActorIndex], list[Candidate]]

#: The words each rule declared with `walks_words`, by rule.
_RULE_WORDS: dict[Rule, Callable[[], AbstractSet[str]]] = {}
#: The rules declared with `walks_mentions`.
_MENTION_RULES: set[Rule] = set()


def walks_words(words: Callable[[], AbstractSet[str]]) -> Callable[[Rule], Rule]:
    """Declare that a rule's loop walks only the tokens whose lower-case lemma (or text)
    is one of ``words()`` (`Sentence.with_lemma`, `Sentence.with_word`) and that the rule
    does nothing else: a sentence with none of them gives it nothing, so
    `kg.relations.rules.rule_table` does not call it (`rule_words`).

    Args:
        words: Returns the set the rule's loop walks (a lexicon read once per process).
    """

    def declare(rule: Rule) -> Rule:
        _RULE_WORDS[rule] = words
        return rule

    return declare


def walks_mentions(rule: Rule) -> Rule:
    """Declare that a rule's loop walks the sentence's name mentions and that the rule does
    nothing else: a sentence that starts no mention gives it nothing, so
    `kg.relations.rules.rule_table` does not call it (`rule_walks_mentions`)."""
    _MENTION_RULES.add(rule)
    return rule


def rule_words(rule: Rule) -> Callable[[], AbstractSet[str]] | None:
    """The words a rule declared with `walks_words`, or None."""
    return _RULE_WORDS.get(rule)


def rule_walks_mentions(rule: Rule) -> bool:
    """True for a rule declared with `walks_mentions`."""
    return rule in _MENTION_RULES


def sentences_of(
    doc: Doc, index: ActorIndex, tokens: DocTokens | None = None
) -> Iterator[Sentence]:
    """The document's non-empty sentences with their mentions, in one pass over the text.

    Args:
        doc: A parsed document.
        index: Its actors.
        tokens: Its token table, when the caller has it.
    """
    if tokens is None:
        tokens = DocTokens(doc)
    # The document's text made once: a Span makes its text anew at every request.
    text = tokens.doc_text
    every, all_lemmas, all_words, all_deps = tokens.tokens, tokens.lemma, tokens.lower, tokens.dep
    titles = tokens.where(may_be_title)
    for span in tokens.sents:
        start, end = sentence_bounds(span, text)
        if end > start:
            first, last = span.start, span.end
            lemmas = all_lemmas[first:last]
            words = all_words[first:last]
            yield Sentence(
                span,
                start,
                end,
                index.mentions_in(span),
                every[first:last],
                lemmas,
                words,
                frozenset((*lemmas, *words)),
                all_deps[first:last],
                tuple(
                    i - first
                    for i in titles[bisect_left(titles, first) : bisect_left(titles, last)]
                ),
            )


def implied_country(index: ActorIndex, country: ActorKey) -> tuple[Fact, ...]:
    """The fact that ``country`` exists, when no name mention of the document named it."""
    return () if country in index.actors else (ImpliedCountry(country),)


@dataclass(frozen=True, slots=True)
class Assembled:
    """Relations made from candidates.

    Attributes:
        relations: One per distinct (source, target, relation, sentence), in text order.
        metonyms: One capital key per time it stood for its country in an event.
        used: Every actor a relation points to.
        countries: Countries a visited town stood for that no mention named.
    """

    relations: tuple[Relation, ...]
    metonyms: tuple[ActorKey, ...]
    used: frozenset[ActorKey]
    countries: frozenset[ActorKey] = frozenset()


def assemble(
    doc: Doc,
    index: ActorIndex,
    found: Iterable[tuple[Sentence, Candidate]],
    doc_id: str,
    tokens: DocTokens | None = None,
) -> Assembled:
    """Turn candidates into relations with their evidence sentence.

    A capital acting in an event stands for its country ("Moscow deployed ...", see
    `ActorIndex.stands_for`), a visited town for its state (`_visited_state`); the same
    edge found twice in a sentence is kept once (the first rule's reading of it).

    Args:
        doc: The parsed document.
        index: Its actors.
        found: The rules' candidates with their sentences.
        doc_id: Id of the document.
        tokens: The document's token table, when the caller has it.
    """
    text = doc.text if tokens is None else tokens.doc_text
    relations: list[Relation] = []
    metonyms: list[ActorKey] = []
    used: set[ActorKey] = set()
    seen: set[tuple[ActorKey, ActorKey, str, int]] = set()
    for sent, cand in found:
        start, end = sent.start, sent.end
        src = _metonym(index, cand.source, cand.relation, metonyms)
        tgt = _visited_state(index, _metonym(index, cand.target, cand.relation, metonyms), cand)
        if src == tgt:
            continue
        key = (src, tgt, cand.relation, start)
        if key in seen:
            continue
        seen.add(key)
        used.update((src, tgt))
        s_span = index.mention_span(cand.source_tok)
        t_span = index.mention_span(cand.target_tok)
        relations.append(
            Relation(
                source=str(src),
                target=str(tgt),
                relation=cand.relation,
                evidence=Evidence(
                    doc=doc_id,
                    sentence=text[start:end],
                    start=start,
                    end=end,
                    predicate=cand.predicate,
                    modality=cand.modality,
                    source_span=(s_span[0] - start, s_span[1] - start),
                    target_span=(t_span[0] - start, t_span[1] - start),
                ),
            )
        )
    countries = frozenset(k for k in used if k.kind == "country" and k not in index.actors)
    return Assembled(tuple(relations), tuple(metonyms), frozenset(used), countries)


def _visited_state(index: ActorIndex, key: ActorKey, cand: Candidate) -> ActorKey:
    """A visited town stands for its state: PLOVER codes "visited Osaka" as a visit to
    Japan (CONSULT). Only a place the gazetteer puts in a country; the town keeps its
    node and its own edges (no metonym: "Osaka" is no name of Japan). A visit to a
    town of the visitor's own country then joins source and target, and is dropped."""
    if cand.relation != "CONSULT" or not index.is_place(key):
        return key
    country = _gazetteer_country(index, key)
    return country_key(country) if country else key


def _gazetteer_country(index: ActorIndex, key: ActorKey) -> str:
    """Alpha-3 of the country the gazetteer puts a place actor in, or ""."""
    actor = index.actors.get(key)
    if actor is None or actor.is_country:
        return ""
    return place_country(actor.label) or ""


def _metonym(
    index: ActorIndex, key: ActorKey, relation: RelationLabel, applied: list[ActorKey]
) -> ActorKey:
    """A capital acting in an event stands for its country ("Moscow deployed ...")."""
    if RELATION_TYPES[relation].quad == "structural":
        return key  # "Moscow mayor", "Washington senator": the place itself
    country = index.stands_for(key)
    if country is None:
        return key
    applied.append(key)
    return country

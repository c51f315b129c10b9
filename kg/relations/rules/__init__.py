"""The relation rules, one module per family, and the registry that runs them.

Every rule is a pure named function ``(Sentence, ActorIndex) -> list[Candidate]``
(`kg.relations.candidates.Rule`); each has a table of example sentences in
``tests/test_relations_*.py``. `RULES` is the order they run in within a sentence,
which decides whose reading (predicate, modality) is kept when two rules find the same
edge in one sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache

from kg.relations.candidates import Candidate, Rule, Sentence, rule_walks_mentions, rule_words
from kg.relations.rules.affiliation import (
    affiliation_verb,
    body_before_title,
    conjoined_title,
    party_candidate,
    person_at,
    person_of,
    title_modifier,
    title_of,
)
from kg.relations.rules.groups import group_country, group_organisation
from kg.relations.rules.killings import (
    charged_killing,
    killer_clause,
    killer_noun,
    killing_by,
    pronoun_victim,
    shared_agent,
)
from kg.relations.rules.nouns import noun_relations
from kg.relations.rules.places import (
    based_in,
    body_apposition,
    body_before_name,
    body_copula,
    named_with_town,
    national_body,
    organisation_of,
    place_apposition,
    place_copula,
    place_in,
    place_noun,
    possessive_place,
    seat_of,
)
from kg.relations.rules.protests import protest_author, protest_place
from kg.relations.rules.requests import demand_clause
from kg.relations.rules.sources import source_line
from kg.relations.rules.targets import place_country
from kg.relations.rules.threats import threat_to_act
from kg.relations.rules.titles import (
    apposition_title,
    counterpart,
    government_body,
    possessive_title,
    title_country,
)
from kg.relations.rules.verbs import verb_relations
from kg.relations.rules.visits import visit_trip
from kg.resolve.document import ActorIndex

#: Every rule, by name, in the order it runs.
RULES: dict[str, Rule] = {
    "verb": verb_relations,
    "noun": noun_relations,
    "demand_clause": demand_clause,
    "visit_trip": visit_trip,
    "threat_to_act": threat_to_act,
    "protest_author": protest_author,
    "protest_place": protest_place,
    "title_country": title_country,
    "government_body": government_body,
    "possessive_title": possessive_title,
    "apposition_title": apposition_title,
    "counterpart": counterpart,
    "title_of": title_of,
    "conjoined_title": conjoined_title,
    "party_candidate": party_candidate,
    "title_modifier": title_modifier,
    "body_before_title": body_before_title,
    "person_of": person_of,
    "person_at": person_at,
    "affiliation_verb": affiliation_verb,
    "place_apposition": place_apposition,
    "place_in": place_in,
    "based_in": based_in,
    "source_line": source_line,
    "organisation_of": organisation_of,
    "place_noun": place_noun,
    "place_copula": place_copula,
    "possessive_place": possessive_place,
    "body_apposition": body_apposition,
    "body_copula": body_copula,
    "body_before_name": body_before_name,
    "national_body": national_body,
    "named_with_town": named_with_town,
    "seat_of": seat_of,
    "killer_noun": killer_noun,
    "charged_killing": charged_killing,
    "killing_by": killing_by,
    "group_country": group_country,
    "group_organisation": group_organisation,
    "place_country": place_country,
    "killer_clause": killer_clause,
    "shared_agent": shared_agent,
    "pronoun_victim": pronoun_victim,
}


#: The words (lower-case lemmas or texts) that the loop of each of these rules walks, as
#: the rule declares them (`kg.relations.candidates.walks_words`): a sentence with none of
#: them (`Sentence.distinct`) gives the rule no token, so `rule_table` does not call it.
#: Most sentences have no trigger of most rules, and the calls cost more than the test.
TRIGGERS: dict[str, Callable[[], AbstractSet[str]]] = {
    name: words for name, rule in RULES.items() if (words := rule_words(rule)) is not None
}

#: The rules whose loop walks the sentence's name mentions (and that do nothing else;
#: `kg.relations.candidates.walks_mentions`): a sentence that starts no mention gives
#: them nothing, so `rule_table` does not call them.
WALKS_MENTIONS = frozenset(name for name, rule in RULES.items() if rule_walks_mentions(rule))

#: The rules that read the titles an actor holds in the document (`ActorIndex.roles`).
#: Titles are all `kg.extract.run_rules` adds to the index when it runs the rules again,
#: so only these rules can find something else then; the others' candidates are kept.
READS_ROLES = frozenset({"title_country", "possessive_title", "apposition_title", "counterpart"})


@cache
def every_trigger() -> frozenset[str]:
    """Every word of `TRIGGERS`, for `rule_table` to find a sentence's trigger words in
    one pass (the lexicons are read once per process)."""
    return frozenset().union(*(words() for words in TRIGGERS.values()))


#: Candidates per sentence, then per rule of `RULES` in order.
RuleTable = list[list[list[Candidate]]]


@dataclass(frozen=True, slots=True)
class _Gates:
    """`RULES` by position with what gates each (`TRIGGERS`, `WALKS_MENTIONS`), indexed
    so a sentence's rules to run are found from its few trigger words.

    Attributes:
        rules: The rules, in `RULES` order.
        names: Their names.
        ungated: Rules with no trigger words, run on every sentence.
        walking: Of those, the ones that walk the sentence's mentions.
        by_word: Each trigger word -> the rules it triggers.
        walks: The rules of `WALKS_MENTIONS`.
        reread: The rules of `READS_ROLES`.
    """

    rules: tuple[Rule, ...]
    names: tuple[str, ...]
    ungated: frozenset[int]
    walking: frozenset[int]
    by_word: dict[str, tuple[int, ...]]
    walks: frozenset[int]
    reread: frozenset[int]


@cache
def _gates() -> _Gates:
    """`_Gates` of `RULES` (the lexicons are read once per process)."""
    names = tuple(RULES)
    by_word: dict[str, list[int]] = {}
    for k, name in enumerate(names):
        if name in TRIGGERS:
            for word in TRIGGERS[name]():
                by_word.setdefault(word, []).append(k)
    ungated = frozenset(k for k, name in enumerate(names) if name not in TRIGGERS)
    walks = frozenset(k for k, name in enumerate(names) if name in WALKS_MENTIONS)
    return _Gates(
        rules=tuple(RULES.values()),
        names=names,
        ungated=ungated,
        walking=ungated & walks,
        by_word={word: tuple(ks) for word, ks in by_word.items()},
        walks=walks,
        reread=frozenset(k for k, name in enumerate(names) if name in READS_ROLES),
    )


def _to_run(gates: _Gates, sentence: Sentence, hits: AbstractSet[str]) -> list[int]:
    """The positions of the rules to run on ``sentence`` (its trigger words ``hits``), in
    `RULES` order: a rule skipped here would return [] (see TRIGGERS and WALKS_MENTIONS)."""
    run = set(gates.ungated)
    for word in hits:
        run.update(gates.by_word[word])
    if not sentence.mentions:
        run -= gates.walks
    return sorted(run)


def rule_table(
    sentences: Sequence[Sentence], index: ActorIndex, previous: RuleTable | None = None
) -> RuleTable:
    """Run every rule on every sentence: the candidates of each rule in each sentence.

    Args:
        sentences: The sentences of a document.
        index: The actor index the rules read.
        previous: The table of the same sentences on an index that differed from
            ``index`` only in the actors' titles: only the rules of `READS_ROLES` run again.
    """
    gates = _gates()
    rules, size = gates.rules, len(gates.rules)
    triggers = every_trigger()
    table: RuleTable = []
    for k, sentence in enumerate(sentences):
        # The sentence's trigger words, found once: each rule's gate then reads these few
        # words rather than the whole sentence.
        hits = triggers.intersection(sentence.distinct)
        if previous is None:
            row: list[list[Candidate]] = [[] for _ in range(size)]
            for r in _to_run(gates, sentence, hits):
                row[r] = rules[r](sentence, index)
        else:
            row = list(previous[k])
            for r in _to_run(gates, sentence, hits):
                if r in gates.reread:
                    row[r] = rules[r](sentence, index)
        table.append(row)
    return table


def flatten(sentences: Sequence[Sentence], table: RuleTable) -> list[tuple[Sentence, Candidate]]:
    """The candidates of a `rule_table` with the sentence of each, in sentence then rule order."""
    return [
        (sentence, cand)
        for sentence, row in zip(sentences, table, strict=True)
        for cands in row
        for cand in cands
    ]

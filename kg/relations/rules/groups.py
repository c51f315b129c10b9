"""Group rules: structural edges of group actors ("Turkish police", see `kg.groups`).

* `group_country`: a country's group is PART_OF the country ("Turkish police" -> Turkey).
* `group_organisation`: an organisation's group is PART_OF the organisation ("students
  at Halvex University" -> "Halvex University students" -> Halvex University).

A group's structural edges are kept only when the group takes part in an event of its
document (`kg.extract`): a group that does nothing is no actor of the story.

Examples: ``tests/test_groups.py``.
"""

from __future__ import annotations

from kg.groups import ORG_TIES, is_org_group, org_ties
from kg.relations.candidates import Candidate, Sentence, implied_country, walks_mentions
from kg.resolve.document import ActorIndex
from kg.resolve.keys import country_key


@walks_mentions
def group_country(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A country's group actor is PART_OF the country: "Turkish police" -> Turkey."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    for keyed in sentence.mentions:
        mention = keyed.mention.mention
        if mention.kind != "group" or not mention.country:
            continue
        if is_org_group(mention.label, mention.country, mention.sector):
            continue  # an organisation's students are no group of its country
        country = country_key(mention.country)
        head = doc[keyed.mention.end - 1]
        word = doc[keyed.mention.start]  # the country as written: "Turkish", "Israel"
        out.append(
            Candidate(
                keyed.key,
                country,
                "PART_OF",
                head,
                word,
                word.text,
                "asserted",
                implied_country(index, country),
            )
        )
    return out


@walks_mentions
def group_organisation(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """An organisation's group actor is PART_OF the organisation it is named with:
    "students at Halvex University" ("Halvex University students") -> Halvex University."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    for keyed in sentence.mentions:
        mention = keyed.mention.mention
        if mention.kind != "group" or mention.sector not in ORG_TIES:
            continue
        if not is_org_group(mention.label, mention.country, mention.sector):
            continue
        head = doc[keyed.mention.end - 1]
        for prep, body in org_ties(head, mention.sector):
            key = index.key(body)
            if key is None or key == keyed.key or index.tag(key) != "ORG":
                continue
            out.append(Candidate(keyed.key, key, "PART_OF", head, body, prep.text, "asserted"))
    return out

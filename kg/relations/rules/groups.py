"""Group rules: structural edges of group actors ("Turkish police", see `kg.groups`).

* `group_country`: a country's group is PART_OF the country ("Turkish police" -> Turkey).

A group's structural edges are kept only when the group takes part in an event of its
document (`kg.extract`): a group that does nothing is no actor of the story.

Examples: ``tests/test_groups.py``.
"""

from __future__ import annotations

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

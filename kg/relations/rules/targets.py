"""Target rules: what a phrase naming a place as a target says of the place.

* `place_country`: "the Bosnian town of Srebrenica" is LOCATED_IN Bosnia.

How acts reach places and things is `kg.relations.targets`. Examples:
``tests/test_relations_targets.py``.
"""

from __future__ import annotations

from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.relations.lexicon import place_nouns
from kg.relations.targets import named_place, owner_country, place_kind
from kg.resolve.document import ActorIndex


@walks_words(lambda: place_nouns().keys())
def place_country(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "the Bosnian town of Srebrenica", "Georgia's breakaway region of Abkhazia": the
    named place is LOCATED_IN the country that modifies its place noun."""
    out: list[Candidate] = []
    for noun in sentence.with_lemma(place_nouns().keys()):
        if place_kind(noun) != "place":
            continue
        places = [(k, t) for k, t in named_place(noun, index) if k.kind != "country"]
        for country, c_tok in owner_country(noun, index):
            for place, p_tok in places:
                if place != country:
                    out.append(
                        Candidate(place, country, "LOCATED_IN", p_tok, c_tok, noun.text, "asserted")
                    )
    return out

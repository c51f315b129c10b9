"""Source-line rule: an outlet is based where its archive source line says it issues from.

* `source_line`: "Lyon RADIO VERDE in French 0830 GMT 3 Mar 94", "Tallinn PAEVALEHT in
  Estonian 4 May 94 p 2" (`kg.source_lines`): the outlet LOCATED_IN the place, the line
  itself the evidence. A wire dateline ("PARIS, May 3 (Reuters) -") gives nothing: an
  agency is not based in every city it files from. For the same reason the corpus stage
  drops these edges of an outlet whose lines name two or more places
  (`kg.source_lines.drop_bureau_lines`).

Examples: ``tests/test_relations_sources.py``.
"""

from __future__ import annotations

from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.resolve.document import PLACE_TYPES, ActorIndex
from kg.source_lines import language_names, source_line_at


@walks_words(language_names)
def source_line(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Lyon RADIO VERDE in French 0830 GMT 3 Mar 94": Radio Verde is based in Lyon."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    for word in sentence.with_word(language_names()):
        line = source_line_at(doc, word.i)
        if line is None:
            continue
        # The outlet's mention may leave out an article it opens with ("THE MORNING LARK").
        outlet_tok, place_tok = doc[line.outlet[1] - 1], doc[line.place[0]]
        outlet, place = index.key(outlet_tok), index.key(place_tok)
        if outlet is None or place is None or outlet == place or index.tag(outlet) != "ORG":
            continue
        if place.kind != "country" and index.tag(place) not in PLACE_TYPES:
            continue
        predicate = doc[line.place[1] : word.i + 1].text  # "RADIO VERDE in French"
        out.append(
            Candidate(outlet, place, "LOCATED_IN", outlet_tok, place_tok, predicate, "asserted")
        )
    return out

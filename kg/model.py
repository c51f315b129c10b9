"""Records passed between pipeline stages.

Every record is a frozen, slotted dataclass so that stages cannot mutate each other's
data and records stay cheap to hold for tens of thousands of documents. Per-document
records (`DocExtraction`) are plain data that round-trip through `to_dict`/`from_dict`,
which is what the parse cache stores and what worker processes send back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Modalities an edge can carry, from most to least certain.
MODALITIES = ("asserted", "reported", "future", "hypothetical", "negated", "denied")


@dataclass(frozen=True, slots=True)
class Document:
    """One article, cleaned and ready for the parser.

    Attributes:
        id: Stable identifier (file stem, JSONL ``id``, else a short content hash).
        title: Headline, or "" when unknown.
        source: URL or outlet when known, else the file path it came from.
        date: Publication date as given (ISO 8601 when it could be parsed), or "".
        text: Cleaned body text; all evidence offsets point into it.
        sha256: Hex digest of ``text``; the identity used for de-duplication and caching.
        origin: Where the user can find it: ``path`` or ``path:line`` for JSONL.
    """

    id: str
    title: str
    source: str
    date: str
    text: str
    sha256: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A piece of input that was skipped or altered, reported to the user as a warning.

    Attributes:
        origin: File path, ``path:line`` for a JSONL line, or ``-`` for stdin.
        reason: What is wrong ("not valid UTF-8", "binary file").
        action: What kg did about it ("skipped", "decoded as cp1252").
    """

    origin: str
    reason: str
    action: str = "skipped"

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason} ({self.action})"


@dataclass(frozen=True, slots=True)
class Mention:
    """One reference to an actor in a document.

    Attributes:
        doc_id: Document the mention is in.
        sent_index: Index of the sentence in the parsed document.
        start_char: Offset of the first character in ``Document.text``.
        end_char: Offset one past the last character.
        text: Surface text exactly as in the document.
        label: Entity type (spaCy labels: PERSON, ORG, GPE, NORP, LOC, FAC).
        name: Normalised name with titles stripped ("Angela Merkel").
        kind: ``name``, ``demonym``, ``metonym``, ``pronoun`` or ``nominal``.
        roles: Titles attached to this mention ("President").
        country: ISO 3166 alpha-3 code where the mention denotes or is tied to a country.
    """

    doc_id: str
    sent_index: int
    start_char: int
    end_char: int
    text: str
    label: str
    name: str = ""
    kind: str = "name"
    roles: tuple[str, ...] = ()
    country: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that supports an edge, with where it is.

    Attributes:
        doc_id: Document id.
        sentence: The sentence, verbatim from the cleaned document text.
        start_char: Offset of the sentence in ``Document.text``.
        end_char: Offset one past the sentence end.
        predicate: The words that triggered the edge ("is a major backer of").
        modality: One of `MODALITIES`.
        spans: Character spans of the two actors inside ``sentence`` (source, target),
            relative to ``start_char``; used by the viewer for highlighting.
    """

    doc_id: str
    sentence: str
    start_char: int
    end_char: int
    predicate: str
    modality: str = "asserted"
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """One typed edge observed in one sentence.

    ``source`` and ``target`` are local entity keys inside a `DocExtraction`, and
    global entity ids once the corpus has been resolved.
    """

    source: str
    target: str
    relation: str
    predicate: str
    modality: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """An actor as seen inside one document, before cross-document resolution.

    Attributes:
        key: Identifier unique within the document.
        name: Best (longest full) name seen in the document.
        type: Majority entity type over its mentions.
        aliases: Every surface form of the name that was merged in.
        roles: Titles seen with it ("President", "opposition leader").
        country: ISO alpha-3 code of the country it is or belongs to, or "".
        mentions: Number of mentions (names, demonyms, metonyms, pronouns).
        metonyms: Places that stood for it ("Moscow said" -> Russia); not aliases.
        is_country: True when the entity is a sovereign country from the gazetteer.
    """

    key: str
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...] = ()
    country: str = ""
    mentions: int = 1
    metonyms: tuple[str, ...] = ()
    is_country: bool = False


@dataclass(frozen=True, slots=True)
class DocExtraction:
    """Everything kg keeps of one parsed document: its actors and its edges."""

    doc_id: str
    entities: tuple[LocalEntity, ...]
    relations: tuple[Relation, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return plain JSON-ready data (the parse cache stores this)."""
        return {
            "doc_id": self.doc_id,
            "entities": [
                {
                    "key": e.key,
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "roles": list(e.roles),
                    "country": e.country,
                    "mentions": e.mentions,
                    "metonyms": list(e.metonyms),
                    "is_country": e.is_country,
                }
                for e in self.entities
            ],
            "relations": [
                {
                    "source": r.source,
                    "target": r.target,
                    "relation": r.relation,
                    "predicate": r.predicate,
                    "modality": r.modality,
                    "evidence": {
                        "doc_id": r.evidence.doc_id,
                        "sentence": r.evidence.sentence,
                        "start_char": r.evidence.start_char,
                        "end_char": r.evidence.end_char,
                        "predicate": r.evidence.predicate,
                        "modality": r.evidence.modality,
                        "spans": [list(s) for s in r.evidence.spans],
                    },
                }
                for r in self.relations
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocExtraction:
        """Rebuild an extraction from `to_dict` output.

        Raises:
            KeyError, TypeError, ValueError: when ``data`` is not well formed.
        """
        entities = tuple(
            LocalEntity(
                key=str(e["key"]),
                name=str(e["name"]),
                type=str(e["type"]),
                aliases=tuple(str(a) for a in e["aliases"]),
                roles=tuple(str(r) for r in e["roles"]),
                country=str(e["country"]),
                mentions=int(e["mentions"]),
                metonyms=tuple(str(m) for m in e["metonyms"]),
                is_country=bool(e["is_country"]),
            )
            for e in data["entities"]
        )
        relations = tuple(
            Relation(
                source=str(r["source"]),
                target=str(r["target"]),
                relation=str(r["relation"]),
                predicate=str(r["predicate"]),
                modality=str(r["modality"]),
                evidence=Evidence(
                    doc_id=str(r["evidence"]["doc_id"]),
                    sentence=str(r["evidence"]["sentence"]),
                    start_char=int(r["evidence"]["start_char"]),
                    end_char=int(r["evidence"]["end_char"]),
                    predicate=str(r["evidence"]["predicate"]),
                    modality=str(r["evidence"]["modality"]),
                    spans=tuple((int(a), int(b)) for a, b in r["evidence"]["spans"]),
                ),
            )
            for r in data["relations"]
        )
        return cls(doc_id=str(data["doc_id"]), entities=entities, relations=relations)


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved actor: one node of the graph.

    Attributes:
        id: Slug of the canonical name, stable across runs.
        name: Canonical name.
        type: Entity type (spaCy label).
        aliases: Every surface form merged into this entity (the merge audit).
        mention_count: Mentions over the whole corpus.
        doc_ids: Documents it appears in, sorted.
        country: ISO 3166 alpha-3 code where known, else "".
        roles: Titles seen with it, sorted.
        metonyms: Places that stood for it as an actor.
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mention_count: int
    doc_ids: tuple[str, ...]
    country: str = ""
    roles: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = field(default=())

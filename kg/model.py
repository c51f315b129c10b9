"""Records passed between pipeline stages.

Every record is a frozen, slotted dataclass so that stages cannot mutate each other's
data and records stay cheap to hold for tens of thousands of documents. Field names are
the ones ``graph.json`` uses: ``label`` is a display name, ``type`` an entity type,
``doc``/``start``/``end`` locate evidence.

`to_dict` and `from_dict` convert any record to plain JSON-ready data and back, driven
by the dataclass fields and their type hints (nested records, tuples, ``Literal``
values, optional values). Decoding checks every value against its type and rejects
unknown fields, so data written by another version of kg, or by anything else, is
rejected instead of producing records that break a later stage. (The caches read their
own checksummed entries with msgspec, for speed; see `kg.cache`.)
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable, Mapping
from functools import cache
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeGuard,
    TypeVar,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

from kg.dates import Precision
from kg.vocab import RelationLabel

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

#: spaCy entity labels that can be actors (people, organisations, places, groups).
EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"]
ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)

#: How a mention refers to its actor ("group": a country or organisation and a sector,
#: "Turkish police"; see `kg.groups`).
MentionKind = Literal["name", "demonym", "metonym", "pronoun", "nominal", "group"]

#: The sector of a group actor ("Turkish police": police), "" for any other actor.
#: What each sector's actors look like is `kg.groups.SECTORS`.
Sector = Literal[
    "",
    "military",
    "police",
    "intelligence",
    "rebels",
    "opposition",
    "judiciary",
    "media",
    "legislature",
    "protesters",
    "labour",
    "students",
    "civilians",
    "refugees",
    "migrants",
    "health",
    "activists",
]
SECTOR_NAMES: tuple[Sector, ...] = tuple(s for s in get_args(Sector) if s)

#: Modalities an edge can carry, from most to least certain.
Modality = Literal["asserted", "reported", "future", "hypothetical", "negated", "denied"]
MODALITIES: tuple[Modality, ...] = get_args(Modality)

#: A character span ``(start, end)``.
Span = tuple[int, int]


def is_entity_type(label: str) -> TypeGuard[EntityType]:
    """True when ``label`` (a spaCy entity label) is one of `ENTITY_TYPES`."""
    return label in ENTITY_TYPES


@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    """One article, cleaned and ready for the parser.

    Attributes:
        id: Stable identifier (file stem, JSONL ``id``, else a short content hash).
        title: Headline, or "" when unknown.
        source: URL or outlet when known, else the file path it came from.
        date: Publication date as an ISO 8601 prefix ("2019-06-27", "2019-06", "2019")
            whose length is its precision, or "" when unknown (see `kg.dates`).
        text: Cleaned body text; all evidence offsets point into it.
        sha256: Hex digest of ``text``; the identity used for de-duplication and caching.
        origin: Where the user can find it: ``path`` or ``path:line`` for JSONL.
        date_precision: ``"day"``, ``"month"``, ``"year"``, or "" when undated.
        place: The place of the article's dateline ("Moscow"), or "".
    """

    id: str
    title: str
    source: str
    date: str
    text: str
    sha256: str
    origin: str = ""
    date_precision: Precision = ""
    place: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
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


@dataclasses.dataclass(frozen=True, slots=True)
class Removal:
    """A block of input text that cleaning left out, kept so the user can audit it.

    Attributes:
        origin: Where the text was, as in `InputProblem.origin` (path, ``path:line``, ``-``).
        rule: Name of the cleaning rule that removed it (see `kg.clean`).
        text: The removed text as it stood in the input (lines trimmed, joined by ``\\n``).
    """

    origin: str
    rule: str
    text: str


@dataclasses.dataclass(frozen=True, slots=True)
class Mention:
    """One reference to an actor in a document.

    Attributes:
        doc: Document the mention is in.
        sent_index: Index of the sentence in the parsed document.
        start: Offset of the first character in ``Document.text``.
        end: Offset one past the last character.
        text: Surface text exactly as in the document.
        type: Entity type (one of `ENTITY_TYPES`).
        label: Normalised name with titles stripped ("Angela Merkel").
        kind: How the mention refers to its actor (`MentionKind`).
        roles: Titles attached to this mention ("President").
        country: ISO 3166 alpha-3 code where the mention denotes or is tied to a country.
        honorific: Courtesy title written before the name ("Mrs.").
        descriptor: A gendered title or kin word written with the name that is not an
            office ("lady" in "first lady X", "wife" in "X, his wife"), lower case.
        sector: The sector of a group mention ("Turkish police": police), else "".
    """

    doc: str
    sent_index: int
    start: int
    end: int
    text: str
    type: EntityType
    label: str = ""
    kind: MentionKind = "name"
    roles: tuple[str, ...] = ()
    country: str = ""
    honorific: str = ""
    descriptor: str = ""
    sector: Sector = ""


@dataclasses.dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that supports an edge, with where it is and what it says.

    Attributes:
        doc: Document id.
        sentence: The sentence, verbatim from the cleaned document text.
        start: Offset of the sentence in ``Document.text``.
        end: Offset one past the sentence end.
        predicate: The words that triggered the edge ("is a major backer of").
        modality: How the sentence states the edge (one of `MODALITIES`).
        source_span: Characters of the source actor inside ``sentence`` (relative to
            ``start``), used by the viewer for highlighting; None when unknown.
        target_span: The same for the target actor.
    """

    doc: str
    sentence: str
    start: int
    end: int
    predicate: str
    modality: Modality = "asserted"
    source_span: Span | None = None
    target_span: Span | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Relation:
    """One typed edge observed in one sentence.

    ``source`` and ``target`` are local actor keys (the string form of
    `kg.resolve.keys.ActorKey`) inside a `DocExtraction`, and global entity ids once the
    corpus has been resolved. What the sentence says (predicate, modality) is on the
    evidence only.
    """

    source: str
    target: str
    relation: RelationLabel
    evidence: Evidence


@dataclasses.dataclass(frozen=True, slots=True)
class LocalEntity:
    """An actor as seen inside one document, before cross-document resolution.

    Attributes:
        key: Identifier unique within the document (the string form of
            `kg.resolve.keys.ActorKey`).
        label: Best (longest full) name seen in the document.
        type: Majority entity type over its mentions.
        aliases: Every surface form of the name that was merged in.
        roles: Titles seen with it ("President", "opposition leader").
        country: ISO alpha-3 code of the country it is or belongs to, or "".
        mentions: Number of mentions (names, demonyms, metonyms, pronouns).
        metonyms: Places that stood for it ("Moscow said" -> Russia); not aliases.
        is_country: True when the entity is a sovereign country from the gazetteer.
        descriptors: Gendered titles and kin words written with it that are not
            offices ("lady", "wife"), sorted; evidence for matching a lone surname.
        female: Female cues: honorifics ("Mrs.", "Ms.") and descriptors ("first lady").
        male: Male cues: honorifics ("Mr.") and descriptors ("his son").
        she: "she"/"her" pronouns resolved to it.
        he: "he"/"his" pronouns resolved to it.
        sector: A group actor's sector ("Turkish police": police), else "".
        located: Mentions written after a preposition of place ("in X", "near X"):
            evidence that the name is a place's.
        other_names: Names of an organisation or a person the article gives as its
            own: its old and new names ("X changed its name to Y"), its nickname ("the
            party, nicknamed Y"), a person's second name ("X, who performs as Y"); the
            corpus joins them wherever they are written.
        company_cues: Mentions of a name the NER typed PERSON that the article writes
            as a company's ("shares of X", "X's chief executive", a ticker, "X,
            which"): evidence, across the corpus, that the name is an organisation's.
        contests: Mentions of a place written as a side of a game ("a 27-20 win over
            X": `kg.resolve.teams.in_a_contest`), where a city stands for its team.
    """

    key: str
    label: str
    type: EntityType
    aliases: tuple[str, ...]
    roles: tuple[str, ...] = ()
    country: str = ""
    mentions: int = 1
    metonyms: tuple[str, ...] = ()
    is_country: bool = False
    descriptors: tuple[str, ...] = ()
    female: int = 0
    male: int = 0
    she: int = 0
    he: int = 0
    sector: Sector = ""
    located: int = 0
    other_names: tuple[str, ...] = ()
    company_cues: int = 0
    contests: int = 0


@dataclasses.dataclass(frozen=True, slots=True)
class NameCandidate:
    """A run of capitalised words that no mention took, kept for the corpus stage.

    The NER misses names, tags them WORK_OF_ART, or glues them into a headline; the
    corpus stage promotes a run (or words of it) to a mention when the same name is an
    actor in another article (`kg.resolve.recover`), without parsing again.

    Attributes:
        text: The words as written.
        start: Offset of the first character in ``Document.text``.
        end: Offset one past the last character.
        sentence: Index of its sentence.
        initial: True when it starts its sentence (where any word is capitalised).
        headline: True when it sits in a headline (`kg.spans.headline_tokens`).
        label: The NER's label when it tagged the run as no actor ("WORK_OF_ART"), or "".
        before_person: True when a person's full name follows it with nothing between
            ("Redkites Tamsin Roe was fined"): a word that starts its sentence there
            takes its capital from the name it qualifies, not from the sentence.
    """

    text: str
    start: int
    end: int
    sentence: int
    initial: bool = False
    headline: bool = False
    label: str = ""
    before_person: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class DocExtraction:
    """Everything kg keeps of one parsed document: its actors and its edges, and the
    capitalised runs no mention took (`NameCandidate`)."""

    doc_id: str
    entities: tuple[LocalEntity, ...]
    relations: tuple[Relation, ...]
    candidates: tuple[NameCandidate, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return plain JSON-ready data (every field, defaults included)."""
        return to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocExtraction:
        """Rebuild an extraction from `to_dict` output.

        Raises:
            RecordError: when ``data`` does not match the record's fields and types.
        """
        return from_dict(cls, data)


@dataclasses.dataclass(frozen=True, slots=True)
class Entity:
    """A resolved actor: one node of the graph.

    Attributes:
        id: Slug of the canonical name, stable across runs.
        label: Canonical name.
        type: Entity type (one of `ENTITY_TYPES`).
        aliases: Every surface form merged into this entity.
        mentions: Mentions over the whole corpus.
        documents: Documents it appears in, sorted.
        country: ISO 3166 alpha-3 code where known, else "".
        roles: Titles seen with it, sorted.
        metonyms: Places that stood for it as an actor.
        merged: The merge audit: each surface form with the rules (merge passes of
            `kg.resolve.corpus`) that joined it to this actor, sorted by form.
        sector: A group actor's sector ("Turkish police": police), else "".
    """

    id: str
    label: str
    type: EntityType
    aliases: tuple[str, ...]
    mentions: int
    documents: tuple[str, ...]
    country: str = ""
    roles: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    merged: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sector: Sector = ""


# ---------------------------------------------------------------------------------
# Plain data <-> records
# ---------------------------------------------------------------------------------

R = TypeVar("R", bound="DataclassInstance")


class RecordError(ValueError):
    """Data that does not fit a record: a missing or unknown field, or a wrong value.

    The message names the path of the offending value ("relations[3].relation").
    """


def to_dict(record: DataclassInstance, *, defaults: bool = True) -> dict[str, Any]:
    """Return a record as plain JSON-ready data: dicts, lists, str, int, bool, None.

    Nested records become dicts and tuples become lists, field by field.

    Args:
        record: The record.
        defaults: False leaves out every field (of nested records too) whose value is
            its default, of the default's type: `from_dict` gives it back. The parse
            cache stores this form, half the size (most fields of a local actor are
            zero or empty).
    """
    if defaults:
        return {f.name: _encode(getattr(record, f.name), True) for f in dataclasses.fields(record)}
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        default = f.default
        if default is not dataclasses.MISSING and type(value) is type(default) and value == default:
            continue
        out[f.name] = _encode(value, False)
    return out


def _encode(value: object, defaults: bool) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value, defaults=defaults)
    if isinstance(value, tuple):
        return [_encode(v, defaults) for v in value]
    return value


def from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
    """Rebuild a record of type ``cls`` from `to_dict` output, checking every value.

    Fields with a default may be absent; unknown fields, missing required fields and
    values that do not match the field's type (including ``Literal`` values outside
    their set) are errors.

    Raises:
        RecordError: naming the path of the first value that does not fit.
    """
    return _decode_record(cls, data, cls.__name__)


#: Where a value sits: the record's name, or ``(parent, field name or list index)``.
#: Kept as a chain and spelled out only for an error.
_Where = str | tuple[Any, str | int]


def _spell(where: _Where) -> str:
    """``DocExtraction.relations[3].relation`` for its chain."""
    parts: list[str] = []
    while isinstance(where, tuple):
        where, key = where
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return where + "".join(reversed(parts))


@cache
def _fields(cls: type) -> tuple[tuple[tuple[str, Any, bool], ...], frozenset[str]]:
    """Each field's name, type and whether it is required; and every field name."""
    # Resolved once per record type; the annotations are strings (PEP 563).
    hints = get_type_hints(cls)
    fields = tuple(
        (
            f.name,
            hints[f.name],
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    )
    return fields, frozenset(hints)


def _decode_record(cls: type[R], data: object, where: _Where) -> R:
    # A class that is no record still gets the record checks (an object is expected).
    decode = _decoder(cls) if dataclasses.is_dataclass(cls) else _record_decoder(cls)
    return decode(data, where)  # type: ignore[no-any-return]


#: A compiled check-and-convert step for one type: ``(value, where) -> value``.
_Decoder = Callable[[object, _Where], Any]


@cache
def _plan(hint: Any) -> tuple[str, Any]:
    """How to decode a value of type ``hint``: a kind and what it needs, worked out once."""
    origin = get_origin(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return "record", hint
    if origin is Literal:
        return "literal", get_args(hint)
    if origin in (Union, types.UnionType):
        options = get_args(hint)
        rest = [o for o in options if o is not type(None)]
        may_be_none = type(None) in options
        if len(rest) == 1:
            return "optional", (may_be_none, rest[0])
        return "union", may_be_none
    if origin is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return "sequence", args[0]
        return "fixed", args
    if hint in (str, int, bool):
        return "scalar", hint
    return "unknown", None


@cache
def _decoder(hint: Any) -> _Decoder:
    """The decoder of type ``hint``, built once: the type is read here, not per value."""
    kind, need = _plan(hint)
    if kind == "scalar":
        return _scalar_decoder(need)
    if kind == "record":
        return _record_decoder(need)
    if kind == "literal":
        return _literal_decoder(need)
    if kind == "optional":
        return _optional_decoder(*need)
    if kind == "union":
        return _union_decoder(need)
    if kind == "sequence":
        return _sequence_decoder(need)
    if kind == "fixed":
        return _fixed_decoder(need)

    def unknown(value: object, where: _Where) -> Any:
        raise RecordError(f"{_spell(where)}: cannot decode type {hint!r}")

    return unknown


def _scalar_decoder(need: type) -> _Decoder:
    def scalar(value: object, where: _Where) -> Any:
        # bool is an int in Python; a flag is not a count and a count is not a flag.
        if isinstance(value, need) and (need is bool or not isinstance(value, bool)):
            return value
        raise RecordError(f"{_spell(where)}: expected {need.__name__}, got {type(value).__name__}")

    return scalar


def _record_decoder(cls: type) -> _Decoder:
    # The fields' decoders are looked up at the first value, not here, so that a record
    # type may hold itself.
    steps: tuple[tuple[str, _Decoder, bool], ...] | None = None

    def record(data: object, where: _Where) -> Any:
        nonlocal steps
        if not isinstance(data, Mapping):
            raise RecordError(f"{_spell(where)}: expected an object, got {type(data).__name__}")
        fields, names = _fields(cls)
        if not names.issuperset(data):
            unknown = sorted(set(data) - names)
            raise RecordError(f"{_spell(where)}: unknown field {unknown[0]!r}")
        if steps is None:
            # Two threads may both get here; they build the same tuple.
            steps = tuple((name, _decoder(hint), required) for name, hint, required in fields)
        values: dict[str, Any] = {}
        for name, decode, required in steps:
            if name in data:
                values[name] = decode(data[name], (where, name))
            elif required:
                raise RecordError(f"{_spell(where)}: missing field {name!r}")
        return cls(**values)

    return record


def _literal_decoder(allowed: tuple[Any, ...]) -> _Decoder:
    def literal(value: object, where: _Where) -> Any:
        if not any(type(value) is type(a) and value == a for a in allowed):
            raise RecordError(
                f"{_spell(where)}: {value!r} is not one of {', '.join(map(str, allowed))}"
            )
        return value

    return literal


def _optional_decoder(may_be_none: bool, inner: Any) -> _Decoder:
    decode = _decoder(inner)

    def optional(value: object, where: _Where) -> Any:
        if value is None and may_be_none:
            return None
        return decode(value, where)

    return optional


def _union_decoder(may_be_none: bool) -> _Decoder:
    def union(value: object, where: _Where) -> Any:
        if value is None and may_be_none:
            return None
        raise RecordError(f"{_spell(where)}: unions of several types are not supported")

    return union


def _sequence_decoder(item: Any) -> _Decoder:
    decode = _decoder(item)

    def sequence(value: object, where: _Where) -> Any:
        if not isinstance(value, (list, tuple)):
            raise RecordError(f"{_spell(where)}: expected a list, got {type(value).__name__}")
        return tuple(decode(v, (where, i)) for i, v in enumerate(value))

    return sequence


def _fixed_decoder(items: tuple[Any, ...]) -> _Decoder:
    decoders = tuple(_decoder(a) for a in items)

    def fixed(value: object, where: _Where) -> Any:
        if not isinstance(value, (list, tuple)):
            raise RecordError(f"{_spell(where)}: expected a list, got {type(value).__name__}")
        if len(items) != len(value):
            raise RecordError(f"{_spell(where)}: expected {len(items)} items, got {len(value)}")
        return tuple(
            decode(v, (where, i)) for i, (decode, v) in enumerate(zip(decoders, value, strict=True))
        )

    return fixed

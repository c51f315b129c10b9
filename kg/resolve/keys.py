"""The typed actor key: which actor a mention, a local entity or a merge group stands for.

An `ActorKey` is a kind and a name: a person or another named actor (organisation,
place, group) by its folded name, a country by its ISO alpha-3 code. Its string form
``kind:name`` is what `kg.model.LocalEntity.key` and the endpoints of a document's
relations hold; it is built by `ActorKey.__str__` and read back by `ActorKey.parse`,
and nothing else splits or joins it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from kg.names import fold, organisation_key

#: ``person``: keyed by the folded full name; ``country``: by alpha-3 code;
#: ``other``: any other named actor (organisation, place, group), by its folded name
#: without a legal form (`kg.names.organisation_key`).
ActorKind = Literal["person", "other", "country"]
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)


@dataclass(frozen=True, slots=True, order=True)
class ActorKey:
    """Identity of an actor inside one document, or of a merge group across documents.

    Keys order by kind, then name (countries, then others, then people), which is the
    order of a document's local entities.

    Attributes:
        kind: What sort of actor it is (`ActorKind`).
        name: Folded name ("angela merkel"), or alpha-3 code for a country ("DEU").
    """

    kind: ActorKind
    name: str

    # Keys are hashed and compared in every look-up of an actor (tens of thousands per
    # article): these skip the tuples of both fields the generated methods build. Equal
    # keys have equal names, so the name's (cached) hash will do.
    def __hash__(self) -> int:
        return hash(self.name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ActorKey):
            return NotImplemented
        return self.name == other.name and self.kind == other.kind

    def __str__(self) -> str:
        return f"{self.kind}:{self.name}"

    @classmethod
    def parse(cls, text: str) -> ActorKey:
        """Read a key back from its string form.

        Raises:
            ValueError: when ``text`` is not ``kind:name`` with a known kind.
        """
        kind, sep, name = text.partition(":")
        for known in ACTOR_KINDS:
            if sep and name and kind == known:
                return cls(known, name)
        raise ValueError(f"not an actor key: {text!r}")

    @property
    def words(self) -> list[str]:
        """The words of the name ("angela merkel" -> ["angela", "merkel"])."""
        return self.name.split()


def person_key(name: str) -> ActorKey:
    """Key of a person named ``name`` (any spelling that folds alike)."""
    return ActorKey("person", fold(name))


def other_key(name: str) -> ActorKey:
    """Key of an organisation, place or group named ``name`` (legal forms such as
    "Corp." left out: `kg.names.organisation_key`)."""
    return ActorKey("other", organisation_key(name))


def country_key(alpha3: str) -> ActorKey:
    """Key of the country with ISO code ``alpha3``."""
    return ActorKey("country", alpha3)

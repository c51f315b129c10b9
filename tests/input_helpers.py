"""Split what `kg.ingest.read_inputs` yields into documents, warnings and removals."""

from __future__ import annotations

from kg.ingest import Item
from kg.model import Document, InputProblem, Removal


def docs(items: list[Item]) -> list[Document]:
    """The documents, in input order."""
    return [item for item in items if isinstance(item, Document)]


def problems(items: list[Item]) -> list[str]:
    """The warnings as the CLI prints them (without "Warning: ")."""
    return [str(item) for item in items if isinstance(item, InputProblem)]


def removals(items: list[Item]) -> list[Removal]:
    """The blocks cleaning removed, in input order."""
    return [item for item in items if isinstance(item, Removal)]

"""The removal report of ``kg build --removed FILE``: what cleaning left out, and why.

JSON Lines, one object per removed block, in the order the inputs were read::

    {"origin": "news/a.txt", "rule": "nav_phrase", "text": "Share"}

``origin`` is the file (``path:line`` for a JSONL record), ``rule`` the name of the
cleaning rule that removed the block (see `kg.clean`), ``text`` the removed text as it
stood in the input, line breaks included. JSON Lines keeps every character exact and
reads line by line with ``grep``, ``jq`` or ``pandas.read_json(..., lines=True)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from kg.atomic import write_text_atomic
from kg.model import Removal

__all__ = ["generate_removed_jsonl", "write_removed"]


def generate_removed_jsonl(removals: Iterable[Removal]) -> str:
    """Return the removal report as JSON Lines text.

    Args:
        removals: Removed blocks, in the order to list them.

    Returns:
        One JSON object per line with the keys ``origin``, ``rule`` and ``text``.
    """
    return "".join(
        json.dumps({"origin": r.origin, "rule": r.rule, "text": r.text}, ensure_ascii=False) + "\n"
        for r in removals
    )


def write_removed(removals: Iterable[Removal], path: Path) -> None:
    """Write the removal report to ``path`` atomically (see `generate_removed_jsonl`).

    Raises:
        OutputError: when the file cannot be written.
    """
    write_text_atomic(Path(path), generate_removed_jsonl(removals))

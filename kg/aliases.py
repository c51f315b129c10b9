"""The user's alias file: force a merge, keep two names apart, rename or drop an actor.

YAML form::

    merge:            # each list becomes one actor
      - [Mohammed bin Salman, MBS, Crown Prince Mohammed]
    separate:         # never merge these two, whatever the rules say
      - [Tom Harlan, Tom B. Harlan]
    rename:           # canonical name to show
      José Mujica: Jose Mujica
    drop:             # not actors
      - Breaking News

CSV form (header ``action,name,other``): ``merge,MBS,Mohammed bin Salman``,
``separate,Tom Harlan,Tom B. Harlan``, ``rename,José Mujica,Jose Mujica``,
``drop,Breaking News,``. Names match any alias, ignoring case, accents and dots.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import AliasFileError
from kg.names import fold


@dataclass(frozen=True, slots=True)
class AliasRules:
    """Parsed alias file (empty by default: no user rules)."""

    merges: tuple[tuple[str, ...], ...] = ()
    separations: tuple[tuple[str, str], ...] = ()
    renames: dict[str, str] = field(default_factory=dict)
    drops: frozenset[str] = frozenset()

    def fingerprint(self) -> str:
        """The rules as one canonical text: equal rules, equal text (for cache keys)."""
        return json.dumps(
            {
                "merges": self.merges,
                "separations": self.separations,
                "renames": list(self.renames.items()),  # in order: the first match wins
                "drops": sorted(self.drops),
            },
            ensure_ascii=False,
        )

    def is_dropped(self, name: str, aliases: tuple[str, ...] | list[str] = ()) -> bool:
        """True when the user asked to drop an actor with this name or alias."""
        # Folding every name of a large corpus to look in an empty list costs a second.
        return bool(self.drops) and any(fold(n) in self.drops for n in (name, *aliases))

    def keeps_apart(self, names_a: set[str], names_b: set[str]) -> bool:
        """True when a ``separate`` rule names one side in each set."""
        fa, fb = {fold(n) for n in names_a}, {fold(n) for n in names_b}
        return any(
            (fold(x) in fa and fold(y) in fb) or (fold(y) in fa and fold(x) in fb)
            for x, y in self.separations
        )

    def renamed(self, name: str, aliases: set[str] | tuple[str, ...]) -> str:
        """The user's canonical name for an actor, or ``name`` unchanged."""
        if not self.renames:
            return name
        folded = {fold(n): n for n in (name, *aliases)}
        for old, new in self.renames.items():
            if fold(old) in folded:
                return new
        return name


def _fail(path: Path, where: str, why: str) -> AliasFileError:
    return AliasFileError(
        f"{path}{where}: {why}",
        "see 'Alias file' in the README for the YAML and CSV forms",
    )


def _from_yaml(path: Path, data: Any) -> AliasRules:
    if data is None:
        return AliasRules()
    if not isinstance(data, dict):
        raise _fail(path, "", "expected a mapping with merge/separate/rename/drop")
    unknown = set(data) - {"merge", "separate", "rename", "drop"}
    if unknown:
        raise _fail(path, "", f"unknown section {sorted(unknown)[0]!r}")
    merges, seps = [], []
    for i, item in enumerate(data.get("merge") or [], 1):
        if not isinstance(item, list) or len(item) < 2:
            raise _fail(path, f" merge #{i}", "expected a list of two or more names")
        merges.append(tuple(str(x) for x in item))
    for i, item in enumerate(data.get("separate") or [], 1):
        if not isinstance(item, list) or len(item) != 2:
            raise _fail(path, f" separate #{i}", "expected a list of exactly two names")
        seps.append((str(item[0]), str(item[1])))
    renames = data.get("rename") or {}
    if not isinstance(renames, dict):
        raise _fail(path, " rename", "expected a mapping old name: new name")
    drops = data.get("drop") or []
    if not isinstance(drops, list):
        raise _fail(path, " drop", "expected a list of names")
    return AliasRules(
        merges=tuple(merges),
        separations=tuple(seps),
        renames={str(k): str(v) for k, v in renames.items()},
        drops=frozenset(fold(str(d)) for d in drops),
    )


def _from_csv(path: Path, text: str) -> AliasRules:
    merges, seps, renames, drops = [], [], {}, set()
    reader = csv.reader(io.StringIO(text))
    for lineno, row in enumerate(reader, 1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if lineno == 1 and cells[0].lower() == "action":
            continue
        action = cells[0].lower()
        if action not in ("merge", "separate", "rename", "drop"):
            raise _fail(path, f":{lineno}", f"unknown action {cells[0]!r}")
        if len(cells) < 2 or not cells[1]:
            raise _fail(path, f":{lineno}", "missing name")
        if action == "drop":
            drops.add(fold(cells[1]))
            continue
        if len(cells) < 3 or not cells[2]:
            raise _fail(path, f":{lineno}", f"{action} needs a second name")
        if action == "merge":
            merges.append(tuple(c for c in cells[1:] if c))
        elif action == "separate":
            seps.append((cells[1], cells[2]))
        else:
            renames[cells[1]] = cells[2]
    return AliasRules(tuple(merges), tuple(seps), renames, frozenset(drops))


def load_aliases(path: Path) -> AliasRules:
    """Read an alias file (``.yaml``/``.yml`` or ``.csv``).

    Raises:
        AliasFileError: when the file is missing, unreadable or malformed (names the line).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasFileError(
            f"cannot read alias file {path}: {getattr(exc, 'strerror', None) or exc}",
            "check the path given to --aliases",
        ) from exc
    if path.suffix.lower() == ".csv":
        return _from_csv(path, text)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise _fail(path, where, "not valid YAML") from exc
    return _from_yaml(path, data)

"""Inputs to read: files, folders walked in sorted order, quoted glob patterns, stdin.

`read_inputs` is the entry point of ingestion: it expands the user's arguments (a glob
pattern is expanded by kg, ``**`` at any depth) and walks folders without recursion, in
sorted order, skipping hidden entries, symbolic-link loops and folders already read;
every file goes to the format readers of `kg.ingest.formats`.
"""

from __future__ import annotations

import errno
import glob
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TextIO

from kg.errors import InputError
from kg.ingest.decode import printable
from kg.ingest.formats import Item, Locator, Reader
from kg.model import InputProblem

__all__ = ["InputFile", "list_inputs", "read_inputs"]

_GLOB_MAGIC = re.compile(r"[*?\[]")


@dataclass
class Walker(Reader):
    """A `Reader` that also reads folders and remembers the ones it walked."""

    walked: dict[str, str] = field(default_factory=dict)  # real folder path -> origin

    def read_dir(self, root: Path, display: str) -> Iterator[Item]:
        """Walk a folder in sorted order without recursion (deep trees are fine)."""
        real_root = os.path.realpath(root)
        if real_root in self.walked:
            yield InputProblem(
                printable(display), f"folder already read as {self.walked[real_root]}"
            )
            return
        self.walked[real_root] = printable(display)
        # Each frame: (folder display path, real paths of it and its ancestors, entries left).
        stack: list[tuple[str, frozenset[str], Iterator[os.DirEntry[str]]]] = []
        listing = _list_dir(root)
        if isinstance(listing, InputProblem):
            yield InputProblem(printable(display), listing.reason)
            return
        stack.append((display, frozenset({real_root}), iter(listing)))
        while stack:
            folder, ancestors, entries = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            shown = os.path.join(folder, entry.name)
            origin = printable(shown)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()  # follows symlinks
                if is_link:
                    os.stat(entry.path)  # raises for loops and dangling links
            except OSError as err:
                yield _stat_problem(origin, err, is_link=entry.is_symlink())
                continue
            if not is_dir:
                yield from self.read_file(Path(entry.path), shown, explicit=False)
                continue
            real = os.path.realpath(entry.path)
            if real in ancestors:
                yield InputProblem(origin, "symbolic link loop (points back to a parent folder)")
                continue
            if real in self.walked:
                yield InputProblem(origin, f"folder already read as {self.walked[real]}")
                continue
            self.walked[real] = origin
            listing = _list_dir(Path(entry.path))
            if isinstance(listing, InputProblem):
                yield InputProblem(origin, listing.reason)
                continue
            stack.append((shown, ancestors | {real}, iter(listing)))

    def read_path(self, arg: str | Path, *, explicit: bool = True) -> Iterator[Item]:
        """Read a file, a folder or ``-``; a glob match is not ``explicit`` (see `read_file`)."""
        text = str(arg)
        if text == "-":
            yield from self.read_stdin()
            return
        path = Path(arg)
        origin = printable(text)
        try:
            info = os.stat(path)
        except OSError as err:
            yield _stat_problem(origin, err, is_link=path.is_symlink())
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self.read_dir(path, text)
        else:
            yield from self.read_file(path, text, explicit=explicit)


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file the walk would read (see `list_inputs`).

    Attributes:
        path: The file.
        display: Its path as the user will see it in warnings and origins.
        explicit: Named on the command line (may then be a pipe or lack an extension).
    """

    path: Path
    display: str
    explicit: bool


@dataclass
class _Lister(Walker):
    """A `Walker` that notes the files it meets instead of reading them."""

    found: list[InputFile | InputProblem] = field(default_factory=list)

    def read_file(self, path: Path, display: str, *, explicit: bool) -> Iterator[Item]:
        self.found.append(InputFile(path, display, explicit))
        return iter(())


def list_inputs(paths: Sequence[str | Path]) -> list[InputFile | InputProblem]:
    """The files `read_inputs` would read for ``paths``, in the same order, unread.

    Folders are walked and patterns expanded exactly as `read_inputs` does it; a folder
    it would report (a link loop, one it cannot list) is an `InputProblem` in its place.

    Raises:
        InputError: A path does not exist or a pattern matches nothing.
        ValueError: ``paths`` holds ``-`` (standard input cannot be listed).
    """
    if any(str(arg) == "-" for arg in paths):
        raise ValueError("standard input cannot be listed")
    lister = _Lister(stdin=None)
    for arg, explicit in _expand(paths):
        for item in lister.read_path(arg, explicit=explicit):
            if isinstance(item, InputProblem):
                lister.found.append(item)
    return lister.found


def _stat_problem(origin: str, err: OSError, *, is_link: bool) -> InputProblem:
    if err.errno == errno.ELOOP:
        return InputProblem(origin, "symbolic link loop")
    if is_link and err.errno == errno.ENOENT:
        return InputProblem(origin, "broken symbolic link (its target does not exist)")
    return InputProblem(origin, f"could not read: {err.strerror or err}")


def _list_dir(path: Path) -> list[os.DirEntry[str]] | InputProblem:
    """Sorted, non-hidden entries of a folder, or the problem listing it."""
    try:
        with os.scandir(path) as scan:
            entries = [e for e in scan if not e.name.startswith(".")]
    except OSError as err:
        return InputProblem(str(path), f"could not list folder: {err.strerror or err}")
    entries.sort(key=lambda e: e.name)
    return entries


def read_inputs(
    paths: Sequence[str | Path],
    *,
    stdin: TextIO | BinaryIO | None = None,
    locators: dict[str, Locator] | None = None,
) -> Iterator[Item]:
    """Read files, folders and standard input into documents.

    Paths are read in the order given; folders are walked recursively in sorted order,
    skipping hidden files and folders. A path that does not exist but holds ``*``, ``?``
    or ``[`` is a glob pattern (``**`` for any depth) expanded by kg in sorted order, so
    a quoted pattern works where the shell would hit its argument limit. Each content is
    processed once: a later copy is reported as a duplicate.

    Args:
        paths: Files, folders, glob patterns, or ``-`` for standard input.
        stdin: Stream used for ``-`` (default: ``sys.stdin``); JSON Lines when its
            first non-space character is ``{``, else plain text.
        locators: When given, filled with document id -> `Locator` for each document
            that can be read again from its file (not standard input) before it is
            yielded; the caller removes entries it no longer needs.

    Returns:
        An iterator of `Document` records, `InputProblem` warnings and `Removal` records
        (what cleaning removed from an article, yielded just before its document or its
        "no article text left" warning), in input order.

    Raises:
        InputError: A path does not exist or a pattern matches nothing (raised before
            anything is read).
        DependencyError: An HTML input came and trafilatura cannot be imported.
    """
    expanded = _expand(paths)
    reader = Walker(stdin=stdin, locators=locators)
    return _chain(reader, expanded)


def _expand(paths: Sequence[str | Path]) -> list[tuple[str | Path, bool]]:
    """Each argument with whether it was named explicitly; glob patterns expanded.

    Raises:
        InputError: A path does not exist or a pattern matches nothing.
    """
    expanded: list[tuple[str | Path, bool]] = []
    for arg in paths:
        text = str(arg)
        if text == "-" or os.path.lexists(text):
            expanded.append((arg, True))
        elif _GLOB_MAGIC.search(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise InputError(
                    f"no file matches {printable(text)}",
                    "check the pattern (** matches folders at any depth)",
                )
            expanded.extend((match, False) for match in matches)
        else:
            raise InputError(
                f"input not found: {printable(text)}",
                "check the path, or use - to read standard input",
            )
    return expanded


def _chain(reader: Walker, paths: Sequence[tuple[str | Path, bool]]) -> Iterator[Item]:
    for arg, explicit in paths:
        yield from reader.read_path(arg, explicit=explicit)

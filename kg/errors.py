"""Typed errors. Each message says what went wrong and how to fix it.

The library raises these; only `kg.cli` turns them into an ``Error: ...`` line and an
exit code.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg reports to the user.

    Args:
        what: What went wrong, naming the file or value involved.
        fix: What the user can do about it.
    """

    def __init__(self, what: str, fix: str = "") -> None:
        self.what = what
        self.fix = fix
        super().__init__(f"{what} — {fix}" if fix else what)


class InputError(KgError):
    """An input path is missing or nothing usable could be read from the inputs."""


class DependencyError(KgError):
    """A library kg needs for one kind of input is missing or broken in this environment."""


class ModelError(KgError):
    """The spaCy pipeline cannot be loaded."""


class OutputError(KgError):
    """An output file or folder cannot be written."""


class GraphFileError(KgError):
    """A graph.json given to a read command is missing or malformed."""


class AliasFileError(KgError):
    """A user alias file cannot be read or has a bad line."""


class LexiconError(KgError):
    """A lexicon data file has a row kg cannot use; the message names the file and line."""


class EngineError(KgError):
    """The processes or cluster that run the parse cannot be started or reached."""


class InternalError(KgError):
    """kg's own code failed: a bug to report, never a problem with the input.

    Attributes:
        traceback: The formatted traceback of the failure, for the bug report.
    """

    def __init__(self, what: str, fix: str = "", traceback: str = "") -> None:
        super().__init__(what, fix)
        self.traceback = traceback

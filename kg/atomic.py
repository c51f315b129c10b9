"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from kg.errors import OutputError


@contextlib.contextmanager
def replace_file(
    path: Path, *, sync: bool = True, mode: int | None = 0o644, hold_signals: bool = False
) -> Iterator[BinaryIO]:
    """Open a temporary file next to ``path`` for writing; on success it replaces ``path``.

    If the block raises, the temporary file is removed and ``path`` is left as it was.
    Errors are raised as they come (`open_atomic` explains them to the user).

    Args:
        path: The file to (re)place.
        sync: Flush the file to disk before the rename and the folder after it, so a
            power cut leaves the old file or the whole new one (the folder is synced
            only where the OS opens folders, `os.O_DIRECTORY`: not on Windows).
        mode: Permissions of the new file; None keeps the temporary file's (owner only).
        hold_signals: Deliver Ctrl-C and SIGTERM only once the file is replaced or
            removed: a process ended by SIGTERM, whose default action runs no cleanup,
            leaves no temporary file behind (for short writes by worker processes).
            Outside the main thread only the writing thread holds them: a signal sent
            to the process may then reach another thread that does not block it.

    Yields:
        A binary file to write to.

    Raises:
        OSError: when the folder cannot be created or the file cannot be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _signals_held() if hold_signals else contextlib.nullcontext():
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                yield fh
                if sync:
                    fh.flush()
                    os.fsync(fh.fileno())
            if mode is not None:
                os.chmod(tmp, mode)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        if sync:
            _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries to disk: the rename itself is not durable until then."""
    flag = getattr(os, "O_DIRECTORY", None)
    if flag is None:  # Windows: a folder cannot be opened
        return
    fd = os.open(folder, os.O_RDONLY | flag)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems cannot sync a folder; the file is in place all the same.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    finally:
        os.close(fd)


_HELD_SIGNALS = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name)
)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Deliver Ctrl-C and SIGTERM only once the block is done (where the OS allows it).

    In the main thread their handlers are swapped for one that notes them, and the noted
    signals are raised again after the block: a signal sent to the process is taken by
    any of its threads that does not block it (the model's native threads do not), so
    a mask would not hold it. In another thread only that thread's mask holds them.
    """
    if threading.current_thread() is threading.main_thread():
        with _signals_noted():
            yield
        return
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def _signals_noted() -> Iterator[None]:
    """In the main thread: note `_HELD_SIGNALS` during the block, raise them after it."""
    noted: list[int] = []

    def note(signum: int, frame: object) -> None:
        noted.append(signum)

    # A handler installed outside Python reads as None and cannot be put back: left alone.
    previous = {s: h for s in sorted(_HELD_SIGNALS) if (h := signal.getsignal(s)) is not None}
    for signum in previous:
        signal.signal(signum, note)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(noted):
            signal.raise_signal(signum)


@contextlib.contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """Open an output file for writing atomically and durably (`replace_file`).

    Writers stream into the file instead of building the whole content in memory first.
    If the block raises, the temporary file is removed and ``path`` is left as it was.

    Args:
        path: The file to (re)place.

    Yields:
        A binary file to write to.

    Raises:
        OutputError: when the folder cannot be created or the file cannot be written.
    """
    path = Path(path)
    opened = False
    try:
        with replace_file(path) as fh:
            opened = True
            yield fh
    except OSError as exc:
        if not opened:
            raise OutputError(
                f"cannot write to {path.parent}: {exc.strerror or exc}",
                "choose a writable output folder with -o",
            ) from exc
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc}",
            "check free disk space and permissions, or choose another folder with -o",
        ) from exc


@contextlib.contextmanager
def open_text_atomic(path: Path) -> Iterator[TextIO]:
    """`open_atomic` for UTF-8 text, written as given (no newline translation).

    Raises:
        OutputError: when the folder cannot be created or the file cannot be written.
    """
    with open_atomic(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            yield text
            text.flush()
        finally:
            # The binary file belongs to open_atomic, which syncs and closes it.
            text.detach()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    Raises:
        OutputError: when the folder cannot be created or written.
    """
    with open_atomic(path) as fh:
        fh.write(data)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (see `write_bytes_atomic`)."""
    write_bytes_atomic(path, text.encode("utf-8"))

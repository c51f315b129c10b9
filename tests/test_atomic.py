"""kg.atomic: a file is replaced whole or left as it was, with the options its callers need."""

from __future__ import annotations

import os
import signal
import stat
import sys
import threading
from pathlib import Path

import pytest

from kg.atomic import open_atomic, replace_file, write_text_atomic
from kg.errors import OutputError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_output_is_replaced_and_readable_by_all(tmp_path: Path) -> None:
    path = tmp_path / "out" / "graph.json"
    write_text_atomic(path, "old")
    write_text_atomic(path, "new")
    assert path.read_text() == "new"
    assert _mode(path) == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["graph.json"]


@pytest.mark.parametrize("sync", [True, False])
def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, sync: bool
) -> None:
    path = tmp_path / "entry.json"
    path.write_text("old")
    with pytest.raises(RuntimeError), replace_file(path, sync=sync) as fh:
        fh.write(b"half")
        raise RuntimeError("stopped")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["entry.json"]


def test_a_file_without_mode_keeps_the_owner_only_mode(tmp_path: Path) -> None:
    # Cache entries are written so, without fsync and with the signals held.
    path = tmp_path / "ab" / "entry.json.gz"
    with replace_file(path, sync=False, mode=None, hold_signals=True) as fh:
        fh.write(b"data")
    assert path.read_bytes() == b"data"
    assert _mode(path) == 0o600


@pytest.mark.skipif(not hasattr(os, "O_DIRECTORY"), reason="folders cannot be opened")
@pytest.mark.parametrize(("sync", "synced"), [(True, ["file", "folder"]), (False, [])])
def test_a_synced_write_also_syncs_the_folder_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sync: bool, synced: list[str]
) -> None:
    # The rename is durable only once the folder's entry is on disk.
    path = tmp_path / "graph.json"
    seen: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        seen.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        if seen[-1] == "folder":
            assert path.read_bytes() == b"new"
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with replace_file(path, sync=sync) as fh:
        fh.write(b"new")
    assert seen == synced


@pytest.mark.skipif(sys.platform == "win32", reason="os.kill ends the process at once")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_held_signal_arrives_only_once_the_file_is_replaced(tmp_path: Path, signum: int) -> None:
    path = tmp_path / "entry.json.gz"
    path.write_bytes(b"old")
    seen: list[tuple[bytes, list[str]]] = []

    def record(signum: int, frame: object) -> None:
        seen.append((path.read_bytes(), sorted(p.name for p in tmp_path.iterdir())))

    previous = signal.signal(signum, record)
    done = threading.Event()
    other = threading.Thread(target=done.wait)
    other.start()
    try:
        with replace_file(path, sync=False, mode=None, hold_signals=True) as fh:
            fh.write(b"new ")
            # To the whole process, which has another thread that does not block it (as
            # a worker has the model's native threads).
            os.kill(os.getpid(), signum)
            fh.write(b"data")
            assert seen == []  # held while the file is written
    finally:
        done.set()
        other.join()
        signal.signal(signum, previous)
    assert seen == [(b"new data", ["entry.json.gz"])]


def test_replace_file_raises_os_errors_and_open_atomic_explains_them(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(OSError), replace_file(blocker / "out.json") as fh:
        fh.write(b"x")
    with (
        pytest.raises(OutputError, match=f"cannot write to {blocker}"),
        open_atomic(blocker / "out.json") as fh,
    ):
        fh.write(b"x")

"""kg.atomic: a file is replaced whole or left as it was, with the options its callers need."""

from __future__ import annotations

import stat
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

"""Shared fixtures: the bundled example corpus built once per session with the real model."""

from __future__ import annotations

import faulthandler
import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from spacy.language import Language

# CI and the README's test command (scripts/test.sh, which sets KG_TEST_RUN) run the
# property tests on a fixed sequence of examples, so a run can be repeated and a clean
# clone passes or fails the same way every time; a plain `pytest` explores new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") or os.environ.get("KG_TEST_RUN"):
    settings.load_profile("ci")

#: Seconds the test process may take to exit once the session is over. A thread or child
#: process that never ends (a worker pool, a browser driver) would otherwise keep CI
#: waiting until its own limit with nothing in the log to say why.
EXIT_GRACE = 120

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "venezuela-2019-06"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Arm the exit watchdog: past `EXIT_GRACE`, say what still runs and exit anyway."""
    err = sys.__stderr__.fileno() if sys.__stderr__ is not None else 2

    def watchdog() -> None:
        time.sleep(EXIT_GRACE)
        children = ", ".join(f"{p.pid} {p.name}" for p in multiprocessing.active_children())
        os.write(
            err,
            f"\nThe test process had not exited {EXIT_GRACE} s after the session; child "
            f"processes: {children or 'none'}; its threads:\n".encode(),
        )
        faulthandler.dump_traceback(file=err, all_threads=True)
        os._exit(int(exitstatus))

    # A daemon thread runs on while the interpreter waits for other threads and runs its
    # exit handlers, which is where a leftover pool or cluster would hang the process.
    threading.Thread(target=watchdog, name="kg-exit-watchdog", daemon=True).start()


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline, loaded once for the session."""
    from kg.nlp import load_pipeline

    return load_pipeline()


def run_kg(
    *args: str, env: dict[str, str] | None = None, **kw: Any
) -> subprocess.CompletedProcess[str]:
    """Run the real ``kg`` command line in a subprocess (as a user would)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        env=full_env,
        check=False,
        **kw,
    )


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


def removal_report(out: Path) -> Path:
    """Where `example_build` writes its ``--removed`` report (beside the output folder)."""
    return out.with_name(f"{out.name}-removed.jsonl")


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """``kg build`` of the example corpus: (output folder, parsed graph.json).

    The removal report goes to `removal_report` of the output folder.
    """
    out = tmp_path_factory.mktemp("example-out")
    cache = tmp_path_factory.mktemp("example-cache")
    proc = run_kg(
        "build",
        str(EXAMPLE),
        "-o",
        str(out),
        "--jobs",
        "1",
        "--cache-dir",
        str(cache),
        "--quiet",
        "--removed",
        str(removal_report(out)),
    )
    assert proc.returncode == 0, proc.stderr
    return out, json.loads((out / "graph.json").read_text(encoding="utf-8"))

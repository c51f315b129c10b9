"""`scripts/stragglers.py`: what a test run leaves running is named and stopped, after
a moment for processes that end by themselves."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psutil

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "stragglers.py"


def _run(run_id: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), run_id], capture_output=True, text=True, check=True
    )


def _child(run_id: str, seconds: float) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KG_TEST_RUN": run_id}
    return subprocess.Popen([sys.executable, "-c", f"import time; time.sleep({seconds})"], env=env)


def test_a_process_left_running_is_named_and_stopped() -> None:
    run_id = f"straggler-test-{os.getpid()}-{time.monotonic_ns()}"
    child = _child(run_id, 60)
    try:
        result = _run(run_id)
        assert f"left running by the tests, now stopped: {child.pid}" in result.stderr
        assert child.wait(timeout=10) != 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_a_process_that_ends_by_itself_is_not_named() -> None:
    run_id = f"straggler-test-{os.getpid()}-{time.monotonic_ns()}"
    child = _child(run_id, 0.5)
    try:
        result = _run(run_id)
        assert result.stderr == ""
        assert not psutil.pid_exists(child.pid) or child.wait(timeout=5) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

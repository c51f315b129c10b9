"""Stop the processes a test run left running, and name them.

Usage: python scripts/stragglers.py RUN_ID

`scripts/test.sh` runs pytest with ``KG_TEST_RUN=RUN_ID`` in its environment, which every
process it starts inherits (workers, Dask clusters, the browser and its driver). One of
them still alive after pytest has exited would hold CI's output open, and CI would wait
for it until its time limit with nothing in the log to say why.
"""

from __future__ import annotations

import sys
import time

import psutil


def stragglers(run_id: str) -> list[psutil.Process]:
    """Live processes whose environment carries ``KG_TEST_RUN=run_id``."""
    found = []
    for proc in psutil.process_iter(["pid", "cmdline"]):
        try:
            if proc.environ().get("KG_TEST_RUN") == run_id:
                found.append(proc)
        except psutil.Error:  # gone meanwhile, or another user's
            continue
    return found


#: Seconds a process of the run gets to exit by itself once pytest has exited: a
#: multiprocessing forkserver ends when it sees its parent gone, a moment later.
GRACE = 3.0


def _alive(proc: psutil.Process) -> bool:
    """Running, and no zombie (a process that has ended, waiting to be reaped)."""
    try:
        return proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def main(run_id: str) -> int:
    found = stragglers(run_id)
    deadline = time.monotonic() + GRACE
    while (found := [p for p in found if _alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    for proc in found:
        command = " ".join(proc.info["cmdline"] or [])[:200]
        print(f"left running by the tests, now stopped: {proc.pid} {command}", file=sys.stderr)
        try:
            proc.kill()
        except psutil.NoSuchProcess:
            continue  # it ended meanwhile
    psutil.wait_procs(found, timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

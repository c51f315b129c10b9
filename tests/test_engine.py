"""Engines on their own: every batch once, bounded work in flight, crashes, shutdown."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cli import Engine as EngineOption
from kg.engine import ENGINES, Crashed, Engine, InlineEngine, ProcessEngine, make_engine
from kg.engine import pool as pool_mod


def square(n: int) -> int:
    return n * n


def die_on_three(n: int) -> int:
    if n == 3:
        os._exit(3)  # what a segfault or the OOM killer looks like from outside
    return n * n


def slow(n: int) -> int:
    time.sleep(30)
    return n


def slow_but_the_first(n: int) -> int:
    if n:
        time.sleep(30)
    return n


def test_engine_choices_match_the_cli() -> None:
    assert tuple(e.value for e in EngineOption) == ENGINES


@pytest.mark.parametrize(
    ("kind", "jobs", "expected"),
    [("local", 1, InlineEngine), ("local", 2, ProcessEngine)],
)
def test_make_engine(kind: str, jobs: int, expected: type[Engine]) -> None:
    with make_engine(kind, jobs=jobs) as engine:
        assert isinstance(engine, expected)
        assert engine.workers == jobs


def test_make_engine_rejects_unknown_kinds() -> None:
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        make_engine("spark")
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        make_engine("local", jobs=0)


@pytest.mark.parametrize("engine", [InlineEngine(), ProcessEngine(2)], ids=["inline", "pool"])
def test_every_batch_runs_once(engine: Engine) -> None:
    with engine:
        results = dict(engine.map(square, range(20)))
    assert results == {n: n * n for n in range(20)}


def test_batches_are_read_lazily() -> None:
    pulled: list[int] = []

    def batches() -> Iterator[int]:
        for n in range(100):
            pulled.append(n)
            yield n

    with ProcessEngine(2) as engine:
        stream = engine.map(square, batches())
        next(stream)
        assert len(pulled) <= engine.limit + 1
        stream.close()


@pytest.mark.parametrize("pause", [0, 0.1], ids=["eager-caller", "busy-caller"])
def test_a_dying_worker_costs_only_the_batches_in_flight(pause: float) -> None:
    # A caller busy with each result (writing it out, say) gives the worker time to die
    # between two collections: the executor then refused the next batch, and the run
    # ended with BrokenProcessPool (seen under load with an eager caller too).
    results: dict[int, int | Crashed] = {}
    with ProcessEngine(2) as engine:
        for batch, result in engine.map(die_on_three, range(12)):
            results[batch] = result
            time.sleep(pause)
    assert sorted(results) == list(range(12))
    assert results[3] == Crashed("the worker process died")
    # Batches in flight with it may have failed too (the caller retries those); every
    # other batch ran. Which ones were in flight depends on when the pool noticed the
    # death (the others' batches are quick), so only their number is bounded.
    assert all(results[n] in (n * n, Crashed("the worker process died")) for n in range(12))
    assert sum(isinstance(r, Crashed) for r in results.values()) <= engine.limit


def test_an_error_while_workers_are_busy_kills_them() -> None:
    # Stand-in for Ctrl-C or a kg bug: the run stops while every worker is busy.
    def batches() -> Iterator[int]:
        yield 1
        yield 2
        time.sleep(1)  # both workers are now inside a 30 s batch
        raise TimeoutError("the caller gave up")

    before = {p.pid for p in multiprocessing.active_children()}
    start = time.monotonic()
    with ProcessEngine(2) as engine, pytest.raises(TimeoutError):
        list(engine.map(slow, batches()))
    assert time.monotonic() - start < 20
    assert {p.pid for p in multiprocessing.active_children()} <= before


def test_ctrl_c_between_two_results_kills_the_workers() -> None:
    # The caller's loop is interrupted while batches run: the pool must not wait for them.
    before = {p.pid for p in multiprocessing.active_children()}
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt), ProcessEngine(2) as engine:
        stream = engine.map(slow_but_the_first, range(4))
        assert next(stream) == (0, 0)  # the other three are now in flight, for 30 s
        raise KeyboardInterrupt
    assert time.monotonic() - start < 20
    assert {p.pid for p in multiprocessing.active_children()} <= before
    stream.close()


def test_a_stopped_run_leaves_no_worker_and_no_pool_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Workers started on demand (forkserver, spawn) may not have reported their pid when
    # the caller stops reading; killing only the known ones once left a worker blocked
    # on a queue lock a killed one held, and the pool's thread waiting for it until the
    # interpreter exited.
    monkeypatch.setattr(pool_mod, "mp_context", lambda: multiprocessing.get_context("forkserver"))
    threads = set(threading.enumerate())
    before = {p.pid for p in multiprocessing.active_children()}
    for _ in range(6):
        with ProcessEngine(2) as engine:
            stream = engine.map(square, range(100))
            next(stream)
            stream.close()
    assert {p.pid for p in multiprocessing.active_children()} <= before
    assert [t.name for t in threading.enumerate() if t not in threads] == []


STOPPED_BY_A_FAILING_BATCH = textwrap.dedent(
    """
    import multiprocessing
    from kg.engine import pool
    from tests.engine_tasks import fail

    pool.mp_context = lambda: multiprocessing.get_context("forkserver")
    for batches in [1, 2, 3] * 10:
        with pool.ProcessEngine(2) as engine:
            try:
                list(engine.map(fail, range(batches)))
            except RuntimeError:
                pass
    print(len(multiprocessing.active_children()))
    """
)


def _workers_left_by(script: str) -> int:
    """Run ``script`` in a fresh interpreter; return the child processes it printed as
    left alive (a hang fails the test by the timeout)."""
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return int(proc.stdout)


def test_a_run_stopped_by_a_failing_batch_ends_every_worker() -> None:
    # The first batch fails while the second worker is still starting: it must be
    # killed too. Left alive, it blocked on the queue lock of the killed first worker,
    # and the pool waited for it forever (this script hung within its first runs, every time).
    assert _workers_left_by(STOPPED_BY_A_FAILING_BATCH) == 0


STOPPED_WHILE_SENDING = textwrap.dedent(
    """
    import itertools
    import multiprocessing
    from kg.engine import pool
    from tests.engine_tasks import payload

    for results in range(1, 9):
        with pool.ProcessEngine(2) as engine:
            stream = engine.map(payload, itertools.repeat(4_000_000))
            for _ in itertools.islice(stream, results):
                pass
            stream.close()
    print(len(multiprocessing.active_children()))
    """
)


def test_a_run_stopped_while_workers_send_results_ends() -> None:
    # Results of megabytes keep both workers inside a send. One killed mid-send left half
    # a message in the results pipe, and the pool's thread waited for the rest forever,
    # so Ctrl-C hung the build (this script hung within its first two runs, every time).
    assert _workers_left_by(STOPPED_WHILE_SENDING) == 0

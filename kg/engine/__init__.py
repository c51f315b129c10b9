"""Engines run kg's parse stage: one ``map(task, batches) -> results`` interface.

- `InlineEngine`: this process (``--jobs 1``);
- `ProcessEngine`: worker processes on this machine (``--jobs N``, the default);
- `DaskEngine` (`kg.engine.dask`): a Dask cluster, local (``--engine dask``) or remote
  (``--scheduler ADDRESS``).

The task (`kg.parse.run_batch`) and the parse cache belong to the caller; an engine
only moves batches to processes and results back.
"""

from __future__ import annotations

from typing import Literal

from kg.engine.base import Crashed, Engine, InlineEngine
from kg.engine.pool import ProcessEngine

__all__ = ["ENGINES", "Crashed", "Engine", "InlineEngine", "ProcessEngine", "make_engine"]

EngineKind = Literal["local", "dask"]

#: Values of ``kg build --engine``.
ENGINES: tuple[EngineKind, ...] = ("local", "dask")


def make_engine(
    kind: str = "local",
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    worker_wait: float | None = None,
) -> Engine:
    """Return the engine for ``kg build --engine KIND --jobs N [--scheduler ADDRESS]``.

    Args:
        kind: ``local`` (this machine) or ``dask``; a scheduler address implies ``dask``.
        jobs: Processes on this machine (local engine, or the workers of a local Dask
            cluster).
        scheduler: Address of a running Dask scheduler.
        worker_wait: Seconds a Dask engine waits for workers to join, at start or when
            none is left (None: `kg.engine.dask.WORKER_TIMEOUT`).

    Raises:
        ValueError: for an unknown kind or ``jobs < 1``.
        EngineError: when a Dask cluster cannot be started or reached.
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if kind not in ENGINES:
        raise ValueError(f"unknown engine {kind!r}; expected one of {', '.join(ENGINES)}")
    if kind == "dask" or scheduler is not None:
        from kg.engine.dask import DaskEngine  # lazy: distributed takes a second to import

        if worker_wait is None:
            return DaskEngine(jobs=jobs, scheduler=scheduler)
        return DaskEngine(jobs=jobs, scheduler=scheduler, worker_timeout=worker_wait)
    return InlineEngine() if jobs == 1 else ProcessEngine(jobs)

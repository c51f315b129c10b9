"""The Dask engine: batches run as Dask tasks, on a local cluster or a real one.

``kg build --engine dask --jobs N`` starts a `distributed.LocalCluster` of N worker
processes (one thread each); ``kg build --scheduler tcp://HOST:PORT`` joins a running
cluster (``dask scheduler`` and ``dask worker`` on each machine). Tasks are submitted
with bounded work in flight and gathered as they complete; a task whose worker died
more often than the scheduler allows comes back as `Crashed`.

Every worker needs the same kg installation and spaCy model as the client: tasks refer
to kg's functions by name.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.engine.base import B, Crashed, Engine, R
from kg.errors import EngineError

__all__ = ["DaskEngine"]

#: Seconds to wait for a worker when the cluster has none (at start, or all died).
WORKER_TIMEOUT = 60

#: Seconds between checks that the cluster still has workers while waiting for results.
_POLL = 5

#: Seconds between looks for a finished batch.
_TICK = 0.05


class DaskEngine(Engine):
    """Runs batches on a Dask cluster: a new local one, or the one at ``scheduler``.

    Args:
        jobs: Worker processes of the local cluster (ignored with ``scheduler``).
        scheduler: Address of a running scheduler (``tcp://HOST:PORT``); None starts a
            local cluster.
        timeout: Seconds to wait for the scheduler to answer (None: Dask's
            ``distributed.comm.timeouts.connect``).
        worker_timeout: Seconds to wait for workers: for the local cluster's ``jobs``
            workers to start, and for one to come back when the cluster has none left.

    Raises:
        EngineError: the scheduler cannot be reached, it has no workers, or the local
            cluster cannot start.
    """

    def __init__(
        self,
        *,
        jobs: int = 1,
        scheduler: str | None = None,
        timeout: float | None = None,
        worker_timeout: float = WORKER_TIMEOUT,
    ) -> None:
        import dask
        from distributed import Client, LocalCluster

        self._cluster: Any = None
        self._client: Any = None
        self.address = scheduler or "a local cluster"
        self.worker_timeout = worker_timeout
        try:
            if scheduler is None:
                with dask.config.set(
                    # Within one machine a worker dies for one reason: the task it runs.
                    # Give up on a task after it killed a second worker (a task caught
                    # by another's crash gets one more try); kg then retries its
                    # documents one by one instead of killing more workers with them.
                    {"distributed.scheduler.allowed-failures": 1}
                ):
                    self._cluster = LocalCluster(
                        n_workers=jobs,
                        threads_per_worker=1,
                        processes=True,
                        # Any free port: a fixed one clashes with other clusters.
                        dashboard_address=":0",
                        # kg reports a failed task or a dead worker itself; what the
                        # workers log as ERROR is their shutdown racing the scheduler's
                        # ("failed to communicate with scheduler during heartbeat").
                        silence_logs=logging.CRITICAL,
                    )
                self._client = Client(self._cluster, set_as_default=False)
            else:
                _check_address(scheduler)
                extra = {} if timeout is None else {"timeout": timeout}
                self._client = Client(scheduler, set_as_default=False, **extra)
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise EngineError(
                f"cannot reach the Dask scheduler at {self.address} ({_reason(exc)})",
                "check the address, or start a scheduler with 'dask scheduler' and "
                "workers with 'dask worker ADDRESS'",
            ) from exc
        # A local cluster counts as started with all its workers: on a loaded machine the
        # last ones register late, and `workers` sizes the batches and the work in flight.
        wanted = jobs if scheduler is None else 1
        try:
            self._client.wait_for_workers(wanted, timeout=worker_timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise EngineError(
                f"no Dask worker joined the scheduler at {self.address} within "
                f"{worker_timeout:g} s",
                f"start workers with 'dask worker {scheduler or 'ADDRESS'}'",
            ) from exc
        self.workers = max(1, sum(self._client.nthreads().values()))

    def map(self, task: Callable[[B], R], batches: Iterable[B]) -> Iterator[tuple[B, R | Crashed]]:
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        futures: dict[Any, B] = {}
        pending = as_completed(loop=self._client.loop)
        try:
            for batch in batches:
                future = self._client.submit(task, batch, pure=False)
                futures[future] = batch
                pending.add(future)
                while len(futures) >= self.limit:
                    yield self._result(self._next(pending), futures, KilledWorker)
            while futures:
                yield self._result(self._next(pending), futures, KilledWorker)
        except BaseException:
            self._client.cancel(list(futures))
            raise

    def _next(self, pending: Any) -> Any:
        """The next finished batch; fail instead of waiting forever with no workers.

        Raises:
            EngineError: when the cluster has had no worker for ``worker_timeout`` seconds.
        """
        alone_since: float | None = None
        checked = time.monotonic()
        while not pending.has_ready():
            time.sleep(_TICK)
            if time.monotonic() - checked < _POLL:
                continue
            checked = time.monotonic()
            if self._client.nthreads():
                alone_since = None
                continue
            alone_since = alone_since or checked
            if checked - alone_since > self.worker_timeout:
                raise EngineError(
                    f"no Dask worker left on {self.address} for {self.worker_timeout:g} s",
                    "start workers with 'dask worker ADDRESS' and build again; what was "
                    "parsed is in the cache",
                )
        return next(pending)

    def _result(
        self, future: Any, futures: dict[Any, B], killed: type[Exception]
    ) -> tuple[B, R | Crashed]:
        batch = futures.pop(future)
        try:
            result: R | Crashed = future.result()
        except killed:
            result = Crashed("the worker process died")
        finally:
            future.release()
        return batch, result

    def close(self) -> None:
        """Disconnect; a local cluster is shut down, a remote one keeps running."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _check_address(address: str) -> None:
    """Reject a malformed address before a Client exists (a half-built one hangs on exit).

    Raises:
        ValueError: naming what is wrong.
    """
    from distributed.comm.addressing import parse_address, parse_host_port

    scheme, location = parse_address(address)
    if scheme in ("tcp", "tls"):
        parse_host_port(location)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__

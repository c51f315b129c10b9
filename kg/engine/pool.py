"""The process-pool engine: batches run in worker processes on this machine (``--jobs N``).

Workers are started with the first batch and kept for the whole run, so whatever a task loads once
per process (the spaCy model) is loaded once per worker. Ctrl-C reaches the whole
process group; workers ignore it and the parent stops them.

A worker killed mid-batch (out of memory, a crash in native code) breaks the whole
executor and every batch in flight with it: each of those batches is reported as
`Crashed` and the executor is replaced, so the run goes on.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from types import TracebackType
from typing import Any, cast

from kg.engine.base import B, Crashed, Engine, R

__all__ = ["ProcessEngine"]


def _init_worker() -> None:
    # Ctrl-C goes to the whole process group; the parent alone handles it and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Recording:
    """A multiprocessing context that remembers every process and result queue it makes.

    The executor makes its workers, and the queue they send results on, through the
    context it is given, so this is how kg learns of each as soon as it exists, without
    the executor's private state. Everything else is the wrapped context's own.
    """

    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self._context: Any = context
        self.processes: list[Any] = []
        self.queues: list[Any] = []

    def Process(self, *args: Any, **kwargs: Any) -> Any:  # named as the context API names it
        process = self._context.Process(*args, **kwargs)
        self.processes.append(process)
        return process

    def SimpleQueue(self, *args: Any, **kwargs: Any) -> Any:  # as the context API names it
        queue = self._context.SimpleQueue(*args, **kwargs)
        self.queues.append(queue)
        return queue

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)


def mp_context() -> multiprocessing.context.BaseContext:
    """Return how to start workers: fork when safe, else forkserver, else spawn."""
    methods = multiprocessing.get_all_start_methods()
    # fork shares the imported modules (and a model loaded before) copy-on-write, so
    # workers start in milliseconds. It is unsafe once the process has other threads (a
    # progress bar's refresher, say), and on macOS system libraries do not survive it.
    if "fork" in methods and sys.platform != "darwin" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has already imported spaCy and kg, which saves
        # each of them seconds; the model itself is still loaded once per worker.
        context.set_forkserver_preload(["kg.nlp", "kg.parse", "kg.extract"])
        return context
    return multiprocessing.get_context("spawn")


class ProcessEngine(Engine):
    """Runs batches in ``jobs`` worker processes with bounded work in flight.

    Args:
        jobs: Worker processes.
    """

    def __init__(self, jobs: int) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.workers = jobs
        self._executor: cf.ProcessPoolExecutor | None = None
        self._context: _Recording | None = None

    def _start(self) -> cf.ProcessPoolExecutor:
        context = self._context = _Recording(mp_context())
        self._executor = cf.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=cast(multiprocessing.context.BaseContext, context),
            initializer=_init_worker,
        )
        return self._executor

    def map(self, task: Callable[[B], R], batches: Iterable[B]) -> Iterator[tuple[B, R | Crashed]]:
        executor = self._executor
        futures: dict[cf.Future[R], B] = {}
        try:
            for batch in batches:
                # Started on the first batch: a run that sends none starts no process.
                executor = executor or self._start()
                try:
                    future = executor.submit(task, batch)
                except cf.process.BrokenProcessPool:
                    # A worker died after the last result was collected (while the
                    # caller had it, say): the executor takes no more batches. Its
                    # batches in flight report the death, this one goes to a new one.
                    while futures:
                        yield from self._collect(futures)
                    executor = self._restart()
                    future = executor.submit(task, batch)
                futures[future] = batch
                while len(futures) >= self.limit:
                    broken = yield from self._collect(futures)
                    if broken:
                        executor = self._restart()
            while futures:
                broken = yield from self._collect(futures)
                if broken:
                    executor = self._restart()
        except BaseException:  # includes GeneratorExit when the caller stops reading
            self.terminate()
            raise

    def _collect(
        self, futures: dict[cf.Future[R], B]
    ) -> Generator[tuple[B, R | Crashed], None, bool]:
        """Yield the batches that are done; return True when the executor broke."""
        done, _ = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        broken = False
        for future in done:
            batch = futures.pop(future)
            try:
                result = future.result()
            except cf.process.BrokenProcessPool:
                broken = True
                yield batch, Crashed("the worker process died")
                continue
            yield batch, result
        if broken:
            # Every other batch in flight fails with the executor; those that finished
            # before the break keep their results.
            cf.wait(futures)
            for future in list(futures):
                batch = futures.pop(future)
                if isinstance(future.exception(), cf.process.BrokenProcessPool):
                    yield batch, Crashed("the worker process died")
                else:
                    yield batch, future.result()
        return broken

    def _restart(self) -> cf.ProcessPoolExecutor:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        return self._start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Ctrl-C or an error in the caller's loop, between two results: nobody will read
        # the batches in flight, so the workers are killed, not waited for (a batch can
        # take a minute).
        if exc is not None:
            self.terminate()
        else:
            self.close()

    def close(self) -> None:
        """Stop the workers after their current batch; queued batches are dropped."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def terminate(self) -> None:
        """Kill the workers now (Ctrl-C or an error: nobody will read their results)."""
        executor = self._executor
        if executor is None:
            return
        self._executor = None
        # Kill every worker first, and wait until each is gone, before shutting down. A
        # worker waiting for work holds the call queue's lock, so one killed there leaves
        # any live worker blocked on that lock for good, deaf to its end-of-work marker,
        # and the executor's thread would wait for it forever (at the latest when the
        # interpreter exits). With none alive, the executor finds its workers dead and
        # cleans up without waiting for anyone.
        context = self._context
        made = context.processes if context is not None else []
        workers = [p for p in made if p.is_alive()]
        for process in workers:
            with contextlib.suppress(Exception):
                process.terminate()
        left = _wait_for_exit(workers, 10)
        for process in left:  # deaf to SIGTERM for 10 s: not waiting longer
            with contextlib.suppress(Exception):
                process.kill()
        if not _wait_for_exit(left, 10) and context is not None:
            # A worker killed while sending its result leaves half a message in the
            # results pipe, and the executor's thread waits for the rest in a read that
            # only end-of-file would end; the parent's own copy of the write end keeps
            # the pipe open. With every worker gone nobody writes there again: closing
            # it turns that read into the end-of-file the executor handles as a broken
            # pool, where it would otherwise wait forever in the shutdown below (and at
            # the interpreter's exit).
            for queue in context.queues:
                _close_write_end(queue)
        executor.shutdown(wait=True, cancel_futures=True)


def _wait_for_exit(processes: list[Any], timeout: float) -> list[Any]:
    """Wait until each process has ended, for ``timeout`` seconds; return those still alive.

    Waits on the sentinels, not with join(): the executor's thread may join the same
    processes, and two threads reading a forkserver child's exit status race.
    """
    pending = {p.sentinel: p for p in processes}
    deadline = time.monotonic() + timeout
    while pending and (left := deadline - time.monotonic()) > 0:
        for sentinel in multiprocessing.connection.wait(list(pending), timeout=left):
            pending.pop(cast(int, sentinel), None)
    return list(pending.values())


def _close_write_end(queue: Any) -> None:
    """Close this process's copy of the write end of a `multiprocessing.SimpleQueue`."""
    writer = getattr(queue, "_writer", None)  # the queue's pipe has no public close of one end
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()

"""The engine interface: run one function over batches, here or in other processes.

kg's parse stage hands an engine a task (parse and extract one batch of documents) and
a lazy stream of batches; the engine returns each batch's result as it completes. What
a batch holds, and the parse cache, are the caller's business: an engine only moves
work to processes and results back, bounds the work in flight, and says when the
process running a batch died.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TypeVar

B = TypeVar("B")
R = TypeVar("R")

#: Batches queued per worker: enough to keep every worker busy while the caller handles
#: results, few enough that memory does not grow with the corpus.
INFLIGHT_PER_WORKER = 2


@dataclass(frozen=True, slots=True)
class Crashed:
    """The process running a batch died (killed for memory, a crash in native code).

    The batch may be innocent: other batches in flight in a broken process pool fail
    with it. The caller retries such batches in smaller pieces, one at a time.

    Attributes:
        detail: What the engine saw, for the user ("the worker process died").
    """

    detail: str


class Engine(ABC):
    """Runs a task over batches and yields ``(batch, result)`` pairs as they complete.

    Results come back in completion order. At most `limit` batches are in flight, so an
    unbounded iterable of batches is consumed lazily. An exception raised by the task
    (other than a dying process) propagates to the caller and stops the run. Engines
    are context managers; `close` stops their processes.

    Attributes:
        workers: Processes (or Dask worker threads) that run batches at the same time.
    """

    workers: int = 1

    @property
    def limit(self) -> int:
        """Most batches in flight at once."""
        return max(1, self.workers) * INFLIGHT_PER_WORKER

    @abstractmethod
    def map(self, task: Callable[[B], R], batches: Iterable[B]) -> Iterator[tuple[B, R | Crashed]]:
        """Run ``task`` on every batch; yield each batch with its result when done.

        Args:
            task: A picklable callable (a module-level function, or a
                `functools.partial` of one) for engines that use other processes.
            batches: Read lazily.

        Yields:
            ``(batch, task(batch))``, or ``(batch, Crashed)`` when the process running it
            died.
        """

    @abstractmethod
    def close(self) -> None:
        """Release the engine's processes (idempotent)."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class InlineEngine(Engine):
    """Runs every batch in this process, one after the other (``--jobs 1``)."""

    workers = 1

    def map(self, task: Callable[[B], R], batches: Iterable[B]) -> Iterator[tuple[B, R | Crashed]]:
        for batch in batches:
            yield batch, task(batch)

    def close(self) -> None:
        """Nothing to release."""

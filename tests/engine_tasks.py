"""Tasks for engine tests that import nothing heavy, so a worker starts as fast as it can."""

from __future__ import annotations


def fail(n: int) -> int:
    raise RuntimeError(f"batch {n} failed")  # a model that cannot load, say


def payload(size: int) -> bytes:
    """A result larger than a pipe holds: its worker spends its time sending it."""
    return b"x" * size

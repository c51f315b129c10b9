"""Keep the C heap of a parsing process from shrinking between batches.

spaCy's models allocate and free large arrays (tens of megabytes) for every batch. With
glibc's default settings the biggest of them are mapped fresh from the OS, and the free
space at the top of the heap is handed back after each batch, so the next batch pays for
the same pages again as page faults: measured on 1,200 Wikinews documents in batches of
32, 650,000 minor faults and 10 s of system time against 58 s of parsing (kg's cold build
at 0.87 of raw ``nlp.pipe`` at 5,000 documents, where raw ``nlp.pipe`` keeps its arrays
alive across batches by chance). `retain_freed_memory` tells glibc to serve every
allocation from the heap and keep what was freed, so a process's memory stays at its
high-water mark (what one batch needs) instead of going up and down with each batch.

It does nothing elsewhere than Linux with glibc (macOS, musl), nor when the user or a
launcher has set glibc's own malloc settings (``MALLOC_*`` variables or a
``glibc.malloc`` tunable in ``GLIBC_TUNABLES``; Dask's nanny sets
``MALLOC_TRIM_THRESHOLD_`` for its workers): those are kept as they are. Only the
main thread's arena gets the full benefit: a thread (a Dask worker's) still has blocks
bigger than its 64 MiB arena mapped, and given back, by glibc.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Mapping

#: ``mallopt`` parameters of glibc's ``<malloc.h>``.
_M_TRIM_THRESHOLD = -1
_M_MMAP_MAX = -4

#: Free space the heap may keep at its top before glibc gives it back (1 GiB): far more
#: than one batch frees, so in practice it is never given back while the process parses.
TRIM_THRESHOLD = 1 << 30

_lock = threading.Lock()
_applied: list[bool] = []


def retain_freed_memory() -> bool:
    """Make glibc keep freed memory for the next batch instead of returning it to the OS.

    Applies once per process (a forked worker inherits it); later calls return the first
    answer. Memory is not lost: what a batch frees is reused by the next one, and the
    process's resident size stays at the largest batch's need.

    Returns:
        True when the allocator was tuned; False where it is not glibc's or its settings
        come from the environment.
    """
    with _lock:
        if not _applied:
            _applied.append(_tune())
        return _applied[0]


def _user_settings(environ: Mapping[str, str]) -> bool:
    """True when the environment already chooses glibc's malloc settings."""
    return any(k.startswith("MALLOC_") for k in environ) or "glibc.malloc." in environ.get(
        "GLIBC_TUNABLES", ""
    )


def _tune() -> bool:
    if not sys.platform.startswith("linux") or _user_settings(os.environ):
        return False
    try:
        import ctypes  # a Python built without _ctypes still runs kg, untuned

        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
        libc.gnu_get_libc_version  # noqa: B018 - only glibc has it; musl's mallopt is a stub
    except (ImportError, OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    # Order matters: with mmap off first, no big array is mapped between the two calls.
    return bool(mallopt(_M_MMAP_MAX, 0)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))

"""A parsing process keeps the memory a batch frees for the next batch (`kg.allocator`).

Each case runs in a fresh interpreter: the allocator's settings belong to the process, and
the test process has tuned its own allocator long before (the session's model fixtures).
What is measured is the share of a freed 64 MiB block that stays resident: glibc hands
such a block back to the OS at once by default, and keeps it once tuned.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or platform.libc_ver()[0] != "glibc",
    reason="kg.allocator tunes glibc only; other C libraries are left as they are",
)

_PROBE = """
import os, sys

SIZE = 64 << 20
PAGE = os.sysconf("SC_PAGE_SIZE")

def resident():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE

def kept_after_free():
    base = resident()
    block = bytearray(SIZE)
    block[::PAGE] = b"\\1" * len(range(0, SIZE, PAGE))  # touch every page
    peak = resident()
    del block
    return (resident() - base) / (peak - base)

before = kept_after_free()
{setup}
print(before, tuned, kept_after_free())
"""

_SETUPS = {
    "retain_freed_memory": "import kg.allocator; tuned = kg.allocator.retain_freed_memory()",
    # The ways every engine gets it: the first pipeline a process loads, or one it is given.
    "kg.nlp.pipeline": (
        "import kg.allocator, kg.nlp; kg.nlp.pipeline(None); "
        "tuned = kg.allocator._applied == [True]"
    ),
    "kg.nlp.preload": (
        "import kg.allocator, kg.nlp; kg.nlp.preload(object()); "
        "tuned = kg.allocator._applied == [True]"
    ),
}


def _probe(setup: str, **extra: str) -> tuple[float, str, float]:
    # The user's own malloc settings, or another allocator preloaded, would change the
    # untuned reading.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MALLOC_", "GLIBC_TUNABLES", "LD_PRELOAD"))
    }
    env.update(extra)
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(setup=setup)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout.split()
    return float(out[0]), out[1], float(out[2])


@pytest.mark.parametrize("how", sorted(_SETUPS))
def test_a_freed_block_stays_resident_once_tuned(how: str) -> None:
    before, tuned, after = _probe(_SETUPS[how])
    assert before < 0.2, "an untuned glibc returns a freed 64 MiB block to the OS"
    assert tuned == "True"
    assert after > 0.8, "tuned, the block stays for the next batch"


@pytest.mark.parametrize(
    "setting",
    [
        {"MALLOC_TRIM_THRESHOLD_": "65536"},  # what Dask's nanny gives its workers
        {"GLIBC_TUNABLES": "glibc.malloc.trim_threshold=65536"},
    ],
)
def test_the_environments_own_malloc_settings_are_kept(setting: dict[str, str]) -> None:
    _, tuned, after = _probe(_SETUPS["retain_freed_memory"], **setting)
    assert tuned == "False"
    assert after < 0.2, "glibc still gives the freed block back, as the user asked"

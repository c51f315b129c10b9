"""Ctrl-C or a kill in the middle of a build: earlier outputs intact, cache valid, resume."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cache import ExtractionCache

ROOT = Path(__file__).resolve().parent.parent
KG = (sys.executable, "-m", "kg", "build")


def _corpus(tmp_path: Path, n: int = 60) -> Path:
    """A JSONL corpus long enough to interrupt: the example's sentences, varied per record."""
    sentences = []
    # The two wire reports: plain article text, no page furniture for the cleaner to cut.
    for name in ("001-nnn-agencies.txt", "003-afp.txt"):
        text = (ROOT / "examples" / "venezuela-2019-06" / name).read_text(encoding="utf-8")
        sentences += [s for s in text.split("\n") if len(s) > 80 and "AGENCIES" not in s]
    out = tmp_path / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(sentences[(i + k) % len(sentences)] for k in range(12))
            fh.write(json.dumps({"id": f"a{i}", "text": f"Report number {i}. {text}"}) + "\n")
    return out


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.json.gz"))


def _default_ctrl_c() -> None:
    # A shell without job control starts background commands with SIGINT ignored, and
    # children inherit that: the build must see Ctrl-C as a terminal user sends it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(corpus: Path, out: Path, cache: Path, jobs: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*KG, str(corpus), "-o", str(out), "--cache-dir", str(cache), "--jobs", str(jobs), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_ctrl_c,
    )


def _wait_for_entries(proc: subprocess.Popen[str], cache: Path, count: int) -> None:
    deadline = time.monotonic() + 120
    while len(_entries(cache)) < count:
        assert proc.poll() is None, "the build ended before it could be interrupted"
        assert time.monotonic() < deadline, "no cache entries appeared"
        time.sleep(0.05)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture
def previous_outputs(tmp_path: Path) -> Path:
    """An output folder holding a finished build of the example."""
    out = tmp_path / "out"
    proc = subprocess.run(
        [*KG, str(ROOT / "examples" / "venezuela-2019-06"), "-o", str(out), "--no-cache", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.parametrize(
    ("sig", "jobs", "code"),
    [(signal.SIGINT, 2, 130), (signal.SIGKILL, 1, -signal.SIGKILL)],
    ids=["ctrl-c-with-workers", "kill-9"],
)
def test_interrupted_build_keeps_outputs_and_cache(
    tmp_path: Path, previous_outputs: Path, sig: signal.Signals, jobs: int, code: int
) -> None:
    corpus = _corpus(tmp_path)
    cache = tmp_path / "cache"
    before = _snapshot(previous_outputs)

    proc = _start(corpus, previous_outputs, cache, jobs)
    _wait_for_entries(proc, cache, 3)
    os.kill(proc.pid, sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr
    if sig == signal.SIGINT:
        assert stderr.strip().splitlines()[-1] == (
            "Interrupted — previous outputs were left unchanged"
        )

    # The earlier build is untouched and no temporary file is left beside it.
    assert _snapshot(previous_outputs) == before

    # Every cache entry left behind is complete and valid.
    entries = _entries(cache)
    assert entries
    leftovers = list(cache.rglob("*.tmp"))
    if sig == signal.SIGINT:
        assert not leftovers  # Ctrl-C unwinds: a half-written entry is removed
    else:
        # Nothing runs after kill -9, so an entry being written may leave its temporary
        # file; it is hidden and never read as an entry.
        assert all(p.name.startswith(".") for p in leftovers), leftovers
    model_dir = entries[0].parent.parent
    reader = ExtractionCache(cache, model_key=model_dir.parent.name, version=model_dir.name)
    for entry in entries:
        assert reader.get(entry.name.removesuffix(".json.gz")) is not None, entry
    assert reader.problems == []

    # The next run resumes: what was cached is not parsed again.
    done = len(entries)
    rerun = subprocess.run(
        [*KG, str(corpus), "-o", str(previous_outputs), "--cache-dir", str(cache), "--jobs", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    read = re.search(
        r"Read (\d+) documents \(0 skipped\); parsed (\d+), (\d+) from the cache", rerun.stdout
    )
    assert read is not None, rerun.stdout
    assert read.groups() == ("60", str(60 - done), str(done)), rerun.stdout
    assert json.loads((previous_outputs / "graph.json").read_text("utf-8"))["graph"]["documents"]

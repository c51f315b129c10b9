"""The Dask engine with real clusters: a LocalCluster of 2 worker processes, and a
``dask scheduler`` and ``dask worker`` started as separate processes.

The same inputs must give byte-identical outputs and the same warnings with any engine.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cache import ExtractionCache
from kg.engine import ProcessEngine
from kg.engine.dask import DaskEngine
from kg.errors import InternalError
from kg.model import DocExtraction, Document, InputProblem
from kg.nlp import describe_model, model_key
from kg.parse import ParseStats, extract_documents
from tests.conftest import EXAMPLE, run_kg
from tests.parse_helpers import (
    TEXTS,
    crashing_extractor,
    entity_extractor,
    failing_extractor,
    make_doc,
)

PINNED = {"SOURCE_DATE_EPOCH": "1700000000"}

#: Seconds the test clusters wait for workers. Generous: on a machine shared with other
#: test runs a worker process (Python, distributed, then spaCy and the model) can take
#: minutes to start; a test must fail on a wrong result, not on a slow machine.
PATIENCE = 600

#: Seconds a ``kg`` command of these tests may take before the test fails: a wrong
#: engine must fail the suite, never hang it.
DEADLINE = 1800

#: ``kg build`` options of the command-line runs on a cluster.
WAIT = ("--worker-wait", str(PATIENCE))


@pytest.fixture(scope="module")
def dask_engine() -> Iterator[DaskEngine]:
    """A cluster shared by the tests in which no worker dies."""
    with DaskEngine(jobs=2, worker_timeout=PATIENCE) as engine:
        yield engine


@pytest.fixture
def docs() -> list[Document]:
    return [make_doc(f"d{i:02d}", text) for i, text in enumerate(TEXTS)]


def test_a_local_cluster_has_the_workers_asked_for(dask_engine: DaskEngine) -> None:
    assert dask_engine.workers == 2


def test_a_bug_on_a_worker_is_an_internal_error(
    dask_engine: DaskEngine, docs: list[Document]
) -> None:
    with pytest.raises(InternalError, match=r"failed on corpus\.jsonl:d01 \(RuntimeError"):
        list(extract_documents(docs[:4], failing_extractor, engine=dask_engine, batch_size=2))


def test_workers_fill_and_read_the_parse_cache(
    dask_engine: DaskEngine, docs: list[Document], tmp_path: Path
) -> None:
    key = model_key(describe_model())
    first, second = ParseStats(), ParseStats()
    cache = ExtractionCache(tmp_path, model_key=key)
    one = list(
        extract_documents(docs, entity_extractor, engine=dask_engine, cache=cache, stats=first)
    )
    cache = ExtractionCache(tmp_path, model_key=key)
    two = list(
        extract_documents(docs, entity_extractor, engine=dask_engine, cache=cache, stats=second)
    )
    assert two == one
    assert (first.parsed, first.cached) == (len(docs), 0)
    assert (second.parsed, second.cached) == (0, len(docs))


#: Invented news for the archive tests: one sentence per record, a line number each.
ARCHIVE_SENTENCES = (
    "Halvex, a Korean chipmaker, signed a supply deal with Dornic Systems in Seoul.",
    "Jane Roe, the mayor of Marlo, met Tomas Velde, the governor of Ostrava Province.",
    "The Velorian government accused Karsten Industries of dumping steel.",
    "Brenna Colt, a spokeswoman for Halvex, said the company would appeal.",
)


def test_a_jsonl_gz_read_by_dask_workers_gives_the_graph_of_the_jsonl(
    dask_engine: DaskEngine, tmp_path: Path
) -> None:
    # Each worker reads its records from the compressed file itself (kg.ingest.reread);
    # three batches of records across the shared cluster's two workers.
    import gzip

    records = "".join(
        json.dumps(
            {
                "id": f"r{n:02d}",
                "url": f"https://news.example/{n}",
                "text": f"{ARCHIVE_SENTENCES[n % 4]} Talks were held in round {n + 1}.",
            }
        )
        + "\n"
        for n in range(40)
    )
    plain = tmp_path / "plain" / "feed.jsonl"
    packed = tmp_path / "packed" / "feed.jsonl.gz"
    plain.parent.mkdir()
    packed.parent.mkdir()
    plain.write_text(records, encoding="utf-8")
    packed.write_bytes(gzip.compress(records.encode("utf-8")))
    address = dask_engine._cluster.scheduler_address
    graphs = []
    for source, engine in ((plain, ("-j", "1")), (packed, ("--scheduler", address, *WAIT))):
        out = tmp_path / f"out-{source.parent.name}"
        proc = run_kg(
            "build", str(source), "-o", str(out), *engine, "--no-cache", "-q", env=PINNED,
            timeout=DEADLINE,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
        graphs.append((out / "graph.json").read_bytes())
    assert graphs[1] == graphs[0]
    assert len(json.loads(graphs[0])["graph"]["documents"]) == 40


def test_same_results_and_problems_as_the_process_pool(docs: list[Document]) -> None:
    # crashing_extractor kills the process parsing the Orvenia sentence (d04), four
    # times in all (the batch and then the document alone, each tried twice). A cluster
    # of its own: the shared one must not be left restarting workers.
    runs = []
    with (
        ProcessEngine(2) as pool_engine,
        DaskEngine(jobs=2, worker_timeout=PATIENCE) as dask_engine,
    ):
        for engine in (pool_engine, dask_engine):
            stats = ParseStats()
            results = list(
                extract_documents(
                    docs[2:7], crashing_extractor, engine=engine, batch_size=2, stats=stats
                )
            )
            runs.append((results, stats))
    (pool, pool_stats), (dask, dask_stats) = runs
    assert dask == pool
    assert dask_stats == pool_stats
    assert [r for r in dask if isinstance(r, InputProblem)] == [
        InputProblem(
            "corpus.jsonl:d04", "could not be parsed: the worker process died while parsing it"
        )
    ]
    assert sum(isinstance(r, DocExtraction) for r in dask) == 4


# ---------------------------------------------------------------- the command line


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles plus input problems of every kind the reader reports."""
    folder = tmp_path_factory.mktemp("inputs")
    for path in sorted(EXAMPLE.iterdir()):
        (folder / path.name).write_bytes(path.read_bytes())
    first = sorted(EXAMPLE.glob("*.txt"))[0]
    (folder / "zz-copy.txt").write_bytes(first.read_bytes())
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "feed.jsonl").write_text(
        '{"id": "w1", "text": "Chile backed Peru in the dispute with Bolivia."}\n{broken\n',
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def reference(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    """graph.json and stderr of the default engine in one process."""
    out = tmp_path_factory.mktemp("ref")
    proc = run_kg(
        "build", str(inputs), "-o", str(out), "-j", "1", "--no-cache", "-q", env=PINNED,
        timeout=DEADLINE,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Warning: " in proc.stderr
    return (out / "graph.json").read_bytes(), proc.stderr


def test_engine_dask_is_byte_identical_to_the_default_engine(
    inputs: Path, reference: tuple[bytes, str], tmp_path: Path
) -> None:
    proc = run_kg(
        "build", str(inputs), "-o", str(tmp_path), "--engine", "dask", "-j", "2",
        "--no-cache", "-q", *WAIT, env=PINNED, timeout=DEADLINE,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "graph.json").read_bytes() == reference[0]
    assert proc.stderr == reference[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _dask(*args: str) -> list[str]:
    return [sys.executable, "-m", "dask", *args]


def _wait_until_listening(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Return when the scheduler accepts connections (kg's client must not race it)."""
    start = time.monotonic()
    while time.monotonic() - start < PATIENCE:
        if proc.poll() is not None:
            pytest.fail(f"dask scheduler exited:\n{log.read_text(errors='replace')}")
        with socket.socket() as sock:
            sock.settimeout(1)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    pytest.fail(f"dask scheduler not listening after {PATIENCE} s")


@contextlib.contextmanager
def _cluster(folder: Path, *, workers: int) -> Iterator[str]:
    """A ``dask scheduler`` and ``workers`` ``dask worker``s, each its own process."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    log_path = folder / "cluster.log"
    log = log_path.open("wb")
    worker = _dask("worker", address, "--nthreads", "1", "--no-dashboard",
                   "--local-directory", str(folder))  # fmt: skip
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(
            subprocess.Popen(
                _dask("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"),
                stdout=log,
                stderr=log,
                env=env,
            )
        )
        _wait_until_listening(port, procs[0], log_path)
        for _ in range(workers):
            procs.append(subprocess.Popen(worker, stdout=log, stderr=log, env=env))
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A ``dask scheduler`` and one ``dask worker``, each its own process."""
    with _cluster(tmp_path_factory.mktemp("cluster"), workers=1) as address:
        yield address


def test_scheduler_and_worker_processes_give_the_same_graph(
    inputs: Path, reference: tuple[bytes, str], scheduler: str, tmp_path: Path
) -> None:
    proc = run_kg(
        "build", str(inputs), "-o", str(tmp_path), "--scheduler", scheduler, "--no-cache",
        "-q", *WAIT, env=PINNED, timeout=DEADLINE,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "graph.json").read_bytes() == reference[0]
    assert proc.stderr == reference[1]
    graph = json.loads(reference[0])
    assert len(graph["graph"]["documents"]) == 4


def _article(folder: Path) -> str:
    """An input that reads without a warning, so the error is all stderr holds."""
    path = folder / "talks.txt"
    path.write_text(f"{TEXTS[5]}\n", encoding="utf-8")
    return str(path)


def test_unreachable_scheduler_is_one_error_line(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    proc = run_kg(
        "build", _article(tmp_path), "-o", str(tmp_path / "out"), "--scheduler", address,
        env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}, timeout=DEADLINE,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"Error: cannot reach the Dask scheduler at {address} (Timed out trying to connect "
        f"to {address} after 2 s) — check the address, or start a scheduler with "
        "'dask scheduler' and workers with 'dask worker ADDRESS'"
    ]
    assert not (tmp_path / "out").exists()


def test_a_scheduler_without_workers_is_one_error_line(tmp_path: Path) -> None:
    with _cluster(tmp_path, workers=0) as address:
        proc = run_kg(
            "build", _article(tmp_path), "-o", str(tmp_path / "out"), "--scheduler", address,
            "--worker-wait", "1", timeout=DEADLINE,
        )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"Error: no Dask worker joined the scheduler at {address} within 1 s — start "
        f"workers with 'dask worker {address}'"
    ]
    assert not (tmp_path / "out").exists()


def test_malformed_scheduler_address_is_one_error_line(tmp_path: Path) -> None:
    article = _article(tmp_path)
    proc = run_kg(
        "build", article, "-o", str(tmp_path / "out"), "--scheduler", "nohost",
        timeout=DEADLINE,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "Error: cannot reach the Dask scheduler at nohost (missing port number in address "
        "'nohost') — check the address, or start a scheduler with 'dask scheduler' and "
        "workers with 'dask worker ADDRESS'"
    ]

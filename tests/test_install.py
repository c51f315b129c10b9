"""The README's quick start, exactly: a fresh venv, its own pip (no upgrade), ``pip install .``.

The pip that ``python3 -m venv`` bundles can be years older than the one in the
development venv (Python 3.11 ships pip 23.2, which does not normalise extra names, so
``lxml[html_clean]`` resolves to nothing). Dependencies must be declared so that this
old pip still installs a kg that reads every documented input type; the only way to
know is to do it. The pip cache keeps the download cost to the first run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: What ``pip install .`` needs from the checkout; the rest (tests, venvs, caches,
#: outputs) is left behind so the build cannot write into the working tree.
_NOT_SHIPPED = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
    "output",
    "tests",
    "benchmarks",
)

_TXT = """Harbour Talks Resume

The fisheries minister of Norland met the trade commissioner of Sudria in Oldtown on
Tuesday to settle the dispute over fishing rights.
"""

_HTML = """<!doctype html><html><head><title>Port deal | Example Wire</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Port deal signed</h1>
<p>The transport minister of Norland signed a port agreement with the Sudrian
government on Thursday after months of talks about fees and berths.</p>
<p>Officials in both capitals praised the deal as a model for the region.</p>
</article>
<footer><p>Sign up for our newsletter.</p><p>All rights reserved.</p></footer>
</body></html>
"""

_RECORDS = [
    {
        "id": "wire-1",
        "title": "Fishing talks",
        "text": "Norway accused Iceland of breaking the fishing accord, officials in Oslo said.",
    },
    {"id": "wire-2", "text": "The prime minister of Norway met the president of Iceland."},
]


def _python3() -> str:
    # The README says "python3 -m venv"; fall back to this interpreter where there is none.
    return shutil.which("python3") or sys.executable


@pytest.mark.slow
def test_readme_quick_start_installs_a_kg_that_reads_every_input_type(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT, checkout, ignore=shutil.ignore_patterns(*_NOT_SHIPPED))
    venv = tmp_path / "venv"
    # The user's own pip settings (index, certificates) apply, as they would for them.
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}

    def run(*cmd: str | Path, timeout: int = 900) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(c) for c in cmd],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=timeout,
            check=False,
        )

    made = run(_python3(), "-m", "venv", venv)
    assert made.returncode == 0, made.stderr
    installed = run(venv / "bin" / "pip", "install", "-q", checkout)
    assert installed.returncode == 0, installed.stderr

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "talks.txt").write_text(_TXT, encoding="utf-8")
    (inputs / "port.html").write_text(_HTML, encoding="utf-8")
    (inputs / "wire.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in _RECORDS), encoding="utf-8"
    )
    out = tmp_path / "out"
    built = run(venv / "bin" / "kg", "build", inputs, "-o", out, "--no-cache", "--jobs", "1")
    assert built.returncode == 0, built.stderr
    assert "Traceback" not in built.stderr
    assert "Warning" not in built.stderr, built.stderr
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    documents = {d["id"]: d for d in graph["graph"]["documents"]}
    assert sorted(documents) == ["port", "talks", "wire-1", "wire-2"]
    assert documents["port"]["title"] == "Port deal signed"
    labels = {node["label"] for node in graph["nodes"]}
    assert {"Norway", "Iceland"} <= labels, labels

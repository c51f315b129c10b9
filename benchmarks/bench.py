"""Throughput benchmark of kg's parse stage against raw spaCy.

Replicates the Wikinews corpus to N distinct documents and times, each configuration in a
fresh subprocess so peak memory figures are independent:

- ``raw-1``/``raw-J``: spaCy ``nlp.pipe`` alone (``n_process`` 1 and J) with the
  pipeline's components as they ship (kg's paragraph-break segmenter added), the floor;
- ``cold-1``/``cold-J``: `kg.parse.extract_documents` with ``--jobs`` 1 and J, no cache;
- ``fill-J``: the same with an empty cache, so the cost of writing it shows;
- ``warm-1``: a re-run with the cache populated (nothing is parsed);
- ``split-1``: in one process, each batch parsed and then extracted, the two timed apart
  (kg's share of the CPU under the same load, robust on a busy machine);
- ``buildcold-J``/``buildwarm-J``: the whole ``kg build`` (ingest, parse or cache,
  resolution, graph, all six output files) on the corpus written as JSONL, first with an
  empty cache, then again with the cache it filled (the graph is then reused from the
  build cache, `kg.buildcache`);
- ``buildreread-J``: the same re-run with the stored build removed first, so only the
  parse cache serves: the inputs are read and cleaned, every entry decoded and the actors
  resolved again (what a re-run costs after one input changed).

Usage::

    .venv/bin/python benchmarks/bench.py --sizes 600 5000

See benchmarks/README.md for how to read the output.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_EXTRACTOR = "kg.extract:extract_document"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.corpus import DEFAULT_CORPUS  # noqa: E402
from kg.model import DocExtraction, Document, LocalEntity  # noqa: E402

if TYPE_CHECKING:
    # Imported by the configurations that parse: a warm build must show what it costs
    # without spaCy, which kg no longer imports when every document is cached.
    from spacy.tokens import Doc


def simple_extractor(doc: Doc, document: Document) -> DocExtraction:
    """Fallback extractor: one local entity per distinct named entity (cheap, like kg's)."""
    seen: dict[tuple[str, str], int] = {}
    for ent in doc.ents:
        key = (ent.text, ent.label_)
        seen[key] = seen.get(key, 0) + 1
    entities = tuple(
        LocalEntity(f"e{i}", text, label, (text,), mentions=count)
        for i, ((text, label), count) in enumerate(seen.items())
    )
    return DocExtraction(document.id, entities, ())


def load_extractor(spec: str) -> tuple[Callable[[Doc, Document], DocExtraction], str]:
    """Import ``module:function``; fall back to `simple_extractor` with a note if it fails."""
    module_name, _, function = spec.partition(":")
    try:
        return getattr(importlib.import_module(module_name), function), spec
    except (ImportError, AttributeError) as exc:
        print(
            f"note: extractor {spec} is not available ({exc}); "
            "using benchmarks/bench.py:simple_extractor instead",
            file=sys.stderr,
        )
        return simple_extractor, "bench:simple_extractor"


def corpus(path: Path, size: int) -> Iterator[Document]:
    """Yield ``size`` distinct documents: the corpus repeated, each copy marked."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for n in range(size):
        record = records[n % len(records)]
        copy = n // len(records)
        # A marker sentence makes every copy a distinct text (distinct hash, cache key).
        text = f"{record['text']}\n\nBenchmark copy {copy}."
        yield Document(
            id=f"{record.get('id', n)}~{copy}",
            title=record.get("title", ""),
            source=record.get("source", ""),
            date="",
            text=text,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            origin=f"{path}:{n % len(records) + 1}",
        )


def _peak_mb(who: int) -> float:
    # ru_maxrss is in KiB on Linux and bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(who).ru_maxrss / scale


def _cpu_seconds() -> float:
    # CPU time barely depends on what else the machine runs, unlike wall time.
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def run_child(args: argparse.Namespace) -> None:
    """Run one configuration in this (fresh) process and print one JSON line."""
    config: str = args.child
    kind, _, jobs_text = config.partition("-")
    jobs = int(jobs_text)
    # Timed with the imports of kg and spaCy, as a user waits for them: every
    # configuration that parses imports spaCy in here, a warm build does not.
    start = time.perf_counter()
    from kg import nlp as kg_nlp
    from kg.cache import ExtractionCache
    from kg.parse import ParseStats, extract_documents

    docs = corpus(Path(args.corpus), args.size)
    words = 0
    stats = ParseStats()
    split_cpu: dict[str, float] = {}
    if kind.startswith("build"):
        words, parsed, cached = _run_build(args, kind, jobs, stats)
    elif kind == "split":
        words, parsed, cached, split_cpu = _run_split(args, docs)
    elif kind == "raw":
        # spaCy's own components as they ship, with kg's paragraph-break segmenter so
        # both parse the same sentences; kg's lookup tables for the attribute ruler
        # (kg.attribute_index) are kg's work and stay out of the baseline.
        nlp = kg_nlp.load_pipeline(args.model, index_rules=False)
        texts = []
        for d in docs:
            texts.append(d.text)
            words += len(d.text.split())
        for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=jobs):
            pass
        parsed, cached = len(texts), 0
    else:
        extractor, _ = load_extractor(args.extractor)
        cache = None
        if kind in ("fill", "warm"):
            info = kg_nlp.describe_model(args.model)
            cache = ExtractionCache(Path(args.cache_dir), model_key=kg_nlp.model_key(info))
        results = 0
        for _ in extract_documents(
            docs,
            extractor,
            model=args.model,
            jobs=jobs,
            batch_size=args.batch_size,
            cache=cache,
            stats=stats,
        ):
            results += 1
        assert results == args.size, (results, args.size)
        words, parsed, cached = stats.words, stats.parsed, stats.cached
        if kind == "warm":
            # Words the warm run did not have to parse, so its words/s is comparable.
            words = sum(len(d.text.split()) for d in corpus(Path(args.corpus), args.size))
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "config": config,
                "size": args.size,
                "seconds": seconds,
                "words": words,
                "parsed": parsed,
                "cached": cached,
                "failed": stats.failed,
                "cpu_seconds": _cpu_seconds(),
                "rss_parent_mb": _peak_mb(resource.RUSAGE_SELF),
                "rss_worker_mb": _peak_mb(resource.RUSAGE_CHILDREN),
                **split_cpu,
            }
        )
    )


def _run_split(
    args: argparse.Namespace, docs: Iterator[Document]
) -> tuple[int, int, int, dict[str, float]]:
    """Parse a batch, then extract it, timing each: kg's share under the same load.

    Two configurations run one after the other see whatever else the machine ran at
    the time; here the parse and kg's extraction alternate every batch, so a busy
    machine slows both alike.
    """
    from kg import nlp as kg_nlp

    extractor, _ = load_extractor(args.extractor)
    nlp = kg_nlp.load_pipeline(args.model)
    parse_cpu = extract_cpu = 0.0
    words = parsed = 0
    batch: list[Document] = []
    for document in [*docs, None]:
        if document is not None:
            batch.append(document)
            words += len(document.text.split())
            if len(batch) < args.batch_size:
                continue
        tick = time.process_time()
        parses = list(nlp.pipe([d.text for d in batch], batch_size=args.batch_size))
        tock = time.process_time()
        for doc, item in zip(parses, batch, strict=True):
            extractor(doc, item)
        parse_cpu += tock - tick
        extract_cpu += time.process_time() - tock
        parsed += len(batch)
        batch = []
    return words, parsed, 0, {"parse_cpu": parse_cpu, "extract_cpu": extract_cpu}


def _run_build(args: argparse.Namespace, kind: str, jobs: int, stats: Any) -> tuple[int, int, int]:
    """The whole ``kg build``: ingest, parse (or cache), resolve, graph and all six files."""
    from kg.export import write_outputs
    from kg.pipeline import build_graph

    work = Path(args.cache_dir) / "build-work"
    work.mkdir(exist_ok=True)
    source = work / "corpus.jsonl"
    if not source.exists():
        with source.open("w", encoding="utf-8") as fh:
            for d in corpus(Path(args.corpus), args.size):
                fh.write(json.dumps({"id": d.id, "title": d.title, "text": d.text}) + "\n")
    if kind == "buildreread":
        shutil.rmtree(Path(args.cache_dir) / "build" / "builds", ignore_errors=True)
    result = build_graph(
        [source],
        model=args.model,
        jobs=jobs,
        cache_dir=Path(args.cache_dir) / "build",
        use_cache=kind != "buildnocache",
    )
    write_outputs(result.graph, work / "out", max_nodes=300)
    words = sum(len(d.text.split()) for d in corpus(Path(args.corpus), args.size))
    return words, result.stats["parsed"], result.stats["cached"]


def run_config(args: argparse.Namespace, config: str, size: int, cache_dir: Path) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        config,
        "--size",
        str(size),
        "--corpus",
        str(args.corpus),
        "--extractor",
        args.extractor,
        "--batch-size",
        str(args.batch_size),
        "--cache-dir",
        str(cache_dir),
    ]
    if args.model:
        command += ["--model", args.model]
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    for line in out.stderr.splitlines():
        if line.startswith("note:"):
            print(line, file=sys.stderr)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def summary_ratios(rows: dict[str, dict[str, Any]], j: int) -> list[tuple[str, str]]:
    """Return (label, value) for every ratio whose two configurations were run."""
    wall = {c: float(r["seconds"]) for c, r in rows.items()}
    cpu = {c: float(r["cpu_seconds"]) for c, r in rows.items()}
    wanted = [
        ("kg cold jobs=1 throughput / raw nlp.pipe", "raw-1", "cold-1", ".2f", wall),
        ("same, by CPU time (robust on a busy machine)", "raw-1", "cold-1", ".2f", cpu),
        (f"kg cold jobs={j} throughput / raw n_process={j}", f"raw-{j}", f"cold-{j}", ".2f", wall),
        (f"kg jobs={j} speedup over jobs=1", "cold-1", f"cold-{j}", ".2f", wall),
        ("warm re-run speedup over cold jobs=1", "cold-1", "warm-1", ".1f", wall),
        (
            f"kg build warm / cold (jobs={j}, whole command)",
            f"buildcold-{j}",
            f"buildwarm-{j}",
            ".1f",
            wall,
        ),
        (
            f"kg build speedup of a re-run from the parse cache alone (jobs={j})",
            f"buildcold-{j}",
            f"buildreread-{j}",
            ".1f",
            wall,
        ),
        (f"kg build cold jobs={j} / raw n_process={j}", f"raw-{j}", f"buildcold-{j}", ".2f", wall),
        (f"warm re-run speedup over cold jobs={j}", f"cold-{j}", "warm-1", ".1f", wall),
        (f"fill-{j} time / cold-{j} time (cache writes)", f"fill-{j}", f"cold-{j}", ".2f", wall),
    ]
    out = [
        (label, format(table[a] / table[b], fmt))
        for label, a, b, fmt, table in wanted
        if a in table and b in table
    ]
    split = rows.get("split-1")
    if split is not None:
        parse, extract = float(split["parse_cpu"]), float(split["extract_cpu"])
        out.append(
            (
                "parse / (parse + extraction), batch by batch (CPU)",
                format(parse / (parse + extract), ".2f"),
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL with a text field"
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[600, 5000], help="documents per run"
    )
    parser.add_argument("--jobs", type=int, default=2, help="process count J of the parallel runs")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: kg's default)")
    parser.add_argument("--extractor", default=DEFAULT_EXTRACTOR, help="module:function")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--configs",
        nargs="+",
        default=None,
        help="run only these configurations (e.g. cold-2 fill-2 warm-1; warm needs fill)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        run_child(args)
        return 0
    if not args.corpus.is_file():
        parser.error(f"corpus not found: {args.corpus} (pass --corpus PATH)")

    _, extractor_name = load_extractor(args.extractor)
    j = args.jobs
    configs = args.configs or [
        "raw-1",
        f"raw-{j}",
        "cold-1",
        "split-1",
        f"cold-{j}",
        f"fill-{j}",
        "warm-1",
        f"buildcold-{j}",
        f"buildwarm-{j}",
        f"buildreread-{j}",
    ]
    print(f"corpus {args.corpus}  extractor {extractor_name}")
    print(f"batch {args.batch_size}  cpus {os.cpu_count()}  load {os.getloadavg()[0]:.2f}")
    everything: list[dict[str, Any]] = []
    for size in args.sizes:
        cache_dir = Path(tempfile.mkdtemp(prefix="kg-bench-cache-"))
        try:
            rows = {}
            print(f"\n== {size} documents ==")
            print(
                f"{'config':<12} {'seconds':>8} {'CPU s':>7} {'docs/s':>8} {'words/s':>9} "
                f"{'parsed':>7} {'cached':>7} {'RSS main MB':>12} {'RSS worker MB':>14}"
            )
            for config in configs:
                row = run_config(args, config, size, cache_dir)
                rows[config] = row
                everything.append(row)
                print(
                    f"{config:<12} {row['seconds']:>8.1f} {row['cpu_seconds']:>7.1f} "
                    f"{size / row['seconds']:>8.1f} "
                    f"{row['words'] / row['seconds']:>9.0f} {row['parsed']:>7} {row['cached']:>7} "
                    f"{row['rss_parent_mb']:>12.0f} {row['rss_worker_mb']:>14.0f}",
                    flush=True,
                )
            ratios = summary_ratios(rows, j)
            for label, value in ratios:
                print(f"{label:<55} {value}")
        finally:
            shutil.rmtree(cache_dir, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(everything, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

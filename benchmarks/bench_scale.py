"""Scale benchmarks: distinct corpora, memory, engines, workers and long articles.

Every measurement runs in a fresh subprocess (timings include the model load, peak
memory figures are independent). Rows:

- ``distinct``: the whole ``kg build`` (ingest, parse, resolution, graph, all files) of
  N distinct generated articles (`benchmarks/corpus.py`), no cache: throughput and the
  peak RSS of the parent and of the largest worker process;
- ``engines``: the same build with ``--engine dask`` against the default engine;
- ``text``: the graph held fixed while the text grows: the same N articles padded with
  entity-free filler paragraphs to 1x, 4x and 16x their length (``--pads``); the parent
  should follow the graph (graph.json), not the text;
- ``workers``: ``--jobs 1`` against ``--jobs 2``;
- ``long``: one 100 KB and one 1 MB article against the Wikinews articles as they are,
  kg's parse stage against raw ``nlp.pipe`` on the same text, in CPU seconds;
- ``gzip``: the same build from the corpus gzip-compressed (``.jsonl.gz``) against the
  plain ``.jsonl`` (with ``--engine dask`` the workers read their records from the
  compressed file themselves), and the workers' reading alone: every record read again
  in order (`kg.ingest.read_again`) from each file.

Usage::

    .venv/bin/python benchmarks/bench_scale.py distinct --sizes 1000 10000 50000
    .venv/bin/python benchmarks/bench_scale.py text --size 1000 --pads 1 4 16
    .venv/bin/python benchmarks/bench_scale.py engines --size 5000
    .venv/bin/python benchmarks/bench_scale.py workers --size 1000
    .venv/bin/python benchmarks/bench_scale.py long
    .venv/bin/python benchmarks/bench_scale.py gzip --size 2000 --engine dask

See benchmarks/README.md for the figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.corpus import DEFAULT_CORPUS, articles  # noqa: E402


def _peak_mb(who: int) -> float:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(who).ru_maxrss / scale


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


#: Filler for the ``text`` rows: plain clauses with no name, place, date or number in
#: them, so padding an article adds text and no actor, relation or evidence.
_FILLER_SUBJECTS = (
    "the weather", "the old bridge", "a quiet street", "the morning market", "the river",
    "a small garden", "the long corridor", "an empty room", "the harbour wall", "the hill path",
)  # fmt: skip
_FILLER_VERBS = (
    "stayed", "looked", "seemed", "remained", "grew", "turned", "felt", "became",
)  # fmt: skip
_FILLER_ENDS = (
    "calm and grey", "cold after the rain", "busy with carts and bicycles",
    "green along the edges", "loud with birds", "still under low clouds", "wet and slippery",
    "bright for a while", "dusty and warm", "narrow between the walls",
)  # fmt: skip


def _filler(seed: int, chars: int) -> str:
    """Entity-free paragraphs of about ``chars`` characters (varied: no two sentences in
    a row alike, which the cleaner would drop as a repeat)."""
    import random

    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        sentences = [
            f"{rng.choice(_FILLER_SUBJECTS).capitalize()} {rng.choice(_FILLER_VERBS)} "
            f"{rng.choice(_FILLER_ENDS)}, and {rng.choice(_FILLER_SUBJECTS)} "
            f"{rng.choice(_FILLER_VERBS)} {rng.choice(_FILLER_ENDS)}."
            for _ in range(4)
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def corpus_file(size: int, work: Path, pad: int = 1) -> Path:
    """The generated corpus of ``size`` articles (made once, kept in ``work``).

    Article n does not depend on the corpus size, so a smaller corpus is the head of a
    larger one already made. With ``pad`` > 1, each article is followed by entity-free
    filler paragraphs until it is about ``pad`` times as long (same graph, more text).
    """
    if pad > 1:
        padded = work / f"distinct-{size}-pad{pad}.jsonl"
        if not padded.exists():
            tmp = padded.with_suffix(".tmp")
            with (
                corpus_file(size, work).open(encoding="utf-8") as source,
                tmp.open("w", encoding="utf-8") as fh,
            ):
                for n, line in enumerate(source):
                    record = json.loads(line)
                    extra = _filler(n, (pad - 1) * len(record["text"]))
                    record["text"] = record["text"] + "\n\n" + extra
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            tmp.replace(padded)
        return padded
    path = work / f"distinct-{size}.jsonl"
    if path.exists():
        return path
    larger = sorted(
        (p for p in work.glob("distinct-*.jsonl") if int(p.stem.split("-")[1]) > size),
        key=lambda p: int(p.stem.split("-")[1]),
    )
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        if larger:
            with larger[0].open(encoding="utf-8") as source:
                for _, line in zip(range(size), source, strict=False):
                    fh.write(line)
        else:
            for record in articles(size):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def gzip_file(size: int, work: Path) -> Path:
    """The generated corpus of ``size`` articles, gzip-compressed (made once)."""
    path = work / f"distinct-{size}.jsonl.gz"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(gzip.compress(corpus_file(size, work).read_bytes(), mtime=0))
        tmp.replace(path)
    return path


def _open_text(path: Path) -> Any:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


# ------------------------------------------------------------------ child processes


def child_build(args: argparse.Namespace) -> dict[str, Any]:
    from kg.export import write_outputs
    from kg.pipeline import build_graph

    source = Path(args.input)
    with _open_text(source) as lines:
        words = sum(len(json.loads(line)["text"].split()) for line in lines)
    text_mb = source.stat().st_size / 1e6  # compressed, for a .jsonl.gz
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as out:
        result = build_graph([source], jobs=args.jobs, engine=args.engine, use_cache=False)
        write_outputs(result.graph, Path(out), max_nodes=300)
        json_mb = (Path(out) / "graph.json").stat().st_size / 1e6
    seconds = time.perf_counter() - start
    return {
        "config": f"{args.engine}-{args.jobs}{'-gz' if source.suffix == '.gz' else ''}",
        "documents": result.stats["documents"],
        "words": words,
        "seconds": seconds,
        "cpu_seconds": _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN),
        "actors": result.stats["entities"],
        "links": result.stats["relations"],
        "evidence": result.stats["evidence"],
        "input_mb": text_mb,
        "json_mb": json_mb,
        "rss_parent_mb": _peak_mb(resource.RUSAGE_SELF),
        "rss_worker_mb": _peak_mb(resource.RUSAGE_CHILDREN),
    }


def _long_text(chars: int) -> str:
    """Wikinews paragraphs one after the other until ``chars`` characters: one report."""
    paragraphs = [
        p
        for line in DEFAULT_CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for p in json.loads(line)["text"].split("\n")
        if p.strip()
    ]
    out: list[str] = []
    size = 0
    while size < chars:
        for p in paragraphs:
            out.append(p)
            size += len(p) + 2
            if size >= chars:
                break
    return "\n\n".join(out)


def child_long(args: argparse.Namespace) -> dict[str, Any]:
    import hashlib

    from kg.extract import extract_document
    from kg.model import Document
    from kg.nlp import MAX_CHARS, load_pipeline, split_text
    from kg.parse import extract_documents

    nlp = load_pipeline()
    short = [
        json.loads(line)["text"]
        for line in DEFAULT_CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    cases = {"short": short}
    for size in args.long_sizes:
        cases[f"{size // 1000}KB" if size < 1_000_000 else f"{size // 1_000_000}MB"] = [
            _long_text(size)
        ]
    rows: dict[str, Any] = {}
    for name, texts in cases.items():
        words = sum(len(t.split()) for t in texts)
        # Raw spaCy on exactly what kg parses: long texts in kg's pieces, in one batch.
        pieces = [p for t in texts for p in (split_text(t) if len(t) > MAX_CHARS else [t])]
        start = time.process_time()
        for _ in nlp.pipe(pieces, batch_size=32):
            pass
        raw = time.process_time() - start
        documents = [
            Document(
                id=f"{name}-{i}",
                title="",
                source="",
                date="",
                text=t,
                sha256=hashlib.sha256(t.encode()).hexdigest(),
            )
            for i, t in enumerate(texts)
        ]
        start = time.process_time()
        for _ in extract_documents(documents, extract_document, nlp=nlp):
            pass
        kg = time.process_time() - start
        rows[name] = {"words": words, "raw_cpu": raw, "kg_cpu": kg}
    return rows


def child_reread(args: argparse.Namespace) -> dict[str, Any]:
    """Seconds to read every record of each file again, in order, as workers do."""
    from kg.ingest import Locator, read_again, read_inputs
    from kg.model import Document

    rows: dict[str, Any] = {}
    for name in args.input.split(","):
        locators: dict[str, Locator] = {}
        found = [i for i in read_inputs([Path(name)], locators=locators) if isinstance(i, Document)]
        start = time.perf_counter()
        cpu = time.process_time()
        again = sum(read_again(locators[d.id], d.origin) is not None for d in found)
        rows[name] = {
            "records": len(found),
            "read": again,
            "seconds": time.perf_counter() - start,
            "cpu_seconds": time.process_time() - cpu,
        }
    return rows


# ------------------------------------------------------------------------- parent


def run_child(*extra: str) -> Any:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *extra]
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _build_row(row: dict[str, Any]) -> str:
    return (
        f"{row['config']:<9} {row['documents']:>7} {row['words']:>10} {row['seconds']:>8.1f} "
        f"{row['cpu_seconds']:>8.1f} {row['documents'] / row['seconds']:>7.1f} "
        f"{row['words'] / row['seconds']:>8.0f} {row['actors']:>7} {row['links']:>7} "
        f"{row['rss_parent_mb']:>9.0f} {row['rss_worker_mb']:>9.0f} "
        f"{row.get('input_mb', 0):>8.1f} {row.get('json_mb', 0):>7.1f} "
        f"{row['rss_parent_mb'] / row['json_mb'] if row.get('json_mb') else 0:>6.1f}"
    )


_BUILD_HEADER = (
    f"{'config':<9} {'docs':>7} {'words':>10} {'seconds':>8} {'CPU s':>8} {'docs/s':>7} "
    f"{'words/s':>8} {'actors':>7} {'links':>7} {'parent MB':>9} {'worker MB':>9} "
    f"{'input MB':>8} {'json MB':>7} {'MB/MB':>6}"
)


def _slope(first: dict[str, Any], last: dict[str, Any]) -> str:
    """How the parent's peak grew against graph.json and against the input, first to last."""
    grew = last["rss_parent_mb"] - first["rss_parent_mb"]
    json_grew = last.get("json_mb", 0) - first.get("json_mb", 0)
    input_grew = last.get("input_mb", 0) - first.get("input_mb", 0)
    per_json = f"{grew / json_grew:.1f}" if json_grew > 0.05 else "n/a (graph.json unchanged)"
    per_input = f"{grew / input_grew:.2f}" if input_grew > 0.05 else "n/a"
    return (
        f"parent peak {grew:+.0f} MB from first to last row; per MB of graph.json added: "
        f"{per_json}; per MB of input added: {per_input}"
    )


def build(
    size: int,
    work: Path,
    engine: str,
    jobs: int,
    *,
    reuse: bool = False,
    pad: int = 1,
    gz: bool = False,
) -> dict[str, Any]:
    """Measure one build (or, with ``reuse``, read the row an earlier command saved)."""
    saved = work / (
        f"row-{engine}-{jobs}-{size}{f'-pad{pad}' if pad > 1 else ''}{'-gz' if gz else ''}.json"
    )
    if reuse and saved.exists():
        row: dict[str, Any] = json.loads(saved.read_text(encoding="utf-8"))
        print(f"{_build_row(row)}  (saved row)", flush=True)
        return row
    path = gzip_file(size, work) if gz else corpus_file(size, work, pad)
    row = run_child("build", "--input", str(path), "--engine", engine, "--jobs", str(jobs))
    saved.write_text(json.dumps(row) + "\n", encoding="utf-8")
    print(_build_row(row), flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "what",
        choices=[
            "distinct",
            "text",
            "engines",
            "workers",
            "long",
            "gzip",
            "build",
            "corpus",
            "reread",
        ],
    )
    parser.add_argument(
        "--pads", type=int, nargs="+", default=[1, 4, 16], help="text rows: length factors"
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--size", type=int, default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--engine", default="local")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows here")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="use the rows earlier commands saved in --work for the same engine, jobs and "
        "size instead of measuring them again (same code only: delete them after a change)",
    )
    parser.add_argument(
        "--long-sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="long articles"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        if args.what == "long":
            result = child_long(args)
        elif args.what == "reread":
            result = child_reread(args)
        else:
            result = child_build(args)
        print(json.dumps(result))
        return 0

    args.work.mkdir(parents=True, exist_ok=True)
    print(f"cpus {os.cpu_count()}  load {os.getloadavg()[0]:.2f}  work {args.work}", flush=True)
    rows: list[Any] = []
    if args.what == "corpus":
        for size in sorted(args.sizes, reverse=True):
            print(corpus_file(size, args.work))
        return 0
    if args.what == "long":
        result = run_child("long", "--long-sizes", *map(str, args.long_sizes))
        base = result["short"]["raw_cpu"] / result["short"]["kg_cpu"]
        print(f"{'text':<6} {'words':>8} {'raw CPU s':>10} {'kg CPU s':>9} {'kg rate':>7}")
        for name, r in result.items():
            print(
                f"{name:<6} {r['words']:>8} {r['raw_cpu']:>10.1f} {r['kg_cpu']:>9.1f} "
                f"{r['raw_cpu'] / r['kg_cpu']:>7.2f}"
            )
        for name in [n for n in result if n != "short"]:
            r = result[name]
            ratio = (r["raw_cpu"] / r["kg_cpu"]) / base
            print(
                f"{name} article: kg words/s relative to short articles (both vs raw)  {ratio:.2f}"
            )
        rows.append(result)
    else:
        print(_BUILD_HEADER)
        if args.what == "distinct":
            rows = [build(n, args.work, "local", args.jobs, reuse=args.reuse) for n in args.sizes]
            first, last = rows[0], rows[-1]
            rate = (last["documents"] / last["seconds"]) / (first["documents"] / first["seconds"])
            print(f"docs/s at {last['documents']} / at {first['documents']}: {rate:.2f}")
            print(
                f"parent RSS x{last['rss_parent_mb'] / first['rss_parent_mb']:.2f} for "
                f"x{last['documents'] / first['documents']:.0f} documents "
                f"(x{last['evidence'] / max(1, first['evidence']):.1f} evidence); worker RSS "
                f"x{last['rss_worker_mb'] / first['rss_worker_mb']:.2f}"
            )
            if last["documents"] > first["documents"]:
                per_k = (
                    1000
                    * (last["rss_parent_mb"] - first["rss_parent_mb"])
                    / (last["documents"] - first["documents"])
                )
                print(
                    f"parent RSS slope {per_k:.1f} MB per 1,000 documents; at 50,000: "
                    f"~{last['rss_parent_mb'] + per_k * (50 - last['documents'] / 1000):.0f} MB "
                    "(extrapolated)"
                )
            print(_slope(first, last))
        elif args.what == "text":
            size = args.size or 1000
            rows = [
                build(size, args.work, "local", args.jobs, reuse=args.reuse, pad=pad)
                for pad in args.pads
            ]
            first, last = rows[0], rows[-1]
            same = all((r["actors"], r["links"]) == (first["actors"], first["links"]) for r in rows)
            print(f"same graph in every row: {'yes' if same else 'NO'}")
            print(_slope(first, last))
        elif args.what == "engines":
            size = args.size or 5000
            local = build(size, args.work, "local", args.jobs, reuse=args.reuse)
            dask = build(size, args.work, "dask", args.jobs, reuse=args.reuse)
            rows = [local, dask]
            overhead = dask["seconds"] / local["seconds"]
            print(f"--engine dask time / default engine time  {overhead:.2f}")
        elif args.what == "workers":
            size = args.size or 1000
            one = build(size, args.work, "local", 1, reuse=args.reuse)
            two = build(size, args.work, "local", 2, reuse=args.reuse)
            rows = [one, two]
            print(f"--jobs 2 speed-up over --jobs 1  {one['seconds'] / two['seconds']:.2f}")
        elif args.what == "gzip":
            size = args.size or 2000
            plain_path, gz_path = corpus_file(size, args.work), gzip_file(size, args.work)
            reread = run_child("reread", "--input", f"{plain_path},{gz_path}")
            plain_read, gz_read = reread[str(plain_path)], reread[str(gz_path)]
            print(
                f"reading every record again, in order ({gz_read['read']} of "
                f"{gz_read['records']} records): .jsonl {plain_read['seconds']:.2f} s "
                f"({plain_read['cpu_seconds']:.2f} CPU s), .jsonl.gz {gz_read['seconds']:.2f} s "
                f"({gz_read['cpu_seconds']:.2f} CPU s); .jsonl.gz / .jsonl  "
                f"{gz_read['seconds'] / plain_read['seconds']:.2f} (CPU "
                f"{gz_read['cpu_seconds'] / plain_read['cpu_seconds']:.2f})",
                flush=True,
            )
            plain = build(size, args.work, args.engine, args.jobs, reuse=args.reuse)
            packed = build(size, args.work, args.engine, args.jobs, reuse=args.reuse, gz=True)
            rows = [plain, packed, reread]
            same = (packed["actors"], packed["links"]) == (plain["actors"], plain["links"])
            print(f"same graph: {'yes' if same else 'NO'}")
            print(
                f".jsonl.gz build time / .jsonl build time  "
                f"{packed['seconds'] / plain['seconds']:.2f} (CPU "
                f"{packed['cpu_seconds'] / plain['cpu_seconds']:.2f})"
            )
        else:
            rows = [build(args.size or 1000, args.work, args.engine, args.jobs, reuse=args.reuse)]
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

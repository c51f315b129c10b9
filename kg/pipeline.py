"""The one call that turns inputs into an actor graph: `build_graph`.

    inputs -> ingest -> parse (cached, on an engine) -> resolve -> relations -> graph

Inputs stream through: the parent keeps each document's metadata and extraction, never
all article texts. The CLI and the tests call `build_graph`; writing files is
`kg.export.write_outputs`.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, TextIO

import networkx as nx

from kg import __version__, gazetteer
from kg.aliases import AliasRules, load_aliases
from kg.buildcache import BuildCache, StoredBuild, build_key
from kg.cache import ExtractionCache, default_cache_dir, stored_table
from kg.dates import overlaps, precision_of
from kg.engine import make_engine
from kg.errors import InputError
from kg.graph import build_nx_graph
from kg.ingest import Locator, read_inputs
from kg.model import DocExtraction, Document, Entity, InputProblem, Relation, Removal
from kg.nlp import describe_model, model_key
from kg.parse import Deferred, ExtractorRef, ParseStats, extract_documents
from kg.relations.lexicon import check_lexicons
from kg.resolve.corpus import resolve_corpus
from kg.source_lines import drop_bureau_lines

#: kg's per-document extraction, imported only when a document is parsed (with spaCy).
EXTRACTOR = ExtractorRef("kg.extract", "extract_document")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced.

    Attributes:
        graph: The actor graph (see `kg.graph.build_nx_graph` for its attributes).
        documents: Documents used, sorted by id.
        problems: Every input skipped or altered, and every cache entry redone.
        stats: Counts for the summary: documents, skipped, outside_dates, removed
            (blocks of page furniture), parsed, cached, entities, relations, evidence;
            and reused (1) when the graph came from the build cache (`kg.buildcache`),
            with parsed and cached then 0.
        total: Number of documents that went to the parser or the cache.
        removals: Every block cleaning removed from the inputs, in input order.
    """

    graph: nx.MultiDiGraph
    documents: tuple[Document, ...]
    problems: tuple[InputProblem, ...]
    stats: dict[str, int] = field(default_factory=dict)
    total: int = 0
    removals: tuple[Removal, ...] = ()


def _created() -> str:
    # SOURCE_DATE_EPOCH makes the whole output reproducible byte for byte.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        if epoch and epoch.isdigit()
        else datetime.now(tz=timezone.utc)
    )
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def assemble(
    extractions: Sequence[DocExtraction], rules: AliasRules | None = None
) -> tuple[list[Entity], list[Relation]]:
    """Resolve actors across documents and map every relation onto them.

    Every resolved actor stays, with or without edges: people, organisations, groups,
    countries and the places the articles name (cities, regions, facilities), so
    ``kg entities`` lists them all and a user finds "Paris". The viewer hides actors
    without relations by default. One exception: a capital that stood for its country
    somewhere in the corpus ("Moscow said", listed in the country's ``metonyms``) is
    that country's name there, so it gets a node of its own only when an edge touches
    the city itself.

    Args:
        extractions: Per-document extraction results.
        rules: The user's alias file.
    """
    resolution = resolve_corpus(extractions, rules)
    relations: list[Relation] = []
    for ex in extractions:
        for r in ex.relations:
            src = resolution.key_map.get((ex.doc_id, r.source))
            tgt = resolution.key_map.get((ex.doc_id, r.target))
            if src is None or tgt is None or src == tgt:
                continue
            relations.append(Relation(src, tgt, r.relation, r.evidence))
    relations = drop_bureau_lines(relations)  # an agency is based in none of its bureaus
    relations = drop_structural_to_people(relations, resolution.entities)
    linked = {r.source for r in relations} | {r.target for r in relations}
    stood_for = {m for e in resolution.entities for m in e.metonyms}
    entities = [e for e in resolution.entities if e.id in linked or e.label not in stood_for]
    return entities, relations


#: Relations that put an actor in a place or a body; a person is neither.
STRUCTURAL_TO_BODIES = frozenset({"LOCATED_IN", "PART_OF", "MEMBER_OF", "LEADER_OF"})


def drop_structural_to_people(
    relations: Sequence[Relation], entities: Sequence[Entity]
) -> list[Relation]:
    """``relations`` without those that place an actor in a person or make it part of one.

    A rule reads a sentence's names with the types they have there; resolution may then
    find that a name the rule took for a place or a body is a person's (a time zone and a
    date written before a name, "at 16:00 UTC, May 3, Jane Roe": "UTC" LOCATED_IN "Jane
    Roe"). No edge is better than such an edge.

    Args:
        relations: The corpus's relations, on resolved actor ids.
        entities: The resolved actors.
    """
    people = {e.id for e in entities if e.type == "PERSON"}
    return [r for r in relations if not (r.relation in STRUCTURAL_TO_BODIES and r.target in people)]


def build_graph(
    inputs: Sequence[str | Path],
    *,
    model: str | None = None,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    worker_wait: float | None = None,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    aliases: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    on_problem: Callable[[InputProblem], None] | None = None,
    on_removal: Callable[[Removal], None] | None = None,
    stdin: TextIO | BinaryIO | None = None,
    since: str = "",
    until: str = "",
) -> BuildResult:
    """Build the actor graph of a set of articles.

    Args:
        inputs: Files, folders (recursive) or ``-`` for standard input.
        model: spaCy pipeline name; None for the default small English model.
        jobs: Worker processes for parsing (on this machine, or of a local Dask
            cluster); None uses every core.
        engine: ``local`` (this machine) or ``dask`` (see `kg.engine`).
        scheduler: Address of a running Dask scheduler to run the parse on (implies
            ``engine="dask"``).
        worker_wait: Seconds a Dask engine waits for workers to join, at start or when
            none is left; None for the default (60).
        cache_dir: Cache folder (the parse cache and the build cache); None for the
            user cache folder.
        use_cache: False parses everything again and stores nothing. With it, a build
            whose inputs and options equal an earlier build's reuses that build's
            result without reading, parsing or resolving (`kg.buildcache`; no engine
            is started then, so ``scheduler`` is not contacted).
        aliases: The user's alias file (YAML or CSV).
        on_progress: Called with the number of documents done so far.
        on_total: Called once with the number of documents, when all have been read.
        on_problem: Called with each input problem as soon as it is found, so that
            warnings reach the user even when the build then fails.
        on_removal: Called with each block cleaning removed, as soon as it is known.
        stdin: Stream read for the input ``-``.
        since: Keep only documents dated on or after this ISO prefix ("2019",
            "2019-06", "2019-06-27"); a coarser document date counts when its interval
            meets the range. Undated documents are left out when a bound is given, with
            one warning that counts them.
        until: Keep only documents dated on or before this ISO prefix (to its last day).

    Returns:
        The graph with its documents, the problems met and the counts.

    Raises:
        InputError: an input path does not exist, or nothing usable was found.
        ModelError: the spaCy pipeline is not installed.
        AliasFileError: the alias file is missing or malformed.
        LexiconError: a trigger lexicon of kg has a row it cannot use.
        EngineError: the Dask cluster cannot be started or reached.
        InternalError: kg's own extraction code failed on a document (a bug).
    """
    check_lexicons()  # a bad lexicon row stops the build before any parsing
    rules = load_aliases(aliases) if aliases is not None else AliasRules()
    info = describe_model(model)
    # Warnings and removals in the order they came (the build cache replays them so).
    events: list[InputProblem | Removal] = []
    # Metadata of every document read; texts pass through to the parser and are dropped.
    metadata: dict[str, Document] = {}
    # On Dask, workers read the texts they parse themselves: the client sends where.
    locators: dict[str, Locator] | None = {} if engine == "dask" or scheduler is not None else None

    def report(problem: InputProblem) -> None:
        events.append(problem)
        if on_problem is not None:
            on_problem(problem)

    def removed(removal: Removal) -> None:
        events.append(removal)
        if on_removal is not None:
            on_removal(removal)

    dates = _DateRange(since, until)
    builds = BuildCache(cache_dir or default_cache_dir()) if use_cache else None
    key = _key(inputs, info, since, until, rules) if builds is not None else None
    if builds is not None and key is not None:
        stored = builds.get(key)
        for problem in builds.problems:
            report(problem)
        if stored is not None:
            return _reused(
                stored, info, report, removed, on_total=on_total, on_progress=on_progress
            )

    def documents() -> Iterator[Document | Deferred]:
        for item in read_inputs(inputs, stdin=stdin, locators=locators):
            locator = (
                locators.pop(item.id, None) if locators and isinstance(item, Document) else None
            )
            if isinstance(item, Removal):
                removed(item)
            elif not isinstance(item, Document):
                report(item)
            elif dates.admits(item):
                meta = metadata[item.id] = dataclasses.replace(item, text="")
                yield item if locator is None else Deferred(meta, locator)
        dates.report_undated(report)
        if on_total is not None:
            on_total(len(metadata))

    stream = documents()
    first = next(stream, None)
    if first is None:
        dates.check_any_left()
        raise InputError(
            f"no usable article in {', '.join(str(p) for p in inputs)}",
            "give .txt, .md, .html or .jsonl/.json files with text (see the warnings above)",
        )

    cache = None
    if use_cache:
        cache = ExtractionCache(cache_dir or default_cache_dir(), model_key=model_key(info))
    stats = ParseStats()
    extractions: list[DocExtraction] = []
    with make_engine(
        engine,
        jobs=max(1, jobs or os.cpu_count() or 1),
        scheduler=scheduler,
        worker_wait=worker_wait,
    ) as runner:
        for result in extract_documents(
            itertools.chain([first], stream),
            EXTRACTOR,
            model=model,
            engine=runner,
            cache=cache,
            stats=stats,
            on_progress=on_progress,
        ):
            if isinstance(result, DocExtraction):
                extractions.append(result)
            else:
                report(result)
    if cache is not None:
        for problem in cache.problems:
            report(problem)
    extractions.sort(key=lambda ex: ex.doc_id)
    used_docs = [metadata[ex.doc_id] for ex in extractions]
    if use_cache:
        gazetteer.keep_cities(functools.partial(stored_table, cache_dir or default_cache_dir()))

    entities, relations = assemble(extractions, rules)
    # The per-document extractions are the parent's largest holding; nothing after the
    # resolution reads them, so they go before the graph is built and written.
    extractions.clear()
    total = len(metadata)
    metadata.clear()
    graph = _graph(entities, relations, used_docs, info)
    problems = [e for e in events if isinstance(e, InputProblem)]
    removals = [e for e in events if isinstance(e, Removal)]
    stats_out = {
        "documents": len(used_docs),
        "skipped": sum(1 for p in problems if p.action.startswith("skipped")),
        "outside_dates": dates.left_out,
        "removed": len(removals),
        "parsed": stats.parsed,
        "cached": stats.cached,
        "entities": graph.number_of_nodes(),
        "relations": graph.number_of_edges(),
        "evidence": sum(d.get("weight", 0) for _, _, d in graph.edges(data=True)),
    }
    # A document that could not be parsed may parse next time (it may have lacked memory).
    if builds is not None and cache is not None and key is not None and not stats.failed:
        own = set(cache.problems) | set(builds.problems)  # about the caches, not the inputs
        kept = [e for e in events if e not in own]
        stored = _to_store(entities, relations, used_docs, kept, stats_out, total)
        # Only when no input changed while it was read: else the next build with the old
        # bytes would get a graph of the new ones.
        if _key(inputs, info, since, until, rules) == key:
            builds.put(key, stored)
    return BuildResult(
        graph=graph,
        documents=tuple(used_docs),
        problems=tuple(problems),
        stats=stats_out,
        total=total,
        removals=tuple(removals),
    )


def _graph(
    entities: Sequence[Entity],
    relations: Sequence[Relation],
    documents: Sequence[Document],
    info: dict[str, str],
) -> nx.MultiDiGraph:
    """The graph of a build, made now (`kg.graph.build_nx_graph`)."""
    return build_nx_graph(
        entities,
        relations,
        documents,
        model={"name": info["name"], "version": info["version"]},
        created=_created(),
        kg_version=__version__,
    )


def _key(
    inputs: Sequence[str | Path], info: dict[str, str], since: str, until: str, rules: AliasRules
) -> str | None:
    """The build cache's key of a build (see `kg.buildcache.build_key`)."""
    return build_key(
        inputs,
        model_key=model_key(info),
        options={
            "since": since,
            "until": until,
            "extractor": repr(EXTRACTOR),
            # The rules as read, not the file: one text means other rules as YAML and
            # as CSV, and the file may change after it was read.
            "aliases": rules.fingerprint(),
        },
    )


def _to_store(
    entities: Sequence[Entity],
    relations: Sequence[Relation],
    documents: Sequence[Document],
    events: Sequence[InputProblem | Removal],
    stats: dict[str, int],
    total: int,
) -> StoredBuild:
    """What the build cache keeps of a build."""
    return StoredBuild(
        entities=tuple(entities),
        relations=tuple(relations),
        documents=tuple(documents),
        problems=tuple(e for e in events if isinstance(e, InputProblem)),
        removals=tuple(e for e in events if isinstance(e, Removal)),
        stats=tuple(sorted(stats.items())),
        total=total,
        order="".join("p" if isinstance(e, InputProblem) else "r" for e in events),
    )


def _reused(
    stored: StoredBuild,
    info: dict[str, str],
    report: Callable[[InputProblem], None],
    removed: Callable[[Removal], None],
    *,
    on_total: Callable[[int], None] | None,
    on_progress: Callable[[int], None] | None,
) -> BuildResult:
    """The result of an earlier build with the same key, its warnings and removals
    replayed in their order, on a graph made now."""
    problems, removals = iter(stored.problems), iter(stored.removals)
    for kind in stored.order:
        if kind == "p":
            report(next(problems))
        else:
            removed(next(removals))
    if on_total is not None:
        on_total(stored.total)
    if on_progress is not None:
        on_progress(stored.total)
    graph = _graph(stored.entities, stored.relations, stored.documents, info)
    stats = dict(stored.stats)
    stats.update(parsed=0, cached=0, reused=1)
    return BuildResult(
        graph=graph,
        documents=stored.documents,
        problems=stored.problems,
        stats=stats,
        total=stored.total,
        removals=stored.removals,
    )


def describe_range(since: str, until: str) -> str:
    """Say a ``--since``/``--until`` range in words ("from 2019-06 to 2019-07")."""
    parts = ([f"from {since}"] if since else []) + ([f"to {until}"] if until else [])
    return " ".join(parts)


@dataclass(slots=True)
class _DateRange:
    """``--since``/``--until`` applied to documents as they stream past."""

    since: str
    until: str
    undated: int = 0
    outside: int = 0

    def admits(self, document: Document) -> bool:
        if not (self.since or self.until) or overlaps(document.date, self.since, self.until):
            return True
        if precision_of(document.date):
            self.outside += 1
        else:
            self.undated += 1
        return False

    @property
    def left_out(self) -> int:
        return self.outside + self.undated

    def report_undated(self, report: Callable[[InputProblem], None]) -> None:
        """One warning counting the undated documents left out."""
        if not self.undated:
            return
        noun = "document has" if self.undated == 1 else "documents have"
        report(
            InputProblem(
                f"--since/--until ({describe_range(self.since, self.until)})",
                f"{self.undated} {noun} no date",
                "left out; dates come from JSONL date fields, HTML metadata and datelines",
            )
        )

    def check_any_left(self) -> None:
        """Raise when the range left out every document.

        Raises:
            InputError: when documents were read but none meets the range.
        """
        if self.left_out:
            raise InputError(
                f"no document dated {describe_range(self.since, self.until)} "
                f"({self.outside} dated outside the range, {self.undated} undated)",
                "widen the range, or leave out --since/--until",
            )

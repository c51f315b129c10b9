"""The ``kg`` command line: thin Typer commands over the library.

This is the only module that prints or exits. Library code raises `kg.errors.KgError`;
every command turns it into one ``Error: <what> — <how to fix>`` line on stderr and
exit code 1. Usage errors exit 2 (click's default), Ctrl-C exits 130.

Output meant for people goes to stdout as rich tables when stdout is a terminal and
as tab-separated lines with a header when it is piped, so ``kg entities g.json | sort``
and ``| cut -f2`` work; nothing coming from an article is ever read as rich markup.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import networkx as nx
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg import __version__
from kg.camps import CampLink, CampReport, camp_report
from kg.dates import overlaps, parse_bound
from kg.errors import InputError, InternalError, KgError
from kg.export import check_writable, export_graph, write_outputs
from kg.export.json import graph_from_json, read_json
from kg.graph import edge_rows, entity_rows, find_actors
from kg.model import Removal
from kg.vocab import RELATION_TYPES

__all__ = ["app", "main"]

app = typer.Typer(
    name="kg",
    no_args_is_help=True,
    add_completion=False,
    # Plain click help and errors: they read the same piped or not, and usage errors
    # then look like ours ("Error: ...") instead of a boxed panel.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


class ExportFormat(str, Enum):
    """Formats of ``kg export`` (kept equal to `kg.export.FORMATS` by a test)."""

    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    html = "html"
    json = "json"
    parquet = "parquet"


class Engine(str, Enum):
    """Values of ``kg build --engine`` (kept equal to `kg.engine.ENGINES` by a test)."""

    local = "local"
    dask = "dask"


def _handle_errors(func: F) -> F:
    """Turn library errors, Ctrl-C and closed pipes into one line and an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()
            return result
        except InternalError as exc:
            typer.echo(f"Error: {exc}{_saved_traceback(exc)}", err=True)
            raise typer.Exit(EXIT_INTERNAL) from None
        except KgError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted — previous outputs were left unchanged", err=True)
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly, and point stdout at
            # /dev/null so the interpreter's final flush does not complain either.
            with contextlib.suppress(OSError, ValueError):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


#: Exit code of a bug in kg (sysexits' EX_SOFTWARE), unlike 1 for problems the user can fix.
EXIT_INTERNAL = 70


def _saved_traceback(exc: InternalError) -> str:
    """Keep the traceback of a kg bug in a file for the report; name it, or say nothing."""
    import tempfile

    if not exc.traceback:
        return ""
    try:
        fd, path = tempfile.mkstemp(prefix="kg-traceback-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(exc.traceback)
    except OSError:
        return ""
    return f" (saved in {path})"


def _stdout_is_tty() -> bool:
    return _isatty(sys.stdout)


def _stderr_is_tty() -> bool:
    return _isatty(sys.stderr)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # replaced or closed streams
        return False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the kg version and exit."
        ),
    ] = False,
) -> None:
    """Build an actor knowledge graph (who does what to whom, with evidence) from news.

    Start with: kg build ARTICLES... -o output/   then open output/graph.html.
    """


# --------------------------------------------------------------------------- build


def _date_option(help: str) -> Any:
    return typer.Option(metavar="DATE", callback=_date_bound, help=help, show_default=False)


def _date_bound(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_bound(value).value
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command()
@_handle_errors
def build(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="Articles: .txt/.md/.html files, .jsonl/.json records (also .jsonl.gz), "
            "folders, quoted glob patterns ('archive/**/*.jsonl.gz'), or - for stdin.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Folder for the graph files.")
    ] = Path("output"),
    model: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline to use (default: en_core_web_sm).", show_default=False),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Parser processes on this machine, or workers of --engine dask "
            "(default: every core).",
            show_default=False,
        ),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option(
            case_sensitive=False,
            help="Where to parse: local (this machine) or dask (a local Dask cluster of "
            "--jobs workers).",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            metavar="ADDRESS",
            help="Parse on the running Dask cluster at ADDRESS (tcp://HOST:PORT).",
            show_default=False,
        ),
    ] = None,
    worker_wait: Annotated[
        float,
        typer.Option(
            "--worker-wait",
            metavar="SECONDS",
            min=1,
            help="With Dask: how long to wait for workers to join, at start or when none "
            "is left, before giving up (raise it when workers queue on a batch system).",
        ),
    ] = 60,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", min=1, help="Most actors the viewer draws.")
    ] = 300,
    aliases: Annotated[
        Path | None,
        typer.Option(help="Alias file (YAML or CSV): merge, separate, rename or drop actors."),
    ] = None,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="Where to keep the parse cache.")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Parse everything again; do not use the cache.")
    ] = False,
    parquet: Annotated[
        bool,
        typer.Option(
            "--parquet",
            help="Also write nodes, links, evidence and documents as .parquet tables.",
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only warnings and errors.")
    ] = False,
    since: Annotated[
        str | None,
        _date_option(
            "Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); "
            "undated articles are left out."
        ),
    ] = None,
    until: Annotated[
        str | None, _date_option("Only articles dated on or before DATE (to its last day).")
    ] = None,
    removed: Annotated[
        Path | None,
        typer.Option(
            "--removed",
            metavar="FILE",
            help="Also write every block of page furniture cleaning removed (JSON Lines: "
            "origin, rule, text), to check the cleaning.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Read articles and write the graph viewer and data files to a folder."""
    import kg.pipeline as pipeline  # lazy: spaCy takes seconds to import
    from kg.export.removed import write_removed

    if since and until and not overlaps(since, until=until):
        raise typer.BadParameter(
            f"--since {since} is after --until {until}", param_hint="'--since' / '--until'"
        )
    check_writable(output)
    if removed is not None:
        check_writable(removed.parent, fix="choose a writable path for --removed")
    removals: list[Removal] = []
    show_bar = not quiet and _stderr_is_tty()
    try:
        with _progress(show_bar) as (on_progress, on_total):
            result = pipeline.build_graph(
                inputs,
                model=model,
                jobs=jobs,
                engine=engine.value,
                scheduler=scheduler,
                worker_wait=worker_wait,
                cache_dir=cache_dir,
                use_cache=not no_cache,
                aliases=aliases,
                on_progress=on_progress,
                on_total=on_total,
                on_problem=_warn,
                on_removal=removals.append,
                stdin=getattr(sys.stdin, "buffer", None),
                since=since or "",
                until=until or "",
            )
    except InputError:
        # Nothing usable: the report shows what cleaning took, which may be why.
        if removed is not None:
            write_removed(removals, removed)
        raise
    paths = write_outputs(result.graph, output, max_nodes=max_nodes, parquet=parquet)
    if removed is not None:
        write_removed(removals, removed)
    if not quiet:
        for line in _summary_lines(result.graph, result.stats, output, paths, removed):
            typer.echo(line)


def _warn(problem: object) -> None:
    """Print one input problem as a warning line, as soon as it is found."""
    typer.echo(f"Warning: {problem}", err=True)


_Callbacks = tuple[Callable[[int], None], Callable[[int], None]]


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[_Callbacks]:
    """Yield ``(on_progress, on_total)`` for the pipeline, drawing a bar when enabled."""
    if not enabled:
        yield _ignore, _ignore
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(
        SpinnerColumn(),
        TextColumn("Reading articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        # Unknown total until the inputs have been read: the bar pulses until then.
        task = bar.add_task("build", total=None)

        def on_progress(done: int) -> None:
            bar.update(task, completed=done)

        def on_total(total: int) -> None:
            bar.update(task, total=total)

        yield on_progress, on_total


def _ignore(count: int) -> None:
    del count


def _summary_lines(
    G: nx.MultiDiGraph,
    stats: dict[str, Any],
    output: Path,
    paths: Sequence[Path],
    removed_file: Path | None = None,
) -> list[str]:
    documents = int(stats.get("documents", len(G.graph.get("documents", []))))
    skipped = int(stats.get("skipped", 0))
    outside = int(stats.get("outside_dates", 0))
    left_out = f", {outside} outside the dates" if outside else ""
    removed = int(stats.get("removed", 0))
    parsed = int(stats.get("parsed", documents))
    cached = int(stats.get("cached", 0))
    evidence = sum(int(w) for _, _, w in G.edges(data="weight", default=0))
    html = next((p for p in paths if p.name == "graph.html"), output / "graph.html")
    cleaning = []
    if removed_file is not None:
        cleaning = [f"Listed the {_plural(removed, 'removed block')} in {removed_file}."]
    elif removed:
        cleaning = [
            f"Removed {_plural(removed, 'block')} of page furniture; list them with --removed FILE."
        ]
    if stats.get("reused"):
        source = "same inputs as an earlier build, its graph reused (--no-cache rebuilds)."
    else:
        source = f"parsed {parsed}, {cached} from the cache."
    return [
        f"Read {_plural(documents, 'document')} ({skipped} skipped{left_out}); {source}",
        *cleaning,
        f"Found {_plural(G.number_of_nodes(), 'actor')} and "
        f"{_plural(G.number_of_edges(), 'relation')} backed by "
        f"{_plural(evidence, 'evidence sentence')}.",
        f"Wrote {len(paths)} files to {output}{os.sep}: {', '.join(p.name for p in paths)}",
        f"Open {html} in a browser to explore the graph.",
    ]


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# ----------------------------------------------------------------- read commands

GraphArg = Annotated[
    Path,
    typer.Argument(
        metavar="GRAPH_JSON",
        help="A graph.json written by kg build (or its output folder).",
        show_default=False,
    ),
]


def _load(path: Path) -> nx.MultiDiGraph:
    return graph_from_json(read_json(path))


def _stdout() -> Console:
    # soft_wrap: long evidence sentences stay one line when piped instead of being cut
    # at 80 columns; highlight off so numbers and quotes in articles are not recoloured.
    return Console(file=sys.stdout, highlight=False, soft_wrap=True)


def _join(values: Any, sep: str = ", ") -> str:
    if not values:
        return ""
    if isinstance(values, str):
        return values
    return sep.join(str(v) for v in values)


def _cell(value: Any) -> str:
    """Make ``value`` safe for one TSV field."""
    return " ".join(str(value).split())


def _emit_tsv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    typer.echo("\t".join(header))
    for row in rows:
        typer.echo("\t".join(_cell(v) for v in row))


def _emit_table(header: Sequence[str], rows: Sequence[Sequence[Any]], numeric: set[int]) -> None:
    table = Table(show_edge=False, header_style="bold")
    for i, name in enumerate(header):
        table.add_column(name, justify="right" if i in numeric else "left")
    for row in rows:
        # Text, not str: an article string like "[bold]" must stay literal.
        table.add_row(*(Text(str(v)) for v in row))
    _stdout().print(table)


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("label", node))


@app.command()
@_handle_errors
def entities(
    graph_json: GraphArg,
    type_: Annotated[
        str | None,
        typer.Option("--type", "-t", help="Only actors of this type (PERSON, GPE, ORG, ...)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, help="Show at most N actors.")
    ] = None,
) -> None:
    """List the actors in a graph, most mentioned first."""
    G = _load(graph_json)
    rows = entity_rows(G, type=type_)
    if not rows:
        types = sorted({str(d.get("type", "")) for _, d in G.nodes(data=True)})
        what = f"of type '{type_}' " if type_ else ""
        hint = f" (types here: {', '.join(types)})" if type_ and types else ""
        typer.echo(f"No actors {what}in {graph_json}{hint}.", err=True)
        return
    if limit is not None:
        rows = rows[:limit]
    if _stdout_is_tty():
        _emit_table(
            ("Name", "Type", "Mentions", "Docs", "Country", "Roles", "Aliases"),
            [
                (
                    d.get("label", n),
                    d.get("type", ""),
                    d.get("mentions", 0),
                    len(d.get("documents") or ()),
                    d.get("country", ""),
                    _join(d.get("roles")),
                    _join(d.get("aliases")),
                )
                for n, d in rows
            ],
            numeric={2, 3},
        )
    else:
        _emit_tsv(
            ("id", "name", "type", "mentions", "documents", "country", "roles", "aliases"),
            [
                (
                    n,
                    d.get("label", n),
                    d.get("type", ""),
                    d.get("mentions", 0),
                    len(d.get("documents") or ()),
                    d.get("country", ""),
                    _join(d.get("roles"), "; "),
                    _join(d.get("aliases"), "; "),
                )
                for n, d in rows
            ],
        )


def _relation_types(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    chosen = []
    for value in values:
        name = value.strip().upper()
        if name not in RELATION_TYPES:
            raise typer.BadParameter(
                f"unknown relation type '{value}'; valid types: {', '.join(RELATION_TYPES)}"
            )
        chosen.append(name)
    return chosen


def _resolve_actors(G: nx.MultiDiGraph, name: str, path: Path) -> list[str]:
    found = find_actors(G, name)
    if not found:
        raise KgError(
            f"no actor named '{name}' in {path}", f"run 'kg entities {path}' to list actors"
        )
    return found


@app.command()
@_handle_errors
def relations(
    graph_json: GraphArg,
    entity: Annotated[
        str | None,
        typer.Option(
            "--entity", "-e", help="Only relations of this actor (name, alias or id; any case)."
        ),
    ] = None,
    relation: Annotated[
        list[str] | None,
        typer.Option(
            "--relation",
            "-r",
            callback=_relation_types,
            help="Only this relation type (repeatable): " + ", ".join(RELATION_TYPES) + ".",
        ),
    ] = None,
    evidence: Annotated[
        bool, typer.Option("--evidence/--no-evidence", help="Show the evidence sentences.")
    ] = True,
) -> None:
    """List relations, heaviest first, with the sentences that support them."""
    G = _load(graph_json)
    nodes = _resolve_actors(G, entity, graph_json) if entity else None
    rows = edge_rows(G, nodes=nodes, relations=relation)
    if not rows:
        typer.echo(f"No relations match in {graph_json}.", err=True)
        return
    if evidence:
        console = _stdout()
        for u, v, d in rows:
            _print_edge(console, G, u, v, d, indent="")
            console.print()
        return
    if _stdout_is_tty():
        _emit_table(
            ("Source", "Relation", "Target", "Weight", "Modality", "Predicates"),
            [
                (
                    _label(G, u),
                    d.get("relation", ""),
                    _label(G, v),
                    d.get("weight", 0),
                    d.get("modality", ""),
                    _join(d.get("predicates")),
                )
                for u, v, d in rows
            ],
            numeric={3},
        )
        return
    _emit_tsv(
        _RELATION_TSV_HEADER,
        [
            (
                u,
                _label(G, u),
                d.get("relation", ""),
                v,
                _label(G, v),
                d.get("weight", 0),
                d.get("modality", ""),
                _join(d.get("predicates"), "; "),
                d.get("first_seen") or "",
                d.get("last_seen") or "",
            )
            for u, v, d in rows
        ],
    )


_RELATION_TSV_HEADER = (
    "source_id",
    "source",
    "relation",
    "target_id",
    "target",
    "weight",
    "modality",
    "predicates",
    "first_seen",
    "last_seen",
)


def _print_edge(
    console: Console, G: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any], *, indent: str
) -> None:
    line = Text(indent)
    line.append(_label(G, u), style="bold")
    line.append(f" —{d.get('relation', '')}→ ", style=_quad_style(str(d.get("quad", ""))))
    line.append(_label(G, v), style="bold")
    details = [f"weight {d.get('weight', 0)}", str(d.get("modality", ""))]
    if d.get("predicates"):
        details.append(_join(d.get("predicates")))
    if seen := _seen(d.get("first_seen"), d.get("last_seen")):
        details.append(f"seen {seen}")
    line.append("  (" + "; ".join(details) + ")", style="dim")
    console.print(line)
    for ev in d.get("evidence") or ():
        if not isinstance(ev, dict):
            continue
        row = Text(indent + "  ")
        date = f" {ev['date']}" if ev.get("date") else ""
        row.append(f"[{ev.get('doc', '')}{date}] ", style="cyan")
        row.append(" ".join(str(ev.get("sentence", "")).split()))
        modality = ev.get("modality", "asserted")
        if modality and modality != "asserted":
            row.append(f" ({modality})", style="yellow")
        console.print(row)


def _seen(first: Any, last: Any) -> str:
    if not first:
        return ""
    return str(first) if first == last else f"{first} to {last}"


def _quad_style(quad: str) -> str:
    if quad.endswith("coop"):
        return "green"
    if quad.endswith("conflict"):
        return "red"
    return "dim"


@app.command()
@_handle_errors
def show(
    graph_json: GraphArg,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="ENTITY",
            help="Actor name, alias or id (any case, accents optional; quotes optional).",
            show_default=False,
        ),
    ],
) -> None:
    """Show one actor: names merged into it, roles, documents and every relation."""
    entity = " ".join(words)
    G = _load(graph_json)
    found = _resolve_actors(G, entity, graph_json)
    if len(found) > 1:
        options = ", ".join(f"{_label(G, n)} ({G.nodes[n].get('type', '')}, id {n})" for n in found)
        raise KgError(
            f"'{entity}' matches {len(found)} actors: {options}",
            f"use the id, e.g. kg show {graph_json} {found[0]}",
        )
    node = found[0]
    d = G.nodes[node]
    console = _stdout()
    console.print(Text(_label(G, node), style="bold"))
    documents = list(d.get("documents") or ())
    fields = [
        ("id", node),
        ("type", d.get("type", "")),
        ("country", d.get("country", "")),
        ("sector", d.get("sector", "")),
        ("roles", _join(d.get("roles"))),
        ("merged surface forms", _join(d.get("aliases"))),
        ("metonyms", _join(d.get("metonyms"))),
        ("mentions", f"{d.get('mentions', 0)} in {_plural(len(documents), 'document')}"),
        ("documents", _join(documents)),
        ("seen", _seen(d.get("first_seen"), d.get("last_seen"))),
        ("camp", d.get("camp")),
    ]
    width = max(len(k) for k, _ in fields)
    for key, value in fields:
        line = Text(f"  {key:<{width}}  ", style="dim")
        line.append(str(value) if value not in ("", None) else "-")
        console.print(line)
    _print_merge_audit(console, _label(G, node), d.get("merged"))
    outgoing = [(u, v, e) for u, v, e in edge_rows(G, nodes={node}) if u == node]
    incoming = [(u, v, e) for u, v, e in edge_rows(G, nodes={node}) if v == node]
    for title, group in (("Outgoing relations", outgoing), ("Incoming relations", incoming)):
        console.print()
        console.print(Text(f"{title} ({len(group)})", style="bold"))
        for u, v, e in group:
            _print_edge(console, G, u, v, e, indent="  ")


def _print_merge_audit(console: Console, label: str, merged: Any) -> None:
    """Print each surface form with the rules that joined it (graph.json ``merged``)."""
    if not isinstance(merged, dict) or not merged:
        return  # a graph from a kg without the audit
    console.print()
    console.print(Text("How each name joined", style="bold"))
    width = max(len(str(form)) for form in merged)
    for form, rules in merged.items():
        line = Text(f"  {form!s:<{width}}  ")
        line.append(_join(rules), style="dim")
        console.print(line)
    console.print(
        Text(
            f"  Undo a merge across articles with 'separate: [[NAME, {label}]]' in an alias"
            " file (kg build ... --aliases FILE).",
            style="dim",
        )
    )
    if any("same document" in rules for rules in merged.values()):
        console.print(
            Text(
                "  'same document' forms were joined inside one article (a surname after the"
                " full name); the alias file cannot split them.",
                style="dim",
            )
        )


@app.command()
@_handle_errors
def camps(
    graph_json: GraphArg,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the camps and their relations as JSON.")
    ] = False,
) -> None:
    """List the camps (sides) of a graph: members, what holds each together, what divides them.

    Cooperative relations count positive and conflictual ones negative (PLOVER scores);
    each group of connected actors is split into at most two camps (see the README).
    Piped output is one line per actor: camp, id, name, type and the camps it opposes.
    """
    G = _load(graph_json)
    report = camp_report(G)
    if as_json:
        typer.echo(json.dumps(_camps_json(G, report), indent=2, ensure_ascii=False))
        return
    if not report.camps:
        typer.echo(
            f"No camps in {graph_json}: no cooperative or conflictual relation between actors.",
            err=True,
        )
        return
    if not _stdout_is_tty():
        _emit_tsv(
            ("camp", "id", "name", "type", "opposes"),
            [
                (camp.id, n, _label(G, n), G.nodes[n].get("type", ""), _join(camp.opposed, "; "))
                for camp in report.camps
                for n in _by_label(G, camp.members)
            ],
        )
        return
    console = _stdout()
    for camp in report.camps:
        names = ", ".join(_label(G, n) for n in _by_label(G, camp.members))
        head = Text(f"Camp {camp.id}", style="bold")
        head.append(f" — {_plural(len(camp.members), 'actor')}: ")
        head.append(names)
        if camp.opposed:
            head.append(f"  (against camp {', '.join(str(c) for c in camp.opposed)})", style="dim")
        console.print(head)
        if camp.within:
            _camp_links_table(G, camp.within, show_camps=False)
        console.print()
    if report.between:
        console.print(Text("Between camps", style="bold"))
        _camp_links_table(G, report.between, show_camps=True)
        console.print()
    links = [x for camp in report.camps for x in camp.within] + list(report.between)
    against = [x for x in links if not x.fits]
    total = sum(abs(x.tie) for x in links)
    share = sum(abs(x.tie) for x in against) / total if total else 0.0
    console.print(
        Text(
            f"Relations against the split: {len(against)} of {len(links)} "
            f"({share:.0%} of their signed weight).",
            style="dim",
        )
    )


def _by_label(G: nx.MultiDiGraph, nodes: Sequence[str]) -> list[str]:
    return sorted(nodes, key=lambda n: (_label(G, n).casefold(), n))


def _camp_links_table(G: nx.MultiDiGraph, links: Sequence[CampLink], *, show_camps: bool) -> None:
    def name(node: str, camp: int) -> str:
        return f"{_label(G, node)} ({camp})" if show_camps else _label(G, node)

    _emit_table(
        ("Source", "Relation", "Target", "Weight", "Signed", "Fits"),
        [
            (
                name(x.source, x.source_camp),
                x.relation,
                name(x.target, x.target_camp),
                x.weight,
                f"{x.tie:+g}",
                "yes" if x.fits else "no",
            )
            for x in links
        ],
        numeric={3, 4},
    )


def _camps_json(G: nx.MultiDiGraph, report: CampReport) -> dict[str, Any]:
    def link(x: CampLink) -> dict[str, Any]:
        return {
            "source": x.source,
            "source_label": _label(G, x.source),
            "source_camp": x.source_camp,
            "relation": x.relation,
            "target": x.target,
            "target_label": _label(G, x.target),
            "target_camp": x.target_camp,
            "weight": x.weight,
            "signed": x.tie,
            "fits": x.fits,
        }

    return {
        "camps": [
            {
                "camp": camp.id,
                "members": [
                    {"id": n, "label": _label(G, n), "type": G.nodes[n].get("type", "")}
                    for n in _by_label(G, camp.members)
                ],
                "opposes": list(camp.opposed),
                "within": [link(x) for x in camp.within],
            }
            for camp in report.camps
        ],
        "between": [link(x) for x in report.between],
        "frustration": report.frustration,
        "signed_total": report.total,
    }


@app.command()
@_handle_errors
def export(
    graph_json: GraphArg,
    format_: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="Output format.", show_default=False
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="File to write (a folder for csv and parquet).",
            show_default=False,
        ),
    ],
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", min=1, help="Most actors the viewer draws (html).")
    ] = 300,
) -> None:
    """Convert a graph.json to GraphML, GEXF, CSV (nodes.csv + edges.csv), HTML, JSON or
    Parquet (nodes, links, evidence and documents tables)."""
    G = _load(graph_json)
    paths = export_graph(G, str(format_.value), output, max_nodes=max_nodes)
    for path in paths:
        typer.echo(f"Wrote {path}")

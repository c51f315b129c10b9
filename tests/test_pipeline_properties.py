"""Property tests of the whole pipeline: arbitrary input never crashes a build, and every
input is accounted for as used or skipped with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import MODALITIES
from kg.pipeline import build_graph
from kg.vocab import RELATION_TYPES

# Words that make the model find actors and triggers, mixed with arbitrary text.
NEWSY = st.sampled_from(
    [
        "France",
        "criticised",
        "Germany",
        "President",
        "Emmanuel Macron",
        "met",
        "Olaf Scholz",
        "sent troops to",
        "Mali",
        "the United Nations",
        "said",
        ".",
        ",",
        "\n\n",
    ]
)
TEXT = st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=40).map(" ".join)


def _check_graph(result_graph: object) -> None:
    import networkx as nx

    assert isinstance(result_graph, nx.MultiDiGraph)
    for u, v, data in result_graph.edges(data=True):
        assert u in result_graph and v in result_graph and u != v
        assert data["relation"] in RELATION_TYPES
        assert data["modality"] in MODALITIES
        assert data["weight"] == len(data["evidence"]) >= 1


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(TEXT, min_size=1, max_size=4))
def test_any_text_builds_or_says_why(tmp_path: Path, texts: list[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for i, text in enumerate(texts):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        result = build_graph([folder], jobs=1, use_cache=False)
    except InputError as exc:
        assert "no usable article" in str(exc)
        return
    used = {d.origin for d in result.documents}
    skipped = {p.origin for p in result.problems}
    for i in range(len(texts)):
        origin = str(folder / f"a{i}.txt")
        assert origin in used or origin in skipped, origin
    _check_graph(result.graph)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    records=st.lists(
        st.one_of(
            st.fixed_dictionaries({"text": TEXT}),
            st.fixed_dictionaries({"id": st.text(max_size=5), "text": TEXT}),
            st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
        ),
        min_size=1,
        max_size=5,
    ),
    junk=st.lists(st.text(max_size=20), max_size=2),
)
def test_random_jsonl_builds_and_accounts_for_every_line(
    tmp_path: Path, records: list[dict[str, object]], junk: list[str]
) -> None:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in records] + [j.replace("\n", " ") for j in junk]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        result = build_graph([path], jobs=1, use_cache=False)
    except InputError as exc:
        assert "no usable article" in str(exc)
        return
    origins = {d.origin for d in result.documents} | {p.origin for p in result.problems}
    for number, line in enumerate(lines, 1):
        if line.strip():
            assert f"{path}:{number}" in origins or str(path) in origins, (number, line)
    _check_graph(result.graph)


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="input not found"):
        build_graph([tmp_path / "nope.txt"], jobs=1, use_cache=False)

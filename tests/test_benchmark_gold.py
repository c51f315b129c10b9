"""The hand gold of every shipped development corpus passes its own checker
(``benchmarks/corpora/check_gold.py``), and the checker fails a gold that is wrong."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parent.parent / "benchmarks" / "corpora"
CHECKER = CORPORA / "check_gold.py"


def check(gold: Path, corpus: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), str(gold), str(corpus), *extra],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("corpus", "words"),
    [
        # the article lengths each corpus was written to
        ("liberia-2029", "150-600"),
        ("peru-2031", "250-600"),
        ("central-2032", "250-600"),
        ("indian-ocean-2033", "250-600"),
        ("great-lakes-2034", "250-600"),
        ("east-asia-2035", "250-900"),
        ("eurasia-2036", "250-600"),
        ("middle-east-2037", "180-420"),
        ("southeast-asia-2038", "180-420"),
        ("western-europe-2039", "250-600"),
        ("north-america-2040", "250-600"),
        ("south-asia-2041", "250-600"),
        ("southern-africa-2042", "250-600"),
        ("latin-america-2043", "250-600"),
        ("business-sport-2044", "250-600"),
        ("west-africa-2045", "250-600"),
        ("central-europe-2046", "250-600"),
        ("science-culture-2047", "250-600"),
        ("horn-of-africa-2048", "250-600"),
        ("maghreb-2049", "250-600"),
        ("us-statehouse-2050", "250-600"),
        ("lusophone-2051", "250-600"),
        ("nordic-baltic-2052", "250-600"),
        ("pacific-2053", "250-600"),
        ("uk-ireland-2054", "250-600"),
        ("turkey-caucasus-2055", "250-600"),
        ("caribbean-2056", "250-600"),
        ("iran-afghanistan-2057", "250-600"),
        ("central-africa-2058", "250-600"),
        ("courts-finance-2059", "250-600"),
        ("korea-japan-2060", "250-600"),
        ("india-regional-2061", "250-600"),
        ("balkans-2062", "250-600"),
        ("gulf-states-2063", "250-600"),
        ("sport-entertainment-2064", "250-600"),
        ("dach-2065", "250-600"),
        ("china-hk-taiwan-2066", "250-600"),
        ("andes-mexico-2067", "250-600"),
        ("east-africa-2068", "250-600"),
        ("southern-europe-2069", "250-600"),
        ("russia-central-asia-2070", "250-600"),
        ("south-asia-2071", "250-600"),
        ("france-belgium-2072", "250-600"),
        ("israel-levant-2073", "250-600"),
        ("canada-us-2074", "250-600"),
    ],
)
def test_shipped_gold_passes_its_checks(corpus: str, words: str) -> None:
    done = check(CORPORA / f"{corpus}.gold.json", CORPORA / corpus, "--words", words)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1] == "OK"


def _write_corpus(root: Path, gold: dict) -> tuple[Path, Path]:
    corpus = root / "c"
    corpus.mkdir()
    body = " ".join(["Jane Roe met the Marlo Council in Kessel."] * 40)
    (corpus / "a.txt").write_text("Roe meets council\n\n" + body + "\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Council meets Roe\n\n" + body + "\n", encoding="utf-8")
    (corpus / "c.jsonl").write_text(
        json.dumps({"id": "w1", "title": "Brief", "text": "Omar Dabiri visited Kessel."}) + "\n",
        encoding="utf-8",
    )
    path = root / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path, corpus


def _gold(*entities: dict) -> dict:
    return {"entities": list(entities), "relations": [], "must_not_merge": []}


def _entity(name: str, *aliases: str, required: bool = True, type: str = "PERSON") -> dict:
    return {"name": name, "type": type, "required": required, "aliases": list(aliases)}


@pytest.mark.parametrize(
    ("entities", "error"),
    [
        pytest.param(
            [_entity("Jane Roe", "Ms. Roe")],
            "Jane Roe: 'Ms. Roe' does not occur in the corpus",
            id="an alias the texts never write",
        ),
        pytest.param(
            [_entity("Jane Roe", "Roe"), _entity("Marlo Council", "ROE", type="ORG")],
            "normalised alias 'roe' belongs to 'Jane Roe' and 'Marlo Council'",
            id="one alias of two entities",
        ),
        pytest.param(
            [_entity("Omar Dabiri")],
            "required entity 'Omar Dabiri' is named in 1 article(s)",
            id="a required entity named in one article",
        ),
        pytest.param(
            [_entity("Kessel", type="CITY", required=False)],
            "Kessel: bad type CITY",
            id="a type the scorer does not know",
        ),
    ],
)
def test_checker_reports_a_wrong_gold(tmp_path: Path, entities: list[dict], error: str) -> None:
    gold, corpus = _write_corpus(tmp_path, _gold(*entities))
    done = check(gold, corpus)
    assert done.returncode == 1
    assert f"ERROR: {error}" in done.stdout.splitlines()


def test_checker_reads_jsonl_briefs(tmp_path: Path) -> None:
    """A name written only in a .jsonl brief occurs in the corpus."""
    gold, corpus = _write_corpus(
        tmp_path, _gold(_entity("Jane Roe"), _entity("Omar Dabiri", required=False))
    )
    done = check(gold, corpus)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[0].startswith("3 articles,")

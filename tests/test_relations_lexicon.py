"""The trigger lexicons are checked when loaded: a bad row is an error naming file and line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import LexiconError
from kg.relations import lexicon
from kg.relations.lexicon import (
    Trigger,
    TriggerKind,
    check_lexicons,
    parse_triggers,
    parse_word_list,
)
from kg.vocab import RELATION_TYPES

HEADER = "# Verb triggers. Columns: lemma<TAB>target<TAB>relation<TAB>options\n"


def test_the_bundled_lexicons_load() -> None:
    check_lexicons()
    verbs, nouns = lexicon.verb_triggers(), lexicon.noun_triggers()
    assert verbs and nouns
    assert {"plant", "subsidiary"} <= lexicon.company_things()
    for table in (verbs, nouns):
        for lemma, triggers in table.items():
            assert all(t.lemma == lemma and t.relation in RELATION_TYPES for t in triggers)


def test_rows_become_triggers_with_their_options() -> None:
    text = HEADER + "meet\tobj|with\tCONSULT\n\ncut\twith\tSANCTION\tneeds=obj:tie, rev\n"
    table = parse_triggers(text, "verbs.tsv", "verb")
    assert table == {
        "meet": (Trigger("meet", ("obj", "with"), "CONSULT", line=2),),
        "cut": (
            Trigger("cut", ("with",), "SANCTION", reverse=True, needs=("obj", ("tie",)), line=4),
        ),
    }
    (either,) = parse_triggers("cut\twith\tSANCTION\tneeds=obj:tie|link\n", "v", "verb")["cut"]
    assert either.needs == ("obj", ("tie", "link"))
    back = parse_triggers("back\tobj\tRETREAT\tprt=down,person,force\n", "verbs.tsv", "verb")
    (trigger,) = back["back"]
    assert (trigger.particle, trigger.person_target, trigger.force) == ("down", True, True)


@pytest.mark.parametrize(
    ("kind", "row", "message"),
    [
        ("verb", "back\tobj\tSUPPORTS", "verbs.tsv:2: unknown relation 'SUPPORTS'"),
        ("verb", "back\tobj\tsupport", "verbs.tsv:2: unknown relation 'support'"),
        ("verb", "back\tobj\tSUPPORT\trevv", "verbs.tsv:2: unknown option 'revv' for a verb"),
        ("verb", "back\tobj\tSUPPORT\tprt=", "verbs.tsv:2: unknown option 'prt='"),
        ("verb", "cut\tobj\tSANCTION\tneeds=ties", "verbs.tsv:2: option 'needs=ties' is not"),
        ("verb", "cut\tobj\tSANCTION\tneeds=obj:tie|", "verbs.tsv:2: option 'needs=obj:tie|' is"),
        (
            "verb",
            "cut\tobj\tSANCTION\tneeds=obj:tie|tie",
            "verbs.tsv:2: option 'needs=obj:tie|tie' names a lemma twice",
        ),
        ("verb", "back\tobj", "verbs.tsv:2: expected 3 or 4 tab-separated columns, found 2"),
        ("verb", "back obj SUPPORT", "verbs.tsv:2: expected 3 or 4 tab-separated columns"),
        ("verb", "back\tobj\tSUPPORT\trev\textra", "found 5"),
        ("verb", "Back\tobj\tSUPPORT", "verbs.tsv:2: lemma 'Back' is not one lower-case word"),
        ("verb", "stand by\tobj\tSUPPORT", "lemma 'stand by' is not one lower-case word"),
        ("verb", "ally\tmod\tSUPPORT", "verbs.tsv:2: target 'mod' is not a slot of a verb"),
        ("verb", "ally\twith|\tSUPPORT", "verbs.tsv:2: target '' is not 'obj' or a preposition"),
        ("noun", "ally\tobj\tSUPPORT", "nouns.tsv:2: target 'obj' is not a slot of a noun"),
        ("noun", "ire\tmod\tOPPOSE\tperson", "nouns.tsv:2: unknown option 'person' for a noun"),
    ],
)
def test_bad_rows_name_the_file_and_line(kind: TriggerKind, row: str, message: str) -> None:
    source = f"{kind}s.tsv"
    with pytest.raises(LexiconError) as info:
        parse_triggers(HEADER + row + "\n", source, kind)
    assert message in str(info.value)
    assert info.value.fix  # and says how to fix it


def test_word_lists_have_one_column() -> None:
    assert parse_word_list("# words\nministry\nCentral Bank\n", "g.tsv") == (
        "ministry",
        "central bank",
    )
    with pytest.raises(LexiconError, match=r"g\.tsv:3: expected one word or phrase"):
        parse_word_list("# words\nministry\nbank\tcentral\n", "g.tsv")


@pytest.fixture
def broken_verbs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real = lexicon.read_text

    def read_text(name: str) -> str:
        return HEADER + "back\tobj\tSUPPORTS\n" if name == "verbs.tsv" else real(name)

    monkeypatch.setattr(lexicon, "read_text", read_text)
    lexicon.verb_triggers.cache_clear()
    yield
    lexicon.verb_triggers.cache_clear()


@pytest.mark.usefixtures("broken_verbs")
def test_a_bad_row_stops_the_build_with_one_error_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Kenya backs Ghana.\n", "utf-8")
    result = CliRunner().invoke(app, ["build", str(article), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: ") and line.endswith("(see kg/vocab.py)")
    assert "verbs.tsv:2: unknown relation 'SUPPORTS' — use one of AGREE, CONSULT" in line
    assert not (tmp_path / "out").exists()

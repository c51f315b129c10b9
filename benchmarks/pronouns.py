"""Measure kg's pronoun resolution: accuracy on a labelled set, and its effect on edges.

    .venv/bin/python benchmarks/pronouns.py [--gold ../shared/eval/gold/venezuela-2019-06.json]

Part 1 resolves each pronoun in a hand-labelled set of short news passages (written for
this benchmark, covering he/she/his/her/it/its/they/their, reported speech, and
distractors) and prints coverage (pronouns resolved), precision (resolved correctly) and
accuracy (correct over all). Part 2 builds the example corpus with and without pronoun
resolution and prints the edge counts and, when the gold graph is there, the scorer line
of each, so the feature's worth is measured rather than assumed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.export import write_outputs  # noqa: E402
from kg.mentions import find_mentions  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.pipeline import build_graph  # noqa: E402
from kg.resolve import document as within  # noqa: E402

# (passage, pronoun occurrence "word#n" (n-th occurrence, from 1), expected actor or "")
CASES: list[tuple[str, str, str]] = [
    ("Angela Merkel met Emmanuel Macron. She praised France.", "She#1", "Angela Merkel"),
    ("Joe Biden called Justin Trudeau on Monday. He thanked Canada.", "He#1", "Joe Biden"),
    ("Germany said it would send tanks to Ukraine.", "it#1", "Germany"),
    ("Japan said that it had protested to China.", "it#1", "Japan"),
    ("Iran warned Israel that it would respond.", "it#1", "Iran"),
    ("Brazil and Argentina signed a deal. Their leaders met in Brasilia.", "Their#1", "Brazil"),
    ("Narendra Modi visited Nepal, where he met officials.", "he#1", "Narendra Modi"),
    ("The European Union fined Google. It said the company broke rules.", "It#1", "European Union"),
    ("Kenya recalled its ambassador from Uganda.", "its#1", "Kenya"),
    (
        "Recep Tayyip Erdogan criticised Sweden, saying he would block its bid.",
        "he#1",
        "Recep Tayyip Erdogan",
    ),
    ("Recep Tayyip Erdogan criticised Sweden, saying he would block its bid.", "its#1", "Sweden"),
    ("Jacinda Ardern thanked Australia. Her government sent aid.", "Her#1", "Jacinda Ardern"),
    ("Vietnam protested after China moved its oil rig.", "its#1", "China"),
    ("Emmanuel Macron said he was ready to meet Tomas Brenner.", "he#1", "Emmanuel Macron"),
    ("Saudi Arabia and Qatar restored ties. They reopened embassies.", "They#1", "Saudi Arabia"),
    ("NATO said it would boost forces in Estonia.", "it#1", "NATO"),
    ("Xi Jinping hosted Lula in Beijing. He praised Brazil.", "He#1", "Xi Jinping"),
    ("Pakistan accused India of violating its airspace.", "its#1", "Pakistan"),
    ("The United Nations said it was alarmed by the fighting in Sudan.", "it#1", "United Nations"),
    ("Boris Johnson met Leo Varadkar. He said talks were positive.", "He#1", "Boris Johnson"),
    ("Turkey shot down a Russian jet, and Moscow said it would retaliate.", "it#1", "Moscow"),
    (
        "Olaf Scholz spoke to Joe Biden. His spokesman said the call went well.",
        "His#1",
        "Olaf Scholz",
    ),
    ("Egypt closed its border with Gaza.", "its#1", "Egypt"),
    ("Poland said it would buy tanks from South Korea.", "it#1", "Poland"),
    ("Kim Jong Un met Moon Jae-in. He promised to close a test site.", "He#1", "Kim Jong Un"),
]


def _find(doc: object, spec: str) -> int:
    word, _, nth = spec.partition("#")
    seen = 0
    for tok in doc:  # type: ignore[attr-defined]
        if tok.text == word:
            seen += 1
            if seen == int(nth or 1):
                return int(tok.i)
    raise ValueError(f"{spec} not in passage")


def measure_accuracy() -> tuple[int, int, int]:
    """Return (pronouns, resolved, correct) over `CASES`, printing each miss."""
    nlp = load_pipeline()
    resolved = correct = 0
    for text, spec, expected in CASES:
        doc = nlp(text)
        index = within.resolve_document(doc, find_mentions(doc, "p"))
        found = index.pronouns.get(_find(doc, spec))
        key = str(found) if found else ""
        names = {e.key: e.label for e in within.local_entities(index, (), {found} if found else ())}
        got = names.get(key, "") if key else ""
        resolved += bool(got)
        ok = bool(got) and (got == expected or expected in names.get(key, "") or got in expected)
        correct += ok
        if not ok:
            print(f"  miss: {text!r} {spec} -> {got or '(none)'}; expected {expected}")
    return len(CASES), resolved, correct


def build_example(pronouns: bool, out: Path) -> dict[str, int]:
    """Build the example with or without pronoun resolution; return edge counts."""
    original = within._resolve_pronouns
    if not pronouns:
        within._resolve_pronouns = lambda *args: ({}, {})  # type: ignore[assignment]
    try:
        result = build_graph([ROOT / "examples" / "venezuela-2019-06"], jobs=1, use_cache=False)
    finally:
        within._resolve_pronouns = original
    write_outputs(result.graph, out, max_nodes=300)
    return {"links": result.stats["relations"], "evidence": result.stats["evidence"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, default=ROOT.parent / "shared/eval/gold/venezuela-2019-06.json"
    )
    args = parser.parse_args()
    total, resolved, correct = measure_accuracy()
    print(
        f"labelled pronouns: {total}; resolved {resolved} ({resolved / total:.0%} coverage); "
        f"correct {correct} (precision {correct / max(resolved, 1):.0%}, "
        f"accuracy {correct / total:.0%})"
    )
    scorer = args.gold.parent.parent / "score.py"
    for flag in (True, False):
        with tempfile.TemporaryDirectory() as tmp:
            counts = build_example(flag, Path(tmp))
            line = ""
            if scorer.is_file() and args.gold.is_file():
                proc = subprocess.run(
                    [sys.executable, str(scorer), str(Path(tmp) / "graph.json"), str(args.gold)],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                line = proc.stdout.strip().splitlines()[-1]
            label = "with pronouns   " if flag else "without pronouns"
            print(f"example {label}: {json.dumps(counts)} {line}")


if __name__ == "__main__":
    main()

"""Measure the corpus stage (`kg.resolve.corpus.resolve_corpus`) as distinct people grow.

    .venv/bin/python benchmarks/corpus_scale.py                  # 1k, 2k, 4k, 8k people
    .venv/bin/python benchmarks/corpus_scale.py --sizes 1000 16000 --repeat 3

No parsing: the script writes the per-document extractions a parse would give for a
synthetic corpus of N *distinct* people (repeating real articles would keep the set of
names fixed and hide a cost that grows with it). Per person: a given name, an optional
middle initial, a family name and a gender; family names are shared the way real ones
are (a pool of N/2 names drawn with weights 1/(rank + 20), so the commonest is borne by
about 1 % of the people, like the commonest surnames of a country). Each person is named
in 1 to 6 articles (about 6 people per article): in full in the first, then in full, as
"Mr./Ms. X" or as a lone surname "X". A quarter of the people have an organisation,
named in full in one article and by its acronym or its short name in others. Names are
invented syllables, so no real actor is named.

Prints, per size, the seconds of each merge pass and of the whole stage (best of
``--repeat`` runs) and, per doubling of the people, the ratio of the times: 2.0 is
linear, 4.0 quadratic.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import DocExtraction, LocalEntity  # noqa: E402
from kg.resolve import corpus  # noqa: E402
from kg.resolve.keys import other_key, person_key  # noqa: E402

SYLLABLES = [
    "ba", "ko", "ri", "ne", "ta", "mu", "sa", "lo", "vi", "de", "ga", "po",
    "ki", "ma", "ru", "te", "no", "fa", "zu", "le", "ha", "yo", "wi", "da",
]  # fmt: skip
#: Common given names, so nicknames and initials are exercised too.
GIVEN = [
    "William", "Robert", "Richard", "Elizabeth", "Margaret", "James", "Mary", "John",
    "Patricia", "Michael", "Linda", "David", "Susan", "Thomas", "Karen", "Joseph",
]  # fmt: skip
FEMALE = {"Elizabeth", "Margaret", "Mary", "Patricia", "Linda", "Susan", "Karen"}
ORG_HEADS = ["Council", "Union", "Authority", "Group", "Institute", "Agency"]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def synthetic_corpus(people: int, seed: int = 7) -> list[DocExtraction]:
    """The extractions of a corpus naming ``people`` distinct people (see the module
    docstring)."""
    rng = random.Random(seed)
    families = sorted({_word(rng, 3) for _ in range(people)})[: max(people // 2, 1)]
    weights = [1.0 / (rank + 20) for rank in range(len(families))]
    given_names = [*GIVEN, *(_word(rng, 2) for _ in range(people // 20))]
    docs: list[dict[str, LocalEntity]] = [{} for _ in range(max(people // 2, 1))]

    def add(doc: int, entity: LocalEntity) -> None:
        # Two people sharing a key in one article would be one local actor.
        docs[doc].setdefault(entity.key, entity)

    for i in range(people):
        family = rng.choices(families, weights)[0]
        given = rng.choice(given_names)
        middle = f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.2 else ""
        full = f"{given}{middle} {family}"
        female = given in FEMALE or (given not in GIVEN and rng.random() < 0.5)
        honorific = "Ms." if female else "Mr."
        seen = rng.sample(range(len(docs)), min(len(docs), 1 + int(rng.expovariate(0.6)) % 6))
        for n, d in enumerate(seen):
            form = "full" if n == 0 else rng.choice(("full", "titled", "lone"))
            if form == "full":
                add(
                    d,
                    LocalEntity(
                        key=str(person_key(full)),
                        label=full,
                        type="PERSON",
                        aliases=(full, family),
                        mentions=rng.randint(1, 6),
                        female=int(female),
                        male=int(not female),
                    ),
                )
            else:
                label = f"{honorific} {family}" if form == "titled" else family
                add(
                    d,
                    LocalEntity(
                        key=str(person_key(label)),
                        label=label,
                        type="PERSON",
                        aliases=(label,),
                        mentions=rng.randint(1, 3),
                        female=int(form == "titled" and female),
                        male=int(form == "titled" and not female),
                    ),
                )
        if i % 4 == 0:
            words = [_word(rng, 2), _word(rng, 3), rng.choice(ORG_HEADS)]
            name = " ".join(words)
            short = "".join(w[0] for w in words).upper()
            for n, d in enumerate(seen[:3]):
                label = name if n == 0 else rng.choice((short, " ".join(words[1:])))
                add(
                    d,
                    LocalEntity(
                        key=str(other_key(label)), label=label, type="ORG", aliases=(label,)
                    ),
                )
    return [
        DocExtraction(
            doc_id=f"d{n:06d}", entities=tuple(sorted(ents.values(), key=_key)), relations=()
        )
        for n, ents in enumerate(docs)
    ]


def _key(e: LocalEntity) -> str:
    return e.key


def _timed_passes() -> dict[str, float]:
    """Wrap every merge pass so its time is summed into the returned dict."""
    spent: dict[str, float] = {}

    def wrap(merge_pass: Callable[[corpus._Groups], None]) -> Callable[[corpus._Groups], None]:
        def run(groups: corpus._Groups) -> None:
            start = time.process_time()
            merge_pass(groups)
            spent[merge_pass.__name__] = time.process_time() - start

        return run

    corpus.MERGE_PASSES = tuple(wrap(p) for p in ORIGINAL_PASSES)
    return spent


ORIGINAL_PASSES = corpus.MERGE_PASSES


def measure(people: int, repeat: int) -> tuple[dict[str, float], int, int]:
    """Best-of-``repeat`` seconds per pass and in total; local actors; entities."""
    extractions = synthetic_corpus(people)
    best: dict[str, float] = {}
    entities = 0
    for _ in range(repeat):
        spent = _timed_passes()
        start = time.process_time()
        result = corpus.resolve_corpus(extractions)
        spent["total"] = time.process_time() - start
        entities = len(result.entities)
        for name, seconds in spent.items():
            best[name] = min(seconds, best.get(name, seconds))
    corpus.MERGE_PASSES = ORIGINAL_PASSES
    actors = sum(len(ex.entities) for ex in extractions)
    return best, actors, entities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    corpus.resolve_corpus(synthetic_corpus(40))  # load the gazetteer and lexicons first
    rows = []
    for people in args.sizes:
        best, actors, entities = measure(people, args.repeat)
        rows.append((people, actors, entities, best))
    names = [p.__name__ for p in ORIGINAL_PASSES] + ["total"]
    print(
        f"{'people':>7} {'local actors':>12} {'entities':>8}  "
        + "  ".join(f"{n[:18]:>18}" for n in names)
    )
    for people, actors, entities, best in rows:
        cells = "  ".join(f"{best.get(n, 0.0):18.3f}" for n in names)
        print(f"{people:>7} {actors:>12} {entities:>8}  {cells}")
    for (p0, _, _, b0), (p1, _, _, b1) in itertools.pairwise(rows):
        steps = math.log2(p1 / p0) or 1.0
        ratio = (b1["total"] / b0["total"]) ** (1 / steps) if b0["total"] else float("nan")
        worst = max(
            (n for n in names[:-1] if b0.get(n, 0) > 0.001),
            key=lambda n: b1.get(n, 0) / b0[n],
            default="",
        )
        detail = (
            f" (steepest pass {worst}: {(b1[worst] / b0[worst]) ** (1 / steps):.2f}x)"
            if worst
            else ""
        )
        print(f"{p0} -> {p1} people: {ratio:.2f}x per doubling{detail}")


if __name__ == "__main__":
    main()

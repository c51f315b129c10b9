#!/usr/bin/env python3
"""Check gold.json against the corpus (standard library only).

Checks, as in benchmarks/corpora/README.md:
  1. every alias (and every entity name that is not flagged as unnamed) occurs in the corpus text;
  2. no normalised alias or name (score.py's norm()) belongs to two entities;
  3. every required entity is named in at least two articles;
  4. every relation end and every must_not_merge name is a gold entity;
plus: ambiguous forms occur in the corpus and are in no alias list; a .txt article is a
headline, a blank line and a body of 250-600 words (``--words 250-900`` for another
range); relation rows are well formed. Articles are read as kg reads them: .txt as is,
.html as its text without tags, .jsonl as each line's title and text.
Usage: check_gold.py GOLD CORPUS_DIR [-v] [--words MIN-MAX]
    (e.g. benchmarks/corpora/peru-2031.gold.json benchmarks/corpora/peru-2031)
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(text: str) -> str:  # as ../shared/eval/score.py normalises
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().strip()
    text = re.sub(r"[\u2019']s$", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = text.replace(".", "")
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s+(['\u2019])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def occurs(form: str, text: str) -> bool:
    """Exact, case-sensitive occurrence of the form as written, on word boundaries."""
    pat = r"(?<![\w])" + re.escape(form) + r"(?![\w])"
    return re.search(pat, text) is not None


def mentions(
    ents: list[dict], text: str, extra_forms: list[str] = ()
) -> list[tuple[int, int, str | None]]:
    """Non-overlapping mentions of gold forms in text, longest first (entity None for
    extra forms)."""
    forms: list[tuple[str, str | None]] = [
        (f, e["name"]) for e in ents for f in [e["name"], *e["aliases"]]
    ]
    forms += [(f, None) for f in extra_forms]
    found: list[tuple[int, int, str | None]] = []
    taken = [False] * (len(text) + 1)
    for form, name in sorted(forms, key=lambda x: -len(x[0])):
        for m in re.finditer(r"(?<![\w])" + re.escape(form) + r"(?![\w])", text):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append((m.start(), m.end(), name))
    return sorted(found)


def entity_docs(
    ents: list[dict], docs: dict[str, str], extra_forms: list[str] = ()
) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {e["name"]: [] for e in ents}
    for d, text in docs.items():
        for name in sorted({n for _, _, n in mentions(ents, text, extra_forms) if n}):
            hits[name].append(d)
    return hits


#: Entity types the gold may use (``score.py`` tells a person from anything else).
TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def article_texts(path: Path) -> list[tuple[str, str]]:
    """The articles of one input file as (name, text): a .txt file is one, an .html page
    its text without tags or scripts, a .jsonl file one per line (title and text)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
        return [(path.name, html.unescape(re.sub(r"<[^>]+>", "\n", raw)))]
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        return [
            (f"{path.name}:{i}", f"{row.get('title', '')}\n\n{row.get('text', '')}")
            for i, row in enumerate(rows, 1)
        ]
    return [(path.name, raw)]


def main() -> int:
    argv = sys.argv[1:]
    low, high = 250, 600
    if "--words" in argv:
        at = argv.index("--words")
        low, high = (int(n) for n in argv[at + 1].split("-"))
        del argv[at : at + 2]
    args = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in argv
    gold_path = Path(args[0]) if args else HERE / "peru-2031.gold.json"
    corpus = Path(args[1]) if len(args) > 1 else HERE / "peru-2031"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = {
        name: text
        for p in sorted(corpus.iterdir())
        if p.suffix in (".txt", ".html", ".jsonl")
        for name, text in article_texts(p)
    }
    blob = "\n".join(docs.values())
    errors: list[str] = []
    warnings: list[str] = []

    # .txt articles: headline, blank line, body of 250-600 words
    for name, text in docs.items():
        if not name.endswith(".txt"):
            continue
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            errors.append(f"{name}: first line must be the headline, then a blank line")
        n = len("\n".join(lines[2:]).split())
        if not low <= n <= high:
            errors.append(f"{name}: body has {n} words (want {low}-{high})")

    ents = gold["entities"]
    names = {e["name"] for e in ents}
    if len(names) != len(ents):
        errors.append("duplicate entity names")
    owner: dict[str, str] = {}
    for e in ents:
        if e.get("type") not in TYPES:
            errors.append(f"{e['name']}: bad type {e.get('type')}")
        forms = [e["name"], *e["aliases"]]
        if len(set(e["aliases"])) != len(e["aliases"]):
            errors.append(f"{e['name']}: duplicate alias")
        for i, form in enumerate(forms):
            if not occurs(form, blob):
                if i == 0 and e["aliases"]:
                    warnings.append(
                        f"name '{form}' is not written in the corpus (only its aliases are)"
                    )
                else:
                    errors.append(f"{e['name']}: '{form}' does not occur in the corpus")
            k = norm(form)
            if k in owner and owner[k] != e["name"]:
                errors.append(f"normalised alias '{k}' belongs to '{owner[k]}' and '{e['name']}'")
            owner.setdefault(k, e["name"])

    # documents naming each entity: longest match wins, so "Peru" inside "Oosterhaven Peru"
    # or "Pacific" inside "Pacific Wire" does not count as naming Peru or the ocean
    amb_forms = [
        a["alias"] if isinstance(a, dict) else str(a)
        for a in gold.get("ambiguous_aliases_left_out", [])
    ]
    doc_hits = entity_docs(ents, docs, amb_forms)
    for e in ents:
        if e.get("required") and len(doc_hits[e["name"]]) < 2:
            errors.append(
                f"required entity '{e['name']}' is named in {len(doc_hits[e['name']])} article(s)"
            )
        if not doc_hits[e["name"]]:
            if not e.get("required") and any(occurs(f, blob) for f in [e["name"], *e["aliases"]]):
                # "Penghu" in "Separate Customs Territory of Taiwan, Penghu, Kinmen and
                # Matsu": an optional place written only inside another entity's name
                warnings.append(f"'{e['name']}' is written only inside longer names")
            else:
                errors.append(f"entity '{e['name']}' is named in no article")

    for amb in gold.get("ambiguous_aliases_left_out", []):
        form = amb["alias"] if isinstance(amb, dict) else str(amb)
        if norm(form) in owner:
            errors.append(f"ambiguous form '{form}' is an alias of '{owner[norm(form)]}'")
        if not occurs(form, blob):
            errors.append(f"ambiguous form '{form}' does not occur in the corpus")
        for n in amb.get("entities", []) if isinstance(amb, dict) else []:
            if n not in names:
                errors.append(f"ambiguous form '{form}': '{n}' is not a gold entity")

    for r in gold["relations"]:
        for end in (r["source"], r["target"]):
            if end not in names:
                errors.append(f"relation end '{end}' is not a gold entity")
        if not r.get("labels") or not isinstance(r["labels"], list):
            errors.append(f"relation {r['source']} -> {r['target']} has no labels")
        if r["source"] == r["target"]:
            errors.append(f"relation {r['source']} is a self-loop")
    for pair in gold.get("must_not_merge", []):
        if len(pair) != 2:
            errors.append(f"must_not_merge row {pair} is not a pair")
        for n in pair:
            if n not in names:
                errors.append(f"must_not_merge name '{n}' is not a gold entity")

    req = sum(1 for e in ents if e.get("required"))
    words = sum(len(t.split()) for t in docs.values())
    optional = len(ents) - req
    required_relations = sum(1 for r in gold["relations"] if r.get("required"))
    print(
        f"{len(docs)} articles, {words} words; "
        f"{len(ents)} entities ({req} required, {optional} optional); "
        f"{len(gold['relations'])} relations ({required_relations} required); "
        f"{len(gold.get('must_not_merge', []))} must_not_merge pairs; "
        f"{len(gold.get('ambiguous_aliases_left_out', []))} ambiguous forms left out"
    )
    if verbose:
        for e in ents:
            flag = "R" if e.get("required") else " "
            print(f"  {len(doc_hits[e['name']]):3d} docs  {flag}  {e['name']}")
    for w in warnings:
        print("note:", w)
    for err in errors:
        print("ERROR:", err)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

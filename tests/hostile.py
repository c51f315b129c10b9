"""Build a hostile input corpus in a temporary folder.

`build_hostile_corpus` writes one file (or link, pipe, folder) per hostile case next
to a few good articles and returns what `kg.ingest.read_inputs` is expected to report
for each, so tests can assert exact warnings and that the good articles survive.
"""

from __future__ import annotations

import codecs
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

#: A short real-looking article; sentences end with periods so none is boilerplate.
ARTICLE = (
    "Ministers Meet In Geneva Over Fishing Rights\n"
    "\n"
    "The fisheries ministers of Norland and Sudria met in Geneva on Tuesday to settle "
    "a long dispute over fishing rights.\n"
    "\n"
    "Norland accused Sudria of sending trawlers into its waters, a charge Sudria denied.\n"
    "\n"
    "He resigned.\n"
)


def article(n: int) -> str:
    """A distinct article body (so content de-duplication keeps it)."""
    return (
        f"Delegation {n} Arrives For Talks\n\n"
        f"Delegation number {n} arrived in the capital on Monday for trade talks.\n\n"
        f"Officials said the talks with delegation {n} would last three days.\n"
    )


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01"
    b"\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)

HTML = """<!DOCTYPE html>
<html><head><title>Harbour Deal Signed | Example Outlet</title>
<meta property="og:url" content="https://news.example.org/harbour-deal">
<meta property="article:published_time" content="2021-03-04">
</head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article>
<h1>Harbour Deal Signed After Long Talks</h1>
<p>The port authorities of Norland and Sudria signed a harbour deal on Thursday after
months of difficult negotiations over fees and berths.</p>
<p>Share</p>
<p>Norland's transport minister praised the agreement as a model for the region and
said both sides had made concessions on fees.</p>
</article>
<footer><p>Sign up for our free newsletter today.</p><p>All rights reserved.</p></footer>
</body></html>
"""


@dataclass
class HostileCorpus:
    """What was written and what the reader should say about it.

    Attributes:
        root: Folder holding the corpus.
        problems: ``origin -> (reason, action)`` expected for each hostile entry.
        documents: ``origin -> expected document id`` for each entry that must survive.
        texts: ``origin -> substring`` that the surviving document's text must contain.
    """

    root: Path
    problems: dict[str, tuple[str, str]] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)

    def origin(self, *parts: str) -> str:
        return os.path.join(str(self.root), *parts)


def build_hostile_corpus(root: Path) -> HostileCorpus:
    """Write the hostile corpus under ``root`` (created) and return expectations."""
    root.mkdir(parents=True, exist_ok=True)
    c = HostileCorpus(root)

    def write(name: str, data: bytes | str) -> str:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return c.origin(name)

    # Good articles in every format.
    c.documents[write("good.txt", ARTICLE)] = "good"
    c.texts[c.origin("good.txt")] = "He resigned."
    c.documents[write("page.html", HTML)] = "page"
    c.texts[c.origin("page.html")] = "made concessions on fees."
    jsonl = [
        json.dumps({"id": "wire-1", "title": "T1", "text": article(1), "url": "https://x.test/1"}),
        "",
        "{this is not json",
        json.dumps({"id": "wire-2", "title": "No text here"}),
        json.dumps([1, 2, 3]),
        json.dumps({"body": article(2), "date": " 2020-01-02 "}),
        json.dumps({"text": 42}),
    ]
    origin = write("records.jsonl", "\n".join(jsonl) + "\n")
    c.documents[f"{origin}:1"] = "wire-1"
    c.problems[f"{origin}:3"] = (
        "not valid JSON: Expecting property name enclosed in double quotes (line 1, column 2)",
        "line skipped",
    )
    c.problems[f"{origin}:4"] = (
        'record has no text (expected a "text", "body" or "content" field)',
        "skipped",
    )
    c.problems[f"{origin}:5"] = ("not a JSON object (got array)", "skipped")
    c.documents[f"{origin}:6"] = "records-6"
    c.problems[f"{origin}:7"] = ("text field is not a string (got number)", "skipped")

    origin = write("list.json", json.dumps([{"text": article(3)}, "oops"]))
    c.documents[f"{origin}[0]"] = "list-0"
    c.problems[f"{origin}[1]"] = ("not a JSON object (got string)", "skipped")
    origin = write("wrapped.json", json.dumps({"articles": [{"id": "w9", "content": article(4)}]}))
    c.documents[f"{origin}[0]"] = "w9"
    c.problems[write("number.json", "42")] = (
        "not a record or a list of records (got number)",
        "skipped",
    )
    c.problems[write("deep.json", "[" * 100_000 + "]" * 100_000)] = (
        "not valid JSON: nested too deeply",
        "skipped",
    )
    c.problems[write("broken.json", '{"text": "unterminated')] = (
        "not valid JSON: Unterminated string starting at (line 1, column 10)",
        "skipped",
    )

    # Empty, whitespace-only and binary files.
    c.problems[write("empty.txt", b"")] = ("empty file", "skipped")
    c.problems[write("blank.md", b"  \n\t\n   \n")] = ("empty file (only whitespace)", "skipped")
    c.problems[write("picture.txt", PNG)] = ("binary file (PNG image)", "skipped")
    c.problems[write("nul.html", b"<html>\x00\x01\x02\x00 junk \x00\xff")] = (
        "binary file (contains NUL bytes)",
        "skipped",
    )
    c.problems[write("noise.txt", bytes(range(1, 32)) * 20)] = (
        "binary file (mostly control characters)",
        "skipped",
    )
    c.problems[write("report.pdf", b"%PDF-1.4 whatever")] = (
        "unsupported file type .pdf",
        "skipped; convert to .txt or .html",
    )
    c.problems[write("README", "plain words")] = (
        "unsupported file type (no extension)",
        "skipped; convert to .txt or .html",
    )

    # Encodings.
    latin = "Caf\u00e9 Owners Protest\n\nThe caf\u00e9 owners of Norland protested on Friday.\n"
    origin = write("latin1.txt", latin.encode("cp1252"))
    c.problems[origin] = ("not valid UTF-8", "decoded as cp1252")
    c.documents[origin] = "latin1"
    c.texts[origin] = "The caf\u00e9 owners of Norland protested on Friday."
    bad = (
        article(5).encode("utf-8").replace(b"arrived", b"arr\xffived") + "Gr\u00fc\u00dfe.".encode()
    )
    origin = write("bad-utf8.txt", bad)
    c.problems[origin] = ("not valid UTF-8", "decoded as UTF-8, 1 bad byte replaced by U+FFFD")
    c.documents[origin] = "bad-utf8"
    c.texts[origin] = "arr\ufffdived"
    origin = write("utf16.txt", codecs.BOM_UTF16_LE + article(6).encode("utf-16-le"))
    c.documents[origin] = "utf16"
    c.texts[origin] = "Delegation number 6 arrived"
    origin = write("utf32.txt", codecs.BOM_UTF32_BE + article(7).encode("utf-32-be"))
    c.documents[origin] = "utf32"
    c.texts[origin] = "Delegation number 7 arrived"
    origin = write("utf16-nobom.txt", article(8).encode("utf-16-be"))
    c.documents[origin] = "utf16-nobom"
    c.texts[origin] = "Delegation number 8 arrived"
    moji = "The minister\u2019s aides said the caf\u00e9 talks went well."
    origin = write("mojibake.txt", moji.encode("utf-8").decode("cp1252").encode("utf-8"))
    c.problems[origin] = ("mojibake (text was decoded with the wrong encoding)", "repaired")
    c.documents[origin] = "mojibake"
    c.texts[origin] = moji
    origin = write("controls.txt", "The envoy\x07 arrived in the capital\x1b on Sunday.\n")
    c.problems[origin] = ("2 control characters", "removed")
    c.documents[origin] = "controls"
    c.texts[origin] = "The envoy arrived in the capital on Sunday."

    # Boilerplate only, HTML without article text, duplicates, same stems.
    c.problems[write("widgets.txt", "Share\n\nPrint\n\nXS\nSM\nMD\nLG\n")] = (
        "no article text left after removing page boilerplate",
        "skipped; see what went with --removed FILE",
    )
    c.problems[write("empty-page.html", "<html><body><nav>Home</nav></body></html>")] = (
        "no article text left after removing page boilerplate",
        "skipped; see what went with --removed FILE",
    )
    c.problems[write("no-text.html", "<html><body><script>var x = 1;</script></body></html>")] = (
        "no article text found in the HTML",
        "skipped",
    )
    c.problems[write("zz-copy.txt", ARTICLE.replace("\n", "\r\n"))] = (
        f"duplicate of {c.origin('good.txt')}",
        "processed once",
    )
    c.documents[write("a/report.txt", article(9))] = "report"
    c.documents[write("b/report.txt", article(10))] = "b-report"

    # A huge single article: kept whole, never truncated.
    paragraph = " ".join(
        f"Sentence {{n}}-{j} says the envoy met the delegation." for j in range(10)
    )
    huge = "\n\n".join(paragraph.format(n=n) for n in range(3000))
    origin = write("huge.txt", huge)
    c.documents[origin] = "huge"
    c.texts[origin] = paragraph.format(n=2999)

    # Hidden files and folders are skipped silently.
    write(".hidden.txt", article(11))
    write(".git/config.txt", article(12))

    # Links and special files (POSIX only).
    if hasattr(os, "symlink"):
        (root / "sub").mkdir()
        c.documents[write("sub/inner.txt", article(13))] = "inner"
        os.symlink("..", root / "sub" / "up")  # a loop back to the corpus root
        c.problems[c.origin("sub", "up")] = (
            "symbolic link loop (points back to a parent folder)",
            "skipped",
        )
        os.symlink("sub", root / "zz-alias")  # the same folder a second time
        c.problems[c.origin("zz-alias")] = (f"folder already read as {c.origin('sub')}", "skipped")
        os.symlink("missing.txt", root / "dangling.txt")
        c.problems[c.origin("dangling.txt")] = (
            "broken symbolic link (its target does not exist)",
            "skipped",
        )
        os.symlink("self.txt", root / "self.txt")
        c.problems[c.origin("self.txt")] = ("symbolic link loop", "skipped")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
        c.problems[c.origin("pipe.txt")] = ("not a regular file", "skipped")
    try:
        name = os.fsencode(str(root)) + b"/caf\xe9-bytes.txt"
        with open(name, "wb") as handle:
            handle.write(article(14).encode())
    except OSError:  # file systems that insist on UTF-8 names
        pass
    else:
        c.documents[c.origin("caf\ufffd-bytes.txt")] = "caf\ufffd-bytes"
    return c


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Content and modification time of every regular file under ``root``."""
    out: dict[str, tuple[bytes, int]] = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
        for name in files:
            path = os.path.join(folder, name)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as handle:
                    out[path] = (handle.read(), os.stat(path).st_mtime_ns)
    return out

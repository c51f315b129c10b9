"""Read user inputs into `Document` records, warning about everything that is skipped.

`read_inputs` walks files, folders, glob patterns and standard input and yields
`Document` records interleaved with `InputProblem` warnings and the `Removal` records of
what cleaning left out of each article. A bad file or line never stops the run: it gets
a warning naming the file (or ``path:line``) and the rest goes on. Inputs are only ever
opened read-only, and read lazily: JSON Lines (also ``.jsonl.gz``) line by line.

- `kg.ingest.decode`: bytes to text (encodings, byte-order marks, binary files);
- `kg.ingest.formats`: the format readers (text, HTML, JSON, JSON Lines);
- `kg.ingest.reread`: `read_again`, which reads one document again where its `Locator`
  says (a worker reading its share; ``.jsonl.gz`` through readers kept open);
- `kg.ingest.walk`: arguments, glob patterns and folders, in sorted order.
"""

from kg.ingest.formats import FORMATS, Item, Locator
from kg.ingest.reread import close_readers, read_again
from kg.ingest.walk import read_inputs

__all__ = ["FORMATS", "Item", "Locator", "close_readers", "read_again", "read_inputs"]

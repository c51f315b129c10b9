"""Propose trigger rows for ``kg/lexicon/verbs.tsv`` and ``nouns.tsv`` from WordNet.

A development tool, never imported by ``kg``: it widens the trigger lexicons type by
type. Seeds per relation are the words of the PLOVER codebook's definitions (see
``SEEDS``); for each seed sense that is common in running text the script collects its
WordNet synonyms, direct hyponyms (troponyms for verbs), phrasal variants ("crack down")
and derivationally related nouns ("invade" -> "invasion"), and prints one candidate row
per word with the gloss it came from. The output is a worksheet for a person: rows are
kept, given a target slot and options, and tested by hand (a word's dominant news sense
decides, not its WordNet sense list).

WordNet 3.0 comes from Debian's ``wordnet-base`` package (``/usr/share/wordnet``), read
with NLTK's reader (``pip install -e '.[lexicon]'``)::

    apt-get install wordnet-base
    .venv/bin/python scripts/lexicon/propose_triggers.py > /tmp/candidates.tsv
    .venv/bin/python scripts/lexicon/propose_triggers.py --relation ASSAULT --new-only

Columns: relation, kind (verb, phrasal, noun, multiword: "open_fire" is a verb + object
pattern for ``needs=obj:``), lemma, particle, how it was found
(seed, synonym, hyponym, derived), the seed, whether the lexicons already hold the lemma
for that relation, the sense's frequency in the tagged SemCor counts, and the gloss.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Seeds: the verbs and nouns the PLOVER manual uses to define each event type and its
# modes, plus kg's own OPPOSE. Each seed is "lemma" or "lemma.pos" (v or n; both when
# omitted) and may name sense numbers ("strike.v:1,3") to keep only those WordNet senses
# when the word's other senses are not the event.
SEEDS: dict[str, tuple[str, ...]] = {
    "AGREE": (
        "agree.v:1,2,3",
        "promise.v:1",
        "pledge.v:1,2",
        "offer.v:1,2,3",
        "commit.v:3",
        "vow.v",
        "agreement.n:1,2",
        "accord.n:1,3",
        "treaty.n",
        "deal.n:1",
        "pact.n",
        "ceasefire.n",
        "truce.n",
    ),
    "CONSULT": (
        "consult.v:1,2",
        "meet.v:1,2,4",
        "visit.v:1,2",
        "host.v",
        "negotiate.v:1",
        "discuss.v:1",
        "talk.v:1,2",
        "confer.v:1",
        "bargain.v:1",
        "telephone.v",
        "meeting.n:1",
        "talks.n",
        "visit.n:1",
        "negotiation.n:1",
        "discussion.n:1",
        "summit.n:1",
        "consultation.n:1",
    ),
    "SUPPORT": (
        "support.v:1,2",
        "endorse.v:1,2",
        "commend.v:1",
        "praise.v",
        "approve.v:1",
        "recognize.v:4",
        "ratify.v",
        "back.v:1",
        "champion.v",
        "applaud.v",
        "hail.v:1",
        "support.n:1,2",
        "endorsement.n",
        "praise.n",
        "recognition.n:3",
        "backing.n",
    ),
    "CONCEDE": (
        "concede.v:1,3",
        "yield.v:1,2",
        "apologize.v",
        "pardon.v",
        "ease.v:1",
        "lift.v:4",
        "relax.v:2",
        "suspend.v:1",
        "apology.n",
        "amnesty.n",
        "pardon.n",
        "concession.n:1,2",
        "regret.v:1",
    ),
    "COOPERATE": (
        "cooperate.v",
        "collaborate.v",
        "trade.v:1,2",
        "exchange.v:1",
        "extradite.v",
        "share.v:1",
        "export.v",
        "import.v",
        "sell.v:1",
        "buy.v:1",
        "cooperation.n",
        "collaboration.n",
        "trade.n:1",
        "exercise.n:4",
        "extradition.n",
        "partnership.n",
    ),
    "AID": (
        "aid.v",
        "help.v:1",
        "assist.v",
        "provide.v:1,2",
        "supply.v:1",
        "donate.v",
        "grant.v:2,4",
        "lend.v",
        "fund.v",
        "finance.v",
        "shelter.v",
        "arm.v",
        "aid.n:1",
        "assistance.n",
        "grant.n:1",
        "loan.n",
        "donation.n",
        "asylum.n",
        "relief.n",
    ),
    "RETREAT": (
        "withdraw.v:1,2",
        "retreat.v:1",
        "release.v:1",
        "free.v:1",
        "return.v:2",
        "disarm.v",
        "resign.v",
        "evacuate.v",
        "cede.v",
        "repatriate.v",
        "withdrawal.n:1,2",
        "release.n:1",
        "resignation.n:1",
        "retreat.n",
        "pullout.n",
    ),
    "REQUEST": (
        "demand.v:1,2",
        "order.v:1",
        "request.v",
        "urge.v:1",
        "appeal.v:1",
        "ask.v:2",
        "press.v:4",
        "call.v:3",
        "implore.v",
        "demand.n:1,3",
        "appeal.n:1",
        "request.n",
        "ultimatum.n",
        "plea.n",
    ),
    "ACCUSE": (
        "accuse.v",
        "allege.v",
        "charge.v:1,2",
        "blame.v",
        "condemn.v:1,2",
        "criticize.v:1",
        "denounce.v",
        "decry.v",
        "sue.v",
        "investigate.v",
        "disapprove.v",
        "defame.v",
        "denigrate.v",
        "indict.v",
        "prosecute.v",
        "accusation.n",
        "criticism.n:1",
        "condemnation.n",
        "investigation.n",
        "lawsuit.n",
        "probe.n",
        "charge.n:4",
    ),
    "REJECT": (
        "reject.v:1,2",
        "refuse.v",
        "decline.v:2",
        "veto.v",
        "defy.v",
        "resist.v",
        "disobey.v",
        "rebuff.v",
        "spurn.v",
        "rejection.n",
        "refusal.n",
        "veto.n",
    ),
    "THREATEN": (
        "threaten.v:1",
        "warn.v",
        "menace.v",
        "intimidate.v",
        "threat.n:1,2",
        "warning.n",
        "ultimatum.n",
    ),
    "OPPOSE": (
        "oppose.v:1,2",
        "challenge.v",
        "confront.v",
        "undermine.v",
        "overthrow.v",
        "oust.v",
        "topple.v",
        "rival.n",
        "opponent.n",
        "rivalry.n",
        "dispute.n",
        "feud.n",
    ),
    "PROTEST": (
        "protest.v",
        "demonstrate.v:3",
        "rally.v",
        "boycott.v",
        "picket.v",
        "riot.v",
        "protest.n",
        "demonstration.n:2",
        "rally.n:1",
        "boycott.n",
        "riot.n",
        "strike.n:1",
    ),
    "SANCTION": (
        "sanction.v",
        "embargo.v",
        "expel.v",
        "boycott.v",
        "sever.v",
        "suspend.v:1",
        "cancel.v",
        "convict.v",
        "blacklist.v",
        "sanction.n",
        "embargo.n",
        "expulsion.n",
        "tariff.n",
    ),
    "MOBILIZE": (
        "mobilize.v",
        "deploy.v",
        "mass.v",
        "station.v",
        "mobilization.n",
        "deployment.n",
        "buildup.n",
        "maneuver.n",
    ),
    "COERCE": (
        "arrest.v",
        "detain.v",
        "seize.v:1",
        "confiscate.v",
        "censor.v",
        "ban.v",
        "deport.v",
        "repress.v",
        "imprison.v",
        "jail.v",
        "coerce.v",
        "raid.v",
        "arrest.n",
        "detention.n",
        "crackdown.n",
        "curfew.n",
        "deportation.n",
        "confiscation.n",
        "seizure.n",
        "repression.n",
    ),
    "ASSAULT": (
        "attack.v:1",
        "assault.v",
        "bomb.v",
        "bombard.v",
        "shell.v",
        "kill.v:1",
        "murder.v",
        "assassinate.v",
        "execute.v:1",
        "abduct.v",
        "kidnap.v",
        "hijack.v",
        "torture.v",
        "shoot.v:1,2",
        "invade.v",
        "ambush.v",
        "massacre.v",
        "destroy.v:1",
        "strike.v:1",
        "attack.n:1,2",
        "assault.n",
        "bombing.n",
        "invasion.n",
        "killing.n",
        "assassination.n",
        "airstrike.n",
        "offensive.n",
        "massacre.n",
        "ambush.n",
        "abduction.n",
        "kidnapping.n",
        "shelling.n",
    ),
}


@dataclass(frozen=True)
class Candidate:
    """One proposed trigger word."""

    relation: str
    kind: str
    lemma: str
    particle: str
    how: str
    seed: str
    known: bool
    count: int
    gloss: str


def wordnet(root: Path) -> Any:
    """NLTK's WordNet reader over a WordNet 3.0 database folder (Debian's layout).

    Debian's ``wordnet-base`` ships the database without the ``lexnames`` file NLTK
    reads; the same package's ``lexnames(5WN)`` manual page lists the names, so the
    file is written from it into a scratch folder beside copies of the data files.
    """
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    if not (root / "data.verb").exists():
        sys.exit(f"no WordNet database in {root}: apt-get install wordnet-base, or pass --wordnet")
    scratch = Path(tempfile.mkdtemp(prefix="wordnet-"))
    for path in root.iterdir():
        if path.is_file():
            shutil.copyfile(path, scratch / path.name)  # NLTK refuses links out of its root
    if not (scratch / "lexnames").exists():
        man = Path("/usr/share/man/man5/lexnames.5WN.gz")
        with gzip.open(man, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        names = [m.groups() for ln in lines if (m := re.match(r"^(\d\d)\t(\w+\.\w+)\s", ln))]
        pos_number = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}
        (scratch / "lexnames").write_text(
            "".join(f"{n}\t{name}\t{pos_number[name.split('.')[0]]}\n" for n, name in names)
        )
    nltk.data.path.append(str(scratch))

    class Reader(WordNetCorpusReader):  # type: ignore[misc]
        def map_wn(self, version: str = "wordnet") -> None:
            return None  # the database is 3.0 itself: no mapping to NLTK's own copy

    return Reader(str(scratch), None)


def known_rows(lexicon: Path) -> set[tuple[str, str, str]]:
    """(kind, lemma, relation) of the rows the lexicons already hold."""
    out: set[tuple[str, str, str]] = set()
    for kind, name in (("verb", "verbs.tsv"), ("noun", "nouns.tsv")):
        for line in (lexicon / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cells = line.split("\t")
            out.add((kind, cells[0], cells[2]))
    return out


def _split_seed(seed: str) -> tuple[str, str | None, set[int] | None]:
    word, _, senses = seed.partition(":")
    lemma, _, pos = word.partition(".")
    keep = {int(s) for s in senses.split(",")} if senses else None
    return lemma, pos or None, keep


def expand(wn: Any, relation: str, seed: str, min_count: int) -> Iterator[Candidate]:
    """Candidates reachable from one seed: synonyms, hyponyms and derived nouns."""
    lemma, pos, keep = _split_seed(seed)
    for p in [pos] if pos else ["v", "n"]:
        for number, synset in enumerate(wn.synsets(lemma, p), start=1):
            if keep is not None and number not in keep:
                continue
            own = [lm for lm in synset.lemmas() if lm.name().lower() == lemma]
            count = sum(lm.count() for lm in own)
            # Rare senses are not what the word means in news ("shell" a pea).
            if keep is None and number > 1 and count < min_count:
                continue
            gloss = synset.definition()
            for lm in synset.lemmas():
                how = "synonym" if lm.name() != lemma else "seed"
                yield _candidate(relation, lm, how, seed, gloss)
                for rel in lm.derivationally_related_forms():
                    if rel.synset().pos() == "n":
                        yield _candidate(relation, rel, "derived", seed, rel.synset().definition())
            for hypo in synset.hyponyms():
                for lm in hypo.lemmas():
                    yield _candidate(relation, lm, "hyponym", seed, hypo.definition())


def _candidate(relation: str, lm: Any, how: str, seed: str, gloss: str) -> Candidate:
    name = lm.name().lower()
    words = name.split("_")
    pos = lm.synset().pos()
    particle = ""
    if pos == "v":
        if len(words) == 2 and words[1] in PARTICLES:
            kind, particle, name = "phrasal", words[1], words[0]
        elif len(words) > 1:
            kind = "multiword"
        else:
            kind = "verb"
    else:
        kind = "noun" if len(words) == 1 else "multiword"
    return Candidate(relation, kind, name, particle, how, seed, False, lm.count(), gloss)


PARTICLES = frozenset("up down out off in on over back away around through along aside".split())


def main(argv: list[str] | None = None) -> int:
    """Print candidate rows as TSV on stdout."""
    here = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--lexicon", type=Path, default=here / "kg" / "lexicon")
    parser.add_argument("--relation", action="append", help="only these relations")
    parser.add_argument("--new-only", action="store_true", help="drop words the lexicons hold")
    parser.add_argument(
        "--min-count", type=int, default=2, help="SemCor count a non-first sense needs"
    )
    args = parser.parse_args(argv)
    wn = wordnet(args.wordnet)
    known = known_rows(args.lexicon)
    seen: set[tuple[str, str, str, str]] = set()
    print("relation\tkind\tlemma\tparticle\thow\tseed\tknown\tcount\tgloss")
    for relation, seeds in SEEDS.items():
        if args.relation and relation not in args.relation:
            continue
        for seed in seeds:
            for cand in expand(wn, relation, seed, args.min_count):
                key = (cand.relation, cand.kind, cand.lemma, cand.particle)
                if key in seen:
                    continue
                seen.add(key)
                base = "noun" if cand.kind == "noun" else "verb"
                is_known = (base, cand.lemma, cand.relation) in known
                if args.new_only and is_known:
                    continue
                print(
                    "\t".join(
                        [
                            cand.relation,
                            cand.kind,
                            cand.lemma,
                            cand.particle,
                            cand.how,
                            cand.seed,
                            "yes" if is_known else "",
                            str(cand.count),
                            cand.gloss,
                        ]
                    )
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

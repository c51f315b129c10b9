"""A gazetteer built from the corpus itself: names the NER missed in one article become
mentions where the same name is an actor in other articles.

Every `DocExtraction` keeps the capitalised runs of its article that no mention took
(`kg.model.NameCandidate`, found by `kg.name_candidates`). After all documents are
parsed, `promote_candidates` indexes the names of every local actor of the corpus and
looks each run up: a run (or, in a headline, a stretch of it) that equals a known name
becomes a local actor of that article, named as written, with the type the corpus
gives the name and no relations (the rules ran on the parse). The corpus passes then
treat it as if the NER had tagged it: "Smith" alone is still a lone surname that must
find its bearer by evidence. A recovered name adds the article to its actor's
documents and its surface form to the aliases.

Guards, since a wrong merge is worse than a miss:

* Only the names of local actors that are not countries (the gazetteer finds countries
  in every article already) and that are no longer than `MAX_NAME_WORDS`.
* In body text a run is taken whole or not at all (a known name inside a longer
  capitalised run is another name: "Oslo" in "Oslo Courier"); only headline
  runs are cut into known stretches (`find_known`). A run of two names joined by "and"
  gives its sides only when each is a known name ("Rivers and Forests Service" is one
  name), or a side that is a person's full name (a person's name holds no "and").
* A family name written alone ("Roe" where other articles name "Tamsin Roe") is a
  known person's name too (`_surnames`), taken only whole in body text, and only
  where `MIN_ARTICLES_WRITTEN` articles in all use it as a name; a word some actor
  bears as its own name keeps that actor's entry ("Washington" the city).
* A one-word name must be an actor in at least `MIN_DOCUMENTS_ONE_WORD` articles (or
  in one, and used as a name in `MIN_ARTICLES_WRITTEN` articles in all: capitalised in
  mid-sentence by articles that never write it in lower case, "told Vantage"), and a
  one-word run that starts a sentence outside a headline is not taken (the capital
  may be the sentence's: "People said ..."), unless a person's full name follows it
  and it is no person's name ("Redkites Tamsin Roe was fined": `_qualifier`). A run
  of one word its own article also writes in lower case is no candidate at all
  (`kg.name_candidates`).
* A stretch must start with a capital letter as written.
* An article that already has an actor of that name gets no second one.

The cost is linear: one pass to index the names, and for each run a look-up of each of
its stretches (runs are at most `kg.name_candidates.MAX_RUN` words).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.model import DocExtraction, EntityType, LocalEntity, NameCandidate
from kg.names import fold, normalise_name, organisation_key, written_legal_form
from kg.resolve.evidence import cue_gender, known_given_name
from kg.resolve.keys import other_key, person_key
from kg.resolve.naming import vote_type
from kg.resolve.persons import parse_person
from kg.spans import title_word

#: A one-word name is recovered only when this many articles tag it as an actor.
MIN_DOCUMENTS_ONE_WORD = 2
#: Or when one article tags it and this many articles in all use it as a name.
MIN_ARTICLES_WRITTEN = 3
#: Longest name looked for, in words.
MAX_NAME_WORDS = 6
#: Shortest family name looked for alone, in letters ("Li" or "Ng" are too often other
#: words or initials).
MIN_SURNAME_LETTERS = 3


@dataclass(slots=True)
class _Known:
    """What the corpus says about one folded name."""

    types: Counter[EntityType] = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)
    #: Articles that write the name as a one-word run in mid-sentence (`_written`).
    written: set[str] = field(default_factory=set)
    #: True for a family name known only from the full names of people (`_surnames`).
    surname: bool = False


def _keys(name: str, type_: str = "") -> set[str]:
    """The index keys of a name: also without a legal form, but not a person's ("Có"
    is no "Co.": "President Có" is no "President")."""
    return {fold(name)} if type_ == "PERSON" else {fold(name), organisation_key(name)}


def _index(extractions: Sequence[DocExtraction]) -> dict[str, _Known]:
    known: dict[str, _Known] = defaultdict(_Known)
    for ex in extractions:
        for e in ex.entities:
            if e.is_country:
                continue
            for name in {e.label, *e.aliases}:
                if not name or len(name.split()) > MAX_NAME_WORDS:
                    continue
                for key in _keys(name, e.type):
                    k = known[key]
                    k.types[e.type] += e.mentions
                    k.docs.add(ex.doc_id)
    for family, k in _surnames(extractions).items():
        known.setdefault(family, k)
    for ex in extractions:
        for c in ex.candidates:
            hit = known.get(fold(" ".join(_words(c)))) if _written(c) else None
            if hit is not None:
                hit.written.add(ex.doc_id)
    return dict(known)


def _surnames(extractions: Sequence[DocExtraction]) -> dict[str, _Known]:
    """The family names of the corpus's people named in full ("Roe" of "Tamsin Roe"),
    as people's names: the corpus-wide counterpart of the surnames an article's own full
    names give (`kg.mentions`). The caller keeps a word some actor bears as its own name
    ("Washington" the city) under that actor's entry."""
    out: dict[str, _Known] = {}
    for ex in extractions:
        for e in ex.entities:
            if e.type != "PERSON":
                continue
            for name in {e.label, *e.aliases}:
                parts = parse_person(fold(name))
                family = parts.family.split()[-1]  # "wiel" of "van der wiel": one token
                if not parts.given or len(family) < MIN_SURNAME_LETTERS:
                    continue
                k = out.setdefault(family, _Known(surname=True))
                k.types["PERSON"] += e.mentions
                k.docs.add(ex.doc_id)
    return out


def _written(candidate: NameCandidate) -> bool:
    """A one-word run in the middle of a body sentence: the article capitalises the
    word where nothing else asks for a capital, and never writes it in lower case
    (`kg.name_candidates`), so it uses the word as a name."""
    return not candidate.initial and not candidate.headline and len(candidate.text.split()) == 1


def _words(candidate: NameCandidate) -> list[str]:
    words = candidate.text.split()
    return [w[:-2] if w.endswith(("'s", "’s")) else w.rstrip("'’") for w in words]


def find_known(candidate: NameCandidate, known: dict[str, _Known]) -> list[tuple[str, _Known]]:
    """The known names inside a run, as (written, known).

    In a headline, where title case glues names and verbs into one run ("Acme Beats
    Rivals"), the longest known stretches are taken, left to right. In body text a run
    is one name as written, so only the whole run is looked up (or the run without its
    first word when that word starts the sentence: "Yesterday Jane Roe"; or each side of
    an "and"): "Oslo Courier" never yields "Oslo".
    """
    words = _words(candidate)
    if not candidate.headline:
        qualifier = _qualifier(candidate, words, known)
        if qualifier is not None:
            return [qualifier]
        whole = _whole(words, known, initial=candidate.initial)
        if whole is not None or "and" not in words:
            return [whole] if whole is not None else []
        # "Jane Roe and John Doe": two names joined by "and", each taken whole.
        parts: list[list[str]] = [[]]
        for word in words:
            if word == "and":
                parts.append([])
            else:
                parts[-1].append(word)
        found = [
            _whole(part, known, initial=candidate.initial and k == 0)
            for k, part in enumerate(parts)
            if part
        ]
        if None not in found:
            return [f for f in found if f is not None]
        # One side is no known name: the run may be one name with "and" inside it ("Rivers
        # and Forests Service" holds no "Forests Service"); only a person's full name,
        # which holds no "and", is taken alone.
        return [f for f in found if f is not None and _full_person(f)]
    out: list[tuple[str, _Known]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_NAME_WORDS), i, -1):
            written = normalise_name(" ".join(words[i:j]))
            hit = _lookup(written, known, first=False)
            if hit is not None and not hit.surname:
                out.append((written, hit))
                i = j
                break
        else:
            i += 1
    return out


def _qualifier(
    candidate: NameCandidate, words: list[str], known: dict[str, _Known]
) -> tuple[str, _Known] | None:
    """A one-word run that starts its sentence right before a person's full name and is
    a known name of no person ("Redkites Tamsin Roe was fined"): the team, party or
    company the person is written with. Its capital comes from the name it qualifies,
    which a common word ("Officials Tamsin Roe") never does. A known person's name or
    family name there is part of the person's own name the NER cut short, and a title
    ("Coach Tamsin Roe", though a company is named Coach) is the person's; both are
    left."""
    if not (candidate.initial and candidate.before_person and len(words) == 1):
        return None
    if title_word(words[0]) or known_given_name(words[0]):
        # "Coach Jo Roe praised her players": a title, whatever else "Coach" is; "Chelsea
        # Jo Roe": a given name the NER left out of the person's name
        return None
    written = normalise_name(words[0])
    hit = _lookup(written, known, first=False)
    if hit is None or vote_type(hit.types) == "PERSON":
        return None
    return written, hit


def _full_person(found: tuple[str, _Known]) -> bool:
    written, hit = found
    return len(written.split()) > 1 and vote_type(hit.types) == "PERSON"


def _whole(
    words: list[str], known: dict[str, _Known], *, initial: bool
) -> tuple[str, _Known] | None:
    """A body-text run that is one known name, or is one after its sentence's first word."""
    tries = [words] + ([words[1:]] if initial and len(words) > 1 else [])
    for k, stretch in enumerate(tries):
        written = normalise_name(" ".join(stretch))
        hit = _lookup(written, known, first=k == 0 and initial)
        if hit is not None:
            return written, hit
    return None


def _lookup(written: str, known: dict[str, _Known], *, first: bool) -> _Known | None:
    """The known name ``written`` is, or None; ``first`` when it starts its sentence
    outside a headline, where a capital says nothing."""
    if not written[:1].isupper() or len(written.split()) > MAX_NAME_WORDS:
        return None
    hit = known.get(fold(written)) or known.get(organisation_key(written))
    if hit is None:
        return None
    if len(written.split()) == 1 and (first or not _one_word_known(hit)):
        return None
    return hit


def _one_word_known(hit: _Known) -> bool:
    """A one-word name is known when `MIN_DOCUMENTS_ONE_WORD` articles tag it as an
    actor, or one does and `MIN_ARTICLES_WRITTEN` articles in all use it as a name
    (tag it, or capitalise it in mid-sentence and never write it in lower case)."""
    if hit.surname:
        # A family name alone is taken only where articles use it as a name: the
        # bearer's name in full elsewhere says little about a word written alone.
        return len(hit.docs | hit.written) >= MIN_ARTICLES_WRITTEN
    return len(hit.docs) >= MIN_DOCUMENTS_ONE_WORD or (
        len(hit.docs | hit.written) >= MIN_ARTICLES_WRITTEN
    )


def promote_candidates(extractions: Iterable[DocExtraction]) -> list[DocExtraction]:
    """Add to each article the actors the corpus knows inside its unclaimed runs.

    The index is built from the extractions as the NER and the within-document stage
    left them, never from recovered names, so the result does not depend on the order
    of the articles.

    Args:
        extractions: Per-document results, with their `NameCandidate` runs.

    Returns:
        The extractions, with recovered local actors added (keys new to their article,
        no relations).
    """
    extractions = list(extractions)
    known = _index(extractions)
    out: list[DocExtraction] = []
    for ex in extractions:
        if not ex.candidates:
            out.append(ex)
            continue
        have = {k for e in ex.entities for n in (e.label, *e.aliases) for k in _keys(n)}
        found: dict[str, tuple[_Known, Counter[str]]] = {}
        for candidate in ex.candidates:
            for written, hit in find_known(candidate, known):
                if not _keys(written) & have:
                    entry = found.setdefault(organisation_key(written), (hit, Counter()))
                    entry[1][written] += 1
        keys = {e.key for e in ex.entities}
        added = [e for _, (hit, forms) in sorted(found.items()) if (e := _local(hit, forms, keys))]
        if added:
            entities = tuple(sorted((*ex.entities, *added), key=lambda e: e.key))
            ex = dataclasses.replace(ex, entities=entities)
        out.append(ex)
    return out


def _local(hit: _Known, forms: Counter[str], keys: set[str]) -> LocalEntity | None:
    """The recovered actor: named as the article writes it (its most frequent form), of
    the type the corpus gives the name, so the corpus passes treat it as if the NER had
    tagged it."""
    label = sorted(forms, key=lambda f: (-forms[f], f))[0]
    # a legal form as written says company, whatever the NER made of the name elsewhere
    kind: EntityType = "ORG" if written_legal_form(label) else vote_type(hit.types)
    key = str(person_key(label) if kind == "PERSON" else other_key(label))
    if key in keys:
        return None
    keys.add(key)
    # a courtesy title as written says the gender ("Mrs Roe"), as it would have had
    # the NER tagged the name: the corpus passes never give her to a man
    gender = cue_gender(label.split()[0], "honorific") if kind == "PERSON" and label else ""
    return LocalEntity(
        key=key,
        label=label,
        type=kind,
        aliases=tuple(sorted(forms)),
        mentions=sum(forms.values()),
        female=int(gender == "female"),
        male=int(gender == "male"),
    )

"""Killing rules: who killed whom, read off nouns, charges and "by" phrases.

Table-driven, on the real parser: each row is a sentence written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges, modalities

KILLINGS = [
    # killer_noun
    ("Ed Kurz, the assassin of Paul Hart, was executed.", {("Ed Kurz", "ASSAULT", "Paul Hart")}),
    ("Paul Hart's assassin, Ed Kurz, was executed.", {("Ed Kurz", "ASSAULT", "Paul Hart")}),
    (
        "Police said Tim Rook was the killer of Mary Dale.",
        {("Tim Rook", "ASSAULT", "Mary Dale")},
    ),
    # charged_killing
    (
        "Carl Voss was convicted of murdering Dean Hale.",
        {("Carl Voss", "ASSAULT", "Dean Hale")},
    ),
    (
        "A military court found Tom Bell guilty of strangling Ann Ross.",
        {("Tom Bell", "ASSAULT", "Ann Ross")},
    ),
    ("Ken Ray pleaded guilty to shooting Dan Moss.", {("Ken Ray", "ASSAULT", "Dan Moss")}),
    (
        "Tom Bell, convicted of killing Ann Ross, died in prison.",
        {("Tom Bell", "ASSAULT", "Ann Ross")},
    ),
    (
        "Karl Hoff, the driver convicted of murdering Paul Green, died in prison.",
        {("Karl Hoff", "ASSAULT", "Paul Green")},
    ),
    # killer_noun on a name, the victim written before it
    (
        "In the play, President Tom Hill's assassin Charles Webb sings a song.",
        {("Charles Webb", "ASSAULT", "Tom Hill")},
    ),
    ("Anna Ross assassin Omar Vance was hanged.", {("Omar Vance", "ASSAULT", "Anna Ross")}),
    # killer_clause
    (
        "Detectives believe Dale Voss was the masked gunman who killed Rita Kane.",
        {("Dale Voss", "ASSAULT", "Rita Kane")},
    ),
    (
        "John Marsh, the man who shot Paul Green, died in prison.",
        {("John Marsh", "ASSAULT", "Paul Green")},
    ),
    (
        "Witnesses say Dale Voss fired the bullets that killed Rita Kane.",
        {("Dale Voss", "ASSAULT", "Rita Kane")},
    ),
    (
        "John Marsh planted the bomb that killed Paul Green.",
        {("John Marsh", "ASSAULT", "Paul Green")},
    ),
    # shared_agent
    ("Paul Green was shot and killed by Karl Hoff.", {("Karl Hoff", "ASSAULT", "Paul Green")}),
    (
        "In 1921, Governor Rita Kane was shot and badly wounded by Dale Voss.",
        {("Dale Voss", "ASSAULT", "Rita Kane")},
    ),
    (
        "The town keeps the memory of Rita Kane, who was cut down by gunman Dale Voss.",
        {("Dale Voss", "ASSAULT", "Rita Kane")},
    ),
    # killing_by
    (
        "The assassination of Paul Hart by Ed Kurz shocked the nation.",
        {("Ed Kurz", "ASSAULT", "Paul Hart")},
    ),
    # a place before the act noun is where it happened; its "by" still names the killer
    (
        "Police said the Medellin-style killing of Pedro Alvarez by Juan Ortiz was a warning.",
        {("Juan Ortiz", "ASSAULT", "Pedro Alvarez")},
    ),
    # a country before an act noun is a state that acts
    ("The Peruvian attack on Ecuador began at dawn.", {("Peru", "ASSAULT", "Ecuador")}),
    # a gerund adjunct of a passive clause is done by the clause's written subject
    (
        "Karl Hoff was arrested an hour after shooting Paul Green.",
        {("Karl Hoff", "ASSAULT", "Paul Green")},
    ),
    # pronoun_victim: the one other person the sentence named before "him"
    (
        "Tom Bell was giving a speech in Reno when Ann Ross stabbed him.",
        {("Ann Ross", "ASSAULT", "Tom Bell")},
    ),
    (
        "Paul Green ran for the door, but Karl Hoff stabbed him twice.",
        {("Karl Hoff", "ASSAULT", "Paul Green")},
    ),
    # verbs (lexicon/verbs.tsv) through a relative clause
    (
        "Jim Moe, who killed Ann Ross, and Bob and Sue Lee were there.",
        {("Jim Moe", "ASSAULT", "Ann Ross")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), KILLINGS, ids=[r[0][:60] for r in KILLINGS])
def test_killing_edges(sentence: str, expected: set[Edge]) -> None:
    got = edges(sentence)
    assert expected <= got, f"missing {sorted(expected - got)}; got {sorted(got)}"


def test_a_killing_someone_else_tells_of_is_reported() -> None:
    sentence = "Detectives believe Dale Voss was the masked gunman who killed Rita Kane."
    assert modalities(sentence)[("Dale Voss", "ASSAULT", "Rita Kane")] == "reported"


def test_a_charge_is_reported_not_asserted() -> None:
    sentence = "Ken Ray was accused of killing Dan Moss."
    assert modalities(sentence)[("Ken Ray", "ASSAULT", "Dan Moss")] == "reported"


#: Sentences whose ASSAULT edges are exactly these (mostly none).
NO_KILLINGS: list[tuple[str, set[Edge]]] = [
    # a name conjoined after a relative clause killed nobody
    (
        "Jim Moe, who killed Ann Ross, and Bob and Sue Lee were there.",
        {("Jim Moe", "ASSAULT", "Ann Ross")},
    ),
    # an acquittal clears
    ("Tom Bell was acquitted of murdering Ann Ross.", set()),
    # who arrested someone after a killing did not kill
    ("Police in Dallas arrested Ed Kurz after the assassination of Paul Hart.", set()),
    # a witness, a lawyer, a biographer of a killing
    ("Ann Ross testified about the murder of Dan Moss.", set()),
    ("Ken Ray wrote a book about the assassination of Paul Hart.", set()),
    # who heard, found or carried the means of a killing did not kill
    ("John Marsh heard the shots that killed Paul Green.", set()),
    ("Ann Ross found the gun that killed Paul Green.", set()),
    # the killer is not the one who speaks of him, nor the doctor who treated a victim
    ("The man who killed Paul Green was never found, said John Marsh.", set()),
    ("John Marsh was the doctor who treated Paul Green.", set()),
    # a victim is no killer
    ("Karl Hoff, the man who was killed by robbers, was buried.", set()),
    # a name before "and" an assassin is no victim
    ("The film shows Anna Ross and assassin Omar Vance.", set()),
    # a second passive verb that is no killing lends its "by" to nothing
    ("Paul Green was shot and then questioned by Acme Security.", set()),
    ("The program was cut down by Karl Hoff.", set()),
    # a town, a region or a site named before a killing noun is where, not who
    ("The Chicago murder of Tom Brown shocked the city.", set()),
    ("The Texas slaying of Ann Lee remains unsolved.", set()),
    ("Police reopened the Lakeview Park shooting of Ed Kurz.", set()),
    ("Two men stand trial for the Kandahar killings of Paul Green and Ann Ross.", set()),
    # "him" with two people named before it, with none, or with only the killer
    ("Karl Hoff met Paul Green and Tom Bell before Ed Kurz shot him.", set()),
    ("Karl Hoff shot him after Paul Green left.", set()),
    ("Karl Hoff said he would kill him.", set()),
    # a person of the other gender is not "him"
    ("Mrs. Ann Ross said Karl Hoff shot him.", set()),
    ("Mr. Paul Green said Karl Hoff later killed her.", set()),
    # no victim named
    ("Tom Bell was convicted of murder in 1990.", set()),
]


@pytest.mark.parametrize(("sentence", "allowed"), NO_KILLINGS, ids=[r[0][:60] for r in NO_KILLINGS])
def test_no_wrong_killing_edge(sentence: str, allowed: set[Edge]) -> None:
    got = {e for e in edges(sentence) if e[1] == "ASSAULT"}
    assert got == allowed

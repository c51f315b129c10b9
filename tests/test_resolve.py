"""Tests for entity resolution: within a document (`kg.resolve.document`), across documents
(`resolve_corpus`) and the user's alias rules (`kg.aliases`)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kg.aliases import AliasRules, load_aliases
from kg.errors import AliasFileError
from kg.mentions import find_mentions
from kg.model import DocExtraction, LocalEntity
from kg.resolve.corpus import Resolution, resolve_corpus, slugify
from kg.resolve.document import local_entities, resolve_document
from kg.resolve.keys import country_key, other_key
from tests.extraction_helpers import actors, entities, nlp

# ---------------------------------------------------------------------------------
# Within one document (real parses)
# ---------------------------------------------------------------------------------


def _people(text: str) -> dict[str, LocalEntity]:
    return {e.label: e for e in entities(text).values() if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "full", "partial"),
    [
        (
            "Cyril Ramaphosa arrived in Lagos. Ramaphosa met business leaders.",
            "Cyril Ramaphosa",
            "Ramaphosa",
        ),
        (
            "Cyril Ramaphosa arrived on Monday. Mr. Ramaphosa met business leaders.",
            "Cyril Ramaphosa",
            "Mr. Ramaphosa",
        ),
        (
            "Cyril Ramaphosa arrived on Monday. Mr Ramaphosa met business leaders.",
            "Cyril Ramaphosa",
            "Mr Ramaphosa",
        ),
        (
            "Jacinda Ardern spoke in Wellington. Critics said Ardern was wrong.",
            "Jacinda Ardern",
            "Ardern",
        ),
    ],
)
def test_surname_joins_the_full_name(text: str, full: str, partial: str) -> None:
    people = _people(text)
    assert set(people) == {full}
    assert partial in people[full].aliases
    assert people[full].mentions >= 2


def test_people_sharing_a_surname_stay_apart() -> None:
    people = _people("Ed Miliband spoke first. David Miliband spoke later.")
    assert set(people) == {"Ed Miliband", "David Miliband"}
    assert people["Ed Miliband"].aliases == ("Ed Miliband",)


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The Kessel People's Congress won the vote. The KPC said it was pleased.",
            "Kessel People's Congress",
            "KPC",
        ),
        (
            "The North Atlantic Treaty Organization met. NATO said it was ready.",
            "North Atlantic Treaty Organization",
            "NATO",
        ),
        (
            "The World Health Organization warned on Monday. The WHO said cases rose.",
            "World Health Organization",
            "WHO",
        ),
    ],
)
def test_acronym_joins_its_expansion(text: str, name: str, acronym: str) -> None:
    found = {e.label: e for e in entities(text).values()}
    assert acronym not in found
    assert acronym in found[name].aliases


def test_country_forms_join_by_iso_code() -> None:
    found = entities("The United States criticised China. The US said Beijing was wrong.")
    usa = found["country:USA"]
    assert usa.label == "United States" and usa.is_country
    assert {"US", "United States"} <= set(usa.aliases)
    russia = entities("Russia and Russian officials met. Russians voted.")["country:RUS"]
    assert {"Russia", "Russian", "Russians"} <= set(russia.aliases)


def _actors(text: str, ents: list[tuple[int, int, str]]) -> tuple[LocalEntity, ...]:
    from spacy.tokens import Span

    doc = nlp()(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return local_entities(resolve_document(doc, find_mentions(doc, "t")), (), ())


def test_label_voting_pulls_an_org_tagged_surname_into_the_person() -> None:
    # The NER tags the second "Ramaphosa" ORG; it still joins the person.
    actors = _actors("Cyril Ramaphosa spoke . Ramaphosa left .", [(0, 2, "PERSON"), (4, 5, "ORG")])
    people = [e for e in actors if e.type == "PERSON"]
    assert len(actors) == 1
    assert people[0].label == "Cyril Ramaphosa"
    assert people[0].mentions == 2


def test_unrelated_org_is_not_a_person() -> None:
    actors = _actors("Cyril Ramaphosa spoke . Eskom left .", [(0, 2, "PERSON"), (4, 5, "ORG")])
    types = {e.label: e.type for e in actors}
    assert types == {"Cyril Ramaphosa": "PERSON", "Eskom": "ORG"}


def test_pronouns_and_capitals_are_decided_in_a_frozen_index() -> None:
    text = "Moscow deployed jets to Syria. Kenya said it would send aid."
    index = actors(text)
    doc = nlp()(text)
    (it,) = [t for t in doc if t.lower_ == "it"]
    assert index.pronouns == {it.i: country_key("KEN")}
    assert index.stands_for(other_key("Moscow")) == country_key("RUS")
    assert index.stands_for(country_key("SYR")) is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        index.pronouns = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        index.pronouns[0] = country_key("KEN")  # type: ignore[index]
    for mutator in ("add_pronoun", "ensure_country", "add_role", "country_for"):
        assert not hasattr(index, mutator)


# ---------------------------------------------------------------------------------
# Across documents (hand-built records, no parse)
# ---------------------------------------------------------------------------------


def person(name: str, *aliases: str) -> LocalEntity:
    return LocalEntity(
        key="person:" + name.lower(), label=name, type="PERSON", aliases=(name, *aliases)
    )


def org(name: str, *aliases: str) -> LocalEntity:
    return LocalEntity(
        key="other:" + name.lower(), label=name, type="ORG", aliases=(name, *aliases)
    )


def country(alpha3: str, name: str, *aliases: str) -> LocalEntity:
    return LocalEntity(
        key="country:" + alpha3,
        label=name,
        type="GPE",
        aliases=(name, *aliases),
        country=alpha3,
        is_country=True,
    )


def resolve(*docs: list[LocalEntity], rules: AliasRules | None = None) -> Resolution:
    extractions = [
        DocExtraction(doc_id=f"d{i}", entities=tuple(es), relations=()) for i, es in enumerate(docs)
    ]
    return resolve_corpus(extractions, rules)


def groups(res: Resolution) -> set[frozenset[str]]:
    """The resolved entities as sets of their aliases, for order-free comparison."""
    return {frozenset(e.aliases) for e in res.entities}


@pytest.mark.parametrize(
    ("names", "merged"),
    [
        (["José Ramos-Horta", "Jose Ramos-Horta"], True),
        (["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"], True),
        (["Sergei Lavrov", "Sergey Lavrov"], True),
        (["Nicholas Sarkozy", "Nicolas Sarkozy"], True),
        (["Mohammad Javad Zarif", "Mohammad Javad Zarif"], True),
        (["George Harlow", "John Harlow"], False),
        (["Ed Miliband", "David Miliband"], False),
        (["Kim Jong Un", "Kim Jong Il"], False),
        (["Joe Biden", "Hunter Biden"], False),
        (["Raul Castro", "Fidel Castro"], False),
        (["Sergei Lavrov", "Sergei Ryabkov"], False),
    ],
)
def test_people_across_documents(names: list[str], merged: bool) -> None:
    res = resolve(*[[person(n)] for n in names])
    assert (len(res.entities) == 1) is merged, [e.label for e in res.entities]
    if merged:
        (entity,) = res.entities
        assert entity.documents == ("d0", "d1")
        assert set(names) <= set(entity.aliases)


def test_surname_joins_the_only_full_name() -> None:
    res = resolve([person("Lavrov")], [person("Sergei Lavrov")])
    (entity,) = res.entities
    assert entity.label == "Sergei Lavrov"
    assert res.key_map[("d0", "person:lavrov")] == res.key_map[("d1", "person:sergei lavrov")]


def test_surname_stays_apart_when_two_full_names_share_it() -> None:
    res = resolve([person("Harlow")], [person("George Harlow")], [person("John Harlow")])
    assert groups(res) == {
        frozenset({"Harlow"}),
        frozenset({"George Harlow"}),
        frozenset({"John Harlow"}),
    }


def test_surname_joins_when_the_full_names_are_one_person() -> None:
    res = resolve([person("Lavrov")], [person("Sergei Lavrov")], [person("Sergey Lavrov")])
    assert len(res.entities) == 1


def test_person_and_org_with_one_name_stay_apart() -> None:
    res = resolve([person("Jean Monnet")], [org("Jean Monnet")])
    assert sorted(e.type for e in res.entities) == ["ORG", "PERSON"]


def test_countries_merge_by_iso_code() -> None:
    res = resolve(
        [country("RUS", "Russia", "Russian")],
        [country("RUS", "Russian Federation")],
        [country("GBR", "United Kingdom", "Britain")],
        [country("GBR", "United Kingdom", "UK")],
    )
    by_id = {e.id: e for e in res.entities}
    assert set(by_id) == {"russia", "united-kingdom"}
    assert {"Russia", "Russian", "Russian Federation"} <= set(by_id["russia"].aliases)
    assert by_id["russia"].label == "Russia"
    assert by_id["russia"].type == "GPE"
    assert {"Britain", "UK"} <= set(by_id["united-kingdom"].aliases)


def test_acronym_joins_the_unique_expansion_across_documents() -> None:
    res = resolve([org("NATO")], [org("North Atlantic Treaty Organization")])
    (entity,) = res.entities
    assert {"NATO", "North Atlantic Treaty Organization"} <= set(entity.aliases)


def test_acronym_stays_apart_when_two_expansions_fit() -> None:
    res = resolve([org("KPC")], [org("Kessel People's Congress")], [org("Kessel Parks Council")])
    assert len(res.entities) == 3


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Juan Guaidó", "juan-guaido"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("O'Neill", "oneill"),
        ("U.S. Fisheries Board", "us-fisheries-board"),
        ("Al-Shabaab", "al-shabaab"),
        ("  Group of 20 ", "group-of-20"),
        ("!!!", "actor"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_ids_are_stable_under_input_order() -> None:
    docs = [
        [person("Sergei Lavrov"), country("RUS", "Russia")],
        [person("Sergey Lavrov"), org("Acme & Co")],
        [org("Acme Co"), person("Lavrov")],
    ]
    forward = resolve(*docs)
    backward = resolve(*reversed(docs))
    assert [(e.id, e.label) for e in forward.entities] == [
        (e.id, e.label) for e in backward.entities
    ]


def test_slug_collisions_get_a_suffix() -> None:
    # Three different organisations and a person whose names all slug to "acme-bros"
    # (a legal form such as "Co" is not part of a name's key, and a person named exactly
    # like an organisation takes the organisation's type: see kg.resolve.types).
    res = resolve(
        [org("Acme & Bros")], [org("Acme Bros")], [org("Acme + Bros")], [person("Acme Bros'")]
    )
    ids = sorted(e.id for e in res.entities)
    assert len(set(ids)) == 4
    assert all(i.startswith("acme-bros") for i in ids)
    assert "acme-bros" in ids
    assert "acme-bros-person" in ids or "acme-bros-org" in ids


def test_key_map_covers_every_local_entity() -> None:
    res = resolve([person("George Harlow"), country("FRA", "France")], [person("John Harlow")])
    assert set(res.key_map) == {
        ("d0", "person:george harlow"),
        ("d0", "country:FRA"),
        ("d1", "person:john harlow"),
    }
    assert set(res.key_map.values()) == {e.id for e in res.entities}


# ---------------------------------------------------------------------------------
# The user's alias rules
# ---------------------------------------------------------------------------------


def test_alias_merge() -> None:
    rules = AliasRules(merges=(("Mohammed bin Salman", "MBS"),))
    res = resolve([person("Mohammed bin Salman")], [org("MBS")], rules=rules)
    assert len(res.entities) == 1
    assert resolve([person("Mohammed bin Salman")], [org("MBS")]).entities != res.entities


def test_alias_separate_beats_the_automatic_merge() -> None:
    assert len(resolve([person("Sergei Lavrov")], [person("Sergey Lavrov")]).entities) == 1
    rules = AliasRules(separations=(("Sergei Lavrov", "Sergey Lavrov"),))
    res = resolve([person("Sergei Lavrov")], [person("Sergey Lavrov")], rules=rules)
    assert len(res.entities) == 2


def test_alias_separate_keeps_a_surname_apart() -> None:
    rules = AliasRules(separations=(("Lavrov", "Sergei Lavrov"),))
    res = resolve([person("Lavrov")], [person("Sergei Lavrov")], rules=rules)
    assert len(res.entities) == 2


def test_alias_rename() -> None:
    rules = AliasRules(renames={"José Ramos-Horta": "Jose Ramos Horta"})
    res = resolve([person("José Ramos-Horta")], [person("Jose Ramos-Horta")], rules=rules)
    (entity,) = res.entities
    assert entity.label == "Jose Ramos Horta"
    assert entity.id == "jose-ramos-horta"


def test_alias_drop_matches_folded_names_and_aliases() -> None:
    rules = AliasRules(drops=frozenset({"breaking news"}))
    res = resolve(
        [org("Breaking News"), org("Reuters")], [org("BBC", "BREAKING NEWS")], rules=rules
    )
    assert {e.label for e in res.entities} == {"Reuters"}
    assert ("d0", "other:breaking news") not in res.key_map


YAML_OK = """\
merge:
  - [Mohammed bin Salman, MBS]
separate:
  - [Tom Harlan, Tom B. Harlan]
rename:
  Juan Guaidó: Juan Guaido
drop:
  - Breaking News
"""

CSV_OK = """\
action,name,other
merge,MBS,Mohammed bin Salman
separate,Tom Harlan,Tom B. Harlan
rename,Juan Guaidó,Juan Guaido
# a comment
drop,Breaking News,
"""


@pytest.mark.parametrize(("filename", "text"), [("aliases.yaml", YAML_OK), ("aliases.csv", CSV_OK)])
def test_load_aliases(tmp_path: Path, filename: str, text: str) -> None:
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    rules = load_aliases(path)
    assert {frozenset(m) for m in rules.merges} == {frozenset({"MBS", "Mohammed bin Salman"})}
    assert rules.keeps_apart({"Tom Harlan"}, {"Tom B. Harlan"})
    assert rules.renamed("Juan Guaidó", ()) == "Juan Guaido"
    assert rules.is_dropped("breaking news")
    assert not rules.is_dropped("Reuters")


def test_load_empty_yaml_gives_no_rules(tmp_path: Path) -> None:
    path = tmp_path / "aliases.yml"
    path.write_text("", encoding="utf-8")
    assert load_aliases(path) == AliasRules()


@pytest.mark.parametrize(
    ("filename", "text", "where"),
    [
        ("bad.yaml", "merge:\n  - [a, b\nx: 1\n", ":3"),
        ("bad.csv", "action,name,other\nmerge,MBS,Mohammed bin Salman\nfrobnicate,A,B\n", ":3"),
        ("bad.csv", "action,name,other\nrename,Juan Guaidó\n", ":2"),
        ("bad.csv", "drop,\n", ":1"),
        ("bad.yaml", "separate:\n  - [Tom Harlan]\n", " separate #1"),
        ("bad.yaml", "merge:\n  - [MBS]\n", " merge #1"),
        ("bad.yaml", "rename:\n  - a\n", " rename"),
        ("bad.yaml", "unify:\n  - [a, b]\n", ""),
        ("bad.yaml", "- just a list\n", ""),
    ],
)
def test_malformed_alias_file(tmp_path: Path, filename: str, text: str, where: str) -> None:
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AliasFileError) as info:
        load_aliases(path)
    assert f"{path}{where}:" in str(info.value)


def test_missing_alias_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(AliasFileError, match=r"nope\.yaml"):
        load_aliases(path)


def test_family_name_first_joins_across_documents() -> None:
    from kg.model import DocExtraction, LocalEntity

    full = LocalEntity(
        key="person:moon jae in", label="Moon Jae-in", type="PERSON", aliases=("Moon Jae-in",)
    )
    lone = LocalEntity(key="person:moon", label="Moon", type="PERSON", aliases=("Moon",))
    res = resolve_corpus([DocExtraction("a", (full,), ()), DocExtraction("b", (lone,), ())])
    assert [e.label for e in res.entities] == ["Moon Jae-in"]


def test_lone_first_name_does_not_join_a_western_name() -> None:
    from kg.model import DocExtraction, LocalEntity

    full = LocalEntity(key="person:jordan tarrow", label="Jordan Tarrow", type="PERSON", aliases=())
    lone = LocalEntity(key="person:jordan", label="Jordan", type="PERSON", aliases=())
    res = resolve_corpus([DocExtraction("a", (full,), ()), DocExtraction("b", (lone,), ())])
    assert sorted(e.label for e in res.entities) == ["Jordan", "Jordan Tarrow"]


def test_surname_transliterations_merge_under_the_same_first_name() -> None:
    from kg.model import DocExtraction, LocalEntity

    a = LocalEntity(key="person:a", label="Volodymyr Zelensky", type="PERSON", aliases=())
    b = LocalEntity(key="person:b", label="Volodymyr Zelenskyy", type="PERSON", aliases=())
    c = LocalEntity(key="person:c", label="Boris Johnson", type="PERSON", aliases=())
    d = LocalEntity(key="person:d", label="Mark Johnston", type="PERSON", aliases=())
    res = resolve_corpus([DocExtraction("1", (a, c), ()), DocExtraction("2", (b, d), ())])
    assert len(res.entities) == 3
    assert {res.key_map[("1", "person:a")]} == {res.key_map[("2", "person:b")]}


def test_short_org_name_joins_the_longer_one_in_the_same_article() -> None:
    from tests.extraction_helpers import extract

    ex = extract(
        "The Russian Foreign Ministry summoned the envoy. The Foreign Ministry said talks"
        " would continue."
    )
    names = {e.label for e in ex.entities if e.type == "ORG"}
    assert "Foreign Ministry" not in names


# ---------------------------------------------------------------------------------
# The merge audit: which pass joined each local actor
# ---------------------------------------------------------------------------------


def _rules_of(res: Resolution, label: str) -> dict[tuple[str, str], str]:
    (entity,) = [e for e in res.entities if e.label == label]
    return {(j.doc, j.label): j.rule for j in res.joins[entity.id]}


@pytest.mark.parametrize(
    ("docs", "label", "expected"),
    [
        (
            [[person("Sergei Lavrov")], [person("Sergei Lavrov")], [person("Lavrov")]],
            "Sergei Lavrov",
            {
                ("d0", "Sergei Lavrov"): "same name",
                ("d1", "Sergei Lavrov"): "same name",
                ("d2", "Lavrov"): "lone surname",
            },
        ),
        (
            [[person("Sergei Lavrov")], [person("Sergei Lavrov")], [person("Sergey Lavrov")]],
            "Sergei Lavrov",
            {
                ("d0", "Sergei Lavrov"): "same name",
                ("d1", "Sergei Lavrov"): "same name",
                ("d2", "Sergey Lavrov"): "same person",
            },
        ),
        (
            [[org("World Health Organization")], [org("World Health Organization")], [org("WHO")]],
            "World Health Organization",
            {
                ("d0", "World Health Organization"): "same name",
                ("d1", "World Health Organization"): "same name",
                ("d2", "WHO"): "acronym",
            },
        ),
        (
            [[country("KEN", "Kenya")], [country("KEN", "Kenya", "Kenyan")]],
            "Kenya",
            {("d0", "Kenya"): "same country", ("d1", "Kenya"): "same country"},
        ),
    ],
)
def test_each_local_actor_records_the_pass_that_joined_it(
    docs: list[list[LocalEntity]], label: str, expected: dict[tuple[str, str], str]
) -> None:
    assert _rules_of(resolve(*docs), label) == expected


def test_audit_names_the_alias_file_and_the_group_joined_to() -> None:
    rules = AliasRules(merges=(("Mohammed bin Salman", "MBS"),))
    res = resolve(
        [person("Mohammed bin Salman")], [person("Mohammed bin Salman")], [org("MBS")], rules=rules
    )
    (entity,) = res.entities
    by_label = {j.label: j for j in res.joins[entity.id]}
    assert by_label["MBS"].rule == "alias file"
    assert (
        by_label["MBS"].via is not None and by_label["MBS"].via.actor.name == "mohammed bin salman"
    )
    assert by_label["Mohammed bin Salman"].via is None


def test_every_local_actor_is_in_the_audit_once() -> None:
    docs = [
        [person("George Harlow"), country("FRA", "France")],
        [person("John Harlow"), person("Harlow")],
    ]
    res = resolve(*docs)
    audited = [(j.doc, j.key) for joins in res.joins.values() for j in joins]
    assert sorted(audited) == sorted(res.key_map)


# ---------------------------------------------------------------------------------
# Countries stay in the graph whatever the user renames them to
# ---------------------------------------------------------------------------------


def test_renamed_country_without_edges_stays_in_the_graph() -> None:
    from kg.pipeline import assemble

    extraction = DocExtraction(
        doc_id="d0",
        entities=(country("USA", "United States", "US"), org("Acme Co")),
        relations=(),
    )
    rules = AliasRules(renames={"United States": "USA"})
    for alias_rules in (None, rules):
        entities, _ = assemble([extraction], alias_rules)
        labels = {e.label for e in entities}
        assert labels == ({"USA"} if alias_rules else {"United States"}) | {"Acme Co"}
    res = resolve([country("USA", "United States")], rules=rules)
    assert [e.id for e in res.entities] == ["usa"]
    assert res.countries == {"usa"}


def test_each_surface_form_records_the_rules_that_joined_it() -> None:
    res = resolve(
        [person("Sergei Lavrov", "Lavrov")],
        [person("Sergey Lavrov")],
        [person("Lavrov")],
        [person("Sergei Lavrov")],
    )
    (entity,) = res.entities
    assert dict(entity.merged) == {
        "Lavrov": ("lone surname", "same document"),
        "Sergei Lavrov": ("same name",),
        "Sergey Lavrov": ("same person",),
    }


def test_a_renamed_label_is_recorded_as_the_alias_file() -> None:
    rules = AliasRules(renames={"Sergei Lavrov": "S. Lavrov"})
    (entity,) = resolve([person("Sergei Lavrov")], rules=rules).entities
    assert dict(entity.merged) == {"S. Lavrov": ("alias file",), "Sergei Lavrov": ("same name",)}

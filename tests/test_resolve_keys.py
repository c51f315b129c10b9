"""The typed actor key: one string form, built and read back in one place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.resolve.keys import ACTOR_KINDS, ActorKey, country_key, other_key, person_key
from tests.extraction_helpers import extract


@given(st.sampled_from(ACTOR_KINDS), st.text(min_size=1))
def test_string_form_round_trips(kind: str, name: str) -> None:
    key = ActorKey(kind, name)  # type: ignore[arg-type]
    assert ActorKey.parse(str(key)) == key


@pytest.mark.parametrize("text", ["", "person", "person:", "p:angela merkel", "PERSON:x", ":x"])
def test_other_strings_are_not_keys(text: str) -> None:
    with pytest.raises(ValueError, match="not an actor key"):
        ActorKey.parse(text)


def test_constructors_fold_names() -> None:
    assert person_key("José  MUJICA") == ActorKey("person", "jose mujica")
    assert other_key("U.N.") == other_key("UN") == ActorKey("other", "un")
    assert str(country_key("KEN")) == "country:KEN"
    assert person_key("Angela Merkel").words == ["angela", "merkel"]


def test_keys_order_countries_then_others_then_people() -> None:
    keys = [person_key("Aaron Abel"), other_key("Zeta Corp"), country_key("ZWE")]
    assert sorted(keys) == [country_key("ZWE"), other_key("Zeta Corp"), person_key("Aaron Abel")]


def test_extraction_keys_are_typed_keys_of_the_right_kind() -> None:
    ex = extract("Kenyan President Ada Mwangi met officials of the Coastal Energy Company.")
    kinds = {e.label: ActorKey.parse(e.key).kind for e in ex.entities}
    assert kinds["Kenya"] == "country"
    assert kinds["Ada Mwangi"] == "person"
    assert kinds["Coastal Energy Company"] == "other"
    assert all(ActorKey.parse(k) for r in ex.relations for k in (r.source, r.target))

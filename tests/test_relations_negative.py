"""Negative rows: no trigger, no actor, or the wrong sense of a trigger.

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges
from tests.relation_rows import canon

# ---------------------------------------------------------------------------------
# Negative rows: no trigger, no actor, or the wrong sense of a trigger
# ---------------------------------------------------------------------------------

NO_EDGES = [
    "Emmanuel Macron and Angela Merkel attended the dinner in Paris.",
    "Macron and Merkel attended the dinner in Paris.",
    "Canada criticised the decision.",
    "Japan criticised the plan to release water.",
    "Mikhail Tarasov left Moscow on Tuesday.",
    "Jair Bolsonaro left Brazil for Florida.",
    "France and Germany are neighbours.",
    "Spain and Portugal share a border.",
    "The United States sent a letter.",
    "Joe Biden spoke about China.",
    "Rishi Sunak visited the factory.",
    "Peru released the report.",
    "Iran withdrew the proposal.",
    "Olaf Scholz met reporters in Berlin.",
    "India called the move a mistake.",
    "Britain said that Iran attacked the tanker.",
    "The remarks angered China.",
    # Trigger words in senses that are no event between actors.
    "Samsung launched a new phone in Seoul.",
    "Workers at Aerovant went on strike.",
    "The court struck down the law.",
    "Canada welcomed the decision.",
    "Samsung opened a new factory in Vietnam.",
    "The storm destroyed homes in Florida.",
    "Drevon lifted its sales forecast.",
    "China eased its monetary policy.",
    "Germany shared its plans with France.",
    "Canada gave a warm welcome to the proposal.",
    "Kenya handed over the trophy to the winners.",
    "Hungary blocked the road to the border.",
    "The pilot hailed from Texas.",
    "The minister resigned on Friday.",
    "Pakistan sought a loan.",
    "Hungary declined to comment.",
    "The United States denied the report.",
    "The bank slammed the brakes on lending.",
    "Mexico hosted the World Cup in 1986.",
    "Brazil voted for the resolution.",
    "Turkey ignored the warnings.",
    "The fire spread to the port.",
    "Spain was a guest of honour.",
    "Germany held the talks in Berlin.",
    # A trigger noun under a verb that reacts to, reports or undoes the event: the
    # verb's subject did not carry it out.
    "France condemned the killing of Hassan Nasrallah.",
    "Britain condemned the arrest of Alexei Navalny.",
    "Germany mourned the assassination of Shinzo Abe.",
    "Russia denied an attack on Ukraine.",
    "Russia condemned the attack on Ukraine.",
    "Iran ruled out talks with the United States.",
    "Turkey criticised the sanctions on Iran.",
    "Canada ended its boycott of Israel.",
    "The United Nations called for an investigation into the killing of Shireen Abu Akleh.",
    # permission by no actor, or to do nothing to an actor
    "The court allowed rebel commander Grace Njeri to stand for election.",
    "The new rules allow Kenyan companies to hire abroad.",
    "The company abused its power in Kenya.",
    "Kenya declared the state of the economy in Mombasa sound.",
    "The government of national unity met in Nairobi.",
]


@pytest.mark.parametrize("sentence", NO_EDGES)
def test_no_edge(sentence: str) -> None:
    assert edges(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        ("Mikhail Tarasov left Moscow on Tuesday.", ("Mikhail Tarasov", "RETREAT", "Russia")),
        ("Iran released Sweden's diplomat.", ("Iran", "RETREAT", "Sweden")),
        ("Saudi Arabia asked Pakistan to send troops to Yemen.", ("Pakistan", "MOBILIZE", "Yemen")),
        ("Japan sent engineers to Kenya.", ("Japan", "MOBILIZE", "Kenya")),
        ("Turkey angered Greece by sending a survey ship.", ("Turkey", "OPPOSE", "Greece")),
        ("Greece was bailed out and was praised by the IMF.", ("Greece", "SUPPORT", "IMF")),
        ("Japan gave a warm welcome to Narendra Modi.", ("Japan", "AID", "Narendra Modi")),
        ("France cancelled its meeting with Italy.", ("France", "CONSULT", "Italy")),
        ("Poland signed a contract with South Korea.", ("Poland", "CONSULT", "South Korea")),
        (
            "Bangladesh's army handed over power to Muhammad Yunus.",
            ("Bangladeshi military", "COOPERATE", "Muhammad Yunus"),
        ),
        ("Japan trained with Australia in May.", ("Japan", "AID", "Australia")),
        ("Canada stood up against Russia.", ("Canada", "SUPPORT", "Russia")),
        ("Britain cut aid to Uganda.", ("United Kingdom", "AID", "Uganda")),
        ("India sent congratulations to Sri Lanka.", ("India", "AID", "Sri Lanka")),
        ("Germany offered an apology to Namibia.", ("Germany", "AGREE", "Namibia")),
        ("Turkey gave in to Sweden in the end.", ("Turkey", "AID", "Sweden")),
        ("The United States lifted sanctions on Syria.", ("United States", "SANCTION", "Syria")),
        ("India lifted the ban on TikTok.", ("India", "SANCTION", "TikTok")),
        (
            "The European Union eased sanctions on Belarus.",
            ("European Union", "SANCTION", "Belarus"),
        ),
        (
            "Canada condemned Russia's detention of Evan Gershkovich.",
            ("Canada", "COERCE", "Evan Gershkovich"),
        ),
        ("Russia condemned Israel's attack on Iran.", ("Russia", "ASSAULT", "Iran")),
        ("Israel vowed to destroy Hamas.", ("Israel", "ASSAULT", "Hamas")),
        # a court striking down a law assaults no one
        (
            "The Supreme Court struck down the Halvex Act passed by Congress.",
            ("Supreme Court", "ASSAULT", "Halvex Act"),
        ),
        # strengthening links is no sanction
        ("Peru strengthened links with Chile.", ("Peru", "SANCTION", "Chile")),
        # who condemned an attack did not attack
        ("Iran was condemned by France after attacking Iraq.", ("France", "ASSAULT", "Iraq")),
        (
            "Emmanuel Macron met Olaf Scholz and Giorgia Meloni in Rome.",
            ("Olaf Scholz", "CONSULT", "Giorgia Meloni"),
        ),
    ],
)
def test_forbidden_edge(sentence: str, forbidden: Edge) -> None:
    got = {canon(e) for e in edges(sentence)}
    assert canon(forbidden) not in got


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # Under a reaction verb the noun's own modifier is still its source.
        (
            "Canada condemned Russia's detention of Evan Gershkovich.",
            ("Russia", "COERCE", "Evan Gershkovich"),
        ),
        ("Russia condemned Israel's attack on Iran.", ("Israel", "ASSAULT", "Iran")),
        # Undoing a restriction is a concession, not the restriction.
        ("The United States lifted sanctions on Syria.", ("United States", "CONCEDE", "Syria")),
        # A promise to destroy is a threat (PLOVER), not the attack.
        ("Israel vowed to destroy Hamas.", ("Israel", "THREATEN", "Hamas")),
        # the passive clause's written subject attacked
        ("Iran was condemned by France after attacking Iraq.", ("Iran", "ASSAULT", "Iraq")),
    ],
)
def test_edge_kept_beside_a_forbidden_one(sentence: str, edge: Edge) -> None:
    assert canon(edge) in {canon(e) for e in edges(sentence)}

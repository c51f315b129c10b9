"""The modality of an event, read off the clause that holds its trigger.

``negated`` ("did not meet"), ``denied`` (a clause under "deny"), ``hypothetical``
("could use force", "if"), ``future`` ("will meet", "plans to visit"), ``reported``
(inside what someone else says, or "is believed to"), else ``asserted``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.model import Modality
from kg.relations.lexicon import request_clause_words

COMMUNICATION_VERBS = frozenset(
    [
        "say",
        "tell",
        "report",
        "claim",
        "allege",
        "announce",
        "state",
        "add",
        "note",
        "insist",
        "argue",
        "confirm",
        "write",
        "tweet",
        "post",
        "suggest",
        "believe",
        "think",
        "quote",
    ]
)

DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})

#: Verbs that say the act they control did not happen ("refused to sanction").
NEGATING_VERBS = frozenset({"refuse", "decline", "fail"})

#: Verbs that end the act they govern as a gerund ("stopped supplying arms to X"): the
#: act no longer happens.
STOPPING_VERBS = frozenset({"stop", "cease", "halt", "quit", "discontinue", "suspend", "end"})

REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})

HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "should", "can", "must"})

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})

FUTURE_VERBS = frozenset(
    {"plan", "intend", "expect", "prepare", "schedule", "aim", "hope", "want", "wish", "set"}
)


def _clause_modality(verb: Token) -> Modality:
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    aux = {c.lower_ for c in children if c.dep_ == "aux"}
    if aux & HYPOTHETICAL_AUX or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children
    ):
        return "hypothetical"
    if aux & FUTURE_AUX:
        return "future"
    return "asserted"


def _clause_top(verb: Token) -> Token:
    """The first verb of a chain of conjoined verbs (where "said ..." attaches)."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb


def modality(
    trigger: Token, source: Token | None, same_actor: Callable[[Token, Token], bool] | None = None
) -> Modality:
    """Return the modality of an event read off the clause holding ``trigger``.

    ``negated`` ("did not meet"), ``denied`` (a clause under "deny"), ``hypothetical``
    ("could use force", "if"), ``future`` ("will meet", "plans to visit"),
    ``reported`` (inside what someone else says, or "is believed to"), else
    ``asserted``. Reported speech is only "reported" when the speaker is not the
    actor: "Russia said it would ..." is Russia's own statement.

    Args:
        trigger: The verb or noun that triggered the event.
        source: The token naming the event's actor, if any.
        same_actor: Tells whether two tokens name the same actor (a pronoun and its
            antecedent); defaults to token identity.
    """
    same = same_actor or (lambda a, b: a.i == b.i)
    result: Modality = "asserted"
    node = trigger
    prev = trigger
    # The trigger and the verbs that control it ("could use force to oust").
    for _ in range(6):
        local = _clause_modality(node)
        if local == "negated":
            return "negated"
        if result == "asserted":
            result = local
        if node is not trigger and node.lemma_ in FUTURE_VERBS and result == "asserted":
            result = "future"
        if node is not trigger and node.lemma_ in NEGATING_VERBS:
            return "negated"
        if node is not trigger and node.lemma_ in STOPPING_VERBS and prev.tag_ == "VBG":
            return "negated"  # "stopped supplying arms"
        if node is not trigger and node.lemma_ in DENIAL_VERBS:
            return "denied"
        if any(c.lower_ in REPORT_ADVERBS for c in node.children) or any(
            c.dep_ == "prep" and c.lower_ == "according" for c in node.children
        ):
            result = "reported" if result == "asserted" else result
        finite_conj = node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP")
        if finite_conj:
            # "would not accept X and urged Y": a finite verb carries its own modality.
            node = _clause_top(node)
            break
        if (
            node.dep_ in ("xcomp", "conj", "pcomp", "prep", "pobj", "dobj", "attr")
            and node.head != node
        ):
            prev, node = node, node.head
            continue
        break
    for child in node.children:
        if child.dep_ == "parataxis" and child.lemma_ in COMMUNICATION_VERBS:
            return "reported" if result == "asserted" else result
    if node is not trigger and node.tag_ == "VBN" and node.lemma_ in COMMUNICATION_VERBS:
        return "reported" if result == "asserted" else result
    if (
        node.dep_ in ("ccomp", "acl")
        and request_clause_words().get(node.head.lemma_.lower()) == "demand"
        and result == "asserted"
    ):
        return "hypothetical"  # "demanded that Iran release X": asked for, not done
    if node.dep_ == "ccomp" or (node.dep_ == "relcl" and node.head.lemma_ in DENIAL_VERBS):
        head = node.head
        if head.lemma_ in DENIAL_VERBS:
            return "denied"
        if head.lemma_ in COMMUNICATION_VERBS:
            speakers = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            passive = any(c.dep_ == "auxpass" for c in head.children)
            if passive or source is None or not any(same(sp, source) for sp in speakers):
                return "reported" if result == "asserted" else result
    # "Russian mercenaries are believed to be operating": a passive report verb.
    anc = trigger.head
    if (
        anc is not trigger
        and anc.lemma_ in COMMUNICATION_VERBS
        and any(c.dep_ == "auxpass" for c in anc.children)
    ):
        return "reported" if result == "asserted" else result
    return result

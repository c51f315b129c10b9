"""Syntax helpers shared by the rule families: a verb's subjects, objects and
prepositional objects through passives, control, conjunctions and relative clauses, and
the words of a predicate."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Span, Token

from kg.relations.modality import COMMUNICATION_VERBS

SUBJECT_DEPS = ("nsubj", "csubj")

#: Verbs whose object, not subject, does the controlled act ("urged Russia to leave").
OBJECT_CONTROL = frozenset(
    [
        "ask",
        "urge",
        "tell",
        "order",
        "persuade",
        "force",
        "allow",
        "encourage",
        "invite",
        "call",
        "press",
        "push",
        "pressure",
        "instruct",
        "direct",
        "request",
        "require",
        "warn",
        "advise",
        "permit",
        "enable",
        "help",
        "lead",
        "get",
    ]
)


def governing_verbs(verb: Token, deps: tuple[str, ...] = ("xcomp",)) -> Iterator[Token]:
    """The words above ``verb`` along a chain of ``deps`` links, nearest first: the verbs
    that control it ("refused to agree to meet": agree, refused)."""
    node = verb
    while node.dep_ in deps and node.head != node:
        node = node.head
        yield node


def is_passive(verb: Token) -> bool:
    """True when ``verb`` has a passive auxiliary ("was backed")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


#: Verbs that take a clause of their own ("warned Japan and China would respond").
_CLAUSE_VERBS = COMMUNICATION_VERBS | frozenset(
    "warn fear hope know expect see hear learn agree decide demand urge ensure".split()
)


def split_object(clause: Token) -> Token | None:
    """The first noun of a list the parser made the subject of a clause when it is the
    object of the verb before it: in "Britain supported Ukraine and Russia opposed it"
    "Ukraine and Russia" is parsed as the subject of "opposed" and "supported" has no
    object. Read so when the verb has no object, the list starts right after it, and
    the clause is a plain transitive one (an object, no "that", no auxiliary)."""
    verb = clause.head
    if (
        clause.dep_ != "ccomp"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() in _CLAUSE_VERBS
        or any(c.dep_ == "dobj" for c in verb.children)
        or any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)
        or not any(c.dep_ == "dobj" for c in clause.children)
    ):
        return None
    for subj in clause.children:
        if (
            subj.dep_ == "nsubj"
            and subj.left_edge.i == verb.i + 1
            and any(c.dep_ == "conj" for c in subj.children)
        ):
            return subj
    return None


def _next_verb(tok: Token) -> Token | None:
    """The verb right after ``tok`` (adverbs between: "and China then warned")."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ in ("VERB", "AUX") else None


def clause_subject(verb: Token) -> Token | None:
    """The subject of a conjoined clause that the parser made the last conjunct of the
    previous clause's object: in "Japan sanctioned Russia and China warned Japan" China
    is parsed as sanctioned with Russia and "warned" as a verb with no subject of its own.

    A conjoined verb with no subject and no "and" of its own, right after a conjoined
    noun of its head verb's clause, takes that noun as its subject.
    """
    if verb.dep_ != "conj" or any(
        c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "cc") for c in verb.children
    ):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ == "ADV":
        i -= 1
    if i < 0:
        return None
    tok = verb.doc[i]
    if tok.dep_ != "conj" or tok.pos_ not in ("PROPN", "NOUN") or verb.head not in tok.ancestors:
        return None
    return tok


def is_clause_subject(tok: Token) -> bool:
    """True when ``tok`` is the subject of the clause after it (`clause_subject`), not a
    conjunct of the list it is parsed in: no act of the list reaches it."""
    if tok.dep_ == "conj" and split_object(tok.head.head) == tok.head:
        return True
    verb = _next_verb(tok)
    return verb is not None and clause_subject(verb) == tok


def subjects(verb: Token, surface: bool = False) -> list[Token]:
    """Subject tokens of a verb, inherited through control, conjunction and gerunds.

    Passives give their agent ("was backed by Russia"); a verb with no subject of its
    own takes the subject of the verb it depends on ("Russia is seeking to oust X",
    "Russia deployed and sold", "angered X by sending").
    """
    out: list[Token] = []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and split_object(verb) == child:
            out.extend(c for c in child.children if c.dep_ == "conj")
        elif child.dep_ in SUBJECT_DEPS:
            out.append(child)
        elif child.dep_ == "agent":
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "nsubjpass" and (surface or not passive):
            out.append(child)
    if out:
        return out
    stolen = clause_subject(verb)
    if stolen is not None:
        return [stolen]
    head = verb.head
    object_control = head.lemma_ in OBJECT_CONTROL and any(c.dep_ == "dobj" for c in head.children)
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and not object_control:
        # "China is expected to attack": the raised subject of a passive head acts.
        return subjects(head, surface=True)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        # "Norway is willing to send": the subject of the copula.
        return subjects(head.head, surface=True)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subjects(head, surface)
    # An adjunct's unwritten subject is its clause's written one, passive or not: "X was
    # arrested an hour after shooting Y" (X shot Y).
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VB") and head.pos_ in ("VERB", "AUX"):
        return _adjunct_controller(head, verb, surface)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _adjunct_controller(head.head, verb, surface)
    if verb.dep_ == "relcl" and verb.tag_ == "VBG":
        return [head]
    return []


def infinitive_clauses(verb: Token) -> list[Token]:
    """The verbs a verb controls: its ``xcomp``, or a "to" clause the parser made a
    ``ccomp`` with a subject of its own ("allowed X to run")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        or (c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    ]


#: Prepositions of a time adjunct ("after shooting Y"), unlike those of a charge or a
#: cause ("accused of killing Y", "acquitted of", "praised for").
TIME_PREPOSITIONS = frozenset({"after", "before", "while", "since", "upon", "on", "until"})


def _adjunct_controller(clause: Token, adjunct: Token, surface: bool) -> list[Token]:
    """Who does what a gerund adjunct of time names: its clause's written subject, also
    of a passive clause ("X was arrested after shooting Y": X shot Y, not whoever
    arrested); a charge ("X was accused of killing Y") is read by the charge rules."""
    timed = adjunct.dep_ == "advcl" or adjunct.head.lower_ in TIME_PREPOSITIONS
    if adjunct.tag_ == "VBG" and timed and is_passive(clause):
        written = [c for c in clause.children if c.dep_ == "nsubjpass"]
        if written:
            return written
    return subjects(clause, surface)


def objects(verb: Token) -> list[Token]:
    """Direct objects of a verb (datives too); the subject of a passive is its object,
    and the subject of the "to" clause of an object-control verb ("allowed X to run")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    out += [n for c in verb.children if (n := split_object(c)) is not None]
    if not out and verb.lemma_.lower() in OBJECT_CONTROL:
        out = [
            s
            for c in infinitive_clauses(verb)
            if c.dep_ == "ccomp"
            for s in c.children
            if s.dep_ == "nsubj"
        ]
    if not out:
        # "Egypt hosted and praised Jordan": the object sits on the last conjunct.
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB":
                if not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
                    out = [c for c in conj.children if c.dep_ == "dobj"]
                break
    if not out:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive and verb.dep_ == "relcl":
            out.append(verb.head)
        if verb.dep_ in ("xcomp", "conj") and passive:
            out.extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
    if not out and verb.dep_ == "relcl":
        # "Assad, whom the rebels are seeking to oust": the pronoun is an object
        # somewhere down the chain, and its antecedent is the head of the clause.
        for tok in verb.subtree:
            if tok.lower_ in ("whom", "which", "that") and tok.dep_ == "dobj":
                out.append(verb.head)
                break
    if not out and verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
        for tok in verb.head.children:
            if tok.lower_ in ("whom", "which", "that") and tok.dep_ == "dobj":
                out.append(verb.head.head)
    return out


def prep_objects(head: Token, prep: str) -> list[Token]:
    """Objects of preposition ``prep`` ("out of" too) under ``head`` or its direct object."""
    words = prep.split()
    out: list[Token] = []
    carriers = [head, *(c for c in head.children if c.dep_ in ("dobj", "prt"))]
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ not in ("prep", "agent", "dative", "prt") or child.lower_ != words[0]:
                continue
            node = child
            for word in words[1:]:
                nxt = [c for c in node.children if c.lower_ == word and c.dep_ in ("prep", "pcomp")]
                if not nxt:
                    node = None  # type: ignore[assignment]
                    break
                node = nxt[0]
            if node is not None:
                out.extend(c for c in node.children if c.dep_ == "pobj")
    return out


def of_objects(head: Token) -> list[Token]:
    """The objects of the "of" phrases hung on ``head`` itself ("the killing of X", "the
    capital of X"); unlike `prep_objects`, not those hung on its direct object."""
    return [
        o
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]


def has_prep_object(verb: Token, prep: str, lemmas: Collection[str]) -> bool:
    """True when ``verb`` has ``prep`` + one of ``lemmas`` ("from power"), or ``obj`` + one
    of them as its direct object ("cut ties", "cut relations")."""
    if prep == "obj":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lemmas for c in verb.children)
    return any(t.lemma_.lower() in lemmas for t in prep_objects(verb, prep))


def is_each_other(tok: Token) -> bool:
    """True for the head word of "each other" or "one another"."""
    words = {tok.lower_, *(c.lower_ for c in tok.children)}
    return {"each", "other"} <= words or {"one", "another"} <= words


def sentence_bounds(sent: Span, doc_text: str | None = None) -> tuple[int, int]:
    """Character offsets of a sentence without its surrounding white space.

    Args:
        sent: The sentence.
        doc_text: Its document's text, when the caller has it: a Span joins the text of
            its tokens again at every call.
    """
    text = sent.text if doc_text is None else doc_text[sent.start_char : sent.end_char]
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return start, end


def predicate_text(tokens: list[Token]) -> str:
    """The words of a predicate in text order, each once ("is a major backer of")."""
    return " ".join(t.text for t in sorted(set(tokens), key=lambda t: t.i))

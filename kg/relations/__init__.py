"""Typed, signed relations between resolved actors, read off the dependency parse.

* `kg.relations.lexicon`: the trigger lexicons and word lists, checked when loaded.
* `kg.relations.syntax`: subjects, objects and prepositional objects of a trigger.
* `kg.relations.modality`: negated, future, hypothetical, reported or denied.
* `kg.relations.candidates`: `Candidate` (what a rule finds), the facts a rule
  implies, `Sentence`, and `assemble` (candidates -> relations with evidence).
* `kg.relations.conventions`: PLOVER's coding conventions (intent, refusal, announced
  threats) that turn one reading of a trigger into another.
* `kg.relations.rules`: one module per rule family, each rule a pure function
  ``(Sentence, ActorIndex) -> list[Candidate]`` in the `RULES` registry: `verbs` and
  `nouns` (trigger lexicons), `titles` and `affiliation` (offices and membership),
  `places` (LOCATED_IN), `targets` (places named as targets), `groups` (a country's
  group), `killings`, `threats`, `requests`, `visits`, `protests` and `sources`
  (an outlet's source line).

Rules read the frozen `kg.resolve.document.ActorIndex` and never change it; `kg.extract`
walks the sentences once, runs the rules and applies what they imply.
"""

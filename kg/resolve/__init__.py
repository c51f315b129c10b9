"""Entity resolution: one node per real actor (DESIGN.md section 3).

* `kg.resolve.keys`: the typed actor key (`ActorKey`) and its one string form.
* `kg.resolve.document`: within one document, mentions become local actors, and
  pronouns and capitals standing for their country are decided; the result is a frozen
  `ActorIndex` that relation rules only read.
* `kg.resolve.recover`: names the NER missed in one article, recovered where the
  corpus knows them (a gazetteer built from the corpus itself).
* `kg.resolve.types`: one type per name across documents, by vote and evidence.
* `kg.resolve.corpus`: across documents, local actors merge into `kg.model.Entity`
  records through a sequence of named merge passes, each recorded for the merge audit.

A wrong merge is worse than a duplicate, so every fuzzy step has a guard.
"""

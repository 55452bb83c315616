"""Mutation differential against Next.js: real documents varied as real users' cards vary.

:mod:`.corpus` reads the seed documents (conformance cases, the real-card corpus, examples, the bench
cards) as raw React-shaped trees; :mod:`.mutations` varies them (one or two small edits per mutant);
:mod:`.worker` renders a mutant with pureog under a time and memory limit; :mod:`.driver` sends the raw
mutants to Next.js (``conformance/oracle/render.mjs``, in batches), scores the pairs and sorts the
outcomes into classes (see its docstring). ``python -m conformance.mutate --help`` runs it.
"""

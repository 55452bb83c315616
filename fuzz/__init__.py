"""pureog's fuzzing harness: hostile inputs, each run in a worker process with a time and memory limit.

Run campaigns with ``python -m fuzz --seconds 60`` (or ``--hours N``; ``--target NAME`` to pick
targets, ``--seed S`` to start elsewhere, ``-j 2`` workers). Every outcome other than success or a
:class:`pureog.PureogError` is a defect; defects are minimised and written to
``tests/fuzz/regressions/`` where ``tests/fuzz/test_fuzz_regressions.py`` replays them. CI runs a seeded
slice (``tests/fuzz/test_fuzz_slice.py``).

**The target interface.** A target is a module in :mod:`fuzz.targets` (discovered by name: any module
there that defines ``NAME``) exposing:

- ``NAME: str`` - the target's name (``--target NAME``); unique.
- ``generate(rng: random.Random) -> Case`` - one case. ``Case`` is either JSON-able data (dicts with
  string keys, lists, str, int, float incl. NaN/inf, bool, None) or ``bytes``. Deterministic given the
  rng: a case is reproduced from ``(NAME, seed, index)`` alone.
- ``execute(case: Case) -> None`` - runs pureog on the case. Returning, or raising
  :class:`pureog.PureogError`, is a pass; anything else (another exception, exceeding the time or
  memory limit, the worker dying) is a defect.
- optional ``WEIGHT: float`` - share of a mixed campaign's cases (default 1.0).
- optional ``CI: bool`` - whether the CI slice runs it (default True).

Keep ``execute`` self-contained (it runs in a forked worker) and cheap: render on small canvases so
that thousands of cases fit in a CI minute. Shrinking is generic (:mod:`fuzz.shrink`): JSON cases lose
list items, keys and string/number size; bytes lose chunks, while the defect's class stays the same.

Modules: ``targets/`` (plug-ins), ``worker.py`` (limits and outcomes), ``campaign.py`` (running many
cases), ``shrink.py`` (minimising), ``regressions.py`` (the regression case files), ``hostile.py``
(values and strings that hurt, shared by targets).
"""

from __future__ import annotations

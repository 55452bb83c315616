"""CI's seeded fuzzing slice: a fixed set of generated cases per target, each under the harness's limits.

Every case must render or raise a PureogError. The seed and counts are fixed so a failure reproduces
with ``python -m fuzz --target NAME --seed 2026 --cases N`` (and is minimised into a regression there).
"""

from __future__ import annotations

import os

from fuzz import campaign
from fuzz.targets import all_targets

SEED = 2026
CASES = int(os.environ.get("PUREOG_FUZZ_CASES", "3000"))


def test_seeded_slice() -> None:
    targets = [t for t in all_targets().values() if getattr(t, "CI", True) and getattr(t, "WEIGHT", 1.0) > 0]
    # 30 s per case, not the campaigns' 10: a busy CI machine must not turn a 4-second case into a failure.
    stats = campaign.run(targets, seed=SEED, cases=CASES, jobs=2, time_limit=30.0, memory_limit=1 << 30)
    report = [f"{kind} x{count} {target}: {signature} (index {stats.defects[(target, kind, signature)].index}): "
              f"{stats.defects[(target, kind, signature)].outcome.detail[:200]}"
              for (target, kind, signature), count in stats.defect_counts.most_common()]
    assert not report, "\n".join(report)
    assert stats.cases == CASES

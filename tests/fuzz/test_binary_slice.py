"""CI's seeded slice of hostile binary inputs: damaged images and fonts, each under the harness's limits.

The binary targets (``fuzz/targets/binary_images.py``, ``binary_fonts.py``) run a fixed set of cases
(``PUREOG_BINARY_FUZZ_CASES``, default 6000, under a minute on two idle cores); every case must render or
raise a PureogError within 10 s and 1 GB. A failure reproduces with
``python -m fuzz --target binary_images --seed 12 --cases N``.
"""

from __future__ import annotations

import os

from fuzz import campaign
from fuzz.targets import binary_fonts, binary_images

SEED = 12
CASES = int(os.environ.get("PUREOG_BINARY_FUZZ_CASES", "6000"))


def test_binary_slice() -> None:
    stats = campaign.run([binary_images, binary_fonts], seed=SEED, cases=CASES, jobs=2, time_limit=10.0,
                         memory_limit=1 << 30)
    report = [f"{kind} x{count} {target}: {signature} (index {stats.defects[(target, kind, signature)].index}): "
              f"{stats.defects[(target, kind, signature)].outcome.detail[:200]}"
              for (target, kind, signature), count in stats.defect_counts.most_common()]
    assert not report, "\n".join(report)
    assert stats.cases == CASES

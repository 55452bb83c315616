"""Every example renders and stays close to the real Next.js ImageResponse's PNG.

References live in conformance/references/examples/ (made by conformance/oracle/regenerate.py with
Next.js 16.4.6, offline). Thresholds are the project's: PSNR >= 30 dB and <= 1 % of pixels off by more
than 8/255.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import pureog
from conformance.score import score

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def test_every_example_has_a_reference() -> None:
    assert EXAMPLES, "no examples found"
    for example in EXAMPLES:
        assert (ROOT / "conformance" / "references" / "examples" / f"{example.stem}.png").is_file(), example.name


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_example_matches_reference(example: Path) -> None:
    reference = ROOT / "conformance" / "references" / "examples" / f"{example.stem}.png"
    result = score(reference, pureog.render_png(example), min_psnr=30.0, max_off_share=0.01)
    assert result.passed, f"{example.name}: PSNR {result.psnr:.1f} dB, {result.off_share:.3%} off ({result.reason})"

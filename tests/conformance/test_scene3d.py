"""The committed slice of the random 3D scene generator (:mod:`conformance.chromium.scene3dgen`):
preserve-3d stages, nested 3D transforms, perspectives and backface-visibility against Chromium's PNGs,
rendered without a browser and scored with the generator's thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pureog
from conformance.chromium.scene3dgen import MAX_OFF_SHARE, MIN_PSNR
from conformance.score import score

SLICE = Path(__file__).resolve().parents[2] / "conformance" / "chromium" / "corpus" / "scene3d"
DOCUMENTS = sorted(SLICE.glob("*.json"))


def test_slice_is_there() -> None:
    assert len(DOCUMENTS) >= 10


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_scene_matches_chromium(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    s = score(path.with_suffix(".ref.png"), pureog.render_png(data))
    assert s.psnr >= MIN_PSNR and s.off_share <= MAX_OFF_SHARE, f"{s.psnr:.1f} dB, {s.off_share:.1%} off"

"""pureog's drawing of text Next.js draws wrongly, scored against headless Chromium's.

The cards and the reference PNGs are tests/text/fixtures/shaping (``tools/text_reference.py`` draws the
references with Debian's chromium; the fonts are OFL Noto subsets). Next.js has no correct drawing of
these scripts, so Chromium is the reference here (spec/text.md). The floors are the measured scores
less a margin: glyph rasterization (Skia vs resvg) and Satori's 0.1 px glyph coordinates keep text from
matching a browser exactly; a wrong shape, order or line break costs far more.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import pureog

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from conformance.score import score  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "shaping"
CASES = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))

# case -> (minimum PSNR in dB, maximum share of pixels off by more than 8/255), measured less a margin.
FLOORS = {
    "arabic-rtl-wrap": (29.5, 0.045),
    "hebrew-marks-dir": (31.0, 0.04),
    "mixed-ltr-arabic": (23.5, 0.06),
    "mixed-rtl-english": (24.0, 0.045),
    "rtl-text-align-end": (29.0, 0.03),
    # (Thai with features: browser: by default a Thai paragraph keeps Next's layout, marks positioned,
    # spec/text.md "Thai layout"; measured 44.7 dB with it, 19.9 dB in the default mode)
    "thai": (30.0, 0.035),
    # (Devanagari and the three below with features: browser too: by default a left-to-right paragraph
    # of a complex script keeps Next's lines, its glyphs shaped (spec/text.md "Complex scripts in
    # Satori's lines"): the same glyphs, drawn as resvg draws them on Satori's baselines, 1 px lower
    # in Javanese; default mode measured 31.2 / 23.6 / 19.6 / 36.3 dB, browser 39.2 / 25.7 / 28.1 / 36.7)
    "devanagari": (30.0, 0.035),
    "feature-settings": (28.0, 0.04),
    # Universal Shaping Engine scripts: glyphs and positions as Chromium's; the pixels off are the
    # rasterizers' edges of many thin curves (25.3 / 27.0 / 36.3 dB measured; opentype.js's cmap-only
    # drawing: 13.6 / 15.7 / 18.2 dB)
    "sinhala": (24.5, 0.08),
    "javanese": (26.0, 0.06),
    "tibetan": (35.0, 0.03),
}


@pytest.fixture(scope="module")
def fonts() -> list[dict[str, object]]:
    return [{"name": name, "data": (FIXTURES / file).read_bytes()} for name, file in CASES["fonts"].items()]


def render(case: dict[str, object], fonts: list[dict[str, object]]) -> bytes:
    # (fontFeatureSettings is read with features: browser only, as Next.js ignores it)
    document = {"width": case["width"], "height": case["height"], "element": case["element"],
                "features": case.get("features", "satori")}
    return pureog.render_png(document, fonts=fonts)


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["name"] for c in CASES["cases"]])
def test_matches_chromium(case: dict[str, object], fonts: list[dict[str, object]]) -> None:
    min_psnr, max_off = FLOORS[str(case["name"])]
    result = score(FIXTURES / f"{case['name']}.png", render(case, fonts))
    assert result.psnr >= min_psnr and result.off_share <= max_off, (result.psnr, result.off_share)


def test_every_case_has_a_floor() -> None:
    assert {c["name"] for c in CASES["cases"]} == set(FLOORS)

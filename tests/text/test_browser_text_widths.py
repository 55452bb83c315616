"""features: browser text widths as Chromium 156 lays them out: Blink's glyph advances (FreeType's
linear advances at its rounded 16.16 scale, :func:`pureog.text.runs.chromium_advance`) summed and
snapped up to a layout unit (1/64 px), not Satori's width rounded up to whole px.

The widths are a shrink-to-fit ``div``'s ``getBoundingClientRect().width`` on headless Chromium 156
(Geist, kerning on) and, for the raw sums, ``CanvasRenderingContext2D.measureText`` (float32)."""

from __future__ import annotations

import math

import pytest

from pureog.style.computed import ComputedStyle
from pureog.text.fonts import FontLibrary
from pureog.text.line_flow import TextLayout
from pureog.text.runs import chromium_advance

# (font size, text, Chromium's box width); the first three snap one layout unit lower than the
# plain sum of ``units * size / 1000`` would (73.422 -> 73.4375)
_BOXES = [
    (18, "template", 73.421875),
    (24, "Paris", 54.671875),
    (24, "AVATAR To", 114.671875),
    (10, "Tokyo", 26.390625),
    (16, "Tokyo Paris", 82.6875),
    (28, "WAVE", 74.1875),
    (12, "span", 26.859375),
]

# (font size, text, canvas measureText width: the unsnapped sum)
_RAW = [(18, "template", 73.42153930664062), (12, "template", 48.94834899902344),
        (28, "Chromium", 132.0205841064453), (10, "Hello", 23.499969482421875)]


def _layout(text: str, size: int, features: str) -> TextLayout:
    fonts = FontLibrary.default()
    fonts.features = features
    return TextLayout(text, ComputedStyle(font_family=("geist",), font_size=float(size)), fonts)


@pytest.mark.parametrize(("size", "text", "chromium"), _BOXES)
def test_measured_width_is_chromiums(size: int, text: str, chromium: float) -> None:
    assert _layout(text, size, "browser").measure(math.inf)[0] == chromium


@pytest.mark.parametrize(("size", "text", "canvas"), _RAW)
def test_advances_sum_as_blinks(size: int, text: str, canvas: float) -> None:
    assert abs(_layout(text, size, "browser").flow(math.inf).width - canvas) < 2e-5  # float32 in Blink


def test_satori_widths_stay_whole_pixels() -> None:
    assert _layout("template", 18, "satori").measure(math.inf)[0] == math.ceil(
        _layout("template", 18, "satori").flow(math.inf).width)


def test_freetype_scale() -> None:
    # 18 px at 1000 units per em: FT_DivFix(18 * 64, 1000) = 75497 (75497.472), a little narrower
    assert chromium_advance(1000, 18, 1000) == math.floor(1000 * 75497 / 64 + 0.5) / 65536
    assert chromium_advance(1000, 18, 1000) < 18.0
    assert chromium_advance(1000, 12, 1000) > 12.0  # FT_DivFix(12 * 64, 1000) = 50332 (50331.648)

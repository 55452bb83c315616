"""conic-gradient() / repeating-conic-gradient(): parsing (pureog/style/gradient.py), CSS's colour-stop
fixup (paint/background.py), the shader (raster/conic.py) and the SVG export's wedges. Next.js refuses
conic gradients; Chromium is the reference (conformance case backgrounds/conic-gradients)."""

from __future__ import annotations

import pytest

import pureog
from pureog.color import BLACK, Color
from pureog.errors import StyleError
from pureog.paint.background import _fixed_up
from pureog.style.background_values import ConicGradient
from pureog.style.computed import ComputedStyle
from pureog.style.gradient import parse_background_image
from pureog.style.parse import ValueContext
from pureog.style.values import Percent

CTX = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle())
RED, BLUE = Color(255, 0, 0, 1.0), Color(0, 0, 255, 1.0)


def conic(text: str) -> ConicGradient:
    (image,) = parse_background_image(text, CTX)
    assert isinstance(image, ConicGradient)
    return image


def test_parses_from_at_and_stop_positions() -> None:
    g = conic("conic-gradient(from 0.25turn at 30% left, red 10deg, blue 50% 75%, lime)")
    assert g.start_deg == 90.0 and not g.repeating
    assert g.position == ("left", Percent(30.0))  # a horizontal keyword in the second slot swaps them
    assert [s.offset for s in g.stops] == [10 / 360, 0.5, 0.75, None]  # two positions make two stops
    assert conic("repeating-conic-gradient(in oklab, red, blue)").repeating


@pytest.mark.parametrize("bad", ["conic-gradient(from 10px, red, blue)", "conic-gradient(red 10px, blue)",
                                 "conic-gradient(at, red, blue)", "conic-gradient(from 0deg)"])
def test_malformed_conics_are_style_errors(bad: str) -> None:
    with pytest.raises(StyleError):
        parse_background_image(bad, CTX)


def test_stop_fixup() -> None:
    g = conic("conic-gradient(red, blue 40%, lime 20%, black, white)")
    assert [round(t, 4) for t, _ in _fixed_up(g.stops)] == [0.0, 0.4, 0.4, 0.7, 1.0]


def _pixel(data: bytes, x: int, y: int) -> tuple[int, ...]:
    import png  # noqa: PLC0415

    rows = list(png.Reader(bytes=data).asRGBA8()[2])
    return tuple(rows[y][4 * x:4 * x + 4])


def test_quadrants_start_up_and_turn_clockwise() -> None:
    element = {"type": "div", "props": {"style": {"display": "flex", "width": 40, "height": 40, "backgroundImage":
               "conic-gradient(red 0 25%, lime 0 50%, blue 0 75%, black 0)"}}}
    png_bytes = pureog.render_png(element, width=40, height=40)
    assert _pixel(png_bytes, 30, 8) == (255, 0, 0, 255)  # top right: the first quarter turn
    assert _pixel(png_bytes, 30, 30) == (0, 255, 0, 255)  # bottom right
    assert _pixel(png_bytes, 8, 30) == (0, 0, 255, 255)  # bottom left
    assert _pixel(png_bytes, 8, 8) == (0, 0, 0, 255)  # top left


def test_interpolates_premultiplied() -> None:
    """Red to transparent: halfway is red at half alpha, not a darkened red (as Chrome draws it)."""
    element = {"type": "div", "props": {"style": {"display": "flex", "width": 41, "height": 41, "backgroundImage":
               "conic-gradient(from 90deg, red, transparent 50%, transparent)"}}}
    r, g, b, a = _pixel(pureog.render_png(element, width=41, height=41), 20, 35)  # straight down: a quarter turn
    assert (r, g, b) == (255, 0, 0) and 120 <= a <= 135


def test_svg_export_draws_wedges() -> None:
    element = {"type": "div", "props": {"style": {"display": "flex", "width": 40, "height": 40,
                                                  "backgroundImage": "conic-gradient(red, blue)"}}}
    svg = pureog.render_svg(element, width=40, height=40)
    assert svg.count("<path") >= 360 and "<pattern" in svg


@pytest.mark.parametrize("bad", ["conic-gradient(from 1e308turn, red -1e308%, blue 1e308%)",
                                 "repeating-conic-gradient(red 0 0, blue 0 0)",
                                 "repeating-conic-gradient(from -1e300deg at 1e9px -1e9px, red 0, blue 1e-300%)"])
def test_hostile_conics_render_bounded(bad: str) -> None:
    style = {"display": "flex", "width": 60, "height": 60, "backgroundImage": bad}
    element = {"type": "div", "props": {"style": style}}
    assert pureog.render_png(element, width=60, height=60).startswith(b"\x89PNG")

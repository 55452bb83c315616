"""Chromium's decorations (pureog.paint.decoration_chrome): when they apply, Blink's thickness,
offsets and wave geometry, Skia-style glyph intercepts, and the style values behind them."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from pureog import RenderWarning
from pureog.paint.decoration_chrome import (
    FontDecorationMetrics,
    glyph_intercept,
    resolve_thickness,
    underline_top,
    uses_chrome_decoration,
    wave_geometry,
)
from pureog.path import PathBuilder
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle
from pureog.style.values import Percent
from pureog.text.fonts import load_face
from tests.style.helpers import el

ROBOTO = Path(__file__).resolve().parents[2] / "conformance" / "fonts" / "Roboto-Regular.ttf"


def _style(decl: dict[str, object], browser: bool = False) -> ComputedStyle:
    return cascade(el("div", decl), width=400, height=200, browser=browser).style


def _metrics(size: float = 24.0) -> FontDecorationMetrics:
    return FontDecorationMetrics(load_face(ROBOTO.read_bytes()), size)


def test_only_decorations_without_a_satori_drawing_use_chromium() -> None:
    assert not uses_chrome_decoration(_style({"textDecoration": "underline"}))
    assert not uses_chrome_decoration(_style({"textDecorationLine": "underline line-through"}))
    assert uses_chrome_decoration(_style({"textDecoration": "overline"}))
    assert uses_chrome_decoration(_style({"textDecoration": "underline 3px"}))
    assert uses_chrome_decoration(_style({"textDecorationLine": "underline", "textUnderlineOffset": "2px"}, True))


def test_wavy_longhand_is_solid_as_in_next_unless_browser_or_shorthand() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wavy = _style({"textDecorationLine": "underline", "textDecorationStyle": "wavy"})
    assert wavy.text_decoration_style == "solid"
    assert any(issubclass(w.category, RenderWarning) and "wavy" in str(w.message) for w in caught)
    assert _style({"textDecorationStyle": "wavy"}, browser=True).text_decoration_style == "wavy"
    # Next.js throws on the shorthand with wavy: no drawing of its own, so the CSS value applies
    assert _style({"textDecoration": "underline wavy"}).text_decoration_style == "wavy"
    # ... and the shorthand's reading is not memoized for the longhand
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert _style({"textDecorationStyle": "wavy"}).text_decoration_style == "solid"


def test_browser_only_properties_are_ignored_by_default() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = _style({"textDecorationThickness": "4px", "textUnderlineOffset": "3px", "textUnderlinePosition": "under"})
    assert (s.text_decoration_thickness, s.text_underline_offset, s.text_underline_position) == (None, None, "auto")
    s = _style({"textDecorationThickness": "10%", "textUnderlineOffset": "3px", "textUnderlinePosition": "under left"},
               browser=True)
    assert (s.text_decoration_thickness, s.text_underline_offset, s.text_underline_position) == (
        Percent(10.0), 3.0, "under")
    assert _style({"textDecorationThickness": "from-font"}, browser=True).text_decoration_thickness == "from-font"


def test_overline_and_blink_parse_as_css() -> None:
    assert _style({"textDecorationLine": "overline underline"}).text_decoration_line == ("underline", "overline")
    assert _style({"textDecorationLine": "blink"}).text_decoration_line == ()


def test_thickness_as_blink_resolves_it() -> None:
    m = _metrics()
    assert resolve_thickness(_style({"textDecoration": "underline"}), 24, m) == pytest.approx(2.4)  # auto
    assert resolve_thickness(_style({"textDecoration": "underline 2.5px"}), 24, m) == 3.0  # rounded
    assert resolve_thickness(_style({"textDecoration": "underline 0px"}), 24, m) == 1.0  # at least 1
    from_font = _style({"textDecoration": "underline from-font"})
    assert resolve_thickness(from_font, 24, m) == pytest.approx(max(1.0, 100 * 24 / 2048))  # post: 100 units


def test_underline_offsets() -> None:
    m = _metrics()
    assert m.ascent == 22  # round(1900 * 24 / 2048)
    auto = _style({"textDecoration": "underline"})
    assert underline_top(auto, 24, m, 2.4) == 22 + 2  # ascent + max(1, ceil(t / 2))
    fixed = _style({"textDecorationLine": "underline", "textUnderlineOffset": "6px"}, browser=True)
    assert underline_top(fixed, 24, m, 2.4) == 22 + 6  # a fixed offset drops the gap
    pct = _style({"textDecorationLine": "underline", "textUnderlineOffset": "25%"}, browser=True)
    assert underline_top(pct, 24, m, 2.4) == 22 + 6  # a percentage is a length of the font size too
    font = _style({"textDecorationLine": "underline", "textUnderlinePosition": "from-font"}, browser=True)
    assert underline_top(font, 24, m, 2.4) == round(22 + 150 * 24 / 2048)  # post position -150
    under = _style({"textDecorationLine": "underline", "textUnderlinePosition": "under"}, browser=True)
    # OS/2 typo 2146 / 555 normalized to the em: 24 - 19.0625 below the baseline, floored, + 1
    assert underline_top(under, 24, m, 2.4) == 22 + 4 + 1


def test_wave_geometry_follows_blink() -> None:
    assert wave_geometry(1.0) == (3.5, 4.5)
    assert wave_geometry(2.4) == (5.5, 8.5)  # 0.5 + round(5.3), 0.5 + round(7.7)
    assert wave_geometry(0.2) == wave_geometry(1.0)  # at least 1 px


def test_wave_lands_on_whole_pixels() -> None:
    """Blink's wave is a tile Skia samples nearest: at a fractional place its curve moves to whole pixels
    (ceil(v - 1/2)), while the band it is cut to stays where it was. Measured on Chromium 156 (browser/
    text-decoration-geometry, 24 px Roboto, t = 2.4: the wave 0.4 px above its exact place; a t = 2 wave
    on whole pixels unmoved)."""
    from pureog.color import Color  # noqa: PLC0415
    from pureog.display import FillPath, Group, SolidPaint  # noqa: PLC0415
    from pureog.paint.decoration_chrome import _line_nodes  # noqa: PLC0415

    def drawn(y: float, t: float, left: float = 12.0) -> tuple[float, float, tuple[float, float]]:
        nodes, band = _line_nodes("underline", "wavy", left, 100.0, y, t, SolidPaint(Color(0, 0, 0)))
        group = nodes[0]
        assert isinstance(group, Group) and isinstance(group.children[0], FillPath)
        bounds = group.children[0].path.bounds()
        return bounds.y + bounds.height / 2, bounds.x, band

    mid, x, band = drawn(36.0, 2.4)  # exact mid-line 36 + 3.4 + 0.5 = 39.9
    assert mid == pytest.approx(39.5, abs=0.01) and band == pytest.approx((35.4, 44.4))
    assert drawn(79.0, 2.0)[0] == pytest.approx(82.5, abs=0.01)  # already on whole pixels
    assert drawn(36.0, 2.4, left=12.6)[1] == pytest.approx(drawn(36.0, 2.4, left=13.0)[1])  # x too


def test_glyph_intercept_is_the_ink_between_the_rows() -> None:
    # a triangle pointing down: wide at y = 0, a point at y = 10
    tri = PathBuilder().move_to(0, 0).line_to(10, 0).line_to(5, 10).close().build()
    assert glyph_intercept(tri, 100, 0, 4, 6) == pytest.approx((102.0, 108.0))
    assert glyph_intercept(tri, 0, 0, 11, 12) is None
    assert glyph_intercept(tri, 0, 0, -5, 20) == pytest.approx((0.0, 10.0))


def test_blink_dash_gap_makes_the_line_end_with_a_dash() -> None:
    from pureog.paint.decoration_chrome import _best_gap  # noqa: PLC0415

    gap = _best_gap(100.0, 6.0, 4.0)
    dashes = round((100.0 + gap) / (6.0 + gap))
    assert dashes * 6.0 + (dashes - 1) * gap == pytest.approx(100.0)
    assert abs(gap - 4.0) < 1.0


def test_dashed_and_dotted_patterns() -> None:
    from pureog.paint.decoration_chrome import dashed_line  # noqa: PLC0415

    def spans(path: object) -> list[tuple[float, float]]:
        out = []
        for sub in _subpath_xs(path):
            out.append((min(sub), max(sub)))
        return sorted(out)

    dotted = spans(dashed_line(0.0, 30.0, 5.0, 3.0, "dotted"))  # t <= 3: square dots t apart
    assert dotted[:3] == [pytest.approx((0.0, 3.0)), pytest.approx((6.0, 9.0)), pytest.approx((12.0, 15.0))]
    dashed = spans(dashed_line(0.0, 100.0, 5.0, 2.0, "dashed"))  # 3t dashes, about 2t gaps
    assert dashed[0] == pytest.approx((0.0, 6.0)) and dashed[-1][1] == pytest.approx(100.0)
    solid = spans(dashed_line(0.0, 10.0, 5.0, 2.0, "dashed"))  # too short for two dashes and a gap
    assert solid == [pytest.approx((0.0, 10.0))]


def _subpath_xs(path: object) -> list[list[float]]:
    out: list[list[float]] = []
    for seg in path.segments:  # type: ignore[attr-defined]
        if seg[0] == "M":
            out.append([seg[1]])
        elif seg[0] != "Z" and out:
            out[-1].extend(seg[1::2])
    return out

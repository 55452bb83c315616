"""Skia-style curve offsetting in the stroker, and usvg's size for an SVG without a viewBox."""

from __future__ import annotations

import math

from pureog.geometry import IDENTITY, Rect
from pureog.images.svg.pathdata import parse_path_data, tight_bounds
from pureog.images.svg.render import render_svg_root
from pureog.images.svg.tree import parse_svg_text
from pureog.path import ellipse_path
from pureog.stroke import stroke_path


def _radii(path_segments: tuple[tuple[object, ...], ...], cx: float, cy: float) -> list[float]:
    """Distances from (cx, cy) of the on-curve points and of curve midpoints of an outline."""
    out: list[float] = []
    cur = (0.0, 0.0)
    for seg in path_segments:
        verb, *v = seg
        if verb in ("M", "L"):
            cur = (float(v[0]), float(v[1]))  # type: ignore[arg-type]
        elif verb == "C":
            x1, y1, x2, y2, x3, y3 = (float(a) for a in v)  # type: ignore[arg-type]
            mx = 0.125 * cur[0] + 0.375 * x1 + 0.375 * x2 + 0.125 * x3
            my = 0.125 * cur[1] + 0.375 * y1 + 0.375 * y2 + 0.125 * y3
            out.append(math.hypot(mx - cx, my - cy))
            cur = (x3, y3)
        elif verb == "Q":  # the stroker's offset quads, kept quadratic for tiny-skia's QuadraticEdge
            qx, qy, x2, y2 = (float(a) for a in v)  # type: ignore[arg-type]
            mx, my = 0.25 * cur[0] + 0.5 * qx + 0.25 * x2, 0.25 * cur[1] + 0.5 * qy + 0.25 * y2
            out.append(math.hypot(mx - cx, my - cy))
            cur = (x2, y2)
        else:
            continue
        out.append(math.hypot(cur[0] - cx, cur[1] - cy))
    return out


def test_res_scale_offsets_curves_as_skia_quads_that_bulge_outwards() -> None:
    circle = ellipse_path(50, 50, 35, 35)
    skia = stroke_path(circle, 4.0, res_scale=1.6)
    radii = _radii(skia.segments, 50, 50)
    outer = [r for r in radii if r > 36]
    assert max(outer) > 37.05  # the quads' bulge (0.3 % of 37 for 45-degree pieces)
    assert max(outer) < 37.2 and min(outer) > 36.99
    flat = _radii(stroke_path(circle, 4.0).segments, 50, 50)
    assert max(r for r in flat if r > 36) < 37.01  # the flattening stroker stays on the true offset


def test_res_scale_keeps_straight_strokes_unchanged() -> None:
    line = parse_path_data("M0 0 L10 0 L10 10")
    assert stroke_path(line, 2.0, res_scale=1.0) == stroke_path(line, 2.0)


def test_tight_bounds_uses_curve_extrema() -> None:
    quad = parse_path_data("M10 80 Q 50 -20 90 80 T 10 50")
    bounds = tight_bounds(quad, IDENTITY)
    assert bounds is not None
    x0, y0, x1, y1 = bounds
    assert math.isclose(x1, 100.0, abs_tol=1e-6) and math.isclose(y0, 30.0, abs_tol=1e-6)
    assert 123 < y1 < 124


def test_svg_without_viewbox_takes_its_content_extent_as_viewbox() -> None:
    # Satori writes width="Infinity" height="NaN" for such inline SVGs; usvg then sizes the SVG to the
    # right/bottom of what it draws (strokes padded by half their width) and the image stretches it.
    root = parse_svg_text(
        b'<svg xmlns="http://www.w3.org/2000/svg" width="Infinity" height="NaN">'
        b'<rect x="10" y="10" width="60" height="40" fill="red" stroke="blue" stroke-width="10"/></svg>'
    )
    (group,) = render_svg_root(root, Rect(0, 0, 100, 100), "test")
    m = group.transform
    assert math.isclose(m.a, 100 / 75) and math.isclose(m.d, 100 / 55)
    with_box = parse_svg_text(
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"><rect width="60" height="40"/></svg>'
    )
    (group,) = render_svg_root(with_box, Rect(0, 0, 100, 100), "test")
    assert math.isclose(group.transform.a, 0.5)

"""Painting effects: matrices, shadow structure, and rendered pixels (shadow not under the box)."""

from __future__ import annotations

import math

import png
import pytest

import pureog
from pureog.geometry import Affine, Rect
from pureog.paint.transform import local_matrix, rounded
from pureog.style.computed import ComputedStyle
from pureog.style.transform import TransformOp


def _pixels(doc: dict) -> tuple[int, list[list[int]]]:
    w, h, rows, _ = png.Reader(bytes=pureog.render_png(doc)).asRGBA8()
    return w, [list(r) for r in rows]


def _doc(child_style: dict, text: str | None = None, w: int = 200, h: int = 200) -> dict:
    child: dict = {"style": child_style}
    if text is not None:
        child["children"] = [text]
    root = {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white",
            "alignItems": "center", "justifyContent": "center"}  # fmt: skip
    return {"width": w, "height": h, "element": {"div": {"style": root, "children": [{"div": child}]}}}


def test_rotation_about_the_centre_and_satori_rounding() -> None:
    style = ComputedStyle(transform=(TransformOp("rotate", 45.0, 0.0),))
    m = local_matrix(style, Rect(10, 20, 100, 50))
    assert m is not None
    cx, cy = m.apply(60, 45)  # the centre stays put
    assert (cx, cy) == pytest.approx((60, 45))
    assert m.a == pytest.approx(math.cos(math.pi / 4))
    r = rounded(m)
    assert (r.a, r.b, r.c) == (0.71, 0.71, -0.71)
    # toFixed rounds the exact binary value (Node: (-0.705).toFixed(2) is "-0.70", (1.005).toFixed(2)
    # "1.00", as both lie just below the tie in binary); exact ties go away from zero (0.125 -> "0.13")
    tie = rounded(Affine(-0.705, 0, 0, 1, 1.005, 0.125))
    assert (tie.a, tie.e, tie.f) == (-0.7, 1.0, 0.13)
    assert rounded(Affine(1, 0, 0, 1, -0.125, 0)).e == -0.13


def test_translate_percent_uses_the_elements_own_size() -> None:
    assert local_matrix(ComputedStyle(), Rect(0, 0, 1, 1)) is None
    from pureog.style.values import Percent

    style = ComputedStyle(transform=(TransformOp("translate", Percent(50.0), Percent(-100.0)),))
    m = local_matrix(style, Rect(0, 0, 80, 40))
    assert m is not None and (m.e, m.f) == (40.0, -40.0)


def test_outer_shadow_spreads_outside_and_not_under_the_box() -> None:
    _, px = _pixels(_doc({"width": 100, "height": 100, "backgroundColor": "rgba(0,0,255,0.5)",
                          "boxShadow": "0 0 20px 5px red"}))  # fmt: skip
    inside = px[100][4 * 100 : 4 * 100 + 4]
    assert inside[0] < 140 and inside[2] > 120  # half-transparent blue over white: no red under it
    halo = px[100][4 * 45 : 4 * 45 + 4]  # 5 px outside the box's left edge
    assert halo[0] == 255 and halo[1] < 200  # reddish
    assert px[5][4 * 5 : 4 * 5 + 3] == [255, 255, 255]


def test_inset_shadow_stays_inside() -> None:
    _, px = _pixels(_doc({"width": 100, "height": 100, "backgroundColor": "white",
                          "boxShadow": "inset 0 0 10px 10px black"}))  # fmt: skip
    edge = px[100][4 * 52]
    middle = px[100][4 * 100]
    outside = px[100][4 * 45]
    assert edge < 60 and middle > 200 and outside == 255


def test_text_shadow_paints_an_offset_copy() -> None:
    doc = _doc({"fontSize": 60, "color": "white", "textShadow": "0 20px 0 black"}, "I", 200, 200)
    _, px = _pixels(doc)
    dark_rows = [y for y in range(200) if min(px[y][4 * x] for x in range(200)) < 50]
    assert dark_rows and max(dark_rows) > 120  # the black copy sits 20 px below the white glyph
    white_rows = [y for y in range(200) if max(px[y][4 * x + 2] for x in range(200)) == 255 and y < 110]
    assert white_rows


def test_transformed_element_moves_its_children() -> None:
    style = {"display": "flex", "width": 60, "height": 60, "backgroundColor": "blue",
             "transform": "translateX(50px)"}  # fmt: skip
    doc = _doc(style)
    doc["element"]["div"]["children"][0]["div"]["children"] = [
        {"div": {"style": {"width": 20, "height": 20, "backgroundColor": "red"}}}
    ]
    _, px = _pixels(doc)
    assert px[75][4 * 120 : 4 * 120 + 3] == [255, 0, 0]  # child at 70..90 + 50
    assert px[75][4 * 75 : 4 * 75 + 3] == [255, 255, 255]  # where the box was


def test_clip_path_circle_cuts_the_corners() -> None:
    _, px = _pixels(_doc({"width": 100, "height": 100, "backgroundColor": "black", "clipPath": "circle(50%)"}))
    assert px[100][4 * 100] == 0
    assert px[52][4 * 52] == 255  # the box's corner is outside the circle


def test_mask_image_fades_the_element() -> None:
    _, px = _pixels(_doc({"width": 100, "height": 100, "backgroundColor": "black",
                          "maskImage": "linear-gradient(to right, black, transparent)"}))  # fmt: skip
    assert px[100][4 * 52] < 20 and px[100][4 * 147] > 235
    assert 90 < px[100][4 * 100] < 170


def test_filter_blur_softens_edges() -> None:
    _, px = _pixels(_doc({"width": 100, "height": 100, "backgroundColor": "black", "filter": "blur(5px)"}))
    assert 60 < px[100][4 * 50] < 200
    assert px[100][4 * 100] == 0

"""features: browser 3D transforms in paint (pureog/paint/transform3d.py and build._paint_projected): the
element's 4x4 matrix about its origin under its parent's perspective, backface-visibility, the
projected group, and the default mode that ignores them as Next.js does."""

from __future__ import annotations

import io
import math
import warnings
from typing import Any

import png
import pytest

import pureog
from pureog.errors import RenderWarning
from pureog.geometry import Rect
from pureog.matrix3d import Matrix4
from pureog.paint.transform3d import element_matrix4, eye, hidden
from pureog.style.computed import ComputedStyle
from pureog.style.transform import TransformOp3d, TransformOrigin
from pureog.style.values import Percent


def _pixels(doc: dict[str, Any]) -> list[list[tuple[int, ...]]]:
    data = pureog.render(doc, palette="never")
    w, _, rows, _ = png.Reader(file=io.BytesIO(data)).asRGBA8()
    return [[tuple(row[4 * x : 4 * x + 4]) for x in range(w)] for row in rows]


def _doc(child: dict[str, Any], features: str | None = "browser", **root: Any) -> dict[str, Any]:
    style = {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "#ffffff",
             "alignItems": "center", "justifyContent": "center", **root}
    doc: dict[str, Any] = {"width": 100, "height": 80, "element": {"div": {"style": style, "children": [child]}}}
    if features is not None:
        doc["features"] = features
    return doc


def _card(**style: Any) -> dict[str, Any]:
    return {"div": {"style": {"width": 60, "height": 40, "backgroundColor": "#ff0000", **style}}}


def test_the_matrix_turns_about_the_origin_and_sees_through_the_parents_eye() -> None:
    style = ComputedStyle(transform=(TransformOp3d("rotate3d", (0.0, 1.0, 0.0, 90.0)),))
    rect = Rect(10.0, 20.0, 60.0, 40.0)
    m = element_matrix4(style, rect, None)
    assert m.apply(40.0, 40.0)[:3] == pytest.approx((40.0, 40.0, 0.0))  # the centre stays
    assert m.apply(70.0, 40.0)[:3] == pytest.approx((40.0, 40.0, -30.0))  # the right edge turns away
    parent = ComputedStyle(perspective=100.0, perspective_origin=TransformOrigin(Percent(0.0), Percent(0.0)))
    seen = eye(parent, Rect(0.0, 0.0, 200.0, 100.0))
    assert seen is not None
    flat = element_matrix4(style, rect, seen).flatten()
    # (40, 40) at z = -30, seen from (0, 0) at 100 px: 100 / 130 of the way from the eye's origin
    assert flat.apply(70.0, 40.0) == pytest.approx((40.0 * 100 / 130, 40.0 * 100 / 130))
    assert eye(ComputedStyle(), rect) is None


def test_backface_hidden_only_when_turned_away() -> None:
    turned = ComputedStyle(transform=(TransformOp3d("rotate3d", (0.0, 1.0, 0.0, 150.0)),), backface_visibility="hidden")
    assert hidden(turned, element_matrix4(turned, Rect(0, 0, 10, 10), None))
    facing = ComputedStyle(transform=(TransformOp3d("rotate3d", (0.0, 1.0, 0.0, 30.0)),), backface_visibility="hidden")
    assert not hidden(facing, element_matrix4(facing, Rect(0, 0, 10, 10), None))
    shown = ComputedStyle(transform=(TransformOp3d("rotate3d", (0.0, 1.0, 0.0, 150.0)),))
    assert not hidden(shown, Matrix4.rotate(0.0, 1.0, 0.0, math.radians(150.0)))


def test_rotate_y_under_perspective_draws_a_trapezoid() -> None:
    px = _pixels(_doc(_card(transform="rotateY(50deg)"), perspective="120px"))
    red = [[x for x, p in enumerate(row) if p[0] > 200 and p[1] < 60] for row in px]
    heights = {x: sum(1 for row in red if x in row) for x in (30, 65)}
    assert heights[30] > heights[65] > 0  # the left side comes nearer, the right side goes away
    assert max(len(r) for r in red) < 60  # narrower than the flat card


def test_backface_hidden_card_is_not_drawn() -> None:
    px = _pixels(_doc(_card(transform="rotateY(180deg)", backfaceVisibility="hidden")))
    assert all(p == (255, 255, 255, 255) for row in px for p in row)
    mirrored = _pixels(_doc(_card(transform="rotateY(180deg)")))
    assert mirrored[40][50][:3] == (255, 0, 0)


def test_default_mode_ignores_3d_functions_with_a_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tilted = pureog.render(_doc(_card(transform="rotateY(50deg)"), features=None, perspective="120px"))
    flat = pureog.render(_doc(_card(), features=None))
    assert tilted == flat
    messages = [str(w.message) for w in caught if issubclass(w.category, RenderWarning)]
    assert any("rotatey() in transform are ignored" in m.lower() for m in messages)
    assert any("'perspective' is ignored" in m for m in messages)


def test_parent_content_painted_after_a_3d_child_stays_over_it() -> None:
    """A 3D parent's layer is drawn in parts around the 3D children painted into it: a later 2D sibling
    covers a 3D child (before, every 3D child was drawn over its parent's whole layer)."""
    plane = {"position": "absolute", "left": 0, "top": 0, "width": 40, "height": 40}
    red = {**plane, "backgroundColor": "#f00", "transform": "translateZ(-5px)"}
    blue = {**plane, "backgroundColor": "#00f", "transform": "rotate(1deg)"}
    stage = {"div": {"style": {"position": "relative", "display": "flex", "width": 40, "height": 40,
                               "transform": "rotateX(10deg)"},
                     "children": [{"div": {"style": red}}, {"div": {"style": blue}}]}}
    pixels = _pixels(_doc(stage, perspective="300px"))
    assert pixels[40][50][:3] == (0, 0, 255)

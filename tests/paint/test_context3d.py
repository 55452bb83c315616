"""features: browser 3D rendering contexts (transformStyle: preserve-3d; pureog/paint/context3d.py and
build._paint_context3d): planes depth-sorted and cut where they cross, coplanar planes in paint order,
and the grouping properties that turn preserve-3d back into flat."""

from __future__ import annotations

import io
from typing import Any

import png

import pureog
from pureog.color import Color
from pureog.display import FillPath, Group, SolidPaint
from pureog.geometry import Rect
from pureog.matrix3d import Matrix4
from pureog.paint.context3d import Plane, sorted_planes
from pureog.paint.transform3d import preserves_3d
from pureog.path import rect_path
from pureog.style.computed import ComputedStyle


def _square(x: float, y: float, size: float) -> tuple[FillPath, ...]:
    return (FillPath(rect_path(Rect(x, y, size, size)), SolidPaint(Color(0, 0, 0, 1.0))),)


def _order(groups: list[Any]) -> list[float]:
    """The x of each piece's plane (its layer bounds), in drawing order."""
    return [round(g.projection.bounds.x, 3) for g in groups]


def test_nearer_plane_drawn_last_whatever_the_paint_order() -> None:
    near = Plane(_square(0, 0, 10), Matrix4.translate(0, 0, 50))
    far = Plane(_square(1, 0, 10), Matrix4.translate(0, 0, -50))
    assert _order(sorted_planes([near, far])) == [1.0, 0.0]
    assert _order(sorted_planes([far, near])) == [1.0, 0.0]


def test_coplanar_planes_keep_paint_order() -> None:
    a, b = Plane(_square(0, 0, 10), Matrix4()), Plane(_square(1, 0, 10), Matrix4())
    assert _order(sorted_planes([b, a])) == [1.0, 0.0]
    assert _order(sorted_planes([a, b])) == [0.0, 1.0]


def test_crossing_planes_are_cut() -> None:
    # two squares about the same centre, turned +-45 degrees about y: each cuts the other in two
    turn = [Matrix4.translate(5, 5) @ Matrix4.rotate(0, 1, 0, angle) @ Matrix4.translate(-5, -5)
            for angle in (0.785, -0.785)]
    pieces = sorted_planes([Plane(_square(0, 0, 10), turn[0]), Plane(_square(0, 0, 10), turn[1])])
    assert len(pieces) == 3  # the first plane splits the second
    assert all(isinstance(g, Group) and g.projection is not None and g.projection.polygon for g in pieces)


def _pixels(doc: dict[str, Any]) -> list[list[tuple[int, ...]]]:
    w, _, rows, _ = png.Reader(file=io.BytesIO(pureog.render(doc, palette="never"))).asRGBA8()
    return [[tuple(row[4 * x : 4 * x + 4]) for x in range(w)] for row in rows]


def _stage(flat: bool) -> dict[str, Any]:
    plane = {"position": "absolute", "left": 0, "top": 0, "width": 60, "height": 60}
    return {"width": 100, "height": 100, "features": "browser", "element": {"div": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "#fff",
                  "padding": 20, "perspective": "400px"},
        "children": [{"div": {
            "style": {"position": "relative", "display": "flex", "width": 60, "height": 60,
                      "transformStyle": "flat" if flat else "preserve-3d"},
            "children": [{"div": {"style": {**plane, "backgroundColor": "#f00", "transform": "translateZ(40px)"}}},
                         {"div": {"style": {**plane, "backgroundColor": "#00f", "transform": "translateZ(-40px)"}}}],
        }}]}}}


def test_preserve_3d_draws_the_nearer_child_over_a_later_farther_one() -> None:
    assert _pixels(_stage(flat=False))[50][50][:3] == (255, 0, 0)
    assert _pixels(_stage(flat=True))[50][50][:3] == (0, 0, 255)  # flat: paint order


def test_grouping_properties_flatten() -> None:
    style = ComputedStyle(transform_style="preserve-3d")
    assert preserves_3d(style)
    from pureog.style.values import Overflow  # noqa: PLC0415

    assert not preserves_3d(ComputedStyle(transform_style="preserve-3d", opacity=0.5))
    assert not preserves_3d(ComputedStyle(transform_style="preserve-3d", overflow=Overflow.HIDDEN))


def test_a_later_child_in_the_parents_plane_stays_over_an_earlier_coplanar_plane() -> None:
    """Children of a preserve-3d element with a 2D transform, or painted after a 3D child, are planes
    after it in paint order (Chromium's later layers): coplanar with it, they are drawn over it."""
    plane = {"position": "absolute", "left": 0, "top": 0, "width": 60, "height": 60}
    for later in ({"transform": "rotate(1deg)"}, {}):
        doc = _stage(flat=False)
        stage = doc["element"]["div"]["children"][0]["div"]
        stage["children"] = [{"div": {"style": {**plane, "backgroundColor": "#f00", "transform": "translateZ(0px)"}}},
                             {"div": {"style": {**plane, "backgroundColor": "#00f", **later}}}]
        assert _pixels(doc)[50][50][:3] == (0, 0, 255), later


def test_long_chains_of_stacked_planes_need_no_deep_recursion() -> None:
    """A chain of parallel planes makes a BSP tree as deep as the chain: built and walked with a stack
    (before: a RecursionError from 1,000 planes on; a document may hold 2,000 elements)."""
    import sys  # noqa: PLC0415

    planes = [Plane(_square(0, 0, 10), Matrix4.translate(0, 0, i / 10)) for i in range(400)]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # a chain of 400 would overflow it if walked recursively
    try:
        assert len(sorted_planes(planes)) == 400
    finally:
        sys.setrecursionlimit(limit)


def test_cuts_are_bounded() -> None:
    """Past MAX_CUTS a crossing plane is ordered whole, not cut (each piece is a layer drawn again)."""
    from pureog.paint import context3d  # noqa: PLC0415

    turn = [Matrix4.translate(5, 5) @ Matrix4.rotate(0, 1, 0, a) @ Matrix4.translate(-5, -5) for a in (0.785, -0.785)]
    planes = [Plane(_square(0, 0, 10), turn[i % 2]) for i in range(6)]
    assert len(sorted_planes(planes)) > 6
    saved = context3d.MAX_CUTS
    context3d.MAX_CUTS = 0
    try:
        assert len(sorted_planes(planes)) == 6
    finally:
        context3d.MAX_CUTS = saved

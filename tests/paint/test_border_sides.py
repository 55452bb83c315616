"""A rounded border painted side by side as Blink's path model paints it (pureog/paint/border_sides.py):
the groove's two coats, hard and soft miters, Skia's quadratic corners."""

from __future__ import annotations

import pytest

from pureog.display import Clip, FillPath, Group, Node
from pureog.document.model import Element
from pureog.geometry import Rect
from pureog.paint.border import paint_border
from pureog.paint.border_sides import skia_rrect
from pureog.path import Path
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle

ROUND = ((12.0, 12.0),) * 4


def style(declarations: dict[str, object]) -> ComputedStyle:
    return cascade(Element("div", tuple(declarations.items()), (), (), "$", "$.style"), width=100, height=100).style


def _contours(path: Path) -> list[list[tuple[float, float]]]:
    """Each closed contour's end points (moves, lines and curve ends)."""
    contours: list[list[tuple[float, float]]] = []
    for segment in path.segments:
        if segment[0] == "M":
            contours.append([])
        if segment[0] != "Z":
            contours[-1].append((float(segment[-2]), float(segment[-1])))  # type: ignore[arg-type]
    return contours


def _fills(node: Node) -> list[FillPath]:
    if isinstance(node, FillPath):
        return [node]
    assert isinstance(node, Group)
    return [fill for child in node.children for fill in _fills(child)]


def _clips(node: Node) -> list[Clip]:
    clips: list[Clip] = []
    while isinstance(node, Group):
        if node.clip is not None:
            clips.append(node.clip)
        node = node.children[0]
    return clips


def test_rounded_groove_is_the_whole_ring_under_the_inner_half() -> None:
    """Blink's DrawRidgeGrooveBoxSideFromPath: the outer shade over the whole ring, then the inner
    shade inside the centre line over it (before: two half rings side by side, whose shared centre
    line let the background through and whose inner edge had one coat, not Chromium's two)."""
    nodes = paint_border(style({"border": "8px groove #36c", "borderRadius": 12}), Rect(0, 0, 80, 60), ROUND)
    assert len(nodes) == 4  # one group per side
    top = _fills(nodes[0])
    assert len(top) == 2
    xs = [sorted({round(x, 6) for x, _ in contour}) for contour in _contours(top[0].path)]
    assert [c[0] for c in xs] == [0.0, 8.0]  # the whole ring: outer edge and padding edge
    xs = [sorted({round(x, 6) for x, _ in contour}) for contour in _contours(top[1].path)]
    assert [c[0] for c in xs] == [4.0, 8.0]  # the inner half: centre line and padding edge
    assert top[0].paint != top[1].paint and all(fill.analytic for fill in top)


def test_same_colour_corners_are_hard_miters_on_whole_pixels() -> None:
    """An inset border keeps one colour at the top left and bottom right corners: Blink clips the
    sides there without anti-aliasing (a hard miter), at the others with it (a soft one), each side
    under both clips (before: every side under one anti-aliased polygon)."""
    nodes = paint_border(style({"border": "6px inset #c00", "borderRadius": 12}), Rect(10, 10, 80, 60), ROUND)
    clips = _clips(nodes[0])  # the top side, painted first
    assert len(clips) == 2  # the soft miter's polygon around the hard miter's staircase
    soft, hard = clips
    assert all(x == int(x) and y == int(y) for contour in _contours(hard.path) for x, y in contour)
    assert len(_contours(soft.path)[0]) <= 5 < len(_contours(hard.path))  # a polygon; a staircase
    moved = paint_border(style({"border": "6px inset #c00", "borderRadius": 12}), Rect(10, 10, 80, 60), ROUND,
                         moved=True)
    assert all(len(_clips(node)) == 1 for node in moved)  # off the pixel grid: polygons only


def test_skia_rrect_corners_are_quadratics_of_the_conic() -> None:
    """A 40 x 20 px corner's conic is cut into four quadratics (its error, 1.92 px, quartered twice
    below 1/4 px); their ends lie on the ellipse."""
    path = skia_rrect(Rect(0, 0, 100, 80), ((40.0, 20.0), (0.0, 0.0), (0.0, 0.0), (0.0, 0.0)))
    quads = [segment for segment in path.segments if segment[0] == "Q"]
    assert len(quads) == 4
    for segment in quads:
        x, y = float(segment[3]), float(segment[4])  # type: ignore[arg-type]
        assert ((x - 40) / 40) ** 2 + ((y - 20) / 20) ** 2 == pytest.approx(1.0)


def test_dots_and_dashes_take_skias_analytic_coverage() -> None:
    """Chromium fills a dotted (with features: browser also a dashed) side's stroked marks with Skia's
    analytic anti-aliasing, as it fills the rings (before: tiny-skia's supersampling; bordergen against
    Chromium: seed 7 x120 74 -> 76 passing, seed 11 x150 +0.8 dB on the 63 documents that changed)."""
    square = ((0.0, 0.0),) * 4
    for declarations, radii in (({"border": "6px dotted #080", "borderRadius": 12}, ROUND),
                                ({"border": "5px dotted #c00"}, square)):
        fills = [fill for node in paint_border(style(declarations), Rect(0, 0, 90, 50), radii) for fill in _fills(node)]
        assert fills and all(fill.analytic for fill in fills)

"""SVG ``<filter>``: conversion to FilterGraphs (pureog/images/svg/filters.py) and their rasterization
(pureog/raster/svg_filter.py), with the resvg behaviours measured against Next."""

from __future__ import annotations

import io

import png

import pureog
from pureog.color import Color
from pureog.display import (
    DisplayList,
    FeBlend,
    FeColorMatrix,
    FeFlood,
    FeGaussianBlur,
    FeOffset,
    FillPath,
    FilterGraph,
    FilterPrimitive,
    Group,
    SolidPaint,
)
from pureog.f32 import f32
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.images.svg.context import concat32, fold32, round32
from pureog.images.svg.draw import svg_document_nodes
from pureog.path import rect_path
from pureog.raster.pixmap import Pixmap
from pureog.raster.render import render
from pureog.raster.svg_filter import _kept, apply_filter_graph, calc_region


def _graphs(nodes: tuple[object, ...]) -> list[FilterGraph]:
    out: list[FilterGraph] = []
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, Group):
            out.extend(node.svg_filters)
            stack.extend(node.children)
    return out


def _svg(body: str, defs: str = "") -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">'
            f"<defs>{defs}</defs>{body}</svg>").encode()


def test_inputs_results_and_defaults_follow_usvg() -> None:
    defs = ('<filter id="f" color-interpolation-filters="sRGB"><feFlood result="bg" flood-opacity="0"/>'
            '<feBlend in="SourceGraphic" in2="bg" result="shape"/><feOffset dx="2"/>'
            '<feGaussianBlur in="nowhere" stdDeviation="1 2 3"/><feColorMatrix type="saturate"/></filter>')
    nodes = svg_document_nodes(_svg('<rect width="50" height="50" filter="url(#f)"/>', defs), Rect(0, 0, 100, 100),
                               "test")
    (graph,) = _graphs(nodes)
    flood, blend, offset, blur, matrix = (p.op for p in graph.primitives)
    assert isinstance(flood, FeFlood) and flood.color.a == 0
    assert isinstance(blend, FeBlend) and (blend.input1, blend.input2) == ("SourceGraphic", "bg")
    assert isinstance(offset, FeOffset) and offset.input == "shape" and (offset.dx, offset.dy) == (2.0, 0.0)
    # an unknown name falls back to the previous result; three deviations read as 0 0
    assert isinstance(blur, FeGaussianBlur) and blur.input == graph.primitives[2].result
    assert (blur.std_dev_x, blur.std_dev_y) == (0.0, 0.0)
    # saturate without values: usvg's default identity matrix
    assert isinstance(matrix, FeColorMatrix) and matrix.values[0] == 1.0 and len(matrix.values) == 20
    assert [p.result for p in graph.primitives] == ["bg", "shape", "result3", "result4", "result5"]
    assert not any(p.linear_rgb for p in graph.primitives)
    # objectBoundingBox region: -10 % .. 120 % of the shape's box
    assert graph.region == Rect(-5.0, -5.0, 60.0, 60.0)


def test_invalid_filter_links_hide_the_element() -> None:
    missing = svg_document_nodes(_svg('<rect width="50" height="50" filter="url(#nope)"/>'), Rect(0, 0, 100, 100), "t")
    assert missing == ()
    empty = svg_document_nodes(_svg('<rect width="50" height="50" filter="url(#f)"/>', '<filter id="f"/>'),
                               Rect(0, 0, 100, 100), "t")
    assert empty == ()
    functions = svg_document_nodes(_svg('<rect width="50" height="50" filter="blur(2px)"/>'), Rect(0, 0, 100, 100), "t")
    assert functions and _graphs(functions)  # CSS filter functions are filters in usvg (svg/filter-functions)
    dropped = svg_document_nodes(_svg('<rect width="50" height="50" filter="blur(2px) blur(-1px)"/>'),
                                 Rect(0, 0, 100, 100), "t")
    assert dropped and not _graphs(dropped)  # a list svgtypes cannot read whole is no filter; the element draws


def test_filter_value_lists_read_as_svgtypes_reads_them() -> None:
    from pureog.images.svg.filter_functions import filter_items  # noqa: PLC0415
    from pureog.images.svg.tree import SvgNode  # noqa: PLC0415

    items = filter_items("url(#a) blur(2px)  drop-shadow(1px 2px red) saturate(300%)", "black")
    assert items is not None and items[0] == "a" and all(isinstance(i, SvgNode) for i in items[1:])
    shadow = items[2]
    assert isinstance(shadow, SvgNode)
    assert shadow.attrs["x"] == "-1" and shadow.children[0].attrs["flood-color"] == "red"
    saturate = items[3]
    assert isinstance(saturate, SvgNode) and saturate.children[0].attrs["values"] == "3.0"
    assert filter_items("none", "black") == []
    for unreadable in ("blur(10%)", "blur(-1px)", "url('#a')", "hue-rotate(90)", "drop-shadow()", "grayscale(-1)",
                       "glow(2)", "none blur(1px)"):
        assert filter_items(unreadable, "black") is None, unreadable


def _layer(w: int, h: int, box: tuple[int, int, int, int], rgba: tuple[int, int, int, int]) -> Pixmap:
    pm = Pixmap(w, h)
    x0, y0, x1, y1 = box
    for y in range(y0, y1):
        pm.data[y * pm.stride + 4 * x0 : y * pm.stride + 4 * x1] = bytes(rgba) * (x1 - x0)
    return pm


def test_offsets_chained_lose_the_first_row_and_column() -> None:
    """resvg clears the bands around a primitive's subregion with fill_rect, which rounds a band of no
    height up to one row: a chained feOffset (whose subregion is its input's local one) loses row 0."""
    layer = _layer(20, 20, (0, 0, 20, 20), (0, 0, 0, 255))
    graph = FilterGraph(Rect(2, 2, 10, 10), (
        FilterPrimitive(FeOffset("SourceGraphic", 0.0, -1.0), "a", False),
        FilterPrimitive(FeOffset("a", 0.0, -1.0), "b", False),
    ))
    box = apply_filter_graph(layer, graph, IDENTITY, lambda n: None, 100.0)
    assert box == (2, 2, 12, 12)
    row2 = layer.data[2 * layer.stride + 8 : 2 * layer.stride + 48]
    row3 = layer.data[3 * layer.stride + 8 : 3 * layer.stride + 48]
    assert row2 == bytes(40) and row3[4 * 1 + 3] == 255 and row3[3] == 0


def test_region_truncates_and_fits_the_canvas() -> None:
    # x/y truncate (and a negative x moves to 0 keeping the size), sizes round half away from zero
    assert calc_region(Rect(-5.5, 3.7, 20.4, 10.5), IDENTITY, 100, 100) == (0, 3, 20, 11)
    assert calc_region(Rect(90, 90, 20, 20), IDENTITY, 100, 100) == (90, 90, 10, 10)


def test_single_precision_transform_chain() -> None:
    """resvg composes transforms in f32: 3.75 x f32(0.32) is just under 1.2 there, so an edge at 25 user
    units lands at 29.99999 px and truncates to 29 (measured in the reference)."""
    chain = fold32((Affine.scale(3.75), Affine.scale(0.32)))
    assert chain.a < 1.2 and 25 * chain.a < 30
    moved = concat32(round32(Affine.scale(1.8)), round32(Affine.translate(10, 0)))
    assert moved.a == f32(1.8) and moved.e == 18.0  # f32(1.7999999523 * 10) rounds to 18


def test_filter_graph_end_to_end_drop_shadow() -> None:
    defs = ('<filter id="s" x="-0.5" y="-0.5" width="2" height="2"><feGaussianBlur in="SourceAlpha" stdDeviation="2"/>'
            '<feOffset dx="6" dy="6" result="o"/><feFlood flood-color="#ff0000"/><feComposite in2="o" operator="in"/>'
            '<feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>')
    svg = _svg('<rect x="20" y="20" width="30" height="30" fill="#0000ff" filter="url(#s)"/>', defs)
    doc = {"width": 100, "height": 100, "element": {"div": {"style": {"display": "flex", "width": "100%",
           "height": "100%", "backgroundColor": "white"}, "children": [{"img": {
               "src": "data:image/svg+xml;base64," + __import__("base64").b64encode(svg).decode(),
               "width": 100, "height": 100}}]}}}
    w, h, rows, _ = png.Reader(bytes=pureog.render_png(pureog.load(doc))).asRGBA8()
    rows = [bytes(r) for r in rows]
    assert tuple(rows[35][4 * 35 : 4 * 35 + 3]) == (0, 0, 255)  # the shape itself
    shadow = rows[53][4 * 53 : 4 * 53 + 3]
    assert shadow[0] > 200 and shadow[2] < 80  # the red shadow, offset down-right


def test_display_list_node_renders_through_the_dispatcher() -> None:
    shape = FillPath(rect_path(Rect(10, 10, 10, 10)), SolidPaint(Color(0, 0, 255, 1.0)))
    graph = FilterGraph(Rect(0, 0, 40, 40), (
        FilterPrimitive(FeFlood(Color(255, 0, 0, 1.0)), "f", False, 25.0, 25.0, 5.0, 5.0),
        FilterPrimitive(FeBlend("SourceGraphic", "f"), "out", False),
    ))
    pm = render(DisplayList(40, 40, Group((Group((shape,), svg_filters=(graph,)),))))
    assert tuple(pm.data[15 * pm.stride + 60 : 15 * pm.stride + 64]) == (0, 0, 255, 255)
    assert tuple(pm.data[27 * pm.stride + 108 : 27 * pm.stride + 112]) == (255, 0, 0, 255)
    assert tuple(pm.data[35 * pm.stride + 140 : 35 * pm.stride + 144]) == (0, 0, 0, 0)
    buf = io.BytesIO()
    png.Writer(40, 40, alpha=True, greyscale=False).write_array(buf, pm.data)
    assert buf.getvalue()


def test_subregion_before_the_region_keeps_a_strip() -> None:
    """resvg's band after a subregion is ``extent`` long from the subregion's end even when that end is
    negative: a subregion wholly before the region keeps the last ``-end - 1`` pixels (Next's PNGs)."""
    assert _kept(-76, 67, 31) == (23, 31)  # end -9: 8 columns kept
    assert _kept(-5, 4, 30) == (30, 30)  # end -1: none
    assert _kept(-10, 25, 30) == (0, 15)  # end inside the region: cut there
    assert _kept(0, 10, 30) == (1, 10)  # a band of no width still clears one pixel
    assert _kept(40, 10, 30) == (40, 30)  # wholly after: all cleared

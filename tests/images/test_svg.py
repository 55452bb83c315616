"""SVG: path data, shapes, paint resolution, inline <svg> conversion, and rendering through pureog."""

from __future__ import annotations

import base64
import io

import png
import pytest

import pureog
from pureog.color import Color
from pureog.display import FillPath, Group, LinearGradientPaint, SolidPaint
from pureog.document.model import Element
from pureog.errors import ImageError, RenderWarning, strictness
from pureog.geometry import Rect
from pureog.images.svg.draw import inline_svg_nodes, svg_document_nodes
from pureog.images.svg.pathdata import parse_path_data
from pureog.images.svg.render import parse_transform, view_box_transform
from pureog.limits import build_budget, svg_spent


def _pixels(png_bytes: bytes) -> tuple[int, int, list[bytes]]:
    w, h, rows, _ = png.Reader(bytes=png_bytes).asRGBA8()
    return w, h, [bytes(r) for r in rows]


def _px(rows: list[bytes], x: int, y: int) -> tuple[int, ...]:
    return tuple(rows[y][4 * x : 4 * x + 4])


def test_path_data_grammar() -> None:
    p = parse_path_data("M10 10h5v5zm1,1l2-2 3.5.5")
    assert p.segments == (
        ("M", 10.0, 10.0), ("L", 15.0, 10.0), ("L", 15.0, 15.0), ("Z",),
        ("M", 11.0, 11.0), ("L", 13.0, 9.0), ("L", 16.5, 9.5),
    )
    smooth = parse_path_data("M0 0 C 1 1 2 1 3 0 S 5 -1 6 0")
    assert smooth.segments[2] == ("C", 4.0, -1.0, 5.0, -1.0, 6.0, 0.0)
    arc = parse_path_data("M0 0a5 5 0 1010 0")  # flags without separators
    assert arc.segments[-1][-2:] == pytest.approx((10.0, 0.0))
    assert parse_path_data("M0 0 L 5 5 L oops").segments == (("M", 0.0, 0.0), ("L", 5.0, 5.0))


def test_transforms_and_view_box() -> None:
    m = parse_transform("translate(10 20) scale(2) rotate(90)")
    assert m.apply(1.0, 0.0) == pytest.approx((10.0, 22.0))
    fit = view_box_transform((0, 0, 200, 100), "xMidYMid meet", 100, 100)
    assert fit.apply(0, 0) == pytest.approx((0.0, 25.0)) and fit.a == pytest.approx(0.5)
    assert view_box_transform((0, 0, 200, 100), "none", 100, 100).d == pytest.approx(1.0)


def test_view_box_readers_satori_number_and_svgtypes_grammar() -> None:
    """Satori reads a viewBox with Number() per space/comma piece, resvg with svgtypes' number grammar
    (svg/viewbox-unit-tail): the two disagree on a unit tail and on tabs."""
    from pureog.images.sniff import satori_view_box, svg_size
    from pureog.images.svg.units import view_box

    nan = float("nan")
    assert view_box("0 0 24 24px") == (0.0, 0.0, 24.0, 24.0)  # text after the fourth number is not read
    assert view_box("0,0,24,24 extra") == (0.0, 0.0, 24.0, 24.0)
    assert view_box("0 0 24px 24") is None and view_box("0 0 inf 24") is None and view_box("0 0 24") is None
    assert view_box("0\t0\n24\r24") == (0.0, 0.0, 24.0, 24.0)
    assert satori_view_box("0 0 24 24") == (0.0, 0.0, 24.0, 24.0)
    assert str(satori_view_box("0 0 24 24px")) == str((0.0, 0.0, 24.0, nan))
    assert str(satori_view_box("0\t0 0x18 24")) == str((nan, 24.0, 24.0))  # one tab-joined piece, hex read
    assert satori_view_box("") is None
    w, h = svg_size(b'<svg viewBox="0 0 24 24px" width="40">')
    assert w == 40.0 and h != h  # the side Satori completes is NaN (Yoga: auto)


def test_svg_file_nodes_fill_gradient_and_text_error() -> None:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g">'
           b'<stop offset="0" stop-color="red"/><stop offset="100%" stop-color="blue" stop-opacity=".5"/>'
           b'</linearGradient></defs><rect width="10" height="10" fill="url(#g)"/>'
           b'<circle cx="5" cy="5" r="2" style="fill: #00ff00"/></svg>')
    (group,) = svg_document_nodes(svg, Rect(0, 0, 20, 20), "test")
    assert isinstance(group, Group) and group.transform.a == pytest.approx(2.0)
    rect, circle = group.children
    assert isinstance(rect, FillPath) and isinstance(rect.paint, LinearGradientPaint)
    assert rect.paint.stops[1].color == Color(0, 0, 255, 0.5)
    assert isinstance(circle, FillPath) and circle.paint == SolidPaint(Color(0, 255, 0))
    # Next's resvg has no fonts: an SVG image is drawn without its <text> (a warning; strict refuses it)
    with pytest.warns(RenderWarning, match="<text> in an SVG image is not drawn"):
        (only,) = svg_document_nodes(b'<svg viewBox="0 0 2 1"><rect width="1" height="1"/><text>hi</text></svg>',
                                     Rect(0, 0, 2, 1), "t")
    assert isinstance(only, Group) and len(only.children) == 1  # the rect
    with strictness(True), pytest.raises(ImageError, match="<text>"):
        svg_document_nodes(b'<svg viewBox="0 0 1 1"><text>hi</text></svg>', Rect(0, 0, 1, 1), "t")


def test_inline_svg_current_color_and_prop_names() -> None:
    element = Element("svg", attributes=(("viewBox", "0 0 4 4"), ("width", 8), ("height", 8)), children=(
        Element("path", attributes=(("d", "M0 0H4V4Z"), ("fill", "currentColor"), ("strokeWidth", 2),
                                    ("stroke", "currentcolor"))),
    ))
    (group,) = inline_svg_nodes(element, Color(255, 0, 0), Rect(0, 0, 8, 8))
    fill, stroke = group.children  # type: ignore[union-attr]
    assert fill.paint == SolidPaint(Color(255, 0, 0))  # type: ignore[union-attr]
    assert stroke.paint == SolidPaint(Color(255, 0, 0))  # type: ignore[union-attr]


def test_inline_svg_renders_end_to_end() -> None:
    doc = {"width": 40, "height": 40, "element": {"div": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white", "color": "blue"},
        "children": [{"svg": {"width": 20, "viewBox": "0 0 10 10", "children": [
            {"rect": {"width": 10, "height": 10, "fill": "currentColor"}}]}}]}}}
    w, h, rows = _pixels(pureog.render_png(doc))
    assert _px(rows, 10, 10) == (0, 0, 255, 255)
    assert _px(rows, 25, 10) == (255, 255, 255, 255)  # 20 px wide (height from the viewBox ratio)
    assert _px(rows, 10, 25) == (255, 255, 255, 255)


def test_img_natural_size_and_object_fit_end_to_end() -> None:
    buf = io.BytesIO()
    png.Writer(4, 2, greyscale=False).write(buf, [[255, 0, 0] * 4] * 2)
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    doc = {"width": 40, "height": 40, "element": {"div": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white"},
        "children": [{"img": {"src": uri, "style": {"width": 20}}}]}}}
    boxes = [b for b in pureog.layout_boxes(doc) if b.type == "img"]
    assert (boxes[0].width, boxes[0].height) == (20.0, 10.0)  # height from the aspect ratio
    natural = {"width": 40, "height": 40, "element": {"div": {"style": {"display": "flex"},
                                                               "children": [{"img": {"src": uri}}]}}}
    box = [b for b in pureog.layout_boxes(natural) if b.type == "img"][0]
    assert (box.width, box.height) == (40.0, 20.0)  # Satori: width 100% and the image's aspect ratio
    contain = {"width": 40, "height": 40, "element": {"div": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white"},
        "children": [{"img": {"src": uri, "width": 40, "height": 40, "style": {"objectFit": "contain"}}}]}}}
    _, _, rows = _pixels(pureog.render_png(contain))
    assert _px(rows, 20, 5) == (255, 255, 255, 255)
    assert _px(rows, 20, 20) == (255, 0, 0, 255)
    assert _px(rows, 20, 35) == (255, 255, 255, 255)


def test_svg_files_are_drawn_once_per_target() -> None:
    """svg_document_nodes memoizes a file's nodes per target (emoji drawn at the same place render after
    render); another target draws again, and a file with <text> is drawn (and reported) every time.
    Only within a render's SVG account (:func:`pureog.limits.build_budget`), whose cost a hit charges again."""
    data = b'<svg viewBox="0 0 36 36"><circle cx="18" cy="18" r="9" fill="#f00"/></svg>'
    with build_budget():
        first = svg_document_nodes(data, Rect(10.0, 20.0, 36.0, 36.0), "t")
        spent = svg_spent()
        assert svg_document_nodes(data, Rect(10.0, 20.0, 36.0, 36.0), "t") is first
        assert svg_spent() == 2 * spent > 0  # the hit is charged what the drawing cost
        moved = svg_document_nodes(data, Rect(11.5, 20.0, 36.0, 36.0), "t")
        assert moved is not first and moved != first
    text = b'<svg viewBox="0 0 1 1"><text>hi</text></svg>'
    for _ in range(2):
        with pytest.warns(RenderWarning, match="<text> in an SVG image is not drawn"):
            svg_document_nodes(text, Rect(0, 0, 1, 1), "t")


def test_svg_drawings_kept_are_charged_what_their_nodes_hold() -> None:
    """Round nineteen: a kept drawing was charged its file's bytes alone, so small files whose pattern
    holds a large ``<image>`` (an 800x800 PNG of a few KB: 2.56 MB of pixels) kept their pixels alive
    uncharged (ten files: 25.6 MB under a 4 MB budget; ~200 fitted it). Now charged what their nodes hold
    (pureog.held.held_bytes): what the memo keeps stays within its budget."""
    from pureog.held import held_bytes  # noqa: PLC0415
    from pureog.images.svg import draw  # noqa: PLC0415

    draw._DRAWN.clear()
    side = 800
    for i in range(10):
        raw = png.Writer(side, side, greyscale=False)
        out = io.BytesIO()
        raw.write_array(out, bytes((i, 9, 99)) * (side * side))
        href = base64.b64encode(out.getvalue()).decode()
        data = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                'width="10" height="10"><defs><pattern id="p" width="10" height="10" patternUnits="userSpaceOnUse">'
                f'<image xlink:href="data:image/png;base64,{href}" width="10" height="10"/></pattern></defs>'
                '<rect width="10" height="10" fill="url(#p)"/></svg>').encode()
        with build_budget():
            nodes = svg_document_nodes(data, Rect(0.0, 0.0, 10.0, 10.0), "t")
        assert held_bytes(nodes) >= side * side * 4  # (the picture is drawn, its pixels held)
    kept = held_bytes([nodes for nodes, _ in draw._DRAWN.values()])
    assert kept <= draw._DRAWN.limit.value  # before: 25.6 MB of a 4 MB budget
    draw._DRAWN.clear()


@pytest.mark.parametrize(("text", "expected"), [
    ("5", (5.0, "")), (" 5", (5.0, "")), ("5 ", None), ("5PX", None), ("5 px", None), ("1e", None),
    ("5e", None), ("5e+", None), ("-.5e1", (-5.0, "")), ("2em", (2.0, "em")), ("3ex", (3.0, "ex")),
    ("5.px", (5.0, "px")), ("5%", (5.0, "%")), ("5 %", None), ("6Q", None), ("1e1px", (10.0, "px")),
    ("5emm", None), (".", None), ("+", None), ("1e999", None),
])
def test_svg_lengths_are_read_as_svgtypes_reads_them_whole(text: str, expected: tuple[float, str] | None) -> None:
    from pureog.images.svg.units import svg_length  # noqa: PLC0415

    assert svg_length(text) == expected


def test_svg_length_lists_and_opacities_follow_svgtypes() -> None:
    from pureog.images.svg.units import length_list, opacity  # noqa: PLC0415

    assert length_list("5PX 3") == [(5.0, "")]  # the item after the unreadable one is lost too
    assert length_list("1 2 , 3,4") == [(1.0, ""), (2.0, ""), (3.0, ""), (4.0, "")]
    assert opacity("50%") == 0.5 and opacity("0.5px") == 1.0 and opacity("40 %") == 1.0


@pytest.mark.parametrize(("d", "segments"), [
    ("M0 0a5 5 0 1 ,0 10 0", 1),  # a comma may follow an arc flag only directly
    ("M0 0a5 5 0 1, 0 10 0", 2),
    ("M0 0 L1 1 L2 2e", 2),  # "2e" is no number: its segment is dropped
    ("L1 2 L3 4", 0),  # no moveto first
    ("M,1 2 L3 4", 0),
    ("M1 2 3 4 ,L5 6", 3),
])
def test_path_data_follows_svgtypes_separators(d: str, segments: int) -> None:
    from pureog.images.svg.pathdata import _scan  # noqa: PLC0415

    assert len(_scan(d)) == segments

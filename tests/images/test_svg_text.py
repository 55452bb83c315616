"""Inline SVG ``<text>`` (pureog/images/svg/text.py with pureog/paint/svg_text.py), drawn as Chromium
draws it where Next.js throws; the pixels are measured in conformance case ``svg/inline-text``."""

from __future__ import annotations

import pytest

import pureog
from pureog.errors import RenderWarning
from pureog.geometry import Rect
from pureog.images.svg.context import state
from pureog.images.svg.draw import svg_document_nodes
from pureog.images.svg.glyphs import SvgFont
from pureog.images.svg.text import _collect, _font, _position
from pureog.images.svg.tree import SvgNode


def _text(children: list[SvgNode], **attrs: str) -> SvgNode:
    return SvgNode("text", dict(attrs), children)


def _chars(node: SvgNode) -> tuple[str, list[tuple[float | None, float | None, float, float]]]:
    root = SvgFont(("Geist",), 20.0, 400, "normal")
    chars: list = []
    _collect(node, _font(node, root, root), {}, root, chars, [], ranges := [], state)
    _position(chars, ranges)
    return "".join(c.char for c in chars), [(c.x, c.y, c.dx, c.dy) for c in chars]


def test_white_space_collapses_and_positions_go_to_the_nearest_element() -> None:
    span = SvgNode("tspan", {"x": "5 6", "dy": "2"}, [SvgNode("#text", {}, [], "b  c")])
    text, pos = _chars(_text([SvgNode("#text", {}, [], "\n  a\t "), span], x="1 2 3 4 9", y="10"))
    assert text == "a b c"  # no leading space, one between words (across the tspan)
    # the <text>'s x list gives characters 0 and 1 their x; the tspan's own list wins for its first two
    assert pos[0] == (1.0, 10.0, 0.0, 0.0) and pos[1][0] == 2.0
    assert pos[2] == (5.0, None, 0.0, 2.0) and pos[3][0] == 6.0 and pos[4][0] == 9.0


def test_font_inherits_and_resolves_relative_sizes() -> None:
    root = SvgFont(("Geist",), 20.0, 400, "normal")
    child = _font(SvgNode("tspan", {"font-size": "1.5em", "font-weight": "bold", "font-family": "'A B', serif"}),
                  root, root)
    assert child == SvgFont(("A B", "serif"), 30.0, 700, "normal")
    assert _font(SvgNode("tspan", {"font-size": "50%", "font-weight": "bolder"}), child, root).size == 15.0


def _doc(text_props: dict[str, object]) -> dict[str, object]:
    return {"width": 200, "height": 60, "element": {"type": "div", "props": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white",
                  "fontSize": 20},
        "children": [{"type": "svg", "props": {"width": 200, "height": 60, "viewBox": "0 0 200 60", "children": [
            {"type": "text", "props": {"x": 100, "y": 40, **text_props}}]}}]}}}


def _ink_columns(png: bytes) -> tuple[int, int]:
    import io

    import png as pypng

    width, _, rows, _ = pypng.Reader(file=io.BytesIO(png)).asRGBA8()
    cols = [x for row in rows for x in range(width) if row[4 * x] < 128]
    return min(cols), max(cols)


def test_text_anchor_moves_the_chunk_by_its_width() -> None:
    start = _ink_columns(pureog.render(pureog.load(_doc({"children": "Hello"}))))
    middle = _ink_columns(pureog.render(pureog.load(_doc({"children": "Hello", "textAnchor": "middle"}))))
    end = _ink_columns(pureog.render(pureog.load(_doc({"children": "Hello", "textAnchor": "end"}))))
    assert start[0] >= 100 and end[1] <= 100 and middle[0] < 100 < middle[1]
    assert abs((start[0] - middle[0]) * 2 - (start[0] - end[0])) <= 2


def test_text_in_an_svg_image_is_still_not_drawn() -> None:
    with pytest.warns(RenderWarning, match="<text> in an SVG image is not drawn"):
        nodes = svg_document_nodes(b'<svg viewBox="0 0 1 1"><text>hi</text></svg>', Rect(0, 0, 1, 1), "t")
    assert nodes == ()

"""SVG markers (pureog/images/svg/marker.py) and ``<style>`` sheets (pureog/images/svg/style.py)."""

from __future__ import annotations

import math

from pureog.display import Group
from pureog.document.model import Element, Text
from pureog.geometry import Rect
from pureog.images.svg.draw import svg_document_nodes
from pureog.images.svg.marker import _orient, _segments, _vertex_angle
from pureog.images.svg.pathdata import parse_path_data
from pureog.images.svg.style import parse_sheet
from pureog.images.svg.tree import inline_svg_tree, parse_svg_text


def _svg(body: str, defs: str = "") -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">'
            f"<defs>{defs}</defs>{body}</svg>").encode()


def test_vertex_angles_as_usvg() -> None:
    segs = _segments(parse_path_data("M0 0 L10 0 L10 10 Z"))
    assert _vertex_angle(segs, 0) == 0.0
    assert math.isclose(_vertex_angle(segs, 1), 45.0)  # the bisector of east and south
    assert math.isclose(_vertex_angle(segs, 2), 157.5)  # south, then back to the start
    curve = _segments(parse_path_data("M0 0 Q 10 0 10 10"))
    assert curve[1][0] == "C"  # quadratics are raised to cubics first
    assert math.isclose(_vertex_angle(curve, 1), 90.0)


def test_orient_parsing() -> None:
    assert _orient("auto") is None
    assert _orient("45") == 45.0
    assert _orient("1rad") == math.degrees(1)
    assert _orient("auto-start-reverse") == 0.0  # does not parse in usvg 0.29


def test_markers_are_placed_on_vertices() -> None:
    defs = ('<marker id="m" markerWidth="4" markerHeight="4" refX="2" refY="2" markerUnits="userSpaceOnUse">'
            '<rect width="4" height="4" fill="red"/></marker>')
    nodes = svg_document_nodes(_svg('<polyline points="10,10 50,10 50,50" fill="none" stroke="black" '
                                    'marker-start="url(#m)" marker-mid="url(#m)" marker-end="url(#m)"/>', defs),
                               Rect(0, 0, 100, 100), "t")
    groups: list[Group] = []
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, Group):
            if node.clip is None and node.children and isinstance(node.children[0], Group) and \
                    node.children[0].clip is not None:
                groups.append(node)
            stack.extend(node.children)
    origins = sorted((round(g.transform.e), round(g.transform.f)) for g in groups)
    assert origins == [(8, 8), (48, 8), (48, 48)]


def test_sheet_parsing_and_specificity() -> None:
    rules = parse_sheet("/* c */ #a { fill: red } g > .b, rect { fill: blue; } @media print { rect { fill: x } } "
                        "* { stroke: none }")
    assert [r.specificity for r in rules] == [(0, 0, 0), (0, 0, 1), (0, 1, 1), (1, 0, 0)]
    assert rules[-1].declarations == (("fill", "red"),)


def test_sheet_applies_before_the_style_attribute() -> None:
    root = parse_svg_text(_svg('<style>.x { fill: red; stroke: blue } rect { fill: green } #y { fill: gold }'
                               '</style><rect id="y" class="x"/><rect class="x" style="fill: black"/>'
                               '<circle class="x" fill="pink" width="3"/>'))
    rect1, rect2, circle = root.children[2:]
    assert rect1.attrs["fill"] == "gold" and rect1.attrs["stroke"] == "blue"
    assert rect2.attrs["fill"] == "black"
    assert circle.attrs["fill"] == "red"


def test_inline_svg_style_element_and_satori_names() -> None:
    element = Element("svg", (), (
        Element("style", (), (Text(".c { fill: red }"),), (), "$.s"),
        Element("rect", (), (), (("class", "c"), ("maskContentUnits", "userSpaceOnUse"), ("strokeWidth", 2)), "$.r"),
    ), (("viewbox", "0 0 10 10"),), "$")
    from pureog.color import BLACK

    root = inline_svg_tree(element, BLACK)
    assert root.attrs["viewBox"] == "0 0 10 10"
    rect = root.children[1]
    assert rect.attrs["fill"] == "red"
    assert "maskContentUnits" in rect.attrs and rect.attrs["stroke-width"] == "2"

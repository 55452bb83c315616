"""An inline <svg>'s children are laid out as elements too (Satori's layout.ts recurses into them):
their CSS boxes are reported, and an unsized <svg> grows to a styled child."""

from __future__ import annotations

import warnings

import pureog


def _boxes(svg: dict[str, object]) -> list[tuple[str, float, float, float, float]]:
    el = {"div": {"style": {"display": "flex"}, "children": [svg]}}
    with warnings.catch_warnings():
        warnings.simplefilter("error", pureog.RenderWarning)  # SVG properties are no CSS mistakes
        return [(b.type, b.x, b.y, b.width, b.height) for b in pureog.layout_boxes(el, width=400, height=300)]


def test_svg_children_are_reported_as_boxes() -> None:
    svg = {"svg": {"width": 30, "height": 50, "children": [{"circle": {"cx": 5, "cy": 5, "r": 5, "fill": "red"}}]}}
    assert _boxes(svg) == [("div", 0.0, 0.0, 30.0, 50.0), ("svg", 0.0, 0.0, 30.0, 50.0),
                           ("circle", 0.0, 0.0, 0.0, 50.0)]


def test_an_unsized_svg_grows_to_a_styled_child() -> None:
    svg = {"svg": {"children": [{"rect": {"style": {"width": 100, "height": 80, "fill": "blue"}}}]}}
    assert _boxes(svg)[1:] == [("svg", 0.0, 0.0, 100.0, 80.0), ("rect", 0.0, 0.0, 100.0, 80.0)]


def test_style_auto_keeps_a_replaced_side_auto() -> None:
    assert _boxes({"svg": {"viewBox": "0 0 24 12", "style": {"height": "auto"}}})[1][3:] == (24.0, 0.0)
    assert _boxes({"svg": {"height": "30px"}})[1][3:] == (0.0, 0.0)  # Yoga cannot read "30px": auto

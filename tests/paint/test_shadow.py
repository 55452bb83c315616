"""paint/shadow.py: the blur's standard deviation."""

from __future__ import annotations

from pureog.paint.shadow import deviation


def test_deviation_is_half_the_radius_and_none_for_a_negative_one() -> None:
    """usvg reads a negative stdDeviation (Satori writes blur / 2 as given) as 0: no blur."""
    assert deviation(6.0) == 3.0
    assert deviation(0.0) == 0.0
    assert deviation(-4.0) == 0.0


def _ring_card(size: int, canvas: int) -> dict[str, object]:
    return {"width": canvas, "height": canvas, "element": {"type": "div", "props": {"style": {
        "display": "flex", "width": "100%", "height": "100%", "backgroundColor": "#000",
        "alignItems": "center", "justifyContent": "center"}, "children": [{"type": "div", "props": {"style": {
            "width": size, "height": size, "borderRadius": "100%", "backgroundColor": "#ffffff40",
            "boxShadow": "0 0 1px 0.5px #fff"}}}]}}}


def test_a_spread_hairline_keeps_the_shadow_one_colour() -> None:
    """A spread of 0.5 px is tiny-skia's hairline (coverage levels of the shadow's RGB beside its
    shape), so the shadow still blurs as one colour's coverage: a 600 px ring under a 1 px blur on a
    700 px canvas blurred all four channels and ran past the blur budget (LimitError) when the levels
    made it look many-coloured; its top pixel is lit."""
    import png

    import pureog
    from pureog.color import Color
    from pureog.display import FillPath, Group, SolidPaint, uniform_color
    from pureog.geometry import Rect
    from pureog.path import rect_path

    square = rect_path(Rect(0, 0, 1, 1))
    levels = Group((FillPath(square, SolidPaint(Color(255, 255, 255, 1.0))),
                    FillPath(square, SolidPaint(Color(255, 255, 255, 0.4)))))
    assert uniform_color(levels) is None
    assert uniform_color(levels, alphas=True) == (255, 255, 255, 255)
    other = Group((*levels.children, FillPath(square, SolidPaint(Color(0, 0, 255, 0.4)))))
    assert uniform_color(other, alphas=True) is None
    _, _, rows, _ = png.Reader(bytes=pureog.render_png(_ring_card(600, 700))).asRGBA8()
    top = list(rows)[49]
    assert top[4 * 350] > 64  # the ring's row just above the circle

"""Random, partly invalid documents: pureog returns a PNG or raises a PureogError, nothing else.

Hypothesis builds element trees from a vocabulary of real CSS properties with valid and broken values,
odd text (empty, whitespace, control characters, emoji, CJK), odd tags and attributes. Any exception
other than PureogError is a bug: bad input must get a clear error naming where it is, never a raw
KeyError/ValueError/struct.error from deep inside.
"""

from __future__ import annotations

import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pureog

LENGTHS = st.sampled_from(["0", "10px", "50%", "-5px", "1e9px", "2em", "3rem", "10vw", "auto", "12pq", "", "px",
                           "calc(1px)", "NaN", 5, -3, 0, 1e12, 12.5])
COLORS = st.sampled_from(["red", "#abc", "#a1b2c3d4", "rgb(1 2 3 / 50%)", "hsl(120, 50%, 50%)", "transparent",
                          "currentColor", "notacolor", "#12", "rgba(0,0,0)", ""])
PROPERTIES: dict[str, Any] = {
    "width": LENGTHS, "height": LENGTHS, "minWidth": LENGTHS, "maxHeight": LENGTHS, "padding": LENGTHS,
    "margin": st.sampled_from(["auto", "1px 2px", "1px 2px 3px 4px 5px", "-10px", "x"]),
    "flexGrow": st.sampled_from([0, 1, 2.5, -1, "1", "x"]), "flexShrink": st.sampled_from([0, 1, "2"]),
    "flexBasis": LENGTHS, "flexDirection": st.sampled_from(["row", "column", "row-reverse", "diagonal"]),
    "flexWrap": st.sampled_from(["wrap", "nowrap", "wrap-reverse", "yes"]),
    "justifyContent": st.sampled_from(["center", "space-between", "space-evenly", "flex-end", "middle"]),
    "alignItems": st.sampled_from(["center", "stretch", "baseline", "flex-start", "left"]),
    "position": st.sampled_from(["absolute", "relative", "static", "fixed"]), "top": LENGTHS, "left": LENGTHS,
    "display": st.sampled_from(["flex", "none", "block", "contents", "grid", "-webkit-box"]),
    "gap": LENGTHS, "fontSize": LENGTHS, "lineHeight": st.sampled_from([1, 1.5, "20px", "normal", "150%", "-1"]),
    "fontWeight": st.sampled_from([100, 400, "bold", "bolder", 1000, "heavy"]),
    "fontStyle": st.sampled_from(["italic", "normal", "oblique"]), "color": COLORS,
    "backgroundColor": COLORS, "border": st.sampled_from(["1px solid red", "2px dashed", "solid", "3px", "x y z"]),
    "borderRadius": st.sampled_from(["10px", "50%", "10px / 20px", "1 2 3 4", "-4px", "a"]),
    "opacity": st.sampled_from([0, 0.5, 1, "50%", 2, "x"]),
    "letterSpacing": LENGTHS, "textAlign": st.sampled_from(["center", "right", "justify", "middle"]),
    "whiteSpace": st.sampled_from(["pre", "nowrap", "pre-wrap", "pre-line", "wrap"]),
    "wordBreak": st.sampled_from(["break-all", "keep-all", "break-word", "nope"]),
    "textOverflow": st.sampled_from(["ellipsis", "clip"]), "overflow": st.sampled_from(["hidden", "visible", "scroll"]),
    "lineClamp": st.sampled_from([1, 2, "3 '…'", 0, "x"]),
    "textDecoration": st.sampled_from(["underline", "line-through dashed red", "blink"]),
    "textTransform": st.sampled_from(["uppercase", "capitalize", "shout"]),
    "backgroundImage": st.sampled_from(["linear-gradient(45deg, red, blue)", "radial-gradient(circle, red, blue)",
                                        "repeating-linear-gradient(red 0 10px, blue 10px 20px)", "url(nope.png)",
                                        "linear-gradient(", "conic-gradient(red, blue)"]),
    "boxShadow": st.sampled_from(["0 4px 12px rgba(0,0,0,.3)", "inset 0 0 4px red", "1px", "0 0 0 -2px red"]),
    "textShadow": st.sampled_from(["1px 1px 2px red", "0 0 4px", "x"]),
    "transform": st.sampled_from(["rotate(10deg)", "scale(2) translateX(10%)", "skew(10deg, 5deg)", "rotate(x)",
                                  "matrix(1,0,0,1,0,0)", "perspective(10px)"]),
    "transformOrigin": st.sampled_from(["top left", "50% 50%", "10px", "nowhere"]),
    "clipPath": st.sampled_from(["circle(40%)", "inset(10px round 4px)", "polygon(0 0, 100% 0, 0 100%)", "star()"]),
    "filter": st.sampled_from(["blur(2px)", "blur(x)", "grayscale(1)"]),
    "zIndex": st.sampled_from([1, "x"]), "fooBar": st.just("1"), "--brand": st.just("#f00"),
}
TEXT = st.one_of(
    st.sampled_from(["", " ", "Hello world", "a\nb\tc", "\u00a0", "漢字テキスト", "한국어 텍스트", "👋🏽 👨‍👩‍👧",
                     "\x00\x07",
                     "x" * 300, "https://example.com/a/very/long/url/without/spaces/at/all"]),
    st.text(max_size=20),
)


@st.composite
def styles(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(sorted(PROPERTIES)), max_size=6, unique=True))
    return {name: draw(PROPERTIES[name]) for name in names}


def elements(depth: int) -> st.SearchStrategy[Any]:
    leaf = st.one_of(TEXT, st.integers(-5, 5), st.none(), st.booleans())
    if depth <= 0:
        return leaf
    tag = st.sampled_from(["div", "span", "p", "h1", "b", "u", "img", "svg", "x-custom"])
    element = st.builds(
        lambda t, style, children, extra: {"type": t, "props": {"style": style, "children": children, **extra}},
        tag,
        styles(),
        st.lists(elements(depth - 1), max_size=3),
        st.sampled_from([{}, {"src": "data:image/png;base64,AAAA"}, {"width": 10, "height": 10},
                         {"src": "https://example.com/a.png"}, {"viewBox": "0 0 1"}, {"lang": "ko-KR"}]),
    )
    return st.one_of(leaf, element)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(root=elements(3).filter(lambda e: isinstance(e, dict)), debug=st.booleans())
def test_random_documents_render_or_fail_cleanly(root: dict[str, Any], debug: bool) -> None:
    try:
        data = pureog.render_png(root, width=120, height=80, debug=debug)
    except pureog.PureogError as exc:
        assert str(exc)  # a message the user can act on
        return
    assert data.startswith(b"\x89PNG\r\n\x1a\n")


def test_enormous_blur_radii_render_instead_of_exhausting_memory() -> None:
    for style in ({"boxShadow": "0 0 1000000px red"}, {"filter": "blur(5000px)"}):
        card = {"div": {"style": {"width": 100, "height": 100, "backgroundColor": "red", **style}}}
        data = pureog.render_png(card, width=400, height=200)
        assert data.startswith(b"\x89PNG")


def test_a_nearly_vertical_gradient_edge_builds_no_ramp_across_the_gap() -> None:
    # At 179.9999deg the edge moves ~6e5 px along the gradient's ramp per row: each row starts its own
    # ramp (it once grew one ramp over the whole distance: minutes and gigabytes for a 3 x 40 box).
    import tracemalloc  # noqa: PLC0415

    from pureog.color import Color  # noqa: PLC0415
    from pureog.display import GradientStop, LinearGradientPaint, SpreadMethod  # noqa: PLC0415
    from pureog.geometry import IDENTITY  # noqa: PLC0415
    from pureog.raster.gradient import linear_shader  # noqa: PLC0415

    stops = (GradientStop(0.0, Color(218, 112, 214)), GradientStop(0.5, Color(0, 0, 0)),
             GradientStop(1.0, Color(218, 112, 214)))  # fmt: skip
    angle = math.radians(179.9999)
    paint = LinearGradientPaint(0.0, 0.0, 10 * math.sin(angle), -10 * math.cos(angle), stops, SpreadMethod.REPEAT)
    shader = linear_shader(paint, IDENTITY, None)
    tracemalloc.start()
    try:
        rows = [shader(0, y, 3) for y in range(40)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert all(len(row) == 12 for row in rows)
    assert peak < 1_000_000

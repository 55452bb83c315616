"""Parsing transform, transformOrigin, boxShadow, textShadow and clipPath (filter: tests/style/test_filter.py)."""

from __future__ import annotations

import math

import pytest

from pureog.color import BLACK, Color
from pureog.errors import StyleError
from pureog.style.clip import UNREAD, ClipShape, parse_clip_path
from pureog.style.computed import ComputedStyle
from pureog.style.parse import StyleFallback, ValueContext
from pureog.style.shadow import BoxShadow, TextShadow, parse_box_shadow, parse_text_shadow
from pureog.style.transform import (
    TransformOp,
    TransformOp3d,
    TransformOrigin,
    parse_perspective,
    parse_perspective_origin,
    parse_transform,
    parse_transform_origin,
)
from pureog.style.values import Percent

CTX = ValueContext(20.0, 1200.0, 630.0, Color(1, 2, 3), ComputedStyle())
BROWSER = ValueContext(20.0, 1200.0, 630.0, Color(1, 2, 3), ComputedStyle(), browser=True)


def test_transform_functions_in_css_order() -> None:
    ops = parse_transform("translate(10px, 50%) rotate(0.25turn) scale(2) skewY(10deg)", CTX)
    assert ops == (
        TransformOp("translate", 10.0, Percent(50.0)),
        TransformOp("rotate", 90.0, 0.0),
        TransformOp("scale", 2.0, 2.0),
        TransformOp("skew", 0.0, 10.0),
    )
    assert parse_transform("translateX(2em) scaleY(3)", CTX) == (
        TransformOp("translate", 40.0, 0.0),
        TransformOp("scale", 1.0, 3.0),
    )
    assert parse_transform("none", CTX) == ()
    with pytest.raises(StyleFallback, match="features: browser") as ignored:  # Satori ignores them
        parse_transform("rotateZ(30deg) perspective(100px)", CTX)
    assert ignored.value.value == ()
    with pytest.raises(StyleFallback) as kept:
        parse_transform("rotateX(30deg) translateX(5px)", CTX)
    assert kept.value.value == (TransformOp("translate", 5.0, 0.0),)


def test_3d_transform_functions_with_features_browser() -> None:
    ops = parse_transform("perspective(400px) rotateX(30deg) rotateY(0.5turn) rotateZ(10deg) translateZ(2em) "
                          "translate3d(10%, 5px, -1px) scaleZ(2) scale3d(1, 2, 3) rotate3d(1, 1, 0, 45deg)", BROWSER)
    assert ops == (
        TransformOp3d("perspective", (400.0,)),
        TransformOp3d("rotate3d", (1.0, 0.0, 0.0, 30.0)),
        TransformOp3d("rotate3d", (0.0, 1.0, 0.0, 180.0)),
        TransformOp("rotate", 10.0, 0.0),  # in the plane: drawn as the 2D rotate
        TransformOp3d("translate3d", (0.0, 0.0, 40.0)),
        TransformOp3d("translate3d", (Percent(10.0), 5.0, -1.0)),
        TransformOp3d("scale3d", (1.0, 1.0, 2.0)),
        TransformOp3d("scale3d", (1.0, 2.0, 3.0)),
        TransformOp3d("rotate3d", (1.0, 1.0, 0.0, 45.0)),
    )
    assert parse_transform("perspective(none)", BROWSER) == (TransformOp3d("perspective", (math.inf,)),)
    matrix = parse_transform("matrix(1, 0, 0, 1, 5, 6)", BROWSER)
    assert matrix == (TransformOp3d("matrix", (1.0, 0.0, 0.0, 1.0, 5.0, 6.0)),) and not matrix[0].is_3d
    assert len(parse_transform("matrix3d(" + ", ".join(["1"] * 16) + ")", BROWSER)[0].values) == 16
    for bad in ("matrix3d(1, 2)", "rotate3d(1, 0, 0)", "translateZ(10%)", "perspective(-5px)", "scale3d(1, 2)"):
        with pytest.raises(StyleError):
            parse_transform(bad, BROWSER)
    with pytest.raises(StyleError, match="features: browser draws it"):  # Next.js throws: so does the default
        parse_transform("translateZ(10px)", CTX)


def test_perspective_properties() -> None:
    assert parse_perspective("none", BROWSER) is None
    assert parse_perspective("250px", BROWSER) == 250.0
    assert parse_perspective(300, BROWSER) == 300.0
    with pytest.raises(StyleError):
        parse_perspective("-1px", BROWSER)
    assert parse_perspective_origin("left top", BROWSER) == TransformOrigin(Percent(0.0), Percent(0.0))
    assert parse_perspective_origin("bottom 10px", BROWSER) == TransformOrigin(10.0, Percent(100.0))
    assert parse_perspective_origin("0 0", BROWSER) == TransformOrigin(0.0, 0.0)  # a zero is a zero here
    assert parse_perspective_origin("25%", BROWSER) == TransformOrigin(Percent(25.0), Percent(50.0))
    with pytest.raises(StyleError):
        parse_perspective_origin("top top", BROWSER)


def test_transform_errors() -> None:
    with pytest.raises(StyleError, match="matrix"):
        parse_transform("matrix(1, 0, 0, 1, 0, 0)", CTX)
    with pytest.raises(StyleError, match="angle"):
        parse_transform("rotate(45px)", CTX)
    with pytest.raises(StyleError, match="unknown transform function"):
        parse_transform("wobble(3)", CTX)


def test_transform_origin_follows_satori_including_its_zero_quirk() -> None:
    assert parse_transform_origin("left top", CTX) == TransformOrigin(Percent(0.0), Percent(0.0))
    assert parse_transform_origin("top left", CTX) == TransformOrigin(Percent(0.0), Percent(0.0))
    assert parse_transform_origin("10px 25%", CTX) == TransformOrigin(10.0, Percent(25.0))
    assert parse_transform_origin("bottom", CTX) == TransformOrigin(Percent(50.0), Percent(100.0))
    assert parse_transform_origin("0 0", CTX) is None  # zero counts as unset: the centre
    assert parse_transform_origin("0% 0px", CTX) is None
    assert parse_transform_origin(12, CTX) == TransformOrigin(12.0, Percent(50.0))
    # a number (the cascade's purify made one of " 1e1 ", "0x10") is a horizontal length; zero is falsy
    # there: the centre
    assert parse_transform_origin(0, CTX) is None
    assert parse_transform_origin(-12.0, CTX) == TransformOrigin(-12.0, Percent(50.0))


def test_transform_origin_z_with_browser_features_only() -> None:
    """A third value (the origin's z, a length) is read with features: browser; Satori reads none."""
    assert parse_transform_origin("left top 2em", BROWSER) == TransformOrigin(Percent(0.0), Percent(0.0), 40.0)
    assert parse_transform_origin("top left -10px", BROWSER) == TransformOrigin(Percent(0.0), Percent(0.0), -10.0)
    assert parse_transform_origin("50% 50% 0", BROWSER) is None
    assert parse_transform_origin("left top 2em", CTX) is None  # Next.js: the centre
    with pytest.raises(StyleFallback, match="third transformOrigin") as caught:
        parse_transform_origin("left top 10%", BROWSER)
    assert caught.value.value is None  # dropped, as a browser drops it: the centre


@pytest.mark.parametrize(("raw", "x"), [(" 1e1 ", 10.0), ("-12", -12.0), ("0x10", 16.0)])
def test_transform_origin_text_numbers_go_through_purify(raw: str, x: float) -> None:
    from tests.style.helpers import style  # noqa: PLC0415

    assert style({"transformOrigin": raw}).transform_origin == TransformOrigin(x, Percent(50.0))


def test_box_shadow_lists() -> None:
    assert parse_box_shadow("0 10px 50px rgba(0,0,0,0.5), inset 1px 2px red", CTX) == (
        BoxShadow(0.0, 10.0, 50.0, 0.0, Color(0, 0, 0, 127 / 255)),
        BoxShadow(1.0, 2.0, 0.0, 0.0, Color(255, 0, 0), inset=True, blur_written=False),
    )
    assert parse_box_shadow("currentColor 2px 3px 4px -5px", CTX) == (BoxShadow(2.0, 3.0, 4.0, -5.0, Color(1, 2, 3)),)
    assert parse_box_shadow("1px 1px", CTX)[0].color == BLACK


def test_box_shadow_of_one_length_as_next_draws_it() -> None:
    """css-box-shadow reads ``1px red`` as offsetX 1 and an undefined offsetY (Satori's y="NaN": a rect
    at the canvas's top, unblurred; case box-shadow/one-length); CSS (features: browser) refuses it."""
    red = Color(255, 0, 0)
    one = BoxShadow(1.0, 0.0, 0.0, 0.0, red, blur_written=False, y_unwritten=True)
    assert parse_box_shadow("1px red", CTX) == (one,)
    inset = BoxShadow(6.0, 0.0, inset=True, blur_written=False, y_unwritten=True)
    assert parse_box_shadow("inset 6px", CTX) == (inset,)
    browser = ValueContext(20.0, 1200.0, 630.0, Color(1, 2, 3), ComputedStyle(), browser=True)
    with pytest.raises(StyleError, match="2 to 4 lengths"):
        parse_box_shadow("1px red", browser)


def test_box_shadow_is_split_as_css_box_shadow_splits_it() -> None:
    """Satori's parser splits at every single space (an empty part is a length of 0) and takes a last
    part that is not digits-and-a-unit for the colour (black when unreadable)."""
    assert parse_box_shadow("4px  4px red", CTX) == (BoxShadow(4.0, 0.0, 4.0, 0.0, Color(255, 0, 0)),)
    assert parse_box_shadow("4px 4px 6px -2px", CTX) == (BoxShadow(4.0, 4.0, 6.0, 0.0, BLACK),)
    assert parse_box_shadow("0 0 1.5px", CTX) == (BoxShadow(0.0, 0.0, 0.0, 0.0, BLACK, blur_written=False),)
    assert parse_box_shadow("0 4px 6px -1px rgba(0, 0, 0, 0.1)", CTX)[0].spread == -1.0
    with pytest.raises(StyleError, match="unit"):
        parse_box_shadow("4 4 red", CTX)


def test_box_shadow_unitless_radii_are_px_as_next_draws_them() -> None:
    """css-box-shadow keeps a unitless part as text; Satori's arithmetic reads a blur or spread text as its
    number (a plausible shadow), an offset text joins the coordinates as text (ignored here)."""
    red = Color(255, 0, 0)
    assert parse_box_shadow("0 0 0 5 red", CTX) == (BoxShadow(0.0, 0.0, 0.0, 5.0, red, spread_text="5"),)
    assert parse_box_shadow("2px 2px 6 red", CTX) == (BoxShadow(2.0, 2.0, 6.0, 0.0, red),)
    assert parse_box_shadow("inset 0 0 0 5 red", CTX)[0].spread_text == ""  # negated first: a number
    with pytest.raises(StyleError, match="offset needs a unit"):
        parse_box_shadow("0 5 4px red", CTX)


def test_box_shadow_spread_that_is_no_number_is_kept_as_text() -> None:
    """A y offset, blur or spread written as a function (Tailwind's ring: ``calc(2px + 0px)``, Mantine's
    ``calc(0.0625rem * var(--mantine-scale))``) is text to css-box-shadow and NaN to Satori's sums: the
    layer is kept as Next draws the NaN (box-shadow/*-calc-text), and so are the list's other layers."""
    (ring, drop) = parse_box_shadow("0 0 0 calc(2px + 0px) red, 0 4px 6px black", CTX)
    assert math.isnan(ring.spread) and ring.spread_text == "calc(2px + 0px)" and ring.color == Color(255, 0, 0)
    assert drop == BoxShadow(0.0, 4.0, 6.0, 0.0, BLACK)
    assert math.isnan(parse_box_shadow("inset 0 0 0 calc(2px) red", CTX)[0].spread)
    # a blur of NaN: stdDeviation="NaN" (no blur) in usvg's default region
    assert parse_box_shadow("0 0 calc(2px) red", CTX) == (BoxShadow(0.0, 0.0, 0.0, 0.0, Color(255, 0, 0), False,
                                                                   False),)
    # a y offset of NaN: y="NaN", as when none is written
    (mantine,) = parse_box_shadow("0 calc(0.0625rem * 1) calc(0.1875rem * 1) red", CTX)
    assert mantine.y_unwritten and mantine.offset_y == 0.0 and mantine.blur == 0.0 and not mantine.blur_written
    # an x offset of NaN (Tailwind's undeclared --tw-ring-inset): x="NaN", the box's copy at the canvas's left
    (ring,) = parse_box_shadow("initial 0 0 0 3px #4f46e5", CTX)
    assert ring.x_unwritten and ring.offset_x == 0.0 and ring.spread == 0.0 and ring.blur_written


def test_unitless_spread_joins_the_filter_region_as_text() -> None:
    from pureog.paint.shadow import _text_spread_sides  # noqa: PLC0415

    # "0" + "5" is "05" (5); "05" + 60 is "0560"
    assert _text_spread_sides(BoxShadow(0.0, 0.0, 0.0, 5.0, spread_text="5"), 60.0, 30.0) == (-5.0, 560.0, -5.0, 530.0)
    # "9" + "1.5" is "91.5"; "91.5" + 60 is "91.560": the region ends near the box
    sides = _text_spread_sides(BoxShadow(0.0, 0.0, 6.0, 1.5, spread_text="1.5"), 60.0, 30.0)
    assert sides == (-91.5, 91.56, -91.5, 91.53)
    # "16" + "-3" is no number: NaN, usvg's default region
    sides = _text_spread_sides(BoxShadow(0.0, 0.0, 8.0, -3.0, spread_text="-3"), 60.0, 30.0)
    assert all(math.isnan(v) for v in sides)


def test_text_shadow() -> None:
    assert parse_text_shadow("red 1px 2px 3px, 4px 5px", CTX) == (
        TextShadow(1.0, 2.0, 3.0, Color(255, 0, 0)),
        TextShadow(4.0, 5.0, 0.0, BLACK),
    )
    with pytest.raises(StyleError):
        parse_text_shadow("inset 1px 1px", CTX)


def test_negative_shadow_blur_is_kept_as_next_draws_it() -> None:
    """Invalid CSS, but Satori passes it on and resvg draws the shadow unblurred: a fallback (a warning,
    an error when strict) carrying the shadows with their negative radius (the filter region's grow)."""
    with pytest.raises(StyleFallback, match="blur radius must not be negative") as box:
        parse_box_shadow("1px 1px -3px red", CTX)
    assert box.value.value == (BoxShadow(1.0, 1.0, -3.0, 0.0, Color(255, 0, 0)),)
    with pytest.raises(StyleFallback, match="drawn unblurred") as text:
        parse_text_shadow("2px 2px -4px red, 1px 1px 2px", CTX)
    assert text.value.value == (TextShadow(2.0, 2.0, -4.0, Color(255, 0, 0)), TextShadow(1.0, 1.0, 2.0, BLACK))


def test_clip_path_shapes() -> None:
    circle = parse_clip_path("circle(40% at right 10px)", CTX)
    assert circle is not None and circle.kind == "circle"
    assert circle.values == (Percent(40.0), Percent(100.0), 10.0)
    inset = parse_clip_path("inset(1px 2px round 5px)", CTX)
    assert inset is not None and inset.values == (1.0, 2.0, 1.0, 2.0, 5.0, 5.0, 5.0, 5.0)
    poly = parse_clip_path("polygon(nonzero, 0 0, 100% 0, 50% 100%)", CTX)
    assert poly is not None and not poly.evenodd and len(poly.values) == 6
    assert parse_clip_path("none", CTX) is None
    # two points enclose nothing, but they are a polygon (CSS and Next: the element is clipped away;
    # clip/clip-degenerate-shapes); a fill rule and no point is none
    two = parse_clip_path("polygon(0 0, 1px 1px)", CTX)
    assert two is not None and two.kind == "polygon" and len(two.values) == 4
    with pytest.raises(StyleError, match="at least one point"):
        parse_clip_path("polygon(evenodd)", CTX)


@pytest.mark.parametrize(("text", "centre"), [
    ("circle(40% at CENTER 72PX)", (0.0, 0.0)),
    ("circle(40px at 72PX 30px)", (0.0, 30.0)),
    ("circle(40px at 30px 20q)", (30.0, 0.0)),
    ("circle(40px at 30.px 40.%)", (0.0, 0.0)),
])
def test_a_clip_centre_satori_cannot_read_is_left_out_as_0(text: str, centre: tuple[object, object]) -> None:
    # lengthToNumber returns undefined for these (upper case, q, a number ending in a dot): no cx / cy
    with pytest.warns(Warning, match="read as 0"):
        shape = parse_clip_path(text, CTX)
    assert shape is not None and shape.values[1:] == centre
    readable = parse_clip_path("circle(40px at 30% 40.5%)", CTX)
    assert readable is not None and readable.values[1:] == (Percent(30.0), Percent(40.5))


def test_clip_path_path_data_is_read_as_satori_reads_it() -> None:
    """Quotes dropped, an optional fill rule and comma, the rest is SVG path data (parsed at paint)."""
    plain = parse_clip_path("path('M0 0 L10 10 Z')", CTX)
    assert plain is not None and plain.kind == "path" and not plain.evenodd
    assert plain.path_data == "M0 0 L10 10 Z"
    odd = parse_clip_path('path(evenodd, "M 0 0 h 5 v 5 z")', BROWSER)
    assert odd is not None and odd.evenodd and odd.path_data == " M 0 0 h 5 v 5 z"
    with pytest.raises(StyleError, match="path data"):
        parse_clip_path("path()", CTX)


def test_clip_path_path_is_placed_at_the_border_box_corner() -> None:
    from pureog.geometry import Rect
    from pureog.paint.clip import clip_shape

    shape = parse_clip_path("path(evenodd, 'M 0 0 h 10 v 10 h -10 z M 2 2 h 2 v 2 h -2 z garbage')", BROWSER)
    assert shape is not None
    clip = clip_shape(shape, Rect(30.0, 40.0, 100.0, 100.0))
    assert clip.fill_rule.value == "evenodd"
    assert clip.path.bounds() == Rect(30.0, 40.0, 10.0, 10.0)


def test_clip_path_shape_radius_keywords_follow_css() -> None:
    """closest-side / farthest-side (and circle(at ...), CSS's closest-side): Satori reads them as NaN
    and clips the element away, pureog measures them as CSS Shapes does (spec/differences.md)."""
    from pureog.geometry import Rect
    from pureog.paint.clip import clip_shape

    box = Rect(10.0, 20.0, 100.0, 60.0)

    def bounds(text: str) -> Rect:
        shape = parse_clip_path(text, CTX)
        assert shape is not None
        return clip_shape(shape, box).path.bounds()

    closest = bounds("circle(closest-side)")  # centre (50, 30): the top and bottom sides are 30 away
    assert (round(closest.width, 6), round(closest.height, 6)) == (60.0, 60.0)
    farthest = bounds("circle(farthest-side at 30% 40%)")  # centre (30, 24): the right side is 70 away
    assert round(farthest.width, 6) == 140.0 and round(farthest.x, 6) == 10.0 + 30.0 - 70.0
    assert bounds("circle(at 25% 50%)") == bounds("circle(closest-side at 25% 50%)")  # 25 px to the left side
    ellipse = bounds("ellipse(closest-side farthest-side at 20px 10px)")  # rx 20, ry 50
    assert (round(ellipse.width, 6), round(ellipse.height, 6)) == (40.0, 100.0)
    with pytest.raises(StyleError, match="closest-side"):
        parse_clip_path("circle(nearest-side)", CTX)


def test_clip_path_shape_without_arguments_is_no_clip() -> None:
    # Satori's /circle\((.+)\)/ needs an argument: no shape, but the clipPath is set. The cascade makes
    # it no clip; an image keeps the mark (a moved one is cut at its unmoved border box: paint/effects.py).
    from pureog.document.load import from_mapping  # noqa: PLC0415
    from pureog.style.cascade import cascade  # noqa: PLC0415

    assert parse_clip_path("circle()", CTX) is UNREAD
    assert parse_clip_path("ellipse()", CTX) is UNREAD
    photo = "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>"
    doc = from_mapping({"width": 10, "height": 10, "element": {"div": {"style": {"display": "flex"}, "children": [
        {"div": {"style": {"clipPath": "circle()"}}},
        {"img": {"src": photo, "width": 4, "height": 4, "style": {"clipPath": "ellipse()"}}},
        {"img": {"src": photo, "width": 4, "height": 4}}]}}})
    styles = [child.style for child in cascade(doc.root, width=10, height=10).children]  # type: ignore[union-attr]
    assert [(s.clip_path, s.clip_path_unread) for s in styles] == [(None, False), (None, True), (None, False)]


def test_clip_path_shape_satori_patterns_miss_is_ignored() -> None:
    # Satori's /circle\((.+)\)/ ... are case-sensitive and stop at a newline: Next draws these unclipped.
    for text in ("CIRCLE(30px)", "Inset(10px)", "Polygon(0 0, 10px 0, 0 10px)", "circle(30px\nat 50% 50%)"):
        with pytest.raises(StyleError, match="lower case and on one line"):
            parse_clip_path(text, CTX)
    assert parse_clip_path("circle(30px at 50% 50%)\n", CTX) is not None  # the pattern matches line one


def test_clip_path_space_runs_leave_satori_defaults() -> None:
    # Satori splits the radii and the position at single spaces: after a run of spaces word 1 is empty (50%).
    ellipse = parse_clip_path("ellipse(40px  20px)", CTX)
    assert ellipse is not None and ellipse.values == (40.0, Percent(50.0), Percent(50.0), Percent(50.0))
    circle = parse_clip_path("circle(30px at 30%  40%)", CTX)
    assert circle is not None and circle.values == (30.0, Percent(30.0), Percent(50.0))
    corner = parse_clip_path("circle(30px at left  top)", CTX)  # keywords still move their axis
    assert corner is not None and corner.values == (30.0, 0.0, 0.0)
    single = parse_clip_path("ellipse(40px 20px at 30% 40%)", CTX)
    assert single is not None and single.values == (40.0, 20.0, Percent(30.0), Percent(40.0))
    # plainly broken in Next (nothing drawn): pureog follows CSS (spec/differences.md)
    tab = parse_clip_path("polygon(0\t0, 100% 0, 50% 100%)", CTX)
    assert tab is not None and tab.values[:2] == (0.0, 0.0)
    upper = parse_clip_path("circle(30px AT 50% 50%)", CTX)
    assert upper is not None and upper.values == (30.0, Percent(50.0), Percent(50.0))


def test_clip_path_evenodd_is_clipped_nonzero_as_resvg_clips_it() -> None:
    # Satori writes fill-rule inside <clipPath>; resvg reads clip-rule: Next clips nonzero.
    for text in ("polygon(evenodd, 0 0, 100% 0, 50% 100%)", "path(evenodd, 'M 0 0 h 10 v 10 h -10 z')"):
        with pytest.raises(StyleFallback, match="clip-rule") as fallback:
            parse_clip_path(text, CTX)
        shape = fallback.value.value
        assert isinstance(shape, ClipShape) and not shape.evenodd
    browser = parse_clip_path("polygon(evenodd, 0 0, 100% 0, 50% 100%)", BROWSER)
    assert browser is not None and browser.evenodd  # features: browser follows CSS


def test_box_shadow_keeps_the_first_four_lengths_as_css_box_shadow() -> None:
    # a run of spaces before the colour makes an empty fifth part: css-box-shadow drops it
    assert parse_box_shadow("6px 8px 0px 2px  #2a9d8f", CTX) == (
        BoxShadow(6.0, 8.0, 0.0, 2.0, Color(0x2A, 0x9D, 0x8F), False, True),)


def test_box_shadow_inset_in_any_case_is_read_as_css() -> None:
    # Next draws `INSET` as a black outer shape (a text offset): pureog reads CSS (spec/differences.md)
    (shadow,) = parse_box_shadow("INSET 0 0 10px #000", CTX)
    assert shadow.inset and shadow.blur == 10.0


def test_transform_origin_keywords_are_case_sensitive_as_in_satori() -> None:
    # handleWord compares keywords case-sensitively: an upper-case one is read as the centre
    with pytest.raises(StyleFallback, match="lower case") as fallback:
        parse_transform_origin("LEFT TOP", CTX)
    assert fallback.value.value is None  # the centre
    with pytest.raises(StyleFallback) as mixed:
        parse_transform_origin("TOP left", CTX)  # reversed as Satori reverses it: x = 0, y = centre
    assert mixed.value.value == TransformOrigin(Percent(0.0), Percent(50.0))
    assert parse_transform_origin("left top", CTX) == TransformOrigin(Percent(0.0), Percent(0.0))
    assert parse_transform_origin("LEFT TOP", BROWSER) == TransformOrigin(Percent(0.0), Percent(0.0))


def test_clip_path_inset_radii_resolve_edge_by_edge_as_satori() -> None:
    """A rounded inset() is Satori's border-radius path of the inset box: an edge whose two radii
    overlap gives up the overlap on one corner (resolveSize), a single length stays circular; CSS
    would scale all radii by one factor (65.45 and 24.55 px here)."""
    from pureog.geometry import Rect
    from pureog.paint.clip import clip_shape
    from pureog.path import rounded_rect_path

    box = Rect(10.0, 20.0, 300.0, 90.0)
    shape = parse_clip_path("inset(0 round 80px 30px)", CTX)
    assert shape is not None
    # left edge: 80 + 30 > 90, so the top-left corner keeps 90 - 30 = 60 px down, then 60 px across
    satori = ((60.0, 60.0), (30.0, 30.0), (60.0, 60.0), (30.0, 30.0))
    assert clip_shape(shape, box).path == rounded_rect_path(box, satori)
    percent = parse_clip_path("inset(10px round 40% 12px)", CTX)  # 40 % of 280 x 70: an ellipse corner
    assert percent is not None
    inner = Rect(20.0, 30.0, 280.0, 70.0)
    assert clip_shape(percent, box).path == rounded_rect_path(inner, ((112.0, 28.0), (12.0, 12.0),
                                                                     (112.0, 28.0), (12.0, 12.0)))


def test_polygon_percentages_are_of_the_width_with_browser_features() -> None:
    # Satori takes the x of a point written after ", " as a percentage of the height; CSS of the width
    satori = parse_clip_path("polygon(50% 0, 100% 100%, 0 100%)", CTX)
    browser = parse_clip_path("polygon(50% 0, 100% 100%, 0 100%)", BROWSER)
    assert satori is not None and satori.x_of_height == (False, True, True)
    assert browser is not None and browser.x_of_height == ()

"""Background painting: Satori's pattern geometry, stop normalisation, layer order, and pixels."""

from __future__ import annotations

import math
import time

import pytest

from pureog.api import load, render_png
from pureog.color import Color
from pureog.display import DisplayList, FillPath, Group, LinearGradientPaint, PatternPaint, RadialGradientPaint
from pureog.geometry import Rect
from pureog.images.source import resolve_source
from pureog.paint.background import _angle_points, _normalize_stops, paint_background_images
from pureog.path import rect_path
from pureog.raster.render import render
from pureog.style.background_values import ColorStop
from pureog.style.values import Percent
from tests.fuzz.timing import scaled
from tests.style.helpers import style


def DATA_ONLY(src: str, where: str):  # type: ignore[no-untyped-def]  # noqa: N802
    """The resolver of a document without a directory: data: URIs only."""
    return resolve_source(src, where=where)

ZERO_RADII = ((0.0, 0.0),) * 4
RED = Color(255, 0, 0)
BLUE = Color(0, 0, 255)


def test_angle_points_follow_css_directions() -> None:
    assert _angle_points(0.0, 100, 50)[:4] == (0.0, 1.0, 0.0, 0.0)  # 0deg: bottom -> top
    assert _angle_points(math.pi / 2, 100, 50)[:4] == (0.0, 0.0, 1.0, 0.0)  # 90deg: left -> right
    x1, y1, x2, y2, length = _angle_points(math.pi, 100, 50)
    assert (x1, y1, x2, y2) == pytest.approx((0.0, 0.0, 0.0, 1.0))
    x1, y1, x2, y2, length = _angle_points(math.pi / 4, 100, 100)  # square, 45deg: corner to corner
    assert (x1, y1, x2, y2) == pytest.approx((0.0, 1.0, 1.0, 0.0))
    assert length == pytest.approx(100 * math.sqrt(2))


def test_normalize_stops_like_satori() -> None:
    stops = (ColorStop(RED), ColorStop(BLUE, Percent(20)), ColorStop(RED), ColorStop(BLUE, 50.0))
    out = _normalize_stops(100.0, stops, repeating=False)
    assert [s.offset for s in out] == pytest.approx([0.0, 0.2, 0.35, 0.5, 1.0])  # last stop pinned to 1 added
    rep = _normalize_stops(10.0, (ColorStop(RED, 0.0), ColorStop(BLUE, 10.0)), repeating=True)
    assert [s.offset for s in rep] == [0.0, 1.0]
    first = _normalize_stops(100.0, (ColorStop(RED, Percent(30)), ColorStop(BLUE)), repeating=False)
    assert [s.offset for s in first] == [0.0, 0.3, 1.0]  # the first colour also sits at 0


def test_layers_paint_last_listed_first_with_tile_geometry() -> None:
    s = style({
        "backgroundImage": "linear-gradient(red, blue), radial-gradient(red, blue)",
        "backgroundSize": "20px 10px, 100% 100%", "backgroundRepeat": "repeat, no-repeat",
        "backgroundPosition": "5px 6px",
    })  # fmt: skip
    nodes = paint_background_images(s, Rect(10, 20, 100, 50), ZERO_RADII, "$", DATA_ONLY)
    assert len(nodes) == 2
    radial, linear = (n.paint for n in nodes)  # type: ignore[union-attr]
    assert isinstance(linear, PatternPaint) and isinstance(radial, PatternPaint)
    assert (linear.x, linear.y, linear.width, linear.height) == (15, 26, 20, 10)
    # Positions cycle per layer; a non-repeating tile is the whole box (so it wraps at the box size).
    assert (radial.x, radial.y, radial.width, radial.height) == (15, 26, 100, 50)
    (fill,) = linear.content
    assert isinstance(fill, FillPath) and isinstance(fill.paint, LinearGradientPaint)
    assert isinstance(radial.content[1], Group)
    assert isinstance(radial.content[1].children[0].paint, RadialGradientPaint)  # type: ignore[union-attr]


def test_single_size_value_draws_nothing_like_satori() -> None:
    s = style({"backgroundImage": "linear-gradient(red, blue)", "backgroundSize": "50%"})
    assert paint_background_images(s, Rect(0, 0, 100, 100), ZERO_RADII, "$", DATA_ONLY) == []


def _pixel(data: bytes | bytearray, width: int, x: int, y: int) -> tuple[int, ...]:
    o = (y * width + x) * 4
    return tuple(data[o : o + 4])


def test_repeating_stripes_render_exactly() -> None:
    s = style({"backgroundImage": "repeating-linear-gradient(to right, red 0, red 5px, blue 5px, blue 10px)"})
    nodes = paint_background_images(s, Rect(0, 0, 40, 4), ZERO_RADII, "$", DATA_ONLY)
    pm = render(DisplayList(40, 4, Group(tuple(nodes))))
    row = [_pixel(pm.data, 40, x, 2) for x in range(40)]
    assert row[0:5] == [(255, 0, 0, 255)] * 5
    assert row[5:10] == [(0, 0, 255, 255)] * 5
    assert row[10:15] == [(255, 0, 0, 255)] * 5


def test_pattern_tile_snaps_and_wraps() -> None:
    tile = PatternPaint(3.0, 0.0, 4.0, 1.0, (FillPath(rect_path(Rect(0, 0, 2, 1)), _solid(RED)),))
    pm = render(DisplayList(12, 1, Group((FillPath(rect_path(Rect(0, 0, 12, 1)), tile),))))
    alpha = [pm.data[4 * x + 3] for x in range(12)]
    assert alpha == [255, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255]  # period 4 from x = 3, wrapping


def test_a_tile_tiny_skia_cannot_allocate_paints_nothing() -> None:
    """A tile 11 billion px wide (a float32 residue in a layout gave one): resvg-wasm's Pixmap::new
    returns None and the fill is skipped; pureog skips it too instead of failing the render."""
    huge = PatternPaint(0.0, 0.0, 1.1e10, 55.0, (FillPath(rect_path(Rect(0, 0, 1.1e10, 55)), _solid(RED)),))
    pm = render(DisplayList(8, 8, Group((FillPath(rect_path(Rect(0, 0, 8, 8)), huge),))))
    assert not any(pm.data)


def _solid(color: Color) -> object:
    from pureog.display import SolidPaint

    return SolidPaint(color)


def test_end_to_end_gradient_colours() -> None:
    doc = load({"width": 100, "height": 10, "element": {"div": {"style": {
        "width": "100%", "height": "100%", "backgroundImage": "linear-gradient(to right, #000, #fff)"}}}})  # fmt: skip
    from pureog.api import _options  # noqa: PLC0415
    from pureog.pipeline import display_list  # noqa: PLC0415

    doc, options = _options(doc, None, None, None, None, None)
    pm = render(display_list(doc, options))
    assert _pixel(pm.data, 100, 0, 5)[0] < 5
    assert _pixel(pm.data, 100, 50, 5)[0] == pytest.approx(128, abs=2)
    assert _pixel(pm.data, 100, 99, 5)[0] > 250
    assert render_png(doc)[:8] == b"\x89PNG\r\n\x1a\n"


def test_full_card_angled_gradient_is_not_per_pixel_python() -> None:
    # Not a benchmark: a loose bound that only a per-pixel Python loop (~1 s here) would break.
    image = "linear-gradient(135deg, #0f2027, #2c5364)"
    box = {"width": "100%", "height": "100%", "backgroundImage": image}
    doc = load({"width": 1200, "height": 630, "element": {"div": {"style": box}}})
    from pureog.api import _options  # noqa: PLC0415
    from pureog.pipeline import display_list  # noqa: PLC0415

    doc, options = _options(doc, None, None, None, None, None)
    dl = display_list(doc, options)
    start = time.perf_counter()
    render(dl)
    assert time.perf_counter() - start < scaled(0.5)


def test_url_layers_read_files_next_to_the_document_and_svg(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import png as pypng

    import pureog

    with open(tmp_path / "dot.png", "wb") as f:
        pypng.Writer(2, 2, greyscale=False).write(f, [[0, 0, 255] * 2] * 2)
    (tmp_path / "red.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#f00"/></svg>')
    (tmp_path / "card.yaml").write_text(
        "width: 40\nheight: 20\nelement:\n  div:\n"
        "    style: {display: flex, width: 100%, height: 100%}\n    children:\n"
        "      - div: {style: {width: 20, height: 20, backgroundImage: 'url(dot.png)', backgroundSize: 20px 20px}}\n"
        "      - div: {style: {width: 20, height: 20, backgroundImage: 'url(red.svg)', backgroundSize: 20px 20px}}\n")
    _, _, rows, _ = pypng.Reader(bytes=pureog.render_png(tmp_path / "card.yaml")).asRGBA8()
    row = bytes(list(rows)[10])
    assert row[4 * 10: 4 * 10 + 4] == b"\x00\x00\xff\xff"  # the PNG tile
    assert row[4 * 30: 4 * 30 + 4] == b"\xff\x00\x00\xff"  # the SVG tile
    escape = "element: {div: {style: {width: 5, height: 5, backgroundImage: 'url(../x.png)'}}}\n"
    (tmp_path / "escape.yaml").write_text(escape)
    import pytest

    with pytest.raises(pureog.ImageError, match="outside"):
        pureog.render_png(tmp_path / "escape.yaml")


def test_background_clip_text_paints_only_inside_the_glyphs() -> None:
    import png as pypng

    import pureog

    card = {"div": {"style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white"},
                    "children": [{"div": {"style": {"fontSize": 60, "color": "transparent", "backgroundClip": "text",
                                                    "backgroundImage": "linear-gradient(#f00, #f00)"},
                                          "children": "I"}}]}}
    _, _, rows, _ = pypng.Reader(bytes=pureog.render_png(card, width=60, height=80)).asRGBA8()
    rows = [bytes(r) for r in rows]
    red = [(x, y) for y, r in enumerate(rows) for x in range(60) if r[4 * x] > 200 and r[4 * x + 1] < 50]
    assert red, "the gradient shows through the glyph"
    xs = {x for x, _ in red}
    assert max(xs) - min(xs) < 15  # only the stem of the "I", not the whole box


def test_auto_next_to_a_length_with_a_unit() -> None:
    from pureog.paint.background import _url_size  # noqa: PLC0415
    from pureog.style.background_values import BackgroundRepeat
    from pureog.style.satori_background import parse_background_size  # noqa: PLC0415
    from tests.background.test_parse import CTX  # noqa: PLC0415

    (size,) = parse_background_size("50px auto", CTX)
    # unrepeated, resvg draws Satori's NaN-sized image at its natural size (Next.js draws so)
    assert _url_size(size, 150, 100, 64, 48, BackgroundRepeat.NO_REPEAT) == (64, 48)
    # repeated, Next.js draws nothing (a NaN tile): pureog keeps the ratio, as CSS does
    assert _url_size(size, 150, 100, 64, 48, BackgroundRepeat.REPEAT) == (50.0, 37.5)
    (size,) = parse_background_size("auto 40", CTX)  # a unitless length is read in Next.js too
    assert _url_size(size, 150, 100, 64, 48, BackgroundRepeat.NO_REPEAT) == (pytest.approx(160 / 3), 40.0)


def test_a_size_keyword_not_in_lower_case_leaves_a_url_image_at_its_natural_size() -> None:
    from pureog.paint.background import _gradient_size, _url_size  # noqa: PLC0415
    from pureog.style.background_values import BackgroundRepeat, BackgroundSize
    from pureog.style.satori_background import parse_background_size  # noqa: PLC0415
    from tests.background.test_parse import CTX  # noqa: PLC0415

    with pytest.warns(Warning, match="compares keywords in lower case"):
        (size,) = parse_background_size("CONTAIN", CTX)
    assert size == BackgroundSize("contain", satori_unread=True)
    assert _url_size(size, 150, 100, 64, 48, BackgroundRepeat.REPEAT) == (64, 48)  # Next.js draws so
    # a gradient, which Next.js does not draw at all, keeps the keyword (spec/differences.md)
    assert _gradient_size(size, 150, 100) == (150, 100)
    assert parse_background_size("cover", CTX) == (BackgroundSize("cover"),)


def test_a_non_finite_stop_offset_takes_the_previous_one_as_usvg_reads_it() -> None:
    """A repeating gradient whose cycle is 0 divides by zero: Satori prints NaN% / Infinity%, which usvg
    cannot parse and replaces by the previous stop's offset."""
    from pureog.paint.background import _display_stops
    from pureog.paint.css_stops import Stop

    red, green, blue = Color(255, 0, 0), Color(0, 255, 0), Color(0, 0, 255)
    stops = _display_stops([Stop(0.0, red), Stop(math.nan, green), Stop(math.inf, blue), Stop(1.0, red)])
    assert [s.offset for s in stops] == [0.0, 0.0, 0.0, 1.0]


def test_colour_hints_become_stops_on_the_css_curve() -> None:
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    hinted = _normalize_stops(100.0, (ColorStop(black, 0.0), ColorStop(black, Percent(25.0), hint=True),
                                      ColorStop(white, Percent(100.0))), False)
    offsets = [stop.offset for stop in hinted]
    assert offsets == sorted(offsets) and len(hinted) == 2 + 9  # nine stops for the hint
    at_hint = next(stop for stop in hinted if stop.offset == 0.25)
    assert at_hint.color.r in (127, 128)  # half way at the hint
    # t ** (ln .5 / ln .25) = t ** 0.5 at t = 0.5: 0.707 of the way, not half (a straight line's)
    assert hinted[-2].offset == pytest.approx(0.25 + 0.75 * 6 / 13)
    halfway = _normalize_stops(100.0, (ColorStop(black, 0.0), ColorStop(black, Percent(50.0), hint=True),
                                       ColorStop(white, Percent(100.0))), False)
    assert [(s.offset, s.color) for s in halfway] == [(0.0, black), (1.0, white)]  # the straight line
    edge = _normalize_stops(100.0, (ColorStop(black, 0.0), ColorStop(black, 0.0, hint=True),
                                    ColorStop(white, Percent(100.0))), False)
    assert [(s.offset, s.color) for s in edge] == [(0.0, black), (0.0, white), (1.0, white)]  # a jump


def test_css_gradients_mix_premultiplied() -> None:
    from pureog.paint.css_stops import Stop, premultiplied_mix  # noqa: PLC0415

    blue, clear = Color(0, 128, 255, 0.8), Color(0, 0, 0, 0.0)
    # a transparent end takes its neighbour's colour: only the alpha fades (no grey halo)
    assert [s.color for s in premultiplied_mix([Stop(0.0, blue), Stop(1.0, clear)])] == [
        blue, Color(0, 128, 255, 0.0)]
    # between two colours it is two stops at one offset, each side fading its own colour
    red = Color(255, 0, 0)
    assert [(s.offset, s.color) for s in premultiplied_mix([Stop(0.0, red), Stop(0.5, clear),
                                                            Stop(1.0, blue)])] == [
        (0.0, red), (0.5, Color(255, 0, 0, 0.0)), (0.5, Color(0, 128, 255, 0.0)), (1.0, blue)]
    # two translucent colours: sub-stops on the premultiplied curve (the opaque end's colour dominates)
    mixed = premultiplied_mix([Stop(0.0, Color(255, 0, 0, 1.0)), Stop(1.0, Color(0, 0, 255, 0.2))])
    assert len(mixed) == 9 and mixed[4].offset == 0.5
    assert mixed[4].color == Color(213, 0, 43, 0.6)  # straight mixing would give (128, 0, 128)

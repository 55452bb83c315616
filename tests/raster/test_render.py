"""Exact small images for the rasterizer primitives (coverage, fill rules, opacity, clips, transforms)."""

from __future__ import annotations

import math

import png
import pytest

from pureog.color import Color
from pureog.display import (
    Clip,
    DisplayList,
    FillPath,
    FillRule,
    GradientStop,
    Group,
    LinearGradientPaint,
    RadialGradientPaint,
    SolidPaint,
    SpreadMethod,
)
from pureog.errors import PureogError
from pureog.geometry import Affine, Rect
from pureog.path import Path, PathBuilder, ellipse_path, rect_path
from pureog.raster.flatten import flatten
from pureog.raster.pixmap import Pixmap
from pureog.raster.png import encode_png
from pureog.raster.render import render
from pureog.raster.scan import rasterize

RED = SolidPaint(Color(255, 0, 0))
BLUE = SolidPaint(Color(0, 0, 255))


def _draw(w: int, h: int, *nodes: FillPath | Group) -> Pixmap:
    return render(DisplayList(w, h, Group(tuple(nodes))))


def _alpha_rows(pm: Pixmap) -> list[list[int]]:
    return [list(pm.data[y * pm.stride + 3 : (y + 1) * pm.stride : 4]) for y in range(pm.height)]


def _square(x: float, y: float, s: float, clockwise: bool = True) -> list[tuple[float, float]]:
    pts = [(x, y), (x + s, y), (x + s, y + s), (x, y + s)]
    return pts if clockwise else pts[::-1]


def _poly(*contours: list[tuple[float, float]]) -> Path:
    b = PathBuilder()
    for pts in contours:
        b.move_to(*pts[0])
        for p in pts[1:]:
            b.line_to(*p)
        b.close()
    return b.build()


def test_pixel_aligned_rect_is_exact() -> None:
    pm = _draw(6, 5, FillPath(rect_path(Rect(1, 1, 3, 2)), RED))
    assert _alpha_rows(pm) == [
        [0] * 6,
        [0, 255, 255, 255, 0, 0],
        [0, 255, 255, 255, 0, 0],
        [0] * 6,
        [0] * 6,
    ]
    assert pm.pixel(2, 1) == (255, 0, 0, 255)
    assert pm.pixel(0, 0) == (0, 0, 0, 0)


def test_half_pixel_offset_rect_gives_half_coverage() -> None:
    pm = _draw(6, 4, FillPath(rect_path(Rect(1.5, 0.5, 3, 2)), RED))
    # Exactly resvg's output: 4x4 supersampling where the 4th sub-row of a pixel counts 63, not 64.
    assert _alpha_rows(pm) == [
        [0, 64, 127, 127, 64, 0],
        [0, 128, 255, 255, 128, 0],
        [0, 64, 128, 128, 64, 0],
        [0] * 6,
    ]


def test_triangle_coverage_close_to_area() -> None:
    tri = _poly([(1.0, 1.0), (31.0, 3.0), (7.0, 29.0)])
    mask = rasterize(flatten(tri, Affine()), FillRule.NONZERO, (0, 0, 40, 40))
    assert mask is not None
    area = abs((31 - 1) * (29 - 1) - (7 - 1) * (3 - 1)) / 2
    assert mask.total() / 255 == pytest.approx(area, rel=0.01)


def test_circle_area_within_half_percent() -> None:
    mask = rasterize(flatten(ellipse_path(50.3, 49.6, 40, 40), Affine()), FillRule.NONZERO, (0, 0, 100, 100))
    assert mask is not None
    assert mask.total() / 255 == pytest.approx(math.pi * 1600, rel=0.005)


def _star() -> Path:
    pts = []
    for i in range(5):
        a = -math.pi / 2 + i * 4 * math.pi / 5
        pts.append((20 + 18 * math.cos(a), 20 + 18 * math.sin(a)))
    return _poly(pts)


def test_star_nonzero_fills_centre_evenodd_leaves_hole() -> None:
    nz = _draw(40, 40, FillPath(_star(), RED, FillRule.NONZERO))
    eo = _draw(40, 40, FillPath(_star(), RED, FillRule.EVENODD))
    assert nz.pixel(20, 21)[3] == 255
    assert eo.pixel(20, 21)[3] == 0
    # The star's points are inside under both rules.
    assert nz.pixel(20, 5)[3] == eo.pixel(20, 5)[3] == 255


@pytest.mark.parametrize(
    ("inner_clockwise", "rule", "centre_alpha"),
    [
        (True, FillRule.NONZERO, 255),
        (False, FillRule.NONZERO, 0),
        (True, FillRule.EVENODD, 0),
        (False, FillRule.EVENODD, 0),
    ],
)
def test_nested_squares_winding(inner_clockwise: bool, rule: FillRule, centre_alpha: int) -> None:
    path = _poly(_square(2, 2, 16), _square(6, 6, 8, inner_clockwise))
    pm = _draw(20, 20, FillPath(path, RED, rule))
    assert pm.pixel(10, 10)[3] == centre_alpha
    assert pm.pixel(3, 3)[3] == 255
    assert pm.pixel(0, 0)[3] == 0


def test_translucent_colour_source_over() -> None:
    pm = _draw(
        4,
        4,
        FillPath(rect_path(Rect(0, 0, 4, 4)), SolidPaint(Color(255, 255, 255))),
        FillPath(rect_path(Rect(0, 0, 2, 4)), SolidPaint(Color(0, 0, 255, 0.5))),
    )
    # alpha 128; premultiplied blue 128; white * (255 - 128) -> div255 rounding like tiny-skia.
    assert pm.pixel(0, 0) == (127, 127, 255, 255)
    assert pm.pixel(3, 0) == (255, 255, 255, 255)


def test_opacity_group_composites_once() -> None:
    # Two overlapping opaque squares in a 50% group: the overlap must not be darker than the rest.
    group = Group(
        (FillPath(rect_path(Rect(0, 0, 6, 4)), RED), FillPath(rect_path(Rect(3, 0, 6, 4)), BLUE)),
        opacity=0.5,
    )
    pm = _draw(10, 4, group)
    assert pm.pixel(1, 1) == (128, 0, 0, 128)
    assert pm.pixel(4, 1) == (0, 0, 128, 128)
    assert pm.pixel(9, 1) == (0, 0, 0, 0)


def test_clip_limits_painting_with_antialiased_edge() -> None:
    group = Group((FillPath(rect_path(Rect(0, 0, 10, 10)), RED),), clip=Clip(rect_path(Rect(2.5, 2, 5, 6))))
    pm = _draw(10, 10, group)
    assert pm.pixel(0, 0)[3] == 0
    assert pm.pixel(4, 4) == (255, 0, 0, 255)
    assert pm.pixel(2, 4)[3] == 128
    assert pm.pixel(8, 4)[3] == 0


def test_nested_clips_intersect() -> None:
    inner = Group((FillPath(rect_path(Rect(0, 0, 10, 10)), RED),), clip=Clip(rect_path(Rect(4, 0, 6, 10))))
    outer = Group((inner,), clip=Clip(rect_path(Rect(0, 0, 6, 10))))
    alpha = _alpha_rows(_draw(10, 10, outer))[5]
    assert alpha == [0, 0, 0, 0, 255, 255, 0, 0, 0, 0]


def test_unclipped_group_paints_under_disjoint_clips() -> None:
    # Clips that leave nothing: the clipped fill is gone, an unclipped group below still paints.
    lost = FillPath(rect_path(Rect(0, 0, 10, 10)), RED)
    free = Group((FillPath(rect_path(Rect(6, 6, 2, 2)), BLUE),), unclipped=True)
    inner = Group((lost, Group((free,))), clip=Clip(rect_path(Rect(6, 0, 4, 4))))
    outer = Group((inner,), clip=Clip(rect_path(Rect(0, 0, 4, 4))))
    pm = _draw(10, 10, outer)
    assert pm.pixel(7, 7) == (0, 0, 255, 255)
    assert pm.pixel(2, 2)[3] == 0 and pm.pixel(7, 2)[3] == 0
    assert _draw(10, 10, Group((Group((lost,), clip=Clip(rect_path(Rect(6, 0, 4, 4)))),),
                               clip=Clip(rect_path(Rect(0, 0, 4, 4))))).data == bytearray(10 * 10 * 4)


def test_transparent_where_nothing_painted() -> None:
    pm = _draw(8, 8, FillPath(ellipse_path(4, 4, 2, 2), SolidPaint(Color(10, 20, 30, 0.0))))
    assert pm.data == bytearray(8 * 8 * 4)


def test_translate_scale_rotate_transforms() -> None:
    unit = rect_path(Rect(0, 0, 1, 1))
    moved = _draw(10, 10, Group((FillPath(unit, RED),), transform=Affine.translate(3, 4)))
    assert moved.pixel(3, 4)[3] == 255 and moved.pixel(2, 4)[3] == 0
    scaled = _draw(10, 10, Group((FillPath(unit, RED),), transform=Affine.scale(4, 2)))
    assert [r[:5] for r in _alpha_rows(scaled)[:3]] == [[255] * 4 + [0], [255] * 4 + [0], [0] * 5]
    # A square rotated 45 degrees about its centre: corners empty, centre full, area preserved.
    m = Affine.translate(10, 10) @ Affine.rotate(math.pi / 4) @ Affine.translate(-5, -5)
    rotated = _draw(20, 20, Group((FillPath(rect_path(Rect(0, 0, 10, 10)), RED),), transform=m))
    assert rotated.pixel(10, 10)[3] == 255
    assert rotated.pixel(4, 4)[3] == 0
    total = sum(sum(r) for r in _alpha_rows(rotated)) / 255
    assert total == pytest.approx(100, rel=0.02)


def test_glyph_cache_reuse_matches_uncached_positions() -> None:
    glyph = _poly([(0.0, 0.0), (5.0, 0.0), (2.5, 7.0)])
    nodes = [Group((FillPath(glyph, RED),), transform=Affine.translate(1.3 + 7 * i, 2.7)) for i in range(4)]
    pm = _draw(32, 12, *nodes)
    rows = _alpha_rows(pm)
    # Occurrences 7 px apart have the same sub-pixel phase, so identical coverage shifted by 7.
    for row in rows:
        assert row[0:7] == row[7:14] == row[14:21]


def test_linear_gradient_pad_endpoints_and_midpoint() -> None:
    paint = LinearGradientPaint(0, 0, 100, 0, (GradientStop(0, Color(0, 0, 0)), GradientStop(1, Color(255, 255, 255))))
    pm = _draw(120, 2, FillPath(rect_path(Rect(0, 0, 120, 2)), paint))
    assert pm.pixel(0, 0)[0] <= 2
    assert pm.pixel(50, 0)[0] == pytest.approx(128, abs=2)
    assert pm.pixel(110, 1) == (255, 255, 255, 255)


def test_radial_gradient_repeat() -> None:
    paint = RadialGradientPaint(
        10, 10, 5, (GradientStop(0, Color(255, 0, 0)), GradientStop(1, Color(0, 0, 255))), SpreadMethod.REPEAT
    )
    pm = _draw(20, 20, FillPath(rect_path(Rect(0, 0, 20, 20)), paint))
    assert pm.pixel(10, 10)[0] > 200 and pm.pixel(10, 10) == pm.pixel(10, 10)
    assert pm.pixel(9, 9) == pm.pixel(10, 10)  # symmetric about the centre (10, 10)
    assert pm.pixel(14, 10)[2] > 150  # near r: mostly blue
    assert pm.pixel(15, 10)[0] > 200  # just past r the ramp repeats from red


def test_blur_spreads_paint_and_keeps_its_colour() -> None:
    from pureog.display import Blur

    g = Group((FillPath(rect_path(Rect(8, 8, 8, 8)), RED),), blur=Blur(2.0, 2.0))
    pm = _draw(24, 24, g)
    r, _, _, a = pm.pixel(12, 12)
    assert 0 < a < 255 and r == a  # blurred, still pure red (premultiplied)
    assert pm.pixel(6, 12)[3] > 0  # paint spread outside the rectangle
    assert pm.pixel(0, 0)[3] == 0


def test_png_round_trip_straight_alpha() -> None:
    pm = _draw(
        5,
        3,
        FillPath(rect_path(Rect(0, 0, 2, 3)), SolidPaint(Color(200, 100, 50))),
        FillPath(rect_path(Rect(2, 0, 3, 3)), SolidPaint(Color(200, 100, 50, 0.5))),
    )
    data = encode_png(pm)
    w, h, rows, info = png.Reader(bytes=data).asRGBA8()
    pixels = [list(r) for r in rows]
    assert (w, h, info["alpha"], info["bitdepth"]) == (5, 3, True, 8)
    assert pixels[0][0:4] == [200, 100, 50, 255]
    r, g, b, a = pixels[1][8:12]
    assert a == 128 and abs(r - 200) <= 1 and abs(g - 100) <= 1 and abs(b - 50) <= 1


def test_png_is_deterministic_and_zopfli_option() -> None:
    dl = DisplayList(30, 20, Group((FillPath(ellipse_path(15, 10, 9, 7), RED),)))
    first = encode_png(render(dl))
    assert first == encode_png(render(dl))
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    try:
        import zopfli  # noqa: F401
    except ImportError:
        with pytest.raises(PureogError, match="zopfli"):
            encode_png(render(dl), zopfli=True)
    else:
        z = encode_png(render(dl), zopfli=True)
        assert list(png.Reader(bytes=z).asRGBA8()[2]) == list(png.Reader(bytes=first).asRGBA8()[2])


def test_bad_compress_level_is_pureog_error() -> None:
    with pytest.raises(PureogError):
        encode_png(Pixmap(2, 2), compress_level=12)


def test_png_colour_type_follows_the_pixels() -> None:
    import png as pypng

    from pureog.raster.pixmap import Pixmap
    from pureog.raster.png import encode_png

    def decode(pm: Pixmap) -> tuple[int, list[bytes]]:
        data = encode_png(pm, palette="never")  # the truecolour types (indexed: tests/raster/test_png_encode.py)
        rows = pypng.Reader(bytes=data).asRGBA8()[2]
        planes = {0: 1, 2: 3, 6: 4}[data[25]]  # IHDR colour type
        return planes, [bytes(r) for r in rows]

    grey = Pixmap(3, 3, bytearray(b"\x80\x80\x80\xff" * 4 + b"\x10\x10\x10\xff" * 5))
    planes, rows = decode(grey)
    assert planes == 1  # written as greyscale
    assert rows[0] == b"\x80\x80\x80\xff" * 3 and rows[2] == b"\x10\x10\x10\xff" * 3
    colour = Pixmap(2, 3, bytearray(b"\xff\x00\x00\xff" * 6))
    planes, rows = decode(colour)
    assert planes == 3 and rows == [b"\xff\x00\x00\xff" * 2] * 3  # opaque colour: RGB; Up-filtered rows decode
    translucent = Pixmap(1, 1, bytearray(b"\x40\x40\x40\x80"))  # premultiplied grey at half alpha
    planes, rows = decode(translucent)
    assert planes == 4 and rows == [b"\x80\x80\x80\x80"]

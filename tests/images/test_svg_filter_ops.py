"""The pixel maths of SVG filter primitives (pureog/raster/svg_filter_ops.py, blend_modes.py), as resvg."""

from __future__ import annotations

import pytest

from pureog.color import Color
from pureog.display import BlendMode, ColorMatrixKind, DiscreteTransfer, GammaTransfer, LinearTransfer, TableTransfer
from pureog.raster import svg_filter_ops as ops
from pureog.raster.blend_modes import blend


def _img(w: int, h: int, pixels: dict[tuple[int, int], tuple[int, int, int, int]]) -> bytearray:
    data = bytearray(4 * w * h)
    for (x, y), px in pixels.items():
        data[4 * (y * w + x) : 4 * (y * w + x) + 4] = bytes(px)
    return data


def _at(data: bytes | bytearray, w: int, x: int, y: int) -> tuple[int, ...]:
    return tuple(data[4 * (y * w + x) : 4 * (y * w + x) + 4])


def test_color_space_round_trip_uses_resvgs_tables() -> None:
    mid = bytearray((128, 128, 128, 255))
    linear = ops.convert_space(mid, True)
    assert tuple(linear) == (55, 55, 55, 255)  # svgfilters' SRGB_TO_LINEAR_RGB_TABLE[128]
    assert tuple(ops.convert_space(linear, False)) == (128, 128, 128, 255)
    assert tuple(ops.convert_space(bytearray(4), True)) == (0, 0, 0, 0)  # 0 / 0 demultiplies to 0


def test_flood_premultiplies() -> None:
    out = ops.flood(2, 1, Color(255, 0, 0, 0.5))
    assert _at(out, 2, 1, 0) == (128, 0, 0, 128)


def test_shift_repeats_the_edge_once_when_moving_left_or_up() -> None:
    """tiny-skia's draw_pixmap fills one pixel past the image's right and bottom edges (pad sampling):
    measured against Next (an offset of -4 on a 40 px image keeps 37 columns, not 36)."""
    w, h = 4, 3
    data = _img(w, h, {(x, y): (10 * x, 10 * y, 0, 255) for x in range(w) for y in range(h)})
    left = ops.shift(data, w, h, -2, 0)
    assert _at(left, w, 0, 0) == (20, 0, 0, 255)
    assert _at(left, w, 1, 1) == (30, 10, 0, 255)
    assert _at(left, w, 2, 1) == (30, 10, 0, 255)  # the last column again
    assert _at(left, w, 3, 1) == (0, 0, 0, 0)
    down = ops.shift(data, w, h, 0, 1)  # moving right/down pushes the extra pixel out
    assert _at(down, w, 0, 0) == (0, 0, 0, 0)
    assert _at(down, w, 2, 2) == (20, 10, 0, 255)


def test_color_matrix_kinds() -> None:
    px = bytearray((200, 100, 50, 255))
    ident = (1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0)
    assert tuple(ops.color_matrix(px, ColorMatrixKind.MATRIX, tuple(map(float, ident)))) == (200, 100, 50, 255)
    # Figma's hard alpha: every colour 0, alpha times 127 (clamped)
    hard = [0.0] * 20
    hard[18] = 127.0
    assert tuple(ops.color_matrix(bytearray((3, 2, 1, 2)), ColorMatrixKind.MATRIX, tuple(hard))) == (0, 0, 0, 254)
    grey = ops.color_matrix(px, ColorMatrixKind.SATURATE, (0.0,))
    assert grey[0] == grey[1] == grey[2] and grey[3] == 255
    lum = ops.color_matrix(bytearray((255, 255, 255, 255)), ColorMatrixKind.LUMINANCE_TO_ALPHA, ())
    assert tuple(lum) == (0, 0, 0, 255)
    rotated = ops.color_matrix(px, ColorMatrixKind.HUE_ROTATE, (180.0,))
    assert rotated[3] == 255 and rotated[2] > rotated[0]


def test_transfer_functions() -> None:
    assert ops.transfer_table(TableTransfer(())) is None  # resvg skips an empty table
    table = ops.transfer_table(TableTransfer((1.0, 0.0)))
    assert table is not None and table[0] == 255 and table[255] == 0
    discrete = ops.transfer_table(DiscreteTransfer((0.0, 0.5, 1.0)))
    assert discrete is not None and (discrete[0], discrete[128], discrete[255]) == (0, 127, 255)
    linear = ops.transfer_table(LinearTransfer(0.5, 0.25))
    assert linear is not None and linear[255] == 191
    gamma = ops.transfer_table(GammaTransfer(1.0, 2.0, 0.0))
    assert gamma is not None and gamma[128] == int((128 / 255) ** 2 * 255)
    out = ops.component_transfer(bytearray((100, 100, 100, 255)), (TableTransfer((1.0, 0.0)), None, None, None))
    assert tuple(out) == (155, 100, 100, 255)


def test_arithmetic_composite_clamps_colour_to_alpha() -> None:
    # Figma's inner shadow: k2 = -1, k3 = 1 keeps what the second input has and the first has not
    a = bytearray((0, 0, 0, 100))
    b = bytearray((0, 0, 0, 255))
    out = ops.arithmetic(a, b, (0.0, -1.0, 1.0, 0.0))
    assert tuple(out) == (0, 0, 0, 155)
    assert tuple(ops.arithmetic(b, a, (0.0, -1.0, 1.0, 0.0))) == (0, 0, 0, 0)
    bright = ops.arithmetic(bytearray((255, 255, 255, 255)), bytearray(4), (0.0, 0.0, 0.0, 0.5))
    assert tuple(bright) == (127, 127, 127, 127)


def test_morphology_window_ignores_pixels_outside() -> None:
    w, h = 5, 1
    data = _img(w, h, {(2, 0): (0, 0, 0, 255)})
    dilated = ops.morphology(data, w, h, True, 1.0, 1.0)  # window of 2: the pixel and its left neighbour
    assert [_at(dilated, w, x, 0)[3] for x in range(w)] == [0, 0, 255, 255, 0]
    full = _img(w, h, {(x, 0): (0, 0, 0, 255) for x in range(w)})
    eroded = ops.morphology(full, w, h, False, 1.0, 1.0)
    assert all(_at(eroded, w, x, 0)[3] == 255 for x in range(w))  # no transparent padding at the edges


def test_tile_anchors_the_block() -> None:
    w, h = 6, 1
    data = _img(w, h, {(2, 0): (255, 0, 0, 255), (3, 0): (0, 255, 0, 255)})
    out = ops.tile(data, w, h, 2, 0, 2, 1, 2, 0)
    assert [_at(out, w, x, 0)[:2] for x in range(w)] == [(255, 0), (0, 255)] * 3


def test_blend_modes() -> None:
    red = bytearray((255, 0, 0, 255))
    half_blue = bytearray((0, 0, 128, 128))
    assert tuple(blend(half_blue, red, BlendMode.NORMAL)) == (127, 0, 128, 255)
    assert tuple(blend(red, bytearray((0, 255, 0, 255)), BlendMode.MULTIPLY)) == (0, 0, 0, 255)
    assert tuple(blend(red, bytearray((0, 255, 0, 255)), BlendMode.SCREEN)) == (255, 255, 0, 255)
    assert tuple(blend(red, bytearray((255, 255, 255, 255)), BlendMode.DIFFERENCE)) == (0, 255, 255, 255)
    assert tuple(blend(red, bytearray(4), "source-in")) == (0, 0, 0, 0)
    assert tuple(blend(red, bytearray(4), "source-out")) == (255, 0, 0, 255)
    lum = blend(bytearray((255, 255, 255, 255)), red, BlendMode.LUMINOSITY)
    assert lum[3] == 255 and min(lum[:3]) > 200


@pytest.mark.parametrize("mode", list(BlendMode))
def test_every_blend_mode_keeps_premultiplied_pixels_valid(mode: BlendMode) -> None:
    src = bytearray((200, 30, 90, 210, 0, 0, 0, 0, 10, 200, 60, 220))
    dst = bytearray((40, 120, 30, 160, 90, 20, 200, 230, 0, 0, 0, 0))
    out = blend(src, dst, mode)
    for i in range(0, len(out), 4):
        assert max(out[i : i + 3]) <= out[i + 3] + 1

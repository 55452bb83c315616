"""resvg's trim of a group's layer to its content, with the scan quirk that cuts thin content.

Role: resvg 0.29 renders a group that has an opacity, a clip-path or a mask (but no filter) into a
canvas-sized layer, then trims the layer to what it holds before clipping, masking and drawing it
(``render.rs``, ``trim_transparency``). Its scan finds the top row and the bottom row, then seeks the
left and right edges only in the rows *from the top one up to, not including, the bottom one*, and
keeps one pixel more on each side (two past the right edge). The bottom row adds only its leftmost
pixel. So:

- content one pixel row tall (a 1 px divider under an ``overflow: hidden`` ancestor or with an
  opacity; a hairline border whose other half lies outside the canvas) keeps three columns around
  its first pixel, of which Next.js shows two;
- in general, the part of the bottom row beyond the other rows' right edge (plus one) is lost.

Satori gives the clip-path and mask of ``overflow: hidden`` ancestors to every shape, so each shape is
such a group; an element's ``opacity`` is a ``<g opacity>`` around its own shapes. The rasterizer
(:mod:`pureog.raster.render`) applies :func:`layer_trim` where it renders a layer and
:func:`thin_shape_trim` (:func:`thin_picture_trim` for a picture) to a shape clipped on its own (where it
renders no layer), in Next.js documents only (:attr:`pureog.display.DisplayList.trims_layers`).

Imports only geometry and the coverage masks; no style, layout or text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pureog.geometry import Affine
from pureog.raster.scan import Mask

Box = tuple[int, int, int, int]

_EPSILON = 1.0 / 512.0
"""Coverage below this rounds to alpha 0: a shape's bounds that enter a pixel row or column by less do
not put paint in it."""


def layer_trim(data: bytearray, stride: int, dirty: Box, canvas: Box) -> Box | None:
    """The part of a layer resvg keeps, as ``(x0, y0, x1, y1)``, when it loses some of the layer's
    paint; None when the trim keeps everything (the usual case) or the layer is empty. ``dirty``: the
    box that holds all of the layer's paint; ``canvas``: the layer's full extent."""
    found = _kept(data, stride, dirty, canvas)
    # only the right edge can lose paint: the left one and the rows are found exactly
    return found[0] if found is not None and found[1] >= found[0][2] else None


def _kept(data: bytearray, stride: int, dirty: Box, canvas: Box) -> tuple[Box, int] | None:
    """resvg's kept rectangle of a layer (the trimmed pixmap a group's clip path is then filled into)
    and the rightmost column holding paint; None when the layer is empty."""
    x0, y0, x1, y1 = dirty
    if x1 <= x0 or y1 <= y0:
        return None
    n = x1 - x0

    def alpha(y: int) -> bytes:
        o = y * stride + x0 * 4 + 3
        return bytes(data[o : o + 4 * n : 4])

    top = next((y for y in range(y0, y1) if alpha(y).strip(b"\x00")), None)
    if top is None:
        return None
    bottom = next(y for y in range(y1 - 1, top - 1, -1) if alpha(y).strip(b"\x00"))
    first = alpha(top)
    left = right = x0 + len(first) - len(first.lstrip(b"\x00"))
    last = alpha(bottom)
    last_first = x0 + len(last) - len(last.lstrip(b"\x00"))  # the bottom row adds its first pixel only
    left, right = min(left, last_first), max(right, last_first)
    # the edges of the rows above the bottom one (resvg scans ``min_y..max_y``)
    content_right = x0 + len(last.rstrip(b"\x00")) - 1
    for y in range(top, bottom):
        row = alpha(y)
        stripped = row.rstrip(b"\x00")
        if not stripped:
            continue
        left = min(left, x0 + len(row) - len(row.lstrip(b"\x00")))
        right = max(right, x0 + len(stripped) - 1)
        content_right = max(content_right, x0 + len(stripped) - 1)
    cx0, cy0, cx1, cy1 = canvas
    return (max(left - 1, cx0), max(top - 1, cy0), min(right + 2, cx1), min(bottom + 2, cy1)), content_right


def clear_outside(data: bytearray, stride: int, dirty: Box, keep: Box) -> None:
    """Make a layer's pixels inside ``dirty`` but outside ``keep`` transparent."""
    x0, y0, x1, y1 = dirty
    kx0, ky0, kx1, ky1 = max(keep[0], x0), max(keep[1], y0), min(keep[2], x1), min(keep[3], y1)
    for y in range(y0, y1):
        o = y * stride
        if ky0 <= y < ky1 and kx1 > kx0:
            data[o + x0 * 4 : o + kx0 * 4] = bytes(4 * (kx0 - x0))
            data[o + kx1 * 4 : o + x1 * 4] = bytes(4 * (x1 - kx1))
        else:
            data[o + x0 * 4 : o + x1 * 4] = bytes(4 * (x1 - x0))


def kept_rect(data: bytearray, stride: int, dirty: list[int], canvas: Box) -> Box | None:
    """resvg's trimmed pixmap of a layer whose paint lies within ``dirty``, as ``(x0, y0, x1, y1)``:
    the paint's extent with the scan's margins, within ``canvas``; None for an empty layer."""
    box = (max(dirty[0], canvas[0]), max(dirty[1], canvas[1]), min(dirty[2], canvas[2]), min(dirty[3], canvas[3]))
    found = _kept(data, stride, box, canvas)
    return None if found is None else found[0]


def trim_layer(data: bytearray, stride: int, dirty: list[int], canvas: Box) -> Box | None:
    """Apply resvg's trim to a layer whose paint lies within ``dirty`` (clipped to ``canvas`` here);
    returns the rectangle kept (:func:`kept_rect`), None for an empty layer."""
    box = (max(dirty[0], canvas[0]), max(dirty[1], canvas[1]), min(dirty[2], canvas[2]), min(dirty[3], canvas[3]))
    found = _kept(data, stride, box, canvas)
    if found is None:
        return None
    keep, content_right = found
    if content_right >= keep[2]:  # only the right edge can lose paint
        clear_outside(data, stride, box, keep)
    return keep


def thin_shape_trim(bounds: tuple[float, float, float, float], m: Affine, canvas: Box) -> Box | None:
    """What resvg keeps of a shape clipped on its own whose ``bounds`` (x0, y0, x1, y1, local; before
    its clip), mapped by ``m``, cover one pixel row of the canvas: three columns around its first
    pixel; None for anything taller (a shape's own rows above its bottom one find its edges)."""
    lx0, ly0, lx1, ly1 = bounds
    xs = (m.a * lx0 + m.c * ly0, m.a * lx1 + m.c * ly0, m.a * lx0 + m.c * ly1, m.a * lx1 + m.c * ly1)
    ys = (m.b * lx0 + m.d * ly0, m.b * lx1 + m.d * ly0, m.b * lx0 + m.d * ly1, m.b * lx1 + m.d * ly1)
    bx0, by0, bx1, by1 = min(xs) + m.e, min(ys) + m.f, max(xs) + m.e, max(ys) + m.f
    cx0, cy0, cx1, cy1 = canvas
    top = max(math.floor(by0 + _EPSILON), cy0)
    bottom = min(math.ceil(by1 - _EPSILON), cy1)  # exclusive
    if bottom - top != 1:
        return None
    first = max(math.floor(bx0 + _EPSILON), cx0)
    if first >= cx1 or bx1 - _EPSILON <= first + 2:
        return None  # nothing, or nothing past the three kept columns
    return (max(first - 1, cx0), max(top - 1, cy0), min(first + 2, cx1), min(top + 2, cy1))


def thin_picture_trim(bounds: tuple[float, float, float, float], m: Affine, row: tuple[int, int, int],
                      canvas: Box) -> Box | None:
    """:func:`thin_shape_trim` for a picture, filled without anti-aliasing: it fills exactly the
    pixel ``row`` it was rasterized to (x, y, width), one row however thin the picture is (a 3000x4
    image under ``objectFit: contain``), from its rounded left edge (the bounds mapped by ``m`` when
    axis-aligned, else the row's first pixel). None when nothing lies past the three kept columns."""
    x, y, width = row
    first = x
    if m.b == 0.0 and m.c == 0.0:
        first = math.floor(min(m.a * bounds[0], m.a * bounds[2]) + m.e + 0.5)
    cx0, cy0, cx1, cy1 = canvas
    first = max(first, cx0)
    if x >= first - 1 and x + width <= first + 2:
        return None
    return (max(first - 1, cx0), max(y - 1, cy0), min(first + 2, cx1), min(y + 2, cy1))


def masks_right_limit(masks: Sequence[Mask]) -> int | None:
    """The column from which resvg's trim drops the paint of a layer holding ``masks`` (coverage of
    opaque-alpha paint: nonzero coverage is nonzero alpha), or None when it drops nothing.

    :func:`layer_trim`'s scan on the masks themselves, for a clip group drawn without a layer (a text
    under ``overflow: hidden``, one ``<path>`` in Satori's ``<g clip-path>``): only the bottom row can
    reach past the other rows' right edge plus one, e.g. the dots of a one-line ellipsis whose line has
    no descender, which Next then draws without its dots."""
    rows: dict[int, list[int]] = {}  # row -> [first, last] painted column
    for mask in masks:
        for i, cov in enumerate(mask.rows):
            if cov is None:
                continue
            first = len(cov) - len(cov.lstrip(b"\x00"))
            if first == len(cov):
                continue
            y = mask.y + i
            first += mask.x
            last = mask.x + len(cov.rstrip(b"\x00")) - 1
            span = rows.get(y)
            if span is None:
                rows[y] = [first, last]
            else:
                span[0] = min(span[0], first)
                span[1] = max(span[1], last)
    if not rows:
        return None
    top, bottom = min(rows), max(rows)
    right = rows[top][0]  # the top row's first painted pixel, then the rightmost of the rows above the bottom
    for y, (_, last) in rows.items():
        if y < bottom and last > right:
            right = last
    limit = right + 2
    return limit if rows[bottom][1] >= limit else None

"""Drawing a 3D-transformed layer: the pixels of a group rendered in its local plane, mapped onto the
target under a projective map, as Chromium's compositor draws a layer with a 3D transform.

Role: one step each. :func:`layer_grid` chooses the layer's pixel grid (the local bounds at a raster
scale, :func:`raster_scale`); :func:`device_polygon` is the layer's rectangle on the device, cut where it
goes behind the eye (:func:`pureog.matrix3d.visible_polygon`); :func:`polygon_coverage` its exact-area
anti-aliased coverage; :func:`warp_row` resamples the layer through the inverse map, bilinearly with edge texels clamped
(the compositor's texture filter), under that coverage; :func:`restrict` keeps the coverage of one
piece of a cut plane (a 3D rendering context); :func:`take_part` and :func:`warp_onto` draw a layer in
parts around the 3D children painted into it. Geometry stays in :mod:`pureog.matrix3d`; the renderer
(:mod:`pureog.raster.render`) renders the layer and composites the result.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math

from pureog.geometry import Affine, Rect
from pureog.limits import (
    PAINT_WORK_COVERAGE,
    PAINT_WORK_COVERAGE_CELL,
    PAINT_WORK_WARPED,
    charge_paint,
    check_deadline,
)
from pureog.matrix3d import Projective, visible_polygon
from pureog.raster.blend import intersect
from pureog.raster.layer import Layer
from pureog.raster.over import over_pixels
from pureog.raster.pixmap import Pixmap
from pureog.raster.scan import Mask
from pureog.records import record

MAX_LAYER_PIXELS = 4_000_000
"""A larger layer is rasterized at a smaller scale (memory stays bounded)."""

MAX_KEPT_COVERS = 32
"""Whole planes' coverage a render keeps for the other pieces of the plane (:func:`layer_cover`)."""


@record
class LayerGrid:
    """The layer's pixels: ``width`` x ``height``, local point ``p`` at layer px ``to_layer(p)``."""

    width: int
    height: int
    to_layer: Affine


def raster_scale(device: Projective, bounds: Rect) -> float:
    """The layer's px per local px: 1, as Chromium rasterizes these layers here (measured against its
    screenshots: rasterizing a magnified layer finer, at its approximate largest scale, moved the edges
    inside it by tenths of a pixel against Chromium's), less only when the layer would be too large."""
    area = bounds.width * bounds.height
    return 1.0 if area <= MAX_LAYER_PIXELS else max(math.sqrt(MAX_LAYER_PIXELS / area), 1e-3)


def layer_grid(device: Projective, bounds: Rect) -> LayerGrid | None:
    """The layer's pixel grid for content within ``bounds`` (local), drawn under ``device`` (local ->
    device px); None when there is nothing to rasterize."""
    if not (bounds.width > 0.0 and bounds.height > 0.0):
        return None
    s = raster_scale(device, bounds)
    # whole pixels spanning exactly the bounds (the scale stretched to fit): the layer's edges are the
    # content's, so they stay sharp where the quad's anti-aliased edges cut them, as in Chromium. A
    # thousandth of a pixel is float noise (a stroke outline's single-precision corners), not a column.
    width, height = max(1, math.ceil(bounds.width * s - 1e-3)), max(1, math.ceil(bounds.height * s - 1e-3))
    if width * height > 4 * MAX_LAYER_PIXELS:
        return None
    sx, sy = width / bounds.width, height / bounds.height
    return LayerGrid(width, height, Affine(sx, 0.0, 0.0, sy, -bounds.x * sx, -bounds.y * sy))


Point = tuple[float, float]


def device_polygon(layer_to_device: Projective, width: int, height: int) -> list[Point] | None:
    """The layer's rectangle on the device (a convex polygon), its part behind the eye cut away; None
    when nothing is left."""
    points = visible_polygon(layer_to_device, [(0.0, 0.0), (float(width), 0.0), (float(width), float(height)),
                                               (0.0, float(height))])
    if len(points) < 3 or not all(math.isfinite(v) for p in points for v in p):
        return None
    return points


def piece_polygon(outer: Projective, points: tuple[Point, ...]) -> list[Point] | None:
    """A piece of a plane (a polygon in the parent's coordinates) on the device, cut behind the eye."""
    mapped = visible_polygon(outer, list(points))
    if len(mapped) < 3 or not all(math.isfinite(v) for p in mapped for v in p):
        return None
    return mapped


def restrict(cover: Mask, piece: list[Point]) -> Mask | None:
    """``cover`` (the whole layer's anti-aliased coverage) kept at the pixels whose centre lies in the
    convex ``piece``: the pieces of a cut plane share their cut edges without a seam, as Chromium draws
    split quads without anti-aliasing their cuts while the layer's own edges keep it. A centre on a
    shared edge belongs to the piece on its right (``xl <= centre < xr``), so pieces partition the layer."""
    rows: list[bytes | None] = []
    n = len(piece)
    for i, row in enumerate(cover.rows):
        if row is None:
            rows.append(None)
            continue
        cy = cover.y + i + 0.5
        xs: list[float] = []
        for k in range(n):
            (x0, y0), (x1, y1) = piece[k], piece[(k + 1) % n]
            if (y0 <= cy < y1) or (y1 <= cy < y0):
                xs.append(x0 + (cy - y0) * (x1 - x0) / (y1 - y0))
        if len(xs) < 2:
            rows.append(None)
            continue
        left, right = min(xs), max(xs)
        start = max(0, math.ceil(left - 0.5 - cover.x))  # first pixel whose centre is >= left
        end = min(len(row), math.ceil(right - 0.5 - cover.x))  # centres < right
        if end <= start:
            rows.append(None)
            continue
        kept = bytearray(len(row))
        kept[start:end] = row[start:end]
        rows.append(bytes(kept) if any(kept) else None)
    if not any(r is not None for r in rows):
        return None
    return Mask(cover.x, cover.y, cover.width, cover.height, rows)


def layer_cover(layer_to_device: Projective, grid: LayerGrid, outer: Projective, piece: tuple[Point, ...] | None,
                box: tuple[int, int, int, int], clip: Mask | None,
                covers: dict[tuple[object, ...], Mask | None] | None = None) -> Mask | None:
    """Where a projected layer lands on the device: its polygon (cut behind the eye) covered inside
    ``box``, restricted to its ``piece`` of a cut plane (paint/context3d.py) and to the clips in effect.
    ``covers``: the render's memo of whole polygons' coverage, which the pieces of one cut plane share
    (each measured it again: 2,000 pieces of 50 planes spent 11 s on it)."""
    outline = device_polygon(layer_to_device, grid.width, grid.height)
    cover = None
    if outline is not None:
        key = (tuple(outline), box)
        if covers is not None and key in covers:
            cover = covers[key]
        else:
            cover = polygon_coverage(outline, box)
            if covers is not None:
                if len(covers) >= MAX_KEPT_COVERS:  # each may be canvas-sized: the oldest goes
                    del covers[next(iter(covers))]
                covers[key] = cover
    if cover is not None and piece is not None:
        points = piece_polygon(outer, piece)
        cover = restrict(cover, points) if points is not None else None
    if cover is not None and clip is not None:
        cover = intersect(cover, clip)
    return cover


def _clip(points: list[Point], axis: int, limit: float, keep_below: bool) -> list[Point]:
    """The convex polygon cut by the line ``coordinate[axis] = limit`` (Sutherland-Hodgman)."""
    out: list[Point] = []
    n = len(points)
    for i in range(n):
        p, q = points[i], points[(i + 1) % n]
        p_in = (p[axis] <= limit) if keep_below else (p[axis] >= limit)
        q_in = (q[axis] <= limit) if keep_below else (q[axis] >= limit)
        if p_in:
            out.append(p)
        if p_in != q_in:
            t = (limit - p[axis]) / (q[axis] - p[axis])
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def _area(points: list[Point]) -> float:
    n = len(points)
    return abs(sum(points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1]
                   for i in range(n))) / 2.0


def polygon_coverage(points: list[Point], box: tuple[int, int, int, int]) -> Mask | None:
    """Exact-area anti-aliased coverage of a convex polygon within the device ``box`` (x0, y0, x1, y1):
    the share of each pixel the polygon covers, as the compositor's edge anti-aliasing gives it (a
    4x4 supersampled edge is off by up to 1/16 there). Each pixel row is the polygon cut to the row's
    strip; its columns between the two edge spans are full, the others measured by area."""
    bx0, by0, bx1, by1 = box
    y0 = max(by0, math.floor(min(p[1] for p in points)))
    y1 = min(by1, math.ceil(max(p[1] for p in points)))
    x0 = max(bx0, math.floor(min(p[0] for p in points)))
    x1 = min(bx1, math.ceil(max(p[0] for p in points)))
    if x1 <= x0 or y1 <= y0:
        return None
    charge_paint((x1 - x0) * (y1 - y0) * PAINT_WORK_COVERAGE)  # the render's paint budget (spec/limits.md)
    rows: list[bytes | None] = []
    for y in range(y0, y1):
        strip = _clip(_clip(points, 1, float(y), False), 1, float(y + 1), True)
        if len(strip) < 3:
            rows.append(None)
            continue
        row = bytearray(x1 - x0)
        left = max(x0, math.floor(min(p[0] for p in strip)))
        right = min(x1, math.ceil(max(p[0] for p in strip)))
        full_from, full_to = _whole_span(strip, float(y), float(y + 1))
        whole = max(0, min(right, math.floor(full_to)) - max(left, math.ceil(full_from))) \
            if full_from <= full_to else 0
        charge_paint((right - left - whole) * PAINT_WORK_COVERAGE_CELL)  # the pixels cut to cells below
        for x in range(left, right):
            if full_from <= x and x + 1 <= full_to:
                row[x - x0] = 255
                continue
            cell = _clip(_clip(strip, 0, float(x), False), 0, float(x + 1), True)
            if len(cell) >= 3:
                row[x - x0] = min(255, int(_area(cell) * 255.0 + 0.5))
        rows.append(bytes(row) if any(row) else None)
    if not any(r is not None for r in rows):
        return None
    return Mask(x0, y0, x1 - x0, y1 - y0, rows)


def _whole_span(strip: list[Point], top: float, bottom: float) -> tuple[float, float]:
    """The x range where the convex ``strip`` spans the whole row height: between the ends of its edges
    along the row's top and bottom lines (empty when it does not touch both)."""
    at_top = [p[0] for p in strip if p[1] == top]
    at_bottom = [p[0] for p in strip if p[1] == bottom]
    if not at_top or not at_bottom:
        return (math.inf, -math.inf)
    return (max(min(at_top), min(at_bottom)), min(max(at_top), max(at_bottom)))


def warp_row(layer: Pixmap, device_to_layer: Projective, x0: int, y: int, cover: bytes) -> bytearray:
    """Premultiplied RGBA of device pixels ``x0 .. x0 + len(cover)`` on row ``y``: each pixel centre
    mapped into the layer and sampled bilinearly between the four nearest texel centres (edges
    clamped), then scaled by its coverage."""
    h = device_to_layer.h
    w, hh, stride, data = layer.width, layer.height, layer.stride, layer.data
    out = bytearray(4 * len(cover))
    cy = y + 0.5
    bx, by, bw = h[1] * cy + h[2], h[4] * cy + h[5], h[7] * cy + h[8]
    for i, c in enumerate(cover):
        if not c:
            continue
        cx = x0 + i + 0.5
        q = h[6] * cx + bw
        if q == 0.0:
            continue
        u = (h[0] * cx + bx) / q - 0.5
        v = (h[3] * cx + by) / q - 0.5
        fu, fv = math.floor(u), math.floor(v)
        tu, tv = u - fu, v - fv
        ua, ub = min(max(fu, 0), w - 1), min(max(fu + 1, 0), w - 1)
        va, vb = min(max(fv, 0), hh - 1), min(max(fv + 1, 0), hh - 1)
        ra, rb = va * stride, vb * stride
        p00, p01 = ra + 4 * ua, ra + 4 * ub
        p10, p11 = rb + 4 * ua, rb + 4 * ub
        w00, w01 = (1.0 - tu) * (1.0 - tv), tu * (1.0 - tv)
        w10, w11 = (1.0 - tu) * tv, tu * tv
        o = 4 * i
        texel = data[p00 : p00 + 4]
        if texel == data[p01 : p01 + 4] == data[p10 : p10 + 4] == data[p11 : p11 + 4]:  # flat: no blend
            out[o : o + 4] = texel if c == 255 else bytes(min(255, int(v * c / 255.0 + 0.5)) for v in texel)
            continue
        k = c / 255.0
        for ch in range(4):
            value = (data[p00 + ch] * w00 + data[p01 + ch] * w01 + data[p10 + ch] * w10
                     + data[p11 + ch] * w11) * k
            out[o + ch] = min(255, int(value + 0.5))
    return out


def warp_floor(outer: Projective, piece: tuple[Point, ...], layer_to_device: Projective, grid: LayerGrid,
               box: tuple[int, int, int, int]) -> int:
    """At least the paint work :func:`warp_onto` will charge for a piece of a plane drawn unclipped in
    ``box``, known before its layer is rendered: each pixel row holding a pixel centre inside the piece is
    charged :data:`PAINT_WORK_WARPED` per pixel of the whole plane's cover width (each such centre lies in
    the plane's device polygon, so it is covered, kept by :func:`restrict`, and its row resampled). A convex
    piece of area A, height H and width W has more than (A - H) / (W - 1) rows whose chord is a pixel long
    (each holds a centre), and more than A - P/2 centres in all (Nosarzewska; P its perimeter); a tenth
    is left to spare for float noise."""
    points = piece_polygon(outer, piece)
    plane = device_polygon(layer_to_device, grid.width, grid.height)
    if points is None or plane is None:
        return 0
    x0, y0, x1, y1 = box
    for axis, limit, below in ((0, x0, False), (0, x1, True), (1, y0, False), (1, y1, True)):
        points = _clip(points, axis, float(limit), below)
        if len(points) < 3:
            return 0
    n = len(points)
    area = _area(points)
    centres = area - sum(math.dist(points[i], points[(i + 1) % n]) for i in range(n)) / 2
    width = max(p[0] for p in points) - min(p[0] for p in points)
    height = max(p[1] for p in points) - min(p[1] for p in points)
    rows = (area - height) / (width - 1.0) if width > 1.0 else 0.0
    cover_width = min(x1, math.ceil(max(p[0] for p in plane))) - max(x0, math.floor(min(p[0] for p in plane)))
    return int(0.9 * max(0.0, centres, math.floor(rows) * cover_width)) * PAINT_WORK_WARPED


def take_part(layer: Layer) -> Pixmap | None:
    """What ``layer`` holds (None when empty), the layer cleared: a part of a 3D layer (render._projected)."""
    data = layer.pixmap.data
    if data.count(0) == len(data):
        return None
    part = Pixmap(layer.pixmap.width, layer.pixmap.height, bytearray(data))
    data[:] = bytes(len(data))
    return part


def warp_onto(pixmap: Pixmap, device_to_layer: Projective, cover: Mask, target: Layer) -> None:
    """A 3D layer's pixels resampled onto ``target`` under ``cover`` (source-over)."""
    target.touch(cover)
    pm = target.pixmap
    for i, row in enumerate(cover.rows):
        if row is None:
            continue
        y = cover.y + i
        check_deadline()
        charge_paint(len(row) * PAINT_WORK_WARPED)  # the render's paint budget (spec/limits.md)
        src = warp_row(pixmap, device_to_layer, cover.x, y, row)
        over_pixels(pm.data, y * pm.stride + cover.x * 4, src)


__all__ = ["LayerGrid", "MAX_LAYER_PIXELS", "device_polygon", "layer_grid", "piece_polygon", "polygon_coverage",
           "raster_scale", "restrict", "take_part", "warp_floor", "warp_onto", "warp_row"]

"""A layer being painted and how it meets what is below it.

Role: :mod:`pureog.raster.render` paints a group with an opacity, a blend mode, a filter or a layered
clip into a transparent canvas-sized layer. This module holds such a buffer with the device box painted
so far (so only that box is clipped and composited), multiplies it by a clip's coverage, and draws it
onto its target: source-over with resvg's opacity maths, a blend mode, or a Porter-Duff operator. Also
reads a layer's alpha over a region (the source of a blur or a drop shadow).

Imports the pixmap, the coverage mask and the per-pixel blending of :mod:`pureog.raster`; no paint,
style, layout or text.
"""

from __future__ import annotations

from pureog.display import BlendMode
from pureog.limits import CROSSINGS_A_BLENDED_PIXEL
from pureog.raster import blend
from pureog.raster.over import over_pixels
from pureog.raster.pixmap import Pixmap
from pureog.raster.scan import Mask
from pureog.records import field, mutable_record


@mutable_record
class Layer:
    """A buffer being painted, and the device box painted so far (to composite only that)."""

    pixmap: Pixmap
    dirty: list[int] = field(default_factory=lambda: [0, 0, 0, 0])

    def touch(self, mask: Mask) -> None:
        d = self.dirty
        if d[2] <= d[0]:
            d[:] = [mask.x, mask.y, mask.x + mask.width, mask.y + mask.height]
            return
        d[0] = min(d[0], mask.x)
        d[1] = min(d[1], mask.y)
        d[2] = max(d[2], mask.x + mask.width)
        d[3] = max(d[3], mask.y + mask.height)


def alpha_over(layer: Layer, x0: int, y0: int, x1: int, y1: int) -> tuple[bytes, int, int]:
    """The layer's alpha over the region ``x0..x1`` x ``y0..y1`` (inside the canvas), one byte a pixel,
    and the rows ``py0..py1`` of it read from the layer. Outside the layer's painted box it is clear
    (compositing relies on that too), so only those rows are read: a text shadow's region is often the
    whole canvas around one line of text."""
    data = layer.pixmap.data
    stride = layer.pixmap.stride
    w = x1 - x0
    d = layer.dirty
    py0, py1 = max(y0, min(d[1], y1)), min(y1, max(d[3], y0))
    if d[2] <= d[0] or py1 <= py0:
        py0 = py1 = y0
    plane = b"".join((bytes((py0 - y0) * w),
                      *[data[y * stride + 4 * x0 + 3 : y * stride + 4 * x1 : 4] for y in range(py0, py1)],
                      bytes((y1 - py1) * w)))
    return plane, py0, py1


def apply_clip(layer: Layer, clip: Mask) -> None:
    """Multiply a layer's pixels by a clip mask (zero outside it)."""
    pm = layer.pixmap
    stride = pm.stride
    x0, y0, x1, y1 = layer.dirty
    for y in range(y0, y1):
        o = y * stride + x0 * 4
        n = x1 - x0
        row = pm.data[o : o + 4 * n]
        cov = bytearray(n)
        if clip.y <= y < clip.y + clip.height:
            r = clip.rows[y - clip.y]
            if r is not None:
                a = max(x0, clip.x)
                b = min(x1, clip.x + clip.width)
                if b > a:
                    cov[a - x0 : b - x0] = r[a - clip.x : b - clip.x]
        pm.data[o : o + 4 * n] = blend.scale_pixels(row, bytes(cov))

def composite(layer: Layer, target: Layer, opacity: float, mode: BlendMode | str = BlendMode.NORMAL,
              whole: bool = False) -> None:
    """Draw ``layer``'s painted box onto ``target`` at ``opacity`` (resvg's maths): source-over, a blend
    mode (``mix-blend-mode``), or with ``whole`` a Porter-Duff operator that changes the target where
    the layer is empty too."""
    x0, y0, x1, y1 = layer.dirty
    if whole and target.dirty[2] > target.dirty[0]:
        # an operator that changes the target where the layer is empty too (source-in, clear, ...)
        tx0, ty0, tx1, ty1 = target.dirty
        if x1 <= x0:
            x0, y0, x1, y1 = tx0, ty0, tx1, ty1
        else:
            x0, y0, x1, y1 = min(x0, tx0), min(y0, ty0), max(x1, tx1), max(y1, ty1)
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, target.pixmap.width), min(y1, target.pixmap.height)
    if x1 <= x0 or y1 <= y0:
        return
    target.touch(Mask(x0, y0, x1 - x0, y1 - y0, []))
    table = blend.opacity_table(opacity) if opacity < 1.0 else None
    # onto transparent pixels (a filter's source, a nested layer) resvg's f32 scaling shows exactly
    on_clear = blend.layer_opacity_table(opacity) if opacity < 1.0 else None
    if mode is not BlendMode.NORMAL:
        # (the blend formulas and their tables load with the first mix-blend-mode drawn)
        from pureog.raster import blend_modes  # noqa: PLC0415
    src_data = layer.pixmap.data
    dst_data = target.pixmap.data
    stride = layer.pixmap.stride
    for y in range(y0, y1):
        o = y * stride + x0 * 4
        row = src_data[o : o + 4 * (x1 - x0)]
        clear_row = None
        if table is not None and on_clear is not None:
            clear_row = row.translate(on_clear)
            row = row.translate(table)
        if mode is BlendMode.NORMAL:
            over_pixels(dst_data, o, row, clear_row)
        else:  # mix-blend-mode: the W3C formulas of tiny-skia's pipeline, per distinct pixel pair
            dst_data[o : o + len(row)] = blend_modes.blend(row, dst_data[o : o + len(row)], mode)


def luminance_mask(layer: Layer, width: int, height: int) -> Mask | None:
    """A luminance mask's painted layer as coverage: luminance x alpha per pixel, over the layer's
    painted box within the canvas. On premultiplied pixels that is ``0.2125 r + 0.7154 g + 0.0721 b``
    (tiny-skia's coefficients); grey masks (Satori turns mask stops white or black) take the red
    channel as it is."""
    x0, y0, x1, y1 = layer.dirty
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, width), min(y1, height)
    if x1 <= x0 or y1 <= y0:
        return None
    data = layer.pixmap.data
    stride = layer.pixmap.stride
    rows: list[bytes | None] = []
    partial = 0
    for y in range(y0, y1):
        o = y * stride
        r = data[o + 4 * x0 : o + 4 * x1 : 4]
        g = data[o + 4 * x0 + 1 : o + 4 * x1 : 4]
        b = data[o + 4 * x0 + 2 : o + 4 * x1 : 4]
        if not (r == g == b):
            r = bytearray(
                min(255, int(0.2125 * rr + 0.7154 * gg + 0.0721 * bb + 0.5))
                for rr, gg, bb in zip(r, g, b, strict=True)
            )
        row = bytes(r)
        rows.append(row if row.strip(b"\x00") else None)
        partial += len(row) - row.count(0) - row.count(255)
    # Each fill blends its partial pixels one by one (~1 us each where every coverage and destination
    # differ: a radial-gradient mask over 1,990 full-canvas elements ran past 60 s), which the paint
    # budget counts as a crossing's worth of pixels each (PAINT_WORK_EDGE_PIXELS per crossing):
    # PAINT_WORK_BLENDED a partial pixel, as any pixel blended one by one.
    crossings = partial * CROSSINGS_A_BLENDED_PIXEL
    return Mask(x0, y0, x1 - x0, y1 - y0, rows, crossings=crossings)

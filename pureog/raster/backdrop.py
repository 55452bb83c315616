"""CSS ``backdrop-filter`` pixels, as Chromium computes them.

Role: a layer's premultiplied RGBA pixels inside a device box + the filter steps
(:class:`pureog.display.BackdropFilter`) -> the filtered pixels of that box. Chromium reads only the
backdrop under the element's border box: a blur samples beyond the box's edges as if the box were
mirrored there (Skia's mirror tile mode, the edge pixel repeated), never the paint outside it, so a red
stripe just outside a frosted panel does not bleed in. Colour steps work per pixel in sRGB
(:func:`pureog.raster.filter.apply_color`). Imports display and raster modules only.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable

from pureog.display import ColorMatrix, ComponentTransfer
from pureog.raster.blur import BOX_BLUR_MIN_SIGMA, blur_layer
from pureog.raster.filter import apply_color
from pureog.raster.pixmap import Pixmap

Box = tuple[int, int, int, int]


def filtered_backdrop(
    source: Pixmap, box: Box, steps: tuple[float | ColorMatrix | ComponentTransfer, ...], scale: tuple[float, float],
    spend: Callable[[int], None], max_sigma: float,
) -> Pixmap:
    """The pixels of ``source`` inside ``box`` after ``steps`` (blur deviations in local px, scaled to
    device px by ``scale`` and capped at ``max_sigma``), as a pixmap of the box's size. ``spend(n)``
    charges the pixels a blur works on to the render's budget."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    out = Pixmap(w, h)
    stride = source.stride
    for y in range(h):
        o = (y0 + y) * stride + 4 * x0
        out.data[4 * w * y : 4 * w * (y + 1)] = source.data[o : o + 4 * w]
    for step in steps:
        if isinstance(step, float):
            out = _mirrored_blur(out, min(step * scale[0], max_sigma), min(step * scale[1], max_sigma), spend)
        else:
            apply_color(out, (0, 0, w, h), step)
    return out


def _reflect(i: int, n: int) -> int:
    """Skia's mirror tiling of index ``i`` over ``0..n-1`` (the edge pixel repeats: -1 -> 0)."""
    i %= 2 * n
    return i if i < n else 2 * n - 1 - i


def _mirrored_blur(pm: Pixmap, sx: float, sy: float, spend: Callable[[int], None]) -> Pixmap:
    """``pm`` blurred as a Gaussian of deviations ``sx``, ``sy`` over its mirror-tiled plane."""
    if sx < 0.05 and sy < 0.05:
        return pm
    w, h = pm.width, pm.height
    mx, my = math.ceil(3.0 * sx) + 1, math.ceil(3.0 * sy) + 1
    width, height = w + 2 * mx, h + 2 * my
    spend(width * height)
    rows = []
    columns = [_reflect(x - mx, w) for x in range(width)]
    for y in range(h):
        pixels = array("I")
        pixels.frombytes(bytes(pm.data[4 * w * y : 4 * w * (y + 1)]))
        rows.append(array("I", [pixels[x] for x in columns]).tobytes())
    padded = Pixmap(width, height, bytearray(b"".join(rows[_reflect(y - my, h)] for y in range(height))))
    # Skia's Gaussian: box passes of the *exact* variance (fast, and within a level or two of Chromium;
    # resvg's rounded box widths, which filter: blur() needs for Next.js, leave a different profile),
    # the IIR Gaussian below a deviation of 2 px.
    iir = None if max(sx, sy) >= BOX_BLUR_MIN_SIGMA else (sx if sx >= 0.05 else 0.0, sy if sy >= 0.05 else 0.0)
    blur_layer(padded, (0, 0, width, height), sx * sx, sy * sy, iir=iir, spend=spend)
    out = Pixmap(w, h)
    for y in range(h):
        o = (y + my) * padded.stride + 4 * mx
        out.data[4 * w * y : 4 * w * (y + 1)] = padded.data[o : o + 4 * w]
    return out


__all__ = ["filtered_backdrop"]

"""The image-sampling maths both image shaders share (:mod:`pureog.raster.image` for axis-aligned
mappings, :mod:`pureog.raster.image_filtered` for rotated and skewed ones), as tiny-skia's pattern
pipeline does it: the Mitchell-Netravali bicubic (or bilinear) taps along one axis and the
round-and-clamp of a float channel.

No clamp of colour to alpha: tiny-skia 0.8's ``clamp_a`` stage, pushed after ``bicubic``, clamps each
channel to 1.0 only (Skia's clamps colour to alpha). Where the negative lobes of the filter lower alpha
more than colour (a translucent edge next to opaque pixels), colour exceeds alpha and source-over
shows it: lighter than the pixel colour over a light backdrop. Blending saturates each channel at 255,
as tiny-skia's store does.

Input -> output: a sample coordinate -> source indices and weights (:func:`taps`); a float channel in
0..255 scale -> a byte (``CLAMP[int(v + BIAS)]``). Imports only display (for :class:`FilterQuality`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog.display import FilterQuality

Shader = Callable[[int, int, int], bytes]
"""``shader(x0, y, n)``: ``n`` premultiplied RGBA8 pixels of device row ``y`` from column ``x0``."""


class OpaqueRow(bytes):
    """A shader row known to be all opaque (alpha 255): checked once where it, or the table it is cut
    from, was made (a kept image row, an opaque gradient's ramp). Source-over copies such a row as it
    is (:func:`pureog.raster.over.over_pixels`) instead of reading its alpha bytes again, which costs
    ~1.5 us a 1,200 px row (~1 ms for a canvas-filling photo or gradient a render)."""

    __slots__ = ()

# round-and-clamp of a float component v in 0..255 scale: CLAMP[int(v + BIAS)].
BIAS = 256.5
# (min(255, max(0, i - 256)) for i in range(1024), built from C-made pieces: a generator of 1,024 steps
# cost every render's start-up ~0.1 ms although only images read it)
CLAMP = bytes(256) + bytes(range(256)) + b"\xff" * 512

# Mitchell-Netravali weights: near(t) = ((N3*t + N2)*t + N1)*t + N0 and far(t) = t*t*(F3*t - F2).
N3 = -21.0 / 18.0
N2 = 27.0 / 18.0
N1 = 9.0 / 18.0
N0 = 1.0 / 18.0
F3 = 7.0 / 18.0
F2 = 6.0 / 18.0


def near(t: float) -> float:
    return ((N3 * t + N2) * t + N1) * t + N0


def far(t: float) -> float:
    return t * t * (F3 * t - F2)


def taps(coord: float, size: int, quality: FilterQuality, tile: bool) -> tuple[list[int], list[float]]:
    """Source indices and weights for one sample coordinate along one axis."""
    u = coord - 0.5
    base = math.floor(u)
    t = u - base
    if quality == FilterQuality.BICUBIC:
        idx = [base - 1, base, base + 1, base + 2]
        weights = [far(1.0 - t), near(1.0 - t), near(t), far(t)]
    else:
        idx = [base, base + 1]
        weights = [1.0 - t, t]
    if tile:
        idx = [i % size for i in idx]
    else:
        idx = [0 if i < 0 else (size - 1 if i >= size else i) for i in idx]
    return idx, weights

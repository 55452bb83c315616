"""The per-pixel source-over every fast fill path must match (a helper of the raster tests, not a test)."""

from __future__ import annotations

from pureog.raster.scan import Mask


def reference_fill(data: bytearray, stride: int, mask: Mask, color: tuple[int, int, int, int]) -> None:
    """tiny-skia's lowp source-over of ``color`` under ``mask``, one pixel at a time."""
    r, g, b, a = color
    for i, cov in enumerate(mask.rows):
        if cov is None:
            continue
        o = (mask.y + i) * stride + mask.x * 4
        for c in cov:
            if c:
                inv = 255 - ((a * c + 255) >> 8)
                for ch, s in enumerate((r, g, b, a)):
                    data[o + ch] = ((s * c + 255) >> 8) + ((data[o + ch] * inv + 255) >> 8)
            o += 4

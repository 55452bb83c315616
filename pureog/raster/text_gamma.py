"""Skia's contrast and gamma correction of grey-scale glyph masks, as Chromium applies it on Linux.

Role: ``glyph_gamma_table(r, g, b) -> bytes``, a 256-byte ``bytes.translate`` table that maps a glyph's
area coverage (:mod:`pureog.raster.area_scan`) to the coverage Skia blends with the text colour.
Skia "pre-blends" A8 glyph masks so that text keeps its weight whatever its colour: the coverage is
first raised by a contrast term (``a + (1 - a) * contrast * a``, the contrast fading as the text gets
lighter), then corrected as if blending happened in a gamma space over the colour's perceptual opposite
(a guess at the background: black text is assumed on white, white on black), and the result is
expressed as the weight a plain sRGB blend needs to land there.

Constants: measured against Chromium 14x on Debian (``--font-render-hinting=none``): contrast 0.2 and a
gamma of 1.2 reproduce its coverage of straight stems at 30 sizes, black on white and white on black,
within 1/255 (black text thinner than exact area: 0.85 -> 0.824; white text heavier: 0.20 -> 0.26).
The text colour's luminance (Rec. 709 weights on the sRGB bytes, in 1/256ths) is reduced to its top
three bits, so eight tables serve every colour, as in Skia.
"""

from __future__ import annotations

from functools import cache

CONTRAST = 0.2
GAMMA = 1.2
_LUMINANCE_BITS = 3


def glyph_gamma_table(r: int, g: int, b: int) -> bytes:
    """The coverage table for text in the sRGB colour ``(r, g, b)`` (bytes)."""
    luminance = (r * 54 + g * 183 + b * 19) >> 8
    return _table(luminance >> (8 - _LUMINANCE_BITS))


@cache
def _table(level: int) -> bytes:
    """The table of one of the eight luminance levels; the level is spread back over 0..255 by
    repeating its bits, as Skia scales a reduced channel up."""
    bits = _LUMINANCE_BITS
    source_byte = (level << (8 - bits)) | (level << (8 - 2 * bits)) | (level >> (3 * bits - 8))
    src = source_byte / 255.0
    dst = 1.0 - src  # the assumed background: the colour's perceptual opposite
    linear_src = src**GAMMA
    linear_dst = dst**GAMMA
    contrast = CONTRAST * linear_dst  # none for white text
    out = bytearray(256)
    for i in range(256):
        coverage = i / 255.0
        coverage += (1.0 - coverage) * contrast * coverage
        if abs(src - dst) < 1.0 / 256.0:  # no useful guess at the background: contrast alone
            value = coverage
        else:
            blended = (linear_src * coverage + (1.0 - coverage) * linear_dst) ** (1.0 / GAMMA)
            value = (blended - dst) / (src - dst)  # the plain blend weight that lands on ``blended``
        out[i] = max(0, min(255, int(value * 255.0 + 0.5)))
    return bytes(out)

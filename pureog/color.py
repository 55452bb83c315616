"""Colours: the straight-alpha RGBA value type shared by style, paint and raster.

CSS colour *parsing* lives in :mod:`pureog.style.color`; this module holds only the value type so that
the display list and the rasterizer need nothing from the style layer. Imports nothing from pureog.
"""

from __future__ import annotations

from pureog.records import record


@record
class Color:
    """sRGB colour with straight (not premultiplied) alpha: r, g, b in 0..255, a in 0..1."""

    r: int
    g: int
    b: int
    a: float = 1.0

    @property
    def is_opaque(self) -> bool:
        return self.a >= 1.0

    @property
    def is_transparent(self) -> bool:
        return self.a <= 0.0

    def with_alpha(self, a: float) -> Color:
        return Color(self.r, self.g, self.b, a)

    def rgba8(self) -> tuple[int, int, int, int]:
        """The colour as four 0..255 integers (alpha rounded the way resvg does: ``a*255 + 0.5``)."""
        return (self.r, self.g, self.b, int(self.a * 255 + 0.5))


@record
class UnreadableColor(Color):
    """A ``color`` value the reference cannot read (``bogus``, an undefined ``var()``): Satori passes the
    text on, so resvg fills with it black (an invalid fill) but strokes nothing (an invalid stroke):
    text is black, its decoration lines and currentColor borders are not drawn. Unequal to ``BLACK``."""


TRANSPARENT = Color(0, 0, 0, 0.0)
BLACK = Color(0, 0, 0, 1.0)
UNREADABLE = UnreadableColor(0, 0, 0, 1.0)
WHITE = Color(255, 255, 255, 1.0)

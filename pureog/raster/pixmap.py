"""The raster canvas: a premultiplied RGBA8 pixel buffer.

Role: the output of :func:`pureog.raster.render.render` and the input of :func:`pureog.raster.png.encode_png`;
also used for the transparent layers that group opacity renders into.
Input -> output: (width, height) -> a zeroed (fully transparent) buffer; helpers convert it to straight
alpha for PNG encoding and read single pixels for tests.
Must not import style, layout, text or document (it sees nothing but bytes).
"""

from __future__ import annotations

from pureog.errors import LimitError
from pureog.records import field, mutable_record

# Larger canvases than this are refused: a 16k x 16k RGBA buffer is already 1 GiB.
MAX_SIDE_PX = 16384

_UNPREMULTIPLY: dict[int, bytes] = {0: bytes(256)}


def _unpremultiply_table(a: int) -> bytes:
    """``table[v]`` = straight value of premultiplied ``v`` at alpha ``a``, as tiny-skia's ``demultiply``
    computes it: ``v / (a / 255) + 0.5`` in f64, truncated. Not ``v * 255 / a``: on exact halves the
    division by the rounded ``a / 255`` falls just below (74 at alpha 148 is 127, not 128)."""
    t = _UNPREMULTIPLY.get(a)
    if t is None:
        scale = a / 255.0
        t = _UNPREMULTIPLY[a] = bytes(min(255, int(v / scale + 0.5)) for v in range(256))
    return t


@mutable_record
class Pixmap:
    """``width`` x ``height`` pixels, ``data`` premultiplied RGBA8, row-major, top row first."""

    width: int
    height: int
    data: bytearray = field(default_factory=bytearray, repr=False)

    def __post_init__(self) -> None:
        if not (0 <= self.width <= MAX_SIDE_PX and 0 <= self.height <= MAX_SIDE_PX):
            raise LimitError(f"canvas {self.width}x{self.height} exceeds {MAX_SIDE_PX} px per side")
        if not self.data:
            self.data = bytearray(self.width * self.height * 4)
        elif len(self.data) != self.width * self.height * 4:
            raise ValueError("pixmap data has the wrong length")  # programming error, not user input

    @property
    def stride(self) -> int:
        return self.width * 4

    def pixel(self, x: int, y: int) -> tuple[int, int, int, int]:
        """The premultiplied (r, g, b, a) at (x, y)."""
        o = (y * self.width + x) * 4
        d = self.data
        return (d[o], d[o + 1], d[o + 2], d[o + 3])

    def straight_pixel(self, x: int, y: int) -> tuple[int, int, int, int]:
        """The straight-alpha (r, g, b, a) at (x, y), as a PNG decoder would read it."""
        r, g, b, a = self.pixel(x, y)
        t = _unpremultiply_table(a)
        return (t[r], t[g], t[b], a)

    def paste(self, src: Pixmap, x0: int, y0: int) -> None:
        """Copies ``src`` (inside this pixmap) with its top-left pixel at (x0, y0)."""
        row = 4 * src.width
        for y in range(src.height):
            o = (y0 + y) * self.stride + 4 * x0
            self.data[o : o + row] = src.data[y * row : (y + 1) * row]

    def fill(self, rgba: tuple[int, int, int, int]) -> None:
        """Set every pixel to the premultiplied colour ``rgba``."""
        self.data[:] = bytes(rgba) * (self.width * self.height)

    def is_opaque(self) -> bool:
        return self.data[3::4].count(255) == self.width * self.height

    def to_straight_rgba(self) -> bytes:
        """The pixels with straight (un-premultiplied) alpha, as PNG wants them."""
        return straight_rgba(self.data, self.width)


def straight_rgba(data: bytes | bytearray, width: int) -> bytes:
    """Rows of ``width`` premultiplied RGBA pixels -> the same with straight alpha.

    Opaque and fully transparent pixels (nearly all of a typical card) are handled with C-level
    checks per row; only rows with partial alpha are converted pixel by pixel.
    """
    stride = width * 4
    opaque_alpha = b"\xff" * width
    out = bytearray(data)
    for o in range(0, len(data), stride):
        alpha = data[o + 3 : o + stride : 4]
        if alpha == opaque_alpha or not alpha.strip(b"\x00\xff"):
            continue  # premultiplied == straight when a is 0 (all zero) or 255
        for x, a in enumerate(alpha):
            if a == 0 or a == 255:
                continue
            t = _unpremultiply_table(a)
            p = o + 4 * x
            out[p] = t[data[p]]
            out[p + 1] = t[data[p + 1]]
            out[p + 2] = t[data[p + 2]]
    return bytes(out)

"""Pictures shrunk as Chromium shrinks an <img> (pureog/paint/image_mipmap.py): the mipmap level still at
least the drawn size, sampled bilinearly, where Chromium is the reference."""

from __future__ import annotations

import base64
import io

import png

import pureog
from pureog.display import FilterQuality, Image
from pureog.paint.image_mipmap import MAX_PIXELS, chromium_level


def _checker(size: int) -> bytes:
    """A black and white checkerboard of 1 px squares, as a PNG."""
    buffer = io.BytesIO()
    rows = [[(255 if (x + y) % 2 else 0) for x in range(size) for _ in range(3)] for y in range(size)]
    png.Writer(size, size, greyscale=False).write(buffer, rows)
    return buffer.getvalue()


def test_the_level_is_the_last_halving_still_at_least_the_drawn_size() -> None:
    pixels = Image(96, 96, bytes(96 * 96 * 4))
    level = chromium_level(pixels, 32, 32)
    assert level is not None and (level[0].width, level[0].height) == (48, 48)
    assert level[1] is FilterQuality.BILINEAR
    assert chromium_level(pixels, 24, 24) is not None and chromium_level(pixels, 24, 24)[0].width == 48  # type: ignore[index]
    assert chromium_level(pixels, 23, 23)[0].width == 24  # type: ignore[index]
    assert chromium_level(pixels, 60, 60) is None  # not below half size: the picture itself
    big = Image(1024, 1024, bytes(1024 * 1024 * 4))
    assert 1024 * 1024 > MAX_PIXELS and chromium_level(big, 100, 100) is None  # bounded work: bicubic


def test_a_fine_checkerboard_shrunk_to_a_third_is_even_grey_in_browser_mode() -> None:
    """Chromium averages 2 x 2 blocks first (a 1 px checkerboard becomes flat grey) and then filters;
    resvg's bicubic filter over the full picture at a third of its size aliases it into a pattern (so
    it stays in Next.js documents)."""
    src = "data:image/png;base64," + base64.b64encode(_checker(96)).decode("ascii")
    doc = {"width": 64, "height": 64, "features": "browser", "element": {"div": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white", "padding": 16},
        "children": [{"img": {"src": src, "style": {"width": 32, "height": 32}}}]}}}
    _, _, rows, _ = png.Reader(bytes=pureog.render_png(doc)).asRGBA8()
    inside = {tuple(row[4 * x:4 * x + 3]) for y, row in enumerate(rows) if 18 <= y < 46 for x in range(18, 46)}
    assert len(inside) == 1 and abs(next(iter(inside))[0] - 128) <= 1
    doc.pop("features")
    _, _, rows, _ = png.Reader(bytes=pureog.render_png(doc)).asRGBA8()
    assert len({tuple(row[4 * x:4 * x + 3]) for y, row in enumerate(rows) if 18 <= y < 46 for x in range(18, 46)}) > 1

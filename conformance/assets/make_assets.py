"""Make the small test images the conformance cases use (dev tool; outputs are committed).

Role: deterministic pixel patterns -> ``photo.png`` (64x48 RGB), ``alpha.png`` (48x48 RGBA disc),
``grey.png`` (32x32 greyscale), ``palette.png`` (16x16 indexed), ``pixels.png`` (4x4), ``tile.png``
(20x20 checker), ``avatar.png`` (96x96 face-like disc), ``logo.svg``; ``photo.jpg`` is ``photo.png``
converted with ImageMagick (``convert``, quality 90, baseline), which is only needed when regenerating;
``photo-440.jpg`` is ``photo.png`` as a 4:4:0 JPEG written by libjpeg-turbo's ``cjpeg`` (same);
``photo.webp`` is ``photo.png`` as a lossless WebP and ``texture.jpg`` a 400x300 JPEG of fine detail,
made with Pillow when it is installed (dev only).
Uses pypng (no pureog code). Run: ``python conformance/assets/make_assets.py``.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path
from typing import Any

import png

HERE = Path(__file__).resolve().parent


def _write(name: str, width: int, height: int, rows: list[list[int]], **kw: object) -> None:
    with open(HERE / name, "wb") as handle:
        png.Writer(width, height, **kw).write(handle, rows)


def photo() -> None:
    rows = []
    for y in range(48):
        row: list[int] = []
        for x in range(64):
            sky = y < 30
            r = int(80 + 2.5 * x) if sky else int(40 + x)
            g = int(140 + y * 2) if sky else int(120 + 1.5 * y)
            b = 230 if sky else 60
            if (x - 46) ** 2 + (y - 12) ** 2 < 49:  # a sun
                r, g, b = 255, 220, 80
            row += [min(r, 255), min(g, 255), b]
        rows.append(row)
    _write("photo.png", 64, 48, rows, greyscale=False)


def alpha() -> None:
    rows = []
    for y in range(48):
        row: list[int] = []
        for x in range(48):
            d = math.hypot(x - 23.5, y - 23.5)
            a = max(0, min(255, int((22 - d) * 60)))
            row += [40, 60 + 3 * y, 200, a]
        rows.append(row)
    _write("alpha.png", 48, 48, rows, greyscale=False, alpha=True)


def grey() -> None:
    _write("grey.png", 32, 32, [[(x * 8 + y * 4) % 256 for x in range(32)] for y in range(32)], greyscale=True)


def palette() -> None:
    colours = [(230, 57, 70), (42, 157, 143), (69, 123, 157), (244, 162, 97)]
    rows = [[((x // 4) + (y // 4)) % 4 for x in range(16)] for y in range(16)]
    _write("palette.png", 16, 16, rows, palette=colours, bitdepth=2)


def pixels() -> None:
    grid = [(0, 0, 0), (255, 255, 255), (230, 57, 70), (69, 123, 157)]
    rows = [[c for x in range(4) for c in grid[(x + y) % 4]] for y in range(4)]
    _write("pixels.png", 4, 4, rows, greyscale=False)


def tile() -> None:
    rows = [[c for x in range(20) for c in ((233, 196, 106) if (x < 10) == (y < 10) else (38, 70, 83))]
            for y in range(20)]
    _write("tile.png", 20, 20, rows, greyscale=False)


def avatar() -> None:
    rows = []
    for y in range(96):
        row: list[int] = []
        for x in range(96):
            r, g, b = 250 - y, 200 - y // 2, 120 + y
            if (x - 48) ** 2 + (y - 40) ** 2 < 18 ** 2:  # head
                r, g, b = 120, 72, 48
            elif (x - 48) ** 2 + (y - 100) ** 2 < 38 ** 2:  # shoulders
                r, g, b = 40, 60, 110
            row += [r, g, b]
        rows.append(row)
    _write("avatar.png", 96, 96, rows, greyscale=False)


LOGO = """<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80" viewBox="0 0 100 100">
  <rect x="4" y="4" width="92" height="92" rx="20" fill="#264653"/>
  <circle cx="50" cy="50" r="28" fill="#e9c46a"/>
  <path d="M30 70 L50 30 L70 70 Z" fill="#e76f51" stroke="#ffffff" stroke-width="3"/>
</svg>
"""


def photo_440() -> None:
    """``photo.png`` as a 4:4:0 JPEG (chroma halved vertically only), which few encoders but cjpeg write."""
    width, height, rows, _ = png.Reader(filename=str(HERE / "photo.png")).asRGB8()
    ppm = b"P6 %d %d 255\n" % (width, height) + b"".join(bytes(row) for row in rows)
    jpeg = subprocess.run(["cjpeg", "-quality", "75", "-sample", "1x2,1x1,1x1"], input=ppm, check=True,
                          capture_output=True).stdout
    (HERE / "photo-440.jpg").write_bytes(jpeg)


def main() -> None:
    photo(), alpha(), grey(), palette(), pixels(), tile(), avatar()
    (HERE / "logo.svg").write_text(LOGO, encoding="utf-8")
    if shutil.which("convert"):
        subprocess.run(["convert", str(HERE / "photo.png"), "-strip", "-quality", "90", "-interlace", "none",
                        str(HERE / "photo.jpg")], check=True)
    else:
        print("convert (ImageMagick) not found: photo.jpg not regenerated")
    if shutil.which("cjpeg"):
        photo_440()
    else:
        print("cjpeg (libjpeg-turbo-progs) not found: photo-440.jpg not regenerated")
    try:
        from PIL import Image  # noqa: PLC0415  (dev-only, optional)
    except ImportError:
        print("Pillow not found: photo.webp not regenerated")
    else:
        Image.open(HERE / "photo.png").save(HERE / "photo.webp", "WEBP", lossless=True, exact=True)
        texture_jpeg(Image)


def texture_jpeg(image_module: Any) -> None:
    """``texture.jpg``: 400x300 of fine detail (1 px lines, a checker, hashed noise over gradients), for
    JPEGs drawn as small thumbnails, where which source pixels the sampler reads shows."""
    pixels = bytearray()
    for y in range(300):
        for x in range(400):
            noise = (x * 7919 + y * 104729 + (x * y) % 97) % 61
            r = (x * 255 // 399 + noise * 2) % 256
            g = 40 if (x // 3 + y // 3) % 2 else 200
            b = 255 if x % 4 == 0 or y % 5 == 0 else (y * 255 // 299)
            pixels += bytes((r, g, b))
    image_module.frombytes("RGB", (400, 300), bytes(pixels)).save(HERE / "texture.jpg", "JPEG", quality=85)


if __name__ == "__main__":
    main()

"""The image variants of the codec differential: every PNG/JPEG/GIF/SVG encoding a user may hand over.

Role: ``variants() -> list[Variant]`` (name, MIME type, file bytes, natural size). Pixels come from
one deterministic picture (gradients, hard edges, a checker and a soft alpha ramp), so decoder maths
(IDCT, chroma upsampling, colour conversion, bit-depth scaling) and metadata handling all show.
PNG and GIF bytes are written by :mod:`.encoders`; JPEG by Pillow (a dev-only tool, imported lazily)
or, for the samplings Pillow cannot write (4:1:1, 4:4:0), by :mod:`.jpegenc`.
"""

from __future__ import annotations

import base64
import io
import math
import struct
import zlib
from dataclasses import dataclass

from conformance.imagegen import encoders, jpegenc


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    mime: str
    data: bytes
    width: int
    height: int

    @property
    def uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


def picture(x: int, y: int, w: int, h: int) -> tuple[int, int, int, int]:
    """RGBA8 of the test picture at (x, y) of a w x h image."""
    u = x / max(w - 1, 1)
    v = y / max(h - 1, 1)
    r = int(255 * u)
    g = int(255 * v)
    b = int(127 + 120 * math.sin(6.0 * (u + v)))
    cx, cy = u - 0.5, v - 0.5
    if cx * cx + cy * cy < 0.06:  # a hard-edged disc
        r, g, b = 250, 240, 30
    if (x // 4 + y // 4) % 2 and v > 0.75:  # a checker band
        r, g, b = 20, 20, 40
    a = 255 if u < 0.5 else int(255 * (1.0 - (u - 0.5) * 1.6))
    return r, g, b, max(0, min(255, a))


def _grid(w: int, h: int) -> list[list[tuple[int, int, int, int]]]:
    return [[picture(x, y, w, h) for x in range(w)] for y in range(h)]


def _grey(p: tuple[int, int, int, int]) -> int:
    return (p[0] * 77 + p[1] * 150 + p[2] * 29) >> 8


def _png_variants() -> list[Variant]:
    out: list[Variant] = []
    w, h = 37, 27
    grid = _grid(w, h)

    def add(name: str, width: int, height: int, data: bytes) -> None:
        out.append(Variant(f"png-{name}", "image/png", data, width, height))

    for depth in (1, 2, 4, 8, 16):
        top = (1 << depth) - 1
        px = [[(_grey(p) * top // 255,) for p in row] for row in grid]
        add(f"grey{depth}", w, h, encoders.png(w, h, 0, depth, px))
        add(f"grey{depth}-adam7", w, h, encoders.png(w, h, 0, depth, px, interlace=True))
    key = [[(_grey(p) if p[3] > 128 else 77,) for p in row] for row in grid]
    add("grey8-trns", w, h, encoders.png(w, h, 0, 8, key, trns=struct.pack(">H", 77)))
    add("grey16-trns", w, h, encoders.png(w, h, 0, 16, [[(s[0] * 257,) for s in row] for row in key],
                                          trns=struct.pack(">H", 77 * 257)))
    for depth in (8, 16):
        k = 257 if depth == 16 else 1
        # 16-bit samples with low bytes that differ from the high byte: does the decoder round or truncate?
        lo = (lambda c: c * 256 + (255 - c)) if depth == 16 else (lambda c: c)
        rgb = [[(lo(p[0]), lo(p[1]), lo(p[2])) for p in row] for row in grid]
        rgba = [[(lo(p[0]), lo(p[1]), lo(p[2]), lo(p[3])) for p in row] for row in grid]
        ga = [[(lo(_grey(p)), lo(p[3])) for p in row] for row in grid]
        add(f"rgb{depth}", w, h, encoders.png(w, h, 2, depth, rgb))
        add(f"rgba{depth}", w, h, encoders.png(w, h, 6, depth, rgba))
        add(f"greyalpha{depth}", w, h, encoders.png(w, h, 4, depth, ga))
        add(f"rgba{depth}-adam7", w, h, encoders.png(w, h, 6, depth, rgba, interlace=True))
        keyed = [[(p[0], p[1], p[2]) if p[3] > 128 else (10, 20, 30) for p in row] for row in grid]
        scaled = [[tuple(c * k for c in s) for s in row] for row in keyed]
        key16 = struct.pack(">HHH", 10 * k, 20 * k, 30 * k)
        add(f"rgb{depth}-trns", w, h, encoders.png(w, h, 2, depth, scaled, trns=key16))
    for depth in (1, 2, 4, 8):
        n = 1 << depth
        pal = [(int(255 * i / (n - 1)), 255 - int(200 * i / (n - 1)), (i * 97) % 256) for i in range(n)]
        px = [[(min(n - 1, (p[0] * n) // 256),) for p in row] for row in grid]
        palette = b"".join(bytes(c) for c in pal)
        add(f"palette{depth}", w, h, encoders.png(w, h, 3, depth, px, palette=palette))
        trns = bytes(int(255 * i / max(n - 1, 1)) for i in range(max(1, n // 2)))  # a short tRNS
        add(f"palette{depth}-trns", w, h, encoders.png(w, h, 3, depth, px, palette=palette, trns=trns))
        add(f"palette{depth}-adam7", w, h, encoders.png(w, h, 3, depth, px, palette=palette, interlace=True))
    rgba8 = [[tuple(p) for p in row] for row in grid]
    add("gama-1.0", w, h, encoders.png(w, h, 6, 8, rgba8, extra=[(b"gAMA", struct.pack(">I", 100000))]))
    add("gama-0.2", w, h, encoders.png(w, h, 6, 8, rgba8, extra=[(b"gAMA", struct.pack(">I", 20000))]))
    add("srgb", w, h, encoders.png(w, h, 6, 8, rgba8, extra=[(b"sRGB", b"\x00"), (b"gAMA", struct.pack(">I", 45455))]))
    add("chrm", w, h, encoders.png(w, h, 6, 8, rgba8, extra=[(b"cHRM", struct.pack(">8I", 31270, 32900, 64000, 33000,
                                                                                     30000, 60000, 15000, 6000))]))
    icc = b"\x00\x00\x01\x00fake" + bytes(250)
    add("iccp", w, h, encoders.png(w, h, 6, 8, rgba8, extra=[(b"iCCP", b"profile\x00\x00" + zlib.compress(icc))]))
    add("text-chunks", w, h, encoders.png(w, h, 6, 8, rgba8, extra=[(b"tEXt", b"Comment\x00hello"),
                                                                      (b"pHYs", struct.pack(">IIB", 5000, 2000, 1))]))
    add("idat-split", w, h, encoders.png(w, h, 6, 8, rgba8, idat_size=7))
    add("idat-split1", w, h, encoders.png(w, h, 2, 8, [[p[:3] for p in row] for row in grid], idat_size=1))
    for ft in range(5):
        add(f"filter{ft}", w, h, encoders.png(w, h, 6, 8, rgba8, filter_type=ft))
    second = [[(0, 0, 255, 255)] * w for _ in range(h)]
    add("apng", w, h, encoders.png(w, h, 6, 8, rgba8, apng_frames=[second]))
    for sw, sh in ((1, 1), (1, 23), (23, 1), (2, 2), (3000, 4), (5, 700)):
        g = _grid(sw, sh)
        add(f"size-{sw}x{sh}", sw, sh, encoders.png(sw, sh, 6, 8, [[tuple(p) for p in row] for row in g],
                                                    filter_type=0 if sw * sh > 4000 else -1))
    return out


def _jpeg_variants() -> list[Variant]:
    from PIL import Image  # noqa: PLC0415  (dev-only tool)

    out: list[Variant] = []
    w, h = 61, 45
    grid = _grid(w, h)
    rgb = Image.new("RGB", (w, h))
    rgb.putdata([p[:3] for row in grid for p in row])

    def save(name: str, image: object, **options: object) -> None:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", **options)  # type: ignore[attr-defined]
        size = image.size  # type: ignore[attr-defined]
        out.append(Variant(f"jpeg-{name}", "image/jpeg", buffer.getvalue(), size[0], size[1]))

    for quality in (5, 25, 50, 75, 90, 100):
        save(f"q{quality}", rgb, quality=quality)
    for sub in ("4:4:4", "4:2:2", "4:2:0"):
        tag = sub.replace(":", "")
        save(f"baseline-{tag}", rgb, quality=85, subsampling=sub)
        save(f"progressive-{tag}", rgb, quality=85, subsampling=sub, progressive=True)
        save(f"optimized-{tag}", rgb, quality=85, subsampling=sub, optimize=True)
    for tag, factors in (("411", (4, 1)), ("440", (1, 2)), ("211-v", (2, 2)), ("241", (2, 4))):
        try:
            data = jpegenc.encode([p[:3] for row in grid for p in row], w, h, factors, quality=85)
        except ValueError:
            continue
        out.append(Variant(f"jpeg-baseline-{tag}", "image/jpeg", data, w, h))
    grey = rgb.convert("L")
    save("grey", grey, quality=85)
    save("grey-progressive", grey, quality=85, progressive=True)
    cmyk = rgb.convert("CMYK")
    save("cmyk-adobe", cmyk, quality=90)
    save("restart-1block", rgb, quality=85, restart_marker_blocks=1)
    save("restart-1row", rgb, quality=85, restart_marker_rows=1)
    save("restart-progressive", rgb, quality=85, restart_marker_blocks=3, progressive=True)
    for orientation in range(1, 9):
        exif = Image.Exif()
        exif[0x0112] = orientation
        save(f"exif-orientation{orientation}", rgb, quality=85, exif=exif.tobytes())
    for sw, sh in ((1, 1), (8, 8), (17, 9), (33, 31), (7, 50)):
        small = Image.new("RGB", (sw, sh))
        g = _grid(sw, sh)
        small.putdata([p[:3] for row in g for p in row])
        save(f"size-{sw}x{sh}", small, quality=85)
        save(f"size-{sw}x{sh}-444", small, quality=85, subsampling="4:4:4")
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=85)
    base = buffer.getvalue()
    sof = base.find(b"\xff\xc0")
    out.append(Variant("jpeg-arithmetic-sof9", "image/jpeg", base[:sof] + b"\xff\xc9" + base[sof + 2:], w, h))
    out.append(Variant("jpeg-12bit-sof1", "image/jpeg",
                       base[:sof] + b"\xff\xc1" + base[sof + 2:sof + 4] + b"\x0c" + base[sof + 5:], w, h))
    out.append(Variant("jpeg-extended-sof1", "image/jpeg", base[:sof] + b"\xff\xc1" + base[sof + 2:], w, h))
    return out


def _gif_variants() -> list[Variant]:
    out: list[Variant] = []
    w, h = 33, 25
    grid = _grid(w, h)
    pal16 = [(i * 17, 255 - i * 13, (i * 53) % 256) for i in range(16)]
    idx = [min(15, p[0] // 16) for row in grid for p in row]

    def add(name: str, data: bytes, width: int = w, height: int = h) -> None:
        out.append(Variant(f"gif-{name}", "image/gif", data, width, height))

    add("global", encoders.gif(w, h, [{"indices": idx}], pal16))
    add("transparent", encoders.gif(w, h, [{"indices": idx, "transparent": 3}], pal16))
    add("interlaced", encoders.gif(w, h, [{"indices": idx, "interlace": True}], pal16))
    add("local-palette", encoders.gif(w, h, [{"indices": idx, "palette": pal16[::-1]}], pal16))
    add("local-only", encoders.gif(w, h, [{"indices": idx, "palette": pal16}]))
    second = [15 - i for i in idx]
    add("animated", encoders.gif(w, h, [{"indices": idx}, {"indices": second, "palette": pal16[::-1]},
                                        {"indices": idx, "transparent": 0}], pal16))
    pal256 = [(i, (i * 7) % 256, 255 - i) for i in range(256)]
    add("palette256", encoders.gif(w, h, [{"indices": [p[0] for row in grid for p in row]}], pal256))
    add("palette2", encoders.gif(w, h, [{"indices": [1 if p[1] > 128 else 0 for row in grid for p in row]}],
                                 [(255, 0, 0), (0, 0, 255)]))
    add("tiny-1x1", encoders.gif(1, 1, [{"indices": [1]}], [(0, 0, 0), (255, 128, 0)]), 1, 1)
    add("tiny-2x3-transparent", encoders.gif(2, 3, [{"indices": [0, 1, 1, 0, 2, 3], "transparent": 0}],
                                             pal16[:4]), 2, 3)
    return out


_RASTER = None


def _svg_variants() -> list[Variant]:
    out: list[Variant] = []
    body = ('<rect x="2" y="2" width="56" height="36" rx="6" fill="#3a7"/>'
            '<circle cx="40" cy="20" r="12" fill="#e52" fill-opacity="0.8"/>'
            '<path d="M4 36 L30 6 L56 36" stroke="#124" stroke-width="3" fill="none"/>')
    png = encoders.png(4, 3, 2, 8, [[(255 * (x % 2), 120, 255 * (y % 2)) for x in range(4)] for y in range(3)])
    png_uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")

    def add(name: str, text: str, width: int, height: int) -> None:
        out.append(Variant(f"svg-{name}", "image/svg+xml", text.encode("utf-8"), width, height))

    ns = 'xmlns="http://www.w3.org/2000/svg"'
    add("size-and-viewbox", f'<svg {ns} width="60" height="40" viewBox="0 0 60 40">{body}</svg>', 60, 40)
    add("viewbox-only", f'<svg {ns} viewBox="0 0 60 40">{body}</svg>', 60, 40)
    add("size-only", f'<svg {ns} width="60" height="40">{body}</svg>', 60, 40)
    add("neither", f'<svg {ns}>{body}</svg>', 60, 40)
    add("size-differs-viewbox", f'<svg {ns} width="90" height="40" viewBox="0 0 60 40">{body}</svg>', 90, 40)
    add("par-none", f'<svg {ns} width="90" height="40" viewBox="0 0 60 40" preserveAspectRatio="none">{body}</svg>',
        90, 40)
    add("par-slice", f'<svg {ns} width="90" height="40" viewBox="0 0 60 40" '
        f'preserveAspectRatio="xMinYMin slice">{body}</svg>', 90, 40)
    add("par-xmax", f'<svg {ns} width="90" height="40" viewBox="0 0 60 40" '
        f'preserveAspectRatio="xMaxYMax meet">{body}</svg>', 90, 40)
    add("units-px-em", f'<svg {ns} width="60px" height="2.5em" viewBox="0 0 60 40">{body}</svg>', 60, 40)
    add("percent-size", f'<svg {ns} width="100%" height="100%" viewBox="0 0 60 40">{body}</svg>', 60, 40)
    add("raster-image", f'<svg {ns} xmlns:xlink="http://www.w3.org/1999/xlink" width="60" height="40" '
        f'viewBox="0 0 60 40"><image href="{png_uri}" x="5" y="5" width="50" height="30"/>'
        f'<circle cx="30" cy="20" r="8" fill="#fff"/></svg>', 60, 40)
    add("raster-image-xlink", f'<svg {ns} xmlns:xlink="http://www.w3.org/1999/xlink" width="60" height="40">'
        f'<image xlink:href="{png_uri}" width="60" height="40" preserveAspectRatio="none" '
        f'style="image-rendering:pixelated"/></svg>', 60, 40)
    add("xml-decl", f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n'
        f'<svg {ns} width="60" height="40">{body}</svg>', 60, 40)
    return out


def variants() -> list[Variant]:
    return _png_variants() + _jpeg_variants() + _gif_variants() + _svg_variants()

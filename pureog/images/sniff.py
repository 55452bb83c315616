"""Recognise an image format from its first bytes and read its natural size from the header only.

Input: raw image bytes. Output: :class:`ImageInfo` (format, natural width and height in px).
Mirrors Satori's ``detectContentType`` and header parsers (handler/image.ts): PNG/APNG, JPEG, GIF,
WebP, AVIF by magic number; SVG by its text (``<?xml`` or an ``<svg`` tag near the start, and Satori's
size rule: width/height attributes of the root tag, with the viewBox's aspect ratio for a missing side).
Nothing is decoded here; headers are read by index (a hostile file may hold millions of JPEG markers
or WebP chunks before its size: walked at C speed or a few steps each). Imports only
:mod:`pureog.binary`, :mod:`pureog.errors` and :mod:`pureog.jsnum`; must not import style, layout, text, paint.
"""

from __future__ import annotations

import math
import re
import struct
from enum import StrEnum

from pureog.binary import Reader
from pureog.errors import ImageError
from pureog.jsnum import js_number
from pureog.records import record


class ImageFormat(StrEnum):
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    WEBP = "webp"
    AVIF = "avif"
    SVG = "svg"


MIME_TYPES = {
    "image/png": ImageFormat.PNG,
    "image/apng": ImageFormat.PNG,
    "image/jpeg": ImageFormat.JPEG,
    "image/jpg": ImageFormat.JPEG,
    "image/gif": ImageFormat.GIF,
    "image/webp": ImageFormat.WEBP,
    "image/avif": ImageFormat.AVIF,
    "image/svg+xml": ImageFormat.SVG,
}


@record
class ImageInfo:
    format: ImageFormat
    width: float
    height: float


_SVG_TAG = re.compile(rb"<svg[^>]*>", re.IGNORECASE)
_VIEWBOX = re.compile(rb"viewBox=['\"]([^'\"]+)['\"]")
# Satori's own patterns: a plain number, no unit (so "100%" or "1em" do not count as a size).
_WIDTH = re.compile(rb"width=['\"]((?:\d*\.)?\d+)['\"]")
_HEIGHT = re.compile(rb"height=['\"]((?:\d*\.)?\d+)['\"]")


def sniff_format(data: bytes) -> ImageFormat | None:
    """The image format of ``data`` by magic number, or None."""
    if data[:3] == b"\xff\xd8\xff":
        return ImageFormat.JPEG
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return ImageFormat.PNG
    if data[:4] == b"GIF8":
        return ImageFormat.GIF
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ImageFormat.WEBP
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return ImageFormat.AVIF
    head = data[:1024].lstrip()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in data[:4096]:
        return ImageFormat.SVG
    return None


def satori_view_box(text: str | bytes | None) -> tuple[float, ...] | None:
    """Satori's ``parseViewBox``: the text split at each space or comma (tabs and newlines stay inside a
    piece), empty pieces dropped, each piece read by JavaScript's ``Number()`` (NaN when unreadable:
    ``24px``); None when absent or empty. Satori sizes an SVG from it; resvg reads the same text with
    svgtypes' grammar (:func:`pureog.images.svg.units.view_box`), so the two can disagree."""
    if not text:
        return None
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    return tuple(js_number(piece) for piece in re.split(r"[, ]", str(text)) if piece)


def view_box_size(view_box: tuple[float, ...]) -> tuple[float, float]:
    """A Satori viewBox's width and height, ``viewBox[2]`` and ``viewBox[3]`` (NaN where the list is
    shorter: JavaScript's ``undefined`` in arithmetic)."""
    return (view_box[2] if len(view_box) > 2 else math.nan, view_box[3] if len(view_box) > 3 else math.nan)


def svg_size(data: bytes, where: str = "SVG image") -> tuple[float, float]:
    """Satori's ``parseSvgImageSize``: the root tag's width/height, completed by the viewBox ratio."""
    tag = _SVG_TAG.search(data)
    if tag is None:
        raise ImageError(f"cannot parse {where}: no <svg> tag")
    text = tag.group(0)
    vb_match = _VIEWBOX.search(text)
    view_box = satori_view_box(vb_match.group(1)) if vb_match else None
    w_match = _WIDTH.search(text)
    h_match = _HEIGHT.search(text)
    if view_box is None and (w_match is None or h_match is None):
        raise ImageError(f"cannot size {where}: it has no viewBox and no width and height")
    if w_match and h_match:
        return _finite_size(float(w_match.group(1)), float(h_match.group(1)), where)
    assert view_box is not None
    vw, vh = view_box_size(view_box)
    if math.isnan(vw) or math.isnan(vh):
        # a viewBox Number() cannot read (``0 0 24 24px``): Satori's ratio is NaN, so the side it
        # completes is NaN (Yoga: auto) and an unsized <img> gets no aspect ratio; resvg still draws the
        # picture, reading the viewBox its own way
        if w_match:
            return (_finite_size(float(w_match.group(1)), 1.0, where)[0], math.nan)
        if h_match:
            return (math.nan, _finite_size(1.0, float(h_match.group(1)), where)[1])
        return (vw, vh)
    if not (0 < vw < math.inf and 0 < vh < math.inf):
        raise ImageError(f"cannot size {where}: its viewBox has no area")
    ratio = vw / vh
    if w_match:
        w = float(w_match.group(1))
        return _finite_size(w, w / ratio, where)
    if h_match:
        h = float(h_match.group(1))
        return _finite_size(h * ratio, h, where)
    return _finite_size(vw, vh, where)


def svg_zero_size(data: bytes) -> bool:
    """Whether an SVG's root tag gives ``width`` and ``height`` of 0 (Satori's size then, which the
    size checks here refuse; :mod:`pureog.images.source` lays it out as Next does and draws nothing)."""
    tag = _SVG_TAG.search(data)
    if tag is None:
        return False
    w_match, h_match = _WIDTH.search(tag.group(0)), _HEIGHT.search(tag.group(0))
    return bool(w_match and h_match and float(w_match.group(1)) == 0.0 == float(h_match.group(1)))


def _finite_size(width: float, height: float, where: str) -> tuple[float, float]:
    """A size numbers past float range or ratios could make infinite or zero is refused (hostile
    input: sizes far below a pixel or far past any canvas make layout divide by zero or overflow)."""
    if not (1e-6 <= width <= 1e9 and 1e-6 <= height <= 1e9):
        raise ImageError(f"cannot size {where}: its size {width:g}x{height:g} is not usable")
    return (width, height)


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageError("invalid PNG: no IHDR header")
    reader = Reader(data, what="PNG", start=16)
    return (reader.u32be("header"), reader.u32be("header"))


def _gif_size(data: bytes) -> tuple[int, int]:
    reader = Reader(data, what="GIF", start=6)
    return (reader.u16le("header"), reader.u16le("header"))


_SATORI_FRAMES = (0xC0, 0xC1, 0xC2)
"""The frame headers Satori's ``parseJPEG`` reads a size from: baseline, extended, progressive."""


# A run of fill bytes and standalone markers (TEM, RST0-7) up to the last 0xFF before a marker byte, matched
# at C speed: a file may hold 64 MB of them, which a step a byte in Python walked for ~20 s.
# Possessive: the run is the longest prefix of that form, and the backtracking form kept a state a pair.
_MARKER_RUN = re.compile(rb"\xff(?:\xff+|[\x01\xd0-\xd7]\xff)*+")


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """The size in the first SOF marker. A first frame of another kind (lossless SOF3, hierarchical
    SOF5-7, arithmetic-coded SOF9-15) is refused: Satori's ``parseJPEG`` walks past it into the scan
    data and throws "Invalid JPEG", which fails the whole render in Next.js (sized or not, ``<img>`` or
    ``url()``); resvg could not decode such a file anyway. Walked by index, runs of fill bytes and
    standalone markers by :data:`_MARKER_RUN` (each step of Satori's walk needs 4 bytes left)."""
    pos, end = 2, len(data)
    while end - pos >= 4:
        if data[pos] != 0xFF:
            raise ImageError("invalid JPEG: bad marker")
        marker = data[pos + 1]
        if marker == 0xFF or marker == 0x01 or 0xD0 <= marker <= 0xD7:
            run = _MARKER_RUN.match(data, pos)
            assert run is not None  # data[pos] is 0xFF
            pos = run.end() - 1
            if end - pos < 4:
                break
            marker = data[pos + 1]
            if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # followed by a byte that is not 0xFF
                pos += 2
                continue
        length = data[pos + 2] << 8 | data[pos + 3]
        if length < 2:
            raise ImageError("invalid JPEG: bad segment length")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if marker not in _SATORI_FRAMES:
                kind = "lossless" if marker == 0xC3 else "arithmetic-coded" if marker >= 0xC9 else "hierarchical"
                raise ImageError(f"Invalid JPEG: a {kind} frame (SOF{marker - 0xC0}), which Next.js cannot size "
                                 "(Satori reads baseline, extended and progressive frames only) and so refuses")
            if end - pos < 9:
                break
            return (data[pos + 7] << 8 | data[pos + 8], data[pos + 5] << 8 | data[pos + 6])
        pos += 2 + length
    raise ImageError("invalid JPEG: no frame header")


def _webp_size(data: bytes) -> tuple[int, int]:
    """The size in the first VP8, VP8L or VP8X chunk, the chunks before it walked by index (a chunk is 8
    bytes: a 64 MB file holds 8 million) and only an image chunk's first 10 bytes read."""
    end = min(len(data), Reader(data, what="WebP", start=4).u32le("header") + 8)
    pos = 12
    while end - pos >= 8:
        kind = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        pos += 8
        if kind in _WEBP_IMAGE_CHUNKS:
            body = data[pos : pos + min(size, 10)]
            if kind == b"VP8 " and len(body) >= 10:
                w, h = struct.unpack("<HH", body[6:10])
                return (w & 0x3FFF, h & 0x3FFF)
            if kind == b"VP8L" and len(body) >= 5:
                bits = struct.unpack("<I", body[1:5])[0]
                return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
            if kind == b"VP8X" and len(body) >= 10:
                w = body[4] | body[5] << 8 | body[6] << 16
                h = body[7] | body[8] << 8 | body[9] << 16
                return (w + 1, h + 1)
        pos += size + (size & 1)
    raise ImageError("invalid WebP: no image chunk")


_WEBP_IMAGE_CHUNKS = frozenset({b"VP8 ", b"VP8L", b"VP8X"})


def sniff(data: bytes, declared: ImageFormat | None = None, where: str = "image") -> ImageInfo:
    """Format and natural size of ``data``; ``declared`` (a data URI's type) is used only for SVG text,
    which has no magic number."""
    fmt = sniff_format(data)
    if fmt is None and declared == ImageFormat.SVG:
        fmt = ImageFormat.SVG
    if fmt is None:
        raise ImageError(f"unsupported {where}: not a PNG, JPEG, GIF, WebP or SVG file")
    try:
        if fmt == ImageFormat.PNG:
            w, h = _png_size(data)
        elif fmt == ImageFormat.JPEG:
            w, h = _jpeg_size(data)
        elif fmt == ImageFormat.GIF:
            w, h = _gif_size(data)
        elif fmt == ImageFormat.WEBP:
            w, h = _webp_size(data)
        elif fmt == ImageFormat.SVG:
            fw, fh = svg_size(data, where)
            return ImageInfo(fmt, fw, fh)
        else:
            raise ImageError(f"AVIF images are not supported yet ({where})")
    except struct.error:
        raise ImageError(f"invalid {fmt.value.upper()} {where}: truncated header") from None
    if w <= 0 or h <= 0:
        raise ImageError(f"invalid {fmt.value.upper()} {where}: size {w}x{h}")
    return ImageInfo(fmt, float(w), float(h))

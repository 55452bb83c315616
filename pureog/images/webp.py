"""WebP decoder: RIFF/WebP bytes -> premultiplied RGBA8 :class:`pureog.display.Image`, as libwebp.

The container (RFC 9649): a simple file holds one ``VP8 `` (lossy, :mod:`.webp_lossy`) or ``VP8L``
(lossless, :mod:`.webp_lossless`) chunk; an extended file starts with ``VP8X`` (canvas size, feature
flags) and may add an ``ALPH`` chunk (the alpha of a lossy image, :mod:`.webp_alpha`), metadata chunks
(ignored, as are colour profiles) or an animation, of which the first frame is shown: the first
``ANMF`` chunk's image placed at its offset on a transparent canvas of the canvas size (blending and
disposal only matter from the second frame on).

Results are those of libwebp's demuxer and animation decoder, which Pillow and Chromium use: lossless
and alpha exactly, lossy with libwebp's loop filter and fancy chroma upsampling. The chunks are walked
as the demuxer walks them, in order and only as far as the first frame: a frame's sub-chunks are
``ALPH`` then the image, the image data runs to the end of its padded chunk, and a file that does not
declare alpha is shown opaque (a lossy image's ``ALPH`` is then ignored). Later frames and trailing
chunks are not read, so damage there does not matter, as it would to libwebp's full validation.
:func:`decode_webp_rgba` gives straight (not premultiplied) pixels; :func:`webp_size` reads the size
from the headers only.
Untrusted input: chunk sizes are checked against the RIFF size and the data, the canvas and the frame
are size-checked (:func:`pureog.binary.check_size`) before anything is decoded, and every malformed
file is an :class:`ImageError`. The chunks walked before the frame (skipped by index when the layout does
not read them) are charged to the render's decoding work (:mod:`.budget`): a chunk is 8 bytes.
Imports the ``webp_*`` modules, :mod:`.png` (premultiplication), :mod:`pureog.display`,
:mod:`pureog.binary` and :mod:`pureog.errors`.
"""

from __future__ import annotations

import struct

from pureog.binary import Reader, check_size
from pureog.display import Image
from pureog.errors import ImageError
from pureog.images.budget import (
    WEBP_CHUNK,
    WEBP_LOSSLESS_PIXEL,
    WEBP_LOSSY_BYTE,
    WEBP_LOSSY_PIXEL,
    charge_decode,
)
from pureog.images.png import premultiply_rgba
from pureog.images.webp_alpha import decode_alpha
from pureog.images.webp_lossless import argb_to_rgba, decode_vp8l, vp8l_size
from pureog.images.webp_lossy import decode_vp8, vp8_size
from pureog.records import record

_ANIMATION_FLAG = 0x02
_ALPHA_FLAG = 0x10
_IMAGE_TAGS = (b"VP8 ", b"VP8L")
# The chunks the extended layout reads; any other is skipped by index.
_FRAME_TAGS = frozenset({b"ANMF", b"ALPH", *_IMAGE_TAGS})
# Chunks walked between charges to the decoding budget, and what an animation frame without an image
# costs more than a skipped chunk (its record and the demuxer's read into it: ~4 us against ~0.3).
_CHARGE_EVERY = 1 << 16
_FRAME_CHUNKS = 12
_CHUNK_HEAD = struct.Struct("<4sI")


def _fail(message: str) -> ImageError:
    return ImageError(f"invalid WebP: {message}")


@record
class _Chunk:
    tag: bytes
    start: int
    """Offset of the payload in the file."""
    size: int
    end: int
    """Where the next chunk starts (the payload padded to an even size, within the RIFF data)."""

    def padded(self, data: bytes) -> bytes:
        """The payload with its padding byte, which libwebp lets an image's decoder read."""
        return data[self.start : self.end]


@record
class _Frame:
    """What to decode: the image chunk, the alpha chunk to use, and where it goes on the canvas."""

    image: _Chunk
    alpha: _Chunk | None
    x: int
    y: int
    opaque: bool
    """The file does not declare transparency: libwebp's callers show the pixels opaque, whatever
    alpha the image data holds."""


def _chunk_at(reader: Reader) -> _Chunk:
    start = reader.pos
    tag = reader.take(4, "chunk header")
    size = reader.u32le("chunk header")
    reader.skip(size, "chunk")
    reader.pos = min(reader.end, reader.pos + (size & 1))
    return _Chunk(tag, start + 8, size, reader.pos)


def _riff(data: bytes) -> Reader:
    """A reader over the chunks after the RIFF header, up to the RIFF size (bytes after it are ignored,
    as libwebp ignores them)."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ImageError("not a WebP file")
    riff_size = int.from_bytes(data[4:8], "little")
    if riff_size < 12:
        raise _fail("bad RIFF size")
    if riff_size > len(data) - 8:
        raise _fail("the file is truncated")
    return Reader(data, what="WebP", start=12, end=8 + riff_size)


def _image_size(data: bytes, chunk: _Chunk) -> tuple[int, int]:
    payload = data[chunk.start : chunk.start + min(chunk.size, 10)]
    return vp8_size(payload) if chunk.tag == b"VP8 " else vp8l_size(payload)


def _lossless_alpha_bit(data: bytes, chunk: _Chunk) -> bool:
    """The "alpha is used" bit of a VP8L header (after the signature byte and two 14-bit sizes)."""
    return chunk.size >= 5 and bool(data[chunk.start + 4] & 0x10)


def _frame_image(reader: Reader) -> tuple[_Chunk | None, _Chunk | None]:
    """A frame's image chunk and the ``ALPH`` chunk before it, read from the cursor as the demuxer
    reads them: any other chunk ends the frame (the cursor is then left before it)."""
    alpha = None
    while reader.remaining >= 8:
        mark = reader.pos
        chunk = _chunk_at(reader)
        if chunk.tag == b"ALPH" and alpha is None:
            alpha = chunk
        elif chunk.tag in _IMAGE_TAGS:
            if chunk.tag == b"VP8L" and alpha is not None:
                raise _fail("an alpha chunk before a lossless image")
            return chunk, alpha
        else:
            reader.pos = mark
            break
    return None, alpha


def _layout(data: bytes) -> tuple[int, int, _Frame]:
    """Canvas size (checked against the pixel limit) and the frame to decode, from the chunks only."""
    reader = _riff(data)
    first = _chunk_at(reader)
    if first.tag in _IMAGE_TAGS:
        width, height = _image_size(data, first)
        check_size(width, height, what="WebP")
        opaque = first.tag == b"VP8 " or not _lossless_alpha_bit(data, first)
        return width, height, _Frame(first, None, 0, 0, opaque)
    if first.tag != b"VP8X" or first.size != 10:
        raise _fail("no image chunk")
    flags = data[first.start]
    width = 1 + int.from_bytes(data[first.start + 4 : first.start + 7], "little")
    height = 1 + int.from_bytes(data[first.start + 7 : first.start + 10], "little")
    check_size(width, height, what="WebP")  # the canvas, before anything is allocated
    declared_alpha = bool(flags & _ALPHA_FLAG)
    walked = 0  # chunks walked since the last charge (a chunk is 8 bytes: 8 million in a 64 MB file)
    while reader.remaining >= 8:
        mark = reader.pos
        if data[mark : mark + 4] not in _FRAME_TAGS:  # a run of them skipped by index: no chunk record
            pos, end, head = mark, reader.end, _CHUNK_HEAD.unpack_from
            while end - pos >= 8:
                tag, size = head(data, pos)
                if tag in _FRAME_TAGS:
                    break
                after = pos + 8 + size
                if after > end:
                    reader.pos = pos
                    reader.fail("chunk is truncated")
                pos = after + (size & 1)
                walked += 1
                if walked > _CHARGE_EVERY:
                    charge_decode(walked * WEBP_CHUNK)
                    walked = 0
            reader.pos = min(pos, end)  # a pad byte past the end is not there
            continue
        chunk = _chunk_at(reader)
        walked += 1
        if walked > _CHARGE_EVERY:
            charge_decode(walked * WEBP_CHUNK)
            walked = 0
        if flags & _ANIMATION_FLAG and chunk.tag == b"ANMF":
            walked += _FRAME_CHUNKS  # a frame without an image costs a few chunks' walk
            if chunk.size < 16:
                raise _fail("short animation frame")
            x = 2 * int.from_bytes(data[chunk.start : chunk.start + 3], "little")
            y = 2 * int.from_bytes(data[chunk.start + 3 : chunk.start + 6], "little")
            reader.pos = chunk.start + 16
            image, alpha = _frame_image(reader)
            if image is not None:
                if image.end > chunk.start + chunk.size + (chunk.size & 1):
                    raise _fail("an animation frame overflows its chunk")
                charge_decode(walked * WEBP_CHUNK)
                return width, height, _Frame(image, alpha, x, y, not declared_alpha)
            if alpha is not None:
                raise _fail("an animation frame with alpha but no image")
            # A frame without an image is dropped; the demuxer reads on from inside it.
        elif not flags & _ANIMATION_FLAG and chunk.tag in (b"ALPH", *_IMAGE_TAGS):
            reader.pos = mark
            image, alpha = _frame_image(reader)
            if image is None:
                break
            if _image_size(data, image) != (width, height):
                raise _fail("image size differs from the canvas size")
            charge_decode(walked * WEBP_CHUNK)
            if image.tag == b"VP8L":  # its own header bit replaces the flag (WebPGetFeatures)
                return width, height, _Frame(image, None, 0, 0, not _lossless_alpha_bit(data, image))
            # Without the alpha flag, the demuxer drops a lossy image's alpha chunk.
            return width, height, _Frame(image, alpha if declared_alpha else None, 0, 0, not declared_alpha)
    charge_decode(walked * WEBP_CHUNK)
    raise _fail("no image chunk")


def webp_size(data: bytes) -> tuple[int, int]:
    """The natural size (the canvas of an extended or animated file) from the headers, without decoding."""
    width, height, _ = _layout(data)
    return width, height


def _decode_frame(data: bytes, frame: _Frame) -> tuple[int, int, bytes]:
    payload = frame.image.padded(data)
    if frame.image.tag == b"VP8L":
        width, height, argb = decode_vp8l(payload)
        return width, height, argb_to_rgba(argb)
    width, height = vp8_size(payload)
    check_size(width, height, what="WebP")  # before the alpha plane is allocated
    alpha = None
    if frame.alpha is not None and not frame.opaque:
        # libwebp reads an alpha chunk to its declared size, the image to the end of its padding.
        alpha = decode_alpha(data[frame.alpha.start : frame.alpha.start + frame.alpha.size], width, height)
    return decode_vp8(payload, alpha)


def decode_webp_rgba(data: bytes) -> tuple[int, int, bytes]:
    """Decode a WebP file (the first frame of an animation) to (width, height, straight RGBA8)."""
    width, height, frame = _layout(data)
    frame_width, frame_height = _image_size(data, frame.image)
    if frame.x + frame_width > width or frame.y + frame_height > height:
        raise _fail("the frame does not fit on the canvas")
    if frame.image.tag == b"VP8L":  # the render's decoding work (images/budget.py), before decoding
        charge_decode(frame_width * frame_height * WEBP_LOSSLESS_PIXEL)
    else:
        charge_decode(frame_width * frame_height * WEBP_LOSSY_PIXEL + frame.image.size * WEBP_LOSSY_BYTE)
    frame_width, frame_height, rgba = _decode_frame(data, frame)
    if (frame.x, frame.y, frame_width, frame_height) != (0, 0, width, height):
        canvas = bytearray(4 * width * height)  # transparent black around the frame
        row_bytes = 4 * frame_width
        for row in range(frame_height):
            at = 4 * ((frame.y + row) * width + frame.x)
            canvas[at : at + row_bytes] = rgba[row * row_bytes : (row + 1) * row_bytes]
        rgba = bytes(canvas)
    if frame.opaque:
        opaque = bytearray(rgba)
        opaque[3::4] = b"\xff" * (width * height)
        rgba = bytes(opaque)
    return width, height, rgba


def decode_webp(data: bytes) -> Image:
    """Decode a WebP file (the first frame of an animation) to premultiplied RGBA8."""
    width, height, rgba = decode_webp_rgba(data)
    return Image(width, height, premultiply_rgba(rgba))

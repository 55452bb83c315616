"""The decoding budgets of one render: many images under the per-image limit cannot add up to gigabytes
of pixels, nor to minutes of decoding.

:func:`decode_budget` (the pipeline opens one around painting) starts an account; :func:`charge` records
an image's decoded size, from its header *before* it is decoded, once per distinct image and scale, and
raises :class:`~pureog.errors.ImageError` past ``MAX_DECODED_BYTES``. Outside a budget nothing is
charged (the per-image limit of :mod:`pureog.binary` still holds).

Decoding work: the decoders are Python, and their time grows with pixels at a rate that depends on the
format and on the file (a JPEG's entropy-coded bytes and scans, a PNG's row filters), so pixels alone do
not bound it: the 128 MiB of pixels a render may decode took up to some 50 s (two 12 Mpx JPEGs of noise).
:func:`charge_decode` counts work units of about a nanosecond of this machine's decoding each (the
weights below, measured per format on photos and on noise; hostile files cost at most what they are
charged, most far less) against :data:`MAX_DECODE_WORK`, and raises :class:`~pureog.errors.LimitError`
past it; :mod:`.decode` charges each image's share known from its header before decoding it, and the
decoders charge the rest (PNG row filters, JPEG scans) as they go. A context variable, so renders in
other threads keep their own account. Kept apart from :mod:`.decode` so that importing the pipeline
does not import the decoders' dependencies. Imports only :mod:`pureog.errors` and :mod:`pureog.limits`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pureog.errors import ImageError, LimitError
from pureog.limits import spend

MAX_DECODED_BYTES = 128 << 20
"""RGBA bytes of distinct decoded images one render may use: two images of the largest size (16 MP)."""

MAX_DECODE_WORK = 8_000_000_000
"""Work units (about a nanosecond of decoding each: the weights below) of the images one render decodes.
A JPEG photo of up to ~5 Mpx (a real one at quality 90-95, 4:2:0: ~1.6 billion a megapixel) fits, and
any real PNG photo up to the pixel limit (16 Mpx RGB: ~2.2 billion); the conformance suite's images need
a few million to 220 million (its busiest real card). A 12 Mpx phone original (18-20 billion, ~16 s of
CPU) does not: at 24 billion, files built to cost the most per unit (a 12 Mpx JPEG of noise at quality
100: 33 billion, 24 s) ran ~24 s before the budget stopped them; now some 6 s."""

PNG_PIXEL = 60
"""A PNG pixel turned into premultiplied RGBA (slices and tables: 40-60 ns)."""
PNG_CHUNK = 800
"""A PNG chunk walked up to IEND, its CRC checked (~0.8 us for a small one at load 16; a large one's CRC
runs at C speed). A chunk is 12 bytes: 64 MB of them took 6.8 s uncharged, and each image of a render again."""
PNG_ROW_BYTE = 6
"""A byte of a row undone with None, Sub or Up (C-level row primitives)."""
PNG_WAVE_BYTE = 26
"""A byte of a band undone along anti-diagonals (:mod:`.png_wavefront`; Average and Paeth rows)."""
PNG_SLOW_BYTE = 180
"""A byte of an Average or Paeth row undone one byte at a time (rows too few for the wavefront)."""
JPEG_PIXEL = 1_200
"""A JPEG pixel: its blocks' IDCT, chroma upsampling and colour conversion (1.0-1.3 us for photos)."""
JPEG_BYTE = 800
"""A byte of the file, read as entropy-coded coefficients (a photo at quality 95-100: 0.8-1 us a byte)."""
JPEG_BLOCK_VISIT = 2_500
"""A block decoded by one scan (a progressive file's scans visit each block 6-10 times; a scan repeated
visits them again with few coefficients: ~2.4 us each)."""
WEBP_LOSSY_PIXEL = 1_500
"""A pixel of a lossy WebP (VP8: prediction, transforms, loop filter, YUV to RGB)."""
WEBP_LOSSY_BYTE = 2_500
"""A byte of a lossy WebP's VP8 data (noise at quality 100: 3.9 us a pixel, a photo 2 us)."""
WEBP_LOSSLESS_PIXEL = 2_200
"""A pixel of a lossless WebP (VP8L: prefix codes, transforms; a photo 2.1 us a pixel, noise 1 us)."""
WEBP_CHUNK = 400
"""A chunk of an extended WebP walked before its frame (skipped by index: ~0.4 us at load 16-20; an animation
frame without an image counts 13). A chunk is 8 bytes: 8 million in a 64 MB file took 15 s uncharged."""
GIF_PIXEL = 500
"""A pixel of a GIF's first frame (LZW codes and the palette: 0.2-0.5 us), charged from the frame's own
size, which the logical screen in the header does not bound."""
GIF_BLOCK = 100
"""A data sub-block or extension of a GIF walked up to its first frame (40-170 ns: a sub-block may hold one
byte, and a 64 MB file of them took 12 s and 1.9 GB as a list of bytes objects)."""

_WORK: ContextVar[list[float] | None] = ContextVar("pureog_decode_work", default=None)
_SPENT: ContextVar[dict[object, int] | None] = ContextVar("pureog_decode_budget", default=None)


@contextmanager
def decode_budget() -> Iterator[None]:
    """Within the block, decoded images are charged against ``MAX_DECODED_BYTES``."""
    token = _SPENT.set({})
    work = _WORK.set([0])
    try:
        yield
    finally:
        _WORK.reset(work)
        _SPENT.reset(token)


def charge(key: object, width: int, height: int) -> None:
    """Record that the image ``key`` decodes to ``width`` x ``height`` RGBA pixels in this render (the
    larger size when charged again: a GIF's header gives its screen, its decoded frame may be larger)."""
    spent = _SPENT.get()
    size = width * height * 4
    if spent is None or spent.get(key, -1) >= size:
        return
    spent[key] = size
    total = sum(spent.values())
    if total > MAX_DECODED_BYTES:
        raise ImageError(f"the images of this render would decode to {total:,} bytes, more than the limit "
                         f"of {MAX_DECODED_BYTES:,}")



def first_use(key: object) -> bool:
    """Whether this render has not yet charged the image ``key`` (outside a render: always)."""
    spent = _SPENT.get()
    return spent is None or key not in spent


def decode_spent() -> float | None:
    """The decoding work charged in this render so far (None outside one)."""
    work = _WORK.get()
    return None if work is None else work[0]


def charge_decode(units: int) -> None:
    """Record ``units`` more decoding work in this render; :class:`LimitError` past :data:`MAX_DECODE_WORK`
    (without a path: :func:`pureog.images.decode.drawable_raster` names the element)."""
    if spend(_WORK, 0, units, MAX_DECODE_WORK):
        raise LimitError(f"decoding the images of this render takes more than {MAX_DECODE_WORK:,} units of work "
                         "(about a nanosecond each: images of tens of megapixels; spec/limits.md)")

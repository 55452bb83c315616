"""The decoded-pixel budget of one render: many images under the per-image limit cannot add up to
gigabytes.

:func:`decode_budget` (the pipeline opens one around painting) starts an account; :func:`charge` records
an image's decoded size, from its header *before* it is decoded, once per distinct image and scale, and
raises :class:`~pureog.errors.ImageError` past ``MAX_DECODED_BYTES``. Outside a budget nothing is
charged (the per-image limit of :mod:`pureog.binary` still holds). A context variable, so renders in
other threads keep their own account. Kept apart from :mod:`.decode` so that importing the pipeline
does not import the decoders' dependencies. Imports only :mod:`pureog.errors`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pureog.errors import ImageError

MAX_DECODED_BYTES = 128 << 20
"""RGBA bytes of distinct decoded images one render may use: two images of the largest size (16 MP)."""

_SPENT: ContextVar[dict[object, int] | None] = ContextVar("pureog_decode_budget", default=None)


@contextmanager
def decode_budget() -> Iterator[None]:
    """Within the block, decoded images are charged against ``MAX_DECODED_BYTES``."""
    token = _SPENT.set({})
    try:
        yield
    finally:
        _SPENT.reset(token)


def charge(key: object, width: int, height: int) -> None:
    """Record that the image ``key`` decodes to ``width`` x ``height`` RGBA pixels in this render."""
    spent = _SPENT.get()
    if spent is None or key in spent:
        return
    spent[key] = width * height * 4
    total = sum(spent.values())
    if total > MAX_DECODED_BYTES:
        raise ImageError(f"the images of this render would decode to {total:,} bytes, more than the limit "
                         f"of {MAX_DECODED_BYTES:,}")

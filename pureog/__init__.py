"""pureog: Open Graph images from element trees, in pure Python.

Public API: :func:`render_png`, :func:`render` (PNG, JPEG, WebP or SVG), :func:`render_svg`,
:func:`layout_boxes`, :func:`load`, :func:`load_file`, :class:`Font`, :class:`ImageResponse` (serving
images from web frameworks), the errors and :class:`RenderWarning`; :func:`clear_caches` and
:func:`set_cache_budget` (the memory pureog keeps between renders, :mod:`pureog.caches`).
Everything else is internal. Heavy modules load lazily, so ``import pureog`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.api import Font, LayoutBox, layout_boxes, load, load_file, render, render_png, render_svg
from pureog.caches import clear as clear_caches
from pureog.caches import set_budget as set_cache_budget
from pureog.errors import (
    DocumentError,
    FontError,
    ImageError,
    LimitError,
    PureogError,
    RenderWarning,
    StyleError,
)

if TYPE_CHECKING:
    from pureog.web import ImageResponse

__all__ = [
    "DocumentError",
    "Font",
    "FontError",
    "ImageError",
    "ImageResponse",
    "LayoutBox",
    "LimitError",
    "PureogError",
    "RenderWarning",
    "StyleError",
    "clear_caches",
    "layout_boxes",
    "load",
    "load_file",
    "render",
    "render_png",
    "render_svg",
    "set_cache_budget",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """:class:`ImageResponse` (pureog.web, for web frameworks) loads on first use: a render or a
    one-shot ``pureog render`` does not need it."""
    if name == "ImageResponse":
        from pureog.web import ImageResponse  # noqa: PLC0415

        return ImageResponse
    raise AttributeError(f"module 'pureog' has no attribute {name!r}")

"""RenderOptions: everything one render needs besides the element tree, frozen and explicit.

Built by the public API from keyword arguments and the document's own keys (keywords win). Imports only
:mod:`pureog.document.model` and :mod:`pureog.errors`.
"""

from __future__ import annotations

from pureog.document.model import FontSource
from pureog.records import record


@record
class RenderOptions:
    width: int = 1200
    height: int = 630
    fonts: tuple[FontSource, ...] = ()
    """Fonts to use; empty means pureog's bundled default (Geist Regular + Bold), like Next.js."""
    emoji: str = "twemoji"
    grapheme_images: tuple[tuple[str, bytes], ...] = ()
    """Satori's ``graphemeImages``: graphemes always drawn as these SVG images."""
    debug: bool = False
    compress_level: int = 6
    """PNG: zlib's compression level, 0 (stored) to 9 (smallest)."""
    zopfli: bool = False
    """PNG: deflate with the optional ``zopfli`` package (slower, smaller)."""
    palette: str = "auto"
    """PNG: ``auto`` writes indexed colour when it is exact (at most 256 colours), ``never`` does not."""
    image_format: str = "png"
    """The output format: ``png``, ``jpeg``, ``webp`` (lossless) or ``svg``; see :mod:`pureog.raster.encode`."""
    quality: int = 90
    """JPEG quality, 1..100 (libjpeg's scale)."""
    subsampling: str = "4:2:0"
    """JPEG chroma subsampling: ``4:2:0`` or ``4:4:4``."""
    features: str = "satori"
    """``satori`` draws what Next.js draws (its text shaping; scripts it draws wrongly fully shaped);
    ``browser`` also draws what it ignores, as a browser does: HarfBuzz's default features for every
    script (spec/text.md) and the ``Support.BROWSER`` CSS properties (spec/css.md)."""

"""SVG export: a display list -> a standalone SVG document that resvg and browsers draw as pureog does.

Role: the vector twin of :mod:`pureog.raster`: :func:`to_svg` writes the same display list the
rasterizer paints. Modules: ``document.py`` (the writer: the Group tree, clips and masks in effect,
shadows), ``scene.py`` (questions about nodes, mirroring the rasterizer's decisions), ``paints.py``
(fills and paint servers), ``images.py`` (``<image>`` with PNG ``data:`` URIs), ``effects.py``
(``<clipPath>``, ``<mask>``, ``<filter>``), ``paths.py`` (path data), ``numbers.py`` (compact numbers,
transforms, colours), ``defs.py`` (shared definitions and ids), ``simplify.py`` (redundant groups
removed), ``xml.py`` (the element tree and its serialisation). Imports only display, path, geometry,
color, errors and the raster PNG writer: never style, layout, text, document or paint.
"""

from __future__ import annotations

from pureog.svg_export.document import to_svg

__all__ = ["to_svg"]

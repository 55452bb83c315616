"""The render's canvas, made already filled when the display list first paints all of it one opaque colour.

Role: :func:`pureog.raster.render.render` draws onto a canvas-sized transparent pixmap. Most cards
start with a background colour over the whole canvas (the root element's ``backgroundColor``: Satori's
first shape is a canvas-sized rectangle filled with it), which costs a zeroed buffer (3 MB at
1200x630) and then a copied row per row over it: 0.2-0.4 ms a card, a tenth of a docs card's warm
render. :func:`opaque_first_fill` finds that rectangle when it is the very first thing drawn, under
groups that change nothing (no transform, clip, mask, opacity, filter, blend or layer), and
:func:`canvas` makes the pixmap with its colour in it (one repeat of four bytes). The renderer then
skips that fill. The pixels are the same: the rectangle's edges are the canvas's own, so its coverage
is full everywhere, and an opaque colour at full coverage over clear pixels is that colour
(:func:`pureog.raster.blend.fill_solid` writes its full rows as the colour row). A canvas-wide opaque
gradient (the blog and emoji cards' ``backgroundImage``) is the same case with a shader: the canvas is
made of its rows joined (:func:`shaded_canvas`), which compositing would copy whole over clear pixels
(:func:`pureog.raster.over.over_shaded`: an :class:`~pureog.raster.sampling.OpaqueRow` at full
coverage), instead of a zeroed buffer and a shader call and a copy a row (~0.5 ms of the blog card's
~1 ms background). Must not import style, layout, text or document.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog.display import FillPath, Group, SolidPaint
from pureog.raster.blend import premultiply
from pureog.raster.pixmap import Pixmap
from pureog.raster.sampling import OpaqueRow
from pureog.records import replace

_PLAIN = Group(())  # a group that changes nothing for what it holds (every other field at its default)
_DEPTH = 4  # groups looked through: the display list's root and the root element's own (Satori's <g>s)


def covering_first_fill(root: Group, width: int, height: int) -> FillPath | None:
    """The first shape ``root`` draws when it is the ``width`` x ``height`` canvas's rectangle, under
    groups that change nothing; else None."""
    g = root
    for _ in range(_DEPTH):
        if not g.children or replace(g, children=()) != _PLAIN:
            return None
        first = g.children[0]
        if isinstance(first, FillPath):
            path = (("M", 0.0, 0.0), ("L", float(width), 0.0), ("L", float(width), float(height)),
                    ("L", 0.0, float(height)), ("Z",))
            return first if first.path.segments == path else None
        if not isinstance(first, Group):
            return None
        g = first
    return None


def opaque_first_fill(root: Group, width: int, height: int) -> tuple[FillPath, tuple[int, int, int, int]] | None:
    """The first shape ``root`` draws and its premultiplied colour, when it fills the whole
    ``width`` x ``height`` canvas with one opaque colour, under groups that change nothing; else None."""
    node = covering_first_fill(root, width, height)
    if node is None or not isinstance(node.paint, SolidPaint) or node.paint.color.rgba8()[3] != 255:
        return None
    c = node.paint.color
    return node, premultiply(c.r, c.g, c.b, 255)


def shaded_canvas(width: int, height: int, shader: Callable[[int, int, int], bytes | bytearray]) -> Pixmap | None:
    """The ``width`` x ``height`` canvas made of a shader's rows (``shader(x, y, n)``), when each is an
    :class:`OpaqueRow` of the canvas's width (then every pixel is the row's, whatever was under it);
    else None, and the caller draws the shape as any other. A canvas-wide tile's rows come as they are
    kept (no copy), so this is one join of the rows into the new buffer."""
    rows = []
    for y in range(height):
        row = shader(0, y, width)
        if type(row) is not OpaqueRow or len(row) != 4 * width:
            return None
        rows.append(row)
    return Pixmap(width, height, bytearray().join(rows))


def canvas(width: int, height: int, color: tuple[int, int, int, int] | None) -> Pixmap:
    """A ``width`` x ``height`` pixmap, transparent or every pixel ``color`` (premultiplied)."""
    if color is None:
        return Pixmap(width, height)
    return Pixmap(width, height, bytearray(bytes(color)) * (width * height))

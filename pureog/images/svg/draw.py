"""SVG images and inline ``<svg>`` elements -> display-list subtrees: the entry points (:mod:`.render` draws)."""

from __future__ import annotations

from pureog import caches
from pureog.color import Color
from pureog.display import Node
from pureog.document.model import Element
from pureog.errors import ImageError, tolerate
from pureog.geometry import Affine, Rect
from pureog.held import held_bytes
from pureog.images.svg.glyphs import SvgFont, TextShaper
from pureog.images.svg.render import render_svg_root
from pureog.images.svg.tree import MalformedSvgError, inline_svg_tree, parse_svg_text
from pureog.limits import charge_svg, svg_spent

__all__ = ["inline_svg_nodes", "svg_document_nodes"]



_DRAWN: caches.Budgeted[tuple[object, ...], tuple[tuple[Node, ...], int]] = caches.budgeted(
    "svg.drawn_files", 4 << 20, largest=0.5, max_entries=512)
"""Memo of :func:`svg_document_nodes`: (file, target, where, outer) -> its nodes and what drawing them
charged the render's SVG account (charged again on a hit: a render's outcome does not depend on what
earlier renders left in the memo). Drawing an SVG file is
a pure function of those (the nodes are frozen records; the device matrix, which decides hairlines and
float32 positions, comes from ``target`` and ``outer``), and a server or batch draws the same emoji and
icons at the same places render after render: the emoji card's 26 Twemoji cost ~6 ms a warm render to
parse and convert again. Bounded by entries and by the bytes of the files kept as keys and of what
their nodes hold alive (:func:`pureog.held.held_bytes`: a pattern's or mask's decoded ``<image>``, the
paths ``<use>`` copies made); an entry over half the budget is not kept. Round nineteen: charged the
file's bytes alone, 20 KB files whose pattern holds a 2000x2000 image kept 16 MB each (10 renders: 160 MB
charged 200 KB; the budget would have let ~200 such stay)."""
_DRAWN_FILE_MAX = 256 << 10


def svg_document_nodes(data: bytes, target: Rect, where: str, outer: Affine | None = None,
                       aspect: str = "none") -> tuple[Node, ...]:
    """An SVG file (``<img src>``, an emoji) drawn for an ``<image>`` box ``target`` with
    preserveAspectRatio ``aspect``; ``outer``: the element's transform."""
    key = (data, target.x, target.y, target.width, target.height, where, outer, aspect)
    hit = _DRAWN.get(key)
    if hit is not None:
        charge_svg(hit[1])
        return hit[0]
    try:
        root = parse_svg_text(data, where)
    except MalformedSvgError as exc:
        # resvg's XML parser refuses the file, so Next lays the image out (Satori reads its size from
        # the text) and draws nothing in its box, as it does for a raster image its decoders refuse.
        tolerate(f"{exc.message}; drawn empty, as Next draws an SVG image resvg cannot parse", error=ImageError)
        return ()
    before = svg_spent()
    nodes = render_svg_root(root, target, where, outer, aspect=aspect)
    after = svg_spent()
    # `<text>` in an SVG image is the one thing drawing it reports (a warning, or an error when strict):
    # such files are drawn every time, so that every render reports it.
    # Outside a render's SVG account the cost is unknown: not kept.
    if b"<text" not in data and len(data) <= _DRAWN_FILE_MAX and before is not None and after is not None:
        _DRAWN.keep(key, (nodes, after - before), len(data) + held_bytes(nodes))
    return nodes


def inline_svg_nodes(element: Element, color: Color, target: Rect, outer: Affine | None = None,
                     shaper: TextShaper | None = None, font: SvgFont | None = None) -> tuple[Node, ...]:
    """An inline ``<svg>`` element drawn into its content box ``target``; ``outer``: its transform;
    ``shaper`` and ``font``: the document's fonts and the element's CSS font, for its ``<text>``."""
    return render_svg_root(inline_svg_tree(element, color), target, f"<svg> at {element.path}", outer, shaper, font)


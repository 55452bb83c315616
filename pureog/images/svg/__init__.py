"""SVG images and inline ``<svg>`` elements -> display-list subtrees (see :mod:`.render`)."""

from __future__ import annotations

from pureog.color import Color
from pureog.display import Node
from pureog.document.model import Element
from pureog.geometry import Affine, Rect
from pureog.images.svg.glyphs import SvgFont, TextShaper
from pureog.images.svg.render import render_svg_root
from pureog.images.svg.tree import inline_svg_tree, parse_svg_text

__all__ = ["inline_svg_nodes", "svg_document_nodes"]



def svg_document_nodes(data: bytes, target: Rect, where: str, outer: Affine | None = None) -> tuple[Node, ...]:
    """An SVG file (``<img src>``) drawn stretched into ``target``; ``outer``: the element's transform."""
    return render_svg_root(parse_svg_text(data, where), target, where, outer)


def inline_svg_nodes(element: Element, color: Color, target: Rect, outer: Affine | None = None,
                     shaper: TextShaper | None = None, font: SvgFont | None = None) -> tuple[Node, ...]:
    """An inline ``<svg>`` element drawn into its content box ``target``; ``outer``: its transform;
    ``shaper`` and ``font``: the document's fonts and the element's CSS font, for its ``<text>``."""
    return render_svg_root(inline_svg_tree(element, color), target, f"<svg> at {element.path}", outer, shaper, font)

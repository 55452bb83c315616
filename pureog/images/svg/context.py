"""What the SVG renderer carries while it walks a document: ids, parents, viewport, budget, matrices.

Role: the :class:`Context` of one SVG drawing, the inherited presentation state (``state``), the
hostile-input budget (:func:`charge`) and guards, and small lookups (``href`` targets, colours, the
style an element inherits from its own ancestors, which masks, patterns and markers use).
Imports :mod:`pureog.display`-free helpers only: geometry, errors, limits, SVG colour parsing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from pureog.color import Color
from pureog.display import Node
from pureog.errors import ImageError
from pureog.f32 import f32
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.images.svg.glyphs import SvgFont, TextShaper
from pureog.images.svg.svgcolor import color_value
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import URL
from pureog.limits import charge_svg, check_deadline
from pureog.path import Path
from pureog.records import field, mutable_record

INHERITED = (
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "color", "visibility",
    "clip-rule", "font-size", "marker-start", "marker-mid", "marker-end", "color-interpolation-filters",
    "paint-order", "shape-rendering", "text-anchor", "letter-spacing", "word-spacing", "dominant-baseline",
)
DEFAULTS = {
    "fill": "black", "fill-opacity": "1", "fill-rule": "nonzero", "stroke": "none", "stroke-width": "1",
    "stroke-opacity": "1", "stroke-linecap": "butt", "stroke-linejoin": "miter", "stroke-miterlimit": "4",
    "stroke-dasharray": "none", "stroke-dashoffset": "0", "color": "black", "visibility": "visible",
    "clip-rule": "nonzero", "font-size": "12",  # usvg's default font size
}

MAX_REFERENCE_NESTING = 16
"""Content drawn by reference inside content drawn by reference (a mask whose content has a pattern
whose content has a mask...; each a different element, so no cycle): past this many levels it draws
nothing. Each level is a dozen Python frames: a 3,000-long chain overflowed the stack."""

MAX_DRAW_NESTING = 256
"""Elements drawn within one another, the tree's own nesting (at most 128, :mod:`.tree`) and referenced
content (a pattern's tree inside a mask's tree inside the element's) together; deeper ones draw nothing.
Within :func:`pureog.limits.make_recursion_room`'s stack."""

MAX_SVG_COST = 100_000
"""Drawing budget of one SVG (hostile-input limit): an element costs 10, a path segment 1 (5 stroked), a
gradient stop 1 each time a shape uses its gradient. About 10,000 elements or 100,000 filled segments, a
few seconds; ``<use>`` copies count again."""


@mutable_record
class Context:
    ids: dict[str, SvgNode]
    view_w: float
    view_h: float
    where: str
    depth: int = 0
    # Set while measuring content for an SVG without a viewBox (see _content_extent): the current
    # user-space -> SVG-root matrix and the running (right, bottom) of what is drawn.
    matrix: Affine = IDENTITY
    extent: list[float] | None = None
    cost: int = 0
    """Work done so far (hostile-input budget): see :func:`charge`."""
    # SVG root -> canvas (None while measuring): thin strokes are hairlines in canvas pixels.
    device: Affine | None = None
    parents: dict[int, SvgNode] = field(default_factory=dict)
    """id(element) -> its parent element (style inheritance of referenced elements)."""
    images: bool = False
    """Whether ``<image>`` elements draw: resvg removes them from a nested SVG's tree, but not from the
    masks, patterns and filters that tree references."""
    busy: set[int] = field(default_factory=set)
    """Masks, patterns, filters and markers being expanded (id of the element): recursion draws nothing."""
    root_size: tuple[float, float] = (0.0, 0.0)
    """The document's size (usvg's tree size): a ``use``/``svg`` viewport that equals it is not clipped."""
    device32: tuple[Affine, ...] | None = None
    """The transforms from the canvas to the current user space, outermost first, as resvg
    pre-concatenates them in single precision (:func:`fold32`: filter regions and pattern tiles, whose
    pixel edges truncate or round); None where unknown. Folded only when needed."""
    draw: Callable[[SvgNode, dict[str, str], Context, float], list[Node]] | None = None
    """The element walker (render.py's), for content that references draw: masks, patterns, markers."""
    shaper: TextShaper | None = None
    """The document's fonts for ``<text>`` (an inline ``<svg>``, drawn as Chromium draws it); None in
    SVG images, whose text Next's resvg does not draw."""
    root_font: SvgFont | None = None
    """The ``<svg>`` element's CSS font, which its text inherits."""
    use_size: tuple[float | None, float | None] = (None, None)
    """The width and height of the ``use`` that reached a nested ``svg`` (usvg's ``State::use_size``):
    they replace that svg's own, and every nested svg's below it."""
    references: int = 0
    """Levels of content drawn by reference being drawn now (see :func:`draw_referenced`)."""
    level: int = 0
    """Elements being drawn within one another now (see :data:`MAX_DRAW_NESTING`)."""


def draw_referenced(ctx: Context, children: Iterable[SvgNode], st: dict[str, str], scale: float) -> list[Node]:
    """The nodes of the content of a mask, pattern, marker or ``feImage`` (``children``, drawn with
    ``ctx.draw``); nothing past :data:`MAX_REFERENCE_NESTING` levels of such content."""
    if ctx.draw is None or ctx.references >= MAX_REFERENCE_NESTING:
        return []
    ctx.references += 1
    try:
        return [n for c in children for n in ctx.draw(c, st, ctx, scale)]
    finally:
        ctx.references -= 1


def charge(ctx: Context, cost: int) -> None:
    check_deadline()  # the render's timeout (pureog/limits.py)
    ctx.cost += cost
    if ctx.cost > MAX_SVG_COST:
        raise ImageError(f"{ctx.where}: the SVG is too complex to draw (more than {MAX_SVG_COST:,} units of "
                         "elements and path segments, <use> copies included)")
    charge_svg(cost)  # and the render's account of every SVG it draws (its own budget named first)


def sane_bounds(path: Path, bbox: Rect | None = None) -> bool:
    """Whether a shape's coordinates are finite and within +-1e15 (hostile-input guard)."""
    box = bbox or path.bounds()
    return all(abs(v) <= 1e15 for v in (box.x, box.y, box.width, box.height))


def drawable(ctx: Context) -> bool:
    """Whether the current user space maps to finite, sane device coordinates (hostile-input guard)."""
    m = ctx.matrix if ctx.device is None else ctx.device @ ctx.matrix
    return all(abs(v) <= 1e15 for v in (m.a, m.b, m.c, m.d, m.e, m.f))


def index(node: SvgNode, ids: dict[str, SvgNode], parents: dict[int, SvgNode] | None = None) -> None:
    ident = node.attrs.get("id")
    if ident and ident not in ids:
        ids[ident] = node
    for child in node.children:
        if parents is not None:
            parents[id(child)] = node
        index(child, ids, parents)


def state(node: SvgNode, parent: dict[str, str]) -> dict[str, str]:
    out = parent
    for name in INHERITED:
        value = node.attrs.get(name)
        if value is not None and value.strip() != "inherit":
            if out is parent:
                out = dict(parent)
            out[name] = value  # as written: svgtypes reads no trailing space after a length (``"3 "``)
    return out


def inherited_state(node: SvgNode, ctx: Context) -> dict[str, str]:
    """The presentation state ``node`` inherits from its own ancestors (not from where it is used)."""
    chain: list[SvgNode] = []
    cur: SvgNode | None = ctx.parents.get(id(node))
    while cur is not None and len(chain) < 256:
        chain.append(cur)
        cur = ctx.parents.get(id(cur))
    out = dict(DEFAULTS)
    for ancestor in reversed(chain):
        out = state(ancestor, out)
    return state(node, out)


def color(text: str, st: dict[str, str]) -> Color | None:
    """A colour with svgtypes' grammar (:mod:`.svgcolor`, not CSS's), ``currentColor`` resolved; None
    when unreadable (each property has its own fallback)."""
    return color_value(text, st)


def href(node: SvgNode, ctx: Context) -> SvgNode | None:
    """The element an ``href`` / ``xlink:href`` names (``#id``), or None."""
    text = (node.attrs.get("href") or node.attrs.get("xlink:href") or "").strip()
    return ctx.ids.get(text[1:]) if text.startswith("#") else None


def url_target(text: str | None, ctx: Context) -> tuple[SvgNode | None, bool]:
    """``url(#id)`` -> (element or None, whether the text was a url at all)."""
    if not text:
        return None, False
    match = URL.match(text)
    if match is None or match.group(2):  # svgtypes' FuncIRI::from_str: nothing may follow the ``)``
        return None, False
    return ctx.ids.get(match.group(1)), True


def diagonal(ctx: Context) -> float:
    """The viewport's normalized diagonal (the basis of percentages that are neither x nor y)."""
    return math.hypot(ctx.view_w, ctx.view_h) / math.sqrt(2.0)


def round32(m: Affine) -> Affine:
    """A usvg (f64) transform as tiny-skia stores it (``to_native``: every component an f32)."""
    return Affine(f32(m.a), f32(m.b), f32(m.c), f32(m.d), f32(m.e), f32(m.f))


def concat32(a: Affine, b: Affine) -> Affine:
    """tiny-skia's ``concat(a, b)`` (``a.pre_concat(b)``) of single-precision transforms."""
    if a.is_identity:
        return b
    if b.is_identity:
        return a
    if a.b == 0.0 and a.c == 0.0 and b.b == 0.0 and b.c == 0.0:
        return Affine(f32(a.a * b.a), 0.0, 0.0, f32(a.d * b.d), f32(f32(a.a * b.e) + a.e), f32(f32(a.d * b.f) + a.f))
    return Affine(f32(a.a * b.a + a.c * b.b), f32(a.b * b.a + a.d * b.b), f32(a.a * b.c + a.c * b.d),
                  f32(a.b * b.c + a.d * b.d), f32(f32(a.a * b.e + a.c * b.f) + a.e),
                  f32(f32(a.b * b.e + a.d * b.f) + a.f))


def fold32(chain: tuple[Affine, ...]) -> Affine:
    """The single-precision product of a transform chain, as tiny-skia accumulates it."""
    out = IDENTITY
    for t in chain:
        if not t.is_identity:
            out = concat32(out, round32(t))
    return out

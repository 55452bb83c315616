"""SVG pictures (an emoji's ``<image>``) drawn once into a layer of their own, kept, and composited.

Role: resvg draws an SVG ``<image>`` into a sub-pixmap of its own and then draws that pixmap onto the
canvas (resvg 0.29 ``image::render_vector``). :func:`draw_picture` does the same for a
:attr:`Group.picture <pureog.display.Group.picture>` made only of plain groups and anti-aliased solid
or gradient fills: the content is drawn into a small transparent layer, kept per process by what
decides its pixels, and composited source-over wherever it lands. What decides them is the content
(the fills under the picture's translation), the linear part of its device transform and the
sub-pixel phase of its translation: scan conversion samples relative to the pixel grid, so the layer
drawn at phase ``(fx, fy)`` and moved by whole pixels is the layer drawn there (but for tiny-skia's
f32 points, which can round otherwise at another magnitude: now and then an edge pixel's coverage by
a supersample). Against the shapes drawn one by one onto the canvas the layer rounds otherwise where
overlapping shapes' edges meet over the destination (source-over is associative, its 8-bit rounding
is not): on the emoji bench card 406 pixels of 756,000, 395 of them by one level, 82.6 dB
(bench/README.md's forty-seventh pass). A template's emoji met again at the same phase, or the same
card drawn again, costs one composite; a picture seen for the first time costs its fills over a clear
layer (the uniform-destination paths of :mod:`pureog.raster.blend`, cheaper than over the canvas),
the plan and the composite.

The plan is made once per kept layer by C-level passes over the whole of it: its painted runs (copied
as slices) and its translucent pixels (the outline's anti-aliased edge, looked up per (source,
destination) pair as :func:`pureog.raster.over.over_pixels` looks them up: the same bytes).
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
from array import array
from collections import deque
from collections.abc import Callable, Iterable
from itertools import accumulate, chain, compress, repeat
from operator import add, floordiv, itemgetter, lshift, mul, or_, sub

from pureog import caches
from pureog.display import BlendMode, Group, LinearGradientPaint, Node, RadialGradientPaint, SolidPaint
from pureog.geometry import Affine
from pureog.limits import PAINT_WORK_BLENDED, KeptCharge, charge_kept, charge_paint, making_kept
from pureog.raster.blend import _PIXEL
from pureog.raster.over import _OVER_PAIRS, _OVER_PAIRS_LIMIT
from pureog.raster.path_mask import path_bounds
from pureog.raster.pixmap import Pixmap

Box = tuple[int, int, int, int]
Draw = Callable[[tuple[Node, ...], Affine, Pixmap], None]

# A picture's layer and its composite plan are kept while they fit this budget of bytes (about the
# layer's pixels twice): an emoji of 76 px is ~50 KB, a card's twenty-odd emoji ~1 MB.
_KEPT: caches.Budgeted[tuple[object, ...], tuple[_Plan | None, KeptCharge]] = caches.Budgeted(
    caches.limit("raster.pictures", 8 << 20), largest=0.25)
_LARGEST_SIDE = 256  # larger pictures are drawn shape by shape (a layer would cost more than it saves)
_NORMAL = BlendMode.NORMAL  # (an enum member read through its class costs ~100 ns)
_MARGIN = 2  # px around the fills' device bounds: coverage never reaches further (path_mask._apart)


class _Plan:
    """A kept picture, ready for a target of one row stride: where its layer sits relative to the
    translation's whole pixels, and what a composite needs (:func:`_composite`): its painted runs (byte
    offsets from the layer's top left pixel in the target, and their bytes: opaque and translucent
    pixels alike) and its translucent pixels (indices from that pixel in the target as 32-bit pixels, a
    getter of them, and their values as native ints shifted left by 32: a pair's key)."""

    __slots__ = ("dx", "dy", "width", "height", "starts", "ends", "chunks", "translucent", "pick", "sources")

    def __init__(self, dx: int, dy: int, width: int, height: int, starts: list[int], ends: list[int],
                 chunks: list[bytearray], translucent: list[int], sources: list[int]) -> None:
        self.dx, self.dy, self.width, self.height = dx, dy, width, height
        self.starts, self.ends, self.chunks = starts, ends, chunks
        self.translucent, self.sources = translucent, sources
        # (one index: itemgetter returns the item itself, not a 1-tuple)
        self.pick: Callable[[memoryview], Iterable[int]] = (
            itemgetter(*translucent) if len(translucent) > 1 else lambda view: [view[i] for i in translucent])


def _content(g: Group, m: Affine) -> tuple[tuple[Node, ...], Affine]:
    """The picture's children below its plain single-child groups, and their device transform: an SVG's
    root group carries the fit's translation and scale, which is the place, not the content."""
    kids = g.children
    while len(kids) == 1 and isinstance(kids[0], Group) and _plain(kids[0]):
        inner = kids[0]
        if not inner.transform.is_identity:
            m = m @ inner.transform
        kids = inner.children
    return kids, m


def _plain(g: Group) -> bool:
    """A group that only moves its children (no clip, mask, opacity, filter, layer or blend)."""
    return (g.clip is None and g.mask is None and g.opacity >= 1.0 and g.blur is None and g.shadow is None
            and g.filter is None and not g.svg_filters and not g.layer and not g.composite and not g.isolated
            and g.porter_duff is None and g.projection is None and g.backdrop is None and not g.unclipped
            and not g.svg_mask and not g.picture and g.blend is _NORMAL)


def _device_bounds(kids: tuple[Node, ...], m: Affine) -> tuple[float, float, float, float] | None:
    """The union of the fills' device boxes under ``m``, or None when a node is not a plain group or
    an anti-aliased solid or gradient fill (drawn shape by shape then)."""
    left = top = math.inf
    right = bottom = -math.inf
    stack = [(kids, m)]
    while stack:
        nodes, at = stack.pop()
        for node in nodes:
            if isinstance(node, Group):
                if not _plain(node):
                    return None
                stack.append((node.children, at if node.transform.is_identity else at @ node.transform))
                continue
            if (not node.anti_alias or node.chrome_text or node.analytic
                    or not isinstance(node.paint, (SolidPaint, LinearGradientPaint, RadialGradientPaint))):
                return None
            if node.path.is_empty:
                continue
            x0, y0, x1, y1 = path_bounds(node.path)
            xs = (at.a * x0 + at.c * y0, at.a * x1 + at.c * y0, at.a * x0 + at.c * y1, at.a * x1 + at.c * y1)
            ys = (at.b * x0 + at.d * y0, at.b * x1 + at.d * y0, at.b * x0 + at.d * y1, at.b * x1 + at.d * y1)
            left, right = min(left, min(xs) + at.e), max(right, max(xs) + at.e)
            top, bottom = min(top, min(ys) + at.f), max(bottom, max(ys) + at.f)
    if not (math.isfinite(left) and math.isfinite(top) and math.isfinite(right) and math.isfinite(bottom)):
        return None
    return left, top, right, bottom


def draw_picture(g: Group, parent: Affine, target: Pixmap, canvas: Box, draw: Draw) -> Box | None:
    """Draws the picture group ``g`` under ``parent`` onto ``target`` from its kept layer (drawing the
    layer first when it is not kept); returns the device box it touched, or None when it was not drawn
    (not a plain picture, too large, or not wholly inside ``canvas``): the caller draws it shape by shape."""
    kids, m = _content(g, parent if g.transform.is_identity else parent @ g.transform)
    if not (math.isfinite(m.e) and math.isfinite(m.f)):
        return None
    ex, ey = math.floor(m.e), math.floor(m.f)
    fx, fy = m.e - ex, m.f - ey
    key = (kids, m.a, m.b, m.c, m.d, fx, fy, target.stride)
    found = _KEPT.get(key)
    if found is not None:
        plan = found[0]
        charge_kept(key, found[1])  # what drawing its layer charged, once a render
    else:
        with making_kept(key) as made:
            plan = _draw_layer(kids, Affine(m.a, m.b, m.c, m.d, fx, fy), target.stride, draw)
        _KEPT.keep(key, (plan, made[0]), 256 if plan is None else _size(plan))
    if plan is None:
        return None
    x0, y0 = ex + plan.dx, ey + plan.dy
    if x0 < canvas[0] or y0 < canvas[1] or x0 + plan.width > canvas[2] or y0 + plan.height > canvas[3]:
        return None  # (the canvas would cut the fills where they leave it)
    charge_paint(plan.width * plan.height + len(plan.sources) * PAINT_WORK_BLENDED)
    _composite(plan, target.data, y0 * target.stride + 4 * x0)
    return x0, y0, x0 + plan.width, y0 + plan.height


def _size(plan: _Plan) -> int:
    """Roughly the bytes a kept plan holds: its runs' bytes, and ~100 a run and a translucent pixel
    (the ints, the lists and the getter's tuple)."""
    return 256 + sum(map(len, plan.chunks)) + 100 * (len(plan.chunks) + len(plan.translucent))


def _draw_layer(kids: tuple[Node, ...], m: Affine, stride: int, draw: Draw) -> _Plan | None:
    """The picture drawn at phase ``m`` into a layer around its fills, planned for compositing into a
    target of row ``stride`` bytes."""
    bounds = _device_bounds(kids, m)
    if bounds is None:
        return None
    dx, dy = math.floor(bounds[0]) - _MARGIN, math.floor(bounds[1]) - _MARGIN
    width, height = math.ceil(bounds[2]) + _MARGIN - dx, math.ceil(bounds[3]) + _MARGIN - dy
    if not (0 < width <= _LARGEST_SIDE and 0 < height <= _LARGEST_SIDE and 4 * width <= stride):
        return None
    pixmap = Pixmap(width, height)
    draw(kids, Affine(m.a, m.b, m.c, m.d, m.e - dx, m.f - dy), pixmap)
    return _plan(pixmap, dx, dy, stride)


def _plan(pixmap: Pixmap, dx: int, dy: int, stride: int) -> _Plan:
    """The painted runs and the translucent pixels (see :class:`_Plan`), found by C-level passes over
    the whole layer (:func:`_runs`, a selection by alpha class, maps over what they found): no Python
    step a pixel, a run or a row."""
    data, width, height = pixmap.data, pixmap.width, pixmap.height
    alpha = bytes(data[3::4])
    if alpha[0::width].count(0) == height and alpha[width - 1 :: width].count(0) == height:
        # painted runs: the layer's margin keeps its first and last columns clear, so none goes on
        # past its row's end
        at, counts = _runs(alpha.translate(_PAINTED_CLASS))
        rows = list(map(floordiv, at, repeat(width)))
        firsts = list(map(lshift, at, repeat(2)))
    else:  # (each row with a clear byte after it: the run at q there is at pixel q - y of the layer)
        ended = b"\x00".join(map(alpha.__getitem__, map(slice, range(0, width * height, width),
                                                         range(width, width * height + 1, width))))
        at, counts = _runs(ended.translate(_PAINTED_CLASS))
        rows = list(map(floordiv, at, repeat(width + 1)))
        firsts = list(map(lshift, map(sub, at, rows), repeat(2)))
    lasts = list(map(add, firsts, map(lshift, counts, repeat(2))))
    chunks = list(map(data.__getitem__, map(slice, firsts, lasts)))
    wider = stride - 4 * width  # (a layer row's bytes sit this much further apart in the target)
    starts = list(map(add, firsts, map(mul, rows, repeat(wider))))
    ends = list(map(add, lasts, map(mul, rows, repeat(wider))))
    chosen = alpha.translate(_TRANSLUCENT_BYTE)
    inside = list(compress(_numbers(width * height), chosen))
    if len(inside) != chosen.count(1):  # (another thread emptied the numbers meanwhile: pureog.clear_caches)
        inside = list(compress(range(width * height), chosen))
    picked = itemgetter(*inside)(array(_PIXEL, data)) if len(inside) > 1 else [array(_PIXEL, data)[i] for i in inside]
    sources = list(map(lshift, picked, repeat(32)))
    translucent = list(map(add, inside, map(mul, map(floordiv, inside, repeat(width)), repeat((stride >> 2) - width))))
    return _Plan(dx, dy, width, height, starts, ends, chunks, translucent, sources)


# An alpha byte's class: b"x" where painted, b" " elsewhere (what bytes.split() drops)
_PAINTED_CLASS = b" " + b"x" * 255
_TRANSLUCENT_BYTE = b"\x00" + b"\x01" * 254 + b"\x00"  # an alpha byte -> 1 where translucent
_NUMBERS: list[int] = []


def _numbers(n: int) -> list[int]:
    """``0 .. n - 1`` as a list kept across calls (``compress`` over it makes no int a pixel), grown to
    the largest layer met (at most _LARGEST_SIDE squared)."""
    if len(_NUMBERS) < n:
        _NUMBERS.extend(range(len(_NUMBERS), n))
    return _NUMBERS


def _runs(classes: bytes) -> tuple[list[int], list[int]]:
    """The runs of b"x" in ``classes`` (b"x" and b" " only): their starts and lengths. ``split()`` of
    the classes and of their swap gives the runs and the gaps between them, whose lengths, taken in
    turn and added up, are where each run starts (a regex match a run costs ~3x as much)."""
    padded = b" " + classes + b" "  # (gaps start and end it: gap, run, gap, ..., run, gap)
    inside = list(map(len, padded.split()))
    outside = list(map(len, padded.translate(_SWAP).split()))
    # (one more gap than runs: the last gap, not needed, is left out)
    ends = list(accumulate(chain.from_iterable(zip(outside, inside, strict=False))))
    return [e - 1 for e in ends[::2]], inside


_SWAP = bytes.maketrans(b"x ", b" x")


def _composite(plan: _Plan, data: bytearray, first: int) -> None:
    """Source-over of the kept layer onto ``data`` with its top left pixel at byte ``first``:
    ``s + div255(d * (255 - sa))`` per channel (tiny-skia's), an opaque pixel being the source itself.
    The translucent pixels' destinations are read and their (source, destination) pairs looked up in
    :data:`pureog.raster.over._OVER_PAIRS`, the painted runs are copied (the translucent pixels with
    them), then the looked-up pixels written over those: every step a C-level call or map, no Python
    step a pixel or a run."""
    pixels = memoryview(data).cast(_PIXEL)
    below = pixels[first >> 2 :]
    try:
        found: list[int] = []
        if plan.translucent:
            pairs = _OVER_PAIRS
            if len(pairs) + len(plan.translucent) > _OVER_PAIRS_LIMIT:
                pairs.clear()
            found = list(map(pairs.__getitem__, map(or_, plan.sources, plan.pick(below))))
        # (a slice assignment of the same length is allowed while the buffer is exported)
        deque(map(data.__setitem__, map(slice, map(add, plan.starts, repeat(first)),
                                        map(add, plan.ends, repeat(first))), plan.chunks), 0)
        deque(map(below.__setitem__, plan.translucent, found), 0)
    finally:
        below.release()
        pixels.release()  # the buffer can be resized again


def clear_pictures() -> None:
    """Forget the kept pictures (for benchmarks measuring first sights)."""
    _KEPT.clear()
    _NUMBERS.clear()


caches.register("raster.pictures", _KEPT, _NUMBERS, clear=clear_pictures)

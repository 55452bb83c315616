"""Safety limits and the per-render deadline: what keeps hostile input from hanging or exhausting memory.

Every limit is a named constant here (``spec/limits.md`` lists them with their reasons; a test per
limit). Exceeding one raises :class:`~pureog.errors.LimitError` naming the element path; numbers that
are merely absurd (a 1e300 px length) are clamped, as browsers clamp lengths to their supported range.

The deadline (the API's ``timeout=``) is a context variable holding a :func:`time.monotonic` instant;
long loops call :func:`check_deadline`, which costs one context-variable read and one clock read. A
second context variable may hold a cancel flag (:func:`cancel_on`, a :class:`threading.Event` that
another thread sets): the same checks stop the render once it is set (one more read, none without it).
Imports only :mod:`pureog.errors`.
"""

from __future__ import annotations

import itertools
import math
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar

from pureog.errors import LimitError

# --- the document ---------------------------------------------------------------------------
MAX_CANVAS_SIDE = 16384
MAX_CANVAS_PIXELS = 36_000_000
"""6000 x 6000: a 144 MB pixmap; far past any card, short of exhausting memory."""
MAX_DEPTH = 500
"""Element nesting (and lists nested in ``children``): Next.js draws trees about this deep (its Yoga runs
out of WebAssembly memory a little past 400 levels of nested flex boxes), so pureog does too."""
DEEP_TREE = 64
"""Nesting from which a render makes room on Python's stack for :data:`MAX_DEPTH` levels."""
FRAMES_PER_LEVEL = 16
"""Python frames one level of nesting may take in the deepest recursive stage (the loader takes about
5, layout about 4), with room to spare."""
MAX_LAYOUT_PASSES = 50_000
"""Boxes sized or laid out in one layout, cached ones included (Yoga's calculateLayoutInternal calls).
A card needs a few per element (the benchmark's 30-tile stat grid 553, no tree of the layout corpus
more than 155); Yoga measures nested flexible boxes again at every level, so some deep trees need
exponentially many (some 100 levels of growing rows and columns: over 200,000, 20 s; Next.js hangs)."""
MAX_ELEMENTS = 2_000
"""Elements per document (a card has tens; a dense chart a few hundred). Layout and paint cost grows
with it: at this limit a render stays within a few seconds."""
MAX_TEXT_CHARS = 20_000
"""Characters of text per document (every text node together), a few pages: text is shaped, broken and
drawn glyph by glyph (20,000 characters of Latin, CJK or Devanagari in 20 boxes: ~5 s cold on a loaded
2-core machine), and a card holds a few hundred. Random layout trees of an outside generator went past
the former 8,000 in 1.2 % of trees, which Next.js draws."""
MAX_YAML_MERGED_KEYS = 100_000
"""Keys YAML merge keys (``<<: *base``) may copy into mappings in one document. PyYAML copies a merged
mapping's keys into each mapping that merges it, so a chain of mappings each merging the one before
copies a number of keys that grows with the square of the chain (3,000 links: 4.5 million keys, 4 s;
a 16 MB document could hold hundreds of thousands of links). A card merges a few styles."""
MAX_DOCUMENT_NODES = 100_000
"""Values visited while reading the element tree (children lists, nulls, texts, props and style
declarations included: a mapping of 20,000 attributes shared by an alias among 1,900 elements was copied
38 million times, 2.7 GB; round fourteen): a YAML
alias bomb (``&b [*a, *a, ...]``, a few shared lists standing for billions of values) is refused
after this many, long before walking it would fill memory or take minutes."""

MAX_TEXT_NESTING = 3 * MAX_DEPTH + 16
"""Nesting of YAML/JSON text (``[``/``{`` levels; block indentation up to four columns a level), checked
before parsing: the parsers recurse per level, and very deep text overflows the C stack. An element in
React's shape is three levels of text (``{type, props: {children: [...]}}``)."""
MAX_DOCUMENT_FILE_BYTES = 16 << 20
"""A document file read by :func:`pureog.load_file` (a card is a few kB)."""
MAX_FONT_FILE_BYTES = 32 << 20
"""A font file named by a document's ``fonts[].path`` (the largest CJK fonts are ~20 MB)."""

def make_recursion_room() -> None:
    """Raise Python's recursion limit so that a tree :data:`MAX_DEPTH` levels deep fits every recursive
    stage (loading, cascade, layout, painting). Called only for trees deeper than :data:`DEEP_TREE`, so
    a card never touches the interpreter's setting; never lowered again, since another thread may be deep
    in a render of its own. CPython runs Python-to-Python calls without growing the C stack."""
    needed = MAX_DEPTH * FRAMES_PER_LEVEL + 1_000
    if sys.getrecursionlimit() < needed:
        sys.setrecursionlimit(needed)


# --- numbers ---------------------------------------------------------------------------------
MAX_CSS_NUMBER = 1e7
"""Numbers in CSS values are clamped to +-10,000,000 (browsers clamp lengths near 3.3e7 px); NaN and
infinity are errors. Products of two clamped numbers stay finite."""
MAX_VALUE_TOKENS = 10_000
"""Tokens in one CSS value, those inside functions included (a 2,000-point polygon has about 6,000):
reading a value is per character."""
MAX_VALUE_NESTING = 64
"""Functions nested in one CSS value (``calc(calc(...))``, ``color-mix(in srgb, color-mix(...), ...)``):
a card nests two or three; reading a level is a Python call, and a few thousand overflowed the stack."""
MAX_VARIABLES_CARRIED = 2_000_000
"""Custom properties (``--x``) in scope at each element, summed over the document's elements: each
element copies its parent's and keys its style memo by them, so the work is their product (80,000
properties declared at the root of 1,500 elements took 18 s). A card's theme of a few hundred over
2,000 elements is a tenth of it."""
MAX_VAR_SUBSTITUTION = 100_000
"""Characters a value may grow to by ``var()`` substitution (a 2,000-point polygon in a variable is
about 30,000). Variables that each use the one before twice double the text at every step: 40 of them
would make a trillion characters (the "billion laughs" of CSS; css-variables-1 asks for a limit)."""
MAX_STYLE_TEXT_READ = 4_000_000
"""Characters of declaration values one document's cascade reads (after ``var()`` substitution; a value
read once and memoized counts once, but one with ``var()`` or one ignored with a warning is read again at
each element). Reading costs 30 ns to 1 us a character (a grid template's brackets are walked in Python):
one variable or YAML alias of 99,000 characters used by 149 properties of 1,990 elements would read 29
billion (past 60 s; now a LimitError in 0.4 s, 0.75 s for a grid template of 40 elements); of the real and bench
cards, read cold, the most is 24,876 (dot-field-fade-url-pill)."""
MAX_VAR_SUBSTITUTION_WORK = 1_000_000
"""Characters read while substituting one value's ``var()`` references, every variable's text counted
each time it is read (ten times :data:`MAX_VAR_SUBSTITUTION`: text read is text written, but for unused
fallbacks). Variables that each use the next twice, the last one empty, read 2^n texts and write
nothing, so the length bound never sees them: 21 levels took 5.5 s, 9 levels of ten references hung."""
MAX_GLYPH_SEGMENTS = 100_000
"""Outline segments (pen calls) of one glyph; a CJK glyph makes a few hundred. Components used many
times at each of several levels multiply (30 components of 30 components, six deep: 729 million
contours), and so do CFF subroutines that call the next one twice; past this the glyph draws nothing."""
MAX_GLYPH_COMPONENTS = 10_000
"""Components drawn for one glyph, at every level together (HarfBuzz stops at 100,000 operations)."""
MAX_MAPPED_CODE_POINTS = 1_500_000
"""Code points the cmaps of a document's fonts map together, each distinct face once. A cmap is held as
one table entry per code point (some 200 bytes while it is read): a format 12 or 13 group of 12 bytes
can map all 1,114,112, and eight such fonts of a few hundred bytes took 1.6 GB and 6 s. A CJK font maps
some 65,000; a font of every code point (Last Resort) fits, a second does not."""
MAX_DOCUMENT_FACES = 64
"""Distinct font faces a document registers (each parsed face holds its tables, shaping plans and glyph
caches, ~7 MB for a text font once used; 64 is what the face memo keeps across renders). A card uses a few."""
MAX_FONT_LAYOUT_BYTES = 2 << 20
"""Bytes of the tables a face's shaping and mapping decompile in Python (GSUB, GPOS, GDEF, kern, morx,
cmap, BASE, JSTF, MATH: fontTools reads them whole, ~2-6 us a byte), summed over a document's distinct
faces. The conformance fonts hold 60 bytes to 78 KB (Inter's subset, 0.45 s at load 13); the 22 fonts of the
full DejaVu family 957 KB together. Round sixteen:
146 faces of Geist-Variable took 20.7 s and 1 GB, 72 of Inter's WOFF2 subset 34 s."""
MAX_WOFF2_BYTES = 32 << 20
"""Bytes a document's WOFF2 fonts decompress to together (their ``totalSfntSize``), checked before each is
decoded: the pure-Python Brotli decoder makes ~4 MB of font a second (a 2 MB Korean font in 0.48 s at load
11), so ~8 s here. One full CJK font (16-20 MB) fits; a single font may declare 64 MB, which alone passes."""
MAX_WOFF2_WORK = 32_000_000
"""Units of Brotli decoding work a document's WOFF2 fonts may take together (:func:`pureog.text.brotli.work_of`:
a literal 1, an insert-and-copy command 10, 64 stored bytes 1; ~150-210 ns a unit, a command 1.3-2 us, at
load 12). Real fonts need ~1 unit a byte of font (Pretendard 0.88, its variable font 0.97, Inter's subset
1.07), so this is what :data:`MAX_WOFF2_BYTES` of real font data needs, ~6 s; a stream of short copies
makes 2 bytes a command (5 units a byte): round seventeen, 32 MB of it was ~12 s, and copies of two bytes
would be ~30 s; now each is refused at this work."""
MAX_FONT_SIZE = 2_000.0
"""px; beyond, glyph outlines and decorations cost in proportion to the size for nothing visible."""
MAX_LETTER_SPACING = 10_000.0
"""px, either sign."""

# --- paint -----------------------------------------------------------------------------------
MAX_DASHES = 20_000
"""Dashes in one dashed stroke; past it the stroke is drawn solid, as Skia does past a million (a dashed
border on a 1e6 px box would otherwise make 600,000 dashes, 30 s and 500 MB)."""
MAX_PATH_POINTS = 500_000
"""Points of one shape after flattening its curves (text, SVG paths, borders), before scan conversion."""
MAX_RENDER_DASHES = 50_000
"""Dashes and dots of every stroke of one render together (a period of a wavy decoration counts four: it
costs four dots). Each stroke stays under :data:`MAX_DASHES`, but a paragraph draws a dotted underline
per line (2,600 lines 50,000 px wide with letterSpacing: 50 million dots). A dot costs some 16 us and
3-4 kB until the render ends: this many take about a second and 200 MB; a card needs a few thousand."""
MAX_POLYGON_POINTS = 2_000
"""Points in one ``clip-path: polygon()``."""
MAX_FILTER_FUNCTIONS = 32
"""Functions in one ``filter`` or ``backdropFilter`` (a card chains two or three). Each is a group drawn
inside the one before, a few Python frames each: a chain of 1,000 overflowed the stack."""
MAX_BLUR_PIXELS = 6_000_000
"""Pixels that shadows, blurs and filters of one render work on together (each at most the canvas) on a
canvas of 1200x630 or smaller: about eight full 1200x630 blurs, some 1.5-3 s on one core (a plain blur
~0.25 us a pixel, a drop-shadow filter ~0.5). A real card with 29 box shadows (frosted panels over a
grid of tiles) needs 5 million; fifty 500 px box shadows would blur for a minute. A larger canvas gets
more in proportion (:func:`blur_pixel_budget`)."""
BLUR_BUDGET_CANVAS = 1200 * 630
"""The canvas :data:`MAX_BLUR_PIXELS` is for (the Open Graph card)."""
MAX_BLUR_PIXELS_LARGE = 4 * MAX_BLUR_PIXELS
"""The most :func:`blur_pixel_budget` gives: a 1200x630 card's budget drawn at twice its size (2400x1260,
whose glass panels and shadows cover four times the pixels), some 6-12 s at worst."""


def blur_pixel_budget(width: int, height: int) -> int:
    """The blur budget of a render on a ``width`` x ``height`` canvas: :data:`MAX_BLUR_PIXELS` up to a
    1200x630 canvas, in proportion to the canvas's area above it, at most :data:`MAX_BLUR_PIXELS_LARGE`
    (the same design drawn larger blurs proportionally more pixels: a 2400x1260 card of a few glass
    panels needs ~13 million)."""
    area = width * height
    if area <= BLUR_BUDGET_CANVAS:
        return MAX_BLUR_PIXELS
    return min(MAX_BLUR_PIXELS_LARGE, MAX_BLUR_PIXELS * area // BLUR_BUDGET_CANVAS)


MAX_PAINT_WORK = 800_000_000
"""Pixels the rasterizer fills, blends and composites in one render on a canvas up to 1200x630, weighted
by their cost: a filled pixel (solid, gradient, image) or a clip mask's 1, a canvas-sized layer's pixel
(opacity, clip and mask groups, blend modes) :data:`PAINT_WORK_LAYER`, a pixel blended over a painted
one with its own alpha (a gradient to transparent, a translucent image, a soft layer edge: each looked up
one by one, some 0.15-1.5 us) :data:`PAINT_WORK_BLENDED`, a pixel composited with a blend mode
(``mixBlendMode``, ``backgroundBlendMode``, ``feBlend``: ~180 ns through the pair memo)
:data:`PAINT_WORK_BLEND_MODE`, a 3D plane's coverage :data:`PAINT_WORK_COVERAGE` and resampled pixels
:data:`PAINT_WORK_WARPED`. Each fill is at most the canvas, but 2,000 elements may each cover it: 2,000
full-canvas translucent gradients, opacity groups or clip-paths ran for minutes. The busiest of the
conformance suite's 410 real cards spends 234 million (tarot-radial-card-glow, 1.8 s), the tenth 76
million; but one full-canvas fill of fine hard stops (1 px pinstripes, ``repeating-linear-gradient(90deg,
#000 0 1px, #fff 1px 2px)``) spends 643 million alone, every pixel redone near a stop, so the budget
stays above it (round nine measured 500 million: it refused such a card). A larger canvas gets more
(:func:`paint_work_limit`)."""
PAINT_BUDGET_CANVAS = 1200 * 630
"""The canvas :data:`MAX_PAINT_WORK` is for (the Open Graph card)."""
MAX_PAINT_WORK_LARGE = 4 * MAX_PAINT_WORK
"""The most :func:`paint_work_limit` gives any canvas: a 1200x630 card's budget drawn at twice its size
(2400x1260), where fills cover four times the pixels and edges cross twice the rows (the 30 busiest real
cards drawn at 2x spend 1.6-6.2 times as much: tarot-radial-card-glow 798 million, which the flat 800
million left no room)."""
MAX_LIVE_LAYER_BYTES = 400 << 20
"""Bytes of canvas-sized layers held at once: each group with an opacity, a blend mode, a filter or a
layered clip paints into a layer of its own while the groups around it hold theirs. 400 MB is 138
nested layers of a 1200x630 card (SVG images nest 128 groups), 2 of a 6000x6000 canvas."""
PAINT_WORK_LAYER = 2
PAINT_WORK_BLENDED = 64
PAINT_WORK_BLEND_MODE = 32
PAINT_WORK_EXACT_STOP = 768
"""A gradient pixel near a hard or steep stop, recoloured through tiny-skia's f32 chain
(``raster/exact_gradient``: 2.5-4 us). A card redoes a few per row; a gradient of 3,000 stops 0.4 px
apart redoes every pixel (a full 1200x630 fill in 1.9 s), and 2,000 elements could each fill one."""
PAINT_WORK_STOP_LEVEL = 8
"""A stop level tried against a row of a repeating gradient with hard stops, per period the row spans."""
PAINT_WORK_STOP_RANGE = 64
"""A range of a row's pixels near a stop level it crosses, worked out (``raster/exact_gradient``: a
division, or a circle's crossings, then marked and merged into runs, ~0.2-0.3 us a range; a linear
gradient's level makes one, a radial's two). 1 px rings cross a card's row 4,400 times, 1 px stripes
at 45deg 850; the 800 such rows of 20 ring layers ran 3.8 s before the budget stopped them."""
PAINT_WORK_CROSSING = 112
"""An edge crossing a quarter-pixel scanline of a filled shape (``raster/scan.rasterize``: sorted into its
sub-row's spans, ~0.35-0.9 us). A card crosses 20,000-140,000; a self-crossing ``clipPath: polygon()`` of
2,000 points over a 1200x630 card 2.5 million (0.9 s), and 2,000 elements may each hold one. 64 until
round eighteen: such polygons cost 7-9 ns a unit where filled, blended and gathered pixels and layers
cost 3.2-5.2 (measured in one process, alternating, at load 18-19), so a render of them ran ~6 s to the
budget; the real cards' crossings are a small part of their spend (the busiest three +0.5-1 %)."""
PAINT_WORK_ONE_COLOUR = 3
"""A pixel of a row of one translucent colour composited over a painted row it was not kept for
(``raster/over._one_colour_row``: four strided channel passes, a copy and the kept row's bytes, ~5 ns a
pixel beside a filled pixel's 1 unit of ~3-4 ns). A vertical translucent gradient is such rows (drawn as
a tile, then the tile composited): round eighteen, charged as filled pixels only, ~10.5 ns a unit, so
1,990 full-canvas ones ran ~8 s at load 18 to the paint budget. A scrim over a photo composites a few
hundred such rows (~1.7 million)."""
PAINT_WORK_RAMP = 8
"""A pixel of an angled linear gradient's ramp gathered from its colour table (``raster/gradient._ramp``:
an ``itemgetter`` gather, ~30-40 ns a pixel), each time a ramp is built or grown. A ramp is reused by the
rows it spans, but an axis within a few degrees of vertical shifts it tens of px a row, so it is grown and
gathered again whole: round seventeen, 100 full-canvas gradients at 179.x deg took 94 s (1.x deg 29 s)
charged as 75 million filled pixels; a card's gradients gather a few hundred thousand."""
PAINT_WORK_CUT_SEGMENT = 4096
"""A segment of a path cut to the pixmap by tiny-skia's edge clipper (``raster/flatten.flatten_clipped``:
mapped in f32, chopped at its extrema and at the clip's sides, its pieces stepped; 10-30 us a curve).
A glyph run crossing a card's edge cuts a few hundred; 1,000 placements of a glyph of 90 curves zigzagging
across the canvas's top edge took 3 s, and a render may place a million glyph segments."""
PAINT_WORK_EDGE_PIXELS = 4
"""A scanline crossing of a mask each time it is filled: about a partial pixel blended one by one
(``raster/blend._fill``, ~20 ns a crossing's worth): that polygon's mask, kept, filled 300 times took 13 s."""
CROSSINGS_A_BLENDED_PIXEL = PAINT_WORK_BLENDED // PAINT_WORK_EDGE_PIXELS
"""The crossings a pixel blended one by one is worth: a soft mask's partial pixel (``raster/layer.py``),
and the most a pixel of a cut mask carries (``raster/blend.cut_crossings``)."""
PAINT_WORK_SHADED_RADIAL = 64
"""Weighted pixels a radial gradient's pixel costs where its row is worked out (``raster/gradient.radial_shader``:
a distance, a table index and a lookup through Python's iterators, ~150-250 ns, where a filled pixel is
charged 1: 100 full-canvas radial gradients of different centres took 18.6 s for 340 million, and the
budget let ~235 through); a row reused (the rows mirrored about the centre) is not charged again."""

PAINT_WORK_SHADED_CONIC = 64
"""Weighted pixels a conic gradient's pixel costs (``raster/conic.py``: an angle computed in a Python loop,
~200-250 ns: 1,058 full-canvas conic layers fitted the budget, some 230 s)."""

PAINT_WORK_SHADED_FOCAL = 384
"""Weighted pixels a focal or two-circle radial gradient's pixel costs (``gradient._per_pixel_shader``, SVG's
``fx``/``fy`` and ``fr``: ~1-1.4 us each, the inverse transform and the quadratic per pixel in Python:
four full-canvas rects filled with one took 4.75 s charged 11 million, so 200 in one SVG image ran minutes)."""

PAINT_WORK_PRODUCT = 32
"""A pixel of a coverage row multiplied by a clip row of many partial pixels (``raster/blend._product``: a
table lookup a pixel, ~150-190 ns, as a blend-mode pixel): a mask faded by a gradient or a turned clip
intersected with another. Rows over 256 px only (shorter ones are memoized by their pair, charged the
same whether or not the memo holds them: nothing). 1,990 rotated boxes masked by a radial gradient and
clipped by a rounded ``inset()`` multiplied 27,576 such rows (5.3 s) before the paint budget stopped
them after 6.7 s."""
PAINT_WORK_RUN = 96
"""A run of one kind of alpha in a row composited over another (``raster/over.over_pixels``: a regex
match, slices and compares, ~0.4 us), counted 256 at a time: a row of a photo or a gradient is one or a
few; a pattern of 3 px dots 400 a row (300 canvas-filling elements of it ran past 60 s)."""
PAINT_WORK_COVERAGE = 8
"""A pixel of a 3D plane's device bounding box, whose exact-area coverage is measured
(``raster/projective.polygon_coverage``: rows cut to strips, edge pixels cut to cells)."""
PAINT_WORK_COVERAGE_CELL = 512
"""A pixel on a 3D plane's edge, whose covered area is measured by cutting the polygon to the pixel's
square (~3.5 us: for a plane seen in perspective most of its pixels' rows end in such cells)."""
PAINT_WORK_WARPED = 192
"""A pixel of a 3D plane resampled through its inverse projective map onto the target (``warp_row``:
a homogeneous divide and four texels per pixel in Python, then source-over: ~1-3 us). Each piece of a
cut plane (a 3D rendering context, ``paint/context3d``) measures and resamples its plane again: 50
crossing planes cut into 2,000 pieces on a 400x200 canvas took 22 s (72 million coverage pixels, 18
million resampled); the conformance suite's 3D cards need 1-3% of the budget."""
PAINT_WORK_FILTERED = 384
"""A pixel of a rotated or skewed image (or pattern tile) filtered at its own source position
(``raster/image_filtered``: the 16 bicubic products a channel in Python, ~2.5-4 us; one whose 4x4 block is
one colour is copied, ``PAINT_WORK_FILTERED_COPY``). Round sixteen: charged as one filled pixel, a
full-canvas rotated photo took 2.4 s and the budget let ~1,000 through; now ~2 million such pixels,
6-8 s. Less than it costs beside a filled pixel (~3 ns a unit: ~800), as the focal gradient's weight is, so
that the busiest real card (tarot-radial-card-glow, whose rotated gradient panels filter 120,000) keeps
half the budget."""
PAINT_WORK_FILTERED_COPY = 32
"""Such a pixel whose taps are one colour (~0.3 us: the loop's indexing alone)."""
PAINT_WORK_FILTERED_REFERENCE = 2 * PAINT_WORK_FILTERED
"""Such a pixel filtered by the plain per-pixel loop (~8 us, twice the fast loop), which draws the first
pixels of a drawing until they would cost more than preparing its image for the fast loop."""
PAINT_WORK_FILTER_SOURCE = 32
"""A pixel of an image prepared for the fast per-pixel loop (padded, its 4x4 blocks classified: ~0.13 us),
once per drawing (a mapping): round sixteen, 20 rotated 4 px images of a 2000x2000 photo took 10 s, three
of a 4000x4000 one 9.2 s and 752 MB, each preparing the whole photo."""


def paint_work_limit(width: int, height: int) -> int:
    """The paint budget of a ``width`` x ``height`` render: :data:`MAX_PAINT_WORK` up to a 1200x630 canvas,
    in proportion to the canvas's area above it up to :data:`MAX_PAINT_WORK_LARGE` (as
    :func:`blur_pixel_budget`: the same design drawn larger fills proportionally more pixels). A canvas
    past 12.5 Mpx had 64 a pixel until round nine (6000x6000: 2.3 billion); it now has the 3.2 billion."""
    return min(MAX_PAINT_WORK_LARGE, max(MAX_PAINT_WORK, MAX_PAINT_WORK * width * height // PAINT_BUDGET_CANVAS))


def spend(account: ContextVar[list[float] | None], slot: int, amount: float, limit: float) -> bool:
    """Add ``amount`` to ``slot`` of this render's ``account``; whether that slot is now past ``limit``
    (never outside a render, where the account is None). The caller raises its own error, which says
    what was counted."""
    spent = account.get()
    if spent is None:
        return False
    spent[slot] += amount
    return spent[slot] > limit


@contextmanager
def render_account(account: ContextVar[list[float] | None], slots: int, *, nested: bool = False) -> Iterator[None]:
    """Within the block, ``account`` counts one render's spend in ``slots`` slots from 0; ``nested``: a
    block inside another keeps the outer account (layout and painting of one render share it)."""
    if nested and account.get() is not None:
        yield
        return
    token = account.set([0] * slots)
    try:
        yield
    finally:
        account.reset(token)


_PAINT: ContextVar[list[int] | None] = ContextVar("pureog_paint", default=None)


@contextmanager
def paint_budget(width: int, height: int) -> Iterator[None]:
    """Within the block (one rasterization), :func:`charge_paint` counts against :func:`paint_work_limit`,
    and kept results charge it once (:func:`charge_kept`, :func:`making_kept`)."""
    token = _PAINT.set([0, paint_work_limit(width, height)])
    record = _KEPT.set(_KeptRecord())
    try:
        yield
    finally:
        _KEPT.reset(record)
        _PAINT.reset(token)


def charge_paint(work: int) -> None:
    """Record ``work`` more weighted pixels in this render; :class:`LimitError` past its paint budget."""
    account = _PAINT.get()
    if account is None:
        return
    account[0] += work
    if account[0] > account[1]:
        raise paint_budget_exceeded()


# --- kept results: charged once a render -------------------------------------------------------
# A result kept across renders (a path's mask, a cut, a pattern tile, a filter's output, a card's
# backdrop) charges the paint budget, the first time a render uses it, what making it charged, and
# nothing at its later uses in the render: what a render that found nothing kept charges (it makes
# the result at its first use and finds it kept at the others). So a render's outcome never depends
# on what earlier renders kept (stop forty-eight: a dense card refused at its budget rendered when
# drawn a second time in one process, its large masks found kept charging nothing).

KeptCharge = tuple[int, tuple[tuple[object, int], ...]]
"""What making a kept result charged: its own work, and the kept results it used (keys and their own
work, flattened), charged with it where this render has not charged them yet."""
NO_CHARGE: KeptCharge = (0, ())


class _KeptRecord:
    """One render's record: the keys of the kept results it has charged (their own work), those it
    made, and the results being made (each collects the kept results used within it)."""

    __slots__ = ("frames", "made", "seen")

    def __init__(self) -> None:
        self.seen: dict[object, int] = {}
        self.made: set[object] = set()
        self.frames: list[_Making] = []


class _Making:
    __slots__ = ("charged", "used")

    def __init__(self) -> None:
        self.used: list[tuple[object, int]] = []
        self.charged = 0  # what the kept results used within it charged


_KEPT: ContextVar[_KeptRecord | None] = ContextVar("pureog_kept_charges", default=None)
_NAMES = itertools.count()


def kept_name() -> int:
    """A new name for a kept result whose store keys it by ids (reused once an entry is dropped) or by
    place: never given twice in a process (the only int names: other stores name theirs by tuples)."""
    return next(_NAMES)


def charge_kept(key: object, charge: KeptCharge) -> None:
    """A kept result used (found kept, by an earlier render or this one) under ``key``, a hashable that
    names it for as long as the render lasts: charge what making it charged (``charge``), once a render."""
    record = _KEPT.get()
    if record is None:
        return
    own, used = charge
    seen = record.seen
    spent = 0
    if key not in seen:
        seen[key] = own
        spent = own
        for inner, work in used:
            if inner not in seen:
                seen[inner] = work
                spent += work
    if record.frames:
        frame = record.frames[-1]
        frame.used.append((key, own))
        frame.used.extend(used)
        frame.charged += spent
    if spent:
        charge_paint(spent)


@contextmanager
def making_kept(key: object) -> Iterator[list[KeptCharge]]:
    """Around making a result to be kept under ``key`` (see :func:`charge_kept`): the list yielded holds,
    after the block, what making it charged (the ``charge`` its later uses pass). The making is charged
    as it goes, except where this render already charged the result from a kept copy (its store dropped
    it since): given back, as a render that made it at its first use found it kept after."""
    record = _KEPT.get()
    account = _PAINT.get()
    made: list[KeptCharge] = [NO_CHARGE]
    if record is None or account is None:  # outside a render: measured all the same
        with paint_budget(1, 1):
            _PAINT.set([0, 1 << 62])
            with making_kept(key) as made:
                yield made
        return
    again = key in record.seen and key not in record.made
    prepaid = record.seen.get(key, 0) if again else 0
    frame = _Making()
    record.frames.append(frame)
    start = account[0]
    account[1] += prepaid  # (the work charged already: a cold render's budget is not passed here)
    try:
        yield made
    finally:
        record.frames.pop()
        account[1] -= prepaid
    total = account[0] - start
    made[0] = (total - frame.charged, tuple(frame.used))
    if again:
        account[0] -= total
        total = 0
    else:
        record.seen[key] = made[0][0]
    record.made.add(key)
    if record.frames:
        outer = record.frames[-1]
        outer.used.append((key, made[0][0]))
        outer.used.extend(made[0][1])
        outer.charged += total


def paint_budget_exceeded() -> LimitError:
    """The error of a render past its paint budget (:func:`charge_paint`, or a floor of the work ahead)."""
    account = _PAINT.get()
    limit = MAX_PAINT_WORK if account is None else account[1]
    return LimitError(f"painting fills, blends and composites more than {limit:,} weighted pixels in all "
                      "(spec/limits.md)")


def paint_work_left() -> int | None:
    """What is left of this render's paint budget (None outside one): a stage that knows a lower bound of
    the work ahead stops before doing any of it."""
    account = _PAINT.get()
    return None if account is None else account[1] - account[0]


def finite(value: float, what: str = "number", *, path: str | None = None) -> float:
    """``value`` as a float, finite and clamped to +-:data:`MAX_CSS_NUMBER` (NaN/infinity: LimitError)."""
    number = float(value)
    if not math.isfinite(number):
        raise LimitError(f"expected a finite {what}, got {value!r}", path=path)
    return max(-MAX_CSS_NUMBER, min(MAX_CSS_NUMBER, number))


# --- the dash account ------------------------------------------------------------------------
_DASHES: ContextVar[list[float] | None] = ContextVar("pureog_dashes", default=None)


def dash_budget() -> AbstractContextManager[None]:
    """Within the block (one render), :func:`charge_dashes` counts against :data:`MAX_RENDER_DASHES`."""
    return render_account(_DASHES, 1)


def charge_dashes(count: float) -> None:
    """Record ``count`` more dashes in this render; :class:`LimitError` past :data:`MAX_RENDER_DASHES`."""
    if spend(_DASHES, 0, count, MAX_RENDER_DASHES):
        raise LimitError(f"dashed, dotted and wavy strokes make more than {MAX_RENDER_DASHES:,} dashes in all "
                         "(spec/limits.md)")


MAX_SHAPING_WORK = 1_000_000
"""Glyphs offered to OpenType lookups in one render, every run together: each lookup the plan applies to a
run visits every glyph of it (a few hundred ns each, up to ~6 us where it substitutes). A card's text
visits a few thousand (the conformance suite's most, 5,552); the longest text a document may hold
(8,000 characters) through Noto's Devanagari or Arabic, 50,000-80,000 (3-4 s in all); a font of
65,535 lookups, all in one feature, over 8,000 characters would visit 500 million (an hour; 3,000
lookups ran past a minute), and now stops within some 6 s. HarfBuzz runs the same loop in C and
bounds only nested lookups (``max_ops``)."""

MAX_VARIATION_WORK = 4_000_000
"""Work units of font variations in one render. A point moved by a ``gvar`` tuple is one (each tuple of a
glyph, for each time fontTools varies the glyph at an instance: its advance, its outline at a size, each
use as a component; ~0.5 us each in fontTools' Python); so is a term of a delta looked up in an item
variation store (HVAR advances, MVAR metrics, GDEF's varied GPOS values: one per region index of the
delta's row); a new instance's regions are eight each (a support and a scalar built and kept).
A card at a few weights costs some thousands to a few hundred thousand (every ASCII glyph of the full
Inter at 9 weights x 3 sizes: 2.6 million, 6 s of CPU, most of it GPOS values varied per weight); a
hostile glyph of 10,000 points and 4,095 tuples is 41 million for one glyph (minutes in fontTools, with
no deadline check inside), a 10 KB font of 2,000 points and 500 tuples at 40 weights 40 million.
``text/variation_cost.py`` counts them from the raw tables before fontTools starts."""

MAX_VARIATION_REGIONS = 4_096
"""Regions of one item variation store (``HVAR``, ``VVAR``, ``MVAR``, ``GDEF``), and region indices in one of
its rows: each instance's instancer keeps a support and a scalar per region used, and each delta looked
up sums a term per index of its row. Real fonts have a few to a few hundred; a font past it is drawn
at its default instance (``text/variation_cost.store_limits``), as Next.js draws every variable font."""

MAX_GLYPH_DRAW_SEGMENTS = 600_000
"""Outline segments of the glyphs a render places, each placement again (every glyph's outline is rounded
to Satori's SVG tenths at its position, flattened and scanned: ~3.5-5.5 us a segment, curves and short
contours alike). 20,000 characters of Latin, Korean or Devanagari (the text limit) place 355,000-520,000
(3-4 s); 20,000 of Noto Sans CJK SC 863,000 (4.6 s), so about 13,900 of them fit; the busiest real card
places 52,781. A glyph may hold :data:`MAX_GLYPH_SEGMENTS` (a 1 KB font of composites: 26,000 segments
took 0.1-0.2 s each time it was placed, and 20,000 placements hours); past this a :class:`LimitError`.
Round ten lowered it from 1,000,000, which let 37 placements of that glyph (971,000 segments) run 5.3 s."""

MAX_CHARSTRING_WORK = 200_000
"""Charstring bytes one CFF/CFF2 glyph's interpreter may run through, every subroutine call counted again
(a glyph runs a few hundred; fontTools interprets ~1 us each). Subroutines that each call the next one
twice and draw nothing ran 2^28 calls with no segment to stop them; past this the glyph draws nothing."""

NEW_OUTLINE_WEIGHT = 3
"""Placements a glyph outline's segments count for, more, the first time a render places it (each
distinct face, glyph and size: :func:`charge_glyph_segments` with ``first``): it is read from the font
and its rounded, flattened and scanned forms are not yet cached (~15.5 us a segment against ~4.5 placed
again). 1,990 spans of ten letters, each span at its own font size (19,900 new outlines, 465,660
segments), took 7.2 s where the same letters at one size take 2.1 s; the busiest real card's few
hundred distinct glyphs add some 10,000."""
HINT_OUTLINE_WEIGHT = 6
"""Placements a glyph outline's segments count for, more again, the first time a render draws it as
Chromium draws it (``features: browser``: hinted by :mod:`pureog.text.autofit`, its exact-area mask
made: ~32 us a segment new, ~9 us placed again): those 1,990 spans took 15 s."""

_SHAPING: ContextVar[list[float] | None] = ContextVar("pureog_shaping", default=None)
_FIRST: ContextVar[dict[object, object] | None] = ContextVar("pureog_first_outlines", default=None)
"""The outlines this render has placed (:func:`charge_glyph_segments`' ``first`` keys, with the object
each names, kept alive so an ``id()`` key is not reused within the render, and their extra segments),
and the memoized pieces of its display list it has charged (:mod:`pureog.render_journal`)."""


@contextmanager
def shaping_budget() -> Iterator[None]:
    """Within the block (one render), the fonts' work is counted: :func:`charge_shaping` against
    :data:`MAX_SHAPING_WORK`, :func:`charge_variations` against :data:`MAX_VARIATION_WORK`,
    :func:`charge_glyph_segments` against :data:`MAX_GLYPH_DRAW_SEGMENTS`; a block
    inside another keeps the outer account (layout and painting of one render share it)."""
    with render_account(_SHAPING, 3, nested=True):
        if _FIRST.get() is not None:
            yield
            return
        token = _FIRST.set({})
        try:
            yield
        finally:
            _FIRST.reset(token)


def charge_shaping(glyphs: int) -> None:
    """Record ``glyphs`` more glyphs offered to a lookup; :class:`LimitError` past :data:`MAX_SHAPING_WORK`."""
    if spend(_SHAPING, 0, glyphs, MAX_SHAPING_WORK):
        raise LimitError(f"the fonts' OpenType lookups visit more than {MAX_SHAPING_WORK:,} glyphs in all "
                         "(a font of very many lookups; spec/limits.md)")


def charge_variations(points: int) -> None:
    """Record ``points`` more points varied by a font's ``gvar`` (before fontTools varies them);
    :class:`LimitError` past :data:`MAX_VARIATION_WORK`. Checks the deadline (a glyph at a time)."""
    check_deadline()
    if points and spend(_SHAPING, 1, points, MAX_VARIATION_WORK):
        raise LimitError(f"the fonts' glyph variations (gvar points, variation store terms) pass "
                         f"{MAX_VARIATION_WORK:,} in all (a variable font of very many tuples, points or regions; "
                         "spec/limits.md)")


def charge_glyph_segments(segments: int, first: tuple[object, object, int] | None = None) -> None:
    """Record a glyph outline of ``segments`` segments placed in this render; :class:`LimitError` past
    :data:`MAX_GLYPH_DRAW_SEGMENTS`. ``first``: ``(key, obj, extra)``, the outline's key, the object it
    names and the segments it counts for more the first time this render sees the key (its making:
    :data:`NEW_OUTLINE_WEIGHT`, :data:`HINT_OUTLINE_WEIGHT` times its segments), so a document of
    thousands of distinct outlines (each glyph at its own size) is charged what it costs, and the same
    whether or not the caches of earlier renders hold them."""
    if first is not None:
        seen = _FIRST.get()
        if seen is not None and first[0] not in seen:
            seen[first[0]] = (first[1], first[2])
            segments += first[2]
    if spend(_SHAPING, 2, segments, MAX_GLYPH_DRAW_SEGMENTS):
        raise LimitError(f"the glyphs placed have more than {MAX_GLYPH_DRAW_SEGMENTS:,} outline segments in all "
                         "(a font of glyphs of very many contours, or long text stroked wide; spec/limits.md)")


MAX_RENDER_SVG_COST = 500_000
"""Drawing units (``images/svg/context.MAX_SVG_COST``'s: an element 10, a path segment 1, ``<use>`` copies
again) of every SVG one render draws together: SVG images (``<img>``, backgrounds, masks), inline
``<svg>`` and emoji, each placement again. Each SVG stays under its own 100,000, but a render may place
2,000 of them: 20 images of an SVG of 6,000 rects (90,000 units) took 6.6 s, 200 of them minutes
(each placement is converted and its shapes rasterized again), and 10,000 Twemoji (~210 units each) 13 s.
The conformance suite's busiest card draws 6,585 (an emoji blog post); at this budget a render of SVGs
stops within ~3 s (some 2,400 emoji drawn)."""

MAX_RENDER_LAYERS = 20_000
"""Box shadows, text shadows and background and mask image layers of one render, every element's lists
together. Such a list may hold a thousand or two (the tokens of one value) and a YAML alias shares it
among 2,000 elements: each item is built into the display list (a box shadow's shape, spread and region:
~30 us; a gradient layer's stops and tile) and kept before the paint and blur budgets see any: 300
elements of 2,000 box shadows took 17 s and 852 MB to build (2,000 elements would have taken minutes and
gigabytes), 1,990 one-letter texts of 2,000 text shadows 9.2 s and 441 MB, 100 2x2 px boxes of 1,000
gradient layers 5.9 s (1,990: some two minutes). A card has a few to a few dozen (of the suite's
cards-real, backgrounds and box-shadow cases the most is 55: product-tile-grid-shadows)."""

MAX_RENDER_CLIP_POINTS = 200_000
"""Points of ``clipPath`` shapes built in one render: a polygon's points and a ``path()``'s or ``shape()``'s
segments, each element's shape again (an element's clip is built for its own box and again for its
children). A polygon may have 2,000 points and a path a few ten thousand segments, and a YAML alias
shares one among 2,000 elements: each point is resolved and kept in a path before the paint budget sees
its mask (1,990 polygons of 1,999 points: 9.3 s and 550 MB to the paint budget; 1,990 paths of 20,000
segments past 100 s). A card's shapes have a few to a few dozen."""

MAX_RENDER_GRADIENT_STOPS = 100_000
"""Stops of the CSS gradient layers built in one render: each layer's stops as written, and those that
``features: browser`` adds (nine per colour hint, seven per span between translucent colours mixed
premultiplied: paint/css_stops.py), each element's again. One value may hold some 5,000 stops (its tokens)
and a YAML alias or a repeated string shares it among 2,000 elements: each stop is resolved, normalized
and kept in the display list before the paint budget sees a pixel (~3-8 us a stop): 1,990 layers of 4,000
translucent stops took 47 s and 1.4 GB before the paint budget stopped them at the 18th. A card's
gradients have a few to a few dozen stops."""

MAX_RENDER_HAIRLINE_PIXELS = 1_000_000
"""Pixels walked by the hairlines (strokes at most 1 px wide: borders of half a px or less, thin text
strokes) built in one render: each is walked pixel by pixel in Python (~1.7 us a pixel) when the display
list is built, before the paint budget sees it. 1,990 card-sized boxes with a 0.5 px border walked 7.2
million and each kept an image of its bounding box (2.9 MB: 3 GB and a MemoryError after 29 s). A card's
1 px frame walks ~3,700; stroked text is bounded by the glyph segment budget first (~200,000)."""

_BUILD: ContextVar[list[float] | None] = ContextVar("pureog_build_work", default=None)
"""The display-list builder's account of one render: [SVG drawing units, shadows and background layers,
clip shape points, gradient stops, hairline pixels]."""


def build_budget() -> AbstractContextManager[None]:
    """Within the block (one render's display list), :func:`charge_svg` counts against
    :data:`MAX_RENDER_SVG_COST`, :func:`charge_layers` against :data:`MAX_RENDER_LAYERS` and
    :func:`charge_clip_points` against :data:`MAX_RENDER_CLIP_POINTS`, :func:`charge_gradient_stops`
    against :data:`MAX_RENDER_GRADIENT_STOPS` and :func:`charge_hairline_pixels` against
    :data:`MAX_RENDER_HAIRLINE_PIXELS`; a block inside another keeps the outer account."""
    return render_account(_BUILD, 5, nested=True)


def charge_gradient_stops(count: int, path: str | None = None) -> None:
    """Record ``count`` more CSS gradient stops built in this render; :class:`LimitError` past
    :data:`MAX_RENDER_GRADIENT_STOPS` (with ``path``, or none: the painter names the element)."""
    if spend(_BUILD, 3, count, MAX_RENDER_GRADIENT_STOPS):
        raise LimitError(f"the gradients of this render have more than {MAX_RENDER_GRADIENT_STOPS:,} stops in all, "
                         "each element's counted again (spec/limits.md)", path=path)


def charge_hairline_pixels(count: int) -> None:
    """Record ``count`` more pixels walked by hairlines in this render; :class:`LimitError` past
    :data:`MAX_RENDER_HAIRLINE_PIXELS` (without a path: the painter names the element)."""
    if spend(_BUILD, 4, count, MAX_RENDER_HAIRLINE_PIXELS):
        raise LimitError(f"the hairlines (strokes of at most 1 px) of this render cover more than "
                         f"{MAX_RENDER_HAIRLINE_PIXELS:,} pixels in all (spec/limits.md)")


def charge_clip_points(count: int) -> None:
    """Record ``count`` more clip shape points or segments built in this render; :class:`LimitError` past
    :data:`MAX_RENDER_CLIP_POINTS` (without a path: the painter names the element)."""
    if spend(_BUILD, 2, count, MAX_RENDER_CLIP_POINTS):
        raise LimitError(f"the clipPath shapes of this render have more than {MAX_RENDER_CLIP_POINTS:,} points "
                         "and path segments in all, each element's counted again (spec/limits.md)")


def charge_layers(count: int, path: str | None = None) -> None:
    """Record ``count`` more box or text shadows or background layers in this render; :class:`LimitError`
    past :data:`MAX_RENDER_LAYERS` (with ``path``, or none: the painter names the element)."""
    if spend(_BUILD, 1, count, MAX_RENDER_LAYERS):
        raise LimitError(f"the elements of this render have more than {MAX_RENDER_LAYERS:,} box and text shadows "
                         "and background layers in all (spec/limits.md)", path=path)


def svg_spent() -> int | None:
    """The SVG drawing units charged in this render so far (None outside one)."""
    spent = _BUILD.get()
    return None if spent is None else int(spent[0])


def charge_svg(cost: int) -> None:
    """Record ``cost`` more SVG drawing units in this render; :class:`LimitError` past
    :data:`MAX_RENDER_SVG_COST` (without a path: the caller's element adds it)."""
    if spend(_BUILD, 0, cost, MAX_RENDER_SVG_COST):
        raise LimitError(f"the SVG images, inline <svg>s and emoji of this render take more than "
                         f"{MAX_RENDER_SVG_COST:,} units to draw in all (elements and path segments, each "
                         "placement again; spec/limits.md)")


# --- the deadline ----------------------------------------------------------------------------
_DEADLINE: ContextVar[float | None] = ContextVar("pureog_deadline", default=None)


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Within the block, :func:`check_deadline` raises once ``seconds`` have passed (None: no deadline).
    Nested deadlines keep the earlier instant."""
    if seconds is None:
        yield
        return
    if isinstance(seconds, int) and seconds.bit_length() > 1000:
        seconds = math.inf  # past float range (float() would raise OverflowError): infinite, as in JavaScript
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not seconds > 0 \
            or not math.isfinite(seconds):
        raise LimitError(f"timeout must be a positive number of seconds, got {seconds!r}")
    instant = time.monotonic() + seconds
    outer = _DEADLINE.get()
    token = _DEADLINE.set(instant if outer is None else min(outer, instant))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    """Raise :class:`LimitError` when the current render's deadline has passed or its cancel flag
    (:func:`cancel_on`) is set."""
    instant = _DEADLINE.get()
    if instant is not None and time.monotonic() > instant:
        raise LimitError("the render took longer than its timeout")
    flag = _CANCEL.get()
    if flag is not None and flag.is_set():
        raise LimitError(CANCELLED)


# --- cancelling a render from another thread ---------------------------------------------------
# Carried as the deadline is: a context variable, so asyncio.to_thread's copied context and the threads
# of other renders keep their own. The ASGI app (pureog/web.py) sets the flag when its client disconnects.
_CANCEL: ContextVar[threading.Event | None] = ContextVar("pureog_cancel", default=None)
CANCELLED = "the render was cancelled (its client went away)"


@contextmanager
def cancel_on(flag: threading.Event | None) -> Iterator[None]:
    """Within the block, :func:`check_deadline` raises :class:`LimitError` once ``flag`` is set (None:
    no flag). The error may reach the caller renamed by the element it stopped in; the caller, which
    owns the flag, tells a cancelled render by the flag, not by the error."""
    if flag is None:
        yield
        return
    token = _CANCEL.set(flag)
    try:
        yield
    finally:
        _CANCEL.reset(token)

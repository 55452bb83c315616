"""Painting text leaves: a laid-out paragraph -> glyph outline fills in the text colour.

Each glyph is a translated :class:`Group` around one :class:`FillPath`. Satori writes glyph outlines
into its SVG with one decimal (opentype.js ``toPathData(1)`` on absolute coordinates), and at text
sizes that rounding moves edges by up to 0.05 px, visibly changing anti-aliasing. :func:`svg_rounded_glyph`
reproduces it number for number: each coordinate is the float Satori computes (pen x + scaled font
units, or a repeated glyph's first occurrence shifted, see :class:`~pureog.text.paragraph.PlacedGlyph`),
rounded as JavaScript's ``toFixed(1)`` rounds (the exact binary value, ties up), then split into an
integer translation plus an outline in tenths relative to it. Equal outlines compare equal, so the
rasterizer still shares coverage masks between occurrences that round alike.
Where glyphs of opposite winding overlap (a TrueType and a CFF face in one node), the node is one
nonzero path instead, as Satori's merged ``<path>`` (:mod:`pureog.paint.glyph_winding`).
Decorations, ``-webkit-text-stroke`` and debug boxes import their builders when a leaf uses them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from pureog import caches
from pureog.color import Color
from pureog.display import FillPath, Group, Node, SolidPaint
from pureog.errors import FontError, ImageError, LimitError, tolerated_count
from pureog.geometry import Affine, Rect
from pureog.layout.boxes import Box
from pureog.limits import HINT_OUTLINE_WEIGHT, charge_glyph_segments
from pureog.paint.bounds import node_bounds
from pureog.paint.glyph_rounding import rounded_segments
from pureog.paint.glyph_winding import merged_outline, shared_pixel_groups
from pureog.paint.transform import rounded
from pureog.path import Path, Segment
from pureog.render_journal import Journal, recording, replay
from pureog.style.computed import StyledText
from pureog.text.color_glyphs import draws_in_color
from pureog.text.fonts import FontLibrary
from pureog.text.measure import FlowWidths
from pureog.text.paragraph import Paragraph, PlacedGlyph, layout_paragraph, placed_glyphs

if TYPE_CHECKING:
    from pureog.paint.inline import InlinePainter


class PaintedText(NamedTuple):
    """What :meth:`TextPainter.paint` gives for one text leaf (see there)."""

    glyphs: list[Node]
    images: list[Node]
    """One node per emoji ``<image>``, each at the same index as its frame in ``image_frames``."""
    lines: list[Node]
    measured: Rect
    object_box: Rect | None
    image_frames: tuple[Rect, ...] = ()
    """Each emoji's ``<image>`` box (font size x line height): its object bounding box in usvg, which a
    filter's region is measured on (the picture fitted into it may be narrower)."""
    fill_box: Rect | None = None
    """The glyphs' box without their ``-webkit-text-stroke`` (None: unstroked, the painted box): the
    object bounding box a CSS filter's region is measured on (usvg leaves strokes out)."""
    lines_box: Rect | None = None
    """The decoration lines' centre lines (None: no lines, or moved ones, which have no box in usvg): the
    text-shadow group's object box when no glyph path holds one (:func:`without_glyphs`)."""


class TextPainter:
    """Lays out and paints text leaves with one font library."""

    def __init__(self, fonts: FontLibrary, widths: FlowWidths | None = None) -> None:
        self.fonts = fonts
        self.widths = widths
        """Where layout recorded each leaf's last measured width (Satori draws that flow)."""
        self._inline: InlinePainter | None = None

    def inline(self) -> InlinePainter:
        """The painter of inline formatting contexts (spec/inline.md), made on first use."""
        if self._inline is None:
            from pureog.paint.inline import InlinePainter  # noqa: PLC0415  (loads on use)

            self._inline = InlinePainter(self.fonts)
        return self._inline

    def _layout(self, leaf: StyledText, box: Box, container_width: float | None) -> Paragraph:
        flow = box.width if self.widths is None else self.widths.flow_width(leaf.path, box.width)
        words = None if self.widths is None else self.widths.words(leaf.path)
        baselines = None if self.widths is None else self.widths.baselines(leaf.path)
        return layout_paragraph(leaf.text, leaf.style, self.fonts, flow, box.width, container_width=container_width,
                                words=words, baselines=baselines)

    def measured(self, leaf: StyledText, box: Box, container_width: float | None) -> Rect:
        """Satori's measured text box of a leaf (see :meth:`paint`): its own width and height."""
        if _undefined_position(box):
            return Rect(box.x, box.y, box.width, box.height)
        paragraph = self._layout(leaf, box, container_width)
        return Rect(box.x, box.y, paragraph.width, paragraph.height)

    def paint(
        self, leaf: StyledText, box: Box, opacity: float, container_width: float | None = None,
        matrix: Affine | None = None,
    ) -> PaintedText:
        """:meth:`_paint`, memoized across renders (see :data:`_PAINTED`)."""
        key = self._memo_key(leaf, box, opacity, container_width, matrix)
        hit = _PAINTED.get(key) if key is not None else None
        try:
            if hit is not None and hit[0] is leaf.style and hit[1] is self.fonts:
                painted = hit[2]
                replay(key, hit, hit[3])  # what painting it charged, once a render (render_journal)
            else:
                tolerated = tolerated_count()
                with recording() as charged:
                    painted = self._paint(leaf, box, opacity, container_width, matrix)
                if key is not None and tolerated_count() == tolerated:
                    if len(_PAINTED) >= _PAINTED_MAX:
                        _PAINTED.clear()
                    # (held: their ids stay theirs meanwhile)
                    _PAINTED[key] = (leaf.style, self.fonts, painted, charged[0])
        except (FontError, LimitError) as err:  # a hostile font met drawing this text: named by its path
            raise type(err)(err.message, path=err.path or leaf.path) from None
        # fresh lists: callers may extend what they are given
        return painted._replace(glyphs=list(painted.glyphs), images=list(painted.images), lines=list(painted.lines))

    def _memo_key(self, leaf: StyledText, box: Box, opacity: float, container_width: float | None,
                  matrix: Affine | None) -> tuple[object, ...] | None:
        """What :meth:`_paint` reads: the text, its style (by identity: the cascade hands back the same
        style objects render after render), the font library, the box, the flow layout left for the
        leaf (width, words, baselines), the opacity, the container width and the matrix. None (no memo)
        for a box at a zero coordinate (-0.0 == 0.0 as a key, and the sign could reach the nodes) and
        for a font library made for one render only (``FontLibrary.kept``: the memo would hold it)."""
        if box.x == 0.0 or box.y == 0.0 or not self.fonts.kept:
            return None
        widths = self.widths
        flow = words = baselines = None
        if widths is not None:
            flow = widths.flow_width(leaf.path, box.width)
            found = widths.words(leaf.path)
            words = tuple(found) if found is not None else None
            logged = widths.baselines(leaf.path)
            baselines = tuple(logged) if logged is not None else None
        return (leaf.text, id(leaf.style), id(self.fonts), leaf.path, box.x, box.y, box.width, box.height,
                box.reported, flow, words, baselines, opacity, container_width, matrix)

    def _paint(
        self, leaf: StyledText, box: Box, opacity: float, container_width: float | None = None,
        matrix: Affine | None = None,
    ) -> PaintedText:
        """The leaf's glyph nodes, its emoji images and its decoration lines (apart: Satori's lines
        escape the text's filter and mask, its images the mask); Satori's measuredTextSize placed at
        the box (the text's own width and height, not its stretched box: text-shadow filter regions
        are percentages of it); and the
        nodes' SVG object bounding box when it differs from their painted box (decoration lines count
        by their centre line, not their stroke), None otherwise.
        ``matrix``: the absolute transform of the text's element (None: identity), which decides
        whether a thin ``-webkit-text-stroke`` is a hairline."""
        style = leaf.style
        color = style.color
        measured = Rect(box.x, box.y, box.width, box.height)
        if opacity <= 0.0 and not style.text_decoration_line:
            return PaintedText([], [], [], measured, None)
        if _undefined_position(box):
            return self._unplaced(leaf, box, container_width, opacity, measured, matrix)
        paragraph = self._layout(leaf, box, container_width)
        measured = Rect(box.x, box.y, paragraph.width, paragraph.height)
        glyphs: list[Node] = []
        fills: list[Node] = []  # the glyphs without their stroke: SVG's object bounding box
        if color.is_transparent and style.text_shadow:
            # Satori fills transparent text black inside its text-shadow filter group, so the shadow
            # (and the black glyphs) show; a background-clip: text gradient then covers the glyphs.
            color = Color(0, 0, 0, 1.0)
        every = placed_glyphs(paragraph, box.x, box.y)
        colored = _colored(every, getattr(self.fonts, "features", "satori"))
        if colored:
            every = [g for g in every if id(g) not in colored]
        browser = getattr(self.fonts, "features", "satori") == "browser"
        # (Chromium strokes a transparent text's outlines; Satori draws no glyph of it at all)
        stroke_only = browser and color.is_transparent and style.webkit_text_stroke_width > 0
        if not color.is_transparent or stroke_only:
            paint = SolidPaint(color)
            if not _satori_drawn(paragraph):  # drawn as Chromium draws text (raster/chrome_glyph.py)
                glyphs = [chrome_glyph(g.path, paint, g.x, g.y) for g in every if _drawable(g)]
            else:
                placed = _placed_glyphs(every)
                glyphs = _glyph_fills(placed, paint)
            fills = list(glyphs)
            if style.webkit_text_stroke_width > 0:
                from pureog.paint.decoration import text_stroke_nodes  # noqa: PLC0415  (rare: loads on use)

                if browser:
                    # Chromium paints text's fill, then its stroke (paint-order normal): the whole width
                    # of the stroke shows, half of it over the glyph
                    strokes = text_stroke_nodes(glyphs, style, matrix, browser=True)
                    if stroke_only:
                        glyphs, fills = strokes, []
                    else:
                        glyphs += strokes
                else:
                    # -webkit-text-stroke: paint-order stroke, so every glyph's stroke goes under all fills.
                    glyphs[:0] = text_stroke_nodes(glyphs, style, matrix)
        if colored:  # colour glyphs (COLR, CBDT, sbix), drawn instead of their outlines
            from pureog.paint.color_glyph import color_glyph_nodes  # noqa: PLC0415  (colour fonts only)

            size = paragraph.font_size
            painted: list[Node] = []
            for g in colored.values():
                assert g.face is not None
                painted += color_glyph_nodes(g.face, g.gid, size, g.x, g.y, style.color)
            glyphs += painted
            fills += painted
        # emoji: Satori's <image> elements, drawn after the text's glyphs; they carry the clip-path,
        # filter and opacity but not the mask of the glyphs' <g> (builder/text.ts)
        framed = _inline_images(paragraph, box, leaf.path, matrix=matrix) if paragraph.images else []
        images: list[Node] = [node for node, _ in framed]
        # Satori's decoration <line>s carry no opacity attribute: they stay outside the opacity group.
        decorations: list[Node] = []
        centre_lines: Rect | None = None
        if style.text_decoration_line:
            from pureog.paint.decoration import paint_decorations  # noqa: PLC0415  (loads on use)

            try:
                decorations, centre_lines = paint_decorations(paragraph, style, box.x, box.y, matrix)
            except LimitError as err:  # the render's dashes (spec/limits.md): named by the text's path
                raise LimitError(f"textDecoration: {err.message}", path=err.path or leaf.path) from None
            if matrix is not None and decorations and not rounded(matrix).is_identity:
                # Satori puts each moved decoration <line> in a <g> with the ancestors' clip-path, but a
                # line has no height however it is turned, and resvg ignores the clip-path of an
                # element without a bounding box: the lines escape the clip (tw generator seed 1142).
                # A matrix Satori writes as the identity (`translateY(0)`) is no transform to usvg: the
                # line keeps its box and the clip cuts it (outsider generator seed 3092)
                decorations = [Group(tuple(decorations), unclipped=True)]
        if centre_lines is not None and matrix is not None and not rounded(matrix).is_identity:
            # a decoration <line> with a transform has no bounding box for resvg, turned or not: its own
            # box has no height, and usvg maps a box through a transform as a rectangle, which it cannot
            # make of it. The group's box (the text-shadow region) then ends at the glyphs.
            centre_lines = None
        # The text-shadow region is a share of the object bounding box, which leaves strokes out: a
        # -webkit-text-stroke reaching past the glyphs is cut at the region's edge (unmoved text).
        stroked = style.webkit_text_stroke_width > 0 and matrix is None and bool(fills)
        object_box = _object_box(fills, centre_lines) if decorations or stroked else None
        fill_box = _object_box(fills, None) if stroked else None
        if opacity == 0.0:  # only the decoration lines show (Satori writes no glyph path at opacity 0),
            glyphs, images = [], []  # and the text-shadow group's object box is theirs alone
            object_box, fill_box = centre_lines, None
        # a negative opacity (Satori passes it on: not 0) keeps the glyph paths, drawn at resvg's
        # clamped opacity 0 but holding the object box: a text shadow's region is theirs, so the
        # decoration lines and their shadows show (alien paint generator seed 1221)
        if glyphs and opacity < 1.0:
            glyphs = [Group(tuple(glyphs), opacity=opacity)]
        if images and opacity < 1.0:
            images = [Group((image,), opacity=opacity) for image in images]
        return PaintedText(glyphs, images, decorations, measured, object_box, tuple(frame for _, frame in framed),
                           fill_box, centre_lines)

    def _unplaced(self, leaf: StyledText, box: Box, container_width: float | None, opacity: float,
                  measured: Rect, matrix: Affine | None) -> PaintedText:
        """A leaf whose position Yoga left undefined (NaN): Satori's glyph paths hold NaN and draw
        nothing, but an emoji ``<image>`` with ``x="NaN"`` or ``y="NaN"`` is drawn by resvg, which
        reads the attribute it cannot parse as 0 (wide generator seed 6833: the rocket at the top), and
        so is an unmoved text's decoration ``<line>`` with NaN ``y1``/``y2``, on y 0."""
        paragraph = self._layout(leaf, box, container_width)
        if box.reported is None:
            return PaintedText([], [], [], measured, None)
        x, y = box.reported[0], box.reported[1]
        framed = _inline_images(paragraph, box, leaf.path, (x != x, y != y), matrix) if paragraph.images else []
        images: list[Node] = [node if opacity >= 1.0 else Group((node,), opacity=opacity) for node, _ in framed]
        lines: list[Node] = []
        style = leaf.style
        if style.text_decoration_line and x == x and y != y and matrix is None:
            # its decoration <line>s: y1/y2 NaN, read as 0 by resvg; x1/x2 as laid out
            from pureog.paint.decoration import paint_decorations  # noqa: PLC0415  (loads on use)
            from pureog.paint.decoration_chrome import uses_chrome_decoration  # noqa: PLC0415

            if not uses_chrome_decoration(style):
                lines, _ = paint_decorations(paragraph, style, box.x, box.y, None, undefined_top=True)
        return PaintedText([], images, lines, measured, None, tuple(frame for _, frame in framed))

    def outline(self, leaf: StyledText, box: Box, container_width: float | None = None) -> list[Segment]:
        """The leaf's glyph outlines in canvas px, as one segment list (``background-clip: text``)."""
        if box.width <= 0:
            return []
        paragraph = self._layout(leaf, box, container_width)
        segments: list[Segment] = []
        for path, ix, iy in _placed_glyphs(placed_glyphs(paragraph, box.x, box.y)):
            segments.extend(path.transformed(Affine.translate(ix, iy)).segments)
        return segments

    def debug_boxes(self, leaf: StyledText, box: Box, container_width: float | None = None,
                    matrix: Affine | None = None) -> list[Node]:
        """``debug: true``: the glyph-run boxes and baselines Satori outlines (see paint/debug.py), in
        canvas space (the element's absolute ``matrix`` applied). A text box 0 px wide is outlined too:
        Satori outlines every run it draws, and it draws the words of such a box one a line, overflowing."""
        style = leaf.style
        paragraph = self._layout(leaf, box, container_width)
        chain = self.fonts.chain(style.font_family, style.font_weight, style.font_style, style.font_size,
                                 style.font_variation_settings, style.locale)
        from pureog.paint.debug import text_boxes  # noqa: PLC0415  (debug only)

        reported = box.reported  # NaN where Yoga left the position undefined (layout/boxes.py)
        undefined = (False, False) if reported is None else (reported[0] != reported[0], reported[1] != reported[1])
        return text_boxes(paragraph, style, chain, box.x, box.y, matrix, undefined)


_PAINTED: dict[tuple[object, ...], tuple[object, FontLibrary, PaintedText, Journal]] = {}
"""Memo of :meth:`TextPainter.paint` across renders: a text leaf's nodes are a pure function of what
:meth:`TextPainter._memo_key` lists (display-list nodes are frozen records), and a server or a batch
draws the same labels at the same places again (the stat grid's 61 leaves: ~5 ms a warm render, shaping
placement, rounding every glyph to Satori's tenths and wrapping each in its translation). Text whose
painting reported anything is painted every time. Bounded to a few cards' text: in a batch of other titles
the entries rarely meet again, and 1,024 grew a 1,000-card blog-template batch's worker by ~15 MB. Each
entry holds what painting it charged the render (:mod:`pureog.render_journal`), charged again when taken."""
_PAINTED_MAX = 256


def without_glyphs(painted: PaintedText) -> PaintedText:
    """``painted`` as usvg keeps it when it skips the glyphs' ``<g>`` (its mask has nothing to draw: see
    :func:`pureog.paint.mask.mask_nodes`): no glyph draws or holds the text-shadow group's object box,
    which is the decoration lines' alone; the emoji ``<image>``s, outside that ``<g>``, stay."""
    return painted._replace(glyphs=[], object_box=painted.lines_box, fill_box=None)


def _object_box(glyphs: list[Node], centre_lines: Rect | None) -> Rect | None:
    """The glyphs' box joined with the decoration lines' centre lines."""
    boxes = [b for b in (node_bounds(Group(tuple(glyphs))) if glyphs else None, centre_lines) if b is not None]
    if not boxes:
        return None
    x0, y0 = min(b.x for b in boxes), min(b.y for b in boxes)
    x1, y1 = max(b.right for b in boxes), max(b.bottom for b in boxes)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def _undefined_position(box: Box) -> bool:
    """Whether Yoga left the text's position undefined (NaN, see layout/boxes.py): Satori then writes
    NaN into every glyph path and decoration, which resvg cannot read, so the text draws nothing."""
    reported = box.reported
    return reported is not None and (reported[0] != reported[0] or reported[1] != reported[1])


# A glyph placed this far from the origin cannot show on any canvas (spec/limits.md caps its size),
# and its coordinates in tenths of a pixel would overflow (a padding of 1e308 px, found by fuzzing).
_FAR = 1e9


def _satori_drawn(paragraph: Paragraph) -> bool:
    """Whether Satori draws the paragraph (one merged path); text laid out as a browser lays it out
    (:mod:`pureog.text.runs`, explicit glyph offsets) is drawn glyph by glyph, as Chromium draws it."""
    return paragraph.satori_lines or not any(run.shaped.glyph_dy for run in paragraph.runs)


def _colored(placed: list[PlacedGlyph], features: str) -> dict[int, PlacedGlyph]:
    """The glyphs drawn in colour (:func:`pureog.text.color_glyphs.draws_in_color`), by ``id()``."""
    found: dict[int, PlacedGlyph] = {}
    for g in placed:
        if g.face is not None and abs(g.x) < _FAR and abs(g.y) < _FAR and draws_in_color(
                g.face, g.gid, not g.path.is_empty, features):
            found[id(g)] = g
    return found


def _drawable(g: PlacedGlyph) -> bool:
    """Whether the glyph has an outline placed where a canvas can show it."""
    return not g.path.is_empty and abs(g.x) < _FAR and abs(g.y) < _FAR


def chrome_glyph(path: Path, paint: SolidPaint, x: float, y: float) -> Group:
    """A glyph of text whose reference is Chromium (browser-laid-out text: this painter's shaped and bidi
    runs, :mod:`pureog.paint.inline`'s lines): hinted as FreeType's light auto-fitter hints it and marked
    for Skia's positions, coverage and gamma (:mod:`pureog.raster.chrome_glyph`), at ``(x, y)``."""
    from pureog.text.autofit import hinted_outline  # noqa: PLC0415  (browser-laid-out text only)

    # hinting an outline and making its exact-area masks cost some 23 us a segment more than placing it
    # again: counted the first time this render draws it (spec/limits.md, glyph segments placed)
    charge_glyph_segments(0, (("chrome", id(path)), path, HINT_OUTLINE_WEIGHT * len(path.segments)))
    return Group((FillPath(hinted_outline(path), paint, chrome_text=True),), transform=Affine.translate(x, y))


def _glyph_fills(placed: list[tuple[Path, float, float]], paint: SolidPaint) -> list[Node]:
    """The glyphs' fills: one by one (translated, so equal outlines share coverage), but the glyphs
    that reach into a pixel together filled as one nonzero path, as Satori's one ``<path>`` for the
    node covers that pixel: opposite windings cancel where they meet, equal ones cover their union."""
    groups = shared_pixel_groups(placed)
    first = {members[0]: members for members in groups}
    grouped = {i for members in groups for i in members}
    out: list[Node] = []
    for i, (path, ix, iy) in enumerate(placed):
        if i in first:
            out.append(Group((FillPath(merged_outline([placed[m] for m in first[i]]), paint),)))
        elif i not in grouped:
            out.append(Group((FillPath(path, paint),), transform=Affine.translate(ix, iy)))
    return out


def _placed_glyphs(placed: list[PlacedGlyph]) -> list[tuple[Path, float, float]]:
    """Every visible glyph as ``(outline rounded as in Satori's SVG, integer x, integer y)``."""
    return [
        svg_rounded_glyph(g.path, g.x, g.y, g.first_x, g.first_y)
        for g in placed
        if _drawable(g)
        and abs(g.first_x if g.first_x is not None else g.x) < _FAR
        and abs(g.first_y if g.first_y is not None else g.y) < _FAR
    ]


# Outlines per (glyph, position), ~3.5 KB each: a card redrawn hits them all (a card draws hundreds of
# glyphs, rarely thousands); a batch of other titles rarely does. 50,000 entries let a 1,000-card batch
# grow each worker by ~12 MB and would have gone on to ~170 MB.
_ROUNDED_CACHE_LIMIT = caches.limit("paint.rounded_glyphs", 4096)  # glyph outlines
_rounded_glyphs: dict[tuple[Path, float, float, float, float], tuple[Path, float, float]] = {}


def svg_rounded_glyph(
    path: Path, x: float, y: float, first_x: float | None = None, first_y: float | None = None
) -> tuple[Path, float, float]:
    """``(outline, ix, iy)``: the outline translated by the integers ``(ix, iy)`` is ``path`` at
    ``(x, y)`` with every coordinate rounded to a tenth of a pixel exactly as in Satori's SVG.

    ``first_x``/``first_y``: where this glyph first occurred in its run (Satori shifts that
    occurrence's absolute coordinates, ``(first_x + c) + (x - first_x)``); default: here."""
    fx = x if first_x is None else first_x
    fy = y if first_y is None else first_y
    key = (path, x, y, fx, fy)
    hit = _rounded_glyphs.get(key)
    if hit is not None:
        return hit
    ix, iy = math.floor(x), math.floor(y)
    result = (Path(rounded_segments(path, x, y, fx, fy, ix, iy)), float(ix), float(iy))
    if len(_rounded_glyphs) >= _ROUNDED_CACHE_LIMIT.value:
        _rounded_glyphs.clear()
    _rounded_glyphs[key] = result
    return result


def _inline_images(paragraph: Paragraph, box: Box, where: str, undefined: tuple[bool, bool] = (False, False),
                   matrix: Affine | None = None) -> list[tuple[Node, Rect]]:
    """Each image grapheme's SVG fitted (xMidYMid meet) into its font-size x line-height box, with
    that box. ``undefined``: the axes on which the text's position is NaN, where the ``<image>``'s
    attribute is NaN and resvg places it at 0 (:meth:`TextPainter._unplaced`); ``matrix``: the text
    element's absolute transform, through which resvg decides which of the SVG's strokes are hairlines
    (OpenMoji's 2-unit outlines are under 1 px at 28 px, wider under ``scale(2)``)."""
    outer = rounded(matrix) if matrix is not None else None  # as Satori writes it, as the <img> path does
    try:
        from pureog.images.svg.draw import svg_document_nodes  # noqa: PLC0415  (lazy: SVG support loads on use)
    except ImportError as exc:
        message = "drawing emoji needs the SVG renderer (pureog.images.svg), which is missing"
        raise ImageError(message, path=where) from exc
    framed: list[tuple[Node, Rect]] = []
    for image in paragraph.images:
        frame = Rect(0.0 if undefined[0] else box.x + image.x, 0.0 if undefined[1] else box.y + image.y,
                     image.width, image.height)
        # Satori's <image> for a grapheme keeps the default preserveAspectRatio (xMidYMid meet): square
        # sets fill a centred square and svgmoji's 3:2 flags are letterboxed, fitted as resvg fits
        # (whole units, images/svg/units.screen_fit)
        nodes = svg_document_nodes(image.svg, frame, f"{where} (emoji {image.grapheme!r})", outer, "xMidYMid")
        framed.append((Group(tuple(nodes), picture=True), frame))
    return framed


caches.register("paint.text", _PAINTED, _rounded_glyphs)

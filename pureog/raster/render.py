"""Display-list renderer: :class:`pureog.display.DisplayList` -> :class:`Pixmap` (premultiplied RGBA8).

Role: walks the Group tree the way resvg walks Satori's SVG: transforms compose parent-first; a group's
clip (in its local space) becomes an anti-aliased coverage mask intersected with the parent's; children
paint source-over in order; ``opacity < 1`` (or a blur) renders the children into a transparent layer
that is then composited with that opacity.

Fills: path -> :mod:`flatten` -> :mod:`scan` (coverage mask) -> clip -> :mod:`blend` (solid colours) or
:mod:`shade` (gradients, images) + :mod:`blend`.

A path's coverage (cached across renders) comes from :mod:`pureog.raster.path_mask`; a group's
filters (blur, drop shadows, CSS filter functions, SVG filter graphs) run in
:mod:`pureog.raster.render_filters`. Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pureog.display import (
    BLUR_SIGMA_CANVASES,
    BackdropFilter,
    BlendMode,
    Clip,
    DisplayList,
    FillPath,
    Group,
    Node,
    PatternPaint,
    SolidPaint,
    single_fill,
)
from pureog.errors import LimitError, PureogError
from pureog.geometry import IDENTITY, Affine
from pureog.limits import (
    MAX_LIVE_LAYER_BYTES,
    PAINT_WORK_BLENDED,
    PAINT_WORK_EDGE_PIXELS,
    PAINT_WORK_LAYER,
    blur_pixel_budget,
    charge_kept,
    charge_paint,
    check_deadline,
    kept_name,
    making_kept,
    paint_budget,
    paint_budget_exceeded,
    paint_work_left,
)
from pureog.raster import blend, kept_backdrop, mask_geometry
from pureog.raster.blur_budget import blur_budget_exceeded, check_blur_budget
from pureog.raster.canvas import canvas, covering_first_fill, opaque_first_fill, shaded_canvas
from pureog.raster.flatten import flatten
from pureog.raster.glyph_run import glyph_run, join_masks, plain_glyph, text_right_cut
from pureog.raster.heap import keep_heap
from pureog.raster.layer import Layer, apply_clip, composite, luminance_mask
from pureog.raster.over import over_shaded
from pureog.raster.path_mask import clip_mask, path_bounds, path_mask
from pureog.raster.pixmap import Pixmap
from pureog.raster.row_runs import render_table
from pureog.raster.scan import Mask
from pureog.raster.shape_repeats import ShapeRepeats
from pureog.records import replace

if TYPE_CHECKING:
    from pureog.display import Paint
    from pureog.matrix3d import Projective
    from pureog.raster.shade import Shader

# What only some documents draw loads where it is first drawn, not with this module (a one-shot
# render of a plain card pays for every import: bench/README.md, the fiftieth pass): 3D layers
# (matrix3d, projective), Chromium's glyph masks (chrome_glyph), SVG mask regions (mask_region), a
# clip group's own shapes (own_clip), pattern tiles, pictures, filters and shadows (render_filters),
# resvg's layer trims (trim) and shaders (shade: gradients, images). tests/test_cold_imports pins them.

Box = tuple[int, int, int, int]

_NOTHING = Mask(0, 0, 0, 0, [])
# Cleared buffers a render keeps for its next layers: a layer inside a layer takes the second.
_SPARE_LAYERS = 2
"""A clip that lets nothing through: what an empty clip or mask leaves for :attr:`Group.unclipped`
descendants, which ignore it and still paint (a moved decoration line under disjoint clips)."""


def _holds_unclipped(g: Group) -> bool:
    """Whether a group below ``g`` ignores the clips in effect (see :attr:`Group.unclipped`)."""
    return any(isinstance(c, Group) and (c.unclipped or _holds_unclipped(c)) for c in g.children)


class _Renderer:
    def __init__(self, width: int, height: int, trims: bool = False, extent: Box | None = None) -> None:
        self.width = width
        self.height = height
        self.canvas: Box = (0, 0, width, height)
        # The whole pixmap resvg draws on, in this pixmap's coordinates: a pattern tile too large to render
        # whole is drawn a window at a time (raster/tile_window.py), and its masks see the whole tile.
        self.extent: Box = self.canvas if extent is None else extent
        self.trims = trims  # resvg's layer trim (DisplayList.trims_layers; raster/trim.py)
        # Draws a pattern's tile: trimmed as this render is (the drawer is part of the tile cache's key)
        self.draw_tile = _draw_trimmed_tile if trims else _draw_tile
        # Inside a clip or mask that Satori writes on every shape: each shape is then a resvg group of its
        # own, trimmed on its own (fill: a shape one pixel row tall keeps three columns).
        self.shape_trim = False
        # Set while rendering a shadow's coverage: every fill paints this colour instead of its own.
        self.paint_override: tuple[int, int, int, int] | None = None
        # the alpha the override stands for (a shadow of one RGB): a fill less opaque than it draws
        # that share of the override's coverage (render_filters.blurred, display.uniform_color)
        self.override_alpha: int | None = None
        self.blur_pixels = 0  # pixels filtered so far (the budget: _spend_blur)
        self.blur_budget = blur_pixel_budget(width, height)
        self.covers: dict[tuple[object, ...], Mask | None] = {}  # 3D planes' coverage, shared by their pieces
        # Rendering a 3D layer: the 3D groups inside it that paint straight into it (no clip, layer or
        # effect between), which its parent renderer draws under the composed map (_projected).
        # Each comes with what the layer held when it was met (None: nothing new since the last one),
        # and the layer is cleared: the parts are drawn in paint order, each resampled once.
        self.deferred: list[tuple[Group, Affine, Pixmap | None]] | None = None
        self.deferred_target: Layer | None = None
        self.sources: dict[int, str] = {}  # DisplayList.sources: element paths for limit errors
        self.spare: list[Pixmap] = []  # cleared canvas-sized buffers for the next layers (_new_layer)
        self.live_layers = 0  # layers made by the groups being drawn (_new_layer; group() restores it)
        # The clip group whose shapes are being drawn straight onto the target (Clip, its matrix, the
        # clips around it, the clip mask applied): each shape is clipped in its own trimmed layer (own_clip.py)
        self.own_clip: tuple[Clip, Affine, Mask | None, Mask | None] | None = None
        self.right_cut: int | None = None  # resvg's trim of a clipped text's layer (_cut_text)
        self.repeats = ShapeRepeats()  # this render's masks of repeated shapes (raster/shape_repeats.py)
        self.prefilled: FillPath | None = None  # the first fill, already in the canvas (raster/canvas.py)
        # The last solid paint _solid met and its premultiplied colour: a text's glyphs share one
        # paint object (the stat grid: ~400 glyph fills a render, ~60 paints).
        self._solid_paint: object = None
        self._solid_color: tuple[int, int, int, int] | None = None

    def group(self, g: Group, parent: Affine, clip: Mask | None, target: Layer) -> None:
        check_deadline()  # the render's timeout (pureog/limits.py)
        if g.opacity <= 0.0 or (not g.children and not g.svg_filters and g.backdrop is None):
            return  # (a filter can paint nothing's layer; a backdrop filter paints under nothing)
        live = self.live_layers  # the layers this group makes are dropped when it returns
        own_clip, self.own_clip = self.own_clip, None  # only the clip group's own shapes use it
        try:
            if not self.trims:
                self._group(g, parent, clip, target)
                return
            outer = self.shape_trim
            if not g.transform.is_identity:  # a glyph, a moved picture: not a shape Satori clips on its own
                self.shape_trim = False
            if g.clip is not None or g.mask is not None:
                self.shape_trim = True
            try:
                self._group(g, parent, clip, target)
            finally:
                self.shape_trim = outer
        finally:
            self.live_layers = live
            self.own_clip = own_clip

    def _group(self, g: Group, parent: Affine, clip: Mask | None, target: Layer) -> None:
        if g.unclipped:
            clip = None
        if g.projection is not None:  # a 3D layer: its content in its own plane, then projected
            from pureog.matrix3d import Projective  # noqa: PLC0415  (3D layers only)
            from pureog.raster import projective  # noqa: PLC0415
            m = parent if g.transform.is_identity else parent @ g.transform
            if self.deferred is not None and target is self.deferred_target and clip is None:
                self.deferred.append((g, m, projective.take_part(target)))
                return
            self._projected(g, Projective.from_affine(m), clip, target)
            return
        if g.backdrop is not None:  # first: it reads what is below the group, in this target
            self._backdrop(g.backdrop, parent if g.transform.is_identity else parent @ g.transform, clip, target)
            g = replace(g, backdrop=None)
        if g.porter_duff is not None:  # COLR PaintComposite: the whole of both layers takes part
            layer = self._new_layer()
            self.group(replace(g, porter_duff=None), parent, clip, layer)
            composite(layer, target, 1.0, g.porter_duff, whole=True)
            self._release(layer)
            return
        if g.layer or g.blend is not _NORMAL:  # a stacking context of its own: one layer
            layer = self._new_layer()
            self.group(replace(g, layer=False, blend=BlendMode.NORMAL), parent, clip, layer)
            composite(layer, target, 1.0, g.blend)
            self._release(layer)
            return
        m = parent if g.transform.is_identity else parent @ g.transform
        if g.svg_mask:
            from pureog.raster.mask_region import group_vanishes  # noqa: PLC0415  (SVG masks only)
            if group_vanishes(g, m, self.extent, self.canvas, self._kept):
                return  # tiny-skia 0.8.3 leaves the mask's region clip empty (raster/mask_region.py)
        outer = clip
        if g.clip is not None:
            box = self._box(clip)
            cm = clip_mask(g.clip, m, box, self.canvas)
            if cm is not None:
                self._spend_work(cm.width * cm.height)
            if cm is not None and clip is not None:
                cm = blend.intersect(cm, clip)
            if cm is None:  # nothing shows through: only the unclipped descendants can paint
                if not _holds_unclipped(g):
                    return
                cm = _NOTHING
            clip = cm
        if g.mask is not None:
            mm = self._mask_coverage(g.mask, m, clip)
            if mm is not None and clip is not None:
                mm = blend.intersect(mm, clip)
            if mm is None:
                if not _holds_unclipped(g):
                    return
                mm = _NOTHING
            clip = mm
        layered = g.isolated and (g.mask is not None or g.clip is not None) or g.composite
        if layered and clip is not None and not single_fill(g):
            # resvg clips and masks the group's finished layer: overlapping shapes must not each be
            # masked (the upper one would let the lower one show through where the mask is partial),
            # nor each cut by the anti-aliased clip edge.
            layer = self._new_layer()
            self.shape_trim = False  # one <g clip-path> around the shapes: the group's layer is trimmed
            self.group(replace(g, transform=IDENTITY, clip=None, mask=None, composite=False), m, None, layer)
            kept = self._trim(layer)
            if kept is not None and g.clip is not None and g.mask is None and clip is not _NOTHING:
                # the clip path is filled into the trimmed layer's pixmap, which may cut its curves
                from pureog.raster.own_clip import layer_clip_mask  # noqa: PLC0415  (clipped layers only)
                clip = layer_clip_mask(g.clip, m, outer, clip, kept) or _NOTHING
            apply_clip(layer, clip)
            composite(layer, target, 1.0)
            self._release(layer)
            return
        if g.svg_filters or g.filter is not None or g.blur is not None:
            self.shape_trim = False  # resvg trims no filtered group, nor the shapes clipped with it
        elif g.shadow is not None:
            # Satori's text-shadow filter holds the text's own <g>s, each with the clips in effect (the
            # glyphs', one per decoration line): each such clipped group's layer is trimmed as anywhere
            # (an underline the canvas cuts to one row vanishes, its shadow with it: stranger seed 1257)
            self.shape_trim = clip is not None
        if g.svg_filters or g.shadow is not None or g.filter is not None:
            from pureog.raster import render_filters  # noqa: PLC0415  (filtered and shadowed groups only)
            if g.svg_filters:
                render_filters.svg_filtered(self, g, m, clip, target)
            elif g.shadow is not None:
                render_filters.shadowed(self, g, g.shadow, m, clip, target)
            elif g.filter is not None:
                render_filters.filtered(self, g, g.filter, m, clip, target)
            return
        if g.opacity >= 1.0 and g.blur is None:
            if g.picture and clip is None and self.paint_override is None and self.own_clip is None \
                    and self.right_cut is None and self.deferred is None and not self.shape_trim:
                from pureog.raster.picture import draw_picture  # noqa: PLC0415  (pictures only)
                touched = draw_picture(g, parent, target.pixmap, self.canvas, self._draw_picture)
                if touched is not None:
                    target.touch(Mask(touched[0], touched[1], touched[2] - touched[0], touched[3] - touched[1], []))
                    return
            if self.trims and g.clip is not None and g.mask is None:
                self.own_clip = (g.clip, m, outer, clip)
                if all(plain_glyph(kid, _NORMAL) for kid in g.children):
                    self._cut_text(g, m, clip, target)
                    return
            self.children(g, m, clip, target)
            return
        if g.blur is not None:
            from pureog.raster.render_filters import blurred  # noqa: PLC0415  (blurred groups only)
            blurred(self, g, g.blur, m, clip, target)
            return
        layer = self._new_layer()
        self.children(g, m, clip, layer)
        self._trim(layer)
        composite(layer, target, g.opacity)
        self._release(layer)

    def _draw_picture(self, kids: tuple[Node, ...], m: Affine, pixmap: Pixmap) -> None:
        """Draws a picture's content into its own layer (raster/picture.py), as this render would draw it."""
        sub = _Renderer(pixmap.width, pixmap.height, self.trims)
        sub.blur_pixels, sub.blur_budget = self.blur_pixels, self.blur_budget
        sub.sources = self.sources
        sub.children(Group(kids), m, None, Layer(pixmap))
        self.blur_pixels = sub.blur_pixels

    def _new_layer(self, dirty: list[int] | None = None) -> Layer:
        """A clear canvas-sized layer, charged to the paint budget (clearing and compositing it) and
        counted while the groups around it are drawn: nested layers are all held at once (127 nested SVG
        groups with an opacity on a 4000 px canvas held 2 GB before the paint budget stopped them).
        Its buffer is one :meth:`_release` gave back earlier in this render when there is one: a fresh
        canvas-sized ``bytearray`` touches every page (~0.4-1 ms at 1200x630), and a card of 24 clipped
        SVG icons made one per icon."""
        self._count_layer()
        pixmap = self.spare.pop() if self.spare else Pixmap(self.width, self.height)
        return Layer(pixmap) if dirty is None else Layer(pixmap, dirty)

    def _count_layer(self) -> None:
        """Charges a canvas-sized layer to the paint budget and counts it as held until the group being
        drawn returns (spec/limits.md: at most MAX_LIVE_LAYER_BYTES at once)."""
        self._spend_work(self.width * self.height * PAINT_WORK_LAYER)
        self.live_layers += 1
        if self.live_layers * self.width * self.height * 4 > MAX_LIVE_LAYER_BYTES:
            raise LimitError(f"groups nest {self.live_layers} canvas-sized layers ({self.width}x{self.height}), "
                             f"more than {MAX_LIVE_LAYER_BYTES >> 20} MB at once (spec/limits.md)")

    def _release(self, layer: Layer) -> None:
        """Clears a dropped layer's painted box and keeps its buffer for the next layer. Nothing lies
        outside that box (compositing relies on it too), so the buffer is all clear again. Only for a
        layer whose box was never cut down after painting (a filter's result box leaves paint outside)."""
        pm = layer.pixmap
        x0, y0, x1, y1 = layer.dirty
        x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, pm.width), min(y1, pm.height)
        if x1 > x0 and y1 > y0:
            zero = bytes(4 * (x1 - x0))
            for o in range(y0 * pm.stride + 4 * x0, y1 * pm.stride, pm.stride):
                pm.data[o : o + len(zero)] = zero
        if len(self.spare) < _SPARE_LAYERS:
            self.spare.append(pm)

    def _spend_work(self, work: int) -> None:
        """Counts weighted painted pixels against the render's paint budget (spec/limits.md): each fill
        and layer is at most a canvas, but 2,000 elements may each cover it."""
        charge_paint(work)

    def _trim(self, layer: Layer) -> tuple[int, int, int, int] | None:
        """resvg's trim of a group's layer to its content (raster/trim.py), in Next.js documents; the
        rectangle kept (None: no trim, or an empty layer)."""
        if self.trims:
            from pureog.raster.trim import trim_layer  # noqa: PLC0415  (layers in Next.js documents only)
            return trim_layer(layer.pixmap.data, layer.pixmap.stride, layer.dirty, self.canvas)
        return None

    def _kept(self, g: Group, m: Affine) -> Box | None:
        """resvg's trimmed layer of ``g``'s children drawn under ``m`` (before its clip and mask)."""
        layer = self._new_layer()
        self.group(replace(g, transform=IDENTITY, clip=None, svg_mask=False), m, None, layer)
        from pureog.raster.trim import kept_rect  # noqa: PLC0415  (SVG masks only)
        kept = kept_rect(layer.pixmap.data, layer.pixmap.stride, layer.dirty, self.canvas)
        self._release(layer)
        return kept

    def _projected(self, g: Group, outer: Projective, clip: Mask | None, target: Layer) -> None:
        """A group under a projective map (:class:`pureog.display.Projection`; ``outer``: its parent's
        coordinates -> device): its content rendered into a layer in its local plane
        (:func:`projective.layer_grid`), then resampled onto the target inside the layer's device polygon
        (cut behind the eye) and the clips in effect, composited source-over. A 3D group painting
        straight into that layer is drawn under the composed map instead, resampled once, as Chromium's
        compositor draws a flattened child layer: the layer is drawn in parts, what was painted before
        each such child, the child, and so on, so content of the parent painted after a 3D child stays
        over it (each part resampled on its own: where a later part is translucent over an earlier one,
        the two are blended after resampling, not before)."""
        from pureog.matrix3d import Projective  # noqa: PLC0415  (3D layers only)
        from pureog.raster import projective  # noqa: PLC0415
        assert g.projection is not None
        device = outer @ g.projection.map
        grid = projective.layer_grid(device, g.projection.bounds)
        if grid is None:
            return
        layer = Layer(Pixmap(grid.width, grid.height))
        self._spend_work(grid.width * grid.height * PAINT_WORK_LAYER)
        inner = replace(g, projection=None, transform=IDENTITY)
        sub = _Renderer(grid.width, grid.height)
        sub.blur_pixels, sub.blur_budget = self.blur_pixels, self.blur_budget
        sub.covers = self.covers
        sub.deferred, sub.deferred_target = [], layer
        sub.group(inner, grid.to_layer, None, layer)
        self.blur_pixels = sub.blur_pixels
        try:
            layer_to_device = device @ Projective.from_affine(grid.to_layer.inverse())
            device_to_layer = layer_to_device.inverse()
        except ZeroDivisionError:
            return  # seen edge-on: nothing to draw
        cover = projective.layer_cover(layer_to_device, grid, outer, g.projection.polygon, self._box(clip), clip,
                                       self.covers)
        for child, m, before in sub.deferred:  # the layer's content painted before the child, then the child
            if before is not None and cover is not None:
                projective.warp_onto(before, device_to_layer, cover, target)
            self._projected(child, layer_to_device @ Projective.from_affine(m), clip, target)
        if cover is not None:
            projective.warp_onto(layer.pixmap, device_to_layer, cover, target)

    def _backdrop(self, backdrop: BackdropFilter, m: Affine, clip: Mask | None, target: Layer) -> None:
        """CSS backdrop-filter (:mod:`pureog.raster.backdrop`): the target's pixels under the shape's
        device bounding box, filtered, drawn back inside the shape (and the clips in effect)."""
        from pureog.raster.backdrop import filtered_backdrop  # noqa: PLC0415  (effects load on use)
        shape = path_mask(backdrop.shape.path, backdrop.shape.fill_rule, m, self.canvas)
        if shape is None:
            return
        box = (shape.x, shape.y, shape.x + shape.width, shape.y + shape.height)
        if clip is not None:
            shape = blend.intersect(shape, clip)
            if shape is None:
                return

        def spend(pixels: int) -> None:
            self._spend_blur((0, 0, pixels, 1))

        scale = (math.hypot(m.a, m.b), math.hypot(m.c, m.d))
        filtered = filtered_backdrop(target.pixmap, box, backdrop.steps, scale, spend, self._bounded_sigma(math.inf))
        layer = self._new_layer(list(box))
        layer.pixmap.paste(filtered, box[0], box[1])
        apply_clip(layer, shape)
        composite(layer, target, 1.0)

    def _bounded_sigma(self, sigma: float) -> float:
        """A deviation capped at :data:`~pureog.display.BLUR_SIGMA_CANVASES` canvases (no visible change)."""
        return min(sigma, BLUR_SIGMA_CANVASES * max(self.width, self.height))

    def _mask_coverage(self, nodes: tuple[Node, ...], m: Affine, clip: Mask | None) -> Mask | None:
        """A luminance mask as coverage: render its paint, then luminance x alpha (layer.luminance_mask)."""
        layer = self._new_layer()
        # Only the clip's box is needed; the clip's own coverage applies once, where the caller
        # intersects (under a soft clip, an ancestor's mask, applying it here too would square it).
        bounds = None if clip is None else Mask(clip.x, clip.y, clip.width, clip.height,
                                                [blend.full_row(clip.width)] * clip.height)
        saved, self.paint_override = self.paint_override, None  # a mask inside a shadow keeps its paint
        # resvg trims the masked element's one-row layer, not the mask's content: a one-row mask over a
        # taller shape (a box shadow's spread or offset copy of a 1 px box) masks its whole width
        trim, self.shape_trim = self.shape_trim, False
        try:
            self.children(Group(nodes), m, bounds, layer)
        finally:
            self.paint_override = saved
            self.shape_trim = trim
        return luminance_mask(layer, self.width, self.height)

    def _spend_blur(self, box: Box | None, planes: int = 1) -> Box | None:
        """Counts the pixels filters and shadows work on against the render's budget (spec/limits.md):
        each is at most a canvas, but fifty 500 px shadows would still blur for a minute."""
        if box is not None:
            self.blur_pixels += (box[2] - box[0]) * (box[3] - box[1]) * planes
            if self.blur_pixels > self.blur_budget:
                raise blur_budget_exceeded(self.blur_budget)
        return box

    def _spend_blur_work(self, pixels: int) -> None:
        """Counts ``pixels`` of blur work (the IIR Gaussian's filtered samples) against the budget."""
        self._spend_blur((0, 0, pixels, 1))

    def children(self, g: Group, m: Affine, clip: Mask | None, target: Layer, start: int = 0,
                 stop: int | None = None) -> None:
        kids = g.children
        if self.deferred is None and any(isinstance(k, Group) and k.projection is not None for k in kids):
            self._foresee_pieces(kids, m, clip)
        i = start
        stop = len(kids) if stop is None else stop
        while i < stop:
            child = kids[i]
            try:
                if isinstance(child, FillPath):
                    self.fill(child, m, clip, target)
                elif i + 1 < len(kids) and plain_glyph(child, _NORMAL) and plain_glyph(kids[i + 1], _NORMAL):
                    i = self._glyph_run(kids, i, m, clip, target)
                    continue
                else:
                    self.group(child, m, clip, target)
            except LimitError as err:  # named by the innermost element it was drawing (DisplayList.sources)
                raise self._named(err, child) from None
            i += 1

    def _foresee_pieces(self, kids: tuple[Node, ...], m: Affine, clip: Mask | None) -> None:
        """The pieces of a 3D rendering context (paint/context3d) past the paint budget stop before the first
        is drawn: each charges at least its layer and :func:`projective.warp_floor` (1,000 crossing planes
        spent 4-5 s drawing pieces until the budget stopped them), named by the piece at which these floors
        pass it."""
        left = paint_work_left()
        if left is None:
            return
        from pureog.matrix3d import Projective  # noqa: PLC0415  (3D layers only)
        from pureog.raster import projective  # noqa: PLC0415
        for child in kids:
            if not isinstance(child, Group) or child.projection is None or child.projection.polygon is None:
                continue
            if clip is not None and not child.unclipped:
                continue  # a clip may hide any part of it: no floor
            outer = Projective.from_affine(m if child.transform.is_identity else m @ child.transform)
            grid = projective.layer_grid(outer @ child.projection.map, child.projection.bounds)  # as _projected
            if grid is None:
                continue  # (_projected draws nothing)
            left -= grid.width * grid.height * PAINT_WORK_LAYER  # its layer (_projected)
            device = outer @ child.projection.map
            try:
                layer_to_device = device @ Projective.from_affine(grid.to_layer.inverse())
            except ZeroDivisionError:
                continue  # seen edge-on (_projected draws nothing)
            left -= projective.warp_floor(outer, child.projection.polygon, layer_to_device, grid, self.canvas)
            if left < 0:
                raise self._named(paint_budget_exceeded(), child)

    def _cut_text(self, g: Group, m: Affine, clip: Mask | None, target: Layer) -> None:
        """A clipped text drawn as resvg draws Satori's ``<g clip-path><path/></g>``: in a layer trimmed to
        its content, whose scan drops bottom-row paint right of the rows above (glyph_run.text_right_cut)."""
        self.right_cut = text_right_cut(
            g.children, self._solid, lambda glyph, node: self._coverage(node, m @ glyph.transform, None, trim=False))
        try:
            self.children(g, m, clip, target)
        finally:
            self.right_cut = None

    def _named(self, err: LimitError, *nodes: Node) -> LimitError:
        """``err`` named by the first of ``nodes`` (innermost first) that names an element (DisplayList.sources)."""
        if err.path is not None:
            return err
        path = next((p for n in nodes if (p := self.sources.get(id(n))) is not None), None)
        if path is None:  # a group the painter made around elements' nodes (a 3D context's plane pieces)
            path = next((p for n in nodes if (p := self._inner_source(n)) is not None), None)
        return err if path is None else LimitError(err.message, path=path)

    def _inner_source(self, node: Node) -> str | None:
        """The element path of the first node under ``node`` (depth first) that has one."""
        stack = [node]
        while stack:
            current = stack.pop()
            path = self.sources.get(id(current))
            if path is not None:
                return path
            if isinstance(current, Group):
                stack.extend(reversed(current.children))
        return None

    def _glyph_run(self, kids: tuple[Node, ...], i: int, m: Affine, clip: Mask | None, target: Layer) -> int:
        """The glyphs from ``kids[i]`` on filled as joined masks (:mod:`pureog.raster.glyph_run`), each
        glyph's mask made, charged and clipped as :meth:`group` and :meth:`fill` do it."""

        # Text outside any transform (most of it) is drawn under the glyph's own translation: composing
        # it with the identity gives the same numbers (finite ones) and made a new Affine record per
        # glyph (~1.5 us; the stat grid's 380 glyphs a render).
        unmoved = m.is_identity
        # Outside a clip and a right cut, a plain glyph's coverage (solid, anti-aliased) is _coverage's
        # first step alone, its path's mask in the canvas: asked for here (~1 us less a glyph, the stat
        # grid's ~380 a render), and charged as _spend_work charges it.
        direct = clip is None and self.right_cut is None
        canvas = self.canvas

        def coverage(glyph: Group, node: FillPath) -> Mask | None:
            try:
                check_deadline()
                at = glyph.transform if unmoved else m @ glyph.transform
                # outside any transform Satori writes the glyph at absolute coordinates: its translation
                # is in the path's numbers, which decides where tiny-skia cuts it at the canvas edge
                if direct and not node.chrome_text and not node.analytic:
                    mask = path_mask(node.path, node.fill_rule, at, canvas, canvas, unmoved)
                else:
                    mask = self._coverage(node, at, clip, trim=False, baked=unmoved)  # (group() trims no moved shape)
                if mask is not None:
                    charge_paint(mask.width * mask.height)
                return mask
            except LimitError as err:
                raise self._named(err, node, glyph) from None

        end, color, masks = glyph_run(kids, i, _NORMAL, self._solid, coverage)
        if color is not None:
            for mask in join_masks(masks):
                target.touch(mask)  # (a joined mask's box is the union of its glyphs' boxes)
                blend.fill_solid(target.pixmap.data, target.pixmap.stride, mask, color)
        return end

    def _box(self, clip: Mask | None) -> Box:
        if clip is None:
            return self.canvas
        return (clip.x, clip.y, clip.x + clip.width, clip.y + clip.height)

    def _thin_trim(self, node: FillPath, m: Affine, mask: Mask) -> Box | None:
        from pureog.raster.trim import thin_picture_trim, thin_shape_trim  # noqa: PLC0415  (clipped shapes only)
        bounds = path_bounds(node.path)
        # (within the whole pixmap resvg draws on: a window of a tile trims as the tile does)
        if node.anti_alias:
            return thin_shape_trim(bounds, m, self.extent)
        return thin_picture_trim(bounds, m, (mask.x, mask.y, mask.width), self.extent)

    def _solid(self, node: FillPath) -> tuple[int, int, int, int] | None:
        """The premultiplied colour ``node`` paints when it is one (or the shadow's override), None when
        it paints nothing or a shader."""
        color = self.paint_override
        if color is not None:
            base = self.override_alpha
            if base is not None and isinstance(node.paint, SolidPaint):
                a = node.paint.color.rgba8()[3]
                if a < base:  # a hairline's coverage level under the shadow's coverage-only drawing
                    v = (a * 255 + base // 2) // base
                    return (v, v, v, v) if v else None
        else:
            paint = node.paint
            if paint is self._solid_paint:
                return self._solid_color
            if isinstance(paint, SolidPaint):
                c = paint.color
                color = blend.premultiply(c.r, c.g, c.b, c.rgba8()[3])
                if color[3] == 0:
                    color = None
                self._solid_paint, self._solid_color = paint, color
        return color

    def _text_rgb(self, node: FillPath) -> tuple[int, int, int]:
        """The colour whose luminance picks a Chromium glyph's gamma table: the fill's (a shadow's when
        one overrides it); mid grey for a shader."""
        override = self.paint_override
        if override is not None:
            r, g, b, a = override
            return (r * 255 // a, g * 255 // a, b * 255 // a) if a else (0, 0, 0)
        paint = node.paint
        if isinstance(paint, SolidPaint):
            r, g, b, _ = paint.color.rgba8()
            return (r, g, b)
        return (128, 128, 128)

    def first_canvas(self, root: Group) -> Layer:
        """The canvas to draw ``root`` on: transparent, or made with a background over all of it, an
        opaque colour or an opaque shader's rows (raster/canvas.py), whose fill is then skipped
        (:attr:`prefilled`)."""
        whole = [0, 0, self.width, self.height]
        first = opaque_first_fill(root, self.width, self.height)
        if first is not None:
            self.prefilled, color = first
            return Layer(canvas(self.width, self.height, color), whole)
        node = covering_first_fill(root, self.width, self.height)
        paint = None if node is None else node.paint
        if node is not None and not isinstance(paint, SolidPaint) and (
                not isinstance(paint, PatternPaint) or paint.opacity >= 1.0):
            # (a pattern's opacity below 1 scales its coverage: _coverage)
            try:
                shader = self._shader(node.paint, IDENTITY, (0, 0, self.width, self.height))
                pixmap = None if shader is None else shaded_canvas(self.width, self.height, shader)
            except LimitError:  # raised again where the fill is drawn, named by its element (children)
                pixmap = None
            if pixmap is not None:
                self.prefilled = node
                return Layer(pixmap, whole)
        return Layer(canvas(self.width, self.height, None))

    def draw_root(self, root: Group) -> Layer:
        """The canvas with ``root`` drawn: its backdrop (the leading shapes drawn in place) copied from
        the canvas an earlier render kept for equal nodes, or drawn and kept (raster/kept_backdrop.py)."""
        count = kept_backdrop.backdrop_length(root)
        if not count:
            target = self.first_canvas(root)
            self.group(root, IDENTITY, None, target)
            return target
        w, h = self.width, self.height
        nodes = root.children[:count]
        found = kept_backdrop.kept(nodes, w, h, self.trims)
        if found is not None:
            target = Layer(Pixmap(w, h, bytearray(found[0])), [0, 0, w, h])
            charge_kept(found[2], found[1])  # what drawing it charged (a render's outcome is the same)
        else:
            name = kept_name()
            with making_kept(name) as made:  # (the canvas's own fill too: a hit stands for it)
                target = self.first_canvas(root)
                self.children(root, IDENTITY, None, target, stop=count)
            kept_backdrop.keep(nodes, w, h, self.trims, target.pixmap.data, made[0], name)
        check_deadline()
        self.children(root, IDENTITY, None, target, start=count)
        return target

    def _coverage(self, node: FillPath, m: Affine, clip: Mask | None, trim: bool = True,
                  baked: bool = False) -> Mask | None:  # fmt: skip
        """The coverage ``node`` fills under ``m``, clipped, and with ``trim`` trimmed as resvg trims a thin
        shape inside a clip (:attr:`shape_trim`); ``baked``: a glyph's translation in its path's numbers
        (:func:`path_mask`)."""
        if node.chrome_text:
            from pureog.raster.chrome_glyph import chrome_glyph_mask  # noqa: PLC0415  (features: browser's text)
            mask = chrome_glyph_mask(node.path, node.fill_rule, m, self._box(clip), self._text_rgb(node))
        elif node.analytic:
            from pureog.raster.chrome_glyph import analytic_mask  # noqa: PLC0415  (features: browser only)
            mask = analytic_mask(node.path, node.fill_rule, m, self._box(clip))
        elif node.anti_alias:
            mask = path_mask(node.path, node.fill_rule, m, self._box(clip), self.canvas, baked)
        else:  # tiny-skia's fill_rect: rounded under the identity transform, pixel centres otherwise
            from pureog.raster.scan_aliased import (  # noqa: PLC0415  (images under transforms only)
                axis_rect,
                fill_rect_rounded,
                mapped_f32,
                rasterize_aliased,
            )

            rect = axis_rect(node.path) if m == IDENTITY else None
            if rect is not None:
                mask = fill_rect_rounded(rect, self._box(clip))
            else:
                device = mapped_f32(node.path, m)
                polylines = flatten(node.path, m) if device is None else flatten(device, IDENTITY)
                mask = rasterize_aliased(polylines, node.fill_rule, self._box(clip))
        if mask is None:
            return None
        if self.paint_override is None and isinstance(node.paint, PatternPaint) and node.paint.opacity < 1.0:
            mask = blend.pattern_coverage(mask, node.paint.opacity)
        if trim and self.shape_trim and mask.height == 1 and (keep := self._thin_trim(node, m, mask)) is not None:
            mask = mask_geometry.crop(mask, keep)  # (one row of coverage at most: the shape may be that thin)
            if mask is None:
                return None
        if clip is not None:
            mask = self.repeats.intersect(mask, clip)
            if mask is None:
                return None
        if self.right_cut is not None:
            mask = mask_geometry.crop(mask, (mask.x, mask.y, self.right_cut, mask.y + mask.height))
        return mask

    def fill(self, node: FillPath, m: Affine, clip: Mask | None, target: Layer) -> None:
        if node is self.prefilled:  # the canvas was made with its colour: charged, not drawn again
            self.prefilled = None
            self._spend_work(self.width * self.height)
            return
        if self.own_clip is not None and node.anti_alias:
            own, own_m, outer, applied = self.own_clip
            if applied is clip:
                from pureog.raster.own_clip import own_clip_mask  # noqa: PLC0415  (clip groups' own shapes only)
                clip = own_clip_mask(node, m, own, own_m, outer, clip, self.canvas, self.repeats.trimmed_rect)
                if clip is None:
                    return
        paint = node.paint
        color = self._solid(node)
        if color is None and isinstance(paint, SolidPaint):
            return
        mask = self._coverage(node, m, clip)
        if mask is None:
            return
        # A translucent colour blends its partial pixels one at a time (blend._blend_pixels, ~0.5-1 us: no
        # memo of destination pairs as for opaque edges): 1,990 dashed elliptical borders ran 9 s.
        edge = PAINT_WORK_BLENDED if color is not None and color[3] != 255 else PAINT_WORK_EDGE_PIXELS
        self._spend_work(mask.width * mask.height + mask.crossings * edge)
        target.touch(mask)
        pm = target.pixmap
        if color is not None:
            # (a repeated shape's cut over the pixels an earlier fill of it met: those rows written again)
            self.repeats.fill_solid(pm.data, pm.stride, mask, color)
            return
        shader = self._shader(paint, m, (mask.x, mask.y, mask.x + mask.width, mask.y + mask.height))
        if shader is not None:
            over_shaded(pm.data, pm.stride, mask, shader)

    def _shader(self, paint: Paint, m: Affine, box: Box) -> Shader | None:
        """The rows a gradient, image or pattern ``paint`` gives under ``m`` (a pattern's tile drawn for
        ``box``, the device area filled); None where it paints nothing."""
        if isinstance(paint, PatternPaint):
            from pureog.raster.pattern_tile import pattern_tile_shader  # noqa: PLC0415  (patterns only)
            return pattern_tile_shader(paint, m, box, self.draw_tile)
        from pureog.raster import shade  # noqa: PLC0415  (gradients and images only)
        return shade.make_shader(paint, m)


# An enum member read through its class costs ~100 ns (the enum metaclass); _group asks every group.
_NORMAL = BlendMode.NORMAL



def _draw_tile(content: tuple[Node, ...], transform: Affine, pixmap: Pixmap, extent: Box) -> None:
    """Draws a pattern's content into its tile pixmap, or a window of it: ``extent`` is the whole tile in
    the pixmap's coordinates (raster/pattern_tile.py)."""
    _Renderer(pixmap.width, pixmap.height, extent=extent).group(Group(content), transform, None, Layer(pixmap))


def _draw_trimmed_tile(content: tuple[Node, ...], transform: Affine, pixmap: Pixmap, extent: Box) -> None:
    """:func:`_draw_tile` in a Next.js document: resvg renders a pattern's content with the same group
    walk as the canvas, so its clipped and masked groups are trimmed there too (raster/trim.py): the
    ellipse of a radial gradient in a tile one pixel row tall (a box 0.5 px tall) keeps two columns."""
    renderer = _Renderer(pixmap.width, pixmap.height, trims=True, extent=extent)
    renderer.group(Group(content), transform, None, Layer(pixmap))

def render(display_list: DisplayList) -> Pixmap:
    """Rasterize ``display_list`` into a new premultiplied RGBA8 pixmap (transparent background)."""
    if display_list.width <= 0 or display_list.height <= 0:
        raise PureogError(f"canvas size must be positive, got {display_list.width}x{display_list.height}")
    renderer = _Renderer(display_list.width, display_list.height, display_list.trims_layers)
    renderer.sources = display_list.sources
    check_blur_budget(display_list.root, display_list.width, display_list.height, display_list.sources)
    keep_heap(4 * display_list.width * display_list.height)  # the next render's buffers stay faulted in
    with paint_budget(display_list.width, display_list.height), render_table():
        return renderer.draw_root(display_list.root).pixmap


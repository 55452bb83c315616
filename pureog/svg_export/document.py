"""The SVG writer: a :class:`~pureog.display.DisplayList` -> one standalone SVG document (text).

Role: walks the Group tree as :mod:`pureog.raster.render` does and writes the SVG that resvg (Next.js's
rasterizer) and browsers draw as the same picture: ``<g>`` per group (``transform``, ``opacity``,
``filter``, ``clip-path``, ``mask``), a ``<path>`` per fill, glyph outlines (one ``Path`` object per
glyph and size) once in ``<defs>`` and ``<use>``d, images as ``<image>`` with PNG ``data:`` URIs.
Imports display, geometry, path, errors and the other :mod:`pureog.svg_export` modules.

Clips and masks travel down the tree as a *chain* (each with the coordinate space it was given in) and
are written as wrapping ``<g clip-path>``/``<g mask>`` as high in the tree as gives the rasterizer's
result, re-expressed for the space they are written in (a clip path or mask content under a
``transform``):

- normally around the group that declares them (SVG clips the group's layer; the rasterizer clips each
  fill: they differ only where a clip's anti-aliased edge crosses overlapping fills);
- a drop shadow (:class:`~pureog.display.ShadowFilter`) and a cut-out blur (Satori's outer box-shadow)
  take the clips in effect on their *source* only: the chain then goes down past them into their content,
  and their result is written outside every clip wrapper (until a group that composites a layer); an
  ``unclipped`` group is written outside them too, with only the clips it carries;
- a non-isolated luminance mask applies to each fill in the rasterizer, to a layer in SVG: wrappers are
  pushed down until the fills under one wrapper do not overlap (text glyphs share one);
- a group that filters (blur, :class:`~pureog.display.Filter`) or composites a layer has the chain
  around its result, as the rasterizer clips the filter's result or the layer.

Inside a single-colour blur (a box-shadow's shape) the shapes are drawn opaque white, the colour coming
from the filter's flood, as the rasterizer blurs coverage and fills the colour afterwards.

What SVG cannot say exactly (the closest is written): a clip's anti-aliased edge over overlapping fills
(the rasterizer cuts each fill, SVG the layer); quadratic curves (usvg turns them into cubics, which
tiny-skia steps differently: stroke outlines differ by a few levels at their edges); an image's edge
pixels repeated outside its rectangle (no pad mode: a pattern repeats the image); bilinear resampling
(bicubic is written); a blur without a region gets the canvas as its filter region (the rasterizer
takes the paint's box plus three deviations: the same picture, except for an inverted blur). Browsers
add their own differences (anti-aliasing, blur kernels, resvg's filter-region rounding).
"""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.display import (
    BLUR_SIGMA_CANVASES,
    BlendMode,
    Blur,
    Clip,
    DisplayList,
    DropShadow,
    FillPath,
    FillRule,
    Group,
    ImagePaint,
    Node,
    Paint,
    PatternPaint,
    ShadowFilter,
    SolidPaint,
    uniform_color,
)
from pureog.errors import PureogError, tolerate
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.path import Path, PathBuilder, rect_path
from pureog.records import record, replace
from pureog.svg_export import effects
from pureog.svg_export.defs import Defs, url
from pureog.svg_export.filter_graph import graph_filter
from pureog.svg_export.images import ImageUris, image_element, image_rect, is_rect_path
from pureog.svg_export.numbers import COORD, EXACT, opacity, transform
from pureog.svg_export.paints import paint_attrs, solid_attrs
from pureog.svg_export.paths import path_data
from pureog.svg_export.scene import Analysis, Bounds, disjoint_from, layered, rect_bounds
from pureog.svg_export.simplify import simplify
from pureog.svg_export.xml import Element, serialize

_WHITE = SolidPaint(Color(255, 255, 255, 1.0))


@record
class _Entry:
    """A clip or luminance mask in effect, given in the space mapped to the device by ``ctm``."""

    ctm: Affine
    clip: Clip | None = None
    mask: tuple[Node, ...] | None = None
    per_fill: bool = False


Chain = tuple[_Entry, ...]


def to_svg(display_list: DisplayList) -> str:
    """The SVG document of ``display_list`` (``width``/``height``/``viewBox`` of its canvas)."""
    if display_list.width <= 0 or display_list.height <= 0:
        raise PureogError(f"canvas size must be positive, got {display_list.width}x{display_list.height}")
    return _Writer(display_list).document()


def _determinant(m: Affine) -> float:
    return m.a * m.d - m.b * m.c


def _relative(defined: Affine, current: Affine) -> Affine:
    """The map from the space of ``defined`` to that of ``current`` (both map to the device)."""
    if defined == current:
        return IDENTITY
    rel = current.inverse() @ defined
    if max(abs(rel.a - 1.0), abs(rel.b), abs(rel.c), abs(rel.d - 1.0), abs(rel.e), abs(rel.f)) < 1e-9:
        return IDENTITY
    return rel


class _Writer:
    def __init__(self, display_list: DisplayList) -> None:
        self.display_list = display_list
        self.defs = Defs()
        self.analysis = Analysis()
        self.images = ImageUris()
        self.canvas = Rect(0.0, 0.0, float(display_list.width), float(display_list.height))
        # Deviations are capped as the rasterizer caps them.
        self.sigma_cap = BLUR_SIGMA_CANVASES * max(display_list.width, display_list.height)
        self.shared = _shared_paths(display_list.root)
        self.shared_ids: dict[Path, str] = {}
        # Definitions already written for a paint or mask object (written once, not serialised again).
        self.paint_ids: dict[int, tuple[object, dict[str, str | None]]] = {}
        self.mask_ids: dict[tuple[int, Affine, Rect], tuple[object, str]] = {}

    def document(self) -> str:
        body = self.group(self.display_list.root, IDENTITY, (), False)
        w, h = str(self.display_list.width), str(self.display_list.height)
        root = Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "width": w, "height": h,
                               "viewBox": f"0 0 {w} {h}"})
        if self.defs.elements:
            root.children.append(Element("defs", {}, self.defs.elements))
        root.children.extend(body)
        simplify(root)
        return serialize(root) + "\n"

    # --- the tree ---------------------------------------------------------------------------------

    def nodes(self, nodes: tuple[Node, ...], m: Affine, chain: Chain, white: bool) -> list[Element]:
        """Sibling nodes under the clips and masks of ``chain`` (not yet written around them)."""
        if not chain:
            return [el for n in nodes for el in self.node(n, m, (), white)]
        per_fill = any(e.per_fill for e in chain)
        out: list[Element] = []
        run: list[Node] = []
        run_units: list[Bounds] = []

        def flush() -> None:
            if run:
                content = [el for n in run for el in self.node(n, m, (), white)]
                out.extend(self.wrap(chain, m, content))
                run.clear()
                run_units.clear()

        for n in nodes:
            if self.analysis.has_escape(n):
                flush()
                out.extend(self.node(n, m, chain, white))
                continue
            if per_fill:
                units = self.analysis.units(n, m)
                if units is None:  # overlapping fills inside: the mask goes down to them
                    flush()
                    out.extend(self.node(n, m, chain, white))
                    continue
                if not disjoint_from(run_units, units):
                    flush()
                run_units.extend(units)
            run.append(n)
        flush()
        return out

    def node(self, n: Node, m: Affine, chain: Chain, white: bool) -> list[Element]:
        if isinstance(n, FillPath):
            return self.wrap(chain, m, self.fill(n, m, white))
        return self.group(n, m, chain, white)

    def group(self, g: Group, parent: Affine, chain: Chain, white: bool) -> list[Element]:
        if g.opacity <= 0.0 or not g.children:
            return []
        if g.unclipped:
            chain = ()  # the clips in effect are the ones the group carries itself
        if g.projection is not None:  # a 3D layer (features: browser): SVG has affine transforms only
            if not g.projection.map.is_affine:
                tolerate("a 3D transform (perspective) cannot be written in SVG; the element is left out of the "
                         "SVG (the PNG draws it)")
                return []
            piece = g.projection.polygon
            if piece is None:
                flat = replace(g, projection=None, transform=g.transform @ g.projection.map.to_affine())
                return self.group(flat, parent, chain, white)
            # a piece of a cut plane of a 3D rendering context: the layer inside the piece's polygon
            layer = replace(g, projection=None, transform=g.projection.map.to_affine())
            outline = PathBuilder().move_to(*piece[0])
            for x, y in piece[1:]:
                outline.line_to(x, y)
            clipped = Group((layer,), transform=g.transform, clip=Clip(outline.close().build()))
            return self.group(clipped, parent, chain, white)
        if g.porter_duff is not None:
            tolerate(f"a colour glyph's Porter-Duff composite ({g.porter_duff}) cannot be written in SVG; it is "
                     "drawn as source-over in the SVG (the PNG draws it)")
            return self.group(replace(g, porter_duff=None), parent, chain, white)
        if g.layer or g.blend is not BlendMode.NORMAL:  # a stacking context: one layer, blended or isolated
            inner = self.group(replace(g, layer=False, blend=BlendMode.NORMAL), parent, chain, white)
            css = "isolation:isolate" if g.blend is BlendMode.NORMAL else f"mix-blend-mode:{g.blend.value}"
            return [Element("g", {"style": css}, inner)] if inner else []
        m = parent if g.transform.is_identity else parent @ g.transform
        if _determinant(m) == 0.0 or not all(map(math.isfinite, (m.a, m.b, m.c, m.d, m.e, m.f))):
            return []  # nothing of it reaches a pixel
        own: list[_Entry] = []
        if g.clip is not None:
            own.append(_Entry(m, clip=g.clip))
        if g.mask is not None:
            own.append(_Entry(m, mask=g.mask, per_fill=not g.isolated))
        full = chain + tuple(own)
        if full and layered(g):
            # The clips and masks in effect cut the finished layer (the rasterizer's layered path).
            content = self.wrap(full, m, self.body(g, m, (), white))
        else:
            content = self.body(g, m, full, white)
        if not content:
            return []
        return [Element("g", {"transform": transform(g.transform)}, content)] if not g.transform.is_identity \
            else content

    def body(self, g: Group, m: Affine, chain: Chain, white: bool) -> list[Element]:
        """A group's own effects and children, in its local space; ``chain`` includes its own clip/mask."""
        alpha = opacity(g.opacity)
        if g.svg_filters:
            # SVG filter graphs, each on the previous one's result (one <g filter> per graph).
            inner = self.nodes(g.children, m, (), white)
            for graph in g.svg_filters:
                inner = [Element("g", {"filter": url(self.defs.add("f", graph_filter(graph)))}, inner)]
            if alpha is not None:
                inner = [Element("g", {"opacity": alpha}, inner)]
            return self.wrap(chain, m, inner)
        if g.shadow is not None:
            # The clips cut the source (inside the filter); the shadows show beyond them.
            inner = self.nodes(g.children, m, chain, white)
            return [Element("g", {"filter": url(self.shadow_filter(g.shadow, m)), "opacity": alpha}, inner)]
        if g.filter is not None:
            inner = self.nodes(g.children, m, (), white)
            sx, sy = self.device_scale(m)
            deviation = (0.0, 0.0)
            if isinstance(g.filter.op, DropShadow):
                deviation = (self.bounded(g.filter.op.std_dev, sx), self.bounded(g.filter.op.std_dev, sy))
            fid = self.defs.add("f", effects.color_filter(g.filter, deviation))
            return self.wrap(chain, m, [Element("g", {"filter": url(fid), "opacity": alpha}, inner)])
        if g.blur is not None:
            return self.blurred(g, g.blur, m, chain, white, alpha)
        inner = self.nodes(g.children, m, chain, white)
        if alpha is None or not inner:
            return inner
        return [Element("g", {"opacity": alpha}, inner)]

    def blurred(self, g: Group, blur: Blur, m: Affine, chain: Chain, white: bool, alpha: str | None) -> list[Element]:
        rgba = uniform_color(g)
        if blur.invert and rgba is None:
            raise PureogError("an inverted blur needs single-colour content")
        color = None if rgba is None else Color(rgba[0], rgba[1], rgba[2], rgba[3] / 255.0)
        region = blur.region if blur.region is not None else self.cover(m)
        sx, sy = self.device_scale(m)
        fid = self.defs.add("f", effects.blur(region, self.bounded(blur.std_dev_x, sx),
                                              self.bounded(blur.std_dev_y, sy), color, blur.invert))
        if blur.cutout is None:
            inner = self.nodes(g.children, m, (), white or color is not None)
            return self.wrap(chain, m, [Element("g", {"filter": url(fid), "opacity": alpha}, inner)])
        # Satori's outer box-shadow: the clips cut the blur's source; its result is hidden inside the
        # cut-out box where those clips (and the box's own clip and mask) let it through.
        inner = self.nodes(g.children, m, chain, white or color is not None)
        keep = self.keep_mask(blur, m, chain)
        return [Element("g", {"filter": url(fid), "mask": url(keep), "opacity": alpha}, inner)]

    def keep_mask(self, blur: Blur, m: Affine, chain: Chain) -> str:
        """A mask keeping everything but the cut-out (inside the clips in effect, its own clip and mask)."""
        assert blur.cutout is not None
        region = self.cover(m)
        hole_chain = chain
        for cut_clip in blur.cutout_clips:
            hole_chain += (_Entry(m, clip=cut_clip),)
        if blur.cutout_mask is not None:
            hole_chain += (_Entry(m, mask=blur.cutout_mask),)
        background = Element("path", {"d": path_data(rect_path(region)), "fill": "#fff"})
        hole = Element("path", {"d": path_data(blur.cutout)})
        return self.defs.add("m", effects.mask(region, [background, *self.wrap(hole_chain, m, [hole])]))

    def fill(self, f: FillPath, m: Affine, white: bool) -> list[Element]:
        paint = f.paint
        if white:
            paint = _WHITE
        if isinstance(paint, SolidPaint) and paint.color.rgba8()[3] == 0:
            return []
        if isinstance(paint, ImagePaint) and not (paint.repeat_x or paint.repeat_y):
            rect = image_rect(paint)
            if rect is not None and is_rect_path(f.path, rect):
                return [image_element(paint, rect, self.images.uri(paint.image))]
        if f.path.is_empty:
            return []
        attrs = solid_attrs(paint) if isinstance(paint, SolidPaint) else self.paint_server(paint)
        if f.path in self.shared and f.anti_alias:
            ident = self.shared_ids.get(f.path)
            if ident is None:
                ident = self.shared_ids[f.path] = self.defs.add("p", Element("path", {"d": path_data(f.path)}))
            el = Element("use", {"href": "#" + ident})
        else:
            el = Element("path", {"d": path_data(f.path, COORD if f.anti_alias else EXACT)})
        for name, value in attrs.items():
            el.set(name, value)
        if f.fill_rule == FillRule.EVENODD:
            el.attrs["fill-rule"] = "evenodd"
        if not f.anti_alias:
            el.attrs["shape-rendering"] = "crispEdges"
        return [el]

    def paint_server(self, paint: Paint) -> dict[str, str | None]:
        found = self.paint_ids.get(id(paint))
        if found is None:
            found = self.paint_ids[id(paint)] = (paint, paint_attrs(paint, self.defs, self.images,
                                                                    self.pattern_content))
        return found[1]

    def pattern_content(self, paint: PatternPaint) -> list[Element]:
        """A pattern tile's content, written in tile coordinates with the tile as its canvas."""
        saved = self.canvas
        self.canvas = Rect(0.0, 0.0, paint.width, paint.height)
        try:
            return self.nodes(paint.content, IDENTITY, (), False)
        finally:
            self.canvas = saved

    # --- clips, masks and filters -----------------------------------------------------------------

    def wrap(self, chain: Chain, m: Affine, content: list[Element]) -> list[Element]:
        """``content`` (in the space of ``m``) inside one ``<g>`` per clip or mask of ``chain``."""
        if not content or not chain:
            return content
        for entry in reversed(chain):
            rel = _relative(entry.ctm, m)
            if entry.clip is not None:
                ident = self.defs.add("c", effects.clip_path(entry.clip, rel))
                content = [Element("g", {"clip-path": url(ident)}, content)]
            elif entry.mask is not None:
                ident = self.mask_id(entry, rel, m)
                content = [Element("g", {"mask": url(ident)}, content)]
        return content

    def mask_id(self, entry: _Entry, rel: Affine, m: Affine) -> str:
        assert entry.mask is not None
        region = self.cover(m)
        key = (id(entry.mask), rel, region)
        found = self.mask_ids.get(key)
        if found is None:
            inner = self.nodes(entry.mask, entry.ctm, (), False)
            if not rel.is_identity:
                inner = [Element("g", {"transform": transform(rel)}, inner)]
            found = self.mask_ids[key] = (entry.mask, self.defs.add("m", effects.mask(region, inner)))
        return found[1]

    def shadow_filter(self, sf: ShadowFilter, m: Affine) -> str:
        sx, sy = self.device_scale(m)
        deviations = [(self.bounded(s.std_dev, sx), self.bounded(s.std_dev, sy)) for s in sf.shadows]
        return self.defs.add("f", effects.shadows(sf, deviations))

    @staticmethod
    def device_scale(m: Affine) -> tuple[float, float]:
        return math.hypot(m.a, m.b), math.hypot(m.c, m.d)

    def bounded(self, std: float, scale: float) -> float:
        """A deviation in user units, capped (in device px) as the rasterizer caps it."""
        if scale > 0.0 and std * scale > self.sigma_cap:
            return self.sigma_cap / scale
        return max(0.0, std)

    def cover(self, m: Affine) -> Rect:
        """A rectangle in the space of ``m`` covering the canvas (with a 2 px margin)."""
        c = self.canvas
        device = Rect(c.x - 2.0, c.y - 2.0, c.width + 4.0, c.height + 4.0)
        x0, y0, x1, y1 = rect_bounds(device, m.inverse())
        return Rect(math.floor(x0), math.floor(y0), math.ceil(x1) - math.floor(x0), math.ceil(y1) - math.floor(y0))


def _shared_paths(root: Group) -> set[Path]:
    """Paths filled more than once (glyphs: one Path object per glyph and size), anywhere in the list."""
    seen: set[Path] = set()
    shared: set[Path] = set()
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, FillPath):
            if node.path in seen:
                shared.add(node.path)
            else:
                seen.add(node.path)
            if isinstance(node.paint, PatternPaint):
                stack.extend(node.paint.content)
            continue
        stack.extend(node.children)
        if node.mask is not None:
            stack.extend(node.mask)
        if node.blur is not None and node.blur.cutout_mask is not None:
            stack.extend(node.blur.cutout_mask)
    return shared


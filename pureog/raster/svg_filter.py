"""SVG filter graphs (``Group.svg_filters``) run over a group's layer, as resvg 0.29 runs ``<filter>``.

Role: a layer (premultiplied RGBA8 :class:`Pixmap`, canvas-sized) + a :class:`FilterGraph` + the
group's device transform -> the layer replaced by the filter's result (only the filter region's
pixels survive). Returns the device box written, or None when resvg would draw nothing.

resvg's procedure (crates/resvg/src/filter.rs), reproduced with its integer geometry:
1. the region: the bounding box of the region rectangle under the transform, x/y truncated, size
   rounded (>= 1), moved inside the canvas without shrinking (``fit_to_rect``); every image of the
   graph has that size;
2. each primitive reads its inputs (``SourceGraphic`` copied from the layer, ``SourceAlpha`` its alpha
   with black colour, or earlier results), converts them to its colour space (linear RGB by default,
   8-bit tables), computes its image and clears it outside its subregion (resvg's ``calc_subregion``:
   translation and scale of the transform only; ``feOffset`` keeps its input's; a flood with
   ``primitiveUnits="objectBoundingBox"`` maps the box through the transform's a, d, e, f);
3. the last result goes back to sRGB and replaces the layer inside the region, transparent elsewhere.
An invalid region or subregion (no area) fails the whole filter: the layer is cleared.

Deviations, offsets and radii are scaled by the transform's ``get_scale`` (row norms,
``Affine.scale_factors``); offsets move by whole pixels (truncated). Blurs: box blurs from a
deviation of 2 px, else the IIR Gaussian (:mod:`pureog.raster.blur`). Inputs that need a backdrop
(``BackgroundImage``/``Alpha``, which resvg draws only under ``enable-background``) and
``FillPaint``/``StrokePaint`` read as transparent. feImage's nodes are drawn by the rasterizer's hook.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog.display import (
    CompositeOperator,
    FeBlend,
    FeColorMatrix,
    FeComponentTransfer,
    FeComposite,
    FeConvolveMatrix,
    FeDisplacementMap,
    FeDropShadow,
    FeFlood,
    FeGaussianBlur,
    FeImage,
    FeLighting,
    FeMerge,
    FeMorphology,
    FeOffset,
    FeTile,
    FeTurbulence,
    FillPath,
    FilterGraph,
    FilterPrimitive,
    ImagePaint,
    Node,
)
from pureog.f32 import as_i32, f32
from pureog.geometry import IDENTITY, Affine, Rect, round_half_away
from pureog.limits import check_deadline
from pureog.path import rect_path
from pureog.raster import svg_filter_ops as ops
from pureog.raster.affine32 import near
from pureog.raster.blend_modes import COMPOSITE_MODES, blend
from pureog.raster.blur import BOX_BLUR_MIN_SIGMA, blur_plane, effective_variance, iir_blur_plane
from pureog.raster.pixmap import Pixmap
from pureog.raster.resvg_box import exact_blur
from pureog.raster.svg_convolve import convolve, displace
from pureog.raster.svg_lighting import light_in_region, lighting
from pureog.records import mutable_record, replace

Box = tuple[int, int, int, int]
MORPHOLOGY_PASS_WEIGHT = 1
"""Filtered pixels charged per pixel of an ``feMorphology`` subregion per pass (:func:`ops.morphology_passes`:
a max or min per channel of every pixel, ~0.5-0.6 us a pixel, two plain blurred pixels' worth). Half a
pixel a pass until round ten let a chain of 300 blurs, offsets and radius-50 dilations over a 600x300
region run 5.1 s before the blur budget stopped it; charged a pixel a pass, the budget's 6 million
allows ~3 s of passes (one 1200x630 dilation of radius 3 fits, of radius 10, 7.6 million, no longer)."""
EXACT_BLUR_PIXELS = 160_000
"""Regions up to this many pixels get resvg's box blur exactly (:func:`exact_blur`, five clamped box
passes per axis: icons, emoji); larger ones its fast approximation with exact edge bands."""
ScreenRect = tuple[int, int, int, int]  # x, y, width, height
DrawNodes = Callable[[tuple[Node, ...], Affine, int, int, ScreenRect | None], Pixmap]
"""The rasterizer's hook for feImage: nodes drawn with a transform into a new w x h pixmap, cut to a
rectangle when given."""


class FilterFailed(Exception):
    """resvg's ``Error::InvalidRegion``: the filter draws nothing (the layer is cleared)."""


@mutable_record
class _Image:
    data: bytearray
    region: ScreenRect  # resvg's Image::region: (0, 0, w, h), or the subregion in canvas pixels once cut
    linear: bool


def _screen(x: float, y: float, w: float, h: float) -> ScreenRect:
    """usvg's ``Rect::to_screen_rect``; raises for a rectangle ``Rect::new`` refuses."""
    if not (w > 0.0 and h > 0.0 and math.isfinite(x + y + w + h)):
        raise FilterFailed
    return (int(x), int(y), max(1, round_half_away(w)), max(1, round_half_away(h)))


def calc_region(region: Rect, m: Affine, width: int, height: int) -> ScreenRect:
    xs, ys = [], []
    for x, y in ((region.x, region.y), (region.right, region.y), (region.x, region.bottom),
                 (region.right, region.bottom)):  # fmt: skip
        px, py = m.apply(x, y)
        xs.append(px)
        ys.append(py)
    x, y, w, h = _screen(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    x, y = max(x, 0), max(y, 0)
    if x + w > width:
        w = max(1, width - x)
    if y + h > height:
        h = max(1, height - y)
    if x >= width or y >= height:
        raise FilterFailed  # resvg's copy of the source fails outside the canvas
    return (x, y, w, h)


class _Run:
    def __init__(self, layer: Pixmap, graph: FilterGraph, m: Affine, spend: Callable[[int], None],
                 max_sigma: float, draw: DrawNodes | None = None) -> None:
        self.layer = layer
        self.draw = draw
        self.graph = graph
        self.m = m
        self.spend = spend
        self.max_sigma = max_sigma
        self.region = calc_region(graph.region, m, layer.width, layer.height)
        self.results: list[tuple[str, _Image]] = []
        self.sx, self.sy = m.scale_factors

    # -- inputs --------------------------------------------------------------------------------------
    def _source(self) -> bytearray:
        x, y, w, h = self.region
        stride = self.layer.stride
        data = self.layer.data
        return bytearray(b"".join(data[(y + j) * stride + 4 * x : (y + j) * stride + 4 * (x + w)] for j in range(h)))

    def _find(self, name: str) -> _Image | None:
        for result_name, image in reversed(self.results):
            if result_name == name:
                return image
        return None

    def input(self, name: str) -> _Image:
        _, _, w, h = self.region
        local = (0, 0, w, h)
        if name == "SourceGraphic":
            return _Image(self._source(), local, False)
        if name == "SourceAlpha":
            return _Image(ops.source_alpha(self._source()), local, False)
        if name in ("BackgroundImage", "BackgroundAlpha", "FillPaint", "StrokePaint"):
            return _Image(bytearray(4 * w * h), local, False)
        found = self._find(name)
        if found is None:  # the builder resolves names; stay safe
            return _Image(self._source(), local, False)
        return _Image(bytearray(found.data), found.region, found.linear)

    def in_space(self, name: str, linear: bool) -> bytearray:
        image = self.input(name)
        if image.linear != linear:
            return ops.convert_space(image.data, linear)
        return image.data

    # -- geometry ------------------------------------------------------------------------------------
    def subregion(self, p: FilterPrimitive) -> ScreenRect:
        region = self.region
        bbox = self.graph.primitive_bbox
        op = p.op
        if isinstance(op, FeOffset):
            found = self._find(op.input) if op.input not in ("SourceGraphic", "SourceAlpha") else None
            region = found.region if found is not None else self.region
        elif isinstance(op, (FeFlood, FeImage)) and bbox is not None:
            m = self.m
            fx = (p.x if p.x is not None else 0.0) * bbox.width + bbox.x
            fy = (p.y if p.y is not None else 0.0) * bbox.height + bbox.y
            fw = (p.width if p.width is not None else 1.0) * bbox.width
            fh = (p.height if p.height is not None else 1.0) * bbox.height
            return _screen(fx * m.a + m.e, fy * m.d + m.f, fw * m.a, fh * m.d)
        rx, ry, rw, rh = region
        if bbox is not None:
            fx = p.x if p.x is not None else 0.0
            fy = p.y if p.y is not None else 0.0
            fw = p.width if p.width is not None else 1.0
            fh = p.height if p.height is not None else 1.0
            if not (fw > 0.0 and fh > 0.0):
                raise FilterFailed
            # resvg maps the region by the fractions (``region.bbox_transform(fractions)``), not the
            # fractions into the region: x = region.x * width + x
            return _screen(rx * fw + fx, ry * fh + fy, rw * fw, rh * fh)
        m = self.m
        return _screen(p.x * self.sx + m.e if p.x is not None else float(rx),
                       p.y * self.sy + m.f if p.y is not None else float(ry),
                       p.width * self.sx if p.width is not None else float(rw),
                       p.height * self.sy if p.height is not None else float(rh))  # fmt: skip

    # -- primitives ----------------------------------------------------------------------------------
    def _blur(self, data: bytearray, sdx: float, sdy: float) -> bytearray:
        """svgfilters' box or IIR blur of every channel (device deviations, resolve_std_dev applied)."""
        _, _, w, h = self.region
        box = sdx >= BOX_BLUR_MIN_SIGMA or sdy >= BOX_BLUR_MIN_SIGMA
        sdx, sdy = min(sdx, self.max_sigma), min(sdy, self.max_sigma)
        self.spend(w * h)
        out = bytearray(len(data))
        for c in range(4):
            plane = bytes(data[c::4])
            if not plane.strip(b"\x00"):
                continue
            if box and w * h <= EXACT_BLUR_PIXELS:
                blurred = exact_blur(plane, w, h, sdx if sdx >= 0.05 else 0.0, sdy if sdy >= 0.05 else 0.0)
            elif box:
                var_x, var_y = effective_variance(sdx, True), effective_variance(sdy, True)
                blurred = blur_plane(plane, w, h, var_x, var_y,
                                     resvg_edges=(sdx if var_x > 0 else 0.0, sdy if var_y > 0 else 0.0))
            else:
                blurred = iir_blur_plane(plane, w, h, sdx, sdy, self.spend)
            out[c::4] = blurred
        return out

    def _std_dev(self, x: float, y: float) -> tuple[float, float] | None:
        """resvg's ``resolve_std_dev``: device deviations, tiny ones zeroed; None when nothing blurs."""
        if abs(x) < 1e-300 and abs(y) < 1e-300:
            return None
        dx, dy = x * self.sx, y * self.sy
        if abs(dx) < 1e-300 and abs(dy) < 1e-300:
            return None
        return (dx if dx >= 0.05 else 0.0, dy if dy >= 0.05 else 0.0)

    def primitive(self, p: FilterPrimitive, sub: ScreenRect) -> _Image:
        _, _, w, h = self.region
        local = (0, 0, w, h)
        op = p.op
        lin = p.linear_rgb
        if isinstance(op, FeFlood):
            return _Image(ops.flood(w, h, op.color), local, False)
        if isinstance(op, FeImage):
            return self._image(op, sub)
        if isinstance(op, FeGaussianBlur):
            sd = self._std_dev(op.std_dev_x, op.std_dev_y)
            if sd is None:
                return self.input(op.input)
            return _Image(self._blur(self.in_space(op.input, lin), *sd), local, lin)
        if isinstance(op, FeOffset):
            source = self.input(op.input)
            dx, dy = op.dx * self.sx, op.dy * self.sy
            if abs(dx) < 1e-300 and abs(dy) < 1e-300:
                return source
            return _Image(ops.shift(source.data, w, h, as_i32(dx), as_i32(dy)), local, source.linear)
        if isinstance(op, FeBlend):
            src = self.in_space(op.input1, lin)
            dst = self.in_space(op.input2, lin)
            return _Image(blend(src, dst, op.mode), local, lin)
        if isinstance(op, FeComposite):
            src = self.in_space(op.input1, lin)
            dst = self.in_space(op.input2, lin)
            if op.operator == CompositeOperator.ARITHMETIC:
                return _Image(ops.arithmetic(src, dst, (op.k1, op.k2, op.k3, op.k4)), local, lin)
            return _Image(blend(src, dst, COMPOSITE_MODES[op.operator]), local, lin)
        if isinstance(op, FeMerge):
            # each node past the first is a blend over the subregion, as much as a primitive (10,000
            # <feMergeNode>s in one feMerge blended for minutes under one primitive's charge)
            self.spend(w * h * max(0, len(op.inputs) - 1) // 4)
            out = bytearray(4 * w * h)
            for name in op.inputs:
                out = blend(self.in_space(name, lin), out, "source-over")
            return _Image(out, local, lin)
        if isinstance(op, FeColorMatrix):
            return _Image(ops.color_matrix(self.in_space(op.input, lin), op.kind, op.values), local, lin)
        if isinstance(op, FeComponentTransfer):
            funcs = (op.red, op.green, op.blue, op.alpha)
            return _Image(ops.component_transfer(self.in_space(op.input, lin), funcs), local, lin)
        if isinstance(op, FeMorphology):
            data = self.in_space(op.input, lin)
            rx, ry = op.radius_x * self.sx, op.radius_y * self.sy
            if not (rx > 0.0 and ry > 0.0):
                return _Image(bytearray(len(data)), local, lin)
            rx, ry = min(rx, float(w)), min(ry, float(h))
            # a pass over the subregion per doubling step of each window (MORPHOLOGY_PASS_WEIGHT): a large
            # radius over a canvas-wide region took 16 s under one primitive's quarter charge, and 30 of
            # them fit the budget
            self.spend(w * h * ops.morphology_passes(w, h, rx, ry) * MORPHOLOGY_PASS_WEIGHT)
            return _Image(ops.morphology(data, w, h, op.dilate, rx, ry), local, lin)
        if isinstance(op, FeDropShadow):
            return self._drop_shadow(op, lin)
        if isinstance(op, FeTurbulence):
            return self._turbulence(op, lin)
        if isinstance(op, FeConvolveMatrix):
            self.spend(w * h * len(op.kernel) // 9)  # a 3 x 3 kernel costs about one blur pass
            return _Image(convolve(self.in_space(op.input, lin), w, h, op), local, lin)
        if isinstance(op, FeDisplacementMap):
            return _Image(displace(self.in_space(op.input1, lin), self.in_space(op.input2, lin), w, h, op.x_channel,
                                   op.y_channel, op.scale_x * self.sx, op.scale_y * self.sy), local, lin)
        if isinstance(op, FeLighting):
            self.spend(3 * w * h)  # a normal and a light vector per pixel: about three blur passes of work
            light = light_in_region(op.light, self.m, self.region)
            return _Image(lighting(self.input(op.input).data, w, h, op, light), local, lin)
        if isinstance(op, FeTile):
            source = self.input(op.input)
            rx, ry, _, _ = self.region
            sx, sy, sw, sh = source.region
            sx, sy = sx - rx, sy - ry
            # resvg copies the tile cut to the image (tiny-skia's clone_rect), but anchors it at the
            # uncut position; nothing left of it fails the filter
            ix0, iy0, ix1, iy1 = max(sx, 0), max(sy, 0), min(sx + sw, w), min(sy + sh, h)
            if ix1 <= ix0 or iy1 <= iy0:
                raise FilterFailed
            return _Image(ops.tile(source.data, w, h, ix0, iy0, ix1 - ix0, iy1 - iy0, sx, sy), local, False)
        raise FilterFailed  # pragma: no cover - every op is handled above

    def _image(self, op: FeImage, sub: ScreenRect) -> _Image:
        """resvg's ``apply_image`` into a region-sized sRGB image: an element under the transform's scale
        alone (usvg's ``get_scale``), from the region's top-left pixel; a picture fitted into the
        subregion (its pixels, relative to the region) by preserveAspectRatio, cut to it when slicing."""
        rx, ry, w, h = self.region
        self.spend(w * h)
        if self.draw is None or not op.nodes:
            return _Image(bytearray(4 * w * h), (0, 0, w, h), False)
        cut: ScreenRect | None = None
        if op.element:
            from pureog.raster.turbulence import get_scale  # noqa: PLC0415  (usvg's get_scale)

            m = self.m
            sx, sy = get_scale(m.a, m.b, m.c, m.d)
            at = Affine(sx, 0.0, 0.0, sy, 0.0, 0.0)
        else:
            vx, vy, vw, vh = sub[0] - rx, sub[1] - ry, sub[2], sub[3]
            iw, ih = op.width, op.height
            if op.align == "none":
                fw, fh = float(vw), float(vh)
            else:
                s = (max if op.slice else min)(vw / iw, vh / ih)
                fw, fh = iw * s, ih * s
            fx = (vw - fw) / 2 if "xMid" in op.align else (vw - fw if "xMax" in op.align else 0.0)
            fy = (vh - fh) / 2 if "YMid" in op.align else (vh - fh if "YMax" in op.align else 0.0)
            at = Affine(fw / iw, 0.0, 0.0, fh / ih, vx + fx, vy + fy)
            if op.slice:
                cut = (vx, vy, vw, vh)
            only = op.nodes[0] if len(op.nodes) == 1 else None
            if vx == 0 and vy == 0 and isinstance(only, FillPath) and isinstance(only.paint, ImagePaint):
                # The canvas transform is then the identity, and tiny-skia's fill_rect takes its fast path:
                # the rectangle as whole pixels, x/y/width/height each floored (Rect::round adds 0.5 after
                # the floor), the picture mapped onto it by the pattern's own transform.
                x0, y0 = math.floor(f32(vx + fx)), math.floor(f32(vy + fy))
                pixels = Rect(x0, y0, max(1, math.floor(f32(fw))), max(1, math.floor(f32(fh))))
                paint = replace(only.paint, transform=at @ only.paint.transform)
                nodes: tuple[Node, ...] = (replace(only, path=rect_path(pixels), paint=paint),)
                return _Image(bytearray(self.draw(nodes, IDENTITY, w, h, cut).data), (0, 0, w, h), False)
        pixmap = self.draw(op.nodes, at, w, h, cut)
        return _Image(bytearray(pixmap.data), (0, 0, w, h), False)

    def _turbulence(self, op: FeTurbulence, lin: bool) -> _Image:
        """resvg's noise over the whole region, anchored to the canvas (only the transform's scale
        counts: usvg's ``get_scale``, not the row norms' ``hypot``), in the primitive's colour space."""
        from pureog.raster.turbulence import get_scale, turbulence  # noqa: PLC0415  (rare: grain layers)

        x, y, w, h = self.region
        # ~1 us a pixel per octave and as much again to set up and composite the noise (a canvas-wide layer
        # of one octave: 2.5 s in all): charged a quarter region per octave, 200 of them ran for a minute
        self.spend(w * h * (min(op.num_octaves, 1 << 20) + 2))  # hostile numOctaves: the budget says no
        m = self.m
        sx, sy = get_scale(m.a, m.b, m.c, m.d)
        data = turbulence(w, h, x, y, sx, sy, op.base_frequency_x, op.base_frequency_y, op.num_octaves, op.seed,
                          op.stitch_tiles, op.fractal_noise, on_row=check_deadline)
        return _Image(data, (0, 0, w, h), lin)

    def _drop_shadow(self, op: FeDropShadow, lin: bool) -> _Image:
        _, _, w, h = self.region
        source = self.in_space(op.input, lin)
        sd = self._std_dev(op.std_dev_x, op.std_dev_y)
        alpha_only = ops.source_alpha(source)  # resvg blurs a copy of the input; only its alpha is used
        shadow = self._blur(alpha_only, *sd) if sd is not None else alpha_only
        r, g, b, a = op.color.rgba8()
        flooded = bytearray(len(shadow))
        cache: dict[int, bytes] = {}
        alphas = shadow[3::4]
        for i, pa in enumerate(alphas):
            if pa:
                px = cache.get(pa)
                if px is None:
                    fa = a / 255.0 * (pa / 255.0)
                    px = cache[pa] = bytes((int(r / 255.0 * fa * 255.0 + 0.5), int(g / 255.0 * fa * 255.0 + 0.5),
                                            int(b / 255.0 * fa * 255.0 + 0.5), int(fa * 255.0 + 0.5)))  # fmt: skip
                flooded[4 * i : 4 * i + 4] = px
        # resvg converts the flood *into* the filter's space whatever it was (sRGB: lightened)
        flooded = ops.convert_space(flooded, lin)
        moved = ops.shift(flooded, w, h, as_i32(op.dx * self.sx), as_i32(op.dy * self.sy))
        return _Image(blend(source, moved, "source-over"), (0, 0, w, h), lin)

    def run(self) -> _Image:
        rx, ry, rw, rh = self.region
        last: _Image | None = None
        for p in self.graph.primitives:
            check_deadline()
            # every primitive works on the whole region; a quarter weight of a blur's (the render's budget)
            self.spend(rw * rh // 4)
            sub = self.subregion(p)
            image = self.primitive(p, sub)
            if sub != self.region:
                if isinstance(p.op, FeOffset):
                    cut = (0, 0, rw, rh)
                else:
                    cut = (sub[0] - rx, sub[1] - ry, sub[2], sub[3])
                data = bytearray(image.data)
                _clear_cut(data, rw, rh, cut)
                image = _Image(data, sub, image.linear)
            self.results.append((p.result, image))
            last = image
        if last is None:
            raise FilterFailed
        return last


def _clear_cut(data: bytearray, w: int, h: int, cut: ScreenRect) -> None:
    """resvg clears the four bands around a primitive's subregion with ``fill_rect``; tiny-skia rounds a
    band of no width or height up to one pixel, so a subregion touching the top (left) edge still loses
    the first row (column)."""
    x, y, cw, ch = cut
    left, right = _kept(x, cw, w)
    top, bottom = _kept(y, ch, h)
    ops.clear_outside(data, w, h, left, top, right, bottom)


def _kept(start: int, size: int, extent: int) -> tuple[int, int]:
    """The span one axis keeps after resvg's two bands: ``(0, start)`` (none when ``start`` < 0: tiny-skia
    refuses a negative width) and ``(end, extent)`` from ``end = start + size``, which resvg draws as a
    band ``extent`` long from ``end`` even when ``end`` < 0: a subregion wholly before the region (left of
    or above it) clears all but the last ``-end - 1`` columns (rows), which keep the primitive's pixels
    (measured against Next for ends -1, -6, -11, -26, -7 and -9: one pixel more is cleared than the band
    covers, as a band of no width clears one)."""
    lo = max(1, start) if start >= 0 else 0
    end = start + size
    if end >= 0:
        return lo, min(extent, end)
    return max(lo, end + extent + 1), extent


def apply_filter_graph(layer: Pixmap, graph: FilterGraph, m: Affine, spend: Callable[[int], None],
                       max_sigma: float, draw: DrawNodes | None = None) -> Box | None:
    """Run ``graph`` on ``layer`` in place (see the module docstring): the result is written over the
    region's pixels, whose device box is returned (pixels outside it are left as they were: the caller
    treats them as transparent); None when the filter failed (resvg draws nothing). ``spend`` charges
    blurred pixels to the render's budget; ``max_sigma`` caps device deviations (hostile input); ``draw``
    draws an feImage's nodes (without it they draw nothing)."""
    if graph.device is not None and near(graph.device, m):
        m = graph.device
    try:
        run = _Run(layer, graph, m, spend, max_sigma, draw)
        spend(run.region[2] * run.region[3])
        result = run.run()
    except FilterFailed:
        return None
    data = result.data if not result.linear else ops.convert_space(result.data, False)
    x, y, w, h = run.region
    stride = layer.stride
    for j in range(h):
        o = (y + j) * stride + 4 * x
        layer.data[o : o + 4 * w] = data[4 * w * j : 4 * w * (j + 1)]
    return (x, y, x + w, y + h)


def apply_filter_graphs(layer: Pixmap, graphs: tuple[FilterGraph, ...], m: Affine, spend: Callable[[int], None],
                        max_sigma: float, draw: DrawNodes | None = None) -> Box | None:
    """The graphs of one group in order, each on what the previous one left (its region only); the
    device box of the final result, or None when a graph failed."""
    box: Box | None = None
    for i, graph in enumerate(graphs):
        if i:
            assert box is not None
            x0, y0, x1, y1 = box
            stride = layer.stride
            kept = [bytes(layer.data[y * stride + 4 * x0 : y * stride + 4 * x1]) for y in range(y0, y1)]
            layer.data[:] = bytes(len(layer.data))
            for y, row in zip(range(y0, y1), kept, strict=True):
                layer.data[y * stride + 4 * x0 : y * stride + 4 * x1] = row
        box = apply_filter_graph(layer, graph, m, spend, max_sigma, draw)
        if box is None:
            return None
    return box


__all__ = ["FilterFailed", "apply_filter_graph", "apply_filter_graphs", "calc_region"]

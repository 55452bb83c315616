"""Filters of the display-list renderer: a group's blur, drop shadows (CSS ``textShadow`` and
``boxShadow``'s filter), CSS filter functions and SVG filter graphs.

Role: each runs the group's children into a layer of the renderer (:mod:`pureog.raster.render`),
works on the filter region's pixels as resvg does, then clips and composites the result onto the
target; the renderer's paint and blur budgets are charged here. Split from :mod:`pureog.raster.render`
(which decides which of these a group needs) so that each module has one job; the effect modules
(blur, dropshadow, filter, svg_filter) still load on first use.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from pureog.display import Blur, DropShadow, FillRule, Filter, Group, Node, ShadowFilter, uniform_color
from pureog.errors import PureogError
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.limits import kept_name, making_kept
from pureog.path import rect_path
from pureog.raster import blend, mask_geometry
from pureog.raster.blur_budget import BLUR_REGION_COPY
from pureog.raster.layer import Layer, alpha_over, apply_clip, composite
from pureog.raster.path_mask import path_bounds, path_mask
from pureog.raster.pixmap import Pixmap
from pureog.raster.scan import Mask

if TYPE_CHECKING:
    from pureog.raster.render import _Renderer as Renderer

Box = tuple[int, int, int, int]
Reach = tuple[int, int, int, int, int]
"""An inset shadow's reach (:func:`_inset_reach`): the box it can change, and the blur's block size."""


def blurred(r: Renderer, g: Group, blur: Blur, m: Affine, clip: Mask | None, target: Layer) -> None:
    """A filtered group: children -> layer, blur inside the filter region, clip, composite.

    The blur spreads paint beyond the clip, so the clip applies after blurring (as in resvg, where
    the group's clip-path applies to the filter's result). Single-colour content (shadows) blurs
    only its coverage and is then filled like any mask; anything else blurs all four channels.
    """
    from pureog.raster.blur import BOX_BLUR_MIN_SIGMA, blur_layer, blur_plane, effective_variance, iir_blur_plane  # noqa: PLC0415  (effects load on use)
    from pureog.raster.dropshadow import flood_in_table  # noqa: PLC0415  (effects load on use)
    from pureog.raster.kept_blurs import keeps, kept_blur  # noqa: PLC0415  (effects load on use)
    from pureog.raster.kept_results import keep_fill, replay_fill  # noqa: PLC0415  (effects load on use)
    from pureog.raster.resvg_box import paint_bounds  # noqa: PLC0415  (effects load on use)
    color = uniform_color(g, alphas=True)
    if blur.invert and color is None:
        raise PureogError("an inverted blur needs single-colour content")
    layer = r._new_layer()
    saved, saved_alpha = r.paint_override, r.override_alpha
    if color is not None:
        r.paint_override = (255, 255, 255, 255)  # coverage only: the colour comes afterwards
        r.override_alpha = color[3]
    source_clip = None
    if blur.cutout is not None:  # the clips cut the source; the cutout (within them) the result
        source_clip, clip = clip, _cutout_keep(r, blur, m, clip)
    try:
        r.children(g, m, source_clip, layer)
    finally:
        r.paint_override, r.override_alpha = saved, saved_alpha
    # resvg scales filter lengths by usvg's Transform::get_scale (not the column norms)
    scale_x, scale_y = m.scale_factors
    sx = r._bounded_sigma(scale_x * blur.std_dev_x)
    sy = r._bounded_sigma(scale_y * blur.std_dev_y)
    var_x = effective_variance(sx, max(sx, sy) >= BOX_BLUR_MIN_SIGMA)
    var_y = effective_variance(sy, max(sx, sy) >= BOX_BLUR_MIN_SIGMA)
    # resvg's box blur (deviation >= 2) repeats each pass's edge pixels at the region's edges; below
    # that it runs an IIR Gaussian (deviations under 0.05 px switch an axis off).
    box_mode = max(sx, sy) >= BOX_BLUR_MIN_SIGMA
    keep = _inset_reach(layer, clip, sx, sy, var_x, var_y) if blur.invert and clip is not None and box_mode else None
    work = (lambda box: _box_blur_work(box, layer.dirty, sx, sy, var_x, var_y)) if box_mode else None
    box = _filter_box(r, blur, m, layer, var_x, var_y, keep=keep, work=work)
    if box is None:
        return
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    edges = (sx if var_x > 0 else 0.0, sy if var_y > 0 else 0.0) if box_mode else None
    iir = None if box_mode else (sx if sx >= 0.05 else 0.0, sy if sy >= 0.05 else 0.0)
    if color is None:
        blur_layer(layer.pixmap, box, var_x, var_y, resvg_edges=edges, iir=iir, spend=r._spend_blur_work)
        layer.dirty[:] = list(box)
        if clip is not None:
            apply_clip(layer, clip)
        composite(layer, target, g.opacity)
        return
    plane, py0, py1 = alpha_over(layer, x0, y0, x1, y1)
    blurred: bytes | bytearray
    owner: bytes | bytearray | None = None  # the kept blurred plane, which a kept fill's result is kept by
    if var_x <= 0 and var_y <= 0:
        blurred = bytearray(plane)
    elif iir is not None:
        blurred = iir_blur_plane(plane, w, h, iir[0], iir[1], r._spend_blur_work)
    else:  # (a box shadow's blur: kept across renders by its source's bytes, see kept_blurs)
        blurred = kept_blur(plane, w, h, (py0 - y0, py1 - y0), ("box", var_x, var_y, edges),
                            lambda: blur_plane(plane, w, h, var_x, var_y, resvg_edges=edges))
        owner_size = len(blurred) + (py1 - py0) * w  # (what kept_blur charges it)
        owner = blurred if py1 > py0 and not blur.invert and keeps(owner_size) else None
    if blur.invert:
        blurred = blurred.translate(blend.COMPLEMENT)
    # The coverage is the region's, clipped; the target is touched over all of that box as before,
    # but only the blurred plane's painted box is built, multiplied by the clip and filled, in parts
    # split around wide clear gaps (mask_geometry.split_gaps: a box shadow cut out under its box paints
    # ~150 of the 1,200 pixels of 360 rows on the effects card). Coverage 0 changes no pixel.
    if clip is not None:
        x0, y0 = max(x0, clip.x), max(y0, clip.y)
        x1, y1 = min(x1, clip.x + clip.width), min(y1, clip.y + clip.height)
        if x1 <= x0 or y1 <= y0:
            return
    target.touch(Mask(x0, y0, x1 - x0, y1 - y0, []))
    pm = target.pixmap
    red, green, blue, a = color
    params = (color, g.opacity, blur.flood_linear)
    # The same kept plane filled through the same clip coverage over the same target bytes: the bytes
    # that fill wrote are written again (raster/kept_results.py), no mask built, cut or filled.
    if owner is not None and replay_fill(owner, params, clip, box[:2], pm.data, pm.stride):
        return
    serial = kept_name()  # (what the work below charges, charged again by a replay of it, once a render)
    with making_kept(serial) as charged:
        bounds = paint_bounds(blurred, w, h)
        if bounds is None:
            return
        bx0, by0, bx1, by1 = bounds
        zero = bytes(bx1 - bx0)
        rows: list[bytes | None] = []
        for o in range(by0 * w + bx0, by1 * w, w):
            row = bytes(blurred[o : o + bx1 - bx0])
            rows.append(None if row == zero else row)
        mask: Mask | None = Mask(box[0] + bx0, box[1] + by0, bx1 - bx0, by1 - by0, rows)
        if clip is not None and mask is not None:
            mask = blend.intersect(mask, clip)
        if mask is None:
            return
        shade = blend.shade(flood_in_table(color, max(0.0, min(1.0, g.opacity)))) if blur.flood_linear else None
        a = int(a * max(0.0, min(1.0, g.opacity)) + 0.5) if g.opacity < 1.0 else a
        rgba = blend.premultiply(red, green, blue, a)

        def fill(part: Mask) -> None:
            if shade is not None:
                blend.fill_shaded(pm.data, pm.stride, part, shade)
            else:
                blend.fill_solid(pm.data, pm.stride, part, rgba)

        if owner is None:
            for part in mask_geometry.split_gaps(mask):
                fill(part)
            return
        written: list[tuple[int, bytearray, bytearray]] = []  # each part row's (offset, bytes before, bytes after)
        for part in mask_geometry.split_gaps(mask):
            spans = [(o, o + 4 * part.width) for o, row in zip(
                range((part.y * pm.stride) + 4 * part.x, (part.y + part.height) * pm.stride, pm.stride),
                part.rows, strict=True) if row is not None]
            # (bytearray slices, ~0.1 us a row: a bytes() of each cost ~1 us; kept ones are never written to)
            before = [pm.data[a:b] for a, b in spans]
            fill(part)
            written.extend((a, old, pm.data[a:b]) for (a, b), old in zip(spans, before, strict=True))
    keep_fill(owner, owner_size, params, bounds, clip, box[:2], pm.stride, written, charged[0], serial)


def shadowed(r: Renderer, g: Group, sf: ShadowFilter, m: Affine, clip: Mask | None, target: Layer) -> None:
    """A drop-shadow filter: children -> the source layer; shadows from its alpha, merged with it
    as resvg does (:mod:`pureog.raster.dropshadow`) inside the region; then composite.

    The clips in effect (the ancestors' overflow and clip-path) cut the *source*: Satori writes
    them on the text's ``<g>`` inside the filter, so an offset shadow shows beyond them."""
    from pureog.raster.dropshadow import drop_shadow_spans, stays_clear  # noqa: PLC0415  (effects load on use)
    source = r._new_layer()
    r.children(g, m, clip, source)
    clip = None
    # every shadow is a plane over the region (blurred, moved, composited): a textShadow list of
    # 1,000 over a paragraph held 1,000 canvas-sized planes (13 s, 560 MB) under a single charge
    box = _filter_box(r, Blur(0.0, 0.0, sf.region), m, source, 0.0, 0.0, planes=max(1, len(sf.shadows)))
    if box is None:
        r._release(source)
        return
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    data = source.pixmap.data
    stride = source.pixmap.stride
    alpha, sy0, sy1 = alpha_over(source, x0, y0, x1, y1)
    scale_x, scale_y = m.scale_factors
    from pureog.raster.blur import BOX_BLUR_MIN_SIGMA, resvg_blur_plane  # noqa: PLC0415  (effects load on use)
    from pureog.raster.dropshadow import ShadowPlane, painted_union  # noqa: PLC0415  (effects load on use)
    from pureog.raster.kept_blurs import keeps, kept, kept_blurs  # noqa: PLC0415  (effects load on use)
    from pureog.raster.kept_results import keep, replay  # noqa: PLC0415  (effects load on use)
    from pureog.raster.shadow_planes import Shadow, shadow_planes  # noqa: PLC0415  (effects load on use)

    shadows = [Shadow((r._bounded_sigma(s.std_dev * scale_x), r._bounded_sigma(s.std_dev * scale_y)),
                      # resvg moves the shadow by whole pixels: (dx * scale) as i32 truncates towards zero.
                      int(s.dx * scale_x), int(s.dy * scale_y), None if s.color.is_transparent else s.color.rgba8())
               for s in sf.shadows]
    # Rows where the source and every shadow are clear come out clear (the flood at alpha 0 is
    # clear): the filter's per-row work, the source and backdrop rows it reads and the rows it
    # writes are only those of the band where something paints (the text-shadow card's title: 176
    # of its region's 630 rows), and the planes are built over that band only (shadow_planes).
    trim = stays_clear([s.color or (0, 0, 0, 0) for s in shadows], sf.keep_source, sf.linear_rgb)
    source_band = (sy0 - y0, sy1 - y0) if sy1 > sy0 else None
    cut = not sf.keep_source and (x0, y0) != (0, 0)

    def planes_and_union() -> tuple[list[ShadowPlane], int, int, bytes | None]:
        planes, ry0, ry1 = shadow_planes(
            alpha, w, h, shadows,
            kept_blurs(alpha, w, h, source_band,
                       lambda plane, sx, sy: resvg_blur_plane(plane, w, h, sx, sy, r._spend_blur_work)),
            cut=cut, trim=trim, source_band=source_band)
        return planes, ry0, ry1, painted_union(alpha[ry0 * w : ry1 * w], planes) if trim else None

    # The planes over the band and their union are a function of the source alpha and the shadows alone:
    # kept with the blurs (kept_blurs), unless an IIR blur (under 2 px) charges its work as it runs.
    made: tuple[list[ShadowPlane], int, int, bytes | None] | None = None
    if source_band is not None and all(max(s.deviations) >= BOX_BLUR_MIN_SIGMA or max(s.deviations) == 0.0
                                         for s in shadows):
        made = kept(alpha, w, h, source_band, ("planes", tuple(shadows), cut, trim), planes_and_union,
                    lambda made: (made[2] - made[1]) * w * (len(made[0]) + 1))
        planes, ry0, ry1, union = made
    else:
        planes, ry0, ry1, union = planes_and_union()
    # (what the planes' store charged them and the source rows kept with them: a result kept with the
    # planes holds that much alive when the store drops them; charged no more than that, or not kept)
    made_size = 0 if source_band is None else (ry1 - ry0) * w * (len(planes) + 1) + (sy1 - sy0) * w
    direct = clip is None and g.opacity >= 1.0
    # The same planes object (kept: the source's alpha is equal) over the same source and backdrop bytes:
    # the result kept with them is written (raster/kept_results.py), no pixel looked up.
    start = (y0 + ry0) * stride + 4 * x0
    if direct and made is not None and keeps(made_size) and \
            replay(made, data, target.pixmap.data, stride, start):
        r._release(source)
        target.touch(Mask(x0, y0, w, h, []))
        return
    # (bytearray slices as they come: drop_shadows only reads them, a bytes() copy each cost ~1.5 ms
    # a render on the text-shadow card, as did the backdrop's below)
    rows = [data[y * stride + 4 * x0 : y * stride + 4 * x1] for y in range(y0 + ry0, y0 + ry1)]
    r._release(source)  # (the rows above are copies)
    # Only each row's painted span is written: outside it the result is clear (a clear layer) or the
    # backdrop as it is.
    if direct:
        # Composited straight onto the target by the memoised pixel maths (no general blend pass).
        dst = target.pixmap.data
        backdrop = [dst[y * stride + 4 * x0 : y * stride + 4 * x1] for y in range(y0 + ry0, y0 + ry1)]
        serial = kept_name()
        with making_kept(serial) as charged:
            result = drop_shadow_spans(rows, w, planes, keep_source=sf.keep_source, linear=sf.linear_rgb,
                                       backdrop_rows=backdrop, source_alpha=alpha[ry0 * w : ry1 * w], union=union)
        if made is not None and keeps(made_size):  # (planes not kept: no later render meets this object)
            keep(made, made_size, rows, backdrop, result, stride, start, charged[0], serial)
        target.touch(Mask(x0, y0, w, h, []))
        for i, span in enumerate(result, y0 + ry0):
            if span is not None:
                o = i * stride + 4 * (x0 + span[0])
                dst[o : o + len(span[1])] = span[1]
        return
    result = drop_shadow_spans(rows, w, planes, keep_source=sf.keep_source, linear=sf.linear_rgb,
                               source_alpha=alpha[ry0 * w : ry1 * w], union=union)
    layer = r._new_layer([x0, y0, x1, y1])
    out = layer.pixmap.data
    for i, span in enumerate(result, y0 + ry0):
        if span is not None:
            o = i * stride + 4 * (x0 + span[0])
            out[o : o + len(span[1])] = span[1]
    if clip is not None:
        apply_clip(layer, clip)
    composite(layer, target, g.opacity)


def _cutout_keep(r: Renderer, blur: Blur, m: Affine, clip: Mask | None) -> Mask | None:
    """Coverage of "not (cutout inside clip, the cut-out's own clip and mask)" over the canvas; None
    when it keeps everything."""
    assert blur.cutout is not None
    hole = path_mask(blur.cutout, FillRule.NONZERO, m, r.canvas)
    if hole is not None and clip is not None:
        hole = blend.intersect(hole, clip)
    if hole is not None and r.trims and hole.height == 1 and (clip is not None or blur.cutout_clips
                                                               or blur.cutout_mask is not None):
        # Satori's hole is a black box in the shadow's <mask> carrying the clip-path and maskImage (its
        # own and its clipping ancestors'): a clipped or masked element, whose layer resvg trims
        # (raster/trim.py): a box one pixel row tall
        # keeps its first columns only, and the shadow shows over the rest of the box's row (a 1 px
        # box's spread shadow under a maskImage: Next draws the box's row red past its second pixel)
        from pureog.raster.trim import thin_shape_trim  # noqa: PLC0415  (thin holes only)

        keep = thin_shape_trim(path_bounds(blur.cutout), m, r.canvas)
        hole = mask_geometry.crop(hole, keep) if keep is not None else hole
    for cut_clip in blur.cutout_clips:
        if hole is None:
            break
        own = path_mask(cut_clip.path, cut_clip.fill_rule, m, r._box(hole))
        hole = blend.intersect(hole, own) if own is not None else None
    if hole is not None and blur.cutout_mask is not None:
        luminance = r._mask_coverage(blur.cutout_mask, m, hole)
        hole = blend.intersect(hole, luminance) if luminance is not None else None
    if hole is None:
        return None
    return blend.complement(hole, r.width, r.height)


def _inset_reach(layer: Layer, clip: Mask, sx: float, sy: float, var_x: float, var_y: float) -> Reach:
    """The pixels an inset shadow's blur can change what its clip (the box) shows: the clip's box and
    the paint (the shadow's moved, shrunk shape) grown by three times the box passes' summed radii and
    the downsampling block (:func:`pureog.raster.blur.blur_plane`). Beyond that the blurred plane is
    clear on every pass, so a region cut there (its new edges repeat clear pixels) blurs the same
    bytes inside the clip; the rest of a large region (a 100 px blur's, the whole canvas around a
    small box) is neither worked on nor charged to the budget (martian paint generator seed 126)."""
    from pureog.raster.blur import _factor  # noqa: PLC0415  (effects load on use)
    from pureog.raster.resvg_box import box_sizes  # noqa: PLC0415  (effects load on use)

    k = _factor(var_x, var_y)
    reach_x = 3 * sum((w - 1) // 2 for w in box_sizes(sx)) + 2 * k + 2
    reach_y = 3 * sum((w - 1) // 2 for w in box_sizes(sy)) + 2 * k + 2
    x0, y0, x1, y1 = clip.x, clip.y, clip.x + clip.width, clip.y + clip.height
    d = layer.dirty
    if d[2] > d[0] and d[3] > d[1]:
        x0, y0 = min(x0, d[0] - reach_x), min(y0, d[1] - reach_y)
        x1, y1 = max(x1, d[2] + reach_x), max(y1, d[3] + reach_y)
    return (x0, y0, x1, y1, k)


def _kept(box: Box | None, keep: Reach | None) -> Box | None:
    """``box`` cut to ``keep`` (:func:`_inset_reach`), its new start on the downsampling grid of the
    region's start (the blur's blocks then fall where they fell in the whole region)."""
    if box is None or keep is None:
        return box
    kx0, ky0, kx1, ky1, k = keep
    x0 = box[0] + max(0, kx0 - box[0]) // k * k
    y0 = box[1] + max(0, ky0 - box[1]) // k * k
    x1, y1 = min(box[2], kx1), min(box[3], ky1)
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _box_blur_work(box: Box, dirty: list[int], sx: float, sy: float, var_x: float, var_y: float) -> int:
    """What a box blur (deviation 2 px or more) of the layer's paint over the region ``box`` works on,
    in blurred pixels (the blur budget's unit): :func:`pureog.raster.blur.blur_plane` runs its passes
    over the paint's box grown by their reach (``dirty``, the layer's painted box, stands for the paint:
    a box at least as large), redoes the bands along the region's edges that paint comes near exactly
    (:func:`pureog.raster.resvg_box.exact_edges`; all of a region too narrow for two bands), and copies
    the whole region in and out (:data:`~pureog.raster.blur_budget.BLUR_REGION_COPY`); at most the
    region, as before. A sampled Gaussian's taps (a low-res deviation under 2 px, resvg's
    ``blur(2px)``) cost 3/2 a pixel: 0.35 us where boxes take 0.17-0.25 (four channels of a 1200x630
    layer of noise, load 15; the per-line taps they replace took 9-10 us, charged 1). Charged by the
    region's every pixel until this round, where a 2 px blur of a small shape (resvg's region: twice
    its box each way, cut at the canvas) works on a quarter of it or less: the eris paint generator's
    dense cards, each shape of a blurred element blurred on its own as Satori writes them, were
    refused at the budget."""
    from pureog.raster.blur import _factor, _kernel  # noqa: PLC0415  (effects load on use)
    from pureog.raster.resvg_box import box_sizes  # noqa: PLC0415  (effects load on use)

    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    copy = -(-w * h // BLUR_REGION_COPY)
    px0, py0, px1, py1 = max(dirty[0], x0), max(dirty[1], y0), min(dirty[2], x1), min(dirty[3], y1)
    if px1 <= px0 or py1 <= py0:
        return copy
    reach_x = sum((s - 1) // 2 for s in box_sizes(sx)) if var_x > 0 else 0
    reach_y = sum((s - 1) // 2 for s in box_sizes(sy)) if var_y > 0 else 0
    span_x, span_y = 3 * reach_x + 1, 3 * reach_y + 1
    left, right = reach_x > 0 and px0 - x0 <= reach_x, reach_x > 0 and x1 - px1 <= reach_x
    top, bottom = reach_y > 0 and py0 - y0 <= reach_y, reach_y > 0 and y1 - py1 <= reach_y
    if ((left or right) and w <= 2 * span_x) or ((top or bottom) and h <= 2 * span_y):
        return copy + w * h  # redone whole by resvg's passes
    k = _factor(var_x, var_y)
    resample = ((k * k - 1) / 12.0 + (k * k - 1) / 6.0) if k > 1 else 0.0
    (kernel_x, low_x), (kernel_y, low_y) = (_kernel(max(0.0, v - resample) / (k * k)) for v in (var_x, var_y))
    mx, my = (low_x + 2) * k, (low_y + 2) * k
    window = (min(x1, px1 + mx) - max(x0, px0 - mx)) * (min(y1, py1 + my) - max(y0, py0 - my))
    bands = (left + right) * span_x * h + (top + bottom) * span_y * w
    # (never more than the region's pixels, what a blur was charged before, and whose calibration holds)
    work = min(w * h, window + bands)
    if kernel_x[1] is not None or kernel_y[1] is not None:
        work = -(-3 * work // 2)
    return copy + work


def _filter_box(
    r: Renderer, blur: Blur, m: Affine, layer: Layer, var_x: float, var_y: float, planes: int = 1,
    keep: Reach | None = None, work: Callable[[Box], int] | None = None,
) -> Box | None:
    """The device pixels the filter works on: its region (whole pixels), else the paint plus 3 sigma;
    charged ``planes`` times to the budget (a drop-shadow filter works on the region once a shadow), or
    with ``work`` what that gives for the region (:func:`_box_blur_work`). ``keep``: an inset shadow's
    reach (:func:`_inset_reach`), which the region is cut to."""
    from pureog.raster.filter import region_box  # noqa: PLC0415  (effects load on use)
    if blur.region is not None:
        # resvg's calc_region: a region starting above or left of the canvas keeps its size
        box = _kept(region_box(blur.region, m, r.width, r.height), keep)
        if box is not None and work is not None:
            r._spend_blur_work(work(box))
            return box
        return r._spend_blur(box, planes)
    d = layer.dirty
    if d[2] <= d[0]:
        return None
    mx = math.ceil(3.0 * math.sqrt(var_x)) + 1
    my = math.ceil(3.0 * math.sqrt(var_y)) + 1
    x0, y0, x1, y1 = d[0] - mx, d[1] - my, d[2] + mx, d[3] + my
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, r.width), min(y1, r.height)
    if x1 <= x0 or y1 <= y0:
        return None
    return r._spend_blur((x0, y0, x1, y1), planes)


def filtered(r: Renderer, g: Group, f: Filter, m: Affine, clip: Mask | None, target: Layer) -> None:
    """A CSS filter function (:mod:`pureog.raster.filter`): children -> layer, the filter over the
    region's pixels (the rest of the layer is dropped, as resvg does), then clip and composite (the
    clip cuts the filter's result, as in resvg)."""
    from pureog.raster.filter import apply_color, drop_shadow_rows, region_box  # noqa: PLC0415  (effects load on use)
    layer = r._new_layer()
    r.children(g, m, None, layer)
    box = r._spend_blur(region_box(f.region, m, r.width, r.height))
    if box is None:
        return
    pm = layer.pixmap
    if isinstance(f.op, DropShadow):
        x0, y0, x1, y1 = box
        w, h, stride = x1 - x0, y1 - y0, pm.stride
        rows = [bytes(pm.data[y * stride + 4 * x0 : y * stride + 4 * x1]) for y in range(y0, y1)]
        alpha = b"".join(row[3::4] for row in rows)
        sx, sy = m.scale_factors
        from pureog.raster.blur import resvg_blur_plane, shift_plane  # noqa: PLC0415  (effects load on use)

        shadow = resvg_blur_plane(alpha, w, h, r._bounded_sigma(f.op.std_dev * sx),
                                  r._bounded_sigma(f.op.std_dev * sy), r._spend_blur_work)  # fmt: skip
        # resvg moves the shadow by whole pixels: (dx * scale) as i32 truncates towards zero.
        shadow = shift_plane(shadow, w, h, int(f.op.dx * sx), int(f.op.dy * sy))
        for i, row in enumerate(drop_shadow_rows(rows, w, shadow, f.op.color)):
            o = (y0 + i) * stride + 4 * x0
            pm.data[o : o + 4 * w] = row
    else:
        apply_color(pm, box, f.op)
    layer.dirty[:] = list(box)
    if clip is not None:
        apply_clip(layer, clip)
    composite(layer, target, g.opacity)


def svg_filtered(r: Renderer, g: Group, m: Affine, clip: Mask | None, target: Layer) -> None:
    """SVG filter graphs (:mod:`pureog.raster.svg_filter`): children -> layer, the graphs replace it by
    their result; then the clip and the opacity (resvg's order)."""
    from pureog.raster.svg_filter import apply_filter_graphs  # noqa: PLC0415  (only SVG filters need it)

    layer = r._new_layer()
    r.children(g, m, None, layer)
    def spend(n: int) -> None:  # the filter budget counts pixels, as for blurs
        r._spend_blur((0, 0, n, 1))

    def draw(nodes: tuple[Node, ...], at: Affine, w: int, h: int, cut: tuple[int, int, int, int] | None) -> Pixmap:
        """An feImage's nodes into a new pixmap (a renderer of that size: the filter region's)."""
        inner = type(r)(w, h)
        inner.blur_pixels = r.blur_pixels
        drawn = Layer(Pixmap(w, h))
        clip = None if cut is None else path_mask(rect_path(Rect(*cut)), FillRule.NONZERO, IDENTITY, (0, 0, w, h))
        if cut is None or clip is not None:
            inner.children(Group(nodes), at, clip, drawn)
        r.blur_pixels = inner.blur_pixels
        return drawn.pixmap

    box = apply_filter_graphs(layer.pixmap, g.svg_filters, m, spend, r._bounded_sigma(math.inf), draw)
    if box is None:
        return
    layer = Layer(layer.pixmap, list(box))
    if clip is not None:
        apply_clip(layer, clip)
    composite(layer, target, g.opacity)

"""Pattern tiles as resvg prepares them (``prepare_pattern_pixmap``): a pattern's content drawn at the
device scale into a tile pixmap, kept across renders (by content, size, scale and window), and the
shader that repeats it; an oversized tile only where it is seen (raster/tile_window.py). The
renderer (:mod:`pureog.raster.render`) passes the function that draws the content, its own group walk.
A kept tile charges the render's paint budget what drawing it charged, once a render
(:func:`pureog.limits.charge_kept`): a card of a few hundred pattern-filled boxes charged ~51 million
weighted pixels drawn cold and 3.7 million drawn again (cards-real/docs-shared-lib-component-page), so
a render's outcome depended on what an earlier one kept.
Must not import style, layout, text or document.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog import caches
from pureog.display import Node, PatternPaint
from pureog.errors import LimitError
from pureog.f32 import f32
from pureog.geometry import Affine, round_half_away
from pureog.limits import KeptCharge, charge_kept, making_kept
from pureog.raster import shade
from pureog.raster.affine32 import concat32, near, round32
from pureog.raster.pixmap import MAX_SIDE_PX, Pixmap
from pureog.raster.sampling import OpaqueRow
from pureog.raster.tile_window import TILE_WINDOW_PIXELS, tile_window, unallocatable, window_shifts
from pureog.raster.trim import Box

# key -> the tile's rows (pattern_shader's), within a budget of bytes: a tile may be the size of the canvas
# (a background gradient of a full-canvas box is drawn as one), and round eighteen's 40 boxes of distinct
# gradients over a 3000x3000 canvas kept 32 such tiles by their count, 1.2 GB (a 6000x6000 canvas: 4.6 GB).
# A tile past the budget is kept alone (the same background on many elements is still drawn once).
_tile_cache: caches.Budgeted[tuple[object, ...], tuple[list[bytes], KeptCharge]] = caches.Budgeted(
    caches.limit("raster.pattern_tiles", 64 << 20), max_entries=32)


def pattern_tile_shader(paint: PatternPaint, m: Affine, view: tuple[int, int, int, int] | None,
                        draw_tile: Callable[[tuple[Node, ...], Affine, Pixmap, Box], None]) -> shade.Shader | None:
    """resvg's ``prepare_pattern_pixmap``: render the tile at the device scale into a pixmap of
    ``round(w * sx) x round(h * sy)`` px, then repeat it, mapped back by ``scale(1 / sx, 1 / sy)``.
    Tiles are cached (by content and scale), so repeated renders only composite. A tile too large for
    a pixmap here (a gradient on a box 100,000 px tall, which resvg renders whole) is rendered only
    where ``view``, the device rectangle that will be sampled, falls on it (raster/tile_window.py).
    ``draw_tile(content, transform, pixmap, extent)`` draws the pattern's content (the renderer's group
    walk); ``extent`` is the whole tile in the pixmap's coordinates (more than it, for a window)."""
    from pureog.raster.gradient import pattern_shader  # noqa: PLC0415  (effects load on use)
    if not (paint.width > 0.0 and paint.height > 0.0) or not paint.content:
        return None  # usvg skips patterns of invalid size: nothing is painted
    single = False
    if paint.device is not None and near(paint.device, m):
        m, single = paint.device, True  # resvg's f32 transform: tile sizes round from it
    full = m @ paint.transform
    # resvg takes the tile's scale from the canvas transform as tiny-skia holds it (``from_native``: f32
    # entries), so 1 / sx undoes the f32 scale exactly: scale(1.05) gives sx = 1.0499999523 and
    # f32(1.05) * f32(1 / sx) == 1, a translation, which tiny-skia samples nearest (no bicubic blur of
    # the tile's hard edges). From the f64 1.05 the product is 0.99999994: filtered.
    sx, sy = (full if single else round32(m) @ paint.transform).scale_factors
    if sx == 0.0 or sy == 0.0:
        return None
    tw = max(1, round_half_away(paint.width * sx))
    th = max(1, round_half_away(paint.height * sy))
    if unallocatable(tw, th):
        return None  # tiny-skia cannot make the tile's pixmap, and resvg then paints nothing
    try:
        placed = paint.transform @ Affine.translate(paint.x, paint.y) @ Affine.scale(1.0 / sx, 1.0 / sy)
        # with resvg's transform: its f32 composition decides the tile's phase at half-pixel ties
        forward = concat32(m, round32(placed)) if single else m @ placed
        inv = forward.inverse()
    except ZeroDivisionError:
        return None
    window = (0, 0, tw, th)
    if tw > MAX_SIDE_PX or th > MAX_SIDE_PX or tw * th > TILE_WINDOW_PIXELS:
        found = tile_window(inv, tw, th, view)
        if found is None:
            raise LimitError(f"a pattern tile of {tw}x{th} px is seen over more than {MAX_SIDE_PX} px")
        window, (kx, ky) = found
        inv = Affine.translate(-(window[0] + kx * tw), -(window[1] + ky * th)) @ inv
    x0, y0, ww, wh = window
    key = (paint.content, tw, th, sx, sy, window, draw_tile)  # (the drawer: trimmed or not)
    tile = _tile_cache.get(key)
    if tile is not None:
        rows = tile[0]
        charge_kept(key, tile[1])
    else:
        pixmap = Pixmap(ww, wh)
        with making_kept(key) as made:
            for dx in window_shifts(x0, ww, tw):  # a window may reach into the next repetitions
                for dy in window_shifts(y0, wh, th):
                    extent = (dx - x0, dy - y0, dx - x0 + tw, dy - y0 + th)
                    draw_tile(paint.content, Affine.translate(dx - x0, dy - y0) @ Affine.scale(sx, sy), pixmap,
                              extent)
        # Kept as rows: a canvas-wide background's row is then given as it is (no slice a row). Whether
        # every pixel is opaque is found once a tile (a gradient background's): its rows then say so,
        # and compositing copies them without reading their alpha again (sampling.OpaqueRow).
        make = OpaqueRow if pixmap.is_opaque() else bytes
        stride = pixmap.stride
        rows = [make(pixmap.data[j * stride : (j + 1) * stride]) for j in range(wh)]
        _tile_cache.keep(key, (rows, made[0]), 4 * ww * wh)
    tw, th = ww, wh
    # tiny-skia samples nearest only when the concatenated f32 transform is exactly a translation:
    # a scale of 0.99 times 1 / 0.99 is 0.99999994 in f32, which it filters bicubically.
    translate = (full.b == 0.0 and full.c == 0.0 and f32(f32(full.a) * f32(1.0 / sx)) == 1.0
                 and f32(f32(full.d) * f32(1.0 / sy)) == 1.0)  # fmt: skip
    if translate and window == (0, 0, tw, th):
        # a translation in tiny-skia is exactly one, inverted exactly: the f64 product's scale of
        # 0.99999996 (1.31 x f32(1 / 1.31)) would move a pixel centre on a texel edge (68.5 + 15.5)
        # to the texel before it, shifting a hard gradient edge by a pixel
        inv = Affine.translate(-f32(forward.e), -f32(forward.f))
    return pattern_shader(rows, tw, th, inv, nearest=translate)


caches.register("raster.pattern_tiles", _tile_cache)

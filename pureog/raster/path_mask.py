"""A path's coverage mask in device pixels, as tiny-skia fills it, cached across renders.

Role: (path, fill rule, transform, device box[, the pixmap resvg fills into]) -> :class:`Mask`, for
the rasterizer's fills and clips (:mod:`pureog.raster.render`). A path whose bounds leave the pixmap
is cut to it as tiny-skia's edge clipper cuts it (:func:`pureog.raster.flatten.flatten_clipped`).

Mask cache: small paths (glyphs, icons) get their coverage mask cached per (path, fill rule, full
transform), so repeated renders of a card reuse them. A path moved by whole pixels (a glyph's outline,
which Satori writes rounded at its place, found again at another place: a template's next title) takes
the mask made at the first place, shifted, where that is exactly what rasterizing it there makes
(:mod:`pureog.raster.glyph_shift`); elsewhere it is rasterized where it is drawn.
Imports geometry, the display records, the paint budget and the scan converter only.
"""

from __future__ import annotations

import math

from pureog import caches
from pureog.display import Clip, FillRule
from pureog.f32 import f32
from pureog.geometry import Affine
from pureog.limits import NO_CHARGE, KeptCharge, charge_kept, making_kept
from pureog.path import Path
from pureog.raster import glyph_shift, mask_geometry
from pureog.raster.flatten import flatten, flatten_clipped, flatten_fixed
from pureog.raster.scan import Mask, rasterize, rasterize_fixed

Box = tuple[int, int, int, int]

# Paths whose device bounding box fits in this many px per side are cached (glyphs, icons), keyed by
# where they are drawn, within a budget of mask bytes: a card redrawn hits every glyph (~0.5 MB of masks
# for the blog template), and a batch of cards with other titles meets new positions all the time, so
# the cache is cleared when the budget is spent. (It was 20,000 masks: a 1,000-card batch grew each
# worker by ~30 MB towards ~100 MB.)
CACHE_MAX_SIDE_PX = 256
_MASK_CACHE_LIMIT = caches.limit("raster.path_bounds", 20000)  # path bounds kept
_HUGE_BOX: Box = (-(1 << 28), -(1 << 28), 1 << 28, 1 << 28)

# (path, fill rule, transform, pixmap) -> (the mask, what making it charged: limits.charge_kept); and
# under glyph_shift's keys, (the mask made at one place, that place's translation, its charge).
_mask_cache: caches.Budgeted[tuple[object, ...], tuple[Mask | None, KeptCharge | None]] = caches.Budgeted(
    caches.limit("raster.masks", 8 << 20))
_MISSING: tuple[None, None] = (None, None)
# Larger paths (box backgrounds, borders, shadow shapes) are cached too, keyed by the clip box as well,
# within a budget of mask bytes (a row shared by many rows of a mask, the straight middle of a box, is
# counted once): a template rendered again draws its boxes at the same place, and a 760x360 rounded
# rectangle costs ~1.5 ms to scan-convert. Cleared when the budget is spent; a mask over a quarter of
# the budget is not kept. Each is kept with what making it charged (limits.charge_kept).
_large_mask_cache: caches.Budgeted[tuple[object, ...], tuple[Mask | None, KeptCharge]] = caches.Budgeted(
    caches.limit("raster.large_masks", 16 << 20), largest=0.25)
_bounds_cache: dict[Path, tuple[float, float, float, float]] = {}


def path_bounds(path: Path) -> tuple[float, float, float, float]:
    """The path's local bounds as (x0, y0, x1, y1), cached by path."""
    b = _bounds_cache.get(path)
    if b is None:
        r = path.bounds()
        b = (r.x, r.y, r.right, r.bottom)
        if len(_bounds_cache) >= _MASK_CACHE_LIMIT.value:
            _bounds_cache.clear()
        _bounds_cache[path] = b
    return b


def _device_box(bounds: tuple[float, float, float, float], m: Affine) -> tuple[float, float, float, float]:
    """The box of a path's local ``bounds`` with its corners mapped by ``m``: a superset of its points'
    device bounds (left, top, right, bottom)."""
    x0, y0, x1, y1 = bounds
    xs = (m.a * x0 + m.e, m.a * x1 + m.e)
    ys = (m.d * y0 + m.f, m.d * y1 + m.f)
    dx = (m.c * y0, m.c * y1)
    dy = (m.b * x0, m.b * x1)
    return min(xs) + min(dx), min(ys) + min(dy), max(xs) + max(dx), max(ys) + max(dy)


def _inside(device: tuple[float, float, float, float], pixmap: Box) -> bool:
    """Whether a path's ``device`` box (:func:`_device_box`) surely lies inside ``pixmap``."""
    left, top, right, bottom = device
    px0, py0, px1, py1 = pixmap
    return left >= px0 and right <= px1 and top >= py0 and bottom <= py1


def _apart(device: tuple[float, float, float, float], box: Box) -> bool:
    """Whether a path's ``device`` box (:func:`_device_box`) stays more than two pixels from ``box``: its coverage
    there is surely empty (a pixel is covered only where a point's segment passes, and tiny-skia's f32
    mapping moves a point by ulps; a contour the edge clipper pushes onto the box's left side cancels
    itself)."""
    left, top, right, bottom = device
    bx0, by0, bx1, by1 = box
    return right < bx0 - 2 or left > bx1 + 2 or bottom < by0 - 2 or top > by1 + 2


def _device_extent(bounds: tuple[float, float, float, float], m: Affine) -> tuple[float, float]:
    """Width and height of a path's local ``bounds`` mapped by the linear part of ``m``."""
    x0, y0, x1, y1 = bounds
    w = x1 - x0
    h = y1 - y0
    return (abs(m.a) * w + abs(m.c) * h, abs(m.b) * w + abs(m.d) * h)


_I32_MAX = (1 << 31) - 1
_I32_HALF = 1 << 30
_SHIFT_SAFE = 1 << 29
"""Device rows inside +-2^29 px: tiny-skia's sub-scanline numbers (rows << 2) fit i32 (every card)."""
_ALL_ROWS = (-(1 << 62), 1 << 62)


_F32_I32_MAX = 2147483520
"""The largest f32 below 2^31: tiny-skia's ``i32::saturate_from(f32)`` clamps to +-this, not to i32's range."""


def _saturate(value: float) -> int:
    """tiny-skia's ``i32::saturate_from`` of a whole f32 (``path/src/floating_point.rs``): clamped to
    +-:data:`_F32_I32_MAX`, so a box Yoga made 1.5e10 px wide, starting 7 px right of the canvas's edge,
    rounds out to a rectangle 2147483520 px wide that fits i32 and is filled (cut to the pixmap), as Next
    draws it; one starting 128 px or more right of it does not fit and is not filled."""
    return int(max(-_F32_I32_MAX, min(_F32_I32_MAX, value)))


def _scan_rows(device: tuple[float, float, float, float]) -> tuple[int, int] | None:
    """The device sub-scanlines (quarter rows) tiny-skia fills a path's coverage on, for its ``device``
    box (:func:`_device_box`): all of them (:data:`_ALL_ROWS`) unless it reaches 2^29 px, None when it
    fills none.

    tiny-skia (``scan/path_aa.rs``) rounds the path's f32 bounds out to an ``IntRect`` (none, so nothing
    filled, when its left or top plus its width or height, saturated to 2147483520 (:func:`_saturate`),
    passes i32: a box from x = 7 to 1.5e10 px is filled, one from x = 128 is not; a left or top past
    -2147483520 saturates there, and the rectangle ends left of or above the pixmap: nothing filled), then
    shifts its top and bottom rows left by 2 for the 4x supersampling in i32, where they wrap: a bottom in
    [2^29, 2^30) or [2^30 + 2^29, 2^31) px turns negative and nothing is filled, one in
    [2^30, 2^30 + 2^29) a small count of quarter rows, the fill stopping there (at least the first quarter
    row is walked). Yoga's shrinking makes such boxes: an image taller than its column made the items
    around it some 3e9 px tall, and Next drew none of them (venusian seed 682). A top in (-2^31, -2^29]
    px makes the first row wrap and Next fail (``unreachable``): drawn whole, as CSS would."""
    left, top, right, bottom = device
    if -_SHIFT_SAFE < top and bottom < _SHIFT_SAFE - 2 and -_I32_HALF < left and right < _I32_HALF:
        return _ALL_ROWS
    if not (left == left and top == top and right == right and bottom == bottom):
        return _ALL_ROWS  # (NaN: the rasterizer draws nothing of it)
    x0, y0 = math.floor(f32(left)), math.floor(f32(top))
    if x0 < -_F32_I32_MAX or y0 < -_F32_I32_MAX:
        return None  # saturated: the rectangle (at most as wide or tall) ends left of or above the pixmap
    width = max(1, _saturate(math.ceil(f32(math.ceil(f32(right)) - x0))))
    height = max(1, _saturate(math.ceil(f32(math.ceil(f32(bottom)) - y0))))
    x, y = _saturate(x0), _saturate(y0)
    if x + width > _I32_MAX or y + height > _I32_MAX:
        return None  # IntRect::from_xywh refuses the rectangle
    first = y << 2
    if not -(1 << 31) <= first:
        return _ALL_ROWS
    stop = ((y + height) << 2) & 0xFFFFFFFF
    if stop > _I32_MAX:
        return None  # (negative as i32)
    first = max(first, 0)
    return first, max(stop, first + 1)


def path_mask(path: Path, fill_rule: FillRule, m: Affine, box: Box, pixmap: Box | None = None,
              baked: bool = False) -> Mask | None:  # fmt: skip
    """Coverage of ``path`` under ``m`` within the device ``box`` (cached for small paths). ``pixmap``:
    the rectangle of the pixmap resvg fills the path into, when pureog knows it (a fill straight onto
    the canvas): tiny-skia cuts a path whose bounds leave it (:func:`flatten_clipped`). ``baked``: when
    ``m`` is a translation, Satori writes it into the path's numbers (a glyph outside any transform),
    which decides the f32 points of that cut."""
    if path.is_empty:
        return None
    # A glyph drawn where it was drawn before (with the same pixmap, so the tests below would take
    # the same way here again) is one lookup: the bounds, inside and extent tests cost ~3 us a glyph.
    key = (path, fill_rule, m.a, m.b, m.c, m.d, m.e, m.f, pixmap)
    mask, charged = _mask_cache.get(key, _MISSING)
    if charged is not None:
        if charged != NO_CHARGE:
            # what making it charged (the crossings of its scan), once a render: a render's outcome
            # never depends on what an earlier one kept
            charge_kept(key, charged)
        return None if mask is None else mask_geometry.crop(mask, box)
    bounds = path_bounds(path)
    device = _device_box(bounds, m)
    if _apart(device, box) or pixmap is not None and _apart(device, pixmap):
        # Nothing of it reaches the box (a paragraph's glyphs below the canvas: 2,000 words stroked 200 px
        # wide were each mapped point by point in f32 and cut to nothing, ~3 ms a glyph)
        return None
    rows = _scan_rows(device)
    if rows is not _ALL_ROWS:
        if rows is None:
            return None
        if pixmap is not None:
            polys, closed = flatten_clipped(path, m, pixmap, baked)
        else:
            polys, closed = flatten(path, m), True
        return rasterize(polys, fill_rule, box, closed=closed, window=rows)
    if pixmap is not None and not _inside(device, pixmap):
        # cut to the pixmap: kept with the large paths, looked up before the cut is made again (a clip
        # filled into each trimmed layer of a card's rounded boxes: ~0.2 ms a shape, raster/own_clip.py)
        cut_key = (path, fill_rule, m.a, m.b, m.c, m.d, m.e, m.f, box, pixmap, baked)
        found = _large_mask_cache.get(cut_key)
        if found is not None:
            charge_kept(cut_key, found[1])  # (its cut segments and crossings, once a render)
            return found[0]
        translation = m.a == 1.0 and m.d == 1.0 and m.b == 0.0 and m.c == 0.0
        with making_kept(cut_key) as made:
            polys, closed = flatten_clipped(path, m, pixmap, baked and translation)
            mask = None if closed else rasterize(polys, fill_rule, box, closed=False)
        if not closed:
            _large_mask_cache.keep(cut_key, (mask, made[0]), _size(mask))
            return mask
    w, h = _device_extent(bounds, m)
    if not (w <= CACHE_MAX_SIDE_PX and h <= CACHE_MAX_SIDE_PX):
        return _large_path_mask(path, fill_rule, m, box)
    mask = _small_mask(path, fill_rule, m, key)
    if mask is None:
        return None
    return mask_geometry.crop(mask, box)


def _small_mask(path: Path, fill_rule: FillRule, m: Affine, key: tuple[object, ...]) -> Mask | None:
    """The whole mask of a small path (cached under ``key``): the mask of the same path made at another
    whole-pixel place, shifted, where glyph_shift proves that exact (a glyph's outline found again at a
    new place); else rasterized where it is drawn (tiny-skia truncates coordinates toward zero and
    rounds them to f32, which commute with a whole-pixel shift only within those bounds)."""
    shift_key = glyph_shift.shift_key(path, fill_rule, m)
    if shift_key is not None:
        found, charged = _mask_cache.get(shift_key, _MISSING)
        if charged is not None:
            charge_kept(key, charged)  # (what making it here charges, as a full key's hit: path_mask)
            mask = None if found is None else glyph_shift.moved(found, m)
            _mask_cache.keep(key, (mask, charged), _SHIFTED_SIZE)
            return mask
    with making_kept(key) as made:
        # a glyph (a translation, every number in [0, 2^22) px) is stepped in integers and scanned from them
        fixed = flatten_fixed(path, m, glyph_shift.span(path))
        mask = (rasterize(flatten(path, m), fill_rule, _HUGE_BOX) if fixed is None
                else rasterize_fixed(fixed[0], fixed[1], fill_rule, _HUGE_BOX))
    charged = made[0]
    _mask_cache.keep(key, (mask, charged), _size(mask))
    if shift_key is not None:
        # kept as made here (its rows shared with the entry above, cleared with it)
        _mask_cache.keep(shift_key, (None if mask is None else glyph_shift.placed(mask, m), charged), _SHIFTED_SIZE)
    return mask


# bytes charged a mask kept twice (the shifted copy or the place's record: an object, a key, a list
# of the shared rows; a glyph has ~30 rows)
_SHIFTED_SIZE = 400


def clip_mask(clip: Clip, m: Affine, box: Box, pixmap: Box | None = None) -> Mask | None:
    """Coverage of a :class:`Clip`: its path's, or the union of its parts' as resvg makes it (filled
    into a ``pixmap``-sized mask, see :func:`path_mask`)."""
    if not clip.parts:
        return path_mask(clip.path, clip.fill_rule, m, box, pixmap)
    # Loaded here: only an SVG clipPath of several shapes unites parts (its 64 KB table is built at
    # import), which a plain card never draws (tests/test_cold_imports.py)
    from pureog.raster.clip_union import cleared_union  # noqa: PLC0415

    return cleared_union([found for path, rule in clip.parts
                                if (found := path_mask(path, rule, m, box, pixmap)) is not None])


def _size(mask: Mask | None) -> int:
    """Roughly the bytes a cached mask holds: its rows (a row shared by many rows counted once, the
    straight middle of a box) plus the objects around them."""
    if mask is None:
        return 64
    return 64 + 8 * len(mask.rows) + sum(40 + len(row) for row in {id(row): row for row in mask.rows if row}.values())


def _large_path_mask(path: Path, fill_rule: FillRule, m: Affine, box: Box) -> Mask | None:
    """:func:`path_mask` of a path larger than the glyph cache takes, from its own budgeted cache."""
    key = (path, fill_rule, m.a, m.b, m.c, m.d, m.e, m.f, box)
    found = _large_mask_cache.get(key)
    if found is not None:
        charge_kept(key, found[1])  # (the crossings of its scan, once a render)
        return found[0]
    with making_kept(key) as made:
        mask = rasterize(flatten(path, m), fill_rule, box)
    _large_mask_cache.keep(key, (mask, made[0]), _size(mask))
    return mask


def clear_mask_caches() -> None:
    """Forget cached masks and path bounds (for benchmarks measuring cold renders)."""
    _mask_cache.clear()
    _large_mask_cache.clear()
    _bounds_cache.clear()


caches.register("raster.masks", _mask_cache, _large_mask_cache, _bounds_cache, clear=clear_mask_caches)

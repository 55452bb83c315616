"""When a small path's coverage at one whole-pixel place is exactly its coverage at another, shifted.

Role: :mod:`pureog.raster.path_mask` keeps a glyph's mask by its place. Satori writes each glyph's
absolute coordinates, rounded to tenths, into its path, so a text that moves (a template's next title,
a paragraph reflowed) brings outlines that often equal, in local numbers, one already rasterized at
another whole-pixel place (:func:`pureog.paint.text.svg_rounded_glyph`: the outline less its integer
place). :func:`shift_key` names the class of places whose masks are one mask moved, :func:`placed` and
:func:`moved` carry a mask between them. Imports geometry, the path and the mask record only.

Exactness (the bytes are those of rasterizing at the place): under a translation by integers
``(e, f)`` with no other part, :func:`pureog.raster.flatten.flatten` maps a point to ``x + e`` in
doubles, curves round that to f32 and tiny-skia's ``chop_cubic_at_y_extrema`` computes in f32, then
everything is integer (26.6 and 16.16 fixed point, ``>>`` flooring) or ``int(v * 256)`` truncation of
those numbers (:mod:`pureog.raster.curve_edge`, :mod:`pureog.raster.scan`). A rounding (double or f32)
of an exact value ``v + e`` equals the rounding of ``v + e'`` moved by ``e - e'`` when both lie in one
binade ``[2^k, 2^(k+1))`` with ``k <= 22``: the grid there is of step ``2^(k-23)`` or finer, an integer
move is a whole even number of steps (ties to even keep their side) and the grid holds the integers.
Every f32 number of the chop is a difference of such numbers (exact per Sterbenz, or rounded from
an exact difference the move leaves alone), a product or quotient of those, or an interpolation
``p0 + (p1 - p0) t`` that stays between its ends; one alone reaches outside the control points' hull:
the derivative's middle coefficient ``(y0 - y1) - y1 + y2`` rounds ``y0 - 2 y1`` first, which
:func:`span` adds for every cubic. Truncation toward zero is the floor for positive numbers, which a
whole move commutes with. So when all those numbers of a path, moved to each of the two places, lie in
one positive binade on each axis (the key's ``kx, ky``), the two masks are one another moved. A path
with quadratics (tiny-skia's stroker), a transform with a scale, skew or fraction, or a glyph
straddling a power of two (e.g. 512 or 1024 px), or at a negative place, is keyed by its place alone.
"""

from __future__ import annotations

from pureog import caches
from pureog.display import FillRule
from pureog.geometry import Affine
from pureog.path import Path
from pureog.raster.scan import Mask

_MARGIN = 1.0 / 64  # px kept from a binade's ends: the f32 and double roundings move a number by < 2^-13
_TOP = 1 << 22  # the highest binade's start: an integer move is then a whole even number of f32 steps

# path -> (x low, x high, y low, y high) over the numbers the rasterizer rounds (or None: not handled)
_SPANS: dict[Path, tuple[float, float, float, float] | None] = {}
_SPANS_LIMIT = caches.limit("raster.glyph_spans", 4096)  # paths (held: ~3.5 KB each, mostly shared with path_mask's)


def span(path: Path) -> tuple[float, float, float, float] | None:
    """The local bounds of the numbers tiny-skia rounds for ``path``: its points (control points
    included), and ``2 y1 - y0`` of every cubic from ``(x0, y0)`` with first control point ``(x1, y1)``
    (see the module's docstring); None for a path with a verb other than M, L, C and Z. (Also the
    range :func:`pureog.raster.flatten.flatten_fixed` checks.)"""
    kept = _SPANS.get(path, False)
    if kept is not False:
        return kept  # type: ignore[return-value]
    xs: list[float] = []
    ys: list[float] = []
    cy = sy = 0.0
    found: tuple[float, float, float, float] | None = None
    for seg in path.segments:
        verb = seg[0]
        if verb == "Z":
            cy = sy
            continue
        if verb not in ("M", "L", "C"):
            break
        pts = seg[1:]
        xs += pts[0::2]  # type: ignore[arg-type]
        ys += pts[1::2]  # type: ignore[arg-type]
        if verb == "C":
            ys.append(2 * pts[1] - cy)  # type: ignore[operator]
        elif verb == "M":
            sy = pts[1]  # type: ignore[assignment]
        cy = pts[-1]  # type: ignore[assignment]
    else:
        if xs:
            found = (min(xs), max(xs), min(ys), max(ys))
    if len(_SPANS) >= _SPANS_LIMIT.value:
        _SPANS.clear()
    _SPANS[path] = found
    return found


def _binade(low: float, high: float) -> int | None:
    """The ``k`` of the binade ``[2^k, 2^(k+1))`` holding ``[low, high]`` with a margin, for
    ``1 <= 2^k <= 2^22``; None when there is none."""
    if not (low - _MARGIN >= 1.0 and high + _MARGIN < 2 * _TOP):
        return None  # (NaN too)
    k = int(low - _MARGIN).bit_length() - 1
    return k if high + _MARGIN < 1 << (k + 1) else None


def shift_key(path: Path, fill_rule: FillRule, m: Affine) -> tuple[object, ...] | None:
    """The key under which ``path``'s mask under ``m`` is kept for every whole-pixel place it equals
    moved (module docstring); None when ``m`` is not such a place or the path not one handled."""
    if not (m.a == 1.0 and m.d == 1.0 and m.b == 0.0 and m.c == 0.0):
        return None
    e, f = m.e, m.f
    if not (abs(e) < _TOP and abs(f) < _TOP) or e != int(e) or f != int(f):
        return None  # (NaN fails the first test)
    local = span(path)
    if local is None:
        return None
    kx = _binade(local[0] + e, local[1] + e)
    if kx is None:
        return None
    ky = _binade(local[2] + f, local[3] + f)
    if ky is None:
        return None
    return ("shift", path, fill_rule, kx, ky)


def placed(mask: Mask, m: Affine) -> Mask:
    """``mask``, made under the translation ``m``, as at the origin (its rows shared: never written)."""
    return Mask(mask.x - int(m.e), mask.y - int(m.f), mask.width, mask.height, mask.rows, crossings=mask.crossings)


def moved(mask: Mask, m: Affine) -> Mask:
    """A :func:`placed` mask at the translation ``m`` (its rows shared)."""
    return Mask(mask.x + int(m.e), mask.y + int(m.f), mask.width, mask.height, mask.rows, crossings=mask.crossings)


caches.register("raster.glyph_spans", _SPANS)

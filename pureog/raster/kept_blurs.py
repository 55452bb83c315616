"""Box blurs of a filter's source alpha, and a drop-shadow filter's planes, kept across renders by what
decides their bytes.

Role: for :mod:`pureog.raster.render_filters`: a blur of the ``w x h`` source alpha of a filter region
(a text shadow's, a box shadow's) -> the same bytes as the blur gives, computed once while kept; likewise
a drop-shadow filter's shadow planes over their band and the planes' union (:func:`kept`, ~2 ms a warm
render of the text-shadow card: moving and cutting the planes, OR-ing them as big ints). The key
is the region's size, the blur's parameters and the painted rows of the alpha (their place in the region
and a sample of their bytes; a hit is checked by one memcmp in place), not where the region lies on the
canvas: a filter region lies around its content (Satori writes it from the element's box and the
shadows' reach), so the same text or box at the same sub-pixel phase (a template's tags or site name, a
card drawn again) blurs to the same bytes wherever it lands, as long as the canvas does not cut the
region. The text-shadow card's 17 blurs are ~8 ms of a warm render (the title's glows ~1.4 ms each, a
tag's ~0.3), the effects card's box shadow ~2.5 ms; a miss costs the key (a strided sample, ~2 KB
hashed) and a copy of the alpha's painted rows. The blurred plane is kept as the blur gave it: its
callers only read it (as they read :func:`pureog.raster.blur.shift_plane`'s planes).
Only box blurs (deviations of 2 px and more) are kept: the IIR Gaussian charges its work to the render's
budget as it runs, and a render's outcome must not depend on what an earlier one kept.
Must not import style, layout, text or document.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from pureog import caches
from pureog.raster.blur import BOX_BLUR_MIN_SIGMA

Plane = bytes | bytearray
_T = TypeVar("_T")

_LARGEST = 0.25  # of the budget: larger entries are not kept (a 1200x630 plane is ~5 %)
_KEPT: caches.Budgeted[tuple[object, ...], tuple[bytes, object]] = caches.budgeted(
    "raster.kept_blurs", 16 << 20, largest=_LARGEST)
_SAMPLE = 61  # every 61st byte of the painted rows goes into the key (hashing all of them: ~3 ns a byte)


def kept_blur(alpha: Plane, w: int, h: int, band: tuple[int, int], params: Hashable,
              blur: Callable[[], Plane]) -> Plane:
    """``blur()``, the blur of ``alpha`` (``w x h``, clear outside its rows ``band``) with ``params`` (the
    deviations, the edge mode: whatever else decides its bytes), kept."""
    return kept(alpha, w, h, band, params, blur, len)


def kept(alpha: Plane, w: int, h: int, band: tuple[int, int], params: Hashable, make: Callable[[], _T],
         size: Callable[[_T], int]) -> _T:
    """``make()``, a function of ``alpha`` (``w x h``, clear outside its rows ``band``) and ``params`` alone,
    read only by its callers, kept (charged ``size`` of it)."""
    start, end = band[0] * w, band[1] * w
    if end <= start:
        return make()
    key = (w, h, params, band, hash(bytes(alpha[start:end:_SAMPLE])))
    found = _KEPT.get(key)
    if found is not None and len(found[0]) == end - start and alpha.startswith(found[0], start):
        return cast(_T, found[1])
    out = make()  # (kept as it is: a copy of a blurred plane into bytes cost ~0.7 ms at 1200x630)
    charge = size(out) + end - start
    if keeps(charge):  # (a larger one is not kept: no copy of its rows either)
        _KEPT.keep(key, (bytes(alpha[start:end]), out), charge)
    return out


def keeps(charge: int) -> bool:
    """Whether an entry charged ``charge`` bytes is kept (:func:`kept`: not when over its share of the budget)."""
    return charge <= _KEPT.limit.value * _LARGEST


def kept_blurs(alpha: Plane, w: int, h: int, band: tuple[int, int] | None,
               blur: Callable[[Plane, float, float], Plane]) -> Callable[[Plane, float, float], Plane]:
    """``blur`` (``blur(alpha, sx, sy)``: resvg's blur of a drop-shadow filter's source alpha at device
    deviations; :func:`pureog.raster.shadow_planes.shadow_planes` calls it once a deviation) with its
    box blurs of ``alpha`` kept (:func:`kept_blur`)."""
    if band is None:
        return blur

    def blur_kept(plane: Plane, sx: float, sy: float) -> Plane:
        if plane is not alpha or max(sx, sy) < BOX_BLUR_MIN_SIGMA:
            return blur(plane, sx, sy)
        return kept_blur(alpha, w, h, band, ("drop", sx, sy), lambda: blur(plane, sx, sy))

    return blur_kept


__all__ = ["keeps", "kept", "kept_blur", "kept_blurs"]

"""A large mask cut to a clip, kept across renders by the two mask objects it was cut from.

Role: for :meth:`pureog.raster.shape_repeats.ShapeRepeats.intersect`, whose own table (one render's,
keyed by the rows) leaves out cuts over :data:`~pureog.raster.shape_repeats.KEPT_SIDE` px. A shape's
coverage and a clip's are kept across renders by their path and transform (``path_mask``, ``clip_mask``):
a card's dashed border and its rounded outline are the same two mask objects on every render of the
template, whatever its text. Their cut is a function of the two (their rows are never written to), so
it is kept with them (held, so that their ids are not reused while the entry lives) and the same cut
object is given again, with the runs and row plans the fills found on it (``Mask.spans``,
``Mask.plans``): the effects card's dashed border, cut anew each render (0.3 ms of products) and its
600 rows' runs found again (~0.5 ms), is one dict probe. Masks made afresh each render (a cut of a
cut) miss and cost the probe and an entry until the budget drops it. A hit charges the render's paint
budget what the cut charged (rows of many partial pixels over 256 px, ``blend._product``), once a render
(:func:`pureog.limits.charge_kept`: each entry named by :func:`pureog.limits.kept_name`, as its key's
ids may be reused once it is dropped). Must not import style, layout, text or document.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog import caches
from pureog.limits import KeptCharge, charge_kept, kept_name, making_kept
from pureog.raster.scan import Mask

_KEPT: caches.Budgeted[tuple[int, int], tuple[Mask, Mask, Mask | None, KeptCharge, int]] = \
    caches.budgeted("raster.kept_cuts", 8 << 20, largest=0.25)


def kept_cut(mask: Mask, clip: Mask, cut: Callable[[], Mask | None]) -> Mask | None:
    """``cut()``, the cut of ``mask`` by ``clip`` (a function of those two objects alone), kept."""
    key = (id(mask), id(clip))
    found = _KEPT.get(key)
    if found is not None and found[0] is mask and found[1] is clip:
        charge_kept(found[4], found[3])  # (as the cut charged, once a render: never depending on what
        return found[2]                  # an earlier render kept)
    serial = kept_name()
    with making_kept(serial) as charged:
        made = cut()
    # (charged as if every row were its own: the three masks' areas, and the cut's runs and plans to come)
    size = mask.width * mask.height + clip.width * clip.height
    if made is not None:
        size += 3 * made.width * made.height
    _KEPT.keep(key, (mask, clip, made, charged[0], serial), size)
    return made


__all__ = ["kept_cut"]

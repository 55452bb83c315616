"""A filter's result over its backdrop, kept across renders by the bytes that decide it.

Role: for :mod:`pureog.raster.render_filters`, two results a warm render would otherwise compute again:

- A text shadow composited straight onto the canvas (``shadowed``) writes, row by row of its band, one span
  of pixels, each a function of the filter's planes there (the shadows' blurred and moved alphas, kept by
  the source's alpha and the shadows in :mod:`pureog.raster.kept_blurs`), the source's pixel and the
  backdrop's pixel. Looking every span pixel up costs ~45-70 ns (the text-shadow card: ~14 ms a render,
  most of its raster). Kept (:func:`keep`): the spans, with the source's and the backdrop's rows across
  the region (the render's own copies, kept as they are), under the planes object (the same object while
  :mod:`pureog.raster.kept_blurs` keeps it, which it does only while the source's alpha is equal). A
  filter given that planes object whose source and backdrop rows hold the same bytes (two memcmps a row,
  in place) writes the kept spans (:func:`replay`).
- A single-colour blur's fill (a box shadow, ``blurred``): the plane from
  :func:`~pureog.raster.kept_blurs.kept_blur`, cut by the clip (the box shadow's cut-out), split at its
  gaps and filled. Kept (:func:`keep_fill`): each part row's target bytes before and after, with the
  clip's coverage over the plane's painted box (:func:`clip_window`), under the plane object and the
  paint; written again (:func:`replay_fill`) where the coverage and the bytes before are equal.

Either is the bytes the work would give, as it is a function of those bytes alone. Offsets are relative
to the filter region, so the same text or box over the same backdrop bytes at another whole-pixel place
hits (a template's fixed tags, a box shadow under a fixed box whatever the title); new content misses
(its planes are new), and so does content whose backdrop changed (a new title's glow reaching a fixed
subtitle). A miss costs lists (~0.7 ms on the text-shadow card's 835 rows) and a box shadow's part rows
copied twice (~0.5 ms on the effects card's). Up to :data:`_CANDIDATES` results are kept per plane (the
same tag over other backdrops). A replay charges the render's paint budget what the work it
stands for charged (the cut-out's intersect of rows of many partial pixels over 256 px), once a render
(:func:`pureog.limits.charge_kept`, each result named by :func:`pureog.limits.kept_name`: an owner's id
may be reused once its entry is dropped), so a render's outcome does
not depend on what an earlier one kept. Must not import style, layout, text or document.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from pureog import caches
from pureog.limits import KeptCharge, charge_kept
from pureog.raster.scan import Mask

Buffer = bytes | bytearray
Span = tuple[int, Buffer] | None
"""A row's result as :func:`pureog.raster.dropshadow.drop_shadow_spans` gives it: ``(lo, pixels)``."""

_LARGEST = 0.25  # of the budget: larger results are not kept
_KEPT: caches.Budgeted[int, tuple[object, tuple[Any, ...]]] = caches.budgeted(
    "raster.kept_results", 16 << 20, largest=_LARGEST)
_CANDIDATES = 4  # results kept per planes object (the latest first)
_ROW_COST = 120  # bytes charged a kept row beyond its copies (the tuple, three bytes objects' headers)


def _candidates(owner: object) -> tuple[Any, ...]:
    found = _KEPT.get(id(owner))
    return found[1] if found is not None and found[0] is owner else ()


def _store(owner: object, owner_size: int, candidate: Any, size: int) -> None:
    """Keep ``candidate`` first among ``owner``'s, charged ``size`` (and ``owner_size`` with its first)."""
    earlier = _candidates(owner)
    if not earlier:
        size += owner_size
    if size <= _KEPT.limit.value * _LARGEST:
        _KEPT.keep(id(owner), (owner, (candidate, *earlier[: _CANDIDATES - 1])), size)


def _placed(kept_start: int, starts: tuple[int, ...], slices: tuple[slice, ...], outs: tuple[Buffer, ...],
            start: int) -> tuple[Sequence[int], Sequence[slice]]:
    """A kept result's row offsets and write slices, made at ``kept_start``, moved to ``start``."""
    if start == kept_start:
        return starts, slices
    moved = [o + start - kept_start for o in starts]
    return moved, [slice(o, o + len(out)) for o, out in zip(moved, outs, strict=True)]


def _written(starts: Sequence[int], outs: Sequence[Buffer]) -> tuple[tuple[int, ...], tuple[slice, ...]]:
    return tuple(starts), tuple(slice(o, o + len(out)) for o, out in zip(starts, outs, strict=True))


def replay(owner: object, source: bytearray, target: bytearray, stride: int, start: int) -> bool:
    """Write the drop-shadow result kept for ``owner`` (the filter's planes) into ``target`` when ``source``
    and ``target`` hold, over the region's width of every row with a kept span from byte ``start`` on (the
    band's first row at the region's first column), the bytes it was made from; whether it did."""
    for kind, kept_stride, kept_start, starts, slices, row_starts, srcs, backs, outs, charged, name in \
            _candidates(owner):
        if kind != "spans" or kept_stride != stride:
            continue
        # (the rows' checks and writes as maps: C-level loops, ~0.1 us a row where a Python step cost ~0.4)
        at = row_starts if start == kept_start else [o + start - kept_start for o in row_starts]
        if all(map(target.startswith, backs, at)) and all(map(source.startswith, srcs, at)):
            charge_kept(name, charged)
            places = _placed(kept_start, starts, slices, outs, start)[1]
            any(map(target.__setitem__, places, outs))  # (None each: runs every write)
            return True
    return False


def keep(owner: object, owner_size: int, source_rows: Sequence[Buffer], backdrop_rows: Sequence[Buffer],
         result: Sequence[Span], stride: int, start: int, charged: KeptCharge, name: Hashable) -> None:
    """Keep ``result`` (the band's spans, one a row of ``source_rows`` and ``backdrop_rows``, each the
    region's width, the band's first row at byte ``start``) for ``owner``, charged its copies and
    ``owner_size`` (what keeping ``owner`` alive holds once the planes' own store has dropped it). The
    result's spans are kept as they are (never written to after). ``charged``: what making it charged
    the render, under ``name`` (:func:`pureog.limits.kept_name`; charged again by a replay, once a render)."""
    painted = [(i, span) for i, span in enumerate(result) if span is not None]
    # The source and backdrop rows are kept whole, as they are (this render's copies of the region's
    # rows, never written to after), and compared whole: slicing each to its span cost a copy a row
    # (~1.4 ms a miss on the text-shadow card's 835 rows, against ~0.1 for these lists); a row differing
    # only outside its span then misses, as it never needs to.
    rows = [i for i, _ in painted]
    outs = [pixels for _, (_, pixels) in painted]
    los = [start + i * stride + 4 * lo for i, (lo, _) in painted]
    size = _ROW_COST * len(outs) + sum(map(len, outs)) + 2 * len(rows) * (len(source_rows[0]) if rows else 0)
    _store(owner, owner_size, ("spans", stride, start, *_written(los, outs), tuple(start + i * stride for i in rows),
                               tuple(map(source_rows.__getitem__, rows)), tuple(map(backdrop_rows.__getitem__, rows)),
                               tuple(outs), charged, name), size)


def clip_window(clip: Mask | None, x0: int, y0: int, x1: int, y1: int) -> tuple[bytes | None, ...] | None:
    """``clip``'s coverage over the device box ``x0, y0, x1, y1`` (zeros outside the clip; None rows where
    it is clear), as a value compared by equality; None for no clip."""
    if clip is None:
        return None
    cx0, cx1 = clip.x, clip.x + clip.width
    a, b = max(x0, cx0), min(x1, cx1)
    left, right = bytes(max(0, min(a, x1) - x0)), bytes(max(0, x1 - max(b, x0)))
    rows: list[bytes | None] = []
    last: bytes | None = None
    cut: bytes | None = None
    for y in range(y0, y1):
        i = y - clip.y
        row = clip.rows[i] if 0 <= i < clip.height and a < b else None
        if row is not last:  # (a row object repeated, as complement() repeats them: cut once, and the
            last = row       # windows then compare it by identity)
            cut = None if row is None else left + bytes(row[a - cx0 : b - cx0]) + right
        rows.append(cut)
    return tuple(rows)


def replay_fill(owner: object, params: Hashable, clip: Mask | None, origin: tuple[int, int], target: bytearray,
                stride: int) -> bool:
    """Write the fill kept for ``owner`` (a blurred plane) with ``params`` through ``clip`` into ``target``
    when the clip's coverage over the plane's painted box and the target's bytes over every part row
    written are those it was made from (the region's first pixel at device ``origin``); whether it did."""
    x, y = origin
    start = y * stride + 4 * x
    windows: dict[tuple[int, int, int, int], object] = {}
    for kind, kept_stride, kept_start, starts, slices, befores, afters, kept_params, box, window, charged, name \
            in _candidates(owner):
        if kind != "fill" or kept_stride != stride or kept_params != params:
            continue
        if box not in windows:
            windows[box] = clip_window(clip, x + box[0], y + box[1], x + box[2], y + box[3])
        if windows[box] != window:
            continue
        at, places = _placed(kept_start, starts, slices, afters, start)
        if all(map(target.startswith, befores, at)):
            charge_kept(name, charged)
            any(map(target.__setitem__, places, afters))
            return True
    return False


def keep_fill(owner: object, owner_size: int, params: Hashable, box: tuple[int, int, int, int],
              clip: Mask | None, origin: tuple[int, int], stride: int,
              rows: Sequence[tuple[int, Buffer, Buffer]], charged: KeptCharge, name: Hashable) -> None:
    """Keep, for ``owner`` and ``params``, a fill through ``clip`` over the plane's painted ``box`` (relative
    to the region's first pixel, at device ``origin``) that turned each of ``rows``' (device offset,
    before) into after, charging the render's paint budget ``charged`` under ``name`` (charged again by a
    replay, once a render)."""
    x, y = origin
    window = clip_window(clip, x + box[0], y + box[1], x + box[2], y + box[3])
    size = sum(len(w) for w in window if w is not None) if window is not None else 0
    size += sum(2 * len(before) + _ROW_COST for _, before, _ in rows)
    afters = tuple(after for _, _, after in rows)
    _store(owner, owner_size, ("fill", stride, y * stride + 4 * x, *_written([o for o, _, _ in rows], afters),
                               tuple(before for _, before, _ in rows), afters, params, box, window, charged, name),
           size)


__all__ = ["clip_window", "keep", "keep_fill", "replay", "replay_fill"]

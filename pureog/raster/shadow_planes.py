"""A drop-shadow filter's shadow planes, cut to the band of rows where something paints.

Role: for :func:`pureog.raster.render_filters.shadowed`: the source's alpha over the filter region and
its shadows (deviations, whole-pixel offsets, colours) -> each shadow's alpha blurred as resvg blurs it,
moved as tiny-skia moves it (:mod:`pureog.raster.blur`), as :class:`~pureog.raster.dropshadow.ShadowPlane`
rows ``[ry0, ry1)`` of the region: the band where the source or some shadow paints (outside it the
filter gives clear rows, when the caller says so). Must not import style, layout, text or document.

Shadows of one blur blur the alpha once (a glow in two colours, offset twins of one blurred shadow).
A shadow moved right and down (a text shadow's usual offset) is built over the band only: its painted
rows are the blurred plane's moved down (the columns moved past the right edge can only clear a row,
so the band may be a row too tall, never too short), and its band rows are one copy out of the
blurred plane (:func:`shift_band`), where the whole region was moved (a region-sized buffer filled)
and then cut (the text-shadow card's title: five 1200x630 planes for a band of 176 rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from pureog.raster.blur import offset_cut, shift_plane
from pureog.raster.dropshadow import ShadowPlane
from pureog.raster.resvg_box import painted_rows

Plane = bytes | bytearray


class Shadow(NamedTuple):
    """One shadow of the filter in device pixels: its deviations, whole-pixel offset and colour
    (straight RGBA8, None where it floods nothing: only its copy of the source counts)."""

    deviations: tuple[float, float]
    dx: int
    dy: int
    color: tuple[int, int, int, int] | None


def shift_band(plane: Plane, w: int, h: int, dx: int, dy: int, y0: int, y1: int) -> bytearray:
    """Rows ``[y0, y1)`` of ``shift_plane(plane, w, h, dx, dy)`` for ``0 <= dx < w``, ``0 <= dy < h``:
    the plane's bytes moved by ``dy`` rows and ``dx`` bytes (one copy into the band), the ``dx``
    columns that wrapped in from the row above cleared."""
    offset = dy * w + dx
    out = bytearray((y1 - y0) * w)
    start, end = y0 * w - offset, y1 * w - offset
    first = max(0, start)
    if end > first:
        out[first - start :] = memoryview(plane)[first:end]
    if dx:
        column = bytes(len(range(0, len(out), w)))
        for x in range(dx):
            out[x::w] = column
    return out


def shadow_planes(
    alpha: Plane, w: int, h: int, shadows: Sequence[Shadow], blur: Callable[[Plane, float, float], Plane], *,
    cut: bool, trim: bool, source_band: tuple[int, int] | None,
) -> tuple[list[ShadowPlane], int, int]:
    """The shadows' planes over rows ``[ry0, ry1)`` of the ``w x h`` region, and ``ry0, ry1``.

    ``blur(alpha, sx, sy)`` blurs the source alpha; ``cut``: the moved planes lose their first row and
    column (:func:`~pureog.raster.blur.offset_cut`); ``trim``: the filter gives clear rows where the
    source and every shadow are clear, so only the band where something paints is returned (joined
    with ``source_band``, the source's painted rows), else every row."""
    blurred: dict[tuple[float, float], Plane] = {}
    bands: dict[int, tuple[int, int] | None] = {}  # painted rows by id() of a blurred plane
    moved: list[Plane | None] = []  # each shadow's whole moved plane, None where built over the band
    band = source_band
    for s in shadows:
        if s.color is None:
            moved.append(None)
            continue
        plane = blurred.get(s.deviations)
        if plane is None:
            plane = blurred[s.deviations] = blur(alpha, *s.deviations)
        if trim and not cut and 0 <= s.dx < w and 0 <= s.dy < h:
            if id(plane) not in bands:
                bands[id(plane)] = painted_rows((plane,), w, h)
            rows = bands[id(plane)]
            moved.append(None)
            if rows is not None and rows[0] + s.dy < h:
                painted = (rows[0] + s.dy, min(h, rows[1] + s.dy))
                band = painted if band is None else (min(band[0], painted[0]), max(band[1], painted[1]))
            continue
        whole = shift_plane(plane, w, h, s.dx, s.dy)
        whole = offset_cut(whole, w) if cut else whole
        moved.append(whole)
        if trim:
            rows = painted_rows((whole,), w, h)
            if rows is not None:
                band = rows if band is None else (min(band[0], rows[0]), max(band[1], rows[1]))
    ry0, ry1 = (band if band is not None else (0, 0)) if trim else (0, h)
    planes = []
    for s, done in zip(shadows, moved, strict=True):
        if s.color is None:
            planes.append(ShadowPlane(bytes((ry1 - ry0) * w), (0, 0, 0, 0)))
        elif done is None:
            plane = blurred[s.deviations]
            # (a blur that leaves the plane as it is gives the source back: this shadow is it moved)
            planes.append(ShadowPlane(shift_band(plane, w, h, s.dx, s.dy, ry0, ry1), s.color,
                                      s.dy * w + s.dx if plane is alpha else -1))
        else:
            planes.append(ShadowPlane(done if (ry0, ry1) == (0, h) else done[ry0 * w : ry1 * w], s.color))
    return planes, ry0, ry1


__all__ = ["Shadow", "shadow_planes", "shift_band"]

"""Glyph masks as Chromium draws text on Linux: where the reference is Chromium, not Next.js.

Role: ``chrome_glyph_mask(path, fill_rule, m, box, rgb) -> Mask | None`` for a :class:`FillPath` with
``chrome_text`` (text laid out as a browser lays it out: inline formatting contexts, bidi and shaped
runs, SVG text; spec/differences.md). Three steps, each Skia's:

1. Position: horizontal text is drawn at one of four sub-pixel phases (the glyph origin's x rounded
   to a quarter pixel, ``floor(x + 1/8)`` and the quarter below) on a whole-pixel baseline
   (``floor(y + 1/2)``); other transforms are drawn as given.
2. Coverage: Skia's analytic anti-aliasing of the glyph's path (Chromium's web fonts go through Skia's
   Fontations backend, which draws every glyph mask from its path): the exact pixel areas
   (:mod:`pureog.raster.area_scan`) under the edges as AAA moves them, y on quarter pixels
   (:mod:`pureog.raster.aaa_edges`), not resvg's 4x4 samples (a glyph over
   :data:`~pureog.raster.area_scan.MAX_SIDE` px is sampled as resvg samples it).
3. Weight: Skia's contrast and gamma correction for the text colour (:mod:`pureog.raster.text_gamma`).

``analytic_mask(path, fill_rule, m, box)``: step 2 alone, for a shape Skia draws with analytic
anti-aliasing that is no text glyph (a COLR glyph's layers: ``FillPath.analytic``).

Masks are cached per (outline, phase, colour level) within a byte budget, as :mod:`path_mask`'s are.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math

from pureog import caches
from pureog.display import FillRule
from pureog.geometry import Affine
from pureog.path import Path
from pureog.raster import mask_geometry
from pureog.raster.aaa_edges import aaa_polylines
from pureog.raster.area_scan import area_mask, fits
from pureog.raster.path_mask import path_mask
from pureog.raster.scan import Mask
from pureog.raster.text_gamma import glyph_gamma_table

Box = tuple[int, int, int, int]
_HUGE_BOX: Box = (-(1 << 28), -(1 << 28), 1 << 28, 1 << 28)
_masks: caches.Budgeted[tuple[object, ...], Mask | None] = caches.budgeted("raster.chrome_glyphs", 4 << 20)


def chrome_glyph_mask(path: Path, fill_rule: FillRule, m: Affine, box: Box,
                      rgb: tuple[int, int, int]) -> Mask | None:  # fmt: skip
    """The coverage Chromium blends ``path`` with under ``m`` in the colour ``rgb``, within ``box``."""
    if path.is_empty:
        return None
    m = skia_glyph_position(m)
    table = glyph_gamma_table(*rgb)
    key = (path, fill_rule, m.a, m.b, m.c, m.d, m.e, m.f, table)
    mask = _masks.get(key, False)
    if mask is False:
        polylines = aaa_polylines(path, m)
        if not fits(polylines):  # a glyph hundreds of px tall: its edges are a sliver of its pixels
            return path_mask(path, fill_rule, m, box)
        mask = area_mask(polylines, fill_rule, _HUGE_BOX)
        if mask is not None:
            rows = [None if row is None else row.translate(table) for row in mask.rows]
            mask = Mask(mask.x, mask.y, mask.width, mask.height, rows)
        _masks.keep(key, mask, 0 if mask is None else mask.width * mask.height)
    if mask is None:
        return None
    return mask_geometry.crop(mask, box)  # type: ignore[arg-type]


def analytic_mask(path: Path, fill_rule: FillRule, m: Affine, box: Box) -> Mask | None:
    """The coverage Skia's analytic anti-aliasing gives ``path`` under ``m`` within ``box`` (a colour
    glyph's layer: no hinting, no glyph gamma), cached as the glyph masks are."""
    if path.is_empty:
        return None
    key = ("analytic", path, fill_rule, m.a, m.b, m.c, m.d, m.e, m.f)
    mask = _masks.get(key, False)
    if mask is False:
        polylines = aaa_polylines(path, m)
        if not fits(polylines):
            return path_mask(path, fill_rule, m, box)
        mask = area_mask(polylines, fill_rule, _HUGE_BOX)
        _masks.keep(key, mask, 0 if mask is None else mask.width * mask.height)
    if mask is None:
        return None
    return mask_geometry.crop(mask, box)  # type: ignore[arg-type]


def skia_glyph_position(m: Affine) -> Affine:
    """``m`` with an axis-aligned glyph's origin moved where Skia draws it: x to the quarter pixel at or
    below ``x + 1/8``, y to the nearest whole pixel."""
    if m.b != 0.0 or m.c != 0.0:
        return m
    x = m.e + 0.125
    whole = math.floor(x)
    quarter = math.floor((x - whole) * 4.0) / 4.0
    return Affine(m.a, 0.0, 0.0, m.d, whole + quarter, math.floor(m.f + 0.5))


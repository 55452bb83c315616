"""Glyph outlines as :class:`pureog.path.Path` in CSS px, cached per (face, glyph id, size, scale).

Input: a :class:`~pureog.text.fonts.FontFace`, a glyph id and a font size. Output: the outline with
the glyph origin at (0, 0), y pointing down, the baseline at y = 0 (opentype.js ``glyph.getPath(0, 0,
fontSize)``: ``x * s``, ``-y * s`` with ``s = fontSize / unitsPerEm``). TrueType quadratic contours
become ``Q`` segments (implied on-curve points are the midpoints, as in opentype.js), CFF charstrings
become ``C`` segments. The same Path object is returned for the same key, so the rasterizer can cache
coverage by identity or hash.

Must not import layout, paint or raster.
"""

from __future__ import annotations

from typing import Any

from fontTools.pens.basePen import BasePen

from pureog.path import Path, Segment
from pureog.text.fonts import FontFace


class _PathPen(BasePen):  # type: ignore[misc]
    """Records fontTools pen calls as Path segments, scaled and y-flipped."""

    def __init__(self, glyph_set: Any, scale: float) -> None:
        super().__init__(glyph_set)
        self.scale = scale
        self.segments: list[Segment] = []
        self._open = False

    def _moveTo(self, pt: tuple[float, float]) -> None:
        s = self.scale
        self.segments.append(("M", pt[0] * s, -pt[1] * s))
        self._open = True

    def _lineTo(self, pt: tuple[float, float]) -> None:
        s = self.scale
        self.segments.append(("L", pt[0] * s, -pt[1] * s))

    def _qCurveToOne(self, p1: tuple[float, float], p2: tuple[float, float]) -> None:
        s = self.scale
        self.segments.append(("Q", p1[0] * s, -p1[1] * s, p2[0] * s, -p2[1] * s))

    def _curveToOne(self, p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]) -> None:
        s = self.scale
        self.segments.append(("C", p1[0] * s, -p1[1] * s, p2[0] * s, -p2[1] * s, p3[0] * s, -p3[1] * s))

    def _closePath(self) -> None:
        self.segments.append(("Z",))
        self._open = False

    def _endPath(self) -> None:
        # opentype.js closes every contour; an open CFF contour is filled as if closed anyway.
        if self._open:
            self.segments.append(("Z",))
        self._open = False


_OUTLINES: dict[tuple[str, int, float], Path] = {}
_GLYPH_SETS: dict[str, Any] = {}
_MAX_OUTLINES = 50000


def glyph_outline(face: FontFace, gid: int, font_size: float, scale: float = 1.0) -> Path:
    """The glyph's outline at ``font_size`` px (times ``scale`` for glyphs borrowed from another face)."""
    px_per_unit = font_size / face.units_per_em * scale
    key = (face.key, gid, px_per_unit)
    path = _OUTLINES.get(key)
    if path is not None:
        return path
    glyph_set = _GLYPH_SETS.get(face.key)
    if glyph_set is None:
        glyph_set = face.ttfont.getGlyphSet()
        _GLYPH_SETS[face.key] = glyph_set
    order = face.glyph_order
    pen = _PathPen(glyph_set, px_per_unit)
    if 0 <= gid < len(order):
        try:
            glyph_set[order[gid]].draw(pen)
        except Exception:  # a broken glyph draws nothing rather than failing the render
            pen.segments = []
    path = Path(tuple(pen.segments))
    if len(_OUTLINES) >= _MAX_OUTLINES:
        _OUTLINES.clear()
    _OUTLINES[key] = path
    return path

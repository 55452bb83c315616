"""Glyph outlines as :class:`pureog.path.Path` in CSS px, cached per (face, glyph id, size, scale).

Input: a :class:`~pureog.text.fonts.FontFace`, a glyph id and a font size. Output: the outline with
the glyph origin at (0, 0), y pointing down, the baseline at y = 0 (opentype.js ``glyph.getPath(0, 0,
fontSize)``: ``x * s``, ``-y * s`` with ``s = 1 / unitsPerEm * fontSize``, that float expression, so
that ``pen_x + x * s`` is the very number Satori rounds into its SVG). A glyph borrowed from a fallback
face has its font units multiplied by ``B = run_upem / fallback_upem`` first and then the run face's
``s``, as Satori's ``patchFontFallbackResolver`` does. TrueType quadratic contours
become ``Q`` segments (implied on-curve points are the midpoints, as in opentype.js), CFF charstrings
become ``C`` segments. The same Path object is returned for the same key, so the rasterizer can cache
coverage by identity or hash.

Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
from typing import Any

from pureog import caches
from pureog.errors import FontError, LimitError
from pureog.limits import MAX_GLYPH_COMPONENTS, MAX_GLYPH_SEGMENTS, NEW_OUTLINE_WEIGHT, charge_glyph_segments
from pureog.path import Path, Segment
from pureog.text.fonts import FontFace, keep_face_entry


class _Segments:
    """Records pen calls as Path segments: font units times ``unit_scale``, then times ``scale`` and
    y-flipped (two float products, in opentype.js's order). The underscored methods are fontTools'
    ``BasePen`` hooks; :class:`_TrueTypePen` adds the public calls a TrueType outline makes."""

    def __init__(self, scale: float, unit_scale: float = 1.0, whole_units: bool = False) -> None:
        self.scale = scale
        self.unit_scale = unit_scale
        self.whole_units = whole_units
        self.segments: list[Segment] = []
        self._open = False
        self.x_shift = 0.0  # font units added to every x (a glyph kept at its own coordinates)

    def _xy(self, pt: tuple[float, float]) -> tuple[float, float]:
        if self.x_shift:
            pt = (pt[0] + self.x_shift, pt[1])
        if self.whole_units:
            pt = (math.floor(pt[0] + 0.5), math.floor(pt[1] + 0.5))
        s, b = self.scale, self.unit_scale
        if b == 1.0:
            return pt[0] * s, -pt[1] * s
        return (pt[0] * b) * s, -((pt[1] * b) * s)

    def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 - fontTools' hook names
        self.segments.append(("M", *self._xy(pt)))
        self._open = True

    def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self.segments.append(("L", *self._xy(pt)))

    def _qCurveToOne(self, p1: tuple[float, float], p2: tuple[float, float]) -> None:  # noqa: N802
        self.segments.append(("Q", *self._xy(p1), *self._xy(p2)))

    def _curveToOne(self, p1: tuple[float, float], p2: tuple[float, float],  # noqa: N802
                    p3: tuple[float, float]) -> None:
        self.segments.append(("C", *self._xy(p1), *self._xy(p2), *self._xy(p3)))

    def _closePath(self) -> None:  # noqa: N802
        self.segments.append(("Z",))
        self._open = False

    def _endPath(self) -> None:  # noqa: N802
        # opentype.js closes every contour; an open CFF contour is filled as if closed anyway.
        if self._open:
            self.segments.append(("Z",))
        self._open = False


class _TrueTypePen(_Segments):
    """The pen :meth:`pureog.text.truetype.TrueTypeFont.draw` draws on: fontTools' ``BasePen`` public
    calls for quadratic outlines, with its arithmetic (an implied start point ``0.5 * (x + nx)`` for a
    contour without on-curve points, implied on-curve points between consecutive off-curve ones)."""

    def moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self._moveTo(pt)

    def lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self._lineTo(pt)

    def qCurveTo(self, *points: Any) -> None:  # noqa: N802
        n = len(points) - 1
        if points[-1] is None:
            x, y = points[-2]
            nx, ny = points[0]
            implied = (0.5 * (x + nx), 0.5 * (y + ny))
            self._moveTo(implied)
            points = points[:-1] + (implied,)
        if n > 0:
            for i in range(n - 1):  # fontTools' decomposeQuadraticSegment
                x, y = points[i]
                nx, ny = points[i + 1]
                self._qCurveToOne(points[i], (0.5 * (x + nx), 0.5 * (y + ny)))
            self._qCurveToOne(points[-2], points[-1])
        elif n == 0:
            self._lineTo(points[0])

    def closePath(self) -> None:  # noqa: N802
        self._closePath()


_FONTTOOLS_PEN: Any = None


def _fonttools_pen(glyph_set: Any, scale: float, unit_scale: float, whole_units: bool) -> Any:
    """A fontTools ``BasePen`` recording into :class:`_Segments` (CFF, variable fonts, and glyphs the
    small TrueType reader leaves to fontTools); the class is made on first use, so that a render whose
    fonts are all plain TrueType never imports fontTools."""
    global _FONTTOOLS_PEN
    if _FONTTOOLS_PEN is None:
        from fontTools.pens.basePen import BasePen  # noqa: PLC0415

        # _Segments first in the bases: its _moveTo/_lineTo/... hooks must win over BasePen's abstract ones.
        class _PathPen(_Segments, BasePen):  # type: ignore[misc]
            def __init__(self, glyph_set: Any, scale: float, unit_scale: float, whole_units: bool) -> None:
                BasePen.__init__(self, glyph_set)
                _Segments.__init__(self, scale, unit_scale, whole_units)
                self.components = 0

            # Hostile fonts (spec/limits.md): every component at every level comes back here through
            # fontTools' TransformPen, and every segment through the hooks, so a composite or CFF
            # subroutine fan-out stops here; the glyph then draws nothing (glyph_outline).
            def addComponent(self, glyph_name: str, transformation: Any) -> None:  # noqa: N802
                self.components += 1
                if self.components > MAX_GLYPH_COMPONENTS:
                    raise FontError(f"a glyph of more than {MAX_GLYPH_COMPONENTS:,} components")
                BasePen.addComponent(self, glyph_name, transformation)

            def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
                if len(self.segments) > MAX_GLYPH_SEGMENTS:
                    raise FontError(f"a glyph of more than {MAX_GLYPH_SEGMENTS:,} segments")
                _Segments._moveTo(self, pt)

            def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
                if len(self.segments) > MAX_GLYPH_SEGMENTS:
                    raise FontError(f"a glyph of more than {MAX_GLYPH_SEGMENTS:,} segments")
                _Segments._lineTo(self, pt)

            def _curveToOne(self, p1: tuple[float, float], p2: tuple[float, float],  # noqa: N802
                            p3: tuple[float, float]) -> None:
                if len(self.segments) > MAX_GLYPH_SEGMENTS:
                    raise FontError(f"a glyph of more than {MAX_GLYPH_SEGMENTS:,} segments")
                _Segments._curveToOne(self, p1, p2, p3)

        _FONTTOOLS_PEN = _PathPen
    return _FONTTOOLS_PEN(glyph_set, scale, unit_scale, whole_units)


_OUTLINES: dict[tuple[str, int, float, float, bool], Path] = {}
_GLYPH_SETS: dict[str, Any] = {}
_MAX_OUTLINES = caches.limit("text.outlines", 50000)  # glyphs


def glyph_outline(
    face: FontFace, gid: int, font_size: float, scale: float = 1.0, units_per_em: int | None = None,
    *, at_lsb: bool = True,
) -> Path:
    """The glyph's outline at ``font_size`` px. A glyph borrowed from another face passes ``scale``
    (the run face's units per em over ``face``'s) and ``units_per_em`` (the run face's). Each call is a
    glyph placed: its segments count against the render's :data:`~pureog.limits.MAX_GLYPH_DRAW_SEGMENTS`
    (a cached outline too: it is rounded, flattened and scanned again at its new position).

    ``at_lsb``: a simple ``glyf`` glyph whose ``hmtx`` left side bearing differs from its own ``xMin``
    (web subsetters write such fonts) is moved by ``lsb - xMin``, as FreeType and fontTools place it;
    opentype.js, and so Satori, draws the contours at their own coordinates: Satori's text passes
    ``at_lsb=False`` (a Noto Sans KR web subset's .notdef box 10 units to the right)."""
    path = _outline(face, gid, font_size, scale, units_per_em, at_lsb)
    key = (face.key, gid, 1 / (units_per_em or face.units_per_em) * font_size, scale, at_lsb)  # (_outline's)
    segments = len(path.segments)
    charge_glyph_segments(segments, (key, path, NEW_OUTLINE_WEIGHT * segments))
    return path


def _outline(face: FontFace, gid: int, font_size: float, scale: float, units_per_em: int | None,
             at_lsb: bool = True) -> Path:
    px_per_unit = 1 / (units_per_em or face.units_per_em) * font_size
    key = (face.key, gid, px_per_unit, scale, at_lsb)
    path = _OUTLINES.get(key)
    if path is not None:
        return path
    if face.bitmap_only:  # a CBDT / sbix font: no outlines (its glyphs are bitmaps, color_glyphs.py)
        return _keep(key, Path(()), face, px_per_unit * scale)
    if face.synthetic is not None and face.base is not None:  # Chromium's fake bold / oblique
        from pureog.text.synthetic import synthesize  # noqa: PLC0415  (features: browser only)

        bold, oblique = face.synthetic
        base = _outline(face.base, gid, font_size, scale, units_per_em, at_lsb)
        path = synthesize(base, font_size, bold, oblique)
        return _keep(key, path, face, px_per_unit * scale, (base, font_size))
    fast = face.truetype
    if fast is not None and not face.location:
        pen = _TrueTypePen(px_per_unit, scale)
        if fast.draw(gid, pen, at_lsb):
            return _keep(key, Path(tuple(pen.segments)), face, px_per_unit * scale)
    with face.lock:  # fontTools decompiles tables and glyphs in place on first use: one thread at a time
        glyph_set = _GLYPH_SETS.get(face.key)
        if glyph_set is None:
            try:
                glyph_set = face.glyph_set()
            except Exception as exc:  # fontTools raises many kinds for a malformed glyf/loca/CFF table
                raise FontError(f"cannot read the font's glyph outlines: {type(exc).__name__}: {exc}",
                                path=face.path) from exc
            keep_face_entry(_GLYPH_SETS, face.key, glyph_set)  # bounded like the faces (fonts.load_face)
        order = face.glyph_order
        # A TrueType variable font's varied points are rounded to whole font units, as FreeType (which
        # draws a browser's glyphs) and a static instance (fontTools' instancer) both round them.
        fallback = _fonttools_pen(glyph_set, px_per_unit, scale, bool(face.location) and not face.is_cff)
        if 0 <= gid < len(order):
            try:
                if not at_lsb:  # (inside the try: a damaged glyf entry fails here as in the draw)
                    fallback.x_shift = -_lsb_offset(face, order[gid])
                glyph_set[order[gid]].draw(fallback)
            except LimitError:  # the render's variation work or deadline (ChargedGlyphSet): not a broken glyph
                raise
            except Exception:  # a broken glyph draws nothing rather than failing the render
                fallback.segments = []
    return _keep(key, Path(tuple(fallback.segments)), face, px_per_unit * scale)


def _lsb_offset(face: FontFace, name: str) -> float:
    """The ``lsb - xMin`` by which fontTools' glyph set moves a static simple ``glyf`` glyph (0 for
    CFF, composite and variable glyphs, which it does not move or which keep it)."""
    font = face.ttfont
    if face.location or "glyf" not in font or "hmtx" not in font:
        return 0
    glyph = font["glyf"][name]
    if glyph.isComposite() or not hasattr(glyph, "xMin"):
        return 0
    return float(font["hmtx"][name][1] - glyph.xMin)


def _keep(key: tuple[Any, ...], path: Path, face: FontFace, px_per_unit: float,
          synthesized_from: tuple[Path, float] | None = None) -> Path:
    if len(_OUTLINES) >= _MAX_OUTLINES.value:
        _OUTLINES.clear()
    _OUTLINES[key] = path
    # (for the auto-fitter: Path.origin; a synthesized glyph also carries its base face's outline and
    # the font size, as Skia hints the base outline before it emboldens it)
    object.__setattr__(path, "origin", (face, px_per_unit, synthesized_from, key[1]))
    return path


def outline_origin(path: Path) -> tuple[FontFace, float] | None:
    """The face an outline of :func:`glyph_outline` was drawn from and its px per font unit, None for a
    path of other origin."""
    origin = path.origin
    if not isinstance(origin, tuple):
        return None
    face, px_per_unit = origin[0], origin[1]
    return face, px_per_unit


def outline_glyph(path: Path) -> int | None:
    """The glyph id an outline of :func:`glyph_outline` was drawn from (None for other paths): the
    auto-fitter picks a glyph's script by it."""
    origin = path.origin
    if not isinstance(origin, tuple):
        return None
    gid: int = origin[3]
    return gid


def synthesized_from(path: Path) -> tuple[Path, float] | None:
    """For an outline of a synthesized face (:meth:`FontFace.synthesized`): the base face's outline it
    was made from and the font size (px); None for any other path."""
    origin = path.origin
    if not isinstance(origin, tuple):
        return None
    source: tuple[Path, float] | None = origin[2]
    return source


def unit_outline(face: FontFace, gid: int) -> Path:
    """The glyph's outline in font units (y down), uncharged: metrics read it, nothing draws it."""
    return _outline(face, gid, float(face.units_per_em), 1.0, None)


caches.register("text.outlines", _OUTLINES, _GLYPH_SETS)

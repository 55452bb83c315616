"""FreeType's auto-fitter in light mode, as Chromium's Skia asks it to hint the glyphs it draws on Linux.

Role: ``hinted_outline(path) -> Path``: a glyph outline from :func:`pureog.text.outline.glyph_outline`
with its y coordinates moved as FreeType's auto-fitter moves them for ``FT_LOAD_TARGET_LIGHT`` (Skia's
hinting for text, even with ``--font-render-hinting=none``): the vertical scale adjusted so the
x-height lands on a whole pixel, blue zones (baseline, x-height, cap height, ascender, descender and
their overshoots) on the pixel grid, horizontal stems (the ``e`` bar, the ``t`` crossbar) centred on
pixel rows, the other points interpolated; x is never moved. Only text whose reference is Chromium is
hinted (``FillPath.chrome_text``): resvg, which draws Next's text, does not hint.

The steps, each in its own module as in FreeType's ``aflatin.c`` / ``afhints.c``: :mod:`.styles` (the
script whose zones hint a glyph, from the face's cmap: Latin, Greek, Cyrillic, Hebrew, Arabic,
Devanagari, Thai; then from its GSUB lookups, :mod:`.gsub_cover`; what neither reaches is FreeType's
fallback style, the CJK writing system of :mod:`.cjk`, which moves x as well), :mod:`.blues` (the
script's blue zones of a face from its blue characters, in font units), :mod:`.scale` (the zones and the
fitted vertical scale at a size), :mod:`.edges` (a glyph's segments, edges and stems), :mod:`.fit` (edge
hinting without stem adjustment and the interpolation of every point). Metrics are cached per (face,
script, size) and hinted outlines per outline.
Must not import layout, paint or raster.
"""

from __future__ import annotations

from pureog import caches
from pureog.path import Path
from pureog.text.autofit.cjk import hint_cjk_path
from pureog.text.autofit.fit import hint_path
from pureog.text.autofit.scale import ScaledBlues, scaled_blues
from pureog.text.autofit.styles import FALLBACK, LATIN, glyph_style, is_cjk_face
from pureog.text.outline import outline_glyph, outline_origin, synthesized_from

_MAX = caches.limit("text.autofit", 20000)  # hinted outlines
_hinted: dict[int, tuple[Path, Path]] = {}
_metrics: dict[tuple[str, str, float], ScaledBlues | None] = {}


def hinted_outline(path: Path) -> Path:
    """``path`` as FreeType's light auto-hinting draws it, or ``path`` itself where it does not apply
    (an outline of unknown origin, a glyph whose script's blue characters the face lacks, a CFF face,
    a slanted synthesized face; a synthesized bold face's glyph is its base glyph hinted, then emboldened)."""
    kept = _hinted.get(id(path))
    if kept is not None and kept[0] is path:
        return kept[1]
    try:
        out = _hint(path)
    except (ArithmeticError, ValueError):
        # an outline the fitter cannot measure (a degenerate or hostile glyph: zero-height zones,
        # coordinates past float range) is drawn unhinted rather than failing the render
        out = path
    if len(_hinted) >= _MAX.value:
        _hinted.clear()
    _hinted[id(path)] = (path, out)  # (the original kept alive: its id names it)
    return out


def _hint(path: Path) -> Path:
    origin = outline_origin(path)
    if origin is None or path.is_empty:
        return path
    face, px_per_unit = origin
    if face.synthetic is not None:
        return _hint_synthesized(path, face.synthetic)
    if face.is_cff:
        # FreeType hints CFF outlines with its CFF engine from the font's own stem hints, not the
        # auto-fitter (not done)
        return path
    script, nonbase = glyph_style(face, outline_glyph(path) or 0)
    if script is FALLBACK:
        if not is_cjk_face(face):  # (FreeType's fallback style: the CJK writing system, hinting x and y)
            return hint_cjk_path(path, px_per_unit, face.units_per_em)
        script = LATIN  # (a CJK face's fallback glyphs: its CJK zones are not written)
    key = (face.key, script.tag, px_per_unit)
    if key not in _metrics:
        if len(_metrics) >= 512:
            _metrics.clear()
        _metrics[key] = scaled_blues(face, px_per_unit, script)
    metrics = _metrics[key]
    if metrics is None:
        return path
    return hint_path(path, metrics, nonbase)


def _hint_synthesized(path: Path, synthetic: tuple[bool, bool]) -> Path:
    """A synthesized face's glyph as Skia draws it. Fake italic is a skew in the glyph's matrix, and
    Skia's FreeType port turns hinting off for any matrix that is not axis-aligned (onFilterRec:
    "rotated text looks bad with hinting"), so an oblique glyph stays unhinted. A fake bold one is
    hinted as its base face's glyph (FT_Load_Glyph) and emboldened afterwards."""
    source = synthesized_from(path)
    if synthetic[1] or source is None:
        return path
    base, font_size = source
    base_origin = outline_origin(base)
    if base is path or base_origin is None or base_origin[0].synthetic is not None:
        return path  # (a base that is itself synthesized, or this very outline, would hint forever)
    hinted = hinted_outline(base)
    if hinted is base:  # the base face is not auto-fitted (CFF, no Latin zones): nothing moves
        return path
    from pureog.text.synthetic import embolden, fake_bold_width  # noqa: PLC0415  (features: browser only)

    return embolden(hinted, fake_bold_width(font_size))


caches.register("text.autofit", _hinted, _metrics)

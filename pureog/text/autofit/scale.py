"""Blue zones at a size and the fitted vertical scale, as FreeType's ``af_latin_metrics_scale_dim``.

Role: ``scaled_blues(face, px_per_unit, script) -> ScaledBlues | None``. The vertical scale is first
adjusted so the x-height overshoot (of a script that has an x-height zone) lands on a whole pixel
(rounded up from 24/64 px: ``(scaled + 40) & ~63`` in 26.6), unless that moves the font's tallest
extent by two pixels or more. Then each zone less than 3/4 px tall is active: its reference rounded to
the pixel, its overshoot 0, 1/2 or 1 px beyond it. Pixels, y up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pureog import caches
from pureog.text.autofit.blues import Blue, Reads, charge_reads, max_stem_width, script_blues
from pureog.text.autofit.fixed import mul_fix
from pureog.text.autofit.styles import LATIN, Script
from pureog.text.fonts import FontFace

_faces: dict[tuple[str, str], tuple[list[Blue] | None, float, Reads]] = {}
"""Per face and script: its blue zones and widest standard stem in font units (read once, at any size),
and the glyphs read for them (charged to each render that uses them)."""


@dataclass(frozen=True)
class Zone:
    """An active blue zone at a size: unhinted (``ref``, ``shoot``) and fitted positions, px y up."""

    ref: float
    shoot: float
    ref_fit: float
    shoot_fit: float
    top: bool
    neutral: bool = False


@dataclass(frozen=True)
class ScaledBlues:
    """The auto-fitter's vertical metrics at one size."""

    ratio: float
    """The fitted vertical scale over the font's (every y is multiplied by it before hinting)."""
    zones: tuple[Zone, ...]
    fuzz: float
    """How far (px) an edge may lie from a zone and still be snapped to it."""
    penalty: float
    """FreeType's stem length score (6000 units of a 2048-unit em) in px squared."""
    max_width: float
    """The widest standard stem (px): stems up to it are linked by overlap alone."""
    unit: float
    """px per font unit, fitted."""
    units_per_em: int
    top_to_bottom: bool = False
    """Edges hinted from the top down (FreeType's ``HINTING_TOP_TO_BOTTOM`` scripts: Devanagari)."""


def scaled_blues(face: FontFace, px_per_unit: float, script: Script = LATIN) -> ScaledBlues | None:
    """The face's zones for ``script`` at ``px_per_unit``; None where it has none (not hinted)."""
    upem = face.units_per_em
    size = int(px_per_unit * upem * 64 + 1e-9)  # Skia's 26.6 text size (truncated)
    if size <= 0 or not math.isfinite(px_per_unit):  # (under 1/64 px: nothing to hint)
        return None
    found = _faces.get((face.key, script.tag))
    if found is None:
        if len(_faces) >= 256:
            _faces.clear()
        reads: Reads = []
        blues, max_width = script_blues(face, script, reads), max_stem_width(face, script, reads)
        found = _faces[face.key, script.tag] = (blues, max_width, reads)
    else:
        charge_reads(face, found[2])  # (the same charge as when measured: a render's budget sees no cache)
    blues, max_width, _ = found
    if blues is None:
        return None
    scale = (size * 65536 + upem // 2) // upem  # FreeType's 16.16 y_scale (FT_DivFix)
    x_height = next((b for b in blues if b.x_height), None)  # (a script without one: no fitting)
    scaled = 0 if x_height is None else mul_fix(int(x_height.shoot), scale)
    fitted = (scaled + 40) & ~63
    if fitted != scaled and scaled > 0:
        new_scale = (scale * fitted + scaled // 2) // scaled  # FT_MulDiv
        tallest = max([upem] + [abs(b.ref) for b in blues] + [abs(b.shoot) for b in blues])
        if abs(mul_fix(int(tallest), new_scale - scale)) < 128:  # the change under two pixels
            scale = new_scale
    zones = []
    for b in blues:
        ref = mul_fix(int(b.ref), scale)
        dist = mul_fix(int(b.ref - b.shoot), scale)
        if abs(dist) > 48:  # a zone 3/4 px tall or more is not used
            continue
        delta = abs(dist)
        delta = 0 if delta < 32 else 32 if delta < 48 else 64
        ref_fit = (ref + 32) & ~63
        shoot_fit = ref_fit - (delta if dist >= 0 else -delta)
        zones.append(Zone(ref / 64, mul_fix(int(b.shoot), scale) / 64, ref_fit / 64, shoot_fit / 64, b.top, b.neutral))
    fuzz = min(mul_fix(upem // 40, scale), 32) / 64
    unit = scale / 65536 / 64  # px per font unit, fitted
    penalty = 6000 / 2048 * upem * unit * unit
    return ScaledBlues(unit / px_per_unit, tuple(zones), fuzz, penalty, max_width * unit, unit, upem,
                       script.top_to_bottom)


caches.register("text.autofit_faces", _faces)

"""A pure-Python OpenType layout engine (GSUB / GPOS with script shapers), checked against HarfBuzz.

Public entry point::

    shape(font, text, script=None, language=None, direction=None, features=None) -> list[ShapedGlyph]

* ``font``: a fontTools ``TTFont`` or a :class:`pureog.text.fonts.FontFace`; its tables are converted
  once and cached per font object (:mod:`pureog.text.ot.tables`).
* ``text``: one run in logical order, of one script and one direction.
* ``script``: ISO 15924 code (``"Latn"``, ``"Arab"``, ``"Deva"``, ...); None shapes with the font's
  DFLT script. ``language``: BCP 47 tag (``"ur"``) or an OpenType language system tag (``"URD "``).
* ``direction``: ``"ltr"`` / ``"rtl"``; None takes the script's own direction.
* ``features``: CSS ``font-feature-settings`` semantics: a mapping tag -> value (``{"liga": 0,
  "ss01": 1}``), a sequence of :class:`Feature` (with a ``start`` / ``end`` range of character indices),
  or a ``font-feature-settings`` string (``'"liga" 0, "smcp"'``).

Output: glyphs in visual order, as ``hb_shape`` reports them (RTL runs reversed): glyph id, cluster
(index in ``text`` of the first character of the glyph's cluster), and ``x_advance`` / ``y_advance`` /
``x_offset`` / ``y_offset`` in font units. The behaviour follows HarfBuzz's OpenType shaper
(``spec/text.md``, "OpenType shaping engine"); ``tools/shaping_diff.py`` measures the agreement.

``matches_harfbuzz(font, script)`` tells whether the engine has the shaper HarfBuzz would pick (all of
HarfBuzz's OpenType shapers are here, the Universal Shaping Engine included).

The text layout uses it for runs Next.js draws wrongly and for text asking for features
(:mod:`pureog.text.runs`); everything else keeps opentype.js's cmap + kerning (:mod:`pureog.text.shaping`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from pureog.text.ot.plan import Feature, get_plan
from pureog.text.ot.shape import ShapedGlyph, make_buffer, script_is_rtl, shape_buffer
from pureog.text.ot.tables import face_data

__all__ = ["Feature", "ShapedGlyph", "matches_harfbuzz", "parse_feature_settings", "shape"]

_SETTING = re.compile(r"""\s*(["'])(.{4})\1\s*(on|off|\d+)?\s*""")


def parse_feature_settings(css: str) -> tuple[Feature, ...]:
    """Features of a CSS ``font-feature-settings`` value (``normal`` gives none)."""
    css = css.strip()
    if not css or css == "normal":
        return ()
    features: list[Feature] = []
    for part in css.split(","):
        m = _SETTING.fullmatch(part)
        if m is None:
            raise ValueError(f"invalid font-feature-settings entry: {part.strip()!r}")
        value = m.group(3)
        number = 1 if value in (None, "on") else 0 if value == "off" else int(value)
        features.append(Feature(m.group(2), number))
    return tuple(features)


def _features(features: Any) -> tuple[Feature, ...]:
    if features is None:
        return ()
    if isinstance(features, str):
        return parse_feature_settings(features)
    if isinstance(features, Mapping):
        return tuple(Feature(str(tag), int(value)) for tag, value in features.items())
    result: list[Feature] = []
    for f in features if isinstance(features, Iterable) else ():
        if isinstance(f, Feature):
            result.append(f)
        else:
            result.append(Feature(*f))
    return tuple(result)


def matches_harfbuzz(font: Any, script: str | None, language: str | None = None) -> bool:
    """Whether this engine has the shaper HarfBuzz would use for ``script`` with ``font`` (it has all of
    HarfBuzz's OpenType shapers, the Universal Shaping Engine included)."""
    from pureog.text.ot.shapers import harfbuzz_shaper  # noqa: PLC0415

    plan = get_plan(face_data(font), script, language, script_is_rtl(script), ())
    return harfbuzz_shaper(plan.script, plan.chosen_script[0]) == plan.shaper.name


def shape(font: Any, text: str, script: str | None = None, language: str | None = None,
          direction: str | None = None, features: Any = None, context: tuple[str, str] = ("", ""),
          dotted_circles: bool = True) -> list[ShapedGlyph]:
    """Shape one run of ``text`` with ``font``; see the module documentation. ``context``: the text
    before the run (nearest character first) and after it, as ``hb_buffer_add_utf16`` passes it
    (Arabic letters join across the run's ends); ``dotted_circles``: off, a broken cluster (a vowel
    sign with no consonant) gets no dotted circle (HarfBuzz's
    ``HB_BUFFER_FLAG_DO_NOT_INSERT_DOTTED_CIRCLE``)."""
    face = face_data(font)
    if direction is None:
        rtl = script_is_rtl(script)
    elif direction.lower() in ("rtl", "ltr"):
        rtl = direction.lower() == "rtl"
    else:
        raise ValueError(f"direction must be 'ltr' or 'rtl', not {direction!r}")
    plan = get_plan(face, script, language, rtl, _features(features))
    buffer = make_buffer(text, rtl, context)
    buffer.dotted_circles = dotted_circles
    shape_buffer(plan, buffer)
    return [ShapedGlyph(g.cp, g.cluster, g.xa, g.ya, g.xo, g.yo) for g in buffer.info]

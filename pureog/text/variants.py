"""``font-kerning``, ``font-variant-*`` and ``word-spacing`` as Chromium applies them (``features: browser``).

Input: a computed style, or (for capitals) a face, a run's script and the requested ``font-variant-caps``.
Output: OpenType feature settings for the shaper, a word spacing in px, and a :class:`CapsPlan`: how a
run of text is cut by case and drawn (features, case mapping, a synthesized smaller size), following
Blink's ``OpenTypeCapsSupport`` and ``SmallCapsIterator``:

* the font has the features the value asks for (``smcp``; ``smcp`` + ``c2sc``; ``pcap``; ``pcap`` +
  ``c2pc``; ``unic``; ``titl``) in the run script's GSUB language system: they are applied, nothing else;
* petite capitals the font lacks fall back to its small capitals when it has them; ``unicase`` without
  ``unic`` draws the capitals as the font's small capitals of their lower case;
* otherwise the capitals are synthesized: the text is cut where characters change when uppercased
  (combining marks follow their base), the letters to turn into small capitals are uppercased and
  drawn at 0.7 of the font size rounded to a whole px (``kSmallCapsFontSizeMultiplier``, ``lroundf``):
  ``small-caps`` and ``petite-caps`` the lower-case letters only, ``all-*`` every character (spaces,
  digits and capitals included); ``titling-caps`` is never synthesized.

Next.js (Satori) ignores all of these; without ``features: browser`` the style layer ignores them too.
Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable

from pureog import caches
from pureog.style.computed import ComputedStyle
from pureog.style.values import Percent
from pureog.text.fonts import FontFace

Features = tuple[tuple[str, int], ...]

SMALL_CAPS_FACTOR = 0.7
"""Blink's ``kSmallCapsFontSizeMultiplier``: synthesized small capitals' share of the font size."""

SPACED_CHARACTERS = frozenset(" \t\n\u00a0")
"""The characters word spacing is added to: Blink's ``Character::TreatAsSpace`` (CSS Text 3 lists a
few more word separators, Ethiopic and Aegean ones, which Chromium leaves unspaced)."""

SAME_CASE, UPPERCASE_NEEDED = 1, 2
"""The case classes of :func:`case_runs` (0: the run is not cut by case)."""

_CAPS_FEATURES: dict[str, tuple[str, ...]] = {
    "small-caps": ("smcp",), "all-small-caps": ("smcp", "c2sc"), "petite-caps": ("pcap",),
    "all-petite-caps": ("pcap", "c2pc"), "unicase": ("unic",), "titling-caps": ("titl",),
}


def style_features(style: ComputedStyle) -> Features:
    """The feature settings of ``style`` in Chromium's order (Blink's ``FontFeatures::Initialize``):
    ``font-kerning``, the ligature, east Asian and numeric variants, ``font-variant-position``, then
    ``font-feature-settings`` (later settings of a tag win).

    ``sub`` and ``super`` turn on the font's ``subs`` / ``sups`` only: Chromium 156 synthesizes nothing
    (a font without the feature draws the text unchanged) and applies the feature glyph by glyph (a
    character without a form keeps its glyph; CSS Fonts 4 would synthesize the whole run)."""
    out: list[tuple[str, int]] = []
    if style.font_kerning == "none":
        out.append(("kern", 0))
    out += style.font_variant_ligatures
    out += style.font_variant_east_asian
    out += style.font_variant_numeric
    if style.font_variant_position != "normal":
        out.append(("subs" if style.font_variant_position == "sub" else "sups", 1))
    out += style.font_feature_settings
    return tuple(out)


def word_spacing_px(style: ComputedStyle) -> float:
    """The style's word spacing in px (a percentage is of the font size, as Chromium reads it)."""
    spacing = style.word_spacing
    if isinstance(spacing, Percent):
        return spacing.value / 100.0 * float(style.font_size)
    return float(spacing)


def synthetic_size(size: float) -> float:
    """The font size of synthesized small capitals: ``lroundf(size * 0.7)``."""
    return float(math.floor(size * SMALL_CAPS_FACTOR + 0.5))


def case_runs(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, case)``: ``text`` cut where characters that change when uppercased meet ones that do
    not (:data:`UPPERCASE_NEEDED` / :data:`SAME_CASE`); a combining mark takes its base's class."""
    runs: list[tuple[int, int, int]] = []
    current = 0
    start = 0
    for i, ch in enumerate(text):
        if unicodedata.combining(ch) and current:
            continue
        case = UPPERCASE_NEEDED if ch.upper() != ch else SAME_CASE
        if case != current:
            if current:
                runs.append((start, i, current))
            current, start = case, i
    if current:
        runs.append((start, len(text), current))
    return runs


class CapsPlan:
    """How one face draws ``font-variant-caps`` for one script (Blink's ``OpenTypeCapsSupport``)."""

    __slots__ = ("requested", "support", "synthesis")

    def __init__(self, face: FontFace, script: str | None, requested: str) -> None:
        self.requested = requested
        self.support = "full"  # full, fallback, none
        self.synthesis = ""  # lower, upper, both: which case classes become synthesized capitals
        has = _feature_check(face, script)
        if requested == "small-caps":
            if not has("smcp"):
                self.support, self.synthesis = "none", "lower"
        elif requested == "all-small-caps":
            if not (has("smcp") and has("c2sc")):
                self.support, self.synthesis = "none", "both"
        elif requested == "petite-caps":
            if not has("pcap"):
                self.support, self.synthesis = ("fallback", "") if has("smcp") else ("none", "lower")
        elif requested == "all-petite-caps":
            if not (has("pcap") and has("c2pc")):
                self.support, self.synthesis = (("fallback", "") if has("smcp") and has("c2sc")
                                                else ("none", "both"))
        elif requested == "unicase":
            if not has("unic"):
                self.synthesis = "upper"
                self.support = "fallback" if has("smcp") else "none"
        elif requested == "titling-caps" and not has("titl"):
            self.support = "none"

    @property
    def splits(self) -> bool:
        """Whether runs are cut by case (Blink's ``NeedsRunCaseSplitting``)."""
        return self.support != "full" and self.requested != "titling-caps"

    def features(self, case: int) -> tuple[str, ...]:
        """The caps features to turn on for a run of ``case`` (0: uncut; Blink's ``FontFeatureToUse``)."""
        if self.support == "full":
            return _CAPS_FEATURES.get(self.requested, ())
        if self.support == "fallback":
            if self.requested == "all-petite-caps":
                return _CAPS_FEATURES["all-small-caps"]
            if self.requested == "petite-caps" or (self.requested == "unicase" and case == SAME_CASE):
                return _CAPS_FEATURES["small-caps"]
        return ()

    def synthetic(self, case: int) -> bool:
        """Whether a run of ``case`` is drawn at the synthesized small size (``NeedsSyntheticFont``)."""
        if self.support != "none" or self.requested == "titling-caps":
            return False
        if case == UPPERCASE_NEEDED:
            return self.synthesis in ("lower", "both")
        return case == SAME_CASE and self.synthesis in ("upper", "both")

    def case_map(self, case: int) -> str:
        """``upper``, ``lower`` or ``""`` (keep) for a run of ``case`` (Blink's ``NeedsCaseChange``)."""
        if self.support == "full":
            return ""
        if case == SAME_CASE:
            return "lower" if self.support == "fallback" and self.synthesis in ("both", "upper") else ""
        if case == UPPERCASE_NEEDED:
            return "upper" if self.support != "fallback" and self.synthesis in ("lower", "both") else ""
        return ""


def _feature_check(face: FontFace, script: str | None) -> Callable[[str], bool]:
    """``has(tag)``: whether the face's GSUB has the feature in the script's default language system
    (HarfBuzz's script selection, with its DFLT / dflt / latn fallbacks), as Blink asks HarfBuzz."""
    from pureog.text.ot.plan import MapBuilder  # noqa: PLC0415  (the OpenType engine loads on use)
    from pureog.text.ot.tables import face_data  # noqa: PLC0415

    builder = MapBuilder(face_data(face), script, None, False)
    return builder.has_gsub_feature


_PLANS: dict[tuple[str, str | None, str], CapsPlan] = {}


def caps_plan(face: FontFace, script: str | None, requested: str) -> CapsPlan:
    """The (cached) :class:`CapsPlan` of a face, script and ``font-variant-caps`` value."""
    key = (face.key, script, requested)
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) > 256:
            _PLANS.clear()
        plan = _PLANS[key] = CapsPlan(face, script, requested)
    return plan


__all__ = ["SAME_CASE", "SMALL_CAPS_FACTOR", "UPPERCASE_NEEDED", "SPACED_CHARACTERS", "CapsPlan", "Features",
           "caps_plan", "case_runs", "style_features", "synthetic_size", "word_spacing_px"]


caches.register("text.caps_plans", _PLANS)

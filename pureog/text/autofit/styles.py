"""Which script's blue zones hint each glyph of a face, as FreeType 2.12.1's auto-fitter decides it.

Role: ``glyph_style(face, gid) -> (Script, nonbase)``. FreeType gives every glyph one style
(``af_face_globals_compute_style_coverage``): the styles in a fixed order each take the glyphs their
script's Unicode ranges reach through the face's cmap and that no earlier style took, a glyph reached
through a script's combining-mark ranges being flagged non-base (its edges are not snapped to blue
zones). Glyphs no cmap code point reaches (GSUB-only forms such as Arabic joined forms, Devanagari
conjuncts, Latin ligatures, small capitals) take, as in FreeType built with HarfBuzz (Chromium's), the
style whose feature or script's GSUB lookups output them (:mod:`.gsub_cover`: the feature styles such as
``latn_c2sc`` measure their zones on their feature's forms); what none reaches gets the fallback
style, the CJK writing system's ``hani`` (:data:`FALLBACK`, hinted by :mod:`.cjk` in a face without
hani's blue characters; a CJK face's keep the Latin zones for now).

Only the scripts below are written (the Latin writing system: blue strings of afblue.dat, standard
characters of afscript.h); a glyph a code point of another script reaches (Armenian, the other Indic
scripts, CJK, ...) keeps the Latin zones for now. Their order is FreeType's style order (the scripts it
lists between them claim no code point of theirs).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from pureog import caches
from pureog.text.autofit.gsub_cover import feature_styles, gsub_styles, substitute
from pureog.text.fonts import FontFace

TOP, NEUTRAL, X_HEIGHT, LONG = 1, 2, 4, 8
"""Blue string properties (FreeType's ``AF_BLUE_PROPERTY_LATIN_*``): a top zone, a zone matching edges
of either direction (flat extremes only), the zone the vertical scale is fitted to, a zone measured on
a long enough segment."""


@dataclass(frozen=True)
class Script:
    """One script of the Latin writing system: its code point ranges and blue strings."""

    tag: str
    ranges: tuple[tuple[int, int], ...]
    nonbase: tuple[tuple[int, int], ...]
    blues: tuple[tuple[str, int], ...]
    """(characters, properties) per zone."""
    standard: str
    """The characters whose first present one gives the standard stem widths."""
    top_to_bottom: bool = False
    """Edges placed from the top down (afscript.h's ``HINTING_TOP_TO_BOTTOM``)."""
    lookups: tuple[int, ...] = ()
    """A feature style's GSUB lookups (its tag then ``latn_smcp`` and the like): its blue and standard
    characters are the forms these give them, a character they leave as it is not used."""


def _r(spec: str) -> tuple[tuple[int, int], ...]:
    """Ranges written ``"0600-06FF 0750"`` (inclusive, hexadecimal)."""
    out = []
    for item in spec.split():
        first, _, last = item.partition("-")
        out.append((int(first, 16), int(last or first, 16)))
    return tuple(out)


_ARABIC = Script(
    "arab", _r("0600-06FF 0750-07FF 08A0-08FF FB50-FDFF FE70-FEFF 1EE00-1EEFF"),
    _r("0600-0605 0610-061A 064B-065F 0670 06D6-06DC 06DF-06E4 06E7-06E8 06EA-06ED 08D3-08FF FBB2-FBC1"
       " FE70 FE72 FE74 FE76 FE78 FE7A FE7C FE7E"),
    (("اإلكطظ", TOP), ("تثطظك", 0), ("\u0640", NEUTRAL)), "لحـ")
_CYRILLIC = Script(
    "cyrl", _r("0400-052F 1C80-1C8F 2DE0-2DFF A640-A69F"), _r("0483-0489 2DE0-2DFF A66F-A67F A69E-A69F"),
    (("БВЕПЗОСЭ", TOP), ("БВЕШЗОСЭ", 0), ("хпншезос", TOP | X_HEIGHT), ("хпншезос", 0), ("руф", 0)), "оО")
_DEVANAGARI = Script(
    "deva", _r("0900-093B 093D-0950 0953-0963 0966-097F 20B9 A8E0-A8FF"),
    _r("0900-0902 093A 0941-0948 094D 0953-0957 0962-0963 A8E0-A8F1 A8FF"),
    (("ईऐओऔिीोौ", TOP), ("कमअआथधभश", TOP), ("कनमउछटठड", TOP | NEUTRAL | X_HEIGHT), ("कनमउछटठड", 0),
     ("\u0941\u0943", 0)), "ठवट", True)
_GREEK = Script(
    "grek", _r("0370-03FF 1F00-1FFF"), _r("037A 0384-0385 1FBD-1FC1 1FCD-1FCF 1FDD-1FDF 1FED-1FEF 1FFD-1FFE"),
    (("ΓΒΕΖΘΟΩ", TOP), ("ΒΔΖΞΘΟ", 0), ("βθδζλξ", TOP), ("αειοπστω", TOP | X_HEIGHT), ("αειοπστω", 0),
     ("βγημρφχψ", 0)), "οΟ")
_HEBREW = Script(
    "hebr", _r("0590-05FF FB1D-FB4F"), _r("0591-05BF 05C1-05C2 05C4-05C5 05C7 FB1E"),
    (("בדהחךכםס", TOP | LONG), ("בטכםסצ", 0), ("קךןףץ", 0)), "ם")
_LATIN = Script(
    "latn", _r("0020-007F 00A0-00A9 00AB-00B1 00B4-00B8 00BB-024F 0250-02AF 02B9-02DF 02E5-036F 1AB0-1ABE"
               " 1D00-1D2B 1D6B-1D77 1D79-1D9A 1DC0-1EFF 2000-206F 20A0-20B8 20BA-20CF 2150-218F 2C60-2C7B"
               " 2C7E-2C7F 2E00-2E7F A720-A76F A771-A7F7 A7FA-A7FF AB30-AB5B AB60-AB6F FB00-FB06 1D400-1D7FF"),
    _r("005E-0060 007E 00A8-00A9 00AE-00B0 00B4 00B8 00BC-00BE 02B9-02DF 02E5-036F 1AB0-1ABE 1DC0-1DFF"
       " 2017 203E A788 A7F8-A7FA"),
    (("THEZOCQS", TOP), ("HEZLOCUS", 0), ("fijkdbh", TOP), ("uvxzoesc", TOP | X_HEIGHT), ("nrxzoesc", 0),
     ("pqgjy", 0)), "oO0")
_THAI = Script(
    "thai", _r("0E00-0E7F"), _r("0E31 0E34-0E3A 0E47-0E4E"),
    (("บเแอกา", TOP | X_HEIGHT), ("บปษฯอยฮ", 0), ("ปฝฟ", TOP), ("โใไ", TOP), ("ฎฏฤฦ", 0), ("ญฐ", 0),
     ("๐๑๓", 0)), "าๅ๐")

SCRIPTS = (_ARABIC, _CYRILLIC, _DEVANAGARI, _GREEK, _HEBREW, _LATIN, _THAI)
"""In FreeType's style order (afstyles.h)."""
LATIN = _LATIN
"""The zones of a glyph some code point reaches that no script here covers (as before scripts)."""
_HANI_TOP = ("他们你來們到和地对對就席我时時會来為能舰說说这這齊"
             "军同已愿既星是景民照现現理用置要軍那配里開雷露面顾")
_HANI_BOTTOM = ("个为人他以们你來個們到和大对對就我时時有来為要說说"
                "主些因它想意理生當看着置者自著裡过还进進過道還里面")
FALLBACK = Script("hani", (), (), ((_HANI_TOP, TOP), (_HANI_BOTTOM, 0)), "田囗")
"""FreeType's fallback style, the CJK writing system's ``hani`` (afblue.dat's CJK top and bottom strings,
fills and flats together, and afscript.h's standard characters): the glyphs no cmap code point reaches."""
_NONBASE = 1 << 15

_styles: dict[str, tuple[dict[int, int], list[Script]]] = {}
"""Per face: glyph id -> index in its style list (| _NONBASE), for the glyphs some style takes, and
that list (SCRIPTS, then the face's feature styles, then LATIN for the glyphs of scripts not here)."""


def glyph_style(face: FontFace, gid: int) -> tuple[Script, bool]:
    """The script whose zones hint glyph ``gid`` and whether it is a non-base glyph (a combining
    mark)."""
    found = _styles.get(face.key)
    if found is None:
        if len(_styles) >= 256:
            _styles.clear()
        found = _styles[face.key] = _coverage(face)
    styles, scripts = found
    style = styles.get(gid)
    if style is None:
        return FALLBACK, False
    return scripts[style & ~_NONBASE], bool(style & _NONBASE)


def is_cjk_face(face: FontFace) -> bool:
    """Whether the face has one of hani's blue or standard characters (FreeType then finds CJK zones
    and widths for its fallback glyphs, not written: they keep the Latin zones)."""
    return any(face.glyph_index(ord(ch)) for chars in (*(b[0] for b in FALLBACK.blues), FALLBACK.standard)
               for ch in chars)


def _coverage(face: FontFace) -> tuple[dict[int, int], list[Script]]:
    """Each glyph a cmap code point reaches: the first script in order whose ranges hold one of its
    code points (FreeType's per-style passes over the cmap, a glyph kept by the first style that takes
    it), flagged non-base where a code point in that script's mark ranges reaches it; then, as FreeType
    built with HarfBuzz (Chromium's) goes on: the glyphs the feature styles' lookups output (small
    capitals, superscripts, ...: :func:`.gsub_cover.feature_styles`, a style kept only where its feature
    changes one of its blue characters), then those each script's lookups output
    (:func:`.gsub_cover.gsub_styles`), each to the first that takes it; a glyph reached only by code
    points of no script here is then marked unscripted (the Latin zones)."""
    tables = [_flatten(s.ranges) for s in SCRIPTS]
    marks = [_flatten(s.nonbase) for s in SCRIPTS]
    found: dict[int, list[int]] = {}  # glyph -> its code points
    for code_point, gid in face.char_map().items():
        if gid:
            found.setdefault(gid, []).append(code_point)
    out: dict[int, int] = {}
    unscripted = []
    for gid, code_points in found.items():
        index = min(next((k for k, t in enumerate(tables) if _holds(t, c)), len(SCRIPTS)) for c in code_points)
        if index < len(SCRIPTS):
            nonbase = any(_holds(marks[index], c) for c in code_points)
            out[gid] = index | (_NONBASE if nonbase else 0)
        else:
            unscripted.append(gid)
    scripts = list(SCRIPTS)
    try:
        features = [(script, feature_styles(face, script.tag)) for script in (_CYRILLIC, _GREEK, _LATIN)]
        by_script = gsub_styles(face)
    except Exception:  # noqa: BLE001 - fontTools raises many kinds for a malformed GSUB the shaper never read
        features, by_script = [], []  # (hinted as without HarfBuzz rather than failing the render)
    for script, styles in features:  # (FreeType's order: each script's feature styles first)
        for feature, glyphs, lookups in styles:
            variant = replace(script, tag=f"{script.tag}_{feature}", lookups=lookups)
            if not any(substitute(face, lookups, g) != g for chars, _ in script.blues for ch in chars
                       if (g := face.glyph_index(ord(ch)))):
                continue  # (no blue character has a form in the feature: FreeType skips the style)
            scripts.append(variant)
            for gid in glyphs:
                out.setdefault(gid, len(scripts) - 1)
    tags = [s.tag for s in SCRIPTS]
    scripts.append(LATIN)
    for tag, glyphs in by_script:  # (what the scripts' lookups reach)
        if tag == FALLBACK.tag:
            continue
        style = tags.index(tag) if tag in tags else len(scripts) - 1
        for gid in glyphs:
            out.setdefault(gid, style)
    for gid in unscripted:
        out.setdefault(gid, len(scripts) - 1)
    return out, scripts


def _flatten(ranges: tuple[tuple[int, int], ...]) -> list[int]:
    flat: list[int] = []
    for first, last in sorted(ranges):
        flat += [first, last + 1]
    return flat


def _holds(flat: list[int], code_point: int) -> bool:
    return bisect.bisect_right(flat, code_point) % 2 == 1


caches.register("text.autofit_styles", _styles)

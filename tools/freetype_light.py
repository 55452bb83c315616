"""pureog's auto-fitter (pureog.text.autofit) against the system's FreeType, point by point.

Role: a measuring tool, never imported by pureog. Debian's Chromium links the system libfreetype
(2.12.1 here: ``ldd /usr/lib/chromium/chromium | grep free``), and Skia asks it for light hinting
(``FT_LOAD_TARGET_LIGHT``), so that library, called through ctypes, is the reference for where every
hinted point of a glyph goes. For each character and size the tool loads the glyph unhinted and hinted,
pairs each FreeType point with pureog's nearest unhinted point (both loaded unhinted alike), and
reports how far pureog's hinted points lie from FreeType's (in y, and in x: the CJK writing system, the
fallback style of glyphs no cmap code point reaches, hints both): glyphs with every point within 1.5/64 px, within
1/8 px, and beyond (listed with ``-v``).

    PYTHONPATH=$PWD python tools/freetype_light.py conformance/fonts/Geist-Regular.ttf \
        --chars ABCabc0123 --sizes 12,16,26.4,36 -v
"""

from __future__ import annotations

import argparse
import collections
import ctypes
from ctypes import POINTER, Structure, c_char_p, c_int, c_long, c_short, c_ubyte, c_uint, c_ushort, c_void_p

_LIB = ctypes.CDLL("libfreetype.so.6")
_LOAD_NO_HINTING, _LOAD_NO_BITMAP, _LOAD_TARGET_LIGHT = 2, 8, 1 << 16


class _Vector(Structure):
    _fields_ = [("x", c_long), ("y", c_long)]


class _Outline(Structure):
    _fields_ = [("n_contours", c_short), ("n_points", c_short), ("points", POINTER(_Vector)),
                ("tags", POINTER(c_ubyte)), ("contours", POINTER(c_short)), ("flags", c_int)]


class _Bitmap(Structure):
    _fields_ = [("rows", c_uint), ("width", c_uint), ("pitch", c_int), ("buffer", c_void_p),
                ("num_grays", c_ushort), ("pixel_mode", c_ubyte), ("palette_mode", c_ubyte), ("palette", c_void_p)]


class _GlyphSlot(Structure):  # FT_GlyphSlotRec up to its outline (2.10+ layout)
    _fields_ = [("library", c_void_p), ("face", c_void_p), ("next", c_void_p), ("glyph_index", c_uint),
                ("generic", c_void_p * 2), ("metrics", c_long * 8), ("linear_hori_advance", c_long),
                ("linear_vert_advance", c_long), ("advance", _Vector), ("format", c_uint), ("bitmap", _Bitmap),
                ("bitmap_left", c_int), ("bitmap_top", c_int), ("outline", _Outline)]


class _Face(Structure):  # FT_FaceRec up to its glyph slot
    _fields_ = [("num_faces", c_long), ("face_index", c_long), ("face_flags", c_long), ("style_flags", c_long),
                ("num_glyphs", c_long), ("family_name", c_char_p), ("style_name", c_char_p),
                ("num_fixed_sizes", c_int), ("available_sizes", c_void_p), ("num_charmaps", c_int),
                ("charmaps", c_void_p), ("generic", c_void_p * 2), ("bbox", c_long * 4), ("units_per_em", c_ushort),
                ("ascender", c_short), ("descender", c_short), ("height", c_short), ("max_advance_width", c_short),
                ("max_advance_height", c_short), ("underline_position", c_short),
                ("underline_thickness", c_short), ("glyph", POINTER(_GlyphSlot))]


_library = c_void_p()
if _LIB.FT_Init_FreeType(ctypes.byref(_library)) != 0:
    raise RuntimeError("FT_Init_FreeType failed")
_faces: dict[str, ctypes._Pointer[_Face]] = {}
_SCRIPTS = ("adlm arab armn avst bamu beng buhd cakm cans cari cher copt cprt cyrl deva dsrt ethi geor geok glag "
            "goth grek gujr guru hebr kali khmr khms knda lao latn latb latp lisu mlym medf mong mymr nkoo none "
            "olck orkh osge osma rohg saur shaw sinh sund taml tavt telu tfng thai vaii limb orya sylo tibt "
            "hani").split()
"""FreeType 2.12.1's AF_Script values, in afscript.h's order."""


def set_fallback_script(tag: str) -> None:
    """FreeType's auto-fitter property ``fallback-script`` (before any face is loaded): the glyphs no cmap
    code point reaches get that script's default style. This library has no HarfBuzz, so it is how the
    tool checks the styles Chromium's FreeType (with HarfBuzz) gives GSUB-only glyphs through the font's
    lookups (``--glyphs uncovered --fallback-script arab``: pureog's glyphs of that style only)."""
    value = c_uint(_SCRIPTS.index(tag))
    if _LIB.FT_Property_Set(_library, b"autofitter", b"fallback-script", ctypes.byref(value)) != 0:
        raise RuntimeError(f"fallback-script {tag} refused")


def _face(path: str) -> ctypes._Pointer[_Face]:
    face = _faces.get(path)
    if face is None:
        face = POINTER(_Face)()
        if _LIB.FT_New_Face(_library, path.encode(), 0, ctypes.byref(face)) != 0:
            raise RuntimeError(f"FT_New_Face failed: {path}")
        _faces[path] = face
    return face


def freetype_points(path: str, gid: int, size: float, hinted: bool) -> list[tuple[float, float]]:
    """The glyph's points (x, y) in px, y up, as FreeType loads them at ``size`` px (72 dpi)."""
    face = _face(path)
    _LIB.FT_Set_Char_Size(face, 0, int(size * 64), 72, 72)
    flags = _LOAD_NO_BITMAP | (_LOAD_TARGET_LIGHT if hinted else _LOAD_NO_HINTING)
    if _LIB.FT_Load_Glyph(face, gid, flags) != 0:
        raise RuntimeError(f"FT_Load_Glyph failed: glyph {gid}")
    outline = face.contents.glyph.contents.outline
    return [(outline.points[i].x / 64, outline.points[i].y / 64) for i in range(outline.n_points)]


def worst_point(font: str, gid: int, size: float) -> tuple[float, float]:
    """pureog's largest hinted miss against FreeType (px, signed: in y, or in x where that is larger, as
    for the CJK writing system's glyphs, hinted in both) and that point's unhinted y."""
    return _worst(font, gid, size)[:2]


def freetype_moves(font: str, gid: int, size: float) -> tuple[float, float]:
    """How far FreeType's light hinting moves the glyph's points at most (px): in x and in y."""
    unhinted = freetype_points(font, gid, size, False)
    hinted = freetype_points(font, gid, size, True)
    return (max((abs(a[0] - b[0]) for a, b in zip(unhinted, hinted, strict=True)), default=0.0),
            max((abs(a[1] - b[1]) for a, b in zip(unhinted, hinted, strict=True)), default=0.0))


def _worst(font: str, gid: int, size: float) -> tuple[float, float]:
    from pureog.text.autofit import hinted_outline  # noqa: PLC0415  (PYTHONPATH set by the caller)
    from pureog.text.fonts import load_face  # noqa: PLC0415
    from pureog.text.outline import glyph_outline  # noqa: PLC0415

    with open(font, "rb") as handle:
        face = load_face(handle.read())
    raw = glyph_outline(face, gid, size)
    ours_raw = [(float(s[i]), -float(s[i + 1])) for s in raw.segments for i in range(1, len(s), 2)]  # type: ignore[arg-type]
    hinted = hinted_outline(raw)
    ours = [(float(s[i]), -float(s[i + 1])) for s in hinted.segments for i in range(1, len(s), 2)]  # type: ignore[arg-type]
    worst = (0.0, 0.0)
    if not ours_raw:
        return worst
    unhinted = freetype_points(font, gid, size, False)
    for (x0, y0), (x1, y1) in zip(unhinted, freetype_points(font, gid, size, True), strict=True):
        k = min(range(len(ours_raw)), key=lambda j: (ours_raw[j][0] - x0) ** 2 + (ours_raw[j][1] - y0) ** 2)
        for miss in (ours[k][1] - y1, ours[k][0] - x1):
            if abs(miss) > abs(worst[0]):
                worst = (miss, y0)
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("font")
    parser.add_argument("--chars", default="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    parser.add_argument("--sizes", default="10,12,13,14,15,16,17.5,18,20,24,26.4,28,32,36,40,48")
    parser.add_argument("--glyphs", choices=("chars", "cmap", "uncovered"), default="chars",
                        help="the --chars (default), every glyph the cmap reaches, or every glyph it does not "
                             "(GSUB-only forms: FreeType's fallback style), for which FreeType's own moves "
                             "in x and y are reported too")
    parser.add_argument("--fallback-script", default=None,
                        help="FreeType's fallback script (e.g. latn, arab): with --glyphs uncovered, only the "
                             "glyphs pureog gives that script's style are compared")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.fallback_script:
        set_fallback_script(args.fallback_script)
    if args.glyphs != "chars":
        _glyph_sets(args)
        return
    counts: collections.Counter[str] = collections.Counter()
    misses: dict[str, list[tuple[float, float, float]]] = collections.defaultdict(list)
    for size in (float(s) for s in args.sizes.split(",")):
        for ch in args.chars:
            gid = _LIB.FT_Get_Char_Index(_face(args.font), ord(ch))
            if not gid:
                continue
            miss, y = worst_point(args.font, gid, size)
            band = "<=1.5/64" if abs(miss) <= 1.5 / 64 else "<=1/8" if abs(miss) <= 1 / 8 else ">1/8"
            counts[band] += 1
            if band == ">1/8":
                misses[ch].append((size, round(miss, 3), round(y, 3)))
    print(args.font, {band: counts[band] for band in ("<=1.5/64", "<=1/8", ">1/8")})
    if args.verbose:
        for ch, rows in sorted(misses.items(), key=lambda kv: -len(kv[1])):
            print(f"  {ch!r} (size, pureog - FreeType px, unhinted y):", rows[:5])


def _glyph_sets(args: argparse.Namespace) -> None:
    from pureog.text.fonts import load_face  # noqa: PLC0415

    with open(args.font, "rb") as handle:
        face = load_face(handle.read())
    reached = {gid for gid in face.char_map().values() if gid}
    count = len(face.glyph_order)
    gids = sorted(reached) if args.glyphs == "cmap" else [g for g in range(1, count) if g not in reached]
    if args.fallback_script:
        from pureog.text.autofit.styles import glyph_style  # noqa: PLC0415

        gids = [g for g in gids if glyph_style(face, g)[0].tag == args.fallback_script]
    for size in (float(s) for s in args.sizes.split(",")):
        counts: collections.Counter[str] = collections.Counter()
        moved = [0.0, 0.0]
        moving = 0
        for gid in gids:
            if not freetype_points(args.font, gid, size, False):
                continue
            miss, _ = worst_point(args.font, gid, size)
            counts["<=1.5/64" if abs(miss) <= 1.5 / 64 else "<=1/8" if abs(miss) <= 1 / 8 else ">1/8"] += 1
            dx, dy = freetype_moves(args.font, gid, size)
            moved = [max(moved[0], dx), max(moved[1], dy)]
            moving += dx > 1 / 64 or dy > 1 / 64
        print(f"{args.font} {args.glyphs} {size}px: {len(gids)} glyphs, pureog x and y within",
              {band: counts[band] for band in ("<=1.5/64", "<=1/8", ">1/8")},
              f"FreeType moves {moving}, at most x {moved[0]:.3f} y {moved[1]:.3f} px")


if __name__ == "__main__":
    main()

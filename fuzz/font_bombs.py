"""Fonts crafted to make drawing or shaping a glyph cost exponentially, built with fontTools: composite
glyphs of composites used many times at each level, CFF subroutines that each call the next one twice,
GSUB substitutions that multiply, GSUB lookup lists tens of thousands long, cmap format 14 range lists shared by
hundreds of selectors, cmap groups mapping every code point, ``gvar`` tuple variations that move every point
of a large glyph thousands of times over, CFF subroutines that call each other exponentially often and draw
nothing, CFF2 blends over thousands of regions, glyphs of thousands of contours placed many times. Used by
the ``attacks``
fuzz target and tests/fuzz/test_font_bombs.py.
"""

from __future__ import annotations

import io
import struct
from typing import Any

from fontTools.fontBuilder import FontBuilder
from fontTools.misc.psCharStrings import T2CharString
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent


def _finish(fb: FontBuilder, names: list[str]) -> bytes:
    fb.setupHorizontalMetrics({n: (600, 0) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Bomb", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    fb.font.recalcBBoxes = False  # fontTools would expand the bomb itself to compute the bounds
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()



def _square_glyphs(letters: str) -> tuple[list[str], FontBuilder]:
    """A TrueType font builder whose glyphs (``.notdef`` and one per letter, each mapped from itself) are
    one square each: the common base of the bombs below."""
    names = [".notdef", *letters]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(letter): letter for letter in letters})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 0))
    pen.lineTo((500, 500))
    pen.closePath()
    fb.setupGlyf({n: pen.glyph() for n in names})
    return names, fb

def composite_fan(levels: int, width: int) -> bytes:
    """g{i} is ``width`` copies of g{i-1}: width^levels contours; 'a' maps to the top one."""
    names = [".notdef"] + [f"g{i}" for i in range(levels)]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord("a"): names[-1]})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 0))
    pen.lineTo((500, 500))
    pen.closePath()
    glyphs: dict[str, Any] = {".notdef": pen.glyph(), "g0": pen.glyph()}
    for i in range(1, levels):
        glyph = Glyph()
        glyph.numberOfContours = -1
        glyph.components = []
        for k in range(width):
            component = GlyphComponent()
            component.glyphName, component.x, component.y, component.flags = f"g{i - 1}", k, 0, 0
            glyph.components.append(component)
        glyph.xMin = glyph.yMin = 0
        glyph.xMax = glyph.yMax = 500
        glyphs[f"g{i}"] = glyph
    fb.setupGlyf(glyphs)
    return _finish(fb, names)


def subroutine_fan(levels: int) -> bytes:
    """CFF: local subroutine i calls subroutine i+1 twice; the last draws a line: 2^levels lines."""
    return _subroutine_fan(levels, [10, 10, "rlineto"], [])


def multiplying_substitutions() -> bytes:
    """GSUB: 'a' becomes 32 'a's in each of three features: 32,768 glyphs per letter."""
    names, fb = _square_glyphs("a")
    many = " ".join(["a"] * 32)
    features = ("ccmp", "liga", "rlig")
    fb.addOpenTypeFeatures("".join(f"feature {tag} {{ sub a by {many}; }} {tag};\n" for tag in features))
    return _finish(fb, names)


def many_lookups(count: int) -> bytes:
    """GSUB: one feature of ``count`` lookups, each swapping 'a' and 'b' (the same lookup listed ``count``
    times: a font of 65,535 lookups is a few hundred kB): every lookup visits every glyph of a run."""
    names, fb = _square_glyphs("ab")
    fb.addOpenTypeFeatures("feature liga { sub a by b; sub b by a; } liga;\n")
    table = fb.font["GSUB"].table
    table.LookupList.Lookup = table.LookupList.Lookup * count
    table.LookupList.LookupCount = count
    feature = table.FeatureList.FeatureRecord[0].Feature
    feature.LookupListIndex = list(range(count))
    feature.LookupCount = count
    return _finish(fb, names)


def calling_lookups(count: int, calls: int = 60) -> bytes:
    """GSUB: ``count`` contextual lookups, each calling the ``calls`` before it (lookup 0 swaps 'a' for 'b'),
    all in one feature: every lookup reaches every one before it (the auto-fitter's GSUB coverage)."""
    import copy  # noqa: PLC0415

    from fontTools.ttLib.tables import otTables  # noqa: PLC0415

    names, fb = _square_glyphs("ab")
    fb.addOpenTypeFeatures("lookup S0 { sub a by b; } S0;\nlookup S1 { sub a' lookup S0; } S1;\n"
                           "feature liga { lookup S0; lookup S1; } liga;\n")
    table = fb.font["GSUB"].table
    first, context = table.LookupList.Lookup[:2]
    lookups = [first]
    for i in range(1, count):
        lookup = copy.deepcopy(context)
        records = []
        for j in range(min(i, calls)):
            record = otTables.SubstLookupRecord()
            record.SequenceIndex, record.LookupListIndex = 0, i - 1 - j
            records.append(record)
        lookup.SubTable[0].SubstLookupRecord = records
        lookup.SubTable[0].SubstCount = len(records)
        lookups.append(lookup)
    table.LookupList.Lookup, table.LookupList.LookupCount = lookups, count
    feature = table.FeatureList.FeatureRecord[0].Feature
    feature.LookupListIndex, feature.LookupCount = list(range(count)), count
    return _finish(fb, names)


def shared_variation_ranges(selectors: int, ranges: int) -> bytes:
    """cmap format 14: ``selectors`` records (U+E0100 on) all pointing at one default-UVS list of
    ``ranges`` ranges of 256 code points each (4 bytes a range: 500,000 make a 2 MB font), beside the
    font's own format 4 subtable; 'a' and 'b' map to glyphs."""
    names, fb = _square_glyphs("ab")
    font = _finish(fb, names)
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    tt = TTFont(io.BytesIO(font))
    old = tt.reader["cmap"]
    count = struct.unpack_from(">H", old, 2)[0]
    records = [struct.unpack_from(">HHL", old, 4 + 8 * i) for i in range(count)]
    body = old[4 + 8 * count:]
    header = 10 + 11 * selectors
    default = struct.pack(">L", ranges) + b"".join(struct.pack(">BHB", c >> 16 & 0xFF, c & 0xFFFF, 255)
                                                   for c in range(0, ranges * 256, 256))
    uvs = struct.pack(">HLL", 14, header + len(default), selectors) + b"".join(
        struct.pack(">BHLL", 0x0E, 0x0100 + i, header, 0) for i in range(selectors)) + default
    table = struct.pack(">HH", 0, count + 1) + b"".join(struct.pack(">HHL", p, e, o + 8) for p, e, o in records)
    table += struct.pack(">HHL", 0, 5, len(table) + 8 + len(body)) + body + uvs
    return _replace_table(font, "cmap", table)


def _replace_table(font: bytes, tag: str, data: bytes) -> bytes:
    """``font`` with table ``tag``'s bytes replaced or added (the sfnt rebuilt; checksums left 0)."""
    count = struct.unpack_from(">H", font, 4)[0]
    tables = {}
    for i in range(count):
        name, _checksum, offset, length = struct.unpack_from(">4sLLL", font, 12 + 16 * i)
        tables[name] = font[offset:offset + length]
    tables[tag.encode()] = data
    out = bytearray(font[:12])
    struct.pack_into(">H", out, 4, len(tables))
    position = 12 + 16 * len(tables)
    directory, bodies = b"", b""
    for name in sorted(tables):
        body = tables[name]
        directory += struct.pack(">4sLLL", name, 0, position + len(bodies), len(body))
        bodies += body + b"\0" * (-len(body) % 4)
    return bytes(out) + directory + bodies


def full_range_cmap(last: int = 0x10FFFF, fmt: int = 13) -> bytes:
    """A cmap of one format 12 or 13 group mapping U+0000-``last`` (12 bytes that fontTools and pureog's
    reader expand to one entry per code point); a different ``last`` makes a different font."""
    names, fb = _square_glyphs("a")
    group = struct.pack(">HHLLL", fmt, 0, 28, 0, 1) + struct.pack(">LLL", 0, last, 1)
    return _replace_table(_finish(fb, names), "cmap", struct.pack(">HHHHL", 0, 1, 3, 10, 12) + group)


def glyph_variations(points: int, tuples: int, *, sparse: bool = True) -> bytes:
    """A TrueType variable font (one ``wght`` axis, 100-900) whose glyph 'a' is one contour of ``points``
    points with ``tuples`` tuple variations in ``gvar``, all peaking at the heaviest weight. ``sparse``:
    each tuple moves point 0 only (9 bytes; fontTools interpolates every other point, IUP); else each
    tuple lists a zero delta for every point (runs of 64 zeros, a byte each)."""
    names = [".notdef", "a"]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord("a"): "a"})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    for i in range(1, points):
        pen.lineTo((i % 500, (i * 7) % 500))
    pen.closePath()
    outline = pen.glyph()  # (glyph() empties the pen)
    fb.setupGlyf({".notdef": outline, "a": outline})
    fb.setupHorizontalMetrics({n: (600, 0) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Bomb", "styleName": "Regular"})
    fb.setupFvar([("wght", 100, 400, 900, "Weight")], [])
    fb.setupOS2()
    fb.setupPost()
    fb.font.recalcBBoxes = False
    out = io.BytesIO()
    fb.save(out)
    if sparse:  # private point numbers (flag 0x2000): one point, then its x and y deltas
        tuple_data = bytes([1, 0, 0]) + bytes([0, 5]) + bytes([0, 5])
        count, shared_points, index = tuples, b"", 0x2000
    else:  # shared point numbers "all points" (0x8000, a 0 byte), deltas in zero runs (0x80 | length - 1)
        runs = bytes(0x80 | (min(64, (points + 4) - k) - 1) for k in range(0, points + 4, 64))
        tuple_data = runs * 2
        count, shared_points, index = 0x8000 | tuples, b"\0", 0
    headers = struct.pack(">HH", len(tuple_data), index) * tuples  # shared tuple 0: wght peak 1.0
    glyph_data = struct.pack(">HH", count, 4 + len(headers)) + headers + shared_points + tuple_data * tuples
    glyph_data += b"\0" * (len(glyph_data) % 2)
    shared_tuple = struct.pack(">h", 0x4000)
    offsets = struct.pack(">LLL", 0, 0, len(glyph_data))  # .notdef none, 'a' the data (long offsets)
    shared_at = 20 + len(offsets)
    gvar = struct.pack(">HHHHLHHL", 1, 0, 1, 1, shared_at, 2, 1, shared_at + len(shared_tuple))
    return _replace_table(out.getvalue(), "gvar", gvar + offsets + shared_tuple + glyph_data)



def variation_regions(regions: int, letters: str = "abcdefghij") -> bytes:
    """A TrueType variable font (``wght`` 100-900) whose HVAR item variation store has ``regions`` regions,
    every glyph's advance delta a row over all of them: fontTools sums a term per region for each advance
    and keeps a support and a scalar per region on each instance."""
    from fontTools.ttLib import newTable  # noqa: PLC0415
    from fontTools.ttLib.tables import otTables  # noqa: PLC0415
    from fontTools.varLib import builder  # noqa: PLC0415

    names, fb = _square_glyphs(letters)
    fb.setupHorizontalMetrics({n: (600, 0) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Bomb", "styleName": "Regular"})
    fb.setupFvar([("wght", 100, 400, 900, "Weight")], [])
    fb.setupOS2()
    fb.setupPost()
    region_list = builder.buildVarRegionList([{"wght": (0.0, 1.0, 1.0)}] * regions, ["wght"])
    rows = builder.buildVarData(list(range(regions)), [[1] * regions for _ in names], optimize=False)
    hvar = newTable("HVAR")
    hvar.table = otTables.HVAR()
    hvar.table.Version = 0x00010000
    hvar.table.VarStore = builder.buildVarStore(region_list, [rows])
    hvar.table.AdvWidthMap = hvar.table.LsbMap = hvar.table.RsbMap = None
    fb.font["HVAR"] = hvar
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


def silent_subroutine_fan(levels: int) -> bytes:
    """CFF: local subroutine i calls subroutine i+1 twice and the last does nothing: 2^levels calls that
    draw no segment (the segment bound never sees them)."""
    return _subroutine_fan(levels, [], [500, 0, "rlineto"])


def _subroutine_fan(levels: int, last: list[object], tail: list[object]) -> bytes:
    """CFF: local subroutine i calls subroutine i+1 twice, the last runs ``last``; glyph ``a`` calls the
    first, then runs ``tail``."""
    names = [".notdef", "a"]
    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord("a"): "a"})
    pen = T2CharStringPen(600, None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 0))
    pen.closePath()
    fb.setupCFF("Bomb", {"FullName": "Bomb"}, {n: pen.getCharString() for n in names}, {})
    from fontTools.cffLib import SubrsIndex  # noqa: PLC0415

    top = fb.font["CFF "].cff.topDictIndex[0]
    top.Private.Subrs = subrs = SubrsIndex()
    bias = 107  # fewer than 1,240 subroutines
    for i in range(levels):
        body = [i + 1 - bias, "callsubr"] * 2 if i < levels - 1 else last
        subrs.append(T2CharString(program=[*body, "return"], private=top.Private))
    top.CharStrings["a"].program = [600, 0, 0, "rmoveto", -bias, "callsubr", *tail, "endchar"]
    return _finish(fb, names)


def cff2_blends(regions: int, calls: int, letters: str = "abcdefghij") -> bytes:
    """A CFF2 variable font (``wght`` 100-900) of ``regions`` regions whose glyphs each call, ``calls``
    times, a subroutine blending one value over every region: fontTools sums a term per region for each
    value blended, at each instance the glyph is drawn at."""
    from fontTools.cffLib import SubrsIndex  # noqa: PLC0415

    names = [".notdef", *letters]
    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(letter): letter for letter in letters})
    blend = [10, *([1] * regions), 1, "blend", 0, "rmoveto"]
    program = [*([-107, "callsubr"] * calls), 500, 0, "rlineto", 0, 500, "rlineto"]
    fb.setupCFF2({n: T2CharString(program=list(program)) for n in names})
    fb.setupHorizontalMetrics({n: (600, 0) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Bomb", "styleName": "Regular"})
    fb.setupFvar([("wght", 100, 400, 900, "Weight")], [])
    fb.setupCFF2Regions([{"wght": (0.0, 1.0, 1.0)}] * regions)
    top = fb.font["CFF2"].cff.topDictIndex[0]
    private = top.FDArray[0].Private
    private.Subrs = subrs = SubrsIndex()
    subrs.append(T2CharString(program=[*blend, "return"], private=private))
    fb.setupOS2()
    fb.setupPost()
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


def dense_glyphs(levels: int, width: int, count: int) -> bytes:
    """A TrueType font of ``count`` glyphs (U+4E00 on) each drawing ``width^(levels - 1)`` squares through
    composites of composites, within the per-glyph bounds (``width=9, levels=5``: 6,561 squares, 26,244
    segments): each placement is rounded, flattened and scanned again (a render's text places up to
    20,000 glyphs)."""
    names = [".notdef", *(f"g{i}" for i in range(levels)), *(f"t{k}" for k in range(count))]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({0x4E00 + k: f"t{k}" for k in range(count)})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 0))
    pen.lineTo((500, 500))
    pen.closePath()
    square = pen.glyph()  # (glyph() empties the pen)
    glyphs: dict[str, Any] = {".notdef": square, "g0": square}

    def composite(name: str, offsets: range) -> Glyph:
        glyph = Glyph()
        glyph.numberOfContours = -1
        glyph.components = []
        for k in offsets:
            component = GlyphComponent()
            component.glyphName, component.x, component.y, component.flags = name, k, 0, 0
            glyph.components.append(component)
        glyph.xMin = glyph.yMin = 0
        glyph.xMax = glyph.yMax = 500
        return glyph

    for i in range(1, levels):
        glyphs[f"g{i}"] = composite(f"g{i - 1}", range(width))
    for k in range(count):
        glyphs[f"t{k}"] = composite(f"g{levels - 1}", range(k % 7, k % 7 + 1))
    fb.setupGlyf(glyphs)
    return _finish(fb, names)


def colr_layers(layers: int) -> bytes:
    """A TrueType font whose 'a' is a COLRv0 colour glyph of ``layers`` translucent layers (a square
    each): each placement of it draws every layer again."""
    from fontTools.colorLib.builder import buildCOLR, buildCPAL  # noqa: PLC0415

    names, fb = _square_glyphs("ag")
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 0))
    pen.lineTo((500, 500))
    pen.closePath()
    square = pen.glyph()  # (_square_glyphs' pen gives its square to the first glyph only)
    square.recalcBounds(fb.font["glyf"])
    fb.font["glyf"]["g"] = square
    fb.font["COLR"] = buildCOLR({"a": [("g", i % 2) for i in range(layers)]}, version=0)
    fb.font["CPAL"] = buildCPAL([[(1.0, 0.0, 0.0, 0.5), (0.0, 0.0, 1.0, 0.5)]])
    return _finish(fb, names)


_BLUE_LETTERS = "THEZOCQSLUfijkdbhuvxzoescnrpqgy"


def _squares_with_blue_letters(letter: str, upem: int, side: int) -> tuple[FontBuilder, list[str], dict[str, Any]]:
    """A TrueType builder mapping the auto-fitter's blue-zone letters and ``letter`` to squares of
    ``side`` units (so the face is auto-fitted), its glyph names, and the glyphs for the caller to
    replace ``letter``'s."""
    letters = "".join(dict.fromkeys(_BLUE_LETTERS + letter))
    names = [".notdef", *letters]
    fb = FontBuilder(upem, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): c for c in letters})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((0, side))
    pen.lineTo((side, side))
    pen.lineTo((side, 0))
    pen.closePath()
    square = pen.glyph()
    return fb, names, {n: square for n in names}


def stacked_stems(bars: int, *, staircase: bool = False, letter: str = "a", upem: int = 50) -> bytes:
    """A TrueType font whose ``letter`` is ``bars`` thin bars stacked one above another (each a top and a
    bottom edge for the auto-fitter to pair: ``features: browser`` hints every glyph), or with
    ``staircase`` one contour of ``bars`` steps (``2 * bars`` points: a run of thousands of horizontal
    segments at distinct heights). The blue-zone letters are squares, so the face is auto-fitted; a
    small ``upem`` puts the steps pixels apart at a modest font size."""
    fb, names, glyphs = _squares_with_blue_letters(letter, upem, 25)
    pen = TTGlyphPen(None)
    if staircase:
        x = y = 0
        pen.moveTo((0, -15000))
        for _ in range(bars):
            y += 1
            pen.lineTo((x, y - 15000))
            x += 2
            pen.lineTo((x, y - 15000))
        pen.lineTo((x, -15000))
        pen.closePath()
    else:
        for i in range(bars):
            y = 3 * i - 15000
            pen.moveTo((0, y))
            pen.lineTo((0, y + 1))
            pen.lineTo((500, y + 1))
            pen.lineTo((500, y))
            pen.closePath()
    glyphs[letter] = pen.glyph()
    fb.setupGlyf(glyphs)
    return _finish(fb, names)


def tall_bars(bars: int) -> bytes:
    """A TrueType font whose ``a`` is ``bars`` slanted bars a whole em tall, side by side within the em
    (every few overlapping): drawn at a few hundred px each bar's two edges cross every pixel row of the
    glyph's mask (with ``features: browser``, Chromium's exact-area coverage, :mod:`pureog.raster.area_scan`)."""
    fb, names, glyphs = _squares_with_blue_letters("a", 1000, 500)
    pen = TTGlyphPen(None)
    for i in range(bars):
        x = (i * 7) % 1000
        pen.moveTo((x, 0))
        pen.lineTo((x + 3, 1000))
        pen.lineTo((x + 5, 1000))
        pen.lineTo((x + 2, 0))
        pen.closePath()
    glyphs["a"] = pen.glyph()
    fb.setupGlyf(glyphs)
    return _finish(fb, names)


def lying_blue_letters(steps: int, text: str = "a\u03ba\u0430\u05d0\u0628\u092a\u0e04") -> bytes:
    """A TrueType font whose blue-zone and standard letters of every script the auto-fitter knows (Latin,
    Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai) are each a composite of one zigzag of ``steps``
    steps along the top of the em (``2 * steps`` points), while the letters of ``text`` (one of each
    script, none of them a blue letter) are plain squares: drawing the text is cheap, but hinting it
    (``features: browser``) measures every script's zones on the zigzags."""
    from pureog.text.autofit.styles import SCRIPTS  # noqa: PLC0415  (the scripts' letters, as pureog reads them)

    blue = dict.fromkeys(ch for script in SCRIPTS for chars, _ in script.blues for ch in chars + script.standard)
    letters = [ch for ch in blue if ch not in text] + list(dict.fromkeys(text))
    names = [".notdef", "zigzag", *(f"u{ord(ch):04X}" for ch in letters)]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(ch): f"u{ord(ch):04X}" for ch in letters})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    for i in range(steps):
        pen.lineTo((i % 900, 700 + i % 7))
        pen.lineTo((i % 900 + 1, 703 - i % 5))
    pen.lineTo((900, 0))
    pen.closePath()
    glyphs: dict[str, Any] = {".notdef": TTGlyphPen(None).glyph(), "zigzag": pen.glyph()}
    square = TTGlyphPen(None)
    square.moveTo((0, 0))
    square.lineTo((0, 500))
    square.lineTo((500, 500))
    square.lineTo((500, 0))
    square.closePath()
    for ch in letters:
        if ch in text:
            glyphs[f"u{ord(ch):04X}"] = square.glyph()
            continue
        composite = Glyph()
        composite.numberOfContours = -1
        component = GlyphComponent()
        component.glyphName, component.x, component.y, component.flags = "zigzag", 0, 0, 0x4
        composite.components = [component]
        glyphs[f"u{ord(ch):04X}"] = composite
    fb.setupGlyf(glyphs)
    return _finish(fb, names)

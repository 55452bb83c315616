"""Compositing: coverage masks and source pixels -> source-over into a premultiplied RGBA8 buffer.

Role: the only place that writes pixels (besides layer allocation). Input: a :class:`Mask` (from
:mod:`pureog.raster.scan`) plus a solid premultiplied colour, or rows of premultiplied source pixels
(gradients, layers). Output: the destination bytearray, modified in place. Also intersects masks (clips).

Arithmetic follows tiny-skia's 8-bit ("lowp") pipeline, which resvg uses for solid fills:
``div255(v) = (v + 255) >> 8``; coverage scales the source (``s' = div255(s * cov)``), then
``d' = s' + div255(d * (255 - a'))``.

Speed strategy (see performance.md): per mask row, in order of preference
1. coverage all 255 and an opaque colour: slice assignment of a pre-built colour row;
2. destination row uniform (one colour, e.g. a background): every output channel is a function of the
   coverage byte alone, so ``bytes.translate`` with 256-entry tables (built with C-level maps,
   cached per colour pair) gives the row; all such rows of a mask are joined and translated at once;
3. otherwise ``re.finditer`` splits the row into runs: fully covered runs of an opaque colour are
   slice copies, long runs over a uniform destination use the tables, fully covered stretches of a
   translucent colour over a varying destination (a frosted tile over a gradient) translate each
   channel of the destination with a table (the result is a function of that byte alone), and only
   the remaining edge pixels take a per-pixel Python path (with a precomputed div255 table); edge pixels
   of an opaque colour are memoised by (colour, coverage, destination pixel), read and written as
   native 32-bit ints, since a render meets the same pairs again and again.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat
from typing import Literal

from pureog import caches
from pureog.f32 import f32
from pureog.limits import CROSSINGS_A_BLENDED_PIXEL, PAINT_WORK_PRODUCT, charge_paint
from pureog.raster.mask_geometry import crop
from pureog.raster.opaque_rows import MIN_INSIDE, UNPLANNED, Plan, plan_within, room
from pureog.raster.row_runs import RENDER_TABLE, TABLE_MAX
from pureog.raster.scan import Mask, RowRuns
from pureog.records import record

# Runs of full (0xff) or of partial coverage. The pattern opens with a single character class, which
# ``re`` scans for at C speed before trying a match: written as ``\xff+|[^\x00\xff]+`` it costs ~0.1 us
# per zero byte (the matcher is entered at every position), which made a transparent row of a gradient
# scrim cost ~100 us. The lookbehind sees the run's own first byte: a run that starts with 0xff goes on
# over 0xff, any other over partial values.
_ALPHA_RUN = re.compile(rb"[\x01-\xff](?:(?<=\xff)\xff*|(?<!\xff)[\x01-\xfe]*)")
_ZERO_STRETCHES = re.compile(rb"(\x00+)")  # (a single character first, as above)

Rgba = tuple[int, int, int, int]


@record
class Shade:
    """A colour given per coverage instead of scaled by it: five 256-byte planes over the coverage
    ``c``, the premultiplied r, g, b, a at ``c`` and ``255 - a`` (see :func:`shade`)."""

    planes: tuple[bytes, bytes, bytes, bytes, bytes]


Paint = Rgba | Shade

_FULL_ROWS: dict[int, bytes] = {}
_SCALED: dict[Paint, list[tuple[int, int, int, int, int]]] = {}
_UNIFORM_TABLES: dict[tuple[Paint, bytes], tuple[bytes, bytes, bytes, bytes]] = {}
_PLANES: dict[Rgba, tuple[bytes, bytes, bytes, bytes, bytes]] = {}
_SHADES: dict[tuple[Rgba, ...], Shade] = {}
COMPLEMENT = bytes(range(255, -1, -1))  # v -> 255 - v (a translate table)
_IDENTITY = bytes(range(256))
_PARTIAL = b"\x00" + b"\x01" * 254 + b"\x00"  # 1 where 0 < v < 255
_BYTES = [bytes((v,)) for v in range(256)]
_DIV255 = b""
# A run over a uniform destination shorter than this is blended pixel by pixel unless its tables
# are already cached: building 4 tables costs about as much as blending ~30 edge pixels.
_TABLE_MIN_RUN = 32
# A run over a varying destination at least this long, with full coverage in it, blends its fully covered
# stretches with per-channel tables (:func:`_blend_covered`); shorter ones (glyph edges) pixel by pixel.
_COVERED_MIN_RUN = 8
# A nonzero run of an opaque colour over a varying destination at most this long is blended pixel by
# pixel, its fully covered pixels too (a stroke of a glyph); longer ones copy their covered stretches.
_CROSSING_MAX = 32
# A shorter run holding this many fully covered pixels in a row is split into parts all the same (an
# emoji shape's row over the backdrop): made once per kept mask row, the inside is then one slice.
_INSIDE = b"\xff" * 8
_COVERED_TABLES: dict[Paint, tuple[bytes, bytes, bytes, bytes]] = {}
_MUL = b""
_CACHE_LIMIT = caches.limit("raster.colour_tables", 4096)  # entries of each table keyed by colour or width
# Translated rows of glyphs and small boxes (:func:`_translate_rows`): per (colour, uniform destination
# pixel), the RGBA row each coverage row gives, for rows of up to _ROW_MAX pixels (the stat grid's
# 180 px boxes share their rounded corners' rows), within a budget of bytes of rows (then all are
# dropped; ~2x that with the objects around them). A card keeps 190-230 KB (stat grid: 15 pairs,
# 3,270 rows; Korean paragraph: 2 pairs, 1,870 rows). Threads share it: dict probes and stores are
# atomic, a row is never written to once stored, and a count lost to a race only delays the clearing.
_ROWS: caches.Budgeted[tuple[Paint, bytes], dict[bytes, bytearray]] = caches.Budgeted(
    caches.limit("raster.blend_rows", 1 << 21))
_ROW_MAX = 256
_NO_ROWS: dict[bytes, bytearray] = {}  # (never written to)
_NO_TABLE: dict[bytes, RowRuns] = {}  # a fill outside a render: no table (never written to)


def full_row(n: int) -> bytes:
    """``b"\\xff" * n``, cached (compared against coverage rows to detect full coverage)."""
    row = _FULL_ROWS.get(n)
    if row is None:
        row = b"\xff" * n
        if len(_FULL_ROWS) < _CACHE_LIMIT.value:
            _FULL_ROWS[n] = row
    return row


def premultiply(r: int, g: int, b: int, a8: int) -> Rgba:
    """Premultiplied 8-bit colour, rounded as tiny-skia does (float multiply, ``+ 0.5``, truncate)."""
    fa = a8 / 255.0
    return (int(r * fa + 0.5), int(g * fa + 0.5), int(b * fa + 0.5), a8)


def shade(table: Sequence[Rgba]) -> Shade:
    """The :class:`Shade` of a premultiplied colour per coverage (256 entries), cached."""
    key = tuple(table)
    found = _SHADES.get(key)
    if found is None:
        r, g, b, a = (bytes(channel) for channel in zip(*key, strict=True))
        found = Shade((r, g, b, a, a.translate(COMPLEMENT)))
        if len(_SHADES) >= _CACHE_LIMIT.value:
            _SHADES.clear()
        _SHADES[key] = found
    return found


def _scaled(color: Paint) -> list[tuple[int, int, int, int, int]]:
    """``table[cov]`` = the colour scaled by coverage, plus ``255 - alpha`` (the destination factor)."""
    table = _SCALED.get(color)
    if table is None:
        table = list(zip(*_planes(color), strict=True))
        if len(_SCALED) >= _CACHE_LIMIT.value:
            _SCALED.clear()
        _SCALED[color] = table
    return table


def _planes(color: Paint) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    """Five 256-byte planes over the coverage ``c``: ``div255(r * c)``, the same for g, b and a,
    and ``255 - div255(a * c)`` (the destination factor), each a strided slice of the div255 table;
    a :class:`Shade` brings its own."""
    if isinstance(color, Shade):
        return color.planes
    planes = _PLANES.get(color)
    if planes is None:
        r, g, b, a = color
        sa = _div_row(a)
        planes = (_div_row(r), _div_row(g), _div_row(b), sa, sa.translate(COMPLEMENT))
        if len(_PLANES) >= _CACHE_LIMIT.value:
            _PLANES.clear()
        _PLANES[color] = planes
    return planes


def _div_row(d: int) -> bytes:
    """``row[f]`` = ``div255(d * f)`` for every byte ``f``: the div255 table read at ``d * f``."""
    return _div255_table()[0 : 255 * d + 1 : d] if d else bytes(256)


def _add_bytes(a: bytes, b: bytes) -> bytes:
    """``a[i] + b[i]`` for every byte, where no sum exceeds 255: one big-int sum (no carry crosses a
    byte), ~1 us for 256 bytes against ~15 us for ``bytes(map(operator.add, a, b))``, which the first
    render of a card pays for every new colour (the emoji card's ~170 colour/destination pairs)."""
    return (int.from_bytes(a, "little") + int.from_bytes(b, "little")).to_bytes(len(a), "little")


def _uniform_tables(color: Paint, dst: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """Per-channel tables mapping coverage -> result of colour-over-``dst`` at that coverage:
    ``scaled[c] + div255(dst * (255 - scaled_alpha[c]))``, built with C-level translates and sums (a
    premultiplied channel is at most its alpha, so ``s + div255(d * (255 - sa)) <= 255``: no carries)."""
    key = (color, dst)
    tables = _UNIFORM_TABLES.get(key)
    if tables is None:
        sr, sg, sb, sa, inv = _planes(color)
        tables = (
            _add_bytes(sr, inv.translate(_div_row(dst[0]))),
            _add_bytes(sg, inv.translate(_div_row(dst[1]))),
            _add_bytes(sb, inv.translate(_div_row(dst[2]))),
            _add_bytes(sa, inv.translate(_div_row(dst[3]))),
        )
        if len(_UNIFORM_TABLES) >= _CACHE_LIMIT.value:
            _UNIFORM_TABLES.clear()
        _UNIFORM_TABLES[key] = tables
    return tables


def _translate_run(data: bytearray, o: int, cov: bytes, color: Paint, dst_px: bytes) -> None:
    tr, tg, tb, ta = _uniform_tables(color, dst_px)
    n = len(cov)
    out = bytearray(4 * n)
    out[0::4] = cov.translate(tr)
    out[1::4] = cov.translate(tg)
    out[2::4] = cov.translate(tb)
    out[3::4] = cov.translate(ta)
    data[o : o + 4 * n] = out


def _blend_pixels(data: bytearray, o: int, cov: bytes, color: Paint) -> None:
    """Per-pixel source-over of ``color`` at coverages ``cov`` starting at byte offset ``o``."""
    scaled = _scaled(color)
    for c in cov:
        if c:
            sr, sg, sb, sa, inv = scaled[c]
            if inv == 0:
                data[o] = sr
                data[o + 1] = sg
                data[o + 2] = sb
                data[o + 3] = sa
            else:
                data[o] = sr + ((data[o] * inv + 255) >> 8)
                data[o + 1] = sg + ((data[o + 1] * inv + 255) >> 8)
                data[o + 2] = sb + ((data[o + 2] * inv + 255) >> 8)
                data[o + 3] = sa + ((data[o + 3] * inv + 255) >> 8)
        o += 4


def _covered_tables(color: Paint) -> tuple[bytes, bytes, bytes, bytes]:
    """Per-channel tables mapping a destination byte ``d`` -> the colour at full coverage over it:
    ``s + div255(d * (255 - a))``, as :func:`_blend_pixels` computes it for coverage 255."""
    found = _COVERED_TABLES.get(color)
    if found is not None:
        return found
    sr, sg, sb, sa, inv = (plane[255] for plane in _planes(color))
    over = _div_row(inv)
    r, g, b, a = (over.translate(_IDENTITY[v:] + _IDENTITY[:v]) for v in (sr, sg, sb, sa))  # + v: a rotation
    if len(_COVERED_TABLES) >= _CACHE_LIMIT.value:
        _COVERED_TABLES.clear()
    _COVERED_TABLES[color] = (r, g, b, a)
    return r, g, b, a


def _blend_covered(data: bytearray, o: int, cov: bytes, color: Paint) -> None:
    """:func:`_blend_pixels` for a run with fully covered stretches (the inside of a translucent box over
    a gradient or a photo): those go through four ``bytes.translate`` per stretch (each output channel is
    a function of that channel of the destination), only the partial pixels between them one by one."""
    tr, tg, tb, ta = _covered_tables(color)
    for m in _ALPHA_RUN.finditer(cov):
        start, end = m.span()
        p = o + 4 * start
        if cov[start] != 255:
            _blend_pixels(data, p, cov[start:end], color)
            continue
        q = o + 4 * end
        seg = data[p:q]
        seg[0::4] = seg[0::4].translate(tr)
        seg[1::4] = seg[1::4].translate(tg)
        seg[2::4] = seg[2::4].translate(tb)
        seg[3::4] = seg[3::4].translate(ta)
        data[p:q] = seg


def _div255_table() -> bytes:
    """``table[v] = (v + 255) >> 8`` (tiny-skia's div255 of a product) for every product ``v`` of
    two bytes (0 .. 65025), built from runs (the value steps once every 256), not 65k operations."""
    global _DIV255
    if not _DIV255:
        _DIV255 = b"\x00" + b"".join(_BYTES[j] * 256 for j in range(1, 255)) + _BYTES[255] * (65026 - 1 - 254 * 256)
    return _DIV255


# Edge pixels of opaque colours by (colour << 40 | coverage << 32 | destination pixel), the pixels as
# native 32-bit ints: see _fill. Cleared when full (~6 MB at most); a render refills what it uses.
_EDGES: dict[int, int] = {}
_EDGES_LIMIT = 1 << 16
_PIXEL: Literal["I", "L"] = "I" if array("I").itemsize == 4 else "L"
_BYTEORDER = sys.byteorder


def _edge_pixel(key: int, planes: tuple[bytes, bytes, bytes, bytes, bytes], c: int, div: bytes) -> int:
    """The destination pixel in ``key`` under an opaque colour at partial coverage ``c`` (``planes``:
    the colour times each coverage and ``255 - alpha``, :func:`_planes`): ``s + div255(d * inv)`` per
    channel, stored in :data:`_EDGES`."""
    sr, sg, sb, sa, inv = planes[0][c], planes[1][c], planes[2][c], planes[3][c], planes[4][c]
    r, g, b, a = (key & 0xFFFFFFFF).to_bytes(4, _BYTEORDER)
    value = int.from_bytes(bytes((sr + div[r * inv], sg + div[g * inv], sb + div[b * inv], sa + div[a * inv])),
                           _BYTEORDER)
    _EDGES[key] = value
    return value


def _row_runs(cov: bytes) -> RowRuns:
    """The nonzero runs of a coverage row, a run longer than :data:`_CROSSING_MAX` or with an inside of
    :data:`_INSIDE` with its parts of full and of partial coverage (:data:`RowRuns`)."""
    runs: RowRuns = []
    # One split at the zero stretches gives every run's bytes at once (no match object, span and group
    # a run); the offsets are the lengths added up. A run that is all 0xff (a dash of a dashed border,
    # a box's inside) is one part without a second regex pass over it. A dashed border's row holds ~60
    # runs (~0.45 against ~0.85 us a run): the effects card's 56 fresh rows 0.59 -> 0.31 ms.
    pieces = _ZERO_STRETCHES.split(cov)  # runs at the even places (the first and last may be empty)
    at = 0
    for i in range(0, len(pieces), 2):
        run = pieces[i]
        k = len(run)
        if k:
            end = at + k
            parts: tuple[tuple[int, int, bytes | None], ...] | None = None
            if k > _CROSSING_MAX or _INSIDE in run:
                if not run.strip(b"\xff"):
                    parts = ((at, end, None),)
                else:
                    parts = tuple((a, b, None if cov[a] == 255 else cov[a:b])
                                  for a, b in map(re.Match.span, _ALPHA_RUN.finditer(cov, at, end)))
            runs.append((at, end, run, parts))
            at = end
        if i + 1 < len(pieces):
            at += len(pieces[i + 1])
    return runs


def fill_solid(data: bytearray, stride: int, mask: Mask, color: Rgba) -> None:
    """Source-over ``color`` (premultiplied) through ``mask``; the mask must lie inside the buffer."""
    if color[3] == 0:
        return
    # A bytearray, not bytes: a bytearray slice assignment copies another bytearray straight in, but
    # first copies bytes (or a memoryview) into a temporary bytearray (~0.9 us against ~0.3 for a row).
    _fill(data, stride, mask, color, bytearray(bytes(color)) * mask.width if color[3] == 255 else b"")


def fill_shaded(data: bytearray, stride: int, mask: Mask, colors: Shade) -> None:
    """Source-over the colour that ``colors`` gives each coverage of ``mask``."""
    _fill(data, stride, mask, colors, b"")


def _fill(data: bytearray, stride: int, mask: Mask, color: Paint, solid_row: bytes | bytearray) -> None:
    """Source-over through ``mask`` (:func:`fill_solid`); ``solid_row``: the row full coverage gives
    when that is the plain colour (opaque), else empty."""
    n = mask.width
    full = full_row(n)
    base = mask.y * stride + mask.x * 4
    # Rows over a uniform destination are gathered per destination colour and translated together
    # below (4 translates for the whole mask instead of per row): a glyph over a solid box is the
    # common case. Rows never overlap, so deferring their writes changes nothing.
    uniform: dict[bytes, list[tuple[int, bytes]]] = {}
    # The planes, not _scaled's 256 tuples: a first render builds those for every new colour (~25 us),
    # and only the rare partial pixel missing from _EDGES reads them.
    planes = _planes(color)
    div = _div255_table()
    pixels: memoryview | None = None  # data as native 32-bit pixels, made when the edge loop needs it
    colour = opaque = 0
    edges = _EDGES
    if len(edges) >= _EDGES_LIMIT:
        edges.clear()
    # The last uniform destination row seen and its group: the rows of a glyph over a plain box all
    # match it, which ``startswith`` at the row's offset checks in place (no row copied).
    last_row: bytes = b""
    last_group: list[tuple[int, bytes]] = []
    # The translated rows kept for the colour over that row's pixel (_translate_rows): a row found
    # there is written at once, the others are gathered.
    known: dict[bytes, bytearray] = {}
    width = 4 * n
    spans = mask.spans
    plans: list[Plan | None] | None = None  # the rows' plans (raster/opaque_rows.py), read when needed
    # A row narrower than MIN_INSIDE cannot hold that many fully covered pixels, so plan() would say
    # None for every row: such a mask skips the plans (the stat grid's 30 border sides, cut anew each
    # render: 600 plan calls and 30 room() sums a render, ~0.3 ms, all None).
    plannable = n >= MIN_INSIDE
    solid_int = 0  # solid_row as one int (little-endian), for the planned rows' selects
    table: dict[bytes, RowRuns] | None = None  # the render's row runs (raster/row_runs.py), read when needed
    for i, cov in enumerate(mask.rows):
        if cov is None:
            continue
        o = base + i * stride
        if solid_row and cov == full:
            data[o : o + width] = solid_row
            continue
        if last_row and data.startswith(last_row, o):
            row = known.get(cov)
            if row is None:
                last_group.append((o, cov))
            else:
                data[o : o + width] = row
            continue
        first = bytes(data[o : o + 4])
        # A row whose last pixel is not its first is not uniform (a glyph row over a gradient or a
        # photo): told in place, without copying the row and building its uniform twin to compare
        # (~3 us a 900 px row; the blog title's 161 rows over its gradient).
        last_row = first * n if data.startswith(first, o + width - 4) else b""
        if last_row and data.startswith(last_row, o):
            known = _ROWS.get((color, first), _NO_ROWS) if n <= _ROW_MAX else _NO_ROWS
            last_group = uniform.setdefault(first, [])
            row = known.get(cov)
            if row is None:
                last_group.append((o, cov))
            else:
                data[o : o + width] = row
            continue
        last_row = b""
        if solid_row:
            if pixels is None:
                pixels = memoryview(data).cast(_PIXEL)
                colour = int.from_bytes(solid_row[:3], "big") << 40
                opaque = int.from_bytes(solid_row[:4], _BYTEORDER)
                solid_int = int.from_bytes(solid_row, "little")
            elif len(edges) >= _EDGES_LIMIT:
                edges.clear()  # (checked a row: one joined mask may hold a page of text, raster/glyph_run.py)
            # A row with a long inside (a bold title's strokes over a gradient) is one select over its
            # extent, then its partial pixels alone, instead of a loop step a pixel
            # (raster/opaque_rows.py: its plan is made once and kept on the mask, as the runs are).
            row_plan = None
            if plannable:
                if plans is None:
                    plans = mask.plans
                    if plans is None:
                        plans = mask.plans = [UNPLANNED] * mask.height
                        mask.plan_room = room(mask.rows)
                row_plan = plans[i]
                if row_plan is UNPLANNED:
                    row_plan = plans[i] = plan_within(cov, mask)
            if row_plan is not None:
                lo, hi, select, offsets, shifted = row_plan
                a, b = o + 4 * lo, o + 4 * hi
                # (d & ~select) | (colour & select) over the extent as ints: (d | select) ^ select
                # clears the inside. The partial pixels then as the edge loop below does them.
                data[a:b] = (((int.from_bytes(data[a:b], "little") | select) ^ select)
                             | (solid_int & select)).to_bytes(b - a, "little")
                q0 = (o >> 2) + lo
                for x, c32 in zip(offsets, shifted, strict=True):
                    q = q0 + x
                    key = colour | c32 | pixels[q]
                    value = edges.get(key)
                    pixels[q] = _edge_pixel(key, planes, c32 >> 32, div) if value is None else value
                continue
        # The row's nonzero runs, kept on the mask (Mask.spans): a kept mask filled again (the same
        # text or emoji shape, warm) reads them instead of regex matches, spans and slices a run
        # (blog: ~1.6 of ~6 ms of fills; making the list costs about what the matches did).
        if spans is None:
            spans = mask.spans = [None] * mask.height
        runs = spans[i]
        if runs is None:
            # A mask made for this fill (a shape cut to its clip) has no runs yet, but its rows met
            # earlier fills of this render (raster/row_runs.py: the stat grid's 600 border rows, 18
            # distinct): the render's table has them, else they are found and added.
            if table is None:
                table = RENDER_TABLE.get()
                if table is None:
                    table = _NO_TABLE
            runs = table.get(cov)
            if runs is None:
                runs = _row_runs(cov)
                if table is not _NO_TABLE and len(table) < TABLE_MAX:
                    table[cov] = runs
            spans[i] = runs
        if solid_row:
            # An opaque colour at coverage 255 is the colour itself. The partial (edge) pixels are
            # the hottest loop of text over a gradient or an image (a gather/map/scatter version
            # measured slower, as runs average under two pixels). Each is looked up by (colour,
            # coverage, destination pixel) as one int, the pixel read and written as one native
            # 32-bit int: a render meets the same pairs again and again (the blog card: 12k edge
            # pixels a render, 3.6k pairs; the photo card 8k, 4.3k). (pixels: made above)
            assert pixels is not None
            for start, _end, run, parts in runs:
                q = (o >> 2) + start
                if parts is None:  # (a run of at most _CROSSING_MAX pixels)
                    # A glyph stroke crossed by the row (edge, inside, edge: ~5 runs of ~2 pixels in
                    # 12): one loop over its pixels, the inside stored as the colour's int, costs less
                    # than a regex match and a slice per run (blog: 13.6k runs a render, 5k strokes).
                    for c in run:
                        if c == 255:
                            pixels[q] = opaque
                        else:
                            key = colour | c << 32 | pixels[q]
                            value = edges.get(key)
                            pixels[q] = _edge_pixel(key, planes, c, div) if value is None else value
                        q += 1
                    continue
                for a, b, partial in parts:  # long inside stretches: slice copies
                    if partial is None:
                        data[o + 4 * a : o + 4 * b] = solid_row[: 4 * (b - a)]
                        continue
                    q = (o >> 2) + a
                    for c in partial:  # 0 < c < 255
                        key = colour | c << 32 | pixels[q]
                        value = edges.get(key)
                        pixels[q] = _edge_pixel(key, planes, c, div) if value is None else value
                        q += 1
            continue
        for start, end, run, _ in runs:
            p = o + 4 * start
            k = end - start
            if k > 2:
                sub = data[p : p + 4 * k]
                px = bytes(sub[:4])
                if sub == px * k and (k >= _TABLE_MIN_RUN or (color, px) in _UNIFORM_TABLES):
                    _translate_run(data, p, run, color, px)
                    continue
                if k >= _COVERED_MIN_RUN and 255 in run:
                    _blend_covered(data, p, run, color)
                    continue
            _blend_pixels(data, p, run, color)
    if pixels is not None:
        pixels.release()  # the buffer can be resized again
    for dst_px, group in uniform.items():
        if group:  # (rows all found in the kept ones leave their group empty)
            _translate_rows(data, group, n, color, dst_px)


def _translate_rows(data: bytearray, group: list[tuple[int, bytes]], n: int, color: Paint, dst_px: bytes) -> None:
    """:func:`_translate_run` for many coverage rows of width ``n`` over the same ``dst_px``.

    Rows of up to :data:`_ROW_MAX` pixels come from :data:`_ROWS` when the same coverage
    row has met the same colour over the same destination before: a glyph's stems and bars repeat its
    rows, and a text repeats its glyphs. A hit is one dict probe (a cached mask row's hash is kept by
    the bytes object) and one row copy, ~0.1 us, where translating costs ~0.4 us a row (the strided
    interleave of the four channel translates, ~2.5 ns a byte) and slicing the result out ~0.3 more."""
    width = 4 * n
    rows = None
    missing = group
    if n <= _ROW_MAX:
        key = (color, dst_px)
        rows = _ROWS.get(key)
        if rows is None:
            rows = _ROWS[key] = {}
        missing = []
        for o, cov in group:
            row = rows.get(cov)
            if row is None:
                missing.append((o, cov))
            else:
                data[o : o + width] = row
        if not missing:
            return
    if len(missing) == 1 and rows is None:
        _translate_run(data, missing[0][0], missing[0][1], color, dst_px)
        return
    tr, tg, tb, ta = _uniform_tables(color, dst_px)
    # Each distinct coverage row is translated once: the rows of a long straight side repeat (a
    # dashed border's 300 rows are 7 distinct ones), and hashing a row (~0.3 ns a byte) costs far
    # less than translating it (four translates and an interleave, ~2.5 ns a byte of the pixels).
    distinct = dict.fromkeys([row for _, row in missing])
    cov = b"".join(distinct)
    out = bytearray(4 * len(cov))
    out[0::4] = cov.translate(tr)
    out[1::4] = cov.translate(tg)
    out[2::4] = cov.translate(tb)
    out[3::4] = cov.translate(ta)
    if rows is not None:
        if _ROWS.make_room(len(out)):  # all dropped, these rows kept in a fresh table
            rows = _ROWS[key] = {}
    # (bytearray slices, not a memoryview's: see fill_solid; ~0.7 us a row instead of ~1.5)
    translated = {c: out[i * width : (i + 1) * width] for i, c in enumerate(distinct)}
    if rows is not None:
        rows.update(translated)  # never written to again: slice assignments copy them
    for o, c in missing:
        data[o : o + width] = translated[c]


def scale_pixels(src: bytes | bytearray, cov: bytes) -> bytes | bytearray:
    """``src`` pixels multiplied by per-pixel coverage (``div255(s * cov)``), 0 where cov is 0; ``src``
    itself (not a copy: callers only read it) where the coverage is full, as inside a covering box."""
    if cov == full_row(len(cov)):
        return src
    out = bytearray(len(src))
    for m in _ALPHA_RUN.finditer(cov):
        start, end = m.span()
        if cov[start] == 255:
            out[4 * start : 4 * end] = src[4 * start : 4 * end]
            continue
        for x in range(start, end):
            c = cov[x]
            p = 4 * x
            out[p] = (src[p] * c + 255) >> 8
            out[p + 1] = (src[p + 1] * c + 255) >> 8
            out[p + 2] = (src[p + 2] * c + 255) >> 8
            out[p + 3] = (src[p + 3] * c + 255) >> 8
    return out


def opacity_table(opacity: float) -> bytes:
    """Table scaling every premultiplied channel by ``opacity`` (tiny-skia: ``div255(v * c)``)."""
    c = int(max(0.0, min(1.0, opacity)) * 255 + 0.5)
    return bytes((v * c + 255) >> 8 for v in range(256))


@lru_cache(maxsize=16)
def _pattern_coverage_table(opacity: float) -> bytes:
    c = int(max(0.0, min(1.0, opacity)) * 255 + 0.5)
    return bytes([0, *((v * v + 127) // 255 for v in range(1, 255)), c])


def pattern_coverage(mask: Mask, opacity: float) -> Mask:
    """The coverage a pattern paint with a shader ``opacity`` below 1 is drawn with, as tiny-skia 0.8
    draws it: its pattern shader scales by ``ctx.current_coverage`` (set to the opacity), but the
    anti-aliased blitter (``blit_anti_h``) shares that context and overwrites it with each partly covered
    run's coverage, so an edge pixel gets its coverage twice and no opacity (``c * c``), while a fully
    covered one (``blit_rect``, a pipeline of its own) gets the opacity. A pattern fill with
    ``fill-opacity: 0.5`` thus has edges fainter than its inside."""
    table = _pattern_coverage_table(opacity)
    return Mask(mask.x, mask.y, mask.width, mask.height,
                [None if row is None else row.translate(table) for row in mask.rows])


@lru_cache(maxsize=64)
def layer_opacity_table(opacity: float) -> bytes:
    """Table of a layer's premultiplied channel drawn with ``opacity`` onto transparent pixels as resvg
    draws a group layer (tiny-skia's ``draw_pixmap``: its pattern's gather stage runs only in the f32
    pipeline): ``v / 255`` times the opacity in f32, rounded to the nearest byte. ``div255(v * c)``
    rounds a fifth of these up by one (16 for 17 at 0.9), which a linear-RGB filter over the layer (a
    text-shadow on translucent text) turns into a step of 8-13 in the darkest channels."""
    o = f32(max(0.0, min(1.0, opacity)))
    inv = f32(1.0 / 255.0)
    return bytes(round(f32(f32(f32(v * inv) * o) * 255.0)) for v in range(256))


def _mul_table() -> bytes:
    """``table[a << 8 | b] = div255(a * b)``: row ``a`` is the div255 table read at ``a * b`` for
    every ``b``, i.e. a strided slice of it (65k Python-level operations took ~5 ms on first use)."""
    global _MUL
    if not _MUL:
        div = _div255_table()
        _MUL = bytes(256) + b"".join([div[0 : 255 * a + 1 : a] for a in range(1, 256)])
    return _MUL


def multiply_rows(a: bytes, b: bytes) -> bytes:
    """Per-pixel product of two coverage rows (``div255(a * b)``), in C-level maps."""
    n = len(a)
    full = full_row(n)
    if b == full:
        return a
    if a == full:
        return b
    if n > _PRODUCT_MAX_WIDTH or type(a) is not bytes or type(b) is not bytes:
        return _product(a, b)
    # Short rows are kept by their pair: a card's boxes share their rounded corners, so a clipped
    # border side (7 px wide, 88 rows, on 30 stat tiles) meets the same pairs again and again, and a
    # short row's fixed cost (~1 us) is most of what multiplying it costs.
    key = (a, b)
    found = _PRODUCTS.get(key)
    if found is None:
        if len(_PRODUCTS) >= _PRODUCTS_LIMIT:
            _PRODUCTS.clear()
        found = _PRODUCTS[key] = _product(a, b)
    return found


_PRODUCTS: dict[tuple[bytes, bytes], bytes] = {}
_PRODUCTS_LIMIT = 1 << 13
_PRODUCT_MAX_WIDTH = 256  # longer rows are not kept (~7 MB at most of keys and products)


def _product(a: bytes, b: bytes) -> bytes:
    """:func:`multiply_rows` of two rows, neither of them full."""
    n = len(a)
    table = _mul_table()
    global _last_clip
    # The clip row's partial pixels and its int, kept for the next row: the rows of a clip's long
    # straight sides are equal (a box shadow's cut-out: 360 rows), and one memcmp replaces a
    # translate, a count and an int conversion a row. (A tuple replaced whole: threads share it.)
    last = _last_clip  # (read once: another thread may replace it)
    if b == last[0]:
        _, partial, count, clip = last
    else:
        partial = b.translate(_PARTIAL)
        count = partial.count(1)
        clip = int.from_bytes(b, "little") if count * 8 < n else 0
        _last_clip = (b, partial, count, clip)
    if count * 8 < n:
        # Clip rows are mostly 0x00 / 0xff runs (a blurred shadow under an "outside the box" clip):
        # where ``b`` is 0 or 255 the product is ``a & b`` (div255(a * 255) == a), one big-int AND for
        # the whole row; only the few partial pixels, found by ``find`` (memchr), are looked up.
        # (A regex over the runs cost ~100 us a 1,000-px row: it retries at every zero byte.)
        out = bytearray((int.from_bytes(a, "little") & clip).to_bytes(n, "little"))
        i = partial.find(1)
        while i >= 0:
            out[i] = table[a[i] << 8 | b[i]]
            i = partial.find(1, i + 1)
        return bytes(out)
    if n > _PRODUCT_MAX_WIDTH:  # (never memoized: the charge does not depend on the cache)
        charge_paint(n * PAINT_WORK_PRODUCT)
    return bytes(map(table.__getitem__, map(int.__or__, map(int.__lshift__, a, repeat(8)), b)))


# _product's last clip row: (row, its partial-pixel flags, their count, the row as an int when used)
_last_clip: tuple[bytes, bytes, int, int] = (b"", b"", 0, 0)


def intersect(mask: Mask, clip: Mask) -> Mask | None:
    """Coverage of ``mask`` inside ``clip`` (product of the two), over their common box."""
    box = (
        max(mask.x, clip.x),
        max(mask.y, clip.y),
        min(mask.x + mask.width, clip.x + clip.width),
        min(mask.y + mask.height, clip.y + clip.height),
    )
    m = crop(mask, box)
    c = crop(clip, box)
    if m is None or c is None:
        return None
    rows: list[bytes | None] = []
    # A pair equal to the row above's gives its product again: a box side under its rounded clip is
    # one pair for most of its height (~0.1 us a row instead of multiply_rows' ~0.2 with its memo).
    last_a = last_b = last = None
    for ra, rb in zip(m.rows, c.rows, strict=False):
        if ra is None or rb is None:
            rows.append(None)
        elif ra == last_a and rb == last_b:
            rows.append(last)
        else:
            last_a, last_b = ra, rb
            last = multiply_rows(ra, rb)
            rows.append(last)
    return Mask(m.x, m.y, m.width, m.height, rows, crossings=cut_crossings(mask, clip, m.width, m.height))


def cut_crossings(mask: Mask, clip: Mask, width: int, height: int) -> int:
    """The crossings a ``width`` x ``height`` cut of ``mask`` by ``clip`` carries for the paint budget:
    the edges of both (a shape filled inside a many-edged clip blends the clip's partial pixels too), but
    no more than a fill of the cut can blend: each of its pixels one by one, the most a pixel costs
    (a soft mask's partial pixel counts ``CROSSINGS_A_BLENDED_PIXEL`` crossings: raster/layer.py). Without
    the bound each glyph piece of a text mostly outside a rotated clip was charged all of the clip's
    edges: ~1,900 one-pixel cuts of a 6,000-crossing clip ran past the budget of a card Next draws."""
    return min(mask.crossings + clip.crossings, width * height * CROSSINGS_A_BLENDED_PIXEL)


def complement(hole: Mask, width: int, height: int) -> Mask:
    """Coverage of "not ``hole``" over a ``width`` x ``height`` canvas (full outside the hole's box)."""
    full = full_row(width)
    rows: list[bytes | None] = []
    last: bytes | None = None  # the last hole row and its complement: a box's hole repeats its rows,
    kept: bytes = full  # which then share one complement row (one compare a row, not a row built)
    for y in range(height):
        i = y - hole.y
        row = hole.rows[i] if 0 <= i < hole.height else None
        if row is None:
            rows.append(full)
            continue
        if row != last:
            last = row
            line = bytearray(full)
            line[hole.x : hole.x + hole.width] = row.translate(COMPLEMENT)
            kept = bytes(line)
        rows.append(kept)
    return Mask(0, 0, width, height, rows)


def _forget() -> None:
    global _last_clip
    for table in (_FULL_ROWS, _SCALED, _UNIFORM_TABLES, _PLANES, _SHADES, _COVERED_TABLES, _ROWS, _EDGES,
                  _PRODUCTS):
        table.clear()
    _pattern_coverage_table.cache_clear()
    layer_opacity_table.cache_clear()
    _last_clip = (b"", b"", 0, 0)


caches.register("raster.blend", _FULL_ROWS, _SCALED, _UNIFORM_TABLES, _PLANES, _SHADES, _COVERED_TABLES,
                _ROWS, _EDGES, _PRODUCTS, _pattern_coverage_table, layer_opacity_table, clear=_forget)

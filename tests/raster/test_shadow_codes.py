"""A drop-shadow filter over a source of one colour looks its pixels up by one native int each
(raster/shadow_codes.py): the source pixel stands for its alpha there, and every output pixel is still
the filter's maths for the pixel's full key, for one to seven shadows, over no backdrop, a plain one
(one colour over the whole region: tested once), a varying one and rows of both; a source that is not
one colour keeps the tuple keys."""

from __future__ import annotations

import random
import sys

import pytest

from pureog.raster.dropshadow import ShadowPlane, _maths_for, drop_shadows
from pureog.raster.shadow_codes import alpha_pixels, code_size


def _text_pixel(color: tuple[int, int, int], a: int) -> bytes:
    return bytes((*(c * a // 255 for c in color), a))


def _rows(pixels: bytes, width: int) -> list[bytes]:
    return [pixels[i : i + 4 * width] for i in range(0, len(pixels), 4 * width)]


def test_alpha_pixels_finds_the_pixel_of_each_alpha() -> None:
    rng = random.Random(3)
    alphas = [0] * 60 + [rng.choice((0, 0, 255, rng.randrange(256))) for _ in range(400)] + [0] * 40
    source = b"".join(_text_pixel((240, 171, 252), a) for a in alphas)
    table = alpha_pixels(_rows(source, 20), 20, bytes(alphas))
    assert table is not None
    for a in set(alphas):
        assert table[4 * a : 4 * a + 4] == _text_pixel((240, 171, 252), a)


def test_alpha_pixels_refuses_a_source_of_two_colours() -> None:
    alphas = [0] * 12 + [0, 128, 255, 128, 0, 0] + [0] * 12  # rows of 6: two clear rows, a painted one, two clear
    source = bytearray(b"".join(_text_pixel((240, 171, 252), a) for a in alphas))
    assert alpha_pixels(_rows(bytes(source), 6), 6, bytes(alphas)) is not None
    two = bytearray(source)
    two[4 * 15 : 4 * 16] = _text_pixel((10, 171, 252), 128)  # same alpha, another colour
    assert alpha_pixels(_rows(bytes(two), 6), 6, bytes(alphas)) is None
    for at in (0, 4 * 12, 4 * 17, 4 * 25):  # a "clear" pixel with colour bytes: clear row, either end, below
        clear_colour = bytearray(source)
        clear_colour[at] = 7
        assert alpha_pixels(_rows(bytes(clear_colour), 6), 6, bytes(alphas)) is None, at
    assert alpha_pixels(_rows(bytes(24 * 4), 6), 6, bytes(24)) is not None  # all clear


def test_code_sizes() -> None:
    assert [code_size(n) for n in (1, 2, 3, 4, 5, 8, 9)] == [2, 2, 4, 4, 8, 8, 0]


def test_rows_keyed_by_codes_are_their_pixels_maths() -> None:
    rng = random.Random(17)
    w, h = 24, 5
    for shadows in range(8):  # (none: a filter of no shadow still keys by the source alone)
        colors = [(rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.choice((255, 128, 200)))
                  for _ in range(shadows)]
        for keep_source in (True, False):
            for backdrop in ("none", "plain", "varied", "mixed"):
                alphas = [[0 if x < 3 or x > 20 else rng.choice((0, 255, rng.randrange(256))) for x in range(w)]
                          for _ in range(h)]
                source = [b"".join(_text_pixel((250, 90, 30), a) for a in row) for row in alphas]
                planes = [ShadowPlane(bytes(0 if x < 2 or x > 22 else rng.choice((0, rng.randrange(256)))
                                            for _ in range(h) for x in range(w)), c) for c in colors]
                back: list[bytes] | None = None
                if backdrop == "plain":
                    back = [bytes((40, 30, 90, 255)) * w for _ in range(h)]
                elif backdrop == "varied":
                    back = [bytes(rng.randrange(256) for _ in range(4 * w)) for _ in range(h)]
                elif backdrop == "mixed":  # plain rows (of two colours) and varying ones: tested row by row
                    back = [bytes((40, 30, 90, 255) if y % 2 else (9, 8, 7, 255)) * w if y % 3
                            else bytes(rng.randrange(256) for _ in range(4 * w)) for y in range(h)]
                rows = drop_shadows(source, w, planes, keep_source=keep_source, backdrop_rows=back)
                maths = _maths_for(tuple(colors), keep_source, True)
                for y in range(h):
                    for x in range(w):
                        key: tuple[int, ...] = (int.from_bytes(source[y][4 * x : 4 * x + 4], sys.byteorder),
                                                *(p.alpha[y * w + x] for p in planes))
                        under = bytes(4) if back is None else back[y][4 * x : 4 * x + 4]
                        if back is not None:
                            key = (*key, int.from_bytes(under, sys.byteorder))
                        expected = maths.compute(key)
                        if not any(key[: 1 + shadows]):  # outside the painted span: copied as it is
                            expected = under
                        row = rows[y]
                        got = bytes(4) if row is None else row[4 * x : 4 * x + 4]
                        assert got == expected, (shadows, keep_source, backdrop, x, y)


def test_spans_are_the_rows_painted_part() -> None:
    """drop_shadow_spans gives each row's painted span, which render_filters writes alone: the rows of
    drop_shadows are that span with the backdrop (or clear pixels) around it, over plain backdrops of
    two colours in turn (the lookups over the last plain backdrop are reused only while it repeats)."""
    from pureog.raster.dropshadow import drop_shadow_spans

    rng = random.Random(41)
    w, h = 30, 8
    for shadows in (1, 2, 5):
        colors = [(rng.randrange(256), rng.randrange(256), rng.randrange(256), 255) for _ in range(shadows)]
        alphas = [[0 if x < 6 or x > 20 or y in (0, 7) else rng.choice((0, 255, rng.randrange(256)))
                   for x in range(w)] for y in range(h)]
        source = [b"".join(_text_pixel((250, 90, 30), a) for a in row) for row in alphas]
        planes = [ShadowPlane(bytes(0 if x < 4 or x > 24 or y == 7 else rng.randrange(256)
                                    for y in range(h) for x in range(w)), c) for c in colors]
        for back in (None, [bytes((40, 30, 90, 255) if y % 3 else (9, 8, 7, 255)) * w for y in range(h)]):
            rows = drop_shadows(source, w, planes, backdrop_rows=back)
            spans = drop_shadow_spans(source, w, planes, backdrop_rows=back)
            assert rows[7] is None and spans[7] is None  # nothing paints there
            for y, (row, span) in enumerate(zip(rows, spans, strict=True)):
                if span is None:
                    continue
                lo, pixels = span
                hi = lo + len(pixels) // 4
                around = bytes(4 * w) if back is None else back[y]
                assert row == around[: 4 * lo] + bytes(pixels) + around[4 * hi :], (shadows, y)
                assert 4 <= lo and hi <= 25  # the union's first and last painted pixel bound the span


def test_a_backdrop_varying_over_part_of_a_span_is_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide span whose backdrop differs from the plain colour over one stretch only (a tag's glow
    reaching into its neighbour's) is looked up in pieces: its ends over the plain colour, the stretch
    with the backdrop in the key. The rows are the unsplit lookups' bytes (themselves the pixel maths,
    above), for one, two and three shadows, the stretch at either end, inside or one pixel wide, and
    the plain colour known from an earlier row or only from the region's last row."""
    from pureog.raster import dropshadow

    rng = random.Random(5)
    w, h = 320, 6
    card = bytes((30, 27, 75, 255))
    for shadows in (1, 2, 3):
        colors = [(rng.randrange(256), rng.randrange(256), rng.randrange(256), 255) for _ in range(shadows)]
        alphas = [[0 if x < 40 or x > 280 or y in (0, 1) else rng.choice((0, 0, 255, rng.randrange(256)))
                   for x in range(w)] for y in range(h)]
        source = [b"".join(_text_pixel((250, 90, 30), a) for a in row) for row in alphas]
        planes = [ShadowPlane(bytes(0 if x < 4 or x > 310 else rng.randrange(256)
                                    for y in range(h) for x in range(w)), c) for c in colors]
        for stretch in ((0, 30), (290, 320), (100, 180), (4, 5)):
            for first_plain in (True, False):
                back = []
                for y in range(h):
                    row = bytearray(card * w)
                    if y or not first_plain:
                        for x in range(*stretch):
                            row[4 * x : 4 * x + 4] = bytes((rng.randrange(256), rng.randrange(256),
                                                            rng.randrange(256), 255))
                    back.append(bytes(row) if y < h - 1 else card * w)
                split = drop_shadows(source, w, planes, backdrop_rows=back)
                monkeypatch.setattr(dropshadow, "_SPLIT_MIN", 1 << 30)
                whole = drop_shadows(source, w, planes, backdrop_rows=back)
                monkeypatch.undo()
                assert split == whole, (shadows, stretch, first_plain)


def test_joined_pixels_are_the_tables_values() -> None:
    """joined_pixels reads 16-bit codes from a list copied from the table as codes are met: a row with
    codes not copied yet (the first, and a later one with new codes) still gets the table's values,
    each code computed once by the table; one code, none and wider codes go to the table itself."""
    import array

    from pureog.raster.shadow_codes import joined_pixels

    computed: list[int] = []

    class Table(dict[int, bytes]):
        def __missing__(self, code: int) -> bytes:
            computed.append(code)
            value = self[code] = (code & 0xFFFFFFFF).to_bytes(4, "little")
            return value

    table = Table()
    rng = random.Random(5)
    seen: set[int] = set()
    for length in (0, 1, 2, 40, 300, 300):
        values = [rng.choice((0, 255, 65535, rng.randrange(65536))) for _ in range(length)]
        codes = memoryview(array.array("H", values).tobytes()).cast("H")
        assert joined_pixels(table, codes) == b"".join(v.to_bytes(4, "little") for v in values)
        seen.update(values)
        assert sorted(computed) == sorted(seen)  # each code computed once
    wide = memoryview(array.array("Q", [1 << 40, 7]).tobytes()).cast("Q")
    assert joined_pixels(table, wide) == b"".join(table[v] for v in (1 << 40, 7))


def _composited(source: list[bytes], w: int, planes: list[ShadowPlane], keep_source: bool, rows: list[bytes],
                block_width: int) -> list[bytes]:
    """drop_shadow_spans' spans written over their backdrop rows, with one-shadow filters up to
    ``block_width`` px wide looked up at once (raster/shadow_block.py)."""
    import pureog.raster.dropshadow as dropshadow

    saved = dropshadow._BLOCK_WIDTH
    dropshadow._BLOCK_WIDTH = block_width
    try:
        spans = dropshadow.drop_shadow_spans(source, w, planes, keep_source=keep_source, backdrop_rows=rows)
    finally:
        dropshadow._BLOCK_WIDTH = saved
    out = []
    for row, span in zip(rows, spans, strict=True):
        pixels = bytearray(row)
        if span is not None:
            pixels[4 * span[0] : 4 * span[0] + len(span[1])] = span[1]
        out.append(bytes(pixels))
    return out


def test_narrow_one_shadow_filters_at_once_are_the_row_loops() -> None:
    """A narrow one-shadow filter over a plain backdrop (a tag's glow: raster/shadow_block.py, all its
    rows' spans looked up at once) composites to the row loop's pixels: clear rows, spans over the plain
    pixel, and spans with a stretch of another backdrop (a neighbour's glow) at either end, inside, or
    all of it, for the source kept or not and a backdrop of a second colour on some rows."""
    rng = random.Random(23)
    w, h = 40, 12
    plain = bytes((30, 27, 75, 255))
    for keep_source in (True, False):
        alphas = [[0 if x < 8 or x > 30 or y in (0, 11) else rng.choice((0, 255, rng.randrange(256)))
                   for x in range(w)] for y in range(h)]
        source = [b"".join(_text_pixel((253, 164, 175), a) for a in row) for row in alphas]
        planes = [ShadowPlane(bytes(0 if x < 3 or x > 36 or y == 11 else rng.randrange(256)
                                    for y in range(h) for x in range(w)), (225, 29, 72, 255))]
        back = [bytearray(plain * w) for _ in range(h)]
        for y, (a, b) in enumerate([(0, 0), (0, 5), (35, 40), (10, 14), (0, 40), (2, 3), (0, 0), (20, 21),
                                    (3, 37), (0, 0), (38, 40), (0, 2)]):
            for x in range(a, b):
                back[y][4 * x : 4 * x + 4] = bytes((rng.randrange(256), rng.randrange(256), 90, 255))
        back[6][:] = bytes((9, 8, 7, 255)) * w  # a plain row of another colour
        rows = [bytes(row) for row in back]
        assert (_composited(source, w, planes, keep_source, rows, w)
                == _composited(source, w, planes, keep_source, rows, 0)), keep_source

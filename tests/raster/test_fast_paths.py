"""The raster fast paths give exactly the bytes of the plain per-pixel arithmetic they replace."""

from __future__ import annotations

import random
import zlib

import png as pypng
import pytest

from pureog import caches
from pureog.raster import blend, over, scan
from pureog.raster.pixmap import Pixmap
from pureog.raster.png import encode_png
from pureog.raster.scan import Mask
from tests.raster.source_over import reference_fill


def _random_mask(rng: random.Random, w: int, h: int) -> Mask:
    rows: list[bytes | None] = []
    for _ in range(h):
        kind = rng.random()
        if kind < 0.1:
            rows.append(None)
        elif kind < 0.2:
            rows.append(b"\xff" * w)
        else:
            rows.append(bytes(rng.choice((0, 0, 255, 255, rng.randrange(256))) for _ in range(w)))
    return Mask(rng.randrange(3), rng.randrange(3), w, h, rows)


def test_fill_solid_matches_per_pixel_source_over() -> None:
    rng = random.Random(7)
    for trial in range(60):
        w, h = 40, 12
        mask = _random_mask(rng, w - 3, h - 3)
        a = rng.choice((255, 255, rng.randrange(1, 256)))
        color = (rng.randrange(a + 1), rng.randrange(a + 1), rng.randrange(a + 1), a)
        if trial % 3 == 0:  # uniform destination (a solid box)
            data = bytearray(bytes((10, 20, 30, 255)) * (w * h))
        elif trial % 3 == 1:  # a horizontal gradient: every pixel of a row differs
            row = b"".join(bytes((x * 6, 255 - x * 6, 90, 255)) for x in range(w))
            data = bytearray(row * h)
        else:  # random premultiplied pixels, partly with long uniform stretches
            px = [bytes((v, v, v, 255)) if rng.random() < 0.5 else bytes((0, 0, 0, 0)) for v in range(4)]
            data = bytearray(b"".join(rng.choice(px) * rng.randrange(1, 40) for _ in range(200))[: w * h * 4])
        expected = bytearray(data)
        reference_fill(expected, w * 4, mask, color)
        blend.fill_solid(data, w * 4, mask, color)
        assert data == expected, trial


def test_covered_stretches_over_a_varying_destination_match_per_pixel_blending() -> None:
    """Long runs of a translucent colour (or a Shade) over a gradient: their fully covered stretches
    go through per-channel tables (blend._blend_covered), the same bytes as _blend_pixels."""
    rng = random.Random(19)
    for trial in range(40):
        w = rng.randrange(9, 90)
        row = b"".join(bytes((x * 2 % 256, 255 - x * 2 % 256, x % 7 * 30, 255)) for x in range(w))
        cov = bytes(rng.choice((255, 255, 255, rng.randrange(1, 256))) for _ in range(w))
        if trial % 2:
            table = [(c // 3, c // 2, c // 4, c // 2) for c in range(256)]
            color: blend.Paint = blend.shade(table)
        else:
            a = rng.randrange(1, 256)
            color = (rng.randrange(a + 1), rng.randrange(a + 1), rng.randrange(a + 1), a)
        expected, data = bytearray(row), bytearray(row)
        blend._blend_pixels(expected, 0, cov, color)
        blend._blend_covered(data, 0, cov, color)
        assert data == expected, trial


def test_tables_match_their_definitions() -> None:
    div = blend._div255_table()
    assert all(div[v] == (v + 255) >> 8 for v in range(65026))
    mul = blend._mul_table()
    assert all(mul[a << 8 | b] == (a * b + 255) >> 8 for a in range(0, 256, 5) for b in range(256))
    scaled = blend._scaled((10, 200, 30, 230))
    assert scaled[128] == ((10 * 128 + 255) >> 8, (200 * 128 + 255) >> 8, (30 * 128 + 255) >> 8,
                           (230 * 128 + 255) >> 8, 255 - ((230 * 128 + 255) >> 8))


def test_sparse_coverage_rows_equal_dense_ones() -> None:
    rng = random.Random(3)
    for _ in range(3000):
        n = rng.randrange(1, 120)
        spans4 = []
        for _k in range(4):
            count = min(2 * rng.randrange(0, 5), 4 * n)
            points = sorted(rng.sample(range(0, 4 * n + 1), count - count % 2))
            spans4.append([(points[i], points[i + 1]) for i in range(0, len(points), 2) if points[i + 1] > points[i]])
        assert scan._accumulate_sparse(spans4, n) == scan._accumulate(spans4, 0, n)


def _decode(data: bytes) -> tuple[int, list[bytes]]:
    rows = pypng.Reader(bytes=data).asRGBA8()[2]
    return data[25], [bytes(r) for r in rows]


def test_png_picks_the_smallest_exact_colour_type() -> None:
    grey = Pixmap(2, 2, bytearray(b"\x10\x10\x10\xff" * 4))
    colour = Pixmap(3, 4, bytearray(b"\x01\x02\x03\xff" * 6 + b"\xff\x00\x80\xff" * 6))
    translucent = Pixmap(2, 1, bytearray(b"\x40\x00\x00\x80\x00\x00\x00\x00"))
    assert _decode(encode_png(grey)) == (0, [b"\x10\x10\x10\xff" * 2] * 2)
    colour_rows = [b"\x01\x02\x03\xff" * 3] * 2 + [b"\xff\x00\x80\xff" * 3] * 2
    assert _decode(encode_png(colour)) == (3, colour_rows)  # two colours: indexed, smaller than RGB here
    assert _decode(encode_png(colour, palette="never")) == (2, colour_rows)
    assert _decode(encode_png(translucent)) == (3, [b"\x80\x00\x00\x80\x00\x00\x00\x00"])  # PLTE + tRNS
    assert _decode(encode_png(translucent, palette="never")) == (6, [b"\x80\x00\x00\x80\x00\x00\x00\x00"])


def test_png_repeated_and_distinct_rows_decode_to_the_pixels() -> None:
    rng = random.Random(5)
    w, h = 17, 23
    rows = []
    for _ in range(h):
        if rows and rng.random() < 0.5:
            rows.append(rows[-1])
        else:
            rows.append(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                                 for _ in range(w)))
    pm = Pixmap(w, h, bytearray(b"".join(rows)))
    color_type, decoded = _decode(encode_png(pm))
    assert color_type == 2 and decoded == rows
    assert encode_png(pm) == encode_png(Pixmap(w, h, bytearray(b"".join(rows))))  # deterministic


def test_multiply_rows_matches_div255_of_the_products() -> None:
    """multiply_rows (big-int AND over 0/255 runs, lookups for partial pixels) is div255(a * b)."""
    rng = random.Random(3)
    for _ in range(400):
        n = rng.choice((1, 7, 64, 65, 300, 1200))
        a = bytes(rng.randrange(256) for _ in range(n))
        dense = rng.random() < 0.3
        b = bytes(rng.randrange(256) if dense else rng.choice((0, 255, 0, 255, rng.randrange(256))) for _ in range(n))
        assert blend.multiply_rows(a, b) == bytes((x * y + 255) >> 8 for x, y in zip(a, b, strict=True))


def test_png_opaque_scanlines_are_filter_none_rows_and_up_zeros() -> None:
    """The opaque scanlines written straight from the RGBA buffer are the bytes the format fixes: filter
    0 and the row's channels, or filter 2 and zeros for a row equal to the one above (grey and RGB; the
    first row never repeats)."""
    rng = random.Random(11)
    w, h = 13, 9
    for grey in (True, False):
        rows: list[bytes] = []
        for y in range(h):
            if y and y % 3 != 1:
                rows.append(rows[-1])
                continue
            values = [rng.randrange(256) for _ in range(3 * w)]
            if grey:
                values = [values[3 * (i // 3)] for i in range(3 * w)]
            rows.append(b"".join(bytes((*values[3 * x : 3 * x + 3], 255)) for x in range(w)))
        expected = b"".join(
            b"\x02" + bytes(w * (1 if grey else 3)) if y and rows[y] == rows[y - 1]
            else b"\x00" + (rows[y][0::4] if grey else bytes(b for x in range(w) for b in rows[y][4 * x : 4 * x + 3]))
            for y in range(h))
        data = encode_png(Pixmap(w, h, bytearray(b"".join(rows))), palette="never")
        assert data[25] == (0 if grey else 2)
        idat = b"".join(body for kind, body in pypng.Reader(bytes=data).chunks() if kind == b"IDAT")
        assert zlib.decompress(idat) == expected


def test_over_pixels_matches_the_per_pixel_source_over() -> None:
    """Every path of over_pixels (opaque copies, clear destinations, one translucent colour through
    per-channel tables, one alpha as a big-int sum, mixed alphas pixel by pixel) gives tiny-skia's
    ``s + div255(d * (255 - sa))`` for every byte."""
    rng = random.Random(7)

    def premultiplied(a: int) -> bytes:
        return bytes((rng.randrange(256) * a // 255, rng.randrange(256) * a // 255, rng.randrange(256) * a // 255, a))

    n = 40
    for case in range(60):
        kind = case % 4
        alpha = rng.randrange(1, 255)
        if kind == 0:  # one translucent colour (a row of a vertical scrim)
            src = premultiplied(alpha) * n
        elif kind == 1:  # one alpha, varying colours
            src = b"".join(premultiplied(alpha) for _ in range(n))
        elif kind == 2:  # anything, with transparent gaps
            src = b"".join(premultiplied(rng.choice((0, 255, rng.randrange(256)))) for _ in range(n))
        else:  # one colour over a partly clear destination
            src = premultiplied(alpha) * n
        dst = bytearray(b"".join(premultiplied(rng.randrange(256)) for _ in range(n)))
        if kind == 3:
            dst[: 4 * (n // 2)] = bytes(4 * (n // 2))
        expected = bytearray(dst)
        for i in range(0, 4 * n, 4):
            sa = src[i + 3]
            if sa:
                for c in range(4):
                    expected[i + c] = src[i + c] + ((dst[i + c] * (255 - sa) + 255) >> 8)
        over.over_pixels(dst, 0, src)
        assert dst == expected, case


def test_over_pixels_onto_a_plain_destination_matches_the_per_pixel_source_over() -> None:
    """A row over one destination colour is looked up by its source pixel alone (over._over_uniform):
    anti-aliased runs, opaque runs, one-alpha runs and clear gaps must give the run loop's bytes, and a
    clear destination (the layer's on_clear pixels) or a source pixel of alpha 0 with colour (which the
    run loop leaves alone) must fall back to it."""
    rng = random.Random(41)

    def premultiplied(a: int) -> bytes:
        return bytes((rng.randrange(256) * a // 255, rng.randrange(256) * a // 255, rng.randrange(256) * a // 255, a))

    n = 90
    for case in range(60):
        runs = []
        while sum(len(r) for r in runs) < 4 * n:
            a = rng.choice((0, 255, rng.randrange(1, 255), -1))
            k = rng.randrange(1, 12)
            runs.append(b"".join(premultiplied(rng.randrange(1, 255)) for _ in range(k)) if a < 0
                        else premultiplied(a) * k)
        src = bytearray(b"".join(runs)[: 4 * n])
        if case % 5 == 4:
            src[4 * 7 : 4 * 8] = bytes((9, 0, 0, 0))  # colour at alpha 0: left as it is
        dst_px = premultiplied(rng.choice((255, rng.randrange(1, 256)))) if case % 6 else bytes(4)
        dst = bytearray(dst_px * n)
        on_clear = bytes(v // 2 for v in src) if case % 6 == 0 else None
        expected = bytearray(dst)
        for i in range(0, 4 * n, 4):
            sa = src[i + 3]
            if 0 < sa < 255 and on_clear is not None:  # (an opaque run is copied as it is)
                expected[i : i + 4] = on_clear[i : i + 4]
            elif sa:
                for c in range(4):
                    expected[i + c] = src[i + c] + ((dst[i + c] * (255 - sa) + 255) >> 8)
        over.over_pixels(dst, 0, src, on_clear)
        assert dst == expected, case


def test_scale_pixels_is_div255_of_source_times_coverage() -> None:
    rng = random.Random(9)
    n = 30
    src = bytes(rng.randrange(256) for _ in range(4 * n))
    for cov in (b"\xff" * n, bytes(rng.choice((0, 255, rng.randrange(256))) for _ in range(n))):
        expected = bytes((src[i] * cov[i // 4] + 255) >> 8 if cov[i // 4] else 0 for i in range(4 * n))
        assert bytes(blend.scale_pixels(src, cov)) == expected


def test_edge_pixels_from_the_memo_match_per_pixel_source_over() -> None:
    """Glyph edges of an opaque colour over a varying destination are looked up by (colour, coverage,
    destination pixel) once computed (blend._EDGES): the second fill of the same mask, colour and
    destination reads every edge pixel from it and must give the same bytes, for two colours in turn."""
    rng = random.Random(23)
    w, h = 50, 10
    row = b"".join(bytes((x * 5, 255 - x * 5, x % 9 * 28, 255)) for x in range(w))
    mask = _random_mask(rng, w - 3, h - 3)
    for color in ((200, 30, 10, 255), (10, 30, 200, 255), (200, 30, 10, 255)):
        expected = bytearray(row * h)
        reference_fill(expected, w * 4, mask, color)
        for _ in range(2):
            data = bytearray(row * h)
            blend.fill_solid(data, w * 4, mask, color)
            assert data == expected


def test_fill_over_rows_of_changing_uniform_colours_matches_per_pixel_source_over() -> None:
    """Rows over a uniform destination are grouped by its colour, a row matching the previous
    uniform row checked in place: plain rows of two colours in turn, with varying rows between."""
    rng = random.Random(31)
    w, h = 24, 14
    plain = [bytes((10, 20, 30, 255)) * w, bytes((200, 100, 0, 255)) * w]
    varying = b"".join(bytes((x * 9, 90, 255 - x * 9, 255)) for x in range(w))
    rows = [plain[0], plain[0], plain[1], plain[0], varying, plain[0], plain[1], plain[1], varying,
            plain[1], plain[0], plain[0], plain[1], plain[0]]
    for trial in range(20):
        mask = Mask(0, 0, w, h, [bytes(rng.choice((0, 255, rng.randrange(256))) for _ in range(w)) for _ in range(h)])
        color = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 255) if trial % 2 else (40, 30, 20, 128)
        data = bytearray(b"".join(rows))
        expected = bytearray(data)
        reference_fill(expected, w * 4, mask, color)
        blend.fill_solid(data, w * 4, mask, color)
        assert data == expected, trial


def test_fill_over_rows_whose_ends_match_but_not_their_middle_matches_per_pixel_source_over() -> None:
    """A destination row is taken for uniform when its last pixel equals its first and then the whole
    row equals copies of it: rows with equal ends and another middle, or one odd pixel next to either
    end, are blended pixel by pixel like any varying row."""
    rng = random.Random(37)
    w, h = 24, 10
    plain = bytes((10, 20, 30, 255))
    odd = bytes((11, 20, 30, 255))
    rows = [plain * w, plain * 11 + odd + plain * 12, plain + odd + plain * (w - 2), plain * (w - 2) + odd + plain,
            odd + plain * (w - 1), plain * (w - 1) + odd, plain * w, odd * w, plain * w, plain * 23 + odd]
    for trial in range(20):
        mask = Mask(0, 0, w, h, [bytes(rng.choice((0, 255, rng.randrange(256))) for _ in range(w)) for _ in range(h)])
        color = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 255) if trial % 2 else (40, 30, 20, 128)
        data = bytearray(b"".join(rows))
        expected = bytearray(data)
        reference_fill(expected, w * 4, mask, color)
        blend.fill_solid(data, w * 4, mask, color)
        assert data == expected, trial


def test_colour_tables_built_by_big_int_sums_match_their_formulas() -> None:
    """The per-colour tables a first render builds for every new colour (uniform destination,
    covered run, translucent-over) are byte sums done as one big-int sum and rotations done by
    translate: each entry must equal the per-channel source-over it stands for."""
    rng = random.Random(41)

    def div255(v: int) -> int:
        return (v + 255) >> 8

    for inv in range(256):
        assert over._over_table(inv) == bytes(div255(d * inv) for d in range(256))
    for _ in range(60):
        a = rng.choice((255, rng.randrange(1, 256)))
        color = blend.premultiply(rng.randrange(256), rng.randrange(256), rng.randrange(256), a)
        dst = bytes(blend.premultiply(rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        tables = blend._uniform_tables(color, dst)
        covered = blend._covered_tables(color)
        for c in range(256):
            sa = div255(a * c)
            for ch in range(4):
                assert tables[ch][c] == div255(color[ch] * c) + div255(dst[ch] * (255 - sa))
        for d in range(256):
            for ch in range(4):
                assert covered[ch][d] == div255(color[ch] * 255) + div255(d * (255 - div255(a * 255)))


def test_opaque_strokes_short_and_long_match_per_pixel_source_over() -> None:
    """An opaque colour over a varying destination blends a nonzero run of up to blend._CROSSING_MAX
    pixels pixel by pixel (its covered pixels stored as the colour), a longer one by covered stretches
    and edge pixels: runs of every length around the limit, with edges, insides and gaps."""
    rng = random.Random(41)
    w = 200
    row = b"".join(bytes((x % 251, 255 - x % 233, x * 7 % 256, 255)) for x in range(w))
    rows: list[bytes | None] = []
    for length in range(1, 80):
        run = bytes(rng.choice((255, 255, 255, rng.randrange(1, 255))) for _ in range(length))
        at = rng.randrange(w - length)
        rows.append(bytes(at) + run + bytes(w - at - length))
    mask = Mask(0, 0, w, len(rows), rows)
    for color in ((250, 250, 250, 255), (12, 200, 90, 255)):
        expected = bytearray(row * len(rows))
        reference_fill(expected, w * 4, mask, color)
        data = bytearray(row * len(rows))
        blend.fill_solid(data, w * 4, mask, color)
        assert data == expected


def test_over_pixels_rows_of_one_kind_match_the_run_by_run_paths() -> None:
    """Rows decided whole (an opaque row copied; one translucent colour over a destination not all
    clear through the per-channel tables) against the per-pixel source-over, with the rows that must
    not take them: a clear destination (``on_clear`` written), colour above alpha (saturating), one
    pixel different, a partly clear destination."""
    rng = random.Random(43)
    n = 30
    for case in range(40):
        alpha = rng.randrange(1, 255)
        pixel = bytes((rng.randrange(alpha + 1), rng.randrange(alpha + 1), rng.randrange(alpha + 1), alpha))
        kind = case % 5
        src = bytearray(pixel * n)
        if kind == 0:
            src = bytearray(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                                     for _ in range(n)))
        elif kind == 1:
            src[4 * rng.randrange(n) + rng.randrange(3)] ^= 1
        elif kind == 2 and alpha < 250:
            src = bytearray(bytes((alpha + 3, 0, 0, alpha)) * n)
        dst = bytearray(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                                 for _ in range(n)))
        if kind == 3:
            dst = bytearray(4 * n)
        elif kind == 4:
            dst[: 4 * (n // 3)] = bytes(4 * (n // 3))
        on_clear = bytes(rng.randrange(256) for _ in range(4 * n)) if kind == 3 else None
        expected = bytearray(dst)
        for i in range(0, 4 * n, 4):
            sa = src[i + 3]
            if sa and kind == 3:
                assert on_clear is not None
                expected[i : i + 4] = on_clear[i : i + 4]
            elif sa:
                for c in range(4):
                    value = src[i + c] + ((dst[i + c] * (255 - sa) + 255) >> 8)
                    expected[i + c] = min(255, value)
        over.over_pixels(dst, 0, src, on_clear)
        assert dst == expected, case
def test_glyph_rows_from_the_row_memo_match_per_pixel_source_over(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same coverage rows filled again (a repeated glyph, a warm render) come from blend._ROWS:
    # the bytes must be those of the per-pixel source-over, over each uniform destination and colour,
    # and a memo over its budget starts again (the bound), still giving the same bytes.
    rows = caches.Budgeted[tuple[object, bytes], dict[bytes, bytearray]](caches.Limit("test.rows", 3000))
    monkeypatch.setattr(blend, "_ROWS", rows)
    rng = random.Random(11)
    masks = [_random_mask(rng, 30, 20) for _ in range(4)]
    backgrounds = (bytes((255, 255, 255, 255)), bytes((10, 20, 30, 255)), bytes((0, 0, 0, 0)))
    colours = ((37, 99, 235, 255), (40, 40, 40, 128))
    cleared = 0
    for trial in range(40):
        mask, dst, color = masks[trial % 4], backgrounds[trial % 3], colours[trial % 2]
        data = bytearray(dst * (36 * 26))
        expected = bytearray(data)
        reference_fill(expected, 36 * 4, mask, color)
        before = rows.spent
        blend.fill_solid(data, 36 * 4, mask, color)
        cleared += rows.spent < before
        assert data == expected, trial
        assert rows.spent <= rows.limit.value + 4 * 30 * 20
    assert cleared  # the budget was met and the memo started again
    assert blend._ROWS  # and rows are kept


def test_repeated_coverage_rows_over_a_uniform_destination_match_per_pixel_source_over() -> None:
    """Rows over a uniform destination are translated once per distinct coverage row (a dashed
    border's long sides repeat a few rows, blend._translate_rows): rows wider than the row memo's
    limit, drawn from a few kinds in any order, over two plain colours."""
    rng = random.Random(37)
    w, h = 300, 16
    for trial in range(12):
        kinds = [bytes(rng.choice((0, 0, 255, rng.randrange(256))) for _ in range(w)) for _ in range(3)]
        mask = Mask(0, 0, w, h, [rng.choice(kinds) if rng.random() < 0.8 else bytes(kinds[0]) for _ in range(h)])
        color = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 255) if trial % 2 else (40, 30, 20, 128)
        data = bytearray(b"".join(bytes((10, 20, 30, 255) if y % 3 else (200, 100, 0, 255)) * w for y in range(h)))
        expected = bytearray(data)
        reference_fill(expected, w * 4, mask, color)
        blend.fill_solid(data, w * 4, mask, color)
        assert data == expected, trial

def _per_pixel_over(dst: bytes | bytearray, src: bytes | bytearray) -> bytearray:
    """``s + div255(d * (255 - sa))`` per channel (saturating), pixel by pixel."""
    out = bytearray(dst)
    for i in range(0, len(src), 4):
        sa = src[i + 3]
        for c in range(4):
            out[i + c] = min(255, src[i + c] + ((dst[i + c] * (255 - sa) + 255) >> 8))
    return out


def test_wide_one_colour_rows_kept_by_place_are_used_only_over_the_same_destination(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A scrim row (one translucent colour, 300 px) is kept by where it was drawn with the destination it
    met (over._KEPT_ROWS): drawn again over the same pixels it is copied from there, over other pixels
    at the same place (another card's picture, one pixel changed) computed again; every result is the
    per-pixel source-over. The budget drops all kept rows when full."""
    kept = caches.Budgeted[tuple[int, int, bytes], tuple[bytes, bytearray]](
        caches.Limit("test.kept", 4 * 4 * 300))  # two rows' pairs
    monkeypatch.setattr(over, "_KEPT_ROWS", kept)
    rng = random.Random(5)
    n = 300
    photo = bytes(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                           for _ in range(n)))
    scrim = bytes((2, 5, 20, 200)) * n
    for dst in (photo, photo, bytes(photo[:40]) + bytes((9, 9, 9, 255)) + photo[44:], photo):
        for o in (0, 4 * n, 0):
            data = bytearray(8 * n)
            data[o : o + 4 * n] = dst
            over.over_pixels(data, o, scrim)
            assert data[o : o + 4 * n] == _per_pixel_over(dst, scrim)
            assert not any(data[: o]) and not any(data[o + 4 * n :])
    assert kept and kept.spent <= kept.limit.value


def test_clear_rows_and_rows_known_opaque_take_the_short_paths() -> None:
    """A clear source row leaves the destination as it is (clear or not, with ``on_clear`` given too); a
    row marked opaque (sampling.OpaqueRow: a kept image row, an opaque gradient's or tile's) is copied,
    as the alpha test would copy it; over_shaded copies such rows at full coverage and scales them
    under partial coverage like any other row."""
    from pureog.raster.sampling import OpaqueRow

    rng = random.Random(9)
    n = 50
    dst = bytes(rng.randrange(256) for _ in range(4 * n))
    data = bytearray(dst)
    over.over_pixels(data, 0, bytes(4 * n), on_clear=bytes(range(200)))
    assert data == dst
    opaque = OpaqueRow(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                                for _ in range(n)))
    over.over_pixels(data, 0, opaque)
    assert data == opaque
    mask = Mask(0, 0, n, 3, [b"\xff" * n, None, bytes(rng.randrange(256) for _ in range(n))])
    canvas = bytearray(dst * 3)
    over.over_shaded(canvas, 4 * n, mask, lambda x0, y, w: opaque)
    assert canvas[: 4 * n] == opaque and canvas[4 * n : 8 * n] == dst
    assert canvas[8 * n :] == _per_pixel_over(dst, blend.scale_pixels(bytes(opaque), mask.rows[2] or b""))


def test_opaque_rows_through_coverage_with_edges_match_scaling_and_compositing() -> None:
    """over_shaded with an opaque row (sampling.OpaqueRow: an image or a gradient) under coverage with
    edges (a rounded clip) copies the covered stretches and looks the edge pixels up
    (over._opaque_through): the pixels of scaling the row by the coverage and compositing it
    (scale_pixels + over_pixels), over destinations opaque, translucent, clear and mixed, twice (the
    second time from the lookup table)."""
    from pureog.raster.sampling import OpaqueRow

    rng = random.Random(41)
    n, h = 72, 24
    for case in range(12):
        rows = [OpaqueRow(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                                   for _ in range(n))) for _ in range(h)]
        coverage: list[bytes | None] = []
        for y in range(h):  # a disc's rows: clear, edges, inside; some empty, some full, some noise
            r = abs(y - h / 2) / (h / 2)
            inside = int(n / 2 * (1 - r * r) ** 0.5)
            row = bytearray(n)
            row[n // 2 - inside : n // 2 + inside] = b"\xff" * (2 * inside)
            for edge in (n // 2 - inside - 1, n // 2 + inside):
                if 0 <= edge < n:
                    row[edge] = rng.randrange(1, 255)
            if case % 3 == 2 and y % 5 == 0:
                row = bytearray(rng.choice((0, 255, rng.randrange(256))) for _ in range(n))
            coverage.append(None if y == 0 else bytes(row))
        mask = Mask(0, 0, n, h, coverage)
        if case % 4 == 0:  # opaque
            dst = b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                           for _ in range(n * h))
        elif case % 4 == 1:  # clear
            dst = bytes(4 * n * h)
        else:  # premultiplied, any alpha (translucent layers), some clear
            dst = b""
            for _ in range(n * h):
                a = rng.choice((0, 255, rng.randrange(256)))
                dst += bytes((rng.randrange(a + 1), rng.randrange(a + 1), rng.randrange(a + 1), a))
        expected = bytearray(dst)
        for y, cov in enumerate(coverage):
            if cov is not None:
                over.over_pixels(expected, 4 * n * y, blend.scale_pixels(bytes(rows[y]), cov))
        for _ in range(2):
            data = bytearray(dst)
            over.over_shaded(data, 4 * n, mask, lambda x0, y, w, rows=rows: rows[y])
            assert data == expected, case


def test_row_runs_kept_on_the_mask_fill_like_fresh_ones() -> None:
    """A mask's nonzero runs are kept on it (Mask.spans) when a row is filled over a varying
    destination: the same mask filled again, over another varying destination and in other colours
    (opaque and translucent), reads them and still gives the per-pixel source-over; kept runs equal the
    runs of the rows (long ones, over _CROSSING_MAX, with their full and partial parts)."""
    rng = random.Random(29)
    w, h = 120, 12
    rows: list[bytes | None] = []
    for y in range(h):
        if y % 5 == 4:
            rows.append(None)
            continue
        lo = rng.randrange(10)
        rows.append(bytes(lo) + bytes((40, 160)) + b"\xff" * (20 + 7 * y) + bytes((90, 3))
                    + bytes(w - lo - 24 - 7 * y))
    mask = Mask(2, 1, w, h, rows)
    for trial, color in enumerate(((250, 20, 90, 255), (12, 200, 40, 255), blend.premultiply(30, 60, 90, 140))):
        dst = bytearray(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                                 for _ in range((w + 4) * (h + 2))))
        expected = bytearray(dst)
        reference_fill(expected, (w + 4) * 4, mask, color)
        blend.fill_solid(dst, (w + 4) * 4, mask, color)
        assert dst == expected, trial
        assert mask.spans is not None
    for row, kept in zip(mask.rows, mask.spans, strict=True):
        assert kept == (None if row is None else blend._row_runs(row))
    assert any(parts for kept in mask.spans if kept for *_, parts in kept)  # (long runs, split)


def test_row_runs_found_once_a_render_fill_like_fresh_ones() -> None:
    """Inside one render (raster/row_runs.py's table) a mask made for one fill, whose rows an earlier
    fill met, takes their runs from the render's table: the same run lists, the same pixels as fills
    with no table; the table ends with the render, and the next starts empty."""
    from pureog.raster.row_runs import RENDER_TABLE, render_table  # noqa: PLC0415

    rng = random.Random(31)
    w, h = 9, 40
    shape = [bytes(rng.choice((0, 0, 60, 200, 255)) for _ in range(w)) for _ in range(6)]
    rows: list[bytes | None] = [shape[rng.randrange(6)] for _ in range(h)]
    color = (37, 99, 235, 255)
    stride = (w + 2) * 4
    dst = b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                   for _ in range((w + 2) * (h + 1)))
    expected = bytearray(dst)
    for x in (0, 1):  # two fills with no table: each mask finds its own runs
        blend.fill_solid(expected, stride, Mask(x, 1, w, h, list(rows)), color)
    assert RENDER_TABLE.get() is None
    got = bytearray(dst)
    masks = [Mask(x, 1, w, h, list(rows)) for x in (0, 1)]
    with render_table():
        for mask in masks:
            blend.fill_solid(got, stride, mask, color)
        table = RENDER_TABLE.get()
        assert table is not None and set(table) <= set(shape)
    assert got == expected
    first, second = (mask.spans for mask in masks)
    assert first is not None and second is not None
    assert all(a is b for a, b in zip(first, second, strict=True) if a is not None)  # found, not made again
    assert all(kept == blend._row_runs(row) for row, kept in zip(rows, second, strict=True) if kept is not None)
    assert RENDER_TABLE.get() is None  # the render's table is gone with it


def _runs_by_definition(cov: bytes) -> list[tuple[int, int, bytes, tuple[tuple[int, int, bytes | None], ...] | None]]:
    """blend._row_runs written out pixel by pixel: each maximal nonzero run, split into maximal runs of
    0xff (None) and of partial values when it is long or holds _INSIDE."""
    runs = []
    x = 0
    while x < len(cov):
        if not cov[x]:
            x += 1
            continue
        start = x
        while x < len(cov) and cov[x]:
            x += 1
        run = bytes(cov[start:x])
        parts = None
        if x - start > blend._CROSSING_MAX or blend._INSIDE in run:
            found = []
            a = start
            while a < x:
                b = a + 1
                while b < x and (cov[b] == 255) == (cov[a] == 255):
                    b += 1
                found.append((a, b, None if cov[a] == 255 else bytes(cov[a:b])))
                a = b
            parts = tuple(found)
        runs.append((start, x, run, parts))
    return runs


def test_row_runs_are_the_maximal_runs_and_their_parts() -> None:
    """The runs a fill walks (one split at the zero stretches, all-0xff runs as one part) are the
    maximal nonzero runs and, for long ones or ones with an 8-pixel inside, their full and partial
    parts: rows of dashes (a dashed border's), of mixed edges, all zero, all full, bytes or bytearray."""
    rng = random.Random(41)
    rows = [b"", bytes(50), b"\xff" * 50, b"\x00\x00" + (b"\xff" * 8 + b"\x00" * 4) * 20 + b"\x80",
            b"\xff" * 9 + b"\x00" + b"\x10" * 40, b"\x01" * 33, b"\xff" * 33 + b"\x7f"]
    for _ in range(3000):
        pick = rng.random()
        values = (0, 255) if pick < 0.3 else (0, 0, 255, 255, 255, rng.randrange(1, 255))
        rows.append(bytes(rng.choice(values) for _ in range(rng.randrange(120))))
    for row in rows:
        expected = _runs_by_definition(row)
        assert blend._row_runs(row) == expected, row
        assert blend._row_runs(bytearray(row)) == expected, row  # type: ignore[arg-type]  (a bytearray row too)

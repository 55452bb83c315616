"""The axis-aligned image resampler: the fixed-point big-int path gives exactly the bytes of the float
definition (tiny-skia's bicubic / bilinear weights, summed in floats, rounded by ``int(v + 256.5)``)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import pytest

from pureog.display import FilterQuality, Image, ImagePaint
from pureog.geometry import Affine
from pureog.raster import image as image_module
from pureog.raster import over, sampling, shader_cache
from pureog.raster.image import _separable, _separable_reference, image_shader
from pureog.raster.sampling import taps

BICUBIC = FilterQuality.BICUBIC
BILINEAR = FilterQuality.BILINEAR


def _scalar(paint: ImagePaint, inv: Affine, x0: int, y: int, n: int) -> bytes:
    """One pixel at a time, the float arithmetic of the reference written out plainly."""
    img = paint.image
    out = bytearray()
    rows, wy = taps(inv.d * (y + 0.5) + inv.f, img.height, paint.quality, paint.repeat_y)
    for x in range(x0, x0 + n):
        cols, wx = taps(inv.a * (x + 0.5) + inv.e, img.width, paint.quality, paint.repeat_x)
        px = []
        for c in range(4):
            v = 0.0
            for r, ky in zip(rows, wy, strict=True):
                if ky == 0.0:
                    continue
                h = 0.0
                for j, kx in zip(cols, wx, strict=True):
                    h += img.data[(r * img.width + j) * 4 + c] * kx
                v += h * ky
            px.append(min(255, max(0, int(v + 256.5) - 256)))
        out += bytes(px)  # no clamp of colour to alpha: tiny-skia's clamp_a clamps to 1.0 only
    return bytes(out)


def _image(rng: random.Random, w: int, h: int, kind: str) -> Image:
    """Premultiplied test pixels. Ramps, edges and gradients make exact ties of the real-number sum at
    symmetric phases (scale 1/2, 3/4, 3/2), which only the float rounding decides."""
    data = bytearray()
    for y in range(h):
        for x in range(w):
            if kind == "noise":
                a = 255
                rgb = [rng.randrange(256) for _ in range(3)]
            elif kind == "alpha":
                a = rng.choice((0, 255, rng.randrange(256)))
                rgb = [rng.randint(0, a) for _ in range(3)]
            elif kind == "ramp":
                a = 255
                rgb = [(3 * x) % 256, (5 * y) % 256, (x + 2 * y) % 256]
            elif kind == "edges":
                a = 255 if (x // 5 + y // 7) % 3 else 128
                rgb = [a if (x // 4) % 2 else 0, (y // 3 * 37) % (a + 1), a // 2]
            else:  # "fade": a smooth photo-like gradient fading out vertically
                a = 255 * y // max(1, h - 1)
                rgb = [a * (40 + x) // (40 + w), a * (200 - x % 50) // 255, a // 3]
            data += bytes((*rgb, a))
    return Image(w, h, bytes(data))


SCALES = (0.5, 0.75, 2 / 3, 1.5, 2.0, 3.0, 1 / 3, 4.0, 18.75, 1.0 / 18.75, 0.9, 1.1)


def _compare(shader: Callable[[int, int, int], bytes], reference: Callable[[int, int, int], bytes],
             rows: list[int], x0: int, n: int, label: str) -> None:
    for y in rows:
        got, want = shader(x0, y, n), reference(x0, y, n)
        if got != want:
            diffs = [(i, got[i], want[i]) for i in range(len(want)) if got[i] != want[i]]
            raise AssertionError(f"{label}: row {y}: {len(diffs)} bytes differ, first {diffs[:4]}")


@pytest.mark.parametrize("seed", range(8))
def test_fast_path_matches_reference_bit_for_bit(seed: int) -> None:
    rng = random.Random(seed)
    for trial in range(40):
        kind = rng.choice(("noise", "alpha", "ramp", "edges", "fade"))
        w, h = rng.randint(1, 48), rng.randint(1, 48)
        img = _image(rng, w, h, kind)
        sx = rng.choice((*SCALES, rng.uniform(0.2, 6.0)))
        sy = rng.choice((sx, sx, rng.choice(SCALES), rng.uniform(0.2, 6.0)))
        if rng.random() < 0.1:
            sx = -sx
        if rng.random() < 0.1:
            sy = -sy
        e = rng.choice((0.0, 0.5, 0.25, rng.uniform(-20.0, 20.0)))
        f = rng.choice((0.0, 0.5, rng.uniform(-20.0, 20.0)))
        inv = Affine(sx, 0.0, 0.0, sy, e, f)
        paint = ImagePaint(img, repeat_x=rng.random() < 0.25, repeat_y=rng.random() < 0.25,
                           quality=rng.choice((BICUBIC, BILINEAR)))
        x0, n = rng.randint(-12, 12), rng.randint(0, 80)
        rows = list(range(rng.randint(-6, 0), rng.randint(1, 90)))
        label = f"seed {seed} trial {trial}: {kind} {w}x{h} {inv} {paint.quality} {paint.repeat_x, paint.repeat_y}"
        _compare(_separable(paint, inv), _separable_reference(paint, inv), rows, x0, n, label)


def test_reference_is_the_plain_float_arithmetic() -> None:
    rng = random.Random(99)
    for trial in range(30):
        kind = rng.choice(("noise", "alpha", "ramp", "edges"))
        img = _image(rng, rng.randint(1, 12), rng.randint(1, 12), kind)
        inv = Affine(rng.choice(SCALES), 0.0, 0.0, rng.choice(SCALES), rng.uniform(-4, 4), rng.uniform(-4, 4))
        paint = ImagePaint(img, repeat_x=rng.random() < 0.3, repeat_y=rng.random() < 0.3,
                           quality=rng.choice((BICUBIC, BILINEAR)))
        fast, ref = _separable(paint, inv), _separable_reference(paint, inv)
        for y in range(-2, 14):
            want = _scalar(paint, inv, -3, y, 20)
            assert ref(-3, y, 20) == want, (trial, y)
            assert fast(-3, y, 20) == want, (trial, y)


@pytest.mark.parametrize("quality", [BICUBIC, BILINEAR])
def test_many_blocks_any_row_order_and_spans(monkeypatch: pytest.MonkeyPatch, quality: FilterQuality) -> None:
    """Source rows are filtered in blocks, a few kept at a time: small blocks, rows asked for in random
    order and several spans of one shader must not change a byte."""
    monkeypatch.setattr(image_module, "_BLOCK", 5)
    rng = random.Random(7)
    for kind in ("noise", "alpha", "fade", "ramp"):
        img = _image(rng, 37, 61, kind)
        for sy in (0.75, 0.5, 2.5, 1.0 / 3.0):
            inv = Affine(0.8, 0.0, 0.0, sy, 1.5, -3.0)
            paint = ImagePaint(img, repeat_y=sy == 0.5, quality=quality)
            fast, ref = _separable(paint, inv), _separable_reference(paint, inv)
            rows = list(range(-4, int(61 / sy) + 6))
            rng.shuffle(rows)
            for y in rows:
                x0, n = rng.choice(((0, 46), (-5, 20), (10, 33)))
                assert fast(x0, y, n) == ref(x0, y, n), (kind, sy, y, x0, n)


def test_photo_sized_rows() -> None:
    """Wide rows (many lanes per big int) and a source of several blocks, as a real card draws them."""
    rng = random.Random(3)
    img = _image(rng, 160, 140, "fade")
    for scale, kind in ((0.75, "fade"), (0.5, "noise"), (7.5, "fade")):
        if kind == "noise":
            img = _image(rng, 160, 140, "noise")
        inv = Affine(1.0 / scale, 0.0, 0.0, 1.0 / scale, 0.0, 11.0)
        paint = ImagePaint(img)
        rows = list(range(0, min(80, int(140 * scale))))
        _compare(_separable(paint, inv), _separable_reference(paint, inv), rows, 0, min(600, int(160 * scale)), kind)


def test_ties_go_to_the_float_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ramps at symmetric phases are full of exact ties: lanes recomputed one by one and whole rows
    handed to the float path both give its bytes."""
    handed: list[int] = []

    def counting(paint: ImagePaint, inv: Affine) -> Callable[[int, int, int], bytes]:
        inner = _separable_reference(paint, inv)

        def shader(x0: int, y: int, n: int) -> bytes:
            handed.append(y)
            return inner(x0, y, n)

        return shader

    monkeypatch.setattr(image_module, "_separable_reference", counting)
    img = _image(random.Random(1), 64, 64, "ramp")
    for scale in (0.5, 0.75, 1.5):
        inv = Affine(1.0 / scale, 0.0, 0.0, 1.0 / scale, 0.0, 0.0)
        paint = ImagePaint(img)
        rows = list(range(int(64 * scale)))
        _compare(_separable(paint, inv), _separable_reference(paint, inv), rows, 0, int(64 * scale), f"{scale}")
    # Every row at phase 1/2 vertically over a ramp: a run of rows goes to the float path whole.
    inv = Affine(2.0, 0.0, 0.0, 1.0, 0.0, 0.5)
    _compare(_separable(ImagePaint(img), inv), _separable_reference(ImagePaint(img), inv), list(range(64)), 0, 32,
             "phase 1/2")
    assert handed, "no row went to the float path"


def test_dyadic_bilinear_is_exact_without_checks() -> None:
    """Bilinear at scale 2 (weights 1/4, 3/4) has exact .5 ties everywhere; both sides are exact."""
    img = _image(random.Random(5), 30, 20, "ramp")
    inv = Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0)
    paint = ImagePaint(img, quality=BILINEAR)
    _compare(_separable(paint, inv), _separable_reference(paint, inv), list(range(-3, 45)), -4, 68, "dyadic")


def test_image_shader_uses_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    img = _image(random.Random(2), 24, 18, "alpha")
    inv = Affine(0.4, 0.0, 0.0, 0.4, 0.0, 0.0)
    paint = ImagePaint(img)
    built: list[Affine] = []
    fast = image_module._separable
    monkeypatch.setattr(image_module, "_separable", lambda p, i: built.append(i) or fast(p, i))
    shader_cache.clear()
    shader, ref = image_shader(paint, inv), _separable_reference(paint, inv)
    for y in range(50):
        assert shader(0, y, 60) == ref(0, y, 60)
    assert shader(5, 3, 0) == b""
    assert built == [inv]  # built once, on the first row


def test_translucent_edge_keeps_colour_above_alpha() -> None:
    """A translucent pixel next to an opaque one, scaled up: past the last pixel centre the far tap's
    negative weight lowers alpha (the opaque pixel's 255) more than colour, and tiny-skia's clamp_a
    clamps to 1.0 only, so colour stays above alpha (Next.js: 165 for red over #8ac, 156 if clamped)."""
    img = Image(2, 1, bytes((0, 0, 127, 255, 50, 0, 18, 50)))
    paint = ImagePaint(img, quality=BICUBIC)
    inv = Affine(2 / 352, 0.0, 0.0, 1.0, 0.0, 0.0)
    row = image_shader(paint, inv)(300, 0, 40)
    r, a = row[4 * 39], row[4 * 39 + 3]
    assert (r, a) == (52, 43)
    data = bytearray((136, 170, 204, 255))
    over.over_pixels(data, 0, row[4 * 39 : 4 * 40])
    assert data[0] == 52 + ((136 * (255 - 43) + 255) >> 8) == 165


def test_over_saturates_colour_above_alpha() -> None:
    for chunk in (bytes((200, 10, 250, 100)) * 3, bytes((200, 10, 250, 100, 30, 30, 30, 60))):
        data = bytearray(b"\xff\xff\xff\xff" * (len(chunk) // 4))
        over.over_pixels(data, 0, chunk)
        # red saturates (200 + 155 > 255) without carrying into green (10 + 155)
        assert (data[0], data[1], data[2]) == (255, 165, 255)


def test_error_bound_constants() -> None:
    """The window checked for near-ties covers the fixed-point error bound stated in the module."""
    m = image_module
    worst_h = 4 * 255 * 0.5 / (1 << m._FX)  # four horizontal weights, each rounded by half a unit
    worst = 1.14 * worst_h + 4 * 273 * 0.5 / (1 << m._FY) + 2.0**-38
    assert worst < 2.0**-13
    assert m._S % 8 == 0 and m._INT == m._S // 8
    assert (422 << m._S) < 1 << (8 * m._LV)  # the largest integer part fits its lane
    assert (305 << m._FX) < 1 << (8 * m._LH)  # so does the largest offset horizontal sum
    assert math.isclose(sum(abs(v) for v in (_far(0.5), _near(0.5), _near(0.5), _far(0.5))), 1 + 10 / 72,
                        rel_tol=1e-12)


def _near(t: float) -> float:
    return sampling.near(t)


def _far(t: float) -> float:
    return sampling.far(t)


class _CountedBytearray(bytearray):
    """bytearray that adds its size to ``made`` (the resampler's working buffers: a measure of the
    source pixels it reads and filters)."""

    made = 0

    def __init__(self, size: int = 0) -> None:
        super().__init__(size)
        _CountedBytearray.made += size


def test_a_downscale_filters_only_the_source_pixels_its_taps_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """No mipmaps: a downscaled pixel reads its 4x4 (2x2) taps. Source rows were filtered 128 at a time
    over every column between the first and last used, so a 20 px image of a 2,000 px source filtered
    most of its 4 Mpx (200 such images in one card: 7 s CPU); the work now follows the output."""
    monkeypatch.setattr(image_module, "bytearray", _CountedBytearray, raising=False)
    rng = random.Random(5)
    img = _image(rng, 2000, 300, "edges")
    for quality in (BICUBIC, BILINEAR):
        _CountedBytearray.made = 0
        inv = Affine(2000 / 20, 0.0, 0.0, 300 / 6, 0.3, 0.7)  # a 20 x 6 px image of it
        fast = _separable(ImagePaint(img, quality=quality), inv)
        for y in range(6):
            fast(0, y, 20)
        assert _CountedBytearray.made < 2_000 * 20 * 6, _CountedBytearray.made  # was ~11 MB
    # The same bytes as the float definition, at downscales past the sparse threshold, both axes.
    monkeypatch.undo()
    small = _image(rng, 400, 260, "noise")
    for sx, sy, quality in ((37.5, 21.0, BICUBIC), (9.0, 40.0, BILINEAR), (0.7, 33.0, BICUBIC), (50.0, 0.8, BICUBIC)):
        paint = ImagePaint(small, repeat_x=sx == 9.0, quality=quality)
        inv = Affine(sx, 0.0, 0.0, sy, -3.25, 5.5)
        rows = list(range(-2, int(260 / sy) + 3))
        rng.shuffle(rows)
        _compare(_separable(paint, inv), _separable_reference(paint, inv), rows, -1, int(400 / sx) + 3, f"{sx} {sy}")

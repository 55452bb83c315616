"""resvg's IIR Gaussian (filter/iir_blur.rs, standard deviations below 2 px) of 8-bit planes, exactly.

Role: one 8-bit plane (:func:`iir_blur_plane`), or two at once (:func:`iir_blur_pair`: two channels of a
layer), of ``width x height`` bytes -> the same planes blurred as resvg blurs a filter region's pixels
with its IIR Gaussian: Alvarez-Mazorra, four forward/backward first-order recursions per axis on
``value / 255`` in doubles, rows first, then a post-scale, then truncation to a byte, in resvg's order
of operations (so results match it to the last bit but for rounding ties). Split from
:mod:`pureog.raster.blur` (the box blurs of 2 px and more), which re-exports it.

Cost: about 16 multiply-adds per sample and axis, run as ``map`` over vectors that hold the same sample
of every line; identical lines are filtered once, and lines without paint are skipped. Two planes run
as the real and imaginary parts of complex samples: complex addition and a complex multiply by
``complex(nu, 0)`` are each part's own IEEE double operation (``nu * re - 0.0 * im`` is ``nu * re``), so
each part's bytes are those of its plane run alone, at ~1.3 times one plane's cost for the two.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from itertools import repeat
from typing import Any

_IIR_STEPS = 4
_ADD = operator.add
_TRUEDIV = operator.truediv
_REAL = operator.attrgetter("real")
_IMAG = operator.attrgetter("imag")
# Samples below this can only ever truncate to 0 (see _iir_lines).
_IIR_DEAD = 1e-9

IIR_SAMPLE_WORK = 3
"""Blur pixels (the blur budget's unit, ~0.25 us: a region pixel box-blurred, every channel) charged for
each sample of a line the IIR Gaussian filters (~0.75 us: four forward and backward recursions), on top of
the region's pixel: lines repeated in a plane, or without paint, are filtered once or not at all and cost
nothing (a box shadow's flat inside). Round sixteen: charged as box-blurred pixels, a chain of 79 IIR blurs
(stdDeviation 1) of a 360x240 region ran 13.3 s before the budget stopped it."""

IIR_PAIR_WORK = 4
"""What a sample of two planes filtered at once costs (:func:`iir_blur_pair`, a complex sample): measured
in one process against the single planes on a dense card's ``blur(1px)`` (eris paint generator seed 150,
load 15): 1.27 us a complex sample where a plane's sample took 0.96 us (charged 3): two channels for
~1.3 times one's work."""

Line = tuple[Any, ...]
"""A line's samples: floats (one plane) or complex numbers (two)."""


def _powi(a: float, n: int) -> float:
    """``a ** n`` by repeated squaring, the way Rust's ``powi`` (compiler-rt) rounds."""
    r = 1.0
    while True:
        if n & 1:
            r *= a
        n >>= 1
        if n == 0:
            return r
        a *= a


def _iir_coefficients(sigma: float) -> tuple[float, float]:
    """(lambda, nu) of Alvarez-Mazorra's heat-equation step for ``sigma`` (resvg's gen_coefficients)."""
    lam = (sigma * sigma) / (2.0 * _IIR_STEPS)
    dnu = (1.0 + 2.0 * lam - math.sqrt(1.0 + 4.0 * lam)) / (2.0 * lam)
    return lam, dnu


def _iir_pass(vectors: list[list[Any]], dnu: float | complex) -> None:
    """In place: ``_IIR_STEPS`` times a causal then an anti-causal first-order recursion *across* the
    vectors (vector i += nu * vector i-1, then backwards), i.e. along the lines whose samples the
    vectors hold side by side. Starting from the first/last sample as is means zero padding, exactly
    as resvg's loops (which also truncate what each pass pushes past the ends)."""
    n = len(vectors)
    mul = dnu.__mul__
    for _ in range(_IIR_STEPS):
        prev = vectors[0]
        for i in range(1, n):
            prev = vectors[i] = list(map(_ADD, vectors[i], map(mul, prev)))
        prev = vectors[n - 1]
        for i in range(n - 2, -1, -1):
            prev = vectors[i] = list(map(_ADD, vectors[i], map(mul, prev)))


def _alive(line: Line, paired: bool) -> Line | None:
    """``line`` as it is filtered: None when every sample stays below :data:`_IIR_DEAD` (whatever the
    filter makes of it truncates to 0: the kernel is normalized, so it needs no work; that includes the
    long float tails, nu**k never reaching zero, that a first pass leaves far from any paint). Of a
    paired line each part is judged alone, as its plane alone would be: a dead part is zeroed (its
    plane alone would have been skipped, its result zeros, and zeros filter to zeros exactly)."""
    if not paired:
        return line if max(line) > _IIR_DEAD else None
    real = max(map(_REAL, line)) > _IIR_DEAD
    imag = max(map(_IMAG, line)) > _IIR_DEAD
    if real and imag:
        return line
    if real:
        return tuple(map(complex, map(_REAL, line)))
    if imag:
        return tuple(map(complex, repeat(0.0), map(_IMAG, line)))
    return None


def _iir_lines(lines: list[Line], dnu: float, spend: Callable[[int], object] | None = None,
               paired: bool = False) -> list[Line | None]:
    """Filter each line (all of one length) along its length; identical lines are filtered once, dead
    ones (:func:`_alive`) come back as None. ``paired``: complex samples, two planes at once."""
    index: dict[Line, int] = {}
    unique: list[Line | None] = []
    slots: list[int] = []
    for line in lines:
        k = index.get(line)
        if k is None:
            k = index[line] = len(unique)
            unique.append(_alive(line, paired))
        slots.append(k)
    live = [k for k, line in enumerate(unique) if line is not None]
    if live and len(lines[0]) > 1:
        if spend is not None:
            spend(len(live) * len(lines[0]) * (IIR_PAIR_WORK if paired else IIR_SAMPLE_WORK))
        # Vector i holds sample i of every live unique line: the recursion runs at C speed per step.
        vectors = [list(v) for v in zip(*(unique[k] for k in live), strict=True)]
        _iir_pass(vectors, complex(dnu, 0.0) if paired else dnu)
        for k, line in zip(live, zip(*vectors, strict=True), strict=True):
            unique[k] = line
    return [unique[k] for k in slots]


def iir_blur_plane(plane: bytes | bytearray, width: int, height: int, sigma_x: float, sigma_y: float,
                   spend: Callable[[int], object] | None = None) -> bytearray:
    """resvg's IIR Gaussian of an 8-bit plane (see the module docstring). Its kernel is notably more
    peaked than a sampled Gaussian of the same deviation, and its zero padding loses a little energy at
    the region's edges; both show against the reference. A deviation <= 0 leaves that axis alone.
    ``spend`` (the blur budget) is charged ``IIR_SAMPLE_WORK`` a sample filtered, before each pass."""
    return _iir_blur([plane], width, height, sigma_x, sigma_y, spend)[0]


def iir_blur_pair(plane_a: bytes | bytearray, plane_b: bytes | bytearray, width: int, height: int,
                  sigma_x: float, sigma_y: float,
                  spend: Callable[[int], object] | None = None) -> tuple[bytearray, bytearray]:
    """:func:`iir_blur_plane` of two planes at once, as the two parts of complex samples: the same bytes
    as two calls, one pass over lines of pairs; charged :data:`IIR_PAIR_WORK` a complex sample."""
    a, b = _iir_blur([plane_a, plane_b], width, height, sigma_x, sigma_y, spend)
    return a, b


def _iir_blur(planes: list[bytes | bytearray], width: int, height: int, sigma_x: float, sigma_y: float,
              spend: Callable[[int], object] | None) -> list[bytearray]:
    if width <= 0 or height <= 0:
        return [bytearray() for _ in planes]
    if sigma_x <= 0 and sigma_y <= 0:
        return [bytearray(p) for p in planes]
    paired = len(planes) == 2
    zero_row: Line = ((0j,) if paired else (0.0,)) * width
    row_samples: dict[tuple[bytes, ...], Line] = {}
    rows: list[Line] = []
    for y in range(height):
        raws = tuple(bytes(p[y * width : (y + 1) * width]) for p in planes)
        samples: Line | None = row_samples.get(raws)
        if samples is None:
            parts = [tuple(map(_TRUEDIV, raw, repeat(255.0))) if raw.strip(b"\x00") else None for raw in raws]
            if all(part is None for part in parts):
                samples = zero_row
            elif not paired:
                samples = parts[0]
            else:
                samples = tuple(map(complex, parts[0] or repeat(0.0), parts[1] or repeat(0.0)))
            row_samples[raws] = samples or zero_row
        rows.append(samples or zero_row)
    lam_x, dnu_x = _iir_coefficients(sigma_x) if sigma_x > 0 else (1.0, 1.0)
    lam_y, dnu_y = _iir_coefficients(sigma_y) if sigma_y > 0 else (1.0, 1.0)
    if sigma_x > 0:
        rows = [zero_row if r is None else r for r in _iir_lines(rows, dnu_x, spend, paired)]
    cols: list[Line | None] = list(zip(*rows, strict=True))
    if sigma_y > 0:
        cols = _iir_lines(cols, dnu_y, spend, paired)  # type: ignore[arg-type]
    post = _powi(math.sqrt(dnu_x * dnu_y) / math.sqrt(lam_x * lam_y), 2 * _IIR_STEPS)
    post_mul = post.__mul__
    byte_mul = (255.0).__mul__
    outs = [bytearray(width * height) for _ in planes]
    parts_of = (_REAL, _IMAG) if paired else (None,)
    done: dict[int, list[bytes]] = {}
    for x, col in enumerate(cols):
        if col is None:
            continue
        columns = done.get(id(col))
        if columns is None:
            columns = done[id(col)] = [
                bytes(map(min, repeat(255), map(int, map(byte_mul, map(post_mul, map(part, col) if part else col)))))
                for part in parts_of]
        for out, column in zip(outs, columns, strict=True):
            out[x::width] = column
    return outs

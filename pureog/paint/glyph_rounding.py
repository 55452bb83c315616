"""A glyph outline's coordinates rounded to tenths of a pixel at its place, as Satori's SVG writes them.

Role: for :func:`pureog.paint.text.svg_rounded_glyph`. Satori writes every glyph's absolute coordinates
into its ``<path>`` with ``toFixed(1)``; resvg reads them back as the nearest doubles and turns each
quadratic into a cubic. :func:`rounded_segments` gives those segments translated by the integer
``(ix, iy)``. A glyph at a new place (a template's next title: every glyph moves) is rounded again, so
this runs for every glyph a new text draws (~2 ms of a Latin title, ~28 ms of the Korean paragraph
card's 155 Hangul glyphs when done a coordinate at a time through :func:`js_tenths`, bench/README.md,
fifty-sixth pass).

An outline of :data:`_BULK_SEGMENTS` segments or more (a Hangul syllable) is therefore rounded axis by
axis in bulk (list comprehensions over the path's x and y
numbers, kept per path by :func:`_flat`), and only the ones near a tie go through :func:`js_tenths`,
which decides them on the exact binary value: the numbers are those :func:`js_tenths` gives each
coordinate, bit for bit (the same float expressions; tests/paint/test_glyph_rounding.py compares the
two on ties and random places). Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from pureog import caches
from pureog.path import Path, Segment

_BULK_SEGMENTS = 40
"""Segments an outline needs to be rounded in bulk: a Latin glyph's ~20 (~30 points) cost about the same
either way, measured (a bulk rounding's gathers and zips cost ~20 calls a glyph); a Hangul syllable's
~50 (~90 points) ~25 % less in bulk (bench/README.md, fifty-sixth pass)."""

_TIE_BAND = 1e-6
""":func:`js_tenths` decides a value exactly when its tenths are within this (relative) of a tie."""


def js_tenths(v: float) -> int:
    """``10 * +v.toFixed(1)`` as an integer: JavaScript rounds the exact binary value of ``v`` to the
    nearest tenth, a tie going to the larger magnitude (``toFixed`` rounds ``|v|`` and adds the sign)."""
    t = v * 10.0
    n = math.floor(t + 0.5)
    if abs(t - (n - 0.5)) > _TIE_BAND * (1.0 + abs(t)):
        return n  # far from a tie: the float product cannot have crossed it
    # near a tie: decide on the exact value v = p / q (q a power of two), in integers (as
    # Fraction(v) * 10 would, without importing fractions): floor(10 p / q + 1/2) = (20 p + q) // 2q
    p, q = v.as_integer_ratio()
    return (20 * p + q) // (2 * q) if v >= 0 else -((-20 * p + q) // (2 * q))


Gather = Callable[[Sequence[float]], tuple[float, ...]]


def _gather(indices: list[int]) -> Gather:
    """A C-level gather of ``indices`` from a sequence, always as a tuple (``itemgetter`` of one index
    gives the item itself)."""
    if len(indices) >= 2:
        return itemgetter(*indices)
    return lambda seq: tuple(seq[i] for i in indices)


class _Flat(NamedTuple):
    """A glyph outline of moves, lines, quadratics, cubics and closes, laid out for rounding in bulk: its
    x and y numbers, and how its segments are made from them (each ``M``/``L`` from one point; each
    ``Q``, a cubic from the point before it, its control point and its end; each ``C`` from its three;
    ``order``: the segments in the path's order out of the moves and lines, then the quadratics' cubics,
    then the cubics, then the closes)."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    lines: tuple[str, ...]  # "M" or "L", a move or line each
    line_points: Gather
    before: Gather  # each quadratic's start: the point before it (a close's: its subpath's move)
    control: Gather
    end: Gather
    cubic: tuple[Gather, Gather, Gather]  # each cubic's three points
    closes: tuple[Segment, ...]
    order: Callable[[list[Segment]], tuple[Segment, ...]]


# Glyph outlines laid out (_Flat) by path: a card's fonts' glyphs at its sizes (the same Path object
# for every occurrence of a glyph at a size), a few hundred of ~70 floats; cleared when full.
_FLAT_LIMIT = caches.limit("paint.glyph_rounding", 4096)  # paths
_flat_paths: dict[Path, _Flat | None] = {}


def _flat(path: Path) -> _Flat | None:
    """``path`` laid out for :func:`rounded_segments`, or None where it is not moves, lines, quadratics
    cubics and closes beginning with a move (rounded a coordinate at a time then)."""
    found = _flat_paths.get(path, False)
    if found is not False:
        return found  # type: ignore[return-value]
    flat = _laid_out(path)
    if len(_flat_paths) >= _FLAT_LIMIT.value:
        _flat_paths.clear()
    _flat_paths[path] = flat
    return flat


def _laid_out(path: Path) -> _Flat | None:
    if len(path.segments) < _BULK_SEGMENTS:
        return None
    xs: list[float] = []
    ys: list[float] = []
    lines: list[str] = []
    line_points: list[int] = []
    before: list[int] = []
    control: list[int] = []
    end: list[int] = []
    cubics: list[int] = []  # each cubic's first point
    closes: list[Segment] = []
    kinds: list[tuple[int, int]] = []  # (0 a move or line, 1 a quadratic, 2 a cubic, 3 a close; its place)
    current = start = -1
    for seg in path.segments:
        verb = seg[0]
        if verb == "Z" and len(seg) == 1 and start >= 0:
            kinds.append((3, len(closes)))
            closes.append(seg)
            current = start
            continue
        if verb in ("M", "L") and len(seg) == 3 and (verb == "M" or start >= 0):
            kinds.append((0, len(lines)))
            lines.append(verb)
            line_points.append(len(xs))
            current = len(xs)
            if verb == "M":
                start = current
        elif verb == "Q" and len(seg) == 5 and start >= 0:
            kinds.append((1, len(control)))
            before.append(current)
            control.append(len(xs))
            end.append(len(xs) + 1)
            current = len(xs) + 1
        elif verb == "C" and len(seg) == 7 and start >= 0:
            kinds.append((2, len(cubics)))
            cubics.append(len(xs))
            current = len(xs) + 2
        else:
            return None
        xs += seg[1::2]  # type: ignore[arg-type]
        ys += seg[2::2]  # type: ignore[arg-type]
    offsets = (0, len(lines), len(lines) + len(control), len(lines) + len(control) + len(cubics))
    order = [offsets[kind] + at for kind, at in kinds]
    return _Flat(tuple(xs), tuple(ys), tuple(lines), _gather(line_points), _gather(before), _gather(control),
                 _gather(end), tuple(_gather([i + k for i in cubics]) for k in range(3)),  # type: ignore[arg-type]
                 tuple(closes), _gather(order))  # type: ignore[arg-type]


caches.register("paint.glyph_rounding", _flat_paths)


def _tenths(numbers: tuple[float, ...], first: float, shift: float) -> list[int]:
    """:func:`js_tenths` of ``(first + c) + shift`` for each ``c`` of ``numbers``, bit for bit."""
    # js_tenths' t + 0.5 (a zero shift, a glyph's first occurrence, only turns a sum of -0.0 into 0.0,
    # whose tenths are 0 either way: left out)
    if shift == 0.0:
        halves = [(first + c) * 10.0 + 0.5 for c in numbers]
    else:
        halves = [((first + c) + shift) * 10.0 + 0.5 for c in numbers]
    ns = list(map(math.floor, halves))
    if halves:
        # js_tenths decides v exactly where |t - (n - 0.5)| <= band * (1 + |t|). That distance is
        # (t + 0.5) - n, which is (t + 0.5) % 1 (floats: both exact but for an ulp of t), so a number
        # whose remainder is over twice the largest band plus a margin for that ulp is one js_tenths
        # answers with floor(t + 0.5), as here. (All floats: an int operand costs a conversion a number.)
        band = 2 * _TIE_BAND * (1.5 + max(max(halves), -min(halves))) + 1e-9
        if min(map(float.__mod__, halves, repeat(1.0))) <= band:
            for i, h in enumerate(halves):
                if h % 1.0 <= band:
                    ns[i] = js_tenths((first + numbers[i]) + shift)
    return ns


def rounded_segments(path: Path, x: float, y: float, fx: float, fy: float, ix: int, iy: int) -> tuple[Segment, ...]:
    """``path``'s segments at ``(x, y)`` (written by Satori from ``(fx, fy)``, its first occurrence in
    the run: ``(fx + c) + (x - fx)``), each coordinate rounded to a tenth as :func:`js_tenths` does and
    read back as the nearest double, quadratics made cubics as usvg makes them, then translated by
    ``(-ix, -iy)``."""
    flat = _flat(path)
    if flat is None:
        return _rounded_one_by_one(path, fx, fy, x - fx, y - fy, ix, iy)
    # the absolute numbers resvg reads (n / 10), and those translated by (-ix, -iy)
    ax = [n / 10 for n in _tenths(flat.xs, fx, x - fx)]
    ay = [n / 10 for n in _tenths(flat.ys, fy, y - fy)]
    # (float operands: the int ones of _rounded_one_by_one are converted exactly, the same doubles)
    ix, iy = float(ix), float(iy)  # type: ignore[assignment]
    rx = [v - ix for v in ax]
    ry = [v - iy for v in ay]
    # usvg turns every quadratic into a cubic ((p0 + 2 q) / 3, (p + 2 q) / 3), in doubles
    qx, qy = flat.control(ax), flat.control(ay)
    end = flat.end
    quadratics = zip(repeat("C"), [(p + q * 2.0) / 3.0 - ix for p, q in zip(flat.before(ax), qx, strict=True)],
                     [(p + q * 2.0) / 3.0 - iy for p, q in zip(flat.before(ay), qy, strict=True)],
                     [(e + q * 2.0) / 3.0 - ix for e, q in zip(end(ax), qx, strict=True)],
                     [(e + q * 2.0) / 3.0 - iy for e, q in zip(end(ay), qy, strict=True)], end(rx), end(ry))
    c1, c2, c3 = flat.cubic
    return flat.order([*zip(flat.lines, flat.line_points(rx), flat.line_points(ry), strict=True), *quadratics,
                       *zip(repeat("C"), c1(rx), c1(ry), c2(rx), c2(ry), c3(rx), c3(ry)), *flat.closes])


def _rounded_one_by_one(path: Path, fx: float, fy: float, dx: float, dy: float, ix: int,
                        iy: int) -> tuple[Segment, ...]:
    """:func:`rounded_segments` a coordinate at a time (any verb; and the reference the bulk one is
    tested against)."""
    segments: list[Segment] = []
    # Absolute coordinates as resvg parses them from the SVG text (the nearest double to n / 10).
    px = py = sx = sy = 0.0
    for seg in path.segments:
        verb = seg[0]
        if verb == "Z":
            segments.append(seg)
            px, py = sx, sy
            continue
        coords = seg[1:]
        pts = [
            (js_tenths((fx + coords[i]) + dx) / 10, js_tenths((fy + coords[i + 1]) + dy) / 10)  # type: ignore[operator]
            for i in range(0, len(coords), 2)
        ]
        if verb == "Q":
            # usvg turns every quadratic into a cubic ((p0 + 2 q) / 3, (p + 2 q) / 3), in doubles.
            (qx, qy), (ex, ey) = pts
            pts = [((px + qx * 2) / 3, (py + qy * 2) / 3), ((ex + qx * 2) / 3, (ey + qy * 2) / 3), (ex, ey)]
            verb = "C"
        elif verb == "M":
            sx, sy = pts[0]
        px, py = pts[-1]
        local: list[object] = [verb]
        for ax, ay in pts:
            local += (ax - ix, ay - iy)
        segments.append(tuple(local))
    return tuple(segments)


__all__ = ["js_tenths", "rounded_segments"]

"""Image comparison for the conformance suite: how close is a pureog PNG to the reference PNG?

Role: ``score(reference, candidate) -> Score`` (PSNR, share of visibly different pixels, largest
channel difference, pass/fail) and ``write_heatmap(reference, candidate, out)``. Input: two PNGs (paths,
bytes or decoded :class:`RgbaImage`). Imports only the standard library and
:mod:`conformance.pngread`; must not import :mod:`pureog` (the judge must not share code with the
judged).

Metric definitions (documented in ``spec/conformance.md``):

* Pixels are compared **premultiplied**: each colour channel becomes ``round(c * a / 255)``, alpha stays.
  So two fully transparent pixels are equal whatever RGB they carry (encoders are free to store any
  colour under alpha 0), and a half-transparent difference weighs half. All four channels count.
* ``psnr``: ``10 * log10(255^2 / MSE)`` with the MSE over all ``4 * width * height`` channel values;
  ``inf`` for identical images.
* ``off_share``: share of pixels (0..1) whose largest channel difference exceeds ``8`` (of 255): the
  visible error, robust to anti-aliasing noise that PSNR averages away.
* ``max_diff``: the largest channel difference anywhere (0..255).
* ``passed``: ``psnr >= 30 dB and off_share <= 1 %`` by default; sizes that differ fail outright.

Speed: equal rows are skipped with one ``bytes`` comparison each; a differing row is processed with
``map`` over builtins and ``bytes.translate`` (C loops), never a Python loop per pixel.
"""

from __future__ import annotations

import argparse
import json
import math
import operator
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from conformance.pngread import RgbaImage, read_rgba, write_rgba

DEFAULT_MIN_PSNR = 30.0
DEFAULT_MAX_OFF_SHARE = 0.01
OFF_THRESHOLD = 8
"""A pixel is "off" when some channel differs by more than this (out of 255)."""

# PREMUL[a * 256 + c] = round(c * a / 255): one 64 KiB table premultiplies a channel by indexing.
_PREMUL = bytes((c * a + 127) // 255 for a in range(256) for c in range(256))
_OFF = bytes(1 if v > OFF_THRESHOLD else 0 for v in range(256))
_TIMES_256 = tuple(a * 256 for a in range(256))

ImageSource = str | Path | bytes | RgbaImage


@dataclass(frozen=True, slots=True)
class Score:
    psnr: float
    """Peak signal-to-noise ratio in dB over all four premultiplied channels; ``inf`` if identical."""
    off_share: float
    """Share of pixels (0..1) with some channel differing by more than ``OFF_THRESHOLD``."""
    max_diff: int
    """Largest premultiplied channel difference (0..255)."""
    passed: bool
    width: int = 0
    height: int = 0
    reason: str = ""
    """Why the comparison failed outright (size mismatch); empty otherwise."""

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["psnr"] = None if math.isinf(self.psnr) else round(self.psnr, 3)
        data["off_share"] = round(self.off_share, 6)
        return data


def _as_image(source: ImageSource) -> RgbaImage:
    return source if isinstance(source, RgbaImage) else read_rgba(source)


def premultiply_row(row: bytes) -> bytes:
    """Premultiply one straight RGBA8 row (``round(c * a / 255)``; alpha unchanged)."""
    alpha = row[3::4]
    if alpha.count(255) * 4 == len(row):  # fully opaque: premultiplication is the identity
        return row
    if not alpha.strip(b"\x00"):  # fully transparent: every pixel is 0,0,0,0
        return bytes(len(row))
    base = list(map(_TIMES_256.__getitem__, alpha))
    out = bytearray(row)
    lookup = _PREMUL.__getitem__
    for channel in range(3):
        out[channel::4] = bytes(map(lookup, map(operator.add, base, row[channel::4])))
    return bytes(out)


def _row_stats(row_a: bytes, row_b: bytes) -> tuple[int, int, int, bytes]:
    """(sum of squared differences, off pixels, max difference, per-pixel max difference) of two
    different rows of equal length."""
    # Only the span between the first and last differing pixel needs work: XOR of the rows as
    # little-endian big ints locates both ends at C speed.
    xor = int.from_bytes(row_a, "little") ^ int.from_bytes(row_b, "little")
    start = ((xor & -xor).bit_length() - 1) // 32 * 4
    end = ((xor.bit_length() - 1) // 32 + 1) * 4
    diff = list(map(operator.sub, premultiply_row(row_a[start:end]), premultiply_row(row_b[start:end])))
    squares = sum(map(operator.mul, diff, diff))
    magnitude = bytes(map(abs, diff))
    per_pixel = bytes(map(max, magnitude[0::4], magnitude[1::4], magnitude[2::4], magnitude[3::4]))
    off = len(per_pixel) - per_pixel.translate(_OFF).count(0)
    worst = max(per_pixel)
    per_pixel = bytes(start // 4) + per_pixel + bytes((len(row_a) - end) // 4)
    return squares, off, worst, per_pixel


def score(
    reference: ImageSource,
    candidate: ImageSource,
    *,
    min_psnr: float = DEFAULT_MIN_PSNR,
    max_off_share: float = DEFAULT_MAX_OFF_SHARE,
) -> Score:
    """Compare ``candidate`` against ``reference``; see the module docstring for the metrics."""
    ref, cand = _as_image(reference), _as_image(candidate)
    if (ref.width, ref.height) != (cand.width, cand.height):
        return Score(
            psnr=0.0,
            off_share=1.0,
            max_diff=255,
            passed=False,
            width=cand.width,
            height=cand.height,
            reason=f"size mismatch: reference {ref.width}x{ref.height}, candidate {cand.width}x{cand.height}",
        )
    squares = off = worst = 0
    for row_a, row_b in zip(ref.rows, cand.rows, strict=True):
        if row_a == row_b:
            continue
        row_squares, row_off, row_max, _ = _row_stats(row_a, row_b)
        squares += row_squares
        off += row_off
        worst = max(worst, row_max)
    pixels = ref.width * ref.height
    if squares == 0:
        psnr = math.inf
    else:
        psnr = 10.0 * math.log10(255.0 * 255.0 * 4 * pixels / squares)
    off_share = off / pixels if pixels else 0.0
    return Score(
        psnr=psnr,
        off_share=off_share,
        max_diff=worst,
        passed=psnr >= min_psnr and off_share <= max_off_share,
        width=ref.width,
        height=ref.height,
    )


# Heat map: the reference as a faded grey picture for orientation, differing pixels in red whose
# depth grows with the difference (any difference > 0 is visible; > OFF_THRESHOLD is strong).
_INVERT = bytes(range(255, -1, -1))
_FADE = bytes(255 - (255 - v) // 4 for v in range(256))
_HEAT_RED = bytes([0] + [255] * 255)
_HEAT_GREEN_BLUE = bytes([255] + [max(0, 200 - 8 * v) if v <= OFF_THRESHOLD else 0 for v in range(1, 256)])


def heatmap(reference: ImageSource, candidate: ImageSource) -> RgbaImage:
    """Build the diff heat map image (reference size; raises ``ValueError`` if sizes differ)."""
    ref, cand = _as_image(reference), _as_image(candidate)
    if (ref.width, ref.height) != (cand.width, cand.height):
        raise ValueError(
            f"size mismatch: reference {ref.width}x{ref.height}, candidate {cand.width}x{cand.height}"
        )
    width = ref.width
    opaque = b"\xff" * width
    rows: list[bytes] = []
    for row_a, row_b in zip(ref.rows, cand.rows, strict=True):
        # Composite the reference over white for the grey context, using its green channel as luma.
        grey = premultiply_row(row_a)[1::4]
        alpha = row_a[3::4]
        if alpha.count(255) != width:  # premultiplied g + (255 - a) is g composited over white
            grey = bytes(map(operator.add, grey, alpha.translate(_INVERT)))
        grey = grey.translate(_FADE)
        buf = bytearray(width * 4)
        buf[3::4] = opaque
        if row_a == row_b:
            buf[0::4] = buf[1::4] = buf[2::4] = grey
        else:
            per_pixel = _row_stats(row_a, row_b)[3]
            buf[0::4] = bytes(map(max, grey, per_pixel.translate(_HEAT_RED)))
            buf[1::4] = buf[2::4] = bytes(map(min, grey, per_pixel.translate(_HEAT_GREEN_BLUE)))
        rows.append(bytes(buf))
    return RgbaImage(width, ref.height, tuple(rows))


def write_heatmap(reference: ImageSource, candidate: ImageSource, out: str | Path) -> None:
    """Write the diff heat map of ``candidate`` against ``reference`` as a PNG at ``out``."""
    write_rgba(out, heatmap(reference, candidate))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m conformance.score", description="Compare a PNG against a reference PNG."
    )
    parser.add_argument("reference")
    parser.add_argument("candidate")
    parser.add_argument("--heatmap", help="also write a diff heat map PNG here")
    parser.add_argument("--min-psnr", type=float, default=DEFAULT_MIN_PSNR)
    parser.add_argument("--max-off-share", type=float, default=DEFAULT_MAX_OFF_SHARE)
    args = parser.parse_args(argv)
    ref, cand = read_rgba(args.reference), read_rgba(args.candidate)
    result = score(ref, cand, min_psnr=args.min_psnr, max_off_share=args.max_off_share)
    if args.heatmap and not result.reason:
        write_heatmap(ref, cand, args.heatmap)
    print(json.dumps(result.to_json()))
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())

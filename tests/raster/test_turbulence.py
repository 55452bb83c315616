"""feTurbulence (pureog.raster.turbulence) and usvg's reading of its attributes (images/svg/filters.py).

The pixels are checked against Next.js by the conformance case svg/fe-turbulence; these tests pin the
attribute rules and the properties every output must have."""

from __future__ import annotations

from pureog.images.svg.filters import turbulence_params
from pureog.raster.turbulence import get_scale, turbulence


def test_attributes_are_read_as_usvg_reads_them() -> None:
    assert turbulence_params([0.8], 4.0, None, "stitch", "fractalNoise") == (0.8, 0.8, 4, 0, True, True)
    assert turbulence_params([0.01, 0.2], None, None, None, None) == (0.01, 0.2, 1, 0, False, False)
    # three numbers, or a negative one (-0 too): no frequency at all
    assert turbulence_params([1.0, 2.0, 3.0], 1.0, None, None, None)[:2] == (0.0, 0.0)
    assert turbulence_params([-0.0, 0.5], 1.0, None, None, None)[:2] == (0.0, 0.0)
    # numOctaves rounds half away from zero, negatives are 0; the seed is truncated (not rounded)
    assert turbulence_params(None, 2.5, 7.9, None, None)[2:4] == (3, 7)
    assert turbulence_params(None, -2.0, -3.7, None, None)[2:4] == (0, -3)
    # the raw attribute strings: " stitch" and "FractalNoise" are not the keywords
    assert turbulence_params(None, None, None, " stitch", "FractalNoise")[4:] == (False, False)


def test_noise_is_deterministic_premultiplied_and_seeded() -> None:
    a = turbulence(24, 16, 3, 5, 1.0, 1.0, 0.1, 0.1, 3, 0, False, True)
    assert a == turbulence(24, 16, 3, 5, 1.0, 1.0, 0.1, 0.1, 3, 0, False, True)
    assert len(a) == 24 * 16 * 4 and len(set(a)) > 50
    assert all(max(a[i : i + 3]) <= a[i + 3] for i in range(0, len(a), 4))
    assert a != turbulence(24, 16, 3, 5, 1.0, 1.0, 0.1, 0.1, 3, 2, False, True)
    # the reference generator turns a seed <= 0 into -seed + 1: seeds 0 and 1 draw the same noise
    assert a == turbulence(24, 16, 3, 5, 1.0, 1.0, 0.1, 0.1, 3, 1, False, True)


def test_noise_is_anchored_to_the_canvas() -> None:
    # a region one pixel further right reads the same noise one pixel further on
    whole = turbulence(10, 4, 0, 0, 1.0, 1.0, 0.3, 0.3, 2, 5, False, False)
    moved = turbulence(9, 4, 1, 0, 1.0, 1.0, 0.3, 0.3, 2, 5, False, False)
    assert all(whole[(y * 10 + 1) * 4 : (y * 10 + 10) * 4] == moved[y * 36 : (y + 1) * 36] for y in range(4))


def test_a_zero_scale_or_no_octave_is_transparent() -> None:
    assert not any(turbulence(8, 8, 0, 0, 0.0, 1.0, 0.1, 0.1, 2, 0, False, True))
    assert not any(turbulence(8, 8, 0, 0, 1.0, 1.0, 0.1, 0.1, 0, 0, False, False))
    assert get_scale(0.0, 1.0, -1.0, 0.0) == (1.0, 1.0)

"""The committed image-codec slice: encodings the hand-written cases do not cover, against Next.js.

``conformance/imagegen/slice`` holds small cards (:func:`conformance.imagegen.__main__.small_card`) of
the variants named in ``SLICE`` (PNG Adam7 / 16-bit / tRNS / APNG, JPEG progressive, 4:1:1, 2x4 luma,
restart intervals, q5, GIF interlaced / local palette, an SVG without aspect) with the oracle's PNGs.
Every one must pass the suite's thresholds; there is no expectations file (none is known to fail).
"""

from __future__ import annotations

from conformance.imagegen.__main__ import SLICE, SLICE_DIR
from conformance.paintgen.driver import check_slice, run_slice


def test_image_slice_passes() -> None:
    results = run_slice(jobs=2, slice_dir=SLICE_DIR)
    assert len(results) == len(SLICE)
    check = check_slice(results, {})
    assert not check.unexpected, "unexpected failures in imagegen/slice:\n" + check.describe_unexpected()

"""paint/glyph_winding.py: which text nodes Satori's single nonzero path changes, and that path."""

from __future__ import annotations

from pureog.paint.glyph_winding import boxes_meet, merged_outline, opposed_overlap, placed_boxes, signed_area
from pureog.path import Path, PathBuilder


def _square(x: float, y: float, size: float, clockwise: bool) -> Path:
    b = PathBuilder().move_to(x, y)
    if clockwise:  # on screen (y down)
        b.line_to(x + size, y).line_to(x + size, y + size).line_to(x, y + size)
    else:
        b.line_to(x, y + size).line_to(x + size, y + size).line_to(x + size, y)
    return b.close().build()


def test_signed_area_sign_is_the_winding() -> None:
    assert signed_area(_square(0, 0, 10, True)) > 0
    assert signed_area(_square(0, 0, 10, False)) < 0
    # a counter (hole) of the other direction does not flip the glyph's sign
    ring = Path(_square(0, 0, 10, True).segments + _square(3, 3, 4, False).segments)
    assert signed_area(ring) > 0
    assert signed_area(Path(())) == 0.0


def test_opposed_overlap_needs_opposite_windings_that_meet() -> None:
    cw, ccw = _square(0, 0, 10, True), _square(0, 0, 10, False)
    assert not opposed_overlap([(cw, 0, 0), (cw, 5, 0)])  # same direction: drawn glyph by glyph
    assert not opposed_overlap([(cw, 0, 0), (ccw, 20, 0)])  # opposite but apart
    assert not opposed_overlap([(cw, 0, 0), (ccw, 5, 30)])  # apart vertically
    assert opposed_overlap([(cw, 0, 0), (ccw, 5, 3)])
    assert opposed_overlap([(cw, 0, 0), (cw, 12, 0), (cw, 24, 0), (ccw, 30, 5)])


def test_merged_outline_places_every_glyph() -> None:
    a, b = _square(0, 0, 1, True), _square(0, 0, 1, False)
    merged = merged_outline([(a, 2, 3), (b, 10, 0)])
    assert merged.segments[0] == ("M", 2.0, 3.0)
    assert merged.segments[5] == ("M", 10.0, 0.0)
    assert len(merged.segments) == len(a.segments) + len(b.segments)


def _sweep_with_windings(glyphs: list[tuple[Path, float, float]]) -> bool:
    """opposed_overlap as it was before it first asked whether any boxes meet (every winding computed)."""
    boxes = placed_boxes(glyphs)
    return len({positive for *_, positive in boxes}) >= 2 and boxes_meet(boxes, opposite_only=True)


def test_boxes_that_never_meet_answer_as_the_full_sweep() -> None:
    """The early answer (no two boxes meet) agrees with the sweep over windings, zero-area glyphs,
    zero-width boxes and boxes that only touch included."""
    import random

    rng = random.Random(11)
    flat = PathBuilder().move_to(0, 0).line_to(6, 0).close().build()  # no area, a box of no height
    for _ in range(3000):
        glyphs = []
        for _ in range(rng.randint(0, 6)):
            kind = rng.random()
            size = rng.choice([0.0, 1.0, 4.0, 10.0])
            path = flat if kind < 0.15 else _square(0, 0, size, kind < 0.6)
            glyphs.append((path, float(rng.randint(0, 24)), float(rng.randint(0, 6))))
        assert opposed_overlap(glyphs) == _sweep_with_windings(glyphs), glyphs

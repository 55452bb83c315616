"""paint/glyph_winding.py: which text nodes Satori's single nonzero path changes, and that path."""

from __future__ import annotations

import math
import random

from pureog.paint.glyph_winding import (
    boxes_meet,
    merged_outline,
    opposed_overlap,
    placed_boxes,
    shared_pixel_groups,
    signed_area,
)
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


def _sweep_one_by_one(boxes: list[tuple[float, float, float, float, bool]], opposite_only: bool) -> bool:
    """The sweep as it was: every active box compared with each new one."""
    active: list[tuple[float, float, float, float, bool]] = []
    for box in sorted(boxes):
        x0, y0, _x1, y1, positive = box
        active = [a for a in active if a[2] > x0]
        if any((a[4] != positive or not opposite_only) and a[1] < y1 and y0 < a[3] for a in active):
            return True
        active.append(box)
    return False


def test_boxes_stacked_along_y_meet_as_the_sweep_says() -> None:
    # past 32 active boxes the sweep ranks them by y (glyph_winding._ranked_sweep): the same answers
    import random  # noqa: PLC0415

    rnd = random.Random(3)
    for _ in range(1500):
        boxes = []
        for i in range(rnd.randrange(30, 160)):
            x0 = rnd.choice([0.0, 0.0, 0.0, 1.0, 2.0])
            y0 = i * 10.0 + rnd.choice([0, 0, 0, 1, -1])
            height = 8.0 if rnd.random() < 0.99 else rnd.choice([10.0, 11.0, 25.0])
            boxes.append((x0, y0, x0 + rnd.choice([5.0, 5.0, 0.0, 1.0]), y0 + height, rnd.random() < 0.5))
        rnd.shuffle(boxes)
        for opposite_only in (False, True):
            assert boxes_meet(list(boxes), opposite_only=opposite_only) == _sweep_one_by_one(boxes, opposite_only)


def test_a_glyph_per_line_is_swept_in_n_log_n() -> None:
    # 19,000 characters broken one per line (wordBreak: break-all in a 1 px box) share their x extent:
    # the sweep compared each glyph with every one above it (180 million pairs, a render past 60 s)
    from tests.fuzz.timing import within_cpu  # noqa: PLC0415

    boxes = [(0.0, 20.0 * line, 6.0, 20.0 * line + 12.0, line % 7 == 0) for line in range(19_000)]
    with within_cpu(1.5):
        assert not boxes_meet(list(boxes), opposite_only=False)
        assert not boxes_meet(list(boxes), opposite_only=True)
    boxes.append((3.0, 20.0 * 9_000 + 5.0, 4.0, 20.0 * 9_000 + 6.0, False))  # one overlap, deep in the stack
    assert boxes_meet(list(boxes), opposite_only=False)


def _bar(x0: float, x1: float, y0: float = 0.0, y1: float = 10.0) -> Path:
    return PathBuilder().move_to(x0, y0).line_to(x1, y0).line_to(x1, y1).line_to(x0, y1).close().build()


def test_glyphs_meeting_inside_a_pixel_are_grouped_without_overlapping() -> None:
    # ink ending at 9.3 and starting at 9.6 shares pixel column 9: Satori's one path covers it by the union
    assert shared_pixel_groups([(_bar(0, 9.3), 0, 0), (_bar(9.6, 15), 0, 0)]) == [[0, 1]]
    # ink meeting exactly on a pixel edge shares no pixel: filled one by one, as before
    assert shared_pixel_groups([(_bar(0, 9.0), 0, 0), (_bar(9.0, 15), 0, 0)]) == []
    # the same column, but rows apart; and a glyph without ink between two that meet
    assert shared_pixel_groups([(_bar(0, 9.3), 0, 0), (_bar(9.6, 15, 12, 20), 0, 0)]) == []
    assert shared_pixel_groups([(_bar(0, 9.3), 0, 0), (Path(()), 0, 0), (_bar(0.5, 9.6), 9, 0)]) == [[0, 2]]
    # a chain links into one group; a lone glyph and another pair stay apart (the integer translation counts)
    glyphs = [(_bar(0, 9.3), 0, 0), (_bar(0.6, 6.5), 9, 0), (_bar(0.7, 5), 15, 0), (_bar(0, 4), 30, 0),
              (_bar(0, 4.2), 40, 0), (_bar(0.1, 3), 44, 0)]
    assert shared_pixel_groups(glyphs) == [[0, 1, 2], [4, 5]]


def test_shared_pixel_groups_of_a_big_glyph_among_small_ones() -> None:
    # a 2000 px glyph over 400 small ones: cells stay few (never below 1/32 of the largest glyph)
    small = [(_bar(0, 3, 0, 3), float(5 * i), float(5 * j)) for i in range(20) for j in range(20)]
    big = (_bar(0, 2000, 0, 2000), 0.0, 200.0)
    assert shared_pixel_groups([*small, big]) == []
    assert shared_pixel_groups([*small, (_bar(0, 2000, 0, 2000), 0.0, 96.5)])[0][-1] == 400


def _groups_pair_by_pair(glyphs: list[tuple[Path, float, float]]) -> list[list[int]]:
    """Every pair of glyphs compared by the pixels their boxes touch, linked one pair at a time."""
    boxes = []
    for path, ix, iy in glyphs:
        b = path.bounds()
        x0, y0 = math.floor(b.x + ix), math.floor(b.y + iy)
        boxes.append((x0, y0, max(math.ceil(b.x + b.width + ix), x0 + 1),
                      max(math.ceil(b.y + b.height + iy), y0 + 1)))
    group = list(range(len(boxes)))
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        for j, (a0, b0, a1, b1) in enumerate(boxes[:i]):
            if a0 < x1 and x0 < a1 and b0 < y1 and y0 < b1 and group[i] != group[j]:
                old, new = max(group[i], group[j]), min(group[i], group[j])
                group = [new if g == old else g for g in group]
    members: dict[int, list[int]] = {}
    for i, g in enumerate(group):
        members.setdefault(g, []).append(i)
    return [m for m in members.values() if len(m) > 1]


def test_shared_pixel_groups_are_the_pairs_linked() -> None:
    rng = random.Random(7)
    for _ in range(400):
        scale = rng.choice([5.0, 20.0, 100.0, 400.0])
        glyphs = []
        for _ in range(rng.randint(0, 50)):
            x, y = rng.uniform(0, scale), rng.uniform(0, scale)
            w, h = (rng.choice([0.2, 1.0, 5.0, rng.uniform(0.1, scale / 3)]) for _ in range(2))
            glyphs.append((_bar(x, x + w, y, y + h), float(rng.randint(0, 3)), 0.0))
        assert shared_pixel_groups(glyphs) == _groups_pair_by_pair(glyphs)


def test_a_stack_of_glyphs_is_grouped_in_linear_time() -> None:
    # 20,000 glyphs 0.1 px apart all share pixels: each used to be compared with every one before it in
    # its cells (200 million pairs); a glyph now meets its own group's members no more
    from tests.fuzz.timing import within_cpu  # noqa: PLC0415

    glyphs = [(_bar(0, 50, 0, 70), 0.1 * i, 0.0) for i in range(20_000)]
    with within_cpu(3.0):
        groups = shared_pixel_groups(glyphs)
    assert groups == [list(range(20_000))]

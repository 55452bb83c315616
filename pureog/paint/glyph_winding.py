"""Whether a text node's glyphs must be filled as one path: overlapping glyphs of opposite winding.

Satori writes every glyph of a text node into one ``<path>`` (``mergedPath`` in its text layout), which
resvg fills with the nonzero rule. TrueType outlines run one way and CFF outlines the other, so where a
glyph from a TrueType face overlaps one from a CFF face (a fallback glyph from a font of the other
format, a tight ``letterSpacing``, a big italic) their windings cancel and the overlap is left empty.
Glyphs of the same direction add up, which drawing each glyph on its own gives only where their ink
does not share a pixel (the painter draws them one by one otherwise, so the rasterizer can share a
glyph's coverage between its occurrences; :func:`shared_pixel_groups` tells which glyphs not to).

:func:`opposed_overlap` tells whether a text node has such a pair (bounding boxes meet, total signed
areas of opposite signs); :func:`merged_outline` is then its one path, as Satori draws it.
Imports only :mod:`pureog.path` and :mod:`pureog.geometry`.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache
from heapq import heappop, heappush

from pureog import caches
from pureog.geometry import Affine
from pureog.path import Path, Segment

PlacedOutline = tuple[Path, float, float]
"""A glyph outline and the integer translation that puts it on the canvas (``paint.text``'s glyphs)."""


@lru_cache(maxsize=4096)
def signed_area(path: Path) -> float:
    """Twice the signed area of the outline's control polygons (shoelace over every point of each
    contour): its sign is the winding of the glyph's outer contours, which outweigh its counters.
    Cached: a text repeats its glyph outlines (equal outlines compare equal)."""
    total = 0.0
    start_x = start_y = prev_x = prev_y = 0.0
    for seg in path.segments:
        verb = seg[0]
        if verb == "M":
            total += prev_x * start_y - start_x * prev_y  # close the previous contour
            start_x, start_y = float(seg[1]), float(seg[2])  # type: ignore[arg-type]
            prev_x, prev_y = start_x, start_y
            continue
        if verb == "Z":
            continue
        coords = seg[1:]
        for i in range(0, len(coords), 2):
            x, y = float(coords[i]), float(coords[i + 1])  # type: ignore[arg-type]
            total += prev_x * y - x * prev_y
            prev_x, prev_y = x, y
    total += prev_x * start_y - start_x * prev_y
    return total


def placed_boxes(glyphs: Sequence[PlacedOutline]) -> list[tuple[float, float, float, float, bool]]:
    """``(x0, y0, x1, y1, positive)`` on the canvas for every glyph with a non-zero area."""
    out = []
    for path, ix, iy in glyphs:
        area = signed_area(path)
        if area == 0.0:
            continue
        b = path.bounds()
        out.append((b.x + ix, b.y + iy, b.x + b.width + ix, b.y + b.height + iy, area > 0.0))
    return out


def _some_boxes_meet(glyphs: Sequence[PlacedOutline]) -> bool:
    """Whether any two glyphs' boxes overlap, by the test of :func:`opposed_overlap` without windings.

    A pair that sweep would report is a pair here too: its sort order differs only between identical
    boxes (for which the test is symmetric), and leaving out zero-area glyphs only removes pairs."""
    boxes = []
    for path, ix, iy in glyphs:
        b = path.bounds()  # kept on the path: the rasterizer asks for it too
        boxes.append((b.x + ix, b.y + iy, b.x + b.width + ix, b.y + b.height + iy, False))
    return boxes_meet(boxes, opposite_only=False)


def boxes_meet(boxes: list[tuple[float, float, float, float, bool]], *, opposite_only: bool) -> bool:
    """Whether two of the ``(x0, y0, x1, y1, positive)`` boxes overlap (of opposite windings only, if
    asked): a sweep along x over the boxes sorted in place."""
    boxes.sort()
    active: list[tuple[float, float, float, float, bool]] = []
    for index, box in enumerate(boxes):
        x0, y0, _x1, y1, positive = box
        active = [a for a in active if a[2] > x0]
        if any((a[4] != positive or not opposite_only) and a[1] < y1 and y0 < a[3] for a in active):
            return True
        active.append(box)
        if len(active) > _LONG_SWEEP:
            # Boxes stacked along y share their x extent (a paragraph broken into a glyph per line: 19,000
            # lines compared every box with every one before, minutes): the rest by y ranks instead.
            return _ranked_sweep(boxes, index + 1, active, opposite_only)
    return False


_LONG_SWEEP = 32
"""Active boxes past which the sweep looks them up by y (:func:`_ranked_sweep`); a line of text keeps a
few active."""


def _ranked_sweep(boxes: list[tuple[float, float, float, float, bool]], start: int,
                  active: list[tuple[float, float, float, float, bool]], opposite_only: bool) -> bool:
    """:func:`boxes_meet` from ``boxes[start]`` on, ``active`` the boxes still open: the same pairs, but
    each box asks a max tree (one per winding, or one) over the active boxes ranked by ``y0`` whether
    one of those starting above its bottom ends below its top: n log n, however the boxes stack."""
    ys = sorted(box[1] for box in boxes)
    size = 1 << max(1, (len(boxes) - 1).bit_length())
    floor = float("-inf")
    trees = {True: [floor] * (2 * size), False: [floor] * (2 * size)}
    taken: dict[float, int] = {}  # next free rank of each y0 (equal tops get ranks in turn)
    ending: list[tuple[float, int, int, bool]] = []  # (x1, order, rank, tree) of the open boxes

    def put(tree: list[float], rank: int, value: float) -> None:
        rank += size
        tree[rank] = value
        rank >>= 1
        while rank:
            tree[rank] = max(tree[2 * rank], tree[2 * rank + 1])
            rank >>= 1

    def reach(tree: list[float], stop: int) -> float:
        """The largest ``y1`` among ranks ``[0, stop)``."""
        best, lo, hi = floor, size, stop + size
        while lo < hi:
            if lo & 1:
                best = max(best, tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                best = max(best, tree[hi])
            lo >>= 1
            hi >>= 1
        return best

    def enter(order: int, box: tuple[float, float, float, float, bool]) -> None:
        rank = taken.get(box[1], bisect_left(ys, box[1]))
        taken[box[1]] = rank + 1
        key = box[4] or not opposite_only
        put(trees[key], rank, box[3])
        heappush(ending, (box[2], order, rank, key))

    for order, box in enumerate(active):
        enter(order - len(active), box)
    for order in range(start, len(boxes)):
        x0, y0, _x1, y1, positive = box = boxes[order]
        while ending and ending[0][0] <= x0:
            _, _, rank, key = heappop(ending)
            put(trees[key], rank, floor)
        above = bisect_left(ys, y1)  # ranks of the boxes whose top is above this one's bottom
        if opposite_only:
            if reach(trees[not positive], above) > y0:
                return True
        elif reach(trees[True], above) > y0:
            return True
        enter(order, box)
    return False


def shared_pixel_groups(glyphs: Sequence[PlacedOutline]) -> list[list[int]]:
    """Indices of the glyphs whose ink may reach into one pixel with another's, grouped (each group of two
    or more, in order; a glyph alone in its pixels is in none): the glyphs a painter must fill as one path.

    Satori's one nonzero path covers a pixel two glyphs reach into by their union (two halves of a pixel:
    all of it); glyphs filled one by one compose their coverages (three quarters). Boxes need not
    overlap for that: a glyph whose ink ends at x = 89.3 and one whose ink starts at 89.6 (a tight
    ``letterSpacing``, a kerned pair) share pixel column 89. So boxes are compared by the pixels they
    touch (floor and ceiling of their edges), and a group is every glyph linked through such pairs;
    groups share no pixel, so they and the lone glyphs may still be filled one by one. A uniform grid
    of cells finds the pairs: about a glyph's size each, so a line or a stack of lines costs n."""
    boxes: list[tuple[int, int, int, int]] = []
    for path, ix, iy in glyphs:
        if not path.segments:
            boxes.append((0, 0, 0, 0))  # no ink: touches no pixel
            continue
        b = path.bounds()
        x0, y0 = math.floor(b.x + ix), math.floor(b.y + iy)
        boxes.append((x0, y0, max(math.ceil(b.x + b.width + ix), x0 + 1),
                      max(math.ceil(b.y + b.height + iy), y0 + 1)))
    sizes = sorted(max(x1 - x0, y1 - y0) for x0, y0, x1, y1 in boxes if x1 > x0)
    if len(sizes) < 2:
        return []
    # a cell about the median glyph's size; never below 1/32 of the largest, so that a big glyph among
    # small ones spans at most 33 x 33 cells
    cell = max(1, sizes[len(sizes) // 2], sizes[-1] // 32)
    parent = list(range(len(boxes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # each cell's glyphs by the group they were in when last looked at: a glyph joins a group on meeting
    # one of its members and never compares with its own group's, so a stack of n glyphs over the same
    # pixels costs n, not n squared (5,000 glyphs 0.1 px apart: 12.5 million pairs, 4 s)
    grid: dict[tuple[int, int], dict[int, list[int]]] = {}
    linked = False
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        if x1 <= x0:
            continue
        cells = [(cx, cy) for cx in range(x0 // cell, (x1 - 1) // cell + 1)
                 for cy in range(y0 // cell, (y1 - 1) // cell + 1)]
        for key in cells:
            bucket = grid.get(key)
            if bucket is None:
                grid[key] = {root(i): [i]}
                continue
            bucket = grid[key] = _regrouped(bucket, root)
            for r, members in bucket.items():
                ri, r = root(i), root(r)
                if r == ri:
                    continue
                for j in members:
                    a0, b0, a1, b1 = boxes[j]
                    if a0 < x1 and x0 < a1 and b0 < y1 and y0 < b1:
                        parent[max(ri, r)] = min(ri, r)
                        linked = True
                        break
            bucket.setdefault(root(i), []).append(i)
    if not linked:
        return []
    groups: dict[int, list[int]] = {}
    for i in range(len(boxes)):
        groups.setdefault(root(i), []).append(i)
    return [members for members in groups.values() if len(members) > 1]


def _regrouped(bucket: dict[int, list[int]], root: Callable[[int], int]) -> dict[int, list[int]]:
    """``bucket``'s members keyed by their groups' roots now: groups joined since it was keyed share one
    list (the smaller appended to the larger, so a member moves O(log n) times)."""
    fresh: dict[int, list[int]] = {}
    for r, members in bucket.items():
        now = root(r)
        have = fresh.get(now)
        if have is None:
            fresh[now] = members
        elif len(have) < len(members):
            members.extend(have)
            fresh[now] = members
        else:
            have.extend(members)
    return fresh


def opposed_overlap(glyphs: Sequence[PlacedOutline]) -> bool:
    """Whether two glyphs of opposite winding have overlapping bounding boxes (a sweep along x, so a
    long text node costs n log n; nodes of one winding, nearly all of them, return at once).

    Glyph boxes that never meet (most text: ink boxes keep their side bearings apart) answer before
    any winding is computed: a winding sums the glyph's every point (a Korean paragraph's ~170
    glyphs, ~8 ms of its first render)."""
    if not _some_boxes_meet(glyphs):
        return False
    boxes = placed_boxes(glyphs)
    if len({positive for *_, positive in boxes}) < 2:
        return False
    return boxes_meet(boxes, opposite_only=True)


def merged_outline(glyphs: Sequence[PlacedOutline]) -> Path:
    """All the glyphs' contours on the canvas in one path (Satori's ``mergedPath``)."""
    segments: list[Segment] = []
    for path, ix, iy in glyphs:
        segments.extend(path.transformed(Affine.translate(ix, iy)).segments)
    return Path(tuple(segments))


caches.register("paint.glyph_winding", signed_area)

"""Per-character layout of an inline SVG's ``<text>``: ``rotate``, ``textLength``, ``lengthAdjust`` and
``textPath``, as Chromium lays them out (Next.js throws on SVG text; spec/differences.md).

Input: the characters, spans and element ranges :mod:`.text` collected (white space collapsed,
x/y/dx/dy resolved), the shaper. Output: display nodes. :mod:`.text` hands a ``<text>`` here only when
it or a descendant has ``rotate`` or ``textLength`` or is a ``textPath``, so plain text keeps its run
layout.

What Chromium does, measured against it:
- pen positions as for plain text (a run of one element's characters shaped together, kerning kept:
  each character sits where its run's shaped prefix ends, less its own advance);
- ``rotate``: a list of angles (degrees, clockwise); the n-th character of the element that carries it
  gets the n-th angle, the last angle repeats for the rest of that element's characters (an inner
  list wins); each glyph turns about its own origin on the baseline, and the pen does not move;
- ``textLength`` (inner elements first): with ``lengthAdjust="spacing"`` (the default) the difference
  ``d`` between it and the element's extent (first pen to last glyph's end) is spread over the gaps
  between its n characters (``d / (n - 1)`` each, nothing for one character), and what follows in the
  chunk moves by ``n * d / (n - 1)``; with ``spacingAndGlyphs`` positions and glyphs are scaled about
  the first pen to the length, and what follows moves by ``d``;
- text chunks are anchored with their adjusted extent; ``dominant-baseline`` as for runs;
- ``textPath`` (the ``href`` path or shape, with its transform): its text starts a chunk at
  ``startOffset`` (a length, or a percentage of the path's length) along the path; each glyph's middle
  sits on the path at its pen distance, the glyph turned along the path there (``dy`` moves it across);
  glyphs whose middle falls off the path's ends are not drawn; a textPath naming no path draws nothing;
  after it the text goes on where it stood before.
Imports geometry, path and the SVG renderer's helpers.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from pureog.display import Node
from pureog.geometry import Affine
from pureog.images.svg.glyphs import GlyphRun, TextShaper
from pureog.images.svg.path_measure import PathMeasure
from pureog.images.svg.text import pen_at, unpositioned_run_end
from pureog.images.svg.units import number_list
from pureog.path import Path, PathBuilder

if TYPE_CHECKING:
    from pureog.images.svg.text import _Char, _Span
    from pureog.images.svg.tree import SvgNode

MAX_PREFIX = 200
"""Runs longer than this advance each character by its own shaped width (prefix shaping is quadratic)."""


def uses_chars(ranges: list[tuple[SvgNode, int, int]]) -> bool:
    """Whether the text needs this module's per-character layout."""
    return any("rotate" in node.attrs or "textLength" in node.attrs or node.tag == "textPath"
               for node, _, _ in ranges)


def _rotations(n: int, ranges: list[tuple[SvgNode, int, int]]) -> list[float]:
    angles = [0.0] * n
    for node, start, end in sorted(ranges, key=lambda r: (r[1], -(r[2] - r[1]))):  # outer first
        values = number_list(node.attrs.get("rotate"))
        if not values:
            continue
        for i in range(start, end):
            angles[i] = values[min(i - start, len(values) - 1)]
    return angles


def layout(chars: list[_Char], spans: list[_Span], ranges: list[tuple[SvgNode, int, int]], shaper: TextShaper,
           spacing: Callable[[_Span], tuple[float, float]], length_of: Callable[[str | None, float], float | None],
           baseline: Callable[[str, GlyphRun], float],
           paint: Callable[[SvgNode, Path, dict[str, str]], list[Node]],
           path_of: Callable[[SvgNode], Path | None]) -> list[Node]:
    """The display nodes of one ``<text>`` laid out per character (see the module docstring)."""
    n = len(chars)
    xs, ys, adv = [0.0] * n, [0.0] * n, [0.0] * n
    starts = [False] * n
    on_path: list[PathMeasure | None] = [None] * n
    hidden = [False] * n
    entering: dict[int, tuple[PathMeasure | None, float]] = {}  # first character -> (path, start offset)
    leaving: set[int] = set()
    for node, start, end in ranges:
        if node.tag != "textPath" or start >= end or any(start < s < end for s in entering):
            continue  # (a textPath inside a textPath is not laid out on a path of its own)
        found = path_of(node)
        measure = PathMeasure(found) if found is not None else None
        offset_text = (node.attrs.get("startOffset") or "").strip()
        if measure is not None and offset_text.endswith("%"):
            offset = (number_list(offset_text[:-1]) or [0.0])[0] * measure.length / 100
        else:
            offset = length_of(offset_text or None, 16.0) or 0.0
        entering[start] = (measure, offset)
        leaving.add(end)
        for k in range(start, end):
            on_path[k] = measure
            hidden[k] = measure is None  # a textPath naming no path draws nothing
    pen_x = pen_y = 0.0
    saved = (0.0, 0.0)
    i = 0
    cuts = set(entering) | leaving  # where a textPath starts or ends, a run ends too
    while i < n:  # runs of one element without positions of their own, as text.py forms them
        c = chars[i]
        starts[i] = c.x is not None or c.y is not None or i == 0 or i in entering or i in leaving
        if i in leaving:  # after a textPath the text goes on where it stood before it
            pen_x, pen_y = saved
        if i in entering:  # a textPath starts a chunk at its start offset along the path
            saved = (pen_x, pen_y)
            pen_x, pen_y = entering[i][1], 0.0
        pen_x, pen_y = pen_at(c, pen_x, pen_y)
        j = unpositioned_run_end(chars, i, cuts)
        span = spans[c.owner]
        text = "".join(ch.char for ch in chars[i:j])
        # a character sits where its run's shaped prefix ends less its own advance (kerning kept, and
        # whatever a shaped run adds at its end counted once); it advances to the next one's place
        places: list[float] = []
        run_end = 0.0
        for k in range(i, j):
            alone = shaper(text[k - i], span.font, *spacing(span)).advance
            run_end = shaper(text[: k - i + 1], span.font, *spacing(span)).advance if len(text) <= MAX_PREFIX \
                else run_end + alone
            places.append(run_end - alone)
        for k in range(i, j):
            nxt = places[k - i + 1] if k + 1 < j else run_end
            xs[k], ys[k], adv[k] = pen_x + places[k - i], pen_y, nxt - places[k - i]
        pen_x += run_end
        i = j
    scale = [1.0] * n
    owner_font = {id(s.node): s.font.size for s in spans}
    for node, start, end in sorted(ranges, key=lambda r: (r[2] - r[1], r[1])):  # inner elements first
        count = end - start
        target = length_of(node.attrs.get("textLength"), owner_font.get(id(node), 16.0))
        if target is None or target < 0 or count == 0:
            continue
        extent = xs[end - 1] + adv[end - 1] * scale[end - 1] - xs[start]
        delta = target - extent
        if (node.attrs.get("lengthAdjust") or "").strip() == "spacingAndGlyphs":
            if extent <= 0:
                continue
            factor, origin, after = target / extent, xs[start], delta
            for k in range(start, end):
                xs[k] = origin + (xs[k] - origin) * factor
                scale[k] *= factor
        else:
            if count < 2:
                continue
            gap = delta / (count - 1)
            for k in range(start, end):
                xs[k] += (k - start) * gap
            after = count * gap
        for k in range(end, n):  # the rest of the chunk moves along
            if starts[k]:
                break
            xs[k] += after
    angles = _rotations(n, ranges)
    out: list[Node] = []
    chunk_start = 0
    for k in range(n + 1):
        if k < n and (k == chunk_start or not starts[k]):
            continue
        last = k - 1
        width = xs[last] + adv[last] * scale[last] - xs[chunk_start]
        anchor = (spans[chars[chunk_start].owner].st.get("text-anchor") or "start").strip()
        shift = -width if anchor == "end" else (-width / 2 if anchor == "middle" else 0.0)
        group_start = chunk_start
        for g in range(chunk_start, k + 1):  # one path per run of one element's characters
            if g < k and chars[g].owner == chars[group_start].owner:
                continue
            span = spans[chars[group_start].owner]
            builder = PathBuilder()
            for m in range(group_start, g):
                glyphs = shaper(chars[m].char, span.font, *spacing(span))
                if glyphs.path.is_empty or hidden[m]:
                    continue
                down = baseline((span.st.get("dominant-baseline") or "auto").strip(), glyphs)
                own = Affine.rotate(math.radians(angles[m])) @ Affine.scale(scale[m], 1.0)
                measure = on_path[m]
                if measure is None:
                    place = Affine.translate(xs[m] + shift, ys[m] + down) @ own
                else:  # the glyph's middle on the path, turned along it; off the path's ends it is not drawn
                    half = adv[m] * scale[m] / 2
                    point = measure.at(xs[m] + shift + half)
                    if point is None:
                        continue
                    place = Affine.translate(point[0], point[1]) @ Affine.rotate(point[2]) \
                        @ Affine.translate(-half, ys[m] + down) @ own
                builder.extend(glyphs.path.transformed(place))
            path = builder.build()
            if not path.is_empty:
                out.extend(paint(span.node, path, span.st))
            group_start = g
        chunk_start = k
    return out


__all__ = ["layout", "uses_chars"]

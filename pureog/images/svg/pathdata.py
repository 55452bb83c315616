"""SVG path data (the ``d`` attribute) and the basic shapes -> :class:`pureog.path.Path`.

Input: path data text (the full SVG 1.1 grammar as svgtypes 0.10 reads it: absolute and relative M L H V
C S Q T A Z, implicit repeated commands, numbers like ``1.5.5`` and ``1e-3``, flags without separators,
and its strictness: a comma before an arc flag, or ``1e`` with no exponent, is an error) or shape attributes.
Output: a Path in the SVG's user units. Quadratics become the cubics usvg stores for them, arcs cubics
with :func:`pureog.arc.arc_to_cubics` (kurbo's subdivision, as resvg). An error in the data ends the
path at the last good command, as SVG renderers do. Imports :mod:`pureog.path`, :mod:`pureog.stroke`,
:mod:`.units` (svgtypes' number).
"""

from __future__ import annotations

import re

from pureog import caches
from pureog.geometry import Affine
from pureog.images.svg.units import scan_number
from pureog.path import Path, PathBuilder, Segment
from pureog.path_bounds import Bounds
from pureog.stroke import arc_to_cubics

MAX_COORDINATE = 1e15
"""Larger path numbers end the path data as an error would (far past any drawing; keeps geometry finite)."""
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}
_COMMANDS = frozenset("MmLlHhVvCcSsQqTtAaZz")
_NUMBER_START = frozenset("0123456789.-+")
_SPACES = re.compile(r"[ \t\n\r]*")
_LIST_END = re.compile(r"[ \t\n\r]*,?")
"""What svgtypes' ``parse_list_number`` takes after a number: spaces, then one comma."""
_FLAG_END = re.compile(r",?[ \t\n\r]*")
"""What its ``parse_flag`` takes after a flag: a comma right after it only, then spaces (``1 , 1`` is an error)."""
_SIMPLE_NUMBER = re.compile(r"[ \t\n\r]*([+-]?[0-9]+(?:\.[0-9]+)?)(?![0-9.eE])")
"""The common number (no exponent, no bare dot), read without :func:`scan_number`'s character loop."""


def _past(pattern: re.Pattern[str], d: str, pos: int) -> int:
    """The position after what ``pattern`` (which may match nothing) takes at ``pos``."""
    m = pattern.match(d, pos)
    return pos if m is None else m.end()


def _scan(d: str) -> list[tuple[str, list[float]]]:
    """Commands with their numbers, as svgtypes 0.10's ``PathParser`` reads them (the segments before the
    first error): a number is svgtypes' (``1e`` is none), separators are spaces and one comma after a
    number, and an arc flag is one digit followed directly by an optional comma."""
    out: list[tuple[str, list[float]]] = []
    pos = 0
    n = len(d)
    prev = ""
    while True:
        pos = _past(_SPACES, d, pos)
        if pos >= n:
            return out
        c = d[pos]
        implicit = False
        if not prev and c not in "Mm":
            return out  # the first segment must be a moveto
        if c in _COMMANDS:
            cmd = c
            pos += 1
        elif c in _NUMBER_START and prev not in "Zz":
            implicit = prev in "Mm"  # more pairs after a moveto are linetos
            cmd = ("L" if prev == "M" else "l") if implicit else prev
        else:
            return out
        args: list[float] = []
        for i in range(_ARGS[cmd.upper()]):
            if i in (3, 4) and cmd in "Aa":
                pos = _past(_SPACES, d, pos)
                if pos >= n or d[pos] not in "01":
                    return out
                args.append(float(d[pos]))
                pos = _past(_FLAG_END, d, pos + 1)
                continue
            simple = _SIMPLE_NUMBER.match(d, pos)
            if simple is not None:
                value, pos = float(simple.group(1)), simple.end()
            else:
                scanned = scan_number(d, pos)
                if scanned is None:
                    return out
                value, pos = scanned
            if not abs(value) <= MAX_COORDINATE:
                return out  # past float range (hostile input): an error, so the path stops here
            args.append(value)
            pos = _past(_LIST_END, d, pos)
        out.append((cmd, args))
        prev = ("M" if cmd == "L" else "m") if implicit else cmd


# Parsed path data by its text: a Path is immutable, and the same ``d`` comes back on every render of
# the same icon or emoji (an emoji title spends a fifth of its warm render re-reading its SVGs' paths).
# Cleared when full, so memory stays bounded.
_PARSED: dict[str, Path] = {}
_PARSED_LIMIT = 4096
_PARSED_MAX_TEXT = 1 << 16  # longer path data is parsed each time (not worth holding)


def parse_path_data(d: str) -> Path:
    """The path of SVG path data ``d`` (user units), from the memo when seen before."""
    path = _PARSED.get(d)
    if path is None:
        path = _parse_path_data(d)
        if len(d) <= _PARSED_MAX_TEXT:
            if len(_PARSED) >= _PARSED_LIMIT:
                _PARSED.clear()
            _PARSED[d] = path
    return path


def _quad_as_cubic(px: float, py: float, qx: float, qy: float, x: float, y: float) -> Segment:
    """A quadratic as the cubic usvg stores for it (``push_quad_to``: ``(p0 + 2 q) / 3``, ``(p + 2 q) / 3``,
    in doubles): resvg never sees an SVG quadratic, and tiny-skia steps a cubic in other points than the
    same curve as a quadratic (up to a quarter pixel apart on a tight bend)."""
    return ("C", (px + qx * 2.0) / 3.0, (py + qy * 2.0) / 3.0, (x + qx * 2.0) / 3.0, (y + qy * 2.0) / 3.0, x, y)


def _parse_path_data(d: str) -> Path:
    b: list[Segment] = []
    x = y = 0.0
    sx = sy = 0.0
    last_ctrl: tuple[float, float] | None = None
    last_cmd = ""
    for cmd, a in _scan(d):
        up = cmd.upper()
        if last_cmd == "Z" and up != "M":  # drawing on after a close starts a new subpath there
            b.append(("M", x, y))
        rel = cmd != up
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if up == "M":
            x, y = a[0] + ox, a[1] + oy
            sx, sy = x, y
            b.append(("M", x, y))
        elif up == "L":
            x, y = a[0] + ox, a[1] + oy
            b.append(("L", x, y))
        elif up == "H":
            x = a[0] + ox
            b.append(("L", x, y))
        elif up == "V":
            y = a[0] + oy
            b.append(("L", x, y))
        elif up == "C":
            x1, y1, x2, y2 = a[0] + ox, a[1] + oy, a[2] + ox, a[3] + oy
            x, y = a[4] + ox, a[5] + oy
            b.append(("C", x1, y1, x2, y2, x, y))
            last_ctrl = (x2, y2)
        elif up == "S":
            if last_cmd in "CS" and last_ctrl:
                x1, y1 = 2 * x - last_ctrl[0], 2 * y - last_ctrl[1]
            else:
                x1, y1 = x, y
            x2, y2 = a[0] + ox, a[1] + oy
            x, y = a[2] + ox, a[3] + oy
            b.append(("C", x1, y1, x2, y2, x, y))
            last_ctrl = (x2, y2)
        elif up == "Q":
            x1, y1 = a[0] + ox, a[1] + oy
            px, py = x, y
            x, y = a[2] + ox, a[3] + oy
            b.append(_quad_as_cubic(px, py, x1, y1, x, y))
            last_ctrl = (x1, y1)
        elif up == "T":
            if last_cmd in "QT" and last_ctrl:
                x1, y1 = 2 * x - last_ctrl[0], 2 * y - last_ctrl[1]
            else:
                x1, y1 = x, y
            px, py = x, y
            x, y = a[0] + ox, a[1] + oy
            b.append(_quad_as_cubic(px, py, x1, y1, x, y))
            last_ctrl = (x1, y1)
        elif up == "A":
            nx, ny = a[5] + ox, a[6] + oy
            arc = arc_to_cubics(x, y, a[0], a[1], a[2], bool(a[3]), bool(a[4]), nx, ny)
            b.extend(arc)
            # usvg goes on from the last point it pushed: kurbo's sample of the ellipse, not the arc's
            # given end, so a relative step after an arc starts an ulp or so away (path.rounded_rect_path)
            x, y = arc[-1][-2], arc[-1][-1]  # type: ignore[assignment]
        elif up == "Z":
            b.append(("Z",))
            x, y = sx, sy
        if b and b[0][0] != "M":  # a path must start with a move
            b.insert(0, ("M", 0.0, 0.0))
        last_cmd = up
    return Path(tuple(b))


def rect_shape(x: float, y: float, w: float, h: float, rx: float, ry: float) -> Path:
    """SVG ``<rect>`` with rx/ry already resolved (clamped to half the sides), as usvg's ``convert_rect``
    writes it: the corners are kurbo arcs (:func:`arc_to_cubics`), whose ulps its boxes keep."""
    pb = PathBuilder()
    if rx <= 0 or ry <= 0:
        return pb.move_to(x, y).line_to(x + w, y).line_to(x + w, y + h).line_to(x, y + h).close().build()
    segs: list[Segment] = [("M", x + rx, y), ("L", x + w - rx, y)]
    corners = ((x + w, y + ry), (x + w, y + h - ry), (x + w - rx, y + h), (x + rx, y + h), (x, y + h - ry),
               (x, y + ry), (x + rx, y))
    for i, (px, py) in enumerate(corners):
        if i % 2 == 0:
            segs.extend(_arc(segs[-1], rx, ry, px, py))
        else:
            segs.append(("L", px, py))
    segs.append(("Z",))
    return Path(tuple(segs))


def ellipse_shape(cx: float, cy: float, rx: float, ry: float) -> Path:
    """SVG ``<circle>``/``<ellipse>`` as usvg's ``ellipse_to_path`` writes it: four kurbo arcs."""
    segs: list[Segment] = [("M", cx + rx, cy)]
    for px, py in ((cx, cy + ry), (cx - rx, cy), (cx, cy - ry), (cx + rx, cy)):
        segs.extend(_arc(segs[-1], rx, ry, px, py))
    segs.append(("Z",))
    return Path(tuple(segs))


def _arc(last: Segment, rx: float, ry: float, x: float, y: float) -> list[Segment]:
    """usvg's ``push_arc_to`` (small arc, sweep) from the end of ``last``."""
    x0, y0 = float(last[-2]), float(last[-1])  # type: ignore[arg-type]
    return arc_to_cubics(x0, y0, rx, ry, 0.0, False, True, x, y)


def _point_numbers(points: str) -> list[float]:
    """svgtypes' ``PointsParser``: (x, y) pairs of list numbers up to the first error or a lone x."""
    nums: list[float] = []
    pos = 0
    while pos < len(points):
        pair = []
        for _ in range(2):
            scanned = scan_number(points, pos)
            if scanned is None or not abs(scanned[0]) <= MAX_COORDINATE:
                return nums  # an unreadable (or past float range) number ends the list
            pair.append(scanned[0])
            pos = _past(_LIST_END, points, scanned[1])
        nums += pair
    return nums


def poly_shape(points: str, close: bool) -> Path:
    nums = _point_numbers(points)
    if len(nums) < 4:
        return Path(())
    pb = PathBuilder().move_to(nums[0], nums[1])
    for i in range(2, len(nums) - 1, 2):
        pb.line_to(nums[i], nums[i + 1])
    if close:
        pb.close()
    return pb.build()


def tight_bounds(path: Path, m: Affine) -> tuple[float, float, float, float] | None:
    """(x0, y0, x1, y1) of ``path`` mapped by ``m`` as usvg bounds it: curves by their extrema (kurbo's
    ``bounding_box``, :class:`~pureog.path_bounds.Bounds`), a quadratic as the cubic usvg stores."""
    box: Bounds | None = None
    cx = cy = sx = sy = 0.0
    for seg in path.segments:
        verb = seg[0]
        if verb == "Z":
            cx, cy = sx, sy
            continue
        pts = [m.apply(float(seg[i]), float(seg[i + 1])) for i in range(1, len(seg), 2)]  # type: ignore[arg-type]
        if box is None:
            box = Bounds(*pts[0]) if verb == "M" else Bounds(cx, cy)
        if verb == "M":
            sx, sy = pts[-1]
        if verb in ("Q", "C"):
            if verb == "Q":  # usvg's push_quad_to: (n1 + n2 * 2) / 3
                (qx, qy), (ex, ey) = pts
                pts = [((cx + qx * 2.0) / 3.0, (cy + qy * 2.0) / 3.0), ((ex + qx * 2.0) / 3.0, (ey + qy * 2.0) / 3.0),
                       (ex, ey)]
            box.add_cubic((cx, cy), pts[0], pts[1], pts[2])
        else:
            box.add_point(*pts[-1])
        cx, cy = pts[-1]
    if box is None:
        return None
    return (box.min_x, box.min_y, box.max_x, box.max_y)


caches.register("svg.path_data", _PARSED)

"""Compare where pureog and Satori put text: the boxes ``debug: true`` outlines around each text run.

Role: a laid-out case whose Satori run asked for text (``"text": true``; ``satori_boxes.mjs`` then
renders with ``debug: true`` and returns the ``#575eff`` boxes Satori writes around each segment it
shapes: left edge, baseline minus the line height, width, line height) -> the first run whose box
differs from pureog's by more than :data:`conformance.layout.check.TOLERANCE_PX`. Satori reports no
text through ``onNodeDetected``, so element boxes alone miss text placed at another baseline or
broken into other runs inside a box of the right size; these boxes see both.

pureog's boxes are caught where :mod:`pureog.paint.debug` hands them to its outliner during
:func:`pureog.render_svg` with ``debug=True``, in drawing order (Satori's order). Boxes without area
are left out on both sides (resvg draws no ``<rect>`` without area; pureog makes none); an ``x`` or
``y`` Satori writes as NaN is 0 (resvg's reading of it, which pureog's overlay draws).

Dev tool: imports :mod:`pureog` (and its painter's debug overlay, on purpose) and the standard library.
"""

from __future__ import annotations

import math
from typing import Any

import pureog
from conformance.layout.check import TOLERANCE_PX, case_fonts
from pureog.paint import debug


def our_text_boxes(case: dict[str, Any]) -> list[tuple[float, float, float, float]]:
    """The boxes pureog outlines around the text runs with ``debug: true`` (Satori's ``#575eff``
    rects), in drawing order: caught where :mod:`pureog.paint.debug` hands them to its outliner."""
    found: list[tuple[float, float, float, float]] = []
    line = debug._Outliner.line

    def record(self: Any, points: list[tuple[float, float]], closed: bool, color: Any) -> list[Any]:
        if color == debug.GLYPH_COLOR and closed and len(points) == 4:
            (x0, y0), _, (x1, y1), _ = points
            found.append((x0, y0, x1 - x0, y1 - y0))
        return line(self, points, closed, color)

    debug._Outliner.line = record  # type: ignore[method-assign]
    try:
        pureog.render_svg(case["element"], width=case["width"], height=case["height"],
                          fonts=case_fonts(case), debug=True)
    finally:
        debug._Outliner.line = line  # type: ignore[method-assign]
    return found


def text_difference(case: dict[str, Any]) -> str | None:
    """The first text run whose box differs from Satori's by more than the tolerance (``None``: all
    match; cases laid out without ``"text": true`` carry no text boxes and always match)."""
    if not isinstance(case.get("text"), list):
        return None
    # an x or y Satori wrote as NaN (a text whose position Yoga left undefined) is read by resvg as 0
    theirs = [(float(b[0] or 0), float(b[1] or 0), float(b[2]), float(b[3])) for b in case["text"]
              if b[4] == "text" and None not in b[2:4] and b[2] > 0 and b[3] > 0]
    try:
        ours = our_text_boxes(case)
    except Exception as err:  # noqa: BLE001  (reported with the case)
        return f"pureog crash: {type(err).__name__}: {err}"
    # a run wholly off the canvas draws nothing (pureog does not outline it; Satori writes a <rect>)
    ours, theirs = _on_canvas(ours, case), _on_canvas(theirs, case)
    if len(ours) != len(theirs):
        return f"text: {len(ours)} runs, Satori has {len(theirs)}"
    for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        for k, name in enumerate(("x", "y", "width", "height")):
            if abs(a[k] - b[k]) > TOLERANCE_PX:
                return (f"text run {index} ({name}): ours [{', '.join(f'{v:g}' for v in a)}], "
                        f"Satori [{', '.join(f'{v:g}' for v in b)}]")
    return None


Run = tuple[float, float, float, float]


def _on_canvas(runs: list[Run], case: dict[str, Any]) -> list[Run]:
    """The runs whose box meets the canvas (and whose coordinates are finite)."""
    width, height = case["width"], case["height"]
    return [r for r in runs if all(math.isfinite(v) for v in r)
            and r[0] < width and r[1] < height and r[0] + r[2] > 0 and r[1] + r[3] > 0]

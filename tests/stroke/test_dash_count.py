"""How many dashes a dashed stroke may have: tiny-skia's million, and pureog's limit below it.

Reference: tiny-skia 0.8.3 ``path/src/dash.rs`` (``MAX_DASH_COUNT``: past a million dashes ``Path::dash``
is None and ``stroke_path`` strokes nothing) and Next.js 16.4.6 drawings of a 2 px dashed border around a
box 5e6 px wide (no border drawn) and 80 px wide (dashed): conformance ``borders/dashed-past-a-million-dashes``
(layoutgen17, 2026-12-07).
"""

from __future__ import annotations

from pureog.limits import MAX_DASHES
from pureog.stroke.contours import Contour
from pureog.stroke.dash import dash_contours


def _line(length: float) -> list[Contour]:
    return [Contour([((0.0, 0.0), (length, 0.0))], False)]


def test_past_a_million_dashes_nothing_is_stroked() -> None:
    # 6.1e6 px of a 6 px period: 1.02 million dashes
    assert dash_contours(_line(6_100_000.0), [4.0, 2.0], 0.0) == []


def test_the_million_counts_every_contour_together() -> None:
    contours = _line(3_100_000.0) + _line(3_100_000.0)
    assert dash_contours(contours, [4.0, 2.0], 0.0) == []


def test_below_a_million_past_the_limit_the_stroke_is_solid() -> None:
    contours = _line(6.0 * MAX_DASHES * 2)
    assert dash_contours(contours, [4.0, 2.0], 0.0) == contours


def test_below_the_limit_the_stroke_is_dashed() -> None:
    assert len(dash_contours(_line(60.0), [4.0, 2.0], 0.0)) == 10

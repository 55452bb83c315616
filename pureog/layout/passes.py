"""The layout's work budget: :data:`~pureog.limits.MAX_LAYOUT_PASSES` passes over its boxes.

A context variable holds the passes left in the current layout (set by :func:`pureog.layout.flex.layout_tree`
around one layout); each box sized or laid out takes one (flex.py's ``layout_node``), and grid track sizing
and placement charge their own work in passes' worth (:func:`charge_passes`), so that a hostile grid
cannot run for minutes inside one box. Imports only :mod:`pureog.errors` and :mod:`pureog.limits`.
"""

from __future__ import annotations

from contextvars import ContextVar

from pureog.errors import LimitError
from pureog.limits import MAX_LAYOUT_PASSES

PASSES_LEFT: ContextVar[list[int]] = ContextVar("pureog_layout_passes")
"""The current layout's remaining passes (a one-item list, counted down)."""


def out_of_passes() -> LimitError:
    # Yoga measures nested flexible boxes again at each level: some deep trees take exponential time
    # (Next.js hangs on them too); some grids would too.
    return LimitError(f"the layout needs more than {MAX_LAYOUT_PASSES:,} passes over its boxes")


def charge_passes(count: int) -> None:
    """Count ``count`` passes' worth of work against the current layout; nothing outside a layout."""
    passes_left = PASSES_LEFT.get(None)
    if passes_left is None or count <= 0:
        return
    passes_left[0] -= count
    if passes_left[0] < 0:
        raise out_of_passes()

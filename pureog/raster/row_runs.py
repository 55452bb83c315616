"""One render's table of coverage rows' nonzero runs (the edge loop of :func:`pureog.raster.blend.fill_solid`).

Role: a fill over a varying destination walks each coverage row's nonzero runs, which
``blend._row_runs`` finds with regex matches and slices (~0.8 us a row). A mask kept across renders (a
glyph's, a joined text run's) keeps its rows' runs on itself (``Mask.spans``), but a mask made for one
fill starts without them: a shape cut to its clip (``blend.intersect``) is a new mask every time, while
its rows repeat from shape to shape. The stat grid's 30 border sides, each cut to its box's rounded
outline, bring 600 such rows a render, 18 of them distinct (~0.5 ms of regex work).

:func:`render_table` opens a table for one :func:`pureog.raster.render.render` call (a context variable:
each thread and each nested render has its own); the fills of that render look a row up there before
finding its runs. The table is dropped when the render returns, so nothing found in one render is used
by the next: a warm render does the same work as the first render of the same masks.
Imports only :mod:`pureog.raster.scan` (the runs' type).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pureog.raster.scan import RowRuns

TABLE_MAX = 8192
"""Distinct rows a render's table holds; rows past that are not added (their runs are found each time)."""

RENDER_TABLE: ContextVar[dict[bytes, RowRuns] | None] = ContextVar("pureog_render_row_runs", default=None)
"""The current render's rows -> runs, or None outside a render (a fill called on its own)."""


@contextmanager
def render_table() -> Iterator[None]:
    """A fresh table for the fills inside the ``with`` block (one render)."""
    token = RENDER_TABLE.set({})
    try:
        yield
    finally:
        RENDER_TABLE.reset(token)

"""CSS Grid value types shared by the style layer (which parses them) and layout (which reads them).

Output of :mod:`pureog.style.grid` (the parsers), input of :mod:`pureog.layout.grid`. Track sizes keep
their CSS shape (px floats, :class:`~pureog.style.values.Percent`, :class:`Fr`, the intrinsic
keywords); line names and template areas are kept as written, placements as :class:`GridLine`.
Imports only :mod:`pureog.style.values`: layout's input types (``layout/node.py``) import this module,
and must not pull in the style parsers.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from pureog.records import record
from pureog.style.values import Calc, Percent


@record
class Fr:
    """A flexible length: ``1fr`` -> ``Fr(1.0)``."""

    value: float


class TrackKeyword(StrEnum):
    AUTO = "auto"
    MIN_CONTENT = "min-content"
    MAX_CONTENT = "max-content"


Breadth = float | Percent | Calc | Fr | TrackKeyword
"""One track sizing function: px, a percentage of the grid container's content box, a ``calc()`` /
``min()`` / ``max()`` / ``clamp()`` holding one (``features: browser``), ``fr`` (max only), or an
intrinsic keyword."""


@record
class TrackSize:
    """A ``<track-size>``: its min and max track sizing functions (``100px`` is ``min = max = 100``,
    ``1fr`` is ``minmax(auto, 1fr)``). ``fit_content`` is the limit of ``fit-content(<limit>)``, whose
    min is ``auto`` and max ``max-content`` clamped by the limit."""

    min: Breadth
    max: Breadth
    fit_content: float | Percent | Calc | None = None


AUTO_TRACK: Final = TrackSize(TrackKeyword.AUTO, TrackKeyword.AUTO)

LineNames = tuple[str, ...]


class RepeatKind(StrEnum):
    COUNT = "count"
    AUTO_FILL = "auto-fill"
    AUTO_FIT = "auto-fit"


@record
class TrackRepeat:
    """``repeat(count | auto-fill | auto-fit, [names] size [names] size ... [names])``: ``names`` has one
    entry more than ``tracks`` (the names before each track, then after the last)."""

    kind: RepeatKind
    count: int
    tracks: tuple[TrackSize, ...]
    names: tuple[LineNames, ...]


@record
class TrackList:
    """A ``gridTemplateColumns``/``Rows`` value: ``entries`` are track sizes and repetitions, ``names``
    the line names before each entry and after the last (``len(entries) + 1`` tuples)."""

    entries: tuple[TrackSize | TrackRepeat, ...]
    names: tuple[LineNames, ...]

    @property
    def auto_repeat(self) -> TrackRepeat | None:
        for entry in self.entries:
            if isinstance(entry, TrackRepeat) and entry.kind is not RepeatKind.COUNT:
                return entry
        return None


@record
class GridArea:
    """One named area of ``gridTemplateAreas``: 1-based lines (end exclusive)."""

    name: str
    row_start: int
    row_end: int
    column_start: int
    column_end: int


@record
class GridAreas:
    """``gridTemplateAreas``: the template's size and its named rectangles."""

    rows: int
    columns: int
    areas: tuple[GridArea, ...]


class LineKind(StrEnum):
    AUTO = "auto"
    LINE = "line"
    SPAN = "span"


@record
class GridLine:
    """A ``grid-row-start``-like value: ``auto``; a line (``3``, ``-1``, ``name``, ``name 2``); or a span
    (``span 2``, ``span name``). ``integer`` is 0 when only a name is given (a span of 1 / the first
    line of that name)."""

    kind: LineKind = LineKind.AUTO
    integer: int = 0
    name: str | None = None


AUTO_LINE: Final = GridLine()


@record
class GridAutoFlow:
    """``gridAutoFlow``: ``column`` fills columns first; ``dense`` back-fills holes."""

    column: bool = False
    dense: bool = False


ROW_FLOW: Final = GridAutoFlow()


class ItemAlign(StrEnum):
    """``justifyItems`` / ``justifySelf`` (and the grid reading of the align keywords)."""

    AUTO = "auto"
    NORMAL = "normal"
    STRETCH = "stretch"
    START = "start"
    END = "end"
    CENTER = "center"
    BASELINE = "baseline"


__all__ = [
    "AUTO_LINE",
    "AUTO_TRACK",
    "ROW_FLOW",
    "Breadth",
    "Fr",
    "GridArea",
    "GridAreas",
    "GridAutoFlow",
    "GridLine",
    "ItemAlign",
    "LineKind",
    "LineNames",
    "RepeatKind",
    "TrackKeyword",
    "TrackList",
    "TrackRepeat",
    "TrackSize",
]

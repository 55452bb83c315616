"""CSS Grid §7: the explicit grid (track lists, ``repeat()``, auto-repeat counts, line names, template
areas), the implicit tracks around it, and the mutable :class:`Track` of the sizing algorithm.

Input: a container's :class:`~pureog.layout.node.GridStyle` and its content-box size (for
``repeat(auto-fill | auto-fit)``). Output: :class:`AxisTemplate` per axis (the explicit track sizes and
the names of each explicit line), :class:`LineResolver` (grid-placement values -> origin-zero lines,
§8.3) and, once placement has fixed the implicit grid, a list of :class:`Track`. Coordinates are
"origin-zero" as in taffy: line 0 is the explicit grid's first line, implicit lines before it are
negative. Imports only :mod:`pureog.style.grid_values` and :mod:`pureog.style.values`.
"""

from __future__ import annotations

import math

from pureog.records import mutable_record, record
from pureog.style.grid_values import (
    Fr,
    GridAreas,
    GridLine,
    LineKind,
    LineNames,
    RepeatKind,
    TrackKeyword,
    TrackList,
    TrackRepeat,
    TrackSize,
)
from pureog.style.values import Calc, Percent

MAX_TRACKS = 1000
"""Tracks per axis beyond which lines are clamped (Chromium's limit is larger; cards never get close)."""

# Sizing-function kinds of one track, resolved for one sizing pass (percentages of an indefinite size
# behave as the keyword Chromium uses: min-content as a minimum, auto as a maximum).
FIXED, AUTO, MIN_CONTENT, MAX_CONTENT, FLEX, FIT = 0, 1, 2, 3, 4, 5
_KEYWORD_KIND = {TrackKeyword.AUTO: AUTO, TrackKeyword.MIN_CONTENT: MIN_CONTENT, TrackKeyword.MAX_CONTENT: MAX_CONTENT}


def _resolve_length(value: float | Percent | Calc, basis: float) -> float:
    """px of a fixed breadth; NaN for a percentage of an indefinite basis (a calc() holding one too:
    it then acts as the intrinsic size, as in Chromium); a negative calc() result is 0 (CSS clamps a
    math function to the property's range)."""
    if isinstance(value, Percent):
        return value.value * basis / 100.0 if basis == basis else math.nan
    if isinstance(value, Calc):
        px = value.resolve(basis) if basis == basis else math.nan
        return max(0.0, px) if px == px else math.nan
    return float(value)


class Track:
    """One grid track (row or column) during the track sizing algorithm (§11.4-§11.8)."""

    __slots__ = ("size", "min_kind", "min_value", "max_kind", "max_value", "base", "limit", "planned",
                 "incurred", "infinitely_growable", "collapsed", "offset", "touched")  # fmt: skip

    def __init__(self, size: TrackSize) -> None:
        self.size = size
        self.min_kind = AUTO
        self.min_value = 0.0
        self.max_kind = AUTO
        self.max_value = 0.0
        self.base = 0.0
        self.limit = math.inf
        self.planned = 0.0
        self.incurred = 0.0
        self.infinitely_growable = False
        self.collapsed = False
        self.offset = 0.0
        self.touched = False
        """An item's growth-limit contribution reached the track in the current step (even of 0)."""

    def resolve_functions(self, basis: float) -> None:
        """Kinds and px values of the min/max sizing functions against the axis' content size."""
        size = self.size
        low, high = size.min, size.max
        if isinstance(low, (float, int, Percent, Calc)):
            value = _resolve_length(low, basis)
            if value == value:
                self.min_kind, self.min_value = FIXED, value
            else:
                self.min_kind, self.min_value = MIN_CONTENT, 0.0
        else:
            self.min_kind, self.min_value = _KEYWORD_KIND[low], 0.0  # type: ignore[index]
        if size.fit_content is not None:
            limit = _resolve_length(size.fit_content, basis)
            self.max_kind, self.max_value = FIT, (limit if limit == limit else math.inf)
        elif isinstance(high, Fr):
            self.max_kind, self.max_value = FLEX, high.value
        elif isinstance(high, (float, int, Percent, Calc)):
            value = _resolve_length(high, basis)
            if value == value:
                self.max_kind, self.max_value = FIXED, value
            else:
                self.max_kind, self.max_value = AUTO, 0.0
        else:
            self.max_kind, self.max_value = _KEYWORD_KIND[high], 0.0
        if self.collapsed:
            self.min_kind, self.min_value, self.max_kind, self.max_value = FIXED, 0.0, FIXED, 0.0

    # --- classification (§11.1) ---

    @property
    def is_flexible(self) -> bool:
        return self.max_kind == FLEX

    @property
    def has_intrinsic_min(self) -> bool:
        return self.min_kind != FIXED

    @property
    def has_intrinsic_max(self) -> bool:
        return self.max_kind in (AUTO, MIN_CONTENT, MAX_CONTENT, FIT)

    @property
    def has_max_content_max(self) -> bool:
        """auto, max-content and fit-content maxima accommodate max-content contributions."""
        return self.max_kind in (AUTO, MAX_CONTENT, FIT)

    def fit_limit(self) -> float:
        """The fit-content() argument (infinite for other tracks)."""
        return self.max_value if self.max_kind == FIT else math.inf

    def fit_limited_growth(self) -> float:
        """The growth limit, capped by a fit-content() argument."""
        if self.max_kind == FIT:
            return min(self.limit, self.max_value)
        return self.limit


@record
class AxisTemplate:
    """One axis of the explicit grid: its track sizes, the names of its lines (``len(sizes) + 1``), the
    auto-repeated tracks' indexes (``auto_fit`` tells whether empty ones collapse), and the implicit
    track sizes (``gridAutoRows``/``Columns``, cycled)."""

    sizes: tuple[TrackSize, ...]
    names: tuple[LineNames, ...]
    auto_repeat: range
    auto_fit: bool
    auto_sizes: tuple[TrackSize, ...]


def auto_repeat_count(
    template: TrackList, gap: float, size: float, max_size: float, min_size: float
) -> int:
    """§7.2.3.2: how many times ``repeat(auto-fill | auto-fit, ...)`` repeats, from the container's
    content-box size (else max size: as many as fit; else min size: as few as reach it; else 1)."""
    repeat = template.auto_repeat
    assert repeat is not None
    if size == size:
        space, fill = size, True
    elif max_size == max_size:
        space, fill = max_size, True
    elif min_size == min_size:
        space, fill = min_size, False
    else:
        return 1
    basis = space

    def used(track: TrackSize) -> float:
        high = _fixed(track.max, basis)
        low = _fixed(track.min, basis)
        if high == high:
            return max(high, low) if low == low else high
        return low if low == low else 0.0

    other_tracks = 0
    other_space = 0.0
    for entry in template.entries:
        if isinstance(entry, TrackRepeat):
            if entry.kind is RepeatKind.COUNT:
                other_tracks += entry.count * len(entry.tracks)
                other_space += entry.count * sum(used(t) for t in entry.tracks)
        else:
            other_tracks += 1
            other_space += used(entry)
    per_repeat = sum(used(t) for t in repeat.tracks)
    first = other_space + per_repeat + (other_tracks + len(repeat.tracks) - 1) * gap
    if first > space:
        return 1
    step = per_repeat + len(repeat.tracks) * gap
    if step <= 0:
        return max(1, MAX_TRACKS // max(1, len(repeat.tracks)))
    extra = (space - first) / step
    count = 1 + (math.floor(extra) if fill else math.ceil(extra))
    return max(1, min(count, MAX_TRACKS // max(1, len(repeat.tracks))))


def _fixed(breadth: object, basis: float) -> float:
    if isinstance(breadth, (float, int, Percent, Calc)):
        return _resolve_length(breadth, basis)
    return math.nan


def axis_template(
    template: TrackList | None, auto_sizes: tuple[TrackSize, ...], repeat_count: int, area_lines: int
) -> AxisTemplate:
    """Expand a track list (``repeat()`` unrolled) into explicit tracks and their line names; a
    ``gridTemplateAreas`` with more tracks than the list adds tracks sized like implicit ones."""
    sizes: list[TrackSize] = []
    names: list[list[str]] = [[]]
    auto_range = range(0)
    auto_fit = False
    if template is not None:
        names[0].extend(template.names[0])
        for index, entry in enumerate(template.entries):
            if isinstance(entry, TrackRepeat):
                count = entry.count if entry.kind is RepeatKind.COUNT else repeat_count
                count = min(count, MAX_TRACKS // max(1, len(entry.tracks)) + 1)  # the limited grid
                first = len(sizes)
                for _ in range(count):
                    names[-1].extend(entry.names[0])
                    for k, track in enumerate(entry.tracks):
                        sizes.append(track)
                        names.append(list(entry.names[k + 1]))
                if entry.kind is not RepeatKind.COUNT:
                    auto_range = range(first, len(sizes))
                    auto_fit = entry.kind is RepeatKind.AUTO_FIT
            else:
                sizes.append(entry)
                names.append([])
            names[-1].extend(template.names[index + 1])
    listed = len(sizes)
    for k in range(listed, area_lines - 1):  # tracks only the areas define: sized as implicit ones
        sizes.append(auto_sizes[(k - listed) % len(auto_sizes)])
        names.append([])
    if len(sizes) > MAX_TRACKS:
        sizes = sizes[:MAX_TRACKS]
        names = names[: MAX_TRACKS + 1]
    return AxisTemplate(tuple(sizes), tuple(tuple(n) for n in names), auto_range, auto_fit, auto_sizes)


class LineResolver:
    """§8.3: grid-placement values -> origin-zero lines of one axis, with the explicit line names and
    those implied by ``gridTemplateAreas`` (``<area>-start`` / ``<area>-end``)."""

    def __init__(self, template: AxisTemplate, areas: GridAreas | None, rows: bool) -> None:
        self.count = len(template.sizes)  # explicit tracks
        by_name: dict[str, list[int]] = {}
        for line, names in enumerate(template.names):
            for name in names:
                by_name.setdefault(name, []).append(line)
        if areas is not None:
            for area in areas.areas:
                start, end = (area.row_start, area.row_end) if rows else (area.column_start, area.column_end)
                by_name.setdefault(f"{area.name}-start", []).append(start - 1)
                by_name.setdefault(f"{area.name}-end", []).append(end - 1)
        self.by_name = {name: sorted(set(lines)) for name, lines in by_name.items()}

    def line(self, value: GridLine, is_start: bool) -> int | None:
        """The origin-zero line of a definite line value (``None`` for auto and spans)."""
        if value.kind is not LineKind.LINE:
            return None
        if value.name is None:
            number = value.integer
            return number - 1 if number > 0 else self.count + 1 + number
        if value.integer == 0:
            edge = f"{value.name}-{'start' if is_start else 'end'}"
            if edge in self.by_name:
                return self.by_name[edge][0]
            return self._named(value.name, 1)
        return self._named(value.name, value.integer)

    def _named(self, name: str, nth: int) -> int:
        lines = self.by_name.get(name, [])
        if nth > 0:
            if nth <= len(lines):
                return lines[nth - 1]
            # Every implicit line after the explicit grid counts as having the name.
            return self.count + (nth - len(lines))
        if -nth <= len(lines):
            return lines[nth]
        return -(-nth - len(lines))

    def span_to(self, value: GridLine, from_line: int, forward: bool) -> int:
        """The line ``value`` (a span) reaches from ``from_line``: N lines on, or the Nth line of its
        name (implicit lines beyond the explicit grid count as having every name)."""
        count = value.integer or 1
        if value.name is None:
            return from_line + count if forward else from_line - count
        lines = self.by_name.get(value.name, [])
        found = 0
        line = from_line
        while found < count:
            line = line + 1 if forward else line - 1
            if line > self.count or line < 0 or line in lines:
                found += 1
            if abs(line) > 2 * MAX_TRACKS:
                break
        return line


@mutable_record
class Placement:
    """An item's lines in one axis (origin-zero, end exclusive) or its span when still auto."""

    start: int | None
    end: int | None
    span: int

    @property
    def definite(self) -> bool:
        return self.start is not None


def resolve_placement(start: GridLine, end: GridLine, resolver: LineResolver) -> Placement:
    """§8.3.1 conflict handling and §8.3 line resolution for one axis of one item."""
    start_line = resolver.line(start, True)
    end_line = resolver.line(end, False)
    if start_line is not None and end_line is not None:
        if start_line > end_line:
            start_line, end_line = end_line, start_line
        if start_line == end_line:
            end_line = start_line + 1
        return Placement(start_line, end_line, end_line - start_line)
    if start_line is not None:
        if end.kind is LineKind.SPAN:
            end_line = resolver.span_to(end, start_line, True)
        else:
            end_line = start_line + 1
        return Placement(start_line, end_line, end_line - start_line)
    if end_line is not None:
        if start.kind is LineKind.SPAN:
            start_line = resolver.span_to(start, end_line, False)
        else:
            start_line = end_line - 1
        return Placement(start_line, end_line, end_line - start_line)
    # Auto position: a span for a named line only counts as 1; two spans keep the start's.
    span = 1
    if start.kind is LineKind.SPAN:
        span = 1 if start.name is not None else (start.integer or 1)
    elif end.kind is LineKind.SPAN:
        span = 1 if end.name is not None else (end.integer or 1)
    return Placement(None, None, max(1, min(span, MAX_TRACKS)))


__all__ = [
    "AUTO",
    "FIT",
    "FIXED",
    "FLEX",
    "MAX_CONTENT",
    "MIN_CONTENT",
    "AxisTemplate",
    "LineResolver",
    "Placement",
    "Track",
    "auto_repeat_count",
    "axis_template",
    "resolve_placement",
]

"""CSS Grid §8.5, the grid item placement algorithm, as Chromium (LayoutNG) runs it.

Input: the items' resolved placements per axis (:class:`~pureog.layout.grid_tracks.Placement`: origin-
zero lines, or an auto span), the explicit grid's size and ``gridAutoFlow``. Output: every placement
made definite, and the implicit grid's extent in both axes (negative start lines when items opened
tracks before the explicit grid).

The flow axis is the *major* axis (rows for ``row`` flow: the grid grows in it) and the other the
*minor* axis (the cursor walks along it). The steps are the spec's: items placed in both axes,
then items locked to a major line, then the rest with the auto-placement cursor. The cursor is
Chromium's: it keeps the placed items in (major, minor) order, skips past the items overlapping its
major line, and when a span does not fit in a major line it moves to the nearest major end line of
the items overlapping that line. Where that differs from the spec's "increment the row by one", it
decides where an item lands, and Chromium is the reference. Imports only
:mod:`pureog.layout.grid_tracks` and :mod:`pureog.limits`.
"""

from __future__ import annotations

import heapq

from pureog.layout.grid_tracks import MAX_TRACKS, Placement
from pureog.layout.passes import charge_passes
from pureog.limits import check_deadline
from pureog.records import mutable_record

# How the cursor may move while fitting a span (Chromium's CursorMovementBehavior).
AUTO_MOVE, FORCE_MAJOR, FORCE_MINOR = 0, 1, 2

Position = tuple[int, int]  # (major line, minor line)


@mutable_record
class PlacedItem:
    """A placed item's area in translated (non-negative) lines: start and end positions."""

    major_start: int
    minor_start: int
    major_end: int
    minor_end: int

    @property
    def start(self) -> Position:
        return (self.major_start, self.minor_start)

    def end_on_previous_major_line(self) -> Position:
        """The first position from which no later position overlaps this item."""
        return (self.major_end - 1, self.minor_end)


class PlacedList:
    """The placed items in (major start, minor start) order."""

    def __init__(self, items: list[PlacedItem]) -> None:
        self.items = sorted(items, key=lambda item: item.start)
        self.keys = [item.start for item in self.items]


class Cursor:
    """Chromium's auto-placement cursor over a :class:`PlacedList`."""

    def __init__(self, placed: PlacedList) -> None:
        self.placed = placed
        self.major = 0
        self.minor = 0
        self.next_index = 0  # the first placed item not yet at or before the cursor
        self.overlapping: list[tuple[int, int, int, PlacedItem]] = []  # heap by end position
        self.jump_to_item_end = True
        self._counter = 0

    @property
    def position(self) -> Position:
        return (self.major, self.minor)

    def move_to_major_line(self, line: int) -> None:
        self.major = line

    def move_to_minor_line(self, line: int) -> None:
        """The cursor only moves forward: a minor line before it is on the next major line."""
        if line < self.minor:
            self.major += 1
        self.minor = line

    def move_to_next_major_line(self, allow_minor: bool) -> None:
        """One major line on, or (when allowed) straight to the nearest end of an overlapping item."""
        self.major += 1
        if self.jump_to_item_end and self.overlapping:
            self.major = self.overlapping[0][3].major_end
        if allow_minor:
            self.minor = 0
        self.jump_to_item_end = True

    def update_overlapping(self) -> None:
        """Drop the items the cursor has passed; take in the placed items it has reached."""
        while self.overlapping:
            last = self.overlapping[0][3].end_on_previous_major_line()
            if self.position < last:
                break
            if self.major == last[0]:
                self.jump_to_item_end = False
            heapq.heappop(self.overlapping)
        items = self.placed.items
        while self.next_index < len(items) and items[self.next_index].start <= self.position:
            item = items[self.next_index]
            last = item.end_on_previous_major_line()
            if self.major <= last[0]:
                self.jump_to_item_end = False
            if self.position < last:
                self._counter += 1
                heapq.heappush(self.overlapping, (item.major_end, item.minor_end, self._counter, item))
            self.next_index += 1

    def fit(self, major_span: int, minor_span: int, minor_max_end: int, movement: int) -> None:
        """Move to the first position where a ``major_span`` x ``minor_span`` area overlaps no placed item
        (Chromium's ``MoveCursorToFitGridSpan``)."""
        allow_minor = movement != FORCE_MINOR
        minor_max_start = minor_max_end if movement == FORCE_MAJOR else minor_max_end - minor_span
        next_minor = self.minor

        def must_change_major() -> bool:
            return next_minor > minor_max_start or (not allow_minor and next_minor != self.minor)

        def fits_here() -> bool:
            if must_change_major():
                self.move_to_next_major_line(allow_minor)
                return False
            if self.minor == next_minor:
                return True
            self.move_to_minor_line(next_minor)
            return False

        if self.minor > minor_max_start:
            self.move_to_next_major_line(allow_minor)
        guard = 0
        while True:
            guard += 1
            if guard % 64 == 0:
                check_deadline()
                # each step visits the overlapping items: dense packing of 2,000 wide items took minutes;
                # the steps count against the layout's budget (spec/limits.md)
                charge_passes(1 + len(self.overlapping) // 16)
            if guard > 100 * MAX_TRACKS:  # cannot happen; a safety net against a livelock
                return
            self.update_overlapping()
            next_minor = self.minor
            for entry in self.overlapping:
                item = entry[3]
                if next_minor < item.minor_end and item.minor_start < next_minor + minor_span:
                    next_minor = item.minor_end
                    if must_change_major():
                        break
            if not fits_here():
                continue
            items = self.placed.items
            for index in range(self.next_index, len(items)):
                item = items[index]
                if (next_minor < item.minor_end and self.major < item.major_end
                        and item.major_start < self.major + major_span and item.minor_start < next_minor + minor_span):
                    next_minor = item.minor_end
                    if must_change_major():
                        break
            if fits_here():
                return

    def insert(self, item: PlacedItem) -> None:
        """Add an item placed at the cursor; the cursor moves to its minor end."""
        index = self.next_index  # the item starts at the cursor: its place in the order
        self.placed.items.insert(index, item)
        self.placed.keys.insert(index, item.start)
        self.move_to_minor_line(item.minor_end)
        self.update_overlapping()


def place_items(
    columns: list[Placement], rows: list[Placement], explicit_columns: int, explicit_rows: int, column_flow: bool,
    dense: bool,
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Run §8.5 on the items' placements (changed in place to definite origin-zero lines); returns the
    implicit grid's column lines and row lines as ``(first, last)``."""
    majors, minors = (columns, rows) if column_flow else (rows, columns)
    explicit_major, explicit_minor = (explicit_columns, explicit_rows) if column_flow else (explicit_rows,
                                                                                           explicit_columns)
    for placement in (*majors, *minors):  # the limited grid: absurd lines and spans are clamped
        if placement.start is not None:
            # a definite span too (`1 / span 1000000000`): each line of it is a track to size
            placement.span = max(1, min(MAX_TRACKS, placement.span))
            placement.start = max(-MAX_TRACKS, min(MAX_TRACKS, placement.start))
            placement.end = placement.start + placement.span
    major_offset = max([0] + [-p.start for p in majors if p.start is not None])
    minor_offset = max([0] + [-p.start for p in minors if p.start is not None])

    placed, locked, remaining, minor_max_end = place_definite_items(majors, minors, major_offset, minor_offset,
                                                                    explicit_minor)
    minor_max_end = place_locked_items(majors, minors, locked, placed, major_offset, minor_offset, minor_max_end,
                                       dense)
    place_remaining_items(majors, minors, remaining, placed, major_offset, minor_offset, minor_max_end, dense)

    major_hi = max([explicit_major] + [p.end for p in majors if p.end is not None])
    minor_hi = max([explicit_minor, minor_max_end - minor_offset] + [p.end for p in minors if p.end is not None])
    major_extent = (-major_offset, major_hi)
    minor_extent = (-minor_offset, minor_hi)
    return (major_extent, minor_extent) if column_flow else (minor_extent, major_extent)


def place_definite_items(
    majors: list[Placement], minors: list[Placement], major_offset: int, minor_offset: int, explicit_minor: int,
) -> tuple[PlacedList, list[int], list[int], int]:
    """§8.5 step 1: the items definite in both axes; sorts the others into locked to a major line (step 2)
    and the rest (step 4); the minor axis' end line so far (step 3)."""
    minor_max_end = explicit_minor + minor_offset
    placed: list[PlacedItem] = []
    locked: list[int] = []
    remaining: list[int] = []
    for index, (major, minor) in enumerate(zip(majors, minors, strict=True)):
        if minor.start is None:
            minor_max_end = max(minor_max_end, minor.span)
        else:
            minor_max_end = max(minor_max_end, minor.start + minor.span + minor_offset)
        if major.start is not None and minor.start is not None:
            placed.append(PlacedItem(major.start + major_offset, minor.start + minor_offset,
                                     major.start + major.span + major_offset, minor.start + minor.span + minor_offset))
        elif major.start is not None:
            locked.append(index)
        else:
            remaining.append(index)
    return PlacedList(placed), locked, remaining, minor_max_end


def place_locked_items(
    majors: list[Placement], minors: list[Placement], locked: list[int], placed: PlacedList, major_offset: int,
    minor_offset: int, minor_max_end: int, dense: bool,
) -> int:
    """§8.5 step 2: each item locked to a major line goes to the first minor position that fits (sparse
    packing: past the items this step put on that line); returns the grown minor end line."""
    minor_cursors: dict[int, int] = {}
    for index in locked:
        major, minor = majors[index], minors[index]
        assert major.start is not None
        major_start = major.start + major_offset
        cursor = Cursor(placed)
        cursor.move_to_major_line(major_start)
        if not dense and major_start in minor_cursors:
            cursor.move_to_minor_line(minor_cursors[major_start])
        cursor.fit(major.span, minor.span, minor_max_end, FORCE_MAJOR)
        minor_end = cursor.minor + minor.span
        if not dense:
            minor_cursors[major_start] = minor_end
        minor_max_end = max(minor_max_end, minor_end)
        minor.start, minor.end = cursor.minor - minor_offset, minor_end - minor_offset
        cursor.insert(PlacedItem(major_start, cursor.minor, major_start + major.span, minor_end))
    return minor_max_end


def place_remaining_items(
    majors: list[Placement], minors: list[Placement], remaining: list[int], placed: PlacedList, major_offset: int,
    minor_offset: int, minor_max_end: int, dense: bool,
) -> None:
    """§8.5 step 4: the items without a major line, with one cursor (sparse) or from the start each
    time (dense); an item with a minor line keeps it and only moves in the major axis."""
    cursor = Cursor(placed)
    for index in remaining:
        major, minor = majors[index], minors[index]
        if minor.start is not None:
            cursor.move_to_minor_line(minor.start + minor_offset)
            cursor.fit(major.span, minor.span, minor_max_end, FORCE_MINOR)
        else:
            cursor.fit(major.span, minor.span, minor_max_end, AUTO_MOVE)
        major_start, minor_start = cursor.major, cursor.minor
        major.start, major.end = major_start - major_offset, major_start + major.span - major_offset
        minor.start, minor.end = minor_start - minor_offset, minor_start + minor.span - minor_offset
        cursor.insert(PlacedItem(major_start, minor_start, major_start + major.span, minor_start + minor.span))
        if dense:
            cursor = Cursor(placed)


__all__ = ["place_items"]

"""CSS Grid layout (Level 2 without subgrid): the driver for one grid container, as Chromium lays it out.

Satori 0.29 throws on ``display: grid``, so headless Chromium is the reference here (spec/layout.md,
"Grid"); the grid's items are still laid out by the flex driver (a grid item is usually a flex
container or a text leaf), reached through ``layout_fn`` (:func:`pureog.layout.flex.layout_node`).

Input: a grid container :class:`~pureog.layout.tree.WorkNode` (its :class:`~pureog.layout.node.GridStyle`
in ``style.grid``), the space Yoga offers it (sizes and modes, as for any box) and whether to lay out
its items or only measure it. Output: ``node.measured`` and, when laying out, every child's size and
position relative to the container's border box.

The steps, one function each: the explicit grid (:mod:`~pureog.layout.grid_tracks`), placement
(:mod:`~pureog.layout.grid_placement`), the container's width (its definite width, else its min-/
max-content width from the column sizing under that constraint, fit into the available width),
column sizing then row sizing (:mod:`~pureog.layout.grid_sizing`) with the items' contributions
(:mod:`~pureog.layout.grid_items`), the container's height, content alignment of the tracks, and the
items' own alignment and layout; absolutely positioned children last, in the grid area their lines
name. Imports only layout's own modules and :mod:`pureog.style` value types.
"""

from __future__ import annotations

import math

from pureog.layout.absolute import layout_absolute_descendants
from pureog.layout.grid_items import (
    ColumnContributions,
    GridItem,
    RowContributions,
    css_bound,
    definite_size,
    fixed_area_size,
    item_alignment,
    max_content_width,
    min_content_width,
    place_item,
    record_flow_widths,
)
from pureog.layout.grid_items import self_offset as _item_offset
from pureog.layout.grid_placement import place_items
from pureog.layout.grid_sizing import DEFINITE, MAX_CONSTRAINT, MIN_CONSTRAINT, AxisItem, size_tracks
from pureog.layout.grid_tracks import (
    AxisTemplate,
    LineResolver,
    Placement,
    Track,
    auto_repeat_count,
    axis_template,
    resolve_placement,
)
from pureog.layout.node import DEFAULT_GRID, GridStyle
from pureog.layout.tree import (
    AT_MOST,
    BOTTOM,
    COLUMN,
    EXACTLY,
    HEIGHT,
    LEFT,
    NAN,
    RIGHT,
    ROW,
    TOP,
    UNDEFINED,
    WIDTH,
    LayoutFn,
    WorkNode,
    zero_out_layout,
)
from pureog.limits import check_deadline
from pureog.records import mutable_record
from pureog.style.grid_values import Fr, GridLine, ItemAlign, LineKind
from pureog.style.values import Align, Calc, Display, Justify, Percent, Position

_STRETCH_CONTENT = (Justify.NORMAL, Justify.STRETCH, Align.NORMAL, Align.STRETCH)


@mutable_record
class GridSetup:
    """A container's grid before track sizing: templates, line resolvers, tracks and placed items."""

    grid: GridStyle
    columns: list[Track]
    rows: list[Track]
    column_first_line: int
    row_first_line: int
    column_resolver: LineResolver
    row_resolver: LineResolver
    items: list[GridItem]
    column_origin: float = 0.0
    """Where the first column line ends up (content alignment included): the only line of an empty grid."""
    row_origin: float = 0.0


def layout_grid(
    node: WorkNode,
    width: float,
    height: float,
    width_mode: int,
    height_mode: int,
    owner_width: float,
    owner_height: float,
    perform_layout: bool,
    layout_fn: LayoutFn,
) -> None:
    """Size (and if ``perform_layout``, lay out) one grid container. ``width``/``height``: the border-box
    space offered (margins already taken off), with Yoga's modes."""
    pb_row = node.padding_and_border_for_axis(ROW, owner_width)
    pb_column = node.padding_and_border_for_axis(COLUMN, owner_width)
    known_width = width if width_mode == EXACTLY else definite_size(node, WIDTH, owner_width, owner_width)
    known_height = height if height_mode == EXACTLY else definite_size(node, HEIGHT, owner_height, owner_width)
    inner_width = max(0.0, known_width - pb_row) if known_width == known_width else NAN
    inner_height = max(0.0, known_height - pb_column) if known_height == known_height else NAN

    setup = build_grid(node, inner_width, inner_height, owner_width, owner_height, layout_fn)

    if inner_width != inner_width:
        mode = "max" if width_mode == UNDEFINED else "fit"
        known_width = container_width(node, setup, mode, width - pb_row if width_mode == AT_MOST else NAN,
                                      owner_width)
        inner_width = max(0.0, known_width - pb_row)
    column_gap = node.gap_for_axis(ROW, inner_width)
    size_columns(node, setup, inner_width, owner_width, column_gap)
    # The rows size their items at the widths of their areas as laid out, the space justify-content
    # distributes between the columns included (CSS Grid 12.1 step 2: the inline size is definite by
    # now, as in Chromium, which lays a grid out at a known width): a span over two columns of a
    # space-around grid is wider than its columns and gap, and its text may not wrap.
    area_gap = column_gap + content_distribution(setup.columns, inner_width, column_gap,
                                                 setup.grid.justify_content)[1]

    content_sized = False
    if inner_height == inner_height and height_mode == EXACTLY and not node.has_definite_length(HEIGHT, owner_height):
        # Offered exactly the height its content gives it (a parent laying out an auto-height grid at
        # its measured height): Chromium's rows are those of an auto height, not of a definite one.
        row_gap = node.gap_for_axis(COLUMN, NAN)
        size_rows(node, setup, NAN, owner_height, owner_width, area_gap, row_gap)
        content = css_bound(node, COLUMN, _tracks_size(setup.rows, row_gap) + pb_column, owner_height, owner_width)
        content_sized = abs(content - known_height) < 1e-6
    if inner_height != inner_height or content_sized:
        # The height from the rows sized under a max-content constraint (percentages of the height and
        # percentage gaps count as auto / 0), then the rows sized again at that height, as Chromium does.
        if not content_sized:
            row_gap = node.gap_for_axis(COLUMN, NAN)
            size_rows(node, setup, NAN, owner_height, owner_width, area_gap, row_gap)
            used = _tracks_size(setup.rows, row_gap)
            known_height = css_bound(node, COLUMN, used + pb_column, owner_height, owner_width)
            inner_height = max(0.0, known_height - pb_column)
        if _rows_depend_on_height(node, setup):
            row_gap = node.gap_for_axis(COLUMN, inner_height)
            # Chromium sizes again at its height in layout units (1/64 px, rounded down): flexible rows
            # whose fr share lands exactly on a base size go one way or the other on that last 1/64
            rerun_height = math.floor(inner_height * 64.0) / 64.0
            size_rows(node, setup, rerun_height, owner_height, owner_width, area_gap, row_gap)
    else:
        row_gap = node.gap_for_axis(COLUMN, inner_height)
        size_rows(node, setup, inner_height, owner_height, owner_width, area_gap, row_gap)
    node.measured = [known_width, known_height]
    if not perform_layout:
        return

    final_inner_height = inner_height
    grid = setup.grid
    content_left = node.layout_border[LEFT] + node.layout_padding[LEFT]
    setup.column_origin = align_tracks(setup.columns, inner_width, column_gap, grid.justify_content, content_left)
    setup.row_origin = align_tracks(setup.rows, final_inner_height, row_gap, grid.align_content,
                                    node.layout_border[TOP] + node.layout_padding[TOP])
    for item in setup.items:
        check_deadline()
        x, area_width = _area(setup.columns, item.column_start, item.column_end)
        y, area_height = _area(setup.rows, item.row_start, item.row_end)
        if grid.rtl:
            # laid out left to right with the inline start and end swapped, then each area mirrored in
            # the content box; the item's margins stay physical (place_item reads them in the mirror)
            x = 2.0 * content_left + inner_width - x - area_width
            place_item(item, x, y, area_width, area_height, _RTL_SELF.get(item.justify, item.justify), rtl=True)
        else:
            place_item(item, x, y, area_width, area_height)
    if grid.rtl:
        _mirror_columns(setup, content_left, inner_width)
    if node.style.position is not Position.STATIC or node.is_root:
        layout_absolute_children(node, setup, layout_fn)


def build_grid(
    node: WorkNode, inner_width: float, inner_height: float, owner_width: float, owner_height: float,
    layout_fn: LayoutFn,
) -> GridSetup:
    """§7 and §8: the explicit grid (auto-repeat counts from the content box, else its max, else its
    min size), the items' placement and the implicit tracks; hidden children are zeroed out."""
    grid = node.style.grid or DEFAULT_GRID
    areas = grid.template_areas
    columns_template = _axis(node, grid, inner_width, owner_width, WIDTH)
    rows_template = _axis(node, grid, inner_height, owner_height, HEIGHT)
    column_resolver = LineResolver(columns_template, areas, rows=False)
    row_resolver = LineResolver(rows_template, areas, rows=True)

    in_flow: list[WorkNode] = []
    column_places: list[Placement] = []
    row_places: list[Placement] = []
    for child in node.children:
        if child.style.display is Display.NONE:
            zero_out_layout(child)
            child.visited = True
            continue
        if child.style.position is Position.ABSOLUTE:
            continue
        style = child.style.grid or DEFAULT_GRID
        in_flow.append(child)
        column_places.append(resolve_placement(style.column_start, style.column_end, column_resolver))
        row_places.append(resolve_placement(style.row_start, style.row_end, row_resolver))
    (column_lo, column_hi), (row_lo, row_hi) = place_items(
        column_places, row_places, column_resolver.count, row_resolver.count, grid.auto_flow.column,
        grid.auto_flow.dense,
    )
    columns = _tracks(columns_template, column_lo, column_hi, column_places)
    rows = _tracks(rows_template, row_lo, row_hi, row_places)

    def grid_width(child: WorkNode, min_content: bool, child_owner_width: float, child_owner_height: float) -> float:
        return grid_intrinsic_width(child, min_content, child_owner_width, child_owner_height, layout_fn)

    items = []
    for child, column, row in zip(in_flow, column_places, row_places, strict=True):
        assert column.start is not None and column.end is not None and row.start is not None and row.end is not None
        justify, align = item_alignment(node, child)
        items.append(GridItem(child, (column.start - column_lo, column.end - column_lo),
                              (row.start - row_lo, row.end - row_lo), justify, align, layout_fn, grid_width))
    return GridSetup(grid, columns, rows, column_lo, row_lo, column_resolver, row_resolver, items)


def _axis(node: WorkNode, grid: GridStyle, inner: float, owner: float, dim: int) -> AxisTemplate:
    """One axis of the explicit grid, ``repeat(auto-fill | auto-fit)`` counted from the content box."""
    horizontal = dim == WIDTH
    template = grid.template_columns if horizontal else grid.template_rows
    auto_sizes = grid.auto_columns if horizontal else grid.auto_rows
    areas = grid.template_areas
    area_lines = 0 if areas is None else (areas.columns if horizontal else areas.rows) + 1
    count = 1
    if template is not None and template.auto_repeat is not None:
        axis = ROW if horizontal else COLUMN
        pb = node.padding_and_border_for_axis(axis, owner)
        gap = node.gap_for_axis(axis, inner)
        max_size = node.resolved_max(dim, owner, owner)
        min_size = node.resolved_min(dim, owner, owner)
        max_inner = max(0.0, max(max_size, min_size if min_size == min_size else 0.0) - pb) if max_size == max_size \
            else NAN
        min_inner = max(0.0, min_size - pb) if min_size == min_size else NAN
        count = auto_repeat_count(template, gap, inner, max_inner, min_inner)
    return axis_template(template, auto_sizes, count, area_lines)


def _tracks(template: AxisTemplate, first: int, last: int, places: list[Placement]) -> list[Track]:
    """The tracks from line ``first`` to ``last`` (origin-zero): explicit ones from the template, implicit
    ones from the auto sizes (cycled, backwards before the explicit grid); empty auto-fit tracks
    collapse."""
    explicit = len(template.sizes)
    autos = template.auto_sizes
    tracks = []
    for line in range(first, last):
        if 0 <= line < explicit:
            track = Track(template.sizes[line])
            if template.auto_fit and line in template.auto_repeat:
                track.collapsed = not any(p.start is not None and p.end is not None and p.start <= line < p.end
                                          for p in places)
        else:
            track = Track(autos[(line - explicit) % len(autos)] if line >= explicit else autos[line % len(autos)])
        tracks.append(track)
    return tracks


def _tracks_size(tracks: list[Track], gap: float) -> float:
    visible = sum(1 for t in tracks if not t.collapsed)
    return sum(t.base for t in tracks) + gap * max(0, visible - 1)


# --- sizing -------------------------------------------------------------------------------------------


def _column_items(setup: GridSetup, gap: float) -> list[AxisItem]:
    return [AxisItem(item.column_start, item.column_end, ColumnContributions(item), setup.columns, gap)
            for item in setup.items]


def container_width(node: WorkNode, setup: GridSetup, mode: str, available: float, owner_width: float) -> float:
    """The container's border-box width when it has no definite one: max-content (``mode="max"``),
    min-content (``"min"``), or fit-content into ``available`` (``"fit"``); clamped by min/max."""
    pb = node.padding_and_border_for_axis(ROW, owner_width)
    min_size = node.resolved_min(WIDTH, owner_width, owner_width)
    max_size = node.resolved_max(WIDTH, owner_width, owner_width)
    min_inner = min_size - pb if min_size == min_size else NAN
    max_inner = max_size - pb if max_size == max_size else NAN
    gap = node.gap_for_axis(ROW, NAN)

    def intrinsic(constraint: int) -> float:
        for track in setup.columns:
            track.resolve_functions(NAN)
        size_tracks(setup.columns, _column_items(setup, gap), gap, constraint, NAN, min_inner, max_inner, False)
        return _tracks_size(setup.columns, gap)

    if mode == "min":
        inner = intrinsic(MIN_CONSTRAINT)
    elif mode == "max":
        inner = intrinsic(MAX_CONSTRAINT)
    else:
        largest = intrinsic(MAX_CONSTRAINT)
        inner = largest if available != available else min(largest, max(intrinsic(MIN_CONSTRAINT), available))
    return css_bound(node, ROW, inner + pb, owner_width, owner_width)


def size_columns(node: WorkNode, setup: GridSetup, inner_width: float, owner_width: float, gap: float) -> None:
    """§12.1 step 1: the columns at the container's (now definite) content width."""
    pb = node.padding_and_border_for_axis(ROW, owner_width)
    min_size = node.resolved_min(WIDTH, owner_width, owner_width)
    max_size = node.resolved_max(WIDTH, owner_width, owner_width)
    for track in setup.columns:
        track.resolve_functions(inner_width)
    size_tracks(setup.columns, _column_items(setup, gap), gap, DEFINITE, inner_width,
                min_size - pb if min_size == min_size else NAN, max_size - pb if max_size == max_size else NAN,
                setup.grid.justify_content in _STRETCH_CONTENT)


def _rows_depend_on_height(node: WorkNode, setup: GridSetup) -> bool:
    """Whether an auto-height grid sizes its rows again at the height the first sizing gave it:
    Chromium does when a row gap or a row track is a percentage, or a row is flexible."""
    if isinstance(node.style.row_gap, Percent):
        return True
    for track in setup.rows:
        size = track.size
        if isinstance(size.max, Fr) or any(isinstance(v, (Percent, Calc))
                                           for v in (size.min, size.max, size.fit_content)):
            return True
    return False


def size_rows(node: WorkNode, setup: GridSetup, inner_height: float, owner_height: float, owner_width: float,
              column_gap: float, row_gap: float) -> None:
    """§12.1 step 2: the rows, from the items' heights at the widths their columns give them
    (``column_gap``: the gap between two columns with justify-content's distributed space)."""
    for track in setup.rows:
        track.resolve_functions(inner_height)
    pb = node.padding_and_border_for_axis(COLUMN, owner_width)
    min_size = node.resolved_min(HEIGHT, owner_height, owner_width)
    max_size = node.resolved_max(HEIGHT, owner_height, owner_width)
    items = []
    for item in setup.items:
        _, area_width = _span_size(setup.columns, item.column_start, item.column_end, column_gap)
        area_height = fixed_area_size(setup.rows, item.row_start, item.row_end, row_gap)
        items.append(AxisItem(item.row_start, item.row_end, RowContributions(item, area_width, area_height),
                              setup.rows, row_gap))
    # An auto height: the rows grow to their growth limits as under a max-content constraint, but the
    # items' contributions are taken as in layout (Chromium sizes no block axis under a min- or
    # max-content constraint): an item whose minimum contribution is below its content (overflow
    # hidden, minHeight) gives spanned auto rows only that minimum as base sizes, not its
    # (limited) min- or max-content contribution, so a later spanning item shares its space over
    # all of them (100.672 px high in Chromium where pureog took 100: gridgen seed 295)
    constraint = DEFINITE if inner_height == inner_height else MAX_CONSTRAINT
    size_tracks(setup.rows, items, row_gap, constraint, inner_height,
                min_size - pb if min_size == min_size else NAN, max_size - pb if max_size == max_size else NAN,
                setup.grid.align_content in _STRETCH_CONTENT, contributions=DEFINITE)


def _span_size(tracks: list[Track], start: int, end: int, gap: float) -> tuple[int, float]:
    spanned = tracks[start:end]
    visible = sum(1 for t in spanned if not t.collapsed)
    return visible, sum(t.base for t in spanned) + gap * max(0, visible - 1)


def grid_intrinsic_width(node: WorkNode, min_content: bool, owner_width: float, owner_height: float,
                         layout_fn: LayoutFn) -> float:
    """A grid container's min-content or max-content border-box width (for the grids it is an item of)."""
    setup = build_grid(node, NAN, NAN, owner_width, owner_height, layout_fn)
    return container_width(node, setup, "min" if min_content else "max", NAN, owner_width)


# --- §10.5 content alignment and item areas ------------------------------------------------------


def align_tracks(tracks: list[Track], inner: float, gap: float, alignment: Justify | Align, origin: float) -> float:
    """§10.5: each track's offset from the container's border edge, the free space placed by
    justify-content / align-content (distributed values fall back to start when there is none)."""
    leading, between = content_distribution(tracks, inner, gap, alignment)
    position = origin + leading
    first_line = position
    seen = False
    for track in tracks:
        if track.collapsed:
            continue
        if seen:
            position += gap + between
        track.offset = position
        position += track.base
        seen = True
    # A collapsed (empty auto-fit) track's lines coincide with the start of the next visible track, or
    # where one would start after the last (Chromium).
    following = position + gap + between if seen else position
    for track in reversed(tracks):
        if track.collapsed:
            track.offset = following
        else:
            following = track.offset
    return first_line


def content_distribution(tracks: list[Track], inner: float, gap: float,
                         alignment: Justify | Align) -> tuple[float, float]:
    """§10.5: the space justify-content / align-content puts before the first track and between two
    visible tracks (added to the gap)."""
    visible = [t for t in tracks if not t.collapsed]
    count = len(visible)
    free = inner - _tracks_size(tracks, gap)
    leading = 0.0
    between = 0.0
    value = alignment.value
    # distributed alignment without room or subjects falls back: space-between to start, the others to
    # (safe) center
    if value == "space-between" and (free <= 0.0 or count < 2):
        value = "start"
    elif value in ("space-around", "space-evenly") and (free <= 0.0 or count == 0):
        value = "center" if free > 0.0 else "start"
    if value in ("center",):
        leading = free / 2.0
    elif value in ("flex-end", "end"):
        leading = free
    elif value == "space-between":
        between = free / (count - 1) if count > 1 else 0.0
        if count == 1:
            leading = 0.0
    elif value == "space-around":
        between = free / count
        leading = between / 2.0
    elif value == "space-evenly":
        between = free / (count + 1)
        leading = between
    return leading, between


# Right to left (GridStyle.rtl, features: browser): column 1 sits at the right. The columns are sized
# and aligned (justify-content) left to right, then each item's area is mirrored in the content box
# (x' = left + width - (x - left) - size): lines, spans, gaps and justify-content's start / end follow,
# and auto-placement fills a row from the right. The item is placed in its mirrored area physically
# (its margins stay left and right), so its justify-self start / end are swapped, and normal / stretch
# (start for a box that does not stretch, the same for one that does) act as end.
_RTL_SELF = {ItemAlign.START: ItemAlign.END, ItemAlign.END: ItemAlign.START, ItemAlign.NORMAL: ItemAlign.END,
             ItemAlign.STRETCH: ItemAlign.END}


def _mirror_columns(setup: GridSetup, content_left: float, inner_width: float) -> None:
    """The columns' offsets (and the first line) mirrored in the content box, for the absolutely
    positioned children that follow (:func:`_abs_edges` reads a right-to-left grid's lines)."""
    for track in setup.columns:
        track.offset = 2.0 * content_left + inner_width - track.offset - track.base
    setup.column_origin = 2.0 * content_left + inner_width - setup.column_origin


def _area(tracks: list[Track], start: int, end: int) -> tuple[float, float]:
    """(offset, size) of the area from track ``start`` to ``end`` (exclusive)."""
    first = tracks[start]
    last = tracks[end - 1]
    return first.offset, last.offset + last.base - first.offset


# --- §9: absolutely positioned children ---------------------------------------------------------


def layout_absolute_children(node: WorkNode, setup: GridSetup, layout_fn: LayoutFn) -> None:
    """Absolutely positioned children, in the grid area their lines name (an ``auto`` line, or one the
    grid does not have, is the padding edge); static items' absolute descendants use the padding box."""
    width, height = node.measured
    border = node.layout_border
    for child in node.children:
        if child.style.display is Display.NONE:
            continue
        if child.style.position is Position.STATIC:
            layout_absolute_descendants(node, child, EXACTLY, child.position[LEFT], child.position[TOP], layout_fn)
            continue
        if child.style.position is not Position.ABSOLUTE:
            continue
        check_deadline()
        style = child.style.grid or DEFAULT_GRID
        columns = absolute_lines(style.column_start, style.column_end, setup.column_resolver)
        rows = absolute_lines(style.row_start, style.row_end, setup.row_resolver)
        if setup.grid.rtl:
            x0, x1 = _abs_edges_rtl(setup.columns, columns, setup.column_first_line, border[LEFT],
                                    width - border[RIGHT], setup.column_origin)
            # a containing block whose lines cross (a line past the padding edge) is empty at its
            # start, the right: Chromium clamps its size to 0 from the start line
            x0 = min(x0, x1)
        else:
            x0, x1 = _abs_edges(setup.columns, columns, setup.column_first_line, border[LEFT],
                                width - border[RIGHT], setup.column_origin)
        y0, y1 = _abs_edges(setup.rows, rows, setup.row_first_line, border[TOP], height - border[BOTTOM],
                            setup.row_origin)
        place_absolute(node, child, x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0), layout_fn)


def absolute_lines(start: GridLine, end: GridLine, resolver: LineResolver) -> Placement:
    """§9.1 lines of an absolutely positioned child: an ``auto`` line stays auto (the padding edge, not
    a span of 1), a span counts from the other line, a span against auto is auto; two equal lines
    are a span of 1."""
    start_line = resolver.line(start, True)
    end_line = resolver.line(end, False)
    if start_line is None and end_line is not None and start.kind is LineKind.SPAN:
        start_line = resolver.span_to(start, end_line, False)
    if end_line is None and start_line is not None and end.kind is LineKind.SPAN:
        end_line = resolver.span_to(end, start_line, True)
    if start_line is not None and end_line is not None:
        if start_line > end_line:
            start_line, end_line = end_line, start_line
        elif start_line == end_line:
            end_line = start_line + 1  # Chromium: a span of 1 (not the auto end the spec's rule gives)
    return Placement(start_line, end_line, 1)


def _abs_edges(tracks: list[Track], placement: Placement, first_line: int, start_edge: float,
               end_edge: float, origin: float) -> tuple[float, float]:
    """The containing block's edges from an absolutely positioned child's lines: a line as a start
    edge is the start of the track after it, as an end edge the end of the track before it; a line the
    grid does not have (or auto) is the padding edge."""
    count = len(tracks)
    start = start_edge
    end = end_edge
    if count == 0:  # a grid without tracks has one line, at its content start
        if placement.start == first_line:
            start = origin
        if placement.end == first_line:
            end = origin
        return start, end
    if placement.start is not None and 0 <= placement.start - first_line <= count:
        index = placement.start - first_line
        start = tracks[index].offset if index < count else _last_line(tracks)
    if placement.end is not None and 0 <= placement.end - first_line <= count:
        index = placement.end - first_line
        if index == count:
            end = _last_line(tracks)
        else:
            end = tracks[index - 1].offset + tracks[index - 1].base if index > 0 else tracks[0].offset
    return start, end


def _last_visible(tracks: list[Track]) -> Track:
    for track in reversed(tracks):
        if not track.collapsed:
            return track
    return tracks[-1]


def _last_line(tracks: list[Track]) -> float:
    """The grid's last line: the end of its last track, or of its last track not collapsed (Chromium
    draws the lines of trailing empty auto-fit tracks past it, gaps and distributed space included,
    but the last line at it)."""
    track = _last_visible(tracks)
    return track.offset + track.base


def _abs_edges_rtl(tracks: list[Track], placement: Placement, first_line: int, left_edge: float,
                   right_edge: float, origin: float) -> tuple[float, float]:
    """:func:`_abs_edges` in a right-to-left grid (columns already mirrored): a start line is the
    containing block's right edge, an end line its left edge, auto the padding edge on that side."""
    count = len(tracks)
    left = left_edge
    right = right_edge
    if count == 0:
        if placement.start == first_line:
            right = origin
        if placement.end == first_line:
            left = origin
        return left, right
    if placement.start is not None and 0 <= placement.start - first_line <= count:
        index = placement.start - first_line
        right = tracks[index].offset + tracks[index].base if index < count else _last_visible(tracks).offset
    if placement.end is not None and 0 <= placement.end - first_line <= count:
        index = placement.end - first_line
        if index == count:
            left = _last_visible(tracks).offset  # (_last_line mirrored)
        else:
            left = tracks[index - 1].offset if index > 0 else tracks[0].offset + tracks[0].base
    return left, right


def place_absolute(container: WorkNode, child: WorkNode, x: float, y: float, block_width: float,
                   block_height: float, layout_fn: LayoutFn) -> None:
    """Size and place one absolutely positioned child in its containing block (CSS Position §4 with CSS
    Align's self-alignment): with both insets of an axis set, the box is aligned (or stretched, for
    ``normal``/``stretch``) in the inset-modified containing block; with one, it sits against it; with
    none, it is aligned in the containing block (its static position in a grid)."""
    # auto self-alignment is the container's *-items for a box at its static position (no insets in
    # that axis), normal once an inset is set (Chromium)
    inherited = item_alignment(container, child)
    own = item_alignment(container, child, absolute=True)
    static_x = not (child.inset_is_set(LEFT) or child.inset_is_set(RIGHT))
    static_y = not (child.inset_is_set(TOP) or child.inset_is_set(BOTTOM))
    justify = inherited[0] if static_x else own[0]
    container_grid = container.style.grid
    if container_grid is not None and container_grid.rtl:
        # placed physically in its (mirrored) area: start / end swap, and a static box starts at the right
        if static_x or justify not in (ItemAlign.NORMAL, ItemAlign.STRETCH):
            justify = _RTL_SELF.get(justify, justify)  # (with an inset, normal / stretch stretch or end_wins)
    align = inherited[1] if static_y else own[1]
    horizontal = _AbsAxis(child, LEFT, RIGHT, x, block_width, block_width, justify)
    vertical = _AbsAxis(child, TOP, BOTTOM, y, block_height, block_width, align)
    horizontal.end_wins = container_grid is not None and container_grid.rtl
    width = definite_size(child, WIDTH, block_width, block_width)
    if width != width:
        if horizontal.stretches():
            width = css_bound(child, ROW, horizontal.space(), block_width, block_width)
        else:
            def grid_width(node: WorkNode, min_content: bool, ow: float, oh: float) -> float:
                return grid_intrinsic_width(node, min_content, ow, oh, layout_fn)

            largest = max_content_width(child, block_width, block_height, layout_fn)
            smallest = min_content_width(child, block_width, block_height, layout_fn, grid_width)
            fit = min(largest, max(smallest, horizontal.space()))
            width = css_bound(child, ROW, fit, block_width, block_width)
    height = definite_size(child, HEIGHT, block_height, block_width)
    if height != height:
        if vertical.stretches():
            height = css_bound(child, COLUMN, vertical.space(), block_height, block_width)
        else:
            layout_fn(child, width + horizontal.margins, NAN, EXACTLY, UNDEFINED, block_width, block_height, False)
            height = child.measured[HEIGHT]
    layout_fn(child, width + horizontal.margins, height + vertical.margins, EXACTLY, EXACTLY, block_width,
              block_height, True)
    # the container's padding box: where an overflowing aligned box is kept
    border = container.layout_border
    padding_box = ((border[LEFT], container.measured[WIDTH] - border[RIGHT]),
                   (border[TOP], container.measured[HEIGHT] - border[BOTTOM]))
    child.position[LEFT] = horizontal.clamped(horizontal.position(width), width, padding_box[0])
    child.position[TOP] = vertical.clamped(vertical.position(height), height, padding_box[1])
    record_flow_widths(child)


class _AbsAxis:
    """One axis of an absolutely positioned box: its insets, margins and self-alignment."""

    __slots__ = ("start_set", "end_set", "start", "end", "origin", "size", "margin_start", "margin_end",
                 "margins", "align", "auto_start", "auto_end", "inline", "end_wins")  # fmt: skip

    def __init__(self, child: WorkNode, start_edge: int, end_edge: int, origin: float, size: float,
                 width_basis: float, align: ItemAlign) -> None:  # fmt: skip
        self.start_set = child.inset_is_set(start_edge)
        self.end_set = child.inset_is_set(end_edge)
        self.start = child.inset(start_edge, size) if self.start_set else 0.0
        self.end = child.inset(end_edge, size) if self.end_set else 0.0
        self.origin = origin
        self.size = size
        self.margin_start = child.margin(start_edge, width_basis)
        self.margin_end = child.margin(end_edge, width_basis)
        self.margins = self.margin_start + self.margin_end
        self.align = align
        self.auto_start = child.margin_is_auto(start_edge)
        self.auto_end = child.margin_is_auto(end_edge)
        self.inline = start_edge == LEFT
        self.end_wins = False
        """A right-to-left grid's left/right: over-constrained with ``normal`` alignment the end inset
        holds, and an overflowing aligned box is kept from the left first (:meth:`clamped`)."""

    def stretches(self) -> bool:
        """Both insets set and normal/stretch alignment: an auto size fills the inset-modified containing
        block (auto margins count as 0 then)."""
        return self.start_set and self.end_set and self.align in (ItemAlign.NORMAL, ItemAlign.STRETCH)

    def space(self) -> float:
        """The inset-modified containing block (never negative: it shrinks to its start) less the margins."""
        return max(0.0, self.size - self.start - self.end) - self.margins

    def clamped(self, position: float, box: float, padding_box: tuple[float, float]) -> float:
        """Chromium keeps an overflowing box with both insets and an explicit self-alignment from
        leaving the grid container's padding box (or its inset-modified containing block, when that
        lies beyond it) at the end, then at the start; with ``normal`` alignment it stays where the start
        inset puts it (CSS 2)."""
        if not (self.start_set and self.end_set) or self.align is ItemAlign.NORMAL:
            return position
        if self.end_wins:  # right to left: the same, mirrored (kept at the left, then at the right)
            start = min(padding_box[0], self.origin + self.size - self.end)
            if position - self.margin_start < start:
                position = start + self.margin_start
            if position + box + self.margin_end > padding_box[1]:
                position = padding_box[1] - box - self.margin_end
            return position
        end = max(padding_box[1], self.origin + self.start)
        if position + box + self.margin_end > end:
            position = end - box - self.margin_end
        if position - self.margin_start < padding_box[0]:
            position = padding_box[0] + self.margin_start
        return position

    def position(self, box: float) -> float:
        if self.start_set and not self.end_set:
            return self.origin + self.start + self.margin_start
        if self.end_set and not self.start_set:
            return self.origin + self.size - self.end - self.margin_end - box
        free = self.space() - box
        if not self.start_set:  # the static position: auto margins are 0 there
            return self.origin + self.margin_start + _item_offset(self.align, free, False, False)
        start = self.origin + self.start + self.margin_start
        if self.end_wins and self.align is ItemAlign.NORMAL and not (self.auto_start or self.auto_end):
            return self.origin + self.size - self.end - self.margin_end - box  # CSS 2: rtl ignores left
        if self.end_set and (self.auto_start or self.auto_end):
            # auto margins share the remaining space, negative too (but two auto margins in the inline
            # axis leave a negative remainder to the end margin)
            if self.auto_start and self.auto_end:
                return start + (free / 2.0 if free > 0.0 or not self.inline else 0.0)
            return start + (free if self.auto_start else 0.0)
        return start + _item_offset(self.align, free, False, False)


__all__ = ["grid_intrinsic_width", "layout_grid"]

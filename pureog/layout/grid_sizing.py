"""CSS Grid §11.4-§11.8, the track sizing algorithm for one axis, one function per step.

Input: the axis' :class:`~pureog.layout.grid_tracks.Track` list (sizing functions resolved), the items'
spans in that axis with their size contributions (:class:`AxisItem`, contributions computed on demand
by :mod:`pureog.layout.grid_items`), the gap, and the sizing constraint (a definite size, or a min-
or max-content constraint). Output: every track's ``base`` (its used size).

Where the spec leaves room, Chromium's behaviour is followed (as taffy documents it): a scroll
container's automatic minimum wins over the limited min-content contribution; max-content minimums
go to max-content tracks before auto ones; content crossing flexible tracks is shared by flex factor
over the *affected* tracks. Gutters are not tracks here: a spanning item's contribution is reduced
by the gaps it crosses. Imports only :mod:`pureog.layout.grid_tracks` and :mod:`pureog.limits`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from pureog.layout.grid_tracks import AUTO, FIT, FIXED, FLEX, MAX_CONTENT, MIN_CONTENT, Track
from pureog.layout.passes import charge_passes
from pureog.limits import check_deadline

# Sizing constraints of an axis.
DEFINITE, MIN_CONSTRAINT, MAX_CONSTRAINT = 0, 1, 2
_TRACK_VISITS_PER_PASS = 20
"""Tracks (and items' spanned tracks) sizing visits worth one layout pass of the layout's budget."""

_THRESHOLD = 0.01  # distribution stops below this much space (float noise), as in taffy


class Contributions(Protocol):
    """An item's outer size contributions in one axis (margins included)."""

    scroll: bool

    def min_content(self) -> float: ...

    def max_content(self) -> float: ...

    def minimum(self, tracks: list[Track], start: int, end: int) -> float: ...


class AxisItem:
    """One grid item as the sizing of one axis sees it: its tracks ``[start, end)`` and contributions."""

    __slots__ = ("start", "end", "contributions", "crosses_flex", "crosses_intrinsic", "gaps")

    def __init__(self, start: int, end: int, contributions: Contributions, tracks: list[Track], gap: float) -> None:
        self.start = start
        self.end = end
        self.contributions = contributions
        spanned = tracks[start:end]
        self.crosses_flex = any(t.is_flexible for t in spanned)
        self.crosses_intrinsic = any(t.has_intrinsic_min or t.has_intrinsic_max for t in spanned)
        visible = sum(1 for t in spanned if not t.collapsed)
        self.gaps = gap * max(0, visible - 1)

    @property
    def span(self) -> int:
        return self.end - self.start

    def min_content(self) -> float:
        return self.contributions.min_content() - self.gaps

    def max_content(self) -> float:
        return self.contributions.max_content() - self.gaps

    def minimum(self, tracks: list[Track]) -> float:
        return self.contributions.minimum(tracks, self.start, self.end) - self.gaps

    def fixed_max_limit(self, tracks: list[Track]) -> float:
        """The sum of the spanned tracks' fixed (or fit-content) maxima; infinite if one is not fixed."""
        total = 0.0
        for track in tracks[self.start : self.end]:
            if track.max_kind == FIXED:
                total += track.max_value
            elif track.max_kind == FIT:
                total += track.max_value
            else:
                return math.inf
        return total


def size_tracks(
    tracks: list[Track], items: list[AxisItem], gap: float, constraint: int, size: float, min_size: float,
    max_size: float, stretch: bool, *, contributions: int | None = None,
) -> None:
    """§11.3 for one axis. ``size``: the content-box size when definite (else NaN); ``min_size``/
    ``max_size``: the container's content-box min/max (NaN when none), for flexible and auto tracks;
    ``stretch``: the content alignment is normal/stretch (auto tracks take the free space);
    ``contributions``: the constraint the items' contributions are taken under (§11.5), when not
    ``constraint`` (the rows of an auto-height grid: see :func:`pureog.layout.grid.size_rows`)."""
    # Each step below visits every item's tracks: items spanning hundreds of tracks, sized again for
    # every intrinsic pass, took minutes (500 items spanning 1,000 tracks). A pass of layout per
    # _TRACK_VISITS_PER_PASS visits keeps grids within the layout's budget (spec/limits.md).
    charge_passes((len(tracks) + sum(item.end - item.start for item in items)) // _TRACK_VISITS_PER_PASS)
    initialize_track_sizes(tracks)
    if not all(t.base == t.limit and t.min_kind == FIXED for t in tracks):
        resolve_intrinsic_track_sizes(tracks, items, constraint if contributions is None else contributions)
    gaps = gap * max(0, sum(1 for t in tracks if not t.collapsed) - 1)
    available = size - gaps if size == size else (math.inf if constraint == MAX_CONSTRAINT else 0.0)
    if constraint == MIN_CONSTRAINT and size != size:
        available = 0.0
    if available == math.inf and max_size == max_size:
        # §11.6: tracks maximized past the container's max-width/height are maximized again into the
        # inner size at that maximum (an auto-height grid with maxHeight keeps its rows' base sizes)
        available = max(0.0, max_size - gaps)
    maximize_tracks(tracks, available, constraint, size == size)
    expand_flexible_tracks(tracks, items, size - gaps if size == size else math.nan, constraint,
                           min_size - gaps if min_size == min_size else math.nan,
                           max_size - gaps if max_size == max_size else math.nan)
    if stretch:
        stretch_auto_tracks(tracks, size - gaps if size == size else math.nan,
                            min_size - gaps if min_size == min_size else math.nan)


# --- §11.4 ------------------------------------------------------------------------------------------


def initialize_track_sizes(tracks: list[Track]) -> None:
    """§11.4: base size from a fixed minimum (else 0), growth limit from a fixed maximum (else inf)."""
    for track in tracks:
        track.base = track.min_value if track.min_kind == FIXED else 0.0
        track.limit = track.max_value if track.max_kind == FIXED else math.inf
        if track.limit < track.base:
            track.limit = track.base
        track.planned = track.incurred = 0.0
        track.infinitely_growable = False


# --- §11.5 ------------------------------------------------------------------------------------------


def resolve_intrinsic_track_sizes(tracks: list[Track], items: list[AxisItem], constraint: int) -> None:
    """§11.5: size tracks to fit non-spanning items, then spanning items by increasing span, then the
    items crossing flexible tracks; finally an infinite growth limit becomes the base size."""
    ordered = sorted((i for i in items if i.crosses_intrinsic or i.crosses_flex),
                     key=lambda i: (i.crosses_flex, i.span, i.start))
    single = [i for i in ordered if not i.crosses_flex and i.span == 1]
    size_to_fit_non_spanning_items(tracks, single, constraint)
    spanning = [i for i in ordered if not i.crosses_flex and i.span > 1]
    index = 0
    while index < len(spanning):
        check_deadline()  # the render's timeout (pureog/limits.py)
        span = spanning[index].span
        group = []
        while index < len(spanning) and spanning[index].span == span:
            group.append(spanning[index])
            index += 1
        increase_sizes_to_accommodate_spanning_items(tracks, group, constraint, flexible=False)
    flexible = [i for i in ordered if i.crosses_flex]
    if flexible:
        increase_sizes_to_accommodate_spanning_items(tracks, flexible, constraint, flexible=True)
    for track in tracks:
        if track.limit == math.inf:
            track.limit = track.base


def _limited_min_content(item: AxisItem, tracks: list[Track], limit: float) -> float:
    """The min-content contribution limited by a fixed maximum, floored by the minimum contribution."""
    return max(min(item.min_content(), limit), item.minimum(tracks))


def size_to_fit_non_spanning_items(tracks: list[Track], items: list[AxisItem], constraint: int) -> None:
    """§11.5 step 2: each intrinsic track from the items spanning only it."""
    for item in items:
        track = tracks[item.start]
        if track.min_kind == MIN_CONTENT:
            track.base = max(track.base, item.min_content())
        elif track.min_kind == MAX_CONTENT:
            track.base = max(track.base, item.max_content())
        elif track.min_kind == AUTO:
            if constraint != DEFINITE and not item.contributions.scroll:
                limit = track.max_value if track.max_kind in (FIXED, FIT) else math.inf
                track.base = max(track.base, _limited_min_content(item, tracks, limit))
            else:
                track.base = max(track.base, item.minimum(tracks))
        if track.max_kind == FIT:
            grown = min(item.max_content(), track.max_value)
            if not item.contributions.scroll:
                grown = max(grown, item.min_content())
        elif track.max_kind in (AUTO, MAX_CONTENT):
            grown = item.max_content()
        elif track.max_kind == MIN_CONTENT:
            grown = item.min_content()
        else:
            continue
        track.planned = max(track.planned, grown)
        track.touched = True
    for track in tracks:
        if track.touched:  # even a contribution of 0 makes an infinite growth limit finite (Chromium)
            track.limit = track.planned if track.limit == math.inf else max(track.limit, track.planned)
        track.planned = 0.0
        track.touched = False
        track.infinitely_growable = False
        if track.limit < track.base:
            track.limit = track.base


def increase_sizes_to_accommodate_spanning_items(
    tracks: list[Track], group: list[AxisItem], constraint: int, *, flexible: bool
) -> None:
    """§11.5 step 3 (one span group) and step 4 (the items crossing flexible tracks)."""
    # 1. intrinsic minimums
    for item in group:
        if not any(t.has_intrinsic_min for t in tracks[item.start : item.end]):
            continue
        if constraint != DEFINITE and not item.contributions.scroll and not flexible:
            space = _limited_min_content(item, tracks, item.fixed_max_limit(tracks))
        else:
            # Chromium: an item crossing flexible tracks gives them only its minimum contribution (0 for
            # an automatic minimum over several tracks), also under a min-/max-content constraint.
            space = item.minimum(tracks)
        _distribute_to_bases(tracks, item, space, lambda t: t.has_intrinsic_min, flexible, minimum=True)
    _flush_bases(tracks)
    # 2. content-based minimums
    for item in group:
        _distribute_to_bases(tracks, item, item.min_content(), lambda t: t.min_kind in (MIN_CONTENT, MAX_CONTENT),
                             flexible, minimum=True)
    _flush_bases(tracks)
    # 3. max-content minimums
    if constraint == MAX_CONSTRAINT and not flexible:  # Chromium: not for items crossing flexible tracks
        for item in group:
            space = min(item.max_content(), item.fixed_max_limit(tracks))
            spanned = tracks[item.start : item.end]
            if any(t.min_kind == MAX_CONTENT for t in spanned):
                _distribute_to_bases(tracks, item, space, lambda t: t.min_kind == MAX_CONTENT, flexible,
                                     minimum=False, unlimited=True)
            else:
                _distribute_to_bases(tracks, item, space,
                                     lambda t: t.min_kind == AUTO and t.max_kind != MIN_CONTENT, flexible,
                                     minimum=False, fit_limited=True)
        _flush_bases(tracks)
    for item in group:
        _distribute_to_bases(tracks, item, item.max_content(), lambda t: t.min_kind == MAX_CONTENT, flexible,
                             minimum=False)
    _flush_bases(tracks)
    # 4. growth limits never below base sizes
    for track in tracks:
        if track.limit < track.base:
            track.limit = track.base
    if flexible:
        return
    # 5. intrinsic maximums, 6. max-content maximums
    for item in group:
        _distribute_to_limits(tracks, item, item.min_content(), lambda t: t.has_intrinsic_max)
    _flush_limits(tracks, infinitely_growable=True)
    for item in group:
        _distribute_to_limits(tracks, item, item.max_content(), lambda t: t.has_max_content_max)
    _flush_limits(tracks, infinitely_growable=False)


def _flush_bases(tracks: list[Track]) -> None:
    for track in tracks:
        track.base += track.planned
        track.planned = 0.0


def _flush_limits(tracks: list[Track], *, infinitely_growable: bool) -> None:
    """§11.5.1 step 4 for growth limits: every affected track's limit grows by its planned increase (an
    infinite one becomes the base size plus it); those that were infinite are infinitely growable."""
    for track in tracks:
        if track.touched:
            was_infinite = track.limit == math.inf
            track.limit = track.base + track.planned if was_infinite else track.limit + track.planned
            track.infinitely_growable = infinitely_growable and was_infinite
        else:
            track.infinitely_growable = False
        track.planned = 0.0
        track.touched = False


# --- §11.5.1 distributing extra space -----------------------------------------------------------


def _distribute_to_bases(
    tracks: list[Track], item: AxisItem, space: float, affected: Callable[[Track], bool], flexible: bool, *,
    minimum: bool, unlimited: bool = False, fit_limited: bool = False,
) -> None:
    """§11.5.1 for base sizes: the item's space beyond the spanned base sizes, shared out."""
    spanned = tracks[item.start : item.end]

    def is_affected(t: Track) -> bool:
        return (not flexible or t.max_kind == FLEX) and affected(t)

    factor_sum = sum(t.max_value for t in spanned if is_affected(t)) if flexible else 0.0

    def share(t: Track) -> float:
        """Space to flexible tracks goes by flex factor (equally when they are all 0fr)."""
        return t.max_value if flexible and factor_sum > 0 else 1.0
    if space <= 0.0 or not any(is_affected(t) for t in spanned):
        return
    if fit_limited:
        # Chromium, for the max-content minimums of auto tracks: a spanned unaffected track with a fixed
        # maximum counts at its growth limit (it will grow to it anyway), not at its base size.
        occupied = sum(t.limit if t.max_kind == FIXED and not is_affected(t) else t.base for t in spanned)
    else:
        occupied = sum(t.base for t in spanned)
    extra = max(0.0, space - occupied)
    if unlimited:
        limit_of: Callable[[Track], float] = lambda t: math.inf  # noqa: E731
    elif fit_limited:
        limit_of = Track.fit_limited_growth
    else:
        limit_of = _growth
    extra = _distribute_up_to_limits(extra, spanned, is_affected, share, lambda t: t.base, limit_of)
    if extra > 1e-6:
        # beyond limits: to the tracks with an intrinsic (min) / max-content (max) maximum, else all
        if minimum:
            def beyond(t: Track) -> bool:
                return t.has_intrinsic_max
        else:
            def beyond(t: Track) -> bool:
                return t.max_kind in (MAX_CONTENT, FIT)
        if not any(is_affected(t) and beyond(t) for t in spanned):
            def beyond(t: Track) -> bool:
                return True
        # Chromium: uncapped for minimum contributions (not even by a fit-content() argument); a
        # fit-content() argument still caps max-content contributions
        beyond_limit: Callable[[Track], float] = (lambda t: math.inf) if minimum else Track.fit_limit  # noqa: E731
        _distribute_up_to_limits(extra, spanned, lambda t: is_affected(t) and beyond(t), share, lambda t: t.base,
                                 beyond_limit)
    for track in spanned:
        if track.incurred > track.planned:
            track.planned = track.incurred
        track.incurred = 0.0


def _growth(track: Track) -> float:
    return track.limit


def _distribute_to_limits(tracks: list[Track], item: AxisItem, space: float,
                          affected: Callable[[Track], bool]) -> None:
    """§11.5.1 for growth limits (a track's size is its growth limit, or its base size if infinite):
    the infinitely growable tracks take the space, each up to a fit-content() argument; what is left
    goes to every affected track, still capped by fit-content() arguments (Chromium)."""
    spanned = tracks[item.start : item.end]
    if not any(affected(t) for t in spanned):
        return
    for track in spanned:
        if affected(track):
            track.touched = True

    def size_of(t: Track) -> float:
        return t.base if t.limit == math.inf else t.limit

    def growable(t: Track) -> bool:
        return affected(t) and (t.infinitely_growable or t.limit == math.inf)

    extra = max(0.0, space - sum(size_of(t) for t in spanned))
    extra = _distribute_up_to_limits(extra, spanned, growable, lambda t: 1.0, size_of, Track.fit_limit)
    if extra > 1e-6:
        _distribute_up_to_limits(extra, spanned, affected, lambda t: 1.0, size_of, Track.fit_limit)
    for track in spanned:
        if track.incurred > track.planned:
            track.planned = track.incurred
        track.incurred = 0.0


def _distribute_up_to_limits(
    space: float, tracks: list[Track], affected: Callable[[Track], bool], share: Callable[[Track], float],
    size_of: Callable[[Track], float], limit_of: Callable[[Track], float],
) -> float:
    """Share ``space`` among the affected tracks (by ``share``), freezing each at its limit; returns
    what is left. Writes the tracks' ``incurred`` increases."""
    for _ in range(len(tracks) + 1):
        if space <= _THRESHOLD:
            break
        open_tracks = [t for t in tracks if affected(t) and size_of(t) + t.incurred < limit_of(t)]
        total = sum(share(t) for t in open_tracks)
        if total == 0.0:
            break
        step = min(min((limit_of(t) - size_of(t) - t.incurred) / share(t) for t in open_tracks), space / total)
        for track in tracks:
            if not affected(track):
                continue
            increase = step * share(track)
            if increase > 0.0 and size_of(track) + track.incurred + increase <= limit_of(track) + _THRESHOLD:
                track.incurred += increase
                space -= increase
    return space


# --- §11.6 - §11.8 ------------------------------------------------------------------------------


def maximize_tracks(tracks: list[Track], available: float, constraint: int, definite: bool) -> None:
    """§11.6: free space (the available space less the base sizes) grows the tracks up to their
    growth limits; under a max-content constraint every track reaches its growth limit."""
    used = sum(t.base for t in tracks)
    if available == math.inf:
        for track in tracks:
            track.base = max(track.base, track.fit_limited_growth())
        return
    free = available - used
    if free <= 0.0:
        return
    _distribute_up_to_limits(free, tracks, lambda t: True, lambda t: 1.0, lambda t: t.base, Track.fit_limited_growth)
    for track in tracks:
        track.base += track.incurred
        track.incurred = 0.0


def find_size_of_fr(tracks: list[Track], space: float) -> float:
    """§11.7.1: the largest size of 1fr that fits ``space`` (tracks too big for it become inflexible)."""
    if space == 0.0:
        return 0.0
    size = math.inf
    for _ in range(len(tracks) + 1):
        used = 0.0
        factors = 0.0
        for track in tracks:
            if track.max_kind == FLEX and track.max_value * size >= track.base:
                factors += track.max_value
            else:
                used += track.base
        previous = size
        size = (space - used) / max(factors, 1.0)
        if all(t.max_kind != FLEX or t.max_value * size >= t.base or t.max_value * previous < t.base
               for t in tracks):
            break
    return size


def expand_flexible_tracks(tracks: list[Track], items: list[AxisItem], size: float, constraint: int,
                           min_size: float, max_size: float) -> None:
    """§11.7: the flex fraction from the definite size, or (indefinite) from the flexible tracks' base
    sizes and the max-content contributions of the items crossing them, kept within min/max."""
    if not any(t.max_kind == FLEX for t in tracks):
        return
    if size == size:
        used = sum(t.base for t in tracks)
        fraction = 0.0 if size - used <= 0.0 else find_size_of_fr(tracks, size)
    elif constraint == MIN_CONSTRAINT:
        fraction = 0.0
    else:
        fraction = 0.0
        for track in tracks:
            if track.max_kind == FLEX:
                fraction = max(fraction, track.base / track.max_value if track.max_value > 1.0 else track.base)
        for item in items:
            if item.crosses_flex:
                spanned = tracks[item.start : item.end]
                fraction = max(fraction, find_size_of_fr(spanned, item.max_content()))
        grid = sum(max(t.base, t.max_value * fraction) if t.max_kind == FLEX else t.base for t in tracks)
        if min_size == min_size and grid < min_size:
            fraction = find_size_of_fr(tracks, min_size)
        elif max_size == max_size and grid > max_size:
            fraction = find_size_of_fr(tracks, max_size)
    for track in tracks:
        if track.max_kind == FLEX:
            track.base = max(track.base, track.max_value * fraction)


def stretch_auto_tracks(tracks: list[Track], size: float, min_size: float) -> None:
    """§11.8: tracks with an ``auto`` maximum share the remaining definite free space equally (an
    indefinite size uses the container's min size, if any)."""
    autos = [t for t in tracks if t.max_kind == AUTO and not t.collapsed]
    if not autos:
        return
    used = sum(t.base for t in tracks)
    space = size if size == size else min_size
    if space != space:
        return
    free = space - used
    if free > 0.0:
        for track in autos:
            track.base += free / len(autos)


__all__ = ["DEFINITE", "MAX_CONSTRAINT", "MIN_CONSTRAINT", "AxisItem", "Contributions", "size_tracks"]

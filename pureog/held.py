"""What a value kept across renders holds alive, in bytes, roughly: for the caches that keep display nodes.

Role: a cache that keeps display-list nodes (:mod:`pureog.raster.kept_backdrop`'s backdrops, the SVG
drawings of :mod:`pureog.images.svg.draw`) keeps alive everything they reference: decoded images'
pixels (which the decoded-image cache may have dropped since), paths, patterns' content, masks and
filters. Charged by anything else (an entry, the file's bytes), such a cache held hundreds of megabytes
under a budget of a few (round nineteen: a 20 KB SVG file whose pattern holds a 2000x2000 image kept
16 MB, charged 20 KB). :func:`held_bytes` walks the value's records, tuples and lists, counting each
distinct bytes or str object's length and each distinct path's segments once (a glyph's path is shared by
its placements). Numbers, enums and small records count nothing: a bound, not an accounting. Imports
only :mod:`pureog.path` and :mod:`pureog.records`.
"""

from __future__ import annotations

from enum import Enum

from pureog.path import Path
from pureog.records import fields, is_record

SEGMENT_BYTES = 120
"""A path segment's tuple and its floats, roughly (a cubic: a 7-tuple of a verb and six floats)."""


def held_bytes(value: object) -> int:
    """About how many bytes keeping ``value`` holds alive (see the module's docstring)."""
    seen: set[int] = set()
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, Enum):
            continue
        if isinstance(item, (bytes, bytearray, str)):
            total += len(item)
        elif isinstance(item, Path):
            total += SEGMENT_BYTES * len(item.segments)
        elif isinstance(item, (tuple, list)):
            stack.extend(item)
        elif is_record(item) and not isinstance(item, type):
            stack.extend(getattr(item, f.name) for f in fields(item))
        else:
            continue  # (numbers, enums, None: nothing to speak of)
        seen.add(id(item))
    return total


__all__ = ["SEGMENT_BYTES", "held_bytes"]

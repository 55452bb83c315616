"""What building a kept piece of a display list charged the render's accounts, charged again when a later
render (or a later use in this one) takes the piece kept.

Role: the display-list builder memoizes pieces across renders (a text leaf's painted glyphs,
``paint/text.py``; an element's border nodes, ``paint/border.py``), keyed by the style objects the cascade
hands back render after render. Building a piece charges the render's accounts as it goes (glyph outline
segments placed and the outlines' first placements, :func:`pureog.limits.charge_glyph_segments`; OpenType
lookups and variations; dashes; SVG units, layers, clip points, gradient stops and hairline pixels of the
build; images' decoding work); a piece taken kept charged nothing, so a render's outcome depended on what
earlier renders kept (round twenty: every real card's warm render placed no glyph segment at all, and a
card past the glyph budget drawn cold would have passed drawn again). :func:`recording` notes what a
piece's building charged (a :data:`Journal`); :func:`replay` charges it again, once a render for each
piece (the render's first-placement record, :func:`pureog.limits.shaping_budget`, holds the pieces it has
charged): what a render that found nothing kept charges, since it builds the piece at its first use and
takes it from its memo after. The paint budget's kept results have their own record
(:func:`pureog.limits.charge_kept`). Imports :mod:`pureog.limits` and the image budget only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pureog import limits
from pureog.images import budget as image_budget

Journal = tuple[tuple[float, ...], tuple[tuple[object, object, int], ...]]
"""What building a piece charged: the render accounts' increments (shaping's three slots, the build's five,
dashes, decoding work; the glyph segment slot without the first placements') and the outlines placed for
the first time in the render while it was built, as ``(key, object, extra segments)``."""
NOTHING: Journal = ((), ())


def _state() -> tuple[float, ...]:
    shaping = limits._SHAPING.get()
    build = limits._BUILD.get()
    dashes = limits._DASHES.get()
    decoded = image_budget.decode_spent()
    return (*(shaping or (0, 0, 0)), *(build or (0, 0, 0, 0, 0)), dashes[0] if dashes else 0, decoded or 0)


@contextmanager
def recording() -> Iterator[list[Journal]]:
    """Around building a piece to be kept: the list yielded holds, after the block, its :data:`Journal`."""
    first = limits._FIRST.get()
    known = 0 if first is None else len(first)
    before = _state()
    made: list[Journal] = [NOTHING]
    yield made
    after = _state()
    new = () if first is None else tuple((key, *value) for key, value in list(first.items())[known:]
                                          if isinstance(value, tuple))
    deltas = [b - a for a, b in zip(before, after, strict=True)]
    deltas[2] -= sum(extra for _, _, extra in new)  # (charged again only where not yet in the render)
    if any(deltas) or new:
        made[0] = (tuple(deltas), new)


def replay(key: object, held: object, journal: Journal) -> None:
    """Charge ``journal``, what building the piece named ``key`` (a hashable, naming it while ``held`` is
    alive) charged, unless this render charged it already."""
    deltas, new = journal
    if not deltas and not new:
        return
    first = limits._FIRST.get()
    if first is not None:
        if key in first:
            return
        first[key] = [held]  # (a list: the outlines' entries are tuples)
    shaping, variations, segments, svg, layers, points, stops, hairlines, dashes, decoding = deltas
    if shaping:
        limits.charge_shaping(int(shaping))
    if variations:
        limits.charge_variations(int(variations))
    if segments:
        limits.charge_glyph_segments(int(segments))
    for outline, obj, extra in new:
        limits.charge_glyph_segments(0, (outline, obj, extra))
    if svg:
        limits.charge_svg(int(svg))
    if layers:
        limits.charge_layers(int(layers))
    if points:
        limits.charge_clip_points(int(points))
    if stops:
        limits.charge_gradient_stops(int(stops))
    if hairlines:
        limits.charge_hairline_pixels(int(hairlines))
    if dashes:
        limits.charge_dashes(dashes)
    if decoding:
        image_budget.charge_decode(int(decoding))

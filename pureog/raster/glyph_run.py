"""Runs of glyphs filled as one: the coverage masks of consecutive one-colour glyph fills joined.

Role: the display list draws text as one group per glyph (a translation around one solid fill), so a
line of text was ~30 fills of ~30 rows each, and :func:`pureog.raster.blend.fill_solid` paid its
per-fill and per-row bookkeeping (the uniform-row test, the regex over the row, the run set-up) on
every glyph row. :func:`plain_glyph` recognises such a group; :func:`join_masks` joins the masks of a
run of them into masks over the union box, one row per device row holding every glyph's coverage
on it, so a fill walks a text line's rows once.

Exactness: a fill at coverage 0 leaves a pixel as it is, and every pixel of a joined mask has its
coverage from one glyph at most, so filling the joined mask writes what filling the glyphs one after
another wrote. Where two glyphs of a run both cover a pixel (touching letters, a combining mark) the
second would be drawn over the first: the run is cut before it, and the parts are filled in order.
Must not import style, layout, text or document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pureog import caches
from pureog.display import FillPath, Group, SolidPaint
from pureog.raster.scan import Mask

Rgba = tuple[int, int, int, int]
# A longer text is joined in runs of this many glyphs: the box tests grow with the square of a run's
# length (a paragraph of 2,000 glyphs would test 2 million pairs), a run of 96 costs ~0.3 ms of them.
RUN_MAX = 96
_NONZERO = b"\x00" + b"\x01" * 255  # 1 where the coverage is not 0


def plain_glyph(node: object, normal: object) -> FillPath | None:
    """The solid anti-aliased fill of ``node`` when it is a group around that fill alone, with nothing
    but a transform of its own, not the identity (no clip, mask, effect, layer or opacity): a glyph.
    ``normal``: the normal blend mode (compared by identity)."""
    if type(node) is not Group or node.transform.is_identity:
        return None  # (an unmoved shape may be trimmed as a thin shape inside a clip: render.py's fill)
    children = node.children
    if len(children) != 1:
        return None
    fill = children[0]
    if type(fill) is not FillPath or type(fill.paint) is not SolidPaint or not fill.anti_alias:
        return None
    if (node.clip is not None or node.mask is not None or node.opacity < 1.0 or node.blur is not None
            or node.shadow is not None or node.filter is not None or node.svg_filters or node.layer
            or node.blend is not normal or node.backdrop is not None or node.porter_duff is not None
            or node.projection is not None or node.unclipped or node.isolated or node.composite):
        return None
    return fill


def glyph_run(kids: Sequence[object], i: int, normal: object, solid: Callable[[FillPath], Rgba | None],
              coverage: Callable[[Group, FillPath], Mask | None]) -> tuple[int, Rgba | None, list[Mask]]:
    """The run of plain glyphs of one colour from ``kids[i]`` on: the index after it, the colour (None
    when none paints) and the glyphs' masks in order. ``solid``: the premultiplied colour a fill paints
    (None: nothing); ``coverage``: a glyph's device mask (None: nothing), made as the renderer makes it."""
    color: Rgba | None = None
    masks: list[Mask] = []
    j = i
    while j < len(kids):
        glyph = kids[j]
        node = plain_glyph(glyph, normal)
        if node is None:
            break
        assert isinstance(glyph, Group)
        own = solid(node)
        if own is not None:
            if color is None:
                color = own
            elif own != color:
                break
            mask = coverage(glyph, node)
            if mask is not None:
                masks.append(mask)
        j += 1
    return j, color, masks


def _meets(a: Mask, b: Mask) -> bool:
    """Whether two masks give some pixel a nonzero coverage each."""
    x0, x1 = max(a.x, b.x), min(a.x + a.width, b.x + b.width)
    y0, y1 = max(a.y, b.y), min(a.y + a.height, b.y + b.height)
    if x1 <= x0 or y1 <= y0:
        return False
    ax, bx = x0 - a.x, x0 - b.x
    w = x1 - x0
    for y in range(y0, y1):
        ra, rb = a.rows[y - a.y], b.rows[y - b.y]
        if ra is None or rb is None:
            continue
        sa, sb = ra[ax : ax + w], rb[bx : bx + w]
        if int.from_bytes(sa.translate(_NONZERO), "little") & int.from_bytes(sb.translate(_NONZERO), "little"):
            return True
    return False


def join_masks(masks: list[Mask]) -> list[Mask]:
    """``masks`` (in paint order) as fewer masks whose fills, in order, draw what theirs did: runs of
    masks no two of which cover a common pixel, each joined over its union box, of at most
    :data:`RUN_MAX` masks (each mask's box is tested against those of its run).

    Kept across renders by the masks' identities: glyph masks come from path_mask's cache, so the same
    text at the same place brings the same mask objects again (a template's static lines, a card drawn
    again), and joining them again cost ~0.3-1.5 ms a card (blog 0.75, stat grid 1.5). The kept entry
    holds the masks themselves, so their ids cannot be reused while it lives, and they are compared by
    identity; masks are never written to once made."""
    key = tuple(map(id, masks))
    kept = _JOINED.get(key)
    if kept is not None and all(a is b for a, b in zip(kept[0], masks, strict=True)):
        return kept[1]
    out = _join_masks(masks)
    _JOINED.keep(key, (list(masks), out), sum(m.width * m.height for m in out))
    return out


# join_masks' results: (the masks' ids) -> (the masks, the joined masks); all dropped past the budget
# (bytes of coverage, counted as the joined boxes' areas; a card's text keeps ~0.2-0.6 MB).
_JOINED: caches.Budgeted[tuple[int, ...], tuple[list[Mask], list[Mask]]] = caches.budgeted(
    "raster.joined_glyph_masks", 4 << 20)


def _join_masks(masks: list[Mask]) -> list[Mask]:
    out: list[Mask] = []
    run: list[tuple[Mask, bool]] = []  # each mask, and whether its box meets an earlier one's
    boxes: list[tuple[int, int, int, int, Mask]] = []
    for mask in masks:
        if len(run) >= RUN_MAX:
            out.append(_joined(run))
            run, boxes = [], []
        x0, y0 = mask.x, mask.y
        x1, y1 = x0 + mask.width, y0 + mask.height
        touching = False
        for bx0, by0, bx1, by1, other in boxes:
            if bx0 < x1 and x0 < bx1 and by0 < y1 and y0 < by1:
                touching = True
                if _meets(mask, other):
                    out.append(_joined(run))
                    run, boxes, touching = [], [], False
                    break
        run.append((mask, touching))
        boxes.append((x0, y0, x1, y1, mask))
    if run:
        out.append(_joined(run))
    return out


def _joined(run: list[tuple[Mask, bool]]) -> Mask:
    """One mask holding the coverage of masks that share no covered pixel (with, for each, whether its
    box meets an earlier one's)."""
    if len(run) == 1:
        return run[0][0]
    x0 = min(m.x for m, _ in run)
    y0 = min(m.y for m, _ in run)
    width = max(m.x + m.width for m, _ in run) - x0
    height = max(m.y + m.height for m, _ in run) - y0
    rows: list[bytearray | None] = [None] * height
    for m, touching in run:
        a = m.x - x0
        b = a + m.width
        i = m.y - y0
        for row in m.rows:
            if row is not None:
                target = rows[i]
                if target is None:
                    target = rows[i] = bytearray(width)
                    target[a:b] = row
                elif touching:
                    # Boxes that overlap (the anti-aliased columns of touching glyphs): where one mask
                    # covers a pixel the other is 0 (checked by _meets), so OR keeps both.
                    both = int.from_bytes(target[a:b], "little") | int.from_bytes(row, "little")
                    target[a:b] = both.to_bytes(m.width, "little")
                else:
                    target[a:b] = row
            i += 1
    return Mask(x0, y0, width, height, [None if r is None else bytes(r) for r in rows])


def text_right_cut(glyphs: Sequence[object], solid: Callable[[FillPath], Rgba | None],
                   coverage: Callable[[Group, FillPath], Mask | None]) -> int | None:
    """Where resvg's layer trim cuts a clipped text of plain ``glyphs``
    (:func:`pureog.raster.trim.masks_right_limit` over each painted glyph's unclipped ``coverage``)."""
    from pureog.raster.trim import masks_right_limit  # noqa: PLC0415  (clipped text only: loads on use)
    masks = []
    for glyph in glyphs:
        assert isinstance(glyph, Group)
        node = glyph.children[0]
        assert isinstance(node, FillPath)
        mask = coverage(glyph, node) if solid(node) is not None else None
        if mask is not None:
            masks.append(mask)
    return masks_right_limit(masks)


"""The canvas under a card's first text, kept across renders by the display-list nodes that drew it.

Role: for :mod:`pureog.raster.render`: the root's leading children that are drawn in place (boxes,
images, gradients and their clips: fills and plain groups with no transform of their own, no layer,
opacity, mask or effect) are a card's backdrop; its first glyph, or anything moved or composited,
ends it. The canvas after the backdrop is a function of those nodes and the canvas size alone (the
render starts from nothing), so a later render whose root begins with equal nodes (compared with
``==``: records of paths, paints, clips) starts from a copy of the kept canvas and draws only the rest.

Where that meets: a template's fixed background. A photo card's photo and scrim (~3.6 ms of its ~7 ms
raster: the photo's kept rows copied and composited, the scrim shaded over them) are the same nodes
on every card of the template, whatever its title; a card drawn again meets its own backdrop, no more
(its text is drawn every render). A backdrop is kept only when drawing it charged the paint budget at
least :data:`_WORTH` canvases of work (the copy costs about what making a canvas does: a plain colour
or a gradient canvas alone is not worth keeping), and a hit charges the budget what drawing it did (the
masks and cuts kept within it too: :func:`pureog.limits.charge_kept`), so a render's outcome never depends
on what an earlier one kept. A backdrop is kept when two renders in a
row draw it (a template's second card: one met once, as in a batch of different cards, costs no copy
of the canvas, ~0.5 ms). One entry per canvas size, trim mode and backdrop length, within a budget of
16 MB, each charged its canvas's bytes (3 MB at 1200x630) and what its nodes hold alive (:func:`pureog.held.held_bytes`:
their images' pixels, which the decoded-image cache may drop while an entry here still holds them, and
their paths); an entry over half the budget is neither kept nor met. The backdrops met once are kept
within 16 MB of their nodes too, at most 64 of them: round nineteen, they were charged one entry each,
and 64 renders of canvases of distinct sizes over distinct 16 Mpx images would have held 4 GB of pixels
(24 renders over 2000x2000 ones held 384 MB after every other cache was cleared).
Must not import style, layout, text or document.
"""

from __future__ import annotations

from collections.abc import Hashable

from pureog import caches
from pureog.display import BlendMode, FillPath, Group, Node
from pureog.held import held_bytes
from pureog.limits import KeptCharge

_WORTH = 2  # canvases of paint work a backdrop must have charged to be kept
_NORMAL = BlendMode.NORMAL

_LARGEST = 0.5  # of the budget: a larger entry (canvas and nodes) is not kept, nor met
_KEPT: caches.Budgeted[tuple[int, int, bool, int], tuple[tuple[Node, ...], bytes, KeptCharge, Hashable]] = \
    caches.budgeted("raster.kept_backdrops", 16 << 20, largest=_LARGEST)


# the backdrop last drawn without a hit, by key: kept when the next render draws it again (keep),
# charged what its nodes hold alive
_MET: caches.Budgeted[tuple[int, int, bool, int], tuple[Node, ...]] = caches.budgeted(
    "raster.kept_backdrops_met", 16 << 20, max_entries=64)


def backdrop_length(root: Group) -> int:
    """How many of the root's leading children are its backdrop (drawn in place, see above); 0 when the
    root itself is not a plain group or holds a 3D layer (drawn apart, raster/projective.py)."""
    if not _plain(root) or any(isinstance(kid, Group) and kid.projection is not None for kid in root.children):
        return 0
    count = 0
    for kid in root.children:
        if not _in_place(kid, 3):
            break
        count += 1
    return count


def _plain(g: Group) -> bool:
    """A group drawn as its children straight onto its target: no layer, opacity, mask or effect."""
    return (g.transform.is_identity and g.mask is None and g.opacity >= 1.0 and g.blur is None
            and g.shadow is None and g.filter is None and not g.svg_filters and not g.layer
            and g.blend is _NORMAL and g.backdrop is None and g.porter_duff is None and g.projection is None
            and not g.unclipped and not g.isolated and not g.composite and not g.picture and not g.svg_mask)


def _in_place(node: Node, depth: int) -> bool:
    if type(node) is FillPath:
        return True
    return (type(node) is Group and depth > 0 and _plain(node)
            and all(_in_place(kid, depth - 1) for kid in node.children))


def kept(nodes: tuple[Node, ...], width: int, height: int, trims: bool) -> tuple[bytes, KeptCharge, Hashable] | None:
    """The kept canvas drawn by ``nodes`` (the root's backdrop), what drawing it charged, and its name."""
    found = _KEPT.get((width, height, trims, len(nodes)))
    if found is None or found[0] != nodes:
        return None
    return found[1], found[2], found[3]


def keep(nodes: tuple[Node, ...], width: int, height: int, trims: bool, pixels: bytearray, charge: KeptCharge,
         name: Hashable) -> None:
    """Keep the canvas ``nodes`` drew (``pixels``, copied) when it charged (``charge``) work worth keeping and
    the render before with this key drew the same backdrop (a template's second card): a backdrop met
    once costs no copy. Each store is charged what its entries hold alive (:func:`held_bytes`)."""
    if charge[0] + sum(work for _, work in charge[1]) < _WORTH * width * height:
        return
    held = held_bytes(nodes)
    if len(pixels) + held > _KEPT.limit.value * _LARGEST:
        return  # (never kept: not worth meeting either)
    key = (width, height, trims, len(nodes))
    if _MET.get(key) != nodes:
        _MET.keep(key, nodes, held)
        return
    _KEPT.keep(key, (nodes, bytes(pixels), charge, name), len(pixels) + held)

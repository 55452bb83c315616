"""pureog's boxes for a document, to compare with Chromium's (:mod:`conformance.chromium.oracle`).

Role: a React-shaped element tree (or a loaded document) -> every element's box in document order,
two ways: :func:`exact_boxes`, the layout before pixel rounding (absolute float positions: what the
grid algorithm computed, comparable with Chromium's fractional ``getBoundingClientRect``), and
:func:`public_boxes`, :func:`pureog.layout_boxes` (whole px, Satori's running sum of rounded offsets).
:func:`first_difference` names the first box further apart than the tolerance. Imports :mod:`pureog`
internals (layout before rounding); no browser.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pureog
from pureog.document.load import from_mapping
from pureog.document.model import Document
from pureog.layout.flex import calculate_root_layout
from pureog.layout.from_style import build_layout_input
from pureog.layout.tree import LEFT, TOP, WorkNode
from pureog.style.cascade import cascade
from pureog.style.computed import StyledNode
from pureog.style.values import Display
from pureog.text.fonts import FontLibrary
from pureog.text.inline_layout import measure_inline
from pureog.text.measure import measure

TOLERANCE_PX = 0.5
Box = tuple[float, float, float, float]


def load(element: Any, width: int, height: int) -> Document:
    """A React-shaped tree (or a document mapping) as a pureog document of the given size."""
    if isinstance(element, dict) and "element" in element:
        data = dict(element)
    else:
        data = {"element": element}
    data.setdefault("width", width)
    data.setdefault("height", height)
    return from_mapping(data)


def exact_boxes(document: Document) -> list[Box]:
    """Every element's border box before Yoga's pixel rounding, in document order."""
    fonts = FontLibrary(document.fonts) if document.fonts else FontLibrary.default()
    fonts.features = document.features  # as pureog.pipeline.font_library: features: browser text is shaped
    styled = cascade(document.root, width=document.width, height=document.height,
                     browser=document.features == "browser")
    tree = build_layout_input(styled, lambda leaf: (measure_inline(leaf, fonts) if isinstance(leaf, StyledNode)
                                                   else measure(leaf.text, leaf.style, fonts)),
                              width=document.width, height=document.height)
    root = WorkNode(tree, is_root=True)
    calculate_root_layout(root, float(document.width), float(document.height))
    out: list[Box] = []

    def walk(node: WorkNode, x: float, y: float) -> None:
        source = node.source.key
        if isinstance(source, StyledNode):
            if node.style.display is Display.CONTENTS:
                left = top = 0.0
                width = height = 0.0
            else:
                left, top = node.position[LEFT], node.position[TOP]
                width, height = node.dimension
            x, y = x + left, y + top
            out.append((x, y, width, height))
        elif source is not None:
            return  # a text leaf: not reported
        else:
            x, y = x + node.position[LEFT], y + node.position[TOP]
        for child in node.tree_children:
            walk(child, x, y)

    walk(root, 0.0, 0.0)
    return out


def public_boxes(document: Document) -> list[Box]:
    return [(b.x, b.y, b.width, b.height) for b in pureog.layout_boxes(document)]


def first_difference(ours: Sequence[Box], theirs: Sequence[Sequence[float]], skip: frozenset[int] = frozenset(),
                     tolerance: float = TOLERANCE_PX) -> str | None:
    """The first box (not in ``skip``) further than ``tolerance`` from Chromium's, described."""
    if len(ours) != len(theirs):
        return f"{len(ours)} boxes, Chromium has {len(theirs)}"
    for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        if index in skip:
            continue
        for k, name in enumerate(("x", "y", "width", "height")):
            if not math.isfinite(a[k]) or abs(a[k] - float(b[k])) > tolerance:
                return f"box {index} ({name}): ours {_fmt(a)}, Chromium {_fmt(b)}"
    return None


def _fmt(box: Sequence[float]) -> str:
    return "[" + ", ".join(f"{float(v):.3f}" for v in box[:4]) + "]"


__all__ = ["TOLERANCE_PX", "exact_boxes", "first_difference", "load", "public_boxes"]

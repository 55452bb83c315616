"""DisplayList.sources (the element each display node came from, which limit errors name): without
stacking contexts an element names only the nodes it adds itself (paint/build.py ``_paint_element``),
the same sources as naming everything each element's painting added (every node again at every
ancestor, the first name kept), as painting did before. (With stacking contexts, features:
browser, each element names all it added, as before.)"""

from __future__ import annotations

import sys
from typing import Any

import pytest

import pureog
import pureog.paint.build as build
from conformance.casefile import CASES_DIR, load_document
from pureog.display import DisplayList, Group, Node
from pureog.style.computed import StyledNode, StyledText

CASES = ["cards/blog.yaml", "cards/effects.yaml", "clip/bordered-clip-path-moved-ring.yaml",
         "opacity/group.yaml",
         "transforms/cb-chain-order.yaml", "inline/bidi-rtl-spans.yaml", "inline/text-overflow-ellipsis.yaml",
         "inline/rtl-ellipsis-line-clamp.yaml", "debug/boxes.yaml", "svg/attribute-list-values.yaml"]


def _at_once(context: Any, nodes: list[Node], start: int, path: str) -> None:
    """Each node from ``start`` on named ``path`` unless named already."""
    sources = context.sources
    if sources is not None:
        for node in nodes[start:]:
            sources.setdefault(id(node), path)


def _names(display_list: DisplayList) -> list[str | None]:
    """Each node's name, in a walk of the tree (clips and masks included)."""
    out: list[str | None] = []

    def walk(node: object) -> None:
        out.append(display_list.sources.get(id(node)))
        if isinstance(node, Group):
            for child in node.children:
                walk(child)
            for extra in (node.clip, node.mask):
                if extra is not None:
                    walk(extra)

    walk(display_list.root)
    return out


def _display_list(case: str) -> DisplayList:
    """The display list a render of the case draws (its PNG made too)."""
    import warnings

    from pureog import pipeline

    kept: list[DisplayList] = []
    draw = pipeline.render  # type: ignore[attr-defined]

    def keep(display_list: DisplayList) -> Any:
        kept.append(display_list)
        return draw(display_list)

    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        patch.setattr(pipeline, "render", keep)
        pureog.render_png(load_document(CASES_DIR / case))
    return kept[0]


@pytest.mark.parametrize("case", CASES)
def test_names_as_naming_all_an_element_added(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (CASES_DIR / case).exists(), case
    kept = _names(_display_list(case))
    # The naming before: _paint_element names nothing, and every element names all it added after it.
    paint_box, name_nodes = build._paint_box, build._name_nodes

    def naming_all(box: Any, opacity: float, context: Any, out: list[Node], *args: Any, **kwargs: Any) -> None:
        start = len(out)
        paint_box(box, opacity, context, out, *args, **kwargs)
        if isinstance(box.source, (StyledNode, StyledText)):
            _at_once(context, out, start, box.source.path)

    def not_in_paint_element(context: Any, nodes: list[Node], start: int, path: str) -> None:
        if sys._getframe(1).f_code.co_name != "_paint_element":
            name_nodes(context, nodes, start, path)

    monkeypatch.setattr(build, "_paint_box", naming_all)
    monkeypatch.setattr(build, "_name_nodes", not_in_paint_element)
    assert kept == _names(_display_list(case))
    assert sum(name is not None for name in kept) > 1

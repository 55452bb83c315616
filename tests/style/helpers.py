"""Small builders for style tests: elements with paths, and one-call cascades."""

from __future__ import annotations

from pureog.document.model import Child, Element, Text
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle, StyledNode


def _at(child: Child, path: str) -> Child:
    """``child`` (built at ``$``) moved to ``path``, with its whole subtree re-pathed."""
    if isinstance(child, Text):
        return Text(child.text, path)
    kids = tuple(_at(k, f"{path}.children[{i}]") for i, k in enumerate(child.children))
    return Element(child.type, child.style, kids, child.attributes, path, f"{path}.style")


def el(tag: str = "div", style: dict[str, object] | None = None, *children: Child | str) -> Element:
    kids = tuple(
        _at(Text(child) if isinstance(child, str) else child, f"$.children[{i}]") for i, child in enumerate(children)
    )
    return Element(tag, tuple((style or {}).items()), kids, (), "$", "$.style")


def run(root: Element, width: float = 1200, height: float = 630) -> StyledNode:
    return cascade(root, width=width, height=height)


def style(style: dict[str, object] | None = None, tag: str = "div", **kw: float) -> ComputedStyle:
    return run(el(tag, style), **kw).style


def child_style(parent: dict[str, object], child: dict[str, object] | None = None, tag: str = "div",
                parent_tag: str = "div") -> ComputedStyle:
    node = run(el(parent_tag, parent, el(tag, child)))
    first = node.children[0]
    assert isinstance(first, StyledNode)
    return first.style

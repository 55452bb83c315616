"""Tidying the written SVG tree without changing what it draws.

Role: an :class:`~pureog.svg_export.xml.Element` tree -> the same tree with redundant ``<g>`` removed:
a ``<g>`` without attributes gives its children to its parent, and a ``<g>`` with one child merges into
that child when SVG's order of operations on one element (transform, then filter, then clip-path and
mask, then opacity) gives the nesting's result:

- the outer ``<g>`` has no ``filter`` (its clip or opacity would otherwise move before it), and the two
  share no attribute;
- when the child has a ``transform``, the outer ``<g>`` carries only ``opacity`` (a clip, mask or
  filter region would otherwise change coordinates);
- a ``<use>`` moved by a plain ``translate`` gets ``x``/``y`` instead (SVG appends them to its
  transform, so the result is the same), unless it carries a clip, mask or filter.

Imports only the XML model.
"""

from __future__ import annotations

from pureog.svg_export.xml import Element

_CONTAINERS = frozenset({"svg", "g", "defs", "mask", "pattern"})
_SHAPES = frozenset({"g", "path", "use", "image"})


def simplify(el: Element) -> None:
    """Simplify ``el``'s subtree in place."""
    if el.tag not in _CONTAINERS:
        return
    children: list[Element] = []
    for child in el.children:
        simplify(child)
        if child.tag == "g" and not child.attrs:
            children.extend(child.children)
        elif child.tag == "g" and not child.children:
            continue
        else:
            children.append(_merged(child) if child.tag == "g" else child)
    el.children = children


def _merged(g: Element) -> Element:
    """``g`` merged into its single child where that draws the same."""
    while len(g.children) == 1 and g.children[0].tag in _SHAPES:
        child = g.children[0]
        if "filter" in g.attrs or set(g.attrs) & set(child.attrs):
            break
        if "transform" in child.attrs and set(g.attrs) - {"opacity"}:
            break
        child.attrs = {**g.attrs, **child.attrs}
        g = child
    if g.tag == "use":
        _translate_to_xy(g)
    return g


def _translate_to_xy(use: Element) -> None:
    value = use.attrs.get("transform")
    if value is None or not value.startswith("translate(") or "x" in use.attrs or "y" in use.attrs:
        return
    if {"clip-path", "mask", "filter"} & set(use.attrs):
        return  # their coordinates would then depend on how a renderer reads x/y: keep the transform
    parts = value[len("translate(") : -1].split()
    del use.attrs["transform"]
    attrs = {"href": use.attrs.pop("href") or ""}
    attrs["x"] = parts[0]
    if len(parts) > 1:
        attrs["y"] = parts[1]
    use.attrs = {**attrs, **use.attrs}

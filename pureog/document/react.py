"""Exporting a loaded document back to React's element shape.

``to_react(document)`` gives the plain ``{type, props: {style, children, ...}}`` object that Next.js
``ImageResponse`` accepts, so the reference renderer can draw exactly the tree pureog drew (the
conformance oracle uses it). Imports only :mod:`pureog.document.model`.
"""

from __future__ import annotations

from typing import Any

from pureog.document.model import Document, Element, Text


def element_to_react(element: Element) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if element.style:  # keys as written where that matters (an inline <svg>'s descendants)
        props["style"] = dict(zip(element.style_keys, (v for _, v in element.style), strict=True)
                              if element.style_keys else element.style)
    if element.tw is not None:
        props["tw"] = element.tw
        # Satori reads the style prop's fontSize for tw's line heights and throws when there is no
        # style at all; pureog takes a missing style as empty, so the reference is given an empty one.
        props.setdefault("style", {})
    for key, value in element.attributes:
        props[key] = value
    children = [_child_to_react(child) for child in element.children]
    if len(children) == 1:
        props["children"] = children[0]
    elif children:
        props["children"] = children
    return {"type": element.type, "props": props}


def _child_to_react(child: Element | Text) -> Any:
    return child.text if isinstance(child, Text) else element_to_react(child)


def to_react(document: Document) -> dict[str, Any]:
    """The document's root element in React's shape."""
    return element_to_react(document.root)

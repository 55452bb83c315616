"""A minimal XML element tree for the SVG writer, serialised deterministically.

Role: :class:`Element` (tag, ordered attributes, children) -> compact XML text. Attributes keep the
order they were set in; ``None`` values are left out; text is escaped. No namespaces beyond the root's
``xmlns``, no pretty-printing: the output is one line per top-level child of the root. Imports nothing
from pureog.
"""

from __future__ import annotations

from pureog.records import field, mutable_record

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


@mutable_record
class Element:
    """An XML element; ``attrs`` maps names to text (None: absent)."""

    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Element] = field(default_factory=list)

    def set(self, name: str, value: str | None) -> Element:
        if value is not None:
            self.attrs[name] = value
        return self

    def has(self, name: str) -> bool:
        return self.attrs.get(name) is not None


def element(tag: str, children: list[Element] | None = None, **attrs: str | None) -> Element:
    """An element with attributes given as keywords (``_`` in a name becomes ``-``)."""
    return Element(tag, {k.replace("_", "-"): v for k, v in attrs.items() if v is not None}, children or [])


def write(node: Element, out: list[str]) -> None:
    """Append ``node`` as XML text to ``out``."""
    parts = [node.tag]
    for name, value in node.attrs.items():
        if value is not None:
            parts.append(f'{name}="{value.translate(_ESCAPES)}"')
    head = " ".join(parts)
    if not node.children:
        out.append(f"<{head}/>")
        return
    out.append(f"<{head}>")
    for child in node.children:
        write(child, out)
    out.append(f"</{node.tag}>")


def serialize(node: Element) -> str:
    """``node`` as one XML string."""
    out: list[str] = []
    write(node, out)
    return "".join(out)

"""The ``<defs>`` of one SVG document: every shared definition once, with a short stable id.

Role: definitions (gradients, patterns, clip paths, masks, filters, shared glyph outlines) are built
as :class:`~pureog.svg_export.xml.Element` without an id and handed to :meth:`Defs.add`, which keys
them by their serialised text: an identical definition gets the id given the first time. Ids are a
letter per kind plus a counter (``c1``, ``m2``, ``f3``), in order of first use, so the document is
deterministic. Imports only the XML model.
"""

from __future__ import annotations

from pureog.svg_export.xml import Element, serialize


class Defs:
    """Definitions in order of first use."""

    def __init__(self) -> None:
        self.elements: list[Element] = []
        self._ids: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def add(self, prefix: str, definition: Element) -> str:
        """The id of ``definition`` (``prefix`` + a counter), adding it on first use."""
        key = prefix + serialize(definition)
        found = self._ids.get(key)
        if found is not None:
            return found
        count = self._counts.get(prefix, 0) + 1
        self._counts[prefix] = count
        ident = f"{prefix}{count}"
        self._ids[key] = ident
        definition.attrs = {"id": ident, **definition.attrs}
        self.elements.append(definition)
        return ident


def url(ident: str) -> str:
    """A FuncIRI to a definition: ``url(#id)``."""
    return f"url(#{ident})"

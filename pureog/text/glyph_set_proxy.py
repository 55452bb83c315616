"""A stand-in for a fontTools glyph set that hands everything but taking a glyph to the set it wraps.

Role: the base of the glyph sets that put a budget between fontTools and pureog's pens (variation work
in :mod:`pureog.text.variation_cost`, charstring work in :mod:`pureog.text.charstrings`): each subclass
overrides ``__getitem__`` alone; membership, length, iteration and every other attribute (``hvarTable``,
``location``, ...) are the wrapped set's. Imports nothing from pureog.
"""

from __future__ import annotations

from typing import Any


class GlyphSetProxy:
    """A glyph set wrapping ``inner``; subclasses decide what taking a glyph (``set[name]``) does."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getitem__(self, name: str) -> Any:
        return self._inner[name]

    def __contains__(self, name: object) -> bool:
        return name in self._inner

    def __len__(self) -> int:
        return len(self._inner)

    def __iter__(self) -> Any:
        return iter(self._inner)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

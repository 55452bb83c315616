"""What one Tailwind class turns into before the class list is combined (twrnc's "style IR").

A class is either finished (:class:`Complete`), or waits for the list's combined style
(:class:`Dependent`: colour opacity, em letter spacing, relative line height, font variants). Classes
under a breakpoint or orientation prefix are applied after the others, in prefix order (``Ordered``).
Pure data; imports nothing from pureog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from pureog.records import record

Style = dict[str, object]
"""A React Native style object as twrnc builds it: camelCase property -> number (px) or text."""


@record
class Complete:
    """A class's finished style (never mutated: it may be cached)."""

    style: Mapping[str, object]


@record
class Dependent:
    """A class that finishes against the combined style of the whole list; ``complete`` mutates that
    style and returns a warning (twrnc logs it) or None."""

    complete: Callable[[Style], str | None]


Ir = Complete | Dependent


@record
class Ordered:
    """A class behind a breakpoint/orientation prefix: applied after the plain ones, by ``order``."""

    order: int
    ir: Ir

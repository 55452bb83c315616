"""The held-out corpus: documents written blind, property by property, the way card authors write them.

Role: a fixed table of ~600 small documents (not random, not derived from the conformance cases): each CSS
property of Satori's README table in 2-4 documents on varied elements, the spellings authors use (strings
with units, numbers, shorthands, keyword case, spaces), children as JSX makes them, inline SVG, fonts and
weights, emoji, images, Tailwind classes, and neighbouring properties combined, at 1200x630 and odd sizes.
Unlike :mod:`conformance.oracle.regenerate` (which sends the tree pureog has loaded), the runner
(``python -m conformance.heldout``) sends Next.js the *raw* tree, so a spelling pureog reads differently
from Next shows up. :mod:`conformance.heldout.build` has the helpers and font sets; ``props``,
``spellings`` and ``cards`` the documents; ``slice/`` a committed handful with Next's references, checked
without Node by ``tests/conformance/test_heldout.py``.
"""

from __future__ import annotations

from conformance.heldout.build import DOCS, Doc


def documents() -> list[Doc]:
    """Every held-out document, in table order (importing the tables registers them once)."""
    from conformance.heldout import cards, props, spellings  # noqa: F401, PLC0415 - registers on import

    return list(DOCS)

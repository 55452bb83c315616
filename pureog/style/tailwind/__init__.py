"""Satori's ``tw`` prop: Tailwind classes -> style declarations, as Next.js 16.4.6 (Satori 0.29's twrnc).

``units`` (twrnc's number and length grammar), ``colors`` (colour utilities and opacity),
``utilities`` (one class -> its style), ``resolve`` (a class list: prefixes, order, caches),
``element`` (Satori's adjustments and the merge under ``style``), ``_theme`` (generated data: the
default Tailwind theme; ``tools/gen_tailwind.py``).
"""

from pureog.style.tailwind.element import TailwindStyles, tw_path
from pureog.style.tailwind.resolve import ClassListResolver, Resolved

__all__ = ["ClassListResolver", "Resolved", "TailwindStyles", "tw_path"]

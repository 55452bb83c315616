"""Regular expressions compiled where they are first used, not when their module loads.

Role: a one-shot ``pureog render`` pays for every module body it runs, and compiling a pattern costs
0.05-0.5 ms; most of a module's patterns read what few documents hold (``font-feature-settings``, an
SVG length, a ``line-clamp`` text, a CSS comment). :func:`deferred` gives a stand-in for
``re.compile(source, flags)`` that compiles on its first attribute read and then keeps the compiled
pattern's methods and attributes as its own, so later calls cost what the compiled pattern's do (an
instance attribute, no ``__getattr__``). Use it for patterns read through their methods only
(``match``, ``fullmatch``, ``search``, ``sub``, ``finditer``, ...): the stand-in is not a
``re.Pattern`` for ``isinstance`` or for ``re.sub(pattern, ...)``. Imports only ``re``.
"""

from __future__ import annotations

import re
from typing import Any, cast

_KEPT = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "scanner",
         "pattern", "flags", "groups", "groupindex")


class _Deferred:
    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only attributes not found yet come here: the first read compiles (two threads may both
        # compile: re's cache makes the second cheap, and both keep equal patterns)
        if name.startswith("__"):
            raise AttributeError(name)  # (copy, pickle and the like probe dunders: not a pattern's)
        compiled = re.compile(self._source, self._flags)
        own = self.__dict__
        for kept in _KEPT:
            own[kept] = getattr(compiled, kept)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred({self._source!r}, {self._flags!r})"


def deferred(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled on first use (module docstring)."""
    return cast("re.Pattern[str]", _Deferred(source, flags))

"""The caches pureog keeps between renders, in one register: cleared together, sized by one knob.

Role: every module that keeps something across renders (decoded fonts and images, shaped runs, glyph
outlines and masks, resampled rows, shadow tables, ...) registers it here: ``register(name, *held,
clear=...)`` names the containers it holds (dicts, lists, ``lru_cache`` functions) and how to empty them.
Its size bound, where memory is at stake, is a :class:`Limit` from :func:`limit`, which the module
reads at each insertion (``LIMIT.value``) instead of a constant.

Why one register: a long-running server or a small sandbox (a 128-512 MB serverless function, Pyodide)
needs one answer to "how much does pureog keep, and how do I give it back". :func:`clear` empties every
cache (a batch between customers, a test measuring cold renders); :func:`set_budget` scales every
registered limit at once from the default total (about :data:`DEFAULT_BUDGET_MB` when a process has
filled them all with very varied cards; a template rendered again keeps far less). Caches are exact:
clearing or shrinking one changes only speed, never a pixel.

Imports nothing from pureog: any module may register, and modules that never load register nothing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

DEFAULT_BUDGET_MB = 300
"""What the registered limits hold at their defaults, roughly (measured over the 1,951 conformance cases
rendered in one process: the largest caches at their bounds). The scale of :func:`set_budget`."""

_MIN_SCALE = 1 / 1024  # a limit never drops below one entry's worth (see Limit.scaled)


class Limit:
    """A cache's bound (bytes or entries, as its module counts), scaled by the process's budget."""

    __slots__ = ("default", "name", "value")

    def __init__(self, name: str, default: int) -> None:
        self.name = name
        self.default = default
        self.value = default

    def scaled(self, scale: float) -> None:
        # At least one: every cache keeps the entry it just made (its bookkeeping assumes so).
        self.value = max(1, int(self.default * scale))


class _Entry:
    __slots__ = ("clear", "held")

    def __init__(self, held: tuple[object, ...], clear: Callable[[], None] | None) -> None:
        self.held = held
        self.clear = clear


_entries: dict[str, _Entry] = {}
_limits: dict[str, Limit] = {}
_scale = 1.0
_lock = threading.Lock()


def register(name: str, *held: object, clear: Callable[[], None] | None = None) -> None:
    """Register the cache ``name``: the containers it keeps (``held``) and, when emptying them is not
    enough (byte counters to reset, a lock to take), the function that clears it."""
    with _lock:
        _entries[name] = _Entry(held, clear)


def limit(name: str, default: int) -> Limit:
    """The bound of cache ``name``: ``default`` scaled by the budget in force (see :func:`set_budget`)."""
    with _lock:
        found = _limits.get(name)
        if found is None:
            found = _limits[name] = Limit(name, default)
            found.scaled(_scale)
        return found


def clear() -> None:
    """Empty every registered cache (fonts and images passed in by the caller stay theirs)."""
    with _lock:
        entries = list(_entries.values())
    for entry in entries:
        if entry.clear is not None:
            entry.clear()
            continue
        for held in entry.held:
            _empty(held)


def _empty(held: object) -> None:
    cache_clear = getattr(held, "cache_clear", None)
    if cache_clear is not None:  # an lru_cache function
        cache_clear()
    else:
        held.clear()  # type: ignore[attr-defined]  # a dict, list or set


def set_budget(megabytes: float | None) -> None:
    """Scale every cache's limit so that all together keep about ``megabytes`` (None: the defaults).

    Shrinking applies from each cache's next insertion; call :func:`clear` to give memory back at once.
    A budget of 0 keeps one entry a cache: every render then recomputes nearly everything.
    """
    global _scale
    if megabytes is not None and not megabytes >= 0:
        raise ValueError(f"a cache budget is a number of megabytes >= 0, not {megabytes!r}")
    scale = 1.0 if megabytes is None else max(_MIN_SCALE, megabytes / DEFAULT_BUDGET_MB)
    with _lock:
        _scale = scale
        for found in _limits.values():
            found.scaled(scale)


def registered() -> dict[str, tuple[object, ...]]:
    """Every registered cache's containers, by name (for tests that look for unregistered caches)."""
    with _lock:
        return {name: entry.held for name, entry in _entries.items()}


def limits() -> dict[str, Limit]:
    """Every limit made so far, by cache name."""
    with _lock:
        return dict(_limits)


def _budget_from_environment() -> None:
    """``PUREOG_CACHE_MB`` sets the budget for the whole process (a serverless function's setting)."""
    text = os.environ.get("PUREOG_CACHE_MB", "").strip()
    if not text:
        return
    try:
        set_budget(float(text))
    except ValueError:
        import warnings  # noqa: PLC0415  (only for a misconfigured process)

        warnings.warn(f"PUREOG_CACHE_MB={text!r} is not a number of megabytes; the default budget is kept",
                      stacklevel=2)


_budget_from_environment()

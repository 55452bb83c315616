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
from typing import TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")

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


class Budgeted(dict[_K, _V]):
    """A dict kept within a budget of bytes (its :class:`Limit`): entries are stored with :meth:`keep`,
    which charges their size, and when an entry would pass the budget every entry is dropped first.

    Dropping all at once, not the oldest, is on purpose: lookups stay plain dict probes (the glyph and
    row caches are probed millions of times a batch), there is no order to keep per hit, and a template
    rendered again refills the little it uses within a render. Threads share these: dict probes and
    stores are atomic, a stored value is never written to, and a size lost to a race only delays the
    clearing. Reads are the dict's own (``get``, ``in``, ``[]``); :meth:`clear` resets the charge.
    """

    __slots__ = ("limit", "largest", "max_entries", "spent")

    def __init__(self, limit: Limit, largest: float | None = None, max_entries: int | None = None) -> None:
        super().__init__()
        self.limit = limit
        self.largest = largest  # entries over this share of the budget are not kept (None: all are)
        self.max_entries = max_entries
        self.spent = 0

    def keep(self, key: _K, value: _V, size: int) -> _V:
        """Store ``value`` under ``key``, charged ``size`` bytes (unless it alone is over the
        ``largest`` share of the budget: an entry over the whole budget is kept alone); returns ``value``."""
        if self.largest is None or size <= self.limit.value * self.largest:
            self.make_room(size)
            self[key] = value
        return value

    def make_room(self, size: int) -> bool:
        """Charge ``size`` bytes about to be stored (by the caller, into values already kept), dropping
        every entry first when they would pass the budget; whether it dropped them."""
        dropped = self.spent + size > self.limit.value or (
            self.max_entries is not None and len(self) >= self.max_entries)
        if dropped:
            super().clear()
            self.spent = 0
        self.spent += size
        return dropped

    def clear(self) -> None:
        super().clear()
        self.spent = 0


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


def budgeted(name: str, default_bytes: int, largest: float | None = None,
             max_entries: int | None = None) -> Budgeted[_K, _V]:
    """A :class:`Budgeted` dict bounded by the limit ``name`` (``default_bytes`` at the default budget),
    registered under ``name``."""
    held: Budgeted[_K, _V] = Budgeted(limit(name, default_bytes), largest, max_entries)
    register(name, held)
    return held


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

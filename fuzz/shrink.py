"""Minimising a failing case while its defect stays the same (same outcome kind and signature).

Greedy delta debugging over the case's structure: JSON cases try dropping list items and mapping
entries, replacing a container by one of its children, halving strings and simplifying numbers;
``bytes`` cases try dropping chunks (halves, quarters, ... single bytes) and zeroing bytes. Each
candidate is run through ``still_fails``; the first that keeps the defect is kept, until no candidate
does or the time budget is spent.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from typing import Any

Path = tuple[Any, ...]


def _get(case: Any, path: Path) -> Any:
    for key in path:
        case = case[key]
    return case


def _set(case: Any, path: Path, value: Any) -> Any:
    """A copy of ``case`` with the node at ``path`` replaced (``_DROP`` removes it)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(case, list):
        out = list(case)
        if not rest and value is _DROP:
            del out[head]
        else:
            out[head] = _set(case[head], rest, value)
        return out
    out_map = dict(case)
    if not rest and value is _DROP:
        del out_map[head]
    else:
        out_map[head] = _set(case[head], rest, value)
    return out_map


_DROP = object()


def _paths(case: Any, path: Path = ()) -> Iterator[Path]:
    """Every node's path, outermost first (big cuts are tried before small ones)."""
    yield path
    if isinstance(case, list):
        for i, item in enumerate(case):
            yield from _paths(item, (*path, i))
    elif isinstance(case, dict):
        for key, item in case.items():
            yield from _paths(item, (*path, key))


def _smaller(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for value in node.values():
            if isinstance(value, (dict, list)):
                yield value
    elif isinstance(node, list):
        for value in node:
            if isinstance(value, (dict, list)):
                yield value
        if len(node) > 1:
            yield node[: len(node) // 2]
            yield node[len(node) // 2:]
    elif isinstance(node, str):
        if len(node) > 1:
            yield node[: len(node) // 2]
            yield node[len(node) // 2:]
        if node:
            yield ""
    elif isinstance(node, bool) or node is None:
        return
    elif isinstance(node, int):
        if node not in (0, 1):
            yield 0
            yield node // 2 if abs(node) > 1 else 0
    elif isinstance(node, float):
        if math.isfinite(node) and node != int(node):
            yield float(int(node))
        if node not in (0.0, 1.0) and math.isfinite(node) and abs(node) > 1:
            yield node / 2


def _json_candidates(case: Any) -> Iterator[Any]:
    for path in list(_paths(case)):
        if path:
            yield _set(case, path, _DROP)
        for smaller in _smaller(_get(case, path)):
            yield _set(case, path, smaller)


def _bytes_candidates(case: bytes) -> Iterator[bytes]:
    size = len(case) // 2
    while size >= 1:
        for start in range(0, len(case), size):
            yield case[:start] + case[start + size:]
        size //= 2
    for i, byte in enumerate(case):
        if byte:
            yield case[:i] + b"\0" + case[i + 1:]


def shrink(case: Any, still_fails: Callable[[Any], bool], *, budget: float = 60.0) -> Any:
    """The smallest variant of ``case`` found within ``budget`` seconds for which ``still_fails``."""
    deadline = time.monotonic() + budget
    improved = True
    while improved and time.monotonic() < deadline:
        improved = False
        candidates = _bytes_candidates(case) if isinstance(case, bytes) else _json_candidates(case)
        for candidate in candidates:
            if time.monotonic() >= deadline:
                break
            if candidate != case and still_fails(candidate):
                case = candidate
                improved = True
                break
    return case

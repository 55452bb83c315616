"""Errors and warnings raised by pureog.

Everything pureog raises on bad input is a :class:`PureogError`. Messages name the element path
(``$.element.props.children[1].props.style.padding``) and, where relevant, the property, so a user can
find the mistake in their document without reading a traceback.

Input that the reference (Next.js ``ImageResponse``) tolerates (an unknown property, a value it
ignores or replaces by a fallback) is not an error: :func:`tolerate` records it as a
:class:`RenderWarning` through Python's :mod:`warnings`, and pureog renders what the reference renders.
In strict mode (:func:`strictness`, the API's ``strict=True``, the CLI's ``--strict``) the same call
raises the error instead. Imports nothing from pureog.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class PureogError(Exception):
    """Base class of every error pureog raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Pickled whole (message and path apart), so errors cross process pools (pureog.batch).
        return _restore, (type(self), self.message, self.path)


def _restore(cls: type[PureogError], message: str, path: str | None) -> PureogError:
    return cls(message, path=path)


class DocumentError(PureogError):
    """The document (YAML/JSON/dict) is malformed: unknown keys, wrong types, bad element shape."""


class StyleError(PureogError):
    """A CSS property or value is invalid or not supported."""


class FontError(PureogError):
    """A font cannot be loaded or no font covers the text."""


class ImageError(PureogError):
    """An image cannot be decoded or is not allowed."""


class LimitError(PureogError):
    """The input exceeds a configured safety limit (canvas size, tree depth, ...)."""


class RenderWarning(UserWarning):
    """Input the reference tolerates and pureog renders the same way, with what it did about it."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


_STRICT: ContextVar[bool] = ContextVar("pureog_strict", default=False)


MAX_WARNINGS = 1_000
"""RenderWarnings one render (or load) issues; past it one more says how they end, the rest are counted
only. Each is a Python warning whose text names its element, which ``warnings`` keeps in its registry
for good: 1,500 elements sharing a YAML alias of 20,000 unknown ``tw`` classes warned 30 million times
(minutes, gigabytes)."""

_WARNED: ContextVar[list[int] | None] = ContextVar("pureog_warned", default=None)


@contextmanager
def strictness(strict: bool) -> Iterator[None]:
    """Within the block, :func:`tolerate` raises instead of warning when ``strict`` is true, and warns at
    most :data:`MAX_WARNINGS` times. Context variables, so renders in other threads or tasks keep their own."""
    token = _STRICT.set(strict)
    counter = _WARNED.set([0])
    try:
        yield
    finally:
        _WARNED.reset(counter)
        _STRICT.reset(token)


def warnings_left() -> bool:
    """Whether :func:`tolerate` still reports (strict, or under :data:`MAX_WARNINGS`): a loop warning per
    item stops once it is false (after one call, which the memos of :func:`tolerated_count` see)."""
    warned = _WARNED.get()
    return _STRICT.get() or warned is None or warned[0] < MAX_WARNINGS


def is_strict() -> bool:
    return _STRICT.get()


_tolerated = 0


def tolerated_count() -> int:
    """How many times :func:`tolerate` was called in this process (any thread): a memo of a pure
    computation compares it before and after, and keeps no result that reported something, so that
    every render (maybe strict) reports it again."""
    return _tolerated


def tolerate(message: str, *, path: str | None = None, error: type[PureogError] | None = None) -> None:
    """Report input that is dropped or replaced by the reference's fallback: a :class:`RenderWarning`,
    or in strict mode ``error`` (default :class:`StyleError`) with the same message and path."""
    global _tolerated
    _tolerated += 1
    if _STRICT.get():
        raise (error or StyleError)(message, path=path)
    warned = _WARNED.get()
    if warned is not None:
        warned[0] += 1
        if warned[0] > MAX_WARNINGS:
            if warned[0] == MAX_WARNINGS + 1:
                warnings.warn(RenderWarning(f"more than {MAX_WARNINGS:,} warnings: the rest are not shown"),
                              stacklevel=2)
            return
    _warn(RenderWarning(message, path=path))


WARNING_REGISTRY: dict[str | tuple[str, type[Warning], int], int] = {}
"""The registry :func:`warnings.warn_explicit` keeps for :func:`tolerate`'s warnings (a warning already
shown from a place is not shown again), bounded: ``warnings.warn`` keeps one in the calling module for
good, every distinct text (a path and its message) as a key, and a server renders documents of its
users' paths: 80 renders of 300 warnings each at paths 300 levels deep kept 60 million characters
(152 MB). Emptied past :data:`WARNING_REGISTRY_SIZE` entries (a warning may then be shown again)."""
WARNING_REGISTRY_SIZE = 4096


def _warn(warning: RenderWarning) -> None:
    """``warnings.warn(warning, stacklevel=3)``: attributed to the caller of :func:`tolerate`, through
    :data:`WARNING_REGISTRY` instead of the calling module's own registry."""
    if len(WARNING_REGISTRY) > WARNING_REGISTRY_SIZE:
        WARNING_REGISTRY.clear()
    frame = sys._getframe(2)
    warnings.warn_explicit(warning, RenderWarning, frame.f_code.co_filename, frame.f_lineno,
                           frame.f_globals.get("__name__"), WARNING_REGISTRY, frame.f_globals)  # fmt: skip

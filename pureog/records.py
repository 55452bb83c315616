"""Records: dataclasses that are cheap to create at import time.

Role: a class body of annotated fields -> the class ``@dataclass(frozen=True, slots=True)``
(:func:`record`) or ``@dataclass(slots=True)`` (:func:`mutable_record`) would make of it: the same
``__init__`` (defaults, ``field(default_factory=...)``, ``init=False`` fields, ``__post_init__``),
``__repr__``, ``__eq__`` and ``__hash__`` over the same fields (``compare=False`` / ``repr=False``
honoured, the same hash values), ``__match_args__``, ``__slots__``, frozen ``__setattr__`` /
``__delattr__`` raising :class:`dataclasses.FrozenInstanceError`, pickling and copying. It is still a
dataclass: :func:`dataclasses.fields`, :func:`dataclasses.replace` and
:func:`dataclasses.is_dataclass` work on it, and type checkers read both decorators as dataclasses
(``typing.dataclass_transform``).

Why not ``@dataclass`` itself: on CPython 3.11 it compiles six small functions from source for every
frozen class (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``,
``__delattr__``), ~3 ms of compiler per class on a slow machine, and a one-shot render imports about
a hundred of them: a third of its cold CPU time (bench/README.md). Here :mod:`dataclasses` only
collects the fields (it is asked for no method), ``__init__`` is the one function compiled per class
(it is the hot one: every display-list node calls it, so it stays as fast as the generated one), and
the other methods are shared functions reading the field names the class keeps.

Imports nothing from pureog.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, field
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")

_HAS_FACTORY = object()
"""The default of an ``__init__`` parameter whose field has a ``default_factory`` (as dataclasses)."""


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: type[_T]) -> type[_T]:
    """``@dataclass(frozen=True, slots=True)``, created without compiling five of its six methods."""
    return _make(cls, frozen=True)


@dataclass_transform(field_specifiers=(field, Field))
def mutable_record(cls: type[_T]) -> type[_T]:
    """``@dataclass(slots=True)`` (mutable, so unhashable), created the same cheap way."""
    return _make(cls, frozen=False)


def _make(cls: type[_T], *, frozen: bool) -> type[_T]:
    body = cls.__dict__
    if frozen and ("__setattr__" in body or "__delattr__" in body):
        raise TypeError(f"cannot overwrite __setattr__/__delattr__ in frozen record {cls.__qualname__}")
    explicit_eq = "__eq__" in body
    explicit_repr = "__repr__" in body
    class_hash = body.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and explicit_eq))
    if not cls.__doc__:
        # dataclasses would build the docstring from inspect.signature(cls), which costs as much as
        # the methods it no longer compiles; the field names say the same.
        cls.__doc__ = f"{cls.__name__}({', '.join(getattr(cls, '__annotations__', {}))})"
    # dataclasses collects the fields (inherited ones first, ClassVars out) and makes the slotted
    # class; every method is left to us.
    made: Any = dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=True)
    fields = dataclasses.fields(made)
    made.__init__ = _init(made, fields, frozen)
    if not explicit_repr:
        made.__record_repr__ = tuple(f.name for f in fields if f.repr)
        made.__repr__ = _repr
    made.__record_key__ = _key_getter(tuple(f.name for f in fields if f.compare))
    if not explicit_eq:
        made.__eq__ = _eq
    if not explicit_hash:
        # as dataclasses with eq: a frozen class hashes the tuple of its compared fields (even beside
        # its own __eq__), a mutable one is unhashable
        made.__hash__ = _hash if frozen else None
    if frozen:
        made.__setattr__, made.__delattr__ = _frozen_setters(made, frozenset(f.name for f in fields))
        made.__getstate__ = _getstate
        made.__setstate__ = _setstate
    return made  # type: ignore[no-any-return]


def _init(cls: type, fields: tuple[Field[Any], ...], frozen: bool) -> Callable[..., None]:
    """The class's ``__init__``, compiled once: the source dataclasses would generate for it."""
    params: list[str] = []
    lines: list[str] = []
    namespace: dict[str, Any] = {"__object_setattr": object.__setattr__, "__has_factory": _HAS_FACTORY}
    seen_default = False
    for f in fields:
        if f.kw_only:
            raise TypeError(f"{cls.__qualname__}.{f.name}: keyword-only fields are not supported by records")
        if f.name in ("self", "__object_setattr", "__has_factory"):
            raise TypeError(f"{cls.__qualname__}: a record field may not be named {f.name!r}")
        has_factory = f.default_factory is not MISSING
        if has_factory:
            namespace[f"__factory_{f.name}"] = f.default_factory
        if f.init:
            if has_factory:
                params.append(f"{f.name}=__has_factory")
                value = f"__factory_{f.name}() if {f.name} is __has_factory else {f.name}"
            elif f.default is not MISSING:
                namespace[f"__default_{f.name}"] = f.default
                params.append(f"{f.name}=__default_{f.name}")
                value = f.name
            else:
                if seen_default:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
                params.append(f.name)
                value = f.name
            seen_default = seen_default or has_factory or f.default is not MISSING
        elif has_factory:
            value = f"__factory_{f.name}()"
        elif f.default is not MISSING:
            namespace[f"__default_{f.name}"] = f.default
            value = f"__default_{f.name}"
        else:
            continue  # init=False and no default: left unset, as dataclasses does
        lines.append(f"__object_setattr(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        lines.append("self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(lines or ["pass"]) + "\n"
    exec(source, namespace)  # noqa: S102 - our own generated source, as dataclasses does
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


def _key_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of the compared fields (what dataclasses' ``__eq__`` and ``__hash__`` compare)."""
    if len(names) >= 2:
        return attrgetter(*names)  # a tuple, built in C
    if len(names) == 1:
        (name,) = names
        return lambda self: (getattr(self, name),)
    return lambda self: ()


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    cls = type(self)
    items = ", ".join(f"{name}={getattr(self, name)!r}" for name in cls.__record_repr__)
    return f"{cls.__qualname__}({items})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        key = self.__class__.__record_key__  # a class attribute: attrgetter or plain function, never bound
        return key(self) == key(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self.__class__.__record_key__(self))


def _frozen_setters(cls: Any, names: frozenset[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    """``__setattr__`` / ``__delattr__`` refusing the fields (and anything on the record class itself)."""

    def __setattr__(self: Any, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, f.name) for f in dataclasses.fields(self)]


def _setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(dataclasses.fields(self), state, strict=False):
        object.__setattr__(self, f.name, value)  # frozen: bypass the refusing __setattr__

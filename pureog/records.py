"""Records: what ``@dataclass`` makes, at a fraction of its import-time cost.

Role: a class body of annotated fields -> the class ``@dataclass(frozen=True, slots=True)``
(:func:`record`) or ``@dataclass(slots=True)`` (:func:`mutable_record`) would make of it: the same
``__init__`` (defaults, ``field(default_factory=...)``, ``init=False`` fields, ``__post_init__``),
``__repr__``, ``__eq__`` and ``__hash__`` over the same fields (``compare=False`` / ``repr=False``
honoured, the same hash values), ``__match_args__``, ``__slots__``, frozen ``__setattr__`` /
``__delattr__`` raising :class:`FrozenInstanceError`, pickling and copying. :func:`field`,
:func:`fields` and :func:`replace` stand for their :mod:`dataclasses` namesakes; type checkers read
both decorators as dataclasses (``typing.dataclass_transform``).

Why not ``@dataclass``: on CPython 3.11 it compiles six small functions from source for every frozen
class (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``), ~3 ms
of compiler per class on a slow machine, and a one-shot render imports about a hundred of them; and
importing :mod:`dataclasses` imports :mod:`inspect` (with ``ast``, ``dis``, ``tokenize``): together a
third of a one-shot render's CPU time (bench/README.md). Here ``__init__`` is the one function
made per class (the hot one: every display-list node calls it, so it stays as fast as the generated
one; compiled once per shape of class, on its first instance) and the other methods are shared
functions reading the field names the class keeps.

Imports nothing from pureog but its shapes compiled ahead (:mod:`pureog._record_shapes`, on first use).
"""

from __future__ import annotations

import builtins
import reprlib
from collections.abc import Callable
from operator import attrgetter
from types import CodeType, FunctionType, MemberDescriptorType
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""No default (as ``dataclasses.MISSING``)."""

_HAS_FACTORY = object()
"""The default of an ``__init__`` parameter whose field has a ``default_factory`` (as dataclasses)."""


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen record (as ``dataclasses.FrozenInstanceError``)."""


class Field:
    """One field of a record: its name, annotation and what :func:`field` said of it."""

    __slots__ = ("name", "type", "default", "default_factory", "init", "repr", "compare")

    def __init__(self, default: Any, default_factory: Any, init: bool, repr: bool, compare: bool) -> None:
        self.name = ""
        self.type: Any = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r}, init={self.init}, compare={self.compare})"


@overload
def field(*, default: _T, init: bool = True, repr: bool = True, compare: bool = True) -> _T: ...
@overload
def field(*, default_factory: Callable[[], _T], init: bool = True, repr: bool = True, compare: bool = True) -> _T: ...
@overload
def field(*, init: bool = True, repr: bool = True, compare: bool = True) -> Any: ...
def field(*, default: Any = MISSING, default_factory: Any = MISSING, init: bool = True, repr: bool = True,
          compare: bool = True) -> Any:
    """A field's options in a record's class body (``dataclasses.field``'s, as far as pureog uses them)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """``@dataclass(frozen=True, slots=True)``, made without compiling five of its six methods."""
    return _make(cls, frozen=True)


@dataclass_transform(field_specifiers=(field,))
def mutable_record(cls: type[_T]) -> type[_T]:
    """``@dataclass(slots=True)`` (mutable, so unhashable), made the same cheap way."""
    return _make(cls, frozen=False)


def is_record(value: object) -> bool:
    """Whether ``value`` is a record class or instance (as ``dataclasses.is_dataclass``)."""
    return hasattr(type(value) if not isinstance(value, type) else value, "__record_fields__")


def fields(value: Any) -> tuple[Field, ...]:
    """The fields of a record class or instance, inherited ones first (as ``dataclasses.fields``)."""
    try:
        found: tuple[Field, ...] = value.__record_fields__
    except AttributeError:
        raise TypeError("fields() needs a record class or instance") from None
    return found


def replace(value: _T, /, **changes: Any) -> _T:
    """A copy of record ``value`` with ``changes`` (as ``dataclasses.replace``: through ``__init__``)."""
    for f in fields(value):
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(value, f.name)
    return value.__class__(**changes)


def _make(cls: type[_T], *, frozen: bool) -> type[_T]:
    body = dict(cls.__dict__)
    if frozen and ("__setattr__" in body or "__delattr__" in body):
        raise TypeError(f"cannot overwrite __setattr__/__delattr__ in frozen record {cls.__qualname__}")
    own = _own_fields(cls, body)
    inherited: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__record_fields__", ()):
            inherited[f.name] = f
    for f in own:
        inherited[f.name] = f
    all_fields = tuple(inherited.values())
    # the slotted class (dataclasses' _add_slots): the fields become slots, their defaults leave the body
    for f in own:
        body.pop(f.name, None)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    base_slots = {name for base in cls.__mro__[1:] for name in getattr(base, "__slots__", ())}
    body["__slots__"] = tuple(f.name for f in own if f.name not in base_slots)
    metaclass: Any = type(cls)
    made: Any = metaclass(cls.__name__, cls.__bases__, body)
    made.__qualname__ = cls.__qualname__
    made.__record_fields__ = all_fields
    made.__match_args__ = tuple(f.name for f in all_fields if f.init)  # type: ignore[misc]
    if not made.__doc__:
        made.__doc__ = f"{cls.__name__}({', '.join(f.name for f in all_fields)})"
    made.__init__ = _compiled_on_first_use(made, all_fields, frozen)
    if "__repr__" not in body:
        made.__record_repr__ = tuple(f.name for f in all_fields if f.repr)
        made.__repr__ = _repr
    made.__record_key__ = _key_getter(tuple(f.name for f in all_fields if f.compare))
    explicit_eq = "__eq__" in body
    if not explicit_eq:
        made.__eq__ = _eq
    class_hash = body.get("__hash__", MISSING)
    if class_hash is MISSING or (class_hash is None and explicit_eq):
        # as dataclasses with eq: a frozen class hashes the tuple of its compared fields (even beside
        # its own __eq__), a mutable one is unhashable
        made.__hash__ = _hash if frozen else None
    if frozen:
        made.__setattr__, made.__delattr__ = _frozen_setters(made, frozenset(f.name for f in all_fields))
        made.__getstate__ = _getstate
        made.__setstate__ = _setstate
    return made  # type: ignore[no-any-return]


def _own_fields(cls: type, body: dict[str, Any]) -> list[Field]:
    """The fields the class body declares, in order: annotated names, not ``ClassVar``s."""
    own: list[Field] = []
    for name, annotation in body.get("__annotations__", {}).items():
        text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
        if text.startswith(("ClassVar", "typing.ClassVar", "InitVar", "dataclasses.InitVar")):
            if "InitVar" in text:
                raise TypeError(f"{cls.__qualname__}.{name}: InitVar is not supported by records")
            continue
        value = body.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(value, MISSING, True, True, True)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        f.name = name
        f.type = annotation
        own.append(f)
    return own


def _compiled_on_first_use(cls: type, fields: tuple[Field, ...], frozen: bool) -> Callable[..., None]:
    """A stand-in ``__init__`` that compiles the real one (:func:`_init`) on the class's first
    instance and puts it in its place. Compiling is most of what making a record costs (~0.13 ms
    each, ~12 ms of a plain card's ~55 ms of imports) and a render builds instances of only some of
    the ~100 record classes its modules declare. A bad field order still fails at class creation."""
    _check_order(cls, fields)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init = cls.__dict__["__init__"]
        if init is __init__:  # not compiled yet (another thread may have done it meanwhile)
            init = _init(cls, fields, frozen)
            type.__setattr__(cls, "__init__", init)
        init(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    return __init__


def _check_order(cls: type, fields: tuple[Field, ...]) -> None:
    """What :func:`_init` would refuse, checked when the class is made (as dataclasses does)."""
    seen_default = False
    for f in fields:
        if f.name in ("self", "__object_setattr", "__has_factory"):
            raise TypeError(f"{cls.__qualname__}: a record field may not be named {f.name!r}")
        if f.init:
            has_default = f.default_factory is not MISSING or f.default is not MISSING
            if not has_default and seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
            seen_default = seen_default or has_default


def _init(cls: type, fields: tuple[Field, ...], frozen: bool) -> Callable[..., None]:
    """The class's ``__init__``: the function dataclasses would generate for it.

    Made once per *shape*, not per class: the function names each field by its position (parameter,
    attribute and setter ``_3``, ``__set_3``, ...) and the defaults are its ``__defaults__`` rather
    than part of its source, so the code object of a shape (:func:`_shape_source`: field count, which
    fields take factories or no parameter, how they are set) serves every class of that shape, with
    the field names put back into its variable, global, attribute and constant names
    (``CodeType.replace``, ~15 us where compiling costs 100-700 us; a one-shot render of a plain card
    makes ~40 of them, of ~21 shapes). A shape's code comes from :mod:`pureog._record_shapes` (compiled
    ahead, read from its ``.pyc``: a one-shot render compiled ~26 million instructions' worth,
    bench/README.md, the fifty-sixth pass), else it is compiled here."""
    kinds: list[str] = []
    defaults: list[Any] = []
    namespace: dict[str, Any] = {"__object_setattr": object.__setattr__, "__has_factory": _HAS_FACTORY,
                                 "__builtins__": builtins}
    real: dict[str, str] = {}  # placeholder -> field name
    seen_default = False
    for i, f in enumerate(fields):
        if f.name in ("self", "__object_setattr", "__has_factory"):
            raise TypeError(f"{cls.__qualname__}: a record field may not be named {f.name!r}")
        real[f"_{i}"] = f.name  # the placeholders of field i, named after it
        for kind in ("__set", "__factory", "__default"):
            real[f"{kind}_{i}"] = f"{kind}_{f.name}"
        has_factory = f.default_factory is not MISSING
        if has_factory:
            namespace[f"__factory_{f.name}"] = f.default_factory
        if f.init:
            if has_factory:
                defaults.append(_HAS_FACTORY)
                value = "f"
            elif f.default is not MISSING:
                defaults.append(f.default)
                value = "p"
            else:
                if seen_default:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
                value = "p"
            seen_default = seen_default or has_factory or f.default is not MISSING
        elif has_factory:
            value = "F"
        elif f.default is not MISSING:
            namespace[f"__default_{f.name}"] = f.default
            value = "d"
        else:
            kinds.append("-")  # init=False and no default: left unset, as dataclasses does
            continue
        if not frozen:
            kinds.append(value + "a")
        elif (slot := _slot(cls, f.name)) is not None:
            # The slot's own setter, not object.__setattr__ (which looks the descriptor up by name on
            # every call): ~0.2 us less a field, and a warm stat-grid render sets ~7,000 frozen fields
            # (flex contexts, layout inputs, boxes, styled nodes, rects, affines).
            namespace[f"__set_{f.name}"] = slot.__set__
            kinds.append(value + "s")
        else:
            kinds.append(value + "o")
    shape_key = " ".join(kinds) + (" P" if hasattr(cls, "__post_init__") else "")
    shape = _SHAPES.get(shape_key)
    if shape is None:
        from pureog._record_shapes import SHAPES  # noqa: PLC0415

        shape = SHAPES.get(shape_key)
        if shape is None:
            module = compile(_shape_source(shape_key), "<string>", "exec")
            shape = next(c for c in module.co_consts if isinstance(c, CodeType))
        _SHAPES[shape_key] = shape

    def named(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(real.get(v, v) if type(v) is str else v for v in values)

    code = shape.replace(co_varnames=named(shape.co_varnames), co_names=named(shape.co_names),
                         co_consts=named(shape.co_consts), co_name="__init__",
                         co_qualname=f"{cls.__qualname__}.__init__")
    init: Callable[..., None] = FunctionType(code, namespace, "__init__", tuple(defaults) or None)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


_SHAPES: dict[str, CodeType] = {}
"""The ``__init__`` code of each record shape met (:func:`_init`): bounded by the record classes
pureog declares (a few hundred at most), so not registered in :mod:`pureog.caches`."""

_VALUES = {"p": "{p}", "f": "__factory_{i}() if {p} is __has_factory else {p}", "F": "__factory_{i}()",
           "d": "__default_{i}"}
_SETS = {"a": "self.{p} = {v}", "s": "__set_{i}(self, {v})", "o": "__object_setattr(self, {p!r}, {v})"}


def _shape_source(shape_key: str) -> str:
    """The source of a shape's ``__init__``. ``shape_key``: per field ``-`` (not set) or how its value is
    made (``p`` the parameter, ``f`` the parameter or its factory, ``F`` the factory, ``d`` the default)
    and set (``a`` assigned, ``s`` the slot's setter, ``o`` ``object.__setattr__``), then ``P`` when
    ``__post_init__`` is called."""
    params: list[str] = []
    lines: list[str] = []
    i = 0
    for kind in shape_key.split():
        if kind == "P":
            lines.append("self.__post_init__()")
            continue
        p = f"_{i}"
        if kind != "-":
            if kind[0] in "pf":
                params.append(p)
            lines.append(_SETS[kind[1]].format(i=i, p=p, v=_VALUES[kind[0]].format(i=i, p=p)))
        i += 1
    return f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(lines or ["pass"]) + "\n"


def _slot(cls: type, name: str) -> Any:
    """The member descriptor of slot ``name`` where ``cls`` or a base declares it (None: the field lives
    elsewhere, e.g. in the ``__dict__`` of a base class without slots)."""
    for klass in cls.__mro__:
        found = klass.__dict__.get(name)
        if found is not None:
            return found if isinstance(found, MemberDescriptorType) else None
    return None


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
    return [getattr(self, f.name) for f in self.__record_fields__]


def _setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(self.__record_fields__, state, strict=False):
        object.__setattr__(self, f.name, value)  # frozen: bypass the refusing __setattr__

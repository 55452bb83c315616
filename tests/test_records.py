"""pureog.records: a record class behaves as the dataclass it stands for."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pureog import records
from pureog.records import FrozenInstanceError, mutable_record, record

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class PlainFrozen:
    a: int
    b: float = 2.0
    c: list[int] = field(default_factory=list, compare=False)
    d: int = field(default=5, repr=False)


@record
class RecordFrozen:
    a: int
    b: float = 2.0
    c: list[int] = records.field(default_factory=list, compare=False)
    d: int = records.field(default=5, repr=False)


@record
class One:
    a: float


@record
class Cached:
    """A record with its own __hash__ and __post_init__, as pureog.path.Path."""

    segments: tuple[int, ...]
    _hash: int = records.field(default=0, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(self.segments) + 1)

    def __hash__(self) -> int:
        return self._hash


@record
class Child(One):
    b: str = "x"


@mutable_record
class Mutable:
    a: int
    b: list[int] = records.field(default_factory=list)


def _normalized_repr(value: object) -> str:
    return repr(value).replace(type(value).__qualname__, "C")


@pytest.mark.parametrize("args", [(1,), (1, 2.5), (1, 2.0, [3]), (2, 3.0, [], 7)])
def test_same_behaviour_as_dataclass(args: tuple[object, ...]) -> None:
    plain, rec = PlainFrozen(*args), RecordFrozen(*args)  # type: ignore[arg-type]
    assert _normalized_repr(plain) == _normalized_repr(rec)
    assert hash(plain) == hash(rec)
    assert RecordFrozen.__match_args__ == PlainFrozen.__match_args__
    assert RecordFrozen.__slots__ == PlainFrozen.__slots__
    assert [f.name for f in records.fields(RecordFrozen)] == ["a", "b", "c", "d"]
    assert rec == RecordFrozen(*args) and rec != RecordFrozen(99)  # type: ignore[arg-type]
    assert rec == records.replace(rec, c=[42])  # c is not compared
    assert rec != PlainFrozen(*args)  # type: ignore[arg-type]  (another class: never equal)
    assert records.is_record(rec) and records.is_record(RecordFrozen) and not records.is_record(plain)


def test_frozen() -> None:
    rec = RecordFrozen(1)
    with pytest.raises(FrozenInstanceError):
        rec.a = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del rec.a  # type: ignore[misc]
    with pytest.raises(TypeError):
        RecordFrozen()  # type: ignore[call-arg]


def test_pickle_and_copy() -> None:
    rec = RecordFrozen(1, 2.0, [3], 4)
    assert pickle.loads(pickle.dumps(rec)) == rec
    assert copy.deepcopy(rec) == rec and copy.copy(rec) == rec


def test_single_field_hash_is_the_tuple_hash() -> None:
    assert hash(One(1.5)) == hash((1.5,))
    assert One(1.5) == One(1.5) and repr(One(1.5)) == "One(a=1.5)"


def test_own_hash_and_post_init_kept() -> None:
    value = Cached((1, 2))
    assert hash(value) == hash((1, 2)) + 1
    assert value == Cached((1, 2))


def test_inheritance() -> None:
    child = Child(1.0, "y")
    assert child.a == 1.0 and child.b == "y" and Child.__match_args__ == ("a", "b")
    with pytest.raises(FrozenInstanceError):
        child.b = "z"  # type: ignore[misc]


def test_mutable_record() -> None:
    value = Mutable(1)
    value.a = 2
    assert value == Mutable(2) and value.b == [] and Mutable.__hash__ is None
    assert repr(value) == "Mutable(a=2, b=[])"


def test_init_is_compiled_on_the_first_instance() -> None:
    """Making a record compiles no ``__init__`` (a render builds instances of only some classes)."""
    @records.record
    class Lazy:
        a: int
        b: int = 2

    stand_in = Lazy.__dict__["__init__"]
    assert Lazy(1).b == 2 and Lazy(a=3, b=4).b == 4
    compiled = Lazy.__dict__["__init__"]
    assert compiled is not stand_in and Lazy(5) == Lazy(5, 2)
    assert Lazy.__dict__["__init__"] is compiled

    @records.record
    class Other:
        x: int

    class SubOther(Other):  # a plain subclass made before its record base compiled its __init__
        pass

    assert SubOther(7).x == 7 and Other(8).x == 8


def test_a_bad_field_order_fails_when_the_class_is_made() -> None:
    with pytest.raises(TypeError, match="non-default argument"):

        @records.record
        class Bad:
            a: int = 1
            b: int


def test_frozen_fields_are_set_through_their_slots() -> None:
    """A frozen record's compiled ``__init__`` sets each slotted field through the slot's own setter
    (not ``object.__setattr__``, which looks the descriptor up by name each call: ~0.2 us a field),
    inherited fields and defaults, factories and ``__post_init__`` included, and the record stays frozen."""
    @records.record
    class Base:
        a: int
        b: list[int] = records.field(default_factory=list)

    @records.record
    class Derived(Base):
        c: str = "c"
        d: int = records.field(default=0, init=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "d", self.a * 2)

    value = Derived(3, [1], "x")
    assert (value.a, value.b, value.c, value.d) == (3, [1], "x", 6)
    assert Derived(4).b == [] and Derived(4).b is not Derived(4).b
    names = Derived.__dict__["__init__"].__code__.co_names
    assert "__set_a" in names and "__set_c" in names and "__object_setattr" not in names
    with pytest.raises(FrozenInstanceError):
        value.a = 1  # type: ignore[misc]
    assert copy.copy(value) == value and copy.deepcopy(value) == value


def test_every_shape_compiled_ahead_is_its_sources_code() -> None:
    """pureog/_record_shapes.py (tools/gen_record_shapes.py) holds each shape's ``__init__`` as the
    compiler makes it from :func:`records._shape_source` (the same bytecode, names and constants)."""
    from types import CodeType  # noqa: PLC0415

    from pureog._record_shapes import SHAPES  # noqa: PLC0415

    assert len(SHAPES) >= 30
    for key, ahead in SHAPES.items():
        module = compile(records._shape_source(key), "<string>", "exec")
        made = next(c for c in module.co_consts if isinstance(c, CodeType))
        assert (ahead.co_code, ahead.co_names, ahead.co_varnames, ahead.co_consts, ahead.co_argcount) == (
            made.co_code, made.co_names, made.co_varnames, made.co_consts, made.co_argcount), key


def test_the_docs_cards_one_shot_compiles_no_record_shape(tmp_path: Path) -> None:
    """Every record a plain card's one-shot render builds has its shape compiled ahead (perf55); after a
    change of record fields, run ``PYTHONPATH=. python tools/gen_record_shapes.py``."""
    script = f"""
import json
from pureog import records
compiled = []
records.compile = lambda source, *args: compiled.append(source) or compile(source, *args)
from pureog.cli import main
assert main(["render", {str(ROOT / "examples" / "welcome.yaml")!r}, "-o", {str(tmp_path / "out.png")!r}]) == 0
print(json.dumps(compiled))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    compiled_at_run_time = json.loads(done.stdout.strip().splitlines()[-1])
    assert compiled_at_run_time == [], "record fields changed: run PYTHONPATH=. python tools/gen_record_shapes.py"

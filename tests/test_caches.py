"""The cache register (pureog/caches.py): every cache that fills while rendering is registered, cleared
by ``pureog.clear_caches()``, and sized by ``pureog.set_cache_budget()`` without changing a pixel."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import pureog
from pureog import caches, pipeline
from pureog.document.load import from_mapping

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "conformance" / "cases"
# Not caches: tables a module fills once on first use (bounded by what they describe, never stale).
_FIXED_TABLES = frozenset({
    "pureog.document.yaml_schema._CACHE",  # the loader classes
    "pureog.records._SHAPES",  # a compiled __init__ per record shape: at most one per record class
    "pureog.raster.pixmap._UNPREMULTIPLY",  # a table per alpha (seeded at import)
    "pureog.raster.text_gamma._table",  # one per luminance level: eight at most
    "pureog.raster.turbulence._KERNELS",  # a generated row kernel per octave count
    "pureog.raster.turbulence._PREMUL",
    "pureog.images.webp_intra._add_table",
    "pureog.text.bidi._brackets",
    "pureog.text.brotli_dictionary._DATA",
    "pureog.text.cjk_dictionary._LOADED",
    "pureog.text.cjk_dictionary._run_pattern",
    "pureog.text.ot.shapers.khmer._MACHINES",
})


def _sample_cases() -> list[Path]:
    """The first two cases of every conformance area: every family of paint, text, image and layout."""
    return [case for area in sorted(CASES.iterdir()) if area.is_dir()
            for case in sorted(area.glob("*.yaml"))[:2]]


def _render(case: Path) -> bytes | None:
    data = yaml.safe_load(case.read_text(encoding="utf-8"))
    data.pop("case", None)
    try:
        return pureog.render_png(from_mapping(data, base_dir=case.parent, root=ROOT / "conformance"))
    except pureog.PureogError:
        return None  # (a case that expects an error fills caches too)


def _import_everything() -> None:
    for module in pkgutil.walk_packages(pureog.__path__, "pureog."):
        if ".preview" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def _containers() -> Iterator[tuple[str, object, int]]:
    """Every module-level dict, list or set and every ``lru_cache`` function of pureog, with its size."""
    for name, module in list(sys.modules.items()):
        if name != "pureog" and not name.startswith("pureog."):
            continue
        for attr, value in list(vars(module).items()):
            if attr.startswith("__"):
                continue  # (``__warningregistry__``, ``__all__``)
            if isinstance(value, (dict, list, set)):
                yield f"{name}.{attr}", value, len(value)
            elif hasattr(value, "cache_info") and getattr(value, "__module__", None) == name:
                yield f"{name}.{attr}", value, value.cache_info().currsize


def _size(held: object) -> int:
    info = getattr(held, "cache_info", None)
    return info().currsize if info is not None else len(held)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def filled() -> dict[str, tuple[int, int]]:
    """Sizes of every container before and after rendering the sample (caches cleared first)."""
    _import_everything()
    caches.clear()
    before = {name: size for name, _, size in _containers()}
    for case in _sample_cases():
        _render(case)
    return {name: (before.get(name, 0), size) for name, _, size in _containers()}


def test_every_cache_that_fills_is_registered(filled: dict[str, tuple[int, int]]) -> None:
    held = {id(h) for group in caches.registered().values() for h in group}
    objects = {name: value for name, value, _ in _containers()}
    grown = [name for name, (before, after) in filled.items() if after > before]
    assert len(grown) > 20  # (the sample reaches the raster, text, image and style caches)
    unregistered = [name for name in grown if id(objects[name]) not in held and name not in _FIXED_TABLES]
    assert unregistered == [], "register these with pureog.caches.register (or list them as fixed tables)"


def test_clear_empties_every_registered_cache(filled: dict[str, tuple[int, int]]) -> None:
    full = {name: sum(map(_size, group)) for name, group in caches.registered().items()}
    assert sum(full.values()) > 0
    pureog.clear_caches()
    left = {name: sum(map(_size, group)) for name, group in caches.registered().items()}
    assert {name: n for name, n in left.items() if n} == {}
    assert not getattr(pipeline._KEPT, "libraries", None)  # (a thread-local cache: no container to scan)


def test_a_small_budget_changes_no_pixel(filled: dict[str, tuple[int, int]]) -> None:
    sample = _sample_cases()[::4]
    expected = [_render(case) for case in sample]
    try:
        pureog.set_cache_budget(0.5)
        assert caches.limits()["images.decoded"].value < 1 << 20
        pureog.clear_caches()
        assert [_render(case) for case in sample] == expected
        assert [_render(case) for case in sample] == expected  # (a second pass: from the small caches)
    finally:
        pureog.set_cache_budget(None)
    assert all(found.value == found.default for found in caches.limits().values())


def test_a_budget_is_megabytes_not_below_zero() -> None:
    for wrong in (-1.0, float("nan")):
        with pytest.raises(ValueError, match="megabytes"):
            pureog.set_cache_budget(wrong)


def test_the_environment_sets_the_budget_of_a_process() -> None:
    script = ("import pureog.images.decode as d, pureog.caches as c;"
              "print(d.CACHE_LIMIT.value, c.limits()['images.decoded'].default)")
    env = {**os.environ, "PUREOG_CACHE_MB": str(caches.DEFAULT_BUDGET_MB / 4)}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    assert int(out[0]) == int(out[1]) // 4


def test_a_budgeted_cache_drops_everything_before_it_would_pass_its_budget() -> None:
    """caches.Budgeted: entries charged by size; the one that would pass the budget empties the dict
    first and is kept alone; an entry over the ``largest`` share is not kept; the entry count bound and
    clear() reset the charge; a budget scaled down applies from the next entry."""
    held = caches.Budgeted[str, int](caches.Limit("test.budgeted", 100))
    for i in range(4):
        assert held.keep(f"k{i}", i, 30) == i
    assert list(held) == ["k3"] and held.spent == 30  # 120 > 100: the fourth entry emptied the dict first
    held.keep("big", 9, 500)  # over the whole budget: kept alone
    assert list(held) == ["big"] and held.spent == 500
    held.clear()
    assert not held and held.spent == 0
    shared = caches.Budgeted[str, int](caches.Limit("test.shared", 100), largest=0.25)
    shared.keep("small", 1, 25)
    assert shared.keep("large", 2, 26) == 2 and list(shared) == ["small"]  # over a quarter: not kept
    counted = caches.Budgeted[str, int](caches.Limit("test.counted", 10**6), max_entries=3)
    for i in range(4):
        counted.keep(f"k{i}", i, 1)
    assert list(counted) == ["k3"]
    assert counted.make_room(5) is False and counted.spent == 6
    counted.limit.scaled(1e-6)  # the budget scaled to one byte: the next entry starts again
    assert counted.make_room(1) is True and not counted and counted.spent == 1

"""The text sweep's table (conformance/paintgen/textsweep.py): fixed, named, and every card loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conformance.paintgen import textsweep
from pureog.document.load import from_mapping

ROOT = Path(__file__).resolve().parents[2]


def test_table_is_fixed_and_names_unique() -> None:
    cases = textsweep.cases()
    assert len(cases) == 866
    names = [name for name, *_ in cases]
    assert len(set(names)) == len(names)
    assert cases == textsweep.cases()


def test_one_card_of_each_section_loads() -> None:
    base = ROOT / "conformance" / "paintgen" / "_scratch" / "textsweep"  # the depth the font paths assume
    firsts: dict[str, tuple[dict[str, Any], Any, Any]] = {}
    for name, style, text, width in textsweep.cases():
        firsts.setdefault(name.split(" ")[0], (style, text, width))
    assert len(firsts) >= 20
    for style, text, width in firsts.values():
        doc = from_mapping(textsweep.document(style, text, width), base_dir=str(base), root=str(ROOT))
        assert doc.width == 260

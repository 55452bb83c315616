"""The edge-spelling probe (conformance/paintgen/throws.py) without Node: its table, its spellings, its
classes, and that every differences row it names is in spec/differences.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conformance.paintgen import throws
from conformance.paintgen.throws_table import LISTED, PROBES, listed_row
from pureog.document.load import from_mapping
from pureog.style.properties import PROPERTIES, Support

ROOT = Path(__file__).resolve().parents[2]


def test_every_listed_row_is_in_the_differences_page() -> None:
    page = (ROOT / "spec" / "differences.md").read_text(encoding="utf-8")
    for _cls, row, _test in LISTED:
        assert row in page, row


def test_the_probed_properties_are_the_tables_satori_reads() -> None:
    names = [p.name for p in PROBES]
    assert len(names) == len(set(names))
    for name in names:
        assert name == "textShadowOffset" or PROPERTIES[name].support is Support.YES, name


def test_spellings_cover_the_edge_forms() -> None:
    made = throws.spellings("30px")
    for form in ("", None, False, 0, "inherit", "initial", "unset", "revert", "none", "INHERIT", "30PX",
                 "30px !important", "30", "-30px", "30cqw", "30lh"):
        assert any(json.dumps(form) == json.dumps(s) for s in made), form
    assert len({json.dumps(s) for s in made}) == len(made)  # 0 and false both kept, once each
    assert "RED" in throws.spellings("red") and -1 in throws.spellings(1)


@pytest.mark.parametrize(("next_error", "outcome", "cls"), [
    (None, "pass", "match"), (None, "fail", "differ"), ("boom", "pass", "next-throws"),
    ("boom", "noref", "next-throws"), ("boom", "error", "both-throw"), (None, "error", "pureog-errors"),
    (None, "crash", "crash"), ("boom", "crash", "crash"),
])
def test_classes(next_error: str | None, outcome: str, cls: str) -> None:
    assert throws.classify(next_error, outcome) == cls


def test_listed_rows_by_class() -> None:
    assert listed_row("borderColor", "inherit", "next-throws") is not None
    assert listed_row("borderColor", "", "next-throws") is not None
    assert listed_row("width", "30lh", "differ") is None  # a fixed bug class is listed by no row


def test_every_probe_document_loads() -> None:
    for probe in PROBES:
        if isinstance(probe.valid, dict):
            continue  # textShadowOffset's object: refused at load, as every object style value
        from_mapping(throws.document(probe, probe.valid), base_dir=str(ROOT / "conformance" / "paintgen" / "a" / "b"),
                     root=str(ROOT))

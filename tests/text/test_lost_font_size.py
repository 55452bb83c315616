"""Font sizes Next.js loses (spec/text.md "Font sizes Satori loses"): Satori 0.29 resolves a string
font size in em and rem only, so ``10vw``, ``12pt``, ``150%`` are undefined; opentype.js measures and
draws at 72 px and the font engine sizes lines at 16 px. Widths and heights measured from Next
references (conformance/cases/satori-style/units-font-lost-*.yaml, units-font-vw.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pureog import layout_boxes
from pureog.api import Font
from pureog.style.text_values import satori_loses_font_size

ROBOTO = Path(__file__).resolve().parents[2] / "conformance" / "fonts" / "Roboto-Regular.ttf"


@pytest.mark.parametrize(("raw", "lost"), [
    ("10vw", True), ("5vh", True), ("4vmin", True), ("2vmax", True), ("150%", True), ("12pt", True),
    ("1pc", True), ("0.2in", True), ("0.5cm", True), ("4mm", True), ("2ch", True), ("3ex", True),
    ("20px", False), ("2em", False), ("1.5rem", False), ("20", False), (20, False),
    ("10VW", None), ("large", None), ("calc(10px + 2vw)", None), ("10.vw", None),
])  # fmt: skip
def test_which_sizes_satori_loses(raw: str | int, lost: bool | None) -> None:
    assert satori_loses_font_size(raw) is lost


def _text_box(size: str | int, extra: dict[str, object] | None = None) -> tuple[float, float]:
    style = {"display": "flex", "fontSize": size, **(extra or {})}
    tree = {"type": "div", "props": {"style": {"display": "flex", "alignItems": "flex-start", "width": 200},
                                     "children": {"type": "div", "props": {"style": style, "children": "Ag"}}}}
    boxes = layout_boxes(tree, width=200, height=100, fonts=[Font("Roboto", ROBOTO.read_bytes())])
    return boxes[1].width, boxes[1].height  # (boxes in document order: the outer div, then the text's)


def test_lost_size_measures_at_72px_and_sizes_lines_at_16px() -> None:
    # (fails before: 10vw was read as CSS's 20 px both ways)
    assert _text_box("10vw") == _text_box(72)[:1] + _text_box(16)[1:]
    assert _text_box("12pt") == _text_box("10vw")


def test_lost_size_drops_letter_spacing_and_takes_16px_line_height_ratio() -> None:
    assert _text_box("10vw", {"letterSpacing": 5}) == _text_box("10vw")
    assert _text_box("10vw", {"lineHeight": 2})[1] == _text_box(16, {"lineHeight": 2})[1]


def test_a_child_inherits_the_lost_size_until_it_declares_one() -> None:
    root = {"display": "flex", "alignItems": "flex-start", "fontSize": "5vw"}
    tree = {"type": "div", "props": {"style": root, "children": [
        {"type": "div", "props": {"style": {"display": "flex"}, "children": "Ag"}},
        {"type": "div", "props": {"style": {"display": "flex", "fontSize": 12}, "children": "Ag"}},
    ]}}  # fmt: skip
    boxes = layout_boxes(tree, width=200, height=100, fonts=[Font("Roboto", ROBOTO.read_bytes())])
    inherited, declared = boxes[1], boxes[2]
    assert (inherited.width, inherited.height) == _text_box(72)[:1] + _text_box(16)[1:]
    assert (declared.width, declared.height) == _text_box(12)

"""The real-card batch tool's structural comparison (conformance/realcards/batch.py), without Node."""

from __future__ import annotations

from pathlib import Path

import yaml

from conformance.realcards import batch


def test_tokens_name_types_style_properties_and_tw_and_keep_svg_whole() -> None:
    tree = {"type": "div", "props": {"style": {"display": "flex", "color": "red"}, "children": [
        "text", {"type": "span", "props": {"tw": "text-xl"}},
        {"type": "svg", "props": {"children": [{"type": "path", "props": {"d": "M0 0"}}]}},
    ]}}
    assert batch.tokens(tree, []) == ["div:color,display", "span: tw=text-xl", "svg:", "svg"]


def test_a_committed_case_is_its_own_nearest_structure() -> None:
    cases = batch.case_tokens()
    path = sorted(batch.CASES.glob("*.yaml"))[-1]
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    ratio, _name = batch.nearest(doc, cases)
    assert ratio == 1.0
    assert batch.nearest({"element": {"type": "p", "props": {"style": {"zIndex": 1}}}}, cases)[0] < 0.5


def test_a_card_whose_canvas_size_is_the_stubs_sample_is_set_aside(tmp_path: Path) -> None:
    # An unresolved size constant reaches the card as the stubs' sample title; the batch must name it and
    # go on, not stop while it draws the references.
    bad = tmp_path / "bad.json"
    bad.write_text('{"width": "A sample title for this card", "height": 630, "element": "x"}', encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text('{"width": 1200, "height": 630, "element": "x"}', encoding="utf-8")
    assert "canvas width" in str(batch._check_canvas(bad))
    assert batch._check_canvas(good) == good


def test_an_extracted_file_that_is_not_json_is_set_aside(tmp_path: Path) -> None:
    polluted = tmp_path / "polluted.json"
    polluted.write_text('NODE_ENV production\n{"width": 1200, "height": 630, "element": "x"}', encoding="utf-8")
    assert "not JSON" in str(batch._check_canvas(polluted))

"""The real-card batch tool's structural comparison (conformance/realcards/batch.py), without Node."""

from __future__ import annotations

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

"""Element matrices as Satori writes them (``toFixed(2)``) and exact with features: browser
(pureog/paint/transform.py)."""

from __future__ import annotations

import math

from pureog.api import load
from pureog.display import Group
from pureog.geometry import Affine
from pureog.paint.transform import exact_matrices, rounded


def test_rounded_writes_two_decimals_unless_exact() -> None:
    turn = math.radians(-6)
    m = Affine(math.cos(turn), math.sin(turn), -math.sin(turn), math.cos(turn), 10.123, 4.567)
    assert rounded(m) == Affine(0.99, -0.1, 0.1, 0.99, 10.12, 4.57)
    with exact_matrices(True):
        assert rounded(m) == m
    assert rounded(m) == Affine(0.99, -0.1, 0.1, 0.99, 10.12, 4.57)  # (the block ends, Satori's again)


def _turned_matrix(features: str) -> Affine:
    from pureog.api import _options  # noqa: PLC0415
    from pureog.pipeline import display_list  # noqa: PLC0415

    doc = load({"width": 200, "height": 100, "features": features, "element": {"div": {
        "style": {"display": "flex", "width": "100%", "height": "100%"},
        "children": [{"div": {"style": {"width": 100, "height": 50, "backgroundColor": "red",
                                          "transform": "rotate(-6deg)"}}}]}}})
    found: list[Affine] = []

    def walk(node: object) -> None:
        if isinstance(node, Group):
            if node.transform is not None and not node.transform.is_identity:
                found.append(node.transform)
            for child in node.children:
                walk(child)

    doc, options = _options(doc, None, None, None, None, None)
    walk(display_list(doc, options).root)
    assert found
    return found[0]


def test_a_browser_document_draws_with_the_exact_matrix() -> None:
    assert _turned_matrix("satori").a == 0.99
    assert _turned_matrix("browser").a == math.cos(math.radians(-6))

"""The mutation differential's committed slice and its pieces (conformance/mutate).

``conformance/mutate/slice`` holds mutants of conformance cases (a property moved, values swapped,
units changed, values spelled otherwise, children dropped or wrapped, text replaced, props added,
fonts changed; ``f*`` files: features piled on, conformance/mutate/features.py) with the PNGs Next.js
drew from their raw trees; each must render as Next draws it.
"""

from __future__ import annotations

import copy
import json
import random

from conformance.mutate.corpus import to_react_shape
from conformance.mutate.driver import check_slice, slice_documents
from conformance.mutate.features import KINDS, mutate_features
from conformance.mutate.mutations import OPERATORS, elements, mutate


def test_slice_renders_as_next() -> None:
    assert len(slice_documents()) >= 15
    assert check_slice() == []


def test_slice_documents_name_their_seed_and_mutations() -> None:
    for path in slice_documents():
        body = json.loads(path.read_text(encoding="utf-8"))
        assert body["seed"].startswith("conformance/cases/") and body["mutations"], path.name
        assert "/work/" not in path.read_text(encoding="utf-8")


def test_shorthand_becomes_react_shape_and_nothing_else_changes() -> None:
    tree = {"div": {"style": {"font-size": "12px", "fontWeight": 700},
                    "children": ["a", 3, None, [{"span": "b"}], {"img": None}]}}
    assert to_react_shape(tree) == {"type": "div", "props": {
        "style": {"font-size": "12px", "fontWeight": 700},
        "children": ["a", 3, None, [{"type": "span", "props": {"children": "b"}}], {"type": "img", "props": {}}]}}


_TREE = to_react_shape({"div": {"style": {"display": "flex", "width": 200, "height": "100%", "padding": "8px 4px",
                                          "backgroundColor": "#FFF", "fontFamily": "Geist, sans-serif"},
                                "children": [{"span": {"style": {"fontSize": 24, "marginTop": "2em"},
                                                       "children": "Hello"}},
                                             {"div": {"style": {"color": "red"}, "children": ["a", 1]}}]}})


def test_mutants_are_deterministic_and_every_operator_applies() -> None:
    for number in range(40):
        a, b = copy.deepcopy(_TREE), copy.deepcopy(_TREE)
        fonts_a = [{"name": "Geist", "path": "x.ttf", "weight": 400, "style": "normal"}]
        fonts_b = copy.deepcopy(fonts_a)
        done = mutate(random.Random(number), a, fonts_a)
        assert done and done == mutate(random.Random(number), b, fonts_b) and a == b
        assert all(isinstance(node["type"], str) for _, node in elements(a))
    for name, operator in OPERATORS.items():
        said = [operator(random.Random(seed), copy.deepcopy(_TREE), [{"name": "G", "path": "x", "weight": 400}])
                for seed in range(30)]
        assert any(said), f"{name} never applied to the sample tree"


def test_feature_mutants_are_deterministic_and_every_kind_applies() -> None:
    """conformance/mutate/features.py: two to four features, the same for the same generator state."""
    fonts = [{"name": "Geist", "path": "x.ttf", "weight": 400, "style": "normal"}]
    seen: set[str] = set()
    for number in range(60):
        a, b = copy.deepcopy(_TREE), copy.deepcopy(_TREE)
        done = mutate_features(random.Random(number), a, copy.deepcopy(fonts))
        assert 2 <= len(done) <= 4 and done == mutate_features(random.Random(number), b, copy.deepcopy(fonts))
        assert a == b and all(said.startswith("feature (") for said in done)
        seen.update(said.split(")")[0].removeprefix("feature (") for said in done)
    assert seen == set(KINDS), f"kinds never applied: {set(KINDS) - seen}"

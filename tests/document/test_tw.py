"""The ``tw`` prop in documents: read in both element shapes, kept as written, exported for the oracle."""

from __future__ import annotations

import pytest

from pureog.document.load import load
from pureog.document.react import to_react
from pureog.errors import DocumentError, RenderWarning, strictness


def test_shorthand_and_react_shapes() -> None:
    short = load({"div": {"tw": "flex p-4", "children": "x"}})
    react = load({"type": "div", "props": {"tw": "flex p-4", "style": {"color": "red"}}})
    assert short.root.tw == "flex p-4"
    assert react.root.tw == "flex p-4"
    assert react.root.style == (("color", "red"),)
    assert react.root.attributes == ()


def test_empty_or_null_tw_is_none() -> None:
    assert load({"div": {"tw": ""}}).root.tw is None
    assert load({"div": {"tw": None}}).root.tw is None


def test_tw_must_be_text() -> None:
    with pytest.raises(DocumentError, match=r"\$\.div\.tw: expected a string of Tailwind classes"):
        load({"div": {"tw": ["flex"]}})


def test_class_name_is_ignored_as_next_ignores_it() -> None:
    # Next.js renders a className (real cards copied from components carry one) and ignores it.
    with pytest.warns(RenderWarning, match=r"\$\.div\.className: prop 'className' is ignored"):
        root = load({"div": {"className": "flex", "children": "x"}}).root
    assert root.attributes == () and root.tw is None
    with strictness(True), pytest.raises(DocumentError, match="use 'style' or 'tw'"):
        load({"div": {"className": "flex"}})


def test_dangerously_set_inner_html_is_rejected_as_next_rejects_it() -> None:
    with pytest.raises(DocumentError, match="use 'style' or 'tw'"):
        load({"div": {"dangerouslySetInnerHTML": {"__html": "<b>x</b>"}}})


def test_to_react_passes_tw_with_a_style() -> None:
    react = to_react(load({"div": {"tw": "leading-6", "children": "x"}}))
    assert react == {"type": "div", "props": {"tw": "leading-6", "style": {}, "children": "x"}}

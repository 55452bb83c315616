"""pureog.usvg_css: declarations as simplecss (usvg's CSS reader) reads them."""

from __future__ import annotations

import pytest

from pureog.usvg_css import declarations, declared_value


def test_plain_declarations_with_important_and_empty_ones() -> None:
    assert declarations("fill:red;;stroke : blue !important ; stroke-width:4") == [
        ("fill", "red", False), ("stroke", "blue", True), ("stroke-width", "4", False)]


def test_a_value_ends_at_its_first_unreadable_term_and_the_rest_is_lost() -> None:
    # `/1.5 serif` cannot start a declaration: simplecss stops there, so `fill` is never read
    assert declarations("font:12px/1.5 serif;fill:red") == [("font", "12px", False)]
    assert declarations("fill: blue; stroke: red )x; stroke-width: 6") == [
        ("fill", "blue", False), ("stroke", "red", False)]
    assert declarations("fill:gray; 1stroke:red; stroke-width:3") == [("fill", "gray", False)]


def test_comments_functions_strings_and_the_star_hack() -> None:
    assert declarations("/* c */ fill: navy /* d */ ; *stroke: url('#a') red") == [
        ("fill", "navy", False), ("stroke", "url('#a') red", False)]
    assert declarations("fill: rgb(1, 2, 3)") == [("fill", "rgb(1, 2, 3)", False)]
    assert declarations("fill: red /* open") == []


@pytest.mark.parametrize(("text", "value"), [
    ("grayscale(100%) !important", "grayscale(100%)"),
    ("blur(2px) !foo", "blur(2px)"),
    ("  ", None),
    ("drop-shadow(2px 2px rgba(0,0,0,.5))", "drop-shadow(2px 2px rgba(0,0,0,.5)"),
    ("blur(2px) /* x", None),
])
def test_declared_value(text: str, value: str | None) -> None:
    assert declared_value(text) == value

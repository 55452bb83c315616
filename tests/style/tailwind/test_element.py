"""Satori's layer around twrnc: line height as a multiple, shadow colours, the merge under style."""

from __future__ import annotations

import warnings

import pytest

from pureog.document.model import Element
from pureog.errors import RenderWarning, StyleError, strictness
from pureog.style.tailwind.element import TailwindStyles, tw_path


def _merged(tw: str, style: tuple[tuple[str, object], ...] = ()) -> dict[str, object]:
    element = Element("div", style=style, path="$.e", style_path="$.e.style", tw=tw)
    return dict(TailwindStyles(1200, 630).declarations(element))


def test_style_wins_and_keeps_tw_order() -> None:
    merged = _merged("p-4 bg-red-500", (("paddingLeft", 0), ("color", "blue")))
    assert list(merged) == ["paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "backgroundColor", "color"]
    assert merged["paddingLeft"] == 0


def test_line_height_becomes_a_multiple() -> None:
    assert _merged("text-lg")["lineHeight"] == 28 / 18
    assert _merged("leading-8", (("fontSize", 24),))["lineHeight"] == 32 / 24
    assert _merged("leading-8", (("fontSize", "16"),))["lineHeight"] == 2
    assert _merged("leading-8")["lineHeight"] == 2  # no size anywhere: 16


def test_line_height_with_a_px_string_size_is_dropped_with_a_warning() -> None:
    with pytest.warns(RenderWarning, match="line height"):
        merged = _merged("leading-8", (("fontSize", "32px"),))
    assert "lineHeight" not in merged


def test_shadow_colour_replaces_the_first_rgb() -> None:
    merged = _merged("shadow-lg shadow-red-500")
    assert merged["boxShadow"] == "0 10px 15px -3px #ef4444, 0 4px 6px -4px rgb(0 0 0 / 0.1)"
    assert "shadowColor" not in merged


def test_unknown_classes_warn_or_raise_in_strict_mode() -> None:
    with pytest.warns(RenderWarning, match="'gap-4'") as caught:
        _merged("flex gap-4")
    assert caught[0].message.path == "$.e.tw"  # type: ignore[union-attr]
    with strictness(True), pytest.raises(StyleError, match="gap-4"):
        _merged("flex gap-4")


def test_no_tw_is_the_style_itself() -> None:
    element = Element("div", style=(("color", "red"),))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert TailwindStyles(10, 10).declarations(element) is element.style


def test_tw_path() -> None:
    assert tw_path(Element("div", style_path="$.element.props.style")) == "$.element.props.tw"


@pytest.mark.parametrize(("tw", "name"), [("tabular-nums", "fontVariant"), ("bg-opacity-50", "__opacity_bg"),
                                          ("elevation-2", "elevation"), ("shadow-offset-2", "shadowOffset"),
                                          ("z-10", "zIndex"), ("shadow-red-500", "shadowColor")])
def test_react_native_styles_are_dropped_at_the_tw_path(tw: str, name: str) -> None:
    with pytest.warns(RenderWarning, match=f"'{name}'") as caught:
        merged = _merged(tw)
    assert name not in merged
    assert caught[0].message.path == "$.e.tw"  # type: ignore[union-attr]


def test_font_variant_classes_with_features_browser() -> None:
    # twrnc gives React Native's fontVariant list (Next.js throws on it): dropped with a warning, and with
    # features: browser drawn as the fontVariant shorthand of its words (Tailwind CSS's classes)
    element = Element("div", path="$.e", style_path="$.e.style", tw="small-caps tabular-nums")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert "fontVariant" not in dict(TailwindStyles(100, 100).declarations(element))
    assert any(issubclass(w.category, RenderWarning) and "fontVariant" in str(w.message) for w in caught)
    assert dict(TailwindStyles(100, 100, browser=True).declarations(element))["fontVariant"] == \
        "small-caps tabular-nums"

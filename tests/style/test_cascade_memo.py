"""The cascade's memos (expansions and parsed values) never change a computed value."""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.document.load import load
from pureog.style.cascade import cascade


def _styles(element: dict) -> list:
    root = cascade(load({"element": element}).root, width=400, height=200)
    out = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        out.append(node.style)
        for child in node.children:
            if hasattr(child, "children"):
                walk(child)

    walk(root)
    return out


def _div(style: dict, *children: dict) -> dict:
    return {"type": "div", "props": {"style": {"display": "flex", **style}, "children": list(children)}}


def test_values_that_read_the_parent_are_not_shared() -> None:
    # The same declaration (fontWeight: lighter) under parents of different weights.
    styles = _styles(_div({}, _div({"fontWeight": 300}, _div({"fontWeight": "lighter"})),
                          _div({"fontWeight": 700}, _div({"fontWeight": "lighter"}))))
    assert [s.font_weight for s in styles] == [400, 300, 100, 700, 400]


def test_em_and_current_color_follow_each_element() -> None:
    inner = {"width": "2em", "borderColor": "currentColor"}
    styles = _styles(_div({}, _div({"fontSize": 10, "color": "red"}, _div(inner)),
                          _div({"fontSize": 30, "color": "blue"}, _div(inner))))
    assert styles[2].width == 20.0 and styles[4].width == 60.0
    assert styles[2].border_top_color == Color(255, 0, 0)
    assert styles[4].border_top_color == Color(0, 0, 255)


def test_negative_zero_keeps_its_sign() -> None:
    styles = _styles(_div({}, _div({"marginLeft": 0.0}), _div({"marginLeft": -0.0})))
    assert math.copysign(1.0, styles[1].margin_left) == 1.0
    assert math.copysign(1.0, styles[2].margin_left) == -1.0


def test_repeated_renders_give_equal_styles() -> None:
    element = _div({"padding": "1em 2px", "border": "2px solid #123"}, _div({"margin": "auto", "fontSize": 12}))
    assert _styles(element) == _styles(element)


def test_elements_are_styled_once_per_parent_and_declarations() -> None:
    # A second render of the same tree hands back the same style objects (the element memo); the same
    # declarations under another parent, or 1 against 1.0 or True, are styled apart.
    element = _div({"color": "red"}, _div({"flexGrow": 1}), _div({"flexGrow": True}), _div({"flexGrow": 1.0}))
    first, second = _styles(element), _styles(element)
    assert all(a is b for a, b in zip(first, second, strict=True))
    other = _styles(_div({"color": "blue"}, _div({"flexGrow": 1})))
    assert other[1] is not first[1] and other[1].color != first[1].color


def test_elements_that_warn_warn_on_every_render() -> None:
    import pytest

    from pureog.errors import RenderWarning

    # (the parsers of backgroundSize and clipPath report these themselves, not through the cascade)
    unread = {"backgroundSize": "COVER", "clipPath": "circle(1px at LEFT top)"}
    element = _div({}, _div({"colour": "red"}), _div(unread))
    for _ in range(2):
        with pytest.warns(RenderWarning) as caught:
            _styles(element)
        messages = " ".join(str(w.message) for w in caught)
        assert "'colour'" in messages and "'COVER'" in messages and "'LEFT'" in messages


def test_lang_and_dir_attributes_are_part_of_the_key() -> None:
    def tree(lang: str, direction: str) -> dict:
        return {"type": "div", "props": {"lang": lang, "dir": direction, "style": {"display": "flex"}}}

    a, b, c = (_styles(tree(*args))[0] for args in (("ja-JP", "rtl"), ("ko-KR", "rtl"), ("ja-JP", "ltr")))
    assert (a.locale, b.locale) == ("ja-JP", "ko-KR") and a.direction != c.direction


def test_tailwind_classes_are_part_of_the_key() -> None:
    def tree(classes: str) -> dict:
        return {"type": "div", "props": {"tw": classes, "style": {"display": "flex"}}}

    first, again, other = (_styles(tree(c))[0] for c in ("p-4 text-red-500", "p-4 text-red-500", "p-2"))
    assert again is first and first.padding_top == 16.0 and other.padding_top == 8.0


def test_styles_holding_a_documents_worth_of_text_are_not_kept_across_renders() -> None:
    """Round nineteen: the memos kept across renders (the cascade's expansions, parsed values and computed
    styles, layout's flex styles, text's layouts) were bounded by entries, and a style holds whatever its
    document wrote: 40 layouts each of a distinct 1.3 MB ``url(data:...)`` background held 160 MB (218 MB
    resident), a font family list of 200,000 names ~15 MB a render, inherited by the text under it. The
    value memos are now charged their characters, and a style over HEAVY_STYLE_CHARS is kept by none."""
    import gc  # noqa: PLC0415
    import tracemalloc  # noqa: PLC0415

    import pureog  # noqa: PLC0415

    pureog.clear_caches()
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(40):
            families = ",".join(f"f{i}x{j}" for j in range(4_000))  # ~30,000 characters
            url = f"url(data:image/png;base64,{i:04d}{'A' * 100_000})"
            pureog.layout_boxes({"width": 200, "height": 100, "element": _div(
                {"backgroundImage": url},
                {"type": "div", "props": {"style": {"fontFamily": families}, "children": "text"}})})
            del families, url
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        pureog.clear_caches()
    # before: 24 MB, growing with every render (the values as keys of two memos, the styles holding them in
    # four, the family lists as keys of the kept font library's chains)
    assert held < 14_000_000  # the two value memos' budgets (8 MB, 4 MB), and 2 MB

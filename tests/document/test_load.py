"""The document loader: both element shapes, style forms, fonts, and errors that name the path."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest

from pureog.document.css_text import camel_case, parse_css_declarations
from pureog.document.load import load
from pureog.document.model import Element, Text, js_number_text
from pureog.document.react import to_react
from pureog.errors import DocumentError, LimitError, RenderWarning, strictness
from pureog.limits import MAX_DEPTH

REACT = {
    "type": "div",
    "props": {
        "style": {"display": "flex", "fontSize": 32},
        "children": ["Hello ", {"type": "b", "props": {"children": "world"}}, 42, None, False],
    },
}


def test_react_shape_bare_element_is_a_document() -> None:
    doc = load(REACT)
    assert (doc.width, doc.height) == (1200, 630)
    root = doc.root
    assert root.type == "div"
    assert root.style == (("display", "flex"), ("fontSize", 32))
    assert [type(c).__name__ for c in root.children] == ["Text", "Element", "Text"]
    assert root.children[2] == Text("42", "$.props.children[2]")
    bold = root.children[1]
    assert isinstance(bold, Element) and bold.path == "$.props.children[1]"


def test_yaml_shorthand_and_react_shape_are_equivalent() -> None:
    text = """
width: 400
height: 200
element:
  div:
    style: {display: flex, font-size: 32}
    children:
      - "Hello "
      - b: world
      - 42
"""
    short = load(text)
    react = load({"width": 400, "height": 200, "element": REACT})
    assert (short.width, short.height) == (400, 200)
    assert to_react(short) == {
        "type": "div",
        "props": {
            "style": {"display": "flex", "fontSize": 32},
            "children": ["Hello ", {"type": "b", "props": {"children": "world"}}, "42"],
        },
    }
    assert to_react(short) == to_react(react)


def test_json_text_and_css_string_style() -> None:
    doc = load(json.dumps({"type": "div", "props": {"style": "font-size: 12px; background: url(a;b.png) !important"}}))
    assert doc.root.style == (("fontSize", "12px"), ("background", "url(a;b.png)"))


def test_list_style_values_read_as_javascript_text() -> None:
    # Satori's purify reads a list with Number(String(list)): [40] is 40 px in Next.js.
    style = {"width": [40], "height": [["80"]], "margin": [], "padding": [None], "flex": [1, 1, 0],
             "opacity": [0.5, True]}
    doc = load({"element": {"type": "div", "props": {"style": style}}})
    assert doc.root.style == (("width", "40"), ("height", "80"), ("margin", ""), ("padding", ""),
                              ("flex", "1,1,0"), ("opacity", "0.5,true"))
    with pytest.raises(DocumentError, match=r"style\.width: .*a list holding a mapping"):
        load({"element": {"type": "div", "props": {"style": {"width": [{"a": 1}]}}}})
    deep: list[object] = [40]
    for _ in range(MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(LimitError):
        load({"element": {"type": "div", "props": {"style": {"width": deep}}}})


def test_camel_case_names() -> None:
    assert camel_case("border-top-left-radius") == "borderTopLeftRadius"
    assert camel_case("-webkit-line-clamp") == "WebkitLineClamp"
    assert camel_case("--brand-color") == "--brand-color"
    assert camel_case("fontSize") == "fontSize"


def test_css_declarations_respect_quotes_and_parens() -> None:
    assert parse_css_declarations("font-family: 'a;b'; x: f(1;2)") == [("font-family", "'a;b'"), ("x", "f(1;2)")]
    with pytest.raises(ValueError):
        parse_css_declarations("color red")


def test_inline_font_data_base64(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = b"\x00\x01\x00\x00fake"
    doc = load({"element": {"div": None}, "fonts": [{"name": "X", "data": base64.b64encode(data).decode()}]})
    assert doc.fonts[0].data == data and doc.fonts[0].weight == 400


def test_font_path_relative_to_document(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "f.ttf").write_bytes(b"font!")
    card = tmp_path / "card.yaml"
    card.write_text("fonts: [{name: F, path: f.ttf, weight: 700, style: italic}]\nelement: {div: hi}\n")
    doc = load(card)
    assert doc.fonts[0].data == b"font!" and doc.fonts[0].weight == 700 and doc.fonts[0].style == "italic"


@pytest.mark.parametrize(
    ("source", "path", "words"),
    [
        ({"element": {"div": None}, "width": "big"}, "$.width", "whole number"),
        ({"type": "div", "props": {"children": [{"type": "b", "props": [3]}]}}, "$.props.children[0].props",
         "props to be a mapping"),
        ({"type": "div", "props": {"style": {"padding": {"top": 1}}}}, "$.props.style.padding", "string or number"),
        ({"type": "div", "props": {"style": [{"a": 1}]}}, "$.props.style", "style mapping"),
        ({"element": {"div": None}, "fonts": [{"name": "A"}]}, "$.fonts[0]", "exactly one of 'path' or 'data'"),
        ({"element": {"div": None}, "fonts": [{"name": "A", "data": "", "weight": "bold"}]}, "$.fonts[0].weight",
         "100"),
        ({"div": {"children": [{"a": 1, "b": 2}]}}, "$.div.children[0]", "expected an element"),
    ],
)
def test_errors_name_the_path(source: object, path: str, words: str) -> None:
    with pytest.raises(DocumentError) as info:
        load(source)
    assert info.value.path == path
    assert words in str(info.value)


def test_limits() -> None:
    with pytest.raises(LimitError):
        load({"element": {"div": None}, "width": 100000})
    with pytest.raises(LimitError, match="pixels"):
        load({"element": {"div": None}, "width": 16000, "height": 16000})
    deep: dict = {"div": None}
    for _ in range(MAX_DEPTH + 5):
        deep = {"div": {"children": [deep]}}
    with pytest.raises(LimitError):
        load(deep)


def test_invalid_yaml_reports_line() -> None:
    with pytest.raises(DocumentError, match="line 3"):
        load("element:\n  div: [unclosed\n")


def test_missing_file() -> None:
    with pytest.raises(DocumentError, match="cannot read"):
        load(Path("/nonexistent/card.yaml"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("background-color", "backgroundColor"),
        ("backgroundColor", "backgroundColor"),
        ("color", "color"),
        ("-webkit-line-clamp", "WebkitLineClamp"),
        ("-ms-transform", "msTransform"),
        ("--my-var", "--my-var"),
        ("border-top-left-radius", "borderTopLeftRadius"),
    ],
)
def test_camel_case(name: str, expected: str) -> None:
    assert camel_case(name) == expected


def test_parse_css_declarations() -> None:
    css = "font-size: 12px; color: red ;/* note */ background: url(a;b.png); --x: 1px 2px;;"
    assert parse_css_declarations(css) == [
        ("font-size", "12px"),
        ("color", "red"),
        ("background", "url(a;b.png)"),
        ("--x", "1px 2px"),
    ]


def test_parse_css_declarations_rejects_missing_colon() -> None:
    with pytest.raises(ValueError, match="property: value"):
        parse_css_declarations("color red")


def test_number_children_print_as_javascript_does() -> None:
    sep = {"b": ""}  # elements in between, or the numbers would merge into one text
    children = load({"div": [3.0, sep, 2.5, sep, float("nan"), sep, float("inf"), sep, -7]}).root.children
    texts = [c.text for c in children if not hasattr(c, "type")]  # type: ignore[union-attr]
    assert texts == ["3", "2.5", "NaN", "Infinity", "-7"]


@pytest.mark.parametrize(
    ("number", "text"),
    [(1.5e-07, "1.5e-7"), (1e-06, "0.000001"), (0.000123, "0.000123"), (1.2345678901234568e20, "123456789012345680000"),
     (1e21, "1e+21"), (-0.0, "0"), (2**53 + 1, "9007199254740992"), (1.23e-18, "1.23e-18"), (12345.678, "12345.678")],
)
def test_number_text_follows_ecmascript_number_to_string(number: float, text: str) -> None:
    assert js_number_text(number) == text


def test_a_json_dump_of_a_react_element_loads_unchanged() -> None:
    """JSON.stringify of a React 18/19 element carries $$typeof, _owner, _store: Satori ignores them."""
    dump = {"type": "div", "key": None, "ref": None, "$$typeof": "Symbol(react.element)", "_owner": None, "_store": {},
            "props": {"style": [], "children": {"type": "", "props": {"style": {"width": 4}}, "_owner": None}}}
    root = load(dump).root
    assert root.type == "div" and root.style == ()
    assert root.children[0].type == ""  # type: ignore[union-attr]  (Satori draws an element of no tag as a box)


def test_adjacent_text_children_merge_as_satori_merges_them() -> None:
    # Satori's normalizeChildren: ["Hello, ", name] is one text node; null and booleans vanish first.
    children = load({"div": ["Hello, ", None, "World", 7, False, "!", {"b": "x"}, "a", "b"]}).root.children
    assert [getattr(c, "text", None) for c in children] == ["Hello, World7!", None, "ab"]


def test_font_entries_as_satori_compares_them() -> None:
    # AstroPaper's loader writes `style: "bold"`; weights may be numeric text or off the 100 grid
    doc = load({"element": {"div": "x"}, "fonts": [
        {"name": "A", "data": "AAAA", "weight": "700", "style": "bold"},
        {"name": "A", "data": "AAAA", "weight": 650.4, "style": "normal"}]})
    assert (doc.fonts[0].weight, doc.fonts[0].style) == (700, "bold")
    assert (doc.fonts[1].weight, doc.fonts[1].style) == (650, "normal")



@pytest.mark.parametrize("child", [
    {"key": None, "ref": None, "props": {"children": ["a", {"type": "b", "props": {}}]}},  # a JSON-dumped fragment
    {"props": {"children": "a"}},
    {"type": None, "props": {"children": "a"}},
    {"type": 7, "props": {"children": "a"}},
    {"type": {"render": {}}, "props": {"children": "a"}, "$$typeof": None},  # a forwardRef's type, dumped
])
def test_an_element_without_a_string_type_is_a_plain_box_with_a_warning(child: dict[str, Any]) -> None:
    """JSON.stringify drops a fragment's Symbol type and a component's function; Satori draws such an element
    as a box with no tag (formgen's fragment-typeless, type-null, ... forms: 0 -> 40 of 40 match Next.js)."""
    tree = {"type": "div", "props": {"style": {"display": "flex"}, "children": [child, "x"]}}
    with pytest.warns(RenderWarning, match="plain box"):
        root = load(tree).root
    assert isinstance(root.children[0], Element) and root.children[0].type == ""
    with strictness(True), pytest.raises(DocumentError, match="plain box") as caught:
        load(tree)
    assert caught.value.path == "$.props.children[0].type"


@pytest.mark.parametrize("fast", [True, False])
def test_yaml_dates_times_and_leading_zeros_are_text_as_written(fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """YAML 1.1 read `span: 12:30` as 750, `span: 007` as 7 and `span: 2024-12-05` as a date (an error);
    the JSX a card stands for is text, which Next.js draws as written (formgen's shorthand-plain-scalars)."""
    from pureog.document import yaml_schema  # noqa: PLC0415

    if not fast:
        pure = yaml_schema.loaders()[1]
        monkeypatch.setattr(yaml_schema, "loaders", lambda: (None, pure))
    text = ("data: {day: 2024-12-05 10:30:00, draft: no}\nelement:\n  div:\n    - span: 2024-12-05\n"
            "    - span: 12:30\n    - span: 1:05:09\n    - span: 007\n    - span: '{{ day }}'\n    - span: 0x10\n"
            "    - span: 12\n    - span: 1.50\n    - {$if: draft, then: {span: shown}}\n")
    spans = load(text).root.children
    texts = [child.children[0].text for child in spans if isinstance(child, Element)]  # type: ignore[union-attr]
    assert texts == ["2024-12-05", "12:30", "1:05:09", "007", "2024-12-05 10:30:00", "16", "12", "1.5"]


def test_falsy_style_and_tw_props_are_no_style_as_in_next() -> None:
    """JSX's `style={active && {...}}` and `tw={wide && "px-8"}` give false (or 0): Satori walks no keys
    and skips a falsy tw; pureog raised 'expected a style mapping' (formgen's style-false, tw-false forms)."""
    for falsy in (False, 0, 0.0):
        element = load({"span": {"style": falsy, "tw": falsy, "children": "x"}}).root
        assert element.style == () and element.tw is None
    with pytest.warns(RenderWarning, match="has no declarations"):
        assert load({"span": {"style": True, "children": "x"}}).root.style == ()
    with strictness(True), pytest.raises(DocumentError, match="has no declarations") as caught:
        load({"span": {"style": 12, "children": "x"}})
    assert caught.value.path == "$.span.style"
    with pytest.raises(DocumentError, match="Tailwind"):
        load({"span": {"tw": True}})


@pytest.mark.parametrize(("key", "name"), [
    ("font-size", "fontSize"), ("font_size", "fontSize"), ("font.size", "fontSize"), ("background_color",
     "backgroundColor"), ("-webkit-line-clamp", "WebkitLineClamp"), ("-ms-transform", "MsTransform"),
    ("FONT-SIZE", "FONTSIZE"), ("Font-size", "FontSize"), (" fontSize ", " fontSize "), ("font--size", "font-Size"),
    ("font-Size", "fontSize"), ("--brand-color", "--brand-color"), ("_internal", "_internal"), ("fontSize", "fontSize"),
])
def test_style_keys_are_named_as_satori_camelizes_them(key: str, name: str) -> None:
    """css-to-react-native's getPropertyName (camelize 1.0.1: `[_.-](\\w|$)` upper-cased, nothing else): Next
    applies `font_size` and ignores `FONT-SIZE` (formgen's key-* forms: 28 -> 77 of 77 match Next.js)."""
    assert load({"span": {"style": {key: 1}}}).root.style == ((name, 1),)


def test_numbers_of_other_libraries_are_the_numbers_json_would_carry() -> None:
    """Cards built in Python from data carry numpy's int64/float32, Decimal, Fraction: a JSON dump writes
    them as numbers, which Next.js draws; pureog raised 'expected an element mapping, got int64'."""
    from decimal import Decimal  # noqa: PLC0415
    from fractions import Fraction  # noqa: PLC0415

    doc = load({"width": Decimal(300), "height": Fraction(100), "fonts": None, "element": {"div": {
        "style": {"display": "flex", "fontSize": Decimal("30"), "opacity": Fraction(1, 2)},
        "children": [Decimal("1.50"), " / ", Fraction(1, 4), {"img": {"src": "x.png", "width": Decimal(10)}}]}}})
    assert (doc.width, doc.height) == (300, 100)
    assert doc.root.style == (("display", "flex"), ("fontSize", 30.0), ("opacity", 0.5))
    assert isinstance(doc.root.children[0], Text) and doc.root.children[0].text == "1.5 / 0.25"
    assert isinstance(doc.root.children[1], Element) and doc.root.children[1].attribute("width") == 10.0
    np = pytest.importorskip("numpy")
    root = load({"data": {"n": np.int64(7)}, "element": {"span": {"style": {"width": np.float32(0.5)},
                                                                   "children": [np.int64(42), "{{ n }}"]}}}).root
    assert root.style == (("width", 0.5),) and root.children == (Text("427", "$.element.span.children[0]"),)
    with pytest.raises(DocumentError, match="complex"):
        load({"span": [1j]})


@pytest.mark.parametrize(
    ("source", "path", "words"),
    [
        ({"element": {"div": None}, "widht": 3}, "$", "unknown key 'widht'"),
        ({"element": {"div": None}, "status": 200, "headers": {"Cache-Control": "no-store"}}, "$",
         "unknown key 'headers'"),
        ({"type": "div", "kids": []}, "$", "unknown element key 'kids'"),
        ({"element": {"div": None}, "fonts": [{"name": "A", "data": "AAAA", "display": "swap"}]}, "$.fonts[0]",
         "unknown font key 'display'"),
    ],
)
def test_unknown_keys_are_ignored_with_a_warning(source: dict[str, object], path: str, words: str) -> None:
    """Next.js reads the keys it knows of ImageResponse's options, a font entry and a React element and
    ignores the rest: pureog loads the document without them, warns, and refuses it when strict."""
    with pytest.warns(RenderWarning) as caught:
        load(source)
    assert any(w.message.path == path and words in str(w.message) for w in caught)  # type: ignore[union-attr]
    with strictness(True), pytest.raises(DocumentError, match=re.escape(words)) as info:
        load(source)
    assert info.value.path == path

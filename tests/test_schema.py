"""The document schema (pureog/schema.py): every example and conformance case validates against it, it
agrees with pureog on documents pureog accepts (warnings included) or refuses, and its style entries
follow the CSS property table. jsonschema is a test-only dependency."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest

jsonschema = pytest.importorskip("jsonschema")

import pureog  # noqa: E402
from pureog.document.load import DOCUMENT_KEYS, ELEMENT_KEYS, FONT_KEYS, REACT_INTERNAL_KEYS, parse_text  # noqa: E402
from pureog.document.template import EACH_KEYS, IF_KEYS  # noqa: E402
from pureog.schema import document_schema, schema_json  # noqa: E402
from pureog.style.properties import PROPERTIES, Property, Support  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".yaml", ".json"))
TEMPLATE_DATA = {"blog-posts.json"}  # the data of blog-template.yaml (--data), not a document
CASES = sorted((ROOT / "conformance" / "cases").rglob("*.yaml"))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return document_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Any:
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def validators(schema: dict[str, Any], validator: Any) -> list[Any]:
    """2020-12 and draft 7: the schema claims its validation needs nothing newer (older editors)."""
    return [validator, jsonschema.Draft7Validator(schema)]


def _problems(validator: Any, document: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '$'}: {e.message[:200]}" for e in validator.iter_errors(document)]


def test_the_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert json.loads(schema_json()) == schema


def test_every_example_validates(validator: Any) -> None:
    documents = [p for p in EXAMPLES if p.name not in TEMPLATE_DATA]
    assert len(documents) >= 4
    for path in documents:
        assert _problems(validator, parse_text(path.read_text(encoding="utf-8"))) == [], path.name


def test_every_conformance_case_validates(validator: Any) -> None:
    assert len(CASES) > 1000
    failures = {}
    for path in CASES:
        document = parse_text(path.read_text(encoding="utf-8"))
        document.pop("case")  # the runner strips it too (conformance/casefile.py)
        problems = _problems(validator, document)
        if problems:
            failures[str(path.relative_to(ROOT))] = problems[:3]
    assert failures == {}


# --- the schema agrees with pureog ------------------------------------------------------------


def _pureog_accepts(document: dict[str, Any]) -> bool:
    """Whether pureog loads, styles and lays the document out (warnings allowed: they are tolerance)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pureog.RenderWarning)
        try:
            pureog.layout_boxes(document)
        except pureog.PureogError:
            return False
    return True


CARD = {"div": {"style": {"display": "flex"}, "children": "Hello"}}

ACCEPTED = {
    "fractional canvas (rounded, warns)": {"width": 600.4, "height": 0.5, "element": CARD},
    "largest side": {"width": 16384.4, "height": 100, "element": CARD},
    "unknown emoji set (warns)": {"emoji": "nope", "element": CARD},
    "unknown top-level keys (warn)": {"element": CARD, "colour": "red", "status": 200, "headers": {"a": "b"}},
    "React element with an unknown key (warns)": {"element": {"type": "div", "style": {}}},
    "null emoji and fonts": {"emoji": None, "fonts": None, "debug": True, "element": CARD},
    "unknown, kebab-case and custom properties": {"element": {"div": {"style": {
        "wordWrap": "break-word", "font-size": 20, "--brand": "red", "color": "var(--brand)", "zIndex": 3,
        "backgroundColor": None, "flexGrow": True, "width": [40], "margin": [[8]], "padding": [None]}}}},
    "CSS declaration string": {"element": {"div": {"style": "display: flex; font-size: 64px !important"}}},
    "className (warns) and attributes": {"element": {"div": {"className": "card", "data-x": [1, {"a": 2}]}}},
    "shorthand bodies": {"element": {"div": [{"span": None}, {"b": 3}, {"i": True}, [["nested"]], None]}},
    "React shape with null props": {"element": {"type": "div", "props": None, "key": 1, "ref": None}},
    "JSON dump of a React element (empty type, empty style list)": {"element": {
        "type": "div", "$$typeof": "Symbol(react.element)", "_owner": None, "_store": {}, "props": {
            "style": [], "children": {"type": "", "props": {"style": {"width": 4}}}}}},
    "mixed shapes": {"element": {"type": "div", "props": {"tw": "flex p-4", "children": [{"b": "x"}]}}},
    "bare shorthand element": {"div": "hi"},
    "bare React element": {"type": "div", "props": {"children": "hi"}},
    "bare <data> element": {"data": {"value": 1}},
    "template of a bare element": {"data": {"t": "hi"}, "div": "{{ t }}"},
    "template of a bare React element": {"data": {"t": "hi"}, "type": "div", "props": {"children": "{{ t }}"}},
    "placeholders in typed slots": {
        "data": {"w": 300, "on": False, "card": {"div": "hi"}, "style": {"color": "red"}, "props": {"children": "x"}},
        "width": "{{ w }}", "height": "{{w}}", "debug": "{{ on }}",
        "element": {"div": {"style": "{{ style }}", "children": [
            "{{ card }}", {"type": "span", "props": "{{ props }}"}]}},
    },
    "directives wherever a value goes": {
        "data": {"dark": True, "tags": ["a", "b"], "big": True},
        "width": {"$if": "big", "then": 1200, "else": 600},
        "element": {"div": {
            "style": {"color": {"$if": "dark", "then": "white"}, "backgroundColor": {"$if": "dark", "then": "black"}},
            "children": [
                {"$each": "tags", "as": "tag", "do": {"span": "#{{ tag }}"}},
                {"$if": "dark", "then": [{"b": "dark"}, "text"], "else": None},
                {"type": {"$if": "big", "then": "h1", "else": "h2"}, "props": {"children": "title"}},
            ],
        }},
    },
}

REFUSED = {
    "width is text": {"width": "abc", "element": CARD},
    "width is a mixed template string": {"data": {"w": 3}, "width": "{{ w }}px", "element": CARD},
    "width is a placeholder within spaces": {"data": {"w": 3}, "width": " {{ w }}", "element": CARD},
    "width is two placeholders": {"data": {"w": 3}, "width": "{{ w }}{{ w }}", "element": CARD},
    "width is a boolean": {"width": True, "element": CARD},
    "width is zero": {"width": 0, "element": CARD},
    "width is over the limit": {"width": 20000, "element": CARD},
    "debug is text": {"debug": "yes", "element": CARD},
    "empty mapping": {},
    "React element with list props": {"element": {"type": "div", "props": [1]}},
    "shorthand that names props": {"element": {"props": "x"}},  # {props: {...}}: a typeless element (a warning)
    "two-key mapping as element": {"element": {"div": "a", "span": "b"}},
    "style value is a list holding a mapping": {"element": {"div": {"style": {"fontSize": [{"px": 1}]}}}},
    "style value is a mapping": {"element": {"div": {"style": {"fontSize": {"px": 1}}}}},
    "style is a list of a mapping": {"element": {"div": {"style": [{"a": 1}]}}},  # a number: ignored, a warning
    "style name starting with _": {"element": {"div": {"style": {"_private": 1}}}},
    "dangerouslySetInnerHTML": {"element": {"div": {"dangerouslySetInnerHTML": {"__html": "<b>x</b>"}}}},
    "tw is a number": {"element": {"div": {"tw": 5}}},
    "font without path or data": {"fonts": [{"name": "Inter"}], "element": CARD},
    "font with path and data": {"fonts": [{"name": "Inter", "path": "a.ttf", "data": "AAAA"}], "element": CARD},
    "font with a word for weight": {"fonts": [{"name": "Inter", "data": "AAAA", "weight": "bold"}], "element": CARD},
    "font with a blank name": {"fonts": [{"name": " ", "data": "AAAA"}], "element": CARD},
    "fonts is a mapping": {"fonts": {"name": "Inter"}, "element": CARD},
    "$each and $if together": {"data": {}, "element": {"div": [{"$each": [1], "do": "x", "$if": True}]}},
    "$each without do": {"data": {}, "element": {"div": [{"$each": [1]}]}},
    "$each named loop": {"data": {}, "element": {"div": [{"$each": [1], "as": "loop", "do": "x"}]}},
    "$if with an unknown key": {"data": {}, "element": {"div": [{"$if": True, "then": "x", "otherwise": "y"}]}},
}


@pytest.mark.parametrize("name", list(ACCEPTED))
def test_documents_pureog_renders_validate(validators: list[Any], name: str) -> None:
    document = ACCEPTED[name]
    assert _pureog_accepts(document), "the case itself is wrong: pureog refuses it"
    for validator in validators:
        assert _problems(validator, document) == []


@pytest.mark.parametrize("name", list(REFUSED))
def test_documents_pureog_refuses_are_rejected(validators: list[Any], name: str) -> None:
    document = REFUSED[name]
    assert not _pureog_accepts(document), "the case itself is wrong: pureog accepts it"
    for validator in validators:
        assert _problems(validator, document) != []


def test_a_lone_document_key_is_read_as_a_document(validator: Any) -> None:
    # The one deliberate difference (pureog/schema.py): pureog draws {width: 1200} as a <width> element,
    # the schema takes it for a document that lacks its element, so that completion offers 'element'.
    assert _pureog_accepts({"width": 1200})
    assert any("'element' is a required property" in p for p in _problems(validator, {"width": 1200}))


# --- the schema follows the tables ------------------------------------------------------------


def test_top_level_font_element_and_directive_keys_follow_pureog(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    assert set(defs["document"]["properties"]) == DOCUMENT_KEYS | {"data"}
    assert set(defs["font"]["properties"]) == FONT_KEYS
    assert set(defs["reactElement"]["properties"]) == ELEMENT_KEYS | REACT_INTERNAL_KEYS
    each, condition = defs["children"]["anyOf"][-2:]
    assert (set(each["properties"]), set(condition["properties"])) == (EACH_KEYS, IF_KEYS)


def test_every_table_property_has_a_described_style_entry(schema: dict[str, Any]) -> None:
    entries = schema["$defs"]["styleObject"]["properties"]
    assert list(entries) == list(PROPERTIES)
    for name, prop in PROPERTIES.items():
        description = entries[name]["description"]
        assert description.startswith("CSS ") and len(description) > 20, name
        if prop.support is not Support.IGNORED:
            assert prop.values in description, name
        else:
            assert entries[name]["deprecated"] is True, name


def _keywords(entry: dict[str, Any]) -> list[str]:
    return next((alt["enum"] for alt in entry.get("anyOf", ()) if "enum" in alt), [])


def test_keywords_and_examples_come_from_the_table_and_its_parsers(schema: dict[str, Any]) -> None:
    entries = schema["$defs"]["styleObject"]["properties"]
    assert _keywords(entries["display"]) == ["flex", "block", "-webkit-box", "contents", "none", "grid", "inline-grid",
                                             "inline", "inline-block"]
    assert _keywords(entries["width"]) == ["auto"]
    assert _keywords(entries["WebkitMaskRepeat"]) == _keywords(entries["maskRepeat"]) != []  # "as maskRepeat"
    assert _keywords(entries["transform"]) == []  # the table's "rotate" is a function, refused bare
    assert "length" not in _keywords(entries["transformOrigin"])  # a value class, not a keyword
    assert _keywords(entries["backdropFilter"]) == []  # ignored: any value, none suggested
    assert _keywords(entries["zIndex"]) == ["auto"]  # browser: drawn with features: browser
    assert "#0f172a" in entries["color"]["examples"]
    assert entries["boxShadow"]["examples"] == ["0 4px 12px rgba(0, 0, 0, 0.25)"]
    assert 16 in entries["padding"]["examples"] and "50%" in entries["padding"]["examples"]
    assert "50%" not in entries["borderTopWidth"]["examples"]  # widths take no percentage


def test_keywords_and_examples_lay_out_without_warnings(schema: dict[str, Any]) -> None:
    entries = schema["$defs"]["styleObject"]["properties"]
    children = [{"div": {"style": {name: value}}}
                for name, entry in entries.items() for value in [*_keywords(entry), *entry.get("examples", ())]]
    assert len(children) > 300
    with warnings.catch_warnings():
        warnings.simplefilter("error", pureog.RenderWarning)
        pureog.layout_boxes({"div": {"children": children}}, features="browser")


def test_a_new_table_property_appears_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    table = PROPERTIES["textOverflow"]
    monkeypatch.setitem(PROPERTIES, "fooMode", Property("fooMode", False, "clip", "clip, ellipsis, length",
                                                        field=table.field, parse=table.parse))
    entry = document_schema()["$defs"]["styleObject"]["properties"]["fooMode"]
    assert _keywords(entry) == ["clip", "ellipsis"]
    assert entry["description"].startswith("CSS foo-mode: clip, ellipsis, length.")
